"""Where the time goes: per-stage microseconds per article, in this process.

usage: python bench/cleaner_costs.py [INPUT.jsonl] [N]

Runs the default pipeline over the first N texts (default 4,000) of a JSONL input (default
/tmp/reuters/input.jsonl, made by ../shared/tools/reuters.py) and prints, per article, the
process time of each cleaner, of the rollback snapshots and of the working document, then the
whole per-article cost of building and serializing a record (the cleaners plus the nothing-lost
word check, the record and its JSON) without reading files. Timer calls add about 0.4 µs to each
small row. For finding what to speed up; `bench/bench.py` gives the numbers the targets use.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from collections import defaultdict

from newsnorm.document import Document
from newsnorm.normalize import build_record, text_source
from newsnorm.pipeline import Pipeline, _trim, prepare


def main() -> None:
    source = sys.argv[1] if len(sys.argv) > 1 else "/tmp/reuters/input.jsonl"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
    with open(source, encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in itertools.islice(lines, count)]
    pipeline = Pipeline.from_config()
    clock = time.process_time
    spent: dict[str, float] = defaultdict(float)
    for text in texts:
        start = clock()
        doc = Document(prepare(text))
        spent["document"] += clock() - start
        for cleaner in pipeline.cleaners:
            start = clock()
            doc.snapshot()
            spent["snapshots"] += clock() - start
            start = clock()
            cleaner.clean(doc)
            spent[cleaner.name] += clock() - start
        start = clock()
        _trim(doc)
        spent["trim"] += clock() - start
    start = clock()
    for text in texts:
        build_record(pipeline, text, text_source(text, "x"), None).to_json()
    whole = clock() - start
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"{name:16s} {seconds / len(texts) * 1e6:7.1f} µs")
    print(f"{'all of the above':16s} {sum(spent.values()) / len(texts) * 1e6:7.1f} µs")
    print(f"{'record + JSON':16s} {whole / len(texts) * 1e6:7.1f} µs  (whole build, no file I/O)")


if __name__ == "__main__":
    main()
