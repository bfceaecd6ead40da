"""heldout10 article specs 005-008 (invented events; real places, institutions and public figures)."""
from build_lib import A, L, S, E, OWN

# ---------------------------------------------------------------- 005 Lebanon / Tyre, South (HTML)
_IDF = A("الجيش الإسرائيلي", "Israeli military", "ISR", "military")
A005 = dict(
    id="005_lebanon_tyre-south", format="html", published="2024-09-05",
    title="شهيدان بغارة على سيارة قرب صور و«حزب الله» يستهدف موقع المالكية",
    html=dict(
        site="صدى الجنوب",
        nav=["الرئيسية", "لبنان", "الجنوب", "عربي ودولي", "اقتصاد", "رأي"],
        kicker="جنوب لبنان",
        byline="صور - مراسل صدى الجنوب",
        datetime="2024-09-05T17:10",
        time="الخميس 5 أيلول 2024 - 17:10",
        img="/uploads/2024/09/abbasiyeh-car.jpg",
        caption="سيارة مستهدفة بغارة إسرائيلية في قضاء صور (أرشيف/ الوكالة الوطنية)",
        share=["شارك:", "واتساب", "فيسبوك", "إكس"],
        tags=["وسوم:", "صور", "حزب الله", "اليونيفيل"],
        related=["اقرأ أيضاً", "ميقاتي: لبنان ملتزم بالقرار 1701", "ارتفاع عدد النازحين من القرى الحدودية"],
        footer=["من نحن", "اتصل بنا", "سياسة الخصوصية", "© 2024 صدى الجنوب. جميع الحقوق محفوظة"],
    ),
    paras=[
        "استشهد شخصان، أحدهما عنصر في «حزب الله»، وأصيب ثالث بجروح، ظهر اليوم الخميس، جراء غارة نفذتها مسيّرة إسرائيلية على سيارة عند مدخل بلدة العباسية قرب مدينة صور، بحسب ما أفادت به «الوكالة الوطنية للإعلام».",
        "وأوضحت الوكالة أن الغارة أدت إلى احتراق السيارة بالكامل، وأن فرق الدفاع المدني أخمدت النيران ونقلت الجثتين والجريح إلى مستشفى جبل عامل في صور.",
        "وقال الجيش الإسرائيلي، في بيان، إن طائرة تابعة لسلاح الجو «قضت» على عنصر في «قوة الرضوان» التابعة لـ«حزب الله» في منطقة صور، زاعماً أنه كان مسؤولاً عن «التخطيط لإطلاق صواريخ» نحو الجليل الغربي.",
        "في المقابل، أعلن «حزب الله»، في بيان عصر اليوم، أن مقاتليه استهدفوا بصواريخ «بركان» ثقيلة موقع المالكية التابع للجيش الإسرائيلي في شمال فلسطين المحتلة، «رداً على الاعتداء على العباسية».",
        "وفي القطاع الشرقي، تعرضت أطراف بلدتي كفرشوبا وشبعا لقصف مدفعي إسرائيلي متقطع منذ ساعات الصباح، من دون أن يُبلغ عن إصابات. وسقطت إحدى القذائف قرب مدرسة رسمية في كفرشوبا، ما ألحق أضراراً بسورها الخارجي.",
        "وقالت قوة الأمم المتحدة المؤقتة في لبنان («اليونيفيل»)، في بيان اليوم، إن قذيفة مجهولة المصدر سقطت، مساء أمس الأربعاء، داخل أحد مواقعها قرب بلدة رامية، ما ألحق أضراراً بأحد المباني من دون وقوع إصابات في صفوف حفظة السلام.",
        "وحثّت «اليونيفيل»، في البيان ذاته، جميع الأطراف على احترام سلامة قوات حفظ السلام ووقف تبادل إطلاق النار والعودة إلى الالتزام بالقرار 1701.",
        "وفي بيروت، التقى رئيس حكومة تصريف الأعمال نجيب ميقاتي، اليوم، قائد «اليونيفيل» الجنرال أرولدو لاثارو في السراي الحكومي، وبحث معه الأوضاع في الجنوب وجهود منع توسع المواجهات، بحسب المكتب الإعلامي لرئاسة الحكومة.",
        "ومنذ الثامن من تشرين الأول/أكتوبر الماضي، يتبادل «حزب الله» والجيش الإسرائيلي القصف عبر الحدود بشكل شبه يومي، ما أدى إلى نزوح عشرات الآلاف من سكان القرى الحدودية على جانبي الحدود.",
    ],
    entities=[
        ("حزب الله", "ORG", "Hezbollah"),
        ("العباسية", "GPE", "Abbasiyeh"),
        ("صور", "GPE", "Tyre"),
        ("الوكالة الوطنية للإعلام", "ORG", "National News Agency (Lebanon)"),
        ("الدفاع المدني", "ORG", "Lebanese Civil Defence"),
        ("مستشفى جبل عامل", "FAC", "Jabal Amel Hospital, Tyre"),
        ("الجيش الإسرائيلي", "ORG", "Israeli military"),
        ("سلاح الجو", "ORG", "Israeli Air Force"),
        ("قوة الرضوان", "ORG", "Hezbollah Radwan Force"),
        ("الجليل الغربي", "LOC", "Western Galilee"),
        ("موقع المالكية", "FAC", "Malkia military position"),
        ("فلسطين المحتلة", "GPE", "Israel"),
        ("كفرشوبا", "GPE", "Kfarchouba"),
        ("شبعا", "GPE", "Shebaa"),
        ("قوة الأمم المتحدة المؤقتة في لبنان", "ORG", "United Nations Interim Force in Lebanon (UNIFIL)"),
        ("اليونيفيل", "ORG", "United Nations Interim Force in Lebanon (UNIFIL)"),
        ("رامية", "GPE", "Ramyeh"),
        ("بيروت", "GPE", "Beirut"),
        ("نجيب ميقاتي", "PER", "Najib Mikati"),
        ("أرولدو لاثارو", "PER", "Aroldo Lázaro"),
        ("السراي الحكومي", "FAC", "Grand Serail, Beirut"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-09-05", "day",
          A("مسيّرة إسرائيلية", "Israeli military", "ISR", "military"),
          A("عنصر في «حزب الله»", "Hezbollah member (and a companion)", "LBN", "armed_group"),
          [L("العباسية", "Abbasiyeh", "LB", "South Lebanon", "city", 33.29, 35.25)], 2, 1,
          "استشهد شخصان، أحدهما عنصر في «حزب الله»، وأصيب ثالث بجروح",
          S("الوكالة الوطنية للإعلام", "wire", "National News Agency (Lebanon)"), "استشهد شخصان"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "claimed", "2024-09-05", "day",
          A("حزب الله", "Hezbollah", "LBN", "armed_group"), _IDF,
          [L("موقع المالكية", "Malkia military position", "IL", "Northern District", "facility", 33.1, 35.51)],
          None, None, "", S("حزب الله", "perpetrator_claim", "Hezbollah"), "استهدفوا بصواريخ"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-09-05", "day",
          _IDF, None, [L("كفرشوبا", "Kfarchouba", "LB", "Nabatieh", "city", 33.35, 35.7)], 0, 0,
          "من دون أن يُبلغ عن إصابات", OWN, "تعرضت أطراف بلدتي"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-09-05", "day",
          _IDF, None, [L("شبعا", "Shebaa", "LB", "Nabatieh", "city", 33.38, 35.75)], 0, 0,
          "من دون أن يُبلغ عن إصابات", OWN, "تعرضت أطراف بلدتي"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-09-04", "day",
          None, A("حفظة السلام", "UNIFIL peacekeepers", None, "igo"),
          [L("رامية", "Ramyeh", "LB", "Nabatieh", "city", 33.1, 35.31)], 0, 0, "من دون وقوع إصابات",
          S("قوة الأمم المتحدة المؤقتة في لبنان", "official", "UNIFIL"), "قذيفة مجهولة المصدر"),
        E("REQUEST", None, "asserted", "2024-09-05", "day",
          A("اليونيفيل", "UNIFIL", None, "igo"), A("جميع الأطراف", "All parties", None, "other"),
          [], None, None, "", S("اليونيفيل", "official", "UNIFIL"), "وحثّت «اليونيفيل»"),
        E("CONSULT", None, "asserted", "2024-09-05", "day",
          A("نجيب ميقاتي", "Najib Mikati", "LBN", "government"), A("أرولدو لاثارو", "Aroldo Lázaro", None, "igo"),
          [L("السراي الحكومي", "Grand Serail, Beirut", "LB", "Beirut", "facility", 33.9, 35.5)], None, None, "",
          S("المكتب الإعلامي لرئاسة الحكومة", "official", "Lebanese Prime Minister's media office"), "التقى رئيس حكومة"),
    ],
    notes=("Published Thu 2024-09-05 (HTML). Abbasiyeh strike actor2 is the Hezbollah member named in the casualty phrase "
           "(LBN armed_group) - unsure, the second victim is not described. 'وأصيب ثالث' -> 1 injured. The IDF statement "
           "(paragraph 3) confirms the same strike and is not a separate event. Hezbollah's claim on the Malkia position "
           "is claimed (nobody else mentions it). Shelling of Kfarchouba and Shebaa: one sentence, two places -> two events, "
           "0/0 from 'من دون أن يُبلغ عن إصابات', outlet_own; the second sentence of that paragraph (shell near a school) is "
           "a detail of the Kfarchouba shelling, not coded. UNIFIL: shell on its position near Ramyeh 'مساء أمس الأربعاء' "
           "-> 09-04, actor1 null, 0/0; the call in the same statement is REQUEST. Mikati-Lázaro meeting located at the "
           "Grand Serail. Last paragraph background."),
)

