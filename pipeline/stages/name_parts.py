"""Actor aliases that are only part of a longer proper name: "Tongo Field", "Kim Dae-jung"."""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from pipeline.stages.kb import normalize
from pipeline.stages.knowledge import COURTESY_TITLES, Knowledge

if TYPE_CHECKING:
    from pipeline.stages.mentions import Span, Tokens

# Word lists of the rule (in `[words]` of event_coding.toml).
_PLACE_HEADS = "name_place_heads"  # "Park", "Field", "Street": the name before them is a place's
_NAME_OPENERS = "name_part_openers"  # capitalised words before a name that are no part of it
_SPELLING_RATIO = 0.75  # "yassir"/"yasser" 0.83, "jonny"/"jonathan" 0.62


def _capitalised(tok: Tokens, i: int) -> bool:
    word = tok.text[i]
    return word[:1].isupper() and word[:1].isalpha()


def _own_word(word: str, own: frozenset[str]) -> bool:
    """Whether a folded name word is one of the person's, its initial ("B. Yeltsin"), a short form
    ("Pat" Leahy is Patrick) or another spelling ("Yassir" Arafat is Yasser, "Aleksander" Lebed
    Alexander; "Jonny" Wilkinson is no Jonathan)."""
    if len(word) == 1:  # an initial: "B. Yeltsin"
        return any(w[:1] == word for w in own)
    return word in own or (len(word) >= 3 and any(
        w.startswith(word) or (w[:1] == word[:1] and SequenceMatcher(None, w, word).ratio()
                               >= _SPELLING_RATIO) for w in own))


def _bare_person(span: Span, know: Knowledge) -> frozenset[str] | None:
    """The name words of the people a one-word KB alias names, if only people bear it (a surname:
    "Kim", "Park"); None for any other span."""
    if span.kind != "kb" or " " in span.value:
        return None
    found = know.kb.lookup(span.value)
    if not found or any(a.type != "person" for a in found):
        return None
    return frozenset(w for a in found for name in (a.name, *a.aliases)
                     for w in normalize(name).split())


def part_of_longer_name(span: Span, tok: Tokens, covered: frozenset[int], know: Knowledge) -> bool:
    """Whether a KB, country or capital match is only part of a longer name, and so no actor.

    - a place's name: the match is followed by a place head ("Tongo Field", "Taipei University
      Hospital") or is itself one after a capitalised word ("Bletchley Park");
    - someone else's name: a bare surname or a capital with a capitalised word before it that is
      no title, date or sentence opener ("Michael London", "Solano Lima"), or a bare surname with
      a capitalised name part after it ("Kim Dae-jung").
    Words another scanned span covers ("President", "South Korea") never make a longer name.
    """
    if span.kind not in ("kb", "country", "capital") or not tok.caps[span.sentence]:
        return False
    words = know.lexicon.words
    heads, openers = words.get(_PLACE_HEADS, frozenset()), words.get(_NAME_OPENERS, frozenset())
    first, last = tok.sentences[span.sentence]
    after = span.last if span.last < last and span.last not in covered else None
    if after is not None and _capitalised(tok, after) and tok.low[after] in heads:
        return True
    before = span.first - 1
    named_before = (
        before > first and before not in covered and _capitalised(tok, before)
        and tok.low[before].rstrip(".") not in openers
        and tok.low[before].rstrip(".") not in COURTESY_TITLES
        and tok.norm[before] not in know.title_index.firsts
        and tok.low[before - 1] not in ('"', "“", "-", "--", ":", "(", "—", "–"))
    own = _bare_person(span, know)  # "Miguel Moratinos" is Miguel Angel Moratinos
    if named_before and ((own is not None and not _own_word(tok.norm[before], own))
                         or span.kind == "capital"
                         or (span.kind == "kb" and tok.low[span.last - 1] in heads)):
        return True
    return own is not None and after is not None and _capitalised(tok, after) \
        and tok.low[after] not in openers and not _own_word(tok.norm[after], own)


def drop_name_parts(spans: Sequence[Span], tok: Tokens, know: Knowledge) -> list[Span]:
    """The scanned spans without those that are only part of a longer proper name."""
    covered = frozenset(i for s in spans for i in range(s.first, s.last))
    return [s for s in spans if not part_of_longer_name(s, tok, covered, know)]


def someone_else(spans: Sequence[Span], canonical: dict[str, str], know: Knowledge) -> list[Span]:
    """The spans with a bare KB surname turned back into the tagger's person when the article
    names that person in full as someone else (`canonical`: the extraction's full name of each
    entity): a headline's "Howard" is the body's "Michael Howard", not the KB's John Howard."""
    from pipeline.stages.mentions import Span  # here: mentions imports this module
    out: list[Span] = []
    for s in spans:
        name = canonical.get(s.entity) if s.kind == "kb" and s.entity is not None \
            and s.label == "PERSON" else None
        own = _bare_person(s, know) if name is not None and " " in name else None
        if name is None or own is None:
            out.append(s)
            continue
        full = normalize(name).split()
        while full and (full[0].rstrip(".") in COURTESY_TITLES or full[0] in know.title_index.firsts):
            full = full[1:]  # "Crown Prince Abdullah", "General Augusto Pinochet": a title
        if len(full) >= 2 and full[-1] == normalize(s.value) and not _own_word(full[0], own):
            s = Span(s.first, s.last, "ner", s.value, s.sentence, s.entity, s.label)
        out.append(s)
    return out
