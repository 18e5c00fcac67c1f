"""Central banks named "Bank of <country>" ("Bank of Canada", "Bank of Italy", "the Bank of
Korea"), "Central Bank of <country>", "Reserve Bank of <country>", "People's Bank of China": a
state body, coded by its country, not a firm named after a country (`firm_names.py`) nor an
organisation of no country.

Not a central bank: a commercial bank of that pattern (`commercial_country_banks`: "Bank of
America", "Bank of China", "Bank of Ireland", "Bank of New Zealand"), a bank whose name has
another capitalised word before "Bank" ("Union Bank of Switzerland", "Industrial Bank of Japan",
"Royal Bank of Canada") or goes on after the country (`central_bank_stops`: "Bank of Bahrain and
Kuwait", "Bank of Tokyo Ltd"); "central", "reserve" and "people's" before "Bank" make it one
whatever the country. A country the gazetteer leaves open ("Korea") is read from
`central_bank_countries` ("korea=KOR"). KB central banks ("Bank of England", "Bank of Japan")
are KB aliases and never come here."""

from __future__ import annotations

from pipeline.stages.knowledge import Knowledge
from pipeline.stages.mentions import Span, Tokens

_DETERMINERS = frozenset({"the", "a", "an"})


def _opening(tok: Tokens, bank: int, first: int, caseful: bool, know: Knowledge) -> bool | None:
    """None if "Bank" at `bank` opens no central bank's name; True if a central word stands
    before it ("Reserve Bank of"), False for a plain "Bank of"."""
    if not tok.text[bank][:1].isupper():
        return None
    prev = bank - 1
    if prev > first and tok.low[prev] in ("'s", "’s"):
        prev -= 1  # "People's Bank of China"
    if prev >= first and tok.low[prev] in know.lexicon.word_set("central_bank_words"):
        return True
    if prev < first or tok.low[prev] in _DETERMINERS:
        return False
    if not caseful:
        return None  # a headline in capitals: the word before may be a name's ("UNION BANK OF")
    return None if tok.text[prev][:1].isupper() else False


def central_bank(s: Span, tok: Tokens, know: Knowledge) -> tuple[int, str] | None:
    """(first token, country) when span `s`, a country ("Canada" in "Bank of Canada") or a NER
    organisation ("Bank of Korea"), names a central bank."""
    first = tok.sentences[s.sentence][0]
    if s.kind == "country":
        bank = s.first - 2
        if bank < first or tok.low[bank] != "bank" or tok.low[bank + 1] != "of":
            return None  # nearly every country mention
        iso3 = s.value
    elif s.kind == "ner" and s.label == "ORG" and s.last - s.first >= 3 \
            and tok.low[s.first] == "bank" and tok.low[s.first + 1] == "of":
        bank = s.first
        found = know.geo.country_or_capital(" ".join(tok.text[s.first + 2:s.last]))
        table = dict(w.split("=", 1) for w in know.lexicon.word_set("central_bank_countries"))
        iso3 = found[1] if found is not None and found[0] == "country" else \
            table.get(" ".join(tok.low[s.first + 2:s.last]), "")
        if not iso3:
            return None
    else:
        return None
    lex = know.lexicon
    central = _opening(tok, bank, first, tok.caps[s.sentence], know)
    if central is None or (not central and " ".join(tok.low[bank + 2:s.last])
                           in lex.word_set("commercial_country_banks")):
        return None
    if s.last < len(tok.low) and tok.low[s.last] in lex.word_set("central_bank_stops"):
        return None
    return bank, iso3.upper()
