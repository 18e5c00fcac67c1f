"""Which trigger occurrences are events: anchoring, topics, content of requests, refusals."""

from __future__ import annotations

from pipeline.models import Modality
from pipeline.stages.background import embedded_noun, noun_phrase, possessed_background
from pipeline.stages.contexts import other_sense
from pipeline.stages.heads import phrase_start
from pipeline.stages.legal_charge import legal_charge
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.senses import (
    carrying_on,
    claim_denial,
    comment_warning,
    convening_call,
    endangering,
    naming_call,
    natural_subject,
    question_asked,
    shared_view,
    standing_commitment,
)
from pipeline.stages.sentence import Sentence
from pipeline.stages.timing import after_date
from pipeline.stages.triggers import Found
from pipeline.stages.unnamed import obtain_verb, placed_opening
from pipeline.stages.word_senses import word_sense

_CONJUNCTIONS = frozenset({"and", "or", "but", "nor", "then"})
# Words that start the object or clause of a verb ("alleged that", "alleged the company ...").
_VERB_OBJECTS = frozenset({"that", "the", "a", "an", "his", "her", "its", "their", "in", "on"})


def _word(token: str) -> bool:
    """A word or a hyphenated or numeric modifier ("two-week", "B-52", "90's"), not punctuation."""
    return any(c.isalnum() for c in token) and all(c.isalnum() or c in "-'" for c in token)


def _governor_at(tok: Tokens, at: int, first: int, names: frozenset[int], light: frozenset[str],
                 stops: frozenset[str], caseless: bool) -> int:
    """Where the word a phrase hangs from is: articles, names and up to two modifiers skipped
    (hyphenated and numeric ones too: "in the two-week battle", "in 90's attacks"; capitalised
    ones in a headline in title case: "in Gaza Camp Raid"); first - 1 if none."""
    j, skipped, article = at - 1, 0, False
    while j >= first and (tok.low[j] in ("the", "a", "an", "this", "that", "their", "its", "'s")
                          or j in names
                          or (skipped < 2 and not article and _word(tok.low[j])
                              and (caseless or tok.low[j] == tok.text[j])
                              and tok.low[j] not in light and tok.low[j] not in stops
                              and tok.low[j] not in _CONJUNCTIONS)):
        skipped += tok.low[j] not in ("the", "a", "an")
        article = article or tok.low[j] in ("the", "a", "an")  # no modifier stands before an article:
        j -= 1  # in "observed a strike" the verb governs the noun, not the preposition before it
    return j


def _reason_of_object(tok: Tokens, at: int, trigger: int, first: int, names: frozenset[int],
                      lex: CoderLexicon) -> bool:
    """A gerund after "by"/"for" that says what the object of a blaming or praising verb did:
    "accused North Korea of miscalculation by refusing to resume talks" (North Korea refused)."""
    if tok.low[at] not in ("by", "for") or at != trigger - 1 or not tok.low[trigger].endswith("ing"):
        return False
    verbs = lex.words.get("reason_verbs", frozenset())
    verb = next((j for j in range(at - 1, max(first, at - 12) - 1, -1) if tok.low[j] in verbs), None)
    return verb is not None and any(verb < i < at for i in names) and not any(
        tok.low[j] in (",", ";", ":", "but", "while") for j in range(verb, at))


def _engaged_in(found: Found, sent: Sentence, tok: Tokens, at: int, names: frozenset[int],
                lex: CoderLexicon) -> bool:
    """A verbless headline "X in <noun trigger>" that ends with it says what X is doing, no topic:
    "India and Russia in energy talks", "activists in pantomime protest" (a name right before
    "in", only names before it and nothing after the trigger but a full stop)."""
    if tok.low[at] != "in" or at - 1 < sent.first or at - 1 not in names \
            or any(j not in names and tok.low[j] not in ("and", ",") for j in range(sent.first, at)):
        return False
    rest = tok.low[found.last : sent.last]
    return all(w in lex.words.get("full_stops", frozenset()) for w in rest)


