"""End to end on a real broker: samples, the seed and malformed inputs in; every one accounted for."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import jsonschema
import orjson
import pytest

from pipeline.clients import Record, TopicReader, produce
from pipeline.inputs import RawInput, malformed_samples, sample_articles, seed_article

from ..conftest import SCHEMAS, SHARED
from .conftest import Live

pytestmark = pytest.mark.integration


def _inputs() -> tuple[list[RawInput], list[RawInput]]:
    good = sample_articles()
    seed = seed_article(SHARED)
    if seed is not None:
        good.append(seed)
    return good, malformed_samples()


async def _run(live: Live, good: list[RawInput], bad: list[RawInput]) -> list[Record]:
    s = live.settings
    messages = []
    for raw in good:
        key = orjson.loads(raw.payload)["id"].encode()
        messages.append((key, raw.payload, [("schema", b"article.v1"), ("trace", key)]))
    messages += [(f"bad-{i}".encode(), raw.payload, [("schema", b"article.v1")])
                 for i, raw in enumerate(bad)]
    reader = TopicReader(s, [s.topic_annotated, s.topic_events, s.topic_dlq])
    await reader.start()
    await produce(s, s.topic_articles, messages)
    records: list[Record] = []
    deadline = time.monotonic() + 120
    done = 0
    while done < len(messages) and time.monotonic() < deadline:
        batch = await reader.poll(0.5)
        records += batch
        done += sum(1 for r in batch if r.topic in (s.topic_annotated, s.topic_dlq))
    # a little longer, to catch anything produced twice
    records += await reader.poll(2.0)
    await reader.stop()
    return records


@pytest.fixture(scope="module")
def outputs(live: Live) -> tuple[list[RawInput], list[RawInput], list[Record]]:
    good, bad = _inputs()
    return good, bad, asyncio.run(_run(live, good, bad))


def test_every_input_is_accounted_for_exactly_once(live: Live, outputs: tuple) -> None:
    good, bad, records = outputs
    s = live.settings
    annotated = [r for r in records if r.topic == s.topic_annotated]
    dead = [r for r in records if r.topic == s.topic_dlq]
    ids = Counter(orjson.loads(r.value)["article_id"] for r in annotated)
    assert sorted(ids) == sorted(orjson.loads(g.payload)["id"] for g in good)
    assert set(ids.values()) == {1}
    assert len(dead) == len(bad)
    assert Counter(r.key for r in dead) == Counter(f"bad-{i}".encode() for i in range(len(bad)))


def test_dead_letters_say_why_and_keep_the_original(live: Live, outputs: tuple) -> None:
    _, bad, records = outputs
    letters = [orjson.loads(r.value) for r in records if r.topic == live.settings.topic_dlq]
    by_key = {lt["key_b64"]: lt for lt in letters}
    import base64
    for i, raw in enumerate(bad):
        letter = by_key[base64.b64encode(f"bad-{i}".encode()).decode()]
        assert base64.b64decode(letter["payload_b64"]) == raw.payload
        assert letter["stage"] in ("decode", "validate")
        assert letter["reason"]
        assert letter["source"]["topic"] == live.settings.topic_articles


def test_keys_headers_and_schemas(live: Live, outputs: tuple) -> None:
    _, _, records = outputs
    s = live.settings
    names = {s.topic_annotated: "annotated-article.v1", s.topic_events: "event.v2",
             s.topic_dlq: "dead-letter.v1"}
    validators = {}
    for topic, name in names.items():
        schema = orjson.loads((SCHEMAS / f"{name}.json").read_bytes())
        validators[topic] = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.FormatChecker())
    events = [r for r in records if r.topic == s.topic_events]
    assert events, "the samples must yield event records"
    for record in records:
        data = orjson.loads(record.value)
        validators[record.topic].validate(data)
        assert record.header("schema") == names[record.topic].encode()
        if record.topic == s.topic_annotated:
            assert record.key == data["article_id"].encode()
        if record.topic == s.topic_events:
            assert record.key == data["event_id"].encode()
    event_ids = {orjson.loads(r.value)["event_id"] for r in events}
    listed = {e for r in records if r.topic == s.topic_annotated
              for e in orjson.loads(r.value)["event_ids"]}
    assert event_ids == listed


def test_one_article_stays_on_one_partition(live: Live, outputs: tuple) -> None:
    _, _, records = outputs
    s = live.settings
    for record in records:
        if record.topic == s.topic_annotated:
            source = orjson.loads(record.value)["provenance"]["source"]
            assert source["topic"] == s.topic_articles
            assert source["partition"] == record.partition


def test_seed_article_yields_event_records(live: Live, outputs: tuple) -> None:
    _good, _, records = outputs
    seed = seed_article(SHARED)
    if seed is None:
        pytest.skip(f"../shared/seed is absent ({SHARED})")
    seed_id = orjson.loads(seed.payload)["id"]
    events = [orjson.loads(r.value) for r in records
              if r.topic == live.settings.topic_events and orjson.loads(r.value)["article_id"] == seed_id]
    assert any(e["event_type"]["code"] == "CONSULT" and e["event_date"] == "2025-02-12"
               for e in events), events
