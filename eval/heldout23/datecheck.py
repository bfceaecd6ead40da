"""Recompute every heldout23 event date from its temporal expression and the publication date.
usage: python3 datecheck.py [DIR]   (exit 1 on any disagreement)
The table T below is this set's (one row per event, in order); resolve(), WD and the checking loop (main) are loaded unchanged
from heldout21's datecheck.py with importlib. Each row: (literal expression or None, rule, note)."""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("heldout21_datecheck", HERE.parent / "heldout21" / "datecheck.py")
assert _spec is not None and _spec.loader is not None
_dc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_dc)
resolve, WD = _dc.resolve, _dc.WD

HYP = (None, "today", "undated hypothetical; dated by the report (publication day)")
T = {
    "001_news_item": [("ليل الثلاثاء", "past:الثلاثاء", "Walad Rabi'"), ("ليل الثلاثاء", "past:الثلاثاء", "al-Quraishiyah"),
                      ("عصر أمس الأربعاء", "yesterday", ""), ("فجر اليوم الخميس", "today", ""),
                      ("ليل الاثنين", "past:الاثنين", "the claimed drone attack's own night; the claim was posted «مساء أمس»"),
                      ("أمس الأربعاء", "yesterday", "the alleged mosque shelling; the denial is undated"),
                      ("صباح اليوم", "today", ""), ("يوم السبت المقبل", "next:السبت", ""), HYP,
                      ("في بيان اليوم", "today", "statement day")],
    "002_news_item": [("فجر أمس الأحد", "yesterday", ""), ("ليل الأحد", "past:الأحد", "Inékar; the statement is «صباح اليوم»"),
                      ("ليل الأحد", "past:الأحد", "Tidermène"),
                      ("يوم السبت", "past:السبت", "the claimed clash; past verb, no «الماضي»"),
                      ("صباح اليوم الاثنين", "today", ""),
                      ("ليل الجمعة", "past:الجمعة", "the alleged executions; the denial was «مساء أمس»"),
                      ("أمس الأحد", "yesterday", ""), ("يوم الخميس المقبل", "next:الخميس", ""), HYP,
                      ("اليوم", "today", "statement day («في بيان نشرته حسابات مقرّبة منه اليوم»)")],
    "003_news_item": [("مساء أمس الجمعة", "yesterday", "Las Anod"), ("مساء أمس الجمعة", "yesterday", "Oog"),
                      ("فجر اليوم السبت", "today", ""), ("فجر اليوم", "today", "the claimed capture's own time; the video was «مساء اليوم»"),
                      ("ليل الخميس", "past:الخميس", ""),
                      ("مساء أمس", "yesterday", "the alleged shelling; the denial itself is «اليوم»"),
                      ("صباح اليوم", "today", ""), ("يوم الاثنين المقبل", "next:الاثنين", ""), HYP,
                      ("في بيان مساء أمس", "yesterday", "statement day")],
    "004_news_item": [("فجر اليوم الأحد", "today", "Atbara"), ("فجر اليوم الأحد", "today", "Ad-Damer"),
                      ("ليل السبت", "past:السبت", ""),
                      ("ليل السبت", "past:السبت", "the claimed strike's own night; the post was «صباح اليوم»"),
                      ("أمس السبت", "yesterday", ""),
                      ("الخميس الماضي", "past:الخميس", "the alleged strike; the denial is undated"),
                      ("مساء أمس", "yesterday", ""), ("يوم الثلاثاء المقبل", "next:الثلاثاء", ""), HYP,
                      ("في بيان اليوم", "today", "statement day")],
    "005_news_item": [("مساء أمس الاثنين", "yesterday", "Ain Issa"), ("مساء أمس الاثنين", "yesterday", "Euphrates Dam"),
                      ("ليل الأحد", "past:الأحد", "the claimed attack's own night"), ("ظهر اليوم الثلاثاء", "today", ""),
                      ("فجر اليوم", "today", ""),
                      ("أمس الاثنين", "yesterday", "the alleged withdrawal; the denial was «مساء أمس»"),
                      ("ظهر اليوم", "today", ""), ("يوم الخميس المقبل", "next:الخميس", ""), HYP,
                      ("في بيان اليوم", "today", "statement day")],
    "006_news_item": [("صباح أمس الثلاثاء", "yesterday", ""), ("ليل الأحد", "past:الأحد", "the claimed attack's own night"),
                      ("فجر اليوم", "today", "Pama"), ("فجر اليوم", "today", "Nadiagou"), ("مساء أمس", "yesterday", ""),
                      ("الأسبوع الماضي", "last_week", "the alleged killings; the denial is undated"),
                      ("أمس الثلاثاء", "yesterday", ""), ("يوم السبت المقبل", "next:السبت", ""), HYP,
                      ("في بيان اليوم", "today", "statement day")],
    "007_news_item": [("صباح أمس الخميس", "yesterday", ""), ("مساء أمس", "yesterday", ""),
                      ("ليل الثلاثاء", "past:الثلاثاء", "the claimed attack's own night"),
                      ("فجر اليوم الجمعة", "today", "Tajerouine"), ("فجر اليوم الجمعة", "today", "Dahmani"),
                      ("ليل الأربعاء", "past:الأربعاء", "the alleged abduction; the denial was «مساء أمس»"),
                      ("صباح اليوم", "today", ""), ("يوم الاثنين المقبل", "next:الاثنين", ""), HYP,
                      ("في بيان اليوم", "today", "statement day")],
    "008_news_item": [("مساء أمس الأربعاء", "yesterday", "Diraz"), ("مساء أمس الأربعاء", "yesterday", "Bani Jamra"),
                      ("صباح اليوم الخميس", "today", "arrests dated by the announcement (no other time given)"),
                      ("ليل الثلاثاء", "past:الثلاثاء", "the claimed IED's own night"),
                      ("الأسبوع الماضي", "last_week", "the alleged death; the denial was «مساء أمس»"),
                      ("أمس الأربعاء", "yesterday", ""), ("في بيان اليوم", "today", "statement day"),
                      ("غداً الجمعة", "tomorrow", ""), HYP, ("في بيان اليوم", "today", "statement day")],
}

if __name__ == "__main__":
    _dc.T = T  # heldout21's main() reads its module-level T
    if len(sys.argv) == 1:
        sys.argv.append(str(HERE))  # its default folder would be heldout21's own
    _dc.main()
