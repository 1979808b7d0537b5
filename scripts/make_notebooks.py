"""Write the example notebooks in examples/ from the cells below (without outputs).

The notebooks are generated so that they stay reviewable and reproducible:
edit the cells here, run ``python scripts/make_notebooks.py`` from the
repository root, and commit both.  ``tests/test_notebooks.py`` checks that the
committed notebooks are what this script writes, and executes them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

KERNEL = {"display_name": "Python 3", "language": "python", "name": "python3"}


def md(text: str) -> nbformat.NotebookNode:
    return new_markdown_cell(text.strip("\n"))


def code(text: str) -> nbformat.NotebookNode:
    return new_code_cell(text.strip("\n"))


QUICKSTART = [
    md("""
# Quickstart: the quotes of one article

This notebook attributes the quotes of the example article in
`seed_article.txt`: which quotes it contains, who said them, and in which
party and office they were at the time. Everything runs offline: the parser
models and the knowledge base of Dutch politicians ship with quoteattr.
"""),
    code("""
import quoteattr
from quoteattr.io import read_documents

[article] = read_documents("seed_article.txt")  # the file starts with a 'date 2023-07' header
print(article.id, article.date)
print(article.text[:300], "…")
"""),
    md("""
An `Attributor` loads the models once; call it for each text. The date links
speakers to the politicians in office at that time.
"""),
    code("""
attributor = quoteattr.Attributor()
doc = attributor(article.text, article.date, id=article.id)
print(len(doc.quotes), "quotes,", sum(q.speaker is not None for q in doc.quotes), "with a speaker")
"""),
    md("""
## The HTML view

Each quote is highlighted in its speaker's colour, with a numbered label; the
mention that names the speaker is boxed and the cue (*zegt*, *volgens*, a
colon) is marked. Quotes without a speaker are grey and dashed, scare quotes
grey and dotted, indirect quotes underlined. Hover over a quote for its kind,
confidence and rule. In a notebook, a document on its own at the end of a
cell shows this view too.
"""),
    code("""
from IPython.display import HTML

HTML(quoteattr.render(doc, standalone=False))
"""),
    md("""
## The quotes as a table

`to_dataframe` gives one row per quote. `party` is the party the text gives,
else the one the knowledge base has for that date.
"""),
    code("""
frame = quoteattr.to_dataframe(doc)
frame[["kind", "speaker", "role", "party", "cue", "confidence", "rule", "text"]]
"""),
    md("""
Offsets are exact: each quote is `doc.text[start:end]`.
"""),
    code("""
assert all(doc.text[q.start:q.end] == q.text for q in doc.quotes)
q = next(q for q in doc.quotes if q.kind == "direct")
print(q.start, q.end, repr(q.text))
print(q.open_start, q.close_end, repr(doc.text[q.open_start:q.close_end]))  # with its quotation marks
"""),
    md("""
## Speakers and the knowledge base

Speakers are entities: named people (also when the quote's own mention is
*ze* or *de bewindsman*), unnamed sources and groups. People are linked to the
knowledge base at the article's date.
"""),
    code("""
for e in doc.entities:
    linked = f"-> {e.kb_name} ({e.kb_party}), {', '.join(e.kb_offices[:2])}" if e.kb_id else ""
    print(f"{e.name:<18} {e.kind:<10} {e.role or '':<16} {linked}")
"""),
    md("""
## Saving the results

`write_jsonl` keeps whole documents (text, quotes, entities); `write_csv`
writes the table; `render` a standalone HTML page.
"""),
    code("""
import tempfile
from pathlib import Path

out = Path(tempfile.mkdtemp())
quoteattr.write_jsonl([doc], out / "seed.jsonl")
quoteattr.write_csv([doc], out / "seed.csv")
(out / "seed.html").write_text(quoteattr.render(doc), encoding="utf-8")
sorted(p.name for p in out.iterdir())
"""),
]


CORPUS = [
    md("""
# Corpus analysis: who is quoted, by party, over time

