"""Event triggers in a sentence, their type, mode, CAMEO code and modality (negated, future, ...)."""

from __future__ import annotations

from typing import NamedTuple

from pipeline.models import Modality
from pipeline.stages.asides import aside_before
from pipeline.stages.casualty_counts import past_quantity
from pipeline.stages.lexicon import NO_WORDS, CoderLexicon, Trigger
from pipeline.stages.mentions import Tokens
from pipeline.stages.noun_subjects import ordinal_agent
from pipeline.stages.participles import irregular_passive
from pipeline.stages.plan_nouns import predicated_noun
from pipeline.stages.timing import after_date

_ARTICLES = frozenset({"the", "a", "an"})
_QUOTES = frozenset({'"', "“", "‘", "'", "(", "["})
_PARTICIPLE_ENDINGS = ("ed", "en", "wn")
# Particles of phrasal verbs ("handed over", "pulled out"): a trigger phrase made of a verb and
# these still has its object after it; one with a noun ("lifted sanctions") has it inside.
_PARTICLES = frozenset({"over", "out", "off", "down", "up", "back", "away", "on", "in"})
# Participles that do not end in "-ed"/"-en" but are passive in the same frames ("Envoy shot").
_KILLED_FORMS = frozenset({"struck", "hit", "shot", "gunned"})
# Words after a headline participle that show it has no object, so it is passive.
_HEADLINE_NO_OBJECT = frozenset({"and", "but", "as", "after", "amid", "while", "when", "near", "says",
                                 "say", "said", "-", "--"})


class Found(NamedTuple):
    """A trigger occurrence: token span, chosen type, mode, modality and why (a NamedTuple for
    the reason `mentions.Span` is one)."""

    first: int
    last: int
    trigger: Trigger
    code: str
    mode: str | None
    modality: Modality
    modality_reason: str | None


def find_triggers(tok: Tokens, first: int, last: int, sentence: int, occupied: set[int],
                  lex: CoderLexicon) -> list[tuple[int, int, Trigger]]:
    """Trigger phrases of a sentence outside actor mentions, longest match first: (start, end,
    trigger); a phrase may take modifiers before its last word ("held fresh talks")."""
    out: list[tuple[int, int, Trigger]] = []
    firsts = lex.trigger_index.firsts
    blocked = lex.word_set("gap_blockers")
    low = tok.low
    if firsts.isdisjoint(low[first:last]):
        return out  # most sentences: one set test
    free = first  # the first token not inside a phrase already found
    for i in [j for j in range(first, last) if low[j] in firsts and j not in occupied]:
        if i < free:
            continue
        hit = lex.trigger_index.match_gapped(low, i, last, lex.phrase_gap, blocked, occupied)
        if hit is None:
            continue
        phrase, size = hit
        word = tok.text[i]
        proper = (word[:1].isupper() and tok.caps[sentence] and i != first
                  and low[i - 1] not in _QUOTES)
        if not proper:
            out.append((i, i + size, lex.triggers[phrase]))
        free = i + size
    return out


def choose_type(trigger: Trigger, words: list[str], lex: CoderLexicon) -> str:
    """One type for a trigger: by context words, else the configured priority, when it signals several."""
    if len(trigger.types) == 1:
        return trigger.types[0]
    present = set(words)
    for code in trigger.types:
        if lex.context.get(code, NO_WORDS) & present:
            return code
    ranked = sorted(trigger.types, key=lambda t: lex.type_priority.index(t)
                    if t in lex.type_priority else len(lex.type_priority))
    return ranked[0]


def choose_mode(tok: Tokens, first: int, last: int, at: int, code: str, lex: CoderLexicon,
                phrase: tuple[str, ...] = ()) -> str | None:
    """The mode whose cue word is nearest the trigger, else the type's default mode.

    A trigger phrase that is itself a mode cue decides ("pulled its troops out": withdraw).
    """
    for mode, index in lex.modes.get(code, ()) if len(phrase) > 1 else ():
        if index.match(list(phrase), 0, len(phrase)) == phrase:
            return mode
    if lex.mode_firsts.get(code, NO_WORDS).isdisjoint(tok.low[first:last]):
        return lex.dictionary.types[code].default_mode  # one test for all of the type's modes
    best: tuple[int, str] | None = None
    for mode, index in lex.modes.get(code, ()):
        for start, _ in index.ends_before(tok.low, last, first):
            distance = abs(start - at)
            if best is None or distance < best[0]:
                best = (distance, mode)
    return best[1] if best else lex.dictionary.types[code].default_mode


