"""The producer CLI's logic (validate, then send) and the tail consumer."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.clients import Record, TopicReader, produce
from pipeline.errors import RejectedMessage
from pipeline.inputs import open_input, read_inputs
from pipeline.serialization import SCHEMA_HEADER, decode_article, encode
from pipeline.settings import Settings

Message = tuple[bytes | None, bytes, list[tuple[str, bytes]]]


@dataclass(slots=True)
class ProduceResult:
    """How many articles were sent, and which were rejected with what reason."""

    sent: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)


def prepare(settings: Settings, file: str, validate: bool) -> tuple[list[Message], ProduceResult]:
    """Read and validate a file's articles; invalid ones are reported, not sent."""
    stream, name = open_input(file)
    result = ProduceResult()
    messages: list[Message] = []
    for raw in read_inputs(stream, name):
        if not validate:
            messages.append((None, raw.payload, [(SCHEMA_HEADER, b"article.v1")]))
            continue
        try:
            article = decode_article(raw.payload, settings.max_message_bytes,
                                     settings.max_body_chars)
        except RejectedMessage as exc:
            result.rejected.append((raw.where, exc.reason))
            continue
        messages.append((article.id.encode(), encode(article), [(SCHEMA_HEADER, b"article.v1")]))
    return messages, result


def produce_file(settings: Settings, file: str, validate: bool = True) -> ProduceResult:
    """Validate and send a file's articles, with a progress bar on a terminal."""
    import click

    messages, result = prepare(settings, file, validate)
    with click.progressbar(length=len(messages), label="sending", file=sys.stderr,
                           hidden=not sys.stderr.isatty()) as bar:
        result.sent = asyncio.run(produce(settings, settings.topic_articles, messages,
                                          on_sent=lambda: bar.update(1)))
    return result


async def tail(settings: Settings, topic: str, from_beginning: bool, limit: int | None,
               idle_timeout: float | None, show: Callable[[Record], None]) -> int:
    """Print records of a topic until the limit, the idle timeout, or Ctrl-C."""
    reader = TopicReader(settings, [topic])
    await reader.start(from_beginning=from_beginning)
    shown = 0
    last = time.monotonic()
    try:
        while limit is None or shown < limit:
            records = await reader.poll(0.5)
            if records:
                last = time.monotonic()
            elif idle_timeout is not None and time.monotonic() - last > idle_timeout:
                break
            for record in records[: None if limit is None else limit - shown]:
                show(record)
                shown += 1
    finally:
        await reader.stop()
    return shown
