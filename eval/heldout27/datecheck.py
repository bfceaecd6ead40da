"""Recompute every heldout27 event date from its temporal expression and the publication date.
usage: python3 datecheck.py [DIR]   (exit 1 on any disagreement)
Each row: (literal expression or None, rule, note). The literal must occur in the event's evidence unless it is None
(the day comes from context, explained in the note). A weekday named in the literal must agree with the resolved date."""
import importlib.util
import sys
from pathlib import Path

WD = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
HYP = (None, "today", "undated hypothetical; dated by the report (publication day)")
T = {
    "001_news_item": [("ليل الأحد", "past:الأحد", "road blocking to the landfill"),
                      ("مساء أمس الاثنين", "yesterday", "municipality stormed"),
                      (None, "yesterday", "arrests: no time word; the sentence follows the storming «مساء أمس الاثنين»"),
                      ("يوم الخميس المقبل", "next:الخميس", "planned sit-in"), ("ظهر اليوم", "today", "accusation"),
                      ("ليل الأحد", "past:الأحد", "the alleged batons; the denial itself is undated"),
                      ("مساء اليوم", "today", "agreement announced"), ("عصر اليوم", "today", "Bourj Hammoud stand"), HYP,
                      ("اليوم", "today", "statement day («في بيان اليوم»)")],
    "002_news_item": [("مساء أمس السبت", "yesterday", "abductions"), ("ليل السبت", "past:السبت", "clash"),
                      ("صباح اليوم", "today", "reinforcements"), ("صباح اليوم", "today", "siege"),
                      (None, "yesterday", "the alleged abduction of P1; the denial is undated"),
                      ("فجر اليوم", "today", "the claimed attack"), ("اليوم", "today", "report day («أصدرته اليوم»)"),
                      ("أمس", "yesterday", "ICRC supplies"), ("يوم الثلاثاء المقبل", "next:الثلاثاء", "planned meeting"),
                      (None, "today", "the request has no time word; dated by the report"), HYP],
    "003_news_item": [("فجر اليوم الخميس", "today", "arrests"), ("ليل الثلاثاء", "past:الثلاثاء", "clash"),
                      ("ليل الثلاثاء", "past:الثلاثاء", "the alleged killing; the denial is «مساء أمس»"),
                      ("ظهر أمس الأربعاء", "yesterday", "mob attack"), ("ظهر اليوم", "today", "stand"),
                      ("فجر اليوم", "today", "reinforcements"), ("أمس", "yesterday", "statue handed over"),
                      ("اليوم", "today", "request day («قدمه اليوم»)"), ("يوم الأحد المقبل", "next:الأحد", "planned meeting"), HYP],
    "004_news_item": [("ليل الخميس", "past:الخميس", "hospital assault"), ("فجر أمس الجمعة", "yesterday", "grenade"),
                      ("ليل الخميس", "past:الخميس", "threat"), ("صباح اليوم السبت", "today", "strike"), HYP,
                      ("في بيان اليوم", "today", "arrests, dated by the statement"),
                      ("مساء أمس", "yesterday", "the alleged release; the denial is undated"),
                      ("في بيان اليوم", "today", "welcome"), ("في بيان اليوم", "today", "request"),
                      (None, "today", "the governor's order has no time word; dated by the report (Kut)"),
                      (None, "today", "the governor's order has no time word; dated by the report (Al-Hay)")],
    "005_news_item": [("أمس الأحد", "yesterday", "arrests in Oran"),
                      ("في اليوم نفسه", "yesterday", "the day of P1 («أمس الأحد»): Arzew"),
                      ("في اليوم نفسه", "yesterday", "the day of P1 («أمس الأحد»): Aïn El Turk"),
                      ("صباح اليوم", "today", "internet restricted"), ("ظهر اليوم", "today", "protest dispersed"),
                      (None, "today", "the alleged arrests at the protest of P3 S1 («ظهر اليوم»); the denial is «مساء اليوم»"),
                      ("في بيان اليوم", "today", "sanction"),
                      ("الأسبوع الماضي", "week:past", "week precision: the Wednesday of the previous Mon-Sun week "
                       "(SCHEMA); for a Monday publication that is the last Wednesday"),
                      ("مساء أمس", "yesterday", "the wali's meeting"), ("يوم الخميس المقبل", "next:الخميس", "planned stand"), HYP],
    "006_news_item": [("مساء أمس الخميس", "yesterday", "attack near the airport"),
                      ("اليوم الجمعة", "today", "arrests, dated by the communiqué"), ("ليل الأربعاء", "past:الأربعاء", "cars impounded"),
                      ("صباح اليوم", "today", "strike, Casablanca"), ("صباح اليوم", "today", "strike, Mohammedia"),
                      (None, "today", "the threat has no time word; dated by the report"),
                      ("مساء اليوم", "today", "meeting"), ("مساء اليوم", "today", "agreement"),
                      ("مساء اليوم", "today", "rejection (same sentence)"),
                      ("في بيان اليوم", "today", "the alleged suspension is current; the denial is today"),
                      ("اليوم", "today", "permits withdrawn"), ("يوم الاثنين المقبل", "next:الاثنين", "planned meeting"), HYP],
    "007_news_item": [("مساء أمس الجمعة", "yesterday", "celebratory gunfire"),
                      ("في بيان اليوم", "today", "arrests in Al-Salt, dated by the statement"),
                      ("في بيان اليوم", "today", "arrests in Deir Alla, dated by the statement"),
                      (None, "today", "the alleged beating follows today's arrests; the denial is undated"),
                      ("فجر اليوم", "today", "cars burned"), ("مساء أمس", "yesterday", "wanted man handed over"),
                      ("مساء اليوم", "today", "patrols, Al-Salt"), ("مساء اليوم", "today", "patrols, Fuheis"),
                      ("في بيان اليوم", "today", "request"), ("يوم الاثنين المقبل", "next:الاثنين", "planned meeting"), HYP],
    "008_news_item": [("صباح أمس الاثنين", "yesterday", "Kermanshah gathering"), ("عصر أمس", "yesterday", "Eslamabad dispersal"),
                      ("ليل الاثنين", "past:الاثنين", "arrests"),
                      (None, "yesterday", "the alleged arrests of P2 S2 («ليل الاثنين»); the denial is undated"),
                      ("يوم السبت المقبل", "next:السبت", "promised payment"), ("ليل الأحد", "past:الأحد", "the claimed attack"),
                      ("فجر اليوم", "today", "drone strike"), (None, "today", "«في البيان نفسه»: the base's statement is undated; dated by the report"),
                      ("صباح اليوم", "today", "Qasr-e Shirin"), ("صباح اليوم", "today", "Sarpol-e Zahab"), HYP],
}

