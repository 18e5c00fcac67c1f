"""Unit tests for the event verb dictionary loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages.event_dict import (
    EventDictError,
    inflect,
    inflect_phrase,
    load_event_dictionary,
)


def test_packaged_dictionary_covers_required_types() -> None:
    d = load_event_dictionary()
    required = {
        "CONSULT", "AGREE", "REQUEST", "DEMAND", "THREATEN", "ACCUSE", "REJECT",
        "SANCTION", "SUPPORT", "AID", "RETREAT", "COOPERATE", "PROTEST", "ASSAULT", "MOBILIZE",
    }  # fmt: skip
    assert required <= set(d.types)
    assert d.types["CONSULT"].cameo == "04"
    assert "046" in d.types["CONSULT"].cameo_codes
    assert "0841" in d.types["RETREAT"].cameo_codes
    assert {"phone", "visit", "negotiation", "video"} <= set(d.types["CONSULT"].modes)
    assert "by phone" in d.types["CONSULT"].modes["phone"]
    assert "will" in d.cues["future"] and "not" in d.cues["negation"]
    assert "if" in d.cues["conditional"]


def test_trigger_index() -> None:
    index = load_event_dictionary().trigger_index()
    assert index["met"] == ("CONSULT",)
    assert index["held talks"] == ("CONSULT",)
    assert "SANCTION" in index["imposed sanctions"]
    assert "RETREAT" in index["released"]
    assert "THREATEN" in index["threatened"]


def test_inflection_rule() -> None:
    assert inflect("agree") == ("agree", "agrees", "agreed", "agreeing")
    assert inflect("accuse") == ("accuse", "accuses", "accused", "accusing")
    assert inflect("deny") == ("deny", "denies", "denied", "denying")
    assert inflect("reach") == ("reach", "reaches", "reached", "reaching")
    assert inflect("meet", {"meet": ("meets", "met", "meeting")})[2] == "met"
    assert "struck a deal" in inflect_phrase("strike a deal", {"strike": ("struck",)})


def test_bad_dictionary_raises(tmp_path: Path) -> None:
    path = tmp_path / "verbs.toml"
    path.write_text('[types.FOO]\nplover = "FOO"\n', encoding="utf-8")
    with pytest.raises(EventDictError, match="FOO"):
        load_event_dictionary(path)
    path.write_text(
        '[types.AGREE]\nplover = "AGREE"\nquad = "verbal_cooperation"\ncameo = "3"\nverbs = ["agree"]\n',
        encoding="utf-8",
    )
    with pytest.raises(EventDictError, match="cameo"):
        load_event_dictionary(path)
