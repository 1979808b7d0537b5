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

A second processor, ``sentjoin``, run after the tagger (and the tag
repair), joins what the first leaves in lists and headings where the tags
show a sentence cut in two: a break right after a preposition, conjunction
or article (``de prijs voor | Op de bermen``), or between a verb and a name
(``Later in het verhaal ontdekt | Ron dat …``).  The joined sentences are
tagged again.  On the dev split it joins 9 sentences, 8 of them rightly.

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

import functools
import re
from typing import Any

from stanza.models.common.doc import Document
from stanza.pipeline.processor import register_processor

from quoteattr._rule_processor import RuleProcessor, run_right_after
from quoteattr.kb_names import is_hyphenated_particle, is_title_abbreviation
from quoteattr.lexicon import word_list
from quoteattr.tag_repair import NAME as TAG_REPAIR

NAME = "sentrepair"
#: The processor that joins sentences the tags show were cut in two.
JOIN_NAME = "sentjoin"
#: Tags of a word that ends no sentence: a preposition, a conjunction, an article.
OPEN_TAGS = frozenset({"ADP", "SCONJ", "CCONJ", "DET"})
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
    return is_title_abbreviation(_last_form(tokens))


def _last_form(tokens: list[Token]) -> str:
    """The last token's form, with a stop the tokenizer split off joined to the word it follows (``zgn`` ``.``)."""
    form = tokens[-1][0]
    if form == "." and len(tokens) > 1 and tokens[-2][2] == tokens[-1][1]:
        return tokens[-2][0] + form
    return form


#: Abbreviations other than titles that stand before a name (``St. Pieter``: Sint).
NAME_ABBREVIATIONS = frozenset({"St."})
#: A word with two or more stops, each after one to three letters (``o.a.``, ``m.b.t.``, ``S.V.P.``, ``L.J.``).
_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.){2,}")
#: A year after its month (``augustus 2004``).
_YEAR = re.compile(r"1\d{3}|20\d{2}")


def ends_before_name(tokens: list[Token]) -> bool:
    """True when the tokens end with a word that a name follows: a title, ``St.`` or ``kabinet-Van``."""
    return ends_with_title(tokens) or tokens[-1][0] in NAME_ABBREVIATIONS or is_hyphenated_particle(tokens[-1][0])


def ends_with_abbreviation(tokens: list[Token]) -> bool:
    """True when the tokens end with an abbreviation that stands inside sentences (``zgn.``, ``o.a.``, ``S.V.P.``)."""
    form = _last_form(tokens)
    return form.lower() in inner_abbreviations() or bool(_DOTTED.fullmatch(form))


@functools.cache
def months() -> frozenset[str]:
    """The months of ``months.txt``."""
    return word_list("months.txt")


@functools.cache
def inner_abbreviations() -> frozenset[str]:
    """The abbreviations of ``inner_abbreviations.txt`` (``zgn.``, ``ca.``)."""
    return word_list("inner_abbreviations.txt")


def join_sentences(sentences: list[list[Token]], text: str) -> list[list[Token]]:
    """The sentences, with unpunctuated breaks inside prose paragraphs of ``text`` undone.

    A break after a title, ``St.`` or a hyphenated particle (``kabinet-Van``) is undone in every paragraph,
    lists too, and so is one after an abbreviation that stands inside sentences (``zgn.``, ``o.a.``) where the
    next word is in lower case, and one between a month and its year (``18 augustus | 2004``).

    Each token is ``(form, start_char, end_char)`` in ``text``.
    """
    joined: list[list[Token]] = []
    for paragraph in _paragraphs(sentences, text):
        unpunctuated = sum(not ends_sentence(s) for s in paragraph[:-1])
        prose = ends_sentence(paragraph[-1]) and unpunctuated <= MAX_UNPUNCTUATED_BREAKS
        for n, sentence in enumerate(paragraph):
            if n and ((prose and not ends_sentence(paragraph[n - 1])) or ends_before_name(paragraph[n - 1])
                      or (ends_with_abbreviation(paragraph[n - 1]) and sentence[0][0][:1].islower())
                      or (paragraph[n - 1][-1][0].lower() in months() and _YEAR.fullmatch(sentence[0][0]))):
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
        return Document([[_row(n, form, a, b) for n, (form, a, b) in enumerate(sentence, 1)] for sentence in joined],
                        text=doc.text)


def _row(n: int, form: str, start: int, end: int, **tags: Any) -> dict[str, Any]:
    """Word ``n`` of a sentence for a new stanza ``Document``: its form, its offsets in the text and any tags."""
    return {"id": (n,), "text": form, "misc": f"start_char={start}|end_char={end}", **tags}


run_right_after(NAME, "tokenize")  # it changes the sentences every later processor reads


TaggedToken = tuple[str, int, int, str]


def cut_sentences(sentences: list[list[TaggedToken]], text: str) -> list[int]:
    """Which sentences (by index) continue the one before: tagged tokens ``(form, start, end, upos)``.

    A sentence continues the one before in the same paragraph when that one
    ends without final punctuation and with a word in :data:`OPEN_TAGS`, or
    with a verb before a name."""
    cut = []
    for n in range(1, len(sentences)):
        before, after = sentences[n - 1], sentences[n]
        if "\n" in text[before[-1][2]:after[0][1]] or ends_sentence([t[:3] for t in before]):
            continue
        last, first = before[-1][3], after[0][3]
        if last in OPEN_TAGS or (last in ("VERB", "AUX") and first == "PROPN"):
            cut.append(n)
    return cut


@register_processor(JOIN_NAME)
class SentenceJoinProcessor(RuleProcessor):
    """Joins the sentences :func:`cut_sentences` finds and tags them again with the pipeline's tagger."""

    PROVIDES_DEFAULT = frozenset({JOIN_NAME})
    REQUIRES_DEFAULT = frozenset({"pos"})

    def process(self, doc: Any) -> Any:
        tagged = [[(w.text, t.start_char, t.end_char, w.upos) for t in s.tokens for w in t.words]
                  for s in doc.sentences]
        if not tagged or any(t[1] is None for s in tagged for t in s):  # pretokenized: no offsets
            return doc
        if any(len(t.words) > 1 for s in doc.sentences for t in s.tokens):  # (Dutch has no multi-word tokens)
            return doc
        cut = set(cut_sentences(tagged, doc.text))
        if not cut:
            return doc
        groups: list[list[Any]] = []
        for n, sentence in enumerate(doc.sentences):
            if n in cut:
                groups[-1].append(sentence)
            else:
                groups.append([sentence])
        joined = [g for g in groups if len(g) > 1]
        again = Document([[_row(k, t.text, t.start_char, t.end_char)
                           for k, t in enumerate((t for s in g for t in s.tokens), 1)] for g in joined], text=doc.text)
        for name in ("pos", TAG_REPAIR):
            if name in self.pipeline.processors:
                again = self.pipeline.processors[name].process(again)
        retagged = iter(again.sentences)
        rows = []
        for g in groups:
            words = next(retagged).words if len(g) > 1 else g[0].words
            rows.append([_row(k, w.text, w.parent.start_char, w.parent.end_char, upos=w.upos, xpos=w.xpos,
                              feats=w.feats) for k, w in enumerate(words, 1)])
        return Document(rows, text=doc.text)


run_right_after(JOIN_NAME, TAG_REPAIR)  # after the tags are final, before the lemmatizer and the parser
