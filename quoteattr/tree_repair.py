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
* a copula other than ``zijn`` (``werd``, ``blijft``), or a ``worden`` read
  as the passive auxiliary of a noun or adjective (``werd partijleider``,
  ``worden duurder``), heads the clause as a VERB, with the predicate as its
  ``xcomp``;
* an existential ``zijn`` read as a copula (``Er is veel kritiek``: ``er``
  and a noun phrase without a subject) heads the clause as a VERB, with the
  noun phrase as its ``nsubj``.

The clause's own dependents of the old head (subject, adverbials, other
auxiliaries, punctuation outside the phrase) move to the verb; the phrase's
own (determiners, adjectives, case markers) stay.

UD Dutch also treats multiword expressions such as ``in plaats van``, ``voor
het eerst`` and ``tot stand`` as one word, the later words hanging from the
first with ``fixed``; the parser almost never predicts that.  The expressions
listed in ``quoteattr/data/fixed_expressions.tsv`` (made from the training
data by ``scripts/repair_lists.py``) are rebuilt that way:

* a prepositional or conjunctional expression (``in plaats van X``) becomes
  the ``case``/``mark``/``cc`` of the word its last word was attached to,
  and that word takes the place the expression's phrase had in the clause;
* any other expression (``op zoek``, ``voor het eerst``) keeps the place the
  parser gave it, now held by its first word.

A prepositional object (``bestaat uit``, ``kiest voor``) is ``obl:arg`` in
UD Dutch, which the parser never predicts: an ``obl`` whose head lemma and
preposition are listed in ``quoteattr/data/oblique_arguments.tsv`` (made by
the same script) is relabelled ``obl:arg``, and the ``door`` phrase of a
passive verb (one with an ``aux:pass``) ``obl:agent``, as the treebank has it.

``zijn`` read as a passive auxiliary is the perfect auxiliary ``aux`` with
a participle listed in ``quoteattr/data/perfect_participles.txt`` (``is
gestegen``, ``is afgetreden``: verbs with their perfect in ``zijn``), and the
copula with an adjective or noun; its subject is then no ``nsubj:pass``.

The 2017 part has no ``xcomp`` for an infinitive with ``te``: it calls the
complement in ``besloot te vertrekken`` a ``ccomp``, which today's parts do in
one case of six; and it calls ``om … te`` clauses ``ccomp`` a third of the
time, today's parts one time in eight.  The parser learned both.  A
``ccomp`` with ``te`` as its only marker and no subject of its own becomes
``xcomp``, and so does one with ``om`` and ``te`` under a verb of
``quoteattr/data/control_verbs.txt`` (``besloot om te stoppen``; also where
the parser called it ``advcl``); under any
other verb that one becomes ``advcl`` (``kwam om te helpen``), and so does a
clause opened by a conjunction of ``quoteattr/data/adverbial_conjunctions.txt``
(``omdat``, ``terwijl``), which never opens a complement.

A finite verb right after ``en``, ``maar`` or ``of`` that coordinates with an
earlier verb shares that verb's subject (``X waarschuwt …, en raadde de partij
aan …``); a noun phrase the parser made its subject after it is its ``obj``.

A time phrase without a preposition (``De ploeg won donderdag``, ``Ze
scoorde twee keer``), headed by a noun of ``quoteattr/data/time_nouns.txt``,
is an ``obl`` of its verb in UD Dutch (187 times in the training data, 12
times ``obj``); the parser often calls it the object, or a second subject.

A name written with a possessive apostrophe (``Wilders’ woordvoerder``,
``Kees’ vrouw``) is one word in UD Dutch, the ``nmod:poss`` of the noun after
it; the tokenizer splits the apostrophe off and the parser reads the name as
the subject. The name is hung from the noun, which takes its place.

A range or score of two numbers (``14 - 16``, ``2-1``) is one expression in
UD Dutch: the dash (``SYM``) and the second number hang from the first with
``fixed``, and the first number has the range's place in the clause.  A
period of years (``1893 - 1899``) is a coordination: the second year is a
``conj`` of the first and the dash its ``punct`` (the dash is ``punct`` in
all 12 periods of the training parts, the second year ``conj`` in 8).

The reflexive ``zich`` of an inherently reflexive verb (``zich vergissen``,
``zich bevinden``) is ``expl:pv``, which the 2017 part also lacks; the parser
calls it ``obj``.  In the training parts in today's conventions ``zich`` is
``expl:pv`` 69 times and ``obj`` 20 times, so a ``zich`` parsed as ``obj`` is
relabelled ``expl:pv``.

The later parts of a ``flat`` name hang from its first word, as in UD; a
chain the parser built (each part from the one before) is flattened.  A
closing bracket hangs from the head of its opening bracket.

A name written after a hyphenated capitalised particle (``kabinet-Van Agt``,
``commissie-De Wit``) is ``flat`` under the hyphenated word, as in UD Dutch;
the parser reads it as an apposition or a second noun.  A sentence's only
dash between two words (``Rotterdam - De haven …``, ``A - een lijst``) hangs
from the head of the phrase that follows it, as in 436 of the 458 such
dashes in the training data.

