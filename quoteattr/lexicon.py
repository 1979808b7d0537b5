"""Dutch word lists used by attribution, loaded once from ``quoteattr/data``.

Each list is a small tab-separated file with a comment on every entry; this
module only reads them.  Lemmas are compared in lower case without the
compound separator ``_`` that UD Dutch lemmas carry (``aan_geven``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

import attrs

#: Office keys of demonyms start with this (``nationality:ar`` for ``Argentijn``).
NATIONALITY = "nationality:"
#: A role held before (``oud-premier``, ``de voormalige minister``, ``ex-Kamerlid``).
FORMER_ROLE = re.compile(r"\b(?:voormalig|gewezen)e?\b|\b(?:oud|ex)-", re.IGNORECASE)
#: Lower-case words inside place names (``Bergen op Zoom``, ``Alphen aan den Rijn``).
_PLACE_NAME_WORDS = frozenset({"op", "aan", "den", "de", "in", "het", "bij", "en"})


def role_prefix(role: str | None) -> str:
    """What a role has before its last hyphen (``FNV`` of ``FNV-voorzitter``, ``oud`` of ``oud-minister``), or
    ``""``."""
    return role.rsplit("-", 1)[0] if role and "-" in role else ""


#: Prefixes a role noun may carry without a hyphen (``oudminister``, ``vicevoorzitter``).
_ROLE_PREFIXES = ("oud", "ex", "vice", "interim", "waarnemend")


def data_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of ``quoteattr/data/<name>``, without blank lines and ``#`` comment lines."""
    raw = resources.files("quoteattr").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def word_list(name: str) -> frozenset[str]:
    """The words of ``quoteattr/data/<name>``, a list of one word per line, a ``#`` starting a comment."""
    return frozenset(row[0].split("#")[0].strip() for row in data_rows(name))


