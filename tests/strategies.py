"""Hypothesis strategies shared by the test modules.

The delimiter strategies build Dutch-news-like text:

* :func:`mark_soup` — short fragments heavy in quote marks, apostrophe words
  and paragraph breaks, glued at random: anything may happen, nothing may
  crash or break an invariant.
* :func:`plain_prefixes` — text without any quote mark or apostrophe that
  ends in a newline or a blank line (to insert before a text).
* :func:`quoted_documents` — well-formed documents whose quotations are known:
  each example is ``(text, expected)`` with one :class:`ExpectedQuote` per
  quotation, in order of the opening marks.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from hypothesis import strategies as st

from quoteattr.results import QUOTE_KINDS, AttributedDocument, Cue, Entity, Mention, Quote

QUOTE_MARKS = ["„", "“", "”", '"', ",,", "''", "‘", "’", "'", "‚", "«", "»", "‹", "›", "’’"]

_SOUP_PIECES = [
    *QUOTE_MARKS,
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\n \n",
    "\r\n",
    "\u2029",
    ".",
    ",",
    ":",
    "?",
    "(",
    ")",
    "-",
    "s",
    "t",
    "n",
    "80",
    "a",
    "Ik",
    "zegt hij",
    "auto’s",
    "’s ",
    "’t ",
    "Kees’ ",
    "Jans' ",
    "rock ’n’ roll",
    "’’s",
    "A’dam",
    "alles’ ",
]


def mark_soup() -> st.SearchStrategy[str]:
    """Random text made of quote marks, apostrophe words, punctuation and breaks."""
    piece = st.one_of(st.sampled_from(_SOUP_PIECES), st.text(max_size=3))
    return st.lists(piece, max_size=80).map("".join)


_PLAIN_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéëï0123456789 .;:!?-()\n"


def plain_prefixes() -> st.SearchStrategy[str]:
    """Text with no quote mark, apostrophe or comma, ending in a newline or a blank line."""
    body = st.text(alphabet=_PLAIN_ALPHABET, max_size=40)
    end = st.sampled_from(["\n", "\n\n", "\n \n", "\n\n\n"])
    return st.tuples(body, end).map("".join)


class ExpectedQuote(NamedTuple):
    """A quotation a generated document is known to hold."""

    start: int
    end: int
    depth: int
    closed: bool
    continues: bool


# Quote styles: (opening mark, closing mark).  Each family is one list.
DOUBLE_STYLES = [
    ("„", "”"),  # NRC, Volkskrant, Trouw, AD
    ("„", "“"),  # German closing mark in wire copy
    ("„", '"'),  # low-9 opening, straight closing
    ("“", "”"),  # English curly quotes, online copy
    ('"', '"'),  # typewriter quotes
    (",,", "''"),  # older print and wire convention
    (",, ", " ''"),  # the same with spaces inside
    ("«", "»"),
    ("»", "«"),
]
SINGLE_STYLES = [
    ("’", "’"),  # De Telegraaf
    ("‘", "’"),
    ("'", "'"),
    ("‚", "‘"),
]

_NAMES = ["Rutte", "Kaag", "Hoekstra", "De Jonge", "Yeşilgöz", "Omtzigt", "Klaver", "een woordvoerder"]
_VERBS = ["zegt", "zei", "stelt", "benadrukt", "laat weten", "aldus"]
# Words inside quotes and narrative.  Apostrophes only where Dutch has them;
# no word ends in a capitalised s-word with a bare apostrophe at a quote's end.
_WORDS = [
    "het",
    "kabinet",
    "wil",
    "niet",
    "praten",
    "over",
    "geld",
    "de",
    "minister",
    "dat",
    "we",
    "moeten",
    "wachten",
    "morgen",
    "verder",
    "alles",
    "huis",
    "was",
    "ons",
    "procent",
    "2023",
    "D66",
    "Den Haag",
    "auto’s",
    "zo’n",
    "m’n",
    "z'n",
    "VVD’ers",
    "CDA'ers",
    "A’dam",
    "baby’s",
    "cd's",
    "foto’s",
    "menu’s",
    "Hoekstra’s",
    "rock ’n’ roll",
    "’s avonds",
    "’t",
    "in ’80",
    "van ’23",
    "Kees’ fiets",
    "Jans' idee",
    "Bush’ beleid",
]
# ("’s Avonds" never alone: a quote ending in it would end in a capitalised s-word, see above)
_FIRST_WORDS = ["Ik", "We", "Het", "Dat", "Er", "Nee", "Morgen", "’s Avonds is het", "’t Is"]
_END_PUNCT = ["", "", ".", "?", "!", ","]


@st.composite
def _content(draw: st.DrawFn) -> str:
    """The words of a quotation: no marks at its edges except apostrophe words."""
    first = draw(st.sampled_from(_FIRST_WORDS + _WORDS))
    rest = draw(st.lists(st.sampled_from(_WORDS), max_size=6))
    return " ".join([first, *rest]) + draw(st.sampled_from(_END_PUNCT))


@st.composite
def _narrative(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS + _NAMES), min_size=1, max_size=6))
    return " ".join(words)


class _Builder:
    """Appends text and records the offsets of the quotations it adds."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.expected: list[ExpectedQuote] = []

    def add(self, piece: str) -> None:
        self.parts.append(piece)
        self.pos += len(piece)

    def quote(
        self,
        style: tuple[str, str],
        content: str,
        *,
        closed: bool = True,
        continues: bool = False,
        depth: int = 0,
        inner: tuple[tuple[str, str], str, str] | None = None,
    ) -> None:
        """Add one quotation; ``inner`` = (style, content, tail) nests a quote at its end."""
        opening, closing = style
        self.add(opening)
        start = self.pos
        index = len(self.expected)
        self.expected.append(ExpectedQuote(start, -1, depth, closed, continues))
        self.add(content)
        if inner is not None:
            inner_style, inner_content, tail = inner
            self.add(" ")
            self.quote(inner_style, inner_content, depth=depth + 1)
            self.add(tail)
        self.expected[index] = self.expected[index]._replace(end=self.pos)
        if closed:
            self.add(closing)

    def text(self) -> str:
        return "".join(self.parts)


