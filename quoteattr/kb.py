"""Knowledge base of Dutch politicians, parties and offices, linked by date.

The shipped knowledge base (``quoteattr/data/kb.json.gz``, built by
``scripts/build_kb.py``) holds ministers and state secretaries since 1945,
Tweede Kamer members since 2006, Eerste Kamer members and others from
ParlaMint-NL (2014-2022), party leaders and parliamentary leaders, and the
cabinet changes of 2025, with party memberships and dates::

    kb = KnowledgeBase.default()
    kb.find("Van der Burg", date="2023-07")       # ranked candidates
    kb.resolve("Rutte", date="2023-07")           # one Politician, or None
    kb.holders("premier", "2025-01")              # [Politician(name='Dick Schoof', ...)]
    kb.party_of("pieter-omtzigt", "2024")         # 'NSC'
    kb.normalize_party("GL-PvdA")                 # 'GroenLinks-PvdA'

Dates may be a :class:`datetime.date`, a ``datetime``, ``"YYYY-MM-DD"``,
``"YYYY-MM"`` or ``"YYYY"`` (or an int year).  A month or year is a period:
an office matches when it was held on any day of the period, and the party
is the one held at the latest day of the period for which one is known.
Office end dates are inclusive (the last day in office).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import functools
import gzip
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Union

import attrs

from quoteattr.kb_names import fold, forename_matches, key, parse_name, slug, surname_keys
from quoteattr.lexicon import data_rows

DateLike = Union[dt.date, str, int]  # noqa: UP007 (a runtime alias)

#: Roles of the cabinet (government).
GOVERNMENT_ROLES = frozenset({"minister-president", "vicepremier", "minister", "staatssecretaris"})
#: Roles in parliament or at the head of a party.
PARLIAMENT_ROLES = frozenset(
    {
        "Tweede Kamerlid",
        "Eerste Kamerlid",
        "Kamervoorzitter",
        "voorzitter Eerste Kamer",
        "fractievoorzitter",
        "partijleider",
    }
)
KB_ROLES = GOVERNMENT_ROLES | PARLIAMENT_ROLES
#: Years before the date asked in which an ended office still counts as "recently active".
RECENT_YEARS = 4

_STOPWORDS = frozenset({"en", "van", "voor", "de", "het", "der", "den"})
_FORMER = ("oud-", "ex-", "voormalig ", "voormalige ", "oud ", "ex ")
_DEFAULT = "default"
_QUOTES = str.maketrans("’‘`", "'''")


class KnowledgeBaseError(ValueError):
    """A knowledge-base file or a query the knowledge base cannot interpret."""


# ----------------------------------------------------------------------------- dates


@attrs.frozen
class Period:
    """A closed range of days: what a date, month or year stands for."""

    start: dt.date
    end: dt.date

    def __contains__(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def to_period(value: DateLike | Period) -> Period:
    """The period a date value stands for.

    ``date(2023, 7, 14)`` and ``"2023-07-14"`` are one day; ``"2023-07"`` is
    July 2023; ``"2023"`` and ``2023`` are the year 2023.  A ``datetime``
    counts as its date.  Anything else raises :class:`KnowledgeBaseError`.
    """
    if isinstance(value, Period):
        return value
    if isinstance(value, dt.datetime):
        return Period(value.date(), value.date())
    if isinstance(value, dt.date):
        return Period(value, value)
    if isinstance(value, int) and not isinstance(value, bool):
        return Period(dt.date(value, 1, 1), dt.date(value, 12, 31))
    if isinstance(value, str):
        text = value.strip()
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                day = dt.date.fromisoformat(text)
                return Period(day, day)
            if re.fullmatch(r"\d{4}-\d{2}", text):
                year, month = int(text[:4]), int(text[5:])
                return Period(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))
            if re.fullmatch(r"\d{4}", text):
                return Period(dt.date(int(text), 1, 1), dt.date(int(text), 12, 31))
        except ValueError as exc:
            raise KnowledgeBaseError(f"not a valid date: {value!r}") from exc
    raise KnowledgeBaseError(f"not a date, YYYY-MM-DD, YYYY-MM or YYYY: {value!r}")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


# ----------------------------------------------------------------------------- public views


@attrs.frozen
class Office:
    """An office held from ``start`` to ``end`` (inclusive; None: open).

    ``role`` is one of :data:`KB_ROLES` (or a role from a user's own file,
    such as ``wethouder``); ``portfolio`` is the area of a minister or state
    secretary (``Asiel en Migratie``, ``Financiën``), ``ministry`` the
    department it belongs to, ``title`` the Dutch title
    (``staatssecretaris van Justitie en Veiligheid (Asiel en Migratie)``).
    ``party`` is the party or parliamentary group the office was held for.
    ``certain`` is False for facts the knowledge base marks as uncertain.
    ``str(office)`` is the title.
    """

    role: str
    title: str
    portfolio: str | None = None
    ministry: str | None = None
    party: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    cabinet: str | None = None
    certain: bool = True
    source: str = ""

    def __str__(self) -> str:
        return self.title

    def active(self, when: DateLike | Period) -> bool:
        """Whether the office was held on any day of ``when``."""
        p = to_period(when)
        return (self.start is None or self.start <= p.end) and (self.end is None or self.end >= p.start)

    def overlap_days(self, p: Period) -> int:
        start = max(self.start or p.start, p.start)
        end = min(self.end or p.end, p.end)
        return max((end - start).days + 1, 0)


@attrs.frozen
class Party:
    """A party, parliamentary group or splinter group."""

    id: str
    name: str
    full_name: str
    kind: str = "party"
    founded: str | None = None
    dissolved: str | None = None


@attrs.frozen
class Cabinet:
    """A Dutch cabinet; ``caretaker_from`` is the first day it was demissionair."""

    name: str
    start: dt.date
    end: dt.date | None
    caretaker_from: dt.date | None
    premier: str
    parties: tuple[str, ...]
    certain: bool = True

    def caretaker(self, when: DateLike | Period) -> bool:
        """Whether the cabinet was caretaker (demissionair) at the end of ``when``."""
        p = to_period(when)
        return self.caretaker_from is not None and p.end >= self.caretaker_from


@attrs.frozen
class Politician:
    """A person in the knowledge base, seen at one date.

    ``party`` is the party at the date asked (see :meth:`KnowledgeBase.party_of`)
    and ``offices`` the offices held at that date; without a date, the latest
    known party and all offices.  ``score`` ranks candidates of
    :meth:`KnowledgeBase.find` (higher is better) and is not part of equality.
    ``gender`` is ``"F"``, ``"M"`` or None.
    """

    id: str
    name: str
    gender: str | None
    party: str | None
    offices: tuple[Office, ...] = ()
    forename: str | None = None
    surname: str = ""
    url: str | None = attrs.field(default=None, eq=False, repr=False)
    score: float = attrs.field(default=0.0, eq=False)

    @property
    def office_titles(self) -> tuple[str, ...]:
        return tuple(o.title for o in self.offices)


@attrs.frozen
class RoleQuery:
    """A role noun phrase taken apart (see :meth:`KnowledgeBase.parse_role`).

    ``roles`` are knowledge-base roles (empty when the noun is not one),
    ``portfolio`` the area a title names (``minister van Financiën``,
    ``klimaatminister``), ``party`` a party named in a compound
    (``D66-leider``), ``former`` True for ``oud-``/``ex-``/``voormalig``,
    ``gender`` ``"F"``/``"M"`` for nouns that imply one (``bewindsvrouw``).
    """

    text: str
    roles: frozenset[str]
    portfolio: str | None = None
    party: str | None = None
    former: bool = False
    gender: str | None = None

    @property
    def known(self) -> bool:
        return bool(self.roles)


# ----------------------------------------------------------------------------- internal records


@attrs.define
class _Membership:
    party: str  # party id
    start: dt.date | None
    end: dt.date | None
    source: str = ""
    certain: bool = True

    def covers(self, p: Period) -> bool:
        return (self.start is None or self.start <= p.end) and (self.end is None or self.end >= p.start)


@attrs.define
class _Person:
    id: str
    name: str
    forename: str | None
    surname: str
    gender: str | None = None
    url: str | None = None
    aliases: list[str] = attrs.Factory(list)
    memberships: list[_Membership] = attrs.Factory(list)
    offices: list[Office] = attrs.Factory(list)


def _data_path(name: str) -> Any:
    return resources.files("quoteattr").joinpath("data").joinpath(name)


@functools.lru_cache(maxsize=1)
def _role_table() -> dict[str, tuple[frozenset[str], str | None]]:
    """Folded role noun -> (knowledge-base roles, gender the noun implies or None)."""
    table: dict[str, tuple[frozenset[str], str | None]] = {}
    for row in data_rows("kb_roles.tsv"):
        gender = row[2].strip().upper() if len(row) > 2 and row[2].strip() in ("m", "f") else None
        table[fold(row[0].strip())] = (frozenset(r.strip() for r in row[1].split(",")), gender)
    for role in KB_ROLES:
        table.setdefault(fold(role), (frozenset({role}), None))
    return table


def _role_nouns() -> dict[str, frozenset[str]]:
    return {noun: roles for noun, (roles, _gender) in _role_table().items()}


@functools.lru_cache(maxsize=1)
def _portfolio_aliases() -> dict[str, tuple[str, ...]]:
    return {fold(row[0].strip()): tuple(p.strip() for p in row[1].split("|")) for row in data_rows("kb_portfolios.tsv")}


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"[^a-z0-9&]+", fold(text)) if w and w not in _STOPWORDS)


@functools.lru_cache(maxsize=8192)
def portfolio_score(query: str, portfolio: str | None) -> float:
    """How well a portfolio phrase from text (``Asiel``, ``Financiën``, ``BuZa``) fits a portfolio.

    1.0 for the same words; the share of the portfolio's words that the
    query gives when all of the query's words are in the portfolio
    (``Klimaat`` vs ``Klimaat en Energie``: 0.5); 0.0 otherwise.  Short
    forms in ``quoteattr/data/kb_portfolios.tsv`` are expanded first.
    """
    if not portfolio:
        return 0.0
    target = _words(portfolio)
    if not target:
        return 0.0
    best = 0.0
    for alternative in _portfolio_alternatives(query):
        words = _words(alternative)
        if words and words <= target:
            best = max(best, len(words) / len(target))
    return best


def _portfolio_alternatives(query: str) -> list[str]:
    aliases = _portfolio_aliases()
    folded = fold(query).strip()
    alternatives = [query]
    for form in (folded, folded.rstrip("s")):
        alternatives.extend(aliases.get(form, ()))
    return alternatives


# ----------------------------------------------------------------------------- the knowledge base


class KnowledgeBase:
    """Dutch politicians with their parties and offices over time.

    Use :meth:`default` for the shipped knowledge base and :meth:`from_files`
    to add your own politicians (see ``docs/knowledge-base.md`` for the file
    schema).  Instances are read-only after construction and safe to share.
    """

    def __init__(
        self,
        persons: Iterable[_Person],
        parties: Iterable[Party],
        party_aliases: Iterable[tuple[str, str, bool]] = (),
        cabinets: Iterable[Cabinet] = (),
    ) -> None:
        self._persons: dict[str, _Person] = {p.id: p for p in persons}
        self._parties: dict[str, Party] = {p.id: p for p in parties}
        self._cabinets: tuple[Cabinet, ...] = tuple(sorted(cabinets, key=lambda c: c.start))
        self._aliases: dict[str, str] = {}
        self._case_aliases: dict[str, str] = {}
        self._part_of: dict[str, str] = {"GL": "GL-PvdA", "PvdA": "GL-PvdA"}
        self._forenames: dict[str, set[str]] | None = None  # see _forename_table
        explicit: dict[str, str] = {}
        for alias, party_id, case_sensitive in party_aliases:
            if case_sensitive:
                self._case_aliases[alias] = party_id
            else:
                explicit[fold(alias)] = party_id
        for party in self._parties.values():
            for label in (party.name, party.full_name):
                # A name that is also a Dutch word ("Volt", "DENK") matches only as written.
                if label not in self._case_aliases:
                    self._aliases.setdefault(fold(label), party.id)
        self._aliases.update(explicit)
        self._index: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for person in self._persons.values():
            self._index_person(person)
        self._by_role: dict[str, list[str]] = defaultdict(list)
        for person in self._persons.values():
            for role in {o.role for o in person.offices}:
                self._by_role[role].append(person.id)

    def _index_person(self, person: _Person) -> None:
        best: dict[str, float] = {}
        for surname in [person.surname, *(_split_full_name(a)[1] for a in person.aliases)]:
            for k, strength in surname_keys(surname):
                best[k] = max(best.get(k, 0.0), strength)
        for k, strength in best.items():
            self._index[k].append((person.id, strength))

    # -- construction

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The knowledge base shipped with quoteattr (loaded once, then cached)."""
        return _load_default()

    @classmethod
    def from_json_document(cls, doc: dict[str, Any]) -> KnowledgeBase:
        """A knowledge base from the document ``scripts/build_kb.py`` writes."""
        if doc.get("format") != 1:
            raise KnowledgeBaseError(f"unsupported knowledge-base format: {doc.get('format')!r}")
        parties = [Party(*row) for row in doc["parties"]]
        names = {p.id: p.name for p in parties}
        aliases = [(a, p, bool(cs)) for a, p, cs in doc["party_aliases"]]
        cabinets = [
            Cabinet(
                name=c[0],
                start=dt.date.fromisoformat(c[1]),
                end=_date(c[2]),
                caretaker_from=_date(c[3]),
                premier=c[4],
                parties=tuple(names.get(x, x) for x in c[5]),
                certain=c[6] == "certain",
            )
            for c in doc["cabinets"]
        ]
        persons = []
        for r in doc["persons"]:
            offices = [
                Office(
                    role=o[0],
                    portfolio=o[1],
                    ministry=o[2],
                    title=o[3] or o[0],
                    start=_date(o[4]),
                    end=_date(o[5]),
                    party=names.get(o[6], o[6]) if o[6] else None,
                    cabinet=o[7],
                    source=o[8],
                    certain=o[9] == "certain",
                )
                for o in r["o"]
            ]
            persons.append(
                _Person(
                    id=r["id"],
                    name=r["name"],
                    forename=r["fn"],
                    surname=r["sn"],
                    gender=r["g"],
                    url=r["url"],
                    aliases=list(r["al"]),
                    memberships=[_Membership(m[0], _date(m[1]), _date(m[2]), m[3], bool(m[4])) for m in r["m"]],
                    offices=offices,
                )
            )
        return cls(persons, parties, aliases, cabinets)

    @classmethod
    def from_files(cls, *paths: str | Path, base: KnowledgeBase | str | None = _DEFAULT) -> KnowledgeBase:
        """The knowledge base ``base`` plus the politicians in your own files.

        ``base`` is ``"default"`` (the shipped knowledge base), another
        :class:`KnowledgeBase`, or None (only your files).  Each path is a
        CSV file (``.csv``) or a JSON file (``.json``) in the schema of
        ``docs/knowledge-base.md``: one row per office or party membership,
        with columns ``name`` (required), ``id``, ``forename``, ``surname``,
        ``gender``, ``party``, ``role``, ``portfolio``, ``place``, ``start``,
        ``end``, ``aliases``.  A row with an ``id`` that exists in ``base``
        (or the exact name of exactly one person there) adds to that person;
        other rows make new persons.  The base is not changed.
        """
        if isinstance(base, str):
            if base != _DEFAULT:
                raise KnowledgeBaseError(f"base must be 'default', a KnowledgeBase or None, not {base!r}")
            base = cls.default()
        persons = {pid: _copy_person(p) for pid, p in (base._persons.items() if base else [])}
        parties = dict(base._parties) if base else {}
        aliases = list(base._alias_rows()) if base else []
        cabinets = list(base._cabinets) if base else []
        loader = _UserLoader(persons, parties, base)
        for path in paths:
            loader.load(Path(path))
        return cls(persons.values(), parties.values(), aliases, cabinets)

    def _alias_rows(self) -> Iterator[tuple[str, str, bool]]:
        for alias, pid in self._aliases.items():
            yield alias, pid, False
        for alias, pid in self._case_aliases.items():
            yield alias, pid, True

    # -- parties

    @property
    def parties(self) -> tuple[Party, ...]:
        """All parties and parliamentary groups."""
        return tuple(self._parties.values())

    def is_forename(self, word: str) -> bool:
        """Whether a politician in the knowledge base has ``word`` as first name (``Wim``, ``Dilan``)."""
        return fold(word) in self._forename_table()

    def forename_gender(self, forename: str) -> str | None:
        """``"m"`` or ``"f"`` when every politician with this first name has that gender (``Kees`` -> ``m``).

        Read from the first names of the knowledge base's people, so it knows
        Dutch first names, not foreign ones; None for a name it does not know
        or one that people of both genders have.
        """
        genders = self._forename_table().get(fold(forename.split()[0]) if forename.strip() else "", set())
        return next(iter(genders)) if len(genders) == 1 else None

    def _forename_table(self) -> dict[str, set[str]]:
        """Folded first name -> the genders (``m``, ``f``) of the politicians who have it, made at first use."""
        if self._forenames is None:
            self._forenames = {}
            for person in self._persons.values():
                gender = {"M": "m", "F": "f", "male": "m", "female": "f"}.get(person.gender or "")
                if person.forename:
                    self._forenames.setdefault(fold(person.forename.split()[0]), set()).update([gender] if gender else [])
        return self._forenames

    def party_spellings(self) -> frozenset[str]:
        """Every party's name and the aliases that match only as written (``GL``, ``CU``, ``Volt``)."""
        return frozenset(p.name for p in self._parties.values()) | frozenset(self._case_aliases)

    def party(self, name: str) -> Party | None:
        """The :class:`Party` a name, abbreviation or alias stands for, or None."""
        pid = self._party_id(name)
        return self._parties.get(pid) if pid else None

    def normalize_party(self, name: str) -> str | None:
        """The canonical name of a party written in any known form, or None.

        ``"GL-PvdA"`` -> ``"GroenLinks-PvdA"``, ``"CU"`` -> ``"ChristenUnie"``,
        ``"FVD"`` -> ``"FvD"``.  Member nouns work too: ``"VVD'er"``,
        ``"CDA’ers"``, ``"GroenLinkser"`` -> the party.  Words that are also
        ordinary Dutch words only match as the party writes itself
        (``"Volt"``, ``"DENK"``/``"Denk"``, not ``"volt"``, ``"denk"``).
        """
        pid = self._party_id(name)
        return self._parties[pid].name if pid else None

    def _party_id(self, name: str) -> str | None:
        text = name.strip().translate(_QUOTES)
        if not text:
            return None
        for candidate in _member_noun_stems(text):
            if candidate in self._case_aliases:
                return self._case_aliases[candidate]
            folded = fold(candidate)
            if folded in self._aliases:
                return self._aliases[folded]
        return None

    def split_party_compound(self, word: str) -> tuple[str, str] | None:
        """Split a compound that starts with a party: ``"D66-leider"`` -> ``("D66", "leider")``.

        The longest party prefix before a hyphen wins (``"GL-PvdA-leider"`` ->
        ``("GroenLinks-PvdA", "leider")``).  Returns None when the word does
        not start with a party.
        """
        text = word.strip().translate(_QUOTES)
        parts = text.split("-")
        for i in range(len(parts) - 1, 0, -1):
            head, rest = "-".join(parts[:i]), "-".join(parts[i:])
            name = self.normalize_party(head)
            if name is not None and rest:
                return name, rest
        return None

    def _same_party(self, a: str, b: str) -> bool:
        return a == b or self._part_of.get(a) == b or self._part_of.get(b) == a

    def same_party(self, a: str, b: str) -> bool:
        """Two party names (as :meth:`normalize_party` gives them) are one party, or one is part of the other.

        ``GroenLinks`` and ``GroenLinks-PvdA`` are: the joint group's members
        are members of either party."""
        ia, ib = self._party_id(a), self._party_id(b)
        return a == b or (ia is not None and ib is not None and self._same_party(ia, ib))

    # -- cabinets

    @property
    def cabinets(self) -> tuple[Cabinet, ...]:
        """Cabinets from Rutte I onwards, oldest first."""
        return self._cabinets

    def cabinet_at(self, when: DateLike) -> Cabinet | None:
        """The cabinet in office at the end of ``when`` (None before Rutte I)."""
        p = to_period(when)
        for cabinet in reversed(self._cabinets):
            if cabinet.start <= p.end and (cabinet.end is None or p.end < cabinet.end):
                return cabinet
        return None

    # -- persons

    def __len__(self) -> int:
        return len(self._persons)

    def __iter__(self) -> Iterator[Politician]:
        for pid in self._persons:
            yield self.get(pid)

    def get(self, person_id: str, date: DateLike | None = None) -> Politician:
        """The politician with this id, seen at ``date`` (all offices when None)."""
        try:
            person = self._persons[person_id]
        except KeyError:
            raise KeyError(f"no politician with id {person_id!r}") from None
        return self._view(person, to_period(date) if date is not None else None)

    def _view(self, person: _Person, period: Period | None, score: float = 0.0) -> Politician:
        offices = tuple(person.offices) if period is None else _ranked(o for o in person.offices if o.active(period))
        return Politician(
            id=person.id,
            name=person.name,
            gender=person.gender,
            party=self._party_name(person, period),
            offices=offices,
            forename=person.forename,
            surname=person.surname,
            url=person.url,
            score=round(score, 4),
        )

    def _person(self, person: Politician | str) -> _Person:
        pid = person.id if isinstance(person, Politician) else person
        try:
            return self._persons[pid]
        except KeyError:
            raise KeyError(f"no politician with id {pid!r}") from None

    def party_of(self, person: Politician | str, date: DateLike | None = None) -> str | None:
        """The party of a politician (a :class:`Politician` or an id) at ``date``.

        The party is that of the party membership or office that covers the
        latest day of the period for which one is known, preferring the one
        that started last (so ``DENK`` over the group it grew out of, ``NSC``
        over ``CDA``).  Outside any known membership, the last party known
        before the date (or the first after it) is given; without a date, the
        latest party known.  None when nothing is known.
        """
        return self._party_name(self._person(person), to_period(date) if date is not None else None)

    def _party_name(self, person: _Person, period: Period | None) -> str | None:
        pid = self._party_at(person, period)
        if pid is None:
            return None
        party = self._parties.get(pid)
        return party.name if party else pid

    def _party_at(self, person: _Person, period: Period | None) -> str | None:
        items = person.memberships
        if not items:
            parties = [o.party for o in person.offices if o.party]
            return self._party_id(parties[-1]) if parties else None
        if period is None:
            period = Period(dt.date.min, dt.date.max)
        dated = [m for m in items if m.start is not None or m.end is not None]
        covering = [m for m in dated if m.covers(period)]
        if covering:
            best = max(
                covering,
                key=lambda m: (min(m.end or period.end, period.end), m.start or dt.date.min, m.certain),
            )
            return best.party
        undated = [m for m in items if m.start is None and m.end is None]
        if undated:
            return undated[-1].party
        before = [m for m in dated if (m.end or dt.date.max) < period.start]
        if before:
            return max(before, key=lambda m: (m.end or dt.date.min, m.start or dt.date.min)).party
        after = [m for m in dated if (m.start or dt.date.min) > period.end]
        return min(after, key=lambda m: m.start or dt.date.max).party if after else None

    def offices_of(self, person: Politician | str, date: DateLike | None = None) -> tuple[Office, ...]:
        """The offices a politician held at ``date``, most important first (all offices, oldest first, when None).

        Importance: minister-president, vicepremier, minister, staatssecretaris,
        Kamervoorzitter, voorzitter Eerste Kamer, fractievoorzitter, partijleider,
        Tweede Kamerlid, Eerste Kamerlid, then other roles.
        """
        p = self._person(person)
        if date is None:
            return tuple(p.offices)
        period = to_period(date)
        return _ranked(o for o in p.offices if o.active(period))

    # -- roles

    def parse_role(self, text: str) -> RoleQuery:
        """Take a Dutch role noun phrase apart.

        Handles the nouns in ``quoteattr/data/kb_roles.tsv`` (``premier``,
        ``bewindsvrouw``, ``Kamerlid``, ...), titles with a portfolio
        (``minister van Financiën``, ``staatssecretaris voor Toeslagen``,
        ``staatssecretaris (Asiel)``), portfolio compounds
        (``klimaatminister``), party compounds (``D66-leider``,
        ``CU-vicepremier``) and ``oud-``/``ex-``/``voormalig``.  A noun that is
        no knowledge-base role gives a :class:`RoleQuery` with no roles.
        """
        original = " ".join(text.split())
        work = original
        former = False
        lowered = work.lower()
        for prefix in _FORMER:
            if lowered.startswith(prefix):
                former, work = True, work[len(prefix) :].strip()
                break
        party = None
        portfolio = None
        m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", work)
        if m:
            work, portfolio = m.group(1), m.group(2).strip() or None
        m = re.match(r"^(\S+?)\s+(?:van|voor)\s+(.+)$", work, flags=re.IGNORECASE)
        if m:
            work, portfolio = m.group(1), portfolio or m.group(2).strip()
        head = work
        split = self.split_party_compound(head) if "-" in head else None
        if split is not None:
            party, head = split
        table = _role_table()
        folded = fold(head)
        roles, gender = table.get(folded, (None, None))
        if roles is None:
            for noun in ("staatssecretaris", "minister"):
                if folded.endswith(noun) and len(folded) > len(noun) + 1:
                    stem = head[: len(head) - len(noun)].rstrip("-")
                    roles, portfolio = table[noun][0], portfolio or stem
                    break
        return RoleQuery(
            text=original,
            roles=roles or frozenset(),
            portfolio=portfolio,
            party=party,
            former=former,
            gender=gender,
        )

    def _role_query(self, role: str | RoleQuery | None, portfolio: str | None = None) -> RoleQuery | None:
        if role is None:
            return RoleQuery(text="", roles=frozenset(), portfolio=portfolio) if portfolio else None
        spec = role if isinstance(role, RoleQuery) else self.parse_role(role)
        if not spec.known and fold(spec.text) in {fold(r) for r in self._by_role}:
            # A role from a user's own file (e.g. "wethouder").
            spec = attrs.evolve(spec, roles=frozenset(r for r in self._by_role if fold(r) == fold(spec.text)))
        if portfolio:
            spec = attrs.evolve(spec, portfolio=portfolio)
        return spec

    def _office_fit(self, office: Office, spec: RoleQuery) -> float:
        """0.0 when the office does not fit the role query, else a score in (0, 1]."""
        if spec.roles and office.role not in spec.roles:
            return 0.0
        if not spec.roles and spec.portfolio is None:
            return 0.0
        if spec.party and (office.role in ("partijleider", "fractievoorzitter", "Tweede Kamerlid")):
            office_party = self._party_id(office.party) if office.party else None
            if office_party is None or not self._same_party(office_party, self._party_id(spec.party) or ""):
                return 0.0
        if spec.portfolio:
            score = max(
                portfolio_score(spec.portfolio, office.portfolio),
                0.8 * portfolio_score(spec.portfolio, office.ministry),
            )
            return score
        return 1.0

    def holders(self, role: str | RoleQuery, date: DateLike, portfolio: str | None = None) -> list[Politician]:
        """Who held ``role`` at ``date``, best fit first.

        ``role`` is a role noun phrase (see :meth:`parse_role`): ``"premier"``
        at ``"2023-07"`` gives Mark Rutte, at ``"2025-01"`` Dick Schoof;
        ``"minister van Financiën"``, ``"klimaatminister"``,
        ``"D66-leider"`` and ``"oud-premier"`` (holders before the date) work
        too.  ``portfolio`` narrows ministers and state secretaries
        (``"Asiel"``); with a portfolio only the best-fitting holders are
        returned (``minister voor Klimaat`` in 2023: Rob Jetten, minister
        voor Klimaat en Energie, not the minister of Economische Zaken en
        Klimaat).  For a month or year, everyone who held the role on
        any day of it is returned, the longest holder in that period first.
        Raises :class:`KnowledgeBaseError` for a noun that is no role.
        """
        spec = self._role_query(role, portfolio)
        if spec is None or (not spec.known and not spec.portfolio):
            raise KnowledgeBaseError(f"not a role the knowledge base knows: {role!r}")
        period = to_period(date)
        results: list[tuple[float, int, dt.date, _Person]] = []
        candidate_ids: Iterable[str] = (
            {pid for r in spec.roles for pid in self._by_role.get(r, ())} if spec.roles else self._persons
        )
        party_id = self._party_id(spec.party) if spec.party else None
        for pid in candidate_ids:
            person = self._persons[pid]
            if spec.gender and person.gender and person.gender != spec.gender:
                continue
            if spec.former and any(self._office_fit(o, spec) > 0 and o.active(period) for o in person.offices):
                continue  # an oud-premier is no longer premier
            best: tuple[float, int, dt.date] | None = None
            for office in person.offices:
                if spec.former:
                    if office.end is None or office.end >= period.start:
                        continue
                    days, last = 0, office.end
                else:
                    days = office.overlap_days(period)
                    if days <= 0:
                        continue
                    last = office.start or dt.date.min
                fit = self._office_fit(office, spec)
                if fit <= 0:
                    continue
                cand = (fit, days, last)
                if best is None or cand > best:
                    best = cand
            if best is None:
                continue
            if party_id and not self._member_at(person, party_id, period, spec.former):
                continue
            results.append((*best, person))
        if spec.portfolio and results:
            top = max(r[0] for r in results)
            results = [r for r in results if r[0] >= top - 1e-9]
        results.sort(key=lambda r: (-r[0], -r[1], -r[2].toordinal(), r[3].name))
        return [self._view(p, period, score=fit) for fit, _days, _last, p in results]

    def _member_at(self, person: _Person, party_id: str, period: Period, former: bool = False) -> bool:
        if former:
            return any(self._same_party(m.party, party_id) for m in person.memberships)
        current = self._party_at(person, period)
        if current is not None and self._same_party(current, party_id):
            return True
        return any(
            self._same_party(m.party, party_id) and m.covers(period) and (m.start or m.end) for m in person.memberships
        )

    # -- names

    def find(
        self,
        name: str,
        date: DateLike | None = None,
        party: str | None = None,
        role: str | RoleQuery | None = None,
    ) -> list[Politician]:
        """Politicians a name can refer to, best candidate first.

        The name may be written as news text writes it: ``Van der Burg``,
        ``Eric van der Burg``, ``Yeşilgöz``, ``Yesilgoz-Zegerius``,
        ``D. Yeşilgöz``, ``Hoekstra’s``.  First names and initials must fit
        the candidate.  ``party`` and ``role`` narrow the candidates: a
        candidate must have been in that party (at ``date`` when given, else
        ever) and must hold an office of that role at ``date`` (ever without
        a date; before ``date`` for ``oud-``/``ex-``).  A role the knowledge
        base does not record (``burgemeester``) and a party it does not know
        are ignored.  ``date`` does not filter; it ranks: a person in
        government at the date comes first, then one in parliament or at the
        head of a party, then one active in the :data:`RECENT_YEARS` before.

        ``score`` on each result is name fit (1.0 for the full surname, 0.9
        for the first part of a double surname, 0.4 for the surname without
        its tussenvoegsel) plus 0.5 when a first name or initial fits, plus
        the date tier (0-3).
        """
        return [view for view, _tier, _fit in self._candidates(name, date, party, role)]

    def resolve(
        self,
        name: str,
        date: DateLike | None = None,
        party: str | None = None,
        role: str | RoleQuery | None = None,
    ) -> Politician | None:
        """The one politician that name, date, party and role single out, or None.

        Among the candidates of :meth:`find` with the best name fit: if only
        one is left, it; else, with a date, the only one in office or in
        parliament at the date (or, when nobody is, the only one active in
        the years before).  ``Rutte`` in 2015 stays unresolved (Mark Rutte
        was premier and Arno Rutte a Kamerlid); ``premier Rutte`` or
        ``Rutte`` in 2023 resolves to Mark Rutte.
        """
        cands = self._candidates(name, date, party, role)
        if not cands:
            return None
        best_fit = max(fit for _v, _t, fit in cands)
        cands = [c for c in cands if c[2] >= best_fit - 1e-9]
        if len(cands) == 1:
            return cands[0][0]
        if date is None:
            return None
        for threshold in (2, 1):
            active = [c for c in cands if c[1] >= threshold]
            if len(active) == 1:
                return active[0][0]
            if active:
                return None
        return None

    def _candidates(
        self,
        name: str,
        date: DateLike | None,
        party: str | None,
        role: str | RoleQuery | None,
    ) -> list[tuple[Politician, int, float]]:
        if not name or not name.strip():
            raise KnowledgeBaseError("empty name")
        period = to_period(date) if date is not None else None
        query = parse_name(self._strip_role_words(name))
        match = next(((i, k, s) for i, k, s in query.keys if k in self._index), None)
        if match is None:
            return []
        start, matched_key, strength = match
        hits = [(pid, s * strength) for pid, s in self._index[matched_key]]
        given, initials = query.prefix(start)
        spec = self._role_query(role) if role is not None else None
        if spec is not None and not spec.known:
            spec = None  # a role the knowledge base does not record: ignored
        party_id = self._party_id(party) if party else None
        if spec is not None and spec.party and party_id is None:
            party_id = self._party_id(spec.party)
        out: list[tuple[Politician, int, float, dt.date]] = []
        for pid, fit in hits:
            person = self._persons[pid]
            if given or initials:
                if not _forename_fits(person, given, initials):
                    continue
                fit += 0.5
            if party_id and not self._party_fits(person, party_id, period):
                continue
            if spec is not None and not self._role_fits(person, spec, period):
                continue
            tier = self._tier(person, period) if period else 0
            last = max((o.end or o.start or dt.date.min for o in person.offices), default=dt.date.min)
            if any(o.end is None for o in person.offices):
                last = dt.date.max
            view = self._view(person, period, score=fit + tier)
            out.append((view, tier, fit, last))
        out.sort(key=lambda c: (-c[0].score, -c[3].toordinal(), c[0].name))
        return [(v, t, f) for v, t, f, _last in out]

    def _strip_role_words(self, name: str) -> str:
        """Drop role nouns and parties before a name: ``Premier Rutte``, ``CDA-leider Hoekstra``."""
        words = name.split()
        while len(words) > 1 and (self.parse_role(words[0]).known or self._party_id(words[0]) is not None):
            words = words[1:]
        return " ".join(words)

    def _party_fits(self, person: _Person, party_id: str, period: Period | None) -> bool:
        if period is None:
            return any(self._same_party(m.party, party_id) for m in person.memberships) or any(
                o.party and self._same_party(self._party_id(o.party) or "", party_id) for o in person.offices
            )
        return self._member_at(person, party_id, period)

    def _role_fits(self, person: _Person, spec: RoleQuery, period: Period | None) -> bool:
        if spec.gender and person.gender and person.gender != spec.gender:
            return False
        still = period is not None and any(self._office_fit(o, spec) > 0 and o.active(period) for o in person.offices)
        if spec.former and still:
            return False
        for office in person.offices:
            if self._office_fit(office, spec) <= 0:
                continue
            if period is None:
                return True
            if spec.former:
                if office.end is not None and office.end < period.start:
                    return True
            elif office.active(period):
                return True
        return False

    def _tier(self, person: _Person, period: Period) -> int:
        """3: in government at the date; 2: in parliament or party office; 1: recently active; 0: not."""
        tier = 0
        recent = Period(period.start.replace(year=max(period.start.year - RECENT_YEARS, 1)), period.end)
        for office in person.offices:
            if office.active(period):
                if office.role in GOVERNMENT_ROLES:
                    return 3
                tier = max(tier, 2)
            elif office.active(recent):
                tier = max(tier, 1)
        return tier


