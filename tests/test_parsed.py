"""Building the offset-exact parse view from CoNLL-U."""

from __future__ import annotations

import pytest

from quoteattr.parsed import AlignmentError, from_conllu

CONLLU = """\
# text = „Ja”, zegt Rutte.
1\t"\t"\tPUNCT\tLET\t_\t2\tpunct\t_\tSpaceAfter=No
2\tJa\tja\tINTJ\tTSW\t_\t5\tccomp\t_\tSpaceAfter=No
3\t"\t"\tPUNCT\tLET\t_\t2\tpunct\t_\tSpaceAfter=No
4\t,\t,\tPUNCT\tLET\t_\t5\tpunct\t_\t_
5\tzegt\tzeggen\tVERB\tWW\t_\t0\troot\t_\t_
6\tRutte\tRutte\tPROPN\tN\t_\t5\tnsubj\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\tLET\t_\t5\tpunct\t_\t_

# newpar
# text = Hij vertrok.
1\tHij\thij\tPRON\tVNW\t_\t2\tnsubj\t_\t_
2\tvertrok\tvertrekken\tVERB\tWW\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\tLET\t_\t2\tpunct\t_\t_
"""


def test_rebuilds_text_and_paragraphs():
    parse = from_conllu(CONLLU)
    assert parse.text == "„Ja”, zegt Rutte.\n\nHij vertrok."
    assert len(parse.sentences) == 2 and len(parse.paragraphs) == 2
    for w in parse.words:
        assert parse.text[w.start:w.end] == w.text


def test_aligns_to_given_text_with_other_quote_marks():
    text = "„Ja”, zegt Rutte.\n\nHij vertrok."
    parse = from_conllu(CONLLU, text)
    zegt = parse.words[4]
    assert (zegt.text, zegt.head, zegt.deprel) == ("zegt", -1, "root")
    assert parse.words[5].head == 4  # Rutte -> zegt
    assert parse.words[0].text == "„"  # the original mark, at its offset


def test_alignment_error_names_the_token():
    with pytest.raises(AlignmentError, match="Rutte"):
        from_conllu(CONLLU, "„Ja”, zegt Wilders.\n\nHij vertrok.")


def test_rejects_malformed_lines():
    with pytest.raises(ValueError, match="CoNLL-U"):
        from_conllu("1\tJa\tja\n")


def test_a_two_character_quote_mark_is_one_word_over_both_characters():
    from stanza.models.common.doc import Document

    from quoteattr.parsed import from_stanza

    text = "Hij vindt het ,,niet zomaar'' goed."
    # the parser reads the normalised copy, where ,, is ' "' and '' is '" ' (quoteattr.normalize_quotes)
    forms = [("Hij", 0), ("vindt", 4), ("het", 10), ('"', 15), ("niet", 16), ("zomaar", 21), ('"', 27),
             ("goed", 30), (".", 34)]
    doc = Document([[{"id": i, "text": f, "misc": f"start_char={a}|end_char={a + len(f)}", "head": 0 if i == 2 else 2,
                      "deprel": "root" if i == 2 else "dep"} for i, (f, a) in enumerate(forms, 1)]])
    parse = from_stanza(doc, text)
    marks = [w for w in parse.words if w.text in (",,", "''")]
    assert [(w.text, w.start, w.end) for w in marks] == [(",,", 14, 16), ("''", 27, 29)]
    assert all(text[w.start:w.end] == w.text for w in parse.words)
