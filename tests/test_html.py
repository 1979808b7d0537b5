"""The HTML view: well-formed, escaped, the exact text with every quote marked."""

from __future__ import annotations

import html.parser
import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from hypothesis import given, settings
from samples import _Finder, seed_document, tricky_document
from strategies import attributed_documents

from quoteattr.html import GREY, PALETTE, render, render_page, speaker_colours
from quoteattr.results import AttributedDocument, Entity


def _xml(markup: str) -> ET.Element:
    """Parse as XML (stricter than HTML): fails on unbalanced tags or raw ``<``/``&``."""
    return ET.fromstring(markup.removeprefix("<!DOCTYPE html>\n"))


def _text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


def _find(root: ET.Element, cls: str) -> list[ET.Element]:
    return [e for e in root.iter() if cls in (e.get("class") or "").split()]


DOCS = [seed_document, tricky_document]


@pytest.mark.parametrize("make", DOCS)
@pytest.mark.parametrize("standalone", [True, False])
def test_well_formed(make: Any, standalone: bool) -> None:
    markup = render(make(), standalone=standalone)
    root = _xml(markup)
    assert root.tag == ("html" if standalone else "div")
    assert markup.startswith("<!DOCTYPE html>\n<html" if standalone else '<div class="quoteattr"><style>')


