"""Build the shipped knowledge base of Dutch politicians.

Reads the raw open data in ``../shared/politicians/raw`` (see its
PROVENANCE.md) and the hand-curated supplement in ``scripts/kb_supplement``,
fixes the known errors of the raw files, and writes

* ``quoteattr/data/kb.json.gz`` – the compact knowledge base the library loads;
* the coverage section of ``docs/knowledge-base.md`` (between the
  ``<!-- coverage:start -->`` and ``<!-- coverage:end -->`` markers).

Run from the repository root::

    python scripts/build_kb.py            # build, print coverage, write files
    python scripts/build_kb.py --check    # build and print, write nothing

The raw pythonpoet CSVs carry no licence: only facts derived from them
(names, parties, offices, dates) go into the built file, never the files.
"""

from __future__ import annotations

import argparse
import calendar
import collections
import csv
import datetime as dt
import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quoteattr.kb_names import fold, key, slug, split_surname  # noqa: E402

RAW = ROOT.parent / "shared" / "politicians" / "raw"
SUPPLEMENT = ROOT / "scripts" / "kb_supplement"
OUTPUT = ROOT / "quoteattr" / "data" / "kb.json.gz"
DOC = ROOT / "docs" / "knowledge-base.md"
FORMAT_VERSION = 1

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "januari februari maart april mei juni juli augustus september oktober november december".split()
    )
}
FUNCTIONS = {"Minister", "Staatssecretaris"}
#: First day of the joint GroenLinks-PvdA group in the Tweede Kamer.
GL_PVDA_TK_START = dt.date(2023, 12, 6)
#: Last day of the Tweede Kamer elected in 2023 (the Kamer elected on 2025-10-29 was installed on 2025-11-12).
TK_2023_END = dt.date(2025, 11, 11)
#: Day after which the pythonpoet data was scraped; open TK spells starting later are not in it.
PYTHONPOET_SCRAPE = dt.date(2025, 3, 1)
CABINETS_FROM_RUTTE = ("Rutte I", "Rutte II", "Rutte III", "Rutte IV", "Schoof")


class BuildError(Exception):
    """A raw or supplement row the build cannot interpret."""


# ----------------------------------------------------------------------------- dates


def parse_dutch_date(text: str) -> dt.date | None:
    """``"6 december 2023"`` -> ``date(2023, 12, 6)``; empty -> None.

    Raises :class:`BuildError` for anything else (e.g. a date without a year).
    """
    text = text.strip()
    if not text:
        return None
    parts = text.split()
    if len(parts) == 3:
        parts[1] = parts[1].lower()  # the raw TK list has one "26 Februari 2015"
    if len(parts) != 3 or parts[1] not in MONTHS or not parts[0].isdigit() or not parts[2].isdigit():
        raise BuildError(f"not a Dutch date: {text!r}")
    return dt.date(int(parts[2]), MONTHS[parts[1]], int(parts[0]))


def parse_iso(text: str | None, *, end: bool = False) -> dt.date | None:
    """``YYYY-MM-DD`` -> date; empty -> None.

    A month or year (``YYYY-MM``, ``YYYY``, used in the supplement where only
    that much is known) is its first day, or its last day when ``end``.
    """
    if text is None or not text.strip():
        return None
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.date.fromisoformat(text)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = int(text[:4]), int(text[5:])
        return dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    raise BuildError(f"not an ISO date: {text!r}")


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


# ----------------------------------------------------------------------------- records


@dataclass
class Office:
    role: str
    start: dt.date | None
    end: dt.date | None
    portfolio: str | None = None
    ministry: str | None = None
    party: str | None = None
    cabinet: str | None = None
    certainty: str = "certain"
    source: str = ""
    title: str | None = None

    def overlaps(self, other: Office) -> bool:
        a0, a1 = self.start or dt.date.min, self.end or dt.date.max
        b0, b1 = other.start or dt.date.min, other.end or dt.date.max
        return a0 <= b1 and b0 <= a1


@dataclass
class Membership:
    party: str
    start: dt.date | None
    end: dt.date | None
    source: str
    certainty: str = "certain"


@dataclass
class Person:
    name: str
    forename: str | None
    surname: str
    gender: str | None = None
    gender_source: str | None = None
    birth: str | None = None
    url: str | None = None
    parlamint_ids: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    id: str = ""


def person_key(name: str) -> str:
    """Registry key of a full name: folded tokens (hyphens as spaces)."""
    return key(name)


# ----------------------------------------------------------------------------- supplement


def read_csv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a supplement CSV, skipping ``#`` comment lines; values stripped."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.lstrip().startswith("#") and line.strip()]
    for row in csv.DictReader(lines):
        yield {k: (v or "").strip() for k, v in row.items() if k is not None}


