"""Event claims: an event word with its time, its status and what it is about."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from typing import NamedTuple

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.amounts import RISING_VERBS, long_before
from factcheck.extract.context import (
    ArticleContext,
    entity_around,
    extractor,
    nearest,
    new_claim,
    times_in,
    tree_distance,
)
from factcheck.extract.measure_words import ACTIVITY_SYNONYMS
from factcheck.extract.measures import GENERIC_NOUNS, MEASURE_SYNONYMS
from factcheck.extract.numbering import ordinal_of, years_since
from factcheck.extract.places import country_of_place, slug
from factcheck.extract.predicates import (
    MEETING_START,
    NOUN_PREDICATES,
    REPORTING_VERBS,
    SAYING_ACTS,
    VERB_PREDICATES,
    event_named_by_subject,
    event_of_light_verb,
    noun_predicate,
    predicate_of,
    verb_of_gerund,
    whole_lemma,
    with_particle,
)
from factcheck.extract.status import status_of
from factcheck.extract.subjects import (
    HOSTED_KINDS,
    THING_CLASSES,
    country_of_token,
    infinitive_subject,
    noun_phrase_words,
    owner_of,
    place_of,
    subject_of_clause,
    thing_class,
    thing_name,
)
from factcheck.extract.undergoers import named_agent, named_undergoer, thing_undergoing
from factcheck.models import LOCAL_ZONE, Claim, EventValue, TimeInterval
from factcheck.nlp import known_verbs
from factcheck.normalise.timex import TimeExpression
from factcheck.normalise.timex.calendar import day_written


def _theme_of(event: Token) -> Token | None:
    """The thing an event word is about: its object, passive subject, or "of" phrase."""
    if event.pos_ == "NOUN":
        for child in event.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        return None
    described = infinitive_subject(event)
    if described is not None and any(c.dep_ == "auxpass" for c in event.children):
        return described  # "the meeting, to be hosted by Pakistan": the meeting is hosted
    for dep in ("dobj", "nsubjpass"):
        for child in event.children:
            if child.dep_ == dep:
                return child
    if event.dep_ in {"acl", "relcl"} and event.head.pos_ in {"NOUN", "PROPN"}:
        return event.head
    for child in event.children:
        if child.dep_ == "nsubj" and thing_class(child.text):
            return child
    return described


def _topic_words(*tokens: Token) -> str:
    """ "in the field of diplomatic training", "on defence": what an agreement is about."""
    for token in tokens:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "on", "for"}:
                if any(t.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"} for t in child.subtree):
                    continue  # "on Tuesday", "in Riyadh": when and where, not what about
                tail = token.doc[child.i + 1 : child.right_edge.i + 1].text
                if child.lower_ != "in" or tail.startswith("the field of"):
                    return tail.replace("the field of", "").strip()
    return ""


def _host_place(event: Token) -> str | None:
    """ "Islamabad is hosting", "hosted by Pakistan": the host, for meeting-like events."""
    for child in event.children:
        if child.dep_ == "agent":
            for obj in child.children:
                found = country_of_token(obj)
                if found:
                    return (
                        obj.text.lower() if country_of_place(obj.text) != slug(obj.text) else found
                    )
    subject = subject_of_clause(event)
    if subject is not None and subject.ent_type_ == "GPE":
        return slug(subject.text)
    return None


def _event_key(
    context: ArticleContext, event: Token, predicate: str, theme: Token | None = None
) -> tuple[str, str, bool] | None:
    """(subject key, predicate, key is global) for an event word, or None."""
    if predicate == "hold" and event.pos_ == "VERB":
        named = event_named_by_subject(event, predicate)
        if named is not None and named != "hold":
            return None  # "the mass shooting took place": a shooting, dated as events are
    theme = theme if theme is not None else _theme_of(event)
    theme_class = thing_class(noun_phrase_words(theme)) if theme is not None else None
    if theme is not None and theme_class is None and theme.pos_ == "PROPN":
        theme_class = _class_of_name(theme)
    if theme is not None and theme_class == "mission":
        owner = owner_of(theme)
        if owner is None:
            subject = subject_of_clause(event)
            owner = country_of_token(subject) if subject is not None else None
        place = place_of(theme, event)
        place = (country_of_place(place.replace("-", " ")) or place) if place else None
        words = noun_phrase_words(theme).lower()
        head = next(
            (
                t
                for t in sorted(THING_CLASSES, key=len, reverse=True)
                if THING_CLASSES[t] == "mission" and words.endswith(t)
            ),
            "mission",
        )
        if owner and place and owner != place:
            return (
                f"{owner}/{slug(head)}@{place}",
                "open" if predicate == "open" else predicate,
                True,
            )
        return None
    if theme is not None and theme_class in {"agreement", "mou"}:
        name = thing_name(f"{noun_phrase_words(theme)} {_topic_words(theme, event)}")
        if name in {"agreement", "mou"}:
            name = context.named_things.get(theme_class, name)
        else:
            context.named_things.setdefault(theme_class, name)
        # a named agreement is one thing anywhere; "the agreement" only within its story
        return (
            f"{theme_class}:{name}",
            "sign" if predicate in {"sign", "complete"} else predicate,
            name not in {"agreement", "mou"},
        )
    played = None
    if theme_class not in HOSTED_KINDS and event.pos_ == "VERB":
        played = _played_in(event)  # "beat Senegal 1-0 in the final on Friday": the final
        if played is not None:
            theme, theme_class, predicate = played, thing_class(played.text), "hold"
    place = place_of(event, theme) if theme is not None else place_of(event)
    if theme is not None and theme_class in HOSTED_KINDS:
        # the side that played in it is no host: "Algeria beat Senegal in the final"
        host = place or (_host_place(event) if played is None else None)
        predicate = "hold" if predicate in MEETING_START | {"hold", "play"} else predicate
        return f"{theme_class}@{host}" if host else theme_class, predicate, False
    if predicate in {"win", "arrive", "strike", "hold"} and place:
        return f"{predicate}@{place}", predicate, False
    if theme is not None and theme_class in {"acquisition", "earthquake"}:
        return theme_class, predicate, False
    if theme is not None and predicate in {"acquire", "complete"} and theme.ent_type_ == "ORG":
        return f"acquisition:{_company(theme)}", "acquire", True
    return None


def _played_in(verb: Token) -> Token | None:
    """The meeting or match a verb's "in" or "at" names ("beat Senegal in the final",
    "spoke at the summit"): what happened there happened on its day."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "at"}:
            for place in child.children:
                definite = any(c.lower_ == "the" for c in place.children)
                if place.dep_ == "pobj" and definite and thing_class(place.text) in HOSTED_KINDS:
                    return place
    return None


