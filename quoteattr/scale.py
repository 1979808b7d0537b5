"""Scale-out: attribute a corpus on many cores or many machines.

One process attributes about 1,650 words a second on one core (see
``docs/benchmarks.md``), so a corpus of a million articles wants many
processes.  quoteattr does not bring an engine of its own; it gives the
pieces that one needs:

* :func:`attribute_frame`: a pandas ``DataFrame`` of articles (a ``text``
  column, optional ``date`` and ``id`` columns) in, one row per quote out
  (the columns of :data:`quoteattr.export.COLUMNS`).  It is the function to
  map over partitions: dask's ``DataFrame.map_partitions`` (with
  :func:`quote_frame_meta` as ``meta``), Spark's ``mapInPandas``, or any
  process pool;
* :func:`worker_attributor`: the attributor of the current process, loaded
  on first use and kept, so that a worker loads the models once however many
  partitions it runs;
* :func:`attribute_many`: many processes on one machine with the standard
  library alone, results in input order (``quoteattr attribute --jobs N``).

Processes, not threads: stanza and torch hold the interpreter for most of the
work, and one attributor runs one document at a time (calls from several
threads of one process wait for each other).  Each process keeps its own
models (about 470 MB).
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

from quoteattr.results import AttributedDocument

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from quoteattr.attribution import Attributor

#: One document for a worker: its text, date and id.
Item = tuple[Any, Any, Any]
#: What a worker gives back for one document: the result, or a message saying why there is none.
Outcome = tuple[AttributedDocument | None, str | None]

_LOCK = threading.Lock()


@functools.lru_cache(maxsize=4)
def worker_attributor(models: str = "bundled", kb: str | None = "default") -> Attributor:
    """The attributor of this process for ``models`` and ``kb``, made on first use and kept.

    Parses are not kept on the results (``keep_parse=False``), so that they
    stay small enough to send between processes.
    """
    from quoteattr.attribution import Attributor

    return Attributor(models, kb=kb, keep_parse=False)


def _attribute_chunk(items: Sequence[Item], attributor: Attributor) -> list[Outcome]:
    """Attribute ``items`` with ``attributor``; the plain texts are parsed together.

    An item whose text is ``None`` is skipped (``(None, None)``), and a
    document that fails gives ``(None, message)`` without stopping the
    others.  A :class:`quoteattr.PipelineError` (models that cannot be
    loaded) stops everything.
    """
    from quoteattr.attribution import parse_plain
    from quoteattr.nlp import PipelineError

    texts = [text for text, _, _ in items]
    try:
        parses = parse_plain(texts, attributor.pipeline)
    except PipelineError:
        raise
    except Exception:  # each document is then parsed on its own, where an error is reported for it alone
        parses = {}
    out: list[Outcome] = []
    for n, (text, date, doc_id) in enumerate(items):
        if text is None:
            out.append((None, None))
            continue
        try:
            out.append((attributor(text, date, id=doc_id, parse=parses.get(n)), None))
        except PipelineError:
            raise
        except Exception as error:  # one bad document must not stop a corpus run
            out.append((None, f"{type(error).__name__}: {error}"))
    return out


def _worker_start(models: str, kb: str | None, threads: int) -> None:
    """Set up a pool process: its torch threads and which models to load.

    The models are loaded by the first chunk, not here: an error there (models
    missing) reaches the caller as itself, where one in a pool's initializer
    would only break the pool.
    """
    import torch

    torch.set_num_threads(threads)
    global _WORKER_SPEC
    _WORKER_SPEC = (models, kb)


_WORKER_SPEC: tuple[str, str | None] = ("bundled", "default")


def _worker_chunk(items: list[Item]) -> list[Outcome]:
    return _attribute_chunk(items, worker_attributor(*_WORKER_SPEC))


def attribute_outcomes(items: Iterable[Item], *, processes: int = 1, models: str = "bundled",
                       kb: str | None = "default", chunk_size: int = 16, threads: int = 1,
                       attributor: Attributor | None = None) -> Iterator[Outcome]:
    """An :data:`Outcome` for each item, in order: in this process, or in a pool of ``processes``.

    With ``processes=1`` the items are attributed here, with ``attributor``
    (default: :func:`worker_attributor`).  Otherwise each of ``processes``
    new processes loads the models once and takes ``chunk_size`` items at a
    time; a few chunks per process are in flight, so that a long input is
    never held in memory whole.  ``threads`` is the number of torch threads
    in each pool process.
    """
    if processes < 1:
        raise ValueError(f"processes must be at least 1, not {processes}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    chunks = _chunks(items, chunk_size)
    if processes == 1:
        att = attributor if attributor is not None else worker_attributor(models, kb)
        for chunk in chunks:
            yield from _attribute_chunk(chunk, att)
        return
    # spawn: a fork of a process that has used torch can hang in its thread pools
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(processes, mp_context=context, initializer=_worker_start,
                             initargs=(models, kb, threads)) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(_worker_chunk, chunk))
            if len(pending) >= 2 * processes:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def attribute_many(texts: Iterable[str], *, dates: Iterable[Any] | None = None, ids: Iterable[Any] | None = None,
                   processes: int = 1, models: str = "bundled", kb: str | None = "default",
                   chunk_size: int = 16, threads: int = 1) -> Iterator[AttributedDocument]:
    """Attribute many texts in ``processes`` processes; the documents come back in input order.

    ``dates`` and ``ids``, when given, run alongside ``texts``.  Each process
    loads the models once (a second or two, about 470 MB) and parses
    ``chunk_size`` texts at a time.  Parses are not kept on the results.

    Raises:
        ValueError: when a text cannot be attributed; the message names its
            position and the error.
        quoteattr.PipelineError: when the models cannot be loaded.

    Example::

        texts = [path.read_text() for path in sorted(Path("corpus").glob("*.txt"))]
        for doc in quoteattr.attribute_many(texts, processes=8):
            ...
    """
    date_iter = iter(dates) if dates is not None else itertools.repeat(None)
    id_iter = iter(ids) if ids is not None else itertools.repeat(None)
    items = ((_checked(n, text), next(date_iter, None), next(id_iter, None)) for n, text in enumerate(texts))
    for n, (doc, error) in enumerate(attribute_outcomes(items, processes=processes, models=models, kb=kb,
                                                         chunk_size=chunk_size, threads=threads)):
        if doc is None:
            raise ValueError(f"text {n} could not be attributed: {error}")
        yield doc


def _checked(n: int, text: Any) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text {n} is a {type(text).__name__}, not a str")
    return text


# ------------------------------------------------------------------------------------- pandas
def quote_frame_meta() -> pandas.DataFrame:
    """The empty result of :func:`attribute_frame`, with its column types: dask's ``meta``."""
    from quoteattr.export import to_dataframe

    return to_dataframe([])