@dataclass
class Supplement:
    parties: list[dict[str, str]]
    aliases: list[dict[str, str]]
    ministries: list[dict[str, str]]
    minister_posts: list[dict[str, str]]
    cabinets: list[dict[str, str]]
    persons: list[dict[str, str]]
    merges: list[dict[str, str]]
    fixes: list[dict[str, str]]
    tk_overrides: list[dict[str, str]]
    memberships: list[dict[str, str]]
    offices: list[dict[str, str]]
    office_ends: list[dict[str, str]]
    portfolios: list[dict[str, str]]
    forename_gender: list[dict[str, str]]
    splits: list[dict[str, str]]
    distinct: list[dict[str, str]]

    @classmethod
    def load(cls, folder: Path = SUPPLEMENT) -> Supplement:
        def rows(name: str) -> list[dict[str, str]]:
            return list(read_csv(folder / f"{name}.csv"))

        return cls(
            parties=rows("parties"),
            aliases=rows("party_aliases"),
            ministries=rows("ministries"),
            minister_posts=rows("minister_posts"),
            cabinets=rows("cabinets"),
            persons=rows("persons"),
            merges=rows("person_merges"),
            fixes=rows("source_fixes"),
            tk_overrides=rows("tk_overrides"),
            memberships=rows("memberships"),
            offices=rows("offices"),
            office_ends=rows("office_ends"),
            portfolios=rows("portfolios"),
            forename_gender=rows("forename_gender"),
            splits=rows("person_splits"),
            distinct=rows("distinct_persons"),
        )


class PartyTable:
    """Maps party labels from the raw sources and the supplement to party ids."""

    def __init__(self, supplement: Supplement) -> None:
        self.ids = {row["id"] for row in supplement.parties}
        self.by_label: dict[str, str] = {}
        for row in supplement.parties:
            for label in (row["id"], row["name"], row["full_name"]):
                self.by_label.setdefault(fold(label), row["id"])
        for row in supplement.aliases:
            if row["party"] not in self.ids:
                raise BuildError(f"alias {row['alias']!r} names unknown party {row['party']!r}")
            self.by_label[fold(row["alias"])] = row["party"]

    def id_of(self, label: str) -> str:
        found = self.by_label.get(fold(label))
        if found is None and label.startswith("party."):
            found = self.by_label.get(fold(label[len("party.") :]))
        if found is None:
            raise BuildError(f"unknown party label {label!r}: add it to party_aliases.csv")
        return found


# ----------------------------------------------------------------------------- source fixes


class Fixes:
    """Value corrections from ``source_fixes.csv``: (source, record, field) -> (wrong, right)."""

    def __init__(self, rows: Iterable[dict[str, str]]) -> None:
        self.table: dict[tuple[str, str, str], tuple[str, str]] = {}
        self.used: set[tuple[str, str, str]] = set()
        for row in rows:
            self.table[(row["source"], row["record"], row["field"])] = (row["wrong"], row["right"])

    def apply(self, source: str, record: str, fieldname: str, value: str) -> str:
        fix = self.table.get((source, record, fieldname))
        if fix is None:
            return value
        wrong, right = fix
        if value != wrong:
            return value
        self.used.add((source, record, fieldname))
        return right

    def unused(self) -> list[tuple[str, str, str]]:
        return sorted(set(self.table) - self.used)


def repair_minister_row(row: dict[str, str]) -> dict[str, str]:
    """Repair the malformed pythonpoet minister row with a missing ``last_name`` column.

    In that row (Kees Staf, Drees III) every value after ``full_name`` sits
    one column to the left and the start date comes before the cabinet::

        Kees Staf,CHU,Minister,Oorlog,2 september 1952,Drees III,12 oktober 1956,

    Rows in the normal layout are returned unchanged.
    """
    if row["function"] in FUNCTIONS or row["party"] not in FUNCTIONS:
        return row
    full = row["full_name"]
    return {
        "full_name": full,
        "last_name": full.split()[-1],
        "party": row["last_name"],
        "function": row["party"],
        "role": row["function"],
        "cabinet": row["cabinet"],
        "start_date": row["role"],
        "end_date": row["start_date"],
    }


def lower_particles(surname: str) -> str:
    """Write leading tussenvoegsels in lower case, as Dutch full names do.

    ParlaMint has a few surnames such as ``Van Haersma Buma`` and
    ``De Vries``; after a first name they are ``van Haersma Buma`` and
    ``de Vries``.  Only the particles before the core are changed.
    """
    particles, core = split_surname(surname)
    return f"{particles.lower()} {core}" if particles else surname


def forename_of(full_name: str, last_name: str) -> str | None:
    """First name(s) from a pythonpoet ``full_name`` and ``last_name``.

    ``("Eric van der Burg", "van der Burg") -> "Eric"``;
    ``("Wim Drees jr.", "Drees") -> "Wim"``.
    """
    name = re.sub(r"\s+(jr|sr)\.?$", "", full_name.strip())
    if name.endswith(last_name):
        rest = name[: len(name) - len(last_name)].strip()
        return rest or None
    return None


# ----------------------------------------------------------------------------- the build


