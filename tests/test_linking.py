"""Linking entities to the knowledge base at the article's date."""

from __future__ import annotations

import datetime as dt

import pytest

from quoteattr.entities import EntityRecord
from quoteattr.kb import KnowledgeBase
from quoteattr.lexicon import load as load_lexicon
from quoteattr.linking import link_entity

KB = KnowledgeBase.default()


def test_a_linked_person_gets_party_gender_and_the_offices_held_at_the_date():
    e = EntityRecord(0, "person", "Dilan Yeşilgöz")
    link_entity(e, KB, dt.date(2024, 1, 15))
    assert e.kb_id is not None and e.party == "VVD" and e.gender == "f"
    assert {"minister", "partijleider", "kamerlid"} <= set(e.kb_roles)


def test_offices_outside_the_date_are_not_held():
    e = EntityRecord(0, "person", "Dilan Yeşilgöz")
    link_entity(e, KB, dt.date(2022, 6, 1))
    assert "minister" in e.kb_roles and "partijleider" not in e.kb_roles


def test_an_unknown_name_stays_unlinked():
    e = EntityRecord(0, "person", "Joost Kortenhoeven")
    link_entity(e, KB, dt.date(2001, 5, 1))
    assert (e.kb_id, e.kb_roles) == (None, ())


@pytest.mark.parametrize(("office", "party", "linked"), [
    (None, None, True),  # the name alone singles out one politician
    ("trainer", None, False),  # a football trainer of the same name is a namesake
    ("bestuurder", None, False),  # FNV-bestuurder
    ("hoogleraar", None, False),
    ("bestuurder", "NSC", True),  # a party in the text makes it politics again
    ("woordvoerder", None, True),  # a spokesperson may well be the politician's own role
])
def test_a_job_outside_politics_keeps_a_namesake_politician_out(office, party, linked):
    e = EntityRecord(0, "person", "Pieter Omtzigt", office=office, party=party)
    link_entity(e, KB, dt.date(2024, 3, 1))
    assert (e.kb_id is not None) is linked


def test_every_nonpolitical_office_is_an_office_of_the_role_nouns():
    lex = load_lexicon()
    offices = {office for office, _gender in lex.roles.values()}
    assert lex.nonpolitical_offices <= offices


@pytest.mark.parametrize(("role", "office", "linked"), [
    ("oud-premier", "minister-president", True),  # premier until July 2024: held before the date
    ("voormalig premier", "minister-president", True),
    ("premier", "minister-president", False),  # not the premier at the date
])
def test_a_former_office_is_looked_for_before_the_date(role, office, linked):
    e = EntityRecord(0, "person", "Mark Rutte", role=role, office=office)
    link_entity(e, KB, dt.date(2025, 1, 15))
    assert (e.kb_id == "mark-rutte") is linked


@pytest.mark.parametrize(("role", "linked"), [
    ("NAVO-chef", True),  # the head of NATO holds a political job
    ("VN-topman", True),
    ("Shell-topman", False),  # a company's chief of the same name is a namesake
])
def test_the_head_of_an_international_political_body_is_linked(role, linked):
    e = EntityRecord(0, "person", "Mark Rutte", role=role, office="topman")
    link_entity(e, KB, dt.date(2025, 1, 15))
    assert (e.kb_id == "mark-rutte") is linked


@pytest.mark.parametrize(("role", "office", "linked"), [
    ("FNV-voorzitter", "voorzitter", False),  # the chair of a union of the same name
    ("NSC-leider", "partijleider", True),  # a party before the hyphen: politics
    ("partijvoorzitter", "partijvoorzitter", True),
])
def test_a_role_at_an_organisation_named_before_the_hyphen_is_no_political_office(role, office, linked):
    e = EntityRecord(0, "person", "Pieter Omtzigt", role=role, office=office)
    link_entity(e, KB, dt.date(2024, 3, 1))
    assert (e.kb_id is not None) is linked


def test_a_former_office_alone_names_nobody_in_the_knowledge_base():
    from quoteattr.mentions import RawMention

    # "zei de oud-premier" with no name for it: one of many former premiers, and not today's premier
    e = EntityRecord(0, "person", "de oud-premier", role="oud-premier", office="minister-president",
                     mentions=[RawMention(0, 14, "de oud-premier", "role", 1, 0, role="oud-premier",
                                          office="minister-president")])
    link_entity(e, KB, dt.date(2025, 6, 26))
    assert e.kb_id is None
