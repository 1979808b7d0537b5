"""Name, role, party and source mentions on hand-built trees."""

from __future__ import annotations

import pytest
from trees import conllu

from quoteattr import lexicon
from quoteattr.kb import KnowledgeBase
from quoteattr.mentions import describe, find_names, split_compound
from quoteattr.parsed import from_conllu

LEX = lexicon.load()
PARTY = KnowledgeBase.default().normalize_party


@pytest.mark.parametrize(
    ("token", "party", "role"),
    [
        ("D66-leider", "D66", "D66-leider"),
        ("CU-vicepremier", "ChristenUnie", "vicepremier"),
        ("PvdA-wethouder", "PvdA", "wethouder"),
        ("VVD’er", "VVD", None),
        ("CDA'ers", "CDA", None),
        ("premier", None, "premier"),
        ("oud-minister", None, "oud-minister"),
        ("Oud-minister", None, "oud-minister"),
        ("VN-chef", None, "VN-chef"),
        ("Paus", None, "paus"),
        ("asielzoeker", None, None),
    ],
)
def test_split_compound(token, party, role):
    found_party, found_role = split_compound(token, LEX, PARTY)
    assert (found_party, found_role) == (party, role)


def test_names_with_tussenvoegsel_role_and_portfolio():
    parse = from_conllu(conllu(
        "Staatssecretaris NOUN 4 nsubj | Van PROPN 1 flat | der PROPN 1 flat | Burg PROPN 1 flat | "
        "~( PUNCT 6 punct | ~Asiel~ PROPN 4 appos | ~) PUNCT 6 punct | zegt VERB 0 root | ~. PUNCT 8 punct"))
    names = find_names(parse, LEX, PARTY)
    assert [m.name for m in names] == ["Van der Burg", "Asiel"] or names[0].name == "Van der Burg"
    vdb = names[0]
    assert vdb.role == "staatssecretaris" and vdb.office == "staatssecretaris"
    assert vdb.portfolio == "Asiel"
    assert parse.text[vdb.start:vdb.end] == "Van der Burg"


def test_party_leader_compound_and_possessive():
    parse = from_conllu(conllu(
        "Hoekstra’s PROPN 2 nmod:poss | partijgenoot NOUN 5 nsubj | De PROPN 2 appos | Jonge PROPN 3 flat | "
        "is AUX 6 cop | optimistisch ADJ 0 root | ~. PUNCT 6 punct"))
    names = find_names(parse, LEX, PARTY)
    owner, jonge = names
    assert owner.kind == "possessive" and owner.name == "Hoekstra"
    assert jonge.name == "De Jonge" and jonge.role == "partijgenoot"
    assert jonge.possessor is owner


def test_apposition_gives_the_role():
    parse = from_conllu(conllu(
        "Mark PROPN 4 nsubj | Rutte PROPN 1 flat | ~, PUNCT 5 punct | de DET 5 det | premier NOUN 1 appos | "
        "~, PUNCT 5 punct | zwijgt VERB 0 root | ~. PUNCT 7 punct"))
    (rutte,) = find_names(parse, LEX, PARTY)
    assert rutte.name == "Mark Rutte" and rutte.office == "minister-president"


def test_an_article_before_a_multiword_proper_noun_makes_it_no_personal_name():
    parse = from_conllu(conllu("Ze PRON 2 nsubj | miste VERB 0 root | een DET 4 det | Grand PROPN 2 obj | "
                               "Slam PROPN 4 flat | ~. PUNCT 2 punct",
                               "Daarna ADV 2 advmod | sprak VERB 0 root | Jan PROPN 2 nsubj | de PROPN 5 det | "
                               "Vries PROPN 3 flat | ~. PUNCT 2 punct"))
    assert [m.name for m in find_names(parse, LEX, PARTY)] == ["Jan de Vries"]


def test_an_article_makes_a_proper_noun_no_personal_name():
    parse = from_conllu(conllu("een DET 2 det | Argentijn PROPN 3 nsubj | won VERB 0 root | ~. PUNCT 3 punct"))
    assert find_names(parse, LEX, PARTY) == []


def test_a_demonym_before_a_name_is_no_part_of_it_and_gives_the_nationality():
    # the parser made the demonym the head, with the article and the name hanging from it
    parse = from_conllu(conllu("Ze PRON 2 nsubj | won VERB 0 root | van ADP 5 case | de DET 5 det | "
                               "Argentijn PROPN 2 obl | Diego PROPN 5 flat | Ramos PROPN 5 flat | ~. PUNCT 2 punct"))
    (ramos,) = find_names(parse, LEX, PARTY)
    assert ramos.name == "Diego Ramos" and ramos.nationality == "nationality:ar" and ramos.gender == "m"
    assert ramos.role is None and ramos.office is None


def test_a_demonym_adjective_before_a_role_gives_the_nationality():
    parse = from_conllu(conllu("De DET 3 det | Hongaarse ADJ 3 amod | premier NOUN 6 nsubj | Viktor PROPN 3 flat | "
                               "Orbán PROPN 4 flat | dreigde VERB 0 root | ~. PUNCT 6 punct"))
    (orban,) = find_names(parse, LEX, PARTY)
    assert (orban.name, orban.office, orban.nationality, orban.gender) == (
        "Viktor Orbán", "minister-president", "nationality:hu", "-")


