"""Tests for quoteattr.delimiters: quotation marks in Dutch news text.

All texts are written for these tests in the house styles of Dutch papers and
the wire service; none is taken from a real article.
"""

from __future__ import annotations

from typing import NamedTuple

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import ExpectedQuote, mark_soup, plain_prefixes, quoted_documents

from quoteattr.delimiters import QuoteSpan, find_quotes, normalize_quotes, paragraphs


class Q(NamedTuple):
    """An expected quotation: its content and flags."""

    text: str
    depth: int = 0
    closed: bool = True
    continues: bool = False


# (id, text, expected quotations in order).  A plain string stands for
# Q(text): top level, closed, not a continuation.
CASES: list[tuple[str, str, list[str | Q]]] = [
    # --- no quotations -------------------------------------------------------
    ("plain", "Het kabinet besloot dinsdag de accijns op benzine niet te verhogen.", []),
    ("empty", "", []),
    ("whitespace", "  \n\n \t\n", []),
    ("apostrophe_words", "De auto’s van VVD’ers in A’dam staan ’s nachts op straat.", []),
    ("possessives", "Kees’ fiets en Jans' scooter stonden bij Hoekstra’s kantoor.", []),
    ("possessive_names", "Marx’ ideeën en Bush’ beleid kwamen aan bod, net als Alice’ boek.", []),
    ("years", "In de jaren ’80 en ’90 groeide de economie; in ’23 kromp ze weer.", []),
    ("elisions", "Van ’t Hof zegt dat ’t niet gaat, maar ’k weet het niet en geef ’m gelijk.", []),
    ("rock_n_roll", "Het festival draait om rock ’n’ roll en fish ’n’ chips.", []),
    ("straight_apostrophes", "De cd's en foto's van m'n oom liggen in z'n kast, zo'n doos vol.", []),
    ("left_mark_as_apostrophe", "‘s Avonds rijden de auto‘s naar ‘t centrum.", []),
    ("spaced_apostrophe", "Het gaat om Christus ' leer en de visie van Thomas ' leerlingen.", []),
    ("english_possessive", "Women's Health en McDonald's reageerden niet op vragen.", []),
    ("party_members", "CDA’ers, PvdA’ers en SP’ers stemden tegen; de VVD’er twijfelde.", []),
    ("inch_mark", 'Een scherm van 27" kost bij die winkel ruim vierhonderd euro.', []),
    ("hertogenbosch", "De burgemeester van ’s-Hertogenbosch opende ’s ochtends de markt.", []),
    # a dateline writes the place in capitals: its elision is no opening mark
    ("dateline-in-capitals", "’S-HERTOGENBOSCH - De rechter schorste de vergunning. 'S-GRAVENHAGE - Het kabinet "
     "zweeg.", []),
    ("only_closers", "Dit is raar” en vreemd» en ook nog eens onduidelijk’.", []),
    ("opener_at_end", "De minister zei: „", []),
    ("empty_marks", "Hij zei „” en toen niets meer.", []),
    ("decoration", "*** ’’’’ Einde van het verslag ’’’’ ***", []),
    # --- „…” (NRC, Volkskrant, Trouw, AD) ------------------------------------
    ("low9_cue_after", "„We gaan door”, zei Timmermans na afloop.", ["We gaan door"]),
    (
        "low9_split_by_cue",
        "„Dit is geen goed plan”, zegt Klaver. „We stemmen tegen.”",
        ["Dit is geen goed plan", "We stemmen tegen."],
    ),
    (
        "low9_colon",
        "Yeşilgöz was duidelijk: „Er komt geen tweede stemming.”",
        ["Er komt geen tweede stemming."],
    ),
    (
        "low9_two_in_sentence",
        "Hij noemde het plan „onuitvoerbaar” en „veel te duur”.",
        ["onuitvoerbaar", "veel te duur"],
    ),
    ("low9_scare", "De zogenoemde „stikstofbank” bestaat nog altijd niet.", ["stikstofbank"]),
    ("low9_question", "„Waarom nu?” vroeg Omtzigt zich hardop af.", ["Waarom nu?"]),
    (
        "low9_apostrophes_inside",
        "„Ik heb ’s avonds geen tijd voor m’n auto’s”, lacht de wethouder.",
        ["Ik heb ’s avonds geen tijd voor m’n auto’s"],
    ),
    (
        "low9_byline",
        "Burgemeester Halsema: „Amsterdam is geen pretpark.”",
        ["Amsterdam is geen pretpark."],
    ),
    (
        "low9_newline_inside",
        "„Dit is de eerste regel\nen dit de tweede”, schrijft ze.",
        ["Dit is de eerste regel\nen dit de tweede"],
    ),
    ("low9_german_close", "„Wir schaffen das“, zei Merkel destijds.", ["Wir schaffen das"]),
    (
        "low9_straight_close",
        '„Dit kan zo niet langer", zegt de wethouder van Utrecht.',
        ["Dit kan zo niet langer"],
    ),
    ("low9_unclosed_at_end", "Hij zei: „We zien wel", [Q("We zien wel", closed=False)]),
    (
        "low9_restart",
        "„Ik ga weg, zei hij. „Morgen kom ik terug.”",
        [Q("Ik ga weg, zei hij.", closed=False), "Morgen kom ik terug."],
    ),
    (
        "low9_spaces_inside",
        "„ Het is klaar ”, zegt de aannemer.",
        ["Het is klaar"],
    ),
    (
        "low9_seed_like_pair",
        "Volgens de minister is het ’nog niet rond’: „We praten morgen verder.”",
        ["nog niet rond", "We praten morgen verder."],
    ),
    (
        "low9_possessive_outside",
        "Hoekstra’s partijgenoot is optimistisch: „Het gaat lukken.”",
        ["Het gaat lukken."],
    ),
    # --- nesting -----------------------------------------------------------------
    (
        "nested_single_in_low9",
        "„Mijn moeder zei altijd: ‘Eerst je huiswerk’”, vertelt de minister.",
        ["Mijn moeder zei altijd: ‘Eerst je huiswerk’", Q("Eerst je huiswerk", depth=1)],
    ),
    (
        "nested_telegraaf_in_low9",
        "„Hij zei: ’nee’ en vertrok”, aldus een getuige.",
        ["Hij zei: ’nee’ en vertrok", Q("nee", depth=1)],
    ),
    (
        "nested_english_in_low9",
        "„Zij noemde het “onzin”, en terecht”, zegt hij.",
        ["Zij noemde het “onzin”, en terecht", Q("onzin", depth=1)],
    ),
    (
        "nested_double_close",
        "„Ik zei “nee””, vertelt ze.",
        ["Ik zei “nee”", Q("nee", depth=1)],
    ),
    (
        "nested_comma_after_inner",
        "„Ik zei: ‘Doe het niet’,” zegt Kaag.",
        ["Ik zei: ‘Doe het niet’,", Q("Doe het niet", depth=1)],
    ),
    (
        "nested_inner_unclosed",
        "„Hij zei: ’nee en vertrok.”",
        ["Hij zei: ’nee en vertrok.", Q("nee en vertrok.", depth=1, closed=False)],
    ),
    (
        "nested_double_in_telegraaf",
        "’Hij zei „nooit” en meende het’, aldus de getuige.",
        ["Hij zei „nooit” en meende het", Q("nooit", depth=1)],
    ),
    (
        "nested_straight",
        "\"Ze riep 'help!' en rende weg\", vertelt de buurman.",
        ["Ze riep 'help!' en rende weg", Q("help!", depth=1)],
    ),
    (
        "nested_same_style_after_a_word",
        "Hij prees zijn doelman: ‘Walter hield ons met een paar ‘onmogelijke’ reddingen in de wedstrijd.’",
        ["Walter hield ons met een paar ‘onmogelijke’ reddingen in de wedstrijd.", Q("onmogelijke", depth=1)],
    ),
    (
        "nested_same_style_straight",
        "Hij prees zijn doelman: 'Walter hield ons met een paar 'onmogelijke' reddingen.'",
        ["Walter hield ons met een paar 'onmogelijke' reddingen.", Q("onmogelijke", depth=1)],
    ),
    (
        "same_style_at_a_sentence_start_after_an_unclosed_quote",
        "Hij zei: ‘We gaan door. ‘Ik ook niet.’",
        [Q("We gaan door.", closed=False), "Ik ook niet."],
    ),
    (
        "nested_two_levels",
        "„Hij schreef: ’Zij zei «nee»’”, zegt de rechter.",
        ["Hij schreef: ’Zij zei «nee»’", Q("Zij zei «nee»", depth=1), Q("nee", depth=2)],
    ),
    # --- “…” (online copy) ---------------------------------------------------------
    (
        "english_split",
        "“Ik snap het niet,” zegt Sophie Hermans. “Echt niet.”",
        ["Ik snap het niet,", "Echt niet."],
    ),
    ("english_scare", "Het “groene” kabinet lijkt verleden tijd.", ["groene"]),
    # --- "…" (typewriter) -----------------------------------------------------------
    ("straight_double", '"We zijn er klaar voor", zegt de bondscoach.', ["We zijn er klaar voor"]),
    ("straight_double_spaced", 'Hij riep " Nooit meer " en liep weg.', ["Nooit meer"]),
    (
        "straight_double_elision_inside",
        '"’t Is voorbij", zegt de trainer.',
        ["’t Is voorbij"],
    ),
    # --- ,,…'' (older print, ANP wire) ------------------------------------------------
    ("anp_basic", ",,Ik ben blij met de punt'', zei de trainer.", ["Ik ben blij met de punt"]),
    ("anp_spaced", ",, Ik wist dat het zwaar zou worden. '' zei hij.", ["Ik wist dat het zwaar zou worden."]),
    ("anp_byline", "Omtzigt (NSC): ,,We moeten dit oplossen.''", ["We moeten dit oplossen."]),
    (
        "anp_cue_inside",
        ",,Wij weten'', aldus Jansen,,, waar we staan.''",
        ["Wij weten", "waar we staan."],
    ),
    (
        "anp_cue_then_period",
        ",,Omdat'', zei hij.,, we altijd scherp waren.''",
        ["Omdat", "we altijd scherp waren."],
    ),
    ("anp_glued", "De premier zei dat,,de kiezer erom vraagt''.", ["de kiezer erom vraagt"]),
    (
        "anp_elision_after_close",
        ",,Dat is 's middags gebeurd'', zegt de agent. Maar 's avonds was het rustig.",
        ["Dat is 's middags gebeurd"],
    ),
    (
        "anp_apostrophe_inside",
        ",, Niemand begint nog op zo'n leeftijd. ''",
        ["Niemand begint nog op zo'n leeftijd."],
    ),
    ("anp_mixed_close", ",,Dit is raar”, zegt de scheidsrechter.", ["Dit is raar"]),
    ("anp_curly_close", ",,Het is voorbij’’, zegt de schaatser.", ["Het is voorbij"]),
    (
        "anp_colon_glued",
        "De coach was tevreden:,, Dit was kwaliteit. ''",
        ["Dit was kwaliteit."],
    ),
    # --- ’…’ (De Telegraaf) ------------------------------------------------------------
    ("telegraaf_headline", "Rutte: ’Ik blijf aan’", ["Ik blijf aan"]),
    ("telegraaf_elision_start", "’’s Avonds ben ik moe’, zegt de verpleegster.", ["’s Avonds ben ik moe"]),
    ("telegraaf_plural_end", "’Ik mis de auto’s’, verzucht de verzamelaar.", ["Ik mis de auto’s"]),
    ("telegraaf_possessive_inside", "’Ik ken Kees’ fiets niet’, zegt Jan.", ["Ik ken Kees’ fiets niet"]),
    (
        "telegraaf_close_after_s",
        "’Dit is alles’ zei hij. ’En nu naar huis.’",
        ["Dit is alles", "En nu naar huis."],
    ),
    ("telegraaf_name_at_end", "’Dat is van Jans’ zegt ze.", ["Dat is van Jans"]),
    (
        "telegraaf_two_possessives",
        "’Wat een onzin over Marx’ erfenis en Bush’ beleid’, zegt de historicus.",
        ["Wat een onzin over Marx’ erfenis en Bush’ beleid"],
    ),
    (
        "telegraaf_partial",
        "Premier Rutte wil ’niks zeggen over tussenstanden’.",
        ["niks zeggen over tussenstanden"],
    ),
    ("telegraaf_genitive_s", "’Hoekstra’s plan deugt niet’, stelt Wilders.", ["Hoekstra’s plan deugt niet"]),
    (
        "telegraaf_party_members",
        "’VVD’ers en CDA’ers moeten samenwerken’, vindt de formateur.",
        ["VVD’ers en CDA’ers moeten samenwerken"],
    ),
    (
        "telegraaf_adam",
        "’In A’dam is het ’s nachts druk’, zegt de agent.",
        ["In A’dam is het ’s nachts druk"],
    ),
    ("telegraaf_year_inside", "’Het was in ’23 al zo’, zegt de econoom.", ["Het was in ’23 al zo"]),
    ("telegraaf_rock", "’Wij houden van rock ’n’ roll’, zegt de zanger.", ["Wij houden van rock ’n’ roll"]),
    ("telegraaf_mn_zn", "’Ik heb m’n best gedaan’, zegt z’n broer.", ["Ik heb m’n best gedaan"]),
    ("telegraaf_scare", "De ’linkse’ kerk en het ’groene’ kabinet.", ["linkse", "groene"]),
    (
        "telegraaf_left_mark_open",
        "‘’s Ochtends is het stil’, zegt de boer.",
        ["’s Ochtends is het stil"],
    ),
    (
        "telegraaf_number_opens",
        "’80 procent haalt het niet’, aldus de minister.",
        ["80 procent haalt het niet"],
    ),
    (
        "telegraaf_year_before_quote",
        "Hij scoorde elf keer in ’22: ’Mijn beste jaar’.",
        ["Mijn beste jaar"],
    ),
    (
        "telegraaf_possessive_outside",
        "Kees’ fiets is gestolen, zegt hij: ’Ik ben boos’.",
        ["Ik ben boos"],
    ),
    (
        "telegraaf_hertogenbosch",
        "De burgemeester van ’s-Hertogenbosch zei: ’We gaan ’t doen’.",
        ["We gaan ’t doen"],
    ),
    (
        "telegraaf_close_before_colon",
        "Ze wil ’niet zeggen dat het makkelijk was’: ’We zijn er nog.’",
        ["niet zeggen dat het makkelijk was", "We zijn er nog."],
    ),
    # --- '…' (typewriter single) --------------------------------------------------------
    ("straight_single_scare", "Hij noemde het 'een kwestie van tijd'.", ["een kwestie van tijd"]),
    ("straight_single_elision_start", "''s Avonds ben ik moe', zegt ze.", ["'s Avonds ben ik moe"]),
    (
        "straight_single_possessive_between",
        "'Het is klaar', zegt Jans' moeder. 'Echt klaar.'",
        ["Het is klaar", "Echt klaar."],
    ),
    (
        "straight_single_elision_m",
        "Dat is 'm niet gelukt, maar 'het komt goed', zegt hij.",
        ["het komt goed"],
    ),
    ("straight_single_plural_end", "'Ik mis de auto's', zegt hij.", ["Ik mis de auto's"]),
    (
        "straight_single_titles",
        "Hij speelde 'Wake me up' en 'Radar love' (1973) op het festival.",
        ["Wake me up", "Radar love"],
    ),
    (
        "straight_single_lowercase_s_end",
        "Een 'puinhoop' vond hij het, net als de 'spelregels' van de bond.",
        ["puinhoop", "spelregels"],
    ),
    # --- guillemets ------------------------------------------------------------------------
    ("guillemets_french", "«Ik ga», zei hij tegen de verslaggever.", ["Ik ga"]),
    ("guillemets_german", "»Jawel«, zei zij.", ["Jawel"]),
    ("guillemets_spaced", "« Nous sommes prêts », zei Macron in Brussel.", ["Nous sommes prêts"]),
    ("single_guillemets", "‹Nee›, zei hij kortaf.", ["Nee"]),
    # --- lists, headlines, bylines ------------------------------------------------------------
    (
        "list_telegraaf",
        "- ’Nee’, zegt de minister.\n- ’Ja’, zegt de oppositie.",
        ["Nee", "Ja"],
    ),
    (
        "list_bullets",
        "• „Meer geld voor de zorg”\n• „Minder regels voor boeren”",
        ["Meer geld voor de zorg", "Minder regels voor boeren"],
    ),
    ("headline_then_byline", "KOP: ’Ik stop ermee’\nDoor onze redacteur", ["Ik stop ermee"]),
    (
        "dateline",
        "Door Jan de Vries\n\nDEN HAAG - „We moeten praten”, zegt Jetten.",
        ["We moeten praten"],
    ),
    ("interview_question", "Waarom stopt u? „Het is genoeg geweest.”", ["Het is genoeg geweest."]),
    # --- paragraphs -----------------------------------------------------------------------------
    (
        "continued_low9",
        "„Het begon in maart.\n\n„Daarna ging alles mis.\n\n„Nu is het voorbij”, zegt ze.",
        [
            Q("Het begon in maart.", closed=False),
            Q("Daarna ging alles mis.", closed=False, continues=True),
            Q("Nu is het voorbij", continues=True),
        ],
    ),
    (
        "continued_telegraaf",
        "Ze vertelt: ’Het ging snel.\n\n’Te snel’, zegt ze.",
        [Q("Het ging snel.", closed=False), Q("Te snel", continues=True)],
    ),
    (
        "continued_anp",
        ",, Het was zwaar.\n\n,, Maar we hebben het gehaald. ''",
        [Q("Het was zwaar.", closed=False), Q("Maar we hebben het gehaald.", continues=True)],
    ),
    (
        "unclosed_not_continued",
        "„Ik stop ermee.\n\nDe partij reageerde verrast.",
        [Q("Ik stop ermee.", closed=False)],
    ),
    (
        "closed_then_new_paragraph_quote",
        "„Eerste alinea.”\n\n„Tweede alinea.”",
        ["Eerste alinea.", "Tweede alinea."],
    ),
    (
        "blank_line_with_spaces",
        "„Eerste alinea\n   \n„Tweede alinea”",
        [Q("Eerste alinea", closed=False), Q("Tweede alinea", continues=True)],
    ),
    (
        "crlf_paragraphs",
        "„Eerste alinea\r\n\r\n„Tweede alinea”",
        [Q("Eerste alinea", closed=False), Q("Tweede alinea", continues=True)],
    ),
    (
        # a closing mark in a paragraph that opens none ends a quote run on from the paragraph before
        "closer_in_next_paragraph_ends_the_run_on",
        "Hij zei: „Ik kom\n\nmorgen terug.” Dat deed hij niet.",
        [Q("Ik kom", closed=False), Q("morgen terug.", continues=True)],
    ),
    (
        "run_on_without_reopening_mark",
        "Hoogendoorn sprak de medewerkers toe:\n\n„Wij gaan deze strijd samen aan.\n\nAls de directie niet "
        "beweegt, leggen we de lijnen stil.”\n\nDaarna ging iedereen naar huis.",
        [Q("Wij gaan deze strijd samen aan.", closed=False),
         Q("Als de directie niet beweegt, leggen we de lijnen stil.", continues=True)],
    ),
    (
        "run_on_only_after_an_open_quote",
        "Hij zei niets.\n\nDat was „vreemd.\n\nNiemand begreep het.” Zo ging het.",
        [Q("vreemd.", closed=False), Q("Niemand begreep het.", continues=True)],
    ),
    (
        # a doubled closing mark (a typo) ends the run-on quote once; the second mark opens nothing
        "run_on_ends_once",
        "Hij zei: „Ik kom\n\nmorgen terug.”” Dat deed hij niet.",
        [Q("Ik kom", closed=False), Q("morgen terug.", continues=True)],
    ),
    (
        # an elision opening the paragraph is inside the run-on quote, and a stray mark after it opens nothing
        "run_on_takes_its_elision",
        "Ze zei: „Ik kom\n\n’s avonds terug.”‘ Dat deed ze niet.",
        [Q("Ik kom", closed=False), Q("’s avonds terug.", continues=True)],
    ),
    (
        "no_run_on_after_a_closed_quote",
        "„Ik kom.”\n\nMorgen terug.” Dat deed hij niet.",
        ["Ik kom."],
    ),
    (
        "other_family_does_not_continue",
        "„Het ging snel.\n\n’Te snel’, zegt ze.",
        [Q("Het ging snel.", closed=False), "Te snel"],
    ),
    (
        "article",
        "DEN HAAG - De coalitie praat door over asiel. „We zijn er nog niet”, zegt Kaag.\n\n"
        "Hoekstra’s partijgenoot De Jonge is positiever: „Het kan lukken.” Rutte wil "
        "’niets kwijt over de inhoud’.\n\n"
        "Volgens ingewijden ligt er een pakket ’voor negentig procent’ klaar.",
        ["We zijn er nog niet", "Het kan lukken.", "niets kwijt over de inhoud", "voor negentig procent"],
    ),
]


