"""Drafts of a sentence that say less than another or nothing codable: a recipient no code names."""

from __future__ import annotations

from pipeline.models import EventActor
from pipeline.stages.types import EventDraft

_Key = tuple[str, str | None, str | None, str]  # type, actor entity, actor name, modality


def _coded(actor: EventActor | None) -> bool:
    """Whether an event actor has a code: a country or a knowledge-base entry."""
    return actor is not None and (actor.country is not None or actor.entity_id is not None)


def _key(draft: EventDraft) -> _Key:
    actor = draft.actor
    return (draft.event_type.code, actor.entity_id if actor else None, actor.name if actor else None,
            draft.modality)


def drop_uncoded_recipients(drafts: list[EventDraft]) -> list[EventDraft]:
    """One sentence's drafts without those whose recipient no code names (a name neither the KB nor
    the gazetteer knows) when a draft of the same type, actor and modality has a coded recipient:
    "Italy's Dini meets Burundi negotiator Nyerere" is one meeting, with Burundi, not a second one
    with an unknown party; "police detained dissident Wang Donghai" one detention. A draft with no
    actor and such a recipient has no participant to code at all ("Lauck was convicted", "Cheung
    was detained"): it is dropped too."""
    coded = {_key(d) for d in drafts if _coded(d.recipient)}
    return [d for d in drafts if d.recipient is None or _coded(d.recipient)
            or (d.actor is not None and _key(d) not in coded)]
