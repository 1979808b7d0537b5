"""The Dutch word lists shipped in quoteattr/data."""

from __future__ import annotations

import pytest

from quoteattr import lexicon

LEX = lexicon.load()


def test_at_least_150_cue_verbs_with_senses():
    assert len(LEX.cue_senses) >= 150
    assert {"say", "assert", "warn", "admit", "write", "opinion"} <= set(LEX.cue_senses.values())


@pytest.mark.parametrize("lemma", ["zeggen", "bezweren", "waarschuwen", "erkennen", "aangeven", "toevoegen",
                                   "reageren", "twitteren", "schrijven", "vinden", "verklaren", "benadrukken"])
def test_issue_cue_verbs_present(lemma):
    assert LEX.is_cue(lemma)


@pytest.mark.parametrize(
    ("noun", "office"),
    [("premier", "minister-president"), ("bewindsman", "bewindspersoon"), ("bewindsvrouw", "bewindspersoon"),
     ("CDA-leider", "partijleider"), ("oud-minister", "minister"), ("vicepremier", "vicepremier"),
     ("staatssecretaris", "staatssecretaris"), ("trainer", "trainer"),
     # closed compounds on a role noun; only a party makes a leider the party leader
     ("landbouwminister", "minister"), ("Boerenleider", "leider"), ("oppositieleider", "partijleider"),
     ("longarts", "arts")],
)
def test_role_nouns(noun, office):
    info = LEX.role(noun)
    assert info is not None and info[0] == office


def test_role_gender():
    assert LEX.role("bewindsvrouw") == ("bewindspersoon", "f")
    assert LEX.role("asielzoeker") is None
    assert LEX.role("leider") == LEX.role("partijleider")
    assert LEX.role("asielzoekerscentrum") is None


@pytest.mark.parametrize(
    ("noun", "kind"),
    [("ingewijden", "anonymous"), ("coalitiebron", "anonymous"), ("kabinetsbronnen", "anonymous"),
     ("kabinet", "organisation"), ("critici", "group"), ("auto", None)],
)
def test_sources(noun, kind):
    assert LEX.source_kind(noun) == kind


@pytest.mark.parametrize(("noun", "excluded"), [("grondwet", True), ("kieswet", True), ("akkoord", True),
                                                ("ingewijden", False), ("minister", False)])
def test_volgens_exclusions(noun, excluded):
    assert LEX.excluded_after_volgens(noun) is excluded


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("benadrukte", "benadrukken"), ("twitterde", "twitteren"), ("gewaarschuwd", "waarschuwen"),
     ("vraagt", "vragen"), ("schrijft", "schrijven"), ("reageerde", "reageren"), ("gezegd", "zeggen"),
     ("fietste", None), ("huis", None)],
)
def test_cue_from_unknown_verb_forms(form, lemma):
    assert LEX.cue_from_form(form) == lemma


@pytest.mark.parametrize(("noun", "expected"), [("concern", True), ("luchtvaartmaatschappij", True),
                                                 ("voetbalclub", True), ("partij", True), ("minister", False),
                                                 ("club", True), ("pub", False)])
def test_nouns_that_take_up_an_organisation(noun, expected):
    assert LEX.takes_up_organisation(noun) is expected


@pytest.mark.parametrize(("word", "expected"), [
    ("album", True), ("Hits", True), ("debuutalbum", True), ("eindrapport", True), ("getiteld", True),
    ("verkiezingsprogramma", True), ("lied", True), ("volkslied", False),  # too short a head for a compound
    ("minister", False), ("plan", False), ("zei", False)])
def test_words_that_introduce_a_title(word, expected):
    assert LEX.introduces_title(word) is expected


@pytest.mark.parametrize(("noun", "gender"), [
    ("buurtbewoonster", "f"),  # by its ending
    ("zakenman", "m"),
    ("woordvoerster", "f"),  # a role
    ("woordvoerder", "-"),
    ("PVV-leider", "-"),
    ("schrijver", "-"),  # said of writers of either sex
    ("ingewijde", "-"),  # an unnamed source
    ("venster", None),  # an ending of person nouns on a thing
    ("roman", None),
    ("plan", None),
    ("Argentijn", None),  # a nationality is read by the demonym rules, not as a person noun
])
def test_person_gender(noun, gender):
    assert LEX.person_gender(noun) == gender


def test_term_words_and_family_roles():
    assert {"zogeheten", "zogenaamde", "begrip"} <= LEX.term_words
    assert LEX.role("dochter") == ("dochter", "f")
    assert LEX.role("getuige") == ("getuige", "-")


@pytest.mark.parametrize(("noun", "kind", "compound"), [
    ("vakbond", "association", "association"), ("bond", "association", None), ("Rabobank", "company", "company"),
    ("energiebedrijf", "company", "company"), ("voetbalclub", "club", "club"), ("minister", None, None)])
def test_the_kind_of_organisation_a_noun_names(noun, kind, compound):
    assert LEX.organisation_kind(noun) == kind
    assert LEX.organisation_kind(noun, compound_only=True) == compound


@pytest.mark.parametrize(("name", "party"), [
    ("Leefbaar Deventer", "Leefbaar Deventer"),
    ("Leefbaar Bergen op Zoom", "Leefbaar Bergen op Zoom"),  # a place name with a particle inside
    ("Gemeentebelangen", "Gemeentebelangen"),  # a name alone
    ("Stadspartij Den Helder", "Stadspartij Den Helder"),
    ("Leefbaar", None),  # an opening word that needs its place
    ("Leefbaar Deventer.", None),  # punctuation is no part of a name
    ("Leefbaar wonen", None),  # an ordinary phrase
    ("Stadsbestuur Utrecht", None),
])
def test_local_parties(name, party):
    assert LEX.local_party(name) == party


@pytest.mark.parametrize(("name", "party"), [
    ("N-VA", "N-VA"), ("Open VLD", "Open VLD"), ("CD&V", "CD&V"),
    ("Groen", None),  # also a surname: left out of the list
    ("cd&v", None),  # written as the party writes itself only
])
def test_parties_abroad(name, party):
    assert LEX.foreign_party(name) == party


def test_a_dutch_party_and_its_sister_abroad():
    assert LEX.sister_parties("CDA", "CD&V") and LEX.sister_parties("Vooruit", "SP")
    assert not LEX.sister_parties("VVD", "CD&V") and not LEX.sister_parties("PVV", "N-VA")


def test_a_place_with_a_listed_demonym_gives_its_key_and_any_other_place_its_name():
    lex = lexicon.load()
    assert lex.origin_of("Rotterdam") == "nationality:nl-rtm"  # "de Rotterdammer"
    assert lex.origin_of("Den Haag") == "nationality:nl-dh"  # "de Hagenaar"
    assert lex.origin_of("Venlo") == "nationality:@venlo"  # the inhabitants' noun is found in the text (residents)


@pytest.mark.parametrize(("form", "lemma"), [
    ("beloofde", "beloven"),  # a weak past with f for v
    ("gewaarschuwd", "waarschuwen"),  # a participle
    ("vraagt", "vragen"),  # a doubled vowel
    ("zei", None),  # strong forms are not read from the stem
])
def test_a_regular_verb_form_is_read_through_its_stem(form, lemma):
    stems = lexicon.verb_stems(["beloven", "waarschuwen", "vragen", "zeggen"])
    assert lexicon.lemma_from_stems(form, stems) == lemma
