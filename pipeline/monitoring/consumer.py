"""What faust's consumer knows, as metrics and readiness: lag, offsets, assignment, rebalances."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import faust
from prometheus_client import Counter, Gauge
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from pipeline.monitoring.metrics import PipelineMetrics
from pipeline.settings import Settings

log = logging.getLogger("pipeline.monitoring")
BROKER_CHECK_TTL_S = 5.0
BROKER_CHECK_TIMEOUT_S = 2.0


@dataclass(frozen=True, slots=True)
class PartitionState:
    """One assigned topic-partition: highwater, position, committed offset and lag."""

    topic: str
    partition: int
    highwater: int | None
    position: int | None
    committed: int | None

    @property
    def lag(self) -> int | None:
        """Highwater minus position (the next offset to read); None while either is unknown."""
        if self.highwater is None:
            return None
        return max(0, self.highwater - (self.position or 0))

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form for the status API."""
        return {"topic": self.topic, "partition": self.partition, "highwater": self.highwater,
                "position": self.position, "committed": self.committed, "lag": self.lag}


def partition_states(app: faust.App) -> list[PartitionState]:
    """Offsets of every partition assigned to this worker (empty before the consumer starts)."""
    consumer = app.consumer
    try:
        assigned = sorted(consumer.assignment(), key=lambda tp: (tp.topic, tp.partition))
    except Exception as exc:  # noqa: BLE001 - the consumer is not started yet: nothing assigned
        log.debug("no assignment yet: %s", exc)
        return []
    read: dict[Any, int | None] = getattr(consumer, "_read_offset", {})
    committed: dict[Any, int | None] = getattr(consumer, "_committed_offset", {})
    states = []
    for tp in assigned:
        try:
            highwater = consumer.highwater(tp)
        except Exception as exc:  # noqa: BLE001 - unknown until the first fetch answers
            log.debug("no highwater for %s: %s", tp, exc)
            highwater = None
        last_read = read.get(tp)
        done = committed.get(tp)
        position = last_read + 1 if last_read is not None else done
        states.append(PartitionState(tp.topic, tp.partition, highwater, position, done))
    return states


class ConsumerCollector(Collector):
    """Lag, highwater, position and committed offset per topic-partition, read at scrape time."""

    def __init__(self, app: faust.App) -> None:
        self.app = app

    def describe(self) -> list[GaugeMetricFamily]:
        """The metric families (without samples) for registration."""
        return list(self._families())

    def _families(self) -> Iterator[GaugeMetricFamily]:
        labels = ["topic", "partition"]
        yield GaugeMetricFamily("newsevents_consumer_lag",
                                "Highwater minus position per assigned partition", labels=labels)
        yield GaugeMetricFamily("newsevents_consumer_highwater",
                                "Highwater offset per assigned partition", labels=labels)
        yield GaugeMetricFamily("newsevents_consumer_position",
                                "Next offset to read per assigned partition", labels=labels)
        yield GaugeMetricFamily("newsevents_consumer_committed_offset",
                                "Last committed offset per assigned partition", labels=labels)
        yield GaugeMetricFamily("newsevents_consumer_assigned_partitions",
                                "Partitions assigned to this worker")

    def collect(self) -> Iterator[GaugeMetricFamily]:
        """Current values from faust's consumer."""
        lag, high, pos, com, assigned = self._families()
        states = partition_states(self.app)
        for s in states:
            key = [s.topic, str(s.partition)]
            for family, value in ((lag, s.lag), (high, s.highwater), (pos, s.position),
                                  (com, s.committed)):
                if value is not None:
                    family.add_metric(key, float(value))
        assigned.add_metric([], float(len(states)))
        yield from (lag, high, pos, com, assigned)


class Readiness:
    """Answers /ready: broker reachable, partitions assigned, stages loaded."""

    def __init__(self, app: faust.App, settings: Settings, metrics: PipelineMetrics) -> None:
        self.app = app
        self.settings = settings
        self._broker_ok: tuple[float, str | None] = (0.0, "not checked yet")
        self.rebalances = Counter("newsevents_rebalances", "Partition assignments received",
                                  registry=metrics.registry)
        self.ready = Gauge("newsevents_ready", "1 when /ready answers 200", registry=metrics.registry)
        app.on_partitions_assigned.connect(self._on_assigned, weak=False)  # type: ignore[arg-type]

    async def _on_assigned(self, sender: Any, *args: Any, **kwargs: Any) -> None:
        self.rebalances.inc()
        assigned = args[0] if args else kwargs.get("assigned", ())
        log.info("partitions assigned: %d", len(assigned or ()))

    async def _broker_problem(self) -> str | None:
        checked_at, problem = self._broker_ok
        if time.monotonic() - checked_at < BROKER_CHECK_TTL_S:
            return problem
        problem = "no bootstrap server accepts connections: "
        errors = []
        for server in self.settings.bootstrap_servers:
            host, _, port = server.rpartition(":")
            try:
                _, writer = await asyncio.wait_for(asyncio.open_connection(host, int(port)),
                                                   BROKER_CHECK_TIMEOUT_S)
            except (OSError, TimeoutError) as exc:
                errors.append(f"{server}: {exc or type(exc).__name__}")
                continue
            writer.close()
            problem = None
            break
        else:
            problem += "; ".join(errors)
        self._broker_ok = (time.monotonic(), problem)
        return problem

    async def problems(self) -> list[str]:
        """Why the worker is not ready; empty when it is."""
        found = []
        broker = await self._broker_problem()
        if broker:
            found.append(broker)
        agents = list(self.app.agents.values())
        if not agents:
            found.append("no stage agents registered")
        elif not all(agent.started for agent in agents):
            found.append("stage agents not started: " + ", ".join(
                sorted(a.name for a in agents if not a.started)))
        if getattr(self.app, "rebalancing", False):
            found.append("rebalance in progress")
        elif not partition_states(self.app):
            found.append("no partitions assigned")
        self.ready.set(0 if found else 1)
        return found
