"""Tests for quoteattr.sentence_repair: the tokenizer's breaks inside prose paragraphs, undone."""

from __future__ import annotations

import pytest
from conftest import needs_models

from quoteattr.sentence_repair import cut_sentences, ends_sentence, ends_with_abbreviation, join_sentences


def tokenized(marked: str) -> tuple[str, list[list[tuple[str, int, int]]]]:
    """The text and its sentences from ``marked``, where `` | `` stands for a tokenizer's sentence break.

    Tokens are the whitespace-separated words; the break marks are not part of the text.
    """
    text = marked.replace(" | ", " ")
    sentences: list[list[tuple[str, int, int]]] = []
    position = 0
    for part in marked.split(" | "):
        tokens = []
        for word in part.split():
            start = text.index(word, position)
            tokens.append((word, start, start + len(word)))
            position = start + len(word)
        sentences.append(tokens)
    return text, sentences


def rendered(sentences: list[list[tuple[str, int, int]]]) -> str:
    return " | ".join(" ".join(form for form, _, _ in s) for s in sentences)


@pytest.mark.parametrize(("marked", "expected"), [
    # a break before a name in a prose paragraph is undone
    ("Volgens FNV-bestuurder | Kitty Jong moeten de lonen omhoog .",
     "Volgens FNV-bestuurder Kitty Jong moeten de lonen omhoog ."),
    # two such breaks in one paragraph still read as prose
    ("Dat zei SP-Kamerlid | Michiel van Nispen . | Ook VVD-Kamerlid | Peter de Groot was kritisch .",
     "Dat zei SP-Kamerlid Michiel van Nispen . | Ook VVD-Kamerlid Peter de Groot was kritisch ."),
    # breaks after final punctuation stay, also with a closing quote or bracket after it
    ("Het kabinet valt . | Hij zei : „ Wij gaan door . ” | Daarna ging hij weg .",
     "Het kabinet valt . | Hij zei : „ Wij gaan door . ” | Daarna ging hij weg ."),
    ("De partij verloor ( zes zetels . ) | Zij gaat verder !",
     "De partij verloor ( zes zetels . ) | Zij gaat verder !"),
    # a colon or semicolon may end a sentence
    ("Hij somde op : | de huren , de zorg en het onderwijs .",
     "Hij somde op : | de huren , de zorg en het onderwijs ."),
    # a paragraph that does not end in punctuation is a heading, caption or list: left alone
    ("Uitslagen van de verkiezingen | Amsterdam",
     "Uitslagen van de verkiezingen | Amsterdam"),
    # the stop of an abbreviated title ends no sentence, as one token or split off
    ("Dat zei prof. | dr. Anna de Vries van de universiteit .",
     "Dat zei prof. dr. Anna de Vries van de universiteit ."),
    # more than two unpunctuated breaks make the paragraph a list, even when it ends with a stop
    ("Kamerleden : | Jan de Vries | Piet Bakker | Els Smit | Anna Jansen .",
     "Kamerleden : | Jan de Vries | Piet Bakker | Els Smit | Anna Jansen ."),
])
def test_unpunctuated_breaks_are_undone_only_in_prose_paragraphs(marked, expected):
    text, sentences = tokenized(marked)
    assert rendered(join_sentences(sentences, text)) == expected


@pytest.mark.parametrize(("marked", "expected"), [
    # in a list (many breaks without punctuation), a break after a title still goes
    ("Fractie : | Jan de Vries | Piet Bakker | mr. | A. Smit | Els Jansen .",
     "Fractie : | Jan de Vries | Piet Bakker | mr. A. Smit | Els Jansen ."),
    # so does one after `St.` before a name, even though it ends in a stop
    ("Het altaar van de St. | Bavo werd hersteld .", "Het altaar van de St. Bavo werd hersteld ."),
    # and one after a hyphenated particle (`kabinet-Van Agt`)
    ("Ministers | Jan Smit - kabinet-Van | Agt | Els de Wit - kabinet-Den | Uyl | Piet Klaver - kabinet-Kok",
     "Ministers | Jan Smit - kabinet-Van Agt | Els de Wit - kabinet-Den Uyl | Piet Klaver - kabinet-Kok"),
    # an abbreviation that stands inside sentences, before a word in lower case
    ("Partijen als o.a. | de VVD en de zgn. | middenpartijen stemden voor .",
     "Partijen als o.a. de VVD en de zgn. middenpartijen stemden voor ."),
    # ... but not before a capital, where a new sentence may begin
    ("Het pakket kost ca. 40 euro incl. | Dat is veel .", "Het pakket kost ca. 40 euro incl. | Dat is veel ."),
    # a date is not cut between month and year
    ("Tijdlijn | 18 augustus | 2004 - opening | 3 mei | 2010 - sluiting",
     "Tijdlijn | 18 augustus 2004 - opening | 3 mei 2010 - sluiting"),
])
def test_breaks_before_a_name_or_inside_an_abbreviation_or_date_are_undone_in_every_paragraph(marked, expected):
    text, sentences = tokenized(marked)
    assert rendered(join_sentences(sentences, text)) == expected