def _anchored(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """A noun trigger anchored by a light verb, a verb of means ("retaliated in air strikes") or
    of obtaining ("won his release"), an actor right before, or "with X" after it."""
    start = phrase_start(tok, found.first, sent.first, lex)  # "another round of talks"
    window = tok.low[max(sent.first, start - lex.light_window) : start]
    if found.first == sent.first or any(w in lex.light_verbs for w in window) \
            or any(w in lex.words.get("manner_verbs", ()) for w in window):
        return True
    if found.code in lex.words.get("obtained_types", frozenset()) \
            and obtain_verb(tok, sent.first, found.first, lex) is not None:
        return True  # "won his release", "obtained a loan"
    if " ".join(found.trigger.tokens) in lex.strict_nouns:
        return found.last < sent.last and tok.low[found.last] in ("for", "that")
    if any(found.first - 2 <= m.last <= found.first for m in sent.mentions):
        return True
    preps = lex.words.get("anchor_prepositions", frozenset())
    return found.last < sent.last and tok.low[found.last] in preps and any(
        found.last < m.first <= found.last + 3 for m in sent.mentions)


def usable(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon,
           nouns: frozenset[int] = frozenset()) -> bool:
    """Generic triggers need an actor nearby; a noun after "of" is a topic; "its alleged" is no verb.

    A generic verb also counts when its object is a noun trigger (`nouns`: where they start):
    "backed demands for an inquiry", "welcomed the agreement".
    """
    names = sent.names
    stops = (lex.words.get("prepositions", frozenset()) | lex.words.get("topic_governors", frozenset())
             | lex.words.get("locative", frozenset()))
    at = _governor_at(tok, phrase_start(tok, found.first, sent.first, lex), sent.first, names,
                      lex.light_verbs, stops, not tok.caps[sent.index])
    if found.trigger.noun and at > sent.first and tok.low[at] in ("and", "or"):
        at = _governor_at(tok, at, sent.first, names, lex.light_verbs, stops,
                          not tok.caps[sent.index])  # "of killings and threats": both topics
    governor = tok.low[at] if at >= sent.first else None
    if noun_phrase(found, tok, at, names, lex) and governor in lex.words.get("topic_governors", frozenset()) and not (
            at > sent.first and tok.low[at - 1] in lex.words.get("manner_verbs", frozenset())) \
            and not (governor == "in" and lex.words.get("casualty_words", frozenset()) & set(
                tok.low[max(sent.first, at - 3) : at])) \
            and not (governor == "on" and " ".join(found.trigger.tokens)
                     in lex.words.get("on_activities", frozenset())) \
            and not _engaged_in(found, sent, tok, at, names, lex):
        return False  # "talks on Iraq" is a topic; "retaliated in air strikes" and "killed in an
    # Israeli strike" give the means; "on a visit to India" is what the subject is doing
    if found.trigger.noun and governor in ("to", "for") and at > sent.first \
            and tok.low[at - 1] in lex.words.get("response_nouns", frozenset()):
        return False  # "in response to the Iraqi attacks": the act reacted to is background
    if found.trigger.noun and (lex.words.get("undergo_verbs", frozenset())
                               | lex.words.get("causative_verbs", frozenset())) & set(
            tok.low[max(sent.first, found.first - 3) : found.first]):
        return False  # "Iraq faces UN sanctions": the subject undergoes it, its agent is unnamed;
    # "the verdict sparked protests": the subject caused it, others did it
    preps = lex.words.get("prepositions", frozenset()) - {"to"}
    if not found.trigger.noun and governor in preps and found.first - 1 not in names \
            and not (tok.low[found.first] in lex.reported_forms and at < found.first - 1) \
            and not _reason_of_object(tok, at, found.first, sent.first, names, lex) \
            and not placed_opening(sent, at, tok, lex) and not _joined_in(tok, at, found.first, sent.first, lex):
        return False  # a verb form governed by a preposition: "by bombing", "in hotel blasts"
    # (a reported wrong is the predicate after a noun: "the ban on gambling violates ...")
    if not found.trigger.noun and found.first > sent.first and \
            tok.low[found.first - 1] in lex.words.get("determiners", frozenset()) \
            and not _noun_head(found, tok, lex):
        return False  # "its alleged role"; but "renewed a pledge to", "delivered an appeal to"
    if not found.trigger.noun and found.last < sent.last \
            and tok.low[found.last] in lex.words.get("verb_form_heads", frozenset()):
        return False  # "a nuclear test ban treaty": the treaty's name, no ban
    if not found.trigger.noun and found.first - 1 > sent.first and "-" in tok.low[found.first - 1] \
            and tok.text[found.first - 1].islower() \
            and tok.low[found.first - 2] in lex.words.get("determiners", frozenset()):
        return False  # past a hyphenated modifier too: "a home-made bomb exploded"
    if not found.trigger.noun and found.first > sent.first \
            and found.trigger.tokens[0] in lex.words.get("particles", frozenset()) \
            and tok.low[found.first - 1] in lex.particle_verbs:
        return False  # a phrasal verb's particle: "held back from attacking" is no backing
    if found.code == "ASSAULT" and not found.trigger.noun and lex.words.get(
            "verbal_subjects", frozenset()) & set(tok.low[max(sent.first, found.first - 3) : found.first]):
        return False  # "lawmakers fought over reforms" is a quarrel, not violence
    if (found.code in ("ASSAULT", "THREATEN") and natural_subject(found, sent, tok, lex)) \
            or endangering(found, sent, tok):
        return False  # "a quake hit south-west Japan", "pressure which threatens trade"
    subjects = lex.subject_words.get(found.trigger.tokens[0]) if not found.trigger.noun else None
    if subjects and not _has_subject(tok, found.first, sent.first, subjects):
        return False  # "troops leave South Ossetia" is a withdrawal; "the minister left" is not
    if not found.trigger.noun and _idle_object(found, sent, tok, lex):
        return False  # "met all its obligations", "hit a record high"
    if found.trigger.tokens == ("alleged",) and found.last < sent.last \
            and tok.low[found.last].isalpha() and tok.low[found.last] not in _VERB_OBJECTS:
        return False  # "alleged coup plotters": an adjective
    if not found.trigger.noun and tok.low[found.last - 1].endswith("ing") \
            and found.last < sent.last and tok.low[found.last] == "of":
        return False  # a gerund used as a noun: "condemned the apparent killing of an aid worker"
    if found.trigger.needs_infinitive and "to" not in tok.low[
            found.last : min(sent.last, found.last + lex.infinitive_window)]:
        return False
    if found.trigger.noun and tok.caps[sent.index] and not _anchored(found, sent, tok, lex):
        return False
    if found.trigger.noun and tok.caps[sent.index] and embedded_noun(found, sent, tok, lex):
        return False  # "the market awaited an OPEC accord on quotas": named, not stated
    if found.trigger.noun and tok.caps[sent.index] and possessed_background(found, sent, tok, lex):
        return False  # "its fishing accord with Norway", "the president's pledge to keep ports open"
    if found.trigger.noun and not tok.caps[sent.index] and not found.trigger.tokens[-1].endswith("s") \
            and " ".join(found.trigger.tokens) in lex.strict_nouns \
            and not _anchored(found, sent, tok, lex):
        return False  # a headline's "U.S. Cement Demand" is not a demand ("Demands" may be a verb)
    if found.trigger.noun and found.code in lex.words.get("stative_types", frozenset()) \
            and _light_verb(tok, found.first, sent.first, lex) in lex.words.get("stative_verbs", ()):
        return False  # "Iraq has barter deals with Brazil" is a standing arrangement, not an act
    if found.trigger.noun and not tok.caps[sent.index] and found.last < sent.last \
            and tok.low[found.last] == ":":
        return False  # a headline's kicker names the topic: "North Korean Talks: U.S. Raises ..."
    if found.trigger.noun and found.first > sent.first \
            and tok.low[found.first - 1] in lex.words.get("business_modifiers", frozenset()):
        return False  # "shareholder meetings", "debt agreement" are business, not politics
    dated = after_date(tok, found.last, sent.last, lex)  # "sought on Thursday to play down"
    if found.trigger.intent and dated < sent.last and tok.low[dated] == "to":
        return False
    if found.code == "AGREE" and tok.low[found.last : found.last + 2] == ["to", "be"]:
        return False  # "the procedure promises to be reliable": a prediction, not a promise
    preps = lex.words.get("prepositions", frozenset()) - {"of"}
    if found.code == "RETREAT" and found.trigger.tokens[0].startswith(("releas", "free")) and not (
            lex.release_objects & set(tok.low[sent.first : sent.last])
            or (found.trigger.noun and obtain_verb(tok, sent.first, found.first, lex) is not None)
            or _head_count(tok, found.last, sent.last, preps)
            or any(found.last <= m.first <= found.last + 3 and not (
                preps & set(tok.low[found.last : m.first])) for m in sent.mentions)):
        return False
    after = tok.low[dated : dated + 2]
    if found.code == "REJECT" and lex.no_comment & set(after[-1:] if after[:1] == ["to"] else after):
        return False
    if found.code == "THREATEN" and not found.trigger.noun and after[:1] == ["that"]:
        return False  # "warned that reforms are needed" is a comment, not a threat
    if question_asked(found, sent, tok, lex) or carrying_on(found, sent, tok, lex) \
            or shared_view(found, sent, tok) or standing_commitment(found, sent, tok, lex):
        return False  # "when asked if the policy had changed": a question; "pushes on with": going on;
    # "remained committed to the accords": a position
    if other_sense(found, sent, tok, lex):
        return False  # sports, company deals, "signs of", "thanked Japan for aid" (contexts.py)
    if word_sense(found, sent, tok, lex):
        return False  # "blamed high fuel prices", "seeking a gunman", "TV host" (word_senses.py)
    if comment_warning(found, sent, tok, lex):
        return False  # "U.S. warns of dependence on foreign oil": a comment, not a threat
    if claim_denial(found, sent, tok, lex):
        return False  # "denied reports that it would quit the fishing pact": a comment, not a refusal
    if naming_call(found, sent, tok, lex) or convening_call(found, sent, tok, lex):
        return False  # "what he called Chile's failure", "called a strike": naming, convening, no call
    if found.code == "THREATEN" and _exhortation(tok, found.last, sent.last, lex):
        return False  # "a warning to ASEAN leaders that they must stay the course" is an appeal
    legal = legal_charge(found, sent, tok, lex)
    if legal is not None:
        return legal  # "charged him with fraud" accuses; "charged a fee", "troops charged" do not
    if not found.trigger.weak:
        return True
    if not found.trigger.noun and found.code in lex.words.get("infinitive_weak_types", frozenset()) \
            and tok.low[found.last : found.last + 1] == ["to"]:
        return True  # "offered to mediate"
    if found.trigger.noun:
        places_count = found.code in lex.words.get("locative_actor_types", frozenset())
        start = phrase_start(tok, found.first, sent.first, lex)
        return any(m.last >= start - lex.noun_window and m.first <= found.last + lex.noun_window
                   for m in sent.mentions if places_count or not m.locative)
    if _object_start(tok, found.last, sent.last) in nouns:
        return True
    return any(found.last <= m.first <= found.last + lex.weak_window for m in sent.mentions
               if not m.locative)


def _head_count(tok: Tokens, at: int, last: int, preps: frozenset[str]) -> bool:
    """Whether a verb's object is a bare count of people: a whole number with nothing after it but
    a preposition or the end of the clause ("Jordan releases 32 from Karak", "freed 12 on
    Monday"; not "released 32 pages")."""
    return at + 1 < last and tok.low[at].isdigit() and (
        tok.low[at + 1] in preps or tok.low[at + 1] in (",", ".", "and", ";"))


def _joined_in(tok: Tokens, at: int, trigger: int, first: int, lex: CoderLexicon) -> bool:
    """A gerund right after "in" that a verb of joining governs: "Britain joined the United
    States in welcoming the accord" (both welcomed it; `joining_verbs` up to eight words before)."""
    if tok.low[at] != "in" or at != trigger - 1 or not tok.low[trigger].endswith("ing"):
        return False
    verbs = lex.words.get("joining_verbs", frozenset())
    return any(tok.low[j] in verbs for j in range(max(first, at - 8), at))


def _noun_head(found: Found, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a verb phrase trigger after a determiner opens with a noun trigger of the same
    type with its preposition ("a pledge to oust", "an appeal to the UN"): the noun's event."""
    if found.last - found.first < 2:
        return False
    word = lex.trigger_index.match(tok.low, found.first, found.first + 1)
    return word is not None and lex.triggers[word].noun


def _has_subject(tok: Tokens, at: int, first: int, subjects: frozenset[str]) -> bool:
    """Whether one of `subjects` stands up to three words before `at`, with no punctuation between
    ("troops leave", "troops will soon leave"; not "security forces Sunday, leaving")."""
    for j in range(at - 1, max(first, at - 3) - 1, -1):
        if tok.low[j] in subjects:
            return True
        if not tok.low[j].isalpha():
            return False
    return False


def _idle_object(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether the verb's object, before any preposition, gives it its everyday sense ("met all
    its obligations", "signed a parliament bill")."""
    objects = lex.idle_objects.get(found.trigger.tokens[-1], frozenset())
    return object_word(tok, found.last, sent.last, objects, lex)


def object_word(tok: Tokens, at: int, last: int, words: frozenset[str], lex: CoderLexicon,
                span: int = 3) -> bool:
    """Whether one of `words` stands in a verb's object: within `span` tokens after `at`, before
    any preposition, comma or "and"; a quantity and its "of" ("most of the extra demand") do not
    count."""
    stops = lex.words.get("prepositions", frozenset()) | {",", "and"}
    partitive = lex.words.get("partitives", frozenset())
    j, end = at, min(last, at + span)
    while j < end:
        if tok.low[j] in words:
            return True
        if tok.low[j] in partitive and j + 1 < last and tok.low[j + 1] == "of":
            j, end = j + 2, min(last, end + 2)
            continue
        if tok.low[j] in stops:
            return False
        j += 1
    return False


def _light_verb(tok: Tokens, at: int, first: int, lex: CoderLexicon) -> str | None:
    """The light verb nearest before a noun trigger, within `light_window` tokens."""
    window = tok.low[max(first, at - lex.light_window) : at]
    return next((w for w in reversed(window) if w in lex.light_verbs), None)


def _exhortation(tok: Tokens, at: int, last: int, lex: CoderLexicon) -> bool:
    """Whether a warning's "that" clause says what someone must do, with no "or" of an ultimatum
    ("must comply or face force" is a threat)."""
    window = tok.low[at:last]
    if "that" not in window[: lex.recipient_window]:
        return False
    k = window.index("that")
    return bool(lex.words.get("obligation_modals", frozenset()) & set(window[k + 1 : k + 5])) \
        and "or" not in window[k + 1 :]


def _object_start(tok: Tokens, at: int, last: int) -> int:
    """The first token after `at` that is not an article."""
    while at < last and tok.low[at] in ("the", "a", "an"):
        at += 1
    return at


def _clause_gerund(f: Found, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a trigger is a gerund right after a conjunction of time or cause (`subordinators`):
    the subject's own act in a clause of its own ("since reaching a deal", "after signing")."""
    return f.first > 0 and tok.low[f.first - 1] in lex.words.get("subordinators", frozenset()) \
        and tok.low[f.first].endswith("ing")


def content_rule(found: list[Found], tok: Tokens, lex: CoderLexicon) -> list[Found]:
    """A trigger that is the content of a request, threat, promise or refusal is not a fact.

    The content follows its trigger directly ("urged sanctions", "agreed to talks"); a comma,
    or "and" before a verb, starts another predication ("deals with Bolivia, importing tin",
    "accused Libya and warned Sudan"), as does a gerund after a subordinator ("pledged support
    for the pact since reaching a deal with the US").
    """
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        between = tok.low[prev.last : f.first] if prev is not None else []
        direct = f.trigger.noun and prev is not None and all(
            w in ("the", "a", "an") or tok.text[j][:1].isupper()  # "backed the Oslo accords"
            for j, w in enumerate(between, prev.last))
        if prev is not None and f.first - prev.last <= lex.content_window and f.modality == "asserted" \
                and "," not in between and (f.trigger.noun or "and" not in between) \
                and not _clause_gerund(f, tok, lex) \
                and (prev.code in lex.content_types or prev.modality != "asserted"
                     or (direct and prev.code in lex.object_content_types)):
            kind: Modality = "conditional" if prev.code == "THREATEN" else (
                prev.modality if prev.modality != "asserted" else "future")
            out.append(Found(f.first, f.last, f.trigger, f.code, f.mode, kind,
                             f"content of the {prev.code} trigger before it"))
        else:
            out.append(f)
    return out


_RELATIVES = frozenset({"which", "that", "who"})


def refusals(found: list[Found], tok: Tokens, lex: CoderLexicon) -> list[Found]:
    """A negated action after "won't" or "refused to" is also a factual REJECT, and so is one of
    `refusable_types` after "will not" or "would never" ("said it would not accept the plan")."""
    refusal = lex.words.get("refusal_words", frozenset())
    refusable = lex.words.get("refusable_types", frozenset())
    out = list(found)
    for f in found:
        window = tok.low[max(0, f.first - 3) : f.first]
        stated = f.code in refusable and any(  # "said it would not accept", "will never release"
            window[k] in ("will", "would") and window[k + 1] in ("not", "never")
            and (k > 0 or f.first - 4 < 0 or tok.low[f.first - 4] not in _RELATIVES)
            and (k == 0 or window[k - 1] not in _RELATIVES)  # "a speech which will not help"
            for k in range(len(window) - 1))
        if f.modality == "negated" and (stated or any(w in refusal for w in window)) \
                and f.code != "REJECT":
            out.append(Found(f.first, f.last, f.trigger, "REJECT", None, "asserted",
                             f"refusal of {f.code}"))
    return out

