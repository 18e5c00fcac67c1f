"""Tokenizer and sentence splitter shared by every stage.

Tokens follow CoNLL-2003 / Penn Treebank conventions closely enough for the NER
model trained on CoNLL: punctuation split off, clitics ("'s", "n't") separate,
abbreviations ("U.S.", "Mr.", "Feb.", initials "J.") kept whole, currency
prefixes ("US$", "C$"), ordinals ("10th"), hyphenated words ("26-year-old") and
names such as "O'Brien" kept as one token. Text is tokenized once per field;
later stages only see token offsets.

Every pattern is linear in the length of the text: unbounded repetitions are
never nested with overlapping alternatives, and the e-mail pattern is bounded.
Three guards only save work, never change a match: the e-mail's local part is
possessive (its run of word characters, ".", "+" and "-" never holds the "@"
that must follow it), a look-ahead skips the abbreviation list unless a run of
ASCII letters ends in ".", and another skips the "do|n't" split unless a run of
letters ends in an apostrophe.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Messrs|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Rev|St|Jr|Sr|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Fri|Sat|Sun|"
    "Inc|Corp|Co|Ltd|Bros|Dept|Univ|Ave|Blvd|Mt|Ft|No|Nos|vs|etc|approx|est|Pres|Amb|"
    "Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    "Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo"
)

_TOKEN_RE = re.compile(
    r"""
      https?://[^\s<>"']+[^\s<>"'.,;:!?)\]]              # URLs
    | (?<![\w.+-])[\w.+-]{1,64}+@[\w-]{1,64}(?:\.[\w-]{1,64})+  # e-mail addresses (bounded)
    | ^[ \t]*\d{1,3}\.(?=[ \t])                           # list numbers "3." at line start
    | (?:US|C|A|HK|NZ|S)\$                                # currency prefixes US$ C$
    | (?:[^\W\d_]\.){2,}(?:-[^\W_]+)*                     # U.S., a.m., U.S.-led
    | (?=[A-Za-z]++\.)(?:"""
    + _ABBREVIATIONS
    + r""")\.(?=\s|$)                                     # Mr., Feb., Corp., Calif.
    | [A-Z]\.(?=[ \t]+[A-Z])                              # initials: J. Smith
    | (?<![^\W_])[A-Z]\.(?=[A-Z][a-z])                     # wire forms: N.Korea, S.Africa
    | [+]?\d+(?:[.,:/]\d+)*(?:-[^\W_]+(?:[.,:/]\d+)*)*(?![^\W_])  # 1,200.5 1996-08-22 3-1/2
    | \.\d+(?![^\W_])                                     # .500
    | (?=[^\W\d_]++['’])[^\W\d_]+(?=n['’]t(?![^\W_]))     # do|n't
    | n['’]t(?![^\W_])                                    # n't
    | [A-Z]['’][A-Z][^\W_]*(?:[-&][^\W_]+)*              # O'Brien
    | [^\W_]+(?:[-&][^\W_]+)*                             # words, hyphenated words, AT&T
    | ['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)(?![^\W_])     # clitics: 's 're 'll
    | \.{2,}|-{2,}|\*{2,}|[^\w\s]                         # punctuation
    | _+
    """,
    re.VERBOSE | re.MULTILINE,
)

_TERMINALS = frozenset({".", "!", "?", "...", "…"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
_QUOTES = frozenset({'"', "'", "”", "’", "»"})
_SPEECH_VERBS = frozenset(
    [
        "said",
        "says",
        "say",
        "wrote",
        "writes",
        "write",
        "told",
        "tells",
        "added",
        "adds",
        "asked",
        "asks",
        "replied",
        "replies",
        "tweeted",
        "tweets",
        "posted",
        "declared",
        "announced",
        "insisted",
        "explained",
        "continued",
        "concluded",
        "warned",
        "noted",
        "argued",
        "stated",
        "shouted",
        "yelled",
    ]
)
_TITLES = frozenset(
    {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen."}
)


class Tokens(NamedTuple):
    """Token character offsets of one text field: token i is text[starts[i]:ends[i]]."""

    starts: list[int]
    ends: list[int]


# A line break inside a sentence (after a word or a comma, before a lower-case word)
# and a line break before a line that starts flush (no indentation, not blank).
_INSIDE_BREAK_RE = re.compile(r"[\w,] *\n(?=[a-z])")
_FLUSH_BREAK_RE = re.compile(r"\n(?=[^\s])")


def tokenize(text: str) -> Tokens:
    """Split text into tokens, returning their start and end character offsets."""
    starts: list[int] = []
    ends: list[int] = []
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        if text[start] in " \t":  # the list-number pattern may include leading blanks
            start = end - len(text[start:end].lstrip(" \t"))
        starts.append(start)
        ends.append(end)
    return Tokens(starts, ends)


def split_sentences(text: str, tokens: Tokens) -> list[tuple[int, int]]:
    """Group tokens into sentences, returned as half-open token index ranges.

    A sentence ends at a terminal mark (. ! ? …) plus any closing quotes or
    brackets, when the next token starts a new sentence (upper case, digit,
    quote), and always at a line break between two tokens, except in hard-wrapped
    text (`hard_wrapped`), where only a blank or indented line does. A quotation
    closed after its terminal and followed by an attribution (`...lost!" Trump
    wrote.`) stays in the same sentence.
    """
    starts, ends = tokens
    n = len(starts)
    wrapped = hard_wrapped(text)
    sentences: list[tuple[int, int]] = []
    first = 0
    i = 0
    while i < n:
        tok = text[starts[i] : ends[i]]
        boundary = i + 1
        if tok in _TERMINALS:
            quoted = False
            while (
                boundary < n
                and text[starts[boundary] : ends[boundary]] in _CLOSERS
                and (starts[boundary] == ends[boundary - 1])
            ):
                quoted = quoted or text[starts[boundary] : ends[boundary]] in _QUOTES
                boundary += 1
            if boundary < n and _line_ends(text[ends[boundary - 1] : starts[boundary]], wrapped):
                pass  # the line-break rule below splits here
            elif boundary >= n or (
                _starts_sentence(text, starts[boundary])
                and not (quoted and _attribution_follows(text, tokens, boundary))
            ):
                sentences.append((first, boundary))
                first = boundary
                i = boundary
                continue
        if boundary < n and _line_ends(text[ends[boundary - 1] : starts[boundary]], wrapped):
            sentences.append((first, boundary))
            first = boundary
        i = boundary
    if first < n:
        sentences.append((first, n))
    return sentences


def hard_wrapped(text: str) -> bool:
    """Tell whether the text's single line breaks wrap lines instead of ending them.

    Wire copy such as Reuters-21578 breaks lines at about 70 characters and opens a
    paragraph with an indented or blank line. The text counts as wrapped when at
    least two line breaks, and a quarter of those not before an indented or blank
    line, fall inside a sentence: after a word or a comma and before a lower-case
    word (not a digit: the rows of a results table start with one). One scan each.
    """
    inside = len(_INSIDE_BREAK_RE.findall(text))
    return inside >= 2 and inside * 4 >= len(_FLUSH_BREAK_RE.findall(text))


def _line_ends(gap: str, wrapped: bool) -> bool:
    """Whether the blank between two tokens ends a sentence by its line breaks alone."""
    return "\n" in gap and (not wrapped or gap.count("\n") > 1 or not gap.endswith("\n"))


def _starts_sentence(text: str, offset: int) -> bool:
    ch = text[offset]
    return ch.isupper() or ch.isdigit() or ch in "\"'“‘(["


def _attribution_follows(text: str, tokens: Tokens, index: int) -> bool:
    """Tell whether up to four capitalised words then a speech verb follow a quotation."""
    starts, ends = tokens
    for j in range(index, min(index + 5, len(starts))):
        word = text[starts[j] : ends[j]]
        if word in _SPEECH_VERBS:
            return j > index
        if not (word[:1].isupper() or word in _TITLES):
            return False
    return False
