"""A capitalisation and gazetteer tagger: the first, rule-based entity recogniser."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stages.geo import gazetteer

_CONNECTORS = frozenset({"of", "de", "du", "van", "von", "al", "bin", "&", "for", "the"})
_ORG_WORDS = frozenset(
    ["Agency", "Ministry", "Council", "Bank", "Organization", "Organisation", "Union", "Party", "Company", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Group", "Department", "Committee", "Commission", "University", "Association", "Institute", "Fund", "Forces", "Army", "Navy", "Court", "Parliament", "Congress", "Senate", "Assembly", "Federation", "Reserve", "Exchange", "Authority", "Office", "Times", "Post", "News", "Social", "Airlines", "Motors", "Energy", "Oil", "Petroleum", "Gas", "Power", "Labs", "AI"]
)
_PERSON_TITLES = frozenset(
    ["President", "Minister", "Secretary", "Director", "Advisor", "Adviser", "Envoy", "Chancellor", "Mr.", "Mrs.", "Ms.", "Dr.", "King", "Queen", "Prince", "Premier", "Senator", "Governor", "General", "Ambassador", "Chairman", "Spokesman", "Spokeswoman", "Pope", "Sheikh", "Emir", "Leader", "CEO"]
)
_FUNCTION_WORDS = frozenset(
    ["The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "As", "He", "She", "It", "We", "They", "I", "This", "That", "These", "Those", "His", "Her", "Their", "Our", "My", "Its", "When", "While", "After", "Before", "Since", "During", "Both", "Some", "Many", "No", "Not", "What", "Who", "According", "Also", "However", "Meanwhile", "Earlier", "Later", "Last", "Next", "There", "Here", "Millions"]
)


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and word not in _FUNCTION_WORDS


def _label(words: Sequence[str], prev: str | None) -> str:
    geo = gazetteer()
    text = " ".join(words)
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 5 and geo.country(text) is None:
        return "ORG"
    if geo.country(text) is not None:
        exact = text.lower() in {"us", "u.s.", "uk"} or (text[0].isupper() and not text.endswith(("n", "i", "ese", "sh")))
        return "LOC" if exact or geo.city(text) else "MISC"
    if geo.city(text) is not None or geo.region(text):
        return "LOC"
    if any(w in _ORG_WORDS for w in words):
        return "ORG"
    if prev in _PERSON_TITLES or len(words) >= 2:
        return "PERSON"
    return "MISC"


class RuleTagger:
    """Tags runs of capitalised words, labelling them by gazetteers and cue words."""

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each token of each sentence."""
        return [self._tag(words) for words in sentences]

    def _tag(self, words: Sequence[str]) -> list[str]:
        tags = ["O"] * len(words)
        i = 0
        n = len(words)
        while i < n:
            if not _is_cap(words[i]) or words[i] in _PERSON_TITLES or not words[i][:1].isalpha():
                i += 1
                continue
            j = i + 1
            while j < n and ((_is_cap(words[j]) and words[j] not in _PERSON_TITLES)
                             or (words[j] in _CONNECTORS and j + 1 < n and _is_cap(words[j + 1]))):
                j += 1
            label = _label(words[i:j], words[i - 1] if i else None)
            label = "PER" if label == "PERSON" else label
            tags[i] = f"B-{label}"
            for k in range(i + 1, j):
                tags[k] = f"I-{label}"
            i = j
        return tags


def bio_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Half-open token spans with their label from BIO tags."""
    spans: list[tuple[int, int, str]] = []
    start = -1
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and start >= 0 and tag[2:] == label:
            continue
        if start >= 0:
            spans.append((start, i, label))
            start = -1
        if tag != "O":
            start, label = i, tag[2:]
    return spans
