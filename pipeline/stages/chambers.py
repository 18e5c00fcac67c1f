"""Bare "House" and "Senate": the US chambers where nothing names another country's chamber."""

from __future__ import annotations

from pipeline.stages.kb import normalize
from pipeline.stages.mentions import Span, Tokens

# A bare chamber word and the KB name of the US chamber it stands for.
_US_CHAMBERS = {"house": normalize("United States House of Representatives"),
                "senate": normalize("United States Senate")}
# Countries whose legislature has a chamber of that name: "the House" in a British article is
# the Commons, "the Senate" in an Italian one Italy's.
_OTHER_CHAMBERS = {
    "house": frozenset({"GBR", "IRL", "AUS", "NZL", "CAN", "JPN", "IND", "MYS", "JAM"}),
    "senate": frozenset({"AUS", "CAN", "ITA", "FRA", "ESP", "BEL", "NLD", "IRL", "POL", "CZE",
                         "ROU", "MEX", "BRA", "ARG", "CHL", "COL", "PHL", "NGA", "PAK", "THA",
                         "KEN", "JPN"}),
}
# Words of a Westminster parliament: where a field uses them, "the House" is not the US one.
_WESTMINSTER = frozenset({"mp", "mps", "commons", "lords", "westminster", "tory", "tories"})
# Words a headline in capitals or title case may put right before the chamber ("URGED IN HOUSE").
_HEADLINE_BEFORE = frozenset({"in", "the", "and", "by", "to", "as", "for", "on", "with", "from",
                              "at", ",", ";", ":", "-", "--"})


def chamber_spans(tok: Tokens, spans: list[Span], countries: frozenset[str]) -> list[Span]:
    """KB spans for a bare "House"/"Senate" that is no part of a longer name, no other country's.

    In running text the word follows "the" ("the House voted", not "House prices rose"); in a
    headline it opens it or follows a function word ("House Backs ...", "URGED IN HOUSE"); never
    before "of" ("House of Commons") nor after a name ("Lower House", "Italy's Senate"); nor is a
    "House" where the field speaks of MPs, the Commons or the Lords.
    """
    out: list[Span] = []
    if _US_CHAMBERS.keys().isdisjoint(tok.low):
        return out  # most fields: one set test
    covered = {i for s in spans for i in range(s.first, s.last)}
    westminster: bool | None = None
    for index, (first, last) in enumerate(tok.sentences):
        for i in range(first, last):
            word = tok.low[i]
            if word not in _US_CHAMBERS or i in covered or not tok.text[i][:1].isupper():
                continue
            if "USA" not in countries and countries & _OTHER_CHAMBERS[word]:
                continue
            if westminster is None:
                westminster = not _WESTMINSTER.isdisjoint(tok.low)
            if westminster and word == "house":
                continue
            if i + 1 < last and tok.low[i + 1] == "of":
                continue
            before = tok.low[i - 1] if i > first else None
            if tok.caps[index]:
                if before != "the":
                    continue
            elif before is not None and before not in _HEADLINE_BEFORE:
                continue
            out.append(Span(i, i + 1, "kb", _US_CHAMBERS[word], index))
    return out