`corpus.jsonl` holds sixteen short Dutch news-style texts from 2022 to 2025,
written for these examples in the quote styles of different papers
(„…” ’…’ ‘…’ '…' ,,…'' "…"). The politicians in them are invented, and so are
their words; the parties and the events they react to are real.
"""),
    code("""
import matplotlib.pyplot as plt
import pandas as pd

import quoteattr
from quoteattr.io import read_documents

inputs = [d for d in read_documents("corpus.jsonl") if d.ok]
print(len(inputs), "documents from", min(d.date for d in inputs), "to", max(d.date for d in inputs))
"""),
    code("""
attributor = quoteattr.Attributor()
docs = [attributor(d.text, d.date, id=d.id) for d in inputs]
frame = quoteattr.to_dataframe(docs)
print(len(frame), "quotes")
frame.head()
"""),
    md("""
## Kinds of quotes, and how many have a speaker
"""),
    code("""
summary = frame.groupby("kind").agg(quotes=("text", "size"), with_speaker=("speaker", "count"))
summary["share"] = (summary.with_speaker / summary.quotes).round(2)
summary
"""),
    md("""
## Who is quoted most

Scare quotes are terms and titles, not speech, so they are left out.
"""),
    code("""
speech = frame[frame.kind != "scare"]
by_speaker = speech.groupby("speaker").size().sort_values()
ax = by_speaker.plot.barh(figsize=(7, 4), color="#1f77b4")
ax.set_xlabel("quotes")
ax.set_ylabel("")
ax.set_title("Quotes per speaker")
plt.tight_layout()
"""),
    md("""
## By party

The party comes from the text (*VVD-Kamerlid Hoogeveen*) or, for linked
politicians, from the knowledge base at the article's date. GroenLinks and
PvdA formed one group, GroenLinks-PvdA, for the elections of November 2023,
and the texts follow that.
"""),
    code("""
by_party = speech.groupby("party").size().sort_values(ascending=False)
ax = by_party.plot.bar(rot=45, figsize=(7, 3.5), color="#d62728")
ax.set_ylabel("quotes")
ax.set_xlabel("")
ax.set_title("Quotes per party")
plt.tight_layout()
"""),
    code("""
# how each party is quoted: direct, partial or indirect
pd.crosstab(speech.party, speech.kind)
"""),
    md("""
## Over time

Quotes per half year and party: who got a voice around the elections of
2023 and the fall of the cabinet in 2025.
"""),
    code("""
timeline = speech.dropna(subset=["party"]).copy()
timeline["period"] = timeline.date.dt.year.astype(str) + "-H" + ((timeline.date.dt.month > 6) + 1).astype(str)
table = pd.crosstab(timeline.period, timeline.party)
ax = table.plot.bar(stacked=True, rot=0, figsize=(8, 4), colormap="tab20")
ax.set_ylabel("quotes")
ax.set_xlabel("")
ax.set_title("Quotes per half year, by party")
ax.legend(bbox_to_anchor=(1.02, 1), loc="upper left", fontsize="small")
plt.tight_layout()
"""),
    md("""
## Reading the quotes

Confidence is the precision of the rule that decided the speaker; sort by it
to review the least certain attributions first.
"""),
    code("""
speech.sort_values("confidence")[["doc_id", "speaker", "kind", "rule", "confidence", "text"]].head(8)
"""),
    code("""
from IPython.display import HTML

HTML(quoteattr.render(docs[7], standalone=False))
"""),
    md("""
## A larger corpus

One process attributes some 1,350 words a second. For thousands of articles,
`quoteattr.scale.attribute_many` spreads the texts over several processes,
each loading the models once, and gives the documents back in input order,
with the same results as above. (`quoteattr attribute corpus/ --jobs 4` does
the same from the command line, and `quoteattr.scale.attribute_frame` is the
function to map over the partitions of a dask table; see the documentation,
Large corpora.)
"""),
    code("""
from quoteattr.scale import attribute_many

parallel = list(attribute_many([d.text for d in inputs], dates=[d.date for d in inputs],
                               ids=[d.id for d in inputs], processes=2))
