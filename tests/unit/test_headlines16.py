"""Headline grammar, session 16 (headlines16): a weak trigger's passive with its patient before it
(`stages/weak_passive.py`). Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from tests.unit.test_event_rules import Triple, facts

# (sentence, a triple it states): "free" is a weak lemma, which counted only with an actor after
# it; in the passive its patient stands before it.
_STATED: list[tuple[str, Triple]] = [
    ("Three Nepalese hostages freed in Iraq", (None, "RETREAT", "NPL")),
    ("Two Danish hostages freed", (None, "RETREAT", "DNK")),
    ("The Kenyan hostages were freed on Sunday.", (None, "RETREAT", "KEN")),
    ("The Bolivian journalists have been freed, officials said.", (None, "RETREAT", "BOL")),
]
# (sentence, a triple it must not give)
_NOT_STATED: list[tuple[str, Triple]] = [
    # a place before the participle is no patient
    ("Hostages in Nepal freed", (None, "RETREAT", "NPL")),
    # other weak participles stay as they were: a rating given, a measure opposed
    ("Hungary was given a better credit rating.", (None, "AID", "HUN")),
    ("Denmark and Portugal were opposed to the tax.", (None, "REJECT", "DNK")),
]


@pytest.mark.parametrize(("body", "expected"), _STATED)
def test_a_passive_release_is_coded(resources: Resources, body: str, expected: Triple) -> None:
    assert expected in facts(resources, body)


@pytest.mark.parametrize(("body", "wrong"), _NOT_STATED)
def test_weak_passive_limits(resources: Resources, body: str, wrong: Triple) -> None:
    assert wrong not in facts(resources, body)
