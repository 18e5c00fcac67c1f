"""Actor mentions on the tokens of a field: KB aliases, countries, titles, NER mentions and pronouns."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from pipeline.models import EntityMention, TextField
from pipeline.stages.knowledge import Knowledge, norm_token
from pipeline.stages.name_parts import drop_name_parts
from pipeline.stages.types import FieldLayout

_MAX_COUNTRY_TOKENS = 6  # "Democratic Republic of the Congo"
# Tokens after which a capitalised word starts a clause, not a name: "BAGHDAD (Reuters) - Militants".
_CLAUSE_OPENERS = frozenset({"-", "--", "—", "–", ":", '"', "“"})
# "US-led coalition forces": the country that leads is the actor ("Syrian-backed militias" are
# not Syria).
_LED_BY = frozenset({"led"})
# Curly apostrophes and the split-off "'t" of "can't" as the word lists spell them.
_APOSTROPHES = {"'t": "n't", "’t": "n't", "’s": "'s"}
# Longer words a title-case headline may leave in lower case; any other lower-case word of four
# letters or more means the sentence is in normal case ("Donald Trump thanked Vladimir Putin").
_TITLE_CASE_LOWER = frozenset({"with", "from", "into", "over", "after", "about", "than", "that",
                               "upon", "amid", "says", "said", "near", "onto", "when"})


class Span(NamedTuple):
    """A token span found by the scan: what kind of thing it names and the look-up value.

    A NamedTuple, not a frozen dataclass: as immutable, and built three times faster (an article
    makes about a hundred).
    """

    first: int
    last: int
    kind: str  # kb | country | capital | province | title | pronoun | joint | group | ner
    value: str
    sentence: int
    entity: str | None = None
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Tokens:
    """One field's token texts, lower-cased and normalized forms, and sentence ranges."""

    text: list[str]
    low: list[str]
    norm: list[str]
    sentences: list[tuple[int, int]]
    caps: list[bool]


def field_tokens(text: str, lay: FieldLayout) -> Tokens:
    """Token texts of a field from its layout (no re-tokenization).

    `caps[s]` is False when sentence s is in capitals or title case, where case says nothing: most
    of its longer words are capitalised and none of the others is a content word (pieces of
    escaped HTML, "b&gt", are no words).
    """
    words: list[str] = []
    low: list[str] = []
    norm: list[str] = []
    for start, end in zip(lay.starts, lay.ends, strict=True):  # one pass, no generators
        word = text[start:end]
        lowered = word.lower()
        words.append(word)
        low.append(_APOSTROPHES.get(lowered, lowered))
        norm.append(lowered if word.isascii() and word.isalnum()  # normalize()'s fast path
                    else norm_token(word))
    caps = [_caseful(words, first, last) for first, last in lay.sentences]
    return Tokens(words, low, norm, list(lay.sentences), caps)


def _caseful(words: list[str], first: int, last: int) -> bool:
    """Whether case tells names in words[first:last]: a lower-case content word (nearly every
    sentence), or fewer than three in four of the longer words capitalised."""
    letters = upper = 0
    for i in range(first, last):
        word = words[i]
        if len(word) <= 3 or "&" in word:  # "&": a piece of escaped HTML ("b&gt"), no word
            continue
        head = word[:1]
        if not head.isalpha():
            continue
        if head.islower() and word not in _TITLE_CASE_LOWER:
            return True
        letters += 1
        upper += head.isupper()
    return not (letters >= 2 and upper >= 0.75 * letters)


def _is_name_token(tok: Tokens, i: int, sentence: int) -> bool:
    word = tok.text[i]
    if not word[:1].isalpha():
        return False
    return word[:1].isupper() if tok.caps[sentence] else True


def _country_match(know: Knowledge, tok: Tokens, i: int, stop: int, sentence: int
                   ) -> tuple[int, str, str] | None:
    """Longest country (or capital city) name starting at token i: (length, kind, iso3); kind
    "masked" for a region whose name holds another country's ("New Jersey", "New Mexico")."""
    geo = know.geo
    longest = min(_MAX_COUNTRY_TOKENS, stop - i) if tok.low[i] in geo.multiword_firsts else 1
    for n in range(longest, 0, -1):
        if not _is_name_token(tok, i + n - 1, sentence):
            continue
        name = " ".join(tok.text[i : i + n])
        found = geo.country_or_capital(name)
        if found is not None:
            return n, found[0], found[1]
        if n > 1 and geo.masks_countries(name):
            return n, "masked", ""
    head, _, tail = tok.text[i].rpartition("-")
    led = geo.country_or_capital(head) if head and tail.lower() in _LED_BY else None
    return (1, led[0], led[1]) if led is not None else None