@pytest.mark.parametrize(("form", "expected"), [
    ("zgn.", True), ("Ca.", True), ("o.a.", True), ("S.V.P.", True), ("m.b.t.", True),
    ("huis.", False), ("2.1.", False), (".", False),
])
def test_ends_with_abbreviation(form, expected):
    assert ends_with_abbreviation([(form, 0, len(form))]) is expected


def test_an_abbreviation_whose_stop_the_tokenizer_split_off_is_read_whole():
    assert ends_with_abbreviation([("van", 0, 3), ("de", 4, 6), ("S.V.P", 7, 12), (".", 12, 13)])
    assert not ends_with_abbreviation([("S.V.P", 7, 12), (".", 13, 14)])  # a stop after a space


def tagged(marked: str) -> tuple[str, list[list[tuple[str, int, int, str]]]]:
    """Like :func:`tokenized`, with each word written ``form/UPOS``."""
    text, sentences = tokenized(" ".join(w.rsplit("/", 1)[0] if w != "|" else w for w in marked.split()))
    tags = [[w.rsplit("/", 1)[1] for w in part.split()] for part in marked.split(" | ")]
    return text, [[t + (tag,) for t, tag in zip(s, ts, strict=True)] for s, ts in zip(sentences, tags, strict=True)]


@pytest.mark.parametrize(("marked", "cut"), [
    # a break after a preposition, conjunction or article cuts a sentence
    ("Prijzen/NOUN | 1987/NUM -/PUNCT Anna/PROPN Smit/PROPN voor/ADP | Op/ADP de/DET dijk/NOUN", [2]),
    ("Ze/PRON vertrok/VERB wanneer/SCONJ | Kees/PROPN belde/VERB", [1]),
    # a break between a verb and a name
    ("Later/ADV ontdekt/VERB | Ron/PROPN het/PRON geheim/NOUN", [1]),
    # list items after a noun, a name, or a verb before an article stay apart
    ("Reden/NOUN van/ADP bestaan/VERB | De/DET vraag/NOUN | Jan/PROPN Smit/PROPN | Els/PROPN Bos/PROPN", []),
    # a break after final punctuation is no cut
    ("Hij/PRON zei/VERB :/PUNCT | Ron/PROPN komt/VERB ./PUNCT", []),
])
def test_cut_sentences_reads_the_tags_at_a_break(marked, cut):
    text, sentences = tagged(marked)
    assert cut_sentences(sentences, text) == cut


def test_breaks_across_paragraphs_stay():
    text = "De minister zweeg\n\nDe oppositie was woedend ."
    first = [("De", 0, 2), ("minister", 3, 11), ("zweeg", 12, 17)]
    second = [(w, text.index(w, 19), text.index(w, 19) + len(w)) for w in ("De", "oppositie", "was", "woedend", ".")]
    assert join_sentences([first, second], text) == [first, second]


def test_a_title_whose_stop_the_tokenizer_split_off_ends_no_sentence():
    text = "Volgens drs. Piet de Boer is dat onzin ."
    first = [("Volgens", 0, 7), ("drs", 8, 11), (".", 11, 12)]
    second = [(w, text.index(w, 13), text.index(w, 13) + len(w)) for w in "Piet de Boer is dat onzin .".split()]
    assert join_sentences([first, second], text) == [first + second]
    # a stop with a space before it is no title's
    assert ends_sentence([("Hij", 0, 3), ("drs", 4, 7), (".", 8, 9)])


