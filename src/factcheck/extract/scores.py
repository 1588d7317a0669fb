"""Scores of a match: "Liverpool beat Chelsea 2-1", "Chelsea lost 1-2 to Liverpool",
"Arsenal's 4-0 victory over Spurs", "Real Madrid drew 2-2 with Barcelona", "Spain
secured a 2-1 victory".

A score is a pair of numbers joined by a dash whose governing word in the parse is
a result of a match (the `result_words` lexicon: a verb or noun and whether it is
a win, a loss or a draw for its subject or owner). Each side named in the clause
gets an amount claim keyed `<side>/score:<opponent>` (`<side>/score` when the text
names no opponent) with its own number: the winner the higher, the loser the lower,
whichever order the text writes them in. Two reports that give one side different
scores for the same match and day are then a conflict (FC201); a score with no
opponent named is the side's one match of the story, where it has one; a score with
no result word ("ages 18-24", "the 2014-15 season") makes no claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.amounts import amount_claim, period_of
from factcheck.extract.context import ArticleContext, entity_around, extractor
from factcheck.extract.places import slug
from factcheck.models import AmountClaimValue, AmountValue, Claim

SCORE = re.compile(r"(?<![\d.,/:-])(\d{1,3}) ?[-–] ?(\d{1,3})(?![\d.,/:%-])")
RESULTS = {(row[0], row[1]): row[2] for row in lexicons.rows("result_words")}
OPPONENT_PREPOSITIONS = frozenset({"to", "against", "with", "over", "past"})
TEAM_ENTITIES = frozenset({"ORG", "GPE", "NORP", "PERSON"})
# verbs whose subject gets the result its object names: "Spain secured a 2-1 victory",
# "won the title with a 1-0 victory"; not one who took part ("Kane started in a defeat")
GETTING_VERBS = frozenset(
    {"secure", "clinch", "seal", "earn", "record", "claim", "suffer", "win", "take", "post",
     "register", "achieve", "complete", "grab", "notch", "snatch", "pull"}
)  # fmt: skip


@extractor("amount")
def score_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    text = context.text[sentence.start_char : sentence.end_char]
    if "-" not in text and "–" not in text:
        return
    for match in SCORE.finditer(text):
        first = context.doc.char_span(
            sentence.start_char + match.start(1), sentence.start_char + match.end(1)
        )
        if first is None:
            continue
        result = _result_of(first.root, sentence)
        if result is None:
            continue
        outcome = _outcome(result)
        side, opponent = _sides(result)
        if side is None or outcome is None:
            continue
        one, other = int(match.group(1)), int(match.group(2))
        if (outcome == "draw") != (one == other):
            continue
        high, low = max(one, other), min(one, other)
        mine, theirs = (low, high) if outcome == "loss" else (high, low)
        score_words = list(
            context.doc.char_span(
                sentence.start_char + match.start(),
                sentence.start_char + match.end(),
                alignment_mode="expand",
            )
            or []
        )
        sides = [(side, mine, opponent), *([(opponent, theirs, side)] if opponent else [])]
        for team, goals, against in sides:
            # a side's score in the match against the other ("england/score:serbia"): the
            # same side's score in another match of the story is another figure
            match_key = f"{_name(team)}/score" + (f":{_name(against)}" if against else "")
            key, period, period_text = period_of(context, sentence, match_key, result)
            value = AmountClaimValue(
                amount=AmountValue(value=float(goals), low=float(goals), high=float(goals)),
                measure=key,
                period=period,
                period_text=period_text,
                counted="score",
            )
            yield amount_claim(context, sentence, [team, result, *score_words], value)


def _result_of(number: Token, sentence: Span) -> Token | None:
    """The result word the score hangs from: the number's nearest such ancestor."""
    for ancestor in [number, *number.ancestors]:
        if _outcome(ancestor) is not None:
            return ancestor
    return None


def _outcome(word: Token) -> str | None:
    lemma = word.lemma_.lower()
    pos = "verb" if word.pos_ == "VERB" else "noun" if word.pos_ == "NOUN" else None
    if pos is None:
        return None
    return RESULTS.get((lemma, pos)) or RESULTS.get((lemma, "any"))


def _sides(result: Token) -> tuple[Token | None, Token | None]:
    """Whose result it is (the verb's subject, the noun's owner) and the opponent (the
    verb's object, or what "to", "against", "with", "over" name)."""
    side: Token | None = None
    opponent: Token | None = None
    for child in result.children:
        if child.dep_ in {"nsubj", "poss"} and _team(child):
            side = child
        elif child.dep_ == "dobj" and _team(child):
            opponent = child
        elif child.dep_ == "prep" and child.lower_ in OPPONENT_PREPOSITIONS:
            for obj in child.children:
                if obj.dep_ == "pobj" and _team(obj):
                    opponent = obj
    if side is None and result.pos_ == "NOUN":
        side = _doer_of(result)
    return side, opponent


def _doer_of(result: Token) -> Token | None:
    """Who a result noun with no owner belongs to: the subject of the verb that has it
    ("Spain secured a 2-1 victory", "Spain won the title with a 1-0 victory")."""
    verb = result.head
    if result.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif result.dep_ not in {"dobj", "attr"}:
        return None
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in GETTING_VERBS:
        return None  # "Kane started in a 2-1 defeat", "Guardiola celebrated a 4-0 win"
    return next((c for c in verb.children if c.dep_ == "nsubj" and _team(c)), None)


def _team(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in TEAM_ENTITIES


def _name(token: Token) -> str:
    """The side's name: its entity, without a score the recogniser ran into it ("Chelsea
    2-1"), else the word with its compounds ("Real Madrid")."""
    entity = entity_around(token)
    if entity is not None:
        words = [t.text for t in entity if t.pos_ not in {"NUM", "SYM", "PUNCT"}]
        if words:
            return slug(" ".join(words))
    compounds = [c.text for c in token.children if c.dep_ == "compound" and c.i < token.i]
    return slug(" ".join([*compounds, token.text]))
