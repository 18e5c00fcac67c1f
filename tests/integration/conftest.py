"""A real broker (embedded Tansu) and a real worker process, started per test module."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.broker import EmbeddedBroker, create_topics, free_port, wait_for_port
from pipeline.embedded import DEV_OVERRIDES, start_worker, stop_process
from pipeline.settings import Settings


@dataclass(frozen=True)
class Live:
    """A running broker and worker, and the settings that reach them."""

    settings: Settings
    broker: EmbeddedBroker
    workdir: Path


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    """The embedded broker on a free 127.0.0.1 port, stopped by PID afterwards."""
    workdir = tmp_path_factory.mktemp("broker")
    with EmbeddedBroker(log_path=workdir / "broker.log") as running:
        yield running


@pytest.fixture(scope="module")
def live(broker: EmbeddedBroker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """Topics created explicitly, and one worker process in the consumer group."""
    workdir = tmp_path_factory.mktemp("worker")
    settings = Settings(_env_file=None, broker_url=broker.url, web_port=free_port(),  # type: ignore[call-arg]
                        data_dir=workdir / "data", app_id="newsevents-it", **DEV_OVERRIDES)
    asyncio.run(create_topics(settings))
    worker = start_worker(settings, workdir / "worker.log")
    try:
        wait_for_port(settings.web_host, settings.web_port, 60.0, worker)
        yield Live(settings, broker, workdir)
    finally:
        stop_process(worker)
        log = (workdir / "worker.log").read_text(errors="replace")
        assert "Traceback" not in log or "CancelledError" in log, log[-4000:]
