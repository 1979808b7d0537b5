"""Indirect quotes: reported speech without quotation marks.

Rules (``Quote.rule``), each giving the reported content as the span:

``indirect-dat``          X zegt/stelt/waarschuwt dat … (also ``of`` clauses,
                          and te-infinitives after zeggen, beloven, laten weten …)
``indirect-volgens``      volgens X …  (also ``in de visie van X``)
``indirect-aldus``        …, aldus X.
``indirect-inverted``     Sneller kon niet, vond X. / …, zo meldde X.
``indirect-points-back``  … . Dat meldt X. / … . X heeft dat tegenover de NOS bevestigd.
``indirect-eigen-zeggen`` X heeft naar eigen zeggen …

A clause that is only a marked quote (with at most ``er`` or a pronoun
besides it) is left to the quote (its partial quote is annotated instead),
and passives without a source are not indirect speech.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import regex

from quoteattr.mentions import age_of, in_dateline, is_amount
from quoteattr.results import Cue

_WORD = regex.compile(r"\w+")
#: Prepositions of a statement the cue's speaker speaks in (``zei in een toelichting dat``), not one reacted to.
_SAID_IN = frozenset({"in", "bij", "tijdens"})
Emit = Callable[..., Any]
InQuote = Callable[[Any], bool]

if TYPE_CHECKING:  # pragma: no cover
    from quoteattr.attribution import Pending, _Run
    from quoteattr.parsed import Parse, Word

#: Quote marks as words of a parse: a reported clause that ends with a quoted fragment keeps the closing one.
_QUOTE_MARKS = frozenset({'"', "'", "„", "”", "“", "‘", "’", "«", "»", "‚", ",,", "''"})
#: Verbs whose te-infinitive complement is reported speech (``belooft te …``).
TE_INFINITIVE_CUES = frozenset({"zeggen", "beloven", "laten weten", "aankondigen", "aangeven", "toezeggen",
                                "verklaren", "beweren", "ontkennen", "zweren"})
#: Cue verbs that do not take a reported `dat` clause of speech (`wist dat` is knowledge, not speech).
NOT_WITH_DAT = frozenset({"weten", "vragen", "beginnen", "besluiten", "vervolgen", "afsluiten", "lachen",
                          "zuchten", "grijnzen", "glimlachen", "laten", "spreken", "uiten", "zingen",
                          # naming verbs frame a partial quote; "noemt het schandalig dat …" reports no speech
                          "noemen", "omschrijven", "typeren", "bestempelen", "betitelen", "kwalificeren", "afdoen"})
_INTRO_MARKS = frozenset({"dat", "of", "hoe", "waarom", "wat", "wie", "wanneer", "waar"})
#: Words that open what an asking cue asks (``vraagt of``, ``wil weten waarom``).
_QUESTION_MARKS = frozenset({"of", "waarom", "hoe", "wat", "wie", "wanneer", "waar", "welke", "hoeveel"})


def indirect_in_sentence(run: _Run, s: int, found: list[tuple[int, int]]) -> Iterator[Pending]:
    """Indirect quotes of sentence ``s``, as pending decisions for the attribution run, which asks for the
    sentences in text order along with the direct quotes; ``found`` holds the spans taken so far (in the
    sentences before), and takes this sentence's."""
    from quoteattr.attribution import Pending, _Decision

    parse = run.parse

    def in_quote(w: Word) -> bool:
        return run.in_quote(w.start)

    def emit(words: list[Word], speaker_word: int | None, cue: Cue, rule: str,
             generic: bool = True) -> Pending | None:
        words = _without_dateline(run, sorted(words, key=lambda w: w.start))
        colon = next((n for n, w in enumerate(words) if w.text == ":"), None)
        if colon is not None:  # "bezweert dat …: „…”": the direct quote is not part of it
            words = words[:colon]
        if words:  # the clause ends with its sentence, also where the tokenizer ran two together
            stop = next((w.start for w in run.parse.words_in(words[0].start, words[-1].end)
                         if w.text in (".", "!", "?") and not run.in_quote(w.start)), None)
            if stop is not None:
                words = [w for w in words if w.start < stop]
        span = _trim(words)
        if span is None:
            return None
        start, end = span
        outside = run.text[start:end]
        for a, b in run.quoted:  # a clause that is only a quoted fragment is left to that quote
            if start <= a and b <= end + 1:
                outside = outside.replace(run.text[a:b], " ")
        rest = _WORD.findall(outside)
        quoted = outside != run.text[start:end]
        if len(rest) < (1 if quoted else 2) or any(a < end and start < b for a, b in found):
            return None
        if len(rest) == 1:  # one noun besides a quote is a report of its own: sancties "…", not er "…"
            lone = [w for w in run.parse.words_in(start, end) if not run.in_quote(w.start) and w.upos != "PUNCT"]
            if len(lone) != 1 or lone[0].upos not in ("NOUN", "PROPN"):
                return None
        if run.in_quote(start) and not any(a == start and b <= end for a, b in run.quoted):
            return None  # (a clause may open with a quoted fragment of its own, not inside a quote)
        speaker, mention = run.speaker_from_word(speaker_word, generic=generic)
        if speaker is None:
            return None
        found.append((start, end))
        return Pending(start, end, "indirect", _Decision(speaker, mention, cue, rule), start, end)

    words = list(parse.sentence_words(s))
    for w in words:
        if in_quote(w):
            continue
        cue = run.cue_of(w.index)
        if cue is not None and cue[0] not in NOT_WITH_DAT and not _unrealised(run, w.index):
            for k in parse.children[w.index]:
                kid = parse.words[k]
                rel = kid.deprel.split(":")[0]
                if rel not in ("ccomp", "xcomp", "advcl") or cue[0] == kid.lower + w.base_lemma:
                    continue  # (the cue's own particle parsed as a clause: "maakte dat gisteren bekend")
                clause = [parse.words[x] for x in parse.subtree(k)]
                marks = _clause_marks(parse, k)
                if rel == "xcomp" and marks and marks[0].lower in ("dat", "of") and marks[0].index > w.index:
                    rel = "ccomp"  # a dat-clause read as a te-infinitive ("zei dat zijn advocaat … op te nemen")
                if rel in ("ccomp", "advcl") and marks and marks[0].lower in _INTRO_MARKS and \
                        (rel == "ccomp" or marks[0].lower == "dat") and (
                        marks[0].lower != "dat" or _opens_clause(run, words, marks[0].index - words[0].index)):
                    # (not the cue's particle the parser hung in the clause before its "dat": rekent voor dat)
                    body = [x for x in clause if (x.index != marks[0].index or marks[0].lower not in ("dat", "of"))
                            and x.index >= marks[0].index]
                    if body:  # the words between "dat" and the clause's end are the clause's, however the parser
                        # hung them ("dat het land stil komt te liggen" with "komt" a clause of its own)
                        first = marks[0].index + (marks[0].lower in ("dat", "of"))
                        body = _to_clause_end([parse.words[x] for x in range(min(first, body[0].index),
                                                                             body[-1].index + 1)], in_quote)
                    body += _clause_tail(words, body, w)
                    p = emit(body, run.subject_of(w.index), cue[1], "indirect-dat")
                    if p is not None:
                        yield p
                elif rel in ("xcomp", "ccomp") and cue[0] in TE_INFINITIVE_CUES and kid.index > w.index and any(
                        parse.words[x].lower == "te" for x in _with_auxiliaries(parse, k)):
                    # "belooft het budget te verhogen": the object the parser hung from the cue is part of it
                    subject = run.subject_of(w.index)
                    if subject is not None and _thing(run, parse.words[subject]):
                        continue  # "Het fusieplan belooft betere zorg … te bundelen": a plan promises nobody anything
                    skip = set(parse.subtree(subject)) if subject is not None else set()
                    last = max(x.index for x in clause)
                    nxt = last + 1
                    while nxt < len(parse.words) and parse.words[nxt].upos == "VERB" and \
                            parse.words[nxt].head in (w.index, k) and parse.words[nxt].sent == w.sent:
                        # "zegt de uitspraak te gaan bestuderen" with the last verb hung from the cue
                        last = max(parse.subtree(nxt))
                        nxt = last + 1
                    begin = w.index  # "liet via Instagram weten … te zijn": what was said follows "weten"
                    if cue[0] == "laten weten":  # (hung from "liet", or parsed apart: "liet na afloop weten")
                        begin = next((k for k in parse.children[w.index] if k > w.index
                                      and parse.words[k].base_lemma == "weten"), None) or next(
                            (x.index for x in words if w.index < x.index <= w.index + 3
                             and x.base_lemma == "weten"), w.index)
                    body = [x for x in words if begin < x.index <= last and x.index not in skip
                            and not (x.head == w.index and x.deprel == "compound:prt")]  # (zegde toe …)
                    body += _clause_tail(words, body, w)  # ("trots te | zijn op wat ze heeft bereikt")
                    p = emit(body, subject, cue[1], "indirect-dat")
                    if p is not None:
                        yield p
    yield from _dat_surface(run, words, emit, in_quote)
    yield from _te_surface(run, words, emit, in_quote)
    yield from _volgens(run, words, emit)
    yield from _aldus_and_inverted(run, words, emit, in_quote)
    yield from _points_back(run, s, words, emit, in_quote)
    yield from _document_says(run, s, words, emit, in_quote)


