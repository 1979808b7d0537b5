"""Write the example corpus (examples/corpus.jsonl) and its gold sample (examples/corpus_gold.jsonl).

The corpus is sixteen short Dutch news-style texts written for the quoteattr
examples, dated 2022-2025 and printed in the quote styles of different papers
(„…” ’…’ ‘…’ '…' ,,…'' "…").  The politicians in them are invented (their
names are not in the knowledge base) and so are their words; the parties and
events they react to are real.

Four of the texts are annotated by hand in the gold format of
docs/evaluation.md; this script only turns each annotation's quote text into
offsets (``str.index`` after the given context, checked to be unambiguous).

Run from the repository root:  python scripts/make_corpus.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ("Fictional news-style text written for the quoteattr examples; the politicians and their quotes "
          "are invented (CC0).")

# (id, date, paragraphs)
ARTICLES: list[tuple[str, str, list[str]]] = [
    ("nrc-2022-03-stikstof", "2022-03-15", [
        "Het kabinet wil boeren meer tijd geven om de uitstoot van stikstof terug te dringen. Dat bleek dinsdag "
        "tijdens een debat in de Tweede Kamer.",
        "„We kunnen boeren niet in een paar jaar hun bedrijf afpakken”, zegt CDA-Kamerlid Joost Kloosterboer. "
        "„Dat is geen beleid, dat is paniek.”",
        "GroenLinks-Kamerlid Marieke Lindeboom vindt dat het kabinet juist te traag is. „Elk jaar uitstel kost de "
        "natuur meer dan we ooit kunnen terugwinnen”, aldus Lindeboom. Volgens haar moet er nog voor de zomer een "
        "wet liggen.",
    ]),
    ("tel-2022-06-energie", "2022-06-08", [
        "De energierekening loopt voor veel huishoudens uit de hand. VVD-Kamerlid Bart Hoogeveen wil dat het "
        "kabinet ’zo snel mogelijk’ met een prijsplafond komt.",
        "’Mensen liggen wakker van hun rekening. Daar moeten we nu iets aan doen, niet pas volgend jaar’, zegt "
        "Hoogeveen. Hij noemt de huidige steun ’een pleister op een open wond’.",
        "SP-Kamerlid Yasmina Amrani spreekt van ’een crisis die al maanden zichtbaar was’. Volgens Amrani hebben "
        "de energiebedrijven ’veel te lang hun gang kunnen gaan’.",
    ]),
    ("vk-2022-10-asiel", "2022-10-20", [
        "In Ter Apel slapen opnieuw honderden asielzoekers buiten. De Kamer debatteerde donderdag urenlang over "
        "de opvang.",
        "‘Dit is een schande voor een rijk land als Nederland’, zei ChristenUnie-Kamerlid Anouk de Wilde. ‘We "
        "weten al jaren dat dit eraan zat te komen.’",
        "PVV-Kamerlid Pieter Wolterbeek zegt dat de instroom ‘gewoon te hoog’ is. ‘Zolang we iedereen "
        "binnenlaten, blijft dit gebeuren’, aldus Wolterbeek.",
        "Een woordvoerder van het COA laat weten dat er deze week driehonderd extra bedden bij komen.",
    ]),
    ("anp-2023-01-onderwijs", "2023-01-18", [
        "Leraren in het basisonderwijs krijgen er volgend jaar gemiddeld vier procent salaris bij. Dat meldt het "
        "ministerie van Onderwijs woensdag.",
        "D66-Kamerlid Sanne Wijnberg is tevreden. ,,Dit is een flinke stap, maar we zijn er nog niet'', zegt ze. "
        ",,Het lerarentekort los je niet op met één loonsverhoging.''",
        "De vakbond reageert gematigd. ,,Mooi, maar te laat'', aldus een woordvoerder.",
    ]),
    ("nrc-2023-03-verkiezingen", "2023-03-16", [
        "BBB is de grote winnaar van de Provinciale Statenverkiezingen. In vrijwel elke provincie wordt de partij "
        "de grootste.",
        "„Dit hadden we zelf ook niet verwacht”, zegt BBB-lijsttrekker Henk Boerhave in Zwolle. „Het platteland "
        "heeft vandaag laten horen dat het er ook toe doet.”",
        "VVD-Kamerlid Bart Hoogeveen spreekt van een ‘duidelijk signaal’. Hij zegt dat zijn partij ‘goed moet "
        "luisteren’ naar de kiezer.",
        "„Een historische avond”, klonk het in de zaal.",
    ]),
    ("ad-2023-06-woningbouw", "2023-06-07", [
        "Gemeenten bouwen dit jaar minder woningen dan afgesproken. Dat blijkt uit nieuwe cijfers die donderdag "
        "zijn gepubliceerd.",
        "'We lopen achter en dat moeten we eerlijk zeggen', zegt GroenLinks-Kamerlid Marieke Lindeboom. 'Maar "
        "wie nu op de rem trapt, maakt het alleen maar erger.'",
        "CDA-Kamerlid Joost Kloosterboer wijst naar de regels: 'Een bouwproject duurt tien jaar, waarvan acht "
        "jaar papierwerk.'",
        "Volgens ingewijden wil het kabinet de procedures in het najaar vereenvoudigen.",
    ]),
    ("tel-2023-09-nsc", "2023-09-02", [
        "Oud-CDA’er Ilse van Oosterwijk stapt over naar Nieuw Sociaal Contract. Ze staat op de kandidatenlijst "
        "voor de Kamerverkiezingen van november.",
        "’Ik wil terug naar de inhoud. Daar gaat het in Den Haag veel te weinig over’, zegt Van Oosterwijk. Ze "
        "noemt de sfeer in haar oude partij ’verstikkend’.",
        "CDA-Kamerlid Joost Kloosterboer reageert teleurgesteld: ’Jammer. We hadden haar graag gehouden.’",
    ]),
    ("nrc-2023-11-uitslag", "2023-11-23", [
        "De PVV is bij de Tweede Kamerverkiezingen ruim de grootste partij geworden. De andere partijen moeten "
        "zich beraden op hun positie.",
        "„De kiezer heeft gesproken en dat moeten we respecteren”, zegt PVV-Kamerlid Pieter Wolterbeek. „Nu is "
        "het tijd om aan de slag te gaan.”",
        "GroenLinks-PvdA-Kamerlid Marieke Lindeboom is somber. „Dit is een zwarte dag voor iedereen die zich "
        "zorgen maakt over de rechtsstaat.” Ze zegt dat haar partij ‘in geen geval’ met de PVV gaat regeren.",
        "NSC-Kamerlid Ilse van Oosterwijk houdt de deur op een kier: „We gaan eerst de gesprekken aan. Daarna "
        "zien we verder.”",
    ]),
    ("vk-2024-02-formatie", "2024-02-07", [
        "Het overleg over een nieuw kabinet ligt opnieuw stil. NSC stapte dinsdagavond onverwacht uit de "
        "gesprekken.",
        "‘Er was geen vertrouwen meer dat we samen tot een goed resultaat konden komen’, zegt NSC-Kamerlid Ilse "
        "van Oosterwijk. Volgens haar lag het probleem ‘bij de overheidsfinanciën’.",
        "BBB-leider Henk Boerhave reageert verbaasd. ‘Ik hoorde het uit de media. Zo ga je niet met elkaar om.’",
        "Ingewijden melden dat de gesprekken volgende week mogelijk worden hervat.",
    ]),
    ("anp-2024-05-akkoord", "2024-05-16", [
        "PVV, VVD, NSC en BBB hebben een hoofdlijnenakkoord gesloten. Het stuk draagt de titel ,,Hoop, lef en "
        "trots''.",
        ",,We hebben laten zien dat het kan'', zei VVD-Kamerlid Bart Hoogeveen donderdag bij de presentatie. "
        ",,Nu moet het kabinet aan de slag.''",
        "De oppositie is kritisch. SP-Kamerlid Yasmina Amrani noemt het akkoord ,,een verzameling beloftes "
        "zonder geld''. D66-Kamerlid Sanne Wijnberg zegt dat het onderwijs ,,opnieuw het kind van de rekening'' "
        "is.",
    ]),
    ("nrc-2024-09-begroting", "2024-09-18", [
        "Het kabinet trekt volgend jaar extra geld uit voor defensie en koopkracht, maar bezuinigt op "
        "ontwikkelingshulp en onderwijs.",
        "„Dit is een begroting van keuzes maken”, zegt VVD-Kamerlid Bart Hoogeveen. „Niet iedereen zal daar blij "
        "mee zijn, maar we moeten verantwoordelijkheid nemen.”",
        "D66-Kamerlid Sanne Wijnberg: „Wie bezuinigt op onderwijs, bezuinigt op de toekomst van ons land.”",
        "ChristenUnie-Kamerlid Anouk de Wilde vindt dat het kabinet arme gezinnen ‘in de kou laat staan’.",
    ]),
    ("tel-2024-12-boeren", "2024-12-04", [
        "Boeren protesteren woensdag opnieuw in Den Haag. Met honderden trekkers trokken ze naar het Malieveld.",
        "’We worden al jaren aan het lijntje gehouden’, zegt een melkveehouder uit Friesland. ’Niemand weet meer "
        "waar hij aan toe is.’",
        "BBB-leider Henk Boerhave sprak de boeren toe. Hij beloofde ’alles op alles te zetten’ voor een nieuw "
        "mestplan. ’Jullie staan er niet alleen voor’, riep Boerhave.",
        "GroenLinks-PvdA-Kamerlid Marieke Lindeboom spreekt van ’symboolpolitiek’.",
    ]),
    ("ad-2025-02-zorg", "2025-02-12", [
        "Het eigen risico in de zorg gaat in 2026 toch niet omlaag. Dat schrijft het kabinet in een brief aan de "
        "Tweede Kamer.",
        "SP-Kamerlid Yasmina Amrani is woedend. 'Dit was een belofte aan miljoenen mensen. Die wordt nu gewoon "
        "gebroken.'",
        "NSC-Kamerlid Ilse van Oosterwijk zegt dat er 'geen geld' is. 'Ik had het ook liever anders gezien', zegt "
        "ze. 'Maar we kunnen geld maar één keer uitgeven.'",
    ]),
    ("nrc-2025-04-defensie", "2025-04-09", [
        "Nederland gaat de komende jaren miljarden extra uitgeven aan defensie. Een ruime meerderheid in de Kamer "
        "steunt dat.",
        "„De wereld is veranderd en wij moeten mee veranderen”, zegt JA21-Kamerlid Ruud Verbeek. Hij wil dat het "
        "geld ‘niet blijft hangen in de bureaucratie’.",
        "Ook PVV-Kamerlid Pieter Wolterbeek is voor. „Veiligheid gaat voor alles.” Volgens Wolterbeek moet het "
        "geld deels uit ontwikkelingshulp komen.",
        "GroenLinks-PvdA-Kamerlid Marieke Lindeboom waarschuwt dat de rekening ‘niet bij de gewone mensen’ mag "
        "komen te liggen.",
    ]),
    ("vk-2025-06-val", "2025-06-04", [
        "Het kabinet is gevallen. De PVV stapte dinsdag uit de coalitie na een ruzie over het asielbeleid.",
        "‘We hebben er alles aan gedaan, maar de anderen wilden niet tekenen’, zegt PVV-Kamerlid Pieter "
        "Wolterbeek. ‘Dan houdt het op.’",
        "VVD-Kamerlid Bart Hoogeveen noemt de stap ‘onverantwoordelijk’. ‘Je laat het land niet in de steek "
        "midden in een oorlog in Europa’, aldus Hoogeveen.",
        "CDA-Kamerlid Joost Kloosterboer zegt dat zijn partij klaar is voor verkiezingen.",
    ]),
    ("anp-2025-06-reacties", "2025-06-05", [
        "De oppositie reageert opgelucht op de val van het kabinet.",
        "\"Eindelijk kunnen de kiezers weer spreken\", zegt D66-Kamerlid Sanne Wijnberg. \"Nederland verdient "
        "beter dan dit.\"",
        "ChristenUnie-Kamerlid Anouk de Wilde is voorzichtiger. \"Ik ben niet blij, want er blijft veel werk "
        "liggen.\" Ze hoopt dat de campagne \"over de inhoud\" gaat.",
        "JA21-Kamerlid Ruud Verbeek: \"Wij staan klaar.\"",
    ]),
]

LINDEBOOM = ("Marieke Lindeboom", ["Lindeboom", "Marieke Lindeboom"])
KLOOSTERBOER = ("Joost Kloosterboer", ["Kloosterboer", "Joost Kloosterboer"])
BOERHAVE = ("Henk Boerhave", ["Boerhave", "Henk Boerhave"])
HOOGEVEEN = ("Bart Hoogeveen", ["Hoogeveen", "Bart Hoogeveen"])
WOLTERBEEK = ("Pieter Wolterbeek", ["Wolterbeek", "Pieter Wolterbeek"])
OOSTERWIJK = ("Ilse van Oosterwijk", ["Van Oosterwijk", "Ilse van Oosterwijk"])
MELKVEEHOUDER = ("een melkveehouder uit Friesland", [])
NOBODY = (None, [])

# id -> annotations: (quote text, kind, (speaker, aliases), party, cue, text the quote comes after)
GOLD: dict[str, list[tuple[str, str, tuple[str | None, list[str]], str | None, str, str | None]]] = {
    "nrc-2022-03-stikstof": [
        ("We kunnen boeren niet in een paar jaar hun bedrijf afpakken", "direct", KLOOSTERBOER, "CDA", "zegt", None),
        ("Dat is geen beleid, dat is paniek.", "direct", KLOOSTERBOER, "CDA", "continuation", None),
        ("het kabinet juist te traag is", "indirect", LINDEBOOM, "GroenLinks", "vindt", None),
        ("Elk jaar uitstel kost de natuur meer dan we ooit kunnen terugwinnen", "direct", LINDEBOOM, "GroenLinks",
         "aldus", None),
        ("moet er nog voor de zomer een wet liggen", "indirect", LINDEBOOM, "GroenLinks", "volgens", None),
    ],
    "nrc-2023-03-verkiezingen": [
        ("Dit hadden we zelf ook niet verwacht", "direct", BOERHAVE, "BBB", "zegt", None),
        ("Het platteland heeft vandaag laten horen dat het er ook toe doet.", "direct", BOERHAVE, "BBB",
         "continuation", None),
        ("duidelijk signaal", "partial", HOOGEVEEN, "VVD", "spreekt", None),
        ("zijn partij ‘goed moet luisteren’ naar de kiezer", "indirect", HOOGEVEEN, "VVD", "zegt", None),
        ("goed moet luisteren", "partial", HOOGEVEEN, "VVD", "zegt", None),
        ("Een historische avond", "direct", NOBODY, None, "klonk", None),
    ],
    "nrc-2023-11-uitslag": [
        ("De kiezer heeft gesproken en dat moeten we respecteren", "direct", WOLTERBEEK, "PVV", "zegt", None),
        ("Nu is het tijd om aan de slag te gaan.", "direct", WOLTERBEEK, "PVV", "continuation", None),
        ("Dit is een zwarte dag voor iedereen die zich zorgen maakt over de rechtsstaat.", "direct", LINDEBOOM,
         "GroenLinks-PvdA", "continuation", None),
        ("haar partij ‘in geen geval’ met de PVV gaat regeren", "indirect", LINDEBOOM, "GroenLinks-PvdA", "zegt",
         None),
        ("in geen geval", "partial", LINDEBOOM, "GroenLinks-PvdA", "zegt", None),
        ("We gaan eerst de gesprekken aan. Daarna zien we verder.", "direct", OOSTERWIJK, "NSC", ":", None),
    ],
    "tel-2024-12-boeren": [
        ("We worden al jaren aan het lijntje gehouden", "direct", MELKVEEHOUDER, None, "zegt", None),
        ("Niemand weet meer waar hij aan toe is.", "direct", MELKVEEHOUDER, None, "continuation", None),
        ("alles op alles te zetten", "partial", BOERHAVE, "BBB", "beloofde", None),
        ("Jullie staan er niet alleen voor", "direct", BOERHAVE, "BBB", "riep", None),
        ("symboolpolitiek", "partial", LINDEBOOM, "GroenLinks-PvdA", "spreekt", None),
    ],
}


def article_text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def gold_quote(text: str, quote: str, kind: str, speaker: tuple[str | None, list[str]], party: str | None,
               cue: str, after: str | None) -> dict[str, object]:
    base = text.index(after) if after is not None else 0
    start = text.index(quote, base)
    if text.find(quote, start + 1) != -1 and after is None:
        raise ValueError(f"{quote!r} occurs twice: give the text it comes after")
    record: dict[str, object] = {"start": start, "end": start + len(quote), "text": quote, "kind": kind,
                                 "speaker": speaker[0]}
    if speaker[1]:
        record["aliases"] = speaker[1]
    if party is not None:
        record["party"] = party
    record["cue"] = cue
    return record


def main() -> None:
    corpus = []
    gold = []
    for doc_id, date, paragraphs in ARTICLES:
        text = article_text(paragraphs)
        corpus.append({"id": doc_id, "date": date, "source": SOURCE, "text": text})
        if doc_id in GOLD:
            quotes = sorted((gold_quote(text, *a) for a in GOLD[doc_id]), key=lambda q: (q["start"], q["end"]))
            gold.append({"id": doc_id, "source": SOURCE, "date": date, "text": text, "quotes": quotes})
    for name, rows in (("corpus.jsonl", corpus), ("corpus_gold.jsonl", gold)):
        path = ROOT / "examples" / name
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {len(rows)} documents to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
