"""Recompute every heldout17 event date from its temporal expression and the publication date.
usage: python3 datecheck.py [DIR]   (exit 1 on any disagreement)
Each row: (literal expression or None, rule, note). The literal must occur in the event's evidence unless it is None
(the day comes from context, explained in the note). A weekday named in the literal must agree with the resolved date."""
import datetime as dt
import json
import sys
from pathlib import Path

WD = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
T = {
    "001_news_item": [("ليل الخميس", "past:الخميس", ""), ("فجر أمس الجمعة", "yesterday", ""), ("فجر اليوم", "today", ""),
                      ("ظهر اليوم", "today", ""), ("مساء اليوم", "today", ""), ("اليوم", "today", "statement day"),
                      ("مساء أمس الجمعة", "yesterday", ""), ("مساء اليوم", "today", ""), ("غداً الأحد", "tomorrow", ""),
                      ("غداً الأحد", "tomorrow", "the joint-patrol handover ('على أن تتسلم') takes the withdrawal's day")],
    "002_news_item": [("مساء أمس الثلاثاء", "yesterday", ""), ("صباح اليوم الأربعاء", "today", ""), ("مساء اليوم", "today", ""),
                      ("بعد ظهر اليوم", "today", ""), ("ليل أمس", "yesterday", "the agreement's own time; the statement is today"),
                      ("يوم الأحد المقبل", "next:الأحد", ""), ("الخميس الماضي", "past:الخميس", ""),
                      (None, "today", "undated report of a hypothetical; dated by the report (publication day)")],
    "003_news_item": [("ظهر اليوم الثلاثاء", "today", ""), ("مساء اليوم", "today", "statement day; the arrests have no day of their own"),
                      ("فجر اليوم", "today", ""), ("اليوم", "today", "statement day"), ("يوم السبت المقبل", "next:السبت", ""),
                      ("اليوم", "today", "statement day"), ("مساء اليوم", "today", ""), ("مساء اليوم", "today", "")],
    "004_news_item": [("فجر اليوم الخميس", "today", ""), ("مساء أمس الأربعاء", "yesterday", ""), ("اليوم", "today", "statement day"),
                      ("ليل الثلاثاء", "past:الثلاثاء", "the alleged abduction's own night"),
                      ("في البيان ذاته", "yesterday", "the RSF statement of «مساء أمس» in P4"),
                      ("مساء أمس", "yesterday", ""), ("مساء أمس", "yesterday", "looting after the entry the same evening"),
                      ("أمس الأول", "day_before", ""), ("أمس", "yesterday", "")],
    "005_news_item": [("بعد ظهر اليوم الجمعة", "today", ""),
                      ("بعد ظهر اليوم الجمعة", "today", "the warning came about an hour before the strike"),
                      ("مساء اليوم", "today", ""), ("صباح اليوم", "today", ""), ("اليوم", "today", "statement day"),
                      ("ظهر اليوم", "today", ""), ("مساء اليوم", "today", ""), ("الأسبوع الماضي", "last_week", ""),
                      (None, "today", "undated report of a hypothetical; dated by the report (publication day)")],
    "006_news_item": [("مساء أمس", "yesterday", ""), ("مساء أمس", "yesterday", ""), ("مساء أمس", "yesterday", ""),
                      ("مساء أمس", "yesterday", ""), ("ليل الأربعاء", "past:الأربعاء", ""), ("الأسبوع المقبل", "next_week", ""),
                      ("بعد ظهر اليوم", "today", ""), ("يوم السبت المقبل", "next:السبت", "")],
    "007_news_item": [("فجر اليوم الأحد", "today", ""), ("اليوم", "today", "day of the report denied"),
                      ("مساء أمس السبت", "yesterday", ""), ("ليل السبت", "past:السبت", ""), ("فجر اليوم", "today", ""),
                      ("الأسبوع المقبل", "next_week", ""), ("اليوم", "today", ""), ("صباح اليوم", "today", ""),
                      ("اليوم", "today", "statement day")],
    "008_news_item": [("فجر اليوم", "today", ""), ("صباح اليوم", "today", ""), ("ظهر اليوم", "today", ""),
                      ("صباح اليوم", "today", ""), ("مساء أمس الثلاثاء", "yesterday", ""), ("صباح اليوم", "today", ""),
                      ("صباح اليوم", "today", ""), ("مساء أمس", "yesterday", "")],
}


def resolve(pub, rule):
    if rule == "today":
        return pub, "day"
    if rule == "yesterday":
        return pub - dt.timedelta(1), "day"
    if rule == "day_before":
        return pub - dt.timedelta(2), "day"
    if rule == "tomorrow":
        return pub + dt.timedelta(1), "day"
    if rule == "after_tomorrow":
        return pub + dt.timedelta(2), "day"
    if rule.startswith("past:"):
        w = WD[rule[5:]]
        d = pub - dt.timedelta(1)
        while d.weekday() != w:
            d -= dt.timedelta(1)
        return d, "day"
    if rule.startswith("next:"):
        w = WD[rule[5:]]
        d = pub + dt.timedelta(1)
        while d.weekday() != w:
            d += dt.timedelta(1)
        return d, "day"
    if rule == "last_week":
        monday = pub - dt.timedelta(pub.weekday() + 7)
        return monday + dt.timedelta(2), "week"
    if rule == "next_week":
        monday = pub - dt.timedelta(pub.weekday()) + dt.timedelta(7)
        return monday + dt.timedelta(2), "week"
    if rule == "last_month":
        y, m = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        return dt.date(y, m, 15), "month"
    if rule == "next_month":
        y, m = (pub.year, pub.month + 1) if pub.month < 12 else (pub.year + 1, 1)
        return dt.date(y, m, 15), "month"
    raise ValueError(rule)


def main():
    d = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    bad = n = before = after = 0
    for f in sorted(d.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        pub = dt.date.fromisoformat(g["published"])
        rows = T[g["id"]]
        if len(rows) != len(g["events"]):
            print(f"{f.name}: {len(rows)} table rows for {len(g['events'])} events"); bad += 1
            continue
        for i, (ev, (lit, rule, note)) in enumerate(zip(g["events"], rows)):
            n += 1
            want, prec = resolve(pub, rule)
            msgs = []
            if ev["date"] != want.isoformat() or ev["date_precision"] != prec:
                msgs.append(f"coded {ev['date']}/{ev['date_precision']}, expression gives {want}/{prec}")
            if lit is not None and lit not in ev["evidence"]:
                msgs.append(f"expression «{lit}» not in evidence")
            if lit is None and not note:
                msgs.append("context date without a note")
            for name, w in WD.items():
                if lit and name in lit and want.weekday() != w:
                    msgs.append(f"weekday {name} disagrees with {want}")
            if msgs:
                bad += 1
                print(f"{f.name} event {i}: " + "; ".join(msgs))
            if want < pub:
                before += 1
            elif want > pub:
                after += 1
    print(f"{n} event dates checked, {bad} wrong; {before + after} off the publication day ({before} before, {after} after)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
