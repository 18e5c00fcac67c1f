"""A word type's weight rows for each offset, found without building its attribute strings.

type_attributes() (ner_word_features.py) says what a word type's features are, as the
strings training sees; TypeRows gives the weight rows of the known ones, in the
same order, from tables keyed by each attribute's offset and name ("lw", "p3",
"k512"...), so that only the values ("london", "lon") are looked up. Unknown
attributes keep their place as the zero row: numpy sums longer runs pairwise,
so every row's position counts for the float32 sum to come out the same.
(tests/unit/test_ner_typerows.py holds the two together.)
"""

from __future__ import annotations

import re

from pipeline.stages.ner_lexicon import MAX_WORD, OFFSETS, PAD_LEFT, PAD_RIGHT, Lexicon
from pipeline.stages.ner_word_features import (
    WordForm,
    cluster_of,
    collapse_runs,
    gazetteer_of,
    type_attributes,
    word_case,
    word_shape,
)

_OFFSET = re.compile(r"(-?[12]):")
_NONE: dict[str, int] = {}
# word_shape() of an ASCII text: the same mapping as a translation table
_ASCII_SHAPE = str.maketrans({**{chr(c): "X" for c in range(65, 91)},
                              **{chr(c): "x" for c in range(97, 123)},
                              **{chr(c): "d" for c in range(48, 58)}})
_SHAPES_LIMIT = 50_000  # cached shape patterns
_EMB_BLOCK = 8  # embedding digits looked up together


