"""The tagger's features as weight-row ids, without building attribute strings.

ner_context_features.py and ner_word_features.py say what the features are, as the strings training sees; at
run time the same features are looked up from word types and their neighbours:
a word type's weight sums for each offset sit in one row of a bounded table,
and each token's context attributes become ids in the same order as
context_attributes() lists them (so the float32 sums are the same).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

from pipeline.stages.ner_context_features import DocumentCues, gazetteer_spans
from pipeline.stages.ner_lexicon import CONTEXT_SLOTS, OFFSETS, Lexicon
from pipeline.stages.ner_typerows import TypeRows
from pipeline.stages.ner_word_features import WordForm

FloatArray = npt.NDArray[np.float32]
TYPE_BATCH = 512  # new word types summed in one numpy call (bounds the seed's temporaries)


def _splits(text: str, parts: int) -> list[tuple[str, ...]]:
    """Every way of reading `text` as `parts` fields joined by "|" (a field may hold "|" too)."""
    if parts == 1:
        return [(text,)]
    out: list[tuple[str, ...]] = []
    for k, ch in enumerate(text):
        if ch == "|":
            out.extend((text[:k], *rest) for rest in _splits(text[k + 1 :], parts - 1))
    return out


class ContextIndex:
    """Attribute ids of the context features, keyed by the words and shapes they join."""

    def __init__(self, attr_index: dict[str, int], zero: int) -> None:
        """Index the conjunction attributes of a model's attribute list; unknown ones map to `zero`."""
        self.get = attr_index.get
        self.zero = zero
        self.left: dict[str, dict[str, int]] = {}  # lw-1|lw=a|b -> left[a][b]
        self.right: dict[str, dict[str, int]] = {}  # lw|lw+1=a|b -> right[a][b]
        self.shapes: dict[tuple[str, ...], int] = {}  # ss-1|ss|ss+1=a|b|c
        self.caps_shape: dict[str, int] = {}  # caps|ss=a
        for name, row in attr_index.items():
            head, sep, value = name.partition("=")
            if not sep:
                continue
            if head == "lw-1|lw":
                for a, b in _splits(value, 2):
                    self.left.setdefault(a, {})[b] = row
            elif head == "lw|lw+1":
                for a, b in _splits(value, 2):
                    self.right.setdefault(a, {})[b] = row
            elif head == "ss-1|ss|ss+1":
                for key in _splits(value, 3):
                    self.shapes[key] = row
            elif head == "caps|ss":
                self.caps_shape[value] = row
        get = self.get
        self.bos, self.eos, self.caps = get("bos", zero), get("eos", zero), get("caps", zero)
        self.d_lc, self.d_cap = get("d:lc", zero), get("d:cap", zero)
        self.d_first, self.d_last = get("d:first", zero), get("d:last", zero)
        self.d_single = get("d:single", zero)

    def chunk_ids(self, words: Sequence[str], forms: Sequence[WordForm], lex: Lexicon,
                  cues: DocumentCues, caps: bool, ids: list[int], counts: list[int]) -> None:
        """Append the ids of context_attributes(words, ...) to `ids`, and each token's count to `counts`.

        The tagger sums these rows with ner_context.ContextSums, a whole document at a time;
        this is the token-by-token statement of what it sums.
        """
        n = len(words)
        zero = self.zero
        left, right, shapes = self.left, self.right, self.shapes
        gaz = gazetteer_spans(words, lex, caps)
        lower_seen, capital_mid = cues.lower_seen, cues.capital_mid
        run_first, run_last, run_single = cues.run_first, cues.run_last, cues.run_single
        prev_low = prev_short = "<s>"
        for i, form in enumerate(forms):
            low, short = form.low, form.short
            if i + 1 < n:
                after = forms[i + 1]
                next_low, next_short = after.low, after.short
            else:
                next_low = next_short = "</s>"
            table = left.get(prev_low)
            row = [table.get(low, zero) if table is not None else zero]
            table = right.get(low)
            row.append(table.get(next_low, zero) if table is not None else zero)
            row.append(shapes.get((prev_short, short, next_short), zero))
            if i == 0:
                row.append(self.bos)
            if i + 1 == n:
                row.append(self.eos)
            if caps:
                row.append(self.caps)
                row.append(self.caps_shape.get(short, zero))
            if i in gaz:
                row.extend(self.get(a, zero) for a in gaz[i][:3])
            if form.first_upper:
                if low in lower_seen:
                    row.append(self.d_lc)
                if (i == 0 or caps) and low in capital_mid:
                    row.append(self.d_cap)
                if low in run_first:
                    row.append(self.d_first)
                if low in run_last:
                    row.append(self.d_last)
                if low in run_single:
                    row.append(self.d_single)
            if len(row) > CONTEXT_SLOTS:
                del row[CONTEXT_SLOTS:]
            ids.extend(row)
            counts.append(len(row))
            prev_low, prev_short = low, short


