"""Claims from one parsed article: events, amounts and roles, each with its evidence.

Time and amount words are found by the normalisers (`timex`, `amounts`) on the
article's text; this module attaches them to the event or measure they belong
to through the dependency parse, and gives every claim its sentence, its own
words and their span.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta

from spacy.tokens import Doc, Span, Token

from factcheck.normalise.amounts import AmountMention, find_amounts
from factcheck.extract.measures import measure_key
from factcheck.models import Article, Claim, TimeInterval
from factcheck.extract.places import country_of_place, slug
from factcheck.extract.predicates import MEETING_START, predicate_of
from factcheck.extract.roles import role_claims
from factcheck.extract.status import status_of
from factcheck.extract.subjects import (
    THING_CLASSES,
    country_of_token,
    noun_phrase_words,
    owner_of,
    place_of,
    subject_of_clause,
    thing_class,
    thing_name,
)
from factcheck.normalise.timex import TimeExpression, find_times


@dataclass
class ArticleContext:
    """What extraction remembers across one article's sentences."""

    article: Article
    doc: Doc
    times: list[tuple[TimeExpression, Span]]
    amounts: list[tuple[AmountMention, Span]]
    # class → the first specific name the article gave a thing of that class
    named_things: dict[str, str] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)


def _spans(doc: Doc, items: list, start_of, end_of) -> list:
    found = []
    for item in items:
        span = doc.char_span(start_of(item), end_of(item), alignment_mode="expand")
        if span is not None and len(span):
            found.append((item, span))
    return found


def _tree_distance(first: Token, second: Token) -> int:
    first_chain = [first, *first.ancestors]
    second_chain = [second, *second.ancestors]
    second_index = {token.i: depth for depth, token in enumerate(second_chain)}
    for depth, token in enumerate(first_chain):
        if token.i in second_index:
            return depth + second_index[token.i]
    return 99


def _theme_of(event: Token) -> Token | None:
    """The thing an event word is about: its object, passive subject, or "of" phrase."""
    if event.pos_ == "NOUN":
        for child in event.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        return None
    for dep in ("dobj", "nsubjpass"):
        for child in event.children:
            if child.dep_ == dep:
                return child
    if event.dep_ in {"acl", "relcl"} and event.head.pos_ in {"NOUN", "PROPN"}:
        return event.head
    for child in event.children:
        if child.dep_ == "nsubj" and thing_class(child.text):
            return child
    return None


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
    context: ArticleContext, event: Token, predicate: str
) -> tuple[str, str, bool] | None:
    """(subject key, predicate, key is global) for an event word, or None."""
    theme = _theme_of(event)
    theme_class = thing_class(noun_phrase_words(theme)) if theme is not None else None
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


def _claim_text(sentence: Span, tokens: list[Token]) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return max(start, sentence.start_char), min(end, sentence.end_char)


def _new_claim(context: ArticleContext, sentence: Span, tokens: list[Token], **fields) -> Claim:
    start, end = _claim_text(sentence, tokens)
    text = context.article.text
    return Claim(
        id="",
        article=context.article.id,
        text=text[start:end],
        sentence=sentence.text,
        span=(start, end),
        **fields,
    )


def _times_in(context: ArticleContext, sentence: Span) -> list[tuple[TimeExpression, Span]]:
    return [
        (t, s) for t, s in context.times if sentence.start_char <= s.start_char < sentence.end_char
    ]


def _nearest(candidates: list[Token], target: Token) -> bool:
    """True when `target` is at least as near to the first of `candidates` as to any other."""
    mine = _tree_distance(target, candidates[0])
    return all(mine <= _tree_distance(target, other) for other in candidates[1:])


def _duration_days(theme: Token | None, sentence: Span, context: ArticleContext) -> int | None:
    """ "a two-day meeting": the number of days the event lasts, when stated."""
    if theme is None:
        return None
    for mention, span in context.amounts:
        inside = sentence.start_char <= span.start_char and span.end_char <= sentence.end_char
        if inside and mention.amount.unit == "day" and span.root.head.i == theme.i:
            return int(mention.amount.value)
    return None


