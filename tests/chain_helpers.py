"""Drive a Processor the way the agents do: accept, then advance through internal topics."""

from __future__ import annotations

from pipeline.models import SourcePosition
from pipeline.processing import Outgoing, Processor
from pipeline.stages.chain import STAGE_ORDER

INTERNAL = ("extracted", "enriched")


def run_through(processor: Processor, key: bytes | None, payload: bytes,
                offset: int = 0, headers: list[tuple[str, bytes]] | None = None) -> list[Outgoing]:
    """Every record an input ends up producing on the output topics."""
    position = SourcePosition(topic="news.articles", partition=0, offset=offset)
    records = processor.accept(position, key, payload, headers or [])
    for stage in STAGE_ORDER[1:]:
        internal = [r for r in records if r.role in INTERNAL]
        if not internal:
            break
        assert len(internal) == 1
        records = [r for r in records if r.role not in INTERNAL]
        records += processor.advance(stage, internal[0].value)
    return records


def terminal(records: list[Outgoing]) -> Outgoing:
    """The one annotated record or dead letter among the outputs."""
    final = [r for r in records if r.role in ("annotated", "dlq")]
    assert len(final) == 1, [r.role for r in records]
    return final[0]
