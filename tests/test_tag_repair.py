"""Tests for quoteattr.tag_repair: words the training data knows with one part of speech get it before parsing."""

from __future__ import annotations

from conftest import needs_models
from stanza.models.common.doc import Document

from quoteattr.tag_repair import NAME, party_names, repair_tags, tag_lexicon


def words(*rows: tuple[str, str]):
    doc = Document([[{"id": i, "text": form, "upos": upos} for i, (form, upos) in enumerate(rows, 1)]])
    return doc.sentences[0].words


def test_the_lexicon_is_the_generated_data_file():
    table = tag_lexicon()
    assert len(table) > 10_000
    # one tag in all the training data; case-sensitive forms; ambiguous words are not listed
    assert table["%"] == "SYM"
    assert "zijn" not in table and "is" not in table  # AUX and VERB
    assert all(tag.isupper() for tag in list(table.values())[:200])


def test_listed_words_get_their_tag_and_the_others_keep_theirs():
    listed = next(form for form, tag in tag_lexicon().items() if tag == "NOUN" and form.isalpha() and len(form) > 5)
    sentence = words(("De", "DET"), (listed, "VERB"), ("zijn", "AUX"), ("Blorptrax", "PROPN"))
    assert repair_tags(sentence) == 1
    assert [w.upos for w in sentence] == ["DET", "NOUN", "AUX", "PROPN"]
    assert repair_tags(sentence) == 0  # nothing left to change


@needs_models
def test_the_bundled_pipeline_repairs_tags_between_the_tagger_and_the_parser():
    from quoteattr.nlp import load_pipeline

    names = [str(p).split("(")[0] for p in load_pipeline().loaded_processors]
    assert names.index("TagRepairProcessor") == names.index("POSProcessor") + 1
    assert names.index("TagRepairProcessor") < names.index("DepparseProcessor")
    assert NAME not in load_pipeline(repair_trees=False).processors


def test_party_names_become_proper_nouns_but_ordinary_words_do_not():
    names = party_names()
    assert {"D66", "50PLUS", "JA21", "PvdA", "GroenLinks-PvdA", "CU"} <= names
    assert not {"Volt", "Denk", "liberalen"} & names  # also ordinary words (or a member noun)
    sentence = words(("D66", "NUM"), ("en", "CCONJ"), ("50PLUS", "SYM"), ("Volt", "NOUN"), ("VVD", "PROPN"))
    assert repair_tags(sentence) == 2
    assert [w.upos for w in sentence] == ["PROPN", "CCONJ", "PROPN", "NOUN", "PROPN"]


@needs_models
def test_a_party_with_a_digit_is_parsed_as_a_name():
    from quoteattr.nlp import parse

    sentence = parse("D66 wil dat het kabinet meer geld uittrekt voor onderwijs.").sentences[0]
    d66 = sentence.words[0]
    assert (d66.upos, d66.deprel, sentence.words[d66.head - 1].text) == ("PROPN", "nsubj", "wil")


def test_a_source_noun_the_tagger_made_a_verb_or_adjective_is_a_noun_unless_a_noun_follows():
    sentence = words(("Een", "DET"), ("betrokkene", "VERB"), (":", "PUNCT"))
    assert repair_tags(sentence) == 1 and sentence[1].upos == "NOUN"
    sentence = words(("Critici", "ADJ"), ("vinden", "VERB"))
    assert repair_tags(sentence) == 1 and sentence[0].upos == "NOUN"
    attributive = words(("de", "DET"), ("ingewijde", "ADJ"), ("kringen", "NOUN"))
    assert repair_tags(attributive) == 0


def test_a_sentence_opening_surname_the_document_tags_as_a_name_elsewhere_is_a_name():
    from quoteattr.tag_repair import repair_names

    earlier = words(("Volgens", "ADP"), ("Vermeulen", "PROPN"), ("klopt", "VERB"), ("het", "PRON"))
    opening = words(("Vermeulen", "VERB"), ("is", "AUX"), ("bezig", "ADJ"))
    attributive = words(("Vlaamse", "ADJ"), ("regering", "NOUN"))
    elsewhere = words(("De", "DET"), ("Vlaamse", "PROPN"), ("Beweging", "PROPN"))
    assert repair_names([earlier, opening, attributive, elsewhere]) == 1
    assert opening[0].upos == "PROPN"
    assert attributive[0].upos == "ADJ"  # an adjective of the noun after it stays one


def test_the_word_after_an_opening_subject_pronoun_is_a_verb():
    sentence = words(("Zij", "PRON"), ("verwijt", "NOUN"), ("Wilders", "PROPN"), ("dat", "SCONJ"))
    assert repair_tags(sentence) >= 1 and sentence[1].upos == "VERB"
    named = words(("Het", "DET"), ("verwijt", "NOUN"), ("klopt", "VERB"))
    repair_tags(named)
    assert named[1].upos == "NOUN"


def test_of_after_a_verb_of_asking_opens_the_question():
    asked = words(("wilde", "AUX"), ("weten", "VERB"), ("of", "CCONJ"), ("het", "PRON"), ("klopt", "VERB"))
    repair_tags(asked)
    assert asked[2].upos == "SCONJ"
    listed = words(("twee", "NUM"), ("of", "CCONJ"), ("drie", "NUM"))
    repair_tags(listed)
    assert listed[1].upos == "CCONJ"


def test_a_word_in_capitals_is_no_function_word():
    # "van het OM", with the abbreviation read as "om"
    sentence = words(("van", "ADP"), ("het", "DET"), ("OM", "ADP"), ("laat", "AUX"))
    repair_tags(sentence)
    assert [w.upos for w in sentence] == ["ADP", "DET", "PROPN", "AUX"]
    numeral = words(("Willem", "PROPN"), ("IV", "NUM"))
    repair_tags(numeral)
    assert numeral[1].upos == "NUM"
