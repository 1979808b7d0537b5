"""Tests for quoteattr.tree_repair: parses UD Dutch never has, rewritten as the treebank has them."""

from __future__ import annotations

import pytest
from conftest import needs_models
from trees import sentence

from quoteattr.tree_repair import repair_sentence, tag_auxiliaries


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


def test_hebben_as_the_auxiliary_of_a_noun_before_it_makes_the_noun_its_subject():
    # `Een woordvoerder heeft dat gemeld.` with `dat` read as a conjunction: the parser made the noun the root
    words = sentence("""
Een een DET 2 det
woordvoerder woordvoerder NOUN 0 root
heeft hebben AUX 2 aux
dat dat SCONJ 5 mark
gemeld melden VERB 2 csubj
. . PUNCT 2 punct
""")
    assert repair_sentence(words) == 1
    assert view(words)[1:3] == [("woordvoerder", "NOUN", 3, "nsubj"), ("heeft", "VERB", 0, "root")]


def test_a_name_with_a_possessive_apostrophe_hangs_from_the_noun_after_it():
    # `Wilders’ woordvoerder zegt …` with the apostrophe split off and the name read as the subject
    words = sentence("""
Wilders Wilders PROPN 4 nsubj
’ ' PUNCT 3 punct
woordvoerder woordvoerder NOUN 1 appos
zegt zeggen VERB 0 root
""")
    assert repair_sentence(words) == 1
    assert view(words) == [("Wilders", "PROPN", 3, "nmod:poss"), ("’", "PUNCT", 1, "punct"),
                           ("woordvoerder", "NOUN", 4, "nsubj"), ("zegt", "VERB", 0, "root")]


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


def test_worden_read_as_a_passive_of_a_noun_becomes_the_verb_with_the_noun_as_xcomp():
    # `Zo werd Jansen partijleider.`: there is no participle, so `werd` is the verb of becoming
    words = sentence("""
Zo zo ADV 4 advmod
werd worden AUX 4 aux:pass
Jansen Jansen PROPN 4 nsubj:pass
partijleider partijleider NOUN 0 root
. . PUNCT 4 punct
""")
    assert repair_sentence(words) == 1
    assert view(words) == [("Zo", "ADV", 2, "advmod"), ("werd", "VERB", 0, "root"),
                           ("Jansen", "PROPN", 2, "nsubj"), ("partijleider", "NOUN", 2, "xcomp"),
                           (".", "PUNCT", 2, "punct")]


def test_existential_zijn_becomes_the_verb_with_the_noun_phrase_as_subject():
    # `Er is veel kritiek op het plan.` parsed as a copula sentence without a subject
    words = sentence("""
Er er ADV 4 advmod
is zijn AUX 4 cop
veel veel DET 4 det
kritiek kritiek NOUN 0 root
op op ADP 7 case
het het DET 7 det
plan plan NOUN 4 nmod
. . PUNCT 4 punct
""")
    assert repair_sentence(words) == 1
    assert view(words) == [("Er", "ADV", 2, "advmod"), ("is", "VERB", 0, "root"), ("veel", "DET", 4, "det"),
                           ("kritiek", "NOUN", 2, "nsubj"), ("op", "ADP", 7, "case"), ("het", "DET", 7, "det"),
                           ("plan", "NOUN", 4, "nmod"), (".", "PUNCT", 2, "punct")]


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


def test_a_prepositional_expression_becomes_one_word_introducing_the_noun_after_it():
    # `De wethouder koos in plaats van een tram voor een bus.`, parsed word by word
    words = sentence("""
De de DET 2 det
wethouder wethouder NOUN 3 nsubj
koos kiezen VERB 0 root
in in ADP 5 case
plaats plaats NOUN 3 obl
van van ADP 8 case
een een DET 8 det
tram tram NOUN 5 nmod
voor voor ADP 11 case
een een DET 11 det
bus bus NOUN 3 obl
. . PUNCT 3 punct
""")
    assert repair_sentence(words) == 2  # the expression, and "kiezen voor" (below)
    assert view(words)[3:8] == [
        ("in", "ADP", 8, "case"),  # the expression introduces "tram"
        ("plaats", "NOUN", 4, "fixed"),
        ("van", "ADP", 4, "fixed"),
        ("een", "DET", 8, "det"),
        ("tram", "NOUN", 3, "obl"),  # which takes the place the parser gave "plaats"
    ]
    assert view(words)[10] == ("bus", "NOUN", 3, "obl:arg")  # "kiezen voor": a prepositional object


