"""A group noun that describes the person named right after it ("Chechen rebel chief-of-staff Aslan
Maskhadov", "Bosnian Serb leader Radovan Karadzic"): one actor, the person, who takes the group's
country when nothing else places them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.stages.mentions import Span, Tokens

if TYPE_CHECKING:
    from pipeline.stages.registry import Registry

# How many loose descriptor words ("rebel chief-of-staff") may stand before the name.
_MAX_WORDS = 3

Resolved = tuple[Span, tuple[str, ...], str]


def _person(entry: Resolved, reg: Registry) -> str | None:
    """The person key of a resolved name, else None."""
    span, keys, _ = entry
    if span.kind not in ("kb", "ner") or len(keys) != 1:
        return None
    return keys[0] if reg.actors[keys[0]].type == "person" else None


def absorb_descriptors(resolved: list[Resolved], used: set[int], tok: Tokens, reg: Registry,
                       words: tuple[frozenset[str], ...]) -> list[Resolved]:
    """Fold the group nouns and descriptor words (`words`: `person_descriptors` and group nouns)
    right before a person's name into that name: a group mention there is marked used (no actor
    of its own; an unplaced person takes its country, and stays unabsorbed when the group has no
    country yet: "police detain dissident X"), and the name's span starts where they do, so
    "Lebed and rebel chief-of-staff Maskhadov" is one coordinated subject."""
    if not any(_person(entry, reg) for entry in resolved):
        return resolved
    covered = {i for s, _, _ in resolved for i in range(s.first, s.last)}
    ends = {entry[0].last: entry for entry in resolved}
    out = list(resolved)
    for n, entry in enumerate(out):
        key = _person(entry, reg)
        if key is None:
            continue
        span, keys, method = entry
        start = tok.sentences[span.sentence][0]
        first, loose = span.first, 0
        while first > start:
            group = ends.get(first)
            if group is not None and group[0].kind == "group" and id(group[0]) not in used:
                info = reg.actors[key]
                country = next((reg.actors[g].country for g in group[1]
                                if reg.actors[g].country), None)
                if info.kb is None and info.country is None:
                    if country is None:
                        break  # "police detain dissident X": the group, placed later, stays
                    info.country, info.method = country, "group-descriptor"
                used.add(id(group[0]))
                first = group[0].first
            elif first - 1 not in covered and loose < _MAX_WORDS \
                    and any(tok.low[first - 1] in w for w in words):
                first, loose = first - 1, loose + 1
            else:
                break
        if first < span.first:
            out[n] = (Span(first, span.last, span.kind, span.value, span.sentence, span.entity,
                           span.label), keys, method)
    return out
