"""Tests for scripts/harmonize_ud.py: the 2017 training part in today's UD Dutch conventions."""

from __future__ import annotations

import pytest
from conftest import load_script

hz = load_script("harmonize_ud")


def rows(table: str) -> list[list[str]]:
    """Token rows from 'form lemma UPOS head deprel' lines (ids in order)."""
    out = []
    for i, line in enumerate(table.strip().splitlines(), 1):
        form, lemma, upos, head, deprel = line.split()
        out.append([str(i), form, lemma, upos, "_", "_", head, deprel, "_", "_"])
    return out


def view(sentence: list[list[str]]) -> list[tuple[str, str, int, str]]:
    return [(r[hz.FORM], r[hz.UPOS], int(r[hz.HEAD]), r[hz.DEPREL]) for r in sentence]


# 2017 style: `werd` is the copula of `voorzitter`, the party name a fixed group.
COPULA_AND_NAME = rows("""
Zij zij PRON 5 nsubj
werd worden AUX 5 cop
in in ADP 4 case
2019 2019 NUM 5 obl
voorzitter voorzitter NOUN 0 root
van van ADP 8 case
de de DET 8 det
Friese Fries ADJ 5 nmod
Volksbond volksbond NOUN 8 fixed
. . PUNCT 5 punct
""")


# 2017 style: a title of a work as a fixed group.
TITLE = """
Ze ze PRON 2 nsubj
las lezen VERB 0 root
De de DET 2 obj
vrouw vrouw NOUN 3 fixed
in in ADP 3 fixed
het het DET 3 fixed
Bos bos NOUN 3 fixed
"""


def test_a_copula_other_than_zijn_heads_its_clause_with_the_predicate_as_xcomp():
    out = view(hz.harmonize(COPULA_AND_NAME))
    assert out[1] == ("werd", "VERB", 0, "root")
    assert out[4] == ("voorzitter", "NOUN", 2, "xcomp")
    assert out[0] == ("Zij", "PRON", 2, "nsubj")  # clause dependents move to the verb
    assert out[3][2:] == (2, "obl")
    assert out[9][2:] == (2, "punct")
    assert out[7][2:] == (5, "nmod")  # nominal ones stay with the predicate


def test_a_multiword_name_becomes_proper_nouns_joined_by_flat():
    out = view(hz.harmonize(COPULA_AND_NAME))
    assert out[7] == ("Friese", "PROPN", 5, "nmod")
    assert out[8] == ("Volksbond", "PROPN", 8, "flat")
    assert out[5][1] == "ADP" and out[6][1] == "DET"  # its case and determiner are no part of it


def test_the_input_is_not_changed_and_the_output_is_one_tree():
    before = [r[:] for r in COPULA_AND_NAME]
    out = hz.harmonize(COPULA_AND_NAME)
    assert before == COPULA_AND_NAME
    heads = {int(r[0]): int(r[6]) for r in out}
    assert sum(h == 0 for h in heads.values()) == 1
    for start in heads:
        seen, node = set(), start
        while node:
            assert node not in seen
            seen.add(node)
            node = heads[node]


def test_zijn_stays_the_copula():
    sentence = rows("""
Het het PRON 3 nsubj
is zijn AUX 3 cop
koud koud ADJ 0 root
""")
    assert view(hz.harmonize(sentence)) == view(sentence)


