"""Entity mentions from tagged tokens, linked within the article ("Trump" after "Donald Trump")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.models import EntityLabel, EntityMention, TextField

_LABELS: dict[str, EntityLabel] = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class RawMention:
    """A tagged span before linking: field, character offsets, label, sentence index."""

    field: TextField
    start: int
    end: int
    text: str
    label: EntityLabel
    sentence: int


def model_label(tag: str) -> EntityLabel:
    """Our label for a tagger label (PER → PERSON)."""
    return _LABELS[tag]


def _key(text: str) -> str:
    return _POSSESSIVE.sub("", text).strip().lower()


def link_mentions(raw: Sequence[RawMention]) -> list[EntityMention]:
    """Group co-referring mentions into article entities with a canonical form.

    People: a mention equal to the last name (or the first and last name) of a
    longer name in the article joins that name's entity when only one name
    matches. Other labels: the same text, ignoring case and a possessive 's.
    """
    keys = [_key(m.text) for m in raw]  # each mention's key, computed once
    full_names: dict[str, list[str]] = {}
    for m, mkey in zip(raw, keys, strict=True):
        parts = mkey.split()
        if m.label == "PERSON" and len(parts) >= 2:
            full_names.setdefault(parts[-1], [])
            if mkey not in full_names[parts[-1]]:
                full_names[parts[-1]].append(mkey)
    canonical_of: dict[tuple[str, str], str] = {}
    for m, mkey in zip(raw, keys, strict=True):
        key = mkey
        if m.label == "PERSON":
            candidates = full_names.get(key.split()[-1] if key else "", [])
            if len(candidates) == 1 and (len(key.split()) == 1 or key == candidates[0]):
                key = candidates[0]
            elif len(candidates) > 1:
                longer = [c for c in candidates if c.endswith(key) and c != key]
                key = max(longer, key=len) if len(longer) == 1 else key
        canonical_of[(m.label, mkey)] = key
    ids: dict[tuple[str, str], str] = {}
    surfaces: dict[str, str] = {}
    entity_of: list[str] = []
    for m, mkey in zip(raw, keys, strict=True):
        ckey = (m.label, canonical_of[(m.label, mkey)])
        if ckey not in ids:
            ids[ckey] = f"e{len(ids) + 1}"
        entity_of.append(ids[ckey])
        text = _POSSESSIVE.sub("", m.text).strip() or m.text
        best = surfaces.get(ids[ckey])
        if best is None or len(text) > len(best):
            surfaces[ids[ckey]] = text
    mentions: list[EntityMention] = []
    for m, entity in zip(raw, entity_of, strict=True):
        mentions.append(
            EntityMention(
                field=m.field, start=m.start, end=m.end, text=m.text, label=m.label,
                sentence=m.sentence, entity=entity, canonical=surfaces[entity],
            )
        )
    return mentions