@st.composite
def quoted_documents(draw: st.DrawFn) -> tuple[str, list[ExpectedQuote]]:
    """A document of 1-4 paragraphs with known quotations in every Dutch style.

    Paragraphs hold narrative sentences, quotes introduced by a colon, quotes
    followed by their cue, quotes split by their cue, scare quotes inside a
    sentence, one quote nested in another of the other family, and long
    quotes that reopen at each paragraph and close only at the end.
    """
    doc = _Builder()
    styles = st.sampled_from(DOUBLE_STYLES + SINGLE_STYLES)
    n_paragraphs = draw(st.integers(1, 4))
    for p in range(n_paragraphs):
        if p:
            doc.add(draw(st.sampled_from(["\n\n", "\n \n", "\n\n\n"])))
        if draw(st.integers(0, 4)) == 0:  # a quote that runs over 2-3 paragraphs
            style = draw(styles)
            parts = draw(st.integers(2, 3))
            doc.add(draw(_narrative()) + ": ")
            for k in range(parts):
                if k:
                    doc.add("\n\n")
                last = k == parts - 1
                doc.quote(style, draw(_content()), closed=last, continues=k > 0)
            doc.add(f", {draw(st.sampled_from(_VERBS))} {draw(st.sampled_from(_NAMES))}.")
            continue
        for s in range(draw(st.integers(1, 3))):
            if s:
                doc.add(draw(st.sampled_from([" ", "\n"])))
            pattern = draw(st.integers(0, 5))
            name = draw(st.sampled_from(_NAMES))
            verb = draw(st.sampled_from(_VERBS))
            if pattern == 0:
                doc.add(draw(_narrative()) + ".")
            elif pattern == 1:
                doc.add(f"{name} {verb}: ")
                doc.quote(draw(styles), draw(_content()))
                doc.add(".")
            elif pattern == 2:
                doc.quote(draw(styles), draw(_content()))
                doc.add(f", {verb} {name}.")
            elif pattern == 3:
                style = draw(styles)
                doc.quote(style, draw(_content()))
                doc.add(f", {verb} {name}. ")
                doc.quote(style, draw(_content()))
            elif pattern == 4:  # a scare quote (no name at its end: ’Kees’ fiets is ambiguous)
                doc.add(draw(_narrative()) + " ")
                doc.quote(draw(styles), " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4))))
                doc.add(" " + draw(_narrative()) + ".")
            else:
                outer = draw(styles)
                inner_styles = SINGLE_STYLES if outer in DOUBLE_STYLES else DOUBLE_STYLES
                inner = draw(st.sampled_from(inner_styles))
                tail = draw(st.sampled_from(["", " en vertrok", ", echt", " zegt hij"]))
                doc.quote(outer, draw(_content()) + ":", inner=(inner, draw(_content()), tail))
                doc.add(f", {verb} {name}.")
    return doc.text(), doc.expected


# --- attributed documents (for the output formats) ----------------------------------------------

# Characters that outputs must carry unchanged: markup, entities, both quote families, line breaks.
_OUTPUT_CHARS = [*"ab Zé<>&\"'„”’‘;,.\n\r\t", "&amp;", "<b>", "\n\n", "\r\n"]


def _span(draw: st.DrawFn, n: int, min_size: int = 0) -> tuple[int, int]:
    start = draw(st.integers(0, n - min_size))
    return start, draw(st.integers(start + min_size, n))


@st.composite
def attributed_documents(draw: st.DrawFn) -> AttributedDocument:
    """``AttributedDocument`` objects with random (valid-offset) quotes, speakers, cues and mentions.

    Spans may overlap and cross each other; texts and names hold markup
    characters, quote marks and line breaks.  Offsets always satisfy
    ``text[start:end] == span.text``.
    """
    text = "".join(draw(st.lists(st.sampled_from(_OUTPUT_CHARS), min_size=1, max_size=40)))
    n = len(text)

    def mention() -> Mention:
        s, e = _span(draw, n, 1)
        return Mention(s, e, text[s:e], draw(st.sampled_from(["name", "pronoun", "role", "source"])))

    names = st.text(alphabet=list("Jan <&>\"'é"), min_size=1, max_size=8)
    entities = [Entity(f"e{i}", draw(names), draw(st.sampled_from(["person", "group", "anonymous"])),
                       tuple(mention() for _ in range(draw(st.integers(0, 2)))),
                       role=draw(st.none() | names), party=draw(st.none() | names),
                       kb_id=draw(st.none() | st.just(f"kb-{i}")), kb_name=draw(st.none() | names))
                for i in range(draw(st.integers(0, 3)))]
    quotes = []
    for _ in range(draw(st.integers(0, 4))):
        start, end = _span(draw, n, 1)
        open_start = draw(st.integers(0, start))
        close_end = draw(st.integers(end, n))
        speaker = draw(st.sampled_from(entities)) if entities and draw(st.booleans()) else None
        cue = None
        if draw(st.booleans()):
            cs, ce = _span(draw, n)
            cue = Cue(cs, ce, text[cs:ce], draw(names), draw(st.sampled_from(["verb", "colon", "continuation"])))
        quotes.append(Quote(start, end, text[start:end], draw(st.sampled_from(QUOTE_KINDS)), speaker, cue,
                            confidence=draw(st.sampled_from([0.4, 0.5, 0.85, 0.95])),
                            rule=draw(st.sampled_from(["cue-after", "none", "scare", "indirect-dat"])),
                            open_start=open_start, close_end=close_end,
                            speaker_mention=mention() if speaker is not None and draw(st.booleans()) else None))
    quotes.sort(key=lambda q: (q.start, q.end))
    date = draw(st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
    return AttributedDocument(text=text, quotes=tuple(quotes), entities=tuple(entities), date=date,
                              id=draw(st.none() | names))
