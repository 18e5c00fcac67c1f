"""Wire credits: the news agency a body names as its source, not as one of the story's actors.

Four places hold a credit:
- a dateline's parentheses before its dash at the body's start ("MOSCOW, Feb 12 (Reuters) -");
- the body's first words before a dash ("AFP - A company of Nigerian infantry ...");
- the body's last line when it is an agency's name alone (the "Reuter" closing most
  Reuters-21578 stories);
- parentheses closing a title or body ("Iraq Talks Resume (AP)").
Parentheses may hold two agencies sharing the credit ("(Reuters/AP)", "(AFP, Reuters)"), and a
leading credit may come before a dateline with its own ("Canadian Press - OTTAWA (AP) -").
Extraction labels a credit an organisation (the tagger takes a lone "Reuter" for a person), and
enrichment leaves credits out of the actors. An agency named anywhere else is an ordinary
mention ("Reuters reported", "a Reuters poll"), but an organisation too, never a person
(`agency_name`).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stages.types import FieldLayout

# Agencies as lower-case token sequences (the tokenizer's tokens).
AGENCIES: frozenset[tuple[str, ...]] = frozenset({
    ("reuter",), ("reuters",), ("ap",), ("afp",), ("upi",), ("dpa",), ("ansa",), ("efe",),
    ("xinhua",), ("tass",), ("itar-tass",), ("interfax",), ("kyodo",), ("yonhap",), ("irna",),
    ("kcna",), ("bernama",), ("antara",), ("aap",), ("pti",), ("anadolu",), ("bloomberg",),
    ("associated", "press"), ("canadian", "press"), ("press", "association"),
    ("agence", "france-presse"), ("agence", "france", "presse"), ("ria", "novosti"),
})
_LONGEST = max(len(a) for a in AGENCIES)
_JOINERS = frozenset({"/", ",", "and", "&"})  # between agencies sharing a credit: "(AFP, Reuters)"
_CREDIT_TOKENS = 2 * _LONGEST + 1  # the longest credit looked for in parentheses: two agencies
_DASHES = frozenset({"-", "--", "—", "–"})
_DATELINE_TOKENS = 14  # a dateline's dash comes within this many tokens of the body's start


def agency_name(words: Sequence[str]) -> bool:
    """Whether the tokens (any case) are an agency's name alone ("Reuter", "AFP", "Associated Press")."""
    return 0 < len(words) <= _LONGEST and tuple(w.lower() for w in words) in AGENCIES


def agencies(words: Sequence[str]) -> bool:
    """Whether lower-case tokens are one agency or several joined ("reuters / ap")."""
    return _agencies(words)


def _agencies(words: Sequence[str]) -> bool:
    """Whether lower-case tokens are one agency or several joined ("reuters / ap", "afp , reuters")."""
    chunks: list[list[str]] = [[]]
    for w in words:
        if w in _JOINERS:
            chunks.append([])
        else:
            chunks[-1].append(w)
    return all(tuple(c) in AGENCIES for c in chunks)


def _words(text: str, lay: FieldLayout, first: int, last: int) -> list[str]:
    """Lower-case texts of the tokens first..last-1 (clipped to the field)."""
    return [text[lay.starts[i] : lay.ends[i]].lower()
            for i in range(max(0, first), min(last, len(lay.starts)))]


def _closing(text: str, lay: FieldLayout) -> range:
    """An agency in the parentheses that end the field: "... Resume (AP)"."""
    n = len(lay.starts)
    words = _words(text, lay, n - _CREDIT_TOKENS - 2, n)
    if words[-1] != ")" or "(" not in words:
        return range(0)
    opening = len(words) - 1 - words[::-1].index("(")
    first = n - len(words) + opening + 1
    return range(first, n - 1) if _agencies(words[opening + 1 : -1]) else range(0)


def _dateline(text: str, lay: FieldLayout, start: int = 0) -> list[int]:
    """An agency before the dash of the body's opening dateline or alone before it; after a
    lone agency, the dateline that may follow ("Canadian Press - KINSHASA, Congo (AP) -")."""
    words = _words(text, lay, start, start + _DATELINE_TOKENS)
    dash = next((i for i, w in enumerate(words) if w in _DASHES), -1)
    if dash <= 0:
        return []
    if tuple(words[:dash]) in AGENCIES:
        lead = list(range(start, start + dash))
        return lead + _dateline(text, lay, start + dash + 1) if start == 0 else lead
    if words[dash - 1] != ")":
        return []
    opening = next((i for i in range(dash - 2, max(dash - 3 - _CREDIT_TOKENS, -1), -1)
                    if words[i] == "("), -1)
    if opening < 0 or not _agencies(words[opening + 1 : dash - 1]):
        return []
    return list(range(start + opening + 1, start + dash - 1))


def _sign_off(text: str, lay: FieldLayout) -> range:
    """The body's last line when it holds an agency's name and nothing else."""
    line = text.rstrip().rfind("\n") + 1  # 0: a body of one line has no sign-off
    n = len(lay.starts)
    tail = [i for i in range(max(0, n - _LONGEST), n) if lay.starts[i] >= line] if line else []
    if not tail or (tail[0] > 0 and lay.starts[tail[0] - 1] >= line):  # more on that line
        return range(0)
    return range(tail[0], n) if tuple(_words(text, lay, tail[0], n)) in AGENCIES else range(0)


def credit_tokens(text: str, lay: FieldLayout, title: bool = False) -> frozenset[int]:
    """Indices of the tokens of `lay` (a field's layout over `text`) that name a wire credit; a
    title can only have one in closing parentheses."""
    if not lay.starts:
        return frozenset()
    if title:
        return frozenset(_closing(text, lay))
    return frozenset((*_closing(text, lay), *_dateline(text, lay), *_sign_off(text, lay)))