# ----------------------------------------------------------------------------- helpers

_ROLE_RANK = {
    role: i
    for i, role in enumerate(
        (
            "minister-president",
            "vicepremier",
            "minister",
            "staatssecretaris",
            "Kamervoorzitter",
            "voorzitter Eerste Kamer",
            "fractievoorzitter",
            "partijleider",
            "Tweede Kamerlid",
            "Eerste Kamerlid",
        )
    )
}


def _ranked(offices: Iterable[Office]) -> tuple[Office, ...]:
    return tuple(sorted(offices, key=lambda o: (_ROLE_RANK.get(o.role, 99), o.start or dt.date.min)))


def _member_noun_stems(text: str) -> list[str]:
    """``"VVD'ers"`` -> ``["VVD'ers", "VVD"]``; ``"GroenLinkser"`` -> ``[..., "GroenLinks"]``."""
    out = [text]
    m = re.match(r"^(.+?)(?:'|-)?(?:ers|er|ster|sters)$", text)
    if m and len(m.group(1)) >= 2:
        out.append(m.group(1))
    return out


def _split_full_name(name: str) -> tuple[str | None, str]:
    """``"Sybrand van Haersma Buma"`` -> ``("Sybrand", "van Haersma Buma")``; one word is a surname."""
    words = name.split()
    if len(words) <= 1:
        return None, name.strip()
    for i in range(1, len(words)):
        if words[i][:1].islower() and fold(words[i]) in {"van", "de", "der", "den", "ter", "ten", "te", "in", "'t"}:
            return " ".join(words[:i]), " ".join(words[i:])
    return " ".join(words[:-1]), words[-1]


