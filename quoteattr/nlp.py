"""The nlp stage: a Dutch stanza pipeline (tokenize, pos, lemma, depparse).

``load_pipeline()`` returns a ready :class:`stanza.Pipeline`:

* ``models="bundled"`` (default): the compact Dutch models shipped inside the
  package (``quoteattr/models/nl``), loaded by explicit paths; stanza is never
  asked to download anything.
* ``models="stanza"``: stanza's official Dutch package, downloaded by stanza
  into its resources directory when online.  Offline and not yet downloaded,
  a :class:`PipelineError` says how to fix it.
* ``models=<directory>``: models trained with ``scripts/train_models.py``
  (files ``tokenize.pt``, ``pos.pt``, ``lemma.pt``, ``depparse.pt``).

Pipelines are cached per (models, processors, device): a process that
analyses 10,000 articles loads the models once.

``parse(text, pipeline)`` runs a pipeline on the quote-normalised copy of the
text (see :func:`quoteattr.normalize_quotes`): the parser sees familiar ASCII
quote marks, and every token's ``start_char``/``end_char`` stays valid for
the original text.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quoteattr.delimiters import normalize_quotes
from quoteattr.kb_names import TITLE_ABBREVIATIONS

if TYPE_CHECKING:  # pragma: no cover
    import stanza

BUNDLED_DIR = Path(__file__).resolve().parent / "models" / "nl"
PROCESSORS = ("tokenize", "pos", "lemma", "depparse")
MODEL_FILES = {name: f"{name}.pt" for name in PROCESSORS}
#: The rule-based processor that ends a pipeline with ``depparse`` (see :mod:`quoteattr.tree_repair`).
TREE_REPAIR = "treerepair"
TAG_REPAIR = "tagrepair"
VERB_REPAIR = "verbrepair"
SENTENCE_REPAIR = "sentrepair"
SENTENCE_JOIN = "sentjoin"
# What each processor needs before it can run, as in stanza's pipeline.
REQUIRES = {
    "tokenize": (),
    "pos": ("tokenize",),
    "lemma": ("tokenize", "pos"),
    "depparse": ("tokenize", "pos", "lemma"),
}


class PipelineError(RuntimeError):
    """The requested stanza pipeline cannot be loaded; the message says why and what to do."""


def load_pipeline(
    models: str | os.PathLike[str] = "bundled",
    processors: str | tuple[str, ...] = PROCESSORS,
    device: str = "cpu",
    repair_trees: bool = True,
    **stanza_options: Any,
) -> stanza.Pipeline:
    """Load (once per process) a Dutch stanza pipeline.

    Args:
        models: ``"bundled"``, ``"stanza"`` or a directory with trained models.
        processors: processor names, as a tuple or a comma-separated string;
            each one's requirements are added (``depparse`` needs
            ``tokenize,pos,lemma``).
        device: ``"cpu"`` (default) or a torch device such as ``"cuda"``.
        repair_trees: join the tokenizer's sentence breaks without final
            punctuation inside a prose paragraph (the ``sentrepair``
            processor, :mod:`quoteattr.sentence_repair`); with ``depparse``,
            also give the words the training data
            knows with one part of speech that tag before they are parsed
            (the ``tagrepair`` processor, :mod:`quoteattr.tag_repair`),
            join sentences the tags show the tokenizer cut in two (``… voor
            | Op de bermen``; the ``sentjoin`` processor), give auxiliaries the parse shows to be main verbs (``Er zijn
            zorgen``) the tag ``VERB`` and parse their sentences again (the
            ``verbrepair`` processor, :mod:`quoteattr.verb_repair`), and
            end the pipeline with the
            ``treerepair`` processor (:mod:`quoteattr.tree_repair`), which
            rewrites parses UD Dutch never has (``heeft`` as the auxiliary of
            a noun, ``werd`` as a copula) the way the treebank annotates
            them, and restores multiword expressions (``fixed``) and
            prepositional objects (``obl:arg``) from word lists.  Bundled
            and trained models only.
        **stanza_options: passed on to :class:`stanza.Pipeline` (for example
            ``depparse_batch_size``, which is 250 words on CPU unless given:
            see :data:`CPU_DEPPARSE_BATCH_WORDS`).  Options make the
            pipeline uncached.

    Raises:
        PipelineError: models missing, unknown processor, or official models
            unavailable offline.
    """
    wanted = _resolve_processors(processors)
    if stanza_options:
        return _load(str(models), wanted, device, tuple(sorted(stanza_options.items())), repair_trees)
    return _cached_load(str(models), wanted, device, repair_trees)


#: Words per parser batch on CPU.  The parser scores every label for every pair of
#: words in a batch, padded to its longest sentence; stanza's default of 5,000 words
#: puts a whole article in one batch, and batches of about 250 words (sentences of
#: similar length, as stanza sorts them) parse 800-word articles 25-30 % faster.
CPU_DEPPARSE_BATCH_WORDS = 250

#: Tokens after which a sentence may end; the tokenizer's other breaks are undone.
SENTENCE_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
MAX_MERGED_TOKENS = 150


def parse(text: str, pipeline: stanza.Pipeline | None = None, *, repair_sentences: bool = True) -> stanza.Document:
    """Parse ``text`` with quote marks normalised; offsets refer to ``text``.

    With ``repair_sentences`` (the default), sentence breaks the tokenizer
    puts where no sentence-final punctuation stands (at a colon before a
    quote, before a capitalised name) are undone within a paragraph before
    tagging and parsing: ``Omtzigt: „…”`` stays one sentence; and a colon
    the tokenizer left glued to a word (``op X:``) becomes a token of its own.
    """
    return parse_many([text], pipeline, repair_sentences=repair_sentences)[0]


def parse_many(texts: Sequence[str], pipeline: stanza.Pipeline | None = None, *,
               repair_sentences: bool = True) -> list[stanza.Document]:
    """Parse several texts in one pass of the tagger and parser (faster for short texts).

    Each result is what :func:`parse` gives for that text; the texts are
    tokenized one by one and then tagged and parsed together, so that short
    texts share the parser's batches.
    """
    bad = [type(t).__name__ for t in texts if not isinstance(t, str)]
    if bad:
        raise TypeError(f"parse() needs the text as str, not {bad[0]}")
    if not texts:
        return []
    nlp = pipeline if pipeline is not None else load_pipeline()
    fed = [normalize_quotes(t) for t in texts]
    if not repair_sentences or "tokenize" not in nlp.processors:
        unrepaired = [p for p in nlp.processors if p != SENTENCE_REPAIR]
        return [nlp(f, processors=unrepaired) for f in fed]
    from stanza.models.common.doc import Document

    tokenized = nlp.process([Document([], text=f) for f in fed], processors="tokenize")
    docs = [_repaired(t, f) for t, f in zip(tokenized, fed, strict=True)]
    rest = [p for p in ("mwt", "pos", TAG_REPAIR, "lemma", "depparse", VERB_REPAIR, TREE_REPAIR) if p in nlp.processors]
    if not rest:
        return docs
    done = nlp.process(docs, processors=",".join(rest))
    return list(done) if isinstance(done, list) else [done]


def _repaired(tokenized: stanza.Document, fed: str) -> stanza.Document:
    """The tokenized text ``fed``, with the tokenizer's breaks inside sentences undone and glued colons split."""
    from stanza.models.common.doc import Document

    sentences: list[list[tuple[str, int, int]]] = []
    for sent in tokenized.sentences:
        tokens = _join_initials([piece for t in sent.tokens for mark in _split_marks(t.text, t.start_char, t.end_char)
                                 for piece in _split_colon(*mark)])
        for part in _split_at_initials(tokens, fed):
            if sentences and _continues(sentences[-1], part, fed):
                sentences[-1].extend(part)
            else:
                sentences.append(part)
    return Document([[{"id": (n,), "text": form, "misc": f"start_char={a}|end_char={b}"}
                      for n, (form, a, b) in enumerate(sent, 1)] for sent in sentences], text=fed)


