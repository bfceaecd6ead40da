"""Recompute every heldout21 event date from its temporal expression and the publication date.
usage: python3 datecheck.py [DIR]   (exit 1 on any disagreement)
Each row: (literal expression or None, rule, note). The literal must occur in the event's evidence unless it is None
(the day comes from context, explained in the note). A weekday named in the literal must agree with the resolved date."""
import datetime as dt
import json
import sys
from pathlib import Path

WD = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
T = {
    "001_news_item": [("ليل الخميس", "past:الخميس", ""), ("ليل الخميس", "past:الخميس", "stray shells, al-Ta'mir"),
                      ("ليل الخميس", "past:الخميس", "stray shells, Darb es-Sim"), ("أمس الجمعة", "yesterday", ""),
                      ("عصر أمس الجمعة", "yesterday", ""), ("فجر اليوم السبت", "today", ""),
                      ("ليل الخميس", "past:الخميس", "the alleged house burning; the denial itself is today"),
                      ("فجر الجمعة", "past:الجمعة", "the claimed drone downing"), ("يوم الاثنين المقبل", "next:الاثنين", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "002_news_item": [("أمس الأربعاء", "yesterday", ""), ("ليل الثلاثاء", "past:الثلاثاء", "the strike's night; announced «مساء أمس»"),
                      ("فجر اليوم الخميس", "today", "arrests, Bosaso"), ("فجر اليوم الخميس", "today", "arrests, Qardho"),
                      ("مساء أمس", "yesterday", ""),
                      ("ليل الثلاثاء", "past:الثلاثاء", "the alleged withdrawal; the denial itself is today"),
                      ("فجر اليوم", "today", "the claimed car bomb's own time"), ("يوم السبت المقبل", "next:السبت", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)"), ("في بيان اليوم", "today", "statement day")],
    "003_news_item": [("ليل الجمعة", "past:الجمعة", ""), ("مساء أمس السبت", "yesterday", "Smara town"),
                      ("مساء أمس السبت", "yesterday", "Smara airport"),
                      ("ليل الجمعة", "past:الجمعة", "the alleged evacuation; the denial itself is «اليوم الأحد»"),
                      ("في بيان مساء أمس", "yesterday", "statement day"),
                      ("اليوم", "today", "statement day («نقلته وكالة الأنباء الجزائرية اليوم»)"),
                      ("ليل الجمعة", "past:الجمعة", "the claimed shelling's own night"), ("صباح اليوم", "today", ""),
                      ("يوم الثلاثاء المقبل", "next:الثلاثاء", ""), (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "004_news_item": [("أمس الثلاثاء", "yesterday", "Mayerno"), ("أمس الثلاثاء", "yesterday", "Abu Hujar"),
                      ("فجر اليوم الأربعاء", "today", ""),
                      ("صباح اليوم", "today", "the distribution; the arrivals began «منذ ليل الاثنين» (not coded)"),
                      ("أمس الثلاثاء", "yesterday", "the convoy's arrival"), ("ليل الاثنين", "past:الاثنين", ""),
                      ("الأسبوع الماضي", "last_week", "the alleged abductions; the denial itself is today"),
                      ("فجر اليوم", "today", "the claimed capture's own time"), ("يوم السبت المقبل", "next:السبت", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "005_news_item": [("مساء أمس", "yesterday", ""), ("ليل الأحد", "past:الأحد", "al-Rawdah"), ("ليل الأحد", "past:الأحد", "al-Jahmaliya"),
                      ("أمس الاثنين", "yesterday", ""), ("صباح اليوم", "today", ""), ("صباح اليوم", "today", ""),
                      ("أمس الاثنين", "yesterday", "the alleged shelling; the denial is undated"),
                      ("فجر اليوم", "today", "the claimed clash's own time"), ("يوم الخميس المقبل", "next:الخميس", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "006_news_item": [("ظهر اليوم الجمعة", "today", ""), ("ليل الأربعاء", "past:الأربعاء", "Walgha"),
                      ("ليل الأربعاء", "past:الأربعاء", "al-Mazraa"), ("مساء أمس الخميس", "yesterday", ""), ("صباح اليوم", "today", ""),
                      ("الأسبوع الماضي", "last_week", "the alleged road closure; the denial is undated"),
                      ("فجر اليوم", "today", "the claimed capture's own time"), ("يوم الأحد المقبل", "next:الأحد", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)"), ("في بيان اليوم", "today", "statement day")],
    "007_news_item": [("مساء أمس الأحد", "yesterday", "al-Mufaqara"), ("مساء أمس الأحد", "yesterday", "at-Tuwani"),
                      ("صباح اليوم", "today", "at-Tuwani"), ("صباح اليوم", "today", "Susiya"), ("فجر اليوم", "today", ""),
                      ("في بيان اليوم", "today", "statement day"),
                      ("مساء أمس", "yesterday", "the attack the army denies joining; the denial is undated"),
                      ("ليل السبت", "past:السبت", "the claimed IED's own night"), ("يوم الخميس المقبل", "next:الخميس", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "008_news_item": [("ليل الاثنين", "past:الاثنين", "Fassala"), ("ليل الاثنين", "past:الاثنين", "Bassikounou"),
                      ("أمس الثلاثاء", "yesterday", ""),
                      ("ليل الاثنين", "past:الاثنين", "the alleged operation; the denial was broadcast «مساء أمس»"),
                      ("صباح اليوم", "today", ""), ("صباح أمس", "yesterday", "the claimed attack's own time"),
                      ("يوم الأحد المقبل", "next:الأحد", ""), ("صباح اليوم", "today", ""), ("أمس الثلاثاء", "yesterday", ""),
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
