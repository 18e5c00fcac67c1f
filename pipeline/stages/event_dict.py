"""Event verb dictionary: PLOVER types, CAMEO crosswalk, trigger forms, modes and cues.

The data lives in ``pipeline/resources/event_verbs.toml``; see
``docs/event-dictionary.md``. This module only loads, validates and expands
it (inflecting verb lemmas); matching triggers in text is the coder's job.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.paths import RESOURCES_DIR

EVENT_VERBS_PATH = RESOURCES_DIR / "event_verbs.toml"

PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "DEMAND", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
        "COERCE", "ASSAULT",
    }
)  # fmt: skip
QUADS = frozenset(
    {"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"}
)
CUE_KINDS = ("negation", "future", "conditional", "reported", "historical")
_CAMEO_RE = re.compile(r"^\d{2,4}$")
_VOWELS = frozenset("aeiou")


class EventDictError(ValueError):
    """Raised when the event verb dictionary is malformed."""


@dataclass(frozen=True, slots=True)
class EventType:
    """One event type with its CAMEO crosswalk, trigger forms and modes."""

    code: str
    quad: str
    cameo: str
    cameo_label: str
    cameo_codes: dict[str, str]
    requires_recipient: bool
    verbs: tuple[str, ...]
    nouns: tuple[str, ...]
    default_mode: str | None
    modes: dict[str, tuple[str, ...]]

    def verb_forms(self, irregular: dict[str, tuple[str, ...]]) -> frozenset[str]:
        """Return every inflected surface form of this type's verb entries (lower case)."""
        return frozenset(form for verb in self.verbs for form in inflect_phrase(verb, irregular))


@dataclass(frozen=True, slots=True)
class EventDictionary:
    """The whole dictionary: types, irregular verbs and modality cues."""

    types: dict[str, EventType]
    irregular: dict[str, tuple[str, ...]]
    cues: dict[str, tuple[str, ...]]
    cue_max_tokens: int
    clause_breaks: tuple[str, ...]

    def trigger_index(self) -> dict[str, tuple[str, ...]]:
        """Map every verb form and noun trigger (lower case) to the event types it signals."""
        index: dict[str, set[str]] = {}
        for code, etype in self.types.items():
            for form in etype.verb_forms(self.irregular) | set(etype.nouns):
                index.setdefault(form.lower(), set()).add(code)
        return {form: tuple(sorted(codes)) for form, codes in index.items()}


def inflect(lemma: str, irregular: dict[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """Return a verb lemma and its inflected forms (3sg, past, -ing) by the documented rule."""
    word = lemma.lower()
    if irregular and word in irregular:
        return (word, *irregular[word])
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = word + "es"
    elif word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        third = word[:-1] + "ies"
    else:
        third = word + "s"
    if word.endswith("e"):
        past = word + "d"
    elif word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        past = word[:-1] + "ied"
    else:
        past = word + "ed"
    if word.endswith("ie"):
        gerund = word[:-2] + "ying"
    elif word.endswith("e") and not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
        gerund = word[:-1] + "ing"
    else:
        gerund = word + "ing"
    return tuple(dict.fromkeys((word, third, past, gerund)))


def inflect_phrase(
    phrase: str, irregular: dict[str, tuple[str, ...]] | None = None
) -> tuple[str, ...]:
    """Inflect the first word of a verb phrase ("hold talks" -> "held talks", ...)."""
    head, _, rest = phrase.lower().partition(" ")
    return tuple(f"{form} {rest}".strip() for form in inflect(head, irregular))


def load_event_dictionary(path: Path | None = None) -> EventDictionary:
    """Load and validate the event verb dictionary (default: the packaged file)."""
    source = path if path is not None else EVENT_VERBS_PATH
    try:
        with source.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise EventDictError(f"{source}: invalid TOML: {exc}") from exc
    irregular = {
        k: tuple(_strings(v, f"irregular.{k}", source))
        for k, v in data.get("irregular", {}).items()
    }
    raw_types = data.get("types")
    if not isinstance(raw_types, dict) or not raw_types:
        raise EventDictError(f"{source}: missing [types]")
    raw_modes = data.get("modes", {})
    types = {
        code: _parse_type(code, raw, raw_modes.get(code, {}), source)
        for code, raw in raw_types.items()
    }
    unknown_modes = set(raw_modes) - set(types)
    if unknown_modes:
        raise EventDictError(f"{source}: [modes] for unknown types {sorted(unknown_modes)}")
    raw_cues = data.get("cues", {})
    cues = {
        kind: tuple(_strings(raw_cues.get(kind, []), f"cues.{kind}", source)) for kind in CUE_KINDS
    }
    scope = raw_cues.get("scope", {})
    return EventDictionary(
        types=types,
        irregular=irregular,
        cues=cues,
        cue_max_tokens=int(scope.get("max_tokens", 6)),
        clause_breaks=tuple(
            _strings(scope.get("clause_breaks", []), "cues.scope.clause_breaks", source)
        ),
    )


def _parse_type(code: str, raw: Any, raw_modes: Any, source: Path) -> EventType:
    where = f"{source}: types.{code}"
    if code not in PLOVER_TYPES or not isinstance(raw, dict):
        raise EventDictError(f"{where}: unknown event type")
    if raw.get("plover") != code:
        raise EventDictError(f"{where}: plover must equal the table name")
    if raw.get("quad") not in QUADS:
        raise EventDictError(f"{where}: quad {raw.get('quad')!r} not in {sorted(QUADS)}")
    cameo = raw.get("cameo")
    cameo_codes = raw.get("cameo_codes", {})
    if not isinstance(cameo, str) or not _CAMEO_RE.match(cameo):
        raise EventDictError(f"{where}: cameo {cameo!r} must be a CAMEO code string")
    if not all(isinstance(k, str) and _CAMEO_RE.match(k) for k in cameo_codes):
        raise EventDictError(f"{where}: cameo_codes keys must be CAMEO code strings")
    verbs = _strings(raw.get("verbs", []), f"types.{code}.verbs", source)
    if not verbs:
        raise EventDictError(f"{where}: no verbs")
    if not isinstance(raw_modes, dict):
        raise EventDictError(f"{where}: modes must be a table")
    modes = {
        m: tuple(_strings(words, f"modes.{code}.{m}", source)) for m, words in raw_modes.items()
    }
    default_mode = raw.get("default_mode")
    if default_mode is not None and modes and default_mode not in modes:
        raise EventDictError(f"{where}: default_mode {default_mode!r} is not one of its modes")
    return EventType(
        code=code,
        quad=raw["quad"],
        cameo=cameo,
        cameo_label=str(raw.get("cameo_label", "")),
        cameo_codes={str(k): str(v) for k, v in cameo_codes.items()},
        requires_recipient=bool(raw.get("requires_recipient", False)),
        verbs=tuple(verbs),
        nouns=tuple(_strings(raw.get("nouns", []), f"types.{code}.nouns", source)),
        default_mode=default_mode,
        modes=modes,
    )


def _strings(value: object, where: str, source: Path) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise EventDictError(f"{source}: {where} must be a list of non-empty strings")
    return list(value)