#: Verbs that report what a document says, with the preposition that puts the document before them.
_DOCUMENT_VERBS = {"staan": "in", "blijken": "uit"}


def _document_says(run: _Run, s: int, words: list[Word], emit: Emit, in_quote: InQuote) -> Iterator[Pending]:
    """``In het rapport staat dat …``, ``Uit onderzoek van de GGD blijkt dat …``: what a document says, for
    whoever wrote it (see ``documents.txt``).  ``Dat staat in een rapport van de Rekenkamer.`` points back to
    the sentence before; a ``dat`` after the document is then a relative pronoun (``dat dinsdag verscheen``)."""
    for n, w in enumerate(words):
        if w.base_lemma not in _DOCUMENT_VERBS or w.upos not in ("VERB", "AUX") or in_quote(w):
            continue
        case = _DOCUMENT_VERBS[w.base_lemma]
        doc = next((x for x in words[max(0, n - 6):n + 5] if x.upos == "NOUN" and run.lex.is_document(x.lemma)
                    and not in_quote(x) and any(run.parse.words[c].lower == case for c in run.parse.children[x.index])),
                   None)
        if doc is None:
            continue
        cue = Cue(w.start, w.end, w.text, w.base_lemma, "verb")
        if n == 1 and words[0].lower in ("dat", "dit"):
            prev = _previous_sentence(run, s)
            p = emit(prev, doc.index, cue, "indirect-points-back", generic=True) if prev else None
            if p is not None:
                yield p
            continue
        dat = next((k for k in range(n + 1, min(n + 9, len(words))) if words[k].lower == "dat"), None)
        if dat is None or not _opens_clause(run, words, dat) or any(
                x.text in (",", ";", ":") for x in words[n + 1:dat]):
            continue
        body = _to_clause_end(words[dat + 1:], in_quote)
        p = emit(body, doc.index, cue, "indirect-dat", generic=True)
        if p is not None:
            yield p


def _previous_sentence(run: _Run, s: int) -> list[Word] | None:
    """The words of sentence ``s - 1`` when it is in the same paragraph as sentence ``s`` and has no quote in it:
    the report a pointing-back ``Dat meldt X.`` stands for."""
    if s == 0:
        return None
    parse = run.parse
    prev = list(parse.sentence_words(s - 1))
    if parse.paragraph_of(prev[0].start) != parse.paragraph_of(parse.sentence_words(s)[0].start):
        return None
    if any(run.in_quote(x.start) for x in prev):
        return None
    return prev


def _clause_marks(parse: Parse, k: int) -> list[Word]:
    """The markers of clause ``k`` (``dat``, ``of``), also one the parser hung from a verb of its cluster
    (``of de minister de plannen heeft laten toetsen`` with ``of`` under ``toetsen``, the xcomp of ``laten``)."""
    marks = [x for x in parse.children[k] if parse.words[x].deprel == "mark"]
    marks += [x for c in parse.children[k] if parse.words[c].deprel == "xcomp"
              for x in parse.children[c] if parse.words[x].deprel == "mark" and x < k]
    return [parse.words[x] for x in sorted(marks)]


def _with_auxiliaries(parse: Parse, k: int) -> list[int]:
    """The children of verb ``k`` and of its auxiliaries (``te gaan bestuderen``: ``te`` hangs from ``gaan``)."""
    kids = list(parse.children[k])
    return kids + [x for c in kids if parse.words[c].deprel.startswith("aux") for x in parse.children[c]]


#: Modal verbs that make a cue something not yet said: "moet uitleggen waarom …", "wil niet zeggen of …".
_MODALS = frozenset({"moeten", "hoeven", "kunnen", "willen", "mogen", "zullen"})


def _unrealised(run: _Run, verb: int) -> bool:
    """The cue verb is under a modal (``moet uitleggen``, ``zal zeggen``): no speech reported yet.

    Reportative ``zou`` (``zou hebben gezegd dat``) is a report and does not count.
    """
    words = run.parse.words
    for k in run.parse.children[verb]:
        w = words[k]
        if words[verb].base_lemma == "weten" and w.base_lemma == "willen":
            continue  # "wil weten of …" asks now, whatever the parser hung from what
        if w.deprel.startswith("aux") and w.base_lemma in _MODALS and w.lower not in ("zou", "zouden") and not any(
                x.lower in ("dat", "of") for x in words[verb + 1:k]):  # ("zegt dat het kan": the clause's modal)
            return True
    return False