def is_passive(tok: Tokens, at: int, first: int, sentence: int, lex: CoderLexicon,
               end: int | None = None) -> bool:
    """Whether a participle trigger is passive: after "to be", before "by", or in a headline.

    `end` is where the trigger phrase ends ("handed over": the particle is not what follows).
    """
    end = at + 1 if end is None else end
    irregular = irregular_passive(tok, at, first, lex)  # "had been told to"
    if irregular is not None:
        return irregular
    if not tok.low[at].endswith(_PARTICIPLE_ENDINGS) and tok.low[at] not in _KILLED_FORMS:
        return False
    last = tok.sentences[sentence][1]
    if end < last and tok.low[end] == "dead" and tok.low[end - 1] in _KILLED_FORMS:
        end += 1  # "two Danes shot dead near the border": "dead" is no object
    after = tok.low[past_quantity(tok, end, last, lex)] if end < last else "."  # "killed at least 5"
    if not tok.caps[sentence] and (tok.low[at].endswith("ed") or tok.low[end - 1] == "dead") \
            and not after[:1].isdigit() \
            and all(w in _PARTICLES or w == "dead" for w in tok.low[at + 1 : end]) and (
            not after.isalpha() or after in _HEADLINE_NO_OBJECT
            or after in lex.word_set("prepositions")):
        return True  # headline passive: "Soldier Killed in Blast", not "Troops Killed 1,200 Rebels"
    aux = lex.word_set("passive_aux")
    if after in ("by", "of") and tok.low[end - 1] not in _PARTICLES \
            and (end - 1 == at or after == "by"):  # not "pulled out of", "banned exports of"
        return True
    prev = tok.low[at - 1] if at > first else ""
    if prev.isalpha() and prev == tok.text[at - 1] and prev not in aux and any(
            tok.low[j] == "," and tok.low[j + 1] in ("a", "an") for j in range(max(first, at - 7), at - 1)):
        return True  # reduced relative in an apposition: ", a former teacher detained in ..."
    objectless = all(w in _PARTICLES or w == "dead"  # "handed over", not "lifted sanctions"
                     for w in tok.low[at + 1 : end])
    dated = after_date(tok, end, last, lex)
    if dated > end:  # "demanded on Saturday that ...": the word after the date tells
        after = tok.low[dated] if dated < last else "."
    if objectless and (after in lex.word_set("passive_prepositions") or after in (".", ",", ";", ":")) \
            and tok.low[at] not in lex.intransitive \
            and (tok.low[at].endswith(("ed", "en")) or tok.low[end - 1] == "dead"):
        return True  # a transitive verb with no object: "two Italians seized in Kabul"
    if prev == "," and at - 2 >= first and tok.low[at - 2].isalpha() \
            and tok.low[at - 2] == tok.text[at - 2] \
            and after in lex.word_set("prepositions") - {"to"}:
        return True  # reduced relative after a noun: "sanctions, threatened over the killings,"
    for j in range(at - 1, max(first, at - 3) - 1, -1):
        if tok.low[j] in aux:
            return True
        if not tok.low[j].endswith("ly"):
            return False
    return False


def _month_may(tok: Tokens, i: int, first: int, lex: CoderLexicon) -> bool:
    """Whether "May" is the month, not the modal: capitalised inside the sentence and after a
    preposition of time or before a number ("since May 1994", "on May 3", "in May")."""
    if tok.low[i] != "may" or tok.text[i] != "May" or i == first:
        return False
    before = tok.low[i - 1]
    return before in lex.word_set("month_prepositions") or (
        i + 1 < len(tok.low) and tok.low[i + 1][:1].isdigit())


