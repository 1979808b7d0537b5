"""Name normalisation for the politicians knowledge base.

Dutch surnames carry *tussenvoegsels* (``van der Burg``), which are written
with a capital when no first name or initial precedes them (``Van der Burg``)
and in lower case after one (``Eric van der Burg``).  Married names are
double-barrelled (``Yeşilgöz-Zegerius``) and often shortened to the first part
(``Yeşilgöz``); news text drops accents (``Yesilgoz``), uses initials
(``D. Yeşilgöz``) and possessives (``Hoekstra's``, ``Hoekstra’s``,
``Jettens``).  This module turns all of those into the same lookup keys.

The same functions are used by ``scripts/build_kb.py`` (to write keys into the
shipped file) and by :mod:`quoteattr.kb` (to look names up), so the two
cannot drift apart.
"""

from __future__ import annotations

import re
import unicodedata

import attrs

#: Particles that may stand between first name and surname core.  Lower case;
#: ``'t`` is the contracted ``het`` (``Van 't Wout``).
TUSSENVOEGSELS: frozenset[str] = frozenset(
    {
        "van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "onder",
        "uit", "aan", "bij", "tot", "voor", "over", "d'", "la", "le", "du", "des", "von",
        "zu", "el", "al", "da", "di", "dos", "das", "del", "'s",
    }
)  # fmt: skip

#: Forms of address and academic titles that may precede a name.
TITLES: frozenset[str] = frozenset(
    {
        "mr", "mr.", "dr", "dr.", "drs", "drs.", "ir", "ir.", "ing", "ing.", "prof", "prof.",
        "mevrouw", "mevr", "mevr.", "mw", "mw.", "meneer", "dhr", "dhr.", "heer",
    }
)  # fmt: skip
#: The titles abbreviated with a stop (``prof.``, ``drs.``), without it: the stop ends no sentence.
TITLE_ABBREVIATIONS: frozenset[str] = frozenset(title[:-1] for title in TITLES if title.endswith("."))


def is_title_abbreviation(form: str) -> bool:
    """``form`` is an abbreviated title with its stop (``prof.``, ``Drs.``)."""
    return form.endswith(".") and form[:-1].lower() in TITLE_ABBREVIATIONS


#: A word that ends in a capitalised surname particle after a hyphen (``kabinet-Van``, ``commissie-De``),
#: which the tokenizer splits from the rest of the name (``kabinet-Van Agt``).
_HYPHEN_PARTICLE = re.compile(r"[^\W\d_][\w-]*-(?:Van|Von|Den|De|Der|Ter|Ten|Le|La)")


def is_hyphenated_particle(form: str) -> bool:
    """``form`` is a word ending in ``-Van``, ``-De``, … whose name follows it (``kabinet-Van``, ``kabinet-Den``)."""
    return bool(_HYPHEN_PARTICLE.fullmatch(form)) and form[:1].islower()

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "′": "'"})
_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-"})
# Letters that NFKD does not decompose into a base letter plus accent.
_SPECIAL = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i"})
_INITIALS_RE = re.compile(r"^(?:[a-z]\.)+$|^[a-z]$|^(?:[a-z]\.?-)+[a-z]\.?$")


def fold(text: str) -> str:
    """Lower-case, accent-free form of ``text`` with uniform apostrophes and dashes.

    ``fold("Yeşilgöz-Zegerius") == "yesilgoz-zegerius"``; whitespace is collapsed.
    """
    text = text.translate(_APOSTROPHES).translate(_DASHES).translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def tokens(text: str) -> list[str]:
    """Folded name tokens; hyphens separate tokens like spaces do."""
    return fold(text).replace("-", " ").split()


def key(text: str) -> str:
    """The lookup key of a surname or name: folded tokens joined by one space."""
    return " ".join(tokens(text))


def strip_possessive(name: str) -> str:
    """Remove a possessive ending written with an apostrophe.

    ``Hoekstra's`` and ``Hoekstra’s`` become ``Hoekstra``; ``Wilders'`` becomes
    ``Wilders``.  The apostrophe-less genitive (``Jettens``) cannot be told
    from a name here; :func:`query_keys` tries it as a fallback.
    """
    text = name.rstrip().translate(_APOSTROPHES)
    for ending in ("'s", "'"):
        if text.endswith(ending) and len(text) > len(ending) + 1:
            return name.rstrip()[: len(text) - len(ending)]
    return name.rstrip()