def attribute_frame(frame: pandas.DataFrame, *, text: str = "text", date: str | None = "date",
                    id: str | None = "id", models: str = "bundled", kb: str | None = "default",
                    batch_size: int = 16) -> pandas.DataFrame:
    """One row per quote of the articles in ``frame`` (the columns of :func:`quoteattr.to_dataframe`).

    Args:
        frame: one article per row.
        text: the column with the article text.  A missing text (``None``,
            ``NaN``) has no quotes.
        date: the column with the article's date (a date, a datetime or a
            string such as ``2023-07-14``); ignored when the frame has no
            such column.
        id: the column that becomes ``doc_id``; without one, the frame's
            index does.
        models: ``bundled``, ``stanza`` or a model directory, as for
            :class:`quoteattr.Attributor`; the attributor is made once per
            process (:func:`worker_attributor`).
        kb: ``default``, or ``None`` not to link speakers to the knowledge base.
        batch_size: texts parsed together.

    Raises:
        KeyError: when ``frame`` has no ``text`` column.
        ValueError: when an article cannot be attributed (its id is named).

    With dask::

        import dask.dataframe as dd
        from quoteattr.scale import attribute_frame, quote_frame_meta

        articles = dd.read_parquet("articles/")          # columns id, date, text
        quotes = articles.map_partitions(attribute_frame, meta=quote_frame_meta())
        quotes.to_parquet("quotes/")
    """
    from quoteattr.export import to_dataframe

    if text not in frame.columns:
        raise KeyError(f"the frame has no {text!r} column (columns: {', '.join(map(str, frame.columns))}); "
                       f"name the text column with text=...")
    texts = [value if isinstance(value, str) else None for value in frame[text]]
    # (pandas' own isna, element by element: NaN, None and NaT are missing, a list in a cell is not)
    when = frame[date] if date and date in frame.columns else None
    dates = [None if gone else value for value, gone in zip(when, when.isna(), strict=True)] if when is not None \
        else [None] * len(frame)
    keys = frame[id] if id and id in frame.columns else frame.index
    doc_ids = [None if gone else str(value) for value, gone in zip(keys, keys.isna(), strict=True)]
    items = list(zip(texts, dates, doc_ids, strict=True))
    with _LOCK:
        outcomes = list(attribute_outcomes(items, models=models, kb=kb, chunk_size=batch_size))
    docs = []
    for (doc, error), doc_id in zip(outcomes, doc_ids, strict=True):
        if error is not None:
            raise ValueError(f"article {doc_id} could not be attributed: {error}")
        if doc is not None:
            docs.append(doc)
    return to_dataframe(docs)
