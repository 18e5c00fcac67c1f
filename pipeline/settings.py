"""The one configuration object; the only place that reads the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_KAFKA_SCHEMES = ("kafka://", "aiokafka://")

Port = Annotated[int, Field(ge=0, le=65535)]
Topology = Literal["fused", "staged"]


class Settings(BaseSettings):
    """Everything configurable, read from `NEWSEVENTS_*` variables (and `.env`)."""

    model_config = SettingsConfigDict(
        env_prefix="NEWSEVENTS_", env_file=".env", frozen=True, extra="forbid"
    )

    app_id: str = Field("newsevents", min_length=1, description="Kafka consumer group and app id")
    broker_url: str = Field("kafka://127.0.0.1:9092", description="kafka://host:port[;host:port]")
    broker_session_timeout: float = Field(30.0, gt=0, description="Consumer session timeout (s)")
    broker_heartbeat_interval: float = Field(3.0, gt=0, description="Heartbeat interval (s)")
    broker_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = (
        "PLAINTEXT")
    broker_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = "PLAIN"
    broker_sasl_username: str | None = None
    broker_sasl_password: SecretStr | None = Field(None, description="Never logged")
    broker_ssl_cafile: Path | None = Field(None, description="CA bundle for SSL / SASL_SSL")
    consumer_fetch_max_wait_ms: int = Field(
        500, ge=1, le=30_000, description="Longest a fetch waits for data at the broker (ms)"
    )
    recovery_consistency_check: bool = Field(
        True, description="Stop a worker whose table has read past its changelog's end offset"
    )

    producer_linger_ms: float = Field(
        0.0, ge=0, le=1000, description="How long the producer waits to batch records (ms)"
    )

    topology: Topology = Field(
        "fused", description="fused: one agent runs every stage, no internal topics; staged: one "
        "agent per stage, linked by the internal topics")

    topic_articles: str = "news.articles"
    topic_extracted: str = "news.extracted"
    topic_enriched: str = "news.enriched"
    topic_annotated: str = "news.annotated"
    topic_events: str = "news.events"
    topic_dlq: str = "news.dlq"
    topic_dlq_parked: str = "news.dlq.parked"
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

    max_title_chars: int = Field(2_000, ge=10, description="Longer titles are dead letters")
    max_sentences: int = Field(2_000, ge=10, description="Articles with more sentences are dead letters")
    max_sentence_work: int = Field(
        4_000_000, ge=100, description="Max sum over sentences of squared sentence length (tokens)")
    max_name_words: int = Field(
        5_000, ge=10, description="Articles with more capitalised words are dead letters")
    published_max_future_hours: float = Field(
        24.0, ge=0, description="published_at later than now plus this is a dead letter")
    published_min_year: int = Field(1900, ge=1, description="Earlier published_at is a dead letter")
    dedup_window_hours: float = Field(
        24.0, ge=0, description="Duplicates are recognised within this window (0 disables)")
    dedup_threshold: float = Field(
        0.8, gt=0, le=1, description="Estimated Jaccard similarity of a near-duplicate")
    dlq_max_attempts: int = Field(3, ge=1, description="Replays after which a letter is parked")

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
    def max_record_bytes(self) -> int:
        """Largest record we produce: a work item carries the article, its original bytes
        (base64) and stage results, so four input messages plus 1 MiB."""
        return 4 * self.max_message_bytes + 1_048_576

    @property
    def bootstrap_servers(self) -> list[str]:
        """The broker URL as aiokafka bootstrap servers."""
        return self.broker_url.split("://", 1)[1].split(";")
