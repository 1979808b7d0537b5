"""quoteattr.scale: many processes, pandas partitions and dask give what one attributor gives."""

from __future__ import annotations

import pytest
from conftest import needs_models

from quoteattr import scale
from quoteattr.attribution import Attributor

pd = pytest.importorskip("pandas")

TEXTS = [
    "„We stoppen ermee”, zegt wethouder Anna Smit van Utrecht. Volgens haar is het geld op.",
    "Geen citaten in dit bericht over het weer.",
    "Kamerlid Tom de Wit zei dinsdag dat de brug in mei opengaat. „Daar houd ik de minister aan.”",
    "De partij trekt de verkiezingen in onder het motto ‘Samen Kunnen We Meer’.",
    "„Dat klopt niet”, zei Kamerlid Sanne Vos.",
]
DATES = ["2024-03-01", None, "2023-11", "2025", "2024-05-14"]


@pytest.fixture(scope="module")
def expected() -> list:
    attributor = Attributor(keep_parse=False)
    return [attributor(text, date, id=f"d{n}") for n, (text, date) in enumerate(zip(TEXTS, DATES, strict=True))]


@needs_models
@pytest.mark.parametrize("processes", [1, 2])
def test_attribute_many_gives_what_one_attributor_gives_in_order(expected: list, processes: int) -> None:
    ids = [f"d{n}" for n in range(len(TEXTS))]
    got = list(scale.attribute_many(TEXTS, dates=DATES, ids=ids, processes=processes, chunk_size=2))
    assert got == expected


@needs_models
def test_attribute_many_names_the_text_that_failed() -> None:
    with pytest.raises(ValueError, match=r"text 0 could not be attributed: ValueError: date must"):
        list(scale.attribute_many(TEXTS[:1], dates=["gisteren"]))


@pytest.mark.parametrize(("kwargs", "error"), [({"processes": 0}, ValueError), ({"chunk_size": 0}, ValueError)])
def test_attribute_many_checks_its_arguments(kwargs: dict, error: type[Exception]) -> None:
    with pytest.raises(error):
        list(scale.attribute_many(TEXTS, **kwargs))


def test_attribute_many_wants_strings() -> None:
    with pytest.raises(TypeError, match="text 1 is a bytes"):
        list(scale.attribute_many(["Een tekst.", b"bytes"]))


def test_the_worker_attributor_is_made_once_per_process() -> None:
    assert scale.worker_attributor("bundled", None) is scale.worker_attributor("bundled", None)
    assert scale.worker_attributor("bundled", None).keep_parse is False


def _articles() -> pd.DataFrame:
    return pd.DataFrame({"id": [f"d{n}" for n in range(len(TEXTS))] + ["leeg"],
                         "date": pd.to_datetime(DATES + [None], format="mixed"),
                         "text": TEXTS + [None]})


@needs_models
def test_attribute_frame_has_a_row_per_quote_with_exact_offsets(expected: list) -> None:
    from quoteattr.export import to_dataframe

    articles = _articles()
    quotes = scale.attribute_frame(articles)
    texts = dict(zip(articles["id"], articles["text"], strict=True))
    assert len(quotes) == sum(len(d.quotes) for d in expected)
    for row in quotes.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    # the article without a text has no quotes; the others' rows are those of one attributor
    assert "leeg" not in set(quotes["doc_id"])
    assert quotes.equals(to_dataframe(expected))


@needs_models
def test_attribute_frame_takes_other_column_names_and_the_index_as_id() -> None:
    articles = _articles().rename(columns={"text": "body"}).set_index("id")
    quotes = scale.attribute_frame(articles, text="body", date=None)
    assert set(quotes["doc_id"]) == {"d0", "d2", "d3", "d4"}
    assert quotes["date"].isna().all()  # date=None: no dates read


def test_attribute_frame_without_a_text_column_says_so() -> None:
    with pytest.raises(KeyError, match="no 'text' column"):
        scale.attribute_frame(pd.DataFrame({"body": ["Een tekst."]}))


@needs_models
def test_the_types_of_every_partition_are_those_of_the_meta() -> None:
    meta = scale.quote_frame_meta()
    assert len(meta) == 0
    for part in (_articles().iloc[:1], _articles().iloc[1:2], _articles().iloc[0:0]):
        assert scale.attribute_frame(part).dtypes.equals(meta.dtypes)


@needs_models
def test_dask_map_partitions_gives_the_rows_of_one_frame() -> None:
    dd = pytest.importorskip("dask.dataframe")
    articles = _articles()
    lazy = dd.from_pandas(articles, npartitions=3).map_partitions(scale.attribute_frame,
                                                                  meta=scale.quote_frame_meta())
    expected = scale.attribute_frame(articles)
    assert lazy.compute(scheduler="sync").reset_index(drop=True).equals(expected)
    # in processes, each with its own attributor, as on the cores of one machine
    assert lazy.compute(scheduler="processes", num_workers=2).reset_index(drop=True).equals(expected)


def test_models_that_cannot_be_loaded_stop_the_pool_with_the_reason(tmp_path) -> None:
    from quoteattr.nlp import PipelineError

    with pytest.raises(PipelineError, match="missing model files"):
        list(scale.attribute_many(TEXTS[:3], processes=2, models=str(tmp_path)))
