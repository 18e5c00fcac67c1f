"""Sampling profiles of a worker during a benchmark run, summarised by where the time goes.

py-spy (an optional tool: `pip install py-spy`) samples the worker process while it holds the
GIL, so the shares are CPU, not waiting. `summarise` files each sample under the first
category whose pattern occurs in its stack: the pipeline's own work (what the in-process chain
also does) first, then the framework (faust, aiokafka, monitoring).
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# (category, patterns); the first category with a pattern in a sample's stack takes it.
CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("stage: extract", ("_extract (pipeline/stages/chain.py",)),
    ("stage: enrich", ("_enrich (pipeline/stages/chain.py",)),
    ("stage: classify", ("_classify (pipeline/stages/chain.py",)),
    ("decode + input guards", ("Processor._decode (",)),
    ("duplicate check", ("Processor._deduplicate (",)),
    ("assemble and encode outputs", ("Processor._publish (",)),
    ("encode work items", ("Processor._forward (",)),
    ("decode work items", ("decode_work (pipeline/serialization.py",)),
    ("monitoring", ("pipeline/monitoring/",)),
    ("produce (faust, aiokafka)", ("aiokafka/producer/", "faust/transport/producer.py",
                                   "Topics.send (", "aiokafka/conn.py", "aiokafka/client.py")),
    ("consume (faust, aiokafka)", ("aiokafka/consumer/", "faust/transport/consumer.py",
                                   "faust/transport/conductor.py", "faust/streams.py")),
    ("duplicate table (faust)", ("faust/tables/",)),
    ("agent loop", ("pipeline/agents.py", "faust/agents/")),
)
PIPELINE_WORK = frozenset({"stage: extract", "stage: enrich", "stage: classify",
                           "decode + input guards", "duplicate check",
                           "assemble and encode outputs"})
OTHER = "event loop and other"


@dataclass(frozen=True, slots=True)
class Share:
    """One category's share of the samples."""

    category: str
    share: float

    @property
    def pipeline_work(self) -> bool:
        """True for work the in-process chain does too."""
        return self.category in PIPELINE_WORK


def summarise(raw: str) -> list[Share]:
    """Shares per category of a py-spy raw profile (`frame;frame;... count` lines), largest first."""
    counts: Counter[str] = Counter()
    for line in raw.splitlines():
        stack, _, number = line.rpartition(" ")
        if not stack or not number.isdigit():
            continue
        category = next((name for name, patterns in CATEGORIES
                         if any(p in stack for p in patterns)), OTHER)
        counts[category] += int(number)
    total = sum(counts.values())
    return [Share(name, n / total) for name, n in counts.most_common()] if total else []


class Sampler:
    """py-spy recording one process until stopped; writes a raw profile."""

    def __init__(self, pid: int, out: Path, rate: int = 200) -> None:
        beside = Path(sys.executable).parent / "py-spy"
        spy = str(beside) if beside.exists() else shutil.which("py-spy")
        if spy is None:
            raise RuntimeError("py-spy is not installed (pip install py-spy)")
        out.parent.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.process = subprocess.Popen(  # noqa: S603 - our own arguments
            [spy, "record", "--pid", str(pid), "--rate", str(rate), "--gil", "--format", "raw",
             "--output", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop(self) -> list[Share]:
        """Stop sampling (py-spy writes its file on SIGINT) and summarise the profile."""
        self.process.send_signal(signal.SIGINT)
        self.process.wait(timeout=60)
        return summarise(self.out.read_text()) if self.out.exists() else []