class TypeTable:
    """Per word type: its weight sums at each offset (one table row) and its WordForm.

    Cached across documents; when a document would take the table past `limit`
    types beyond the seeded ones (seed()) it starts afresh, from the seeded types,
    with that document's types (memory stays bounded).
    """

    def __init__(self, lex: Lexicon, attr_index: dict[str, int], weights: FloatArray,
                 limit: int, rows: TypeRows | None = None) -> None:
        """Wrap the lexicon, attribute index and state weights (last row zero) of a model
        (`rows`: its TypeRows, when already built)."""
        self.lex = lex
        self.attr_index = attr_index
        self.rows = TypeRows(lex, attr_index, len(weights) - 1) if rows is None else rows
        self.weights = weights
        self.limit = limit
        self.slot: dict[str, int] = {}
        self.forms: list[WordForm] = []
        self.sums = np.zeros((64, len(OFFSETS), weights.shape[1]), dtype=np.float32)
        self._seeded: dict[str, int] = {}

    def __len__(self) -> int:
        """Cached word types."""
        return len(self.slot)

    def seed(self, words: Iterable[str]) -> None:
        """Cache `words` for good: starting afresh (past the limit, or reset()) keeps them.

        A type's sums do not depend on when it is cached, so seeding changes no score.
        """
        self.reset()
        self._add_new({w for w in words if w not in self.slot})
        self._seeded = dict(self.slot)

    def reset(self) -> None:
        """Forget every type cached since the seed."""
        self.slot = dict(self._seeded)
        del self.forms[len(self._seeded) :]

    def ensure(self, words: set[str]) -> None:
        """Make sure every word is cached (starting afresh if the table would grow past its limit)."""
        new = words.difference(self.slot)
        if not new:
            return
        if len(self.slot) - len(self._seeded) + len(new) > self.limit:
            self.reset()
            new = words.difference(self.slot)
        self._add_new(new)

    def _add_new(self, new: set[str]) -> None:
        ordered = sorted(new)
        for start in range(0, len(ordered), TYPE_BATCH):
            self._add(ordered[start : start + TYPE_BATCH])

    def _add(self, ordered: Sequence[str]) -> None:
        zero = len(self.weights) - 1
        ids: list[int] = []
        starts: list[int] = []
        rows_of = self.rows.rows
        forms = self.forms
        for word in ordered:
            rows, form = rows_of(word)
            forms.append(form)
            for found in rows:
                starts.append(len(ids))
                ids.append(zero)  # each sum starts from the zero row (never empty)
                ids += found
        sums = np.add.reduceat(self.weights[ids], np.asarray(starts), axis=0)
        first = len(self.slot)
        end = first + len(ordered)
        if end > len(self.sums):
            grown = np.zeros((max(end, 2 * len(self.sums)), *self.sums.shape[1:]), dtype=np.float32)
            grown[:first] = self.sums[:first]
            self.sums = grown
        self.sums[first:end] = sums.reshape(len(ordered), len(OFFSETS), self.weights.shape[1])
        for i, word in enumerate(ordered, start=first):
            self.slot[word] = i
