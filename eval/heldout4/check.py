#!/usr/bin/env python3
"""Check the heldout4 draft gold files: spans, field values, conventions; then self-score with score.py.

usage: python3 check.py [--score PATH_TO_score.py]
"""
import datetime
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE = "/work/shared/eval/score.py"
if "--score" in sys.argv:
    SCORE = sys.argv[sys.argv.index("--score") + 1]

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
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
ETYPES = {"PER", "ORG", "GPE", "LOC", "FAC", "NORP"}
ISO3 = set("""AFG ALB DZA AND AGO ARE ARG ARM AUS AUT AZE BHR BGD BEL BEN BFA BGR BIH BLR BOL BRA CAN CHE CHL CHN CIV CMR COD COG COL
CYP CZE DEU DJI DNK EGY ERI ESP EST ETH FIN FRA GBR GEO GHA GIN GMB GRC IDN IND IRL IRN IRQ ISL ISR ITA JOR JPN KAZ KEN KGZ KWT LBN LBR
LBY LKA MAR MDA MLI MLT MMR MRT NER NGA NLD NOR NZL OMN PAK PHL POL PRT PSE QAT ROU RUS RWA SAU SDN SEN SOM SRB SSD SVK SVN SWE SYR TCD
TGO TJK TKM TUN TUR UGA UKR USA UZB VEN YEM ZAF ZMB ZWE""".split())
ISO2 = set("""AF AL DZ AD AO AE AR AM AU AT AZ BH BD BE BJ BF BG BA BY BO BR CA CH CL CN CI CM CD CG CO CY CZ DE DJ DK EG ER ES EE ET FI FR
GB GE GH GN GM GR ID IN IE IR IQ IS IL IT JO JP KZ KE KG KW LB LR LY LK MA MD ML MT MM MR NE NG NL NO NZ OM PK PH PL PT PS QA RO RU RW SA
SD SN SO RS SS SK SI SE SY TD TG TJ TM TN TR UG UA US UZ VE YE ZA ZM ZW""".split())
TOP = ["id", "raw", "format", "published", "title", "boilerplate", "entities", "events"]
EV_KEYS = ["plover", "acled", "modality", "date", "date_precision", "actor1", "actor2", "locations", "fatalities",
           "injuries", "casualty_text", "source", "evidence"]
SENT_BREAK = re.compile(r"[.!?؟](?:[\"»”)]*)\s+\S")

n_spans = 0
errors = []


def err(fid, msg):
    errors.append(f"{fid}: {msg}")


def body_paragraphs(g):
    """(text, start) of each body paragraph: text lines not in boilerplate; <p> inside div.post-body for HTML."""
    raw = g["raw"]
    out = []
    if g["format"] == "html":
        m = re.search(r'<div class="post-body">\n(.*?)\n</div>', raw, re.S)
        if not m:
            return out
        for p in re.finditer(r"<p>(.*?)</p>", m.group(1)):
            out.append((p.group(1), m.start(1) + p.start(1)))
    else:
        # header block, blank line, one paragraph per blank-separated chunk, blank line, footer block
        chunks = raw.split("\n\n")
        pos = len(chunks[0]) + 2
        for c in chunks[1:-1]:
            for line in c.split("\n"):
                if line.strip():
                    out.append((line, pos))
                pos += len(line) + 1
            pos += 1
    return out


def check_span(fid, raw, obj, text, what):
    global n_spans
    if "start" not in obj or "end" not in obj:
        err(fid, f"{what} has no start/end")
        return
    n_spans += 1
    if raw[obj["start"]:obj["end"]] != text:
        err(fid, f"{what}: raw[{obj['start']}:{obj['end']}] = {raw[obj['start']:obj['end']]!r} != {text!r}")


def check_actor(fid, a, k):
    if a is None:
        return
    for key in ("text", "canonical", "country", "role"):
        if key not in a:
            err(fid, f"event {k} actor lacks {key}")
    if a.get("country") is not None and a["country"] not in ISO3:
        err(fid, f"event {k} actor country {a['country']} not ISO-3")
    if a.get("role") not in ROLES:
        err(fid, f"event {k} actor role {a.get('role')}")


