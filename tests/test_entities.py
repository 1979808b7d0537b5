"""Entities on hand-built trees: surname clustering, pronoun and role-noun resolution."""

from __future__ import annotations

from trees import conllu

from quoteattr import lexicon
from quoteattr.entities import EntityTable, name_parts
from quoteattr.kb import KnowledgeBase
from quoteattr.mentions import describe, find_names
from quoteattr.parsed import from_conllu

LEX = lexicon.load()
PARTY = KnowledgeBase.default().normalize_party


def _table(*sentences: str) -> tuple[EntityTable, object]:
    parse = from_conllu(conllu(*sentences))
    names = find_names(parse, LEX, PARTY)
    return EntityTable(parse, names, LEX), parse


def _word(parse, form: str, nth: int = 0) -> int:
    return [w.index for w in parse.words if w.text == form][nth]


def test_name_parts():
    assert name_parts("Eric van der Burg") == ("Eric", "van der Burg")
    assert name_parts("Mark Rutte") == ("Mark", "Rutte")
    assert name_parts("Van der Plas") == ("", "Van der Plas")
    assert name_parts("Rutte") == ("", "Rutte")


def test_a_surname_joins_the_full_name_and_namesakes_stay_apart():
    table, _ = _table(
        "Mark PROPN 3 nsubj | Rutte PROPN 1 flat | sprak VERB 0 root | met ADP 5 case | Arno PROPN 3 obl | "
        "Rutte PROPN 5 flat | ~. PUNCT 3 punct",
        "Rutte PROPN 2 nsubj | lachte VERB 0 root | ~. PUNCT 2 punct")
    people = [(e.name, len(e.mentions)) for e in table.entities if e.kind == "person"]
    # the bare surname goes to the namesake mentioned last
    assert people == [("Mark Rutte", 1), ("Arno Rutte", 2)]


def test_hij_takes_up_the_subject_of_the_sentence_before():
    table, parse = _table(
        "Omtzigt PROPN 2 nsubj | sprak VERB 0 root | met ADP 4 case | Wilders PROPN 2 obl | ~. PUNCT 2 punct",
        "Hij PRON 2 nsubj | was AUX 0 root | tevreden ADJ 2 xcomp | ~. PUNCT 2 punct")
    hij = describe(parse, _word(parse, "Hij"), LEX, PARTY, [])
    assert table.resolve_pronoun(hij, None).name == "Omtzigt"


def test_a_name_inside_a_role_compound_subject_counts_as_subject():
    table, parse = _table(
        "Timmermans PROPN 2 nsubj | sprak VERB 0 root | lang ADV 2 advmod | ~. PUNCT 2 punct",
        "Ook ADV 5 advmod | GroenLinks-Kamerlid PROPN 5 nsubj | Jesse PROPN 2 flat | Klaver PROPN 3 flat | "
        "was AUX 0 root | kritisch ADJ 5 xcomp | ~. PUNCT 5 punct",
        "Hij PRON 2 nsubj | vertrok VERB 0 root | ~. PUNCT 2 punct")
    hij = describe(parse, _word(parse, "Hij"), LEX, PARTY, [])
    # Timmermans spoke before, but Klaver is who the sentence before is about
    speaker = table.entities[0]
    speaker.speaker_of = 2
    assert table.resolve_pronoun(hij, speaker.index).name == "Jesse Klaver"


def test_a_subject_hung_on_the_auxiliary_of_the_main_verb_is_the_main_clause_subject():
    # "Een woordvoerder liet weten dat …" with the subject on "liet" (laten weten), which the parser made an aux
    table, parse = _table("Een DET 2 det | woordvoerder NOUN 3 nsubj | liet VERB 4 aux | weten VERB 0 root | "
                          "dat SCONJ 7 mark | het PRON 7 nsubj | klopt VERB 4 ccomp | ~. PUNCT 4 punct")
    assert table.main_subject(_word(parse, "woordvoerder"))
    assert not table.main_subject(_word(parse, "het"))


def test_the_source_after_aldus_takes_up_hij_as_a_subject_would():
    # Wiersma spoke more often and was the subject two sentences before; Van der Plas is who spoke last
    table, parse = _table(
        "Wiersma PROPN 2 nsubj | sprak VERB 0 root | met ADP 4 case | Van PROPN 2 obl | der PROPN 4 flat | "
        "Plas PROPN 4 flat | ~. PUNCT 2 punct",
        "Het PRON 2 nsubj | klopt VERB 0 root | ~, PUNCT 5 punct | aldus ADV 5 advmod | Van PROPN 2 parataxis | "
        "der PROPN 5 flat | Plas PROPN 5 flat | ~. PUNCT 2 punct",
        "Hij PRON 2 nsubj | vertrok VERB 0 root | ~. PUNCT 2 punct")
    hij = describe(parse, _word(parse, "Hij"), LEX, PARTY, [])
    wiersma = table.entities[0]
    wiersma.speaker_of = 3
    assert table.resolve_pronoun(hij, None).name == "Van der Plas"


