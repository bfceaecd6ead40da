"""heldout27 article specs 005-008 (invented events; real places, institutions and armed groups; no person named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 005  (published Mon 2025-06-16)
T005 = "توقيفات بسبب تسريب مواضيع البكالوريا في وهران وقطع للإنترنت خلال الاختبارات"
ORAN = L("وهران", "Oran", "DZ", "Oran", "city", 35.70, -0.63)
ARZEW = L("أرزيو", "Arzew", "DZ", "Oran", "city", 35.85, -0.32)
AINTURK = L("عين الترك", "Aïn El Turk", "DZ", "Oran", "city", 35.74, -0.77)
ORAN_W = L("ولاية وهران", "Oran Province", "DZ", "Oran", "admin1", 35.6, -0.6)
ALG = L("الجزائر", "Algeria", "DZ", None, "country", 28.0, 2.6)
ALGIERS = L("الجزائر العاصمة", "Algiers", "DZ", "Algiers", "city", 36.75, 3.06)
DGSN = A("المديرية العامة للأمن الوطني", "General Directorate of National Security (Algeria)", "DZA", "police")
A005 = dict(
    id="005_news_item", format="text", published="2025-06-16", title=T005,
    head=[T005, "الإثنين 16 جوان 2025 | 19:40", "وهران - مكتب الغرب", "مترشحون أمام أحد مراكز إجراء امتحان البكالوريا (أرشيف)",
          "مشاركة: فيسبوك - إكس - واتساب"],
    foot=["الأكثر قراءة: ارتفاع أسعار الأضاحي في أسواق الغرب الجزائري",
          "الكلمات الدلالية: البكالوريا، وهران، الغش، الإنترنت",
          "© 2025 الغرب اليوم - جميع الحقوق محفوظة"],
    paras=[
        "أوقفت مصالح الأمن الوطني، أمس الأحد، 7 أشخاص بينهم أستاذان في مدينة وهران، للاشتباه في تسريبهم مواضيع امتحان شهادة البكالوريا عبر مواقع التواصل الاجتماعي بعد دقائق من انطلاق الاختبارات، بحسب ما أعلنته المديرية العامة للأمن الوطني.",
        "كما أوقفت وحدات الدرك الوطني، في اليوم نفسه، ثلاثة مترشحين أحرار في أرزيو واثنين آخرين في عين الترك، ضُبطت بحوزتهم هواتف وسماعات لاسلكية داخل مراكز الإجراء، بحسب ما أعلنته خلية الاتصال للمجموعة الإقليمية للدرك. وعاش مستخدمو الهاتف المحمول في الجزائر انقطاعاً شبه كلي للإنترنت صباح اليوم، بعدما قيّدت السلطات الشبكة خلال ساعات الاختبارات كما في السنوات الماضية.",
        "واحتج عشرات المترشحين وأوليائهم، ظهر اليوم، أمام مديرية التربية في وهران بعد منعهم من دخول مراكز الامتحان بسبب التأخر، قبل أن تفرقهم قوات الشرطة بالقوة، بحسب ما قاله شهود عيان لموقع «الشروق أونلاين». لكن المديرية العامة للأمن الوطني نفت، في بيان مساء اليوم، توقيف أي من المحتجين أمام مديرية التربية في وهران، مؤكدة أن عناصرها «اكتفوا بفتح الطريق».",
        "وقررت وزارة التربية الوطنية، في بيان اليوم، إقصاء 41 مترشحاً ضُبطوا متلبسين بالغش في ولاية وهران من اجتياز امتحانات البكالوريا لمدة خمس سنوات، مع إحالة ملفاتهم على العدالة.",
        "وكان وزير التربية الوطنية قد عقد، الأسبوع الماضي، اجتماعاً في الجزائر العاصمة مع ممثلي نقابات القطاع ومصالح الأمن لضبط إجراءات تأمين الامتحان. ويجتاز البكالوريا هذا العام أكثر من 860 ألف مترشح عبر الوطن، فيما تعود أشهر فضائح التسريب إلى دورة 2016 التي أُعيدت اختباراتها جزئياً.",
        "وأفادت وكالة الأنباء الجزائرية بأن والي وهران ترأس، مساء أمس، اجتماعاً لخلية متابعة الامتحان بمقر الولاية خُصص لتقييم سير اليوم الأول.",
        "ومن المقرر أن تنظم النقابة الوطنية المستقلة لأساتذة التعليم الثانوي والتقني وقفة احتجاجية أمام مديرية التربية في وهران يوم الخميس المقبل، رفضاً لما وصفته بـ«تحميل الأساتذة مسؤولية التسريبات»، بحسب ما أعلنته النقابة في بيان.",
        "وقال مصدر في الديوان الوطني للامتحانات والمسابقات لوكالة الأنباء الجزائرية إن السلطات قد تلجأ إلى قطع الإنترنت الثابت أيضاً خلال الأيام المتبقية إذا استمرت محاولات التسريب.",
    ],
    entities=[
        ("وهران", "GPE", "Oran"),
        ("المديرية العامة للأمن الوطني", "ORG", "General Directorate of National Security (Algeria)"),
        ("الدرك الوطني", "ORG", "National Gendarmerie (Algeria)"),
        ("أرزيو", "GPE", "Arzew"),
        ("عين الترك", "GPE", "Aïn El Turk"),
        ("الجزائر", "GPE", "Algeria"),
        ("الشروق أونلاين", "ORG", "Echorouk Online"),
        ("وزارة التربية الوطنية", "ORG", "Ministry of National Education (Algeria)"),
        ("ولاية وهران", "GPE", "Oran Province"),
        ("الجزائر العاصمة", "GPE", "Algiers"),
        ("وكالة الأنباء الجزائرية", "ORG", "Algérie Presse Service (APS)"),
        ("النقابة الوطنية المستقلة لأساتذة التعليم الثانوي والتقني", "ORG", "SNAPEST (secondary and technical teachers' union)"),
        ("الديوان الوطني للامتحانات والمسابقات", "ORG", "National Office of Examinations and Competitions (ONEC)"),
    ],
    events=[
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-06-15", "day",
          A("مصالح الأمن الوطني", "Algerian national police", "DZA", "police"),
          A("7 أشخاص بينهم أستاذان", "Suspected exam leakers (Oran)", "DZA", "civilians"), [ORAN], None, None, "",
          S("المديرية العامة للأمن الوطني", "official", "General Directorate of National Security (Algeria)"), "أوقفت مصالح"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-06-15", "day",
          A("وحدات الدرك الوطني", "National Gendarmerie (Algeria)", "DZA", "police"),
          A("ثلاثة مترشحين أحرار", "Exam candidates (Arzew)", "DZA", "civilians"), [ARZEW], None, None, "",
          S("خلية الاتصال للمجموعة الإقليمية للدرك", "official", "Oran regional gendarmerie group"), "كما أوقفت وحدات"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-06-15", "day",
          A("وحدات الدرك الوطني", "National Gendarmerie (Algeria)", "DZA", "police"),
          A("اثنين آخرين", "Exam candidates (Aïn El Turk)", "DZA", "civilians"), [AINTURK], None, None, "",
          S("خلية الاتصال للمجموعة الإقليمية للدرك", "official", "Oran regional gendarmerie group"), "كما أوقفت وحدات"),
        E("COERCE", None, "asserted", "2025-06-16", "day", A("السلطات", "Government of Algeria", "DZA", "government"),
          A("مستخدمو الهاتف المحمول", "Mobile internet users (Algeria)", "DZA", "civilians"), [ALG], None, None, "",
          OWN, "وعاش مستخدمو"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2025-06-16", "day",
          A("عشرات المترشحين وأوليائهم", "Exam candidates and parents (Oran)", "DZA", "protesters"),
          A("قوات الشرطة", "Algerian national police", "DZA", "police"), [ORAN], None, None, "",
          S("شهود عيان", "witness", "Eyewitnesses (via Echorouk Online)"), "واحتج عشرات"),
        E("COERCE", ["Strategic developments", "Arrests"], "denied", "2025-06-16", "day", DGSN,
          A("المحتجين", "Exam candidates and parents (Oran)", "DZA", "protesters"), [ORAN], None, None, "",
          S("المديرية العامة للأمن الوطني", "official", "General Directorate of National Security (Algeria)"), "لكن المديرية"),
        E("SANCTION", None, "asserted", "2025-06-16", "day",
          A("وزارة التربية الوطنية", "Ministry of National Education (Algeria)", "DZA", "government"),
          A("41 مترشحاً", "Exam candidates caught cheating (Oran)", "DZA", "civilians"), [ORAN_W], None, None, "",
          S("وزارة التربية الوطنية", "official", "Ministry of National Education (Algeria)"), "وقررت وزارة"),
        E("CONSULT", None, "asserted", "2025-06-11", "week",
          A("وزير التربية الوطنية", "Minister of National Education (Algeria)", "DZA", "government"),
          A("ممثلي نقابات القطاع", "Education unions (Algeria)", "DZA", "other"), [ALGIERS], None, None, "",
          OWN, "وكان وزير التربية"),
        E("CONSULT", None, "asserted", "2025-06-15", "day",
          A("والي وهران", "Wali of Oran", "DZA", "government"), None, [ORAN], None, None, "",
          S("وكالة الأنباء الجزائرية", "wire", "Algérie Presse Service (APS)"), "وأفادت وكالة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2025-06-19", "day",
          A("النقابة الوطنية المستقلة لأساتذة التعليم الثانوي والتقني", "SNAPEST (secondary and technical teachers' union)", "DZA", "other"),
          None, [ORAN], None, None, "", S("النقابة", "official", "SNAPEST"), "ومن المقرر أن تنظم"),
        E("COERCE", None, "hypothetical", "2025-06-16", "day", A("السلطات", "Government of Algeria", "DZA", "government"),
          None, [], None, None, "",
          S("مصدر في الديوان الوطني للامتحانات والمسابقات", "anonymous", "ONEC source (via APS)"), "وقال مصدر"),
    ],
    notes=("Published Mon 2025-06-16; Algerian date line «الإثنين 16 جوان 2025 | 19:40» (French-derived month «جوان», weekday checked). "
           "Dates: «أمس الأحد» / «في اليوم نفسه» (P2 S1, the day of P1) / «مساء أمس» -> 06-15; «صباح اليوم» / «ظهر اليوم» / «مساء اليوم» / «اليوم» -> 06-16; «الأسبوع الماضي» -> "
           "the previous Monday-Sunday week, its Wednesday 06-11 with precision week (SCHEMA); «يوم الخميس المقبل» -> Thu 06-19; the "
           "hypothetical takes the publication day. P1: 7 "
           "arrested in Oran city -> official. P2 S1: one sentence, two places -> two arrest events (Arzew, Aïn El Turk), the "
           "gendarmerie's communication cell -> official. P2 S2: mobile internet restricted nationwide -> COERCE, no ACLED type, "
           "placed at the country (text «الجزائر»), outlet_own. P3 S1: candidates and parents dispersed «بالقوة» without weapons or "
           "casualties -> Protests / Protest with intervention, witnesses via a site -> witness. P3 S2: the police deny arresting "
           "any protester -> denied Arrests at Oran. P4: exclusion of 41 candidates for five years -> SANCTION, no ACLED type, "
           "admin1 Oran Province. P5 S1: «الأسبوع الماضي» meeting in Algiers, no attribution -> outlet_own. P5 S2: figures and "
           "history, not coded. P6: APS speaking for itself -> wire; the wali's meeting at the wilaya seat (Oran city). P7: the "
           "union's planned stand; «رفضاً لـ» is an adverbial aside, not a REJECT event. P8: «قد تلجأ ... إذا» -> hypothetical "
           "COERCE, no place named; ONEC source via APS -> anonymous. Oran Province (admin1 Oran) is the main region. "
           "Coordinates approximate."),
)

# ---------------------------------------------------------------- 006  (published Fri 2024-04-19)
T006 = "إضراب لسيارات الأجرة في الدار البيضاء بعد الاعتداء على سائق يعمل عبر تطبيق"
CASA = L("الدار البيضاء", "Casablanca", "MA", "Casablanca-Settat", "city", 33.57, -7.59)
MOHAM = L("المحمدية", "Mohammedia", "MA", "Casablanca-Settat", "city", 33.69, -7.38)
CMN = L("مطار محمد الخامس الدولي", "Mohammed V International Airport", "MA", "Casablanca-Settat", "facility", 33.37, -7.59)
CASA_R = L("جهة الدار البيضاء سطات", "Casablanca-Settat Region", "MA", "Casablanca-Settat", "admin1", 33.2, -7.6)
RABAT = L("الرباط", "Rabat", "MA", "Rabat-Salé-Kénitra", "city", 34.02, -6.84)
MAROC = L("المغرب", "Morocco", "MA", None, "country", 31.8, -7.1)
WALI = A("والي جهة الدار البيضاء سطات", "Wali of Casablanca-Settat", "MAR", "government")
SRC_MAP = S("مصدر في الولاية", "anonymous", "Wilaya source (via MAP)")
A006 = dict(
    id="006_news_item", format="html", published="2024-04-19", title=T006,
    html=dict(
        site="البيضاء بريس",
        nav=["الرئيسية", "مجتمع", "جهات", "اقتصاد", "رياضة", "فن وثقافة"],
        kicker="مجتمع",
        byline="الدار البيضاء - هيئة التحرير",
        datetime="2024-04-19T20:05:00+01:00",
        time="الجمعة 19 أبريل 2024 - 20:05",
        img="/uploads/2024/04/taxis-casa.jpg",
        caption="سيارات أجرة صغيرة في أحد شوارع الدار البيضاء (أرشيف)",
        share=["شارك", "فيسبوك", "تويتر", "واتساب"],
        tags=["الوسوم", "سيارات الأجرة", "التطبيقات", "النقل"],
        related=["مقالات ذات صلة", "تأخر أشغال الخط الرابع للترامواي بالبيضاء", "ارتفاع أسعار المحروقات للمرة الثالثة هذا العام"],
        footer=["من نحن", "هيئة التحرير", "اتصل بنا", "جميع الحقوق محفوظة © 2024 البيضاء بريس"],
    ),
    paras=[
        "هاجم عدد من سائقي سيارات الأجرة الكبيرة، مساء أمس الخميس، سيارة يقودها سائق يعمل عبر أحد تطبيقات النقل قرب مطار محمد الخامس الدولي بالدار البيضاء، كبرى مدن المغرب، وحطموا زجاجها واعتدوا عليه بالضرب، ما تسبب في إصابته بجروح نُقل على إثرها إلى المستشفى، وفق ما أكده شهود عيان لموقع «هسبريس».",
        "وأعلنت ولاية أمن الدار البيضاء، في بلاغ اليوم الجمعة، توقيف خمسة سائقين للاشتباه في تورطهم في الاعتداء، ووضعهم تحت تدابير الحراسة النظرية بأمر من النيابة العامة المختصة. وكانت عناصر الأمن قد حجزت، ليل الأربعاء، 12 سيارة تعمل عبر التطبيقات في حملة بمدينة المحمدية، بحسب ما أوردته صحيفة «الصباح».",
        "وشلّ إضراب لسائقي سيارات الأجرة حركة النقل في الدار البيضاء والمحمدية صباح اليوم، حيث اصطفت مئات السيارات على جنبات الطرق الرئيسية، وفق ما عاينه مراسلنا. وهدد المكتب النقابي لسائقي سيارات الأجرة التابع لـ«الكونفدرالية الديمقراطية للشغل» بـ«شلّ المدينة أسبوعاً كاملاً» إذا لم تتدخل السلطات لوقف ما يسميه «النقل السري».",
        "وعقد والي جهة الدار البيضاء سطات، مساء اليوم، اجتماعاً مع ممثلي النقابات انتهى باتفاق على تعليق الإضراب مقابل تشديد المراقبة على السيارات العاملة عبر التطبيقات، فيما رفضت نقابة محسوبة على الاتحاد المغربي للشغل الاتفاق، بحسب ما نقلته وكالة المغرب العربي للأنباء عن مصدر في الولاية.",
        "ونفت شركة «إن درايف»، في بيان اليوم، ما تداولته مواقع إخبارية عن تعليق خدماتها في الدار البيضاء، مؤكدة أن تطبيقها «يعمل بشكل عادي».",
        "وقرر عامل عمالة المحمدية، اليوم، سحب رخص الثقة من ثلاثة سائقي أجرة شاركوا في عرقلة السير خلال الإضراب، بحسب ما أعلنته العمالة في بلاغ. ويعمل في الدار البيضاء أكثر من 9 آلاف سيارة أجرة صغيرة، في حين لا يوجد إطار قانوني ينظم النقل عبر التطبيقات منذ مغادرة «أوبر» المغرب عام 2018.",
        "ومن المقرر أن يلتقي وزير النقل واللوجستيك ممثلي المهنيين في الرباط يوم الاثنين المقبل لبحث مشروع مرسوم ينظم القطاع، بحسب ما أفاد به مصدر في الوزارة.",
        "وقال مسؤول في وزارة الداخلية، طلب عدم ذكر اسمه، إن السلطات قد تلجأ إلى حجب تطبيقات النقل في المغرب مؤقتاً إذا تكررت المواجهات بين السائقين.",
    ],
    entities=[
        ("مطار محمد الخامس الدولي", "FAC", "Mohammed V International Airport"),
        ("الدار البيضاء", "GPE", "Casablanca"),
        ("هسبريس", "ORG", "Hespress"),
        ("ولاية أمن الدار البيضاء", "ORG", "Casablanca Prefecture of Police"),
        ("المحمدية", "GPE", "Mohammedia"),
        ("الصباح", "ORG", "Assabah (newspaper)"),
        ("الكونفدرالية الديمقراطية للشغل", "ORG", "Democratic Confederation of Labour (CDT)"),
        ("جهة الدار البيضاء سطات", "GPE", "Casablanca-Settat Region"),
        ("الاتحاد المغربي للشغل", "ORG", "Moroccan Workers' Union (UMT)"),
        ("وكالة المغرب العربي للأنباء", "ORG", "Maghreb Arab Press (MAP)"),
        ("إن درايف", "ORG", "inDrive"),
        ("عمالة المحمدية", "GPE", "Mohammedia Prefecture"),
        ("أوبر", "ORG", "Uber"),
        ("المغرب", "GPE", "Morocco"),
        ("الرباط", "GPE", "Rabat"),
        ("وزارة الداخلية", "ORG", "Ministry of Interior (Morocco)"),
    ],
    events=[
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2024-04-18", "day",
          A("عدد من سائقي سيارات الأجرة الكبيرة", "Taxi drivers (Casablanca)", "MAR", "civilians"),
          A("سائق يعمل عبر أحد تطبيقات النقل", "Ride-hailing driver", "MAR", "civilians"), [CMN], None, 1,
          "إصابته بجروح", S("شهود عيان", "witness", "Eyewitnesses (via Hespress)"), "هاجم عدد"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-04-19", "day",
          A("ولاية أمن الدار البيضاء", "Casablanca Prefecture of Police", "MAR", "police"),
          A("خمسة سائقين", "Taxi drivers (Casablanca)", "MAR", "civilians"), [CASA], None, None, "",
          S("ولاية أمن الدار البيضاء", "official", "Casablanca Prefecture of Police"), "وأعلنت ولاية أمن"),
        E("COERCE", None, "asserted", "2024-04-17", "day", A("عناصر الأمن", "Moroccan police", "MAR", "police"),
          A("12 سيارة تعمل عبر التطبيقات", "Ride-hailing drivers (Mohammedia)", "MAR", "civilians"), [MOHAM], None, None, "",
          S("الصباح", "media", "Assabah (newspaper)"), "وكانت عناصر الأمن"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-04-19", "day",
          A("سائقي سيارات الأجرة", "Taxi drivers (Casablanca)", "MAR", "protesters"), None, [CASA], None, None, "",
          OWN, "وشلّ إضراب"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-04-19", "day",
          A("سائقي سيارات الأجرة", "Taxi drivers (Mohammedia)", "MAR", "protesters"), None, [MOHAM], None, None, "",
          OWN, "وشلّ إضراب"),
        E("THREATEN", None, "asserted", "2024-04-19", "day",
          A("المكتب النقابي لسائقي سيارات الأجرة", "CDT taxi drivers' union office", "MAR", "other"),
          A("السلطات", "Moroccan authorities", "MAR", "government"), [], None, None, "",
          S("المكتب النقابي لسائقي سيارات الأجرة", "official", "CDT taxi drivers' union office"), "وهدد المكتب"),
        E("CONSULT", None, "asserted", "2024-04-19", "day", WALI,
          A("ممثلي النقابات", "Taxi drivers' unions", "MAR", "other"), [CASA_R], None, None, "", SRC_MAP, "وعقد والي"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2024-04-19", "day", WALI,
          A("ممثلي النقابات", "Taxi drivers' unions", "MAR", "other"), [CASA_R], None, None, "", SRC_MAP, "وعقد والي"),
        E("REJECT", None, "asserted", "2024-04-19", "day",
          A("نقابة محسوبة على الاتحاد المغربي للشغل", "UMT taxi drivers' union", "MAR", "other"), WALI, [], None, None, "",
          SRC_MAP, "وعقد والي"),
        E("RETREAT", None, "denied", "2024-04-19", "day", A("شركة «إن درايف»", "inDrive", None, "other"), None, [CASA],
          None, None, "", S("شركة «إن درايف»", "official", "inDrive"), "ونفت شركة"),
        E("SANCTION", None, "asserted", "2024-04-19", "day",
          A("عامل عمالة المحمدية", "Governor of Mohammedia Prefecture", "MAR", "government"),
          A("ثلاثة سائقي أجرة", "Taxi drivers (Mohammedia)", "MAR", "civilians"), [MOHAM], None, None, "",
          S("العمالة", "official", "Mohammedia Prefecture"), "وقرر عامل"),
        E("CONSULT", None, "planned", "2024-04-22", "day",
          A("وزير النقل واللوجستيك", "Minister of Transport and Logistics (Morocco)", "MAR", "government"),
          A("ممثلي المهنيين", "Taxi sector representatives", "MAR", "other"), [RABAT], None, None, "",
          S("مصدر في الوزارة", "anonymous", "Ministry of Transport source"), "ومن المقرر أن يلتقي"),
        E("COERCE", None, "hypothetical", "2024-04-19", "day", A("السلطات", "Moroccan authorities", "MAR", "government"),
          A("تطبيقات النقل", "Ride-hailing apps", None, "other"), [MAROC], None, None, "",
          S("مسؤول في وزارة الداخلية", "anonymous", "Interior Ministry official"), "وقال مسؤول"),
    ],
    notes=("Published Fri 2024-04-19; HTML page, Moroccan «الجمعة 19 أبريل 2024 - 20:05» in <time> (weekday checked). Dates: «مساء أمس "
           "الخميس» -> 04-18; «ليل الأربعاء» -> Wed 04-17; «اليوم الجمعة» / «صباح اليوم» / «مساء اليوم» / «اليوم» -> 04-19; «يوم الاثنين "
           "المقبل» -> Mon 04-22; the union's threat (no time word) and the hypothetical take the publication day. P1: taxi drivers "
           "beat an app driver and smash his car -> ASSAULT, Riots / Mob violence, placed at the airport; «إصابته» (singular) -> 1 "
           "injured; witnesses via Hespress -> witness. P2 S1: five arrests -> official. P2 S2: 12 app cars impounded in Mohammedia "
           "-> COERCE, no ACLED type; only attribution a newspaper -> media. P3 S1: one sentence, two places -> two Peaceful-protest "
           "events (Casablanca, Mohammedia), outlet_own. P3 S2: conditional threat of a week-long strike -> THREATEN (asserted), no "
           "place («المدينة» is not a name). P4: one sentence, three kinds: the wali's meeting (CONSULT) and agreement (AGREE, "
           "Agreement) placed at the region named in his title (admin1), and a UMT union's rejection (REJECT, no venue); «وكالة "
           "المغرب العربي للأنباء عن مصدر في الولاية» -> anonymous. P5: inDrive denies suspending its service -> denied RETREAT. P6 S1: "
           "permits withdrawn -> SANCTION, no ACLED type. P6 S2: figures and background, not coded. P7: planned meeting in Rabat, "
           "anonymous. P8: «قد تلجأ ... إذا» -> hypothetical COERCE (blocking apps), placed at the country named. Casablanca-Settat "
           "(admin1) is the main region. Coordinates approximate."),
)

# ---------------------------------------------------------------- 007  (published Sat 2025-07-05)
T007 = "مقتل طفلة برصاص الابتهاج بنتائج التوجيهي في السلط وتوقيف ستة مطلقين للنار"
SALT = L("السلط", "Al-Salt", "JO", "Balqa", "city", 32.04, 35.73)
DALLA = L("دير علا", "Deir Alla", "JO", "Balqa", "city", 32.20, 35.62)
BASHA = L("عين الباشا", "Ain al-Basha", "JO", "Balqa", "city", 32.06, 35.84)
MAHIS = L("ماحص", "Mahis", "JO", "Balqa", "city", 31.98, 35.77)
FUHEIS = L("الفحيص", "Fuheis", "JO", "Balqa", "city", 32.00, 35.77)
PSD = A("مديرية الأمن العام", "Public Security Directorate (Jordan)", "JOR", "police")
BPOL = A("مديرية شرطة البلقاء", "Balqa Police Directorate", "JOR", "police")
A007 = dict(
    id="007_news_item", format="text", published="2025-07-05", title=T007,
    head=[T007, "٢٠٢٥/٠٧/٠٥ - ٢١:٢٠", "السلط - مندوبنا", "أسلحة مضبوطة في حملة سابقة على مطلقي العيارات النارية (أرشيف)",
          "طباعة | حفظ | أرسل لصديق"],
    foot=["اقرأ أيضاً: ارتفاع نسبة النجاح في امتحان الثانوية العامة إلى 62 بالمئة",
          "الوسوم: البلقاء - التوجيهي - إطلاق العيارات النارية",
          "جميع الحقوق محفوظة لموقع صدى البلقاء © ٢٠٢٥"],
    paras=[
        "قُتلت طفلة في العاشرة من عمرها وأصيب شابان، مساء أمس الجمعة، برصاص عشوائي أُطلق ابتهاجاً بنتائج امتحان الثانوية العامة (التوجيهي) في أحد أحياء مدينة السلط، بحسب ما أفاد به مصدر طبي في مستشفى السلط الحكومي.",
        "وأعلنت مديرية الأمن العام، في بيان اليوم، القبض على ٦ أشخاص أطلقوا العيارات النارية، ٤ منهم في السلط واثنان في دير علا، وضبط ٥ قطع سلاح بحوزتهم. ونفت المديرية ما تداولته مواقع إخبارية عن تعرض أحد الموقوفين للضرب داخل مركز أمن دير علا، مؤكدة أن التحقيق يجري «وفق الأصول القانونية».",
        "وفي عين الباشا، أضرم أقارب شاب أصيب برصاصة طائشة ليل الخميس النار في سيارتين تعودان لعائلة مطلق النار فجر اليوم، ما استدعى تدخل كوادر الدفاع المدني، وفق ما قاله شهود عيان لمراسلنا.",
        "وسلّم وجهاء من إحدى العشائر في ماحص، مساء أمس، شاباً مطلوباً بتهمة إطلاق النار إلى الأجهزة الأمنية، في خطوة أشاد بها محافظ البلقاء. ودفعت مديرية شرطة البلقاء بدوريات إضافية إلى أحياء السلط والفحيص مساء اليوم لمنع تكرار إطلاق النار خلال حفلات النجاح، بحسب ما أفادت به وكالة الأنباء الأردنية (بترا).",
        "وطالب المركز الوطني لحقوق الإنسان، في بيان اليوم، الحكومة بتشديد تطبيق قانون الأسلحة والذخائر وعدم قبول «الصلحات العشائرية» بديلاً عن الملاحقة القضائية.",
        "ومن المقرر أن يلتقي وزير الداخلية وجهاء عشائر البلقاء في مبنى المحافظة بالسلط يوم الاثنين المقبل، للتوقيع على «ميثاق شرف» يحرّم إطلاق العيارات النارية في المناسبات، بحسب ما أعلنته الوزارة.",
        "وقال مصدر في وزارة التربية والتعليم إن الوزارة قد تحجب شهادات الطلبة الذين يثبت إطلاق ذويهم النار احتفالاً بنجاحهم. ويعاقب قانون الأسلحة والذخائر المعدّل على إطلاق العيارات النارية في المناسبات بالحبس حتى ثلاث سنوات، فيما تقول مديرية الأمن العام إن الظاهرة أودت بحياة العشرات خلال العقد الأخير.",
        "ويرى ناشطون أن حملات التوعية وحدها لم تنجح في الحد من الظاهرة ما دامت العقوبات تُخفَّف بالصلح العشائري.",
    ],
    entities=[
        ("السلط", "GPE", "Al-Salt"),
        ("مستشفى السلط الحكومي", "FAC", "Al-Salt Government Hospital"),
        ("مديرية الأمن العام", "ORG", "Public Security Directorate (Jordan)"),
        ("دير علا", "GPE", "Deir Alla"),
        ("عين الباشا", "GPE", "Ain al-Basha"),
        ("الدفاع المدني", "ORG", "Civil Defence (Jordan)"),
        ("ماحص", "GPE", "Mahis"),
        ("البلقاء", "GPE", "Balqa Governorate"),
        ("مديرية شرطة البلقاء", "ORG", "Balqa Police Directorate"),
        ("الفحيص", "GPE", "Fuheis"),
        ("وكالة الأنباء الأردنية", "ORG", "Jordan News Agency (Petra)"),
        ("بترا", "ORG", "Jordan News Agency (Petra)"),
        ("المركز الوطني لحقوق الإنسان", "ORG", "National Centre for Human Rights (Jordan)"),
        ("وزارة التربية والتعليم", "ORG", "Ministry of Education (Jordan)"),
    ],
    events=[
        E("ASSAULT", None, "asserted", "2025-07-04", "day", None,
          A("طفلة في العاشرة من عمرها", "Civilians (Al-Salt)", "JOR", "civilians"), [SALT], 1, 2,
          "قُتلت طفلة في العاشرة من عمرها وأصيب شابان", S("مصدر طبي", "anonymous", "Medical source, Al-Salt hospital"), "قُتلت طفلة"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-07-05", "day", PSD,
          A("٤ منهم", "Celebratory-gunfire suspects (Al-Salt)", "JOR", "civilians"), [SALT], None, None, "",
          S("مديرية الأمن العام", "official", "Public Security Directorate (Jordan)"), "وأعلنت مديرية"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-07-05", "day", PSD,
          A("اثنان في دير علا", "Celebratory-gunfire suspects (Deir Alla)", "JOR", "civilians"), [DALLA], None, None, "",
          S("مديرية الأمن العام", "official", "Public Security Directorate (Jordan)"), "وأعلنت مديرية"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2025-07-05", "day",
          A("المديرية", "Public Security Directorate (Jordan)", "JOR", "police"),
          A("أحد الموقوفين", "A detainee (Deir Alla)", "JOR", "civilians"), [DALLA], None, None, "",
          S("المديرية", "official", "Public Security Directorate (Jordan)"), "ونفت المديرية"),
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2025-07-05", "day",
          A("أقارب شاب", "Relatives of an injured young man (Ain al-Basha)", "JOR", "civilians"),
          A("عائلة مطلق النار", "Family of a shooter (Ain al-Basha)", "JOR", "civilians"), [BASHA], None, None, "",
          S("شهود عيان", "witness", "Eyewitnesses"), "وفي عين الباشا"),
        E("COOPERATE", None, "asserted", "2025-07-04", "day",
          A("وجهاء من إحدى العشائر", "Clan notables (Mahis)", "JOR", "civilians"),
          A("الأجهزة الأمنية", "Jordanian security services", "JOR", "police"), [MAHIS], None, None, "", OWN, "وسلّم وجهاء"),
        E("MOBILIZE", None, "asserted", "2025-07-05", "day", BPOL, None, [SALT], None, None, "",
          S("وكالة الأنباء الأردنية", "wire", "Jordan News Agency (Petra)"), "ودفعت مديرية"),
        E("MOBILIZE", None, "asserted", "2025-07-05", "day", BPOL, None, [FUHEIS], None, None, "",
          S("وكالة الأنباء الأردنية", "wire", "Jordan News Agency (Petra)"), "ودفعت مديرية"),
        E("REQUEST", None, "asserted", "2025-07-05", "day",
          A("المركز الوطني لحقوق الإنسان", "National Centre for Human Rights (Jordan)", "JOR", "government"),
          A("الحكومة", "Government of Jordan", "JOR", "government"), [], None, None, "",
          S("المركز الوطني لحقوق الإنسان", "official", "National Centre for Human Rights (Jordan)"), "وطالب المركز"),
        E("CONSULT", None, "planned", "2025-07-07", "day",
          A("وزير الداخلية", "Minister of Interior (Jordan)", "JOR", "government"),
          A("وجهاء عشائر البلقاء", "Balqa clan notables", "JOR", "civilians"), [SALT], None, None, "",
          S("الوزارة", "official", "Ministry of Interior (Jordan)"), "ومن المقرر أن يلتقي"),
        E("SANCTION", None, "hypothetical", "2025-07-05", "day",
          A("الوزارة", "Ministry of Education (Jordan)", "JOR", "government"),
          A("الطلبة", "Tawjihi students whose relatives fired shots", "JOR", "civilians"), [], None, None, "",
          S("مصدر في وزارة التربية والتعليم", "anonymous", "Ministry of Education source"), "وقال مصدر"),
    ],
    notes=("Published Sat 2025-07-05; Jordanian date line in Eastern digits, year first «٢٠٢٥/٠٧/٠٥ - ٢١:٢٠» (no weekday named). "
           "Dates: «مساء أمس الجمعة» / «مساء أمس» -> 07-04; «فجر اليوم» / «مساء اليوم» / «اليوم» -> 07-05; «يوم الاثنين المقبل» -> Mon 07-07; "
           "the denied beating (no time of its own, after the arrests) and the hypothetical take the publication day. P1: random "
           "celebratory gunfire kills a girl and wounds two young men -> ASSAULT with no ACLED type (ACLED does not code celebratory "
           "fire), actor1 null (shooters unknown); «طفلة» (singular) -> 1 killed, «شابان» (dual) -> 2 injured; a medical source -> "
           "anonymous. P2 S1: one sentence, two places -> two arrest events (٤ in Al-Salt, two in Deir Alla; Eastern digits; the ٥ "
           "weapons are not casualties). P2 S2: the PSD denies a detainee was beaten at the Deir Alla station -> denied Violence "
           "against civilians / Attack. P3: relatives burn two cars of the shooter's family -> ASSAULT, Riots / Mob violence, "
           "witnesses; the Thursday-night wounding is a relative clause, not coded. P4 S1: clan notables hand a wanted man to the "
           "security services -> COOPERATE, outlet_own; the governor's praise is a relative clause, not coded. P4 S2: one sentence, "
           "two places -> two MOBILIZE (Al-Salt, Fuheis); Petra speaking for itself -> wire. P5: NCHR request (a state-established "
           "national institution -> official), no place. P6: planned meeting in Al-Salt, announced by the ministry -> official. "
           "P7 S1: «قد تحجب» -> hypothetical SANCTION (withholding certificates), no place. P7 S2 (law, aggregate) and P8 (opinion): "
           "not coded. Balqa governorate (admin1 Balqa) is the main region. Coordinates approximate."),
)

# ---------------------------------------------------------------- 008  (published Tue 2026-02-10)
T008 = "احتجاجات متقاعدين في كرمانشاه واعتقالات وبيجاك تعلن هجوماً قرب باوه"
KSH = L("كرمانشاه", "Kermanshah", "IR", "Kermanshah", "city", 34.31, 47.07)
ESLAM = L("إسلام آباد غرب", "Eslamabad-e Gharb", "IR", "Kermanshah", "city", 34.11, 46.53)
PAVEH = L("باوه", "Paveh", "IR", "Kermanshah", "city", 35.04, 46.36)
JAVAN = L("جوانرود", "Javanrud", "IR", "Kermanshah", "city", 34.80, 46.49)
QASR = L("قصر شيرين", "Qasr-e Shirin", "IR", "Kermanshah", "city", 34.52, 45.58)
SARPOL = L("سربل ذهاب", "Sarpol-e Zahab", "IR", "Kermanshah", "city", 34.46, 45.86)
TEHRAN = L("طهران", "Tehran", "IR", "Tehran", "city", 35.69, 51.39)
PJAK = A("حزب الحياة الحرة الكردستاني", "Party of Free Life of Kurdistan (PJAK)", "IRN", "armed_group")
IRGC = A("الحرس الثوري", "Islamic Revolutionary Guard Corps (IRGC)", "IRN", "military")
BGUARD = A("قوات حرس الحدود", "Iranian Border Guard", "IRN", "police")
A008 = dict(
    id="008_news_item", format="text", published="2026-02-10", title=T008,
    head=[T008, "10 فبراير 2026 - 19:30 بتوقيت غرينتش", "القسم الإيراني", "متقاعدون يرفعون لافتات خلال تجمع سابق في غرب إيران (أرشيف)",
          "حجم الخط: + | -"],
    foot=["اقرأ أيضاً: تراجع جديد للريال الإيراني أمام الدولار في السوق الحرة",
          "كلمات مفتاحية: إيران - كرمانشاه - المتقاعدون",
          "© 2026 مرصد الشؤون الإيرانية. جميع الحقوق محفوظة"],
    paras=[
        "تجمّع مئات المتقاعدين من منظمة الضمان الاجتماعي، صباح أمس الاثنين، أمام مبنى المحافظة في مدينة كرمانشاه غربي إيران، احتجاجاً على تأخر صرف معاشاتهم منذ ثلاثة أشهر ورفضاً لزيادة وصفوها بـ«الهزيلة»، بحسب ما أفادت به منظمة «هنغاو» لحقوق الإنسان.",
        "وفي إسلام آباد غرب، فرّقت قوات مكافحة الشغب بالهراوات، عصر أمس، تجمعاً مماثلاً أمام مكتب الضمان الاجتماعي في المدينة، ما أسفر عن إصابة ٣ متقاعدين، وفق ما قاله شهود عيان لقناة «إيران إنترناشيونال». واعتقلت الأجهزة الأمنية، ليل الاثنين، سبعة من منظمي التجمع في كرمانشاه، بحسب المنظمة نفسها.",
        "غير أن محافظ كرمانشاه نفى، في تصريح لوكالة «إرنا» الرسمية، اعتقال أي متقاعد في المدينة، مؤكداً أن «الحوار مستمر» مع ممثليهم.",
        "وأعلنت منظمة الضمان الاجتماعي، في بيان اليوم، أنها ستصرف الدفعة المتأخرة من المعاشات ابتداءً من يوم السبت المقبل، في خطوة وصفها ممثلو المتقاعدين بأنها «غير كافية».",
        "من جهة أخرى، أعلن حزب الحياة الحرة الكردستاني (بيجاك)، في بيان اليوم، أن مقاتليه هاجموا ليل الأحد نقطة للحرس الثوري قرب مدينة باوه وقتلوا أربعة من عناصرها، من دون أن يصدر أي تعليق من الحرس. وقالت قاعدة حمزة سيد الشهداء التابعة للقوات البرية في الحرس الثوري، في بيان نقلته وكالة «تسنيم»، إن طائرات مسيّرة قصفت فجر اليوم «تجمعاً لعناصر إرهابية» في المرتفعات المحيطة بجوانرود وقتلت 3 منهم.",
        "وتوعّد قائد القاعدة، في البيان نفسه، بـ«رد ساحق» على أي هجوم يستهدف القوات الإيرانية انطلاقاً من أراضي إقليم كردستان العراق.",
        "ودفعت قوات حرس الحدود بتعزيزات إلى المعابر غير الرسمية قرب قصر شيرين وسربل ذهاب صباح اليوم، بحسب ما أفادت به الوكالة.",
        "وقال نائب عن كرمانشاه في مجلس الشورى الإسلامي إن المتقاعدين قد ينقلون احتجاجاتهم إلى طهران إذا لم تُصرف المستحقات في موعدها. ويشكو المتقاعدون في إيران من تآكل معاشاتهم مع تجاوز معدل التضخم 40 في المئة، وتشهد مدن عدة تجمعات أسبوعية لهم منذ سنوات.",
    ],
    entities=[
        ("منظمة الضمان الاجتماعي", "ORG", "Social Security Organization (Iran)"),
        ("كرمانشاه", "GPE", "Kermanshah"),
        ("إيران", "GPE", "Iran"),
        ("هنغاو", "ORG", "Hengaw Organization for Human Rights"),
        ("إسلام آباد غرب", "GPE", "Eslamabad-e Gharb"),
        ("إيران إنترناشيونال", "ORG", "Iran International"),
        ("إرنا", "ORG", "Islamic Republic News Agency (IRNA)"),
        ("حزب الحياة الحرة الكردستاني", "ORG", "Party of Free Life of Kurdistan (PJAK)"),
        ("بيجاك", "ORG", "Party of Free Life of Kurdistan (PJAK)"),
        ("الحرس الثوري", "ORG", "Islamic Revolutionary Guard Corps (IRGC)"),
        ("باوه", "GPE", "Paveh"),
        ("قاعدة حمزة سيد الشهداء", "ORG", "IRGC Hamzeh Seyed al-Shohada Base"),
        ("تسنيم", "ORG", "Tasnim News Agency"),
        ("جوانرود", "GPE", "Javanrud"),
        ("إقليم كردستان العراق", "GPE", "Kurdistan Region of Iraq"),
        ("قصر شيرين", "GPE", "Qasr-e Shirin"),
        ("سربل ذهاب", "GPE", "Sarpol-e Zahab"),
        ("مجلس الشورى الإسلامي", "ORG", "Islamic Consultative Assembly (Iran)"),
        ("طهران", "GPE", "Tehran"),
    ],
    events=[
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2026-02-09", "day",
          A("مئات المتقاعدين", "Social-security retirees (Kermanshah)", "IRN", "protesters"), None, [KSH], None, None, "",
          S("هنغاو", "ngo", "Hengaw Organization for Human Rights"), "تجمّع مئات"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2026-02-09", "day",
          A("متقاعدين", "Social-security retirees (Eslamabad-e Gharb)", "IRN", "protesters"),
          A("قوات مكافحة الشغب", "Iranian riot police", "IRN", "police"), [ESLAM], None, 3, "إصابة ٣ متقاعدين",
          S("شهود عيان", "witness", "Eyewitnesses (via Iran International)"), "وفي إسلام آباد غرب"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-02-09", "day",
          A("الأجهزة الأمنية", "Iranian security forces", "IRN", "police"),
          A("سبعة من منظمي التجمع", "Retirees' protest organisers (Kermanshah)", "IRN", "protesters"), [KSH], None, None, "",
          S("المنظمة", "ngo", "Hengaw Organization for Human Rights"), "واعتقلت الأجهزة"),
        E("COERCE", ["Strategic developments", "Arrests"], "denied", "2026-02-09", "day", None,
          A("أي متقاعد", "Social-security retirees (Kermanshah)", "IRN", "protesters"), [KSH], None, None, "",
          S("محافظ كرمانشاه", "official", "Governor of Kermanshah"), "غير أن محافظ"),
        E("CONCEDE", None, "planned", "2026-02-14", "day",
          A("منظمة الضمان الاجتماعي", "Social Security Organization (Iran)", "IRN", "government"),
          A("المتقاعدين", "Social-security retirees", "IRN", "civilians"), [], None, None, "",
          S("منظمة الضمان الاجتماعي", "official", "Social Security Organization (Iran)"), "وأعلنت منظمة"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2026-02-08", "day", PJAK, A("الحرس", "Islamic Revolutionary Guard Corps (IRGC)", "IRN", "military"), [PAVEH], 4, None,
          "قتلوا أربعة من عناصرها", S("حزب الحياة الحرة الكردستاني", "perpetrator_claim", "Party of Free Life of Kurdistan (PJAK)"),
          "من جهة أخرى، أعلن"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2026-02-10", "day",
          A("طائرات مسيّرة", "Islamic Revolutionary Guard Corps (IRGC)", "IRN", "military"),
          A("عناصر إرهابية", "Kurdish armed group members (per the IRGC)", "IRN", "armed_group"), [JAVAN], 3, None,
          "قتلت 3 منهم", S("قاعدة حمزة سيد الشهداء", "official", "IRGC Hamzeh Seyed al-Shohada Base"), "وقالت قاعدة"),
        E("THREATEN", None, "asserted", "2026-02-10", "day",
          A("قائد القاعدة", "Commander of the IRGC Hamzeh Seyed al-Shohada Base", "IRN", "military"), None, [], None, None, "",
          S("قائد القاعدة", "official", "Commander of the IRGC Hamzeh Seyed al-Shohada Base"), "وتوعّد قائد"),
        E("MOBILIZE", None, "asserted", "2026-02-10", "day", BGUARD, None, [QASR], None, None, "",
          S("الوكالة", "wire", "Tasnim News Agency"), "ودفعت قوات"),
        E("MOBILIZE", None, "asserted", "2026-02-10", "day", BGUARD, None, [SARPOL], None, None, "",
          S("الوكالة", "wire", "Tasnim News Agency"), "ودفعت قوات"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2026-02-10", "day",
          A("المتقاعدين", "Social-security retirees", "IRN", "protesters"), None, [TEHRAN], None, None, "",
          S("نائب عن كرمانشاه", "official", "Member of parliament for Kermanshah"), "وقال نائب"),
    ],
    notes=("Published Tue 2026-02-10; date line «10 فبراير 2026 - 19:30 بتوقيت غرينتش» (GMT-labelled; no weekday named). Dates: «صباح "
           "أمس الاثنين» / «عصر أمس» -> 02-09; «ليل الاثنين» -> Mon 02-09; «ليل الأحد» -> Sun 02-08 (the claimed attack); «فجر اليوم» / "
           "«صباح اليوم» / «اليوم» -> 02-10; «يوم السبت المقبل» -> Sat 02-14; the threat («في البيان نفسه», the base's undated statement) "
           "and the hypothetical take the publication day. P1: retirees' gathering in Kermanshah -> Peaceful protest, Hengaw -> ngo. "
           "P2 S1: riot police disperse a gathering with batons, ٣ (Eastern digit) injured -> Protests / Protest with intervention "
           "(no lethal force), witnesses via a TV channel -> witness. P2 S2: seven («سبعة», word; not a casualty) organisers "
           "arrested -> ngo («المنظمة نفسها»). P3: the governor denies any arrest -> denied Arrests, dated by the alleged arrests, "
           "official (IRNA only carries him). P4: the promised back-payment «يوم السبت المقبل» -> planned CONCEDE, no place. P5 S1: "
           "PJAK's claim on an IRGC post near Paveh, no IRGC comment -> claimed Battles / Armed clash, «أربعة» (word) -> 4 killed. "
           "P5 S2: the IRGC base's statement via Tasnim -> official; drone strike near Javanrud -> Explosions / Air/drone strike, "
           "3 killed. P6: the base commander's vow -> THREATEN, no place (the Kurdistan Region is where attacks would come from, not "
           "where the threat was made). P7: one sentence, two places -> two MOBILIZE; «الوكالة» (Tasnim) speaking for itself -> wire. "
           "P8 S1: «قد ينقلون ... إذا» -> hypothetical PROTEST placed at Tehran; an MP by title -> official. P8 S2: aggregate, not "
           "coded. Kermanshah province (admin1 Kermanshah) is the main region. Coordinates approximate."),
)
