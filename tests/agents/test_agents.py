"""The agents of both topologies under faust's test context: in-memory channels, no broker."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator

import faust
import orjson
import pytest

from pipeline.agents import Topology, agent_names, register_agents, source_role
from pipeline.inputs import RawInput, malformed_samples
from pipeline.models import DeadLetter, SourcePosition
from pipeline.processing import Processor
from pipeline.serialization import decode_work
from pipeline.settings import Settings
from pipeline.stages.chain import STAGE_ORDER, Resources
from pipeline.topics import ROLES, Topics


def _wire(processor: Processor, topology: Topology) -> tuple[faust.App, Topics]:
    """An app whose topics are in-memory channels, with the topology's real agents registered."""
    app = faust.App(f"newsevents-{topology}", broker="kafka://127.0.0.1:9", store="memory://",
                    autodiscover=False, web_enabled=False, key_serializer="raw",
                    value_serializer="raw")
    app.finalize()
    topics = Topics({role: app.channel(key_type=bytes, value_type=bytes, maxsize=100)
                     for role in ROLES})
    register_agents(app, topics, processor, topology=topology)
    return app, topics


@pytest.fixture
async def wired(settings: Settings, resources: Resources) -> AsyncIterator[tuple[faust.App, Topics]]:
    """The staged topology: one agent per stage."""
    return _wire(Processor(settings, resources), "staged")


@pytest.fixture
async def fused(settings: Settings, resources: Resources) -> AsyncIterator[tuple[faust.App, Topics]]:
    """The fused topology: one agent runs every stage."""
    return _wire(Processor(settings, resources), "fused")


def _listen(topics: Topics) -> dict[str, faust.ChannelT]:
    """Subscribe to every channel (a channel only delivers to its subscribers)."""
    return {role: topics[role].__aiter__() for role in ROLES}


async def _drain(channel: faust.ChannelT, count: int) -> list[faust.EventT]:
    return [await asyncio.wait_for(channel.get(), 5.0) for _ in range(count)]


def test_each_stage_consumes_the_previous_stage_output() -> None:
    assert [source_role(s) for s in STAGE_ORDER] == ["articles", "extracted", "enriched"]


def test_topologies_register_their_agents(fused: tuple[faust.App, Topics],
                                          wired: tuple[faust.App, Topics]) -> None:
    assert agent_names("fused") == ("pipeline",)
    assert agent_names("staged") == STAGE_ORDER
    assert sorted(fused[0].agents) == ["newsevents.pipeline"]
    assert sorted(wired[0].agents) == sorted(f"newsevents.{s}" for s in STAGE_ORDER)


def _comparable(value: bytes) -> dict:
    """A published record without the fields that differ from run to run (timings, time)."""
    record = orjson.loads(value)
    record["provenance"] = {k: v for k, v in record["provenance"].items()
                            if k not in ("processed_at", "stage_ms")}
    return record


async def test_fused_agent_publishes_what_the_staged_agents_publish(
        fused: tuple[faust.App, Topics], settings: Settings, resources: Resources,
        samples: list[RawInput]) -> None:
    app, topics = fused
    processor = Processor(settings, resources)
    position = SourcePosition(topic="<internal>", partition=2, offset=0)  # the test context's
    extracted = processor.accept(position, b"k1", samples[0].payload, None)[0].value
    enriched = processor.advance("enrich", extracted)[0].value
    staged = processor.advance("classify", enriched)
    n_events = sum(1 for r in staged if r.role == "events")
    out = _listen(topics)
    async with app.agents["newsevents.pipeline"].test_context() as ctx:
        await ctx.put(value=samples[0].payload, key=b"k1", partition=2)
        events = await _drain(out["events"], n_events)
        (annotated,) = await _drain(out["annotated"], 1)
    assert n_events > 0
    assert out["extracted"].empty() and out["enriched"].empty()
    assert [_comparable(e.value) for e in events] == [
        _comparable(r.value) for r in staged if r.role == "events"]
    assert _comparable(annotated.value) == _comparable(staged[-1].value)
    assert set(orjson.loads(annotated.value)["provenance"]["stage_ms"]) == set(STAGE_ORDER)


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


@pytest.mark.parametrize(("topology", "agent", "role"),
                         [("staged", "extract", "extracted"), ("fused", "pipeline", "annotated")])
async def test_agent_survives_bad_messages_and_dead_letters_each_once(
        settings: Settings, resources: Resources, samples: list[RawInput], topology: Topology,
        agent: str, role: str) -> None:
    app, topics = _wire(Processor(settings, resources), topology)
    bad = malformed_samples()
    out = _listen(topics)
    async with app.agents[f"newsevents.{agent}"].test_context() as ctx:
        for raw in bad:
            await ctx.put(value=raw.payload, key=None)
        await ctx.put(value=samples[1].payload, key=b"good")
        letters = await _drain(out["dlq"], len(bad))
        (good,) = await _drain(out[role], 1)
    reasons = [DeadLetter.model_validate_json(e.value) for e in letters]
    assert [r.source.offset for r in reasons if r.source] == list(range(len(bad)))
    assert {r.stage for r in reasons} == {"decode", "validate"}
    assert good.key == orjson.loads(samples[1].payload)["id"].encode()
    assert out["dlq"].empty()
    assert out[role].empty()


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

    process_whole = accept  # type: ignore[assignment]


@pytest.mark.parametrize(("topology", "agent"), [("staged", "extract"), ("fused", "pipeline")])
async def test_agent_dead_letters_a_bug_and_keeps_running(
        settings: Settings, resources: Resources, samples: list[RawInput], topology: Topology,
        agent: str) -> None:
    app, topics = _wire(_Buggy(settings, resources), topology)
    out = _listen(topics)
    async with app.agents[f"newsevents.{agent}"].test_context() as ctx:
        await ctx.put(value=samples[0].payload, key=b"k1")
        await ctx.put(value=samples[1].payload, key=b"k2")
        letters = await _drain(out["dlq"], 2)
    parsed = [DeadLetter.model_validate_json(e.value) for e in letters]
    assert [p.error_class for p in parsed] == ["KeyError", "KeyError"]
    assert [p.stage for p in parsed] == [agent, agent]
    assert [p.payload_b64 for p in parsed] == [
        base64.b64encode(s.payload).decode() for s in samples[:2]]
