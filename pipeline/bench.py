"""`newsevents bench`: stage throughput, the transport's ceiling, end to end, and scale-out.

Every figure is the median of several runs with min and max. A benchmark, never a timed test.
This module runs the in-process modes and the whole bench; `bench_broker` the modes on the
embedded broker; `bench_corpus` the corpus split and the figures. `profile` (not part of `all`;
needs py-spy) runs one more end-to-end pass with the worker sampled and reports where its CPU
goes (pipeline.profiling).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from pipeline.bench_broker import run_broker_modes
from pipeline.bench_corpus import Figure, load_corpus, split_corpus
from pipeline.duplicates import DictStore, DuplicateIndex
from pipeline.embedded import DEV_OVERRIDES
from pipeline.processing import Processor
from pipeline.runtime import freeze_startup_heap
from pipeline.serialization import decode_article
from pipeline.settings import Settings
from pipeline.stages.chain import STAGE_ORDER, Resources, StageFailure, load_resources, run_stage
from pipeline.stages.types import Origin, StageName, WorkItem


def _timed(call: Callable[[], object]) -> float:
    began = time.perf_counter()
    call()
    return time.perf_counter() - began


def _timed_twice(call: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call: when other processes take the CPU from the bench
    the two part, and the CPU figure is the code's."""
    wall, cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - wall, time.process_time() - cpu


def bench_stages(payloads: Sequence[bytes], settings: Settings, resources: Resources,
                 runs: int, warmup: Sequence[bytes] = ()) -> list[Figure]:
    """Each stage alone and the whole chain in one process (articles/s, one core).

    Each stage's passes are timed by the wall clock and by the process's CPU time ("enrich, CPU
    time"): the two part when other processes take the CPU from the bench, and agree when the
    machine itself runs slower. Before each timed pass the stages' caches are cleared and the warm-up articles run through
    the chain, so no pass profits from having seen the measured articles before.
    """
    origin = Origin(position=None, key_b64=None, payload_b64="", headers=[],
                    first_seen=decode_article(payloads[0], 10**9, 10**9).published_at)
    items = [WorkItem(article=decode_article(p, 10**9, 10**9), origin=origin) for p in payloads]
    per_stage: dict[str, list[WorkItem]] = {}
    current = items
    for stage in STAGE_ORDER:
        per_stage[stage] = current
        nxt = []
        for item in current:
            result = run_stage(stage, item, resources, 1e12)
            if not isinstance(result, StageFailure):
                nxt.append(result)
        current = nxt
    freeze_startup_heap()  # a worker holds no backlog of thousands of items for the collector to walk
    figures = []
    for stage in STAGE_ORDER:
        batch = per_stage[stage]

        def one_pass(stage: StageName = stage, batch: list[WorkItem] = batch) -> None:
            for item in batch:
                run_stage(stage, item, resources, 1e12)

        passes = []
        for _ in range(runs):
            _warm(warmup, settings, resources)
            passes.append(_timed_twice(one_pass))
        figures.append(Figure("stages", stage, "articles/s",
                              tuple(len(batch) / wall for wall, _ in passes)))
        figures.append(Figure("stages", f"{stage}, CPU time", "articles/s",
                              tuple(len(batch) / max(cpu, 1e-9) for _, cpu in passes)))
    times = []
    for _ in range(runs):
        processor = _warm(warmup, settings, resources)
        times.append(_timed(functools.partial(_chain_pass, processor, payloads)))
    figures.append(Figure("stages", "chain", "articles/s", tuple(len(payloads) / t for t in times)))
    return figures


def _warm(warmup: Sequence[bytes], settings: Settings, resources: Resources) -> Processor:
    """A processor (in-memory duplicate check) whose caches hold the warm-up articles only."""
    resources.clear_caches()
    window = settings.dedup_window_hours * 3600.0
    index = DuplicateIndex(DictStore(), window, settings.dedup_threshold) if window > 0 else None
    processor = Processor(settings, resources, duplicates=index)
    _chain_pass(processor, warmup)
    return processor


def _chain_pass(processor: Processor, payloads: Sequence[bytes]) -> None:
    """Every article through decode, stages, duplicate check and encoding."""
    for payload in payloads:
        processor.process_whole(None, None, payload, None)


def run_bench(modes: set[str], corpus: Path | None, limit: int, runs: int, settings: Settings,
              workdir: Path, log: Callable[[str], None]) -> tuple[list[Figure], str]:
    """Run the chosen modes; returns the figures and the corpus description.

    `limit` articles are the measured set; up to `limit` more, when the corpus has them, feed
    the latency measurement, so it sees articles the worker has not seen yet (`split_corpus`,
    over at most the corpus's first 4 x `limit` lines).
    """
    everything, source = load_corpus(corpus, 4 * limit)
    split = split_corpus(everything, limit)
    figures: list[Figure] = []
    chain: Callable[[], float] | None = None
    if "stages" in modes:
        resources = load_resources()
        freeze_startup_heap()  # as the worker does
        figures += bench_stages(split.measured, settings, resources, runs, split.warmup)

        def chain() -> float:
            processor = _warm(split.warmup, settings, resources)
            return len(split.measured) / _timed(
                functools.partial(_chain_pass, processor, split.measured))

    broker_modes = modes & {"ceiling", "e2e", "scale", "profile"}
    if broker_modes:
        dev = settings.model_copy(update={
            **DEV_OVERRIDES, "topic_partitions": max(settings.topic_partitions, 4)})
        figures += run_broker_modes(broker_modes, split, dev, runs, workdir, log, chain)
    return figures, source
