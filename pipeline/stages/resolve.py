"""Resolve scanned spans to actors: KB entries, countries, titled people, pronouns and joint references."""

from __future__ import annotations

from pipeline.stages.anaphora import (
    antecedent,
    bound,
    joined_by_and,
    joint_countries,
    speaker_in,
)
from pipeline.stages.appositive_office import place_by_office
from pipeline.stages.central_banks import central_bank
from pipeline.stages.city_groups import city_country
from pipeline.stages.counterparts import merge_counterparts
from pipeline.stages.described import absorb_descriptors
from pipeline.stages.european_bodies import (
    european_body,
    european_executive,
    european_sentences,
)
from pipeline.stages.firm_home import private_firm
from pipeline.stages.fronted import opens_clause
from pipeline.stages.institutions import generic_body, name_start, named_here, other_body
from pipeline.stages.mention_context import (
    adjacent,
    dateline_end,
    governor,
    modifiers,
    place_role,
    possessed,
)
from pipeline.stages.mentions import Span, Tokens
from pipeline.stages.office_context import (
    country_holder,
    dominant_country,
    named_holder,
    office_country,
    office_fit,
    office_phrase,
)
from pipeline.stages.organs import organ_country
from pipeline.stages.registry import ActorInfo, Mention, Registry
from pipeline.stages.speaker_country import speaker_country
from pipeline.stages.statehood import stated

_PERSONISH = frozenset({"person"})
_GOVERNMENT_TYPES = frozenset({"government_body", "party", "armed_group", "media"})


def _appositive(resolved: list[tuple[Span, tuple[str, ...], str]], qualifier: Span, title: Span,
                tok: Tokens, reg: Registry) -> bool:
    """ "X, Iran's oil minister, ...": the title describes the person before it."""
    earlier = [r for r in resolved if r[0] is not qualifier]
    if not earlier:
        return False
    span, keys, _ = earlier[-1]
    between = tok.low[span.last : qualifier.first]
    if not keys or not between or between[0] != "," or not all(
            w in (",", "the", "a", "an") for w in between):
        return False
    info = reg.actors[keys[0]]
    if info.type != "person":
        return False
    if info.kb is None:
        info.country = info.country or qualifier.value
        info.role_code = info.role_code or title.value
        info.title = info.title or " ".join(tok.text[title.first : title.last])
        info.method = "appositive-title"
        info.confidence = max(info.confidence, 0.7)
    return True


def _widen(s: Span, head: Span | None) -> Span:
    """The span extended back over its title and country qualifier."""
    if head is None:
        return s
    return Span(head.first, s.last, s.kind, s.value, s.sentence, s.entity, s.label)


def _bare_office(s: Span, tok: Tokens, reg: Registry) -> tuple[str, str] | None:
    """(key, method) of the holder of a bare office ("the prime minister"): the person the
    article named with it, else the KB holder in the article's leading country on its day."""
    phrase = office_phrase(tok, s.first, s.last)
    if phrase is None:
        return None
    named = [(k, i.kb, i.title, i.country) for k, i in reg.actors.items() if i.type == "person"]
    country = dominant_country(i.country for i in reg.actors.values())
    found = named_holder(phrase, named, country, reg.day)
    holder = country and country_holder(phrase, s.value, country, reg.know.kb, reg.day)
    # unless the office fits its holder better: "the chancellor" is of the Exchequer even after
    # the Chancellor of the Duchy of Lancaster was named
    if found is not None and not (holder and (office_fit(holder, phrase, reg.day) or 0) < found[1]):
        return found[0], "office:named-earlier"
    if not holder:
        return None
    return reg.kb_actor(holder, "office:country-holder", 0.6, None), "office:country-holder"


