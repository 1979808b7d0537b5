"""Speed and memory of the nlp stage and of whole attribution, on one CPU core.

Prints: model load time, words per second for tokenize+pos+lemma+depparse on
news text (the seed article and the example corpus, one text at a time, the
same texts 16 at a time as ``Attributor.pipe`` parses them, and the same text
joined into articles of about 800 words) and the seconds each processor
spends per 1,000 words, articles per second for attribution end to end (one
call per text, and ``Attributor.pipe``), and peak resident memory.

    python benchmarks/bench_pipeline.py [--models bundled|stanza|DIR] [--words 20000] [--threads 1] [--article-words 800]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def news_texts() -> list[str]:
    """The seed article and the example corpus (the date header of the seed file is stripped)."""
    from quoteattr.io import read_documents

    paths = [ROOT / "examples" / "seed_article.txt", ROOT / "examples" / "corpus.jsonl"]
    return [d.text for d in read_documents([p for p in paths if p.exists()]) if d.ok]


def _articles(texts: list[str], size: int) -> list[str]:
    """The texts joined, as paragraphs, into documents of at least ``size`` words."""
    out, current, words = [], [], 0
    for t in texts:
        current.append(t)
        words += len(t.split())
        if words >= size:
            out.append("\n\n".join(current))
            current, words = [], 0
    if current:
        out.append("\n\n".join(current))
    return out


def _time_processors(nlp) -> dict[str, float]:
    """Wrap each processor of ``nlp`` so that the time it spends is added up (seconds per processor)."""
    spent = {name: 0.0 for name in nlp.processors}
    for name, proc in nlp.processors.items():
        def timed(doc, _run=proc.process, _name=name):
            started = time.perf_counter()
            out = _run(doc)
            spent[_name] += time.perf_counter() - started
            return out

        proc.process = timed
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", default="bundled")
    ap.add_argument("--words", type=int, default=20000, help="words to parse for the timing")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--article-words", type=int, default=800, help="length of the joined articles timed as well")
    args = ap.parse_args()

    import torch

    torch.set_num_threads(args.threads)
    from quoteattr import Attributor
    from quoteattr.nlp import load_pipeline, parse_many

    started = time.perf_counter()
    nlp = load_pipeline(args.models)
    load_s = time.perf_counter() - started

    texts = news_texts()
    nlp(texts[0])  # warm-up
    batch, words = [], 0
    while words < args.words:
        for t in texts:
            batch.append(t)
            words += len(t.split())
    spent = _time_processors(nlp)
    started = time.perf_counter()
    n_words = 0
    for t in batch:
        doc = nlp(t)
        n_words += doc.num_words
    parse_s = time.perf_counter() - started
    for proc in nlp.processors.values():
        del proc.process  # back to the class's method

    # the same text as articles of about --article-words words (most of the corpus are short snippets)
    articles = _articles(batch, args.article_words)
    started = time.perf_counter()
    article_words = sum(nlp(t).num_words for t in articles)
    article_s = time.perf_counter() - started

    # the same short texts tagged and parsed 16 at a time (what Attributor.pipe does)
    started = time.perf_counter()
    batched_words = 0
    for n in range(0, len(batch), 16):
        batched_words += sum(d.num_words for d in parse_many(batch[n:n + 16], nlp))
    batched_s = time.perf_counter() - started

    attributor = Attributor(nlp)
    docs = texts * max(1, 40 // len(texts))
    started = time.perf_counter()
    n_docs = 0
    for t in docs:
        attributor(t, "2023-07")
        n_docs += 1
    attr_s = time.perf_counter() - started
    started = time.perf_counter()
    piped = sum(1 for _ in attributor.pipe(docs, dates=["2023-07"] * len(docs)))
    pipe_s = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    result = {
        "machine": f"{platform.processor() or platform.machine()}, {args.threads} thread(s)",
        "python": platform.python_version(),
        "torch": torch.__version__,
        "models": args.models,
        "load_seconds": round(load_s, 2),
        "words": n_words,
        "words_per_second": round(n_words / parse_s),
        f"words_per_second_in_articles_of_{args.article_words}_words": round(article_words / article_s),
        "words_per_second_short_texts_16_at_a_time": round(batched_words / batched_s),
        "seconds_per_1000_words": {name: round(1000 * t / n_words, 3) for name, t in spent.items()},
        "articles_per_second": round(n_docs / attr_s, 2),
        "articles_per_second_with_pipe": round(piped / pipe_s, 2),
        "peak_memory_mb": round(peak_mb),
    }
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
