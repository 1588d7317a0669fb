"""Files on disk: which entries of a folder are articles, and their bytes as text.

Every entry that is not read gets one line saying why (a FIFO, a symlink
loop, an empty folder), because a silent skip looks like a missing article.
Text is UTF-8 unless a byte-order mark or the bytes say otherwise: UTF-16 and
UTF-32 with a mark, and legacy encodings (Latin-1, Windows-1252, …) found by
charset-normalizer, are read; binary files are named as binary.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck.ingest.errors import display_path

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What a binary file is, from its first bytes, to name it in the message.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_MAX_ACCENTED_SHARE = 0.3  # of the letters, in text read as Windows-1252
# More control characters than this in the first 64 KiB: binary, whatever decodes.
_MAX_CONTROL_SHARE = 0.05
_SAMPLE = 65536
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_FILE_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


class Unreadable(Exception):
    """A whole file cannot be read; the message is the one-line reason."""


@dataclass(frozen=True)
class Entry:
    """A file to read, or a path that is not one and why (`problem`)."""

    path: Path
    relative: str  # the article id: the path relative to the folder given
    problem: str | None = None


def walk(given: Path) -> Iterator[Entry]:
    """`given` itself, or every visible entry under it in name order (hidden ones skipped)."""
    problem = entry_problem(given)
    if problem == "a directory":
        yield from _walk_folder(given)
    else:
        yield Entry(given, given.name, problem)


def entry_problem(path: Path) -> str | None:
    """Why `path` is not a regular file to read, or None when it is one."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop (following the link leads back to it)"
        if error.errno == errno.ENOENT and path.is_symlink():
            return f"broken symbolic link (its target {display_path(os.readlink(path))} is missing)"
        if error.errno == errno.ENOENT:
            return "no such file or directory"
        return f"cannot read: {error.strerror or error}"
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _FILE_KINDS if test(mode)), "not a file")
    return f"not a regular file: {kind}; not read"


def _walk_folder(folder: Path) -> Iterator[Entry]:
    entries: list[Entry] = []

    def report(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        entries.append(_entry(folder, where, f"cannot read directory: {error.strerror or error}"))

    for root, dirs, names in os.walk(folder, onerror=report):
        dirs.sort()
        here = Path(root)
        visible_dirs = [name for name in dirs if not name.startswith(".")]
        visible_names = [name for name in names if not name.startswith(".")]
        # os.walk does not follow links to folders; say so rather than skip them quietly.
        dirs[:] = [name for name in visible_dirs if not (here / name).is_symlink()]
        for name in sorted(set(visible_dirs) - set(dirs)):
            reason = "symbolic link to a directory; not followed (give the directory itself)"
            entries.append(_entry(folder, here / name, reason))
        if here != folder and not visible_dirs and not visible_names:
            entries.append(_entry(folder, here, "empty directory; nothing to read"))
        for name in visible_names:
            full = here / name
            entries.append(_entry(folder, full, entry_problem(full)))
    if not entries:
        yield Entry(
            folder, folder.name, "no files in directory (hidden files and folders are skipped)"
        )
    yield from sorted(entries, key=lambda entry: entry.relative)


def _entry(folder: Path, path: Path, problem: str | None) -> Entry:
    return Entry(path, path.relative_to(folder).as_posix(), problem)


def decode(raw: bytes) -> str:
    """The text of a file's bytes with `\\n` line endings; `Unreadable` when it is not text."""
    text = _text_of(raw)
    if not text.strip():
        raise Unreadable("empty file" if not text else "empty file (whitespace only)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _text_of(raw: bytes) -> str:
    for mark, codec in _BOMS:
        if raw.startswith(mark):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError as error:
                name = codec.removesuffix("-sig").upper()
                raise Unreadable(f"not valid {name} text: {error.reason} at byte {error.start}")
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise Unreadable(f"binary file ({kind}), not text")
    if b"\x00" not in raw:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return _detected(raw)
        if _looks_binary(text):
            raise Unreadable("binary file, not text: full of control characters")
        return text
    return _detected(raw)


def _detected(raw: bytes) -> str:
    """Text in an encoding other than UTF-8 (without a mark), else `Unreadable`."""
    nul = b"\x00" in raw
    if not nul and (western := _western(raw)) is not None:
        return western
    from charset_normalizer import from_bytes  # lazy: only unusual files need it

    best = from_bytes(raw).best()
    if best is not None:
        text = str(best)
        wide = best.encoding.startswith(("utf_16", "utf_32"))
        # NUL bytes belong in UTF-16 and UTF-32 only, and those without a mark
        # are guessed: the guess must read as words (any two bytes are UTF-16).
        if (not nul or (wide and _reads_as_words(text))) and not _looks_binary(text):
            return text
    what = "contains NUL bytes" if nul else "no text encoding fits its bytes"
    raise Unreadable(f"binary file, not text: {what}")


def _western(raw: bytes) -> str | None:
    """The text as Windows-1252 (a superset of Latin-1's letters) when it reads as such.

    Detectors tell the single-byte code pages apart poorly on short texts, and
    Western European news is the common case. Text in another alphabet read as
    Windows-1252 is nearly all accented letters ("Ðîññèÿ"); Western text has a
    few among plain ASCII ones.
    """
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
        text = raw.decode("latin-1")
    letters = [character for character in text[:_SAMPLE] if character.isalpha()]
    accented = sum(1 for character in letters if not character.isascii())
    if not letters or accented > _MAX_ACCENTED_SHARE * len(letters) or _looks_binary(text):
        return None
    return text


def _reads_as_words(text: str) -> bool:
    sample = text[:_SAMPLE]
    wordlike = sum(1 for character in sample if unicodedata.category(character)[0] in "LMNPZ")
    return any(character.isspace() for character in sample) and wordlike >= 0.8 * len(sample)


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    return len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * max(1, len(sample))