@pytest.mark.parametrize("former", ["Voormalig", "Gewezen"])
def test_a_former_adjective_before_a_role_stays_with_the_role(former):
    parse = from_conllu(conllu(f"{former} ADJ 2 amod | minister NOUN 6 nsubj | Hugo PROPN 2 flat | "
                               "De PROPN 3 flat | Jonge PROPN 3 flat | zei VERB 0 root | ~. PUNCT 6 punct"))
    (jonge,) = find_names(parse, LEX, PARTY)
    assert (jonge.name, jonge.role, jonge.office) == ("Hugo De Jonge", f"{former.lower()} minister", "minister")


@pytest.mark.parametrize(("later", "name"), [
    ("De PROPN 2 nsubj | Boer PROPN 1 flat | benadrukte VERB 0 root", "De Boer"),
    ("De DET 2 det | Boer NOUN 3 nsubj | benadrukte VERB 0 root", "De Boer"),  # (tagged as the noun)
])
def test_a_surname_that_is_also_a_role_noun_stays_a_name_after_the_full_name(later, name):
    # "boer" is a role noun; after "Sietske de Boer" the capitalised "De Boer" is her surname
    parse = from_conllu(conllu("Sietske PROPN 4 nsubj | de PROPN 1 flat | Boer PROPN 1 flat | sprak VERB 0 root | "
                               "~. PUNCT 4 punct", later + " | ~. PUNCT 3 punct"))
    names = [m.name for m in find_names(parse, LEX, PARTY)]
    assert names == ["Sietske de Boer", name]


def test_a_role_noun_before_a_name_is_still_a_role_when_a_namesake_was_named():
    parse = from_conllu(conllu("Roelof PROPN 3 nsubj | Bisschop PROPN 1 flat | sprak VERB 0 root | ~. PUNCT 3 punct",
                               "Bisschop NOUN 3 nsubj | Gerard PROPN 1 flat | zegende VERB 0 root | ~. PUNCT 3 punct"))
    names = find_names(parse, LEX, PARTY)
    assert [(m.name, m.office) for m in names] == [("Roelof Bisschop", None), ("Gerard", "bisschop")]


@pytest.mark.parametrize(("opening", "name", "title"), [
    ("Verpleegkundige PROPN 3 nsubj | Anouk PROPN 1 flat", "Anouk", "verpleegkundige"),  # an ordinary noun
    ("Buurman PROPN 3 nsubj | Kees PROPN 1 flat", "Kees", "buurman"),
    ("Jansen PROPN 3 nsubj | Anouk PROPN 1 flat", "Jansen Anouk", None),  # no word of the common-word list
])
def test_an_ordinary_noun_opening_the_sentence_before_a_name_is_its_title(opening, name, title):
    parse = from_conllu(conllu(opening + " | werkt VERB 0 root | ~. PUNCT 3 punct"))
    (m,) = find_names(parse, LEX, PARTY)
    assert (m.name, m.title) == (name, title)


def test_a_noun_the_text_writes_as_a_name_elsewhere_is_no_title():
    parse = from_conllu(conllu("Visser PROPN 3 nsubj | Anouk PROPN 1 flat | werkt VERB 0 root | ~. PUNCT 3 punct",
                               "Ze PRON 2 nsubj | heet VERB 0 root | Anouk PROPN 2 xcomp | Visser PROPN 3 flat | "
                               "~. PUNCT 2 punct"))
    assert [m.name for m in find_names(parse, LEX, PARTY)] == ["Visser Anouk", "Anouk Visser"]


def test_a_name_the_parser_split_into_subject_and_object_hangs_by_its_subject():
    parse = from_conllu(conllu("Toen PROPN 2 advmod | versloeg VERB 0 root | Sem PROPN 2 nsubj | de DET 5 det | "
                               "Groot ADJ 2 obj | de DET 7 det | favorieten NOUN 2 obj | ~. PUNCT 2 punct"))
    (sem,) = find_names(parse, LEX, PARTY)
    assert sem.name == "Sem de Groot" and parse.words[sem.head].text == "Sem"


@pytest.mark.parametrize("adjective", [
    "Nederlandse ADJ 3 amod | Zorgautoriteit PROPN 4 nsubj",  # the adjective of the name
    "Nederlandse PROPN 4 nsubj | Zorgautoriteit PROPN 2 flat",  # a name in one piece, as UD Dutch has it
])
def test_a_capitalised_adjective_opens_an_organisations_name(adjective):
    parse = from_conllu(conllu(f"De DET 2 det | {adjective} | waarschuwt VERB 0 root | ~. PUNCT 4 punct"))
    (m,) = find_names(parse, LEX, PARTY)
    assert m.name == "Nederlandse Zorgautoriteit" and m.organisation


@pytest.mark.parametrize(("name", "organisation"), [
    ("ProRail", True), ("PostNL", True), ("Rabobank", True),  # a capital inside, a name ending in an organisation noun
    ("McGregor", False), ("DiCaprio", False), ("Vandebron", False)])
def test_names_that_are_written_as_organisations(name, organisation):
    parse = from_conllu(conllu(f"{name} PROPN 2 nsubj | reageerde VERB 0 root | ~. PUNCT 2 punct"))
    (m,) = find_names(parse, LEX, PARTY)
    assert m.organisation is organisation


def test_a_role_before_its_field_before_a_name_is_its_role():
    parse = from_conllu(conllu("Hoogleraar NOUN 5 nsubj | energietransitie NOUN 1 nmod | Martin PROPN 1 appos | "
                               "Bakker PROPN 3 flat | is AUX 6 cop | kritisch ADJ 0 root | ~. PUNCT 6 punct"))
    (bakker,) = find_names(parse, LEX, PARTY)
    assert (bakker.name, bakker.role, bakker.office) == ("Martin Bakker", "hoogleraar", "hoogleraar")


