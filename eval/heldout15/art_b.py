"""heldout15 article specs 005-008 (invented events; real places, institutions and public figures)."""
from build_lib import A, L, S, E, OWN

# ---------------------------------------------------------------- 005 Libya / oil crescent (HTML)
_RASLANUF_PORT = L("ميناء رأس لانوف", "Ras Lanuf oil port", "LY", "Sirte", "facility", 30.50, 18.55)
_BREGA = L("البريقة", "Brega", "LY", "Al Wahat", "city", 30.41, 19.58)
_NOC = A("المؤسسة الوطنية للنفط", "National Oil Corporation (Libya)", "LBY", "government")
A005 = dict(
    id="005_news_item", format="html", published="2026-03-12",
    title="محتجون يغلقون ميناء رأس لانوف واشتباكات قرب مرسى البريقة",
    html=dict(
        site="الهلال نيوز",
        nav=["الرئيسية", "ليبيا", "اقتصاد وطاقة", "المغرب العربي", "العالم", "رياضة"],
        kicker="الهلال النفطي",
        byline="سرت - قسم الأخبار المحلية",
        datetime="2026-03-12T14:25",
        time="الخميس 12 مارس (آذار) 2026 - 14:25 بتوقيت طرابلس",
        img="/uploads/2026/03/ras-lanuf-port.jpg",
        caption="خزانات نفط في ميناء رأس لانوف (أرشيف/ رويترز)",
        share=["شارك القصة", "فيسبوك", "إكس", "واتساب"],
        tags=["الوسوم:", "النفط الليبي", "رأس لانوف", "البريقة"],
        related=["اقرأ المزيد", "المصرف المركزي يعلن حجم الإيرادات النفطية لشهر فبراير",
                 "انقطاع الكهرباء عن مدن الجنوب الليبي"],
        footer=["اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام", "تابعونا على فيسبوك", "© 2026 الهلال نيوز - جميع الحقوق محفوظة"],
    ),
    paras=[
        "أغلق محتجون من أبناء قبائل منطقة الهلال النفطي، فجر اليوم الخميس، ميناء رأس لانوف النفطي ومنعوا ناقلتين من الرسو لتحميل الخام، مطالبين بصرف مستحقات مالية متأخرة وبتوزيع «عادل» لعائدات النفط، وفق ما أعلنته المؤسسة الوطنية للنفط.",
        "وطالبت المؤسسة، في البيان ذاته، النائب العام والأجهزة الأمنية بـ«التدخل العاجل» لإعادة فتح الميناء، محذرة من أن كل يوم إغلاق يكبّد الخزانة العامة خسائر تتجاوز 120 مليون دولار.",
        "وفي مدينة سرت، استهدفت طائرة مسيّرة مجهولة، ليل الثلاثاء، مخزناً للذخيرة تابعاً لقوات القيادة العامة في محيط قاعدة القرضابية الجوية جنوبي المدينة، ما أدى إلى مقتل عنصر وإصابة ثلاثة آخرين، بحسب مصدر عسكري.",
        "وفي البريقة، اندلعت اشتباكات بالأسلحة المتوسطة، أمس الأربعاء، بين مسلحين محليين حاولوا اقتحام مجمع مرسى البريقة وعناصر من حرس المنشآت النفطية، وأسفرت عن «قتلى وجرحى من الطرفين»، وفق ما أفاد به سكان.",
        "ودفعت القيادة العامة للجيش الوطني الليبي، صباح اليوم، بتعزيزات عسكرية إلى البريقة «لتأمين المنشآت النفطية»، بحسب ما أعلنته شعبة الإعلام الحربي في بيان.",
        "ومن المقرر أن يلتقي وفد من المؤسسة ممثلين عن المحتجين في مدينة سرت بعد غد السبت، بوساطة من مشايخ وأعيان المنطقة، بحسب مصدر في المجلس البلدي رأس لانوف.",
        "وأعربت بعثة الأمم المتحدة للدعم في ليبيا، في بيان اليوم، عن دعمها الكامل لجهود المؤسسة الوطنية للنفط في إعادة فتح الميناء، داعية جميع الأطراف إلى «إبعاد قطاع النفط عن التجاذبات السياسية».",
        "وكانت لجنة العقوبات التابعة لمجلس الأمن الدولي قد أدرجت، الأسبوع الماضي، ثلاثة أشخاص على قائمة حظر السفر وتجميد الأصول بتهمة تهريب الوقود المدعوم عبر موانئ الساحل الليبي.",
        "ويتكرر إغلاق الموانئ والحقول النفطية في ليبيا منذ عام 2011 كورقة ضغط في الصراعات السياسية، وكان أطولها إغلاق استمر نحو ثمانية أشهر عام 2020.",
    ],
    entities=[
        ("الهلال النفطي", "LOC", "Libyan oil crescent"),
        ("ميناء رأس لانوف", "FAC", "Ras Lanuf oil port"),
        ("المؤسسة الوطنية للنفط", "ORG", "National Oil Corporation (Libya)"),
        ("سرت", "GPE", "Sirte"),
        ("القيادة العامة", "ORG", "Libyan National Army General Command"),
        ("قاعدة القرضابية الجوية", "FAC", "Ghardabiya Air Base"),
        ("البريقة", "GPE", "Brega"),
        ("مرسى البريقة", "FAC", "Marsa al-Brega oil terminal"),
        ("حرس المنشآت النفطية", "ORG", "Petroleum Facilities Guard"),
        ("القيادة العامة للجيش الوطني الليبي", "ORG", "Libyan National Army General Command"),
        ("شعبة الإعلام الحربي", "ORG", "LNA War Information Division"),
        ("المجلس البلدي رأس لانوف", "ORG", "Ras Lanuf Municipal Council"),
        ("بعثة الأمم المتحدة للدعم في ليبيا", "ORG", "UN Support Mission in Libya (UNSMIL)"),
        ("مجلس الأمن الدولي", "ORG", "United Nations Security Council"),
        ("ليبيا", "GPE", "Libya"),
    ],
    events=[
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2026-03-12", "day",
          A("محتجون من أبناء قبائل منطقة الهلال النفطي", "Protesters (Libya)", "LBY", "protesters"), None,
          [_RASLANUF_PORT], None, None, "",
          S("المؤسسة الوطنية للنفط", "official", "National Oil Corporation (Libya)"), "أغلق محتجون"),
        E("REQUEST", None, "asserted", "2026-03-12", "day",
          A("المؤسسة", "National Oil Corporation (Libya)", "LBY", "government"),
          A("النائب العام", "Attorney General of Libya", "LBY", "government"),
          [], None, None, "", S("المؤسسة", "official", "National Oil Corporation (Libya)"), "وطالبت المؤسسة"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2026-03-10", "day",
          None, A("قوات القيادة العامة", "Libyan National Army", "LBY", "military"),
          [L("قاعدة القرضابية الجوية", "Ghardabiya Air Base", "LY", "Sirte", "facility", 31.06, 16.60)], 1, 3,
          "مقتل عنصر وإصابة ثلاثة آخرين",
          S("مصدر عسكري", "anonymous", "Libyan military source"), "طائرة مسيّرة مجهولة"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-03-11", "day",
          A("مسلحين محليين", "Local armed men (Brega)", "LBY", "armed_group"),
          A("حرس المنشآت النفطية", "Petroleum Facilities Guard", "LBY", "military"),
          [_BREGA], None, None, "قتلى وجرحى من الطرفين",
          S("سكان", "witness", "Residents"), "اندلعت اشتباكات بالأسلحة"),
        E("MOBILIZE", None, "asserted", "2026-03-12", "day",
          A("القيادة العامة للجيش الوطني الليبي", "Libyan National Army", "LBY", "military"), None,
          [_BREGA], None, None, "",
          S("شعبة الإعلام الحربي", "official", "LNA War Information Division"), "ودفعت القيادة العامة"),
        E("CONSULT", None, "planned", "2026-03-14", "day",
          A("وفد من المؤسسة", "National Oil Corporation (Libya)", "LBY", "government"),
          A("ممثلين عن المحتجين", "Protesters (Libya)", "LBY", "protesters"),
          [L("سرت", "Sirte", "LY", "Sirte", "city", 31.21, 16.59)], None, None, "",
          S("مصدر في المجلس البلدي رأس لانوف", "anonymous", "Ras Lanuf Municipal Council source"), "ومن المقرر أن يلتقي"),
        E("SUPPORT", None, "asserted", "2026-03-12", "day",
          A("بعثة الأمم المتحدة للدعم في ليبيا", "UN Support Mission in Libya (UNSMIL)", None, "igo"), _NOC,
          [], None, None, "",
          S("بعثة الأمم المتحدة للدعم في ليبيا", "official", "UN Support Mission in Libya (UNSMIL)"), "وأعربت بعثة"),
        E("SANCTION", None, "asserted", "2026-03-04", "week",
          A("لجنة العقوبات التابعة لمجلس الأمن الدولي", "UN Security Council Libya Sanctions Committee", None, "igo"),
          A("ثلاثة أشخاص", "Libyan fuel smugglers", "LBY", "other"),
          [], None, None, "", OWN, "لجنة العقوبات"),
    ],
    notes=("Published Thu 2026-03-12. 'فجر اليوم الخميس', 'صباح اليوم', 'اليوم' -> 03-12; 'ليل الثلاثاء' -> 03-10 "
           "(drone strike near Sirte); 'أمس الأربعاء' -> 03-11 (Brega clash); 'بعد غد السبت' -> 03-14 (planned NOC meeting "
           "in Sirte); 'الأسبوع الماضي' -> week Mon 03-02..Sun 03-08, coded Wed 03-04 with week precision (UN sanctions "
           "listing, outlet_own, no place). The port blockade by unarmed tribesmen is Protests/Peaceful protest, reported "
           "by NOC (official). NOC's call in paragraph 2 is a REQUEST with actor2 the first named (the Attorney General, a "
           "title, not an entity); 'محذرة' is participial. The unidentified drone's operator is not named -> actor1 null; "
           "'مقتل عنصر' is a singular -> 1 killed, 'ثلاثة' -> 3 injured. The Brega clash is coded at the town (the terminal "
           "is named only as the target of the storming); casualties vague -> null with casualty_text; residents -> witness. "
           "NOC is a state corporation, coded role government. Ras Lanuf is coded in Sirte district and Brega in Al Wahat "
           "district (my best knowledge of Libya's 2007 districts). Last paragraph background."),
)