def _as_q(expected: str | Q) -> Q:
    return expected if isinstance(expected, Q) else Q(expected)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_find_quotes_cases(text: str, expected: list[str | Q]) -> None:
    found = [Q(s.text, s.depth, s.closed, s.continues) for s in find_quotes(text)]
    assert found == [_as_q(e) for e in expected]


def test_cases_are_many_and_distinct() -> None:
    assert len(CASES) >= 80
    assert len({c[0] for c in CASES}) == len(CASES)
    assert len({c[1] for c in CASES}) == len(CASES)


# --- offsets and marks ----------------------------------------------------------------------------


def test_offsets_and_marks_low9() -> None:
    text = "Kaag: „Het is niet makkelijk”, zegt ze."
    (q,) = find_quotes(text)
    assert (q.open_start, q.start, q.end, q.close_end) == (6, 7, 28, 29)
    assert (q.open_mark, q.close_mark) == ("„", "”")
    assert (q.open_end, q.close_start) == (7, 28)


def test_two_character_marks_and_inner_spaces() -> None:
    text = "Trainer: ,, Dit was kwaliteit. '' Daarna stil."
    (q,) = find_quotes(text)
    assert text[q.open_start : q.open_end] == ",,"
    assert text[q.close_start : q.close_end] == "''"
    assert q.text == "Dit was kwaliteit."
    assert q.start == q.open_end + 1 and q.end == q.close_start - 1


