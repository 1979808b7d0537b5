"""Mentions: the places where a text refers to a possible speaker.

Four kinds are found on the parse:

* ``name``: a person's or organisation's name, with the role and party the
  text attaches to it (``D66-leider Kaag``, ``Staatssecretaris Van der Burg
  (Asiel)``, ``Omtzigt (NSC)``, ``Mark Rutte, de premier``);
* ``role``: a definite role noun standing for a person (``de bewindsman``,
  ``de minister van Financiën``, ``de VVD-leider``);
* ``pronoun``: ``hij``, ``ze``, ``haar`` …;
* ``source``: an unnamed source or group (``ingewijden``, ``een Haagse bron``,
  ``een woordvoerder van het ministerie``, ``het kabinet``).

Party compounds are read with the knowledge base's party names
(``CDA-leider``, ``VVD’er``, ``PvdA-wethouder``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import attrs
import regex

from quoteattr.kb_names import is_title_abbreviation
from quoteattr.lexicon import FORMER_ROLE, NATIONALITY, Lexicon, role_prefix
from quoteattr.parsed import Parse, Word

#: Name particles (tussenvoegsels) that may stand inside a surname.
TUSSENVOEGSELS = frozenset(
    "van de der den het 't ’t ter ten te in op la le du da di von vom zu d' d’ del della des".split()
    + "el al ben bin ibn abu dos das".split())  # (Fatima el Amrani, Mohammed bin Salman, Lula da Silva)
DETERMINERS = frozenset(["de", "het", "een", "deze", "die", "dit", "dat", "onze", "zijn", "haar", "hun", "mijn", "uw"])
_POSSESSIVE = regex.compile(r"(?:['’]s|['’])$")
_PARTY_MEMBER = regex.compile(r"^(?P<party>.+?)['’](?:er|ers|ster|sters)$")
_CAPITAL = regex.compile(r"^\p{Lu}")
_AGE = regex.compile(r"^(?:\d+-|\p{Ll}+)jarige$")  # de 24-jarige Ramos, de zevenjarige Noah
#: The office of an age noun (``de 27-jarige``): it takes up the person the text gave that age.
AGE_OFFICE = "age"
#: Nouns an age makes a reference to one person (``de 45-jarige man``), with their gender.
_AGED_PERSONS = {"man": "m", "vrouw": "f", "jongen": "m", "meisje": "f", "jongeman": "m"}
#: Prepositions of the person spoken to or of a time or manner, never part of the speaker's phrase
#: (``zeggen ambtenaren tegen de krant``, ``de partij sinds januari``, ``de minister met een glimlach``).
_NOT_OF_THE_SPEAKER = frozenset({"tegen", "tegenover", "aan", "sinds", "tijdens", "na", "met"})
#: Particles that are also prepositions with an article: before an ordinary word they start a place.
_PLACE_PARTICLES = frozenset({"in de", "in het", "op de", "op het", "aan de", "aan het", "uit de", "uit het"})

PartyLookup = Callable[[str], "str | None"]


@attrs.define
class RawMention:
    """A mention while the document is being analysed (mutable, internal)."""

    start: int
    end: int
    text: str
    kind: str
    head: int
    sent: int
    name: str | None = None  # for names: the name without a possessive ending
    role: str | None = None
    office: str | None = None
    party: str | None = None
    portfolio: str | None = None
    gender: str = "-"
    number: str = "sg"
    nationality: str | None = None  # "nationality:ar" from "de Argentijn Diego Ramos"
    new_in_office: bool = False  # "de nieuwe partijleider"
    elsewhere: bool = False  # "de Beierse minister-president": an office of another country or region
    definite: bool = False  # "de VVD’er": one particular party member
    source_kind: str | None = None
    possessor: RawMention | None = None
    organisation: bool = False
    org_kind: str | None = None  # "vakbond FNV": association (organisation_nouns.txt)
    title: str | None = None  # "bakker Kees Mulder": a common noun the name has as its title (lemma)
    age: str | None = None  # "27" from "Dennis B. (27)", "de 27-jarige" (or "zeven" from "de zevenjarige")
    origin: str | None = None  # "nationality:@loppersum" from "Geert Wolters uit Loppersum"
    entity: int | None = None  # index of the entity it belongs to, once clustered


#: One word with a capital inside it, as company names are written (ProRail, PostNL); not McGregor or DiCaprio.
_CAMEL_CASE = regex.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$")
#: An initial: "V." stands for the surname of "Dennis V." in court reports.
_INITIAL = regex.compile(r"^\p{Lu}\.$")
_ARTICLE = regex.compile(r"^(?:[Dd]e|[Hh]et) ")
#: A short word opening with two capitals: an abbreviation (``NZa``, ``KNVB``), not a name (``McKay``).
_ABBREVIATION = regex.compile(r"^\p{Lu}\p{Lu}[\p{Lu}\p{Ll}]{0,4}$")
_DAYS = frozenset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split())
#: Capitalised adjectives before a role that leave the office a Dutch one (``de Europese commissaris``).
_HOME_ADJECTIVES = frozenset({"nederlandse", "nederlands", "europese", "europees"})
#: Nouns of quantity whose noun follows them bare (``een aantal brugklassers``, ``een groep boeren``).
QUANTITY_NOUNS = frozenset({"aantal", "groep", "paar", "handvol", "tiental", "twintigtal", "honderdtal", "reeks",
                            "meerderheid", "minderheid", "deel", "kwart", "derde", "helft", "honderd", "duizend"})
#: Units an amount is counted in (``4,90 euro``, ``twee procent``): with a number, no part of a source phrase.
AMOUNT_UNITS = frozenset({"euro", "cent", "dollar", "pond", "procent", "miljoen", "miljard", "kilometer", "meter",
                          "kilo", "ton", "uur", "minuten", "jaar", "dagen", "weken", "maanden"})
#: A capitalised compound ending in a lower-case noun (``FNV-bestuurder``): it describes, it does not name.
_DESCRIPTOR = regex.compile(r"^\p{Lu}[\p{L}\p{N}]*-\p{Ll}{3,}$")


def _is_cap(word: Word) -> bool:
    return bool(_CAPITAL.match(word.text))


def age_of(form: str) -> str | None:
    """The age an adjective gives: ``27-jarige`` -> ``27``, ``zevenjarige`` -> ``zeven``; None for other words."""
    return form[:-len("jarige")].rstrip("-").lower() if _AGE.match(form) else None


def _age_noun(parse: Parse, i: int) -> tuple[str, str] | None:
    """(age, gender) when word ``i`` heads an age noun phrase: ``de 27-jarige``, ``de 45-jarige man``."""
    w = parse.words[i]
    if age_of(w.text) and not any(parse.words[k].upos in ("NOUN", "PROPN") and k > i for k in parse.children[i]):
        return age_of(w.text) or "", "-"  # (not the adjective of "de 27-jarige Dennis", a name parsed as its child)
    if w.lower in _AGED_PERSONS:
        for k in parse.children[i]:
            age = age_of(parse.words[k].text) if k < i and parse.words[k].deprel == "amod" else None
            if age:
                return age, _AGED_PERSONS[w.lower]
    return None


def split_compound(token: str, lex: Lexicon, party_of: PartyLookup) -> tuple[str | None, str | None]:
    """Party and role of a compound.

    ``CDA-leider`` -> (``CDA``, ``CDA-leider``); ``VVD’er`` -> (``VVD``, None);
    ``premier`` -> (None, ``premier``).
    """
    member = _PARTY_MEMBER.match(token)
    if member and party_of(member["party"]):
        return party_of(member["party"]), None
    party = None
    role_word = token
    if "-" in token:
        prefix, rest = token.rsplit("-", 1)
        found = party_of(prefix)
        if found:
            party, role_word = found, rest
    info = lex.role(role_word)
    if info is None:
        return party, None
    if party and info[0] not in ("partijleider", "fractievoorzitter", "lijsttrekker", "partijvoorzitter"):
        return party, role_word.lower()  # CU-vicepremier: the role is vicepremier
    if party:
        return party, token
    prefix = role_prefix(token)
    return None, token if len(prefix) >= 2 and prefix.isupper() else role_word.lower()  # "VN-chef", "oud-minister"


def find_names(parse: Parse, lex: Lexicon, party_of: PartyLookup,
               is_forename: Callable[[str], bool] | None = None) -> list[RawMention]:
    """All name mentions, with attached roles, parties and portfolios.

    ``is_forename`` tells first names (from the knowledge base): a capitalised
    word before one that is none opens no name but is its title
    (``Buurman Wim de Jong``, ``Forens Mark de Groot``).
    """
    out: list[RawMention] = []
    held: list[tuple[int, int, int]] = []  # names with an article before them, decided once all names are known
    seen = _document_forms(parse)
    capitalised_at = seen[0]  # capitalised forms inside sentences -> where they stand
    titles: dict[int, str] = {}  # word index of a name -> the title before it
    kinds: dict[int, str | None] = {}  # word index of an organisation's name -> the kind the noun before it says
    party_before: dict[int, str] = {}  # word index of a name -> a party written out in the role before it
    # words the text writes after a capitalised particle ("Van Houten zelf …"): surnames, wherever they stand
    particle_surnames = frozenset(b.lower for a, b in zip(parse.words, parse.words[1:], strict=False)
                                  if a.text in ("Van", "Ter", "Ten", "Vander") and b.sent == a.sent and _is_cap(b))
    for s, (first, last) in enumerate(parse.sentences):
        i = first
        while i < last:
            written_out = written_out_party_role(parse, i, last, lex, party_of)
            if written_out is not None:  # "Partij voor de Dieren-fractievoorzitter Esther Ouwehand"
                i = written_out[0]
                if written_out[1]:
                    party_before[i] = written_out[1]
                continue
            if _named_surname(parse, i, last, out):
                pass  # "De Boer benadrukte" after "Sietske de Boer": a surname, though also a role noun
            elif (_is_role_word(parse.words[i].text, lex, party_of) and not (
                    # "Nijboer wil weten": a surname on a role noun, where no name follows as after landbouwminister
                    lex.is_closed_compound_role(parse.words[i].text)
                    and not (i + 1 < last and _is_cap(parse.words[i + 1])))) or (
                    i + 1 < last and (parse.words[i].lower in DETERMINERS or chamber_ordinal(parse, i))
                    and _is_role_word(parse.words[i + 1].text, lex, party_of)):
                i += 1  # "D66-leider Kaag", "Premier Rutte", "De VVD’er Erkens": the role is no part of the name
                continue
            if i >= first + 2 and parse.words[i - 1].lower in ("van", "voor") and _is_cap(parse.words[i]) and \
                    parse.words[i].lower in lex.portfolio_words and (
                        lex.role(parse.words[i - 2].text) is not None or _role_name_before(parse, i - 1, out, lex)):
                # "minister van Buitenlandse Zaken Caspar Veldkamp": the portfolio is no part of the name after it;
                # "minister David van Weel van Justitie en Veiligheid": nor is one of its words a name
                while i < last and ((parse.words[i].lower in lex.portfolio_words and _is_cap(parse.words[i]))
                                    or parse.words[i].lower in ("en", ",")):
                    i += 1
                continue
            if i > first and i + 1 < last and _portfolio_after_role(parse, i, lex) and _is_cap(parse.words[i + 1]) \
                    and parse.words[i + 1].lower not in lex.portfolio_words:
                i += 1  # "Wethouder Sport Hanneke Dijkstra": the portfolio after the role is no part of the name
                continue
            if is_forename is not None and i + 2 < last and _is_cap(parse.words[i]) \
                    and parse.words[i].lower not in TUSSENVOEGSELS and parse.words[i + 1].upos == "PROPN" \
                    and _is_cap(parse.words[i + 1]) and is_forename(parse.words[i + 1].text) \
                    and not is_forename(parse.words[i].text) and (i == first or not _is_cap(parse.words[i - 1])) \
                    and _name_end(parse, i + 1, last, party_of, True, lex.name_enders) > i + 2:
                titles[i + 1] = parse.words[i].text.lower()  # "Buurman Wim de Jong": a title, then the name
                i += 1
                continue
            if i == first and i + 1 < last and parse.words[i + 1].upos == "PROPN" and _is_cap(parse.words[i + 1]) \
                    and parse.words[i + 1].lower not in TUSSENVOEGSELS and parse.words[i].text not in capitalised_at:
                if lex.organisation_kind(parse.words[i].text):
                    # "Energiebedrijf Vattenfall begrijpt …": the noun says what the organisation after it is
                    kinds[i + 1] = lex.organisation_kind(parse.words[i].text)
                    i += 1
                    continue
                if lex.common_words.get(parse.words[i].lower) == "NOUN":
                    # "Verpleegkundige Anouk werkt …": an ordinary noun opening the sentence, never written as a name
                    titles[i + 1] = parse.words[i].text.lower()
                    i += 1
                    continue
            j = _organisation_end(parse, i, first, last, lex, party_of)
            if j > i:
                m = _name_mention(parse, i, j, s, lex, party_of)
                m.organisation = True
                out.append(m)
                i = j
                continue
            after_role = i > first and _is_role_word(parse.words[i - 1].text.capitalize(), lex, party_of)
            w = parse.words[i]
            # a word the text writes elsewhere as a name, mistagged here ("Faber zelf ziet …" with Faber an adverb)
            # (or for a plural noun: "Leijten was niet overtuigd" after "SP-Kamerlid Renske Leijten")
            # (written so elsewhere: "de Eindhovense oefenmeester" once is an adjective)
            known = w.upos in ("ADV", "ADJ", "NOUN") and any(k != i for k in capitalised_at.get(w.text, ())) \
                and w.lower not in lex.common_words and not _modifies_next_noun(parse, i)
            j = _name_end(parse, i, last, party_of, after_role, lex.name_enders, known, is_forename, particle_surnames)
            if j == i + 1 and _ordinary_initial_word(parse, i, first, lex, seen):
                j = i
            elif j > i + 1 and _function_word(parse.words[i], lex) and _after_opening(parse, i, first):
                i += 1  # "Volgens Omtzigt", "Ook Klaver": the capitalised first word is no part of the name
                continue
            if j > i and _dateline(parse, i, j):
                i = j  # "DEN HAAG, 14 maart.", "ROTTERDAM -": the place a report was filed from
                continue
            if j > i and i - 1 > first and parse.words[i - 1].upos in ("ADJ", "PROPN") and _is_cap(parse.words[i - 1]) \
                    and (i <= parse.words[i - 1].head < j or parse.words[i].head == i - 1) \
                    and lex.organisation_kind(parse.words[j - 1].text, True):
                # "De Nederlandse Zorgautoriteit": a capitalised adjective is part of an organisation's name
                # (as UD Dutch has it: the first word of a name, the rest hanging from it as flat)
                i -= 1
            if j > i and i - 1 >= first and parse.words[i - 1].lower in lex.place_institutions \
                    and (parse.words[i].head == i - 1 or parse.words[i - 1].head == i):
                # "de rechtbank Overijssel", "gemeente Utrecht": the place alone would name the province, the city
                m = _name_mention(parse, i - 1, j, s, lex, party_of)
                m.organisation, m.org_kind, m.name, m.title = True, "authority", m.text, None
                m.nationality, m.gender = None, "-"
                out.append(m)
                i = j
                continue
            if j > i:
                in_brackets = i > first and parse.words[i - 1].text == "(" and j < last and parse.words[j].text == ")"
                if in_brackets and out and out[-1].end < parse.words[i].start \
                        and parse.words[i].start - out[-1].end <= 3:
                    pass  # "Omtzigt (NSC)": the party in brackets is no name of its own
                elif _has_determiner(parse, i, j, lex, party_of):
                    held.append((i, j, s))
                else:
                    out.append(_name_mention(parse, i, j, s, lex, party_of))
                    if i in titles and not out[-1].role:
                        out[-1].title = titles[i]
                    if i in party_before:  # (the role is the part after the hyphen)
                        out[-1].party = out[-1].party or party_before[i]
                        out[-1].role = _hyphenated_role(parse.words[i - 1].text, lex)
                    if i in kinds:
                        out[-1].organisation, out[-1].org_kind = True, kinds[i]
                i = j
            else:
                i += 1
    # "De 24-jarige Ramos" after "Diego Ramos": an article does not stop the surname of a person named elsewhere
    surnames = {m.name.split()[-1] for m in out if m.name and " " in m.name and not m.organisation}
    for i, j, s in held:  # (and "De Nederlandse Zorgautoriteit": a name ending in an organisation noun;
        # "volgens het KNMI": an abbreviation, written in capitals)
        acronym = j == i + 1 and parse.words[i].text.isupper() and len(parse.words[i].text) >= 2 \
            and parse.words[i].text.isalpha() and not party_of(parse.words[i].text)  # (parties: "van het CDA")
        if parse.words[j - 1].text in surnames or acronym or \
                lex.organisation_kind(parse.words[j - 1].text, compound_only=True):
            out.append(_name_mention(parse, i, j, s, lex, party_of))
    out.sort(key=lambda m: m.start)
    _bare_possessives(parse, out)
    for m in out:
        if m.kind == "name" and not m.role and not m.organisation:
            _appositive_role(parse, m, lex, party_of)
    for m in out:  # "Hoekstra’s partijgenoot De Jonge": remember whose partijgenoot
        if m.office == "partijgenoot":
            role_word = parse.words[max(0, (parse.word_at(m.start) or 0) - 1)]
            before = [p for p in out if p.kind == "possessive" and 0 <= m.start - p.end <= 40
                      and p.sent == m.sent and p.end <= role_word.start]
            if before:
                m.possessor = before[-1]
    return out


def written_out_party_role(parse: Parse, i: int, last: int, lex: Lexicon,
                           party_of: PartyLookup) -> tuple[int, str] | None:
    """``Partij voor de Dieren-fractievoorzitter Esther Ouwehand``: a party's full name joined to a role by a hyphen
    before a name.  The index of the word after the role, and the party; else None.  An organisation of
    capitalised words there (``ABN AMRO-econoom Nora Schouten``) gives the index and an empty party."""
    words = parse.words
    if not _is_cap(words[i]):
        return None
    for k in range(i + 1, min(i + 6, last - 1)):
        role = _hyphenated_role(words[k].text, lex)
        if role is not None and _is_cap(words[k + 1]):
            party = party_of(parse.text[words[i].start:words[k].start + words[k].text.rindex("-")])
            if party:
                return k + 1, party
            # "ABN AMRO-econoom Nora Schouten": an organisation of capitalised words before the role, no name's part
            return (k + 1, "") if all(_is_cap(x) for x in words[i:k + 1]) and words[k + 1].upos == "PROPN" else None
    return None


def _hyphenated_role(token: str, lex: Lexicon) -> str | None:
    """The role noun after the last hyphen of ``token`` (``Dieren-fractievoorzitter`` -> ``fractievoorzitter``),
    when something stands before the hyphen; else None."""
    head, dash, role = token.rpartition("-")
    return role.lower() if dash and head and lex.role(role) is not None else None


def chamber_ordinal(parse: Parse, i: int) -> bool:
    """Word ``i`` is ``Tweede``/``Eerste`` before a word of that chamber (``Tweede Kamervoorzitter Martin Bosma``):
    part of the role after it, neither a name nor a subject of its own."""
    words = parse.words
    return words[i].lower in ("tweede", "eerste") and i + 1 < len(words) and words[i + 1].lower.startswith("kamer")


#: Endings of nouns for the inhabitants of a place (``Loppersumer``, ``Venlonaar``, ``Groningse``), with gender.
#: Participles that say where a person is from, before ``in`` or ``uit`` in an apposition (``…, geboren in Venlo,``).
_GREW_UP = frozenset({"geboren", "opgegroeid", "getogen", "afkomstig", "woonachtig", "wonend"})
_RESIDENT_ENDINGS = (("enaar", "m"), ("naar", "m"), ("aar", "m"), ("er", "m"), ("sche", "f"), ("se", "f"))
_PLACE_WORD = regex.compile(r"\b\p{Lu}[\p{L}-]{3,}\b")


def residents(parse: Parse, lex: Lexicon, is_forename: Callable[[str], bool] | None = None) -> dict[str, tuple[str, str]]:
    """Nouns for inhabitants of the places a document names, as demonyms: ``Loppersumer`` -> (``@loppersum``, ``m``).

    Regional news calls a person after her town (``Jannie Dijkstra woont in
    Loppersum. „…”, zegt de Loppersumse``).  A capitalised word made of a
    place the document writes elsewhere (any capitalised word there,
    ``VENLO -`` included) and an inhabitant's ending is one, after ``de`` or
    ``een`` and any adjectives (``de 67-jarige Loppersumer``); so are the
    female forms in ``-se`` (``de Venlose``), whose ending no surname has,
    unless the lexicon knows them as ordinary adjectives (``Europese``).
    The word must head its phrase or stand before a first name (``de
    Maastrichtse Wendy Hermans``): ``de Eindhovense oefenmeester`` and ``De
    Hollandse Spaarbank`` are no inhabitants.  Words the lexicon knows as
    ordinary nouns (``Kamer``) are none.
    """
    words = parse.words
    places = {w.lower() for w in _PLACE_WORD.findall(parse.text)}
    places |= {p.split("-")[0] for p in places if "-" in p}  # "Rotterdam-Zuid": a part of Rotterdam
    found: dict[str, tuple[str, str]] = {}
    for i, w in enumerate(words):
        if not _is_cap(w) or len(w.text) < 6 or not w.text.isalpha() or lex.common_words.get(w.lower) == "NOUN" \
                or lex.role(w.lower) is not None:  # (a demonym or role noun already: "Nederlandse", "Kamerlid")
            continue
        k = i - 1
        while k >= 0 and words[k].upos == "ADJ" and not _is_cap(words[k]) and words[k].sent == w.sent:
            k -= 1
        if k < 0 or words[k].sent != w.sent or words[k].lower not in ("de", "een"):
            continue
        after = words[i + 1] if i + 1 < len(words) and words[i + 1].sent == w.sent else None
        if after is not None and (after.upos == "NOUN" or (_is_cap(after) and not (
                is_forename is not None and is_forename(after.text)))):
            continue  # an adjective of the noun or name after it
        for ending, gender in _RESIDENT_ENDINGS:
            if not w.lower.endswith(ending):
                continue
            stem = w.lower[:-len(ending)]
            place = next((p for p in places if p != w.lower and len(p) >= 4 and (
                p in (stem, stem[:-1]) or p.removesuffix("en") == stem or p.removesuffix("e") == stem)), None)
            if place is not None or (ending in ("se", "sche") and w.lower not in lex.common_words):
                found[w.lower] = ("@" + (place or stem), gender)
            break
    return found


def _office_role(lex: Lexicon, word: str) -> bool:
    """A role noun for an office, not a demonym (``hoogleraar``, not ``Italiaanse``)."""
    info = lex.role(word)
    return info is not None and not info[0].startswith(NATIONALITY)


def _named_surname(parse: Parse, i: int, last: int, out: list[RawMention]) -> bool:
    """Word ``i`` (or ``De``/``Het`` and the word after it) is the surname of a person named before in full and no
    name follows it: ``De Boer`` after ``Sietske de Boer``, ``Bisschop`` after ``Roelof Bisschop``, where ``boer``
    and ``bisschop`` are also role nouns."""
    k = i + 1 if parse.words[i].lower in ("de", "het") and i + 1 < last else i
    w = parse.words[k]
    if not _is_cap(w) or (k + 1 < last and _is_cap(parse.words[k + 1])):
        return False
    full = [m.name.split() for m in out if m.kind == "name" and not m.organisation and m.name and " " in m.name]
    return any(parts[-1] == w.text and (k == i or parts[-2].lower() == parse.words[i].lower) for parts in full)


DocumentForms = tuple[dict[str, list[int]], frozenset[str]]


def _document_forms(parse: Parse) -> DocumentForms:
    """Capitalised word forms the text writes other than at the start of a sentence (with where), and its
    lower-case words."""
    found: dict[str, list[int]] = {}
    for first, last in parse.sentences:
        for k in range(first + 1, last):
            w = parse.words[k]
            if _is_cap(w) and not _after_opening(parse, k, first):
                found.setdefault(w.text, []).append(k)
    return found, frozenset(w.text for w in parse.words if w.text[:1].islower())


def _appositive_role(parse: Parse, m: RawMention, lex: Lexicon, party_of: PartyLookup) -> None:
    """``De burgemeester van Utrecht, Sharon Dijksma,``: a role set off before the name by a comma is its role."""
    k = parse.word_at(m.start)
    if k is None or k < 2 or parse.words[k - 1].text != ",":
        return
    first = parse.sentences[m.sent][0]
    for r in range(k - 2, max(first, k - 8) - 1, -1):
        w = parse.words[r]
        info = lex.role(w.text) if not _is_cap(w) else None
        if info and not info[0].startswith(NATIONALITY):
            m.role, m.office, m.gender = w.lower, info[0], info[1] if m.gender == "-" else m.gender
            portfolio = _portfolio(parse, r)
            party = next((party_of(x) for x in regex.findall(r"[\w’'-]+", parse.text[parse.words[r].end:m.start])
                          if x[:1].isupper() and party_of(x)), None)
            if party:
                m.party = m.party or party  # "de fractievoorzitter van het CDA, X,"
            else:
                m.portfolio = m.portfolio or portfolio
            return
        if not (w.lower in ("van", "voor", "de", "het", "der") or _is_cap(w)):
            return  # only a "van"/"voor" phrase may stand between the role and the comma


def _bare_possessives(parse: Parse, names: list[RawMention]) -> None:
    """``Verhoefs reactie`` after ``Joost Verhoef``: a surname with a genitive ``s`` before a noun owns it."""
    known = {m.name.split()[-1] for m in names if m.name and m.kind == "name"}
    for m in names:
        name = m.name or ""
        if m.kind != "name" or " " in name or not name.endswith("s") or name[:-1] not in known:
            continue
        k = parse.word_at(m.end)
        if k is not None and parse.words[k].upos == "NOUN" and not _is_cap(parse.words[k]) \
                and parse.words[k].start - m.end <= 1:
            m.kind, m.name = "possessive", name[:-1]


#: A time of day as a live blog stamps its updates: 10.52, 9:05.
_CLOCK = regex.compile(r"^\d{1,2}[.:]\d{2}$")
_DASHES = ("-", "–", "—")


def _dateline(parse: Parse, i: int, j: int) -> bool:
    """Words ``i:j`` are a dateline: a place in capitals opening a paragraph, before a comma or a dash."""
    words = parse.words
    start = words[i].start
    para = parse.paragraphs[parse.paragraph_of(start)]
    if not (parse.text[para[0]:start].strip() == "" and all(w.text.isupper() for w in words[i:j])):
        return False
    if j + 3 < len(words) and words[j].text == "(" and words[j + 1].text.isupper() and words[j + 2].text == ")":
        j += 3  # "DEN HAAG (ANP) -": the news agency in brackets
    if not (j < len(words) and words[j].text in (",", "-", "–", "—")):
        return False
    # before a comma, one word in capitals needs a date after it ("ROTTERDAM, 14 maart", "UTRECHT, dinsdag"):
    # "BBB, de grootste partij, …" opens with an abbreviated name
    after = words[j + 1] if j + 1 < len(words) else None
    return words[j].text != "," or j - i >= 2 or (
        after is not None and (after.text[:1].isdigit() or after.lower in _DAYS))


def in_dateline(parse: Parse, i: int) -> bool:
    """Word ``i`` is part of a dateline (``MOSKOU -``, ``DEN HAAG,``) or of a live blog's time stamp
    (``10.52 uur –``), which the parser may make a subject."""
    words = parse.words
    if _CLOCK.match(words[i].text) or (words[i].lower == "uur" and i > 0 and _CLOCK.match(words[i - 1].text)):
        a = i if _CLOCK.match(words[i].text) else i - 1
        b = a + 2 if a + 1 < len(words) and words[a + 1].lower == "uur" else a + 1
        para = parse.paragraphs[parse.paragraph_of(words[a].start)]
        return parse.text[para[0]:words[a].start].strip() == "" and b < len(words) and words[b].text in _DASHES
    if not (words[i].text.isupper() and words[i].text.isalpha()):
        return False
    a = i
    while a > 0 and words[a - 1].text.isupper() and words[a - 1].text.isalpha():
        a -= 1
    b = i + 1
    while b < len(words) and words[b].text.isupper() and words[b].text.isalpha():
        b += 1
    return _dateline(parse, a, b)


def _after_opening(parse: Parse, i: int, first: int) -> bool:
    """Word ``i`` opens its sentence, or follows only punctuation there (``„Angst``, ``- Mooier``)."""
    return all(parse.words[k].upos == "PUNCT" for k in range(first, i))


def _ordinary_initial_word(parse: Parse, i: int, first: int, lex: Lexicon,
                           seen: DocumentForms) -> bool:
    """A one-word "name" that is only a common word capitalised at the start of a sentence.

    A compact tagger sometimes calls such a word PROPN (``Angst``, ``Kabinet``):
    it is a common Dutch word, or the text writes it in lower case elsewhere
    (``het kabinet``).  It is kept as a name when the text also writes it
    capitalised mid-sentence (``Visser`` after ``Anne Visser``).
    """
    w = parse.words[i]
    capitalised, lower = seen
    if w.text.isupper() and len(w.text) >= 2 and w.text.isalpha():
        return False  # an abbreviation ("BBB, de grootste partij, …"), whatever word it spells
    return (w.lower in lex.common_words or w.lower in lower or w.lower in lex.time_words) \
        and _after_opening(parse, i, first) and w.text not in capitalised  # ("Zondag speelt Ajax …")


#: Parts of speech of words that are never a first name.
_FUNCTION_UPOS = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "VERB", "INTJ", "PART"})


def _function_word(w: Word, lex: Lexicon) -> bool:
    return w.lower not in TUSSENVOEGSELS and lex.common_words.get(w.lower) in _FUNCTION_UPOS


def _is_role_word(token: str, lex: Lexicon, party_of: PartyLookup) -> bool:
    """A role noun or party compound written with a capital (``Premier``, ``D66-leider``, ``VVD’er``)."""
    if not token[:1].isupper() or (party_of(token) is not None and not _PARTY_MEMBER.match(token)):
        return False  # (a party's own name is no role: "GroenLinks-PvdA")
    if _DESCRIPTOR.match(token):
        return True  # "FNV-bestuurder Henri Janssen", "Shell-topman": a lower-case noun after the hyphen
    party, role = split_compound(token, lex, party_of)
    return role is not None or (party is not None and party.lower() != token.lower() and "-" not in token[-1:])


def _has_determiner(parse: Parse, i: int, j: int, lex: Lexicon, party_of: PartyLookup) -> bool:
    """``de Argentijn``, ``een Grand Slam``: a proper noun with an article before it is no personal name.

    The article belongs to a role noun, demonym or other common noun between
    it and a name of two words or more (``de Amerikaanse Megan Hall``,
    ``de premier Mark Rutte`` however parsed, ``de Duitse zanger Peter
    Maffay``), or to an adjective describing a person (``de 24-jarige
    Ramos``, ``de ervaren Van der Laan``).
    """
    words = parse.words
    for n in range(i, j):
        for k in parse.children[n]:
            if not (words[k].deprel == "det" and words[k].lower in ("de", "het", "een") and k < i):
                continue
            between = words[k + 1:i]
            if j - i >= 2 and between and (_is_role_word(between[-1].text, lex, party_of) or (
                    between[-1].upos == "NOUN" and not _is_cap(between[-1]))):
                continue  # "de Amerikaanse Megan Hall", "de Duitse zanger Peter Maffay"
            # "de ervaren Van Dijk", "een zichtbaar geëmotioneerde Sigrid Kaag": a description before a full name
            if between and all((w.upos in ("ADJ", "ADV") or (w.upos == "VERB" and w.feat("VerbForm") == "Part"))
                               and (not _is_cap(w) or _AGE.match(w.text)) for w in between) \
                    and any(w.upos != "ADV" for w in between) \
                    and (j - i >= 2 or any(_AGE.match(w.text) for w in between)) and words[k].lower in ("de", "een"):
                continue
            return True
    return False


def _name_end(parse: Parse, i: int, last: int, party_of: PartyLookup, after_role: bool = False,
              common: Mapping[str, str] | frozenset[str] = frozenset(), known: bool = False,
              is_forename: Callable[[str], bool] | None = None, surnames: frozenset[str] = frozenset()) -> int:
    """End (exclusive) of a name starting at word ``i``, or ``i`` when none starts there.

    ``common`` holds ordinary Dutch words: after ``in de`` or ``op het`` one of
    them (``Kamer``) is a place, not the rest of a surname (``in 't Veld``).
    ``known``: the text names someone with word ``i`` elsewhere, whatever its tag here.
    After a role, ``van`` and a word end a name (``minister Zalm van Financiën``)
    unless the name so far is first names (``hoofdeconoom Peter Hein van
    Mulligen``) or the text writes the word elsewhere as a surname after a
    capitalised particle (``surnames``: ``Van Houten`` after ``actrice Carice van Houten``).
    """
    words = parse.words
    w = words[i]
    starts_particle = w.lower in TUSSENVOEGSELS and _is_cap(w)
    # a capitalised word the lemmatizer did not know is taken for a name even when mistagged ("Omtzigt" as VERB),
    # as the subject, before a bracket or colon, or right after a role ("Minister Jorritsma" with Jorritsma a NOUN)
    following = parse.words[i + 1].text if i + 1 < len(parse.words) else ""
    unknown_capital = w.lemma == w.text and w.upos in ("NOUN", "VERB", "X") and w.lower not in DETERMINERS \
        and not (w.upos == "NOUN" and w.feat("Number") == "Plur") \
        and (w.deprel.startswith("nsubj") or following in ("(", ":") or after_role) and not _described_name(parse, i)
    # a capitalised genitive ("Hoekstra’s partijgenoot", "Wiersma’s reactie") whatever its tag: possessive
    # names are rare in the training data, and the tagger calls them NOUN or ADJ as often as PROPN
    unknown_capital = unknown_capital or known or _CAMEL_CASE.match(w.text) is not None or (  # ("VluchtelingenWerk")
        w.upos in ("NOUN", "ADJ", "X") and regex.search(r"\w['’]s$", w.text) is not None and len(w.text) > 4
        and w.lower[:-2] not in common and i + 1 < len(parse.words) and parse.words[i + 1].upos == "NOUN")
    # a party's own name whatever its tag ("Oppositiepartij D66" with D66 a number)
    party_name = w.upos in ("NUM", "NOUN", "X", "ADJ") and party_of(w.text) is not None \
        and not _PARTY_MEMBER.match(w.text)
    if not (starts_particle or ((w.upos == "PROPN" or unknown_capital or party_name) and _is_cap(w))):
        return i
    j = i
    seen_propn = False
    while j < last:
        cur = words[j]
        first_unknown = j == i and (unknown_capital or party_name)
        if _is_cap(cur) and cur.lower not in TUSSENVOEGSELS and (
                cur.upos == "PROPN" or first_unknown or (j > i and cur.upos in ("NOUN", "X", "ADJ", "VERB"))
                or (j > i and words[j - 1].lower in TUSSENVOEGSELS and cur.upos not in ("PUNCT", "NUM", "SYM"))):
            # a capitalised word after a name's first word continues it even when mistagged ("Pieter Omtzigt")
            if j > i and cur.deprel == "appos" and i <= cur.head < j and not _CAMEL_CASE.match(words[i].text):
                break  # "de Argentijn Diego Ramos": the apposition starts a new name (not "VluchtelingenWerk Nederland")
            if j > i and _modifies_next_noun(parse, j):
                break  # "De Paraguayaanse president": an adjective of the noun after it (not "De Jonge zei")
            seen_propn = True
            j += 1
            if _POSSESSIVE.search(cur.text):
                break  # "Hoekstra’s partijgenoot": the possessive ends the name
            continue
        if cur.lower in TUSSENVOEGSELS:
            k = j
            while k < last and words[k].lower in TUSSENVOEGSELS:
                k += 1
            particles = " ".join(w.lower for w in words[j:k])
            if k < last and (party_of(words[k].text) or (j - i >= 2 and particles in ("van de", "van het"))
                             or particles in ("in", "op")  # (surnames have "in 't", "op den"; "in Venlo" is a place)
                             or (words[j].lower in ("in", "op") and _is_cap(words[j + 1]))  # ("in Den Haag")
                             or (after_role and particles in ("van", "voor")
                                 and (j - i >= 2 or words[k].lower in common)
                                 and words[k].lower not in surnames
                                 and not (is_forename is not None and all(is_forename(x.text) for x in words[i:j])))
                             or (particles in _PLACE_PARTICLES and words[k].lower in common)
                             # "Jan Smit van Feyenoord": a first name and a surname are a whole name; "van" and a
                             # word the text never writes as a surname name whom they are with
                             or (particles == "van" and j - i >= 2 and is_forename is not None
                                 and is_forename(words[i].text) and not is_forename(words[j - 1].text)
                                 and words[k].lower not in surnames)):
                # "Henri Bontenbal van het CDA", "Carel Stolker van de Universiteit", "minister X Y van Financiën",
                # "minister Zalm van Financiën", "zei Van der Plas in de Kamer", "Pieter Smeets in Venlo"
                break
            # (whatever the tag of the capitalised word after them: "Van der Meer" with "Meer" an adverb)
            if k < last and _is_cap(words[k]) and words[k].upos not in ("PUNCT", "NUM", "SYM") and k - j <= 3:
                j = k
                continue
        break
    return j if seen_propn else i


def _modifies_next_noun(parse: Parse, i: int) -> bool:
    """Word ``i`` is an adjective of the lower-case noun right after it (``Eindhovense oefenmeester``)."""
    w = parse.words[i]
    k = i + 1
    return w.upos == "ADJ" and k < len(parse.words) and w.head == k and parse.words[k].sent == w.sent \
        and parse.words[k].upos == "NOUN" and not _is_cap(parse.words[k])


def _described_name(parse: Parse, i: int) -> bool:
    """Word ``i`` is a noun with a name in apposition right after it (``Oppositiepartij GroenLinks-PvdA``)."""
    k = i + 1
    return k < len(parse.words) and parse.words[k].head == i and parse.words[k].deprel == "appos" \
        and parse.words[k].upos in ("PROPN", "NUM", "X") and _is_cap(parse.words[k])  # (D66 tagged NUM)


def _organisation_end(parse: Parse, i: int, first: int, last: int, lex: Lexicon, party_of: PartyLookup) -> int:
    """End of an organisation's name opened by a capitalised common noun mid-sentence, else ``i``.

    ``zegt Zorgverzekeraars Nederland``, ``volgens Vereniging Eigen Huis``:
    Dutch does not capitalise an ordinary noun inside a sentence, so with a
    name hanging from it, it opens the name.
    """
    w = parse.words[i]
    ordinary = w.lower in lex.common_words or (w.upos == "NOUN" and w.feat("Number") == "Plur") or \
        lex.organisation_kind(w.text) is not None  # ("Rijksuniversiteit Groningen")
    # (opening a sentence a noun is capitalised anyway: there only "Zorgverzekeraars Nederland" and the like)
    if not (w.upos in ("NOUN", "ADJ") and _is_cap(w) and ordinary and i + 1 < last
            and (not _after_opening(parse, i, first) or parse.words[i + 1].text == "Nederland")
            and parse.words[i + 1].head == i and parse.words[i + 1].deprel in ("appos", "flat")):
        return i
    j = _name_end(parse, i + 1, last, party_of, False, lex.name_enders)
    return j if j > i + 1 else i


def _role_name_before(parse: Parse, k: int, out: list[RawMention], lex: Lexicon) -> bool:
    """Word ``k`` follows a name that follows a role word (``minister David van Weel | van``)."""
    if not out or out[-1].end != parse.words[k - 1].end:
        return False
    at = parse.word_at(out[-1].start)
    return at is not None and at > 0 and lex.role(parse.words[at - 1].text) is not None


def _portfolio_after_role(parse: Parse, k: int, lex: Lexicon) -> bool:
    """Word ``k`` is a capitalised portfolio word right after a role noun (``Wethouder Sport``)."""
    words = parse.words
    return _is_cap(words[k]) and words[k].lower in lex.portfolio_words and lex.role(words[k - 1].text) is not None


def _portfolio_start(parse: Parse, k: int, first: int, lex: Lexicon) -> int | None:
    """The role word before the portfolio that word ``k`` ends: ``Minister van Buitenlandse Zaken`` (k at Zaken).

    The portfolio is capitalised words of ministers' portfolios, with ``en`` and
    commas between them, after ``van`` or ``voor``; the role word before it.
    """
    words = parse.words
    n = k
    while n > first and ((words[n].lower in lex.portfolio_words and _is_cap(words[n]))
                         or (n < k and words[n].lower in ("en", ","))):
        n -= 1
    if n == k or n <= first or words[n].lower not in ("van", "voor"):
        return None
    return n - 1 if lex.role(words[n - 1].text) is not None else None


def is_amount(parse: Parse, k: int) -> bool:
    """Word ``k`` heads an amount hung from a noun as its ``nmod`` (``van 4,20``, ``naar 4,90 euro``): a number,
    or a unit of money or measure with one (not ``bij twee grote zorgverzekeraars``)."""
    w = parse.words[k]
    return w.deprel == "nmod" and (w.upos == "NUM" or (w.lower in AMOUNT_UNITS and any(
        parse.words[c].deprel == "nummod" for c in parse.children[k])))


def _only_titles(between: str) -> bool:
    """The text between a role and a name is at most a space and abbreviated titles (``drs.``, ``prof. dr.``)."""
    parts = between.split()
    return len(between) <= 2 or all(is_title_abbreviation(p) for p in parts)


def _academic_title(words: Sequence[Word], k: int) -> bool:
    """``words[k]`` is an abbreviated title with its stop (``prof.``, ``dr.``) or the stop split off one."""
    if words[k].text == ".":  # (the stop split off: "prof" ".")
        return k > 0 and words[k - 1].end == words[k].start and is_title_abbreviation(words[k - 1].text + ".")
    return is_title_abbreviation(words[k].text)


def _name_mention(parse: Parse, i: int, j: int, sent: int, lex: Lexicon, party_of: PartyLookup) -> RawMention:
    words = parse.words
    start, end = words[i].start, words[j - 1].end
    text = parse.text[start:end]
    possessive = _POSSESSIVE.search(words[j - 1].text) is not None and len(words[j - 1].text) > 3
    name = _POSSESSIVE.sub("", text) if possessive else text
    # the word that hangs the name in the sentence (not a "van Dijk" part the parser made an nmod of the role;
    # the subject where the parser split the name: "versloeg Sem de Groot" with "de Groot" as an object)
    head = max(range(i, j), key=lambda k: (words[k].head < i or words[k].head >= j,
                                           words[k].deprel.startswith("nsubj"),
                                           words[k].deprel.split(":")[0] != "nmod", k))
    m = RawMention(start, end, text, "name", head, sent, name=name.strip())
    if name != text:
        m.kind = "possessive"
    party = party_of(name)
    core = _ARTICLE.sub("", name)  # "De FNV", "het RIVM": the name after its article
    if party and (party.lower() == name.lower() or (len(name) <= 6 and name.isupper())):
        m.organisation, m.party = True, party
    elif core.isupper() and len(core) >= 2 and " " not in core and not _INITIAL.match(core):
        m.organisation, m.name = True, core  # (not "V.", the surname of "Dennis V." written short)
    elif _CAMEL_CASE.match(core.split()[0]) or _ABBREVIATION.match(core):  # (and "VluchtelingenWerk Nederland")
        m.organisation, m.name = True, core  # "ProRail", "PostNL", "TenneT", "NZa": a capital inside a word names one
    elif lex.organisation_kind(name.split()[-1], compound_only=True):
        m.organisation, m.org_kind = True, lex.organisation_kind(name.split()[-1])  # "Rabobank", "Hollandse Spaarbank"
        m.name = core  # ("De Onderwijsinspectie" opening a sentence: the article is no part of the name)
    # role / party before the name: "D66-leider Kaag", "premier Rutte", "oud-minister X"
    k = i - 1
    # (past academic titles: "geluidsdeskundige prof. dr. Anna de Vries"; a professor is a hoogleraar)
    professor = False
    while k > parse.sentences[sent][0] and (_academic_title(words, k) or words[k].lower == "magnificus"):
        # (and the honorific of "Rector magnificus prof. dr. Annelies van der Meulen")
        professor = professor or words[k].lower.rstrip(".") == "prof" or words[k - 1].lower == "prof"
        k -= 1 + (words[k].text == ".")
    professorship = lex.role("hoogleraar") if professor else None
    if professorship is not None:
        m.role = "hoogleraar"
        m.office, m.gender = professorship
    adjacent = k
    role_at = _portfolio_start(parse, k, parse.sentences[sent][0], lex) if k >= 0 else None
    if role_at is not None:  # "Minister van Financiën Eelco Heinen": the role before the portfolio
        m.portfolio = parse.text[words[role_at + 2].start:words[k].end]
        k = role_at
    elif k - 2 >= parse.sentences[sent][0] and words[k].upos == "NOUN" and not _is_cap(words[k]) \
            and words[k - 1].lower in ("van", "voor") and lex.role(words[k - 2].text) is not None \
            and lex.role(words[k].text) is None:
        k -= 2  # "officier van justitie Marieke Hoogland": the role before its van-phrase
        # (not "een woordvoerder van wethouder Ellen de Graaf", where the wethouder is named)
    elif k - 3 >= parse.sentences[sent][0] and words[k - 2].lower == "van" and words[k - 1].lower in ("de", "het") \
            and lex.role(words[k - 3].text) is not None and lex.role(words[k].text) is not None:
        k -= 3  # "Commissaris van de Koning John Berends": the role before its van-phrase, not the king
    elif k - 1 >= parse.sentences[sent][0] and words[k].upos == "NOUN" and not _is_cap(words[k]) \
            and lex.role(words[k].text) is None and _office_role(lex, words[k - 1].text):
        k -= 1  # "hoogleraar energietransitie Martin Bakker": the role before its field (not "Italiaanse kemphanen")
    elif k - 1 >= parse.sentences[sent][0] and _portfolio_after_role(parse, k, lex):
        m.portfolio = words[k].text  # "Wethouder Sport Hanneke Dijkstra": the role before its portfolio
        k -= 1
    elif k - 2 >= parse.sentences[sent][0] and words[k].upos == "NOUN" and not _is_cap(words[k]) \
            and words[k - 1].upos == "ADJ" and words[k - 1].text.isalpha() and lex.role(words[k].text) is None \
            and _office_role(lex, words[k - 2].text):
        k -= 2  # "hoogleraar Europese politiek Sanne de Graaf", "lector digitale veiligheid Mark de Boer"
    while k >= parse.sentences[sent][0] and words[k].upos in ("ADJ",) and not _is_cap(words[k]):
        m.age = m.age or age_of(words[k].text)  # "de 71-jarige Truus Janssen"
        k -= 1
    # (a role noun the tagger took for a participle or adverb, "Gedeputeerde Van Haaf", "Rector Hanneke Vos", still
    # counts)
    if k >= parse.sentences[sent][0] and (words[k].upos in ("NOUN", "PROPN", "X", "ADJ") or (
            words[k].upos in ("VERB", "ADV") and lex.role(words[k].text) is not None)):
        party_, role = split_compound(words[k].text, lex, party_of)
        info = lex.role(role) if role else None
        if info and info[0].startswith(NATIONALITY):  # "de Argentijn Diego Ramos": a nationality, no role
            m.nationality, m.gender = info
        elif not role and not party_ and words[k].upos == "NOUN" and lex.takes_up_organisation(words[k].text):
            m.organisation = True  # "Milieuorganisatie Greenpeace", "vakbond FNV": the noun says what it is
            m.org_kind = lex.organisation_kind(words[k].text)
        elif role or party_:
            m.role, m.party = role or m.role, party_ or m.party
            if role and k > parse.sentences[sent][0] and FORMER_ROLE.fullmatch(words[k - 1].text):
                m.role = f"{words[k - 1].lower} {role}"  # "voormalig minister Hugo de Jonge": held before
            if info:
                m.office, m.gender = info[0], info[1]
            before = lex.role(words[k - 1].text) if k > parse.sentences[sent][0] else None
            if before and before[0].startswith(NATIONALITY):  # "de Hongaarse premier Viktor Orbán"
                m.nationality = before[0]
        elif k == adjacent and words[k].upos == "NOUN" and words[k].text.isalpha() and (
                not _is_cap(words[k]) or k == parse.sentences[sent][0]) and lex.source_kind(words[k].text) not in (
                    "organisation", "group") and not lex.takes_up_organisation(words[k].text):  # ("gemeente Lindeveen")
            m.title = words[k].lemma.lower()  # "bakker Kees Mulder": a later "de bakker" is Mulder
    # "Henri Bontenbal van het CDA"
    # (or written out: "Iris Veldkamp van de Partij voor de Dieren"; a local party: "van Leefbaar Deventer")
    at = j + 2 if j + 2 < len(words) and words[j + 1].lower in ("de", "het") else j + 1
    if at < len(words) and words[j].lower == "van" and words[at].sent == sent and _is_cap(words[at]) \
            and not m.party:
        m.party = next((party_of(parse.text[words[at].start:words[e - 1].end])
                        for e in range(min(at + 6, parse.sentences[sent][1]), at, -1)
                        if party_of(parse.text[words[at].start:words[e - 1].end])), None)
    # "Geert Wolters uit Loppersum": a later "de Loppersumer" is Wolters (see residents); so is "Geert Wolters,
    # geboren in Loppersum," and "…, zelf opgegroeid in Rotterdam-Zuid,"
    at = j
    if at + 3 < len(words) and words[at].text == "," and words[at + 1].sent == sent:
        grew_up = next((k for k in range(at + 1, min(at + 4, len(words))) if words[k].lower in _GREW_UP), None)
        at = grew_up + 1 if grew_up is not None else at
    if at + 1 < len(words) and words[at].lower in ("uit", "in") and (at > j or words[at].lower == "uit") \
            and words[at + 1].sent == sent and _is_cap(words[at + 1]) and not m.nationality:
        m.origin = lex.origin_of(words[at + 1].lower.split("-")[0])
    # "(Asiel)" or "(NSC)" right after the name; "(27)": an age
    if j + 2 < len(words) and words[j].text == "(" and words[j + 2].text == ")" and words[j + 1].sent == sent:
        inner = words[j + 1].text
        if inner.isdigit() and 0 < int(inner) < 120:
            m.age = inner
        elif party_of(inner):
            m.party = party_of(inner)
        elif _is_cap(words[j + 1]):
            m.portfolio = inner
    elif j + 3 < len(words) and words[j].text == "(" and words[j + 1].sent == sent and not m.party:
        # "Wethouder Fatma Yilmaz (financiën, GroenLinks)": a party among the bracket's comma-separated parts
        # ("(Leefbaar Rotterdam)": a party of more words)
        close = next((k for k in range(j + 2, min(j + 9, len(words))) if words[k].text == ")"), None)
        if close is not None:
            parts = parse.text[words[j + 1].start:words[close - 1].end].split(",")
            m.party = next((party_of(x.strip()) for x in parts if x.strip() and party_of(x.strip())), None)
    # apposition: "Mark Rutte, de premier," / "Rutte, premier van Nederland," / "Henk Mulder (71), buschauffeur,"
    k = j
    if k + 3 < len(words) and words[k].text == "(" and words[k + 2].text == ")" and words[k + 1].text.isdigit():
        k += 3
    if k + 1 < len(words) and words[k].text == "," and words[k + 1].sent == sent:
        k += 1
        if words[k].lower in ("de", "het", "een"):
            k += 1
        if words[k].text.isdigit() and k + 1 < len(words) and words[k + 1].text == "," and 0 < int(words[k].text) < 120:
            m.age = m.age or words[k].text  # "Dennis B., 27, …"
        while k + 1 < len(words) and (words[k].upos == "ADJ" or (words[k].upos == "VERB" and words[k + 1].upos == "NOUN")) \
                and not _is_cap(words[k]) and words[k + 1].sent == sent:  # ("gepensioneerd buschauffeur")
            m.age = m.age or age_of(words[k].text)
            k += 1  # "Wietse Kuipers, een 34-jarige Leeuwarder,"
        origin = lex.role(words[k].text) if k < len(words) and words[k].sent == sent else None
        if origin and origin[0].startswith(NATIONALITY) and not m.nationality:
            m.nationality = origin[0]
            m.gender = origin[1] if m.gender == "-" else m.gender
            return m
        if k < len(words) and words[k].sent == sent and words[k].upos == "NOUN":
            party_, role = split_compound(words[k].text, lex, party_of)
            if role:
                m.role, m.party = m.role or role, m.party or party_
                info = lex.role(role)
                if info:
                    m.office = m.office or info[0]
                    m.gender = info[1] if m.gender == "-" else m.gender
            elif not party_ and not _is_cap(words[k]) and words[k].lower not in lex.time_words \
                    and k + 1 < len(words) and words[k + 1].text in (",", "."):
                m.title = m.title or words[k].lemma.lower()  # "Henk Mulder (71), gepensioneerd buschauffeur,"
    return m


def describe(parse: Parse, i: int, lex: Lexicon, party_of: PartyLookup,
             names: list[RawMention], generic: bool = False) -> RawMention | None:
    """The mention headed by word ``i`` (a subject, or the object of ``volgens``).

    With ``generic``, any noun phrase is accepted (the subject of a speech
    verb speaks, whatever it is: ``de betogers``, ``het rapport``).
    """
    w = parse.words[i]
    for m in names:
        if m.start <= w.start < m.end:
            return m
    if w.upos == "DET" and w.lower in ("de", "deze") and i + 1 < len(parse.words) and \
            parse.words[i + 1].sent == w.sent and age_of(parse.words[i + 1].text):
        return describe(parse, i + 1, lex, party_of, names, generic)  # "zegt de 61-jarige" with "de" the subject
    if in_dateline(parse, i):  # "MOSKOU - De Russische president …" with the place parsed as the subject
        after = [k for k in parse.children[i] if k > i and parse.words[k].deprel == "appos"]
        return describe(parse, after[0], lex, party_of, names, generic) if after else None
    # a name may be the flat/appos dependent of a role noun: "premier Rutte" parsed with premier as head
    for k in parse.children[i]:
        kid = parse.words[k]
        if kid.deprel.split(":")[0] in ("flat", "appos", "nmod") and kid.index > i:
            title = _academic_title(parse.words, k)  # ("voorzieningenrechter mr. Judith Verschuren" headed by mr.)
            for m in names:
                inside = m.start <= kid.start < m.end or (title and kid.end <= m.start and any(
                    parse.words[x].start == m.start for x in parse.subtree(k)))
                if inside and _only_titles(parse.text[parse.words[i].end:m.start]):
                    return m  # (with academic titles between: "SGP-fractievoorzitter drs. P. de Boer")
    # "onderzoeksleider en KNO-arts Eva Lindeman": two roles of one person, before the name (not "de minister en de
    # staatssecretaris", two people)
    if lex.role(w.text) and not any(parse.words[k].deprel == "det" for k in parse.children[i]):
        for k in parse.children[i]:
            kid = parse.words[k]
            if kid.deprel == "conj" and k > i and lex.role(kid.text) and kid.sent == w.sent and not any(
                    parse.words[c].deprel == "det" for c in parse.children[k]):
                named = describe(parse, k, lex, party_of, names, generic)
                if named is not None and named.kind == "name":
                    return named
    # "Hoogleraar audiologie Pieter Wessels" with the role and its field parsed as two subjects: the name the role
    # and its field stand before
    if lex.role(w.text):
        for m in names:
            at = parse.word_at(m.start) if m.kind == "name" and m.sent == w.sent and m.start > w.end else None
            if at is not None and m.role and m.role.lower() == w.lower and 0 < at - i - 1 <= 2 and all(
                    x.upos == "NOUN" and x.text.islower() for x in parse.words[i + 1:at]):
                return m
    # "officier van justitie Marieke Hoogland": the name hangs from the role's van-phrase (but "een woordvoerder van
    # wethouder Ellen de Graaf" speaks for her and is someone else)
    if lex.role(w.text) and lex.source_kind(w.text) != "anonymous":
        for k in parse.children[i]:
            of = parse.words[k]
            if of.deprel != "nmod" or k < i or not any(parse.words[c].lower in ("van", "voor")
                                                       for c in parse.children[k]) or (any(
                    parse.words[c].deprel == "det" for c in parse.children[k]) and lex.role(of.text) is None):
                # (with an article the name is the phrase's: "een woordvoerster van de politie Utrecht"; not after
                # a role: "Commissaris van de Koning John Berends")
                continue
            for c in parse.children[k]:
                if parse.words[c].deprel.split(":")[0] in ("flat", "appos") and c > k:
                    for m in names:
                        if m.kind == "name" and m.start <= parse.words[c].start < m.end and 0 <= m.start - of.end <= 2 \
                                and not m.organisation and not lex.takes_up_organisation(of.text):
                            return m  # (not "een woordvoerder van koepelorganisatie Aedes")
    if w.lemma.lower() in lex.speech_nouns or w.lower in lex.speech_nouns or lex.is_document(w.lemma):
        owner = _owner(parse, i, names)  # (and "het rapport van de inspectie": the inspectorate)
        role_at = next((k for k in parse.children[i] if k > i and parse.words[k].deprel.startswith("nmod")
                        and lex.role(parse.words[k].text) and any(parse.words[c].lower == "van"
                                                                   for c in parse.children[k])), None)
        if owner is None and role_at is not None:
            owner = describe(parse, role_at, lex, party_of, names, generic)  # "de reactie van de minister"
        if owner is None and lex.is_document(w.lemma):  # "een rapport van de Algemene Rekenkamer", "van de inspectie"
            by = next((k for k in parse.children[i] if k > i and parse.words[k].deprel.startswith("nmod")
                       and (parse.words[k].upos == "PROPN" or lex.takes_up_organisation(parse.words[k].lemma))
                       and any(parse.words[c].lower == "van" for c in parse.children[k])), None)
            if by is not None:
                owner = describe(parse, by, lex, party_of, names, generic)
        if owner is not None:
            return owner  # "Wiersma’s reactie: „…”", "het antwoord van Wiersma"
    if lex.role(w.text):  # "schrijft minister Kuipers" parsed as two objects, "vroeg Kamerlid Bikker"
        # as two flat parts of the verb: the name right after the role, or after its portfolio ("Wethouder Sport
        # Hanneke Dijkstra")
        end, k = w.end, i + 1  # (or after "van" and its portfolio: "Minister van Buitenlandse Zaken David van Weel")
        if k + 1 < len(parse.words) and parse.words[k].lower == "van" and _is_cap(parse.words[k + 1]):
            k += 1
        while k < len(parse.words) and parse.words[k].sent == w.sent and (
                (_is_cap(parse.words[k]) and parse.words[k].lower in lex.portfolio_words)
                or (parse.words[k].lower == "en" and k > i + 1)):
            end, k = parse.words[k].end, k + 1
        for m in names:
            if m.kind == "name" and (0 <= m.start - w.end <= 1 or 0 <= m.start - end <= 1):
                return m
    lower = w.lower
    after_volgens = i > 0 and parse.words[i - 1].lower == "volgens"  # ("Volgens haar lost …" with "haar" a DET)
    if lower in lex.pronouns and (w.upos == "PRON" or after_volgens):
        number, gender = lex.pronouns[lower]
        if lower in ("ik", "wij", "we"):
            return None
        if number == "any" and w.deprel.startswith("nsubj"):
            number = _verb_number(parse, w.head) or number  # "zeggen ze": they; "zegt ze": she
            if number == "pl":
                gender = "-"
        return RawMention(w.start, w.end, w.text, "pronoun", i, w.sent, gender=gender, number=number)
    if w.upos not in ("NOUN", "PROPN", "ADJ", "X") and not lex.source_kind(w.text):
        return None  # a source noun mistagged as a verb ("ingewijden") still counts
    span = _np_span(parse, i, lex.time_words, lex.is_document)
    for n in names:  # a name is whole, however parsed ("een woordvoerder van wethouder Ellen de Graaf")
        if span[0] <= n.start < span[1] < n.end:
            span = (span[0], n.end)
    phrase_end = _of_phrase_end(parse, span[1])
    for n in names:  # "Partij voor de Dieren-fractievoorzitter Esther Ouwehand", parsed as headed by "Partij"
        at = parse.word_at(n.start) if n.kind == "name" and span[0] < n.start < phrase_end else None
        if at is not None and i < at and _hyphenated_role(parse.words[at - 1].text, lex) is not None:
            return n
    aged = _age_noun(parse, i)
    if aged is not None:  # "zei de 27-jarige", "Volgens de 64-jarige": whom the text gave that age
        dets = [parse.words[k].lower for k in parse.children[i] if parse.words[k].deprel == "det"]
        k = i - 1 if i and parse.words[i - 1].upos != "ADJ" else i - 2  # (the parser may hang "De" elsewhere)
        if k >= 0 and parse.words[k].sent == w.sent:
            dets.append(parse.words[k].lower)
        if any(d in ("de", "deze", "die") for d in dets):
            return RawMention(span[0], span[1], parse.text[span[0]:span[1]], "role", i, w.sent, role=w.lower,
                              office=AGE_OFFICE, age=aged[0], gender=aged[1], definite=True)
        if "een" in dets:  # "Een 27-jarige uit Enschede": an unnamed person a later "de 27-jarige" takes up
            return RawMention(span[0], span[1], parse.text[span[0]:span[1]], "source", i, w.sent,
                              source_kind="anonymous", age=aged[0], gender=aged[1])
    age_at = next((k for k in parse.children[i] if k < i and parse.words[k].deprel == "amod"
                   and age_of(parse.words[k].text)), None)
    aged_role = lex.role(w.text) if aged is None and age_at is not None else None
    if aged_role is not None and age_at is not None and not aged_role[0].startswith(NATIONALITY) and any(
            parse.words[k].lower == "de" for k in parse.children[i]):
        # "vertelt de 52-jarige directeur": whom the text gave that age, else the person just named
        return RawMention(span[0], span[1], parse.text[span[0]:span[1]], "role", i, w.sent, role=w.lower,
                          office=AGE_OFFICE, age=age_of(parse.words[age_at].text), gender=aged_role[1],
                          definite=True)
    party, role = split_compound(w.text, lex, party_of)
    # "de Vlaamse socialist", "de Duitse christendemocraat": a party noun for a politician abroad names no Dutch party
    abroad = any(parse.words[k].deprel == "amod" and k < i and _is_cap(parse.words[k])
                 and parse.words[k].lower not in _HOME_ADJECTIVES for k in parse.children[i])
    if not party and not abroad and party_of(lex.party_nouns.get(w.lower, "-")):
        party, role = party_of(lex.party_nouns[w.lower]), None  # "de GroenLinkser": a member, not an "-er" role
    source = lex.source_kind(w.lemma.replace("_", "")) or lex.source_kind(w.text)
    if role or source:
        span = (span[0], _of_phrase_end(parse, span[1]))
    text = parse.text[span[0]:span[1]]
    dets = [parse.words[k].lower for k in parse.children[i] if parse.words[k].deprel == "det"]
    appositive = _appositive_name(parse, span[1], names, lex)
    if (role or source or lex.person_gender(w.lower) is not None) and appositive is not None:
        return appositive  # "de fractievoorzitter van het CDA, Jaap de Boer, …", "Haar buurman, de 34-jarige X,"
    if role and not (source and "een" in dets):
        info = lex.role(role)
        m = RawMention(span[0], span[1], text, "role", i, w.sent, role=role, party=party,
                       office=info[0] if info else None, gender=info[1] if info else "-",
                       definite=any(d in ("de", "het", "deze", "dit", "die") for d in dets))
        if (m.office == "woordvoerder" and not dets) or "een" in dets:
            m.kind, m.source_kind = "source", "anonymous"
        m.portfolio = _portfolio(parse, i)
        party_named = party_of(m.portfolio) or party_of(m.portfolio.split()[-1]) if m.portfolio else None
        if party_named and not m.party:  # "de fractievoorzitter van het CDA", "de oprichter van Nieuw Sociaal Contract"
            m.party, m.portfolio = party_named, None
        m.possessor = _possessor(parse, i, names)
        for k in parse.children[i]:  # "de Russische leider": the nationality says who, whatever the office
            info_k = lex.role(parse.words[k].text) if parse.words[k].deprel == "amod" else None
            if info_k and info_k[0].startswith(NATIONALITY):
                m.nationality = info_k[0]
            if parse.words[k].deprel == "amod" and k < i and _is_cap(parse.words[k]) \
                    and parse.words[k].lower not in _HOME_ADJECTIVES:
                m.elsewhere = True  # "de Duitse minister van Financiën", "de Vlaamse minister-president"
        m.new_in_office = any(parse.words[k].deprel == "amod" and parse.words[k].lower in lex.new_role_words
                               for k in parse.children[i])
        m.number = "pl" if w.feat("Number") == "Plur" else "sg"
        return m
    if source:
        return RawMention(span[0], span[1], text, "source", i, w.sent, source_kind=source,
                          number="pl" if w.feat("Number") == "Plur" else "sg",
                          definite=any(d in ("de", "het", "deze", "dit", "die") for d in dets))
    if not party and not abroad and w.lower in lex.party_nouns:  # "de christendemocraat"
        party = party_of(lex.party_nouns[w.lower])
    if party:  # "de VVD’ers", "een CDA’er"
        plural = w.feat("Number") == "Plur" or w.lower.endswith(("ers", "sters"))  # ("SP’ers" tagged PROPN)
        return RawMention(span[0], span[1], text, "source", i, w.sent, party=party,
                          source_kind="group" if plural else "anonymous", number="pl" if plural else "sg",
                          definite=any(d in ("de", "deze", "die") for d in dets))
    if generic and w.upos in ("NOUN", "PROPN") and lex.common_words.get(w.lower, "NOUN") in ("NOUN", "PROPN"):
        # (a capitalised ADJ or ADV the tagger took for a name, "Later liet hij weten", is no source)
        plural = w.feat("Number") == "Plur"
        return RawMention(span[0], span[1], text, "source", i, w.sent, source_kind="group" if plural else "anonymous",
                          number="pl" if plural else "sg", definite=any(d in ("de", "het") for d in dets))
    return None


def _appositive_name(parse: Parse, end: int, names: list[RawMention], lex: Lexicon) -> RawMention | None:
    """The name set off by commas right after a noun phrase ending at ``end`` (``…, Jaap de Boer, zegt``), also
    after its article, age or role (``De voorzitter van de rechtbank, rechter Annelies van Wijk,``)."""
    k = parse.word_at(end)
    if k is None or parse.words[k].text != "," or parse.words[k].start > end + 1:
        return None
    first = k + 1  # "de 34-jarige", "rechter": words that describe the name before it
    while first < min(k + 4, len(parse.words)) and (parse.words[first].lower in ("de", "het") or age_of(
            parse.words[first].text) or (not _is_cap(parse.words[first]) and lex.role(parse.words[first].text))):
        first += 1
    opening = parse.words[first].start if first < len(parse.words) else -1
    for m in names:
        if m.kind == "name" and not m.organisation and (0 < m.start - parse.words[k].end <= 1 or m.start == opening):
            after = parse.word_at(m.end)
            if after is None or parse.words[after].sent != m.sent or parse.words[after].text in (
                    ",", ")", ".", "!", "?", ":"):
                return m  # (the apposition may end the sentence: "zegt de wethouder van Financiën, Anna Smit.")
    return None


def _verb_number(parse: Parse, verb: int) -> str | None:
    """``sg`` or ``pl``: the number of the finite verb of the clause headed by ``verb`` (None when unmarked)."""
    if verb < 0:
        return None
    for k in [verb, *parse.children[verb]]:
        w = parse.words[k]
        if (k == verb or w.deprel.startswith(("aux", "cop"))) and w.feat("VerbForm") == "Fin":
            number = w.feat("Number")
            if number in ("Sing", "Plur"):
                return "sg" if number == "Sing" else "pl"
    return None


def _np_span(parse: Parse, i: int, time_words: frozenset[str] = frozenset(),
             is_document: Callable[[str], bool] | None = None) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``i``: determiners, modifiers and ``van``/``voor`` phrases.

    Not a document it was said in (``schrijft de inspectie in een rapport``), where ``is_document`` tells one."""
    keep = {i}
    stack = [i]
    while stack:
        k = stack.pop()
        for c in parse.children[k]:
            rel = parse.words[c].deprel.split(":")[0]
            if k == i and rel in ("acl", "punct", "conj", "cc", "parataxis", "appos", "advcl", "case", "mark",
                                  # clause relations: a noun the parser made a clause's head heads no more than
                                  # its own phrase ("volgens ingewijden" taken for the root of its sentence)
                                  "nsubj", "csubj", "obj", "iobj", "cop", "aux", "expl", "ccomp", "xcomp"):
                continue
            if k == i and ((rel == "advmod" and parse.words[c].upos == "ADV")
                           or (c > k and parse.words[c].lower == "zelf")
                           or (rel == "amod" and parse.words[c].upos == "ADV" and any(
                               d > c and parse.words[d].deprel == "det" for d in parse.children[k]))):
                continue  # "ook de minister", "de minister zelf" (an adjective the parser called advmod stays;
                # an adverb before the article goes however it hangs: "Ook de PO-Raad", not "de meeste kijkers")
            if (rel == "punct" and k != i) or parse.words[c].lower in time_words:
                continue  # "het ANP zaterdag": the day is no part of the speaker
            if is_amount(parse, c):
                continue  # "volgens het college van 4,20 naar 4,90 euro": an amount is no part of the source
            if k == i and parse.words[c].upos in ("VERB", "AUX") and (
                    rel != "amod" or parse.words[c].feat("VerbForm") in ("Fin", "Inf")):
                continue  # a verb the parser hung from the noun ("zeggen ingewijden") heads no part of it
                # (a participle may: "de betrokken ambtenaren")
            if rel == "nmod" and c > k and parse.words[c].upos == "NOUN" and not (
                    k != i and c == k + 1 and parse.words[k].lower in QUANTITY_NOUNS):  # ("van een aantal brugklassers")
                cases = [parse.words[x].lower for x in parse.children[c] if parse.words[x].deprel == "case"]
                if not cases or (k != i and cases[0] not in ("van", "voor", "der")) or cases[0] in _NOT_OF_THE_SPEAKER \
                        or (cases[0] in ("in", "op") and is_document is not None and is_document(parse.words[c].lemma)):
                    # a bare noun after the noun ("volgens de rechters steekpenningen") is the clause's, and so is
                    # a phrase deeper in than "van" or "voor" ("de voorzitter van de kamer bij de uitspraak"),
                    # and the one spoken to ("zeggen ambtenaren tegen de krant"), a time or a manner
                    continue
            if rel == "nmod" and c > k and parse.words[c].upos == "PROPN" and any(
                    parse.words[x].deprel == "case" and parse.words[x].lower in ("op", "via")
                    for x in parse.children[c]):
                continue  # "schreef De Graaf op Instagram": where it was said, not who said it
            keep.add(c)
            stack.append(c)
    idx = sorted(keep)
    # keep the contiguous block around the head
    lo = hi = idx.index(i)
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi + 1 < len(idx) and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    words = parse.words
    first, last = idx[lo], idx[hi]
    while last > first and words[last].upos == "PUNCT":
        last -= 1
    while first < last and (words[first].upos in ("PUNCT", "ADP") or words[first].lower in ("volgens", "aldus")):
        first += 1
    return words[first].start, words[last].end


def _of_phrase_end(parse: Parse, end: int) -> int:
    """Where a ``van``/``voor`` phrase right after a role or source noun ends (else ``end``).

    ``zegt een woordvoerder van het ministerie``: parsers often hang the
    phrase from the verb, but it names whose spokesperson speaks.
    """
    k = parse.word_at(end + 1)
    if k is None or parse.words[k].lower not in ("van", "voor") or parse.words[k].start > end + 1:
        return end
    noun = parse.words[k].head
    if noun <= k or parse.words[noun].upos not in ("NOUN", "PROPN") or parse.words[noun].sent != parse.words[k].sent:
        return end
    last = max(x for x in parse.subtree(noun) if parse.words[x].upos != "PUNCT")
    between = range(k + 1, last + 1)
    if any(parse.words[x].upos in ("VERB", "AUX") or parse.words[x].text in (",", ",,", "„", "“", '"') for x in between):
        return end
    return parse.words[last].end


def _portfolio(parse: Parse, i: int) -> str | None:
    """``minister van Financiën`` -> ``Financiën``; ``minister voor Klimaat en Energie`` -> ``Klimaat en Energie``."""
    for k in parse.children[i]:
        kid = parse.words[k]
        if kid.deprel.startswith("nmod") and kid.index > i and _is_cap(kid):
            cases = [parse.words[c].lower for c in parse.children[k] if parse.words[c].deprel == "case"]
            if cases and cases[0] in ("van", "voor"):
                span = parse.subtree(k)
                words = [parse.words[x] for x in span if parse.words[x].deprel != "case" or x > k]
                return parse.text[words[0].start:words[-1].end] if words else kid.text
    return None


def _owner(parse: Parse, i: int, names: list[RawMention]) -> RawMention | None:
    """The name that owns the noun at ``i``: ``Wiersma’s reactie``, ``het antwoord van Wiersma``."""
    owner = _possessor(parse, i, names)
    if owner is not None:
        return owner
    for k in parse.children[i]:
        kid = parse.words[k]
        if kid.index > i and kid.deprel.startswith("nmod") and any(
                parse.words[c].lower == "van" for c in parse.children[k]):
            span = parse.subtree(k)  # "het antwoord van minister Smit": the name may hang from the role
            lo, hi = parse.words[min(span)].start, parse.words[max(span)].end
            for m in names:
                if lo <= m.start < hi and m.kind == "name":
                    return m
    return None


def _possessor(parse: Parse, i: int, names: list[RawMention]) -> RawMention | None:
    """``Hoekstra’s partijgenoot`` -> the mention of Hoekstra."""
    for k in parse.children[i]:
        kid = parse.words[k]
        if kid.index < i and kid.deprel.startswith(("nmod", "det")):
            for m in names:
                if m.start <= kid.start < m.end and m.kind == "possessive":
                    return m
    w = parse.words[i]
    for m in names:
        if m.kind == "possessive" and m.end <= w.start and w.start - m.end <= 2:
            return m
    return None
