"""Metrics, structured logs and readiness, without a broker."""

from __future__ import annotations

import io
import logging
import sys

import faust
import orjson
import pytest
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from pipeline.inputs import RawInput, malformed_samples
from pipeline.models import SourcePosition
from pipeline.monitoring.logs import JsonFormatter, TextFormatter, logging_config
from pipeline.monitoring.metrics import PRODUCED_HEADER, PipelineMetrics, Seen, percentile
from pipeline.monitoring.web import ASSETS, Monitor, asset
from pipeline.processing import Processor
from pipeline.settings import Settings
from pipeline.stages.chain import STAGE_ORDER, Resources


def _values(metrics: PipelineMetrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    text = generate_latest(metrics.registry).decode()
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def _run_through(metrics: PipelineMetrics, processor: Processor, inputs: list[RawInput],
                 now_ms: float) -> list[str]:
    """Push inputs through every stage as the agents would, reporting to metrics."""
    outputs = []
    for offset, raw in enumerate(inputs):
        position = SourcePosition(topic="news.articles", partition=0, offset=offset)
        seen = Seen("extract", "news.articles", 0, offset, now_ms - 1000.0)
        records = metrics.observe(seen, processor.accept(position, None, raw.payload, None), 2.0,
                                  first=True)
        for stage in STAGE_ORDER[1:]:
            forward = [r for r in records if r.role in ("extracted", "enriched")]
            outputs += [r.role for r in records if r not in forward]
            if not forward:
                break
            (item,) = forward
            seen = Seen(stage, f"news.{item.role}", 0, offset, None, dict(item.headers))
            records = metrics.observe(seen, processor.advance(stage, item.value), 3.0, first=False)
        else:
            outputs += [r.role for r in records]
    return outputs


def test_counters_follow_every_input_to_its_outcome(
        settings: Settings, resources: Resources, samples: list[RawInput]) -> None:
    now = 1_800_000_000_000.0
    metrics = PipelineMetrics(STAGE_ORDER, wall_ms=lambda: now)
    bad = malformed_samples()
    outputs = _run_through(metrics, Processor(settings, resources), samples + bad, now)
    v = _values(metrics)
    good, events = len(samples), outputs.count("events")
    assert events > 0
    assert v[("newsevents_stage_messages_in_total", (("stage", "extract"),))] == good + len(bad)
    assert v[("newsevents_stage_messages_failed_total", (("stage", "extract"),))] == len(bad)
    for stage in STAGE_ORDER[1:]:
        assert v[("newsevents_stage_messages_in_total", (("stage", stage),))] == good
        assert v[("newsevents_stage_messages_out_total", (("stage", stage),))] == good
    assert v[("newsevents_inputs_received_total", ())] == good + len(bad)
    assert v[("newsevents_inputs_annotated_total", ())] == good
    assert v[("newsevents_inputs_dead_lettered_total", ())] == len(bad)
    assert v[("newsevents_inputs_unaccounted", ())] == 0
    assert v[("newsevents_records_produced_total", (("role", "events"),))] == events
    assert sum(n for (name, _), n in v.items() if name == "newsevents_events_produced_total") == events
    assert sum(n for (name, _), n in v.items() if name == "newsevents_dead_letters_total") == len(bad)
    # the produce time travels in a header: the end-to-end latency is 1 s for every article
    e2e = ("newsevents_end_to_end_latency_milliseconds_sum", (("since", "produced"),))
    assert v[e2e] == pytest.approx(1000.0 * good)
    assert v[("newsevents_end_to_end_latency_milliseconds_count", (("since", "published"),))] == good
    assert v[("newsevents_stage_duration_milliseconds_count", (("stage", "enrich"),))] == good
    assert len(metrics.recent_events) == min(events, 20)
    assert {d["stage"] for d in metrics.recent_dead} == {"decode", "validate"}


def test_internal_records_carry_the_produce_time(settings: Settings, resources: Resources,
                                                 samples: list[RawInput]) -> None:
    metrics = PipelineMetrics(STAGE_ORDER)
    position = SourcePosition(topic="news.articles", partition=1, offset=7)
    records = metrics.observe(Seen("extract", "news.articles", 1, 7, 1234.0),
                              Processor(settings, resources).accept(position, None,
                                                                    samples[0].payload, None),
                              1.0, first=True)
    assert [r.role for r in records] == ["extracted"]
    assert records[0].headers[PRODUCED_HEADER] == b"1234"
    assert records[0].headers["schema"] == b"work-item.v1"


def test_dead_letters_are_logged_with_their_reason(
        settings: Settings, resources: Resources, caplog: pytest.LogCaptureFixture) -> None:
    metrics = PipelineMetrics(STAGE_ORDER)
    raw = malformed_samples()[0]
    position = SourcePosition(topic="news.articles", partition=2, offset=3)
    with caplog.at_level(logging.WARNING, logger="pipeline.monitoring"):
        metrics.observe(Seen("extract", "news.articles", 2, 3, None),
                        Processor(settings, resources).accept(position, None, raw.payload, None),
                        1.0, first=True)
    (record,) = caplog.records
    line = orjson.loads(JsonFormatter().format(record))
    letter = metrics.recent_dead[0]
    assert line["level"] == "warning"
    assert letter["reason"] in line["message"]
    assert line["stage"] == letter["stage"] and line["agent"] == "extract"
    assert (line["topic"], line["partition"], line["offset"]) == ("news.articles", 2, 3)
    assert line["error_class"] == letter["error_class"]


def test_text_logs_for_terminals_and_json_otherwise() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello %s", ("you",), None)
    record.article_id = "a-1"
    assert orjson.loads(JsonFormatter().format(record))["article_id"] == "a-1"
    assert TextFormatter().format(record).endswith("hello you [article_id=a-1]")
    config = logging_config("warn", "json")
    assert config["root"]["level"] == "WARN"
    assert isinstance(config["formatters"]["newsevents"]["()"](fmt="json"), JsonFormatter)
    assert isinstance(config["formatters"]["newsevents"]["()"](fmt="text"), TextFormatter)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    try:
        raise ValueError("boom")
    except ValueError:
        record.exc_info = sys.exc_info()
    handler.emit(record)
    line = orjson.loads(stream.getvalue())
    assert line["error_class"] == "ValueError" and "boom" in line["traceback"]


def test_percentile_by_nearest_rank() -> None:
    assert percentile([], 0.5) is None
    assert percentile([5.0], 0.99) == 5.0
    assert percentile([float(i) for i in range(1, 101)], 0.5) in (50.0, 51.0)
    assert percentile([float(i) for i in range(1, 101)], 0.99) == 99.0


def test_status_page_assets_are_packaged_and_need_no_cdn() -> None:
    for name in ASSETS:
        text = asset(name).decode()
        assert "http://" not in text.replace("http://127.0.0.1", "") and "https://" not in text
    html = asset("status.html").decode()
    assert 'src="/static/status.js"' in html and 'href="/static/status.css"' in html
    assert "/api/status" in asset("status.js").decode()


async def test_not_ready_says_why() -> None:
    app = faust.App("ready-test", broker="kafka://127.0.0.1:9", store="memory://",
                    autodiscover=False, web_enabled=False)
    settings = Settings(_env_file=None, broker_url="kafka://127.0.0.1:9")  # type: ignore[call-arg]
    metrics = PipelineMetrics(STAGE_ORDER)
    monitor = Monitor(app, settings, metrics)
    problems = await monitor.readiness.problems()
    assert any("127.0.0.1:9" in p for p in problems), problems
    assert "no stage agents registered" in problems
    assert "no partitions assigned" in problems
    status = await monitor.status()
    assert status["ready"] is False and status["lag"] == []
    assert _values(metrics)[("newsevents_ready", ())] == 0
