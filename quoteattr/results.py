"""Result objects: what quoteattr returns.

Every span carries exact character offsets into the analysed text:
``text[start:end] == span.text`` holds for every quote, cue and mention.
All classes are frozen attrs classes, so results can be hashed, compared and
shared between threads safely.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

if TYPE_CHECKING:  # pragma: no cover
    import stanza

QuoteKind = Literal["direct", "partial", "scare", "indirect"]
EntityKind = Literal["person", "organisation", "anonymous", "group"]
MentionKind = Literal["name", "pronoun", "role", "source", "possessive"]

QUOTE_KINDS: tuple[str, ...] = ("direct", "partial", "scare", "indirect")
ENTITY_KINDS: tuple[str, ...] = ("person", "organisation", "anonymous", "group")


@attrs.frozen
class Cue:
    """The word or marker that licenses an attribution.

    ``kind`` is ``verb`` (a verb of saying, ``lemma`` gives it, particles
    included: ``weten`` of ``laten weten`` is ``laten weten``), ``aldus``,
    ``volgens``, ``naar eigen zeggen``, ``marker`` (a phrase pointing back
    at the quote: ``Met die woorden``), ``colon`` (a bare colon
    introduction) or ``continuation`` (no cue in the text: the quote
    continues the previous speaker, and the span is empty at the quote).
    """

    start: int
    end: int
    text: str
    lemma: str
    kind: str = "verb"

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.frozen
class Mention:
    """One place where the text refers to an entity."""

    start: int
    end: int
    text: str
    kind: str = "name"

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.frozen
class Entity:
    """A person, organisation, anonymous source or group the text refers to.

    ``name`` is the fullest name the document gives (``Sigrid Kaag`` only if
    the text names her so); for sources without a name it is the source
    phrase (``een coalitiebron``).  ``role`` and ``party`` are what the text
    says; ``kb_*`` fields are filled when the entity is linked to the
    knowledge base at the document's date.
    """

    id: str
    name: str
    kind: str = "person"
    mentions: tuple[Mention, ...] = ()
    role: str | None = None
    party: str | None = None
    gender: str | None = None
    kb_id: str | None = None
    kb_name: str | None = None
    kb_party: str | None = None
    kb_offices: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "party": self.party,
            "gender": self.gender,
            "kb_id": self.kb_id,
            "kb_name": self.kb_name,
            "kb_party": self.kb_party,
            "kb_offices": list(self.kb_offices),
            "mentions": [m.to_dict() for m in self.mentions],
        }


#: The entity a quote is attributed to.
Speaker = Entity


@attrs.frozen
class Quote:
    """A quotation and who said it.

    For quotes in quotation marks, ``start``/``end`` cover the content inside
    the marks (as :func:`quoteattr.find_quotes` gives it) and
    ``open_start``/``close_end`` include the marks; for indirect quotes they
    cover the reported content and equal ``start``/``end``.
    ``speaker`` is None when the text does not say who spoke (and always for
    ``scare`` quotes).  ``speaker_mention`` is the mention that licensed the
    attribution (the ``ze`` of ``zegt ze``), when there is one.
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: Entity | None = None
    cue: Cue | None = None
    confidence: float = 0.0
    rule: str = "none"
    open_start: int = attrs.field(default=-1)
    close_end: int = attrs.field(default=-1)
    speaker_mention: Mention | None = None

    def __attrs_post_init__(self) -> None:
        if self.open_start < 0:
            object.__setattr__(self, "open_start", self.start)
        if self.close_end < 0:
            object.__setattr__(self, "close_end", self.end)

    @property
    def speaker_name(self) -> str | None:
        return self.speaker.name if self.speaker is not None else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "open_start": self.open_start,
            "close_end": self.close_end,
            "speaker": self.speaker.id if self.speaker is not None else None,
            "speaker_name": self.speaker_name,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "confidence": round(self.confidence, 4),
            "rule": self.rule,
        }


@attrs.frozen
class AttributedDocument:
    """A text with its quotes, the entities they are attributed to, and its parse."""

    text: str
    quotes: tuple[Quote, ...]
    entities: tuple[Entity, ...] = ()
    date: dt.date | None = None
    id: str | None = None
    parse: stanza.Document | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def sentences(self) -> Sequence[Any]:
        """The stanza sentences of the parse (empty when none was kept)."""
        return self.parse.sentences if self.parse is not None else []

    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: text, date, quotes and entities (speakers by ``id``)."""
        return {
            "id": self.id,
            "date": self.date.isoformat() if self.date else None,
            "text": self.text,
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [e.to_dict() for e in self.entities],
        }

    def to_json(self, **kwargs: Any) -> str:
        """The document as JSON (see :meth:`to_dict`); keyword arguments go to ``json.dumps``."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    def _repr_html_(self) -> str:
        """The HTML view in notebooks (see ``quoteattr.render``)."""
        from quoteattr.html import render

        return render(self, standalone=False)
