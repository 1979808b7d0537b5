"""Attribution in several processes: words per second with 1, 2, … processes.

The news texts of ``bench_pipeline.py`` (the seed article and the example
corpus) are joined into articles of about 800 words and repeated up to
``--words`` words; ``quoteattr.scale.attribute_many`` attributes them with
each number of processes (one torch thread each).  Model loading is
included in the pool's time, as a user of ``quoteattr attribute --jobs N``
sees it, and also printed apart (the time to the first document).

    python benchmarks/bench_scale.py [--processes 1 2] [--words 40000] [--article-words 800]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time

from bench_pipeline import _articles, news_texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--words", type=int, default=40_000)
    parser.add_argument("--article-words", type=int, default=800)
    parser.add_argument("--models", default="bundled")
    args = parser.parse_args()

    import torch

    from quoteattr.scale import attribute_many

    torch.set_num_threads(1)
    articles = _articles(news_texts(), args.article_words)
    texts: list[str] = []
    while sum(len(t.split()) for t in texts) < args.words:
        texts.extend(articles)
    words = sum(len(t.split()) for t in texts)
    results = {"machine": platform.processor() or platform.machine(), "cpus": os.cpu_count(),
               "articles": len(texts), "words": words, "runs": []}
    for n in args.processes:
        started = time.perf_counter()
        first = None
        quotes = 0
        for doc in attribute_many(texts, processes=n, models=args.models):
            if first is None:
                first = time.perf_counter() - started
            quotes += len(doc.quotes)
        seconds = time.perf_counter() - started
        run = {"processes": n, "seconds": round(seconds, 2), "first_document_s": round(first or 0.0, 2),
               "words_per_s": round(words / seconds), "articles_per_s": round(len(texts) / seconds, 2),
               "quotes": quotes}
        results["runs"].append(run)
        print(f"{n} process{'es' if n > 1 else ''}: {seconds:.1f} s, {words / seconds:,.0f} words/s, "
              f"{len(texts) / seconds:.2f} articles/s (first document after {first or 0:.1f} s; {quotes} quotes)")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
