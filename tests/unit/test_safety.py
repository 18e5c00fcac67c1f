"""Safety: no code-executing codecs, secrets stay secret, loopback by default, one-line errors."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.app import create_app
from pipeline.broker import free_port
from pipeline.errors import ResourceMissing
from pipeline.preflight import load_checked
from pipeline.security import client_options, faust_credentials
from pipeline.settings import Settings
from pipeline.stages.chain import Resources

from ..conftest import ROOT

SECRET = "hunter2-Sup3r-s3cret"
FORBIDDEN = re.compile(r"\b(?:import\s+(?:pickle|cPickle|dill|cloudpickle|shelve|marshal|jsonpickle)"
                       r"|from\s+(?:pickle|dill|cloudpickle|shelve|marshal|jsonpickle)\s+import"
                       r"|pickle\.|marshal\.|shelve\.|yaml\.load\(|yaml\.unsafe_load|eval\(|exec\("
                       r"|serializer=\"pickle\"|serializer='pickle')")


def test_no_code_executing_codec_in_the_package() -> None:
    offenders = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
                 for path in sorted((ROOT / "pipeline").rglob("*.py"))
                 for n, line in enumerate(path.read_text().splitlines(), 1)
                 if FORBIDDEN.search(line)]
    assert offenders == []


def test_app_uses_raw_bytes_and_binds_loopback(settings: Settings, resources: Resources) -> None:
    app, topics = create_app(settings, resources)
    assert (app.conf.key_serializer, app.conf.value_serializer) == ("raw", "raw")
    assert app.conf.web_bind == "127.0.0.1"
    assert all(t.value_serializer == "raw" for t in topics.by_role.values())
    assert all(table.value_serializer == "raw" for table in app.tables.values())


def test_faust_recovery_check_is_on_except_against_the_embedded_broker(
        settings: Settings, resources: Resources) -> None:
    from pipeline.embedded import DEV_OVERRIDES, worker_command

    app, _ = create_app(settings, resources)
    assert app.conf.recovery_consistency_check is True
    dev = settings.model_copy(update=DEV_OVERRIDES)
    app, _ = create_app(dev, resources)
    assert app.conf.recovery_consistency_check is False
    command = worker_command(settings)
    assert "recovery_consistency_check=False" in command


def _sasl(**extra: object) -> Settings:
    return Settings(_env_file=None, broker_security_protocol="SASL_PLAINTEXT",  # type: ignore[call-arg]
                    broker_sasl_username="pipeline", broker_sasl_password=SECRET, **extra)


def test_secrets_do_not_show_in_settings_or_credentials() -> None:
    settings = _sasl()
    for text in (repr(settings), str(settings), settings.model_dump_json(),
                 repr(faust_credentials(settings))):
        assert SECRET not in text
    assert client_options(settings)["sasl_plain_password"] == SECRET
    assert faust_credentials(settings).password == SECRET


def _worker(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NEWSEVENTS_")}
    return subprocess.run([sys.executable, "-m", "pipeline", "worker", *args], check=False,
                          capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**clean, "NEWSEVENTS_DATA_DIR": str(tmp_path / "d"), **env})


def test_worker_with_unreachable_broker_says_so_in_one_line(tmp_path: Path) -> None:
    result = _worker(tmp_path, "--broker-url", f"kafka://127.0.0.1:{free_port()}",
                     NEWSEVENTS_BROKER_SECURITY_PROTOCOL="SASL_PLAINTEXT",
                     NEWSEVENTS_BROKER_SASL_USERNAME="pipeline",
                     NEWSEVENTS_BROKER_SASL_PASSWORD=SECRET)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "cannot reach the broker" in lines[0]
    assert SECRET not in result.stderr + result.stdout


def test_worker_with_a_wrong_broker_url_says_so_in_one_line(tmp_path: Path) -> None:
    result = _worker(tmp_path, "--broker-url", "http://localhost:9092")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "NEWSEVENTS_BROKER_URL" in result.stderr


def test_missing_model_file_is_a_resource_error(tmp_path: Path) -> None:
    from pipeline.stages.ner import NerTagger

    with pytest.raises(ResourceMissing, match=str(tmp_path)):
        load_checked(lambda: NerTagger.load(tmp_path))  # type: ignore[arg-type,return-value]