def test_a_role_before_a_field_with_an_adjective_before_a_name_is_its_role():
    parse = from_conllu(conllu("zegt VERB 0 root | hoogleraar NOUN 1 nsubj | Europese ADJ 4 amod | politiek NOUN 1 obj | "
                               "Sanne PROPN 4 appos | de DET 7 det | Graaf PROPN 1 obj | ~. PUNCT 1 punct"))
    (graaf,) = find_names(parse, LEX, PARTY)
    assert (graaf.name, graaf.role) == ("Sanne de Graaf", "hoogleraar")


def test_a_demonym_before_an_ordinary_noun_before_a_name_is_no_role():
    parse = from_conllu(conllu("De DET 3 det | Italiaanse ADJ 3 amod | coureurs NOUN 5 nsubj | Rossi PROPN 3 appos | "
                               "reden VERB 0 root | ~. PUNCT 5 punct"))
    (rossi,) = find_names(parse, LEX, PARTY)
    assert (rossi.name, rossi.role, rossi.nationality) == ("Rossi", None, None)


def test_a_role_with_a_van_phrase_naming_another_role_is_the_first_role():
    parse = from_conllu(conllu("Commissaris NOUN 7 nsubj | van ADP 4 case | de DET 4 det | Koning NOUN 1 nmod | "
                               "John PROPN 4 appos | Berends PROPN 5 flat | riep VERB 0 root | ~. PUNCT 7 punct"))
    (berends,) = find_names(parse, LEX, PARTY)
    assert (berends.name, berends.office) == ("John Berends", "commissaris")


def test_an_article_before_a_demonym_or_role_belongs_to_it_not_to_the_name():
    # the article attached to the name itself, as a compact parser often does
    parse = from_conllu(conllu("De DET 4 det | Amerikaanse ADJ 4 amod | Megan PROPN 5 nsubj | Hall PROPN 3 flat | "
                               "won VERB 0 root | ~. PUNCT 5 punct"))
    (hall,) = find_names(parse, LEX, PARTY)
    assert hall.name == "Megan Hall" and hall.gender == "f"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # an age or a lower-case adjective describes a person
        ("De DET 3 det | 31-jarige ADJ 3 amod | Ramos PROPN 4 nsubj | won VERB 0 root | ~. PUNCT 4 punct",
         ["Ramos"]),
        ("de DET 4 det | ervaren ADJ 4 amod | Van PROPN 5 nsubj | Dijk PROPN 3 flat | won VERB 0 root | "
         "~. PUNCT 5 punct", ["Van Dijk"]),
        # a capitalised adjective is part of an institution's name
        ("de DET 4 det | Europese ADJ 4 amod | Centrale PROPN 5 nsubj | Bank PROPN 3 flat | zweeg VERB 0 root | "
         "~. PUNCT 5 punct", []),
        # a lower-case adjective before a one-word proper noun: a place or an event, not a person
        ("het DET 3 det | nieuwe ADJ 3 amod | Ahoy PROPN 4 nsubj | begint VERB 0 root | ~. PUNCT 4 punct", []),
        # "in" or "op" alone before a capitalised word is a place, not a surname's particle ("in 't Veld" is one)
        ("In ADP 3 case | de DET 3 det | praktijk NOUN 8 obl | van ADP 5 case | Pieter PROPN 3 nmod | "
         "Smeets PROPN 5 flat | in ADP 8 case | Venlo PROPN 3 nmod | zit VERB 0 root | ~. PUNCT 9 punct",
         ["Pieter Smeets", "Venlo"]),
        ("Sophie PROPN 4 nsubj | in PROPN 1 flat | 't PROPN 1 flat | Veld PROPN 1 flat | sprak VERB 0 root | "
         "~. PUNCT 5 punct", ["Sophie in 't Veld"]),
        # a capitalised adjective of the lower-case noun after it is no name ("De Jonge zei" is one)
        ("De DET 3 det | Paraguayaanse ADJ 3 amod | president NOUN 6 nsubj | Tomás PROPN 3 appos | "
         "Ibarra PROPN 4 flat | sprak VERB 0 root | ~. PUNCT 6 punct", ["Tomás Ibarra"]),
        ("De PROPN 3 nsubj | Jonge ADJ 1 flat | zei VERB 0 root | ~. PUNCT 3 punct", ["De Jonge"]),
        ("aldus ADV 3 advmod | de DET 4 det | Eindhovense ADJ 4 amod | oefenmeester NOUN 0 root | "
         "~. PUNCT 4 punct", []),
    ],
)
def test_adjectives_and_places_around_names(sentence, names):
    parse = from_conllu(conllu(sentence))
    assert [m.name for m in find_names(parse, LEX, PARTY)] == names


def test_a_name_whose_words_the_parser_hung_from_the_noun_before_it_stays_one_name():
    # "De Duitse bondskanselier Gerhard Schröder" with both name words in apposition to the noun
    parse = from_conllu(conllu("De DET 3 det | Oostenrijkse ADJ 3 amod | kanselier NOUN 6 nsubj | Karl PROPN 3 appos | "
                               "Nehammer PROPN 3 appos | sprak VERB 0 root | ~. PUNCT 6 punct"))
    (m,) = find_names(parse, LEX, PARTY)
    assert (m.name, m.office, m.nationality) == ("Karl Nehammer", "kanselier", "nationality:at")


def test_an_article_before_a_common_noun_before_a_name_belongs_to_the_noun():
    parse = from_conllu(conllu("De DET 5 det | Belgische ADJ 3 amod | zangeres NOUN 5 nsubj | Lies PROPN 5 flat | "
                               "Peeters PROPN 4 flat | zong VERB 0 root | ~. PUNCT 6 punct"))
    assert [m.name for m in find_names(parse, LEX, PARTY)] == ["Lies Peeters"]


