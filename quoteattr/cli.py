"""The ``quoteattr`` command line (also ``python -m quoteattr``).

Commands::

    quoteattr attribute PATH... [-o OUT] [--format table|jsonl|csv|html] [--date DATE]
                                [--models bundled|stanza|DIR] [--no-kb] [--jobs N] [--quiet]
    quoteattr evaluate GOLD.jsonl [--trees TREES.conllu] [--errors] [--json] [--models ...] [--no-kb]
    quoteattr kb find NAME [--date DATE] [--party PARTY] [--role ROLE] [--json]

``attribute`` reads ``.txt`` files, directories (``*.txt`` and ``*.jsonl``
inside, recursively), JSONL files with a ``text`` field and ``-`` (standard
input); see ``quoteattr.io``.  A document that cannot be read or analysed
is reported on standard error with its name and the run goes on.

Exit status: 0 when everything went well, 1 when a document (or the
command) failed, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from typing import IO, Any

from quoteattr.io import check_date, read_documents
from quoteattr.results import AttributedDocument

FORMATS = ("table", "jsonl", "csv", "html")
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".json": "jsonl", ".csv": "csv", ".html": "html", ".htm": "html",
                   ".txt": "table"}
#: Show a progress bar from this many documents on.
PROGRESS_FROM = 4


class UsageError(Exception):
    """A problem with the command line itself (exit status 2)."""


def _date_arg(value: str) -> str:
    try:
        checked = check_date(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if checked is None:
        raise argparse.ArgumentTypeError("empty date")
    return checked


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quoteattr`` command."""
    from quoteattr import __version__

    parser = argparse.ArgumentParser(
        prog="quoteattr", description="Find the quotations in Dutch news text and say who said them.")
    parser.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    att = commands.add_parser(
        "attribute", help="find and attribute the quotes of documents",
        description="Find the quotes in documents and say who said them. PATH is a .txt file (which may start "
                    "with a 'date 2023-07' header), a JSONL file with a 'text' field (and optional 'id' and "
                    "'date'), a directory (searched for *.txt and *.jsonl) or - for standard input.")
    att.add_argument("paths", nargs="+", metavar="PATH", help="input files, directories or -")
    att.add_argument("-o", "--output", metavar="OUT",
                     help="output file (default: standard output); its suffix (.jsonl, .csv, .html) sets the format")
    att.add_argument("-f", "--format", choices=FORMATS,
                     help="output format (default: from the output file's suffix, else a table)")
    att.add_argument("--date", type=_date_arg, metavar="DATE",
                     help="date (2023-07-14, 2023-07 or 2023) for documents that do not give their own")
    att.add_argument("--models", default="bundled", metavar="MODELS",
                     help="parser models: bundled (default), stanza, or a directory of trained models")
    att.add_argument("--no-kb", action="store_true", help="do not link speakers to the knowledge base")
    att.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                     help="processes to attribute in (default 1); each loads the models once (about 470 MB)")
    att.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    att.set_defaults(run=cmd_attribute)

    ev = commands.add_parser(
        "evaluate", help="score the attribution against gold annotations",
        description="Score the attribution against gold documents (JSONL, see docs/evaluation.md).")
    ev.add_argument("gold", metavar="GOLD", help="a gold JSONL file or a directory of them")
    ev.add_argument("--trees", metavar="CONLLU", help="CoNLL-U with gold parses: score attribution on them")
    ev.add_argument("--errors", action="store_true", help="list the errors (missed, spurious, wrong speaker)")
    ev.add_argument("--json", action="store_true", help="print the whole report as JSON")
    ev.add_argument("--models", default="bundled", metavar="MODELS",
                    help="parser models: bundled (default), stanza, or a directory")
    ev.add_argument("--no-kb", action="store_true", help="do not link speakers to the knowledge base")
    ev.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ev.set_defaults(run=cmd_evaluate)

    kb = commands.add_parser("kb", help="look up politicians in the knowledge base",
                             description="Look up Dutch politicians in the knowledge base.")
    kb_commands = kb.add_subparsers(dest="kb_command", metavar="COMMAND")
    find = kb_commands.add_parser("find", help="politicians a name can refer to, best first",
                                  description="Politicians a name can refer to, best candidate first.")
    find.add_argument("name", metavar="NAME", help="a name as news text writes it (Kaag, Van der Burg, Yeşilgöz)")
    find.add_argument("--date", type=_date_arg, metavar="DATE", help="rank by who was active then; show "
                      "the party and offices at that date")
    find.add_argument("--party", metavar="PARTY", help="only members of this party")
    find.add_argument("--role", metavar="ROLE", help="only holders of this role (minister, Kamerlid, ...)")
    find.add_argument("--json", action="store_true", help="print the candidates as JSON")
    find.set_defaults(run=cmd_kb_find)
    kb.set_defaults(run=lambda args: _missing_command(kb))
    return parser


