"""The scoring definitions of quoteattr.evaluation, on documents built by hand."""

from __future__ import annotations

import pytest

from quoteattr.evaluation import same_speaker, score, trim
from quoteattr.results import AttributedDocument, Entity, Quote

TEXT = "„Het kan zo niet langer.”, zegt Kaag. Volgens ingewijden is er nog geen akkoord. Het ’plan’ faalt."


@pytest.mark.parametrize(
    ("predicted", "gold", "aliases", "expected"),
    [
        ("Sigrid Kaag", "Kaag", (), True),  # whole-token suffix, either way
        ("Kaag", "Sigrid Kaag", (), True),
        ("kaag", "Kaag", (), True),  # case-insensitive
        ("Haag", "Kaag", (), False),
        ("De Jonge", "Hugo de Jonge", (), True),
        ("Jonge", "Hugo de Jonge", (), True),
        ("Hugo", "Hugo de Jonge", (), False),  # a prefix is not a suffix
        ("Van der Burg", "Eric van der Burg", (), True),
        ("Wout-Jan", "Wout-Jan van der Schans", ["Wout-Jan"], True),  # an alias
        (None, None, (), True),  # a null gold speaker needs a null prediction
        ("Kaag", None, (), False),
        (None, "Kaag", (), False),
    ],
)
def test_same_speaker(predicted, gold, aliases, expected):
    assert same_speaker(predicted, gold, aliases) is expected


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("„Ja.”", 1, 4, "Ja"),
        (" - nee, … ", 0, 10, "nee"),
        ("ok", 0, 2, "ok"),
        ("...", 0, 3, ""),
    ],
)
def test_trim(text, start, end, expected):
    s, e = trim(text, start, end)
    assert text[s:e] == expected


def _quote(text: str, fragment: str, kind: str, speaker: Entity | None, rule: str = "test") -> Quote:
    start = text.index(fragment)
    return Quote(start, start + len(fragment), fragment, kind, speaker=speaker, rule=rule, confidence=0.5)


def _gold_doc() -> dict:
    def g(fragment, kind, speaker, **kw):
        start = TEXT.index(fragment)
        return {"start": start, "end": start + len(fragment), "text": fragment, "kind": kind,
                "speaker": speaker, **kw}

    return {"id": "d1", "text": TEXT, "quotes": [
        g("Het kan zo niet langer.", "direct", "Sigrid Kaag", aliases=["Kaag"], party="D66"),
        g("is er nog geen akkoord", "indirect", "ingewijden"),
        g("plan", "scare", None),
    ]}


def test_score_perfect_prediction():
    kaag = Entity("e0", "Kaag", party="D66")
    src = Entity("e1", "ingewijden", kind="anonymous")
    pred = AttributedDocument(TEXT, (
        _quote(TEXT, "Het kan zo niet langer", "direct", kaag),
        _quote(TEXT, "is er nog geen akkoord", "indirect", src),
        _quote(TEXT, "plan", "scare", None),
    ))
    report = score([_gold_doc()], [pred])
    assert report.quote_marks["f1"] == 1.0
    assert report.speaker_accuracy == 1.0
    assert report.end_to_end["f1"] == 1.0
    assert report.indirect["f1"] == 1.0
    assert report.party_accuracy == 1.0
    assert report.errors == ()


def test_score_counts_errors():
    wrong = Entity("e0", "Hoekstra", party="CDA")
    pred = AttributedDocument(TEXT, (
        # the span differs only in trimmed punctuation: still a match
        _quote(TEXT, "Het kan zo niet langer", "direct", wrong, rule="cue-after"),
        _quote(TEXT, "faalt", "scare", None),  # spurious
    ))
    report = score([_gold_doc()], [pred])
    assert report.quote_marks["tp"] == 1
    assert report.quote_marks["precision"] == 0.5
    assert report.quote_marks["recall"] == pytest.approx(0.5)
    assert report.speaker_accuracy == 0.0
    assert report.end_to_end["tp"] == 0 and report.end_to_end["predicted"] == 1
    assert report.indirect["recall"] == 0.0
    assert report.per_rule["cue-after"] == {"correct": 0, "wrong": 1}
    kinds = sorted(e["type"] for e in report.errors)
    assert kinds == ["missed indirect", "missed quote", "spurious quote", "wrong speaker"]


def test_indirect_needs_overlap_and_speaker():
    src = Entity("e1", "ingewijden", kind="anonymous")
    other = Entity("e2", "een woordvoerder", kind="anonymous")
    too_short = _quote(TEXT, "akkoord", "indirect", src)  # Jaccard < 0.5
    wrong_speaker = _quote(TEXT, "is er nog geen akkoord", "indirect", other)
    for q in (too_short, wrong_speaker):
        report = score([_gold_doc()], [AttributedDocument(TEXT, (q,))])
        assert report.indirect["tp"] == 0