@pytest.mark.parametrize(("table", "relabelled"), [
    # "Het team bestaat uit tien spelers.": a listed verb and preposition make a prepositional object
    ("""
Het het DET 2 det
team team NOUN 3 nsubj
bestaat bestaan VERB 0 root
uit uit ADP 6 case
tien tien NUM 6 nummod
spelers speler NOUN 3 obl
""", [("spelers", "obl:arg")]),
    # "Het plan werd door de raad afgewezen.": the door phrase of a passive is its agent
    ("""
Het het DET 2 det
plan plan NOUN 7 nsubj:pass
werd worden AUX 7 aux:pass
door door ADP 6 case
de de DET 6 det
raad raad NOUN 7 obl
afgewezen af_wijzen VERB 0 root
""", [("raad", "obl:agent")]),
    # "De minister vergiste zich.": zich of a reflexive verb is no object
    ("""
De de DET 2 det
minister minister NOUN 3 nsubj
vergiste vergissen VERB 0 root
zich zich PRON 3 obj
""", [("zich", "expl:pv")]),
    # "De minister is afgetreden.": a verb with its perfect in zijn has no passive
    ("""
De de DET 2 det
minister minister NOUN 4 nsubj:pass
is zijn AUX 4 aux:pass
afgetreden af_treden VERB 0 root
""", [("minister", "nsubj"), ("is", "aux")]),
    # "Hij is bang.": zijn with an adjective is the copula
    ("""
Hij hij PRON 3 nsubj:pass
is zijn AUX 3 aux:pass
bang bang ADJ 0 root
""", [("Hij", "nsubj"), ("is", "cop")]),
    # "Het kabinet besloot te stoppen.": an infinitive with te and no subject of its own is an xcomp
    ("""
Het het DET 2 det
kabinet kabinet NOUN 3 nsubj
besloot besluiten VERB 0 root
te te ADP 5 mark
stoppen stoppen VERB 3 ccomp
""", [("stoppen", "xcomp")]),
    # "Hij kwam om te helpen.": a clause of purpose is adverbial
    ("""
Hij hij PRON 2 nsubj
kwam komen VERB 0 root
om om ADP 5 mark
te te ADP 5 mark
helpen helpen VERB 2 ccomp
""", [("helpen", "advcl")]),
    # "De minister beloofde om de regels te versoepelen.": under a control verb it is a complement, also
    # when the lemmatizer did not know the verb's form
    ("""
De de DET 2 det
minister minister NOUN 3 nsubj
beloofde beloofde VERB 0 root
om om ADP 8 mark
de de DET 6 det
regels regel NOUN 8 obj
te te ADP 8 mark
versoepelen versoepelen VERB 3 ccomp
""", [("versoepelen", "xcomp")]),
    # "Het bestuur probeerde om de schade te herstellen.": also where the parser read a clause of purpose
    ("""
Het het DET 2 det
bestuur bestuur NOUN 3 nsubj
probeerde proberen VERB 0 root
om om ADP 8 mark
de de DET 6 det
schade schade NOUN 8 obj
te te ADP 8 mark
herstellen herstellen VERB 3 advcl
""", [("herstellen", "xcomp")]),
    # "Het bestuur besloot om te stoppen.": an irregular form of a control verb
    ("""
Het het DET 2 det
bestuur bestuur NOUN 3 nsubj
besloot besloot VERB 0 root
om om ADP 6 mark
te te ADP 6 mark
stoppen stoppen VERB 3 ccomp
""", [("stoppen", "xcomp")]),
    # "Ze bleef thuis omdat het regende.": so is a clause opened by omdat
    ("""
Ze ze PRON 2 nsubj
bleef blijven VERB 0 root
thuis thuis ADV 2 advmod
omdat omdat SCONJ 6 mark
het het PRON 6 nsubj
regende regenen VERB 2 ccomp
""", [("regende", "advcl")]),
    # "Hij zei dat het regende.": a dat-clause stays a complement
    ("""
Hij hij PRON 2 nsubj
zei zeggen VERB 0 root
dat dat SCONJ 5 mark
het het PRON 5 nsubj
regende regenen VERB 2 ccomp
""", []),
    # "Hij vroeg haar te komen.": with a subject of its own (as parsed) te leaves the complement alone
    ("""
Hij hij PRON 2 nsubj
vroeg vragen VERB 0 root
haar haar PRON 5 nsubj
te te ADP 5 mark
komen komen VERB 2 ccomp
""", []),
    # "De bond protesteert en steunt de staking.": the second verb shares the subject; the noun after it
    # is its object
    ("""
De de DET 2 det
bond bond NOUN 3 nsubj
protesteert protesteren VERB 0 root
en en CCONJ 5 cc
steunt steunen VERB 3 conj VerbForm=Fin
de de DET 7 det
staking staking NOUN 5 nsubj
""", [("staking", "obj")]),
    # "De bond protesteert, en zegt hij, terecht.": a nominative pronoun is a subject wherever it stands
    ("""
De de DET 2 det
bond bond NOUN 3 nsubj
protesteert protesteren VERB 0 root
en en CCONJ 5 cc
zegt zeggen VERB 3 conj VerbForm=Fin
hij hij PRON 5 nsubj
""", []),
    # "De ploeg verloor vorige week.": a time phrase without a preposition is no object
    ("""
De de DET 2 det
ploeg ploeg NOUN 3 nsubj
verloor verliezen VERB 0 root
vorige vorig ADJ 5 amod
week week NOUN 3 obj
""", [("week", "obl")]),
    # "Zaterdag won Ajax.": nor a second subject
    ("""
Zaterdag zaterdag PROPN 2 nsubj
won winnen VERB 0 root
Ajax Ajax PROPN 2 nsubj
""", [("Zaterdag", "obl")]),
    # "Het jaar begon goed.": a time noun that is the verb's only subject stays its subject
    ("""
Het het DET 2 det
jaar jaar NOUN 3 nsubj
begon beginnen VERB 0 root
goed goed ADJ 3 advmod
""", []),
    # "Ze wandelt door het park.": no passive, no listed pair: an adjunct stays obl
    ("""
Ze ze PRON 2 nsubj
wandelt wandelen VERB 0 root
door door ADP 5 case
het het DET 5 det
park park NOUN 2 obl
""", []),
])
def test_relations_that_depend_on_the_words_are_relabelled(table, relabelled):
    words = sentence(table)
    before = view(words)
    assert repair_sentence(words) == len(relabelled)
    changed = [(w.text, w.deprel) for w, old in zip(words, before, strict=True) if (w.head, w.deprel) != old[2:]]
    assert changed == relabelled
    assert [w.head for w in words] == [b[2] for b in before]  # labels only


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_range_of_two_numbers_is_one_expression_headed_by_the_first(dash):
    # "Het duurt 14 - 16 weken.": the parser hung the range from its second number
    words = sentence(f"""
Het het PRON 2 nsubj
duurt duren VERB 0 root
14 14 NUM 6 nummod
{dash} {dash} PUNCT 5 punct
16 16 NUM 3 conj
weken week NOUN 2 obl
""")
    assert repair_sentence(words) == 1
    assert view(words)[2:5] == [("14", "NUM", 6, "nummod"), (dash, "SYM", 3, "fixed"), ("16", "NUM", 3, "fixed")]