class Builder:
    """Collects persons, offices and memberships from all sources."""

    def __init__(self, supplement: Supplement, raw: Path = RAW) -> None:
        self.sup = supplement
        self.raw = raw
        self.parties = PartyTable(supplement)
        self.fixes = Fixes(supplement.fixes)
        self.persons: dict[str, Person] = {}
        self.merge_map: dict[str, str] = {}
        self.record_merges: dict[str, str] = {}
        self.canonical_names: dict[str, str] = {}
        for row in supplement.merges:
            if row["variant"].startswith("parlamint:"):
                self.record_merges[row["variant"].split(":", 1)[1]] = row["canonical"]
            else:
                self.merge_map[person_key(row["variant"])] = person_key(row["canonical"])
            self.canonical_names[person_key(row["canonical"])] = row["canonical"]
        self.log: list[str] = []
        self.parlamint_tk: list[tuple[Person, Office]] = []
        self.parlamint_gov: list[tuple[str, str, str, dt.date | None, dt.date | None]] = []

    # -- persons

    def person(self, name: str, forename: str | None, surname: str, source: str) -> Person:
        """The person with this full name (after merges), created if new."""
        k = person_key(name)
        k = self.merge_map.get(k, k)
        found = self.persons.get(k)
        if found is None and k in self.canonical_names and k != person_key(name):
            # First seen under a variant spelling: create the person under the canonical name.
            canonical = self.canonical_names[k]
            particles_etc = canonical.split()
            fn = forename if forename and canonical.startswith(forename + " ") else None
            sn = canonical[len(fn) + 1 :] if fn else (surname if canonical.endswith(surname) else particles_etc[-1])
            found = Person(name=canonical, forename=fn or forename, surname=sn)
            self.persons[k] = found
        if found is None:
            found = Person(name=name, forename=forename, surname=surname)
            self.persons[k] = found
        found.sources.add(source)
        if person_key(name) != k and "#" not in name and name not in found.aliases:
            found.aliases.append(name)
        return found

    def split_for(self, source: str, name: str, start: dt.date | None) -> dict[str, str] | None:
        """The ``person_splits.csv`` row that assigns this raw record to a separate person."""
        for row in self.sup.splits:
            same = row["source"] == source and person_key(row["name"]) == person_key(name)
            if same and start and int(row["from_year"]) <= start.year <= int(row["to_year"]):
                return row
        return None

    def find_person(self, name: str) -> Person:
        k = person_key(name)
        k = self.merge_map.get(k, k)
        if k not in self.persons:
            raise BuildError(f"supplement names unknown person {name!r}")
        return self.persons[k]

    # -- ParlaMint

    def read_parlamint(self) -> None:
        path = self.raw / "parlamint-nl" / "ParlaMint-NL-listPerson.xml"
        root = ET.parse(path).getroot()
        for el in root.findall(f"{TEI}person"):
            pid = el.get(XML_ID) or ""
            surname = (el.findtext(f"{TEI}persName/{TEI}surname") or "").strip()
            forename = (el.findtext(f"{TEI}persName/{TEI}forename") or "").strip()
            surname = lower_particles(self.fixes.apply("parlamint", pid, "surname", surname))
            forename = self.fixes.apply("parlamint", pid, "forename", forename)
            sex_el = el.find(f"{TEI}sex")
            sex = sex_el.get("value", "") if sex_el is not None else ""
            sex = self.fixes.apply("parlamint", pid, "sex", sex)
            name = f"{forename} {surname}".strip() if forename else surname
            if pid in self.record_merges:
                # This ParlaMint record is the person named in person_merges.csv (and not
                # another person who happens to share its spelling).
                canonical = self.record_merges[pid]
                p = self.person(canonical, forename_of(canonical, surname), surname, "parlamint")
                if name not in p.aliases:
                    p.aliases.append(name)
            else:
                p = self.person(name, forename or None, surname, "parlamint")
            p.parlamint_ids.append(pid)
            if sex in ("M", "F") and p.gender is None:
                p.gender, p.gender_source = sex, "parlamint"
            birth = el.find(f"{TEI}birth")
            if birth is not None and birth.get("when") and p.birth is None:
                p.birth = birth.get("when")
            for idno in el.findall(f"{TEI}idno"):
                if idno.get("subtype") == "wikimedia" and idno.text and p.url is None:
                    p.url = idno.text.strip()
            for aff in el.findall(f"{TEI}affiliation"):
                self._parlamint_affiliation(p, pid, aff)

    def _parlamint_affiliation(self, p: Person, pid: str, aff: ET.Element) -> None:
        ref = aff.get("ref", "").lstrip("#")
        role = aff.get("role", "")
        start, end = parse_iso(aff.get("from")), parse_iso(aff.get("to"))
        if ref.startswith("party."):
            party = self.parties.id_of(ref)
            p.memberships.append(Membership(party, start, end, "parlamint"))
        elif ref == "EK" and role == "member":
            p.offices.append(Office("Eerste Kamerlid", start, end, source="parlamint"))
        elif ref == "EK" and role == "head":
            p.offices.append(Office("voorzitter Eerste Kamer", start, end, source="parlamint"))
        elif ref == "TK" and role == "member":
            # Kept aside: used only for persons without pythonpoet TK spells (see finish()).
            p.offices.append(Office("Tweede Kamerlid", start, end, source="parlamint-tk"))
        elif ref == "GOV" and role in ("minister", "head", "deputyHead"):
            title = aff.findtext(f"{TEI}roleName[@{{http://www.w3.org/XML/1998/namespace}}lang='nl']")
            self.parlamint_gov.append((p.name, role, (title or "").strip(), start, end))
        elif ref.startswith("ministry.") and role == "secretaryOfState":
            self.parlamint_gov.append((p.name, "secretaryOfState", ref, start, end))

    # -- pythonpoet ministers

    def read_ministers(self) -> None:
        path = self.raw / "pythonpoet-tweede-kamer" / "Ministers_Staassecretarissen_1945-present.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            for raw_row in csv.DictReader(handle):
                row = repair_minister_row(raw_row)
                full = self.fixes.apply("pythonpoet-ministers", row["full_name"], "full_name", row["full_name"])
                last = row["last_name"]
                forename = forename_of(full, last)
                if forename is None:
                    last = full.split()[-1]
                    forename = " ".join(full.split()[:-1]) or None
                start, end = parse_dutch_date(row["start_date"]), parse_dutch_date(row["end_date"])
                split = self.split_for("pythonpoet-ministers", full, start)
                if split is not None:
                    p = self.person(f"{full}#{split['id']}", forename, last, "pythonpoet")
                    p.name, p.id, p.birth = full, split["id"], split["birth"] or p.birth
                else:
                    p = self.person(full, forename, last, "pythonpoet")
                party = self.parties.id_of(row["party"])
                function, portfolio = row["function"], row["role"]
                if portfolio == "Minister-president":
                    office = Office("minister-president", start, end)
                elif portfolio == "Viceminister-president":
                    office = Office("vicepremier", start, end)
                elif function == "Minister":
                    office = Office("minister", start, end, portfolio=portfolio)
                elif function == "Staatssecretaris":
                    office = Office("staatssecretaris", start, end, ministry=portfolio)
                else:
                    raise BuildError(f"unknown function in minister row: {row}")
                office.party, office.cabinet, office.source = party, row["cabinet"], "pythonpoet"
                p.offices.append(office)
                p.memberships.append(Membership(party, start, end, "pythonpoet"))

    # -- pythonpoet Tweede Kamer

    def read_tk(self) -> None:
        path = self.raw / "pythonpoet-tweede-kamer" / "List_of_Tweede_Kamerleden_2006-present.csv"
        overrides = collections.defaultdict(list)
        for row in self.sup.tk_overrides:
            overrides[person_key(row["person"])].append(row)
        spells: dict[str, list[Office]] = collections.defaultdict(list)
        names: dict[str, tuple[str, str | None, str]] = {}
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                original = row["full_name"]
                full = self.fixes.apply("pythonpoet-tk", original, "full_name", original)
                last = self.fixes.apply("pythonpoet-tk", original, "last_name", row["last_name"])
                start_text = self.fixes.apply("pythonpoet-tk", original, "start_date", row["start_date"])
                forename = forename_of(full, last)
                party = self.parties.id_of(row["party"])
                start, end = parse_dutch_date(start_text), parse_dutch_date(row["end_date"])
                k = self.merge_map.get(person_key(full), person_key(full))
                names.setdefault(k, (full, forename, last))
                spells[k].append(Office("Tweede Kamerlid", start, end, party=party, source="pythonpoet"))
        for k, items in spells.items():
            full, forename, last = names[k]
            p = self.person(full, forename, last, "pythonpoet")
            local_log: list[str] = []
            fixed = fix_tk_spells(items, local_log, p.name)
            ovr = overrides.get(person_key(p.name)) or overrides.get(k)
            if ovr:
                fixed = self._apply_overrides(p, fixed, ovr)
                local_log = [line for line in local_log if not line.startswith("UNRESOLVED")]
            self.log.extend(local_log)
            for office in fixed:
                p.offices.append(office)
                p.memberships.append(Membership(office.party or "", office.start, office.end, "pythonpoet-tk"))

    def _apply_overrides(self, p: Person, spells: list[Office], rows: list[dict[str, str]]) -> list[Office]:
        new = [
            Office(
                "Tweede Kamerlid",
                parse_iso(r["start"]),
                parse_iso(r["end"], end=True),
                party=self.parties.id_of(r["party"]),
                certainty=r["certainty"] or "certain",
                source=r["source"],
            )
            for r in rows
            if r["party"]
        ]
        window = (
            [parse_iso(r["start"]) or dt.date.min for r in rows],
            [parse_iso(r["end"], end=True) or dt.date.max for r in rows],
        )
        lo, hi = min(window[0]), max(window[1])
        kept = [s for s in spells if (s.end or dt.date.max) < lo or (s.start or dt.date.min) > hi]
        self.log.append(f"override: {p.name}: {len(spells) - len(kept)} raw TK spells replaced by {len(new)}")
        return sorted(kept + new, key=lambda o: o.start or dt.date.min)

    # -- pythonpoet Kamervoorzitters

    def read_voorzitters(self) -> None:
        path = self.raw / "pythonpoet-tweede-kamer" / "Voorzitters_Tweede_Kamer_1917-present.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                full = row["full_name"]
                p = self.person(full, forename_of(full, row["last_name"]), row["last_name"], "pythonpoet")
                party = self.parties.id_of(row["party"])
                start, end = parse_dutch_date(row["start_date"]), parse_dutch_date(row["end_date"])
                p.offices.append(Office("Kamervoorzitter", start, end, party=party, source="pythonpoet"))

    # -- supplement

    def apply_supplement(self) -> None:
        for row in self.sup.persons:
            name = row["name"]
            k = self.merge_map.get(person_key(name), person_key(name))
            if k in self.persons:
                p = self.persons[k]
            elif row["surname"]:
                p = self.person(name, row["forename"] or None, row["surname"], "supplement")
            else:
                raise BuildError(f"persons.csv: unknown person {name!r} (give forename and surname to add one)")
            p.sources.add("supplement")
            if row["gender"]:
                if p.gender and p.gender != row["gender"]:
                    self.log.append(f"gender of {name}: supplement {row['gender']} overrides {p.gender}")
                p.gender, p.gender_source = row["gender"], "supplement"
            if row["birth"] and not p.birth:
                p.birth = row["birth"]
            for alias in filter(None, (a.strip() for a in row["aliases"].split("|"))):
                if alias not in p.aliases:
                    p.aliases.append(alias)
        for row in self.sup.memberships:
            p = self.find_person(row["person"])
            p.memberships.append(
                Membership(
                    self.parties.id_of(row["party"]),
                    parse_iso(row["start"]),
                    parse_iso(row["end"], end=True),
                    row["source"],
                    row["certainty"] or "certain",
                )
            )
        for row in self.sup.offices:
            p = self.find_person(row["person"])
            office = Office(
                row["role"],
                parse_iso(row["start"]),
                parse_iso(row["end"], end=True),
                portfolio=row["portfolio"] or None,
                ministry=row["ministry"] or None,
                party=self.parties.id_of(row["party"]) if row["party"] else None,
                cabinet=row["cabinet"] or None,
                certainty=row["certainty"] or "certain",
                source=row["source"],
            )
            p.offices.append(office)
            if office.party and office.role in ("minister", "staatssecretaris", "Tweede Kamerlid"):
                p.memberships.append(
                    Membership(office.party, office.start, office.end, row["source"], office.certainty)
                )
        for row in self.sup.office_ends:
            p = self.find_person(row["person"])
            end = parse_iso(row["end"], end=True)
            hits = [
                o
                for o in p.offices
                if o.role == row["role"]
                and o.end is None
                and (not row["portfolio"] or row["portfolio"] in (o.portfolio, o.ministry))
            ]
            if not hits:
                raise BuildError(f"office_ends: no open {row['role']} office for {row['person']}")
            for o in hits:
                o.end = end
                if row["certainty"] and row["certainty"] != "certain":
                    o.certainty = row["certainty"]
            for m in p.memberships:
                opened = m.end is None and m.source.startswith("pythonpoet") and m.start and end
                if opened and m.start <= end and any(o.start == m.start for o in hits):
                    m.end = end
        for row in self.sup.portfolios:
            p = self.find_person(row["person"])
            start = parse_iso(row["start"])
            hits = [
                o
                for o in p.offices
                if o.role == "staatssecretaris"
                and (o.ministry == row["ministry"] or not row["ministry"])
                and (start is None or o.start == start)
            ]
            if not hits:
                raise BuildError(f"portfolios: no staatssecretaris office for {row['person']} ({row['ministry']})")
            for o in hits:
                o.portfolio = row["portfolio"]
                if row["certainty"] and row["certainty"] != "certain":
                    o.certainty = row["certainty"]

    # -- finishing

    def finish(self) -> None:
        ministries = [
            (r["name"], int(r["from_year"]), int(r["to_year"]) if r["to_year"] else 9999) for r in self.sup.ministries
        ]
        posts = {r["portfolio"]: r["ministry"] for r in self.sup.minister_posts}
        party_names = {r["id"]: r["name"] for r in self.sup.parties}
        for p in self.persons.values():
            other_tk = [o for o in p.offices if o.role == "Tweede Kamerlid" and o.source != "parlamint-tk"]
            kept: list[Office] = []
            for o in p.offices:
                if o.source == "parlamint-tk":
                    self.parlamint_tk.append((p, o))
                    # ParlaMint's TK spells only fill gaps in the TK list: their end dates are
                    # sometimes the day of a group change rather than of leaving the Kamer.
                    if any(x.overlaps(o) for x in other_tk) or any(
                        (x.role, x.start, x.end) == (o.role, o.start, o.end) for x in kept
                    ):
                        continue
                    o.source = "parlamint"
                    o.party = party_at(p, o.start)
                    if other_tk:
                        self.log.append(f"gap: {p.name}: TK spell {o.start}..{o.end} from ParlaMint")
                kept.append(o)
            p.offices = kept
            for o in p.offices:
                if o.role in ("Tweede Kamerlid", "Kamervoorzitter") and o.end is None and o.source == "pythonpoet":
                    o.end = TK_2023_END
                o.title = office_title(o, ministries, posts, party_names)
            p.offices.sort(key=lambda o: (o.start or dt.date.min, o.role))
        gender_by_forename = {fold(r["forename"]): r["gender"] for r in self.sup.forename_gender if r["gender"]}
        for p in self.persons.values():
            if p.gender is None and p.forename:
                first = fold(p.forename.split()[0])
                g = gender_by_forename.get(first)
                if g:
                    p.gender, p.gender_source = g, "forename"
        taken: dict[str, int] = collections.Counter(p.id for p in self.persons.values() if p.id)
        for p in sorted(self.persons.values(), key=lambda p: (p.birth or "9999", p.name)):
            if p.id:
                continue
            base = slug(p.name)
            taken[base] += 1
            p.id = base if taken[base] == 1 else f"{base}-{taken[base]}"

    def near_duplicates(self) -> list[tuple[str, str]]:
        """Pairs of persons with the same surname and similar first names (for review)."""
        by_surname: dict[str, list[Person]] = collections.defaultdict(list)
        for p in self.persons.values():
            by_surname[key(p.surname)].append(p)
        pairs = []
        for p in self.persons.values():
            starts = [o.start.year for o in p.offices if o.start]
            if starts and max(starts) - min(starts) > 45:
                pairs.append((p.name, f"offices {min(starts)}-{max(starts)}: two persons with one name?"))
            if p.birth and starts and min(starts) < int(p.birth[:4]) + 20:
                pairs.append((p.name, f"office in {min(starts)} but born {p.birth}"))
        by_forename: dict[str, list[Person]] = collections.defaultdict(list)
        for p in self.persons.values():
            if p.forename:
                by_forename[fold(p.forename)].append(p)
        for group in by_forename.values():
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    ka, kb_ = key(a.surname), key(b.surname)
                    if ka != kb_ and (kb_.startswith(ka + " ") or ka.startswith(kb_ + " ")):
                        pairs.append((a.name, b.name))
        for group in by_surname.values():
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    fa, fb = fold(a.forename or ""), fold(b.forename or "")
                    if not fa or not fb or fa[0] != fb[0]:
                        continue
                    if fa.startswith(fb) or fb.startswith(fa) or edit_distance(fa, fb) <= 2:
                        pairs.append((a.name, b.name))
        return sorted(pairs)

    def build(self) -> None:
        self.read_parlamint()
        self.read_ministers()
        self.read_tk()
        self.read_voorzitters()
        self.apply_supplement()
        self.finish()


