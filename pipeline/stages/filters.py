"""Which trigger occurrences are events (`usable`): topics, anchoring, verb forms, objects and senses."""

from __future__ import annotations

from pipeline.stages.anchoring import (
    anchored,
    engaged_in,
    governor_at,
    joined_in,
    light_verb,
    reason_of_object,
)
from pipeline.stages.background import embedded_noun, noun_phrase, possessed_background
from pipeline.stages.backing import backed_thing
from pipeline.stages.casualty_counts import quantity_governs
from pipeline.stages.casualty_means import casualty_cause
from pipeline.stages.contexts import other_sense
from pipeline.stages.died_in import died_cause
from pipeline.stages.document_calls import document_call
from pipeline.stages.figure_senses import figure_sense
from pipeline.stages.freed_passive import freed_passive, released_people
from pipeline.stages.game_senses import title_defence
from pipeline.stages.gate_exceptions import occurring_noun, relative_verb
from pipeline.stages.geo import gazetteer
from pipeline.stages.heads import phrase_start
from pipeline.stages.labour_actors import striker_reach
from pipeline.stages.legal_charge import legal_charge
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.paired_talks import pair_countries
from pipeline.stages.placed_attacks import located
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
from pipeline.stages.talks_between import parties_between
from pipeline.stages.timing import after_date
from pipeline.stages.trigger_senses import trigger_sense
from pipeline.stages.triggers import Found
from pipeline.stages.unnamed import obtain_verb, placed_opening
from pipeline.stages.verb_objects import head_count, idle_object, object_start
from pipeline.stages.word_senses import word_sense

# Words that start the object or clause of a verb ("alleged that", "alleged the company ...").
_VERB_OBJECTS = frozenset({"that", "the", "a", "an", "his", "her", "its", "their", "in", "on"})


