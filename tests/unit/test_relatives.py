"""The subject of a relative clause is the mention before its comma and "who"/"which", also
when a preposition governs it (docs/event-coding.md, "Recall sample on CoNLL-2003 train
(session 14, recall14a)"). Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts

DAY = "1996-09-01"


@pytest.mark.parametrize(("body", "expected", "wrong"), [
    # the antecedent is governed by a preposition: before, the nearest ungoverned mention
    # (Britain) was taken as the subject of "had met"
    ("Britain's envoy spoke by telephone to Kinkel, who had met Russian officials in Moscow.",
     ("DEU", "CONSULT", "RUS"), ("GBR", "CONSULT", "RUS")),
    ("Greece praised its talks with the EU, which slapped sanctions on Turkey.",
     ("eu", "SANCTION", "TUR"), ("GRC", "SANCTION", "TUR")),
])
def test_relative_clause_subject_is_its_antecedent(resources: Resources, body: str,
                                                   expected: Triple, wrong: Triple) -> None:
    found = facts(resources, body, DAY)
    assert expected in found
    assert wrong not in found


def test_who_after_of_takes_the_holders_country(resources: Resources) -> None:
    # "who" after "the ambassador of Iraq" is the ambassador, Iraq's (before: Egypt criticised)
    assert facts(resources, "Egypt met the ambassador of Iraq, who criticised Israel.",
                 DAY) == {("EGY", "CONSULT", "IRQ"), ("IRQ", "ACCUSE", "ISR")}