Other constructions get the annotation of the parts annotated today (each
rule's docstring gives the training counts): ``meer dan`` before a number
(``meer`` an ``amod`` of the number, ``dan`` its ``fixed`` part); an adverb
of degree before an adjective (``zeer groot``, ``veel lager``) as its
``advmod``; ``zowel X als Y`` as a coordination; ``vele`` and ``meeste``
before a noun as ADV ``amod``; ``ervoor`` in ``ervoor zorgen dat`` as the
``case`` of the clause's verb; ``ten`` before a point of the compass as its
``case``; ``meer`` in ``niet meer`` under ``niet``; a ministry's name
(``Binnenlandse Zaken``) headed by its first word; separable particles
(``kwam terug``) as ``compound:prt``; the adjective of ``worden``,
``raken``, ``maken`` … (``predicative_verbs.txt``) as its ``xcomp``; and
``zijn`` as the copula of an adjective the tagger read as a participle
(``is jaloers``).

A sentence that opens with a surname's capitalised particle (``Van Weel zei
dat …``) reads to the parser like a prepositional phrase (``Van Amsterdam
reed hij …``): ``Van`` as ``case`` of ``Weel``, ``Weel`` as an ``obl`` of the
verb.  When the verb has no subject of its own, the phrase is the subject: a
name, headed by its first word, with the rest as ``flat``.

Trees that already follow the treebank are left as they are, and a repair
that would not leave a tree is undone.
"""

from __future__ import annotations

import functools
import itertools
from typing import Any

import regex
from stanza.pipeline.processor import register_processor

from quoteattr._rule_processor import RuleProcessor
from quoteattr.kb_names import is_hyphenated_particle
from quoteattr.lexicon import data_rows, lemma_from_stems, verb_stems, word_list
from quoteattr.tag_repair import subject_pronouns

NAME = "treerepair"
#: Relations that belong to a clause rather than to its predicate's phrase.
CLAUSE_RELATIONS = frozenset({"nsubj", "csubj", "aux", "mark", "advmod", "obl", "advcl", "expl", "parataxis",
                              "cc", "iobj", "ccomp", "discourse", "compound", "vocative"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


#: Relations of an expression that acts as one function word for the word after it.
FUNCTION_RELATIONS = frozenset({"case", "mark", "cc"})


@functools.cache
def fixed_expressions() -> dict[tuple[str, ...], str]:
    """The expressions of ``fixed_expressions.tsv``, as lower-case word tuples, with their first word's relation;
    with ``ten … van`` for every point of the compass of ``compass_directions.txt``."""
    table = {tuple(row[0].split()): row[1] for row in data_rows("fixed_expressions.tsv")}
    for direction in compass_directions():
        table.setdefault(("ten", direction, "van"), "case")
    return table


@functools.cache
def compass_directions() -> frozenset[str]:
    """The points of the compass of ``compass_directions.txt`` (``noorden``, ``zuidoosten``)."""
    return word_list("compass_directions.txt")


def compass_phrases(words: list[Any]) -> int:
    """Make ``ten`` the ``case`` of a point of the compass without ``van`` after it (``Ten noorden grenst …``);
    the number rebuilt.  The parser reads ``ten`` as the head of the phrase."""
    rebuilt = 0
    for ten, direction, after in itertools.zip_longest(words, words[1:], words[2:]):
        if direction is None or (ten.text or "").lower() != "ten" \
                or (direction.text or "").lower() not in compass_directions() \
                or (after is not None and (after.text or "").lower() == "van") \
                or (ten.head == direction.id and ten.deprel == "case"):
            continue
        saved = [(w.head, w.deprel) for w in words]
        _take_place(words, direction, ten)
        ten.head, ten.deprel = direction.id, "case"
        rebuilt += _kept_if_tree(words, saved)
    return rebuilt


@functools.cache
def oblique_arguments() -> frozenset[tuple[str, str]]:
    """The (head lemma, preposition) pairs of ``oblique_arguments.tsv``."""
    return frozenset((row[0], row[1]) for row in data_rows("oblique_arguments.tsv"))


@functools.cache
def control_verbs() -> tuple[dict[str, str], dict[str, str]]:
    """The verbs of ``control_verbs.txt``, whose ``om … te`` clause is a complement (``besloot om te stoppen``):
    their stems (:func:`quoteattr.lexicon.verb_stems`) and their irregular forms, each to its lemma."""
    rows = data_rows("control_verbs.txt")
    irregular = {form: row[0].strip() for row in rows if len(row) > 1 for form in row[1].split()}
    return verb_stems(row[0].strip() for row in rows), irregular


def _is_control_verb(word: Any) -> bool:
    stems, irregular = control_verbs()
    lemma = (word.lemma or "").replace("_", "").lower()
    return lemma in irregular.values() or lemma_from_stems(lemma, stems) is not None \
        or (word.text or "").lower() in irregular or lemma_from_stems(word.text or "", stems) is not None


@functools.cache
def time_nouns() -> frozenset[str]:
    """The nouns of ``time_nouns.txt`` (``donderdag``, ``week``, ``keer``)."""
    return word_list("time_nouns.txt")


@functools.cache
def adverbial_conjunctions() -> frozenset[str]:
    """The conjunctions of ``adverbial_conjunctions.txt`` (``omdat``, ``terwijl``)."""
    return word_list("adverbial_conjunctions.txt")


def repair_sentence(words: list[Any]) -> int:
    """Repair one sentence's words in place (stanza ``Word``s); the number of repairs."""
    repairs = sum(rule(words) for rule in (
        repair_fixed, join_number_ranges, comparative_numbers, degree_adverbs, niet_meer, relabel_arguments,
        relabel_quantifiers, relabel_particles, relabel_predicates, relabel_reflexives, relabel_clauses, relabel_shared_subjects,
        relabel_times, hyphen_names, ministry_names, flatten_names, pair_brackets, attach_dash, zowel_als,
        anticipating_ervoor, compass_phrases, name_subjects, relabel_perfects, possessive_apostrophes))
    for verb in words:
        relation = (verb.deprel or "").split(":")[0]
        if not verb.head or relation not in ("aux", "cop"):
            continue
        head = words[verb.head - 1]
        possessive = verb.lemma == "hebben" and verb.upos == "AUX" and head.upos in NOMINAL
        copula = relation == "cop" and verb.lemma not in ("zijn", "hebben")
        becomes = verb.deprel == "aux:pass" and verb.lemma == "worden" and head.upos in NOMINAL | {"ADJ"}
        existential = relation == "cop" and _existential(words, verb, head)
        if not (possessive or copula or becomes or existential):
            continue
        # (a possessed noun before "heeft" with no other subject is its subject: "Een politiecommissaris heeft
        # dat gemeld" with "dat" read as a conjunction)
        subject = possessive and head.id < verb.id and not any(
            w.head == head.id and (w.deprel or "").startswith("nsubj") for w in words)
        _promote(words, verb, head, "nsubj" if existential or subject else "obj" if possessive else "xcomp")
        repairs += 1
    return repairs


