"""The benchmark's corpus split (the benchmark itself is never a timed test)."""

from __future__ import annotations

import math
import time
from collections import Counter

import orjson

from pipeline.bench_broker import busy_share, machine_ticks
from pipeline.bench_corpus import split_corpus


def _sorted_corpus() -> list[bytes]:
    """A corpus sorted by category, as BBC's is: 300 short articles, then 300 long ones."""
    short = [orjson.dumps({"id": f"s{i}", "body": "Short note."}) for i in range(300)]
    long = [orjson.dumps({"id": f"l{i}", "body": "A much longer report. " * 40}) for i in range(300)]
    return short + long


def _kinds(articles: list[bytes]) -> Counter[str]:
    return Counter(orjson.loads(a)["id"][0] for a in articles)


def test_measured_fresh_and_warmup_sets_share_the_mix_and_never_overlap() -> None:
    measured, fresh, warmup = split_corpus(_sorted_corpus(), 200)
    assert len(measured) == len(fresh) == 200
    assert len(warmup) == 100
    assert not set(measured) & set(fresh)
    assert not set(warmup) & (set(measured) | set(fresh))
    for part in (measured, fresh):
        kinds = _kinds(part)
        assert 70 <= kinds["s"] <= 130, kinds  # the first 200 lines would be all short


def test_split_is_the_same_on_every_run() -> None:
    assert split_corpus(_sorted_corpus(), 100) == split_corpus(_sorted_corpus(), 100)
    assert split_corpus(_sorted_corpus(), 100, seed=1) != split_corpus(_sorted_corpus(), 100)


def test_a_small_corpus_leaves_what_remains_for_latency() -> None:
    measured, fresh, warmup = split_corpus(_sorted_corpus()[:250], 200)
    assert (len(measured), len(fresh), len(warmup)) == (200, 50, 0)


def test_busy_share_is_the_busy_part_of_the_ticks_between_two_readings() -> None:
    assert busy_share((10, 100), (60, 200)) == 50.0
    assert busy_share((10, 100), (110, 200)) == 100.0
    assert math.isnan(busy_share((10, 100), (10, 100)))


def test_machine_ticks_count_busy_within_total_and_only_grow() -> None:
    first = machine_ticks()
    time.sleep(0.05)  # five ticks of each CPU at 100 Hz
    second = machine_ticks()
    assert 0 < first[0] <= first[1] and second[0] >= first[0] and second[1] > first[1]
