"""`newsevents run`: embedded broker, topics, a worker process, the samples, and live output."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from pydantic import SecretStr

from pipeline.broker import EmbeddedBroker, create_topics, wait_for_port
from pipeline.clients import Record, TopicReader, produce
from pipeline.inputs import RawInput
from pipeline.serialization import SCHEMA_HEADER
from pipeline.settings import Settings

# The embedded broker holds every fetch for the full wait and joins groups slowly. Under load
# its end offset of a partition can lag a record a consumer has already fetched, which faust's
# recovery check takes for a truncated changelog: the worker would stop at a rebalance.
DEV_OVERRIDES = {"broker_session_timeout": 6.0, "broker_heartbeat_interval": 1.0,
                 "consumer_fetch_max_wait_ms": 10, "recovery_consistency_check": False}


def worker_command(settings: Settings) -> list[str]:
    """The command line of a worker process with exactly these settings (dev overrides for Tansu)."""
    command = [sys.executable, "-m", "pipeline", "worker"]
    values = settings.model_dump(mode="json") | DEV_OVERRIDES
    for name, value in values.items():
        if isinstance(getattr(settings, name, None), SecretStr):
            continue  # a secret reaches the worker through the inherited environment
        if value != Settings.model_fields[name].default:
            command += ["--set", f"{name}={value}"]
    return command


def interrupt_on_sigterm() -> None:
    """Treat SIGTERM like Ctrl-C, so the processes we started are stopped on the way out."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def start_worker(settings: Settings, log_path: Path) -> subprocess.Popen[bytes]:
    """Start a worker process writing its log to a file."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log:
        return subprocess.Popen(worker_command(settings), stdout=log,  # noqa: S603
                                stderr=subprocess.STDOUT, start_new_session=True)


def stop_process(process: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    """Stop a process we started, by PID: SIGTERM, then SIGKILL."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)


@dataclass(slots=True)
class Tally:
    """What came out for the inputs we sent."""

    annotated: set[str] = field(default_factory=set)
    dead: dict[str, str] = field(default_factory=dict)
    events: dict[str, bytes] = field(default_factory=dict)
    announced: set[str] = field(default_factory=set)

    def complete(self, inputs: int) -> bool:
        """Every input accounted for, and every event an annotated record lists has arrived.

        Events and annotated records travel on different topics, so an article's annotated
        record can be read before its events.
        """
        return (len(self.annotated) + len(self.dead) >= inputs
                and self.announced <= self.events.keys())

    def add(self, settings: Settings, record: Record) -> None:
        """Count one output record."""
        data = orjson.loads(record.value)
        if record.topic == settings.topic_annotated:
            self.annotated.add(data["article_id"])
            if data.get("duplicate_of") is None:
                self.announced.update(data["event_ids"])
        elif record.topic == settings.topic_dlq:
            self.dead[f"{record.partition}:{record.offset}"] = f"{data['stage']}: {data['reason']}"
        elif record.topic == settings.topic_events:
            self.events[data["event_id"]] = record.value


async def feed_and_watch(settings: Settings, inputs: list[RawInput], once: bool,
                         show: Callable[[Record], None], timeout: float,
                         tally: Tally | None = None) -> Tally:
    """Produce the inputs, then print outputs until all are accounted for (or forever)."""
    reader = TopicReader(settings, [settings.topic_events, settings.topic_annotated,
                                    settings.topic_dlq])
    await reader.start()
    records = []
    for raw in inputs:
        key = None
        try:
            parsed = orjson.loads(raw.payload)
            if isinstance(parsed, dict) and isinstance(parsed.get("id"), str):
                key = parsed["id"].encode()
        except orjson.JSONDecodeError:
            key = None
        records.append((key, raw.payload, [(SCHEMA_HEADER, b"article.v1")]))
    await produce(settings, settings.topic_articles, records)
    tally = tally if tally is not None else Tally()
    deadline = time.monotonic() + timeout
    try:
        while not once or not tally.complete(len(inputs)):
            if once and time.monotonic() > deadline:
                break
            for record in await reader.poll(0.5):
                tally.add(settings, record)
                show(record)
    finally:
        await reader.stop()
    return tally


def run_embedded(settings: Settings, inputs: list[RawInput], once: bool, workdir: Path,
                 show: Callable[[Record], None], announce: Callable[[str], None],
                 tally: Tally | None = None, timeout: float = 180.0) -> Tally:
    """Start broker and worker, feed inputs, show outputs; stop both by PID afterwards."""
    workdir.mkdir(parents=True, exist_ok=True)
    with EmbeddedBroker(log_path=workdir / "broker.log") as broker:
        live = settings.model_copy(update={"broker_url": broker.url,
                                           "data_dir": workdir / "worker", **DEV_OVERRIDES})
        asyncio.run(create_topics(live))
        announce(f"embedded broker {broker.url} (pid {broker.process.pid if broker.process else '?'})")
        worker = start_worker(live, workdir / "worker.log")
        try:
            if live.web_enabled:
                wait_for_port(live.web_host, live.web_port, 60.0, worker)
                announce(f"worker pid {worker.pid}; monitoring at http://{live.web_host}:{live.web_port}/")
            return asyncio.run(feed_and_watch(live, inputs, once, show, timeout, tally))
        finally:
            stop_process(worker)