def _word_before(words: list[Word], x: Word) -> Word:
    """The word before ``x`` in ``words`` (``x`` not the first)."""
    return words[x.index - words[0].index - 1]


def _clause_tail(words: list[Word], body: list[Word], verb: Word) -> list[Word]:
    """Words after a reported clause up to the end of the sentence, when nothing else starts there.

    Parsers often hang the end of a ``dat`` clause from the speech verb
    (``meldt dat zaterdag 18000 mensen verspreid over het land door een storing
    zijn getroffen``); the clause runs on to the sentence's end unless a
    comma, colon, semicolon, quote or the speech verb itself comes first (a
    comma before the ``maar`` of a ``niet alleen`` in the clause aside).
    """
    if not body:
        return []
    last = max(x.index for x in body)
    # (a quote opened inside the clause may close before its end: "dat Wilders ’eerst zelf moet leveren’ in plaats
    # van anderen de schuld te geven")
    open_quote = sum(x.text in _QUOTE_MARKS for x in body) % 2 == 1
    # "dat de minister niet alleen naar de deuren moet kijken, maar ook naar de mensen": one clause
    correlative = any(a.lower == "niet" and b.lower == "alleen" for a, b in pairwise(body))
    tail = []
    for n, x in enumerate(words):
        if x.index <= last:
            continue
        if x.text in _QUOTE_MARKS and open_quote:
            open_quote = False
        elif correlative and x.text == "," and n + 1 < len(words) and words[n + 1].lower == "maar":
            correlative = False
        elif x.text in (",", ":", ";") or x.text in _QUOTE_MARKS or x.index == verb.index:
            return []  # something else follows the clause: keep the parser's span
        if x.head == verb.index and x.deprel == "conj" and x.upos in ("VERB", "AUX") and \
                x.feat("VerbForm") == "Fin" and x.index > 0 and words[0].index < x.index and \
                _word_before(words, x).upos == "CCONJ":
            return []  # "beweerde dat … en eiste een enquête": the speaker's next act, not what was said
        tail.append(x)
    return tail


def _dat_surface(run: _Run, words: list[Word], emit: Emit, in_quote: InQuote) -> Iterator[Pending]:
    """``X waarschuwt dat …`` / ``waarschuwt X dat …`` read on the surface, when the parse has no ccomp."""
    for n, w in enumerate(words):
        if in_quote(w) or w.upos not in ("VERB", "AUX"):
            continue
        cue = run.cue_of(w.index)
        if cue is None or _unrealised(run, w.index):
            continue
        if n > 1 and words[n - 1].text == "," and not in_quote(words[n - 2]) and _main_clause(run, words[:n - 1]):
            continue  # "Het kabinet faalt, zegt X in een interview dat …": the cue reports the clause before it
        # a question: "vraagt of", "wil weten of" (however the parser read "of"); not "weet dat", "vraagt dat"
        asks = run.lex.cue_sense(cue[0]) == "ask" or (cue[0] == "weten" and (
            any(x.base_lemma == "willen" for x in words[max(0, n - 3):n])
            or (w.head >= 0 and run.parse.words[w.head].base_lemma == "willen")  # ("wil van de minister weten of",
            or any(run.parse.words[c].base_lemma == "willen" for c in run.parse.children[w.index])))  # however parsed)
        if cue[0] in NOT_WITH_DAT and not asks:
            continue
        # "liet in een brief aan de Kamer weten dat": the clause follows "weten", however far from "liet"
        at = n
        if cue[0] == "laten weten":
            at = next((k for k in range(n + 1, len(words)) if words[k].head == w.index
                       and words[k].base_lemma == "weten"), n)
        if any(x.text in (",", ":", ";") for x in words[n + 1:at]):
            continue
        # "dat" within a few words, or after prepositional phrases ("schrijft in een brief aan de Kamer dat"),
        # or after an apposition to the source ("zei Kees Molenaar, de broer van het slachtoffer, dat")
        dat = next((k for k in range(at + 1, min(at + 16, len(words)))
                    if (words[k].lower == "dat" and cue[0] not in NOT_WITH_DAT)
                    or (asks and words[k].lower in _QUESTION_MARKS and k <= at + 4 and (
                        not any(x.upos in ("NOUN", "ADJ", "NUM") for x in words[at + 1:k])
                        or _addressee(words[at + 1:k])))), None)
        if dat is not None and words[dat].lower == "dat" and not _opens_clause(run, words, dat):
            continue  # "Merz vindt dat veel te laat": a pronoun, no clause after it
        if dat is not None and _statement_between(run, words[at + 1:dat]):
            continue  # "reageerde op de uitspraak van Faber dat …": the clause is the statement's content
        apposition = dat is not None and _apposition_between(words, at, dat)
        if dat is not None and not apposition and words[dat].upos == "PRON" and words[dat - 1].upos == "NOUN" \
                and words[dat - 1].feat("Gender") == "Neut" and not in_quote(words[dat - 1]) \
                and not (run.in_pp(words[dat - 1].index) and _opens_clause(run, words, dat)):
            # "zegt een Kamerlid dat anoniem wil blijven": a relative pronoun after a neuter noun (not after the
            # document it was said in: "waarschuwde in een rapport dat ziekenhuizen moeten afschalen")
            continue
        if dat is None or (any(x.text in (",", ":", ";") for x in words[at + 1:dat]) and not apposition):
            continue
        if dat > at + 5 and not apposition and (  # ("dat" opening a clause, checked above, whatever its tag)
                (words[dat].upos != "SCONJ" and words[dat].lower != "dat") or not any(x.upos == "ADP" for x in words[at + 1:dat])
                or any(x.upos in ("VERB", "AUX", "CCONJ") for x in words[at + 1:dat]) or dat > at + 11):
            continue  # far from the cue, a conjunction after prepositional phrases only ("… op dat ook te doen")
        clause = words[dat].head
        pronoun = words[dat].upos == "PRON" and words[dat].head == w.index and words[dat].deprel.startswith(("obj", "nsubj"))
        if not apposition and (words[dat].upos == "DET" or pronoun or (
                clause >= 0 and run.parse.words[clause].deprel.startswith("acl") and not _no_relative_dat(run, clause))):
            continue  # "de voorwaarde gesteld dat …": the parse hangs the clause from a noun
        if clause >= 0 and run.parse.words[clause].lower + w.base_lemma == cue[0]:
            continue  # "maakte dat gisteren bekend": "dat" points back, and "bekend" is the cue's particle
        # (a question word is part of what was asked: "wil weten waarom er geen looproutes waren")
        body = _to_clause_end(words[dat + (words[dat].lower in ("dat", "of")):], in_quote)
        if words[dat].lower != "dat" and not any(x.upos in ("VERB", "AUX") for x in body):
            continue  # "vraagt steun of geld": "or", no question
        speaker = run.subject_of(w.index)
        if speaker is None and any(run.parse.words[k].deprel == "aux:pass" for k in run.parse.children[w.index]):
            continue  # "Uw partij wordt verweten dat …": a passive without its "door" names no speaker
        if speaker is None:  # inverted: "waarschuwt een coalitiebron dat"; else the noun before the verb
            between = [x for x in words[n + 1:dat] if _could_be_subject(run, x, inverted=True)]
            before = [x for x in words[:n] if _could_be_subject(run, x) and not in_quote(x)]
            pick = between[-1] if between else (before[-1] if before else None)
            speaker = pick.index if pick is not None else None
        p = emit(body, speaker, cue[1], "indirect-dat", generic=True)
        if p is not None:
            yield p


