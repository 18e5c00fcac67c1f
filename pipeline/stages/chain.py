"""The stage chain: the one place that defines stage order, plus the final assembly.

Stages are pure functions; here each is wrapped so that it returns either the
next WorkItem or a StageFailure (errors as values), with its wall time recorded.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import orjson

from pipeline import __version__
from pipeline.compiled import check_build
from pipeline.models import AnnotatedArticle, EventRecord, Provenance, TopicLabel
from pipeline.stages.classify import TopicScorer, classify
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import EntityTagger, extract, layout
from pipeline.stages.geo import Gazetteer, gazetteer
from pipeline.stages.knowledge import Knowledge, knowledge, norm_token
from pipeline.stages.ner import NerTagger
from pipeline.stages.topics_model import TopicModel
from pipeline.stages.types import EventDraft, StageName, WorkItem


@dataclass(frozen=True, slots=True)
class Resources:
    """Models and data the stages need, loaded once per process."""

    tagger: EntityTagger
    geo: Gazetteer
    topics: TopicScorer
    versions: dict[str, str] = field(default_factory=dict)
    knowledge: Knowledge = field(default_factory=knowledge)

    def clear_caches(self) -> None:
        """Forget what the stages memoised from earlier articles (word types, name look-ups)."""
        self.tagger.clear_cache()
        self.geo.clear_caches()
        norm_token.cache_clear()
        layout.cache_clear()


def load_resources() -> Resources:
    """Load every model and gazetteer (at worker start, not per message); StaleBuild when the
    compiled stage modules are older than their sources."""
    check_build()
    topics = TopicModel.load()
    tagger = NerTagger.load()
    return Resources(tagger=tagger, geo=gazetteer(), topics=topics,
                     versions={"ner": tagger.version, "topics": topics.version,
                               "tone": "vader-3.3.2-lexicon", "events": knowledge().version},
                     knowledge=knowledge())


@dataclass(frozen=True, slots=True)
class StageFailure:
    """A stage could not process an item: which stage, the error class and why."""

    stage: str
    error_class: str
    reason: str


def _extract(item: WorkItem, res: Resources) -> WorkItem:
    return item.model_copy(update={"extraction": extract(item.article, res.tagger)})


def _enrich(item: WorkItem, res: Resources) -> WorkItem:
    if item.extraction is None:
        raise ValueError("enrich needs the extraction result")
    return item.model_copy(update={"enrichment": enrich(item.article, item.extraction, res.geo,
                                                          res.knowledge)})


def _classify(item: WorkItem, res: Resources) -> WorkItem:
    if item.extraction is None:
        raise ValueError("classify needs the extraction result")
    result = classify(item.article, item.extraction, res.topics)
    return item.model_copy(update={"classification": result})


STAGES: tuple[tuple[StageName, Callable[[WorkItem, Resources], WorkItem]], ...] = (
    ("extract", _extract),
    ("enrich", _enrich),
    ("classify", _classify),
)
STAGE_ORDER: tuple[StageName, ...] = tuple(name for name, _ in STAGES)


def run_stage(name: StageName, item: WorkItem, res: Resources, budget_ms: float
              ) -> WorkItem | StageFailure:
    """Run one stage on an item; never raises for a bad article."""
    step = dict(STAGES)[name]
    began = time.perf_counter()
    try:
        result = step(item, res)
    except Exception as exc:  # noqa: BLE001 - any stage error becomes a dead letter
        return StageFailure(name, type(exc).__name__, f"{name} failed: {exc}"[:1000])
    elapsed = (time.perf_counter() - began) * 1000.0
    if elapsed > budget_ms:
        return StageFailure(name, "StageBudgetExceeded",
                            f"{name} took {elapsed:.0f} ms, over the {budget_ms:.0f} ms budget")
    return result.model_copy(update={"stage_ms": {**item.stage_ms, name: round(elapsed, 3)}})


def run_chain(item: WorkItem, res: Resources, budget_ms: float) -> WorkItem | StageFailure:
    """Run every stage in order (batch mode and benchmarks)."""
    current: WorkItem | StageFailure = item
    for name in STAGE_ORDER:
        if isinstance(current, StageFailure):
            break
        current = run_stage(name, current, res, budget_ms)
    return current


def event_id(article_id: str, draft: EventDraft) -> str:
    """Deterministic id: a hash of the article id and the event's content."""
    content = draft.model_dump(mode="json", include={
        "event_type", "actor", "recipient", "event_date", "modality", "evidence"})
    digest = hashlib.sha256(orjson.dumps([article_id, content], option=orjson.OPT_SORT_KEYS))
    return "ev_" + digest.hexdigest()[:32]


def assemble(item: WorkItem, res: Resources, now: dt.datetime | None = None
             ) -> tuple[AnnotatedArticle, list[EventRecord]]:
    """Build the output records of a fully processed item."""
    ext, enr, cls = item.extraction, item.enrichment, item.classification
    if ext is None or enr is None or cls is None:
        raise ValueError("assemble needs every stage's result")
    article = item.article
    provenance = Provenance(pipeline_version=__version__, models=res.versions,
                            stage_ms=item.stage_ms, processed_at=now or dt.datetime.now(dt.UTC),
                            source=item.origin.position)
    primary: set[TopicLabel] = {t.label for t in cls.topics if t.relevance == "primary"}
    events: list[EventRecord] = []
    seen: set[str] = set()
    for draft in enr.events:
        eid = event_id(article.id, draft)
        if eid in seen:
            continue
        seen.add(eid)
        named = cls.sentence_labels[draft.evidence.field][draft.evidence.sentence]
        topics = sorted(primary | {label for label in named if label in ("diplomacy", "energy", "ai")})
        events.append(EventRecord(
            event_id=eid, article_id=article.id, topics=topics,
            provenance=provenance, **draft.model_dump(exclude={"topics"}),
        ))
    annotated = AnnotatedArticle(
        article_id=article.id, url=article.url, title=article.title, source=article.source,
        published_at=article.published_at, language=article.language, authors=article.authors,
        entities=ext.entities, quotes=ext.quotes, dates=ext.dates, actors=enr.actors,
        places=enr.places, tone=enr.tone, topics=cls.topics,
        event_ids=[e.event_id for e in events], provenance=provenance,
    )
    return annotated, events
