"""The rule pack: data-driven cases for every rule, and the rule contract.

Each file in `rule_cases/` holds the flagged and clean cases of one rule. The
runner builds groups the way the pipeline does (`group_claims`, every article in
one story) and runs the rule through `pipeline.run_rules`, so a rule that
crashes shows up as an FC901 notice rather than an error here.

A case gives either `claims` (claim-level: the rule alone on those claims) or
articles with their `text` (the whole pipeline from extraction on, with the
rule selected).

A case may add `also_run`: codes of other pack rules to run alongside, or
"crashing-rule" (a test rule that raises on every group); and
`message_contains`: words some finding of the rule must have in its message.
"""

from __future__ import annotations

import calendar
import itertools
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.engine import Group, Rule, RuleDefinitionError, available_rules, run_rules
from factcheck.engine import base as rulebase
from factcheck.engine.compare import INITIALS_SKIP, same_source
from factcheck.group import group_claims
from factcheck.models import Article, Claim, Finding
from factcheck.pipeline import CheckOptions, check_articles

CASES_DIR = Path(__file__).parent / "rule_cases"
COMPLETE_DOC = """A rule made up by a test.

    What it flags
        Nothing.

    Why it matters
        It does not.

    Flagged example
        None.

    Consistent example
        None.

    Configuration
        None.
    """


class CrashingRule:
    """Stands in for a buggy user rule. Not a `Rule` subclass, so it stays out of
    the global registry; `run_rules` only needs these attributes."""

    code = "FC998"
    name = "test.crashes"
    kinds = ("event", "amount", "role", "place", "weekday")

    def check(self, group: Group) -> Iterator[Finding]:
        yield from ()
        _ = len(group.claims) / 0


def _load_cases() -> list[tuple[str, dict[str, Any]]]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["rule"] == path.stem.upper(), f"{path.name} holds cases of {data['rule']}"
        for case in data["cases"]:
            cases.append((data["rule"], case))
    return cases


CASES = _load_cases()


def _articles(case: dict[str, Any], claims: list[Claim]) -> dict[str, Article]:
    """Articles whose text is their claims' distinct sentences, joined by a space."""
    articles = {}
    for entry in case["articles"]:
        sentences: list[str] = []
        for claim in claims:
            if claim.article == entry["id"] and claim.sentence not in sentences:
                sentences.append(claim.sentence)
        articles[entry["id"]] = Article(
            id=entry["id"], path=entry["id"], text=" ".join(sentences), published=entry["published"]
        )
    return articles


def _rules(code: str, case: dict[str, Any]) -> list[Any]:
    pack = available_rules()
    rules: list[Any] = [pack[code]()]
    for extra in case.get("also_run", []):
        rules.append(CrashingRule() if extra == "crashing-rule" else pack[extra]())
    return rules


def _run_texts(code: str, case: dict[str, Any]) -> tuple[list[Finding], list[Claim]]:
    """A case given as article texts: the whole pipeline, with the case's rules selected."""
    articles = [
        Article(id=entry["id"], path=entry["id"], text=entry["text"], published=entry["published"])
        for entry in case["articles"]
    ]
    options = CheckOptions(select=[code, *case.get("also_run", [])])
    report = check_articles(articles, [], options)
    return report.findings, report.claims


def run_case(code: str, case: dict[str, Any]) -> tuple[list[Finding], list[Claim]]:
    """All findings of a case's run and its claims."""
    if "claims" not in case:
        return _run_texts(code, case)
    claims = [Claim.model_validate(claim) for claim in case["claims"]]
    articles = _articles(case, claims)
    stories = {article_id: "story1" for article_id in articles}
    groups = group_claims(claims, articles, stories)
    return run_rules(groups, _rules(code, case)), claims


@pytest.mark.parametrize(
    ("code", "case"), CASES, ids=[f"{code}-{case['expect']}-{case['name']}" for code, case in CASES]
)
def test_rule_case(code: str, case: dict[str, Any]) -> None:
    findings, _ = run_case(code, case)
    own = [finding for finding in findings if finding.rule == code]
    shown = "\n".join(f"  {f.rule} {f.claims}: {f.message}" for f in findings) or "  (none)"
    if case["expect"] == "flagged":
        assert own, f"expected a {code} finding, got:\n{shown}"
        for words in case.get("message_contains", []):
            assert any(words in finding.message for finding in own), (
                f"no {code} finding mentions {words!r}:\n{shown}"
            )
        for field in ("kind", "severity"):  # what a case says of how it is reported
            if field in case:
                assert {getattr(finding, field) for finding in own} == {case[field]}, shown
    else:
        assert case["expect"] == "clean", f"expect must be flagged or clean, not {case['expect']!r}"
        assert not own, f"expected no {code} finding, got:\n{shown}"