def _company(theme: Token) -> str:
    """A company's key by its whole name ("whole-foods-market", not "market")."""
    entity = entity_around(theme)
    words = (entity.text if entity is not None else theme.text).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return slug(" ".join(words))  # slug drops a possessive "'s"


def _duration_days(theme: Token | None, sentence: Span, context: ArticleContext) -> int | None:
    """ "a two-day meeting": the number of days the event lasts, when stated."""
    if theme is None:
        return None
    for mention, span in context.amounts:
        inside = sentence.start_char <= span.start_char and span.end_char <= sentence.end_char
        if inside and mention.amount.unit == "day" and span.root.head.i == theme.i:
            return int(mention.amount.value)
    return None


def _remember_named_things(context: ArticleContext, sentence: Span) -> None:
    """ "a mutual defence pact" named anywhere is what "the agreement" means later on."""
    for token in sentence:
        if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "compound":
            continue
        cls = thing_class(token.text)
        if cls in {"agreement", "mou"}:
            name = thing_name(noun_phrase_words(token))
            if name not in {"agreement", "mou"}:
                context.named_things.setdefault(cls, name)


@extractor("event")
def event_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    _remember_named_things(context, sentence)
    events = [(token, predicate_of(token)) for token in sentence]
    keyed_events = [
        (token, keyed)
        for token, predicate in events
        if predicate and (keyed := _event_key(context, token, predicate)) is not None
    ]
    implied: dict[int, TimeInterval] = {}
    things: set[int] = set()  # events that happened to a thing: once, whenever it was
    persons: set[int] = set()  # events that happened to a named person
    keyed_events += _dated_events(
        context, sentence, {token.i for token, _ in keyed_events}, implied, things, persons
    )
    if not keyed_events:
        return
    # A time expression belongs to the nearest event the sentence says something checkable about.
    event_tokens = [token for token, _ in keyed_events]
    times = times_in(context, sentence)
    for token, (key, predicate, is_global) in keyed_events:
        own_times = [
            (expression, span)
            for expression, span in times
            # an event of a thing dated by its year does not take another event's time
            if nearest(
                [token, *[e for e in event_tokens if e is not token and e.i not in things]],
                span.root,
            )
            and tree_distance(span.root, token) <= 4
            and not _behind_a_bound(span, token)
        ] or [  # none of its own: the day of what happened at the same time
            (expression, span)
            for expression, span in times
            if any(_dates(span, clause) for clause in _simultaneous(token))
        ]
        theme = _theme_of(token)
        evidence = [token] + ([theme] if theme is not None else [])
        interval: TimeInterval | None = None
        weekday = None
        time_text: str | None = None
        full_extent = False
        # The nearest time expression gives both the date and the weekday: "said yesterday
        # that ... today [Sunday] his side did just that" must not mix the two.
        # a date or time says when; a duration ("a two-day summit") says how long
        # a clock time alone ("around 3 p.m.") names no day, so a day the sentence
        # writes ("on Wednesday around 3 p.m.") comes first
        own_times.sort(
            key=lambda pair: (
                pair[0].type not in {"DATE", "TIME"},
                _clock_only(pair[0]),
                tree_distance(pair[1].root, token),
            )
        )
        clock_span = next((span for expression, span in own_times if _clock(expression)), None)
        clock = next(
            (
                _clock_of(expression, span, token)
                for expression, span in own_times
                if _clock(expression)
            ),
            None,
        )
        if clock is not None and clock_span is not None:
            evidence.extend(clock_span)  # "happened on Thursday at around 3:20pm": the hour too
        month_day: str | None = None
        for expression, span in own_times[:1]:
            evidence.extend(span)
            weekday = expression.weekday
            yearless = YEARLESS_DAY.match(expression.value)
            if expression.interval is None and yearless:
                month_day, time_text = yearless.group(1), span.text  # "Friday, May 22", undated
            if _clock_only(expression):
                continue  # "hit at 11am local time": an hour, but of no day the text gives
            if expression.interval is not None and expression.type in {"DATE", "TIME"}:
                if COUNTED_FROM_THE_STORY.search(span.text):
                    interval = _counted_from_the_story(context, sentence, span, expression)
                else:
                    interval = _into_the_past(expression.interval, span, token, context)
                if interval is not None and YEARS_AGO.search(span.text):
                    before = span.doc[max(span.start - 2, 0) : span.start].text
                    interval = _years_ago_band(interval, f"{before} {span.text}")
                time_text = span.text
        before_a_day = False  # told as earlier than a day the text gave: it happened
        if interval is None and weekday is None and token.i not in implied:
            same_day = _same_day(context, sentence, token)
            if same_day is not None:  # "Earlier that day, a second blast hit the town"
                interval, time_text = same_day
                before_a_day = time_text.lower().startswith("earlier")
        if token.i in implied:
            # "75 years since relations were established": no time of its own
            interval, weekday, time_text = implied[token.i], None, None
            evidence = evidence[:2]
        days = _duration_days(theme, sentence, context)
        if interval is not None and interval.granularity == "day":
            length = (interval.end - interval.start).days + 1
            if days and length == 1:
                interval = TimeInterval(
                    start=interval.start,
                    end=interval.start + timedelta(days=days - 1),
                    granularity="day",
                    inferred=interval.inferred,
                )
                full_extent = True
            elif length > 1:
                full_extent = True
        status = status_of(token)
        if status == "ongoing" and _historical_present(context, sentence, token):
            status = "done"
        if before_a_day and status == "expected" and token.pos_ == "NOUN":
            status = "done"  # "to meet the survivors of the crash earlier in the day"
        if key.startswith("event:") and status in {"expected", "planned"}:
            continue  # court dates and the like move; only what happened is compared
        if (
            interval is None
            and weekday is None
            and clock is None
            and status == "done"
            and predicate not in {"sign", "open"}
        ):
            continue
        if (
            key.startswith("event:")
            and interval is not None
            and long_before(context, interval)
            and token.i not in things
            and token.i not in persons  # "a jury convicted her in January 2022": hers
        ):
            key = f"{key}@{interval.start.year}"  # an earlier event of the same kind
        yield new_claim(
            context,
            sentence,
            evidence,
            subject=key,
            predicate=predicate,
            status=status,
            scope="global" if is_global else "story",
            value=EventValue(
                time=interval,
                weekday=weekday,
                time_text=time_text,
                full_extent=full_extent,
                ordinal=_ordinal(token, theme),
                month_day=month_day,
                clock=clock.time if clock else None,
                clock_approximate=clock.approximate if clock else False,
                clock_zone=clock.zone if clock else None,
            ),
        )