def party_at(p: Person, day: dt.date | None) -> str | None:
    """The party of a ParlaMint membership of ``p`` covering ``day`` (or its only undated one)."""
    items = [m for m in p.memberships if m.source == "parlamint"]
    for m in items:
        if day and (m.start is None or m.start <= day) and (m.end is None or m.end >= day) and (m.start or m.end):
            return m.party
    undated = {m.party for m in items if m.start is None and m.end is None}
    return undated.pop() if len(undated) == 1 else None


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (small strings only)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def fix_tk_spells(spells: list[Office], log: list[str], name: str) -> list[Office]:
    """Repair the group spells of one person from the pythonpoet TK list.

    * A ``GL-PvdA`` spell cannot start before the joint group existed
      (2023-12-06): its start is moved there, and a spell that ended before it
      is dropped (the raw list repeats GroenLinks and PvdA spells of
      2021-2023 under GL-PvdA).
    * Two spells of different groups that overlap, where the later one runs
      on past the end of the earlier one, are made consecutive: the later one
      starts the day after the earlier one ends (the raw list gives such a
      spell the start of the whole term).
    * Exact duplicates are removed.

    Overlaps that remain (one spell inside another) are logged; the curated
    ``tk_overrides.csv`` replaces those.
    """
    out: list[Office] = []
    for s in spells:
        if s.party == "GL-PvdA" and s.start and s.start < GL_PVDA_TK_START:
            if s.end is not None and s.end < GL_PVDA_TK_START:
                log.append(f"GL-PvdA: {name}: dropped spell {s.start}..{s.end} before the joint group")
                continue
            log.append(f"GL-PvdA: {name}: start {s.start} moved to {GL_PVDA_TK_START}")
            s.start = GL_PVDA_TK_START
        out.append(s)
    unique: list[Office] = []
    for s in out:
        if not any((u.party, u.start, u.end) == (s.party, s.start, s.end) for u in unique):
            unique.append(s)
    unique.sort(key=lambda o: (o.start or dt.date.min, o.end or dt.date.max))
    for a in unique:
        for b in unique:
            if a is b or a.party == b.party or not a.overlaps(b):
                continue
            if a.end and (b.start or dt.date.min) >= (a.start or dt.date.min) and (b.end or dt.date.max) > a.end:
                new_start = a.end + dt.timedelta(days=1)
                log.append(f"overlap: {name}: {b.party} spell start {b.start} moved to {new_start}")
                b.start = new_start
    for i, a in enumerate(unique):
        for b in unique[i + 1 :]:
            if a.party != b.party and a.overlaps(b):
                log.append(f"UNRESOLVED overlap: {name}: {a.party} {a.start}..{a.end} / {b.party} {b.start}..{b.end}")
    return unique


