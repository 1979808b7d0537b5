"""Train and store a parser that reads AUX and VERB as one tag.

The compact tagger confuses VERB and AUX about one time in eighteen on the dev
split (``zijn``, ``worden``, ``hebben`` and the modals), and those confusions
cost the parser more than all its other tag errors together: a parser trained
on gold tags takes AUX for "attach me as aux or cop".  In UD Dutch the two
tags follow the tree (a verb is AUX exactly when it is attached as ``aux``,
``aux:pass`` or ``cop``, in all but 64 of 15,359 training verbs), so the
parser can decide it itself from the words.

This script

* writes a copy of a CoNLL-U file with every UPOS ``AUX`` made ``VERB``
  (``collapse``), for the parser's training and dev files;
* makes a trained parser's vocabulary read ``AUX`` as ``VERB`` (``relabel``),
  so that the tagger's tags can be given to it unchanged.

``scripts/train_models.py --parser-aux-as-verb`` does both; the bundle step
then writes ``"parser_reads_aux_as_verb": true`` to ``metadata.json``, and
:func:`quoteattr.load_pipeline` retags AUX and VERB from the parse
(:func:`quoteattr.tree_repair.tag_auxiliaries`).

    python scripts/aux_as_verb.py collapse train.conllu train-aux-as-verb.conllu
    python scripts/aux_as_verb.py relabel build/train/models/depparse.pt
"""

from __future__ import annotations

import argparse
from pathlib import Path


def collapse(src: Path, dst: Path) -> int:
    """Copy CoNLL-U ``src`` to ``dst`` with UPOS ``AUX`` written ``VERB``; the number of words changed."""
    changed = 0
    with open(src, encoding="utf-8") as lines, open(dst, "w", encoding="utf-8") as out:
        for line in lines:
            cols = line.split("\t")
            if len(cols) == 10 and cols[3] == "AUX":
                cols[3] = "VERB"
                line = "\t".join(cols)
                changed += 1
            out.write(line)
    return changed


def relabel(model: Path) -> None:
    """Make the parser stored in ``model`` read the tag ``AUX`` as ``VERB`` (in place)."""
    import torch

    state = torch.load(model, map_location="cpu", weights_only=False)
    upos = state["vocab"]["upos"]["_unit2id"]
    upos["AUX"] = upos["VERB"]
    torch.save(state, model)


def reads_aux_as_verb(state: dict) -> bool:
    """Whether a loaded parser state reads ``AUX`` as ``VERB``."""
    upos = state.get("vocab", {}).get("upos", {}).get("_unit2id", {})
    return "AUX" in upos and upos.get("AUX") == upos.get("VERB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("collapse", help="copy a CoNLL-U file with AUX written VERB")
    c.add_argument("src", type=Path)
    c.add_argument("dst", type=Path)
    r = sub.add_parser("relabel", help="make a trained parser read AUX as VERB (in place)")
    r.add_argument("model", type=Path)
    args = ap.parse_args()
    if args.command == "collapse":
        print(f"{collapse(args.src, args.dst)} words AUX -> VERB")
    else:
        relabel(args.model)
        print(f"{args.model} reads AUX as VERB")


if __name__ == "__main__":
    main()
