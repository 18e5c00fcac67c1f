"""The one configuration object; the only place that reads the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_KAFKA_SCHEMES = ("kafka://", "aiokafka://")

Port = Annotated[int, Field(ge=0, le=65535)]


class Settings(BaseSettings):
    """Everything configurable, read from `NEWSEVENTS_*` variables (and `.env`)."""

    model_config = SettingsConfigDict(
        env_prefix="NEWSEVENTS_", env_file=".env", frozen=True, extra="forbid"
    )

    app_id: str = Field("newsevents", min_length=1, description="Kafka consumer group and app id")
    broker_url: str = Field("kafka://127.0.0.1:9092", description="kafka://host:port[;host:port]")
    broker_session_timeout: float = Field(30.0, gt=0, description="Consumer session timeout (s)")
    broker_heartbeat_interval: float = Field(3.0, gt=0, description="Heartbeat interval (s)")
    consumer_fetch_max_wait_ms: int = Field(
        500, ge=1, le=30_000, description="Longest a fetch waits for data at the broker (ms)"
    )

    topic_articles: str = "news.articles"
    topic_extracted: str = "news.extracted"
    topic_enriched: str = "news.enriched"
    topic_annotated: str = "news.annotated"
    topic_events: str = "news.events"
    topic_dlq: str = "news.dlq"
    topic_partitions: int = Field(4, ge=1, le=1024, description="Partitions of every topic")
    topic_replication: int = Field(1, ge=1, le=16, description="Replication factor")

    web_enabled: bool = True
    web_host: str = Field("127.0.0.1", description="Address the worker's web server binds")
    web_port: Port = 6066

    max_message_bytes: int = Field(1_000_000, ge=1024, description="Larger inputs are dead letters")
    max_body_chars: int = Field(200_000, ge=100, description="Longer bodies are dead letters")
    stage_budget_ms: float = Field(
        5_000.0, gt=0, description="A stage slower than this on one article is a dead letter"
    )

    data_dir: Path = Field(Path(".run"), description="Worker state (faust data dir)")
    log_level: Literal["debug", "info", "warn", "error"] = "info"
    log_format: Literal["auto", "json", "text"] = Field(
        "auto", description="Worker logs: JSON lines, text, or auto (text on a terminal)")

    @field_validator("broker_url")
    @classmethod
    def _check_broker_url(cls, url: str) -> str:
        if not url.startswith(_KAFKA_SCHEMES):
            raise ValueError(f"must start with kafka://, got {url!r}")
        hosts = url.split("://", 1)[1]
        for host in hosts.split(";"):
            name, _, port = host.rpartition(":")
            if not name or not port.isdigit():
                raise ValueError(f"expected host:port entries, got {host!r}")
        return url

    @property
    def bootstrap_servers(self) -> list[str]:
        """The broker URL as aiokafka bootstrap servers."""
        return self.broker_url.split("://", 1)[1].split(";")
