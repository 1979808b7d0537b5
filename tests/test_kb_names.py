"""Tests for quoteattr.kb_names: Dutch person names taken apart for lookup."""

from __future__ import annotations

import pytest

from quoteattr.kb_names import (
    fold,
    forename_matches,
    is_hyphenated_particle,
    is_initials,
    key,
    parse_name,
    slug,
    split_surname,
    strip_possessive,
    surname_keys,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yeşilgöz-Zegerius", "yesilgoz-zegerius"),
        ("Gündoğan", "gundogan"),
        ("Öztürk", "ozturk"),
        ("Van  der   Burg", "van der burg"),
        ("Van ’t Wout", "van 't wout"),
        ("Gräper–van Koolwijk", "graper-van koolwijk"),  # en dash
        ("Søren", "soren"),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yeşilgöz-Zegerius", "yesilgoz zegerius"),
        ("van der Burg", "van der burg"),
        ("Van der Burg", "van der burg"),
    ],
)
def test_key_treats_hyphens_as_spaces(text: str, expected: str) -> None:
    assert key(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hoekstra's", "Hoekstra"),
        ("Hoekstra’s", "Hoekstra"),
        ("Wilders'", "Wilders"),
        ("Wilders’", "Wilders"),
        ("Rutte", "Rutte"),
        ("'s", "'s"),  # too short to be a possessive
    ],
)
def test_strip_possessive(text: str, expected: str) -> None:
    assert strip_possessive(text) == expected


@pytest.mark.parametrize(
    ("surname", "expected"),
    [
        ("van der Burg", ("van der", "Burg")),
        ("de Jonge", ("de", "Jonge")),
        ("van 't Wout", ("van 't", "Wout")),
        ("Yeşilgöz-Zegerius", ("", "Yeşilgöz-Zegerius")),
        ("Bruins Slot", ("", "Bruins Slot")),
        ("Van", ("", "Van")),  # a particle alone is the surname
    ],
)
def test_split_surname(surname: str, expected: tuple[str, str]) -> None:
    assert split_surname(surname) == expected


@pytest.mark.parametrize(
    ("surname", "expected"),
    [
        ("van der Burg", [("van der burg", 1.0), ("burg", 0.4)]),
        ("Yeşilgöz-Zegerius", [("yesilgoz zegerius", 1.0), ("yesilgoz", 0.9)]),
        (
            "van Veldhoven-van der Meer",
            [("van veldhoven van der meer", 1.0), ("van veldhoven", 0.9), ("veldhoven", 0.4)],
        ),
        ("Gräper-van Koolwijk", [("graper van koolwijk", 1.0), ("graper", 0.9)]),
        ("Omtzigt", [("omtzigt", 1.0)]),
    ],
)
def test_surname_keys(surname: str, expected: list[tuple[str, float]]) -> None:
    assert surname_keys(surname) == expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [("D.", True), ("E.J.", True), ("J.-P.", True), ("d", True), ("de", False), ("Dilan", False)],
)
def test_is_initials(token: str, expected: bool) -> None:
    assert is_initials(token) is expected


@pytest.mark.parametrize(
    ("name", "tokens", "surname_start", "forenames", "initials"),
    [
        ("Eric van der Burg", ("eric", "van", "der", "burg"), 1, ("eric",), ()),
        ("Van der Burg", ("van", "der", "burg"), 0, (), ()),
        ("D. Yeşilgöz", ("d.", "yesilgoz"), 1, (), ("d",)),
        ("mr. E.J. van der Burg", ("e.j.", "van", "der", "burg"), 1, (), ("e", "j")),
        ("Jan Kees de Jager", ("jan", "kees", "de", "jager"), 2, ("jan", "kees"), ()),
        ("minister Hoekstra’s", ("hoekstra",), 0, (), ()),
        ("mevrouw Schouten", ("schouten",), 0, (), ()),
    ],
)
def test_parse_name(
    name: str, tokens: tuple[str, ...], surname_start: int, forenames: tuple[str, ...], initials: tuple[str, ...]
) -> None:
    q = parse_name(name)
    assert q.tokens == tokens
    assert q.prefix(surname_start) == (forenames, initials)
    assert (surname_start, " ".join(tokens[surname_start:]), 1.0) in q.keys


def test_parse_name_keys_longest_first_and_genitive_fallback() -> None:
    q = parse_name("Jettens")
    assert q.keys == ((0, "jettens", 1.0), (0, "jetten", 0.8))
    q = parse_name("Eric van der Burg")
    assert [k for _i, k, _s in q.keys] == ["eric van der burg", "van der burg", "der burg", "burg"]


@pytest.mark.parametrize(
    ("given", "initials", "forenames", "expected"),
    [
        (("mark",), (), ("mark",), True),
        (("arno",), (), ("mark",), False),
        ((), ("m",), ("mark",), True),
        ((), ("a",), ("mark",), False),
        (("jan", "kees"), (), ("jan", "kees"), True),
        (("jan",), (), ("jan", "kees"), True),
        (("jan", "kees", "piet"), (), ("jan", "kees"), False),
        ((), (), (), True),
        (("dilan",), (), (), False),
    ],
)
def test_forename_matches(
    given: tuple[str, ...], initials: tuple[str, ...], forenames: tuple[str, ...], expected: bool
) -> None:
    assert forename_matches(given, initials, forenames) is expected


def test_slug() -> None:
    assert slug("Dilan Yeşilgöz-Zegerius") == "dilan-yesilgoz-zegerius"
    assert slug("Bas van 't Wout") == "bas-van-t-wout"


@pytest.mark.parametrize(("form", "expected"), [
    ("kabinet-Van", True),  # kabinet-Van Agt
    ("kabinet-Den", True),  # kabinet-Den Uyl
    ("commissie-De", True),  # commissie-De Wit
    ("Kabinet-Van", False),  # a capital in front: a name of its own
    ("kabinet-van", False),  # the particle in lower case
    ("oud-minister", False),
    ("D66-De", False),
])
def test_is_hyphenated_particle(form, expected):
    assert is_hyphenated_particle(form) is expected