def _statement_between(run: _Run, between: list[Word]) -> bool:
    """Between a cue and ``dat``, a statement reacted to or spoken of (``op de uitspraak van Faber``), not one the
    cue's speaker speaks in (``in een toelichting``, ``bij de presentatie``)."""
    for n, x in enumerate(between):
        case = next((y.lower for y in reversed(between[:n]) if y.upos == "ADP"), None)
        if x.upos == "NOUN" and case is not None and _reacted_to(run, x, {case}):
            return True
    return False


def _reacted_to(run: _Run, noun: Word, prepositions: set[str]) -> bool:
    """A speech noun in a phrase of these prepositions is a statement reacted to or spoken of (``op de uitspraak
    van Faber``), whose clause is its content, not one the cue's speaker speaks in (``in een toelichting``)."""
    return noun.lemma.lower() in run.lex.speech_nouns and bool(prepositions) and not prepositions <= _SAID_IN


def _addressee(between: list[Word]) -> bool:
    """``vroeg (aan) de minister of …``: the words between an asking cue and ``of`` are the one asked."""
    if between and between[0].lower == "aan":
        between = between[1:]
    return len(between) == 2 and between[0].lower in ("de", "het", "haar", "zijn") and between[1].upos == "NOUN"


def _apposition_between(words: list[Word], at: int, dat: int) -> bool:
    """Between the cue at ``at`` and ``dat``: the source and a noun phrase set off by two commas.

    ``zei Kees Molenaar, de broer van het slachtoffer, dat …``: the comma
    before ``dat`` closes the apposition, so ``dat`` opens what was said
    rather than a relative clause of the noun before it.
    """
    between = words[at + 1:dat]
    commas = [k for k, x in enumerate(between) if x.text == ","]
    if len(commas) != 2 or commas[1] != len(between) - 1 or commas[0] == 0:
        return False
    source, inserted = between[:commas[0]], between[commas[0] + 1:commas[1]]
    return any(x.upos in ("PROPN", "NOUN", "PRON") for x in source) and bool(inserted) \
        and inserted[0].lower in ("de", "het", "een") and not any(x.upos in ("VERB", "AUX") for x in between)


def _te_surface(run: _Run, words: list[Word], emit: Emit, in_quote: InQuote) -> Iterator[Pending]:
    """``zegt begrip te hebben voor de actie`` read on the surface, where the parse lost the te-infinitive.

    After a cue of ``TE_INFINITIVE_CUES``, ``te`` and an infinitive within a
    few words, with no punctuation or other finite verb between: what follows
    the cue, to the next punctuation, is what was said.
    """
    for n, w in enumerate(words):
        if in_quote(w) or w.upos not in ("VERB", "AUX") or w.feat("VerbForm") != "Fin":
            continue
        cue = run.cue_of(w.index)
        last = n  # the cue's last word
        weten = next((k for k in range(n + 1, min(n + 5, len(words))) if words[k].base_lemma == "weten"), None)
        if cue is None and w.base_lemma == "laten" and weten is not None and not any(
                x.upos in ("PUNCT", "VERB", "AUX") for x in words[n + 1:weten]):
            # "laat weten tevreden te zijn", "liet na afloop weten niet voor te zullen stemmen" with "weten" parsed
            # apart from "laat"
            cue = ("laten weten", Cue(w.start, words[weten].end, run.text[w.start:words[weten].end], "laten weten",
                                      "verb"))
            last = weten  # (what was said follows "weten")
        if cue is None or cue[0] not in TE_INFINITIVE_CUES or _unrealised(run, w.index):
            continue
        te = next((k for k in range(last + 1, min(last + 7, len(words) - 1)) if words[k].lower == "te"
                   and words[k + 1].upos in ("VERB", "AUX") and words[k + 1].feat("VerbForm") != "Fin"), None)
        if te is None or any(x.upos == "PUNCT" or x.lower in ("dat", "of") or (
                x.upos in ("VERB", "AUX") and x.feat("VerbForm") == "Fin") for x in words[last + 1:te]):
            continue
        subject = run.subject_of(w.index)
        skip = set(run.parse.subtree(subject)) if subject is not None and subject > w.index else set()
        body = []
        for x in words[last + 1:]:
            if x.upos == "PUNCT" and not in_quote(x):
                break
            if x.index not in skip:
                body.append(x)
        p = emit(body, subject, cue[1], "indirect-dat")
        if p is not None:
            yield p


def _no_relative_dat(run: _Run, clause: int) -> bool:
    """The ``dat`` clause the parser hung from a noun as a relative clause cannot be one.

    ``waarschuwt een coalitiebron dat het nog ongewis is``: relative ``dat``
    takes up a neuter noun only (``het besluit dat``), and ``coalitiebron`` is
    common gender, so the clause is what the source says.  A name takes no
    relative clause without a comma (``schrijft aan de Tweede Kamer dat``), a
    time word no clause at all (``waarschuwde vorige maand dat``), and a noun
    in a prepositional phrase of the verb is where or how it was said, not what
    (``zei op zijn persconferentie dat``)."""
    words = run.parse.words
    if clause < 0 or not words[clause].deprel.startswith("acl") or words[clause].head < 0:
        return False
    noun = words[words[clause].head]
    if noun.lower in run.lex.time_words:
        return True  # "waarschuwde vorige maand dat …": a time takes no clause of its own
    cases = {words[c].lower for c in run.parse.children[noun.index] if words[c].deprel == "case"}
    top = noun  # (or deeper in it: "zei aan het eind van het debat dat …")
    while top.deprel.startswith("nmod") and top.head >= 0 and words[top.head].upos == "NOUN":
        top = words[top.head]
    if words[clause].deprel == "acl" and top.deprel.startswith("obl") and cases and not _reacted_to(run, noun, cases):
        return True  # "zei op zijn persconferentie dat …": the clause of a noun in the verb's own phrase
    if cases and cases <= _SAID_IN and run.lex.is_document(noun.lemma) and _subject_after(run, words, clause):
        return True  # "waarschuwde in een rapport dat ziekenhuizen …": what the document says, with its own subject
    if words[clause].deprel == "acl:relcl" and _subject_after(run, words, clause) and any(
            words[c].deprel == "obj" and words[c].lower != "dat" for c in run.parse.children[clause]):
        return True  # "zei later in het debat dat hij liever X ziet": with a subject and an object of its own, the
        # clause has no place left for a relative "dat"
    return words[clause].deprel == "acl:relcl" and (  # ("de partijen dat ze …": "dat" is relative after no plural)
        (noun.upos == "NOUN" and (noun.feat("Gender") == "Com" or noun.feat("Number") == "Plur"))
        or noun.upos == "PROPN")


