"""The nlp stage: loading the bundled Dutch pipeline offline and what its parses look like."""

from __future__ import annotations

import socket

import pytest
from conftest import needs_models

from quoteattr.nlp import PipelineError, _load, _resolve_processors, load_pipeline, model_info, parse


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_processors_bring_their_requirements():
    assert _resolve_processors("depparse") == ("tokenize", "pos", "lemma", "depparse")
    assert _resolve_processors(("pos",)) == ("tokenize", "pos")
    assert _resolve_processors("tokenize") == ("tokenize",)


@pytest.mark.parametrize("processors", ["ner", "tokenize,sentiment", ""])
def test_unknown_processors_are_a_clear_error(processors):
    with pytest.raises(PipelineError, match="unknown processors"):
        load_pipeline(processors=processors)


def test_a_missing_model_directory_is_a_clear_error(tmp_path):
    with pytest.raises(PipelineError, match="does not exist"):
        load_pipeline(tmp_path / "nowhere")


def test_a_directory_without_models_says_how_to_train_them(tmp_path):
    with pytest.raises(PipelineError, match=r"train them with scripts/train_models\.py"):
        load_pipeline(tmp_path)


@needs_models
def test_bundled_models_load_without_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access during model loading")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    pipeline = _load("bundled", ("tokenize", "pos", "lemma", "depparse"), "cpu", ())  # uncached: really loads
    doc = pipeline("De minister zwijgt.")
    assert [w.text for w in doc.sentences[0].words] == ["De", "minister", "zwijgt", "."]


@needs_models
def test_pipelines_are_loaded_once():
    assert load_pipeline() is load_pipeline("bundled") is load_pipeline(processors="tokenize,pos,lemma,depparse")


@needs_models
def test_bundled_metadata_names_data_and_scores():
    info = model_info()
    assert info["language"] == "nl"
    assert "UD_Dutch-Alpino" in info["data"]["treebanks"]
    assert 0 < info["scores"]["LAS"] <= 100


@needs_models
def test_the_seed_article_parses_with_exact_offsets(nlp, seed_text):
    doc = parse(seed_text, nlp)
    words = [w for s in doc.sentences for w in s.words]
    assert len(doc.sentences) > 10 and len(words) > 300
    for sent in doc.sentences:
        assert sum(w.head == 0 for w in sent.words) == 1  # one root per sentence
        for tok in sent.tokens:  # the parser read the normalised copy: same length, quote marks replaced
            assert len(seed_text[tok.start_char:tok.end_char]) == len(tok.text)
            assert seed_text[tok.start_char:tok.end_char] == tok.text or not tok.text.isalnum()


QUOTE_STYLES = [
    ("„", "”"), ("“", "”"), ('"', '"'), (",,", "''"), ("’", "’"), ("‘", "’"), ("'", "'"), ("«", "»"),
]


@needs_models
@pytest.mark.parametrize(("opening", "closing"), QUOTE_STYLES)
def test_quote_marks_of_every_style_are_tokens_of_their_own(nlp, opening, closing):
    text = f"De wethouder noemt het plan {opening}onhaalbaar en te duur{closing}, zegt ze in de raad."
    doc = parse(text, nlp)
    tokens = [text[t.start_char:t.end_char] for s in doc.sentences for t in s.tokens]
    # ",," reaches the parser as one mark (the copy is normalised), so a mark may be a single character
    assert any(tok and set(tok) <= set(opening) for tok in tokens)
    assert any(tok and set(tok) <= set(closing) for tok in tokens)
    assert "onhaalbaar" in tokens and "duur" in tokens
    assert all(tok.strip(opening + closing) in (tok, "") for tok in tokens)  # no mark glued to a word


@needs_models
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Het kabinet vergadert ’s avonds opnieuw over de begroting.", "’s"),
        ("Zo’n voorstel haalt het nooit, denkt de fractie.", "Zo’n"),
        ("De auto’s van de ministers staan voor de deur.", "auto’s"),
        ("Het ging om zo’n honderd demonstranten op het plein.", "zo’n"),
    ],
)
def test_apostrophe_words_stay_whole(nlp, text, word):
    doc = parse(text, nlp)
    assert word in [text[t.start_char:t.end_char] for s in doc.sentences for t in s.tokens]


@needs_models
@pytest.mark.parametrize(
    "text",
    [
        "„We gaan door met het overleg”, zegt ze na afloop.",
        "„Dit is geen goed voorstel”, zegt ze tegen de Kamer.",
        "Volgens de fractie is er geen meerderheid, zegt ze.",
    ],
)
def test_ze_is_the_subject_of_zegt(nlp, text):
    doc = parse(text, nlp)
    (sent,) = [s for s in doc.sentences if "zegt" in [w.text for w in s.words]]
    ze = next(w for w in sent.words if w.text == "ze")
    zegt = next(w for w in sent.words if w.text == "zegt")
    assert (ze.deprel, ze.head) == ("nsubj", zegt.id)


