"""The edge: decoding inputs with precise rejections, encoding outputs, dead-letter envelopes."""

from __future__ import annotations

import datetime as dt

import orjson
import pytest

from pipeline.errors import InvalidJson, MessageTooLarge, SchemaViolation
from pipeline.models import DeadLetter, SourcePosition
from pipeline.serialization import (
    dead_letter,
    decode_article,
    encode,
    header_pairs,
    make_origin,
    schema_headers,
    unb64,
)

VALID = orjson.dumps({"id": "a1", "title": "T", "body": "Talks resumed in Doha.",
                      "published_at": "2025-02-13T09:00:00Z", "extra": {"x": 1}})


def test_decode_valid_article_roundtrips_through_encode() -> None:
    article = decode_article(VALID, 10_000, 1_000)
    again = decode_article(encode(article), 10_000, 1_000)
    assert again == article
    assert orjson.loads(encode(article))["published_at"] == "2025-02-13T09:00:00Z"


@pytest.mark.parametrize(
    ("payload", "error", "stage", "words"),
    [
        (b'{"id": "a1", "body": "cut', InvalidJson, "decode", "invalid JSON"),
        (b"\xff\xfe\x00garbage", InvalidJson, "decode", "UTF-8"),
        (b"[1, 2, 3]", InvalidJson, "decode", "expected a JSON object, got list"),
        (b'"just a string"', InvalidJson, "decode", "got str"),
        (b"[" * 5000 + b"]" * 5000, InvalidJson, "decode", "invalid JSON"),
        (b'{"id": "a1", "published_at": "2025-02-13T09:00:00Z"}', SchemaViolation, "validate",
         "body: Field required"),
        (b'{"id": "a1", "body": "x", "published_at": "2025-02-13"}', SchemaViolation,
         "validate", "published_at"),
    ],
)
def test_decode_rejects_with_stage_and_reason(payload: bytes, error: type[Exception],
                                              stage: str, words: str) -> None:
    with pytest.raises(error) as info:
        decode_article(payload, 1_000_000, 1_000)
    assert info.value.stage == stage  # type: ignore[attr-defined]
    assert words in info.value.reason  # type: ignore[attr-defined]


def test_decode_enforces_byte_and_character_limits() -> None:
    with pytest.raises(MessageTooLarge, match="over the 2048-byte limit"):
        decode_article(VALID + b" " * 3000, 2048, 1_000)
    with pytest.raises(MessageTooLarge, match="over the 10 limit"):
        decode_article(VALID, 10_000, 10)


def test_schema_header_names_schema_and_version() -> None:
    article = decode_article(VALID, 10_000, 1_000)
    assert schema_headers(article) == {"schema": b"article.v1"}


def test_dead_letter_keeps_original_bytes_headers_and_position() -> None:
    now = dt.datetime(2025, 2, 13, 9, 0, tzinfo=dt.UTC)
    position = SourcePosition(topic="news.articles", partition=2, offset=41)
    payload = b"\x00\x01not json"
    origin = make_origin(position, b"key-1", payload, [("trace", b"abc"), ("attempt", b"2")], now)
    letter = dead_letter(origin, "decode", "InvalidJson", "invalid JSON", None, now)
    back = DeadLetter.model_validate_json(encode(letter))
    assert unb64(back.payload_b64) == payload
    assert back.key_b64 is not None
    assert unb64(back.key_b64) == b"key-1"
    assert [(h.key, unb64(h.value_b64)) for h in back.headers] == [("trace", b"abc"), ("attempt", b"2")]
    assert back.source == position
    assert back.attempts == 2
    assert back.first_seen == now


def test_header_pairs_accepts_mappings_lists_and_none() -> None:
    assert header_pairs({"a": b"1"}) == [("a", b"1")]
    assert header_pairs([("a", b"1"), ("b", b"")]) == [("a", b"1"), ("b", b"")]
    assert header_pairs(None) == []