def office_title(
    o: Office, ministries: list[tuple[str, int, int]], posts: dict[str, str], party_names: dict[str, str]
) -> str:
    """The Dutch title of an office, e.g. ``minister van Financiën``."""
    year = o.start.year if o.start else 2000
    if o.role == "minister" and o.portfolio:
        is_ministry = any(n == o.portfolio and lo <= year <= hi for n, lo, hi in ministries)
        if not is_ministry and o.ministry is None:
            o.ministry = posts.get(o.portfolio)
        if is_ministry and o.ministry is None:
            o.ministry = o.portfolio
        return f"minister {'van' if is_ministry else 'voor'} {o.portfolio}"
    if o.role == "staatssecretaris":
        base = f"staatssecretaris van {o.ministry}" if o.ministry else "staatssecretaris"
        return f"{base} ({o.portfolio})" if o.portfolio and o.portfolio != o.ministry else base
    if o.role in ("fractievoorzitter", "partijleider", "Tweede Kamerlid", "Eerste Kamerlid") and o.party:
        return f"{o.role} ({party_names.get(o.party, o.party)})"
    return o.role


# ----------------------------------------------------------------------------- output


def serialise(b: Builder) -> dict[str, Any]:
    """The JSON document written to ``kb.json.gz``."""
    parties = [
        [r["id"], r["name"], r["full_name"], r["kind"], r["founded"] or None, r["dissolved"] or None]
        for r in b.sup.parties
    ]
    aliases = [[r["alias"], r["party"], r["case_sensitive"] == "yes"] for r in b.sup.aliases if r["form"] != "label"]
    cabinets = [
        [
            r["name"],
            r["start"],
            r["end"] or None,
            r["caretaker_from"] or None,
            r["premier"],
            r["parties"].split("|"),
            r["certainty"],
        ]
        for r in b.sup.cabinets
    ]
    persons = []
    for p in sorted(b.persons.values(), key=lambda p: p.id):
        persons.append(
            {
                "id": p.id,
                "name": p.name,
                "fn": p.forename,
                "sn": p.surname,
                "g": p.gender,
                "gs": p.gender_source,
                "b": p.birth,
                "url": p.url,
                "al": p.aliases,
                "m": [
                    [m.party, iso(m.start), iso(m.end), m.source, m.certainty == "certain"]
                    for m in dedupe_memberships(p.memberships)
                ],
                "o": [
                    [
                        o.role,
                        o.portfolio,
                        o.ministry,
                        o.title,
                        iso(o.start),
                        iso(o.end),
                        o.party,
                        o.cabinet,
                        o.source,
                        o.certainty,
                    ]
                    for o in p.offices
                ],
            }
        )
    return {
        "format": FORMAT_VERSION,
        "sources": {
            "parlamint": "ParlaMint-NL 4.0 metadata, CC BY 4.0 (http://hdl.handle.net/11356/1859)",
            "pythonpoet": "facts derived from github.com/pythonpoet/tweede-kamer (no licence; not redistributed)",
            "supplement": "hand-curated supplement, scripts/kb_supplement in the quoteattr repository",
        },
        "parties": parties,
        "party_aliases": aliases,
        "cabinets": cabinets,
        "persons": persons,
    }


