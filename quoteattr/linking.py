"""Linking entities to the knowledge base at the document's date."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from quoteattr.lexicon import FORMER_ROLE, Lexicon, role_prefix
from quoteattr.lexicon import load as load_lexicon

if TYPE_CHECKING:  # pragma: no cover
    from quoteattr.entities import EntityRecord
    from quoteattr.kb import KnowledgeBase


#: Knowledge-base roles -> the office keys of quoteattr/data/role_nouns.tsv, so that a role noun
#: (``het Kamerlid``, ``de VVD-leider``) can take up a person the text named without that role.
KB_TO_OFFICE = {
    "Tweede Kamerlid": "kamerlid",
    "Eerste Kamerlid": "senator",
    "Kamervoorzitter": "voorzitter",
    "voorzitter Eerste Kamer": "voorzitter",
}


def link_entity(e: EntityRecord, kb: KnowledgeBase, date: dt.date | None) -> None:
    """Fill ``e.kb_*`` when the name, date and the text's role or party single out one politician.

    A person the text gives a job outside politics (``trainer``, ``FNV-bestuurder``)
    and no party is not linked: the politician would be a namesake; a job at the
    head of an international political body (``NAVO-chef``) is no such job.  A
    former office (``oud-premier``) asks the knowledge base for someone who held
    it before the date.  An entity the text gave neither a name nor an office
    (``de Deen``, a Dane) is not linked."""
    if e.kb_id is not None:
        return
    lex = load_lexicon()
    if e.office in lex.nonpolitical_offices and e.party is None and not lex.heads_political_body(e.role):
        return
    if e.party is None and e.role and _organisation_job(e.role, lex, kb):
        return  # "FNV-voorzitter Tuur Elzinga": the chair of a union, whatever office he once held
    unnamed = bool(e.mentions) and not any(m.kind in ("name", "possessive") for m in e.mentions)
    if e.office is None and unnamed:
        return  # "De Deen baalde": a noun the text never wrote as a name is no politician's surname
    role = e.office
    if role is not None and e.role is not None and FORMER_ROLE.search(e.role):
        if unnamed:
            return  # "de oud-premier" alone: one of many who held the office
        role = "oud-" + role
    pol = kb.resolve(e.name, date=date, party=e.party, role=role)
    if pol is None and role is not None and e.first:
        # a full name with a political role the knowledge base dates otherwise (a minister the day after the
        # resignation, an office it does not list): the name alone, when it singles out one politician
        pol = kb.resolve(e.name, date=date, party=e.party)
    if pol is None:
        return
    e.kb_id = pol.id
    e.kb_name = pol.name
    e.kb_party = pol.party
    e.kb_offices = tuple(str(o) for o in pol.offices)
    e.kb_roles = tuple(sorted({KB_TO_OFFICE.get(o.role, o.role) for o in pol.offices
                               if date is None or o.active(date)}))
    if e.gender == "-" and pol.gender:
        e.gender = {"M": "m", "F": "f", "male": "m", "female": "f"}.get(pol.gender, pol.gender)
    if e.party is None and pol.party:
        e.party = pol.party


def _organisation_job(role: str, lex: Lexicon, kb: KnowledgeBase) -> bool:
    """``FNV-voorzitter``, ``KNVB-directeur``: a role at an organisation written before the hyphen that is neither
    a party (``CDA-voorzitter``) nor an international political body (``NAVO-chef``)."""
    prefix = role_prefix(role)
    return prefix[:1].isupper() and kb.normalize_party(prefix) is None and not lex.heads_political_body(role)
