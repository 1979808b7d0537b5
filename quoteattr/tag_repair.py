"""Give words their one part of speech before they are parsed (a stanza processor, ``tagrepair``).

The compact tagger gets about one word in seventeen wrong, and the parser
follows its tags: with gold tags it scores some five and a half LAS points
more.  Many of the tagger's errors are on words that the training data knows
with one part of speech only.  ``quoteattr/data/tag_lexicon.tsv`` (made from
the training parts by ``scripts/repair_lists.py``, never from dev or test)
lists those word forms, case-sensitive, with that UPOS; this processor, run
after ``pos`` and before ``depparse``, gives each listed word its UPOS.

On the dev split from raw text it changes 307 tags: UPOS 94.11 → 94.34 and
LAS 77.43 → 77.59 (forms seen twice or more: 77.54; three times or more:
77.45, so every listed form counts).  Words the lexicon does not list, and
words it lists with the tag they already have, are left as they are.

Party names are the other list: the training data hardly has any (no ``D66``,
``VVD`` or ``JA21`` at all), and the tagger reads ``D66`` as a number and
``50PLUS`` as a symbol, so that the parser hangs them wrongly.  A word written
as only a party writes itself in :mod:`quoteattr.kb` (a capital after the
first letter or a digit: ``D66``, ``PvdA``, ``GroenLinks``, not ``Volt`` or
``Denk``, which are also ordinary words) becomes ``PROPN``: UPOS 94.34 →
94.46 and LAS 77.59 → 77.61 on the dev split, where ``D66`` is the only party
that comes up often.

The third list is quoteattr's own nouns for unnamed sources and roles
(``quoteattr/data/sources.tsv``, ``role_nouns.tsv``).  Several are adjectives
or participles made nouns (``een betrokkene``, ``een ingewijde``,
``critici``, ``omwonenden``, ``de gedeputeerde``), which the tagger calls
``VERB`` or ``ADJ``, so that ``Een betrokkene: „…”`` lost its speaker.  Such
a word tagged ``VERB`` or ``ADJ`` becomes ``NOUN`` unless a noun or adjective
follows it (``de betrokken ambtenaren`` is no source; ``de verdachte
Jansen`` is a role before a name).  UD Dutch itself tags some of these
nominalisations as the adjective or participle they come from
(``betrokkenen`` is ``VERB`` twice in the training data); quoteattr prefers
the parse that gives the sentence its subject.  Dev LAS is unchanged by it
(77.62).

The word after a subject pronoun that opens a sentence
(``quoteattr/data/subject_pronouns.txt``) is the finite verb, where the
tagger read a noun or adjective (``Zij verwijt Wilders dat …``), and an
``of`` right after ``weten`` or ``vragen`` opens what is asked (``wilde weten
of …``: ``SCONJ``, as in every such training sentence, not ``CCONJ``).  A
word in capitals tagged as a function word or verb is ``PROPN`` (``van het
OM`` read as ``om``): the training data has capitals only as names,
abbreviations, numerals and symbols.

Last, a document-level pass (:func:`repair_names`): a surname that opens a
sentence and looks like a verb or adjective (``Vermeulen is …``) is a name
where the document writes it as one inside a sentence.
"""

from __future__ import annotations

import functools
from typing import Any

from stanza.pipeline.processor import register_processor

from quoteattr._rule_processor import RuleProcessor, run_right_after
from quoteattr.lexicon import data_rows, word_list

PROPER_NOUN = "PROPN"

NAME = "tagrepair"


@functools.cache
def tag_lexicon() -> dict[str, str]:
    """Word form -> its one UPOS in the training data (``tag_lexicon.tsv``)."""
    return {row[0]: row[1] for row in data_rows("tag_lexicon.tsv") if len(row) > 1}


@functools.cache
def party_names() -> frozenset[str]:
    """The one-word names of the knowledge base's parties that no ordinary word shares (``D66``, ``PvdA``)."""
    from quoteattr.kb import KnowledgeBase

    forms = KnowledgeBase.default().party_spellings()
    return frozenset(form for form in forms if " " not in form and _written_as_a_name(form))


def _written_as_a_name(form: str) -> bool:
    """A capital after the first letter, or a digit, and a capital somewhere: no Dutch word is written so."""
    return any(c.isupper() for c in form) and (any(c.isupper() for c in form[1:]) or any(c.isdigit() for c in form))


@functools.cache
def subject_pronouns() -> frozenset[str]:
    """Pronouns that are only subjects (``subject_pronouns.txt``): the word after one opening a sentence is a verb."""
    return word_list("subject_pronouns.txt")


