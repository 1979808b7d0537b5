"""The delimiter stage: find quotations in Dutch text by their quotation marks.

:func:`find_quotes` returns one :class:`QuoteSpan` per quotation, with exact
character offsets, without any parser.  It reads every quote style that Dutch
papers and wires print, and their mixtures:

* double marks: „…” „…“ “…” "…" ,,…'' (also ``,, Ik … ''``), low-9 opening
  with a straight closing mark („…"), «…» and »…«, ‹…› and ›…‹;
* single marks: ‘…’ '…' and ’…’ (De Telegraaf uses ’ to open and to close),
  amid apostrophes that are no quote marks: ’s ’t ’n ’80, m’n zo’n auto’s
  A’dam VVD’er, possessives after s (``Kees’ fiets``), rock ’n’ roll;
* nesting of another style inside a quote (depth 1, 2, …), and of the same
  style after a lower-case word (``een paar ‘onmogelijke’ reddingen``), several quotes in
  one sentence, quotes interrupted by their cue;
* paragraphs (separated by a blank line): a quote never runs through a
  paragraph break.  A quote left open at the end of a paragraph gives a span
  to the end of that paragraph with ``closed=False``; when the next paragraph
  opens with a quote mark of the same family (the newspaper convention for a
  long quote), that paragraph's span has ``continues=True``; so has a
  paragraph that opens no quote but closes a double one left open before it
  (the reopening mark left out), its span starting at the paragraph with an
  empty ``open_mark``.

The text is scanned once; the work is linear in its length, also on
adversarial input.  :func:`normalize_quotes` gives the later stages a copy of
the text of the same length in which every quote mark found is an ASCII
``"`` and every apostrophe is ``'``: a parser sees familiar marks and all its
offsets stay valid for the original text.  :func:`paragraphs` gives the
paragraph spans that this stage uses.

Apostrophe words (elisions such as ’s ’t ’n, possessive endings) are listed in
``quoteattr/data/apostrophe_words.txt``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib import resources
from operator import attrgetter
from typing import Any

import attrs

__all__ = ["QuoteSpan", "find_quotes", "normalize_quotes", "paragraphs"]


@attrs.frozen(slots=False)  # a dict-based frozen class is built about twice as fast
class QuoteSpan:
    """One quotation found by its marks.

    ``text[start:end]`` is the quoted content without the marks and without
    the white space just inside them; it always equals :attr:`text`.
    ``text[open_start:close_end]`` is the quote with its marks.

    Attributes:
        start: first character of the content.
        end: end (exclusive) of the content.
        open_start: first character of the opening mark.
        close_end: end (exclusive) of the closing mark; ``close_end == end``
            when the quote has no closing mark.
        open_mark: the opening mark as written (``„``, ``,,``, ``’`` …).
        close_mark: the closing mark as written, ``None`` when unclosed.
        depth: 0 for a top-level quote, 1 for a quote inside another, …
        closed: ``False`` when no closing mark was found: the quote runs to
            the end of its paragraph (or to the end of the quote around it,
            or to the next opening mark of the same style).
        continues: ``True`` when this quote opens its paragraph and continues
            a quote left open at the end of the previous paragraph.
        text: the content, ``text[start:end]`` of the analysed text.
    """

    start: int
    end: int
    open_start: int
    close_end: int
    open_mark: str
    close_mark: str | None
    depth: int
    closed: bool
    continues: bool
    text: str

    @property
    def open_end(self) -> int:
        """End (exclusive) of the opening mark."""
        return self.open_start + len(self.open_mark)

    @property
    def close_start(self) -> int:
        """First character of the closing mark (``close_end`` when unclosed)."""
        return self.close_end - len(self.close_mark) if self.close_mark else self.close_end

    def to_dict(self) -> dict[str, Any]:
        """The span as a plain dict (JSON-ready)."""
        return attrs.asdict(self)


# --------------------------------------------------------------------------
# Word lists

_DATA_FILE = "apostrophe_words.txt"


@attrs.frozen
class _Rules:
    """Compiled apostrophe rules from the data file."""

    elision: re.Pattern[str]  # matched just after a mark: ’s ’t ’n’ ’80
    trailing: re.Pattern[str]  # matched at the n of ’n’: the second mark is an apostrophe
    possessive_endings: frozenset[str]
    possessive_lengths: tuple[int, ...]


def _read_sections(content: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, raw in enumerate(content.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), [])
        elif current is None:
            raise ValueError(f"{_DATA_FILE} line {number}: entry {line!r} before any [section]")
        else:
            current.append(line)
    return sections


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@functools.cache
def _rules() -> _Rules:
    """Load ``apostrophe_words.txt`` once and compile its rules."""
    content = (resources.files("quoteattr") / "data" / _DATA_FILE).read_text(encoding="utf-8")
    sections = _read_sections(content)
    for name in ("elisions", "elisions-with-trailing-mark", "possessive-endings"):
        if not sections.get(name):
            raise ValueError(f"{_DATA_FILE}: section [{name}] is missing or empty")
    trailing = _alternatives(sections["elisions-with-trailing-mark"])
    plain = _alternatives(sections["elisions"])
    # An elision must be followed by a non-letter (and not by an apostrophe
    # inside a word); a trailing-mark elision (’n’) by white space.
    elision = re.compile(
        rf"(?:{trailing})[’'‘](?=\s)"  # rock ’n’ roll
        # ’s avonds, ’t is, ’s-Hertogenbosch; not m’n, where a word goes on
        rf"|(?:{plain})(?![^\W\d_]|[’'‘][^\W\d_])"
        r"|[ST](?=-\w)"  # a place in capitals, as a dateline writes it: ’S-HERTOGENBOSCH, ’S-GRAVENHAGE
        r"|\d\d(?!\d)"  # two-digit years: ’80, de zomer van ’23
    )
    endings = frozenset(e.lower() for e in sections["possessive-endings"])
    return _Rules(
        elision=elision,
        trailing=re.compile(rf"(?:{trailing})[’'‘](?=\s)"),
        possessive_endings=endings,
        possessive_lengths=tuple(sorted({len(e) for e in endings})),
    )


# --------------------------------------------------------------------------
# Scanner

# Mark families: a closing mark closes the innermost open quote of its family.
_DOUBLE, _GUILLEMET, _SINGLE, _SINGLE_GUILLEMET = 0, 1, 2, 3

# Styles (each belongs to one family): an opening mark of the style of the
# innermost open quote starts a new quote (the old one stays unclosed);
# another style nests inside it.
_LOW, _ENGLISH, _RIGHT, _STRAIGHT, _TWO_MARKS, _GUILL, _SGUILL, _SINGLE_STYLE = range(8)

# Classes of a single mark (’ ' ‘ ‚) by the characters around it.
_APOS, _ELISION, _OPEN, _CLOSE, _POSSESSIVE, _BOTH, _NONE = range(7)

# One token per quote-mark candidate or paragraph break.  Every match starts
# with one character of the class, so the engine skips ordinary text fast.
#   blank line(s)                      -> paragraph break (also U+2029)
#   ,,  (in ,,, the first comma is a comma)
#   a run of single marks ’ ' ‘ that does not have a letter or digit on both
#   sides (auto’s, A’dam, a’’a give no token)
#   ‚ (single low-9)
#   a run of one double mark („„„ is one token)
_TOKEN_RE = re.compile(
    r"[\n\u2029,'’‘‚„“”\"«»‹›]"
    r"(?:(?<=\n)(?:[^\S\n]*\n)+"
    r"|(?<=,),(?!,)"
    r"|(?<=[’'‘])(?<![’'‘].)(?:(?<!\w.)[’'‘]*|[’'‘]*(?![’'‘\w]))"
    r"|(?<=[‚\u2029])"
    r"|(?<=„)(?<!„„)„*|(?<=“)(?<!““)“*|(?<=”)(?<!””)”*|(?<=\")(?<!\"\")\"*"
    r"|(?<=«)(?<!««)«*|(?<=»)(?<!»»)»*|(?<=‹)(?<!‹‹)‹*|(?<=›)(?<!››)›*"
    r")"
)
_PARAGRAPH_BREAK_RE = re.compile(r"\n(?:[^\S\n]*\n)+|\u2029")
_SINGLE_MARKS = "’'‘"
_BREAKS = "\n\u2029"

# Characters before an elision that make it sentence-initial (’t Is mooi’).
_SENTENCE_START_BEFORE = frozenset(".!?:;([{-–—/„“”\"«»‹›‚‘’',")


def _classify_single(text: str, i: int, rules: _Rules) -> int:
    """Class of the single mark at ``text[i]`` by the characters around it."""
    p = text[i - 1] if i > 0 else " "
    nx = text[i + 1] if i + 1 < len(text) else " "
    if p.isalnum():
        if nx.isalnum():
            return _APOS  # auto’s, m’n, A’dam
        if text[i] == "‚":
            return _NONE
        # after a word: a closing mark, a possessive or the second mark of ’n’
        if (
            i >= 2
            and text[i - 2] in _SINGLE_MARKS
            and (i == 2 or not text[i - 3].isalnum())
            and rules.trailing.match(text, i - 1)
        ):
            return _APOS  # rock ’n’ roll
        if nx.isspace() and _capitalised_word_before(text, i):
            ends = rules.possessive_endings
            for length in rules.possessive_lengths:
                if text[max(0, i - length) : i].lower() in ends:
                    return _POSSESSIVE  # Kees’ fiets, or a closing mark after a name
        return _CLOSE
    n_space = nx.isspace()
    if text[i] == "‚":  # single low-9: opening only
        return _NONE if n_space else _OPEN
    if rules.elision.match(text, i + 1):
        return _ELISION  # ’s avonds, ’t, rock ’n’ roll, ’80
    if n_space:
        return _NONE if p.isspace() else _CLOSE  # Christus ' leer / nee.’ Hij
    if p.isspace() or nx.isalnum():
        return _OPEN
    return _BOTH  # punctuation or marks on both sides: (’’ .’,


def _capitalised_word_before(text: str, i: int) -> bool:
    """Whether the run of letters and digits that ends at ``i`` starts with a capital.

    Dutch writes the bare possessive apostrophe after names (``Kees’ fiets``,
    ``Bush’ beleid``); after a lower-case word (``alles’``) the mark closes.
    """
    j = i - 1
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    return text[j].isupper()


def _flanks(text: str, i: int, j: int) -> tuple[bool, bool, bool]:
    """(can_open, can_close, spaced) for a mark at ``text[i:j]``."""
    p = text[i - 1] if i > 0 else " "
    nx = text[j] if j < len(text) else " "
    p_space = p.isspace()
    n_space = nx.isspace()
    can_open = not p.isalnum() and not n_space
    can_close = not p_space and not nx.isalnum()
    return can_open, can_close, p_space and n_space


def _pair_is_elision(text: str, i: int, rules: _Rules) -> bool:
    """``''s Avonds``, ``’’s Avonds``: an opening mark, then the elision ’s."""
    return (i == 0 or not text[i - 1].isalnum()) and rules.elision.match(text, i + 2) is not None


def _later_single_closer(
    text: str, pos: int, rules: _Rules, enclosing: tuple[bool, bool, bool, bool]
) -> tuple[bool, int]:
    """Whether a later mark closes the innermost single-mark quote, and where the look stopped.

    Decides a possessive-looking mark (``Kees’ fiets``) inside an open
    single-mark quote.  The look-ahead passes further possessive-looking
    marks and stops at the first other candidate:

    * a closing single mark: it closes the quote, so the mark is an apostrophe;
    * an opening single mark, a closing mark of a quote around the
      single-mark quote (``enclosing``: open per family), or the end of the
      paragraph: the first possessive-looking mark closes the quote — unless
      the next paragraph opens with a single mark (the quote continues there).

    The caller reuses the answer for the possessive-looking marks before the
    stop, so the scan stays linear.
    """
    n = len(text)
    for m in _TOKEN_RE.finditer(text, pos):
        j = m.start()
        c = text[j]
        if c in _BREAKS:
            k = m.end()
            while k < n and text[k] in " \t\r":
                k += 1
            return k < n and text[k] in "’'‘‚" and _classify_single(text, k, rules) == _OPEN, j
        if c == "‚":
            return False, j  # an opening mark
        if c not in _SINGLE_MARKS:
            if c in '”“"»«›‹' and j > 0 and not text[j - 1].isspace():
                family = _DOUBLE if c in '”“"' else _GUILLEMET if c in "»«" else _SINGLE_GUILLEMET
                if enclosing[family]:
                    return False, j  # the quote around it closes here
            continue
        size = m.end() - j
        if size == 3:  # a double and a single mark: they close unless a word follows
            return not (j + 3 < n and text[j + 3].isalnum()), j
        if size == 2 and text[j + 1] == c and not _pair_is_elision(text, j, rules):
            if enclosing[_DOUBLE] and j > 0 and not text[j - 1].isspace():
                return False, j  # '' closes the quote around it
            continue
        if size > 3:
            continue  # decoration
        for k in range(j, j + size):
            kind = _classify_single(text, k, rules)
            if kind == _OPEN:
                return False, k
            if kind in (_CLOSE, _BOTH):
                return True, k
    return False, n


# Quotes nest at most this deep (depth MAX_DEPTH - 1); a deeper opening mark
# is not taken as a quote mark, so every look at the stack is bounded on any
# input.
MAX_DEPTH = 8

# A stack entry: (open_start, open_mark, family, style, depth, continues)
_Entry = tuple[int, str, int, int, int, bool]


def _scan(text: str) -> list[QuoteSpan]:
    """One left-to-right pass over ``text`` with a stack of open quotes."""
    rules = _rules()
    spans: list[QuoteSpan] = []
    add_span = spans.append
    stack: list[_Entry] = []
    counts = [0, 0, 0, 0]  # open quotes per family
    par_start = 0
    prev_family = -1  # family of the outermost quote the previous paragraph left open
    pending = -1  # a sentence-initial elision whose mark may turn out to open a quote
    pending_first = False
    para_fresh = True  # no quote has opened in this paragraph yet
    later_closes = False  # the last possessive look-ahead's answer ...
    lookahead_end = -1  # ... valid for possessive-looking marks before this position

    def emit(entry: _Entry, content_end: int, close_mark: str | None, close_end: int) -> None:
        pos, mark, _family, _style, depth, continues = entry
        s = pos + len(mark)
        if s < content_end and text[s].isspace():
            while s < content_end and text[s].isspace():
                s += 1
        if s >= content_end:
            return  # nothing inside the marks: not a quotation
        if close_mark is None:
            add_span(
                QuoteSpan(s, content_end, pos, content_end, mark, None, depth, False, continues, text[s:content_end])
            )
        else:
            add_span(
                QuoteSpan(s, content_end, pos, close_end, mark, close_mark, depth, True, continues, text[s:content_end])
            )

    def rtrim(pos: int) -> int:
        while pos > 0 and text[pos - 1].isspace():
            pos -= 1
        return pos

    def open_quote(pos: int, mark: str, family: int, style: int, first: bool) -> None:
        nonlocal pending, para_fresh
        # the same style again mid-sentence, right after a lower-case word, opens a quote inside it
        # (‘… met een paar ‘onmogelijke’ reddingen.’); elsewhere the previous one was never closed
        inside = pos >= 2 and text[pos - 1] == " " and text[pos - 2].islower()
        if stack and stack[-1][3] == style and not inside:
            top = stack.pop()
            counts[top[2]] -= 1
            end = rtrim(pos) if text[pos - 1].isspace() else pos
            emit(top, end, None, end)
        elif len(stack) >= MAX_DEPTH:
            return  # nested too deep: not taken as a quote mark
        continues = bool(
            first
            and mark
            and prev_family == family
            and not stack
            and (pos == par_start or text[par_start:pos].isspace())
        )
        stack.append((pos, mark, family, style, len(stack), continues))
        counts[family] += 1
        pending = -1
        para_fresh = False

    def close_quote(pos: int, mark: str, family: int) -> None:
        nonlocal pending
        end = rtrim(pos) if text[pos - 1].isspace() else pos
        while stack[-1][2] != family:  # inner quotes of other families stay unclosed
            inner = stack.pop()
            counts[inner[2]] -= 1
            emit(inner, end, None, end)
        counts[family] -= 1
        emit(stack.pop(), end, mark, pos + len(mark))
        pending = -1

    def end_paragraph(pos: int) -> None:
        nonlocal prev_family, pending
        if stack:
            end = rtrim(pos)
            prev_family = stack[0][2]
            while stack:
                emit(stack.pop(), end, None, end)
            counts[:] = [0, 0, 0, 0]
        else:
            prev_family = -1
        pending = -1

    def sentence_initial(i: int) -> bool:
        """Whether the mark at ``i`` starts a sentence, line or paragraph."""
        j = i - 1
        while j >= par_start and text[j].isspace():
            if text[j] == "\n" or j <= i - 8:
                return True  # a new line, or a wide gap
            j -= 1
        return j < par_start or text[j] in _SENTENCE_START_BEFORE

    def enclosing() -> tuple[bool, bool, bool, bool]:
        """Per family, whether a quote of it is open around the innermost single-mark quote."""
        below = [False, False, False, False]
        around = (False, False, False, False)
        for entry in stack:  # at most MAX_DEPTH entries
            if entry[2] == _SINGLE:
                around = (below[0], below[1], below[2], below[3])
            below[entry[2]] = True
        return around

    def single(i: int, first: bool) -> None:
        nonlocal pending, pending_first, later_closes, lookahead_end
        kind = _classify_single(text, i, rules)
        if kind in (_APOS, _NONE):
            return
        if kind == _ELISION:
            if pending < 0 and sentence_initial(i):
                pending = i
                pending_first = first
            return
        mark = text[i]
        is_open = counts[_SINGLE] > 0
        if kind == _OPEN:
            open_quote(i, mark, _SINGLE, _SINGLE_STYLE, first)
        elif kind == _CLOSE:
            if is_open:
                close_quote(i, mark, _SINGLE)
            elif pending >= 0:
                # A closing mark with no opening one, after a sentence-initial
                # elision: ’80 procent haalt het niet’ (the mark opened the
                # quote) or ’t Is mooi geweest’ (one mark serves as apostrophe
                # and as opening mark: the quote gets an empty open_mark and
                # its content keeps the apostrophe).
                opener = text[pending] if text[pending + 1].isdigit() else ""
                open_quote(pending, opener, _SINGLE, _SINGLE_STYLE, pending_first)
                close_quote(i, mark, _SINGLE)
        elif kind == _POSSESSIVE:
            # Kees’ fiets: an apostrophe when a quote of another family is
            # innermost, or when a later mark closes the single-mark quote
            if is_open and stack[-1][2] == _SINGLE:
                if i >= lookahead_end:
                    later_closes, lookahead_end = _later_single_closer(text, i + 1, rules, enclosing())
                if not later_closes:
                    close_quote(i, mark, _SINGLE)
        elif is_open:  # _BOTH
            close_quote(i, mark, _SINGLE)
        else:
            open_quote(i, mark, _SINGLE, _SINGLE_STYLE, first)

    def run_on(i: int, mark: str) -> bool:
        """A closing double mark in a paragraph where nothing opened, after a paragraph that left a double quote
        open: the quote ran on without a mark opening this paragraph (``„Wij gaan door. ⏎ Als … stil.”``).
        Only the first such mark of a paragraph ends a run-on quote, and an elision before it is inside it."""
        nonlocal para_fresh, pending
        if stack or prev_family != _DOUBLE or not para_fresh or not _flanks(text, i, i + len(mark))[1]:
            return False
        s = par_start
        while s < i and text[s].isspace():
            s += 1
        end = rtrim(i)
        if s >= end:
            return False
        add_span(QuoteSpan(s, end, s, i + len(mark), "", mark, 0, True, True, text[s:end]))
        para_fresh, pending = False, -1
        return True

    def double(i: int, mark: str, first: bool) -> None:
        if mark == "„":
            open_quote(i, mark, _DOUBLE, _LOW, first)
            return
        can_open, can_close, spaced = _flanks(text, i, i + len(mark))
        if mark in "«»‹›":
            family = _GUILLEMET if mark in "«»" else _SINGLE_GUILLEMET
            if counts[family] and not (can_open and not can_close and text[i + 1].isalnum()):
                close_quote(i, mark, family)  # also « Oui », (spaced French style)
            elif can_open or spaced:
                open_quote(i, mark, family, _GUILL if family == _GUILLEMET else _SGUILL, first)
            return
        is_open = counts[_DOUBLE] > 0
        if not is_open and mark in ("”", '"', "''", "’’") and run_on(i, mark):
            return
        if mark == "”":
            if is_open:
                close_quote(i, mark, _DOUBLE)
            elif can_open:  # ”…” (Scandinavian style, seen in some copy)
                open_quote(i, mark, _DOUBLE, _RIGHT, first)
        elif mark == "“":
            if can_open and not can_close:
                open_quote(i, mark, _DOUBLE, _ENGLISH, first)
            elif is_open:  # „…“ (German style)
                close_quote(i, mark, _DOUBLE)
            elif can_open:
                open_quote(i, mark, _DOUBLE, _ENGLISH, first)
        elif mark == '"':
            if can_open and not can_close:
                open_quote(i, mark, _DOUBLE, _STRAIGHT, first)
            elif is_open:
                close_quote(i, mark, _DOUBLE)
            elif spaced:  # " Ik ga " (spaced typewriter quotes)
                open_quote(i, mark, _DOUBLE, _STRAIGHT, first)
        # '' ’’ ‘‘: a double mark made of two single ones; it opens only before
        # a letter or digit when a double quote is open (spaced ,, … '')
        elif is_open and not (i + 2 < len(text) and text[i + 2].isalnum()):
            close_quote(i, mark, _DOUBLE)
        elif can_open:
            open_quote(i, mark, _DOUBLE, _TWO_MARKS, first)
        elif is_open:
            close_quote(i, mark, _DOUBLE)

    def triple(i: int, first: bool) -> None:
        """Three single marks: a double mark ('') and a single one, in either order."""
        a, b, c = text[i], text[i + 1], text[i + 2]
        closing = i > 0 and not text[i - 1].isspace()
        if a == b and (b != c or not closing or (stack and stack[-1][2] == _DOUBLE)):
            double(i, text[i : i + 2], first)  # weg''’ closing, ''’Ik opening
            single(i + 2, False)
        elif b == c:
            single(i, first)  # weg’'' closing, ’''Ik opening
            double(i + 1, text[i + 1 : i + 3], False)
        # three different marks: decoration

    first = True  # the next token is the first of its paragraph
    for m in _TOKEN_RE.finditer(text):
        i, j = m.span()
        c = text[i]
        if c in _BREAKS:
            end_paragraph(i)
            par_start = j
            first = para_fresh = True
            continue
        if c == "”" and j - i == 1 and counts[_DOUBLE]:  # the most common closing mark
            close_quote(i, c, _DOUBLE)
        elif c == ",":
            open_quote(i, ",,", _DOUBLE, _LOW, first)
        elif c in _SINGLE_MARKS:
            if j - i == 1:
                single(i, first)
            elif j - i == 2:
                if text[i + 1] == c and not _pair_is_elision(text, i, rules):
                    double(i, text[i:j], first)
                else:  # ’’s Avonds, ‘’s Avonds, or two different marks
                    single(i, first)
                    single(i + 1, False)
            elif j - i == 3:
                triple(i, first)
            # a run of four or more single marks is decoration, not a quote mark
        elif c == "„" and j - i == 1:
            open_quote(i, c, _DOUBLE, _LOW, first)
        elif c == "‚":
            single(i, first)
        elif j - i == 1:
            double(i, c, first)
        elif j - i == 2:  # ”” closing two quotes
            double(i, c, first)
            double(i + 1, c, False)
        # a run of three or more double marks is decoration, not a quote mark
        first = False
    end_paragraph(len(text))
    spans.sort(key=attrgetter("open_start"))
    return spans


# --------------------------------------------------------------------------
# Public functions


def _type_error(function: str, value: object) -> TypeError:
    got = type(value).__name__
    hint = " (decode it first, e.g. data.decode('utf-8'))" if isinstance(value, (bytes, bytearray)) else ""
    return TypeError(f"{function}() needs the document text as a str, got {got}{hint}")


def find_quotes(text: str) -> list[QuoteSpan]:
    """Find every quotation in ``text`` by its quotation marks.

    Returns the quotes sorted by position (``open_start``), nested quotes
    included (``depth`` > 0).  ``text[q.start:q.end] == q.text`` for every
    quote ``q``; the content excludes the marks and the white space just
    inside them.  Empty text gives ``[]``.

    Raises:
        TypeError: ``text`` is not a ``str`` (for bytes: decode them first).
    """
    if not isinstance(text, str):
        raise _type_error("find_quotes", text)
    if not text:
        return []
    return _scan(text)


# The ASCII form of each opening and closing mark in the normalised text.
# Two-character marks keep their length with a space on the outside, so the
# " stays against the quoted words: ,,Ik -> ' "Ik', weg'' -> 'weg" '.
def _ascii_form(mark: str, opening: bool) -> str:
    if len(mark) == 1:
        return '"'
    return ' "' if opening else '" '


_APOSTROPHE_TABLE = str.maketrans({"’": "'", "‘": "'"})


def normalize_quotes(text: str, spans: Sequence[QuoteSpan] | None = None) -> str:
    """A copy of ``text`` of the same length with one ASCII form for quote marks.

    Every quotation mark of ``spans`` (by default ``find_quotes(text)``)
    becomes ``"``; the two-character marks keep their length: ``,,`` becomes
    ``' "'`` and ``''`` becomes ``'" '``, so the ``"`` stays against the
    quoted words and is a token of its own.  Every other ’ and ‘ (apostrophes:
    ``’s``, ``auto’s``, ``Kees’``) becomes ``'``.  All other characters are
    unchanged, so every offset into the copy is valid for ``text``:
    ``len(normalize_quotes(text)) == len(text)``.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ValueError: ``spans`` do not belong to ``text`` (a mark is not where
            the span says).
    """
    if not isinstance(text, str):
        raise _type_error("normalize_quotes", text)
    if spans is None:
        spans = find_quotes(text)
    marks: list[tuple[int, str]] = []
    for span in spans:
        if text[span.open_start : span.open_end] != span.open_mark:
            raise ValueError(
                f"span at {span.open_start} does not belong to this text: "
                f"expected opening mark {span.open_mark!r} there"
            )
        if span.open_mark:
            marks.append((span.open_start, _ascii_form(span.open_mark, True)))
        if span.close_mark is not None:
            if text[span.close_start : span.close_end] != span.close_mark:
                raise ValueError(
                    f"span at {span.open_start} does not belong to this text: "
                    f"expected closing mark {span.close_mark!r} at {span.close_start}"
                )
            marks.append((span.close_start, _ascii_form(span.close_mark, False)))
    base = text.translate(_APOSTROPHE_TABLE)
    if not marks:
        return base
    marks.sort()
    pieces: list[str] = []
    last = 0
    for pos, form in marks:
        if pos < last:
            raise ValueError(f"overlapping quote marks at {pos}: spans do not come from find_quotes")
        pieces.append(base[last:pos])
        pieces.append(form)
        last = pos + len(form)
    pieces.append(base[last:])
    return "".join(pieces)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the paragraphs of ``text``.

    Paragraphs are separated by a blank line (a line holding nothing but
    white space) or U+2029; single newlines are ordinary text.  Each span is
    trimmed of white space; paragraphs holding only white space are left out.

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise _type_error("paragraphs", text)
    result: list[tuple[int, int]] = []
    start = 0
    for m in _PARAGRAPH_BREAK_RE.finditer(text):
        _add_paragraph(text, start, m.start(), result)
        start = m.end()
    _add_paragraph(text, start, len(text), result)
    return result


def _add_paragraph(text: str, start: int, end: int, result: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.lstrip()
    if stripped:
        s = start + len(chunk) - len(stripped)
        result.append((s, s + len(stripped.rstrip())))
