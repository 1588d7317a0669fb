"""Amount claims: a figure with what it measures, the period it covers and its source."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.context import (
    ArticleContext,
    amounts_in,
    entity_around,
    extractor,
    new_claim,
    times_in,
    tree_distance,
)
from factcheck.extract.counted import counted_phrases, singular_of
from factcheck.extract.measures import (
    COUNT_PROGRESS,
    MEASURE_SYNONYMS,
    NEWS_MEASURES,
    counting_progress,
    duration_unit,
    group_counted,
    measure_key,
    people_part,
)
from factcheck.extract.places import slug
from factcheck.extract.predicates import verb_above
from factcheck.models import AmountClaimValue, AmountValue, Claim, Status, TimeInterval
from factcheck.normalise.amounts import AmountMention, band
from factcheck.normalise.amounts.units import to_base
from factcheck.normalise.timex import TimeExpression

# words that mark a figure as an early one, and the units of time they qualify
EARLY_WORDS = lexicons.words("early_words")
TIME_UNITS = frozenset({"minute", "hour", "day", "week", "stage", "moment"})
# a figure tied to a date this long before publication belongs to an earlier event
PAST_EVENT_DAYS = 366

REPORTING_LEMMAS = {"say", "report", "put", "give", "measure", "time", "quote", "estimate", "state"}


def _source_of(sentence: Span) -> str | None:
    """Who a figure is attributed to: "according to Xinhua", "the USGS measured". An
    "according to" names the body nearest the figure, so it comes first: "The BBC
    reported that, according to the US Geological Survey, …" is the Survey's figure."""
    for token in sentence:
        if token.lower_ == "according" and token.i + 2 < sentence.end:
            for candidate in token.doc[token.i + 2 : min(sentence.end, token.i + 9)]:
                if candidate.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"}:
                    return _entity_slug(candidate)
    for token in sentence:
        if token.lemma_ in REPORTING_LEMMAS and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj" and child.ent_type_ in {"ORG", "PERSON", "NORP"}:
                    return _entity_slug(child)
                if child.dep_ == "nsubj" and _named_body(child):
                    # "the UN's Papua New Guinea office said": the office, named by its owner
                    return slug(token.doc[child.left_edge.i : child.i + 1].text)
    return None


def _named_body(noun: Token) -> bool:
    """A common noun made a body by a name on it ("the UN's office", "the Kenyan team")."""
    return noun.pos_ == "NOUN" and any(
        child.dep_ in {"poss", "compound", "amod"}
        and child.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"}
        for child in noun.children
    )


def _entity_slug(token: Token) -> str:
    entity = entity_around(token)
    return slug(entity.text if entity is not None else token.text)


@extractor("amount")
def amount_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    claims = list(_amount_claims(context, sentence))
    yield from (claim for claim in claims if not _breakdown(claim, claims))


def _breakdown(claim: Claim, claims: list[Claim]) -> bool:
    """ "One man was shot in the arm, two in the torso and one in the face": counts of one
    measure that differ within a sentence are parts of a whole, not the toll."""
    value = claim.value
    if not isinstance(value, AmountClaimValue) or value.amount.kind != "count":
        return False
    if value.amount.unit is not None:
        return False
    return any(
        other.subject == claim.subject
        and isinstance(other.value, AmountClaimValue)
        and other.value.amount.kind == "count"
        and other.value.amount.value != value.amount.value
        for other in claims
    )


def _person_owner(context: ArticleContext, pronoun: Token) -> str | None:
    """The owner key of the person a pronoun stands for: their family name, as
    `measures` keys a named owner."""
    person = context.person_before(pronoun.i)
    if person is None:
        return None
    return slug(person.text.split()[-1]) or None


