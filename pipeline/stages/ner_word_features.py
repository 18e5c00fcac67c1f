"""Features of a word type: identity, shape, case, affixes, word clusters, gazetteer membership.

They depend on the word alone, so the tagger sums their weights once per type
(ner_typerows.py looks up the same features without building these strings).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple, TypeVar

from pipeline.stages.ner_lexicon import MAX_WORD, OFFSETS, PAD_LEFT, PAD_RIGHT, Lexicon

_V = TypeVar("_V")


def collapse_runs(mapped: str, collapse: int) -> str:
    """Keep at most `collapse` characters of each run of the same character."""
    out: list[str] = []
    last = ""
    run = 0
    for c in mapped:
        if c == last:
            run += 1
            if run > collapse:
                continue
        else:
            last = c
            run = 1
        out.append(c)
    return "".join(out)


def word_shape(word: str, collapse: int) -> str:
    """Map characters to X/x/d (others kept), collapsing runs longer than `collapse`."""
    mapped = "".join("X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
                     for ch in word)
    return collapse_runs(mapped, collapse)


def cluster_of(word: str, table: Mapping[str, _V]) -> _V | None:
    found = table.get(word)
    if found is None and word.isupper():
        found = table.get(word.title())
    if found is None:
        found = table.get(word.lower())
    if found is None:
        found = table.get(word.capitalize())
    return found


def gazetteer_of(word: str, lex: Lexicon) -> tuple[str, ...]:
    found = lex.gaz_single.get(word)
    if found is None and word.isupper() and len(word) > 1:
        found = lex.gaz_single.get(word.title())
    return found or ()


def word_case(word: str) -> str:
    """The case feature of a word: upper, title, mixed, lower or other."""
    if word.isupper():
        return "upper"
    if word[:1].isupper():
        return "title" if word[1:].islower() or len(word) == 1 else "mixed"
    return "lower" if word.islower() else "other"


def type_attributes(word: str, lex: Lexicon) -> dict[int, list[str]]:
    """Attributes of a word type for each relative offset at which it can be seen."""
    if word in PAD_LEFT or word in PAD_RIGHT:
        return {k: [f"{k}:pad={word}"] for k in OFFSETS if k != 0}
    word = word[:MAX_WORD]
    low = word.lower()
    shape = word_shape(word, 2)
    short = word_shape(word, 1)
    case = word_case(word)
    clusters = cluster_of(word, lex.clusters)
    emb = cluster_of(word, lex.embeddings) if lex.embeddings else None
    gaz = gazetteer_of(word, lex)
    a0 = [
        f"w={word}",
        f"lw={low}",
        f"sh={shape}",
        f"ss={short}",
        f"case={case}",
        f"len={min(len(word), 8)}",
    ]
    for n in (1, 2, 3, 4):
        if len(low) > n:
            a0.append(f"p{n}={low[:n]}")
            a0.append(f"s{n}={low[-n:]}")
    if any(ch.isdigit() for ch in word):
        a0.append("digit")
    if "-" in word:
        a0.append("hyph")
    if "." in word:
        a0.append("dot")
    if clusters is None:
        a0.append("c=none")
    else:
        a0.extend(f"{g}={c}" for g, c in zip(lex.granularities, clusters, strict=False))
    a0.extend(f"g={g}" for g in gaz)
    if emb:
        a0.extend(f"e{d}{ch}" for d, ch in enumerate(emb) if ch != "0")
    near = [f"lw={low}", f"ss={short}", f"case={case}"]
    if clusters is not None and len(clusters) >= 3:
        near.extend((f"c1={clusters[1]}", f"c2={clusters[2]}"))
    near.extend(f"g={g}" for g in gaz)
    far = [f"lw={low}", f"ss={short}"]
    if clusters is not None and len(clusters) >= 2:
        far.append(f"c1={clusters[1]}")
    return {
        -2: [f"-2:{a}" for a in far],
        -1: [f"-1:{a}" for a in near],
        0: a0,
        1: [f"1:{a}" for a in near],
        2: [f"2:{a}" for a in far],
    }


class WordForm(NamedTuple):
    """What the context features need to know of a word type (computed once per type)."""

    low: str  # word.lower()
    short: str  # word_shape(word[:MAX_WORD], 1)
    first_upper: bool  # word[:1].isupper()
    is_lower: bool  # word.islower()
    cased: bool  # any(ch.isalpha() for ch in word)
    upper: bool  # word.isupper()


def word_form(word: str) -> WordForm:
    """The WordForm of a word."""
    return WordForm(word.lower(), word_shape(word[:MAX_WORD], 1), word[:1].isupper(),
                    word.islower(), any(ch.isalpha() for ch in word), word.isupper())
