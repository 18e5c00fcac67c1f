"""`newsevents bench`: stage throughput, the transport's ceiling, end to end, and scale-out.

Every figure is the median of several runs with min and max. A benchmark, never a timed test.
`profile` (not part of `all`; needs py-spy) runs one more end-to-end pass with the worker
sampled and reports where its CPU goes (pipeline.profiling).
"""

from __future__ import annotations

import asyncio
import functools
import os
import random
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from pipeline.broker import EmbeddedBroker, create_topics, free_port
from pipeline.clients import TopicReader, produce
from pipeline.duplicates import DictStore, DuplicateIndex
from pipeline.embedded import DEV_TIMEOUTS, start_worker, stop_process
from pipeline.inputs import sample_articles
from pipeline.processing import Processor
from pipeline.profiling import Sampler, Share
from pipeline.runtime import freeze_startup_heap
from pipeline.serialization import decode_article
from pipeline.settings import Settings
from pipeline.stages.chain import STAGE_ORDER, Resources, StageFailure, load_resources, run_stage
from pipeline.stages.types import Origin, StageName, WorkItem

BENCH_PUBLISHED = "2025-02-13T09:00:00Z"
CORPUS_SEED = 20251130  # fixed: every run and every machine draws the same articles


@dataclass(frozen=True, slots=True)
class Figure:
    """One measured quantity over several runs."""

    mode: str
    name: str
    unit: str
    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        """Median over runs."""
        return statistics.median(self.runs)

    def as_json(self) -> dict[str, object]:
        """The figure as a JSON-ready dict."""
        return {"mode": self.mode, "name": self.name, "unit": self.unit,
                "median": round(self.median, 3), "min": round(min(self.runs), 3),
                "max": round(max(self.runs), 3), "runs": len(self.runs)}


def load_corpus(path: Path | None, limit: int) -> tuple[list[bytes], str]:
    """Article payloads from a JSONL corpus (id, title, body), or the bundled samples."""
    payloads: list[bytes] = []
    if path is not None and path.exists():
        with path.open("rb") as f:
            for line in f:
                row = orjson.loads(line)
                payloads.append(orjson.dumps({
                    "id": str(row["id"]), "title": row.get("title", ""), "body": row["body"],
                    "published_at": row.get("published_at", BENCH_PUBLISHED)}))
                if len(payloads) >= limit:
                    break
        return payloads, str(path)
    samples = [raw.payload for raw in sample_articles()]
    while len(payloads) < limit:
        for i, payload in enumerate(samples):
            data = orjson.loads(payload)
            data["id"] = f"{data['id']}-{len(payloads) + i}"
            payloads.append(orjson.dumps(data))
    return payloads[:limit], "bundled samples (repeated)"


class CorpusSplit(NamedTuple):
    """Disjoint article sets drawn from one seeded shuffle of a corpus."""

    measured: list[bytes]  # the throughput runs
    fresh: list[bytes]  # the latency phase: articles the worker has not seen
    warmup: list[bytes]  # processed before every measured pass, in process and in the worker