def test_every_rule_has_a_flagged_and_a_clean_case() -> None:
    expectations: dict[str, set[str]] = {}
    for code, case in CASES:
        expectations.setdefault(code, set()).add(case["expect"])
    lacking = {
        code: sorted({"flagged", "clean"} - expectations.get(code, set()))
        for code in available_rules()
        if expectations.get(code, set()) != {"flagged", "clean"}
    }
    assert not lacking, f"rules lacking cases in {CASES_DIR.name}/: {lacking}"


def test_case_names_are_unique_per_rule() -> None:
    seen = [(code, case["name"]) for code, case in CASES]
    assert len(seen) == len(set(seen))


# ── Fingerprints ───────────────────────────────────────────────────────────

UNRELATED_ARTICLE = {"id": "000_unrelated.txt", "published": "2024-09-20"}
UNRELATED_CLAIM = {
    "article": "000_unrelated.txt",
    "kind": "event",
    "subject": "story9|earthquake@turkey",
    "predicate": "strike",
    "status": "done",
    "value": {
        "type": "event",
        "time": {"start": "2024-09-19", "end": "2024-09-19", "granularity": "day"},
    },
    "text": "struck eastern Turkey on Thursday",
    "sentence": "A magnitude 5.8 earthquake struck eastern Turkey on Thursday.",
    "span": [27, 60],
}


UNRELATED_TEXT = (
    "A magnitude 5.8 earthquake struck eastern Turkey on Thursday, the Turkish disaster "
    "agency AFAD said. Mehmet Yilmaz, 52, of Malatya, was hurt."
)


def _with_unrelated_article(case: dict[str, Any]) -> dict[str, Any]:
    """The case with one more article (and claim) put first, so every claim id shifts."""
    if "claims" not in case:
        unrelated = {**UNRELATED_ARTICLE, "text": UNRELATED_TEXT}
        return {**case, "articles": [unrelated, *case["articles"]]}
    claims = [{**UNRELATED_CLAIM, "id": "c1"}]
    for number, claim in enumerate(case["claims"], start=2):
        claims.append({**claim, "id": f"c{number}"})
    return {**case, "articles": [UNRELATED_ARTICLE, *case["articles"]], "claims": claims}


FLAGGED = [
    pytest.param(
        code,
        case,
        id=f"{code}-{case['name']}",
    )
    for code, case in CASES
    if case["expect"] == "flagged"
]


@pytest.mark.parametrize(("code", "case"), FLAGGED)
def test_fingerprints_do_not_change_when_an_unrelated_article_is_added(
    code: str, case: dict[str, Any]
) -> None:
    alone, _ = run_case(code, case)
    extended, extended_claims = run_case(code, _with_unrelated_article(case))
    unrelated = {c.id for c in extended_claims if c.article == UNRELATED_ARTICLE["id"]}
    about_case = [finding for finding in extended if not unrelated & set(finding.claims)]
    assert alone
    assert sorted(f.fingerprint for f in alone) == sorted(f.fingerprint for f in about_case)


REPEATS = 3


def _with_repeating_articles(case: dict[str, Any]) -> dict[str, Any]:
    """The case with more articles that each repeat one of its articles word for word."""
    copies = [
        {**entry, "id": f"repeat{number}-{entry['id']}"}
        for number in range(REPEATS)
        for entry in case["articles"]
    ]
    if "claims" not in case:
        return {**case, "articles": [*case["articles"], *copies]}
    claims = list(case["claims"])
    for copy in copies:
        original = copy["id"].split("-", 1)[1]
        for claim in case["claims"]:
            if claim["article"] == original:
                claims.append({**claim, "id": f"c{len(claims) + 1}", "article": copy["id"]})
    return {**case, "articles": [*case["articles"], *copies], "claims": claims}


# claim-level cases only: the rule's own property, apart from how stories are assigned
FLAGGED_CLAIMS = [param for param in FLAGGED if "claims" in param.values[1]]


