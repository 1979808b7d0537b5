"""Tests for quoteattr.verb_repair: auxiliaries the parse shows to be main verbs, and the second parse."""

from __future__ import annotations

import pytest
from conftest import needs_models
from trees import sentence

from quoteattr.verb_repair import main_verb_phrases, relative_words, verb_tags

# (first parse as `form lemma UPOS head deprel [feats]` lines, the tags verb_tags changes: word id → UPOS)
CASES = {
    "existential zijn with er before it": ("""
Er er ADV 4 advmod
zijn zijn AUX 4 cop
grote groot ADJ 4 amod
zorgen zorg NOUN 0 root
. . PUNCT 4 punct
""", {2: "VERB"}),
    "existential zijn with er after it": ("""
Gisteren gisteren ADV 4 advmod
was zijn AUX 4 cop
er er ADV 4 advmod
onrust onrust NOUN 0 root
. . PUNCT 4 punct
""", {2: "VERB"}),
    "a relative clause's verb leaves the existential zijn a verb": ("""
Er er ADV 3 advmod
zijn zijn AUX 3 cop
zorgen zorg NOUN 0 root
die die PRON 6 nsubj
vaak vaak ADV 6 advmod
terugkomen terugkomen VERB 3 acl:relcl
. . PUNCT 3 punct
""", {2: "VERB"}),
    "a verb before a main clause's zijn is not its own": ("""
Na na ADP 4 case
het het DET 4 det
gestelde stellen VERB 4 amod
ultimatum ultimatum NOUN 8 obl
zijn zijn AUX 8 cop
er er ADV 8 advmod
veel veel PRON 8 det
protesten protest NOUN 0 root
. . PUNCT 8 punct
""", {5: "VERB"}),
    "er with a participle: zijn stays the auxiliary": ("""
Er er ADV 4 advmod
is zijn AUX 4 aux
gestemd stemmen VERB 0 root VerbForm=Part
. . PUNCT 4 punct
""", {}),
    "er with a participle before zijn in a subordinate clause": ("""
omdat omdat SCONJ 3 mark
er er ADV 3 advmod
gestemd stemmen VERB 0 root VerbForm=Part
is zijn AUX 3 aux
""", {}),
    "laten is a verb": ("""
De de DET 2 det
minister minister NOUN 6 nsubj
laat laten AUX 6 aux
de de DET 5 det
Kamer kamer NOUN 6 obj
weten weten VERB 0 root
. . PUNCT 6 punct
""", {3: "VERB"}),
    "te laat is no form of laten": ("""
Het het PRON 4 nsubj
is zijn AUX 4 cop
te te ADV 4 advmod
laat laten AUX 0 root
. . PUNCT 4 punct
""", {}),
    "zijn ending a sentence before a colon": ("""
De de DET 2 det
kandidaten kandidaat NOUN 3 nsubj
zijn zijn AUX 0 root
: : PUNCT 3 punct
""", {3: "VERB"}),
    "zijn van plan": ("""
Ze ze PRON 4 nsubj
is zijn AUX 4 cop
van van ADP 4 case
plan plan NOUN 0 root
te te ADP 6 mark
stoppen stoppen VERB 4 xcomp
. . PUNCT 4 punct
""", {2: "VERB"}),
    "zijn with a place is a verb with an oblique": ("""
De de DET 2 det
burgemeester burgemeester NOUN 6 nsubj
was zijn AUX 6 cop
gisteren gisteren ADV 6 advmod
in in ADP 6 case
Brussel Brussel PROPN 0 root
. . PUNCT 6 punct
""", {3: "VERB"}),
    "zijn with a phrase with a determiner": ("""
Veel veel PRON 2 det
leden lid NOUN 6 nsubj
zijn zijn AUX 6 cop
voor voor ADP 6 case
het het DET 6 det
voorstel voorstel NOUN 0 root
. . PUNCT 6 punct
""", {3: "VERB"}),
    "a bare idiom stays the copula's predicate": ("""
Dat dat PRON 5 nsubj
is zijn AUX 5 cop
van van ADP 5 case
groot groot ADJ 5 amod
belang belang NOUN 0 root
. . PUNCT 5 punct
""", {}),
    "hebben of possession": ("""
De de DET 2 det
partij partij NOUN 6 nsubj
heeft hebben AUX 6 aux
een een DET 6 det
nieuwe nieuw ADJ 6 amod
leider leider NOUN 0 root
. . PUNCT 6 punct
""", {3: "VERB"}),
    "hebben with a participle stays the auxiliary": ("""
Ze ze PRON 5 nsubj
heeft hebben AUX 5 aux
de de DET 4 det
wet wet NOUN 5 obj
gewijzigd wijzigen VERB 0 root VerbForm=Part
. . PUNCT 5 punct
""", {}),
    "hebben read as the auxiliary of an infinitive with te": ("""
Hij hij PRON 8 nsubj
had hebben AUX 8 aux
moeite moeite NOUN 8 obj
om om ADP 8 mark
alles alles PRON 8 obj
op op ADP 8 compound:prt
te te ADP 8 mark
ruimen ruimen VERB 0 root VerbForm=Inf
. . PUNCT 8 punct
""", {2: "VERB"}),
    "worden of becoming": ("""
Zij zij PRON 3 nsubj:pass
werd worden AUX 3 aux:pass
partijleider partijleider NOUN 0 root
. . PUNCT 3 punct
""", {2: "VERB"}),
    "worden as the passive auxiliary stays": ("""
De de DET 2 det
wet wet NOUN 4 nsubj:pass
wordt worden AUX 4 aux:pass
gewijzigd wijzigen VERB 0 root VerbForm=Part
. . PUNCT 4 punct
""", {}),
    "geweest is the copula's perfect": ("""
De de DET 2 det
aanval aanval NOUN 6 nsubj
was zijn AUX 6 aux
een een DET 5 det
succes succes NOUN 6 obj
geweest zijn VERB 0 root
. . PUNCT 6 punct
""", {6: "AUX"}),
}


@pytest.mark.parametrize("table, expected", CASES.values(), ids=CASES.keys())
def test_verb_tags(table, expected):
    assert verb_tags(sentence(table)) == expected


def test_the_word_lists_are_read_without_their_comments():
    assert ("van", "plan") in main_verb_phrases()
    assert {"die", "waarin"} <= relative_words()
    assert not any("#" in w for w in relative_words())


@needs_models
@pytest.mark.parametrize("text, form", [
    ("Hij had veel moeite om de begroting rond te krijgen.", "had"),
    ("De wethouder laat de raad weten dat het plan doorgaat.", "laat"),
])
def test_the_bundled_pipeline_parses_the_main_verb_as_the_head(text, form):
    from quoteattr.nlp import VERB_REPAIR, load_pipeline

    nlp = load_pipeline()
    assert VERB_REPAIR in nlp.processors
    words = nlp(text).sentences[0].words
    verb = next(w for w in words if w.text == form)
    assert (verb.upos, verb.deprel) == ("VERB", "root")


@needs_models
def test_without_repairs_the_pipeline_has_no_verb_repair():
    from quoteattr.nlp import VERB_REPAIR, load_pipeline

    assert VERB_REPAIR not in load_pipeline(repair_trees=False).processors
