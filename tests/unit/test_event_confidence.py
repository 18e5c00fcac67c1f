"""Event confidence as a fitted probability: features, the packaged model, the coder's use of it."""

from __future__ import annotations

import dataclasses
import re
from importlib import resources as package_files

import orjson
import pytest

from pipeline.stages.chain import Resources
from pipeline.stages.event_confidence import (
    RESOURCE,
    ConfidenceModel,
    confidence_model,
    features,
    method_class,
)

from .test_event_rules import code

# the shapes of every name `features` can give
_NAME = re.compile(r"^(type|mode|actor|recipient|words)=.+$|^(actor-by-pronoun|recipient-by-pronoun"
                   r"|actor-holds-office|domestic|located|dated|headline)$")
_MEETING = "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Tuesday."


@pytest.mark.parametrize(("method", "expected"), [
    (None, "none"),
    ("gazetteer", "gazetteer"),
    ("group-noun:place-country", "group-noun"),
    ("pronoun:salient-person>kb-alias+title", "kb-alias+title"),
    ("gazetteer>capital-metonymy", "capital-metonymy"),
])
def test_method_class_keeps_the_last_step_without_detail(method: str | None, expected: str) -> None:
    assert method_class(method) == expected


def test_features_of_a_coded_meeting(resources: Resources) -> None:
    event = next(e for e in code(resources, _MEETING, "2015-06-02") if e.event_type.code == "CONSULT")
    found = features(event)
    assert "type=CONSULT" in found
    assert "actor=kb-alias+title" in found and "recipient=kb-alias+title" in found
    assert "actor-holds-office" in found and "dated" in found
    assert "domestic" not in found and "headline" not in found
    assert all(_NAME.match(name) for name in found)


def test_every_packaged_weight_is_a_feature_the_coder_can_give() -> None:
    model = confidence_model()
    assert model.weights and model.version != "none"
    assert [n for n in model.weights if not _NAME.match(n)] == []


def test_the_packaged_fit_is_better_calibrated_than_the_rule_score() -> None:
    fit = orjson.loads(package_files.files("pipeline.resources").joinpath(RESOURCE).read_bytes())["fit"]
    assert fit["triples"] >= 400
    held, rule = fit["model_cross_validated"], fit["rule_score"]
    assert held["ece"] < rule["ece"]
    # calibrated: the mean confidence is the share of right triples (within two points)
    assert abs(held["mean"] - fit["right"] / fit["triples"]) < 0.02


def test_a_higher_rule_score_never_lowers_the_probability(resources: Resources) -> None:
    model = confidence_model()
    event = code(resources, _MEETING, "2015-06-02")[0]
    probs = [model.probability(event, s / 10) for s in range(11)]
    assert probs == sorted(probs) and 0.0 < probs[0] < probs[-1] < 1.0


def test_the_coder_reports_the_model_probability_not_the_rule_score(resources: Resources) -> None:
    rule_only = dataclasses.replace(resources, knowledge=dataclasses.replace(
        resources.knowledge, confidence=None))
    ruled = code(rule_only, _MEETING, "2015-06-02")
    fitted = code(resources, _MEETING, "2015-06-02")
    assert [e.event_type for e in ruled] == [e.event_type for e in fitted]
    for rule, event in zip(ruled, fitted, strict=True):
        expected = resources.knowledge.confidence.probability(event, rule.confidence)  # type: ignore[union-attr]
        assert event.confidence == pytest.approx(expected, abs=0.002)
        assert event.confidence != rule.confidence


def test_a_model_reads_its_json() -> None:
    model = ConfidenceModel.from_json(b'{"version": "t", "bias": -1.0, "rule_weight": 2.0,'
                                      b' "weights": {"type=AGREE": 0.5}}')
    assert (model.bias, model.rule_weight, model.weights, model.version) == (
        -1.0, 2.0, {"type=AGREE": 0.5}, "t")
