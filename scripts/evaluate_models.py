"""Score a Dutch stanza pipeline from raw text with the CoNLL 2018 UD evaluation.

The dev split's raw text is rebuilt from its ``# text`` lines, run through
the whole pipeline (tokenize, pos, lemma, depparse), and scored against the
gold trees with stanza's evaluation (``stanza.models.common.utils.ud_scores``,
the CoNLL 2018 shared-task scorer maintained as ``udtools.udeval``).

Sentences of one paragraph are joined by a space, and paragraphs by a blank
line, as in the shared task's raw text files.  Paragraphs are read from
``# newdoc``/``# newpar`` comments or, where a file has none (UD Dutch), from
the sentence ids (``wiki-135.p.107.s.1``: document ``wiki-135``, paragraph
107); a heading is then a paragraph of its own, as in the article.
``--no-paragraphs`` joins all sentences of a document by a space instead,
and ``--no-repair`` scores the parser without quoteattr's tag and tree repair.

``--input tokens`` gives the pipeline the gold tokens and sentences instead
of the raw text (it tags and parses them), and ``--input tags`` gives the
parser alone the gold tokens and tags (without the repairs): the three
together say how much of the parser's loss comes from segmentation and how
much from the tagger.

    python scripts/evaluate_models.py                       # bundled models, dev split
    python scripts/evaluate_models.py --models build/train/models --out scores.json
    python scripts/evaluate_models.py --gold other.conllu
    python scripts/evaluate_models.py --input tags         # the parser on gold tokens and tags
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "ud_nl" / "nl_quoteattr-ud-dev.conllu"
METRICS = ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS")


_PARAGRAPH_ID = re.compile(r"^(.*\.p\.\d+)\.s\.\d+(?:\.\d+)*$")  # (web pages number lines: p.1.s.1.10)


def raw_text(conllu: str, paragraphs: bool = True) -> str:
    """The text of a CoNLL-U file: sentences joined by a space, paragraphs and documents by a blank line.

    Without ``paragraphs`` only documents (``# newdoc``) are kept apart."""
    parts: list[str] = []
    current: list[str] = []
    new_block = False
    last_paragraph = None
    for line in conllu.splitlines():
        if line.startswith("# newdoc") or (paragraphs and line.startswith("# newpar")):
            new_block = True
        elif line.startswith("# sent_id =") and paragraphs:
            found = _PARAGRAPH_ID.match(line.split("=", 1)[1].strip())
            if found:
                new_block = new_block or (last_paragraph is not None and found[1] != last_paragraph)
                last_paragraph = found[1]
        elif line.startswith("# text ="):
            if new_block and current:
                parts.append(" ".join(current))
                current = []
            new_block = False
            current.append(line.split("=", 1)[1].strip())
    if current:
        parts.append(" ".join(current))
    return "\n\n".join(parts)


def parse_input(gold_text: str, args: argparse.Namespace):
    """The parsed dev split, from the input ``args.input`` names."""
    from quoteattr.nlp import load_pipeline

    if args.input == "raw":
        nlp = load_pipeline(args.models, repair_trees=not args.no_repair)
        return nlp(raw_text(gold_text, paragraphs=not args.no_paragraphs))
    from stanza.utils.conll import CoNLL

    gold = CoNLL.conll2doc(input_str=gold_text)
    if args.input == "tokens":
        nlp = load_pipeline(args.models, repair_trees=not args.no_repair, tokenize_pretokenized=True)
        return nlp([[w.text for w in sentence.words] for sentence in gold.sentences])
    import stanza

    parser = load_pipeline(args.models).processors["depparse"].config
    for sentence in gold.sentences:  # the gold trees' words and tags, without their heads
        for w in sentence.words:
            w.head, w.deprel = None, None
    nlp = stanza.Pipeline("nl", processors="depparse", depparse_pretagged=True, download_method=None,
                          dir=str(Path(parser["model_path"]).parent), depparse_model_path=parser["model_path"],
                          depparse_pretrain_path=None, logging_level="WARN", allow_unknown_language=True)
    return nlp(gold)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", default="bundled", help="bundled, stanza, or a model directory")
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--out", type=Path, help="write the scores as JSON here")
    ap.add_argument("--no-paragraphs", action="store_true",
                    help="join all sentences of a document by a space (no paragraph breaks)")
    ap.add_argument("--no-repair", action="store_true",
                    help="leave out the tag and tree repair (quoteattr.tag_repair, quoteattr.tree_repair)")
    ap.add_argument("--input", choices=("raw", "tokens", "tags"), default="raw",
                    help="raw text (default), gold tokens and sentences, or gold tokens and tags (parser alone)")
    args = ap.parse_args()

    from stanza.models.common.utils import ud_scores

    gold_text = args.gold.read_text(encoding="utf-8")
    started = time.perf_counter()
    doc = parse_input(gold_text, args)
    seconds = time.perf_counter() - started
    predicted = io.StringIO(f"{doc:C}".rstrip("\n") + "\n\n")  # the scorer wants a final empty line
    scores = ud_scores(io.StringIO(gold_text), predicted)
    result = {m: round(100 * scores[m].f1, 2) for m in METRICS if m in scores}
    result["seconds"] = round(seconds, 1)
    result["gold"] = args.gold.name
    result["paragraphs"] = not args.no_paragraphs
    result["tree_repair"] = not args.no_repair and args.input != "tags"
    result["input"] = args.input
    json.dump(result, sys.stdout, indent=2)
    print()
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