THING_EVENTS = lexicons.mapping("thing_events")
PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|DT)$")  # "Sunday night", not "1:35 a.m."
YEAR_WRITTEN = re.compile(r"\b\d{4}\b|'\d\d\b")
# a year told by how long ago it was: "four years ago", "a decade ago"
YEARS_AGO = re.compile(r"\b(?:years?|decades?)\s+ago\b", re.IGNORECASE)


CLOCK_VALUE = re.compile(r"T(\d\d:\d\d)")
# a day of a month whose year the article does not give ("Friday, May 22" undated)
YEARLESS_DAY = re.compile(r"XXXX-(\d\d-\d\d)")
# words before a clock time that make it approximate: "around 7 pm", "shortly after 5 p.m."
CLOCK_HEDGES = frozenset(
    {"around", "about", "approximately", "roughly", "some", "shortly", "just", "nearly", "almost"}
)
# prepositions that make a clock time a bound, not the moment: "took off after 1 pm"
CLOCK_BOUNDS = frozenset({"after", "before", "by", "until", "till", "since", "from", "between"})
# zones named with a clock time ("1339 IST", "(1515 GMT)"); GMT, UTC and Z are one
ZONE = re.compile(
    r"[ \t]*\(?(?:\d{3,4}[ \t]*)?\b(EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|IST|ET|PT)\b"
)
SAME_ZONE = {"UTC": "GMT"}


class Clock(NamedTuple):
    """A time of day an event is given: "HH:MM" as written locally, hedged or not, and
    the zone named with it."""

    time: str
    approximate: bool
    zone: str | None


def _clock(expression: TimeExpression) -> bool:
    """A time of day to the minute ("1:39 pm", "13:38"), not a part of a day ("Sunday
    night")."""
    return expression.type == "TIME" and bool(CLOCK_VALUE.search(expression.value))


def _clock_of(expression: TimeExpression, span: Span, event: Token) -> Clock | None:
    """The time of day a clock time gives an event told in the past; None for a bound
    ("after 1 pm", "by 7 pm") or a habit ("opens at 9 am every day")."""
    found = CLOCK_VALUE.search(expression.value)
    if found is None or not _in_a_past_clause(event):
        return None
    before = span.doc[max(span.start - 2, 0) : span.start]
    hedged = any(t.lower_ in CLOCK_HEDGES for t in [*before, *span])
    bound = next((t for t in before if t.lower_ in CLOCK_BOUNDS), None)
    if bound is not None and not hedged:
        return None  # "landed before 7 pm": not when it landed
    zone = ZONE.search(span.text)
    after = ZONE.match(span.doc.text, span.end_char) if zone is None else None
    if after is not None and "(" in after.group(0) and any(ch.isdigit() for ch in after.group(0)):
        # "11:47 pm (1802 GMT)": the time is local, the brackets give it in GMT
        return Clock(found.group(1), hedged, LOCAL_ZONE)
    zone = zone or after
    named = zone.group(1) if zone else None
    return Clock(found.group(1), hedged, SAME_ZONE.get(named or "", named))


