"""Tell main verbs from auxiliaries by the parse, and parse again (a stanza processor, ``verbrepair``).

In UD Dutch a verb is ``AUX`` exactly when it hangs from another word as
``aux``, ``aux:pass`` or ``cop``: ``zijn`` in ``Er zijn twee kandidaten`` or
``De minister was in Brussel`` is a ``VERB`` and heads its clause, and so are
the ``heeft`` of possession, the ``wordt`` of becoming and ``laat`` in
``laat de Kamer weten``.  The compact tagger calls most of them ``AUX``, and
the parser, which follows the tags, then builds the clause around another
word.  With the tagger's tags for these verbs replaced by the gold ones, the
parser gains about one LAS point on the dev split: no other confusion of the
tagger costs as much.

This processor, run right after ``depparse``, reads the first parse for
auxiliaries that are main verbs, gives them ``VERB`` (and the perfect
``geweest``, which the tagger calls a main verb and UD Dutch a copula in 19
of 20 training sentences, ``AUX``), and parses the sentences it changed once
more, so that the parser builds them around the right word.  A verb tagged
``AUX`` is a main verb when

* it is a form of ``laten`` (``VERB`` in 74 of 87 training sentences);
* it is ``zijn`` with ``er`` right before or after it and no main verb in its
  clause (``Er zijn zorgen``, ``was er onenigheid``; not ``Er is gestemd``),
  or ``zijn`` ending a sentence before a colon (``De kandidaten zijn:``);
* it is ``zijn`` with a phrase of ``quoteattr/data/main_verb_phrases.txt``
  (``van plan``, ``van mening``), which UD Dutch makes particles of the verb;
* it is ``zijn`` parsed as the copula of a prepositional phrase with a
  determiner or a name (``was in Brussel``, ``zijn voor het voorstel``), which
  UD Dutch reads as a verb with an oblique, unlike a bare idiom (``van
  belang``, ``in gevaar``), which it keeps as a predicate;
* it is ``hebben`` parsed as the auxiliary of anything but a verb, or of a
  verb with ``te`` that is no participle (``had moeite om … op te ruimen``);
* it is ``worden`` parsed as the auxiliary of a noun or adjective (``werd
  partijleider``).

Most of the ``hebben`` and ``worden`` cases were rewritten by
:mod:`quoteattr.tree_repair` before; parsing them again does better than
rewriting the tree, and the tree repair, which runs after this processor,
still catches what the parser leaves.  Only the changed sentences are parsed
again (on the dev split one in twelve, on the example news articles one in
eighteen).
"""

from __future__ import annotations

import functools
from typing import Any

from stanza.models.common.doc import Document
from stanza.pipeline.processor import register_processor

from quoteattr._rule_processor import RuleProcessor, run_right_after
from quoteattr.lexicon import data_rows, word_list

NAME = "verbrepair"
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
#: Tokens that end a clause for the search for its main verb.
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")", ".", "!", "?"})


@functools.cache
def main_verb_phrases() -> frozenset[tuple[str, ...]]:
    """Phrases that make ``zijn`` a main verb (``van plan``), as lower-case word tuples."""
    return frozenset(tuple(row[0].split("#")[0].split()) for row in data_rows("main_verb_phrases.txt"))


@functools.cache
def relative_words() -> frozenset[str]:
    """Words that open a relative or subordinate clause inside a clause (``die``, ``waarin``)."""
    return word_list("relative_words.txt")


def verb_tags(words: list[Any]) -> dict[int, str]:
    """The verbs of one parsed sentence (stanza ``Word``s) whose tag the parse shows wrong: word id → new UPOS."""
    changes: dict[int, str] = {}
    for w in words:
        if w.upos == "VERB" and (w.text or "").lower() == "geweest":
            changes[w.id] = "AUX"
        elif w.upos == "AUX" and _main_verb(words, w):
            changes[w.id] = "VERB"
    return changes


