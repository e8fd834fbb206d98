"""Run an HTML article extractor on plain-text articles, for speed comparisons.

usage: python bench/extractor_run.py {trafilatura,justext} FOLDER > out.jsonl

Extractors want HTML, so each article becomes a minimal page: the first line as <title>, every
line as a <p>. The work timed is what a user of that extractor would have to do per article.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path


def as_html(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = html.escape(lines[0]) if lines else ""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return f"<html><head><title>{title}</title></head><body><article>{paragraphs}</article>" \
           "</body></html>"


def main() -> None:
    tool, folder = sys.argv[1], Path(sys.argv[2])
    if tool == "trafilatura":
        import trafilatura

        def extract(page: str) -> str:
            return trafilatura.extract(page) or ""
    else:
        import justext

        stoplist = justext.get_stoplist("English")

        def extract(page: str) -> str:
            kept = justext.justext(page.encode("utf-8"), stoplist)
            return "\n\n".join(p.text for p in kept if not p.is_boilerplate)
    for path in sorted(folder.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        body = extract(as_html(text))
        sys.stdout.write(json.dumps({"path": str(path), "body": body}) + "\n")


if __name__ == "__main__":
    main()
