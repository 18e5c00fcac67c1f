"""A speaker's "its" in an attack's object: the speaker's country is the one attacked.

"Iran said U.S. forces attacked two of its oil platforms", "Kuwait said Iranian missiles hit one
of its tankers": the attack names its target only by "its" (or "their"), which refers back past
the attacker to the speaker, so no mention names a recipient and the attack had none. When a
speech verb (`speech_verbs`) stands before the attacker and the mention right before that verb
(the speaker) is of one country other than the attacker's, that country is the recipient (IRN,
KWT). Only types of `speaker_owner_types` (attacks, seizures, threats: one does not attack one's
own things; not agreements, where "its" is mostly the actor's own: "Japan said the U.S. agreed
to cut its deficit"), only "its"/"their" after the trigger in its clause (before a
`recipient_breaks` word or a comma, within `recipient_window`), and only when no recipient was
named. Not "its own" (the attacker's).
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Registry
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

SPEAKER_OWNS = "a speaker's 'its' in the object: the speaker's country"
_OWNERS = frozenset({"its", "their"})
# How many lower-case words may stand between the speaker and the speech verb ("Iraqi news agency").
_SPEAKER_GAP = 3


def _owner_after(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether "its"/"their" stands after the trigger in its clause."""
    breaks = lex.word_set("recipient_breaks")
    for j in range(f.last, min(sent.last, f.last + lex.recipient_window)):
        if tok.low[j] in breaks or tok.low[j] == ",":
            return False
        if tok.low[j] in _OWNERS:
            return tok.low[j + 1] != "own"  # "bombed its own cities": the attacker's
    return False


def speaker_owner(f: Found, sent: Sentence, subject: tuple[str, ...], tok: Tokens,
                  lex: CoderLexicon, reg: Registry) -> str | None:
    """The recipient key for a speaker's "its" in the object (see the module), else None."""
    if not subject or f.code not in lex.word_set("speaker_owner_types") \
            or not _owner_after(f, sent, tok, lex):
        return None
    own = {reg.actors[k].country for k in subject}
    first = min((m.first for m in sent.mentions if m.keys and m.keys[0] in subject),
                default=f.first)
    speech = lex.word_set("speech_verbs")
    said = next((j for j in range(first - 1, sent.first - 1, -1) if tok.low[j] in speech), None)
    if said is None or None in own:
        return None
    speakers = [m for m in sent.mentions if m.last <= said and not m.locative]
    if not speakers or speakers[-1].last < said - _SPEAKER_GAP or not all(
            w.isalpha() and w.islower() for w in tok.text[speakers[-1].last : said]):
        return None  # the speaker stands right before the verb ("Iran has said", "Iraqi radio said")
    countries = {reg.actors[k].country for k in speakers[-1].keys}
    if len(countries) != 1 or None in countries or countries & own:
        return None
    return reg.country(next(iter(countries)) or "", "pronoun:speaker-country", None)