def _main_verb(words: list[Any], verb: Any) -> bool:
    """Whether ``verb``, tagged ``AUX``, is a main verb by the rules of the module's docstring."""
    before = words[verb.id - 2] if verb.id > 1 else None
    after = words[verb.id] if verb.id < len(words) else None
    if verb.lemma == "laten":
        return not (before is not None and before.text.lower() in ("te", "zo"))  # ("te laat": late)
    if verb.lemma == "zijn":
        if after is not None and after.text == ":" and all(w.upos == "PUNCT" for w in words[verb.id:]):
            return True
        if any(w is not None and w.text.lower() == "er" for w in (before, after)) and not _clause_has_main_verb(words, verb):
            return True
        if _has_phrase(words, main_verb_phrases()):
            return True
    if not verb.head:
        return False
    head = words[verb.head - 1]
    relation = (verb.deprel or "").split(":")[0]
    children = [w for w in words if w.head == head.id]
    if verb.lemma == "zijn" and relation == "cop" and head.upos in _NOMINAL | {"VERB"}:
        return any(w.deprel == "case" for w in children) and (
            head.upos == "PROPN" or any(w.deprel == "det" for w in children))
    if verb.lemma == "hebben" and relation in ("aux", "cop"):
        return head.upos != "VERB" or (any(w.text.lower() == "te" for w in children)
                                       and "VerbForm=Part" not in (head.feats or ""))
    return verb.lemma == "worden" and head.upos in _NOMINAL | {"ADJ"}


def _clause_has_main_verb(words: list[Any], verb: Any) -> bool:
    """Whether the clause around ``verb`` has a ``VERB`` other than an infinitive with ``te`` (``de te varen
    koers``): after it up to a clause end, conjunction or relative word, and, where ``verb`` ends its clause,
    before it back to a clause end or subordinating conjunction."""
    def main(w: Any) -> bool:
        return w.upos == "VERB" and not (w.id > 1 and words[w.id - 2].text.lower() == "te")

    def ends_clause(w: Any) -> bool:
        return w.text in _CLAUSE_ENDS or w.upos in ("SCONJ", "CCONJ") or (
            w.upos in ("PRON", "ADV") and w.text.lower() in relative_words())

    for w in words[verb.id:]:
        if ends_clause(w):
            break
        if main(w):
            return True
    if verb.id < len(words) and not ends_clause(words[verb.id]):
        return False  # (only a verb that ends its clause has the participle before it: "omdat er … gestemd is")
    for w in reversed(words[:verb.id - 1]):
        if w.text in _CLAUSE_ENDS or w.upos == "SCONJ":
            break
        if main(w):
            return True
    return False


def _has_phrase(words: list[Any], phrases: frozenset[tuple[str, ...]]) -> bool:
    forms = [(w.text or "").lower() for w in words]
    return any(tuple(forms[n:n + len(p)]) == p for p in phrases for n in range(len(forms) - len(p) + 1))


def reparse(parser: Any, sentences: list[Any]) -> None:
    """Parse ``sentences`` (stanza ``Sentence``s) again with the ``depparse`` processor ``parser``, in place,
    reading their words' current tags."""
    fields = ("id", "text", "lemma", "upos", "xpos", "feats")
    again = parser.process(Document([[{f: getattr(w, f) for f in fields} for w in s.words] for s in sentences]))
    for sentence, parsed in zip(sentences, again.sentences, strict=True):
        for word, new in zip(sentence.words, parsed.words, strict=True):
            word.head, word.deprel = new.head, new.deprel
        sentence.build_dependencies()


@register_processor(NAME)
class VerbRepairProcessor(RuleProcessor):
    """Runs :func:`verb_tags` on every parsed sentence and parses the changed ones again with the pipeline's
    parser."""

    PROVIDES_DEFAULT = frozenset({NAME})
    REQUIRES_DEFAULT = frozenset({"depparse"})

    def process(self, doc: Any) -> Any:
        changed = []
        for sentence in doc.sentences:
            tags = verb_tags(sentence.words)
            for word_id, tag in tags.items():
                sentence.words[word_id - 1].upos = tag
            if tags:
                changed.append(sentence)
        if changed:
            reparse(self.pipeline.processors["depparse"], changed)
        return doc


run_right_after(NAME, "depparse")  # the tree repair reads the second parse
