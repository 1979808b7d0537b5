"""Hand-built attributed documents for the output tests (no models needed).

Offsets are found with ``str.find`` on the text, so ``text[start:end]``
holds by construction; the speakers, kinds and cues are written by hand
(for the seed article they follow how a reader attributes its quotes).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from quoteattr.io import split_header
from quoteattr.results import AttributedDocument, Cue, Entity, Mention, Quote

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "examples" / "seed_article.txt"


class _Finder:
    """Offsets of successive strings in one text (each search starts after the previous hit)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def at(self, needle: str, after: str | None = None) -> tuple[int, int]:
        """The first whole-word occurrence of ``needle`` (at or after the start of ``after``)."""
        base = self.text.index(after) if after is not None else 0
        left = r"(?<!\w)" if re.match(r"\w", needle) else ""
        right = r"(?!\w)" if re.search(r"\w$", needle) else ""
        match = re.compile(left + re.escape(needle) + right).search(self.text, base)
        if match is None:
            raise ValueError(f"{needle!r} not found")
        return match.start(), match.end()

    def mention(self, needle: str, after: str | None = None, kind: str = "name") -> Mention:
        start, end = self.at(needle, after)
        return Mention(start, end, self.text[start:end], kind)

    def cue(self, needle: str, lemma: str, after: str | None = None, kind: str = "verb") -> Cue:
        start, end = self.at(needle, after)
        return Cue(start, end, self.text[start:end], lemma, kind)

    def quote(self, content: str, kind: str, speaker: Entity | None, *, cue: Cue | None = None,
              mention: Mention | None = None, rule: str = "none", confidence: float = 0.5,
              marks: bool = True, after: str | None = None) -> Quote:
        start, end = self.at(content, after)
        open_start, close_end = (start - 1, end + 1) if marks else (start, end)
        return Quote(start=start, end=end, text=self.text[start:end], kind=kind, speaker=speaker, cue=cue,
                     confidence=confidence, rule=rule, open_start=open_start, close_end=close_end,
                     speaker_mention=mention)


def seed_document() -> AttributedDocument:
    """The seed article with its quotes attributed by hand."""
    date, text = split_header(SEED_PATH.read_text(encoding="utf-8"))
    assert date == "2023-07"
    f = _Finder(text)
    kaag = Entity("e0", "Kaag", "person", (f.mention("Kaag"),), role="D66-leider", party="D66",
                  gender="f", kb_id="test-kaag", kb_name="Sigrid Kaag", kb_party="D66")
    hoekstra = Entity("e1", "Hoekstra", "person", (f.mention("Hoekstra"), f.mention("Hoekstra’s")),
                      role="CDA-leider", party="CDA", gender="m")
    rutte = Entity("e2", "Rutte", "person", (f.mention("Rutte"), f.mention("Rutte", after="Premier Rutte")),
                   role="premier", gender="m", kb_id="test-rutte", kb_name="Mark Rutte", kb_party="VVD")
    de_jonge = Entity("e3", "De Jonge", "person", (f.mention("De Jonge"),), party="CDA", gender="m")
    schouten = Entity("e4", "Schouten", "person", (f.mention("Schouten"),), role="CU-vicepremier",
                      party="ChristenUnie", gender="f")
    burg = Entity("e5", "Van der Burg", "person", (f.mention("Van der Burg"),), role="staatssecretaris", gender="m")
    betrokkenen = Entity("e6", "betrokkenen", "group", (f.mention("betrokkenen", kind="source"),))
    ingewijden = Entity("e7", "ingewijden", "group", (f.mention("ingewijden", kind="source"),))
    bron = Entity("e8", "een coalitiebron", "anonymous", (f.mention("een coalitiebron", kind="source"),))
    quotes = (
        f.quote("ligt premier Rutte sinds deze week op ramkoers met D66 en CU over het beperken van "
                "gezinshereniging van asielzoekers", "indirect", betrokkenen, marks=False,
                cue=f.cue("Volgens", "volgens", kind="volgens"), mention=betrokkenen.mentions[0],
                rule="indirect-volgens", confidence=0.8),
        f.quote("zijn de gesprekken beter verlopen dan een dag eerder", "indirect", ingewijden, marks=False,
                cue=f.cue("Volgens", "volgens", after="Volgens ingewijden", kind="volgens"),
                mention=ingewijden.mentions[0], rule="indirect-volgens", confidence=0.8),
        f.quote("nog ongewis is of het alsnog goed afloopt", "indirect", bron, marks=False,
                cue=f.cue("waarschuwt", "waarschuwen"), mention=bron.mentions[0], rule="indirect-dat",
                confidence=0.75),
        f.quote("Het is niet een kwestie van optimistisch of pessimistisch zijn", "direct", kaag,
                cue=f.cue("zegt", "zeggen"), mention=f.mention("ze", after="zegt ze", kind="pronoun"),
                rule="cue-after", confidence=0.95),
        f.quote("Ik ben een realistisch mens. Morgen gaan we weer verder.", "direct", kaag,
                cue=Cue(text.index("„Ik ben een"), text.index("„Ik ben een"), "", "continuation", "continuation"),
                rule="continuation", confidence=0.8),
        f.quote("We zien reden om morgen verder te praten.", "direct", hoekstra,
                cue=f.cue("zegt", "zeggen", after="CDA-leider Hoekstra"), mention=hoekstra.mentions[0],
                rule="colon", confidence=0.9),
        f.quote("niks zeggen over tussenstanden of de inhoud", "partial", rutte,
                cue=f.cue("wil", "willen", after="Premier Rutte"), mention=rutte.mentions[1],
                rule="subject", confidence=0.7),
        f.quote("Ik denk echt dat het zou moeten kunnen lukken om eruit te komen.", "direct", de_jonge,
                cue=f.cue(":", ":", after="wel optimistisch", kind="colon"), mention=de_jonge.mentions[0],
                rule="colon", confidence=0.9),
        f.quote("niet zeggen dat het makkelijk was", "partial", schouten,
                cue=f.cue("volgens", "volgens", after="praten wil", kind="volgens"),
                mention=f.mention("haar", after="volgens haar", kind="pronoun"), rule="volgens", confidence=0.85),
        f.quote("Zolang we hier zitten, zijn we er nog.", "direct", schouten,
                cue=f.cue(":", ":", after="makkelijk was", kind="colon"),
                mention=f.mention("haar", after="volgens haar", kind="pronoun"), rule="colon", confidence=0.9),
        f.quote("Ik ga nog wat dingen op papier zetten, dan gaan we morgen weer verder.", "direct", burg,
                cue=f.cue(":", ":", after="aan het werk gezet", kind="colon"), mention=burg.mentions[0],
                rule="colon", confidence=0.9),
        f.quote("het nog meevalt met de crisissfeer", "indirect", burg, marks=False,
                cue=f.cue("bezweert", "bezweren"), mention=f.mention("De bewindsman", kind="role"),
                rule="indirect-dat", confidence=0.75),
        f.quote("Wat ik in de media zag, herken ik niet uit de gesprekken hier vandaag.", "direct", burg,
                cue=f.cue("bezweert", "bezweren"), mention=f.mention("De bewindsman", kind="role"),
                rule="colon", confidence=0.9),
        f.quote("voor 95 procent", "partial", None, rule="reportative", confidence=0.6),
    )
    return AttributedDocument(text=text, quotes=quotes,
                              entities=(kaag, hoekstra, rutte, de_jonge, schouten, burg, betrokkenen, ingewijden, bron),
                              date=dt.date(2023, 7, 1), id="seed")


