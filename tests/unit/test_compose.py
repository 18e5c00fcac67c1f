"""docker-compose.yml keeps its structure (no Docker engine here to run it)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml

from pipeline.settings import Settings
from pipeline.topics import ROLES

from ..conftest import ROOT


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return data


def test_kafka_runs_kraft_from_the_official_image(compose: dict[str, Any]) -> None:
    kafka = compose["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    env = kafka["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"].startswith(env["KAFKA_NODE_ID"] + "@kafka:")
    assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"
    assert "kafka-broker-api-versions" in kafka["healthcheck"]["test"][1]


def test_topics_are_created_before_workers_start(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert services["topics"]["command"] == ["topics"]
    assert services["topics"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert services["worker"]["depends_on"]["topics"]["condition"] == "service_completed_successfully"


def test_workers_scale_in_one_group_and_settings_are_valid(compose: dict[str, Any]) -> None:
    worker = compose["services"]["worker"]
    assert "ports" not in worker and "container_name" not in worker, "would block --scale"
    env = worker["environment"]
    settings = Settings(_env_file=None, **{k.removeprefix("NEWSEVENTS_").lower(): v  # type: ignore[arg-type]
                                           for k, v in env.items()})
    assert settings.broker_url == "kafka://kafka:9092"
    assert settings.web_host == "0.0.0.0"
    assert compose["services"]["topics"]["environment"] == env
    assert len(ROLES) == 6


def test_prometheus_scrapes_every_worker(compose: dict[str, Any]) -> None:
    prom = compose["services"]["prometheus"]
    assert any("prometheus.yml" in v for v in prom["volumes"])
    config = yaml.safe_load((ROOT / "ops" / "prometheus.yml").read_text())
    job = config["scrape_configs"][0]
    assert job["metrics_path"] == "/metrics"
    assert job["dns_sd_configs"][0]["names"] == ["worker"]
    port = compose["services"]["worker"]["environment"]["NEWSEVENTS_WEB_PORT"]
    assert job["dns_sd_configs"][0]["port"] == int(port)


def test_prometheus_loads_the_alert_rules(compose: dict[str, Any]) -> None:
    prom = compose["services"]["prometheus"]
    config = yaml.safe_load((ROOT / "ops" / "prometheus.yml").read_text())
    mounts = {v.split(":")[1]: v.split(":")[0] for v in prom["volumes"]}
    assert config["rule_files"] == ["/etc/prometheus/alerts.yml"]
    assert mounts["/etc/prometheus/alerts.yml"] == "./ops/alerts.yml"
    rules = yaml.safe_load((ROOT / "ops" / "alerts.yml").read_text())
    names = {r["alert"] for g in rules["groups"] for r in g["rules"]}
    assert {"NewsEventsWorkerDown", "NewsEventsConsumerLagGrowing",
            "NewsEventsDeadLetterRateHigh", "NewsEventsAccountingMismatch"} <= names
    assert all(r["annotations"]["summary"] for g in rules["groups"] for r in g["rules"])


def test_grafana_is_provisioned_with_prometheus_and_the_dashboard(compose: dict[str, Any]) -> None:
    grafana = compose["services"]["grafana"]
    assert grafana["image"].startswith("grafana/grafana:")
    assert all(p.startswith("127.0.0.1:") for p in grafana["ports"])
    mounts = {v.split(":")[1]: v.split(":")[0] for v in grafana["volumes"]}
    assert mounts["/etc/grafana/provisioning"] == "./ops/grafana/provisioning"
    provider = yaml.safe_load(
        (ROOT / "ops/grafana/provisioning/dashboards/newsevents.yml").read_text())["providers"][0]
    assert mounts[provider["options"]["path"]] == "./ops/grafana/dashboards"
    source = yaml.safe_load(
        (ROOT / "ops/grafana/provisioning/datasources/prometheus.yml").read_text())["datasources"][0]
    assert source["url"] == "http://prometheus:9090"
    dashboard = json.loads((ROOT / "ops/grafana/dashboards/newsevents.json").read_text())
    assert dashboard["panels"]
    for panel in dashboard["panels"]:
        assert panel["datasource"]["uid"] == source["uid"]
        assert all(t["datasource"]["uid"] == source["uid"] for t in panel["targets"])


def test_worker_has_a_health_check(compose: dict[str, Any]) -> None:
    check = compose["services"]["worker"]["healthcheck"]["test"]
    port = compose["services"]["worker"]["environment"]["NEWSEVENTS_WEB_PORT"]
    assert f":{port}/health" in check[-1]


def _exposed_names() -> set[str]:
    """Every sample name a worker exposes on /metrics (with no traffic yet)."""
    import faust

    from pipeline.monitoring.metrics import PipelineMetrics
    from pipeline.monitoring.web import Monitor
    from pipeline.stages.chain import STAGE_ORDER

    app = faust.App("compose-test", broker="kafka://127.0.0.1:9", store="memory://",
                    autodiscover=False, web_enabled=False)
    metrics = PipelineMetrics(STAGE_ORDER)
    Monitor(app, Settings(_env_file=None), metrics)  # type: ignore[call-arg]
    names = {s.name for f in metrics.registry.collect() for s in f.samples}
    names |= {f.name + suffix for f in metrics.registry.collect()
              for suffix in ("", "_total", "_bucket", "_count", "_sum")}
    return names


def test_dashboard_and_alerts_only_query_metrics_the_worker_exposes() -> None:
    exposed = _exposed_names()
    texts = [(ROOT / "ops/alerts.yml").read_text(),
             (ROOT / "ops/grafana/dashboards/newsevents.json").read_text()]
    used = {name for text in texts for name in re.findall(r"\bnewsevents_[a-z_]+", text)}
    used -= {"newsevents_worker", "newsevents_pipeline"}
    assert used, "no metric names found"
    assert used <= exposed, sorted(used - exposed)
