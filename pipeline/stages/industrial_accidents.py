"""Industrial accidents: a casualty at a factory, a plant or from a leak (session 20, accidents20).

A casualty with no attacker named looks for an accident or a natural force in its sentence
(`natural_compounds.natural_in`, `natural_forces`) before the place of the sentence makes the
victims' country ("45 killed in Chinese factory blast" coded China as the victims of an attack).
Factories, plants, refineries and leaks name an accident, but a factory is also a target
("guards were killed in an attack on a refinery"), so these words (`industrial_sites`) count only
in a sentence with no word of an attack (`site_attack_words`: bomb, attack, rebels, sabotage ...).
They stay out of `natural_forces`, whose other readers (`senses.natural_subject`,
`forced_chain`) would take "Rebel attack on factory kills five" for an accident.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stages.lexicon import CoderLexicon


def industrial_accident(words: Sequence[str], lex: CoderLexicon) -> bool:
    """Whether the words name an industrial site or a leak (`industrial_sites`) and no attack
    (`site_attack_words`)."""
    sites = lex.word_set("industrial_sites")
    return not sites.isdisjoint(words) and lex.word_set("site_attack_words").isdisjoint(words)
