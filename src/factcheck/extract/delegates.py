"""Delegates: who represented a country at the story's event, and how senior they were.

Coverage of a summit, a funeral or a signing says who came for each country,
and outlets disagree on it ("Iran's First Vice-President Mohammad Reza Aref" /
"Iran is represented by its Minister for Industry and Trade"). A delegate claim
comes from the parse in two ways:

- a representation clause: the passive "C (and D) is represented by T", its
  gapped second half ("and India by its External Affairs Minister"), and the
  active "T represents C";
- a titled person of a country ("Iranian Mining and Trade Minister X",
  "Chinese PM Li Qiang") whose clause says they take part — a participation
  word (the `participation_words` lexicon: attend, in attendance, among the
  delegates…) on the path from the name to its clause or next to it.

The title's seniority comes from the `office_ranks` lexicon (head of state,
head of government, deputy head, minister, envoy); a title with no rank there
makes no claim, since there is nothing to compare.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.context import ArticleContext, entity_around, extractor, new_claim
from factcheck.extract.places import country_of_name
from factcheck.models import Claim, DelegateValue

PARTICIPATION = lexicons.words("participation_words")
QUALIFIERS = lexicons.words("office_qualifiers")
# the edges a name's clause is followed along, up to its verb
UPWARD = {"conj", "appos", "compound", "nsubj", "nsubjpass", "dobj", "pobj", "prep", "agent"}
# the edges a participation word is looked for along, below the path
DOWNWARD = {"prep", "pobj", "dobj", "attr", "acomp", "agent"}
CUE_DEPTH = 4
DEPUTY_WORDS = {"vice", "deputy"}


@cache
def _ranks() -> dict[tuple[str, ...], tuple[int, str]]:
    return {
        tuple(words.split()): (int(level), label)
        for words, level, label in lexicons.rows("office_ranks")
    }


def rank_of(words: list[str]) -> tuple[int, str] | None:
    """The seniority of a title's words (["first", "vice", "president"] → deputy head).

    The leftmost longest phrase of the ranks table decides; "vice" or "deputy"
    before a head of state's or government's title makes it the deputy's; a
    deputy of a lower rank, or a former or acting holder, has no rank to compare.
    """
    ranks = _ranks()
    folded = [w.lower().strip(".") for w in words if w.strip("-.")]
    if any(w in QUALIFIERS and w not in DEPUTY_WORDS for w in folded):
        return None
    longest = max(len(key) for key in ranks)
    for start in range(len(folded)):
        for size in range(min(longest, len(folded) - start), 0, -1):
            found = ranks.get(tuple(folded[start : start + size]))
            if found is None:
                continue
            if start and folded[start - 1] in DEPUTY_WORDS and found[0] != 3:
                return (3, "deputy head") if found[0] >= 4 else None
            return found
    return None


def _countries_near(tokens: list[Token]) -> list[tuple[str, Token]]:
    """Countries that qualify a title or name: "Iran's", "Iranian", "(Uzbekistan)"."""
    found: dict[str, Token] = {}
    for token in tokens:
        for child in token.children:
            if child.dep_ in {"poss", "amod", "compound", "nmod", "appos"}:
                country = country_of_name(child.text)
                if country and country not in found:
                    found[country] = child
    return list(found.items())


def _title_tokens(noun: Token) -> list[Token]:
    """The words of a title headed by `noun`, or given before a name `noun` ends."""
    if noun.ent_type_ == "PERSON":
        return [
            t
            for t in noun.lefts
            if t.dep_ in {"compound", "amod", "nmod"} and t.ent_type_ != "PERSON"
            for t in t.subtree
        ]
    lefts = [t for c in noun.lefts if c.dep_ in {"compound", "amod", "nmod"} for t in c.subtree]
    return [*lefts, noun]


def _holder(noun: Token) -> Span | None:
    return entity_around(noun) if noun.ent_type_ == "PERSON" else None


def _claim(
    context: ArticleContext, sentence: Span, country: str, noun: Token, clause: list[Token]
) -> Claim | None:
    """A delegate claim whose words are the title, the name and `clause` (the country
    and verb of a representation clause)."""
    title = _title_tokens(noun)
    words = [t.lemma_ if t.i == noun.i and t.ent_type_ != "PERSON" else t.text for t in title]
    rank = rank_of(words)
    if rank is None:
        return None
    holder = _holder(noun)
    shown = [t for t in title if t.dep_ not in {"det", "poss"} and not t.is_punct or t.text == "-"]
    tokens = [*clause, *title, *(holder or [])]
    return new_claim(
        context,
        sentence,
        [t for t in tokens if sentence.start <= t.i < sentence.end],
        subject=f"delegate:{country}",
        predicate="represented-by",
        value=DelegateValue(
            country=country,
            level=rank[0],
            rank=rank[1],
            title=" ".join(t.text for t in shown).replace(" - ", "-"),
            holder=holder.text if holder is not None else None,
        ),
    )


def _conjuncts(token: Token) -> list[Token]:
    found = [token]
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(_conjuncts(child))
    return found


def _represented(verb: Token) -> Iterator[tuple[str, Token, list[Token]]]:
    """(country, delegate noun, the clause's country and verb) of a representation clause."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    agents = [
        obj for c in verb.children if c.dep_ == "agent" for obj in c.children if obj.dep_ == "pobj"
    ]
    if subjects and agents:
        countries = [
            (country, token)
            for token in _conjuncts(subjects[0])
            if (country := country_of_name(token.text)) is not None
        ]
        for country, token in countries:
            yield country, agents[0], [token, verb]
        # the gapped half: "and India by its External Affairs Minister"
        named = {token.i for _, token in countries}
        for agent in agents[1:]:
            before = [
                t
                for t in verb.doc[verb.i : agent.i]
                if t.i not in named and country_of_name(t.text) and t.ent_type_ == "GPE"
            ]
            if before:
                yield country_of_name(before[-1].text) or "", agent, [before[-1]]
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    actors = [c for c in verb.children if c.dep_ == "nsubj"]
    if objects and actors and (country := country_of_name(objects[0].text)):
        yield country, actors[0], [verb, objects[0]]


