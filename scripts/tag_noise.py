"""Prepare a parser run that learns to read the tagger's tags rather than gold ones.

stanza trains the parser on the treebank's gold UPOS, but in the pipeline it
reads the tagger's.  On the dev split, with gold tokens and sentences, the
parser scored LAS 81.9 with gold tags and 75.6 with the tagger's (94 % right):
the tags, not the segmentation, cost most of the gap to raw text.  This script
makes the files for continuing a parser on the tagger's kind of errors:

``dev-predtags.conllu``
    the dev split with the tagger's UPOS (gold tokens, sentences and trees),
    so that model selection sees the tags the pipeline will give;
``train-noisy.conllu``
    the training file with each word's UPOS replaced by a tag drawn from the
    tagger's confusions on dev for its gold tag (``P(predicted | gold)``: about
    6 % of the tags change, the same share as the tagger gets wrong);
``models/depparse_checkpoint.pt`` (with ``--resume``)
    a parser checkpoint with its dev-score history cleared, since the scores it
    kept were on gold tags and the new ones would never beat them.

    python scripts/tag_noise.py --models build/s5/models --train build/s5/aug/train.conllu \\
        --work build/s6dep --resume build/s5/models/depparse_checkpoint.pt

Then continue the parser on them (``QUOTEATTR_PARSER_VOCAB`` keeps the
checkpoint's vocabulary; see docs/models.md)::

    QUOTEATTR_PARSER_VOCAB=build/s5/models/depparse.pt python scripts/train_models.py \\
        --work build/s6dep --steps depparse --force \\
        --parser-train build/s6dep/train-noisy.conllu --parser-dev build/s6dep/dev-predtags.conllu \\
        -- --max_steps 8000 --max_steps_before_stop 1000
"""

from __future__ import annotations

import argparse
import random
import shutil
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "ud_nl" / "nl_quoteattr-ud-dev.conllu"


def tag_dev(models: Path, dev: Path) -> tuple[list[list[str]], list[list[str]]]:
    """The gold UPOS of the dev split and the tagger's for its gold tokens, sentence by sentence."""
    import stanza
    from stanza.utils.conll import CoNLL

    gold = CoNLL.conll2doc(str(dev))
    nlp = stanza.Pipeline("nl", processors="tokenize,pos", tokenize_pretokenized=True, download_method=None,
                          dir=str(models), tokenize_model_path=str(models / "tokenize.pt"),
                          pos_model_path=str(models / "pos.pt"), pos_pretrain_path=None, logging_level="WARN")
    doc = nlp([[w.text for w in s.words] for s in gold.sentences])
    return [[w.upos for w in s.words] for s in gold.sentences], [[w.upos for w in s.words] for s in doc.sentences]


def confusions(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, Counter]:
    """``P(predicted | gold)`` as counts per gold tag."""
    table: dict[str, Counter] = defaultdict(Counter)
    for gold_tags, tags in zip(gold, predicted, strict=True):
        for g, p in zip(gold_tags, tags, strict=True):
            table[g][p] += 1
    return table


def rewrite_tags(src: Path, dest: Path, tag) -> tuple[int, int]:
    """Copy a CoNLL-U file with each word's UPOS replaced by ``tag(columns)``; (words, changed)."""
    lines = []
    words = changed = 0
    for line in src.read_text(encoding="utf-8").splitlines(keepends=True):
        cols = line.rstrip("\n").split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            new = tag(cols)
            words += 1
            changed += new != cols[3]
            cols[3] = new
            line = "\t".join(cols) + "\n"
        lines.append(line)
    dest.write_text("".join(lines), encoding="utf-8")
    return words, changed


def clear_history(checkpoint: Path, dest: Path) -> None:
    """Copy a stanza parser checkpoint with its dev-score history and plateau best cleared."""
    import torch

    state = torch.load(checkpoint, map_location="cpu", weights_only=False)
    state["dev_score_history"] = []
    for scheduler in (state.get("scheduler_state_dict") or {}).values():
        if isinstance(scheduler, dict) and "_best" in scheduler:
            scheduler["_best"] = 0.0
    dest.parent.mkdir(parents=True, exist_ok=True)
    torch.save(state, dest)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", type=Path, required=True, help="directory with the tokenizer and tagger")
    ap.add_argument("--train", type=Path, required=True, help="the parser's training file")
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--resume", type=Path, help="a parser checkpoint to continue from")
    ap.add_argument("--seed", type=int, default=1234)
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    gold, predicted = tag_dev(args.models, args.dev)
    table = confusions(gold, predicted)
    flat = iter(t for s in predicted for t in s)
    print("dev with the tagger's UPOS (words, changed):",
          rewrite_tags(args.dev, args.work / "dev-predtags.conllu", lambda cols: next(flat)))
    rng = random.Random(args.seed)
    draws = {g: (list(c), list(c.values())) for g, c in table.items()}

    def noisy(cols: list[str]) -> str:
        if cols[3] not in draws:
            return cols[3]
        tags, weights = draws[cols[3]]
        return rng.choices(tags, weights)[0]

    print("training file with drawn UPOS (words, changed):",
          rewrite_tags(args.train, args.work / "train-noisy.conllu", noisy))
    if args.resume:
        clear_history(args.resume, args.work / "models" / "depparse_checkpoint.pt")
        shutil.copy(args.resume.with_name("depparse.pt"), args.work / "models" / "depparse.pt")
        print("checkpoint copied with its history cleared")


if __name__ == "__main__":
    main()
