"""Tests for quoteattr.tree_repair: parses UD Dutch never has, rewritten as the treebank has them."""

from __future__ import annotations

import pytest
from conftest import needs_models
from stanza.models.common.doc import Document

from quoteattr.tree_repair import repair_sentence


def sentence(table: str):
    """The words of a one-sentence stanza Document from 'form lemma UPOS head deprel' lines."""
    rows = [line.split() for line in table.strip().splitlines()]
    doc = Document([[{"id": i, "text": form, "lemma": lemma, "upos": upos, "head": int(head), "deprel": deprel}
                     for i, (form, lemma, upos, head, deprel) in enumerate(rows, 1)]])
    return doc.sentences[0].words


def view(words) -> list[tuple[str, str, int, str]]:
    return [(w.text, w.upos, w.head, w.deprel) for w in words]


def test_hebben_as_the_auxiliary_of_a_noun_becomes_the_verb_with_the_noun_as_object():
    # `Vorige week heeft de club een nieuwe trainer.` parsed as if `heeft` were an auxiliary
    words = sentence("""
Vorige vorig ADJ 2 amod
week week NOUN 8 obl
heeft hebben AUX 8 aux
de de DET 5 det
club club NOUN 8 nsubj
een een DET 8 det
nieuwe nieuw ADJ 8 amod
trainer trainer NOUN 0 root
. . PUNCT 8 punct
""")
    assert repair_sentence(words) == 1
    assert view(words) == [
        ("Vorige", "ADJ", 2, "amod"),
        ("week", "NOUN", 3, "obl"),  # clause dependents move to the verb
        ("heeft", "VERB", 0, "root"),
        ("de", "DET", 5, "det"),
        ("club", "NOUN", 3, "nsubj"),
        ("een", "DET", 8, "det"),  # the object's own words stay
        ("nieuwe", "ADJ", 8, "amod"),
        ("trainer", "NOUN", 3, "obj"),
        (".", "PUNCT", 3, "punct"),
    ]


def test_a_copula_other_than_zijn_becomes_the_verb_with_the_predicate_as_xcomp():
    words = sentence("""
Zij zij PRON 3 nsubj
bleef blijven AUX 3 cop
voorzitter voorzitter NOUN 0 root
. . PUNCT 3 punct
""")
    assert repair_sentence(words) == 1
    assert view(words) == [("Zij", "PRON", 2, "nsubj"), ("bleef", "VERB", 0, "root"),
                           ("voorzitter", "NOUN", 2, "xcomp"), (".", "PUNCT", 2, "punct")]


def test_a_repaired_clause_keeps_its_place_under_its_own_head():
    # `..., zegt hij, die de leiding heeft.`: the relative clause's verb takes the noun's place
    words = sentence("""
hij hij PRON 0 root
, , PUNCT 5 punct
die die PRON 5 nsubj
de de DET 5 det
leiding leiding NOUN 1 acl:relcl
heeft hebben AUX 5 aux
""")
    repair_sentence(words)
    assert view(words)[4:] == [("leiding", "NOUN", 6, "obj"), ("heeft", "VERB", 1, "acl:relcl")]
    assert (words[1].head, words[2].head) == (6, 6)  # the comma and the subject move to the verb


@pytest.mark.parametrize("table", [
    # the perfect auxiliary of a verb
    """
Ze ze PRON 3 nsubj
heeft hebben AUX 3 aux
gewonnen winnen VERB 0 root
""",
    # zijn is the copula
    """
Het het PRON 3 nsubj
is zijn AUX 3 cop
laat laat ADJ 0 root
""",
    # hebben already the verb
    """
Ze ze PRON 2 nsubj
heeft hebben VERB 0 root
gelijk gelijk NOUN 2 obj
""",
])
def test_trees_that_follow_the_treebank_are_left_alone(table):
    words = sentence(table)
    before = view(words)
    assert repair_sentence(words) == 0
    assert view(words) == before


@needs_models
def test_the_bundled_pipeline_ends_with_the_repair_unless_asked_not_to():
    from quoteattr.nlp import TREE_REPAIR, load_pipeline

    assert TREE_REPAIR in load_pipeline().processors
    assert TREE_REPAIR not in load_pipeline(repair_trees=False).processors
    assert TREE_REPAIR not in load_pipeline(processors="tokenize,pos").processors