# ---------------------------------------------------------------- 006 Palestine / Khan Younis (HTML)
_BANI = L("بني سهيلا", "Bani Suheila", "PS", "Gaza Strip", "city", 31.34, 34.32)
_NASSER = S("مجمع ناصر الطبي", "official", "Nasser Medical Complex")
_MEDIATORS = A("الوسطاء", "Mediators (Qatar, Egypt, United States)", None, "government")
A006 = dict(
    id="006_palestine_khanyounis-school", format="html", published="2024-08-11",
    title="أوامر إخلاء جديدة في خانيونس و12 شهيداً بقصف مدرسة تؤوي نازحين",
    html=dict(
        site="شبكة الساحل الإخبارية",
        nav=["الرئيسية", "غزة", "الضفة", "القدس", "عربي ودولي", "تقارير"],
        kicker="غزة",
        byline="خانيونس - مراسل الشبكة",
        datetime="2024-08-11T19:25",
        time="الأحد 11 أغسطس 2024 | 07:25 م",
        img="/media/2024/08/khanyounis-evacuation.jpg",
        caption="نازحون يغادرون أحياء شرقي خانيونس (الأناضول)",
        share=["مشاركة:", "واتساب", "تيليغرام", "إكس"],
        tags=["الوسوم:", "خانيونس", "الأونروا", "مفاوضات التهدئة"],
        related=["الأكثر قراءة", "الاحتلال يعلن تقليص «المنطقة الإنسانية» في المواصي", "أزمة مياه حادة في مراكز الإيواء وسط القطاع"],
        footer=["من نحن", "أعلن معنا", "© 2024 شبكة الساحل الإخبارية"],
    ),
    paras=[
        "أصدر الجيش الإسرائيلي، فجر اليوم الأحد، أوامر إخلاء جديدة لسكان ونازحين في أحياء عدة شرقي مدينة خانيونس جنوبي قطاع غزة، وطالبهم بالتوجه فوراً إلى ما يسميها «المنطقة الإنسانية» في المواصي، بحسب ما أعلنه المتحدث باسمه أفيخاي أدرعي.",
        "وشملت الأوامر أحياء في بلدات بني سهيلا وعبسان الكبيرة والقرارة، ما دفع آلاف العائلات إلى النزوح مجدداً سيراً على الأقدام وعلى عربات تجرها الحيوانات.",
        "واستشهد 12 فلسطينياً، بينهم خمسة أطفال، وأصيب العشرات، مساء أمس السبت، في غارة إسرائيلية استهدفت مدرسة تابعة لوكالة غوث وتشغيل اللاجئين الفلسطينيين (الأونروا) تؤوي نازحين في حي الأمل غربي خانيونس، بحسب الدفاع المدني في غزة.",
        "واستشهد ثلاثة مواطنين، صباح اليوم، بقصف من طائرة مسيّرة إسرائيلية استهدف تجمعاً للمواطنين في بلدة بني سهيلا شرقي خانيونس، بحسب مجمع ناصر الطبي. كما أصيب طفل برصاص قناص إسرائيلي قرب دوار بني سهيلا، ظهر اليوم، وفق المصدر ذاته.",
        "ودان المفوض العام للأونروا فيليب لازاريني، في تدوينة على منصة إكس اليوم، استهداف المدرسة، مؤكداً أن «لا مكان آمناً في غزة» وأن مدارس الوكالة «ليست أهدافاً».",
        "سياسياً، أعلن مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو، مساء أمس، أن إسرائيل سترسل وفدها المفاوض إلى الدوحة الخميس المقبل للمشاركة في جولة جديدة من مفاوضات وقف إطلاق النار وتبادل الأسرى، تلبية لدعوة الوسطاء.",
        "من جهتها، طالبت حركة حماس، في بيان اليوم، الوسطاء بتقديم خطة لتنفيذ ما وافقت عليه في الثاني من يوليو/تموز الماضي «بدلاً من الذهاب إلى مزيد من جولات التفاوض»، محمّلة نتنياهو مسؤولية إفشال الجهود السابقة.",
        "على صعيد متصل، بحث وزير الخارجية المصري بدر عبد العاطي مع نظيره الأميركي أنتوني بلينكن، في اتصال هاتفي اليوم، الترتيبات الخاصة بجولة المفاوضات المقبلة، وفق بيان لوزارة الخارجية المصرية.",
        "ووفق وزارة الصحة في غزة، ارتفع عدد الشهداء منذ السابع من تشرين الأول/أكتوبر الماضي إلى نحو أربعين ألفاً، غالبيتهم من النساء والأطفال.",
    ],
    entities=[
        ("الجيش الإسرائيلي", "ORG", "Israeli military"),
        ("خانيونس", "GPE", "Khan Younis"),
        ("قطاع غزة", "GPE", "Gaza Strip"),
        ("المواصي", "LOC", "Al-Mawasi"),
        ("أفيخاي أدرعي", "PER", "Avichay Adraee"),
        ("بني سهيلا", "GPE", "Bani Suheila"),
        ("عبسان الكبيرة", "GPE", "Abasan al-Kabira"),
        ("القرارة", "GPE", "al-Qarara"),
        ("فلسطينياً", "NORP", "Palestinians"),
        ("وكالة غوث وتشغيل اللاجئين الفلسطينيين", "ORG", "UNRWA"),
        ("الأونروا", "ORG", "UNRWA"),
        ("حي الأمل", "GPE", "al-Amal neighbourhood, Khan Younis"),
        ("الدفاع المدني", "ORG", "Gaza Civil Defence"),
        ("غزة", "GPE", "Gaza"),
        ("مجمع ناصر الطبي", "FAC", "Nasser Medical Complex"),
        ("فيليب لازاريني", "PER", "Philippe Lazzarini"),
        ("إكس", "ORG", "X (Twitter)"),
        ("بنيامين نتنياهو", "PER", "Benjamin Netanyahu"),
        ("إسرائيل", "GPE", "Israel"),
        ("الدوحة", "GPE", "Doha"),
        ("حركة حماس", "ORG", "Hamas"),
        ("نتنياهو", "PER", "Benjamin Netanyahu"),
        ("بدر عبد العاطي", "PER", "Badr Abdelatty"),
        ("أنتوني بلينكن", "PER", "Antony Blinken"),
        ("وزارة الخارجية المصرية", "ORG", "Egyptian Ministry of Foreign Affairs"),
        ("وزارة الصحة", "ORG", "Gaza Ministry of Health"),
    ],
    events=[
        E("COERCE", None, "asserted", "2024-08-11", "day",
          _IDF, A("سكان ونازحين", "Residents and displaced people of eastern Khan Younis", "PSE", "civilians"),
          [L("خانيونس", "Khan Younis", "PS", "Gaza Strip", "city", 31.34, 34.3)], None, None, "",
          S("أفيخاي أدرعي", "official", "Avichay Adraee (IDF Arabic spokesman)"), "أوامر إخلاء جديدة"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-08-10", "day",
          _IDF, A("نازحين", "Displaced Palestinians sheltering in an UNRWA school", "PSE", "civilians"),
          [L("حي الأمل", "al-Amal neighbourhood, Khan Younis", "PS", "Gaza Strip", "city", 31.35, 34.28)], 12, None,
          "استشهد 12 فلسطينياً، بينهم خمسة أطفال، وأصيب العشرات",
          S("الدفاع المدني في غزة", "official", "Gaza Civil Defence"), "في غارة إسرائيلية استهدفت مدرسة"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-08-11", "day",
          A("طائرة مسيّرة إسرائيلية", "Israeli military", "ISR", "military"),
          A("ثلاثة مواطنين", "Palestinian civilians", "PSE", "civilians"),
          [_BANI], 3, None, "استشهد ثلاثة مواطنين", _NASSER, "بقصف من طائرة مسيّرة"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2024-08-11", "day",
          A("قناص إسرائيلي", "Israeli military", "ISR", "military"), A("طفل", "Palestinian child", "PSE", "civilians"),
          [_BANI], None, 1, "أصيب طفل", _NASSER, "برصاص قناص إسرائيلي"),
        E("ACCUSE", None, "asserted", "2024-08-11", "day",
          A("فيليب لازاريني", "Philippe Lazzarini", None, "igo"), None,
          [], None, None, "", S("فيليب لازاريني", "official", "Philippe Lazzarini"), "ودان المفوض العام"),
        E("CONSULT", None, "planned", "2024-08-15", "day",
          A("إسرائيل", "Government of Israel", "ISR", "government"), _MEDIATORS,
          [L("الدوحة", "Doha", "QA", "Doha", "city", 25.29, 51.53)], None, None, "",
          S("مكتب رئيس الوزراء الإسرائيلي", "official", "Israeli Prime Minister's Office"), "سترسل وفدها المفاوض"),
        E("REQUEST", None, "asserted", "2024-08-11", "day",
          A("حركة حماس", "Hamas", "PSE", "armed_group"), _MEDIATORS,
          [], None, None, "", S("حركة حماس", "official", "Hamas"), "طالبت حركة حماس"),
        E("CONSULT", None, "asserted", "2024-08-11", "day",
          A("بدر عبد العاطي", "Badr Abdelatty", "EGY", "government"), A("أنتوني بلينكن", "Antony Blinken", "USA", "government"),
          [], None, None, "", S("وزارة الخارجية المصرية", "official", "Egyptian Ministry of Foreign Affairs"), "بحث وزير الخارجية المصري"),
    ],
    notes=("Published Sun 2024-08-11 (HTML). Evacuation order coded COERCE with acled null (an order, no violence; ACLED "
           "might put it under Strategic developments/Other - unsure), one event at Khan Younis; the towns listed in "
           "paragraph 2 are detail of the same order. School strike 'مساء أمس السبت' -> 08-10, 12 killed, 'وأصيب العشرات' "
           "-> injuries null. Paragraph 4: drone strike (3 killed) and, as its second sentence, a sniper injuring a child "
           "(Violence against civilians/Attack), both at Bani Suheila; the sniper's source is the same Nasser Complex. "
           "Lazzarini's condemnation is ACCUSE with actor2 null (no perpetrator named, as dev-020). Doha talks 'الخميس "
           "المقبل' -> 08-15, planned CONSULT located at Doha; Hamas's demand aimed at the mediators is REQUEST (the "
           "participial 'محمّلة نتنياهو' is not coded). The Abdelatty-Blinken phone call has no place. Last paragraph "
           "aggregate toll."),
)

