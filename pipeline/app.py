"""The faust App and the worker's main: nothing else."""

from __future__ import annotations

import faust
import prometheus_client

from pipeline.agents import agent_names, register_agents
from pipeline.monitoring.logs import logging_config
from pipeline.monitoring.metrics import PipelineMetrics
from pipeline.monitoring.web import Monitor, register_views
from pipeline.processing import Processor
from pipeline.runtime import freeze_startup_heap
from pipeline.security import faust_credentials
from pipeline.settings import Settings
from pipeline.stages.chain import Resources, load_resources
from pipeline.state import duplicate_index
from pipeline.topics import Topics, declare_topics
from pipeline.transport import NewsEventsApp


def create_app(settings: Settings, resources: Resources | None = None) -> tuple[faust.App, Topics]:
    """Build the App from settings, declare topics and register the topology's agents."""
    app = NewsEventsApp(
        settings.app_id,
        fetch_max_wait_ms=settings.consumer_fetch_max_wait_ms,
        broker=settings.broker_url,
        broker_session_timeout=settings.broker_session_timeout,
        broker_heartbeat_interval=settings.broker_heartbeat_interval,
        broker_credentials=faust_credentials(settings),
        processing_guarantee="at_least_once",
        recovery_consistency_check=settings.recovery_consistency_check,
        consumer_auto_offset_reset="earliest",
        key_serializer="raw",
        value_serializer="raw",
        store="memory://",
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        topic_disable_leader=True,
        producer_max_request_size=settings.max_record_bytes,
        producer_linger=settings.producer_linger_ms / 1000.0,
        consumer_max_fetch_size=settings.max_record_bytes,
        autodiscover=False,
        web_enabled=settings.web_enabled,
        web_bind=settings.web_host,
        web_host=settings.web_host,
        web_port=settings.web_port,
        datadir=str(settings.data_dir),
    )
    topics = declare_topics(app, settings)
    metrics = PipelineMetrics(agent_names(settings.topology))
    duplicates = duplicate_index(app, settings) if settings.dedup_window_hours > 0 else None
    processor = Processor(settings, resources or load_resources(), duplicates=duplicates)
    register_agents(app, topics, processor, metrics, settings.topology)
    if settings.web_enabled:
        register_views(app, Monitor(app, settings, metrics))
    return app, topics


def main(settings: Settings | None = None, resources: Resources | None = None) -> None:
    """Run a worker until it is stopped."""
    settings = settings or Settings()
    prometheus_client.disable_created_metrics()  # type: ignore[no-untyped-call]
    app, _ = create_app(settings, resources)
    freeze_startup_heap()
    worker = faust.Worker(app, loglevel=settings.log_level,
                          logging_config=logging_config(settings.log_level, settings.log_format))
    worker.execute_from_commandline()