def scan(tok: Tokens, know: Knowledge) -> list[Span]:
    """Every KB alias, country, capital, title, pronoun and joint reference in a field."""
    spans: list[Span] = []
    words = know.lexicon.words
    pronouns = words.get("person_pronouns", frozenset()) | words.get("thing_pronouns", frozenset())
    groups = words.get("group_nouns", frozenset())
    lowers = know.lexicon.joint_references.firsts | pronouns | groups
    titles = know.title_index.firsts
    joints, aliases = know.lexicon.joint_references, know.alias_index
    text, low, norm = tok.text, tok.low, tok.norm
    for index, (first, last) in enumerate(tok.sentences):
        caseful = tok.caps[index]
        free = first  # the first token after the last span found
        for i in [j for j in range(first, last)  # where a span can start; most words cannot
                  if low[j] in lowers or norm[j] in titles or (
                      text[j][:1].isalpha() and (not caseful or text[j][:1].isupper()))]:
            if i < free:
                continue
            joint = joints.match(low, i, last) if low[i] in joints.firsts else None
            if joint is not None:
                spans.append(Span(i, i + len(joint), "joint", " ".join(joint), index))
                free = i + len(joint)
                continue
            if tok.low[i] in pronouns:
                spans.append(Span(i, i + 1, "pronoun", tok.low[i], index))
                continue
            title = know.title_index.match(norm, i, last) if norm[i] in titles else None
            best: tuple[int, str, str] | None = None
            if tok.low[i] in groups and title is None and not (
                    tok.caps[index] and tok.text[i][:1].isupper() and i > first
                    and tok.low[i - 1] not in _CLAUSE_OPENERS):
                best = (1, "group", tok.low[i])
            if best is None and _is_name_token(tok, i, index):
                alias = aliases.match(norm, i, last) if norm[i] in aliases.firsts else None
                if alias is not None and (_is_name_token(tok, i + len(alias) - 1, index)
                                          or alias in know.lower_tail):
                    best = (len(alias), "kb", " ".join(alias))
                country = _country_match(know, tok, i, last, index)
                if country is not None and (best is None or country[0] > best[0]):
                    best = country
            if title is not None and (best is None or len(title) > best[0]):
                best = (len(title), "title", know.titles[" ".join(title)])
            if best is None or best[1] == "masked":  # "New Jersey" names no actor, nor Jersey
                free = i + best[0] if best is not None else free
                continue
            spans.append(Span(i, i + best[0], best[1], best[2], index))
            free = i + best[0]
    return drop_name_parts(spans, tok, know)


def ner_spans(mentions: Sequence[EntityMention], field: TextField, lay: FieldLayout
              ) -> list[Span]:
    """NER mentions of a field as token spans."""
    out = []
    for m in mentions:
        if m.field != field:
            continue
        first = bisect.bisect_left(lay.starts, m.start)
        last = bisect.bisect_left(lay.starts, m.end)
        if last > first:
            out.append(Span(first, last, "ner", m.canonical, m.sentence, m.entity, m.label))
    return out


def _names_someone_else(m: Span, covered: dict[int, Span], tok: Tokens) -> bool:
    """A NER person whose KB match covers only part of the name ("Tony Blair" is not "Bill Blair")."""
    if m.label != "PERSON" or not tok.caps[m.sentence]:
        return False
    first = m.first
    while first < m.last and first in covered and covered[first].kind in ("title", "country"):
        first += 1
    kb = next((covered[i] for i in range(first, m.last) if i in covered and covered[i].kind == "kb"),
              None)
    if kb is None or kb.last > m.last:
        return False
    extra = [*range(first, kb.first), *range(kb.last, m.last)]
    return bool(extra) and all(i not in covered and tok.text[i][:1].isupper() for i in extra)


def merge(scanned: list[Span], ner: list[Span], tok: Tokens,
          not_actors: frozenset[str] = frozenset()) -> list[Span]:
    """Scanned spans, plus NER mentions of people and organisations the scan did not cover.

    A NER mention that overlaps a scanned KB, country or capital span lends it its entity id.
    Leading title and country words are cut from a NER mention ("State Marco Rubio"). A mention
    whose words are in `not_actors` (lower case: "brent", "ai") is left out.
    """
    covered = {i: s for s in scanned for i in range(s.first, s.last)}
    overridden = {m.entity for m in ner if _names_someone_else(m, covered, tok)}
    out = list(scanned)
    dropped: set[int] = set()
    lent: dict[int, Span] = {}
    for m in ner:
        hits = {id(covered[i]): covered[i] for i in range(m.first, m.last) if i in covered}
        named = [s for s in hits.values() if s.kind in ("kb", "country", "capital", "province")]
        if m.entity in overridden and any(s.kind == "kb" for s in named):
            kb = next(s for s in named if s.kind == "kb")
            dropped.add(id(kb))
            out.append(Span(kb.first, m.last, "ner", m.value, m.sentence, m.entity, m.label))
            continue
        if named:
            for s in named:
                lent[id(s)] = Span(s.first, s.last, s.kind, s.value, s.sentence, m.entity, m.label)
            continue
        first = m.first
        while first < m.last and first in covered:
            first += 1
        if first >= m.last or m.label not in ("PERSON", "ORG") or any(
                i in covered for i in range(first, m.last)):
            continue
        words = tok.text[first : m.last]
        if " ".join(tok.low[first : m.last]) in not_actors:
            continue
        if not tok.caps[m.sentence] or any(c.isdigit() for c in m.value) or (
                all(w.isupper() for w in words) and sum(len(w) for w in words) > 4) or (
                words[-1] in ("I", "II", "III", "IV")):
            continue
        out.append(Span(first, m.last, "ner", " ".join(tok.text[first : m.last]), m.sentence,
                        m.entity, m.label))
    out = [lent.get(id(s), s) for s in out if id(s) not in dropped]
    out = [lent.get(id(s), s) for s in out]
    out.sort(key=lambda s: (s.first, -s.last))
    return out