def split_surname(surname: str) -> tuple[str, str]:
    """Split a surname into its leading particles and the rest.

    ``split_surname("van der Burg") == ("van der", "Burg")``;
    ``split_surname("Yeşilgöz-Zegerius") == ("", "Yeşilgöz-Zegerius")``.
    """
    words = surname.split()
    i = 0
    while i < len(words) - 1 and fold(words[i]) in TUSSENVOEGSELS:
        i += 1
    return " ".join(words[:i]), " ".join(words[i:])


def surname_keys(surname: str) -> list[tuple[str, float]]:
    """Lookup keys for a surname, each with a strength between 0 and 1.

    * the whole surname (``van der burg``, ``yesilgoz zegerius``): 1.0
    * the first part of a double-barrelled name (``yesilgoz``,
      ``van veldhoven`` of ``van Veldhoven-van der Meer``): 0.9
    * the core without particles (``burg``): 0.4, a weak fallback
    """
    result: list[tuple[str, float]] = []
    whole = key(surname)
    if whole:
        result.append((whole, 1.0))
    first = surname.translate(_DASHES).split("-")[0].strip()
    if first and key(first) != whole:
        result.append((key(first), 0.9))
    particles, core = split_surname(first or surname)
    if particles and core:
        result.append((key(core), 0.4))
    seen: set[str] = set()
    unique = []
    for k, s in result:
        if k and k not in seen:
            seen.add(k)
            unique.append((k, s))
    return unique


def is_initials(token: str) -> bool:
    """True for initials such as ``D.``, ``E.J.``, ``J.-P.`` or a lone letter."""
    return bool(_INITIALS_RE.match(fold(token)))


@attrs.frozen
class NameQuery:
    """A person name taken apart for lookup.

    ``tokens`` are the folded name tokens (titles and leading role words
    removed).  ``keys`` are the candidate surname keys, longest first, as
    ``(start, key, strength)``: the key is ``tokens[start:]`` joined by spaces
    (or a variant of it) and strength is 1.0 for the name as written, lower
    for fallbacks such as dropping an apostrophe-less genitive ``s``.
    """

    text: str
    tokens: tuple[str, ...]
    keys: tuple[tuple[int, str, float], ...]

    def prefix(self, start: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """First names and initials before ``tokens[start]``, as ``(forenames, initials)``."""
        before = self.tokens[:start]
        forenames = tuple(t for t in before if not is_initials(t) and t not in TUSSENVOEGSELS)
        initials = tuple(c for t in before if is_initials(t) for c in t if c.isalpha())
        return forenames, initials


def parse_name(name: str) -> NameQuery:
    """Take a person name as written in news text apart for lookup.

    Titles (``mr.``, ``mevrouw``) and lower-case words before the first
    capitalised word are ignored, so ``minister Hoekstra`` works too.  Every
    suffix of the remaining tokens is a candidate surname key (longest first);
    :class:`quoteattr.kb.KnowledgeBase` uses the longest one it knows and
    treats the tokens before it as first names or initials.
    """
    words = strip_possessive(name.translate(_APOSTROPHES)).split()
    title_words = {t.rstrip(".") for t in TITLES}
    while len(words) > 1 and (
        fold(words[0]).rstrip(".") in title_words
        or (words[0][:1].islower() and fold(words[0]) not in TUSSENVOEGSELS and not is_initials(words[0]))
    ):
        words = words[1:]
    toks = tuple(tokens(" ".join(words)))
    keys: list[tuple[int, str, float]] = [(i, " ".join(toks[i:]), 1.0) for i in range(len(toks))]
    if toks and len(toks[-1]) > 3 and toks[-1].endswith("s"):
        # Apostrophe-less genitive: "Jettens", "Omtzigts".
        base = (*toks[:-1], toks[-1][:-1])
        keys.extend((i, " ".join(base[i:]), 0.8) for i in range(len(base)))
    return NameQuery(text=name, tokens=toks, keys=tuple(keys))


def forename_matches(given: tuple[str, ...], initials: tuple[str, ...], forenames: tuple[str, ...]) -> bool:
    """Whether first names and initials from a query fit a person's first names.

    ``given`` and ``forenames`` are folded tokens (``("jan", "kees")``);
    every given token must equal the person's token at the same position
    (nicknames are handled by aliases, not here), and the first initial must
    be the first letter of the person's first name.
    """
    if not forenames:
        return not given
    if given:
        if len(given) > len(forenames):
            return False
        if any(g != f for g, f in zip(given, forenames, strict=False)):
            return False
    return not initials or initials[0] == forenames[0][:1]


def slug(text: str) -> str:
    """An ASCII identifier for a name: ``Dilan Yeşilgöz-Zegerius`` -> ``dilan-yesilgoz-zegerius``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