def _amount_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    made: list[Claim] = []
    times = times_in(context, sentence)
    found = amounts_in(context, sentence)
    for index, ((mention, span), counted) in enumerate(
        zip(found, counted_phrases(found), strict=True)
    ):
        if any(
            t_span.start_char <= span.start_char < t_span.end_char and t.type != "DURATION"
            for t, t_span in times
        ):
            continue  # a date or a clock time, not an amount; durations are amounts
        if _over_a_span_of_time(span, mention):
            # "intensified over 24 hours": during them, not more than 24
            mention = mention.model_copy(update={"amount": _unhedged(mention.amount)})
        if _share_in_words(mention):
            # "half of the town", "a third of the passengers", "one in three": a share of
            # a group, compared as "40% of the passengers" is, not a count of under one
            mention = mention.model_copy(update={"amount": _as_percent(mention.amount)})
        measured = measure_key(span, mention, partial(_person_owner, context)) or _conversion_of(
            context, made, span, mention.amount.kind
        )
        if measured is None or (index and _restated(context, found[index - 1], span, mention)):
            continue
        key, measure_tokens = measured
        amount, joined = _joined_total(span, mention.amount, found, key)
        part = people_part(span.root, key) if amount is None or joined else None
        if part is not None:  # "91 passengers and a crew of eight": each kind as well
            evidence = list(span) + measure_tokens
            made.append(_claim(context, sentence, span, evidence, mention.amount, part, counted))
            yield made[-1]
        if amount is None:
            continue
        if joined and any(claim.subject == key for claim in made):
            continue  # "97 people were aboard, including 85 passengers and 12 crew": its parts
        evidence = list(span) + measure_tokens + joined
        made.append(_claim(context, sentence, span, evidence, amount, key, _kinds(counted, joined)))
        yield made[-1]


def _kinds(counted: str | None, joined: list[Token]) -> str | None:
    """What a total joined from counts of several kinds counts: each kind, joined by "+"
    ("23 hostages and 32 terrorists": "hostage+terrorist"), so that a count of one kind
    elsewhere is read as a part of it."""
    kinds = [counted] if counted else []
    for token in joined:
        if token.pos_ in {"NOUN", "PROPN"}:
            kind = singular_of(token)
            if kind not in kinds:
                kinds.append(kind)
    return "+".join(kinds) if len(kinds) > 1 else counted


def _claim(
    context: ArticleContext,
    sentence: Span,
    span: Span,
    evidence: list[Token],
    amount: AmountValue,
    key: str,
    counted: str | None,
) -> Claim:
    """The claim of the figure `span` states, with the period it covers and its source."""
    key, period, period_text = period_of(context, sentence, key, span.root, _early_phrase(span))
    return amount_claim(
        context,
        sentence,
        evidence,
        AmountClaimValue(
            amount=amount,
            measure=key,
            period=period,
            period_text=period_text,
            source=_source_of(sentence),
            counted=counted,
            risen=_risen_to(span),
            **_bearing(span, key),
        ),
        status=_figure_status(span),
    )


# compass points, in degrees from north
COMPASS = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}


def _bearing(span: Span, key: str) -> dict[str, Any]:
    """The compass direction a distance points from its place ("72km (44 miles) northeast
    of Marrakesh", "71 km south-west of Marrakesh"): the direction words after the
    figure, before the "of" or "from" that names the place."""
    if not key.startswith("distance:"):
        return {}
    doc = span.doc
    words: list[Token] = []
    for token in doc[span.end : min(span.sent.end, span.end + 8)]:
        if token.lower_ in {"of", "from"}:
            break
        if token.lower_.replace("-", "") in COMPASS or (words and token.text == "-"):
            words.append(token)
        elif words:
            break
    written = "".join(t.text for t in words).strip("-")
    degrees = COMPASS.get(written.lower().replace("-", ""))
    if degrees is None:
        return {}
    return {"bearing": degrees, "bearing_text": written}


# verbs that tell a number grew to the figure: "rose to 261", "has jumped to 288"
RISING_VERBS = frozenset(
    {
        "rise",
        "climb",
        "jump",
        "increase",
        "mount",
        "grow",
        "soar",
        "surge",
        "swell",
        "go",
        "edge",
        "spike",
        "balloon",
    }
)
# verbs a growing number "reached" its figure by: "the toll reached 288", "topped 100"
REACHING_VERBS = frozenset({"reach", "hit", "top", "pass", "cross", "exceed", "surpass"})
# verbs that tell a figure was corrected, up or down: "the toll was revised to 275"
REVISING_VERBS = frozenset({"revise", "correct", "amend", "recount", "lower", "reduce"})


