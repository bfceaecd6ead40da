"""heldout8 article specs 005-008 (Egypt arrests, Yemen Taiz front, Syria coast, Algeria-Mali border)."""
from build_lib import A, L, S, E, OWN

# ---------------------------------------------------------------- 005 Egypt / arrests, releases, courts
OCTOBER = L("السادس من أكتوبر", "6th of October City", "EG", "Giza", "city", 29.94, 30.93)
MAHALLA = L("المحلة الكبرى", "El Mahalla El Kubra", "EG", "Gharbia", "city", 30.97, 31.17)
MAHALLA2 = L("المحلة", "El Mahalla El Kubra", "EG", "Gharbia", "city", 30.97, 31.17)
BADR = L("مركز الإصلاح والتأهيل في بدر", "Badr Correctional and Rehabilitation Center", "EG", "Cairo", "facility", 30.14, 31.72)
MATARIYA = L("قسم شرطة المطرية", "Matariya police station, Cairo", "EG", "Cairo", "facility", 30.12, 31.31)
SYNDICATE = L("نقابة الصحفيين", "Egyptian Journalists Syndicate building, Cairo", "EG", "Cairo", "facility", 30.05, 31.24)
EGY_GOV = A("السلطات المصرية", "Government of Egypt", "EGY", "government")

