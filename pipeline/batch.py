"""Batch mode: the same stages over a file, no broker."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import BinaryIO

import orjson

from pipeline.inputs import RawInput
from pipeline.processing import Processor


@dataclass(slots=True)
class BatchSummary:
    """Counts of one batch run."""

    inputs: int = 0
    annotated: int = 0
    events: int = 0
    dead_letters: list[tuple[str, str]] = field(default_factory=list)


def process_inputs(processor: Processor, inputs: Iterable[RawInput], annotated_out: BinaryIO,
                   events_out: BinaryIO | None, dlq_out: BinaryIO | None,
                   on_item: Callable[[], None] | None = None) -> BatchSummary:
    """Run every stage on each input in order, writing JSON lines; dead letters are reported."""
    summary = BatchSummary()
    for raw in inputs:
        summary.inputs += 1
        for record in processor.process_whole(None, None, raw.payload, None):
            if record.role == "annotated":
                summary.annotated += 1
                annotated_out.write(record.value + b"\n")
            elif record.role == "events":
                summary.events += 1
                if events_out is not None:
                    events_out.write(record.value + b"\n")
            else:
                letter = orjson.loads(record.value)
                summary.dead_letters.append((raw.where, f"{letter['stage']}: {letter['reason']}"))
                if dlq_out is not None:
                    dlq_out.write(record.value + b"\n")
        if on_item:
            on_item()
    return summary