def check_file(path):
    fid = path.stem
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as e:  # noqa
        err(fid, f"does not load: {e}")
        return None
    for k in TOP:
        if k not in g:
            err(fid, f"missing {k}")
    if g.get("id") != fid:
        err(fid, "id != file stem")
    if g["format"] not in ("text", "html"):
        err(fid, "bad format")
    datetime.date.fromisoformat(g["published"])
    raw = g["raw"]
    if g["title"] not in g["boilerplate"]:
        err(fid, "title not in boilerplate")
    if g["format"] == "text":
        blines = set(g["boilerplate"])
        chunks = g["raw"].split("\n\n")
        for line in chunks[0].split("\n") + chunks[-1].split("\n"):
            if line.strip() and line not in blines:
                err(fid, f"header/footer line not in boilerplate: {line!r}")
    if g["format"] == "html":
        outside = re.sub(r'<head>.*?</head>|<div class="post-body">.*?\n</div>', "", raw, flags=re.S)
        for node in re.findall(r">([^<>]+)<", outside):
            if node.strip() and node.strip() not in g["boilerplate"]:
                err(fid, f"HTML text node outside the body not in boilerplate: {node.strip()!r}")
    for b in g["boilerplate"]:
        if b not in raw:
            err(fid, f"boilerplate line not in raw: {b!r}")
    paras = body_paragraphs(g)
    if not 7 <= len(paras) <= 10:
        err(fid, f"{len(paras)} body paragraphs")
    ptexts = {p for p, _ in paras}
    for b in g["boilerplate"]:
        if b in ptexts:
            err(fid, f"boilerplate line is a body line: {b!r}")
    for p, s in paras:
        if raw[s:s + len(p)] != p:
            err(fid, "paragraph offset")
        if SENT_BREAK.search(p):
            err(fid, f"paragraph holds more than one sentence: {p[:60]}")
    lo, hi = paras[0][1], paras[-1][1] + len(paras[-1][0])
    in_body = lambda st, en: any(s <= st and en <= s + len(p) for p, s in paras)  # noqa
    seen = set()
    for e in g["entities"]:
        if e["type"] not in ETYPES:
            err(fid, f"entity type {e['type']}")
        if (e["text"], e["type"]) in seen:
            err(fid, f"duplicate entity {e['text']}")
        seen.add((e["text"], e["type"]))
        check_span(fid, raw, e, e["text"], f"entity {e['text']}")
        if not in_body(e["start"], e["end"]):
            err(fid, f"entity {e['text']} not in body")
        if not e.get("canonical"):
            err(fid, f"entity {e['text']} no canonical")
    for k, ev in enumerate(g["events"]):
        for key in EV_KEYS:
            if key not in ev:
                err(fid, f"event {k} lacks {key}")
        if ev["plover"] not in PLOVER:
            err(fid, f"event {k} plover {ev['plover']}")
        if ev["acled"] is not None:
            t, sub = ev["acled"]
            if t not in ACLED or sub not in ACLED[t]:
                err(fid, f"event {k} acled {ev['acled']}")
        if ev["modality"] not in MODALITY:
            err(fid, f"event {k} modality")
        if ev["modality"] == "claimed" and ev["source"]["kind"] != "perpetrator_claim":
            err(fid, f"event {k} claimed without perpetrator_claim source")
        if ev["date_precision"] not in PRECISION:
            err(fid, f"event {k} precision")
        d = datetime.date.fromisoformat(ev["date"])
        if ev["date_precision"] == "week" and d.weekday() != 2:
            err(fid, f"event {k} week date not a Wednesday")
        if ev["date_precision"] == "month" and d.day != 15:
            err(fid, f"event {k} month date not the 15th")
        if ev["date_precision"] == "year" and (d.month, d.day) != (7, 1):
            err(fid, f"event {k} year date not 1 July")
        pub = datetime.date.fromisoformat(g["published"])
        if ev["modality"] == "planned" and d < pub:
            err(fid, f"event {k} planned in the past")
        if ev["modality"] != "planned" and ev["date_precision"] == "day" and d > pub:
            err(fid, f"event {k} non-planned event after publication")
        check_actor(fid, ev["actor1"], k)
        check_actor(fid, ev["actor2"], k)
        for loc in ev["locations"]:
            if loc.get("country") not in ISO2:
                err(fid, f"event {k} location country {loc.get('country')}")
            if loc.get("kind") not in KINDS:
                err(fid, f"event {k} location kind")
            if not (-90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180):
                err(fid, f"event {k} coordinates")
            if loc["text"] not in raw[lo:hi]:
                err(fid, f"event {k} location text not in body")
        for key in ("fatalities", "injuries"):
            if ev[key] is not None and not (isinstance(ev[key], int) and ev[key] >= 0):
                err(fid, f"event {k} {key}")
        src = ev["source"]
        if src["kind"] not in SRC_KINDS:
            err(fid, f"event {k} source kind")
        if src["text"]:
            check_span(fid, raw, src, src["text"], f"event {k} source")
            if not in_body(src["start"], src["end"]):
                err(fid, f"event {k} source not in body")
        elif src["kind"] != "outlet_own":
            err(fid, f"event {k} empty source text but kind {src['kind']}")
        check_span(fid, raw, ev, ev["evidence"], f"event {k} evidence")
        if ev["evidence"] not in ptexts:
            err(fid, f"event {k} evidence is not one body sentence")
        tr = ev.get("trigger")
        if not tr:
            err(fid, f"event {k} has no trigger")
        else:
            check_span(fid, raw, tr, tr["text"], f"event {k} trigger")
            if not (ev["start"] <= tr["start"] and tr["end"] <= ev["end"]):
                err(fid, f"event {k} trigger outside evidence")
        if ev["casualty_text"] and ev["casualty_text"] not in raw[lo:hi]:
            err(fid, f"event {k} casualty_text not in body")
    if not g.get("notes"):
        err(fid, "no notes")
    return g


def main():
    files = sorted(HERE.glob("*.json"))
    golds = [g for g in (check_file(p) for p in files) if g]
    print(f"{len(files)} files, {sum(len(g['events']) for g in golds)} events, "
          f"{sum(len(g['entities']) for g in golds)} entities, {n_spans} spans checked")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    # self-score: gold converted to a prediction
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as f:
            for g in golds:
                body = "\n".join(p for p, _ in body_paragraphs(g))
                f.write(json.dumps({"id": g["id"], "published": g["published"], "title": g["title"], "body": body,
                                    "events": g["events"], "entities": g["entities"]}, ensure_ascii=False) + "\n")
        out = subprocess.run([sys.executable, SCORE, str(HERE), str(pred)], capture_output=True, text=True)
        print(out.stdout.strip() or out.stderr)
        res = json.loads(out.stdout)
        bad = {k: v for k, v in res.items() if isinstance(v, float) and k != "boilerplate_leak" and v != 1.0}
        if bad or res.get("boilerplate_leak") != 0.0 or res.get("missing"):
            print("SELF-SCORE NOT PERFECT:", bad, res.get("boilerplate_leak"))
            sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
