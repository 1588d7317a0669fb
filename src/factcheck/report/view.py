"""What the Markdown and HTML templates lay out: the report by story, for an editor.

The JSON report is the result; this regroups it the way people read it: a
summary, then each story with its conflicts (a headline that states the problem
and the values, the value most sources support, the quotes side by side, the
outlets linked), the facts several sources confirm, then the rules' pages and
the articles. Internal keys stay available for those who want them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlsplit

from factcheck.facts import MOVING_TALLIES, independent_sources, outlet
from factcheck.models import Article, Claim, Fact, Finding, Report
from factcheck.report import readable

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
NO_STORY = "other"


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit for a link, with spaces and quotes percent-encoded; else None."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~-._")


def slug(text: str) -> str:
    """A heading's anchor as GitHub makes it: lower case, punctuation dropped, "-" for spaces."""
    return re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")


class _Anchors:
    """Unique anchors for repeated headings, numbered the way GitHub numbers them."""

    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()

    def __call__(self, text: str) -> str:
        base = slug(text)
        count = self.seen[base]
        self.seen[base] += 1
        return base if count == 0 else f"{base}-{count}"


def report_view(
    report: Report, quote: Callable[[Claim, str | None], dict[str, str]]
) -> dict[str, Any]:
    articles = {article.id: article for article in report.articles}
    claims = {claim.id: claim for claim in report.claims}
    sources = independent_sources(report.articles, report.claims)
    fact_of = {
        claim_id: fact for fact in report.facts for claim_id in (*fact.support, *fact.dissent)
    }

    def source_of(claim_id: str) -> str:
        claim = claims.get(claim_id)
        return sources.get(claim.article, claim.article) if claim else claim_id

    def article_view(article: Article) -> dict[str, Any]:
        return {
            "id": article.id,
            "path": article.path,
            "name": article.title or article.id,
            "title": article.title,
            "outlet": outlet(article),
            "url": safe_url(article.url),
            "published": readable.published(article.published),
            "published_iso": article.published.isoformat() if article.published else None,
            "published_from": article.published_from,
            "story": article.story,
        }

    def claim_view(claim_id: str) -> dict[str, Any]:
        claim = claims.get(claim_id)
        if claim is None:
            return {"id": claim_id, "missing": True}
        article = articles.get(claim.article)
        return {
            "id": claim.id,
            "missing": False,
            "text": claim.text,
            "subject": claim.subject,
            "article": article_view(article) if article else {"id": claim.article},
            "quote": quote(claim, article.text if article else None),
            "value": readable.claim_value(claim),
        }

    def story_of(claim_ids: tuple[str, ...]) -> str:
        stories = Counter(
            story
            for c in claim_ids
            if c in claims
            and claims[c].article in articles
            and (story := articles[claims[c].article].story)
        )
        return min(stories, key=lambda s: (-stories[s], s)) if stories else NO_STORY

    anchors = _Anchors()
    seen_headlines: Counter[tuple[str, str]] = Counter()
    rule_pages = _rule_pages(report.findings)

    def finding_view(finding: Finding) -> dict[str, Any]:
        sides = _sides(finding, claims)
        story = story_of(finding.claims)
        label = readable.subject_label(finding.subject, _predicate(finding, claims))
        side_views: list[dict[str, Any]] = []
        for value, claim_ids in sides:
            side_sources = {source_of(c) for c in claim_ids}
            side_views.append(
                {
                    "value": value,
                    "sources": len(side_sources),
                    "claims": [claim_view(c) for c in claim_ids],
                }
            )
        headline = (
            f"{label}: " + " vs ".join(side["value"] for side in side_views)
            if finding.kind != "corroboration" and len(side_views) > 1
            else f"{label}: {side_views[0]['value']}"
            if side_views
            else label
        )
        fact = next((fact_of[c] for c in finding.claims if c in fact_of), None)
        seen_headlines[(story, headline)] += 1
        if seen_headlines[(story, headline)] > 1:
            headline = f"{headline} ({seen_headlines[(story, headline)]})"
        verdict = _verdict(side_views, fact, source_of, finding)
        return {
            "id": finding.id,
            "rule": finding.rule,
            "name": finding.name,
            "severity": finding.severity,
            "kind": finding.kind,
            "subject": finding.subject,
            "label": label,
            "story": story,
            "headline": headline,
            "anchor": anchors(f"{headline} {story}"),
            "verdict": verdict,
            "message": finding.message,
            "expectation": finding.expectation,
            "path": list(finding.path),
            "sides": side_views,
            "rule_anchor": rule_pages.get(finding.rule, {}).get("anchor", ""),
            "source_count": len({source_of(c) for c in finding.claims}),
        }

    findings = sorted(
        (finding_view(f) for f in report.findings),
        key=lambda f: (SEVERITY_ORDER.get(f["severity"], 3), -f["source_count"]),
    )
    stories = _stories(report, article_view, findings, anchors, claims, source_of)
    rules = list(rule_pages.values())
    for rule in rules:
        rule["anchor"] = anchors(f"{rule['code']} {rule['name']}")
    for finding in findings:
        finding["rule_anchor"] = next(
            (rule["anchor"] for rule in rules if rule["code"] == finding["rule"]), ""
        )
    severities = Counter(f["severity"] for f in findings if f["kind"] == "conflict")
    return {
        "stories": stories,
        "rules": rules,
        "article_views": [article_view(a) for a in report.articles],
        "overview": {
            "stories": len({a.story for a in report.articles if a.story}),
            "sources": len({sources.get(a.id, a.id) for a in report.articles}),
            "outlets": sorted({o for a in report.articles if (o := outlet(a))}),
            "errors": severities["error"],
            "warnings": severities["warning"],
            "info": severities["info"],
            "conflicts": sum(severities.values()),
            "facts": sum(len(s["facts"]) for s in stories),
        },
        "filters": {
            "severities": [s for s in SEVERITY_ORDER if severities[s]],
            "rules": [{"code": r["code"], "name": r["name"]} for r in rules],
            "stories": [{"id": s["id"], "title": s["title"]} for s in stories],
        },
    }