def test_zij_agrees_in_gender():
    table, parse = _table(
        "Minister NOUN 3 nsubj | Kaag PROPN 1 flat | sprak VERB 0 root | met ADP 5 case | premier NOUN 3 obl | "
        "Rutte PROPN 5 flat | ~. PUNCT 3 punct",
        "Zij PRON 2 nsubj | lachte VERB 0 root | ~. PUNCT 2 punct")
    for e in table.entities:
        e.gender = {"Kaag": "f", "Rutte": "m"}[e.name]
    zij = describe(parse, _word(parse, "Zij"), LEX, PARTY, [])
    assert table.resolve_pronoun(zij, None).name == "Kaag"


def test_a_role_noun_takes_up_a_person_with_a_compatible_office():
    table, parse = _table(
        "Staatssecretaris NOUN 5 nsubj | Van PROPN 1 flat | der PROPN 2 flat | Burg PROPN 2 flat | bezocht VERB 0 root | "
        "Ter PROPN 5 obj | Apel PROPN 6 flat | ~. PUNCT 5 punct",
        "De DET 2 det | bewindsman NOUN 3 nsubj | zweeg VERB 0 root | ~. PUNCT 3 punct")
    role = describe(parse, _word(parse, "bewindsman"), LEX, PARTY, [])
    assert role.kind == "role"
    assert table.resolve_role(role).name == "Van der Burg"


def test_a_role_noun_uses_offices_the_knowledge_base_knows():
    table, parse = _table(
        "Silvio PROPN 3 nsubj | Erkens PROPN 1 flat | twijfelt VERB 0 root | ~. PUNCT 3 punct",
        "Het DET 2 det | Kamerlid NOUN 3 nsubj | zweeg VERB 0 root | ~. PUNCT 3 punct")
    role = describe(parse, _word(parse, "Kamerlid"), LEX, PARTY, [])
    assert table.resolve_role(role) is None  # the text never says he is a member of parliament
    table.entities[0].kb_roles = ("kamerlid",)
    assert table.resolve_role(role).name == "Silvio Erkens"


def test_a_demonym_takes_up_only_the_person_the_text_gave_that_nationality():
    table, parse = _table(
        "De DET 2 det | Argentijn PROPN 5 nsubj | Diego PROPN 2 flat | Ramos PROPN 2 flat | versloeg VERB 0 root | "
        "Pavel PROPN 5 obj | Orlov PROPN 6 flat | ~. PUNCT 5 punct",
        "De DET 2 det | Argentijn NOUN 3 nsubj | lachte VERB 0 root | ~. PUNCT 3 punct",
        "De DET 2 det | Rus NOUN 3 nsubj | zweeg VERB 0 root | ~. PUNCT 3 punct")
    argentine = describe(parse, _word(parse, "Argentijn", 1), LEX, PARTY, [])
    russian = describe(parse, _word(parse, "Rus"), LEX, PARTY, [])
    assert argentine.kind == "role" and table.resolve_role(argentine).name == "Diego Ramos"
    # Orlov was named last, but the text never said he is Russian
    assert table.resolve_role(russian) is None
    ramos = table.entities[0]
    assert ramos.role is None and ramos.nationality == "nationality:ar"


def test_a_subject_the_parser_made_the_root_of_its_sentence_still_takes_up_hij():
    # "Premier Kok reageerde kalm." parsed as a noun phrase, the verb a modifier of "kalm"
    table, parse = _table(
        "Minister NOUN 3 nsubj | Zalm PROPN 1 flat | sprak VERB 0 root | lang ADV 3 advmod | ~. PUNCT 3 punct",
        "Premier NOUN 0 root | Kok PROPN 1 appos | reageerde VERB 4 amod VerbForm=Fin | kalm NOUN 1 nmod | "
        "~. PUNCT 1 punct",
        "Hij PRON 2 nsubj | knikte VERB 0 root | ~. PUNCT 2 punct")
    hij = describe(parse, _word(parse, "Hij"), LEX, PARTY, [])
    assert table.resolve_pronoun(hij, None).name == "Kok"
