"""The command line: settings errors in one line, batch mode, producer validation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.producer import prepare
from pipeline.settings import Settings

from ..conftest import ROOT

SAMPLES = ROOT / "pipeline" / "samples" / "articles.jsonl"


def test_settings_come_from_prefixed_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_TOPIC_ARTICLES", "in.articles")
    monkeypatch.setenv("NEWSEVENTS_MAX_BODY_CHARS", "5000")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.topic_articles == "in.articles"
    assert settings.max_body_chars == 5000
    assert settings.bootstrap_servers == ["127.0.0.1:9092"]


@pytest.mark.parametrize(
    ("variable", "value", "words"),
    [("NEWSEVENTS_BROKER_URL", "localhost:9092", "NEWSEVENTS_BROKER_URL"),
     ("NEWSEVENTS_BROKER_URL", "kafka://nohostport", "host:port"),
     ("NEWSEVENTS_WEB_PORT", "http", "NEWSEVENTS_WEB_PORT"),
     ("NEWSEVENTS_TOPIC_PARTITIONS", "0", "NEWSEVENTS_TOPIC_PARTITIONS")],
)
def test_wrong_configuration_is_one_line_and_non_zero(variable: str, value: str, words: str,
                                                      tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "pipeline", "topics"], capture_output=True,
                            text=True, env={"PATH": "/usr/bin:/bin", variable: value},
                            cwd=tmp_path, timeout=60, check=False)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("newsevents: configuration error") and words in lines[0]


def test_unreachable_broker_is_one_line_and_non_zero(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "pipeline", "topics", "--broker-url",
                             "kafka://127.0.0.1:9"], capture_output=True, text=True,
                            cwd=tmp_path, timeout=90, check=False)
    assert result.returncode == 2
    assert result.stderr.strip().startswith("newsevents: cannot reach the broker at kafka://127.0.0.1:9")
    assert len(result.stderr.strip().splitlines()) == 1


def test_process_writes_annotated_and_events(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    result = CliRunner().invoke(main, ["process", str(SAMPLES), "--events-out", str(events)])
    assert result.exit_code == 0, result.output
    lines = [orjson.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [a["article_id"] for a in lines] == [orjson.loads(x)["id"] for x in SAMPLES.read_bytes().splitlines()]
    event_lines = [orjson.loads(x) for x in events.read_bytes().splitlines()]
    assert sorted(e["event_id"] for e in event_lines) == sorted(i for a in lines for i in a["event_ids"])
    assert "5 inputs: 5 annotated" in result.stderr


def test_process_reports_dead_letters_with_line_numbers(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    good = SAMPLES.read_bytes().splitlines()[0]
    bad.write_bytes(good + b"\n{oops\n" + b'{"id": "x", "published_at": "2025-01-01T00:00:00Z"}\n')
    result = CliRunner().invoke(main, ["process", str(bad)])
    assert result.exit_code == 0
    assert f"dead letter {bad}:2: decode: invalid JSON" in result.stderr
    assert f"dead letter {bad}:3: validate: body: Field required" in result.stderr
    assert "3 inputs: 1 annotated" in result.stderr


def test_producer_validates_before_sending(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.jsonl"
    good = SAMPLES.read_bytes().splitlines()[:2]
    mixed.write_bytes(good[0] + b"\n[1]\n" + good[1] + b"\n")
    messages, result = prepare(Settings(_env_file=None), str(mixed), validate=True)  # type: ignore[call-arg]
    assert [m[0] for m in messages] == [orjson.loads(g)["id"].encode() for g in good]
    assert result.rejected == [(f"{mixed}:2", "expected a JSON object, got list")]
    assert all(("schema", b"article.v1") in m[2] for m in messages)


def test_producer_reads_json_arrays(tmp_path: Path) -> None:
    array = tmp_path / "array.json"
    items = [orjson.loads(x) for x in SAMPLES.read_bytes().splitlines()[:3]]
    array.write_bytes(orjson.dumps(items, option=orjson.OPT_INDENT_2))
    messages, result = prepare(Settings(_env_file=None), str(array), validate=True)  # type: ignore[call-arg]
    assert len(messages) == 3
    assert result.rejected == []


def test_readme_documents_every_setting() -> None:
    readme = (ROOT / "README.md").read_text()
    for name in Settings.model_fields:
        assert f"`NEWSEVENTS_{name.upper()}`" in readme, name


def test_worker_command_carries_every_non_default_setting(tmp_path: Path) -> None:
    from pipeline.embedded import worker_command

    settings = Settings(_env_file=None, topic_articles="in.x", web_port=7001,  # type: ignore[call-arg]
                        data_dir=tmp_path)
    command = worker_command(settings)
    sets = dict(item.split("=", 1) for item in command[command.index("worker") + 1 :]
                if item != "--set")
    assert sets["topic_articles"] == "in.x"
    assert sets["web_port"] == "7001"
    assert sets["data_dir"] == str(tmp_path)
    assert sets["broker_session_timeout"] == "6.0"
    assert "topic_events" not in sets


def test_worker_rejects_unknown_set_in_one_line() -> None:
    result = CliRunner().invoke(main, ["worker", "--set", "colour=blue"])
    assert result.exit_code == 2
    assert "expected NAME=VALUE with a setting name" in result.stderr