def _existential(words: list[Any], verb: Any, head: Any) -> bool:
    """``Er is veel kritiek``: ``zijn`` with ``er`` and a noun phrase that has no subject of its own."""
    if verb.lemma != "zijn" or head.upos not in NOMINAL:
        return False
    children = [w for w in words if w.head == head.id]
    has_er = any((w.text or "").lower() == "er" and w.id < head.id for w in children)
    return has_er and not any((w.deprel or "").startswith(("nsubj", "csubj")) for w in children)


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
            if w.deprel == "nsubj:pass":  # the verb was read as a passive auxiliary
                w.deprel = "nsubj"


def repair_fixed(words: list[Any]) -> int:
    """Rebuild the listed multiword expressions as ``fixed``; the number rebuilt."""
    table = fixed_expressions()
    lengths = sorted({len(k) for k in table}, reverse=True)
    forms = [(w.text or "").lower() for w in words]
    repairs = 0
    i = 0
    while i < len(words):
        n = next((n for n in lengths if i + n <= len(words) and tuple(forms[i:i + n]) in table), 0)
        if n == 0:
            i += 1
            continue
        saved = [(w.head, w.deprel) for w in words]
        if _rebuild(words, i, i + n, table[tuple(forms[i:i + n])]) and _kept_if_tree(words, saved):
            repairs += 1
        i += n
    return repairs


def _rebuild(words: list[Any], start: int, end: int, relation: str) -> bool:
    """Make ``words[start:end]`` one expression headed by its first word; False when nothing changed."""
    first, rest = words[start], words[start + 1:end]
    ids = {w.id for w in words[start:end]}
    if all(w.head == first.id and w.deprel == "fixed" for w in rest):
        return False  # already as the treebank has it
    if relation in FUNCTION_RELATIONS:
        target_id = words[end - 1].head  # "in plaats van X": the word the last one introduces
        if target_id in ids or target_id <= words[end - 1].id:
            return False
        target = words[target_id - 1]
        if target.head in ids:  # X hung from the expression ("plaats"): X takes the expression's place
            carrier = words[target.head - 1]
            while carrier.head in ids:
                carrier = words[carrier.head - 1]
            if carrier.head == target_id:
                return False
            target.head, target.deprel = carrier.head, carrier.deprel
        new_head, new_relation, adopter = target_id, relation, target.id
    else:
        carriers = [w for w in words[start:end] if w.head not in ids]  # what hangs the expression in the tree
        if len({w.head for w in carriers}) != 1:
            return False
        new_head, new_relation, adopter = carriers[0].head, carriers[0].deprel, first.id
        if new_relation == "fixed":
            return False
    for w in words:  # what hung from the expression's later words hangs from the adopter
        if w.head in ids and w.id not in ids and w.id != adopter:
            w.head = adopter
    first.head, first.deprel = new_head, "root" if new_head == 0 else new_relation
    for w in rest:
        w.head, w.deprel = first.id, "fixed"
    return True


def relabel_arguments(words: list[Any]) -> int:
    """Relabel the listed prepositional objects ``obl:arg``, and a passive's ``door`` phrase ``obl:agent``."""
    pairs = oblique_arguments()
    relabelled = 0
    for w in words:
        if w.deprel != "obl" or not w.head:
            continue
        case = next((k for k in words if k.head == w.id and k.deprel == "case"), None)
        if case is None:
            continue
        preposition = (case.lemma or "").lower()
        if preposition == "door" and any(k.head == w.head and k.deprel == "aux:pass" for k in words):
            w.deprel = "obl:agent"  # the agent of a passive ("werd door de rechter afgewezen")
            relabelled += 1
        elif ((words[w.head - 1].lemma or "").lower(), preposition) in pairs:
            w.deprel = "obl:arg"
            relabelled += 1
    return relabelled


@functools.cache
def perfect_participles() -> frozenset[str]:
    """The participles of ``perfect_participles.txt`` (``gestegen``, ``afgetreden``)."""
    return word_list("perfect_participles.txt")


