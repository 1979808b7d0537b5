"""Tests for quoteattr.sentence_repair: the tokenizer's breaks inside prose paragraphs, undone."""

from __future__ import annotations

import pytest
from conftest import needs_models

from quoteattr.sentence_repair import ends_sentence, join_sentences


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