def coverage(b: Builder) -> dict[str, Any]:
    """Coverage numbers of the built knowledge base (printed and written to the docs)."""
    persons = list(b.persons.values())
    offices = [o for p in persons for o in p.offices]
    years = [d.year for o in offices for d in (o.start, o.end) if d]
    by_role = collections.Counter(o.role for o in offices)
    gender = collections.Counter(p.gender_source or "none" for p in persons)
    result: dict[str, Any] = {
        "persons": len(persons),
        "offices": len(offices),
        "offices_by_role": dict(sorted(by_role.items(), key=lambda kv: -kv[1])),
        "parties": len(b.sup.parties),
        "party_aliases": len(b.sup.aliases),
        "years": [min(years), max(years)] if years else None,
        "gender_share": round(sum(v for k, v in gender.items() if k != "none") / max(len(persons), 1), 4),
        "gender_by_source": dict(gender),
        "uncertain_offices": sum(1 for o in offices if o.certainty != "certain"),
    }
    # Cabinets: every person the raw minister list (or the supplement) places in a cabinet must
    # have an office in that cabinet with a party and a start date.
    cabinets: dict[str, dict[str, Any]] = {}
    for name in CABINETS_FROM_RUTTE:
        members = {id(p): p for p in persons for o in p.offices if o.cabinet == name}
        ok = [p for p in members.values() if any(o.cabinet == name and o.party and o.start for o in p.offices)]
        cabinets[name] = {"members": len(members), "with_party_and_dates": len(ok)}
    result["cabinets"] = cabinets
    # Independent check against ParlaMint's government roles (2010-2022).
    matched = 0
    missing = []
    for name, role, _title, start, end in b.parlamint_gov:
        probe = Office("x", start, end)
        k = person_key(name)
        p = b.persons.get(b.merge_map.get(k, k))
        wanted = {"secretaryOfState": {"staatssecretaris"}, "head": {"minister-president"}}.get(
            role, {"minister", "vicepremier"} if role == "deputyHead" else {"minister"}
        )
        if p is not None and any(o.role in wanted and o.overlaps(probe) and o.party for o in p.offices):
            matched += 1
        else:
            missing.append(f"{name} {role} {start}..{end}")
    result["parlamint_government_roles"] = {"total": len(b.parlamint_gov), "matched": matched, "missing": missing}
    # Tweede Kamer members 2010-2025: persons with a TK spell in those years (raw list or ParlaMint)
    # must have a TK office in those years with a party and a start date.
    window = Office("x", dt.date(2010, 1, 1), dt.date(2025, 12, 31))
    tk = [p for p in persons if any(o.role == "Tweede Kamerlid" and o.overlaps(window) for o in p.offices)]
    tk_ok = [
        p
        for p in tk
        if all(o.party and o.start for o in p.offices if o.role == "Tweede Kamerlid" and o.overlaps(window))
    ]
    result["tk_2010_2025"] = {"members": len(tk), "with_party_and_dates": len(tk_ok)}
    # Independent check against ParlaMint's dated Tweede Kamer memberships (2010-2022).
    pm = [(p, o) for p, o in b.parlamint_tk if o.start and o.start.year >= 2010]
    pm_ok = [(p, o) for p, o in pm if any(x.role == "Tweede Kamerlid" and x.party and x.overlaps(o) for x in p.offices)]
    result["parlamint_tk"] = {
        "total": len(pm),
        "matched": len(pm_ok),
        "missing": [f"{p.name} {o.start}..{o.end}" for p, o in pm if (p, o) not in pm_ok],
    }
    return result


