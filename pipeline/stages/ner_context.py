"""The context features' weight sums of a whole document in a few numpy calls.

ContextIndex.chunk_ids() (ner_index.py) lists each token's context attribute
rows, token by token, for np.add.reduceat to sum. For a segment of at most 8
rows reduceat adds to the first row the left-to-right sum, from 0, of the
others; ContextSums builds that same float32 sum directly: the three
conjunctions every token has are found with np.searchsorted among the model's
pairs and triples of word and shape codes, the attributes only some tokens have
are added to those tokens' rows in their order, and a token with more rows
(numpy sums those pairwise) is summed by reduceat from its own list.
(tests/unit/test_ner_context.py holds the sums to reduceat over chunk_ids().)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from pipeline.stages.ner_context_features import DocumentCues, gazetteer_spans
from pipeline.stages.ner_index import ContextIndex
from pipeline.stages.ner_lexicon import CONTEXT_SLOTS, Lexicon
from pipeline.stages.ner_word_features import WordForm

FloatArray = npt.NDArray[np.float32]
Codes = npt.NDArray[np.int64]
SEQUENTIAL = 8  # reduceat sums segments of up to this many rows as row 0 + (0 + row 1 + ...)


def _codes(strings: set[str]) -> dict[str, int]:
    return {s: i for i, s in enumerate(sorted(strings))}


def _table(pairs: dict[int, int]) -> tuple[Codes, Codes]:
    keys = np.array(sorted(pairs), dtype=np.int64)
    return keys, np.array([pairs[int(k)] for k in keys], dtype=np.int64)


class ContextSums:
    """A model's context conjunctions as sorted integer keys, for whole documents at once."""

    def __init__(self, index: ContextIndex) -> None:
        """Code the words and shapes of a ContextIndex's conjunctions."""
        self.index = index
        lows = {"<s>", "</s>"}
        for table in (index.left, index.right):
            lows.update(table)
            for inner in table.values():
                lows.update(inner)
        shorts = {"<s>", "</s>", *index.caps_shape}
        for key in index.shapes:
            shorts.update(key)
        self.low_code, self.short_code = _codes(lows), _codes(shorts)
        n_low, n_short = len(self.low_code), len(self.short_code)
        if n_short**3 >= 2**62 or n_low**2 >= 2**62:
            raise ValueError("too many conjunction values to code in 64 bits")
        lc, sc = self.low_code, self.short_code
        self.left = _table({lc[a] * n_low + lc[b]: row
                            for a, inner in index.left.items() for b, row in inner.items()})
        self.right = _table({lc[a] * n_low + lc[b]: row
                             for a, inner in index.right.items() for b, row in inner.items()})
        self.shapes = _table({(sc[a] * n_short + sc[b]) * n_short + sc[c]: row
                              for (a, b, c), row in index.shapes.items()})
        caps_shape = np.full(n_short + 1, index.zero, dtype=np.int64)  # code -1: the last, zero
        for short, row in index.caps_shape.items():
            caps_shape[sc[short]] = row
        self.caps_shape = caps_shape

    def _find(self, table: tuple[Codes, Codes], key: Codes, valid: npt.NDArray[np.bool_]) -> Codes:
        keys, rows = table
        if not len(keys):
            return np.full(len(key), self.index.zero, dtype=np.int64)
        at = np.minimum(np.searchsorted(keys, key), len(keys) - 1)
        found: Codes = np.where(valid & (keys[at] == key), rows[at], self.index.zero)
        return found

    def sums(self, chunks: Sequence[Sequence[str]], forms: Sequence[Sequence[WordForm]],
             caps: Sequence[bool], cues: DocumentCues, lex: Lexicon,
             weights: FloatArray) -> FloatArray:
        """Per token of the chunks in order: the sum of its context attributes' weight rows, as
        np.add.reduceat gives it over ContextIndex.chunk_ids()."""
        index = self.index
        lengths = np.array([len(c) for c in chunks], dtype=np.int64)
        n = int(lengths.sum())
        if n == 0:
            return np.zeros((0, weights.shape[1]), dtype=np.float32)
        flat = [f for row in forms for f in row]
        low_get, short_get = self.low_code.get, self.short_code.get
        lc = np.array([low_get(f.low, -1) for f in flat], dtype=np.int64)
        sc = np.array([short_get(f.short, -1) for f in flat], dtype=np.int64)
        ends = np.cumsum(lengths)
        firsts, lasts = ends - lengths, ends - 1
        n_low, n_short = len(self.low_code), len(self.short_code)
        before, after = np.empty_like(lc), np.empty_like(lc)
        before[1:], after[:-1] = lc[:-1], lc[1:]
        before[firsts], after[lasts] = self.low_code["<s>"], self.low_code["</s>"]
        left = self._find(self.left, before * n_low + lc, (before >= 0) & (lc >= 0))
        right = self._find(self.right, lc * n_low + after, (lc >= 0) & (after >= 0))
        before[1:], after[:-1] = sc[:-1], sc[1:]
        before[firsts], after[lasts] = self.short_code["<s>"], self.short_code["</s>"]
        shape = self._find(self.shapes, (before * n_short + sc) * n_short + after,
                           (before >= 0) & (sc >= 0) & (after >= 0))
        # the attributes only some tokens have, in chunk_ids' order: (tokens, rows) per column
        columns: list[tuple[Codes, Codes]] = [
            (firsts, np.full(len(firsts), index.bos, dtype=np.int64)),
            (lasts, np.full(len(lasts), index.eos, dtype=np.int64))]
        if any(caps):
            upper = np.nonzero(np.repeat(np.asarray(caps, dtype=bool), lengths))[0]
            columns.append((upper, np.full(len(upper), index.caps, dtype=np.int64)))
            columns.append((upper, self.caps_shape[sc[upper]]))
        columns += _listed(self._gazetteer(chunks, caps, lex, firsts), 3)
        columns += _listed(self._cues(forms, caps, cues, firsts), 5)
        rest = weights[right]
        rest += np.float32(0.0)  # reduceat starts this sum from 0 (so -0.0 becomes 0.0)
        rest += weights[shape]
        counts = np.full(n, 3, dtype=np.int64)
        for tokens, rows in columns:
            if len(tokens):
                rest[tokens] += weights[rows]
                counts[tokens] += 1
        total: FloatArray = weights[left] + rest
        long = np.nonzero(counts > SEQUENTIAL)[0]
        if len(long):
            lists = [[int(left[t]), int(right[t]), int(shape[t])] for t in long]
            for tokens, rows in columns:
                placed = dict(zip(tokens.tolist(), rows.tolist(), strict=True))
                for ids, t in zip(lists, long.tolist(), strict=True):
                    if t in placed:
                        ids.append(placed[t])
            ids = [row for listed in lists for row in listed[:CONTEXT_SLOTS]]
            starts = np.cumsum([0] + [min(len(x), CONTEXT_SLOTS) for x in lists[:-1]])
            total[long] = np.add.reduceat(weights[ids], starts, axis=0)
        return total

    def _gazetteer(self, chunks: Sequence[Sequence[str]], caps: Sequence[bool], lex: Lexicon,
                   firsts: Codes) -> list[list[tuple[int, int]]]:
        """Per mark slot (up to 3): (token, row) of multi-word gazetteer marks."""
        get, zero = self.index.get, self.index.zero
        slots: list[list[tuple[int, int]]] = [[], [], []]
        for words, is_caps, base in zip(chunks, caps, firsts.tolist(), strict=True):
            if not is_caps and lex.gaz_multi_first.isdisjoint(words):
                continue  # no match can start (the spans' first look-up, outside capitals)
            for i, marks in gazetteer_spans(words, lex, is_caps).items():
                for slot, mark in zip(slots, marks[:3], strict=False):
                    slot.append((base + i, get(mark, zero)))
        return slots

    def _cues(self, forms: Sequence[Sequence[WordForm]], caps: Sequence[bool],
              cues: DocumentCues, firsts: Codes) -> list[list[tuple[int, int]]]:
        """Per document cue (d:lc, d:cap, d:first, d:last, d:single): (token, row) of its uses."""
        index = self.index
        found: list[list[tuple[int, int]]] = [[], [], [], [], []]
        lc, cap, first, last, single = found
        for row, is_caps, base in zip(forms, caps, firsts.tolist(), strict=True):
            for i, form in enumerate(row):
                if form.first_upper:
                    low, t = form.low, base + i
                    if low in cues.lower_seen:
                        lc.append((t, index.d_lc))
                    if (i == 0 or is_caps) and low in cues.capital_mid:
                        cap.append((t, index.d_cap))
                    if low in cues.run_first:
                        first.append((t, index.d_first))
                    if low in cues.run_last:
                        last.append((t, index.d_last))
                    if low in cues.run_single:
                        single.append((t, index.d_single))
        return found


def _listed(slots: list[list[tuple[int, int]]], width: int) -> list[tuple[Codes, Codes]]:
    """(token, row) lists as (tokens, rows) arrays, `width` columns."""
    out = []
    for pairs in slots[:width]:
        tokens = np.array([t for t, _ in pairs], dtype=np.int64)
        out.append((tokens, np.array([r for _, r in pairs], dtype=np.int64)))
    return out