def _risen_to(span: Span) -> bool:
    """The figure is what a number has risen to ("the death toll rose to 261", "the
    number of dead climbed to 288", "the toll reached 300"): a count of a tally still
    moving. "go" counts only with "up" ("went up to 40"). A figure its verb says was
    revised or corrected ("the toll had been revised to 275") is one count of it too."""
    governing = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if governing is not None and governing.lemma_.lower() in REVISING_VERBS:
        return True  # not "reduced blocks to rubble, killing 1,500": another verb's
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.i != head.i:
        verb = head.head
        lemma = verb.lemma_.lower()
        if lemma == "go":
            return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
        return lemma in RISING_VERBS
    if root.dep_ == "dobj" and head.lemma_.lower() in REACHING_VERBS:
        return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in head.children)
    return False


# verbs that foresee what they are said of ("a wave was forecast", "rain is expected")
FORESEEING_VERBS = frozenset(
    {"expect", "forecast", "predict", "project", "anticipate", "face", "risk", "plan", "schedule"}
)
# modals that make a figure a possibility: "could receive 115 years in prison"
POSSIBILITY_MODALS = frozenset({"could", "may", "might"})


def _figure_status(span: Span) -> Status:
    """A figure its own clause foresees ("a wave of 3 meters was forecast to strike",
    "four more days of rain are expected"), threatens ("faces up to 110 years in prison")
    or holds possible ("could receive 115 years") is "expected": not what was measured
    or handed down. Any other is "done", a future one too: "Pakistan will receive a first
    tranche of $1.03 billion" sizes the tranche as surely as "approved a tranche of $1.1
    billion". Only the clause the figure is in counts: "drew on their skill to hush a
    crowd of 100,000" tells of a crowd there."""
    if _said_possible(span):
        return "expected"  # "potential penalties of up to 110 years"
    if _leading_now(span):
        return "expected"  # "is leading by a margin of 79,566 votes": not the result yet
    verb = verb_above(span.root)
    if verb is not None and _may_come(span.root, verb):
        # "could receive 115 years in prison": what may come; not "the mastermind of the
        # £20m heist may escape justice", whose heist is past
        return "expected"
    while verb is not None and verb.lemma_.lower() not in FORESEEING_VERBS:
        # "is expected to reach $5 billion": the verb the infinitive completes; "the poll
        # predicts 368 seats for the Tories, while Labour tumble to 191": the contrast
        # the foreseeing verb's clause goes on with
        verb = verb.head if _completes(verb) and verb.head.i != verb.i else None
    return "done" if verb is None else "expected"


def _completes(verb: Token) -> bool:
    """The verb goes on with its head's clause: an infinitive it completes, or a
    contrast set against it ("while Labour tumble to 191")."""
    if verb.dep_ == "xcomp":
        return True
    return (
        verb.dep_ == "advcl"
        and verb.tag_ not in {"VBD", "VBN"}  # not "…, while the storm killed 12 people"
        and any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in verb.children)
    )


# words that make what they qualify a possibility: "potential penalties", "a possible
# loss" ("maximum" does not: "maximum sustained winds of 155 mph" were measured)
POSSIBLE_WORDS = frozenset({"potential", "possible"})


def _said_possible(span: Span) -> bool:
    """The noun the figure sizes is said to be possible ("potential penalties of up to
    110 years", "a possible loss of $5 billion"), up to two steps above it."""
    token = span.root
    for _ in range(2):
        if token.dep_ not in {"pobj", "compound", "nummod", "amod", "nmod"}:
            return False
        token = token.head.head if token.dep_ == "pobj" else token.head
        if any(c.dep_ == "amod" and c.lower_ in POSSIBLE_WORDS for c in token.children):
            return True
    return False


def _leading_now(span: Span) -> bool:
    """The figure is a lead while a count goes on ("is leading in the Varanasi seat by
    79,566 votes", "the NDA is leading in 294 seats", "is ahead in 228"): where the
    count stood, not its result."""
    verb = verb_above(span.root)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in {"lead", "trail"} and verb.tag_ == "VBG":
        return any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    return (  # "is ahead in 228", not "at $68.7 billion, the deal is … ahead of …"
        lemma == "be"
        and verb.tag_ in {"VBZ", "VBP"}
        and any(c.lower_ in {"ahead", "behind"} for c in verb.children)
        and span.root.dep_ == "pobj"
        and span.root.head.lower_ == "in"
    )


