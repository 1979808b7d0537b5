"""A flat, offset-exact view of a dependency parse, built from stanza or CoNLL-U.

Attribution works on :class:`Parse`: one list of :class:`Word` objects for the
whole text, each with its character span in the *original* text, its
sentence, paragraph and syntactic head as indices into that list.  It can be
built from a stanza ``Document`` (token offsets), or from CoNLL-U sentences
aligned to a given text (so gold trees from any UD parser can be used).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from quoteattr.delimiters import paragraphs


class AlignmentError(ValueError):
    """The tokens of a parse cannot be found, in order, in the text."""


@attrs.frozen
class Word:
    """One syntactic word with exact offsets (``text[start:end] == word.text``)."""

    index: int
    sent: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # index of the head word, -1 for the root
    deprel: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def base_lemma(self) -> str:
        """Lemma in lower case without compound separators (``mee_doen`` -> ``meedoen``)."""
        return self.lemma.replace("_", "").lower()

    def feat(self, name: str) -> str | None:
        for item in self.feats.split("|"):
            key, _, value = item.partition("=")
            if key == name:
                return value
        return None


@attrs.frozen
class Parse:
    """Words, sentences and paragraphs of one text."""

    text: str
    words: tuple[Word, ...]
    sentences: tuple[tuple[int, int], ...]  # word index ranges [first, last)
    paragraphs: tuple[tuple[int, int], ...]  # character spans
    children: tuple[tuple[int, ...], ...] = attrs.field(init=False)
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        kids: list[list[int]] = [[] for _ in self.words]
        for w in self.words:
            if w.head >= 0:
                kids[w.head].append(w.index)
        object.__setattr__(self, "children", tuple(tuple(k) for k in kids))
        object.__setattr__(self, "_starts", tuple(w.start for w in self.words))

    # --- navigation -------------------------------------------------------
    def sentence_words(self, sent: int) -> Sequence[Word]:
        first, last = self.sentences[sent]
        return self.words[first:last]

    def paragraph_of(self, char: int) -> int:
        for n, (start, end) in enumerate(self.paragraphs):
            if start <= char <= end:
                return n
        return max(0, bisect.bisect_right([p[0] for p in self.paragraphs], char) - 1)

    def word_at(self, char: int) -> int | None:
        """Index of the word covering ``char``, or of the first word after it."""
        i = bisect.bisect_right(self._starts, char) - 1
        if i >= 0 and self.words[i].start <= char < self.words[i].end:
            return i
        return i + 1 if i + 1 < len(self.words) else None

    def words_in(self, start: int, end: int) -> list[Word]:
        lo = bisect.bisect_left(self._starts, start)
        out = []
        for w in self.words[lo:]:
            if w.start >= end:
                break
            if w.end <= end:
                out.append(w)
        return out

    def subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            k = stack.pop()
            out.append(k)
            stack.extend(self.children[k])
        return sorted(out)

    def root_of(self, sent: int) -> int:
        first, last = self.sentences[sent]
        for w in self.words[first:last]:
            if w.head < 0:
                return w.index
        return first


def from_stanza(doc: Any, text: str | None = None) -> Parse:
    """Build a :class:`Parse` from a stanza ``Document``.

    Token offsets are taken from stanza; when ``text`` is given (the original
    text, of which ``doc.text`` may be the quote-normalised copy) the words
    keep their offsets and take their surface form from ``text``.
    """
    source = text if text is not None else doc.text
    if source is None:
        raise AlignmentError("the stanza Document has no text; pass the text it was made from")
    sentences = []
    for sent in doc.sentences:
        rows = []
        for token in sent.tokens:
            for word in token.words:
                start = token.start_char if word.start_char is None else word.start_char
                end = token.end_char if word.end_char is None else word.end_char
                rows.append((word, start, end))
        sentences.append(rows)
    if any(start is None for rows in sentences for _, start, _ in rows):
        return _from_rows([[_row(w) for w, _, _ in rows] for rows in sentences], source)
    words: list[Word] = []
    spans = []
    for n, rows in enumerate(sentences):
        base = len(words)
        for word, start, end in rows:
            start, end = _whole_mark(source, start, end)
            words.append(Word(
                index=len(words), sent=n, text=source[start:end], lemma=word.lemma or word.text,
                upos=word.upos or "X", xpos=word.xpos or "_", feats=word.feats or "_",
                head=base + word.head - 1 if word.head else -1, deprel=word.deprel or "dep",
                start=start, end=end))
        spans.append((base, len(words)))
    return Parse(source, tuple(words), tuple(spans), tuple(paragraphs(source)))


def _whole_mark(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a two-character quote mark whose one character is the token (``,,`` and ``''``).

    :func:`quoteattr.normalize_quotes` gives the parser ``,,`` as ``' "'`` and
    ``''`` as ``'" '``, so the token covers one character of the mark.
    """
    if end - start == 1:
        if text[start] == "," and start > 0 and text[start - 1] == ",":
            return start - 1, end
        if text[start] == "'" and text[end:end + 1] == "'":
            return start, end + 1
    return start, end