def coverage_markdown(c: dict[str, Any]) -> str:
    """The coverage section of ``docs/knowledge-base.md``."""
    lines = [
        f"* persons: **{c['persons']}**; offices: **{c['offices']}**; parties and groups: **{c['parties']}** "
        f"({c['party_aliases']} aliases); years: **{c['years'][0]}–{c['years'][1]}**",
        f"* share of persons with gender: **{100 * c['gender_share']:.1f} %** "
        f"(by source: {', '.join(f'{k} {v}' for k, v in sorted(c['gender_by_source'].items()))})",
        f"* offices by role: {', '.join(f'{k} {v}' for k, v in c['offices_by_role'].items())}",
        f"* offices not marked certain (probable or uncertain): {c['uncertain_offices']}",
        "",
        "| Cabinet | members | with party and dates | share |",
        "|---|---:|---:|---:|",
    ]
    for name, v in c["cabinets"].items():
        share = 100 * v["with_party_and_dates"] / max(v["members"], 1)
        lines.append(f"| {name} | {v['members']} | {v['with_party_and_dates']} | {share:.1f} % |")
    tk = c["tk_2010_2025"]
    share = 100 * tk["with_party_and_dates"] / max(tk["members"], 1)
    lines.append(f"| Tweede Kamer members 2010–2025 | {tk['members']} | {tk['with_party_and_dates']} | {share:.1f} % |")
    pg = c["parlamint_government_roles"]
    lines += [
        "",
        f"Independent check: of the {pg['total']} government roles (minister, premier, vicepremier, "
        f"staatssecretaris) that ParlaMint-NL records for 2010–2022, **{pg['matched']}** "
        f"({100 * pg['matched'] / max(pg['total'], 1):.1f} %) match an office of the same person with "
        "overlapping dates and a party in the knowledge base.",
    ]
    if pg["missing"]:
        lines.append("Not matched: " + "; ".join(pg["missing"]) + ".")
    pt = c["parlamint_tk"]
    lines += [
        "",
        f"Of the {pt['total']} dated Tweede Kamer memberships since 2010 in ParlaMint-NL, **{pt['matched']}** "
        f"({100 * pt['matched'] / max(pt['total'], 1):.1f} %) overlap a Tweede Kamer office with a party "
        "of the same person in the knowledge base.",
    ]
    if pt["missing"]:
        lines.append("Not matched: " + "; ".join(pt["missing"]) + ".")
    return "\n".join(lines) + "\n"


