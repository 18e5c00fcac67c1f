"""The coder lexicon's word lists: single lists and their cached unions."""

from __future__ import annotations

from pipeline.stages.lexicon import load_lexicon


def test_words_of_is_the_union_of_the_named_lists_built_once() -> None:
    lex = load_lexicon()
    union = lex.words_of("speech_verbs", "attribution_verbs")
    assert union == lex.word_set("speech_verbs") | lex.word_set("attribution_verbs")
    assert lex.word_set("speech_verbs") < union  # the second list adds words
    assert lex.words_of("speech_verbs", "attribution_verbs") is union
    assert lex.words_of("no_such_list") == frozenset()
