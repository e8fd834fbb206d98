"""The command line, through Typer's runner and through a real subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newsnorm.cli import app
from newsnorm.model import Record
from tests.conftest import SEEDS

runner = CliRunner()


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_ingest_writes_one_valid_record_per_seed_to_stdout() -> None:
    result = runner.invoke(app, ["ingest", str(SEEDS), "--jobs", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    rows = records(result.stdout)
    assert [r["source"]["path"] for r in rows] == sorted(p.name for p in SEEDS.glob("*.txt"))
    for row in rows:
        Record.model_validate(row)
        assert "words-lost" not in row["warnings"]


def test_output_is_identical_at_any_jobs_and_across_runs(tmp_path) -> None:
    outputs = []
    for jobs in ("1", "2", "2"):
        target = tmp_path / f"out-{len(outputs)}.jsonl"
        result = runner.invoke(app, ["ingest", str(SEEDS), "-j", jobs, "-o", str(target)])
        assert result.exit_code == 0, result.output
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0].count(b"\n") == 5


def test_summary_goes_to_stderr_and_stdout_carries_records_only() -> None:
    result = runner.invoke(app, ["ingest", str(SEEDS), "-j", "1"])
    assert "ingested 5 articles, 0 failed" in result.stderr
    assert all(line.startswith("{") for line in result.stdout.splitlines())


def test_failures_are_reported_and_exit_1(tmp_path) -> None:
    (tmp_path / "good.txt").write_text("Peace talks resumed.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (tmp_path / "bad.txt.gz").write_bytes(b"not gzip at all")
    errors = tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["ingest", str(tmp_path), "-j", "1", "--errors", str(errors)])
    assert result.exit_code == 1
    assert len(records(result.stdout)) == 1
    logged = {row["path"]: row["reason"] for row in records(errors.read_text())}
    assert logged == {"bad.txt.gz": "bad-gzip", "binary.txt": "binary", "empty.txt": "empty"}
    for path in logged:
        assert path in result.stderr
    assert "3 failed" in result.stderr


def test_jsonl_input_form(tmp_path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "42", "text": "Peace talks resumed."}) + "\n"
                    + json.dumps({"text": "Talks.", "path": "x/1.txt"}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(path), "-j", "1"])
    assert result.exit_code == 0, result.output
    first, second = records(result.stdout)
    assert first["source"]["input_id"] == "42"
    assert first["source"]["path"] == f"{path.as_posix()}:1"
    assert first["source"]["encoding"] == "utf-8"
    assert first["source"]["bytes"] == len(b"Peace talks resumed.")
    assert second["source"]["path"] == "x/1.txt"


@pytest.mark.parametrize("args", [
    ["ingest", "x", "--reference-date", "2024-13-01"],
    ["ingest", "x", "--jobs", "0"],
    ["ingest", "x", "--config", "/nonexistent/config.toml"],
    ["ingest"],
    ["nosuchcommand"],
])
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert runner.invoke(app, args).exit_code == 2


def test_validate_accepts_ingest_output_and_rejects_a_broken_line(tmp_path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    assert runner.invoke(app, ["ingest", str(SEEDS), "-j", "1", "-o", str(corpus)]).exit_code == 0
    assert runner.invoke(app, ["validate", str(corpus)]).exit_code == 0
    lines = corpus.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2][:-10]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(corpus)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{corpus}:3: not JSON")


def test_schema_is_the_models_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema == Record.model_json_schema()
    assert {"id", "source", "dateline", "notes", "removed", "authors"} <= set(schema["properties"])


def test_cleaners_lists_pipeline_order_with_descriptions() -> None:
    result = runner.invoke(app, ["cleaners"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[1] == "wire_framing"
    assert all(len(line.split()) > 2 for line in lines)


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("newsnorm ")


def test_real_subprocess_of_the_installed_command(tmp_path) -> None:
    command = shutil.which("newsnorm")
    assert command, "the newsnorm console script is not installed"
    target = tmp_path / "out.jsonl"
    done = subprocess.run([command, "ingest", str(SEEDS), "-o", str(target), "--jobs", "2"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert "ingested 5 articles" in done.stderr
    module = subprocess.run([sys.executable, "-m", "newsnorm", "validate", str(target)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert module.returncode == 0, module.stdout + module.stderr


def test_plain_progress_lines_when_stderr_is_not_a_terminal(monkeypatch) -> None:
    import newsnorm.report as report

    monkeypatch.setattr(report, "PLAIN_INTERVAL_SECONDS", 0.0)
    result = runner.invoke(app, ["ingest", str(SEEDS), "-j", "1"])
    progress = [line for line in result.stderr.splitlines() if "articles, 0 failed, " in line
                and "ingested" not in line]
    assert len(progress) == 5
    quiet = runner.invoke(app, ["ingest", str(SEEDS), "-j", "1", "--quiet"])
    assert quiet.stderr == ""


def test_a_quiet_single_process_ingest_skips_the_imports_it_does_not_use(tmp_path) -> None:
    # Start-up is paid on every run: rich (nothing printed), multiprocessing (no pool) and the
    # regex module (UTF-8 input) stay unloaded.
    script = (
        "import sys\n"
        "from newsnorm.cli import main\n"
        f"sys.argv = ['newsnorm', 'ingest', {str(SEEDS)!r}, '-q', '-j', '1',"
        f" '-o', {str(tmp_path / 'out.jsonl')!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('rich', 'multiprocessing', 'regex') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip() == "[]", done.stderr
