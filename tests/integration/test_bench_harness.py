"""`newsevents bench` runs all four modes end to end on a tiny corpus (a smoke test, never timed)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from pipeline.bench import run_bench
from pipeline.bench_corpus import format_figures
from pipeline.settings import Settings

pytestmark = pytest.mark.integration


def test_every_mode_reports_its_figures(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path / "data")  # type: ignore[call-arg]
    lines: list[str] = []
    figures, source = run_bench({"stages", "ceiling", "e2e", "scale"}, None, 12, 1, settings,
                                tmp_path / "bench", lines.append)
    by_name = {(f.mode, f.name): f for f in figures}
    for stage in ("extract", "enrich", "classify", "chain"):
        assert by_name["stages", stage].median > 0
    for stage in ("extract", "enrich", "classify"):  # the same passes, timed by the process's CPU
        cpu, wall = by_name["stages", f"{stage}, CPU time"], by_name["stages", stage]
        assert len(cpu.runs) == len(wall.runs) and cpu.median > 0
    assert by_name["ceiling", "consume+produce"].median > 0
    assert by_name["e2e", "throughput"].median > 0
    p50, p95, p99 = (by_name["e2e", f"latency p{q} at half rate"].median for q in (50, 95, 99))
    assert 0 < p50 <= p95 <= p99
    assert by_name["e2e", "worker peak RSS"].median > 50  # MB: the worker loads its models
    assert by_name["e2e", "worker CPU per article"].median > 0
    assert by_name["scale", "1 worker(s)"].median > 0 and by_name["scale", "2 worker(s)"].median > 0
    assert source == "bundled samples (repeated)"
    summary = orjson.loads(format_figures(figures, source, 12).splitlines()[-1])
    assert {"e2e_over_chain", "e2e_over_chain_paired", "chain_cpu_over_worker_cpu",
            "scale_two_over_one", "scale_two_over_one_paired"} <= set(summary)
    paired = by_name["e2e", "throughput / chain, paired"]
    assert len(paired.runs) == len(by_name["e2e", "throughput"].runs) and paired.median > 0
    one, two = by_name["scale", "1 worker(s)"], by_name["scale", "2 worker(s)"]
    assert by_name["scale", "two / one, paired"].runs == (two.runs[0] / one.runs[0],)
    assert by_name["scale", "2 worker(s): CPU per article"].median > 0
    for mode, prefix in (("e2e", ""), ("scale", "1 worker(s): "), ("scale", "2 worker(s): ")):
        assert by_name[mode, f"{prefix}broker CPU per article"].median > 0
        assert by_name[mode, f"{prefix}harness CPU per article"].median > 0
        busy = next(f for f in figures if f.mode == mode and f.name.startswith(f"{prefix}machine busy"))
        assert 0 < busy.median <= 100 and busy.unit == "%"
    assert {f["mode"] for f in summary["figures"]} == {"stages", "ceiling", "e2e", "scale"}