@pytest.mark.parametrize(("first", "second"), [("1893", "1899"), ("1943", "44"), ("2019", "2023")])
def test_a_period_of_years_is_a_coordination_with_the_dash_on_the_second_year(first, second):
    # "Smit ( 1893 - 1899 )": the parser (or the range rule before) joined the years as one expression
    words = sentence(f"""
Smit Smit PROPN 0 root
( ( PUNCT 3 punct
{first} {first} NUM 1 nmod
- - SYM 3 fixed
{second} {second} NUM 3 fixed
) ) PUNCT 3 punct
""")
    assert repair_sentence(words) == 1
    assert view(words)[2:5] == [(first, "NUM", 1, "nmod"), ("-", "PUNCT", 5, "punct"), (second, "NUM", 3, "conj")]
    assert repair_sentence(words) == 0  # already the treebank's


def test_a_range_whose_parse_hangs_from_its_second_number_moves_its_place_to_the_first():
    # "De ploeg won met 2-1.": `1` as the head of the phrase, `2` hanging from it
    words = sentence("""
De de DET 2 det
ploeg ploeg NOUN 3 nsubj
won winnen VERB 0 root
met met ADP 7 case
2 2 NUM 7 nummod
- - PUNCT 7 punct
1 1 NUM 3 obl
""")
    assert repair_sentence(words) == 1
    assert view(words)[3:] == [("met", "ADP", 5, "case"), ("2", "NUM", 3, "obl"), ("-", "SYM", 5, "fixed"),
                               ("1", "NUM", 5, "fixed")]


def test_an_adverbial_expression_keeps_the_place_the_parser_gave_it():
    # `Ze won voor het eerst.` with "eerst" as the head of the phrase
    words = sentence("""
Ze ze PRON 2 nsubj
won winnen VERB 0 root
voor voor ADP 5 case
het het DET 5 det
eerst eerst ADJ 2 obl
. . PUNCT 2 punct
""")
    assert repair_sentence(words) == 1
    assert view(words)[2:5] == [("voor", "ADP", 2, "obl"), ("het", "DET", 3, "fixed"), ("eerst", "ADJ", 3, "fixed")]


