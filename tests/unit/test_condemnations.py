"""A condemning predicate told by a speaker is the speaker's criticism of the actor named in what
is judged (docs/event-coding.md, "Condemning predicates (session 17, accuse17)"). Sentences
written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-12-01"


def test_said_after_copula_is_criticism(resources: Resources) -> None:
    assert facts(resources, "Mexico said the Canadian fishing ban was illegal.", DAY) \
        == {("MEX", "ACCUSE", "CAN")}


def test_naming_verb_with_object_is_criticism(resources: Resources) -> None:
    assert facts(resources, "Brazil called the Argentine import curbs discriminatory.", DAY) \
        == {("BRA", "ACCUSE", "ARG")}


def test_headline_with_dropped_copula(resources: Resources) -> None:
    assert facts(resources, "Peru Says Chilean Border Fence Illegal", DAY) \
        == {("PER", "ACCUSE", "CHL")}


def test_proposal_judged_unacceptable_is_rejected(resources: Resources) -> None:
    assert facts(resources, "Syria said the Turkish water proposal was unacceptable.", DAY) \
        == {("SYR", "REJECT", "TUR")}


def test_cue_inside_the_judged_thing_is_no_cue(resources: Resources) -> None:
    # "plan" is a future cue elsewhere; here it is the thing judged
    assert facts(resources, "Kenya branded the Ugandan plan irresponsible.", DAY) \
        == {("KEN", "ACCUSE", "UGA")}


def test_negated_or_modal_judgement_is_no_fact(resources: Resources) -> None:
    assert facts(resources, "Mexico said the Canadian fishing ban was not illegal.", DAY) == set()
    assert facts(resources, "Mexico said a Canadian fishing ban would be illegal.", DAY) == set()
    assert facts(resources, "Mexico did not call the Canadian fishing ban illegal.", DAY) == set()


def test_word_outside_the_frame_names_no_act(resources: Resources) -> None:
    assert facts(resources, "Police in Spain said illegal Moroccan migrants were found.", DAY) \
        == set()
    assert facts(resources, "Britain said it was illegal for Israeli firms to trade there.", DAY) \
        == set()


def test_firm_judged_is_business(resources: Resources) -> None:
    assert facts(resources, "A judge said the Halliburton settlement was unacceptable.", DAY) \
        == set()