def test_unclosed_span_fields() -> None:
    text = "Hij zei: „Ik kom morgen.  \n\nNieuwe alinea."
    (q,) = find_quotes(text)
    assert q.closed is False and q.close_mark is None
    assert q.close_end == q.end == text.index(".") + 1
    assert q.close_start == q.close_end


def test_elision_shared_with_opening_mark() -> None:
    # One mark serves as apostrophe and as opening mark: the quote has no
    # opening mark of its own and keeps the apostrophe in its content.
    text = "’t Is mooi geweest’, zegt de trainer."
    (q,) = find_quotes(text)
    assert q.text == "’t Is mooi geweest"
    assert q.open_mark == "" and q.open_start == q.start == 0
    assert q.close_mark == "’"


def test_to_dict_round_trip() -> None:
    (q,) = find_quotes("„Ja”, zei hij.")
    assert QuoteSpan(**q.to_dict()) == q


def test_spans_are_frozen() -> None:
    (q,) = find_quotes("„Ja”, zei hij.")
    with pytest.raises(AttributeError):
        q.start = 3  # type: ignore[misc]


# --- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [b"\xe2\x80\x9eJa\xe2\x80\x9d", None, 42, ["tekst"]])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="needs the document text as a str"):
        find_quotes(value)  # type: ignore[arg-type]