def resolve_spans(spans: list[Span], tok: Tokens, reg: Registry) -> list[Mention]:
    """Turn one field's spans into actor mentions, attaching titles and country qualifiers."""
    know = reg.know
    spans = stated(spans, reg.day, tok.low)  # "Georgia Power" in 1987: no state yet
    used: set[int] = set()
    resolved: list[tuple[Span, tuple[str, ...], str]] = []
    for n, s in enumerate(spans):
        prev = spans[n - 1] if n and spans[n - 1].sentence == s.sentence else None
        prev2 = spans[n - 2] if n > 1 and spans[n - 2].sentence == s.sentence else None
        nxt = spans[n + 1] if n + 1 < len(spans) and spans[n + 1].sentence == s.sentence else None
        title = prev if prev and prev.kind == "title" and adjacent(tok, prev.last, s.first) else None
        before = prev2 if title else prev
        qualifier = (before if before and before.kind in ("country", "province")
                     and adjacent(tok, before.last, (title or s).first) else None)
        actor = know.actors_for(s.value, reg.day, reg.countries) if s.kind == "kb" else None
        if actor is not None and actor.id == "european-community":  # "EC" in 2005: the Commission
            actor = european_executive(s.value, reg.day, know) or actor
        # a party's name alone is no country's ("Labour" is also Australia's, Israel's), nor is
        # "Congress" (Brazil's, Nepal's): see institutions.py
        if actor is not None and (
                not named_here(actor, s.value, reg.located, know)
                or other_body(actor, s, qualifier or (before if before is not None and before.kind
                                                      == "country" and possessed(tok, before.last, s.first)
                                                      else None), tok, know)):
            generic = generic_body(actor, s.value, know)
            actor = None
            if (s.label == "ORG" and s.entity is not None) or generic:  # an organisation stays
                first = name_start(s, tok, know) if generic else s.first  # "World Congress"
                s = Span(first, s.last, "ner", " ".join(tok.text[first:s.last]), s.sentence,
                         s.entity or f"body:{s.value}", "ORG")
        if s.kind in ("country", "ner") and (bank := central_bank(s, tok, know)) is not None:
            key = reg.add(ActorInfo(f"central-bank:{bank[1]}", " ".join(tok.text[bank[0]:s.last]),
                                    "government_body", bank[1], None, "central-bank", 0.85,
                                    entity=s.entity))  # "the Bank of Canada": a state body
            resolved.append((s, (key,), "central-bank"))
        elif s.kind == "kb":
            if actor is None:
                continue
            method = "kb-alias+title" if title else "kb-alias"
            key = reg.kb_actor(actor, method, 0.95 if title or " " in s.value else 0.85, s.entity)
            if actor.type == "person" and qualifier is not None:
                used.add(id(qualifier))
            head = qualifier if actor.type == "person" and qualifier else title
            resolved.append((_widen(s, head), (key,), method))
        elif s.kind == "ner":
            if qualifier is None and before is not None and before.kind == "country" \
                    and possessed(tok, before.last, (title or s).first):
                qualifier = before  # "China's top entrepreneur Rong Yiren": a possessive's descriptor
            country = qualifier.value if qualifier else None
            if qualifier is not None:
                used.add(id(qualifier))
            kind = "person" if s.label == "PERSON" else "organisation"
            method = ("title-pattern" if title and country else "title+surface" if title
                      else "country-qualifier" if country else "surface-form")
            conf = 0.75 if country else 0.5 if title else 0.4
            if title is not None and country is None and kind == "person":
                country = office_country(spans, n, title.value, tok)
                method, conf = ("title+context-country", 0.6) if country else (method, conf)
            key = reg.add(ActorInfo(f"entity:{s.entity}", s.value, kind, country, None, method,
                                    conf, role_code=title.value if title else None,
                                    title=" ".join(tok.text[title.first:title.last]) if title else None,
                                    entity=s.entity))
            resolved.append((_widen(s, qualifier or title), (key,), method))
        elif s.kind == "title":
            followed = nxt is not None and nxt.kind in ("kb", "ner") and adjacent(tok, s.last, nxt.first)
            if not followed and qualifier is None and (office := _bare_office(s, tok, reg)):
                resolved.append((s, (office[0],), office[1]))  # "the prime minister said"
            if followed or qualifier is None:
                continue
            used.add(id(qualifier))
            if _appositive(resolved, qualifier, s, tok, reg):
                continue
            holders = know.kb.holders(s.value, qualifier.value, reg.day)
            words = " ".join(tok.text[s.first:s.last])
            if len(holders) == 1:
                key = reg.kb_actor(holders[0], "title-holder", 0.8, None)
                resolved.append((Span(qualifier.first, s.last, "title", s.value, s.sentence),
                                 (key,), "title-holder"))
            else:
                key = reg.country(qualifier.value, "title-country", qualifier.entity)
                resolved.append((Span(qualifier.first, s.last, "title", s.value, s.sentence),
                                 (key,), f"title-country:{words}"))
        elif s.kind == "country" and s.last < len(tok.low) \
                and tok.low[s.last] in know.lexicon.word_set("currency_words"):
            continue  # "a 22 mln U.S. dlr loan", "Japanese yen": a currency, not an actor
        elif s.kind in ("country", "capital", "province"):
            method = {"country": "gazetteer", "capital": "capital-metonymy"}.get(
                s.kind, "province-of-country")
            resolved.append((s, (reg.country(s.value, method, s.entity),), method))
        elif s.kind in ("pronoun", "joint"):
            resolved.append((s, (), s.kind))
        elif s.kind == "group" and qualifier is None and prev is not None \
                and prev.kind in ("country", "province") and (possessed(tok, prev.last, s.first) or (
                    modifiers(tok, prev.last, s.first)
                    and know.geo.country_name_form(" ".join(tok.text[prev.first:prev.last])) is None)):
            used.add(id(prev))  # "Palestinian security forces", "Iraqi interim government"
            key = reg.add(ActorInfo(f"group:{prev.value}:{s.value}",
                                    f"{s.value} ({prev.value})", "group", prev.value,
                                    None, "group-noun:country-qualifier", 0.7))
            resolved.append((_widen(s, prev), (key,), "group-noun:country-qualifier"))
        elif s.kind == "group" and qualifier is not None and qualifier is prev:
            used.add(id(qualifier))
            key = reg.add(ActorInfo(f"group:{qualifier.value}:{s.value}",
                                    f"{s.value} ({qualifier.value})", "group", qualifier.value,
                                    None, "group-noun:country-qualifier", 0.75))
            resolved.append((_widen(s, qualifier), (key,), "group-noun:country-qualifier"))
        elif s.kind == "group" and qualifier is None and not (
                prev is not None and prev.kind in ("kb", "ner")
                and (adjacent(tok, prev.last, s.first) or modifiers(tok, prev.last, s.first))):
            resolved.append((s, (), "group"))  # "OPEC oil ministers" are OPEC's: no group
    lexicon_words = know.lexicon.words
    place_by_office(resolved, tok, reg, lexicon_words.get("office_heads", frozenset()))
    resolved = absorb_descriptors(resolved, used, tok, reg,
                                  (lexicon_words.get("person_descriptors", frozenset()),
                                   lexicon_words.get("group_nouns", frozenset())))
    return merge_counterparts(_finish(resolved, used, tok, reg), tok, reg,
                              lexicon_words.get("locative", frozenset()))