def test_a_known_surname_with_a_genitive_s_before_a_noun_is_a_possessive():
    parse = from_conllu(conllu(
        "Joost PROPN 2 nsubj | Verhoef PROPN 1 flat | verloor VERB 0 root | ~. PUNCT 3 punct",
        "Verhoefs PROPN 2 nmod:poss | reactie NOUN 3 nsubj | kwam VERB 0 root | ~. PUNCT 3 punct",
        "Jans PROPN 2 nsubj | lachte VERB 0 root | ~. PUNCT 2 punct"))
    names = find_names(parse, LEX, PARTY)
    assert [(m.name, m.kind) for m in names] == [("Joost Verhoef", "name"), ("Verhoef", "possessive"),
                                                 ("Jans", "name")]
    # the noun it owns is a speech noun: its owner is who speaks
    assert describe(parse, 5, LEX, PARTY, names) is names[1]


@pytest.mark.parametrize(("verb", "feats", "number", "gender"),
                         [("zeggen", "Number=Plur|VerbForm=Fin", "pl", "-"),
                          ("zegt", "Number=Sing|VerbForm=Fin", "sg", "f"),
                          ("zeg", "_", "any", "f")])
def test_the_verb_says_whether_ze_is_she_or_they(verb, feats, number, gender):
    parse = from_conllu(conllu(f"{verb} VERB 0 root {feats} | ze PRON 1 nsubj | ~. PUNCT 1 punct"))
    m = describe(parse, 1, LEX, PARTY, [])
    assert (m.kind, m.number, m.gender) == ("pronoun", number, gender)


def test_an_article_does_not_stop_the_surname_of_a_person_named_elsewhere():
    parse = from_conllu(conllu(
        "Diego PROPN 2 nsubj | Ramos PROPN 1 flat | won VERB 0 root | ~. PUNCT 3 punct",
        "De DET 3 det | sterke ADJ 3 amod | Ramos PROPN 4 nsubj | lachte VERB 0 root | ~. PUNCT 4 punct",
        "Ook ADV 3 advmod | een DET 3 det | Ramos PROPN 4 nsubj | lachte VERB 0 root | ~. PUNCT 4 punct"))
    # (the surname of a full name is a name even with an article before it)
    assert [m.name for m in find_names(parse, LEX, PARTY)] == ["Diego Ramos", "Ramos", "Ramos"]


@pytest.mark.parametrize(
    ("sentence", "head", "kind", "text"),
    [
        ("Volgens ADP 2 case | ingewijden NOUN 3 obl | klopt VERB 0 root | het PRON 3 nsubj | ~. PUNCT 3 punct",
         1, "source", "ingewijden"),
        ("een DET 3 det | Haagse ADJ 3 amod | bron NOUN 4 nsubj | zegt VERB 0 root | dat SCONJ 6 mark | "
         "klopt VERB 4 ccomp | ~. PUNCT 4 punct", 2, "source", "een Haagse bron"),
        ("de DET 2 det | bewindsvrouw NOUN 3 nsubj | zwijgt VERB 0 root | ~. PUNCT 3 punct",
         1, "role", "de bewindsvrouw"),
        ("ze PRON 2 nsubj | zwijgt VERB 0 root | ~. PUNCT 2 punct", 0, "pronoun", "ze"),
        ("een DET 2 det | woordvoerder NOUN 6 nsubj | van ADP 5 case | het DET 5 det | ministerie NOUN 2 nmod | "
         "zwijgt VERB 0 root | ~. PUNCT 6 punct", 1, "source", "een woordvoerder van het ministerie"),
        # an adverb the parser hung from the speaker is no part of it
        ("de DET 2 det | minister NOUN 4 nsubj | zelf ADV 2 advmod | zweeg VERB 0 root | ~. PUNCT 4 punct",
         1, "role", "de minister"),
        # a time noun the parser hung from the speaker is no part of it
        ("een DET 2 det | woordvoerster NOUN 5 nsubj | dit DET 4 det | weekeinde NOUN 2 nmod | zweeg VERB 0 root | "
         "~. PUNCT 5 punct", 1, "source", "een woordvoerster"),
        # two roles of one person before the name: the name
        ("zegt VERB 0 root | onderzoeksleider NOUN 1 nsubj | en CCONJ 4 cc | KNO-arts NOUN 2 conj | "
         "Eva PROPN 4 flat | Lindeman PROPN 5 flat | ~. PUNCT 1 punct", 1, "name", "Eva Lindeman"),
        # a role and its field parsed as two subjects before the name: the name
        ("Hoogleraar NOUN 5 nsubj | audiologie NOUN 5 nsubj | Pieter PROPN 2 appos | Wessels PROPN 3 flat | "
         "zwijgt VERB 0 root | ~. PUNCT 5 punct", 0, "name", "Pieter Wessels"),
        # two people, each with an article: the first role
        ("zeggen VERB 0 root | de DET 3 det | minister NOUN 1 nsubj | en CCONJ 6 cc | de DET 6 det | "
         "staatssecretaris NOUN 3 conj | ~. PUNCT 1 punct", 2, "role", "de minister"),
    ],
)
def test_describe(sentence, head, kind, text):
    parse = from_conllu(conllu(sentence))
    m = describe(parse, head, LEX, PARTY, find_names(parse, LEX, PARTY))
    assert m is not None and m.kind == kind
    assert parse.text[m.start:m.end] == text