def _in_a_past_clause(event: Token) -> bool:
    """The word, or the clause it hangs from, is told in the past: "took off", "crashed
    soon after taking off"; not "opens at 9 am every day" or "will land"."""
    token = event
    for _ in range(3):
        if any(child.lower_ in {"will", "shall", "'ll"} for child in token.children):
            return False
        if token.tag_ == "VBD" or any(child.tag_ == "VBD" for child in token.children):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _clock_only(expression: TimeExpression) -> bool:
    """A time of day with no day of its own: "3 p.m.", "midnight"."""
    return expression.type == "TIME" and not day_written(expression.text)


def _attached_time(
    token: Token,
    sentence: Span,
    context: ArticleContext,
    years: bool = False,
    months: bool = False,
    clocks: bool = False,
) -> bool:
    """A day that the parse attaches to this word itself ("shot on Sunday", "the June 29
    gunfight", "Sunday's shooting", "shot at 3 p.m. Friday"), not to another clause; a
    clock time counts only for the day it names unless `clocks` ("took off at 1:39 pm":
    a time of day, which FC107 compares within one report's single time for the event);
    with `years`, a month or a year too
    ("relations were established in 1992": what happens to a thing happens once); with
    `months`, a month ("Smith was convicted in January 2022": a named person's arrest,
    conviction or sentence is told by its month as often as by its day, while "shot in
    2013" may be one of several)."""
    coarse = {"day", "month", "year"} if years else {"day", "month"} if months else {"day"}
    for expression, span in times_in(context, sentence):
        day_or_finer = expression.interval is not None and expression.interval.granularity in coarse
        part_of_day = expression.type == "TIME" and PART_OF_DAY.search(expression.value)
        clock_on_a_day = expression.type == "TIME" and not _clock_only(expression)
        if clocks and _clock(expression) and _dates(span, token):
            return True  # "took off at 1:39 pm": a time of day, compared as one
        if not (expression.type == "DATE" or part_of_day or clock_on_a_day) or not (
            day_or_finer or expression.weekday is not None  # Monday is weekday 0
        ):
            continue  # "in 2023": too coarse to tell one event's day
        if expression.value == "PRESENT_REF":
            continue  # "holds the chair at present" is a state, not an event
        granularity = expression.interval.granularity if expression.interval else None
        coarser = granularity not in {None, "day"}
        written = YEAR_WRITTEN.search(span.text) or YEARS_AGO.search(span.text)
        if coarser and not written and not _month_named(span, granularity):
            continue  # "this year": said of a thing, a year must be written out
        if _dates(span, token) or any(_dates(span, clause) for clause in _simultaneous(token)):
            return True
    return False


# a day said by pointing back at one the text gave: "earlier in the day", "later that
# day", "the same day", "earlier that morning" (not "that day" alone: "since that day")
SAME_DAY = re.compile(
    r"\b(?:(?:earlier|later)\s+(?:in\s+the|on\s+the|that|the\s+same)\s+day"
    r"|(?:earlier|later)\s+that\s+(?:morning|afternoon|evening|night)"
    r"|(?:on\s+)?(?:the|that)\s+same\s+day)\b",
    re.IGNORECASE,
)
# how many sentences back the day such words point at may be
SAME_DAY_SENTENCES = 2


def _same_day(
    context: ArticleContext, sentence: Span, token: Token
) -> tuple[TimeInterval, str] | None:
    """The day an event is dated by words that point back at one ("the crash of flight
    AI171 earlier in the day", "Earlier that day, a blast hit the town"), with those
    words: the last day the text gave before them, in this sentence or the two before.
    The words belong to the event they hang from, or that they follow right after."""
    text = context.text
    for match in SAME_DAY.finditer(text, sentence.start_char, sentence.end_char):
        words = [t for t in sentence if match.start() <= t.idx < match.end()]
        if not words:
            continue
        inside = {t.i for t in words}
        root = next((t for t in words if t.head.i not in inside), words[0])
        hangs = root.head.i == token.i or root.head.head.i == token.i
        follows = token.pos_ == "NOUN" and token.right_edge.i + 1 == words[0].i
        if not (hangs or follows):
            continue
        day = _day_before(context, sentence, match.start())
        if day is not None:
            return day, match.group(0)
    return None


def _day_before(context: ArticleContext, sentence: Span, end: int) -> TimeInterval | None:
    """The one single day the text names before character `end`, no more than
    `SAME_DAY_SENTENCES` sentences back; None where it names none, or two."""
    days = _days_before(context, sentence, end)
    # "survivors were pulled out on Tuesday, a day after the quake struck on Monday.
    # Later that day, …": two days, and no telling which one is meant
    return next(iter(days)) if len(days) == 1 else None


def _days_before(context: ArticleContext, sentence: Span, end: int) -> set[TimeInterval]:
    """The single days the text names before character `end`, no more than
    `SAME_DAY_SENTENCES` sentences back."""
    sentences = [sentence]
    for _ in range(SAME_DAY_SENTENCES):
        if sentences[0].start == 0:
            break
        sentences.insert(0, context.doc[sentences[0].start - 1].sent)
    return {
        expression.interval
        for each in sentences
        for expression, span in times_in(context, each)
        if span.end_char <= end
        and expression.interval is not None
        and expression.interval.granularity == "day"
        and expression.interval.start == expression.interval.end
    }


