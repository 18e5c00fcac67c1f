"""Input policy checks run after validation and before any stage: errors as values.

Two costs grow faster than the text: event coding pairs sentences with entity mentions, and
the tone lexicon (VADER) is quadratic in the words of one sentence (worse for emoji, which it
expands into words). The time budget is made real by bounding sentences, capitalised words and
the sum over sentences of their squared length, measured with the stages' own tokenizer and
sentence splitter (linear) before extraction starts; `run_stage` still measures each stage.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.models import Article
from pipeline.settings import Settings
from pipeline.stages.extract import layout

# An element tag such as <p>, </div> or <a href="...">, not "a < b" or "<3".
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,500})?/?>")
_DOCUMENT = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]|<script[\s>]",
                       re.IGNORECASE)
_EMOJI = re.compile("[\U0001F000-\U0010FFFF\u2600-\u27BF]")
_NAME_WORD = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]*")
EMOJI_WEIGHT = 3  # VADER replaces an emoji by its description, a few words
HTML_MIN_TAGS = 5
HTML_MIN_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why an otherwise valid article is not processed: the error class and the reason."""

    error_class: str
    reason: str


def looks_like_html(text: str) -> bool:
    """True for an HTML document or markup-heavy text (tags are 5%+ of the characters)."""
    if _DOCUMENT.search(text):
        return True
    tags = [m.end() - m.start() for m in _TAG.finditer(text)]
    return len(tags) >= HTML_MIN_TAGS and sum(tags) >= HTML_MIN_SHARE * len(text)


def _is_emoji(token: str) -> bool:
    return len(token) == 1 and (ord(token) >= 0x1F000 or 0x2600 <= ord(token) <= 0x27BF)


def sentence_costs(text: str) -> list[int]:
    """Per sentence (as the stages split them), its length in tokens, emoji counted thrice."""
    lay = layout(text)
    if not _EMOJI.search(text):
        return [last - first for first, last in lay.sentences]
    costs = []
    for first, last in lay.sentences:
        emoji = sum(1 for i in range(first, last)
                    if _is_emoji(text[lay.starts[i] : lay.ends[i]]))
        costs.append(last - first + (EMOJI_WEIGHT - 1) * emoji)
    return costs


def count_name_words(text: str) -> int:
    """Words starting with a capital letter: what the entity tagger may turn into mentions."""
    return sum(1 for _ in _NAME_WORD.finditer(text))


def _published(article: Article, settings: Settings, now: dt.datetime) -> Refusal | None:
    latest = now + dt.timedelta(hours=settings.published_max_future_hours)
    if article.published_at > latest:
        return Refusal("PublishedInFuture",
                       f"published_at {article.published_at.isoformat()} is more than "
                       f"{settings.published_max_future_hours:g} h after the processing time "
                       f"{now.isoformat(timespec='seconds')}")
    if article.published_at.year < settings.published_min_year:
        return Refusal("PublishedTooEarly",
                       f"published_at {article.published_at.isoformat()} is before "
                       f"{settings.published_min_year}")
    return None


def check_article(article: Article, settings: Settings, now: dt.datetime) -> Refusal | None:
    """The first policy an article breaks, or None when it may enter the stages."""
    refused = _published(article, settings, now)
    if refused:
        return refused
    if len(article.title) > settings.max_title_chars:
        return Refusal("MessageTooLarge", f"title has {len(article.title)} characters, over "
                                          f"the {settings.max_title_chars} limit")
    if looks_like_html(article.body):
        return Refusal("MarkupBody", "body looks like an HTML document; send plain text "
                                     "(strip the markup before producing)")
    text = f"{article.title}\n\n{article.body}"
    costs = sentence_costs(article.title) + sentence_costs(article.body)
    if len(costs) > settings.max_sentences:
        return Refusal("InputLimitExceeded", f"article has {len(costs)} sentences, over "
                                             f"the {settings.max_sentences} limit")
    work = sum(c * c for c in costs)
    if work > settings.max_sentence_work:
        return Refusal("InputLimitExceeded",
                       f"sentences too long: the sum of squared sentence lengths is {work}, "
                       f"over the {settings.max_sentence_work} limit (longest sentence: "
                       f"{max(costs)} tokens)")
    names = count_name_words(text)
    if names > settings.max_name_words:
        return Refusal("InputLimitExceeded", f"article has {names} capitalised words, over "
                                             f"the {settings.max_name_words} limit")
    return None
