"""Bring the 2017 part of the training data closer to today's UD Dutch conventions.

Train part 1 (``parts/train-lassysmall-old.conllu``, 63 % of the training
words) is LassySmall as annotated in 2017.  Where its sentences also occur in
the current annotation, their UPOS agree only about 95 % of the time (see the
data README): today's UD Dutch writes multiword names as PROPN joined by
``flat`` (titles of works as ``flat`` with their words' own tags, brackets
inside names as SYM), ``als`` as SCONJ, ordinals as ADJ (``amod``), and has
``zijn`` as its only copula (``worden``, ``blijven``, ``heten`` … head their
clause, the predicate is their ``xcomp``).  A tagger and parser trained on the
mix learn both conventions and are scored on the new one.

This script rewrites part 1 with

1. rules for those systematic changes (``names``, ``copulas`` and
   ``clauses`` below, the word rules in ``harmonize``), then
2. a table of word-level changes, learned where the old annotation and the
   current one (train part 3, UD_Dutch-LassySmall dev) cover the same
   sentence: ``(form, old UPOS, relation) -> new UPOS`` when at least two
   occurrences and 75 % of them changed the same way.  Only training data is
   read to learn it; the dev split is used only to report agreement.

    python scripts/harmonize_ud.py OUT.conllu            # write harmonized part 1
    python scripts/harmonize_ud.py OUT.conllu --report   # and print agreement on the overlaps

The report compares old and current annotation of the same sentences before
and after harmonizing (UPOS, heads, labels), on the sentences shared with
train part 3 (where the table was learned) and with the dev split (unseen).
"""

from __future__ import annotations

import argparse
import copy
import re
from collections import Counter, defaultdict
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "ud_nl"
OLD_RAW = SHARED / "raw" / "nl_lassysmall-ud-train.v2-ccd0244.conllu"
PART1 = SHARED / "parts" / "train-lassysmall-old.conllu"
PART3 = SHARED / "parts" / "train-lassysmall-dev.conllu"
DEV = SHARED / "nl_quoteattr-ud-dev.conllu"

ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL = range(8)
Row = list[str]
Block = tuple[list[str], list[Row]]  # comment lines, token rows

ORDINAL = re.compile(
    r"^(eerst|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde"
    r"|\w+tiende|\w+tigste|honderdste|duizendste|\d+(e|ste|de))$", re.IGNORECASE)
# Possessive determiners: part 1 already has them as PRON (the data's own conversion);
# the raw 2017 file, read to learn the table, does not.
POSSESSIVES = {"zijn", "haar", "hun", "mijn", "jouw", "onze", "ons", "uw", "je", "m'n", "z'n", "hare"}
# Relations of a copular predicate that belong to the clause, and move to the verb
# when a copula other than `zijn` becomes the head.
CLAUSE_RELATIONS = {"nsubj", "nsubj:pass", "csubj", "aux", "aux:pass", "mark", "advmod", "obl", "obl:agent",
                    "advcl", "expl", "parataxis", "cc", "iobj", "obj", "ccomp", "discourse", "vocative"}


def read(path: Path) -> list[Block]:
    blocks: list[Block] = []
    comments: list[str] = []
    rows: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                blocks.append((comments, rows))
            comments, rows = [], []
        elif line.startswith("#"):
            comments.append(line)
        else:
            rows.append(line.split("\t"))
    if rows:
        blocks.append((comments, rows))
    return blocks


