"""Evaluation against gold quote annotations (the format of ``docs/evaluation.md``).

Scores, defined once here so that they cannot drift:

* **quote marks**: precision, recall and F1 of predicted ``direct|partial|scare``
  spans against gold ``direct|partial|scare`` spans; a match is an identical
  span after trimming whitespace and ``. , ; : ! ? … - – —`` at both ends.
* **speaker accuracy** over matched gold ``direct|partial`` quotes: correct
  when the predicted name equals, case-insensitively, the gold ``speaker`` or
  one of its ``aliases``, or one is a whole-token suffix of the other
  (``Sigrid Kaag`` ~ ``Kaag``); a null gold speaker needs a null prediction.
* **end-to-end attribution**: a predicted ``direct|partial|scare`` quote with a
  speaker is a true positive when its span matches a gold ``direct|partial``
  quote with a speaker and the speaker is correct; precision over predicted
  quotes with a speaker, recall over gold ``direct|partial`` quotes with one.
* **indirect**: a predicted indirect quote matches a gold one with the same
  (correct) speaker and a character Jaccard overlap of at least 0.5.
* **party accuracy** over matched gold ``direct|partial`` quotes whose gold
  has a party: the predicted speaker's party (the text's, else the knowledge
  base's) names the same party.
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from quoteattr.results import AttributedDocument, Quote

MARKED = ("direct", "partial", "scare")
_TRIM = set(" \t\n\r.,;:!?…-–—")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Span without whitespace and ``. , ; : ! ? … - – —`` at its ends."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def same_speaker(predicted: str | None, gold: str | None, aliases: Sequence[str] = ()) -> bool:
    """The speaker rule: equal (case-insensitive) to the speaker or an alias, or a whole-token suffix either way."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    p = predicted.lower().split()
    for name in [gold, *aliases]:
        g = name.lower().split()
        if not g or not p:
            continue
        if p == g or (len(p) < len(g) and g[-len(p):] == p) or (len(g) < len(p) and p[-len(g):] == g):
            return True
    return False


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "predicted": n_pred, "gold": n_gold}


