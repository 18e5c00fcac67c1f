"""A country's people named by a plural demonym ("Afghans", "Palestinians", "Thais"): a group
inside the country, not the state, so it can be the recipient of an act by the country's own
leader ("Karzai promises Afghans security": AFG -> AFG), where the country's name would be no
recipient of its own office holder ("Hu Jintao ... ties between Cuba and China")."""

from __future__ import annotations

from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention, Registry


def people_of_country(m: Mention, tok: Tokens, reg: Registry) -> bool:
    """Whether a mention is a capitalised plural demonym resolved to a country: one token ending
    in "s" that is no country's name or short form and whose singular names the same country
    ("Afghans", "Iraqis"; not "Philippines", "Netherlands", "Swiss", "Wales", nor a singular
    adjective "Afghan")."""
    if m.method != "gazetteer" or m.last - m.first != 1 or len(m.keys) != 1:
        return False
    word = tok.text[m.first]
    info = reg.actors[m.keys[0]]
    geo = reg.know.geo
    return word[:1].isupper() and word.endswith("s") and info.type == "country" \
        and geo.country_name_form(word) is None and geo.country(word[:-1]) == info.country