A005 = {
    "id": "005_egypt_arrests-releases",
    "format": "text",
    "published": "2026-03-19",
    "title": "توقيف محامٍ حقوقي في الجيزة واعتقال عمال بالمحلة والإفراج عن 46 محبوساً احتياطياً",
    "head": [
        "توقيف محامٍ حقوقي في الجيزة واعتقال عمال بالمحلة والإفراج عن 46 محبوساً احتياطياً",
        "19 مارس 2026",
        "القاهرة - العربي اليوم",
        "مبنى دار القضاء العالي في وسط القاهرة (أرشيف/ فرانس برس)",
        "+ الخط -",
    ],
    "foot": [
        "اقرأ أيضاً: البنك المركزي المصري يبقي أسعار الفائدة دون تغيير",
        "© 2026 العربي اليوم - جميع الحقوق محفوظة",
    ],
    "paras": [
        "ألقت قوات الأمن المصرية، فجر أمس الأربعاء، القبض على المحامي الحقوقي هشام فاروق من منزله في مدينة السادس من أكتوبر بمحافظة الجيزة، واقتادته إلى جهة غير معلومة، وفق ما أفادت به المبادرة المصرية للحقوق الشخصية.",
        "وأوضحت المبادرة أن القبض على فاروق جاء بعد أيام من نشره مقاطع مصورة انتقد فيها ارتفاع أسعار السلع الأساسية خلال شهر رمضان.",
        "وفي المحلة الكبرى، نظّم مئات العمال في شركة مصر للغزل والنسيج، يوم الأحد الماضي، وقفة احتجاجية داخل مقر الشركة للمطالبة بتطبيق الحد الأدنى للأجور وصرف الحوافز المتأخرة. وقالت دار الخدمات النقابية والعمالية إن قوات الأمن ألقت القبض، فجر الثلاثاء، على خمسة من العمال من منازلهم في المحلة على خلفية الوقفة.",
        "في المقابل، أخلت السلطات سبيل 46 محبوساً احتياطياً من مركز الإصلاح والتأهيل في بدر، مساء أمس، بمناسبة عيد الفطر، بحسب ما أعلنه عضو لجنة العفو الرئاسي طارق العوضي.",
        "وطالبت منظمة العفو الدولية، في بيان اليوم الخميس، السلطات المصرية بالإفراج الفوري وغير المشروط عن فاروق، وعن جميع المحتجزين \"لمجرد ممارستهم السلمية لحقهم في التعبير\".",
        "ونفى مصدر أمني، في تصريح لقناة \"إكسترا نيوز\"، ما تداولته حسابات على مواقع التواصل الاجتماعي عن وفاة محتجز داخل قسم شرطة المطرية بالقاهرة أمس جراء التعذيب، مؤكداً أن المحتجز \"بصحة جيدة\".",
        "وتقدّر منظمات حقوقية عدد المحتجزين لأسباب سياسية في مصر بعشرات الآلاف، بينما تؤكد الحكومة أن جميع المحبوسين يخضعون لإجراءات قانونية وقضائية.",
        "ودعت الحركة المدنية الديمقراطية أنصارها إلى وقفة احتجاجية أمام مقر نقابة الصحفيين في وسط القاهرة يوم الثلاثاء المقبل، للمطالبة بالإفراج عن المحبوسين احتياطياً وإنهاء \"التدوير\" في القضايا.",
        "من جهتها، اتهمت وزارة الداخلية، في بيان مساء أمس، جماعة الإخوان المسلمين بـ\"ترويج شائعات\" عن أوضاع السجون بهدف \"إثارة البلبلة\".",
    ],
    "entities": [
        ("هشام فاروق", "PER", "Hisham Farouk (invented)"),
        ("السادس من أكتوبر", "GPE", "6th of October City"),
        ("الجيزة", "GPE", "Giza"),
        ("المبادرة المصرية للحقوق الشخصية", "ORG", "Egyptian Initiative for Personal Rights (EIPR)"),
        ("فاروق", "PER", "Hisham Farouk (invented)"),
        ("المحلة الكبرى", "GPE", "El Mahalla El Kubra"),
        ("شركة مصر للغزل والنسيج", "ORG", "Misr Spinning and Weaving Company"),
        ("دار الخدمات النقابية والعمالية", "ORG", "Center for Trade Union and Workers' Services (CTUWS)"),
        ("المحلة", "GPE", "El Mahalla El Kubra"),
        ("مركز الإصلاح والتأهيل في بدر", "FAC", "Badr Correctional and Rehabilitation Center"),
        ("لجنة العفو الرئاسي", "ORG", "Presidential Pardon Committee (Egypt)"),
        ("طارق العوضي", "PER", "Tarek El-Awady"),
        ("منظمة العفو الدولية", "ORG", "Amnesty International"),
        ("إكسترا نيوز", "ORG", "Extra News"),
        ("قسم شرطة المطرية", "FAC", "Matariya police station"),
        ("القاهرة", "GPE", "Cairo"),
        ("مصر", "GPE", "Egypt"),
        ("الحركة المدنية الديمقراطية", "ORG", "Civil Democratic Movement"),
        ("نقابة الصحفيين", "ORG", "Egyptian Journalists Syndicate"),
        ("وزارة الداخلية", "ORG", "Egyptian Ministry of Interior"),
        ("جماعة الإخوان المسلمين", "ORG", "Muslim Brotherhood"),
    ],
    "events": [
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-03-18", "day",
          A("قوات الأمن المصرية", "Egyptian security forces", "EGY", "police"),
          A("المحامي الحقوقي هشام فاروق", "Hisham Farouk (invented)", "EGY", "civilians"),
          [OCTOBER], None, None, "", S("المبادرة المصرية للحقوق الشخصية", "ngo", "Egyptian Initiative for Personal Rights (EIPR)"),
          "ألقت قوات الأمن المصرية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2026-03-15", "day",
          A("مئات العمال", "Workers of Misr Spinning and Weaving (protesters)", "EGY", "protesters"), None,
          [MAHALLA], None, None, "", OWN, "نظّم مئات العمال"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-03-17", "day",
          A("قوات الأمن", "Egyptian security forces", "EGY", "police"),
          A("خمسة من العمال", "Workers of Misr Spinning and Weaving (protesters)", "EGY", "protesters"),
          [MAHALLA2], None, None, "", S("دار الخدمات النقابية والعمالية", "ngo", "Center for Trade Union and Workers' Services (CTUWS)"),
          "على خمسة من العمال"),
        E("RETREAT", None, "asserted", "2026-03-18", "day",
          A("السلطات", "Government of Egypt", "EGY", "government"),
          A("46 محبوساً احتياطياً", "Pretrial detainees (Egypt)", "EGY", "civilians"),
          [BADR], None, None, "", S("طارق العوضي", "official", "Tarek El-Awady"), "أخلت السلطات سبيل"),
        E("REQUEST", None, "asserted", "2026-03-19", "day",
          A("منظمة العفو الدولية", "Amnesty International", None, "other"), EGY_GOV,
          [], None, None, "", S("منظمة العفو الدولية", "ngo", "Amnesty International"), "وطالبت منظمة العفو"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2026-03-18", "day",
          A("قسم شرطة المطرية", "Egyptian police", "EGY", "police"),
          A("محتجز", "Detainee (Egypt)", "EGY", "civilians"),
          [MATARIYA], 1, None, "وفاة محتجز", S("مصدر أمني", "anonymous", "Egyptian security source"), "ونفى مصدر أمني"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2026-03-24", "day",
          A("أنصارها", "Civil Democratic Movement supporters", "EGY", "protesters"), None,
          [SYNDICATE], None, None, "", S("الحركة المدنية الديمقراطية", "official", "Civil Democratic Movement"),
          "ودعت الحركة المدنية"),
        E("ACCUSE", None, "asserted", "2026-03-18", "day",
          A("وزارة الداخلية", "Egyptian Ministry of Interior", "EGY", "government"),
          A("جماعة الإخوان المسلمين", "Muslim Brotherhood", "EGY", "political_party"),
          [], None, None, "", S("وزارة الداخلية", "official", "Egyptian Ministry of Interior"), "اتهمت وزارة الداخلية"),
    ],
    "notes": ("Egypt arrests and releases, invented; published Thu 2026-03-19 (Eid al-Fitr eve). "
              "Arrest of lawyer Hisham Farouk (invented) 'فجر أمس الأربعاء' = 2026-03-18 at 6th of October City, source EIPR = ngo; "
              "paragraph 2 restates the arrest's background and is not a second event. "
              "Mahalla: workers' sit-in 'يوم الأحد الماضي' = peaceful protest 2026-03-15 (outlet_own); arrest of five workers 'فجر الثلاثاء' = Arrests 2026-03-17, source CTUWS = ngo, actor2 role protesters. "
              "Release of 46 pretrial detainees from the Badr correctional centre (a FAC entity; the nested 'بدر' is not listed separately, as in dev) = RETREAT (acled null), source Tarek El-Awady = official. "
              "Amnesty demand = REQUEST to the Egyptian authorities, source ngo. "
              "Security source's denial of a detainee's death under torture at Matariya police station 'أمس' = denied Violence against civilians/Attack, "
              "fatalities 1 (singular noun, the claim being denied), source anonymous (Extra News only carries it). "
              "Civil Democratic Movement's call for a vigil at the Journalists Syndicate 'يوم الثلاثاء المقبل' = planned peaceful protest 2026-03-24. "
              "Interior ministry accusation of the Muslim Brotherhood = ACCUSE (MB role political_party). "
              "Not coded: the tens-of-thousands detainees aggregate and the government's general position."),
}

