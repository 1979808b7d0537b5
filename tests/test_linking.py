"""Linking entities to the knowledge base at the article's date."""

from __future__ import annotations

import datetime as dt

from quoteattr.entities import EntityRecord
from quoteattr.kb import KnowledgeBase
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