def modality(tok: Tokens, at: int, first: int, sentence: int, occupied: set[int],
             lex: CoderLexicon) -> tuple[Modality, str | None]:
    """Negation, conditional or future cue before the trigger in the same clause, else asserted."""
    start = at
    while start > first and at - start < lex.cue_scope and tok.low[start - 1] not in lex.clause_breaks:
        start -= 1
    found: dict[str, str] = {}
    aside: tuple[int, int] | None = None
    for kind in ("negation", "conditional", "future"):
        hits = lex.cues[kind].ends_before(tok.low, at, start)
        if hits:  # "Iran, which denies it, urged ...": the aside's cue describes the subject
            if aside is None:
                aside = aside_before(tok, at, first, lex.word_set("aside_verbs"))
            hits = [h for h in hits if not _month_may(tok, h[0], first, lex)
                    and not aside[0] < h[0] < aside[1]
                    and not (kind == "future" and predicated_noun(tok, h[0], h[1], at, lex))]
        if hits:
            found[kind] = " ".join(hits[-1][1])
    if "negation" in found:
        return "negated", f"negation cue '{found['negation']}' before the trigger"
    if "conditional" in found:
        return "conditional", f"conditional cue '{found['conditional']}' before the trigger"
    if "future" in found:
        return "future", f"future cue '{found['future']}' before the trigger"
    ahead = _ahead_of_modal(tok, at, first, lex)
    if ahead is not None:
        return ahead
    infinitive = _infinitive(tok, at, first, not tok.caps[sentence], occupied, lex)
    if infinitive and not ordinal_agent(tok, at, first, occupied, lex):  # "the first to visit"
        return "future", "the trigger is an infinitive (an intention, not a fact)"
    if _task(tok, at, first, lex):
        return "future", "the trigger is the object of a task ('tasked with leading the talks')"
    if _wished(tok, at, first, occupied, lex):
        return "future", "the trigger is the object of a wish or vow ('vows immediate talks')"
    return "asserted", None


def _ahead_of_modal(tok: Tokens, at: int, first: int, lex: CoderLexicon
                    ) -> tuple[Modality, str] | None:
    """A trigger in a clause of time (`temporal_links`: "after", "when", "once") that hangs from a
    clause with a modal ("it would lift the siege only after Arafat withdrew his men", "could
    act once the banks agreed") shares that clause's modality: the condition is not yet a fact."""
    links = lex.word_set("temporal_links")
    link = next((j for j in range(at - 1, max(first, at - lex.cue_scope) - 1, -1)
                 if tok.low[j] in links or tok.low[j] in lex.clause_breaks or tok.low[j] == ","), None)
    if link is None or tok.low[link] not in links:
        return None
    for j in range(link - 1, max(first, link - 8) - 1, -1):
        if tok.low[j] in lex.clause_breaks or tok.low[j] in (",", "said", "says"):
            return None
        kind = _MODALS.get(tok.low[j])
        if kind is not None:
            return ("conditional" if kind == "conditional" else "future",
                    f"in a clause of time ('{tok.low[link]}') after the modal '{tok.low[j]}'")
    return None


_MODALS = {"would": "conditional", "could": "conditional", "might": "conditional",
           "may": "conditional", "should": "conditional", "will": "future", "'ll": "future",
           "shall": "future"}


def subject_modality(tok: Tokens, end: int, last: int) -> tuple[Modality, str] | None:
    """A noun trigger that is the subject of a modal verb is not a fact: "U.N. sanctions,
    threatened over the raids, would ruin us", "sanctions on Iran could hurt trade", "the
    meeting is unlikely to change ...".

    Looks past a parenthesis between commas, then up to three words, for the modal.
    """
    j = end
    if j < last and tok.low[j] == ",":
        close = next((k for k in range(j + 1, min(last, j + 14)) if tok.low[k] == ","), None)
        if close is None:
            return None
        j = close + 1
    for k in range(j, min(last, j + 4)):
        kind = _MODALS.get(tok.low[k]) or (_PREDICTIONS.get(tok.low[k]) if k > j and tok.low[k - 1]
                                           in ("is", "are", "was", "were") else None)
        if kind is not None:
            return ("conditional" if kind == "conditional" else "future",
                    f"the trigger is the subject of '{tok.low[k]}'")
        if not tok.low[k].isalpha() and tok.low[k] != ".":
            return None
    return None


# Predicates of a prediction after "is"/"are": "the G-7 meeting is unlikely to change ...".
_PREDICTIONS = {"likely": "conditional", "unlikely": "conditional", "expected": "future"}


def _wished(tok: Tokens, at: int, first: int, occupied: set[int], lex: CoderLexicon) -> bool:
    """A noun trigger that is the object of a verb of wish or vow (`wish_verbs`), past articles,
    modifiers and names but no preposition: "vows immediate Ukraine peace talks", "wants talks
    with Iran" (not "vows revenge after an air strike")."""
    single = lex.triggers.get((tok.low[at],))
    if single is None or not single.noun:
        return False  # "villagers awaiting food were attacked": a verb is no wished-for object
    wishes = lex.word_set("wish_verbs")
    stops = (lex.word_set("prepositions") | lex.clause_breaks
             | lex.word_set("passive_prepositions")  # "after", "while", "amid" ...
             | lex.word_set("passive_aux"))
    for j in range(at - 1, max(first, at - 5) - 1, -1):
        word = tok.low[j]
        if word in wishes:
            return True
        if word in stops or not (j in occupied or word.replace("-", "").isalpha()):
            return False
    return False


