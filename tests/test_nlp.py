"""The product's pipeline annotates every token exactly as the stock spaCy pipeline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from spacy.tokens import Doc

from factcheck import nlp

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# Forms the ruler's rarer rules are about: contractions, "gonna", "y'all",
# existential "there is", auxiliaries, subject and object pronouns, spaces.
AWKWARD = (
    "Ain't nothin' gonna stop y'all, and we gotta go. Let's see: there are two men.\n\n"
    "I told you it was him; they gave it to me. She has had enough, but did she go?  "
    "Something happened to anyone who does that. C'mon, don't.\tThat is what I mean."
)


def _annotations(doc: Doc) -> list[tuple[str, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, str(t.head.i), t.ent_type_)
        for t in doc
    ]


def test_the_indexed_attribute_ruler_replaces_the_matcher_based_one() -> None:
    names = nlp.load_pipeline().pipe_names
    assert "factcheck_attribute_rules" in names
    assert "attribute_ruler" not in names


def test_every_token_is_annotated_as_the_stock_pipeline_annotates_it() -> None:
    texts = [AWKWARD] + [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    stock = nlp.stock_pipeline()
    stock.add_pipe("factcheck_person_cues", after="ner")  # both relabel cued names alike
    ours = [_annotations(doc) for doc in nlp.load_pipeline().pipe(texts)]
    theirs = [_annotations(doc) for doc in stock.pipe(texts)]
    assert ours == theirs
    assert sum(len(doc) for doc in ours) > 3000


def test_the_verbs_known_without_the_pipeline_are_those_it_knows() -> None:
    read = nlp._packaged_lookups()
    assert read is not None
    from_files = frozenset(read.get_table("lemma_index").get("verb", ()))
    lemmatizer = nlp.load_pipeline().get_pipe("lemmatizer")
    loaded = frozenset(lemmatizer.lookups.get_table("lemma_index").get("verb", ()))
    assert from_files == loaded and "destroy" in from_files


def test_the_verbs_are_known_without_loading_the_pipeline() -> None:
    script = (
        "from factcheck import nlp; verbs = nlp.known_verbs(); "
        "assert 'destroy' in verbs and nlp.load_pipeline.cache_info().currsize == 0"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
