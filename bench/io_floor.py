"""The I/O floor: walk, read, hash, decode and write one JSON line per file, nothing else.

usage: python bench/io_floor.py FOLDER > out.jsonl

What newsnorm cannot go below on one core: its speed is quoted as a share of this loop's.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys


def main() -> None:
    out = sys.stdout
    for folder, subfolders, files in os.walk(sys.argv[1]):
        subfolders.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            with open(path, "rb") as stream:
                data = stream.read()
            text = data.decode("utf-8", errors="replace")
            out.write(json.dumps({"path": path, "sha256": hashlib.sha256(data).hexdigest(),
                                  "body": text}, ensure_ascii=False))
            out.write("\n")


if __name__ == "__main__":
    main()
