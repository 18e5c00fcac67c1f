"""Ops endpoints on a live worker: /health, /ready, /metrics scraped by a real Prometheus, and
the status page rendered by a real (headless) Chromium."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import orjson
import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from pipeline.broker import free_port, wait_for_port
from pipeline.embedded import feed_and_watch
from pipeline.inputs import malformed_samples, sample_articles
from pipeline.stages.chain import STAGE_ORDER

from ..conftest import ROOT
from .conftest import Live
from .system_tools import require

pytestmark = pytest.mark.integration
T = TypeVar("T")
BROWSER_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--hide-scrollbars")


@dataclass(frozen=True)
class Processed:
    """What went in and what came out."""

    inputs: int
    annotated: int
    dead: int
    events: int


def http_get(url: str) -> tuple[int, bytes, str]:
    """Status, body and content type of a GET."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), exc.headers.get("Content-Type", "")


def eventually(probe: Callable[[], T], ok: Callable[[T], bool], timeout: float = 60.0,
               every: float = 0.5) -> T:
    """Call probe until ok(result) or the timeout; return the last result."""
    deadline = time.monotonic() + timeout
    result = probe()
    while not ok(result) and time.monotonic() < deadline:
        time.sleep(every)
        result = probe()
    return result


@pytest.fixture(scope="module")
def base(live: Live) -> str:
    return f"http://{live.settings.web_host}:{live.settings.web_port}"


@pytest.fixture(scope="module")
def processed(live: Live) -> Processed:
    """The sample and malformed articles, produced and all accounted for."""
    inputs = sample_articles() + malformed_samples()
    tally = asyncio.run(feed_and_watch(live.settings, inputs, True, lambda _: None, 120.0))
    assert len(tally.annotated) + len(tally.dead) == len(inputs)
    return Processed(len(inputs), len(tally.annotated), len(tally.dead), len(tally.events))


def scrape(base: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """The worker's /metrics as {(sample name, labels): value}."""
    status, body, ctype = http_get(base + "/metrics")
    assert status == 200 and ctype.startswith("text/plain"), (status, ctype)
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for f in text_string_to_metric_families(body.decode()) for s in f.samples}


def test_health_and_ready(base: str, processed: Processed) -> None:
    assert http_get(base + "/health")[:2] == (200, b'{"status":"ok"}')
    status, body, _ = eventually(lambda: http_get(base + "/ready"), lambda r: r[0] == 200)
    assert status == 200, body
    assert orjson.loads(body) == {"ready": True}


def test_metrics_count_every_article(base: str, processed: Processed) -> None:
    def stage(name: str, kind: str, values: dict[Any, float]) -> float:
        return values[(f"newsevents_stage_messages_{kind}_total", (("stage", name),))]

    v = scrape(base)
    good, bad = processed.annotated, processed.dead
    assert stage("pipeline", "in", v) == processed.inputs  # the fused topology's one agent
    assert stage("pipeline", "failed", v) == bad
    assert stage("pipeline", "out", v) == good
    for name in STAGE_ORDER:  # each stage's own time, from the published articles' provenance
        assert v[("newsevents_stage_work_milliseconds_count", (("stage", name),))] == good
    assert v[("newsevents_inputs_received_total", ())] == processed.inputs
    assert v[("newsevents_inputs_annotated_total", ())] == good
    assert v[("newsevents_inputs_dead_lettered_total", ())] == bad
    assert v[("newsevents_inputs_unaccounted", ())] == 0
    assert v[("newsevents_records_produced_total", (("role", "events"),))] == processed.events
    assert sum(n for (name, _), n in v.items() if name == "newsevents_dead_letters_total") == bad
    assert v[("newsevents_end_to_end_latency_milliseconds_count", (("since", "produced"),))] == good
    assert v[("newsevents_rebalances_total", ())] >= 1
    assert v[("newsevents_consumer_assigned_partitions", ())] == 4 + 1  # + dedup changelog

    def committed(values: dict[Any, float]) -> float:
        return sum(n for (name, labels), n in values.items()
                   if name == "newsevents_consumer_committed_offset"
                   and ("topic", "news.articles") in labels)

    # offsets are committed every few seconds; lag is highwater minus position
    v = eventually(lambda: scrape(base), lambda m: committed(m) == processed.inputs)
    assert committed(v) == processed.inputs
    lags = {labels: n for (name, labels), n in v.items() if name == "newsevents_consumer_lag"}
    assert lags and set(lags.values()) == {0.0}


def test_status_api(base: str, processed: Processed) -> None:
    status, body, _ = http_get(base + "/api/status")
    data = orjson.loads(body)
    assert status == 200
    assert data["accounting"] == {"received": processed.inputs, "annotated": processed.annotated,
                                  "dead_lettered": processed.dead, "events": processed.events,
                                  "unaccounted": 0}
    assert [s["stage"] for s in data["stages"]] == ["pipeline"]  # the fused topology's agent
    assert len(data["dead_letters"]) == processed.dead
    assert all(d["reason"] for d in data["dead_letters"])
    assert data["events"] and data["latency_ms"]["pipeline"]["p50"] is not None
    assert list(data["stage_work_ms"]) == list(STAGE_ORDER)
    assert all(w["samples"] == processed.annotated for w in data["stage_work_ms"].values())


