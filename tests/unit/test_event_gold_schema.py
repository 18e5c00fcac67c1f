"""Schema checks for the hand-coded event files in tests/data (the corpus text itself is checked
by scripts/check_event_gold.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.stages.event_dict import load_event_dictionary
from pipeline.stages.kb import ActorKB, is_iso3

GOLD = Path(__file__).resolve().parents[1] / "data" / "event_gold.jsonl"
# the fresh headline sample of 2026-11-30, coded before the coder ran on it (docs/event-coding.md)
HEADLINES = GOLD.with_name("event_gold_headlines.jsonl")
# the CoNLL-2003 test-split sample of 2026-12-01, coded before the coder ran on it
CONLL = GOLD.with_name("event_gold_conll.jsonl")
# the Reuters-21578 sample of 2026-12-01 (session 12), coded before the coder ran on it
REUTERS12 = GOLD.with_name("event_gold_reuters12.jsonl")
# a second coder's blind codes of the gold set's held-out half (session 16, agreement)
SECOND = GOLD.with_name("event_gold_second_coder.jsonl")
CORPORA = {
    "conll2003_test": {"title", "body"},
    "reuters21578": {"body", "title"},
    "ag_news_test": {"title", "description"},
    "nyt_headlines": {"title"},
}
KEYS = {"corpus", "id", "field", "start", "end", "sha1", "events", "note"}


def rows(path: Path = GOLD) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("path", [GOLD, HEADLINES, CONLL, REUTERS12, SECOND],
                         ids=["gold", "headlines", "conll", "reuters12", "second-coder"])
def test_gold_rows_are_well_formed(path: Path) -> None:
    data = rows(path)
    assert len(data) >= 45
    refs = set()
    for row in data:
        assert KEYS <= set(row) <= KEYS | {"cue"}
        assert row["field"] in CORPORA[str(row["corpus"])]
        assert isinstance(row["start"], int) and isinstance(row["end"], int)
        assert 0 <= row["start"] < row["end"]
        assert re.fullmatch(r"[0-9a-f]{40}", str(row["sha1"]))
        ref = (row["corpus"], row["id"], row["field"], row["start"])
        assert ref not in refs
        refs.add(ref)


@pytest.mark.parametrize("path", [GOLD, HEADLINES, CONLL, REUTERS12, SECOND],
                         ids=["gold", "headlines", "conll", "reuters12", "second-coder"])
def test_gold_codes_are_valid(path: Path) -> None:
    kb = ActorKB.load()
    types = set(load_event_dictionary().types)
    for row in rows(path):
        events = row["events"]
        assert isinstance(events, list)
        for event in events:
            assert event["type"] in types
            for side in ("actor", "recipient"):
                code = event[side]
                assert code is None or is_iso3(code) or kb.get(code) is not None, code


def test_gold_has_negative_and_modal_cases() -> None:
    data = rows()
    assert sum(1 for r in data if not r["events"] and "cue" not in r) >= 6
    assert (
        sum(
            1
            for r in data
            if not r["events"] and r.get("cue") in {"future", "negation", "conditional"}
        )
        >= 5
    )


# the recall samples and second coders' files: hand codes of sentences outside the gold set
SAMPLES = sorted([*GOLD.parent.glob("*_sample.jsonl"), *GOLD.parent.glob("agree*_codes.jsonl")])


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_hand_coded_samples_are_valid(path: Path) -> None:
    kb = ActorKB.load()
    types = set(load_event_dictionary().types)
    data = rows(path)
    positions = [row.get("position", i) for i, row in enumerate(data)]
    assert positions == list(range(len(data)))  # a position, when given, is the row's index
    for row in data:
        assert KEYS <= set(row) <= KEYS | {"position"}, path.name
        assert row["field"] in CORPORA[str(row["corpus"])]
        assert re.fullmatch(r"[0-9a-f]{40}", str(row["sha1"]))
        for event in row["events"]:
            assert event["type"] in types, (path.name, row["position"])
            for side in ("actor", "recipient"):
                code = event[side]
                assert code is None or is_iso3(code) or kb.get(code) is not None, (path.name, code)


def test_second_coder_covers_the_held_out_half() -> None:
    from pipeline.eval_events import split_of

    held_out = {(r["corpus"], r["id"], r["start"]) for r in rows() if split_of(str(r["sha1"])) == "test"}
    assert {(r["corpus"], r["id"], r["start"]) for r in rows(SECOND)} == held_out
