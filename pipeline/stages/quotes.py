"""Direct quotations and their speakers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from pipeline.models import EntityMention, Quote, TextField

_SPEECH = (
    r"(?:said|says|say|wrote|writes|write|told|tells|added|adds|stated|states|posted|tweeted|"
    r"declared|insisted|warned|explained|noted|continued|argued|asked|replied|remarked|"
    r"announced|claimed|stressed|confirmed|recalled)"
)
_QUOTE_PATTERNS = (
    re.compile(r"“([^”\n]{2,2000})”"),
    re.compile(r'"([^"\n]{2,2000})"'),
    re.compile(r"(?<![\w'’])[‘']([A-Za-z][^'‘’\n]{1,400}?[\w.,!?])[’'](?![\w])"),
)
_AFTER = re.compile(
    r"\s*,?\s*(?:(?P<who>[^,.;:\"“”\n]{1,60}?)\s+" + _SPEECH + r"\b|" + _SPEECH
    + r"\s+(?P<who2>[^,.;:\"“”\n]{1,60}?)\s*[,.])"
)
_VERB_BEFORE = re.compile(r"\s" + _SPEECH + r"(?:\s+that)?\s*[:,]?\s*$", re.IGNORECASE)
_ACCORDING_BEFORE = re.compile(
    r"according\s+to\s+(?P<who>[^,.;\"“”\n]{1,60}?)\s*,\s*$", re.IGNORECASE
)
_BOUNDARY = re.compile(r"[,.;\"“”\n]")
_SPEECH_IN_SENTENCE = re.compile(r"\b" + _SPEECH + r"\b|\baccording to\b", re.IGNORECASE)
_PRONOUN_VERB = re.compile(
    r"\b(?:he|she|they)\s+(?:\w+\s+)?" + _SPEECH + r"\b", re.IGNORECASE
)
_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _spans(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for pattern in _QUOTE_PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if not any(fs <= s and e <= fe for fs, fe in found):
                found = [(fs, fe) for fs, fe in found if not (s <= fs and fe <= e)]
                found.append((s, e))
    return sorted(found)


def _salient_person(mentions: Sequence[EntityMention], before: tuple[str, int]) -> EntityMention | None:
    """The person mentioned most often up to a point (title counts as before the body)."""
    field, offset = before
    seen = [m for m in mentions if m.label == "PERSON"
            and (m.field == "title" or (field == "body" and m.start < offset))]
    if not seen:
        return None
    counts = Counter(m.entity for m in seen)
    top = max(counts.values())
    return next(m for m in seen if counts[m.entity] == top)


def _mention_in(mentions: Sequence[EntityMention], start: int, end: int) -> EntityMention | None:
    inside = [m for m in mentions if start <= m.start and m.end <= end and m.label in ("PERSON", "ORG")]
    return inside[-1] if inside else None


def _speaker_from(who: str, who_start: int, mentions: Sequence[EntityMention],
                  field: TextField, quote_start: int, how: str
                  ) -> tuple[str | None, str | None, str]:
    named = _mention_in(mentions, who_start, who_start + len(who))
    if named is not None:
        return named.canonical, named.entity, how
    head = who.strip().lower()
    if head in _PRONOUNS or head.startswith(("the ", "a ")):
        person = _salient_person(mentions, (field, quote_start))
        if person is not None:
            return person.canonical, person.entity, how + "+salient-person"
    return who.strip(), None, how + "+unlinked"


def find_quotes(text: str, field: TextField, sentence_starts: Sequence[int],
                all_mentions: Sequence[EntityMention]) -> list[Quote]:
    """Quotations in one field with speakers attributed from the surrounding text."""
    mentions = [m for m in all_mentions if m.field == field]
    quotes: list[Quote] = []
    for start, end in _spans(text):
        para_start = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", end)
        para_end = len(text) if para_end < 0 else para_end
        speaker: tuple[str | None, str | None, str] = (None, None, "no-attribution-found")
        closed = text[end - 2 : end - 1] == "."  # a full stop inside ends the sentence
        after = None if closed else _AFTER.match(text, end, min(para_end, end + 80))
        named = _named_after(after) or _named_before(text, max(para_start, start - 120), start)
        if named is not None:
            who, who_start, how = named
            speaker = _speaker_from(who, who_start, all_mentions, field, start, how)
        else:
            speaker = _sentence_subject(text, start, sentence_starts, mentions) or speaker
            if speaker[0] is None and (m := _PRONOUN_VERB.search(text, para_start, start)):
                person = _salient_person(all_mentions, (field, start))
                if person is not None and m.start() >= max(
                    (s for s in sentence_starts if s <= start), default=0
                ):
                    speaker = (person.canonical, person.entity, "pronoun-speech-verb+salient-person")
        quotes.append(Quote(field=field, start=start, end=end, text=text[start:end],
                            speaker=speaker[0], speaker_entity=speaker[1], method=speaker[2]))
    return quotes


def _named_after(match: re.Match[str] | None) -> tuple[str, int, str] | None:
    """The speaker named right after a quote: `, X said` or `, said X.`."""
    if match is None:
        return None
    group = "who" if match.group("who") else "who2"
    return match.group(group), match.start(group), "after-quote"


def _named_before(text: str, lo: int, quote_start: int) -> tuple[str, int, str] | None:
    """The speaker named right before a quote: `X said:` or `according to X,`.

    The speaker is the run of up to 60 characters before the verb that holds no
    punctuation; found from the verb backwards, so the cost stays linear.
    """
    verb = _VERB_BEFORE.search(text, lo, quote_start)
    if verb is not None:
        first = max(lo, verb.start() - 60)
        cut = [m.end() for m in _BOUNDARY.finditer(text, first, verb.start())]
        who_start = cut[-1] if cut else first
        if who_start < verb.start():
            return text[who_start : verb.start()], who_start, "before-quote"
    according = _ACCORDING_BEFORE.search(text, lo, quote_start)
    if according is not None:
        return according.group("who"), according.start("who"), "before-quote"
    return None


def _sentence_subject(text: str, quote_start: int, sentence_starts: Sequence[int],
                      mentions: Sequence[EntityMention]) -> tuple[str, str, str] | None:
    """A speaker named before a speech verb earlier in the quote's sentence."""
    sent_start = max((s for s in sentence_starts if s <= quote_start), default=0)
    verbs = list(_SPEECH_IN_SENTENCE.finditer(text, sent_start, quote_start))
    if not verbs:
        return None
    verb = verbs[-1]
    people = [m for m in mentions if m.label == "PERSON" and sent_start <= m.start < quote_start]
    if verb.group(0).lower() == "according to":
        people = [m for m in people if m.start >= verb.end()]
        chosen = people[0] if people else None
    else:
        before_verb = [m for m in people if m.end <= verb.start()]
        chosen = before_verb[-1] if before_verb else None
    if chosen is None:
        return None
    return chosen.canonical, chosen.entity, "speech-verb-in-sentence"
