"""Recompute every heldout20 event date from its temporal expression and the publication date.
usage: python3 datecheck.py [DIR]   (exit 1 on any disagreement)
Each row: (literal expression or None, rule, note). The literal must occur in the event's evidence unless it is None
(the day comes from context, explained in the note). A weekday named in the literal must agree with the resolved date."""
import datetime as dt
import json
import sys
from pathlib import Path

WD = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
T = {
    "001_news_item": [("اليوم الخميس", "today", ""), ("مساء أمس الأربعاء", "yesterday", ""), ("مساء أمس الأربعاء", "yesterday", ""),
                      ("صباح اليوم", "today", ""), ("يوم الثلاثاء المقبل", "next:الثلاثاء", ""), ("ليل الثلاثاء", "past:الثلاثاء", ""),
                      ("ليل الأربعاء", "past:الأربعاء", "the alleged beating's own night; the denial is today"),
                      ("في بيان اليوم", "today", "statement day"), ("مساء أمس", "yesterday", ""),
                      (None, "today", "undated hypothetical in the governor's statement; dated by the report (publication day)")],
    "002_news_item": [("عصر اليوم الأربعاء", "today", ""), ("مساء اليوم", "today", "curfew decided today, in force from 20:00"),
                      ("ظهر اليوم", "today", ""), ("ليل الاثنين", "past:الاثنين", ""),
                      ("في بيان أمس", "yesterday", "arrests announced yesterday"), ("في بيان أمس", "yesterday", "arrests announced yesterday"),
                      ("فجر أمس", "yesterday", ""), ("مساء اليوم", "today", ""), ("في بيان اليوم", "today", "statement day"),
                      ("غداً الخميس", "tomorrow", "")],
    "003_news_item": [("فجر اليوم الثلاثاء", "today", ""), ("صباح اليوم", "today", ""),
                      ("ليل الاثنين", "past:الاثنين", "the claimed shelling's own night; the claim itself is undated"),
                      ("مساء أمس", "yesterday", ""),
                      ("وزّع أمس", "yesterday", "the distribution day; the WFP statement is today"),
                      ("وزّع أمس", "yesterday", "the distribution day; the WFP statement is today"),
                      ("صباح اليوم", "today", ""), ("عصر اليوم", "today", ""), ("بُثّ اليوم", "today", ""),
                      ("يوم الخميس المقبل", "next:الخميس", "")],
    "004_news_item": [("اليوم الإثنين", "today", "weekday spelled with a hamza"), ("الأسبوع الماضي", "last_week", ""),
                      ("صباح اليوم", "today", ""), ("بعد ظهر اليوم", "today", ""),
                      (None, "today", "undated hypothetical quoted by El Khabar; dated by the report (publication day)"),
                      ("ليل السبت", "past:السبت", ""), ("ليل السبت", "past:السبت", ""),
                      ("يوم الخميس", "past:الخميس", "past tense «أوقفت»: the Thursday before publication"),
                      ("منذ فجر اليوم", "today", ""), ("غداً الثلاثاء", "tomorrow", "")],
    "005_news_item": [("مساء أمس الجمعة", "yesterday", ""), ("فجر اليوم السبت", "today", ""),
                      ("صباح اليوم", "today", "the claimed shoot-down's own time"),
                      ("ظهر اليوم", "today", ""), ("ظهر اليوم", "today", ""),
                      ("اليوم", "today", "ongoing sit-in, its fourth day"), ("مساء أمس", "yesterday", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)"),
                      ("في بيان اليوم", "today", "seizure announced today"), ("اليوم", "today", "the minister's statement")],
    "006_news_item": [("ليل السبت", "past:السبت", ""), ("مساء أمس", "yesterday", ""),
                      (None, "yesterday", "the alleged abduction of P2 «مساء أمس»; the denial itself is today"),
                      ("فجر اليوم", "today", ""), ("فجر اليوم", "today", ""), ("ظهر اليوم", "today", ""),
                      ("الأسبوع الماضي", "last_week", ""), ("فجر اليوم", "today", ""), ("ظهر اليوم", "today", ""),
                      ("ظهر اليوم", "today", "the hand-over shares the sentence's «ظهر اليوم»")],
    "007_news_item": [("مساء أمس الخميس", "yesterday", ""), ("ليل الخميس", "past:الخميس", ""),
                      ("فجر اليوم الجمعة", "today", ""), ("فجر اليوم الجمعة", "today", ""), ("صباح اليوم", "today", ""),
                      ("مساء الأربعاء", "past:الأربعاء", ""), ("في بيان اليوم", "today", "statement day"),
                      ("يوم الاثنين المقبل", "next:الاثنين", ""), ("في بلاغ اليوم", "today", "statement day"),
                      ("وجّهتها أمس", "yesterday", "the letter's day")],
    "008_news_item": [("فجر اليوم الأحد", "today", ""), ("مساء أمس", "yesterday", ""),
                      ("أمس", "yesterday", "the convoy's arrival «ووصلت إلى الكفرة، أمس»"), ("ظهر اليوم", "today", ""),
                      ("في بيان اليوم", "today", "the denied live fire concerns today's dispersal"),
                      ("في بيان اليوم", "today", "statement day"), ("صباح اليوم", "today", ""),
                      ("يوم الثلاثاء المقبل", "next:الثلاثاء", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
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
