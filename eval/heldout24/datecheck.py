"""Recompute every heldout24 event date from its temporal expression and the publication date.
usage: python3 datecheck.py [DIR]   (exit 1 on any disagreement)
Each row: (literal expression or None, rule, note). The literal must occur in the event's evidence unless it is None
(the day comes from context, explained in the note). A weekday named in the literal must agree with the resolved date."""
import importlib.util
import sys
from pathlib import Path

WD = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
T = {
    "001_news_item": [("ليل الأحد", "past:الأحد", "pipeline bomb"), ("فجر اليوم الثلاثاء", "today", "IRGC to the Marun field"),
                      ("فجر اليوم الثلاثاء", "today", "IRGC to Ramhormoz"), ("ظهر اليوم", "today", ""), ("عصر اليوم", "today", ""),
                      ("فجر اليوم", "today", "the claimed attack's own time"),
                      ("مساء أمس الاثنين", "yesterday", "the alleged second blast; the denial itself is today"),
                      ("اليوم", "today", "statement day («للتلفزيون الرسمي اليوم»)"), ("يوم الخميس المقبل", "next:الخميس", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "002_news_item": [("مساء أمس الأحد", "yesterday", "abduction near Gedo"), ("مساء أمس الأحد", "yesterday", "abduction near Bako"),
                      ("صباح اليوم الاثنين", "today", "the rescue clash, dated by the report"),
                      ("اليوم", "today", "statement day («نشرته اليوم»)"),
                      ("أمس", "yesterday", "the denied abduction near Gedo; the denial is «مساء اليوم»"),
                      ("فجر اليوم", "today", "the claimed attack's own time"), ("ظهر اليوم", "today", ""),
                      ("مساء أمس", "yesterday", "the bus ban"), ("يوم الأربعاء المقبل", "next:الأربعاء", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "003_news_item": [("ليل الاثنين", "past:الاثنين", "the clash"), ("صباح أمس الثلاثاء", "yesterday", ""),
                      ("فجر اليوم الأربعاء", "today", "the claimed attack's own time"),
                      ("ليل الاثنين", "past:الاثنين", "the alleged air strike; the denial is «مساء أمس»"),
                      ("أمس", "yesterday", "MSF treatment"), ("صباح اليوم", "today", "arrests, Faya-Largeau"),
                      ("صباح اليوم", "today", "arrests, Zouar"), ("في بيان اليوم", "today", "statement day"),
                      ("يوم السبت المقبل", "next:السبت", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "004_news_item": [("مساء أمس الخميس", "yesterday", ""), ("ظهر اليوم الجمعة", "today", "the clash, dated by the ministry's report"),
                      ("صباح اليوم", "today", "the claimed IED's own time"),
                      ("أمس", "yesterday", "the denied abduction; the denial is undated"),
                      ("مساء أمس", "yesterday", "closure, monastery"), ("مساء أمس", "yesterday", "closure, Coloured Canyon"),
                      ("عصر اليوم", "today", ""), ("في بيان اليوم", "today", "statement day"),
                      ("يوم الأحد المقبل", "next:الأحد", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "005_news_item": [("أمس الثلاثاء", "yesterday", ""), ("ليل أمس", "yesterday", "the pursuit; the statement is «صباح اليوم الأربعاء»"),
                      ("هجوم أمس", "yesterday", "the denied Amhara role in yesterday's attack"),
                      ("فجر اليوم", "today", "the claimed drone strike's own time"), ("ظهر اليوم", "today", "Gallabat"),
                      ("ظهر اليوم", "today", "Doka"), ("أمس", "yesterday", "Red Crescent aid («الجمعية، أمس»)"),
                      ("في بيان اليوم", "today", "statement day"), ("يوم الأحد المقبل", "next:الأحد", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "006_news_item": [("فجر أمس الأحد", "yesterday", "shooting"), ("فجر أمس الأحد", "yesterday", "detention"),
                      ("مساء أمس", "yesterday", "the claimed missile's own time"),
                      ("ليل السبت", "past:السبت", "the alleged sinking; the denial is today"),
                      ("اليوم", "today", "statement day («مع نظيره الإريتري اليوم»)"), ("عصر اليوم", "today", ""),
                      ("مساء أمس", "yesterday", ""), ("الأسبوع المقبل", "next_week", "planned ICRC visit"),
                      (None, "today", "undated hypothetical; dated by the report (publication day)"),
                      ("اليوم", "today", "statement day («في تقرير صدر اليوم»)")],
    "007_news_item": [("ليل الخميس", "past:الخميس", ""), ("فجر أمس الجمعة", "yesterday", "the claimed attack's own time; the statement is «مساء أمس»"),
                      ("ظهر اليوم السبت", "today", ""), ("فجر اليوم", "today", ""),
                      ("مساء أمس", "yesterday", "the alleged shooting; the denial is today"),
                      ("صباح اليوم", "today", "Rumaitha"), ("صباح اليوم", "today", "al-Khidr"),
                      ("اليوم", "today", "statement day («عقده في السماوة اليوم»)"), ("غداً الأحد", "tomorrow", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
    "008_news_item": [("ليل الثلاثاء", "past:الثلاثاء", ""), ("فجر اليوم الأربعاء", "today", "the claimed launch's own time"),
                      ("أمس", "yesterday", "the alleged port strike; the denial is undated"), ("صباح اليوم", "today", ""),
                      ("مساء أمس", "yesterday", ""), ("فجر اليوم", "today", "Aqaba"), ("فجر اليوم", "today", "Quweira"),
                      ("اليوم", "today", "statement day («في إيجاز صحفي اليوم»)"), ("يوم الأحد المقبل", "next:الأحد", ""),
                      (None, "today", "undated hypothetical; dated by the report (publication day)")],
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
