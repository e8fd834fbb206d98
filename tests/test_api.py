"""The Python API: normalize one text or many, configure from Python, ship it to processes."""

from __future__ import annotations

import json
import pickle
from concurrent.futures import ProcessPoolExecutor
from functools import partial

import pytest
from typer.testing import CliRunner

import newsnorm
from newsnorm import Config, ConfigError, Pipeline, Record, as_config, normalize, normalize_many
from newsnorm.cli import app
from tests.conftest import SEEDS

runner = CliRunner()
WIRE = "BAKU, Azerbaijan, October 3. Talks resumed, Caspian Wire reports.\n\n" \
       "Sign up for the Caspian morning briefing\n"
OPTIONS = {"cleaners": {
    "agencies": {"extra_agencies": {"Caspian Wire": ["Caspian Wire"]}},
    "boilerplate": {"extra_phrases": ["Sign up for the Caspian morning briefing"]}}}


def test_public_names() -> None:
    for name in ("normalize", "normalize_many", "Record", "Pipeline", "Config", "ConfigError",
                 "as_config", "load_config", "Cleaner", "__version__"):
        assert name in newsnorm.__all__ and hasattr(newsnorm, name)


def test_normalize_returns_a_record() -> None:
    record = normalize(WIRE, reference_date="2023-10-04", path="feeds/1.txt")
    assert isinstance(record, Record)
    assert record.source.path == "feeds/1.txt" and record.source.encoding == "utf-8"
    assert (record.dateline.city, record.dateline.date) == ("Baku", "2023-10-03")
    assert Record.model_validate_json(record.to_json()) == record


def test_normalize_many_equals_ingest_of_the_same_jsonl(tmp_path) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    items = [{"text": text, "id": index, "path": f"seeds/{index}.txt",
              **({"reference_date": "2023-11-07"} if index % 2 else {})}
             for index, text in enumerate(texts)]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(source), "-j", "1", "-q",
                                 "--reference-date", "2023-12-01"])
    assert result.exit_code == 0, result.output
    expected = result.stdout.splitlines()
    got = [record.to_json() for record in normalize_many(items, reference_date="2023-12-01")]
    assert got == expected


def test_normalize_many_takes_texts_and_objects_and_names_unnamed_ones() -> None:
    records = list(normalize_many(["Talks resumed.", {"text": "Talks.", "id": "x"}]))
    assert [r.source.path for r in records] == ["<text>:1", "<text>:2"]
    assert [r.source.input_id for r in records] == [None, "x"]
    assert records[0] == normalize("Talks resumed.", path="<text>:1")


def test_normalize_many_is_lazy() -> None:
    def texts():
        yield "Talks resumed."
        raise AssertionError("read past what was asked for")

    assert next(normalize_many(texts())).body == "Talks resumed."


@pytest.mark.parametrize(("item", "error", "message"), [
    ({"id": 1}, ValueError, 'item 2: "text" is missing'),
    ({"text": "x", "reference_date": "3/4/2024"}, ValueError, "item 2: reference_date '3/4/2024'"),
    (42, TypeError, "item 2: a int"),
])
def test_normalize_many_names_a_bad_item(item, error, message) -> None:
    with pytest.raises(error, match=message):
        list(normalize_many(["fine", item]))


def test_config_from_python_dict_model_or_toml_file(tmp_path) -> None:
    toml = tmp_path / "newsnorm.toml"
    toml.write_text('[pipeline]\ndisable = ["quotes"]\n\n[cleaners.agencies]\n'
                    'extra_agencies = {"Caspian Wire" = ["Caspian Wire"]}\n', encoding="utf-8")
    from_dict = as_config({"pipeline": {"disable": ["quotes"]},
                           "cleaners": {"agencies": OPTIONS["cleaners"]["agencies"]}})
    assert as_config(str(toml)) == as_config(toml) == from_dict
    assert as_config(from_dict) is from_dict and as_config(None) == Config()
    assert "quotes" not in Pipeline.from_config(from_dict).names


def test_pattern_table_extras_take_effect_without_code() -> None:
    plain = normalize(WIRE, reference_date="2023-10-04")
    assert plain.agencies == [] and "Sign up" in plain.body
    record = normalize(WIRE, reference_date="2023-10-04", config=OPTIONS)
    assert record.agencies == ["Caspian Wire"]
    assert record.body == "Talks resumed, Caspian Wire reports."
    assert ("boilerplate", "Sign up for the Caspian morning briefing") in \
        [(removal.cleaner, removal.text) for removal in record.removed]


def test_order_and_disable_from_python() -> None:
    order = ["line_ends", "reflow"]
    assert Pipeline.from_config(as_config({"pipeline": {"order": order}})).names == order
    record = normalize(WIRE, config={"pipeline": {"order": order}})
    assert record.dateline is None and record.agencies == []


@pytest.mark.parametrize(("config", "key"), [
    ({"pipline": {}}, "pipline"),
    ({"pipeline": {"disabled": ["quotes"]}}, "pipeline.disabled"),
    ({"pipeline": {"order": ["line_ends", "no_such"]}}, "no_such"),
    ({"cleaners": {"boilerplate": {"extra_phrase": ["x"]}}}, "cleaners.boilerplate: extra_phrase"),
    ({"cleaners": {"agencies": {"extra_agencies": ["x"]}}}, "cleaners.agencies: extra_agencies"),
    ({"cleaners": {"dateline": {"prefix_chars": 5}}}, "cleaners.dateline: prefix_chars"),
])
def test_invalid_config_is_an_error_naming_the_key(config, key) -> None:
    with pytest.raises(ConfigError) as caught:
        normalize("Talks.", config=config)
    assert key in str(caught.value)


def test_pipeline_config_and_records_pickle() -> None:
    config = as_config(OPTIONS)
    pipeline = Pipeline.from_config(config)
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone.names == pipeline.names
    assert pickle.loads(pickle.dumps(config)) == config
    record = normalize(WIRE, pipeline=clone)
    assert record.agencies == ["Caspian Wire"]
    assert pickle.loads(pickle.dumps(record)) == record


def test_a_process_pool_ships_the_pipeline() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    pipeline = Pipeline.from_config(as_config(OPTIONS))
    work = partial(normalize, pipeline=pipeline, reference_date="2023-11-07")
    with ProcessPoolExecutor(max_workers=2) as pool:
        shipped = list(pool.map(work, texts))
    assert shipped == [work(text) for text in texts]
