"""TypeRows finds the rows of type_attributes()' strings, in order, and the word's WordForm."""

from __future__ import annotations

import orjson

from pipeline.inputs import RawInput
from pipeline.stages.chain import Resources
from pipeline.stages.ner import NerTagger
from pipeline.stages.ner_lexicon import OFFSETS, PAD_LEFT, PAD_RIGHT
from pipeline.stages.ner_typerows import TypeRows
from pipeline.stages.ner_word_features import type_attributes, word_form
from pipeline.stages.text import tokenize

ODD = ["", "_", "İstanbul", "STRASSE", "ß", "Ǆemal", "x" * 150, "X" * 101 + "y", "w=a=b", "1:lw",
       "-2:lw", "e12", "e1+", "U.S.-led", "1996-08-22", "'s", "n't", "AT&T", "O'Brien", "e",
       "c=none", "...", "£600m", "ROME", "Rome", "rome", "rOME", "McDonald", "3-1/2", "٣", "Ⅻ",
       "a1b2", "X--Y", "12:30", "Ab.", "ＡＢＣ", "x" * 99 + "İ", "²", "aaaBBBccc", "e1+0",
       *PAD_LEFT, *PAD_RIGHT]


def _words(samples: list[RawInput]) -> list[str]:
    words = set(ODD)
    for sample in samples:
        body = orjson.loads(sample.payload)["body"]
        toks = tokenize(body)
        words.update(body[s:e] for s, e in zip(toks.starts, toks.ends, strict=True))
    return sorted(words)


def test_rows_match_attribute_strings(resources: Resources, samples: list[RawInput]) -> None:
    """Every word type: its attributes' rows at each offset, in order, and its WordForm."""
    tagger = resources.tagger
    assert isinstance(tagger, NerTagger)
    zero = len(tagger.weights) - 1
    rows = TypeRows(tagger.lex, tagger.attr_index, zero)
    index = tagger.attr_index
    for word in _words(samples):
        attrs = type_attributes(word, tagger.lex)
        expected = [[index.get(a, zero) for a in attrs.get(k, ())] for k in OFFSETS]
        got, form = rows.rows(word)
        assert got == expected, word
        assert form == word_form(word), word


def test_rows_of_attributes_holding_separators(resources: Resources) -> None:
    """Values holding "=" or ":" and names that look like offsets are found as the strings are."""
    tagger = resources.tagger
    assert isinstance(tagger, NerTagger)
    names = ["w=a=b", "lw=a=b", "1:lw=a=b", "-2:ss=x=x", "w=1:lw", "e3+", "e12", "digit", "dot",
             "c=none", "2:lw=x", "sh=x=x", "g=LOC"]
    index = {name: row for row, name in enumerate(names)}
    rows = TypeRows(tagger.lex, index, len(names))
    for word in ["a=b", "A=B", "1:lw", "x", "x.1", "x=x", "London"]:
        attrs = type_attributes(word, tagger.lex)
        assert rows.rows(word)[0] == [[index.get(a, len(names)) for a in attrs.get(k, ())]
                                      for k in OFFSETS], word