@attrs.frozen
class EvaluationReport:
    """Scores and the errors behind them."""

    quote_marks: dict[str, float]
    speaker_accuracy: float
    speaker_counts: tuple[int, int]
    end_to_end: dict[str, float]
    indirect: dict[str, float]
    party_accuracy: float
    party_counts: tuple[int, int]
    per_rule: dict[str, dict[str, int]]
    errors: tuple[dict[str, Any], ...]
    documents: int

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)

    def summary(self) -> str:
        qm, e2e, ind = self.quote_marks, self.end_to_end, self.indirect
        lines = [
            f"documents            {self.documents}",
            f"quote marks          P {qm['precision']:.3f}  R {qm['recall']:.3f}  F1 {qm['f1']:.3f}"
            f"  ({qm['tp']}/{qm['predicted']} predicted, {qm['gold']} gold)",
            f"speaker accuracy     {self.speaker_accuracy:.3f}  ({self.speaker_counts[0]}/{self.speaker_counts[1]})",
            f"end-to-end           P {e2e['precision']:.3f}  R {e2e['recall']:.3f}  F1 {e2e['f1']:.3f}",
            f"indirect             P {ind['precision']:.3f}  R {ind['recall']:.3f}  F1 {ind['f1']:.3f}"
            f"  ({ind['tp']}/{ind['predicted']} predicted, {ind['gold']} gold)",
            f"party accuracy       {self.party_accuracy:.3f}  ({self.party_counts[0]}/{self.party_counts[1]})",
            "",
            "per rule (matched direct/partial gold quotes):",
            f"  {'rule':<16} {'correct':>8} {'wrong':>6}",
        ]
        for rule, c in sorted(self.per_rule.items(), key=lambda kv: -(kv[1]["correct"] + kv[1]["wrong"])):
            lines.append(f"  {rule:<16} {c['correct']:>8} {c['wrong']:>6}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()


def load_gold(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read gold documents from a JSONL file (or every ``*.jsonl`` in a directory)."""
    p = Path(path)
    files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    docs = []
    for f in files:
        with f.open(encoding="utf-8") as handle:
            for n, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        docs.append(json.loads(line))
                    except json.JSONDecodeError as error:
                        raise ValueError(f"{f}:{n}: not a JSON line ({error})") from error
    return docs


def trees_by_document(conllu_path: str | os.PathLike[str]) -> dict[str, list[str]]:
    """Group CoNLL-U sentences by document: the part of ``sent_id`` before a backslash or ``.p.``."""
    groups: dict[str, list[str]] = defaultdict(list)
    block: list[str] = []
    for line in [*Path(conllu_path).read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            block.append(line)
            continue
        if block:
            sid = next((b.split("=", 1)[1].strip() for b in block if b.startswith("# sent_id")), "")
            doc = sid.split("\\")[0].split(".p.")[0]
            groups[doc].append("\n".join(block))
            block = []
    return groups


def evaluate(gold: str | os.PathLike[str] | Iterable[dict[str, Any]], attributor: Any = None, *,
             trees: str | os.PathLike[str] | None = None,
             predictions: Iterable[AttributedDocument] | None = None) -> EvaluationReport:
    """Score an attributor (default: the bundled one) on gold documents.

    Args:
        gold: a JSONL file or directory of them, or gold documents as dicts.
        attributor: a :class:`quoteattr.Attributor` (default: a new one).
        trees: a CoNLL-U file with gold parses whose ``sent_id`` starts with
            the document id: documents are then attributed on those trees
            (documents without trees are skipped), which separates parser
            errors from attribution errors.
        predictions: already attributed documents, in the order of ``gold``.
    """
    docs = load_gold(gold) if isinstance(gold, (str, os.PathLike)) else list(gold)
    groups = trees_by_document(trees) if trees is not None else None
    if predictions is None:
        if attributor is None:
            from quoteattr.attribution import Attributor

            attributor = Attributor(keep_parse=False)
        preds = []
        kept = []
        for d in docs:
            if groups is not None:
                if d["id"] not in groups:
                    continue
                preds.append(attributor(d["text"], d.get("date"), id=d["id"], parse="\n\n".join(groups[d["id"]])))
            else:
                preds.append(attributor(d["text"], d.get("date"), id=d["id"]))
            kept.append(d)
        docs = kept
    else:
        preds = list(predictions)
    return score(docs, preds)


def _party_match(predicted: str | None, gold: str | None) -> bool:
    if not predicted or not gold:
        return False
    try:
        from quoteattr.kb import KnowledgeBase

        kb = KnowledgeBase.default()
        p, g = kb.normalize_party(predicted) or predicted, kb.normalize_party(gold) or gold
    except Exception:  # the knowledge base is optional for scoring
        p, g = predicted, gold
    return p.lower() == g.lower()


def score(gold_docs: Sequence[dict[str, Any]], predicted: Sequence[AttributedDocument]) -> EvaluationReport:
    """Scores for predictions aligned with gold documents (see the module docstring)."""
    qm_tp = qm_pred = qm_gold = 0
    sp_ok = sp_n = 0
    e2e_tp = e2e_pred = e2e_gold = 0
    ind_tp = ind_pred = ind_gold = 0
    party_ok = party_n = 0
    per_rule: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[dict[str, Any]] = []
    for g, p in zip(gold_docs, predicted, strict=False):
        text = g["text"]
        gold_marked = {trim(text, q["start"], q["end"]): q for q in g["quotes"] if q["kind"] in MARKED}
        pred_marked: dict[tuple[int, int], Quote] = {}
        for q in p.quotes:
            if q.kind in MARKED:
                pred_marked.setdefault(trim(text, q.start, q.end), q)
        qm_pred += len(pred_marked)
        qm_gold += len(gold_marked)
        for span, gq in gold_marked.items():
            pq = pred_marked.get(span)
            if pq is None:
                errors.append({"doc": g["id"], "type": "missed quote", "gold": gq["text"][:80]})
                continue
            qm_tp += 1
            if gq["kind"] in ("direct", "partial"):
                ok = same_speaker(pq.speaker_name, gq.get("speaker"), gq.get("aliases", ()))
                sp_n += 1
                sp_ok += ok
                per_rule[pq.rule]["correct" if ok else "wrong"] += 1
                if not ok:
                    errors.append({"doc": g["id"], "type": "wrong speaker", "rule": pq.rule,
                                   "gold": gq.get("speaker"), "predicted": pq.speaker_name, "quote": gq["text"][:80]})
                if gq.get("party") and gq.get("speaker"):
                    party_n += 1
                    sp = pq.speaker
                    hit = ok and sp is not None and _party_match(sp.party or sp.kb_party, gq["party"])
                    party_ok += hit
        for span, pq in pred_marked.items():
            if span not in gold_marked:
                errors.append({"doc": g["id"], "type": "spurious quote", "predicted": pq.text[:80], "rule": pq.rule})
        # end to end
        gold_with = {s: q for s, q in gold_marked.items() if q["kind"] in ("direct", "partial") and q.get("speaker")}
        e2e_gold += len(gold_with)
        for span, pq in pred_marked.items():
            if pq.speaker is None:
                continue
            e2e_pred += 1
            gq = gold_with.get(span)
            if gq is not None and same_speaker(pq.speaker_name, gq["speaker"], gq.get("aliases", ())):
                e2e_tp += 1
        # indirect
        gold_ind = [q for q in g["quotes"] if q["kind"] == "indirect"]
        pred_ind = [q for q in p.quotes if q.kind == "indirect"]
        ind_gold += len(gold_ind)
        ind_pred += len(pred_ind)
        used: set[int] = set()
        for pq in pred_ind:
            for n, gq in enumerate(gold_ind):
                if n in used:
                    continue
                if _jaccard((pq.start, pq.end), (gq["start"], gq["end"])) >= 0.5 and same_speaker(
                        pq.speaker_name, gq.get("speaker"), gq.get("aliases", ())):
                    used.add(n)
                    ind_tp += 1
                    break
            else:
                errors.append({"doc": g["id"], "type": "spurious indirect", "predicted": pq.text[:80],
                               "speaker": pq.speaker_name, "rule": pq.rule})
        for n, gq in enumerate(gold_ind):
            if n not in used:
                errors.append({"doc": g["id"], "type": "missed indirect", "gold": gq["text"][:80],
                               "speaker": gq.get("speaker")})
    return EvaluationReport(
        quote_marks=_prf(qm_tp, qm_pred, qm_gold),
        speaker_accuracy=sp_ok / sp_n if sp_n else 0.0, speaker_counts=(sp_ok, sp_n),
        end_to_end=_prf(e2e_tp, e2e_pred, e2e_gold),
        indirect=_prf(ind_tp, ind_pred, ind_gold),
        party_accuracy=party_ok / party_n if party_n else 0.0, party_counts=(party_ok, party_n),
        per_rule={k: {"correct": v["correct"], "wrong": v["wrong"]} for k, v in per_rule.items()},
        errors=tuple(errors), documents=len(gold_docs))


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0
