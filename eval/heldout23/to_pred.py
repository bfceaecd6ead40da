"""Gold -> prediction JSONL (what a perfect extractor would print).  usage: to_pred.py GOLD_DIR OUT.jsonl"""
import html
import json
import re
import sys
from pathlib import Path


def body_lines(g):
    if g["format"] == "html":
        m = re.search(r'<div class="story-body">(.*?)</div>', g["raw"], re.S)
        return [html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", m.group(1))]
    bp = set(g["boilerplate"])
    return [line for line in g["raw"].split("\n") if line.strip() and line not in bp]


out = []
for f in sorted(Path(sys.argv[1]).glob("*.json")):
    g = json.loads(f.read_text(encoding="utf-8"))
    key = "html" if g["format"] == "html" else "text"
    out.append(json.dumps({"id": g["id"], key: g["raw"], "published": g["published"], "title": g["title"],
                           "body": "\n".join(body_lines(g)), "entities": g["entities"], "events": g["events"]},
                          ensure_ascii=False))
Path(sys.argv[2]).write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(out), "records ->", sys.argv[2])
