"""A count's unit written as CQE writes it, read from the product's parse.

factcheck keys a count by the noun it counts (`factcheck.extract.counted`); CQE
(Almasian et al., EMNLP 2023, github.com/vivkaz/CQE) writes a count's unit as a
string of lemmas, and NewsQuant's gold follows it. This module reproduces that
convention from the counted noun the product finds, so the benchmark scores what
was counted, not how it is spelled. What CQE does, from its source:

- `NumberNormalizer.normalize_unit_token`: a unit that is no entry of its unit
  table is the lemmas of the unit tokens whose part of speech is NOUN, PROPN or
  ADJ ("recorded songs" -> "song", "smaller tenancies" -> "small tenancy", "the
  best speakers" -> "good speaker": spaCy lemmatises adjectives to their base).
  Here the unit tokens are the counted noun, or the noun its compound qualifies
  ("a three course meal" -> "course meal"; not when the noun is written onto
  the number: "a four-cylinder engine" -> "cylinder"), and the words that
  qualify it:
  compounds, adjectives and noun modifiers, with what they coordinate ("Ford and
  Toyota trucks" -> "ford toyota truck"), on either side of the number ("the top
  five teams" -> "top team"); a qualifier holding a number is another amount, not
  the unit ("250ml bottles" -> "bottle").
- `CQE.one_of_callback` with `normalize_unit_token`: after a number word and
  "of" ("one of the tallest buildings in the world"), the unit is the lemmas of
  the noun's whole subtree, up to a punctuation mark or a relative pronoun,
  less stop words -> "tall building world".
- `NumParser._modify_defaults_stopwords`: CQE's stop words are spaCy's English
  ones less the number words and "top", "us", "up", "amount", "never", plus
  "total", "instead", "maybe", "minus". They are dropped after "one of"; a
  plain count keeps every adjective before its noun, stop word or not ("six
  more players" -> "more player", "the first four aircraft" -> "first
  aircraft": CQE's output on our own sentences), and drops stop-word nouns.
- Words joined by a hyphen stay one word ("first-team player").
- A share said in words ("a third of the voters") is a fraction whose unit is "%"
  and the group (NewsQuant's gold: "% -" when no noun names the group).
- The evaluation (`evaluate_models.py`) compares unit strings lowercased.
"""

from __future__ import annotations

from itertools import takewhile

from spacy.lang.en.lex_attrs import _num_words
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from factcheck.extract.counted import counted_word, singular_of

CQE_STOP_WORDS = (set(STOP_WORDS) - set(_num_words) - {"top", "us", "up", "amount", "never"}) | {
    "total",
    "instead",
    "maybe",
    "minus",
}
SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
UNIT_POS = frozenset({"NOUN", "PROPN", "ADJ"})
NOUNS = frozenset({"NOUN", "PROPN"})
# what joins a qualifier to the counted noun
QUALIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# CQE stops a "one of" noun's subtree at these (CQE.py, `_remove_stopwords_from_noun`)
RELATIVE_WORDS = frozenset({"this", "that", "which", "what", "who", "whose", "whom"})


def cqe_count_unit(span: Span) -> str | None:
    """The unit CQE gives the count in `span`, or None when it counts no noun."""
    noun = counted_word(span)
    if noun is None:
        return None
    if noun.pos_ in {"VERB", "ADJ"}:
        return noun.lower_  # "1,891 injured": the state names them
    if _one_of(span, noun):
        return _one_of_unit(noun)
    while (
        not _written_onto(span, noun)
        and noun.dep_ in QUALIFIER_DEPS
        and noun.head.i > noun.i
        and noun.head.pos_ in NOUNS
    ):
        noun = noun.head  # "three course meal", "300 Ford and Toyota trucks"
    return _render([*_qualifiers(noun, span), noun], head=noun)