def test_bytes_error_says_how_to_decode() -> None:
    with pytest.raises(TypeError, match=r"decode"):
        find_quotes(b"tekst")  # type: ignore[arg-type]


def test_normalize_rejects_foreign_spans() -> None:
    spans = find_quotes("„Ja”, zei hij.")
    with pytest.raises(ValueError, match="does not belong to this text"):
        normalize_quotes("Nee, zei hij niet.", spans)


# --- normalize_quotes -------------------------------------------------------------------------------

NORMALIZE_CASES = [
    ("„Ja”, zei hij.", '"Ja", zei hij.'),
    ("Rutte: ’Ik blijf aan’", 'Rutte: "Ik blijf aan"'),
    (",,Ik ga weg'', zei hij.", ' "Ik ga weg" , zei hij.'),
    (",, Ik ga weg. ''", ' " Ik ga weg. " '),
    ("’Ik mis de auto’s’, zegt hij.", '"Ik mis de auto\'s", zegt hij.'),
    ("’’s Avonds ben ik moe’", '"\'s Avonds ben ik moe"'),
    ("Kees’ fiets en ’t huis van m’n oom", "Kees' fiets en 't huis van m'n oom"),
    ("„Hij zei: ‘nee’ en ging.”", '"Hij zei: "nee" en ging."'),
    ("Geen citaat, wel een ” los teken.", "Geen citaat, wel een ” los teken."),
    ("«Oui», zei hij.", '"Oui", zei hij.'),
]