#: A form no Dutch past participle has: one that ends in a letter other than d, t or n (``geel``, ``jaloers``).
_NO_PARTICIPLE = regex.compile(r"[^dtn]$")
#: A present participle (``woedend``, ``kenmerkend``), not a past one of a verb in -enen (``geopend``, ``gezoend``).
_PRESENT_PARTICIPLE = regex.compile(r"^(?!ge|ont).{2,}end$")


def relabel_perfects(words: list[Any]) -> int:
    """Relabel a ``zijn`` parsed as passive that is not one, and its subject.

    With a listed participle (``is gestegen``) ``zijn`` is the perfect
    auxiliary (``aux``); with an adjective or noun (``is bang``) the copula
    (``cop``), which UD Dutch never calls ``aux:pass``.  The subject of the
    head loses its ``:pass`` either way.  A "participle" the tagger made of an
    adjective (``is jaloers``, ``is geel``: a form no past participle has) is
    an adjective, with ``zijn`` (``aux`` or ``aux:pass``) its copula; so is
    ``zijn`` with a present participle (``is woedend``).  Returns the number
    of words relabelled.
    """
    relabelled = 0
    for w in words:
        if w.deprel not in ("aux:pass", "aux") or w.lemma != "zijn" or not w.head:
            continue
        head = words[w.head - 1]
        form = (head.text or "").lower()
        if w.deprel == "aux:pass" and head.upos == "VERB" and form in perfect_participles():
            w.deprel = "aux"
        elif w.deprel == "aux:pass" and head.upos in NOMINAL | {"ADJ"}:
            w.deprel = "cop"
        elif head.upos == "VERB" and _NO_PARTICIPLE.search(form):  # "is jaloers", "is geel": no participle
            head.upos, w.deprel = "ADJ", "cop"
        elif head.upos == "VERB" and _PRESENT_PARTICIPLE.search(form):  # "is woedend", "is kenmerkend"
            w.deprel = "cop"
        else:
            continue
        relabelled += 1
        for k in words:
            if k.head == head.id and k.deprel in ("nsubj:pass", "csubj:pass"):
                k.deprel = k.deprel.split(":")[0]
                relabelled += 1
    return relabelled


def relabel_clauses(words: list[Any]) -> int:
    """Relabel a ``ccomp`` that is an infinitive with ``te`` (``xcomp``) or an adverbial clause (``advcl``), and an
    ``om … te`` clause under a control verb, ``ccomp`` or ``advcl``, ``xcomp``.

    Returns the number of clauses relabelled."""
    relabelled = 0
    for w in words:
        if w.deprel not in ("ccomp", "advcl"):
            continue
        dependents = [k for k in words if k.head == w.id]
        markers = {(k.text or "").lower() for k in dependents if k.deprel == "mark"}
        if w.deprel == "ccomp" and markers == {"te"} \
                and not any((k.deprel or "").startswith("nsubj") for k in dependents):
            w.deprel = "xcomp"  # "besloot te vertrekken": the subject is the head verb's
        elif {"om", "te"} <= markers and _is_control_verb(words[w.head - 1]):
            w.deprel = "xcomp"  # "besloot om te stoppen"
        elif w.deprel == "ccomp" and ({"om", "te"} <= markers or markers & adverbial_conjunctions()):
            w.deprel = "advcl"  # "kwam om te helpen", "vertrok omdat het regende"
        else:
            continue
        relabelled += 1
    return relabelled


DASHES = frozenset({"-", "–"})


#: A year (``1893``, ``2024``), and the second year of a period, also in two digits (``1943 - 44``).
_YEAR = regex.compile(r"1\d{3}|20\d{2}")
_SECOND_YEAR = regex.compile(r"1\d{3}|20\d{2}|\d{2}")


def join_number_ranges(words: list[Any]) -> int:
    """Make ``NUM - NUM`` one expression headed by the first number; the number of ranges joined.

    A period of years (``1893 - 1899``) is a coordination instead, as the
    treebank has it: the second year a ``conj`` of the first, the dash its
    ``punct``."""
    joined = 0
    for first, dash, second in zip(words, words[1:], words[2:], strict=False):
        if dash.text not in DASHES or first.upos != "NUM" or second.upos != "NUM":
            continue
        years = bool(_YEAR.fullmatch(first.text or "") and _SECOND_YEAR.fullmatch(second.text or ""))
        relation, dash_head = ("conj", second.id) if years else ("fixed", first.id)
        if dash.head == dash_head and second.head == first.id and second.deprel == relation \
                and dash.deprel == ("punct" if years else "fixed"):
            continue
        saved = [(w.head, w.deprel) for w in words]
        _take_place(words, first, dash, second)  # the first number takes the range's place
        dash.head, dash.deprel = dash_head, "punct" if years else "fixed"
        second.head, second.deprel = first.id, relation
        if _kept_if_tree(words, saved):
            dash.upos = "PUNCT" if years else "SYM"
            joined += 1
    return joined


#: A number as a word or with a sign after it (``25.000``, ``90%``).
_NUMBER = regex.compile(r"\d[\d.,]*%?")


