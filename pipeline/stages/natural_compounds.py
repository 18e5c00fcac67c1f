"""A natural force inside a hyphenated word (session 18, assault18).

A casualty with a flood, a quake or a crash in its sentence has no attacker (`natural_forces`:
"killed in the floods", "injured in the quake"). The news also names the force inside a
compound adjective: "in the flood-hit city of Lahore", "quake-ravaged villages", "a
storm-battered coast". `natural_in` reads the parts of a hyphenated word as well, so these
casualties have no attacker either (no place of the sentence becomes the victims' country).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stages.industrial_accidents import industrial_accident
from pipeline.stages.lexicon import CoderLexicon


def natural_in(words: Sequence[str], lex: CoderLexicon) -> bool:
    """Whether one of the words, or a part of a hyphenated word, is a natural force or an
    accident (`natural_forces`)."""
    forces = lex.word_set("natural_forces")
    if not forces.isdisjoint(words) or industrial_accident(words, lex):  # "factory blast"
        return True
    return any(not forces.isdisjoint(w.split("-")) for w in words if "-" in w)
