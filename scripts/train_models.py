"""Train quoteattr's compact Dutch stanza models from ../shared/ud_nl.

One command retrains everything::

    python scripts/train_models.py                      # fast profile, all steps
    python scripts/train_models.py --profile full       # stanza-sized, resumable
    python scripts/train_models.py --steps depparse     # one step (resumes from its checkpoint)
    python scripts/train_models.py --steps evaluate,bundle

Steps, in order:

``prepare``   bring the 2017 part of the data to today's conventions
              (scripts/harmonize_ud.py), augment the UD files with modern
              quote typography (scripts/augment_quotes.py) and build the
              tokenizer's data with stanza's own preparer;
``tokenize``, ``pos``, ``lemma``, ``depparse``
              train each model with stanza's entry points
              (``python -m stanza.models.…``) under the CPU speed patches of
              scripts/stanza_patches.py, one at a time;
``evaluate``  run the whole pipeline from raw dev text and score it with
              stanza's CoNLL 2018 evaluation;
``bundle``    copy the models into ``quoteattr/models/nl`` (optionally as
              float16) with ``metadata.json`` (data, options, scores, date).

A step whose model exists is skipped unless ``--force``; the tagger and parser
keep stanza checkpoints in the work directory and continue from them when a
run is restarted.  Logs go to ``<work>/logs/<step>.log``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "ud_nl"
PARTS = ["train-lassysmall-old", "train-alpino-dev", "train-lassysmall-dev"]
SHORTHAND = "nl_quoteattr"
STEPS = ["prepare", "tokenize", "pos", "lemma", "depparse", "evaluate", "bundle"]

# Training options per profile.  "fast" finishes all four models in about two
# and a half hours on two CPU cores; "full" uses stanza's default sizes and
# schedules (a GPU makes it quick).
PROFILES: dict[str, dict[str, list[str]]] = {
    "fast": {
        "tokenize": ["--steps", "20000", "--max_steps_before_stop", "4000"],
        # Small character models: the char LSTM dominates CPU time in training and in use.
        "pos": ["--hidden_dim", "150", "--char_hidden_dim", "100", "--deep_biaff_hidden_dim", "200",
                "--max_steps", "3000", "--eval_interval", "100", "--max_steps_before_stop", "600"],
        "lemma": ["--dict_only"],
        # UPOS is the only tag the parser reads: XPOS and features from a compact tagger are too
        # noisy (83 and 88 % on dev), and a tag-free parser learned too slowly for this budget.
        "depparse": ["--hidden_dim", "200", "--char_hidden_dim", "100", "--deep_biaff_hidden_dim", "150",
                     "--no_xpos", "--no_ufeats",
                     "--max_steps", "2400", "--eval_interval", "100", "--checkpoint_interval", "100",
                     "--second_optim_start_step", "900", "--max_steps_before_stop", "500"],
    },
    "full": {
        "tokenize": [],
        "pos": [],
        "lemma": [],
        "depparse": ["--hidden_dim", "400", "--deep_biaff_hidden_dim", "400"],
    },
}
MODEL_FILES = {
    "tokenize": "tokenize.pt",
    "pos": "pos.pt",
    "lemma": "lemma.pt",
    "depparse": "depparse.pt",
}


def run(cmd: list[str], log: Path, env: dict[str, str]) -> None:
    log.parent.mkdir(parents=True, exist_ok=True)
    print("$", " ".join(cmd), f"> {log}", flush=True)
    with log.open("a", encoding="utf-8") as out:
        out.write(f"\n# {dt.datetime.now().isoformat()} $ {' '.join(cmd)}\n")
        out.flush()
        proc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    if proc.returncode:
        sys.exit(f"step failed ({proc.returncode}); see {log}")


def train_env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("OMP_NUM_THREADS", "1")
    env["UDBASE"] = str(work / "ud")
    env["DATA_ROOT"] = str(work / "data")
    # The CPU build of torch allocates and frees large blocks at every step.  With glibc's
    # defaults they come from mmap and go back to the kernel at once, and 40-60 % of the time
    # went to page faults; jemalloc with a decay time still spent about 40 %.  Keeping blocks up
    # to 32 MB on the heap and never trimming it brings that under 2 % and halves the step time
    # (resident memory stays at 2-3.5 GB per process).
    env.setdefault("MALLOC_MMAP_THRESHOLD_", str(32 * 1024 * 1024))
    env.setdefault("MALLOC_TRIM_THRESHOLD_", str(64 * 1024**3))
    env.setdefault("MALLOC_TOP_PAD_", str(512 * 1024**2))
    env.setdefault("MALLOC_ARENA_MAX", "2")
    return env


def patched(module: str) -> list[str]:
    return [sys.executable, str(ROOT / "scripts" / "stanza_patches.py"), module]


def step_prepare(work: Path, env: dict[str, str], args: argparse.Namespace) -> None:
    aug = work / "aug"
    aug.mkdir(parents=True, exist_ok=True)
    harmonized = work / "harmonized" / f"{PARTS[0]}.conllu"
    if not args.no_harmonize:  # the 2017 part in today's conventions (scripts/harmonize_ud.py)
        harmonized.parent.mkdir(parents=True, exist_ok=True)
        run([sys.executable, str(ROOT / "scripts" / "harmonize_ud.py"), str(harmonized), "--report"],
            work / "logs" / "prepare.log", env)
    for part in PARTS:
        src = SHARED / "parts" / f"{part}.conllu"
        if part == PARTS[0] and not args.no_harmonize:
            src = harmonized
        cmd = [sys.executable, str(ROOT / "scripts" / "augment_quotes.py"), str(src), str(aug / f"{part}.conllu"),
               "--wrap", str(args.wrap), "--seed", str(args.seed)]
        if args.no_augment:
            shutil.copy(src, aug / f"{part}.conllu")
        else:
            run(cmd, work / "logs" / "prepare.log", env)
    with (aug / "train.conllu").open("w", encoding="utf-8") as out:
        for part in PARTS:
            out.write((aug / f"{part}.conllu").read_text(encoding="utf-8").rstrip("\n") + "\n\n")
    tb = work / "ud" / "UD_Dutch-QuoteAttr"
    tb.mkdir(parents=True, exist_ok=True)
    shutil.copy(aug / "train.conllu", tb / f"{SHORTHAND}-ud-train.conllu")
    shutil.copy(SHARED / f"{SHORTHAND}-ud-dev.conllu", tb / f"{SHORTHAND}-ud-dev.conllu")
    shutil.copy(SHARED / f"{SHORTHAND}-ud-dev.conllu", tb / f"{SHORTHAND}-ud-test.conllu")  # preparer wants a test file
    run([sys.executable, "-m", "stanza.utils.datasets.prepare_tokenizer_treebank", "UD_Dutch-QuoteAttr"],
        work / "logs" / "prepare.log", env)


def step_train(step: str, work: Path, env: dict[str, str], args: argparse.Namespace) -> None:
    models = work / "models"
    models.mkdir(parents=True, exist_ok=True)
    aug = work / "aug"
    dev = str(SHARED / f"{SHORTHAND}-ud-dev.conllu")
    extra = PROFILES[args.profile][step] + args.extra
    if step == "tokenize":
        t = work / "data" / "tokenize"
        cmd = patched("stanza.models.tokenizer") + [
            "--mode", "train", "--lang", "nl", "--shorthand", SHORTHAND,
            "--txt_file", str(t / f"{SHORTHAND}.train.txt"), "--label_file", str(t / f"{SHORTHAND}-ud-train.toklabels"),
            "--mwt_json_file", str(t / f"{SHORTHAND}-ud-train-mwt.json"),
            "--dev_txt_file", str(t / f"{SHORTHAND}.dev.txt"), "--dev_label_file", str(t / f"{SHORTHAND}-ud-dev.toklabels"),
            "--dev_conll_gold", str(t / f"{SHORTHAND}.dev.gold.conllu"), "--conll_file", str(work / "tokenize_dev.conllu"),
            "--save_dir", str(models), "--save_name", MODEL_FILES[step], "--seed", str(args.seed)]
    elif step == "pos":
        train = ";".join(str(aug / f"{p}.conllu") for p in PARTS)  # part 1 has no XPOS: keep files apart
        cmd = patched("stanza.models.tagger") + [
            "--mode", "train", "--lang", "nl", "--shorthand", SHORTHAND, "--no_pretrain",
            "--train_file", train, "--eval_file", dev, "--output_file", str(work / "pos_dev.conllu"),
            "--save_dir", str(models), "--save_name", MODEL_FILES[step], "--seed", str(args.seed)]
    elif step == "lemma":
        cmd = patched("stanza.models.lemmatizer") + [
            "--mode", "train", "--shorthand", SHORTHAND,
            "--train_file", str(aug / "train.conllu"), "--eval_file", dev, "--output_file", str(work / "lemma_dev.conllu"),
            "--save_dir", str(models), "--save_name", MODEL_FILES[step], "--seed", str(args.seed)]
    else:
        train = str(args.parser_train or aug / "train.conllu")
        dev = str(args.parser_dev or dev)
        if args.parser_aux_as_verb:  # the parser reads AUX as VERB (scripts/aux_as_verb.py)
            train, dev = _collapsed(Path(train), work), _collapsed(Path(dev), work)
        cmd = patched("stanza.models.parser") + [
            "--mode", "train", "--lang", "nl", "--shorthand", SHORTHAND, "--no_pretrain",
            "--train_file", train, "--eval_file", dev, "--output_file", str(work / "depparse_dev.conllu"),
            "--save_dir", str(models), "--save_name", MODEL_FILES[step], "--seed", str(args.seed)]
    run(cmd + extra, work / "logs" / f"{step}.log", env)
    if step == "depparse" and args.parser_aux_as_verb:
        from aux_as_verb import relabel

        relabel(models / MODEL_FILES[step])  # (the tagger's AUX reads as the VERB the parser was trained on)


def _collapsed(path: Path, work: Path) -> str:
    """A copy of CoNLL-U ``path`` in ``work`` with AUX written VERB."""
    from aux_as_verb import collapse

    out = work / "aux-as-verb" / path.name
    out.parent.mkdir(parents=True, exist_ok=True)
    collapse(path, out)
    return str(out)


def step_evaluate(work: Path, env: dict[str, str], args: argparse.Namespace) -> None:
    run([sys.executable, str(ROOT / "scripts" / "evaluate_models.py"), "--models", str(work / "models"),
         "--out", str(work / "scores.json")], work / "logs" / "evaluate.log", env)


def step_bundle(work: Path, env: dict[str, str], args: argparse.Namespace) -> None:
    import torch

    dest = ROOT / "quoteattr" / "models" / "nl"
    dest.mkdir(parents=True, exist_ok=True)
    aux_as_verb = False
    for name in MODEL_FILES.values():
        state = torch.load(work / "models" / name, map_location="cpu", weights_only=False)
        state.pop("optimizer", None)
        if name == MODEL_FILES["depparse"]:
            from aux_as_verb import reads_aux_as_verb

            aux_as_verb = reads_aux_as_verb(state)
        if args.half:
            state = _to_half(state)
        torch.save(state, dest / name)
    scores = json.loads((work / "scores.json").read_text()) if (work / "scores.json").exists() else {}
    meta = {
        "name": "quoteattr compact Dutch models",
        "language": "nl",
        "date": dt.date.today().isoformat(),
        "profile": args.profile,
        "options": {step: PROFILES[args.profile][step] for step in MODEL_FILES},
        "augmentation": None if args.no_augment else {"wrap": args.wrap, "seed": args.seed},
        "harmonized": not args.no_harmonize,
        "storage": "float16" if args.half else "float32",
        "data": {
            "train": [f"ud_nl/parts/{p}.conllu" for p in PARTS],
            "dev": f"ud_nl/{SHORTHAND}-ud-dev.conllu",
            "treebanks": "UD_Dutch-Alpino, UD_Dutch-LassySmall (CC BY-SA 4.0)",
        },
        "stanza": __import__("stanza").__version__,
        "torch": torch.__version__,
        "scores": scores,
        "trained": _training_record(work),
    }
    if aux_as_verb:
        meta["parser_reads_aux_as_verb"] = True  # (load_pipeline then takes AUX and VERB from the parse)
    if args.note:
        meta["note"] = args.note
    (dest / "metadata.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"bundled into {dest}")


def _training_record(work: Path) -> dict[str, dict[str, float]]:
    """Steps trained and best dev score per model, read from the training logs (runs may be stopped early)."""
    import re

    record: dict[str, dict[str, float]] = {}
    for step in ("pos", "depparse"):
        log = work / "logs" / f"{step}.log"
        if not log.exists():
            continue
        evals = [(int(m[1]), float(m[2])) for m in re.finditer(r"step (\d+): train_loss = [\d.]+, dev_score = ([\d.]+)",
                                                                log.read_text(encoding="utf-8"))]
        if evals:
            best = max(evals, key=lambda e: e[1])
            record[step] = {"last_evaluated_step": evals[-1][0], "best_step": best[0], "best_dev_score": best[1]}
    tok = work / "logs" / "tokenize.log"
    if tok.exists():
        found = re.findall(r"Best dev score=([\d.]+) at step (\d+)", tok.read_text(encoding="utf-8"))
        if found:
            record["tokenize"] = {"best_step": int(found[-1][1]), "best_dev_score": float(found[-1][0])}
    return record


def _to_half(obj):
    import torch

    if isinstance(obj, torch.Tensor) and obj.is_floating_point():
        return obj.half()
    if isinstance(obj, dict):
        return {k: _to_half(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(_to_half(v) for v in obj)
    return obj


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--steps", default=",".join(STEPS), help=f"comma-separated subset of {','.join(STEPS)}")
    ap.add_argument("--profile", choices=sorted(PROFILES), default="fast")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "train", help="scratch directory")
    ap.add_argument("--force", action="store_true", help="retrain even when the model exists")
    ap.add_argument("--no-augment", action="store_true", help="train on the UD files as they are")
    ap.add_argument("--no-harmonize", action="store_true",
                    help="keep the 2017 part of the training data in its own conventions")
    ap.add_argument("--wrap", type=float, default=0.2, help="share of sentences wrapped in quotes")
    ap.add_argument("--half", action="store_true", default=True, help="store bundled weights as float16")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--note", help="a line for metadata.json on how the models were trained (bundle step)")
    ap.add_argument("--parser-train", type=Path,
                    help="the parser's training file instead of the prepared one (scripts/tag_noise.py)")
    ap.add_argument("--parser-dev", type=Path, help="the parser's dev file for model selection (scripts/tag_noise.py)")
    ap.add_argument("--parser-aux-as-verb", action="store_true",
                    help="train the parser to read AUX as VERB and decide which a verb is (scripts/aux_as_verb.py)")
    ap.add_argument("extra", nargs="*", help="extra options passed to every stanza trainer (after --)")
    args = ap.parse_args()
    steps = [s.strip() for s in args.steps.split(",") if s.strip()]
    unknown = set(steps) - set(STEPS)
    if unknown:
        ap.error(f"unknown steps {sorted(unknown)}; choose from {STEPS}")
    work = args.work.resolve()
    env = train_env(work)
    for step in STEPS:
        if step not in steps:
            continue
        if step in MODEL_FILES and (work / "models" / MODEL_FILES[step]).exists() and not args.force:
            print(f"{step}: model exists, skipped (use --force to retrain)")
            continue
        print(f"== {step} ({args.profile})", flush=True)
        started = dt.datetime.now()
        if step == "prepare":
            step_prepare(work, env, args)
        elif step == "evaluate":
            step_evaluate(work, env, args)
        elif step == "bundle":
            step_bundle(work, env, args)
        else:
            step_train(step, work, env, args)
        print(f"{step}: done in {dt.datetime.now() - started}", flush=True)


if __name__ == "__main__":
    main()
