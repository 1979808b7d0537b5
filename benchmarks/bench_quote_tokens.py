"""How the tokenizer handles Dutch quote typography: raw text vs the normalised copy.

For quote-heavy news text (the seed article, the example corpus and the
delimiter test cases), counts how often

* each quotation mark that ``find_quotes`` finds is a token of its own, and
* words with an apostrophe (’s, zo’n, auto’s, VVD’er, Kees’) stay one token,

once with the raw text and once with ``normalize_quotes(text)`` (what
quoteattr feeds the parser).  Also counts sentence breaks placed inside a
quote's first word.

    python benchmarks/bench_quote_tokens.py [--models bundled|DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
APOSTROPHE_WORD = regex.compile(r"(?<![\p{L}\p{N}])(?:[’'][stn]|\p{L}+[’'](?:s|n|er|ers|tje)|\p{L}+s[’'](?=\s))(?![\p{L}])")


def texts() -> list[str]:
    from bench_pipeline import news_texts  # the seed article and the example corpus
    from test_delimiters import CASES  # the delimiter test table: (name, text, expected)

    return news_texts() + [case[1] for case in CASES]


def score(nlp, docs: list[str], normalise: bool) -> dict[str, float]:
    from quoteattr import find_quotes, normalize_quotes

    marks_ok = marks = words_ok = words = 0
    for text in docs:
        spans = find_quotes(text)
        fed = normalize_quotes(text, spans) if normalise else text
        doc = nlp(fed)
        starts = {t.start_char for s in doc.sentences for t in s.tokens}
        ends = {t.end_char for s in doc.sentences for t in s.tokens}
        for q in spans:
            for a, b in ((q.open_start, q.start), (q.end, q.close_end)):
                mark = fed[a:b].strip()  # in the normalised copy ,, is ' "': the mark is the "
                if not mark:
                    continue
                a2 = a + fed[a:b].index(mark)
                b2 = a2 + len(mark)
                marks += 1
                marks_ok += a2 in starts and b2 in ends
        for m in APOSTROPHE_WORD.finditer(text):
            if any(q.open_start <= m.start() < q.start or q.end <= m.start() < q.close_end for q in spans):
                continue
            words += 1
            words_ok += m.start() in starts and m.end() in ends and not any(
                m.start() < x < m.end() for x in starts | ends)
    return {"quote_marks_as_tokens": round(marks_ok / max(marks, 1), 4), "marks": marks,
            "apostrophe_words_whole": round(words_ok / max(words, 1), 4), "apostrophe_words": words}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", default="bundled")
    args = ap.parse_args()
    from quoteattr.nlp import load_pipeline

    nlp = load_pipeline(args.models, processors="tokenize")
    docs = texts()
    result = {"documents": len(docs), "raw": score(nlp, docs, False), "normalised": score(nlp, docs, True)}
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
