"""Teach stanza modern Dutch quote typography by augmenting UD training files.

The UD Dutch treebanks hold almost only ``,,``/``''``, straight ``"`` and
guillemets, while today's news uses „…” “…” ‘…’ and De Telegraaf's ’…’, and
writes apostrophes as ’ (``’s``, ``zo’n``, ``auto’s``).  For each input file
this script appends, after the original sentences:

* every sentence that contains quote marks, with its marks re-typed in a
  randomly chosen house style;
* a share of the other complete sentences wrapped in quote marks of a random
  style (the marks attached as ``punct`` to the root, as in the treebank);
* every sentence with an apostrophe inside a word, with ’ for '.

Trees, lemmas and tags are kept; ``# text`` and ``SpaceAfter`` are rebuilt
from the tokens.  The output is deterministic for a given ``--seed``.

    python scripts/augment_quotes.py IN.conllu OUT.conllu [--wrap 0.2] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

# (opening, closing) pairs seen in Dutch papers and wires.
STYLES: list[tuple[str, str]] = [
    ("„", "”"), ("„", "”"), ("„", "”"),  # NRC, Volkskrant, Trouw, AD: the most common
    ("„", "“"),  # German-style closing mark, seen in copy from wires
    ("“", "”"),  # English curly quotes, online copy
    ("’", "’"), ("’", "’"),  # De Telegraaf: right single quote both ways
    ("‘", "’"),  # curly single quotes
    ('"', '"'),  # typewriter quotes
    ("'", "'"),  # typewriter single quotes
    (",,", "''"),  # older print convention, as in the treebank
    ("«", "»"),  # guillemets
    ("„", '"'),  # low-9 opening with a straight closing mark
]
QUOTE_FORMS = {'"', "''", ",,", "'", "„", "”", "“", "‘", "’", "«", "»"}
OPENING_ONLY = {",,", "„", "«", "‘", "“"}
CLOSING_ONLY = {"''", "”", "»"}


def read_conllu(path: Path) -> list[list[str]]:
    blocks, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def split_block(block: list[str]) -> tuple[list[str], list[list[str]]]:
    comments = [line for line in block if line.startswith("#")]
    rows = [line.split("\t") for line in block if not line.startswith("#")]
    return comments, rows


def has_no_space_after(row: list[str]) -> bool:
    return "SpaceAfter=No" in row[9].split("|")


def set_space_after(row: list[str], space: bool) -> None:
    parts = [p for p in row[9].split("|") if p not in ("_", "SpaceAfter=No")]
    if not space:
        parts.append("SpaceAfter=No")
    row[9] = "|".join(parts) if parts else "_"


def render(comments: list[str], rows: list[list[str]], suffix: str) -> list[str]:
    text = "".join(r[1] + ("" if has_no_space_after(r) else " ") for r in rows).rstrip()
    out = []
    for c in comments:
        if c.startswith("# text ="):
            out.append(f"# text = {text}")
        elif c.startswith("# sent_id ="):
            out.append(c + suffix)
        elif c.startswith(("# newdoc", "# newpar")):
            continue
        else:
            out.append(c)
    if not any(c.startswith("# text =") for c in out):
        out.append(f"# text = {text}")
    for r in rows:
        r[8] = "_"  # enhanced dependencies are not kept in augmented copies
    return out + ["\t".join(r) for r in rows]


def quote_positions(rows: list[list[str]]) -> list[tuple[int, bool]]:
    """Indices of quote-mark tokens, each with True when it opens a quote."""
    found, open_straight = [], False
    for i, r in enumerate(rows):
        form = r[1]
        if r[3] != "PUNCT" or form not in QUOTE_FORMS:
            continue
        if form in OPENING_ONLY:
            found.append((i, True))
        elif form in CLOSING_ONLY:
            found.append((i, False))
        else:
            open_straight = not open_straight
            found.append((i, open_straight))
    return found


def retype_quotes(rows: list[list[str]], rng: random.Random) -> bool:
    positions = quote_positions(rows)
    if not positions:
        return False
    style = rng.choice(STYLES)
    tight = style != (",,", "''")  # modern marks sit against the quoted words
    for i, opening in positions:
        mark = style[0] if opening else style[1]
        rows[i][1] = rows[i][2] = mark
        if tight and opening and i + 1 < len(rows):
            set_space_after(rows[i], False)
        elif tight and not opening and i > 0:
            set_space_after(rows[i - 1], False)
    return True


def retype_apostrophes(rows: list[list[str]]) -> bool:
    changed = False
    for r in rows:
        if "'" in r[1] and r[1] not in QUOTE_FORMS:
            r[1] = r[1].replace("'", "’")
            r[2] = r[2].replace("'", "’")
            changed = True
    return changed


def wrap(rows: list[list[str]], rng: random.Random, has_xpos: bool) -> list[list[str]] | None:
    if rows[-1][1] not in {".", "!", "?"} or len(rows) < 3:
        return None
    root = next(int(r[0]) for r in rows if r[6] == "0")
    opening, closing = rng.choice(STYLES)
    shifted = []
    for r in rows:
        r = list(r)
        r[0] = str(int(r[0]) + 1)
        r[6] = str(int(r[6]) + 1) if r[6] != "0" else "0"
        shifted.append(r)
    xpos = "LET" if has_xpos else "_"
    first = ["1", opening, opening, "PUNCT", xpos, "_", str(root + 1), "punct", "_", "SpaceAfter=No"]
    last_misc_space = not has_no_space_after(shifted[-1])
    last = [str(len(rows) + 2), closing, closing, "PUNCT", xpos, "_", str(root + 1), "punct", "_", "_"]
    set_space_after(last, last_misc_space)
    set_space_after(shifted[-1], False)
    return [first] + shifted + [last]


def augment(blocks: list[list[str]], wrap_share: float, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    extra: list[list[str]] = []
    for n, block in enumerate(blocks):
        comments, rows = split_block(block)
        if any("." in r[0] or "-" in r[0] for r in rows):
            continue  # empty nodes or multiword tokens: leave alone
        has_xpos = any(r[4] != "_" for r in rows)
        copy = [list(r) for r in rows]
        if retype_quotes(copy, rng):
            retype_apostrophes(copy) if rng.random() < 0.7 else None
            extra.append(render(comments, copy, f"-aug-q{n}"))
            continue
        copy = [list(r) for r in rows]
        if retype_apostrophes(copy):
            extra.append(render(comments, copy, f"-aug-a{n}"))
            continue
        if rng.random() < wrap_share:
            wrapped = wrap([list(r) for r in rows], rng, has_xpos)
            if wrapped is not None:
                extra.append(render(comments, wrapped, f"-aug-w{n}"))
    return blocks + extra


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", type=Path)
    ap.add_argument("output", type=Path)
    ap.add_argument("--wrap", type=float, default=0.2, help="share of other sentences to wrap in quotes")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    blocks = read_conllu(args.input)
    out = augment(blocks, args.wrap, args.seed)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n\n".join("\n".join(b) for b in out) + "\n\n", encoding="utf-8")
    print(f"{args.input.name}: {len(blocks)} sentences + {len(out) - len(blocks)} augmented -> {args.output}")


if __name__ == "__main__":
    main()
