"""heldout9 article specs 005-008 (invented articles; real places, institutions and public figures)."""
from build_lib import A, L, S, E, OWN

AIR = ["Explosions/Remote violence", "Air/drone strike"]
SHELL = ["Explosions/Remote violence", "Shelling/artillery/missile attack"]
IED = ["Explosions/Remote violence", "Remote explosive/landmine/IED"]
CLASH = ["Battles", "Armed clash"]
ARREST = ["Strategic developments", "Arrests"]

# ---------------------------------------------------------------- 005 Yemen, Abyan / Shabwa
AQAP = ("Al-Qaeda in the Arabian Peninsula (AQAP)", "YEM", "armed_group")
SAFST = ("Southern Armed Forces (STC)", "YEM", "armed_group")
L_MUDIYAH = L("مودية", "Mudiyah", "YE", "Abyan", "city", 13.93, 46.08)
L_ATAQ = L("عتق", "Ataq", "YE", "Shabwah", "city", 14.54, 46.83)
L_MAHFAD = L("المحفد", "al-Mahfad", "YE", "Abyan", "city", 14.00, 46.95)
L_ZINJIBAR = L("زنجبار", "Zinjibar", "YE", "Abyan", "city", 13.13, 45.38)

A005 = {
    "id": "005_yemen_abyan-aqap",
    "format": "text",
    "published": "2024-09-15",
    "title": "مقتل أربعة جنود بعبوة ناسفة في مودية و«القاعدة» يتبنى",
    "head": [
        "الأحد 12 ربيع الأول 1446 هـ الموافق 15 سبتمبر 2024",
        "مقتل أربعة جنود بعبوة ناسفة في مودية و«القاعدة» يتبنى",
        "عدن - «الجنوب اليوم»",
        "طقم عسكري للقوات الجنوبية على طريق في أبين (أرشيف/ الجنوب اليوم)",
        "تكبير الخط | تصغير الخط",
    ],
    "paras": [
        "قُتل أربعة جنود من القوات الجنوبية وأصيب ستة آخرون، صباح اليوم الأحد، بانفجار عبوة ناسفة استهدفت طقماً عسكرياً في وادي عومران بمديرية مودية شرقي محافظة أبين، بحسب ما أفاد به مصدر عسكري.",
        "وتبنى تنظيم «القاعدة في جزيرة العرب»، في بيان نشرته مؤسسة «الملاحم» التابعة له ظهر اليوم، الهجوم، زاعماً أن عناصره فجّروا العبوة بآلية لـ«ميليشيات الانتقالي». وأضاف البيان أن مقاتلي التنظيم استهدفوا فجر السبت بقذائف الهاون موقعاً لقوات دفاع شبوة في أطراف مدينة عتق، وهو ما لم يصدر بشأنه أي تعليق من السلطات المحلية.",
        "وعلى إثر الهجوم، دفعت القوات المسلحة الجنوبية بتعزيزات كبيرة إلى مديرية مودية، وبدأت عملية تمشيط واسعة في الوادي والمرتفعات المحيطة به، بحسب ما أعلنه المتحدث باسمها المقدم محمد النقيب.",
        "وقال النقيب إن اشتباكات عنيفة دارت ظهر اليوم بين القوات الجنوبية وعناصر من التنظيم في مديرية المحفد شمال شرقي أبين، أسفرت عن مقتل ٣ من عناصر «القاعدة» وإصابة جنديين.",
        "كما أعلنت إدارة أمن محافظة أبين، أمس السبت، القبض على خلية من ثلاثة أشخاص في مدينة زنجبار يُشتبه بتورطها في زرع عبوات ناسفة على الطرقات الرئيسية.",
        "من جهته، اتهم المجلس الانتقالي الجنوبي، في بيان صدر عن هيئة رئاسته مساء أمس، جماعة الحوثي بـ«تسهيل تنقل» عناصر التنظيم عبر مناطق سيطرتها في محافظة البيضاء المتاخمة لأبين.",
        "وطالبت السلطة المحلية في أبين، في بيان اليوم، التحالف بقيادة السعودية بتزويد الوحدات المنتشرة في المديريات الوسطى بأجهزة لكشف العبوات الناسفة وعربات مدرعة.",
        "وتخوض القوات الجنوبية منذ آب/أغسطس 2022 عملية عسكرية تحت اسم «سهام الشرق» لملاحقة عناصر التنظيم في أبين وشبوة، قُتل خلالها العشرات من الجنود في هجمات مماثلة.",
    ],
    "foot": [
        "تابعونا على تلغرام وواتساب",
        "اقرأ أيضاً: انقطاع الكهرباء يتجاوز 12 ساعة يومياً في عدن",
        "© 2024 الجنوب اليوم - جميع الحقوق محفوظة",
    ],
    "entities": [
        ("وادي عومران", "LOC", "Wadi Omran"),
        ("مودية", "GPE", "Mudiyah"),
        ("أبين", "GPE", "Abyan"),
        ("القاعدة في جزيرة العرب", "ORG", "Al-Qaeda in the Arabian Peninsula (AQAP)"),
        ("الملاحم", "ORG", "Al-Malahem Media Foundation"),
        ("الانتقالي", "ORG", "Southern Transitional Council"),
        ("قوات دفاع شبوة", "ORG", "Shabwa Defence Forces"),
        ("عتق", "GPE", "Ataq"),
        ("القوات المسلحة الجنوبية", "ORG", "Southern Armed Forces (STC)"),
        ("محمد النقيب", "PER", "Mohammed al-Naqib"),
        ("النقيب", "PER", "Mohammed al-Naqib"),
        ("المحفد", "GPE", "al-Mahfad"),
        ("القاعدة", "ORG", "Al-Qaeda in the Arabian Peninsula (AQAP)"),
        ("إدارة أمن محافظة أبين", "ORG", "Abyan Security Directorate"),
        ("زنجبار", "GPE", "Zinjibar"),
        ("المجلس الانتقالي الجنوبي", "ORG", "Southern Transitional Council"),
        ("جماعة الحوثي", "ORG", "Houthis (Ansar Allah)"),
        ("البيضاء", "GPE", "al-Bayda"),
        ("السعودية", "GPE", "Saudi Arabia"),
        ("شبوة", "GPE", "Shabwah"),
    ],
    "events": [
        E("ASSAULT", IED, "asserted", "2024-09-15", "day",
          A("القاعدة في جزيرة العرب", *AQAP), A("القوات الجنوبية", *SAFST), [L_MUDIYAH],
          4, 6, "قُتل أربعة جنود من القوات الجنوبية وأصيب ستة آخرون",
          S("مصدر عسكري", "anonymous", "Southern military source"), "طقماً عسكرياً في وادي عومران"),
        E("ASSAULT", SHELL, "claimed", "2024-09-14", "day",
          A("القاعدة في جزيرة العرب", *AQAP), A("قوات دفاع شبوة", "Shabwa Defence Forces", "YEM", "armed_group"), [L_ATAQ],
          None, None, "", S("القاعدة في جزيرة العرب", "perpetrator_claim", "Al-Qaeda in the Arabian Peninsula (AQAP)"),
          "مدينة عتق"),
        E("MOBILIZE", None, "asserted", "2024-09-15", "day",
          A("القوات المسلحة الجنوبية", *SAFST), None, [L_MUDIYAH], None, None, "",
          S("محمد النقيب", "official", "Mohammed al-Naqib"), "بتعزيزات كبيرة إلى مديرية مودية"),
        E("ASSAULT", CLASH, "asserted", "2024-09-15", "day",
          A("القوات الجنوبية", *SAFST), A("عناصر من التنظيم", *AQAP), [L_MAHFAD],
          3, 2, "مقتل ٣ من عناصر «القاعدة» وإصابة جنديين", S("النقيب", "official", "Mohammed al-Naqib"), "مديرية المحفد"),
        E("COERCE", ARREST, "asserted", "2024-09-14", "day",
          A("إدارة أمن محافظة أبين", "Abyan Security Directorate", "YEM", "police"),
          A("خلية من ثلاثة أشخاص", "Suspected AQAP cell", "YEM", "armed_group"), [L_ZINJIBAR], None, None, "",
          S("إدارة أمن محافظة أبين", "official", "Abyan Security Directorate"), "مدينة زنجبار"),
        E("ACCUSE", None, "asserted", "2024-09-14", "day",
          A("المجلس الانتقالي الجنوبي", "Southern Transitional Council", "YEM", "political_party"),
          A("جماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group"), [], None, None, "",
          S("المجلس الانتقالي الجنوبي", "official", "Southern Transitional Council"), "تسهيل تنقل"),
        E("REQUEST", None, "asserted", "2024-09-15", "day",
          A("السلطة المحلية في أبين", "Abyan local authority", "YEM", "government"),
          A("التحالف بقيادة السعودية", "Saudi-led coalition", "SAU", "military"), [], None, None, "",
          S("السلطة المحلية في أبين", "official", "Abyan local authority"), "أجهزة لكشف العبوات"),
    ],
    "notes": (
        "Publication Sunday 2024-09-15 (Hijri + Gregorian date line). Seven events. The Mudiyah IED (located at the "
        "district town, Wadi Omran being inside it) is asserted from an anonymous military source; its actor1 is AQAP, "
        "taken from the claim in the next paragraph, which is not coded as a separate event (as dev-006 does with the IS "
        "claim). The second sentence of that paragraph is a separate AQAP claim (mortars on a Shabwa Defence Forces "
        "position at Ataq «فجر السبت» = 2024-09-14) that no one confirms → `claimed`, source span = the group's name in "
        "the preceding sentence. STC forces (Southern Armed Forces, Shabwa Defence Forces) are coded armed_group, the STC "
        "itself political_party as in dev-019. Al-Mahfad clash: ٣ AQAP killed (Eastern digit), two soldiers injured "
        "(dual). Zinjibar arrests «أمس السبت»; STC accusation «مساء أمس» (2024-09-14), no place. The local authority's "
        "request to the coalition has no place. The operation «سهام الشرق» since 2022 is history, not coded."
    ),
}

