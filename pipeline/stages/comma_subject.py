"""A second headline after a comma has its own subject: "France Hopeful for Hostages, Fatwa
Demands Release" (the fatwa demands, not France).

Headlines join two statements with a comma. When a verb trigger of a headline has, right
before it and after a comma, capitalised words that name no actor (its own subject, "Fatwa",
"Talks", "Rivals"), the actors before the comma belong to the first statement and are not its
subject. Only in title case: in capitals a list of nouns looks the same ("U.S. BEEF, CITRUS
TALKS WITH JAPAN SEEN TOUGH"). A verb right after the comma ("..., Demands Concession") is a coordinated verb that
shares the first subject (`coordinated_verbs`), and is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stages.headlines import headline
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# How many capitalised words the second subject may have ("Fatwa", "Peace Talks", "Top Aide").
_SUBJECT_WORDS = 3


def comma_subject(sent: Sentence, f: Found, before: Sequence[Mention], tok: Tokens,
                  groups: frozenset[str]) -> list[Mention]:
    """The mentions that may be a headline verb's subject: those after a comma when the words
    between the comma and the verb are capitalised and name no actor."""
    if not f.trigger.verb or not before or not headline(sent, tok):
        return list(before)
    verb = f.first
    while verb > sent.first and tok.low[verb - 1].endswith("ly"):
        verb -= 1  # "..., His Nation Frayed, Abruptly Resigns": an adverb is no subject
    j = verb - 1
    while j > sent.first and verb - j <= _SUBJECT_WORDS and j not in sent.names \
            and tok.text[j][:1].isupper() and tok.text[j].isalpha():
        j -= 1
    if j == verb - 1 or tok.low[j] != "," or j in sent.names \
            or groups & set(tok.low[j + 1 : verb]):
        return list(before)  # "..., Army Raids Start": a bare group takes the first's country
    if all(w.isupper() or not w[:1].isalpha() for w in tok.text[sent.first : sent.last]):
        return list(before)  # in capitals a list reads the same: "U.S. BEEF, CITRUS TALKS WITH JAPAN"
    return [m for m in before if m.first > j]
