"""The hostile-input corpus in tests/data/hostile (written by scripts/make_hostile_corpus.py)."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"


@dataclass(frozen=True)
class Case:
    """One hostile input and its documented outcome."""

    name: str
    payload: bytes
    outcome: str
    stage: str
    error_class: str
    reason: str


def load_cases() -> list[Case]:
    """Every case, payloads decompressed."""
    manifest = json.loads((HOSTILE / "cases.json").read_text())
    cases = []
    for entry in manifest:
        data = (HOSTILE / entry["file"]).read_bytes()
        if entry["file"].endswith(".gz"):
            data = gzip.decompress(data)
        cases.append(Case(entry["name"], data, entry["outcome"], entry["stage"],
                          entry["error_class"], entry["reason"]))
    return cases