# ---------------------------------------------------------------- 006 Iraq / Kurdistan Region
_KOYA = L("كويسنجق", "Koya (Koysinjaq)", "IQ", "Erbil", "city", 36.08, 44.63)
_KDPI = A("الحزب الديمقراطي الكردستاني الإيراني", "Democratic Party of Iranian Kurdistan (KDPI)", "IRN", "armed_group")
A006 = dict(
    id="006_news_item", format="text", published="2025-07-08",
    title="قصف إيراني على مقار معارضين أكراد قرب كويسنجق وبغداد تستدعي السفير الإيراني",
    head=[
        "قصف إيراني على مقار معارضين أكراد قرب كويسنجق وبغداد تستدعي السفير الإيراني",
        "قصف إيراني على مقار معارضين أكراد قرب كويسنجق وبغداد تستدعي السفير الإيراني",
        "08 تموز 2025 | 11:10 صباحاً",
        "أربيل - مكتب الإقليم",
        "منازل متضررة في قرية حدودية بناحية سيدكان (أرشيف)",
        "أرسل الخبر | اطبع الخبر",
    ],
    paras=[
        "استهدف الحرس الثوري الإيراني بصواريخ وطائرات مسيّرة، فجر أمس الاثنين، مقار الحزب الديمقراطي الكردستاني الإيراني في محيط قضاء كويسنجق (كويه) شرقي أربيل، ما أدى إلى مقتل 3 من عناصر الحزب وإصابة 6 آخرين، بحسب ما أفاد به مسؤول في الحزب لشبكة رووداو الإعلامية.",
        "وفي ناحية سيدكان بقضاء سوران شمالي المحافظة، قصفت المدفعية الإيرانية، صباح أمس، أطراف قريتين حدوديتين، ما أجبر عشرات العائلات على النزوح نحو مركز القضاء، وفق ما أفاد به مدير الناحية.",
        "واستدعت وزارة الخارجية العراقية، ظهر اليوم الثلاثاء، السفير الإيراني في بغداد، وسلمته مذكرة احتجاج شديدة اللهجة على «الاعتداءات المتكررة» على أراضي إقليم كردستان، وفق بيان للوزارة.",
        "وتوعد مقر حمزة سيد الشهداء التابع للقوات البرية في الحرس الثوري، في بيان نقلته وكالة «تسنيم» اليوم، بمواصلة استهداف «مقار الجماعات الانفصالية» في شمال العراق «ما لم تلتزم بغداد بتعهداتها الأمنية».",
        "ودعت حكومة إقليم كردستان، في بيان اليوم، الحكومة الاتحادية إلى «تحمّل مسؤولياتها الدستورية» في حماية حدود الإقليم، ومجلس الأمن الدولي إلى إدانة القصف.",
        "وأعلنت مؤسسة بارزاني الخيرية، أمس، أنها وزعت مساعدات غذائية وخياماً على ١٢٠ عائلة نزحت من قرى سيدكان إلى مخيم مؤقت قرب مدينة سوران.",
        "من جهته، قال الحزب الديمقراطي الكردستاني الإيراني، في بيان اليوم، إنه أخلى ليل أمس مقاره قرب كويسنجق ونقل عائلات مقاتليه إلى «مواقع أكثر أمناً». وأضاف أن «القصف لن يثني الحزب عن نضاله السياسي».",
        "ومن المقرر أن يزور وفد أمني عراقي رفيع طهران غداً الأربعاء لبحث تنفيذ الاتفاق الأمني الموقع بين البلدين، بحسب مصدر في مستشارية الأمن القومي.",
        "وبموجب الاتفاق الموقع في آذار/مارس 2023، تعهدت بغداد بنزع سلاح جماعات المعارضة الكردية الإيرانية ونقلها من المناطق الحدودية إلى مخيمات في عمق الإقليم، فيما تتهم طهران هذه الجماعات بإثارة احتجاجات عام 2022.",
    ],
    foot=[
        "مواضيع مشابهة",
        "حكومة الإقليم تعلن موعد صرف رواتب شهر حزيران",
        "انخفاض مناسيب المياه في بحيرة دوكان",
        "الكلمات الدالة: أربيل، إيران، كويسنجق",
        "تابعونا على فيسبوك وإكس",
        "حقوق النشر محفوظة © 2025",
    ],
    entities=[
        ("الحرس الثوري الإيراني", "ORG", "Islamic Revolutionary Guard Corps"),
        ("الحزب الديمقراطي الكردستاني الإيراني", "ORG", "Democratic Party of Iranian Kurdistan (KDPI)"),
        ("كويسنجق", "GPE", "Koya (Koysinjaq)"),
        ("كويه", "GPE", "Koya (Koysinjaq)"),
        ("أربيل", "GPE", "Erbil"),
        ("شبكة رووداو الإعلامية", "ORG", "Rudaw Media Network"),
        ("سيدكان", "GPE", "Sidakan"),
        ("سوران", "GPE", "Soran"),
        ("وزارة الخارجية العراقية", "ORG", "Iraqi Ministry of Foreign Affairs"),
        ("بغداد", "GPE", "Baghdad"),
        ("إقليم كردستان", "GPE", "Kurdistan Region of Iraq"),
        ("مقر حمزة سيد الشهداء", "ORG", "IRGC Hamzeh Seyed al-Shohada Base"),
        ("الحرس الثوري", "ORG", "Islamic Revolutionary Guard Corps"),
        ("تسنيم", "ORG", "Tasnim News Agency"),
        ("العراق", "GPE", "Iraq"),
        ("حكومة إقليم كردستان", "ORG", "Kurdistan Regional Government"),
        ("مجلس الأمن الدولي", "ORG", "United Nations Security Council"),
        ("مؤسسة بارزاني الخيرية", "ORG", "Barzani Charity Foundation"),
        ("طهران", "GPE", "Tehran"),
        ("مستشارية الأمن القومي", "ORG", "Iraqi National Security Advisory"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-07-07", "day",
          A("الحرس الثوري الإيراني", "Islamic Revolutionary Guard Corps", "IRN", "military"), _KDPI,
          [_KOYA], 3, 6, "مقتل 3 من عناصر الحزب وإصابة 6 آخرين",
          S("مسؤول في الحزب", "anonymous", "KDPI official"), "استهدف الحرس الثوري"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-07-07", "day",
          A("المدفعية الإيرانية", "Islamic Revolutionary Guard Corps", "IRN", "military"), None,
          [L("سيدكان", "Sidakan", "IQ", "Erbil", "city", 36.80, 44.67)], None, None, "",
          S("مدير الناحية", "official", "Sidakan sub-district director"), "قصفت المدفعية الإيرانية"),
        E("ACCUSE", None, "asserted", "2025-07-08", "day",
          A("وزارة الخارجية العراقية", "Iraqi Ministry of Foreign Affairs", "IRQ", "government"),
          A("السفير الإيراني", "Government of Iran", "IRN", "government"),
          [L("بغداد", "Baghdad", "IQ", "Baghdad", "city", 33.31, 44.36)], None, None, "",
          S("وزارة الخارجية العراقية", "official", "Iraqi Ministry of Foreign Affairs"), "واستدعت وزارة"),
        E("THREATEN", None, "asserted", "2025-07-08", "day",
          A("مقر حمزة سيد الشهداء", "IRGC Hamzeh Seyed al-Shohada Base", "IRN", "military"),
          A("الجماعات الانفصالية", "Iranian Kurdish opposition groups", "IRN", "armed_group"),
          [], None, None, "", S("مقر حمزة سيد الشهداء", "official", "IRGC Hamzeh Seyed al-Shohada Base"), "وتوعد مقر"),
        E("REQUEST", None, "asserted", "2025-07-08", "day",
          A("حكومة إقليم كردستان", "Kurdistan Regional Government", "IRQ", "government"),
          A("الحكومة الاتحادية", "Government of Iraq", "IRQ", "government"),
          [], None, None, "", S("حكومة إقليم كردستان", "official", "Kurdistan Regional Government"), "ودعت حكومة"),
        E("AID", None, "asserted", "2025-07-07", "day",
          A("مؤسسة بارزاني الخيرية", "Barzani Charity Foundation", "IRQ", "other"),
          A("١٢٠ عائلة", "Displaced civilians (Iraq)", "IRQ", "civilians"),
          [L("سوران", "Soran", "IQ", "Erbil", "city", 36.65, 44.54)], None, None, "",
          S("مؤسسة بارزاني الخيرية", "ngo", "Barzani Charity Foundation"), "مؤسسة بارزاني"),
        E("RETREAT", None, "asserted", "2025-07-07", "day", _KDPI, None,
          [_KOYA], None, None, "",
          S("الحزب الديمقراطي الكردستاني الإيراني", "official", "Democratic Party of Iranian Kurdistan (KDPI)"), "إنه أخلى"),
        E("CONSULT", None, "planned", "2025-07-09", "day",
          A("وفد أمني عراقي رفيع", "Government of Iraq", "IRQ", "government"), None,
          [L("طهران", "Tehran", "IR", "Tehran", "city", 35.69, 51.39)], None, None, "",
          S("مصدر في مستشارية الأمن القومي", "anonymous", "Iraqi National Security Advisory source"), "ومن المقرر أن يزور"),
    ],
    notes=("Published Tue 2025-07-08. 'فجر أمس الاثنين', 'صباح أمس', 'أمس', 'ليل أمس' -> 07-07; 'ظهر اليوم الثلاثاء', "
           "'اليوم' -> 07-08; 'غداً الأربعاء' -> 07-09 (planned visit to Tehran). The IRGC strike on KDPI sites near Koya "
           "(missiles and drones) is coded Shelling/artillery/missile attack; 'مقتل 3 … وإصابة 6' are Western digits. The "
           "source is the unnamed KDPI official quoted by Rudaw -> anonymous (innermost speaker). The Sidakan shelling has no "
           "casualty statement; the displacement it caused is part of the same sentence and not a separate event (ACLED does "
           "not code displacement). Summoning the ambassador and handing a protest note is coded ACCUSE (formal complaint), "
           "placed in Baghdad where the summons took place. The IRGC threat names no venue. The KRG call to two parties is one "
           "REQUEST with actor2 the first named (the federal government). The Barzani Charity Foundation is an ngo; '١٢٠ عائلة' "
           "is a head count, not casualties. Paragraph 7 has two sentences: the first is a RETREAT (evacuation of the KDPI "
           "bases, 'ليل أمس' -> 07-07); the second is an opinion. KDPI is coded armed_group with IRN (an Iranian opposition "
           "party with an armed wing). Sidakan's coordinates are approximate. Last paragraph background."),
)

