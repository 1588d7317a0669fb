"""The draft check: a draft against a claim store, reading only what it touches.

    factcheck check draft.md --against claims.db

The draft is extracted as usual; the store gives the claims found by the
draft's subject keys (and aliases) and, for story-scoped subjects, those of the
stored articles that could share a story with the draft (named entities in
common, published near it). Rules run over the draft's claims and those, and
only findings that involve a claim of the draft are kept: the draft against
the store, and the draft against itself. The cost grows with what the draft
touches, not with the size of the store.

Stories are formed among the draft and the stored articles read, so two
articles are put in one story only through articles that were read.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.models import Article, Claim, Finding, IngestError, Report
from factcheck.pipeline import CheckOptions, check_claims, extract_numbered
from factcheck.store import ClaimStore, StoredSlice, subject_keys
from factcheck.stories import StoryFeatures, lookup_keys


class StaleStore(UserWarning):
    """The store was built by another extractor; its claims may differ from the draft's."""


def read_related(
    store: ClaimStore,
    drafts: list[Article],
    claims: list[Claim],
    entities: dict[str, StoryFeatures],
) -> StoredSlice:
    """The stored claims a draft's subjects and stories touch, without the draft itself."""
    keys = {key for claim in claims for key in subject_keys(claim)}
    story_articles: set[str] = set()
    for draft in drafts:
        names = set(lookup_keys(entities[draft.id])) if draft.id in entities else set()
        story_articles |= store.story_articles(names, draft.published)
    found = store.related(keys, story_articles)
    # A draft already in the store is the draft, not a second source.
    own = {draft.id for draft in drafts}
    found.claims = [claim for claim in found.claims if claim.article not in own]
    found.articles = [article for article in found.articles if article.id not in own]
    return found


def _draft_first(finding: Finding, draft_claims: set[str]) -> Finding:
    """The draft's claims first: reports place a finding at its first claim."""
    ordered = sorted(finding.claims, key=lambda claim: claim not in draft_claims)
    return finding.model_copy(update={"claims": tuple(ordered)})


def _involved(report: Report, draft_claims: set[str], drafts: set[str]) -> Report:
    findings = [
        _draft_first(f, draft_claims) for f in report.findings if draft_claims & set(f.claims)
    ]
    cited = {claim for finding in findings for claim in finding.claims}
    claims = [c for c in report.claims if c.id in draft_claims or c.id in cited]
    articles_cited = {claim.article for claim in claims}
    articles = [a for a in report.articles if a.id in drafts or a.id in articles_cited]
    return report.model_copy(update={"findings": findings, "claims": claims, "articles": articles})


def check_against(
    store: ClaimStore,
    drafts: list[Article],
    errors: list[IngestError],
    options: CheckOptions | None = None,
    warn: Callable[[str], None] | None = None,
) -> Report:
    """Findings that involve the drafts' claims, against the store and within the drafts."""
    jobs, dask = (options.jobs, options.dask) if options is not None else (None, None)
    dated, claims, entities = extract_numbered(drafts, None, jobs, dask)
    stored = read_related(store, dated, claims, entities)
    if warn is not None:
        if stored.unreadable:
            warn(
                f"{stored.unreadable} stored claims do not fit this version's claim model "
                f"and were left out; run `factcheck ingest ... --store {store.path}` again"
            )
        elif not store.is_current():
            warn(
                f"{store.path} was built by another version of the extractor; "
                "run `factcheck ingest` again for claims comparable with the draft's"
            )
    offset = len(claims)
    renumbered = [
        claim.model_copy(update={"id": f"c{offset + n}"})
        for n, claim in enumerate(stored.claims, 1)
    ]
    report = check_claims(
        dated + stored.articles,
        claims + renumbered,
        entities | stored.entities,
        errors,
        options,
    )
    return _involved(report, {claim.id for claim in claims}, {draft.id for draft in dated})