@pytest.mark.parametrize(("text", "expected"), NORMALIZE_CASES)
def test_normalize_quotes_cases(text: str, expected: str) -> None:
    assert normalize_quotes(text) == expected
    assert len(expected) == len(text)


def test_normalize_with_given_spans() -> None:
    text = "„Ja”, zei hij. ’Nee’, zei zij."
    spans = find_quotes(text)
    assert normalize_quotes(text, spans[:1]) == "\"Ja\", zei hij. 'Nee', zei zij."
    assert normalize_quotes(text, []) == "„Ja”, zei hij. 'Nee', zei zij."


# --- paragraphs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("Een alinea.", [(0, 11)]),
        ("Een.\n\nTwee.", [(0, 4), (6, 11)]),
        ("  Een.\nnog steeds een.\n \n\n Twee. \n", [(2, 22), (27, 32)]),
        ("\n\n\n", []),
        ("Een.\r\n\r\nTwee.", [(0, 4), (8, 13)]),
        ("Een.\u2029Twee.", [(0, 4), (5, 10)]),
    ],
)
def test_paragraphs(text: str, expected: list[tuple[int, int]]) -> None:
    assert paragraphs(text) == expected


# --- properties ---------------------------------------------------------------------------------------


def _check_invariants(text: str, spans: list[QuoteSpan]) -> None:
    starts = [s.open_start for s in spans]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert s.text and not s.text[0].isspace() and not s.text[-1].isspace()
        assert 0 <= s.open_start <= s.start < s.end <= s.close_end <= len(text)
        assert text[s.open_start : s.open_end] == s.open_mark
        assert s.open_end <= s.start
        if s.closed:
            assert s.close_mark is not None
            assert text[s.close_start : s.close_end] == s.close_mark
            assert s.end <= s.close_start
        else:
            assert s.close_mark is None and s.close_end == s.end
        # a quote never runs through a paragraph break
        assert not paragraphs(text[s.open_start : s.close_end])[1:]
        if s.continues:  # (a run-on without a reopening mark starts at its paragraph, with no mark)
            assert s.depth == 0 and (s.open_mark or s.open_start == s.start)
            assert any(p[0] == s.open_start for p in paragraphs(text))
    # nesting: each span of depth d > 0 lies inside the content of the
    # nearest earlier span of depth d - 1; spans of equal depth do not overlap
    open_by_depth: dict[int, QuoteSpan] = {}
    for s in spans:
        if s.depth > 0:
            parent = open_by_depth.get(s.depth - 1)
            assert parent is not None, f"no parent for {s}"
            assert parent.start <= s.open_start and s.close_end <= parent.end
        previous = open_by_depth.get(s.depth)  # the previous sibling, if any
        if previous is not None:
            assert previous.close_end <= s.open_start
        open_by_depth[s.depth] = s
        for deeper in [d for d in open_by_depth if d > s.depth]:
            del open_by_depth[deeper]


