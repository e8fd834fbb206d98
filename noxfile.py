"""Developer sessions: `nox -s tests`, `nox -s lint`, and the benchmarks."""

from __future__ import annotations

import shutil
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint"]
nox.options.default_venv_backend = "venv"

SHARED = "../shared"
REUTERS_OUT = "bench-out/reuters"


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite: unit, golden, property and CLI tests, plus doctests."""
    # The datatrove extra (and duckdb, pandas in the test extra) so that the integration tests
    # run here rather than skip: about 20-45 s more of installs on a 2-core machine.
    session.install("-e", ".[test,datatrove]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff over the package, tests and benchmarks."""
    session.install("ruff")
    session.run("ruff", "check", "src", "tests", "noxfile.py")


@nox.session
def accuracy(session: nox.Session) -> None:
    """Score newsnorm on the Reuters-21578 dev split (../shared/corpora) and print the table."""
    session.install("-e", ".")
    session.run("python", f"{SHARED}/tools/reuters.py", f"{SHARED}/corpora/reuters21578",
                REUTERS_OUT)
    session.run("newsnorm", "ingest", f"{REUTERS_OUT}/input.jsonl", "-o",
                f"{REUTERS_OUT}/pred.jsonl", "--quiet")
    session.run("python", f"{SHARED}/tools/score.py", "--gold", f"{REUTERS_OUT}/gold.jsonl",
                "--pred", f"{REUTERS_OUT}/pred.jsonl", *session.posargs)


@nox.session
def golden(session: nox.Session) -> None:
    """Rewrite fixtures/golden/ from the current code: review the diff before committing."""
    session.install("-e", ".")
    session.run("python", "tests/regen_golden.py")


@nox.session
def bench(session: nox.Session) -> None:
    """Throughput and memory on the Reuters dev split: I/O floor, newsnorm -j1/-j2, trafilatura."""
    session.install("-e", ".[bench]")
    session.run("python", "bench/bench.py", *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """Fuzz the pipeline with atheris for a while (default 60 s): `nox -s fuzz -- 300`."""
    session.install("-e", ".", "atheris")
    seconds = session.posargs[0] if session.posargs else "60"
    # libFuzzer adds new inputs to the first corpus folder: a scratch copy, not the repo's.
    scratch = Path(session.create_tmp()) / "corpus"
    shutil.copytree("fuzz/corpus", scratch, dirs_exist_ok=True)
    session.run("python", "fuzz/fuzz_pipeline.py", f"-max_total_time={seconds}",
                "-rss_limit_mb=2048", f"-artifact_prefix={scratch.parent}/", str(scratch))


@nox.session
def goldset(session: nox.Session) -> None:
    """Score newsnorm, trafilatura and jusText on fixtures/goldset and the Reuters dev split."""
    session.install("-e", ".[bench]")
    session.run("python", f"{SHARED}/tools/reuters.py", f"{SHARED}/corpora/reuters21578",
                REUTERS_OUT)
    session.run("python", "bench/goldset.py", "--extractors", "--reuters", REUTERS_OUT,
                *session.posargs)


@nox.session
def holdout(session: nox.Session) -> None:
    """Score the held-out set (fixtures/holdout): run it at the end of a round, never to tune."""
    session.install("-e", ".[bench]")
    session.run("python", "bench/goldset.py", "--goldset", "fixtures/holdout", "--extractors",
                "--out", "bench-out/holdout", *session.posargs)
