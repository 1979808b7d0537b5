"""Average the weights of several stanza checkpoints of one model (Polyak averaging).

A tagger trained on CPU with a constant learning rate ends on a noisy plateau:
its dev score moves by half a point from one evaluation to the next.  The
average of the last checkpoints of such a run usually scores at the top of
that range or above it.  All files must come from one run (same vocabulary
and sizes); the output keeps the configuration and vocabulary of the last.

    python scripts/train_models.py --steps pos --force -- --save_each ...
    python scripts/average_checkpoints.py build/train/models/pos_0*.pt --skip 2 --out build/train/models/pos.pt
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch


def average(paths: list[Path]) -> dict:
    """The last checkpoint with its ``model`` weights replaced by the mean over all of them."""
    if not paths:
        sys.exit("no checkpoints to average")
    checkpoints = [torch.load(p, map_location="cpu", weights_only=True) for p in paths]
    out = checkpoints[-1]
    keys = out["model"].keys()
    for c, p in zip(checkpoints, paths, strict=True):
        if c["model"].keys() != keys or c.get("vocab") != out.get("vocab"):
            sys.exit(f"{p} is not from the same run as {paths[-1]}")
    for k in keys:
        tensors = [c["model"][k] for c in checkpoints]
        if tensors[0].is_floating_point():
            out["model"][k] = torch.stack([t.float() for t in tensors]).mean(0).to(tensors[0].dtype)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checkpoints", nargs="+", type=Path, help="checkpoint files, in training order")
    ap.add_argument("--skip", type=int, default=0, help="leave out this many of the first checkpoints")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    paths = sorted(args.checkpoints)[args.skip:]
    torch.save(average(paths), args.out)
    print(f"averaged {len(paths)} checkpoints ({paths[0].name} … {paths[-1].name}) into {args.out}")


if __name__ == "__main__":
    main()