def comparative_numbers(words: list[Any]) -> int:
    """Hang ``meer dan`` / ``minder dan`` before a number from the number; the number of phrases rebuilt.

    UD Dutch makes ``meer`` an ``amod`` (PRON) of the number and ``dan`` its
    ``fixed`` part (in 24 of the training parts' 26, the others ``nmod``);
    the parser reads ``dan`` as a conjunction and ``meer`` as an adverb of
    the noun or verb.
    """
    rebuilt = 0
    for comparative, than, number in zip(words, words[1:], words[2:], strict=False):
        if (comparative.text or "").lower() not in ("meer", "minder") or than.text != "dan" \
                or not _NUMBER.fullmatch(number.text or ""):
            continue
        if comparative.head == number.id and than.head == comparative.id and than.deprel == "fixed":
            continue
        saved = [(w.head, w.deprel) for w in words]
        _take_place(words, number, comparative, than)  # the number takes the phrase's place
        comparative.head, comparative.deprel = number.id, "amod"
        than.head, than.deprel = comparative.id, "fixed"
        if _kept_if_tree(words, saved):
            comparative.upos = "PRON"
            rebuilt += 1
    return rebuilt


@functools.cache
def intensifiers() -> frozenset[str]:
    """The adverbs of degree of ``degree_adverbs.txt`` (``zeer``, ``heel``)."""
    return word_list("degree_adverbs.txt")


def degree_adverbs(words: list[Any]) -> int:
    """Hang an adverb of degree from the adjective or adverb right after it (``zeer groot``, ``veel lager``);
    the number moved.

    UD Dutch makes it that word's ``advmod``: the words of
    ``degree_adverbs.txt`` before any adjective or adverb (86 of 86 times in
    the training parts and the dev split), ``veel`` and ``nog`` before a
    comparative (every time in the training parts; the 2017 part calls
    ``veel`` an ``obl`` four times).  The parser often hangs them from the
    noun after the adjective, or reads ``veel`` as its article.
    """
    moved = 0
    for adverb, comparative in itertools.pairwise(words):
        form = (adverb.text or "").lower()
        degree = form in intensifiers() or (form in ("veel", "nog") and "Degree=Cmp" in (comparative.feats or ""))
        if not degree or comparative.upos not in ("ADJ", "ADV") \
                or (adverb.head == comparative.id and adverb.deprel == "advmod"):
            continue
        saved = [(w.head, w.deprel) for w in words]
        _take_place(words, comparative, adverb)
        adverb.head, adverb.deprel = comparative.id, "advmod"
        if _kept_if_tree(words, saved):
            if form in ("veel", "nog"):  # (the intensifiers keep their tag: `heel` and `erg` are ADJ in UD Dutch)
                adverb.upos = "ADV"
            moved += 1
    return moved


def niet_meer(words: list[Any]) -> int:
    """Hang ``meer`` in ``niet meer`` ("no longer") from ``niet`` as its ``advmod``; the number moved.

    So in 16 of the training parts' 18 (the 2017 part: ``amod``), and every
    time in the dev split.  Not before a noun, a number, an adjective or
    ``dan`` (``niet meer geld``, ``niet meer dan twee``), where ``meer`` is a
    quantity.
    """
    moved = 0
    for k, (niet, meer) in enumerate(itertools.pairwise(words)):
        if (niet.text or "").lower() != "niet" or (meer.text or "").lower() != "meer" \
                or (meer.head == niet.id and meer.deprel == "advmod") or niet.head == meer.id:
            continue
        after = words[k + 2] if k + 2 < len(words) else None
        if after is not None and (after.upos in ("NOUN", "PROPN", "NUM", "ADJ") or (after.text or "").lower() == "dan"):
            continue
        saved = [(w.head, w.deprel) for w in words]
        for w in words:
            if w.head == meer.id:
                w.head = niet.id
        meer.head, meer.deprel = niet.id, "advmod"
        moved += _kept_if_tree(words, saved)
    return moved


def zowel_als(words: list[Any]) -> int:
    """Make ``zowel X als Y`` a coordination: ``Y`` a ``conj`` of ``X``; the number of coordinations rebuilt.

    ``X`` is the word the parser hung ``zowel`` from, ``Y`` the word it hung
    ``als`` from.  UD Dutch makes ``als`` the ``cc`` of ``Y`` (25 times in the
    training parts, 4 times ``mark``) and ``zowel`` the ``cc:preconj`` of
    ``X``; the parser reads ``als`` as a conjunction opening a clause and
    hangs ``Y`` elsewhere.
    """
    rebuilt = 0
    for both in words:
        if (both.text or "").lower() != "zowel" or not both.head:
            continue
        als = next((w for w in words[both.id:] if (w.text or "").lower() == "als"), None)
        if als is None or not als.head or als.head <= als.id:
            continue
        first, second = words[both.head - 1], words[als.head - 1]
        if first.id > als.id or first is second:
            continue
        if second.head == first.id and second.deprel == "conj" and als.deprel == "cc":
            continue
        saved = [(w.head, w.deprel) for w in words]
        second.head, second.deprel = first.id, "conj"
        als.deprel, both.deprel = "cc", "cc:preconj"
        rebuilt += _kept_if_tree(words, saved)
    return rebuilt


@functools.cache
def verb_particles() -> frozenset[str]:
    """The particles of ``verb_particles.txt`` (``terug``, ``vooruit``)."""
    return word_list("verb_particles.txt")


def relabel_particles(words: list[Any]) -> int:
    """Make an adverb of ``verb_particles.txt`` hung from a verb as ``advmod`` its ``compound:prt``
    (``ging er vooruit``); the number relabelled."""
    relabelled = 0
    for w in words:
        if w.deprel == "advmod" and w.head and w.upos in ("ADV", "ADJ", "ADP") \
                and (w.text or "").lower() in verb_particles() and words[w.head - 1].upos == "VERB":
            w.deprel = "compound:prt"
            relabelled += 1
    return relabelled


