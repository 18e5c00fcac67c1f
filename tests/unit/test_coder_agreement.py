"""scripts/coder_agreement.py: two coders' triples compared sentence by sentence."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "coder_agreement.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("coder_agreement", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _write(path: Path, rows: list[tuple[str, list[tuple[str | None, str, str | None]]]]) -> Path:
    lines = [json.dumps({"corpus": "c", "id": str(i), "field": "text", "start": 0, "end": 9,
                         "sha1": sha, "events": [{"actor": a, "type": t, "recipient": r}
                                                 for a, t, r in events]})
             for i, (sha, events) in enumerate(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_counts_triples_and_sentence_agreement(tmp_path: Path) -> None:
    mod = _script()
    a = _write(tmp_path / "a.jsonl", [("s0", [("USA", "CONSULT", "RUS")]),
                                      ("s1", [("ISR", "ASSAULT", "PSE")]),
                                      ("s2", []), ("s3", [])])
    b = _write(tmp_path / "b.jsonl", [("s0", [("USA", "CONSULT", "RUS")]),
                                      ("s1", [("ISR", "ASSAULT", None)]),
                                      ("s2", []), ("s3", [("FRA", "AGREE", None)])])
    result = mod.compare(mod.read_codes(a), mod.read_codes(b))
    assert (result.tp, result.fp, result.fn) == (1, 2, 1)
    assert (result.identical, result.same_event_or_none, result.sentences) == (2, 3, 4)
    relaxed = mod.compare(mod.read_codes(a), mod.read_codes(b), (0, 1))
    assert (relaxed.tp, relaxed.fp, relaxed.fn) == (2, 1, 0)


def test_sentences_in_one_file_only_are_left_out(tmp_path: Path) -> None:
    mod = _script()
    a = _write(tmp_path / "a.jsonl", [("s0", [("USA", "CONSULT", "RUS")]), ("s1", [])])
    b = _write(tmp_path / "b.jsonl", [("s0", [("USA", "CONSULT", "RUS")])])
    result = mod.compare(mod.read_codes(a), mod.read_codes(b))
    assert result.only_one_file == 1
    assert "F1 1.000" in result.line("x")
