"""Where the coder loses the hand-coded triples it misses: which step dropped each one.

For every gold triple of a hand-coded sample that the coder does not produce, and of whose type
no triple was coded in the sentence, the script says at which step it was lost:

- no trigger of the type in the sentence (a dictionary gap);
- a trigger of the type was found and the event flagged as not asserted (modality);
- a trigger was found and a gate of `events.code_sentence` dropped it, named by the gate
  (a `usable` check by its line, `roles_for` by the line that returned None, `_no_act`,
  `lone_talks`, ...);
- an asserted event was drafted but its actor did not resolve to a code.

It traces the interpreted stage modules (sys.settrace), so run it on a checkout without the
compiled build (`make uncompile`, or a worktree without `make compile`):

    PYTHONPATH=. .venv/bin/python scripts/miss_gates.py tests/data/recall15a_sample.jsonl ...

Only samples that are no longer blind belong here: the script prints references of the missed
triples, and the gold set's held-out half is refused.
"""

from __future__ import annotations

import argparse
import ast
import collections
import linecache
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pipeline.stages.enrich as enrich_module
from pipeline.compiled import build_state
from pipeline.eval_events import evaluate_gold
from pipeline.stages.chain import load_resources
from pipeline.stages.triggers import Found, choose_type

# Gates that drop a trigger when they return True, and steps that drop it by returning None.
_TRUE_DROPS = frozenset({"_no_act", "dismissed_claim", "trip_back", "hostless_journey",
                         "firm_party", "lone_talks", "policy_pledge"})
_NONE_DROPS = frozenset({"roles_for", "condemned_roles", "others_obliged"})
_WATCHED = _TRUE_DROPS | _NONE_DROPS | {"usable"}

Tracer = Callable[[FrameType, str, Any], Any]


class GateLog:
    """What the traced gates dropped in one sentence: (type code, gate) pairs."""

    def __init__(self) -> None:
        self.drops: list[tuple[str, str]] = []
        self._last_line: dict[int, int] = {}

    def _where(self, frame: FrameType) -> str:
        line = self._last_line.get(id(frame), frame.f_lineno)
        source = linecache.getline(frame.f_code.co_filename, line).strip()
        return f"{frame.f_code.co_name}:{line} {source[:60]}"

    def tracer(self, frame: FrameType, event: str, arg: Any) -> Tracer | None:
        name = frame.f_code.co_name
        if event != "call" or name not in _WATCHED:
            return None

        def local(frame: FrameType, event: str, arg: Any) -> Tracer:
            if event == "line":
                self._last_line[id(frame)] = frame.f_lineno
            elif event == "return":
                found = next((v for v in frame.f_locals.values() if isinstance(v, Found)), None)
                if found is None:
                    return local
                if (name == "usable" and arg is False) or (name in _NONE_DROPS and arg is None):
                    self.drops.append((found.code, self._where(frame)))
                elif name in _TRUE_DROPS and arg is True:
                    self.drops.append((found.code, name))
            return local

        return local


def _key(text: str) -> str:
    return " ".join(text.split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", type=Path, nargs="+")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--examples", type=int, default=3, help="references shown per step")
    args = parser.parse_args()
    if any(p.name.startswith("event_gold") for p in args.samples):
        print("miss_gates: the gold set holds the held-out half; use dev samples", file=sys.stderr)
        return 2
    if build_state().compiled:
        print("miss_gates: the stages run compiled and cannot be traced; run it on a checkout "
              "without the compiled build", file=sys.stderr)
        return 2
    res = load_resources()
    triggers: dict[str, set[str]] = collections.defaultdict(set)
    drafts: dict[str, set[tuple[str, str]]] = collections.defaultdict(set)
    gates: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    original = enrich_module.code_sentence

    def traced(sent: Any, hits: Any, tok: Any, *rest: Any) -> Any:
        key = _key(sent.text)
        lex = rest[1]
        triggers[key] |= {choose_type(t, tok.low[sent.first : sent.last], lex) for _, _, t in hits}
        log = GateLog()
        sys.settrace(log.tracer)
        try:
            out = original(sent, hits, tok, *rest)
        finally:
            sys.settrace(None)
        gates[key].extend(log.drops)
        drafts[key] |= {(d.event_type.code, d.modality) for d in out}
        return out

    enrich_module.code_sentence = traced
    steps: collections.Counter[str] = collections.Counter()
    refs: dict[str, list[str]] = collections.defaultdict(list)
    for path in args.samples:
        for d in evaluate_gold(args.shared, path, res).details:
            expected = {ast.literal_eval(t) for t in cast(list[str], d["expected"])}
            got = {ast.literal_eval(t) for t in cast(list[str], d["got"])}
            key = _key(str(d["sentence"]))
            parts = [k for k in triggers if k in key or key in k]
            for triple in expected - got:
                code = triple[1]
                if any(g[1] == code for g in got):
                    continue  # coded with another actor or recipient: not a lost trigger
                found = {c for k in parts for c in triggers[k]}
                made = {m for k in parts for c, m in drafts[k] if c == code}
                dropped = {g for k in parts for c, g in gates[k] if c == code}
                if code not in found:
                    lost = ["no trigger of the type"]
                elif made - {"asserted"}:
                    lost = ["flagged not asserted"]
                elif made:
                    lost = ["asserted draft, actor unresolved"]
                else:
                    lost = sorted(dropped) or ["found, dropped by an untraced step"]
                for step in lost:
                    steps[step] += 1
                    refs[step].append(f"{path.stem} {d['ref']} {triple}")
    for step, n in steps.most_common():
        print(f"{n:4d}  {step}")
        for ref in refs[step][: args.examples]:
            print(f"        {ref}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