# ---------------------------------------------------------------- 007 Yemen / Saada and the Saudi border
_SAU_MIL = A("القوات السعودية", "Saudi military", "SAU", "military")
_HOUTHI = A("الحوثيين", "Houthis (Ansar Allah)", "YEM", "armed_group")
A007 = dict(
    id="007_news_item", format="text", published="2026-05-20",
    title="قتيلان بقصف سعودي على شدا والرياض تعلن اعتراض مسيّرة حوثية فوق جازان",
    head=[
        "قتيلان بقصف سعودي على شدا والرياض تعلن اعتراض مسيّرة حوثية فوق جازان",
        "الأربعاء 20-5-2026م",
        "صعدة - «اليمن الحر» - متابعات",
        "مبانٍ مدمرة في مديرية حدودية بمحافظة صعدة (أرشيف)",
        "اضغط لتكبير الخط | طباعة",
    ],
    paras=[
        "قُتل مدنيان وأصيب أربعة آخرون، ليل الاثنين، بقصف مدفعي شنته القوات السعودية واستهدف قرى في مديرية شدا الحدودية بمحافظة صعدة، بحسب ما أفادت به قناة «المسيرة» التابعة للحوثيين.",
        "وأعلنت وزارة الدفاع السعودية، أمس، اعتراض طائرة مسيّرة مفخخة أطلقها الحوثيون باتجاه مدينة جازان، مؤكدة أن عملية الاعتراض تمت «من دون وقوع أي أضرار».",
        "من جهته، أعلن المتحدث العسكري باسم الحوثيين، في بيان مساء أمس، أن قواتهم استهدفت «تجمعات لقوات الجيش السعودي» في منطقة الخوبة بجازان بعدد من القذائف الصاروخية، زاعماً «إيقاع إصابات مباشرة»، وهو ما لم يعلق عليه الجانب السعودي.",
        "وأفادت وكالة الأنباء السعودية (واس)، اليوم، بأن دوريات حرس الحدود السعودي أحبطت فجر اليوم محاولة تسلل من الأراضي اليمنية إلى محافظة الداير في منطقة جازان، واعتقلت ثلاثة متسللين.",
        "إلى ذلك، أعلن رئيس اللجنة الوطنية لشؤون الأسرى التابعة للحوثيين، في مؤتمر صحافي عقده في صنعاء اليوم الأربعاء، التوصل إلى اتفاق مع الجانب السعودي يقضي بتبادل ٢٤ أسيراً من الطرفين، على أن يُنفَّذ الأسبوع المقبل بإشراف اللجنة الدولية للصليب الأحمر.",
        "في المقابل، رفض مجلس القيادة الرئاسي، في بيان نقلته وكالة «سبأ» اليوم، أي «تفاهمات ثنائية» بين الرياض والحوثيين «تتجاوز الحكومة الشرعية»، مطالباً بإشراكه في ملف الأسرى.",
        "وكانت مديرية منبه المجاورة قد شهدت، الشهر الماضي، قصفاً شنته القوات السعودية وأسفر عن مقتل طفل، وفق منظمة «مواطنة» لحقوق الإنسان.",
        "ويسري بين الرياض والحوثيين منذ نيسان/أبريل 2022 تهدئة غير معلنة على الحدود، رغم خروقات متقطعة. وتقول منظمات حقوقية إن القصف على المديريات الحدودية في صعدة أوقع مئات الضحايا المدنيين منذ ذلك الحين.",
    ],
    foot=[
        "اقرأ أيضاً: ارتفاع أسعار الأسماك في أسواق الحديدة",
        "اقرأ أيضاً: الأمطار تقطع طرقاً في محافظة حجة",
        "وسوم: صعدة، السعودية، الأسرى",
        "تابعونا على تيليغرام ويوتيوب",
        "جميع الحقوق محفوظة لموقع اليمن الحر 2026",
    ],
    entities=[
        ("شدا", "GPE", "Shada district"),
        ("صعدة", "GPE", "Saada"),
        ("المسيرة", "ORG", "Al-Masirah TV"),
        ("الحوثيين", "ORG", "Houthis (Ansar Allah)"),
        ("وزارة الدفاع السعودية", "ORG", "Saudi Ministry of Defense"),
        ("الحوثيون", "ORG", "Houthis (Ansar Allah)"),
        ("جازان", "GPE", "Jazan"),
        ("الجيش السعودي", "ORG", "Royal Saudi Land Forces"),
        ("الخوبة", "GPE", "al-Khubah"),
        ("وكالة الأنباء السعودية", "ORG", "Saudi Press Agency (SPA)"),
        ("واس", "ORG", "Saudi Press Agency (SPA)"),
        ("حرس الحدود السعودي", "ORG", "Saudi Border Guard"),
        ("الداير", "GPE", "al-Dayer"),
        ("اللجنة الوطنية لشؤون الأسرى", "ORG", "Houthi National Committee for Prisoners' Affairs"),
        ("صنعاء", "GPE", "Sanaa"),
        ("اللجنة الدولية للصليب الأحمر", "ORG", "International Committee of the Red Cross"),
        ("مجلس القيادة الرئاسي", "ORG", "Presidential Leadership Council (Yemen)"),
        ("سبأ", "ORG", "Saba News Agency"),
        ("الرياض", "GPE", "Riyadh"),
        ("منبه", "GPE", "Munabbih district"),
        ("مواطنة", "ORG", "Mwatana for Human Rights"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2026-05-18", "day",
          _SAU_MIL, A("مدنيان", "Civilians (Yemen)", "YEM", "civilians"),
          [L("شدا", "Shada district", "YE", "Sa'dah", "city", 16.93, 43.30)], 2, 4, "قُتل مدنيان وأصيب أربعة آخرون",
          S("قناة «المسيرة»", "media", "Al-Masirah TV"), "قُتل مدنيان"),
        E("ASSAULT", ["Strategic developments", "Disrupted weapons use"], "asserted", "2026-05-19", "day",
          A("وزارة الدفاع السعودية", "Saudi military", "SAU", "military"),
          A("الحوثيون", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          [L("جازان", "Jazan", "SA", "Jazan", "city", 16.89, 42.57)], None, None, "",
          S("وزارة الدفاع السعودية", "official", "Saudi Ministry of Defense"), "اعتراض طائرة"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "claimed", "2026-05-19", "day",
          _HOUTHI, A("الجيش السعودي", "Saudi military", "SAU", "military"),
          [L("الخوبة", "al-Khubah", "SA", "Jazan", "city", 16.97, 43.20)], None, None, "إيقاع إصابات مباشرة",
          S("المتحدث العسكري باسم الحوثيين", "perpetrator_claim", "Houthi military spokesperson"), "تجمعات لقوات"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-05-20", "day",
          A("دوريات حرس الحدود السعودي", "Saudi Border Guard", "SAU", "police"),
          A("ثلاثة متسللين", "Infiltrators from Yemen", "YEM", "other"),
          [L("الداير", "al-Dayer", "SA", "Jazan", "city", 17.34, 43.13)], None, None, "",
          S("وكالة الأنباء السعودية", "wire", "Saudi Press Agency (SPA)"), "وأفادت وكالة الأنباء"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2026-05-20", "day",
          A("رئيس اللجنة الوطنية لشؤون الأسرى", "Houthi National Committee for Prisoners' Affairs", "YEM", "armed_group"),
          A("الجانب السعودي", "Government of Saudi Arabia", "SAU", "government"),
          [], None, None, "",
          S("رئيس اللجنة الوطنية لشؤون الأسرى", "official", "Head of the Houthi National Committee for Prisoners' Affairs"), "بتبادل ٢٤ أسيراً"),
        E("COOPERATE", None, "planned", "2026-05-27", "week",
          A("رئيس اللجنة الوطنية لشؤون الأسرى", "Houthi National Committee for Prisoners' Affairs", "YEM", "armed_group"),
          A("الجانب السعودي", "Government of Saudi Arabia", "SAU", "government"),
          [], None, None, "",
          S("رئيس اللجنة الوطنية لشؤون الأسرى", "official", "Head of the Houthi National Committee for Prisoners' Affairs"), "بتبادل ٢٤ أسيراً"),
        E("REJECT", None, "asserted", "2026-05-20", "day",
          A("مجلس القيادة الرئاسي", "Presidential Leadership Council (Yemen)", "YEM", "government"),
          A("الرياض", "Government of Saudi Arabia", "SAU", "government"),
          [], None, None, "", S("مجلس القيادة الرئاسي", "official", "Presidential Leadership Council (Yemen)"), "رفض مجلس القيادة"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2026-04-15", "month",
          _SAU_MIL, A("طفل", "Civilians (Yemen)", "YEM", "civilians"),
          [L("منبه", "Munabbih district", "YE", "Sa'dah", "city", 16.87, 43.21)], 1, None, "أسفر عن مقتل طفل",
          S("مواطنة", "ngo", "Mwatana for Human Rights"), "مديرية منبه"),
    ],
    notes=("Published Wed 2026-05-20. 'ليل الاثنين' -> Mon 05-18 (shelling of Shada); 'أمس', 'مساء أمس' -> 05-19 "
           "(interception over Jazan; Houthi claim, dated by its statement); 'فجر اليوم', 'اليوم الأربعاء', 'اليوم' -> 05-20; "
           "'الأسبوع المقبل' -> week Mon 05-25..Sun 05-31, coded Wed 05-27 with week precision (planned prisoner exchange); "
           "'الشهر الماضي' -> 2026-04-15 with month precision (Munabbih shelling). The Shada shelling is the Houthi side's "
           "account carried by Al-Masirah, which speaks for itself -> media, asserted; 'مدنيان' is a dual -> 2 killed, "
           "'أربعة' -> 4 injured. The interception is coded ASSAULT + Strategic developments/Disrupted weapons use as dev-013 "
           "codes a shoot-down; 'من دون وقوع أي أضرار' is about damage, not people, so casualties stay null. The Houthi "
           "shelling of al-Khubah is claimed and unconfirmed ('وهو ما لم يعلق عليه الجانب السعودي'); 'إيقاع إصابات مباشرة' "
           "is vague -> null with casualty_text. SPA speaks for itself -> wire. Paragraph 5 gives AGREE (asserted, the day of "
           "the announcement) and the planned exchange itself, coded COOPERATE (a mutual exchange rather than a one-sided "
           "release), both without place: Sanaa is only the press conference venue, not where the deal was made. '٢٤ أسيراً' "
           "is a head count. The PLC rejection is aimed at two parties -> actor2 the first named (Riyadh). Districts (Shada, "
           "Munabbih) are coded kind city as dev codes Harib; their coordinates, and al-Khubah's and al-Dayer's, are "
           "approximate. Paragraph 8 (two sentences) is background."),
)

# ---------------------------------------------------------------- 008 Abyei (HTML)
_RUMAMIER = L("رومامير", "Rumamier", "SD", "Abyei", "city", 9.80, 28.38)
_UNISFA = A("قوة الأمم المتحدة الأمنية المؤقتة لأبيي", "United Nations Interim Security Force for Abyei (UNISFA)", None, "igo")
A008 = dict(
    id="008_news_item", format="html", published="2024-12-05",
    title="سبعة قتلى في اشتباكات بين المسيرية ودينكا نقوك شمالي أبيي و«يونيسفا» تنشر دورياتها",
    html=dict(
        site="راديو السلام الإخباري",
        nav=["الرئيسية", "السودان", "جنوب السودان", "أفريقيا", "حوارات", "بودكاست"],
        kicker="أبيي",
        byline="جوبا - الخرطوم: وحدة الأخبار",
        datetime="2024-12-05T09:05",
        time="5 ديسمبر/كانون الأول 2024 • 09:05 ص",
        img="/static/img/2024/12/abyei-market.jpg",
        caption="دورية لقوات حفظ السلام في سوق أبيي (أرشيف/ يونيسفا)",
        share=["مشاركة:", "فيسبوك", "إكس", "واتساب", "البريد"],
        tags=["موضوعات:", "أبيي", "يونيسفا", "المسيرية"],
        related=["قد يعجبك أيضاً", "موسم الجفاف يدفع الرعاة إلى التحرك جنوباً مبكراً",
                 "جنوب السودان: تأجيل جديد لموعد الانتخابات", "وصول دفعة من اللاجئين إلى الرنك"],
        footer=["عن الموقع", "تواصل معنا", "سياسة الخصوصية", "تابعونا على يوتيوب", "راديو السلام الإخباري © 2024 جميع الحقوق محفوظة"],
    ),
    paras=[
        "قُتل سبعة أشخاص وأصيب 9 آخرون، فجر أمس الأربعاء، في اشتباكات بين مسلحين من المسيرية وشبان مسلحين من دينكا نقوك في منطقة رومامير شمالي أبيي، بحسب ما أفادت به إدارة منطقة أبيي الإدارية.",
        "وقالت قوة الأمم المتحدة الأمنية المؤقتة لأبيي (يونيسفا)، في بيان اليوم الخميس، إن دورياتها انتشرت في رومامير والقرى المحيطة بها «لمنع تجدد العنف». ودعت البعثة قادة المجتمعين إلى «ضبط النفس» والامتناع عن أي أعمال انتقامية.",
        "ومن المقرر أن تعقد لجنة الإشراف المشتركة لأبيي، التي تضم ممثلين عن حكومتي السودان وجنوب السودان، اجتماعاً طارئاً في جوبا السبت المقبل لبحث تداعيات الاشتباكات، بحسب مصدر دبلوماسي.",
        "ونفى الجيش السوداني، في بيان أمس، ما أوردته وسائل إعلام جنوب سودانية عن مشاركة قوات نظامية تابعة له في الهجوم على رومامير، مؤكداً أنه «لا وجود عسكرياً له داخل منطقة أبيي».",
        "وأعلن برنامج الأغذية العالمي، اليوم، بدء توزيع مساعدات غذائية طارئة على نحو ٣ آلاف نازح فروا من رومامير والقرى المجاورة إلى بلدة أبيي.",
        "في المقابل، اتهمت قيادات من المسيرية، في بيان أمس، «مجموعات مسلحة من دينكا نقوك» بسرقة مئات من رؤوس الماشية من رعاة القبيلة، معتبرة أن ما جرى «رد فعل» على تلك الاعتداءات.",
        "وطالبت حكومة جنوب السودان، على لسان وزير الإعلام اليوم، مجلس الأمن الدولي بتعزيز قدرات «يونيسفا» ونشر قوات إضافية في المناطق الشمالية من أبيي.",
        "ويتنازع السودان وجنوب السودان السيادة على منطقة أبيي الغنية بالمراعي منذ انفصال الجنوب عام 2011، ولم يُجرَ الاستفتاء المقرر على تبعيتها حتى الآن.",
    ],
    entities=[
        ("المسيرية", "NORP", "Misseriya"),
        ("دينكا نقوك", "NORP", "Ngok Dinka"),
        ("رومامير", "GPE", "Rumamier"),
        ("أبيي", "GPE", "Abyei"),
        ("إدارة منطقة أبيي الإدارية", "ORG", "Abyei Special Administrative Area administration"),
        ("قوة الأمم المتحدة الأمنية المؤقتة لأبيي", "ORG", "United Nations Interim Security Force for Abyei (UNISFA)"),
        ("يونيسفا", "ORG", "United Nations Interim Security Force for Abyei (UNISFA)"),
        ("لجنة الإشراف المشتركة لأبيي", "ORG", "Abyei Joint Oversight Committee"),
        ("السودان", "GPE", "Sudan"),
        ("جنوب السودان", "GPE", "South Sudan"),
        ("جوبا", "GPE", "Juba"),
        ("الجيش السوداني", "ORG", "Sudanese Armed Forces"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("حكومة جنوب السودان", "ORG", "Government of South Sudan"),
        ("مجلس الأمن الدولي", "ORG", "United Nations Security Council"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-12-04", "day",
          A("مسلحين من المسيرية", "Misseriya communal militia", "SDN", "armed_group"),
          A("شبان مسلحين من دينكا نقوك", "Ngok Dinka communal militia", "SSD", "armed_group"),
          [_RUMAMIER], 7, 9, "قُتل سبعة أشخاص وأصيب 9 آخرون",
          S("إدارة منطقة أبيي الإدارية", "official", "Abyei Special Administrative Area administration"), "قُتل سبعة أشخاص"),
        E("MOBILIZE", None, "asserted", "2024-12-05", "day", _UNISFA, None,
          [_RUMAMIER], None, None, "",
          S("قوة الأمم المتحدة الأمنية المؤقتة لأبيي", "official", "United Nations Interim Security Force for Abyei (UNISFA)"), "إن دورياتها انتشرت"),
        E("REQUEST", None, "asserted", "2024-12-05", "day",
          A("البعثة", "United Nations Interim Security Force for Abyei (UNISFA)", None, "igo"),
          A("قادة المجتمعين", "Misseriya and Ngok Dinka community leaders", None, "other"),
          [], None, None, "", S("البعثة", "official", "United Nations Interim Security Force for Abyei (UNISFA)"), "ودعت البعثة"),
        E("CONSULT", None, "planned", "2024-12-07", "day",
          A("لجنة الإشراف المشتركة لأبيي", "Abyei Joint Oversight Committee", None, "government"), None,
          [L("جوبا", "Juba", "SS", "Central Equatoria", "city", 4.85, 31.58)], None, None, "",
          S("مصدر دبلوماسي", "anonymous", "Diplomatic source"), "ومن المقرر أن تعقد"),
        E("ASSAULT", ["Battles", "Armed clash"], "denied", "2024-12-04", "day",
          A("الجيش السوداني", "Sudanese Armed Forces", "SDN", "military"), None,
          [_RUMAMIER], None, None, "", S("الجيش السوداني", "official", "Sudanese Armed Forces"), "ونفى الجيش السوداني"),
        E("AID", None, "asserted", "2024-12-05", "day",
          A("برنامج الأغذية العالمي", "World Food Programme", None, "igo"),
          A("نازح", "Displaced civilians (Abyei)", "SSD", "civilians"),
          [L("أبيي", "Abyei", "SD", "Abyei", "city", 9.60, 28.44)], None, None, "",
          S("برنامج الأغذية العالمي", "official", "World Food Programme"), "وأعلن برنامج الأغذية"),
        E("ACCUSE", None, "asserted", "2024-12-04", "day",
          A("قيادات من المسيرية", "Misseriya leaders", "SDN", "other"),
          A("مجموعات مسلحة من دينكا نقوك", "Ngok Dinka communal militia", "SSD", "armed_group"),
          [], None, None, "", S("قيادات من المسيرية", "official", "Misseriya leaders"), "اتهمت قيادات"),
        E("REQUEST", None, "asserted", "2024-12-05", "day",
          A("حكومة جنوب السودان", "Government of South Sudan", "SSD", "government"),
          A("مجلس الأمن الدولي", "United Nations Security Council", None, "igo"),
          [], None, None, "", S("وزير الإعلام", "official", "South Sudan Minister of Information"), "وطالبت حكومة"),
    ],
    notes=("Published Thu 2024-12-05. 'فجر أمس الأربعاء', 'أمس' -> 12-04 (clash; SAF denial; Misseriya statement); "
           "'اليوم الخميس', 'اليوم' -> 12-05; 'السبت المقبل' -> 12-07 (planned AJOC meeting in Juba). Where dev is silent I "
           "placed Abyei in Sudan (SD, admin1 'Abyei'): the area's final status is undetermined and OCHA's Sudan "
           "administrative layer lists the Abyei PCA area as an admin-1 unit; ACLED's own choice may differ. Misseriya "
           "actors are SDN, Ngok Dinka actors SSD. The clash is Battles/Armed clash between two communal militias, reported "
           "by the (South Sudan-appointed) Abyei administration -> official; 'سبعة' number word, '9' Western digits. "
           "Paragraph 2 has two sentences: UNISFA's deployment (MOBILIZE, placed at Rumamier named in the sentence) and its "
           "call for restraint (REQUEST, no place). The SAF denial is a denied ASSAULT on the clash day at Rumamier; "
           "actor2 left null. WFP aid to about ٣ آلاف displaced (a head count) in Abyei town. The Misseriya accusation "
           "contains a cattle-theft allegation that is part of the accusation (no date/place), not a separate event. The "
           "South Sudan request: source is the (unnamed) information minister. Rumamier's coordinates are approximate. "
           "Last paragraph background."),
)