# "a day earlier", "two days later": counted from a day the story gave, not from the day
# it was published ("three days ago" is)
COUNTED_FROM_THE_STORY = re.compile(r"\b(?:day|week|month|year)s?\s+(?:earlier|later)\b", re.I)


def _counted_from_the_story(
    context: ArticleContext, sentence: Span, span: Span, expression: TimeExpression
) -> TimeInterval | None:
    """The day "a day earlier" names, counted from the one day the text gave just before
    it ("The eruption on Monday … Rescuers landed a day later"). Where the text gave no
    day, "earlier" counts from the day of publication; None where that would be after
    it, where the text gave two days or a day long past, or the count is not in days."""
    published = context.article.published
    interval = expression.interval
    if published is None or interval is None or interval.granularity != "day":
        return None
    days = _days_before(context, sentence, span.start_char)
    if not days:
        # "a day earlier" than the story's day; "two days later" than the day of
        # publication is a day the report cannot have seen
        return interval if interval.start <= published else None
    day = next(iter(days))
    if len(days) > 1 or long_before(context, day):
        return None  # two days, or a day of the past ("unveiled on October 8, 1984")
    moved = day.start + (interval.start - published)
    return TimeInterval(start=moved, end=moved, granularity="day", inferred=day.inferred)


# prepositions that make a day a bound of an event, or the day of another thing: "by
# Thursday", "after the spree on Wednesday"
TIME_BOUNDS = frozenset({"after", "before", "by", "until", "till", "since", "following"})


def _behind_a_bound(span: Span, token: Token) -> bool:
    """The time hangs from a bound between it and the event ("beat Liverpool after their
    3-1 victory in 2018", "took out $42 billion by Thursday"): it dates something else,
    or bounds the event without giving its day."""
    if _on_the_clock(span):
        return False  # "shot shortly after 10 p.m. Saturday": Saturday is the day
    # "after the shooting spree on Wednesday night": the day is on the noun the event
    # word qualifies, which is reached before the bound
    reached = {token.i, _qualified_noun(token).i}
    for ancestor in span.root.ancestors:
        if ancestor.i in reached:
            return False
        if ancestor.pos_ in {"ADP", "SCONJ"} and ancestor.lower_ in TIME_BOUNDS:
            return True
    return False


CLOCK_WORDS = re.compile(r"\d:\d\d|\b(?:[ap]\.?m\.?|noon|midnight)(?![a-z])", re.IGNORECASE)


def _qualified_noun(token: Token) -> Token:
    """The noun an event word qualifies ("the shooting spree"), else the word itself."""
    if token.dep_ in {"compound", "amod"} and token.head.pos_ == "NOUN":
        return token.head
    return token


def _on_the_clock(span: Span) -> bool:
    """The time gives a clock time with its day ("10 p.m. Saturday"): a bound of minutes
    ("shortly after 10 p.m. Saturday") still gives the day."""
    return bool(CLOCK_WORDS.search(span.text))


def _dates(span: Span, token: Token) -> bool:
    """The time's words hang from the word, or from its preposition ("on Sunday"), or
    from a place or thing the word's own phrase names ("crashed into a hostel on
    Thursday", "crashed here on Thursday", "two shootings in Lewiston, Maine, on
    Tuesday"): a day dates what happened, not a building or a town."""
    root = span.root
    if root.head.dep_ == "prep" and root.head.lower_ in TIME_BOUNDS and not _on_the_clock(span):
        return False  # "took out $42 billion by Thursday": not the day it was done
    if root.head.lower_ == "of" and root.head.head.lower_ == "as":
        return False  # "no arrests have been made as of Saturday morning": a state then
    if root.head.i == token.i or (root.head.head.i == token.i and root.head.dep_ == "prep"):
        return True
    if token.pos_ == "VERB" and _dates_by_another_word(span, token):
        return True
    event_word = token.pos_ == "VERB" or (token.pos_ == "NOUN" and _names_an_event(token))
    if not event_word or root.head.dep_ != "prep":
        return False
    holder = root.head.head
    for _ in range(PLACE_STEPS):
        if holder.i == token.i:
            return True
        if holder.pos_ not in {"NOUN", "PROPN", "ADV", "ADP"} or _names_an_event(holder):
            return False
        if holder.lower_ in TIME_BOUNDS:
            return False  # "soon after the shooting spree on Wednesday": the spree's day
        if holder.dep_ not in {"pobj", "prep", "dobj", "advmod", "appos", "oprd"}:
            return False  # "declared winner of the election early on Wednesday"
        holder = holder.head
    return False


# verbs a figure falls by (a rising one's are `amounts.RISING_VERBS`)
FALLING_VERBS = frozenset({"fall", "drop", "decline", "dip", "slip"})