def _task(tok: Tokens, at: int, first: int, lex: CoderLexicon) -> bool:
    """A trigger after "with/for/of/to + V-ing (the)": a task or purpose, not a fact."""
    tasks = lex.word_set("task_prepositions")
    j = at - 1
    while j >= first and tok.low[j] in _ARTICLES:
        j -= 1
    return j - 1 >= first and tok.low[j].endswith("ing") and tok.low[j - 1] in tasks


def time_after(tok: Tokens, end: int, last: int, lex: CoderLexicon) -> tuple[Modality, str] | None:
    """A noun trigger followed by a future time, within four words and before a comma ("his visit
    to Moscow later this month", "talks scheduled for Monday") is not yet a fact."""
    later = lex.word_set("later_words")
    for word in tok.low[end : min(last, end + 4)]:
        if word in later:
            return "future", "a future time follows the trigger"
        if word in lex.clause_breaks:
            return None
    return called_off(tok, end, last, lex)


def called_off(tok: Tokens, end: int, last: int, lex: CoderLexicon) -> tuple[Modality, str] | None:
    """A noun trigger whose predicate says it did not take place (`called_off_words` right after it
    or after an auxiliary in its clause: "talks postponed", "talks between X and Y have been
    cancelled", a headline's "UNITY TALKS OFF, MUGABE SAYS"; "off" only before a break: "an
    attack off Somalia" is a place) is negated."""
    aux = lex.word_set("passive_perfect_aux")
    words = lex.word_set("called_off_words")
    for j in range(end, min(last, end + 8)):
        if tok.low[j] in lex.clause_breaks or tok.low[j] == ",":
            return None
        if tok.low[j] in words and (j == end or tok.low[j - 1] in aux) and not (
                tok.low[j] == "off" and j + 1 < last and tok.low[j + 1] not in (",", "-", "--", ";", ":")):
            return "negated", f"'{tok.low[j]}' says it did not take place"
    return None


def infinitive_object(tok: Tokens, at: int, first: int, sentence: int, occupied: set[int],
                      lex: CoderLexicon) -> tuple[Modality, str] | None:
    """A noun trigger that is the object of an infinitive, past an actor that modifies it, is an
    aim, not a fact: "to ward off US calls for sanctions", "to lead a Bangladesh rally"."""
    if _infinitive(tok, at, first, not tok.caps[sentence], occupied, lex, skip_names=True):
        return "future", "the trigger is the object of an infinitive (an aim, not a fact)"
    return None


def _infinitive(tok: Tokens, at: int, first: int, caseless: bool, occupied: set[int],
                lex: CoderLexicon, skip_names: bool = False) -> bool:
    phase = lex.word_set("phase_verbs")
    exempt = lex.word_set("infinitive_exempt")
    j = at - 1
    steps = 0
    while j >= first and steps < 4:
        word = tok.low[j]
        if word == "to":  # with names skipped, a verb must follow ("to OPEC pact" is no verb)
            return (j == first or tok.low[j - 1] not in exempt) and not (
                skip_names and (j + 1 in occupied or j + 1 == at)) and not _perfect(tok, j, at, lex)
        if skip_names and j in occupied:
            j -= 1
            continue
        if j in occupied or not (word in phase or word in _ARTICLES or (
                word.replace("-", "").isalpha() and (caseless or word == tok.text[j]))):
            return False
        j -= 1
        steps += 1
    return False


def _perfect(tok: Tokens, to: int, at: int, lex: CoderLexicon) -> bool:
    """"to have" + a past participle tells a past act, not an aim: "claimed to have bombed a
    convoy" (not "agreed to have talks")."""
    return to + 2 == at and tok.low[to + 1] == "have" and past_form(tok.low[at], lex)


def past_form(word: str, lex: CoderLexicon) -> bool:
    """A past tense or participle: "-ed", or an irregular form that is neither "-s" nor "-ing"."""
    return word.endswith("ed") or any(word in forms and not word.endswith(("s", "ing"))
                                      for forms in lex.dictionary.irregular.values())