def test_a_name_set_off_by_commas_after_a_role_is_who_the_role_is():
    parse = from_conllu(conllu(
        "Volgens ADP 3 case | de DET 3 det | fractievoorzitter NOUN 12 obl | van ADP 6 case | het DET 6 det | "
        "CDA PROPN 3 nmod | ~, PUNCT 8 punct | Jaap PROPN 6 conj | de PROPN 8 flat | Boer PROPN 8 flat | "
        "~, PUNCT 3 punct | klopt VERB 0 root | dat PRON 12 nsubj | ~. PUNCT 12 punct"))
    names = find_names(parse, LEX, PARTY)
    m = describe(parse, 2, LEX, PARTY, names)
    assert m.kind == "name" and m.name == "Jaap de Boer"


def test_a_van_phrase_naming_a_party_gives_a_role_its_party():
    parse = from_conllu(conllu(
        "Volgens ADP 3 case | de DET 3 det | fractievoorzitter NOUN 7 obl | van ADP 6 case | het DET 6 det | "
        "CDA PROPN 3 nmod | klopt VERB 0 root | dat PRON 7 nsubj | ~. PUNCT 7 punct"))
    m = describe(parse, 2, LEX, PARTY, find_names(parse, LEX, PARTY))
    assert (m.kind, m.office, m.party, m.portfolio) == ("role", "fractievoorzitter", "CDA", None)


def test_describe_generic_only_when_asked():
    parse = from_conllu(conllu("de DET 2 det | betogers NOUN 3 nsubj Number=Plur | riepen VERB 0 root | ~. PUNCT 3 punct"))
    assert describe(parse, 1, LEX, PARTY, []) is None
    m = describe(parse, 1, LEX, PARTY, [], generic=True)
    assert m is not None and m.source_kind == "group" and m.text == "de betogers"


def test_a_capitalised_common_word_opening_a_sentence_is_no_name():
    # a compact tagger may call "Hardnekkig" a proper noun; the sentence has no name in it
    parse = from_conllu(conllu(
        "Hardnekkig PROPN 2 advmod | blijft VERB 0 root | het DET 4 det | gerucht NOUN 2 nsubj | ~. PUNCT 2 punct"))
    assert find_names(parse, LEX, PARTY) == []


def test_a_surname_that_is_also_a_word_stays_a_name_when_the_text_capitalises_it_elsewhere():
    parse = from_conllu(conllu(
        "Wethouder NOUN 4 nsubj | Anne PROPN 1 appos | Visser PROPN 2 flat | was AUX 0 root | er ADV 4 advmod | ~. PUNCT 4 punct",
        "Visser PROPN 2 nsubj | zwijgt VERB 0 root | ~. PUNCT 2 punct"))
    assert [m.name for m in find_names(parse, LEX, PARTY)] == ["Anne Visser", "Visser"]


def test_a_capitalised_word_the_text_also_writes_in_lower_case_is_no_name():
    parse = from_conllu(conllu(
        "Kabinet PROPN 2 nsubj | valt VERB 0 root | ~. PUNCT 2 punct",
        "Het DET 2 det | kabinet NOUN 3 nsubj | viel VERB 0 root | gisteren ADV 3 advmod | ~. PUNCT 3 punct"))
    assert find_names(parse, LEX, PARTY) == []


def test_an_article_before_a_party_member_is_no_name_particle():
    parse = from_conllu(conllu(
        "De DET 2 det | VVD’er PROPN 5 nsubj | Silvio PROPN 2 flat | Erkens PROPN 3 flat | is AUX 0 root | "
        "kritisch ADJ 5 xcomp | ~. PUNCT 5 punct"))
    assert [(m.name, m.party) for m in find_names(parse, LEX, PARTY)] == [("Silvio Erkens", "VVD")]


@pytest.mark.parametrize(
    ("sentence", "name", "party"),
    [
        ("Henri PROPN 6 nsubj | Bontenbal PROPN 1 flat | van ADP 5 case | het DET 5 det | CDA PROPN 1 nmod | "
         "twijfelt VERB 0 root | ~. PUNCT 6 punct", "Henri Bontenbal", "CDA"),
        ("Carel PROPN 7 nsubj | Stolker PROPN 1 flat | van ADP 5 case | de DET 5 det | Universiteit PROPN 1 nmod | "
         "Leiden PROPN 5 flat | twijfelt VERB 0 root | ~. PUNCT 7 punct", "Carel Stolker", None),
        ("Eric PROPN 5 nsubj | van ADP 1 flat | der X 1 flat | Burg PROPN 1 flat | twijfelt VERB 0 root | "
         "~. PUNCT 5 punct", "Eric van der Burg", None),
    ],
)
def test_a_van_phrase_after_a_full_name_is_no_part_of_it(sentence, name, party):
    first = find_names(from_conllu(conllu(sentence)), LEX, PARTY)[0]
    assert (first.name, first.party) == (name, party)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("zei VERB 0 root | Van PROPN 1 nsubj | der PROPN 2 flat | Plas PROPN 2 flat | in ADP 7 case | de DET 7 det | "
         "Kamer PROPN 1 obl | ~. PUNCT 1 punct", "Van der Plas"),
        ("zei VERB 0 root | Sophie PROPN 1 nsubj | in PROPN 2 flat | ’t PROPN 2 flat | Veld PROPN 2 flat | "
         "~. PUNCT 1 punct", "Sophie in ’t Veld"),
    ],
)
def test_a_preposition_and_an_ordinary_word_after_a_name_are_a_place(sentence, name):
    (m,) = find_names(from_conllu(conllu(sentence)), LEX, PARTY)
    assert m.name == name