def write_doc_section(text: str, path: Path = DOC) -> None:
    """Replace the text between the coverage markers of the docs page."""
    start, end = "<!-- coverage:start -->", "<!-- coverage:end -->"
    doc = path.read_text(encoding="utf-8")
    if start not in doc or end not in doc:
        raise BuildError(f"{path} lacks the {start} / {end} markers")
    head, rest = doc.split(start, 1)
    _, tail = rest.split(end, 1)
    path.write_text(f"{head}{start}\n{text}{end}{tail}", encoding="utf-8")


def dedupe_memberships(items: list[Membership]) -> list[Membership]:
    seen = set()
    out = []
    for m in sorted(items, key=lambda m: (m.start or dt.date.min, m.party)):
        k = (m.party, m.start, m.end)
        if k in seen or not m.party:
            continue
        seen.add(k)
        out.append(m)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="build and report, write nothing")
    parser.add_argument("--log", action="store_true", help="print every repair the build made")
    args = parser.parse_args(argv)
    b = Builder(Supplement.load())
    b.build()
    if args.log:
        for line in b.log:
            print(line)
    reviewed = {(r["name"], r["other"]) for r in b.sup.distinct}
    for a, c in b.near_duplicates():
        if (a, c) in reviewed or (c, a) in reviewed:
            continue
        print(f"review: possibly one person: {a!r} / {c!r}")
    for u in b.fixes.unused():
        print(f"WARNING: source fix not applied: {u}")
    doc = serialise(b)
    data = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    cov = coverage(b)
    section = coverage_markdown(cov)
    print(section)
    print(f"size: {len(data) / 1e6:.2f} MB json, {len(gzip.compress(data, 9)) / 1e6:.3f} MB gzipped")
    if not args.check:
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        with gzip.GzipFile(OUTPUT, "wb", compresslevel=9, mtime=0) as handle:
            handle.write(data)
        print(f"wrote {OUTPUT.relative_to(ROOT)}")
        write_doc_section(section)
        print(f"wrote the coverage section of {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
