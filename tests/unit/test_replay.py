"""Replay planning: filters, attempt headers, parking, and letters already handled."""

from __future__ import annotations

import datetime as dt

from pipeline.clients import Record
from pipeline.models import SourcePosition
from pipeline.replay import handled_marks, letters_of, plan
from pipeline.serialization import dead_letter, encode, make_origin

NOW = dt.datetime(2025, 2, 12, 12, 0, tzinfo=dt.UTC)


def _record(offset: int, attempts: int, reason: str, payload: bytes = b'{"id": "a"}',
            max_payload: int | None = None) -> Record:
    headers = [("trace", b"x"), ("attempt", str(attempts).encode())]
    origin = make_origin(SourcePosition(topic="news.articles", partition=0, offset=offset),
                         b"key-%d" % offset, payload, headers, NOW)
    letter = dead_letter(origin, "enrich", "TimeoutError", reason, None,
                         NOW + dt.timedelta(minutes=offset), max_payload)
    return Record("news.dlq", 1, offset, b"key-%d" % offset, encode(letter), ())


def test_plan_replays_parks_and_skips() -> None:
    records = [_record(0, 1, "gazetteer timed out"), _record(1, 3, "gazetteer timed out"),
               _record(2, 1, "other failure"), _record(3, 1, "gazetteer timed out"),
               _record(4, 1, "gazetteer timed out", b"x" * 5000, max_payload=1024)]
    letters, bad = letters_of([*records, Record("news.dlq", 1, 9, None, b"junk", ())])
    assert len(letters) == 5 and len(bad) == 1
    marks = handled_marks([Record("news.articles", 0, 7, b"key-3", b"{}",
                                  (("replay-of", b"news.dlq:1:3"),))])
    todo = plan(letters, marks, "timed OUT", NOW + dt.timedelta(seconds=1), max_attempts=3)
    assert [item.where for item, _ in todo.replay] == []
    todo = plan(letters, marks, "timed OUT", None, max_attempts=3)
    assert [item.where for item, _ in todo.replay] == ["news.dlq:1:0"]
    assert sorted(item.where for item, _ in todo.park) == ["news.dlq:1:1", "news.dlq:1:4"]
    assert [item.where for item in todo.handled] == ["news.dlq:1:3"]
    assert todo.unmatched == 1
    key, value, headers = todo.replay[0][1]
    assert (key, value) == (b"key-0", b'{"id": "a"}')
    assert headers == [("trace", b"x"), ("attempt", b"2"), ("replay-of", b"news.dlq:1:0")]
    assert dict(todo.park[0][1][2])["parked-from"] in (b"news.dlq:1:1", b"news.dlq:1:4")


def test_since_filters_by_dead_letter_time() -> None:
    letters, _ = letters_of([_record(i, 1, "timed out") for i in range(5)])
    todo = plan(letters, set(), None, NOW + dt.timedelta(minutes=3), max_attempts=3)
    assert [item.where for item, _ in todo.replay] == ["news.dlq:1:3", "news.dlq:1:4"]
