"""Sports clubs named after a place ("Lazio", "Leinster", "Real Madrid"): no place, no country."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.stages.mentions import Span, Tokens
from pipeline.stages.spellings import PLACES_PATH

_SCORE = re.compile(r"\d{1,3}-\d{1,3}")
_SCORE_TOKEN = re.compile(r"(?:^|\x00)\d{1,3}-\d{1,3}(?=\x00|$)")  # a whole token, in tokens joined
# by NUL: one regex pass instead of a generator over every token


@dataclass(frozen=True, slots=True)
class TeamWords:
    """The [teams] table of places.toml."""

    min_sports_words: int
    sports_words: frozenset[str]
    before: frozenset[str]
    before_pairs: frozenset[tuple[str, str]]
    after: frozenset[str]
    after_with_score: frozenset[str]
    not_clubs: frozenset[str]


@functools.cache
def team_words(path: Path = PLACES_PATH) -> TeamWords:
    """The sports words and team cues of places.toml."""
    with path.open("rb") as handle:
        table = tomllib.load(handle).get("teams", {})
    lists = {k: table.get(k, []) for k in ("sports_words", "before", "before_pairs", "after",
                                           "after_with_score", "not_clubs")}
    if not all(isinstance(w, str) for v in lists.values() for w in v):
        raise ValueError(f"{path.name}: [teams] lists must hold strings")
    pairs = [tuple(p.split()) for p in lists["before_pairs"]]
    if any(len(p) != 2 for p in pairs):
        raise ValueError(f"{path.name}: [teams] before_pairs must be two words each")
    return TeamWords(int(table.get("min_sports_words", 2)), frozenset(lists["sports_words"]),
                     frozenset(lists["before"]), frozenset((a, b) for a, b in pairs),
                     frozenset(lists["after"]), frozenset(lists["after_with_score"]),
                     frozenset(lists["not_clubs"]))


def sports_story(fields: Iterable[Tokens], words: TeamWords | None = None) -> bool:
    """Whether a story is about sport: it has enough sports words (a score counts as one)."""
    words = words or team_words()
    fields = list(fields)
    found: set[str] = set()
    for tok in fields:
        found.update(words.sports_words.intersection(tok.low))
    if len(found) >= words.min_sports_words:
        return True
    if len(found | {"score"}) < words.min_sports_words:
        return False  # not enough even with a score: most stories, without the score search
    if "score" not in found and any(_SCORE_TOKEN.search("\x00".join(tok.low)) for tok in fields):
        found.add("score")
    return len(found) >= words.min_sports_words


def team_like(tok: Tokens, first: int, last: int, sentence_start: int,
              people: Collection[int] = (), words: TeamWords | None = None) -> bool:
    """Whether the name at tokens [first, last) is used as a team's: after "against", "beat",
    "lost to"; before a score, "v", a plural verb or a player's post, or "beat" in a sentence
    with a score; a possessive before a post or a person (`people`: where their names start,
    "Munster's Shaun Payne"); or in brackets after a player's name ("Fletcher (West Ham)")."""
    words = words or team_words()
    low = tok.low
    prev = low[first - 1] if first > sentence_start else ""
    prev2 = low[first - 2] if first - 1 > sentence_start else ""
    nxt = low[last] if last < len(low) else ""
    if prev in words.before or (prev2, prev) in words.before_pairs:
        return True
    if nxt in words.after or _SCORE.fullmatch(nxt):
        return True
    end = next(e for s, e in tok.sentences if s == sentence_start)
    if nxt in words.after_with_score and any(_SCORE.fullmatch(w) for w in low[last:end]):
        return True
    if nxt == "'s" and last + 1 < len(low) and (low[last + 1] in words.after
                                                 or last + 1 in people):
        return True
    return prev == "(" and first - 2 >= sentence_start and tok.text[first - 2][:1].isupper() \
        and nxt in (")", ",")


def club_spans(spans: Sequence[Span], ner: Sequence[Span], tok: Tokens,
               words: TeamWords | None = None) -> set[int]:
    """id() of the capital spans of a sports story's field that name a club: used as a team's
    (`team_like`), or inside an organisation's name ("Real Madrid", "Dinamo Bucharest") that
    is no event's ("the Athens Games": `not_clubs`)."""
    words = words or team_words()
    orgs = [m for m in ner if m.label == "ORG" and not any(
        w in words.not_clubs for w in tok.low[m.first:m.last])]
    people = _people(ner)
    out: set[int] = set()
    for s in spans:
        if s.kind != "capital":
            continue
        inside = any(m.first <= s.first and s.last <= m.last and m.last - m.first > s.last - s.first
                     for m in orgs)
        if inside or team_like(tok, s.first, s.last, tok.sentences[s.sentence][0], people, words):
            out.add(id(s))
    return out


def _people(ner: Iterable[Span]) -> frozenset[int]:
    """Where the field's person names start."""
    return frozenset(m.first for m in ner if m.label == "PERSON")


def club_entities(ner: Sequence[tuple[Tokens, Span]], words: TeamWords | None = None) -> set[str]:
    """Entity ids of a sports story's places every mention of which is a team's (`team_like`)."""
    words = words or team_words()
    seen: dict[str, bool] = {}
    people = {id(tok): _people(n for t, n in ner if t is tok)
              for tok in {id(t): t for t, _ in ner}.values()}  # once per field, not per mention
    for tok, m in ner:
        if m.entity is None or m.label != "LOC":
            continue
        team = team_like(tok, m.first, m.last, tok.sentences[m.sentence][0], people[id(tok)],
                         words)
        seen[m.entity] = seen.get(m.entity, True) and team
    return {e for e, team in seen.items() if team}
