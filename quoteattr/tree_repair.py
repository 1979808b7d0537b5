"""Repair parses into structures UD Dutch has (a stanza processor, ``treerepair``).

The compact parser reads the tagger's UPOS and follows it.  When the tagger
calls the `heeft` of possession AUX, the parser makes it an auxiliary of the
noun (`Ze heeft een hond` with `hond` as the root), a structure UD Dutch never
has: its AUX words are exactly those attached as ``aux``, ``aux:pass`` or
``cop``, ``hebben`` is never a copula or the auxiliary of a noun, and ``zijn``
is the only copula.  This processor, run after ``depparse``, rewrites such
trees the way the treebank annotates them:

* ``hebben`` attached as ``aux`` or ``cop`` to a noun, name, pronoun or number
  heads the clause as a VERB, with that word as its ``obj``;
* a copula other than ``zijn`` (``werd``, ``blijft``) heads the clause as a
  VERB, with the predicate as its ``xcomp``.

The clause's own dependents of the old head (subject, adverbials, other
auxiliaries, punctuation outside the phrase) move to the verb; the phrase's
own (determiners, adjectives, case markers) stay.  Trees that already follow
the treebank are left as they are.
"""

from __future__ import annotations

from typing import Any

from stanza.pipeline.processor import Processor, register_processor

NAME = "treerepair"
#: Relations that belong to a clause rather than to its predicate's phrase.
CLAUSE_RELATIONS = frozenset({"nsubj", "csubj", "aux", "mark", "advmod", "obl", "advcl", "expl", "parataxis",
                              "cc", "iobj", "ccomp", "discourse", "compound", "vocative"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def repair_sentence(words: list[Any]) -> int:
    """Repair one sentence's words in place (stanza ``Word``s); the number of repairs."""
    repairs = 0
    for verb in words:
        relation = (verb.deprel or "").split(":")[0]
        if not verb.head or relation not in ("aux", "cop"):
            continue
        head = words[verb.head - 1]
        possessive = verb.lemma == "hebben" and verb.upos == "AUX" and head.upos in NOMINAL
        copula = relation == "cop" and verb.lemma not in ("zijn", "hebben")
        if not (possessive or copula):
            continue
        _promote(words, verb, head, "obj" if possessive else "xcomp")
        repairs += 1
    return repairs


def _promote(words: list[Any], verb: Any, head: Any, new_relation: str) -> None:
    """Make ``verb`` the head of ``head``'s clause, with ``head`` as its ``new_relation``."""
    left, right = min(verb.id, head.id), head.id
    verb.upos = "VERB"
    verb.head, verb.deprel = head.head, head.deprel
    head.head, head.deprel = verb.id, new_relation
    for w in words:
        if w is verb or w.head != head.id:
            continue
        relation = (w.deprel or "").split(":")[0]
        outside = w.id < left or w.id > right
        if relation in CLAUSE_RELATIONS or (relation == "punct" and outside):
            w.head = verb.id


@register_processor(NAME)
class TreeRepairProcessor(Processor):
    """Runs :func:`repair_sentence` on every sentence of a parsed document."""

    PROVIDES_DEFAULT = frozenset({NAME})
    REQUIRES_DEFAULT = frozenset({"depparse"})

    def _set_up_model(self, config: dict[str, Any], pipeline: Any, device: Any) -> None:
        """No model: the repairs are rules."""

    def __str__(self) -> str:
        return type(self).__name__

    def process(self, doc: Any) -> Any:
        for sentence in doc.sentences:
            if repair_sentence(sentence.words):
                sentence.build_dependencies()
        return doc
