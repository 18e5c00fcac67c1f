"""Reading article files for the producer and the batch mode: JSON, JSON arrays or JSONL."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO, BinaryIO

import orjson


@dataclass(frozen=True, slots=True)
class RawInput:
    """One candidate message and where it came from (line number, or item number in an array)."""

    where: str
    payload: bytes


def read_inputs(stream: IO[bytes] | BinaryIO, name: str = "-") -> Iterator[RawInput]:
    """Split a file into messages: a JSON object, a JSON array of objects, or JSON Lines."""
    data = stream.read()
    stripped = data.strip()
    if stripped.startswith((b"[", b"{")):
        try:
            whole = orjson.loads(stripped)
        except orjson.JSONDecodeError:
            whole = None
        if isinstance(whole, list):
            for i, item in enumerate(whole, 1):
                yield RawInput(f"{name}[{i}]", orjson.dumps(item))
            return
        if isinstance(whole, dict):
            yield RawInput(f"{name}:1", stripped)
            return
    for number, line in enumerate(data.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith(b"#"):
            yield RawInput(f"{name}:{number}", line)


def open_input(path: str) -> tuple[BinaryIO, str]:
    """A readable binary stream for a path, or standard input for '-'."""
    if path == "-":
        return sys.stdin.buffer, "<stdin>"
    return Path(path).open("rb"), path


def sample_articles() -> list[RawInput]:
    """The bundled sample articles (our own writing)."""
    with resources.files("pipeline.samples").joinpath("articles.jsonl").open("rb") as f:
        return list(read_inputs(f, "samples/articles.jsonl"))


def malformed_samples() -> list[RawInput]:
    """Bundled malformed inputs, one per line, each of which must be dead-lettered."""
    with resources.files("pipeline.samples").joinpath("malformed.txt").open("rb") as f:
        return list(read_inputs(f, "samples/malformed.txt"))


def seed_article(shared: Path) -> RawInput | None:
    """The canonical seed article from ../shared/seed as an Article message, when present.

    The seed file is plain text: headline, standfirst, body. The call it reports took
    place on Wednesday 12 February 2025; we publish it as of 13 February 2025, 09:00 UTC.
    """
    folder = shared / "seed"
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not files:
        return None
    lines = files[0].read_text(encoding="utf-8").split("\n")
    article = {
        "id": "seed-" + files[0].stem,
        "title": lines[0].strip(),
        "body": "\n".join(lines[1:]).strip(),
        "source": "shared/seed",
        "published_at": "2025-02-13T09:00:00Z",
    }
    return RawInput(f"{folder.name}/{files[0].name}", orjson.dumps(article))