# ---------------------------------------------------------------- 006 Libya, Sabha / Benghazi (HTML)
L_SABHA = L("سبها", "Sabha", "LY", "Sabha", "city", 27.04, 14.43)
L_BENGHAZI = L("بنغازي", "Benghazi", "LY", "Benghazi", "city", 32.12, 20.07)
L_TOBRUK = L("طبرق", "Tobruk", "LY", "Butnan", "city", 32.08, 23.96)

A006 = {
    "id": "006_libya_sabha-benghazi",
    "format": "html",
    "published": "2025-06-19",
    "title": "الجيش الليبي يعلن مقتل ثلاثة مهربين قرب سبها.. وخطف ناشط مدني في بنغازي",
    "html": {
        "site": "ليبيا الآن 24",
        "nav": ["الرئيسية", "ليبيا", "المغرب العربي", "اقتصاد", "رياضة"],
        "kicker": "ليبيا",
        "byline": "بنغازي - ليبيا الآن 24",
        "datetime": "2025-06-19T17:40",
        "time": "الخميس 19 يونيو 2025 | 05:40 م",
        "img": "/media/2025/06/sabha-patrol.jpg",
        "caption": "دورية عسكرية في أحد شوارع سبها (أرشيف/ الأناضول)",
        "share": ["مشاركة:", "فيسبوك", "إكس", "تلغرام"],
        "tags": ["الوسوم:", "سبها", "بنغازي", "الهجرة غير النظامية"],
        "related": ["الأكثر قراءة", "ارتفاع أسعار الأضاحي في أسواق بنغازي",
                    "المؤسسة الوطنية للنفط: الإنتاج يقترب من 1.4 مليون برميل يومياً"],
        "footer": ["من نحن", "أعلن معنا", "© 2025 ليبيا الآن 24 - جميع الحقوق محفوظة"],
    },
    "paras": [
        "أعلنت شعبة الإعلام الحربي التابعة للقيادة العامة، اليوم الخميس، أن الكتيبة 128 مشاة اشتبكت ليل الأربعاء مع عصابة مسلحة لتهريب البشر قرب مدينة سبها، ما أسفر عن مقتل 3 من أفراد العصابة وتحرير 41 مهاجراً كانوا محتجزين لديها.",
        "وفي بنغازي، خطف مسلحون مجهولون، مساء أمس، الناشط المدني سالم الفيتوري من أمام منزله في منطقة الكيش، بحسب ما أعلنته المؤسسة الوطنية لحقوق الإنسان في ليبيا. وقالت المؤسسة إن الخاطفين كانوا يستقلون سيارة رباعية الدفع من دون لوحات، مطالبة بالكشف الفوري عن مصيره.",
        "في المقابل، نفت مديرية أمن بنغازي، في بيان اليوم، ما تداولته صفحات على مواقع التواصل الاجتماعي عن اعتقال الفيتوري من قبل جهاز الأمن الداخلي، مؤكدة أنها فتحت تحقيقاً في الحادثة.",
        "وفي شرق البلاد، أعلن جهاز خفر السواحل في طبرق أن دورياته أنقذت، الثلاثاء 17 يونيو/حزيران، 37 مهاجراً من جنسيات مصرية وسودانية وبنغالية إثر تعطل قاربهم قبالة السواحل الليبية، فيما لا يزال 6 آخرون في عداد المفقودين.",
        "وحذّر الناطق باسم القيادة العامة اللواء أحمد المسماري، في مؤتمر صحفي عقده في بنغازي اليوم، «عصابات التهريب والمجموعات الخارجة عن القانون» من أن القوات المسلحة «ستضرب بيد من حديد» كل من يعبث بأمن الجنوب.",
        "وكانت المبعوثة الأممية إلى ليبيا هانا تيتيه قد بحثت، أمس الأربعاء، في بنغازي مع القائد العام خليفة حفتر تطورات العملية السياسية والأوضاع الأمنية في الجنوب، بحسب بيان لبعثة الأمم المتحدة للدعم في ليبيا.",
        "ومن المقرر أن تزور تيتيه مدينة سبها يوم الأحد المقبل للقاء ممثلي المكونات الاجتماعية في الجنوب، وفق ما أعلنته البعثة.",
        "ويشهد جنوب ليبيا منذ سنوات نشاطاً متزايداً لعصابات تهريب البشر والوقود، مستغلة الحدود الصحراوية الطويلة مع النيجر وتشاد والسودان.",
    ],
    "entities": [
        ("شعبة الإعلام الحربي", "ORG", "LNA War Information Division"),
        ("الكتيبة 128 مشاة", "ORG", "LNA 128th Infantry Battalion"),
        ("سبها", "GPE", "Sabha"),
        ("بنغازي", "GPE", "Benghazi"),
        ("سالم الفيتوري", "PER", "Salem al-Fitouri (invented)"),
        ("الكيش", "GPE", "al-Keish (Benghazi)"),
        ("المؤسسة الوطنية لحقوق الإنسان في ليبيا", "ORG", "National Institution for Human Rights in Libya"),
        ("مديرية أمن بنغازي", "ORG", "Benghazi Security Directorate"),
        ("الفيتوري", "PER", "Salem al-Fitouri (invented)"),
        ("جهاز الأمن الداخلي", "ORG", "Internal Security Agency (Libya)"),
        ("طبرق", "GPE", "Tobruk"),
        ("القيادة العامة", "ORG", "General Command of the Libyan National Army"),
        ("أحمد المسماري", "PER", "Ahmed al-Mismari"),
        ("ليبيا", "GPE", "Libya"),
        ("هانا تيتيه", "PER", "Hanna Tetteh"),
        ("خليفة حفتر", "PER", "Khalifa Haftar"),
        ("بعثة الأمم المتحدة للدعم في ليبيا", "ORG", "UN Support Mission in Libya (UNSMIL)"),
        ("تيتيه", "PER", "Hanna Tetteh"),
        ("النيجر", "GPE", "Niger"),
        ("تشاد", "GPE", "Chad"),
        ("السودان", "GPE", "Sudan"),
    ],
    "events": [
        E("ASSAULT", CLASH, "asserted", "2025-06-18", "day",
          A("الكتيبة 128 مشاة", "Libyan National Army (128th Battalion)", "LBY", "military"),
          A("عصابة مسلحة لتهريب البشر", "Human-smuggling gang (southern Libya)", "LBY", "armed_group"), [L_SABHA],
          3, None, "مقتل 3 من أفراد العصابة",
          S("شعبة الإعلام الحربي", "official", "LNA War Information Division"), "الكتيبة 128 مشاة"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2025-06-18", "day",
          A("مسلحون مجهولون", "Unidentified gunmen", None, "armed_group"),
          A("سالم الفيتوري", "Salem al-Fitouri (invented)", "LBY", "civilians"), [L_BENGHAZI], None, None, "",
          S("المؤسسة الوطنية لحقوق الإنسان في ليبيا", "ngo", "National Institution for Human Rights in Libya"),
          "خطف مسلحون مجهولون"),
        E("COERCE", ARREST, "denied", "2025-06-18", "day",
          A("جهاز الأمن الداخلي", "Internal Security Agency (Libya)", "LBY", "police"),
          A("الفيتوري", "Salem al-Fitouri (invented)", "LBY", "civilians"), [L_BENGHAZI], None, None, "",
          S("مديرية أمن بنغازي", "official", "Benghazi Security Directorate"), "نفت مديرية أمن بنغازي"),
        E("AID", None, "asserted", "2025-06-17", "day",
          A("جهاز خفر السواحل في طبرق", "Libyan Coast Guard (Tobruk)", "LBY", "military"),
          A("37 مهاجراً", "Migrants at sea", None, "civilians"), [L_TOBRUK], None, None, "",
          S("جهاز خفر السواحل في طبرق", "official", "Libyan Coast Guard (Tobruk)"), "37 مهاجراً"),
        E("THREATEN", None, "asserted", "2025-06-19", "day",
          A("أحمد المسماري", "Ahmed al-Mismari", "LBY", "military"),
          A("عصابات التهريب والمجموعات الخارجة عن القانون", "Smuggling gangs and outlaw groups (Libya)", "LBY", "armed_group"),
          [L_BENGHAZI], None, None, "", S("أحمد المسماري", "official", "Ahmed al-Mismari"), "ستضرب بيد من حديد"),
        E("CONSULT", None, "asserted", "2025-06-18", "day",
          A("هانا تيتيه", "Hanna Tetteh", None, "igo"), A("خليفة حفتر", "Khalifa Haftar", "LBY", "military"),
          [L_BENGHAZI], None, None, "",
          S("بعثة الأمم المتحدة للدعم في ليبيا", "official", "UN Support Mission in Libya (UNSMIL)"), "خليفة حفتر"),
        E("CONSULT", None, "planned", "2025-06-22", "day",
          A("تيتيه", "Hanna Tetteh", None, "igo"),
          A("ممثلي المكونات الاجتماعية في الجنوب", "Southern Libya community representatives", "LBY", "other"),
          [L_SABHA], None, None, "", S("البعثة", "official", "UN Support Mission in Libya (UNSMIL)"), "تزور تيتيه"),
    ],
    "notes": (
        "Publication Thursday 2025-06-19, HTML page. Seven events. The LNA 128th battalion clash «ليل الأربعاء» "
        "(2025-06-18) near Sabha is reported by the LNA's own information division → asserted/official; the freeing of "
        "41 migrants is part of the same clash, not a separate event. Benghazi abduction «مساء أمس» of an invented "
        "activist: actor1 unidentified gunmen (country null), source the national human-rights institution (ngo); the "
        "following sentence only adds detail and a participial demand, not coded. The police directorate's denial that "
        "the Internal Security Agency arrested him → `denied` Arrests on the abduction day. Coast-guard rescue "
        "(explicit «الثلاثاء 17 يونيو») = AID located at Tobruk, the coast guard's base (the sea point is not given); "
        "missing migrants are not fatalities. Al-Mismari's warning = THREATEN at his Benghazi press conference. "
        "Tetteh-Haftar meeting «أمس الأربعاء» = CONSULT; her Sabha visit «يوم الأحد المقبل» = planned 2025-06-22. "
        "«للقيادة العامة» (fused ل+ال) is not an entity mention; «القيادة العامة» later is. Last paragraph is background."
    ),
}

