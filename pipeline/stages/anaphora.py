"""Which earlier mention a pronoun stands for when the most recent one is not it.

`resolve._finish` binds "he"/"she" to the most recently named person and "it" to the last
country or organisation named as a subject. Two clause shapes say otherwise:

- a pronoun right after a reporting verb is the reporting clause's subject: "Turkey, which
  occupies northern Cyprus, insisted it would not ..." (Turkey, not Cyprus), "Iran said on Friday
  that it ..."; `reporting_subject` walks back from the verb past auxiliaries, adverbs, a
  parenthesis and one comma-delimited aside to the mention that ends there. When no mention ends
  there and the subject is an organisation's noun ("The German exchange said it", "the company
  said it"), "it" is the last organisation named, never a country, or nobody;
- a pronoun that opens its sentence ("He also ...", "But it ...") continues the previous
  sentence's subject, its first person or thing named outside a preposition or possessive ("Gen
  Musharraf held talks with Tony Blair. He arrived in Britain ..." is Musharraf), unless that
  sentence opens with a quotation, or a reporting verb stands before the mention ("The committee
  said the Audit Office should ... It blamed"), or the pronoun is an "it is"/"it was";
  `previous_subject`.

"they" names the two most recently named people only when they were joined by "and" ("Mr Howard
and Mr Letwin ... they") or one of them says it ("Trump said they had agreed", `speaker_in`);
otherwise it stays unresolved (`joined_by_and`): in the corpora it was
mostly the party, the team or the crowd just named ("Ireland continued to press and they ...").
"The two countries", "both sides" as a subject are the two countries (or, for sides, countries or
international organisations) named last (`joint_countries`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Span, Tokens

if TYPE_CHECKING:
    from pipeline.stages.registry import Mention, Registry

_POSSESSIVE = frozenset({"'s", "'", "’s", "’"})
_QUOTES = frozenset({'"', "“", "”", "‘", "'", "``"})
_OPENERS_MAX = 4  # "And , however ," before a pronoun at most
_ASIDE_MAX = 25  # tokens of a comma-delimited aside: ", which occupies northern Cyprus,"


def opens_sentence(tok: Tokens, at: int, start: int, lex: CoderLexicon) -> bool:
    """Whether only openers ("And", "But", "However ,") stand before `at`."""
    openers = lex.word_set("pronoun_openers")
    return at - start <= _OPENERS_MAX and openers.issuperset(tok.low[start:at])


def expletive_it(tok: Tokens, at: int, lex: CoderLexicon) -> bool:
    """Whether an "it" at `at` names nobody: "It was agreed that", "it is likely that", "it has
    emerged", "it is important to"; not "it agreed", "it is expected to" (may be the company),
    "it emerged from administration"."""
    words, low = lex.words, tok.low  # every list is in event_coding.toml
    raising, passives = words["expletive_raising"], words["expletive_passives"]
    adjectives, gap = words["expletive_adjectives"], words["expletive_gap"]
    if 0 < at < len(low) - 3 and low[at - 1] == "when" and low[at + 1] in words["comes_forms"] \
            and low[at + 2] == "to" and low[at + 3] not in words["came_to_places"]:
        return True  # "when it comes to costs"; not "when it came to power"
    i, copula = at + 1, False
    while i < len(low) and i - at <= 5:
        w, nxt = low[i], low[i + 1] if i + 1 < len(low) else ""
        if w in raising:
            return copula and nxt != "to"
        if w in passives:
            return copula
        if w in adjectives:
            return copula and nxt in words["extraposed_after"]
        if w in words["expletive_verbs"] and nxt not in gap and nxt not in raising \
                and nxt not in adjectives:
            return nxt not in words["expletive_verb_stops"]
        if w not in gap:
            return False
        copula, i = copula or w in words["expletive_copulas"], i + 1
    return False


def reporting_verb_before(tok: Tokens, at: int, start: int, lex: CoderLexicon) -> int:
    """Index of the reporting verb a pronoun at `at` follows ("said it", "said that it", "said on
    Friday that it"), else -1."""
    verbs = lex.word_set("reporting_verbs")
    between = lex.word_set("reporting_gap")
    i = at - 1
    while i >= start and at - i <= 4:
        if tok.low[i] in verbs:
            return i
        if tok.low[i] not in between:
            return -1
        i -= 1
    return -1


def subject_end(tok: Tokens, verb: int, start: int, lex: CoderLexicon) -> int:
    """Index of the last token of the verb's subject: back past auxiliaries and adverbs, a
    parenthesis ("the Kurdistan Democratic Party (KDP) said") and one comma-delimited aside
    (", which occupies northern Cyprus,"); -1 when the sentence starts there."""
    skip = lex.word_set("reporting_skip")
    i, asides = verb - 1, 0
    while i >= start:
        w = tok.low[i]
        if w in skip:
            i -= 1
        elif w == ")" and "(" in tok.low[max(start, i - 8):i]:
            i = max(j for j in range(max(start, i - 8), i) if tok.low[j] == "(") - 1
        elif w == "," and asides == 0:
            opened = [j for j in range(max(start, i - _ASIDE_MAX), i) if tok.low[j] == ","]
            if not opened:
                return -1
            i, asides = opened[-1] - 1, 1
        else:
            return i
    return -1


def reporting_subject(out: Sequence[Mention], tok: Tokens, at: int, start: int,
                      lex: CoderLexicon) -> Mention | int | None:
    """The mention that is the subject of the reporting verb right before a pronoun at `at`; the
    index of the subject's last word when no mention ends there ("the company said it"); None
    when no reporting verb stands before the pronoun."""
    verb = reporting_verb_before(tok, at, start, lex)
    end = subject_end(tok, verb, start, lex) if verb >= 0 else -1
    if end < 0:
        return None
    for m in reversed(out):
        if m.last - 1 == end and m.first >= start:
            return m if m.governed is None else None
        if m.last <= start:
            break
    return end


def previous_subject(out: Sequence[Mention], tok: Tokens, sentence: int, lex: CoderLexicon,
                     fits: Callable[[Mention], bool]) -> Mention | None:
    """The first mention of sentence `sentence` that fits (a person, or a country or organisation)
    and is no preposition's object nor a possessive ("Mr Brown's management")."""
    first, _ = tok.sentences[sentence]
    if tok.low[first] in _QUOTES:
        return None  # a quotation's mentions are not its sentence's subject: the speaker is
    verbs = lex.word_set("reporting_verbs")
    found: Mention | None = None
    for m in reversed(out):
        if m.sentence < sentence:
            break
        if m.sentence == sentence and m.governed is None and fits(m) \
                and (m.last >= len(tok.low) or tok.low[m.last] not in _POSSESSIVE) \
                and (not m.method.startswith("pronoun") or opens_sentence(tok, m.first, first, lex)):
            found = m  # a pronoun counts when it opens the sentence, not in "Asked whether he ..."
    if found is not None and not verbs.isdisjoint(tok.low[first:found.first]):
        return None  # "The committee said the National Audit Office should ...": not the subject
    return found


def joined_by_and(tok: Tokens, out: Sequence[Mention], pair: Sequence[str]) -> bool:
    """Whether the latest mentions of the two people stand in one sentence joined by "and", with at
    most a title between ("Mr Howard and shadow chancellor Oliver Letwin")."""
    last: dict[str, Mention] = {}
    for m in out:
        if len(m.keys) == 1 and m.keys[0] in pair:
            last[m.keys[0]] = m
    if len(last) != 2:
        return False
    a, b = sorted(last.values(), key=lambda m: m.first)
    return a.sentence == b.sentence and 0 < b.first - a.last <= 6 \
        and tok.low[a.last] == "and"



def speaker_in(out: Sequence[Mention], tok: Tokens, s: Span, start: int, pair: Sequence[str],
               lex: CoderLexicon) -> bool:
    """Whether "they" follows a reporting verb whose subject is one of the two people ("Trump
    said they had agreed", "The US president stated that they discussed ...")."""
    said = reporting_subject(out, tok, s.first, start, lex)
    return not isinstance(said, int) and said is not None and len(said.keys) == 1 \
        and said.keys[0] in pair


def bound(found: tuple[tuple[str, ...], str] | None, keys: tuple[str, ...], method: str
          ) -> tuple[tuple[str, ...], str]:
    """The clause's antecedent when it is another than the most recent one (the method of one
    that is the same stays, and with it the event's id)."""
    return found if found is not None and found[0] != keys else (keys, method)

def antecedent(out: list[Mention], tok: Tokens, s: Span, start: int, reg: Registry,
               recent: Sequence[str], *, person: bool) -> tuple[tuple[str, ...], str] | None:
    """A pronoun's antecedent when the clause says which: the subject of the reporting verb
    before it ("the company said it": the last organisation in `recent`, the countries and
    organisations named as subjects in this or the previous sentence, never a country), else, for
    a pronoun opening its sentence, the previous sentence's subject; None to keep the most recent
    person or organisation."""
    def fits(m: Mention) -> bool:
        return len(m.keys) == 1 and (reg.actors[m.keys[0]].type == "person") == person

    lex = reg.know.lexicon
    if not person and expletive_it(tok, s.first, lex):
        return (), "pronoun:expletive"
    said = reporting_subject(out, tok, s.first, start, lex)
    if isinstance(said, int):
        if person or tok.low[said] not in lex.word_set("organisation_heads"):
            return None
        firms = [k for k in recent if reg.actors[k].type not in ("country", "group")]
        return ((firms[-1],), "pronoun:reporting-organisation") if firms else ((), "pronoun")
    if said is not None:
        return ((said.keys[0],), "pronoun:reporting-subject") if fits(said) else None
    expletive = not person and s.last < len(tok.low) \
        and tok.low[s.last] in lex.word_set("expletive_after")
    if s.sentence > 0 and not expletive and opens_sentence(tok, s.first, start, lex):
        before = previous_subject(out, tok, s.sentence - 1, lex, fits)
        if before is not None:
            return (before.keys[0],), "pronoun:previous-subject"
    return None


def joint_countries(out: Sequence[Mention], tok: Tokens, s: Span, reg: Registry
                    ) -> tuple[str, ...] | None:
    """The two countries (for "sides" and "governments": countries or international
    organisations) most recently named in this or the two sentences before, in the order named, for
    a subject "the two countries" or "both sides"; () when the phrase is such a reference but no
    two are named or it is no subject; None when it is none of these phrases."""
    lex = reg.know.lexicon
    countries_only = s.value in lex.word_set("joint_country_references")
    if not countries_only and s.value not in lex.word_set("joint_side_references"):
        return None
    if s.last < len(tok.low) and tok.low[s.last] == "of":
        return ()  # "both sides of the Atlantic"
    start = tok.sentences[s.sentence][0]
    if not opens_sentence(tok, s.first, start, reg.know.lexicon) \
            and reporting_verb_before(tok, s.first, start, reg.know.lexicon) < 0:
        return ()  # a subject only: not "deter the two countries", "between the two countries"
    found: list[str] = []
    for m in reversed(out):
        if m.sentence < s.sentence - 2:
            break
        for key in m.keys:
            kind = reg.actors[key].type
            if key not in found and (kind == "country" if countries_only
                                     else kind in ("country", "igo")):
                found.append(key)
        if len(found) >= 2:
            break
    return tuple(reversed(found[:2])) if len(found) >= 2 else ()
