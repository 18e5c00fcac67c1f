"""The European Community's executive: a bare "Commission" before 1993, the alias "EC" after.

The 1987 wire writes "The Commission blamed the EC's new cash crisis on ...", "The European
Community (EC) Commission declined ...", "supported the Commission's view that ... EC growth":
the bare name is the EC's executive, which the tagger finds as an organisation of no country.
Where its sentence names the EC, the EU, the European Commission or a person acting for one of
them on the day (Delors, Andriessen), such a name (`[words].european_bare_bodies`) is the
European Community, as the KB codes the Commission's members before the Maastricht Treaty took
effect (docs/actor-kb.md). Any other bare "Commission" (a US state's utility commission, "the
Tower Commission") stays an organisation of no country. Left alone, as their pools judged them
(docs/event-coding.md, actors16): a bare "Community" (more often a background noun, "the
Community's standstill agreements", "the presidency of the Community") and a bare "Commission"
after 1993. From 1993 on, the KB alias "EC" names the European Commission
(`european_executive`): "The European Commission (EC) has called a truce", "EC President Barroso".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pipeline.stages.kb import Actor, normalize
from pipeline.stages.knowledge import Knowledge, acting_for

EUROPEAN_IDS = frozenset({"european-community", "european-commission", "eu"})
# The Treaty on European Union took effect on 1 November 1993: the Commission of the European
# Communities became the European Commission.
MAASTRICHT = dt.date(1993, 11, 1)


def european_sentences(mentions: Iterable[tuple[int, Actor | None]], day: dt.date) -> set[int]:
    """The sentences (of (sentence, KB actor) pairs) that name a European body or a person
    acting for one on the day; none from 1993 on, when the rule does not apply."""
    if day >= MAASTRICHT:
        return set()
    return {n for n, a in mentions
            if a is not None and (a.id in EUROPEAN_IDS or acting_for(a, day) in EUROPEAN_IDS)}


def european_body(name: str, day: dt.date, know: Knowledge) -> Actor | None:
    """The KB body a bare "Commission" names in a sentence about the EC (before 1993), else None."""
    if day >= MAASTRICHT or normalize(name) not in know.lexicon.word_set("european_bare_bodies"):
        return None
    return know.kb.get("european-community")


def european_executive(surface: str, day: dt.date, know: Knowledge) -> Actor | None:
    """The European Commission for the alias "EC" from 1993 on ("The European Commission (EC)
    has called a truce", "EC President Barroso"), when the EC's name had passed to the EU and
    the news's "EC" is the Commission; None before, or for another alias of the Community."""
    if day < MAASTRICHT or surface != "ec":
        return None
    return know.kb.get("european-commission")
