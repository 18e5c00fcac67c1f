"""Duplicate articles within a time window: one stored entry per article, a local candidate index.

The store (a faust global table in the worker, shared through its changelog) holds one entry
per article, `a:<article id>`: content hash, shingle count, source position, time, verdict and,
for an original, its MinHash signature and lead key. Each process files originals under their
candidate keys (8 LSH bands and the lead key, 64-bit ints) in memory, from its own entries as it
writes them and from everyone's as they arrive (`learn`, fed by the table's changelog, including
replays after a restart), so an article costs one changelog record. Only originals are indexed,
so a duplicate always points at an original. A re-delivery (same id, same source position) gets
the verdict it had the first time.
"""

from __future__ import annotations

import base64
from collections import deque
from dataclasses import dataclass
from typing import Literal, Protocol

import orjson

from pipeline import fingerprint as fp

Kind = Literal["new", "revision", "redelivery", "exact-repeat", "same-text", "near-duplicate"]
MAX_PER_KEY = 8
ENTRY_PREFIX = "a:"


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


def _time(entry: dict[str, object]) -> float | None:
    seen = entry.get("t")
    return float(seen) if isinstance(seen, int | float) else None


class CandidateIndex:
    """In-memory map from candidate keys to the originals filed under them, oldest first.

    Compact, since it holds every original of the window: a key maps to one id (most keys
    have a single member) or a list of at most MAX_PER_KEY ids; `filed` keeps each id's time
    and keys, and `_order` the ids by time, for pruning.
    """

    def __init__(self) -> None:
        self.members: dict[int, str | list[str]] = {}
        self.filed: dict[str, tuple[float, tuple[int, ...]]] = {}
        self._order: deque[tuple[float, str]] = deque()

    def add(self, article_id: str, keys: tuple[int, ...], seen: float) -> None:
        """File an original under its keys (filing the same id again refreshes it)."""
        if article_id in self.filed:
            self._drop(article_id)
        self.filed[article_id] = (seen, keys)
        self._order.append((seen, article_id))
        for key in keys:
            current = self.members.get(key)
            if current is None:
                self.members[key] = article_id
            elif isinstance(current, str):
                self.members[key] = [current, article_id]
            else:
                current.append(article_id)
                if len(current) > MAX_PER_KEY:
                    del current[0]

    def lookup(self, keys: tuple[int, ...], oldest: float) -> set[str]:
        """Ids filed under any of the keys no earlier than `oldest`."""
        found: set[str] = set()
        for key in keys:
            current = self.members.get(key)
            if current is not None:
                found.update((current,) if isinstance(current, str) else current)
        return {a for a in found if a in self.filed and self.filed[a][0] >= oldest}

    def prune(self, oldest: float) -> None:
        """Forget originals filed before `oldest`."""
        while self._order and self._order[0][0] < oldest:
            seen, article_id = self._order.popleft()
            filed = self.filed.get(article_id)
            if filed is not None and filed[0] == seen:
                self._drop(article_id)

    def _drop(self, article_id: str) -> None:
        _, keys = self.filed.pop(article_id)
        for key in keys:
            current = self.members.get(key)
            if current == article_id:
                del self.members[key]
            elif isinstance(current, list) and article_id in current:
                current.remove(article_id)
                if len(current) == 1:
                    self.members[key] = current[0]


class DuplicateIndex:
    """Recognises repeats, same text under another id, and near-duplicates."""

    def __init__(self, store: Store, window_s: float, threshold: float) -> None:
        self.store = store
        self.window_s = window_s
        self.threshold = threshold
        self.candidates = CandidateIndex()
        self._written: deque[tuple[float, str]] = deque()

    def _load(self, article_id: str, now: float) -> dict[str, object] | None:
        raw = self.store.get(ENTRY_PREFIX + article_id)
        if raw is None:
            return None
        value: dict[str, object] = orjson.loads(raw)
        seen = _time(value)
        if seen is None or now - seen > self.window_s:
            return None
        return value

    def learn(self, key: str, value: bytes | None) -> None:
        """Index an entry as stored by any process (fed from the store's changelog)."""
        if value is None or not key.startswith(ENTRY_PREFIX):
            return
        try:
            entry = orjson.loads(value)
        except orjson.JSONDecodeError:
            return
        if not isinstance(entry, dict) or entry.get("d") is not None:
            return
        seen, signature, lead = _time(entry), entry.get("s"), entry.get("l")
        if seen is None or not isinstance(signature, str):
            return
        keys = fp.candidate_keys(fp.from_bytes(base64.b64decode(signature)),
                                 lead if isinstance(lead, int) else None)
        self.candidates.add(key[len(ENTRY_PREFIX):], keys, seen)

    def check(self, article_id: str, body: str, position: str, now: float) -> Verdict:
        """Classify an article against the window and remember it; position "" means unknown."""
        if self.window_s <= 0:
            return Verdict("new")
        self._prune(now)
        body_print = fp.fingerprint(body)
        mine = self._load(article_id, now)
        if mine is not None:
            if position and mine.get("p") == position:
                dup = mine.get("d")
                return Verdict("redelivery", dup if isinstance(dup, str) else None)
            if mine.get("c") == body_print.content_hash:
                original = mine.get("d")
                return Verdict("exact-repeat",
                               original if isinstance(original, str) else article_id, 1.0)
        keys = body_print.candidate_keys()
        verdict = self._match(article_id, body_print, keys, now)
        if mine is not None and verdict.kind == "new":
            verdict = Verdict("revision")
        self._remember(article_id, body_print, keys, position, now, verdict)
        return verdict

    def _match(self, article_id: str, body_print: fp.Fingerprint, keys: tuple[int, ...],
               now: float) -> Verdict:
        best: tuple[float, str] | None = None
        for candidate in sorted(self.candidates.lookup(keys, now - self.window_s) - {article_id}):
            entry = self._load(candidate, now)
            if entry is None or entry.get("d") is not None or not isinstance(entry.get("s"), str):
                continue
            if entry.get("c") == body_print.content_hash:
                return Verdict("same-text", candidate, 1.0)
            other = fp.from_bytes(base64.b64decode(str(entry["s"])))
            size = int(str(entry.get("n", 1)))
            score = fp.score(body_print.signature, body_print.size, other, size)
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, candidate)
        if best is not None:
            return Verdict("near-duplicate", best[1], best[0])
        return Verdict("new")

    def _remember(self, article_id: str, body_print: fp.Fingerprint, keys: tuple[int, ...],
                  position: str, now: float, verdict: Verdict) -> None:
        original = verdict.duplicate_of is None
        entry = {"c": body_print.content_hash, "n": body_print.size, "p": position, "t": now,
                 "d": verdict.duplicate_of,
                 "s": base64.b64encode(fp.to_bytes(body_print.signature)).decode() if original
                 else None, "l": body_print.lead if original else None}
        self.store.put(ENTRY_PREFIX + article_id, dump(entry))
        self._written.append((now, article_id))
        if original:
            self.candidates.add(article_id, keys, now)

    def _prune(self, now: float) -> None:
        """Forget what left the window: the local index, and this process's own entries."""
        oldest = now - self.window_s
        self.candidates.prune(oldest)
        while self._written and self._written[0][0] < oldest:
            seen, article_id = self._written.popleft()
            entry = self.store.get(ENTRY_PREFIX + article_id)
            if entry is not None and _time(orjson.loads(entry)) == seen:
                self.store.delete(ENTRY_PREFIX + article_id)
