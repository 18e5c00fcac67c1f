"""The benchmark modes that run on the embedded broker: ceiling, e2e, scale and profile."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from pipeline.bench_corpus import CorpusSplit, Figure
from pipeline.broker import EmbeddedBroker, create_topics, free_port
from pipeline.clients import TopicReader, produce
from pipeline.embedded import start_worker, stop_process
from pipeline.profiling import Sampler, Share
from pipeline.settings import Settings


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


async def _await_outputs(settings: Settings, reader: TopicReader, expected: int,
                         timeout: float) -> float:
    """Wait for `expected` more annotated or dead-lettered records from a paused `reader`;
    return when the last was read.

    Reading every output with 10 ms polls costs the harness and the broker more CPU than the
    reading itself (100 fetches a second), which a two-core machine takes from the worker it
    measures. So while most outputs are still to come, the harness only asks for end offsets,
    after a quarter of the time the rest should take (at most 0.25 s); then, about a second
    before the end, it reads and counts the records. End offsets only decide when to start
    reading (some brokers report the start of the last batch, not its end), never the count."""
    began = time.monotonic()
    first = seen = await reader.written()
    while (rest := first + expected - seen) > 0:
        waited = time.monotonic() - began
        rate = (seen - first) / max(waited, 1e-3)
        if (rest / rate < 1.0) if rate else waited > 5.0:  # no progress seen: just read
            break
        await asyncio.sleep(min(0.25, rest / rate / 4 if rate else 0.25))
        seen = await reader.written()
    reader.resume()
    end, _ = await _drain_outputs(settings, reader, expected, None,
                                  timeout - (time.monotonic() - began))
    return end


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
    harness_cpu_ms: float  # this process: producing the articles, counting the outputs
    machine_busy_pct: float  # all CPUs, whatever runs on them
    profile: tuple[Share, ...] = ()


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100.0 * (len(ordered) - 1)))]


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_ticks() -> tuple[int, int]:
    """Busy and total clock ticks of all the machine's CPUs so far (/proc/stat; idle and iowait
    count as not busy)."""
    ticks = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return sum(ticks) - ticks[3] - ticks[4], sum(ticks)


def busy_share(before: tuple[int, int], after: tuple[int, int]) -> float:
    """Share of the machine's CPU time that was busy between two `machine_ticks` readings, in %."""
    total = after[1] - before[1]
    return 100.0 * (after[0] - before[0]) / total if total > 0 else float("nan")


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
        reader.pause()
        keyed: list[tuple[bytes | None, bytes, list[tuple[str, bytes]]]] = [
            (orjson.loads(p)["id"].encode(), p, []) for p in payloads]
        sampler = Sampler(procs[0].pid, profile) if profile is not None else None
        cpu_before = [cpu_seconds(p.pid) for p in procs], cpu_seconds(broker_pid)
        harness_before, machine_before = time.process_time(), machine_ticks()
        began = time.perf_counter()
        await produce(settings, settings.topic_articles, keyed)
        end = await _await_outputs(settings, reader, len(keyed), 600)
        harness_cpu, busy = time.process_time() - harness_before, busy_share(machine_before,
                                                                            machine_ticks())
        shares = tuple(sampler.stop()) if sampler is not None else ()
        throughput = len(keyed) / (end - began)
        worker_cpu = sum(cpu_seconds(p.pid) for p in procs) - sum(cpu_before[0])
        broker_cpu = cpu_seconds(broker_pid) - cpu_before[1]
        lat: list[float] = []
        if latency:
            lat = await _latency_at(settings, reader, fresh or payloads, throughput / 2)
        return E2EResult(throughput, tuple(lat), max(_rss_peak_mb(p.pid) for p in procs),
                         1000.0 * worker_cpu / len(keyed), 1000.0 * broker_cpu / len(keyed),
                         1000.0 * harness_cpu / len(keyed), busy, shares)
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


def _machine_figures(mode: str, prefix: str, results: Sequence[E2EResult]) -> list[Figure]:
    """What else the machine spent during the throughput runs: the broker's and the harness's CPU
    per article, and how busy all CPUs were (near 100 %, the machine itself caps the rate)."""
    return [Figure(mode, f"{prefix}broker CPU per article", "ms",
                   tuple(x.broker_cpu_ms for x in results)),
            Figure(mode, f"{prefix}harness CPU per article", "ms",
                   tuple(x.harness_cpu_ms for x in results)),
            Figure(mode, f"{prefix}machine busy ({os.cpu_count()} CPUs)", "%",
                   tuple(x.machine_busy_pct for x in results))]


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
    bench run, which a ratio of medians taken minutes apart mixes into the overhead. For the
    same reason `scale` alternates its one- and two-worker runs and reports their ratio per pair.
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
            figures += _machine_figures("e2e", "", results)
        if "scale" in modes:
            by_workers: dict[int, list[E2EResult]] = {1: [], 2: []}
            for r in range(runs):  # one and two workers alternate: each pair sees one machine
                for workers in (1, 2):
                    live = _isolated(settings, broker, f"scale{workers}w{r}", workdir)
                    res = asyncio.run(_e2e_once(live, payloads, workers, workdir, latency=False,
                                                broker_pid=pid, warmup=warmup))
                    by_workers[workers].append(res)
                    log(f"scale {workers} worker(s) run {r + 1}: {res.throughput:.1f} articles/s")
            for n in (1, 2):
                figures.append(Figure("scale", f"{n} worker(s)", "articles/s",
                                      tuple(x.throughput for x in by_workers[n])))
                figures.append(Figure("scale", f"{n} worker(s): CPU per article", "ms",
                                      tuple(x.worker_cpu_ms for x in by_workers[n])))
                figures += _machine_figures("scale", f"{n} worker(s): ", by_workers[n])
            figures.append(Figure("scale", "two / one, paired", "ratio", tuple(
                two.throughput / one.throughput
                for one, two in zip(by_workers[1], by_workers[2], strict=True))))
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
