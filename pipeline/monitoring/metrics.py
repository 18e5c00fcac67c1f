"""Pipeline metrics on a per-app Prometheus registry, plus the recent history the status page shows.

No faust here: agents report what they did through `PipelineMetrics.observe`.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar, cast

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from pipeline.models import AnnotatedArticle, DeadLetter, EventRecord
from pipeline.processing import Outgoing

log = logging.getLogger("pipeline.monitoring")

PRODUCED_HEADER = "x-newsevents-produced-ms"
STAGE_BUCKETS_MS = (1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
E2E_BUCKETS_MS = (10, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000, 60_000, 300_000,
                  900_000, 3_600_000, 21_600_000, 86_400_000)
RECENT = 20
Metric = TypeVar("Metric", Counter, Histogram)
WINDOW = 1000


def percentile(values: Iterable[float], q: float) -> float | None:
    """The q-quantile (0..1) of some values by nearest rank, or None when there are none."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[rank]


@dataclass(frozen=True, slots=True)
class Seen:
    """What an agent read: its stage, position, produce time (ms) and headers."""

    stage: str
    topic: str
    partition: int
    offset: int
    timestamp_ms: float | None
    headers: dict[str, bytes] = field(default_factory=dict)


class PipelineMetrics:
    """Every pipeline metric, on its own registry, and a short memory for the status page."""

    def __init__(self, stages: Iterable[str], wall_ms: Callable[[], float] | None = None) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.stages = tuple(stages)
        self.wall_ms = wall_ms or (lambda: time.time() * 1000.0)
        self.started_at = dt.datetime.now(dt.UTC)
        reg = self.registry
        self.messages_in = Counter("newsevents_stage_messages_in", "Records a stage agent read",
                                   ["stage"], registry=reg)
        self.messages_out = Counter("newsevents_stage_messages_out",
                                    "Records a stage passed on (the last stage: annotated articles)",
                                    ["stage"], registry=reg)
        self.messages_failed = Counter("newsevents_stage_messages_failed",
                                       "Records a stage agent dead-lettered", ["stage"], registry=reg)
        self.stage_ms = Histogram("newsevents_stage_duration_milliseconds",
                                  "Time an agent spent on one record (decode, stages, encode); "
                                  "stage is the agent: a stage, or 'pipeline' when fused",
                                  ["stage"], buckets=STAGE_BUCKETS_MS, registry=reg)
        self.stage_work_ms = Histogram("newsevents_stage_work_milliseconds",
                                       "Time a stage's own work took on one published article "
                                       "(its provenance.stage_ms), in either topology",
                                       ["stage"], buckets=STAGE_BUCKETS_MS, registry=reg)
        self.e2e_ms = Histogram("newsevents_end_to_end_latency_milliseconds",
                                "From the input's produce time (since=produced) or its published_at "
                                "(since=published) to the annotated article's publication",
                                ["since"], buckets=E2E_BUCKETS_MS, registry=reg)
        self.dead_letters = Counter("newsevents_dead_letters", "Dead letters by stage and error class",
                                    ["stage", "error_class"], registry=reg)
        self.events = Counter("newsevents_events_produced", "Event records by event type",
                              ["event_type"], registry=reg)
        self.event_topics = Counter("newsevents_event_topics",
                                    "Event records by event type and topic label (an event counts "
                                    "once under each of its labels; 'none' when it has none)",
                                    ["event_type", "topic"], registry=reg)
        self.records = Counter("newsevents_records_produced", "Records handed to the producer, by role",
                               ["role"], registry=reg)
        self.received = Counter("newsevents_inputs_received", "Input records read from the input topic",
                                registry=reg)
        self.annotated = Counter("newsevents_inputs_annotated", "Inputs published as annotated articles",
                                 registry=reg)
        self.dead_total = Counter("newsevents_inputs_dead_lettered", "Inputs that became dead letters",
                                  registry=reg)
        self.unaccounted = Gauge("newsevents_inputs_unaccounted",
                                 "Inputs received minus annotated minus dead-lettered (in flight; "
                                 "should return to 0 when the lag is 0)", registry=reg)
        self.unaccounted.set_function(self._unaccounted)
        # Labelled children are looked up once: `labels()` costs more than the increment.
        self._in = {stage: self.messages_in.labels(stage=stage) for stage in self.stages}
        self._out = {stage: self.messages_out.labels(stage=stage) for stage in self.stages}
        self._failed = {stage: self.messages_failed.labels(stage=stage) for stage in self.stages}
        self._stage_ms = {stage: self.stage_ms.labels(stage=stage) for stage in self.stages}
        self._records = {role: self.records.labels(role=role)
                         for role in ("extracted", "enriched", "annotated", "events", "dlq")}
        self._children: dict[tuple[int, tuple[str, ...]], Counter | Histogram] = {}
        self._e2e_produced = self.e2e_ms.labels(since="produced")
        self._e2e_published = self.e2e_ms.labels(since="published")
        self.recent_dead: deque[dict[str, Any]] = deque(maxlen=RECENT)
        self.recent_events: deque[dict[str, Any]] = deque(maxlen=RECENT)
        self.work: dict[str, deque[float]] = {}  # per stage, from published provenance
        self.window: dict[str, deque[float]] = {name: deque(maxlen=WINDOW)
                                                for name in (*self.stages, "end_to_end")}
        self.counts: dict[str, dict[str, int]] = {s: {"in": 0, "out": 0, "failed": 0}
                                                  for s in self.stages}
        self.totals = {"received": 0, "annotated": 0, "dead_lettered": 0, "events": 0}

    def _unaccounted(self) -> float:
        t = self.totals
        return float(t["received"] - t["annotated"] - t["dead_lettered"])

    def observe(self, seen: Seen, records: list[Outgoing], elapsed_ms: float,
                first: bool) -> list[Outgoing]:
        """Count one agent step and return its records, internal ones tagged with the produce time."""
        stage = seen.stage
        self._in[stage].inc()
        self.counts[stage]["in"] += 1
        self._stage_ms[stage].observe(elapsed_ms)
        self.window[stage].append(elapsed_ms)
        if first:
            self.received.inc()
            self.totals["received"] += 1
        produced = self._produced_ms(seen, first)
        failed = False
        out: list[Outgoing] = []
        for record in records:
            self._records[record.role].inc()
            failed = failed or record.role == "dlq"
            try:
                self._output(seen, record, produced)
            except Exception:  # counting must never stop the pipeline
                log.exception("could not account for a %s record", record.role,
                              extra=self._where(seen))
            if record.role in ("extracted", "enriched") and produced is not None:
                out.append(replace(record, headers={
                    **record.headers, PRODUCED_HEADER: str(round(produced)).encode()}))
            else:
                out.append(record)
        key = "failed" if failed else "out"
        (self._failed if failed else self._out)[stage].inc()
        self.counts[stage][key] += 1
        log.debug("%s done in %.1f ms", stage, elapsed_ms, extra=self._where(seen))
        return out

    def _output(self, seen: Seen, record: Outgoing, produced: float | None) -> None:
        model = record.model
        if isinstance(model, DeadLetter):
            self._dead_letter(seen, model)
        elif isinstance(model, EventRecord):
            self._event(model)
        elif isinstance(model, AnnotatedArticle):
            self._annotated(seen, model, produced)

    def _produced_ms(self, seen: Seen, first: bool) -> float | None:
        if first:
            return seen.timestamp_ms
        raw = seen.headers.get(PRODUCED_HEADER)
        try:
            return float(raw) if raw else None
        except ValueError:
            return None

    @staticmethod
    def _where(seen: Seen, **more: Any) -> dict[str, Any]:
        return {"stage": seen.stage, "topic": seen.topic, "partition": seen.partition,
                "offset": seen.offset, **more}

    def _child(self, metric: Metric, values: tuple[str, ...]) -> Metric:
        """A labelled child of a counter or histogram, looked up once per label values."""
        key = (id(metric), values)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*values)
        return cast(Metric, child)

    def _dead_letter(self, seen: Seen, letter: DeadLetter) -> None:
        self._child(self.dead_letters, (letter.stage, letter.error_class)).inc()
        self.dead_total.inc()
        self.totals["dead_lettered"] += 1
        entry = {"stage": letter.stage, "error_class": letter.error_class, "reason": letter.reason,
                 "article_id": letter.article_id, "at": _rfc3339(letter.dead_lettered_at)}
        self.recent_dead.appendleft(entry)
        where = {**self._where(seen), "agent": seen.stage, "stage": letter.stage}
        log.warning("dead letter: %s", letter.reason, extra={
            **where, "article_id": letter.article_id, "error_class": letter.error_class})

    def _event(self, event: EventRecord) -> None:
        code = event.event_type.code
        self._child(self.events, (code,)).inc()
        labels: list[str] = list(event.topics) or ["none"]
        for label in labels:
            self._child(self.event_topics, (code, label)).inc()
        self.totals["events"] += 1
        self.recent_events.appendleft({
            "event_id": event.event_id, "article_id": event.article_id, "event_type": code,
            "actor": event.actor.name if event.actor else None,
            "recipient": event.recipient.name if event.recipient else None,
            "event_date": event.event_date.isoformat(), "topics": list(event.topics),
            "modality": event.modality})

    def _annotated(self, seen: Seen, annotated: AnnotatedArticle, produced: float | None) -> None:
        self.annotated.inc()
        self.totals["annotated"] += 1
        now = self.wall_ms()
        if produced is not None:
            self._e2e_produced.observe(max(0.0, now - produced))
            self.window["end_to_end"].append(max(0.0, now - produced))
        self._e2e_published.observe(max(0.0, now - annotated.published_at.timestamp() * 1000.0))
        for stage, ms in annotated.provenance.stage_ms.items():
            self._child(self.stage_work_ms, (stage,)).observe(ms)
            self.work.setdefault(stage, deque(maxlen=WINDOW)).append(ms)
        log.info("annotated with %d events", len(annotated.event_ids),
                 extra=self._where(seen, article_id=annotated.article_id))

    def latency_summary(self) -> dict[str, dict[str, float | None]]:
        """p50/p95/p99 in milliseconds of the recent window, per agent and end to end."""
        return {name: _summary(values) for name, values in self.window.items()}

    def work_summary(self) -> dict[str, dict[str, float | None]]:
        """p50/p95/p99 in milliseconds of each stage's own work on recent published articles."""
        return {name: _summary(values) for name, values in self.work.items()}


def _summary(values: deque[float]) -> dict[str, float | None]:
    return {"p50": percentile(values, 0.5), "p95": percentile(values, 0.95),
            "p99": percentile(values, 0.99), "samples": float(len(values))}


def _rfc3339(when: dt.datetime) -> str:
    """A UTC time as the records write it (2025-02-13T09:00:00Z)."""
    return when.isoformat().replace("+00:00", "Z")


def seen(stage: str, message: Any) -> Seen:
    """A Seen from a faust Message (or anything with its attributes)."""
    raw = message.headers or []
    pairs = raw.items() if isinstance(raw, dict) else raw
    headers = {str(k): bytes(v) for k, v in pairs if v is not None}
    timestamp = getattr(message, "timestamp", None)
    return Seen(stage, str(message.topic), int(message.partition), int(message.offset),
                float(timestamp) * 1000.0 if timestamp else None, headers)
