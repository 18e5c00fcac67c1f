"""The edge: bytes in, validated models out, and back. orjson parses, pydantic validates."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterable, Mapping

import orjson
from pydantic import BaseModel, ValidationError

from pipeline.errors import InvalidJson, MessageTooLarge, SchemaViolation
from pipeline.models import (
    AnnotatedArticle,
    Article,
    DeadLetter,
    EventRecord,
    Header,
    SourcePosition,
)
from pipeline.stages.types import Origin, WorkItem

SCHEMA_HEADER = "schema"
SCHEMAS: dict[type[BaseModel], str] = {
    Article: "article.v1",
    AnnotatedArticle: "annotated-article.v1",
    EventRecord: "event.v2",
    DeadLetter: "dead-letter.v1",
    WorkItem: "work-item.v1",
}

Headers = Mapping[str, bytes] | Iterable[tuple[str, bytes]] | None


def b64(data: bytes) -> str:
    """Standard base64 text of some bytes."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Bytes of standard base64 text."""
    return base64.b64decode(text.encode("ascii"), validate=True)


def header_pairs(headers: Headers) -> list[tuple[str, bytes]]:
    """Kafka headers as a list of (key, bytes) pairs, whatever the client handed us."""
    if headers is None:
        return []
    items = headers.items() if isinstance(headers, Mapping) else headers
    return [(str(k), bytes(v) if v is not None else b"") for k, v in items]


def schema_headers(model: BaseModel, extra: Mapping[str, bytes] | None = None) -> dict[str, bytes]:
    """The headers every produced record carries: its schema name and version."""
    headers = {SCHEMA_HEADER: SCHEMAS[type(model)].encode()}
    if extra:
        headers.update(extra)
    return headers


def _describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors(include_url=False, include_input=False)[:5]:
        where = ".".join(str(p) for p in item["loc"]) or "message"
        parts.append(f"{where}: {item['msg'].removeprefix('Value error, ')}")
    return "; ".join(parts)


def decode_article(payload: bytes, max_bytes: int, max_body_chars: int) -> Article:
    """Parse and validate one input message, or raise a RejectedMessage saying why."""
    if len(payload) > max_bytes:
        raise MessageTooLarge("decode", f"message is {len(payload)} bytes, over the {max_bytes}-byte limit")
    try:
        data = orjson.loads(payload)
    except orjson.JSONDecodeError as exc:
        reason = "not valid UTF-8" if "not valid utf-8" in str(exc).lower() else f"invalid JSON: {exc}"
        raise InvalidJson("decode", reason) from None
    if not isinstance(data, dict):
        raise InvalidJson("decode", f"expected a JSON object, got {type(data).__name__}")
    try:
        article = Article.model_validate(data)
    except ValidationError as exc:
        raise SchemaViolation("validate", _describe(exc)) from None
    if len(article.body) > max_body_chars:
        raise MessageTooLarge(
            "validate", f"body has {len(article.body)} characters, over the {max_body_chars} limit"
        )
    return article


def encode(model: BaseModel) -> bytes:
    """JSON bytes of a model (pydantic's serializer; datetimes as RFC 3339)."""
    return model.__pydantic_serializer__.to_json(model)


def decode_work(payload: bytes) -> WorkItem:
    """An item on an internal topic (written by our own stages)."""
    return WorkItem.model_validate_json(payload)


def make_origin(position: SourcePosition | None, key: bytes | None, payload: bytes,
                headers: Headers, now: dt.datetime) -> Origin:
    """Remember an input record as received, for dead letters and replay."""
    pairs = header_pairs(headers)
    attempts = 1
    for k, v in pairs:
        if k == "attempt" and v.isdigit():
            attempts = int(v)
    return Origin(position=position, key_b64=b64(key) if key is not None else None,
                  payload_b64=b64(payload), headers=[(k, b64(v)) for k, v in pairs],
                  first_seen=now, attempts=attempts)


def dead_letter(origin: Origin, stage: str, error_class: str, reason: str,
                article_id: str | None, now: dt.datetime, max_payload: int | None = None
                ) -> DeadLetter:
    """The dead-letter envelope for an input; payloads over max_payload bytes are cut to it."""
    payload_b64, truncated = origin.payload_b64, False
    if max_payload is not None and len(payload_b64) > (max_payload + 2) // 3 * 4:
        payload_b64, truncated = b64(unb64(payload_b64)[:max_payload]), True
    return DeadLetter(
        stage=stage, error_class=error_class, reason=reason, article_id=article_id,
        key_b64=origin.key_b64, payload_b64=payload_b64, payload_truncated=truncated,
        headers=[Header(key=k, value_b64=v) for k, v in origin.headers],
        source=origin.position, first_seen=origin.first_seen, dead_lettered_at=now,
        attempts=origin.attempts,
    )
