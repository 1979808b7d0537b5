"""Reading input documents: plain-text files, directories and JSONL.

``read_documents`` turns paths into ``InputDocument`` records, one
per document, in a stable order:

* a ``.jsonl`` file gives one document per non-empty line, a JSON object
  with a ``text`` field and optional ``id`` and ``date`` fields;
* any other file is one plain-text document (UTF-8; a byte-order mark is
  dropped).  It may start with a date header (``date 2023-07-14``,
  ``date 2023-07`` or ``date: 2023-07``), alone on the first line or
  followed by the text on the same line: the date is taken from it and
  the header is removed, so the document text is the article itself;
* a directory is searched recursively for ``*.txt`` and ``*.jsonl`` files;
* ``-`` reads one plain-text document from standard input.

Problems never stop the run: a missing file, bytes that are not UTF-8, a
line that is not JSON or lacks a ``text`` string, an invalid date, or a
directory without documents each give one record with ``error`` set (and an
empty ``text``), named by its ``source`` (``path`` or ``path:line``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

PathLike = str | os.PathLike[str]

#: File suffixes searched for in directories.
DIRECTORY_SUFFIXES = (".txt", ".jsonl")

_DATE = r"\d{4}(?:-\d{1,2}){0,2}"
# "date 2023-07 Text…", "date: 2023-07-14\nText…" (leading whitespace allowed; year and month needed)
_HEADER = re.compile(r"\A\s*date\s*[:=]?[ \t]*(\d{4}-\d{1,2}(?:-\d{1,2})?)(?=\s|\Z)\s*", re.IGNORECASE)
_DATE_ONLY = re.compile(rf"\A{_DATE}\Z")


@attrs.frozen
class InputDocument:
    """One input document, or the record of why it could not be read.

    Attributes:
        id: the document's name: the ``id`` field of a JSONL line, else the
            file name without suffix (relative to a searched directory), with
            ``:line`` for JSONL lines without an ``id``.
        text: the text to analyse (empty when ``error`` is set).
        date: the date as an ISO string (``2023-07-14``, ``2023-07`` or
            ``2023``), or None.
        source: where it came from: ``path`` or ``path:line``.
        error: why the document could not be read, or None.
    """

    id: str
    text: str
    date: str | None = None
    source: str = ""
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the document was read without error."""
        return self.error is None


def check_date(value: object) -> str | None:
    """``value`` as an ISO date string (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); ValueError when it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str) or not _DATE_ONLY.match(value.strip()):
        raise ValueError(f"date must look like 2023, 2023-07 or 2023-07-14, not {value!r}")
    text = value.strip()
    parts = [int(p) for p in text.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as error:
        raise ValueError(f"not a valid date: {text!r} ({error})") from None
    return text


def split_header(text: str) -> tuple[str | None, str]:
    """(date, text without its ``date YYYY-MM[-DD]`` header); (None, text) when there is no header."""
    match = _HEADER.match(text)
    if match is None:
        return None, text
    return match.group(1), text[match.end():]


def read_documents(paths: PathLike | Iterable[PathLike], *, encoding: str = "utf-8") -> Iterator[InputDocument]:
    """Yield the documents in ``paths`` (files, directories, JSONL, ``-``), errors included as records."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for path in paths:
        name = os.fspath(path)
        if name == "-":
            yield _from_text("stdin", sys.stdin.read(), "<stdin>")
            continue
        p = Path(name)
        if p.is_dir():
            yield from _read_directory(p, encoding)
        elif not p.exists():
            yield _error(p.stem or name, name, "no such file or directory")
        elif p.suffix.lower() == ".jsonl":
            yield from _read_jsonl(p, p.stem, encoding)
        else:
            yield _read_text(p, p.stem, encoding)


def _read_directory(root: Path, encoding: str) -> Iterator[InputDocument]:
    files = sorted(f for f in root.rglob("*") if f.is_file() and f.suffix.lower() in DIRECTORY_SUFFIXES)
    if not files:
        yield _error(root.name or str(root), str(root), f"no {' or '.join(DIRECTORY_SUFFIXES)} files in this directory")
        return
    for f in files:
        doc_id = f.relative_to(root).with_suffix("").as_posix()
        if f.suffix.lower() == ".jsonl":
            yield from _read_jsonl(f, doc_id, encoding)
        else:
            yield _read_text(f, doc_id, encoding)


def _error(doc_id: str, source: str, message: str) -> InputDocument:
    return InputDocument(id=doc_id, text="", source=source, error=message)


def _decode(data: bytes, encoding: str) -> str:
    """Decode, dropping a UTF-8 byte-order mark; UnicodeDecodeError says where it fails."""
    if encoding.lower().replace("-", "").replace("_", "") == "utf8":
        encoding = "utf-8-sig"
    return data.decode(encoding)


def _decode_message(error: UnicodeDecodeError, encoding: str) -> str:
    bad = error.object[error.start:error.start + 1]
    return f"not {encoding} text: byte 0x{bad.hex()} at offset {error.start} cannot be decoded"


def _read_text(path: Path, doc_id: str, encoding: str) -> InputDocument:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return _error(doc_id, source, error.strerror or str(error))
    try:
        text = _decode(data, encoding)
    except UnicodeDecodeError as error:
        return _error(doc_id, source, _decode_message(error, encoding))
    except LookupError as error:
        return _error(doc_id, source, str(error))
    return _from_text(doc_id, text, source)


def _from_text(doc_id: str, text: str, source: str) -> InputDocument:
    date, body = split_header(text)
    try:
        date = check_date(date)
    except ValueError as error:
        return _error(doc_id, source, f"bad date header: {error}")
    return InputDocument(id=doc_id, text=body, date=date, source=source)


def _read_jsonl(path: Path, stem: str, encoding: str) -> Iterator[InputDocument]:
    try:
        data = path.read_bytes()
    except OSError as error:
        yield _error(stem, str(path), error.strerror or str(error))
        return
    for number, raw in enumerate(data.splitlines(), 1):
        source = f"{path}:{number}"
        fallback_id = f"{stem}:{number}"
        try:
            line = _decode(raw, encoding) if number == 1 else raw.decode(encoding)
        except UnicodeDecodeError as error:
            yield _error(fallback_id, source, _decode_message(error, encoding))
            continue
        except LookupError as error:
            yield _error(fallback_id, source, str(error))
            return
        if not line.strip():
            continue
        yield _from_json_line(line, fallback_id, source)


def _from_json_line(line: str, fallback_id: str, source: str) -> InputDocument:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return _error(fallback_id, source, f"not a JSON line ({error.msg} at column {error.colno})")
    if not isinstance(record, dict):
        return _error(fallback_id, source, f"expected a JSON object, got {type(record).__name__}")
    raw_id = record.get("id")
    doc_id = str(raw_id) if raw_id is not None and raw_id != "" else fallback_id
    text = record.get("text")
    if text is None:
        return _error(doc_id, source, "no 'text' field")
    if not isinstance(text, str):
        return _error(doc_id, source, f"'text' must be a string, not {type(text).__name__}")
    try:
        date = check_date(record.get("date"))
    except ValueError as error:
        return _error(doc_id, source, f"bad 'date' field: {error}")
    return InputDocument(id=doc_id, text=text, date=date, source=source)