def _may_come(figure: Token, verb: Token) -> bool:
    """The figure is what a verb under "could", "may" or "might" takes or reaches ("could
    receive 115 years", "may rise to 300"): a possibility. Not a figure deeper in the
    clause ("could not reach anyone in the district about 500 km west"), nor under a
    negated modal, which tells what was not possible then."""
    modal = any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in verb.children)
    if not modal or any(c.dep_ == "neg" for c in verb.children):
        return False
    if figure.dep_ in {"dobj", "attr"} and figure.head.i == verb.i:
        return True
    return figure.dep_ == "pobj" and figure.head.lower_ == "to" and figure.head.head.i == verb.i


def amount_claim(
    context: ArticleContext,
    sentence: Span,
    evidence: list[Token],
    value: AmountClaimValue,
    status: Status = "done",
) -> Claim:
    """An amount claim keyed by what its value measures."""
    return new_claim(
        context,
        sentence,
        evidence,
        subject=value.measure,
        predicate="amount",
        value=value,
        status=status,
    )


def period_of(
    context: ArticleContext, sentence: Span, key: str, figure: Token, early: str | None = None
) -> tuple[str, TimeInterval | None, str | None]:
    """The time a figure is for (the time expression nearest it, else the sentence's one
    date when that lies well before publication, else an early-figure phrase), and the
    key with the year added when it is an earlier event's ("the 2012 quake, killing 81")."""
    times = [(e, s) for e, s in times_in(context, sentence) if not _year_of_a_name(s)]
    period: TimeInterval | None = None
    period_text: str | None = None
    named_year = False  # "a 1999 cyclone" in an undated article: another, earlier event
    for expression, t_span in times:
        interval = expression.interval
        past = interval is None or long_before(context, interval)
        undated_year = (
            interval is not None
            and interval.granularity == "year"
            and context.article.published is None
        )
        since = (
            interval is not None
            and (past if context.article.published else interval.granularity != "day")
            and _since_clause(t_span, figure)
        )
        on_its_verb = undated_year and _on_the_figures_verb(t_span, figure)
        if (
            tree_distance(t_span.root, figure) <= 3
            or ((past or undated_year) and _dates_the_subject(t_span, figure))
            or since
            or _bounds_the_clause(t_span, figure)
            or on_its_verb
        ):
            period_text = _bound_word(t_span) + t_span.text
            period = interval
            named_year = since or on_its_verb or (undated_year and _dated_noun(t_span) is not None)
            break
    else:
        times = [
            (e, s)
            for e, s in times
            if not _names_another_thing(s, figure)
            and not _since_a_time(s)
            and not _in_another_clause(s, figure)
        ]
        period_text, period = _past_of_sentence(context, times)
        goes_on = _said_of_it(figure) or _of_these(sentence)
        if period is None and not times and goes_on and sentence.start > 0:
            # "Taiwan's worst quake struck on Sept. 21, 1999. It had a magnitude of 7.7,
            # caused 2,400 deaths": "it" goes on about the last sentence's past thing
            before = context.doc[sentence.start - 1].sent
            period_text, period = _past_of_sentence(context, times_in(context, before))
        period_text = period_text or early
    if period is not None and (named_year or long_before(context, period)):
        key = f"{key}@{period.start.year}"
    return key, period, period_text


def _joined_total(
    span: Span, amount: AmountValue, found: list[tuple[AmountMention, Span]], key: str
) -> tuple[AmountValue | None, list[Token]]:
    """ "Three children and two adults were killed": counts of joined nouns that one news
    measure covers add up (5 deaths); a joined noun with no count of its own ("three
    children and their father") leaves the total unknown, so no figure is claimed."""
    noun = group_counted(span.root)  # "three children", "a crew of eight"
    if noun is None or amount.kind != "count" or noun.pos_ not in {"NOUN", "PROPN"}:
        return amount, []
    if key.rsplit("/", 1)[-1].split("@")[0] not in NEWS_MEASURES:
        return amount, []
    counts = {other_span.root.i: mention.amount for mention, other_span in found}
    conjuncts = [o for o in noun.conjuncts if not _other_measure(noun, o)]
    if any(_other_measure(noun, o) and not _counted(o, counts) for o in noun.conjuncts):
        return None, []  # "caused 40 deaths and injuries": the two together, split unsaid
    earlier = [o for o in conjuncts if o.i < noun.i and o.pos_ in {"NOUN", "PROPN"}]
    if any(_counted(o, counts) or _size_of(o, counts) is not None for o in earlier):
        return None, []  # "two adults and three children": a part of the total said before
    named = _named_before(noun, earlier)
    if named:  # "Smith and two others were killed": three
        amount = _sum([amount, *(_one() for _ in named)])
    joined = [o for o in conjuncts if o.i > noun.i and o.pos_ in {"NOUN", "PROPN"}]
    if not joined:
        return amount, named
    parts, words = [amount], list(named)
    for other in joined:
        number = next((c for c in other.children if c.dep_ == "nummod" and c.i in counts), None)
        number = number or _size_of(other, counts)  # "91 passengers and a crew of eight"
        if number is None or counts[number.i].kind != "count":
            return None, []
        parts.append(counts[number.i])
        words += [number, other]
    return _sum(parts), words