class TypeRows:
    """Weight rows of type_attributes(word), offset by offset, keyed as the attribute names split."""

    def __init__(self, lex: Lexicon, attr_index: dict[str, int], zero: int) -> None:
        """Index a model's attribute names by offset -> name before "=" -> value -> row
        (unknown attributes: the `zero` row)."""
        self.lex = lex
        self.attr_index = attr_index
        self.zero = zero
        tables: dict[int, dict[str, dict[str, int]]] = {k: {} for k in OFFSETS}
        for name, row in attr_index.items():
            offset = 0
            found = _OFFSET.match(name)
            if found is not None:
                offset, name = int(found.group(1)), name[found.end():]
            head, sep, value = name.partition("=")
            if sep:
                tables[offset].setdefault(head, {})[value] = row
        self.tables = tables
        t0 = tables[0]
        self.word_heads = tuple(t0.get(h, _NONE) for h in ("w", "lw", "sh", "ss", "case", "len"))
        self.affixes = tuple((t0.get(f"p{n}", _NONE), t0.get(f"s{n}", _NONE)) for n in (1, 2, 3, 4))
        self.granularities = tuple(t0.get(g, _NONE) for g in lex.granularities)
        self.no_cluster = t0.get("c", _NONE).get("none", zero)
        self.gazetteer = t0.get("g", _NONE)
        self.near = {k: tuple(tables[k].get(h, _NONE) for h in ("lw", "ss", "case", "c1", "c2", "g"))
                     for k in (-1, 1)}
        self.far = {k: tuple(tables[k].get(h, _NONE) for h in ("lw", "ss", "c1")) for k in (-2, 2)}
        get = attr_index.get
        self.flags = (get("digit", zero), get("hyph", zero), get("dot", zero))
        letters = {ch for emb in lex.embeddings.values() for ch in emb} - {"0"}
        width = max((len(emb) for emb in lex.embeddings.values()), default=0)
        # e{d}{ch}: per dimension, the row of each non-zero value
        self.emb = [{ch: get(f"e{d}{ch}", zero) for ch in letters} for d in range(width)]
        self._emb_blocks: list[dict[str, list[int]]] = [
            {} for _ in range(0, width, _EMB_BLOCK)]
        self._shapes: dict[str, tuple[str, str]] = {}

    def _shape_pair(self, word: str) -> tuple[str, str]:
        """word_shape(word, 2) and word_shape(word, 1)."""
        if not word.isascii():
            return word_shape(word, 2), word_shape(word, 1)
        mapped = word.translate(_ASCII_SHAPE)
        found = self._shapes.get(mapped)
        if found is None:
            if len(self._shapes) >= _SHAPES_LIMIT:
                self._shapes.clear()
            found = self._shapes[mapped] = (collapse_runs(mapped, 2), collapse_runs(mapped, 1))
        return found

    def _emb_rows(self, emb: str, out: list[int]) -> None:
        """Append the rows of the e{d}{ch} attributes of an embedding code (ch not "0")."""
        for b, block in enumerate(self._emb_blocks):
            first = b * _EMB_BLOCK
            part = emb[first : first + _EMB_BLOCK]
            found = block.get(part)
            if found is None:
                tables = self.emb[first : first + _EMB_BLOCK]
                found = block[part] = [t[ch] for t, ch in zip(tables, part, strict=False)
                                       if ch != "0"]
            out += found

    def rows(self, word: str) -> tuple[list[list[int]], WordForm]:
        """Rows of type_attributes(word) at each offset (in OFFSETS order), and the word's
        WordForm."""
        cut = word[:MAX_WORD]
        shape, short = self._shape_pair(cut)
        low = word.lower()
        alpha = word.isalpha()  # then no digit, "-" or "." either
        form = WordForm(low, short, word[:1].isupper(), word.islower(),
                        alpha or any(ch.isalpha() for ch in word), word.isupper())
        if word in PAD_LEFT or word in PAD_RIGHT:
            get, zero = self.attr_index.get, self.zero
            attrs = type_attributes(word, self.lex)
            return [[get(a, zero) for a in attrs.get(k, ())] for k in OFFSETS], form
        lex = self.lex
        if len(word) > MAX_WORD:
            word = cut
            low = word.lower()
        case = word_case(word)
        clusters = cluster_of(word, lex.clusters)
        emb = cluster_of(word, lex.embeddings) if lex.embeddings else None
        gaz = gazetteer_of(word, lex)
        zero = self.zero
        t_w, t_lw, t_sh, t_ss, t_case, t_len = self.word_heads
        a0 = [t_w.get(word, zero), t_lw.get(low, zero), t_sh.get(shape, zero),
              t_ss.get(short, zero), t_case.get(case, zero), t_len.get(str(min(len(word), 8)), zero)]
        n = 1
        for prefixes, suffixes in self.affixes:
            if len(low) > n:
                a0.append(prefixes.get(low[:n], zero))
                a0.append(suffixes.get(low[-n:], zero))
            n += 1
        if not alpha:
            digit, hyph, dot = self.flags
            if any(ch.isdigit() for ch in word):
                a0.append(digit)
            if "-" in word:
                a0.append(hyph)
            if "." in word:
                a0.append(dot)
        if clusters is None:
            a0.append(self.no_cluster)
        else:
            a0.extend(t.get(c, zero) for t, c in zip(self.granularities, clusters, strict=False))
        t_gaz = self.gazetteer
        a0.extend(t_gaz.get(g, zero) for g in gaz)
        if emb:
            self._emb_rows(emb, a0)
        out: list[list[int]] = []
        for k in OFFSETS:
            if k == 0:
                out.append(a0)
            elif k in (-2, 2):
                f_lw, f_ss, f_c1 = self.far[k]
                row = [f_lw.get(low, zero), f_ss.get(short, zero)]
                if clusters is not None and len(clusters) >= 2:
                    row.append(f_c1.get(clusters[1], zero))
                out.append(row)
            else:
                n_lw, n_ss, n_case, n_c1, n_c2, n_g = self.near[k]
                row = [n_lw.get(low, zero), n_ss.get(short, zero), n_case.get(case, zero)]
                if clusters is not None and len(clusters) >= 3:
                    row += (n_c1.get(clusters[1], zero), n_c2.get(clusters[2], zero))
                row.extend(n_g.get(g, zero) for g in gaz)
                out.append(row)
        return out, form
