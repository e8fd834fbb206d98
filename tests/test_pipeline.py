"""Pipeline, registry and configuration."""

from __future__ import annotations

import pickle

import pytest

from newsnorm.cleaners.base import Cleaner, RegistryError, register, registered
from newsnorm.config import DEFAULT_ORDER, Config, ConfigError, load_config
from newsnorm.document import Document
from newsnorm.normalize import normalize
from newsnorm.pipeline import Pipeline


def test_default_pipeline_runs_every_registered_builtin_in_order() -> None:
    pipeline = Pipeline.from_config()
    assert pipeline.names == list(DEFAULT_ORDER)
    assert set(DEFAULT_ORDER) <= set(registered())


def test_every_cleaner_has_a_description() -> None:
    for name, cls in registered().items():
        assert cls.description(), name


def test_config_file_orders_disables_and_validates(tmp_path) -> None:
    path = tmp_path / "newsnorm.toml"
    path.write_text('[pipeline]\norder = ["line_ends", "reflow", "quotes"]\n'
                    'disable = ["quotes"]\n', encoding="utf-8")
    assert Pipeline.from_config(load_config(path)).names == ["line_ends", "reflow"]


@pytest.mark.parametrize(("toml", "message"), [
    ('[pipeline]\norder = ["line_ends", "nosuch"]\n', "unknown cleaner 'nosuch'"),
    ('[pipeline]\norderr = []\n', "pipeline.orderr"),
    ('[cleaners.reflow]\nwidth = 3\n', "cleaners.reflow: width"),
    ('[pipeline\n', "not valid TOML"),
])
def test_bad_config_names_the_key(tmp_path, toml: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        Pipeline.from_config(load_config(path))


def test_duplicate_cleaner_names_are_an_error() -> None:
    with pytest.raises(RegistryError, match="registered twice"):
        @register
        class Impostor(Cleaner):
            """Claims an existing name."""

            name = "reflow"


class Exploding(Cleaner):
    """Raises on every article."""

    name = "exploding"

    def clean(self, doc: Document) -> None:
        doc.edit([(0, len(doc.text), "")])  # a half-done change that must be rolled back
        raise RuntimeError("boom")


def test_a_failing_cleaner_is_skipped_with_a_warning_and_its_changes_undone() -> None:
    base = Pipeline.from_config(Config(pipeline={"order": ["line_ends", "reflow"]}))
    pipeline = Pipeline([base.cleaners[0], Exploding(), base.cleaners[1]])
    record = normalize("Peace talks resume,\nofficials said.", pipeline=pipeline)
    assert record.body == "Peace talks resume, officials said."
    assert "cleaner-failed:exploding" in record.warnings
    assert "words-lost" not in record.warnings


class ExplodingAfterFacts(Cleaner):
    """Records facts, changes lists in place, then raises."""

    name = "exploding_after_facts"

    def clean(self, doc: Document) -> None:
        doc.headline = "Not a headline"
        doc.authors.append("Nobody")
        doc.credit("AP")
        doc.warn("half-done")
        doc.note_at(0, "stray", "gloss")
        doc.take(0, 5, cleaner=self.name, kind="debris")
        doc.removed.extend(doc.removed)
        raise RuntimeError("boom")


def test_a_failing_cleaner_leaves_no_fact_behind() -> None:
    base = Pipeline.from_config(Config(pipeline={"order": ["line_ends", "agencies"]}))
    plain = normalize("Peace talks resume (Reuters)", pipeline=base)
    pipeline = Pipeline([base.cleaners[0], ExplodingAfterFacts(), base.cleaners[1]])
    record = normalize("Peace talks resume (Reuters)", pipeline=pipeline)
    assert record.warnings == [*plain.warnings, "cleaner-failed:exploding_after_facts"]
    assert record.model_dump(exclude={"warnings"}) == plain.model_dump(exclude={"warnings"})


def test_lost_words_are_flagged() -> None:
    class Eater(Cleaner):
        """Drops text without recording it (what a cleaner must never do)."""

        name = "eater"

        def clean(self, doc: Document) -> None:
            doc.edit([(0, 5, "")])

    record = normalize("Peace talks resume.", pipeline=Pipeline([Eater()]))
    assert record.warnings == ["words-lost"]


def test_pipeline_pickles() -> None:
    pipeline = Pipeline.from_config()
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone.names == pipeline.names


def test_options_of_a_disabled_cleaner_are_still_checked(tmp_path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[pipeline]\ndisable = ["boilerplate"]\n\n[cleaners.boilerplate]\n'
                    'extra_phrasez = ["x"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"cleaners\.boilerplate: extra_phrasez"):
        Pipeline.from_config(load_config(path))
