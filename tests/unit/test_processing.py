"""The processor: every input yields exactly one annotated record or one dead letter."""

from __future__ import annotations

import datetime as dt

import orjson
import pytest

from pipeline.inputs import RawInput, malformed_samples
from pipeline.models import AnnotatedArticle, DeadLetter, EventRecord, SourcePosition
from pipeline.processing import Outgoing, Processor
from pipeline.serialization import decode_work, unb64
from pipeline.settings import Settings
from pipeline.stages.chain import STAGE_ORDER, Resources
from pipeline.stages.geo import Gazetteer
from pipeline.stages.knowledge import NORM_CACHE, norm_token
from pipeline.stages.ner import NerTagger
from pipeline.stages.types import WorkItem

POSITION = SourcePosition(topic="news.articles", partition=1, offset=7)
FIXED_NOW = dt.datetime(2025, 2, 13, 10, 0, tzinfo=dt.UTC)


def test_stage_order_is_extract_enrich_classify() -> None:
    assert STAGE_ORDER == ("extract", "enrich", "classify")


def test_each_malformed_input_is_one_dead_letter(settings: Settings, resources: Resources) -> None:
    processor = Processor(settings, resources)
    bad = malformed_samples()
    assert len(bad) >= 6
    for raw in bad:
        out = processor.accept(POSITION, b"k", raw.payload, [("schema", b"article.v1")])
        assert [o.role for o in out] == ["dlq"], raw.where
        letter = DeadLetter.model_validate_json(out[0].value)
        assert letter.stage in ("decode", "validate")
        assert letter.reason
        assert letter.error_class
        assert unb64(letter.payload_b64) == raw.payload
        assert letter.source == POSITION
        assert out[0].headers == {"schema": b"dead-letter.v1"}


def test_stages_hop_through_internal_topics(settings: Settings, resources: Resources,
                                            samples: list[RawInput]) -> None:
    processor = Processor(settings, resources)
    out = processor.accept(POSITION, None, samples[0].payload, None)
    assert [o.role for o in out] == ["extracted"]
    item = decode_work(out[0].value)
    assert item.extraction is not None
    assert item.enrichment is None
    assert item.origin.position == POSITION
    out = processor.advance("enrich", out[0].value)
    assert [o.role for o in out] == ["enriched"]
    out = processor.advance("classify", out[0].value)
    roles = [o.role for o in out]
    assert roles[-1] == "annotated"
    assert set(roles[:-1]) <= {"events"}
    annotated = AnnotatedArticle.model_validate_json(out[-1].value)
    events = [EventRecord.model_validate_json(o.value) for o in out[:-1]]
    assert out[-1].key == annotated.article_id.encode()
    assert annotated.event_ids == [e.event_id for e in events]
    assert all(o.key == e.event_id.encode() for o, e in zip(out, events, strict=False))
    assert set(annotated.provenance.stage_ms) == set(STAGE_ORDER)
    assert annotated.provenance.source == POSITION


def test_whole_chain_matches_hopping_and_ids_are_deterministic(
        settings: Settings, resources: Resources, samples: list[RawInput]) -> None:
    processor = Processor(settings, resources)
    for raw in samples:
        first = processor.process_whole(None, None, raw.payload, None)
        second = processor.process_whole(None, None, raw.payload, None)
        ids = [orjson.loads(o.value).get("event_id") for o in first if o.role == "events"]
        assert ids == [orjson.loads(o.value).get("event_id") for o in second if o.role == "events"]
        assert len(ids) == len(set(ids))


def test_unreadable_work_item_is_dead_lettered(settings: Settings, resources: Resources) -> None:
    out = Processor(settings, resources).advance("enrich", b"{not a work item")
    assert [o.role for o in out] == ["dlq"]
    assert DeadLetter.model_validate_json(out[0].value).stage == "enrich"


class _Exploding:
    def tag_document(self, sentences: object) -> list[list[str]]:
        raise RuntimeError("tagger blew up")

    def clear_cache(self) -> None:
        """Nothing cached."""


def test_stage_exception_becomes_dead_letter_with_stage(
        settings: Settings, resources: Resources, samples: list[RawInput]) -> None:
    broken = Resources(tagger=_Exploding(), geo=resources.geo, topics=resources.topics)
    out = Processor(settings, broken).accept(POSITION, b"key", samples[0].payload, None)
    letter = DeadLetter.model_validate_json(out[0].value)
    assert (letter.stage, letter.error_class) == ("extract", "RuntimeError")
    assert "tagger blew up" in letter.reason
    assert letter.article_id == orjson.loads(samples[0].payload)["id"]
    assert out[0].key == letter.article_id.encode()


def test_stage_over_budget_is_dead_lettered(resources: Resources, samples: list[RawInput],
                                            settings: Settings) -> None:
    tight = settings.model_copy(update={"stage_budget_ms": 1e-6})
    out = Processor(tight, resources).accept(POSITION, None, samples[0].payload, None)
    letter = DeadLetter.model_validate_json(out[0].value)
    assert letter.error_class == "StageBudgetExceeded"
    assert "budget" in letter.reason


@pytest.mark.parametrize("field", ["extraction", "enrichment"])
def test_work_item_carries_results_between_agents(settings: Settings, resources: Resources,
                                                  samples: list[RawInput], field: str) -> None:
    processor = Processor(settings, resources)
    out = processor.accept(POSITION, None, samples[1].payload, None)
    if field == "enrichment":
        out = processor.advance("enrich", out[0].value)
    item = WorkItem.model_validate_json(out[0].value)
    assert getattr(item, field) is not None


def test_clearing_the_stage_caches_empties_them_and_changes_no_record(
        settings: Settings, resources: Resources, samples: list[RawInput]) -> None:
    """The benchmark clears the caches between passes; the records must not depend on them."""
    processor = Processor(settings, resources, clock=lambda: FIXED_NOW)
    before = [processor.process_whole(None, None, s.payload, None) for s in samples]
    assert norm_token.cache_info().currsize > 0
    assert Gazetteer.country_or_capital.cache_info().currsize > 0
    resources.clear_caches()
    assert norm_token.cache_info().currsize == 0
    assert Gazetteer.country_or_capital.cache_info().currsize == 0
    tagger = resources.tagger
    assert isinstance(tagger, NerTagger) and set(tagger._types.slot) == set(tagger.lex.clusters)
    after = [processor.process_whole(None, None, s.payload, None) for s in samples]
    assert _without_timings(after) == _without_timings(before)


def _without_timings(runs: list[list[Outgoing]]) -> list[list[object]]:
    """Record values with the stage wall times (which vary run to run) left out."""
    out: list[list[object]] = []
    for records in runs:
        values: list[object] = []
        for record in records:
            data = orjson.loads(record.value)
            if "provenance" in data:
                data["provenance"].pop("stage_ms")
            values.append(data)
        out.append(values)
    return out


def test_the_folded_token_cache_is_bounded() -> None:
    assert norm_token.cache_info().maxsize == NORM_CACHE
    for i in range(NORM_CACHE + 10):
        norm_token(f"tok{i}")
    assert norm_token.cache_info().currsize == NORM_CACHE