@pytest.mark.parametrize(("code", "case"), FLAGGED_CLAIMS)
def test_fingerprints_do_not_change_when_more_articles_repeat_a_value(
    code: str, case: dict[str, Any]
) -> None:
    alone, _ = run_case(code, case)
    repeated, _ = run_case(code, _with_repeating_articles(case))
    own = sorted(f.fingerprint for f in alone if f.rule == code)
    assert own
    assert own == sorted(f.fingerprint for f in repeated if f.rule == code)


# ── Findings grow with disagreements, not with pairs of claims ─────────────

OPENED = "Pakistan opened its High Commission in Kigali in {words}."


def _opening(number: int, article: str, year: int, month: int) -> dict[str, Any]:
    words = f"{calendar.month_name[month]} {year}"
    sentence = OPENED.format(words=words)
    text = f"opened its High Commission in Kigali in {words}"
    last_day = calendar.monthrange(year, month)[1]
    return {
        "id": f"c{number}",
        "article": article,
        "kind": "event",
        "subject": "pakistan/high-commission@rwanda",
        "predicate": "open",
        "status": "done",
        "scope": "global",
        "value": {
            "type": "event",
            "time": {
                "start": f"{year}-{month:02d}-01",
                "end": f"{year}-{month:02d}-{last_day}",
                "granularity": "month",
            },
            "time_text": words,
        },
        "text": text,
        "sentence": sentence,
        "span": [sentence.index(text), sentence.index(text) + len(text)],
    }


