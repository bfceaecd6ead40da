"""heldout25 article specs 005-008 (invented events; real places, institutions and armed groups; no person named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 005  (published Sun 2025-02-09)
T005 = "توقيف 11 ناشطاً مناهضاً للعبودية في ألاك وتفريق وقفة تضامنية في بوكي"
ALEG = L("ألاك", "Aleg", "MR", "Brakna", "city", 17.05, -13.92)
BOGHE = L("بوكي", "Boghé", "MR", "Brakna", "city", 16.59, -14.27)
NKC = L("نواكشوط", "Nouakchott", "MR", "Nouakchott-Ouest", "city", 18.09, -15.98)
POL_MR = A("الشرطة", "Mauritanian police", "MRT", "police")
IRA = A("الحركة", "IRA-Mauritania", "MRT", "other")
AUTH_MR = A("السلطات", "Mauritanian authorities", "MRT", "government")
A005 = dict(
    id="005_news_item", format="text", published="2025-02-09", title=T005,
    head=[T005, "آخر تحديث: 09/02/2025 - 22:05", "ألاك - مراسل الشرق الموريتاني",
          "مشاركون في وقفة سابقة لحركة مناهضة للعبودية (أرشيف)",
          "شارك على: فيسبوك | واتساب | إكس"],
    foot=["اقرأ أيضاً: انطلاق حملة التلقيح ضد الحصبة في ولايات الضفة",
          "كلمات مفتاحية: لبراكنة، العبودية، حقوق الإنسان",
          "© 2025 الشرق الموريتاني - جميع الحقوق محفوظة"],
    paras=[
        "أوقفت الشرطة، مساء أمس السبت، 11 ناشطاً من حركة «إيرا» المناهضة للعبودية خلال وقفة نظموها أمام مقر الولاية في مدينة ألاك، عاصمة ولاية لبراكنة، للمطالبة بتحرير طفلة قالوا إنها «مستعبدة» لدى أسرة في إحدى قرى الولاية، وفق ما أعلنته الحركة في بيان.",
        "ونفت المديرية الجهوية للأمن في لبراكنة، في بيان اليوم الأحد، أن يكون عناصرها قد اعتدوا بالهراوات على المشاركين في وقفة ألاك مساء أمس، مؤكدة أن التوقيف تم «وفق القانون» بعد رفضهم فض تجمع غير مرخص.",
        "وأفرجت السلطات، صباح اليوم، عن 8 من الموقوفين في ألاك وأحالت 3 آخرين إلى النيابة بتهمة «التجمهر غير المرخص»، وفق ما أكده مصدر قضائي لموقع «الأخبار».",
        "ونظم العشرات من أنصار الحركة، ظهر اليوم، وقفة تضامنية مع الموقوفين أمام مفوضية الشرطة في مدينة بوكي، قبل أن تفضها الشرطة بالغاز المسيل للدموع، بحسب ما أفاد به شهود عيان.",
        "واتهم رئيس حركة «إيرا»، في مؤتمر صحفي عقده في نواكشوط اليوم، السلطات بـ«حماية ممارسي العبودية» وملاحقة المدافعين عن الضحايا بدلاً منهم.",
        "ورفض وزير الداخلية واللامركزية، في تصريح للتلفزيون الموريتاني مساء اليوم، اتهامات الحركة، قائلاً إن «العبودية لم تعد موجودة وإن ما تبقى هو مخلفاتها».",
        "ودعت الحركة أنصارها إلى مسيرة في نواكشوط يوم الخميس المقبل تنطلق من أمام البرلمان باتجاه مقر وزارة العدل، للمطالبة بإطلاق سراح الموقوفين ومحاكمة «المستعبِدين».",
        "وطالبت اللجنة الوطنية لحقوق الإنسان، في بيان اليوم، السلطات القضائية بـ«الإسراع» في البت في ملف الطفلة وضمان حقوق الموقوفين.",
        "وقال مصدر أمني لموقع «صحراء ميديا» إن السلطات قد تمنع أي مسيرة تنظمها الحركة في نواكشوط إذا لم تحصل على ترخيص مسبق من الولاية.",
        "وألغت موريتانيا العبودية رسمياً عام 1981 وجرّمتها عام 2007، ثم صنّفتها «جريمة ضد الإنسانية» في تعديل دستوري عام 2012، فيما تقدّر منظمات حقوقية أن آلاف الأشخاص لا يزالون يعيشون في ظروف استعباد.",
    ],
    entities=[
        ("إيرا", "ORG", "Initiative for the Resurgence of the Abolitionist Movement (IRA-Mauritania)"),
        ("ألاك", "GPE", "Aleg"),
        ("ولاية لبراكنة", "GPE", "Brakna Region"),
        ("لبراكنة", "GPE", "Brakna Region"),
        ("الأخبار", "ORG", "Al-Akhbar (Mauritanian news site)"),
        ("بوكي", "GPE", "Boghé"),
        ("نواكشوط", "GPE", "Nouakchott"),
        ("وزارة العدل", "ORG", "Ministry of Justice (Mauritania)"),
        ("اللجنة الوطنية لحقوق الإنسان", "ORG", "National Human Rights Commission (Mauritania)"),
        ("صحراء ميديا", "ORG", "Sahara Medias"),
        ("موريتانيا", "GPE", "Mauritania"),
    ],
    events=[
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2025-02-08", "day",
          A("11 ناشطاً", "IRA-Mauritania activists", "MRT", "protesters"), POL_MR, [ALEG], None, None, "",
          S("الحركة", "official", "IRA-Mauritania"), "أوقفت الشرطة"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-02-08", "day",
          POL_MR, A("11 ناشطاً", "IRA-Mauritania activists", "MRT", "protesters"), [ALEG], None, None, "",
          S("الحركة", "official", "IRA-Mauritania"), "أوقفت الشرطة"),
        E("ASSAULT", ["Protests", "Excessive force against protesters"], "denied", "2025-02-08", "day",
          A("عناصرها", "Brakna regional police", "MRT", "police"),
          A("المشاركين في وقفة ألاك", "IRA-Mauritania activists", "MRT", "protesters"), [ALEG], None, None, "",
          S("المديرية الجهوية للأمن في لبراكنة", "official", "Brakna regional security directorate"), "ونفت المديرية"),
        E("CONCEDE", None, "asserted", "2025-02-09", "day", AUTH_MR,
          A("8 من الموقوفين", "Detained IRA-Mauritania activists", "MRT", "protesters"), [ALEG], None, None, "",
          S("مصدر قضائي", "anonymous", "Judicial source (via Al-Akhbar)"), "وأفرجت السلطات"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2025-02-09", "day",
          A("العشرات من أنصار الحركة", "IRA-Mauritania supporters", "MRT", "protesters"), POL_MR, [BOGHE], None, None, "",
          S("شهود عيان", "witness", "Eyewitnesses"), "ونظم العشرات"),
        E("ACCUSE", None, "asserted", "2025-02-09", "day",
          A("رئيس حركة «إيرا»", "President of IRA-Mauritania", "MRT", "other"), AUTH_MR, [NKC], None, None, "",
          S("رئيس حركة «إيرا»", "official", "President of IRA-Mauritania"), "واتهم رئيس حركة"),
        E("REJECT", None, "asserted", "2025-02-09", "day",
          A("وزير الداخلية واللامركزية", "Minister of Interior and Decentralisation (Mauritania)", "MRT", "government"),
          IRA, [], None, None, "", S("وزير الداخلية واللامركزية", "official", "Minister of Interior (Mauritania)"),
          "ورفض وزير الداخلية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2025-02-13", "day",
          A("أنصارها", "IRA-Mauritania supporters", "MRT", "protesters"), None, [NKC], None, None, "",
          S("الحركة", "official", "IRA-Mauritania"), "ودعت الحركة"),
        E("REQUEST", None, "asserted", "2025-02-09", "day",
          A("اللجنة الوطنية لحقوق الإنسان", "National Human Rights Commission (Mauritania)", "MRT", "other"),
          A("السلطات القضائية", "Mauritanian judiciary", "MRT", "government"), [], None, None, "",
          S("اللجنة الوطنية لحقوق الإنسان", "official", "National Human Rights Commission (Mauritania)"), "وطالبت اللجنة"),
        E("COERCE", None, "hypothetical", "2025-02-09", "day", AUTH_MR, IRA, [NKC], None, None, "",
          S("مصدر أمني", "anonymous", "Security source (via Sahara Medias)"), "وقال مصدر أمني"),
    ],
    notes=("Published Sun 2025-02-09; numeric d/m/y update line «آخر تحديث: 09/02/2025 - 22:05» (no weekday). Dates: «مساء أمس السبت» / "
           "«مساء أمس» -> 02-08; «اليوم الأحد» / «صباح اليوم» / «ظهر اليوم» / «اليوم» / «مساء اليوم» -> 02-09; «يوم الخميس المقبل» -> Thu 02-13; "
           "the hypothetical takes the publication day. P1: one sentence, two kinds at one place (Aleg): the sit-in broken up "
           "(PROTEST / Protest with intervention) and the 11 arrests (COERCE / Arrests); the movement's statement -> official. P2: the "
           "regional police deny beating the participants -> ASSAULT / Excessive force, denied, dated by the sit-in; «المديرية الجهوية "
           "للأمن» is descriptive (not an entity), «لبراكنة» is. P3: 8 released -> CONCEDE; «مصدر قضائي لموقع» -> anonymous. P4: solidarity "
           "stand dispersed with tear gas in Boghé, witnesses. P5: accusation at a press conference in Nouakchott (venue). P6: the "
           "minister rejects it, no venue (the TV channel is only behind a fused «للتلفزيون», so no entity). P7: planned march in "
           "Nouakchott. P8: request, no place. P9: «قد تمنع ... إذا» -> hypothetical COERCE placed at Nouakchott. P10: background, not "
           "coded. The IRA president appears by title only."),
)

# ---------------------------------------------------------------- 006  (published Wed 2025-03-19)
T006 = "احتجاجات وإضراب في مخيمات الزرقاء رفضاً لتقليصات الأونروا"
ZCAMP = L("مخيم الزرقاء", "Zarqa camp", "JO", "Zarqa", "city", 32.07, 36.10)
HITT = L("مخيم حطين", "Hittin (Marka) camp", "JO", "Zarqa", "city", 31.99, 36.00)
AMMAN = L("عمّان", "Amman", "JO", "Amman", "city", 31.95, 35.93)
UNION = A("اتحاد العاملين المحليين", "UNRWA Local Staff Union (Jordan)", "JOR", "other")
STAFF = A("مئات المعلمين والموظفين", "UNRWA local staff", "JOR", "protesters")
A006 = dict(
    id="006_news_item", format="text", published="2025-03-19", title=T006,
    head=[T006, "الأربعاء ١٩ آذار ٢٠٢٥ - ٢٠:٥٠", "الزرقاء - منبر الزرقاء الإخباري",
          "مدخل مركز توزيع تابع للأونروا في أحد مخيمات الأردن (أرشيف)",
          "حجم الخط: A+ | A-"],
    foot=["الأكثر قراءة: ارتفاع أسعار الخضار في السوق المركزي",
          "الكلمات الدالة: الأونروا، الزرقاء، اللاجئون",
          "© ٢٠٢٥ منبر الزرقاء الإخباري - جميع الحقوق محفوظة"],
    paras=[
        "أغلق مئات من سكان مخيم الزرقاء، صباح أمس الثلاثاء، مدخل مركز توزيع المساعدات التابع لوكالة الأونروا في المخيم بالحجارة والإطارات المشتعلة، احتجاجاً على قرار الوكالة خفض السلال الغذائية لأكثر من ٤ آلاف عائلة، قبل أن تتدخل قوات الدرك لفتح المدخل، ما أدى إلى إصابة ٥ محتجين بحالات اختناق ودركي بحجر، بحسب ما قاله مصدر أمني لوكالة الأنباء الأردنية (بترا).",
        "وبدأ مئات المعلمين والموظفين في مدارس الأونروا ومراكزها الصحية في مخيم الزرقاء ومخيم حطين، صباح اليوم الأربعاء، إضراباً مفتوحاً عن العمل دعا إليه اتحاد العاملين المحليين في الوكالة، احتجاجاً على تقليص ساعات العمل وخفض الرواتب بنسبة ٢٠ في المئة.",
        "ونفت مديرية الأمن العام، في بيان اليوم، ما تداولته حسابات على مواقع التواصل الاجتماعي عن اعتقال ١٢ من المحتجين في مخيم الزرقاء أمس، مؤكدة أن الأجهزة الأمنية «لم توقف أحداً».",
        "ووزعت الهيئة الخيرية الأردنية الهاشمية، مساء أمس، ١٥٠٠ طرد غذائي على العائلات المتضررة من قرار التقليص في مخيم الزرقاء، بحسب ما أعلنته الهيئة لوكالة «بترا».",
        "وبحث وزير الخارجية وشؤون المغتربين، في اتصال هاتفي اليوم مع المفوض العام للأونروا، «التبعات الخطيرة» لقرارات التقليص على اللاجئين في الأردن، وفق بيان لوزارة الخارجية.",
        "ومن المقرر أن ينفذ العاملون اعتصاماً أمام مقر رئاسة الأونروا في عمّان يوم الأحد المقبل، بحسب ما أعلنه اتحاد العاملين المحليين في بيان.",
        "وطالب رئيس لجنة فلسطين في مجلس النواب، في تصريح لقناة «المملكة» اليوم، الدول المانحة بسد العجز في موازنة الوكالة «قبل أن تنفجر الأوضاع في المخيمات».",
        "وقال مدير دائرة الشؤون الفلسطينية إن الحكومة قد تتولى مؤقتاً دفع رواتب المعلمين في مدارس المخيمات إذا استمر الإضراب أكثر من أسبوعين، «حرصاً على مستقبل الطلبة».",
        "واتهم اتحاد العاملين المحليين، في البيان نفسه، إدارة الوكالة بـ«تحميل اللاجئين والموظفين ثمن العجز المالي» بدلاً من الضغط على المانحين.",
        "ويقيم في الأردن أكثر من مليونَي لاجئ فلسطيني مسجل لدى الأونروا، يعيش نحو ١٨ في المئة منهم في ١٠ مخيمات رسمية، فيما تواجه الوكالة عجزاً مالياً متفاقماً منذ تعليق دول مانحة تمويلها مطلع عام ٢٠٢٤.",
    ],
    entities=[
        ("مخيم الزرقاء", "GPE", "Zarqa camp"),
        ("الأونروا", "ORG", "UNRWA"),
        ("قوات الدرك", "ORG", "Gendarmerie Forces (Jordan)"),
        ("وكالة الأنباء الأردنية", "ORG", "Jordan News Agency (Petra)"),
        ("بترا", "ORG", "Jordan News Agency (Petra)"),
        ("مخيم حطين", "GPE", "Hittin (Marka) camp"),
        ("اتحاد العاملين المحليين", "ORG", "UNRWA Local Staff Union (Jordan)"),
        ("مديرية الأمن العام", "ORG", "Public Security Directorate (Jordan)"),
        ("الهيئة الخيرية الأردنية الهاشمية", "ORG", "Jordan Hashemite Charity Organization"),
        ("وزارة الخارجية", "ORG", "Ministry of Foreign Affairs and Expatriates (Jordan)"),
        ("عمّان", "GPE", "Amman"),
        ("لجنة فلسطين", "ORG", "Palestine Committee (House of Representatives, Jordan)"),
        ("مجلس النواب", "ORG", "House of Representatives (Jordan)"),
        ("المملكة", "ORG", "Al Mamlaka TV"),
        ("دائرة الشؤون الفلسطينية", "ORG", "Department of Palestinian Affairs (Jordan)"),
        ("الأردن", "GPE", "Jordan"),
    ],
    events=[
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2025-03-18", "day",
          A("مئات من سكان مخيم الزرقاء", "Zarqa camp residents", "JOR", "protesters"),
          A("قوات الدرك", "Gendarmerie Forces (Jordan)", "JOR", "police"), [ZCAMP],
          None, 6, "إصابة ٥ محتجين بحالات اختناق ودركي بحجر", S("مصدر أمني", "anonymous", "Security source (via Petra)"),
          "أغلق مئات"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-03-19", "day", STAFF, None, [ZCAMP], None, None, "",
          OWN, "وبدأ مئات المعلمين"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-03-19", "day", STAFF, None, [HITT], None, None, "",
          OWN, "وبدأ مئات المعلمين"),
        E("COERCE", ["Strategic developments", "Arrests"], "denied", "2025-03-18", "day",
          A("الأجهزة الأمنية", "Jordanian security services", "JOR", "police"),
          A("١٢ من المحتجين", "Zarqa camp protesters", "JOR", "protesters"), [ZCAMP], None, None, "",
          S("مديرية الأمن العام", "official", "Public Security Directorate (Jordan)"), "ونفت مديرية الأمن العام"),
        E("AID", None, "asserted", "2025-03-18", "day",
          A("الهيئة الخيرية الأردنية الهاشمية", "Jordan Hashemite Charity Organization", "JOR", "other"),
          A("العائلات المتضررة", "Affected refugee families (Zarqa camp)", "JOR", "civilians"), [ZCAMP], None, None, "",
          S("الهيئة الخيرية الأردنية الهاشمية", "official", "Jordan Hashemite Charity Organization"), "ووزعت الهيئة"),
        E("CONSULT", None, "asserted", "2025-03-19", "day",
          A("وزير الخارجية وشؤون المغتربين", "Minister of Foreign Affairs (Jordan)", "JOR", "government"),
          A("المفوض العام للأونروا", "UNRWA Commissioner-General", None, "igo"), [], None, None, "",
          S("وزارة الخارجية", "official", "Ministry of Foreign Affairs (Jordan)"), "وبحث وزير الخارجية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2025-03-23", "day",
          A("العاملون", "UNRWA local staff", "JOR", "protesters"), None, [AMMAN], None, None, "",
          S("اتحاد العاملين المحليين", "official", "UNRWA Local Staff Union (Jordan)"), "ومن المقرر أن ينفذ"),
        E("REQUEST", None, "asserted", "2025-03-19", "day",
          A("رئيس لجنة فلسطين في مجلس النواب", "Chair of the Palestine Committee (Jordan)", "JOR", "government"),
          A("الدول المانحة", "UNRWA donor states", None, "other"), [], None, None, "",
          S("رئيس لجنة فلسطين في مجلس النواب", "official", "Chair of the Palestine Committee (Jordan)"), "وطالب رئيس لجنة فلسطين"),
        E("AID", None, "hypothetical", "2025-03-19", "day",
          A("الحكومة", "Jordanian government", "JOR", "government"),
          A("المعلمين", "UNRWA camp-school teachers", "JOR", "civilians"), [], None, None, "",
          S("مدير دائرة الشؤون الفلسطينية", "official", "Director of the Department of Palestinian Affairs"), "وقال مدير دائرة"),
        E("ACCUSE", None, "asserted", "2025-03-19", "day", UNION,
          A("إدارة الوكالة", "UNRWA management", None, "igo"), [], None, None, "",
          S("اتحاد العاملين المحليين", "official", "UNRWA Local Staff Union (Jordan)"), "واتهم اتحاد"),
    ],
    notes=("Published Wed 2025-03-19; Levantine month and Eastern digits in the date line «الأربعاء ١٩ آذار ٢٠٢٥ - ٢٠:٥٠» (weekday "
           "checked). Dates: «صباح أمس الثلاثاء» / «أمس» / «مساء أمس» -> 03-18; «صباح اليوم الأربعاء» / «اليوم» -> 03-19; «يوم الأحد المقبل» -> "
           "Sun 03-23; the union's accusation «في البيان نفسه» (its statement is undated) and the hypothetical take the publication day. "
           "P1: camp residents block the distribution centre with stones and burning tyres, the gendarmerie reopens it -> one PROTEST "
           "(Riots / Violent demonstration), injuries ٥ + one gendarme = 6; «مصدر أمني لوكالة الأنباء الأردنية» -> anonymous. P2: one "
           "sentence, two camps -> two strike events (Peaceful protest), outlet_own (the union only called the strike). P3: the PSD denies "
           "12 arrests -> denied Arrests, dated by the protest («أمس»). P4: food parcels -> AID; the charity announced it, Petra carries "
           "it -> official. P5: a phone call with the UNRWA Commissioner-General (title only) -> CONSULT, no place. P6: planned sit-in "
           "at UNRWA headquarters in Amman. P7: request to donors, no place. P8: «قد تتولى ... إذا» -> hypothetical AID, no place named. "
           "P9: accusation, no place. P10: background, not coded. Eastern digits: ٤ آلاف, ٥, ٢٠, ١٢, ١٥٠٠, ١٨, ١٠, ٢٠٢٤."),
)

# ---------------------------------------------------------------- 007  (published Fri 2024-11-22)
T007 = "تفريق وقفة لمتضرري زلزال الحوز في تحناوت واعتقالات في أمزميز"
TAHA = L("تحناوت", "Tahannaout", "MA", "Marrakech-Safi", "city", 31.35, -7.95)
AMIZ = L("أمزميز", "Amizmiz", "MA", "Marrakech-Safi", "city", 31.22, -8.24)
RABAT = L("الرباط", "Rabat", "MA", "Rabat-Salé-Kénitra", "city", 34.02, -6.84)
HAOUZ = L("الحوز", "Al Haouz Province", "MA", "Marrakech-Safi", "region", 31.10, -8.10)
CHICH = L("شيشاوة", "Chichaoua Province", "MA", "Marrakech-Safi", "region", 31.30, -8.80)
MRK = L("مراكش", "Marrakesh", "MA", "Marrakech-Safi", "city", 31.63, -8.00)
IGHIL = L("إغيل", "Ighil", "MA", "Marrakech-Safi", "city", 31.06, -8.39)
TALAT = L("ثلاث نيعقوب", "Talat N'Yaacoub", "MA", "Marrakech-Safi", "city", 30.99, -8.18)
GEND = A("الدرك الملكي", "Royal Gendarmerie (Morocco)", "MAR", "police")
MOI_MA = A("وزارة الداخلية", "Ministry of Interior (Morocco)", "MAR", "government")
A007 = dict(
    id="007_news_item", format="html", published="2024-11-22", title=T007,
    html=dict(
        site="شرفة الأطلس",
        nav=["الرئيسية", "جهات", "مجتمع", "سياسة", "اقتصاد", "رياضة"],
        kicker="جهات",
        byline="مراكش - مكتب الجهة",
        datetime="2024-11-22T21:35",
        time="الجمعة 22 نونبر 2024 - 21:35",
        img="/uploads/2024/11/tents-atlas.jpg",
        caption="خيام مؤقتة لمتضرري الزلزال في إحدى قرى الأطلس الكبير (أرشيف)",
        share=["شارك:", "فيسبوك", "واتساب", "إكس"],
        tags=["وسوم:", "الحوز", "الزلزال", "إعادة الإعمار"],
        related=["مقالات ذات صلة", "تساقطات ثلجية مرتقبة بمرتفعات الأطلس", "انطلاق موسم جني الزيتون بالجهة"],
        footer=["من نحن", "اتصل بنا", "شروط الاستخدام", "© 2024 شرفة الأطلس - جميع الحقوق محفوظة"],
    ),
    paras=[
        "فرّقت قوات الأمن والقوات المساعدة، مساء أمس الخميس، بالقوة وقفة احتجاجية نظمها مئات من متضرري زلزال الحوز أمام مقر عمالة الإقليم في تحناوت، للمطالبة بصرف الدعم المخصص لإعادة بناء منازلهم، ما أدى إلى إصابة 6 محتجين بكدمات، وفق ما أفادت به التنسيقية الوطنية لضحايا زلزال الحوز.",
        "واعتقلت عناصر الدرك الملكي، ليل الخميس، 4 من أعضاء التنسيقية في بلدة أمزميز، بينهم منسقها الإقليمي، بحسب ما أكده فرع الجمعية المغربية لحقوق الإنسان بمراكش.",
        "ودعت التنسيقية إلى مسيرة وطنية في الرباط يوم الأحد المقبل تنطلق من أمام البرلمان، «دفاعاً عن حق الضحايا في السكن اللائق والإفراج عن المعتقلين».",
        "ونفت السلطات المحلية بإقليم الحوز، في بيان نقلته وكالة المغرب العربي للأنباء، استعمال العنف ضد المحتجين في تحناوت مساء أمس، مؤكدة أن التدخل تم «وفق المساطر القانونية» بعد عرقلتهم حركة السير.",
        "وأعلنت وزارة الداخلية، في بلاغ اليوم، صرف دفعة جديدة من الدعم المالي المباشر لفائدة 2800 أسرة متضررة في إقليمي الحوز وشيشاوة، بحسب ما أوردته وكالة المغرب العربي للأنباء.",
        "واتهمت فيدرالية اليسار الديمقراطي، في بيان اليوم، الحكومة بـ«التماطل» في تنفيذ برنامج إعادة الإعمار واعتماد «مقاربة أمنية» في التعامل مع مطالب الضحايا.",
        "وعقد والي جهة مراكش آسفي، ظهر اليوم، اجتماعاً في مقر الولاية بمراكش مع ممثلين عن المتضررين ورؤساء الجماعات القروية المعنية لبحث ملفات الأسر التي لم تتوصل بالدعم، حسب ما أفاد به مراسلنا.",
        "وقال رئيس جماعة إغيل، في تصريح لموقع «اليوم 24»، إن السكان قد يعودون إلى الاعتصام في الخيام أمام مقر الجماعة إذا لم تُصرف مستحقاتهم قبل حلول فصل الشتاء.",
        "وفي جماعة ثلاث نيعقوب، قطع عشرات المتضررين، صباح اليوم، الطريق الجهوية رقم 203 الرابطة بين مراكش وتارودانت بالحجارة لساعات، قبل أن يعيد الدرك الملكي فتحها، وفق ما أفاد به شهود عيان.",
        "وضرب الزلزال، الذي بلغت قوته 6.8 درجات، إقليم الحوز والمناطق المجاورة ليل 8 سبتمبر 2023، وأسفر عن مقتل نحو 3 آلاف شخص وتضرر نحو 60 ألف منزل، وفق الأرقام الرسمية.",
    ],
    entities=[
        ("القوات المساعدة", "ORG", "Auxiliary Forces (Morocco)"),
        ("الحوز", "GPE", "Al Haouz Province"),
        ("تحناوت", "GPE", "Tahannaout"),
        ("التنسيقية الوطنية لضحايا زلزال الحوز", "ORG", "National Coordination of Al Haouz Earthquake Victims"),
        ("الدرك الملكي", "ORG", "Royal Gendarmerie (Morocco)"),
        ("أمزميز", "GPE", "Amizmiz"),
        ("الجمعية المغربية لحقوق الإنسان", "ORG", "Moroccan Association for Human Rights (AMDH)"),
        ("مراكش", "GPE", "Marrakesh"),
        ("الرباط", "GPE", "Rabat"),
        ("إقليم الحوز", "GPE", "Al Haouz Province"),
        ("وكالة المغرب العربي للأنباء", "ORG", "Maghreb Arabe Presse (MAP)"),
        ("وزارة الداخلية", "ORG", "Ministry of Interior (Morocco)"),
        ("شيشاوة", "GPE", "Chichaoua Province"),
        ("فيدرالية اليسار الديمقراطي", "ORG", "Federation of the Democratic Left"),
        ("جهة مراكش آسفي", "GPE", "Marrakech-Safi Region"),
        ("إغيل", "GPE", "Ighil"),
        ("اليوم 24", "ORG", "Alyaoum 24"),
        ("ثلاث نيعقوب", "GPE", "Talat N'Yaacoub"),
        ("تارودانت", "GPE", "Taroudant"),
    ],
    events=[
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2024-11-21", "day",
          A("مئات من متضرري زلزال الحوز", "Al Haouz earthquake victims", "MAR", "protesters"),
          A("قوات الأمن والقوات المساعدة", "Moroccan security forces and Auxiliary Forces", "MAR", "police"), [TAHA],
          None, 6, "إصابة 6 محتجين بكدمات",
          S("التنسيقية الوطنية لضحايا زلزال الحوز", "official", "National Coordination of Al Haouz Earthquake Victims"),
          "فرّقت قوات الأمن"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-11-21", "day", GEND,
          A("4 من أعضاء التنسيقية", "Earthquake victims' coordination members", "MAR", "protesters"), [AMIZ], None, None, "",
          S("فرع الجمعية المغربية لحقوق الإنسان بمراكش", "ngo", "AMDH Marrakesh branch"), "واعتقلت عناصر الدرك"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2024-11-24", "day",
          A("التنسيقية", "Al Haouz earthquake victims' coordination", "MAR", "protesters"), None, [RABAT], None, None, "",
          S("التنسيقية", "official", "National Coordination of Al Haouz Earthquake Victims"), "ودعت التنسيقية"),
        E("ASSAULT", ["Protests", "Excessive force against protesters"], "denied", "2024-11-21", "day",
          None, A("المحتجين", "Al Haouz earthquake victims", "MAR", "protesters"), [TAHA], None, None, "",
          S("السلطات المحلية بإقليم الحوز", "official", "Al Haouz provincial authorities"), "ونفت السلطات المحلية"),
        E("AID", None, "asserted", "2024-11-22", "day", MOI_MA,
          A("2800 أسرة متضررة", "Earthquake-affected families", "MAR", "civilians"), [HAOUZ], None, None, "",
          S("وزارة الداخلية", "official", "Ministry of Interior (Morocco)"), "وأعلنت وزارة الداخلية"),
        E("AID", None, "asserted", "2024-11-22", "day", MOI_MA,
          A("2800 أسرة متضررة", "Earthquake-affected families", "MAR", "civilians"), [CHICH], None, None, "",
          S("وزارة الداخلية", "official", "Ministry of Interior (Morocco)"), "وأعلنت وزارة الداخلية"),
        E("ACCUSE", None, "asserted", "2024-11-22", "day",
          A("فيدرالية اليسار الديمقراطي", "Federation of the Democratic Left", "MAR", "political_party"),
          A("الحكومة", "Moroccan government", "MAR", "government"), [], None, None, "",
          S("فيدرالية اليسار الديمقراطي", "official", "Federation of the Democratic Left"), "واتهمت فيدرالية"),
        E("CONSULT", None, "asserted", "2024-11-22", "day",
          A("والي جهة مراكش آسفي", "Wali of Marrakech-Safi", "MAR", "government"),
          A("ممثلين عن المتضررين", "Earthquake victims' representatives", "MAR", "civilians"), [MRK], None, None, "",
          OWN, "وعقد والي جهة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2024-11-22", "day",
          A("السكان", "Ighil residents", "MAR", "protesters"), None, [IGHIL], None, None, "",
          S("رئيس جماعة إغيل", "official", "Head of Ighil commune"), "وقال رئيس جماعة"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2024-11-22", "day",
          A("عشرات المتضررين", "Earthquake victims (Talat N'Yaacoub)", "MAR", "protesters"), GEND, [TALAT], None, None, "",
          S("شهود عيان", "witness", "Eyewitnesses"), "وفي جماعة ثلاث"),
    ],
    notes=("Published Fri 2024-11-22; Moroccan month in <time> «الجمعة 22 نونبر 2024 - 21:35» (weekday checked). Dates: «مساء أمس "
           "الخميس» / «مساء أمس» -> 11-21; «ليل الخميس» -> Thu 11-21; «في بلاغ اليوم» / «في بيان اليوم» / «ظهر اليوم» / «صباح اليوم» -> 11-22; "
           "«يوم الأحد المقبل» -> Sun 11-24; the hypothetical takes the publication day. P1: sit-in dispersed by force in Tahannaout -> "
           "PROTEST / Protest with intervention, 6 injured; the victims' coordination speaks of its own protest -> official. P2: arrests "
           "in Amizmiz; AMDH -> ngo. P3: planned national march in Rabat. P4: the local authorities deny violence («مساء أمس») -> "
           "ASSAULT / Excessive force, denied, actor1 null (the denial names no force); MAP only carries the statement -> official. "
           "P5: one sentence, two provinces -> two AID events (kind region); the ministry's communiqué -> official. P6: accusation, no "
           "place. P7: the wali's meeting in Marrakesh, outlet_own. P8: «قد يعودون ... إذا» -> hypothetical PROTEST placed at Ighil "
           "(named). P9: road R203 blocked with stones and reopened by the gendarmerie -> Protest with intervention. P10: background, "
           "not coded («6.8» is a decimal, not a sentence end)."),
)

# ---------------------------------------------------------------- 008  (published Wed 2026-01-28)
T008 = "مالي تضع منجماً للذهب تحت إدارة مؤقتة وتوقف موظفين والجماعة تتبنى هجوماً على قافلة"
LOULO = L("منجم لولو-غونكوتو", "Loulo-Gounkoto gold mine", "ML", "Kayes", "facility", 13.00, -11.47)
KAYES = L("كايس", "Kayes", "ML", "Kayes", "city", 14.45, -11.44)
KEN = L("كينييبا", "Kéniéba", "ML", "Kayes", "city", 12.84, -11.24)
BKO = L("باماكو", "Bamako", "ML", "Bamako", "city", 12.64, -8.00)
FAMA = A("الجيش المالي", "Malian Armed Forces (FAMa)", "MLI", "military")
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
A008 = dict(
    id="008_news_item", format="text", published="2026-01-28", title=T008,
    head=[T008, "نُشر في: 2026-01-28 | 21:40 بتوقيت غرينتش", "باماكو - القسم الأفريقي",
          "مدخل منجم للذهب في غرب مالي (أرشيف)",
          "شارك: واتساب - فيسبوك - تيليغرام"],
    foot=["اقرأ أيضاً: أسعار الذهب تسجل مستوى قياسياً جديداً",
          "الوسوم: مالي، الذهب، كايس",
          "تابعونا على تيليغرام",
          "© 2026 نافذة الساحل - جميع الحقوق محفوظة"],
    paras=[
        "أعلنت الحكومة الانتقالية في مالي، مساء أمس الثلاثاء، وضع منجم لولو-غونكوتو للذهب في منطقة كايس غربي البلاد تحت «إدارة مؤقتة» وتعيين مدير حكومي له، بعد أسابيع من خلاف ضريبي مع الشركة الكندية المشغلة، بحسب ما أورده التلفزيون الرسمي.",
        "وأوقفت عناصر من الدرك الوطني، فجر اليوم الأربعاء، 4 من موظفي الشركة الماليين في مدينة كايس، بينهم المدير المالي للمنجم، بتهمة «تهريب أموال إلى الخارج»، وفق ما أكده مصدر أمني لوكالة فرانس برس.",
        "وتبنّت «جماعة نصرة الإسلام والمسلمين»، في بيان نشرته مؤسسة «الزلاقة» التابعة لها، هجوماً قالت إن مقاتليها شنّوه ليل الأحد على قافلة صهاريج وقود متجهة إلى المنجم قرب بلدة كينييبا، زاعمة إحراق 12 صهريجاً وقتل 5 من عناصر الجيش المرافقين لها، وهو ما لم يعلّق عليه الجيش المالي.",
        "ونفت هيئة الأركان العامة للجيوش، في بيان اليوم، ما أوردته حسابات مقربة من الجماعة عن سيطرة مقاتليها على نقطة تفتيش عند مدخل مدينة كينييبا أمس، مؤكدة أن الوضع «تحت السيطرة».",
        "واتهمت الشركة المشغلة، في بيان اليوم، السلطات المالية بـ«احتجاز موظفين أبرياء» للضغط عليها من أجل دفع «مطالب ضريبية غير قانونية»، مؤكدة تمسكها بالتحكيم الدولي.",
        "وتظاهر مئات من عمال المنجم، ظهر اليوم، أمام مقر الدائرة في كينييبا للمطالبة بضمان أجورهم وعدم تسريحهم، قبل أن ينفضّوا بهدوء، وفق ما أفاد به مراسلنا.",
        "ومن المقرر أن يجتمع وزير المناجم مع ممثلين عن الشركة في باماكو يوم الجمعة المقبل «لبحث تسوية نهائية»، بحسب ما أفاد به مصدر في الوزارة لوكالة رويترز.",
        "ودفع الجيش المالي، صباح اليوم، بتعزيزات إلى محيط منجم لولو-غونكوتو وإلى مدينة كينييبا لتأمين طرق الإمداد، بحسب ما أعلنته هيئة الأركان العامة للجيوش.",
        "وقال مصدر في غرفة التجارة في كايس إن السلطات قد تحظر سير الشاحنات ليلاً على الطرق المؤدية إلى كينييبا إذا تكررت الهجمات على القوافل.",
        "وتعد مالي من أكبر منتجي الذهب في أفريقيا، ويمثل المعدن نحو 80 في المئة من صادراتها، فيما تسعى السلطات الانتقالية منذ 2023 إلى مراجعة عقود التعدين بموجب قانون جديد يرفع حصة الدولة.",
    ],
    entities=[
        ("مالي", "GPE", "Mali"),
        ("منجم لولو-غونكوتو", "FAC", "Loulo-Gounkoto gold mine"),
        ("منطقة كايس", "GPE", "Kayes Region"),
        ("الدرك الوطني", "ORG", "National Gendarmerie (Mali)"),
        ("كايس", "GPE", "Kayes"),
        ("فرانس برس", "ORG", "Agence France-Presse (AFP)"),
        ("جماعة نصرة الإسلام والمسلمين", "ORG", JNIM),
        ("الزلاقة", "ORG", "Az-Zallaqa media foundation (JNIM)"),
        ("كينييبا", "GPE", "Kéniéba"),
        ("الجيش المالي", "ORG", "Malian Armed Forces (FAMa)"),
        ("هيئة الأركان العامة للجيوش", "ORG", "General Staff of the Armed Forces (Mali)"),
        ("باماكو", "GPE", "Bamako"),
        ("رويترز", "ORG", "Reuters"),
        ("أفريقيا", "LOC", "Africa"),
    ],
    events=[
        E("COERCE", None, "asserted", "2026-01-27", "day",
          A("الحكومة الانتقالية في مالي", "Malian transitional government", "MLI", "government"),
          A("الشركة الكندية المشغلة", "Canadian mine operator", "CAN", "other"), [LOULO], None, None, "",
          S("الحكومة الانتقالية في مالي", "official", "Malian transitional government (via state TV)"), "أعلنت الحكومة الانتقالية"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-01-28", "day",
          A("الدرك الوطني", "National Gendarmerie (Mali)", "MLI", "police"),
          A("4 من موظفي الشركة الماليين", "Malian mine employees", "MLI", "civilians"), [KAYES], None, None, "",
          S("مصدر أمني", "anonymous", "Security source (via AFP)"), "وأوقفت عناصر"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2026-01-25", "day",
          A("جماعة نصرة الإسلام والمسلمين", JNIM, "MLI", "armed_group"),
          A("عناصر الجيش المرافقين لها", "Malian army convoy escort", "MLI", "military"), [KEN],
          5, None, "قتل 5 من عناصر الجيش", S("جماعة نصرة الإسلام والمسلمين", "perpetrator_claim", JNIM), "وتبنّت"),
        E("ASSAULT", ["Battles", "Non-state actor overtakes territory"], "denied", "2026-01-27", "day",
          A("مقاتليها", "JNIM fighters", "MLI", "armed_group"), None, [KEN], None, None, "",
          S("هيئة الأركان العامة للجيوش", "official", "General Staff of the Armed Forces (Mali)"), "ونفت هيئة الأركان"),
        E("ACCUSE", None, "asserted", "2026-01-28", "day",
          A("الشركة المشغلة", "Canadian mine operator", "CAN", "other"),
          A("السلطات المالية", "Malian authorities", "MLI", "government"), [], None, None, "",
          S("الشركة المشغلة", "official", "Mine operator"), "واتهمت الشركة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2026-01-28", "day",
          A("مئات من عمال المنجم", "Mine workers", "MLI", "protesters"), None, [KEN], None, None, "", OWN, "وتظاهر مئات"),
        E("CONSULT", None, "planned", "2026-01-30", "day",
          A("وزير المناجم", "Minister of Mines (Mali)", "MLI", "government"),
          A("ممثلين عن الشركة", "Mine operator representatives", "CAN", "other"), [BKO], None, None, "",
          S("مصدر في الوزارة", "anonymous", "Ministry source (via Reuters)"), "ومن المقرر أن يجتمع"),
        E("MOBILIZE", None, "asserted", "2026-01-28", "day", FAMA, None, [LOULO], None, None, "",
          S("هيئة الأركان العامة للجيوش", "official", "General Staff of the Armed Forces (Mali)"), "ودفع الجيش المالي"),
        E("MOBILIZE", None, "asserted", "2026-01-28", "day", FAMA, None, [KEN], None, None, "",
          S("هيئة الأركان العامة للجيوش", "official", "General Staff of the Armed Forces (Mali)"), "ودفع الجيش المالي"),
        E("COERCE", None, "hypothetical", "2026-01-28", "day",
          A("السلطات", "Malian authorities", "MLI", "government"), None, [KEN], None, None, "",
          S("مصدر في غرفة التجارة في كايس", "anonymous", "Kayes chamber of commerce source"), "وقال مصدر في غرفة"),
    ],
    notes=("Published Wed 2026-01-28; ISO-style date line «نُشر في: 2026-01-28 | 21:40 بتوقيت غرينتش» (no weekday). Dates: «مساء أمس "
           "الثلاثاء» / «أمس» -> 01-27; «ليل الأحد» -> Sun 01-25; «فجر اليوم الأربعاء» / «اليوم» / «ظهر اليوم» / «صباح اليوم» -> 01-28; «يوم "
           "الجمعة المقبل» -> Fri 01-30; the hypothetical takes the publication day. P1: the mine put under provisional state management "
           "-> COERCE (seizure), no ACLED type; the government announced it, state TV carries it -> official. P2: arrests in Kayes; "
           "«مصدر أمني لوكالة فرانس برس» -> anonymous. P3: JNIM's claim (via az-Zallaqa) on a fuel convoy and its army escort near "
           "Kéniéba, unconfirmed («لم يعلّق عليه الجيش») -> claimed Battles / Armed clash, 5 killed (the 12 tankers are not casualties). "
           "P4: the General Staff denies a checkpoint takeover («أمس») -> denied Non-state actor overtakes territory. P5: the operator's "
           "accusation, no place. P6: workers' peaceful rally in Kéniéba, outlet_own. P7: planned meeting in Bamako; ministry source "
           "via Reuters -> anonymous. P8: one sentence, two places -> two MOBILIZE. P9: «قد تحظر ... إذا» -> hypothetical COERCE placed "
           "at Kéniéba (the only place the restriction names). P10: background, not coded. The operator is not named; the Kayes Region "
           "(admin1) is the main region. Coordinates approximate; the mine's point is a rough estimate."),
)
