"""Score newsnorm on our own gold set (fixtures/goldset), side by side with trafilatura and jusText.

usage: python bench/goldset.py [--goldset DIR] [--out DIR] [--extractors]
                               [--reuters DIR] [--reuters-sample N] [--show-misses N]

1. newsnorm ingests fixtures/goldset/inputs/*.txt, each file with its reference date from
   sources.csv (in this process, through the function `newsnorm ingest` runs per file), and
   score.py scores the records against gold.jsonl.
2. With --extractors, trafilatura and jusText (the `bench` extra) get the same inputs as
   minimal HTML pages (see bench/compare_extractors.py) and are scored the same way.
3. With --reuters DIR (a folder made by ../shared/tools/reuters.py), the same three are scored on
   the Reuters-21578 dev split; --reuters-sample N runs the extractors on the first N articles
   only (newsnorm always runs on all of them, and is also scored on the same sample).

Prints one table per corpus: a row per score.py metric, a column per tool. Everything it writes
goes under --out (default bench-out/goldset).
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare_extractors

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "tools" / "score.py"
ORDER = ["coverage", "headline exact", "byline exact", "dateline present", "dateline.city exact",
         "dateline date exact", "agencies exact set", "agencies micro P", "agencies micro R",
         "agencies micro F1", "body token F1", "body paragraph exact", "notes recall"]


def newsnorm_command() -> list[str]:
    exe = shutil.which("newsnorm")
    return [exe] if exe else [sys.executable, "-m", "newsnorm"]


def run_newsnorm_goldset(goldset: Path, out: Path) -> Path:
    """Every input with its reference date, in sources.csv order, in this process: through
    ``newsnorm.process.process``, the function `newsnorm ingest` runs per file, so the records
    are the ones `newsnorm ingest FILE --reference-date DATE` writes (one command per date
    group paid start-up ~80 times and took 45 s on 113 articles)."""
    from datetime import date

    from newsnorm.io.inputs import FileTask
    from newsnorm.pipeline import Pipeline
    from newsnorm.process import Settings, process

    pipeline = Pipeline.from_config()
    pred = out / "newsnorm.jsonl"
    with (open(goldset / "sources.csv", encoding="utf-8", newline="") as f,
          open(pred, "w", encoding="utf-8") as sink):
        for row in csv.DictReader(f):
            path = str(goldset / row["path"])
            reference = date.fromisoformat(row["reference_date"]) if row["reference_date"] else None
            outcome = process(FileTask(path, path), Settings(pipeline, reference))
            if outcome.line is None:
                sys.exit(f"goldset.py: {path}: {outcome.failure}")
            sink.write(outcome.line + "\n")
    return pred


def goldset_items(goldset: Path) -> list[tuple[str, str]]:
    with open(goldset / "sources.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [(row["path"], compare_extractors.decode((goldset / row["path"]).read_bytes()))
            for row in rows]


def write_jsonl(path: Path, records: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def score(gold: Path, pred: Path, out_json: Path, show_misses: int) -> dict:
    args = [sys.executable, str(SCORE), "--gold", str(gold), "--pred", str(pred),
            "--json", str(out_json)]
    if show_misses:
        args += ["--show-misses", str(show_misses)]
    done = subprocess.run(args, capture_output=True, text=True, encoding="utf-8")
    if done.returncode:
        sys.exit(f"goldset.py: score.py failed: {done.stderr}")
    if show_misses:
        sys.stderr.write(f"--- misses: {pred.name}\n{done.stderr}")
    return json.loads(out_json.read_text(encoding="utf-8"))


def table(title: str, results: dict[str, dict]) -> str:
    tools = list(results)
    width = max(len(m) for m in ORDER)
    lines = [title, f"  {'metric':<{width}}  " + "  ".join(f"{t:>12}" for t in tools) + "     n"]
    for metric in ORDER:
        cells = [results[t].get(metric) for t in tools]
        if all(c is None for c in cells):
            continue
        n = next(c["n"] for c in cells if c is not None)
        values = "  ".join(f"{c['value']:>12.4f}" if c else f"{'-':>12}" for c in cells)
        lines.append(f"  {metric:<{width}}  {values}  {n:>4}")
    return "\n".join(lines)


def timed(label: str, timings: dict, fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    timings[label] = time.perf_counter() - start
    return result


def goldset_table(args, out: Path) -> str:
    goldset = args.goldset
    timings: dict[str, float] = {}
    results = {"newsnorm": score(goldset / "gold.jsonl",
                                 timed("newsnorm", timings, run_newsnorm_goldset, goldset, out),
                                 out / "newsnorm.score.json", args.show_misses)}
    if args.extractors:
        items = goldset_items(goldset)
        for name in compare_extractors.EXTRACTORS:
            pred = out / f"{name}.jsonl"
            write_jsonl(pred, timed(name, timings, compare_extractors.run, name, items))
            results[name] = score(goldset / "gold.jsonl", pred, out / f"{name}.score.json",
                                  args.show_misses)
    with open(goldset / "gold.jsonl", encoding="utf-8") as f:
        count = sum(1 for line in f if line.strip())
    took = ", ".join(f"{k} {v:.1f} s" for k, v in timings.items())
    return table(f"Gold set ({count} articles, {goldset}); time: {took}", results)


def reuters_table(args, out: Path) -> str:
    src = args.reuters
    out = out / "reuters"
    out.mkdir(parents=True, exist_ok=True)
    timings: dict[str, float] = {}
    pred_all = out / "newsnorm.jsonl"
    timed("newsnorm", timings, subprocess.run,
          [*newsnorm_command(), "ingest", str(src / "input.jsonl"), "-o", str(pred_all), "--quiet"])
    with open(src / "input.jsonl", encoding="utf-8") as f:
        inputs = [json.loads(line) for line in f if line.strip()]
    sample = inputs[:args.reuters_sample] if args.reuters_sample else inputs
    ids = {item["id"] for item in sample}
    gold = out / "gold.sample.jsonl"
    with open(src / "gold.jsonl", encoding="utf-8") as f, open(gold, "w", encoding="utf-8") as g:
        g.writelines(line for line in f if line.strip() and json.loads(line)["id"] in ids)
    results = {"newsnorm": score(gold, pred_all, out / "newsnorm.score.json", args.show_misses)}
    if args.extractors:
        items = [(item["path"], item["text"]) for item in sample]
        for name in compare_extractors.EXTRACTORS:
            pred = out / f"{name}.jsonl"
            write_jsonl(pred, timed(name, timings, compare_extractors.run, name, items))
            results[name] = score(gold, pred, out / f"{name}.score.json", args.show_misses)
    took = ", ".join(f"{k} {v:.1f} s" for k, v in timings.items())
    what = f"all {len(inputs)}"
    if len(sample) < len(inputs):
        what = f"first {len(sample)} of {len(inputs)}"
    return table(f"Reuters-21578 dev split ({what} articles); time: {took}", results)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--goldset", type=Path, default=ROOT / "fixtures" / "goldset")
    ap.add_argument("--out", type=Path, default=ROOT / "bench-out" / "goldset")
    ap.add_argument("--extractors", action="store_true",
                    help="also run trafilatura and jusText (needs the `bench` extra)")
    ap.add_argument("--reuters", type=Path, metavar="DIR",
                    help="also score the Reuters dev split materialized in DIR by reuters.py")
    ap.add_argument("--reuters-sample", type=int, default=0, metavar="N",
                    help="score the extractors (and newsnorm) on the first N Reuters articles")
    ap.add_argument("--show-misses", type=int, default=0, metavar="N",
                    help="print up to N gold-vs-predicted examples per failing field to stderr")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(goldset_table(args, args.out))
    if args.reuters:
        print()
        print(reuters_table(args, args.out))


if __name__ == "__main__":
    main()
