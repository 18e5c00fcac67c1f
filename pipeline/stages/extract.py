"""Extraction stage: tokens and sentences, entity mentions, quotes and dates."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from typing import Protocol

from pipeline.models import Article, DateMention, TextField
from pipeline.stages.credits import agency_name, credit_tokens
from pipeline.stages.dates import find_dates
from pipeline.stages.entities import RawMention, link_mentions, model_label
from pipeline.stages.ner import bio_to_spans
from pipeline.stages.quotes import find_quotes
from pipeline.stages.text import split_sentences, tokenize
from pipeline.stages.types import Extraction, FieldLayout

FIELDS: tuple[TextField, ...] = ("title", "body")
# A tagged span: field, sentence, first and end token of the field, tagger label, token texts.
_Tagged = tuple[TextField, int, int, int, str, list[str]]


class EntityTagger(Protocol):
    """Anything that tags the tokens of a document's sentences with BIO labels."""

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags (PER/ORG/LOC/MISC) for each token of each sentence."""
        ...

    def clear_cache(self) -> None:
        """Forget whatever was cached from earlier documents."""
        ...


@functools.lru_cache(maxsize=4)
def layout(text: str) -> FieldLayout:
    """Tokenize a field and split it into sentences, once.

    Memoised for the last few texts: the input guards measure an article's fields just before
    extraction needs the same layout (an immutable result, so sharing it is safe).
    """
    tokens = tokenize(text)
    return FieldLayout(starts=tokens.starts, ends=tokens.ends,
                       sentences=split_sentences(text, tokens))


def sentence_starts(lay: FieldLayout) -> list[int]:
    """Character offset where each sentence of a field begins."""
    return [lay.starts[s] for s, _ in lay.sentences]


def sentence_of(starts: Sequence[int], offset: int) -> int:
    """Index of the sentence holding a character offset."""
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def _named_people(tagged: Sequence[_Tagged]) -> frozenset[str]:
    """Lower-case last words of the people tagged with two names or more ("Edzard Reuter")."""
    return frozenset(words[-1].lower() for _, _, _, _, label, words in tagged
                     if label == "PER" and len(words) > 1)


def extract(article: Article, tagger: EntityTagger) -> Extraction:
    """Run extraction on one article."""
    texts = {"title": article.title, "body": article.body}
    layouts = {field: layout(texts[field]) for field in FIELDS}
    batch: list[list[str]] = []
    owners: list[tuple[TextField, int, int]] = []
    for field in FIELDS:
        text, lay = texts[field], layouts[field]
        for index, (first, last) in enumerate(lay.sentences):
            batch.append([text[lay.starts[i] : lay.ends[i]] for i in range(first, last)])
            owners.append((field, index, first))
    tagged: list[_Tagged] = []
    credits = {f: credit_tokens(texts[f], layouts[f], f == "title") for f in FIELDS}
    for (field, index, first), tags, words in zip(owners, tagger.tag_document(batch), batch,
                                                  strict=True):
        for s, e, label in bio_to_spans(tags):
            if first + s in credits[field]:
                label = "ORG"  # a wire credit names the agency ("Reuter" is no person)
            tagged.append((field, index, first + s, first + e, label, words[s:e]))
    named = _named_people(tagged)
    raw: list[RawMention] = []
    for field, index, s, e, label, words in tagged:
        if label == "PER" and agency_name(words) and words[-1].lower() not in named:
            label = "ORG"  # "Reuter said": the agency, unless the article names such a person
        start, end = layouts[field].starts[s], layouts[field].ends[e - 1]
        raw.append(RawMention(field, start, end, texts[field][start:end], model_label(label),
                              index))
    mentions = link_mentions(raw)
    quotes = []
    dates: list[DateMention] = []
    published = article.published_at.date()
    for field in FIELDS:
        starts = sentence_starts(layouts[field])
        quotes.extend(find_quotes(texts[field], field, starts, mentions))
        for found in find_dates(texts[field], published):
            dates.append(DateMention(
                field=field, start=found.start, end=found.end,
                text=texts[field][found.start : found.end], sentence=sentence_of(starts, found.start),
                date=found.date, granularity=found.granularity,
                method=found.method,
            ))
    return Extraction(title=layouts["title"], body=layouts["body"], entities=mentions,
                      quotes=quotes, dates=dates)
