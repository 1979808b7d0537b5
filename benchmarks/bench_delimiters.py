"""Speed of the delimiter stage (quoteattr.find_quotes) on one core.

Prints, best of ``--repeat`` runs, wall-clock and CPU seconds for:

* ordinary Dutch news text (the seed article and a set of sentences in every
  house style, repeated to about 10 MB): MB/s;
* linearity: the same text at 1, 2, 4 and 8 MB;
* adversarial input of 1 MB: only ’ and ' marks and letters, only „ marks,
  „ marks that never close, ,, and '' marks, dense quotes with possessive
  look-ahead, and deep alternating nesting.

    python benchmarks/bench_delimiters.py [--repeat 3] [--markdown]

``--markdown`` prints the results as the "Delimiter stage" section of
docs/benchmarks.md.  CPU seconds (``time.process_time``) are the fairer number
on a busy machine; wall seconds include waiting for the CPU.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from quoteattr.delimiters import find_quotes

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed_article.txt"
MB = 1_000_000

# Sentences in the styles of Dutch papers and the wire, written for this benchmark.
SENTENCES = [
    "„We gaan door”, zei de minister na afloop van het overleg in het Catshuis.",
    "Rutte: ’Ik blijf aan tot er een nieuw kabinet is’",
    ",,Het was een zware wedstrijd'', zei de trainer. ,,Maar we hebben het gehaald.''",
    "Omtzigt (NSC): ,, We moeten dit voor de zomer oplossen. ''",
    "“Ik snap het niet,” zegt de fractievoorzitter. “Echt niet.”",
    "De auto’s van VVD’ers in A’dam staan ’s nachts op straat, zegt Kees’ buurman.",
    "’’s Avonds ben ik moe’, vertelt de verpleegster. ’Ik mis m’n baby’s.’",
    "Hij noemde het plan 'onuitvoerbaar' en 'veel te duur' voor de gemeente.",
    "„Mijn moeder zei altijd: ‘Eerst je huiswerk’”, vertelt de staatssecretaris.",
    "In de jaren ’80 was het anders, aldus de econoom, die rock ’n’ roll draaide.",
    "Het kabinet besloot dinsdag de accijns op benzine niet te verhogen.",
]


def ordinary_text(size: int) -> str:
    """``size`` characters of news text: the seed article and a paragraph of the sentences, repeated."""
    seed = SEED.read_text(encoding="utf-8")
    unit = seed.strip() + "\n\n" + " ".join(SENTENCES) + "\n\n"
    return (unit * (size // len(unit) + 1))[:size]


def dense_text(size: int) -> str:
    """``size`` characters of the sentences alone, one paragraph each: nearly every sentence quotes."""
    unit = "\n\n".join(SENTENCES) + "\n\n"
    return (unit * (size // len(unit) + 1))[:size]


def adversarial_inputs() -> dict[str, str]:
    rng = random.Random(2023)

    def mix(pieces: str | list[str], size: int = MB) -> str:
        out: list[str] = []
        length = 0
        while length < size:
            piece = rng.choice(pieces)
            out.append(piece)
            length += len(piece)
        return "".join(out)[:size]

    return {
        "’ ' and letters, random": mix("’'’'abcdefgh"),
        "’ ' and letters, marks in pairs": mix(["’’", "''", "’'", "a", "bc", "de"]),
        "only ’": "’" * MB,
        "only „": "„" * MB,
        "„ that never closes, with words": ("„woord " * (MB // 7 + 1))[:MB],
        "„ that never closes, dense": ("„a " * (MB // 3 + 1))[:MB],
        ",, and '' with letters, random": mix([",,", "''", "a", "b", " "]),
        "dense ’…’ quotes with possessives": ("’Kees’ fiets’ " * (MB // 14 + 1))[:MB],
        "deep alternating nesting": ("„a ’b «c “d ‹e " * (MB // 15 + 1))[:MB],
    }


def best_of(repeat: int, function: Callable[[], object]) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds over ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    return min(walls), min(cpus)


def machine() -> str:
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        model = next(line.split(":", 1)[1].strip() for line in lscpu.splitlines() if line.startswith("Model name"))
    except (OSError, StopIteration):
        model = platform.processor() or "unknown CPU"
    import os

    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--markdown", action="store_true", help="print the docs/benchmarks.md section")
    args = parser.parse_args()

    rows: list[tuple[str, str, str, str]] = []

    for label, make in (("ordinary news text", ordinary_text), ("quote-dense text", dense_text)):
        text = make(10 * MB)
        quotes = len(find_quotes(text))
        wall, cpu = best_of(args.repeat, lambda text=text: find_quotes(text))  # type: ignore[misc]
        rows.append(
            (
                f"{label}, 10 MB ({quotes // 10} quotes per MB)",
                f"{wall:.3f}",
                f"{cpu:.3f}",
                f"{10 / wall:.0f} MB/s wall, {10 / cpu:.0f} MB/s CPU",
            )
        )
    for size in (1, 2, 4, 8):
        sample = ordinary_text(size * MB)
        wall, cpu = best_of(args.repeat, lambda sample=sample: find_quotes(sample))  # type: ignore[misc]
        rows.append((f"linearity: ordinary text, {size} MB", f"{wall:.3f}", f"{cpu:.3f}", f"{cpu / size:.3f} s/MB CPU"))
    for name, sample in adversarial_inputs().items():
        found = len(find_quotes(sample))
        wall, cpu = best_of(args.repeat, lambda sample=sample: find_quotes(sample))  # type: ignore[misc]
        rows.append((f"adversarial 1 MB: {name}", f"{wall:.3f}", f"{cpu:.3f}", f"quotes: {found}"))

    today = dt.date.today().isoformat()
    if args.markdown:
        print("## Delimiter stage\n")
        print(f"`find_quotes` on one core; {machine()}; {today}; best of {args.repeat} runs.\n")
        print("| input | wall s | CPU s | note |")
        print("|---|---:|---:|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        print(f"{machine()}  {today}  best of {args.repeat}")
        for name, wall_s, cpu_s, note in rows:
            print(f"{name:58s} wall {wall_s:>7s} s  cpu {cpu_s:>7s} s  {note}")


if __name__ == "__main__":
    main()
