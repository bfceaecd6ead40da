"""Recompute every heldout15 event date from its temporal expression and the publication date.
usage: python3 datecheck.py   (exit 1 on any mismatch)
Each gold event (in file order) has one row: the expression as written in the article, and whether it is
literally in the event's evidence sentence ('lit') or taken from context ('ctx': same statement / publication day)."""
import datetime as dt
import json
import sys
from pathlib import Path

DAYS = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
T = {
    "001": [("فجر أمس الاثنين", "lit"), ("مساء أمس", "ctx"), ("ليل أمس", "lit"), ("ليل أمس", "lit"), ("مساء أمس", "lit"),
            ("فجر اليوم", "lit"), ("فجر اليوم", "lit"), ("اليوم", "lit"), ("الأسبوع الماضي", "lit"), ("الجمعة الماضي", "lit")],
    "002": [("ليل الخميس", "lit"), ("أمس الجمعة", "lit"), ("فجر اليوم", "lit"), ("مساء أمس", "lit"), ("صباح اليوم", "lit"),
            ("أمس", "lit"), ("الشهر الماضي", "lit"), ("أمس", "lit")],
    "003": [("صباح اليوم الأحد", "lit"), ("يوم الثلاثاء المقبل", "lit"), ("اليوم", "ctx"), ("أمس السبت", "lit"),
            ("فجر اليوم", "lit"), ("فجر اليوم", "lit"), ("اليوم", "lit"), ("أمس", "lit"), ("ظهر اليوم", "lit")],
    "004": [("مساء أمس الثلاثاء", "lit"), ("فجر اليوم", "lit"), ("فجر اليوم", "lit"), ("اليوم الأربعاء", "lit"),
            ("أمس الأول", "lit"), ("ظهر اليوم", "lit"), ("اليوم", "lit"), ("أمس", "lit")],
    "005": [("فجر اليوم الخميس", "lit"), ("اليوم", "ctx"), ("ليل الثلاثاء", "lit"), ("أمس الأربعاء", "lit"),
            ("صباح اليوم", "lit"), ("بعد غد السبت", "lit"), ("اليوم", "lit"), ("الأسبوع الماضي", "lit")],
    "006": [("فجر أمس الاثنين", "lit"), ("صباح أمس", "lit"), ("ظهر اليوم الثلاثاء", "lit"), ("اليوم", "lit"),
            ("اليوم", "lit"), ("أمس", "lit"), ("ليل أمس", "lit"), ("غداً الأربعاء", "lit")],
    "007": [("ليل الاثنين", "lit"), ("أمس", "lit"), ("مساء أمس", "lit"), ("فجر اليوم", "lit"), ("اليوم الأربعاء", "lit"),
            ("الأسبوع المقبل", "lit"), ("اليوم", "lit"), ("الشهر الماضي", "lit")],
    "008": [("فجر أمس الأربعاء", "lit"), ("اليوم الخميس", "lit"), ("اليوم", "ctx"), ("السبت المقبل", "lit"),
            ("أمس", "lit"), ("اليوم", "lit"), ("أمس", "lit"), ("اليوم", "lit")],
}


def wed(d):
    return d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=2)


def resolve(expr, pub):
    """-> (date, precision, named weekday or None)"""
    named = next((v for k, v in DAYS.items() if k in expr), None)
    if "الأسبوع الماضي" in expr:
        return wed(pub - dt.timedelta(days=7)), "week", None
    if "الأسبوع المقبل" in expr:
        return wed(pub + dt.timedelta(days=7)), "week", None
    if "الشهر الماضي" in expr:
        y, m = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        return dt.date(y, m, 15), "month", None
    if "بعد غد" in expr:
        return pub + dt.timedelta(days=2), "day", named
    if "غداً" in expr:
        return pub + dt.timedelta(days=1), "day", named
    if "أمس الأول" in expr:
        return pub - dt.timedelta(days=2), "day", named
    if "أمس" in expr:
        return pub - dt.timedelta(days=1), "day", named
    if "اليوم" in expr:
        return pub, "day", named
    if "المقبل" in expr:
        k = (named - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=k), "day", None
    # bare or 'الماضي' weekday: the most recent such day before publication
    k = (pub.weekday() - named) % 7 or 7
    return pub - dt.timedelta(days=k), "day", None


def main():
    here = Path(__file__).resolve().parent
    n = wrong = off = before = after = 0
    for f in sorted(here.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        pub = dt.date.fromisoformat(g["published"])
        rows = T[f.stem[:3]]
        if len(rows) != len(g["events"]):
            print(f"{f.name}: {len(rows)} rows for {len(g['events'])} events"); wrong += 1; continue
        for i, (ev, (expr, how)) in enumerate(zip(g["events"], rows)):
            n += 1
            d, prec, named = resolve(expr, pub)
            probs = []
            if how == "lit" and expr not in ev["evidence"]:
                probs.append("expression not in evidence")
            if named is not None and d.weekday() != named:
                probs.append(f"weekday named does not match {d}")
            if ev["date"] != d.isoformat() or ev["date_precision"] != prec:
                probs.append(f"gold {ev['date']}/{ev['date_precision']} != {d}/{prec}")
            if probs:
                wrong += 1
                print(f"{f.name} event {i} ({ev['plover']}) «{expr}»: " + "; ".join(probs))
            if ev["date"] != g["published"]:
                off += 1
                before += ev["date"] < g["published"]
                after += ev["date"] > g["published"]
    print(f"{n} event dates checked, {wrong} wrong; {off} off the publication day ({before} before, {after} after)")
    sys.exit(1 if wrong else 0)


if __name__ == "__main__":
    main()
