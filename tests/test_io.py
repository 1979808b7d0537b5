"""Reading input documents: text files with date headers, directories, JSONL and their errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.io import InputDocument, check_date, read_documents, split_header

ROOT = Path(__file__).resolve().parent.parent

HEADERS = [
    # file content -> (date, document text)
    (" date 2023-07 Het kabinet valt. Dat meldt de NOS.", ("2023-07", "Het kabinet valt. Dat meldt de NOS.")),
    ("date 2024-01-15\nDe Kamer stemt morgen.\n", ("2024-01-15", "De Kamer stemt morgen.\n")),
    ("date: 2022-11 Omtzigt stapt op.", ("2022-11", "Omtzigt stapt op.")),
    ("Date 2025-03-02\n\nEerste alinea.\n\nTweede alinea.", ("2025-03-02", "Eerste alinea.\n\nTweede alinea.")),
    # a year alone is not taken for a header: "date 2023" could start a sentence
    ("date 2023 was een rampjaar.", (None, "date 2023 was een rampjaar.")),
    ("Het dateert van 2023-07.", (None, "Het dateert van 2023-07.")),
    ("De date 2023-07 in de tekst telt niet.", (None, "De date 2023-07 in de tekst telt niet.")),
    ("", (None, "")),
]


@pytest.mark.parametrize(("content", "expected"), HEADERS)
def test_split_header(content: str, expected: tuple[str | None, str]) -> None:
    assert split_header(content) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2023", "2023"), ("2023-07", "2023-07"), ("2023-07-14", "2023-07-14"), (" 2023-7 ", "2023-7"),
    (None, None), ("", None),
])
def test_check_date(value: str | None, expected: str | None) -> None:
    assert check_date(value) == expected


@pytest.mark.parametrize("value", ["2023-13", "2023-02-30", "juli 2023", "14-07-2023", 2023])
def test_check_date_rejects(value: object) -> None:
    with pytest.raises(ValueError):
        check_date(value)


def test_seed_article_date_header_is_removed() -> None:
    path = ROOT / "examples" / "seed_article.txt"
    [doc] = read_documents(path)
    raw = path.read_text(encoding="utf-8")
    assert doc.ok and doc.id == "seed_article" and doc.source == str(path)
    assert doc.date == "2023-07"
    assert doc.text.startswith("Dat is de conclusie na weer urenlang asielberaad")
    assert raw.endswith(doc.text) and not doc.text.startswith(" ")


def test_text_file_with_bom_and_no_header(tmp_path: Path) -> None:
    f = tmp_path / "stuk.txt"
    f.write_bytes("\ufeff„Wij gaan door”, zegt Yeşilgöz.".encode())
    [doc] = read_documents(str(f))
    assert doc == InputDocument(id="stuk", text="„Wij gaan door”, zegt Yeşilgöz.", date=None, source=str(f))


def test_undecodable_text_file_is_an_error_record(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Het café sluit.".encode("latin-1"))
    [doc] = read_documents(f)
    assert not doc.ok and doc.text == "" and doc.id == "latin"
    assert doc.error is not None and "0xe9" in doc.error and "offset 7" in doc.error


def test_other_encoding_on_request(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Het café sluit.".encode("latin-1"))
    [doc] = read_documents(f, encoding="latin-1")
    assert doc.ok and doc.text == "Het café sluit."


def test_missing_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "goed.txt"
    good.write_text("Een tekst.", encoding="utf-8")
    docs = list(read_documents([tmp_path / "weg.txt", good]))
    assert [d.ok for d in docs] == [False, True]
    assert docs[0].error == "no such file or directory" and docs[0].source == str(tmp_path / "weg.txt")
    assert docs[1].text == "Een tekst."


def test_bad_date_header_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("date 2023-13-01 Tekst.", encoding="utf-8")
    [doc] = read_documents(f)
    assert not doc.ok and doc.error is not None and "bad date header" in doc.error


def test_directory_is_searched_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("date 2022-05-01 A.", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("C.", encoding="utf-8")
    (tmp_path / "b" / "d.jsonl").write_text('{"id": "d1", "text": "D."}\n{"text": "E."}\n', encoding="utf-8")
    (tmp_path / "notities.md").write_text("niet lezen", encoding="utf-8")
    docs = list(read_documents(tmp_path))
    assert [(d.id, d.text, d.date) for d in docs] == [
        ("a", "A.", "2022-05-01"), ("b/c", "C.", None), ("d1", "D.", None), ("b/d:2", "E.", None)]
    assert docs[3].source == f"{tmp_path / 'b' / 'd.jsonl'}:2"


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    [doc] = read_documents(tmp_path)
    assert not doc.ok and doc.error is not None and "no .txt or .jsonl files" in doc.error


JSONL_LINES = [
    # line -> (id, text, date, error substring or None)
    ('{"id": "nos-1", "text": "Rutte zwijgt.", "date": "2023-07-07"}', ("nos-1", "Rutte zwijgt.", "2023-07-07", None)),
    ('{"text": "Geen id."}', ("f:2", "Geen id.", None, None)),
    ('{"id": 17, "text": "Getal als id."}', ("17", "Getal als id.", None, None)),
    ('{"id": "kapot", "text": "Geen afsluiting', ("f:4", "", None, "not a JSON line")),
    ('{"id": "leeg"}', ("leeg", "", None, "no 'text' field")),
    ('{"id": "lijst", "text": ["a", "b"]}', ("lijst", "", None, "'text' must be a string")),
    ('["geen", "object"]', ("f:7", "", None, "expected a JSON object")),
    ('{"id": "datum", "text": "X.", "date": "gisteren"}', ("datum", "", None, "bad 'date' field")),
    ('{"id": "lege-tekst", "text": ""}', ("lege-tekst", "", None, None)),
]


def test_jsonl_lines_each_give_a_document_or_an_error(tmp_path: Path) -> None:
    f = tmp_path / "f.jsonl"
    f.write_text("\n".join(line for line, _ in JSONL_LINES) + "\n\n", encoding="utf-8")
    docs = list(read_documents(f))
    assert len(docs) == len(JSONL_LINES)  # the trailing blank line is skipped
    for n, (doc, (_, (doc_id, text, date, error))) in enumerate(zip(docs, JSONL_LINES, strict=True), 1):
        assert (doc.id, doc.text, doc.date) == (doc_id, text, date)
        assert doc.source == f"{f}:{n}"
        if error is None:
            assert doc.ok
        else:
            assert doc.error is not None and error in doc.error


def test_jsonl_undecodable_line_fails_alone(tmp_path: Path) -> None:
    f = tmp_path / "mix.jsonl"
    f.write_bytes(b'{"id": "a", "text": "Goed."}\n{"id": "b", "text": "caf\xe9"}\n{"id": "c", "text": "Ook goed."}\n')
    docs = list(read_documents(f))
    assert [d.ok for d in docs] == [True, False, True]
    assert docs[1].id == "mix:2" and docs[1].error is not None and "0xe9" in docs[1].error


def test_jsonl_with_windows_newlines_and_bom(tmp_path: Path) -> None:
    f = tmp_path / "win.jsonl"
    rows = [{"id": "w1", "text": "Eén.\n\nTwee."}, {"id": "w2", "text": "Drie."}]
    f.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(json.dumps(r) for r in rows).encode())
    docs = list(read_documents(f))
    assert [(d.id, d.text) for d in docs] == [("w1", "Eén.\n\nTwee."), ("w2", "Drie.")]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("date 2024-02 Wilders wint."))
    [doc] = read_documents("-")
    assert (doc.id, doc.text, doc.date, doc.source) == ("stdin", "Wilders wint.", "2024-02", "<stdin>")


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=80),
       st.sampled_from(["", "date 2023-07 ", "date: 2024-02-29\n", "  date 2022-1-5\n\n"]))
def test_text_files_come_back_exactly(tmp_path_factory: pytest.TempPathFactory, body: str, header: str) -> None:
    body = body.removeprefix("\ufeff")
    if header:  # the header takes the whitespace after it: the text starts at the article
        body = body.lstrip()
    elif split_header(body)[0] is not None:
        return  # the random text happens to start with a date header
    f = tmp_path_factory.mktemp("io") / "stuk.txt"
    f.write_bytes((header + body).encode("utf-8"))
    [doc] = read_documents(f)
    assert doc.ok and doc.text == body
    assert doc.date == (split_header(header + "x")[0] if header else None)