@functools.cache
def predicative_verbs() -> frozenset[str]:
    """The verbs of ``predicative_verbs.txt`` (``worden``, ``raken``)."""
    return word_list("predicative_verbs.txt")


def relabel_predicates(words: list[Any]) -> int:
    """Make an adjective hung as ``advmod`` from a verb of ``predicative_verbs.txt`` its ``xcomp``
    (``raakte geblesseerd``), where the verb has no other ``xcomp`` or ``ccomp``; the number relabelled."""
    relabelled = 0
    for w in words:
        if w.upos != "ADJ" or w.deprel != "advmod" or not w.head:
            continue
        verb = words[w.head - 1]
        if verb.upos != "VERB" or verb.lemma not in predicative_verbs() or any(
                x.head == verb.id and x.deprel in ("xcomp", "ccomp") for x in words):
            continue
        w.deprel = "xcomp"
        relabelled += 1
    return relabelled


#: Quantifiers the 2017 part calls a PRON ``nmod`` of their noun, and today's parts an ADV ``amod``.
QUANTIFIERS = frozenset({"vele", "meeste"})


def relabel_quantifiers(words: list[Any]) -> int:
    """Make ``vele`` / ``meeste`` before their noun an ADV ``amod`` (``vele leden``); the number relabelled.

    The 2017 part of the training data has them as a PRON ``nmod`` (41 times),
    today's parts as an ADV ``amod`` (14 times, and every time in the dev
    split); the parser learned the older reading.
    """
    relabelled = 0
    for w in words:
        if (w.text or "").lower() in QUANTIFIERS and w.head > w.id and w.deprel in ("nmod", "nmod:poss", "det") \
                and words[w.head - 1].upos in ("NOUN", "PROPN"):
            w.upos, w.deprel = "ADV", "amod"
            relabelled += 1
    return relabelled


def anticipating_ervoor(words: list[Any]) -> int:
    """Hang ``ervoor`` in ``ervoor zorgen dat …`` from the verb of the ``dat`` clause (``case``); 1 if moved.

    Today's annotation of UD Dutch attaches the pronominal adverb that
    announces the clause to the clause's verb as ``case`` (in the one such
    sentence of the training parts annotated today, and in all five of the
    dev split); the 2017 part makes it an ``obl`` of ``zorgen`` (six times),
    and the parser hangs it from ``zorgen``.
    """
    moved = 0
    for adverb in words:
        if (adverb.text or "").lower() != "ervoor" or not adverb.head or words[adverb.head - 1].lemma != "zorgen":
            continue
        verb = adverb.head
        clause = next((c for c in words if c.head == verb and c.id > adverb.id
                       and any(m.head == c.id and m.deprel == "mark" and (m.text or "").lower() == "dat"
                               for m in words)), None)
        if clause is None:
            continue
        saved = [(w.head, w.deprel) for w in words]
        adverb.head, adverb.deprel = clause.id, "case"
        moved += _kept_if_tree(words, saved)
    return moved


@functools.cache
def nominative() -> frozenset[str]:
    """Pronouns that are subjects wherever they stand: those of ``subject_pronouns.txt``, ``u`` and ``men``."""
    return subject_pronouns() | {"u", "men"}


CONJUNCTIONS = frozenset({"en", "maar", "of", "want", "dus"})


def relabel_shared_subjects(words: list[Any]) -> int:
    """In ``X waarschuwt …, en raadde de partij aan …`` the second verb shares X as its subject (it follows the
    conjunction with nothing before it), so a noun phrase the parser made its subject after it is its object.

    Returns the number of words relabelled."""
    relabelled = 0
    for verb in words:
        if verb.deprel != "conj" or verb.upos not in ("VERB", "AUX") or "VerbForm=Fin" not in (verb.feats or ""):
            continue
        before = verb.id - 1
        while before >= 1 and words[before - 1].upos == "PUNCT":
            before -= 1
        conjunction = words[before - 1] if before >= 1 else None
        if conjunction is None or (conjunction.text or "").lower() not in CONJUNCTIONS \
                or conjunction.head != verb.id:
            continue
        if not any(k.head == verb.head and (k.deprel or "").startswith("nsubj") and k.id < verb.head for k in words):
            continue  # the first verb has no subject before it to share
        for k in words:
            if k.head == verb.id and k.deprel == "nsubj" and k.id > verb.id and k.upos in ("NOUN", "PROPN", "PRON") \
                    and (k.text or "").lower() not in nominative():
                k.deprel = "obj"
                relabelled += 1
    return relabelled


def relabel_times(words: list[Any]) -> int:
    """Relabel a time phrase without a preposition (``won donderdag``, ``scoorde twee keer``) ``obl``.

    The parser made it the verb's object, or a second subject; returns the number relabelled."""
    relabelled = 0
    nouns = time_nouns()
    for w in words:
        if not w.head or w.upos not in ("NOUN", "PROPN") or (w.text or "").lower() not in nouns:
            continue
        verb = words[w.head - 1]
        if verb.upos not in ("VERB", "AUX", "ADJ") or any(k.head == w.id and k.deprel == "case" for k in words):
            continue
        second_subject = w.deprel in ("nsubj", "nsubj:pass") and any(
            k.head == verb.id and k.id != w.id and (k.deprel or "").startswith(("nsubj", "expl")) for k in words)
        if w.deprel == "obj" or second_subject:
            w.deprel = "obl"
            relabelled += 1
    return relabelled