def _counted(noun: Token, counts: dict[int, AmountValue]) -> bool:
    return any(c.dep_ == "nummod" and c.i in counts for c in noun.children)


def _other_measure(noun: Token, other: Token) -> bool:
    """Two joined nouns that name two news measures are two tallies, not parts of one:
    "six fatalities and ten injuries" are 6 deaths and 10 injured."""
    measures = {MEASURE_SYNONYMS.get(word.lemma_.lower()) for word in (noun, other)}
    return None not in measures and len(measures & NEWS_MEASURES) == 2


# what joins a clause's verb, not a noun, to the word it depends on
VERB_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "csubj", "parataxis"})


def _named_before(noun: Token, earlier: list[Token]) -> list[Token]:
    """The people named before "N others" ("Smith and two others", "Premadasa and 36
    other candidates"), each one more of them; none unless "other" says the count
    leaves them out."""
    if not (noun.lemma_.lower() == "other" or any(c.lower_ == "other" for c in noun.children)):
        return []
    return [
        o
        for o in earlier
        if (o.pos_ == "PROPN" or o.ent_type_ == "PERSON") and o.dep_ not in VERB_DEPS
    ]  # a headline's capitals make "Killed" in "Father Killed and 4 Others Hurt" a name


def _one() -> AmountValue:
    return AmountValue(value=1, low=1, high=1, kind="count")


def _size_of(group: Token, counts: dict[int, AmountValue]) -> Token | None:
    """The number a group's "of" gives its size by ("a crew of eight")."""
    for child in group.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for number in child.children:
                if number.dep_ == "pobj" and number.i in counts:
                    return number
    return None


def _sum(parts: list[AmountValue]) -> AmountValue:
    def total(values: list[float | None]) -> float | None:
        return None if any(v is None for v in values) else sum(v for v in values if v is not None)

    return parts[0].model_copy(
        update={
            "value": sum(part.value for part in parts),
            "low": total([part.low for part in parts]),
            "high": total([part.high for part in parts]),
            "low_open": any(part.low_open for part in parts),
            "high_open": any(part.high_open for part in parts),
        }
    )


def long_before(context: ArticleContext, period: TimeInterval) -> bool:
    published = context.article.published
    return published is not None and (published - period.end).days > PAST_EVENT_DAYS


# how a time expression hangs from the noun it dates: "the 1999 cyclone", "the cyclone of
# 1999", "another accident in March last year"
NOUN_TIME_DEPS = frozenset({"compound", "nummod", "amod", "npadvmod", "pobj", "prep", "nmod"})


def _dated_noun(t_span: Span) -> Token | None:
    """The noun a time expression is part of or dates ("a 1999 cyclone", "the accident in
    March last year"), None when it dates a verb's clause ("killed 10 on Sunday")."""
    token = t_span.root
    while token.dep_ in NOUN_TIME_DEPS and token.head.i != token.i:
        token = token.head
        if token.pos_ in {"NOUN", "PROPN"} and not t_span.start <= token.i < t_span.end:
            while token.dep_ == "compound" and token.head.i != token.i:
                token = token.head  # "the 2019 Lok Sabha elections": the elections
            return token
    return None


