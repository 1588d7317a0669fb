"""Event claims: an event word with its time, its status and what it is about."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.amounts import long_before
from factcheck.extract.context import (
    ArticleContext,
    entity_around,
    extractor,
    nearest,
    new_claim,
    times_in,
    tree_distance,
)
from factcheck.extract.measures import GENERIC_NOUNS, PERSON_NOUNS
from factcheck.extract.names import name_parts
from factcheck.extract.people import person_key
from factcheck.extract.places import country_of_place, slug
from factcheck.extract.predicates import (
    MEETING_START,
    NOUN_PREDICATES,
    PHRASAL_PREDICATES,
    predicate_of,
)
from factcheck.extract.status import status_of
from factcheck.extract.subjects import (
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
from factcheck.models import Claim, EventValue, TimeInterval


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
    place = place_of(event, theme) if theme is not None else place_of(event)
    if theme is not None and theme_class in {"meeting", "final", "match"}:
        host = place or _host_place(event)
        predicate = "hold" if predicate in MEETING_START | {"hold"} else predicate
        return f"{theme_class}@{host}" if host else theme_class, predicate, False
    if predicate in {"win", "arrive", "strike", "hold"} and place:
        return f"{predicate}@{place}", predicate, False
    if theme is not None and theme_class in {"acquisition", "earthquake"}:
        return theme_class, predicate, False
    if theme is not None and predicate in {"acquire", "complete"} and theme.ent_type_ == "ORG":
        return f"acquisition:{slug(theme.text)}", "acquire", True
    return None


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
    keyed_events += _dated_events(
        context, sentence, {token.i for token, _ in keyed_events}, implied, things
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
        own_times.sort(
            key=lambda pair: (
                pair[0].type not in {"DATE", "TIME"},
                tree_distance(pair[1].root, token),
            )
        )
        for expression, span in own_times[:1]:
            evidence.extend(span)
            weekday = expression.weekday
            if expression.interval is not None and expression.type in {"DATE", "TIME"}:
                interval = _into_the_past(expression.interval, span, token, context)
                time_text = span.text
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
        if key.startswith("event:") and status in {"expected", "planned"}:
            continue  # court dates and the like move; only what happened is compared
        if (
            interval is None
            and weekday is None
            and status == "done"
            and predicate not in {"sign", "open"}
        ):
            continue
        if (
            key.startswith("event:")
            and interval is not None
            and long_before(context, interval)
            and token.i not in things
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
                ordinal=ordinal_of(theme) if theme is not None else ordinal_of(token),
            ),
        )


REPORTING_VERBS = lexicons.words("reporting_verbs")
THING_EVENTS = lexicons.mapping("thing_events")
PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|DT)$")  # "Sunday night", not "1:35 a.m."
YEAR_WRITTEN = re.compile(r"\b\d{4}\b|'\d\d\b")


def _attached_time(
    token: Token, sentence: Span, context: ArticleContext, years: bool = False
) -> bool:
    """A day (clock times differ between victims and sources too often to compare) that
    the parse attaches to this word itself ("shot on Sunday", "the June 29 gunfight",
    "Sunday's shooting"), not to another clause; with `years`, a month or a year too
    ("relations were established in 1992": what happens to a thing happens once)."""
    coarse = {"day", "month", "year"} if years else {"day"}
    for expression, span in times_in(context, sentence):
        day_or_finer = expression.interval is not None and expression.interval.granularity in coarse
        part_of_day = expression.type == "TIME" and PART_OF_DAY.search(expression.value)
        if not (expression.type == "DATE" or part_of_day) or not (
            day_or_finer or expression.weekday
        ):
            continue  # "in 2023": too coarse to tell one event's day
        if expression.value == "PRESENT_REF":
            continue  # "holds the chair at present" is a state, not an event
        coarser = expression.interval is not None and expression.interval.granularity != "day"
        if coarser and not YEAR_WRITTEN.search(span.text):
            continue  # "this year": said of a thing, a year must be written out
        root = span.root
        if root.head.i == token.i or (root.head.head.i == token.i and root.head.dep_ == "prep"):
            return True
    return False


def _dated_events(
    context: ArticleContext,
    sentence: Span,
    known: set[int],
    implied: dict[int, TimeInterval],
    things: set[int],
) -> list[tuple[Token, tuple[str, str, bool]]]:
    """Any event word with its own date or time: a verb that is not a verb of reporting,
    or a noun naming an event; keyed by its predicate class (the lexicon's, else its lemma)
    within the story, and by the person it happened to when the parse names one. What
    happened to a thing may be dated by its year, or by the years since it happened
    ("75 years since relations were established"; those go into `implied`, and the
    events that happened to a thing into `things`)."""
    found: list[tuple[Token, tuple[str, str, bool]]] = []
    for token in sentence:
        if token.i in known or token.lemma_.lower() in REPORTING_VERBS:
            continue
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB":
            predicate = predicate_of(token) or lemma
            named = _event_named_by_subject(token, predicate)
            if named is not None:
                predicate = named  # "the inauguration took place on Tuesday": an opening
                if _attached_time(token, sentence, context):
                    found.append((token, (f"event:{predicate}", predicate, False)))
                continue
        elif token.pos_ == "NOUN" and lemma in NOUN_PREDICATES:
            predicate = NOUN_PREDICATES[lemma]
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
        person = _named_undergoer(context, token)
        thing = None if person else _thing_undergoing(token)
        undergone = thing is not None and (
            token.pos_ == "NOUN" or any(c.dep_ == "nsubjpass" for c in token.children)
        )  # "relations were established", "the establishment of relations"
        if not _attached_time(token, sentence, context, years=undergone):
            since = _years_since(context, token) if undergone else None
            if since is None:
                continue
            implied[token.i] = since
        if undergone:
            things.add(token.i)
        key = f"event:{predicate}"
        undergoer = person or thing
        found.append((token, (f"{key}:{undergoer}" if undergoer else key, predicate, False)))
    return found


def _count_of(token: Token) -> int | None:
    """A whole number written in figures ("75", "75th")."""
    digits = token.lower_.rstrip("stndrh")
    return int(digits) if digits.isdigit() and 0 < int(digits) < 1000 else None


def _years_since(context: ArticleContext, event: Token) -> TimeInterval | None:
    """The years an event lies back, when the text counts them instead of dating it: "75
    years since relations were established", "75 years since the establishment of
    relations", "the 75th anniversary of the establishment of relations". Counted from
    the publication year, it is one of two years (the anniversary may not have come yet).
    """
    published = context.article.published
    if published is None:
        return None
    years: int | None = None
    if event.dep_ == "pobj" and event.head.lower_ == "of":
        anniversary = event.head.head
        if anniversary.lemma_.lower() == "anniversary":
            years = next(
                (n for c in anniversary.lefts if c.dep_ == "amod" and (n := _count_of(c))), None
            )
    else:
        marked = event.pos_ == "VERB" and any(
            c.dep_ == "mark" and c.lower_ == "since" for c in event.children
        )
        since_phrase = event.dep_ == "pobj" and event.head.lower_ == "since"
        host = event.head if marked else event.head.head if since_phrase else None
        for counted in [host, *host.children] if host is not None else []:
            if counted.lemma_.lower() == "year":
                number = next((c for c in counted.children if c.dep_ == "nummod"), None)
                years = _count_of(number) if number is not None else None
    if not years:
        return None
    year = published.year - years
    return TimeInterval(
        start=date(year - 1, 1, 1), end=date(year, 12, 31), granularity="year", inferred=True
    )


ORDINAL_WORDS = {
    word: number
    for number, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(),
        start=1,
    )
}


def ordinal_of(thing: Token) -> int | None:
    """Which of a series a thing is: "the fifth round" is 5, "the 23rd meeting" 23."""
    for child in thing.lefts:
        if child.dep_ not in {"amod", "compound", "nummod"}:
            continue
        lower = child.lower_
        if lower in ORDINAL_WORDS:
            return ORDINAL_WORDS[lower]
        digits = lower[:-2]
        if lower[-2:] in {"st", "nd", "rd", "th"} and digits.isdigit():
            return int(digits)
    return None


# verbs that only say an event took place: its subject names the event
LIGHT_VERBS = {"happen", "occur", "unfold"}


def _event_named_by_subject(verb: Token, predicate: str) -> str | None:
    """The event a light verb's subject names ("the inauguration took place", "the
    shooting happened", "the ceremony was held"), as that noun's predicate class."""
    if predicate != "hold" and verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ == "NOUN":
            return NOUN_PREDICATES.get(child.lemma_.lower())
    return None


def _thing_undergoing(event: Token) -> str | None:
    """The thing an event is done to, when it is not a person ("the hearing was set" is
    not "the sentencing was set"); a light verb's subject is the event itself ("the
    hearing took place"), and the object of a phrasal verb is part of the verb."""
    if event.pos_ == "NOUN":  # "the establishment of diplomatic relations"
        for child in event.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    lemma = obj.lemma_.lower()
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and lemma not in PERSON_NOUNS:
                        return _which(obj) if lemma not in GENERIC_NOUNS else None
        return None
    verb = event.lemma_.lower()
    deps = {"nsubjpass", "dobj"}
    if verb in LIGHT_VERBS or predicate_of(event) == "hold":
        deps.add("nsubj")
    for child in event.children:
        if child.dep_ in deps and child.pos_ == "NOUN":
            lemma = child.lemma_.lower()
            if (verb, child.lower_) in PHRASAL_PREDICATES:
                continue  # "take place": not a place that was taken
            if lemma not in PERSON_NOUNS and lemma not in GENERIC_NOUNS:
                return _which(child)
    return None


# words that tell one thing of a kind from another of the same kind
SEQUENCE_WORDS = frozenset({"last", "next", "previous", "latest", "earlier", "original", "new"})


def _which(thing: Token) -> str:
    """A thing's lemma, with the ordinal that tells it from others of its kind ("the
    first lawsuit was settled in 1981" is not "that lawsuit was settled in 1991")."""
    lemma = thing.lemma_.lower()
    for child in thing.lefts:
        if child.dep_ == "amod" and (
            child.ent_type_ == "ORDINAL" or child.lower_ in SEQUENCE_WORDS
        ):
            return f"{child.lower_}-{lemma}"
    return lemma


RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which"})


def _participants(event: Token) -> list[Token]:
    """Who an event happened to, else who did it; a relative pronoun stands for the noun
    its clause describes ("Will Campbell, who was arrested Monday")."""
    found: list[Token] = []
    for deps in ({"nsubjpass", "dobj"}, {"nsubj"}):
        for child in event.children:
            if child.dep_ not in deps:
                continue
            if child.lower_ in RELATIVE_PRONOUNS and event.dep_ == "relcl":
                child = event.head
            found.append(child)
        if found:
            return found
    return found


def _named_undergoer(context: ArticleContext, event: Token) -> str | None:
    """The named person an event happened to, or who did it ("Smith was arraigned",
    "Coburn pleaded guilty"): two people's pleas are two events."""
    for child in _participants(event):
        entity = entity_around(child)
        if child.ent_type_ == "PERSON" and entity is not None:
            first, last = name_parts(entity.text)
        elif child.text[:1].isupper() and name_parts(child.text)[1] in context.people:
            first, last = "", name_parts(child.text)[1]  # a surname the article named before
        else:
            continue
        if last:
            return person_key(*context.people.get(last, (first, last)))
    return None


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