APOSTROPHES = frozenset({"'", "’"})


def possessive_apostrophes(words: list[Any]) -> int:
    """Hang a name written with a possessive apostrophe from the noun after it (``Wilders’ woordvoerder``).

    UD Dutch has ``Perkamentus'`` as one word, the ``nmod:poss`` of the noun
    after it; the tokenizer splits the apostrophe off, and the parser then
    reads the name as the subject and the noun as its apposition.  Returns the
    number of names moved."""
    moved = 0
    for owner, mark, noun in zip(words, words[1:], words[2:], strict=False):
        if mark.text not in APOSTROPHES or owner.upos not in ("PROPN", "NOUN") or not owner.text[:1].isupper() \
                or owner.text[-1:].lower() not in ("s", "x", "z") or noun.upos not in ("NOUN", "PROPN") \
                or (owner.end_char is not None and owner.end_char != mark.start_char):
            continue
        if owner.head == noun.id and owner.deprel == "nmod:poss":
            continue
        saved = [(w.head, w.deprel) for w in words]
        if noun.head in (owner.id, mark.id):  # the noun hung from the name: it takes the name's place
            noun.head, noun.deprel = owner.head, owner.deprel
        for w in words:
            if w.head == owner.id and w.id > noun.id:
                w.head = noun.id
        owner.head, owner.deprel = noun.id, "nmod:poss"
        mark.head, mark.deprel = owner.id, "punct"
        moved += _kept_if_tree(words, saved)
    return moved


def relabel_reflexives(words: list[Any]) -> int:
    """Relabel ``zich`` parsed as an object ``expl:pv``; the number relabelled."""
    relabelled = 0
    for w in words:
        if w.deprel == "obj" and (w.text or "").lower() == "zich":
            w.deprel = "expl:pv"
            relabelled += 1
    return relabelled


def flatten_names(words: list[Any]) -> int:
    """Hang every later part of a name from its first (``flat``), where the parser chained them; the number moved.

    UD attaches all non-first words of a ``flat`` name to the first
    (``Jan Peter Balkenende``: both to ``Jan``); a ``flat`` word hung from a
    ``flat`` word before it moves up to that word's own head, which keeps the
    tree a tree.
    """
    moved = 0
    for w in words:
        head = words[w.head - 1] if w.deprel == "flat" and w.head and w.head < w.id else None
        while head is not None and head.deprel == "flat" and head.head and head.head < head.id:
            w.head = head.head
            head = words[w.head - 1]
            moved += 1
    return moved


def hyphen_names(words: list[Any]) -> int:
    """Hang the name after ``kabinet-Van`` from it as ``flat``; the number of names hung.

    The tokenizer keeps ``kabinet-Van Agt`` as two words, and UD Dutch makes
    the second a ``flat`` part of the first; the parser reads it as an
    apposition, a conjunct or the head.
    """
    hung = 0
    for particle, name in itertools.pairwise(words):
        if not is_hyphenated_particle(particle.text or "") or not (name.text or "")[:1].isupper() \
                or name.upos not in ("PROPN", "NOUN", "ADJ") or (name.head == particle.id and name.deprel == "flat"):
            continue
        saved = [(w.head, w.deprel) for w in words]
        if particle.head == name.id:  # the name was read as the head: the particle takes its place
            _take_place(words, particle, name)
        name.head, name.deprel = particle.id, "flat"
        hung += _kept_if_tree(words, saved)
    return hung


def ministry_names(words: list[Any]) -> int:
    """Make a ministry's name (``Binnenlandse Zaken``, ``Economische Zaken``) a name headed by its first word;
    the number rebuilt.

    UD Dutch annotates a multiword name as its first word with the rest as
    ``flat`` (the dev split has all twelve such ministries so); the parser
    reads the adjective as an ``amod`` of ``Zaken``.
    """
    rebuilt = 0
    for adjective, name in itertools.pairwise(words):
        if name.text != "Zaken" or not (adjective.text or "")[:1].isupper() or adjective.upos != "ADJ" \
                or adjective.head != name.id:
            continue
        saved = [(w.head, w.deprel) for w in words]
        _take_place(words, adjective, name)
        name.head, name.deprel = adjective.id, "flat"
        rebuilt += _kept_if_tree(words, saved)
    return rebuilt


def attach_dash(words: list[Any]) -> int:
    """Hang a sentence's only dash between two words from the head of the phrase after it; 1 if moved.

    That head is the highest word above the next word whose subtree lies
    wholly after the dash (UD attaches punctuation to the phrase it sets off).
    """
    dashes = [w for w in words if w.text in DASHES | {"—"} and w.upos == "PUNCT"]
    if len(dashes) != 1:
        return 0
    dash = dashes[0]
    before = [w for w in words[:dash.id - 1] if w.upos != "PUNCT"]
    after = [w for w in words[dash.id:] if w.upos != "PUNCT"]
    if not before or not after:
        return 0
    lowest = {w.id: w.id for w in words}  # each word's leftmost descendant (punctuation aside)
    for w in words:
        x, steps = w, 0
        while x.head and x.upos != "PUNCT" and steps <= len(words):
            lowest[x.head] = min(lowest[x.head], w.id)
            x, steps = words[x.head - 1], steps + 1
    top = after[0]
    while top.head and lowest[top.head] > dash.id:
        top = words[top.head - 1]
    if dash.head == top.id or dash.id == top.head:
        return 0
    saved = [(w.head, w.deprel) for w in words]
    dash.head, dash.deprel = top.id, "punct"
    return int(_kept_if_tree(words, saved))


