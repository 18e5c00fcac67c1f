"""The stage agents under faust's test context: in-memory channels, no broker."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator

import faust
import orjson
import pytest

from pipeline.agents import register_agents, source_role
from pipeline.inputs import RawInput, malformed_samples
from pipeline.models import DeadLetter, SourcePosition
from pipeline.processing import Processor
from pipeline.serialization import decode_work
from pipeline.settings import Settings
from pipeline.stages.chain import STAGE_ORDER, Resources
from pipeline.topics import ROLES, Topics


@pytest.fixture
async def wired(settings: Settings, resources: Resources) -> AsyncIterator[tuple[faust.App, Topics]]:
    """An app whose topics are in-memory channels, with the real agents registered."""
    app = faust.App("newsevents-test", broker="kafka://127.0.0.1:9", store="memory://", autodiscover=False,
                    web_enabled=False, key_serializer="raw", value_serializer="raw")
    app.finalize()
    topics = Topics({role: app.channel(key_type=bytes, value_type=bytes, maxsize=100)
                     for role in ROLES})
    register_agents(app, topics, Processor(settings, resources))
    return app, topics


def _listen(topics: Topics) -> dict[str, faust.ChannelT]:
    """Subscribe to every channel (a channel only delivers to its subscribers)."""
    return {role: topics[role].__aiter__() for role in ROLES}


async def _drain(channel: faust.ChannelT, count: int) -> list[faust.EventT]:
    return [await asyncio.wait_for(channel.get(), 5.0) for _ in range(count)]


def test_each_stage_consumes_the_previous_stage_output() -> None:
    assert [source_role(s) for s in STAGE_ORDER] == ["articles", "extracted", "enriched"]


async def test_extract_agent_forwards_work_item_with_position(
        wired: tuple[faust.App, Topics], samples: list[RawInput]) -> None:
    app, topics = wired
    agent = app.agents["newsevents.extract"]
    out = _listen(topics)
    async with agent.test_context() as ctx:
        await ctx.put(value=samples[0].payload, key=b"k1", partition=3)
        (event,) = await _drain(out["extracted"], 1)
    item = decode_work(event.value)
    assert item.article.id == orjson.loads(samples[0].payload)["id"]
    assert item.extraction is not None
    assert item.extraction.entities
    assert item.origin.position is not None
    assert item.origin.position.partition == 3
    assert event.key == item.article.id.encode()
    assert dict(event.headers)["schema"] == b"work-item.v1"


async def test_agent_survives_bad_messages_and_dead_letters_each_once(
        wired: tuple[faust.App, Topics], samples: list[RawInput]) -> None:
    app, topics = wired
    agent = app.agents["newsevents.extract"]
    bad = malformed_samples()
    out = _listen(topics)
    async with agent.test_context() as ctx:
        for raw in bad:
            await ctx.put(value=raw.payload, key=None)
        await ctx.put(value=samples[1].payload, key=b"good")
        letters = await _drain(out["dlq"], len(bad))
        (good,) = await _drain(out["extracted"], 1)
    reasons = [DeadLetter.model_validate_json(e.value) for e in letters]
    assert [r.source.offset for r in reasons if r.source] == list(range(len(bad)))
    assert {r.stage for r in reasons} == {"decode", "validate"}
    assert decode_work(good.value).article.id == orjson.loads(samples[1].payload)["id"]
    assert out["dlq"].empty()
    assert out["extracted"].empty()


async def test_last_agent_publishes_annotated_and_events(
        wired: tuple[faust.App, Topics], settings: Settings, resources: Resources,
        samples: list[RawInput]) -> None:
    app, topics = wired
    processor = Processor(settings, resources)
    position = SourcePosition(topic="news.articles", partition=0, offset=0)
    extracted = processor.accept(position, None, samples[0].payload, None)[0].value
    enriched = processor.advance("enrich", extracted)[0].value
    expected = processor.advance("classify", enriched)
    n_events = sum(1 for r in expected if r.role == "events")
    out = _listen(topics)
    async with app.agents["newsevents.classify"].test_context() as ctx:
        await ctx.put(value=enriched, key=b"x")
        annotated = await _drain(out["annotated"], 1)
        events = await _drain(out["events"], n_events)
    assert n_events > 0
    record = orjson.loads(annotated[0].value)
    assert record["event_ids"] == [orjson.loads(e.value)["event_id"] for e in events]
    assert dict(annotated[0].headers)["schema"] == b"annotated-article.v1"
    assert all(dict(e.headers)["schema"] == b"event.v2" for e in events)


class _Buggy(Processor):
    """A processor with a bug outside the stages."""

    def accept(self, *args: object, **kwargs: object) -> list:  # type: ignore[override]
        raise KeyError("bug in the processor")


async def test_agent_dead_letters_a_bug_and_keeps_running(
        settings: Settings, resources: Resources, samples: list[RawInput]) -> None:
    app = faust.App("newsevents-bug", broker="kafka://127.0.0.1:9", store="memory://",
                    autodiscover=False, web_enabled=False)
    app.finalize()
    topics = Topics({role: app.channel(key_type=bytes, value_type=bytes, maxsize=100)
                     for role in ROLES})
    register_agents(app, topics, _Buggy(settings, resources))
    out = _listen(topics)
    async with app.agents["newsevents.extract"].test_context() as ctx:
        await ctx.put(value=samples[0].payload, key=b"k1")
        await ctx.put(value=samples[1].payload, key=b"k2")
        letters = await _drain(out["dlq"], 2)
    parsed = [DeadLetter.model_validate_json(e.value) for e in letters]
    assert [p.error_class for p in parsed] == ["KeyError", "KeyError"]
    assert [p.payload_b64 for p in parsed] == [
        base64.b64encode(s.payload).decode() for s in samples[:2]]
