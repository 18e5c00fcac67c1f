"""Input validation and output immutability of the message models."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from pipeline.models import Article, EventActor, Provenance


def _article(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {"id": "a1", "body": "Ministers met in Geneva.",
                               "published_at": "2025-02-13T09:00:00+01:00"}
    base.update(fields)
    return base


def test_article_normalises_published_at_to_utc() -> None:
    article = Article.model_validate(_article())
    assert article.published_at == dt.datetime(2025, 2, 13, 8, 0, tzinfo=dt.UTC)
    assert article.published_at.utcoffset() == dt.timedelta(0)


def test_article_ignores_unknown_fields_and_defaults_language() -> None:
    article = Article.model_validate(_article(section="world", priority=3))
    assert article.language == "en"
    assert not hasattr(article, "section")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"body": None}, "body"),
        ({"body": "  \n\t "}, "body"),
        ({"id": 7}, "id"),
        ({"id": ""}, "id"),
        ({"published_at": "2025-02-13 09:00"}, "published_at"),
        ({"published_at": "yesterday"}, "published_at"),
        ({"authors": "Jane Doe"}, "authors"),
    ],
)
def test_article_rejects_missing_or_wrong_fields(change: dict[str, object], field: str) -> None:
    data = _article(**change)
    if change.get("body", "") is None:
        del data["body"]
    with pytest.raises(ValidationError) as info:
        Article.model_validate(data)
    assert info.value.errors()[0]["loc"][0] == field


def test_outputs_are_frozen_and_forbid_unknown_fields() -> None:
    actor = EventActor(name="Vladimir Putin", country="RUS", method="test")
    with pytest.raises(ValidationError):
        actor.name = "someone else"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        EventActor(name="x", method="test", nickname="y")  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        EventActor(name="x", method="test", country="Russia")


def test_output_datetimes_must_be_aware() -> None:
    with pytest.raises(ValidationError):
        Provenance(pipeline_version="1", models={}, stage_ms={},
                   processed_at=dt.datetime(2025, 1, 1))
