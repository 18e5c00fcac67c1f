"""Trigger words in a sense that is no event: a warning that is a comment on a danger, a thing
that endangers, a view shared, a standing commitment, a question, going on with something, the
denial of a claim, "call" in the sense of naming or of convening."""

from __future__ import annotations

from pipeline.stages.headline_stances import headline_stance
from pipeline.stages.judged_unnamed import judging_call
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_WARNING_SCOPE = 6


def comment_warning(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a warning "of", "on" or "about" something names no threatened act: a comment on a
    danger ("U.S. warns of dependence on foreign oil", "a warning on antidepressant use"), not a
    threat ("warned of retaliation", "warns on sanctions": a THREATEN mode word or one of
    `threat_contents` within a few words, before a clause break)."""
    if found.code != "THREATEN" or not found.trigger.tokens[-1].startswith("warn") \
            or found.last >= sent.last \
            or tok.low[found.last] not in lex.word_set("warning_topics"):
        return False
    stop = min(sent.last, found.last + 1 + _WARNING_SCOPE)
    stop = next((j for j in range(found.last + 1, stop) if tok.low[j] in lex.clause_breaks), stop)
    if lex.word_set("threat_contents") & set(tok.low[found.last + 1 : stop]):
        return False
    cues = [index for mode, index in lex.modes.get("THREATEN", ()) if mode != "unspecified"]
    return not any(index.match(tok.low, j, stop) for index in cues
                   for j in range(found.last + 1, stop))


def endangering(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a "threaten" verb has a thing for its subject right before it (adverbs and
    auxiliaries aside): a relative "which" or "that", or a lower-case thing noun
    (`endangering_subjects`, `thing_heads`). The sense is "endanger", no actor's threat
    ("pressure which threatens the trading system", "issues that threaten to poison relations",
    "the dollar threatened to fall", "pay rises may threaten stability", "the political system
    was threatened")."""
    if found.code != "THREATEN" or found.trigger.noun or not found.trigger.tokens[0].startswith("threat"):
        return False
    j = found.first - 1
    while j > sent.first and tok.low[j].endswith("ly"):
        j -= 1
    if j >= sent.first and tok.low[j] in ("which", "that"):
        return True  # not past an auxiliary: "London, which has threatened to retaliate"
    skipped = lex.word_set("endangering_fillers")
    while j > sent.first and (tok.low[j].endswith("ly") or tok.low[j] in skipped):
        j -= 1
    word = tok.low[j]
    caseful = tok.caps[sent.index]
    return j >= sent.first and word in lex.words_of("endangering_subjects", "thing_heads") \
        and not (caseful and tok.text[j] != word)  # "Growth Fund threatened": a name


def shared_view(found: Found, sent: Sentence, tok: Tokens) -> bool:
    """Whether an agreement is only on "the need" for something, a view the parties share, not a
    deal ("both agreed on the need for currency stability", "EC MINISTERS AGREE NEED FOR ...")."""
    if found.code != "AGREE" or found.trigger.noun:
        return False
    j = found.last
    while j < sent.last and j - found.last < 2 and tok.low[j] in ("on", "upon", "the", "a"):
        j += 1
    return j < sent.last and tok.low[j] == "need"


def standing_commitment(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether "committed" states a standing position after a copula or an adverb of degree
    (`stance_cues`: "remained committed to the accords", "is fully committed to peace"), not a
    pledge made ("Iran committed itself to halt enrichment")."""
    if found.code != "AGREE" or found.trigger.noun \
            or found.trigger.tokens[0] not in lex.word_set("commit_forms"):
        return False
    before = tok.low[max(sent.first, found.first - 2) : found.first]
    return bool(lex.word_set("stance_cues") & set(before)) \
        or headline_stance(found, sent, tok, lex)  # "U.S. COMMITTED TO LOUVRE ACCORD"


def question_asked(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether "ask" puts a question, not a request: a question word (`question_words`: "if",
    "whether", "why", "about" ...) follows within five words before any "to" or "for" ("asked
    reporters whether France was consulted", "asking him if he is ..."), or "when"/"if" stands
    right before it ("Baker, when asked if ..."), or it asks "not to be" named. "asked Japan to
    open talks", "asked for aid", "asked about 30 firms to refrain" are requests."""
    if found.code != "REQUEST" or found.trigger.tokens[0] not in lex.word_set("ask_forms"):
        return False
    if found.first > sent.first and tok.low[found.first - 1] in ("when", "if", "once"):
        return True
    if tok.low[found.last : found.last + 3] == ["not", "to", "be"]:
        return True  # "officials, who asked not to be named": anonymity, no request
    questions = lex.word_set("question_words")
    for j in range(found.last, min(sent.last, found.last + 5)):
        if tok.low[j] in ("to", "for", ",", ";") or tok.low[j] in lex.clause_breaks - questions:
            return False
        if tok.low[j] in questions and not (tok.low[j] == "about" and j + 1 < sent.last
                                            and tok.low[j + 1][:1].isdigit()):
            return True  # not "asked about 30 trading houses to refrain": a number
    return False


def carrying_on(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a one-word verb trigger is followed by a particle of going on (`carry_on_words`)
    and "with": "Sharon pushes on with the plan", "presses ahead with talks". The subject keeps at
    something; it does not press anyone ("met ahead of the summit" is still a meeting)."""
    if found.trigger.noun or len(found.trigger.tokens) > 1 or found.last + 1 >= sent.last:
        return False
    return tok.low[found.last] in lex.word_set("carry_on_words") \
        and tok.low[found.last + 1] == "with"


def claim_denial(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether "deny" disputes a claim, which is a comment and no refusal: "that" or a clause
    (`clause_subjects` and an auxiliary: "denied he had been told") right after it, or
    a word of `claim_nouns` in its object ("Kenya denied reports that it would quit the fishing pact",
    "denies the charges"), or, in a passive, a claim noun just before it ("a charge, denied by
    the exporters"). "denied entry to the delegation" and "denied their request" stay REJECT."""
    forms = lex.word_set("deny_forms")
    if found.code != "REJECT" or found.trigger.noun or found.trigger.tokens[0] not in forms:
        return False
    claims = lex.word_set("claim_nouns")
    after = tok.low[found.last : min(sent.last, found.last + 4)]
    auxiliaries = lex.words_of("passive_aux", "finite_aux")
    if after[:1] == ["that"] or (len(after) > 1 and after[1] in auxiliaries
                                 and after[0] in lex.word_set("clause_subjects")):
        return True  # "denied that ...", "denied he had been told"
    for word in after:  # the object, up to a preposition, comma or clause break
        if word in claims:
            return True
        if not word.isalpha() or word in lex.clause_breaks or word in ("to", "by", "for", "and"):
            break
    before = tok.low[max(sent.first, found.first - 3) : found.first]
    return after[:1] == ["by"] and bool(claims & set(before))


def naming_call(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether the verb "call" names or judges something instead of phoning someone: "what he
    called Chile's failure", "so-called" (a word of `naming_cues` within three words before), or
    the actor after it only owns or qualifies the noun it names ("called Japan's stance unfair",
    "Putin Calls Kosovo Vote Illegal", "called the miners' strike a plot"). "called Putin on Monday"
    and "called Japan's prime minister" (one mention) stay phone calls."""
    if found.code != "CONSULT" or found.trigger.noun \
            or found.trigger.tokens[0] not in lex.word_set("call_forms"):
        return False
    if lex.word_set("naming_cues") & set(tok.low[max(sent.first, found.first - 3)
                                                             : found.first]) \
            or judging_call(found.last, sent.last, tok, lex):  # "called the ban illegal"
        return True
    after = [m for m in sent.mentions if found.last <= m.first <= found.last + 3]
    if not after or after[0].last >= sent.last:
        return False
    nxt, shown = tok.low[after[0].last], tok.text[after[0].last]
    stops = lex.word_set("prepositions") | lex.clause_breaks
    return nxt in ("'s", "'") or (nxt.isalpha() and nxt not in stops
                                  and nxt not in ("and", "or", "to", "on", "last", "this")
                                  and not (tok.caps[sent.index] and shown[:1].isupper()
                                           and nxt in lex.light_verbs))


def convening_call(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether the verb "call" convenes or declares something (`convened_things`) instead of phoning
    someone: in its object ("Arafat called the four-hour strike", "called snap elections") or, for
    a participle, right before it ("a strike called by the president")."""
    if found.code != "CONSULT" or found.trigger.noun \
            or found.trigger.tokens[0] not in lex.word_set("call_forms"):
        return False
    things = lex.word_set("convened_things")
    if found.first > sent.first and tok.low[found.first - 1] in things:
        return True
    stops = lex.word_set("prepositions") | {",", "and"}
    for j in range(found.last, min(sent.last, found.last + 4)):
        if tok.low[j] in things:
            return True
        if tok.low[j] in stops:
            return False
    return False


_RELATIVES = frozenset({"which", "that", "who"})


def natural_subject(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a natural force stands before the trigger in its clause with no actor after it
    (the clause before, for a participle after a comma: "a quake hit Japan, killing two")."""
    forces = lex.word_set("natural_forces")
    participle = found.first > sent.first and tok.low[found.first - 1] == "," \
        and found.trigger.tokens[0].endswith("ing")
    end = found.first - 1 if participle else found.first
    start = next((j + 1 for j in range(end - 1, sent.first - 1, -1)
                  if tok.low[j] in lex.clause_breaks), sent.first)
    names = sent.names
    means = lex.word_set("vehicle_forces")
    forces_at = [j for j in range(start, end)  # not "an Israeli plane": an actor's means; a
                 if tok.low[j] in forces and (j - 1 not in names or tok.low[j] not in means)]
    # name before a disaster only locates it ("Japan Quake Kills 30")
    if not forces_at:
        return False
    after = forces_at[0] if participle else forces_at[-1]  # the subject comes before the object
    relative = next((j for j in range(after + 1, end) if tok.low[j] in _RELATIVES), end)
    return not any((start - 1 if participle else after) < m.first < (after if participle else end)
                   and not relative < m.first  # "a quake which struck northern Chile killed"
                   for m in sent.mentions)
