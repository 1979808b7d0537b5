"""find_quotes against the gold dev annotations in ../shared/eval/dev.

Every ``direct``, ``partial`` and ``scare`` quote of the gold files must be
found with exactly its span (recall 1.0), and nearly every span found must be
a gold quote (precision >= 0.98; FORMAT.md annotates every marked quote).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quoteattr.delimiters import find_quotes

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"
MARKED = ("direct", "partial", "scare")

if not sorted(DEV.glob("*.jsonl")):
    pytest.skip(f"gold dev files not found in {DEV} (the shared data folder is absent)", allow_module_level=True)


def _documents() -> list[dict[str, Any]]:
    docs = []
    for path in sorted(DEV.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            docs.extend(json.loads(line) for line in handle if line.strip())
    return docs


DOCUMENTS = _documents()


def _spans(doc: dict[str, Any], kinds: tuple[str, ...]) -> set[tuple[int, int]]:
    return {(q["start"], q["end"]) for q in doc["quotes"] if q["kind"] in kinds}


def _counts() -> tuple[int, int, int, int]:
    """(gold marked quotes, found spans, marked quotes found, found spans in gold)."""
    gold = found = hits = correct = 0
    for doc in DOCUMENTS:
        marked = _spans(doc, MARKED)
        any_kind = _spans(doc, (*MARKED, "indirect"))
        spans = {(s.start, s.end) for s in find_quotes(doc["text"])}
        gold += len(marked)
        found += len(spans)
        hits += len(marked & spans)
        correct += len(spans & any_kind)
    return gold, found, hits, correct


@pytest.mark.parametrize("doc", DOCUMENTS, ids=[d["id"] for d in DOCUMENTS])
def test_every_marked_gold_quote_is_found_exactly(doc: dict[str, Any]) -> None:
    text = doc["text"]
    found = {(s.start, s.end) for s in find_quotes(text)}
    missed = [text[start:end] for start, end in sorted(_spans(doc, MARKED) - found)]
    assert not missed


def test_dev_recall_and_precision() -> None:
    gold, found, hits, correct = _counts()
    assert gold >= 100, "the dev files should hold about a hundred marked quotes"
    recall = hits / gold
    precision = correct / found
    assert recall == 1.0, f"recall {recall:.3f} ({hits}/{gold})"
    assert precision >= 0.98, f"precision {precision:.3f} ({correct}/{found})"
