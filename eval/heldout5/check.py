#!/usr/bin/env python3
"""Validate the heldout5 gold files: spans, SCHEMA.md fields and legal values, evidence = one body sentence,
boilerplate/body separation.  usage: check.py [DIR]   (exit 1 on any problem)"""
import datetime as dt
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pycountry

ALPHA3 = {c.alpha_3 for c in pycountry.countries}
ALPHA2 = {c.alpha_2 for c in pycountry.countries}
ENT_TYPES = {"PER", "ORG", "GPE", "LOC", "FAC", "NORP"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
MODALITY = {"asserted", "claimed", "planned", "denied", "hypothetical"}
PRECISION = {"day", "week", "month", "year"}
ROLES = {"government", "military", "armed_group", "police", "civilians", "protesters", "igo", "political_party", "media", "other"}
KINDS = {"country", "admin1", "city", "facility", "region"}
SRC_KINDS = {"official", "anonymous", "wire", "media", "perpetrator_claim", "witness", "ngo", "outlet_own"}
TOP = ["id", "raw", "format", "published", "title", "boilerplate", "entities", "events", "notes"]
EV_KEYS = ["plover", "acled", "modality", "date", "date_precision", "actor1", "actor2", "locations", "fatalities",
           "injuries", "casualty_text", "source", "evidence", "start", "end"]
SENT_END = re.compile(r'(?<=[.!؟?])["»”]?\s+')


class Texts(HTMLParser):
    """Collect text nodes of an HTML page: (text, in_story_body, in_head)."""
    def __init__(self):
        super().__init__()
        self.stack, self.out = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in ("meta", "link", "img", "br", "input"):
            self.stack.append((tag, dict(attrs).get("class", "")))

    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        d = data.strip()
        if d:
            in_body = any(c == "story-body" for _, c in self.stack)
            in_head = any(t in ("head", "title", "script", "style") for t, _ in self.stack)
            self.out.append((d, in_body, in_head))


def body_paragraphs(g):
    raw, bp = g["raw"], g["boilerplate"]
    if g["format"] == "html":
        m = re.search(r'<div class="story-body">(.*?)</div>', raw, re.S)
        paras = [(mm.start(1) + m.start(1), mm.end(1) + m.start(1)) for mm in re.finditer(r"<p>(.*?)</p>", m.group(1))]
    else:
        paras, pos = [], 0
        bpset = set(bp)
        for line in raw.split("\n"):
            if line.strip() and line not in bpset:
                paras.append((pos, pos + len(line)))
            pos += len(line) + 1
    return paras


def check(path, errs, per_paragraph=1):
    def err(msg):
        errs.append(f"{path.name}: {msg}")

    g = json.loads(path.read_text(encoding="utf-8"))
    for k in TOP:
        if k not in g:
            err(f"missing field {k}")
    if set(g) - set(TOP):
        err(f"unexpected fields {set(g) - set(TOP)}")
    if g.get("id") != path.stem:
        err("id != file stem")
    if not re.fullmatch(r"\d{3}_[a-z]+_[a-z0-9-]+", path.stem):
        err("file name not NNN_country_topic")
    raw = g["raw"]
    if g["format"] not in ("text", "html"):
        err("bad format")
    pub = dt.date.fromisoformat(g["published"])
    if not (dt.date(2024, 1, 1) <= pub <= dt.date(2026, 12, 31)):
        err("published outside 2024-2026")
    if not isinstance(g["notes"], str) or len(g["notes"]) < 40:
        err("notes missing/too short")
    bp = g["boilerplate"]
    if g["title"] not in bp:
        err("title not among boilerplate")
    paras = body_paragraphs(g)
    ptexts = [raw[a:b] for a, b in paras]
    if not 7 <= len(ptexts) <= 10:
        err(f"{len(ptexts)} body paragraphs (want 7-10)")
    sentences = set()
    sent_spans = set()  # (start, end) of each body sentence, when a paragraph may hold more than one
    n_sent = 0
    for (pa, pb), p in zip(paras, ptexts):
        parts = [s for s in SENT_END.split(p) if s.strip()]
        if per_paragraph == 1 and len(parts) != 1:
            err(f"body paragraph is not a single sentence: {p[:50]}")
        elif not 1 <= len(parts) <= per_paragraph:
            err(f"body paragraph has {len(parts)} sentences (want 1-{per_paragraph}): {p[:50]}")
        n_sent += len(parts)
        sentences.update(parts)
        pos = pa
        for part in parts:
            i = raw.find(part, pos, pb)
            sent_spans.add((i, i + len(part)))
            pos = i + len(part)
    if per_paragraph > 1 and not 7 <= n_sent <= 11:
        err(f"{n_sent} body sentences (want 7-11)")
    # boilerplate: present in raw as whole lines / HTML text nodes, never a body line
    if g["format"] == "text":
        lines = raw.split("\n")
        for b in bp:
            if b not in lines:
                err(f"boilerplate not a raw line: {b}")
        nonempty = [l for l in lines if l.strip()]
        if sorted(nonempty) != sorted(bp + ptexts):
            err("raw lines are not exactly boilerplate + body")
    else:
        tp = Texts()
        tp.feed(raw)
        outside = [d for d, in_body, in_head in tp.out if not in_body and not in_head]
        inside = [d for d, in_body, in_head in tp.out if in_body]
        if outside != bp:
            err(f"HTML boilerplate != page text outside the article body: {set(outside) ^ set(bp)}")
        if inside != ptexts:
            err("HTML body text nodes != body paragraphs")
    for b in bp:
        if b in ptexts:
            err(f"boilerplate line is a body line: {b}")

    def in_body(s, e):
        return any(a <= s and e <= b for a, b in paras)

    seen = set()
    for en in g["entities"]:
        for k in ("text", "type", "canonical", "start", "end"):
            if k not in en:
                err(f"entity missing {k}: {en}")
        if raw[en["start"]:en["end"]] != en["text"]:
            err(f"entity span mismatch: {en['text']}")
        if not in_body(en["start"], en["end"]):
            err(f"entity outside body: {en['text']}")
        if en["type"] not in ENT_TYPES:
            err(f"bad entity type {en['type']}")
        if (en["text"], en["type"]) in seen:
            err(f"duplicate entity {en['text']}")
        seen.add((en["text"], en["type"]))
        if en["text"] != en["text"].strip() or not en["canonical"]:
            err(f"entity text/canonical: {en}")
    ent_texts = {e["text"] for e in g["entities"]}
    if not g["events"]:
        err("no events")
    for i, ev in enumerate(g["events"]):
        tag = f"event {i} ({ev.get('plover')})"
        for k in EV_KEYS:
            if k not in ev:
                err(f"{tag} missing {k}")
        if ev["plover"] not in PLOVER:
            err(f"{tag} bad plover")
        a = ev["acled"]
        if a is not None and not (isinstance(a, list) and len(a) == 2 and a[0] in ACLED and a[1] in ACLED[a[0]]):
            err(f"{tag} bad acled {a}")
        if ev["modality"] not in MODALITY:
            err(f"{tag} bad modality")
        if ev["date_precision"] not in PRECISION:
            err(f"{tag} bad precision")
        d = dt.date.fromisoformat(ev["date"])
        prec = ev["date_precision"]
        if prec == "month" and d.day != 15 or prec == "year" and (d.month, d.day) != (7, 1) or prec == "week" and d.weekday() != 2:
            err(f"{tag} date {d} inconsistent with precision {prec}")
        if ev["modality"] in ("asserted", "claimed", "denied") and d > pub:
            err(f"{tag} past-tense event after publication")
        if ev["modality"] == "planned" and d < pub:
            err(f"{tag} planned event before publication")
        for side in ("actor1", "actor2"):
            ac = ev[side]
            if ac is None:
                continue
            if set(ac) != {"text", "canonical", "country", "role"}:
                err(f"{tag} {side} keys")
            if ac["role"] not in ROLES:
                err(f"{tag} {side} bad role {ac['role']}")
            if ac["country"] is not None and ac["country"] not in ALPHA3:
                err(f"{tag} {side} bad ISO3 {ac['country']}")
            if ac["text"] not in raw:
                err(f"{tag} {side} text not in raw: {ac['text']}")
        for loc in ev["locations"]:
            if set(loc) != {"text", "canonical", "country", "admin1", "kind", "lat", "lon"}:
                err(f"{tag} location keys")
            if loc["kind"] not in KINDS:
                err(f"{tag} bad kind")
            if loc["country"] not in ALPHA2:
                err(f"{tag} bad ISO2 {loc['country']}")
            if not (-90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180):
                err(f"{tag} bad coordinates")
            if loc["text"] not in ent_texts:
                err(f"{tag} location text not an entity: {loc['text']}")
        if len({(l["lat"], l["lon"]) for l in ev["locations"]}) != len(ev["locations"]):
            err(f"{tag} duplicate places")
        for k in ("fatalities", "injuries"):
            v = ev[k]
            if v is not None and not (isinstance(v, int) and v >= 0):
                err(f"{tag} bad {k}")
        if (ev["fatalities"] is not None or ev["injuries"] is not None) and not ev["casualty_text"]:
            err(f"{tag} numbers without casualty_text")
        if ev["casualty_text"] and ev["casualty_text"] not in ev["evidence"]:
            err(f"{tag} casualty_text not in evidence")
        src = ev["source"]
        if src["kind"] not in SRC_KINDS:
            err(f"{tag} bad source kind")
        if (ev["modality"] == "claimed") != (src["kind"] == "perpetrator_claim"):
            err(f"{tag} claimed <-> perpetrator_claim mismatch")
        if src["kind"] == "outlet_own":
            if src["text"] or src["canonical"] is not None or "start" in src:
                err(f"{tag} outlet_own source must be empty")
        else:
            if not src["text"]:
                err(f"{tag} non-outlet source without text")
            elif raw[src.get("start", 0):src.get("end", 0)] != src["text"] or not in_body(src["start"], src["end"]):
                err(f"{tag} source span mismatch: {src['text']}")
        if raw[ev["start"]:ev["end"]] != ev["evidence"]:
            err(f"{tag} evidence span mismatch")
        if ev["evidence"] not in sentences or (ev["start"], ev["end"]) not in (paras if per_paragraph == 1 else sent_spans):
            err(f"{tag} evidence is not one body sentence")
        if ev["acled"] and ev["acled"][0] in ("Battles", "Explosions/Remote violence", "Violence against civilians") and ev["plover"] != "ASSAULT":
            err(f"{tag} violent ACLED type with non-ASSAULT PLOVER")
        if ev["acled"] and ev["acled"][0] in ("Protests", "Riots") and ev["plover"] not in ("PROTEST", "ASSAULT"):
            err(f"{tag} protest ACLED type with PLOVER {ev['plover']}")
    # one event per place: no two events share plover+date+modality+place+evidence
    keys = [(e["plover"], e["date"], e["modality"], e["evidence"], tuple((l["lat"], l["lon"]) for l in e["locations"])) for e in g["events"]]
    if len(set(keys)) != len(keys):
        err("duplicate events")
    return g


def main():
    # usage: check.py [DIR] [--paragraph-sentences N] (eval/heldout6 has paragraphs of up to two sentences)
    args = sys.argv[1:]
    per_paragraph = 1
    if "--paragraph-sentences" in args:
        i = args.index("--paragraph-sentences")
        per_paragraph = int(args[i + 1])
        del args[i : i + 2]
    d = Path(args[0]) if args else Path(__file__).parent
    errs, n = [], 0
    files = sorted(d.glob("*.json"))
    for p in files:
        check(p, errs, per_paragraph)
        n += 1
    for e in errs:
        print("FAIL", e)
    print(f"{n} files checked, {len(errs)} problems")
    sys.exit(1 if errs or n == 0 else 0)


if __name__ == "__main__":
    main()