def test_the_compiled_tree_decoder_gives_stanzas_trees():
    pytest.importorskip("ufal.chu_liu_edmonds")
    import numpy as np
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

    from quoteattr.nlp import one_root_tree

    rng = np.random.default_rng(7)
    for _ in range(200):
        n = int(rng.integers(2, 45))
        scores = np.log(rng.dirichlet(np.ones(n), size=n)).astype(np.float32)  # log-probabilities, like the parser's
        ours, theirs = one_root_tree(scores), chuliu_edmonds_one_root(scores)
        assert list(ours[1:]) == list(theirs[1:])
        assert list(ours[1:]).count(0) == 1


@needs_models
def test_the_bundled_parser_uses_the_compiled_decoder(nlp):
    pytest.importorskip("ufal.chu_liu_edmonds")
    from stanza.models.depparse import model as depparse_model

    from quoteattr.nlp import one_root_tree

    assert depparse_model.chuliu_edmonds_one_root is one_root_tree


def test_a_colon_glued_to_a_word_becomes_a_token(nlp):
    text = 'Jetten reageerde op X: "Dat is niet waar."'
    doc = parse(text, nlp)
    tokens = [t for s in doc.sentences for t in s.tokens]
    assert [t.text for t in tokens[3:5]] == ["X", ":"]
    assert all(text[t.start_char:t.end_char] == t.text for t in tokens)


def test_a_quote_mark_the_tokenizer_glued_to_a_word_becomes_a_token(nlp):
    # the compact tokenizer reads '"Andere' as one token at the start of this long quote
    text = ("„Andere landen investeren miljarden in groene industrie, en wij schrappen subsidies en doen alsof dat "
            "geen gevolgen heeft”, zei Jetten tijdens het debat.")
    doc = parse(text, nlp)
    tokens = [t for s in doc.sentences for t in s.tokens]
    assert [t.text for t in tokens[:2]] == ['"', "Andere"]
    assert [(t.start_char, t.end_char) for t in tokens[:2]] == [(0, 1), (1, 7)]


@pytest.mark.parametrize(("text", "sentences"), [
    # a one-letter word with a full stop before an opening quote mark ends its sentence
    ("Wilders reageerde op X. ‘Dat klopt niet,’ schreef hij.",
     [["Wilders", "reageerde", "op", "X", "."], ['"', "Dat", "klopt", "niet", ",", '"', "schreef", "hij", "."]]),
    # an initial before a name, and a closing mark right after the stop, stay as they are
    ("De schrijver J. Wolkers zei het.", [["De", "schrijver", "J.", "Wolkers", "zei", "het", "."]]),
    ("Het heet „Plan B.” zei hij.", [["Het", "heet", '"', "Plan", "B.", '"', "zei", "hij", "."]]),
])
def test_a_capital_and_full_stop_before_a_quote_end_the_sentence(nlp, text, sentences):
    doc = parse(text, nlp)
    assert [[t.text for t in s.tokens] for s in doc.sentences] == sentences
    assert all(text[t.start_char:t.end_char] in (t.text, "‘", "’", "„", "”") for s in doc.sentences for t in s.tokens)


@pytest.mark.parametrize("text", [
    "Dat zei prof. dr. Anna de Vries van de Universiteit Leiden.",
    "Volgens drs. P. de Boer is het plan onhaalbaar.",
])
def test_an_abbreviated_title_is_one_token_inside_its_sentence(nlp, text):
    doc = parse(text, nlp)
    assert len(doc.sentences) == 1
    forms = [t.text for t in doc.sentences[0].tokens]
    assert "." not in forms[:-1]
    assert all(text[t.start_char:t.end_char] == t.text for t in doc.sentences[0].tokens)


def _shape(doc):
    return [[(w.text, w.upos, w.head, w.deprel, w.start_char, w.end_char) for w in s.words] for s in doc.sentences]


@needs_models
def test_parsing_many_texts_together_gives_each_text_its_own_parse(nlp):
    from quoteattr.nlp import parse_many

    texts = ["„We gaan door”, zegt minister Jansen. Hij kijkt tevreden.",
             "",
             "Omtzigt (NSC): ‘Het moet anders.’ Volgens hem is het plan ’niet af’.",
             "De Kamer stemt dinsdag over het voorstel van Kamerlid op X:„Eindelijk.”"]
    together = parse_many(texts, nlp)
    assert len(together) == len(texts)
    for text, doc in zip(texts, together, strict=True):
        assert _shape(doc) == _shape(parse(text, nlp))
    assert parse_many([], nlp) == []
    with pytest.raises(TypeError, match="as str"):
        parse_many(["tekst", b"bytes"], nlp)  # type: ignore[list-item]
