"""A command line people like: help with examples everywhere, completion, errors that say what
to do, colour only in a terminal and never under NO_COLOR."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from newsnorm import __version__
from newsnorm.cli import app
from tests.conftest import SEEDS

runner = CliRunner()
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
SGR = re.compile(rb"\x1b\[([0-9;]*)m")
COLOUR_CODES = {30, 31, 32, 33, 34, 35, 36, 37, 38, 40, 41, 42, 43, 44, 45, 46, 47, 48,
                *range(90, 98), *range(100, 108)}


def newsnorm(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsnorm", *args], capture_output=True,
                          env={**_plain_env(), **(env or {})}, timeout=60, check=False)


def _plain_env() -> dict[str, str]:
    """This environment less what forces or forbids colour, so each test sets its own."""
    drop = {"NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS", "TERM"}
    return {key: value for key, value in os.environ.items() if key not in drop}


def in_terminal(*args: str, env: dict[str, str] | None = None) -> bytes:
    """Run newsnorm with a pseudo-terminal as stdin, stdout and stderr; return what it drew."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsnorm", *args], stdin=follower, stdout=follower,
        stderr=follower, env={**_plain_env(), "TERM": "xterm-256color", **(env or {})})
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        drawn += chunk
    process.wait(timeout=60)
    os.close(leader)
    return drawn


def colours(output: bytes) -> set[int]:
    return {int(code) for params in SGR.findall(output) for code in params.split(b";")
            if code and int(code) in COLOUR_CODES}


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"newsnorm {__version__}"


def test_stats_is_a_command() -> None:
    assert {"ingest", "validate", "schema", "cleaners", "stats"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert re.search(rf"^\s*(\S+ \| )?newsnorm {command}\b", result.stdout, re.M), result.stdout


def test_top_level_help_lists_examples_and_completion() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.stdout and "newsnorm stats corpus.jsonl" in result.stdout
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_shell_completion_script(shell: str) -> None:
    # Typer detects the user's shell; its documented switch lets a test name one instead.
    result = newsnorm("--show-completion", shell,
                      env={"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"})
    assert result.returncode == 0
    assert b"_NEWSNORM_COMPLETE" in result.stdout


def test_completion_completes_commands_and_options() -> None:
    def complete(words: str) -> list[str]:
        env = {"_NEWSNORM_COMPLETE": "complete_bash", "COMP_WORDS": words,
               "COMP_CWORD": str(len(words.split()) - 1)}
        return newsnorm(env=env).stdout.decode().split()

    assert complete("newsnorm st") == ["stats"]
    assert complete("newsnorm stats --j") == ["--json"]
    assert "--reference-date" in complete("newsnorm ingest --ref")


@pytest.mark.parametrize(("args", "advice"), [
    (["stat", "x.jsonl"], "Did you mean 'stats'?"),
    (["ingest", str(SEEDS), "--reference-date", "3/4/2024"], "is not YYYY-MM-DD"),
    (["stats", "no-such-corpus.jsonl"], "check the path"),
    (["stats", str(SEEDS / "000_1b90b52ff052fd91.txt")], "run 'newsnorm ingest' first"),
])
def test_errors_say_what_to_do(args: list[str], advice: str) -> None:
    result = newsnorm(*args)
    assert result.returncode in (1, 2)
    assert advice in result.stderr.decode()


def test_piped_output_has_no_escape_codes(tmp_path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    assert newsnorm("ingest", str(SEEDS), "-o", str(corpus), "-j", "1").returncode == 0
    for args in (["--help"], ["stats", str(corpus)], ["stats", str(corpus), "--json"]):
        result = newsnorm(*args)
        assert b"\x1b[" not in result.stdout + result.stderr, args


def test_colour_in_a_terminal_and_none_under_no_color(tmp_path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    line = (SEEDS.parent / "golden" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()[0]
    corpus.write_text(f"{line}\n{line}\nnot json\n", encoding="utf-8")  # a duplicate, a bad line
    for args in (["--help"], ["stats", str(corpus)]):
        assert colours(in_terminal(*args)), args
        plain = in_terminal(*args, env={"NO_COLOR": "1"})
        assert not colours(plain), args
        assert b"newsnorm" in plain or b"Corpus" in plain
