"""What every extractor shares: the article's context, the registry, and claim making.

An extractor is a function over one sentence of a parsed article that yields
claims; it is registered with the claim kinds it produces, so a new kind of
claim is one extractor module, one payload model (`factcheck.models`) and its
lexicon rows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from spacy.tokens import Doc, Span, Token

from factcheck.extract.counted import person_noun
from factcheck.extract.names import fold
from factcheck.models import Article, Claim, ClaimKind, ClaimValue, Status
from factcheck.normalise.amounts import AmountMention
from factcheck.normalise.timex import TimeExpression

# how far back a pronoun looks for the person it stands for: entities, and tokens
PRONOUN_REACH = 12
PRONOUN_TOKENS = 120


@dataclass
class ArticleContext:
    """What extraction remembers across one article's sentences."""

    article: Article
    doc: Doc
    times: list[tuple[TimeExpression, Span]]
    amounts: list[tuple[AmountMention, Span]]
    # class → the first specific name the article gave a thing of that class
    named_things: dict[str, str] = field(default_factory=dict)
    # last name → the fullest (first, last) the article gave a person of that name
    people: dict[str, tuple[str, str]] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    # (first, last) of every person a name claim was made for
    named_people: set[tuple[str, str]] = field(default_factory=set)
    # every place name (folded) a place-name claim was made for
    named_places: set[str] = field(default_factory=set)
    # every organisation's name (folded) an organisation-name claim was made for
    named_orgs: set[str] = field(default_factory=set)
    # the fate of the last one unnamed person a sentence told ("a man was killed"), the
    # noun that told them and the index of that sentence's first token, for a later
    # "identified him as X"
    unnamed_fate: tuple[str, str, int] | None = None
    # the document's entities, made once: `doc.ents` and `sentence.ents` rebuild them all
    entities: list[Span] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    # the document's text, made once: `doc.text` joins every token's text each time
    text: str = ""
    # a sentence's time expressions, by the sentence's first character
    sentence_times: dict[int, list[tuple[TimeExpression, Span]]] = field(default_factory=dict)
    # names of one word the article says are people's (made when first needed)
    _one_word_people: frozenset[str] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    # family name → where the article names it, in text order (made when first needed)
    _surname_starts: dict[str, list[int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # in text order, so that a sentence's share is found by bisection
        self.times.sort(key=lambda item: item[1].start_char)
        self.amounts.sort(key=lambda item: item[1].start_char)
        self.text = self.doc.text
        self.entities = list(self.doc.ents)
        self._starts = [entity.start for entity in self.entities]

    def claims_in(self, sentence: Span) -> list[Claim]:
        """The claims made so far in this sentence. Sentences are read in order, so they
        are the last ones: found without going over the article's other claims."""
        found: list[Claim] = []
        for claim in reversed(self.claims):
            if claim.span[0] < sentence.start_char:
                break
            found.append(claim)
        return [claim for claim in reversed(found) if claim.sentence == sentence.text]

    def person_before(self, index: int) -> Span | None:
        """Whom "she", "her" or "the 55-year-old" at token `index` stands for, among the
        people named in the few sentences before: the last one named earlier in its own
        sentence, unless named in passing in a clause describing something else ("The
        sentence Judge Newman handed down means the 64-year-old …"); else the one
        person the sentence before names; else the one the article has named most so far (the story's person, not the
        "Steve Jobs" she was compared with), no one on a tie. A name of one word is a
        person's only when the article gave a person that family name (the recogniser
        takes "Theranos" for a person and "Dayna Brons" for a company)."""
        at = bisect_left(self._starts, index)
        window: list[Span] = []  # nearest first
        for entity in reversed(self.entities[max(0, at - PRONOUN_REACH) : at]):
            if index - entity.end > PRONOUN_TOKENS:
                break
            if self._names_a_person(entity):
                window.append(entity)
        sentence = self.doc[index].sent.start
        window = sorted([*window, *self._surnames_alone(sentence, index)], key=lambda e: -e.start)
        window = [
            entity
            for entity in window
            if entity.start < sentence or not _told_in_passing(entity, self.doc[index])
        ]
        if not window:
            return None
        same = [entity for entity in window if entity.start >= sentence]
        if same:
            return same[0]
        if sentence > 0:
            before = self.doc[sentence - 1].sent.start
            previous = [entity for entity in window if before <= entity.start < sentence]
            if len({_surname(entity) for entity in previous}) == 1:
                return previous[0]
        counts = {
            _surname(entity): self._named_before(_surname(entity), index) for entity in window
        }
        ranked = sorted(counts, key=counts.__getitem__, reverse=True)
        if len(ranked) > 1 and counts[ranked[0]] == counts[ranked[1]]:
            return None  # "John Smith met Mary Jones. Later, the 30-year-old…": either
        return next(entity for entity in window if _surname(entity) == ranked[0])

    def _surnames_alone(self, sentence: int, index: int) -> list[Span]:
        """Family names the article gave a person, written alone in the sentence before
        token `index` or the one before it where the recogniser missed them ("Holmes
        wore black")."""
        start = self.doc[sentence - 1].sent.start if sentence > 0 else sentence
        return [
            Span(self.doc, token.i, token.i + 1, label="PERSON")
            for token in self.doc[start:index]
            if not token.ent_type_ and token.is_title and fold(token.text) in self.people
        ]

    def names_a_country(self, entity: Span) -> bool:
        """A country or its people the recogniser took for a person ("Sri Lanka's", "Sri
        Lankans"), unless the article gave someone that family name ("Kevin Jordan")."""
        from factcheck.extract.places import names_a_country  # places reads this module

        words = entity.text.split()
        known = bool(words) and fold(words[-1]) in self.people
        return not known and names_a_country(entity.text)

    def _names_a_person(self, entity: Span) -> bool:
        if self.names_a_country(entity):
            return False
        words = entity.text.split()
        known = bool(words) and fold(words[-1]) in self.people
        one_name = len(words) == 1 and fold(words[0]) in self.one_word_people
        return (
            (entity.label_ == "PERSON" and len(words) > 1)
            or (entity.label_ in {"PERSON", "ORG"} and known)
            or (entity.label_ in {"PERSON", "ORG", "GPE"} and one_name)
        )

    @property
    def one_word_people(self) -> frozenset[str]:
        """People the article names by one name alone ("Neymar", "Lula"), folded: a name
        of one word the article says is someone's, in a "who" clause ("Neymar, who
        joins…"), with an age ("Neymar, 31,") or beside a word for a person ("Neymar,
        the winger", "striker Neymar"). The recogniser calls such names a person, a
        company or a place from one sentence to the next. Made once an article."""
        if self._one_word_people is None:
            self._one_word_people = frozenset(
                fold(token.text) for token in self.doc if _one_name_of_someone(token)
            )
        return self._one_word_people

    def times_named_before(self, person: Span, index: int) -> int:
        """How often the article names this person's family name before token `index`."""
        return self._named_before(_surname(person), index)

    def _named_before(self, surname: str, index: int) -> int:
        """How often the article names a family name (as an entity's last word) before
        token `index`."""
        if self._surname_starts is None:
            starts: dict[str, list[int]] = {}
            for entity in self.entities:
                if entity.label_ in {"PERSON", "ORG"} and entity.text.split():
                    starts.setdefault(_surname(entity), []).append(entity.start)
            self._surname_starts = starts
        return bisect_left(self._surname_starts.get(surname, []), index)

    def ents_in(self, sentence: Span) -> list[Span]:
        """The entities inside a sentence, as `sentence.ents` gives them."""
        first = bisect_left(self._starts, sentence.start)
        last = bisect_left(self._starts, sentence.end)
        return [e for e in self.entities[first:last] if e.end <= sentence.end]


# the oldest age a number said beside a name can be: "Neymar, 31,", "Sherie Miller, 44,"
OLDEST_AGE = 110


def _one_name_of_someone(token: Token) -> bool:
    """A proper noun written alone that the text says names a person: "Neymar, who
    joins", "Neymar, 31,", "Neymar, the winger", "striker Neymar"; said where the
    recogniser calls it a person, as British English says "Chelsea, who…" of a club."""
    if token.pos_ != "PROPN" or not token.is_title or token.ent_iob_ != "B":
        return False
    from factcheck import places_gazetteer as gazetteer  # the gazetteer reads this module

    if token.ent_type_ != "PERSON" or gazetteer.candidates(token.text):
        return False  # "carrier Ryanair"; "Tottenham, who had rejected three bids": a club
        # named by its place
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return False  # a name of more words ("Lionel Messi"): the family name says it
    for child in token.children:
        if child.dep_ == "relcl" and any(c.lower_ in {"who", "whom"} for c in child.children):
            return True
        if child.dep_ == "appos" and child.pos_ == "NOUN" and person_noun(child):
            return True
        if child.dep_ == "compound" and child.pos_ == "NOUN" and person_noun(child):
            return True
    after = doc[token.i + 1 : token.i + 4]
    return (
        len(after) == 3
        and after[0].text == ","
        and after[1].like_num
        and after[1].text.isdigit()
        and 0 < int(after[1].text) <= OLDEST_AGE
        and after[2].text in {",", "."}
    )


def _surname(entity: Span) -> str:
    return fold(entity.text.split()[-1])


def entity_around(token: Token) -> Span | None:
    """The named entity a token is part of, read from the token's own IOB tags
    (without building the document's entity list)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


T = TypeVar("T")


def spans_of(
    doc: Doc, items: list[T], start_of: Callable[[T], int], end_of: Callable[[T], int]
) -> list[tuple[T, Span]]:
    found: list[tuple[T, Span]] = []
    for item in items:
        span = doc.char_span(start_of(item), end_of(item), alignment_mode="expand")
        if span is not None and len(span):
            found.append((item, span))
    return found


def tree_distance(first: Token, second: Token) -> int:
    first_chain = [first, *first.ancestors]
    second_chain = [second, *second.ancestors]
    second_index = {token.i: depth for depth, token in enumerate(second_chain)}
    for depth, token in enumerate(first_chain):
        if token.i in second_index:
            return depth + second_index[token.i]
    return 99


def _claim_text(sentence: Span, tokens: list[Token]) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return max(start, sentence.start_char), min(end, sentence.end_char)


def new_claim(
    context: ArticleContext,
    sentence: Span,
    tokens: list[Token],
    *,
    subject: str,
    predicate: str,
    value: ClaimValue,
    status: Status = "done",
    scope: Literal["story", "global"] = "story",
) -> Claim:
    """A claim whose own words run from the first to the last of `tokens`."""
    start, end = _claim_text(sentence, tokens)
    return Claim(
        id="",
        article=context.article.id,
        kind=value.type,
        subject=subject,
        predicate=predicate,
        status=status,
        scope=scope,
        value=value,
        text=context.article.text[start:end],
        sentence=sentence.text,
        span=(start, end),
    )


def times_in(context: ArticleContext, sentence: Span) -> list[tuple[TimeExpression, Span]]:
    """The time expressions that start inside a sentence (looked up once per sentence)."""
    found = context.sentence_times.get(sentence.start_char)
    if found is None:
        found = _starting_in(context.times, sentence)
        context.sentence_times[sentence.start_char] = found
    return found


def amounts_in(context: ArticleContext, sentence: Span) -> list[tuple[AmountMention, Span]]:
    """The amounts that start inside a sentence."""
    return _starting_in(context.amounts, sentence)


def _starting_in(items: list[tuple[T, Span]], sentence: Span) -> list[tuple[T, Span]]:
    """Of items whose spans are in text order, those that start inside the sentence."""
    first = bisect_left(items, sentence.start_char, key=lambda item: item[1].start_char)
    last = bisect_left(items, sentence.end_char, key=lambda item: item[1].start_char)
    return items[first:last]


def nearest(candidates: list[Token], target: Token) -> bool:
    """True when `target` is at least as near to the first of `candidates` as to any other."""
    mine = tree_distance(target, candidates[0])
    return all(mine <= tree_distance(target, other) for other in candidates[1:])


Extractor = Callable[[ArticleContext, Span], Iterator[Claim]]


@dataclass(frozen=True)
class RegisteredExtractor:
    name: str
    kinds: tuple[ClaimKind, ...]
    function: Extractor


EXTRACTORS: list[RegisteredExtractor] = []


def extractor(*kinds: ClaimKind) -> Callable[[Extractor], Extractor]:
    """Register a sentence extractor with the claim kinds it produces."""

    def register(function: Extractor) -> Extractor:
        EXTRACTORS.append(RegisteredExtractor(function.__module__, kinds, function))
        return function

    return register


def _told_in_passing(entity: Span, word: Token) -> bool:
    """A person named inside a clause that describes another noun ("the sentence [Judge
    Newman handed down]"), a clause `word` is not in: that sentence is not about them."""
    for ancestor in entity.root.ancestors:
        if ancestor.dep_ in {"relcl", "acl"}:
            return not (ancestor.left_edge.i <= word.i <= ancestor.right_edge.i)
    return False
