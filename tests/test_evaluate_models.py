"""Tests for scripts/evaluate_models.py: the raw text rebuilt from a CoNLL-U file."""

from __future__ import annotations

from conftest import load_script, needs_models

em = load_script("evaluate_models")

CONLLU = """\
# sent_id = wiki-7.p.1.s.1
# text = Geschiedenis
1	Geschiedenis	geschiedenis	NOUN	_	_	0	root	_	_

# sent_id = wiki-7.p.2.s.1
# text = De stad groeide snel.
1	De	de	DET	_	_	2	det	_	_

# sent_id = wiki-7.p.2.s.2
# text = Ze telt nu 40.000 inwoners.
1	Ze	ze	PRON	_	_	2	nsubj	_	_

# sent_id = web-3.p.1.s.1.2
# text = Openingstijden
1	Openingstijden	openingstijd	NOUN	_	_	0	root	_	_

# sent_id = web-3.p.1.s.1.3
# text = Maandag gesloten
1	Maandag	maandag	NOUN	_	_	0	root	_	_
"""


def test_paragraphs_read_from_sentence_ids_are_kept_apart():
    assert em.raw_text(CONLLU) == ("Geschiedenis\n\nDe stad groeide snel. Ze telt nu 40.000 inwoners.\n\n"
                                   "Openingstijden Maandag gesloten")


def test_without_paragraphs_the_sentences_run_together():
    assert em.raw_text(CONLLU, paragraphs=False) == (
        "Geschiedenis De stad groeide snel. Ze telt nu 40.000 inwoners. Openingstijden Maandag gesloten")


def test_newdoc_and_newpar_comments_break_the_text_too():
    text = "# newdoc id = a\n# text = Een.\n\n# newpar\n# text = Twee.\n\n# newdoc id = b\n# text = Drie.\n"
    assert em.raw_text(text) == "Een.\n\nTwee.\n\nDrie."
    assert em.raw_text(text, paragraphs=False) == "Een. Twee.\n\nDrie."


GOLD = """\
# sent_id = nieuws-1.p.1.s.1
# text = De minister zegt dat het plan klaar is.
1	De	de	DET	_	_	2	det	_	_
2	minister	minister	NOUN	_	_	3	nsubj	_	_
3	zegt	zeggen	VERB	_	_	0	root	_	_
4	dat	dat	SCONJ	_	_	8	mark	_	_
5	het	het	DET	_	_	6	det	_	_
6	plan	plan	NOUN	_	_	8	nsubj	_	_
7	klaar	klaar	ADJ	_	_	8	advmod	_	_
8	is	zijn	VERB	_	_	3	ccomp	_	_
9	.	.	PUNCT	_	_	3	punct	_	_

"""


@needs_models
def test_gold_tokens_and_gold_tags_go_to_the_pipeline_and_to_the_parser_alone():
    import argparse

    for name in ("tokens", "tags"):
        args = argparse.Namespace(models="bundled", input=name, no_repair=True, no_paragraphs=False)
        (sentence,) = em.parse_input(GOLD, args).sentences
        assert [w.text for w in sentence.words] == ["De", "minister", "zegt", "dat", "het", "plan", "klaar", "is", "."]
        assert sum(w.head == 0 for w in sentence.words) == 1  # parsed: one root
        if name == "tags":  # the parser alone keeps the gold tags (VERB for "is", which a tagger calls AUX)
            assert [w.upos for w in sentence.words][7] == "VERB"