def test_a_surname_the_tagger_called_a_noun_after_a_role_is_a_name():
    parse = from_conllu(conllu("Minister NOUN 6 nsubj | Jorritsma NOUN 1 appos | van ADP 5 case | "
                               "Economische ADJ 5 amod | Zaken PROPN 1 nmod | sprak VERB 0 root | ~. PUNCT 6 punct"))
    names = find_names(parse, LEX, PARTY)
    assert (names[0].name, names[0].office) == ("Jorritsma", "minister")


def test_a_portfolio_after_role_and_surname_is_no_part_of_the_name():
    parse = from_conllu(conllu("Minister NOUN 5 nsubj | Bos PROPN 1 flat | van ADP 4 case | Financiën PROPN 1 nmod | "
                               "zweeg VERB 0 root | ~. PUNCT 5 punct"))
    bos = find_names(parse, LEX, PARTY)[0]
    assert (bos.name, bos.office) == ("Bos", "minister")


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("DEN PROPN 0 root | HAAG PROPN 1 flat | ~, PUNCT 4 punct | Kamerlid NOUN 5 nsubj | Bosma PROPN 4 flat | "
         "zweeg VERB 1 parataxis | ~. PUNCT 1 punct", ["Bosma"]),
        ("UTRECHT PROPN 3 nsubj | – PUNCT 1 punct | Wethouder NOUN 6 nsubj | Dekker PROPN 3 flat | is AUX 6 cop | "
         "blij ADJ 0 root | ~. PUNCT 6 punct", ["Dekker"]),
        # a news agency in brackets after the place (the agency itself is a name)
        ("DEN PROPN 9 nsubj | HAAG PROPN 1 flat | ( PUNCT 4 punct | ANP PROPN 1 nmod | ) PUNCT 4 punct | "
         "- PUNCT 7 punct | Minister NOUN 1 appos | Madlener PROPN 7 flat | wil VERB 0 root | ~. PUNCT 9 punct",
         ["ANP", "Madlener"]),
        # capitals elsewhere are names (an abbreviation, a shouted surname)
        ("Kamerlid NOUN 3 nsubj | BOSMA PROPN 1 flat | zweeg VERB 0 root | ~. PUNCT 3 punct", ["BOSMA"]),
    ],
)
def test_a_dateline_is_no_name(sentence, names):
    assert [m.name for m in find_names(from_conllu(conllu(sentence)), LEX, PARTY)] == names


@pytest.mark.parametrize(
    ("sentence", "names", "organisation"),
    [
        # a capitalised plural noun mid-sentence opens an organisation's name
        ("Dat PRON 2 nsubj | zegt VERB 0 root | Ouderenbonden=ouderenbond NOUN 2 obj Number=Plur | Nederland PROPN 3 appos | "
         "~. PUNCT 2 punct", ["Ouderenbonden Nederland"], True),
        # opening the sentence, the capital says nothing: the noun describes the party after it
        ("Oppositiepartij NOUN 3 nsubj | GroenLinks-PvdA PROPN 1 appos | spreekt VERB 0 root | ~. PUNCT 3 punct",
         ["GroenLinks-PvdA"], True),
    ],
)
def test_a_capitalised_noun_before_a_name(sentence, names, organisation):
    found = find_names(from_conllu(conllu(sentence)), LEX, PARTY)
    assert [m.name for m in found] == names and all(m.organisation == organisation for m in found)


def test_a_party_name_with_a_hyphen_is_no_role_compound():
    assert split_compound("GroenLinks-PvdA", LEX, PARTY)[1] is None
    parse = from_conllu(conllu("GroenLinks-PvdA PROPN 2 nsubj | stemt VERB 0 root | tegen ADV 2 advmod | "
                               "~. PUNCT 2 punct"))
    assert [m.name for m in find_names(parse, LEX, PARTY)] == ["GroenLinks-PvdA"]


def test_a_portfolio_after_a_ministers_full_name_is_no_part_of_it():
    parse = from_conllu(conllu(
        "Minister NOUN 6 nsubj | Robbert PROPN 1 flat | Dijkgraaf PROPN 2 flat | van ADP 5 case | Onderwijs PROPN 1 nmod | "
        "zwijgt VERB 0 root | ~. PUNCT 6 punct"))
    assert find_names(parse, LEX, PARTY)[0].name == "Robbert Dijkgraaf"


def test_a_capitalised_function_word_opening_a_sentence_is_no_part_of_a_name():
    parse = from_conllu(conllu(
        "Volgens PROPN 2 case | Pieter PROPN 6 obl | Omtzigt PROPN 2 flat | moet AUX 6 aux | er ADV 6 advmod | "
        "wachten VERB 0 root | ~. PUNCT 6 punct"))
    assert [m.name for m in find_names(parse, LEX, PARTY)] == ["Pieter Omtzigt"]


def test_a_capitalised_adverb_is_no_source_even_when_tagged_as_a_name():
    parse = from_conllu(conllu("Later PROPN 2 nsubj | vertrok VERB 0 root | hij PRON 2 nsubj | ~. PUNCT 2 punct"))
    assert describe(parse, 0, LEX, PARTY, [], generic=True) is None
    assert describe(parse, 2, LEX, PARTY, [], generic=True).kind == "pronoun"


def test_a_role_set_off_by_a_comma_before_a_name_is_its_role():
    parse = from_conllu(conllu(
        "De DET 2 det | fractievoorzitter NOUN 9 nsubj | van ADP 5 case | het DET 5 det | CDA PROPN 2 nmod | "
        "~, PUNCT 7 punct | Jaap PROPN 2 appos | Bos PROPN 7 flat | zweeg VERB 0 root | ~. PUNCT 9 punct"))
    (bos,) = find_names(parse, LEX, PARTY)
    assert (bos.name, bos.office, bos.party) == ("Jaap Bos", "fractievoorzitter", "CDA")


