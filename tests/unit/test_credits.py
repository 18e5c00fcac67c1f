"""Wire credits: the agency in a dateline, a leading credit, a sign-off or a closing "(AP)"."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from pipeline.models import Article
from pipeline.stages.chain import Resources
from pipeline.stages.credits import credit_tokens
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import extract, layout


def credited(text: str, title: bool = False) -> list[str]:
    """The tokens of `text` that credit_tokens marks, in order."""
    lay = layout(text)
    return [text[lay.starts[i] : lay.ends[i]] for i in sorted(credit_tokens(text, lay, title))]


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("OSLO, June 3 (Reuters) - Norway raised its gas output.", False, ["Reuters"]),
    ("CAIRO (Agence France-Presse) - Egypt hosted the talks.", False, ["Agence", "France-Presse"]),
    ("AFP - A battalion of Kenyan troops flew out on Monday.", False, ["AFP"]),
    ("Output rose 3 pct in May.\nThe ministry gave no reason.\n Reuter\n", False, ["Reuter"]),
    ("Grain Talks Resume in Geneva (AP)", True, ["AP"]),
    ("The talks ended without a deal (Associated Press)", False, ["Associated", "Press"]),
    # two agencies sharing the credit
    ("WASHINGTON (Reuters/AP) - The talks ended.", False, ["Reuters", "/", "AP"]),
    ("PARIS, May 2 (AFP, Reuters) - France hosted the talks.", False, ["AFP", ",", "Reuters"]),
    ("LIMA (Associated Press and EFE) - Peru hosted the talks.", False,
     ["Associated", "Press", "and", "EFE"]),
    ("Grain Talks Resume in Geneva (AP/Reuters)", True, ["AP", "/", "Reuters"]),
    # a leading credit, then a dateline's
    ("Canadian Press - OTTAWA (AP) - Canada hosted the talks.", False,
     ["Canadian", "Press", "AP"]),
])
def test_a_credit_is_found_where_wires_put_it(text: str, title: bool, expected: list[str]) -> None:
    assert credited(text, title) == expected


@pytest.mark.parametrize(("text", "title"), [
    ("The minister told Reuters on Monday that output would rise.", False),
    ("Reuters said on Monday - in a statement - that it would hire.", False),
    ("Output rose 3 pct in May, a Reuter survey showed.\nDealers agreed.", False),
    ("Prices fell again. Reuter", False),  # one line: no sign-off line
    ("Output rose.\nA Reuters poll", False),  # the last line says more than the name
    ("OSLO (Reuters) - Norway raised output.", True),  # a title has no dateline
    ("Reuters - Rivals Talk", True),
    ("OSLO (Reuters and Norway's oil ministry) - Output rose.", False),  # not only agencies
    ("Talks Resume (AP, Geneva)", True),
])
def test_an_agency_named_in_the_story_is_no_credit(text: str, title: bool) -> None:
    assert credited(text, title) == []


def _article(title: str, body: str) -> Article:
    return Article(id="t", title=title, body=body, published_at="1987-03-02T12:00:00Z")  # type: ignore[arg-type]


def test_a_sign_off_is_an_organisation_and_no_actor(resources: Resources) -> None:
    article = _article("Japan Cuts Rates", "Japan's central bank cut its discount rate on "
                       "Monday, officials said.\n The yen fell in early trading.\n Reuter\n")
    extraction = extract(article, resources.tagger)
    sign_off = [e for e in extraction.entities if e.text == "Reuter"]
    assert sign_off and all(e.label == "ORG" for e in sign_off)
    actors = enrich(article, extraction, resources.geo, resources.knowledge).actors
    assert "Reuter" not in {a.name for a in actors}
    assert "Japan" in {a.name for a in actors}


def _actors(res: Resources, title: str, body: str) -> set[str]:
    article = _article(title, body)
    return {a.name for a in enrich(article, extract(article, res.tagger), res.geo,
                                   res.knowledge).actors}


def test_a_dateline_agency_is_no_actor_but_one_told_something_is(resources: Resources) -> None:
    actors = _actors(resources, "Trade Talks to Resume (Reuters)",
                     "TOKYO, March 2 (Reuters) - Japan's trade minister said on Monday that "
                     "talks with Washington would resume next week.")
    assert "Reuters" not in actors and "Japan" in actors
    actors = _actors(resources, "", "Japan's trade minister told Reuters on Monday that talks "
                     "would resume.")
    assert "Reuters" in actors


class _CapitalsArePeople:
    """A stand-in tagger: every run of capitalised words is one person."""

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """B-PER/I-PER on capitalised words, O elsewhere."""
        out = []
        for words in sentences:
            tags = []
            for i, word in enumerate(words):
                inside = word[:1].isupper() and i > 0 and words[i - 1][:1].isupper()
                tags.append(("I-PER" if inside else "B-PER") if word[:1].isupper() else "O")
            out.append(tags)
        return out

    def clear_cache(self) -> None:
        """Nothing is cached."""


@pytest.mark.parametrize("agency", ["Reuter", "Reuters", "AP", "AFP", "Xinhua", "Interfax", "Tass"])
def test_an_agency_in_running_text_is_no_person(agency: str) -> None:
    article = _article("", f"the minister said on monday that {agency} had quoted him wrongly.")
    labels = {e.text: e.label for e in extract(article, _CapitalsArePeople()).entities}
    assert labels == {agency: "ORG"}


def test_a_person_named_like_an_agency_stays_a_person() -> None:
    article = _article("", "the board met Edzard Reuter on monday. later Reuter said no.")
    labels = [(e.text, e.label) for e in extract(article, _CapitalsArePeople()).entities]
    assert ("Edzard Reuter", "PERSON") in labels and ("Reuter", "PERSON") in labels


def test_reuter_in_the_story_is_no_person_actor(resources: Resources) -> None:
    article = _article("", "Reuter reported that the minister would resign. The minister told "
                       "Reuter on Monday that he would stay.")
    extraction = extract(article, resources.tagger)
    assert {e.label for e in extraction.entities if e.text == "Reuter"} == {"ORG"}
    actors = enrich(article, extraction, resources.geo, resources.knowledge).actors
    assert all(a.type != "person" for a in actors if a.name == "Reuter")