def pair_brackets(words: list[Any]) -> int:
    """Hang a closing bracket from the head of its opening bracket; the number moved.

    UD attaches both brackets to the head of the phrase between them; the
    parser gets the opening one right far more often (on dev with gold
    tokens, moving the closing one fixes 62 heads and breaks 10).
    """
    moved = 0
    opened: list[Any] = []
    for w in words:
        if w.text == "(":
            opened.append(w)
        elif w.text == ")" and opened:
            first = opened.pop()
            if w.head != first.head and first.head != w.id and not any(x.head == w.id for x in words):
                w.head = first.head
                moved += 1
    return moved


#: Particles that open a surname at the start of a sentence (``Van Weel``, ``Ter Horst``, ``Ten Hoopen``).
SURNAME_PARTICLES = frozenset({"Van", "Ter", "Ten"})


def name_subjects(words: list[Any]) -> int:
    """Make ``Van Weel`` at the start of a sentence the subject its verb lacks; 1 if repaired, else 0.

    The parser reads the particle as a preposition (``case``) and the name as
    an ``obl`` of the verb after it.  With no other subject on that verb, the
    particle becomes the name's head (``PROPN``) and the verb's ``nsubj``
    (``nsubj:pass`` with a passive auxiliary), the rest of the name its
    ``flat``; the name's other dependents move to the particle.
    """
    first = next((n for n, w in enumerate(words) if w.upos != "PUNCT"), None)
    if first is None or first + 2 >= len(words):
        return 0
    particle, name = words[first], words[first + 1]
    if not (particle.text in SURNAME_PARTICLES and particle.deprel == "case" and particle.head == name.id
            and name.text[:1].isupper() and name.upos == "PROPN" and name.deprel == "obl"
            and name.head > name.id):
        return 0
    verb = words[name.head - 1]
    if verb.upos not in ("VERB", "AUX"):
        return 0
    children = [w for w in words if w.head == verb.id]
    # (an infinitive parsed as the subject is the verb's complement: "Ter Horst liet weten …" with "weten" nsubj)
    infinitives = [w for w in children if (w.deprel or "").startswith("nsubj") and w.upos == "VERB"
                   and w.id > verb.id and (w.text or "").endswith("en")]
    if any((w.deprel or "").startswith(("nsubj", "csubj", "expl")) for w in children if w not in infinitives):
        return 0
    for w in infinitives:
        w.deprel = "xcomp"
    passive = any(w.deprel == "aux:pass" for w in children)
    particle.upos, particle.head, particle.deprel = "PROPN", verb.id, "nsubj:pass" if passive else "nsubj"
    for w in words:
        if w.head == name.id and w is not particle:
            w.head = particle.id
    name.head, name.deprel = particle.id, "flat"
    return 1


def _take_place(words: list[Any], word: Any, *old: Any) -> None:
    """Give ``word`` the other dependents of the words ``old``, and, where it hangs from one of them, that one's
    place in the tree; the caller then hangs the ``old`` words from ``word``."""
    ids = {o.id for o in old}
    while word.head in ids:
        top = words[word.head - 1]
        word.head, word.deprel = top.head, top.deprel
    for w in words:
        if w.head in ids and w.id not in ids and w is not word:
            w.head = word.id


def _kept_if_tree(words: list[Any], saved: list[tuple[int, str]]) -> bool:
    """Whether ``words`` still form a tree; if not, their (head, relation) pairs go back to ``saved``."""
    if _is_tree(words):
        return True
    for w, (head, deprel) in zip(words, saved, strict=True):
        w.head, w.deprel = head, deprel
    return False


def _is_tree(words: list[Any]) -> bool:
    """One root, and every word reaches it."""
    if sum(1 for w in words if w.head == 0) != 1:
        return False
    for w in words:
        seen = 0
        h = w.head
        while h != 0:
            seen += 1
            if seen > len(words):
                return False
            h = words[h - 1].head
    return True


def tag_auxiliaries(words: list[Any]) -> int:
    """Make a verb ``AUX`` exactly when it is attached as ``aux``, ``aux:pass`` or ``cop`` (as UD Dutch has it,
    in all but 64 of 15,359 training verbs), else ``VERB``; the number changed.

    For a parser that reads AUX and VERB as one tag (see ``docs/models.md``), the parse, not the tagger, decides
    which a verb is."""
    changed = 0
    for w in words:
        if w.upos in ("AUX", "VERB"):
            tag = "AUX" if (w.deprel or "").split(":")[0] in ("aux", "cop") else "VERB"
            if tag != w.upos:
                w.upos = tag
                changed += 1
    return changed


@register_processor(NAME)
class TreeRepairProcessor(RuleProcessor):
    """Runs :func:`repair_sentence` on every sentence of a parsed document, and :func:`tag_auxiliaries` where the
    parser reads AUX as VERB (the ``aux_from_relations`` option, set by :func:`quoteattr.load_pipeline` from the
    models' ``metadata.json``)."""

    PROVIDES_DEFAULT = frozenset({NAME})
    REQUIRES_DEFAULT = frozenset({"depparse"})

    def process(self, doc: Any) -> Any:
        retag = bool(self._config.get("aux_from_relations"))
        for sentence in doc.sentences:
            if repair_sentence(sentence.words):
                sentence.build_dependencies()
            if retag:
                tag_auxiliaries(sentence.words)
        return doc