#: A short text with awkward characters: markup, ampersands and both kinds of quote marks.
TRICKY_TEXT = (
    "Wethouder Jansen & co schreven <b>vet</b> op de agenda. „Dit is <script>alert('x')</script> "
    "onzin & meer”, zegt Jansen.\n\n"
    "Het plan heet \"Stad & Ommeland\". Een woordvoerder meldt dat 'de <i>raad</i>' nog beslist."
)


def tricky_document() -> AttributedDocument:
    """A document whose text and names need escaping, with a scare quote and an unattributed partial."""
    text = TRICKY_TEXT
    f = _Finder(text)
    jansen = Entity("e0", "Jansen <Wethouder>", "person", (f.mention("Jansen"), f.mention("Jansen", after="zegt")),
                    role="wethouder", party="Lokaal & \"Sterk\"")
    quotes = (
        f.quote("Dit is <script>alert('x')</script> onzin & meer", "direct", jansen,
                cue=f.cue("zegt", "zeggen"), mention=jansen.mentions[1], rule="cue-after", confidence=0.95),
        f.quote("Stad & Ommeland", "scare", None, rule="scare", confidence=0.7),
        f.quote("de <i>raad</i>", "partial", None, rule="none", confidence=0.5),
    )
    return AttributedDocument(text=text, quotes=quotes, entities=(jansen,), date=dt.date(2024, 3, 5), id="tricky&<1>")


CONLLU_PATH = Path(__file__).resolve().parent / "data" / "two_ministers.conllu"


def conllu_document() -> AttributedDocument:
    """A real attribution (no models: hand-made trees in CoNLL-U, no knowledge base)."""
    from quoteattr.attribution import Attributor

    doc = Attributor(kb=None)(CONLLU_PATH.read_text(encoding="utf-8"), "2024-05-13", id="two-ministers")
    # what the trees say: two direct quotes, by Jansen (cue after) and De Vries (colon)
    assert [(q.kind, q.speaker_name) for q in doc.quotes] == [("direct", "Jansen"), ("direct", "De Vries")]
    return doc