@pytest.mark.parametrize("upos", ["PROPN", "NOUN", "ADJ"])
def test_a_capitalised_genitive_is_a_possessive_name_whatever_its_tag(upos):
    # possessive names are rare in the training data; the tagger calls them NOUN or ADJ as often as PROPN
    parse = from_conllu(conllu(f"Verhagen’s {upos} 2 nmod:poss | reactie NOUN 3 nsubj | kwam VERB 0 root | "
                               "laat ADJ 3 advmod | ~. PUNCT 3 punct"))
    (m,) = [m for m in find_names(parse, LEX, PARTY) if m.kind == "possessive"]
    assert m.name == "Verhagen"
    assert parse.text[m.start:m.end] == "Verhagen’s"


@pytest.mark.parametrize("portfolio", ["Landbouw", "Volkshuisvesting", "LVVN"])
def test_a_portfolio_the_word_list_does_not_know_still_ends_the_name(portfolio):
    # (landbouw and volkshuisvesting are no common words of the treebanks; the portfolio list knows them)
    parse = from_conllu(conllu(f"zei VERB 0 root | minister NOUN 1 nsubj | Wiersma PROPN 2 flat | van ADP 5 case | "
                               f"{portfolio} PROPN 3 flat | ~. PUNCT 1 punct"))
    m = find_names(parse, LEX, PARTY)[0]
    assert (m.name, m.office) == ("Wiersma", "minister")


def test_a_role_noun_the_tagger_took_for_a_participle_is_still_the_role():
    parse = from_conllu(conllu("Gedeputeerde=gedeputeerd VERB 4 nsubj | Monique PROPN 1 appos | Haaf PROPN 2 flat | "
                               "sprak VERB 0 root | ~. PUNCT 4 punct"))
    (m,) = find_names(parse, LEX, PARTY)
    assert (m.name, m.role) == ("Monique Haaf", "gedeputeerde")



def test_a_name_the_text_writes_elsewhere_stays_a_name_when_tagged_an_adverb():
    parse = from_conllu(conllu("Minister NOUN 3 nsubj | Faber PROPN 1 flat | sprak VERB 0 root | ~. PUNCT 3 punct",
                               "Faber ADV 3 advmod | zelf ADV 3 advmod | ziet=zien VERB 0 root | ~. PUNCT 3 punct"))
    assert [m.name for m in find_names(parse, LEX, PARTY)] == ["Faber", "Faber"]


def test_a_surname_ending_in_a_role_noun_is_a_name_not_a_role():
    # "Nijboer" ends in "boer", as "landbouwminister" ends in "minister"; a name follows only the role
    parse = from_conllu(conllu("Nijboer PROPN 2 nsubj | wil VERB 0 root | meer ADV 2 advmod | ~. PUNCT 2 punct",
                               "Landbouwminister NOUN 3 nsubj | Wiersma PROPN 1 flat | zweeg VERB 0 root | "
                               "~. PUNCT 3 punct"))
    names = find_names(parse, LEX, PARTY)
    assert [(m.name, m.office) for m in names] == [("Nijboer", None), ("Wiersma", "minister")]


@pytest.mark.parametrize(("sentence", "name", "portfolio"), [
    ("Minister NOUN 6 nsubj | van ADP 3 case | Financiën NOUN 1 nmod | Eelco PROPN 3 appos | Heinen PROPN 4 flat | "
     "zweeg VERB 0 root | ~. PUNCT 6 punct", "Eelco Heinen", "Financiën"),
    ("zei VERB 0 root | minister NOUN 1 nsubj | van ADP 4 case | Buitenlandse PROPN 2 nmod | Zaken PROPN 4 flat | "
     "Caspar PROPN 4 flat | Veldkamp PROPN 4 flat | ~. PUNCT 1 punct", "Caspar Veldkamp", "Buitenlandse Zaken"),
    ("zei VERB 0 root | minister NOUN 1 nsubj | van ADP 4 case | Volksgezondheid~ NOUN 2 nmod | , PUNCT 6 punct | "
     "Welzijn PROPN 4 conj | en CCONJ 8 cc | Sport NOUN 4 conj | Fleur PROPN 8 flat | Agema PROPN 9 flat | "
     "~. PUNCT 1 punct", "Fleur Agema", "Volksgezondheid, Welzijn en Sport"),
])
def test_a_portfolio_between_role_and_name_is_no_part_of_the_name(sentence, name, portfolio):
    (m,) = find_names(from_conllu(conllu(sentence)), LEX, PARTY)
    assert (m.name, m.office, m.portfolio) == (name, "minister", portfolio)


def test_a_party_tagged_a_number_after_a_noun_is_the_name():
    parse = from_conllu(conllu("Oppositiepartij NOUN 3 nsubj | D66 NUM 1 appos | zweeg VERB 0 root | ~. PUNCT 3 punct"))
    assert [(m.name, m.organisation) for m in find_names(parse, LEX, PARTY)] == [("D66", True)]


def test_an_organisation_noun_before_a_name_makes_it_an_organisation():
    parse = from_conllu(conllu("Milieuorganisatie NOUN 3 nsubj | Greenpeace PROPN 1 appos | protesteert VERB 0 root | "
                               "~. PUNCT 3 punct"))
    (m,) = find_names(parse, LEX, PARTY)
    assert (m.name, m.organisation) == ("Greenpeace", True)


