"""The stage agents report to the app's metrics (faust test context, no broker)."""

from __future__ import annotations

import asyncio

import faust

from pipeline.agents import register_agents
from pipeline.inputs import RawInput, malformed_samples
from pipeline.monitoring.metrics import PRODUCED_HEADER, PipelineMetrics
from pipeline.processing import Processor
from pipeline.settings import Settings
from pipeline.stages.chain import STAGE_ORDER, Resources
from pipeline.topics import ROLES, Topics


async def test_extract_agent_counts_inputs_dead_letters_and_stamps_produce_time(
        settings: Settings, resources: Resources, samples: list[RawInput]) -> None:
    app = faust.App("newsevents-metrics-test", broker="kafka://127.0.0.1:9", store="memory://",
                    autodiscover=False, web_enabled=False, key_serializer="raw",
                    value_serializer="raw")
    app.finalize()
    topics = Topics({role: app.channel(key_type=bytes, value_type=bytes, maxsize=100)
                     for role in ROLES})
    metrics = PipelineMetrics(STAGE_ORDER)
    register_agents(app, topics, Processor(settings, resources), metrics)
    out = {role: topics[role].__aiter__() for role in ROLES}
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