@attrs.frozen
class Lexicon:
    """All word lists, as lookups."""

    cue_senses: dict[str, str]
    roles: dict[str, tuple[str, str]]  # noun -> (office key, gender)
    sources: dict[str, str]  # noun -> kind
    pronouns: dict[str, tuple[str, str]]  # form -> (number, gender)
    volgens_exclusions: frozenset[str]
    markers: dict[str, str]  # phrase -> kind
    cue_stems: dict[str, str] = attrs.field(factory=dict)  # verb stem -> cue lemma
    common_words: dict[str, str] = attrs.field(factory=dict)  # lower-case form of an ordinary word -> its UPOS
    time_words: frozenset[str] = frozenset()  # zaterdag, gisteren …: never part of a speaker's phrase
    reflexive_not_speech: frozenset[str] = frozenset()  # cue lemmas that are no speech with "zich" (zich melden)
    new_role_words: frozenset[str] = frozenset()  # nieuwe, kersverse …: the office is newly taken
    demonyms: dict[str, tuple[str, str]] = attrs.field(factory=dict)  # Argentijn -> (ar, m)
    speech_nouns: frozenset[str] = frozenset()  # reactie, antwoord …: with an owner, the owner speaks
    organisation_nouns: dict[str, str] = attrs.field(factory=dict)  # het concern, de bond … -> kind of organisation
    cue_forms: dict[str, str] = attrs.field(factory=dict)  # strong past forms: wierp -> werpen
    particles: frozenset[str] = frozenset()  # separable particles: toe, aan, vol …
    party_nouns: dict[str, str] = attrs.field(factory=dict)  # christendemocraat -> CDA
    nonpolitical_offices: frozenset[str] = frozenset()  # trainer, hoogleraar …: no link to a namesake politician
    title_nouns: frozenset[str] = frozenset()  # album, rapport, motto …: a capitalised quote after one is a title
    # common words and the words of ministers' portfolios (landbouw, volkshuisvesting): after "van" or "in de"
    # following a name they end it ("minister Wiersma van Landbouw", "Van der Plas in de Kamer")
    name_enders: frozenset[str] = frozenset()
    portfolio_words: frozenset[str] = frozenset()  # financiën, landbouw, zaken …: words of ministers' portfolios
    family_roles: frozenset[str] = frozenset()  # moeder, zus …: office keys of family members
    term_words: frozenset[str] = frozenset()  # zogeheten, begrip …: the quote after one is a term (scare quote)
    person_suffixes: tuple[tuple[str, str], ...] = ()  # ster -> f, man -> m: nouns for people by their ending
    not_persons: frozenset[str] = frozenset()  # venster, roman …: such endings on words that are no person
    political_bodies: frozenset[str] = frozenset()  # navo, vn …: their "chef" holds a political job
    news_media: frozenset[str] = frozenset()  # persbureau, anp …: "zo meldt X" relays what others said
    positions: dict[str, str] = attrs.field(factory=dict)  # doelman -> goal: two positions are two players
    documents: frozenset[str] = frozenset()  # rapport, brief, vonnis …: speak for whoever wrote them
    place_institutions: frozenset[str] = frozenset()  # rechtbank, gemeente …: "de rechtbank Overijssel" is one name
    address_pronouns: frozenset[str] = frozenset()  # u, jij …: a line that uses one is an interviewer's
    local_parties: dict[str, bool] = attrs.field(factory=dict)  # Leefbaar … -> whether the word alone is one
    foreign_parties: dict[str, frozenset[str]] = attrs.field(factory=dict)  # CD&V -> its Dutch sister parties (CDA)
    home_places: dict[str, str] = attrs.field(factory=dict)  # rotterdam -> nl-rtm: a place with a listed demonym
    countries: frozenset[str] = frozenset()  # nederland, belgië …: a place, never a person a pronoun means

    def origin_of(self, place: str) -> str:
        """The demonym key of a person from ``place`` (``Rotterdam`` -> ``nationality:nl-rtm``, so that a later
        ``de Rotterdammer`` takes them up), or for a place without a listed demonym ``nationality:@place``
        (see :func:`quoteattr.mentions.residents`)."""
        word = place.lower()
        return NATIONALITY + self.home_places.get(word, "@" + word)

    def foreign_party(self, name: str) -> str | None:
        """``N-VA``, ``Open VLD``: a party abroad that the list knows, as written, or None."""
        return name if name in self.foreign_parties else None

    def sister_parties(self, a: str, b: str) -> bool:
        """``CDA`` and ``CD&V``: a Dutch party and a party abroad of the same family."""
        return a in self.foreign_parties.get(b, ()) or b in self.foreign_parties.get(a, ())

    def local_party(self, name: str) -> str | None:
        """``Leefbaar Deventer``, ``Stadsbelangen``: the name of a local party as written, or None.

        A listed opening word with capitalised words after it (lower-case
        particles between them: ``Leefbaar Bergen op Zoom``), or alone where
        the list says so."""
        words = name.split()
        if not words or words[0] not in self.local_parties:
            return None
        rest = words[1:]
        if not rest:
            return name if self.local_parties[words[0]] else None
        if not (rest[0][:1].isupper() and rest[-1][:1].isupper()) or not all(
                (w[:1].isupper() and w.replace("-", "").isalpha()) or w in _PLACE_NAME_WORDS for w in rest):
            return None
        return " ".join(words)

    def is_document(self, noun: str) -> bool:
        """``rapport``, ``Kamerbrief``, ``onderzoeksrapport``: a document that speaks for its writer."""
        word = noun.lower().replace("_", "")
        return word in self.documents or any(len(d) >= 5 and word.endswith(d) and len(word) > len(d) + 2
                                             for d in self.documents)

    def other_position(self, a: str | None, b: str | None) -> bool:
        """``middenvelder`` and ``doelman``: role nouns for players in different positions."""
        pa, pb = self.positions.get(a or ""), self.positions.get(b or "")
        return pa is not None and pb is not None and pa != pb

    def heads_political_body(self, role: str | None) -> bool:
        """``NAVO-chef``, ``VN-topman``: a role whose prefix names an international political body."""
        prefix = role_prefix(role)
        return bool(prefix) and prefix.lower() in self.political_bodies

    def is_cue(self, lemma: str) -> bool:
        return lemma in self.cue_senses

    def cue_from_form(self, form: str) -> str | None:
        """The cue lemma of a regular verb form the lemmatizer did not know.

        ``benadrukte`` -> ``benadrukken``, ``twitterde`` -> ``twitteren``,
        ``gewaarschuwd`` -> ``waarschuwen``: weak past and present forms and
        participles are reduced to a stem and looked up.  Irregular forms
        (``zei``, ``schreef``) are left to the lemmatizer's dictionary.
        """
        return lemma_from_stems(form, self.cue_stems)

    def verb_of_form(self, form: str) -> str | None:
        """The infinitive of a verb form the lemmatizer may not know: ``wierp`` -> ``werpen``, ``benadrukte``."""
        word = form.lower()
        return self.cue_forms.get(word) or self.cue_from_form(word)

    def cue_sense(self, lemma: str) -> str | None:
        return self.cue_senses.get(lemma)

    def with_demonyms(self, extra: dict[str, tuple[str, str]]) -> Lexicon:
        """This lexicon with more demonyms (a document's inhabitant nouns, :func:`quoteattr.mentions.residents`)."""
        return attrs.evolve(self, demonyms={**self.demonyms, **extra}) if extra else self

    def role(self, noun: str) -> tuple[str, str] | None:
        """The office key and gender of a role noun, compounds included (``CDA-leider``, ``oud-minister``)."""
        word = noun.lower()
        if word in self.roles:
            return self.roles[word]
        if word in self.demonyms:  # "de Argentijn": a nationality, taken up only by the person who has it
            key, gender = self.demonyms[word]
            return NATIONALITY + key, gender
        if "-" in word:
            return self.role(word.rsplit("-", 1)[1])
        for prefix in _ROLE_PREFIXES:
            if word.startswith(prefix) and word[len(prefix):] in self.roles:
                return self.roles[word[len(prefix):]]
        # a closed compound on a role noun of four letters or more: landbouwminister, boerenleider, longarts
        for cut in range(3, len(word) - 3):
            head = word[cut:]
            if head in self.roles:
                office, gender = self.roles[head]
                # only a party before it makes a leider the party leader (D66-leider, not boerenleider)
                return ("leider" if office == "partijleider" and head == "leider" else office), gender
        return None

    def is_closed_compound_role(self, noun: str) -> bool:
        """``landbouwminister``, ``Nijboer``: a role only as a closed compound on a role noun (a surname may look so)."""
        word = noun.lower()
        return self.role(word) is not None and word not in self.roles and word not in self.demonyms and \
            "-" not in word and not any(word.startswith(p) and word[len(p):] in self.roles
                                        for p in _ROLE_PREFIXES)

    def person_gender(self, noun: str) -> str | None:
        """``m``, ``f`` or ``-`` when ``noun`` names a person (a role, a source, or by its ending), else None.

        ``buurtbewoonster`` -> ``f``, ``woordvoerder`` -> ``-``, ``plan`` -> None.
        """
        word = noun.lower()
        role = self.role(word)
        if role is not None and not role[0].startswith(NATIONALITY):
            return role[1]
        if word in self.not_persons:
            return None
        ending = next((gender for suffix, gender in self.person_suffixes
                       if word.endswith(suffix) and len(word) > len(suffix) + 2), None)
        if ending is not None:
            return ending
        return "-" if self.source_kind(word) == "anonymous" else None

    def takes_up_organisation(self, noun: str) -> bool:
        """``het concern``, ``de luchtvaartmaatschappij``: a noun for an organisation the text may have named."""
        return self.organisation_kind(noun) is not None

    def organisation_kind(self, noun: str, compound_only: bool = False) -> str | None:
        """The kind of organisation a noun (or a compound ending in one) names: ``vakbond`` -> ``association``.

        With ``compound_only``, only a compound counts (``Rabobank``, not ``Bank``)."""
        word = noun.lower().replace("_", "")
        if word in self.organisation_nouns and not compound_only:
            return self.organisation_nouns[word]
        return next((kind for n, kind in self.organisation_nouns.items()
                     if len(n) >= 4 and word.endswith(n) and len(word) > len(n) + 2), None)

    def source_kind(self, noun: str) -> str | None:
        word = noun.lower()
        if word in self.sources:
            return self.sources[word]
        if self.takes_up_organisation(word):
            return "organisation"
        if word.endswith(("bron", "bronnen")):
            return "anonymous"
        if "-" in word:
            return self.source_kind(word.rsplit("-", 1)[1])
        return None

    def introduces_title(self, word: str) -> bool:
        """``album``, ``hits``, ``getiteld``, ``debuutalbum``: a word after which a capitalised quote is a title."""
        word = word.lower()
        return word in self.title_nouns or any(
            word.endswith(n) and len(word) > len(n) + 2 for n in self.title_nouns if len(n) >= 5)

    def excluded_after_volgens(self, noun: str) -> bool:
        word = noun.lower()
        return word in self.volgens_exclusions or any(
            word.endswith(x) and len(word) > len(x) + 2 for x in self.volgens_exclusions if len(x) >= 3)