def _figure_moving(verb: Token) -> bool:
    """A figure rising or falling to or by a number ("the toll rose to 288", "shares fell
    by 4%"): a measure told by the day, not an event that happened on it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RISING_VERBS | FALLING_VERBS:
        return False
    return any(
        child.dep_ == "prep"
        and child.lower_ in {"to", "by"}
        and any(t.like_num or t.pos_ == "NUM" for t in child.subtree)
        for child in verb.children
    )


def _dates_by_another_word(span: Span, verb: Token) -> bool:
    """A day the parse hangs from the verb's subject that is the verb's day in news style,
    standing between the two: "A judge on Thursday sentenced Pistorius". (The day of
    agreeing to buy is not the day of buying: a deal is agreed and completed apart.)"""
    root = span.root
    holder = root.head.head if root.head.dep_ == "prep" else root.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and holder.i == subject.i and subject.i < span.start < verb.i


# how far up a place or thing a time hangs from may be from its verb: "crashed" ←
# "into" ← "hostel" ← "on Thursday"
PLACE_STEPS = 4


# nouns that measure or frame what their "of" names: "three days of mourning", "a
# state of emergency", "a period of mourning"
FRAME_NOUNS = frozenset({"day", "week", "month", "period", "state", "series", "round"})
# what a verb of saying that makes a thing takes: its object, or what its object is made
SAID_DEPS = frozenset({"dobj", "nsubjpass", "oprd"})


# verbs of saying that summon whom they name: a call for help is made on its day
SUMMONING_VERBS = frozenset({"call"})


def _act_said(verb: Token) -> Token | None:
    """The thing a verb of saying makes by being said, when its object names one and no
    clause follows: "declared three days of national mourning" (the mourning),
    "announced a ceasefire", "a state of emergency was declared", "declared Tinubu the
    winner". Such a verb is an act done on its day; "said on Monday that..." and
    "reported the attack" only tell. A figure announced (a toll, a count) is an update,
    not a thing made once."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SAYING_ACTS:
        return None
    if any(c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"} for c in verb.children):
        return None
    calling = verb.lemma_.lower() in SUMMONING_VERBS
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
        verb.tag_ in {"VBN", "VBD"}
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    )  # "Ruto was on Monday declared the winner", which the parse may make active
    if calling and any(c.dep_ in {"oprd", "ccomp", "attr"} for c in verb.children):
        return None  # "Leite called the floods the worst disaster": a name given, no call
    # "declared Tinubu the winner": the parse may make the winner a clause of its own
    said = [c for c in verb.children if c.dep_ in SAID_DEPS | {"ccomp"} and c.pos_ == "NOUN"]
    named = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
    # "declared Bola Tinubu of the ruling APC the winner": the parse hangs the winner from
    # the name it is said of
    said += [
        word
        for name in named
        for word in name.subtree
        if word.dep_ == "appos" and word.pos_ == "NOUN" and word.i > name.i
    ][:1]
    for obj in sorted(said, key=lambda c: c.dep_ not in {"oprd", "ccomp", "appos"}):
        if obj.lemma_.lower() in FRAME_NOUNS:
            inner = [
                pobj
                for prep in obj.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for pobj in prep.children
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN"
            ]
            obj = inner[0] if inner else obj
        lemma = obj.lemma_.lower()
        if any(c.dep_ == "nummod" for c in obj.children) or lemma in MEASURE_SYNONYMS:
            continue
        if lemma in GENERIC_NOUNS or lemma in FRAME_NOUNS:
            continue
        if calling:  # "police were called to the scene": summoned, that day
            if obj.dep_ in {"dobj", "nsubjpass"}:
                return obj
            continue
        # what the saying makes someone ("the winner"), or an event or state it starts
        # ("a ceasefire", "mourning"); not a thing it tells of ("a relief package"). In
        # the passive an object is what the subject was made ("Ruto was declared the
        # winner", which the parse may give as an object)
        made = obj.dep_ in {"oprd", "ccomp", "appos"} or (obj.dep_ == "dobj" and passive)
        if made or _names_an_event(obj):
            return obj
    return None


def _names_an_event(word: Token) -> bool:
    """A noun that names something that happens ("the meeting on Monday"), which a day
    attached to it dates instead."""
    lemma = word.lemma_.lower()
    return (
        lemma in NOUN_PREDICATES
        or _verb_of_noun(lemma) is not None
        or thing_class(word.text) in THING_EVENTS
    )


# what joins a clause told as happening at the same time as its head
SIMULTANEOUS_MARKS = frozenset({"while", "when", "as"})


def _simultaneous(verb: Token) -> list[Token]:
    """Clauses of a verb that say what happened at the same time ("the dams collapsed
    while the storm pounded the coast on Sunday night"): their day is the verb's too."""
    if verb.pos_ != "VERB":
        return []
    return [
        clause
        for clause in verb.children
        if clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in SIMULTANEOUS_MARKS for c in clause.children)
    ]


def _month_named(span: Span, granularity: str | None) -> bool:
    """A month the words name ("in January"), not one they count from now ("this
    month")."""
    return granularity == "month" and any(t.ent_type_ == "DATE" and t.is_title for t in span)