# the resolver and checker are heldout21's (the same as heldout20's), run on this set's table and folder
HERE = Path(__file__).resolve().parent
EVAL = HERE.parent if (HERE.parent / "heldout21").is_dir() else Path("/work/main/eval")  # the draft folder sits outside eval/
_spec = importlib.util.spec_from_file_location("heldout21_datecheck", EVAL / "heldout21" / "datecheck.py")
assert _spec is not None and _spec.loader is not None
_lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_lib)
_lib.T, _lib.WD = T, WD

# one rule added here (the only change to heldout21's behaviour): "week:past" = «الأسبوع الماضي», the Wednesday of the
# previous Monday-Sunday week with precision week (SCHEMA). It runs heldout21's "past:الأربعاء" (the last Wednesday, which
# is that day when the page is dated Monday or Tuesday, as 005 is) and relabels the precision.
_resolve = _lib.resolve


def resolve_with_week(*args, **kw):
    args, week = list(args), False
    for i, x in enumerate(args):
        if x == "week:past":
            args[i], week = "past:الأربعاء", True
    for k, x in list(kw.items()):
        if x == "week:past":
            kw[k], week = "past:الأربعاء", True
    out = _resolve(*args, **kw)
    return (out[0], "week") + tuple(out[2:]) if week else out


_lib.resolve = resolve_with_week

if __name__ == "__main__":
    if len(sys.argv) == 1:
        sys.argv.append(str(HERE))
    _lib.main()