def _could_be_subject(run: _Run, w: Word, inverted: bool = False) -> bool:
    """A noun or pronoun that stands in no prepositional phrase (``In Amsterdam`` does not speak).

    Before the verb it must be no object either; after it (``waarschuwt een
    bron dat``) parsers often call the inverted subject an object.
    """
    excluded = ("iobj", "obl", "nmod") if inverted else ("obj", "iobj", "obl", "nmod")
    named = w.upos in ("ADV", "ADJ", "X", "VERB") and run.in_name(w)  # a name the tagger mistook ("Faber" as ADV)
    named = named or age_of(w.text) is not None  # "vindt de 45-jarige dat"
    if (w.upos not in ("NOUN", "PROPN", "PRON") and not named) or w.deprel.split(":")[0] in excluded:
        return False
    return not run.in_pp(w.index)


def _volgens(run: _Run, words: list[Word], emit: Emit) -> Iterator[Pending]:
    parse = run.parse
    for n, w in enumerate(words):
        phrase = None
        marker = _marker_at(run, words, n)
        if marker is not None and marker[1] == "volgens":
            phrase = (w, words[n + marker[0] - 1])
        elif marker is not None and marker[1] == "naar eigen zeggen":
            clause_head = parse.root_of(w.sent)
            cue = Cue(w.start, words[n + 2].end, run.text[w.start:words[n + 2].end], "naar eigen zeggen",
                      "naar eigen zeggen")
            body = [x for x in words if not w.start <= x.start < words[n + 2].end]
            subject = run.subject_of(clause_head)
            if subject is None or run.speaker_from_word(subject, generic=False)[0] is None:
                subject = next((x.index for x in body if x.upos == "PROPN"), subject)
            p = emit(_strip_edges(body, w.start, words[n + 2].end), subject, cue, "indirect-eigen-zeggen",
                     generic=False)
            if p is not None:
                yield p
            continue
        if phrase is None:
            continue
        if n == 0 and w.lower == "volgens":  # "Volgens ingewijden zijn …": read the frame on the surface
            # (a verb form the tagger took for a noun counts by the word list: "Volgens haar kost …")
            verb_at = next((k for k in range(2, min(len(words), 9)) if words[k].upos in ("VERB", "AUX")
                            or (run.lex.common_words.get(words[k].lower) in ("VERB", "AUX")
                                and not words[k].text[:1].isupper())), None)  # (not "TU Delft")
            if len(words) > 2 and words[1].lower in run.lex.pronouns and words[2].upos != "PUNCT":
                verb_at = 2  # "Volgens haar lost …": the verb comes second, whatever its tag
            nouns = [x for x in words[1:verb_at] if x.upos in ("NOUN", "PROPN", "PRON")] if verb_at else []
            if verb_at is not None and not any(x.text == "," for x in words[1:verb_at]):
                src_word = nouns[0] if nouns else words[1]
                # "Volgens het Goede Vrijdag-akkoord": any noun of the phrase may name a rule or agreement
                if not any(run.lex.excluded_after_volgens(x.base_lemma) for x in (nouns or [src_word])):
                    cue = Cue(w.start, w.end, w.text, "volgens", "volgens")
                    if words[verb_at - 1].text in _QUOTE_MARKS and run.in_quote(words[verb_at].start):
                        verb_at -= 1  # "Volgens de SP’er ‘wachten er …’ op een huis": the clause opens with a quote
                    p = emit(words[verb_at:], src_word.index, cue, "indirect-volgens")
                    if p is not None:
                        yield p
                        continue
        last = phrase[1]
        nxt = next((x for x in words if x.start > last.start), None)
        if nxt is None:
            continue
        src = last.head if last.head >= 0 and parse.words[last.head].start > last.start else nxt.index
        after_nxt = next((x for x in words if x.start > nxt.start), None)
        modified = None  # the word a source the parser hung as a modifier modified
        personal = nxt.lower in run.lex.pronouns and not (after_nxt is not None and after_nxt.upos == "NOUN"
                                                          and nxt.head == after_nxt.index)  # (not "volgens haar moeder")
        if (parse.words[src].upos not in ("NOUN", "PROPN", "PRON") and run.lex.source_kind(parse.words[src].text)
                is None and nxt.upos in ("NOUN", "PROPN", "PRON") and not run.in_quote(nxt.start)) or (
                personal and src != nxt.index):
            src = nxt.index  # "is volgens haar ,,te oud''" with volgens hung from the quoted words, "volgens haar nog veel"
        elif src != nxt.index and nxt.head == src and run.lex.source_kind(nxt.text) is not None and \
                run.lex.source_kind(parse.words[src].text) is None and not run.in_quote(nxt.start):
            src = nxt.index  # "kostte volgens ingewijden ruim twaalf miljoen" with the source as the sum's modifier
            modified = parse.words[src].head  # (the sum is part of the clause, which its head heads)
        src_word = parse.words[src]
        source_noun = run.lex.source_kind(src_word.text) is not None  # ("ingewijden" mistagged as a verb)
        own = [src] if src_word.head < 0 else parse.subtree(src)  # (a root's subtree is the whole sentence)
        if (src_word.upos in ("VERB", "AUX") and not source_noun) or any(
                run.lex.excluded_after_volgens(parse.words[x].base_lemma) for x in own
                if parse.words[x].upos in ("NOUN", "PROPN") or x == src):
            continue
        verb = src_word.head
        if personal and src_word.deprel.startswith("nmod") and verb >= 0 and parse.words[verb].upos in (
                "NOUN", "PROPN") and parse.words[verb].head >= 0:
            verb = parse.words[verb].head  # "wijst volgens haar op …" read as "haar" owning the noun after it
        while verb >= 0 and verb != src and parse.words[verb].head >= 0 and (
                parse.words[verb].deprel in ("advmod", "mark", "case", "amod", "det", "xcomp")
                or parse.words[verb].upos not in ("VERB", "AUX", "ADJ", "NOUN", "PROPN")):
            # "wil volgens ingewijden eerst goed rekenen" hung from "eerst", "gaat volgens haar nog veel te …"
            verb = parse.words[verb].head
        if verb == modified and verb >= 0 and parse.words[verb].head >= 0:
            verb = parse.words[verb].head
        elif verb >= 0 and verb != src and parse.words[verb].upos in ("NOUN", "PROPN", "PRON") \
                and parse.words[verb].deprel.split(":")[0] in ("nsubj", "obj", "iobj") \
                and parse.words[verb].head >= 0:
            verb = parse.words[verb].head  # "Ook moet de grondverkoop volgens het OM worden teruggedraaid" with the
            # source hung from the subject: what is reported is the clause
        if verb < 0 and source_noun:
            verb = src  # the parser made the source the sentence's root: the sentence is the clause
        if verb < 0:
            continue
        cue_text = run.text[phrase[0].start:phrase[1].end]
        cue = Cue(phrase[0].start, phrase[1].end, cue_text, "volgens", "volgens")
        amounts = {x for c in parse.children[src] if is_amount(parse, c)
                   for x in parse.subtree(c)}  # ("volgens het college van 4,20 naar 4,90 euro": the report's)
        source_words = (set(parse.subtree(src)) - amounts) | {phrase[0].index, phrase[1].index}
        if verb == src or src_word.upos in ("VERB", "AUX"):  # (a root or mistagged source: only its own words)
            source_words = {src, phrase[0].index, phrase[1].index} | {
                c for c in parse.children[src] if parse.words[c].deprel in ("det", "amod", "case")}
        clause_ids = set(parse.subtree(verb)) if verb != src else set()
        if parse.words[verb].deprel == "root" or verb == parse.root_of(w.sent):
            clause_ids = {x.index for x in words}
        source_end = max(parse.words[x].end for x in source_words)
        if n > 0 and (words[n - 1].upos == "CCONJ" or words[n - 1].text in (",", ";")) and any(
                x.start >= source_end and x.upos != "PUNCT" for x in words):
            # "Het kabinet wil bouwen, maar volgens X is er geen geld": the clause starts at the marker
            # (at the end of the sentence, "…, volgens X." reports what comes before it)
            clause_ids = {x.index for x in words[n:]}
        body = [parse.words[x] for x in sorted(clause_ids) if x not in source_words]
        rest = [x for x in body if x.start >= source_end and x.upos != "PUNCT"]
        if rest and all(run.in_quote(x.start) for x in rest) and any(x.start < phrase[0].start for x in body):
            continue  # "Dat … wil volgens haar ’niet zeggen dat …’": what follows the source is the quote's alone
        lo = min(parse.words[x].start for x in source_words)
        hi = max(parse.words[x].end for x in source_words)
        p = emit(_strip_edges(body, lo, hi), src, cue, "indirect-volgens")
        if p is not None:
            yield p


