"""Bad input never crashes extraction nor costs more than 50x a normal article of the same length."""

from __future__ import annotations

import time

import orjson
import pytest

from pipeline.inputs import RawInput
from pipeline.models import Article
from pipeline.stages.chain import Resources
from pipeline.stages.extract import extract

HOSTILE = {
    "one 200,000-character word": lambda n: "x" * n,
    "no punctuation": lambda n: ("the minister met officials in geneva " * n)[:n],
    "capitalised words only": lambda n: ("Minister Met Officials Geneva Talks " * n)[:n],
    "non-Latin scripts": lambda n: ("Путин встретился с Си Цзиньпином в Москве. 東京で会談した。 "
                                    "قال الرئيس إن المحادثات مستمرة. " * n)[:n],
    "HTML remnants": lambda n: ("<div class='x'><p>Apple&nbsp;Inc. &amp; <b>Google</b></p></div>"
                                * n)[:n],
    "quotes without end": lambda n: ('"' + "Said the envoy, " * n)[:n],
}
LENGTH = 200_000


def _article(body: str) -> Article:
    return Article(id="hostile", body=body, published_at="2025-02-13T09:00:00Z")  # type: ignore[arg-type]


def _seconds(article: Article, resources: Resources) -> float:
    began = time.perf_counter()
    extract(article, resources.tagger)
    return time.perf_counter() - began


@pytest.fixture(scope="module")
def normal_seconds(samples: list[RawInput], resources: Resources) -> float:
    """Extraction time of ordinary news text of the same length (best of three)."""
    text = "\n".join(orjson.loads(s.payload)["body"] for s in samples)
    body = (text + "\n") * (LENGTH // len(text) + 1)
    article = _article(body[:LENGTH])
    extract(article, resources.tagger)
    return min(_seconds(article, resources) for _ in range(3))


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_body_is_processed_in_bounded_time(name: str, resources: Resources,
                                                  normal_seconds: float) -> None:
    article = _article(HOSTILE[name](LENGTH))
    result = extract(article, resources.tagger)
    for mention in result.entities:
        assert 0 <= mention.start < mention.end <= len(article.body)
    assert min(_seconds(article, resources) for _ in range(2)) < 50 * normal_seconds


def test_minimal_body(resources: Resources) -> None:
    result = extract(_article("."), resources.tagger)
    assert result.entities == []
    assert result.body.sentences == [(0, 1)]