assert quoteattr.to_dataframe(parallel).equals(frame)
print(len(parallel), "documents in two processes: the same", len(frame), "quotes")
"""),
]


EVALUATION = [
    md("""
# Evaluation: scores against gold annotations

`quoteattr.evaluate` attributes gold documents and scores the result: quote
marks found, speaker accuracy, end-to-end attribution, indirect quotes and
party. The scores are defined in the documentation (Evaluation).

Two gold sets are used when present:

* the development set in `../../shared/eval/dev` (the example article and
  newspaper documents rebuilt from a Dutch treebank), in a checkout of the
  project's shared data next to the repository;
* `corpus_gold.jsonl`: four texts of the example corpus annotated by hand,
  which always ships with the examples.
"""),
    code("""
from pathlib import Path

import pandas as pd

import quoteattr

pd.set_option("display.max_colwidth", 80)
gold_sets = {"corpus sample": Path("corpus_gold.jsonl")}
for candidate in (Path("../../shared/eval/dev"), Path("../shared/eval/dev")):
    if candidate.is_dir():
        gold_sets["dev"] = candidate
        break
gold_sets
"""),
    code("""
attributor = quoteattr.Attributor(keep_parse=False)
reports = {name: quoteattr.evaluate(path, attributor) for name, path in gold_sets.items()}
for name, report in reports.items():
    print(f"== {name}")
    print(report.summary())
    print()
"""),
    md("""
## Scores side by side
"""),
    code("""
rows = {}
for name, r in reports.items():
    rows[name] = {
        "documents": r.documents,
        "quote marks F1": r.quote_marks["f1"],
        "speaker accuracy": r.speaker_accuracy,
        "end-to-end F1": r.end_to_end["f1"],
        "indirect F1": r.indirect["f1"],
        "party accuracy": r.party_accuracy,
    }
pd.DataFrame(rows).T.round(3)
"""),
    md("""
## Which rules decide, and how often they are right
"""),
    code("""
report = reports.get("dev", reports["corpus sample"])
per_rule = pd.DataFrame(report.per_rule).T
per_rule["accuracy"] = (per_rule.correct / (per_rule.correct + per_rule.wrong)).round(2)
per_rule.sort_values("correct", ascending=False)
"""),
    md("""
## The errors

Every missed or spurious quote and every wrong speaker, with the rule that
decided it.
"""),
    code("""
errors = pd.DataFrame(list(report.errors), columns=["doc", "type", "rule", "gold", "predicted", "speaker", "quote"])
errors["type"].value_counts()
"""),
    code("""
errors.head(25)
"""),
    md("""
## One document with its errors

The HTML view of a document with a wrong speaker shows what the attribution
saw.
"""),
    code("""
from IPython.display import HTML

from quoteattr.evaluation import load_gold

path = gold_sets["dev"] if "dev" in gold_sets else gold_sets["corpus sample"]
gold_docs = {g["id"]: g for g in load_gold(path)}
wrong = errors[errors["type"] == "wrong speaker"]
doc_id = wrong["doc"].iloc[0] if len(wrong) else next(iter(gold_docs))
g = gold_docs[doc_id]
HTML(quoteattr.render(attributor(g["text"], g.get("date"), id=doc_id), standalone=False))
"""),
]

NOTEBOOKS = {
    "01_quickstart.ipynb": QUICKSTART,
    "02_corpus_analysis.ipynb": CORPUS,
    "03_evaluation.ipynb": EVALUATION,
}


def build(cells: list[nbformat.NotebookNode]) -> nbformat.NotebookNode:
    nb = new_notebook(cells=cells, metadata={"kernelspec": KERNEL, "language_info": {"name": "python"}})
    for n, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{n:02d}"  # stable ids: regenerating gives the same files
    return nb


def render(cells: list[nbformat.NotebookNode]) -> str:
    """The notebook file's text."""
    nb = build(cells)
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name, cells in NOTEBOOKS.items():
        path = EXAMPLES / name
        text = render(cells)
        if check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
            continue
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print("out of date (run python scripts/make_notebooks.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