def _missing_command(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version and usage errors
        return exit_.code if isinstance(exit_.code, int) else 2
    if getattr(args, "run", None) is None:
        return _missing_command(parser)
    try:
        return int(args.run(args))
    except UsageError as error:
        print(f"quoteattr: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("quoteattr: interrupted", file=sys.stderr)
        return 130


# ----------------------------------------------------------------------------------- attribute
def output_format(output: str | None, fmt: str | None) -> str:
    """The format asked for, or the one the output file's suffix implies (``table`` without a file)."""
    if fmt is not None:
        return fmt
    if output is None or output == "-":
        return "table"
    suffix = os.path.splitext(output)[1].lower()
    if suffix not in _SUFFIX_FORMATS:
        raise UsageError(f"cannot tell the format from {output!r}; use --format {{{','.join(FORMATS)}}}")
    return _SUFFIX_FORMATS[suffix]


def _report(source: str, message: str) -> None:
    _write_line(f"{source}: error: {message}", sys.stderr)


def _write_line(line: str, stream: IO[str]) -> None:
    """Print a line without breaking a progress bar."""
    from tqdm import tqdm

    tqdm.write(line, file=stream)


def _truncate(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:max(width - 1, 0)].rstrip() + "…"


def format_table(doc: AttributedDocument, width: int = 100) -> str:
    """A readable table of a document's quotes: speaker, kind and the quote (shortened to ``width``)."""
    head = doc.id or "document"
    if doc.date is not None:
        head += f" ({doc.date.isoformat()})"
    lines = [f"{head}: {len(doc.quotes)} quote{'s' if len(doc.quotes) != 1 else ''}"]
    rest = max(width - 2 - 22 - 1 - 9 - 1, 20)
    for q in doc.quotes:
        speaker = _truncate(q.speaker_name or "-", 22)
        lines.append(f"  {speaker:<22} {q.kind:<9} {_truncate(q.text, rest)}")
    return "\n".join(lines)


class _Output:
    """Writes attributed documents in one format, as they come (HTML at the end)."""

    def __init__(self, fmt: str, stream: IO[str]) -> None:
        self.fmt = fmt
        self.stream = stream
        self.docs: list[AttributedDocument] = []
        self.width = shutil.get_terminal_size((100, 24)).columns if stream in (sys.stdout, sys.__stdout__) else 100
        self.first = True

    def add(self, doc: AttributedDocument) -> None:
        from quoteattr.export import write_csv, write_jsonl

        if self.fmt == "jsonl":
            write_jsonl(doc, self.stream)
        elif self.fmt == "csv":
            write_csv(doc, self.stream, header=self.first)
        elif self.fmt == "html":
            self.docs.append(doc)
        else:
            _write_line(("" if self.first else "\n") + format_table(doc, self.width), self.stream)
        self.first = False
        self.stream.flush()

    def close(self) -> None:
        if self.fmt == "csv" and self.first:
            from quoteattr.export import write_csv

            write_csv([], self.stream)  # the header, so that an empty result is still a CSV file
        if self.fmt == "html":
            from quoteattr.html import render_page

            self.stream.write(render_page(self.docs, title="quoteattr"))
        self.stream.flush()


def _open_output(output: str | None, stack: ExitStack, fmt: str) -> IO[str]:
    if output is None or output == "-":
        return sys.stdout
    try:
        return stack.enter_context(open(output, "w", encoding="utf-8", newline="" if fmt == "csv" else None))
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror or error}") from None


def _progress(items: Sequence[Any], quiet: bool, unit: str) -> Any:
    from tqdm import tqdm

    return tqdm(items, file=sys.stderr, unit=unit, disable=not _show_progress(len(items), quiet),
                dynamic_ncols=True, leave=False)


def _show_progress(n: int, quiet: bool) -> bool:
    """A progress bar for more than a few documents, on a terminal (not in logs or pipes)."""
    isatty = getattr(sys.stderr, "isatty", None)
    return not quiet and n >= PROGRESS_FROM and bool(isatty and isatty())


def _attributor(models: str, no_kb: bool) -> Any:
    from quoteattr.attribution import Attributor

    return Attributor(pipeline=models, kb=None if no_kb else "default", keep_parse=False)


#: Documents tagged and parsed together by ``quoteattr attribute`` (faster for short texts).
BATCH = 16


def cmd_attribute(args: argparse.Namespace) -> int:
    """``quoteattr attribute``: attribute documents, write them, summarise."""
    from quoteattr.nlp import PipelineError
    from quoteattr.scale import attribute_outcomes

    fmt = output_format(args.output, args.format)
    if args.jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {args.jobs}")
    inputs = list(read_documents(args.paths))
    items = [(item.text if item.ok else None, item.date or args.date, item.id) for item in inputs]
    kb = None if args.no_kb else "default"
    # one process here, or a pool of --jobs processes that each load the models once; in input order
    outcomes = attribute_outcomes(items, processes=args.jobs, models=args.models, kb=kb, chunk_size=BATCH,
                                  attributor=_attributor(args.models, args.no_kb) if args.jobs == 1 else None)
    n_docs = n_quotes = n_attributed = n_errors = 0
    with ExitStack() as stack:
        out = _Output(fmt, _open_output(args.output, stack, fmt))
        try:
            for item, (doc, error) in zip(_progress(inputs, args.quiet, "doc"), outcomes, strict=True):
                if doc is None:
                    _report(item.source, (item.error or "unreadable") if not item.ok else str(error))
                    n_errors += 1
                    continue
                out.add(doc)
                n_docs += 1
                n_quotes += len(doc.quotes)
                n_attributed += sum(q.speaker is not None for q in doc.quotes)
        except PipelineError as error:
            _report("quoteattr", f"cannot load the parser models: {error}")
            return 1
        out.close()
    if not args.quiet:
        share = f" ({n_attributed / n_quotes:.0%})" if n_quotes else ""
        where = f" -> {args.output}" if args.output not in (None, "-") else ""
        print(f"{n_docs} document{'s' if n_docs != 1 else ''}, {n_quotes} quotes, {n_attributed} with a speaker"
              f"{share}, {n_errors} error{'s' if n_errors != 1 else ''}{where}", file=sys.stderr)
    return 1 if n_errors else 0


# ------------------------------------------------------------------------------------ evaluate
class _CountingAttributor:
    """An attributor that moves a progress bar for each document."""

    def __init__(self, inner: Any, bar: Any) -> None:
        self.inner = inner
        self.bar = bar

    def __call__(self, *args: Any, **kwargs: Any) -> AttributedDocument:
        try:
            return self.inner(*args, **kwargs)
        finally:
            self.bar.update(1)


def format_errors(errors: Sequence[dict[str, Any]], width: int = 100) -> str:
    """The evaluation errors as a table: document, error type, rule, gold and predicted."""
    lines = [f"{'document':<22} {'error':<17} {'rule':<13} gold / predicted"]
    for e in errors:
        gold = e.get("gold") if "quote" not in e else f"{e.get('gold')} ({e['quote']})"
        pair = " / ".join(str(x) for x in (gold, e.get("predicted")) if x is not None)
        if e.get("speaker") is not None:
            pair += f" [{e['speaker']}]"
        lines.append(f"{_truncate(str(e.get('doc')), 22):<22} {e.get('type', ''):<17} {e.get('rule') or '':<13} "
                     f"{_truncate(pair, max(width - 55, 30))}")
    return "\n".join(lines)


def cmd_evaluate(args: argparse.Namespace) -> int:
    """``quoteattr evaluate``: print the scores (and errors) of the attribution on gold documents."""
    from tqdm import tqdm

    from quoteattr.evaluation import evaluate, load_gold
    from quoteattr.nlp import PipelineError

    for path, what in ((args.gold, "gold file"), (args.trees, "trees file")):
        if path is not None and not os.path.exists(path):
            print(f"quoteattr: error: {what} {path} does not exist", file=sys.stderr)
            return 1
    try:
        gold = load_gold(args.gold)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        print(f"quoteattr: error: cannot read {args.gold}: {error}", file=sys.stderr)
        return 1
    with tqdm(total=len(gold), file=sys.stderr, unit="doc", leave=False,
              disable=not _show_progress(len(gold), args.quiet)) as bar:
        attributor = _CountingAttributor(_attributor(args.models, args.no_kb), bar)
        try:
            report = evaluate(gold, attributor, trees=args.trees)
        except PipelineError as error:
            print(f"quoteattr: error: cannot load the parser models: {error}", file=sys.stderr)
            return 1
        except (KeyError, TypeError, ValueError) as error:
            print(f"quoteattr: error: {args.gold}: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(report.summary())
    if args.errors:
        print()
        print(format_errors(report.errors, shutil.get_terminal_size((120, 24)).columns))
    return 0


# ------------------------------------------------------------------------------------- kb find
def _office_text(office: Any) -> str:
    start = office.start.isoformat() if getattr(office, "start", None) else "?"
    end = office.end.isoformat() if getattr(office, "end", None) else ""
    return f"{getattr(office, 'title', office)} ({start} – {end})".replace("( – )", "").strip()


def cmd_kb_find(args: argparse.Namespace) -> int:
    """``quoteattr kb find``: the politicians a name can refer to."""
    from quoteattr.kb import KnowledgeBase

    try:
        kb = KnowledgeBase.default()
        found = kb.find(args.name, date=args.date, party=args.party, role=args.role)
    except (OSError, ValueError) as error:
        print(f"quoteattr: error: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([{"id": p.id, "name": p.name, "gender": p.gender, "party": p.party,
                           "offices": [_office_text(o) for o in p.offices]} for p in found],
                         ensure_ascii=False, indent=2))
    else:
        when = f" at {args.date}" if args.date else ""
        for n, p in enumerate(found, 1):
            print(f"{n}. {p.name} [{p.id}]  party{when}: {p.party or '-'}  gender: {p.gender or '-'}")
            for office in p.offices:
                print(f"     {_office_text(office)}")
    if not found:
        print(f"no politician found for {args.name!r}", file=sys.stderr)
        return 1
    return 0
