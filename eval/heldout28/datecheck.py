"""Recompute every heldout28 event date from its temporal expression and the publication date.
usage: python3 datecheck.py [DIR]   (exit 1 on any disagreement)
Each row: (literal expression or None, rule, note). The literal must occur in the event's evidence unless it is None
(the day comes from context, explained in the note). A weekday named in the literal must agree with the resolved date."""
import importlib.util
import sys
from pathlib import Path

WD = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
HYP = (None, "today", "undated hypothetical; dated by the report (publication day)")
T = {
    "001_news_item": [("ليل الجمعة", "past:الجمعة", "communal clash, Berriane"),
                      ("صباح اليوم السبت", "today", "arrests, Berriane (dated by the statement)"),
                      ("صباح اليوم السبت", "today", "arrests, Guerrara (dated by the statement)"),
                      ("ليل الجمعة", "past:الجمعة", "the alleged killing; the denial is «في بيان اليوم»"),
                      ("فجر اليوم", "today", "reinforcements"), ("في بيان اليوم", "today", "statement day"),
                      ("يوم الاثنين المقبل", "next:الاثنين", "planned meeting"), HYP,
                      ("مساء اليوم", "today", "minister's call"), ("ظهر اليوم", "today", "traders' stand")],
    "002_news_item": [("مساء أمس الاثنين", "yesterday", "Galkayo clash"), ("فجر اليوم الثلاثاء", "today", "Galdogob"),
                      ("فجر اليوم الثلاثاء", "today", "Bacaadweyne"), ("ليل الأحد", "past:الأحد", "the claimed attack's own night"),
                      ("مساء أمس", "yesterday", "AFRICOM strike"), ("ظهر اليوم", "today", "ceasefire signed"),
                      ("مساء اليوم", "today", "PM's call"),
                      ("اشتباكات أمس", "yesterday", "the alleged shelling; the denial is «في بيان اليوم»"),
                      ("يوم الخميس المقبل", "next:الخميس", ""), HYP],
    "003_news_item": [("مساء أمس الجمعة", "yesterday", "protest dispersed"), ("ليل الجمعة", "past:الجمعة", "arrests, Hadibu"),
                      ("ليل الجمعة", "past:الجمعة", "arrests, Qalansiyah"),
                      ("مساء أمس", "yesterday", "the alleged live fire; the denial is undated"),
                      ("فجر اليوم السبت", "today", "Qalansiyah clash"), ("ظهر اليوم", "today", "meeting in Hadibu"),
                      ("اليوم", "today", "statement day («نقلته ... «سبأ» اليوم»)"), ("مساء اليوم", "today", "STC rejection"),
                      ("يوم الاثنين المقبل", "next:الاثنين", "planned sit-in"), HYP],
    "004_news_item": [("ظهر أمس الاثنين", "yesterday", "office stormed"), ("اليوم الثلاثاء", "today", "arrests, dated by the statement"),
                      ("في بيان اليوم", "today", "asset freeze"), ("مساء أمس", "yesterday", "Itsa"), ("مساء أمس", "yesterday", "Tamiya"),
                      ("أمس", "yesterday", "the alleged death «في سنورس أمس»; the denial is undated"),
                      ("في بيان اليوم", "today", "MP's demand"), ("ظهر اليوم", "today", "governor's meeting"),
                      ("يوم الخميس المقبل", "next:الخميس", "planned stand"), HYP],
    "005_news_item": [("مساء أمس الخميس", "yesterday", "Şahinbey riot"), ("اليوم الجمعة", "today", "arrests, Şahinbey"),
                      ("اليوم الجمعة", "today", "arrests, Nizip"), ("مساء أمس", "yesterday", "Nizip bus"),
                      ("مساء أمس", "yesterday", "the alleged killing; the denial is undated"),
                      ("اليوم", "today", "«على منصة إكس اليوم»"), ("في بيان اليوم", "today", "statement day"),
                      ("ظهر اليوم", "today", "aid"), ("يوم الاثنين المقبل", "next:الاثنين", "planned visit"), HYP],
    "006_news_item": [("فجر أمس السبت", "yesterday", "rescue"), ("صباح اليوم الأحد", "today", "arrests, Nouadhibou"),
                      ("صباح اليوم الأحد", "today", "arrests, Boulanouar"),
                      ("يوم الخميس الماضي", "past:الخميس", "the alleged deportation; the denial is undated"),
                      ("في بيان اليوم", "today", "AMDH"), ("ظهر اليوم", "today", "EU boats"), ("في بيان اليوم", "today", "Senegal MFA"),
                      ("يوم الثلاثاء المقبل", "next:الثلاثاء", "planned visit"), ("عصر اليوم", "today", "gathering"), HYP],
    "007_news_item": [("اليوم الأربعاء", "today", "verdict"), ("فجر أمس الثلاثاء", "yesterday", "arrests, Al Ain"),
                      ("فجر أمس الثلاثاء", "yesterday", "arrests, Sharjah"),
                      ("مساء الاثنين الماضي", "past:الاثنين", "the alleged beating; the denial is undated"),
                      ("في بيان اليوم", "today", "HRW"), ("مساء اليوم", "today", "MFA rejection"),
                      ("في إفادة صحفية اليوم", "today", "OHCHR"), ("يوم السبت المقبل", "next:السبت", "planned stand in London"),
                      HYP, ("ظهر اليوم", "today", "travel ban")],
    "008_news_item": [("فجر اليوم الخميس", "today", "incursion and arrests"), ("ظهر اليوم", "today", "al-Rafid"),
                      ("ظهر اليوم", "today", "al-Hamidiyah"), ("ليل الثلاثاء", "past:الثلاثاء", "the claimed IED's own night"),
                      ("أمس الأربعاء", "yesterday", "the alleged bulldozing; the denial is «في بيان اليوم»"),
                      ("في بيان اليوم", "today", "MFA"), ("في بيان اليوم", "today", "UNDOF"), ("ظهر اليوم", "today", "SARC aid"),
                      ("يوم السبت المقبل", "next:السبت", "planned stand"), HYP],
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