def _forename_fits(person: _Person, given: tuple[str, ...], initials: tuple[str, ...]) -> bool:
    variants = [person.forename, *(_split_full_name(a)[0] for a in person.aliases)]
    return any(f and forename_matches(given, initials, tuple(key(f).split())) for f in variants)


def _copy_person(p: _Person) -> _Person:
    return _Person(
        id=p.id,
        name=p.name,
        forename=p.forename,
        surname=p.surname,
        gender=p.gender,
        url=p.url,
        aliases=list(p.aliases),
        memberships=list(p.memberships),
        offices=list(p.offices),
    )


@functools.lru_cache(maxsize=1)
def _load_default() -> KnowledgeBase:
    with _data_path("kb.json.gz").open("rb") as raw, gzip.open(raw) as handle:
        doc = json.loads(handle.read().decode("utf-8"))
    return KnowledgeBase.from_json_document(doc)


# ----------------------------------------------------------------------------- user files

USER_COLUMNS = (
    "id", "name", "forename", "surname", "gender", "party", "role", "portfolio", "place",
    "start", "end", "aliases",
)  # fmt: skip


def _user_date(text: str | None, *, end: bool) -> dt.date | None:
    if text is None or not str(text).strip():
        return None
    p = to_period(str(text).strip())
    return p.end if end else p.start


