"""Ingest problems as the user sees them: one line a file, names made safe to print.

`read_paths` gives at most one `IngestError` a file. A plain `IngestError`
means the file was not read (it counts as skipped); an `IngestNote` means it
was read but something in it was left out, such as an unusable date or one
bad post of several. Both keep the `IngestError` fields, so reports and JSON
stay as they were; `error_line` and `skipped_files` tell them apart.

File names and anything taken from a file's content go through `display_path`
before they reach a message: a newline or an escape byte in a name must not
forge a second line or recolour the terminal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from factcheck.models import IngestError

NOTE_PREFIX = "read, but "
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


class IngestNote(IngestError):
    """A file that was read, with something in it left out; not a skipped file."""


def display_path(path: object) -> str:
    """`path` as one printable line: control and invisible format characters escaped.

    A name's undecodable bytes (Python keeps them as lone surrogates) are shown
    as `\\xNN`; newlines, escape bytes, other control characters, line and
    paragraph separators and bidirectional overrides as `\\n`, `\\x1b`, `\\u2028`.
    Everything else, accents and all scripts included, stays as it is.
    """
    return "".join(_escaped(character) for character in str(path))


def _escaped(character: str) -> str:
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's surrogateescape of one raw byte
        return f"\\x{code - 0xDC00:02x}"
    if character in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[character]
    if unicodedata.category(character) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
        if character == "\u200d" or character == "\u200c":  # joiners shape scripts; harmless
            return character
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return character


def shorten(value: object, limit: int = 60) -> str:
    """A value from a file for a message: its repr, escaped and cut to `limit` characters."""
    text = display_path(repr(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_note(error: IngestError) -> bool:
    """Was the file read (so not skipped)? Also true of a note read back from JSON."""
    return isinstance(error, IngestNote) or error.reason.startswith(NOTE_PREFIX)


def error_line(error: IngestError) -> str:
    """The terminal line for a problem: `skipped PATH: REASON` or `note PATH: REASON`.

    Path and reason are escaped again, so errors built elsewhere are safe too.
    """
    verb = "note" if is_note(error) else "skipped"
    return f"{verb} {display_path(error.path)}: {display_path(error.reason)}"


def skipped_files(errors: Iterable[IngestError]) -> int:
    """How many files were not read at all (notes are about files that were)."""
    return len({error.path for error in errors if not is_note(error)})
