"""A counterpart named by a nationality ("his Slovenian counterpart, Milan Kucan", "his German
counterpart"): one mention from the possessive to the name, so that "Chirac and his German
counterpart Helmut Kohl met" is a coordinated pair of subjects."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.stages.mentions import Tokens

if TYPE_CHECKING:
    from pipeline.stages.registry import Mention, Registry

COUNTERPART = "counterpart-nationality"
_WORDS = frozenset({"counterpart", "counterparts"})
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
_JOINING = frozenset({",", "and", "the", "or"})


def _nationality(m: Mention, tok: Tokens, reg: Registry) -> bool:
    """Whether a mention is a one-word country name right before "counterpart"."""
    return m.last - m.first == 1 and len(m.keys) == 1 and m.last < len(tok.low) \
        and tok.low[m.last] in _WORDS and reg.actors[m.keys[0]].type == "country"


def _named_at(name: Mention, at: int, tok: Tokens) -> bool:
    """Whether a name mention starts at `at`, or past a first name the mention left out ("his
    Spanish counterpart Miguel Moratinos" when only "Moratinos" is known)."""
    return name.first == at or (at < name.first <= at + 2 and all(
        w[:1].isupper() and w.isalpha() for w in tok.text[at : name.first]))


def merge_counterparts(mentions: list[Mention], tok: Tokens, reg: Registry,
                       locative: frozenset[str]) -> list[Mention]:
    """Merge each "[his] <nationality> counterpart[,] [<name>]" into one mention: the named person
    (who takes the nationality's country when nothing else places them), else the country. It
    takes the preposition of a mention it is coordinated with ("talks between X and his Chinese
    counterpart Y"), as coordinated mentions do."""
    out: list[Mention] = []
    n = 0
    while n < len(mentions):
        m = mentions[n]
        n += 1
        if not _nationality(m, tok, reg):
            out.append(m)
            continue
        start = m.first - 1 if m.first > 0 and tok.low[m.first - 1] in _POSSESSIVES else m.first
        last, keys, method = m.last + 1, m.keys, COUNTERPART
        at = last + 1 if last < len(tok.low) and tok.low[last] == "," else last
        name = mentions[n] if n < len(mentions) else None
        if name is not None and name.sentence == m.sentence and _named_at(name, at, tok) \
                and len(name.keys) == 1 and reg.actors[name.keys[0]].type == "person":
            info = reg.actors[name.keys[0]]
            if info.kb is None and info.country is None:
                info.country, info.method = reg.actors[m.keys[0]].country, COUNTERPART
            last, keys, method, n = name.last, name.keys, name.method, n + 1
        governed = m.governed
        prev = out[-1] if out and out[-1].sentence == m.sentence else None
        if governed is None and prev is not None and prev.governed is not None \
                and all(w in _JOINING for w in tok.low[prev.last : start]):
            governed = prev.governed  # "between X and his Chinese counterpart Y"
        out.append(m._replace(first=start, last=last, keys=keys, method=method,
                                       governed=governed, locative=governed in locative))
    return out
