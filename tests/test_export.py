"""Exports: quote rows, pandas, CSV, JSONL round trips, and one document in every output format."""

from __future__ import annotations

import csv
import html.parser
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from samples import conllu_document, seed_document, tricky_document
from strategies import attributed_documents

import quoteattr
from quoteattr.export import (
    COLUMNS,
    document_from_dict,
    quote_rows,
    read_jsonl,
    to_dataframe,
    write_csv,
    write_jsonl,
)
from quoteattr.html import render
from quoteattr.results import AttributedDocument

# seed article: quote number -> expected row fields (read off the article by hand)
SEED_ROWS = [
    (0, {"kind": "indirect", "speaker": "betrokkenen", "speaker_kind": "group", "cue": "Volgens",
         "cue_lemma": "volgens", "rule": "indirect-volgens", "start": 213, "end": 329}),
    (3, {"kind": "direct", "speaker": "Kaag", "role": "D66-leider", "party": "D66", "kb_id": "test-kaag",
         "kb_name": "Sigrid Kaag", "cue": "zegt", "cue_lemma": "zeggen", "confidence": 0.95, "rule": "cue-after",
         "start": 844, "end": 906, "text": "Het is niet een kwestie van optimistisch of pessimistisch zijn"}),
    (4, {"speaker": "Kaag", "cue": "", "cue_lemma": "continuation", "start": 929, "end": 985}),
    # no party in the text: the knowledge base's
    (6, {"kind": "partial", "speaker": "Rutte", "role": "premier", "party": "VVD", "kb_name": "Mark Rutte"}),
    (13, {"kind": "partial", "speaker": None, "speaker_kind": None, "role": None, "party": None, "kb_id": None,
          "cue": None, "cue_lemma": None, "rule": "reportative", "text": "voor 95 procent"}),
]


def test_columns_are_the_documented_ones() -> None:
    assert COLUMNS == ("doc_id", "date", "start", "end", "kind", "text", "speaker", "speaker_kind", "role", "party",
                       "kb_id", "kb_name", "cue", "cue_lemma", "confidence", "rule")


@pytest.mark.parametrize(("n", "expected"), SEED_ROWS)
def test_seed_rows(n: int, expected: dict[str, Any]) -> None:
    doc = seed_document()
    rows = list(quote_rows(doc))
    assert len(rows) == 14 and all(list(r) == list(COLUMNS) for r in rows)
    assert rows[n]["doc_id"] == "seed" and rows[n]["date"] == "2023-07-01"
    for key, value in expected.items():
        assert rows[n][key] == value, key
    assert doc.text[rows[n]["start"]:rows[n]["end"]] == rows[n]["text"]


def test_rows_of_several_documents_in_order() -> None:
    rows = list(quote_rows([tricky_document(), seed_document()]))
    assert [r["doc_id"] for r in rows] == ["tricky&<1>"] * 3 + ["seed"] * 14


@pytest.mark.parametrize("bad", ["tekst", 42, [seed_document(), "tekst"]])
def test_rows_reject_what_is_not_a_document(bad: Any) -> None:
    with pytest.raises(TypeError, match="AttributedDocument"):
        list(quote_rows(bad))


def test_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    frame = to_dataframe([seed_document(), tricky_document()])
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 17
    assert str(frame["start"].dtype) == "int64" and str(frame["confidence"].dtype) == "float64"
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    assert frame["date"].iloc[0] == pd.Timestamp("2023-07-01")
    assert frame.groupby("speaker").size()["Van der Burg"] == 3
    assert frame.loc[frame["kind"] == "scare", "text"].tolist() == ["Stad & Ommeland"]


def test_dataframe_of_no_quotes_has_the_columns() -> None:
    pytest.importorskip("pandas")
    frame = to_dataframe(AttributedDocument(text="Geen citaten hier.", quotes=()))
    assert list(frame.columns) == list(COLUMNS) and len(frame) == 0


def test_dataframe_without_pandas_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r"pip install 'quoteattr\[pandas\]'"):
        to_dataframe(seed_document())


def test_public_names() -> None:
    assert quoteattr.to_dataframe is to_dataframe
    assert quoteattr.write_jsonl is write_jsonl and quoteattr.write_csv is write_csv
    assert quoteattr.render is render


def test_jsonl_round_trip_through_a_path(tmp_path: Path) -> None:
    docs = [seed_document(), tricky_document()]
    path = tmp_path / "uit.jsonl"
    assert write_jsonl(docs, path) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and "„Het is niet een kwestie" in lines[0]  # UTF-8, not \u escapes
    assert list(read_jsonl(path)) == docs


def test_jsonl_round_trip_through_a_file_object() -> None:
    buffer = io.StringIO()
    write_jsonl(tricky_document(), buffer)
    buffer.seek(0)
    [back] = read_jsonl(buffer)
    assert back == tricky_document()
    assert back.quotes[0].speaker is back.entities[0]


def test_read_jsonl_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "stuk.jsonl"
    path.write_text(tricky_document().to_json() + "\n\n{kapot\n", encoding="utf-8")
    docs = read_jsonl(path)
    assert next(docs) == tricky_document()
    with pytest.raises(ValueError, match=r"stuk\.jsonl:3"):
        next(docs)