def usable(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon,
           nouns: frozenset[int] = frozenset()) -> bool:
    """Generic triggers need an actor nearby; a noun after "of" is a topic; "its alleged" is no verb.

    A generic verb also counts when its object is a noun trigger (`nouns`: where they start):
    "backed demands for an inquiry", "welcomed the agreement".
    """
    names = sent.names
    stops = (lex.words_of("prepositions", "topic_governors")
             | lex.word_set("locative"))
    at = governor_at(tok, phrase_start(tok, found.first, sent.first, lex), sent.first, names,
                     lex.light_verbs, stops, not tok.caps[sent.index])
    if found.trigger.noun and at > sent.first and tok.low[at] in ("and", "or"):
        at = governor_at(tok, at, sent.first, names, lex.light_verbs, stops,
                         not tok.caps[sent.index])  # "of killings and threats": both topics
    governor = tok.low[at] if at >= sent.first else None
    if noun_phrase(found, tok, at, names, lex) and governor in lex.word_set("topic_governors") and not (
            at > sent.first and tok.low[at - 1] in lex.word_set("manner_verbs")) \
            and not (governor == "in" and lex.word_set("casualty_words") & set(
                tok.low[max(sent.first, at - 3) : at])) \
            and not (governor == "on" and " ".join(found.trigger.tokens)
                     in lex.word_set("on_activities")) \
            and not engaged_in(found, sent, tok, at, names, lex):
        return False  # "talks on Iraq" is a topic; "retaliated in air strikes" and "killed in an
    # Israeli strike" give the means; "on a visit to India" is what the subject is doing
    if found.trigger.noun and governor in ("to", "for") and at > sent.first \
            and tok.low[at - 1] in lex.word_set("response_nouns"):
        return False  # "in response to the Iraqi attacks": the act reacted to is background
    if found.trigger.noun and (lex.word_set("undergo_verbs")
                               | lex.word_set("causative_verbs")) & set(
            tok.low[max(sent.first, found.first - 3) : found.first]):
        return False  # "Iraq faces UN sanctions": the subject undergoes it, its agent is unnamed;
    # "the verdict sparked protests": the subject caused it, others did it
    preps = lex.word_set("prepositions") - {"to"}
    if not found.trigger.noun and governor in preps and found.first - 1 not in names \
            and not (tok.low[found.first] in lex.reported_forms and at < found.first - 1) \
            and not reason_of_object(tok, at, found.first, sent.first, names, lex) \
            and not placed_opening(sent, at, tok, lex) and not joined_in(tok, at, found.first, sent.first, lex) \
            and not quantity_governs(tok, at, found.first, sent.first, lex) \
            and not relative_verb(found, tok, at):  # "by rebels who accused" (gate_exceptions.py)
        return False  # a verb form governed by a preposition: "by bombing", "in hotel blasts"
    # (a reported wrong is the predicate after a noun: "the ban on gambling violates ...")
    if not found.trigger.noun and found.first > sent.first and \
            tok.low[found.first - 1] in lex.word_set("determiners") \
            and not _noun_head(found, tok, lex):
        return False  # "its alleged role"; but "renewed a pledge to", "delivered an appeal to"
    if not found.trigger.noun and found.last < sent.last \
            and tok.low[found.last] in lex.word_set("verb_form_heads"):
        return False  # "a nuclear test ban treaty": the treaty's name, no ban
    if not found.trigger.noun and found.first - 1 > sent.first and "-" in tok.low[found.first - 1] \
            and tok.text[found.first - 1].islower() \
            and tok.low[found.first - 2] in lex.word_set("determiners"):
        return False  # past a hyphenated modifier too: "a home-made bomb exploded"
    if not found.trigger.noun and found.first > sent.first \
            and found.trigger.tokens[0] in lex.word_set("particles") \
            and tok.low[found.first - 1] in lex.particle_verbs:
        return False  # a phrasal verb's particle: "held back from attacking" is no backing
    if found.code == "ASSAULT" and not found.trigger.noun and lex.word_set("verbal_subjects") & set(tok.low[max(sent.first, found.first - 3) : found.first]):
        return False  # "lawmakers fought over reforms" is a quarrel, not violence
    if (found.code in ("ASSAULT", "THREATEN") and natural_subject(found, sent, tok, lex)) \
            or endangering(found, sent, tok, lex):
        return False  # "a quake hit south-west Japan", "pressure which threatens trade"
    subjects = lex.subject_words.get(found.trigger.tokens[0]) if not found.trigger.noun else None
    if subjects and not _has_subject(tok, found.first, sent.first, subjects):
        return False  # "troops leave South Ossetia" is a withdrawal; "the minister left" is not
    if not found.trigger.noun and idle_object(found, sent, tok, lex):
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
    if found.trigger.noun and tok.caps[sent.index] and not anchored(found, sent, tok, lex) \
            and died_cause(found, sent, tok, lex) is None \
            and not occurring_noun(found, sent, tok, lex) \
            and parties_between(found, sent, tok, lex) is None \
            and pair_countries(found, sent, tok, gazetteer()) is None:  # "died in an attack",
        # "riots erupted", "talks last week between X and Y", "U.S.-Japan talks" (talks_between.py,
        # paired_talks.py)
        return False
    if found.trigger.noun and tok.caps[sent.index] and embedded_noun(found, sent, tok, lex):
        return False  # "the market awaited an OPEC accord on quotas": named, not stated
    if found.trigger.noun and tok.caps[sent.index] and possessed_background(found, sent, tok, lex):
        return False  # "its fishing accord with Norway", "the president's pledge to keep ports open"
    if found.trigger.noun and not tok.caps[sent.index] and not found.trigger.tokens[-1].endswith("s") \
            and " ".join(found.trigger.tokens) in lex.strict_nouns \
            and not anchored(found, sent, tok, lex):
        return False  # a headline's "U.S. Cement Demand" is not a demand ("Demands" may be a verb)
    if found.trigger.noun and found.code in lex.word_set("stative_types") \
            and light_verb(tok, found.first, sent.first, lex) in lex.word_set("stative_verbs"):
        return False  # "Iraq has barter deals with Brazil" is a standing arrangement, not an act
    if found.trigger.noun and not tok.caps[sent.index] and found.last < sent.last \
            and tok.low[found.last] == ":":
        return False  # a headline's kicker names the topic: "North Korean Talks: U.S. Raises ..."
    if found.trigger.noun and found.first > sent.first \
            and tok.low[found.first - 1] in lex.word_set("business_modifiers"):
        return False  # "shareholder meetings", "debt agreement" are business, not politics
    dated = after_date(tok, found.last, sent.last, lex)  # "sought on Thursday to play down"
    if found.trigger.intent and dated < sent.last and tok.low[dated] == "to":
        return False
    if found.code == "AGREE" and tok.low[found.last : found.last + 2] == ["to", "be"]:
        return False  # "the procedure promises to be reliable": a prediction, not a promise
    preps = lex.word_set("prepositions") - {"of"}
    if found.code == "RETREAT" and found.trigger.tokens[0].startswith(("releas", "free")) and not (
            lex.release_objects & set(tok.low[sent.first : sent.last])
            or (found.trigger.noun and obtain_verb(tok, sent.first, found.first, lex) is not None)
            or head_count(tok, found.last, sent.last, preps)
            or released_people(found, sent, tok, lex)
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
    if trigger_sense(found, sent, tok, lex):
        return False  # "bomb blast", "fighting to regain", "seeking re-election" (trigger_senses.py)
    if document_call(found, sent, tok, lex):
        return False  # "the proposal calls for holders to receive": terms (document_calls.py)
    if figure_sense(found, sent, tok, lex):
        return False  # "a 31% decline", "factory orders rose", "the pound's rally" (figure_senses.py)
    if title_defence(found, sent, tok, lex):
        return False  # "defended his WBO title", "the defending champion" (game_senses.py)
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
    if not found.trigger.noun and found.code in lex.word_set("infinitive_weak_types") \
            and tok.low[found.last : found.last + 1] == ["to"]:
        return True  # "offered to mediate"
    if found.trigger.noun:
        places_count = found.code in lex.word_set("locative_actor_types")
        start = phrase_start(tok, found.first, sent.first, lex)
        return any(m.last >= start - lex.noun_window and m.first <= found.last + lex.noun_window
                   for m in sent.mentions if places_count or not m.locative) \
            or casualty_cause(found, sent, tok, lex) \
            or striker_reach(found, sent, tok, lex) \
            or died_cause(found, sent, tok, lex) is not None \
            or located(found, sent, tok, lex) is not None \
            or pair_countries(found, sent, tok, gazetteer()) is not None  # "killed in an Israeli
        # airstrike", "die in attack", "Another Bombing in Baghdad" (placed_attacks.py),
        # "U.S.-Japan talks" (paired_talks.py)
    if object_start(tok, found.last, sent.last) in nouns \
            or backed_thing(found, tok, sent.last, lex):  # "backs its stated aim"
        return True
    return any(found.last <= m.first <= found.last + lex.weak_window for m in sent.mentions
               if not m.locative) or freed_passive(found, sent, tok, lex)  # "hostages freed"


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


def _exhortation(tok: Tokens, at: int, last: int, lex: CoderLexicon) -> bool:
    """Whether a warning's "that" clause says what someone must do, with no "or" of an ultimatum
    ("must comply or face force" is a threat)."""
    window = tok.low[at:last]
    if "that" not in window[: lex.recipient_window]:
        return False
    k = window.index("that")
    return bool(lex.word_set("obligation_modals") & set(window[k + 1 : k + 5])) \
        and "or" not in window[k + 1 :]