def _dates_the_subject(t_span: Span, figure: Token) -> bool:
    """The time dates the thing whose figure this is: the figure lies inside that noun's
    phrase ("a 1999 cyclone that claimed 10,000 lives"), the noun is the subject of the
    figure's clause ("the cyclone of 1999 left 10,000 dead") or a phrase of its verb."""
    noun = _dated_noun(t_span)
    if noun is None:
        return False
    if noun.left_edge.i <= figure.i <= noun.right_edge.i:
        return True
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head in figure.ancestors:
        return True
    if _when_clause_after(noun, figure):
        return True
    # "in the 2010 derailment, at least 148 people were killed": the dated event is a
    # phrase of the figure's own verb
    verb = verb_above(figure)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == verb:
        return True
    # "the last big quake was the Jiji earthquake of Sept. 21, 1999, which … destroyed
    # thousands of buildings and killed 2,400": verbs joined to the clause that names the
    # dated thing as its subject or what it is say more of that thing
    return any(
        c.i == noun.i and c.dep_ in {"nsubj", "nsubjpass", "attr"}
        for clause in _joined_clauses(verb)
        for c in clause.children
    )


def _when_clause_after(noun: Token, figure: Token) -> bool:
    """The figure's clause opens with "when" straight after the dated noun ("a repeat of
    Kenya's 2007 election, when disputed results gave way to violence that claimed 1,600
    lives"), which tells of that noun's time however the parse hangs the clause."""
    for verb in figure.ancestors:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        first = next((t for t in verb.subtree if not t.is_punct), verb)
        if first.lower_ == "when" and first.tag_ == "WRB" and noun.i < first.i:
            between = noun.doc[noun.right_edge.i + 1 : first.i]
            return len(between) <= 1 and all(t.is_punct for t in between)
    return False


# how the parse joins a clause to the one before it in a list of what a thing did
# ("had …, caused …, injured … and destroyed …": "dep" where it lost the list)
JOINED_CLAUSE = frozenset({"conj", "dep"})


def _joined_clauses(verb: Token | None) -> Iterator[Token]:
    """A clause's verb and the verbs of the clauses it is joined to, back to the first."""
    while verb is not None:
        yield verb
        verb = verb.head if verb.dep_ in JOINED_CLAUSE else None


def _since_clause(t_span: Span, figure: Token) -> bool:
    """The time and the figure are in a clause "since" marks ("the strongest in 25 years,
    since a 7.2-magnitude temblor hit Nantou in 1999, killing 2,500"): what it tells
    happened before the story's event, whether or not the report is dated."""
    for clause in figure.ancestors:
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children):
            return clause.left_edge.i <= t_span.root.i <= clause.right_edge.i
    return False


def _bound_word(t_span: Span) -> str:
    """ "by " when the time bounds a count ("By 4am on Friday it had won four seats", "as
    of Sunday"): the figure is how far a count had got then, not its end."""
    doc = t_span.doc
    before = doc[t_span.start - 1].lower_ if t_span.start > 0 else ""
    if before in {"by", "until", "till"}:
        return "by "
    if before == "of" and t_span.start > 1 and doc[t_span.start - 2].lower_ == "as":
        return "by "
    return ""


def _bounds_the_clause(t_span: Span, figure: Token) -> bool:
    """ "By 4am on Friday Reform UK had won four seats": a time bound on the figure's own
    verb says how far the count had got then, however far the words lie apart."""
    if not _bound_word(t_span):
        return False
    verb = verb_above(figure)
    bound = t_span.root.head
    return verb is not None and bound.dep_ == "prep" and bound.head.i == verb.i


def _on_the_figures_verb(t_span: Span, figure: Token) -> bool:
    """The time is a phrase of the verb whose clause holds the figure ("In 2015 a 7.8
    magnitude earthquake killed some 9,000 people"): it dates all that clause tells."""
    verb = verb_above(figure)
    root = t_span.root
    holder = root.head if root.dep_ == "pobj" else root
    return verb is not None and holder.head.i == verb.i and holder.dep_ in {"prep", "npadvmod"}


def _in_another_clause(t_span: Span, figure: Token) -> bool:
    """The time lies in a relative clause the figure is not in ("could win 240 seats,
    which is 63 short of the 303 it won in 2019"): it dates that clause's figure only.
    A participle's figure ("the one that hit the area in 2012, killing 81") goes on
    about the clause before it, wherever the parse hangs it."""
    verb = verb_above(figure)
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"}:
        return False
    for ancestor in t_span.root.ancestors:
        if ancestor.dep_ in {"relcl", "acl"}:
            return not ancestor.left_edge.i <= figure.i <= ancestor.right_edge.i
    return False