def test_joined_sentences_keep_their_tokens_and_offsets():
    text, sentences = tokenized("Volgens FNV-bestuurder | Kitty Jong moeten de lonen omhoog .")
    (joined,) = join_sentences(sentences, text)
    assert joined == [t for s in sentences for t in s]
    assert all(text[start:end] == form for form, start, end in joined)


@pytest.mark.parametrize(("forms", "expected"), [
    (["Hij", "ging", "."], True),
    (["Hij", "zei", ":"], True),
    (["„", "Nee", "!", "”"], True),
    (["(", "zie", "boven", ".", ")"], True),
    (["Hij", "zei"], False),
    (["Lijst", "van", "ministers", ")"], False),
    (["Dat", "zei", "prof."], False),
    (["Dat", "zei", "Prof."], False),
    (["Het", "is", "prof"], False),
])
def test_ends_sentence(forms, expected):
    assert ends_sentence([(f, 0, len(f)) for f in forms]) is expected


@needs_models
def test_the_bundled_pipeline_keeps_a_sentence_with_a_party_role_before_a_name_whole():
    from quoteattr.nlp import load_pipeline

    text = "Volgens FNV-bestuurder Kitty Jong moeten de lonen omhoog. Ook VVD-Kamerlid Peter de Groot was kritisch."
    doc = load_pipeline()(text)
    assert [s.text for s in doc.sentences] == ["Volgens FNV-bestuurder Kitty Jong moeten de lonen omhoog.",
                                               "Ook VVD-Kamerlid Peter de Groot was kritisch."]
    assert all(text[t.start_char:t.end_char] == t.text for s in doc.sentences for t in s.tokens)


@needs_models
def test_the_repair_is_left_out_on_request_and_for_pretokenized_input():
    from quoteattr.nlp import SENTENCE_REPAIR, load_pipeline

    assert SENTENCE_REPAIR in load_pipeline(processors="tokenize").processors
    assert SENTENCE_REPAIR not in load_pipeline(processors="tokenize", repair_trees=False).processors
    pretokenized = load_pipeline(processors="tokenize,pos", tokenize_pretokenized=True)
    assert SENTENCE_REPAIR not in pretokenized.processors
    doc = pretokenized([["Volgens", "FNV-bestuurder"], ["Kitty", "Jong", "zwijgt", "."]])
    assert len(doc.sentences) == 2


@needs_models
@pytest.mark.parametrize(("text", "cut", "whole"), [
    # a list of prize winners: the tokenizer cuts an item after `voor`
    ("Prijswinnaars 1947 - Marcel Brauns voor Zangen van de nacht 1987 - Anna Smit voor Op de bermen van de stad "
     "1990 - Piet Bos voor Gedichten", "1987 - Anna Smit voor", "1987 - Anna Smit voor Op de bermen van de stad"),
    # a paragraph that reads as a list to `sentrepair`: the tokenizer cuts between a verb and its object
    ("Inhoud Personages Terwijl Harry en Hermelien proberen Zwarts te redden, vlucht Ron weg. "
     "Zie ook Externe links Boeken", "Inhoud Personages Terwijl Harry en Hermelien proberen",
     "Inhoud Personages Terwijl Harry en Hermelien proberen Zwarts te redden, vlucht Ron weg."),
])
def test_the_bundled_pipeline_joins_a_sentence_the_tags_show_was_cut(text, cut, whole):
    from quoteattr.nlp import SENTENCE_JOIN, load_pipeline

    nlp = load_pipeline()
    assert SENTENCE_JOIN in nlp.processors
    unjoined = nlp(text, processors=[p for p in nlp.processors if p != SENTENCE_JOIN])
    assert cut in [s.text for s in unjoined.sentences]  # (what the tokenizer does)
    doc = nlp(text)
    assert whole in [s.text for s in doc.sentences]
    joined = next(s for s in doc.sentences if s.text == whole)
    assert [w.id for w in joined.words] == list(range(1, len(joined.words) + 1))
    assert sum(w.head == 0 for w in joined.words) == 1 and all(w.upos for w in joined.words)
    assert all(text[t.start_char:t.end_char] == t.text for s in doc.sentences for t in s.tokens)


@needs_models
def test_the_join_is_left_out_with_the_other_repairs():
    from quoteattr.nlp import SENTENCE_JOIN, load_pipeline

    assert SENTENCE_JOIN not in load_pipeline(repair_trees=False).processors
    assert SENTENCE_JOIN not in load_pipeline(tokenize_pretokenized=True).processors
