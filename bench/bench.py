"""Throughput and memory benchmark on the Reuters-21578 dev split (``nox -s bench``).

usage: python bench/bench.py [--work DIR] [--runs N] [--sample N] [--big N] [--skip-big]

Builds its corpora from ../shared/corpora (materialized with ../shared/tools/reuters.py), then
measures side by side in one run, each command as a whole process (median wall time of --runs
runs; peak RSS of the largest single process, from the kernel's accounting via wait4):

- the I/O floor: bench/io_floor.py, a plain loop that walks, reads, hashes, decodes and writes
  one JSON line per file;
- newsnorm ingest at --jobs 1 and --jobs 2;
- trafilatura on a sample (each line wrapped as an HTML paragraph), for the ratio only;
- newsnorm's peak RSS at 2,000 and at --big (200,000) articles, the big corpus made of hard
  links to the dev files spread over folders.

Each ratio is printed twice: over whole runs (startup included, as a user timing one command
sees it) and per article at steady state, from the same command on twice as many articles
(the extra articles over the extra time: the startup cancels, as it does over a million files).

Prints a Markdown table and the target ratios; writes the figures to WORK/results.json.
"""

from __future__ import annotations

import argparse
import compileall
import functools
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PYTHON = sys.executable


def run(command: list[str], stdout_path: Path) -> tuple[float, float]:
    """Run a command once; return (wall seconds, peak RSS in MiB of its largest process).

    Launched through bench/peak_rss.py, a small process, so that this benchmark's own size does
    not leak into the command's peak (see that file)."""
    done = subprocess.run([PYTHON, str(ROOT / "bench" / "peak_rss.py"), str(stdout_path),
                           *command], capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    if result["returncode"] not in (0, 1):  # 1: some inputs failed, still a full run
        raise SystemExit(f"bench: {' '.join(command)} exited {result['returncode']}")
    return result["wall_s"], result["peak_mib"]


def measure(label: str, command: list[str], runs: int, work: Path) -> dict:
    walls, peaks = [], []
    for _ in range(runs):
        wall, peak = run(command, work / "out.tmp")
        walls.append(wall)
        peaks.append(peak)
    result = {"label": label, "wall_s": statistics.median(walls), "walls": walls,
              "peak_mib": max(peaks)}
    print(f"  {label}: median {result['wall_s']:.2f} s of {runs}, peak {result['peak_mib']:.0f} "
          f"MiB", file=sys.stderr)
    return result


def materialize(work: Path) -> Path:
    reuters = work / "reuters"
    if not (reuters / "raw").is_dir():
        subprocess.run([PYTHON, str(SHARED / "tools" / "reuters.py"),
                        str(SHARED / "corpora" / "reuters21578"), str(reuters)], check=True)
    return reuters / "raw"


def linked_corpus(source: Path, target: Path, count: int, per_folder: int = 1000) -> Path:
    """``count`` articles as hard links to the dev files (cycled), ``per_folder`` a folder."""
    if target.is_dir() and sum(1 for _ in target.rglob("*.txt")) == count:
        return target
    files = sorted(source.glob("*.txt"))
    for number in range(count):
        folder = target / f"d{number // per_folder:04d}"
        if number % per_folder == 0:
            folder.mkdir(parents=True, exist_ok=True)
        link = folder / f"{number:07d}.txt"
        if not link.exists():
            os.link(files[number % len(files)], link)
    return target


@functools.cache  # each corpus is measured several times; walk it once
def corpus_size(folder: Path) -> tuple[int, int]:
    files = list(folder.rglob("*.txt"))
    return len(files), sum(f.stat().st_size for f in files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", default=str(ROOT / "bench-out"), type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sample", type=int, default=2000, help="articles for trafilatura")
    parser.add_argument("--big", type=int, default=200_000)
    parser.add_argument("--skip-big", action="store_true")
    args = parser.parse_args()
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    # An installed package runs from compiled bytecode; an editable checkout run with
    # PYTHONDONTWRITEBYTECODE set would compile every module at each start (~60 ms) instead.
    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    dev = materialize(work)
    count, size = corpus_size(dev)
    sample = linked_corpus(dev, work / "sample", args.sample)
    print(f"bench: dev corpus {count} articles, {size / 1e6:.1f} MB", file=sys.stderr)

    ingest = ["newsnorm", "ingest", "--quiet", "-o", str(work / "out.jsonl")]
    double = linked_corpus(dev, work / f"linked-{2 * count}", 2 * count)
    floor_command = [PYTHON, str(ROOT / "bench" / "io_floor.py")]
    rows = [
        measure("I/O floor", [*floor_command, str(dev)], args.runs, work),
        measure("newsnorm --jobs 1", [*ingest, str(dev), "--jobs", "1"], args.runs, work),
        measure("newsnorm --jobs 2", [*ingest, str(dev), "--jobs", "2"], args.runs, work),
    ]
    for row in rows:
        row.update(articles=count, mb=size / 1e6)
    rows += [sized(measure(f"I/O floor ({2 * count:,} linked)", [*floor_command, str(double)],
                           args.runs, work), double),
             sized(measure(f"newsnorm --jobs 1 ({2 * count:,} linked)",
                           [*ingest, str(double), "--jobs", "1"], args.runs, work), double)]
    sample_double = linked_corpus(dev, work / "sample-double", 2 * args.sample)
    extract = [PYTHON, str(ROOT / "bench" / "extractor_run.py"), "trafilatura"]
    rows += [
        sized(measure("trafilatura (sample)", [*extract, str(sample)], 1, work), sample),
        sized(measure("newsnorm --jobs 1 (sample)", [*ingest, str(sample), "--jobs", "1"],
                      args.runs, work), sample),
        sized(measure("trafilatura (2 x sample)", [*extract, str(sample_double)], 1, work),
              sample_double),
        sized(measure("newsnorm --jobs 1 (2 x sample)",
                      [*ingest, str(sample_double), "--jobs", "1"], args.runs, work),
              sample_double),
    ]

    memory = {}
    if not args.skip_big:
        for articles in (2_000, args.big):
            corpus = linked_corpus(dev, work / f"linked-{articles}", articles)
            memory[articles] = measure(f"newsnorm --jobs 2, {articles:,} articles",
                                       [*ingest, str(corpus), "--jobs", "2"], 1, work)
    report(rows, memory)
    (work / "results.json").write_text(json.dumps({"rows": rows, "memory": {
        str(k): v for k, v in memory.items()}}, indent=2), encoding="utf-8")


def sized(row: dict, corpus: Path) -> dict:
    articles, size = corpus_size(corpus)
    row.update(articles=articles, mb=size / 1e6)
    return row


def steady_rate(small: dict, big: dict) -> float:
    """Articles per second once started: the extra articles over the extra time."""
    extra = big["wall_s"] - small["wall_s"]
    # Within noise (a loaded machine, too small a sample), there is no steady rate to report.
    return (big["articles"] - small["articles"]) / extra if extra > 0 else float("nan")


def report(rows: list[dict], memory: dict) -> None:
    print("| command | articles | median wall s | articles/s | MB/s | peak RSS MiB |")
    print("|---|---:|---:|---:|---:|---:|")
    for row in rows:
        rate = row["articles"] / row["wall_s"]
        row["rate"] = rate
        print(f"| {row['label']} | {row['articles']:,} | {row['wall_s']:.2f} | {rate:,.0f} | "
              f"{row['mb'] / row['wall_s']:.2f} | {row['peak_mib']:.0f} |")
    floor, jobs1, jobs2, floor2, jobs1_2, extractor, jobs1_sample, extractor2, jobs1_sample2 = rows
    floor_steady, jobs1_steady = steady_rate(floor, floor2), steady_rate(jobs1, jobs1_2)
    extractor_steady = steady_rate(extractor, extractor2)
    sample_steady = steady_rate(jobs1_sample, jobs1_sample2)
    print()
    print("| ratio (articles/s) | whole runs | steady state | target |")
    print("|---|---:|---:|---:|")
    print(f"| --jobs 1 / I/O floor | {jobs1['rate'] / floor['rate']:.3f} | "
          f"{jobs1_steady / floor_steady:.3f} | >= 0.15 |")
    print(f"| --jobs 1 / trafilatura, same sample | {jobs1_sample['rate'] / extractor['rate']:.1f}"
          f" | {sample_steady / extractor_steady:.1f} | >= 20 |")
    print(f"| --jobs 2 / --jobs 1 | {jobs2['rate'] / jobs1['rate']:.2f} | | >= 1.6 on 2 cores |")
    print()
    print(f"Steady state: I/O floor {floor_steady:,.0f}/s, --jobs 1 {jobs1_steady:,.0f}/s "
          f"({1e6 / jobs1_steady:.0f} us per article), trafilatura {extractor_steady:,.0f}/s.")
    if memory:
        small, big = (memory[k] for k in sorted(memory))
        print(f"- peak RSS: {small['peak_mib']:.0f} MiB at {min(memory):,} articles, "
              f"{big['peak_mib']:.0f} MiB at {max(memory):,}: ratio "
              f"{big['peak_mib'] / small['peak_mib']:.2f} (targets < 300 MiB, <= 1.3)")


if __name__ == "__main__":
    main()
