"""A trigger word that is a noun and a verb, used as a verb.

"arrest", "arrests", "raid", "raids", "attack" are nouns and verbs in the dictionary. The
object tests of `targets` and `recipients.place_object` ("arrested two men", "raided the town")
skipped every noun trigger, so a headline's verb with its subject right before it ("Egypt
Arrests Alleged Sinai Bombers", "POLICE ARREST FORMER BANK CLERK") got no target. Such a word
right after an actor mention, with no article or possessive between, is the mention's verb.
"""

from __future__ import annotations

from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found


def verb_after_subject(f: Found, sent: Sentence) -> bool:
    """Whether a trigger that is a noun and a verb stands right after an actor mention: the
    mention is its subject, so it is used as a verb ("Egypt arrests ...")."""
    return f.trigger.verb and f.first > sent.first and f.first - 1 in sent.names
