"""A passive gerund after a subordinator: its patient is the subject of the clause it closes.

"A Thai policeman is being hunted after being accused of killing two tourists": the policeman was
accused (by someone unnamed). A passive verb with no agent takes as its patient the actor right
before it (`unnamed.passive_patient`); after "after being", "before being", "without being" ...
(`subordinators`, `gerund_subordinators`) that actor is the clause's subject, which may stand far
before it and need not be the nearest mention ("Kenya expelled two Somalis after being attacked"
is Kenya's plight, not the Somalis'). With a "by" agent the same subject is the recipient.
Not for reporting verbs ("after being told", `passive_gerund_exempt`) nor when an accident or a
natural force follows in the clause ("after being hit by a truck", `natural_forces`).
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.subjects import JOINERS, subject_keys
from pipeline.stages.triggers import Found

_REACH = 30  # tokens before the subordinator in which the clause's subject is looked for


def gerund_patient(sent: Sentence, f: Found, tok: Tokens, lex: CoderLexicon
                   ) -> tuple[str, ...] | None:
    """The subject of the clause closed by "<subordinator> being <participle trigger>"; else None."""
    if f.trigger.noun or f.first - 2 < sent.first or tok.low[f.first - 1] != "being":
        return None
    sub = f.first - 2
    if tok.low[sub] not in lex.words_of("subordinators", "gerund_subordinators") \
            or tok.low[f.first] in lex.word_set("passive_gerund_exempt"):
        return None
    end = next((j for j in range(f.last, sent.last) if tok.low[j] in lex.clause_breaks), sent.last)
    if lex.word_set("natural_forces") & set(tok.low[f.last : end]):
        return None  # "injured after being hit by a truck": nobody acted
    stops = lex.clause_breaks | lex.word_set("gerund_clause_openers")
    start = next((j + 1 for j in range(sub - 1, max(sent.first, sub - _REACH) - 1, -1)
                  if tok.low[j] in stops), max(sent.first, sub - _REACH))
    main = [m for m in sent.mentions if m.governed is None and not m.locative
            and start <= m.first and m.last <= sub]
    chain = main[:1]
    for m in main[1:]:
        if not all(w in JOINERS for w in tok.low[chain[-1].last : m.first]):
            break
        chain.append(m)
    return subject_keys(chain, tok) if chain else None
