"""Recompute every heldout14 event date from its time expression and the publication date (datetime).  usage: python3 datecheck.py"""
import json, glob, datetime as dt
from pathlib import Path
D = dt.timedelta
WD = {"الاثنين":0,"الثلاثاء":1,"الأربعاء":2,"الخميس":3,"الجمعة":4,"السبت":5,"الأحد":6}
def res(pub, expr):
    p = dt.date.fromisoformat(pub)
    kind, *arg = expr
    if kind == "today": return p, "day"
    if kind == "yesterday": return p - D(1), "day"
    if kind == "tomorrow": return p + D(1), "day"
    if kind == "after_tomorrow": return p + D(2), "day"
    if kind == "last_wd":   # most recent named weekday strictly before pub
        k = 1
        while (p - D(k)).weekday() != WD[arg[0]]: k += 1
        return p - D(k), "day"
    if kind == "next_wd":
        k = 1
        while (p + D(k)).weekday() != WD[arg[0]]: k += 1
        return p + D(k), "day"
    if kind == "last_week":
        mon = p - D(p.weekday()) - D(7); return mon + D(2), "week"
    if kind == "mid_last_month":
        first = p.replace(day=1); prev = first - D(1); return prev.replace(day=15), "month"
    if kind == "this_month_day":
        return p.replace(day=arg[0]), "day"
    raise ValueError(kind)
# (file, event index) -> (expression text, rule, weekday named in the expression or None)
T = {
 "001": [("فجر أمس الثلاثاء",("yesterday",),"الثلاثاء"),("مساء أمس",("yesterday",),None),("مساء أمس",("yesterday",),None),
         ("صباح اليوم الأربعاء",("today",),"الأربعاء"),("الأسبوع الماضي",("last_week",),None),("مساء أمس",("yesterday",),None),
         ("منتصف الشهر الماضي",("mid_last_month",),None),("بعد غد الجمعة",("after_tomorrow",),"الجمعة"),("اليوم",("today",),None)],
 "002": [("فجر اليوم الثلاثاء",("today",),"الثلاثاء"),("مساء أمس",("yesterday",),None),("ظهر اليوم",("today",),None),
         ("عصر اليوم",("today",),None),("مساء أمس",("yesterday",),None),("اليوم",("today",),None),("ظهر اليوم",("today",),None),
         ("اليوم",("today",),None),("بعد غد الخميس",("after_tomorrow",),"الخميس")],
 "003": [("مساء أمس الأربعاء",("yesterday",),"الأربعاء"),("صباح اليوم الخميس",("today",),"الخميس"),("اليوم",("today",),None),
         ("الأسبوع الماضي",("last_week",),None),("ظهر اليوم",("today",),None),("اليوم",("today",),None),("عصر أمس",("yesterday",),None),
         ("مساء أمس",("yesterday",),None)],
 "004": [("ليل أمس الجمعة",("yesterday",),"الجمعة"),("فجر اليوم السبت",("today",),"السبت"),("البيان ذاته (اليوم)",("today",),None),
         ("ليل الخميس",("last_wd","الخميس"),"الخميس"),("ظهر اليوم",("today",),None),("عصر اليوم",("today",),None),("اليوم",("today",),None),
         ("(hypothetical, publication day)",("today",),None)],
 "005": [("مساء أمس السبت",("yesterday",),"السبت"),("فجر اليوم الأحد",("today",),"الأحد"),("صباح اليوم",("today",),None),
         ("ظهر اليوم",("today",),None),("صباح اليوم",("today",),None),("ليل الجمعة",("last_wd","الجمعة"),"الجمعة"),
         ("الخميس المقبل",("next_wd","الخميس"),"الخميس"),("منذ فجر اليوم",("today",),None)],
 "006": [("فجر أمس الأحد",("yesterday",),"الأحد"),("مساء أمس",("yesterday",),None),("صباح اليوم",("today",),None),
         ("مساء أمس",("yesterday",),None),("اليوم",("today",),None),("اليوم",("today",),None),("غداً الثلاثاء",("tomorrow",),"الثلاثاء"),
         ("(seizure day, فجر أمس)",("yesterday",),None),("في السابع من أغسطس الجاري",("this_month_day",7),None)],
 "007": [("مساء أمس الخميس",("yesterday",),"الخميس"),("فجر اليوم",("today",),None),("صباح اليوم الجمعة",("today",),"الجمعة"),
         ("ليل أمس",("yesterday",),None),("صباح اليوم",("today",),None),("ظهر اليوم",("today",),None),("أمس",("yesterday",),None),
         ("اليوم",("today",),None)],
 "008": [("مساء أمس الأربعاء",("yesterday",),"الأربعاء"),("مساء أمس",("yesterday",),None),("مساء أمس",("yesterday",),None),
         ("فجر اليوم الخميس",("today",),"الخميس"),("أمس",("yesterday",),None),("أمس (اللقاء)",("yesterday",),None),
         ("مساء أمس",("yesterday",),None),("صباح اليوم",("today",),None),("أمس",("yesterday",),None)],
}
bad = n = off = before = after = 0
for f in sorted(glob.glob(str(Path(__file__).resolve().parent / "0*.json"))):
    g = json.load(open(f)); k = g["id"][:3]; rows = T[k]
    assert len(rows) == len(g["events"]), (k, len(rows), len(g["events"]))
    for ev, (txt, rule, wd) in zip(g["events"], rows):
        d, prec = res(g["published"], rule); n += 1
        ok = (d.isoformat() == ev["date"] and prec == ev["date_precision"])
        if wd is not None and rule[0] not in ("last_week",):
            ok = ok and d.weekday() == WD[wd]
        if ev["date"] != g["published"]:
            off += 1; before += ev["date"] < g["published"]; after += ev["date"] > g["published"]
        if not ok:
            bad += 1; print("MISMATCH", k, txt, ev["date"], ev["date_precision"], "computed", d, prec)
print(f"{n} event dates checked, {bad} wrong; {off} off the publication day ({before} before, {after} after)")
