"""Recompute every heldout25 event date from its temporal expression and the publication date.
usage: python3 datecheck.py [DIR]   (exit 1 on any disagreement)
Each row: (literal expression or None, rule, note). The literal must occur in the event's evidence unless it is None
(the day comes from context, explained in the note). A weekday named in the literal must agree with the resolved date."""
import importlib.util
import sys
from pathlib import Path

WD = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
HYP = (None, "today", "undated hypothetical; dated by the report (publication day)")
T = {
    "001_news_item": [("مساء أمس الأربعاء", "yesterday", "riot at the plant"),
                      ("صباح اليوم الخميس", "today", "arrests, Ghannouch (dated by the statement)"),
                      ("صباح اليوم الخميس", "today", "arrests, El Hamma (dated by the statement)"),
                      ("ليل الأربعاء", "past:الأربعاء", "the alleged rubber bullets; the denial is today"),
                      ("يوم الثلاثاء المقبل", "next:الثلاثاء", "planned general strike"), ("ظهر اليوم", "today", ""),
                      HYP, ("اليوم", "today", "statement day («عقدتها في قابس اليوم»)"), ("مساء أمس", "yesterday", ""),
                      ("ظهر اليوم", "today", "El Hamma road blocking")],
    "002_news_item": [("فجر أمس الأحد", "yesterday", ""), ("اليوم الاثنين", "today", "arrests, dated by the statement"),
                      ("أمس", "yesterday", "the alleged killing during «اشتباكات أمس»; the denial is undated"),
                      ("ظهر اليوم", "today", ""), ("في بيان اليوم", "today", "statement day"), ("عصر اليوم", "today", ""),
                      ("يوم الأحد المقبل", "next:الأحد", ""), ("فجر اليوم", "today", "reinforcements"),
                      ("فجر اليوم", "today", "ferry landing closed"), HYP],
    "003_news_item": [("ليل الأحد", "past:الأحد", ""), ("صباح أمس الاثنين", "yesterday", ""), ("فجر اليوم الثلاثاء", "today", ""),
                      ("ظهر اليوم", "today", "al-Shamiya"), ("ظهر اليوم", "today", "al-Hamza"),
                      ("اليوم", "today", "statement day («عقده في الديوانية اليوم»)"),
                      ("أمس", "yesterday", "the alleged arrests during the road blocking; the denial is «مساء اليوم»"),
                      ("يوم الخميس المقبل", "next:الخميس", ""), ("أمس", "yesterday", "Red Crescent aid"), HYP],
    "004_news_item": [("فجر اليوم الخميس", "today", ""), ("ظهر اليوم", "today", ""), ("مساء أمس الأربعاء", "yesterday", ""),
                      ("مساء اليوم", "today", "arrests, Msallata (dated by the statement)"),
                      ("مساء اليوم", "today", "arrest, Zliten (dated by the statement)"), ("في بيان اليوم", "today", "statement day"),
                      (None, "today", "the Awqaf reply has no time word; dated by the report"),
                      ("مساء أمس", "yesterday", "the clash Rada denies joining; the denial is undated"),
                      ("يوم السبت المقبل", "next:السبت", ""), HYP],
    "005_news_item": [("مساء أمس السبت", "yesterday", "sit-in broken up"), ("مساء أمس السبت", "yesterday", "arrests"),
                      ("مساء أمس", "yesterday", "the alleged beating; the denial is «اليوم الأحد»"), ("صباح اليوم", "today", ""),
                      ("ظهر اليوم", "today", ""), ("اليوم", "today", "statement day («عقده في نواكشوط اليوم»)"),
                      ("مساء اليوم", "today", ""), ("يوم الخميس المقبل", "next:الخميس", ""),
                      ("في بيان اليوم", "today", "statement day"), HYP],
    "006_news_item": [("صباح أمس الثلاثاء", "yesterday", ""), ("صباح اليوم الأربعاء", "today", "Zarqa camp"),
                      ("صباح اليوم الأربعاء", "today", "Hittin camp"),
                      ("أمس", "yesterday", "the alleged arrests; the denial is «في بيان اليوم»"), ("مساء أمس", "yesterday", ""),
                      ("اليوم", "today", "«في اتصال هاتفي اليوم»"), ("يوم الأحد المقبل", "next:الأحد", ""),
                      ("اليوم", "today", "statement day («لقناة «المملكة» اليوم»)"), HYP,
                      (None, "today", "«في البيان نفسه»: the union's statement is undated; dated by the report")],
    "007_news_item": [("مساء أمس الخميس", "yesterday", ""), ("ليل الخميس", "past:الخميس", ""),
                      ("يوم الأحد المقبل", "next:الأحد", ""),
                      ("مساء أمس", "yesterday", "the alleged violence; the denial is undated"),
                      ("في بلاغ اليوم", "today", "Al Haouz"), ("في بلاغ اليوم", "today", "Chichaoua"),
                      ("في بيان اليوم", "today", "statement day"), ("ظهر اليوم", "today", ""), HYP, ("صباح اليوم", "today", "")],
    "008_news_item": [("مساء أمس الثلاثاء", "yesterday", ""), ("فجر اليوم الأربعاء", "today", ""),
                      ("ليل الأحد", "past:الأحد", "the claimed attack's own night"),
                      ("أمس", "yesterday", "the alleged checkpoint takeover; the denial is «في بيان اليوم»"),
                      ("في بيان اليوم", "today", "statement day"), ("ظهر اليوم", "today", ""),
                      ("يوم الجمعة المقبل", "next:الجمعة", ""), ("صباح اليوم", "today", "the mine"),
                      ("صباح اليوم", "today", "Kéniéba"), HYP],
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
