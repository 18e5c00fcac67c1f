"""The worker's ops endpoints on faust's web server: /, /health, /ready, /metrics, /api/status."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from typing import Any

import faust
from faust.web import Request, Response, View
from prometheus_client import generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4

from pipeline import __version__
from pipeline.monitoring.consumer import ConsumerCollector, Readiness, partition_states
from pipeline.monitoring.metrics import PipelineMetrics
from pipeline.settings import Settings

ASSETS: dict[str, str] = {
    "status.html": "text/html",
    "status.js": "application/javascript",
    "status.css": "text/css",
}


def asset(name: str) -> bytes:
    """The bytes of a packaged status-page asset."""
    return resources.files("pipeline.monitoring").joinpath("static", name).read_bytes()


class Monitor:
    """Metrics, readiness and the status document of one app."""

    def __init__(self, app: faust.App, settings: Settings, metrics: PipelineMetrics) -> None:
        self.app = app
        self.settings = settings
        self.metrics = metrics
        self.readiness = Readiness(app, settings, metrics)
        metrics.registry.register(ConsumerCollector(app))

    def scrape(self) -> bytes:
        """The Prometheus text exposition of this app's registry."""
        return generate_latest(self.metrics.registry)

    async def status(self) -> dict[str, Any]:
        """Everything the status page shows, as one JSON-ready document."""
        m = self.metrics
        problems = await self.readiness.problems()
        now = dt.datetime.now(dt.UTC)
        return {
            "app_id": self.settings.app_id,
            "version": __version__,
            "now": now.isoformat(),
            "uptime_s": round((now - m.started_at).total_seconds(), 1),
            "ready": not problems,
            "problems": problems,
            "stages": [{"stage": s, **m.counts[s]} for s in m.stages],
            "accounting": {**m.totals, "unaccounted": int(m.totals["received"]
                                                          - m.totals["annotated"]
                                                          - m.totals["dead_lettered"])},
            "lag": [p.as_dict() for p in partition_states(self.app)],
            "latency_ms": m.latency_summary(),
            "stage_work_ms": m.work_summary(),
            "dead_letters": list(m.recent_dead),
            "events": list(m.recent_events),
        }


def register_views(app: faust.App, monitor: Monitor) -> None:
    """Mount the ops endpoints and the status page on the app's web server."""
    assets = {name: asset(name) for name in ASSETS}

    class Health(View):
        """Liveness: the process and its event loop answer."""

        async def get(self, request: Request) -> Response:
            return self.json({"status": "ok"})

    class Ready(View):
        """Readiness: broker reachable, partitions assigned, stages loaded."""

        async def get(self, request: Request) -> Response:
            problems = await monitor.readiness.problems()
            if problems:
                return self.json({"ready": False, "reason": "; ".join(problems),
                                  "problems": problems}, status=503)
            return self.json({"ready": True})

    class Metrics(View):
        """Prometheus text format."""

        async def get(self, request: Request) -> Response:
            await monitor.readiness.problems()
            return self.bytes(monitor.scrape(),
                              headers={"Content-Type": CONTENT_TYPE_PLAIN_0_0_4})

    class Status(View):
        """The status page's data."""

        async def get(self, request: Request) -> Response:
            return self.json(await monitor.status(), headers={"Cache-Control": "no-store"})

    def static(name: str) -> type[View]:
        class Asset(View):
            async def get(self, request: Request) -> Response:
                return self.bytes(assets[name], headers={
                    "Content-Type": f"{ASSETS[name]}; charset=utf-8", "Cache-Control": "no-cache"})

        Asset.__name__ = Asset.__qualname__ = "asset_" + name.replace(".", "_")
        return Asset

    app.page("/health", name="ops_health")(Health)
    app.page("/ready", name="ops_ready")(Ready)
    app.page("/metrics", name="ops_metrics")(Metrics)
    app.page("/api/status", name="ops_status")(Status)
    app.page("/", name="ops_index")(static("status.html"))
    for name in ASSETS:
        if name != "status.html":
            app.page(f"/static/{name}", name=f"ops_{name}")(static(name))
