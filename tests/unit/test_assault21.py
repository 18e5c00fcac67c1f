"""A time word between a casualty participle and the phrase after it (session 21, assault21;
docs/event-coding.md "A time word after a reduced relative"): "soldiers killed Sunday in Iraq",
"hostages seized recently in Baghdad" are passives whose victims are the recipient, as "killed on
Sunday in Iraq" already was, not attackers. Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Two Italians kidnapped recently in Baghdad were freed.", (None, "ASSAULT", "ITA")),
    ("Three Israelis wounded earlier in Gaza were flown to hospital.", (None, "ASSAULT", "ISR")),
    ("Two US soldiers killed Sunday in Iraq were buried in Texas.", (None, "ASSAULT", "USA")),
    ("Two US soldiers killed early Sunday in Iraq were buried in Texas.",
     (None, "ASSAULT", "USA")),
    ("Four Danish sailors killed overnight in Somalia were buried at sea.",
     (None, "ASSAULT", "DNK")),
])
def test_victims_before_a_time_word_are_no_attackers(resources: Resources, body: str,
                                                     expected: Triple) -> None:
    got = facts(resources, body)
    assert expected in got
    assert not any(t[0] == expected[2] and t[1] == "ASSAULT" for t in got)


def test_a_train_after_a_weekday_is_no_attacker(resources: Resources) -> None:
    body = "A French protester was struck and killed Sunday by a train carrying waste to Germany."
    assert not any(t[1] == "ASSAULT" and t[2] == "DEU" for t in facts(resources, body))


@pytest.mark.parametrize(("body", "expected"), [
    ("Israeli troops killed Sunday three Palestinian gunmen in Gaza.", ("ISR", "ASSAULT", "PSE")),
    ("The Austrian chancellor warned Thursday.", None),  # a closing weekday: no passive
])
def test_active_verbs_before_a_weekday_keep_their_subject(resources: Resources, body: str,
                                                          expected: Triple | None) -> None:
    got = facts(resources, body)
    if expected is not None:
        assert expected in got
    assert not any(t[0] is None and t[2] in ("ISR", "AUT") for t in got)
