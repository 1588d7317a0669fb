"""Fuzz ingest, the normalisers and the pipeline with mutated real articles.

    python benchmarks/fuzz.py 10000 [--seed 0] [--pipeline-every 200]

Each input is a seed article (seeds/*.txt), mutated (spans deleted,
duplicated, shuffled; odd numbers such as 1e308, ٣, ½, ², impossible dates,
year 99999, markup and control characters put in) and written in one of the
formats ingest reads (plain, `date` line, Published line, dateline, WordPress
JSON, HTML, Markdown front matter, JSON Lines) or as raw bytes in another
encoding or corrupted. Each goes through `read_paths`, then `find_times` and
`find_amounts` over the article text; every `--pipeline-every`-th input also
through `check_articles` (spaCy is loaded before timing starts). Prints one line:

    fuzz: inputs=10000 crashes=0 slowest_s=0.412

(slowest_s in CPU seconds for one input) and, on stderr, the first crashes
and which input was slowest (`--only N` runs just that one again). tests/test_fuzz.py
drives the same generators from hypothesis.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

ODD_NUMBERS = [
    "1e308", "1e-308", "9" * 40, "٣", "١٢٣٬٤٥٦", "½", "²", "①", "5/²", "1/①", "3/⁴", "Ⅻ",
    "３", "99999", "-0", "0/0", "1/0", "NaN", "inf", "1,00,000", "10 000 000", "0.000001",
    "$1e308", "€-5", "1.2.3.4", "1,2,3", "12,34,56,789", "2½", "⅞", "1/2/3/4", "007", "1-2-3",
]  # fmt: skip
ODD_DATES = [
    "February 30, 2024", "31 April 2023", "2024-13-45", "year 99999", "99999-01-01",
    "0000-00-00", "June 0, 2024", "9999-12-31", "0001-01-01", "Monday, 31 February 2025",
    "the 1990s", "10/15/20240", "Q5 2024", "13:99 p.m.", "the 99th century", "May 99",
    "next 1e308 years", "20000 BC", "2024-02-29", "2023-02-29", "Sept. 31, 2024",
]  # fmt: skip
NASTY = [
    "<!---->" * 30, " " * 3000, "\t" * 500, "\x00", "\x1b[31m", "\u202e", "\u2028", "\ufeff",
    '{"', "[{", "---\n", "\n# ", "<html>", "&#xD800;", "&#0;", "\r\n", "🙂" * 5, "-->" * 30,
    "1-" * 300, "Published ", "date ", "<p>", "</article>", "\\", "**", "[link](http://x.y)",
    "http://example.com/a?b=<c>", "about " * 50, "\ud800",
]  # fmt: skip
FORMATS = [
    "plain", "date-line", "published-line", "dateline", "wordpress", "wordpress-list",
    "html", "markdown", "jsonl",
]  # fmt: skip


def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def mutate(text: str, rng: random.Random, operations: int | None = None) -> str:
    """A seed text with a few random edits; each keeps it mostly recognisable."""
    for _ in range(rng.randint(1, 6) if operations is None else operations):
        size = len(text)
        start = rng.randrange(size + 1)
        end = min(size, start + rng.randint(0, 200))
        choice = rng.randrange(8)
        if choice == 0:  # delete a span
            text = text[:start] + text[end:]
        elif choice == 1:  # duplicate a span
            text = text[:end] + text[start:end] + text[end:]
        elif choice == 2:  # shuffle sentences
            pieces = text.split(". ")
            rng.shuffle(pieces)
            text = ". ".join(pieces)
        elif choice == 3:
            text = text[:start] + " " + rng.choice(ODD_NUMBERS) + " " + text[start:]
        elif choice == 4:
            text = text[:start] + " " + rng.choice(ODD_DATES) + " " + text[start:]
        elif choice == 5:
            text = text[:start] + rng.choice(NASTY) + text[start:]
        elif choice == 6:  # odd digits in place of plain ones
            odd = rng.choice(["²", "٣", "①", "３", "½", "⁹"])
            text = "".join(odd if c.isdigit() and rng.random() < 0.2 else c for c in text)
        else:  # cut
            text = text[:start]
    return text


def wrap(text: str, rng: random.Random) -> tuple[str, bytes]:
    """The text as a file in one of the formats ingest reads: (suffix, bytes)."""
    title, _, body = text.partition("\n")
    day = rng.choice(["2024-05-10", "2023-02-30", "99999-01-01", "June 20, 2023", "soon"])
    kind = rng.choice(FORMATS)
    if kind == "plain":
        suffix, content = ".txt", text
    elif kind == "date-line":
        suffix, content = ".txt", f"date {day}\n{text}"
    elif kind == "published-line":
        suffix, content = ".txt", f"{title}\nBy A Writer Published {day}\n\n{body}"
    elif kind == "dateline":
        suffix, content = ".txt", f"{title}\n\nIslamabad, {day} (TDI): {body}"
    elif kind in ("wordpress", "wordpress-list"):
        post = {"id": rng.randint(-5, 10**6), "date": day, "link": "https://example.com/p",
                "title": {"rendered": title}, "content": {"rendered": f"<p>{body}</p>"}}  # fmt: skip
        data: object = [post, {**post, "id": "x"}] if kind == "wordpress-list" else post
        suffix, content = rng.choice([".json", ".txt"]), json.dumps(data)
    elif kind == "html":
        content = (
            f"<!DOCTYPE html><html><head><title>{title}</title><meta name='date' content='{day}'>"
            f"</head><body><nav>Menu</nav><article><h1>{title}</h1><p>{body}</p></article></body></html>"
        )
        suffix = rng.choice([".html", ".txt"])
    elif kind == "markdown":
        suffix, content = (
            ".md",
            f"---\ntitle: {json.dumps(title)}\ndate: {day}\n---\n# {title}\n\n{body}",
        )
    else:
        lines = [
            json.dumps({"id": n, "title": title, "text": body, "published": day}) for n in range(2)
        ]
        suffix, content = ".jsonl", "\n".join(lines) + "\n"
    return suffix, _encode(content, rng)


def _encode(content: str, rng: random.Random) -> bytes:
    """Usually UTF-8; sometimes another encoding, a truncation or flipped bytes."""
    raw = content.encode("utf-8", "surrogatepass")
    choice = rng.randrange(10)
    if choice == 0:
        raw = content.encode(rng.choice(["utf-16", "utf-32", "utf-16-le"]), "surrogatepass")
    elif choice == 1:
        raw = content.encode("cp1252", "replace")
    elif choice == 2 and raw:
        flipped = bytearray(raw)
        for _ in range(rng.randint(1, 10)):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        raw = bytes(flipped)
    elif choice == 3:
        raw = raw[: rng.randrange(len(raw) + 1)]
    return raw


def run_one(folder: Path, suffix: str, content: bytes, pipeline: bool) -> float:
    """Ingest the file and normalise its articles (and the pipeline, if asked); CPU seconds.

    CPU time, not wall-clock time: the machines these run on are shared, and a
    busy neighbour must not make an input look slow. A hang still shows, as a
    run that does not finish; ingest never opens anything but regular files.
    """
    from factcheck.ingest.reader import read_paths
    from factcheck.normalise.amounts import find_amounts
    from factcheck.normalise.timex import find_times

    path = folder / f"input{suffix}"
    path.write_bytes(content)
    started = time.process_time()
    articles, errors = read_paths([path])
    for article in articles:
        find_times(article.text, article.published or date(2024, 5, 10))
        find_amounts(article.text)
    if pipeline and articles:
        from factcheck.pipeline import check_articles

        check_articles(articles, errors)
    return time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", type=int, help="how many inputs to try")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pipeline-every", type=int, default=200)
    parser.add_argument("--only", type=int, help="run just this input number (to look at it)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts = seed_texts()
    if args.pipeline_every:
        from factcheck.nlp import load_pipeline

        load_pipeline()  # once, before timing
    crashes, slowest, slowest_input = 0, 0.0, ""
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for number in range(args.inputs):
            text = mutate(rng.choice(texts), rng)
            suffix, content = wrap(text, rng)
            pipeline = bool(args.pipeline_every) and number % args.pipeline_every == 0
            if args.only is not None and number != args.only:
                continue
            try:
                seconds = run_one(folder, suffix, content, pipeline)
            except Exception:  # noqa: BLE001 - counting crashes is the point
                crashes += 1
                if crashes <= 3:
                    print(f"crash on input {number} ({suffix}):", file=sys.stderr)
                    traceback.print_exc()
                continue
            if seconds > slowest:
                slowest = seconds
                slowest_input = f"input {number}: {suffix}, {len(content):,} bytes" + (
                    ", through the pipeline" if pipeline else ""
                )
    print(f"slowest: {slowest_input} (rerun with --seed {args.seed})", file=sys.stderr)
    print(f"fuzz: inputs={args.inputs} crashes={crashes} slowest_s={slowest:.3f}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
