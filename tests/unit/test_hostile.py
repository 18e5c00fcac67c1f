"""Hostile inputs through the Processor: each has its documented outcome; nothing raises."""

from __future__ import annotations

import base64
import datetime as dt
import time

import orjson
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from pipeline.duplicates import DictStore, DuplicateIndex
from pipeline.processing import Outgoing, Processor
from pipeline.serialization import decode_work
from pipeline.settings import Settings
from pipeline.stages.chain import Resources

from ..chain_helpers import run_through, terminal
from ..hostile_corpus import load_cases

CASES = load_cases()


@pytest.fixture(scope="module")
def processor(resources: Resources) -> Processor:
    """A processor with the default limits and a duplicate index."""
    s = Settings(_env_file=None, web_enabled=False)  # type: ignore[call-arg]
    return Processor(s, resources, duplicates=DuplicateIndex(DictStore(), 3600.0, 0.8))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_case_has_its_documented_outcome(processor: Processor, case) -> None:
    began = time.perf_counter()
    records = run_through(processor, f"hostile-{case.name}".encode(), case.payload,
                          offset=CASES.index(case))
    final = terminal(records)
    assert final.role == case.outcome
    data = orjson.loads(final.value)
    if case.outcome == "dlq":
        assert (data["stage"], data["error_class"]) == (case.stage, case.error_class), data["reason"]
        assert case.reason in data["reason"]
        kept = len(base64.b64decode(data["payload_b64"]))
        assert kept == min(len(case.payload), processor.settings.max_message_bytes)
        assert data["payload_truncated"] == (len(case.payload) > kept)
    else:
        assert data["duplicate_of"] is None
        assert max(data["provenance"]["stage_ms"].values()) < 5000
    assert time.perf_counter() - began < 60


def test_the_worst_admitted_input_is_far_under_the_budget(processor: Processor) -> None:
    case = next(c for c in CASES if c.name == "caps-at-limit")
    data = orjson.loads(terminal(run_through(processor, b"k", case.payload)).value)
    assert sum(data["provenance"]["stage_ms"].values()) < processor.settings.stage_budget_ms


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes_never_raise(resources: Resources, payload: bytes) -> None:
    s = Settings(_env_file=None, web_enabled=False)  # type: ignore[call-arg]
    final = terminal(run_through(Processor(s, resources), None, payload))
    assert final.role in ("annotated", "dlq")


_text = st.text(st.characters(codec="utf-8"), max_size=400)
_when = st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30),
                     timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=-5)),
                                                dt.timezone(dt.timedelta(hours=14))]))
_json = st.recursive(st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | _text,
                     lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(_text, inner, max_size=3), max_leaves=10)
_near_valid = st.fixed_dictionaries(
    {"id": st.one_of(st.text(min_size=1, max_size=40), st.integers(-(2**63), 2**63 - 1), st.none()),
     "body": st.one_of(_text, st.lists(st.sampled_from(
         ["Putin", "called", "Trump", "on", "Wednesday", ".", "Ukraine", "said", "\u202e", "\n",
          "<p>", "Geneva", "“", "”", "Mr.", "U.S."]), max_size=200).map(" ".join))},
    optional={"title": _text, "published_at": st.one_of(_when.map(dt.datetime.isoformat), _text),
              "authors": st.one_of(st.lists(_text, max_size=3), _json),
              "language": _text, "url": _text, "extra": _json})


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_near_valid)
def test_random_near_valid_articles_yield_one_record(resources: Resources,
                                                     article: dict[str, object]) -> None:
    s = Settings(_env_file=None, web_enabled=False)  # type: ignore[call-arg]
    final = terminal(run_through(Processor(s, resources), b"key", orjson.dumps(article)))
    data = orjson.loads(final.value)
    if final.role == "dlq":
        assert data["stage"] in ("decode", "validate", "extract", "enrich", "classify", "publish")
        assert data["reason"]
        assert data["stage"] in ("decode", "validate"), data
    else:
        assert data["article_id"] == article["id"]


_valid = st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=40),
     "body": st.lists(st.one_of(st.sampled_from(
         ["Putin", "called", "Trump", "on", "Wednesday", ".", "Ukraine", "said", "\u202e", "\n",
          "met", "Geneva", "“", "”", "Mr.", "U.S.", "Beijing", "gas", "AI", "'s", "--", "last",
          "week", "12", "February", "2025", "Blinken", "visited"]), _text), min_size=1,
         max_size=300).map(" ".join).filter(str.strip),
     "title": _text,
     "published_at": st.datetimes(min_value=dt.datetime(1990, 1, 1),
                                  max_value=dt.datetime(2026, 1, 1),
                                  timezones=st.just(dt.UTC)).map(dt.datetime.isoformat)})


@hsettings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_valid)
def test_random_valid_articles_go_through_every_stage(resources: Resources,
                                                      article: dict[str, object]) -> None:
    s = Settings(_env_file=None, web_enabled=False)  # type: ignore[call-arg]
    final = terminal(run_through(Processor(s, resources), b"key", orjson.dumps(article)))
    data = orjson.loads(final.value)
    assert final.role == "annotated", data.get("reason")
    assert data["article_id"] == article["id"]


def test_an_output_over_the_record_limit_is_a_dead_letter(resources: Resources) -> None:
    s = Settings(_env_file=None, web_enabled=False)  # type: ignore[call-arg]
    processor = Processor(s, resources)
    payload = orjson.dumps({"id": "big", "body": "Ministers met.", "published_at":
                            "2025-02-12T10:00:00Z"})
    [extracted] = processor.accept(None, b"big", payload, None)
    item = decode_work(extracted.value)
    huge = Outgoing("annotated", b"big", b"x" * (s.max_record_bytes + 1), {})
    [letter] = processor._fits(item, "publish", [huge])
    data = orjson.loads(letter.value)
    assert (letter.role, data["error_class"], data["article_id"]) == ("dlq", "RecordTooLarge", "big")
    assert processor._fits(item, "publish", [extracted]) == [extracted]
