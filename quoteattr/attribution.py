"""Attribution: link every quote to who said it.

``attribute(text)`` finds the quotes (:func:`quoteattr.find_quotes`), parses
the text (:mod:`quoteattr.nlp`), finds mentions and entities
(:mod:`quoteattr.mentions`, :mod:`quoteattr.entities`), decides each quote's
kind and speaker with the rules below, adds indirect quotes
(:mod:`quoteattr.indirect`) and links speakers to the knowledge base.

Rules for quotes in quotation marks, tried in this order (``Quote.rule``):

``cue-after``        „…”, zegt ze / „…”, aldus X / „…”, vond hij
``cue-between``      „A”, zegt X, „B”: B gets the speaker of A's cue
``colon``            X zegt: „…” / X is kritisch: „…” / Omtzigt (NSC): „…”
``parse``            the quote hangs from a cue verb in the parse
``points-back``      „…” Dat zegt X. / „…” Met die woorden verliet X …
``volgens``          … volgens haar ’…’
``subject``          a partial quote in a sentence whose subject is a person
``reportative``      Er zou ’…’: a partial quote without a named source
``paragraph``        a quote reopened in the next paragraph (``continues``)
``continuation``     a quote-only sentence: the person just described or
                     the previous speaker
``next-subject``     a quote opening a paragraph, the person named as subject
                     of the sentence after it: „…” Anna Smit stond …
``salient``          a quote-only sentence with nobody before it: the
                     document's most mentioned person (low confidence)
``repeated``         a line (a headline) that the text quotes again later
                     with its speaker: that speaker
``in-indirect``      a quoted fragment inside indirect speech: its speaker
                     (``Volgens haar is er „ruimte voor maatwerk”``)
``scare``            a term, title or ironic word: no speaker
``nested``           a quote inside another quote: no speaker
``none``             a quote whose speaker the text does not give
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from quoteattr import lexicon
from quoteattr.delimiters import QuoteSpan, find_quotes
from quoteattr.entities import VARIED_OFFICES, EntityRecord, EntityTable
from quoteattr.lexicon import FORMER_ROLE, NATIONALITY
from quoteattr.mentions import (
    AGE_OFFICE,
    QUANTITY_NOUNS,
    TUSSENVOEGSELS,
    RawMention,
    age_of,
    chamber_ordinal,
    describe,
    find_names,
    in_dateline,
    residents,
    written_out_party_role,
)
from quoteattr.parsed import Parse, Word, from_conllu, from_stanza
from quoteattr.results import AttributedDocument, Cue, Mention, Quote

if TYPE_CHECKING:  # pragma: no cover
    import stanza

    from quoteattr.kb import KnowledgeBase

#: Confidence of each rule: its precision on development data, rounded.
CONFIDENCE = {
    "cue-after": 0.95, "cue-between": 0.9, "colon": 0.9, "parse": 0.85, "points-back": 0.85,
    "volgens": 0.85, "subject": 0.7, "reportative": 0.6, "paragraph": 0.9, "continuation": 0.8,
    "next-subject": 0.6, "salient": 0.4, "repeated": 0.8, "in-indirect": 0.75, "scare": 0.7, "nested": 0.6,
    "none": 0.5,
    "indirect-dat": 0.75, "indirect-volgens": 0.8, "indirect-aldus": 0.8, "indirect-inverted": 0.7,
    "indirect-points-back": 0.7, "indirect-eigen-zeggen": 0.7,
}
#: Verbs whose quoted complement is a name, not anyone's words ("heette de coalitie al snel ’het ruziekabinet’").
_NAMING_VERBS = frozenset({"heten", "dopen"})
#: Offices held for a party: someone named by one right after a sentence about a party is of that party.
_PARTY_OFFICES = frozenset({"fractievoorzitter", "fractieleider", "raadslid", "kamerlid", "statenlid", "lijsttrekker"})
#: Knowledge-base roles held by many at once: a role noun for one of them names nobody in particular.
_MEMBERSHIPS = frozenset({"Tweede Kamerlid", "Eerste Kamerlid"})
_SENT_END = re.compile(r"[.!?…]['\"’”»]?$")
#: Prepositions that name who speaks after an impersonal cue (``klinkt het bij de bond``).
_HET_SOURCE_CASES = frozenset({"bij", "op", "uit", "vanuit", "binnen", "in"})
#: Elided articles that leave the capital to the next word at the start of a sentence (’s Winters, ’t Is).
_ELIDED_ARTICLES = frozenset({"’s", "'s", "’t", "'t"})
#: Verbs of receiving: their subject is given an answer or a reaction, not its author.
_RECEIVING = frozenset({"krijgen", "ontvangen"})
#: Reflexive pronouns: a cue verb with one as its object may be no speech (``zich melden``).
_REFLEXIVES = frozenset({"zich", "me", "mij", "je", "ons", "zichzelf"})
_WORDLIKE = re.compile(r"\w", re.UNICODE)
_WORDLIKE_RUN = re.compile(r"\w+", re.UNICODE)
#: Cue verbs that name what something is: a quoted word after their object is the subject's ("noemde X ’Y’").
_NAMING_CUES = frozenset({"noemen", "omschrijven", "typeren", "bestempelen", "betitelen", "kwalificeren",
                          "vinden", "achten"})  # (and judging: "vindt het optreden van Wilders „kinderachtig”")
_POSSESSIVES = frozenset({"zijn", "haar", "hun", "mijn", "jouw", "je", "uw", "onze", "ons"})
# a year in brackets right after a closing quote mark: ‘Zomer in de Stad’ (1998) is a title
_YEAR_AFTER = re.compile(r"\s*\((?:1[5-9]|20)\d\d\)")
_MONTH = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


def parse_date(date: dt.date | dt.datetime | str | None) -> dt.date | None:
    """``date``, ``"2023-07-14"``, ``"2023-07"`` or ``"2023"`` -> a date (the first day of a partial one)."""
    if date is None or (isinstance(date, dt.date) and not isinstance(date, dt.datetime)):
        return date
    if isinstance(date, dt.datetime):
        return date.date()
    if isinstance(date, str):
        match = _MONTH.match(date.strip())
        if match:
            year, month, day = match.groups()
            return dt.date(int(year), int(month or 1), int(day or 1))
    raise ValueError(f"date must be a datetime.date or an ISO string like '2023-07-14' or '2023-07', not {date!r}")


def is_conllu(text: str) -> bool:
    """True when ``text`` looks like CoNLL-U (10 tab-separated columns)."""
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            return line.count("\t") == 9 and line.split("\t", 1)[0].split("-")[0].split(".")[0].isdigit()
    return False


class Attributor:
    """Reusable attribution: models and knowledge base are loaded once.

    Args:
        pipeline: a stanza ``Pipeline``, or ``"bundled"`` (default), ``"stanza"``
            or a model directory, passed to :func:`quoteattr.load_pipeline`
            on first use.
        kb: a :class:`quoteattr.KnowledgeBase`, ``"default"`` (the shipped
            one, default), or ``None`` to skip linking speakers to it (party
            names such as ``CDA-leider`` are still read with the shipped
            knowledge base's party list).
        keep_parse: keep the stanza parse on the result (``doc.sentences``).
    """

    def __init__(self, pipeline: Any = "bundled", kb: Any = "default", *, keep_parse: bool = True) -> None:
        self._pipeline_spec = pipeline
        self._pipeline = None if isinstance(pipeline, (str, os.PathLike)) else pipeline
        self._kb_spec = kb
        self._kb: KnowledgeBase | None = None
        self.keep_parse = keep_parse
        self.lex = lexicon.load()

    @property
    def pipeline(self) -> stanza.Pipeline:
        if self._pipeline is None:
            from quoteattr.nlp import load_pipeline

            self._pipeline = load_pipeline(self._pipeline_spec)
        return self._pipeline

    @property
    def kb(self) -> KnowledgeBase | None:
        if self._kb is None and self._kb_spec is not None:
            from quoteattr.kb import KnowledgeBase

            self._kb = KnowledgeBase.default() if self._kb_spec == "default" else self._kb_spec
        return self._kb

    def _words_kb(self) -> KnowledgeBase:
        """The knowledge base for reading words (party names, first names): the default one without linking too."""
        if self.kb is not None:
            return self.kb
        from quoteattr.kb import KnowledgeBase

        return KnowledgeBase.default()

    def party_of(self, name: str) -> str | None:
        """The party a text's words name: a national one as the knowledge base writes it, a local one
        (``Leefbaar Deventer``) as the text does, or one abroad that ``foreign_parties.tsv`` lists (``N-VA``)."""
        name = name.strip()
        return self._words_kb().normalize_party(name) or self.lex.local_party(name) or self.lex.foreign_party(name)

    def is_forename(self, word: str) -> bool:
        """A first name of some politician in the knowledge base (``Wim``): a name starts there."""
        return self._words_kb().is_forename(word)

    def __call__(self, text: Any, date: dt.date | str | None = None, *, id: str | None = None,
                 parse: Any = None) -> AttributedDocument:
        """Attribute the quotes of one document.

        ``text`` is a ``str`` (plain text, or CoNLL-U), or a stanza
        ``Document``.  ``parse`` may give a stanza ``Document`` or CoNLL-U
        for a plain ``text``: its tokens are aligned to the text.
        """
        when = parse_date(date)
        doc_obj = None
        if isinstance(text, str):
            if parse is not None:
                parsed = from_conllu(parse, text) if isinstance(parse, str) else from_stanza(parse, text)
                doc_obj = None if isinstance(parse, str) else parse
            elif is_conllu(text):
                parsed = from_conllu(text)
            else:
                from quoteattr.nlp import parse as run_parser

                doc_obj = run_parser(text, self.pipeline)
                parsed = from_stanza(doc_obj, text)
        elif hasattr(text, "sentences"):
            doc_obj = text
            parsed = from_stanza(text)
        else:
            raise TypeError(f"attribute() needs the text as str (or a stanza Document or CoNLL-U), "
                            f"not {type(text).__name__}")
        result = _Run(parsed, when, self).run()
        return attrs.evolve(result, id=id, parse=doc_obj if self.keep_parse else None)

    def pipe(self, texts: Iterable[Any], *, dates: Iterable[Any] | None = None,
             batch_size: int = 16) -> Iterator[AttributedDocument]:
        """Attribute many documents lazily, in order (models are loaded once).

        Plain texts are parsed ``batch_size`` at a time in one pass of the
        tagger and parser (:func:`quoteattr.nlp.parse_many`), which is faster
        for short texts; the results are the same as calling the attributor
        on each text.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        date_iter = iter(dates) if dates is not None else None
        batch: list[tuple[Any, Any]] = []
        for text in texts:
            batch.append((text, next(date_iter) if date_iter is not None else None))
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        yield from self._batch(batch)

    def _batch(self, batch: list[tuple[Any, Any]]) -> Iterator[AttributedDocument]:
        parses = parse_plain([text for text, _ in batch], self.pipeline)
        for n, (text, date) in enumerate(batch):
            yield self(text, date, parse=parses.get(n))


def parse_plain(texts: Sequence[Any], pipeline: Any) -> dict[int, Any]:
    """Parses of the plain texts among ``texts`` (not CoNLL-U, not parsed documents), by position.

    They are tagged and parsed in one pass (:func:`quoteattr.nlp.parse_many`);
    with fewer than two, nothing is gained and nothing is parsed here.
    """
    wanted = [n for n, text in enumerate(texts) if isinstance(text, str) and not is_conllu(text)]
    if len(wanted) < 2:
        return {}
    from quoteattr.nlp import parse_many

    return dict(zip(wanted, parse_many([texts[n] for n in wanted], pipeline), strict=True))


_DEFAULT: Attributor | None = None


def attribute(text: Any, date: dt.date | str | None = None, *, pipeline: Any = None,
              kb: Any = "default") -> AttributedDocument:
    """Find the quotes in ``text`` and say who said them.

    Args:
        text: the article as ``str``; or CoNLL-U text; or a stanza ``Document``.
        date: the article's date (``datetime.date`` or ISO string, year-month
            allowed), used to link speakers to the knowledge base.
        pipeline: a stanza ``Pipeline`` or a model spec for
            :func:`quoteattr.load_pipeline`; default: the bundled models,
            loaded once per process.
        kb: the knowledge base to link speakers to (``None`` to skip).
    """
    global _DEFAULT
    if pipeline is None and kb == "default":
        if _DEFAULT is None:
            _DEFAULT = Attributor()
        return _DEFAULT(text, date)
    return Attributor(pipeline if pipeline is not None else "bundled", kb)(text, date)


# ----------------------------------------------------------------------------------------
@attrs.define
class _Decision:
    """What a rule decided about one quote."""

    speaker: EntityRecord | None = None
    mention: RawMention | None = None
    cue: Cue | None = None
    rule: str = "none"


@attrs.define
class Pending:
    """A quote whose speaker is decided but not yet linked and frozen."""

    start: int
    end: int
    kind: str
    decision: _Decision
    open_start: int
    close_end: int

    @property
    def speaker(self) -> EntityRecord | None:
        return self.decision.speaker


class _Run:
    """One document's analysis."""

    def __init__(self, parse: Parse, date: dt.date | None, owner: Attributor) -> None:
        self.parse = parse
        self.text = parse.text
        self.date = date
        self.owner = owner
        self.lex = owner.lex.with_demonyms(residents(parse, owner.lex, owner.is_forename))  # ("de Loppersumse")
        self.party_of = owner.party_of
        self.names = find_names(parse, self.lex, self.party_of, owner.is_forename)
        self.table = EntityTable(parse, self.names, self.lex,
                                 forename_gender=owner.kb.forename_gender if owner.kb is not None else None)
        if owner.kb is not None:
            self.table.same_party = owner.kb.same_party
        self.spans = find_quotes(self.text)
        self.quoted = [(q.open_start, q.close_end) for q in self.spans if q.depth == 0]
        self.table.in_quote = self.in_quote
        self.last_speaker: int | None = None
        self.said: list[tuple[int, _Decision]] = []  # (end, decision) of each quote given a speaker so far
        self.reported: list[tuple[int, int]] = []  # (start, end) of each indirect quote found so far
        self.link()  # gender, party and office from the knowledge base help to resolve pronouns and roles

    # --- helpers --------------------------------------------------------------------------
    def word_sent(self, char: int) -> int:
        i = self.parse.word_at(char)
        return self.parse.words[i].sent if i is not None else len(self.parse.sentences) - 1

    def _weten_near(self, i: int) -> bool:
        """``weten`` (or ``verstaan``) follows the ``laten`` at word ``i`` within three words of the same sentence,
        with no verb, comma or clause marker between."""
        for x in self.parse.words[i + 1:i + 4]:
            if x.sent != self.parse.words[i].sent or (
                    x.upos in ("PUNCT", "VERB", "AUX", "SCONJ") and x.base_lemma not in _LATEN_SAY):
                return False
            if x.base_lemma in _LATEN_SAY:
                return True
        return False

    def cue_of(self, i: int, surface: bool = False) -> tuple[str, Cue] | None:
        """(lemma, Cue) when word ``i`` is a cue verb (particles and `laten weten` included).

        A form the lemmatizer did not know is read through the lexicon
        (``benadrukte``, strong pasts such as ``bezwoer``), and a particle
        after the verb makes the cue with it even when the parser did not
        attach it as one (``hield hij vol``).  With ``surface`` (the word
        right after a quote's comma), such a known verb form, or a regular
        form of a cue verb (``lacht``), counts even when the tagger did not
        call it a verb, and the particle may stand among the next few words.
        """
        w = self.parse.words[i]
        known = self.lex.cue_forms.get(w.lower) or (
            surface and w.text[:1].islower() and self.lex.cue_from_form(w.lower))  # ("lacht" tagged NOUN)
        if w.upos not in ("VERB", "AUX") and not (surface and known):
            return None
        base = w.base_lemma
        if base == w.lower or w.upos not in ("VERB", "AUX"):
            base = self.lex.verb_of_form(w.text) or base  # a form the lemmatizer did not know
        if base == "hebben" and self._het_over(i):
            return "spreken", Cue(w.start, w.end, w.text, "spreken", "verb")  # "had het over ‘…’": spoke of
        lemma = base
        for k in self.parse.children[i]:
            kid = self.parse.words[k]
            if kid.deprel == "compound:prt" and kid.lower != "te" and not base.startswith(kid.lower) \
                    and (kid.lower in self.lex.particles or self.lex.is_cue(kid.lower + base)) \
                    and not self.in_quote(kid.start) \
                    and not any(x.deprel == "mark" or (x.upos == "PUNCT" and k < i)
                                for x in self.parse.words[min(i, k) + 1:max(i, k)]) \
                    and not self._opens_phrase(k):
                # (a particle inside the quote belongs to the quote: „We zijn er nog niet uit”, gaf X toe;
                # one after "dat" belongs to the reported clause: zegt dat het geld op is; and so does one
                # before the cue's comma: Het geld is op, zegt X)
                with_particle = self._with_particle(kid.lower, base, w.text) or kid.lower + base
                if self.lex.is_cue(with_particle) or not self.lex.is_cue(base) or not (kid.lower == "terug" or any(
                        self.parse.words[c].lower in ("er", "daar", "hier") for c in self.parse.children[i] if c < k)):
                    # (not the preposition of a split "erop": "wees er gisteren op dat"; nor "terug" of a cue
                    # answered back with: "riep een boer terug")
                    lemma = with_particle
            if (lemma == "laten" and kid.base_lemma in _LATEN_SAY) or (lemma == "weten" and kid.base_lemma == "laten"):
                lemma = "laten weten"  # (and the Flemish "liet verstaan dat")
        # "„…”, liet D66-leider Rob Jetten weten" with "weten" parsed apart (past the quote's comma, or with no
        # more than a time or place between: "liet na afloop weten … te …" with "weten" hung from the infinitive)
        if lemma == "laten" and (surface or self._weten_near(i)):
            for x in self.parse.words[i + 1:i + 9]:
                if x.sent != w.sent or x.upos == "PUNCT":
                    break
                if x.base_lemma in _LATEN_SAY:
                    lemma = "laten weten"
                    break
        if lemma == "laten":
            return None
        if not (self.lex.is_cue(lemma) or lemma == "laten weten"):
            after = [self.parse.words[k] for k in self.parse.children[i] if k > i]
            if surface:
                after += self.parse.words[i + 1:i + 5]
            for kid in after:
                if kid.deprel == "mark" or (kid.lower in ("dat", "of") and kid.deprel.split(":")[0] not in ("nsubj", "obj")):
                    break  # (a "dat" that is the subject or object points back and ends nothing: "maakte dat bekend")
                joined = self._with_particle(kid.lower, base, w.text)
                if joined and not self.in_quote(kid.start) and kid.sent == w.sent:
                    lemma = joined  # "wierp hij tegen", "hield hij vol"
                    break
        if lemma in self.lex.reflexive_not_speech and any(
                self.parse.words[k].lower in _REFLEXIVES and self.parse.words[k].deprel.split(":")[0] in ("obj", "expl")
                for k in self.parse.children[i]):
            return None  # "Smit meldde zich bij de jury": no speech
        if self.lex.is_cue(lemma) or lemma == "laten weten":
            return lemma, Cue(w.start, w.end, w.text, lemma, "verb")
        return None

    def _het_over(self, i: int) -> bool:
        """Verb ``i`` (a form of ``hebben``) has ``het`` and an ``over`` phrase: ``had het over ‘…’``."""
        kids = [self.parse.words[k] for k in self.parse.children[i]]
        return any(k.lower == "het" and k.upos == "PRON" and k.index > i for k in kids) and any(
            self.parse.words[c].lower == "over" and self.parse.words[c].deprel == "case"
            for k in kids for c in self.parse.children[k.index])

    def _opens_phrase(self, k: int) -> bool:
        """Word ``k``, parsed as a particle, is the preposition of a phrase right after it (``meldt … op basis van``)."""
        nxt = self.parse.words[k + 1] if k + 1 < len(self.parse.words) else None
        return nxt is not None and nxt.sent == self.parse.words[k].sent and nxt.upos in ("DET", "NOUN", "PROPN", "NUM")

    def _with_particle(self, particle: str, base: str, form: str) -> str | None:
        """The cue lemma of ``particle`` with a verb (its lemma ``base``, its ``form``), if they make one."""
        if particle not in self.lex.particles:
            return None
        if self.lex.is_cue(particle + base):
            return particle + base
        guessed = self.lex.cue_from_form(particle + form)  # "vulde … aan": aanvulde -> aanvullen
        return guessed if guessed is not None and guessed.startswith(particle) else None

    def _particle_surname_before(self, verb: int) -> int | None:
        """The name word of ``Van Houten`` opening the sentence of ``verb`` and parsed as the verb's ``obl``, when the
        text named a person ``… van Houten`` before: a surname, not a place the clause starts from."""
        words = self.parse.words
        first = self.parse.sentences[words[verb].sent][0]
        if first + 2 > verb or words[first].text not in ("Van", "Ter", "Ten"):
            return None
        name = words[first + 1]
        if name.deprel != "obl" or name.head != verb or not name.text[:1].isupper():
            return None
        tail = f" {words[first].lower} {name.text}"
        if any(n.name and not n.organisation and n.start < words[first].start and n.name.endswith(tail)
               for n in self.names):
            return first + 1
        return None

    def subject_of(self, i: int) -> int | None:
        """The subject of verb ``i``, climbing through xcomp/conj to the verb that has one."""
        seen = 0
        while i >= 0 and seen < 4:
            subj = [k for k in self.parse.children[i] if self.parse.words[k].deprel in ("nsubj", "nsubj:pass")]
            if not subj and self.parse.words[i].upos in ("VERB", "AUX"):
                # "De 61-jarige zegt" with the nominalised adjective parsed as a modifier of the verb
                subj = [k for k in self.parse.children[i] if k < i and self.parse.words[k].deprel == "amod"
                        and k > 0 and self.parse.words[k - 1].deprel == "det" and self.parse.words[k - 1].head in (k, i)]
            # (a subject inside quotation marks is the quote's own: "wordt de vraag ’Moet mijn kind …?’ gesteld")
            subj = [k for k in subj if not self.in_quote(self.parse.words[k].start)] or subj
            if len(subj) > 1 and self._het_over(i):  # "X had het over ‘…’" with "het" parsed as a second subject
                subj = [k for k in subj if self.parse.words[k].lower != "het"] or subj
            marks = [k for k in self.parse.children[i] if i < k and self.parse.words[k].deprel == "mark"
                     and self.parse.words[k].lower in ("dat", "of")]
            if marks:  # "…, maar vindt dat het tempo omhoog moet" with the clause run into the verb: its subject
                subj = [k for k in subj if k < marks[0]]  # after "dat" is the clause's
            if subj and all(self.parse.words[k].deprel == "nsubj:pass" for k in subj) and any(
                    self.parse.words[k].deprel == "aux:pass" and self.parse.words[k].base_lemma == "worden"
                    for k in self.parse.children[i]):
                # a passive: what is said is its subject; who said it is the "door" agent, if any
                agents = [k for k in self.parse.children[i] if self.parse.words[k].deprel.startswith("obl") and any(
                    self.parse.words[c].lower == "door" and self.parse.words[c].deprel == "case"
                    for c in self.parse.children[k])]
                return agents[0] if agents else None
            if subj:
                best = min(subj, key=lambda k: self._subject_rank(i, k))
                first_name = self._name_right_after(i)
                if first_name is not None and (best > first_name or self.parse.words[best].lower in self.lex.time_words) \
                        and not any(
                        n.start <= self.parse.words[best].start < n.end
                        for n in self.names if n.start <= self.parse.words[first_name].start < n.end):
                    # "In een video noemde Verhoef gedeputeerde Bosman ’…’": after the verb of an inverted main
                    # clause the subject comes first, whatever the parser made of the two
                    best = first_name
                if self.parse.words[best].lemma.lower() in QUANTITY_NOUNS and best + 1 < len(self.parse.words) \
                        and self.parse.words[best + 1].upos == "NOUN" and self.parse.words[best + 1].head in (i, best):
                    best += 1  # "Tientallen fans scandeerden" parsed with two subjects, or the fans as an object
                before = self.parse.words[best - 1] if best > i + 1 else None
                if self.parse.words[best].lower == "die" and before is not None and before.head == i \
                        and before.upos in ("NOUN", "PROPN"):
                    best = before.index  # "zegt een getuige die langs fietste" with the relative "die" as subject
                surname = self._particle_surname_before(i)
                if surname is not None and best > i and self.parse.words[best].upos == "NOUN":
                    best = surname  # "Van Houten noemt de rol ‘…’" read as "Van Amsterdam reed de bus …"
                if self.in_quote(self.parse.words[best].start):
                    # "Een ’puinhoop’ vond Smit" parsed with Smit as object: the quote is what was
                    # said, so the nominal object outside it is the one who said it
                    objs = [k for k in self.parse.children[i] if self.parse.words[k].deprel == "obj"
                            and self.parse.words[k].upos in ("PROPN", "NOUN", "PRON")
                            and not self.in_quote(self.parse.words[k].start)]
                    if objs:
                        return objs[0]
                verb = self.parse.words[i]
                if self.parse.words[best].lower in ("die", "dat") and self.parse.words[best].upos == "PRON" \
                        and best < i and verb.deprel == "acl:relcl" and verb.head >= 0 \
                        and self.parse.words[verb.head].upos in ("PROPN", "NOUN"):
                    return verb.head  # "…, aldus Stöteler, die de stemming ‘een overwinning’ noemt": who "die" is
                return best
            w = self.parse.words[i]
            if w.deprel.split(":")[0] in ("xcomp", "conj", "aux") and w.head >= 0:
                i = w.head
                seen += 1
                continue
            return None
        return None

    def _name_right_after(self, verb: int) -> int | None:
        """The name right after the finite verb of an inverted main clause (``Gisteren noemde Wilders …``)."""
        words = self.parse.words
        first = self.parse.sentences[words[verb].sent][0]
        k = verb + 1
        if verb == first or k >= len(words) or words[k].sent != words[verb].sent or words[k].upos != "PROPN" \
                or words[verb].feat("VerbForm") != "Fin" or self.in_quote(words[k].start):
            return None
        return k if any(n.kind == "name" and n.start == words[k].start for n in self.names) else None

    def _subject_rank(self, verb: int, k: int) -> tuple[bool, bool, bool, bool]:
        """Sort key among two subjects the parser gave one verb: the likelier subject first.

        Not a dateline (``MOSKOU - De president … heeft``), not a word inside
        quotation marks (``Een ’puinhoop’ vond
        Smit``); after a verb that follows a comma, the subject after it,
        since what precedes is the reported clause (``Sneller kon niet, vond
        Van Dam``); then, not a capitalised adverb the parser took for a
        subject (``Later liet hij weten``), a chamber's ordinal
        (``Tweede Kamervoorzitter Martin Bosma zei``), a day (``Donderdag zei
        Mark Rutte``) or the first word of a party written out before a role
        (``Open VLD-voorzitter Eva De Bleeker vindt``).
        """
        words = self.parse.words
        quoted = self.in_quote(words[k].start)
        fronted = k < verb and verb > 0 and words[verb - 1].text == "," and not self._closes_relative(k, verb - 1)
        adverb = words[k].lower not in TUSSENVOEGSELS and \
            self.lex.common_words.get(words[k].lower, "NOUN") not in ("NOUN", "PROPN", "PRON")
        # ("Tweede Kamervoorzitter Martin Bosma zei" with "Tweede" parsed as a subject of its own; "Donderdag zei
        # Mark Rutte" with the day as one)
        return in_dateline(self.parse, k), quoted, fronted, adverb or chamber_ordinal(self.parse, k) or \
            words[k].lower in self.lex.time_words or self._opens_party_role(k)

    def _opens_party_role(self, k: int) -> bool:
        """Word ``k`` opens a party written out before a role (``Open VLD-voorzitter Eva De Bleeker``)."""
        last = self.parse.sentences[self.parse.words[k].sent][1]
        written_out = written_out_party_role(self.parse, k, last, self.lex, self.party_of)
        return written_out is not None and bool(written_out[1])

    def _closes_relative(self, k: int, comma: int) -> bool:
        """The comma at ``comma`` closes a relative clause of subject ``k`` (``Schilder Tomas Lindqvist, die in
        Zwolle woont, noemt …``) or an apposition to it (``Geert, zelf leraar, zei …``): the subject before it is
        no reported clause."""
        words = self.parse.words
        opening = next((x for x in range(k + 1, comma) if words[x].text == ","), None)
        if opening is None or opening + 1 >= comma:
            return False
        if words[opening + 1].lower in ("die", "dat", "wie") and words[opening + 1].upos == "PRON":
            return True
        # an apposition between the commas, no verb in it: "Geert, zelf leraar, zei …"
        between = words[opening + 1:comma]
        return not any(x.upos in ("VERB", "AUX") for x in between) and any(
            x.deprel == "appos" and x.head in (k, *self.parse.children[k]) for x in between)

    def speaker_from_word(self, i: int | None, generic: bool = True) -> tuple[EntityRecord | None, RawMention | None]:
        """The entity the noun phrase headed by word ``i`` refers to (resolving pronouns and role nouns)."""
        if i is None or self.in_quote(self.parse.words[i].start):
            return None, None  # words inside quotation marks are what was said, never who said it
        i = self._stands_for(i)
        m = describe(self.parse, i, self.lex, self.party_of, self.names, generic=generic)
        if m is None:
            return None, None
        if m.kind == "possessive":  # "Hoekstra’s partijgenoot De Jonge": the possessed person speaks
            owned = [n for n in self.names if n.possessor is m]
            if owned:
                m = owned[0]
        return self.entity_for(m), m

    def judged_for(self, head: int) -> tuple[EntityRecord, RawMention] | None:
        """``Voor wethouder Bosman is de zaak helder``: the person a predicate (word ``head``, with its copula)
        holds for, in a ``voor`` phrase before it; the subject is the matter judged, not who judges it."""
        words = self.parse.words
        children = self.parse.children[head]
        if not any(words[c].deprel == "cop" for c in children):
            return None
        for c in children:
            if c < head and words[c].deprel == "obl" and words[c].upos in ("NOUN", "PROPN") and any(
                    words[k].lower == "voor" and words[k].deprel == "case" for k in self.parse.children[c]):
                e, m = self.speaker_from_word(c, generic=False)
                if e is not None and m is not None and e.kind in ("person", "group", "organisation", "anonymous"):
                    return e, m  # ("Voor veel ouders is de maat vol:", "Voor de gemeente is het plan te duur:")
        return None

    def _stands_for(self, i: int) -> int:
        """The noun phrase a demonstrative or relative pronoun subject at word ``i`` stands for, else ``i``.

        ``De Raad van State deed uitspraak. Die oordeelde dat …``: the subject
        of the sentence before.  ``… naar Wilders, die zei dat …``: the noun
        phrase before the comma (not a place in it: ``Een diplomaat in Den
        Haag, die zei …``), when ``die`` is the relative clause's subject
        (``die zei``, ``die eerder zei``; not the object of ``die hij …
        noemde``)."""
        words = self.parse.words
        w = words[i]
        if w.lower in ("die", "deze") and i > 0 and i == self.parse.sentences[w.sent][0] \
                and w.deprel.startswith("nsubj"):
            before = [x for x in self.parse.sentence_words(w.sent - 1)
                      if x.deprel.startswith("nsubj") and self.table.main_subject(x.index)]
            return before[0].index if before else i
        if w.lower in ("die", "wie") and w.upos == "PRON" and i >= 2 and words[i - 1].text == "," \
                and words[i - 2].upos in ("PROPN", "NOUN") and words[i - 2].sent == w.sent \
                and i + 1 < len(words) and words[i + 1].upos in ("VERB", "AUX", "ADV"):
            k = self.table.phrase_head(i - 2)
            if words[k].deprel.startswith("nmod") and words[k].head >= 0 and self.in_pp(k) and \
                    words[words[k].head].upos in ("NOUN", "PROPN"):
                k = words[k].head
            return k
        return i

    def in_name(self, w: Word) -> bool:
        """Word ``w`` is part of a name the text gives (whatever its tag: ``Faber`` tagged ADV)."""
        return any(n.kind == "name" and n.start <= w.start < n.end for n in self.names)

    def named_person(self, w: Word) -> bool:
        """Word ``w`` is part of a name of more than one word, or of one the text used before (``de 72-jarige Hans
        Verbeek``, ``de 25-jarige Arensman``; not ``de 25-jarige Deventenaar``, a capitalised noun)."""
        here = next((n for n in self.names if n.kind == "name" and n.start <= w.start < n.end), None)
        return here is not None and here.name is not None and (" " in here.name or any(
            n.start < here.start and n.name and n.name.split()[-1] == here.name for n in self.names))

    def in_quote(self, char: int) -> bool:
        """True when the character lies inside a top-level quote, marks included."""
        n = bisect.bisect_right(self.quoted, (char, len(self.text) + 1)) - 1
        return n >= 0 and self.quoted[n][0] <= char < self.quoted[n][1]

    def entity_for(self, m: RawMention) -> EntityRecord | None:
        t = self.table
        if m.kind in ("name", "possessive"):
            return t.entities[m.entity] if m.entity is not None else None
        if m.kind == "pronoun":
            # (a plural noun subject just before takes up "ze" before any name: "Onderzoekers van de
            # Rijksuniversiteit Groningen … Dat schrijven ze")
            e = (self.plural_antecedent(m) if m.number == "pl" else None) or self.asked_answers(m) or \
                self.noun_antecedent(m) or t.resolve_pronoun(m, self.last_speaker, self.in_quote)
            if e is not None:
                e.add(m)
                if e.kind == "person" and m.gender != "-" and m.number == "sg" and e.gender == "-":
                    e.gender = m.gender
            return e
        if m.kind == "role":
            former = FORMER_ROLE.search(m.text) is not None
            # "Asscher …. De voormalige minister van Sociale Zaken noemde …": the person just named, not whoever
            # holds the office now
            e = t.recent_subject(m, self.in_quote, former=True) if former and self.speaks(m) else None
            e = e or t.resolve_role(m)
            if e is not None and e.office != m.office and m.office in VARIED_OFFICES and not former and \
                    self.introduces_speech(m):
                # "Aanvoerder Timber … Dylan Mertens maakte de gelijkmaker. De spits …": a player named just before
                # rather than the one an akin role named earlier
                e = t.recent_subject(m, self.in_quote) or e
            if e is not None and self._possessed(m) and (e.role or "").lower() != (m.role or "").lower() and not any(
                    self._possessed(x) for x in e.mentions if x is not m):
                # "Bondscoach Ritsma … Joy Beune ontbrak. Haar coach liet weten …": someone's own coach is
                # another than the one the text named by another role (not "coach Jan Smit … haar coach")
                e = t.source(m)
                e.kind = "person"
                return e
            if e is None:
                e = self.role_from_kb(m)
            if e is None and m.party and m.office in self.lex.nonpolitical_offices:
                e = t.resolve_party_member(m)  # "Omtzigt verlaat de Kamer. De NSC-oprichter …"
            if e is None:
                e = self.introduced_source(m)
            if e is None and not former and self.introduces_speech(m):
                # "Trainer Farioli …. „…”, zei de Italiaan"; "X maakte de goal. De Algerijn was tevreden. „…”"
                e = t.recent_subject(m, self.in_quote)
            if e is None:
                e = t.source(m)
                e.kind = "person"
            else:
                e.add(m)
            return e
        if m.kind == "source":
            member = t.resolve_party_member(m) or t.resolve_title(m)
            if member is None and m.definite and m.number == "sg" and \
                    self.lex.takes_up_organisation(self.parse.words[m.head].lemma):
                # "KLM schrapt banen. Dat meldt de luchtvaartmaatschappij."; "Shell … Het concern"
                member = t.resolve_organisation(m) or self.organisation_by_name(m)
            if member is None and m.number == "sg" and self.lex.is_document(self.parse.words[m.head].lemma):
                member = self.document_writer(m)  # "De inspectie publiceerde een rapport. Het rapport concludeert"
            if member is None:  # "Dat concludeert een onderzoekscommissie. … De commissie spreekt van …"
                member = t.resolve_unnamed(m)
            if member is None and m.definite and m.number == "sg" and \
                    self.parse.words[m.head].lower in self.lex.party_nouns and self.speaks(m):
                # "De Duitse bondskanselier Friedrich Merz … zei de christendemocraat": a party noun for someone
                # whose party the knowledge base does not know
                member = t.recent_subject(m, self.in_quote, descriptive=True)
                if member is not None and member.nationality:
                    m.party = None  # "De Duitse bondskanselier Merz … zei de christendemocraat": no Dutch party
            noun = self.parse.words[m.head]
            if member is None and m.definite and m.number == "sg" and noun.lower not in self.lex.sources and \
                    self.lex.person_gender(noun.lower) is not None and self.introduces_speech(m):
                # "…, zegt Hans Verbeek. De gepensioneerde havenarbeider zegt dat …": a noun for a person by its
                # ending takes up the person just named and quoted whom the text gave no other job (not "Anna Smit
                # opende de school. De muziekleraar zegt …", someone new)
                member = t.recent_subject(m, self.in_quote, occupation=True)
                before = [x for x in member.mentions if x.end <= m.start] if member is not None else []
                if not before or not self.speaks(before[-1]):
                    member = None
            if member is not None:
                member.add(m)
                return member
            return t.source(m)
        return None

    def document_writer(self, m: RawMention) -> EntityRecord | None:
        """``De inspectie publiceerde een rapport over de school. Het rapport concludeert …``: whoever the text made
        the subject of the clause in which the same document noun stood before, in the three sentences before."""
        noun = self.parse.words[m.head]
        for w in reversed(self.parse.words_in(0, m.start)):
            if m.sent - w.sent > 3:
                return None
            if w.lemma.lower() != noun.lemma.lower() or w.upos != "NOUN" or self.in_quote(w.start):
                continue
            verb = w.head
            while verb >= 0 and self.parse.words[verb].upos not in ("VERB", "AUX"):
                verb = self.parse.words[verb].head
            subj = self.subject_of(verb) if verb >= 0 else None
            if subj is not None and self.parse.words[subj].lower in ("dat", "dit"):  # "Dat schrijft minister X in
                subj = next((x.index for x in self.parse.sentence_words(w.sent)  # een brief": X
                             if x.index > verb and x.upos in ("PROPN", "NOUN") and not self.in_pp(x.index)), None)
            if subj is None or subj == w.index:
                return None
            e, _ = self.speaker_from_word(subj, generic=True)
            return e if e is not None and e.kind in ("person", "organisation", "group", "anonymous") else None
        return None

    def organisation_by_name(self, m: RawMention) -> EntityRecord | None:
        """``Shell gaat in beroep. Het concern …``: a name the text gave no sign of a person, taken up by an
        organisation noun when no organisation the text typed as one is named.

        The last name in the five sentences before, outside quotation marks,
        standing as a subject (not a place: ``in Nederland``), whose first
        word is no first name and for which the text gives no role, title,
        age, origin, gender or pronoun, and the knowledge base no person,
        becomes an organisation."""
        named = [(e, x) for e in self.table.entities if e.kind == "person" for x in e.mentions
                 if x.kind == "name" and x.end <= m.start and m.sent - x.sent <= 5 and not self.in_quote(x.start)
                 and x.head >= 0 and self.table.is_subject(x.head)]
        if not named:
            return None
        e, _ = max(named, key=lambda c: c[1].start)
        first = e.name.split()[0]
        if e.kb_id or e.role or e.office or e.titles or e.age or e.origin or e.nationality or e.gender != "-" \
                or self.owner.is_forename(first) or first.lower() in TUSSENVOEGSELS \
                or any(x.kind in ("pronoun", "role") for x in e.mentions):
            return None
        e.kind = "organisation"
        e.org_kind = self.lex.organisation_kind(self.parse.words[m.head].text)
        return e

    def speaks(self, m: RawMention) -> bool:
        """Mention ``m`` is a source: the subject of a cue verb (``zei de Italiaan``), or after ``volgens`` or ``aldus``.

        Not with a possessive (``haar coach`` is someone else).
        """
        w = self.parse.words[m.head]
        if any(self.parse.words[c].deprel == "nmod:poss" or self.parse.words[c].lower in _POSSESSIVES
               for c in self.parse.children[m.head]):
            return False
        first = self.parse.word_at(m.start)  # "Volgens de coach", "aldus de Italiaan", "aldus de Vlaamse socialist"
        before = [*self.parse.words[max(0, m.head - 2):m.head], *([self.parse.words[first - 1]] if first else [])]
        if any(x.lower in ("volgens", "aldus") for x in before):
            return True
        if w.deprel == "obj" and 0 <= w.head < m.head and not any(
                self.parse.words[k].deprel.startswith("nsubj") and not self.in_quote(self.parse.words[k].start)
                for k in self.parse.children[w.head]):
            return self.cue_of(w.head, surface=True) is not None  # "vertelt de Venlose", parsed as its object
        return w.deprel.startswith("nsubj") and w.head >= 0 and self.cue_of(w.head, surface=True) is not None

    def _possessed(self, m: RawMention) -> bool:
        """Mention ``m`` opens with a possessive pronoun or has one on its head (``haar coach``, ``zijn advocaat``)."""
        if m.head < 0 or m.head >= len(self.parse.words):
            return False
        return any(self.parse.words[c].deprel == "nmod:poss" and self.parse.words[c].upos == "PRON"
                   for c in self.parse.children[m.head]) or m.text.split()[0].lower() in _POSSESSIVES

    def _reported_by_cue(self, i: int) -> bool:
        """Verb ``i`` heads a clause (or stands in one) that a cue verb above it reports."""
        words = self.parse.words
        steps = 0
        while words[i].head >= 0 and steps < 6:
            if words[i].deprel.split(":")[0] in ("ccomp", "advcl", "xcomp") and \
                    self.cue_of(words[i].head) is not None:
                return True
            i = words[i].head
            steps += 1
        return False

    def asked(self, words: Sequence[Word], q: QuoteSpan) -> int | None:
        """Where the interviewer's question before quote ``q`` starts, else None.

        ``words`` is the sentence right before the quote.  It is an
        interviewer's when it addresses someone (``u``, ``jij``) outside quotes
        and is a question or on a line of its own; on a line of its own, the
        question is the whole line (``Schoof zei dat …. Bent u het met hem
        eens?``).  Once the interview has had such a question, a question on a
        line of its own is the interviewer's too, whoever it names (``Is
        Rotterdam ooit af?``)."""
        if not words:
            return None
        between = self.text[words[-1].end:q.open_start]
        if between.strip():
            return None
        if not any(self._addresses(w) for w in words):
            # in an interview, a question on a line of its own need not address anyone ("Is Rotterdam ooit af?")
            line = self.text.rfind("\n", 0, words[0].start) + 1
            if "\n" in between and words[-1].text == "?" and self.text[line:words[0].start].strip() == "" \
                    and self._interview_before(line):
                return line
            return None
        if "\n" in between:
            return self.text.rfind("\n", 0, words[0].start) + 1
        return words[0].start if words[-1].text == "?" else None

    def _addresses(self, w: Word) -> bool:
        return w.lower in self.lex.address_pronouns and w.upos in ("PRON", "DET") and not self.in_quote(w.start)

    def _introduced_before(self, start: int, end: int) -> EntityRecord | None:
        """Whom an interview's introduction between ``start`` and ``end`` presents: the person a verb of
        interviewing has as its object (``Wij spraken de rector na afloop``), else the person first named as a
        main-clause subject outside quotes (the introduction names the interviewee first)."""
        for w in self.parse.words_in(start, end):
            if w.base_lemma in _INTERVIEWING and not self.in_quote(w.start):
                for k in self.parse.children[w.index]:
                    kid = self.parse.words[k]
                    if kid.deprel == "obj" or (kid.deprel.startswith("obl") and any(
                            self.parse.words[c].lower == "met" for c in self.parse.children[k])):
                        e, _ = self.speaker_from_word(k, generic=False)
                        if e is not None and e.kind == "person":
                            return e
        for m in self.names:
            if start <= m.start < end and not self.in_quote(m.start) and m.head >= 0 \
                    and self.table.main_subject(m.head):
                e = self.entity_for(m)
                if e is not None and e.kind == "person":
                    return e
        return None

    def _interview_before(self, char: int) -> bool:
        """An interviewer's question addressing someone stands on a line of its own before ``char``, or the
        paper says it interviews someone (``Wij spraken de rector na afloop.``)."""
        return any(w.start < char and w.text == "?" and self.text[w.end:w.end + 1] in ("\n", "") and any(
            self._addresses(x) for x in self.parse.sentence_words(w.sent)) for w in self.parse.words) or any(
            w.start < char and w.base_lemma in _INTERVIEWING and not self.in_quote(w.start) and any(
                self.parse.words[k].lower in ("wij", "we") and self.parse.words[k].deprel.startswith("nsubj")
                for k in self.parse.children[w.index]) for w in self.parse.words)

    def introduces_speech(self, m: RawMention) -> bool:
        """Mention ``m`` speaks (:meth:`speaks`) or, definite, is the subject of the sentence a quote follows
        (:meth:`quote_follows`)."""
        return self.speaks(m) or (m.definite and self.quote_follows(m))

    def quote_follows(self, m: RawMention) -> bool:
        """Mention ``m`` is the main subject of a sentence outside quotes that a quote follows, in the same
        paragraph (``De actrice was tevreden. „…”``): the text introduces the quote's speaker with it."""
        if self.in_quote(m.start) or not self.table.main_subject(m.head):
            return False
        last = self.parse.sentence_words(m.sent)[-1]
        nxt = self.parse.words[last.index + 1] if last.index + 1 < len(self.parse.words) else None
        return nxt is not None and self.in_quote(nxt.start) and "\n" not in self.text[last.end:nxt.start]

    def plural_antecedent(self, m: RawMention) -> EntityRecord | None:
        """``De boeren zijn boos. „…”, zeggen ze``: a plural noun subject in the sentence or the one before."""
        for s in (m.sent, m.sent - 1):
            if s < 0:
                continue
            for w in self.parse.sentence_words(s):
                if w.start >= m.start or self.in_quote(w.start):
                    break
                if w.upos == "NOUN" and w.feat("Number") == "Plur" and w.deprel.startswith("nsubj") \
                        and self.table.main_subject(w.index):
                    src = describe(self.parse, w.index, self.lex, self.party_of, self.names, generic=True)
                    if src is not None and (src.kind == "source" or (src.kind == "role" and src.number == "pl")):
                        return self.table.source(src)  # ("Onderzoekers van de Rijksuniversiteit Groningen")
        return None

    def noun_antecedent(self, m: RawMention) -> EntityRecord | None:
        """``Een buurtbewoonster is blij. „…”, zegt ze``: a noun for a person as the last main subject.

        For a singular pronoun outside quotation marks: the main-clause
        subject before it in its sentence, else in the sentence before
        (sentences wholly inside quotation marks not counted).  When that
        subject is a noun for a person (a role, an unnamed source, or a noun
        such as ``buurtbewoonster``, see :meth:`Lexicon.person_gender`) of a
        fitting gender, with no name to it, it is who the pronoun means
        (``De PVV-leider sloot … uit. „…”, zei hij``, the role resolved as
        roles are).  A pronoun of the same gender there means whom that one
        means.  A name there, or nothing, leaves the pronoun to
        :meth:`EntityTable.resolve_pronoun`.
        """
        if m.number != "sg" or self.in_quote(m.start):
            return None
        words = self.parse.words
        for s in self._pronoun_sentences(m):
            # (the source of an opening "Volgens haar" speaks in its sentence as a subject would)
            subjects = [w for w in self.parse.sentence_words(s) if w.start < m.start and not self.in_quote(w.start)
                        and self.table.is_subject(w.index) and self.table.main_subject(w.index)
                        and not (m.head >= 0 and w.head == words[m.head].head)]  # (not "Een journalist vroeg hem")
            if not subjects:
                continue
            w = subjects[0]
            if w.upos == "PRON" and w.index != m.head:
                # "Zij reed weg, met een minuut voorsprong op Femke de Ruiter. ‘…’, zei ze": the same pronoun as
                # the subject before takes up whoever that one does, not the last person named
                before = describe(self.parse, w.index, self.lex, self.party_of, self.names)
                if before is not None and before.kind == "pronoun" and before.number == "sg" \
                        and before.gender == m.gender and m.gender != "-":
                    return self.speaker_from_word(w.index)[0]
                return None
            named = self.in_name(w) or any(words[c].upos == "PROPN" and words[c].deprel.split(":")[0] in (
                "appos", "flat", "nmod") and not any(words[x].deprel == "case" for x in self.parse.children[c])
                for c in self.parse.children[w.index])  # (not "Een woordvoerster van Waterweg Wonen": whom she speaks for)
            role = self.lex.role(w.text)
            if age_of(w.text) or (role is not None and role[0].startswith(NATIONALITY) and not named):
                # "De 27-jarige toonde spijt. „…”, zei hij", "De Loppersumer woont …": whom the text gave that age
                # or origin (else the pronoun is resolved as any other)
                noun = describe(self.parse, w.index, self.lex, self.party_of, self.names)
                e = self.table.resolve_role(noun) if noun is not None and noun.kind == "role" else None
                if e is not None and noun is not None:
                    e.add(noun)
                return e
            family = role is not None and role[0] in self.lex.family_roles  # ("De jongste zus luistert …")
            gender = self.lex.person_gender(w.text) if w.upos == "NOUN" and not named and not family else None
            if gender is None or (m.gender != "-" and gender not in ("-", m.gender)):
                return None
            e = self.speaker_from_word(w.index, generic=True)[0]
            if e is not None and m.gender != "-" and e.gender not in ("-", m.gender):
                return None  # ("Officier Sandra Mulder … De officier wees erop … Hij schreef": not she)
            return e
        return None

    def asked_answers(self, m: RawMention) -> EntityRecord | None:
        """``Een journalist vroeg hem of … „…”, antwoordde hij``: the subject of an answer is the one asked.

        For a singular pronoun that is the subject of a verb of answering, the
        person object of ``vragen`` in its sentence or the one before, of a
        fitting gender."""
        words = self.parse.words
        if m.number != "sg" or m.head < 0 or words[m.head].head < 0 or self.in_quote(m.start):
            return None
        cue = self.cue_of(words[m.head].head, surface=True)
        if cue is None or self.lex.cue_senses.get(cue[0]) != "answer":
            return None
        for s in self._pronoun_sentences(m):
            for w in self.parse.sentence_words(s):
                if w.base_lemma != "vragen" or w.start > m.start or self.in_quote(w.start):
                    continue
                for k in self.parse.children[w.index]:
                    if words[k].deprel in ("obj", "iobj") and words[k].upos in ("PRON", "PROPN", "NOUN"):
                        e = self.speaker_from_word(k)[0]
                        if e is not None and e.kind == "person" and (m.gender == e.gender or "-" in (m.gender, e.gender)):
                            return e
        return None

    def _pronoun_sentences(self, m: RawMention) -> Iterator[int]:
        """The pronoun's sentence, then the one before it that is not wholly inside quotation marks."""
        yield m.sent
        for s in range(m.sent - 1, -1, -1):
            if any(w.upos != "PUNCT" and not self.in_quote(w.start) for w in self.parse.sentence_words(s)):
                yield s
                return

    def introduced_source(self, m: RawMention) -> EntityRecord | None:
        """``de woordvoerster`` taking up ``een woordvoerster van het ministerie`` introduced earlier."""
        noun = self.parse.words[m.head]
        for w in reversed(self.parse.words_in(0, m.start)):
            if w.base_lemma != noun.base_lemma or w.index == m.head or self.in_quote(w.start):
                continue
            if any(self.parse.words[k].lower == "een" for k in self.parse.children[w.index]):
                earlier = describe(self.parse, w.index, self.lex, self.party_of, self.names, generic=True)
                if earlier is not None and earlier.kind == "source":
                    e = self.table.source(earlier)
                    e.add(m)
                    return e
            return None  # the nearest earlier use of the noun is not an indefinite introduction
        return None

    def role_from_kb(self, m: RawMention) -> EntityRecord | None:
        kb = self.owner.kb
        if kb is None or self.date is None or m.office in (None, AGE_OFFICE) or m.elsewhere:
            return None  # (the knowledge base holds Dutch offices: not "de Duitse minister van Financiën")
        if kb.parse_role(m.office).roles <= _MEMBERSHIPS:
            return None  # "de senator": one of many members, which the knowledge base need not list all of
        try:
            holders = kb.holders(m.office, self.date, portfolio=m.portfolio)
        except (KeyError, ValueError):
            return None
        if len(holders) != 1:
            return None
        pol = holders[0]
        e = self.table.from_kb(pol.name, m.office)
        e.add(m)
        return e

    def content_words(self, q: QuoteSpan) -> list[Word]:
        return [w for w in self.parse.words_in(q.start, q.end) if _WORDLIKE.search(w.text)]

    def frame(self, q: QuoteSpan, prev_end: int, next_start: int) -> tuple[list[Word], list[Word]]:
        """Words of the quote's sentence before its opening and after its closing mark.

        The sentence is found on the text (sentence-final punctuation outside
        quotes, paragraph breaks, neighbouring quotes), not on the
        tokenizer's sentences, which may break at a colon or before a name.
        """
        para = self.parse.paragraphs[self.parse.paragraph_of(q.open_start)]
        before = self.parse.words_in(max(para[0], prev_end), q.open_start)
        for n in range(len(before) - 1, -1, -1):
            if before[n].text in (".", "!", "?"):
                before = before[n + 1:]
                break
        stop = min(para[1], next_start) if next_start > q.close_end else para[1]
        after = self.parse.words_in(q.close_end, stop)
        for n, w in enumerate(after):
            if w.text in (".", "!", "?"):
                after = after[:n + 1]
                break
        return before, after

    # --- rules ----------------------------------------------------------------------------
    def rule_cue_after(self, after: list[Word], joined: bool = False) -> _Decision | None:
        """``„…”, zegt X``; with ``joined`` (the quote ends in ``,`` ``?`` ``!``), also ``„…?” vroeg X``."""
        words = [w for w in after if w.text not in (",", "-", "–", "—") and w.lower != "zo"]
        if not words or not after or (after[0].text not in (",", "-", "–", "—") and not joined):
            return None
        w = words[0]
        if w.lower == "aldus":
            for k in words[1:4]:
                e, m = self.speaker_from_word(k.index)
                if e is not None:
                    return _Decision(e, m, Cue(w.start, w.end, w.text, "aldus", "aldus"), "cue-after")
            return None
        cue = self.cue_of(w.index, surface=True)
        if cue is None and w.deprel.startswith("aux") and w.head >= 0:
            cue = self.cue_of(w.head)  # "laat hij weten" parsed with laat as auxiliary of weten
            w = self.parse.words[w.head] if cue is not None else w
        if cue is None:
            return None
        subj = self.subject_of(w.index)
        if subj is None or self.in_quote(self.parse.words[subj].start) or \
                self.parse.words[subj].lower in self.lex.time_words or self.in_pp(subj) or subj < w.index:
            # fall back on the surface: "zegt Wilders", "zei dinsdag in Den Haag minister X"; a subject before the
            # verb is the reported clause's ("Het bestuur heeft de financiën ’niet op orde’, schrijft de inspectie")
            subj = None
            for n, k in enumerate(words[1:8], 1):
                in_place = self.in_pp(k.index) or (k.upos == "PROPN" and words[n - 1].upos == "PROPN"
                                                    and self.in_pp(words[n - 1].index))
                if k.lower in self.lex.time_words or in_place:
                    continue  # a day or a place ("in Den Haag", however parsed) does not speak
                if k.deprel == "nmod:poss" or (k.lower in _POSSESSIVES and n + 1 < len(words)
                                               and words[n + 1].upos == "NOUN"):
                    continue  # "zei haar coach": the coach speaks, not she
                if k.upos in ("PROPN", "PRON", "NOUN") or self.lex.source_kind(k.text) or (  # ("ingewijden" as VERB)
                        age_of(k.text) and (n + 1 >= len(words) or (words[n + 1].upos != "NOUN"
                                                                    and not self.named_person(words[n + 1])))):
                    # ("zei de 27-jarige"; "zegt de 72-jarige Hans Verbeek" is Hans Verbeek)
                    subj = k.index
                    break
        if subj is not None and self.parse.words[subj].lower == "het":
            place = self.het_source(w.index)  # "klinkt het bij de FNV": the FNV speaks
            e, m = self.speaker_from_word(place) if place is not None else (None, None)
            return _Decision(e, m, cue[1], "cue-after")  # a bare "klonk het" names no speaker
        e, m = self.speaker_from_word(subj)
        if e is not None and m is not None and m.kind == "pronoun" and cue[0] == "antwoorden":
            e = self._the_one_asked(e, m, w) or e
        return _Decision(e, m, cue[1], "cue-after") if e is not None else None

    def _the_one_asked(self, asker: EntityRecord, m: RawMention, cue: Word) -> EntityRecord | None:
        """``Wilders vroeg premier Schoof naar … „…”, antwoordde hij``: the one asked answers, not the asker.

        The pronoun ``m`` (already taken by ``asker``, the subject of the last
        ``vragen`` before the cue, in this sentence or the one before) moves to
        the person who is that verb's object, when gender allows."""
        words = self.parse.words
        asked = next((w for w in reversed(words[:cue.index]) if w.base_lemma == "vragen"
                      and not self.in_quote(w.start) and cue.sent - w.sent <= 1), None)
        asker_word = self.subject_of(asked.index) if asked is not None else None
        if asked is None or asker_word is None:
            return None
        # (the parser may call the one asked a second subject: "X vroeg premier Y naar …")
        objects = [k for k in self.parse.children[asked.index] if words[k].deprel in ("obj", "iobj") or (
            words[k].deprel.startswith("nsubj") and asker_word < asked.index < k)]

        def entity_of(phrase: int) -> EntityRecord | None:  # who a mention inside the phrase headed by word k is
            starts = {words[j].start for j in self.parse.subtree(phrase)}
            return next((e for e in self.table.entities for x in e.mentions if x.start in starts), None)

        subject, answerer = entity_of(asker_word), entity_of(objects[0]) if objects else None
        if subject is not asker or answerer is None or answerer is asker or answerer.kind != "person" or (
                m.gender != "-" and answerer.gender not in ("-", m.gender)):
            return None
        asker.mentions.remove(m)
        answerer.add(m)
        return answerer

    def in_pp(self, i: int) -> bool:
        """Word ``i`` stands in a prepositional phrase (``in Den Haag``), its name parts included."""
        words = self.parse.words
        i = self.table.phrase_head(i)
        return any(words[c].deprel == "case" and words[c].upos == "ADP" and c < i  # (a particle after it is no
                   for c in self.parse.children[i]) or (                                  # preposition: wierp zij tegen)
            i > 0 and words[i - 1].upos == "ADP" and words[i - 1].head == i)

    def het_source(self, verb: int) -> int | None:
        """Who speaks in ``klinkt het bij de FNV`` / ``klonk het op de conferentie``: the noun after the preposition
        (also one the parser hung from another phrase: ``klonk het aan het eind van het debat bij de N-VA'er``)."""
        todo = [k for k in self.parse.children[verb] if self.parse.words[k].deprel.split(":")[0] == "obl"]
        while todo:
            k = todo.pop(0)
            w = self.parse.words[k]
            if w.upos in ("NOUN", "PROPN") and any(
                    self.parse.words[c].deprel == "case" and self.parse.words[c].lower in _HET_SOURCE_CASES
                    for c in self.parse.children[k]):
                return k
            todo += [c for c in self.parse.children[k] if self.parse.words[c].deprel.split(":")[0] == "nmod"]
        return None

    def rule_colon(self, before: list[Word]) -> _Decision | None:
        if not before or before[-1].text != ":":
            return None
        clause = before[:-1]
        colon = before[-1]
        if not clause:
            return None
        inside = {w.index for w in clause}
        for w in reversed(clause):
            cue = self.cue_of(w.index)
            if cue is not None:
                subj = self.subject_of(w.index)
                if subj is None:  # the parser hung the clause from the quote: its own subject is still in it
                    subj = next((x.index for x in clause if x.deprel.startswith("nsubj") and x.head not in inside
                                 and x.upos in ("NOUN", "PROPN") and x.index < w.index), None)
                e, m = self.speaker_from_word(subj)
                if e is not None:
                    return _Decision(e, m, cue[1], "colon")
        volgens = self.rule_volgens(clause, generic=False)
        if volgens is not None:  # "Volgens Peter de Groot gaat het voorstel te ver: „…”"
            return volgens
        colon_cue = Cue(colon.start, colon.end, ":", ":", "colon")
        heads = [w for w in clause if w.head not in inside and w.upos != "PUNCT"]
        topic_subject = False  # (then no name in the clause speaks either: "Fusie ziekenhuizen Gorinchem … zet …")
        for h in heads:
            if h.base_lemma in _RECEIVING and any(self.parse.words[k].deprel == "obj" and (
                    self.parse.words[k].lemma.lower() in self.lex.speech_nouns) for k in self.parse.children[h.index]):
                return None  # "Ze kreeg een kort antwoord: „Nee.”": the subject is answered, she does not answer
            judge = self.judged_for(h.index)
            if judge is not None:  # "Voor wethouder Bosman is de zaak helder: „…”"
                return _Decision(judge[0], judge[1], colon_cue, "colon")
            subj = self.subject_of(h.index) if h.upos in ("VERB", "AUX", "ADJ", "NOUN") else None
            if subj is not None and subj in inside:
                e, m = self.speaker_from_word(subj)
                noun = self.parse.words[subj]
                topic = m is not None and m.kind == "source" and not m.role and self.lex.role(noun.text) is None \
                    and self.lex.source_kind(noun.text) is None and self.parse.paragraph_of(colon.start) == 0
                if e is not None and not topic:  # (a headline's topic is no speaker: "Fusie zet kwaad bloed: „…”")
                    return _Decision(e, m, colon_cue, "colon")
                topic_subject = topic_subject or topic
        # (a place after it is no speaker: "Paraguayaanse president in Den Haag:")
        nouns = [w for w in clause if (w.upos in ("NOUN", "PROPN") or (w.upos == "X" and self.lex.role(w.text)))
                 and not self.in_pp(w.index)]  # (a role noun the tagger did not know: "De rector:")
        if nouns and not any(w.upos in ("VERB", "AUX") for w in clause) and (
                self.lex.role(nouns[-1].text) or self.lex.source_kind(nouns[-1].text)
                or nouns[-1].lemma.lower() in self.lex.speech_nouns):
            # "Een agent: ‘…’", "De woordvoerder van de NS:", "Het antwoord van minister Wiersma:" (its owner)
            e, m = self.speaker_from_word(nouns[-1].index)
            if e is not None:
                return _Decision(e, m, colon_cue, "colon")
        for w in clause:  # headline style: "Omtzigt (NSC):" — a person before a party
            if (not w.text[:1].isupper() and w.upos != "PRON") or self.in_pp(w.index) or topic_subject:
                continue
            named = any(n.start <= w.start < n.end for n in self.names)
            if w.upos in ("PROPN", "PRON") or self.lex.role(w.text) or named:
                e, m = self.speaker_from_word(w.index)
                if e is not None and e.kind != "organisation" and not (
                        w.upos == "PROPN" and not named and not self.lex.role(w.text) and m is not None and m.kind == "source"):
                    # (a capitalised noun the tagger took for a name is no speaker: "Explosie bij woning in X: ‘…’")
                    return _Decision(e, m, colon_cue, "colon")
        return None

    def rule_parse(self, q: QuoteSpan, content: list[Word]) -> _Decision | None:
        inside = {w.index for w in self.parse.words_in(q.open_start, q.close_end)}
        for w in content:
            h = w.head
            steps = 0
            relative = w.deprel.startswith("acl")  # the walk went up through a relative clause
            while h >= 0 and h not in inside and steps < 4:
                cue = self.cue_of(h)
                # two steps up at most, but a naming verb further: "noemde de plannen van de BBB ’onbetaalbaar’"
                # with the quoted word hung from the object's last noun
                if cue is not None and relative and self.lex.cue_sense(cue[0]) == "opinion":
                    cue = None  # "rekent met een groei die ,,aan de optimistische kant'' is": no opinion of it
                if cue is not None and (steps < 2 or (cue[0] in _NAMING_CUES and h < w.index)):
                    h, cue = self._outer_cue(h, cue)
                    e, m = self.speaker_from_word(self.subject_of(h))
                    if e is not None:
                        return _Decision(e, m, cue[1], "parse")
                relative = relative or self.parse.words[h].deprel.startswith("acl")
                h = self.parse.words[h].head
                steps += 1
        for w in content:  # "noemt de straf ’passend’" with the quoted word as root and the cue its auxiliary
            for k in self.parse.children[w.index]:
                if k not in inside and self.parse.words[k].deprel.startswith("aux") and k < w.index:
                    cue = self.cue_of(k)
                    e, m = self.speaker_from_word(self.subject_of(w.index)) if cue is not None else (None, None)
                    if cue is not None and e is not None:
                        return _Decision(e, m, cue[1], "parse")
        return None

    def _outer_cue(self, h: int, cue: tuple[str, Cue]) -> tuple[int, tuple[str, Cue]]:
        """The cue verb whose reported clause holds cue verb ``h``, if any, else ``h`` itself.

        ``Bos vindt dat de wethouder ’te snel’ heeft besloten``: the quoted
        words are reported by Bos, the speaker of the outer cue.
        """
        words = self.parse.words
        while words[h].deprel.split(":")[0] == "ccomp" and words[h].head >= 0:
            outer = self.cue_of(words[h].head)
            if outer is None or self.subject_of(words[h].head) is None:
                break
            h, cue = words[h].head, outer
        return h, cue

    def rule_points_back(self, q: QuoteSpan) -> _Decision | None:
        s = self.word_sent(max(q.close_end - 1, 0))
        if s + 1 >= len(self.parse.sentences):
            return None
        words = self.parse.sentence_words(s + 1)
        if len(words) < 3:
            return None
        para = self.parse.paragraph_of(q.start)
        next_para = self.parse.paragraph_of(words[0].start)
        rest = self.text[q.close_end:self.parse.paragraphs[para][1]].strip()
        # the sentence after the quote, in its paragraph or opening the next when the quote ends its own
        adjacent = next_para == para or (next_para == para + 1 and not rest)
        if [w.lower for w in words[:3]] in (["met", "die", "woorden"], ["met", "deze", "woorden"]):
            # „…” / Met die woorden verliet informateur Putters het Catshuis.
            if adjacent:
                root = self.parse.words[words[0].index].head
                while root >= 0 and self.parse.words[root].head >= 0:
                    root = self.parse.words[root].head
                e, m = self.speaker_from_word(self.subject_of(root) if root >= 0 else None)
                if e is not None:
                    return _Decision(e, m, Cue(words[0].start, words[2].end, self.text[words[0].start:words[2].end],
                                               "met die woorden", "marker"), "points-back")
            return None
        if words[0].lower not in ("dat", "dit", "zo"):
            return None
        if not adjacent:  # ("„…”\n\nDat zegt X": a quote that makes its paragraph, then the cue)
            return None
        cue = self.cue_of(words[1].index)
        if cue is None:
            return None
        subject = self.subject_of(words[1].index)
        if subject is None or self.parse.words[subject].lower in ("dat", "dit", "zo"):  # "Dat zegt minister X"
            subject = next((x.index for x in words[2:] if x.upos in ("PROPN", "NOUN", "PRON")), None)
        e, m = self.speaker_from_word(subject)
        return _Decision(e, m, cue[1], "points-back") if e is not None else None

    def rule_volgens(self, words: list[Word], generic: bool = True) -> _Decision | None:
        for n, w in enumerate(words):
            if w.lower == "volgens" and w.head >= 0:
                head = self.parse.words[w.head]
                after = words[n + 1] if n + 1 < len(words) else None
                if after is not None and (head.upos not in ("NOUN", "PROPN", "PRON") or self.in_quote(head.start)
                                          or (after.upos == "PRON" and after.lower in self.lex.pronouns)) and (
                        after.upos in ("NOUN", "PROPN", "PRON") or self.lex.source_kind(after.text)):
                    # the parser attached volgens elsewhere ("Volgens haar wordt Utrecht …" with volgens under
                    # Utrecht): take the word after it
                    head = after
                if self.lex.excluded_after_volgens(head.base_lemma):
                    continue
                e, m = self.speaker_from_word(head.index, generic=generic)
                if e is not None:
                    return _Decision(e, m, Cue(w.start, w.end, w.text, "volgens", "volgens"), "volgens")
        return None

    def rule_subject(self, sent: int, q: QuoteSpan, before: list[Word] | None = None) -> _Decision | None:
        root = self.parse.root_of(sent)
        subj = self.subject_of(root)
        if subj is None or q.open_start <= self.parse.words[subj].start < q.close_end:
            # the parser made the quote the clause: take the last subject before it
            subjects = [w.index for w in (before or []) if w.deprel.startswith("nsubj")]
            if not subjects:
                return None
            subj = subjects[-1]
            root = self.parse.words[subj].head if self.parse.words[subj].head >= 0 else subj
        e, m = self.speaker_from_word(subj, generic=False)
        if e is None:  # a plural noun speaks as a group ("de betogers"); "een pakket" does not speak
            w = self.parse.words[subj]
            if w.upos == "NOUN" and w.feat("Number") == "Plur":
                e, m = self.speaker_from_word(subj, generic=True)
        if e is None or (e.kind == "organisation" and m is not None and m.kind == "name"):
            return None
        w = self.parse.words[root]
        return _Decision(e, m, Cue(w.start, w.end, w.text, w.base_lemma, "verb"), "subject")

    def rule_continuation(self, q: QuoteSpan, prev: Pending | None) -> _Decision | None:
        """A quote-only sentence: who was just speaking, or the person just described.

        In order: a speech verb in the sentence before (its subject, with that
        verb as cue); a ``volgens`` source in the sentence before; the speaker
        of a quote in the sentence before; a person
        who is subject in the sentence before, else the last person it names;
        the previous speaker in this paragraph; a person subject earlier in
        the paragraph, else a person named there in any role (a one-word
        name only when the text gives it a first name, role or party); for a
        quote opening its paragraph, a person named as
        subject of the sentence after it; in a new paragraph, a group or
        organisation subject of the sentence before; for a quote opening its
        paragraph, a person who is subject of the last sentence of the
        paragraph before, when that sentence has no quote and no speech verb
        (``Timmermans schudt zijn hoofd.``); the previous speaker up to two
        paragraphs back; the document's most mentioned person.
        """
        cue = Cue(q.open_start, q.open_start, "", "continuation", "continuation")
        s = self.word_sent(q.open_start)
        para = self.parse.paragraph_of(q.open_start)
        prev_speaker = prev.decision if prev is not None and prev.speaker is not None else None
        prev_para = self.parse.paragraph_of(prev.start) if prev is not None else -10

        def again() -> _Decision:
            assert prev_speaker is not None
            return attrs.evolve(prev_speaker, rule="continuation", mention=None, cue=cue)

        prior = self._sentences_before(s, q.open_start, para)
        before_q = list(self.parse.sentence_words(s - 1)) if s > 0 and not any(
            w.start < q.open_start for w in self.parse.sentence_words(s)) else (prior[0] if prior else [])
        asked = self.asked(before_q, q)
        if asked is not None:
            # "Wat vindt u van Wilders?\n„Dat is zijn goed recht.”": the interviewee answers, who spoke last before
            # the question (not someone it quotes: "Schoof noemde het kabinet ‘beter dan zijn reputatie’. En u?"),
            # else the person the article is about, when the question does not name them
            answered = [d for end, d in self.said if end <= asked]
            sal = self.salient()
            introduced = self._introduced_before(max((end for end, _ in self.said if end <= asked), default=0), asked)
            if introduced is not None and (not answered or introduced is not answered[-1].speaker):
                # "Volt-Europarlementariër Sophie Lammers stemde tegen. Wij spraken haar … ⏎ Waarom …? ⏎ «…»": the
                # person introduced since the last quote, not its speaker, is interviewed
                return _Decision(introduced, None, cue, "continuation")
            if answered:
                # (the interviewee, when someone else was quoted about them in between: "„Jesse doet zijn
                # huiswerk,” zegt Kamerlid Kathmann. ⏎ Waar staat u over tien jaar?")
                again_ = [d for d in answered if d.speaker is sal]
                other = answered[-1].speaker
                if sal is not None and again_ and other is not sal and other is not None and \
                        len(other.mentions) < len(sal.mentions) and other.speaker_of < sal.speaker_of:
                    return attrs.evolve(again_[-1], rule="continuation", mention=None, cue=cue)
                return attrs.evolve(answered[-1], rule="continuation", mention=None, cue=cue)
            if sal is not None and not any(asked <= m.start < q.open_start for m in sal.mentions):
                return _Decision(sal, None, cue, "continuation")
        if prior:
            words = prior[0]
            if prev is not None and prev.close_end > words[0].start:
                if prev_speaker is not None:
                    return again()
            else:
                for w in reversed(words):
                    verb = self.cue_of(w.index)
                    if verb is not None and not self._reported_by_cue(w.index) and not any(
                            a <= w.start < b for a, b in self.reported):
                        # (not a cue inside what another reports: "Een woordvoerder zegt dat de raad twijfelt. „…”",
                        # "Mark zei tegen verslaggevers dat de familie antwoorden wil", however parsed)
                        e, m = self.speaker_from_word(self.subject_of(w.index), generic=False)
                        if e is None:  # "Een oom van het slachtoffer zei dat …": an unnamed source said it too
                            e, m = self.speaker_from_word(self.subject_of(w.index), generic=True)
                            if e is not None and e.kind not in ("anonymous", "person"):
                                e = None
                        if e is not None:
                            return _Decision(e, m, verb[1], "continuation")
                for n, w in enumerate(words):  # "Het was Omtzigt die …, aldus een oud-medewerker. „…”"
                    if w.lower == "aldus" and not self.in_quote(w.start):
                        source = next((x for x in words[n + 1:n + 5] if x.upos in ("NOUN", "PROPN", "PRON")), None)
                        e, m = self.speaker_from_word(source.index) if source is not None else (None, None)
                        if e is not None and e.kind != "organisation":
                            return _Decision(e, m, cue, "continuation")
                by = self.rule_volgens(words, generic=True)  # "Volgens de woordvoerster is …. „…”"
                if by is not None and by.speaker is not None and by.speaker.kind != "organisation":
                    return attrs.evolve(by, rule="continuation", cue=cue)
                found = self.person_in(words, subjects_only=True) or self.person_in(words, subjects_only=False) \
                    or self._unnamed_person_subject(words)
                if found is not None:
                    return _Decision(found[0], found[1], cue, "continuation")
        if prev_speaker is not None and prev_para == para:
            return again()
        for words in prior[1:]:
            found = self.person_in(words, subjects_only=True)
            if found is not None:
                return _Decision(found[0], found[1], cue, "continuation")
        for words in prior[1:]:  # "Voor Sanne Visser was de zege …. …. „…”": the person the paragraph is about
            found = self.person_in(words, subjects_only=False)
            if found is not None:
                return _Decision(found[0], found[1], cue, "continuation")
        first_in_para = not self.text[self.parse.paragraphs[para][0]:q.open_start].strip()
        whole_para = first_in_para and not self.text[q.close_end:self.parse.paragraphs[para][1]].strip()
        if first_in_para and s + 1 < len(self.parse.sentences):
            # „Het liep volledig uit de hand.” Anna Smit stond met haar armen over elkaar.
            # A quote that is a whole paragraph with nobody speaking before it (a lead) may take the
            # subject that opens the next paragraph.
            words = list(self.parse.sentence_words(s + 1))
            next_para = self.parse.paragraph_of(words[0].start) if words else -1
            if words and (next_para == para or (whole_para and prev_speaker is None and next_para == para + 1)) \
                    and words[0].start >= q.close_end:
                found = self.person_in(words, subjects_only=True)
                if found is not None and found[1].kind == "name":
                    return _Decision(found[0], found[1], cue, "next-subject")
        if prior and prev_para != para:
            # "De universiteiten trekken aan de bel. „…”": a group or organisation the paragraph opens with speaks,
            # not the speaker of a paragraph before
            for w in prior[0]:
                if w.deprel.startswith("nsubj") and self.table.main_subject(w.index):
                    e, m = self.speaker_from_word(w.index, generic=True)
                    if e is not None and e.kind in ("group", "organisation"):
                        return _Decision(e, m, cue, "continuation")
        if not prior and s > 0:
            # "„…”, zei Wilders. Timmermans schudt zijn hoofd. ⏎ „Dit is onverantwoord.”": a paragraph that is
            # only a quote, after a paragraph ending on someone who does not speak, is that person's
            last = list(self.parse.sentence_words(s - 1))
            if last and self.parse.paragraph_of(last[0].start) == para - 1 and (
                    prev is None or prev.close_end <= last[0].start) and not any(
                    self.in_quote(w.start) or self.cue_of(w.index) is not None for w in last):
                found = self.person_in(last, subjects_only=True)
                if found is not None and found[0].kind == "person" and (
                        prev_speaker is None or found[0] is not prev_speaker.speaker):
                    return _Decision(found[0], found[1], cue, "continuation")
        if prev_speaker is not None and para - prev_para <= 2:
            return again()
        sal = self.salient()
        if sal is not None and not any(m.kind == "name" and q.open_start <= m.start < q.close_end for m in sal.mentions):
            # (not someone the quote names: "Reacties: „Wilders heeft Nederland in de steek gelaten”")
            return _Decision(sal, None, cue, "salient")
        return None

    def _unnamed_person_subject(self, words: list[Word]) -> tuple[EntityRecord, RawMention] | None:
        """``Een buurvrouw schrok wakker.``: an unnamed person (a noun for one) who is the main subject of the
        sentence, outside quotation marks."""
        for w in words:
            if w.deprel.startswith("nsubj") and w.upos == "NOUN" and not self.in_quote(w.start) \
                    and self.table.main_subject(w.index) and self.lex.person_gender(w.lower) is not None:
                e, m = self.speaker_from_word(w.index, generic=True)
                if e is not None and m is not None and e.kind == "anonymous" and m.number == "sg":
                    return e, m
        return None

    def _lead_in(self, q: QuoteSpan) -> list[Word]:
        """For a quote opening its paragraph, the last sentence of the paragraph before when it ends in a colon
        (``Ze zegt: ⏎⏎ ‘Ik werk twintig uur per week.’``), else nothing."""
        para = self.parse.paragraph_of(q.open_start)
        if para == 0 or self.text[self.parse.paragraphs[para][0]:q.open_start].strip():
            return []
        lo, hi = self.parse.paragraphs[para - 1]
        words = self.parse.words_in(lo, hi)
        if not words or words[-1].text != ":":
            return []
        stops = [n for n, w in enumerate(words[:-1]) if w.text in (".", "!", "?")]
        return words[stops[-1] + 1:] if stops else words

    def _sentences_before(self, s: int, start: int, para: int) -> list[list[Word]]:
        """The sentences of the paragraph before character ``start`` (in sentence ``s``), nearest first.

        When the tokenizer ran the sentence before into the quote (``Romp was
        content. „…”`` as one sentence), that sentence's words before the
        quote count as the sentence before; a verbless lead-in (``Met een
        glimlach:``) does not.
        """
        out: list[list[Word]] = []
        lo, hi = self.parse.paragraphs[para]
        head = [w for w in self.parse.sentence_words(s) if lo <= w.start < start]
        if any(w.upos in ("VERB", "AUX") for w in head):
            out.append(head)
        k = s - 1
        while k >= 0:
            words = list(self.parse.sentence_words(k))
            if not words or not lo <= words[0].start <= hi:
                break
            out.append(words)
            k -= 1
        return out

    def person_in(self, words: list[Word], subjects_only: bool) -> tuple[EntityRecord, RawMention] | None:
        """The person (or group) the words are about: the main clause's subject, else the last one referred to.

        Outside the subject, a one-word name the text never gives a first
        name, role or party may be a place or an event (``in Ahoy``) and
        is passed over.
        """
        if subjects_only:  # the last main clause's subject, and of two the parser gave one verb the first
            main = [w for w in words if w.deprel.startswith("nsubj") and self.table.main_subject(w.index)]
            last_verb = max((w.head for w in main), default=-1)
            for w in main if last_verb < 0 else [w for w in main if w.head == last_verb]:
                e, m = self.speaker_from_word(w.index, generic=False)
                if e is not None and m is not None and e.kind in ("person", "group") and m.kind != "source":
                    return e, m
        for w in reversed(words):
            if subjects_only and not w.deprel.startswith("nsubj"):
                continue
            if not subjects_only and w.upos not in ("PROPN", "PRON") and not self.in_name(w):
                continue  # (a name the tagger took for an adverb, "Faber zelf ziet …", is still a name)
            e, m = self.speaker_from_word(w.index, generic=False)
            if e is None or m is None or e.kind not in ("person", "group") or m.kind == "source":
                continue
            if not subjects_only and m.kind == "name" and e.kind == "person" and not (e.first or e.role or e.party):
                continue
            if m.kind == "role" and (m.office or "").startswith(NATIONALITY) and \
                    not any(x.kind == "name" for x in e.mentions):
                continue  # "de Rus" when the text gave nobody that nationality: who it is stays unknown
            return e, m
        return None

    # --- the walk ---------------------------------------------------------------------------
    def run(self) -> AttributedDocument:
        from quoteattr.indirect import indirect_in_sentence

        quotes: list[Pending] = []
        top = [q for q in self.spans if q.depth == 0]
        prev_quote: Pending | None = None
        prev_decision: _Decision | None = None
        # indirect quotes are found sentence by sentence along with the direct ones, in text order, so that a
        # pronoun after "Een woordvoerder van de VNG zegt dat …" can take up the spokesman
        indirect: list[Pending] = []
        sentence = 0
        for n, q in enumerate(top):
            while sentence < len(self.parse.sentences) and self.parse.sentence_words(sentence)[-1].end <= q.open_start:
                indirect.extend(indirect_in_sentence(self, sentence, self.reported))
                sentence += 1
            prev_end = top[n - 1].close_end if n else 0
            next_start = top[n + 1].open_start if n + 1 < len(top) else len(self.text)
            d, kind = self.decide(q, prev_end, next_start, prev_quote, prev_decision, top[n - 1] if n else None)
            quote = self.make_quote(q, d, kind)
            quotes.append(quote)
            if d.speaker is not None and kind in ("direct", "partial"):
                self.last_speaker = d.speaker.index
                d.speaker.speaker_of += 1
                self.said.append((q.close_end, d))
            if kind == "direct" or d.speaker is not None:
                prev_quote, prev_decision = quote, d
        quotes = self._whole_quote_cue(top, quotes)
        for q in self.spans:
            if q.depth > 0:
                words = self.content_words(q)
                kind = "partial" if len(words) >= 4 else "scare"
                quotes.append(self.make_quote(q, _Decision(rule="nested"), kind))
        for s in range(sentence, len(self.parse.sentences)):
            indirect.extend(indirect_in_sentence(self, s, self.reported))
        quotes = self.headline_repeats(self.inside_indirect(quotes, indirect)) + indirect
        self.link()
        quotes = self.roles_named_later(quotes)
        self.frozen = {e.index: e.freeze(self.text) for e in self.table.entities}
        final = sorted((self.finish(p) for p in quotes), key=lambda x: (x.start, x.end))
        used = {q.speaker.id for q in final if q.speaker is not None}
        # the speakers, and the people the text or the knowledge base says something about
        entities = tuple(self.frozen[e.index] for e in self.table.entities
                         if f"e{e.index}" in used or (e.kind == "person" and (e.kb_id or e.role or e.party)))
        return AttributedDocument(text=self.text, quotes=tuple(final), entities=entities, date=self.date)

    def roles_named_later(self, quotes: list[Pending]) -> list[Pending]:
        """``Minister: ‘…’`` in a headline: a speaker who is only a role goes to the holder the article names later.

        Only where neither the text before nor the knowledge base at the date
        said who the role is (``Premier`` has one holder at a date; a minister
        does not).
        """
        moved: dict[int, EntityRecord | None] = {}
        out = []
        for p in quotes:
            e = p.speaker
            if e is not None and p.kind in ("direct", "partial") and e.kind == "person" and \
                    all(m.kind == "role" for m in e.mentions):
                if e.index not in moved:
                    moved[e.index] = found = self.table.named_after(e)
                    if found is not None:
                        for m in list(e.mentions):
                            found.add(m)
                        e.role = e.office = None  # (no longer listed as a person of its own)
                found = moved[e.index]
                if found is not None:
                    p = attrs.evolve(p, decision=attrs.evolve(p.decision, speaker=found))
            out.append(p)
        return out

    def _whole_quote_cue(self, top: list[QuoteSpan], quotes: list[Pending]) -> list[Pending]:
        """A quote over several paragraphs whose last part has a cue after it: every part is that speaker's.

        ``„Mark was geen vechter. ¶ „Onze familie …”, zei ze``: the first part
        was guessed from the context before it (``continuation``); the cue at
        the end says who spoke.
        """
        out = list(quotes)
        for n in range(len(top) - 1, 0, -1):
            if not (top[n].continues and out[n].decision.rule == "cue-after"):
                continue
            k = n
            while k > 0 and top[k].continues:  # back through the parts, as long as each was a guess
                k -= 1
                if out[k].decision.rule not in ("continuation", "paragraph", "salient", "none", "next-subject"):
                    break  # (a part with its own cue keeps it: "X zei: „… ¶ „…”, zei hij")
                out[k] = attrs.evolve(out[k], decision=attrs.evolve(out[n].decision, rule="paragraph"))
        return out

    def inside_indirect(self, quotes: list[Pending], indirect: list[Pending]) -> list[Pending]:
        """A quoted phrase inside reported speech is the reporter's source's words.

        ``Volgens haar is er „ruimte voor maatwerk”``: what would otherwise
        be a scare quote is a partial quote of the indirect quote's speaker.
        A single quoted noun stays a scare quote there (``haperde het
        ’treinverkeer’, aldus de woordvoerster``: a term); a single adjective
        (as tagged, or as the lexicon knows the word) is the source's
        judgement (``dat het de gesprekken „constructief” wil voeren``).
        """
        out = []
        for p in quotes:
            words = [w for w in self.parse.words_in(p.start, p.end) if w.upos != "PUNCT"]
            if p.kind == "scare" and p.speaker is None and (len(_WORDLIKE_RUN.findall(self.text[p.start:p.end])) >= 2 or (
                    len(words) == 1 and words[0].text.islower() and ("ADJ" in (
                        words[0].upos, self.lex.common_words.get(words[0].lower))
                        or _ADJECTIVE_ENDING.search(words[0].lower) is not None))):
                around = [i for i in indirect if i.speaker is not None and i.start <= p.open_start
                          and p.close_end <= i.end]
                if around:
                    d = attrs.evolve(around[0].decision, rule="in-indirect")
                    p = attrs.evolve(p, kind="partial", decision=d)
            elif p.kind == "partial" and p.decision.rule == "parse" and p.decision.mention is not None:
                # "Yeşilgöz verweet Wilders dat hij ’zijn eigen ego boven het land’ stelt": the subject of the
                # reported clause did not say the words, the one who reports them did
                m = p.decision.mention
                around = [i for i in indirect if i.speaker is not None and i.start <= m.start < i.end
                          and i.start <= p.open_start and p.close_end <= i.end and i.speaker is not p.speaker]
                if around:
                    p = attrs.evolve(p, decision=attrs.evolve(around[0].decision, rule="in-indirect"))
            out.append(p)
        return out

    def headline_repeats(self, quotes: list[Pending]) -> list[Pending]:
        """A quote with no speaker in its context that the text quotes again, with a cue, later on.

        Headlines and leads pull a line from the body (``„Europa moet nu
        kiezen”`` over ``„Europa moet nu kiezen of …”, zei Schoof``): the
        quote the line comes from says who said it.  A headline the rules gave
        to a group or organisation (``Coalitie ruziet: ’…’``) goes to the
        person the body quotes saying it.
        """
        lines = [" ".join(_WORDLIKE_RUN.findall(self.text[p.start:p.end].casefold())) for p in quotes]
        out = []
        for p, line in zip(quotes, lines, strict=True):
            # (a person known by a role only, "Oud-topambtenaar bij enquête: ,,…''", is no name either)
            unnamed = p.speaker is None or p.speaker.kind != "person" or not (p.speaker.surname or p.speaker.kb_id)
            # (a headline "‘Dit is pas het begin’: boeren …" reads as a term until the body quotes it with a cue)
            headline = p.kind == "scare" and self.text[p.start:p.start + 1].isupper() and \
                self.parse.paragraph_of(p.start) == 0
            # (a headline's colon speaker is a guess from a phrase: "Faber onder vuur: ,,Dit is kleinzielig''"
            # may quote her critic, whom the body names with a cue)
            guessed = p.decision.rule == "colon" and self.parse.paragraph_of(p.start) == 0
            if (p.kind in ("direct", "partial") or headline) and p.decision.rule != "nested" and \
                    (p.decision.rule in ("salient", "none", "next-subject", "scare") or unnamed or guessed) and \
                    " " in line:
                # (a quote inside a quote is said by the one quoted there, not by the speaker around it)
                found = [o for o, said in zip(quotes, lines, strict=True)
                         if o is not p and o.speaker is not None and o.kind in ("direct", "partial")
                         and o.decision.rule not in ("salient", "none", "next-subject", "repeated")
                         and (not unnamed or o.speaker.kind == "person") and f" {line} " in f" {said} "]
                if found:
                    p = attrs.evolve(p, decision=attrs.evolve(found[0].decision, rule="repeated"),
                                     kind=found[0].kind if headline else p.kind)
            out.append(p)
        return out

    def decide(self, q: QuoteSpan, prev_end: int, next_start: int, prev: Pending | None,
               prev_decision: _Decision | None, prev_span: QuoteSpan | None) -> tuple[_Decision, str]:
        content = self.content_words(q)
        before, after = self.frame(q, prev_end, next_start)
        if q.continues and prev is not None and prev_decision is not None:
            # the last paragraph of a quote may end in its cue ("„…”, zei ze met trillende stem"): that says who
            # spoke all of it (run() gives the earlier paragraphs that speaker too)
            tail = self.text[q.start:q.end].rstrip()
            said = self.rule_cue_after(after, tail.endswith((",", "?", "!")) and bool(after)
                                       and after[0].text[:1].islower())
            if said is not None:
                return said, "direct"
            cue = Cue(q.open_start, q.open_start, "", "continuation", "continuation")
            return attrs.evolve(prev_decision, rule="paragraph", cue=cue, mention=None), "direct"
        sent = self.word_sent(q.open_start)
        sent_words = list(self.parse.sentence_words(sent))
        inside = self.text[q.start:q.end].rstrip()
        ends_sentence = bool(_SENT_END.search(inside))
        # „Waarom?” vroeg hij; "Ik stop," zei ze: the mark inside the quote joins it to the cue after it
        joined = inside.endswith((",", "?", "!", "…")) and bool(after) and after[0].text[:1].islower()
        starts_clause = not before or before[-1].text in (":", ",")
        # what follows a quote that ends its own sentence is the next sentence
        after_ok = ends_sentence or joined or not after or after[0].text in (",", ".", "!", "?", "-", "–", "—", ")")
        long_enough = len(content) >= 4
        capital = bool(content) and (content[0].text[:1].isupper() or (  # ("’s Winters zie je …" opens a sentence)
            content[0].text.lower() in _ELIDED_ARTICLES and len(content) > 1 and content[1].text[:1].isupper()))
        cue_next = next((w for w in after[:2] if w.text not in (",", "-", "–")), None)
        short_clause = not before and capital and bool(after) and (after[0].text in (",", "-", "–") or joined) and (
            len(content) >= 2 or (  # „Nee,” zegt Hofstede: one word answered is direct speech too
                len(content) == 1 and cue_next is not None and self.cue_of(cue_next.index, surface=True) is not None))
        direct = (starts_clause and after_ok and (ends_sentence or (capital and long_enough) or short_clause)) or (
            bool(before) and before[-1].text == ":" and (long_enough or (capital and len(content) >= 2))) or (
            ends_sentence and len(content) >= 3 and not before)

        # split quote: „A”, zegt X, „B” — B takes the cue between them
        if prev_span is not None and before and before[-1].text == "," and prev is not None and \
                prev.speaker is not None and prev.close_end <= before[0].start + 2 and direct:
            between = [w for w in before if self.cue_of(w.index) or w.lower == "aldus"]
            if between and prev_decision is not None:
                return attrs.evolve(prev_decision, rule="cue-between", mention=None), "direct"

        if [w.text for w in before] == [":"] and prev is not None and prev_decision is not None and \
                prev.speaker is not None and prev.close_end <= before[0].start:
            # "… wil volgens haar ’niet zeggen dat …’: „Zolang …”": the colon continues that speaker
            colon = Cue(before[0].start, before[0].end, ":", ":", "colon")
            return attrs.evolve(prev_decision, rule="colon", cue=colon, mention=None), "direct"
        d: _Decision | None = self.rule_cue_after(after, joined) or self.rule_colon(before) or (
            self.rule_colon(self._lead_in(q)) if not before else None) or self.rule_parse(q, content)
        if d is None and direct:
            d = self.rule_points_back(q)
        if d is None:
            outside = [w for w in sent_words if not q.open_start <= w.start < q.close_end]
            d = self.rule_volgens(outside, generic=not direct)
        if direct:
            if d is not None:
                return d, "direct"
            if not before or (before[-1].text == ":" and not any(w.upos in ("VERB", "AUX") for w in before)):
                # a quote-only sentence, or one introduced by a verbless phrase ("Met een glimlach: „…”")
                c = self.rule_continuation(q, prev)
                if c is not None:
                    return c, "direct"
            return _Decision(), "direct"
        # not a full quote: partial or scare
        if self.is_title(q, content, before) or (before and (
                before[-1].lower in self.lex.term_words
                or " ".join(w.lower for w in before[-2:]) in self.lex.term_words)) or any(
                w.head >= 0 and self.parse.words[w.head].base_lemma in _NAMING_VERBS
                and not self.in_quote(self.parse.words[w.head].start) for w in content) or (
                _titlecase(content) and len(content) >= 4 and sum(w.text[:1].isupper() for w in content) >= 3) or (
                _titlecase(content) and len(content) >= 2 and self._named_by(q, content)):
            # (a term: "een zogeheten ‘huurkorting op maat’", a name: "heette ’het ruziekabinet’"; words capitalised
            # as a title: "haar halfjaarlijkse ‘Economische Ontwikkelingen en Vooruitzichten’", which no Dutch
            # sentence writes so; a nickname: "die door de fans ’Mister Derby’ wordt genoemd")
            return _Decision(rule="scare"), "scare"
        if d is not None and d.rule == "cue-after" and d.mention is not None and any(
                w.lower == "zo" for w in after[:3]) and any(
                x.lower() in self.lex.news_media for x in re.findall(r"\w+", d.mention.text)):
            # "Hij wenste zijn opvolger „veel succes”, zo meldt het persbureau dpa": the medium relays it
            d = self.rule_parse(q, content) or self.rule_subject(sent, q, before) or d
        if d is not None:
            return d, "partial"
        if len(content) <= 3 and _titlecase(content):
            return _Decision(rule="scare"), "scare"
        if self.named_term(content, before, sent_words):
            return _Decision(rule="scare"), "scare"
        # (one word is the speaker's too when it is the finite verb the subject says: "Agema ‘betreurt’ het besluit")
        if len(content) >= 2 or (len(content) == 1 and content[0].upos == "VERB" and content[0].deprel == "root"
                                 and content[0].feat("VerbForm") == "Fin"):
            if any(w.lower in ("zou", "zouden") for w in sent_words) and not q.open_start <= 0:
                # hearsay: "Hij zou ’per ongeluk’ zijn ontvoerd" reports an unnamed source, not the subject
                return _Decision(rule="reportative"), "partial"
            s = self.rule_subject(sent, q, before)
            if s is not None:
                return s, "partial"
        return _Decision(rule="scare"), "scare"

    def _named_by(self, q: QuoteSpan, content: list[Word]) -> bool:
        """The quoted words are what ``noemen`` calls someone (``noemt hem ’De Generaal’``, ``die ’Mister Derby’
        wordt genoemd``): they hang from it, or it follows within three words."""
        after = [w for w in self.parse.words_in(q.close_end, min(len(self.text), q.close_end + 40))[:3]
                 if w.sent == content[-1].sent]
        return any(w.head >= 0 and self.parse.words[w.head].base_lemma == "noemen"
                   and not self.in_quote(self.parse.words[w.head].start) for w in content) or any(
            w.base_lemma == "noemen" or w.lower == "genoemd" for w in after)

    def named_term(self, content: list[Word], before: list[Word], sent_words: list[Word]) -> bool:
        """A capitalised quote after an article, in a sentence with no speech verb: the name of a thing.

        ``reist naar Brussel voor het ‘Haags akkoord’``, ``won de ‘Hel van het
        Noorden’``: no one is quoted, a deal or race is named.  (``sprak van
        een ‘Zwarte Dag’`` and ``noemde het een ‘Schandaal’`` have a cue.)
        """
        if not content or not content[0].text[:1].isupper() or content[0].lower in self.lex.pronouns:
            return False
        lead = [w for w in before if w.upos != "PUNCT"]
        if not lead or lead[-1].lower not in ("de", "het", "een"):
            return False
        return not any(self.cue_of(w.index) is not None for w in sent_words if not self.in_quote(w.start))

    def is_title(self, q: QuoteSpan, content: list[Word], before: list[Word]) -> bool:
        """A capitalised quote that names a work: ``het album ‘Blauwe Maandag’``, ``‘Zomer in de Stad’ (1998)``.

        After a word that introduces titles (``album``, ``hits als``,
        ``getiteld``; see ``data/title_nouns.txt``) or a preposition that
        opens the sentence (``In ‘Wat de meeuwen weten’ keren …``), before a
        year in brackets, or with a title noun in apposition after it, the
        quoted words are a title, not someone's words.
        """
        if not content or not content[0].text[:1].isupper():
            return False
        if _YEAR_AFTER.match(self.text, q.close_end):
            return True
        after = self.parse.words_in(q.close_end, min(len(self.text), q.close_end + 80))[:7]
        if after and after[0].text == "," and any(w.upos == "NOUN" and self.lex.introduces_title(w.text)
                                                  for w in after[1:] if w.sent == after[0].sent):
            return True  # "opent ‘Het licht van Paramaribo’, de eerste grote overzichtstentoonstelling van …"
        lead = [w for w in before if w.text not in (":", ",")]
        if len(lead) >= 2 and lead[-1].lower == "als" and self.lex.introduces_title(lead[-2].text):
            return True  # hits als ‘…’
        # after a preposition that opens the sentence, a capitalised quote names a work too: "In ‘Wat de meeuwen
        # weten’ keren …" (after a verb it may be words someone used: "sprak van ‘Een Zwarte Dag’")
        return bool(lead) and (self.lex.introduces_title(lead[-1].text) or (
            len(lead) == 1 and lead[0].upos == "ADP" and lead[0].lower not in ("volgens", "aldus")
            and len(content) >= 2))

    def salient(self) -> EntityRecord | None:
        """The person mentioned most often outside quotes (None when nobody is); a tie goes to the one named first.
        (What people say about a name does not make it the article's subject: ``„Almere blijft bouwen.”``)"""
        counts = {id(e): sum(not self.in_quote(m.start) for m in e.mentions) for e in self.table.entities}
        people = [e for e in self.table.entities if e.kind == "person" and counts[id(e)]]
        if not people:
            return None
        return max(people, key=lambda e: (counts[id(e)], -e.mentions[0].start))

    def make_quote(self, q: QuoteSpan, d: _Decision, kind: str) -> Pending:
        return Pending(q.start, q.end, kind, d, q.open_start, q.close_end)

    def finish(self, p: Pending) -> Quote:
        """The public :class:`Quote` for a pending decision (after knowledge-base linking)."""
        d, kind = p.decision, p.kind
        speaker = d.speaker if kind in ("direct", "partial", "indirect") else None
        rule = "scare" if kind == "scare" and d.rule in ("none", "scare") else d.rule
        conf = CONFIDENCE.get(rule, 0.5)
        if speaker is None and kind in ("direct", "partial") and rule not in ("reportative", "nested"):
            rule, conf = "none", CONFIDENCE["none"]
        mention = None
        if d.mention is not None and speaker is not None:
            mention = Mention(d.mention.start, d.mention.end, self.text[d.mention.start:d.mention.end],
                              d.mention.kind)
        return Quote(start=p.start, end=p.end, text=self.text[p.start:p.end], kind=kind,
                     speaker=self.frozen[speaker.index] if speaker is not None else None, cue=d.cue,
                     confidence=conf, rule=rule, open_start=p.open_start, close_end=p.close_end,
                     speaker_mention=mention)

    def link(self) -> None:
        """Link person entities to the knowledge base at the document's date."""
        kb = self.owner.kb
        if kb is None:
            return
        from quoteattr.linking import link_entity

        for e in self.table.entities:
            if e.kind == "person":
                link_entity(e, kb, self.date)
                if e.gender == "-" and e.first:  # "Kees van Dam" is a man whoever he is
                    e.gender = kb.forename_gender(e.first) or "-"
                if e.party is None and e.kb_party is None and e.office in _PARTY_OFFICES:
                    e.party = self._party_just_named(e)

    def _party_just_named(self, e: EntityRecord) -> str | None:
        """``Ook de VVD stemde in. Fractievoorzitter Karin Dijkhuizen benadrukte …``: the party that is the
        main subject of the sentence before the one that first names a party politician, in its paragraph (or
        that the subject noun names: ``Ook coalitiepartner CDA heeft twijfels.``)."""
        first = next((m for m in e.mentions if m.kind == "name"), None)
        if first is None or first.sent == 0:
            return None
        before = self.parse.sentence_words(first.sent - 1)
        if not before or self.parse.paragraph_of(before[0].start) != self.parse.paragraph_of(first.start):
            return None
        for w in before:
            if w.deprel.startswith("nsubj") and self.table.main_subject(w.index) and not self.in_quote(w.start):
                # (or the party the subject noun names: "Ook coalitiepartner CDA heeft twijfels.")
                named = [self.parse.words[k].text for k in self.parse.children[w.index]
                         if self.parse.words[k].deprel in ("appos", "flat") and k == w.index + 1]
                return next((p for p in map(self.party_of, [w.text, *named]) if p), None)
        return None


#: Infinitives that make ``laten`` a speech verb: ``liet weten dat``, Flemish ``liet verstaan dat``.
_LATEN_SAY = frozenset({"weten", "verstaan"})
#: Verbs an interview's introduction presents its interviewee with ("Wij spraken de rector", "sprak met X").
_INTERVIEWING = frozenset({"spreken", "interviewen", "bellen", "ontmoeten", "bezoeken"})
#: Endings of Dutch adjectives (constructief, onverantwoordelijk, schandalig, haalbaar, kansloos, typisch).
_ADJECTIVE_ENDING = re.compile(r"(?:ief|isch|lijk|baar|zaam|loos|ig)$")


def _titlecase(words: list[Word]) -> bool:
    return bool(words) and all(w.text[:1].isupper() for w in words if w.upos not in ("ADP", "DET", "CCONJ"))