# ---------------------------------------------------------------- 007 Morocco / teachers' strike
_RABAT = L("الرباط", "Rabat", "MA", "Rabat-Salé-Kénitra", "city", 34.02, -6.84)
_MIN = "Moroccan Ministry of National Education, Preschool and Sports"
_COORD = "National Coordination of the Education Sector"
A007 = dict(
    id="007_morocco_teachers-strike", format="text", published="2026-01-22",
    title="إضراب وطني للأساتذة وتفريق وقفة احتجاجية أمام مجلس النواب بالرباط",
    head=[
        "إضراب وطني للأساتذة وتفريق وقفة احتجاجية أمام مجلس النواب بالرباط",
        "الخميس 22 يناير 2026 - 16:45",
        "آخر تحديث: 22 يناير 2026 - 18:05",
        "الرباط - سعيد الإدريسي",
        "أساتذة خلال وقفة احتجاجية سابقة أمام البرلمان بالرباط (أرشيف)",
        "تكبير الخط | تصغير الخط",
    ],
    paras=[
        "دخل آلاف الأساتذة في مختلف جهات المغرب، اليوم الخميس، إضراباً وطنياً عن العمل يستمر ثلاثة أيام، استجابة لدعوة التنسيق الوطني لقطاع التعليم، احتجاجاً على ما يصفونه بـ«تنصل» الحكومة من تنفيذ اتفاق الزيادة في الأجور.",
        "وقال التنسيق، في بيان اليوم، إن نسبة المشاركة في اليوم الأول تجاوزت 80 في المائة في أغلب المديريات الإقليمية. وأضاف أن المدارس العمومية في عدد من الأقاليم القروية أغلقت أبوابها بالكامل.",
        "وفي الرباط، فرّقت قوات الأمن، مساء أمس الأربعاء، وقفة احتجاجية نظمها مئات الأساتذة أمام مقر مجلس النواب، مستخدمة الهراوات وخراطيم المياه، ما أدى إلى إصابة عدد من المحتجين بجروح ورضوض، وفق ما أفاد به شهود عيان.",
        "وأضاف الشهود أن عناصر الأمن أوقفوا ستة أساتذة، بينهم عضوان في قيادة التنسيق، واقتادوهم إلى مقر ولاية أمن الرباط، قبل أن يُفرج عن أربعة منهم في وقت متأخر من الليل.",
        "في المقابل، نفت وزارة التربية الوطنية والتعليم الأولي والرياضة، في بلاغ اليوم، ما تداولته صفحات التنسيق على مواقع التواصل الاجتماعي بشأن اتخاذها قرارات بتوقيف أساتذة مضربين وإحالتهم على المجالس التأديبية، مؤكدة أن «الحق في الإضراب مكفول دستورياً».",
        "وكانت الوزارة قد أعلنت، الأسبوع الماضي، اقتطاع أيام الإضراب السابقة من أجور الأساتذة المضربين، استناداً إلى مبدأ «الأجر مقابل العمل».",
        "ورفض التنسيق الوطني لقطاع التعليم، في بيان مساء أمس، العرض الذي قدمته الحكومة خلال جلسة الحوار القطاعي الأخيرة، ودعا الأساتذة إلى مسيرة وطنية في الرباط يوم الأحد المقبل.",
        "ومن المقرر أن يعقد وزير التربية الوطنية محمد سعد برادة، يوم الاثنين المقبل، اجتماعاً مع النقابات التعليمية الأكثر تمثيلية في مقر الوزارة بالرباط، بحسب مصدر من الوزارة.",
        "ويخوض الأساتذة منذ خريف 2023 سلسلة من الإضرابات المتقطعة احتجاجاً على النظام الأساسي لموظفي القطاع، تسببت في هدر آلاف الساعات الدراسية في المدارس العمومية.",
    ],
    foot=[
        "اقرأ أيضاً:",
        "النقابات التعليمية تطالب بتسريع الحوار القطاعي",
        "برادة: إصلاح المدرسة العمومية أولوية الحكومة",
        "تابعونا على فيسبوك وإنستغرام",
        "© 2026 جريدة الأطلس الإخبارية - جميع الحقوق محفوظة",
    ],
    entities=[
        ("المغرب", "GPE", "Morocco"),
        ("التنسيق الوطني لقطاع التعليم", "ORG", _COORD),
        ("الرباط", "GPE", "Rabat"),
        ("مجلس النواب", "ORG", "House of Representatives (Morocco)"),
        ("ولاية أمن الرباط", "ORG", "Rabat Prefecture of Police"),
        ("وزارة التربية الوطنية والتعليم الأولي والرياضة", "ORG", _MIN),
        ("محمد سعد برادة", "PER", "Mohamed Saad Berrada"),
    ],
    events=[
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2026-01-22", "day",
          A("آلاف الأساتذة", "Teachers (Morocco)", "MAR", "protesters"), None,
          [L("المغرب", "Morocco", "MA", None, "country", 31.8, -7.1)], None, None, "", OWN, "إضراباً وطنياً عن العمل"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2026-01-21", "day",
          A("مئات الأساتذة", "Teachers (Morocco)", "MAR", "protesters"),
          A("قوات الأمن", "Moroccan police (DGSN)", "MAR", "police"),
          [_RABAT], None, None, "إصابة عدد من المحتجين بجروح ورضوض", S("شهود عيان", "witness", "Eyewitnesses"),
          "فرّقت قوات الأمن"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-01-21", "day",
          A("عناصر الأمن", "Moroccan police (DGSN)", "MAR", "police"),
          A("ستة أساتذة", "Teachers (Morocco)", "MAR", "protesters"),
          [_RABAT], None, None, "", S("الشهود", "witness", "Eyewitnesses"), "أوقفوا ستة أساتذة"),
        E("SANCTION", None, "denied", "2026-01-22", "day",
          A("وزارة التربية الوطنية والتعليم الأولي والرياضة", _MIN, "MAR", "government"),
          A("أساتذة مضربين", "Striking teachers (Morocco)", "MAR", "protesters"),
          [], None, None, "", S("وزارة التربية الوطنية والتعليم الأولي والرياضة", "official", _MIN), "نفت وزارة التربية"),
        E("SANCTION", None, "asserted", "2026-01-14", "week",
          A("الوزارة", _MIN, "MAR", "government"), A("الأساتذة المضربين", "Striking teachers (Morocco)", "MAR", "protesters"),
          [], None, None, "", S("الوزارة", "official", _MIN), "اقتطاع أيام الإضراب"),
        E("REJECT", None, "asserted", "2026-01-21", "day",
          A("التنسيق الوطني لقطاع التعليم", _COORD, "MAR", "other"), A("الحكومة", "Government of Morocco", "MAR", "government"),
          [], None, None, "", S("التنسيق الوطني لقطاع التعليم", "official", _COORD), "ورفض التنسيق الوطني"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2026-01-25", "day",
          A("الأساتذة", "Teachers (Morocco)", "MAR", "protesters"), None,
          [_RABAT], None, None, "", S("التنسيق الوطني لقطاع التعليم", "official", _COORD), "ورفض التنسيق الوطني"),
        E("CONSULT", None, "planned", "2026-01-26", "day",
          A("محمد سعد برادة", "Mohamed Saad Berrada", "MAR", "government"),
          A("النقابات التعليمية", "Moroccan education unions", "MAR", "other"),
          [_RABAT], None, None, "", S("مصدر من الوزارة", "anonymous", "Ministry of Education source"), "أن يعقد وزير التربية"),
    ],
    notes=("Published Thu 2026-01-22. National strike from today coded one PROTEST/Peaceful protest located at the country "
           "(no single place) - unsure whether ACLED would code a work stoppage. Rabat sit-in 'مساء أمس الأربعاء' -> 01-21, "
           "dispersed with batons and water cannon -> Protest with intervention (injuries, no deaths), witnesses; arrests of "
           "six teachers the same evening, also witnesses (head count, not casualties). Ministry denies suspension "
           "decisions -> denied SANCTION dated the denial day (no day given for the alleged decisions). 'الأسبوع الماضي' -> "
           "Wednesday 2026-01-14, week precision (wage deduction SANCTION). One sentence holds the coordination's REJECT "
           "(no place) and its call for a march in Rabat 'يوم الأحد المقبل' -> 01-25 (planned PROTEST). Berrada's "
           "meeting 'يوم الاثنين المقبل' -> 01-26 planned. Paragraph 2's second sentence (schools closed) is a detail. "
           "Last paragraph background."),
)

