"""Triggers that are the content of another (what a request, threat or promise asks), and refusals coded as REJECT."""

from __future__ import annotations

from pipeline.models import Modality
from pipeline.stages.labour_strikes import warning_strike
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.noun_content import finite_after_noun
from pipeline.stages.triggers import Found


def _clause_gerund(f: Found, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a trigger is a gerund right after a conjunction of time or cause (`subordinators`):
    the subject's own act in a clause of its own ("since reaching a deal", "after signing")."""
    return f.first > 0 and tok.low[f.first - 1] in lex.word_set("subordinators") \
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
                and not _clause_gerund(f, tok, lex) and not warning_strike(prev, f, tok) \
                and not finite_after_noun(prev, f, tok, lex) \
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
    refusal = lex.word_set("refusal_words")
    refusable = lex.word_set("refusable_types")
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
