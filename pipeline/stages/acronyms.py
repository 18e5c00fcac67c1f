"""An acronym the article defines as another organisation than the KB's: "The African
Development Bank (ADB) opened an office" names the African bank, though the KB's "ADB" is the
Asian Development Bank. A KB alias written in capitals ("ADB") that the article defines in
parentheses after a name of those initials ("African Development Bank (ADB)"), a KB actor of
its own or an organisation the KB does not know, is that organisation in the whole article
(title and body), unless the article also names the alias's KB actor by a longer alias ("Asian
Development Bank"). Only spans are compared: nothing per token."""

from __future__ import annotations

from pipeline.models import TextField
from pipeline.stages.knowledge import Knowledge
from pipeline.stages.mentions import Span, Tokens


def _initials(tok: Tokens, s: Span) -> str:
    """The capitals of a name's capitalised words ("African Development Bank" -> "ADB")."""
    return "".join(w[0] for w in tok.text[s.first:s.last] if w[:1].isupper())


def _stems(name: str) -> tuple[str, ...]:
    """The first four letters of each capitalised word: "Organisation for Security and
    Co-operation in Europe" and "Organization for Security and Cooperation in Europe" agree."""
    return tuple("".join(c for c in w.lower() if c.isalpha())[:4] for w in name.split()
                 if w[:1].isupper())


def _same_body(name: str, acronym: str, know: Knowledge) -> bool:
    """Whether a defined name is only another spelling of a name of the acronym's KB actor."""
    stems = _stems(name)
    return any(_stems(n) == stems for a in know.kb.lookup(acronym) for n in (a.name, *a.aliases))


def spelled_out(spans: dict[TextField, list[Span]], toks: dict[TextField, Tokens],
                know: Knowledge) -> dict[TextField, list[Span]]:
    """The article's spans with each acronym KB span that the article defines as another
    organisation replaced by that organisation's span."""
    acronyms = {f: [s for s in found if s.kind == "kb" and s.last - s.first == 1
                    and 2 <= len(toks[f].text[s.first]) <= 6 and toks[f].text[s.first].isupper()
                    and toks[f].text[s.first].isalpha()]
                for f, found in spans.items()}
    if not any(acronyms.values()):
        return spans  # nearly every article
    acronyms_text = {toks[f].text[s.first] for f, found in acronyms.items() for s in found}
    long: dict[str, Span] = {}
    for f, found in spans.items():
        text = toks[f].text
        for s in found:
            if ((s.kind == "ner" and s.label == "ORG") or s.kind == "kb") and s.last - s.first >= 2 \
                    and text[s.last : s.last + 3] == ["(", _initials(toks[f], s), ")"]:
                long.setdefault(text[s.last + 1], s)  # defined: "African Development Bank (ADB)"
    if not long:
        return spans  # no acronym defined in parentheses
    named = {a.id for f, found in spans.items() for s in found if s.kind == "kb" and " " in s.value
             and _initials(toks[f], s) in acronyms_text
             for a in know.kb.lookup(s.value)}
    out: dict[TextField, list[Span]] = {}
    for f, found in spans.items():
        swap: dict[int, Span] = {}
        for s in acronyms[f]:
            name = long.get(toks[f].text[s.first])
            mine = {a.id for a in know.kb.lookup(s.value)}
            if name is not None and not mine & named and not (
                    name.kind == "kb" and mine & {a.id for a in know.kb.lookup(name.value)}) \
                    and not (name.kind == "ner" and _same_body(name.value, s.value, know)):
                swap[id(s)] = Span(s.first, s.last, name.kind, name.value, s.sentence,
                                   name.entity, name.label)
        out[f] = [swap.get(id(s), s) for s in found] if swap else found
    return out
