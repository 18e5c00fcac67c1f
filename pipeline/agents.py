"""Agents: one per stage, wired in stage order. They decode, call, encode and send; nothing else."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import faust

from pipeline.models import SourcePosition
from pipeline.monitoring.metrics import PipelineMetrics, seen
from pipeline.processing import NEXT_TOPIC, Outgoing, Processor
from pipeline.stages.chain import STAGE_ORDER
from pipeline.stages.types import StageName
from pipeline.topics import Role, Topics

log = logging.getLogger(__name__)

AgentFun = Callable[[faust.StreamT[Any]], Awaitable[None]]


def source_role(stage: StageName) -> Role:
    """The topic a stage consumes: the input for the first, else the previous stage's output."""
    index = STAGE_ORDER.index(stage)
    return "articles" if index == 0 else NEXT_TOPIC[STAGE_ORDER[index - 1]]


async def send_all(topics: Topics, records: list[Outgoing]) -> None:
    """Produce records, retrying until the producer takes them (the offset waits meanwhile)."""
    for record in records:
        delay = 0.1
        while True:
            try:
                await topics.send(record.role, record.key, record.value, record.headers)
                break
            except Exception:
                log.exception("send to %s failed; retrying in %.1fs", record.role, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)


def _stage_agent(stage: StageName, topics: Topics, processor: Processor,
                 metrics: PipelineMetrics | None) -> AgentFun:
    first = STAGE_ORDER.index(stage) == 0

    async def run(stream: faust.StreamT[Any]) -> None:
        events: AsyncIterator[faust.EventT[Any]] = stream.events()
        async for event in events:
            message = event.message
            position = SourcePosition(topic=message.topic, partition=message.partition,
                                      offset=message.offset)
            value = message.value if isinstance(message.value, bytes) else b""
            began = time.perf_counter()
            try:
                if first:
                    records = processor.accept(position, message.key, value, message.headers)
                else:
                    records = processor.advance(stage, value)
            except Exception as exc:  # a bug must not lose the message
                log.exception("%s: unexpected error at %s", stage, position)
                records = [processor.unexpected(stage, position, message.key, value,
                                                message.headers, exc)]
            if metrics is not None:
                records = metrics.observe(seen(stage, message), records,
                                          (time.perf_counter() - began) * 1000.0, first)
            await send_all(topics, records)

    run.__name__ = run.__qualname__ = f"{stage}_agent"
    return run


def register_agents(app: faust.App, topics: Topics, processor: Processor,
                    metrics: PipelineMetrics | None = None) -> None:
    """One agent per stage, each consuming the topic before it in STAGE_ORDER (and counted)."""
    for stage in STAGE_ORDER:
        app.agent(topics[source_role(stage)], name=f"newsevents.{stage}")(
            _stage_agent(stage, topics, processor, metrics)
        )