def lemma_from_stems(form: str, stems: dict[str, str]) -> str | None:
    """The lemma of a regular verb form whose stem is in ``stems`` (see :func:`verb_stems`), else None.

    Weak past and present forms and participles are reduced to a stem:
    ``beloofde`` -> beloof, ``gewaarschuwd`` -> waarschuw."""
    word = form.lower()
    candidates = {word}
    for suffix in ("ten", "den", "te", "de", "t", "en", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            candidates.add(word[: -len(suffix)])
    for c in list(candidates):
        if c.startswith("ge") and len(c) > 4:
            candidates.add(c[2:])
    for c in candidates:
        lemma = stems.get(c)
        if lemma is not None:
            return lemma
    return None


def verb_stems(lemmas: Iterable[str]) -> dict[str, str]:
    """Stems of verbs, to their lemma: ``zeggen`` -> zegg, zeg; ``vragen`` -> vrag, vraag; ``twitteren`` -> twitter."""
    stems: dict[str, str] = {}
    for lemma in lemmas:
        if " " in lemma or not lemma.endswith("en"):
            continue
        stem = lemma[:-2]
        forms = {stem}
        if len(stem) > 2 and stem[-1] == stem[-2]:
            forms.add(stem[:-1])  # zegg -> zeg
        if len(stem) > 2 and stem[-1] not in "aeiou" and stem[-2] in "aeiou" and stem[-3] not in "aeiou":
            forms.add(stem[:-1] + stem[-2] + stem[-1])  # vrag -> vraag
        for f in list(forms):
            if f.endswith("v"):
                forms.add(f[:-1] + "f")  # schrijv -> schrijf, beloov -> beloof
            if f.endswith("z"):
                forms.add(f[:-1] + "s")  # bewijz -> bewijs
        for f in forms:
            stems.setdefault(f, lemma)
    return stems


@functools.lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon shipped with quoteattr (cached)."""
    cues: dict[str, str] = {}
    reflexive: set[str] = set()
    for row in data_rows("cue_verbs.tsv"):
        lemma = row[0].strip()
        if lemma.startswith("zich "):
            reflexive.add(lemma.removeprefix("zich "))
            continue
        cues.setdefault(lemma, row[1].strip() if len(row) > 1 else "say")
    roles: dict[str, tuple[str, str]] = {}
    for row in data_rows("role_nouns.tsv"):
        roles.setdefault(row[0].strip(), (row[1].strip(), row[2].strip() if len(row) > 2 else "-"))
    sources = {row[0].strip(): row[1].strip() for row in data_rows("sources.tsv")}
    pronouns: dict[str, tuple[str, str]] = {}
    for row in data_rows("pronouns.tsv"):
        pronouns.setdefault(row[0].strip(), (row[1].strip(), row[2].strip()))
    exclusions = frozenset(row[0].strip() for row in data_rows("volgens_exclusions.txt"))
    markers = {row[0].strip(): row[1].strip() for row in data_rows("speech_markers.tsv")}
    common = {row[0].strip(): row[1].strip() for row in data_rows("common_words.txt") if len(row) > 1}
    times = word_list("time_words.txt")
    new_roles = word_list("role_modifiers.txt")
    demonyms = {row[0].strip(): (row[1].strip(), row[2].strip()) for row in data_rows("demonyms.tsv")}
    speech_nouns = word_list("speech_nouns.txt")
    organisations = {row[0].strip(): row[1].split("#")[0].strip() for row in data_rows("organisation_nouns.txt")}
    forms = {row[0].strip(): row[1].strip() for row in data_rows("cue_forms.tsv")}
    particles = word_list("separable_particles.txt")
    party_nouns = {row[0].strip(): row[1].split("#")[0].strip() for row in data_rows("party_nouns.tsv")}
    portfolios = _portfolio_words()
    suffix_rows = data_rows("person_suffixes.tsv")
    suffixes = tuple((row[0].strip(), row[1].strip()) for row in suffix_rows if not row[0].startswith("!"))
    not_persons = frozenset(row[0].strip()[1:] for row in suffix_rows if row[0].startswith("!"))
    return Lexicon(cues, roles, sources, pronouns, exclusions, markers, verb_stems(cues), common, times,
                   frozenset(reflexive), new_roles, demonyms, speech_nouns, organisations, forms, particles,
                   party_nouns, word_list("nonpolitical_offices.txt"), word_list("title_nouns.txt"),
                   frozenset(common) | portfolios, portfolios, word_list("family_roles.txt"),
                   word_list("term_words.txt"), suffixes,
                   not_persons, word_list("political_bodies.txt"), word_list("news_media.txt"),
                   {row[0].strip(): row[1].strip() for row in data_rows("positions.tsv")},
                   documents=word_list("documents.txt"), place_institutions=word_list("place_institutions.txt"),
                   address_pronouns=word_list("address_pronouns.txt"),
                   local_parties={row[0].split("#")[0].strip(): "alone" in row[0].split("#", 1)[-1]
                                  for row in data_rows("local_parties.txt")},
                   foreign_parties={row[0].strip(): frozenset(row[1].split("#")[0].split()) - {"-"}
                                    for row in data_rows("foreign_parties.tsv")},
                   home_places={row[3].strip().removeprefix("from ").lower(): row[1].strip()
                                for row in data_rows("demonyms.tsv") if len(row) > 3},
                   countries=word_list("countries.txt"))


def _portfolio_words() -> frozenset[str]:
    """Lower-case words of the portfolios in ``kb_portfolios.tsv`` and their short forms (landbouw, lvvn)."""
    words = set()
    for row in data_rows("kb_portfolios.tsv"):
        words.add(row[0].strip().lower())
        if len(row) > 1:
            words.update(w.lower() for w in re.findall(r"\w+", row[1]) if w.lower() != "en")
    return frozenset(words)