def _split_marks(form: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """A token with a quote mark glued to its start or end (``"Andere``) as the mark and the word.

    In the normalised text every quotation mark is ``"`` (apostrophes are
    ``'``), so a ``"`` at a token's edge is always a mark of its own.
    """
    if len(form) < 2 or end - start != len(form) or form == '""':
        return [(form, start, end)]
    if form[0] == '"':
        return [('"', start, start + 1), *_split_marks(form[1:], start + 1, end)]
    if form[-1] == '"':
        return [*_split_marks(form[:-1], start, end - 1), ('"', end - 1, end)]
    return [(form, start, end)]


def _join_initials(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A capital and the full stop right after it, before a lower-case word, as one token: an initial.

    Court reports shorten surnames (``handelde Van R. uit wraak``); the
    tokenizer splits ``R`` from its stop, which then reads as the end of a
    sentence.  An abbreviated title and its stop (``prof``, ``.``) are joined
    the same way, before any word (``zei prof. dr. Anna de Vries``).
    """
    out: list[tuple[str, int, int]] = []
    n = 0
    while n < len(tokens):
        form, start, end = tokens[n]
        glued_stop = n + 1 < len(tokens) and tokens[n + 1][0] == "." and tokens[n + 1][1] == end
        initial = len(form) == 1 and form.isupper() and n + 2 < len(tokens) and tokens[n + 2][0][:1].islower()
        if glued_stop and (initial or form.lower() in TITLE_ABBREVIATIONS):
            out.append((form + ".", start, tokens[n + 1][2]))
            n += 2
            continue
        out.append((form, start, end))
        n += 1
    return out


def _split_colon(form: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """A token with a colon glued to its end (``X:`` before a quote) as the word and the colon."""
    if len(form) > 1 and form.endswith(":") and form[-2].isalnum() and end - start == len(form):
        return [(form[:-1], start, end - 1), (":", end - 1, end)]
    return [(form, start, end)]


def _split_at_initials(tokens: list[tuple[str, int, int]], text: str) -> list[list[tuple[str, int, int]]]:
    """The sentence ``tokens``, split after a capital and full stop that a quote follows.

    The tokenizer reads ``op X. „De VVD …”`` as the initial ``X.`` inside one
    sentence; before an opening quote mark it is the platform, or any
    one-letter word, at the end of its sentence.  (A closing mark right after
    the stop, ``„Plan B.” zei hij``, leaves the sentence whole.)
    """
    parts: list[list[tuple[str, int, int]]] = [[]]
    for n, (form, start, end) in enumerate(tokens):
        if len(form) == 2 and form[0].isupper() and form[1] == "." and end - start == 2 and n + 1 < len(tokens) \
                and text[tokens[n + 1][1]] == '"' and text[end:tokens[n + 1][1]].isspace():
            parts[-1].extend([(form[0], start, start + 1), (".", start + 1, end)])
            parts.append([])
        else:
            parts[-1].append((form, start, end))
    return [part for part in parts if part]


def _continues(previous: list[tuple[str, int, int]], tokens: list[tuple[str, int, int]], text: str) -> bool:
    """True when ``tokens`` continue the sentence ``previous`` (no final punctuation, same paragraph)."""
    last = [t[0] for t in previous[-2:]]
    ended = last[-1] in SENTENCE_FINAL or (len(last) == 2 and last[-1] in {'"', "'", ")"} and last[0] in SENTENCE_FINAL)
    gap = text[previous[-1][2]:tokens[0][1]]
    return not ended and "\n\n" not in gap and len(previous) + len(tokens) <= MAX_MERGED_TOKENS


def model_info(models: str | os.PathLike[str] = "bundled") -> dict[str, Any]:
    """The metadata (data, options, scores, date) of bundled or trained models."""
    directory = _model_dir(str(models))
    meta = directory / "metadata.json"
    return json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {}


def _resolve_processors(processors: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    names = [p.strip() for p in processors.split(",")] if isinstance(processors, str) else list(processors)
    unknown = [p for p in names if p not in REQUIRES]
    if unknown or not names:
        raise PipelineError(f"unknown processors {unknown}; choose from {', '.join(PROCESSORS)}")
    needed = set(names)
    for name in names:
        needed.update(REQUIRES[name])
    return tuple(p for p in PROCESSORS if p in needed)


@functools.lru_cache(maxsize=8)
def _cached_load(models: str, processors: tuple[str, ...], device: str, repair_trees: bool = True) -> stanza.Pipeline:
    return _load(models, processors, device, (), repair_trees)


def _model_dir(models: str) -> Path:
    if models == "bundled":
        return BUNDLED_DIR
    if models == "stanza":
        raise PipelineError("stanza's official models have no quoteattr metadata")
    return Path(models).expanduser()


def _load(
    models: str, processors: tuple[str, ...], device: str, options: tuple[tuple[str, Any], ...],
    repair_trees: bool = True,
) -> stanza.Pipeline:
    import stanza

    kwargs = dict(options)
    kwargs.setdefault("logging_level", "WARN")
    use_gpu = not device.startswith("cpu")
    if "depparse" in processors:
        use_fast_tree_decoder()
        if not use_gpu:
            kwargs.setdefault("depparse_batch_size", CPU_DEPPARSE_BATCH_WORDS)
    if models == "stanza":
        return _load_official(processors, use_gpu, device, kwargs)
    directory = _model_dir(models)
    if not directory.is_dir():
        raise PipelineError(f"model directory {directory} does not exist; pass 'bundled', 'stanza' "
                            "or a directory written by scripts/train_models.py")
    missing = [MODEL_FILES[p] for p in processors if not (directory / MODEL_FILES[p]).is_file()]
    if missing:
        hint = ("the package was installed without its models; reinstall quoteattr"
                if models == "bundled" else "train them with scripts/train_models.py")
        raise PipelineError(f"missing model files in {directory}: {', '.join(missing)} ({hint})")
    for p in processors:
        kwargs[f"{p}_model_path"] = str(directory / MODEL_FILES[p])
    resources = _resources_dir(directory)
    names = list(processors)
    if repair_trees and not kwargs.get("tokenize_pretokenized"):
        import quoteattr.sentence_repair  # (registers the processor with stanza)

        names.insert(1, SENTENCE_REPAIR)
    if "depparse" in processors and repair_trees:
        # (importing the modules registers their processors with stanza)
        import quoteattr.tag_repair
        import quoteattr.tree_repair
        import quoteattr.verb_repair  # noqa: F401

        names.insert(names.index("pos") + 1, TAG_REPAIR)
        if SENTENCE_REPAIR in names:
            names.insert(names.index(TAG_REPAIR) + 1, SENTENCE_JOIN)
        # a parser trained to read AUX as VERB leaves it to the parse which a verb is
        aux_as_verb = bool(model_info(directory).get("parser_reads_aux_as_verb"))
        if not aux_as_verb:
            names.append(VERB_REPAIR)
        names.append(TREE_REPAIR)
        kwargs.setdefault(f"{TREE_REPAIR}_aux_from_relations", aux_as_verb)
    return stanza.Pipeline(
        lang="nl",
        dir=str(resources),
        processors=",".join(names),
        download_method=None,
        allow_unknown_language=True,  # the empty resources.json knows no languages
        use_gpu=use_gpu,
        device=device if use_gpu else None,
        **kwargs,
    )


def one_root_tree(scores: Any) -> Any:
    """The best single-rooted tree for a parser's arc scores (``scores[dependent, head]``, node 0 the root).

    Gives the trees of stanza's ``chuliu_edmonds_one_root`` (root arcs are
    pushed below every other arc, so exactly one word hangs from the root)
    with the compiled decoder of ``ufal.chu_liu_edmonds`` instead of stanza's
    pure-Python one, which takes a quarter of the parser's time on CPU.
    """
    import numpy as np
    from ufal.chu_liu_edmonds import chu_liu_edmonds

    matrix = np.array(scores, dtype=np.float64)
    lowest = matrix[np.isfinite(matrix)].min()
    np.fill_diagonal(matrix, np.nan)  # no self-loops
    matrix[0, :] = np.nan  # the root has no head
    matrix[:, 0] += lowest * matrix.shape[0]  # one root only
    heads, _ = chu_liu_edmonds(matrix)
    tree = np.asarray(heads, dtype=np.int64)
    tree[0] = 0
    return tree


def use_fast_tree_decoder() -> bool:
    """Make stanza's graph parser decode with :func:`one_root_tree`; False when the decoder is not installed."""
    try:
        import ufal.chu_liu_edmonds  # noqa: F401
        from stanza.models.depparse import model as depparse_model
    except ImportError:
        return False
    if hasattr(depparse_model, "chuliu_edmonds_one_root"):
        depparse_model.chuliu_edmonds_one_root = one_root_tree
        return True
    return False


def _resources_dir(model_dir: Path) -> Path:
    """A stanza resources directory holding a ``resources.json``.

    stanza loads explicit model paths without the network only when its
    resources directory holds a ``resources.json``; the bundled directory
    ships an empty one, and a user's directory gets one when it is writable
    (else a per-user cache directory is used).
    """
    if (model_dir / "resources.json").is_file():
        return model_dir
    try:
        (model_dir / "resources.json").write_text("{}\n", encoding="utf-8")
        return model_dir
    except OSError:
        cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "quoteattr" / "stanza"
        cache.mkdir(parents=True, exist_ok=True)
        (cache / "resources.json").write_text("{}\n", encoding="utf-8")
        return cache


def _load_official(processors: tuple[str, ...], use_gpu: bool, device: str, kwargs: dict[str, Any]) -> stanza.Pipeline:
    import stanza

    try:
        return stanza.Pipeline(
            lang="nl",
            processors=",".join(processors),
            download_method=stanza.DownloadMethod.REUSE_RESOURCES,
            use_gpu=use_gpu,
            device=device if use_gpu else None,
            **kwargs,
        )
    except Exception as error:  # stanza raises requests, OS and its own errors here
        logging.getLogger(__name__).debug("stanza official pipeline failed", exc_info=True)
        raise PipelineError(
            "stanza's official Dutch models are not available: they are not in stanza's resources "
            f"directory and could not be downloaded ({type(error).__name__}: {error}). On a machine "
            "with internet run `python -c \"import stanza; stanza.download('nl')\"` (set STANZA_RESOURCES_DIR "
            "to choose where), copy that directory here if needed, or use models='bundled' "
            "(quoteattr's own offline models)."
        ) from error