def _predicate(finding: Finding, claims: dict[str, Claim]) -> str:
    first = claims.get(finding.claims[0]) if finding.claims else None
    return first.predicate if first else ""


def _sides(finding: Finding, claims: dict[str, Claim]) -> list[tuple[str, tuple[str, ...]]]:
    """The finding's values, readable, each with its claims; from the claims when a rule
    gave no values."""
    sides: dict[str, list[str]] = defaultdict(list)
    if finding.values:
        for value in finding.values:
            first = claims.get(value.claims[0]) if value.claims else None
            sides[readable.claim_value(first) if first else value.value].extend(value.claims)
    else:
        for claim_id in finding.claims:
            claim = claims.get(claim_id)
            sides[readable.claim_value(claim) if claim else claim_id].append(claim_id)
    return [(value, tuple(dict.fromkeys(ids))) for value, ids in sides.items()]


def _verdict(
    sides: list[dict[str, Any]],
    fact: Fact | None,
    source_of: Callable[[str], str],
    finding: Finding,
) -> str:
    """Which side most sources take, in a sentence: from the subject's truth estimate
    when there is one (it counts every report of the subject, not only this pair)."""
    if finding.kind != "conflict" or len(sides) < 2:
        return ""
    if fact is not None:
        agree = {source_of(c) for c in fact.support}
        total = len(agree | {source_of(c) for c in fact.dissent})
        if total == 1:
            return f"One source gives all of these; it most often gives {fact.value}."
        if 2 * len(agree) > total:
            return f"Most sources ({len(agree)} of {total}) give {fact.value}."
        if _is_tally(fact.subject):
            return (
                f"The latest reports give {fact.value} ({len(agree)} of {total} sources); "
                "a running count is taken at its latest."
            )
        return f"Sources are split: {len(agree)} of {total} give {fact.value}, the best supported."
    most = max(side["sources"] for side in sides)
    leaders = [side for side in sides if side["sources"] == most]
    total = sum(side["sources"] for side in sides)
    if len(leaders) == 1:
        return f"Most sources ({most} of {total}) give {leaders[0]['value']}."
    return f"Sources are split ({most} each)."