# ---------------------------------------------------------------- 007 West Bank, Jenin / Masafer Yatta
IDF = ("Israeli military", "ISR", "military")
PAL_CIV = ("Palestinian civilians", "PSE", "civilians")
L_JENINCAMP = L("مخيم جنين", "Jenin refugee camp", "PS", "West Bank", "city", 32.46, 35.29)
L_QABATIYA = L("قباطية", "Qabatiya", "PS", "West Bank", "city", 32.41, 35.28)
L_JALAMEH = L("حاجز الجلمة", "Jalameh checkpoint", "PS", "West Bank", "facility", 32.51, 35.32)
L_BEITUMMAR = L("بيت أمر", "Beit Ummar", "PS", "West Bank", "city", 31.62, 35.10)
L_SAIR = L("سعير", "Sa'ir", "PS", "West Bank", "city", 31.58, 35.14)
L_SUSYA = L("سوسيا", "Susya", "PS", "West Bank", "city", 31.39, 35.11)
L_TUWANI = L("التواني", "At-Tuwani", "PS", "West Bank", "city", 31.43, 35.16)

A007 = {
    "id": "007_westbank_jenin-masafer-yatta",
    "format": "text",
    "published": "2024-11-07",
    "title": "ثلاثة شهداء باقتحام مخيم جنين واعتداءات للمستوطنين في مسافر يطا",
    "head": [
        "ثلاثة شهداء باقتحام مخيم جنين واعتداءات للمستوطنين في مسافر يطا",
        "ثلاثة شهداء باقتحام مخيم جنين واعتداءات للمستوطنين في مسافر يطا",
        "نُشر في: 7 نوفمبر 2024 - 15:10",
        "جنين - «الضفة برس»",
        "آليات عسكرية إسرائيلية خلال اقتحام سابق لمخيم جنين (أرشيف/ وفا)",
        "تكبير | تصغير | طباعة",
    ],
    "paras": [
        "استشهد ثلاثة شبان وأصيب ٧ آخرون، فجر اليوم الخميس، خلال اشتباكات مسلحة بين مقاومين وقوات الاحتلال الإسرائيلي التي اقتحمت مخيم جنين بعشرات الآليات العسكرية والجرافات، بحسب وزارة الصحة الفلسطينية. وقال جيش الاحتلال في بيان إن قواته اعتقلت خلال العملية في المخيم خمسة «مطلوبين» وصادرت أسلحة وعبوات ناسفة.",
        "وفي بلدة قباطية جنوب جنين، استشهد شاب بقصف من طائرة مسيّرة إسرائيلية استهدف مجموعة من الشبان قرب دوار البلدة، وفق ما أفادت به مصادر محلية.",
        "بدورها، أعلنت «كتائب شهداء الأقصى» في جنين أن مقاتليها فجّروا عبوة ناسفة بآلية عسكرية إسرائيلية قرب حاجز الجلمة شمال شرقي المدينة، وهو ما لم يعلق عليه جيش الاحتلال.",
        "وفي محافظة الخليل، اعتقلت قوات الاحتلال، فجر اليوم، 12 مواطناً بينهم أسرى محررون خلال حملة دهم طالت بلدتي بيت أمر وسعير، بحسب نادي الأسير الفلسطيني.",
        "وفي مسافر يطا جنوب الخليل، هاجم مستوطنون، مساء أمس الأربعاء، تجمع سوسيا البدوي، واعتدوا بالضرب على ثلاثة مواطنين بينهم مسن، وأحرقوا خيمة ومركبة، بحسب ما أفاد به شهود عيان.",
        "كما هدمت جرافات الاحتلال، صباح اليوم، منزلين وحظيرة للمواشي في قرية التواني بمسافر يطا بحجة البناء دون ترخيص، وفق ما أفاد به منسق لجان الحماية والصمود في جنوب الخليل فؤاد العمور.",
        "ودانت وزارة الخارجية والمغتربين الفلسطينية، في بيان اليوم، اعتداءات المستوطنين في مسافر يطا، محمّلة الحكومة الإسرائيلية المسؤولية الكاملة عنها.",
        "ومنذ بدء الحرب على غزة في السابع من تشرين الأول 2023، استشهد أكثر من 770 فلسطينياً في الضفة الغربية برصاص الجيش الإسرائيلي والمستوطنين، وفق وزارة الصحة.",
        "ويقيم في تجمعات مسافر يطا نحو 1200 فلسطيني يواجهون خطر التهجير منذ أن أعلنت إسرائيل المنطقة «منطقة إطلاق نار» في ثمانينيات القرن الماضي.",
    ],
    "foot": [
        "اقرأ أيضاً:",
        "الاحتلال يغلق حاجز الكونتينر ويعزل جنوب الضفة عن وسطها",
        "الوسوم: جنين، مسافر يطا، الاستيطان، الأسرى",
        "© 2024 الضفة برس - جميع الحقوق محفوظة",
    ],
    "entities": [
        ("مخيم جنين", "GPE", "Jenin refugee camp"),
        ("وزارة الصحة الفلسطينية", "ORG", "Palestinian Ministry of Health"),
        ("جيش الاحتلال", "ORG", "Israeli military"),
        ("قباطية", "GPE", "Qabatiya"),
        ("جنين", "GPE", "Jenin"),
        ("كتائب شهداء الأقصى", "ORG", "Al-Aqsa Martyrs' Brigades"),
        ("حاجز الجلمة", "FAC", "Jalameh checkpoint"),
        ("الخليل", "GPE", "Hebron"),
        ("بيت أمر", "GPE", "Beit Ummar"),
        ("سعير", "GPE", "Sa'ir"),
        ("نادي الأسير الفلسطيني", "ORG", "Palestinian Prisoners' Society"),
        ("مسافر يطا", "LOC", "Masafer Yatta"),
        ("سوسيا", "GPE", "Susya"),
        ("التواني", "GPE", "At-Tuwani"),
        ("لجان الحماية والصمود", "ORG", "Protection and Steadfastness Committees"),
        ("فؤاد العمور", "PER", "Fuad al-Amour"),
        ("وزارة الخارجية والمغتربين الفلسطينية", "ORG", "Palestinian Ministry of Foreign Affairs and Expatriates"),
        ("غزة", "GPE", "Gaza"),
        ("فلسطينياً", "NORP", "Palestinians"),
        ("الضفة الغربية", "GPE", "West Bank"),
        ("الجيش الإسرائيلي", "ORG", "Israeli military"),
        ("وزارة الصحة", "ORG", "Palestinian Ministry of Health"),
        ("فلسطيني", "NORP", "Palestinians"),
        ("إسرائيل", "GPE", "Israel"),
    ],
    "events": [
        E("ASSAULT", CLASH, "asserted", "2024-11-07", "day",
          A("قوات الاحتلال الإسرائيلي", *IDF), A("مقاومين", "Palestinian armed groups", "PSE", "armed_group"),
          [L_JENINCAMP], 3, 7, "استشهد ثلاثة شبان وأصيب ٧ آخرون",
          S("وزارة الصحة الفلسطينية", "official", "Palestinian Ministry of Health"), "اشتباكات مسلحة بين مقاومين"),
        E("COERCE", ARREST, "asserted", "2024-11-07", "day",
          A("جيش الاحتلال", *IDF), A("خمسة «مطلوبين»", "Palestinian wanted persons", "PSE", "other"), [L_JENINCAMP],
          None, None, "", S("جيش الاحتلال", "official", "Israeli military"), "خمسة «مطلوبين»"),
        E("ASSAULT", AIR, "asserted", "2024-11-07", "day",
          A("طائرة مسيّرة إسرائيلية", *IDF), A("مجموعة من الشبان", *PAL_CIV), [L_QABATIYA],
          1, None, "استشهد شاب", S("مصادر محلية", "anonymous", "Local sources"), "بلدة قباطية"),
        E("ASSAULT", IED, "claimed", "2024-11-07", "day",
          A("كتائب شهداء الأقصى", "Al-Aqsa Martyrs' Brigades", "PSE", "armed_group"),
          A("آلية عسكرية إسرائيلية", *IDF), [L_JALAMEH], None, None, "",
          S("كتائب شهداء الأقصى", "perpetrator_claim", "Al-Aqsa Martyrs' Brigades"), "حاجز الجلمة"),
        E("COERCE", ARREST, "asserted", "2024-11-07", "day",
          A("قوات الاحتلال", *IDF), A("12 مواطناً", *PAL_CIV), [L_BEITUMMAR], None, None, "",
          S("نادي الأسير الفلسطيني", "ngo", "Palestinian Prisoners' Society"), "بيت أمر وسعير"),
        E("COERCE", ARREST, "asserted", "2024-11-07", "day",
          A("قوات الاحتلال", *IDF), A("12 مواطناً", *PAL_CIV), [L_SAIR], None, None, "",
          S("نادي الأسير الفلسطيني", "ngo", "Palestinian Prisoners' Society"), "بيت أمر وسعير"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2024-11-06", "day",
          A("مستوطنون", "Israeli settlers", "ISR", "armed_group"), A("ثلاثة مواطنين", *PAL_CIV), [L_SUSYA],
          None, 3, "اعتدوا بالضرب على ثلاثة مواطنين بينهم مسن", S("شهود عيان", "witness", "Eyewitnesses"), "تجمع سوسيا"),
        E("COERCE", ["Strategic developments", "Looting/property destruction"], "asserted", "2024-11-07", "day",
          A("جرافات الاحتلال", *IDF), None, [L_TUWANI], None, None, "",
          S("فؤاد العمور", "ngo", "Fuad al-Amour (Protection and Steadfastness Committees)"), "قرية التواني"),
        E("ACCUSE", None, "asserted", "2024-11-07", "day",
          A("وزارة الخارجية والمغتربين الفلسطينية", "Palestinian Ministry of Foreign Affairs and Expatriates", "PSE", "government"),
          A("الحكومة الإسرائيلية", "Government of Israel", "ISR", "government"), [], None, None, "",
          S("وزارة الخارجية والمغتربين الفلسطينية", "official", "Palestinian Ministry of Foreign Affairs and Expatriates"),
          "محمّلة الحكومة الإسرائيلية"),
    ],
    "notes": (
        "Publication Thursday 2024-11-07, headline printed twice. Nine events. Jenin camp: fighting between resistance "
        "fighters and the raiding army = Armed clash with the army as actor1 (as dev-021), 3 killed (word) / ٧ injured "
        "(Eastern digit); the army's own arrest statement (second sentence of the paragraph) = Arrests, asserted/official; "
        "«خمسة «مطلوبين»» is a head count, not casualties. Qabatiya drone strike: singular «شاب» → 1. The Al-Aqsa "
        "Martyrs' Brigades IED claim near Jalameh is `claimed` (army did not comment), dated the publication day by "
        "context. Hebron arrests: one sentence, two towns → two events with the same 12 detainees as actor2. Susya "
        "settler attack «مساء أمس الأربعاء» (2024-11-06): Violence against civilians/Attack, settlers coded ISR "
        "armed_group, 3 beaten = 3 injured, source eyewitnesses. At-Tuwani demolitions = Looting/property destruction "
        "(as dev-021), source the local protection-committee coordinator (ngo). MoFA condemnation = ACCUSE of the "
        "Israeli government, no place. The two last paragraphs (toll since October 2023, firing zone since the 1980s) "
        "are aggregate/history, not coded."
    ),
}

