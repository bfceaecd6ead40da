"""heldout16 article specs 001-004 (invented events; real places and institutions; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 001  (published Wed 2024-10-09)
T001 = "نواكشوط تستدعي سفير مالي بعد احتجاز رعاة قرب فاسالا وتعزيزات عسكرية على الحدود الشرقية"
FAS = L("فاسالا", "Fassala", "MR", "Hodh Ech Chargui", "city", 15.55, -5.52)
BAS = L("باسكنو", "Bassikounou", "MR", "Hodh Ech Chargui", "city", 15.87, -5.95)
MBE = L("مخيم امبره", "Mbera refugee camp", "MR", "Hodh Ech Chargui", "city", 15.80, -5.77)
MRT_GS = A("قيادة الأركان العامة للجيوش", "Mauritanian Armed Forces", "MRT", "military")
A001 = dict(
    id="001_news_item", format="text", published="2024-10-09", title=T001,
    head=[T001, "تاريخ النشر: 2024/10/09 - 10:20", "النعمة - قسم الشؤون الجهوية",
          "دورية للجيش الموريتاني على طريق ترابي شرقي البلاد (أرشيف)", "شارك على: فيسبوك ، واتساب ، إكس"],
    foot=["اقرأ أيضاً: ارتفاع أسعار الأعلاف في أسواق الحوض الشرقي مع تأخر الأمطار",
          "الأكثر قراءة: انطلاق حملة التلقيح ضد الحمى القلاعية في النعمة",
          "وسوم: الحوض الشرقي / الحدود / اللاجئون", "تابعونا على قناتنا في تيليغرام",
          "© 2024 الشرق الموريتاني - جميع الحقوق محفوظة"],
    paras=[
        "احتجزت وحدة من الجيش المالي ترافقها عناصر من «الفيلق الأفريقي» الروسي، فجر أمس الثلاثاء، سبعة رعاة موريتانيين داخل الأراضي الموريتانية على بعد نحو 12 كيلومتراً من بلدة فاسالا في ولاية الحوض الشرقي، وفق ما نقلته وكالة الأخبار المستقلة عن مصادر محلية في المنطقة.",
        "وفي حادث منفصل، قُتل راعٍ موريتاني وأصيب اثنان من أبنائه برصاص مسلحين مجهولين كانوا يستقلون دراجات نارية، مساء الأحد، قرب بئر رعوية شمال شرقي بلدة عدل بكرو، بحسب ما أفاد به سكان محليون.",
        "وأعلنت قيادة الأركان العامة للجيوش، في بيان مساء أمس، أنها دفعت بوحدات إضافية من المجموعات الخاصة للتدخل إلى محيط بلدتي فاسالا وباسكنو، مؤكدة أن هذه الوحدات \"ستتصدى بحزم لأي مساس بالحوزة الترابية الوطنية\".",
        "واستدعت وزارة الشؤون الخارجية والتعاون والموريتانيين في الخارج، اليوم الأربعاء، سفير مالي في نواكشوط، وأبلغته \"احتجاج موريتانيا الشديد\" على ما وصفته بـ\"التوغل غير المقبول\" لوحدات مالية في أراضيها، مطالبة بالإفراج الفوري عن الرعاة المحتجزين.",
        "في المقابل، رفضت هيئة الأركان العامة للجيوش المالية، في بيان بثه التلفزيون الرسمي المالي ظهر اليوم، ما وصفتها بـ\"الاتهامات الموريتانية\"، مؤكدة أن وحداتها كانت تلاحق \"عناصر إرهابية\" داخل التراب المالي ولم تتجاوز الحدود.",
        "كما نفى مصدر عسكري موريتاني، في تصريح للموقع، صحة ما تداولته صفحات على مواقع التواصل الاجتماعي عن سقوط قذائف أطلقتها طائرة مسيّرة مالية قرب مخيم امبره للاجئين ليل الاثنين.",
        "وبدأت المفوضية السامية للأمم المتحدة لشؤون اللاجئين وبرنامج الأغذية العالمي، صباح اليوم، توزيع حصص غذائية وخيام على نحو 1500 لاجئ وصلوا إلى مخيم امبره خلال الأسبوعين الأخيرين هرباً من المعارك في منطقة تمبكتو، حسبما أعلنت المفوضية في بيان.",
        "ونظم عشرات من المنمّين وذوي الرعاة المحتجزين وقفة احتجاجية أمام مقر مقاطعة باسكنو صباح اليوم، رفعوا خلالها لافتات تطالب السلطات بتأمين المراعي الحدودية، قبل أن ينصرفوا بهدوء.",
        "ويؤوي مخيم امبره، الذي أُنشئ مطلع عام 2012، أكثر من 100 ألف لاجئ مالي، فيما شهدت الحدود الممتدة بين البلدين على أكثر من 2200 كيلومتر حوادث مماثلة متكررة خلال العامين الأخيرين، أودت بحياة عشرات الموريتانيين.",
    ],
    entities=[
        ("الجيش المالي", "ORG", "Malian Armed Forces"),
        ("الفيلق الأفريقي", "ORG", "Africa Corps (Russia)"),
        ("فاسالا", "GPE", "Fassala"),
        ("ولاية الحوض الشرقي", "GPE", "Hodh Ech Chargui"),
        ("وكالة الأخبار المستقلة", "ORG", "Al-Akhbar (Mauritanian news agency)"),
        ("عدل بكرو", "GPE", "Adel Bagrou"),
        ("قيادة الأركان العامة للجيوش", "ORG", "General Staff of the Mauritanian Armed Forces"),
        ("المجموعات الخاصة للتدخل", "ORG", "Special Intervention Groups (Mauritania)"),
        ("باسكنو", "GPE", "Bassikounou"),
        ("وزارة الشؤون الخارجية والتعاون والموريتانيين في الخارج", "ORG", "Mauritanian Ministry of Foreign Affairs"),
        ("مالي", "GPE", "Mali"),
        ("نواكشوط", "GPE", "Nouakchott"),
        ("موريتانيا", "GPE", "Mauritania"),
        ("هيئة الأركان العامة للجيوش المالية", "ORG", "General Staff of the Malian Armed Forces"),
        ("مخيم امبره", "GPE", "Mbera refugee camp"),
        ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG", "UNHCR"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("تمبكتو", "GPE", "Timbuktu"),
        ("الموريتانيين", "NORP", "Mauritanians"),
    ],
    events=[
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2024-10-08", "day",
          A("وحدة من الجيش المالي", "Malian Armed Forces", "MLI", "military"),
          A("سبعة رعاة موريتانيين", "Mauritanian herders", "MRT", "civilians"),
          [FAS], None, None, "", S("مصادر محلية", "anonymous", "Local sources"), "احتجزت وحدة من الجيش المالي"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2024-10-06", "day",
          A("مسلحين مجهولين", "Unidentified gunmen", None, "armed_group"),
          A("راعٍ موريتاني", "Mauritanian herders", "MRT", "civilians"),
          [L("عدل بكرو", "Adel Bagrou", "MR", "Hodh Ech Chargui", "city", 15.54, -7.07)], 1, 2,
          "قُتل راعٍ موريتاني وأصيب اثنان من أبنائه", S("سكان محليون", "witness", "Local residents"), "قُتل راعٍ موريتاني"),
        E("MOBILIZE", None, "asserted", "2024-10-08", "day", MRT_GS, None, [FAS], None, None, "",
          S("قيادة الأركان العامة للجيوش", "official", "General Staff of the Mauritanian Armed Forces"), "دفعت بوحدات إضافية"),
        E("MOBILIZE", None, "asserted", "2024-10-08", "day", MRT_GS, None, [BAS], None, None, "",
          S("قيادة الأركان العامة للجيوش", "official", "General Staff of the Mauritanian Armed Forces"), "دفعت بوحدات إضافية"),
        E("ACCUSE", None, "asserted", "2024-10-09", "day",
          A("وزارة الشؤون الخارجية والتعاون والموريتانيين في الخارج", "Mauritanian Ministry of Foreign Affairs", "MRT", "government"),
          A("سفير مالي", "Government of Mali", "MLI", "government"),
          [L("نواكشوط", "Nouakchott", "MR", "Nouakchott-Ouest", "city", 18.09, -15.98)], None, None, "",
          S("وزارة الشؤون الخارجية والتعاون والموريتانيين في الخارج", "official", "Mauritanian Ministry of Foreign Affairs"),
          "واستدعت وزارة الشؤون الخارجية"),
        E("REJECT", None, "asserted", "2024-10-09", "day",
          A("هيئة الأركان العامة للجيوش المالية", "Malian Armed Forces", "MLI", "military"), None,
          [], None, None, "", S("هيئة الأركان العامة للجيوش المالية", "official", "General Staff of the Malian Armed Forces"),
          "رفضت هيئة الأركان العامة"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "denied", "2024-10-07", "day",
          A("طائرة مسيّرة مالية", "Malian Armed Forces", "MLI", "military"), None,
          [MBE], None, None, "", S("مصدر عسكري موريتاني", "anonymous", "Mauritanian military source"), "كما نفى مصدر عسكري موريتاني"),
        E("AID", None, "asserted", "2024-10-09", "day",
          A("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "UNHCR", None, "igo"),
          A("نحو 1500 لاجئ", "Malian refugees", "MLI", "civilians"),
          [MBE], None, None, "", S("المفوضية", "official", "UNHCR"), "توزيع حصص غذائية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-10-09", "day",
          A("عشرات من المنمّين وذوي الرعاة المحتجزين", "Protesters (Mauritania)", "MRT", "protesters"), None,
          [BAS], None, None, "", OWN, "وقفة احتجاجية أمام مقر مقاطعة باسكنو"),
    ],
    notes=("Published Wed 2024-10-09. Dates: «فجر أمس الثلاثاء» -> 10-08; «مساء الأحد» -> last Sunday 10-06; «مساء أمس» -> 10-08; "
           "«اليوم الأربعاء», «ظهر اليوم», «صباح اليوم» -> 10-09; «ليل الاثنين» -> 10-07. "
           "P1: detention of herders by a Malian unit is ACLED Violence against civilians/Abduction (no clash), source the innermost "
           "«مصادر محلية» of the Al-Akhbar chain (anonymous). P3 names two towns for one deployment: two MOBILIZE events, one per place. "
           "P4 summons of the Malian ambassador coded ACCUSE placed in Nouakchott (admin1 Nouakchott-Ouest, my choice among the three "
           "Nouakchott wilayas). P5 Malian General Staff rejects the accusation: REJECT with no place and actor2 null (no actor named). "
           "P6 the Mauritanian military source denies a drone strike near Mbera: ASSAULT denied, dated by the rumoured strike (ليل الاثنين). "
           "P7 UNHCR/WFP distribution: AID, source UNHCR (official, IGO on its own action); 1500 is a head count, not casualties. "
           "P9 background and aggregate, not coded. Fassala and Mbera coordinates are approximate."),
)

# ---------------------------------------------------------------- 002  (published Sun 2025-02-16)
T002 = "مقتل أربعة مهربين باشتباك على الحدود الشمالية وإسقاط مسيّرة فوق الرويشد"
RAMTHA = L("الرمثا", "Ramtha", "JO", "Irbid", "city", 32.56, 36.01)
SMUG = A("مجموعات مسلحة", "Drug smugglers from Syria", "SYR", "armed_group")
A002 = dict(
    id="002_news_item", format="text", published="2025-02-16", title=T002,
    head=[T002, "آخر تحديث: الأحد ١٦/٠٢/٢٠٢٥ الساعة ١١:٤٠", "عمّان - «الراصد الأردني»",
          "آليات لقوات حرس الحدود على الواجهة الشمالية (أرشيف - بترا)", "طباعة | حفظ | أرسل لصديق"],
    foot=["مقالات قد تهمك", "منخفض جوي بارد يؤثر على المملكة مطلع الأسبوع",
          "الكلمات الدلالية: #الجيش_العربي #المخدرات #الحدود_الشمالية", "تابعوا «الراصد الأردني» عبر إنستغرام",
          "حقوق النشر © ٢٠٢٥ الراصد الأردني"],
    paras=[
        "قُتل أربعة مهربين وأصيب آخرون، فجر اليوم الأحد، في اشتباك بين قوات حرس الحدود ومجموعات مسلحة حاولت اجتياز الحدود قادمة من الأراضي السورية قرب لواء الرمثا، وفق ما نقلته وكالة الأنباء الأردنية (بترا) عن مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية - الجيش العربي.",
        "وأضاف المصدر أن وحدات الدفاع الجوي أسقطت، مساء أمس، طائرة مسيّرة محمّلة بقنابل يدوية ومواد مخدرة اخترقت الأجواء الأردنية فوق منطقة الرويشد في محافظة المفرق.",
        "وفي سياق متصل، ألقت إدارة مكافحة المخدرات القبض، ليل السبت، على ٣ أشخاص في لواء بني كنانة بمحافظة إربد يُشتبه في أنهم كانوا ينتظرون استلام شحنة مهرّبة، بحسب ما أفاد به الناطق الإعلامي باسم مديرية الأمن العام.",
        "من جهتها، أعلنت وزارة الداخلية السورية، في بيان ظهر اليوم، أن دورية من الأمن العام اعتقلت اثنين من أفراد المجموعة فرّا إلى ريف درعا الشرقي بعد الاشتباك، وضبطت بحوزتهما أسلحة خفيفة ومواد مخدرة.",
        "وفي عمّان، اعتصم العشرات من تجار الرمثا العاملين على خط النقل مع سوريا أمام مبنى رئاسة الوزراء في الدوار الرابع ظهر اليوم، احتجاجاً على تعليق حركة العبور، قبل أن تفضّ قوات الأمن الاعتصام بالقوة وتبعد المشاركين عن المكان، بحسب شهود عيان.",
        "وكانت الحكومة قد قررت، الخميس الماضي، تعليق حركة الشاحنات والركاب عبر معبر جابر الحدودي مدة أسبوعين \"لدواعٍ أمنية\"، في أعقاب تزايد محاولات التهريب عبر الواجهة الشمالية.",
        "وكانت وزارة الخزانة الأميركية قد فرضت، الشهر الماضي، عقوبات على شبكة لتهريب الكبتاغون تنشط على جانبي الحدود الأردنية السورية، وجمّدت أصول ستة من أفرادها وثلاث شركات واجهة مرتبطة بها.",
        "وحذّر الناطق الرسمي باسم الحكومة، في مؤتمر صحافي عقده بعد ظهر اليوم، من أن المملكة \"ستضرب بيد من حديد كل من تسوّل له نفسه العبث بأمن حدودها\"، مشيراً إلى أن القوات المسلحة \"لن تتردد في ملاحقة المهربين أينما كانوا\".",
        "وتقول السلطات الأردنية إن الجيش أحبط خلال عام 2024 أكثر من 100 محاولة تسلل وتهريب على الحدود مع سوريا، التي يتجاوز طولها ٣٧٥ كيلومتراً، وضبط خلالها ملايين الحبوب المخدرة.",
    ],
    entities=[
        ("الرمثا", "GPE", "Ramtha"),
        ("وكالة الأنباء الأردنية", "ORG", "Jordan News Agency (Petra)"),
        ("بترا", "ORG", "Jordan News Agency (Petra)"),
        ("القيادة العامة للقوات المسلحة الأردنية", "ORG", "Jordan Armed Forces General Command"),
        ("الجيش العربي", "ORG", "Jordan Armed Forces"),
        ("الرويشد", "GPE", "Ruwaished"),
        ("محافظة المفرق", "GPE", "Mafraq Governorate"),
        ("إدارة مكافحة المخدرات", "ORG", "Anti-Narcotics Department (Jordan)"),
        ("بني كنانة", "GPE", "Bani Kinanah"),
        ("محافظة إربد", "GPE", "Irbid Governorate"),
        ("مديرية الأمن العام", "ORG", "Public Security Directorate (Jordan)"),
        ("وزارة الداخلية السورية", "ORG", "Syrian Ministry of Interior"),
        ("الأمن العام", "ORG", "Syrian General Security Service"),
        ("ريف درعا الشرقي", "LOC", "Eastern Daraa countryside"),
        ("عمّان", "GPE", "Amman"),
        ("سوريا", "GPE", "Syria"),
        ("الدوار الرابع", "FAC", "Fourth Circle (Prime Ministry, Amman)"),
        ("معبر جابر", "FAC", "Jaber border crossing"),
        ("وزارة الخزانة الأميركية", "ORG", "US Department of the Treasury"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-02-16", "day",
          A("قوات حرس الحدود", "Jordan Armed Forces (Border Guard)", "JOR", "military"), SMUG,
          [RAMTHA], 4, None, "قُتل أربعة مهربين وأصيب آخرون",
          S("مصدر عسكري مسؤول", "anonymous", "Jordanian military source"), "قُتل أربعة مهربين"),
        E("ASSAULT", ["Strategic developments", "Disrupted weapons use"], "asserted", "2025-02-15", "day",
          A("وحدات الدفاع الجوي", "Jordan Armed Forces (Air Defence)", "JOR", "military"), None,
          [L("الرويشد", "Ruwaished", "JO", "Mafraq", "city", 32.50, 38.20)], None, None, "",
          S("المصدر", "anonymous", "Jordanian military source"), "وحدات الدفاع الجوي أسقطت"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-02-15", "day",
          A("إدارة مكافحة المخدرات", "Anti-Narcotics Department (Jordan)", "JOR", "police"),
          A("٣ أشخاص", "Suspected drug smugglers", "JOR", "other"),
          [L("بني كنانة", "Bani Kinanah", "JO", "Irbid", "city", 32.63, 35.80)], None, None, "",
          S("الناطق الإعلامي باسم مديرية الأمن العام", "official", "Public Security Directorate spokesperson"),
          "ألقت إدارة مكافحة المخدرات القبض"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-02-16", "day",
          A("دورية من الأمن العام", "Syrian General Security", "SYR", "police"),
          A("اثنين من أفراد المجموعة", "Drug smugglers from Syria", "SYR", "armed_group"),
          [L("ريف درعا الشرقي", "Eastern Daraa countryside", "SY", "Daraa", "region", 32.65, 36.35)], None, None, "",
          S("وزارة الداخلية السورية", "official", "Syrian Ministry of Interior"), "دورية من الأمن العام اعتقلت"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2025-02-16", "day",
          A("العشرات من تجار الرمثا", "Protesters (Jordan)", "JOR", "protesters"),
          A("قوات الأمن", "Public Security Directorate (Jordan)", "JOR", "police"),
          [L("عمّان", "Amman", "JO", "Amman", "city", 31.95, 35.93)], None, None, "",
          S("شهود عيان", "witness", "Eyewitnesses"), "اعتصم العشرات من تجار الرمثا"),
        E("COERCE", None, "asserted", "2025-02-13", "day",
          A("الحكومة", "Government of Jordan", "JOR", "government"), None,
          [L("معبر جابر", "Jaber border crossing", "JO", "Mafraq", "facility", 32.54, 36.21)], None, None, "",
          OWN, "تعليق حركة الشاحنات والركاب"),
        E("SANCTION", None, "asserted", "2025-01-15", "month",
          A("وزارة الخزانة الأميركية", "US Department of the Treasury", "USA", "government"),
          A("شبكة لتهريب الكبتاغون", "Captagon trafficking network", "SYR", "other"),
          [], None, None, "", OWN, "عقوبات على شبكة لتهريب الكبتاغون"),
        E("THREATEN", None, "asserted", "2025-02-16", "day",
          A("الناطق الرسمي باسم الحكومة", "Government of Jordan", "JOR", "government"),
          A("المهربين", "Drug smugglers from Syria", "SYR", "armed_group"),
          [], None, None, "", S("الناطق الرسمي باسم الحكومة", "official", "Government of Jordan spokesperson"),
          "وحذّر الناطق الرسمي باسم الحكومة"),
    ],
    notes=("Published Sun 2025-02-16. Dates: «فجر اليوم الأحد», «ظهر اليوم», «بعد ظهر اليوم» -> 02-16; «مساء أمس» and «ليل السبت» -> 02-15; "
           "«الخميس الماضي» -> 02-13; «الشهر الماضي» -> 2025-01-15 (month). P1: the source is the innermost speaker of the Petra chain, "
           "an unnamed military source (anonymous); «وأصيب آخرون» gives no number, so injuries null. P2: shooting down a drone carrying "
           "grenades is ASSAULT + Strategic developments/Disrupted weapons use (as dev-013). P4: the Syrian arrests carry no date of their own; "
           "dated by the statement («ظهر اليوم»); «اثنين» is a head count. P5: sit-in broken up by force: Protests/Protest with intervention, "
           "police as actor2. P6 closure of the Jaber crossing: COERCE with no ACLED type (as the dev curfew). P7 the US sanctions: SANCTION, "
           "no place. P8 the spokesperson's warning is THREATEN; «مشيراً» is not a separate event. P9 aggregate for 2024, not coded. "
           "Bani Kinanah and Jaber coordinates are approximate; Jaber crossing coded in Mafraq."),
)

# ---------------------------------------------------------------- 003  (published Wed 2025-06-25, HTML)
T003 = "سبعة قتلى من الجيش بهجوم انتحاري قرب جوهر والقوات الحكومية تستعيد مهداي"
JOW = L("جوهر", "Jowhar", "SO", "Middle Shabelle", "city", 2.78, 45.50)
BAL = L("بلعد", "Balcad", "SO", "Middle Shabelle", "city", 2.36, 45.39)
MAH = L("مهداي", "Mahaday", "SO", "Middle Shabelle", "city", 3.00, 45.53)
SHB = "Al-Shabaab"
A003 = dict(
    id="003_news_item", format="html", published="2025-06-25", title=T003,
    html=dict(
        site="القرن الإخباري", nav=["الرئيسية", "الصومال", "القرن الأفريقي", "العالم", "اقتصاد", "رأي"], kicker="أمن",
        byline="جوهر - مراسل القرن الإخباري", datetime="2025-06-25T08:30", time="25.06.2025 | 08:30 (GMT+3)",
        img="/media/2025/06/jowhar-gate.jpg", caption="جنود صوماليون عند نقطة تفتيش على طريق مقديشو - جوهر (أرشيف/ رويترز)",
        share=["شارك الخبر:", "فيسبوك", "إكس", "واتساب", "تيليغرام"],
        tags=["مواضيع:", "حركة الشباب", "شبيلي الوسطى", "الجيش الصومالي"],
        related=["اقرأ المزيد", "ارتفاع أسعار الذرة في أسواق بلدوين", "افتتاح طريق جديد يربط مقديشو بأفجوي",
                 "منتخب الصومال يستعد لتصفيات كأس العرب"],
        footer=["من نحن", "سياسة الخصوصية", "تابعونا على يوتيوب", "© 2025 القرن الإخباري - جميع الحقوق محفوظة"]),
    paras=[
        "قُتل سبعة جنود من الجيش الوطني الصومالي وأصيب 11 آخرون، فجر اليوم الأربعاء، عندما فجّر انتحاري من حركة الشباب سيارة مفخخة عند بوابة قاعدة عسكرية على الطريق الشمالي لمدينة جوهر، مركز محافظة شبيلي الوسطى، بحسب ما قاله ضابط في الجيش طلب عدم الكشف عن هويته.",
        "وتبنّت الحركة، عبر إذاعة «الأندلس» الناطقة باسمها، هجوماً بقذائف الهاون قالت إنه استهدف مساء أمس مقراً لقوات بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال (أوصوم) قرب بلدة بلعد، وأوقع \"قتلى وجرحى في صفوف الغزاة\"، وهو ما لم تؤكده البعثة.",
        "وأعلنت وزارة الدفاع الصومالية، في بيان ظهر اليوم، أن قوات الجيش، مدعومة بمقاتلين من العشائر المحلية، استعادت السيطرة على بلدة مهداي شمالي جوهر بعد معارك استمرت ساعات مع عناصر الحركة، الذين كانوا قد سيطروا عليها الأسبوع الماضي.",
        "من جهتها، أعلنت القيادة الأمريكية في أفريقيا (أفريكوم) أنها نفذت، بالتنسيق مع الحكومة الفيدرالية، غارة جوية ليل الاثنين على تجمع لمقاتلي الحركة على بعد نحو 30 كيلومتراً شمال شرقي بلعد، مضيفة أن الغارة استهدفت \"عناصر ضالعين في هجمات على القوات الشريكة\".",
        "وأفاد مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)، في تحديث أمس، بأن أكثر من 4 آلاف أسرة نزحت من القرى المحيطة بمهداي منذ تجدد المعارك. وقال المجلس النرويجي للاجئين إن فرقه وزّعت، الثلاثاء، مساعدات نقدية ومستلزمات إيواء على 600 أسرة نازحة في مخيمات مؤقتة بضواحي جوهر.",
        "وتوعّد المتحدث العسكري باسم الحركة، في تسجيل صوتي نشرته مواقع موالية لها اليوم، بـ\"مواصلة الضربات\" على القواعد العسكرية في الإقليم \"حتى خروج آخر جندي أجنبي\".",
        "أما رئيس ولاية هيرشبيلي، فدعا خلال لقائه وجهاء العشائر في جوهر مساء أمس الحكومة الفيدرالية إلى إرسال تعزيزات عاجلة وأسلحة ثقيلة لتأمين البلدات المحررة على ضفاف نهر شبيلي.",
        "وتخوض القوات الحكومية منذ صيف 2022 حملة عسكرية واسعة ضد حركة الشباب في ولايتي هيرشبيلي وغلمدغ، غير أن الحركة استعادت خلال الأشهر الأخيرة عدداً من البلدات في الإقليم، وسط تراجع التمويل الدولي لبعثة الاتحاد الأفريقي.",
    ],
    entities=[
        ("الجيش الوطني الصومالي", "ORG", "Somali National Army"),
        ("حركة الشباب", "ORG", SHB),
        ("جوهر", "GPE", "Jowhar"),
        ("محافظة شبيلي الوسطى", "GPE", "Middle Shabelle"),
        ("الأندلس", "ORG", "Radio Andalus (al-Shabaab)"),
        ("بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال", "ORG", "African Union Support and Stabilization Mission in Somalia (AUSSOM)"),
        ("أوصوم", "ORG", "African Union Support and Stabilization Mission in Somalia (AUSSOM)"),
        ("بلعد", "GPE", "Balcad"),
        ("وزارة الدفاع الصومالية", "ORG", "Somali Ministry of Defence"),
        ("مهداي", "GPE", "Mahaday"),
        ("القيادة الأمريكية في أفريقيا", "ORG", "US Africa Command (AFRICOM)"),
        ("أفريكوم", "ORG", "US Africa Command (AFRICOM)"),
        ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ORG", "UN Office for the Coordination of Humanitarian Affairs (OCHA)"),
        ("أوتشا", "ORG", "UN Office for the Coordination of Humanitarian Affairs (OCHA)"),
        ("المجلس النرويجي للاجئين", "ORG", "Norwegian Refugee Council"),
        ("ولاية هيرشبيلي", "GPE", "Hirshabelle State"),
        ("نهر شبيلي", "LOC", "Shabelle River"),
        ("هيرشبيلي", "GPE", "Hirshabelle State"),
        ("غلمدغ", "GPE", "Galmudug State"),
        ("بعثة الاتحاد الأفريقي", "ORG", "African Union Support and Stabilization Mission in Somalia (AUSSOM)"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Suicide bomb"], "asserted", "2025-06-25", "day",
          A("حركة الشباب", SHB, "SOM", "armed_group"), A("الجيش الوطني الصومالي", "Somali National Army", "SOM", "military"),
          [JOW], 7, 11, "قُتل سبعة جنود من الجيش الوطني الصومالي وأصيب 11 آخرون",
          S("ضابط في الجيش", "anonymous", "Somali army officer"), "فجّر انتحاري من حركة الشباب"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "claimed", "2025-06-24", "day",
          A("الحركة", SHB, "SOM", "armed_group"),
          A("قوات بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال", "African Union Support and Stabilization Mission in Somalia (AUSSOM)", None, "military"),
          [BAL], None, None, "قتلى وجرحى في صفوف الغزاة", S("الحركة", "perpetrator_claim", SHB), "هجوماً بقذائف الهاون"),
        E("ASSAULT", ["Battles", "Government regains territory"], "asserted", "2025-06-25", "day",
          A("قوات الجيش", "Somali National Army", "SOM", "military"), A("عناصر الحركة", SHB, "SOM", "armed_group"),
          [MAH], None, None, "", S("وزارة الدفاع الصومالية", "official", "Somali Ministry of Defence"), "استعادت السيطرة على بلدة مهداي"),
        E("ASSAULT", ["Battles", "Non-state actor overtakes territory"], "asserted", "2025-06-18", "week",
          A("عناصر الحركة", SHB, "SOM", "armed_group"), None,
          [MAH], None, None, "", S("وزارة الدفاع الصومالية", "official", "Somali Ministry of Defence"), "استعادت السيطرة على بلدة مهداي"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-06-23", "day",
          A("القيادة الأمريكية في أفريقيا", "US Africa Command (AFRICOM)", "USA", "military"), A("مقاتلي الحركة", SHB, "SOM", "armed_group"),
          [BAL], None, None, "", S("القيادة الأمريكية في أفريقيا", "official", "US Africa Command (AFRICOM)"), "غارة جوية ليل الاثنين"),
        E("AID", None, "asserted", "2025-06-24", "day",
          A("المجلس النرويجي للاجئين", "Norwegian Refugee Council", None, "other"),
          A("600 أسرة نازحة", "IDPs (Somalia)", "SOM", "civilians"),
          [JOW], None, None, "", S("المجلس النرويجي للاجئين", "ngo", "Norwegian Refugee Council"), "وقال المجلس النرويجي للاجئين"),
        E("THREATEN", None, "asserted", "2025-06-25", "day",
          A("المتحدث العسكري باسم الحركة", SHB, "SOM", "armed_group"), None,
          [], None, None, "", S("المتحدث العسكري باسم الحركة", "official", "Al-Shabaab military spokesperson"), "وتوعّد المتحدث العسكري"),
        E("REQUEST", None, "asserted", "2025-06-24", "day",
          A("رئيس ولاية هيرشبيلي", "Hirshabelle State government", "SOM", "government"),
          A("الحكومة الفيدرالية", "Federal Government of Somalia", "SOM", "government"),
          [JOW], None, None, "", S("رئيس ولاية هيرشبيلي", "official", "Hirshabelle State President"), "أما رئيس ولاية هيرشبيلي"),
    ],
    notes=("Published Wed 2025-06-25 (HTML). Dates: «فجر اليوم الأربعاء», «ظهر اليوم», «اليوم» -> 06-25; «مساء أمس», «أمس», «الثلاثاء» -> 06-24; "
           "«ليل الاثنين» -> 06-23; «الأسبوع الماضي» -> week 06-16..06-22, coded Wed 06-18 (week). P1 car bomb by a suicide attacker at a base "
           "gate: Explosions/Remote violence/Suicide bomb, source an unnamed officer (anonymous). P2 al-Shabaab's mortar claim via its radio, "
           "unconfirmed («وهو ما لم تؤكده البعثة»): claimed, perpetrator_claim, vague toll null. AUSSOM actor role military, country null. "
           "P3 carries two events: the army's recapture of Mahaday (Government regains territory, dated by the statement) and, in the "
           "relative clause, al-Shabaab's capture of it the week before (Non-state actor overtakes territory, week precision, actor2 not "
           "named so null). P4 AFRICOM strike placed at Balcad (30 km away, within tolerance). P5: first sentence (OCHA displacement count) "
           "not coded; second is NRC aid (ngo). P6 threat with no place. P7 the Hirshabelle president's call, placed at the Jowhar meeting. "
           "P8 background. Mahaday coordinates approximate."),
)

# ---------------------------------------------------------------- 004  (published Tue 2026-01-20)
T004 = "شهيدان في قباطية واشتباكات في طولكرم وإضراب شامل يعم جنين"
JEN = L("جنين", "Jenin", "PS", "West Bank", "city", 32.46, 35.30)
TUL = L("طولكرم", "Tulkarm", "PS", "West Bank", "city", 32.31, 35.03)
ISR = "Israeli military"
A004 = dict(
    id="004_news_item", format="text", published="2026-01-20", title=T004,
    head=[T004, T004, "نُشر الثلاثاء، 2026.01.20 - 13:15", "جنين - صوت الضفة",
          "آليات عسكرية إسرائيلية عند مدخل مدينة جنين (أرشيف - وفا)", "تكبير النص | تصغير النص | نسخة للطباعة"],
    foot=["تابع أيضاً:", "ارتفاع أسعار زيت الزيتون في أسواق طولكرم", "الاحتلال يغلق حاجز عناب شرق طولكرم",
          "الوسوم - جنين - طولكرم - الأسرى", "انضموا إلينا على صفحتنا في فيسبوك",
          "جميع الحقوق محفوظة لشبكة صوت الضفة © 2026"],
    paras=[
        "استشهد شابان وأصيب ثلاثة آخرون برصاص قوات الاحتلال الإسرائيلي، فجر اليوم الثلاثاء، خلال اقتحامها بلدة قباطية جنوب جنين، وفق ما أعلنته وزارة الصحة الفلسطينية.",
        "وفي مدينة طولكرم، أفاد شهود عيان بأن مسلحين أطلقوا النار، ليل أمس، على قوة إسرائيلية توغلت في مخيم طولكرم واشتبكوا معها قرابة ساعة، دون أن يُبلَّغ عن إصابات في صفوف الطرفين.",
        "بدورها، أعلنت كتيبة طولكرم التابعة لسرايا القدس، في بيان صباح اليوم، أن مقاتليها فجّروا عبوة ناسفة بجرافة عسكرية إسرائيلية عند المدخل الشرقي لمخيم نور شمس، مؤكدة \"إعطابها بشكل مباشر\"، وهو ما لم يعلّق عليه جيش الاحتلال.",
        "واعتقلت قوات الاحتلال، فجر اليوم، 14 مواطناً من محافظتي جنين وطولكرم، بينهم أسيران محرران وطالب جامعي، بعد مداهمة منازلهم وتفتيشها، بحسب نادي الأسير الفلسطيني.",
        "وفي مخيم جنين، هدمت جرافات الاحتلال، أمس الأول، أربعة منازل في حي الهدف وجرفت ما تبقى من شبكات المياه والصرف الصحي، وفق ما أفادت به بلدية جنين.",
        "وعمّ الإضراب الشامل مدينة جنين وبلداتها اليوم، إذ أغلق التجار محالهم وتعطلت المدارس والجامعات، حداداً على الشهيدين واحتجاجاً على الاقتحامات المتواصلة، استجابة لدعوة القوى الوطنية والإسلامية في المحافظة.",
        "ودانت الرئاسة الفلسطينية، في بيان نشرته وكالة الأنباء والمعلومات الفلسطينية (وفا) ظهر اليوم، \"التصعيد الخطير\" في شمال الضفة الغربية، وحمّلت الحكومة الإسرائيلية المسؤولية الكاملة عن تداعياته.",
        "ودعت القوى الوطنية والإسلامية في طولكرم المواطنين إلى المشاركة في مسيرة غضب تنطلق من وسط المدينة يوم الجمعة المقبل، رفضاً لاستمرار العمليات العسكرية في المخيمات.",
        "ومنذ إطلاق الجيش الإسرائيلي عملية \"السور الحديدي\" في شمال الضفة مطلع العام الماضي، نزح عشرات الآلاف من سكان مخيمات جنين وطولكرم ونور شمس، ولا يزال معظمهم ممنوعين من العودة إلى منازلهم.",
    ],
    entities=[
        ("قباطية", "GPE", "Qabatiya"),
        ("جنين", "GPE", "Jenin"),
        ("وزارة الصحة الفلسطينية", "ORG", "Palestinian Ministry of Health"),
        ("طولكرم", "GPE", "Tulkarm"),
        ("مخيم طولكرم", "GPE", "Tulkarm refugee camp"),
        ("كتيبة طولكرم", "ORG", "Tulkarm Brigade (Al-Quds Brigades)"),
        ("سرايا القدس", "ORG", "Al-Quds Brigades"),
        ("مخيم نور شمس", "GPE", "Nur Shams refugee camp"),
        ("جيش الاحتلال", "ORG", ISR),
        ("نادي الأسير الفلسطيني", "ORG", "Palestinian Prisoners' Society"),
        ("مخيم جنين", "GPE", "Jenin refugee camp"),
        ("حي الهدف", "GPE", "Al-Hadaf neighbourhood (Jenin camp)"),
        ("بلدية جنين", "ORG", "Jenin Municipality"),
        ("القوى الوطنية والإسلامية", "ORG", "Palestinian National and Islamic Forces"),
        ("الرئاسة الفلسطينية", "ORG", "Palestinian Presidency"),
        ("وكالة الأنباء والمعلومات الفلسطينية", "ORG", "WAFA"),
        ("وفا", "ORG", "WAFA"),
        ("الضفة الغربية", "GPE", "West Bank"),
        ("الجيش الإسرائيلي", "ORG", ISR),
        ("الضفة", "GPE", "West Bank"),
        ("نور شمس", "GPE", "Nur Shams refugee camp"),
    ],
    events=[
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2026-01-20", "day",
          A("قوات الاحتلال الإسرائيلي", ISR, "ISR", "military"), A("شابان", "Palestinian civilians", "PSE", "civilians"),
          [L("قباطية", "Qabatiya", "PS", "West Bank", "city", 32.41, 35.28)], 2, 3, "استشهد شابان وأصيب ثلاثة آخرون",
          S("وزارة الصحة الفلسطينية", "official", "Palestinian Ministry of Health"), "استشهد شابان"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-01-19", "day",
          A("مسلحين", "Palestinian armed groups", "PSE", "armed_group"), A("قوة إسرائيلية", ISR, "ISR", "military"),
          [L("مخيم طولكرم", "Tulkarm refugee camp", "PS", "West Bank", "city", 32.31, 35.04)], 0, 0,
          "دون أن يُبلَّغ عن إصابات في صفوف الطرفين", S("شهود عيان", "witness", "Eyewitnesses"), "مسلحين أطلقوا النار"),
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "claimed", "2026-01-20", "day",
          A("كتيبة طولكرم", "Tulkarm Brigade (Al-Quds Brigades)", "PSE", "armed_group"),
          A("جرافة عسكرية إسرائيلية", ISR, "ISR", "military"),
          [L("مخيم نور شمس", "Nur Shams refugee camp", "PS", "West Bank", "city", 32.32, 35.07)], None, None, "",
          S("كتيبة طولكرم", "perpetrator_claim", "Tulkarm Brigade (Al-Quds Brigades)"), "فجّروا عبوة ناسفة"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-01-20", "day",
          A("قوات الاحتلال", ISR, "ISR", "military"), A("14 مواطناً", "Palestinian civilians", "PSE", "civilians"),
          [JEN], None, None, "", S("نادي الأسير الفلسطيني", "ngo", "Palestinian Prisoners' Society"), "14 مواطناً"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-01-20", "day",
          A("قوات الاحتلال", ISR, "ISR", "military"), A("14 مواطناً", "Palestinian civilians", "PSE", "civilians"),
          [TUL], None, None, "", S("نادي الأسير الفلسطيني", "ngo", "Palestinian Prisoners' Society"), "14 مواطناً"),
        E("COERCE", ["Strategic developments", "Looting/property destruction"], "asserted", "2026-01-18", "day",
          A("جرافات الاحتلال", ISR, "ISR", "military"), None,
          [L("مخيم جنين", "Jenin refugee camp", "PS", "West Bank", "city", 32.46, 35.29)], None, None, "",
          S("بلدية جنين", "official", "Jenin Municipality"), "هدمت جرافات الاحتلال"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2026-01-20", "day",
          A("التجار", "Protesters (Palestine): striking shopkeepers", "PSE", "protesters"), None,
          [JEN], None, None, "", OWN, "وعمّ الإضراب الشامل"),
        E("ACCUSE", None, "asserted", "2026-01-20", "day",
          A("الرئاسة الفلسطينية", "Palestinian Presidency", "PSE", "government"),
          A("الحكومة الإسرائيلية", "Government of Israel", "ISR", "government"),
          [], None, None, "", S("الرئاسة الفلسطينية", "official", "Palestinian Presidency"), "ودانت الرئاسة الفلسطينية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2026-01-23", "day",
          A("المواطنين", "Protesters (Palestine)", "PSE", "protesters"), None,
          [TUL], None, None, "", S("القوى الوطنية والإسلامية في طولكرم", "official", "Palestinian National and Islamic Forces (Tulkarm)"),
          "مسيرة غضب"),
    ],
    notes=("Published Tue 2026-01-20. Dates: «فجر اليوم الثلاثاء», «صباح اليوم», «فجر اليوم», «اليوم», «ظهر اليوم» -> 01-20; «ليل أمس» -> 01-19; "
           "«أمس الأول» -> 01-18; «يوم الجمعة المقبل» -> 01-23. P1 shooting of two young men during a raid with no clash named: Violence "
           "against civilians/Attack; dual «شابان» -> 2, «ثلاثة» -> 3. P2 armed clash in Tulkarm camp, explicit no casualties -> 0/0. "
           "P3 the Tulkarm Brigade's IED claim, not confirmed («وهو ما لم يعلّق عليه جيش الاحتلال»): claimed; the statement gives no separate "
           "day for the blast, so it takes the statement's day. P4 names two governorates for one arrest campaign: two COERCE/Arrests events, "
           "one per place (the 14 is a head count, not split). P5 house demolitions in Jenin camp: Looting/property destruction, source the "
           "municipality (official). P6 the general strike is a PROTEST (Peaceful protest) with the shopkeepers as actor1, outlet_own. "
           "P7 the Presidency statement relayed by WAFA: source is the Presidency (official). P8 planned march (source the factions). "
           "P9 background. «الشهيدين» and «أسيران» are not casualty counts of new events."),
)
