"""docker-compose.yml keeps its structure (no Docker engine here to run it)."""

from __future__ import annotations

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
