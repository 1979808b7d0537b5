"""The example notebooks and their data: generated reproducibly, without outputs, and they run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import load_script, needs_models

from quoteattr.io import read_documents

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
NOTEBOOKS = ["01_quickstart.ipynb", "02_corpus_analysis.ipynb", "03_evaluation.ipynb"]
#: The invented politicians of the example corpus.
CORPUS_PEOPLE = ["Joost Kloosterboer", "Marieke Lindeboom", "Bart Hoogeveen", "Yasmina Amrani", "Anouk de Wilde",
                 "Pieter Wolterbeek", "Sanne Wijnberg", "Henk Boerhave", "Ilse van Oosterwijk", "Ruud Verbeek"]


def test_notebooks_are_what_the_script_writes() -> None:
    pytest.importorskip("nbformat")
    make = load_script("make_notebooks")
    assert sorted(make.NOTEBOOKS) == NOTEBOOKS
    for name, cells in make.NOTEBOOKS.items():
        assert (EXAMPLES / name).read_text(encoding="utf-8") == make.render(cells), name


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebooks_have_no_outputs(name: str) -> None:
    nb = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(c["outputs"] == [] and c["execution_count"] is None for c in code)


def test_corpus_is_what_the_script_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make = load_script("make_corpus")
    (tmp_path / "examples").mkdir()
    monkeypatch.setattr(make, "ROOT", tmp_path)
    make.main()
    for name in ("corpus.jsonl", "corpus_gold.jsonl"):
        assert (tmp_path / "examples" / name).read_bytes() == (EXAMPLES / name).read_bytes(), name


def test_corpus_documents() -> None:
    docs = list(read_documents(EXAMPLES / "corpus.jsonl"))
    assert 12 <= len(docs) <= 20 and all(d.ok for d in docs)
    assert len({d.id for d in docs}) == len(docs)
    years = {d.date[:4] for d in docs if d.date}
    assert years == {"2022", "2023", "2024", "2025"}


def test_corpus_gold_offsets() -> None:
    corpus = {d.id: d.text for d in read_documents(EXAMPLES / "corpus.jsonl")}
    lines = (EXAMPLES / "corpus_gold.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 4
    for line in lines:
        gold = json.loads(line)
        assert gold["text"] == corpus[gold["id"]]
        for q in gold["quotes"]:
            assert gold["text"][q["start"]:q["end"]] == q["text"]
            assert q["kind"] in ("direct", "partial", "scare", "indirect")
            assert q["text"] == q["text"].strip()


def test_corpus_people_are_not_real_politicians() -> None:
    from quoteattr.kb import KnowledgeBase

    kb = KnowledgeBase.default()
    assert [name for name in CORPUS_PEOPLE if kb.find(name)] == []


@needs_models
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs(name: str) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.read(EXAMPLES / name, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=1200, kernel_name="python3",
                                     resources={"metadata": {"path": str(EXAMPLES)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    html = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if "text/html" in o.get("data", {})]
    assert html, "the notebook shows HTML (the document view or a table)"
