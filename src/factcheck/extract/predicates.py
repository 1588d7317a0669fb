"""The event words the checker knows, by the predicate class they report."""

from __future__ import annotations

from spacy.tokens import Token

# lemma → predicate class, for verbs
VERB_PREDICATES: dict[str, str] = {
    "open": "open",
    "inaugurate": "open",
    "establish": "open",
    "reopen": "open",
    "sign": "sign",
    "seal": "sign",
    "ink": "sign",
    "conclude": "sign",
    "hold": "hold",
    "host": "hold",
    "stage": "hold",
    "convene": "hold",
    "conduct": "hold",
    "visit": "visit",
    "arrive": "arrive",
    "reach": "arrive",
    "land": "arrive",
    "win": "win",
    "beat": "win",
    "defeat": "win",
    "clinch": "win",
    "approve": "approve",
    "ratify": "approve",
    "complete": "complete",
    "close": "complete",
    "finalise": "complete",
    "finalize": "complete",
    "acquire": "acquire",
    "buy": "acquire",
    "purchase": "acquire",
    "strike": "strike",
    "hit": "strike",
    "jolt": "strike",
    "found": "found",
    "launch": "launch",
    "announce": "announce",
    "play": "play",
    "begin": "start",
    "start": "start",
    "kick": "start",
}
# nouns that name an event ("the inauguration of", "the signing of")
NOUN_PREDICATES: dict[str, str] = {
    "inauguration": "open",
    "opening": "open",
    "establishment": "open",
    "signing": "sign",
    "approval": "approve",
    "acquisition": "acquire",
    "takeover": "acquire",
    "visit": "visit",
    "arrival": "arrive",
    "launch": "launch",
    "founding": "found",
}
# phrasal forms: (lemma, particle or object) → class
PHRASAL_PREDICATES: dict[tuple[str, str], str] = {
    ("touch", "down"): "arrive",
    ("set", "up"): "open",
    ("take", "place"): "hold",
    ("come", "top"): "win",
    ("get", "way"): "start",
    ("wrap", "up"): "complete",
    ("go", "through"): "complete",
    ("take", "over"): "acquire",
}
# a meeting that "opens" or "gets under way" is being held
MEETING_START = {"open", "start"}


def predicate_of(token: Token) -> str | None:
    """The predicate class of an event word, or None when the word is not one."""
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
        for child in token.children:
            if child.dep_ in {"prt", "dobj", "pobj", "prep", "advmod"}:
                key = (lemma, child.lower_)
                if key in PHRASAL_PREDICATES:
                    return PHRASAL_PREDICATES[key]
                for grandchild in child.children:
                    if (lemma, grandchild.lower_) in PHRASAL_PREDICATES:
                        return PHRASAL_PREDICATES[(lemma, grandchild.lower_)]
        return VERB_PREDICATES.get(lemma)
    if token.pos_ == "NOUN":
        return NOUN_PREDICATES.get(lemma)
    return None
