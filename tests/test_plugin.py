"""A third-party cleaner package (examples/newsnorm-contacts), installed with pip into a
temporary directory, registers through the `newsnorm.cleaners` entry points and is placed in
the pipeline by config. Nothing is installed into the running environment."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

from newsnorm.config import DEFAULT_ORDER
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "newsnorm-contacts"
RELEASE = ("Acme Corp. said on Tuesday its quarterly profit rose 12 percent.\n\n"
           "The company will report full-year results in March.\n\n"
           "Media contact: Jane Doe\nEmail: press@acme.example\n+1 202 555 0100\n")


def _can_build_offline() -> bool:
    """setuptools new enough to build a wheel by itself: no download of a build environment."""
    try:
        major, minor = (int(part) for part in version("setuptools").split(".")[:2])
    except (PackageNotFoundError, ValueError):
        return False
    return (major, minor) >= (70, 1)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The example plugin pip-installed into a temporary folder, to put on PYTHONPATH."""
    work = tmp_path_factory.mktemp("plugin")
    source = work / "src"
    shutil.copytree(EXAMPLE, source)  # build outside the repository: no build/ or egg-info left
    target = work / "site"
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
               "--disable-pip-version-check", "--target", str(target), str(source)]
    if _can_build_offline():
        command.insert(5, "--no-build-isolation")
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert list(target.glob("newsnorm_contacts-*.dist-info"))
    return target


def newsnorm(site: Path, *args: str) -> subprocess.CompletedProcess:
    path = os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "newsnorm", *args], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": path}, timeout=120,
                          check=False)


@pytest.fixture
def config(tmp_path) -> Path:
    order = list(DEFAULT_ORDER)
    # Before boilerplate, which takes a "Contact:" label line of its own.
    order.insert(order.index("boilerplate"), "contacts")
    path = tmp_path / "newsnorm.toml"
    path.write_text(f"[pipeline]\norder = {json.dumps(order)}\n\n"
                    '[cleaners.contacts]\nextra_labels = ["Investor relations"]\n',
                    encoding="utf-8")
    return path


def test_installed_plugin_is_listed_but_idle_by_default(site) -> None:
    result = newsnorm(site, "cleaners")
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if "contacts" in line]
    assert line.strip().startswith("- contacts") and "(not in pipeline)" in line
    assert "press-contact lines" in line  # its docstring's first line describes it


def test_config_places_the_plugin_in_the_pipeline(site, config) -> None:
    result = newsnorm(site, "cleaners", "--config", str(config))
    assert result.returncode == 0, result.stderr
    place = DEFAULT_ORDER.index("boilerplate")  # the config puts it just before boilerplate
    assert result.stdout.splitlines()[place].split() == [
        f"{place + 1}.", "contacts", "Remove", "press-contact", "lines", "(e-mail,", "phone,",
        '"Media', 'contact:")', "from", "the", "end", "of", "a", "story."]


def test_ingest_runs_the_plugin_and_records_what_it_took(site, config, tmp_path) -> None:
    article = tmp_path / "release.txt"
    article.write_text(RELEASE, encoding="utf-8")
    plain = json.loads(newsnorm(site, "ingest", str(article), "-q").stdout)
    assert "press@acme.example" in plain["body"]
    result = newsnorm(site, "ingest", str(article), "-q", "--config", str(config))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["body"].endswith("full-year results in March.")
    assert [(r["cleaner"], r["kind"], r["text"]) for r in record["removed"]] == [
        ("contacts", "contact", "Media contact: Jane Doe"),
        ("contacts", "contact", "Email: press@acme.example"),
        ("contacts", "contact", "+1 202 555 0100")]
    assert "words-lost" not in record["warnings"]


def test_a_bad_plugin_option_is_an_error_naming_the_key(site, config) -> None:
    path = config.with_name("bad.toml")
    path.write_text(config.read_text().replace("extra_labels", "extra_label"), encoding="utf-8")
    result = newsnorm(site, "cleaners", "--config", str(path))
    assert result.returncode == 2
    assert "cleaners.contacts: extra_label" in result.stderr


def test_without_the_plugin_its_name_is_unknown(config) -> None:
    result = subprocess.run([sys.executable, "-m", "newsnorm", "cleaners", "--config",
                             str(config)], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 2 and "unknown cleaner 'contacts'" in result.stderr