@pytest.mark.parametrize(("articles", "dates"), [(2, 2), (40, 2), (120, 12)])
def test_many_articles_giving_a_few_dates_make_one_finding_listing_each_date(
    articles: int, dates: int
) -> None:
    case = {
        "articles": [{"id": f"a{n:03d}.txt", "published": "2025-04-22"} for n in range(articles)],
        "claims": [
            _opening(n + 1, f"a{n:03d}.txt", 2021 + n % dates // 12, n % dates % 12 + 1)
            for n in range(articles)
        ],
    }
    findings, claims = run_case("FC101", case)
    (finding,) = [f for f in findings if f.rule == "FC101"]
    assert len(finding.values) == dates
    assert sorted(finding.claims) == sorted(c.id for c in claims)
    stating = [set(value.claims) for value in finding.values]
    assert all(not a & b for a, b in itertools.combinations(stating, 2))


def test_a_pair_of_values_keeps_its_fingerprint_whoever_repeats_it() -> None:
    two = {
        "articles": [{"id": f"a{n}.txt", "published": "2025-04-22"} for n in range(2)],
        "claims": [_opening(1, "a0.txt", 2021, 3), _opening(2, "a1.txt", 2023, 3)],
    }
    many = {
        "articles": [{"id": f"b{n:02d}.txt", "published": "2025-04-22"} for n in range(30)],
        "claims": [_opening(n + 1, f"b{n:02d}.txt", 2021 + 2 * (n % 2), 3) for n in range(30)],
    }
    (first,) = run_case("FC101", two)[0]
    (second,) = run_case("FC101", many)[0]
    assert first.fingerprint == second.fingerprint


# ── The path that joined two claims ────────────────────────────────────────


def _claim(number: int, subject: str) -> Claim:
    return Claim.model_validate(_opening(number, "a.txt", 2021, 3) | {"subject": subject})


def _group_over(edges: list[tuple[str, str]], claims: dict[str, str]) -> Group:
    graph = nx.Graph()
    for first, second in edges:
        graph.add_edge(("subject", first), ("subject", second), relation="alias")
    for claim_id, key in claims.items():
        graph.add_edge(("claim", claim_id), ("subject", key), relation="about")
    members = tuple(_claim(int(claim_id[1:]), key) for claim_id, key in claims.items())
    return Group(subject="k1", predicate="open", claims=members, articles={}, graph=graph)


def test_the_path_between_claims_is_read_off_the_graph() -> None:
    group = _group_over(
        [("k1", "k2"), ("k2", "k3"), ("k3", "k4"), ("k2", "k5")],
        {"c1": "k1", "c2": "k1", "c3": "k2", "c4": "k4", "c5": "k5"},
    )
    first, same_key, alias, far, branch = group.claims
    assert group.path_between(first, same_key) == ("c1", "k1", "c2")
    assert group.path_between(first, alias) == ("c1", "k1", "k2", "c3")
    assert group.path_between(far, first) == ("c4", "k4", "k3", "k2", "k1", "c1")
    assert group.path_between(far, branch) == ("c4", "k4", "k3", "k2", "k5", "c5")
    for one, other in itertools.combinations(group.claims, 2):
        path = group.path_between(one, other)
        assert len(path) == len(
            nx.shortest_path(group.graph, *(("claim", c.id) for c in (one, other)))
        )


def test_no_path_between_claims_the_graph_does_not_join() -> None:
    group = _group_over([("k1", "k2")], {"c1": "k1", "c2": "k3"})
    assert group.path_between(*group.claims) == ()
    assert group.path_between(group.claims[0], _claim(9, "k1")) == ()


# ── The rule contract ──────────────────────────────────────────────────────


@pytest.fixture
def registry() -> Iterator[dict[str, type[Rule]]]:
    """The global registry, restored afterwards whatever a test's class did to it."""
    available_rules()
    before = dict(rulebase.REGISTRY)
    yield rulebase.REGISTRY
    rulebase.REGISTRY.clear()
    rulebase.REGISTRY.update(before)


def test_a_bad_code_fails_at_definition_naming_the_file(registry: dict[str, type[Rule]]) -> None:
    before = dict(registry)
    with pytest.raises(RuleDefinitionError, match=r"test_rules\.py.*'FC1'"):

        class BadCode(Rule):
            __doc__ = COMPLETE_DOC
            code = "FC1"
            name = "test.bad-code"
            severity = "info"
            kinds = ("event",)
            expectation = "Nothing"

    assert registry == before


def test_a_missing_doc_section_fails_at_definition_naming_the_file(
    registry: dict[str, type[Rule]],
) -> None:
    before = dict(registry)
    with pytest.raises(RuleDefinitionError, match=r"test_rules\.py.*FC997.*Configuration"):

        class NoConfigurationSection(Rule):
            __doc__ = COMPLETE_DOC.replace("Configuration", "Settings")
            code = "FC997"
            name = "test.no-configuration"
            severity = "info"
            kinds = ("event",)
            expectation = "Nothing"

    assert registry == before


def test_a_duplicate_code_fails_at_definition_naming_the_file(
    registry: dict[str, type[Rule]],
) -> None:
    original = registry["FC101"]
    with pytest.raises(RuleDefinitionError, match=r"test_rules\.py.*FC101.*already used"):

        class AnotherDateRule(Rule):
            __doc__ = COMPLETE_DOC
            code = "FC101"
            name = "test.duplicate"
            severity = "info"
            kinds = ("event",)
            expectation = "Nothing"

    assert registry["FC101"] is original


def test_a_complete_rule_registers_under_its_code(registry: dict[str, type[Rule]]) -> None:
    class Complete(Rule):
        __doc__ = COMPLETE_DOC
        code = "FC996"
        name = "test.complete"
        severity = "info"
        kinds = ("event",)
        expectation = "Nothing"

    assert registry["FC996"] is Complete
    assert Complete.summary() == "A rule made up by a test."


# ── Regression tests for bugs found while writing these tests ──


def test_two_rules_crashing_on_one_group_give_two_notices() -> None:
    class AlsoCrashing(CrashingRule):
        code = "FC995"
        name = "test.crashes-too"

    code, case = next((c, k) for c, k in CASES if k["name"] == "a-crashing-rule-becomes-a-notice")
    claims = [Claim.model_validate(claim) for claim in case["claims"]]
    articles = _articles(case, claims)
    groups = group_claims(claims, articles, {article_id: "story1" for article_id in articles})
    findings = run_rules(groups, [available_rules()[code](), CrashingRule(), AlsoCrashing()])
    crashed = {finding.message.split()[1] for finding in findings if finding.rule == code}
    assert crashed == {"FC998", "FC995"}


def test_a_rule_elsewhere_with_a_pack_rules_class_name_cannot_take_its_code(
    registry: dict[str, type[Rule]],
) -> None:
    original = registry["FC101"]
    with pytest.raises(RuleDefinitionError, match="already used"):

        class Impostor(Rule):
            __qualname__ = original.__qualname__
            __doc__ = COMPLETE_DOC
            code = "FC101"
            name = "test.impostor"
            severity = "info"
            kinds = ("event",)
            expectation = "Nothing"

    assert registry["FC101"] is original


GROUP_SUBJECT_SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
import test_rules as t
code, case = next((c, k) for c, k in t.CASES if k["name"] == sys.argv[2])
findings, _ = t.run_case(code, case)
print(json.dumps(sorted(f.fingerprint for f in findings)))
"""


def test_fingerprints_do_not_depend_on_the_hash_seed() -> None:
    import os
    import subprocess
    import sys

    outputs = set()
    for seed in ("1", "4"):
        run = subprocess.run(
            [
                sys.executable,
                "-c",
                GROUP_SUBJECT_SCRIPT,
                str(Path(__file__).parent),
                "mission-opened-in-2021-by-two-articles",
            ],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1, f"fingerprints differ between hash seeds: {outputs}"


def body_words(shortest_word: int, fewest_words: int) -> st.SearchStrategy[list[str]]:
    """The words of a body's name, none of them a word initials leave out."""
    return st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=shortest_word, max_size=9).filter(
            lambda word: word not in INITIALS_SKIP
        ),
        min_size=fewest_words,
        max_size=5,
    )