# ---------------------------------------------------------------- 008 Somalia / Lower Shabelle
_SHABAAB = A("حركة الشباب", "Al-Shabaab", "SOM", "armed_group")
A008 = dict(
    id="008_somalia_lowershabelle-awdheegle", format="text", published="2025-04-11",
    title="سبعة قتلى من الجيش الصومالي بهجوم لـ«الشباب» على قاعدة في أوداغلي",
    head=[
        "سبعة قتلى من الجيش الصومالي بهجوم لـ«الشباب» على قاعدة في أوداغلي",
        "سبعة قتلى من الجيش الصومالي بهجوم لـ«الشباب» على قاعدة في أوداغلي",
        "11/04/2025 - 10:15",
        "مقديشو - «القرن الأفريقي اليوم»",
        "جنود من الجيش الصومالي خلال عملية في إقليم شبيلي السفلى (أرشيف/ صونا)",
        "+ A -",
    ],
    paras=[
        "قُتل سبعة جنود من الجيش الصومالي وأصيب أربعة آخرون، فجر اليوم الجمعة، في هجوم شنه مسلحو حركة الشباب على قاعدة عسكرية في بلدة أوداغلي بإقليم شبيلي السفلى جنوبي البلاد، بحسب ما أفاد به ضابط في الجيش لوكالة الأنباء الصومالية الرسمية (صونا).",
        "وأوضح الضابط أن المعارك استمرت أكثر من ساعتين، وأن المهاجمين انسحبوا باتجاه المزارع المحيطة بالبلدة حاملين معهم قتلاهم.",
        "في المقابل، تبنّت حركة الشباب الهجوم في بيان بثته إذاعة «الأندلس» التابعة لها، زاعمة أن مقاتليها قتلوا «أكثر من 30 جندياً» واستولوا على أسلحة وآليات.",
        "كما أعلنت الحركة أن عناصرها فجّروا، مساء أمس الخميس، عبوة ناسفة بآلية عسكرية تابعة لبعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال (أوصوم) قرب مدينة أفغوي، في حين لم يصدر أي تعليق عن البعثة.",
        "وفي مقديشو، ترأس الرئيس حسن شيخ محمود، مساء أمس، اجتماعاً طارئاً لمجلس الأمن القومي بحضور رئيس الوزراء حمزة عبدي بري وقادة الأجهزة الأمنية، لبحث التصعيد الأخير لحركة الشباب في إقليمي شبيلي السفلى وشبيلي الوسطى.",
        "وقرر المجلس، وفق بيان صدر عقب الاجتماع، الدفع بتعزيزات عسكرية إضافية إلى جبهات شبيلي السفلى اعتباراً من غد السبت، وتعبئة قوات العشائر المحلية المعروفة بـ«معاويسلي» للمشاركة في صد هجمات الحركة.",
        "وتوعّد وزير الدفاع عبد القادر محمد نور، في تصريح لوسائل إعلام محلية اليوم، مقاتلي حركة الشباب بـ«رد حاسم»، مؤكداً أن القوات الحكومية «ستستعيد كل شبر» سيطرت عليه الحركة خلال الأسابيع الماضية.",
        "وأعلنت القيادة الأميركية في أفريقيا (أفريكوم)، في بيان اليوم، أنها نفذت مساء أمس غارة جوية استهدفت عناصر من حركة الشباب قرب مدينة جلب في إقليم جوبا الوسطى، من دون أن تحدد عدد القتلى. وأضافت أن الغارة نُفذت بالتنسيق مع الحكومة الفيدرالية الصومالية، وأنها «ستواصل دعم شركائها في مواجهة الإرهاب».",
        "وتشن حركة الشباب منذ فبراير/شباط الماضي هجوماً واسعاً استعادت خلاله عدداً من البلدات في إقليمي شبيلي السفلى وشبيلي الوسطى، كانت قد خسرتها خلال عمليات الجيش في عامي 2022 و2023.",
    ],
    foot=[
        "شارك: فيسبوك | إكس | واتساب | تلغرام",
        "الوسوم: الصومال - الشباب - شبيلي السفلى",
        "جميع الحقوق محفوظة © القرن الأفريقي اليوم 2025",
    ],
    entities=[
        ("الجيش الصومالي", "ORG", "Somali National Army"),
        ("حركة الشباب", "ORG", "Al-Shabaab"),
        ("أوداغلي", "GPE", "Awdheegle"),
        ("شبيلي السفلى", "GPE", "Lower Shabelle"),
        ("وكالة الأنباء الصومالية", "ORG", "Somali National News Agency (SONNA)"),
        ("صونا", "ORG", "Somali National News Agency (SONNA)"),
        ("الأندلس", "ORG", "Radio Andalus"),
        ("بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال", "ORG",
         "African Union Support and Stabilization Mission in Somalia (AUSSOM)"),
        ("أوصوم", "ORG", "African Union Support and Stabilization Mission in Somalia (AUSSOM)"),
        ("أفغوي", "GPE", "Afgooye"),
        ("مقديشو", "GPE", "Mogadishu"),
        ("حسن شيخ محمود", "PER", "Hassan Sheikh Mohamud"),
        ("مجلس الأمن القومي", "ORG", "National Security Council (Somalia)"),
        ("حمزة عبدي بري", "PER", "Hamza Abdi Barre"),
        ("شبيلي الوسطى", "GPE", "Middle Shabelle"),
        ("معاويسلي", "ORG", "Ma'awisley clan militias"),
        ("عبد القادر محمد نور", "PER", "Abdulkadir Mohamed Nur"),
        ("القيادة الأميركية في أفريقيا", "ORG", "US Africa Command"),
        ("أفريكوم", "ORG", "US Africa Command"),
        ("جلب", "GPE", "Jilib"),
        ("جوبا الوسطى", "GPE", "Middle Juba"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-04-11", "day",
          A("مسلحو حركة الشباب", "Al-Shabaab", "SOM", "armed_group"),
          A("الجيش الصومالي", "Somali National Army", "SOM", "military"),
          [L("أوداغلي", "Awdheegle", "SO", "Lower Shabelle", "city", 1.98, 44.84)], 7, 4,
          "قُتل سبعة جنود من الجيش الصومالي وأصيب أربعة آخرون",
          S("ضابط في الجيش", "anonymous", "Somali army officer (via SONNA)"), "في هجوم شنه مسلحو"),
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "claimed", "2025-04-10", "day",
          _SHABAAB, A("أوصوم", "African Union Support and Stabilization Mission in Somalia (AUSSOM)", None, "military"),
          [L("أفغوي", "Afgooye", "SO", "Lower Shabelle", "city", 2.14, 45.12)], None, None, "",
          S("الحركة", "perpetrator_claim", "Al-Shabaab"), "عبوة ناسفة بآلية عسكرية"),
        E("CONSULT", None, "asserted", "2025-04-10", "day",
          A("حسن شيخ محمود", "Hassan Sheikh Mohamud", "SOM", "government"),
          A("حمزة عبدي بري", "Hamza Abdi Barre", "SOM", "government"),
          [L("مقديشو", "Mogadishu", "SO", "Banaadir", "city", 2.05, 45.32)], None, None, "", OWN, "ترأس الرئيس"),
        E("MOBILIZE", None, "planned", "2025-04-12", "day",
          A("المجلس", "National Security Council (Somalia)", "SOM", "government"), None,
          [L("شبيلي السفلى", "Lower Shabelle", "SO", "Lower Shabelle", "admin1", 1.8, 44.5)], None, None, "",
          S("المجلس", "official", "National Security Council (Somalia)"), "وقرر المجلس"),
        E("THREATEN", None, "asserted", "2025-04-11", "day",
          A("عبد القادر محمد نور", "Abdulkadir Mohamed Nur", "SOM", "government"),
          A("مقاتلي حركة الشباب", "Al-Shabaab", "SOM", "armed_group"),
          [], None, None, "", S("عبد القادر محمد نور", "official", "Abdulkadir Mohamed Nur"), "وتوعّد وزير الدفاع"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-04-10", "day",
          A("القيادة الأميركية في أفريقيا", "US Africa Command", "USA", "military"),
          A("عناصر من حركة الشباب", "Al-Shabaab", "SOM", "armed_group"),
          [L("جلب", "Jilib", "SO", "Middle Juba", "city", 0.49, 42.77)], None, None, "",
          S("أفريكوم", "official", "US Africa Command"), "غارة جوية استهدفت عناصر"),
    ],
    notes=("Published Fri 2025-04-11; headline printed twice. Awdheegle attack 'فجر اليوم الجمعة' -> 04-11; the officer "
           "speaking to SONNA is the innermost source -> anonymous. Al-Shabaab's claim of the same attack (paragraph 3) "
           "only names its author and is not a separate event (dev-006); its '30 soldiers' are not used. Its IED claim "
           "near Afgooye 'مساء أمس الخميس' -> 04-10 is claimed (AUSSOM did not comment); AUSSOM coded military, country "
           "null. NSC meeting 'مساء أمس' -> 04-10 in Mogadishu; its decision to send reinforcements 'اعتباراً من غد السبت' "
           "-> planned MOBILIZE 04-12 at Lower Shabelle (admin1); the Ma'awisley mobilisation in the same sentence has no "
           "own place and is folded in. AFRICOM strike 'مساء أمس' -> 04-10 near Jilib, no casualty figure; the second "
           "sentence of that paragraph is a detail. Last paragraph background."),
)