def _clause_path(token: Token) -> list[Token]:
    """The name's way up to its verb (or the sentence's root) through its phrase."""
    path = [token]
    while token.dep_ in UPWARD and token.head.i != token.i:
        token = token.head
        path.append(token)
        if token.pos_ in {"VERB", "AUX"}:
            break
    return path


def _cue_near(path: list[Token]) -> list[Token]:
    """Participation words on the path or a few prepositional steps below it."""
    on_path = {t.i for t in path}
    frontier = list(path)
    for depth in range(CUE_DEPTH + 1):
        for token in frontier:
            if token.lemma_.lower() in PARTICIPATION:
                return [token]
        if depth == CUE_DEPTH:
            break
        frontier = [
            child
            for token in frontier
            for child in token.children
            if child.dep_ in DOWNWARD and child.i not in on_path and child.ent_type_ != "PERSON"
        ]
    return []


@extractor("delegate")
def delegate_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    seen: set[tuple[str, int]] = set()
    for token in sentence:
        if token.lemma_.lower() != "represent" or token.pos_ != "VERB":
            continue
        for country, noun, cue in _represented(token):
            if country and (country, noun.i) not in seen:
                claim = _claim(context, sentence, country, noun, cue)
                if claim is not None:
                    seen.add((country, noun.i))
                    yield claim
    for entity in context.ents_in(sentence):
        if entity.label_ != "PERSON":
            continue
        noun = entity.root
        countries = _countries_near([noun, *_title_tokens(noun)])
        if len(countries) != 1 or (countries[0][0], noun.i) in seen:
            continue
        if not _cue_near(_clause_path(noun)):
            continue
        country, written = countries[0]
        claim = _claim(context, sentence, country, noun, [written])
        if claim is not None:
            seen.add((country, noun.i))
            yield claim
