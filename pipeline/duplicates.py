"""Duplicate articles within a time window, over a key-value store (a faust table in the worker).

Keys: `a:<article id>` (what we saw for that id: content hash, signature, position, verdict),
`b:<band>:<hash>` (ids whose MinHash band has that value) and `l:<lead hash>` (ids whose body
opens with the same 30 words): ten keys per original, about 2 KB of memory, dropped when they
leave the window. Only originals go into the band and lead keys, so a duplicate always points
at an original.
A re-delivery (same id, same source position) gets the verdict it had the first time.
"""

from __future__ import annotations

import base64
from collections import deque
from dataclasses import dataclass
from typing import Literal, Protocol

import orjson

from pipeline import fingerprint as fp

Kind = Literal["new", "revision", "redelivery", "exact-repeat", "same-text", "near-duplicate"]
MAX_PER_BAND = 8


def dump(value: object) -> bytes:
    """Compact JSON bytes (an exact-size copy: orjson's own result keeps a 4 KiB buffer)."""
    return bytes(memoryview(orjson.dumps(value)))


class Store(Protocol):
    """The state the index keeps: bytes by string key."""

    def get(self, key: str) -> bytes | None:
        """The value of a key, or None."""
        ...

    def put(self, key: str, value: bytes) -> None:
        """Set a key."""
        ...

    def delete(self, key: str) -> None:
        """Remove a key if present."""
        ...


class DictStore:
    """A Store in a dict (batch mode and tests)."""

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        """The value of a key, or None."""
        return self.data.get(key)

    def put(self, key: str, value: bytes) -> None:
        """Set a key."""
        self.data[key] = value

    def delete(self, key: str) -> None:
        """Remove a key if present."""
        self.data.pop(key, None)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What an article is: `duplicate_of` names the original (itself for an exact repeat)."""

    kind: Kind
    duplicate_of: str | None = None
    similarity: float = 0.0


class DuplicateIndex:
    """Recognises repeats, same text under another id, and near-duplicates."""

    def __init__(self, store: Store, window_s: float, threshold: float) -> None:
        self.store = store
        self.window_s = window_s
        self.threshold = threshold
        self._written: deque[tuple[float, str, list[str]]] = deque()

    def _load(self, key: str, now: float) -> dict[str, object] | None:
        raw = self.store.get(key)
        if raw is None:
            return None
        value: dict[str, object] = orjson.loads(raw)
        seen = value.get("t")
        if not isinstance(seen, int | float) or now - seen > self.window_s:
            return None
        return value

    def check(self, article_id: str, body: str, position: str, now: float) -> Verdict:
        """Classify an article against the window and remember it; position "" means unknown."""
        if self.window_s <= 0:
            return Verdict("new")
        self._prune(now)
        chash = fp.content_hash(body)
        mine = self._load(f"a:{article_id}", now)
        if mine is not None:
            if position and mine.get("p") == position:
                dup = mine.get("d")
                return Verdict("redelivery", dup if isinstance(dup, str) else None)
            if mine.get("c") == chash:
                original = mine.get("d")
                return Verdict("exact-repeat",
                               original if isinstance(original, str) else article_id, 1.0)
        signature = fp.minhash(body)
        size = len(fp.shingles(body))
        lead = fp.lead_key(body)
        verdict = self._match(article_id, chash, signature, size, lead, now)
        if mine is not None and verdict.kind == "new":
            verdict = Verdict("revision")
        self._remember(article_id, chash, signature, size, lead, position, now, verdict)
        return verdict

    def _keys(self, signature: fp.Signature, lead: str | None) -> list[str]:
        return [f"b:{key}" for key in fp.band_keys(signature)] + ([f"l:{lead}"] if lead else [])

    def _match(self, article_id: str, chash: str, signature: fp.Signature, size: int,
               lead: str | None, now: float) -> Verdict:
        best: tuple[float, str] | None = None
        candidates = {c for key in self._keys(signature, lead) for c in self._members(key, now)}
        for candidate in sorted(candidates - {article_id}):
            entry = self._load(f"a:{candidate}", now)
            if entry is None or entry.get("d") is not None or not isinstance(entry.get("s"), str):
                continue
            if entry.get("c") == chash:
                return Verdict("same-text", candidate, 1.0)
            other = fp.from_bytes(base64.b64decode(str(entry["s"])))
            score = fp.score(signature, size, other, int(str(entry.get("n", 1))))
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, candidate)
        if best is not None:
            return Verdict("near-duplicate", best[1], best[0])
        return Verdict("new")

    def _members(self, key: str, now: float) -> list[str]:
        raw = self.store.get(key)
        if raw is None:
            return []
        members: list[list[object]] = orjson.loads(raw)
        return [str(m[0]) for m in members
                if isinstance(m[1], int | float) and now - m[1] <= self.window_s]

    def _remember(self, article_id: str, chash: str, signature: fp.Signature, size: int,
                  lead: str | None, position: str, now: float, verdict: Verdict) -> None:
        entry = {"c": chash, "s": base64.b64encode(fp.to_bytes(signature)).decode(), "n": size,
                 "p": position, "t": now, "d": verdict.duplicate_of}
        self.store.put(f"a:{article_id}", dump(entry))
        keys = [] if verdict.duplicate_of is not None else self._keys(signature, lead)
        self._written.append((now, article_id, keys))
        for key in keys:
            raw = self.store.get(key)
            members: list[list[object]] = orjson.loads(raw) if raw else []
            kept = [m for m in members if m[0] != article_id and isinstance(m[1], int | float)
                    and now - m[1] <= self.window_s]
            self.store.put(key, dump([*kept[-(MAX_PER_BAND - 1):], [article_id, now]]))

    def _prune(self, now: float) -> None:
        """Forget this process's own entries once they leave the window."""
        while self._written and now - self._written[0][0] > self.window_s:
            seen, article_id, keys = self._written.popleft()
            entry = self.store.get(f"a:{article_id}")
            if entry is not None and orjson.loads(entry).get("t") == seen:
                self.store.delete(f"a:{article_id}")
            for key in keys:
                raw = self.store.get(key)
                if raw is None:
                    continue
                members: list[list[object]] = orjson.loads(raw)
                kept = [m for m in members if isinstance(m[1], int | float)
                        and now - m[1] <= self.window_s]
                if not kept:
                    self.store.delete(key)
                elif len(kept) < len(members):
                    self.store.put(key, dump(kept))
