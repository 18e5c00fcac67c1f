"""A condemning word after a naming verb whose judged thing names no actor is the speaker's
criticism of an unnamed party (docs/event-coding.md, "A thing judged by a naming verb that names
no actor (session 21, verbal21)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-12-01"


def test_naming_verb_with_unnamed_thing_is_criticism(resources: Resources) -> None:
    assert facts(resources, "Egypt branded the new tariffs unfair.", DAY) \
        == {("EGY", "ACCUSE", None)}


def test_call_judging_a_thing_is_no_phone_call(resources: Resources) -> None:
    # on main: IRN CONSULT null (a phone call) and no criticism
    assert facts(resources, "Iran called the sanctions illegal.", DAY) \
        == {("IRN", "ACCUSE", None)}


def test_passive_naming_verb_codes_no_speaker(resources: Resources) -> None:
    assert facts(resources, "A scheme to sell Kenyan tea online has been branded a disgraceful "
                 "waste by MPs.", DAY) == set()


def test_relative_clause_speaker_is_not_the_owner(resources: Resources) -> None:
    assert facts(resources, "Chile faces a tax which exporters regard as arbitrary.", DAY) \
        == set()


def test_speech_frame_with_unnamed_thing_codes_nothing(resources: Resources) -> None:
    assert facts(resources, "Egypt said the new tariffs were unfair.", DAY) == set()


def test_condemning_noun_after_naming_verb(resources: Resources) -> None:
    assert facts(resources, "Japan branded the North Korean missile test a provocation.", DAY) \
        == {("JPN", "ACCUSE", "PRK")}


def test_condemning_noun_with_complement_after_copula(resources: Resources) -> None:
    assert facts(resources, "Iran said the U.S. flights were a flagrant violation of its "
                 "airspace.", DAY) == {("IRN", "ACCUSE", "USA")}


def test_condemning_noun_about_a_pronoun_codes_nothing(resources: Resources) -> None:
    assert facts(resources, "Egypt said it was a mistake to sell the shares.", DAY) == set()


def test_verb_forms_of_condemning_nouns_code_nothing(resources: Resources) -> None:
    assert facts(resources, "Britain said the Irish minister had been shamed into going.", DAY) \
        == set()
    assert facts(resources, "Reagan said that serious mistakes were made.", DAY) == set()
