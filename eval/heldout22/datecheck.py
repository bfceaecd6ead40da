"""Recompute every heldout22 event date from its temporal expression and the publication date.
usage: python3 datecheck.py [DIR]   (exit 1 on any disagreement)
Each row: (literal expression or None, rule, note). The literal must occur in the event's evidence unless it is None
(the day comes from context, explained in the note). A weekday named in the literal must agree with the resolved date."""
import importlib.util
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


# the resolver and checker are heldout21's (the same as heldout20's), run on this set's table and folder
HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("heldout21_datecheck", HERE.parent / "heldout21" / "datecheck.py")
assert _spec is not None and _spec.loader is not None
_lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_lib)
_lib.T, _lib.WD = T, WD

if __name__ == "__main__":
    if len(sys.argv) == 1:
        sys.argv.append(str(HERE))
    _lib.main()
