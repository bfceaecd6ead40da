"""heldout18 article specs 005-008 (invented events; real places, institutions and armed groups; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 005  (published Tue 2024-10-15)  Yemen, Red Sea and Hodeidah
T005 = "هجوم صاروخي على سفينة تجارية غرب الحديدة وقتيلة وأربعة جرحى بقصف حوثي على تعز"
HOUTHI = A("جماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group")
USUK = A("طائرات حربية أميركية وبريطانية", "US-UK coalition forces", "USA", "military")
CENTCOM = S("القيادة المركزية الأميركية", "official", "US Central Command")
A005 = dict(
    id="005_news_item", format="html", published="2024-10-15", title=T005,
    html=dict(
        site="بوابة تهامة الإخبارية",
        nav=["الرئيسية", "اليمن", "الملاحة", "الخليج", "اقتصاد", "منوعات"],
        kicker="اليمن",
        byline="الحديدة - عدن: فريق التحرير",
        datetime="2024-10-15T22:40", time="آخر تحديث: ١٥ أكتوبر ٢٠٢٤ - ٢٢:٤٠",
        img="/uploads/2024/10/red-sea-vessel.jpg",
        caption="سفينة تجارية تعبر المياه الجنوبية قبالة الساحل اليمني (أرشيف)",
        share=["مشاركة:", "واتساب", "تلغرام", "إكس"],
        tags=["كلمات مفتاحية:", "الحديدة", "تعز", "الملاحة الدولية"],
        related=["الأكثر قراءة", "تراجع سعر الريال في عدن إلى مستوى قياسي جديد",
                 "منظمات إغاثية تحذر من نقص الأدوية في مستشفيات تهامة"],
        footer=["عن الموقع", "أعلن معنا", "شروط الاستخدام", "جميع الحقوق محفوظة لبوابة تهامة الإخبارية © 2024"],
    ),
    paras=[
        "تعرضت سفينة تجارية ترفع علم ليبيريا، فجر اليوم الثلاثاء، لهجوم بصاروخين في البحر الأحمر على بعد ٦٣ ميلاً بحرياً غرب مدينة الحديدة، ما ألحق أضراراً طفيفة بهيكلها دون وقوع إصابات بين أفراد طاقمها، بحسب ما أفادت به هيئة عمليات التجارة البحرية البريطانية (UKMTO).",
        "وقالت الشركة اليونانية المشغّلة للسفينة، في بيان، إن الناقلة واصلت رحلتها باتجاه قناة السويس بعد تقييم الأضرار، وإن أفراد طاقمها الاثنين والعشرين «بخير».",
        "وأعلن المتحدث العسكري باسم جماعة الحوثي، في بيان متلفز مساء اليوم، مسؤولية الجماعة عن استهداف السفينة، مضيفاً أن قواتها هاجمت أيضاً مدمرة أميركية في البحر الأحمر بعدد من الطائرات المسيّرة، وهو ما لم تعلّق عليه القيادة المركزية الأميركية.",
        "وكانت طائرات حربية أميركية وبريطانية قد شنّت، ليل الأحد، خمس غارات على مواقع تابعة لجماعة الحوثي في محيط مطار الحديدة ومنطقة الجبانة شمال المدينة، قالت القيادة المركزية الأميركية إنها استهدفت منشآت لتخزين الصواريخ والزوارق المسيّرة.",
        "وفي تعز، قُتلت امرأة وأصيب ٤ أطفال، مساء أمس، بقذيفة هاون أطلقها الحوثيون على حي الجحملية شرقي المدينة، بحسب ما أفاد به مصدر طبي في مستشفى الثورة العام.",
        "ودانت الحكومة اليمنية، على لسان وزير الإعلام، القصف الحوثي على الأحياء السكنية في تعز، متهمة الجماعة بـ«استغلال التصعيد في البحر الأحمر للتغطية على جرائمها بحق المدنيين»، وفق ما نقلته عنه وكالة «سبأ» الرسمية اليوم.",
        "وكانت وزارة الخزانة الأميركية قد أعلنت، الأسبوع الماضي، فرض عقوبات على ثلاث شركات شحن وسفينتين قالت إنها تنقل نفطاً إيرانياً لصالح الحوثيين، في إطار مساعيها لتجفيف مصادر تمويل الجماعة.",
        "وتوعّد عضو المكتب السياسي لجماعة الحوثي، في تغريدة على منصة إكس اليوم، بـ«توسيع دائرة الاستهداف» لتشمل السفن المتجهة إلى الموانئ الأميركية «إذا استمر العدوان على اليمن».",
        "ومن المقرر أن ترسو في ميناء الحديدة غداً الأربعاء سفينة تحمل ٢٨ ألف طن من القمح مقدمة من برنامج الأغذية العالمي، بحسب مصدر في مؤسسة موانئ البحر الأحمر اليمنية.",
        "وأدت هجمات الجماعة على الملاحة منذ أواخر عام 2023 إلى تراجع حركة العبور في مضيق باب المندب بأكثر من النصف، بحسب تقديرات شركات شحن دولية.",
    ],
    entities=[
        ("ليبيريا", "GPE", "Liberia"),
        ("البحر الأحمر", "LOC", "Red Sea"),
        ("الحديدة", "GPE", "Hodeidah"),
        ("هيئة عمليات التجارة البحرية البريطانية", "ORG", "United Kingdom Maritime Trade Operations (UKMTO)"),
        ("UKMTO", "ORG", "United Kingdom Maritime Trade Operations (UKMTO)"),
        ("قناة السويس", "FAC", "Suez Canal"),
        ("جماعة الحوثي", "ORG", "Houthis (Ansar Allah)"),
        ("القيادة المركزية الأميركية", "ORG", "US Central Command"),
        ("مطار الحديدة", "FAC", "Hodeidah International Airport"),
        ("الجبانة", "GPE", "al-Jabbanah (Hodeidah)"),
        ("تعز", "GPE", "Taiz"),
        ("الحوثيون", "ORG", "Houthis (Ansar Allah)"),
        ("حي الجحملية", "GPE", "al-Jahmaliya (Taiz)"),
        ("مستشفى الثورة العام", "FAC", "Al-Thawra General Hospital (Taiz)"),
        ("سبأ", "ORG", "Saba News Agency"),
        ("وزارة الخزانة الأميركية", "ORG", "US Department of the Treasury"),
        ("الحوثيين", "ORG", "Houthis (Ansar Allah)"),
        ("إكس", "ORG", "X (Twitter)"),
        ("اليمن", "GPE", "Yemen"),
        ("ميناء الحديدة", "FAC", "Port of Hodeidah"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("مؤسسة موانئ البحر الأحمر اليمنية", "ORG", "Yemen Red Sea Ports Corporation"),
        ("مضيق باب المندب", "LOC", "Bab al-Mandab Strait"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-10-15", "day",
          None, A("سفينة تجارية ترفع علم ليبيريا", "Merchant vessel (Liberia-flagged)", None, "civilians"),
          [L("البحر الأحمر", "Red Sea, 63 nm west of Hodeidah", "YE", None, "region", 14.80, 41.87)], 0, 0,
          "دون وقوع إصابات بين أفراد طاقمها",
          S("هيئة عمليات التجارة البحرية البريطانية", "official", "United Kingdom Maritime Trade Operations (UKMTO)"),
          "تعرضت سفينة تجارية"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "claimed", "2024-10-15", "day",
          HOUTHI, A("مدمرة أميركية", "United States Navy", "USA", "military"),
          [L("البحر الأحمر", "Red Sea", "YE", None, "region", 22.0, 38.0)], None, None, "",
          S("المتحدث العسكري باسم جماعة الحوثي", "perpetrator_claim", "Houthi military spokesperson"),
          "هاجمت أيضاً مدمرة أميركية"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-10-13", "day",
          USUK, HOUTHI,
          [L("مطار الحديدة", "Hodeidah International Airport", "YE", "Al Hudaydah", "facility", 14.75, 42.98)], None, None, "",
          CENTCOM, "خمس غارات على مواقع"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-10-13", "day",
          USUK, HOUTHI,
          [L("الجبانة", "al-Jabbanah (Hodeidah)", "YE", "Al Hudaydah", "city", 14.87, 42.95)], None, None, "",
          CENTCOM, "خمس غارات على مواقع"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-10-14", "day",
          A("الحوثيون", "Houthis (Ansar Allah)", "YEM", "armed_group"), A("امرأة", "Civilians (Yemen)", "YEM", "civilians"),
          [L("حي الجحملية", "al-Jahmaliya (Taiz)", "YE", "Taiz", "city", 13.58, 44.04)], 1, 4, "قُتلت امرأة وأصيب ٤ أطفال",
          S("مصدر طبي في مستشفى الثورة العام", "anonymous", "Medical source, Al-Thawra hospital (Taiz)"), "قُتلت امرأة وأصيب"),
        E("ACCUSE", None, "asserted", "2024-10-15", "day",
          A("الحكومة اليمنية", "Government of Yemen", "YEM", "government"),
          A("الجماعة", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          [], None, None, "", S("وزير الإعلام", "official", "Yemeni Minister of Information"), "ودانت الحكومة اليمنية"),
        E("SANCTION", None, "asserted", "2024-10-09", "week",
          A("وزارة الخزانة الأميركية", "US Department of the Treasury", "USA", "government"),
          A("الحوثيين", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          [], None, None, "", S("وزارة الخزانة الأميركية", "official", "US Department of the Treasury"), "فرض عقوبات على ثلاث"),
        E("THREATEN", None, "asserted", "2024-10-15", "day",
          A("عضو المكتب السياسي لجماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("السفن المتجهة إلى الموانئ الأميركية", "Shipping bound for US ports", None, "civilians"),
          [], None, None, "", S("عضو المكتب السياسي لجماعة الحوثي", "official", "Houthi political bureau member"),
          "وتوعّد عضو المكتب السياسي"),
        E("AID", None, "planned", "2024-10-16", "day",
          A("برنامج الأغذية العالمي", "World Food Programme", None, "igo"), None,
          [L("ميناء الحديدة", "Port of Hodeidah", "YE", "Al Hudaydah", "facility", 14.84, 42.93)], None, None, "",
          S("مصدر في مؤسسة موانئ البحر الأحمر اليمنية", "anonymous", "Yemen Red Sea Ports Corporation source"),
          "ومن المقرر أن ترسو"),
    ],
    notes=("Published Tue 2024-10-15 (HTML; <time> «آخر تحديث: ١٥ أكتوبر ٢٠٢٤ - ٢٢:٤٠», Eastern digits, no weekday). "
           "P1 missile attack on a Liberia-flagged merchant ship «فجر اليوم», 63 nm west of Hodeidah: at sea, so country YE and the "
           "sea point (14.80, 41.87); explicit no injuries -> 0/0; UKMTO official; actor1 null (the sentence names no attacker). "
           "P2 the operator's statement is not an event (it confirms P1). P3 the Houthi spokesperson's claim of the ship attack "
           "restates P1 (not coded again); the claimed drone attack on a US destroyer, unconfirmed by CENTCOM, is coded (claimed; "
           "Red Sea centre 22.0, 38.0 as dev-016/017). P4 US-UK strikes «ليل الأحد» -> Sun 10-13 on two places (Hodeidah airport, "
           "al-Jabbanah) -> two events. P5 Houthi mortar on al-Jahmaliya, Taiz «مساء أمس» -> 10-14, 1/4 (singular + Eastern digit). "
           "P6 government condemnation via the information minister (ACCUSE; innermost speaker the minister, Saba only relays). "
           "P7 Treasury sanctions «الأسبوع الماضي» -> Wed 2024-10-09, week. P8 Houthi political-bureau threat (THREATEN). "
           "P9 WFP wheat ship due «غداً الأربعاء» -> 10-16 (planned AID). P10 background. Airport, al-Jabbanah and al-Jahmaliya "
           "coordinates approximate; the port's are from a public reference."),
)

# ---------------------------------------------------------------- 006  (published Wed 2024-03-13)  Iraq, Kurdistan Region
T006 = "غارات تركية على جبل متين ومسيّرة إيرانية تضرب مقراً لحزب كردي معارض قرب كويه"
TUR_MIL = A("القوات التركية", "Turkish military", "TUR", "military")
A006 = dict(
    id="006_news_item", format="text", published="2024-03-13", title=T006,
    head=[T006, "نُشر يوم الأربعاء 13 آذار 2024 عند الساعة 20:50", "أربيل - دهوك: خدمة الأخبار في نافذة الشمال",
          "جبال حدودية في أقصى شمال محافظة دهوك (أرشيف)", "أرسل لصديق | اطبع | شارك"],
    foot=["اقرأ المزيد: مطار السليمانية يستأنف رحلاته إلى أوروبا",
          "مواضيع: إقليم كردستان - دهوك - أربيل - القصف التركي",
          "للاشتراك في خدمة الأخبار العاجلة أرسل كلمة «عاجل»",
          "نافذة الشمال © 2024 - جميع الحقوق محفوظة"],
    paras=[
        "شنّت طائرات حربية تركية، فجر اليوم الأربعاء، سلسلة غارات على مواقع يُعتقد أنها تابعة لحزب العمال الكردستاني في جبل متين التابع لقضاء العمادية شمالي محافظة دهوك، بحسب ما أفادت به شبكة رووداو الإعلامية.",
        "وفي ناحية كاني ماسي شمال القضاء، أصيب راعيان بجروح، ظهر اليوم، جراء قصف مدفعي نفذته القوات التركية على أطراف قرية حدودية، وفق ما أكده مدير الناحية في تصريح صحافي.",
        "وقالت وزارة الدفاع التركية، في إحاطتها الأسبوعية اليوم، إن عملياتها ضد «الإرهابيين» في شمال العراق «ستتواصل بلا هوادة حتى تطهير المنطقة بالكامل».",
        "وفي محافظة أربيل، أعلن الحزب الديمقراطي الكردستاني الإيراني مقتل أحد عناصره وإصابة اثنين آخرين، مساء أمس الثلاثاء، بضربة طائرة مسيّرة إيرانية استهدفت مقراً له قرب قضاء كويه.",
        "وتوعّد الحرس الثوري الإيراني، في بيان اليوم، بمواصلة ضرب «مقرات الجماعات الانفصالية» في إقليم كردستان العراق «ما لم تنزع بغداد وأربيل سلاحها»، بعد ساعات من إعلانه استهداف مقر قرب كويه.",
        "وفي سياق متصل، أعلنت المديرية العامة لمكافحة الإرهاب في إقليم كردستان أن الدفاعات الجوية للتحالف الدولي أسقطت، فجر اليوم، طائرة مسيّرة مفخخة قبل وصولها إلى مطار أربيل الدولي، من دون تسجيل إصابات بشرية.",
        "واستدعت وزارة الخارجية العراقية، ظهر اليوم، السفير الإيراني في بغداد، وسلّمته مذكرة احتجاج شديدة اللهجة على «الاعتداء الذي طال أراضي إقليم كردستان»، مطالبة طهران بوقف الهجمات «فوراً».",
        "وطالبت حكومة إقليم كردستان، في بيان صادر عن المتحدث باسمها اليوم، الحكومة الاتحادية بـ«التحرك الجاد» لوقف الهجمات التركية والإيرانية المتكررة على أراضي الإقليم وحماية المدنيين في القرى الحدودية.",
        "وكانت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني، قد أعلنت أمس أن مقاتليها استهدفوا قاعدة عسكرية تركية في منطقة زاب بقذائف الهاون، وهو ما لم تعلّق عليه أنقرة.",
        "وتنشر تركيا منذ سنوات عشرات القواعد والنقاط العسكرية في المناطق الجبلية بمحافظة دهوك، فيما تتهم طهران أحزاباً كردية إيرانية معارضة تتخذ من الإقليم مقراً لها بتهديد أمنها.",
    ],
    entities=[
        ("حزب العمال الكردستاني", "ORG", "Kurdistan Workers' Party (PKK)"),
        ("جبل متين", "LOC", "Mount Matin"),
        ("العمادية", "GPE", "Amadiya"),
        ("دهوك", "GPE", "Duhok"),
        ("شبكة رووداو الإعلامية", "ORG", "Rudaw Media Network"),
        ("كاني ماسي", "GPE", "Kani Masi"),
        ("وزارة الدفاع التركية", "ORG", "Turkish Ministry of National Defence"),
        ("العراق", "GPE", "Iraq"),
        ("أربيل", "GPE", "Erbil"),
        ("الحزب الديمقراطي الكردستاني الإيراني", "ORG", "Democratic Party of Iranian Kurdistan (PDKI)"),
        ("كويه", "GPE", "Koya (Koysinjaq)"),
        ("الحرس الثوري الإيراني", "ORG", "Islamic Revolutionary Guard Corps"),
        ("إقليم كردستان العراق", "GPE", "Kurdistan Region of Iraq"),
        ("بغداد", "GPE", "Baghdad"),
        ("المديرية العامة لمكافحة الإرهاب في إقليم كردستان", "ORG", "Kurdistan Region Counter-Terrorism Directorate"),
        ("مطار أربيل الدولي", "FAC", "Erbil International Airport"),
        ("وزارة الخارجية العراقية", "ORG", "Iraqi Ministry of Foreign Affairs"),
        ("إقليم كردستان", "GPE", "Kurdistan Region of Iraq"),
        ("طهران", "GPE", "Tehran"),
        ("حكومة إقليم كردستان", "ORG", "Kurdistan Regional Government"),
        ("قوات الدفاع الشعبي", "ORG", "People's Defence Forces (HPG, PKK)"),
        ("زاب", "LOC", "Zap region"),
        ("أنقرة", "GPE", "Ankara"),
        ("تركيا", "GPE", "Turkey"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-03-13", "day",
          A("طائرات حربية تركية", "Turkish military", "TUR", "military"),
          A("حزب العمال الكردستاني", "Kurdistan Workers' Party (PKK)", "TUR", "armed_group"),
          [L("جبل متين", "Mount Matin", "IQ", "Duhok", "region", 37.12, 43.45)], None, None, "",
          S("شبكة رووداو الإعلامية", "media", "Rudaw Media Network"), "سلسلة غارات على مواقع"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-03-13", "day",
          TUR_MIL, A("راعيان", "Civilians (Iraq)", "IRQ", "civilians"),
          [L("كاني ماسي", "Kani Masi", "IQ", "Duhok", "city", 37.22, 43.42)], None, 2, "أصيب راعيان بجروح",
          S("مدير الناحية", "official", "Kani Masi subdistrict director"), "أصيب راعيان"),
        E("THREATEN", None, "asserted", "2024-03-13", "day",
          A("وزارة الدفاع التركية", "Turkish Ministry of National Defence", "TUR", "military"),
          A("الإرهابيين", "Kurdistan Workers' Party (PKK)", "TUR", "armed_group"),
          [], None, None, "", S("وزارة الدفاع التركية", "official", "Turkish Ministry of National Defence"),
          "ستتواصل بلا هوادة"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-03-12", "day",
          A("طائرة مسيّرة إيرانية", "Islamic Revolutionary Guard Corps", "IRN", "military"),
          A("الحزب الديمقراطي الكردستاني الإيراني", "Democratic Party of Iranian Kurdistan (PDKI)", "IRN", "political_party"),
          [L("كويه", "Koya (Koysinjaq)", "IQ", "Erbil", "city", 36.08, 44.63)], 1, 2, "مقتل أحد عناصره وإصابة اثنين آخرين",
          S("الحزب الديمقراطي الكردستاني الإيراني", "official", "Democratic Party of Iranian Kurdistan (PDKI)"),
          "مقتل أحد عناصره"),
        E("THREATEN", None, "asserted", "2024-03-13", "day",
          A("الحرس الثوري الإيراني", "Islamic Revolutionary Guard Corps", "IRN", "military"),
          A("الجماعات الانفصالية", "Iranian Kurdish opposition groups", "IRN", "armed_group"),
          [], None, None, "", S("الحرس الثوري الإيراني", "official", "Islamic Revolutionary Guard Corps"),
          "وتوعّد الحرس الثوري"),
        E("ASSAULT", ["Strategic developments", "Disrupted weapons use"], "asserted", "2024-03-13", "day",
          A("الدفاعات الجوية للتحالف الدولي", "Global Coalition against Daesh", "USA", "military"), None,
          [L("مطار أربيل الدولي", "Erbil International Airport", "IQ", "Erbil", "facility", 36.24, 43.96)], 0, 0,
          "من دون تسجيل إصابات بشرية",
          S("المديرية العامة لمكافحة الإرهاب في إقليم كردستان", "official", "Kurdistan Region Counter-Terrorism Directorate"),
          "أسقطت، فجر اليوم"),
        E("ACCUSE", None, "asserted", "2024-03-13", "day",
          A("وزارة الخارجية العراقية", "Iraqi Ministry of Foreign Affairs", "IRQ", "government"),
          A("السفير الإيراني", "Government of Iran", "IRN", "government"),
          [], None, None, "", S("وزارة الخارجية العراقية", "official", "Iraqi Ministry of Foreign Affairs"),
          "واستدعت وزارة الخارجية العراقية"),
        E("REQUEST", None, "asserted", "2024-03-13", "day",
          A("حكومة إقليم كردستان", "Kurdistan Regional Government", "IRQ", "government"),
          A("الحكومة الاتحادية", "Government of Iraq", "IRQ", "government"),
          [], None, None, "", S("حكومة إقليم كردستان", "official", "Kurdistan Regional Government"), "وطالبت حكومة إقليم"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "claimed", "2024-03-12", "day",
          A("قوات الدفاع الشعبي", "People's Defence Forces (HPG, PKK)", "TUR", "armed_group"),
          A("قاعدة عسكرية تركية", "Turkish military", "TUR", "military"),
          [L("زاب", "Zap region", "IQ", "Duhok", "region", 37.30, 43.90)], None, None, "",
          S("قوات الدفاع الشعبي", "perpetrator_claim", "People's Defence Forces (HPG, PKK)"), "وكانت قوات الدفاع الشعبي"),
    ],
    notes=("Published Wed 2024-03-13 (text; date line «نُشر يوم الأربعاء 13 آذار 2024 عند الساعة 20:50», worded). "
           "P1 Turkish air strikes on Mount Matin, Amadiya district «فجر اليوم», source Rudaw (media), no casualty statement. "
           "P2 Turkish shelling near Kani Masi, two shepherds injured (dual), subdistrict director (official). P3 Turkish MoD "
           "vows to continue (THREATEN, no place). P4 PDKI: one member killed and two injured by an Iranian drone near Koya "
           "«مساء أمس الثلاثاء» -> 03-12 (singular «أحد» + number word «اثنين»); the party is both actor2 and source. "
           "P5 IRGC threat (THREATEN; it also says it struck the site, a restatement of P4). P6 coalition air defence downs a "
           "drone before Erbil airport -> ASSAULT / Disrupted weapons use, «من دون تسجيل إصابات بشرية» -> 0/0. P7 Iraqi MFA "
           "summons the Iranian ambassador and hands a protest note -> ACCUSE, no venue named so no place. P8 KRG call on the "
           "federal government (REQUEST). P9 HPG claim «أمس» of mortar fire on a Turkish base in the Zap area, no response from "
           "Ankara -> claimed. P10 background. Matin, Kani Masi and Zap coordinates approximate; Koya from a public reference."),
)

# ---------------------------------------------------------------- 007  (published Sun 2024-09-22)  Syria, north-east and Deir ez-Zor
T007 = "قتلى باشتباكات بين قسد ومسلحي العشائر في ريف دير الزور ومسيّرة تركية تستهدف القامشلي"
SDF = A("قسد", "Syrian Democratic Forces", "SYR", "armed_group")
SOHR = S("المرصد السوري لحقوق الإنسان", "ngo", "Syrian Observatory for Human Rights")
COAL = A("قوات التحالف الدولي", "Global Coalition against Daesh", "USA", "military")
SHADDADI = L("الشدادي", "al-Shaddadi", "SY", "al-Hasakah", "city", 36.06, 40.73)
A007 = dict(
    id="007_news_item", format="html", published="2024-09-22", title=T007,
    html=dict(
        site="شبكة الخابور الإخبارية",
        nav=["الرئيسية", "سوريا", "شمال شرق", "تقارير", "رأي", "فيديو"],
        kicker="شمال شرق سوريا",
        byline="دير الزور - الحسكة: مراسلو الشبكة",
        datetime="2024-09-22T19:30", time="22 سبتمبر 2024 | 19:30 | قراءة 3 دقائق",
        img="/img/2024/09/deir-clashes.jpg",
        caption="عربة عسكرية على طريق ريفي شرقي النهر (أرشيف)",
        share=["انشر:", "فيسبوك", "إكس", "واتساب"],
        tags=["موضوعات:", "دير الزور", "العشائر", "القامشلي"],
        related=["اقرأ أيضاً", "ارتفاع أسعار الخبز في الرقة بعد تقليص المخصصات",
                 "عودة الكهرباء إلى أحياء في الحسكة بعد انقطاع أسبوع"],
        footer=["من نحن", "سياسة التحرير", "اتصل بنا", "© 2024 شبكة الخابور الإخبارية"],
    ),
    paras=[
        "تجددت الاشتباكات، فجر اليوم الأحد، بين قوات سوريا الديمقراطية (قسد) ومسلحين من العشائر العربية في بلدة أبو حمام بريف دير الزور الشرقي، ما أسفر عن مقتل 5 من عناصر «قسد» و3 من المسلحين، بحسب ما أفاد به المرصد السوري لحقوق الإنسان.",
        "وأفاد المرصد بأن مسلحي العشائر سيطروا خلال المواجهات على حاجزين لـ«قسد» عند مدخل بلدة غرانيج المجاورة، واستولوا على أسلحة وذخائر كانت فيهما.",
        "وفي ريف الحسكة الجنوبي، نفذت قوات التحالف الدولي بمشاركة وحدات خاصة من «قسد»، ليل السبت، عملية إنزال جوي في بلدة الشدادي قُتل خلالها قيادي في تنظيم «داعش» واعتُقل اثنان من مرافقيه، وفق ما أعلنته القيادة المركزية الأميركية (سنتكوم) في بيان اليوم.",
        "وفي القامشلي، قُتل عنصران من قوى الأمن الداخلي (الأسايش) وأصيب مدني، ظهر اليوم، بضربة طائرة مسيّرة تركية استهدفت سيارة عسكرية على طريق عامودا - القامشلي، بحسب ما أعلنته الإدارة الذاتية لشمال وشرق سوريا.",
        "وأغلقت «قسد»، منذ صباح اليوم، جسر قره قوزاق على نهر الفرات جنوب مدينة عين العرب (كوباني) أمام حركة المدنيين والشاحنات التجارية، تحسباً لهجمات الفصائل الموالية لتركيا، وفق ما أفاد به سكان محليون.",
        "«قسد» بدورها اتهمت، في بيان اليوم، الحكومة السورية بتسليح مسلحي العشائر وتسهيل عبورهم من مناطق سيطرتها غرب نهر الفرات، مؤكدة أن قواتها «لن تسمح بزعزعة استقرار المنطقة».",
        "في المقابل، رفض وجهاء من قبيلة العكيدات، في بيان مصور مساء أمس، دعوة «قسد» للمسلحين إلى تسليم أسلحتهم مقابل عفو عام، واصفين إياها بأنها «محاولة لإخضاع أبناء العشائر».",
        "ودفعت «قسد»، عصر اليوم، بتعزيزات عسكرية تضم مدرعات وعربات مزودة برشاشات ثقيلة من مدينة الحسكة نحو بلدات ريف دير الزور الشرقي، بحسب مصدر عسكري في صفوفها.",
        "وتشهد مناطق شرق الفرات الخاضعة لسيطرة «قسد» توترات متكررة بين القوات وأبناء العشائر العربية منذ أكثر من عام، على خلفية ملفات الإدارة والموارد والتمثيل في المؤسسات المحلية.",
    ],
    entities=[
        ("قوات سوريا الديمقراطية", "ORG", "Syrian Democratic Forces"),
        ("قسد", "ORG", "Syrian Democratic Forces"),
        ("أبو حمام", "GPE", "Abu Hamam"),
        ("ريف دير الزور الشرقي", "LOC", "Eastern Deir ez-Zor countryside"),
        ("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights"),
        ("غرانيج", "GPE", "Gharanij"),
        ("ريف الحسكة الجنوبي", "LOC", "Southern al-Hasakah countryside"),
        ("التحالف الدولي", "ORG", "Global Coalition against Daesh"),
        ("الشدادي", "GPE", "al-Shaddadi"),
        ("داعش", "ORG", "Islamic State"),
        ("القيادة المركزية الأميركية", "ORG", "US Central Command"),
        ("سنتكوم", "ORG", "US Central Command"),
        ("القامشلي", "GPE", "Qamishli"),
        ("قوى الأمن الداخلي", "ORG", "Asayish (Internal Security Forces of North and East Syria)"),
        ("الأسايش", "ORG", "Asayish (Internal Security Forces of North and East Syria)"),
        ("عامودا", "GPE", "Amuda"),
        ("الإدارة الذاتية لشمال وشرق سوريا", "ORG", "Autonomous Administration of North and East Syria"),
        ("جسر قره قوزاق", "FAC", "Qara Qozak bridge"),
        ("نهر الفرات", "LOC", "Euphrates River"),
        ("عين العرب", "GPE", "Kobani (Ain al-Arab)"),
        ("كوباني", "GPE", "Kobani (Ain al-Arab)"),
        ("تركيا", "GPE", "Turkey"),
        ("قبيلة العكيدات", "NORP", "Al-Aqidat tribe"),
        ("الحسكة", "GPE", "al-Hasakah"),
        ("الفرات", "LOC", "Euphrates River"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-09-22", "day",
          A("قوات سوريا الديمقراطية", "Syrian Democratic Forces", "SYR", "armed_group"),
          A("مسلحين من العشائر العربية", "Arab tribal fighters (Deir ez-Zor)", "SYR", "armed_group"),
          [L("أبو حمام", "Abu Hamam", "SY", "Deir ez-Zor", "city", 34.84, 40.60)], 8, None,
          "مقتل 5 من عناصر «قسد» و3 من المسلحين", SOHR, "تجددت الاشتباكات"),
        E("ASSAULT", ["Battles", "Non-state actor overtakes territory"], "asserted", "2024-09-22", "day",
          A("مسلحي العشائر", "Arab tribal fighters (Deir ez-Zor)", "SYR", "armed_group"), SDF,
          [L("غرانيج", "Gharanij", "SY", "Deir ez-Zor", "city", 34.77, 40.64)], None, None, "",
          S("المرصد", "ngo", "Syrian Observatory for Human Rights"), "سيطروا خلال المواجهات"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-09-21", "day",
          COAL, A("داعش", "Islamic State", "SYR", "armed_group"),
          [SHADDADI], 1, None, "قُتل خلالها قيادي في تنظيم «داعش»", CENTCOM, "عملية إنزال جوي"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-09-21", "day",
          COAL, A("اثنان من مرافقيه", "Islamic State", "SYR", "armed_group"),
          [SHADDADI], None, None, "", CENTCOM, "عملية إنزال جوي"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-09-22", "day",
          A("طائرة مسيّرة تركية", "Turkish military", "TUR", "military"),
          A("قوى الأمن الداخلي", "Asayish (Internal Security Forces of North and East Syria)", "SYR", "police"),
          [L("القامشلي", "Qamishli", "SY", "al-Hasakah", "city", 37.05, 41.22)], 2, 1, "قُتل عنصران من قوى الأمن الداخلي (الأسايش) وأصيب مدني",
          S("الإدارة الذاتية لشمال وشرق سوريا", "official", "Autonomous Administration of North and East Syria"),
          "قُتل عنصران"),
        E("COERCE", None, "asserted", "2024-09-22", "day",
          SDF, None,
          [L("جسر قره قوزاق", "Qara Qozak bridge", "SY", "Aleppo", "facility", 36.63, 38.22)], None, None, "",
          S("سكان محليون", "witness", "Local residents"), "جسر قره قوزاق"),
        E("ACCUSE", None, "asserted", "2024-09-22", "day",
          SDF, A("الحكومة السورية", "Syrian government", "SYR", "government"),
          [], None, None, "", S("قسد", "official", "Syrian Democratic Forces"), "بدورها اتهمت"),
        E("REJECT", None, "asserted", "2024-09-21", "day",
          A("وجهاء من قبيلة العكيدات", "Al-Aqidat tribal notables", "SYR", "other"), SDF,
          [], None, None, "", S("وجهاء من قبيلة العكيدات", "official", "Al-Aqidat tribal notables"), "رفض وجهاء"),
        E("MOBILIZE", None, "asserted", "2024-09-22", "day",
          SDF, None,
          [L("ريف دير الزور الشرقي", "Eastern Deir ez-Zor countryside", "SY", "Deir ez-Zor", "region", 34.95, 40.55)],
          None, None, "", S("مصدر عسكري في صفوفها", "anonymous", "SDF military source"), "بتعزيزات عسكرية"),
    ],
    notes=("Published Sun 2024-09-22 (HTML; <time> «22 سبتمبر 2024 | 19:30 | قراءة 3 دقائق», with reading time). "
           "P1 renewed SDF-tribal clash in Abu Hamam «فجر اليوم»: the sentence says «بين قسد ومسلحين» with no initiator, so "
           "actor1 is the first named (SDF); 5 + 3 killed in Western digits -> 8 (SOHR, ngo). P2 tribal fighters seize two SDF "
           "checkpoints at Gharanij -> Non-state actor overtakes territory. P3 coalition raid with SDF units in al-Shaddadi "
           "«ليل السبت» -> 09-21: one sentence, two events of different kinds (ASSAULT, one IS leader killed; COERCE / Arrests of "
           "two companions); CENTCOM official. P4 Turkish drone strike near Qamishli, 2/1 (dual + singular), Autonomous "
           "Administration. P5 SDF closes the Qara Qozak bridge to civilians (COERCE, ACLED null; residents = witness). "
           "P6 SDF accuses the Syrian government (ACCUSE). P7 Aqidat notables reject the SDF's call «مساء أمس» -> 09-21 (REJECT; "
           "actor role 'other', the tribe typed NORP). P8 SDF reinforcements from al-Hasakah to the eastern Deir ez-Zor "
           "countryside «عصر اليوم» (MOBILIZE, destination as place). P9 background. Abu Hamam, Gharanij and Qara Qozak "
           "coordinates approximate."),
)

# ---------------------------------------------------------------- 008  (published Tue 2025-07-22)  Iraq, the south
T008 = "إصابات بتفريق محتجين قرب حقل الرميلة ومقتل متظاهر في العمارة"
BSR = L("البصرة", "Basra", "IQ", "Basra", "city", 30.51, 47.81)
RUMAILA = L("حقل الرميلة", "Rumaila oil field", "IQ", "Basra", "facility", 30.16, 47.41)
AMARAH = L("العمارة", "Amarah", "IQ", "Maysan", "city", 31.84, 47.14)
QURNA = L("القرنة", "al-Qurna", "IQ", "Basra", "city", 31.01, 47.43)
A008 = dict(
    id="008_news_item", format="text", published="2025-07-22", title=T008,
    head=[T008, "22 تموز 2025 - 15:45 | عدد المشاهدات: 1,240", "البصرة - مكتب الجنوب",
          "محتجون يرفعون لافتات أمام مبنى حكومي (أرشيف)", "شارك: فيسبوك - واتساب - تلغرام"],
    foot=["اقرأ أيضاً: درجات الحرارة تلامس 51 مئوية في مدن الجنوب",
          "الوسوم: البصرة، ميسان، ذي قار، احتجاجات",
          "حمّل تطبيقنا لتصلك الأخبار العاجلة",
          "© 2025 بوابة شط العرب الإخبارية"],
    paras=[
        "قطع المئات من الخريجين العاطلين عن العمل، صباح اليوم الثلاثاء، الطريق المؤدي إلى حقل الرميلة النفطي جنوب غربي البصرة بخيام نصبوها وسط الطريق، قبل أن تتدخل قوات مكافحة الشغب لفتحه مستخدمة خراطيم المياه والقنابل الصوتية، ما أسفر عن إصابات طفيفة بين المحتجين، بحسب ما أفاد به شهود عيان.",
        "وفي الناصرية، تظاهر العشرات من أهالي ناحية الإصلاح، أمس الاثنين، أمام ديوان محافظة ذي قار احتجاجاً على شح مياه الشرب والسقي وجفاف الأهوار، مطالبين وزارة الموارد المائية بزيادة الإطلاقات المائية، قبل أن ينفضوا بهدوء.",
        "وفي محافظة ميسان، قُتل متظاهر وأصيب ٦ آخرون بالرصاص الحي الذي أطلقته قوات الأمن لتفريق تظاهرة أمام مقر شركة نفط ميسان في مدينة العمارة، ليل الأحد، بحسب ما أعلنه مكتب المفوضية العليا لحقوق الإنسان في المحافظة.",
        "وأعلن محافظ ميسان، في بيان مساء الأحد، فرض حظر للتجوال في مدينة العمارة حتى إشعار آخر، وتشكيل لجنة تحقيق في ملابسات سقوط الضحايا.",
        "وفي شمال البصرة، اندلع فجر اليوم نزاع عشائري مسلح بين أبناء عشيرتين في قضاء القرنة، استُخدمت فيه الأسلحة المتوسطة على خلفية خلاف على أرض زراعية، وأسفر عن سقوط قتلى وجرحى من الطرفين، بحسب مصدر في قيادة شرطة البصرة.",
        "وأضاف المصدر أن قوة من الشرطة اعتقلت ظهر اليوم 9 من المتورطين في النزاع وصادرت أسلحة متوسطة من منازلهم في القرنة، فيما يواصل شيوخ عشائر المنطقة مساعيهم لاحتواء الخلاف.",
        "محافظ البصرة، من جهته، أعلن في مؤتمر صحافي عقده بعد ظهر اليوم تخصيص ٢٥٠٠ درجة وظيفية لاستيعاب الخريجين في الشركات النفطية العاملة في المحافظة، استجابة لمطالب المحتجين.",
        "ودعت تنسيقية خريجي البصرة إلى تظاهرة مركزية وسط البصرة أمام مقر شركة نفط البصرة يوم الخميس المقبل، للمطالبة بتنفيذ الوعود الحكومية وفق جداول زمنية واضحة.",
        "ولم يستبعد مصدر في قيادة عمليات البصرة فرض طوق أمني حول حقل الرميلة ومنع التجمعات قرب مداخله «في حال تكرار قطع الطريق».",
        "ويشهد جنوب العراق كل صيف موجة احتجاجات على تردي خدمات الكهرباء والماء وقلة فرص العمل، رغم أن محافظات البصرة وميسان وذي قار تضم أغنى الحقول النفطية في البلاد.",
    ],
    entities=[
        ("حقل الرميلة", "FAC", "Rumaila oil field"),
        ("البصرة", "GPE", "Basra"),
        ("الناصرية", "GPE", "Nasiriyah"),
        ("الإصلاح", "GPE", "al-Islah (Dhi Qar)"),
        ("ديوان محافظة ذي قار", "FAC", "Dhi Qar Governorate building"),
        ("الأهوار", "LOC", "Mesopotamian Marshes"),
        ("وزارة الموارد المائية", "ORG", "Iraqi Ministry of Water Resources"),
        ("ميسان", "GPE", "Maysan"),
        ("شركة نفط ميسان", "ORG", "Maysan Oil Company"),
        ("العمارة", "GPE", "Amarah"),
        ("المفوضية العليا لحقوق الإنسان", "ORG", "Iraqi High Commission for Human Rights"),
        ("القرنة", "GPE", "al-Qurna"),
        ("قيادة شرطة البصرة", "ORG", "Basra Police Command"),
        ("تنسيقية خريجي البصرة", "ORG", "Basra Graduates Coordination"),
        ("شركة نفط البصرة", "ORG", "Basra Oil Company"),
        ("قيادة عمليات البصرة", "ORG", "Basra Operations Command"),
        ("العراق", "GPE", "Iraq"),
        ("ذي قار", "GPE", "Dhi Qar"),
    ],
    events=[
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2025-07-22", "day",
          A("المئات من الخريجين العاطلين عن العمل", "Unemployed graduates (Basra)", "IRQ", "protesters"),
          A("قوات مكافحة الشغب", "Iraqi riot police", "IRQ", "police"),
          [RUMAILA], None, None, "إصابات طفيفة بين المحتجين", S("شهود عيان", "witness", "Eyewitnesses"),
          "قطع المئات من الخريجين"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-07-21", "day",
          A("العشرات من أهالي ناحية الإصلاح", "Protesters (Iraq)", "IRQ", "protesters"), None,
          [L("الناصرية", "Nasiriyah", "IQ", "Dhi Qar", "city", 31.04, 46.26)], None, None, "", OWN,
          "تظاهر العشرات من أهالي"),
        E("PROTEST", ["Protests", "Excessive force against protesters"], "asserted", "2025-07-20", "day",
          A("متظاهر", "Protesters (Iraq)", "IRQ", "protesters"), A("قوات الأمن", "Iraqi security forces", "IRQ", "police"),
          [AMARAH], 1, 6, "قُتل متظاهر وأصيب ٦ آخرون",
          S("مكتب المفوضية العليا لحقوق الإنسان في المحافظة", "official", "Iraqi High Commission for Human Rights (Maysan office)"),
          "قُتل متظاهر"),
        E("COERCE", None, "asserted", "2025-07-20", "day",
          A("محافظ ميسان", "Governor of Maysan", "IRQ", "government"), None,
          [AMARAH], None, None, "", S("محافظ ميسان", "official", "Governor of Maysan"), "فرض حظر للتجوال"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-07-22", "day",
          A("أبناء عشيرتين", "Tribal militias (al-Qurna)", "IRQ", "armed_group"), None,
          [QURNA], None, None, "سقوط قتلى وجرحى من الطرفين",
          S("مصدر في قيادة شرطة البصرة", "anonymous", "Basra police source"), "نزاع عشائري مسلح"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-07-22", "day",
          A("قوة من الشرطة", "Basra Police Command", "IRQ", "police"),
          A("9 من المتورطين في النزاع", "Tribal militias (al-Qurna)", "IRQ", "armed_group"),
          [QURNA], None, None, "", S("المصدر", "anonymous", "Basra police source"), "اعتقلت ظهر اليوم"),
        E("CONCEDE", None, "asserted", "2025-07-22", "day",
          A("محافظ البصرة", "Governor of Basra", "IRQ", "government"),
          A("الخريجين", "Unemployed graduates (Basra)", "IRQ", "protesters"),
          [], None, None, "", S("محافظ البصرة", "official", "Governor of Basra"), "تخصيص ٢٥٠٠ درجة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2025-07-24", "day",
          A("تنسيقية خريجي البصرة", "Basra Graduates Coordination", "IRQ", "protesters"), None,
          [BSR], None, None, "", S("تنسيقية خريجي البصرة", "official", "Basra Graduates Coordination"),
          "إلى تظاهرة مركزية"),
        E("COERCE", None, "hypothetical", "2025-07-22", "day",
          A("قيادة عمليات البصرة", "Basra Operations Command", "IRQ", "military"), None,
          [RUMAILA], None, None, "", S("مصدر في قيادة عمليات البصرة", "anonymous", "Basra Operations Command source"),
          "فرض طوق أمني"),
    ],
    notes=("Published Tue 2025-07-22 (text; date line «22 تموز 2025 - 15:45 | عدد المشاهدات: 1,240», with a view count). "
           "P1 graduates block the Rumaila road with tents; riot police reopen it with water cannon and stun grenades -> one "
           "PROTEST / Protest with intervention (no burning tyres, so not a riot), «إصابات طفيفة» vague -> null with "
           "casualty_text, witnesses. P2 Nasiriyah water protest «أمس الاثنين» -> 07-21, peaceful, outlet_own. P3 Amarah: one "
           "protester killed and ٦ injured by security forces' live fire «ليل الأحد» -> Sun 07-20 -> PROTEST / Excessive force "
           "(actor1 protesters, actor2 security forces, as ACLED orders protest events); the Human Rights Commission office is "
           "official. P4 Maysan governor's curfew «مساء الأحد» -> 07-20 (COERCE, ACLED null as dev-007). P5 tribal clash in "
           "al-Qurna, «قتلى وجرحى» -> null (actor2 null: the two tribes are not named apart). P6 9 arrested (Western digit). "
           "P7 Basra governor allocates 2,500 posts in response (CONCEDE, no place). P8 planned protest «يوم الخميس المقبل» -> "
           "Thu 07-24 in Basra. P9 a possible security cordon around Rumaila «في حال تكرار قطع الطريق» -> hypothetical COERCE "
           "dated by the report. P10 background. Rumaila coordinates from a public reference (field centre)."),
)
