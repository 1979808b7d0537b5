"""Tests for scripts/build_kb.py: reading the raw sources and fixing their known errors.

The unit tests use rows written for these tests in the layouts of the raw
files.  The tests marked ``raw`` build the knowledge base from
``../shared/politicians/raw`` (skipped when that folder is absent) and check
each fix of PROVENANCE.md's "Known issues", and that the shipped
``quoteattr/data/kb.json.gz`` is what the build produces.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import load_script

ROOT = Path(__file__).resolve().parent.parent


B: Any = load_script("build_kb")
D = dt.date


# ----------------------------------------------------------------------------- unit tests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6 december 2023", D(2023, 12, 6)),
        ("1 juli 2024", D(2024, 7, 1)),
        ("26 Februari 2015", D(2015, 2, 26)),  # capitalised month in one raw row
        ("", None),
    ],
)
def test_parse_dutch_date(text: str, expected: dt.date | None) -> None:
    assert B.parse_dutch_date(text) == expected


@pytest.mark.parametrize("text", ["31 januari", "2023-12-06", "6 dec 2023", "zes december 2023"])
def test_parse_dutch_date_rejects_incomplete_dates(text: str) -> None:
    with pytest.raises(B.BuildError):
        B.parse_dutch_date(text)


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2025-06-03", False, D(2025, 6, 3)),
        ("2025-09", False, D(2025, 9, 1)),
        ("2025-09", True, D(2025, 9, 30)),
        ("2024-02", True, D(2024, 2, 29)),
        ("2002", False, D(2002, 1, 1)),
        ("2002", True, D(2002, 12, 31)),
        ("", True, None),
    ],
)
def test_parse_iso_partial_dates(text: str, end: bool, expected: dt.date | None) -> None:
    assert B.parse_iso(text, end=end) == expected


def test_parse_iso_rejects_other_formats() -> None:
    with pytest.raises(B.BuildError):
        B.parse_iso("juni 2025")


def test_repair_minister_row_with_missing_last_name() -> None:
    # The layout of the one malformed raw row, with invented values.
    broken = {
        "full_name": "Piet Voorbeeld",
        "last_name": "KVP",
        "party": "Minister",
        "function": "Marine",
        "role": "3 maart 1953",
        "cabinet": "Drees III",
        "start_date": "9 mei 1955",
        "end_date": "",
    }
    assert B.repair_minister_row(broken) == {
        "full_name": "Piet Voorbeeld",
        "last_name": "Voorbeeld",
        "party": "KVP",
        "function": "Minister",
        "role": "Marine",
        "cabinet": "Drees III",
        "start_date": "3 maart 1953",
        "end_date": "9 mei 1955",
    }
    good = dict(broken, last_name="Voorbeeld", party="KVP", function="Minister", role="Marine")
    assert B.repair_minister_row(good) is good


@pytest.mark.parametrize(
    ("full", "last", "expected"),
    [
        ("Eric van der Burg", "van der Burg", "Eric"),
        ("Jan Kees de Jager", "de Jager", "Jan Kees"),
        ("Wim Drees jr.", "Drees", "Wim"),
        ("Dijck Teun van Dijck", "Dijck Teun van Dijck", None),
    ],
)
def test_forename_of(full: str, last: str, expected: str | None) -> None:
    assert B.forename_of(full, last) == expected


@pytest.mark.parametrize(
    ("surname", "expected"),
    [("Van Haersma Buma", "van Haersma Buma"), ("De Vries", "de Vries"), ("Rutte", "Rutte"), ("van Dijk", "van Dijk")],
)
def test_lower_particles(surname: str, expected: str) -> None:
    assert B.lower_particles(surname) == expected


def spell(party: str, start: dt.date, end: dt.date | None) -> Any:
    return B.Office("Tweede Kamerlid", start, end, party=party, source="pythonpoet")


def test_gl_pvda_spells_start_with_the_joint_group() -> None:
    log: list[str] = []
    got = B.fix_tk_spells(
        [spell("GL", D(2017, 3, 23), D(2023, 12, 5)), spell("GL-PvdA", D(2021, 3, 31), None)], log, "X"
    )
    assert [(s.party, s.start, s.end) for s in got] == [
        ("GL", D(2017, 3, 23), D(2023, 12, 5)),
        ("GL-PvdA", D(2023, 12, 6), None),
    ]


def test_gl_pvda_spell_before_the_joint_group_is_dropped() -> None:
    log: list[str] = []
    got = B.fix_tk_spells(
        [spell("PvdA", D(2021, 3, 31), D(2023, 12, 5)), spell("GL-PvdA", D(2021, 3, 31), D(2023, 12, 5))], log, "X"
    )
    assert [s.party for s in got] == ["PvdA"]
    assert any("dropped" in line for line in log)


def test_overlapping_group_spells_are_made_consecutive() -> None:
    log: list[str] = []
    got = B.fix_tk_spells(
        [spell("PVV", D(2010, 6, 17), D(2023, 12, 5)), spell("BBB", D(2021, 3, 31), D(2025, 3, 4))], log, "X"
    )
    assert [(s.party, s.start, s.end) for s in got] == [
        ("PVV", D(2010, 6, 17), D(2023, 12, 5)),
        ("BBB", D(2023, 12, 6), D(2025, 3, 4)),
    ]


def test_nested_group_spells_are_reported() -> None:
    log: list[str] = []
    B.fix_tk_spells(
        [spell("FvD", D(2021, 3, 31), D(2023, 12, 5)), spell("X", D(2021, 3, 31), D(2023, 12, 5))], log, "X"
    )
    assert any(line.startswith("UNRESOLVED") for line in log)


@pytest.mark.parametrize(
    ("office", "expected"),
    [
        (B.Office("minister", D(2022, 1, 10), None, portfolio="Financiën"), "minister van Financiën"),
        (
            B.Office("minister", D(2022, 1, 10), None, portfolio="Klimaat en Energie"),
            "minister voor Klimaat en Energie",
        ),
        (
            B.Office("minister", D(2022, 1, 10), None, portfolio="Volkshuisvesting en Ruimtelijke Ordening"),
            "minister voor Volkshuisvesting en Ruimtelijke Ordening",
        ),
        (
            B.Office("minister", D(2024, 7, 2), None, portfolio="Volkshuisvesting en Ruimtelijke Ordening"),
            "minister van Volkshuisvesting en Ruimtelijke Ordening",
        ),
        (
            B.Office("staatssecretaris", D(2022, 1, 10), None, ministry="Financiën", portfolio="Toeslagen en Douane"),
            "staatssecretaris van Financiën (Toeslagen en Douane)",
        ),
        (B.Office("partijleider", D(2020, 1, 1), None, party="CU"), "partijleider (ChristenUnie)"),
        (B.Office("minister-president", D(2010, 10, 14), None), "minister-president"),
    ],
)
def test_office_title(office: Any, expected: str) -> None:
    sup = B.Supplement.load()
    ministries = [(r["name"], int(r["from_year"]), int(r["to_year"]) if r["to_year"] else 9999) for r in sup.ministries]
    posts = {r["portfolio"]: r["ministry"] for r in sup.minister_posts}
    party_names = {r["id"]: r["name"] for r in sup.parties}
    assert B.office_title(office, ministries, posts, party_names) == expected


def test_supplement_rows_name_their_source() -> None:
    sup = B.Supplement.load()
    for table in (sup.parties, sup.aliases, sup.merges, sup.fixes, sup.offices, sup.office_ends, sup.portfolios):
        for row in table:
            assert row.get("source"), row
    for table in (sup.offices, sup.office_ends, sup.portfolios, sup.tk_overrides, sup.memberships):
        for row in table:
            assert row["certainty"] in ("certain", "probable", "uncertain"), row


# ----------------------------------------------------------------------------- on the raw data

raw = pytest.mark.skipif(not B.RAW.exists(), reason="../shared/politicians/raw is not available")


@pytest.fixture(scope="module")
def built() -> Any:
    if not B.RAW.exists():
        pytest.skip("../shared/politicians/raw is not available")
    b = B.Builder(B.Supplement.load())
    b.build()
    return b


def person(b: Any, name: str) -> Any:
    return b.find_person(name)


@raw
def test_every_source_fix_is_applied(built: Any) -> None:
    assert built.fixes.unused() == []


@raw
def test_parlamint_fixes(built: Any) -> None:
    assert person(built, "Jetta Klijnsma").gender == "F"
    assert person(built, "Caspar van den Berg").forename == "Caspar"
    assert person(built, "Jonathan Soeharno").forename == "Jonathan"
    assert person(built, "Maarten van Ooijen").surname == "van Ooijen"
    ginneken = [p for p in built.persons.values() if B.key(p.surname) == "van ginneken"]
    assert len(ginneken) == 1 and sorted(ginneken[0].parlamint_ids) == ["LisaVanGinneken", "LisavanGinneken"]
    bijleveld = person(built, "Ank Bijleveld-Schouten")
    assert sorted(bijleveld.parlamint_ids) == ["AnkBijleveld", "AnkBijleveld-Schouten"]
    assert not any(p.forename == "Mevrouw" for p in built.persons.values())
    assert person(built, "Sybrand van Haersma Buma").name == "Sybrand van Haersma Buma"


@raw
def test_garbled_tk_names_are_fixed(built: Any) -> None:
    names = {p.name for p in built.persons.values()}
    assert not any(n.endswith((" van", " Dijk van")) or n.startswith(("Dijck ", "Dijk ")) for n in names)
    jimmy = person(built, "Jimmy Dijk")
    assert next(o.start for o in jimmy.offices if o.role == "Tweede Kamerlid") == D(2023, 4, 20)
    jasper = person(built, "Jasper van Dijk")
    assert sum(o.role == "Tweede Kamerlid" for o in jasper.offices) >= 3
    tony = person(built, "Tony van Dijck")
    assert "Teun van Dijck" in tony.aliases
    spells = [(o.start, o.end) for o in tony.offices if o.role == "Tweede Kamerlid"]
    assert (D(2021, 3, 31), D(2023, 12, 5)) in spells


@raw
def test_thieme_start_date_gets_its_year(built: Any) -> None:
    thieme = person(built, "Marianne Thieme")
    assert (D(2019, 1, 31), D(2019, 10, 8)) in [(o.start, o.end) for o in thieme.offices if o.role == "Tweede Kamerlid"]


@raw
def test_staf_row_is_repaired(built: Any) -> None:
    staf = person(built, "Kees Staf")
    assert any(
        o.role == "minister"
        and o.portfolio == "Oorlog"
        and o.cabinet == "Drees III"
        and o.start == D(1952, 9, 2)
        and o.end == D(1956, 10, 12)
        and o.party == "CHU"
        for o in staf.offices
    )


@raw
def test_gl_pvda_spells_in_the_built_kb(built: Any) -> None:
    klaver = person(built, "Jesse Klaver")
    assert [o.start for o in klaver.offices if o.party == "GL-PvdA" and o.role == "Tweede Kamerlid"] == [
        D(2023, 12, 6),
        D(2025, 11, 12),
    ]
    bouchallikht = person(built, "Kauthar Bouchallikht")
    assert not any(o.party == "GL-PvdA" for o in bouchallikht.offices)


@raw
def test_no_overlapping_group_spells_remain(built: Any) -> None:
    for p in built.persons.values():
        spells = [o for o in p.offices if o.role == "Tweede Kamerlid"]
        for i, a in enumerate(spells):
            for b in spells[i + 1 :]:
                assert a.party == b.party or not a.overlaps(b), (p.name, a, b)


@raw
def test_two_teun_struyckens(built: Any) -> None:
    pair = [p for p in built.persons.values() if p.name == "Teun Struycken"]
    assert sorted(p.id for p in pair) == ["teun-struycken", "teun-struycken-1906"]
    modern = next(p for p in pair if p.id == "teun-struycken")
    assert [o.start for o in modern.offices] == [D(2024, 7, 2)]


@raw
def test_grapperhaus_record_is_the_modern_minister(built: Any) -> None:
    ferdinand = person(built, "Ferdinand Grapperhaus")
    assert ferdinand.parlamint_ids == ["FerdGrapperhaus"]
    assert {o.cabinet for o in ferdinand.offices} == {"Rutte III"}
    assert {o.cabinet for o in person(built, "Ferd Grapperhaus").offices} == {"De Jong"}


@raw
def test_coverage_of_cabinets_and_kamer(built: Any) -> None:
    c = B.coverage(built)
    for name, v in c["cabinets"].items():
        assert v["members"] > 15, name
        assert v["with_party_and_dates"] / v["members"] >= 0.95, name
    assert c["tk_2010_2025"]["with_party_and_dates"] / c["tk_2010_2025"]["members"] >= 0.95
    assert c["parlamint_government_roles"]["matched"] / c["parlamint_government_roles"]["total"] >= 0.95
    assert c["gender_share"] >= 0.95


@raw
def test_shipped_file_is_up_to_date(built: Any) -> None:
    with gzip.open(B.OUTPUT) as handle:
        shipped = json.loads(handle.read().decode("utf-8"))
    fresh = json.loads(json.dumps(B.serialise(built), ensure_ascii=False))
    assert shipped == fresh, "run: python scripts/build_kb.py"