def split_corpus(articles: Sequence[bytes], limit: int,
                 seed: int = CORPUS_SEED) -> CorpusSplit:
    """The measured set (`limit` articles), up to `limit` fresh ones and up to `limit // 2` warm-up.

    All come from one seeded shuffle: corpora are often sorted (BBC is, by category), and a
    latency phase fed longer articles than the measured set would run above half load. The
    warm-up set puts the in-process passes and the worker in the same state: caches filled from
    other articles, as in a worker that has been running, but none of the measured ones.
    """
    shuffled = list(articles)
    random.Random(seed).shuffle(shuffled)  # noqa: S311 - a sample, not a secret
    return CorpusSplit(shuffled[:limit], shuffled[limit : 2 * limit],
                       shuffled[2 * limit : 2 * limit + limit // 2])


def _timed(call: Callable[[], object]) -> float:
    began = time.perf_counter()
    call()
    return time.perf_counter() - began


def bench_stages(payloads: Sequence[bytes], settings: Settings, resources: Resources,
                 runs: int, warmup: Sequence[bytes] = ()) -> list[Figure]:
    """Each stage alone and the whole chain in one process (articles/s, one core).

    Before each timed pass the stages' caches are cleared and the warm-up articles run through
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

        times = []
        for _ in range(runs):
            _warm(warmup, settings, resources)
            times.append(_timed(one_pass))
        figures.append(Figure("stages", stage, "articles/s", tuple(len(batch) / t for t in times)))
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


async def _ceiling_once(settings: Settings, payloads: Sequence[bytes], source: str,
                        sink: str) -> float:
    """Consume `source` and re-produce every record to `sink` with no processing."""
    await produce(settings, source, [(str(i).encode(), p, []) for i, p in enumerate(payloads)])
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.bootstrap_servers, group_id=None,
                                enable_auto_commit=False, auto_offset_reset="earliest",
                                fetch_max_wait_ms=settings.consumer_fetch_max_wait_ms)
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers, acks="all")
    await consumer.start()
    await producer.start()
    try:
        parts = consumer.partitions_for_topic(source) or set()
        consumer.assign([TopicPartition(source, p) for p in parts])
        began = time.perf_counter()
        moved = 0
        pending = []
        while moved < len(payloads):
            batches = await consumer.getmany(timeout_ms=200)
            for records in batches.values():
                for r in records:
                    pending.append(await producer.send(sink, r.value, key=r.key))
                    moved += 1
        await asyncio.gather(*pending)
        return moved / (time.perf_counter() - began)
    finally:
        await consumer.stop()
        await producer.stop()


async def _drain_outputs(settings: Settings, reader: TopicReader, expected: int,
                         sent_at: dict[bytes, float] | None, timeout: float
                         ) -> tuple[float, list[float]]:
    """Wait for `expected` annotated or dead-lettered records; return end time and latencies."""
    done = 0
    latencies: list[float] = []
    deadline = time.monotonic() + timeout
    end = time.perf_counter()
    while done < expected and time.monotonic() < deadline:
        for record in await reader.poll(0.01):
            if record.topic in (settings.topic_annotated, settings.topic_dlq):
                done += 1
                end = time.perf_counter()
                if sent_at is not None and record.key in sent_at:
                    latencies.append((end - sent_at[record.key]) * 1000.0)
    if done < expected:
        raise TimeoutError(f"only {done} of {expected} outputs within {timeout:.0f}s")
    return end, latencies


def _rss_peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024.0
    return float("nan")


@dataclass(frozen=True, slots=True)
class E2EResult:
    """One end-to-end run: throughput, latency percentiles at half rate, worker peak RSS."""

    throughput: float
    latencies_ms: tuple[float, ...]
    peak_rss_mb: float
    worker_cpu_ms: float
    broker_cpu_ms: float
    profile: tuple[Share, ...] = ()


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100.0 * (len(ordered) - 1)))]


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _e2e_once(settings: Settings, payloads: Sequence[bytes], workers: int, workdir: Path,
                    latency: bool, broker_pid: int, profile: Path | None = None,
                    fresh: Sequence[bytes] = (), warmup: Sequence[bytes] = ()) -> E2EResult:
    """After the warm-up articles (untimed), N articles as fast as the worker takes them; then,
    optionally, latency at half that rate over `fresh` articles (the throughput set again, under
    other ids, when there are none)."""
    await create_topics(settings)
    procs = [start_worker(settings.model_copy(update={"web_port": free_port()}),
                          workdir / f"worker-{i}.log") for i in range(workers)]
    reader = TopicReader(settings, [settings.topic_annotated, settings.topic_dlq])
    try:
        await reader.start()
        warm = [orjson.loads(p) for p in warmup] or [
            orjson.loads(p) | {"id": f"warmup-{i}"} for i, p in enumerate(payloads[:8])]
        await produce(settings, settings.topic_articles,
                      [(w["id"].encode(), orjson.dumps(w), []) for w in warm])
        await _drain_outputs(settings, reader, len(warm), None, 600)
        keyed: list[tuple[bytes | None, bytes, list[tuple[str, bytes]]]] = [
            (orjson.loads(p)["id"].encode(), p, []) for p in payloads]
        sampler = Sampler(procs[0].pid, profile) if profile is not None else None
        cpu_before = [cpu_seconds(p.pid) for p in procs], cpu_seconds(broker_pid)
        began = time.perf_counter()
        await produce(settings, settings.topic_articles, keyed)
        end, _ = await _drain_outputs(settings, reader, len(keyed), None, 600)
        shares = tuple(sampler.stop()) if sampler is not None else ()
        throughput = len(keyed) / (end - began)
        worker_cpu = sum(cpu_seconds(p.pid) for p in procs) - sum(cpu_before[0])
        broker_cpu = cpu_seconds(broker_pid) - cpu_before[1]
        lat: list[float] = []
        if latency:
            lat = await _latency_at(settings, reader, fresh or payloads, throughput / 2)
        return E2EResult(throughput, tuple(lat), max(_rss_peak_mb(p.pid) for p in procs),
                         1000.0 * worker_cpu / len(keyed), 1000.0 * broker_cpu / len(keyed),
                         shares)
    finally:
        await reader.stop()
        for proc in procs:
            stop_process(proc)


async def _latency_at(settings: Settings, reader: TopicReader, payloads: Sequence[bytes],
                      rate: float) -> list[float]:
    """Produce at a fixed rate for about 20 s and measure produce → annotated latency."""
    count = min(len(payloads), max(200, int(rate * 20)))
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers, acks="all",
                                linger_ms=0)
    await producer.start()
    sent_at: dict[bytes, float] = {}
    try:
        drain = asyncio.create_task(_drain_outputs(settings, reader, count, sent_at, 600))
        start = time.perf_counter()
        for i, payload in enumerate(payloads[:count]):
            data = orjson.loads(payload) | {"id": f"lat-{i}"}
            key = data["id"].encode()
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            sent_at[key] = time.perf_counter()
            await producer.send(settings.topic_articles, orjson.dumps(data), key=key)
        _, latencies = await drain
        return latencies
    finally:
        await producer.stop()


def _isolated(settings: Settings, broker: EmbeddedBroker, tag: str, workdir: Path) -> Settings:
    """Settings with their own topics, group and data dir, so runs don't see each other."""
    names = {f"topic_{r}": f"bench.{tag}.{r}" for r in
             ("articles", "extracted", "enriched", "annotated", "events", "dlq")}
    return settings.model_copy(update={"broker_url": broker.url, "app_id": f"bench-{tag}",
                                       "data_dir": workdir / tag, "web_enabled": True, **names})


def run_broker_modes(modes: set[str], split: CorpusSplit, settings: Settings, runs: int,
                     workdir: Path, log: Callable[[str], None],
                     chain: Callable[[], float] | None = None) -> list[Figure]:
    """The modes that need the embedded broker: ceiling, e2e, scale.

    With `chain` (an in-process chain pass returning articles/s), each e2e run is followed by
    one, and their ratio is reported per pair: the machine's speed drifts by 20-40 % over a
    bench run, which a ratio of medians taken minutes apart mixes into the overhead.
    """
    payloads, fresh, warmup = split
    figures: list[Figure] = []
    workdir.mkdir(parents=True, exist_ok=True)
    with EmbeddedBroker(log_path=workdir / "broker.log") as broker:
        pid = broker.process.pid if broker.process else 0
        if "ceiling" in modes:
            rates = []
            for r in range(runs):
                live = _isolated(settings, broker, f"ceiling{r}", workdir)
                asyncio.run(create_topics(live))
                rates.append(asyncio.run(_ceiling_once(live, payloads, live.topic_articles,
                                                       live.topic_annotated)))
                log(f"ceiling run {r + 1}: {rates[-1]:.0f} messages/s")
            figures.append(Figure("ceiling", "consume+produce", "messages/s", tuple(rates)))
        if "e2e" in modes:
            results, paired = [], []
            for r in range(runs):
                live = _isolated(settings, broker, f"e2e{r}", workdir)
                results.append(asyncio.run(_e2e_once(live, payloads, 1, workdir, latency=True,
                                                     broker_pid=pid, fresh=fresh,
                                                     warmup=warmup)))
                log(f"e2e run {r + 1}: {results[-1].throughput:.1f} articles/s")
                if chain is not None:
                    rate = chain()
                    paired.append(results[-1].throughput / rate)
                    log(f"chain beside e2e run {r + 1}: {rate:.1f} articles/s")
            figures.append(Figure("e2e", "throughput", "articles/s",
                                  tuple(x.throughput for x in results)))
            if paired:
                figures.append(Figure("e2e", "throughput / chain, paired", "ratio",
                                      tuple(paired)))
            for q in (50, 95, 99):
                figures.append(Figure("e2e", f"latency p{q} at half rate", "ms",
                                      tuple(_percentile(x.latencies_ms, q) for x in results)))
            figures.append(Figure("e2e", "worker peak RSS", "MB",
                                  tuple(x.peak_rss_mb for x in results)))
            figures.append(Figure("e2e", "worker CPU per article", "ms",
                                  tuple(x.worker_cpu_ms for x in results)))
            figures.append(Figure("e2e", "broker CPU per article", "ms",
                                  tuple(x.broker_cpu_ms for x in results)))
        if "scale" in modes:
            for workers in (1, 2):
                rates = []
                for r in range(runs):
                    live = _isolated(settings, broker, f"scale{workers}w{r}", workdir)
                    res = asyncio.run(_e2e_once(live, payloads, workers, workdir, latency=False,
                                                broker_pid=pid, warmup=warmup))
                    rates.append(res.throughput)
                    log(f"scale {workers} worker(s) run {r + 1}: {rates[-1]:.1f} articles/s")
                figures.append(Figure("scale", f"{workers} worker(s)", "articles/s", tuple(rates)))
        if "profile" in modes:
            live = _isolated(settings, broker, "profile", workdir)
            result = asyncio.run(_e2e_once(live, payloads, 1, workdir, latency=False,
                                           broker_pid=pid, profile=workdir / "worker-profile.txt",
                                           warmup=warmup))
            log(f"profile: {workdir / 'worker-profile.txt'} (py-spy raw, GIL-holding samples)")
            figures += [Figure("profile", s.category, "% of worker CPU", (100.0 * s.share,))
                        for s in result.profile]
            own = sum(s.share for s in result.profile if s.pipeline_work)
            figures.append(Figure("profile", "= pipeline work", "% of worker CPU", (100.0 * own,)))
    return figures


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
            **DEV_TIMEOUTS, "topic_partitions": max(settings.topic_partitions, 4)})
        figures += run_broker_modes(broker_modes, split, dev, runs, workdir, log, chain)
    return figures, source


