"""Undo the tokenizer's sentence breaks inside a prose paragraph (a stanza processor, ``sentrepair``).

The compact tokenizer learned from Wikipedia, where lists, headings and
captions end without punctuation, that a capitalised word may open a new
sentence after any word.  In news text that breaks sentences before names
(``Kort nadat CSF-voorzitter | Leoz …``, ``Volgens WOW-woordvoerster |
Soline …``), and the parser then parses two fragments.

This processor, run right after ``tokenize``, joins such fragments again
where the paragraph reads as prose: it ends with sentence-final punctuation,
and at most :data:`MAX_UNPUNCTUATED_BREAKS` of its breaks come without it
(a paragraph with more is a list, whose items are sentences of their own).
Breaks after ``.``, ``!``, ``?``, ``…``, ``:`` or ``;`` (also before a
closing quote or bracket) are left as they are, and so are paragraph breaks
(a blank line, or a line break between sentences).

From raw text (``scripts/evaluate_models.py``), on the dev split (Wikipedia
and web text): sentences F1 88.83 → 90.37, LAS 77.62 → 77.79; on
UD_Dutch-Alpino dev (newspaper; part of the tokenizer's training data):
sentences 95.15 → 98.75, LAS 82.61 → 83.08.  With at most three
unpunctuated breaks per paragraph the dev split scores 77.76, with none
allowed the dev split's own one-break paragraphs lose.

:func:`quoteattr.parse`, which attribution uses, does not run this
processor: it has its own repair (``nlp._repaired``), which also sees
colons before quotes and initials.
"""

from __future__ import annotations

from typing import Any

from stanza.models.common.doc import Document
from stanza.pipeline.processor import register_processor

from quoteattr._rule_processor import RuleProcessor, run_right_after
from quoteattr.kb_names import TITLE_ABBREVIATIONS, is_title_abbreviation

NAME = "sentrepair"
#: Characters that may end a sentence (the last character of its last token).
SENTENCE_FINAL = frozenset(".!?…:;")
#: Tokens that may stand after the final punctuation (``… gaat.”``, ``(… zei hij.)``).
CLOSING = frozenset({'"', "'", "”", "’", "''", ")", "»"})
#: A prose paragraph has at most this many breaks without final punctuation; more make it a list.
MAX_UNPUNCTUATED_BREAKS = 2

Token = tuple[str, int, int]


def ends_sentence(tokens: list[Token]) -> bool:
    """True when the tokens end with sentence-final punctuation, closing marks aside.

    The stop of an abbreviated title (``prof.``, ``drs.``, also split off as a
    token of its own) ends no sentence: a name follows it."""
    n = len(tokens) - 1
    while n > 0 and tokens[n][0] in CLOSING:
        n -= 1
    return tokens[n][0][-1:] in SENTENCE_FINAL and not ends_with_title(tokens[:n + 1])


def ends_with_title(tokens: list[Token]) -> bool:
    """True when the tokens end with an abbreviated title and its stop, as one token or two (``prof`` ``.``)."""
    form = tokens[-1][0]
    if is_title_abbreviation(form):
        return True
    return form == "." and len(tokens) > 1 and tokens[-2][2] == tokens[-1][1] \
        and tokens[-2][0].lower() in TITLE_ABBREVIATIONS


def join_sentences(sentences: list[list[Token]], text: str) -> list[list[Token]]:
    """The sentences, with unpunctuated breaks inside prose paragraphs of ``text`` undone.

    Each token is ``(form, start_char, end_char)`` in ``text``.
    """
    joined: list[list[Token]] = []
    for paragraph in _paragraphs(sentences, text):
        unpunctuated = sum(not ends_sentence(s) for s in paragraph[:-1])
        prose = ends_sentence(paragraph[-1]) and unpunctuated <= MAX_UNPUNCTUATED_BREAKS
        for n, sentence in enumerate(paragraph):
            if prose and n and not ends_sentence(paragraph[n - 1]):
                joined[-1] = joined[-1] + sentence
            else:
                joined.append(list(sentence))
    return joined


def _paragraphs(sentences: list[list[Token]], text: str) -> list[list[list[Token]]]:
    """The sentences grouped by paragraph: a line break between two sentences starts a new one."""
    paragraphs: list[list[list[Token]]] = []
    for sentence in sentences:
        if paragraphs and "\n" not in text[paragraphs[-1][-1][-1][2]:sentence[0][1]]:
            paragraphs[-1].append(sentence)
        else:
            paragraphs.append([sentence])
    return paragraphs


@register_processor(NAME)
class SentenceRepairProcessor(RuleProcessor):
    """Runs :func:`join_sentences` on a tokenized document."""

    PROVIDES_DEFAULT = frozenset({NAME})
    REQUIRES_DEFAULT = frozenset({"tokenize"})

    def process(self, doc: Any) -> Any:
        sentences = [[(t.text, t.start_char, t.end_char) for t in s.tokens] for s in doc.sentences]
        if not sentences or any(t[1] is None for s in sentences for t in s):  # pretokenized: no offsets
            return doc
        joined = join_sentences(sentences, doc.text)
        if len(joined) == len(sentences):
            return doc
        return Document([[{"id": (n,), "text": form, "misc": f"start_char={a}|end_char={b}"}
                          for n, (form, a, b) in enumerate(sentence, 1)] for sentence in joined], text=doc.text)


run_right_after(NAME, "tokenize")  # it changes the sentences every later processor reads