def _marker_at(run: _Run, words: list[Word], n: int) -> tuple[int, str] | None:
    """(length, kind) of the longest speech marker (``speech_markers.tsv``) starting at ``words[n]``."""
    best = None
    for phrase, kind in run.lex.markers.items():
        tokens = phrase.split()
        if [x.lower for x in words[n:n + len(tokens)]] == tokens and (best is None or len(tokens) > best[0]):
            best = (len(tokens), kind)
    return best


def _strip_edges(body: list[Word], lo: int, hi: int) -> list[Word]:
    """Keep a cue phrase inside the span unless it stands at the clause's start or end."""
    before = [x for x in body if x.end <= lo]
    after = [x for x in body if x.start >= hi]
    if not [x for x in before if x.upos != "PUNCT"]:
        return after
    if not [x for x in after if x.upos != "PUNCT"]:
        return before
    return body


def _aldus_and_inverted(run: _Run, words: list[Word], emit: Emit, in_quote: InQuote) -> Iterator[Pending]:
    for n, w in enumerate(words):
        if n == 0 or words[n - 1].text != "," or in_quote(w) or in_quote(words[n - 1]):
            continue
        content = words[: n - 1]
        if not content or (any(in_quote(x) for x in content[-2:]) and (in_quote(content[0]) or w.lower == "zo" or any(
                x.text == ":" and not in_quote(x) for x in content))):
            # „…”, zei X and X: „…”, zei X: a direct quote (not "Het kabinet moest ‘gewoon zijn werk doen’, zei X");
            # "…„veel succes”, zo meldt het persbureau": a medium relays the quote
            continue
        if w.lower == "aldus":
            for k in words[n + 1:n + 4]:
                if k.upos in ("PROPN", "NOUN", "PRON") or age_of(k.text):  # ("aldus de 45-jarige")
                    aldus = Cue(w.start, w.end, w.text, "aldus", "aldus")
                    p = emit(content, k.index, aldus, "indirect-aldus")
                    if p is not None:
                        yield p
                    break
            continue
        at = n + 1 if w.lower == "zo" and n + 1 < len(words) else n  # "…, zo meldde het NOS-journaal."
        w = words[at]
        verb = w.index
        cue = run.cue_of(verb)
        if cue is None and w.deprel.startswith("aux") and w.head > w.index:
            verb = w.head  # "…, zo laat X weten": laat parsed as an auxiliary of weten
            cue = run.cue_of(verb)
        if cue is None and w.base_lemma == "laten" and any(x.base_lemma == "weten" for x in words[at + 1:at + 12]):
            cue = "laten weten", Cue(w.start, w.end, w.text, "laten weten", "verb")  # (weten hung elsewhere)
        if cue is None or not _main_clause(run, content):
            continue  # a phrase, not a clause: "Op de vraag of ze X bedoelt, lacht ze"; "Gevraagd naar …, glimlacht ze"
        if any(run.parse.words[k].lower in ("niet", "geen", "nooit") and k > w.index
               for k in run.parse.children[verb]):
            continue  # "…, weet de gemeente niet": negated, not a report (a "niet" before the comma is the content's)
        rest = words[at + 1:]
        comma = next((k for k, x in enumerate(rest) if x.text == ","), None)
        second: list[Word] = []
        if comma is not None and comma + 1 < len(rest) and (rest[comma + 1].upos == "CCONJ" or any(
                x.upos in ("VERB", "AUX") for x in rest[comma + 1:])):
            # a cue set in the sentence: "X begrijpt de emoties, zegt hij, maar het besluit staat"; "…, zegt hij,
            # nu krijgen ze geld"; a clause after the speaker's comma is not the frame's, but the report's second
            # part, with the cue between the two
            second = rest[comma + 1:] if rest[comma + 1].upos == "CCONJ" else []
            rest = rest[:comma]
        # a relative clause of a noun in the frame ends it ("schrijft de Rekenkamer in haar onderzoek dat woensdag
        # verscheen"): "dat" after a neuter noun, "die" after any
        cut = next((k for k, x in enumerate(rest) if k > 0 and rest[k - 1].upos == "NOUN" and (
            x.lower == "die" or (x.lower == "dat" and rest[k - 1].feat("Gender") == "Neut"))), None)
        rest = rest[:cut] if cut is not None else rest
        tail = [x for x in rest if x.lower not in run.lex.time_words  # ("desgevraagd")
                and x.index != verb and not (cue[0] == "laten weten" and x.base_lemma == "weten")]  # (liet X weten)
        # a relative clause of the speaker is no clause of the frame ("zeggen diplomaten die erbij waren")
        relative = {k for x in tail if x.deprel == "acl:relcl" and any(t.index == x.head for t in tail)
                    for k in run.parse.subtree(x.index)}
        tail = [x for x in tail if x.index not in relative]
        # the speaker and adjuncts ("zei hij dinsdag in Den Haag tegen verslaggevers"), no clause of their own;
        # a colon after it introduces a direct quote, which the cue is for
        if sum(x.upos != "PUNCT" for x in tail) > 15 or any(
                x.lower in ("dat", "of", ":") or x.upos in ("VERB", "AUX") for x in tail):
            continue
        subj = run.subject_of(verb)
        if subj is None or subj < w.index:  # (the parser may take a word of the content for the subject)
            subj = next((x.index for x in tail if x.upos in ("PROPN", "PRON", "NOUN") or age_of(x.text)), None)
        if subj is not None and run.parse.words[subj].lower == "het":
            subj = run.het_source(verb)  # "…, klonk het op de conferentie"
        if subj is None or run.parse.words[subj].start < w.start:
            continue
        p = emit(content, subj, cue[1], "indirect-inverted")
        if p is not None:
            yield p
            if second and _main_clause(run, second[1:]) and not any(in_quote(x) for x in second):
                p = emit(second, subj, cue[1], "indirect-inverted")  # "…, zei Kuiper, maar de Commissie moet …"
                if p is not None:
                    yield p