def format_figures(figures: Sequence[Figure], source: str, count: int,
                   topology: str = "fused") -> str:
    """A table and a final JSON line."""
    lines = [f"corpus: {source} ({count} articles); worker topology: {topology}",
             f"{'mode':<9} {'figure':<28} {'median':>10} {'min':>10} {'max':>10}  unit"]
    for f in figures:
        digits = 3 if f.unit == "ratio" else 1
        lines.append(f"{f.mode:<9} {f.name:<28} {f.median:>10.{digits}f} "
                     f"{min(f.runs):>10.{digits}f} {max(f.runs):>10.{digits}f}  {f.unit}")
    summary: dict[str, object] = {"corpus": source, "articles": count, "topology": topology,
                                  "figures": [f.as_json() for f in figures]}
    chain = next((f for f in figures if f.name == "chain"), None)
    e2e = next((f for f in figures if f.mode == "e2e" and f.name == "throughput"), None)
    if chain and e2e:
        summary["e2e_over_chain"] = round(e2e.median / chain.median, 3)
    paired = next((f for f in figures if f.name == "throughput / chain, paired"), None)
    if paired:
        summary["e2e_over_chain_paired"] = round(paired.median, 3)
    cpu = next((f for f in figures if f.name == "worker CPU per article"), None)
    if chain and cpu:
        summary["chain_cpu_over_worker_cpu"] = round(1000.0 / chain.median / cpu.median, 3)
    one = next((f for f in figures if f.name == "1 worker(s)"), None)
    two = next((f for f in figures if f.name == "2 worker(s)"), None)
    if one and two:
        summary["scale_two_over_one"] = round(two.median / one.median, 3)
    lines.append(orjson.dumps(summary).decode())
    return "\n".join(lines)
