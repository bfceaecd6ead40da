"""Recompute every heldout19 event date from its temporal expression and the publication date.
usage: python3 datecheck.py [DIR]   (exit 1 on any disagreement)
Each row: (literal expression or None, rule, note). The literal must occur in the event's evidence unless it is None
(the day comes from context, explained in the note). A weekday named in the literal must agree with the resolved date."""
import datetime as dt
import json
import sys
from pathlib import Path

WD = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
T = {
    "001_news_item": [("صباح اليوم الجمعة", "today", ""), ("ليل الخميس", "past:الخميس", ""), ("فجر اليوم", "today", ""),
                      ("ليل الخميس", "past:الخميس", ""),
                      ("وصلت أمس", "yesterday", "the convoy's arrival; the WFP statement itself is today"),
                      ("في بيان اليوم", "today", "statement day"),
                      ("مساء أمس", "yesterday", "the alleged detention's own evening; the denial is today"),
                      ("يوم الأحد المقبل", "next:الأحد", ""),
                      (None, "today", "undated hypothetical in the governor's statement; dated by the report (publication day)")],
    "002_news_item": [("فجر اليوم الاثنين", "today", ""),
                      ("ليل الأحد", "past:الأحد", "the claimed IED's own night; the claim itself is undated"),
                      ("ظهر اليوم", "today", ""), ("مساء أمس", "yesterday", ""), ("في بيان اليوم", "today", "statement day"),
                      ("عصر اليوم", "today", ""), ("يوم الخميس المقبل", "next:الخميس", ""),
                      ("اليوم", "today", "the army announces the villages retaken today"),
                      ("في بيان اليوم", "today", "statement day")],
    "003_news_item": [("مساء أمس الاثنين", "yesterday", ""), ("منذ فجر اليوم", "today", ""), ("ظهر اليوم", "today", ""),
                      ("مساء اليوم", "today", "curfew decided today, in force from this evening"), ("عصر اليوم", "today", ""),
                      ("في بيان اليوم", "today", "statement day"), ("الأسبوع الماضي", "last_week", ""),
                      ("أمس", "yesterday", "the alleged arrests' own day; the denial is today"),
                      ("يوم الخميس المقبل", "next:الخميس", ""), ("اليوم", "today", "")],
    "004_news_item": [("فجر اليوم الأربعاء", "today", ""), ("ظهر اليوم", "today", ""), ("طوال ساعات النهار", "today", ""),
                      ("مساء أمس الثلاثاء", "yesterday", ""), ("مساء أمس الثلاثاء", "yesterday", ""),
                      ("صباح اليوم", "today", "the claimed attack's own time"),
                      ("عبرت اليوم", "today", ""), ("مساء أمس", "yesterday", ""), ("غداً الخميس", "tomorrow", ""),
                      (None, "today", "undated hypothetical in the Egyptian official's statement; dated by the report")],
    "005_news_item": [("فجر اليوم الأحد", "today", ""),
                      ("أمس", "yesterday", "the claimed strike's own day («في مدينة جعار أمس»)"),
                      ("ليل السبت", "past:السبت", ""), ("صباح اليوم", "today", ""), ("ليل السبت", "past:السبت", ""),
                      ("مساء أمس", "yesterday", ""), ("اليوم", "today", "the cabinet meeting"),
                      ("في بيان اليوم", "today", "statement day"), ("يوم الثلاثاء المقبل", "next:الثلاثاء", "")],
    "006_news_item": [("فجر أمس", "yesterday", ""), ("ليل الخميس", "past:الخميس", ""), ("فجر اليوم", "today", ""),
                      ("فجر اليوم", "today", ""),
                      ("اليوم", "today", "the sentence"), ("مساء أمس", "yesterday", ""), ("ظهر اليوم", "today", ""),
                      ("اليوم", "today", "the hand-over"), ("الأسبوع المقبل", "next_week", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "007_news_item": [("فجر اليوم", "today", ""), ("فجر اليوم", "today", ""),
                      (None, "today", "the denial refers to P1's raid «فجر اليوم»"), ("ليل الاثنين", "past:الاثنين", ""),
                      ("فجر اليوم", "today", ""), ("مساء أمس", "yesterday", ""), ("عصر اليوم", "today", ""),
                      ("في بيان اليوم", "today", "statement day"), ("غداً الأربعاء", "tomorrow", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "008_news_item": [("فجر اليوم الثلاثاء", "today", ""), ("ظهر اليوم", "today", ""), ("ليل الأحد", "past:الأحد", ""),
                      ("مساء أمس", "yesterday", ""), ("بعد ظهر اليوم", "today", ""), ("اليوم", "today", "the cabinet session"),
                      ("مساء أمس", "yesterday", ""), ("في بيان اليوم", "today", "statement day"),
                      ("في بيان اليوم", "today", "statement day"), ("غداً الأربعاء", "tomorrow", "")],
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
