"""Soak benchmark: a steady article rate into a worker on the embedded broker for N minutes.

Reports throughput, worker RSS after warm-up and at the end, dead letters and the backlog.
Usage: python bench/soak.py [--minutes 10] [--rate 8] [--warmup 120] [--dedup-window-minutes 2]
One input in 50 is malformed (it must come out as a dead letter). The duplicate index holds
about 2 KB per original article for DEDUP_WINDOW_HOURS (24 h by default), which is state, not
a leak; the soak uses a 2-minute window so that, after warm-up, RSS growth measures leaks.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from aiokafka import AIOKafkaProducer

from pipeline.broker import EmbeddedBroker, create_topics, free_port, wait_for_port
from pipeline.clients import TopicReader
from pipeline.embedded import stop_process, worker_command
from pipeline.security import client_options
from pipeline.settings import Settings
from pipeline.synthetic import synthetic_records

BAD_EVERY = 50


def rss_kib(pid: int) -> int:
    """Resident set size of a process, KiB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def soak(settings: Settings, pid: int, minutes: float, rate: float, warmup: float
               ) -> dict[str, object]:
    """Feed at `rate` per second for `minutes`, watching outputs; then drain for up to 2 min."""
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers, acks="all",
                                **client_options(settings))
    await producer.start()
    reader = TopicReader(settings, [settings.topic_annotated, settings.topic_dlq])
    await reader.start()
    sent = annotated = dead = 0
    samples: list[tuple[float, int, int]] = []
    began = time.monotonic()
    end = began + minutes * 60
    next_sample = began
    records = synthetic_records(10**9, seed=int(time.time()))

    async def drain(wait: float) -> None:
        nonlocal annotated, dead
        for record in await reader.poll(wait):
            if record.topic == settings.topic_dlq:
                dead += 1
            else:
                annotated += 1

    try:
        while time.monotonic() < end:
            due = int((time.monotonic() - began) * rate) - sent
            for _ in range(max(due, 0)):
                sent += 1
                if sent % BAD_EVERY == 0:
                    await producer.send(settings.topic_articles, key=b"soak-bad-%d" % sent,
                                        value=b'{"id": "broken", "body": ')
                else:
                    key, value, headers = next(records)
                    await producer.send(settings.topic_articles, key=key, value=value,
                                        headers=headers)
            await drain(0.2)
            now = time.monotonic()
            if now >= next_sample:
                samples.append((round(now - began, 1), rss_kib(pid), annotated + dead))
                print(f"t={now - began:6.0f}s sent={sent} done={annotated + dead} "
                      f"dead={dead} rss={samples[-1][1] / 1024:.1f} MiB", flush=True)
                next_sample += 10
        await producer.flush()
        drain_end = time.monotonic() + 120
        while annotated + dead < sent and time.monotonic() < drain_end:
            await drain(0.5)
        elapsed = time.monotonic() - began
    finally:
        await producer.stop()
        await reader.stop()
    after_warmup = next(s for s in samples if s[0] >= warmup) if samples[-1][0] >= warmup else samples[0]
    final = samples[-1]
    window = final[0] - after_warmup[0]
    return {
        "minutes": minutes, "rate_per_s": rate, "sent": sent, "annotated": annotated,
        "dead_letters": dead, "expected_dead_letters": sent // BAD_EVERY,
        "backlog_at_end": sent - annotated - dead,
        "throughput_per_s": round((annotated + dead) / elapsed, 2),
        "steady_throughput_per_s": round((final[2] - after_warmup[2]) / window, 2) if window else None,
        "rss_start_mib": round(samples[0][1] / 1024, 1),
        "rss_after_warmup_mib": round(after_warmup[1] / 1024, 1),
        "rss_end_mib": round(final[1] / 1024, 1),
        "rss_growth_after_warmup_pct": round(100.0 * (final[1] - after_warmup[1]) / after_warmup[1], 2),
        "rss_samples": samples,
    }


def main() -> int:
    """Run the soak and print a JSON summary; exit 1 if RSS grew 5% or more after warm-up."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=8.0, help="articles per second")
    parser.add_argument("--warmup", type=float, default=120.0, help="seconds")
    parser.add_argument("--out", type=Path, default=Path("soak.json"))
    parser.add_argument("--dedup-window-minutes", type=float, default=2.0)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="newsevents-soak-"))
    with EmbeddedBroker(log_path=workdir / "broker.log") as broker:
        settings = Settings(_env_file=None, broker_url=broker.url, web_port=free_port(),  # type: ignore[call-arg]
                            data_dir=workdir / "data", app_id="newsevents-soak",
                            broker_session_timeout=6.0, broker_heartbeat_interval=1.0)
        asyncio.run(create_topics(settings))
        worker_settings = settings.model_copy(
            update={"dedup_window_hours": args.dedup_window_minutes / 60.0})
        command = worker_command(worker_settings)
        with (workdir / "worker.log").open("ab") as log:
            worker = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                                      start_new_session=True)
        try:
            wait_for_port(settings.web_host, settings.web_port, 90.0)
            result = asyncio.run(soak(settings, worker.pid, args.minutes, args.rate, args.warmup))
        finally:
            stop_process(worker)
    result["workdir"] = str(workdir)
    result["dedup_window_minutes"] = args.dedup_window_minutes
    summary = {k: v for k, v in result.items() if k != "rss_samples"}
    print(json.dumps(summary, indent=1))
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    ok = float(str(result["rss_growth_after_warmup_pct"])) < 5.0 and \
        result["dead_letters"] == result["expected_dead_letters"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
