"""Entities: mentions clustered into people, organisations and sources.

Name mentions are clustered by surname (``Mark Rutte`` = ``Rutte``; two
people with the same surname and different first names stay apart, a bare
surname going to the one mentioned last).  Pronouns and role nouns are
resolved when a rule needs them, to the most salient compatible entity
before them (recency, subjecthood, the previous speaker, gender and number
agreement, role compatibility).  Unnamed sources stay entities of their own
(``ingewijden``, ``een coalitiebron``).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
import regex

from quoteattr.lexicon import NATIONALITY, Lexicon, role_prefix
from quoteattr.mentions import AGE_OFFICE, TUSSENVOEGSELS, RawMention, age_of
from quoteattr.parsed import Parse
from quoteattr.results import Entity, Mention

#: Office keys a role noun can take up: `de bewindsman` may be an earlier
#: staatssecretaris, `de premier` only a minister-president.
COMPATIBLE: dict[str, frozenset[str]] = {
    "bewindspersoon": frozenset(
        {"minister", "staatssecretaris", "minister-president", "vicepremier", "bewindspersoon"}),
    "minister": frozenset({"minister", "minister-president", "vicepremier"}),
    "vicepremier": frozenset({"vicepremier", "minister"}),
    "partijleider": frozenset({"partijleider", "fractievoorzitter", "lijsttrekker"}),
    "fractievoorzitter": frozenset({"fractievoorzitter", "partijleider", "lijsttrekker"}),
    "lijsttrekker": frozenset({"lijsttrekker", "partijleider", "fractievoorzitter"}),
    "trainer": frozenset({"trainer"}),
    "speler": frozenset({"speler", "aanvoerder"}),
    "aanvoerder": frozenset({"aanvoerder", "speler"}),
    "topman": frozenset({"topman", "directeur", "voorzitter"}),
}

#: Offices whose role noun writers use for variation, for the person the text is about (``Trainer Farioli …
#: zei de coach``): with nobody named in that office, such a noun may take up the subject just before it.
#: A name as news writes that of a suspect or convict: a first name and the surname's initial (``Dennis V.``).
_ACCUSED_NAME = regex.compile(r"^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)? \p{Lu}\.$")
VARIED_OFFICES = frozenset({"trainer", "speler", "aanvoerder", "verdachte", "onderzoeker", "schrijver", "kunstenaar",
                            "regisseur", "acteur", "zanger", "boer",
                            "europarlementariër"})  # (one of many, and the knowledge base does not list them)
#: Prepositions of place: a bare name only ever after one of them is a place, no one to take up a pronoun.
_PLACE_CASES = frozenset({"in", "uit", "naar", "te", "vanuit", "rond", "nabij"})
#: Which of those may name one person (each itself; a player is also the captain, never the coach).
_SAME_SIDE = {"speler": ("speler", "aanvoerder"), "aanvoerder": ("speler", "aanvoerder")}


@attrs.define
class EntityRecord:
    """An entity while the document is analysed (mutable, internal)."""

    index: int
    kind: str
    name: str
    surname: str = ""
    first: str = ""
    mentions: list[RawMention] = attrs.Factory(list)
    role: str | None = None
    office: str | None = None
    party: str | None = None
    portfolio: str | None = None
    nationality: str | None = None  # "nationality:ar" from "de Argentijn Diego Ramos"
    gender: str = "-"
    number: str = "sg"
    kb_id: str | None = None
    kb_name: str | None = None
    kb_party: str | None = None
    kb_offices: tuple[str, ...] = ()
    kb_roles: tuple[str, ...] = ()  # office keys the knowledge base says the person held at the date
    speaker_of: int = 0  # quotes attributed so far
    titles: set[str] = attrs.Factory(set)  # common nouns the text puts before the name ("bakker Kees Mulder")
    age: str | None = None  # the age the text gives ("Dennis B. (27)")
    origin: str | None = None  # where the text says the person is from ("uit Loppersum"), as a demonym key
    org_kind: str | None = None  # what kind of organisation the text says it is ("vakbond FNV": association)

    def add(self, m: RawMention) -> None:
        if all((x.start, x.end) != (m.start, m.end) for x in self.mentions):
            self.mentions.append(m)
            if m.title:
                self.titles.add(m.title)
            self.mentions.sort(key=lambda x: x.start)
        m.entity = self.index
        self.org_kind = self.org_kind or m.org_kind
        self.age = self.age or m.age
        self.origin = self.origin or m.origin
        if m.nationality:
            self.nationality = self.nationality or m.nationality
        if m.office and m.office.startswith(NATIONALITY):  # "de Argentijn": a nationality is no role or office
            if m.gender != "-" and self.gender == "-":
                self.gender = m.gender
            return
        if m.role and (self.role is None or m.kind == "name"):
            self.role = self.role or m.role
        if m.office and not self.office:
            self.office = m.office
        if m.party and not self.party:
            self.party = m.party
        if m.portfolio and not self.portfolio:
            self.portfolio = m.portfolio
        if m.gender != "-" and self.gender == "-":
            self.gender = m.gender

    def freeze(self, text: str) -> Entity:
        return Entity(
            id=f"e{self.index}", name=self.name, kind=self.kind,
            mentions=tuple(Mention(m.start, m.end, text[m.start:m.end], m.kind) for m in self.mentions),
            role=self.role, party=self.party, gender=None if self.gender == "-" else self.gender,
            kb_id=self.kb_id, kb_name=self.kb_name, kb_party=self.kb_party, kb_offices=self.kb_offices)


def name_parts(name: str) -> tuple[str, str]:
    """(first names, surname) of a personal name: ``Eric van der Burg`` -> (``Eric``, ``van der Burg``)."""
    tokens = name.split()
    if len(tokens) <= 1:
        return "", name
    for n, tok in enumerate(tokens):
        if tok.lower() in TUSSENVOEGSELS:
            if n == 0:
                return "", name
            return " ".join(tokens[:n]), " ".join(tokens[n:])
    return " ".join(tokens[:-1]), tokens[-1]


def surname_key(surname: str) -> str:
    return " ".join(surname.lower().replace("’", "'").split())


class EntityTable:
    """The entities of one document, built from its name mentions."""

    def __init__(self, parse: Parse, names: list[RawMention], lex: Lexicon,
                 forename_gender: Callable[[str], str | None] | None = None) -> None:
        self.parse = parse
        self.lex = lex
        #: the gender a first name gives (the knowledge base's ``forename_gender``), known from the first mention
        #: on: "Officier Sandra Mulder … De officier … Hij schreef" is not she
        self.forename_gender = forename_gender
        #: whether two party names are one party (the knowledge base's ``same_party``: GroenLinks is part of
        #: GroenLinks-PvdA); set by the attribution, plain equality without a knowledge base
        self.same_party: Callable[[str, str], bool] = str.__eq__
        self.entities: list[EntityRecord] = []
        self._sources: dict[str, int] = {}
        #: Whether a character lies inside quotation marks (set by the attribution run): a name inside a quote
        #: is what was said, so it is no antecedent for a role or party noun outside quotes ("Dilan is onze
        #: leider", zei de VVD'er).
        self.in_quote: Callable[[int], bool] | None = None
        for m in names:
            self._add_name(m)
        for m in names:  # "Hoekstra’s partijgenoot De Jonge": De Jonge gets Hoekstra's party
            if m.possessor is not None and m.entity is not None and m.possessor.entity is not None:
                ent, owner = self.entities[m.entity], self.entities[m.possessor.entity]
                if not ent.party and owner.party:
                    ent.party = owner.party

    # --- building -------------------------------------------------------------
    def _new(self, kind: str, name: str, **kw: object) -> EntityRecord:
        rec = EntityRecord(len(self.entities), kind, name, **kw)  # type: ignore[arg-type]
        self.entities.append(rec)
        return rec

    def _add_name(self, m: RawMention) -> None:
        name = m.name or m.text
        if m.organisation:
            key = name.lower()
            for e in self.entities:
                if e.kind == "organisation" and e.name.lower() == key:
                    e.add(m)
                    return
            self._new("organisation", name).add(m)
            return
        first, surname = name_parts(name)
        key = surname_key(surname)
        match = None
        for e in reversed(self.entities):
            if e.kind != "person" or e.surname != key:
                continue
            if first and e.first and first.lower() != e.first.lower():
                continue  # Mark Rutte vs Arno Rutte
            match = e
            break
        if match is None and not first:
            # a lone word may be a first name of an earlier full name ("Wout-Jan")
            for e in reversed(self.entities):
                if e.kind == "person" and e.first and e.first.lower() == name.lower():
                    match = e
                    break
        if match is None:
            match = self._new("person", name, surname=key, first=first)
            if first and self.forename_gender is not None:
                match.gender = self.forename_gender(first) or "-"
        elif len(name) > len(match.name) and first:
            match.name, match.first = name, first
        match.add(m)

    def source(self, m: RawMention) -> EntityRecord:
        """The entity of an unnamed source (one per distinct phrase)."""
        key = m.text.lower()
        if key in self._sources:
            rec = self.entities[self._sources[key]]
        else:
            kind = {"anonymous": "anonymous", "group": "group", "organisation": "organisation"}.get(
                m.source_kind or "", "anonymous")
            rec = self._new(kind, m.text, number=m.number)
            self._sources[key] = rec.index
        rec.add(m)
        return rec

    def from_kb(self, name: str, office: str | None) -> EntityRecord:
        for e in self.entities:
            if e.kind == "person" and e.name == name:
                return e
        first, surname = name_parts(name)
        return self._new("person", name, surname=surname_key(surname), first=first, office=office)

    # --- resolution ----------------------------------------------------------------
    def candidates_before(self, pos: int) -> list[tuple[EntityRecord, RawMention]]:
        """Entities with a mention before ``pos``, each with its last such mention.

        For a position outside quotation marks, mentions inside them do not count.
        """
        out = []
        in_quote = self.in_quote
        outside = in_quote is not None and not in_quote(pos)
        for e in self.entities:
            before = [m for m in e.mentions
                      if m.end <= pos and not (outside and in_quote is not None and in_quote(m.start))]
            if before:
                out.append((e, before[-1]))
        return out

    def clause_verb(self, i: int) -> int:
        """The verb of the clause word ``i`` stands in (its nearest verbal ancestor)."""
        words = self.parse.words
        k = words[i].head
        steps = 0
        while k >= 0 and words[k].upos not in ("VERB", "AUX") and steps < 6:
            k = words[k].head
            steps += 1
        return k

    def phrase_head(self, i: int) -> int:
        """The head of the phrase a name word stands in (``GroenLinks-Kamerlid Jesse Klaver`` headed by the role)."""
        words = self.parse.words
        steps = 0
        while words[i].deprel.split(":")[0] in ("flat", "appos") and words[i].head >= 0 and steps < 3:
            i = words[i].head
            steps += 1
        return i

    def subject_phrase(self, i: int) -> int:
        """:meth:`phrase_head` of word ``i``, or of the subject it is coordinated with (``X en Y steunden …``:
        Y is a subject as much as X)."""
        words = self.parse.words
        i = self.phrase_head(i)
        if words[i].deprel == "conj" and words[i].head >= 0:
            first = self.phrase_head(words[i].head)
            if words[first].deprel.startswith("nsubj"):
                return first
        return i

    def is_subject(self, i: int) -> bool:
        """Word ``i`` is a subject, or the name inside one, or the source after ``volgens`` or ``aldus``."""
        return self.parse.words[self.subject_phrase(i)].deprel.startswith("nsubj") or self._subject_as_root(i) \
            or self._source_phrase(i)

    def _source_phrase(self, i: int) -> bool:
        """``Volgens Kamerlid Van Vroonhoven is …``, ``„…”, aldus Van der Plas``: the source speaks in that
        sentence, as its subject would."""
        words = self.parse.words
        for _ in range(3):  # up through the name's parts ("Volgens Kamerlid Nicolien van Vroonhoven")
            if any(words[c].lower in ("volgens", "aldus") for c in self.parse.children[i]):
                return True
            if words[i].deprel.split(":")[0] not in ("flat", "appos", "nmod") or words[i].head < 0:
                return False
            i = words[i].head
        return False

    def _subject_as_root(self, i: int) -> bool:
        """The parser made the phrase of word ``i`` the root of a sentence whose verb hangs from it.

        ``Premier Kok reageerde kalm.`` parsed as a noun phrase (``reageerde``
        a modifier of ``kalm``): the phrase is still the sentence's subject.
        """
        words = self.parse.words
        head = self.phrase_head(i)
        if words[head].deprel != "root" or words[head].upos not in ("NOUN", "PROPN"):
            return False
        sent = self.parse.sentences[words[head].sent]
        return any(words[k].upos == "VERB" and words[k].feat("VerbForm") == "Fin" and k > head
                   for k in range(sent[0], sent[1])) and not any(
            words[k].deprel.startswith("nsubj") for k in range(sent[0], sent[1]))

    def main_subject(self, i: int) -> bool:
        """Word ``i`` is (or names) the subject of its sentence's main clause, not of a clause inside it."""
        words = self.parse.words
        if self._subject_as_root(i) or self._source_phrase(i):
            return True
        i = self.subject_phrase(i)
        if not words[i].deprel.startswith("nsubj"):
            return False
        k = words[i].head
        steps = 0
        while k >= 0 and steps < 4:
            rel = words[k].deprel.split(":")[0]
            if rel == "root":
                return True
            if rel not in ("conj", "parataxis", "aux"):  # ("Een woordvoerder liet weten" with the subject on "liet")
                return False
            k = words[k].head
            steps += 1
        return False

    def resolve_pronoun(self, m: RawMention, last_speaker: int | None,
                        in_quote: Callable[[int], bool] | None = None) -> EntityRecord | None:
        """The entity a personal pronoun refers to.

        A person who is the main-clause subject earlier in the pronoun's
        sentence or in the sentence before (outside quotation marks; for a
        pronoun outside them, sentences wholly inside a quote are not counted)
        takes it up, from the nearest sentence, and there the first:
        ``Premier Schoof sprak zijn respect uit. „…”, zei hij``.  Otherwise candidates are
        scored on distance, subjecthood, being the last speaker, gender and
        salience.  Mentions inside quotes count only for a pronoun inside
        quotes.
        """
        outside = in_quote is not None and not in_quote(m.start)
        candidates = []
        for e, last in self.candidates_before(m.start):
            if outside and in_quote is not None:
                spoken = [x for x in e.mentions if x.end <= m.start and not in_quote(x.start)]
                if not spoken:
                    continue
                last = spoken[-1]
            if self._agrees(e, last, m) and not self._place_only(e):
                candidates.append((e, last))
        gaps = {id(last): self._sentence_gap(last.sent, m.sent, in_quote if outside else None)
                for _, last in candidates}
        recent = [(e, last) for e, last in candidates if gaps[id(last)] <= 1 and last.head >= 0
                  and e.kind == "person" and self.main_subject(last.head)]
        if recent:  # the nearest sentence; in it, the first subject ("X riep Y op" parsed with two)
            # (of the gender the pronoun has, where the text says it: "Claessens en Smeets stonden …, zei hij")
            fitting = [c for c in recent if m.gender != "-" and c[0].gender == m.gender]
            return max(fitting or recent, key=lambda c: (c[1].sent, -c[1].start))[0]
        near = {e.index: e for e, last in candidates if gaps[id(last)] <= 1 and e.kind == "person"
                and m.gender != "-" and e.gender == m.gender}
        if len(near) == 1:  # "X kwam samen met verpleegkundige Marjan Kok. „…”, zegt ze": the one she there
            return next(iter(near.values()))
        if not near and m.gender != "-":
            # "Jolanda Peters moest haar koeien wegbrengen. Haar man en zoon bleven achter. «…», zegt ze": where
            # nobody of the pronoun's gender stands in the sentence before, the subject of the one before that,
            # in the same paragraph, of that gender
            paragraph = self.parse.paragraph_of(m.start)
            earlier = {e.index: e for e, last in candidates if gaps[id(last)] == 2 and e.kind == "person"
                       and e.gender == m.gender and last.head >= 0 and self.main_subject(last.head)
                       and self.parse.paragraph_of(last.start) == paragraph}
            if len(earlier) == 1:
                return next(iter(earlier.values()))
        best, best_score = None, -1e9
        for e, last in candidates:
            dist = gaps[id(last)]
            if dist > 6 and e.index != last_speaker:
                continue
            score = -0.6 * dist
            if self.is_subject(last.head):
                score += 0.8
                if dist <= 1:
                    score += 1.2  # "X was kritisch. Hij noemde …": the last subject is who the text is about
            if e.index == last_speaker:
                score += 1.0
            if m.gender != "-" and e.gender == m.gender:
                score += 0.6
            if e.kind == "person":
                score += 0.3
            score += 0.15 * min(len(e.mentions), 8) + 0.3 * min(e.speaker_of, 3)
            if score > best_score:
                best, best_score = e, score
        return best

    def _place_only(self, e: EntityRecord) -> bool:
        """A bare name the text only writes after ``in``, ``uit``, ``naar`` … (``sprak haar in Den Haag``), or a
        country or a city with a listed demonym, wherever the text writes it: a place."""
        if e.kind != "person" or e.first or e.role or e.party or e.kb_id:
            return False
        if e.name.lower() in self.lex.countries or e.name.lower() in self.lex.home_places:
            return True  # "Zonder geld kan Nederland … niet nakomen": a country or city, wherever it stands
        words = self.parse.words
        names = [x for x in e.mentions if x.kind == "name"]
        return bool(names) and all(
            (k := self.parse.word_at(x.start)) is not None and k > 0 and words[k - 1].lower in _PLACE_CASES
            for x in names)

    def _sentence_gap(self, a: int, b: int, in_quote: Callable[[int], bool] | None) -> int:
        """Sentences from ``a`` to ``b``, not counting those wholly inside quotation marks or without a verb.

        ``Premier Schoof probeerde te sussen. „We komen eruit. Daar heb ik
        vertrouwen in”, zei hij``: for the ``hij`` after the quote, Schoof's
        sentence is the sentence before, however many sentences the quote has.
        """
        if in_quote is None or b <= a:
            return b - a
        words = self.parse.words
        gap = 0
        for k in range(a + 1, b + 1):
            lo, hi = self.parse.sentences[k]
            # (a verbless question or fragment, "Waarover?", does not move the text on to someone else)
            if k == b or any(words[j].upos in ("VERB", "AUX") and not in_quote(words[j].start) for j in range(lo, hi)):
                gap += 1
        return gap

    def _agrees(self, e: EntityRecord, last: RawMention, m: RawMention) -> bool:
        """Entity ``e``, last mentioned as ``last``, may be what pronoun ``m`` refers to."""
        if e.kind in ("anonymous",) and e.number != "pl" and m.number == "pl":
            return False
        if m.number == "sg" and (e.kind in ("group", "organisation") or e.number == "pl"):
            return False
        if m.number == "pl" and e.kind == "person":
            return False
        if m.gender != "-" and e.gender != "-" and m.gender != e.gender and e.kind == "person":
            return False
        if e.kind == "organisation" and m.number != "pl":
            return False
        # co-arguments of one verb do not corefer ("Tegen de NOS zei hij")
        return not (last.sent == m.sent and self.clause_verb(last.head) == self.clause_verb(m.head))

    def resolve_role(self, m: RawMention) -> EntityRecord | None:
        if m.office is None:
            return None
        if m.office == AGE_OFFICE:
            return self.resolve_age(m)
        if m.office.startswith(NATIONALITY):  # "de Argentijn": only the person the text gave that nationality
            people = [(e, last) for e, last in self.candidates_before(m.start)  # (or origin: "uit Loppersum")
                      if e.kind == "person" and m.office in (e.nationality, e.origin) and _party_and_gender_fit(m, e, self.lex)]
            return max(people, key=lambda c: c[1].start)[0] if people else None
        if m.nationality:  # "de Russische leider" after "de Russische president Poetin"
            people = [(e, last) for e, last in self.candidates_before(m.start)
                      if e.kind == "person" and e.nationality == m.nationality and _party_and_gender_fit(m, e, self.lex)]
            if people:
                return max(people, key=lambda c: c[1].start)[0]
        allowed = COMPATIBLE.get(m.office, frozenset({m.office}))
        if m.new_in_office:
            return self._new_in_office(m, allowed)
        best = None
        best_pos = -1
        for e, last in self.candidates_before(m.start):
            if e.kind != "person" and not (e.kind == "anonymous" and e.office == m.office):
                continue  # (an unnamed "een woordvoerster" is taken up by "de woordvoerster")
            if e.office not in allowed and m.office != e.office and not allowed.intersection(e.kb_roles):
                continue  # the text's role, or an office the knowledge base knows at the date
            if not _party_and_gender_fit(m, e, self.lex) or self.lex.other_position(m.role, e.role):
                continue  # ("de middenvelder" is not "doelman Tom Vos")
            if last.start > best_pos:
                best, best_pos = e, last.start
        return best or (self._named_as_accused(m) if m.office == "verdachte" else None)

    def _named_as_accused(self, m: RawMention) -> EntityRecord | None:
        """``de verdachte`` after ``De officier eist twaalf jaar tegen Dennis V.``: the last person named in the
        three sentences before by a first name and an initial, as news names the accused, and given no office."""
        people = [(e, last) for e, last in self.candidates_before(m.start)
                  if e.kind == "person" and e.office in (None, m.office) and m.sent - last.sent <= 3
                  and _ACCUSED_NAME.search(e.name) and _party_and_gender_fit(m, e, self.lex)]
        return max(people, key=lambda c: c[1].start)[0] if people else None

    def resolve_age(self, m: RawMention) -> EntityRecord | None:
        """``de 27-jarige`` after ``Dennis B. (27)``: the last person (or unnamed source) the text gave that age.

        With nobody of that age, the last person named in the three sentences before whose age the text did not
        give: an age noun with ``de`` always takes someone up (``Wolters is er niet gerust op. … „…”, zegt de
        67-jarige``)."""
        candidates = [(e, last) for e, last in self.candidates_before(m.start)
                      if e.kind in ("person", "anonymous") and _party_and_gender_fit(m, e, self.lex) and not self._place_only(e)]
        aged = [c for c in candidates if c[0].age == m.age]
        if not aged:
            aged = [c for c in candidates if c[0].kind == "person" and c[0].age is None and m.sent - c[1].sent <= 3
                    and any(x.kind == "name" for x in c[0].mentions)]
            # (a subject first; for an age with a role, "de 52-jarige directeur", only a subject)
            subjects = [c for c in aged if c[1].head >= 0 and self.is_subject(c[1].head)]
            aged = subjects if subjects or (m.role and not age_of(m.role)) else aged
        return max(aged, key=lambda c: c[1].start)[0] if aged else None

    def recent_subject(self, m: RawMention, in_quote: Callable[[int], bool],
                       former: bool = False, descriptive: bool = False, occupation: bool = False) -> EntityRecord | None:
        """The person the sentence before is about, for a demonym or role noun that took up nobody.

        Sports and feature writers vary the name: ``Trainer Farioli was niet te
        spreken. „…”, zei de Italiaan``.  A person who is the main-clause
        subject of the sentence before (or earlier in this one), outside
        quotation marks, is taken when nothing contradicts it: a nationality
        the text gave that person, gender, party, or another office (a
        player is no coach).  Only nationalities, the sports roles, the
        accused and the professions a feature names its subject by (researcher,
        artist, writer) of ``VARIED_OFFICES`` (``Dennis V. zweeg. De verdachte
        …``, ``Eva Dijkstra leidde het onderzoek. De onderzoekster …``) are
        read so: ``de woordvoerster`` or ``de advocaat`` is someone else than
        the person the text was about.  So is a ``former`` office, whatever it
        is (``Timmermans sloot zich aan. De voormalige Eurocommissaris …``):
        an office someone no longer holds describes a person already named.
        So does a ``descriptive`` noun, a party noun for someone whose party
        neither the text nor the knowledge base gives another one (``de
        christendemocraat`` for Friedrich Merz, ``de Republikein``), and an
        ``occupation``, a noun for a person by its ending that is no role
        (``de havenarbeider``), for someone the text gave no office.
        """
        nationality = (m.office or "").startswith(NATIONALITY)
        aged = m.office == AGE_OFFICE
        if not nationality and not former and not aged and not descriptive and not occupation \
                and m.office not in VARIED_OFFICES:
            return None
        found = []
        for e, _ in self.candidates_before(m.start):
            if e.kind != "person" or not _party_and_gender_fit(m, e, self.lex):
                continue
            if descriptive:  # (a sentence further back too: "Fractievoorzitter Lotte Hendriks noemde dat …. Zij wil
                # …. ‘…’, aldus de liberaal")
                noun_party = self.lex.party_nouns.get(self.parse.words[m.head].lower, "-")
                if (e.party is None and e.kb_party is None) or (  # ("de Vlaamse socialist" for a Vooruit politician)
                        e.party is not None and self.lex.sister_parties(noun_party, e.party)):
                    found.extend(self._spoken_before(e, m, in_quote, gap=2))
                continue
            if aged:  # "de 58-jarige": anyone whose age the text did not give otherwise
                if e.age in (None, m.age):
                    found.extend(self._spoken_before(e, m, in_quote))
                continue
            if (nationality and e.nationality not in (None, m.office)) or (
                    not nationality and not former  # (an age is no office: "zei de 27-jarige. … vertelde de renner")
                    and e.office not in (None, AGE_OFFICE, *_SAME_SIDE.get(m.office or "", (m.office,)))) or (
                    former and e.office == m.office):  # ("Minister X …, zei de oud-minister": someone else)
                continue
            # (a former office may take up the person a sentence further back: "NAVO-chef Mark Rutte was opgelucht.
            # Alle lidstaten stemden in. „…”, zei de oud-premier")
            found.extend(self._spoken_before(e, m, in_quote, gap=2 if former else 1))
        return max(found, key=lambda c: (c[1].sent, -c[1].start))[0] if found else None

    def _spoken_before(self, e: EntityRecord, m: RawMention, in_quote: Callable[[int], bool],
                       gap: int = 1) -> list[tuple[EntityRecord, RawMention]]:
        """``[(e, its last mention)]`` when that mention outside quotes is a main-clause subject in ``m``'s
        sentence or the ``gap`` before."""
        spoken = [x for x in e.mentions if x.end <= m.start and not in_quote(x.start)]
        if spoken and spoken[-1].head >= 0 and self._sentence_gap(spoken[-1].sent, m.sent, in_quote) <= gap \
                and self.main_subject(spoken[-1].head) and self._agrees(e, spoken[-1], m):
            return [(e, spoken[-1])]
        return []

    def named_after(self, e: EntityRecord) -> EntityRecord | None:
        """The person first named after role-only entity ``e`` who holds its office (``Minister: ‘…’`` in a headline).

        The office is the text's (``minister Agema``) or the knowledge base's
        at the date; party and gender must fit.
        """
        if not e.mentions or not e.office or e.office.startswith(NATIONALITY):
            return None
        first = e.mentions[0]
        allowed = COMPATIBLE.get(e.office, frozenset({e.office}))
        best, best_start = None, -1
        for f in self.entities:
            names = [m for m in f.mentions if m.kind == "name"]
            if f is e or f.kind != "person" or not names or names[0].start <= first.start:
                continue
            if f.office not in allowed and not allowed.intersection(f.kb_roles):
                continue
            if _party_and_gender_fit(first, f, self.lex) and not self.lex.other_position(first.role, f.role) and \
                    not _other_prefix(first.role, f.role) and (best is None or names[0].start < best_start):
                best, best_start = f, names[0].start
        return best

    def _new_in_office(self, m: RawMention, allowed: frozenset[str]) -> EntityRecord | None:
        """``Zijn opvolger wordt X. De nieuwe partijleider …``: the last person named who did not hold the office."""
        people = [(e, last) for e, last in self.candidates_before(m.start)
                  if e.kind == "person" and _party_and_gender_fit(m, e, self.lex)]
        fresh = [c for c in people if c[0].office not in allowed and not allowed.intersection(c[0].kb_roles)]
        pool = fresh or people
        return max(pool, key=lambda c: c[1].start)[0] if pool else None

    def resolve_organisation(self, m: RawMention) -> EntityRecord | None:
        """``het concern``, ``de bond``: the organisation named last before it, in the last five sentences.

        Where the text said what kind of organisation it is (``vakbond FNV``), the noun must name that kind:
        ``het bedrijf`` after ``vakbond FNV`` is not FNV."""
        kind = self.lex.organisation_kind(self.parse.words[m.head].text)
        named = [(e, x) for e in self.entities if e.kind == "organisation" and e.org_kind in (None, kind)
                 for x in e.mentions if x.end <= m.start and m.sent - x.sent <= 5 and (
                     x.kind == "name" or (x.kind == "source" and x.head >= 0
                                          and self.parse.words[x.head].upos == "PROPN"))]
        # (a name with its article, read as a source phrase, names one too: "de PO-Raad, de vereniging van …")
        return max(named, key=lambda c: c[1].start)[0] if named else None

    def resolve_title(self, m: RawMention) -> EntityRecord | None:
        """``de bakker`` after ``bakker Kees Mulder`` or ``Kees Mulder, bakker,``: the last person the text gave that
        noun (or the last part of a compound on it) as a title."""
        noun = self.parse.words[m.head]
        plural = m.number != "sg" and noun.lower != noun.lemma.lower()  # (the tagger may call "forens" plural)
        if plural or not any(self.parse.words[c].lower in ("de", "het", "deze", "die")
                             for c in self.parse.children[m.head]):
            return None
        lemma = noun.lemma.lower()
        # (a compound on the title names the same: "de horecaondernemer" after "Ondernemer Mark Hendrikx")
        people = [(e, last) for e, last in self.candidates_before(m.start)
                  if e.kind == "person" and any(lemma == t or (len(t) >= 4 and lemma.endswith(t)) for t in e.titles)]
        return max(people, key=lambda c: c[1].start)[0] if people else None

    def resolve_unnamed(self, m: RawMention) -> EntityRecord | None:
        """``De commissie`` after ``een onafhankelijke onderzoekscommissie``: the unnamed source of the last five
        sentences whose noun is this one or a compound on it."""
        if not (m.definite and m.number == "sg"):
            return None
        lemma = self.parse.words[m.head].lemma.lower()
        if len(lemma) < 5:
            return None
        found = [(e, x) for e in self.entities if e.kind in ("anonymous", "group", "organisation")
                 for x in e.mentions if x.kind == "source" and x.end <= m.start and m.sent - x.sent <= 5
                 and x.head >= 0 and self.parse.words[x.head].lemma.lower().endswith(lemma)]
        return max(found, key=lambda c: c[1].start)[0] if found else None

    def resolve_party_member(self, m: RawMention) -> EntityRecord | None:
        """``De VVD’er`` after ``minister Brekelmans``: the last person named of that party (text or knowledge base)."""
        if not (m.party and m.definite and m.number == "sg"):
            return None
        party = m.party
        people = [(e, last) for e, last in self.candidates_before(m.start) if e.kind == "person" and any(
            p is not None and (self.same_party(party, p) or self.lex.sister_parties(party, p)) for p in (e.party, e.kb_party))]
        return max(people, key=lambda c: c[1].start)[0] if people else None


def _party_and_gender_fit(m: RawMention, e: EntityRecord, lex: Lexicon) -> bool:
    """A role mention's party and gender do not contradict the entity's, where both are known (a party noun's
    Dutch party fits a sister party abroad: ``de christendemocraat`` for a CD&V politician)."""
    return not (m.party and e.party and m.party != e.party and not lex.sister_parties(m.party, e.party)) and \
        not (m.gender != "-" and e.gender != "-" and m.gender != e.gender)


def _other_prefix(a: str | None, b: str | None) -> bool:
    """``N-VA-voorzitter`` and ``CD&V-voorzitter``: roles at two organisations the text names before the hyphen
    (parties the knowledge base does not know among them)."""
    pa, pb = role_prefix(a), role_prefix(b)
    return pa[:1].isupper() and pb[:1].isupper() and pa.lower() != pb.lower()  # (not "oud-": a former office)
