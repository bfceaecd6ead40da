"""heldout25 article specs 001-004 (invented events; real places, institutions and armed groups; no person named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 001  (published Thu 2024-10-17)
T001 = "اختناق تلاميذ في قابس يشعل احتجاجات أمام المجمع الكيميائي وحملة إيقافات"
GHAN = L("غنوش", "Ghannouch", "TN", "Gabès", "city", 33.93, 10.06)
HAMMA = L("الحامة", "El Hamma", "TN", "Gabès", "city", 33.89, 9.80)
GABES = L("قابس", "Gabès", "TN", "Gabès", "city", 33.88, 10.10)
GABES_G = L("ولاية قابس", "Gabès Governorate", "TN", "Gabès", "admin1", 33.7, 9.8)
MOI_TN = A("وزارة الداخلية", "Ministry of Interior (Tunisia)", "TUN", "government")
A001 = dict(
    id="001_news_item", format="text", published="2024-10-17", title=T001,
    head=[T001, "الخميس 17 أكتوبر 2024 على الساعة 19:20", "قابس - مكتب الجنوب",
          "مداخن وحدات المجمع الكيميائي في المنطقة الصناعية بغنوش (أرشيف)",
          "شارك: فيسبوك | إكس | واتساب"],
    foot=["اقرأ أيضاً: تراجع إنتاج الفسفاط في الحوض المنجمي خلال الربع الثالث",
          "الكلمات المفاتيح: قابس، التلوث، المجمع الكيميائي",
          "© 2024 بوابة الجنوب التونسي - جميع الحقوق محفوظة"],
    paras=[
        "اقتحم مئات المحتجين، مساء أمس الأربعاء، مدخل وحدات المجمع الكيميائي التونسي في المنطقة الصناعية بغنوش شمال مدينة قابس وأضرموا النار في إطارات مطاطية أمام بوابتها، احتجاجاً على تسرب غازات أدى صباح اليوم نفسه إلى إصابة 27 تلميذاً بحالات اختناق، قبل أن تفرقهم وحدات الأمن بالغاز المسيل للدموع، ما أسفر عن إصابة 9 محتجين و4 أعوان أمن، وفق ما أفاد به مراسلنا.",
        "وأعلنت وزارة الداخلية، في بيان صباح اليوم الخميس، إيقاف 14 شخصاً في غنوش و5 آخرين في مدينة الحامة قالت إنهم «متورطون في الاعتداء على الأعوان وإتلاف الأملاك العامة»، وإحالتهم على النيابة العمومية.",
        "ونفت وزارة الداخلية، في البيان نفسه، ما تداولته صفحات على مواقع التواصل الاجتماعي عن استعمال الرصاص المطاطي ضد المحتجين في غنوش ليل الأربعاء، مؤكدة أن الوحدات الأمنية «التزمت بضبط النفس».",
        "وأعلن الاتحاد الجهوي للشغل بقابس، في بيان اليوم، تنفيذ إضراب عام في كامل ولاية قابس يوم الثلاثاء المقبل، للمطالبة بتفكيك الوحدات الملوِّثة ونقلها بعيداً عن الأحياء السكنية.",
        "وعقد وزير الصناعة والمناجم والطاقة، ظهر اليوم، اجتماعاً طارئاً في مدينة قابس مع والي الجهة وممثلين عن المجمع الكيميائي التونسي لبحث خطة عاجلة لصيانة وحدات الإنتاج، بحسب ما أوردته وكالة تونس إفريقيا للأنباء.",
        "وقال مسؤول في المجمع الكيميائي التونسي، طلب عدم كشف هويته، لإذاعة «ديوان أف أم» إن الإدارة قد توقف وحدة إنتاج الحامض الفسفوري في غنوش مؤقتاً إذا ثبت أن التسرب صادر عنها.",
        "واتهمت جمعية «أوقفوا التلوث»، في ندوة صحفية عقدتها في قابس اليوم، السلطات بـ«التستر على حجم الكارثة البيئية» وعدم نشر نتائج تحاليل الهواء منذ أشهر.",
        "ووزع الهلال الأحمر التونسي، مساء أمس، كمامات واقية على تلاميذ 6 مدارس في غنوش، بحسب ما أعلنه على صفحته في فيسبوك.",
        "وفي مدينة الحامة، أغلق عشرات الشبان، ظهر اليوم، الطريق الوطنية رقم 16 بالحجارة والإطارات المشتعلة تضامناً مع المحتجين في غنوش، وفق ما أفاد به شهود عيان.",
        "ويعود إنشاء وحدات المجمع الكيميائي في قابس إلى سبعينيات القرن الماضي، وتقول منظمات بيئية إنها تلقي يومياً آلاف الأطنان من مادة الفوسفوجيبس في خليج قابس، فيما أقرّت الحكومة عام 2017 تفكيكها دون أن يُنفّذ القرار.",
    ],
    entities=[
        ("المجمع الكيميائي التونسي", "ORG", "Groupe Chimique Tunisien (GCT)"),
        ("المجمع الكيميائي", "ORG", "Groupe Chimique Tunisien (GCT)"),
        ("غنوش", "GPE", "Ghannouch"),
        ("قابس", "GPE", "Gabès"),
        ("وزارة الداخلية", "ORG", "Ministry of Interior (Tunisia)"),
        ("الحامة", "GPE", "El Hamma"),
        ("النيابة العمومية", "ORG", "Public Prosecution (Tunisia)"),
        ("الاتحاد الجهوي للشغل بقابس", "ORG", "UGTT regional union, Gabès"),
        ("ولاية قابس", "GPE", "Gabès Governorate"),
        ("وكالة تونس إفريقيا للأنباء", "ORG", "Tunis Afrique Presse (TAP)"),
        ("ديوان أف أم", "ORG", "Diwan FM"),
        ("أوقفوا التلوث", "ORG", "Stop Pollution association (Gabès)"),
        ("الهلال الأحمر التونسي", "ORG", "Tunisian Red Crescent"),
        ("فيسبوك", "ORG", "Facebook"),
        ("خليج قابس", "LOC", "Gulf of Gabès"),
    ],
    events=[
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2024-10-16", "day",
          A("مئات المحتجين", "Gabès residents protesting pollution", "TUN", "protesters"),
          A("وحدات الأمن", "Tunisian security forces", "TUN", "police"), [GHAN],
          None, 13, "إصابة 9 محتجين و4 أعوان أمن", OWN, "اقتحم مئات المحتجين"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-10-17", "day",
          MOI_TN, A("14 شخصاً", "Protest suspects (Ghannouch)", "TUN", "protesters"), [GHAN], None, None, "",
          S("وزارة الداخلية", "official", "Ministry of Interior (Tunisia)"), "وأعلنت وزارة الداخلية"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-10-17", "day",
          MOI_TN, A("5 آخرين", "Protest suspects (El Hamma)", "TUN", "protesters"), [HAMMA], None, None, "",
          S("وزارة الداخلية", "official", "Ministry of Interior (Tunisia)"), "وأعلنت وزارة الداخلية"),
        E("ASSAULT", ["Protests", "Excessive force against protesters"], "denied", "2024-10-16", "day",
          A("الوحدات الأمنية", "Tunisian security forces", "TUN", "police"),
          A("المحتجين", "Gabès protesters", "TUN", "protesters"), [GHAN], None, None, "",
          S("وزارة الداخلية", "official", "Ministry of Interior (Tunisia)"), "ونفت وزارة الداخلية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2024-10-22", "day",
          A("الاتحاد الجهوي للشغل بقابس", "UGTT regional union, Gabès", "TUN", "other"), None, [GABES_G],
          None, None, "", S("الاتحاد الجهوي للشغل بقابس", "official", "UGTT regional union, Gabès"), "وأعلن الاتحاد الجهوي"),
        E("CONSULT", None, "asserted", "2024-10-17", "day",
          A("وزير الصناعة والمناجم والطاقة", "Minister of Industry, Mines and Energy (Tunisia)", "TUN", "government"),
          A("والي الجهة", "Governor of Gabès", "TUN", "government"), [GABES], None, None, "",
          S("وكالة تونس إفريقيا للأنباء", "wire", "Tunis Afrique Presse (TAP)"), "وعقد وزير الصناعة"),
        E("CONCEDE", None, "hypothetical", "2024-10-17", "day",
          A("الإدارة", "GCT management", "TUN", "other"), None, [GHAN], None, None, "",
          S("مسؤول في المجمع الكيميائي التونسي", "anonymous", "GCT official (via Diwan FM)"), "وقال مسؤول في المجمع"),
        E("ACCUSE", None, "asserted", "2024-10-17", "day",
          A("أوقفوا التلوث", "Stop Pollution association (Gabès)", "TUN", "other"),
          A("السلطات", "Tunisian authorities", "TUN", "government"), [GABES], None, None, "",
          S("أوقفوا التلوث", "ngo", "Stop Pollution association (Gabès)"), "واتهمت جمعية"),
        E("AID", None, "asserted", "2024-10-16", "day",
          A("الهلال الأحمر التونسي", "Tunisian Red Crescent", "TUN", "other"),
          A("تلاميذ 6 مدارس", "Schoolchildren (Ghannouch)", "TUN", "civilians"), [GHAN], None, None, "",
          S("الهلال الأحمر التونسي", "ngo", "Tunisian Red Crescent"), "ووزع الهلال الأحمر"),
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2024-10-17", "day",
          A("عشرات الشبان", "Youths (El Hamma)", "TUN", "protesters"), None, [HAMMA], None, None, "",
          S("شهود عيان", "witness", "Eyewitnesses"), "وفي مدينة الحامة"),
    ],
    notes=("Published Thu 2024-10-17; Tunisian date line «الخميس 17 أكتوبر 2024 على الساعة 19:20» (weekday checked). Dates: "
           "«مساء أمس الأربعاء» / «مساء أمس» -> 10-16; «ليل الأربعاء» -> Wed 10-16; «صباح اليوم الخميس» / «ظهر اليوم» / «اليوم» -> 10-17; "
           "«يوم الثلاثاء المقبل» -> Tue 10-22; the hypothetical takes the publication day. P1: one riot at the plant gate in Ghannouch "
           "with the police dispersal in the same sentence -> one PROTEST (Riots / Violent demonstration), injuries 9 protesters + 4 agents "
           "= 13; the 27 pupils hurt by the gas leak are not casualties of any coded event (an accident), «وفق ما أفاد به مراسلنا» -> outlet_own. "
           "P2: one sentence, two places (14 in Ghannouch, 5 in El Hamma) -> two arrest events, dated by the statement (no own time). "
           "P3: the ministry denies rubber bullets -> ASSAULT / Excessive force, denied, dated by the alleged act. P4: planned general "
           "strike in the whole governorate -> admin1. P5: the minister's meeting in Gabès, TAP speaking for itself -> wire. P6: «قد توقف ... إذا» "
           "-> hypothetical CONCEDE placed at Ghannouch (named in the sentence); unnamed GCT official -> anonymous. P7: Stop Pollution's "
           "accusation at a press conference in Gabès (venue) -> ngo. P8: Red Crescent masks -> AID, ngo. P9: road blocked with stones and "
           "burning tyres -> Riots / Violent demonstration (as dev-005), witnesses. P10: background, not coded. Coordinates approximate."),
)

# ---------------------------------------------------------------- 002  (published Mon 2025-09-15)
T002 = "إصابات واعتقالات في مواجهات على جزيرة الوراق خلال عمليات هدم منازل"
WARR_I = L("جزيرة الوراق", "Warraq Island", "EG", "Giza", "region", 30.10, 31.22)
WARR = L("الوراق", "Al-Warraq", "EG", "Giza", "city", 30.11, 31.20)
OCT6 = L("مدينة 6 أكتوبر", "6th of October City", "EG", "Giza", "city", 29.94, 30.93)
NCAIRO = L("القاهرة الجديدة", "New Cairo", "EG", "Cairo", "city", 30.03, 31.47)
GIZA_SD = A("مديرية أمن الجيزة", "Giza Security Directorate", "EGY", "police")
A002 = dict(
    id="002_news_item", format="html", published="2025-09-15", title=T002,
    html=dict(
        site="بوابة النيل الإخبارية",
        nav=["الرئيسية", "أخبار مصر", "محافظات", "حوادث", "اقتصاد", "رأي"],
        kicker="محافظات",
        byline="الجيزة - كتب: قسم المحافظات",
        datetime="2025-09-15T21:40",
        time="الإثنين، 15 سبتمبر 2025 - 09:40 م",
        img="/uploads/2025/09/nile-island.jpg",
        caption="منازل على ضفاف جزيرة في النيل شمال الجيزة (أرشيف)",
        share=["شارك:", "فيسبوك", "إكس", "واتساب"],
        tags=["كلمات البحث:", "الجيزة", "الإزالات", "التعويضات"],
        related=["اقرأ أيضاً", "ارتفاع منسوب النيل في محافظات الصعيد", "افتتاح محطة مترو جديدة غرب العاصمة"],
        footer=["من نحن", "سياسة الخصوصية", "اتصل بنا", "© 2025 بوابة النيل الإخبارية - جميع الحقوق محفوظة"],
    ),
    paras=[
        "اندلعت اشتباكات، فجر أمس الأحد، بين قوات الأمن وعشرات من سكان جزيرة الوراق في محافظة الجيزة، بعدما رافقت قوة من الشرطة معدات لهدم منازل في الجهة الشمالية من الجزيرة ضمن مشروع تطويرها، ما أسفر عن إصابة 7 من الأهالي و3 من أفراد الشرطة، وفق ما قاله شهود عيان لموقع «مدى مصر».",
        "وقالت وزارة الداخلية، في بيان اليوم الاثنين، إنها ألقت القبض على 19 شخصاً من سكان جزيرة الوراق بتهمة «التعدي على القوات وإتلاف معدات الهدم»، وأحالتهم إلى النيابة العامة.",
        "ونفى مصدر أمني، في تصريح لقناة «القاهرة الإخبارية»، ما تداولته صفحات على مواقع التواصل الاجتماعي عن مقتل أحد السكان برصاص الشرطة خلال اشتباكات أمس في جزيرة الوراق، مؤكداً أن القوات «لم تستخدم الذخيرة الحية».",
        "وأعلن محافظ الجيزة، ظهر اليوم، صرف تعويضات مالية لـ120 أسرة من أصحاب المنازل المشمولة بقرارات الإزالة وتسليم 40 أسرة أخرى وحدات سكنية بديلة في مدينة 6 أكتوبر، بحسب بيان للمحافظة.",
        "وطالبت المبادرة المصرية للحقوق الشخصية، في بيان اليوم، النائب العام بالإفراج عن الموقوفين وفتح تحقيق مستقل في «الاستخدام المفرط للقوة» خلال عمليات الهدم.",
        "ونظّم عشرات من سكان الجزيرة، عصر اليوم، وقفة احتجاجية أمام مرسى المعدية في الوراق رافعين لافتات ترفض «التهجير القسري»، قبل أن ينفضّوا دون تدخل أمني، بحسب ما أفاد به مراسلنا.",
        "ومن المقرر أن يلتقي وفد من عائلات الجزيرة مسؤولين في هيئة المجتمعات العمرانية الجديدة يوم الأحد المقبل في مقر الهيئة بالقاهرة الجديدة لبحث قيمة التعويضات، بحسب ما قاله أحد أعضاء الوفد لمراسلنا.",
        "ودفعت مديرية أمن الجيزة، فجر اليوم، بتعزيزات إلى مداخل جزيرة الوراق وأغلقت مرسى المعديات الرئيسي أمام حركة السكان لساعات، وفق ما أفاد به سكان.",
        "وقال رئيس لجنة الإسكان في مجلس النواب، في تصريح لصحيفة «المصري اليوم»، إن الحكومة قد تلجأ إلى نزع ملكية المنازل المتبقية في جزيرة الوراق للمنفعة العامة إذا رفض أصحابها عروض التعويض.",
        "وتبلغ مساحة جزيرة الوراق، الواقعة في نهر النيل، نحو 1400 فدان ويقطنها قرابة 100 ألف نسمة، وشهدت في يوليو 2017 اشتباكات مماثلة قُتل فيها أحد السكان، بعد إعلان الحكومة خطة لتحويلها إلى مركز تجاري واستثماري.",
    ],
    entities=[
        ("جزيرة الوراق", "LOC", "Warraq Island"),
        ("محافظة الجيزة", "GPE", "Giza Governorate"),
        ("مدى مصر", "ORG", "Mada Masr"),
        ("وزارة الداخلية", "ORG", "Ministry of Interior (Egypt)"),
        ("النيابة العامة", "ORG", "Public Prosecution (Egypt)"),
        ("القاهرة الإخبارية", "ORG", "Al Qahera News"),
        ("الجيزة", "GPE", "Giza"),
        ("مدينة 6 أكتوبر", "GPE", "6th of October City"),
        ("المبادرة المصرية للحقوق الشخصية", "ORG", "Egyptian Initiative for Personal Rights (EIPR)"),
        ("الوراق", "GPE", "Al-Warraq"),
        ("هيئة المجتمعات العمرانية الجديدة", "ORG", "New Urban Communities Authority"),
        ("القاهرة الجديدة", "GPE", "New Cairo"),
        ("مديرية أمن الجيزة", "ORG", "Giza Security Directorate"),
        ("مجلس النواب", "ORG", "House of Representatives (Egypt)"),
        ("المصري اليوم", "ORG", "Al-Masry Al-Youm"),
        ("نهر النيل", "LOC", "Nile River"),
    ],
    events=[
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2025-09-14", "day",
          A("عشرات من سكان جزيرة الوراق", "Warraq Island residents", "EGY", "protesters"),
          A("قوات الأمن", "Egyptian security forces", "EGY", "police"), [WARR_I],
          None, 10, "إصابة 7 من الأهالي و3 من أفراد الشرطة", S("شهود عيان", "witness", "Eyewitnesses (via Mada Masr)"),
          "اندلعت اشتباكات"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-09-15", "day",
          A("وزارة الداخلية", "Ministry of Interior (Egypt)", "EGY", "government"),
          A("19 شخصاً", "Warraq Island residents", "EGY", "protesters"), [WARR_I], None, None, "",
          S("وزارة الداخلية", "official", "Ministry of Interior (Egypt)"), "وقالت وزارة الداخلية"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2025-09-14", "day",
          A("الشرطة", "Egyptian police", "EGY", "police"), A("أحد السكان", "Warraq Island resident", "EGY", "civilians"),
          [WARR_I], 1, None, "مقتل أحد السكان", S("مصدر أمني", "anonymous", "Security source (via Al Qahera News)"),
          "ونفى مصدر أمني"),
        E("AID", None, "asserted", "2025-09-15", "day",
          A("محافظ الجيزة", "Governor of Giza", "EGY", "government"),
          A("40 أسرة أخرى", "Relocated Warraq families", "EGY", "civilians"), [OCT6], None, None, "",
          S("محافظ الجيزة", "official", "Governor of Giza"), "وأعلن محافظ الجيزة"),
        E("REQUEST", None, "asserted", "2025-09-15", "day",
          A("المبادرة المصرية للحقوق الشخصية", "Egyptian Initiative for Personal Rights (EIPR)", "EGY", "other"),
          A("النائب العام", "Public Prosecutor (Egypt)", "EGY", "government"), [], None, None, "",
          S("المبادرة المصرية للحقوق الشخصية", "ngo", "EIPR"), "وطالبت المبادرة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-09-15", "day",
          A("عشرات من سكان الجزيرة", "Warraq Island residents", "EGY", "protesters"), None, [WARR], None, None, "",
          OWN, "ونظّم عشرات"),
        E("CONSULT", None, "planned", "2025-09-21", "day",
          A("وفد من عائلات الجزيرة", "Warraq Island families' delegation", "EGY", "civilians"),
          A("مسؤولين في هيئة المجتمعات العمرانية الجديدة", "New Urban Communities Authority officials", "EGY", "government"),
          [NCAIRO], None, None, "", S("أحد أعضاء الوفد", "anonymous", "A delegation member"), "ومن المقرر أن يلتقي"),
        E("MOBILIZE", None, "asserted", "2025-09-15", "day", GIZA_SD, None, [WARR_I], None, None, "",
          S("سكان", "witness", "Residents"), "ودفعت مديرية أمن الجيزة"),
        E("COERCE", None, "asserted", "2025-09-15", "day", GIZA_SD,
          A("السكان", "Warraq Island residents", "EGY", "civilians"), [WARR_I], None, None, "",
          S("سكان", "witness", "Residents"), "ودفعت مديرية أمن الجيزة"),
        E("COERCE", None, "hypothetical", "2025-09-15", "day",
          A("الحكومة", "Egyptian government", "EGY", "government"),
          A("أصحابها", "Remaining Warraq homeowners", "EGY", "civilians"), [WARR_I], None, None, "",
          S("رئيس لجنة الإسكان في مجلس النواب", "official", "Chair of the Housing Committee, House of Representatives"),
          "وقال رئيس لجنة الإسكان"),
    ],
    notes=("Published Mon 2025-09-15; Egyptian date line in <time> «الإثنين، 15 سبتمبر 2025 - 09:40 م» (12-hour clock with «م», "
           "weekday checked). Dates: «فجر أمس الأحد» / «أمس» -> 09-14; «اليوم الاثنين» / «ظهر اليوم» / «عصر اليوم» / «فجر اليوم» / «اليوم» -> 09-15; "
           "«يوم الأحد المقبل» -> Sun 09-21; the hypothetical takes the publication day. P1: residents vs police escorting demolition "
           "equipment -> PROTEST (Riots / Violent demonstration), 7 + 3 = 10 injured, witnesses although a site carries them. P2: arrests, "
           "dated by the ministry's statement (no own time). P3: the denied killing of a resident by police fire, dated by the clash "
           "(«اشتباكات أمس»), «مصدر أمني ... لقناة» -> anonymous; fatalities 1 from «مقتل أحد السكان». P4: compensation and replacement flats "
           "-> one AID event placed at 6th of October City (the only place named). P5: EIPR request, no place. P6: peaceful stand in "
           "al-Warraq, «بحسب ما أفاد به مراسلنا» -> outlet_own. P7: planned meeting in New Cairo; «أحد أعضاء الوفد لمراسلنا» -> anonymous. "
           "P8: one sentence, two kinds at one place: reinforcements (MOBILIZE) and the ferry landing closed to residents (COERCE, no ACLED "
           "type). P9: «قد تلجأ ... إذا» -> hypothetical COERCE (expropriation) at Warraq Island. P10: background (the 2017 clash), not coded. "
           "Warraq Island is a LOC entity placed with kind region. Coordinates approximate."),
)

# ---------------------------------------------------------------- 003  (published Tue 2025-07-22)
T003 = "قتيلان في نزاع على مياه الري بالقادسية ومسلحون يقتحمون ناظم الدغارة"
DAGH = L("الدغارة", "Al-Daghara", "IQ", "Al-Qadisiyyah", "city", 32.15, 44.92)
DIW = L("الديوانية", "Al-Diwaniyah", "IQ", "Al-Qadisiyyah", "city", 31.99, 44.93)
REG = L("ناظم الدغارة", "Al-Daghara regulator", "IQ", "Al-Qadisiyyah", "facility", 32.17, 44.89)
SHAM = L("الشامية", "Al-Shamiya", "IQ", "Al-Qadisiyyah", "city", 31.96, 44.60)
HAMZA = L("الحمزة", "Al-Hamza", "IQ", "Al-Qadisiyyah", "city", 31.72, 44.98)
AFAK = L("عفك", "Afak", "IQ", "Al-Qadisiyyah", "city", 32.06, 45.25)
BGHD = L("بغداد", "Baghdad", "IQ", "Baghdad", "city", 33.31, 44.37)
QPOL = A("قيادة شرطة القادسية", "Al-Qadisiyyah Police Command", "IRQ", "police")
A003 = dict(
    id="003_news_item", format="text", published="2025-07-22", title=T003,
    head=[T003, "الثلاثاء، 22 تموز 2025 | 22:15", "الديوانية - مراسل الفرات الأوسط",
          "قناة ري شبه جافة في أحد أرياف الفرات الأوسط (أرشيف)",
          "شارك الخبر: فيسبوك - تلغرام - واتساب"],
    foot=["اقرأ أيضاً: الموارد المائية تعلن ملامح الخطة الزراعية الشتوية",
          "الوسوم: القادسية، المياه، الجفاف",
          "جميع الحقوق محفوظة © 2025 شبكة الفرات الأوسط الإخبارية"],
    paras=[
        "قُتل شخصان وأصيب 5 آخرون، ليل الأحد، في اشتباك بالأسلحة النارية بين مزارعين من عشيرتين متجاورتين في ناحية الدغارة شمالي محافظة القادسية، على خلفية خلاف على حصص مياه الري في إحدى القنوات الفرعية، بحسب ما أفاد به مصدر في شرطة المحافظة.",
        "وقطع مئات المزارعين، صباح أمس الاثنين، المدخل الشمالي لمدينة الديوانية بالإطارات المشتعلة، احتجاجاً على ما وصفوه بـ«التجاوز» على حصة المحافظة المائية من قبل مزارعي المناطق الواقعة أعلى النهر، وفق ما أفاد به مراسلنا.",
        "واقتحم مسلحون مجهولون، فجر اليوم الثلاثاء، ناظم الدغارة وأجبروا موظفيه تحت تهديد السلاح على رفع بواباته، قبل أن تصل قوة من شرطة القادسية وتعيد إغلاقها، وفق ما أعلنته مديرية الموارد المائية في القادسية.",
        "وأعلنت قيادة شرطة القادسية، ظهر اليوم، نشر قوات من أفواج الطوارئ عند النواظم الرئيسية في قضاءي الشامية والحمزة لمنع أي تجاوز على الحصص المائية.",
        "واتهم محافظ القادسية، في مؤتمر صحفي عقده في الديوانية اليوم، «جهات متنفذة» في محافظة بابل بإقامة سدود ترابية على نهر الحلة تحرم المحافظة من نصف حصتها، مطالباً وزارة الموارد المائية بـ«التدخل الفوري».",
        "ونفت قيادة شرطة القادسية، في بيان مساء اليوم، ما تداولته مواقع التواصل الاجتماعي عن اعتقال 12 مزارعاً خلال قطع طريق الديوانية أمس، مؤكدة أن «لا موقوفين على خلفية الاحتجاجات».",
        "ومن المقرر أن يعقد وزير الموارد المائية اجتماعاً مع محافظي القادسية وبابل والنجف في مقر الوزارة ببغداد يوم الخميس المقبل لإقرار جدول مراشنة جديد لتوزيع المياه، بحسب ما أعلنه المكتب الإعلامي للوزارة.",
        "ووزعت جمعية الهلال الأحمر العراقي، أمس، خزانات وصهاريج مياه شرب على 300 عائلة في قرى قضاء عفك التي جفت قنواتها، بحسب ما أعلنته الجمعية في بيان.",
        "وحذّر اتحاد الجمعيات الفلاحية في القادسية من أن المزارعين قد ينظمون اعتصاماً مفتوحاً في مركز مدينة الديوانية إذا لم تُطلق حصص المحافظة كاملة خلال أسبوع.",
        "ويشهد العراق منذ أربع سنوات موجة جفاف هي الأسوأ منذ عقود، تقلّصت معها الخطة الزراعية الصيفية في القادسية إلى أقل من ربع مساحتها المعتادة، وسط اتهامات لتركيا وإيران بخفض إطلاقات نهري دجلة والفرات.",
    ],
    entities=[
        ("الدغارة", "GPE", "Al-Daghara"),
        ("محافظة القادسية", "GPE", "Al-Qadisiyyah Governorate"),
        ("الديوانية", "GPE", "Al-Diwaniyah"),
        ("ناظم الدغارة", "FAC", "Al-Daghara regulator"),
        ("شرطة القادسية", "ORG", "Al-Qadisiyyah Police"),
        ("مديرية الموارد المائية في القادسية", "ORG", "Al-Qadisiyyah Water Resources Directorate"),
        ("قيادة شرطة القادسية", "ORG", "Al-Qadisiyyah Police Command"),
        ("الشامية", "GPE", "Al-Shamiya"),
        ("الحمزة", "GPE", "Al-Hamza"),
        ("القادسية", "GPE", "Al-Qadisiyyah Governorate"),
        ("محافظة بابل", "GPE", "Babil Governorate"),
        ("نهر الحلة", "LOC", "Hilla River"),
        ("وزارة الموارد المائية", "ORG", "Ministry of Water Resources (Iraq)"),
        ("بابل", "GPE", "Babil Governorate"),
        ("النجف", "GPE", "Najaf Governorate"),
        ("بغداد", "GPE", "Baghdad"),
        ("جمعية الهلال الأحمر العراقي", "ORG", "Iraqi Red Crescent Society"),
        ("عفك", "GPE", "Afak"),
        ("اتحاد الجمعيات الفلاحية في القادسية", "ORG", "Farmers' Associations Union, Al-Qadisiyyah"),
        ("العراق", "GPE", "Iraq"),
        ("تركيا", "GPE", "Turkey"),
        ("إيران", "GPE", "Iran"),
        ("دجلة", "LOC", "Tigris River"),
        ("الفرات", "LOC", "Euphrates River"),
    ],
    events=[
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2025-07-20", "day",
          A("مزارعين من عشيرتين متجاورتين", "Farmers of two neighbouring clans (Daghara)", "IRQ", "other"), None, [DAGH],
          2, 5, "قُتل شخصان وأصيب 5 آخرون", S("مصدر في شرطة المحافظة", "anonymous", "Provincial police source"), "قُتل شخصان"),
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2025-07-21", "day",
          A("مئات المزارعين", "Farmers (Al-Qadisiyyah)", "IRQ", "protesters"), None, [DIW], None, None, "",
          OWN, "وقطع مئات المزارعين"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2025-07-22", "day",
          A("مسلحون مجهولون", "Unidentified gunmen", None, "armed_group"),
          A("موظفيه", "Daghara regulator staff", "IRQ", "civilians"), [REG], None, None, "",
          S("مديرية الموارد المائية في القادسية", "official", "Al-Qadisiyyah Water Resources Directorate"), "واقتحم مسلحون مجهولون"),
        E("MOBILIZE", None, "asserted", "2025-07-22", "day", QPOL, None, [SHAM], None, None, "",
          S("قيادة شرطة القادسية", "official", "Al-Qadisiyyah Police Command"), "وأعلنت قيادة شرطة القادسية"),
        E("MOBILIZE", None, "asserted", "2025-07-22", "day", QPOL, None, [HAMZA], None, None, "",
          S("قيادة شرطة القادسية", "official", "Al-Qadisiyyah Police Command"), "وأعلنت قيادة شرطة القادسية"),
        E("ACCUSE", None, "asserted", "2025-07-22", "day",
          A("محافظ القادسية", "Governor of Al-Qadisiyyah", "IRQ", "government"),
          A("جهات متنفذة", "Influential parties in Babil", "IRQ", "other"), [DIW], None, None, "",
          S("محافظ القادسية", "official", "Governor of Al-Qadisiyyah"), "واتهم محافظ القادسية"),
        E("COERCE", ["Strategic developments", "Arrests"], "denied", "2025-07-21", "day", QPOL,
          A("12 مزارعاً", "Protesting farmers", "IRQ", "protesters"), [DIW], None, None, "",
          S("قيادة شرطة القادسية", "official", "Al-Qadisiyyah Police Command"), "ونفت قيادة شرطة القادسية"),
        E("CONSULT", None, "planned", "2025-07-24", "day",
          A("وزير الموارد المائية", "Minister of Water Resources (Iraq)", "IRQ", "government"),
          A("محافظي القادسية وبابل والنجف", "Governors of Al-Qadisiyyah, Babil and Najaf", "IRQ", "government"), [BGHD],
          None, None, "", S("المكتب الإعلامي للوزارة", "official", "Ministry of Water Resources media office"),
          "ومن المقرر أن يعقد"),
        E("AID", None, "asserted", "2025-07-21", "day",
          A("جمعية الهلال الأحمر العراقي", "Iraqi Red Crescent Society", "IRQ", "other"),
          A("300 عائلة", "Families in Afak villages", "IRQ", "civilians"), [AFAK], None, None, "",
          S("جمعية الهلال الأحمر العراقي", "ngo", "Iraqi Red Crescent Society"), "ووزعت جمعية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2025-07-22", "day",
          A("المزارعين", "Farmers (Al-Qadisiyyah)", "IRQ", "protesters"), None, [DIW], None, None, "",
          S("اتحاد الجمعيات الفلاحية في القادسية", "official", "Farmers' Associations Union, Al-Qadisiyyah"), "وحذّر اتحاد"),
    ],
    notes=("Published Tue 2025-07-22; Iraqi date line with the Levantine month «الثلاثاء، 22 تموز 2025 | 22:15» (weekday checked). "
           "Dates: «ليل الأحد» -> Sun 07-20; «صباح أمس الاثنين» / «أمس» -> 07-21; «فجر اليوم الثلاثاء» / «ظهر اليوم» / «اليوم» / «مساء اليوم» -> "
           "07-22; «يوم الخميس المقبل» -> Thu 07-24; the hypothetical takes the publication day. P1: gunfight between farmers of two clans "
           "over irrigation shares, no organised group -> ASSAULT, Riots / Mob violence (2 killed, 5 injured). P2: burning tyres at "
           "Diwaniyah's northern entrance -> Riots / Violent demonstration, outlet_own. P3: gunmen force regulator staff to open the gates "
           "-> ASSAULT / Violence against civilians / Attack (no casualties given: null). P4: one sentence, two places -> two MOBILIZE. "
           "P5: the governor's accusation at a press conference in Diwaniyah (venue); «مطالباً» not coded. P6: the police deny arresting "
           "12 farmers during the road blocking («أمس») -> denied Arrests at Diwaniyah. P7: planned meeting at the ministry in Baghdad. "
           "P8: Red Crescent water -> AID, ngo. P9: «قد ينظمون ... إذا» -> hypothetical PROTEST placed at Diwaniyah (named). P10: drought "
           "background, not coded. Coordinates approximate; the regulator's point is a rough estimate."),
)

# ---------------------------------------------------------------- 004  (published Thu 2024-12-05)
T004 = "تفجير ضريح أثري في زليتن واشتباكات في الخمس على خلفية إزالة الأضرحة"
ZLI = L("زليتن", "Zliten", "LY", "Murqub", "city", 32.47, 14.57)
KHOMS = L("الخمس", "Khoms", "LY", "Murqub", "city", 32.65, 14.26)
MSAL = L("مسلاتة", "Msallata", "LY", "Murqub", "city", 32.62, 14.00)
ISA = A("جهاز الأمن الداخلي", "Internal Security Agency (Libya)", "LBY", "government")
A004 = dict(
    id="004_news_item", format="html", published="2024-12-05", title=T004,
    html=dict(
        site="نافذة الساحل الليبي",
        nav=["الرئيسية", "ليبيا", "المغرب العربي", "اقتصاد", "منوعات", "فيديو"],
        kicker="الغرب الليبي",
        byline="زليتن - مراسل النافذة",
        datetime="2024-12-05T22:30:00+02:00",
        time="2024-12-05 22:30",
        img="/media/2024/12/old-town.jpg",
        caption="المدينة القديمة في زليتن (أرشيف)",
        share=["شارك عبر:", "فيسبوك", "إكس", "تيليغرام"],
        tags=["الوسوم:", "زليتن", "الخمس", "الأضرحة"],
        related=["ذات صلة", "افتتاح الموسم الزراعي في سهل الجفارة", "ارتفاع أسعار الأضاحي في أسواق الساحل"],
        footer=["من نحن", "اتصل بنا", "تابعونا على فيسبوك", "© 2024 نافذة الساحل الليبي - جميع الحقوق محفوظة"],
    ),
    paras=[
        "فجّر مجهولون، فجر اليوم الخميس، ضريحاً أثرياً لأحد الأولياء في المدينة القديمة بزليتن بعبوات ناسفة، ما أدى إلى انهيار قبته بالكامل وتضرر 3 منازل مجاورة دون تسجيل إصابات، بحسب ما أعلنته مديرية أمن زليتن.",
        "وخرج مئات من أهالي زليتن، ظهر اليوم، في مسيرة غاضبة جابت شوارع المدينة وصولاً إلى مقر المجلس البلدي، مطالبين بكشف الجناة ومحاسبتهم، وفق ما أفاد به مراسلنا.",
        "واندلعت، مساء أمس الأربعاء، اشتباكات بالأسلحة الخفيفة في مدينة الخمس بين مجموعة مسلحة محلية وعناصر مسلحين رافقوا موظفين من مكتب الأوقاف لإزالة ضريح في مقبرة المدينة، ما أسفر عن إصابة 3 أشخاص، بحسب ما قاله شهود عيان لقناة «ليبيا الأحرار».",
        "وأعلن جهاز الأمن الداخلي، في بيان مساء اليوم، القبض على 3 مشتبه بهم في تفجير ضريح زليتن في مدينة مسلاتة وآخر في زليتن، مشيراً إلى أن أحدهم «اعترف بتصنيع العبوات في منزله».",
        "واتهمت دار الإفتاء الليبية، في بيان اليوم، «تياراً متشدداً يسيطر على الهيئة العامة للأوقاف» بالتحريض على هدم الأضرحة وتكفير زوارها.",
        "ورفضت الهيئة العامة للأوقاف والشؤون الإسلامية، في رد نشرته على صفحتها في فيسبوك، اتهامات دار الإفتاء، ووصفتها بأنها «تحريض سياسي يستهدف العلماء».",
        "ونفى جهاز الردع لمكافحة الجريمة المنظمة والإرهاب، في بيان مقتضب، مشاركة أي من عناصره في اشتباكات الخمس مساء أمس، مؤكداً أن «لا وجود له» في المدينة.",
        "ومن المقرر أن يزور وفد من المجلس الرئاسي زليتن يوم السبت المقبل للقاء أعيان المدينة ومشايخ الزوايا الصوفية، بحسب ما أعلنه المكتب الإعلامي للمجلس.",
        "وحذّر عميد بلدية زليتن، في تصريح لقناة «ليبيا الأحرار»، من أن أهالي المدينة قد يشكلون «لجاناً مسلحة» لحماية الزوايا والأضرحة إذا عجزت الأجهزة الأمنية عن ذلك.",
        "وشهدت ليبيا منذ عام 2011 تدمير عشرات الأضرحة والزوايا الصوفية في طرابلس ومصراتة وبنغازي وزليتن، نُسب معظمها إلى مجموعات سلفية تعد زيارة الأضرحة «بدعة».",
    ],
    entities=[
        ("زليتن", "GPE", "Zliten"),
        ("مديرية أمن زليتن", "ORG", "Zliten Security Directorate"),
        ("الخمس", "GPE", "Khoms"),
        ("ليبيا الأحرار", "ORG", "Libya Alahrar TV"),
        ("جهاز الأمن الداخلي", "ORG", "Internal Security Agency (Libya)"),
        ("مسلاتة", "GPE", "Msallata"),
        ("دار الإفتاء الليبية", "ORG", "Dar al-Ifta (Libya)"),
        ("الهيئة العامة للأوقاف", "ORG", "General Authority of Awqaf and Islamic Affairs (Libya)"),
        ("الهيئة العامة للأوقاف والشؤون الإسلامية", "ORG", "General Authority of Awqaf and Islamic Affairs (Libya)"),
        ("فيسبوك", "ORG", "Facebook"),
        ("دار الإفتاء", "ORG", "Dar al-Ifta (Libya)"),
        ("جهاز الردع لمكافحة الجريمة المنظمة والإرهاب", "ORG", "Rada Deterrence Apparatus for Combating Organized Crime and Terrorism"),
        ("المجلس الرئاسي", "ORG", "Presidential Council (Libya)"),
        ("ليبيا", "GPE", "Libya"),
        ("طرابلس", "GPE", "Tripoli"),
        ("مصراتة", "GPE", "Misrata"),
        ("بنغازي", "GPE", "Benghazi"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "asserted", "2024-12-05", "day",
          A("مجهولون", "Unidentified perpetrators", None, "armed_group"), None, [ZLI], 0, 0, "دون تسجيل إصابات",
          S("مديرية أمن زليتن", "official", "Zliten Security Directorate"), "فجّر مجهولون"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-12-05", "day",
          A("مئات من أهالي زليتن", "Zliten residents", "LBY", "protesters"), None, [ZLI], None, None, "", OWN, "وخرج مئات"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-12-04", "day",
          A("مجموعة مسلحة محلية", "Local armed group (Khoms)", "LBY", "armed_group"),
          A("عناصر مسلحين", "Armed escort of Awqaf staff", "LBY", "armed_group"), [KHOMS],
          None, 3, "إصابة 3 أشخاص", S("شهود عيان", "witness", "Eyewitnesses (via Libya Alahrar)"), "واندلعت، مساء أمس"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-12-05", "day", ISA,
          A("3 مشتبه بهم", "Shrine bombing suspects", "LBY", "other"), [MSAL], None, None, "",
          S("جهاز الأمن الداخلي", "official", "Internal Security Agency (Libya)"), "وأعلن جهاز الأمن الداخلي"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-12-05", "day", ISA,
          A("آخر", "Shrine bombing suspect", "LBY", "other"), [ZLI], None, None, "",
          S("جهاز الأمن الداخلي", "official", "Internal Security Agency (Libya)"), "وأعلن جهاز الأمن الداخلي"),
        E("ACCUSE", None, "asserted", "2024-12-05", "day",
          A("دار الإفتاء الليبية", "Dar al-Ifta (Libya)", "LBY", "other"),
          A("تياراً متشدداً", "Hardline current in the Awqaf authority", "LBY", "other"), [], None, None, "",
          S("دار الإفتاء الليبية", "official", "Dar al-Ifta (Libya)"), "واتهمت دار الإفتاء"),
        E("REJECT", None, "asserted", "2024-12-05", "day",
          A("الهيئة العامة للأوقاف والشؤون الإسلامية", "General Authority of Awqaf and Islamic Affairs (Libya)", "LBY", "government"),
          A("دار الإفتاء", "Dar al-Ifta (Libya)", "LBY", "other"), [], None, None, "",
          S("الهيئة العامة للأوقاف والشؤون الإسلامية", "official", "General Authority of Awqaf and Islamic Affairs"), "ورفضت الهيئة"),
        E("ASSAULT", ["Battles", "Armed clash"], "denied", "2024-12-04", "day",
          A("جهاز الردع لمكافحة الجريمة المنظمة والإرهاب", "Rada Deterrence Apparatus", "LBY", "armed_group"), None, [KHOMS],
          None, None, "", S("جهاز الردع لمكافحة الجريمة المنظمة والإرهاب", "official", "Rada Deterrence Apparatus"),
          "ونفى جهاز الردع"),
        E("CONSULT", None, "planned", "2024-12-07", "day",
          A("وفد من المجلس الرئاسي", "Presidential Council delegation", "LBY", "government"),
          A("أعيان المدينة", "Zliten notables", "LBY", "other"), [ZLI], None, None, "",
          S("المكتب الإعلامي للمجلس", "official", "Presidential Council media office"), "ومن المقرر أن يزور"),
        E("MOBILIZE", None, "hypothetical", "2024-12-05", "day",
          A("أهالي المدينة", "Zliten residents", "LBY", "civilians"), None, [ZLI], None, None, "",
          S("عميد بلدية زليتن", "official", "Mayor of Zliten"), "وحذّر عميد بلدية"),
    ],
    notes=("Published Thu 2024-12-05; ISO date in <time datetime=\"2024-12-05T22:30:00+02:00\">, shown «2024-12-05 22:30» (Thursday). "
           "Dates: «فجر اليوم الخميس» / «ظهر اليوم» / «مساء اليوم» / «اليوم» -> 12-05; «مساء أمس الأربعاء» / «مساء أمس» -> 12-04; "
           "«يوم السبت المقبل» -> Sat 12-07; the Awqaf reply (no time word) and the hypothetical take the publication day. P1: shrine "
           "blown up, unknown perpetrators, «دون تسجيل إصابات» -> 0 killed, 0 injured (as dev-010). P2: peaceful march, outlet_own. P3: "
           "clash in Khoms between a local armed group and the gunmen escorting Awqaf staff -> Battles / Armed clash, 3 injured, "
           "witnesses via a channel. P4: one sentence, two places (3 suspects in Msallata, one in Zliten) -> two arrest events. P5: "
           "Dar al-Ifta's accusation, no place. P6: the Awqaf authority rejects it -> REJECT, no place. P7: Rada denies taking part in "
           "the Khoms clash -> ASSAULT denied, dated by the clash. P8: planned visit to Zliten. P9: «قد يشكلون ... إذا» -> hypothetical "
           "MOBILIZE placed at Zliten (named in the mayor's title). P10: background, not coded. No saint or person is named."),
)