@pytest.mark.parametrize(("table", "expected"), [
    # A title of a work opening with an article keeps its words' own tags.
    (TITLE, ["PRON", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"]),
    # A lowercase fixed expression is no name.
    ("""
Onder onder ADP 3 case
andere ander ADJ 1 fixed
boeren boer NOUN 0 root
""", ["ADP", "ADJ", "NOUN"]),
    # `als` is a subordinating conjunction, ordinals are adjectives.
    ("""
als als ADP 2 mark
tweede twee NUM 4 amod
en en CCONJ 4 cc
21ste 21 NUM 2 conj
""", ["SCONJ", "ADJ", "CCONJ", "ADJ"]),
    # Brackets inside a name are symbols, as today (the 2017 file wrote `flat:name`).
    ("""
A. A. PROPN 0 root
( ( PUNCT 1 flat:name
Anna Anna PROPN 1 flat:name
) ) PUNCT 1 flat:name
Smit Smit PROPN 1 flat:name
""", ["PROPN", "SYM", "PROPN", "SYM", "PROPN"]),
])
def test_word_level_rules(table, expected):
    assert [r[hz.UPOS] for r in hz.harmonize(rows(table))] == expected


def test_a_title_is_flat_but_keeps_its_tags_and_a_sentence_opening_expression_stays_fixed():
    title = hz.harmonize(rows(TITLE))
    assert [r[hz.DEPREL] for r in title[3:]] == ["flat"] * 4
    assert [r[hz.UPOS] for r in title[2:]] == ["DET", "NOUN", "ADP", "DET", "NOUN"]
    expression = hz.harmonize(rows("""
Ten te ADP 4 case
opzichte opzicht NOUN 1 fixed
van van ADP 1 fixed
vroeger vroeger ADV 5 obl
groeide groeien VERB 0 root
"""))
    assert [r[hz.DEPREL] for r in expression[1:3]] == ["fixed", "fixed"]


def test_an_ordinal_is_an_adjectival_modifier():
    out = hz.harmonize(rows("""
de de DET 3 det
derde drie NUM 3 nummod
ronde ronde NOUN 0 root
"""))
    assert (out[1][hz.UPOS], out[1][hz.DEPREL]) == ("ADJ", "amod")


def test_the_learned_table_keeps_only_changes_that_repeat():
    old = rows("""
meer veel PRON 2 advmod
weten weten VERB 0 root
""")
    new = rows("""
meer veel ADV 2 advmod
weten weten VERB 0 root
""")
    once = hz.learn_table([(old, new)])
    assert once == {}  # seen once: not enough
    twice = hz.learn_table([(old, new), (old, new)])
    assert twice == {("meer", "PRON", "advmod"): "ADV"}
    assert hz.harmonize(old, twice)[0][hz.UPOS] == "ADV"
    split = hz.learn_table([(old, new), (old, new), (old, old)])
    assert split == {}  # two of three is under the 75 % needed


@pytest.mark.parametrize(("table", "relabelled"), [
    # "Het bestuur besloot te stoppen.": a te-infinitive without a subject is an xcomp
    ("""
Het het DET 2 det
bestuur bestuur NOUN 3 nsubj
besloot besluiten VERB 0 root
te te ADP 5 mark
stoppen stoppen VERB 3 ccomp
""", {"stoppen": "xcomp"}),
    # "Hij kwam om te helpen.": an om … te clause is adverbial
    ("""
Hij hij PRON 2 nsubj
kwam komen VERB 0 root
om om ADP 5 mark
te te ADP 5 mark
helpen helpen VERB 2 ccomp
""", {"helpen": "advcl"}),
    # "Dat het misgaat, is duidelijk.": a clause that is the subject is a csubj
    ("""
Dat dat SCONJ 3 mark
het het PRON 3 nsubj
misgaat misgaan VERB 5 nsubj
is zijn AUX 5 cop
duidelijk duidelijk ADJ 0 root
""", {"misgaat": "csubj"}),
    # "Hij zei dat het misgaat.": a dat-clause complement stays a ccomp
    ("""
Hij hij PRON 2 nsubj
zei zeggen VERB 0 root
dat dat SCONJ 5 mark
het het PRON 5 nsubj
misgaat misgaan VERB 2 ccomp
""", {}),
])
def test_clauses_are_labelled_as_today(table, relabelled):
    before = rows(table)
    after = hz.harmonize(before)
    changed = {a[hz.FORM]: a[hz.DEPREL] for a, b in zip(after, before, strict=True) if a[hz.DEPREL] != b[hz.DEPREL]}
    assert changed == relabelled