def _group_before(out: list[Mention], s: Span, reg: Registry) -> str | None:
    """The country of a group mention right before a bare group noun ("Sudanese rebel leaders":
    the leaders are the Sudanese rebels'), not a place named elsewhere in the sentence."""
    prev = out[-1] if out and out[-1].sentence == s.sentence and out[-1].last == s.first else None
    if prev is None or not prev.keys or any(reg.actors[k].type != "group" for k in prev.keys):
        return None
    found = {reg.actors[k].country for k in prev.keys}
    return next(iter(found)) if len(found) == 1 else None


def _finish(resolved: list[tuple[Span, tuple[str, ...], str]], used: set[int], tok: Tokens,
            reg: Registry) -> list[Mention]:
    """Drop qualifiers, resolve pronouns to salient people, mark locative mentions."""
    know = reg.know
    locative = know.lexicon.word_set("locative")
    people: list[str] = []
    seen_in: dict[str, int] = {}
    things: list[tuple[str, int]] = []  # countries and organisations named as subjects, for "it"
    things_words = know.lexicon.word_set("thing_pronouns")
    out: list[Mention] = []
    countries: dict[int, set[str]] = {}
    located: dict[int, set[str]] = {}
    ends: dict[int, list[int]] = {}  # where each sentence's country mentions end
    datelines = {n: dateline_end(tok, first, last) for n, (first, last) in enumerate(tok.sentences)
                 if last > first and tok.caps[n]}  # no dateline in a headline ("IRAN - IRAQ TALKS")
    for s, found, _ in resolved:
        for key in found:
            country = reg.actors[key].country
            if country is None or id(s) in used or private_firm(reg.actors[key].kb, know.lexicon):
                continue  # a firm's home places no one ("Judge asked to penalize Microsoft")
            where = place_role(tok, s.first, tok.sentences[s.sentence][0], know)
            if where == "venue":
                continue  # "ministers meeting in Vienna": the venue is no participant's country
            countries.setdefault(s.sentence, set()).add(country)
            if tok.low[s.last - 1] not in know.lexicon.word_set("armed_forces"):
                ends.setdefault(s.sentence, []).append(s.last)  # not "U.S. troops ... militants"
            if where == "located" or s.last <= datelines.get(s.sentence, -1):
                located.setdefault(s.sentence, set()).add(country)
    anywhere = frozenset().union(*located.values())
    europe = european_sentences(((s.sentence, reg.actors[k].kb) for s, found, _ in resolved
                                 for k in found), reg.day)
    for s, found, how in resolved:
        if id(s) in used:
            continue
        start = tok.sentences[s.sentence][0]
        keys, method = found, how
        if s.kind == "pronoun" and s.value in things_words:
            recent = [k for k, n in things if n >= s.sentence - 1]
            keys, method = ((recent[-1],), "pronoun:salient-organisation") if recent else ((), how)
            keys, method = bound(antecedent(out, tok, s, start, reg, recent, person=False), keys, method)
        elif s.kind == "pronoun":
            keys, method = ((people[-1],), "pronoun:salient-person") if people else ((), how)
            keys, method = bound(antecedent(out, tok, s, start, reg, (), person=True), keys, method)
        elif s.kind == "group" and not found and (lead := _group_before(out, s, reg)) is not None:
            keys, method = (reg.add(ActorInfo(f"group:{lead}:{s.value}", f"{s.value} ({lead})",
                                              "group", lead, None, "group-noun:group-before",
                                              0.6)),), "group-noun:group-before"
        elif s.kind == "group" and not found and (town := city_country(
                tok, s, start, know.geo, frozenset(countries.get(s.sentence, ())))) is not None:
            keys, method = (reg.add(ActorInfo(f"group:{town}:{s.value}", f"{s.value} ({town})",
                                              "group", town, None, "group-noun:city-qualifier",
                                              0.6)),), "group-noun:city-qualifier"
        elif s.kind == "group" and not found:  # a qualified group ("Sudanese rebels") is resolved
            here, only = located.get(s.sentence, set()), countries.get(s.sentence, set())
            if s.value in know.lexicon.word_set("captive_words") \
                    or s.value in know.lexicon.word_set("envoy_words"):
                here = only = set()  # hostages "in Iraq", the embassy "in Kabul": foreigners
            elif s.value in know.lexicon.word_set("irregular_groups") and not any(
                    end <= s.first for end in ends.get(s.sentence, ())):
                only = set()  # named only after them, it is their victims': "militants killed two Kenyans"
            if s.first > start and tok.low[s.first - 1] in know.lexicon.word_set("unknown_modifiers"):
                only = set()  # "UNIDENTIFIED JETS RAID IRANIAN OIL PLATFORMS": whose, it is not said
            spoken = None if here or only or s.value not in know.lexicon.word_set("speaker_country_groups") \
                else speaker_country(out, s.sentence, s.first, reg.actors)  # "He accused the government"
            if len(here) == 1 or len(only) == 1 or spoken is not None:
                iso3 = spoken or next(iter(here if len(here) == 1 else only))
                method = "group-noun:" + ("place-country" if len(here) == 1 else "sentence-country"
                                          if spoken is None else "pronoun-country")
                keys = (reg.add(ActorInfo(f"group:{iso3}:{s.value}", f"{s.value} ({iso3})", "group",
                                          iso3, None, method, 0.5)),)
        elif s.kind == "ner" and s.sentence in europe and reg.actors[found[0]].kb is None and (
                body := european_body(reg.actors[found[0]].name, reg.day, know)) is not None:
            keys, method = (reg.kb_actor(body, "european-body", 0.7, s.entity),), "european-body"
        elif s.kind == "ner" and reg.actors[found[0]].country is None \
                and reg.actors[found[0]].type == "organisation":
            info = reg.actors[found[0]]  # "TOKYO (Reuters) - The Foreign Ministry said": Japan's
            info.country = organ_country(
                info.name, located.get(s.sentence, set()), reg.located, anywhere, know.lexicon,
                s.sentence in countries and not any(e <= s.first for e in ends.get(s.sentence, ())))
            info.method = "state-organ-country" if info.country else info.method
        elif s.kind == "joint" and s.value != "they" \
                and (two := joint_countries(out, tok, s, reg)) is not None:
            keys, method = two, "joint:last-two-countries"
        elif s.kind == "joint":
            pair = [k for k in dict.fromkeys(reversed(people))
                    if seen_in[k] >= s.sentence - 1][:2]
            keys, method = ((tuple(sorted(pair, key=people.index)), "joint:last-two-people")
                            if len(pair) == 2 and (s.value != "they" or joined_by_and(tok, out, pair)
                                                   or speaker_in(out, tok, s, start, pair, know.lexicon))
                            else ((), how))
        if not keys:
            continue
        governed = "in" if s.last <= datelines.get(s.sentence, -1) else governor(tok, s.first, start,
                                                                                   know)
        prev = out[-1] if out and out[-1].sentence == s.sentence else None
        if governed is None and prev is not None and prev.governed is not None and all(
                w in (",", "and", "the", "or") for w in tok.low[prev.last : s.first]) \
                and not opens_clause(tok, prev.first, prev.last, s.first, start):
            governed = prev.governed  # "in Sri Lanka and Indonesia": both after "in"
        for key in keys:
            if reg.actors[key].type in _PERSONISH:
                people.append(key)
                seen_in[key] = s.sentence
            elif governed is None and s.kind not in ("pronoun", "joint"):
                things.append((key, s.sentence))
        out.append(Mention(s.sentence, s.first, s.last, keys, method,
                           governed in locative, governed))
    return out
