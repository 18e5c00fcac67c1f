"""Agents, wired in stage order. They decode, call, encode and send; nothing else.

Two topologies (`Settings.topology`): `fused` runs the whole chain in one agent on the input
topic (the default: no internal hops); `staged` runs one agent per stage, each consuming the
topic the stage before it produced (stages scale and restart independently).
"""

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
from pipeline.serialization import Headers
from pipeline.settings import Topology
from pipeline.stages.chain import STAGE_ORDER
from pipeline.stages.types import StageName
from pipeline.topics import Role, Topics

log = logging.getLogger(__name__)

AgentFun = Callable[[faust.StreamT[Any]], Awaitable[None]]
Step = Callable[[SourcePosition, bytes | None, bytes, Headers], list[Outgoing]]
FUSED_AGENT = "pipeline"


def agent_names(topology: Topology) -> tuple[str, ...]:
    """The agents a worker runs, in order: one for the fused chain, else one per stage."""
    return (FUSED_AGENT,) if topology == "fused" else STAGE_ORDER


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


def _agent(name: str, step: Step, first: bool, topics: Topics, processor: Processor,
           metrics: PipelineMetrics | None) -> AgentFun:
    """An agent that runs `step` on each record and sends what it returns (a bug: a dead letter)."""

    async def run(stream: faust.StreamT[Any]) -> None:
        events: AsyncIterator[faust.EventT[Any]] = stream.events()
        async for event in events:
            message = event.message
            position = SourcePosition(topic=message.topic, partition=message.partition,
                                      offset=message.offset)
            value = message.value if isinstance(message.value, bytes) else b""
            began = time.perf_counter()
            try:
                records = step(position, message.key, value, message.headers)
            except Exception as exc:  # a bug must not lose the message
                log.exception("%s: unexpected error at %s", name, position)
                records = [processor.unexpected(name, position, message.key, value,
                                                message.headers, exc)]
            if metrics is not None:
                records = metrics.observe(seen(name, message), records,
                                          (time.perf_counter() - began) * 1000.0, first)
            await send_all(topics, records)

    run.__name__ = run.__qualname__ = f"{name}_agent"
    return run


def _stage_step(stage: StageName, processor: Processor) -> Step:
    if STAGE_ORDER.index(stage) == 0:
        return processor.accept
    return lambda _position, _key, value, _headers: processor.advance(stage, value)


def register_agents(app: faust.App, topics: Topics, processor: Processor,
                    metrics: PipelineMetrics | None = None, topology: Topology = "fused") -> None:
    """The topology's agents (counted by `metrics` under `agent_names(topology)`)."""
    if topology == "fused":
        app.agent(topics["articles"], name=f"newsevents.{FUSED_AGENT}")(
            _agent(FUSED_AGENT, processor.process_whole, True, topics, processor, metrics))
        return
    for stage in STAGE_ORDER:
        app.agent(topics[source_role(stage)], name=f"newsevents.{stage}")(
            _agent(stage, _stage_step(stage, processor), stage == STAGE_ORDER[0], topics,
                   processor, metrics))
