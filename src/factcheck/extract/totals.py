"""Parts and totals said in one sentence: "two were killed and five injured" is seven
people shot; "seven people were shot, two of whom died" leaves five injured.

The `amount_totals` lexicon says which measures add up to which ("shot" is
"deaths" + "injured"; people on board are passengers + crew). When a sentence
gives every part of a total but not the total, the total is claimed as their sum;
when it gives the total and all parts but one, that part is the difference. The
derived claim quotes the words from the first figure to the last, carries the
keys it was reckoned from (`parts`), and is compared like any other figure, so
"seven people were shot" in one report against "two killed and three wounded" in
another is a conflict (FC201). Lower bounds add up to a lower bound; a difference
is taken only between exact figures.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from factcheck import lexicons
from factcheck.extract import victims  # noqa: F401  (tolls said through people come first)
from factcheck.extract.context import ArticleContext, extractor
from factcheck.models import AmountClaimValue, AmountValue, Claim

# total -> the measures that add up to it, and the words that say the total applies
# ("shot" is deaths + injured only where the sentence speaks of a shooting)
TOTALS = {row[0]: tuple(row[1].split("+")) for row in lexicons.rows("amount_totals")}
CUES = {row[0]: frozenset(row[2].split()) for row in lexicons.rows("amount_totals") if len(row) > 2}


@extractor("amount")
def total_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    figures = _figures(context, sentence)
    if len(figures) < 2:
        return
    overlapping = _partitive(sentence)
    words = {token.lemma_.lower() for token in sentence} | {token.lower_ for token in sentence}
    for total, parts in TOTALS.items():
        if total in CUES and not CUES[total] & words:
            continue
        given = [figures.get(part) for part in parts]
        if total not in figures and all(given) and not overlapping:
            yield _derived(context, total, [claim for claim in given if claim], add=True)
            continue
        missing = [part for part, claim in zip(parts, given, strict=True) if claim is None]
        if total in figures and len(missing) == 1:
            known = [figures[total], *(claim for claim in given if claim)]
            if all(_exact(claim) for claim in known) and _difference_is_positive(known):
                yield _derived(context, missing[0], known, add=False)


def _partitive(sentence: Span) -> bool:
    """ "One of four women wounded … has died": one figure is a share of another, so
    the figures overlap and do not add up (a share may still be taken from a total:
    "seven were shot, two of whom died")."""
    for token in sentence:
        if token.pos_ == "NUM":
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    if any(t.pos_ == "NUM" or t.lower_ in {"them", "whom"} for t in child.subtree):
                        return True
    return False


def _figures(context: ArticleContext, sentence: Span) -> dict[str, Claim]:
    """The sentence's counts by measure, when each measure has one figure and no owner."""
    found: dict[str, list[Claim]] = {}
    for claim in context.claims_in(sentence):
        value = claim.value
        if not isinstance(value, AmountClaimValue):
            continue
        if value.amount.kind == "count" and "/" not in claim.subject and "@" not in claim.subject:
            found.setdefault(claim.subject, []).append(claim)
    return {key: claims[0] for key, claims in found.items() if len(claims) == 1}


def _difference_is_positive(claims: list[Claim]) -> bool:
    values = [claim.amount.value for claim in claims if claim.amount is not None]
    return values[0] - sum(values[1:]) > 0


def _exact(claim: Claim) -> bool:
    amount = claim.amount
    return amount is not None and amount.hedge is None and amount.high is not None


def _derived(context: ArticleContext, key: str, claims: list[Claim], add: bool) -> Claim:
    """The sum of the claims (add), or the first less the others."""
    amount = combine([claim.amount for claim in claims if claim.amount is not None], add)
    start = min(claim.span[0] for claim in claims)
    end = max(claim.span[1] for claim in claims)
    base = claims[0]
    value_model = AmountClaimValue(
        amount=amount,
        measure=key,
        period=base.time,
        parts=tuple(claim.subject for claim in claims),
        derived="sum" if add else "difference",
    )
    return base.model_copy(
        update={
            "subject": key,
            "value": value_model,
            "text": context.article.text[start:end],
            "span": (start, end),
        }
    )


def combine(amounts: list[AmountValue], add: bool) -> AmountValue:
    """The sum of the amounts (add), or the first less the others; the band holds every
    sum or difference of values inside the amounts' bands (a missing upper end makes a
    lower bound)."""
    first, rest = amounts[0], amounts[1:]
    sign = 1.0 if add else -1.0
    value = first.value + sign * sum(a.value for a in rest)
    if add:
        low = _total([a.low for a in amounts])
        high = _total([a.high for a in amounts])
    else:
        low = _difference(first.low, [a.high for a in rest])
        high = _difference(first.high, [a.low for a in rest])
    return AmountValue(value=value, low=low, high=high, hedge="at least" if high is None else None)


def _total(values: list[float | None]) -> float | None:
    return None if any(v is None for v in values) else sum(v for v in values if v is not None)


def _difference(first: float | None, others: list[float | None]) -> float | None:
    if first is None or any(v is None for v in others):
        return None
    return first - sum(v for v in others if v is not None)
