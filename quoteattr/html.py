"""An HTML view of attributed documents, for notebooks and browsers.

``render(doc)`` returns a standalone HTML page; ``render(doc, standalone=False)``
returns a ``<div>`` for embedding (Jupyter shows it for an
``AttributedDocument``).  The article text is shown with its paragraphs, and:

* each quote in quotation marks is highlighted in its speaker's colour, with
  a small numbered label; partial quotes have a dotted rule, indirect quotes
  are underlined instead of highlighted;
* quotes without a speaker are grey with a dashed border, scare quotes grey,
  italic and dotted;
* the mention that names the speaker is boxed in the speaker's colour, other
  mentions of speakers are coloured, and cues (``zegt``, ``aldus``,
  ``volgens``) are italic with a dashed rule;
* each quote element carries ``data-quote`` (its number), ``data-kind``,
  ``data-start``/``data-end`` (the quote's offsets in the text) and
  ``data-speaker`` (the speaker's entity id), for scripts and tests;
* hovering over a quote, mention or cue shows the details; a legend lists
  the speakers (party, role, knowledge-base link, number of quotes) and a
  table lists every quote with its kind, speaker, cue, confidence and rule.

Each speaker keeps the same colour in every document as far as the palette
allows (the colour is chosen from the knowledge-base id or the name).  All
text is HTML-escaped; the markup is also well-formed XML.
"""

from __future__ import annotations

import hashlib
import html
from collections import Counter
from collections.abc import Iterable

import attrs

from quoteattr.results import AttributedDocument, Entity, Quote

#: Speaker colours: distinct hues that stay readable as a light tint.
PALETTE: tuple[str, ...] = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
    "#e377c2", "#8c564b", "#a5a61a", "#0b6e4f", "#b8860b", "#4b0082",
)
GREY = "#8a8a8a"
KIND_LABELS = {"direct": "direct", "partial": "partial", "indirect": "indirect", "scare": "scare quote"}

_CSS = """
.qa-doc{font-family:Georgia,'Times New Roman',serif;color:#1a1a1a;background:#fff;line-height:1.5;
  max-width:60em;padding:.6em 1em;border:1px solid #e3e3e3;border-radius:6px}
.qa-doc .qa-head{font-family:system-ui,sans-serif;font-size:.85em;color:#555;margin-bottom:.6em}
.qa-doc .qa-head b{color:#1a1a1a}
.qa-doc .qa-text{white-space:pre-wrap;line-height:2.05;font-size:1.05em}
.qa-doc mark{background:none;color:inherit}
.qa-doc .qa-q{border-radius:3px;padding:.12em .1em;cursor:help;
  -webkit-box-decoration-break:clone;box-decoration-break:clone}
.qa-doc .qa-direct{background:var(--qa-light);border-bottom:2px solid var(--qa-c)}
.qa-doc .qa-partial{background:var(--qa-light);border-bottom:2px dotted var(--qa-c)}
.qa-doc .qa-indirect{text-decoration:underline;text-decoration-color:var(--qa-c);
  text-decoration-thickness:2px;text-underline-offset:.28em}
.qa-doc .qa-q.qa-none{--qa-c:#8a8a8a;--qa-light:#efefef}
.qa-doc .qa-direct.qa-none,.qa-doc .qa-partial.qa-none{border:1px dashed #8a8a8a}
.qa-doc .qa-indirect.qa-none{text-decoration-style:dashed}
.qa-doc .qa-scare{background:none;border-bottom:1px dotted #8a8a8a;color:#555;font-style:italic}
.qa-doc .qa-q[data-label]:after{content:attr(data-label);font:600 .62em system-ui,sans-serif;
  color:#fff;background:var(--qa-c);border-radius:3px;padding:.05em .35em;margin-left:.3em;
  vertical-align:.35em;white-space:nowrap;font-style:normal}
.qa-doc .qa-speaker{color:var(--qa-c);font-weight:700;border:1.5px solid var(--qa-c);border-radius:3px;
  padding:0 .15em;cursor:help}
.qa-doc .qa-mention{color:var(--qa-c);font-weight:600;cursor:help}
.qa-doc .qa-cue{font-style:italic;border-bottom:1.5px dashed var(--qa-c);cursor:help}
.qa-doc .qa-legend,.qa-doc .qa-quotes{font-family:system-ui,sans-serif;font-size:.82em;margin-top:.9em}
.qa-doc table{border-collapse:collapse}
.qa-doc th,.qa-doc td{text-align:left;padding:.15em .6em;border-bottom:1px solid #eee;vertical-align:top}
.qa-doc th{color:#555;font-weight:600}
.qa-doc .qa-swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;
  background:var(--qa-light);border:2px solid var(--qa-c)}
.qa-doc .qa-key{margin-top:.5em;color:#444}
.qa-doc .qa-key span{margin-right:1em}
.qa-doc summary{cursor:pointer;color:#444}
.qa-doc td.qa-num{color:#777;text-align:right}
"""


