"""heldout20 article specs 001-004 (invented events; real places, institutions and armed groups; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 001  (published Thu 2025-06-19)  Tunisia, Gafsa phosphate basin
T001 = "الحوض المنجمي: إيقافات في المتلوي وأم العرائس وتواصل غلق السكة في الرديف"
REDEYEF = L("الرديف", "Redeyef", "TN", "Gafsa", "city", 34.38, 8.15)
METLAOUI = L("المتلوي", "Metlaoui", "TN", "Gafsa", "city", 34.32, 8.40)
OMLARAYES = L("أم العرائس", "Om Larayes", "TN", "Gafsa", "city", 34.50, 8.27)
MDHILLA = L("المظيلة", "Mdhilla", "TN", "Gafsa", "city", 34.28, 8.75)
BASIN = L("الحوض المنجمي", "Gafsa mining basin", "TN", "Gafsa", "region", 34.40, 8.45)
TUNIS = L("تونس", "Tunis", "TN", "Tunis", "city", 36.81, 10.18)
GARDE = A("وحدات الحرس الوطني", "Tunisian National Guard", "TUN", "police")
A001 = dict(
    id="001_news_item", format="text", published="2025-06-19", title=T001,
    head=[T001, "الخميس 19 جوان 2025 على الساعة 18 و40 دق", "قفصة - مكتب الجنوب الغربي",
          "قطار محمّل بالفسفاط متوقف قرب محطة المتلوي (أرشيف)",
          "مشاركة: فيسبوك • واتساب • تويتر"],
    foot=["اقرأ أيضاً: تراجع مخزون الأسمدة لدى وحدات التحويل بقابس",
          "الكلمات المفاتيح: قفصة، الفسفاط، الرديف، اتحاد الشغل",
          "تابعوا صدى الحوض المنجمي على يوتيوب وإنستغرام",
          "© صدى الحوض المنجمي 2025 - جميع الحقوق محفوظة"],
    paras=[
        "يواصل عشرات المعطّلين عن العمل من حاملي الشهادات العليا، اليوم الخميس، اعتصامهم فوق السكة الحديدية عند المدخل الشرقي لمدينة الرديف من ولاية قفصة، مانعين لليوم السادس على التوالي مرور قطارات الفسفاط نحو وحدات المجمع الكيميائي التونسي بقابس، احتجاجاً على تأخّر الإعلان عن نتائج مناظرة الانتداب بشركة فسفاط قفصة.",
        "وأوقفت وحدات الحرس الوطني، مساء أمس الأربعاء، ستة شبان في المتلوي وأربعة آخرين في أم العرائس إثر مداهمة خيام اعتصام نُصبت على خطّي السكة بالمدينتين، وفق ما أكده مصدر أمني لمراسلنا، مضيفاً أن النيابة العمومية أذنت بالاحتفاظ بهم.",
        "وعلى الطريق الرابط بين المظيلة وقفصة، فرّقت وحدات أمنية صباح اليوم بالغاز المسيل للدموع وقفة نظّمها عمال الحضائر للمطالبة بتسوية وضعياتهم المهنية، ما أدى إلى إصابة ثلاثة منهم بحالات اختناق نُقلوا على إثرها إلى المستشفى الجهوي بقفصة، بحسب ما أفاد به شهود عيان.",
        "في المقابل، دعا الاتحاد الجهوي للشغل بقفصة إلى إضراب عام في كامل معتمديات الحوض المنجمي يوم الثلاثاء المقبل، «دفاعاً عن حق أبناء الجهة في التشغيل وتنديداً بالإيقافات»، حسب برقية الإضراب التي أصدرها اليوم.",
        "وكانت وزارة الصناعة والمناجم والطاقة والجامعة العامة للمناجم قد توصّلتا، ليل الثلاثاء، إثر جلسة تفاوض ماراثونية احتضنها مقر الوزارة بتونس العاصمة، إلى اتفاق يقضي بانتداب 450 عوناً بشركة فسفاط قفصة على ثلاث دفعات قبل موفى السنة، وفق محضر الجلسة الذي نشرته الجامعة على صفحتها الرسمية.",
        "ونفت الإدارة العامة للحرس الوطني، في بلاغ نشرته صباح اليوم على صفحتها الرسمية بموقع فيسبوك، ما تداولته صفحات محلية عن «اعتداء أعوانها بالعنف» على محتجين موقوفين داخل مركز الحرس بالمتلوي ليل الأربعاء، مؤكدة أن الإيقافات تمّت «في كنف احترام القانون».",
        "من جهته، حمّل المنتدى التونسي للحقوق الاقتصادية والاجتماعية، في بيان اليوم، السلطات الجهوية «مسؤولية الاحتقان المتصاعد» في الحوض المنجمي، منتقداً «المقاربة الأمنية» في التعامل مع مطالب التشغيل، وداعياً إلى الإفراج الفوري عن الموقوفين العشرة.",
        "وطالبت شركة فسفاط قفصة، في بلاغ أصدرته مساء أمس، المعتصمين بإخلاء السكة «تغليباً للمصلحة الوطنية»، مشيرة إلى أن توقف النقل الحديدي منذ ستة أيام حرم وحدات التحويل من نحو 60 ألف طن من الفسفاط التجاري.",
        "وقال والي قفصة، في تصريح لإذاعة محلية، إن النيابة قد تأذن بالإفراج عن الموقوفين العشرة «إذا رُفع الاعتصام عن السكة وعادت القطارات إلى الحركة»، معتبراً أن «باب الحوار لم يُغلق».",
        "ولم يتجاوز إنتاج الفسفاط التجاري 3 ملايين طن خلال سنة 2024 مقابل أكثر من 8 ملايين طن سنة 2010، فيما تتجاوز نسبة البطالة في معتمديات الحوض المنجمي 25 بالمائة حسب أرقام المعهد الوطني للإحصاء.",
    ],
    entities=[
        ("الرديف", "GPE", "Redeyef"),
        ("ولاية قفصة", "GPE", "Gafsa Governorate"),
        ("المجمع الكيميائي التونسي", "ORG", "Groupe Chimique Tunisien"),
        ("قابس", "GPE", "Gabes"),
        ("شركة فسفاط قفصة", "ORG", "Compagnie des Phosphates de Gafsa"),
        ("الحرس الوطني", "ORG", "Tunisian National Guard"),
        ("المتلوي", "GPE", "Metlaoui"),
        ("أم العرائس", "GPE", "Om Larayes"),
        ("النيابة العمومية", "ORG", "Public Prosecution (Tunisia)"),
        ("المظيلة", "GPE", "Mdhilla"),
        ("قفصة", "GPE", "Gafsa"),
        ("المستشفى الجهوي بقفصة", "FAC", "Gafsa Regional Hospital"),
        ("الاتحاد الجهوي للشغل بقفصة", "ORG", "UGTT Gafsa Regional Union"),
        ("الحوض المنجمي", "LOC", "Gafsa mining basin"),
        ("وزارة الصناعة والمناجم والطاقة", "ORG", "Tunisian Ministry of Industry, Mines and Energy"),
        ("الجامعة العامة للمناجم", "ORG", "General Federation of Mines (UGTT)"),
        ("تونس", "GPE", "Tunis"),
        ("الإدارة العامة للحرس الوطني", "ORG", "General Directorate of the National Guard (Tunisia)"),
        ("فيسبوك", "ORG", "Facebook"),
        ("المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "ORG", "Tunisian Forum for Economic and Social Rights (FTDES)"),
        ("المعهد الوطني للإحصاء", "ORG", "National Institute of Statistics (Tunisia)"),
    ],
    events=[
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-06-19", "day",
          A("عشرات المعطّلين عن العمل", "Unemployed graduates (Tunisia)", "TUN", "protesters"), None, [REDEYEF],
          None, None, "", OWN, "يواصل عشرات المعطّلين"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-06-18", "day",
          GARDE, A("ستة شبان", "Sit-in protesters (Metlaoui)", "TUN", "protesters"), [METLAOUI], None, None, "",
          S("مصدر أمني", "anonymous", "Tunisian security source"), "ستة شبان في المتلوي"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-06-18", "day",
          GARDE, A("أربعة آخرين", "Sit-in protesters (Om Larayes)", "TUN", "protesters"), [OMLARAYES], None, None, "",
          S("مصدر أمني", "anonymous", "Tunisian security source"), "ستة شبان في المتلوي"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2025-06-19", "day",
          A("عمال الحضائر", "Site workers (Gafsa)", "TUN", "protesters"),
          A("وحدات أمنية", "Police Forces of Tunisia", "TUN", "police"), [MDHILLA], None, 3,
          "إصابة ثلاثة منهم بحالات اختناق", S("شهود عيان", "witness", "Eyewitnesses"), "فرّقت وحدات أمنية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2025-06-24", "day",
          A("الاتحاد الجهوي للشغل بقفصة", "UGTT Gafsa Regional Union", "TUN", "protesters"), None, [BASIN],
          None, None, "", S("الاتحاد الجهوي للشغل بقفصة", "official", "UGTT Gafsa Regional Union"), "إضراب عام في كامل"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2025-06-17", "day",
          A("وزارة الصناعة والمناجم والطاقة", "Tunisian Ministry of Industry, Mines and Energy", "TUN", "government"),
          A("الجامعة العامة للمناجم", "General Federation of Mines (UGTT)", "TUN", "other"), [TUNIS], None, None, "",
          S("محضر الجلسة الذي نشرته الجامعة", "official", "General Federation of Mines (UGTT)"), "جلسة تفاوض ماراثونية"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2025-06-18", "day",
          A("أعوانها", "Tunisian National Guard", "TUN", "police"),
          A("محتجين موقوفين", "Detained protesters (Metlaoui)", "TUN", "protesters"), [METLAOUI], None, None, "",
          S("الإدارة العامة للحرس الوطني", "official", "General Directorate of the National Guard (Tunisia)"), "ونفت الإدارة العامة"),
        E("ACCUSE", None, "asserted", "2025-06-19", "day",
          A("المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "Tunisian Forum for Economic and Social Rights (FTDES)", "TUN", "other"),
          A("السلطات الجهوية", "Gafsa regional authorities", "TUN", "government"), [], None, None, "",
          S("المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "ngo", "Tunisian Forum for Economic and Social Rights (FTDES)"),
          "مسؤولية الاحتقان"),
        E("REQUEST", None, "asserted", "2025-06-18", "day",
          A("شركة فسفاط قفصة", "Compagnie des Phosphates de Gafsa", "TUN", "other"),
          A("المعتصمين", "Sit-in protesters (Gafsa mining basin)", "TUN", "protesters"), [], None, None, "",
          S("شركة فسفاط قفصة", "official", "Compagnie des Phosphates de Gafsa"), "المعتصمين بإخلاء السكة"),
        E("CONCEDE", None, "hypothetical", "2025-06-19", "day",
          A("النيابة", "Public Prosecution (Tunisia)", "TUN", "government"),
          A("الموقوفين العشرة", "Detained protesters (Gafsa mining basin)", "TUN", "protesters"), [], None, None, "",
          S("والي قفصة", "official", "Governor of Gafsa"), "قد تأذن بالإفراج"),
    ],
    notes=("Published Thu 2025-06-19 (Tunisian date line «جوان», clock «18 و40 دق»). P1 ongoing rail sit-in in Redeyef, dated by «اليوم الخميس». "
           "P2 one sentence, two places: arrests in Metlaoui (6) and Om Larayes (4) «مساء أمس الأربعاء» -> 2025-06-18, two events; source «مصدر أمني لمراسلنا» is anonymous. "
           "P3 tear gas on a site-workers' road protest near Mdhilla: Protest with intervention, 3 injured (number word), witnesses. "
           "P4 the regional UGTT strike call for «يوم الثلاثاء المقبل» -> 2025-06-24, planned PROTEST placed in the mining basin (LOC). "
           "P5 ministry-federation agreement «ليل الثلاثاء» -> 2025-06-17 in Tunis (venue given). "
           "P6 the National Guard denies beating detainees in Metlaoui «ليل الأربعاء» -> denied ASSAULT / Attack dated by the alleged act (2025-06-18). "
           "P7 FTDES accusation (ngo; the call «داعياً» is participial, not a separate event). P8 CPG's demand «مساء أمس» -> REQUEST 2025-06-18; the 60,000 t is not a casualty. "
           "P9 the governor: the prosecution «قد تأذن بالإفراج ... إذا» -> hypothetical CONCEDE, undated, so dated by the report. "
           "P10 production and unemployment figures are background, not events."),
)

# ---------------------------------------------------------------- 002  (published Wed 2025-11-12)  Iraq, the day after the parliamentary election
T002 = "جرحى باحتجاجات على النتائج الأولية في كركوك وحظر للتجوال بعد يوم من الاقتراع"
KIRKUK = L("كركوك", "Kirkuk", "IQ", "Kirkuk", "city", 35.47, 44.39)
MOSUL = L("الموصل", "Mosul", "IQ", "Nineveh", "city", 36.34, 43.13)
HAWIJA = L("الحويجة", "Hawija", "IQ", "Kirkuk", "city", 35.32, 43.77)
TALAFAR = L("تلعفر", "Tal Afar", "IQ", "Nineveh", "city", 36.38, 42.45)
TARMIYAH = L("الطارمية", "Tarmiyah", "IQ", "Baghdad", "city", 33.67, 44.40)
BAGHDAD = L("بغداد", "Baghdad", "IQ", "Baghdad", "city", 33.31, 44.36)
INSS = A("جهاز الأمن الوطني", "Iraqi National Security Service", "IRQ", "police")
VOTEBUY = A("خمسة متهمين بشراء أصوات الناخبين", "Vote-buying suspects", "IRQ", "other")
A002 = dict(
    id="002_news_item", format="html", published="2025-11-12", title=T002,
    html=dict(site="بوابة دجلة والفرات", nav=["الرئيسية", "العراق", "انتخابات 2025", "اقتصاد", "رياضة", "منوعات"],
              kicker="انتخابات مجلس النواب", byline="بغداد - كركوك: قسم الشؤون المحلية",
              datetime="2025-11-12T22:15", time="الأربعاء | 12.11.2025 | 22:15",
              img="/media/2025/11/kirkuk-protest.jpg",
              caption="محتجون قرب مكتب المفوضية في كركوك (تصوير خاص)",
              share=["شارك الخبر:", "فيسبوك", "إكس", "واتساب", "تلغرام"],
              tags=["وسوم:", "الانتخابات", "كركوك", "المفوضية", "نينوى"],
              related=["الأكثر قراءة", "أسعار صرف الدولار في بورصة الكفاح صباح اليوم", "موجة أمطار مرتقبة على المحافظات الوسطى والجنوبية"],
              footer=["من نحن", "اتصل بنا", "سياسة الخصوصية", "حمّل تطبيق بوابة دجلة والفرات على متجر التطبيقات",
                      "جميع الحقوق محفوظة © بوابة دجلة والفرات 2025"]),
    paras=[
        "أُصيب ٦ أشخاص، بينهم عنصران من قوات الأمن، عصر اليوم الأربعاء، خلال احتجاجات غاضبة نظّمها مئات من أنصار قوائم عربية وتركمانية أمام مكتب المفوضية العليا المستقلة للانتخابات في كركوك رفضاً للنتائج الأولية لاقتراع أمس، أحرق خلالها المحتجون إطارات السيارات وأغلقوا طريق كركوك - بغداد قبل أن تفرّقهم قوات مكافحة الشغب بإطلاق الرصاص في الهواء، بحسب مصدر طبي في مستشفى آزادي العام.",
        "وعلى إثر ذلك، أعلنت اللجنة الأمنية العليا في محافظة كركوك فرض حظر للتجوال في مركز المدينة اعتباراً من الثامنة من مساء اليوم وحتى إشعار آخر، مستثنيةً الحالات الإنسانية والفرق الطبية.",
        "وفي الموصل، نظّم العشرات من أنصار مرشحين لم يحالفهم الحظ وقفة سلمية ظهر اليوم أمام مبنى ديوان محافظة نينوى، مطالبين بإعادة العدّ والفرز يدوياً في عدد من مراكز الاقتراع، وفق ما أفاد به مراسلنا.",
        "وكان مجهولون قد ألقوا، ليل الاثنين، قنبلة يدوية على مكتب انتخابي لأحد المرشحين المستقلين في حي الزهور شرقي الموصل، ما ألحق أضراراً بواجهة المبنى دون أن يسفر عن إصابات، بحسب ما أفاد به مصدر في قيادة شرطة نينوى.",
        "وأعلن جهاز الأمن الوطني، في بيان أمس، القبض على خمسة متهمين بشراء أصوات الناخبين، ثلاثة منهم في قضاء الحويجة غربي كركوك واثنان في قضاء تلعفر غربي الموصل، مشيراً إلى ضبط 112 بطاقة ناخب إلكترونية ومبالغ مالية بحوزتهم.",
        "وذكرت وكالة الأنباء العراقية أن قوة من الجيش العراقي فكّكت، فجر أمس، عبوة ناسفة زُرعت قرب مدرسة تُستخدم مركزاً للاقتراع في قضاء الطارمية شمالي بغداد، قبل ساعة من فتح صناديق الاقتراع.",
        "في المقابل، رفضت المفوضية، في بيان مقتضب مساء اليوم، ما وصفتها بـ«الادعاءات غير المستندة إلى أدلة» بشأن التلاعب بأجهزة العدّ الإلكتروني في كركوك، مؤكدةً أن باب الطعون سيبقى مفتوحاً ثلاثة أيام.",
        "ورحّبت بعثة الأمم المتحدة لمساعدة العراق (يونامي)، في بيان اليوم، بـ«الأجواء الآمنة» التي جرى فيها الاقتراع، داعيةً القوى السياسية إلى سلوك الطرق القانونية في الاعتراض على النتائج.",
        "ومن المقرر أن يستضيف رئيس مجلس الوزراء، غداً الخميس، اجتماعاً لقادة الكتل السياسية في بغداد لبحث الاعتراضات على النتائج، بحسب مصدر حكومي تحدّث شريطة عدم الكشف عن اسمه.",
        "وتنافس في الاقتراع، وهو السادس منذ عام 2005، أكثر من 7 آلاف مرشح على 329 مقعداً في مجلس النواب، فيما بلغ عدد من يحق لهم التصويت نحو 21 مليون ناخب، وفق أرقام المفوضية.",
    ],
    entities=[
        ("المفوضية العليا المستقلة للانتخابات", "ORG", "Independent High Electoral Commission (Iraq)"),
        ("كركوك", "GPE", "Kirkuk"),
        ("بغداد", "GPE", "Baghdad"),
        ("مستشفى آزادي العام", "FAC", "Azadi General Hospital (Kirkuk)"),
        ("الموصل", "GPE", "Mosul"),
        ("ديوان محافظة نينوى", "FAC", "Nineveh Governorate building"),
        ("حي الزهور", "GPE", "al-Zuhur neighbourhood (Mosul)"),
        ("قيادة شرطة نينوى", "ORG", "Nineveh Police Command"),
        ("جهاز الأمن الوطني", "ORG", "Iraqi National Security Service"),
        ("الحويجة", "GPE", "Hawija"),
        ("تلعفر", "GPE", "Tal Afar"),
        ("وكالة الأنباء العراقية", "ORG", "Iraqi News Agency (INA)"),
        ("الجيش العراقي", "ORG", "Iraqi Army"),
        ("الطارمية", "GPE", "Tarmiyah"),
        ("بعثة الأمم المتحدة لمساعدة العراق", "ORG", "United Nations Assistance Mission for Iraq (UNAMI)"),
        ("يونامي", "ORG", "United Nations Assistance Mission for Iraq (UNAMI)"),
        ("مجلس النواب", "ORG", "Council of Representatives of Iraq"),
    ],
    events=[
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2025-11-12", "day",
          A("مئات من أنصار قوائم عربية وتركمانية", "Arab and Turkmen protesters (Kirkuk)", "IRQ", "protesters"),
          A("قوات مكافحة الشغب", "Iraqi riot police", "IRQ", "police"), [KIRKUK], None, 6,
          "أُصيب ٦ أشخاص، بينهم عنصران من قوات الأمن", S("مصدر طبي", "anonymous", "Medical source, Azadi hospital"),
          "أُصيب ٦ أشخاص"),
        E("COERCE", None, "asserted", "2025-11-12", "day",
          A("اللجنة الأمنية العليا في محافظة كركوك", "Kirkuk Higher Security Committee", "IRQ", "government"), None, [KIRKUK],
          None, None, "", S("اللجنة الأمنية العليا في محافظة كركوك", "official", "Kirkuk Higher Security Committee"),
          "فرض حظر للتجوال"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-11-12", "day",
          A("العشرات من أنصار مرشحين", "Supporters of losing candidates (Mosul)", "IRQ", "protesters"), None, [MOSUL],
          None, None, "", OWN, "نظّم العشرات من أنصار"),
        E("ASSAULT", ["Explosions/Remote violence", "Grenade"], "asserted", "2025-11-10", "day",
          A("مجهولون", "Unidentified armed group (Iraq)", None, "armed_group"),
          A("مكتب انتخابي لأحد المرشحين المستقلين", "Independent parliamentary candidate (Nineveh)", "IRQ", "political_party"),
          [MOSUL], 0, 0, "دون أن يسفر عن إصابات", S("مصدر في قيادة شرطة نينوى", "anonymous", "Nineveh police source"),
          "قنبلة يدوية"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-11-11", "day",
          INSS, VOTEBUY, [HAWIJA], None, None, "", S("جهاز الأمن الوطني", "official", "Iraqi National Security Service"),
          "بشراء أصوات الناخبين"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-11-11", "day",
          INSS, VOTEBUY, [TALAFAR], None, None, "", S("جهاز الأمن الوطني", "official", "Iraqi National Security Service"),
          "بشراء أصوات الناخبين"),
        E("COERCE", ["Strategic developments", "Disrupted weapons use"], "asserted", "2025-11-11", "day",
          A("قوة من الجيش العراقي", "Iraqi Army", "IRQ", "military"), None, [TARMIYAH], None, None, "",
          S("وكالة الأنباء العراقية", "wire", "Iraqi News Agency (INA)"), "فكّكت، فجر أمس"),
        E("REJECT", None, "asserted", "2025-11-12", "day",
          A("المفوضية", "Independent High Electoral Commission (Iraq)", "IRQ", "government"), None, [], None, None, "",
          S("المفوضية", "official", "Independent High Electoral Commission (Iraq)"), "رفضت المفوضية"),
        E("SUPPORT", None, "asserted", "2025-11-12", "day",
          A("بعثة الأمم المتحدة لمساعدة العراق", "United Nations Assistance Mission for Iraq (UNAMI)", None, "igo"), None, [],
          None, None, "", S("بعثة الأمم المتحدة لمساعدة العراق", "official", "United Nations Assistance Mission for Iraq (UNAMI)"),
          "ورحّبت بعثة"),
        E("CONSULT", None, "planned", "2025-11-13", "day",
          A("رئيس مجلس الوزراء", "Prime Minister of Iraq", "IRQ", "government"),
          A("قادة الكتل السياسية", "Iraqi political blocs", "IRQ", "political_party"), [BAGHDAD], None, None, "",
          S("مصدر حكومي", "anonymous", "Iraqi government source"), "غداً الخميس"),
    ],
    notes=("Published Wed 2025-11-12, the day after the vote of Tue 2025-11-11 («اقتراع أمس»). HTML page, <time> «الأربعاء | 12.11.2025 | 22:15». "
           "P1 Kirkuk protest with burning tyres and a blocked road, dispersed by riot police: Riots / Violent demonstration (as dev-005), "
           "6 injured in Eastern digits (casualty text includes the two security men). P2 curfew: COERCE with ACLED null (as dev-007). "
           "P3 peaceful sit-in in Mosul, «وفق ما أفاد به مراسلنا» -> outlet_own. P4 grenade on a candidate's office «ليل الاثنين» -> 2025-11-10, "
           "explicit no casualties -> 0/0. P5 one sentence, two places: vote-buying arrests in Hawija and Tal Afar «في بيان أمس» -> 2025-11-11 "
           "(the 112 voter cards are not casualties). P6 IED defused at a polling school in Tarmiyah «فجر أمس», INA speaking for itself -> wire. "
           "P7 IHEC rejects fraud claims (no place: Kirkuk is the topic, not the venue). P8 UNAMI welcome -> SUPPORT (the call «داعيةً» is participial). "
           "P9 planned meeting «غداً الخميس» -> 2025-11-13 in Baghdad. P10 candidates/seats/electorate are background."),
)

# ---------------------------------------------------------------- 003  (published Tue 2025-08-26)  Somalia, Hiran and Galmudug
T003 = "قتلى من «الشباب» في محاس واستعادة موقوكوري وبرلمان غلمدغ يؤيد قانون الانتخابات"
SHABAAB = A("حركة الشباب", "Al-Shabaab", "SOM", "armed_group")
MAHAS = L("محاس", "Mahas", "SO", "Hiran", "city", 4.39, 46.09)
BELEDWEYNE = L("بلدوين", "Beledweyne", "SO", "Hiran", "city", 4.74, 45.20)
MOQOKORI = L("موقوكوري", "Moqokori", "SO", "Hiran", "city", 4.05, 46.00)
DHUSAMAREB = L("دوسمريب", "Dhusamareb", "SO", "Galguduud", "city", 5.54, 46.39)
WFP = A("برنامج الأغذية العالمي", "World Food Programme", None, "igo")
A003 = dict(
    id="003_news_item", format="text", published="2025-08-26", title=T003,
    head=[T003, "الثلاثاء، السادس والعشرون من أغسطس/آب 2025", "بلدوين - دوسمريب: مراسلو نافذة الصومال",
          "مقاتلون من ميليشيات العشائر في إقليم هيران (أرشيف)",
          "انشر الخبر: واتساب / فيسبوك / تلغرام"],
    foot=["اقرأ أيضاً: ارتفاع أسعار الذرة في أسواق بلدوين بعد إغلاق الطرق",
          "كلمات دالة: هيران - غلمدغ - حركة الشباب - معاويسلي",
          "حمّلوا تطبيق «نافذة الصومال» على هواتفكم الذكية",
          "جميع الحقوق محفوظة لنافذة الصومال © 2025"],
    paras=[
        "قُتل أحد عشر مسلحاً من حركة الشباب وأصيب سبعة من مقاتلي ميليشيا «معاويسلي» العشائرية، فجر اليوم الثلاثاء، في اشتباكات عنيفة اندلعت إثر هجوم شنّه مسلحو الحركة على مواقع الميليشيا في محيط بلدة محاس بإقليم هيران وسط البلاد، وفق ما أفاد به قائد ميداني في الميليشيا طلب عدم ذكر اسمه.",
        "وفي مدينة بلدوين، عاصمة الإقليم، أصيب ٣ جنود من الجيش الوطني الصومالي صباح اليوم بانفجار عبوة ناسفة زُرعت على جانب الطريق المؤدي إلى المطار واستهدفت عربة عسكرية كانت تقلّهم، بحسب ما أفاد به شهود عيان في المنطقة.",
        "وتبنّت حركة الشباب، في بيان نشرته إذاعة «الأندلس» الناطقة باسمها، قصفاً بقذائف الهاون قالت إنها شنّته ليل الاثنين على مقر رئاسة ولاية غلمدغ في مدينة دوسمريب، زاعمةً أنه أوقع «قتلى وجرحى في صفوف المرتدين»، في حين لم يصدر أي تعليق عن سلطات الولاية.",
        "وأعلن قائد القطاع العسكري في هيران، في تصريح لوكالة الأنباء الصومالية الرسمية (صونا)، أن القوات الحكومية مدعومة بمقاتلي معاويسلي استعادت، مساء أمس، السيطرة على بلدة موقوكوري بعد نحو شهرين من سقوطها بيد الحركة، دون أن يكشف عن حصيلة المعارك.",
        "من جهته، أعلن برنامج الأغذية العالمي، في بيان اليوم، أنه وزّع أمس حصصاً غذائية ونقدية على 2300 أسرة نازحة في بلدوين و900 أسرة في محاس، فرّت من القرى التي تشهد المواجهات.",
        "وفي دوسمريب، صوّت برلمان ولاية غلمدغ، في جلسة عقدها صباح اليوم بحضور 61 نائباً من أصل 89، على تأييد قانون الانتخابات الوطني الذي أقرّه البرلمان الفيدرالي، ممهّداً الطريق لإجراء أول انتخابات محلية مباشرة في الولاية.",
        "واتهم 17 نائباً قاطعوا الجلسة، في مؤتمر صحافي عقدوه عصر اليوم في دوسمريب، رئاسة الولاية بـ«شراء ذمم النواب» لتمرير التصويت، معلنين رفضهم الاعتراف بنتيجته.",
        "وتوعّد المتحدث باسم حركة الشباب، في تسجيل صوتي بُثّ اليوم، زعماء العشائر الذين يحشدون المقاتلين في هيران بـ«مصير الخونة»، داعياً السكان إلى عدم الانضمام إلى الميليشيات.",
        "ومن المقرر أن يصل وفد من وزارة الدفاع الصومالية إلى بلدوين يوم الخميس المقبل للقاء قادة معاويسلي وبحث دمج مقاتليها في صفوف الجيش، بحسب مصدر حكومي.",
        "وتخوض ميليشيات «معاويسلي»، التي تشكّلت من أبناء عشائر هيران صيف 2022، إلى جانب الجيش حملة لطرد الحركة من وسط البلاد، استعادت خلالها عشرات البلدات قبل أن تخسر بعضها مجدداً خلال العام الجاري.",
    ],
    entities=[
        ("حركة الشباب", "ORG", "Al-Shabaab"),
        ("معاويسلي", "ORG", "Macawisley clan militias (Hiran)"),
        ("محاس", "GPE", "Mahas"),
        ("إقليم هيران", "GPE", "Hiran region"),
        ("بلدوين", "GPE", "Beledweyne"),
        ("الجيش الوطني الصومالي", "ORG", "Somali National Army"),
        ("الأندلس", "ORG", "Radio Andalus (al-Shabaab)"),
        ("ولاية غلمدغ", "GPE", "Galmudug State"),
        ("دوسمريب", "GPE", "Dhusamareb"),
        ("هيران", "GPE", "Hiran region"),
        ("وكالة الأنباء الصومالية", "ORG", "Somali National News Agency (SONNA)"),
        ("صونا", "ORG", "Somali National News Agency (SONNA)"),
        ("موقوكوري", "GPE", "Moqokori"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("برلمان ولاية غلمدغ", "ORG", "Galmudug State Assembly"),
        ("وزارة الدفاع الصومالية", "ORG", "Somali Ministry of Defence"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-08-26", "day",
          SHABAAB, A("معاويسلي", "Macawisley clan militias (Hiran)", "SOM", "armed_group"), [MAHAS], 11, 7,
          "قُتل أحد عشر مسلحاً من حركة الشباب وأصيب سبعة من مقاتلي ميليشيا «معاويسلي» العشائرية",
          S("قائد ميداني في الميليشيا", "anonymous", "Macawisley field commander"), "قُتل أحد عشر مسلحاً"),
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "asserted", "2025-08-26", "day",
          None, A("٣ جنود من الجيش الوطني الصومالي", "Somali National Army", "SOM", "military"), [BELEDWEYNE], None, 3,
          "أصيب ٣ جنود", S("شهود عيان", "witness", "Eyewitnesses in Beledweyne"), "أصيب ٣ جنود"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "claimed", "2025-08-25", "day",
          SHABAAB, A("مقر رئاسة ولاية غلمدغ", "Galmudug State presidency", "SOM", "government"), [DHUSAMAREB], None, None,
          "قتلى وجرحى في صفوف المرتدين", S("حركة الشباب", "perpetrator_claim", "Al-Shabaab"), "قصفاً بقذائف الهاون"),
        E("ASSAULT", ["Battles", "Government regains territory"], "asserted", "2025-08-25", "day",
          A("القوات الحكومية", "Somali National Army", "SOM", "military"), A("الحركة", "Al-Shabaab", "SOM", "armed_group"),
          [MOQOKORI], None, None, "", S("قائد القطاع العسكري في هيران", "official", "SNA Hiran sector commander"),
          "استعادت، مساء أمس"),
        E("AID", None, "asserted", "2025-08-25", "day",
          WFP, A("2300 أسرة نازحة", "Displaced families (Beledweyne)", "SOM", "civilians"), [BELEDWEYNE], None, None, "",
          S("برنامج الأغذية العالمي", "official", "World Food Programme"), "وزّع أمس حصصاً"),
        E("AID", None, "asserted", "2025-08-25", "day",
          WFP, A("900 أسرة", "Displaced families (Mahas)", "SOM", "civilians"), [MAHAS], None, None, "",
          S("برنامج الأغذية العالمي", "official", "World Food Programme"), "وزّع أمس حصصاً"),
        E("SUPPORT", None, "asserted", "2025-08-26", "day",
          A("برلمان ولاية غلمدغ", "Galmudug State Assembly", "SOM", "government"),
          A("البرلمان الفيدرالي", "Federal Parliament of Somalia", "SOM", "government"), [DHUSAMAREB], None, None, "",
          OWN, "صوّت برلمان"),
        E("ACCUSE", None, "asserted", "2025-08-26", "day",
          A("17 نائباً", "Galmudug opposition MPs", "SOM", "political_party"),
          A("رئاسة الولاية", "Galmudug State presidency", "SOM", "government"), [DHUSAMAREB], None, None, "",
          S("17 نائباً", "official", "Galmudug opposition MPs"), "واتهم 17 نائباً"),
        E("THREATEN", None, "asserted", "2025-08-26", "day",
          SHABAAB, A("زعماء العشائر", "Hiran clan elders", "SOM", "other"), [], None, None, "",
          S("المتحدث باسم حركة الشباب", "official", "Al-Shabaab spokesman"), "وتوعّد المتحدث"),
        E("CONSULT", None, "planned", "2025-08-28", "day",
          A("وفد من وزارة الدفاع الصومالية", "Somali Ministry of Defence", "SOM", "government"),
          A("قادة معاويسلي", "Macawisley clan militias (Hiran)", "SOM", "armed_group"), [BELEDWEYNE], None, None, "",
          S("مصدر حكومي", "anonymous", "Somali government source"), "يوم الخميس المقبل"),
    ],
    notes=("Published Tue 2025-08-26; date line in ordinal words. P1 al-Shabaab attack near Mahas, clash with the Macawisley militia: "
           "11 killed / 7 injured in number words; the unnamed field commander is anonymous. P2 roadside IED in Beledweyne, 3 soldiers injured "
           "(Eastern digit), perpetrator not named -> actor1 null, witnesses. P3 al-Shabaab's mortar claim on the Galmudug presidency in Dhusamareb "
           "«ليل الاثنين» -> 2025-08-25, marked unconfirmed («لم يصدر أي تعليق») -> claimed; vague casualties -> null. "
           "P4 retaking of Moqokori «مساء أمس»; chain via SONNA -> the sector commander is the innermost speaker (official); Moqokori coordinates are "
           "approximate (about 40 km from Mahas). P5 one sentence, two places: WFP distributions in Beledweyne and Mahas «أمس» -> two AID events. "
           "P6 Galmudug assembly endorses the federal electoral law -> SUPPORT. P7 boycotting MPs' accusation at a press conference in the city -> "
           "ACCUSE placed in Dhusamareb (venue given); «معلنين رفضهم» is participial. P8 al-Shabaab threat to clan elders, no place. "
           "P9 planned MoD visit «يوم الخميس المقبل» -> 2025-08-28. P10 background."),
)

# ---------------------------------------------------------------- 004  (published Mon 2026-03-09)  Algeria: crisis with France; the far south
T004 = "الجزائر تطرد موظفَين في السفارة الفرنسية والجيش يقضي على مهرّبَين قرب برج باجي مختار"
DZ = A("الجزائر", "Government of Algeria", "DZA", "government")
BBM = L("برج باجي مختار", "Bordj Badji Mokhtar", "DZ", "Bordj Badji Mokhtar", "city", 21.33, 0.95)
INGUEZZAM = L("عين قزام", "In Guezzam", "DZ", "In Guezzam", "city", 19.57, 5.77)
MDN = S("وزارة الدفاع الوطني", "official", "Algerian Ministry of National Defence")
A004 = dict(
    id="004_news_item", format="html", published="2026-03-09", title=T004,
    html=dict(site="بوابة الهضاب", nav=["الرئيسية", "وطني", "دولي", "أمن ودفاع", "اقتصاد", "رياضة"],
              kicker="أزمة دبلوماسية", byline="الجزائر - القسم السياسي",
              datetime="2026-03-09T20:15", time="الإثنين 09 مارس 2026، 20سا15د",
              img="/img/2026/03/mae-alger.jpg",
              caption="مقر وزارة الشؤون الخارجية بالعاصمة (أرشيف)",
              share=["شارك:", "فيسبوك", "إكس", "واتساب"],
              tags=["كلمات مفتاحية:", "الجزائر", "فرنسا", "الحدود الجنوبية"],
              related=["مواضيع ذات صلة", "ارتفاع أسعار الخضر والفواكه في الأسبوع الثالث من رمضان",
                       "تمديد ساعات عمل المحلات التجارية خلال شهر رمضان"],
              footer=["من نحن", "اتصل بنا", "شروط الاستخدام", "حمّل تطبيق بوابة الهضاب على أندرويد وآيفون",
                      "© 2026 بوابة الهضاب - جميع الحقوق محفوظة"]),
    paras=[
        "قررت الجزائر، اليوم الإثنين، اعتبار موظفَين اثنين في السفارة الفرنسية «شخصين غير مرغوب فيهما» وأمهلتهما 48 ساعة لمغادرة التراب الوطني، ردّاً على ما وصفته بـ«إجراءات عدائية» اتخذتها باريس بحق أعوان قنصليين جزائريين، وفق بيان لوزارة الشؤون الخارجية والجالية الوطنية بالخارج.",
        "وكانت الجزائر قد استدعت سفيرها لدى فرنسا للتشاور الأسبوع الماضي، في خطوة هي الثانية من نوعها منذ صيف 2024.",
        "واستدعت الخارجية الجزائرية، صباح اليوم، القائم بالأعمال في السفارة الفرنسية وسلّمته مذكرة احتجاج «شديدة اللهجة» على تصريحات أدلى بها وزير الداخلية الفرنسي اتّهم فيها الجزائر بـ«رفض استعادة رعاياها المرحّلين».",
        "وردّت وزارة الخارجية الفرنسية، في بيان بعد ظهر اليوم، بأن باريس «سترد بشكل متناسب وفوري» على قرار الجزائر طرد موظفَيها، من دون أن تحدد طبيعة الإجراءات، وفق ما نقلته وكالة الصحافة الفرنسية.",
        "ونقلت صحيفة «الخبر» عن مصدر دبلوماسي جزائري قوله إن الجزائر قد تعلّق التعاون القنصلي في ملف ترحيل الرعايا «إذا أقدمت باريس على أي خطوة تصعيدية جديدة».",
        "وعلى الصعيد الأمني، أعلنت وزارة الدفاع الوطني، في بيان اليوم، أن مفرزة من الجيش الوطني الشعبي اشتبكت ليل السبت مع مجموعة من المهربين المسلحين قرب برج باجي مختار بالناحية العسكرية السادسة، ما أسفر عن القضاء على مهرّبَين اثنين وتوقيف ثلاثة آخرين من جنسيات إفريقية.",
        "كما أوقفت مفارز أخرى، يوم الخميس، 21 منقّباً عن الذهب بطريقة غير مشروعة في عين قزام، وحجزت 9 مولدات كهربائية و7 مطارق ضغط، حسب البيان ذاته.",
        "وأفادت مصادر أمنية بأن قيادة الناحية العسكرية السادسة دفعت، منذ فجر اليوم، بوحدات إضافية من القوات الخاصة نحو برج باجي مختار وضواحيها، تحسّباً لتسلّل عناصر مسلحة فارّة من المعارك الدائرة في شمال مالي.",
        "ومن المنتظر أن يمثُل وزير الشؤون الخارجية، غداً الثلاثاء، أمام لجنة الشؤون الخارجية والتعاون والجالية بالمجلس الشعبي الوطني لعرض تطورات الأزمة مع باريس، حسب ما أعلنه المجلس في بيان.",
        "وكانت وزارة الدفاع الوطني قد أعلنت في حصيلتها الأسبوعية الأخيرة توقيف 94 منقّباً عن الذهب و37 مهرّباً في إقليم الناحية العسكرية السادسة خلال الفترة الممتدة من 25 فبراير إلى 3 مارس، إلى جانب حجز 12 قطعة سلاح.",
    ],
    entities=[
        ("الجزائر", "GPE", "Algeria"),
        ("باريس", "GPE", "Paris"),
        ("وزارة الشؤون الخارجية والجالية الوطنية بالخارج", "ORG", "Algerian Ministry of Foreign Affairs and National Community Abroad"),
        ("فرنسا", "GPE", "France"),
        ("الخارجية الجزائرية", "ORG", "Algerian Ministry of Foreign Affairs"),
        ("وزارة الخارجية الفرنسية", "ORG", "French Ministry for Europe and Foreign Affairs"),
        ("وكالة الصحافة الفرنسية", "ORG", "Agence France-Presse"),
        ("الخبر", "ORG", "El Khabar (newspaper)"),
        ("وزارة الدفاع الوطني", "ORG", "Algerian Ministry of National Defence"),
        ("الجيش الوطني الشعبي", "ORG", "Algerian People's National Army"),
        ("برج باجي مختار", "GPE", "Bordj Badji Mokhtar"),
        ("الناحية العسكرية السادسة", "ORG", "6th Military Region (Algeria)"),
        ("عين قزام", "GPE", "In Guezzam"),
        ("مالي", "GPE", "Mali"),
        ("لجنة الشؤون الخارجية والتعاون والجالية", "ORG", "APN Committee on Foreign Affairs, Cooperation and Community"),
        ("المجلس الشعبي الوطني", "ORG", "People's National Assembly (Algeria)"),
    ],
    events=[
        E("SANCTION", None, "asserted", "2026-03-09", "day",
          DZ, A("موظفَين اثنين في السفارة الفرنسية", "French embassy staff", "FRA", "government"), [], None, None, "",
          S("وزارة الشؤون الخارجية والجالية الوطنية بالخارج", "official",
            "Algerian Ministry of Foreign Affairs and National Community Abroad"), "غير مرغوب فيهما"),
        E("SANCTION", None, "asserted", "2026-03-04", "week",
          DZ, A("فرنسا", "Government of France", "FRA", "government"), [], None, None, "", OWN, "استدعت سفيرها"),
        E("ACCUSE", None, "asserted", "2026-03-09", "day",
          A("الخارجية الجزائرية", "Algerian Ministry of Foreign Affairs", "DZA", "government"),
          A("القائم بالأعمال في السفارة الفرنسية", "French embassy (Algiers)", "FRA", "government"), [], None, None, "",
          OWN, "مذكرة احتجاج"),
        E("THREATEN", None, "asserted", "2026-03-09", "day",
          A("وزارة الخارجية الفرنسية", "French Ministry for Europe and Foreign Affairs", "FRA", "government"), DZ, [],
          None, None, "", S("وزارة الخارجية الفرنسية", "official", "French Ministry for Europe and Foreign Affairs"),
          "سترد بشكل متناسب"),
        E("SANCTION", None, "hypothetical", "2026-03-09", "day",
          DZ, A("باريس", "Government of France", "FRA", "government"), [], None, None, "",
          S("مصدر دبلوماسي جزائري", "anonymous", "Algerian diplomatic source"), "قد تعلّق التعاون"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-03-07", "day",
          A("مفرزة من الجيش الوطني الشعبي", "Algerian People's National Army", "DZA", "military"),
          A("مجموعة من المهربين المسلحين", "Armed smugglers (Algeria-Mali border)", None, "armed_group"), [BBM], 2, None,
          "القضاء على مهرّبَين اثنين", MDN, "اشتبكت ليل السبت"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-03-07", "day",
          A("مفرزة من الجيش الوطني الشعبي", "Algerian People's National Army", "DZA", "military"),
          A("ثلاثة آخرين من جنسيات إفريقية", "Smuggling suspects (foreign nationals)", None, "other"), [BBM], None, None, "",
          MDN, "اشتبكت ليل السبت"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-03-05", "day",
          A("مفارز أخرى", "Algerian People's National Army", "DZA", "military"),
          A("21 منقّباً عن الذهب", "Illegal gold miners", None, "other"), [INGUEZZAM], None, None, "",
          S("البيان ذاته", "official", "Algerian Ministry of National Defence"), "منقّباً عن الذهب بطريقة"),
        E("MOBILIZE", None, "asserted", "2026-03-09", "day",
          A("قيادة الناحية العسكرية السادسة", "6th Military Region (Algeria)", "DZA", "military"), None, [BBM], None, None, "",
          S("مصادر أمنية", "anonymous", "Algerian security sources"), "بوحدات إضافية"),
        E("CONSULT", None, "planned", "2026-03-10", "day",
          A("وزير الشؤون الخارجية", "Minister of Foreign Affairs of Algeria", "DZA", "government"),
          A("لجنة الشؤون الخارجية والتعاون والجالية", "APN Committee on Foreign Affairs, Cooperation and Community", "DZA", "government"),
          [], None, None, "", S("المجلس الشعبي الوطني", "official", "People's National Assembly (Algeria)"), "غداً الثلاثاء"),
    ],
    notes=("Published Mon 2026-03-09 (Ramadan), HTML <time> «الإثنين 09 مارس 2026، 20سا15د» (Algerian سا/د clock). The body spells «الإثنين» with a hamza. "
           "P1 two French embassy staff declared persona non grata -> SANCTION, no place (statement, no venue). P2 ambassador recalled «الأسبوع الماضي» -> "
           "SANCTION, week precision, Wed 2026-03-04. P3 protest note handed to the French chargé -> ACCUSE (the French minister's remarks in the relative clause "
           "are undated and not coded). P4 French ministry «سترد» -> THREATEN; the AFP chain ends at the ministry (official). P5 «قد تعلّق ... إذا» -> "
           "hypothetical SANCTION, source the anonymous diplomat quoted by El Khabar. P6 one sentence, two kinds: clash with armed smugglers near Bordj Badji Mokhtar "
           "«ليل السبت» -> 2026-03-07 (2 killed, dual) and 3 arrests -> ASSAULT + COERCE. P7 21 gold miners arrested in In Guezzam «يوم الخميس» -> 2026-03-05 "
           "(the seized generators are not events). P8 reinforcements «منذ فجر اليوم» -> MOBILIZE at Bordj Badji Mokhtar. P9 minister before the APN committee "
           "«غداً الثلاثاء» -> planned CONSULT, no place. P10 weekly MDN totals are an aggregate, not events."),
)