def _dated_events(
    context: ArticleContext,
    sentence: Span,
    known: set[int],
    implied: dict[int, TimeInterval],
    things: set[int],
    persons: set[int],
) -> list[tuple[Token, tuple[str, str, bool]]]:
    """Any event word with its own date or time: a verb that is not a verb of reporting,
    or a noun naming an event; keyed by its predicate class (the lexicon's, else its lemma)
    within the story, and by the person it happened to when the parse names one. What
    happened to a thing may be dated by its year, or by the years since it happened
    ("75 years since relations were established"; those go into `implied`, and the
    events that happened to a thing into `things`, those of a named person into
    `persons`)."""
    found: list[tuple[Token, tuple[str, str, bool]]] = []
    for token in sentence:
        if token.i in known or (
            token.lemma_.lower() in REPORTING_VERBS and _act_said(token) is None
        ):
            continue
        if _figure_moving(token):
            continue  # "the toll rose to 288 on Saturday": a figure moving, told by the day
        light: str | None = None
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB":
            classed = predicate_of(token)
            light = None if classed else event_of_light_verb(token)
            predicate = classed or light or with_particle(token)
            named = event_named_by_subject(token, predicate)
            if named is not None:
                predicate = named  # "the inauguration took place on Tuesday": an opening
                if _attached_time(token, sentence, context, clocks=True):  # "at 9:07 a.m."
                    found.append((token, (f"event:{predicate}", predicate, False)))
                continue
        elif token.pos_ == "NOUN" and (named_event := noun_predicate(token)):
            predicate = named_event
        elif token.pos_ == "NOUN" and (_day_owned(token) or _verb_of_noun(lemma)):
            # "Monday's eruption", "Friday's landslide", "the eruption on Monday": an event
            # by its day, of the class of its verb where it is made from one ("eruption"
            # is what "erupted" says)
            verb = _verb_of_noun(lemma)
            predicate = VERB_PREDICATES.get(verb, verb) if verb else lemma
        elif token.pos_ in {"NOUN", "PROPN"} and thing_class(token.text) in THING_EVENTS:
            if not _attached_time(token, sentence, context):
                continue
            # "the Sept. 17 agreement": a date on a thing dates the event that made it
            cls = thing_class(token.text) or ""
            keyed = _event_key(context, token.head, THING_EVENTS[cls], theme=token)
            if keyed is not None:
                found.append((token, keyed))
            continue
        else:
            continue
        person = named_undergoer(context, token)
        # "Agrawal joined Twitter in November 2021": an act a named person does once
        agent = named_agent(context, token) if person is None and _once_act(token) else None
        target = _target_of_act(token) if agent is not None else None
        if target == "":
            agent = None  # "joined the club": which club is unsaid, so no one act
        said = _act_said(token)
        # "made his debut": the object is the event, not what it happened to
        thing = None if person or (token.pos_ == "VERB" and light) else thing_undergoing(token)
        if said is not None:
            thing = whole_lemma(said)  # "declared three days of mourning": the mourning
        undergone = thing is not None and (
            token.pos_ == "NOUN" or any(c.dep_ == "nsubjpass" for c in token.children)
        )  # "relations were established", "the establishment of relations"
        # "the shooting spree on Wednesday night": the day is on the noun the event
        # word qualifies
        anchor = _qualified_noun(token)
        once = agent is not None
        if not _attached_time(
            anchor,
            sentence,
            context,
            years=undergone or once,
            months=person is not None or once,
            clocks=True,
        ):
            since = years_since(context, token) if undergone else None
            if since is None and _same_day(context, sentence, token) is None:
                continue  # "the crash of flight AI171 earlier in the day" is dated below
            if since is not None:
                implied[token.i] = since
        if undergone:
            things.add(token.i)
        if person:
            persons.add(token.i)
        key = f"event:{predicate}"
        if agent is not None:
            act = ACTIVITY_SYNONYMS.get(predicate, predicate)
            key = f"event:{act}:{agent}" + (f"/{target}" if target else "")
            persons.add(token.i)  # hers whenever it was: no earlier event of its kind
            found.append((token, (key, act, False)))
            continue
        undergoer = person or thing or (_event_subject(token) if token.pos_ == "VERB" else None)
        found.append((token, (f"{key}:{undergoer}" if undergoer else key, predicate, False)))
    return found


def _years_ago_band(interval: TimeInterval, written: str) -> TimeInterval:
    """ "Four years ago" counts whole years back from the report's day: the year it gives
    may be the one before or after ("four years ago" in December 2019 may be 2016), and
    "a decade ago" is round, two years either way. "Over a decade ago" or "more than
    four years ago" may be any year before."""
    spread = 2 if "decade" in written.lower() else 1
    earliest = interval.start.year - (YEARS_BACK_UNBOUNDED if MORE_THAN.search(written) else spread)
    return interval.model_copy(
        update={
            "start": interval.start.replace(year=earliest),
            "end": interval.end.replace(year=interval.end.year + spread),
        }
    )


# "over a decade ago", "more than 20 years ago": no earliest year; this many years back
MORE_THAN = re.compile(r"\b(?:over|more\s+than|at\s+least)\b", re.IGNORECASE)
YEARS_BACK_UNBOUNDED = 100


ONCE_ACTS = lexicons.words("once_acts")


def _once_act(verb: Token) -> bool:
    """An act done once to one thing ("joined Twitter", "founded the company"), or one
    said to be done "first" ("first floated the idea")."""
    if verb.pos_ != "VERB":
        return False
    lemma = with_particle(verb)
    if ACTIVITY_SYNONYMS.get(lemma, lemma) in ONCE_ACTS:
        return True
    return any(c.dep_ == "advmod" and c.lower_ == "first" for c in verb.children)