def _event_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    events = [(token, predicate_of(token)) for token in sentence]
    keyed_events = [
        (token, keyed)
        for token, predicate in events
        if predicate and (keyed := _event_key(context, token, predicate)) is not None
    ]
    if not keyed_events:
        return
    # A time expression belongs to the nearest event the sentence says something checkable about.
    event_tokens = [token for token, _ in keyed_events]
    times = _times_in(context, sentence)
    for token, (key, predicate, is_global) in keyed_events:
        own_times = [
            (expression, span)
            for expression, span in times
            if _nearest([token, *[e for e in event_tokens if e is not token]], span.root)
            and _tree_distance(span.root, token) <= 4
        ]
        theme = _theme_of(token)
        evidence = [token] + ([theme] if theme is not None else [])
        interval: TimeInterval | None = None
        weekday = None
        detail: dict[str, str] = {"scope": "global" if is_global else "story"}
        # The nearest time expression gives both the date and the weekday: "said yesterday
        # that ... today [Sunday] his side did just that" must not mix the two.
        own_times.sort(key=lambda pair: _tree_distance(pair[1].root, token))
        for expression, span in own_times[:1]:
            evidence.extend(span)
            weekday = expression.weekday
            if expression.interval is not None and expression.type in {"DATE", "TIME"}:
                interval = expression.interval
                detail["time_text"] = span.text
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
                detail["extent"] = "full"
            elif length > 1:
                detail["extent"] = "full"
        status = status_of(token)
        if (
            interval is None
            and weekday is None
            and status == "done"
            and predicate not in {"sign", "open"}
        ):
            continue
        yield _new_claim(
            context,
            sentence,
            evidence,
            kind="event",
            subject=key,
            predicate=predicate,
            status=status,
            time=interval,
            weekday=weekday,
            value=_time_value(interval, weekday),
            detail=detail,
        )


def _time_value(interval: TimeInterval | None, weekday: int | None) -> dict[str, object]:
    value: dict[str, object] = {}
    if interval is not None:
        value.update(
            start=interval.start.isoformat(),
            end=interval.end.isoformat(),
            granularity=interval.granularity,
        )
    if weekday is not None:
        value["weekday"] = weekday
    return value


REPORTING_LEMMAS = {"say", "report", "put", "give", "measure", "time", "quote", "estimate", "state"}


def _source_of(sentence: Span) -> str | None:
    """Who a figure is attributed to: "according to Xinhua", "the USGS measured"."""
    for token in sentence:
        if token.lower_ == "according" and token.i + 2 < sentence.end:
            for candidate in token.doc[token.i + 2 : min(sentence.end, token.i + 9)]:
                if candidate.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"}:
                    return _entity_slug(candidate)
        if token.lemma_ in REPORTING_LEMMAS and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj" and child.ent_type_ in {"ORG", "PERSON", "NORP"}:
                    return _entity_slug(child)
    return None


def _entity_slug(token: Token) -> str:
    for entity in token.doc.ents:
        if entity.start <= token.i < entity.end:
            return slug(entity.text)
    return slug(token.text)


def _amount_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    times = _times_in(context, sentence)
    for mention, span in context.amounts:
        if not (sentence.start_char <= span.start_char < sentence.end_char):
            continue
        if any(t_span.start_char <= span.start_char < t_span.end_char for _, t_span in times):
            continue
        measured = measure_key(span, mention)
        if measured is None:
            continue
        key, measure_tokens = measured
        evidence = list(span) + measure_tokens
        period: TimeInterval | None = None
        detail = {"scope": "story", "measure": key}
        for expression, t_span in times:
            if _tree_distance(t_span.root, span.root) <= 3:
                detail["period"] = t_span.text  # "in the first hours": kept even when unresolved
                if expression.interval is not None:
                    period = expression.interval
                break
        source = _source_of(sentence)
        if source:
            detail["source"] = source
        amount = mention.amount
        yield _new_claim(
            context,
            sentence,
            evidence,
            kind="amount",
            subject=key,
            predicate="amount",
            status="done",
            amount=amount,
            time=period,
            detail=detail,
            value={
                "value": amount.value,
                "low": amount.low,
                "high": amount.high,
                "unit": amount.unit,
                "kind": amount.kind,
                "hedge": amount.hedge,
            },
        )


def extract_claims(article: Article, doc: Doc) -> list[Claim]:
    """Every claim in one article; ids are given later, by the pipeline."""
    times = find_times(article.text, article.published)
    amounts = find_amounts(article.text)
    context = ArticleContext(
        article=article,
        doc=doc,
        times=_spans(doc, times, lambda t: t.start, lambda t: t.end),
        amounts=_spans(doc, amounts, lambda a: a.start, lambda a: a.end),
    )
    for sentence in doc.sents:
        context.claims.extend(_event_claims(context, sentence))
        context.claims.extend(_amount_claims(context, sentence))
        for fields, tokens in role_claims(sentence):
            context.claims.append(_new_claim(context, sentence, tokens, **fields))
    return context.claims
