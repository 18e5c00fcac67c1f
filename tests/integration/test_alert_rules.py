"""The alert rules load in Prometheus' own checker and fire when they should (promtool)."""

from __future__ import annotations

import subprocess

import pytest

from ..conftest import ROOT
from .system_tools import require

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def promtool() -> str:
    return require(("promtool",), ("prometheus",))["promtool"]


def test_promtool_check_rules(promtool: str) -> None:
    done = subprocess.run([promtool, "check", "rules", str(ROOT / "ops" / "alerts.yml")],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout + done.stderr


def test_promtool_alert_unit_tests(promtool: str) -> None:
    done = subprocess.run([promtool, "test", "rules", "alerts.test.yml"], cwd=ROOT / "ops",
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
