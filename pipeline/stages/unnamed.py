"""Events whose actor the text may not name: a passive with no agent, an unnamed attacker, a noun
its subject obtains ("won his release")."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stages.casualty_counts import past_quantity, violent_subjects
from pipeline.stages.casualty_means import places_means
from pipeline.stages.charged_passive import charged_in_passive
from pipeline.stages.coordination import with_conjuncts
from pipeline.stages.embassies import embassy_country
from pipeline.stages.headlines import opening_patients
from pipeline.stages.industrial_accidents import industrial_accident
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.natural_compounds import natural_in
from pipeline.stages.placed_subjects import opening_target, subject_place, targeted_opening
from pipeline.stages.registry import Mention, Registry
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

PASSIVE = "passive without agent: the actor is not named"
ATTACKER = "unnamed attacker: the actor is not named"
OBTAINED = "obtained by the subject from an unnamed giver: the actor is not named"
# Words that may stand between a passive's patient and its verb besides "was"/"were"/"been" ...
# ("Iraq has been accused", "two Britons will be tried", "Kyiv was again attacked").
_BETWEEN = frozenset({"have", "has", "had", "also", "again", "later", "then", "not", "never",
                      "all", "both", "will", "would", "could", "may", "might", "must", "should",
                      "can"})
# A report participle between the auxiliary and the verb leaves the patient its subject ("five
# soldiers were reported killed", "two hostages were confirmed dead"); "feared", "believed" hedge.
_HEARSAY = frozenset({"reported", "confirmed"})
# Links of coordinated patients ("France, Germany and Italy were invited").
_JOINED = frozenset({"and", ",", "both", "&", "the"})
# Reporting verbs say who spoke, not what was done ("Iran was told", "it was reported"); a warning
# one receives is advice ("residents were warned of aftershocks").
_REPORTING = frozenset({"said", "told", "reported", "quoted", "announced", "stated", "noted",
                        "warned"})
# After a speech verb in a headline's passive, these say what the subject is charged with or
# accused of ("charged with fraud", "accused over the raid"), not what was said.
_CHARGED = ("with", "of", "over", "for", "by", "to")
# After these, an actor before the next noun names the means' author: "killed in Israeli raids".
_MEANS = frozenset({"in", "by", "during", "from", "under"})
# How many words at a sentence's opening may hold the unnamed attacker a participle refers to.
_OPENING = 6


def passive_patient(sent: Sentence, before: Sequence[Mention], subject: tuple[str, ...] | None,
                    f: Found, tok: Tokens, lex: CoderLexicon, aside: tuple[int, int] = (0, 0)
                    ) -> tuple[str, ...] | None:
    """The actors a passive verb with no agent acts on, when they stand right before it ("two
    Italians were seized", "Iraq has been accused", a headline's "Cleric's Aide Seized"), also
    past an aside between commas (`aside`: "a Guinean man, detained a week ago, was deported"):
    its recipients; else None."""
    opening = opening_patients(sent, before, tok, lex)  # a headline's "Envoy told to leave"
    word = tok.low[f.first]
    if f.trigger.noun or not before or (word in _REPORTING and not (opening and _ordered(
            tok, f, sent, ("to",)))) or (word in lex.word_set("speech_verbs")
                                         and not (opening and _ordered(tok, f, sent, _CHARGED))
                                         and not charged_in_passive(sent, f, tok, lex)):
        return None
    aux = lex.word_set("passive_aux")
    near = before[-1]
    words = tok.low[near.last : f.first]
    if aside != (0, 0) and near.last <= aside[0]:
        words = tok.low[near.last : aside[0]] + tok.low[aside[1] + 1 : f.first]
    head = _victim_head(words, lex)
    gap = words[head:]
    if not all(w in aux or w in _BETWEEN or (w.isalpha() and w.endswith("ly"))
               or (w in _HEARSAY and aux & set(gap)) for w in gap):
        return None  # not its subject: "U.N. sanctions, threatened over the raids,"
    if tok.caps[sent.index] and not aux & set(gap) and not head \
            and not (f.code in lex.word_set("victim_types") and _opens(sent, near, tok, lex)) \
            and not opening:
        return None  # running text needs "was"/"were": "an offer Moscow spurned" is active
    clause = tok.low[f.last : next((j for j in range(f.last, sent.last)
                                    if tok.low[j] in lex.clause_breaks), sent.last)]
    if natural_in(clause, lex):
        return None  # "killed in a truck crash", "injured in the quake": nobody acted
    if f.last < sent.last and tok.low[f.last] in _MEANS and any(
            f.last < m.first <= f.last + 3 and _author(m, sent, tok, lex)
            and not places_means(m, tok, sent.last, lex) for m in sent.mentions):
        return None  # "killed in Israeli raids", "by Iraqi fire": the means names an actor
    listed = with_conjuncts(near, before, tok, _JOINED)  # "delegates from A and B were invited"
    return tuple(dict.fromkeys((*listed, *subject))) if subject and near.keys[0] in subject \
        else listed


def _ordered(tok: Tokens, f: Found, sent: Sentence, words: tuple[str, ...]) -> bool:
    """Whether a headline's reporting or speech participle is followed by a word that makes it an
    act done to its subject: "told to leave", "charged with fraud", not "told reporters"."""
    return f.last < sent.last and tok.low[f.last] in words


def _victim_head(gap: Sequence[str], lex: CoderLexicon) -> int:
    """How many words of a people noun the mention before a passive verb modifies ("Canadian
    engineer abducted", "UN aid workers kidnapped"; `victim_heads`), up to three; 0 if none."""
    heads = lex.word_set("victim_heads")
    for n in (3, 2, 1):
        if len(gap) >= n and gap[n - 1] in heads and all(w.isalpha() for w in gap[:n]):
            return n
    return 0


def _opens(sent: Sentence, near: Mention, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether the mention opens the sentence, past a number or an article (`headline_counts`):
    a sentence-case headline's patient ("Two Danes shot dead near the border")."""
    counts = lex.word_set("headline_counts")
    start = past_quantity(tok, sent.first, near.first, lex)  # "At least 12 Iraqis killed"
    return all(w.isdigit() or w in counts for w in tok.low[start : near.first])


def means_author(m: Mention, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a mention after a passive casualty verb authors its means ("killed in Israeli
    raids", "in the Iraqi bombing"), rather than placing it."""
    return _author(m, sent, tok, lex)


def _author(m: Mention, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a mention after "in"/"by" qualifies the means ("in Israeli raids"), not a place
    ("in Basra", "in Iraq on Monday", "in Baghdad car bombings")."""
    if m.method in ("capital-metonymy", "province-of-country"):
        return False
    if lex.word_set("place_objects") & set(tok.low[m.last : min(sent.last, m.last + 2)]):
        return False  # "arrested in the Thai seaside town of Pattaya": a place
    following = tok.low[m.last] if m.last < sent.last else "."
    return not m.locative or (following.isalpha() and following not in lex.word_set("prepositions")
                              and following not in ("and", "or", "as", "when", "while")
                              and following not in lex.word_set("place_followers"))  # "in Yemen last week"


def unnamed_attacker(sent: Sentence, f: Found, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an unnamed attacker ("a suicide bomber", "car bombs") stands right before the verb,
    with no actor between: it is the subject, so no named actor did it. An attack noun there
    (`unnamed_attacks`: "Kabul Suicide Attack Kills Three") is one too, unless an actor that is no
    place owns it ("Israeli Attack Kills Five"): a capital or province before it only locates it.
    A participle after a comma looks at the sentence's opening instead (`_unnamed_opening`)."""
    if f.trigger.noun:
        return False
    unnamed = lex.word_set("unnamed_attackers")
    attacks = lex.word_set("unnamed_attacks") | violent_subjects(tok.low[f.first], lex)
    names = sent.names
    if f.first > sent.first and tok.low[f.first - 1] == "," and tok.low[f.first].endswith("ing"):
        loners = unnamed - lex.word_set("irregular_groups")  # not "Insurgents ..."
        return _unnamed_opening(sent, tok,
                                attacks | loners | lex.word_set("unnamed_means"),
                                names, lex.word_set("topic_governors") | lex.clause_breaks)
    for j in range(f.first - 1, max(sent.first, f.first - 3) - 1, -1):
        if j in names or not tok.low[j].isalpha():
            return _opening_attack(sent, f, tok, attacks | lex.word_set("unnamed_means"),
                                   lex) or targeted_opening(sent, f, tok, lex)
        if tok.low[j] in unnamed or tok.low[j] in lex.word_set("unnamed_means"):
            return True  # "Suicide Bomber Kills 5", "Rockets hit a northern town"
        if tok.low[j] in attacks:
            return _placed_attack(sent, j, tok)
    return targeted_opening(sent, f, tok, lex)  # "An attack on a mosque in Kufa killed 25"


def placed_opening(sent: Sentence, at: int, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether the preposition at `at` places an attack or a weapon that opens the sentence
    ("Blast at a market kills three"): the verb after its phrase is the main one."""
    counts = lex.word_set("headline_counts")
    words = lex.words_of("unnamed_attacks", "unnamed_means")
    start = next((j for j in range(sent.first, at) if tok.low[j] not in counts), at)
    return tok.low[at] in lex.word_set("locative") and any(
        tok.low[j] in words for j in range(start, min(at, start + 3)))


def opening_attack_noun(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a verb trigger that is also an attack noun (`unnamed_attacks`: "blast") opens the
    sentence before a place ("Blast at a market kills 3") or ends a phrase after a preposition
    ("two killed in Kabul blast"), or a weapon (`unnamed_means`: "bomb") stands right before a
    verb of killing (`casualty_verbs`: "Algeria restaurant bomb kills seven") or after an article
    ("a home-made bomb ripped through"): it is the noun, not "criticise" or "to bomb"."""
    words = lex.words_of("unnamed_attacks", "unnamed_means")
    if f.trigger.noun or tok.low[f.first] not in words:
        return False
    if tok.low[f.first] in lex.word_set("unnamed_means") and (
            (f.last < sent.last and tok.low[f.last] in lex.word_set("casualty_verbs"))
            or _determined(tok, f.first, sent.first, lex)):
        return True  # "Algeria restaurant bomb kills seven", "a home-made bomb ripped through"
    if tok.low[f.first] not in lex.word_set("unnamed_attacks"):
        return False
    if f.last < sent.last and placed_opening(sent, f.last, tok, lex):
        return True
    # with no object after it, a preposition shortly before makes it a noun: "killed in Kabul blast"
    after = tok.low[f.last] if f.last < sent.last else "."
    preps = lex.words_of("prepositions", "locative")
    return (not after.isalpha() or after in preps) and any(
        tok.low[j] in preps for j in range(max(sent.first, f.first - 3), f.first))


def _determined(tok: Tokens, at: int, first: int, lex: CoderLexicon) -> bool:
    """Whether an article stands right before `at`, or before one hyphenated modifier or one of
    `weapon_modifiers` ("a home-made bomb", "the car bomb"): the word at `at` is a noun. Not
    "the army shells the town": a subject noun between."""
    if at > first and tok.low[at - 1] in ("a", "an", "the"):
        return True
    modifier = tok.low[at - 1] if at > first else ""
    return at - 1 > first and tok.low[at - 2] in ("a", "an", "the") and (
        ("-" in modifier and modifier.replace("-", "").isalpha())
        or modifier in lex.word_set("weapon_modifiers"))


def _opening_attack(sent: Sentence, f: Found, tok: Tokens, words: frozenset[str],
                    lex: CoderLexicon) -> bool:
    """Whether a headline opens with an attack or a weapon placed by a preposition before the
    verb, and names nobody but places before it: "Blast at Manila market wounds five"."""
    counts = lex.word_set("headline_counts")
    start = next((j for j in range(sent.first, f.first) if tok.low[j] not in counts), f.first)
    at = next((j for j in range(start, min(f.first, start + 3)) if tok.low[j] in words), None)
    while at is not None and at + 1 < f.first and tok.low[at + 1] in words:
        at += 1  # a compound: "A bomb explosion in a restaurant west of Algiers killed seven"
    if at is None or at + 1 >= f.first or tok.low[at + 1] not in lex.word_set("locative"):
        return False
    between = [m for m in sent.mentions if at < m.first < f.first]
    return bool(between) and all(m.locative or m.method in ("capital-metonymy", "province-of-country")
                                 for m in between) and all(
        w.isalpha() or w == "-" for w in tok.low[start:f.first])


def attacked_place(sent: Sentence, at: int, reg: Registry, tok: Tokens, lex: CoderLexicon
                   ) -> tuple[str, ...]:
    """For an unnamed attacker's act with no victim named, the country of the place the sentence
    names nearest the verb ("a suicide bomber kills five on a bus in Tel Aviv"): the target.
    Not for armed groups (`irregular_groups`: "insurgents struck outposts in ..."), whom the
    place may locate rather than victimise."""
    if lex.word_set("irregular_groups") & set(tok.low[sent.first : at]) \
            or industrial_accident(tok.low[sent.first : sent.last], lex):  # "gas leak possible cause"
        return ()
    embassy = embassy_country(sent, at, tok, lex)  # "outside the Australian Embassy in Jakarta"
    if embassy:
        return embassy
    target = opening_target(sent, at, tok, lex, reg)  # "An attack on Israeli troops killed"
    if target:
        return target
    options = placed_countries(sent, at, reg)
    return (reg.country(min(options)[1], "place-of-event", None),) if options \
        else subject_place(sent, at, tok, lex, reg)  # "Kabul Suicide Attack Kills Three"


def placed_countries(sent: Sentence, at: int, reg: Registry) -> list[tuple[int, str]]:
    """(distance from `at`, country) of each place the sentence names, and of each capital or
    province named after a preposition ("65 km from Algiers": a place, not the government)."""
    out = [(abs(pos - at), p.country) for pos, p in sent.places if p.country is not None]
    out.extend((abs(m.first - at), country) for m in sent.mentions
               if m.method in ("capital-metonymy", "province-of-country") and m.governed is not None
               for k in m.keys if (country := reg.actors[k].country) is not None)
    return out


def _unnamed_opening(sent: Sentence, tok: Tokens, words: frozenset[str], names: frozenset[int],
                     stops: frozenset[str]) -> bool:
    """Whether the sentence opens (past a dateline ending in a dash) with an attack, a weapon or a
    lone attacker (`unnamed_attacks`, `unnamed_means`, `unnamed_attackers` other than
    `irregular_groups`) before any actor: a participle after a comma has that
    subject ("A car bomb exploded in central Kabul, killing six"; "Several blasts tore
    through a meeting in Kampala, killing nine"), not the place or the victims. "A Somali mortar
    round hit a house, killing a woman" names its author first; people ("Insurgents
    struck outposts across Somalia, killing ...") may get their country from the place, and a
    preposition or clause break ends the opening ("A day after a mortar round hit a post ...")."""
    start = next((j + 1 for j in range(sent.first, min(sent.last, sent.first + 10))
                  if tok.low[j] in ("-", "--")), sent.first)
    for j in range(start, min(sent.last, start + _OPENING)):
        if j in names or (tok.low[j] in stops and tok.low[j] != "of"):
            return False  # not "A day after a mortar round hit a post, the army raided ..."
        if tok.low[j] in words:
            return True
    return False


def _placed_attack(sent: Sentence, at: int, tok: Tokens) -> bool:
    """Whether the attack noun at `at` has no owner before it, past up to two lower-case or
    headline modifiers ("suicide", "car bomb"): no mention, or only a capital or province."""
    for j in range(at - 1, max(sent.first, at - 3) - 1, -1):
        owner = next((m for m in sent.mentions if m.first <= j < m.last), None)
        if owner is not None:
            return owner.method in ("capital-metonymy", "province-of-country")
        if not tok.low[j].isalpha():
            return True
    return True


def obtained(sent: Sentence, f: Found, before: Sequence[Mention], after: Sequence[Mention],
             tok: Tokens, lex: CoderLexicon) -> tuple[list[Mention], list[Mention]] | None:
    """For a noun trigger its subject obtains ("Iran obtained a loan from the World Bank", "X
    wins early release"): the mentions before the verb (the receiver) and the giver's (named
    before the noun, "received U.S. aid", or after "from"); None if no such verb stands before."""
    if not f.trigger.noun or f.code not in lex.word_set("obtained_types") \
            or (f.last < sent.last and tok.low[f.last] == "of"):
        return None  # "won the release of two hostages": the nominal release rule
    j = obtain_verb(tok, sent.first, f.first, lex)
    if j is None:
        return None
    givers = [m for m in before if m.first > j] or [m for m in after if m.governed == "from"]
    return [m for m in before if m.last <= j], givers[:1]


def obtain_verb(tok: Tokens, first: int, at: int, lex: CoderLexicon) -> int | None:
    """Where a verb of obtaining stands in the four tokens before `at` in its clause, else None."""
    verbs = lex.word_set("obtain_verbs")
    for j in range(at - 1, max(first, at - 5) - 1, -1):
        if tok.low[j] in lex.clause_breaks or tok.low[j] in (",", ";"):
            return None
        if tok.low[j] in verbs and tok.low[j + 1] != "n't":  # not "won't"
            return j
    return None


def heads_agent(m: Mention, f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a passive's "by" agent acts on a patient that is no actor ("hostages seized by
    militants in Iraq", "a pact backed by Canada"): it heads its phrase (it does not only own a
    thing after it: "hit by OPEC's decision"), no comma stands between, and the verb is no
    generic one (`weak_lemmas`: "figures received by", "a strike called by") nor a question
    ("asked by Reuters")."""
    if f.trigger.weak or f.code == "REQUEST" or "," in tok.low[f.last : m.first]:
        return False
    if m.last >= sent.last:
        return True
    nxt = tok.low[m.last]
    return (not nxt.isalpha() and nxt not in ("'s", "'")) \
        or nxt in lex.words_of("prepositions", "locative") \
        or nxt in ("and", "or", "but", "last", "this", "on", "in", "at", "after")
