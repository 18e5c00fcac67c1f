"""Trigger verbs whose other senses are no event: blaming a thing ("blamed high fuel prices"),
seeking a person ("police were seeking a gunman"), the telephone as a thing ("telephone
networks"), a host who presents a show ("TV host Dick Clark"), rap music ("US rap duo"), and a
present progressive with a time ahead ("is discussing the issue next Monday")."""

from __future__ import annotations

from pipeline.stages.contexts import time_after_verb
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_OBJECT_SCOPE = 8
_PRESENT_BE = frozenset({"is", "are", "am", "'re", "'s"})


def blamed_thing(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an active "blame" verb blames a thing, no actor: its object, up to "for", "on",
    "over" or a clause break, names no one (no mention, no capitalised word in running text) and
    holds a word of `blamed_things` ("British Airways blamed high fuel prices for a drop in
    profits", "it blamed weak demand"). "blamed the US for", "blame China for lost jobs" and
    "blamed sugar technologists for" (people, no thing word) stay accusations."""
    if found.code != "ACCUSE" or found.trigger.noun \
            or found.trigger.tokens[0] not in lex.word_set("blame_forms") \
            or (found.first > sent.first and tok.low[found.first - 1] in lex.word_set("passive_aux")):
        return False
    stops = lex.clause_breaks | {"for", "on", "over", ",", "as", "after", "because"}
    stop = next((j for j in range(found.last, min(sent.last, found.last + _OBJECT_SCOPE))
                 if tok.low[j] in stops), min(sent.last, found.last + _OBJECT_SCOPE))
    if stop == found.last or any(found.last <= m.first < stop for m in sent.mentions):
        return False
    if tok.caps[sent.index] and any(tok.text[j][:1].isupper() for j in range(found.last, stop)):
        return False  # a name the coder does not know ("blamed ND for the low absorption rate")
    return not lex.word_set("blamed_things").isdisjoint(tok.low[found.last : stop])


def sought_person(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether "seek" searches for someone, no request: "seek out" ("seeking out new loopholes"),
    or a wanted person of `sought_people` in its object before any preposition ("police were
    seeking an escaped gunman", "police seek suspects"). "seeking indictments against X" and
    "sought a meeting with" stay requests."""
    if found.code != "REQUEST" or found.trigger.noun \
            or found.trigger.tokens[0] not in lex.word_set("seek_forms") or found.last >= sent.last:
        return False
    if tok.low[found.last] == "out":
        return True
    stops = lex.word_set("prepositions") | lex.clause_breaks | {",", "and", "to"}
    people = lex.word_set("sought_people")
    for j in range(found.last, min(sent.last, found.last + 4)):
        if tok.low[j] in people:
            return True
        if tok.low[j] in stops:
            return False
    return False


def phone_thing(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether the verb trigger "telephone(s)" or "phone(s)" is the noun for the device or the network: a noun
    of `phone_compounds` right after it ("telephone networks", "telephone tapping", "the
    largest US telephone company"), or another medium of `media_words` beside it in a list
    ("telephone and internet", "by e-mail, text message and telephone"), or owned ("homes have
    telephones"). "telephoned the minister" and "spoke by telephone" are unchanged."""
    if found.code != "CONSULT" or found.trigger.tokens != (tok.low[found.first],) \
            or tok.low[found.first] not in ("telephone", "telephones", "phone", "phones"):
        return False
    media = lex.word_set("media_words")
    nxt = tok.low[found.last] if found.last < sent.last else ""
    if nxt in lex.word_set("phone_compounds"):
        return True
    if nxt in ("and", "or") and found.last + 1 < sent.last and tok.low[found.last + 1] in media:
        return True
    before = tok.low[max(sent.first, found.first - 4) : found.first]
    if before[-1:] and before[-1] in ("and", "or", ",") and not media.isdisjoint(before):
        return True
    return before[-1:] in (["have"], ["has"], ["had"])


def host_sense(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether "host" is a presenter or a sports home side, no meeting hosted: a show word before
    it (`show_words`, or any word ending in "show": "TV host Dick Clark", "ex-chatshow host"),
    "host of" ("host of BBC Radio's show"), or a sports word in the sentence (`sports_words`:
    "when they host Spain in the final")."""
    if found.code != "CONSULT":
        return False
    if found.trigger.tokens[0] not in lex.word_set("host_forms"):
        return found.mode in ("visit", "host") and _sports(sent, tok, lex)  # "Wales travel to
    if found.first > sent.first:  # Edinburgh to take on Scotland ... in the final round of matches"
        before = tok.low[found.first - 1].rpartition("-")[2]
        if before in lex.word_set("show_words") or before.endswith("show"):
            return True
    if found.last < sent.last and tok.low[found.last] == "of":
        return True
    return _sports(sent, tok, lex)


def _sports(sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a word of `sports_words` stands in the sentence outside a name."""
    sports = lex.word_set("sports_words")
    named = sent.names
    return any(tok.low[j] in sports and j not in named for j in range(sent.first, sent.last))


def rap_music(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether the bare word "rap" is the music: it is a rebuke only right after a verb of
    undergoing (`rap_verbs`: "England coach faces rap after row", "took the rap"), an article
    between them or not; "US rap duo OutKast", "Spanish-language rap and hip-hop" are music."""
    if found.code != "ACCUSE" or found.trigger.tokens != ("rap",):
        return False
    j = found.first - 1
    if j >= sent.first and tok.low[j] in ("a", "the"):
        j -= 1
    return not (j >= sent.first and tok.low[j] in lex.word_set("rap_verbs"))


def topic_discussed(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether "discuss" has one party only: no "with" after it in its clause, and no second
    party before it ("and", "both", "they", "the two" in the clause before it): "Lee discussed
    the challenges facing black actors" consults no one; "discussed the idea with Mr McCain" and
    "Yeltsin and Kohl discussed relations" stay."""
    if found.code != "CONSULT" or found.trigger.noun \
            or found.trigger.tokens[0] not in lex.word_set("discuss_forms"):
        return False
    if found.first > sent.first and tok.low[found.first - 1] == "to":
        return False  # "met Baker to discuss": the meeting's purpose
    breaks = lex.clause_breaks | {";", ":"}
    end = next((j for j in range(found.last, sent.last) if tok.low[j] in breaks), sent.last)
    if "with" in tok.low[found.last : end]:
        return False
    start = next((j + 1 for j in range(found.first - 1, sent.first - 1, -1)
                  if tok.low[j] in breaks or tok.low[j] == ","), sent.first)
    return lex.word_set("joint_subjects").isdisjoint(tok.low[start : found.first])


def word_sense(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Any of the senses above: the trigger is no event."""
    return blamed_thing(found, sent, tok, lex) or sought_person(found, sent, tok, lex) \
        or topic_discussed(found, sent, tok, lex) \
        or phone_thing(found, sent, tok, lex) or host_sense(found, sent, tok, lex) \
        or rap_music(found, sent, tok, lex)


def progressive_ahead(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> Found:
    """A present progressive ("is discussing", "are meeting", an adverb between or not) followed
    in its clause by a future time (`later_words`: "next Monday", "tomorrow"; in running text a
    weekday too) is an arrangement, not yet a fact ("the Trades Union Congress is discussing the
    issue next Monday")."""
    if found.trigger.noun or found.modality != "asserted" \
            or not found.trigger.tokens[0].endswith("ing"):
        return found
    j = found.first - 1
    if j > sent.first and tok.low[j] in ("still", "also", "now", "currently"):
        j -= 1
    if j < sent.first or tok.low[j] not in _PRESENT_BE:
        return found
    return time_after_verb(found, sent, tok, lex, "a present progressive")
