"""Dead-letter replay: list letters, re-inject them into the input topic, park repeat failures.

A replayed record carries the original key, value and headers, an `attempt` header (the
letter's attempts plus one, read back by `make_origin`) and `replay-of: <topic>:<partition>:
<offset>` naming the letter. A letter is handled once it has been replayed (a `replay-of` on the
input topic) or parked (a `parked-from` on the parked topic), so running replay twice re-injects
nothing twice. A letter whose attempts reached `DLQ_MAX_ATTEMPTS`, or whose payload was cut
(an input over the message limit), is parked, not replayed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from dataclasses import dataclass, field

from aiokafka import TopicPartition
from pydantic import ValidationError

from pipeline.clients import Record, TopicReader, produce
from pipeline.models import DeadLetter
from pipeline.serialization import unb64
from pipeline.settings import Settings

REPLAY_OF = "replay-of"
PARKED_FROM = "parked-from"
ATTEMPT = "attempt"

Outbound = tuple[bytes | None, bytes, list[tuple[str, bytes]]]


@dataclass(frozen=True, slots=True)
class Letter:
    """A dead letter as read from its topic, with where it is."""

    where: str
    letter: DeadLetter
    value: bytes


@dataclass(slots=True)
class Plan:
    """What a replay run does: records to re-inject, letters to park, letters left alone."""

    replay: list[tuple[Letter, Outbound]] = field(default_factory=list)
    park: list[tuple[Letter, Outbound]] = field(default_factory=list)
    handled: list[Letter] = field(default_factory=list)
    unmatched: int = 0


def where(record: Record) -> str:
    """The address of a record: topic:partition:offset."""
    return f"{record.topic}:{record.partition}:{record.offset}"


def letters_of(records: list[Record]) -> tuple[list[Letter], list[str]]:
    """Parse dead-letter records; unreadable ones are reported, not dropped silently."""
    letters, bad = [], []
    for record in records:
        try:
            letters.append(Letter(where(record), DeadLetter.model_validate_json(record.value),
                                  record.value))
        except ValidationError as exc:
            bad.append(f"{where(record)}: not a dead letter ({exc.error_count()} errors)")
    return letters, bad


def handled_marks(records: list[Record]) -> set[str]:
    """Letters already replayed or parked, from the marks on the input and parked topics."""
    marks = set()
    for record in records:
        for name in (REPLAY_OF, PARKED_FROM):
            mark = record.header(name)
            if mark is not None:
                marks.add(mark.decode(errors="replace"))
    return marks


def matches(letter: DeadLetter, reason: str | None, since: dt.datetime | None) -> bool:
    """Whether a letter passes the filters (reason: substring of stage, class or reason)."""
    if since is not None and letter.dead_lettered_at < since:
        return False
    if reason is None:
        return True
    needle = reason.lower()
    return any(needle in text.lower() for text in (letter.reason, letter.error_class,
                                                   letter.stage))


def plan(letters: list[Letter], marks: set[str], reason: str | None,
         since: dt.datetime | None, max_attempts: int) -> Plan:
    """Decide, without side effects, what to replay and what to park."""
    result = Plan()
    for item in letters:
        if item.where in marks:
            result.handled.append(item)
            continue
        if not matches(item.letter, reason, since):
            result.unmatched += 1
            continue
        letter = item.letter
        key = unb64(letter.key_b64) if letter.key_b64 is not None else None
        if letter.attempts >= max_attempts or letter.payload_truncated:
            result.park.append((item, (key, item.value, [(PARKED_FROM, item.where.encode())])))
            continue
        headers = [(h.key, unb64(h.value_b64)) for h in letter.headers
                   if h.key not in (ATTEMPT, REPLAY_OF)]
        headers += [(ATTEMPT, str(letter.attempts + 1).encode()),
                    (REPLAY_OF, item.where.encode())]
        result.replay.append((item, (key, unb64(letter.payload_b64), headers)))
    return result


async def read_topic(settings: Settings, topic: str, timeout: float = 60.0) -> list[Record]:
    """Every record of a topic up to its end offsets at the time of the call."""
    reader = TopicReader(settings, [topic])
    await reader.start()
    try:
        consumer = reader.consumer
        parts = list(consumer.assignment())
        ends: dict[TopicPartition, int] = await consumer.end_offsets(parts)
        records: list[Record] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = True
            for tp in parts:
                if await consumer.position(tp) < ends[tp]:
                    done = False
            if done:
                break
            records += await reader.poll(0.5)
        return records
    finally:
        await reader.stop()


async def load(settings: Settings) -> tuple[list[Letter], list[str], set[str]]:
    """The letters, unreadable records and handled marks currently on the broker."""
    letters, bad = letters_of(await read_topic(settings, settings.topic_dlq))
    marks = handled_marks(await read_topic(settings, settings.topic_articles)
                          + await read_topic(settings, settings.topic_dlq_parked))
    return letters, bad, marks


async def execute(settings: Settings, todo: Plan) -> tuple[int, int]:
    """Park, then re-inject: (replayed, parked). Marks are written with the records."""
    parked = await produce(settings, settings.topic_dlq_parked, [r for _, r in todo.park])
    replayed = await produce(settings, settings.topic_articles, [r for _, r in todo.replay])
    return replayed, parked


def replay(settings: Settings, reason: str | None, since: dt.datetime | None,
           dry_run: bool) -> tuple[Plan, list[str], tuple[int, int]]:
    """Load, plan and (unless dry_run) execute a replay."""
    letters, bad, marks = asyncio.run(load(settings))
    todo = plan(letters, marks, reason, since, settings.dlq_max_attempts)
    done = (0, 0) if dry_run else asyncio.run(execute(settings, todo))
    return todo, bad, done


def describe(item: Letter, marks: set[str]) -> str:
    """One line about a letter for `newsevents dlq list`."""
    letter = item.letter
    status = "handled" if item.where in marks else "pending"
    return (f"{item.where}\t{status}\tattempts={letter.attempts}\t{letter.stage}/"
            f"{letter.error_class}\t{letter.dead_lettered_at.isoformat(timespec='seconds')}\t"
            f"{letter.article_id or '-'}\t{letter.reason[:160]}")


def list_letters(settings: Settings, reason: str | None, since: dt.datetime | None
                 ) -> tuple[list[str], list[str]]:
    """Lines describing the matching letters, and unreadable records."""
    letters, bad, marks = asyncio.run(load(settings))
    return [describe(item, marks) for item in letters if matches(item.letter, reason, since)], bad