@given(body_words(2, 2))
def test_a_bodys_initials_name_the_same_source_as_its_full_name(words: list[str]) -> None:
    full = "-".join(words)
    initials = "".join(word[0] for word in words)
    assert same_source(initials, full)
    assert same_source(full, initials)
    assert not same_source(initials + "q", full) or "q" in full


@given(body_words(3, 3))
def test_a_name_with_two_of_its_words_as_initials_is_the_same_source(words: list[str]) -> None:
    full = "-".join(words)
    initials = words[0][0] + words[1][0]
    assume(initials not in INITIALS_SKIP)  # "of" spelled as initials reads as the word
    shortened = "-".join([initials, *words[2:]])  # "us-geological-survey"
    assert same_source(shortened, full) and same_source(full, shortened)
    other = "-".join(["x" + word for word in words])  # a name of other words
    assert not same_source(other, full)


def test_people_with_the_same_initials_are_two_sources() -> None:
    assert not same_source("john-paul-smith", "jane-petra-stone")


@given(
    body_words(3, 3),
    st.integers(min_value=2, max_value=4),
)
def test_the_end_of_a_bodys_name_is_the_same_source(words: list[str], kept: int) -> None:
    assume(kept < len(words))
    full = "-".join(words)
    short = "the-" + "-".join(words[-kept:])  # "the Geological Survey"
    assert same_source(short, full)
    assert same_source(full, short)
    # one word is too little to say which body: "the survey", "the ministry"
    assert not same_source("the-" + words[-1], full) or len(words) == 1


def test_other_bodies_with_a_common_last_word_are_other_sources() -> None:
    assert not same_source("geological-survey", "british-antarctic-survey")


def test_a_figure_in_conflict_lists_every_sentence_its_report_gives_it_in() -> None:
    story = (
        " The Azerbaijan Airlines plane crashed near Aktau in Kazakhstan on Wednesday with 67"
        " people on board, and 38 died."
    )
    day = date(2024, 12, 25)
    first = Article(
        id="a.txt",
        path="a.txt",
        published=day,
        text="Plane crashes in Kazakhstan, leaving 38 dead and 29 survivors\n\n"
        "A rescue operation pulled 29 survivors out of the wreckage, Kazakhstan's Deputy Prime"
        " Minister Kanat Bozumbayev said." + story,
    )
    second = Article(
        id="b.txt",
        path="b.txt",
        published=day,
        text="There were 32 survivors, Kazakhstan's emergencies ministry said." + story,
    )
    report = check_articles([first, second], [])
    (finding,) = [f for f in report.findings if f.rule == "FC201" and f.subject == "rescued"]
    said = {value.value: value.claims for value in finding.values}
    assert len(said["29"]) == 2 and len(said["32"]) == 1


@pytest.mark.parametrize(
    ("first", "second", "romanised"),
    [("tempi", "tempe", True), ("amasra", "amasrra", True), ("quilpue", "quilpe", False)],
)
def test_a_places_romanisations_against_a_slip(first: str, second: str, romanised: bool) -> None:
    from factcheck.rules.fc306_place_spelling import _romanised

    assert _romanised(first, second) is romanised