class _Balance(html.parser.HTMLParser):
    """Checks that every element is closed in order (the HTML parser's view)."""

    VOID = frozenset({"meta", "br", "hr", "img", "input", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in self.VOID, tag  # <meta/>: nothing to close

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, tag


@pytest.mark.parametrize("make", DOCS)
def test_balanced_for_the_html_parser(make: Any) -> None:
    parser = _Balance()
    parser.feed(render(make()))
    parser.close()
    assert parser.stack == []


@pytest.mark.parametrize("make", DOCS)
def test_the_text_is_shown_exactly_paragraphs_included(make: Any) -> None:
    doc = make()
    [text_div] = _find(_xml(render(doc)), "qa-text")
    assert _text_of(text_div) == doc.text
    assert "\n\n" in _text_of(text_div)


def test_escaping() -> None:
    doc = tricky_document()
    markup = render(doc)
    # markup in the text is shown, never executed
    assert "<script>" not in markup and "<b>vet</b>" not in markup and "<i>raad</i>" not in markup
    assert "&lt;script&gt;alert(" in markup and "&lt;b&gt;vet&lt;/b&gt;" in markup
    assert "</span> &amp; co schreven &lt;b&gt;" in markup
    # names and ids with markup and quotes, in text and attributes
    assert "tricky&amp;&lt;1&gt;" in markup
    assert "Jansen &lt;Wethouder&gt;" in markup and 'Lokaal &amp; &quot;Sterk&quot;' in markup
    root = _xml(markup)
    assert root.find(".//title").text == "tricky&<1>"  # type: ignore[union-attr]
    labels = [m.get("data-label") for m in _find(root, "qa-q")]
    assert "1 Jansen <Wethouder>" in labels


def test_every_quote_is_marked_with_its_kind_speaker_and_offsets() -> None:
    doc = seed_document()
    root = _xml(render(doc))
    marks = _find(_find(root, "qa-text")[0], "qa-q")
    assert [int(m.get("data-quote", 0)) for m in marks] == list(range(1, 15))
    for m, q in zip(marks, doc.quotes, strict=True):
        assert _text_of(m) == doc.text[q.open_start:q.close_end]
        assert (int(m.get("data-start", -1)), int(m.get("data-end", -1))) == (q.start, q.end)
        assert m.get("data-kind") == q.kind and f"qa-{q.kind}" in (m.get("class") or "").split()
        assert m.get("data-speaker") == (q.speaker.id if q.speaker else None)
        title = m.get("title") or ""
        assert f"#{int(m.get('data-quote', 0))} " in title and f"rule {q.rule}" in title
        assert f"confidence {q.confidence:.2f}" in title
        if q.speaker is not None:
            assert q.speaker.name in title and m.get("data-label") == f"{doc.quotes.index(q) + 1} {q.speaker.name}"


def test_unattributed_and_scare_quotes_look_different() -> None:
    root = _xml(render(tricky_document()))
    marks = {m.get("data-kind"): m for m in _find(_find(root, "qa-text")[0], "qa-q")}
    assert "qa-none" in (marks["partial"].get("class") or "") and marks["partial"].get("data-label") == "3 ?"
    assert GREY in (marks["partial"].get("style") or "")
    assert "qa-none" not in (marks["scare"].get("class") or "") and marks["scare"].get("data-label") is None
    assert "qa-none" not in (marks["direct"].get("class") or "")


def test_speaker_mention_and_cue_are_marked() -> None:
    doc = seed_document()
    root = _xml(render(doc))
    speakers = [_text_of(e) for e in _find(root, "qa-speaker") if e.get("title", "").startswith("speaker:")]
    assert speakers == ["betrokkenen", "ingewijden", "een coalitiebron", "ze", "Hoekstra", "Rutte", "De Jonge",
                        "haar", "Van der Burg", "De bewindsman"]
    cues = [_text_of(e) for e in _find(root, "qa-cue") if e.get("title", "").startswith("cue of")]
    # the continuation cue is empty and shared cues are marked once
    assert cues == ["Volgens", "Volgens", "waarschuwt", "zegt", "zegt", "wil", ":", "volgens", ":", ":", "bezweert"]
    # other mentions of speakers are coloured too
    assert [_text_of(e) for e in _find(root, "qa-mention")] == ["Rutte", "Kaag", "Hoekstra’s", "Schouten"]


def test_legend_lists_speakers_with_party_role_and_counts() -> None:
    root = _xml(render(seed_document()))
    [legend] = _find(root, "qa-legend")
    rows = [[_text_of(td) for td in tr.findall("td")] for tr in legend.iter("tr")][1:]
    assert rows[3] == ["", "Kaag", "person", "D66", "D66-leider", "Sigrid Kaag (test-kaag)", "2 direct"]
    assert rows[5] == ["", "Rutte", "person", "VVD", "premier", "Mark Rutte (test-rutte)", "1 partial"]
    assert rows[-1] == ["", "no speaker", "", "", "", "", "1 partial"]
    [table] = _find(root, "qa-quotes")
    quote_rows = [[_text_of(td) for td in tr.findall("td")] for tr in table.iter("tr")][1:]
    assert len(quote_rows) == 14
    assert quote_rows[3][:8] == ["4", "direct", "Kaag", "D66", "D66-leider", "zegt [zeggen]", "0.95", "cue-after"]


def test_colours_are_stable_and_distinct() -> None:
    doc = seed_document()
    colours = speaker_colours(doc)
    assert len(colours) == 9 and len(set(colours.values())) == 9 and set(colours.values()) <= set(PALETTE)
    # the same politician gets the same colour in another document
    text = "„Wij gaan door”, zegt Kaag."
    f = _Finder(text)
    kaag = Entity("e0", "Sigrid Kaag", "person", (f.mention("Kaag"),), kb_id="test-kaag")
    other = AttributedDocument(text=text, quotes=(f.quote("Wij gaan door", "direct", kaag),), entities=(kaag,))
    assert speaker_colours(other)["e0"] == colours["e0"]
    assert speaker_colours(seed_document()) == colours


def test_crossing_spans_are_split_and_labelled_once() -> None:
    # an indirect quote that ends inside a partial quote: the partial is split in two elements
    text = "Hij zegt dat de boeren ’echt boos zijn’ en dat klopt."
    f = _Finder(text)
    hij = Entity("e0", "Hij", "person", (f.mention("Hij", kind="pronoun"),))
    indirect = f.quote("de boeren ’echt", "indirect", hij, marks=False, cue=f.cue("zegt", "zeggen"))
    partial = f.quote("echt boos zijn", "partial", hij)
    doc = AttributedDocument(text=text, quotes=(indirect, partial), entities=(hij,))
    root = _xml(render(doc))
    [text_div] = _find(root, "qa-text")
    assert _text_of(text_div) == text
    pieces = [(m.get("data-quote"), _text_of(m), m.get("data-label")) for m in _find(text_div, "qa-q")]
    assert pieces == [("1", "de boeren ’echt", "1 Hij"), ("2", "’echt", None), ("2", " boos zijn’", "2 Hij")]


@settings(max_examples=150, deadline=None)
@given(attributed_documents())
def test_any_document_renders_well_formed_with_its_exact_text(doc: AttributedDocument) -> None:
    for standalone in (True, False):
        root = _xml(render(doc, standalone=standalone))
        [text_div] = _find(root, "qa-text")
        assert _text_of(text_div) == doc.text
        marks = _find(text_div, "qa-q")
        for n, q in enumerate(doc.quotes, 1):
            parts = [m for m in marks if m.get("data-quote") == str(n)]
            # the fragments of a quote (split where spans cross) make up its marked text, labelled once
            assert "".join(_text_of(p) for p in parts) == doc.text[q.open_start:q.close_end]
            labels = [p.get("data-label") for p in parts if p.get("data-label") is not None]
            assert len(labels) == (0 if q.kind == "scare" else 1)
            assert parts[-1].get("data-label") == (labels[0] if labels else None)


def test_carriage_returns_survive() -> None:
    doc = AttributedDocument(text="Eén\r\nTwee & <drie>", quotes=())
    markup = render(doc)
    assert "Eén&#13;\nTwee &amp; &lt;drie&gt;" in markup
    assert _text_of(_find(_xml(markup), "qa-text")[0]) == doc.text


def test_empty_document() -> None:
    doc = AttributedDocument(text="", quotes=())
    root = _xml(render(doc))
    assert _text_of(_find(root, "qa-text")[0]) == "" and not _find(root, "qa-quotes")


def test_page_of_several_documents() -> None:
    markup = render_page([seed_document(), tricky_document()], title="Twee & meer")
    root = _xml(markup)
    assert [_text_of(e) for e in _find(root, "qa-text")] == [seed_document().text, tricky_document().text]
    assert "<title>Twee &amp; meer</title>" in markup
    assert len(re.findall(r'class="qa-doc"', markup)) == 2


def test_render_rejects_other_things() -> None:
    with pytest.raises(TypeError, match="AttributedDocument"):
        render("tekst")  # type: ignore[arg-type]


def test_notebook_view() -> None:
    doc = seed_document()
    if not hasattr(AttributedDocument, "_repr_html_"):
        pytest.skip("AttributedDocument._repr_html_ not added yet")
    assert doc._repr_html_() == render(doc, standalone=False)
