"""On a real worker: the hostile corpus, and dead-letter replay (same event ids, parking)."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections import Counter

import orjson
import pytest

from pipeline import replay
from pipeline.clients import Record, TopicReader, produce
from pipeline.models import SourcePosition
from pipeline.processing import Processor
from pipeline.serialization import dead_letter, encode, make_origin
from pipeline.stages.chain import Resources
from pipeline.synthetic import synthetic_article

from ..hostile_corpus import load_cases
from .conftest import Live

pytestmark = pytest.mark.integration


async def collect(live: Live, topics: list[str], until: object, timeout: float = 150.0
                  ) -> list[Record]:
    """Records of topics (from the beginning) until `until(records)` holds or the timeout."""
    reader = TopicReader(live.settings, topics)
    await reader.start()
    records: list[Record] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and not until(records):  # type: ignore[operator]
            records += await reader.poll(0.5)
    finally:
        await reader.stop()
    return records


def test_hostile_corpus_on_a_live_worker(live: Live) -> None:
    s = live.settings
    cases = load_cases()
    messages = [(f"hostile-{c.name}".encode(), c.payload, [("case", c.name.encode())])
                for c in cases]
    asyncio.run(produce(s, s.topic_articles, messages))
    expected = Counter(b"hostile-same-id" if c.name.startswith("same-id") else
                       f"hostile-{c.name}".encode() for c in cases)

    def finished(records: list[Record]) -> bool:
        got = Counter(r.key for r in records if (r.key or b"").startswith(b"hostile-"))
        return all(got[k] >= n for k, n in expected.items())

    records = asyncio.run(collect(live, [s.topic_annotated, s.topic_dlq], finished))
    terminal = [r for r in records if (r.key or b"").startswith(b"hostile-")]
    assert Counter(r.key for r in terminal) == expected
    for case in cases:
        if case.name.startswith("same-id"):
            continue
        [record] = [r for r in terminal if r.key == f"hostile-{case.name}".encode()]
        data = orjson.loads(record.value)
        if case.outcome == "dlq":
            assert record.topic == s.topic_dlq, case.name
            assert (data["stage"], data["error_class"]) == (case.stage, case.error_class)
            assert case.reason in data["reason"]
            assert dict((h["key"], h["value_b64"]) for h in data["headers"])["case"]
        else:
            assert record.topic == s.topic_annotated, (case.name, data.get("reason"))
            assert data["duplicate_of"] is None


def _letter(article: dict[str, object], attempts: int, stage: str = "enrich",
            reason: str = "gazetteer lookup timed out") -> tuple:
    payload = orjson.dumps(article)
    key = str(article["id"]).encode()
    now = dt.datetime.now(dt.UTC)
    headers = [("schema", b"article.v1"), ("trace", b"t-" + key)]
    if attempts > 1:
        headers.append(("attempt", str(attempts).encode()))
    origin = make_origin(SourcePosition(topic="news.articles", partition=0, offset=attempts),
                         key, payload, headers, now)
    letter = dead_letter(origin, stage, "TimeoutError", reason, str(article["id"]), now)
    return key, encode(letter), [("schema", b"dead-letter.v1")]


def test_replay_reinjects_once_parks_repeat_failures_and_keeps_event_ids(
        live: Live, resources: Resources) -> None:
    s = live.settings
    fixed = [synthetic_article(i, seed=99) for i in range(3)]
    parked = synthetic_article(3, seed=99)
    letters = [_letter(a, 1) for a in fixed] + [_letter(parked, s.dlq_max_attempts)]
    asyncio.run(produce(s, s.topic_dlq, letters))

    _, bad, (replayed, parked_count) = replay.replay(s, "timed out", None, dry_run=False)
    assert not bad
    assert (replayed, parked_count) == (3, 1)
    again, _, done = replay.replay(s, "timed out", None, dry_run=False)
    assert done == (0, 0) and len(again.handled) >= 4

    ids = {str(a["id"]).encode() for a in fixed}
    records = asyncio.run(collect(
        live, [s.topic_annotated, s.topic_articles, s.topic_dlq_parked],
        lambda rs: ids <= {r.key for r in rs if r.topic == s.topic_annotated}))
    first_pass = Processor(s, resources)
    for article in fixed:
        key = str(article["id"]).encode()
        [annotated] = [orjson.loads(r.value) for r in records
                       if r.topic == s.topic_annotated and r.key == key]
        offline = [o for o in first_pass.process_whole(None, key, orjson.dumps(article), None)
                   if o.role == "annotated"]
        assert annotated["event_ids"] == orjson.loads(offline[0].value)["event_ids"]
        assert annotated["event_ids"]
        [injected] = [r for r in records if r.topic == s.topic_articles and r.key == key]
        assert injected.header("trace") == b"t-" + key
        assert injected.header("schema") == b"article.v1"
        assert injected.header("attempt") == b"2"
        assert injected.header("replay-of") is not None
    [held] = [r for r in records if r.topic == s.topic_dlq_parked]
    assert held.key == str(parked["id"]).encode()
    assert orjson.loads(held.value)["attempts"] == s.dlq_max_attempts


def test_a_replayed_letter_that_fails_again_counts_its_attempt(live: Live) -> None:
    s = live.settings
    broken = {"id": "replay-broken", "title": "x", "published_at": "2025-02-12T10:00:00Z"}
    asyncio.run(produce(s, s.topic_dlq, [_letter(broken, 1, "validate", "flaky schema registry")]))
    dry, _, done = replay.replay(s, "flaky schema", None, dry_run=True)
    assert done == (0, 0) and len(dry.replay) == 1
    todo, _, (replayed, _) = replay.replay(s, "flaky schema", None, dry_run=False)
    assert replayed == 1 and todo.replay[0][0].letter.article_id == "replay-broken"
    records = asyncio.run(collect(
        live, [s.topic_dlq], lambda rs: any(
            r.key == b"replay-broken" and orjson.loads(r.value)["attempts"] == 2 for r in rs)))
    letter = next(orjson.loads(r.value) for r in records
                  if r.key == b"replay-broken" and orjson.loads(r.value)["attempts"] == 2)
    assert letter["stage"] == "validate" and "body: Field required" in letter["reason"]


def test_dlq_list_command(live: Live) -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "pipeline", "dlq", "list", "--broker-url",
                             live.settings.broker_url, "--reason", "Field required"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines and all("\t" in line for line in lines)
    assert "dead letters" in result.stderr
