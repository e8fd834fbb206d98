"""Run an HTML article extractor on plain-text articles, for speed comparisons.

usage: python bench/extractor_run.py {trafilatura,jusText} FOLDER > out.jsonl

The work timed is exactly the work bench/compare_extractors.py scores for accuracy (its page
wrapping, decoding and field mapping): what a user of that extractor would do per article.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from compare_extractors import EXTRACTORS, decode  # bench/ is this script's sys.path[0]


def main() -> None:
    extract = EXTRACTORS[sys.argv[1]]
    for path in sorted(Path(sys.argv[2]).rglob("*.txt")):
        record = extract(str(path), decode(path.read_bytes()))
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
