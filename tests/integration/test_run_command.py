"""`newsevents run`: the embedded demo starts broker and worker, and stops both when stopped."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.broker import free_port

pytestmark = pytest.mark.integration


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"


def test_run_stops_broker_and_worker_on_sigterm(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "pipeline", "run", "--web-port", str(free_port()),
               "--workdir", str(tmp_path / "run"), "--shared", str(tmp_path / "no-shared")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, cwd=tmp_path)
    pids: dict[str, int] = {}
    lines: list[str] = []
    deadline = time.monotonic() + 120
    assert process.stderr is not None
    try:
        while len(pids) < 2 and time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            lines.append(line)
            if found := re.search(r"embedded broker .* \(pid (\d+)\)", line):
                pids["broker"] = int(found.group(1))
            if found := re.search(r"worker pid (\d+); monitoring at http://127\.0\.0\.1:\d+/", line):
                pids["worker"] = int(found.group(1))
        assert set(pids) == {"broker", "worker"}, lines
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert "inputs:" in err
    for name, pid in pids.items():
        assert not _alive(pid), f"{name} (pid {pid}) still running"