def _is_tally(subject: str) -> bool:
    return subject.split("|")[-1].split("/")[-1].split("@")[0] in MOVING_TALLIES


def _stories(
    report: Report,
    article_view: Callable[[Article], dict[str, Any]],
    findings: list[dict[str, Any]],
    anchors: _Anchors,
    claims: dict[str, Claim],
    source_of: Callable[[str], str],
) -> list[dict[str, Any]]:
    members: dict[str, list[Article]] = defaultdict(list)
    claim_counts = Counter(claim.article for claim in claims.values())
    for article in report.articles:
        members[article.story or NO_STORY].append(article)
    for finding in findings:
        members.setdefault(finding["story"], [])
    facts: dict[str, list[dict[str, Any]]] = defaultdict(list)  # by story
    for fact in report.facts:
        if fact.sources >= 2:
            facts[fact.story or NO_STORY].append(
                {
                    "label": readable.subject_label(fact.subject, fact.predicate),
                    "subject": fact.subject,
                    "value": fact.value,
                    "sources": fact.sources,
                    "confidence": f"{fact.confidence:.0%}",
                    "disputed": bool(fact.dissent),
                }
            )
    stories = []
    for story_id in sorted(members, key=_story_order):
        own = [f for f in findings if f["story"] == story_id]
        if not own and not facts[story_id]:
            continue
        dated = sorted(members[story_id], key=lambda a: (a.published is None, a.published, a.id))
        # the story is named by its fullest article: the one with the most claims
        titled = [a for a in dated if a.title]
        title = max(titled, key=lambda a: claim_counts[a.id]).title if titled else None
        if story_id == NO_STORY:
            title = "Across stories"
        title = title or f"Story {story_id}"
        story_facts: list[dict[str, Any]] = sorted(facts[story_id], key=_fact_order)
        stories.append(
            {
                "id": story_id,
                "title": title,
                "anchor": anchors(f"{title} {story_id}"),
                "articles": [article_view(a) for a in dated],
                "conflicts": [f for f in own if f["kind"] == "conflict"],
                "corroborations": [f for f in own if f["kind"] == "corroboration"],
                "notices": [f for f in own if f["kind"] == "notice"],
                "facts": story_facts,
            }
        )
    return stories


def _fact_order(fact: dict[str, Any]) -> tuple[int, str]:
    return -int(fact["sources"]), str(fact["label"])


def _story_order(story: str) -> tuple[int, int, str]:
    if story == NO_STORY:
        return (1, 0, story)
    digits = story.lstrip("s")
    return (0, int(digits) if digits.isdigit() else 0, story)


def _rule_pages(findings: list[Finding]) -> dict[str, dict[str, Any]]:
    """Each reported rule's documentation page, from the installed rule classes."""
    from factcheck.engine import available_rules

    try:
        known = available_rules()
    except Exception:  # a broken third-party rule must not stop a report being written
        known = {}
    pages: dict[str, dict[str, Any]] = {}
    for finding in sorted(findings, key=lambda f: f.rule):
        if finding.rule in pages:
            continue
        rule = known.get(finding.rule)
        documentation = rule.documentation() if rule else ""
        summary, _, body = documentation.partition("\n")
        pages[finding.rule] = {
            "code": finding.rule,
            "name": finding.name,
            "expectation": finding.expectation,
            "summary": summary,
            "sections": _sections(body),
        }
    return pages


def _sections(body: str) -> list[dict[str, str]]:
    """A rule docstring's "Heading\\n    indented text" blocks."""
    sections: list[dict[str, str]] = []
    for line in body.splitlines():
        if line and not line.startswith(" "):
            sections.append({"heading": line.strip(), "text": ""})
        elif sections and line.strip():
            text = sections[-1]["text"]
            sections[-1]["text"] = f"{text} {line.strip()}".strip()
    return sections
