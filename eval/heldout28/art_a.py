"""heldout28 article specs 001-004 (invented events; real places, institutions and armed groups; no person named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 001  (published Sat 2025-06-14)
T001 = "مواجهات بين المزابيين والشعانبة في بريان وتوقيفات في القرارة"
BERR = L("بريان", "Berriane", "DZ", "Ghardaïa", "city", 32.83, 3.77)
GUER = L("القرارة", "Guerrara", "DZ", "Ghardaïa", "city", 32.79, 4.49)
GHAR = L("غرداية", "Ghardaïa", "DZ", "Ghardaïa", "city", 32.49, 3.67)
GN_GH = A("مجموعة الدرك الوطني بغرداية", "National Gendarmerie group, Ghardaïa", "DZA", "police")
A001 = dict(
    id="001_news_item", format="text", published="2025-06-14", title=T001,
    head=[T001, "السبت 14 جوان 2025 | 21:10", "غرداية - مكتب الجنوب",
          "عناصر من الدرك الوطني في أحد شوارع وادي ميزاب (أرشيف)",
          "مشاركة: فيسبوك - تويتر - واتساب"],
    foot=["اقرأ أيضاً: ارتفاع درجات الحرارة إلى 47 درجة في ولايات الجنوب",
          "الكلمات الدالة: غرداية، بريان، أحداث",
          "جميع الحقوق محفوظة © 2025 صدى الواحات"],
    paras=[
        "اندلعت مواجهات عنيفة، ليل الجمعة، بين شبان من المزابيين وآخرين من الشعانبة في مدينة بريان شمال ولاية غرداية، تبادل خلالها الطرفان الرشق بالحجارة والزجاجات الحارقة وأُحرقت ثلاثة محال تجارية، ما أسفر عن إصابة 11 شخصاً بينهم عنصران من الدرك الوطني، بحسب ما أفاد به مراسلنا.",
        "وأعلنت مجموعة الدرك الوطني بغرداية، في بيان صباح اليوم السبت، توقيف 17 شخصاً في بريان و6 آخرين في مدينة القرارة، بتهم «التجمهر المسلح والاعتداء على الأملاك»، وإحالتهم على العدالة.",
        "ونفت المديرية العامة للأمن الوطني، في بيان اليوم، ما تداولته صفحات على مواقع التواصل الاجتماعي عن مقتل شاب برصاص الشرطة خلال مواجهات بريان ليل الجمعة، مؤكدة أن عناصرها «لم يستعملوا سوى الوسائل القانونية لفض التجمهر».",
        "ودفعت قيادة الدرك، فجر اليوم، بتعزيزات من وحدات التدخل إلى مداخل بريان ونصبت حواجز تفتيش على الطريق الوطني رقم 1 الرابط بين غرداية والأغواط، وفق ما أفاد به شهود عيان.",
        "واتهم مجلس عمي سعيد، الهيئة الدينية العليا في وادي ميزاب، في بيان اليوم، مصالح الأمن بـ«التقاعس» عن حماية ممتلكات المزابيين في بريان، مطالباً بفتح تحقيق مستقل في الأحداث.",
        "ومن المقرر أن يعقد والي غرداية، يوم الاثنين المقبل، لقاءً في مقر الولاية يجمع أعيان الطرفين لبحث «ميثاق صلح» ينهي النزاع على قطعة أرض فلاحية في واحة بريان، بحسب ما أعلنته خلية الإعلام بالولاية.",
        "وقال مصدر أمني لصحيفة «الخبر» إن السلطات قد تفرض حظراً للتجول في بريان إذا تجددت المواجهات خلال الليل.",
        "ودعا وزير الداخلية، في تصريح للتلفزيون العمومي مساء اليوم، سكان المنطقة إلى «تغليب صوت الحكمة» وعدم الانسياق وراء «دعوات الفتنة» على مواقع التواصل.",
        "ونظّم عشرات من تجار بريان، ظهر اليوم، وقفة احتجاجية أمام مقر الولاية في مدينة غرداية للمطالبة بتعويضهم عن المحال المحروقة، قبل أن ينصرفوا بهدوء، وفق ما أفاد به مراسلنا.",
        "وشهد وادي ميزاب بين عامي 2013 و2015 موجة مواجهات مماثلة بين المزابيين والشعانبة أودت بحياة أكثر من 25 شخصاً، قبل أن تنشر السلطات آلاف العناصر من الجيش والدرك في المنطقة.",
    ],
    entities=[
        ("المزابيين", "NORP", "Mozabites"),
        ("الشعانبة", "NORP", "Chaamba"),
        ("بريان", "GPE", "Berriane"),
        ("ولاية غرداية", "GPE", "Ghardaïa Province"),
        ("الدرك الوطني", "ORG", "National Gendarmerie (Algeria)"),
        ("مجموعة الدرك الوطني بغرداية", "ORG", "National Gendarmerie group, Ghardaïa"),
        ("القرارة", "GPE", "Guerrara"),
        ("المديرية العامة للأمن الوطني", "ORG", "Directorate General of National Security (DGSN)"),
        ("غرداية", "GPE", "Ghardaïa"),
        ("الأغواط", "GPE", "Laghouat"),
        ("مجلس عمي سعيد", "ORG", "Ammi Said Council (Ibadi council of the Mzab)"),
        ("وادي ميزاب", "LOC", "M'zab Valley"),
        ("الخبر", "ORG", "El Khabar"),
        ("الدرك", "ORG", "National Gendarmerie (Algeria)"),
    ],
    events=[
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2025-06-13", "day",
          A("شبان من المزابيين", "Mozabite youths (Berriane)", "DZA", "other"),
          A("آخرين من الشعانبة", "Chaamba youths (Berriane)", "DZA", "other"), [BERR],
          None, 11, "إصابة 11 شخصاً بينهم عنصران من الدرك الوطني", OWN, "اندلعت مواجهات عنيفة"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-06-14", "day",
          GN_GH, A("17 شخصاً", "Riot suspects (Berriane)", "DZA", "other"), [BERR], None, None, "",
          S("مجموعة الدرك الوطني بغرداية", "official", "National Gendarmerie group, Ghardaïa"), "وأعلنت مجموعة الدرك"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-06-14", "day",
          GN_GH, A("6 آخرين", "Riot suspects (Guerrara)", "DZA", "other"), [GUER], None, None, "",
          S("مجموعة الدرك الوطني بغرداية", "official", "National Gendarmerie group, Ghardaïa"), "وأعلنت مجموعة الدرك"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2025-06-13", "day",
          A("الشرطة", "Algerian police", "DZA", "police"), A("شاب", "Young man (Berriane)", "DZA", "civilians"), [BERR],
          1, None, "مقتل شاب",
          S("المديرية العامة للأمن الوطني", "official", "Directorate General of National Security (DGSN)"), "ونفت المديرية العامة"),
        E("MOBILIZE", None, "asserted", "2025-06-14", "day",
          A("قيادة الدرك", "National Gendarmerie command", "DZA", "police"), None, [BERR], None, None, "",
          S("شهود عيان", "witness", "Eyewitnesses"), "ودفعت قيادة الدرك"),
        E("ACCUSE", None, "asserted", "2025-06-14", "day",
          A("مجلس عمي سعيد", "Ammi Said Council", "DZA", "other"), A("مصالح الأمن", "Algerian security services", "DZA", "police"),
          [], None, None, "", S("مجلس عمي سعيد", "official", "Ammi Said Council"), "واتهم مجلس عمي سعيد"),
        E("CONSULT", None, "planned", "2025-06-16", "day",
          A("والي غرداية", "Wali of Ghardaïa", "DZA", "government"),
          A("أعيان الطرفين", "Mozabite and Chaamba notables", "DZA", "other"), [GHAR], None, None, "",
          S("خلية الإعلام بالولاية", "official", "Ghardaïa province media cell"), "ومن المقرر أن يعقد والي"),
        E("COERCE", None, "hypothetical", "2025-06-14", "day",
          A("السلطات", "Algerian authorities", "DZA", "government"), None, [BERR], None, None, "",
          S("مصدر أمني", "anonymous", "Security source (via El Khabar)"), "وقال مصدر أمني لصحيفة"),
        E("REQUEST", None, "asserted", "2025-06-14", "day",
          A("وزير الداخلية", "Minister of the Interior (Algeria)", "DZA", "government"),
          A("سكان المنطقة", "Residents of the Mzab", "DZA", "civilians"), [], None, None, "",
          S("وزير الداخلية", "official", "Minister of the Interior (Algeria)"), "ودعا وزير الداخلية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-06-14", "day",
          A("عشرات من تجار بريان", "Berriane traders", "DZA", "protesters"), None, [GHAR], None, None, "",
          OWN, "ونظّم عشرات من تجار"),
    ],
    notes=("Published Sat 2025-06-14; Algerian date line «السبت 14 جوان 2025 | 21:10» (weekday checked). Dates: «ليل الجمعة» -> Fri 06-13; "
           "«صباح اليوم السبت» / «فجر اليوم» / «اليوم» / «ظهر اليوم» / «مساء اليوم» -> 06-14; «يوم الاثنين المقبل» -> Mon 06-16; the "
           "hypothetical takes the publication day. P1: communal clash between Mozabite and Chaamba youths in Berriane -> ASSAULT, Riots / Mob "
           "violence (two communal groups, role other), 11 injured («بينهم» = included), outlet_own («بحسب ما أفاد به مراسلنا»). P2: one "
           "sentence, two places (17 in Berriane, 6 in Guerrara) -> two arrest events, dated by the statement. P3: the DGSN denies a young man "
           "killed by police fire -> ASSAULT / Violence against civilians / Attack, denied, dated by the alleged act (ليل الجمعة), «مقتل شاب» -> 1. "
           "P4: gendarmerie reinforcements to Berriane -> MOBILIZE, witnesses; the road between Ghardaïa and Laghouat is not a second place. "
           "P5: the Ammi Said council's accusation, no venue -> no place; «مطالباً» not coded. P6: planned meeting at the province seat in "
           "Ghardaïa. P7: «قد تفرض ... إذا» -> hypothetical COERCE in Berriane (security source via El Khabar -> anonymous). P8: the interior "
           "minister's call on TV, no place. P9: traders' peaceful stand in Ghardaïa city -> outlet_own. P10: background 2013-2015, not coded. "
           "«التلفزيون العمومي» is descriptive, not an entity. Coordinates approximate."),
)

# ---------------------------------------------------------------- 002  (published Tue 2024-11-19)
T002 = "قتلى في اشتباكات بين قوات بونتلاند وغلمدغ في جالكعيو واتفاق لوقف إطلاق النار"
GALK = L("جالكعيو", "Galkayo", "SO", "Mudug", "city", 6.77, 47.43)
GOLD = L("جلدغب", "Galdogob", "SO", "Mudug", "city", 7.05, 47.03)
BACA = L("بعادوين", "Bacaadweyne", "SO", "Mudug", "city", 7.18, 47.60)
HARA = L("هرارديري", "Harardhere", "SO", "Mudug", "city", 4.65, 47.86)
HOBY = L("هوبيو", "Hobyo", "SO", "Mudug", "city", 5.35, 48.53)
PL_F = A("قوات بونتلاند", "Puntland forces", "SOM", "military")
GM_F = A("قوات غلمدغ", "Galmudug forces", "SOM", "military")
A002 = dict(
    id="002_news_item", format="html", published="2024-11-19", title=T002,
    html=dict(
        site="مرآة القرن الأفريقي",
        nav=["الرئيسية", "الصومال", "القرن الأفريقي", "تقارير", "اقتصاد", "حوارات"],
        kicker="الصومال",
        byline="مقديشو - القسم الصومالي",
        datetime="2024-11-19T21:30:00+03:00",
        time="الثلاثاء 19 نوفمبر 2024 - 21:30 بتوقيت مقديشو",
        img="/media/2024/11/mudug-clash.jpg",
        caption="عناصر من قوات محلية في وسط الصومال (أرشيف)",
        share=["شارك الخبر:", "فيسبوك", "إكس", "تلغرام"],
        tags=["الوسوم:", "مدق", "بونتلاند", "غلمدغ"],
        related=["أخبار ذات صلة", "ارتفاع أسعار المواد الغذائية في أسواق مقديشو", "موسم أمطار الديري يهدد بفيضانات في حوض شبيلي"],
        footer=["من نحن", "اتصل بنا", "سياسة الخصوصية", "© 2024 مرآة القرن الأفريقي - جميع الحقوق محفوظة"],
    ),
    paras=[
        "قُتل أربعة أشخاص، بينهم جنديان، وأصيب ٩ آخرون، مساء أمس الاثنين، في اشتباكات بالأسلحة الثقيلة اندلعت بين قوات ولاية بونتلاند وقوات ولاية غلمدغ على الخط الفاصل بين شطري مدينة جالكعيو في إقليم مدق وسط الصومال، بحسب ما أفاد به سكان محليون لإذاعة «دلسن».",
        "وامتدت المواجهات، فجر اليوم الثلاثاء، إلى محيط بلدتي جلدغب وبعادوين في ريف المدينة، حيث قصفت قوات بونتلاند بقذائف الهاون مواقع لقوات غلمدغ، دون أن ترد أنباء عن ضحايا.",
        "من جهتها، أعلنت حركة الشباب، في بيان نشرته إذاعة «الأندلس» التابعة لها، أن مقاتليها هاجموا ليل الأحد قاعدة لقوات غلمدغ قرب بلدة هرارديري وقتلوا ثمانية جنود، وهو ما لم تعلّق عليه سلطات الولاية.",
        "وأعلنت القيادة الأميركية في أفريقيا (أفريكوم)، في بيان اليوم، أنها نفذت مساء أمس غارة جوية «بالتنسيق مع الحكومة الفيدرالية الصومالية» استهدفت عناصر من حركة الشباب قرب بلدة هوبيو الساحلية، مؤكدة عدم سقوط مدنيين.",
        "ووقّعت بونتلاند وغلمدغ، ظهر اليوم في جالكعيو، اتفاقاً لوقف إطلاق النار برعاية شيوخ العشائر، يقضي بسحب القوات مسافة كيلومترين من الخط الفاصل، بحسب بيان مشترك للولايتين.",
        "ودعا رئيس الوزراء الصومالي، في بيان مساء اليوم، قيادتي الولايتين إلى «الالتزام الكامل بالاتفاق» وتجنيب المدنيين ويلات القتال.",
        "ونفت وزارة الأمن الداخلي في بونتلاند، في بيان اليوم، ما تداولته مواقع محلية عن قصف قواتها حياً سكنياً في جنوب جالكعيو خلال اشتباكات أمس، مؤكدة أنها «ردت على مصادر النيران فقط».",
        "ومن المقرر أن يصل وفد من وزارة الداخلية الفيدرالية إلى جالكعيو يوم الخميس المقبل للإشراف على تشكيل لجنة مشتركة لمراقبة وقف إطلاق النار، بحسب ما قاله مسؤول في الوزارة لوكالة الأنباء الوطنية الصومالية (صونا).",
        "وقال مسؤول محلي لمراسلنا إن السلطات المحلية قد تفرض حظراً للتجول في الأحياء المحاذية للخط الفاصل في جالكعيو إذا تجددت الاشتباكات.",
        "وتتقاسم بونتلاند وغلمدغ السيطرة على جالكعيو منذ تسعينيات القرن الماضي، وشهدت المدينة عام 2016 معارك مماثلة أدت إلى نزوح أكثر من 90 ألف شخص.",
    ],
    entities=[
        ("ولاية بونتلاند", "GPE", "Puntland State"),
        ("ولاية غلمدغ", "GPE", "Galmudug State"),
        ("جالكعيو", "GPE", "Galkayo"),
        ("إقليم مدق", "GPE", "Mudug region"),
        ("الصومال", "GPE", "Somalia"),
        ("دلسن", "ORG", "Radio Dalsan"),
        ("جلدغب", "GPE", "Galdogob"),
        ("بعادوين", "GPE", "Bacaadweyne"),
        ("بونتلاند", "GPE", "Puntland"),
        ("غلمدغ", "GPE", "Galmudug"),
        ("حركة الشباب", "ORG", "al-Shabaab"),
        ("الأندلس", "ORG", "Radio Andalus (al-Shabaab)"),
        ("هرارديري", "GPE", "Harardhere"),
        ("القيادة الأميركية في أفريقيا", "ORG", "US Africa Command"),
        ("أفريكوم", "ORG", "AFRICOM"),
        ("الحكومة الفيدرالية الصومالية", "ORG", "Federal Government of Somalia"),
        ("هوبيو", "GPE", "Hobyo"),
        ("وزارة الأمن الداخلي", "ORG", "Puntland Ministry of Internal Security"),
        ("وزارة الداخلية الفيدرالية", "ORG", "Federal Ministry of Interior (Somalia)"),
        ("وكالة الأنباء الوطنية الصومالية", "ORG", "Somali National News Agency"),
        ("صونا", "ORG", "SONNA"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-11-18", "day",
          A("قوات ولاية بونتلاند", "Puntland forces", "SOM", "military"),
          A("قوات ولاية غلمدغ", "Galmudug forces", "SOM", "military"), [GALK],
          4, 9, "قُتل أربعة أشخاص، بينهم جنديان، وأصيب ٩ آخرون", S("سكان محليون", "witness", "Residents (via Radio Dalsan)"),
          "قُتل أربعة أشخاص"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-11-19", "day",
          PL_F, GM_F, [GOLD], None, None, "", OWN, "وامتدت المواجهات"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-11-19", "day",
          PL_F, GM_F, [BACA], None, None, "", OWN, "وامتدت المواجهات"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2024-11-17", "day",
          A("حركة الشباب", "al-Shabaab", "SOM", "armed_group"), GM_F, [HARA], 8, None, "وقتلوا ثمانية جنود",
          S("حركة الشباب", "perpetrator_claim", "al-Shabaab"), "أعلنت حركة الشباب"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-11-18", "day",
          A("القيادة الأميركية في أفريقيا", "US Africa Command", "USA", "military"),
          A("عناصر من حركة الشباب", "al-Shabaab", "SOM", "armed_group"), [HOBY], None, None, "",
          S("القيادة الأميركية في أفريقيا", "official", "US Africa Command"), "وأعلنت القيادة الأميركية"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2024-11-19", "day",
          A("بونتلاند", "Puntland State", "SOM", "government"), A("غلمدغ", "Galmudug State", "SOM", "government"), [GALK],
          None, None, "", S("بيان مشترك للولايتين", "official", "Joint Puntland-Galmudug statement"), "ووقّعت بونتلاند"),
        E("REQUEST", None, "asserted", "2024-11-19", "day",
          A("رئيس الوزراء الصومالي", "Prime Minister of Somalia", "SOM", "government"),
          A("قيادتي الولايتين", "Puntland and Galmudug leaderships", "SOM", "government"), [], None, None, "",
          S("رئيس الوزراء الصومالي", "official", "Prime Minister of Somalia"), "ودعا رئيس الوزراء"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "denied", "2024-11-18", "day",
          A("قواتها", "Puntland forces", "SOM", "military"), None, [GALK], None, None, "",
          S("وزارة الأمن الداخلي في بونتلاند", "official", "Puntland Ministry of Internal Security"), "ونفت وزارة الأمن"),
        E("CONSULT", None, "planned", "2024-11-21", "day",
          A("وفد من وزارة الداخلية الفيدرالية", "Federal Ministry of Interior delegation", "SOM", "government"), None, [GALK],
          None, None, "", S("مسؤول في الوزارة", "anonymous", "Ministry official (via SONNA)"), "ومن المقرر أن يصل وفد"),
        E("COERCE", None, "hypothetical", "2024-11-19", "day",
          A("السلطات المحلية", "Galkayo local authorities", "SOM", "government"), None, [GALK], None, None, "",
          S("مسؤول محلي", "anonymous", "Local official"), "وقال مسؤول محلي لمراسلنا"),
    ],
    notes=("Published Tue 2024-11-19; Somali-site date line «الثلاثاء 19 نوفمبر 2024 - 21:30 بتوقيت مقديشو» in <time> (weekday checked). "
           "Dates: «مساء أمس الاثنين» / «مساء أمس» / «اشتباكات أمس» -> 11-18; «ليل الأحد» -> Sun 11-17; «فجر اليوم الثلاثاء» / «ظهر اليوم» / "
           "«اليوم» / «مساء اليوم» -> 11-19; «يوم الخميس المقبل» -> Thu 11-21. P1: Puntland vs Galmudug forces on the Galkayo dividing line -> "
           "Battles / Armed clash (regional-state forces, role military), أربعة killed (words) and ٩ injured (Eastern digit); residents via "
           "Radio Dalsan -> witness. P2: one sentence, two places (Galdogob, Bacaadweyne) -> two shelling events, no attribution -> "
           "outlet_own; «دون أن ترد أنباء عن ضحايا» is not a stated zero. P3: al-Shabaab's claim, unconfirmed («لم تعلّق عليه») -> claimed, "
           "ثمانية killed. P4: AFRICOM reporting its own strike near Hobyo -> asserted, official; «عدم سقوط مدنيين» is not a total. P5: "
           "ceasefire signed in Galkayo -> AGREE / Agreement. P6: the PM's call, no place. P7: the Puntland ministry denies shelling a "
           "residential quarter -> denied, dated by the alleged act. P8: planned federal delegation (ministry official via SONNA -> "
           "anonymous). P9: «قد تفرض ... إذا» -> hypothetical curfew; «مسؤول محلي لمراسلنا» -> anonymous. P10: background, not coded."),
)

# ---------------------------------------------------------------- 003  (published Sat 2025-10-11)
T003 = "قمع تظاهرة ضد «الوجود العسكري الأجنبي» في حديبو واشتباك في قلنسية"
HADI = L("حديبو", "Hadibu", "YE", "Socotra", "city", 12.65, 54.02)
QALA = L("قلنسية", "Qalansiyah", "YE", "Socotra", "city", 12.69, 53.49)
SQ_AP = L("مطار سقطرى", "Socotra Airport", "YE", "Socotra", "facility", 12.63, 53.91)
STC_F = A("قوات تابعة للمجلس الانتقالي الجنوبي", "STC-affiliated forces (Socotra)", "YEM", "armed_group")
SIT = S("لجنة الاعتصام السلمي بسقطرى", "ngo", "Socotra Peaceful Sit-in Committee")
A003 = dict(
    id="003_news_item", format="text", published="2025-10-11", title=T003,
    head=[T003, "السبت 11-10-2025 | 08:15 مساءً", "سقطرى - خاص",
          "جانب من ساحل مدينة حديبو (أرشيف)",
          "+ حجم الخط -"],
    foot=["اقرأ أيضاً: انخفاض سعر صرف الريال في عدن إلى مستوى قياسي جديد",
          "الوسوم: سقطرى، الانتقالي، احتجاجات",
          "تابعونا على تيليجرام",
          "جميع الحقوق محفوظة © 2025 منبر الجنوب الإخباري"],
    paras=[
        "فرّقت قوات تابعة للمجلس الانتقالي الجنوبي بالهراوات والغاز المسيل للدموع، مساء أمس الجمعة، تظاهرة لمئات من أبناء أرخبيل سقطرى في مدينة حديبو، خرجوا احتجاجاً على ما وصفوه بـ«استحداث منشآت عسكرية أجنبية» في الجزيرة، ما أدى إلى إصابة سبعة متظاهرين، بحسب ما أفاد به شهود عيان.",
        "واعتقلت القوات ذاتها، ليل الجمعة، 9 من منظمي التظاهرة في حديبو و٤ آخرين في مدينة قلنسية غربي الجزيرة، بحسب ما أعلنته لجنة الاعتصام السلمي بسقطرى في بيان اليوم.",
        "ونفى مصدر في المجلس الانتقالي الجنوبي، في تصريح لقناة «عدن المستقلة»، استخدام الرصاص الحي ضد المتظاهرين في حديبو مساء أمس، متهماً «عناصر مدفوعة من حزب الإصلاح» بإثارة الفوضى.",
        "وفي قلنسية، اندلع اشتباك مسلح، فجر اليوم السبت، بين مسلحين قبليين موالين للسلطة المحلية وقوات تابعة للانتقالي عند نقطة تفتيش على مدخل المدينة، أسفر عن مقتل مسلح قبلي وإصابة جنديين، وفق ما أفاد به مصدر طبي في مستشفى قلنسية.",
        "وعقد قائد قوات الواجب 808 السعودية في الأرخبيل، ظهر اليوم، اجتماعاً في حديبو مع محافظ المحافظة وممثلين عن المجلس الانتقالي لاحتواء التوتر، بحسب ما أفاد به مصدر في السلطة المحلية.",
        "واتهمت الحكومة اليمنية، في بيان نقلته وكالة الأنباء اليمنية «سبأ» اليوم، دولة الإمارات بـ«تقويض سلطة الدولة» في الأرخبيل عبر دعم تشكيلات عسكرية خارج إطار وزارتي الدفاع والداخلية، داعية التحالف إلى «تحمل مسؤولياته».",
        "ورفض المجلس الانتقالي الجنوبي، في بيان مساء اليوم، اتهامات الحكومة، معتبراً أنها «محاولة للتغطية على فشلها في إدارة الخدمات».",
        "ودعت لجنة الاعتصام السلمي إلى اعتصام مفتوح أمام مبنى المحافظة في حديبو ابتداءً من يوم الاثنين المقبل «حتى إطلاق سراح جميع المعتقلين».",
        "وقال مصدر في السلطة المحلية لموقع «المصدر أونلاين» إن السلطات قد تعلّق الرحلات الجوية بين مطار سقطرى وأبوظبي إذا استمرت «الرحلات غير المنسقة» مع الحكومة.",
        "ويقطن الأرخبيل المدرج على قائمة التراث العالمي نحو 60 ألف نسمة، وسيطرت عليه قوات المجلس الانتقالي في يونيو 2020 بعد مواجهات مع القوات الحكومية.",
    ],
    entities=[
        ("المجلس الانتقالي الجنوبي", "ORG", "Southern Transitional Council (STC)"),
        ("أرخبيل سقطرى", "GPE", "Socotra Archipelago"),
        ("حديبو", "GPE", "Hadibu"),
        ("قلنسية", "GPE", "Qalansiyah"),
        ("لجنة الاعتصام السلمي بسقطرى", "ORG", "Socotra Peaceful Sit-in Committee"),
        ("عدن المستقلة", "ORG", "Aden Independent Channel (AIC)"),
        ("حزب الإصلاح", "ORG", "Islah Party"),
        ("مستشفى قلنسية", "FAC", "Qalansiyah Hospital"),
        ("قوات الواجب 808", "ORG", "Saudi Task Force 808"),
        ("المجلس الانتقالي", "ORG", "Southern Transitional Council (STC)"),
        ("وكالة الأنباء اليمنية", "ORG", "Yemen News Agency"),
        ("سبأ", "ORG", "Saba"),
        ("الإمارات", "GPE", "United Arab Emirates"),
        ("لجنة الاعتصام السلمي", "ORG", "Socotra Peaceful Sit-in Committee"),
        ("المصدر أونلاين", "ORG", "Al-Masdar Online"),
        ("مطار سقطرى", "FAC", "Socotra Airport"),
        ("أبوظبي", "GPE", "Abu Dhabi"),
    ],
    events=[
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2025-10-10", "day",
          A("مئات من أبناء أرخبيل سقطرى", "Socotra residents protesting foreign military presence", "YEM", "protesters"),
          STC_F, [HADI], None, 7, "إصابة سبعة متظاهرين", S("شهود عيان", "witness", "Eyewitnesses"), "فرّقت قوات تابعة"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-10-10", "day",
          A("القوات ذاتها", "STC-affiliated forces (Socotra)", "YEM", "armed_group"),
          A("9 من منظمي التظاهرة", "Protest organisers (Hadibu)", "YEM", "protesters"), [HADI], None, None, "",
          SIT, "واعتقلت القوات ذاتها"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-10-10", "day",
          A("القوات ذاتها", "STC-affiliated forces (Socotra)", "YEM", "armed_group"),
          A("٤ آخرين", "Protest organisers (Qalansiyah)", "YEM", "protesters"), [QALA], None, None, "",
          SIT, "واعتقلت القوات ذاتها"),
        E("ASSAULT", ["Protests", "Excessive force against protesters"], "denied", "2025-10-10", "day",
          A("المجلس الانتقالي الجنوبي", "STC-affiliated forces (Socotra)", "YEM", "armed_group"),
          A("المتظاهرين", "Hadibu protesters", "YEM", "protesters"), [HADI], None, None, "",
          S("مصدر في المجلس الانتقالي الجنوبي", "anonymous", "STC source (via AIC)"), "ونفى مصدر في المجلس"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-10-11", "day",
          A("مسلحين قبليين موالين للسلطة المحلية", "Pro-government tribal gunmen (Socotra)", "YEM", "armed_group"),
          A("قوات تابعة للانتقالي", "STC-affiliated forces (Socotra)", "YEM", "armed_group"), [QALA],
          1, 2, "مقتل مسلح قبلي وإصابة جنديين", S("مصدر طبي", "anonymous", "Medical source, Qalansiyah Hospital"),
          "اندلع اشتباك مسلح"),
        E("CONSULT", None, "asserted", "2025-10-11", "day",
          A("قائد قوات الواجب 808 السعودية", "Commander, Saudi Task Force 808", "SAU", "military"),
          A("محافظ المحافظة", "Governor of Socotra", "YEM", "government"), [HADI], None, None, "",
          S("مصدر في السلطة المحلية", "anonymous", "Local authority source"), "وعقد قائد قوات"),
        E("ACCUSE", None, "asserted", "2025-10-11", "day",
          A("الحكومة اليمنية", "Government of Yemen", "YEM", "government"),
          A("دولة الإمارات", "United Arab Emirates", "ARE", "government"), [], None, None, "",
          S("الحكومة اليمنية", "official", "Government of Yemen (via Saba)"), "واتهمت الحكومة اليمنية"),
        E("REJECT", None, "asserted", "2025-10-11", "day",
          A("المجلس الانتقالي الجنوبي", "Southern Transitional Council", "YEM", "political_party"),
          A("الحكومة", "Government of Yemen", "YEM", "government"), [], None, None, "",
          S("المجلس الانتقالي الجنوبي", "official", "Southern Transitional Council"), "ورفض المجلس الانتقالي"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2025-10-13", "day",
          A("لجنة الاعتصام السلمي", "Socotra Peaceful Sit-in Committee", "YEM", "protesters"), None, [HADI], None, None, "",
          S("لجنة الاعتصام السلمي", "official", "Socotra Peaceful Sit-in Committee"), "ودعت لجنة الاعتصام"),
        E("SANCTION", None, "hypothetical", "2025-10-11", "day",
          A("السلطات", "Socotra authorities", "YEM", "government"), A("أبوظبي", "United Arab Emirates", "ARE", "government"),
          [SQ_AP], None, None, "", S("مصدر في السلطة المحلية", "anonymous", "Local authority source (via Al-Masdar Online)"),
          "وقال مصدر في السلطة"),
    ],
    notes=("Published Sat 2025-10-11; Yemeni date line «السبت 11-10-2025 | 08:15 مساءً» (12-hour clock, weekday checked). Dates: «مساء "
           "أمس الجمعة» / «ليل الجمعة» / «مساء أمس» -> 10-10; «فجر اليوم السبت» / «ظهر اليوم» / «اليوم» / «مساء اليوم» -> 10-11; «يوم الاثنين "
           "المقبل» -> Mon 10-13; the hypothetical takes the publication day. P1: protest dispersed with batons and tear gas -> Protests / "
           "Protest with intervention (no lethal force), سبعة injured (words), witnesses. P2: one sentence, two places (9 in Hadibu, ٤ in "
           "Qalansiyah) -> two arrest events; the sit-in committee reports its members' arrests -> ngo (a civic body reporting others' acts; its own call in P8 is official). P3: STC source via "
           "a channel denies live fire -> Excessive force, denied, anonymous; «متهماً» not coded. P4: tribal gunmen vs STC forces at "
           "Qalansiyah -> Battles / Armed clash, «مقتل مسلح قبلي» -> 1, «جنديين» -> 2. P5: the Saudi task-force commander meets the governor "
           "in Hadibu -> CONSULT, anonymous. P6: the government's accusation carried by Saba -> official (the announcer), no place; «داعية» "
           "not coded. P7: STC rejection -> REJECT. P8: the committee's call for an open sit-in from Monday -> planned PROTEST in Hadibu. P9: "
           "«قد تعلّق ... إذا» -> hypothetical SANCTION (flights to Abu Dhabi suspended), placed at Socotra airport. P10: background, not coded."),
)

# ---------------------------------------------------------------- 004  (published Tue 2026-02-17)
T004 = "ضحايا تطبيق «كنز» يقتحمون مقر الشركة في سنورس والنيابة تتحفظ على أموال المتهمين"
SINN = L("سنورس", "Sinnuris", "EG", "Faiyum", "city", 29.41, 30.87)
FAYC = L("الفيوم", "Faiyum", "EG", "Faiyum", "city", 29.31, 30.84)
ITSA = L("إطسا", "Itsa", "EG", "Faiyum", "city", 29.24, 30.79)
TAMI = L("طامية", "Tamiya", "EG", "Faiyum", "city", 29.48, 30.96)
DQA = L("دار القضاء العالي", "High Court of Justice building, Cairo", "EG", "Cairo", "facility", 30.05, 31.24)
DEP = A("عشرات المودعين", "Kanz app depositors", "EGY", "protesters")
A004 = dict(
    id="004_news_item", format="text", published="2026-02-17", title=T004,
    head=[T004, "الفيوم - كتب: قسم الحوادث", "الثلاثاء، 17 فبراير 2026 08:30 م",
          "واجهة مقر الشركة المشغلة للتطبيق في سنورس (أرشيف)",
          "شارك | طباعة"],
    foot=["كلمات البحث: الفيوم، توظيف الأموال، النيابة العامة",
          "اقرأ أيضاً: ضبط 3 أطنان من الدقيق المدعم قبل بيعها في السوق السوداء",
          "© 2026 بوابة الوادي - جميع الحقوق محفوظة"],
    paras=[
        "اقتحم مئات المودعين في تطبيق استثمار إلكتروني يُعرف باسم «كنز»، ظهر أمس الاثنين، مقر الشركة المشغلة له في مدينة سنورس شمال محافظة الفيوم وحطموا محتوياته، بعد توقف التطبيق عن صرف الأرباح منذ أسبوعين، قبل أن تفرقهم قوات الأمن، ما أسفر عن إصابة 6 أشخاص، وفق ما أفاد به مراسلنا.",
        "وأعلنت وزارة الداخلية، في بيان اليوم الثلاثاء، القبض على مالك الشركة وثلاثة من مديريها في مدينة الفيوم، بتهمة «تلقي أموال من المواطنين بغرض توظيفها دون ترخيص»، مشيرة إلى أن حجم الأموال المستولى عليها يتجاوز 400 مليون جنيه.",
        "وأمرت النيابة العامة، في بيان اليوم، بالتحفظ على أموال المتهمين الأربعة ومنعهم من السفر، وحبسهم أربعة أيام على ذمة التحقيقات.",
        "وأغلق عشرات المودعين، مساء أمس، الطريق الرئيسي في مدينة إطسا جنوب المحافظة وطريقاً آخر عند مدخل مدينة طامية بالإطارات المشتعلة، للمطالبة باسترداد أموالهم، وفق ما أفاد به شهود عيان.",
        "ونفى مصدر أمني، في تصريح لموقع «القاهرة 24»، ما تردد عن وفاة أحد المودعين متأثراً بإصابته خلال فض التجمهر في سنورس أمس، مؤكداً أن المصابين الستة «غادروا المستشفى».",
        "وطالب عضو مجلس النواب عن دائرة سنورس، في بيان اليوم، الحكومة بتشكيل لجنة لحصر المودعين المتضررين ورد أموالهم من الأصول المتحفظ عليها.",
        "والتقى محافظ الفيوم، ظهر اليوم، وفداً من المودعين في ديوان عام المحافظة، وتعهد بنقل مطالبهم إلى الجهات المختصة، بحسب بيان للمحافظة.",
        "ومن المقرر أن ينظم المودعون وقفة احتجاجية أمام دار القضاء العالي في القاهرة يوم الخميس المقبل، بحسب ما أعلنته صفحة «ضحايا كنز» على فيسبوك.",
        "وقال مصدر قضائي لصحيفة «الشروق» إن النيابة قد تأمر بضبط 12 من وكلاء التطبيق في سنورس إذا أثبتت التحريات تورطهم في جمع الأموال.",
        "وشهدت محافظات مصرية عدة خلال السنوات الأخيرة انهيار تطبيقات مماثلة للتعدين الرقمي والمراهنات، قُدرت خسائر المودعين فيها بمئات الملايين من الجنيهات.",
    ],
    entities=[
        ("كنز", "ORG", "Kanz investment app"),
        ("سنورس", "GPE", "Sinnuris"),
        ("محافظة الفيوم", "GPE", "Faiyum Governorate"),
        ("وزارة الداخلية", "ORG", "Ministry of Interior (Egypt)"),
        ("الفيوم", "GPE", "Faiyum"),
        ("النيابة العامة", "ORG", "Public Prosecution (Egypt)"),
        ("إطسا", "GPE", "Itsa"),
        ("طامية", "GPE", "Tamiya"),
        ("القاهرة 24", "ORG", "Cairo 24"),
        ("مجلس النواب", "ORG", "House of Representatives (Egypt)"),
        ("دار القضاء العالي", "FAC", "High Court of Justice building, Cairo"),
        ("القاهرة", "GPE", "Cairo"),
        ("ضحايا كنز", "ORG", "Kanz Victims (Facebook page)"),
        ("فيسبوك", "ORG", "Facebook"),
        ("الشروق", "ORG", "Al-Shorouk"),
    ],
    events=[
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2026-02-16", "day",
          A("مئات المودعين", "Kanz app depositors", "EGY", "protesters"), A("قوات الأمن", "Egyptian security forces", "EGY", "police"),
          [SINN], None, 6, "إصابة 6 أشخاص", OWN, "اقتحم مئات المودعين"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-02-17", "day",
          A("وزارة الداخلية", "Ministry of Interior (Egypt)", "EGY", "government"),
          A("مالك الشركة وثلاثة من مديريها", "Kanz company owner and managers", "EGY", "other"), [FAYC], None, None, "",
          S("وزارة الداخلية", "official", "Ministry of Interior (Egypt)"), "وأعلنت وزارة الداخلية"),
        E("COERCE", None, "asserted", "2026-02-17", "day",
          A("النيابة العامة", "Public Prosecution (Egypt)", "EGY", "government"),
          A("المتهمين الأربعة", "Kanz company owner and managers", "EGY", "other"), [], None, None, "",
          S("النيابة العامة", "official", "Public Prosecution (Egypt)"), "وأمرت النيابة العامة"),
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2026-02-16", "day",
          DEP, None, [ITSA], None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "وأغلق عشرات المودعين"),
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2026-02-16", "day",
          DEP, None, [TAMI], None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "وأغلق عشرات المودعين"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2026-02-16", "day",
          None, A("أحد المودعين", "Kanz app depositor", "EGY", "civilians"), [SINN], 1, None, "وفاة أحد المودعين",
          S("مصدر أمني", "anonymous", "Security source (via Cairo 24)"), "ونفى مصدر أمني"),
        E("REQUEST", None, "asserted", "2026-02-17", "day",
          A("عضو مجلس النواب عن دائرة سنورس", "MP for Sinnuris", "EGY", "political_party"),
          A("الحكومة", "Government of Egypt", "EGY", "government"), [], None, None, "",
          S("عضو مجلس النواب عن دائرة سنورس", "official", "MP for Sinnuris"), "وطالب عضو مجلس النواب"),
        E("CONSULT", None, "asserted", "2026-02-17", "day",
          A("محافظ الفيوم", "Governor of Faiyum", "EGY", "government"),
          A("وفداً من المودعين", "Kanz depositors' delegation", "EGY", "civilians"), [FAYC], None, None, "",
          S("بيان للمحافظة", "official", "Faiyum Governorate"), "والتقى محافظ الفيوم"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2026-02-19", "day",
          A("المودعون", "Kanz app depositors", "EGY", "protesters"), None, [DQA], None, None, "",
          S("ضحايا كنز", "official", "Kanz Victims (Facebook page)"), "ومن المقرر أن ينظم المودعون"),
        E("COERCE", ["Strategic developments", "Arrests"], "hypothetical", "2026-02-17", "day",
          A("النيابة", "Public Prosecution (Egypt)", "EGY", "government"),
          A("12 من وكلاء التطبيق", "Kanz app agents", "EGY", "other"), [SINN], None, None, "",
          S("مصدر قضائي", "anonymous", "Judicial source (via Al-Shorouk)"), "وقال مصدر قضائي"),
    ],
    notes=("Published Tue 2026-02-17; Egyptian date line «الثلاثاء، 17 فبراير 2026 08:30 م» after the «كتب:» byline (weekday checked). "
           "Dates: «ظهر أمس الاثنين» / «مساء أمس» / «أمس» -> 02-16; «اليوم الثلاثاء» / «اليوم» / «ظهر اليوم» -> 02-17; «يوم الخميس المقبل» -> "
           "Thu 02-19; the hypothetical takes the publication day. P1: depositors storm and smash the company office, dispersed by police -> "
           "one PROTEST, Riots / Violent demonstration, 6 injured, outlet_own. P2: arrests announced today, no own time -> dated by the "
           "statement, placed in Faiyum city; «مشيرة» not coded. P3: one prosecution order (asset freeze, travel ban, four days' remand) "
           "-> one COERCE with no ACLED type (custody of suspects already arrested, not new arrests), no place. P4: one sentence, two places (Itsa, Tamiya) with burning tyres -> "
           "two Riots / Violent demonstration events (as dev-005), witnesses. P5: denied death of a depositor during the dispersal -> "
           "Violence against civilians / Attack, denied, actor1 null (the sentence names none), «وفاة أحد المودعين» -> 1. P6: MP's demand, "
           "no place. P7: the governor meets depositors -> CONSULT in Faiyum. P8: planned stand at the High Court building in Cairo, "
           "announced by the victims' page -> official. P9: «قد تأمر ... إذا» -> hypothetical arrests in Sinnuris, judicial source via "
           "Al-Shorouk -> anonymous. P10: background, not coded."),
)