# ---------------------------------------------------------------- 006 Yemen / Taiz and Hodeidah fronts
THABAT = L("ثعبات", "Tha'bat (Taiz)", "YE", "Taiz", "city", 13.59, 44.05)
MAQBANA = L("مقبنة", "Maqbanah", "YE", "Taiz", "city", 13.45, 43.70)
HAYS = L("حيس", "Hays", "YE", "Al Hudaydah", "city", 13.93, 43.48)
HODEIDAH = L("الحديدة", "Al Hudaydah governorate", "YE", "Al Hudaydah", "admin1", 14.9, 43.2)
HAWBAN = L("الحوبان", "Al-Hawban", "YE", "Taiz", "city", 13.60, 44.10)
TAIZ = L("تعز", "Taiz", "YE", "Taiz", "city", 13.58, 44.02)
HOUTHI = A("جماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group")

A006 = {
    "id": "006_yemen_taiz-front",
    "format": "text",
    "published": "2024-09-17",
    "title": "مقتل طفلة برصاص قناص حوثي في تعز ومواجهات عنيفة في حيس",
    "head": [
        "مقتل طفلة برصاص قناص حوثي في تعز ومواجهات عنيفة في حيس",
        "14 ربيع الأول 1446 هـ الموافق 17 سبتمبر 2024",
        "تعز - تعز برس",
        "+ حجم الخط -",
        "مبانٍ متضررة في أحد أحياء مدينة تعز (أرشيف/ فرانس برس)",
    ],
    "foot": [
        "الوسوم: تعز، الحوثيون، الحديدة",
        "اقرأ أيضاً: انهيار جديد للريال اليمني أمام العملات الأجنبية في عدن",
        "جميع الحقوق محفوظة © تعز برس 2024",
    ],
    "paras": [
        "قُتلت طفلة وأصيبت امرأة، صباح اليوم الثلاثاء، برصاص قناص حوثي استهدفهما في حي ثعبات شرقي مدينة تعز، وفق ما أفاد به مصدر طبي في مستشفى الثورة العام.",
        "وفي مديرية مقبنة غربي المحافظة، قصف الحوثيون بقذائف الهاون، مساء أمس، قرى سكنية، ما أدى إلى تضرر منزلين من دون وقوع إصابات، بحسب المركز الإعلامي لمحور تعز.",
        "وفي جنوب الحديدة، قُتل ثلاثة من عناصر القوات المشتركة وأصيب ٥ آخرون، ليل الاثنين، في هجوم شنه مسلحو جماعة الحوثي على مواقع عسكرية في مديرية حيس أعقبته مواجهات استمرت ساعات، بحسب ما أعلنه الإعلام العسكري للقوات المشتركة.",
        "من جهته، أعلن المتحدث العسكري باسم الحوثيين يحيى سريع، في بيان متلفز مساء أمس، إسقاط طائرة أميركية مسيّرة من طراز \"إم كيو-9\" في أجواء محافظة الحديدة، ولم يصدر أي تعليق من الجيش الأميركي.",
        "واختطف مسلحون حوثيون، مساء الأحد، ثلاثة معلمين من منازلهم في منطقة الحوبان شرقي تعز واقتادوهم إلى جهة مجهولة، بحسب ما أفادت به رابطة أمهات المختطفين.",
        "وكانت السلطة المحلية في تعز وجماعة الحوثي قد توصلتا، الخميس الماضي، بوساطة قبلية، إلى اتفاق لإعادة فتح طريق رئيسي يربط وسط المدينة بمنطقة الحوبان أمام حركة المدنيين.",
        "ورحّب المبعوث الأممي إلى اليمن هانس غروندبرغ، في إحاطة أمام مجلس الأمن الدولي أمس، باتفاق إعادة فتح الطريق، واصفاً إياه بأنه \"خطوة مهمة لبناء الثقة\".",
        "ودعا غروندبرغ الأطراف إلى البناء على الاتفاق وفتح مزيد من الطرق في تعز وغيرها من المحافظات، وإطلاق سراح جميع المحتجزين تعسفياً.",
        "ومن المقرر أن يصل وفد من اللجنة الدولية للصليب الأحمر إلى تعز الأسبوع المقبل لبحث ملف تبادل جثامين القتلى بين الطرفين، وفق مصدر في السلطة المحلية.",
        "وتفرض جماعة الحوثي حصاراً على مدينة تعز منذ عام 2015، ما يضطر السكان إلى سلوك طرق جبلية وعرة تستغرق ساعات للتنقل بين أحياء كانت تفصلها دقائق.",
    ],
    "entities": [
        ("ثعبات", "GPE", "Tha'bat (Taiz)"),
        ("تعز", "GPE", "Taiz"),
        ("مستشفى الثورة العام", "FAC", "Al-Thawra General Hospital, Taiz"),
        ("مقبنة", "GPE", "Maqbanah"),
        ("الحوثيون", "ORG", "Houthis (Ansar Allah)"),
        ("المركز الإعلامي لمحور تعز", "ORG", "Taiz Military Axis media centre"),
        ("الحديدة", "GPE", "Al Hudaydah"),
        ("القوات المشتركة", "ORG", "Joint Forces (Yemen west coast)"),
        ("جماعة الحوثي", "ORG", "Houthis (Ansar Allah)"),
        ("حيس", "GPE", "Hays"),
        ("الحوثيين", "ORG", "Houthis (Ansar Allah)"),
        ("يحيى سريع", "PER", "Yahya Saree"),
        ("الجيش الأميركي", "ORG", "United States military"),
        ("الحوبان", "GPE", "Al-Hawban"),
        ("رابطة أمهات المختطفين", "ORG", "Abductees' Mothers Association"),
        ("اليمن", "GPE", "Yemen"),
        ("هانس غروندبرغ", "PER", "Hans Grundberg"),
        ("مجلس الأمن الدولي", "ORG", "United Nations Security Council"),
        ("غروندبرغ", "PER", "Hans Grundberg"),
        ("اللجنة الدولية للصليب الأحمر", "ORG", "International Committee of the Red Cross"),
    ],
    "events": [
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2024-09-17", "day",
          A("قناص حوثي", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("طفلة", "Civilians (Yemen)", "YEM", "civilians"),
          [THABAT], 1, 1, "قُتلت طفلة وأصيبت امرأة", S("مصدر طبي في مستشفى الثورة العام", "anonymous", "Medical source, Al-Thawra Hospital"),
          "قُتلت طفلة"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-09-16", "day",
          A("الحوثيون", "Houthis (Ansar Allah)", "YEM", "armed_group"), None,
          [MAQBANA], 0, 0, "من دون وقوع إصابات", S("المركز الإعلامي لمحور تعز", "official", "Taiz Military Axis media centre"),
          "قصف الحوثيون بقذائف الهاون"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-09-16", "day",
          A("مسلحو جماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("القوات المشتركة", "Joint Forces (Yemen west coast)", "YEM", "military"),
          [HAYS], 3, 5, "قُتل ثلاثة من عناصر القوات المشتركة وأصيب ٥ آخرون",
          S("الإعلام العسكري للقوات المشتركة", "official", "Joint Forces military media"), "مديرية حيس"),
        E("ASSAULT", ["Strategic developments", "Disrupted weapons use"], "claimed", "2024-09-16", "day",
          A("الحوثيين", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("طائرة أميركية مسيّرة", "United States military", "USA", "military"),
          [HODEIDAH], None, None, "", S("يحيى سريع", "perpetrator_claim", "Yahya Saree"), "إسقاط طائرة أميركية"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2024-09-15", "day",
          A("مسلحون حوثيون", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("ثلاثة معلمين", "Civilians (Yemen)", "YEM", "civilians"),
          [HAWBAN], None, None, "", S("رابطة أمهات المختطفين", "ngo", "Abductees' Mothers Association"), "واختطف مسلحون حوثيون"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2024-09-12", "day",
          A("السلطة المحلية في تعز", "Taiz local authority (Government of Yemen)", "YEM", "government"), HOUTHI,
          [TAIZ], None, None, "", OWN, "قد توصلتا"),
        E("SUPPORT", None, "asserted", "2024-09-16", "day",
          A("هانس غروندبرغ", "Hans Grundberg", None, "igo"), None,
          [], None, None, "", S("هانس غروندبرغ", "official", "Hans Grundberg"), "ورحّب المبعوث الأممي"),
        E("REQUEST", None, "asserted", "2024-09-16", "day",
          A("غروندبرغ", "Hans Grundberg", None, "igo"),
          A("الأطراف", "Parties to the Yemen conflict", "YEM", "other"),
          [], None, None, "", S("غروندبرغ", "official", "Hans Grundberg"), "ودعا غروندبرغ"),
        E("CONSULT", None, "planned", "2024-09-25", "week",
          A("اللجنة الدولية للصليب الأحمر", "International Committee of the Red Cross", None, "other"), None,
          [TAIZ], None, None, "", S("مصدر في السلطة المحلية", "anonymous", "Taiz local authority source"), "وفد من اللجنة الدولية"),
    ],
    "notes": ("Taiz and south Hodeidah fronts, invented; published Tue 2024-09-17. Sniper killing a girl and wounding a woman in Tha'bat = Violence against civilians/Attack, "
              "1 killed / 1 injured from singular nouns, anonymous medical source. Mortar fire on villages in Maqbanah 'مساء أمس' = Shelling 2024-09-16, explicit no injuries → 0/0 "
              "(damage to two houses not a separate event). Hays: Houthi attack on Joint Forces positions followed by hours of fighting = Armed clash 2024-09-16, 3 killed (word) / 5 injured (Eastern digit ٥). "
              "Saree's claim to have downed an MQ-9 over Hodeidah governorate = claimed Disrupted weapons use, located at admin1 level; dated the day of the statement since no other day is given. "
              "Abduction of three teachers in al-Hawban 'مساء الأحد' = 2024-09-15, source the Abductees' Mothers Association = ngo. "
              "Road-reopening agreement 'الخميس الماضي' = AGREE + Agreement 2024-09-12 in Taiz. Grundberg's welcome and his call are two sentences, SUPPORT and REQUEST, "
              "both without place (briefing to the UNSC, place not given). ICRC visit 'الأسبوع المقبل' = planned CONSULT, week precision → Wednesday 2024-09-25. "
              "Not coded: the siege-since-2015 background sentence."),
}

# ---------------------------------------------------------------- 007 Syria / coast security (HTML)
JABLEH = L("جبلة", "Jableh", "SY", "Latakia", "city", 35.36, 35.93)
JABLEH_RIF = L("ريف جبلة", "Jableh countryside", "SY", "Latakia", "region", 35.35, 36.00)
TARTUS = L("طرطوس", "Tartus", "SY", "Tartus", "city", 34.89, 35.89)
BANIYAS = L("بانياس", "Baniyas", "SY", "Tartus", "city", 35.18, 35.95)
LATAKIA = L("اللاذقية", "Latakia", "SY", "Latakia", "city", 35.52, 35.79)

A007 = {
    "id": "007_syria_coast-security",
    "format": "html",
    "published": "2026-01-29",
    "title": "مقتل أربعة من الأمن العام بهجوم على حاجز في جبلة وحظر تجول في المدينة",
    "html": {
        "site": "الخليج اليوم",
        "nav": ["الرئيسية", "الخليج", "عربي ودولي", "اقتصاد", "رياضة", "منوعات"],
        "kicker": "عربي ودولي",
        "byline": "دمشق - الخليج اليوم ووكالات",
        "datetime": "2026-01-29T19:05",
        "time": "الخميس 29 يناير 2026 | 07:05 م",
        "img": "/media/2026/01/jableh-checkpoint.jpg",
        "caption": "عناصر من الأمن العام السوري عند مدخل مدينة جبلة (أرشيف/ سانا)",
        "share": ["شارك", "واتساب", "إكس", "تلغرام", "نسخ الرابط"],
        "tags": ["وسوم:", "سوريا", "الساحل السوري", "الأمن العام"],
        "related": ["الأكثر قراءة", "الإمارات ترسل طائرة مساعدات طبية إلى دمشق",
                    "وزير الطاقة السوري: تحسن ساعات التغذية الكهربائية خلال الشتاء",
                    "قطر تتعهد بتمويل رواتب القطاع العام في سوريا لثلاثة أشهر إضافية"],
        "footer": ["من نحن", "أعلن معنا", "شروط الاستخدام", "© 2026 الخليج اليوم. جميع الحقوق محفوظة"],
    },
    "paras": [
        "قُتل أربعة عناصر من الأمن العام السوري وأصيب اثنان آخران، مساء أمس الأربعاء، في هجوم شنه مسلحون مجهولون على حاجز أمني عند المدخل الجنوبي لمدينة جبلة في ريف اللاذقية، بحسب ما أعلنته وزارة الداخلية السورية.",
        "وأضافت الوزارة في بيان أن وحدات من قيادة الأمن الداخلي في محافظة اللاذقية لاحقت المهاجمين واعتقلت اثنين منهم فجر اليوم في ريف جبلة، وصادرت أسلحة كانت بحوزتهما.",
        "واتهمت وزارة الداخلية، في البيان ذاته، \"فلول النظام البائد\" بالوقوف وراء الهجوم، في محاولة لـ\"زعزعة الاستقرار في الساحل السوري\".",
        "وفرضت السلطات حظراً للتجول في مدينة جبلة منذ ظهر اليوم حتى إشعار آخر، وفق ما أفاد به مراسلنا، فيما خلت الشوارع الرئيسية من المارة.",
        "وفي مدينة طرطوس، تجمع مئات الأشخاص ظهر اليوم أمام مبنى المحافظة احتجاجاً على ما وصفوه بـ\"الاعتقالات العشوائية\" في قرى الساحل، قبل أن ينفضوا بهدوء، بحسب المرصد السوري لحقوق الإنسان.",
        "وضبطت وحدات من القوى البحرية السورية، فجر الثلاثاء، شحنة أسلحة وذخائر على متن قارب صيد قبالة ساحل بانياس، بحسب ما أفادت به الوكالة العربية السورية للأنباء (سانا).",
        "وطالب مكتب المفوض السامي لحقوق الإنسان، في بيان اليوم، السلطات السورية بضمان احترام الإجراءات القانونية خلال حملات الدهم في الساحل، وحماية المدنيين من \"العقاب الجماعي\".",
        "ومن المقرر أن يزور الرئيس أحمد الشرع مدينة اللاذقية يوم السبت المقبل للقاء وجهاء من المدينة وريفها، بحسب ما أفاد به مصدر في الرئاسة السورية.",
        "وشهد الساحل السوري في آذار/مارس 2025 موجة عنف دامية قُتل فيها أكثر من 1400 شخص، بحسب ما خلصت إليه لجنة وطنية لتقصي الحقائق.",
    ],
    "entities": [
        ("الأمن العام", "ORG", "Syrian General Security"),
        ("جبلة", "GPE", "Jableh"),
        ("ريف اللاذقية", "LOC", "Latakia countryside"),
        ("وزارة الداخلية السورية", "ORG", "Syrian Ministry of Interior"),
        ("قيادة الأمن الداخلي في محافظة اللاذقية", "ORG", "Latakia Internal Security Command"),
        ("ريف جبلة", "LOC", "Jableh countryside"),
        ("وزارة الداخلية", "ORG", "Syrian Ministry of Interior"),
        ("الساحل السوري", "LOC", "Syrian coast"),
        ("طرطوس", "GPE", "Tartus"),
        ("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights"),
        ("القوى البحرية السورية", "ORG", "Syrian Navy"),
        ("بانياس", "GPE", "Baniyas"),
        ("الوكالة العربية السورية للأنباء", "ORG", "Syrian Arab News Agency (SANA)"),
        ("سانا", "ORG", "Syrian Arab News Agency (SANA)"),
        ("مكتب المفوض السامي لحقوق الإنسان", "ORG", "Office of the UN High Commissioner for Human Rights (OHCHR)"),
        ("أحمد الشرع", "PER", "Ahmed al-Sharaa"),
        ("اللاذقية", "GPE", "Latakia"),
        ("الرئاسة السورية", "ORG", "Syrian Presidency"),
    ],
    "events": [
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-01-28", "day",
          A("مسلحون مجهولون", "Unidentified armed group", None, "armed_group"),
          A("الأمن العام السوري", "Syrian General Security", "SYR", "police"),
          [JABLEH], 4, 2, "قُتل أربعة عناصر من الأمن العام السوري وأصيب اثنان آخران",
          S("وزارة الداخلية السورية", "official", "Syrian Ministry of Interior"), "قُتل أربعة عناصر"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-01-29", "day",
          A("قيادة الأمن الداخلي في محافظة اللاذقية", "Latakia Internal Security Command", "SYR", "police"),
          A("اثنين منهم", "Unidentified armed group (attackers)", None, "armed_group"),
          [JABLEH_RIF], None, None, "", S("الوزارة", "official", "Syrian Ministry of Interior"), "واعتقلت اثنين منهم"),
        E("ACCUSE", None, "asserted", "2026-01-29", "day",
          A("وزارة الداخلية", "Syrian Ministry of Interior", "SYR", "government"),
          A("فلول النظام البائد", "Assad-era loyalist militants", "SYR", "armed_group"),
          [], None, None, "", S("وزارة الداخلية", "official", "Syrian Ministry of Interior"), "فلول النظام البائد"),
        E("COERCE", None, "asserted", "2026-01-29", "day",
          A("السلطات", "Syrian government authorities", "SYR", "government"), None,
          [JABLEH], None, None, "", OWN, "حظراً للتجول"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2026-01-29", "day",
          A("مئات الأشخاص", "Protesters (Syria)", "SYR", "protesters"), None,
          [TARTUS], None, None, "", S("المرصد السوري لحقوق الإنسان", "ngo", "Syrian Observatory for Human Rights"),
          "تجمع مئات الأشخاص"),
        E("COERCE", ["Strategic developments", "Disrupted weapons use"], "asserted", "2026-01-27", "day",
          A("وحدات من القوى البحرية السورية", "Syrian Navy", "SYR", "military"), None,
          [BANIYAS], None, None, "", S("الوكالة العربية السورية للأنباء", "wire", "Syrian Arab News Agency (SANA)"),
          "شحنة أسلحة وذخائر"),
        E("REQUEST", None, "asserted", "2026-01-29", "day",
          A("مكتب المفوض السامي لحقوق الإنسان", "Office of the UN High Commissioner for Human Rights (OHCHR)", None, "igo"),
          A("السلطات السورية", "Syrian government", "SYR", "government"),
          [], None, None, "", S("مكتب المفوض السامي لحقوق الإنسان", "official", "OHCHR"), "وطالب مكتب المفوض"),
        E("CONSULT", None, "planned", "2026-01-31", "day",
          A("أحمد الشرع", "Ahmed al-Sharaa", "SYR", "government"),
          A("وجهاء من المدينة وريفها", "Latakia community notables", "SYR", "other"),
          [LATAKIA], None, None, "", S("مصدر في الرئاسة السورية", "anonymous", "Syrian Presidency source"), "يزور الرئيس أحمد الشرع"),
    ],
    "notes": ("Syrian coast security, invented; HTML page of a Gulf outlet published Thu 2026-01-29. "
              "Gunmen's attack on a General Security checkpoint at Jableh 'مساء أمس الأربعاء' = Battles/Armed clash 2026-01-28 (armed group vs state security forces), "
              "4 killed (word) / 2 injured (dual اثنان), actor1 country null (unidentified), General Security role police, source MoI = official. "
              "Arrest of two attackers at dawn in the Jableh countryside = Arrests located at the region (no village named), source 'الوزارة'. "
              "MoI accusation of 'remnants of the former regime' = ACCUSE dated today (same statement). Curfew in Jableh since noon = COERCE with acled null (as dev-007), "
              "source 'مراسلنا' = outlet_own. Tartus gathering dispersing calmly = peaceful protest, SOHR = ngo. "
              "Navy seizure of an arms shipment off Baniyas 'فجر الثلاثاء' = COERCE + Disrupted weapons use 2026-01-27 located at Baniyas (nearest coastal town), SANA = wire. "
              "OHCHR demand = REQUEST, no place. Al-Sharaa visit 'يوم السبت المقبل' = planned CONSULT 2026-01-31 in Latakia. "
              "Not coded: the March 2025 coastal violence (history, with an aggregate toll)."),
}

# ---------------------------------------------------------------- 008 Algeria / Mali border
TINZ_ML = L("تين زاوتين", "Tinzaouaten (Mali)", "ML", "Kidal", "city", 19.95, 2.93)
TINZ_DZ = L("تين زاوتين", "Tinzaouatine (Algeria)", "DZ", "Bordj Badji Mokhtar", "city", 19.97, 2.97)
ALGIERS = L("الجزائر العاصمة", "Algiers", "DZ", "Algiers", "city", 36.75, 3.06)
BBM = L("برج باجي مختار", "Bordj Badji Mokhtar", "DZ", "Bordj Badji Mokhtar", "city", 21.33, 0.95)
NOUAKCHOTT = L("نواكشوط", "Nouakchott", "MR", "Nouakchott", "city", 18.09, -15.98)
MLI_GOV = A("باماكو", "Government of Mali", "MLI", "government")

A008 = {
    "id": "008_algeria_mali-border",
    "format": "text",
    "published": "2026-06-07",
    "title": "الجزائر تسقط مسيّرة قرب تين زاوتين وباماكو تتهمها برعاية الإرهاب",
    "head": [
        "الجزائر تسقط مسيّرة قرب تين زاوتين وباماكو تتهمها برعاية الإرهاب",
        "الأحد 7 جوان 2026",
        "آخر تحديث: 7 جوان 2026 - 18:45",
        "الجزائر - قسم الأخبار الوطنية",
        "عناصر من الجيش الوطني الشعبي في أقصى الجنوب (أرشيف/ وأج)",
        "طباعة | A+ | A-",
    ],
    "foot": [
        "كلمات مفتاحية: الجزائر، مالي، الساحل، الحدود",
        "تابعونا على فيسبوك وتويتر",
        "كل الحقوق محفوظة - الفجر المغاربي 2026",
    ],
    "paras": [
        "قُتل ثمانية مدنيين، بينهم ثلاثة أطفال، أمس السبت، في غارة نفذتها طائرة مسيّرة تابعة للجيش المالي على سوق أسبوعية في بلدة تين زاوتين المالية المحاذية للحدود الجزائرية، وفق ما أعلنته جبهة تحرير أزواد.",
        "وأعلنت وزارة الدفاع الوطني، في بيان اليوم الأحد، أن وحدات الدفاع الجوي عن الإقليم أسقطت مساء أمس طائرة مسيّرة مسلحة اخترقت المجال الجوي الوطني لمسافة كيلومترين قرب مدينة تين زاوتين الحدودية بولاية برج باجي مختار.",
        "في المقابل، اتهمت الحكومة الانتقالية في مالي، في بيان تلاه الناطق باسمها مساء اليوم، الجزائر بـ\"رعاية الإرهاب الدولي\"، مؤكدة أن الطائرة كانت تنفذ مهمة \"داخل الأراضي المالية\".",
        "واستدعت وزارة الشؤون الخارجية الجزائرية، اليوم، القائم بالأعمال في سفارة مالي بالجزائر العاصمة، وأبلغته \"احتجاجاً شديد اللهجة\" على انتهاك المجال الجوي الوطني. ورفضت الوزارة في بيان لاحق اتهامات باماكو، ووصفتها بأنها \"باطلة ولا تستحق الرد\".",
        "وأفادت مصادر أمنية جزائرية بأن الجيش الوطني الشعبي عزز انتشاره على طول الشريط الحدودي مع مالي، بعد وصول وحدات إضافية من القوات الخاصة إلى برج باجي مختار أمس.",
        "وكان المجلس الأعلى للأمن قد قرر، الخميس الماضي، إغلاق المجال الجوي الجزائري أمام الطائرات المدنية والعسكرية القادمة من مالي أو المتجهة إليها، رداً على \"الاستفزازات المتكررة\".",
        "ودعا رئيس مفوضية الاتحاد الأفريقي محمود علي يوسف، في بيان اليوم، الجزائر ومالي إلى \"أقصى درجات ضبط النفس\" وتسوية خلافاتهما عبر الحوار.",
        "ومن المقرر أن يبحث وزير الخارجية الجزائري أحمد عطاف تطورات الأزمة مع نظيره الموريتاني محمد سالم ولد مرزوك في نواكشوط يوم الثلاثاء المقبل، بحسب ما أعلنته الخارجية الجزائرية.",
        "وتشهد العلاقات بين الجزائر وباماكو توتراً متصاعداً منذ إعلان المجلس العسكري الحاكم في مالي مطلع 2024 إنهاء العمل باتفاق السلم والمصالحة الموقع في الجزائر عام 2015.",
    ],
    "entities": [
        ("تين زاوتين", "GPE", "Tinzaouaten"),
        ("جبهة تحرير أزواد", "ORG", "Azawad Liberation Front (FLA)"),
        ("وزارة الدفاع الوطني", "ORG", "Algerian Ministry of National Defence"),
        ("الدفاع الجوي عن الإقليم", "ORG", "Algerian Territorial Air Defence Forces"),
        ("برج باجي مختار", "GPE", "Bordj Badji Mokhtar"),
        ("مالي", "GPE", "Mali"),
        ("الجزائر", "GPE", "Algeria"),
        ("وزارة الشؤون الخارجية الجزائرية", "ORG", "Algerian Ministry of Foreign Affairs"),
        ("الجزائر العاصمة", "GPE", "Algiers"),
        ("باماكو", "GPE", "Bamako"),
        ("الجيش الوطني الشعبي", "ORG", "People's National Army (Algeria)"),
        ("المجلس الأعلى للأمن", "ORG", "High Security Council (Algeria)"),
        ("مفوضية الاتحاد الأفريقي", "ORG", "African Union Commission"),
        ("محمود علي يوسف", "PER", "Mahmoud Ali Youssouf"),
        ("أحمد عطاف", "PER", "Ahmed Attaf"),
        ("محمد سالم ولد مرزوك", "PER", "Mohamed Salem Ould Merzoug"),
        ("نواكشوط", "GPE", "Nouakchott"),
        ("الخارجية الجزائرية", "ORG", "Algerian Ministry of Foreign Affairs"),
    ],
    "events": [
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2026-06-06", "day",
          A("طائرة مسيّرة تابعة للجيش المالي", "Malian Armed Forces", "MLI", "military"),
          A("ثمانية مدنيين", "Civilians (Mali)", "MLI", "civilians"),
          [TINZ_ML], 8, None, "قُتل ثمانية مدنيين، بينهم ثلاثة أطفال",
          S("جبهة تحرير أزواد", "official", "Azawad Liberation Front (FLA)"), "قُتل ثمانية مدنيين"),
        E("ASSAULT", ["Strategic developments", "Disrupted weapons use"], "asserted", "2026-06-06", "day",
          A("وحدات الدفاع الجوي عن الإقليم", "Algerian Territorial Air Defence Forces", "DZA", "military"),
          A("طائرة مسيّرة مسلحة", "Malian Armed Forces", "MLI", "military"),
          [TINZ_DZ], None, None, "", S("وزارة الدفاع الوطني", "official", "Algerian Ministry of National Defence"),
          "أسقطت مساء أمس"),
        E("ACCUSE", None, "asserted", "2026-06-07", "day",
          A("الحكومة الانتقالية في مالي", "Transitional Government of Mali", "MLI", "government"),
          A("الجزائر", "Government of Algeria", "DZA", "government"),
          [], None, None, "", S("الحكومة الانتقالية في مالي", "official", "Transitional Government of Mali"),
          "رعاية الإرهاب الدولي"),
        E("ACCUSE", None, "asserted", "2026-06-07", "day",
          A("وزارة الشؤون الخارجية الجزائرية", "Algerian Ministry of Foreign Affairs", "DZA", "government"),
          A("القائم بالأعمال في سفارة مالي", "Government of Mali", "MLI", "government"),
          [ALGIERS], None, None, "", OWN, "واستدعت وزارة الشؤون"),
        E("REJECT", None, "asserted", "2026-06-07", "day",
          A("الوزارة", "Algerian Ministry of Foreign Affairs", "DZA", "government"), MLI_GOV,
          [], None, None, "", S("الوزارة", "official", "Algerian Ministry of Foreign Affairs"), "ورفضت الوزارة"),
        E("MOBILIZE", None, "asserted", "2026-06-06", "day",
          A("الجيش الوطني الشعبي", "People's National Army (Algeria)", "DZA", "military"), None,
          [BBM], None, None, "", S("مصادر أمنية جزائرية", "anonymous", "Algerian security sources"), "عزز انتشاره"),
        E("SANCTION", None, "asserted", "2026-06-04", "day",
          A("المجلس الأعلى للأمن", "High Security Council (Algeria)", "DZA", "government"),
          A("مالي", "Government of Mali", "MLI", "government"),
          [], None, None, "", OWN, "إغلاق المجال الجوي الجزائري"),
        E("REQUEST", None, "asserted", "2026-06-07", "day",
          A("محمود علي يوسف", "Mahmoud Ali Youssouf", None, "igo"),
          A("الجزائر", "Government of Algeria", "DZA", "government"),
          [], None, None, "", S("محمود علي يوسف", "official", "Mahmoud Ali Youssouf"), "أقصى درجات ضبط النفس"),
        E("CONSULT", None, "planned", "2026-06-09", "day",
          A("أحمد عطاف", "Ahmed Attaf", "DZA", "government"),
          A("محمد سالم ولد مرزوك", "Mohamed Salem Ould Merzoug", "MRT", "government"),
          [NOUAKCHOTT], None, None, "", S("الخارجية الجزائرية", "official", "Algerian Ministry of Foreign Affairs"), "أحمد عطاف"),
    ],
    "notes": ("Algeria-Mali border crisis, invented; published Sun 2026-06-07 (Maghreb month name جوان in the date line). "
              "Malian drone strike on the Tinzaouaten (Mali) market 'أمس السبت' = Air/drone strike 2026-06-06, 8 killed (word), no injury figure; "
              "the FLA is a third party here (not the perpetrator), so its statement is official. "
              "Algerian air defence downing an armed drone near Tinzaouatine (Algeria) = ASSAULT + Disrupted weapons use; actor2 coded Malian forces because Bamako's "
              "reply in the next paragraph owns the drone. The two Tinzaouaten are one entity text with two locations (ML and DZ). "
              "Bamako accusation = ACCUSE (the participial 'مؤكدة' is not coded). Summoning the Malian chargé d'affaires with a formal protest = ACCUSE in Algiers (outlet_own); "
              "the ministry's rejection of Bamako's accusations in the second sentence = REJECT. Special-forces reinforcements reaching Bordj Badji Mokhtar 'أمس' = MOBILIZE 2026-06-06. "
              "High Security Council airspace closure 'الخميس الماضي' = SANCTION 2026-06-04 (acled null). AU Commission chair's call = REQUEST with actor2 the first-named party (Algeria). "
              "Attaf in Nouakchott 'يوم الثلاثاء المقبل' = planned CONSULT 2026-06-09. Not coded: the background on the 2015 Algiers agreement."),
}
