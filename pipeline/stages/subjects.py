"""The subject of a trigger: the actor mentions before it, with coordinated names, a participle's and an aside's."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stages.coordination import object_of_verb, sent_by
from pipeline.stages.heads import modifies_thing
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

JOINERS = frozenset({"and", ",", "both", "&", "the", "("})
_PASSES = ((None,), (None, "of"), (None, "of", "from"))  # governors a subject may have, in turn
# Keys a coordinated subject may hold: the six nations of a currency accord ("Britain, Canada,
# France, Japan, the U.S. and West Germany agreed") are one list, whose first-named is the joint
# actor (was 4: the list was cut to its last four, "France agreed with Japan").
MAX_SUBJECT_KEYS = 8
ATTRIBUTION = frozenset({"said", "says", "reported", "reports", "added", "told", "quoted"})
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def subject_keys(cands: Sequence[Mention], tok: Tokens, lex: CoderLexicon | None = None,
                 sent: Sentence | None = None, verb: bool = False) -> tuple[str, ...] | None:
    """The nearest ungoverned mention before the trigger, with coordinated ones before it.

    A mention governed by "of" counts when nothing else does ("members of the Council met"), and
    with `lex` one governed by "from" after a delegation or a message ("Representatives from A and
    B held talks", "A message from Clinton congratulated ..."; `coordination.sent_by`). With `lex` and `sent` (a verb trigger's own subject): an "and" or a comma after a verb's object
    joins clauses, not subjects ("met Chirac and Germany criticised", "After meeting Putin, Bush").
    """
    cands = [m for n, m in enumerate(cands) if n == 0 or m.keys != cands[n - 1].keys
             or any(w.isalpha() for w in tok.low[cands[n - 1].last : m.first])]
    for allowed in ((None,), (None, "of")) if lex is None else _PASSES:
        for n in range(len(cands) - 1, -1, -1):
            m = cands[n]
            if m.governed not in allowed:
                continue
            keys, k, cur = m.keys, n, m
            while k > 0 and len(keys) < MAX_SUBJECT_KEYS:
                p = cands[k - 1]
                between = tok.low[p.last : cur.first]
                if p.governed not in allowed or not between or not all(w in JOINERS for w in between):
                    break
                if verb and lex is not None and sent is not None \
                        and object_of_verb(p, tok, sent.first, lex):
                    break  # "Blair met Chirac and Germany criticised the plan": Germany's act;
                    # "After meeting Putin, Bush flew to Berlin": Bush's
                keys = (*p.keys, *keys)
                k, cur = k - 1, p
            if lex is not None and cur.governed == "from" and not sent_by(cur, tok, lex):
                continue  # "supplies from Turkmenistan": no one who acts
            return tuple(dict.fromkeys(keys))
    return None


def participle_subject(sent: Sentence, f: Found, tok: Tokens, lex: CoderLexicon
                       ) -> tuple[str, ...] | None:
    """A participle after a comma has the sentence's first subject ("The US ..., bowing to")."""
    if f.trigger.noun or f.first <= sent.first or tok.low[f.first - 1] != "," \
            or not tok.low[f.first].endswith("ing"):
        return None
    main = [m for m in sent.mentions if m.last < f.first and m.governed is None and not m.locative]
    if main and modifies_thing(main[0], sent, tok, lex):
        return None  # "U.S. stocks rose, threatening ...": the subject is the stocks
    chain = main[:1]
    for m in main[1:]:  # "Iraq and China have barter deals with Brazil, importing ..."
        if not all(w in JOINERS for w in tok.low[chain[-1].last : m.first]):
            break
        chain.append(m)
    return subject_keys(chain, tok) if chain else None


def apposition(tok: Tokens, at: int, first: int) -> tuple[int, int]:
    """The commas around an aside right before a verb ("Some 30,000 Sudanese, victims of attacks by
    Arab militia, have threatened ..."): its mentions are not the subject. (0, 0) if none."""
    close = at - 1
    while close > first and at - close <= 3 and tok.low[close].isalpha() \
            and tok.low[close] == tok.text[close]:
        close -= 1
    if close <= first or tok.low[close] != ",":
        return (0, 0)
    opening = next((k for k in range(close - 2, max(first, close - 25), -1) if tok.low[k] == ","), None)
    return (opening, close) if opening is not None and opening > first else (0, 0)


def reports(between: list[str]) -> bool:
    """A speaker before "says" is no actor of a noun trigger after it, unless "its" refers back."""
    return bool(ATTRIBUTION & set(between)) and not _POSSESSIVES & set(between)