class _UserLoader:
    """Adds the rows of a user's CSV or JSON files to a copy of a knowledge base."""

    def __init__(self, persons: dict[str, _Person], parties: dict[str, Party], base: KnowledgeBase | None):
        self.persons = persons
        self.parties = parties
        self.base = base
        self.by_name: dict[str, list[str]] = defaultdict(list)
        for p in persons.values():
            self.by_name[key(p.name)].append(p.id)

    def load(self, path: Path) -> None:
        suffix = path.suffix.lower()
        if suffix == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle)
                missing = {"name"} - set(reader.fieldnames or [])
                if missing:
                    raise KnowledgeBaseError(f"{path}: the CSV needs a 'name' column")
                unknown = set(reader.fieldnames or []) - set(USER_COLUMNS) - {"note", "source"}
                if unknown:
                    raise KnowledgeBaseError(f"{path}: unknown columns {sorted(unknown)}; known: {USER_COLUMNS}")
                for n, row in enumerate(reader, start=2):
                    self._row({k: (v or "").strip() for k, v in row.items() if k}, f"{path}:{n}")
        elif suffix == ".json":
            doc = json.loads(path.read_text(encoding="utf-8"))
            rows = doc.get("politicians") if isinstance(doc, dict) else doc
            if not isinstance(rows, list):
                raise KnowledgeBaseError(f"{path}: expected a list of rows or {{'politicians': [...]}}")
            for n, row in enumerate(rows):
                if not isinstance(row, dict):
                    raise KnowledgeBaseError(f"{path}: row {n} is not an object")
                self._row({k: "" if v is None else str(v) for k, v in row.items()}, f"{path}[{n}]")
        else:
            raise KnowledgeBaseError(f"{path}: expected a .csv or .json file")

    def _party(self, label: str, where: str) -> str:
        if self.base is not None:
            pid = self.base._party_id(label)
            if pid:
                return pid
        folded = fold(label)
        for party in self.parties.values():
            if folded in (fold(party.id), fold(party.name), fold(party.full_name)):
                return party.id
        pid = label
        self.parties[pid] = Party(id=pid, name=label, full_name=label, kind="local")
        return pid

    def _row(self, row: dict[str, str], where: str) -> None:
        name = row.get("name", "")
        if not name:
            raise KnowledgeBaseError(f"{where}: 'name' is required")
        gender = row.get("gender", "").upper()[:1] or None
        if gender not in (None, "F", "M"):
            raise KnowledgeBaseError(f"{where}: gender must be F, M or empty, not {row['gender']!r}")
        person = self._person_for(row, where)
        if gender:
            person.gender = gender
        for alias in filter(None, (a.strip() for a in row.get("aliases", "").split("|"))):
            if alias not in person.aliases:
                person.aliases.append(alias)
        try:
            start = _user_date(row.get("start"), end=False)
            end = _user_date(row.get("end"), end=True)
        except KnowledgeBaseError as exc:
            raise KnowledgeBaseError(f"{where}: {exc}") from None
        if start and end and end < start:
            raise KnowledgeBaseError(f"{where}: end {end} is before start {start}")
        party_id = self._party(row["party"], where) if row.get("party") else None
        role = row.get("role", "")
        if role:
            canonical = _canonical_role(role)
            portfolio = row.get("portfolio") or None
            place = row.get("place") or None
            title = canonical
            if portfolio:
                title += f" ({portfolio})"
            if place:
                title += f", {place}"
            person.offices.append(
                Office(
                    role=canonical,
                    title=title,
                    portfolio=portfolio,
                    party=self.parties[party_id].name if party_id else None,
                    start=start,
                    end=end,
                    source=f"user:{where}",
                )
            )
            person.offices.sort(key=lambda o: o.start or dt.date.min)
        if party_id:
            person.memberships.append(_Membership(party_id, start, end, f"user:{where}"))

    def _person_for(self, row: dict[str, str], where: str) -> _Person:
        pid = row.get("id", "")
        if pid and pid in self.persons:
            return self.persons[pid]
        if not pid:
            same = self.by_name.get(key(row["name"]), [])
            if len(same) == 1:
                return self.persons[same[0]]
            if len(same) > 1:
                raise KnowledgeBaseError(
                    f"{where}: {row['name']!r} matches {len(same)} persons ({', '.join(same)}); give an 'id'"
                )
            pid = slug(row["name"])
            n = 2
            while pid in self.persons:
                pid, n = f"{slug(row['name'])}-{n}", n + 1
        forename, surname = row.get("forename") or None, row.get("surname") or ""
        if not surname:
            forename, surname = _split_full_name(row["name"])
        person = _Person(id=pid, name=row["name"], forename=forename, surname=surname)
        self.persons[pid] = person
        self.by_name[key(row["name"])].append(pid)
        return person


def _canonical_role(role: str) -> str:
    """A user's role as the knowledge base spells it (``kamerlid`` -> ``Tweede Kamerlid``)."""
    roles = _role_nouns().get(fold(role))
    if roles and len(roles) == 1:
        return next(iter(roles))
    return role.strip()


__all__: Sequence[str] = (
    "Cabinet",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Office",
    "Party",
    "Period",
    "Politician",
    "RoleQuery",
    "portfolio_score",
    "to_period",
)