@pytest.fixture(scope="module")
def chromium() -> str:
    return require(("chromium",), ("chromium", "chromium-driver", "fonts-liberation"))["chromium"]


def _browse(chromium: str, workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = workdir / f"profile-{time.monotonic_ns()}"
    command = [chromium, *BROWSER_FLAGS, f"--user-data-dir={profile}",
               "--virtual-time-budget=10000", "--window-size=1280,1100", *args]
    # its own process group, so that on a timeout we stop the browser's helpers with it
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    try:
        out, err = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate(timeout=30)
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def test_status_page_renders_the_counters_in_chromium(
        chromium: str, base: str, processed: Processed, tmp_path: Path) -> None:
    def rendered() -> dict[str, str]:
        dom = _browse(chromium, tmp_path, "--dump-dom", base + "/").stdout
        cells = dict(re.findall(r'id="((?:stage|acc|work)-[a-z0-9_-]+)"[^>]*>([^<]*)<', dom))
        cells["loaded"] = "yes" if 'data-loaded="true"' in dom else "no"
        return cells

    cells = eventually(rendered, lambda c: c.get("loaded") == "yes", timeout=60, every=1)
    assert cells["loaded"] == "yes", cells
    assert cells["stage-pipeline-in"] == str(processed.inputs)
    assert cells["stage-pipeline-failed"] == str(processed.dead)
    assert cells["stage-pipeline-out"] == str(processed.annotated)
    assert all(float(cells[f"work-{stage}-p50"]) > 0 for stage in STAGE_ORDER)
    assert cells["acc-received"] == str(processed.inputs)
    assert cells["acc-annotated"] == str(processed.annotated)
    assert cells["acc-dead_lettered"] == str(processed.dead)
    assert cells["acc-events"] == str(processed.events)
    screenshot = tmp_path / "status.png"
    done = _browse(chromium, tmp_path, f"--screenshot={screenshot}", base + "/")
    assert screenshot.exists(), done.stderr[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 20_000, "the screenshot looks empty"


@pytest.fixture(scope="module")
def prometheus(live: Live, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Prometheus scraping the worker every second, with our alert rules; stopped by PID."""
    binary = require(("prometheus",), ("prometheus",))["prometheus"]
    workdir = tmp_path_factory.mktemp("prometheus")
    config = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(ROOT / "ops" / "alerts.yml")],
        "scrape_configs": [{"job_name": "newsevents-worker", "metrics_path": "/metrics",
                            "static_configs": [{"targets": [
                                f"127.0.0.1:{live.settings.web_port}"]}]}],
    }
    (workdir / "prometheus.yml").write_text(yaml.safe_dump(config))
    port = free_port()
    with (workdir / "prometheus.log").open("wb") as log:
        process = subprocess.Popen(
            [binary, f"--config.file={workdir / 'prometheus.yml'}",
             f"--storage.tsdb.path={workdir / 'data'}", f"--web.listen-address=127.0.0.1:{port}",
             "--log.level=warn"], stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for_port("127.0.0.1", port, 60.0)
        url = f"http://127.0.0.1:{port}"
        ready = eventually(lambda: http_get(url + "/-/ready")[0], lambda s: s == 200)
        assert ready == 200, (workdir / "prometheus.log").read_text()[-3000:]
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


def promql(prometheus: str, query: str) -> dict[str, float]:
    """An instant query: {label set as text: value}."""
    url = f"{prometheus}/api/v1/query?" + urllib.parse.urlencode({"query": query})
    status, body, _ = http_get(url)
    data = orjson.loads(body)
    assert status == 200 and data["status"] == "success", body
    return {",".join(f"{k}={v}" for k, v in sorted(r["metric"].items()) if k != "__name__"):
            float(r["value"][1]) for r in data["data"]["result"]}


def test_prometheus_scrapes_the_stage_counters(prometheus: str, processed: Processed) -> None:
    query = "sum by (stage) (newsevents_stage_messages_in_total)"
    expected = {"stage=pipeline": processed.inputs}
    found = eventually(lambda: promql(prometheus, query), lambda r: r == expected, timeout=60)
    assert found == expected
    assert list(promql(prometheus, 'up{job="newsevents-worker"}').values()) == [1.0]
    assert promql(prometheus, "sum(newsevents_dead_letters_total)") == {"": processed.dead}
    assert promql(prometheus, "sum(newsevents_inputs_unaccounted)") == {"": 0.0}
    assert promql(prometheus, 'newsevents_records_produced_total{role="events"}').popitem()[1] \
        == processed.events
    status, body, _ = http_get(prometheus + "/api/v1/rules")
    assert status == 200, body
    groups = orjson.loads(body)["data"]["groups"]
    loaded = {r["name"]: r for g in groups for r in g["rules"]}
    assert {"NewsEventsWorkerDown", "NewsEventsAccountingMismatch"} <= set(loaded)
    assert all(r["health"] != "err" for r in loaded.values()), loaded