def _main_clause(run: _Run, content: list[Word]) -> bool:
    """``content`` (before ``, zei X``) is a clause: it has a finite verb, right after a fronted phrase if it has one.

    ``Achter de schermen was de sfeer gespannen`` is one; ``Op de vraag of ze
    het bedoelt`` (the finite verb inside the phrase) and ``Gevraagd naar haar
    plannen`` are not.
    """
    words = run.parse.words
    inside = {x.index for x in content}

    def subordinate(x: Word) -> bool:  # a relative or adverbial clause ("Een diplomaat, die anoniem wilde blijven")
        clause = words[x.head] if x.deprel.startswith(("aux", "cop")) and x.head >= 0 else x
        # (the parser often hangs the reported clause itself from the cue after it as advcl: that one counts)
        return clause.deprel.startswith("acl") or (clause.deprel.startswith("advcl") and clause.head in inside) or any(
            c < clause.index and ((words[c].deprel == "mark" and words[c].upos == "SCONJ") or (  # (not "Dat kost …")
                words[c].lower in ("die", "dat", "wat") and c > 0 and words[c - 1].text == ","))
            for c in run.parse.children[clause.index])

    finite = [x for x in content if x.upos in ("VERB", "AUX") and x.feat("VerbForm") == "Fin" and not subordinate(x)]
    if not finite:
        return False
    if content[0].upos != "ADP" or content[0].head < 0:
        return True
    phrase = set(run.parse.subtree(content[0].head))
    rest = [x for x in content if x.index not in phrase and x.upos != "PUNCT"]
    return bool(rest) and rest[0].upos in ("VERB", "AUX") and rest[0].feat("VerbForm") == "Fin"


def _points_back(run: _Run, s: int, words: list[Word], emit: Emit, in_quote: InQuote) -> Iterator[Pending]:
    """``… . Dat meldt X.`` and ``… . X heeft dat tegenover de media gemeld.``: the sentence before is the report."""
    if s == 0 or len(words) < 3:
        return
    parse = run.parse
    if words[0].lower in ("dat", "dit"):
        verb = words[1]
        if verb.upos == "AUX" and verb.head > verb.index and run.cue_of(verb.head) is not None:
            verb = parse.words[verb.head]  # "Dat heeft KLM gisteren bekendgemaakt"
        subject = run.subject_of(verb.index)
        if subject is None or parse.words[subject].lower in ("dat", "dit"):  # "Dat schrijft minister X"
            subject = next((x.index for x in words[2:] if x.upos in ("PROPN", "NOUN", "PRON")
                            and x.deprel not in ("nmod:poss", "det")), None)  # (not "zijn" of "zijn familie")
    else:  # the pronoun as the object of a cue verb later in the sentence
        # (a parser may call it the marker of the main verb: "heeft dat … bevestigd" read as a subclause,
        # or a second subject: "De directie maakte dat bekend")
        found = [x for x in words if x.lower in ("dat", "dit") and x.head >= 0 and run.cue_of(x.head) is not None
                 and (x.deprel == "obj" or (x.deprel == "mark" and _main_verb_marker(run, x))
                      or (x.deprel == "nsubj" and run.subject_of(x.head) not in (None, x.index)))
                 and not _finite_verb_after(words, x)]
        heads = [x.head for x in found]
        if not found:  # "Het concern maakte dat gisteren bekend": the particle parsed as the clause "dat" marks
            for x in words:
                h = x.head
                if x.lower in ("dat", "dit") and h >= 0 and parse.words[h].lower in run.lex.particles \
                        and parse.words[h].head >= 0 and run.cue_of(parse.words[h].head) is not None \
                        and not _finite_verb_after(words, x):
                    found, heads = [x], [parse.words[h].head]
                    break
        if not found:
            return
        verb, subject = parse.words[heads[0]], run.subject_of(heads[0])
        if subject is None:  # the clause hung from a noun ("Een woordvoerder heeft dat … bevestigd"
            subject = next((x.index for x in words  # read as a relative clause): the first possible subject
                            if x.start < found[0].start and _could_be_subject(run, x)), None)
        if subject is None or parse.words[subject].start > found[0].start:
            return
    cue = run.cue_of(verb.index)
    if cue is None or cue[0] in ("vinden", "denken", "weten", "wijzen"):  # ("Dat wijst op …" points at a fact)
        return
    prev = _previous_sentence(run, s)
    if prev is None:
        return
    p = emit(prev, subject, cue[1], "indirect-points-back")
    if p is not None:
        yield p


