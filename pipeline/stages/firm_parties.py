"""Firms of the actor base as parties of a deal or talks: company news, no state act.

The gold set's rule: "company deals, loans and regulatory findings are business, not events"
(docs/event-gold.md). `contexts.company_news` finds firms by their legal form, ticker or a country
word with a commercial head ("Amoco Corp", "<ABT>", "Canadian Mining"); a firm the actor base
knows by its bare name ("IBM agreed to share designs", "Microsoft signs two Indian deals", "NHS
signed a software deal with Microsoft", "Chevron Agrees to Buy Texaco") has none of these. An
event of dealing (`company_news_types`) whose actor or recipient resolves to a company of the
actor base is company news and is dropped, unless the company is owned by its state
(`state_companies`: "Rosneft signed a supply deal with China", "PDVSA signs with Agip", which the
gold codes as the company's act).
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.registry import Registry
from pipeline.stages.roles import Roles
from pipeline.stages.triggers import Found


def firm_party(found: Found, roles: Roles, reg: Registry, lex: CoderLexicon) -> bool:
    """Whether a dealing event has a private company of the actor base as a party (see the
    module)."""
    if found.code not in lex.word_set("company_news_types"):
        return False
    state = lex.word_set("state_companies")
    for key in (*roles.actors, *roles.recipients):
        kb = reg.actors[key].kb
        if kb is not None and kb.type == "company" and kb.id not in state:
            return True
    return False