def _target_of_act(verb: Token) -> str | None:
    """What an act was done to, or with, by its name: its object ("joined Twitter"), what
    it was done "with" or "to" ("signed with Al Hilal"), or what a common noun there is
    of or in ("joined the board of Starbucks", "bought a stake in Twitter"). "" when the
    act has a target the text does not name ("joined the club": which club is unsaid);
    None when it has none ("resigned")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "to"}):
        objects += [c for c in prep.children if c.dep_ == "pobj"]
    for word in objects:
        named = _named_thing(word)
        if named is None and word.pos_ == "NOUN":
            for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in {"of", "in"}):
                complement = next((c for c in prep.children if c.dep_ == "pobj"), None)
                named = _named_thing(complement) if complement is not None else None
                if named is not None:
                    return f"{slug(word.lemma_.lower())}-{prep.lower_}-{named}"
        if named is not None:
            return named
    return "" if objects else None


def _named_thing(word: Token) -> str | None:
    entity = entity_around(word)
    if entity is not None and entity.label_ in {"ORG", "GPE", "PERSON", "FAC", "NORP"}:
        return slug(entity.text)
    return slug(word.text) if word.pos_ == "PROPN" else None


def _ordinal(token: Token, theme: Token | None) -> int | None:
    """Which of a series the event is: its theme's number ("opened the fifth round"), its
    own ("the second round of the presidential election on May 28"), or that of the
    noun a participle describes ("the second round of voting, held on May 28")."""
    described = token.head if token.dep_ == "acl" else None
    # "the second round of voting, held …", "the results of the second round, held …":
    # the noun the described one is of, or is the whole of
    related: list[Token] = []
    if described is not None:
        if described.dep_ == "pobj" and described.head.lower_ == "of":
            related.append(described.head.head)
        for of in (c for c in described.children if c.dep_ == "prep" and c.lower_ == "of"):
            related.extend(c for c in of.children if c.dep_ == "pobj")
    for word in (theme, token, described, *related):
        found = ordinal_of(word) if word is not None else None
        if found is not None:
            return found
    return None


def _event_subject(verb: Token) -> str | None:
    """What a verb says of an event its subject names: "counting of votes ended on
    Sunday" and "polling ended on Thursday" are two endings, of the count and of the
    poll."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subject is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        # "counting of votes in the elections ended on Sunday", parsed as a participle
        # of "elections": the noun phrase's head, up its prepositions
        chain = [verb.head]
        while chain[-1].dep_ == "pobj" and chain[-1].head.head.pos_ == "NOUN":
            chain.append(chain[-1].head.head)
        subject = next((n for n in reversed(chain) if _event_class_of(n)), None)
    return _event_class_of(subject) if subject is not None else None


def _event_class_of(subject: Token) -> str | None:
    """The event class a noun names: the lexicon's, the verb it is made from ("-ion",
    "-ing"), or the class of thing it names ("the summit" is a meeting); None for a
    noun that names no event."""
    lemma = subject.lemma_.lower()
    if lemma in NOUN_PREDICATES:
        return NOUN_PREDICATES[lemma]
    # "-ing" names an activity only without a determiner ("polling ended") or with what
    # it is of ("the counting of votes"); "the building collapsed" is a thing
    activity = not any(c.dep_ == "det" for c in subject.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in subject.children
    )
    made_from = _verb_of_noun(lemma) or (verb_of_gerund(lemma) if activity else None)
    if made_from is not None:
        return VERB_PREDICATES.get(made_from, made_from)
    cls = thing_class(subject.text)
    return cls if cls in THING_EVENTS else None


def _verb_of_noun(lemma: str) -> str | None:
    """The verb a noun is made from by "-ion" ("eruption" → "erupt", "completion" →
    "complete", "election" → "elect"), when the lemmatizer knows it as a verb."""
    if not lemma.endswith("ion"):
        return None
    stem = lemma[:-3]
    verbs = known_verbs()
    return next((verb for verb in (stem, stem + "e") if verb in verbs), None)


def _day_owned(noun: Token) -> bool:
    """A noun whose day is its possessor ("Monday's eruption", "Sunday's shooting"):
    whatever the noun, a day owns only an event."""
    return any(
        child.dep_ == "poss" and child.ent_type_ == "DATE" and child.pos_ == "PROPN"
        for child in noun.children
    )


def _told_in_past(token: Token) -> bool:
    """The clause of this word is in the past tense, by the parse ("left", "was shot")."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        verb = verb.head
    if any(child.lower_ in {"will", "shall", "'ll"} for child in verb.children):
        return False
    return verb.tag_ == "VBD" or any(child.tag_ == "VBD" for child in verb.children)


def _into_the_past(
    interval: TimeInterval, span: Span, token: Token, context: ArticleContext
) -> TimeInterval:
    """A date written without its year, told in the past tense, that would fall after the
    article's publication is the one of the year before ("the June 29 gunfight" in May)."""
    published = context.article.published
    if published is None or interval.start <= published or YEAR_WRITTEN.search(span.text):
        return interval
    if not _told_in_past(token):
        return interval
    try:
        return interval.model_copy(
            update={
                "start": interval.start.replace(year=interval.start.year - 1),
                "end": interval.end.replace(year=interval.end.year - 1),
            }
        )
    except ValueError:  # 29 February
        return interval


def _historical_present(context: ArticleContext, sentence: Span, verb: Token) -> bool:
    """A headline's simple present reports what happened ("Pakistan, Saudi Arabia sign
    defence pact"); only "is signing" would say it is under way."""
    if verb.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    title = (context.article.title or "").strip()
    return sentence.start_char == 0 or (bool(title) and sentence.text.strip() == title)


def _class_of_name(name: Token) -> str | None:
    """A proper name says what it names at its end: "the 23rd Council of Heads of
    Government (CHG) Summit" is a meeting (a place after "in" is not part of the name)."""
    found: str | None = None
    for token in name.subtree:
        if token.i < name.i or token.pos_ != "PROPN":
            continue
        if any(a.lower_ in {"in", "at", "on", "near"} for a in token.ancestors if a.i > name.i):
            continue
        found = thing_class(token.text) or found
    return found
