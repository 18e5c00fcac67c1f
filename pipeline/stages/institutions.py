"""Institution names that are no one country's: "Congress", "House of Representatives", "Labour".

The KB files such a name under one country's body or party ("Congress" is the US Congress), but
Brazil, the Philippines and Nepal have a Congress, Bosnia and Indonesia a House of
Representatives, Israel a Labour party. A KB party or a body whose alias is listed in
`generic_bodies` is that KB actor only where the article is about its country (or the alias
names the country: "US Congress"), not right after another country's adjective ("Brazilian
Congress", "Indonesian Democratic Party"), and not inside a longer name ("Trades Union
Congress", "3GSM World Congress"). Otherwise it is an organisation of its own, whose country
comes from its qualifier or from `organs.organ_country`.
"""

from __future__ import annotations

from collections.abc import Collection

from pipeline.stages.kb import Actor
from pipeline.stages.knowledge import Knowledge
from pipeline.stages.mentions import Span, Tokens


def generic_body(actor: Actor, alias: str, know: Knowledge) -> bool:
    """Whether a KB government body is matched by an alias many countries' bodies bear."""
    return actor.type == "government_body" \
        and alias in know.lexicon.word_set("generic_bodies")


def named_here(actor: Actor, alias: str, located: Collection[str], know: Knowledge) -> bool:
    """Whether a KB party's or generic body's alias names it in an article about `located`:
    the article is about its country, or the alias names that country ("UK Labour")."""
    if actor.type != "party" and not generic_body(actor, alias, know):
        return True
    return actor.country in located or know.names_country(alias, actor.country)


def other_body(actor: Actor, s: Span, qualifier: Span | None, tok: Tokens,
               know: Knowledge) -> bool:
    """A party's or generic body's alias that names another country's body or another
    organisation: after another country's adjective or possessive ("Brazil's Congress",
    "Indonesian Democratic Party"), or after a capitalised word of `generic_body_blockers`
    ("Trades Union Congress", "World Congress")."""
    if actor.type != "party" and not generic_body(actor, s.value, know):
        return False
    if qualifier is not None and qualifier.value != actor.country:
        return True
    return generic_body(actor, s.value, know) and s.first > 0 \
        and tok.text[s.first - 1][:1].isupper() \
        and tok.low[s.first - 1] in know.lexicon.word_set("generic_body_blockers")


def name_start(s: Span, tok: Tokens, know: Knowledge) -> int:
    """The first token of the longer name a generic body's alias ends ("3GSM World Congress"):
    back over the capitalised words of `generic_body_blockers` and the capitalised words before
    them, within the sentence; the alias itself when no blocker word precedes it."""
    blockers = know.lexicon.word_set("generic_body_blockers")
    first = s.first
    if first == 0 or tok.low[first - 1] not in blockers or not tok.text[first - 1][:1].isupper():
        return first
    start = tok.sentences[s.sentence][0]
    while first > start + 1 and tok.text[first - 1][:1].isupper():
        first -= 1
    return first