def test_a_chained_name_hangs_from_its_first_word():
    # `Jan Peter Balkenende sprak.` with each part hung from the one before
    words = sentence("""
Jan Jan PROPN 4 nsubj
Peter Peter PROPN 1 flat
Balkenende Balkenende PROPN 2 flat
sprak spreken VERB 0 root
. . PUNCT 4 punct
""")
    assert repair_sentence(words) == 1
    assert [w.head for w in words] == [4, 1, 1, 0, 4]


def test_a_closing_bracket_hangs_from_the_head_of_its_opening_bracket():
    # `Rutte ( VVD ) sprak.` with ")" hung from the verb
    words = sentence("""
Rutte Rutte PROPN 5 nsubj
( ( PUNCT 3 punct
VVD VVD PROPN 1 appos
) ) PUNCT 5 punct
sprak spreken VERB 0 root
""")
    assert repair_sentence(words) == 1
    assert [w.head for w in words] == [5, 3, 1, 3, 0]


def test_a_surname_particle_opening_the_sentence_makes_the_subject_the_verb_lacks():
    # `Van Weel ( VVD ) zei dat het moet .` read as a prepositional phrase
    words = sentence("""
Van van ADP 2 case
Weel Weel PROPN 6 obl
( ( PUNCT 4 punct
VVD VVD PROPN 2 appos
) ) PUNCT 4 punct
zei zeggen VERB 0 root
dat dat SCONJ 10 mark
het het PRON 10 nsubj
moet moeten AUX 10 aux
moet moeten VERB 6 ccomp
""")
    assert repair_sentence(words) == 1
    assert view(words)[:4] == [
        ("Van", "PROPN", 6, "nsubj"),  # the name's head, the verb's subject
        ("Weel", "PROPN", 1, "flat"),
        ("(", "PUNCT", 4, "punct"),
        ("VVD", "PROPN", 1, "appos"),  # the name's dependents move to its head
    ]


def test_an_infinitive_read_as_the_subject_leaves_the_subject_to_the_surname():
    # `Ter Horst liet na afloop weten …` with `weten` parsed as the subject of `liet`
    words = sentence("""
Ter te ADP 2 case
Horst Horst PROPN 3 obl
liet laten VERB 0 root
na na ADP 5 case
afloop afloop NOUN 3 obl
weten weten VERB 3 nsubj
. . PUNCT 3 punct
""")
    assert repair_sentence(words) == 1
    assert view(words)[:3] == [("Ter", "PROPN", 3, "nsubj"), ("Horst", "PROPN", 1, "flat"), ("liet", "VERB", 0, "root")]
    assert view(words)[5] == ("weten", "VERB", 3, "xcomp")


def test_the_lists_are_read_from_the_generated_data_files():
    from quoteattr.tree_repair import fixed_expressions, oblique_arguments

    table = fixed_expressions()
    assert table[("in", "plaats", "van")] == "case"
    assert ("voor", "het", "eerst") in table
    assert all(len(k) >= 2 and k == tuple(w.lower() for w in k) for k in table)
    pairs = oblique_arguments()
    assert ("bestaan", "uit") in pairs
    assert ("wandelen", "door") not in pairs


