"""Fuzz target for the pipeline (atheris): any bytes, decoded as an article would be, must give
a record with no word lost and no cleaner failed — or a clean decode refusal.

    python fuzz/fuzz_pipeline.py -max_total_time=60 fuzz/corpus

A crash it finds goes into tests/test_fuzz_regressions.py as a regression test.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from newsnorm.io.decode import DecodeError, decode
    from newsnorm.normalize import normalize
    from newsnorm.pipeline import Pipeline

PIPELINE = Pipeline.from_config()


def test_one_input(data: bytes) -> None:
    try:
        text, _ = decode(data)
    except DecodeError:
        return
    record = normalize(text, pipeline=PIPELINE)
    bad = [w for w in record.warnings if w == "words-lost" or w.startswith("cleaner-failed")]
    if bad:
        raise AssertionError(f"{bad} for input {data!r}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
