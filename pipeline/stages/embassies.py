"""An embassy's country is the target of an attack on it (session 15, misses15).

"A car bomb exploded outside the Australian Embassy in Jakarta, killing nine people": with no
victim named, the target was the country of the place nearest the verb (Indonesia); the country
whose embassy was hit is the one attacked. A country's embassy, read as a group of
the country ("the U.S. embassy", "the British consulate": a group noun in `embassy_words`), is
preferred to the place.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence


def embassy_country(sent: Sentence, at: int, tok: Tokens, lex: CoderLexicon) -> tuple[str, ...]:
    """The keys of the embassy mention nearest token `at` (a group noun that ends in an embassy
    word: "the Australian Embassy", "the U.S. embassies"); () when there is none."""
    words = lex.word_set("embassy_words")
    best: tuple[int, tuple[str, ...]] | None = None
    for m in sent.mentions:
        if tok.low[m.last - 1] in words and m.method.endswith("country-qualifier"):
            distance = abs(m.first - at)
            if best is None or distance < best[0]:
                best = (distance, m.keys)
    return best[1] if best is not None else ()
