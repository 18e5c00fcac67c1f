"""JSON Schemas of the messages, generated from the models into schemas/.

A schema whose version was superseded stays in schemas/ as it was published (`FROZEN`, pinned by
its SHA-256): consumers of the old version keep their contract; it is never regenerated.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import orjson
from pydantic import BaseModel

from pipeline.models import AnnotatedArticle, Article, DeadLetter, EventRecord
from pipeline.serialization import SCHEMAS

PUBLISHED: tuple[type[BaseModel], ...] = (Article, AnnotatedArticle, EventRecord, DeadLetter)
# Superseded versions, kept byte for byte: event.v1 (actor required) gave way to event.v2.
FROZEN: dict[str, str] = {
    "event.v1": "ad88316307a9de5b57c3906f2d8cfef05b717af243f2e2f5748eedc4265ba97d",
}
_BASE = "https://newsevents.example.org/schemas/"


def schema_of(model: type[BaseModel]) -> dict[str, object]:
    """The JSON Schema (2020-12) of a model, with its id and version."""
    name = SCHEMAS[model]
    schema = model.model_json_schema(mode="validation" if model is Article else "serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"{_BASE}{name}.json", **schema}


def render(model: type[BaseModel]) -> bytes:
    """The schema file's bytes: stable key order, two-space indent, final newline."""
    return orjson.dumps(schema_of(model), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write every current schema (frozen ones are left as they are); returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for model in PUBLISHED:
        path = folder / f"{SCHEMAS[model]}.json"
        path.write_bytes(render(model))
        paths.append(path)
    return paths


def check_schemas(folder: Path) -> list[str]:
    """Names of schema files that are missing or differ from the models or from their frozen pin."""
    stale = [f"{SCHEMAS[m]}.json" for m in PUBLISHED
             if not (folder / f"{SCHEMAS[m]}.json").exists()
             or (folder / f"{SCHEMAS[m]}.json").read_bytes() != render(m)]
    for name, digest in FROZEN.items():
        path = folder / f"{name}.json"
        if not path.exists() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            stale.append(f"{name}.json (frozen)")
    return stale
