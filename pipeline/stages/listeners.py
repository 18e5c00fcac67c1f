"""An appeal to listeners the sentence does not name (session 15, recall15c): "Bush urges
nations to help rebuild Iraq", "Annan urged donors to send aid to Sudan". The request goes to the
nations or the donors, a vague group (no recipient); the country after the infinitive is what
the requested act concerns, its content, not the one asked. Without this rule Iraq and Sudan were
the REQUEST's recipients. "Blair urged Iran to release the sailors" names its listener and is
unchanged, and so is "called on Iran to ...", where the listener follows the trigger's own
preposition.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens

# The appeal types whose object is told to do something (`lex.words["listener_types"]` may widen).
_APPEALS = frozenset({"REQUEST", "DEMAND"})
# How many words the unnamed listener may take ("all the parties", "member states").
_LISTENER = 4
# Listeners that are no plural noun ("urged them to", "asked people to").
_PRONOUNS = frozenset({"them", "him", "her", "us", "people", "everyone", "everybody", "public"})
# Plural things asked for, not people asked ("urged steps to cut the deficit"); a singular noun
# ("urges action to cut U.S. deficit") is taken for such a thing as well.
_THINGS = frozenset({"steps", "measures", "efforts", "moves", "talks", "reforms", "cuts", "funds",
                     "resources", "actions", "changes", "policies", "plans", "sanctions", "troops",
                     "forces", "arms", "weapons", "goods", "imports", "exports", "rates", "prices"})


def unnamed_listener(tok: Tokens, at: int, j: int, last: int, code: str, names: frozenset[int],
                     lex: CoderLexicon) -> bool:
    """Whether "to" at `j` opens the infinitive an appeal trigger ending at `at` asks of a
    listener that stands between them and is no actor, a plural noun or a pronoun ("urged
    donors to send", "asked them to"): the mentions after it are the requested act's, not the
    appeal's recipients."""
    if code not in lex.words.get("listener_types", _APPEALS) or tok.low[j] != "to" \
            or not at < j <= at + _LISTENER or j + 1 >= last:
        return False
    if any(k in names for k in range(at, j)) or not all(w.isalpha() for w in tok.low[at:j]):
        return False  # "urged Iran to release", "urged him, as a friend, to"
    listener = tok.low[j - 1]
    if listener not in _PRONOUNS and not (listener.endswith("s") and listener not in _THINGS):
        return False  # "urges action to cut the U.S. deficit": the action is asked of the US
    verb = tok.low[j + 1]
    return verb.isalpha() and verb not in lex.word_set("determiners") \
        and tok.low[at] not in ("on", "upon", "to")  # "called on Iran", "appealed to Kenya"