def _row(word: Any) -> dict[str, Any]:
    return {"form": word.text, "lemma": word.lemma, "upos": word.upos, "xpos": word.xpos,
            "feats": word.feats, "head": word.head, "deprel": word.deprel}


def from_conllu(conllu: str | Iterable[str], text: str | None = None) -> Parse:
    """Build a :class:`Parse` from CoNLL-U.

    Without ``text``, the text is rebuilt from ``# text`` comments (or the
    forms and ``SpaceAfter=No``), sentences joined by a space and paragraphs
    (``# newpar``, ``# newdoc``) by a blank line.  With ``text``, the tokens
    are aligned to it in order; :class:`AlignmentError` is raised when a token
    cannot be found.
    """
    lines = conllu.splitlines() if isinstance(conllu, str) else list(conllu)
    sentences: list[list[dict[str, Any]]] = []
    texts: list[str] = []
    newpar: list[bool] = []
    rows: list[dict[str, Any]] = []
    sent_text: str | None = None
    par = False
    for line in [*lines, ""]:
        line = line.rstrip("\n")
        if not line.strip():
            if rows:
                sentences.append(rows)
                texts.append(sent_text if sent_text is not None else _detokenize(rows))
                newpar.append(par)
            rows, sent_text, par = [], None, False
            continue
        if line.startswith("#"):
            if line.startswith("# text ="):
                sent_text = line.split("=", 1)[1].strip()
            elif line.startswith(("# newpar", "# newdoc")):
                par = True
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"not a CoNLL-U line (expected 10 tab-separated columns): {line[:80]!r}")
        if "-" in cols[0] or "." in cols[0]:
            continue  # multiword-token ranges and empty nodes carry no syntactic word
        rows.append({"form": cols[1], "lemma": cols[2], "upos": cols[3], "xpos": cols[4], "feats": cols[5],
                     "head": int(cols[6]) if cols[6].isdigit() else 0, "deprel": cols[7],
                     "space": "SpaceAfter=No" not in cols[9]})
    if text is None:
        parts = []
        for n, (t, p) in enumerate(zip(texts, newpar, strict=False)):
            if n:
                parts.append("\n\n" if p else " ")
            parts.append(t)
        text = "".join(parts)
    return _from_rows(sentences, text)


def _detokenize(rows: list[dict[str, Any]]) -> str:
    return "".join(r["form"] + (" " if r.get("space", True) else "") for r in rows).rstrip()


def _from_rows(sentences: list[list[dict[str, Any]]], text: str) -> Parse:
    words: list[Word] = []
    spans = []
    pos = 0
    for n, rows in enumerate(sentences):
        base = len(words)
        for r in rows:
            start = _find_token(text, r["form"], pos)
            end = start + len(r["form"])
            pos = end
            head = int(r["head"] or 0)
            words.append(Word(
                index=len(words), sent=n, text=text[start:end], lemma=r["lemma"] or r["form"],
                upos=r["upos"] or "X", xpos=r["xpos"] or "_", feats=r["feats"] or "_",
                head=base + head - 1 if head else -1, deprel=r["deprel"] or "dep", start=start, end=end))
        spans.append((base, len(words)))
    return Parse(text, tuple(words), tuple(spans), tuple(paragraphs(text)))


_QUOTE_EQUIV = str.maketrans({"„": '"', "”": '"', "“": '"', "«": '"', "»": '"', "’": "'", "‘": "'", "`": "'"})


def _find_token(text: str, form: str, pos: int) -> int:
    """Position of ``form`` at or after ``pos``, skipping only whitespace."""
    i = pos
    while i < len(text) and text[i].isspace():
        i += 1
    if text.startswith(form, i):
        return i
    candidate = text[i:i + len(form)]
    if candidate.translate(_QUOTE_EQUIV) == form.translate(_QUOTE_EQUIV):
        return i
    raise AlignmentError(f"token {form!r} not found at offset {i}: text has {text[i:i + 20]!r}")
