"""Recompute every heldout18 event date from its temporal expression and the publication date.
usage: python3 datecheck.py [DIR]   (exit 1 on any disagreement)
Each row: (literal expression or None, rule, note). The literal must occur in the event's evidence unless it is None
(the day comes from context, explained in the note). A weekday named in the literal must agree with the resolved date."""
import datetime as dt
import json
import sys
from pathlib import Path

WD = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
T = {
    "001_news_item": [("فجر اليوم الثلاثاء", "today", ""), ("منذ ساعات الصباح", "today", ""),
                      ("منذ ساعات الصباح", "today", ""), ("ظهر اليوم", "today", "the claim's statement day"),
                      ("بعد ظهر اليوم", "today", ""), ("مساء أمس الاثنين", "yesterday", ""), ("صباح اليوم", "today", ""),
                      ("مساء اليوم", "today", ""), ("اليوم", "today", "statement day")],
    "002_news_item": [("ليل الثلاثاء", "past:الثلاثاء", ""), ("صباح أمس الأربعاء", "yesterday", ""),
                      ("مساء أمس", "yesterday", "the sniping as the claim dates it; the claim itself is today"),
                      ("فجر اليوم", "today", ""), ("بعد الضربات", "today", "the move followed the dawn strikes"),
                      ("فجر اليوم", "today", ""), ("ليل أمس", "yesterday", "the alleged takeover's own night; the denial is today"),
                      ("اليوم", "today", "statement day"), ("يوم الأحد المقبل", "next:الأحد", "")],
    "003_news_item": [("ليل الأحد", "past:الأحد", ""), ("فجر اليوم", "today", ""), ("اليوم", "today", "statement day"),
                      ("صباح اليوم", "today", ""), ("مساء اليوم", "today", ""), ("صباح غدٍ الثلاثاء", "tomorrow", ""),
                      ("مساء اليوم", "today", ""),
                      (None, "today", "undated hypothetical in the UNSMIL statement of P7 («مساء اليوم»); dated by the report"),
                      ("يوم الأحد المقبل", "next:الأحد", "")],
    "004_news_item": [("فجر اليوم الاثنين", "today", ""), ("ليل الأحد", "past:الأحد", ""),
                      ("اليوم", "today", "claim posted today; the attack is dated by the claim"), ("صباح اليوم", "today", ""),
                      ("صباح اليوم", "today", ""), ("ظهر اليوم", "today", ""), ("فجر اليوم", "today", ""),
                      ("فجر اليوم", "today", ""), ("مساء أمس الأحد", "yesterday", ""), ("اليوم", "today", "statement day")],
    "005_news_item": [("فجر اليوم الثلاثاء", "today", ""),
                      ("مساء اليوم", "today", "claim made this evening; the attack is dated by the claim"),
                      ("ليل الأحد", "past:الأحد", ""), ("ليل الأحد", "past:الأحد", ""), ("مساء أمس", "yesterday", ""),
                      ("اليوم", "today", "statement day"), ("الأسبوع الماضي", "last_week", ""), ("اليوم", "today", ""),
                      ("غداً الأربعاء", "tomorrow", "")],
    "006_news_item": [("فجر اليوم الأربعاء", "today", ""), ("ظهر اليوم", "today", ""), ("اليوم", "today", "statement day"),
                      ("مساء أمس الثلاثاء", "yesterday", ""), ("اليوم", "today", "statement day"), ("فجر اليوم", "today", ""),
                      ("ظهر اليوم", "today", ""), ("اليوم", "today", "statement day"),
                      ("أمس", "yesterday", "claim announced yesterday; the attack is dated by the claim")],
    "007_news_item": [("فجر اليوم الأحد", "today", ""), ("خلال المواجهات", "today", "during P1's clashes, dawn today"),
                      ("ليل السبت", "past:السبت", ""), ("ليل السبت", "past:السبت", ""), ("ظهر اليوم", "today", ""),
                      ("منذ صباح اليوم", "today", ""), ("اليوم", "today", "statement day"), ("مساء أمس", "yesterday", ""),
                      ("عصر اليوم", "today", "")],
    "008_news_item": [("صباح اليوم الثلاثاء", "today", ""), ("أمس الاثنين", "yesterday", ""), ("ليل الأحد", "past:الأحد", ""),
                      ("مساء الأحد", "past:الأحد", ""), ("فجر اليوم", "today", ""), ("ظهر اليوم", "today", ""),
                      ("بعد ظهر اليوم", "today", ""), ("يوم الخميس المقبل", "next:الخميس", ""),
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