def write(path: Path, blocks: list[Block]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for comments, rows in blocks:
            out.write("\n".join(comments + ["\t".join(r) for r in rows]) + "\n\n")


def text_key(rows: list[Row]) -> str:
    return "".join(r[FORM] for r in rows if r[ID].isdigit()).lower()


def words(rows: list[Row]) -> list[Row]:
    """The syntactic words (no ranges, no empty nodes)."""
    return [r for r in rows if r[ID].isdigit()]


def names(rows: list[Row]) -> tuple[set[int], set[int]]:
    """Words of 2017 ``fixed`` groups that are names or titles today.

    Returns (names, titles).  Both are ``flat`` today.  A group is a name
    (all its words PROPN) when it does not start with a determiner, ends in a
    capital, and has a capital after its first word or starts with one
    mid-sentence: ``Vlaams Parlement``, ``Koninklijk Museum voor Schone
    Kunsten``.  Other groups with a capital after their first word, or a
    capitalised first word mid-sentence, are titles of works and keep their
    words' own tags: ``De man met de hoed``.  Fixed expressions that open a
    sentence (``Ten opzichte van``) stay ``fixed``."""
    groups: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r[DEPREL] == "fixed":
            groups[int(r[HEAD]) - 1].append(i)
    first_word = next((i for i, r in enumerate(rows) if r[UPOS] != "PUNCT"), 0)
    found: set[int] = set()
    titles: set[int] = set()
    for head, kids in groups.items():
        idx = sorted([head, *kids])
        first, last = rows[idx[0]], rows[idx[-1]]
        capital_inside = any(rows[i][FORM][:1].isupper() for i in idx[1:])
        capital_mid_sentence = idx[0] > first_word and first[FORM][:1].isupper()
        if first[UPOS] != "DET" and last[FORM][:1].isupper() and (capital_inside or capital_mid_sentence):
            found.update(idx)
        elif capital_inside or capital_mid_sentence:
            titles.update(idx)
    return found, titles


def copulas(rows: list[Row]) -> None:
    """Make a copula other than ``zijn`` the head of its clause, with the predicate as ``xcomp``."""
    for v, row in enumerate(rows):
        if row[DEPREL] != "cop" or row[LEMMA] == "zijn":
            continue
        pred = int(row[HEAD]) - 1
        p = rows[pred]
        row[HEAD], row[DEPREL] = p[HEAD], p[DEPREL]
        row[UPOS] = "VERB"
        p[HEAD], p[DEPREL] = str(v + 1), "xcomp"
        span = _span(rows, pred)
        for r in rows:
            if r is row or int(r[HEAD]) != pred + 1:
                continue
            rel = r[DEPREL]
            outside = int(r[ID]) - 1 not in span
            if rel in CLAUSE_RELATIONS or (rel == "punct" and outside):
                r[HEAD] = str(v + 1)


def clauses(rows: list[Row]) -> None:
    """Label clauses as today's parts do.

    The 2017 part has no ``xcomp`` for an infinitive with ``te`` (``besloot te
    vertrekken``: ``ccomp``), labels a third of its ``om … te`` clauses
    ``ccomp`` (today's parts one in eight, most of them ``advcl``), and calls a
    clause that is a subject (``dat`` or ``of`` opening it) ``nsubj``, where
    today's parts have ``csubj``.  A ``ccomp`` with ``te`` as its only marker
    and no subject becomes ``xcomp``; one with ``om`` and ``te`` ``advcl``
    (quoteattr's tree repair makes it ``xcomp`` again under a control verb);
    such a subject ``csubj``."""
    for r in rows:
        kids = [k for k in rows if k[HEAD] == r[ID]]
        marks = {k[FORM].lower() for k in kids if k[DEPREL] == "mark"}
        if r[DEPREL] == "ccomp" and marks == {"te"} and not any(k[DEPREL].startswith("nsubj") for k in kids):
            r[DEPREL] = "xcomp"
        elif r[DEPREL] == "ccomp" and {"om", "te"} <= marks:
            r[DEPREL] = "advcl"
        elif r[DEPREL] in ("nsubj", "nsubj:pass") and marks & {"dat", "of"} and r[UPOS] in ("VERB", "AUX", "ADJ",
                                                                                            "NOUN"):
            r[DEPREL] = "csubj" + r[DEPREL][5:]


def _span(rows: list[Row], head: int) -> set[int]:
    """The predicate's own words: itself and its nominal dependents, recursively."""
    nominal = {"det", "amod", "nmod", "case", "nummod", "flat", "compound", "acl", "acl:relcl", "appos",
               "fixed", "nmod:poss", "conj", "cc"}
    out = {head}
    changed = True
    while changed:
        changed = False
        for i, r in enumerate(rows):
            if i not in out and int(r[HEAD]) - 1 in out and (r[DEPREL] in nominal or int(r[HEAD]) - 1 != head):
                out.add(i)
                changed = True
    lo, hi = min(out), max(out)
    return set(range(lo, hi + 1))


def harmonize(rows: list[Row], table: dict[tuple[str, str, str], str] | None = None,
              possessives: bool = False, rules: bool = True) -> list[Row]:
    """Rewrite one sentence's words (a copy) in today's conventions.

    ``possessives`` repeats the data's own conversion of possessive determiners
    (for the raw 2017 file); ``rules=False`` does only that."""
    rows = copy.deepcopy(words(rows))
    in_name, in_title = names(rows) if rules else (set(), set())
    if rules:
        copulas(rows)
        clauses(rows)
    for i, r in enumerate(rows):
        form = r[FORM].lower()
        if possessives and r[UPOS] == "DET" and (r[DEPREL] == "nmod:poss" or form in POSSESSIVES):
            r[UPOS] = "PRON"
        if not rules:
            continue
        if (i in in_name or i in in_title) and r[DEPREL] == "fixed":
            r[DEPREL] = "flat"
        if i in in_name:
            r[UPOS] = "PROPN"
        elif form == "als" and r[UPOS] == "ADP":
            r[UPOS] = "SCONJ"
        elif r[UPOS] == "NUM" and ORDINAL.match(form):
            r[UPOS] = "ADJ"
            if r[DEPREL] == "nummod":
                r[DEPREL] = "amod"
        elif r[UPOS] == "PUNCT" and _relation(r) == "flat":  # brackets inside a name: `A. (Anna) Smit`
            r[UPOS] = "SYM"
        elif table and (form, r[UPOS], _relation(r)) in table:
            r[UPOS] = table[(form, r[UPOS], _relation(r))]
    return rows


def _relation(row: Row) -> str:
    """The relation as in part 1, whose conversion wrote ``flat:name`` as ``flat``."""
    return "flat" if row[DEPREL] == "flat:name" else row[DEPREL]


def overlap(old: list[Block], current: list[Block]) -> list[tuple[list[Row], list[Row]]]:
    """Sentences annotated both in 2017 and now, with the same words."""
    by_key = {text_key(rows): rows for _, rows in old}
    pairs = []
    for _, rows in current:
        o = by_key.get(text_key(rows))
        if o is not None and len(words(o)) == len(words(rows)):
            pairs.append((o, words(rows)))
    return pairs


def learn_table(pairs: list[tuple[list[Row], list[Row]]], min_count: int = 2,
                min_share: float = 0.75) -> dict[tuple[str, str, str], str]:
    seen: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for o, new in pairs:
        for a, b in zip(harmonize(o, possessives=True), new, strict=True):
            seen[(a[FORM].lower(), a[UPOS], _relation(a))][b[UPOS]] += 1
    table = {}
    for k, counts in seen.items():
        top, n = counts.most_common(1)[0]
        if top != k[1] and sum(counts.values()) >= min_count and n / sum(counts.values()) >= min_share:
            table[k] = top
    return table


def agreement(pairs: list[tuple[list[Row], list[Row]]], table=None, apply: bool = True) -> dict[str, float]:
    n = upos = heads = labels = 0
    for o, new in pairs:
        mine = harmonize(o, table, possessives=True, rules=apply)
        for a, b in zip(mine, new, strict=True):
            n += 1
            upos += a[UPOS] == b[UPOS]
            heads += a[HEAD] == b[HEAD]
            labels += a[HEAD] == b[HEAD] and a[DEPREL].split(":")[0] == b[DEPREL].split(":")[0]
    return {"words": n, "UPOS": round(100 * upos / n, 2), "UAS": round(100 * heads / n, 2),
            "LAS": round(100 * labels / n, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="where to write the harmonized part 1")
    ap.add_argument("--report", action="store_true", help="print agreement on the overlaps")
    args = ap.parse_args()
    old = read(OLD_RAW)
    tune = overlap(old, read(PART3))
    table = learn_table(tune)
    blocks = [(comments, harmonize(rows, table)) for comments, rows in read(PART1)]
    write(args.out, blocks)
    print(f"harmonized {len(blocks)} sentences into {args.out}; {len(table)} learned word changes")
    if args.report:
        unseen = overlap(old, read(DEV))
        for name, pairs in (("train part 3 (learned there)", tune), ("dev (unseen)", unseen)):
            print(name, "before", agreement(pairs, apply=False), "after", agreement(pairs, table))


if __name__ == "__main__":
    main()
