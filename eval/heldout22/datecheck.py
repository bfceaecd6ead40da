"""Recompute every heldout22 event date from its temporal expression and the publication date.
usage: python3 datecheck.py [DIR]   (exit 1 on any disagreement)
Each row: (literal expression or None, rule, note). The literal must occur in the event's evidence unless it is None
(the day comes from context, explained in the note). A weekday named in the literal must agree with the resolved date."""
import datetime as dt
import json
import sys
from pathlib import Path

WD = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
T = {
    "001_news_item": [("ليل السبت", "past:السبت", "the riot"), ("فجر اليوم الأحد", "today", ""),
                      ("ظهر اليوم", "today", "the dispersal"), ("ظهر اليوم", "today", "the arrests at the same gathering"),
                      ("عصر اليوم", "today", "the ministry's decision"),
                      ("ليل السبت", "past:السبت", "the alleged beating; the denial itself is undated"),
                      ("في بيان اليوم", "today", "statement day"), ("اليوم", "today", "statement day"),
                      ("يوم الخميس المقبل", "next:الخميس", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "002_news_item": [("أمس الاثنين", "yesterday", "arrests, Adekar"), ("أمس الاثنين", "yesterday", "arrests, Kherrata"),
                      ("مساء أمس", "yesterday", ""), ("صباح اليوم الثلاثاء", "today", ""), ("فجر اليوم", "today", ""),
                      ("أمس", "yesterday", "«ووزّع الهلال الأحمر الجزائري، أمس»"), ("ظهر اليوم", "today", "statement day"),
                      ("اليوم", "today", "statement day («نشرته اليوم»)"), ("يوم الخميس المقبل", "next:الخميس", ""),
                      ("في بيان اليوم", "today", "statement day")],
    "003_news_item": [("ظهر اليوم الأحد", "today", ""), ("عصر اليوم", "today", ""),
                      ("مساء اليوم", "today", "arrests on campus"), ("مساء اليوم", "today", "arrests in Mutah town"),
                      ("مساء اليوم", "today", "the council's session"), ("مساء اليوم", "today", "the truce meeting"),
                      (None, "today", "the alleged dormitory raid belongs to today's brawl (P1 «ظهر اليوم الأحد»); the denial is undated"),
                      ("في بيان اليوم", "today", "statement day"), ("يوم الثلاثاء المقبل", "next:الثلاثاء", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "004_news_item": [("ليل الاثنين", "past:الاثنين", ""), ("صباح اليوم", "today", "Kafr Qara"),
                      ("فجر اليوم", "today", "Baqa al-Gharbiyye (its own time word)"), ("ظهر اليوم", "today", ""),
                      ("اليوم الثلاثاء", "today", ""), ("عصر اليوم", "today", ""), ("في بيان اليوم", "today", "statement day"),
                      ("اليوم", "today", "statement day («في تصريح لإذاعة الجيش الإسرائيلي اليوم»)"),
                      ("يوم الخميس المقبل", "next:الخميس", ""), ("في بيان اليوم", "today", "statement day")],
    "005_news_item": [("ليل الاثنين", "past:الاثنين", ""), ("فجر اليوم الثلاثاء", "today", ""),
                      ("صباح اليوم", "today", "Hun"), ("صباح اليوم", "today", "Sokna"),
                      ("ليل الاثنين", "past:الاثنين", "the alleged strike; the denial itself is «صباح اليوم»"),
                      ("ظهر اليوم", "today", "statement day"), ("فجر اليوم", "today", ""), ("عصر اليوم", "today", ""),
                      ("الأسبوع المقبل", "next_week", "planned move of the depots"), ("في بيان اليوم", "today", "statement day")],
    "006_news_item": [("مساء أمس السبت", "yesterday", ""), ("ليل أمس", "yesterday", "arrests at the stadium"),
                      ("صباح اليوم", "today", "arrests in Ismailia (its own time word)"), ("ليل أمس", "yesterday", ""),
                      ("اليوم الأحد", "today", ""), ("اليوم", "today", "statement day («في بيان نشرته اليوم»)"),
                      ("ليل أمس", "yesterday", "the alleged birdshot; the denial itself is today"),
                      ("في بيان اليوم", "today", "statement day"), ("يوم الثلاثاء المقبل", "next:الثلاثاء", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "007_news_item": [("أمس الثلاثاء", "yesterday", ""), ("صباح اليوم الأربعاء", "today", "the recapture, dated by the report"),
                      ("ليل الاثنين", "past:الاثنين", "Lalibela"), ("ليل الاثنين", "past:الاثنين", "Woldia"),
                      ("ظهر أمس", "yesterday", ""), ("مساء أمس", "yesterday", ""), ("اليوم", "today", "the curfew order"),
                      ("فجر اليوم", "today", "the claimed ambush's own time"), ("صباح اليوم", "today", ""),
                      ("في بيان اليوم", "today", "statement day")],
    "008_news_item": [("أمس الأربعاء", "yesterday", "trucks burned"), ("أمس الأربعاء", "yesterday", "drivers taken"),
                      ("ليل الثلاثاء", "past:الثلاثاء", ""), ("صباح اليوم", "today", "the claimed IED's own time"),
                      ("فجر اليوم الخميس", "today", ""), ("صباح اليوم", "today", ""),
                      ("أمس", "yesterday", "the airlift («نقل جواً أمس»); the statement is today"),
                      ("ليل الأربعاء", "past:الأربعاء", ""),
                      ("الأسبوع الماضي", "last_week", "the alleged withdrawal; the denial itself is today"),
                      ("يوم السبت المقبل", "next:السبت", "")],
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
