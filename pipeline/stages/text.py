"""Tokenizer and sentence splitter shared by every stage.

Tokens follow CoNLL-2003 / Penn Treebank conventions closely enough for the NER
model trained on CoNLL: punctuation split off, clitics ("'s") separate,
abbreviations ("U.S.", "Mr.", "Feb.") kept whole. Text is tokenized once per
field; later stages only see token offsets.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Rev|St|Jr|Sr|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Fri|Sat|Sun|"
    "Inc|Corp|Co|Ltd|Bros|Dept|Univ|Ave|Blvd|Mt|Ft|No|Nos|vs|etc|approx|est|Pres|Amb"
)

_TOKEN_RE = re.compile(
    r"""
      https?://[^\s<>"']+[^\s<>"'.,;:!?)\]]          # URLs
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                   # e-mail addresses
    | (?:[^\W\d_]\.){2,}                              # U.S., U.K., e.g.
    | (?:"""
    + _ABBREVIATIONS
    + r""")\.(?=\s|$)                                 # Mr., Feb., Corp.
    | \d+(?:[.,:/]\d+)*(?:-\d+)*                      # 1,200.5  12:30  1996-08-22
    | [^\W_]+(?:[-&][^\W_]+)*                         # words, hyphenated words, AT&T
    | ['’](?:s|S|re|ve|ll|d|m|t)(?![^\W_])            # clitics: 's 're 'll
    | \.\.\.|--|[^\w\s]                               # punctuation, one char at a time
    | _+
    """,
    re.VERBOSE,
)

_TERMINALS = frozenset({".", "!", "?", "...", "…"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})


class Tokens(NamedTuple):
    """Token character offsets of one text field: token i is text[starts[i]:ends[i]]."""

    starts: list[int]
    ends: list[int]


def tokenize(text: str) -> Tokens:
    """Split text into tokens, returning their start and end character offsets."""
    starts: list[int] = []
    ends: list[int] = []
    for match in _TOKEN_RE.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return Tokens(starts, ends)


def split_sentences(text: str, tokens: Tokens) -> list[tuple[int, int]]:
    """Group tokens into sentences, returned as half-open token index ranges.

    A sentence ends at a terminal mark (. ! ? …) plus any closing quotes or
    brackets, when the next token starts a new sentence (upper case, digit,
    quote), and always at a line break between two tokens.
    """
    starts, ends = tokens
    n = len(starts)
    sentences: list[tuple[int, int]] = []
    first = 0
    i = 0
    while i < n:
        tok = text[starts[i] : ends[i]]
        boundary = i + 1
        if tok in _TERMINALS:
            while boundary < n and text[starts[boundary] : ends[boundary]] in _CLOSERS and (
                starts[boundary] == ends[boundary - 1]
            ):
                boundary += 1
            if boundary >= n or _starts_sentence(text, starts[boundary]):
                sentences.append((first, boundary))
                first = boundary
                i = boundary
                continue
        if boundary < n and "\n" in text[ends[i] : starts[boundary]]:
            sentences.append((first, boundary))
            first = boundary
        i = boundary
    if first < n:
        sentences.append((first, n))
    return sentences


def _starts_sentence(text: str, offset: int) -> bool:
    ch = text[offset]
    return ch.isupper() or ch.isdigit() or ch in "\"'“‘(["