def _tint(colour: str, share: float = 0.22) -> str:
    """``colour`` mixed with white (``share`` of the colour)."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    mix = (round(255 - (255 - c) * share) for c in (r, g, b))
    return "#" + "".join(f"{c:02x}" for c in mix)


def _esc(text: object) -> str:
    """Escape for element text and double-quoted attributes; line breaks kept as character references."""
    return html.escape(str(text), quote=True).replace("\r", "&#13;").replace("\n", "&#10;")


def _esc_text(text: str) -> str:
    """Escape article text (shown with ``white-space: pre-wrap``); a carriage return survives as a reference."""
    return html.escape(text, quote=False).replace("\r", "&#13;")


def _speaker_key(entity: Entity) -> str:
    return entity.kb_id or f"{entity.kind}:{entity.name.casefold()}"


def speaker_colours(doc: AttributedDocument) -> dict[str, str]:
    """Colour of each speaker (by entity id): chosen from its KB id or name, distinct within the document."""
    taken: set[int] = set()
    colours: dict[str, str] = {}
    for quote in doc.quotes:
        sp = quote.speaker
        if sp is None or sp.id in colours:
            continue
        start = int(hashlib.md5(_speaker_key(sp).encode("utf-8")).hexdigest(), 16) % len(PALETTE)
        index = start
        for step in range(len(PALETTE)):
            index = (start + step) % len(PALETTE)
            if index not in taken:
                break
        else:
            index = start  # more speakers than colours: share one
        taken.add(index)
        colours[sp.id] = PALETTE[index]
    return colours


@attrs.frozen
class _Span:
    """A marked stretch of text: one element, possibly split where spans cross."""

    start: int
    end: int
    order: int  # outer elements first when spans share a range
    tag: str
    attrs: str
    label: str | None = None


def _style(colour: str) -> str:
    return f"--qa-c:{colour};--qa-light:{_tint(colour)}"


def _speaker_text(sp: Entity | None) -> str:
    if sp is None:
        return "no speaker"
    details = [d for d in (sp.party or sp.kb_party, sp.role) if d]
    return sp.name + (f" ({', '.join(details)})" if details else "")


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _quote_title(n: int, q: Quote) -> str:
    lines = [f"#{n} {KIND_LABELS.get(q.kind, q.kind)} — {_speaker_text(q.speaker)}"]
    if q.speaker is not None and q.speaker.kb_name:
        lines.append(f"knowledge base: {q.speaker.kb_name} ({q.speaker.kb_id})")
    if q.cue is not None:
        lines.append(f"cue: {q.cue.text or '(none)'} [{q.cue.lemma}]")
    lines.append(f"confidence {q.confidence:.2f} · rule {q.rule}")
    return "\n".join(lines)


def _spans(doc: AttributedDocument, colours: dict[str, str]) -> list[_Span]:
    spans: list[_Span] = []
    marked: set[tuple[int, int]] = set()  # mentions already marked
    cues: set[tuple[int, int]] = set()
    for n, q in enumerate(doc.quotes, 1):
        sp = q.speaker
        colour = colours.get(sp.id, GREY) if sp is not None else GREY
        classes = ["qa-q", f"qa-{q.kind}"]
        label: str | None = None
        if q.kind != "scare":
            if sp is None:
                classes.append("qa-none")
                label = f"{n} ?"
            else:
                label = f"{n} {_short(sp.name, 24)}"
        attributes = (f'class="{" ".join(classes)}" style="{_style(colour)}" title="{_esc(_quote_title(n, q))}" '
                      f'data-quote="{n}" data-kind="{_esc(q.kind)}" data-start="{q.start}" data-end="{q.end}"')
        if sp is not None:
            attributes += f' data-speaker="{_esc(sp.id)}"'
        spans.append(_Span(min(q.open_start, q.start), max(q.close_end, q.end), 0, "mark", attributes, label))
        if sp is not None and q.speaker_mention is not None:
            m = q.speaker_mention
            if (m.start, m.end) not in marked and m.end > m.start:
                marked.add((m.start, m.end))
                spans.append(_Span(m.start, m.end, 2, "span",
                                   f'class="qa-speaker" style="{_style(colour)}" '
                                   f'title="{_esc("speaker: " + _speaker_text(sp))}"'))
        if q.cue is not None and q.cue.end > q.cue.start and (q.cue.start, q.cue.end) not in cues:
            cues.add((q.cue.start, q.cue.end))
            spans.append(_Span(q.cue.start, q.cue.end, 1, "span",
                               f'class="qa-cue" style="{_style(colour)}" '
                               f'title="{_esc(f"cue of quote #{n}: {q.cue.lemma} ({q.cue.kind})")}"'))
    for e in doc.entities:
        if e.id not in colours:
            continue
        for m in e.mentions:
            if (m.start, m.end) in marked or m.end <= m.start:
                continue
            marked.add((m.start, m.end))
            spans.append(_Span(m.start, m.end, 3, "span",
                               f'class="qa-mention" style="{_style(colours[e.id])}" '
                               f'title="{_esc(f"{m.kind} mention of " + _speaker_text(e))}"'))
    return spans


def _open(span: _Span, last: bool) -> str:
    label = f' data-label="{_esc(span.label)}"' if span.label is not None and last else ""
    return f"<{span.tag} {span.attrs}{label}>"


def _marked_text(text: str, spans: list[_Span]) -> str:
    """The escaped text with spans as elements, nested properly (crossing spans are split)."""
    spans = sorted((s for s in spans if 0 <= s.start < s.end <= len(text)), key=lambda s: (s.start, -s.end, s.order))
    bounds = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    out: list[str] = []
    stack: list[_Span] = []
    k = 0
    for i, pos in enumerate(bounds):
        if any(s.end == pos for s in stack):
            reopen: list[_Span] = []
            while any(s.end == pos for s in stack):
                s = stack.pop()
                out.append(f"</{s.tag}>")
                if s.end != pos:
                    reopen.append(s)
            for s in reversed(reopen):
                out.append(_open(s, last=all(b.end >= s.end for b in stack)))
                stack.append(s)
        while k < len(spans) and spans[k].start == pos:
            s = spans[k]
            # the label goes on the fragment that ends the span: it is the last when nothing open ends earlier
            out.append(_open(s, last=all(b.end >= s.end for b in stack)))
            stack.append(s)
            k += 1
        if i + 1 < len(bounds):
            out.append(_esc_text(text[pos:bounds[i + 1]]))
    return "".join(out)


def _legend(doc: AttributedDocument, colours: dict[str, str]) -> str:
    counts: dict[str, Counter[str]] = {}
    unattributed: Counter[str] = Counter()
    for q in doc.quotes:
        if q.speaker is not None:
            counts.setdefault(q.speaker.id, Counter())[q.kind] += 1
        else:
            unattributed[q.kind] += 1
    by_id = {e.id: e for q in doc.quotes if q.speaker is not None for e in [q.speaker]}
    rows = []
    for eid, colour in colours.items():
        e = by_id[eid]
        kinds = ", ".join(f"{c} {k}" for k, c in sorted(counts[eid].items()))
        kb = f"{e.kb_name} ({e.kb_id})" if e.kb_id else ""
        rows.append(f'<tr><td><span class="qa-swatch" style="{_style(colour)}"></span></td><td>{_esc(e.name)}</td>'
                    f"<td>{_esc(e.kind)}</td><td>{_esc(e.party or e.kb_party or '')}</td><td>{_esc(e.role or '')}</td>"
                    f"<td>{_esc(kb)}</td><td>{_esc(kinds)}</td></tr>")
    if unattributed:
        kinds = ", ".join(f"{c} {KIND_LABELS.get(k, k)}" for k, c in sorted(unattributed.items()))
        rows.append(f'<tr><td><span class="qa-swatch" style="{_style(GREY)}"></span></td><td>no speaker</td>'
                    f"<td></td><td></td><td></td><td></td><td>{_esc(kinds)}</td></tr>")
    head = "<tr><th></th><th>speaker</th><th>kind</th><th>party</th><th>role</th><th>knowledge base</th>" \
           "<th>quotes</th></tr>"
    key = ('<div class="qa-key">'
           f'<span><mark class="qa-q qa-direct" style="{_style(PALETTE[0])}">direct</mark></span>'
           f'<span><mark class="qa-q qa-partial" style="{_style(PALETTE[0])}">partial</mark></span>'
           f'<span><mark class="qa-q qa-indirect" style="{_style(PALETTE[0])}">indirect</mark></span>'
           '<span><mark class="qa-q qa-direct qa-none">no speaker</mark></span>'
           '<span><mark class="qa-q qa-scare">scare quote</mark></span>'
           f'<span><span class="qa-speaker" style="{_style(PALETTE[0])}">speaker</span></span>'
           f'<span><span class="qa-cue" style="{_style(PALETTE[0])}">cue</span></span></div>')
    table = f"<table>{head}{''.join(rows)}</table>" if rows else ""
    return f'<div class="qa-legend">{table}{key}</div>'


def _quote_table(doc: AttributedDocument, open_: bool) -> str:
    if not doc.quotes:
        return ""
    rows = []
    for n, q in enumerate(doc.quotes, 1):
        sp = q.speaker
        cue = f"{q.cue.text or '—'} [{q.cue.lemma}]" if q.cue is not None else ""
        name, party, role = (sp.name, sp.party or sp.kb_party or "", sp.role or "") if sp else ("", "", "")
        rows.append(f'<tr><td class="qa-num">{n}</td><td>{_esc(q.kind)}</td>'
                    f"<td>{_esc(name)}</td><td>{_esc(party)}</td><td>{_esc(role)}</td><td>{_esc(cue)}</td>"
                    f"<td>{q.confidence:.2f}</td><td>{_esc(q.rule)}</td><td>{_esc(_short(q.text, 90))}</td></tr>")
    head = ("<tr><th>#</th><th>kind</th><th>speaker</th><th>party</th><th>role</th><th>cue</th>"
            "<th>confidence</th><th>rule</th><th>quote</th></tr>")
    opened = ' open="open"' if open_ else ""
    return (f'<details class="qa-quotes"{opened}><summary>{_plural(len(doc.quotes), "quote")}'
            f"</summary><table>{head}{''.join(rows)}</table></details>")


def _fragment(doc: AttributedDocument, *, open_table: bool) -> str:
    colours = speaker_colours(doc)
    with_speaker = sum(q.speaker is not None for q in doc.quotes)
    head_bits = []
    if doc.id is not None:
        head_bits.append(f"<b>{_esc(doc.id)}</b>")
    if doc.date is not None:
        head_bits.append(_esc(doc.date.isoformat()))
    head_bits.append(f"{_plural(len(doc.quotes), 'quote')}, {with_speaker} with a speaker, "
                     f"{_plural(len(colours), 'speaker')}")
    return (f'<div class="qa-doc"><div class="qa-head">{" · ".join(head_bits)}</div>'
            f'<div class="qa-text">{_marked_text(doc.text, _spans(doc, colours))}</div>'
            f"{_legend(doc, colours)}{_quote_table(doc, open_table)}</div>")


def _page(body: str, title: str) -> str:
    return ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"/>'
            f"<title>{_esc(title)}</title><style>{_CSS}body{{margin:1.5em;background:#fafafa}}"
            f".qa-doc{{margin-bottom:1.5em}}</style></head><body>{body}</body></html>\n")


def render(doc: AttributedDocument, *, standalone: bool = True) -> str:
    """HTML for one attributed document.

    Args:
        doc: the document to show.
        standalone: a whole page (``<!DOCTYPE html>…``) to save as a file;
            ``False`` gives a ``<div>`` with its own scoped ``<style>``, for
            embedding (notebooks).
    """
    if not isinstance(doc, AttributedDocument):
        raise TypeError(f"render() needs an AttributedDocument, not {type(doc).__name__}")
    if standalone:
        return _page(_fragment(doc, open_table=True), doc.id or "quoteattr")
    return f'<div class="quoteattr"><style>{_CSS}</style>{_fragment(doc, open_table=False)}</div>'


def render_page(docs: Iterable[AttributedDocument], *, title: str = "quoteattr") -> str:
    """One standalone HTML page showing several documents, one after the other."""
    parts = []
    for doc in docs:
        if not isinstance(doc, AttributedDocument):
            raise TypeError(f"render_page() needs AttributedDocuments, not {type(doc).__name__}")
        parts.append(_fragment(doc, open_table=False))
    return _page("".join(parts), title)
