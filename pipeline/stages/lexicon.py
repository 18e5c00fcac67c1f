"""The event coder's compiled lexicon: trigger phrases, cues, modes and CAMEO codes, loaded once."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from pipeline.paths import RESOURCES_DIR
from pipeline.stages.event_dict import EventDictionary, inflect_phrase, load_event_dictionary

# The default of a look-up that finds no list: one shared object, since `frozenset()` allocates
# (and counts towards a garbage collection) on every call of the coder's hot path.
NO_WORDS: Final[frozenset[str]] = frozenset()

CODING_PATH = RESOURCES_DIR / "event_coding.toml"
Phrase = tuple[str, ...]
# Particles that end phrasal verbs: their object may come before them ("pulled troops back").
_PARTICLES = frozenset({"out", "back", "off", "down", "over", "up", "away"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger phrase (lower-case tokens) and the event types it may signal."""

    tokens: Phrase
    types: tuple[str, ...]
    noun: bool
    weak: bool
    needs_infinitive: bool = False
    intent: bool = False
    verb: bool = False


def phrase_tokens(phrase: str) -> Phrase:
    """Split a dictionary phrase into lower-case tokens the way our tokenizer would."""
    out: list[str] = []
    for word in phrase.lower().replace("n't", " n't").split():
        if word.endswith("'s") and len(word) > 2:
            out.extend((word[:-2], "'s"))
        else:
            out.append(word)
    return tuple(out)