def _finite_verb_after(words: list[Word], x: Word, untagged: bool = False) -> bool:
    """A finite verb follows ``dat`` in its sentence: it opens a clause (``zei ze dat er geen weg is``).

    The ``dat`` that points back is followed by the rest of the main clause
    only: adverbs, a participle, a particle (``maakte dat gisteren bekend``).
    With ``untagged``, any verb counts, whatever its ``VerbForm`` (the tagger
    calls plural finite verbs infinitives and leaves some forms out).
    """
    # (untagged: a plural finite verb looks like an infinitive, "dat landen meekijken"; "te laat" is no verb)
    return any(w.index > x.index and w.upos in ("VERB", "AUX") and (untagged or w.feat("VerbForm") == "Fin")
               and (n == 0 or words[n - 1].lower != "te") for n, w in enumerate(words))


def _thing(run: _Run, w: Word) -> bool:
    """Word ``w`` is a common noun that names no person, group or organisation (``het fusieplan``): read as a
    source of no listed kind, with no role."""
    if w.upos != "NOUN":
        return False
    e, m = run.speaker_from_word(w.index)
    return e is not None and e.kind == "anonymous" and m is not None and m.kind == "source" and not m.role \
        and not m.party and not any(
        run.lex.role(f) or run.lex.source_kind(f) or run.lex.takes_up_organisation(f) for f in (w.text, w.lemma))


def _to_clause_end(words: list[Word], in_quote: InQuote) -> list[Word]:
    """``words`` up to a colon, semicolon or sentence-final mark outside quotes (the tokenizer may have run two
    sentences together), or a comma before a conjunction and a finite verb (``…, maar kreeg weinig ruimte``); a
    quoted fragment inside the clause is part of it (``dat zijn partij ’niet zomaar’ …``)."""
    body = []
    for n, x in enumerate(words):
        if x.text in (":", ";", ".", "!", "?") and not in_quote(x):
            break
        if x.text == "," and not in_quote(x) and n + 2 < len(words) and words[n + 1].upos == "CCONJ" \
                and (_finite(words[n + 2]) or _main_clause_at(words, n + 2)):
            break  # "…, maar kreeg weinig ruimte": the speaker's next act, not what was said
        body.append(x)
    return body


def _finite(w: Word) -> bool:
    return w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin"


def _main_clause_at(words: list[Word], n: int) -> bool:
    """A main clause starts at ``words[n]``: its finite verb comes second, after one phrase of up to four words,
    with more than verbs after it (``maar uit Damascus is nog geen reactie gekomen``), where a clause that goes
    on the report ends with its verbs (``maar de baten dalen``, ``maar de strafmaat nog gaat bestuderen``) or
    opens with ``dat``."""
    if words[n].lower in ("dat", "of") or words[n].upos == "SCONJ":
        return False
    for k in range(n + 1, min(n + 5, len(words) - 1)):
        if words[k].text in (",", ":", ";"):
            return False
        if _finite(words[k]):
            after = words[k + 1:]
            end = next((i for i, w in enumerate(after) if w.upos == "PUNCT"), len(after))
            return any(w.upos not in ("VERB", "AUX") for w in after[:end])
    return False


def _subject_after(run: _Run, words: Sequence[Word], clause: int) -> bool:
    """The clause headed by word ``clause`` has its own subject right after its ``dat``, so ``dat`` is no relative
    pronoun standing for it (``in een rapport dat ziekenhuizen …``, not ``het rapport dat gisteren verscheen``)."""
    marker = next((k for k in sorted(run.parse.subtree(clause)) if words[k].lower == "dat"), None)
    if marker is None or marker + 1 >= len(words):
        return False
    return _opens_subject(run, words[marker + 1])


def _opens_subject(run: _Run, w: Word) -> bool:
    """Word ``w``, right after ``dat``, opens a subject: a pronoun, ``er``, an article, a noun or a possessive
    (``dat zijn partij …``)."""
    return w.lower in run.lex.pronouns or w.lower == "er" or w.upos in ("DET", "NOUN", "PROPN") \
        or w.deprel == "nmod:poss"


def _opens_clause(run: _Run, words: list[Word], dat: int) -> bool:
    """``words[dat]`` (``dat``) opens a clause: a subject follows it, or a verb does somewhere after it.

    ``vindt dat veel te laat`` has neither: ``dat`` is what is found too late.
    (A verb the tagger called a noun, ``dat hij … doorging``, is passed by the subject.)
    """
    if dat + 1 < len(words) and _opens_subject(run, words[dat + 1]):
        return True
    return _finite_verb_after(words, words[dat], untagged=True)


def _main_verb_marker(run: _Run, x: Word) -> bool:
    """``dat`` parsed as a clause marker though it is the object of the main verb.

    Its clause is the root, or a finite auxiliary of that clause stands right
    before it (``heeft dat … bevestigd``, also when the parse hangs the
    participle's clause from that auxiliary), which no subordinate clause
    allows: the marker opens its clause.
    """
    words = run.parse.words
    if words[x.head].deprel == "root":
        return True
    before = words[x.index - 1] if x.index > 0 else None
    if before is None or before.sent != x.sent:
        return False
    # (or the clause hangs from that auxiliary, read as the main verb: "heeft" with "dat … gemeld" below it)
    return (before.head == x.head and before.deprel == "aux") or (
        words[x.head].head == before.index and before.base_lemma in ("hebben", "zijn")
        and words[x.head].feat("VerbForm") == "Part")


def _without_dateline(run: _Run, words: list[Word]) -> list[Word]:
    """The words after a dateline or time stamp that opens their paragraph, which is no part of a report.

    ``AMSTELVEEN - KLM gaat …``, ``DEN HAAG (ANP) - …``, ``14.30 uur – De wet komt er, zegt Faber``."""
    dash = next((k for k, x in enumerate(words[:7]) if x.text in ("-", "–", "—")), None)
    if dash is None or dash == 0 or dash >= len(words) - 2:
        return words
    para = run.parse.paragraphs[run.parse.paragraph_of(words[0].start)]
    if run.text[para[0]:words[0].start].strip():
        return words
    head = words[:dash]
    if all(x.text.isupper() or x.text in ("(", ")", ",") for x in head) or in_dateline(run.parse, head[0].index):
        return words[dash + 1:]
    return words


def _trim(words: list[Word]) -> tuple[int, int] | None:
    """Span of the words without punctuation and conjunction leftovers at its edges."""
    words = sorted(words, key=lambda w: w.start)
    while words and (words[0].upos in ("PUNCT", "CCONJ") and len(words) > 1):
        if words[0].text in _QUOTE_MARKS and sum(w.text in _QUOTE_MARKS for w in words) % 2 == 0:
            break  # the opening mark of a quoted fragment the clause starts with: "volgens X ‘wachten er …’ op …"
        words = words[1:]
    while words and words[-1].upos == "PUNCT":
        if words[-1].text in _QUOTE_MARKS and sum(w.text in _QUOTE_MARKS for w in words) % 2 == 0:
            break  # the closing mark of a quoted fragment the clause ends with: "… ‘honderden miljoenen’"
        words = words[:-1]
    if not words:
        return None
    return words[0].start, words[-1].end