@given(st.text())
@settings(max_examples=300)
def test_any_text_keeps_invariants(text: str) -> None:
    _check_invariants(text, find_quotes(text))


@given(mark_soup())
@settings(max_examples=500)
def test_mark_soup_keeps_invariants(text: str) -> None:
    _check_invariants(text, find_quotes(text))


@given(mark_soup(), plain_prefixes())
@settings(max_examples=300)
def test_prefix_shifts_every_span(text: str, prefix: str) -> None:
    shift = len(prefix)
    moved = [
        attrs.evolve(
            s, start=s.start - shift, end=s.end - shift, open_start=s.open_start - shift, close_end=s.close_end - shift
        )
        for s in find_quotes(prefix + text)
    ]
    assert moved == find_quotes(text)


@given(quoted_documents())
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_generated_documents_give_their_quotes(example: tuple[str, list[ExpectedQuote]]) -> None:
    text, expected = example
    spans = find_quotes(text)
    found = [ExpectedQuote(s.start, s.end, s.depth, s.closed, s.continues) for s in spans]
    assert found == expected
    _check_invariants(text, spans)


@given(quoted_documents())
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_normalize_maps_found_marks(example: tuple[str, list[ExpectedQuote]]) -> None:
    text, _ = example
    spans = find_quotes(text)
    normalized = normalize_quotes(text, spans)
    assert len(normalized) == len(text)
    assert "’" not in normalized and "‘" not in normalized
    for s in spans:
        assert normalized[s.open_start : s.open_end].strip() == ('"' if s.open_mark else "")
        if s.closed:
            assert normalized[s.close_start : s.close_end].strip() == '"'
    # outside the marks only apostrophes change
    for a, b in zip(text, normalized, strict=True):
        if a != b:
            assert b in "\"' " and a in "’‘„“”\"«»‹›,'‚"


@given(st.text())
def test_normalize_any_text_same_length(text: str) -> None:
    assert len(normalize_quotes(text)) == len(text)
