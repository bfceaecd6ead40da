"""Scoring against gold articles in the SCHEMA.md format.

The figures and their definitions follow the project's shared scorer
(eval/score.py) so that `rasd evaluate` and CI gates speak of the same numbers:
events are matched one-to-one on PLOVER type, date (with the gold precision's
tolerance) and place (same country and within 50 km, or the same admin unit);
attribute accuracies are over matched pairs; entity F1 is over distinct
(folded text, type) pairs; body figures check gold evidence sentences and
boilerplate lines against the predicted body.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rasd.errors import InputError
from rasd.output import error_record, to_record
from rasd.pipeline import extract_all
from rasd.read import Record

PLACE_KM = 50.0
Obj = dict[str, Any]


def comparable(text: object) -> str:
    """The scorer's comparison form: no diacritics or tatweel, unified alef/ya/ta marbuta, one space."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text))
    s = re.sub(r"[\u064B-\u065F\u0670\u0640\u200c-\u200f]", "", s)
    s = re.sub(r"[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    s = s.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    return re.sub(r"\s+", " ", s).strip().lower()


def distance_km(a: Obj, b: Obj) -> float:
    try:
        lat1, lon1, lat2, lon2 = (math.radians(float(v)) for v in (a["lat"], a["lon"], b["lat"], b["lon"]))
    except (KeyError, TypeError, ValueError):
        return math.inf
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(min(1.0, math.sqrt(h)))


def places_agree(gold: list[Obj] | None, pred: list[Obj] | None) -> bool:
    if not gold:
        return True
    for g in gold:
        for p in pred or []:
            if (p.get("country") or "").upper() != (g.get("country") or "").upper():
                continue
            if distance_km(g, p) <= PLACE_KM:
                return True
            if (
                g.get("kind") in ("admin1", "country")
                and p.get("kind") == g.get("kind")
                and comparable(p.get("admin1")) == comparable(g.get("admin1"))
            ):
                return True
    return False


def dates_agree(g: Obj, p: Obj) -> bool:
    gd, pd = g.get("date"), p.get("date")
    if not gd or not pd:
        return bool(gd == pd)
    precision = g.get("date_precision") or "day"
    if precision == "day":
        return bool(gd == pd)
    if precision == "week":
        return abs((date.fromisoformat(gd) - date.fromisoformat(pd)).days) <= 3
    return bool(gd[:7] == pd[:7]) if precision == "month" else bool(gd[:4] == pd[:4])


def actors_agree(g: Obj | None, p: Obj | None) -> bool:
    if g is None or p is None:
        return g is p
    return (g.get("country") or "") == (p.get("country") or "") and g.get("role") == p.get("role")


def _core(g: Obj, p: Obj) -> bool:
    return (
        g.get("plover") == p.get("plover")
        and dates_agree(g, p)
        and places_agree(g.get("locations"), p.get("locations"))
    )


def match_events(gold: list[Obj], pred: list[Obj]) -> list[tuple[Obj, Obj]]:
    """Greedy one-to-one matching on core fields, pairs agreeing on more actors first."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if _core(g, p):
                agree = actors_agree(g.get("actor1"), p.get("actor1")) + actors_agree(g.get("actor2"), p.get("actor2"))
                pairs.append((-agree, i, j))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    out = []
    for _, i, j in sorted(pairs):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            out.append((gold[i], pred[j]))
    return out


@dataclass
class Tally:
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            (
                "ev_tp",
                "ev_np",
                "ev_ng",
                "ent_tp",
                "ent_np",
                "ent_ng",
                "pub_ok",
                "docs",
                "missing",
                "a1",
                "a2",
                "acled",
                "acled_n",
                "modality",
                "fat",
                "fat_n",
                "src",
                "evid",
                "body_hit",
                "body_n",
                "leak",
                "leak_n",
                "date_ok",
                "date_n",
            ),
            0,
        )
    )
    per_doc: dict[str, str] = field(default_factory=dict)

    def add(self, key: str, value: int | bool = 1) -> None:
        self.counts[key] += int(value)


def _f1(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def _score_doc(t: Tally, gid: str, g: Obj, p: Obj | None) -> None:
    t.add("docs")
    if p is None:
        t.add("missing")
        p = {}
    gold_events, pred_events = g.get("events", []), p.get("events") or []
    matched = match_events(gold_events, pred_events)
    t.add("ev_tp", len(matched))
    t.add("ev_np", len(pred_events))
    t.add("ev_ng", len(gold_events))
    t.per_doc[gid] = f"{len(matched)}/{len(gold_events)} gold, {len(pred_events)} pred"
    for gv in gold_events:
        candidates = [
            pv
            for pv in pred_events
            if pv.get("plover") == gv.get("plover") and places_agree(gv.get("locations"), pv.get("locations"))
        ]
        if candidates:
            t.add("date_n")
            t.add("date_ok", any(dates_agree(gv, pv) for pv in candidates))
    for gv, pv in matched:
        t.add("a1", actors_agree(gv.get("actor1"), pv.get("actor1")))
        t.add("a2", actors_agree(gv.get("actor2"), pv.get("actor2")))
        if gv.get("acled"):
            t.add("acled_n")
            t.add("acled", list(pv.get("acled") or []) == list(gv["acled"]))
        t.add("modality", gv.get("modality") == pv.get("modality"))
        if gv.get("fatalities") is not None or gv.get("injuries") is not None:
            t.add("fat_n")
            t.add("fat", gv.get("fatalities") == pv.get("fatalities") and gv.get("injuries") == pv.get("injuries"))
        t.add("src", (gv.get("source") or {}).get("kind") == (pv.get("source") or {}).get("kind"))
        pe, ge = comparable(pv.get("evidence") or ""), comparable(gv.get("evidence"))
        t.add("evid", pe != "" and (pe in ge or ge in pe))
    gold_entities = {(comparable(e["text"]), e["type"]) for e in g.get("entities", [])}
    pred_entities = {(comparable(e.get("text")), e.get("type")) for e in p.get("entities") or []}
    t.add("ent_tp", len(gold_entities & pred_entities))
    t.add("ent_np", len(pred_entities))
    t.add("ent_ng", len(gold_entities))
    t.add("pub_ok", p.get("published") == g.get("published"))
    body = comparable(p.get("body") or "")
    body_lines = {comparable(x) for x in (p.get("body") or "").split("\n") if x.strip()}
    title = comparable(g.get("title"))
    for evidence in {gv.get("evidence") for gv in gold_events if gv.get("evidence")}:
        t.add("body_n")
        t.add("body_hit", comparable(evidence) in body)
    for line in g.get("boilerplate", []):
        if comparable(line) and comparable(line) != title:
            t.add("leak_n")
            t.add("leak", comparable(line) in body_lines)


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def summarise(t: Tally) -> dict[str, Any]:
    c = t.counts
    ev_f1, ev_p, ev_r = _f1(c["ev_tp"], c["ev_np"], c["ev_ng"])
    ent_f1, ent_p, ent_r = _f1(c["ent_tp"], c["ent_np"], c["ent_ng"])
    tp = c["ev_tp"] or 1
    return {
        "docs": c["docs"],
        "missing": c["missing"],
        "event_f1": round(ev_f1, 3),
        "event_p": round(ev_p, 3),
        "event_r": round(ev_r, 3),
        "gold_events": c["ev_ng"],
        "pred_events": c["ev_np"],
        "matched": c["ev_tp"],
        "date_acc_given_type_place": _ratio(c["date_ok"], c["date_n"]),
        "actor1_acc": round(c["a1"] / tp, 3),
        "actor2_acc": round(c["a2"] / tp, 3),
        "acled_acc": _ratio(c["acled"], c["acled_n"]),
        "modality_acc": round(c["modality"] / tp, 3),
        "casualty_acc": _ratio(c["fat"], c["fat_n"]),
        "source_kind_acc": round(c["src"] / tp, 3),
        "evidence_acc": round(c["evid"] / tp, 3),
        "entity_f1": round(ent_f1, 3),
        "entity_p": round(ent_p, 3),
        "entity_r": round(ent_r, 3),
        "published_acc": _ratio(c["pub_ok"], c["docs"]),
        "body_recall": _ratio(c["body_hit"], c["body_n"]),
        "boilerplate_leak": _ratio(c["leak"], c["leak_n"]),
    }


def score(gold: dict[str, Obj], predicted: dict[str, Obj]) -> tuple[dict[str, Any], dict[str, str]]:
    """Figures over all gold articles, and a one-line verdict per article."""
    tally = Tally()
    for gid, g in gold.items():
        _score_doc(tally, gid, g, predicted.get(gid))
    return summarise(tally), tally.per_doc


def load_gold(folder: Path) -> dict[str, Obj]:
    """Every <id>.json under `folder`, by id (file stem)."""
    files = sorted(folder.glob("*.json"))
    if not files:
        raise InputError(str(folder), "no gold articles (*.json) here", "point at a folder of SCHEMA.md files")
    out: dict[str, Obj] = {}
    for path in files:
        try:
            out[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(str(path), f"cannot read gold article: {exc}") from exc
    return out


def gold_records(gold: dict[str, Obj]) -> Iterable[Record]:
    """Gold articles as the scraper saved them: raw page, format; no publication date given."""
    for gid, g in gold.items():
        yield Record(gid, g["raw"], "html" if g.get("format") == "html" else "text", "utf-8")


def evaluate(folder: Path, jobs: int = 1) -> tuple[dict[str, Any], dict[str, str]]:
    """Extract every gold article's raw page (in `jobs` worker processes) and score the output against the gold."""
    gold = load_gold(folder)
    predicted: dict[str, Obj] = {}
    for item in extract_all(gold_records(gold), jobs):
        record = error_record(item) if isinstance(item, InputError) else to_record(item)
        predicted[record["id"]] = record
    return score(gold, predicted)
