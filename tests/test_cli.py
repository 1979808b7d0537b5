"""The command line: inputs (files, directories, JSONL, bad inputs), formats, exit statuses.

Documents are given as CoNLL-U (hand-made trees in ``tests/data``), which the
attribution accepts instead of plain text, so no parser models are needed.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import needs_models
from samples import CONLLU_PATH

from quoteattr.cli import format_table, main, output_format
from quoteattr.export import read_jsonl

ROOT = Path(__file__).resolve().parent.parent
CONLLU = CONLLU_PATH.read_text(encoding="utf-8")
TEXT = "„We gaan door met de gesprekken”, zegt Jansen.\n\nMinister De Vries zei: „Het plan is klaar.”"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--help")
    assert status == 0 and "attribute" in out and "evaluate" in out and "kb" in out


@pytest.mark.parametrize("argv", [
    [],                                               # no command
    ["attribute"],                                    # no path
    ["attribute", CONLLU_PATH, "--date", "gisteren"],  # bad date
    ["attribute", CONLLU_PATH, "--format", "xml"],     # unknown format
    ["attribute", CONLLU_PATH, "-o", "uit.xyz"],       # format cannot be told from the suffix
    ["attribute", CONLLU_PATH, "--jobs", "0"],         # no process to run in
    ["kb"],                                           # no kb command
    ["vertaal", "x"],                                 # unknown command
])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[object], tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, err = run(capsys, *argv)
    assert status == 2 and err and not out
    assert not (tmp_path / "uit.xyz").exists()


@pytest.mark.parametrize(("output", "fmt", "expected"), [
    (None, None, "table"), ("-", None, "table"), ("a.jsonl", None, "jsonl"), ("a.JSON", None, "jsonl"),
    ("a.csv", None, "csv"), ("a.html", None, "html"), ("a.txt", None, "table"), ("a.dat", "csv", "csv"),
    (None, "html", "html"),
])
def test_output_format(output: str | None, fmt: str | None, expected: str) -> None:
    assert output_format(output, fmt) == expected


def test_one_file_as_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "attribute", CONLLU_PATH, "--no-kb", "--date", "2024-05")
    assert status == 0
    assert out.splitlines() == [
        "two_ministers (2024-05-01): 2 quotes",
        "  Jansen                 direct    We gaan door met de gesprekken",
        "  De Vries               direct    Het plan is klaar.",
    ]
    assert err.strip() == "1 document, 2 quotes, 2 with a speaker (100%), 0 errors"


def test_quiet_prints_no_summary(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "attribute", CONLLU_PATH, "--no-kb", "-q")
    assert status == 0 and "Jansen" in out and err == ""


def test_table_shortens_long_quotes() -> None:
    from samples import seed_document

    table = format_table(seed_document(), width=80)
    assert all(len(line) <= 80 for line in table.splitlines())
    assert "  Kaag                   direct    Het is niet een kwestie van optimistisch of…" in table


def _corpus(tmp_path: Path) -> Path:
    """A directory: two text files, a JSONL file with good and bad lines, an undecodable file, a note."""
    root = tmp_path / "corpus"
    (root / "2024").mkdir(parents=True)
    (root / "een.txt").write_text(CONLLU, encoding="utf-8")
    (root / "2024" / "twee.txt").write_text(CONLLU, encoding="utf-8")
    lines = [
        json.dumps({"id": "j-goed", "text": CONLLU, "date": "2023-11-02"}),
        "{kapot",
        json.dumps({"id": "j-leeg", "titel": "geen tekst"}),
        "",
        json.dumps({"text": CONLLU}),
    ]
    (root / "2024" / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "latin.txt").write_bytes("Het café".encode("latin-1"))
    (root / "lees.md").write_text("wordt overgeslagen", encoding="utf-8")
    return root


def test_directory_to_jsonl_reports_bad_documents_and_goes_on(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    out_path = tmp_path / "uit.jsonl"
    status, out, err = run(capsys, "attribute", root, "-o", out_path, "--no-kb", "--date", "2024-01-15")
    assert status == 1 and out == ""
    docs = list(read_jsonl(out_path))
    assert [d.id for d in docs] == ["j-goed", "2024/feed:5", "2024/twee", "een"]  # sorted paths, lines in order
    # the document's own date wins over --date
    assert [d.date.isoformat() if d.date else None for d in docs] == ["2023-11-02", "2024-01-15", "2024-01-15",
                                                                      "2024-01-15"]
    assert all([q.speaker_name for q in d.quotes] == ["Jansen", "De Vries"] for d in docs)
    errors = [line for line in err.splitlines() if ": error: " in line]
    assert errors == [
        f"{root / '2024' / 'feed.jsonl'}:2: error: not a JSON line (Expecting property name enclosed in double quotes"
        " at column 2)",
        f"{root / '2024' / 'feed.jsonl'}:3: error: no 'text' field",
        f"{root / 'latin.txt'}: error: not utf-8 text: byte 0xe9 at offset 7 cannot be decoded",
    ]
    assert err.splitlines()[-1] == f"4 documents, 8 quotes, 8 with a speaker (100%), 3 errors -> {out_path}"


@needs_models
def test_jobs_give_the_same_documents_and_errors_in_the_same_order(capsys: pytest.CaptureFixture[str],
                                                                   tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    (root / "los.txt").write_text("„Dat klopt niet”, zei Kamerlid Sanne Vos gisteren.", encoding="utf-8")
    one, two = tmp_path / "een.jsonl", tmp_path / "twee.jsonl"
    status_one, _, err_one = run(capsys, "attribute", root, "-o", one, "--no-kb", "--jobs", "1")
    status_two, _, err_two = run(capsys, "attribute", root, "-o", two, "--no-kb", "--jobs", "2")
    assert status_one == status_two == 1  # the corpus holds three unreadable documents
    assert err_two.replace(str(two), str(one)) == err_one
    assert two.read_text(encoding="utf-8") == one.read_text(encoding="utf-8")
    assert [q.speaker_name for d in read_jsonl(two) if d.id == "los" for q in d.quotes] == ["Sanne Vos"]


def test_missing_file_fails_but_the_others_are_written(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_path = tmp_path / "uit.csv"
    status, _, err = run(capsys, "attribute", tmp_path / "weg.txt", CONLLU_PATH, "-o", out_path, "--no-kb")
    assert status == 1
    assert f"{tmp_path / 'weg.txt'}: error: no such file or directory" in err
    rows = list(csv.DictReader(io.StringIO(out_path.read_text(encoding="utf-8"))))
    assert [(r["doc_id"], r["speaker"], r["text"]) for r in rows] == [
        ("two_ministers", "Jansen", "We gaan door met de gesprekken"),
        ("two_ministers", "De Vries", "Het plan is klaar."),
    ]


def test_empty_input_still_gives_a_csv_header(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "leeg.jsonl"
    empty.write_text("\n", encoding="utf-8")
    status, out, err = run(capsys, "attribute", empty, "--format", "csv", "--no-kb")
    assert status == 0 and out.splitlines() == ["doc_id,date,start,end,kind,text,speaker,speaker_kind,role,party,"
                                                "kb_id,kb_name,cue,cue_lemma,confidence,rule"]
    assert err.strip() == "0 documents, 0 quotes, 0 with a speaker, 0 errors"


def test_html_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_path = tmp_path / "uit.html"
    status, _, _ = run(capsys, "attribute", CONLLU_PATH, CONLLU_PATH, "-o", out_path, "--no-kb")
    assert status == 0
    page = out_path.read_text(encoding="utf-8")
    root = ET.fromstring(page.removeprefix("<!DOCTYPE html>\n"))
    texts = ["".join(e.itertext()) for e in root.iter() if e.get("class") == "qa-text"]
    assert texts == [TEXT, TEXT]


def test_stdin_jsonl_to_stdout(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("date 2024-03-01\n" + CONLLU))
    status, out, _ = run(capsys, "attribute", "-", "--format", "jsonl", "--no-kb")
    assert status == 0
    [doc] = read_jsonl(io.StringIO(out))
    assert doc.id == "stdin" and doc.date is not None and doc.date.isoformat() == "2024-03-01"
    assert doc.text == TEXT


def test_unwritable_output_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "attribute", CONLLU_PATH, "-o", tmp_path / "geen" / "map" / "uit.jsonl", "--no-kb")
    assert status == 2 and "cannot write" in err


def test_missing_models_stop_the_run_with_a_message(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    plain = tmp_path / "gewoon.txt"
    plain.write_text("Rutte zegt dat het kabinet doorgaat.", encoding="utf-8")
    empty_models = tmp_path / "modellen"
    empty_models.mkdir()
    status, _, err = run(capsys, "attribute", plain, "--models", empty_models, "--no-kb")
    assert status == 1
    # the models, not the document, are at fault: the message says which files are missing
    assert "quoteattr: error: cannot load the parser models: missing model files" in err
    assert "documents" not in err  # the run stops there, with no summary


# --- evaluate -----------------------------------------------------------------------------------

def _gold(tmp_path: Path, second_speaker: str = "De Vries") -> tuple[Path, Path]:
    """A gold file for the CoNLL-U document, and its trees with document ids in ``sent_id``."""
    quotes = []
    for content, speaker in (("We gaan door met de gesprekken", "Jansen"), ("Het plan is klaar.", second_speaker)):
        start = TEXT.index(content)
        quotes.append({"start": start, "end": start + len(content), "text": content, "kind": "direct",
                       "speaker": speaker, "aliases": [speaker]})
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "twee", "date": "2024-05", "text": TEXT, "quotes": quotes}) + "\n",
                    encoding="utf-8")
    blocks = CONLLU.strip().split("\n\n")
    trees = tmp_path / "trees.conllu"
    trees.write_text("\n\n".join(f"# sent_id = twee.p.{n}.s.1\n{b}" for n, b in enumerate(blocks, 1)) + "\n\n",
                     encoding="utf-8")
    return gold, trees


def test_evaluate_on_gold_trees(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    gold, trees = _gold(tmp_path)
    status, out, _ = run(capsys, "evaluate", gold, "--trees", trees, "--no-kb")
    assert status == 0
    assert "documents            1" in out
    assert "speaker accuracy     1.000  (2/2)" in out


def test_evaluate_lists_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    gold, trees = _gold(tmp_path, second_speaker="Pietersen")
    status, out, _ = run(capsys, "evaluate", gold, "--trees", trees, "--no-kb", "--errors")
    assert status == 0 and "speaker accuracy     0.500  (1/2)" in out
    [row] = [line for line in out.splitlines() if line.startswith("twee ")]
    assert row.split()[:5] == ["twee", "wrong", "speaker", "colon", "Pietersen"] and "De Vries" in row


def test_evaluate_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    gold, trees = _gold(tmp_path)
    status, out, _ = run(capsys, "evaluate", gold, "--trees", trees, "--no-kb", "--json")
    report = json.loads(out)
    assert status == 0 and report["documents"] == 1 and report["speaker_counts"] == [2, 2]


@pytest.mark.parametrize("content", [None, "{kapot\n"])
def test_evaluate_bad_gold_fails(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str | None) -> None:
    gold = tmp_path / "gold.jsonl"
    if content is not None:
        gold.write_text(content, encoding="utf-8")
    status, out, err = run(capsys, "evaluate", gold, "--no-kb")
    assert status == 1 and out == "" and str(gold) in err


# --- kb find ------------------------------------------------------------------------------------

def test_kb_find(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "kb", "find", "Kaag", "--date", "2023-07")
    assert status == 0
    first = out.splitlines()[0]
    assert first.startswith("1. Sigrid Kaag [") and "party at 2023-07: D66" in first


def test_kb_find_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "kb", "find", "Van der Burg", "--date", "2023-07", "--json")
    found = json.loads(out)
    assert status == 0 and found[0]["name"] == "Eric van der Burg" and found[0]["party"] == "VVD"
    assert any(o.startswith("staatssecretaris") for o in found[0]["offices"])


def test_kb_find_nobody(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "kb", "find", "Zwxq Qqzw")
    assert status == 1 and out == "" and "no politician found" in err


# --- as a program ---------------------------------------------------------------------------------

def test_python_dash_m() -> None:
    done = subprocess.run([sys.executable, "-m", "quoteattr", "--help"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0 and done.stdout.startswith("usage: quoteattr")


def test_python_dash_m_usage_error() -> None:
    done = subprocess.run([sys.executable, "-m", "quoteattr", "attribute"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 2 and "required" in done.stderr


@needs_models
@pytest.mark.parametrize("batch_fails", [False, True])
def test_plain_texts_are_parsed_in_batches_with_the_same_result(capsys: pytest.CaptureFixture[str],
                                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                batch_fails: bool) -> None:
    from quoteattr import Attributor

    texts = [TEXT, "Geen citaten hier.", "„Dat klopt niet”, zei Kamerlid Sanne Vos.", CONLLU]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{n}", "text": t}) + "\n" for n, t in enumerate(texts)),
                    encoding="utf-8")
    if batch_fails:  # a batch that cannot be parsed together is parsed document by document
        import quoteattr.nlp

        alone = quoteattr.nlp.parse_many

        def broken(texts: list[str], *args: object, **kwargs: object) -> object:
            if len(texts) > 1:
                raise RuntimeError("batch")
            return alone(texts, *args, **kwargs)

        monkeypatch.setattr("quoteattr.nlp.parse_many", broken)
    status, out, err = run(capsys, "attribute", path, "-f", "jsonl", "--no-kb", "-q")
    assert status == 0 and err == ""
    expected = Attributor(kb=None)
    got = [json.loads(line) for line in out.splitlines()]
    assert got == [json.loads(json.dumps(expected(t, id=f"d{n}").to_dict())) for n, t in enumerate(texts)]
