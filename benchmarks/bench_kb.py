"""Speed of the politicians knowledge base: load time and lookups per second.

Prints the size of ``quoteattr/data/kb.json.gz``, the time of a cold
``KnowledgeBase.default()`` (in a fresh interpreter, best of several runs,
import of quoteattr.kb included and excluded), and the mean time of
``find``, ``resolve``, ``holders``, ``party_of`` and ``normalize_party`` on a
fixed set of queries.

    python benchmarks/bench_kb.py [--runs 5] [--repeat 200]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COLD = """
import json, time
t0 = time.perf_counter()
from quoteattr.kb import KnowledgeBase
t1 = time.perf_counter()
KnowledgeBase.default()
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1}))
"""

NAMES = ["Rutte", "Van der Burg", "Eric van der Burg", "Yesilgoz", "D. Yeşilgöz", "Hoekstra’s", "De Jong", "Van Dijk"]
ROLES = ["premier", "minister van Financiën", "staatssecretaris (Asiel)", "klimaatminister", "D66-leider", "Kamerlid"]
PARTIES = ["GL-PvdA", "CU", "VVD’er", "CDA'ers", "Volt", "denk", "onbekend"]


def cold_load(runs: int) -> dict[str, float]:
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True, cwd=ROOT)
        results.append(json.loads(out.stdout))
    return {k: min(r[k] for r in results) for k in ("import", "load")}


def per_call(fn, args_list, repeat: int) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in range(repeat):
        for args in args_list:
            fn(*args)
    return (time.perf_counter() - start) / (repeat * len(args_list))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="fresh interpreters for the cold load")
    ap.add_argument("--repeat", type=int, default=200, help="repetitions of each query set")
    args = ap.parse_args()

    from quoteattr.kb import KnowledgeBase

    path = ROOT / "quoteattr" / "data" / "kb.json.gz"
    print(f"kb.json.gz: {path.stat().st_size / 1e6:.3f} MB")
    cold = cold_load(args.runs)
    print(f"cold import of quoteattr.kb: {1000 * cold['import']:.0f} ms (best of {args.runs})")
    print(f"KnowledgeBase.default() first call: {1000 * cold['load']:.0f} ms (best of {args.runs})")
    kb = KnowledgeBase.default()
    print(f"persons: {len(kb)}")
    mark = kb.resolve("Rutte", "2023-07")
    assert mark is not None
    timings = {
        "find": per_call(kb.find, [(n, "2023-07") for n in NAMES], args.repeat),
        "resolve": per_call(kb.resolve, [(n, "2023-07") for n in NAMES], args.repeat),
        "holders": per_call(kb.holders, [(r, "2023-07") for r in ROLES], args.repeat),
        "party_of": per_call(kb.party_of, [(mark, d) for d in ("2015", "2023-07", "2025")], args.repeat),
        "normalize_party": per_call(kb.normalize_party, [(p,) for p in PARTIES], args.repeat),
    }
    for name, seconds in timings.items():
        print(f"{name}: {1e6 * seconds:.0f} µs per call")


if __name__ == "__main__":
    main()
