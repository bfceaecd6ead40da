"""Recompute every heldout26 event date from its temporal expression and the publication date.
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
    "001_news_item": [("صباح اليوم الاثنين", "today", "Afak"), ("صباح اليوم الاثنين", "today", "al-Shamiya"),
                      ("مساء أمس الأحد", "yesterday", ""), ("ليل السبت", "past:السبت", ""), ("فجر اليوم", "today", "arrests; reported by INA"),
                      ("ليل الخميس", "past:الخميس", "the claimed IED's own night; the claim is undated"),
                      ("ليل أمس", "yesterday", "the alleged arrests; the denial itself is «اليوم»"),
                      ("أمس الأحد", "yesterday", ""), ("يوم الخميس المقبل", "next:الخميس", ""), HYP],
    "002_news_item": [("ليل الثلاثاء", "past:الثلاثاء", "Bab al-Tabbaneh"), ("ليل الثلاثاء", "past:الثلاثاء", "Deir Ammar plant"),
                      ("ظهر أمس الثلاثاء", "yesterday", ""), ("صباح اليوم", "today", ""),
                      ("فجر الاثنين", "past:الاثنين", "the claimed grenade attack's own time"),
                      ("الأسبوع الماضي", "last_week", "the alleged death; the denial was «مساء أمس»"),
                      ("صباح اليوم", "today", ""), ("يوم الجمعة المقبل", "next:الجمعة", ""), HYP,
                      ("في بيان اليوم", "today", "statement day")],
    "003_news_item": [("مساء أمس الخميس", "yesterday", "Shahn crossing"), ("مساء أمس الخميس", "yesterday", "Hat"),
                      ("صباح اليوم الجمعة", "today", ""), ("ليل الأربعاء", "past:الأربعاء", ""),
                      ("ليل الثلاثاء", "past:الثلاثاء", "the claimed drone strike's own night; the claim is undated"),
                      ("أمس الخميس", "yesterday", "the alleged drone strike; the denial is undated"),
                      ("صباح اليوم", "today", ""), ("يوم الأحد المقبل", "next:الأحد", ""), HYP,
                      ("اليوم", "today", "statement day («في بيان نقلته وكالة الأنباء العمانية اليوم»)")],
    "004_news_item": [("مساء أمس السبت", "yesterday", "Abu Tesht"), ("مساء أمس السبت", "yesterday", "Farshut"),
                      ("فجر اليوم", "today", "arrests; the statement is «اليوم»"), ("صباح اليوم", "today", "court sentence"),
                      ("ليل الجمعة", "past:الجمعة", "the claimed shooting's own night"),
                      ("فجر اليوم", "today", "the alleged killing; the denial is undated"),
                      ("أمس السبت", "yesterday", ""), ("يوم الخميس المقبل", "next:الخميس", ""), HYP,
                      ("في بيان اليوم", "today", "statement day")],
    "005_news_item": [("ليل الأحد", "past:الأحد", "Kufra"), ("ليل الأحد", "past:الأحد", "Kufra airport"),
                      ("فجر اليوم", "today", "the raid; the statement is «اليوم»"), ("مساء أمس الاثنين", "yesterday", ""),
                      ("ليل السبت", "past:السبت", "the claimed attack's own night"),
                      ("يوم الأحد", "past:الأحد", "the alleged blocking; the denial was «مساء أمس»"),
                      ("صباح اليوم", "today", ""), ("غداً الأربعاء", "tomorrow", ""), HYP,
                      ("في بيان اليوم", "today", "statement day")],
    "006_news_item": [("ليل الثلاثاء", "past:الثلاثاء", "Farchana"), ("ليل الثلاثاء", "past:الثلاثاء", "Adré"),
                      ("صباح اليوم", "today", "closure announced in a statement this morning"), ("أمس الأربعاء", "yesterday", ""),
                      ("ليل الاثنين", "past:الاثنين", "the claimed attack's own night"),
                      ("الأسبوع الماضي", "last_week", "the alleged shooting; the denial was «مساء أمس»"),
                      ("أمس الأربعاء", "yesterday", ""), ("يوم الأحد المقبل", "next:الأحد", ""), HYP,
                      ("اليوم", "today", "statement day («في تقرير نشرته اليوم»)")],
    "007_news_item": [("ليل الثلاثاء", "past:الثلاثاء", "Baidoa"), ("ليل الثلاثاء", "past:الثلاثاء", "Baidoa airport"),
                      ("فجر اليوم الخميس", "today", ""), ("مساء الاثنين", "past:الاثنين", ""),
                      ("صباح أمس الأربعاء", "yesterday", "the claimed ambush's own time"),
                      ("أمس الأربعاء", "yesterday", "the alleged withdrawal; the denial is undated"),
                      ("صباح أمس الأربعاء", "yesterday", ""), ("يوم السبت المقبل", "next:السبت", ""), HYP,
                      ("في بيان اليوم", "today", "statement day")],
    "008_news_item": [("مساء أمس الجمعة", "yesterday", "al-Harth"), ("مساء أمس الجمعة", "yesterday", "al-Aridah"),
                      ("صباح اليوم السبت", "today", ""), ("أمس الجمعة", "yesterday", ""),
                      ("ليل الخميس", "past:الخميس", "the claimed drone strike's own night"),
                      ("ليل الأربعاء", "past:الأربعاء", "the alleged shelling; the denial is undated"),
                      ("في بيان مساء أمس", "yesterday", "statement day"), ("يوم الاثنين المقبل", "next:الاثنين", ""), HYP,
                      ("في بيان اليوم", "today", "statement day")],
}

if __name__ == "__main__":
    _dc.T = T  # heldout21's main() reads its module-level T
    if len(sys.argv) == 1:
        sys.argv.append(str(HERE))  # its default folder would be heldout21's own
    _dc.main()