def test_a_day_opening_a_sentence_is_no_name():
    parse = from_conllu(conllu("Zondag PROPN 2 nsubj | speelt VERB 0 root | Ajax PROPN 2 nsubj | ~. PUNCT 2 punct"))
    assert [m.name for m in find_names(parse, LEX, PARTY)] == ["Ajax"]


@pytest.mark.parametrize(("sentence", "name"), [
    ("zei VERB 0 root | Fatima PROPN 1 nsubj | el X 2 flat | Amrani PROPN 2 flat | ~. PUNCT 1 punct",
     "Fatima el Amrani"),
    ("zei VERB 0 root | Mohammed PROPN 1 nsubj | bin X 2 flat | Salman PROPN 2 flat | ~. PUNCT 1 punct",
     "Mohammed bin Salman"),
])
def test_particles_of_arabic_and_romance_names_join_the_name(sentence, name):
    (m,) = find_names(from_conllu(conllu(sentence)), LEX, PARTY)
    assert m.name == name


@pytest.mark.parametrize(("sentence", "head", "text"), [
    # a bare noun the parser hung from the source is the clause's object
    ("Hij PRON 2 nsubj | nam VERB 0 root | volgens ADP 5 case | de DET 5 det | rechters NOUN 2 obl | "
     "steekpenningen NOUN 5 nmod | aan ADP 2 compound:prt | ~. PUNCT 2 punct", 4, "de rechters"),
    # a phrase under the van-phrase's noun that is no van-phrase belongs to the clause
    ("zei VERB 0 root | de DET 3 det | voorzitter NOUN 1 nsubj | van ADP 6 case | de DET 6 det | kamer NOUN 3 nmod | "
     "bij ADP 9 case | de DET 9 det | uitspraak NOUN 6 nmod | ~. PUNCT 1 punct", 2, "de voorzitter van de kamer"),
])
def test_a_source_phrase_ends_where_the_clause_goes_on(sentence, head, text):
    m = describe(from_conllu(conllu(sentence)), head, LEX, PARTY, [], generic=True)
    assert m is not None and m.text == text


def test_a_plural_noun_opening_a_sentence_is_no_name_unless_the_text_names_someone_so():
    parse = from_conllu(conllu(
        "Buurtbewoners NOUN 3 nsubj Number=Plur | zijn AUX 3 cop | boos ADJ 0 root | ~. PUNCT 3 punct",
        "Kamerlid NOUN 4 nsubj | Renske PROPN 1 appos | Leijten PROPN 2 flat | sprak VERB 0 root | ~. PUNCT 4 punct",
        "Leijten NOUN 3 nsubj Number=Plur | was AUX 3 cop | boos ADJ 0 root | ~. PUNCT 3 punct"))
    assert [m.name for m in find_names(parse, LEX, PARTY)] == ["Renske Leijten", "Leijten"]


def test_an_age_in_words_before_a_name_belongs_to_the_article():
    parse = from_conllu(conllu("Ook ADV 5 advmod | de DET 4 det | zevenjarige ADJ 4 amod | Noah PROPN 5 nsubj | "
                               "huilde VERB 0 root | ~. PUNCT 5 punct"))
    assert [m.name for m in find_names(parse, LEX, PARTY)] == ["Noah"]


def test_a_role_with_a_van_phrase_before_a_name_is_its_role_and_the_name_speaks_for_it():
    parse = from_conllu(conllu("Officier NOUN 6 nsubj | van ADP 3 case | justitie NOUN 1 nmod | Marieke PROPN 3 appos | "
                               "Hoogland PROPN 4 flat | eiste VERB 0 root | straf NOUN 6 obj | ~. PUNCT 6 punct"))
    (m,) = find_names(parse, LEX, PARTY)
    assert (m.name, m.office) == ("Marieke Hoogland", "officier")
    assert describe(parse, 0, LEX, PARTY, [m]) is m


def _residents(*sentences: str) -> dict[str, tuple[str, str]]:
    from quoteattr.mentions import residents

    return residents(from_conllu(conllu(*sentences)), LEX, KnowledgeBase.default().is_forename)


def test_an_inhabitant_noun_of_a_place_the_text_names_is_a_demonym():
    found = _residents(
        "Harm PROPN 0 root | Bos PROPN 1 flat | woont VERB 1 parataxis | in ADP 5 case | Loppersum PROPN 3 obl",
        "De DET 3 det | 67-jarige ADJ 3 amod | Loppersumer PROPN 4 nsubj | zwijgt VERB 0 root")
    assert found == {"loppersumer": ("@loppersum", "m")}


def test_a_female_inhabitant_noun_in_se_needs_no_place_in_the_text():
    found = _residents("zegt VERB 0 root | de DET 3 det | Venlose NOUN 1 nsubj")
    assert found == {"venlose": ("@venlo", "f")}


@pytest.mark.parametrize("sentence", [
    # an adjective of the noun after it
    "zei VERB 0 root | de DET 4 det | Eindhovense ADJ 4 amod | oefenmeester NOUN 1 nsubj",
    # an adjective of the name after it
    "De DET 3 det | Hollandse ADJ 3 amod | Spaarbank PROPN 4 nsubj | groeit VERB 0 root",
    # a nationality the lexicon knows (a demonym of its own)
    "zei VERB 0 root | de DET 3 det | Nederlandse ADJ 1 nsubj",
    # an ordinary noun
    "in ADP 3 case | de DET 3 det | Kamer NOUN 0 root",
    # a surname in -er with no place it is made of
    "zei VERB 0 root | De DET 3 det | Ruiter PROPN 1 nsubj",
])
def test_words_that_are_no_inhabitant_nouns(sentence):
    assert _residents(sentence) == {}