def _since_a_time(t_span: Span) -> bool:
    """ "(their first) since 2007": the time starts a stretch that runs up to the story's
    event; it does not date what the sentence counts."""
    root = t_span.root
    return root.dep_ == "pobj" and root.head.lower_ == "since"


def _of_these(sentence: Span) -> bool:
    """The sentence opens by taking a part of what the last one counted ("Of these, the
    BJP took 303 seats"): it goes on about the same time."""
    words = [t.lower_ for t in sentence[:3]]
    return len(words) == 3 and words[0] == "of" and words[1] in {"these", "those", "them"}


def _said_of_it(figure: Token) -> bool:
    """The figure's clause, or the first of the clauses joined to it, has "it" for its
    subject, in the past tense ("It had a magnitude of 7.7, caused 2,400 deaths")."""
    verb = verb_above(figure)
    if verb is None or verb.tag_ != "VBD":
        return False  # "It has treated 40 of the injured": what it does now
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "it"
        for clause in _joined_clauses(verb)
        for c in clause.children
    )


def _year_of_a_name(t_span: Span) -> bool:
    """A year written after the name it belongs to ("Euro 2024", "Paris 2024", "Vision
    2030"): part of what the name calls an event or a plan, not a time a figure is for."""
    if len(t_span) != 1 or t_span.start == 0:
        return False
    year, before = t_span[0], t_span.doc[t_span.start - 1]
    return (
        year.like_num
        and len(year.text) == 4
        and year.dep_ == "nummod"
        and year.head.i == before.i
        and before.text[:1].isupper()
        and before.is_alpha
    )


def _names_another_thing(t_span: Span, figure: Token) -> bool:
    """The time is part of the name of something other than what the figure measures: in
    "evacuated 900,000 to avoid a repeat of the 1999 cyclone", 1999 dates the cyclone."""
    return _dated_noun(t_span) is not None and not _dates_the_subject(t_span, figure)


def _past_of_sentence(
    context: ArticleContext, times: list[tuple[TimeExpression, Span]]
) -> tuple[str | None, TimeInterval | None]:
    """A sentence whose only date lies well before publication is about that past time."""
    dated = [(e, s) for e, s in times if e.interval is not None and e.type == "DATE"]
    if len(dated) == 1:
        expression, span = dated[0]
        interval = expression.interval
        if interval is not None and long_before(context, interval):
            return span.text, interval
    return None, None


def _early_phrase(span: Span) -> str | None:
    """ "in the first hours", "initially", "with 97.6% of votes tallied": a figure from
    before the end of a count or a story that moves."""
    for token in span.sent:
        if token.lemma_.lower() in EARLY_WORDS and token.dep_ in {"amod", "advmod"}:
            head = token.head
            if token.dep_ == "advmod" or head.lemma_.lower() in TIME_UNITS:
                return span.doc[token.left_edge.i : head.i + 1].text
        if token.pos_ == "NOUN" and counting_progress(token) and token.i < span.start:
            share = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
            return span.doc[share.left_edge.i : token.right_edge.i + 1].text
        verb = token.head
        if (
            token.lower_ in {"%", "percent"}
            and token.dep_ in {"nsubj", "nsubjpass"}
            and verb.lemma_.lower() in COUNT_PROGRESS
            and verb.i < span.start
        ):  # "With 99% of ballot boxes opened, …": the parse made "opened" a verb
            return span.doc[token.left_edge.i : verb.i + 1].text
    return None


def _over_a_span_of_time(span: Span, mention: AmountMention) -> bool:
    """ "over 24 hours" after a verb of change is the time the change took ("rapidly
    intensified over 24 hours", "rose over three days"), not "more than 24 hours", as
    after a verb of length ("lasted over 24 hours", "took over a year")."""
    if mention.amount.hedge != "over" or mention.amount.kind != "duration" or span.start == 0:
        return False
    over = span[0] if span[0].lower_ == "over" else span.doc[span.start - 1]
    if over.lower_ != "over":
        return False
    unit = duration_unit(span)
    verb = unit.head if unit.dep_ in {"dobj", "npadvmod", "pobj"} else None
    if verb is not None and verb.dep_ == "prep":
        verb = verb.head
    return (
        verb is not None
        and verb.pos_ == "VERB"
        and verb.i < over.i
        and verb.lemma_.lower() in CHANGE_VERBS
    )