class PhraseIndex:
    """Longest-match look-up of token phrases, keyed by their first token."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        """Index phrases by first token, longest first."""
        by_first: dict[str, list[Phrase]] = {}
        for p in set(phrases):
            if p:
                by_first.setdefault(p[0], []).append(p)
        self._by_first = {k: sorted(v, key=len, reverse=True) for k, v in by_first.items()}
        self.firsts = frozenset(self._by_first)
        self._multi = frozenset(k for k, v in self._by_first.items() if len(v[0]) > 1)
        # The first two tokens of every longer phrase: most tokens that start one ("the", "both")
        # start none, which this tells without trying each phrase.
        self._pairs = frozenset(p[:2] for v in self._by_first.values() for p in v if len(p) > 1)

    def match(self, low: list[str], i: int, stop: int) -> Phrase | None:
        """The longest phrase starting at token i (not beyond stop), else None."""
        found = self._by_first.get(low[i])
        if found is None:
            return None
        if i + 1 >= stop or (low[i], low[i + 1]) not in self._pairs:
            last = found[-1]
            return last if len(last) == 1 else None  # only a one-word phrase can match here
        for p in found:
            n = len(p)
            if i + n <= stop and (n == 1 or tuple(low[i : i + n]) == p):
                return p
        return None

    def match_gapped(self, low: list[str], i: int, stop: int, gap: int, blocked: frozenset[str],
                     occupied: set[int]) -> tuple[Phrase, int] | None:
        """The phrase at token i covering most tokens, as (phrase, tokens covered).

        Up to `gap` modifier words may stand before a phrase's last word when it is a content
        word or a particle: "held *fresh* talks", "reached a *preliminary* deal", "eased *its
        tough* stance", "pulled *troops* back".
        A modifier is a lower-case word, also a hyphenated one ("tested a *medium-range*
        missile", "held *high-level* talks"), that is not in `blocked` nor part of an actor
        mention.
        """
        exact = self.match(low, i, stop)
        best = (exact, len(exact)) if exact is not None else None
        if gap <= 0 or low[i] not in self._multi:
            return best
        for p in self._by_first[low[i]]:
            n = len(p)
            if n < 2 or (p[-1] in blocked and p[-1] not in _PARTICLES) \
                    or (best is not None and best[1] >= n + gap) \
                    or tuple(low[i : i + n - 1]) != p[:-1]:
                continue
            at = i + n - 1
            particle = p[-1] in _PARTICLES  # the object stands before it: "pulled troops back"
            for g in range(1, gap + 1):
                filler = at + g - 1
                if filler + 1 >= stop or (filler in occupied and not particle) \
                        or not (low[filler].isalpha() or ("-" in low[filler]
                                 and low[filler].replace("-", "").isalpha())) \
                        or low[filler] in blocked:
                    break
                if low[filler + 1] == p[-1]:
                    if best is None or n + g > best[1]:
                        best = (p, n + g)
                    break
        return best

    def ends_before(self, low: list[str], end: int, start: int) -> list[tuple[int, Phrase]]:
        """Phrases that lie within low[start:end], as (start index, phrase).

        Most calls find nothing: one set test over the window first (the mode cues of a type are
        looked for in every sentence with a trigger of that type).
        """
        found: list[tuple[int, Phrase]] = []
        if self.firsts.isdisjoint(low[start:end]):
            return found
        for i in range(start, end):
            for p in self._by_first.get(low[i], ()):
                if i + len(p) <= end and tuple(low[i : i + len(p)]) == p:
                    found.append((i, p))
                    break
        return found


@dataclass(frozen=True, slots=True)
class CoderLexicon:
    """Everything the event coder looks up, compiled from event_verbs.toml and event_coding.toml."""

    dictionary: EventDictionary
    triggers: dict[Phrase, Trigger]
    trigger_index: PhraseIndex
    cues: dict[str, PhraseIndex]
    cue_scope: int
    clause_breaks: frozenset[str]
    modes: dict[str, tuple[tuple[str, PhraseIndex], ...]]
    mode_firsts: dict[str, frozenset[str]]  # a type's mode cues' first words: most sentences hold none
    cameo: dict[str, dict[str, str]]
    object_cameo: dict[str, dict[str, str]]
    type_priority: tuple[str, ...]
    weak_window: int
    light_verbs: frozenset[str]
    light_window: int
    strict_nouns: frozenset[str]
    no_comment: frozenset[str]
    release_objects: frozenset[str]
    symmetric_types: frozenset[str]
    infinitive_window: int
    noun_window: int
    recipient_window: int
    words: dict[str, frozenset[str]]
    joint_references: PhraseIndex
    context: dict[str, frozenset[str]]
    content_types: frozenset[str]
    content_window: int
    object_content_types: frozenset[str] = frozenset()
    intransitive: frozenset[str] = frozenset()
    symmetric_forms: frozenset[str] = frozenset()
    phrase_gap: int = 0
    particle_verbs: frozenset[str] = frozenset()
    idle_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    reported_forms: frozenset[str] = frozenset()
    subject_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # unions of `[words]` lists asked for by `words_of`, each built on its first use
    unions: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, repr=False,
                                                          compare=False)

    def word_set(self, name: str) -> frozenset[str]:
        """The `[words]` list of that name; empty when event_coding.toml has none."""
        return self.words.get(name, NO_WORDS)

    def words_of(self, *names: str) -> frozenset[str]:
        """The union of several `[words]` lists, built once per combination instead of on each
        call of the coder's hot path."""
        found = self.unions.get(names)
        if found is None:
            found = frozenset().union(*(self.word_set(name) for name in names))
            self.unions[names] = found
        return found

    def cameo_code(self, code: str, mode: str | None) -> str:
        """The CAMEO crosswalk code for a type and mode."""
        by_mode = self.cameo.get(code, {})
        if mode is not None and mode in by_mode:
            return by_mode[mode]
        root = self.dictionary.types[code].cameo
        return root + "0" if len(root) == 2 else root


def _strings(table: dict[str, Any], key: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"event_coding.toml: {key} must be a list of strings")
    return value


def _by_form(table: dict[str, Any], dic: EventDictionary) -> dict[str, frozenset[str]]:
    """A lemma -> words table keyed by every inflected form of the lemma."""
    return {form: frozenset(_strings(table, lemma))
            for lemma in table for form in inflect_phrase(lemma, dic.irregular)}


def load_lexicon(path: Path | None = None, dictionary: EventDictionary | None = None
                 ) -> CoderLexicon:
    """Compile the coder lexicon from the two resource files."""
    with (path or CODING_PATH).open("rb") as handle:
        data = tomllib.load(handle)
    dic = dictionary or load_event_dictionary()
    coder, words = data.get("coder", {}), data.get("words", {})
    extra = data.get("extra_cues", {})
    weak: set[Phrase] = set()
    for lemma in _strings(coder, "weak_lemmas"):
        weak.update(phrase_tokens(f) for f in inflect_phrase(lemma, dic.irregular))
    weak.update(phrase_tokens(n) for n in _strings(coder, "weak_nouns"))
    types_of: dict[Phrase, set[str]] = {}
    nouns: set[Phrase] = set()
    verbs: set[Phrase] = set()
    for code, etype in dic.types.items():
        for form in etype.verb_forms(dic.irregular):
            types_of.setdefault(phrase_tokens(form), set()).add(code)
            verbs.add(phrase_tokens(form))
        for noun in etype.nouns:
            types_of.setdefault(phrase_tokens(noun), set()).add(code)
            nouns.add(phrase_tokens(noun))
    needs_to = {phrase_tokens(f) for lemma in _strings(coder, "infinitive_lemmas")
                for f in inflect_phrase(lemma, dic.irregular)}
    intents = {phrase_tokens(f) for lemma in _strings(coder, "intent_lemmas")
               for f in inflect_phrase(lemma, dic.irregular)}
    noun_like = {phrase_tokens(f) for f in _strings(coder, "noun_like_forms")}
    triggers = {p: Trigger(p, tuple(sorted(t)), p in nouns, p in weak or p in nouns,
                           p in needs_to and p not in nouns, p in intents, p in verbs)
                for p, t in types_of.items() if p not in noun_like or p in nouns}
    modes = {code: tuple((mode, PhraseIndex(phrase_tokens(w) for w in cue_words))
                         for mode, cue_words in etype.modes.items())
             for code, etype in dic.types.items()}
    return CoderLexicon(
        dictionary=dic, triggers=triggers, trigger_index=PhraseIndex(triggers),
        cues={kind: PhraseIndex(phrase_tokens(c) for c in (*cues, *_strings(extra, kind)))
              for kind, cues in dic.cues.items()},
        cue_scope=dic.cue_max_tokens, clause_breaks=frozenset(dic.clause_breaks),
        modes=modes,
        mode_firsts={code: frozenset().union(*(index.firsts for _, index in cues))
                     for code, cues in modes.items()},
        cameo={k: dict(v) for k, v in data.get("cameo", {}).items()},
        object_cameo={k: dict(v) for k, v in data.get("object_cameo", {}).items()},
        type_priority=tuple(_strings(coder, "type_priority")),
        weak_window=int(coder.get("weak_window", 3)),
        light_verbs=frozenset(form for lemma in _strings(coder, "light_verbs")
                              for form in inflect_phrase(lemma, dic.irregular)),
        light_window=int(coder.get("light_window", 4)),
        strict_nouns=frozenset(_strings(coder, "strict_nouns")),
        no_comment=frozenset(_strings(coder, "no_comment_verbs")),
        release_objects=frozenset(_strings(coder, "release_objects")),
        symmetric_types=frozenset(_strings(coder, "symmetric_types")),
        infinitive_window=int(coder.get("infinitive_window", 6)),
        noun_window=int(coder.get("noun_window", 4)),
        recipient_window=int(coder.get("recipient_window", 12)),
        words={k: frozenset(_strings(words, k)) for k in words if k != "joint_references"},
        joint_references=PhraseIndex(phrase_tokens(w) for w in _strings(words, "joint_references")),
        context={k: frozenset(_strings(coder.get("context", {}), k))
                 for k in coder.get("context", {})},
        content_types=frozenset(_strings(coder, "content_types")),
        content_window=int(coder.get("content_window", 3)),
        object_content_types=frozenset(_strings(coder, "object_content_types")),
        intransitive=frozenset(form for lemma in _strings(coder, "intransitive_lemmas")
                               for form in inflect_phrase(lemma, dic.irregular)),
        symmetric_forms=frozenset(form for lemma in _strings(coder, "symmetric_lemmas")
                                  for form in inflect_phrase(lemma, dic.irregular)),
        phrase_gap=int(coder.get("phrase_gap", 0)),
        particle_verbs=frozenset(form for lemma in _strings(coder, "particle_lemmas")
                                 for form in inflect_phrase(lemma, dic.irregular)),
        reported_forms=frozenset(form for lemma in _strings(coder, "reported_lemmas")
                                 for form in inflect_phrase(lemma, dic.irregular)),
        idle_objects=_by_form(coder.get("idle_objects", {}), dic),
        subject_words=_by_form(coder.get("subject_words", {}), dic),
    )


@functools.cache
def lexicon() -> CoderLexicon:
    """The process-wide coder lexicon."""
    return load_lexicon()
