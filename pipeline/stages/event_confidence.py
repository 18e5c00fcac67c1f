"""An event's confidence as a calibrated probability that its (actor, type, recipient) is right.

The coder's own score (`rule_score`: how each participant was resolved, a weak trigger, a
missing recipient) ranks events but overstates them: on unseen news sentences about 0.4 of
the coded triples are right while that score averages about 0.55. A small logistic model,
fitted by `scripts/fit_event_confidence.py` on triples we judged by hand
(`tests/data/precision_audit_*.jsonl`), maps the score and a few facts of the draft to a
probability. The weights are data (`resources/event_confidence.json`), so a refit changes no
code; without the file's model the rule score stands.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple, Protocol

import orjson

from pipeline.models import EventActor, EventType, Evidence, Location

RESOURCE = "event_confidence.json"
SENTENCE_ENDS = (".", "!", "?", '"', "'", "\u201d", ")")  # a headline ends with none of these


class Coded(Protocol):
    """The parts of an event draft the model reads."""

    @property
    def event_type(self) -> EventType: ...
    @property
    def actor(self) -> EventActor | None: ...
    @property
    def recipient(self) -> EventActor | None: ...
    @property
    def location(self) -> Location | None: ...
    @property
    def date_method(self) -> str: ...
    @property
    def evidence(self) -> Evidence: ...


class DraftFacts(NamedTuple):
    """What the model reads, gathered before the draft is built (so it is built once)."""

    event_type: EventType
    actor: EventActor | None
    recipient: EventActor | None
    location: Location | None
    date_method: str
    evidence: Evidence


def method_class(method: str | None) -> str:
    """The final step of a resolution method, without its detail ("group-noun:place-country" ->
    "group-noun"; "pronoun:salient-person>kb-alias" -> "kb-alias"); "none" for no participant."""
    if method is None:
        return "none"
    return method.rsplit(">", 1)[-1].split(":", 1)[0]


def features(event: Coded) -> list[str]:
    """The named facts of a draft the model weighs (each present one counts 1)."""
    actor, recipient = event.actor, event.recipient
    found = [f"type={event.event_type.code}", f"mode={event.event_type.mode}",
             f"actor={method_class(actor.method if actor else None)}",
             f"recipient={method_class(recipient.method if recipient else None)}"]
    if actor is not None and actor.method.startswith("pronoun"):
        found.append("actor-by-pronoun")
    if recipient is not None and recipient.method.startswith("pronoun"):
        found.append("recipient-by-pronoun")
    if actor is not None and actor.role_code:
        found.append("actor-holds-office")
    if actor and recipient and actor.country and actor.country == recipient.country:
        found.append("domestic")
    if event.location is not None:
        found.append("located")
    if event.date_method != "publication-date":
        found.append("dated")
    words = event.evidence.text.split()
    found.append(f"words={min(len(words) // 10, 4)}")
    if not event.evidence.text.rstrip().endswith(SENTENCE_ENDS):
        found.append("headline")
    return found


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """Logistic weights over `features` plus the rule score."""

    bias: float
    rule_weight: float
    weights: dict[str, float]
    version: str

    def probability(self, event: Coded, rule_score: float) -> float:
        """The calibrated probability that the event's triple is right."""
        z = self.bias + self.rule_weight * rule_score + sum(
            self.weights.get(name, 0.0) for name in features(event))
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def from_json(cls, data: bytes) -> ConfidenceModel:
        """The model from its JSON file (see scripts/fit_event_confidence.py)."""
        raw = orjson.loads(data)
        return cls(bias=float(raw["bias"]), rule_weight=float(raw["rule_weight"]),
                   weights={str(k): float(v) for k, v in raw["weights"].items()},
                   version=str(raw["version"]))


@functools.cache
def confidence_model() -> ConfidenceModel:
    """The packaged model (read once per process)."""
    data = resources.files("pipeline.resources").joinpath(RESOURCE).read_bytes()
    return ConfidenceModel.from_json(data)