@pytest.mark.parametrize("table", [
    # a fronted prepositional phrase: the verb has its subject
    """
Van van ADP 2 case
Amsterdam Amsterdam PROPN 3 obl
reed rijden VERB 0 root
hij hij PRON 3 nsubj
""",
    # a lower-case preposition
    """
van van ADP 2 case
Weel Weel PROPN 3 obl
zei zeggen VERB 0 root
""",
    # the perfect auxiliary of a verb
    """
Ze ze PRON 3 nsubj
heeft hebben AUX 3 aux
gewonnen winnen VERB 0 root
""",
    # a passive with zijn
    """
Het het DET 2 det
huis huis NOUN 4 nsubj:pass
is zijn AUX 4 aux:pass
gebouwd bouwen VERB 0 root
""",
    # zijn as copula with a subject of its own, even with `er`
    """
Hier hier ADV 5 advmod
is zijn AUX 5 cop
het het PRON 5 nsubj
er er ADV 5 advmod
druk druk NOUN 0 root
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
    # an expression already fixed
    """
Ze ze PRON 2 nsubj
won winnen VERB 0 root
voor voor ADP 2 obl
het het DET 3 fixed
eerst eerst ADJ 3 fixed
""",
    # a name whose parts already hang from its first word
    """
Jan Jan PROPN 4 nsubj
Peter Peter PROPN 1 flat
Balkenende Balkenende PROPN 1 flat
sprak spreken VERB 0 root
""",
    # "op basis van" at the end of a clause introduces nothing after it
    """
Dat dat PRON 2 nsubj
gebeurt gebeuren VERB 0 root
op op ADP 4 case
basis basis NOUN 2 obl
van van ADP 4 nmod
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


def test_auxiliaries_are_the_verbs_attached_as_aux_or_cop():
    # "Het plan is klaar en wordt uitgevoerd", the tagger's AUX and VERB swapped on both verbs
    words = sentence("""
        Het het DET 2 det
        plan plan NOUN 4 nsubj
        is zijn VERB 4 cop
        klaar klaar ADJ 0 root
        en en CCONJ 7 cc
        wordt worden VERB 7 aux:pass
        uitgevoerd uitvoeren AUX 4 conj
    """)
    assert tag_auxiliaries(words) == 3
    assert [w.upos for w in words] == ["DET", "NOUN", "AUX", "ADJ", "CCONJ", "AUX", "VERB"]
    assert tag_auxiliaries(words) == 0


@needs_models
def test_a_parser_that_reads_aux_as_verb_has_the_parse_decide_the_tag(tmp_path):
    import json
    import shutil

    from quoteattr.nlp import BUNDLED_DIR, TREE_REPAIR, load_pipeline

    for f in BUNDLED_DIR.iterdir():
        shutil.copy(f, tmp_path / f.name)
    meta = json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))
    meta["parser_reads_aux_as_verb"] = True
    (tmp_path / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    nlp = load_pipeline(str(tmp_path))
    assert nlp.processors[TREE_REPAIR].config.get("aux_from_relations") is True
    words = nlp("De minister heeft het plan gisteren gepresenteerd.").sentences[0].words
    assert all((w.upos == "AUX") == (w.deprel.split(":")[0] in ("aux", "cop")) for w in words if w.upos in ("AUX", "VERB"))
    assert not load_pipeline().processors[TREE_REPAIR].config.get("aux_from_relations")


@pytest.mark.parametrize(("table", "expected"), [
    # "Ze was minister in het kabinet-Van Agt.": the name read as an apposition
    ("""
Ze ze PRON 3 nsubj
was zijn AUX 3 cop
minister minister NOUN 0 root
in in ADP 6 case
het het DET 6 det
kabinet-Van kabinet_Van NOUN 3 nmod
Agt Agt PROPN 6 appos
. . PUNCT 3 punct
""", [("kabinet-Van", "NOUN", 3, "nmod"), ("Agt", "PROPN", 6, "flat")]),
    # "Het kabinet-Den Uyl viel.": the name read as the head, the hyphenated word as its modifier
    ("""
Het het DET 3 det
kabinet-Den kabinet_Den NOUN 3 compound
Uyl Uyl PROPN 4 nsubj
viel vallen VERB 0 root
. . PUNCT 4 punct
""", [("kabinet-Den", "NOUN", 4, "nsubj"), ("Uyl", "PROPN", 2, "flat")]),
])
def test_a_name_after_a_hyphenated_particle_is_flat_under_it(table, expected):
    words = sentence(table)
    assert repair_sentence(words) == 1
    hyphenated = next(n for n, w in enumerate(words) if "-" in w.text)
    assert view(words)[hyphenated:hyphenated + 2] == expected
    assert words[hyphenated - 1].head == hyphenated + 1  # the article hangs from the phrase's new head
    assert repair_sentence(words) == 0


@pytest.mark.parametrize(("table", "head"), [
    # "1977 - Jansen stelt zich kandidaat": a list item, the dash hung from the year
    ("""
1977 1977 NUM 0 root
- - PUNCT 1 punct
Jansen Jansen PROPN 4 nsubj
stelt stellen VERB 1 parataxis
zich zich PRON 4 expl:pv
kandidaat kandidaat NOUN 4 xcomp
""", 4),
    # "Jan Smit - minister van Financiën": the dash hung from the name's last part
    ("""
Jan Jan PROPN 0 root
Smit Smit PROPN 1 flat
- - PUNCT 2 punct
minister minister NOUN 1 appos
van van ADP 6 case
Financiën Financiën PROPN 4 nmod
""", 4),
])
def test_a_sentence_s_only_dash_hangs_from_the_phrase_after_it(table, head):
    words = sentence(table)
    assert repair_sentence(words) == 1
    dash = next(w for w in words if w.text == "-")
    assert (dash.head, dash.deprel) == (head, "punct")
    assert repair_sentence(words) == 0


@pytest.mark.parametrize("table", [
    # two dashes set off an aside: left as they are
    """
Hij hij PRON 5 nsubj
- - PUNCT 4 punct
zo zo ADV 4 advmod
bleek blijken VERB 5 parataxis
- - PUNCT 4 punct
won winnen VERB 0 root
""",
    # a dash at the end has no phrase after it
    """
Ze ze PRON 2 nsubj
won winnen VERB 0 root
- - PUNCT 2 punct
""",
])
def test_dashes_in_pairs_or_at_an_edge_are_left_alone(table):
    words = sentence(table)
    before = view(words)
    repair_sentence(words)
    assert [v for v in view(words) if v[0] == "-"] == [v for v in before if v[0] == "-"]


@pytest.mark.parametrize(("table", "expected"), [
    # "Hij is jaloers.": the tagger read the adjective as a participle, the parser `is` as passive
    ("""
Hij hij PRON 3 nsubj:pass
is zijn AUX 3 aux:pass
jaloers jaloers VERB 0 root
. . PUNCT 3 punct
""", [("Hij", "PRON", 3, "nsubj"), ("is", "AUX", 3, "cop"), ("jaloers", "ADJ", 0, "root"), (".", "PUNCT", 3, "punct")]),
    # "De vlag is geel.": `is` read as the perfect auxiliary
    ("""
De de DET 2 det
vlag vlag NOUN 4 nsubj
is zijn AUX 4 aux
geel geel VERB 0 root
""", [("De", "DET", 2, "det"), ("vlag", "NOUN", 4, "nsubj"), ("is", "AUX", 4, "cop"), ("geel", "ADJ", 0, "root")]),
    # "De minister is woedend.": a present participle keeps its tag, `is` is its copula
    ("""
De de DET 2 det
minister minister NOUN 4 nsubj:pass
is zijn AUX 4 aux:pass
woedend woeden VERB 0 root
""", [("De", "DET", 2, "det"), ("minister", "NOUN", 4, "nsubj"), ("is", "AUX", 4, "cop"),
      ("woedend", "VERB", 0, "root")]),
])
def test_zijn_with_an_adjective_the_tagger_read_as_a_participle_is_its_copula(table, expected):
    words = sentence(table)
    repair_sentence(words)
    assert view(words) == expected


@pytest.mark.parametrize("participle", ["geopend", "gebouwd", "gesloten"])
def test_zijn_with_a_past_participle_stays_an_auxiliary(participle):
    # "De zaak is geopend." (a passive: aux:pass stays), also for a participle of a verb in -enen
    words = sentence(f"""
De de DET 2 det
zaak zaak NOUN 4 nsubj:pass
is zijn AUX 4 aux:pass
{participle} {participle} VERB 0 root
""")
    repair_sentence(words)
    assert view(words)[2:] == [("is", "AUX", 4, "aux:pass"), (participle, "VERB", 0, "root")]


@pytest.mark.parametrize("number", ["25.000", "90%", "3"])
def test_meer_dan_before_a_number_hangs_from_the_number(number):
    # "Er kwamen meer dan 25.000 mensen.": `dan` read as a conjunction, `meer` as an adverb of the noun
    words = sentence(f"""
Er er ADV 2 expl
kwamen komen VERB 0 root
meer veel ADV 6 amod
dan dan SCONJ 6 mark
{number} {number} NUM 6 nummod
mensen mens NOUN 2 nsubj
. . PUNCT 2 punct
""")
    assert repair_sentence(words) == 1
    assert view(words)[2:5] == [("meer", "PRON", 5, "amod"), ("dan", "SCONJ", 3, "fixed"),
                                (number, "NUM", 6, "nummod")]
    assert repair_sentence(words) == 0


def test_meer_dan_without_a_number_is_left_alone():
    # "Het kost meer dan vroeger."
    words = sentence("""
Het het PRON 2 nsubj
kost kosten VERB 0 root
meer veel ADV 2 advmod
dan dan SCONJ 5 mark
vroeger vroeger ADV 3 advcl
""")
    before = view(words)
    repair_sentence(words)
    assert view(words) == before


def test_veel_before_a_comparative_is_its_adverb():
    # "Het water is van veel betere kwaliteit.": `veel` read as the article of `kwaliteit`
    words = sentence("""
Het het DET 2 det
water water NOUN 7 nsubj
is zijn AUX 7 cop
van van ADP 7 case
veel veel DET 7 det
betere goed ADJ 7 amod Degree=Cmp
kwaliteit kwaliteit NOUN 0 root
""")
    assert repair_sentence(words) == 1
    assert view(words)[4:6] == [("veel", "ADV", 6, "advmod"), ("betere", "ADJ", 7, "amod")]


def test_veel_before_a_plain_adjective_stays_the_article_of_the_noun():
    # "Er zijn veel nieuwe leden."
    words = sentence("""
Er er ADV 2 expl
zijn zijn VERB 0 root
veel veel DET 5 det
nieuwe nieuw ADJ 5 amod Degree=Pos
leden lid NOUN 2 nsubj
""")
    before = view(words)
    repair_sentence(words)
    assert view(words) == before


def test_zowel_als_is_a_coordination():
    # "Zowel de VVD als de PVV stemde tegen.": `als` read as a conjunction opening a clause under `stemde`
    words = sentence("""
Zowel zowel ADV 3 cc
de de DET 3 det
VVD VVD PROPN 7 nsubj
als als SCONJ 6 mark
de de DET 6 det
PVV PVV PROPN 7 obl
stemde stemmen VERB 0 root
tegen tegen ADP 7 compound:prt
""")
    assert repair_sentence(words) >= 1
    assert view(words)[:6] == [("Zowel", "ADV", 3, "cc:preconj"), ("de", "DET", 3, "det"), ("VVD", "PROPN", 7, "nsubj"),
                               ("als", "SCONJ", 6, "cc"), ("de", "DET", 6, "det"), ("PVV", "PROPN", 3, "conj")]
    assert repair_sentence(words) == 0


def test_als_without_zowel_is_left_alone():
    # "Hij werkte als journalist."
    words = sentence("""
Hij hij PRON 2 nsubj
werkte werken VERB 0 root
als als SCONJ 4 mark
journalist journalist NOUN 2 obl
""")
    before = view(words)
    repair_sentence(words)
    assert view(words) == before


@pytest.mark.parametrize("quantifier", ["vele", "meeste"])
def test_vele_before_its_noun_is_an_adverbial_modifier(quantifier):
    # "De vele leden stemden.": the 2017 reading, PRON nmod, becomes today's ADV amod
    words = sentence(f"""
De de DET 3 det
{quantifier} {quantifier} PRON 3 nmod
leden lid NOUN 4 nsubj
stemden stemmen VERB 0 root
""")
    assert repair_sentence(words) == 1
    assert view(words)[1] == (quantifier, "ADV", 3, "amod")


def test_velen_as_a_subject_is_left_alone():
    # "Velen stemden tegen."
    words = sentence("""
Velen velen PRON 2 nsubj
stemden stemmen VERB 0 root
tegen tegen ADP 2 compound:prt
""")
    assert repair_sentence(words) == 0


@pytest.mark.parametrize("adverb", ["zeer", "heel", "erg"])
def test_an_adverb_of_degree_before_an_adjective_is_its_advmod(adverb):
    # "Het is een zeer belangrijke stap.": the adverb hung from the noun
    words = sentence(f"""
Het het PRON 6 nsubj
is zijn AUX 6 cop
een een DET 6 det
{adverb} {adverb} ADJ 6 amod
belangrijke belangrijk ADJ 6 amod
stap stap NOUN 0 root
""")
    assert repair_sentence(words) == 1
    assert view(words)[3] == (adverb, "ADJ", 5, "advmod")


def test_heel_before_a_noun_is_left_alone():
    # "Heel Nederland keek."
    words = sentence("""
Heel heel ADJ 2 amod
Nederland Nederland PROPN 3 nsubj
keek kijken VERB 0 root
""")
    before = view(words)
    repair_sentence(words)
    assert view(words) == before


def test_ervoor_announcing_a_dat_clause_hangs_from_its_verb():
    # "Dat zorgt ervoor dat de prijzen stijgen."
    words = sentence("""
Dat dat PRON 2 nsubj
zorgt zorgen VERB 0 root
ervoor ervoor ADV 2 advmod
dat dat SCONJ 7 mark
de de DET 6 det
prijzen prijs NOUN 7 nsubj
stijgen stijgen VERB 2 ccomp
. . PUNCT 2 punct
""")
    assert repair_sentence(words) == 1
    assert view(words)[2] == ("ervoor", "ADV", 7, "case")
    assert repair_sentence(words) == 0


def test_ervoor_without_a_dat_clause_stays_with_zorgen():
    # "Zij zorgt ervoor."
    words = sentence("""
Zij zij PRON 2 nsubj
zorgt zorgen VERB 0 root
ervoor ervoor ADV 2 obl
. . PUNCT 2 punct
""")
    assert repair_sentence(words) == 0


def test_ten_before_a_point_of_the_compass_is_its_case():
    # "Ten noorden grenst de gemeente aan Zwolle.": `ten` read as the head of the phrase
    words = sentence("""
Ten ten ADP 3 obl
noorden noorden NOUN 1 fixed
grenst grenzen VERB 0 root
de de DET 5 det
gemeente gemeente NOUN 3 nsubj
""")
    assert repair_sentence(words) == 1
    assert view(words)[:2] == [("Ten", "ADP", 2, "case"), ("noorden", "NOUN", 3, "obl")]


def test_ten_zuiden_van_is_a_fixed_expression_like_ten_noorden_van():
    # "Het dorp ligt ten zuiden van Utrecht."
    words = sentence("""
Het het DET 2 det
dorp dorp NOUN 3 nsubj
ligt liggen VERB 0 root
ten ten ADP 3 obl
zuiden zuiden NOUN 4 nmod
van van ADP 7 case
Utrecht Utrecht PROPN 5 nmod
""")
    assert repair_sentence(words) >= 1
    assert view(words)[3:] == [("ten", "ADP", 7, "case"), ("zuiden", "NOUN", 4, "fixed"), ("van", "ADP", 4, "fixed"),
                               ("Utrecht", "PROPN", 3, "obl")]


def test_a_ministry_s_name_is_headed_by_its_first_word():
    # "de minister van Buitenlandse Zaken": `Buitenlandse` read as an adjective of `Zaken`
    words = sentence("""
de de DET 2 det
minister minister NOUN 0 root
van van ADP 5 case
Buitenlandse buitenlands ADJ 5 amod
Zaken zaak NOUN 2 nmod
""")
    assert repair_sentence(words) == 1
    assert view(words)[2:] == [("van", "ADP", 4, "case"), ("Buitenlandse", "ADJ", 2, "nmod"), ("Zaken", "NOUN", 4, "flat")]
    assert repair_sentence(words) == 0


def test_zaken_after_a_lower_case_adjective_is_no_name():
    # "Er spelen andere zaken."
    words = sentence("""
Er er ADV 2 expl
spelen spelen VERB 0 root
andere ander ADJ 4 amod
zaken zaak NOUN 2 nsubj
""")
    assert repair_sentence(words) == 0


@pytest.mark.parametrize(("particle", "upos", "relabelled"), [
    ("terug", "ADV", True),  # "Hij kwam gisteren terug."
    ("vooruit", "ADV", True),
    ("weg", "NOUN", False),  # a noun `weg` is no particle
    ("verder", "ADJ", False),  # `verder` is mostly an adverb in UD Dutch (33 of 33)
])
def test_a_separable_particle_parsed_as_an_adverb_is_relabelled(particle, upos, relabelled):
    words = sentence(f"""
Hij hij PRON 2 nsubj
kwam komen VERB 0 root
gisteren gisteren ADV 2 advmod
{particle} {particle} {upos} 2 advmod
""")
    repair_sentence(words)
    assert words[3].deprel == ("compound:prt" if relabelled else "advmod")


def test_meer_in_niet_meer_hangs_from_niet():
    # "Hij komt niet meer.": `meer` hung from the verb
    words = sentence("""
Hij hij PRON 2 nsubj
komt komen VERB 0 root
niet niet ADV 2 advmod
meer veel ADV 2 advmod
. . PUNCT 2 punct
""")
    assert repair_sentence(words) == 1
    assert view(words)[3] == ("meer", "ADV", 3, "advmod")


@pytest.mark.parametrize(("after", "upos"), [("geld", "NOUN"), ("dan", "SCONJ")])
def test_meer_as_a_quantity_after_niet_is_left_alone(after, upos):
    # "Er is niet meer geld.", "niet meer dan …"
    words = sentence(f"""
Er er ADV 2 expl
is zijn VERB 0 root
niet niet ADV 2 advmod
meer veel DET 5 det
{after} {after} {upos} 2 nsubj
""")
    before = view(words)
    repair_sentence(words)
    assert view(words)[3] == before[3]


@pytest.mark.parametrize(("verb", "lemma", "relabelled"), [
    ("raakte", "raken", True),  # the predicate read as an adverb
    ("werd", "worden", True),
    ("vond", "vinden", False),  # not listed: its adjectives are adverbs as often
])
def test_an_adjective_hung_as_adverb_from_a_predicative_verb_is_its_predicate(verb, lemma, relabelled):
    # "De speler <verb> boos."
    words = sentence(f"""
De de DET 2 det
speler speler NOUN 3 nsubj
{verb} {lemma} VERB 0 root
boos boos ADJ 3 advmod
""")
    repair_sentence(words)
    assert words[3].deprel == ("xcomp" if relabelled else "advmod")


def test_a_second_adjective_of_a_verb_with_a_predicate_stays_an_adverb():
    # "Hij werd snel boos.": `boos` already the predicate
    words = sentence("""
Hij hij PRON 2 nsubj
werd worden VERB 0 root
snel snel ADJ 2 advmod
boos boos ADJ 2 xcomp
""")
    repair_sentence(words)
    assert words[2].deprel == "advmod"
