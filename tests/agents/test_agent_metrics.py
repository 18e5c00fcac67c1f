"""The stage agents report to the app's metrics (faust test context, no broker)."""

from __future__ import annotations

import asyncio

import faust

from pipeline.agents import Topology, agent_names, register_agents
from pipeline.inputs import RawInput, malformed_samples
from pipeline.monitoring.metrics import PRODUCED_HEADER, PipelineMetrics
from pipeline.processing import Processor
from pipeline.settings import Settings
from pipeline.stages.chain import STAGE_ORDER, Resources
from pipeline.topics import ROLES, Topics


def _counted(processor: Processor, topology: Topology
             ) -> tuple[faust.App, PipelineMetrics, dict[str, faust.ChannelT]]:
    """The topology's agents on in-memory channels, counted; and a subscription to each channel."""
    app = faust.App(f"newsevents-metrics-{topology}", broker="kafka://127.0.0.1:9",
                    store="memory://", autodiscover=False, web_enabled=False,
                    key_serializer="raw", value_serializer="raw")
    app.finalize()
    topics = Topics({role: app.channel(key_type=bytes, value_type=bytes, maxsize=100)
                     for role in ROLES})
    metrics = PipelineMetrics(agent_names(topology))
    register_agents(app, topics, processor, metrics, topology)
    return app, metrics, {role: topics[role].__aiter__() for role in ROLES}


async def test_extract_agent_counts_inputs_dead_letters_and_stamps_produce_time(
        settings: Settings, resources: Resources, samples: list[RawInput]) -> None:
    app, metrics, out = _counted(Processor(settings, resources), "staged")
    bad = malformed_samples()
    async with app.agents["newsevents.extract"].test_context() as ctx:
        for raw in bad:
            await ctx.put(value=raw.payload, key=None)
        await ctx.put(value=samples[0].payload, key=b"good")
        letters = [await asyncio.wait_for(out["dlq"].get(), 5.0) for _ in bad]
        extracted = await asyncio.wait_for(out["extracted"].get(), 5.0)
    assert len(letters) == len(bad)
    assert metrics.counts["extract"] == {"in": len(bad) + 1, "out": 1, "failed": len(bad)}
    assert metrics.totals["received"] == len(bad) + 1
    assert metrics.totals["dead_lettered"] == len(bad)
    assert dict(extracted.headers)[PRODUCED_HEADER].isdigit()


async def test_fused_agent_counts_under_its_name_and_times_each_stage(
        settings: Settings, resources: Resources, samples: list[RawInput]) -> None:
    app, metrics, out = _counted(Processor(settings, resources), "fused")
    async with app.agents["newsevents.pipeline"].test_context() as ctx:
        await ctx.put(value=malformed_samples()[0].payload, key=None)
        await ctx.put(value=samples[0].payload, key=b"good")
        await asyncio.wait_for(out["dlq"].get(), 5.0)
        await asyncio.wait_for(out["annotated"].get(), 5.0)
    assert metrics.counts == {"pipeline": {"in": 2, "out": 1, "failed": 1}}
    assert metrics.totals["received"] == 2
    assert metrics.totals["annotated"] == 1
    for stage in STAGE_ORDER:
        count = metrics.registry.get_sample_value(
            "newsevents_stage_work_milliseconds_count", {"stage": stage})
        assert count == 1, stage
    work = metrics.work_summary()
    assert list(work) == list(STAGE_ORDER)
    assert all(w["samples"] == 1 and w["p50"] is not None and w["p50"] > 0 for w in work.values())