def cqe_share_unit(span: Span) -> str:
    """The unit CQE gives a share said in words ("a third of the town population", "half
    the houses"): "%" and the group it is a share of, "-" when a pronoun names it."""
    group: Token | None = None
    for token in span:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                group = next((c for c in child.children if c.dep_ == "pobj"), group)
    if group is None and span.root.dep_ == "predet":
        group = span.root.head  # "half the houses"
    if group is None or group.pos_ not in NOUNS:
        return "% -"
    return f"% {_render([*_qualifiers(group, span), group], head=group)}"


def _written_onto(span: Span, noun: Token) -> bool:
    """The noun written onto the number, bare or by a hyphen: "5G", "four-cylinder"."""
    between = span.doc[span.end : noun.i]
    return (
        noun.i >= span.end
        and len(between) <= 1
        and all(t.text == "-" for t in between)
        and not any(t.whitespace_ for t in [span[-1], *between])
    )


def _one_of(span: Span, noun: Token) -> bool:
    """A number word followed by "of" that leads to the counted noun: "one of the best"."""
    number = span.root
    return (
        number.lower_ in _num_words
        and number.lower_ not in SCALE_WORDS  # CQE's number words run from zero to 99
        and noun.head.dep_ == "prep"
        and noun.head.lower_ == "of"
        and noun.head.head == number
    )


def _one_of_unit(noun: Token) -> str:
    def accept(token: Token) -> bool:
        return (not token.is_punct or token.text in {"/", "-"}) and (
            token.lower_ not in RELATIVE_WORDS
        )

    groups: list[list[Token]] = []  # hyphenated words whole: "three-ton", "first-team"
    for token in takewhile(accept, noun.subtree):
        if groups and _glued_by_hyphen(groups[-1][-1], token):
            groups[-1].append(token)
        else:
            groups.append([token])
    words = [
        "".join(t.text for t in group[:-1]) + group[-1].lemma_
        for group in groups
        if len(group) > 1
        or (group[0].lower_ not in CQE_STOP_WORDS and not group[0].like_num)  # "the two deputies"
    ]
    return " ".join(words).lower()


def _qualifiers(noun: Token, span: Span) -> list[Token]:
    """The words that qualify a noun from its left, outside the amount and holding no number."""
    found: list[Token] = []
    for child in noun.lefts:
        if child.dep_ not in QUALIFIER_DEPS or child.pos_ in {"NUM", "PRON", "DET"}:
            continue
        subtree = [t for t in child.subtree if not span.start <= t.i < span.end]
        if any(_has_digit(t) or t.pos_ == "NUM" for t in subtree):
            continue  # "250ml bottles", "COVID-19 tests": another amount
        found += subtree
    return found


def _has_digit(token: Token) -> bool:
    return any(ch.isdecimal() for ch in token.text)


def _render(tokens: list[Token], head: Token) -> str:
    """Lemmas of the unit words in text order: hyphenated words whole, stop words and
    words of other parts of speech left out."""
    chosen = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    words: list[str] = []
    i = 0
    while i < len(chosen):
        group = [chosen[i]]
        while i + 1 < len(chosen) and _glued_by_hyphen(group[-1], chosen[i + 1]):
            group.append(chosen[i + 1])
            i += 1
        i += 1
        if len(group) > 1 and group[-1].text != "-":
            if any(t.pos_ in UNIT_POS for t in group):
                last = singular_of(head) if group[-1] == head else group[-1].text
                words.append("".join(t.text for t in group[:-1]) + last)
            continue
        token = group[0]
        if token == head:
            words.append(singular_of(head))  # "Americans" -> "American"
        elif token.pos_ in UNIT_POS and (token.lower_ not in CQE_STOP_WORDS or token.pos_ == "ADJ"):
            words.append(token.lemma_)
    return " ".join(words).lower()


def _glued_by_hyphen(left: Token, right: Token) -> bool:
    """Two tokens written as one hyphenated word: "first" "-" "team", "coal" "-" "fired"."""
    if right.i != left.i + 1 or left.whitespace_:
        return False
    return left.text == "-" or right.text == "-"
