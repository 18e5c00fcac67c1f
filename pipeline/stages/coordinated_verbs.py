"""A verb coordinated with the verb before it shares its subject, and its object when it names none."""

from __future__ import annotations

from pipeline.stages.mentions import Tokens
from pipeline.stages.roles import Roles
from pipeline.stages.triggers import Found


def coordinated(last_verb: tuple[Found, Roles] | None, f: Found, passive: bool, tok: Tokens,
                headline: bool) -> tuple[str, ...] | None:
    """The subject of the verb before, when this verb is coordinated with it ("accused X and warned
    Y", "met X, signed a pact"): the object of the first verb is not the subject of the second.
    In a headline a noun-or-verb form after a comma is a verb too ("Sets Date ..., Demands ...")."""
    if last_verb is None or passive or f.first == 0:
        return None
    if f.trigger.noun and not (headline and f.trigger.verb and tok.low[f.first - 1] == ","):
        return None
    prev, roles = last_verb
    between = tok.low[prev.last : f.first]
    if tok.low[f.first - 1] not in ("and", ",") or ";" in between or "but" in between \
            or roles.joint or not roles.recipients:
        return None
    return roles.actors


def contrasted(last_verb: tuple[Found, Roles] | None, f: Found, passive: bool, tok: Tokens
               ) -> tuple[str, ...] | None:
    """The subject of the verb before for a verb right after "but" ("supported the wage freeze but
    criticised price controls"): "but" opens a clause, so the subject search finds none. Only the
    subject is shared, not the first verb's object ("accused Chile, but demanded nothing")."""
    if last_verb is None or passive or f.first == 0 or f.trigger.noun \
            or tok.low[f.first - 1] != "but":
        return None
    prev, roles = last_verb
    between = tok.low[prev.last : f.first]
    if roles.joint or ";" in between or between.count("but") > 1:
        return None
    return roles.actors or None


def shared_object(roles: Roles, shared: tuple[str, ...] | None,
                  last_verb: tuple[Found, Roles] | None) -> Roles:
    """A coordinated verb that names no recipient of its own acts on the verb before's ("EU sets a
    date for Turkey talks, demands concessions": Turkey), not on a place that verb was given."""
    if not shared or roles.recipients or roles.actors != shared or last_verb is None:
        return roles
    prev = last_verb[1]
    named = tuple(k for k in prev.recipients
                  if prev.methods.get(k) != "place-of-event" and k not in roles.actors)
    if not named:
        return roles
    return Roles(roles.actors, named, roles.joint, "coordinated verb: the object of the verb before",
                 {**roles.methods, **{k: prev.methods.get(k, "") for k in named}}, roles.unnamed)
