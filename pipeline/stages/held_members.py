"""Members of a stateless group held at home: the holding state's own country is the recipient.

"A Yemeni court jailed five al Qaeda supporters", "Saudi police arrested al Qaeda suspects": the
object resolves to a KB group of no country (al Qaeda), so the arrest or sentence had no
recipient country. Members held by a state's court, police or authorities are held in its
country, as `targets.domestic_target` codes the unplaced people an arrest names ("a Kenyan court
jailed three men": KEN). Only types of `held_types` (arrests, sentences), only an actor that is
a group of one country (a court, police, authorities: not a country, which may act abroad, "the
US arrested al Qaeda suspects in Pakistan"), and only when every recipient is a KB armed group of
no country (not a body: "police detained UN workers" names the UN).
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.registry import Registry
from pipeline.stages.triggers import Found

HELD = "members of a stateless group held by a state's own body: that state's country"


def held_at_home(f: Found, subject: tuple[str, ...], recipients: list[str], lex: CoderLexicon,
                 reg: Registry) -> str | None:
    """The recipient key for members of a stateless group held at home (see the module), else
    None."""
    if f.code not in lex.word_set("held_types") or not subject or not recipients:
        return None
    own = {reg.actors[k].country for k in subject}
    if len(own) != 1 or None in own or any(reg.actors[k].type != "group" for k in subject):
        return None
    kbs = [reg.actors[k].kb for k in recipients]
    if any(kb is None or kb.type != "armed_group" or reg.actors[k].country is not None
           for k, kb in zip(recipients, kbs, strict=True)):
        return None  # "police detained UN workers": a body of no country is no member held
    return reg.country(next(iter(own)) or "", "actor-country", None)