@functools.cache
def source_nouns() -> frozenset[str]:
    """The nouns of unnamed sources and roles (``sources.tsv``, ``role_nouns.tsv``), lower case."""
    return frozenset(row[0].strip() for name in ("sources.tsv", "role_nouns.tsv") for row in data_rows(name))


#: Tags no word written in capitals has in the training data (there: PROPN, X, NOUN, NUM or SYM).
_FUNCTION_TAGS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "VERB", "ADV"})
#: Forms of verbs of asking: an "of" right after one opens what is asked (SCONJ in every training sentence).
_ASKING = frozenset({"weten", "vragen", "vraagt", "vroeg", "vroegen", "vraag"})


def repair_tags(words: list[Any]) -> int:
    """Give the listed words, party names and source nouns (stanza ``Word``s) their UPOS in place; the number changed.

    The word lists go first, so that a source noun is judged by the repaired
    tag of the word after it (``De gedeputeerde erkent``, ``erkent`` tagged a noun).
    """
    table = tag_lexicon()
    parties = party_names()
    sources = source_nouns()
    changed = 0
    for w in words:
        tag = PROPER_NOUN if w.text in parties else table.get(w.text)
        if tag is not None and tag != w.upos:
            w.upos = tag
            changed += 1
    first = next((n for n, w in enumerate(words) if w.upos != "PUNCT"), None)
    if first is not None and first + 1 < len(words) and words[first].text.lower() in subject_pronouns() \
            and words[first + 1].upos in ("NOUN", "ADJ") and words[first + 1].text.islower() \
            and words[first + 1].text.isalpha():
        words[first + 1].upos = "VERB"  # "Zij verwijt Wilders dat …": the word after a subject pronoun is the verb
        changed += 1
    for n, w in enumerate(words):
        if w.upos in _FUNCTION_TAGS and len(w.text) >= 2 and w.text.isalpha() and w.text.isupper():
            w.upos = PROPER_NOUN  # "van het OM" read as "om": a word in capitals is an abbreviation or a name
            changed += 1
        if w.text.lower() == "of" and n and words[n - 1].text.lower() in _ASKING and w.upos != "SCONJ":
            w.upos = "SCONJ"  # "wilde weten of de minister …": whether, not or
            changed += 1
        if w.upos in ("VERB", "ADJ") and w.text.lower() in sources and (
                n + 1 == len(words) or words[n + 1].upos not in ("NOUN", "ADJ")):  # (a name may follow)
            w.upos = "NOUN"
            changed += 1
    return changed


def repair_names(sentences: list[list[Any]]) -> int:
    """Tag a capitalised word ``PROPN`` where the document has it as a name inside a sentence; the number changed.

    A surname that looks like a verb or adjective (``Vermeulen``, ``Faber``)
    is often mistagged where it opens a sentence, and the sentence then has no
    subject.  Where the same form stands capitalised inside a sentence with
    ``PROPN`` elsewhere in the document, the first word of a sentence gets
    ``PROPN`` too.
    """
    names = {w.text for words in sentences for n, w in enumerate(words)
             if n > 0 and w.upos == "PROPN" and w.text[:1].isupper() and words[n - 1].text not in _OPENERS}
    changed = 0
    for words in sentences:
        at = next((n for n, w in enumerate(words) if w.upos != "PUNCT"), None)
        if at is None:
            continue
        first = words[at]
        attributive = at + 1 < len(words) and words[at + 1].upos in ("NOUN", "ADJ", "NUM")  # ("Vlaamse regering")
        if first.text in names and first.upos in ("VERB", "ADJ", "ADV") and not attributive \
                and first.text not in tag_lexicon():
            first.upos = PROPER_NOUN
            changed += 1
    return changed


#: Tokens after which a capital does not show a name (a quote or a bracket opens a new start).
_OPENERS = frozenset({'"', "'", "(", ":", "„", "“", "‘", "«"})


@register_processor(NAME)
class TagRepairProcessor(RuleProcessor):
    """Runs :func:`repair_tags` on every sentence of a tagged document, before it is parsed."""

    PROVIDES_DEFAULT = frozenset({NAME})
    REQUIRES_DEFAULT = frozenset({"pos"})

    def process(self, doc: Any) -> Any:
        for sentence in doc.sentences:
            repair_tags(sentence.words)
        repair_names([sentence.words for sentence in doc.sentences])
        return doc


run_right_after(NAME, "pos")  # the parser must read the repaired tags