# ---------------------------------------------------------------- 008 Egypt-Sudan-Ethiopia, GERD diplomacy
L_CAIRO = L("القاهرة", "Cairo", "EG", "Cairo", "city", 30.04, 31.24)
L_ADDIS = L("أديس أبابا", "Addis Ababa", "ET", "Addis Ababa", "city", 9.03, 38.74)

A008 = {
    "id": "008_egypt_gerd-summit",
    "format": "text",
    "published": "2026-02-07",
    "title": "قمة مصرية سودانية في القاهرة بشأن سد النهضة وإثيوبيا ترفض «المواقف الأحادية»",
    "head": [
        "قمة مصرية سودانية في القاهرة بشأن سد النهضة وإثيوبيا ترفض «المواقف الأحادية»",
        "السبت 7 فبراير 2026 - 21:15",
        "القاهرة - «النيل الدولية»",
        "السيسي والبرهان خلال لقاء سابق في القاهرة (أرشيف/ الرئاسة المصرية)",
        "شارك: فيسبوك | إكس | واتساب | تلغرام",
    ],
    "paras": [
        "عقد الرئيس المصري عبد الفتاح السيسي ورئيس مجلس السيادة السوداني عبد الفتاح البرهان، اليوم السبت في القاهرة، قمة ثنائية بحثت تطورات ملف سد النهضة الإثيوبي والأوضاع في السودان، بحسب بيان صادر عن الرئاسة المصرية.",
        "ووقّع وزير الخارجية المصري بدر عبد العاطي ونظيره السوداني، على هامش القمة، اتفاقاً لإنشاء آلية تشاور مشتركة بشأن الأمن المائي وتبادل بيانات تشغيل السدود على النيل الأزرق. وينص الاتفاق على عقد اجتماعات دورية للآلية كل ثلاثة أشهر بالتناوب بين البلدين.",
        "في المقابل، رفضت وزارة الخارجية الإثيوبية، في بيان مساء اليوم، ما وصفته بـ«المواقف الأحادية» لمصر والسودان، مؤكدة أن سد النهضة «مشروع تنموي سيادي» لا يلحق ضرراً بدولتي المصب.",
        "ودان الأمين العام لجامعة الدول العربية أحمد أبو الغيط، في بيان أمس الجمعة، «التصرفات الأحادية» لإثيوبيا في تشغيل السد، محمّلاً أديس أبابا مسؤولية الفيضانات التي شهدتها ولايات سودانية في الخريف الماضي.",
        "وكان رئيس الوزراء الإثيوبي آبي أحمد قد أعلن، في 28 يناير/كانون الثاني الماضي، أمام البرلمان في أديس أبابا أن بلاده «لن تقبل التفاوض» على أي حصص ملزمة لمياه النيل.",
        "ومن المقرر أن يزور كبير مستشاري الرئيس الأميركي للشؤون الأفريقية مسعد بولس القاهرة الأسبوع المقبل، في إطار مساعٍ أميركية لإحياء المفاوضات بين الدول الثلاث، بحسب ما أفادت به مصادر دبلوماسية.",
        "ودعا رئيس مفوضية الاتحاد الأفريقي محمود علي يوسف، في بيان اليوم، الدول الثلاث إلى «العودة إلى طاولة المفاوضات» برعاية أفريقية للتوصل إلى اتفاق ملزم بشأن ملء السد وتشغيله.",
        "وذكرت وكالة أنباء الشرق الأوسط أن وزير الموارد المائية والري المصري هاني سويلم التقى، أمس الجمعة، وفداً فنياً سودانياً لبحث تنسيق تشغيل السد العالي وخزان الروصيرص خلال موسم الجفاف.",
        "وبدأت إثيوبيا بناء السد على النيل الأزرق عام 2011 وافتتحته رسمياً في سبتمبر 2025، فيما تخشى مصر، التي تعتمد على النيل في تأمين نحو 97% من احتياجاتها المائية، أن يؤثر تشغيله على حصتها التاريخية.",
    ],
    "foot": [
        "مواضيع ذات صلة:",
        "الفيضان يغمر قرى على ضفاف النيل الأزرق في ولاية سنار",
        "تراجع منسوب بحيرة ناصر خلال شهر يناير",
        "جميع الحقوق محفوظة © النيل الدولية 2026",
    ],
    "entities": [
        ("عبد الفتاح السيسي", "PER", "Abdel Fattah el-Sisi"),
        ("مجلس السيادة", "ORG", "Sovereignty Council of Sudan"),
        ("عبد الفتاح البرهان", "PER", "Abdel Fattah al-Burhan"),
        ("القاهرة", "GPE", "Cairo"),
        ("سد النهضة", "FAC", "Grand Ethiopian Renaissance Dam"),
        ("السودان", "GPE", "Sudan"),
        ("الرئاسة المصرية", "ORG", "Egyptian Presidency"),
        ("بدر عبد العاطي", "PER", "Badr Abdelatty"),
        ("النيل الأزرق", "LOC", "Blue Nile"),
        ("وزارة الخارجية الإثيوبية", "ORG", "Ethiopian Ministry of Foreign Affairs"),
        ("مصر", "GPE", "Egypt"),
        ("جامعة الدول العربية", "ORG", "Arab League"),
        ("أحمد أبو الغيط", "PER", "Ahmed Aboul Gheit"),
        ("إثيوبيا", "GPE", "Ethiopia"),
        ("أديس أبابا", "GPE", "Addis Ababa"),
        ("آبي أحمد", "PER", "Abiy Ahmed"),
        ("النيل", "LOC", "Nile"),
        ("مسعد بولس", "PER", "Massad Boulos"),
        ("مفوضية الاتحاد الأفريقي", "ORG", "African Union Commission"),
        ("محمود علي يوسف", "PER", "Mahmoud Ali Youssouf"),
        ("وكالة أنباء الشرق الأوسط", "ORG", "Middle East News Agency (MENA)"),
        ("هاني سويلم", "PER", "Hani Sewilam"),
        ("السد العالي", "FAC", "Aswan High Dam"),
        ("خزان الروصيرص", "FAC", "Roseires Dam"),
    ],
    "events": [
        E("CONSULT", None, "asserted", "2026-02-07", "day",
          A("عبد الفتاح السيسي", "Abdel Fattah el-Sisi", "EGY", "government"),
          A("عبد الفتاح البرهان", "Abdel Fattah al-Burhan", "SDN", "government"), [L_CAIRO], None, None, "",
          S("الرئاسة المصرية", "official", "Egyptian Presidency"), "قمة ثنائية"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2026-02-07", "day",
          A("بدر عبد العاطي", "Badr Abdelatty", "EGY", "government"),
          A("نظيره السوداني", "Sudanese Minister of Foreign Affairs", "SDN", "government"), [L_CAIRO], None, None, "",
          OWN, "بدر عبد العاطي"),
        E("REJECT", None, "asserted", "2026-02-07", "day",
          A("وزارة الخارجية الإثيوبية", "Ethiopian Ministry of Foreign Affairs", "ETH", "government"),
          A("مصر", "Government of Egypt", "EGY", "government"), [], None, None, "",
          S("وزارة الخارجية الإثيوبية", "official", "Ethiopian Ministry of Foreign Affairs"), "المواقف الأحادية"),
        E("ACCUSE", None, "asserted", "2026-02-06", "day",
          A("أحمد أبو الغيط", "Ahmed Aboul Gheit", None, "igo"),
          A("إثيوبيا", "Government of Ethiopia", "ETH", "government"), [], None, None, "",
          S("أحمد أبو الغيط", "official", "Ahmed Aboul Gheit"), "أحمد أبو الغيط"),
        E("REJECT", None, "asserted", "2026-01-28", "day",
          A("آبي أحمد", "Abiy Ahmed", "ETH", "government"), None, [L_ADDIS], None, None, "",
          S("آبي أحمد", "official", "Abiy Ahmed"), "آبي أحمد"),
        E("CONSULT", None, "planned", "2026-02-11", "week",
          A("مسعد بولس", "Massad Boulos", "USA", "government"), None, [L_CAIRO], None, None, "",
          S("مصادر دبلوماسية", "anonymous", "Diplomatic sources"), "مسعد بولس"),
        E("REQUEST", None, "asserted", "2026-02-07", "day",
          A("محمود علي يوسف", "Mahmoud Ali Youssouf", None, "igo"),
          A("الدول الثلاث", "Egypt, Sudan and Ethiopia", None, "other"), [], None, None, "",
          S("محمود علي يوسف", "official", "Mahmoud Ali Youssouf"), "طاولة المفاوضات"),
        E("CONSULT", None, "asserted", "2026-02-06", "day",
          A("هاني سويلم", "Hani Sewilam", "EGY", "government"),
          A("وفداً فنياً سودانياً", "Sudanese technical delegation", "SDN", "government"), [], None, None, "",
          S("وكالة أنباء الشرق الأوسط", "wire", "Middle East News Agency (MENA)"), "هاني سويلم"),
    ],
    "notes": (
        "Publication Saturday 2026-02-07. Eight events. Sisi-Burhan summit in Cairo = CONSULT (Burhan as head of the "
        "Sovereignty Council → government). The agreement signed by the two foreign ministers «على هامش القمة» = AGREE + "
        "Strategic developments/Agreement, located in Cairo from the summit; the next sentence (quarterly meetings) "
        "describes the agreement's terms and is not a planned event. Ethiopia's rejection of the Egyptian and Sudanese "
        "positions: one REJECT aimed at two parties, actor2 the first named (Egypt), no place. Aboul Gheit's "
        "condemnation «أمس الجمعة» = ACCUSE of Ethiopia (2026-02-06); the participial «محمّلاً» is part of it. Abiy's "
        "statement with an explicit date (28 January) = REJECT in Addis Ababa. Boulos's visit «الأسبوع المقبل» = planned, "
        "week precision → Wednesday of next week, 2026-02-11. AU Commission chair's call = REQUEST, actor2 «الدول "
        "الثلاث». MENA report of Sewilam's meeting with a Sudanese delegation «أمس الجمعة» = CONSULT, source wire, no "
        "place named. Last paragraph (construction since 2011, inauguration, 97%) is background, not coded."
    ),
}
