"""Exporting results: a table with one row per quote, JSONL and CSV files.

* ``quote_rows(docs)``: one plain dict per quote with the columns in
  ``COLUMNS`` (no dependencies);
* ``to_dataframe(docs)``: the same rows as a pandas ``DataFrame``
  (``pip install 'quoteattr[pandas]'``);
* ``write_csv(docs, path)``: the same rows as CSV (standard library only);
* ``write_jsonl(docs, path)`` and ``read_jsonl(path)``: whole documents
  (text, quotes, entities) as JSON lines, one document per line, and back.

``docs`` is one ``AttributedDocument`` or an iterable of them.  Offsets are
character offsets into each document's text: ``text[start:end]`` is the
quote (without its quotation marks).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

from quoteattr.results import AttributedDocument, Cue, Entity, Mention, Quote

if TYPE_CHECKING:  # pragma: no cover
    import pandas

#: The columns of ``quote_rows``, ``to_dataframe`` and ``write_csv``, in order.
COLUMNS: tuple[str, ...] = (
    "doc_id",        # the document's id (None when it has none)
    "date",          # the document's date, ISO (YYYY-MM-DD)
    "start",         # offset of the quote in the document text (inside the quotation marks)
    "end",           # end offset, exclusive: text[start:end] is the quote
    "kind",          # direct, partial, scare or indirect
    "text",          # the quote
    "speaker",       # who said it: the fullest name the text gives (None when unknown)
    "speaker_kind",  # person, organisation, anonymous or group
    "role",          # the speaker's role as the text gives it (premier, D66-leider)
    "party",         # the speaker's party: as the text gives it, else the knowledge base's
    "kb_id",         # the speaker's knowledge-base id, when linked
    "kb_name",       # the speaker's full name in the knowledge base, when linked
    "cue",           # the cue as it stands in the text (zegt, aldus, volgens, :) - empty for continuations
    "cue_lemma",     # the cue's lemma (zeggen, laten weten, continuation)
    "confidence",    # the attribution rule's confidence, 0..1
    "rule",          # the rule that decided the speaker (see quoteattr.attribution)
)

_TEXT_COLUMNS = tuple(c for c in COLUMNS if c not in ("date", "start", "end", "confidence"))

_PANDAS_MISSING = "to_dataframe() needs pandas: pip install 'quoteattr[pandas]'"

PathOrFile = str | os.PathLike[str] | IO[str]


def _documents(docs: AttributedDocument | Iterable[AttributedDocument]) -> Iterator[AttributedDocument]:
    """One document or many, checked to be documents."""
    if isinstance(docs, AttributedDocument):
        yield docs
        return
    if isinstance(docs, (str, bytes)) or not isinstance(docs, Iterable):
        raise TypeError(f"expected an AttributedDocument or an iterable of them, not {type(docs).__name__}")
    for n, doc in enumerate(docs):
        if not isinstance(doc, AttributedDocument):
            raise TypeError(f"item {n} is a {type(doc).__name__}, not an AttributedDocument")
        yield doc


def quote_row(doc: AttributedDocument, quote: Quote) -> dict[str, Any]:
    """The row of one quote (keys: ``COLUMNS``)."""
    sp: Entity | None = quote.speaker
    cue: Cue | None = quote.cue
    return {
        "doc_id": doc.id,
        "date": doc.date.isoformat() if doc.date is not None else None,
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "text": quote.text,
        "speaker": sp.name if sp is not None else None,
        "speaker_kind": sp.kind if sp is not None else None,
        "role": sp.role if sp is not None else None,
        "party": (sp.party or sp.kb_party) if sp is not None else None,
        "kb_id": sp.kb_id if sp is not None else None,
        "kb_name": sp.kb_name if sp is not None else None,
        "cue": cue.text if cue is not None else None,
        "cue_lemma": cue.lemma if cue is not None else None,
        "confidence": round(quote.confidence, 4),
        "rule": quote.rule,
    }


def quote_rows(docs: AttributedDocument | Iterable[AttributedDocument]) -> Iterator[dict[str, Any]]:
    """One dict per quote of every document, in document and text order (keys: ``COLUMNS``)."""
    for doc in _documents(docs):
        for quote in doc.quotes:
            yield quote_row(doc, quote)


def to_dataframe(docs: AttributedDocument | Iterable[AttributedDocument]) -> pandas.DataFrame:
    """A pandas ``DataFrame`` with one row per quote and the columns ``COLUMNS``.

    ``date`` is a pandas datetime column (``NaT`` when a document has no
    date); ``start``, ``end`` are integers, ``confidence`` a float, and the
    other columns have the dtype pandas gives strings (``str`` from pandas 3,
    ``object`` before), with or without rows.

    Raises:
        ImportError: when pandas is not installed (``pip install 'quoteattr[pandas]'``).
    """
    try:
        import pandas as pd
    except ImportError as error:
        raise ImportError(_PANDAS_MISSING) from error
    frame = pd.DataFrame.from_records(list(quote_rows(docs)), columns=list(COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"])
    # the text columns get the dtype pandas gives strings (str from pandas 3, object before), also when a
    # table has no rows or a column holds no value, so that tables of parts of a corpus fit together
    text_dtype = pd.Series(["text"]).dtype
    return frame.astype({"date": "datetime64[ns]", "start": "int64", "end": "int64", "confidence": "float64",
                         **{column: text_dtype for column in _TEXT_COLUMNS}})


@contextlib.contextmanager
def _open_for_writing(target: PathOrFile, newline: str | None = None) -> Iterator[IO[str]]:
    if hasattr(target, "write"):
        yield target  # type: ignore[misc]
        return
    with open(os.fspath(target), "w", encoding="utf-8", newline=newline) as handle:
        yield handle


def write_jsonl(docs: AttributedDocument | Iterable[AttributedDocument], path_or_file: PathOrFile) -> int:
    """Write each document's ``to_json()`` as one line; returns the number of documents written.

    ``path_or_file`` is a path (the file is overwritten, UTF-8) or an open
    text file.  ``read_jsonl`` reads the documents back.
    """
    count = 0
    with _open_for_writing(path_or_file) as handle:
        for doc in _documents(docs):
            handle.write(doc.to_json())
            handle.write("\n")
            count += 1
    return count


def write_csv(docs: AttributedDocument | Iterable[AttributedDocument], path_or_file: PathOrFile, *,
              header: bool = True) -> int:
    """Write one CSV row per quote (empty cells for None); returns the number of rows.

    Lines end in CRLF, as RFC 4180 has it; cells with line breaks, commas or
    quote marks are quoted, so every text survives a round trip.

    The first line is the header (``COLUMNS``) unless ``header`` is False,
    for appending more documents to an open file.
    """
    count = 0
    with _open_for_writing(path_or_file, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS), lineterminator="\r\n")  # RFC 4180; quotes \r too
        if header:
            writer.writeheader()
        for row in quote_rows(docs):
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
            count += 1
    return count


def read_jsonl(path_or_file: PathOrFile) -> Iterator[AttributedDocument]:
    """Read documents written by ``write_jsonl`` (or ``to_json()`` lines).

    Raises:
        ValueError: for a line that is not JSON or not a document, naming the line.
    """
    if hasattr(path_or_file, "read"):
        yield from _read_lines(path_or_file, getattr(path_or_file, "name", "<file>"))  # type: ignore[arg-type]
        return
    name = os.fspath(path_or_file)
    with open(name, encoding="utf-8") as handle:
        yield from _read_lines(handle, name)


def _read_lines(handle: Iterable[str], name: str) -> Iterator[AttributedDocument]:
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            yield document_from_dict(json.loads(line))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{name}:{number}: not a quoteattr document ({type(error).__name__}: {error})") from error


def _span(cls: type[Any], data: dict[str, Any], text: str, what: str) -> Any:
    span = cls(**data)
    if text[span.start:span.end] != span.text:
        raise ValueError(f"{what} at {span.start}:{span.end} does not match the text: {span.text!r}")
    return span


def document_from_dict(data: dict[str, Any]) -> AttributedDocument:
    """The document ``AttributedDocument.to_dict()`` describes; ValueError when an offset does not match the text."""
    text = data["text"]
    if not isinstance(text, str):
        raise ValueError("'text' must be a string")
    entities = []
    for e in data.get("entities", []):
        mentions = tuple(_span(Mention, m, text, f"mention of {e['id']}") for m in e.get("mentions", []))
        fields = {k: v for k, v in e.items() if k not in ("mentions", "kb_offices")}
        entities.append(Entity(**fields, mentions=mentions, kb_offices=tuple(e.get("kb_offices", ()))))
    by_id = {e.id: e for e in entities}
    quotes = []
    for n, q in enumerate(data.get("quotes", [])):
        speaker_id = q.get("speaker")
        if speaker_id is not None and speaker_id not in by_id:
            raise ValueError(f"quote {n} names speaker {speaker_id!r}, which is not among the entities")
        cue = _span(Cue, q["cue"], text, f"cue of quote {n}") if q.get("cue") else None
        mention = _span(Mention, q["speaker_mention"], text, f"speaker mention of quote {n}") \
            if q.get("speaker_mention") else None
        quote = Quote(start=q["start"], end=q["end"], text=q["text"], kind=q["kind"],
                      speaker=by_id[speaker_id] if speaker_id is not None else None, cue=cue,
                      confidence=float(q.get("confidence", 0.0)), rule=q.get("rule", "none"),
                      open_start=q.get("open_start", -1), close_end=q.get("close_end", -1),
                      speaker_mention=mention)
        if text[quote.start:quote.end] != quote.text:
            raise ValueError(f"quote {n} at {quote.start}:{quote.end} does not match the text: {quote.text!r}")
        quotes.append(quote)
    date = data.get("date")
    return AttributedDocument(text=text, quotes=tuple(quotes), entities=tuple(entities),
                              date=dt.date.fromisoformat(date) if date else None, id=data.get("id"))