def test_document_from_dict_checks_offsets() -> None:
    data = tricky_document().to_dict()
    data["quotes"][0]["start"] += 1
    with pytest.raises(ValueError, match="does not match the text"):
        document_from_dict(data)
    data = tricky_document().to_dict()
    data["quotes"][0]["cue"]["start"] += 1
    with pytest.raises(ValueError, match="cue of quote 0"):
        document_from_dict(data)
    data = tricky_document().to_dict()
    data["quotes"][0]["speaker"] = "e9"
    with pytest.raises(ValueError, match="not among the entities"):
        document_from_dict(data)


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv(tmp_path: Path) -> None:
    path = tmp_path / "uit.csv"
    assert write_csv([seed_document(), tricky_document()], path) == 17
    raw = path.read_bytes().decode("utf-8")
    rows = _csv_rows(raw)
    assert raw.splitlines()[0] == ",".join(COLUMNS)
    assert rows[3]["speaker"] == "Kaag" and rows[3]["confidence"] == "0.95" and rows[3]["start"] == "844"
    assert rows[13]["speaker"] == "" and rows[13]["cue"] == ""  # None is an empty cell
    # a quote with a comma, quote marks and markup survives
    assert rows[14]["text"] == "Dit is <script>alert('x')</script> onzin & meer"
    assert rows[14]["party"] == 'Lokaal & "Sterk"'


def test_csv_keeps_newlines_inside_cells() -> None:
    text = "Zij zei: „Eerst dit.\nDan dat.”"
    start = text.index("Eerst")
    end = text.index("”")
    from quoteattr.results import Quote

    doc = AttributedDocument(text=text, quotes=(Quote(start, end, text[start:end], "direct"),))
    buffer = io.StringIO()
    write_csv(doc, buffer)
    [row] = _csv_rows(buffer.getvalue())
    assert row["text"] == "Eerst dit.\nDan dat." and text[int(row["start"]):int(row["end"])] == row["text"]


@settings(max_examples=150, deadline=None)
@given(attributed_documents())
def test_any_document_round_trips_through_jsonl_and_csv(doc: AttributedDocument) -> None:
    buffer = io.StringIO()
    write_jsonl(doc, buffer)
    assert buffer.getvalue().count("\n") == 1  # one line per document, whatever the text holds
    buffer.seek(0)
    assert list(read_jsonl(buffer)) == [doc]
    buffer = io.StringIO()
    write_csv(doc, buffer)
    expected = [{k: "" if v is None else str(v) for k, v in row.items()} for row in quote_rows(doc)]
    assert _csv_rows(buffer.getvalue()) == expected


# --- one document, every format -------------------------------------------------------------


class _QuoteMarks(html.parser.HTMLParser):
    """Quote elements of rendered HTML: number -> (start, end, kind, speaker id, text inside)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.quotes: dict[int, dict[str, Any]] = {}
        self.open: list[int | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        n = int(a["data-quote"]) if a.get("data-quote") and "qa-q" in (a.get("class") or "") else None
        if n is not None:
            q = self.quotes.setdefault(n, {"text": ""})
            q.update(start=int(a["data-start"] or 0), end=int(a["data-end"] or 0), kind=a["data-kind"],
                     speaker=a.get("data-speaker"))
        self.open.append(n)

    def handle_endtag(self, tag: str) -> None:
        self.open.pop()

    def handle_data(self, data: str) -> None:
        for n in self.open:
            if n is not None:
                self.quotes[n]["text"] += data


def _views(doc: AttributedDocument) -> dict[str, list[tuple[Any, ...]]]:
    """(start, end, kind, text, speaker name) of every quote, as each output format gives it back."""
    views: dict[str, list[tuple[Any, ...]]] = {}
    data = json.loads(doc.to_json())
    names = {e["id"]: e["name"] for e in data["entities"]}
    views["json"] = [(q["start"], q["end"], q["kind"], q["text"], names.get(q["speaker"])) for q in data["quotes"]]
    buffer = io.StringIO()
    write_jsonl(doc, buffer)
    buffer.seek(0)
    [back] = read_jsonl(buffer)
    views["jsonl"] = [(q.start, q.end, q.kind, q.text, q.speaker_name) for q in back.quotes]
    buffer = io.StringIO()
    write_csv(doc, buffer)
    views["csv"] = [(int(r["start"]), int(r["end"]), r["kind"], r["text"], r["speaker"] or None)
                    for r in _csv_rows(buffer.getvalue())]
    try:
        frame = to_dataframe(doc)
        views["dataframe"] = [(int(r.start), int(r.end), r.kind, r.text, r.speaker if isinstance(r.speaker, str)
                               else None) for r in frame.itertuples()]
    except ImportError:
        pass
    parser = _QuoteMarks()
    parser.feed(render(doc, standalone=False))
    by_id = {e.id: e.name for e in doc.entities}
    views["html"] = []
    for n in sorted(parser.quotes):
        q = parser.quotes[n]
        views["html"].append((q["start"], q["end"], q["kind"], doc.text[q["start"]:q["end"]], by_id.get(q["speaker"])))
        # the marked text is the quote with its quotation marks
        quote = doc.quotes[n - 1]
        assert q["text"] == doc.text[quote.open_start:quote.close_end]
    return views


@pytest.mark.parametrize("make", [seed_document, tricky_document, conllu_document])
def test_every_format_gives_the_same_quotes(make: Any) -> None:
    doc = make()
    expected = [(q.start, q.end, q.kind, q.text, q.speaker_name) for q in doc.quotes]
    assert expected and all(doc.text[s:e] == t for s, e, _, t, _ in expected)
    views = _views(doc)
    assert {"json", "jsonl", "csv", "html"} <= set(views)
    for name, got in views.items():
        assert got == expected, name