# verbs of change: "over" a length after them is the time the change took ("intensified
# over 24 hours"); after any other verb it stays "more than" ("worked there over 20 years")
CHANGE_VERBS = frozenset(
    {"rise", "fall", "grow", "intensify", "strengthen", "weaken", "increase", "decrease",
     "climb", "drop", "surge", "jump", "swell", "spread", "shrink", "gain", "decline",
     "double", "triple", "escalate", "deepen", "accelerate", "expand", "plunge", "soar"}
)  # fmt: skip


def _unhedged(amount: AmountValue) -> AmountValue:
    """The amount as stated exactly, to the precision its number was written with."""
    step = 0.5 if float(amount.value).is_integer() else 0.05
    return amount.model_copy(update={"hedge": None, **band(amount.value, step, None)})


def _share_in_words(mention: AmountMention) -> bool:
    """A fraction said in words ("half", "a third", "one in three", "1 in 5"); not a
    decimal ("a fertility rate of 0.72")."""
    amount = mention.amount
    return (
        amount.kind == "count"
        and 0 < amount.value < 1
        and any(ch.isalpha() for ch in mention.number_text)
    )


def _as_percent(share: AmountValue) -> AmountValue:
    """A share said as a fraction, in percent."""

    def scaled(value: float | None) -> float | None:
        return None if value is None else value * 100

    return share.model_copy(
        update={
            "kind": "percent",
            "unit": "percent",
            "value": share.value * 100,
            "low": scaled(share.low),
            "high": scaled(share.high),
        }
    )


def _restated(
    context: ArticleContext,
    previous: tuple[AmountMention, Span],
    span: Span,
    mention: AmountMention,
) -> bool:
    """A bracketed restatement of the amount before it that is no figure of its own: in
    another unit of the same dimension ("18.5 km (11.5 miles)", rounded in conversion),
    or in what reads as the same currency with another value ("US$2.5 billion ($3.2
    billion)": the outlet's own dollar). A restatement in another currency ("£59.4bn
    ($68.7bn)") is kept: it is what other reports in that currency are compared with."""
    if mention.amount.unit is None:
        return False
    text = context.article.text
    gap = text[previous[1].end_char : span.start_char]
    if gap.strip() != "(" or not text[span.end_char :].lstrip().startswith(")"):
        return False  # "$5 million ($2 million of it from banks)": a part, not a restatement
    before = previous[0].amount
    if before.unit == mention.amount.unit:
        return before.value != mention.amount.value
    dimension = to_base(before)[3]
    return dimension != before.unit and dimension == to_base(mention.amount)[3]


def _conversion_of(
    context: ArticleContext, made: list[Claim], span: Span, kind: str
) -> tuple[str, list[Token]] | None:
    """ "£59.4bn ($68.7bn)": an amount in brackets right after another restates it, so it
    measures the same thing (and keeps its own currency); a percentage there is the
    share the figure before it makes. `made` holds the sentence's amount claims so far,
    `kind` is the kind of this amount."""
    if not made:
        return None
    gap = " ".join(context.article.text[made[-1].span[1] : span.start_char].split())
    before = made[-1].amount
    if kind == "percent" and before is not None and before.kind != "percent":
        # "6,942,930 votes (48.5%)", "6.9 million votes, or 48.89 percent": the share
        # those votes are of all, held by whoever holds them
        if gap not in SHARE_GAPS or not _said_alone(span):
            return None
        owner, _, measure = made[-1].subject.rpartition("/")
        share = measure if measure.startswith("share:") else f"share:{measure}"
        return (f"{owner}/{share}" if owner else share), []
    return (made[-1].subject, []) if gap == "(" else None


# what stands between a count and the share it makes of the whole
SHARE_GAPS = frozenset({"(", ", or", "or", ","})
# what may follow a share said beside a count: the end of its bracket, clause or sentence
SHARE_ENDS = frozenset({")", ",", ".", ";", ":", "—", "–"})


def _said_alone(span: Span) -> bool:
    """Nothing follows the percentage to make it something else: "or 12% more than at
    the last election" is a change, "20% of them beyond repair" a share of another
    whole."""
    after = span.end
    return after >= len(span.doc) or span.doc[after].text in SHARE_ENDS
