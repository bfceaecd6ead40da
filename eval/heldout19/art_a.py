"""heldout19 article specs 001-004 (invented events; real places, institutions and armed groups; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 001  (published Fri 2025-11-14)  Sudan, Kordofan
T001 = "قتلى بقصف للدعم السريع على الأبيض وغارات للجيش قرب بابنوسة المحاصرة"
RSF = A("قوات الدعم السريع", "Rapid Support Forces", "SDN", "armed_group")
ELOBEID = L("الأبيض", "El Obeid", "SD", "North Kordofan", "city", 13.18, 30.22)
KADUGLI = L("كادوقلي", "Kadugli", "SD", "South Kordofan", "city", 11.01, 29.72)
BABANUSA = L("بابنوسة", "Babanusa", "SD", "West Kordofan", "city", 11.33, 27.80)
DILLING = L("الدلنج", "Dilling", "SD", "South Kordofan", "city", 12.05, 29.65)
A001 = dict(
    id="001_news_item", format="text", published="2025-11-14", title=T001,
    head=[T001, "تاريخ الخبر: الجمعة 14-11-2025 · 19:40 بتوقيت الخرطوم", "الأبيض - مكتب كردفان",
          "نازحون من ريف كردفان يصلون إلى أحد مراكز الإيواء (أرشيف)",
          "شارك عبر: واتساب | فيسبوك | إكس | تيليغرام"],
    foot=["اقرأ أيضاً: أسعار الذرة والدخن تقفز في أسواق كردفان مع إغلاق الطرق",
          "وسوم: كردفان - الأبيض - بابنوسة - الدعم السريع",
          "تابعونا على تطبيق «نبض كردفان» للهواتف الذكية",
          "جميع الحقوق محفوظة © 2025 نبض كردفان"],
    paras=[
        "قُتل خمسة مدنيين وأصيب ١٤ آخرون، صباح اليوم الجمعة، جراء قذائف مدفعية أطلقتها قوات الدعم السريع على أحياء في الجزء الشرقي من مدينة الأبيض، عاصمة ولاية شمال كردفان، بحسب ما أفاد به مصدر طبي في مستشفى المدينة.",
        "وفي مدينة كادوقلي، عاصمة ولاية جنوب كردفان، أصيبت امرأة وطفلاها بجروح، ليل الخميس، إثر سقوط مسيّرة انتحارية أطلقتها قوات الدعم السريع على سوق شعبي وسط المدينة، وفق ما أفاد به شهود عيان.",
        "وشنّ سلاح الجو في الجيش السوداني، فجر اليوم، غارات على تجمعات لقوات الدعم السريع في محيط مدينة بابنوسة بولاية غرب كردفان، قال الجيش في بيان إنها دمّرت «عشرات المركبات القتالية» وأوقعت قتلى في صفوف المهاجمين.",
        "وقال مصدر عسكري في حامية بابنوسة، طلب عدم الكشف عن هويته، إن قوات الدعم السريع شنّت ليل الخميس هجوماً على مقر الحامية، المحاصرة منذ مطلع العام، من ثلاثة محاور قبل أن تُصدّ، ما أسفر عن مقتل ثلاثة جنود وإصابة سبعة آخرين.",
        "وأعلن برنامج الأغذية العالمي، في بيان اليوم، أن قافلة من ٢٢ شاحنة محمّلة بالذرة والزيوت والمكملات الغذائية وصلت أمس إلى مدينة الدلنج، في أول شحنة تبلغ المدينة منذ أكثر من ثلاثة أشهر، لتوزيعها على سكان المدينة والنازحين إليها.",
        "ودعا المنسق المقيم للشؤون الإنسانية في السودان، في بيان اليوم، طرفي القتال إلى فتح ممرات آمنة نحو كادوقلي والدلنج، محذّراً من أن المدينتين المحاصرتين «باتتا على حافة المجاعة».",
        "ونفت قوات الدعم السريع، في بيان نشرته على منصة تلغرام، ما تداولته منصات محلية عن احتجاز عناصرها سائقي شاحنات إغاثة قرب الدلنج مساء أمس، واصفة تلك الأنباء بأنها «مفبركة».",
        "ومن المقرر أن يزور وفد من مجلس السيادة الانتقالي مدينة الأبيض يوم الأحد المقبل، للقاء حكومة الولاية والاطلاع على أوضاع النازحين الفارين من مناطق القتال، بحسب ما أعلنته حكومة ولاية شمال كردفان.",
        "وقال والي الولاية، في تصريح لإذاعة محلية، إن الحكومة قد تلجأ إلى إسقاط المساعدات جواً على كادوقلي «إذا استمر إغلاق الطرق البرية» خلال الأسابيع المقبلة.",
        "ومنذ اندلاع الحرب بين الجيش وقوات الدعم السريع في نيسان/أبريل 2023، نزح مئات الآلاف من سكان ولايات كردفان الثلاث، فيما تفرض قوات الدعم السريع و«الحركة الشعبية لتحرير السودان - شمال» حصاراً على كادوقلي والدلنج منذ أشهر.",
    ],
    entities=[
        ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
        ("الأبيض", "GPE", "El Obeid"),
        ("ولاية شمال كردفان", "GPE", "North Kordofan State"),
        ("كادوقلي", "GPE", "Kadugli"),
        ("ولاية جنوب كردفان", "GPE", "South Kordofan State"),
        ("الجيش السوداني", "ORG", "Sudanese Armed Forces"),
        ("بابنوسة", "GPE", "Babanusa"),
        ("ولاية غرب كردفان", "GPE", "West Kordofan State"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("الدلنج", "GPE", "Dilling"),
        ("السودان", "GPE", "Sudan"),
        ("تلغرام", "ORG", "Telegram"),
        ("مجلس السيادة الانتقالي", "ORG", "Transitional Sovereignty Council (Sudan)"),
        ("حكومة ولاية شمال كردفان", "ORG", "North Kordofan State government"),
        ("كردفان", "LOC", "Kordofan"),
        ("الحركة الشعبية لتحرير السودان - شمال", "ORG", "Sudan People's Liberation Movement-North"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-11-14", "day",
          RSF, A("خمسة مدنيين", "Civilians (Sudan)", "SDN", "civilians"), [ELOBEID], 5, 14,
          "قُتل خمسة مدنيين وأصيب ١٤ آخرون", S("مصدر طبي", "anonymous", "Medical source in El Obeid"),
          "قُتل خمسة مدنيين وأصيب ١٤"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-11-13", "day",
          A("مسيّرة انتحارية", "Rapid Support Forces", "SDN", "armed_group"),
          A("امرأة وطفلاها", "Civilians (Sudan)", "SDN", "civilians"), [KADUGLI], None, 3,
          "أصيبت امرأة وطفلاها بجروح", S("شهود عيان", "witness", "Eyewitnesses in Kadugli"), "أصيبت امرأة وطفلاها"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-11-14", "day",
          A("سلاح الجو في الجيش السوداني", "Sudanese Air Force", "SDN", "military"), RSF, [BABANUSA], None, None,
          "أوقعت قتلى في صفوف المهاجمين", S("الجيش", "official", "Sudanese Armed Forces"), "وشنّ سلاح الجو"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-11-13", "day",
          RSF, A("حامية بابنوسة", "Sudanese Armed Forces (Babanusa garrison)", "SDN", "military"), [BABANUSA], 3, 7,
          "مقتل ثلاثة جنود وإصابة سبعة آخرين", S("مصدر عسكري", "anonymous", "Military source in Babanusa"),
          "وقال مصدر عسكري في حامية بابنوسة"),
        E("AID", None, "asserted", "2025-11-13", "day",
          A("برنامج الأغذية العالمي", "World Food Programme", None, "igo"),
          A("سكان المدينة", "Civilians (Dilling)", "SDN", "civilians"), [DILLING], None, None, "",
          S("برنامج الأغذية العالمي", "official", "World Food Programme"), "وصلت أمس إلى مدينة الدلنج"),
        E("REQUEST", None, "asserted", "2025-11-14", "day",
          A("المنسق المقيم للشؤون الإنسانية في السودان", "UN Resident and Humanitarian Coordinator for Sudan", None, "igo"),
          A("طرفي القتال", "Warring parties (Sudan)", "SDN", "other"), [], None, None, "",
          S("المنسق المقيم للشؤون الإنسانية في السودان", "official", "UN Resident and Humanitarian Coordinator for Sudan"),
          "ودعا المنسق المقيم"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "denied", "2025-11-13", "day",
          RSF, A("سائقي شاحنات إغاثة", "Aid truck drivers", "SDN", "civilians"), [DILLING], None, None, "",
          S("قوات الدعم السريع", "official", "Rapid Support Forces"), "ونفت قوات الدعم السريع"),
        E("CONSULT", None, "planned", "2025-11-16", "day",
          A("وفد من مجلس السيادة الانتقالي", "Transitional Sovereignty Council (Sudan)", "SDN", "government"),
          A("حكومة الولاية", "North Kordofan State government", "SDN", "government"), [ELOBEID], None, None, "",
          S("حكومة ولاية شمال كردفان", "official", "North Kordofan State government"), "ومن المقرر أن يزور وفد"),
        E("AID", None, "hypothetical", "2025-11-14", "day",
          A("الحكومة", "Government of Sudan", "SDN", "government"), None, [KADUGLI], None, None, "",
          S("والي الولاية", "official", "Governor of North Kordofan"), "إسقاط المساعدات جواً"),
    ],
    notes=("Published Fri 2025-11-14 (date line 19:40 local). Dates: صباح اليوم / فجر اليوم / في بيان اليوم → 11-14; "
           "ليل الخميس → Thu 11-13 (P2, P4); وصلت أمس → 11-13 (the convoy's arrival, not the WFP statement); مساء أمس → 11-13 "
           "(the denied detention is dated by the alleged event); يوم الأحد المقبل → 11-16 (planned visit). The hypothetical "
           "air-drop (P9) has no date of its own and takes the publication day. Choices: P2 drone strike attributed to the RSF "
           "as witnesses say (asserted, witness); «امرأة وطفلاها» = 3 injured, fatalities null. P3 source «الجيش» (the army "
           "statement). P4 actor2 is the Babanusa garrison (Sudanese army). P6 the UN coordinator's call has no place (no "
           "venue). P7 the RSF denies detaining aid drivers near Dilling: ASSAULT / Abduction, denied, official. P8 planned "
           "CONSULT at El Obeid with the state government as actor2. P10 is background (not coded). Coordinates: El Obeid and "
           "Kadugli from memory (approximate); Babanusa and Dilling from public reference pages."),
)

# ---------------------------------------------------------------- 002  (published Mon 2025-03-17)  Somalia, Jubaland and Gedo
T002 = "«الشباب» تهاجم قاعدة في جدو وجوبالاند تعتقل مشتبهين في كسمايو"
SNA = A("الجيش الوطني الصومالي", "Somali National Army", "SOM", "military")
GARBAHAREY = L("غربهاري", "Garbaharey", "SO", "Gedo", "city", 3.35, 42.27)
BARDHERE = L("بارطيري", "Bardhere", "SO", "Gedo", "city", 2.34, 42.28)
A002 = dict(
    id="002_news_item", format="html", published="2025-03-17", title=T002,
    html=dict(
        site="بوابة القرن الأفريقي",
        nav=["الرئيسية", "الصومال", "القرن الأفريقي", "شرق أفريقيا", "اقتصاد", "تقارير"],
        kicker="أمن",
        byline="كسمايو - مراسل البوابة",
        datetime="2025-03-17T20:15",
        time="17 Mar 2025 - 08:15 PM",
        img="/media/2025/03/gedo-base.jpg",
        caption="عربات عسكرية على طريق ترابي في جنوب الصومال (أرشيف)",
        share=["شارك الخبر:", "واتساب", "فيسبوك", "إكس", "تيليغرام"],
        tags=["الكلمات المفتاحية:", "جوبالاند", "جدو", "حركة الشباب"],
        related=["اقرأ أيضاً", "الجفاف يدفع آلاف الرعاة إلى النزوح نحو ضفاف نهر جوبا",
                 "كينيا تعيد فتح معبر حدودي مع الصومال أمام التجارة"],
        footer=["من نحن", "اتصل بنا", "حمّل تطبيق البوابة على هاتفك", "© 2025 بوابة القرن الأفريقي. جميع الحقوق محفوظة"],
    ),
    paras=[
        "قُتل ستة جنود من قوات جوبالاند وأصيب تسعة آخرون، فجر اليوم الاثنين، في هجوم شنّه مسلحو حركة الشباب على قاعدة عسكرية في أطراف مدينة غربهاري، مركز إقليم جدو جنوب غربي الصومال، بحسب ما أفاد به ضابط في القاعدة طلب عدم ذكر اسمه.",
        "وفي بيان منفصل بثّته إذاعة «الأندلس» التابعة لها، تبنّت الحركة تفجير عبوة ناسفة بآلية للجيش الصومالي قرب بلدة بارطيري ليل الأحد، زاعمة أن التفجير أوقع قتلى وجرحى في صفوف الجنود، وهو ما لم يعلّق عليه الجيش.",
        "ووصلت إلى غربهاري، ظهر اليوم، تعزيزات من الجيش الوطني الصومالي ترافقها وحدات من بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال (أوصوم)، وفق ما أعلنته وزارة الدفاع الصومالية في بيان.",
        "وفي كسمايو، العاصمة المؤقتة لولاية جوبالاند، اعتقلت أجهزة الأمن مساء أمس ١١ شخصاً يُشتبه في تقديمهم دعماً لوجستياً لحركة الشباب، خلال حملة دهم في عدد من أحياء المدينة، بحسب ما ذكرته وكالة الأنباء الصومالية (صونا).",
        "في المقابل، اتهمت حكومة ولاية جوبالاند، في بيان اليوم، الحكومة الفيدرالية في مقديشو بـ«تسليح ميليشيات عشائرية» في إقليم جدو بهدف «زعزعة الاستقرار» قبيل الانتخابات المحلية.",
        "من جهته، رفض وزير الإعلام الصومالي، في مؤتمر صحافي عقده في مقديشو عصر اليوم، اتهامات جوبالاند، مؤكداً أن الحكومة الفيدرالية «لا تسلّح أي طرف خارج المؤسسات الرسمية».",
        "ومن المقرر أن يلتقي رئيس ولاية جوبالاند ورئيس الوزراء الصومالي في نيروبي يوم الخميس المقبل، برعاية كينية، لبحث الترتيبات الأمنية في الإقليم، بحسب ما نقلته إذاعة «صوت أمريكا» عن مسؤول في مكتب رئيس الوزراء.",
        "وفي بارطيري، أعلن الجيش الوطني الصومالي، اليوم، استعادة السيطرة على ثلاث قرى على الضفة الشرقية لنهر جوبا بعد معارك مع مسلحي الحركة استمرت يومين، بمساندة من قوات «أوصوم».",
        "ورحّب الممثل الخاص لرئيس مفوضية الاتحاد الأفريقي في الصومال، في بيان اليوم، بالإعلان عن لقاء نيروبي، معتبراً أن الحوار بين الحكومة الفيدرالية والولايات الأعضاء «السبيل الوحيد لمواجهة الإرهاب».",
        "وتسيطر حركة الشباب منذ سنوات على مناطق ريفية واسعة في جنوب الصومال ووسطه، فيما تتكرر الخلافات بين مقديشو وكسمايو حول إدارة الملف الأمني والانتخابات.",
    ],
    entities=[
        ("قوات جوبالاند", "ORG", "Jubaland Security Forces"),
        ("حركة الشباب", "ORG", "Al-Shabaab"),
        ("غربهاري", "GPE", "Garbaharey"),
        ("إقليم جدو", "GPE", "Gedo region"),
        ("الصومال", "GPE", "Somalia"),
        ("الأندلس", "ORG", "Radio Andalus (al-Shabaab)"),
        ("بارطيري", "GPE", "Bardhere"),
        ("الجيش الوطني الصومالي", "ORG", "Somali National Army"),
        ("بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال", "ORG", "African Union Support and Stabilization Mission in Somalia"),
        ("أوصوم", "ORG", "AUSSOM"),
        ("وزارة الدفاع الصومالية", "ORG", "Ministry of Defence (Somalia)"),
        ("كسمايو", "GPE", "Kismayo"),
        ("ولاية جوبالاند", "GPE", "Jubaland State"),
        ("وكالة الأنباء الصومالية", "ORG", "Somali National News Agency"),
        ("صونا", "ORG", "SONNA"),
        ("حكومة ولاية جوبالاند", "ORG", "Jubaland State government"),
        ("مقديشو", "GPE", "Mogadishu"),
        ("جوبالاند", "GPE", "Jubaland"),
        ("نيروبي", "GPE", "Nairobi"),
        ("صوت أمريكا", "ORG", "Voice of America"),
        ("نهر جوبا", "LOC", "Juba River"),
        ("مفوضية الاتحاد الأفريقي", "ORG", "African Union Commission"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-03-17", "day",
          A("مسلحو حركة الشباب", "Al-Shabaab", "SOM", "armed_group"),
          A("قوات جوبالاند", "Jubaland Security Forces", "SOM", "military"), [GARBAHAREY], 6, 9,
          "قُتل ستة جنود من قوات جوبالاند وأصيب تسعة آخرون", S("ضابط في القاعدة", "anonymous", "Officer at the base"),
          "قُتل ستة جنود من قوات جوبالاند"),
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "claimed", "2025-03-16", "day",
          A("الحركة", "Al-Shabaab", "SOM", "armed_group"),
          A("آلية للجيش الصومالي", "Somali National Army", "SOM", "military"), [BARDHERE], None, None,
          "أوقع قتلى وجرحى في صفوف الجنود", S("الحركة", "perpetrator_claim", "Al-Shabaab"), "تبنّت الحركة تفجير"),
        E("MOBILIZE", None, "asserted", "2025-03-17", "day",
          SNA, None, [GARBAHAREY], None, None, "",
          S("وزارة الدفاع الصومالية", "official", "Ministry of Defence (Somalia)"), "ووصلت إلى غربهاري"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-03-16", "day",
          A("أجهزة الأمن", "Jubaland security services", "SOM", "police"),
          A("١١ شخصاً", "Suspected al-Shabaab supporters", "SOM", "other"),
          [L("كسمايو", "Kismayo", "SO", "Lower Juba", "city", -0.36, 42.55)], None, None, "",
          S("وكالة الأنباء الصومالية", "wire", "Somali National News Agency"), "اعتقلت أجهزة الأمن مساء أمس"),
        E("ACCUSE", None, "asserted", "2025-03-17", "day",
          A("حكومة ولاية جوبالاند", "Jubaland State government", "SOM", "government"),
          A("الحكومة الفيدرالية", "Federal Government of Somalia", "SOM", "government"), [], None, None, "",
          S("حكومة ولاية جوبالاند", "official", "Jubaland State government"), "اتهمت حكومة ولاية جوبالاند"),
        E("REJECT", None, "asserted", "2025-03-17", "day",
          A("وزير الإعلام الصومالي", "Federal Government of Somalia", "SOM", "government"),
          A("جوبالاند", "Jubaland State government", "SOM", "government"),
          [L("مقديشو", "Mogadishu", "SO", "Banadir", "city", 2.04, 45.34)], None, None, "",
          S("وزير الإعلام الصومالي", "official", "Minister of Information (Somalia)"), "رفض وزير الإعلام الصومالي"),
        E("CONSULT", None, "planned", "2025-03-20", "day",
          A("رئيس ولاية جوبالاند", "Jubaland State government", "SOM", "government"),
          A("رئيس الوزراء الصومالي", "Federal Government of Somalia", "SOM", "government"),
          [L("نيروبي", "Nairobi", "KE", "Nairobi", "city", -1.29, 36.82)], None, None, "",
          S("مسؤول في مكتب رئيس الوزراء", "anonymous", "Official in the Somali prime minister's office (via VOA)"),
          "ومن المقرر أن يلتقي رئيس ولاية جوبالاند"),
        E("ASSAULT", ["Battles", "Government regains territory"], "asserted", "2025-03-17", "day",
          SNA, A("مسلحي الحركة", "Al-Shabaab", "SOM", "armed_group"), [BARDHERE], None, None, "",
          S("الجيش الوطني الصومالي", "official", "Somali National Army"), "استعادة السيطرة على ثلاث قرى"),
        E("SUPPORT", None, "asserted", "2025-03-17", "day",
          A("الممثل الخاص لرئيس مفوضية الاتحاد الأفريقي في الصومال", "African Union Commission", None, "igo"), None, [],
          None, None, "",
          S("الممثل الخاص لرئيس مفوضية الاتحاد الأفريقي في الصومال", "official", "AU Commission Chairperson's Special Representative for Somalia"),
          "ورحّب الممثل الخاص"),
    ],
    notes=("Published Mon 2025-03-17 (time stamp 08:15 PM). Dates: فجر اليوم الاثنين / ظهر اليوم / في بيان اليوم / عصر اليوم / "
           "اليوم → 03-17; ليل الأحد → Sun 03-16 (the claimed IED, dated by the claim's own night); مساء أمس → 03-16 (Kismayo "
           "arrests); يوم الخميس المقبل → 03-20 (planned meeting). Choices: P2 is a separate claimed IED near Bardhere «وهو ما لم "
           "يعلّق عليه الجيش» (claimed, perpetrator_claim); «أوقع قتلى وجرحى» → null/null. P3 reinforcements = MOBILIZE (AUSSOM "
           "mentioned as escort, not an actor). P4 source is SONNA speaking for itself (wire); actor1 the Jubaland security "
           "services (police). P6 the minister's rejection has Mogadishu as place because the press conference venue is "
           "given; P5's accusation has no place. P7 the VOA chain gives an anonymous source (the official). P8 Government "
           "regains territory at Bardhere (villages on the Juba east bank, placed at the town). P9 SUPPORT by the AU "
           "representative (igo), no place. P10 background (not coded). «جوبالاند» listed as GPE beside «ولاية جوبالاند»; "
           "«الحركة» (al-Shabaab short form) is not an entity. Garbaharey coordinates from a reference page; Bardhere, "
           "Kismayo, Mogadishu, Nairobi from memory (approximate)."),
)

# ---------------------------------------------------------------- 003  (published Tue 2025-12-09)  Syria, the coast
T003 = "كمين يقتل أربعة من الأمن العام قرب جبلة وحظر تجول في بانياس"
JABLEH = L("جبلة", "Jableh", "SY", "Latakia", "city", 35.36, 35.93)
BANIYAS = L("بانياس", "Baniyas", "SY", "Tartus", "city", 35.18, 35.95)
GS = A("قوات الأمن العام", "General Security (Syria)", "SYR", "police")
A003 = dict(
    id="003_news_item", format="text", published="2025-12-09", title=T003,
    head=[T003, "١٠:٢٠ م، الثلاثاء ٩ ديسمبر ٢٠٢٥", "اللاذقية - خاص",
          "عناصر من الأمن العام عند حاجز على أوتوستراد الساحل (أرشيف)",
          "مشاركة: فيسبوك - واتساب - تلغرام - إكس"],
    foot=["مواضيع ذات صلة: أزمة مياه الشرب تتفاقم في قرى ريف طرطوس",
          "الوسوم: الساحل السوري، جبلة، بانياس، الأمن العام",
          "تابعونا على قناتنا في تلغرام",
          "© ٢٠٢٥ شبكة الساحل الإخبارية - جميع الحقوق محفوظة"],
    paras=[
        "قُتل أربعة من عناصر الأمن العام وأصيب اثنان آخران، مساء أمس الاثنين، في كمين نصبه مسلحون من «فلول النظام البائد» لدورية على الطريق الواصل بين مدينة جبلة وريفها الشرقي جنوب اللاذقية، بحسب ما أعلنته وزارة الداخلية السورية.",
        "وأطلقت قوات الأمن العام، منذ فجر اليوم، حملة تمشيط واسعة في قرى ريف جبلة اعتقلت خلالها ١٧ مطلوباً، بينهم مشتبه بهم في التخطيط للكمين، وضبطت أسلحة متوسطة وذخائر، وفق بيان لقيادة الأمن الداخلي في محافظة اللاذقية.",
        "واندلعت، ظهر اليوم، اشتباكات بين قوات الأمن العام ومجموعة مسلحة تحصّنت في أحراج قرب بلدة القرداحة، أسفرت عن مقتل مسلحَين اثنين، بحسب ما أفاد به المرصد السوري لحقوق الإنسان.",
        "وفرضت السلطات المحلية في مدينة بانياس حظراً للتجول يبدأ عند السادسة من مساء اليوم ويستمر حتى السادسة من صباح غدٍ الأربعاء، بموجب قرار أصدرته محافظة طرطوس إثر توتر شهدته المدينة ليلة أمس.",
        "وزار وزير الداخلية السوري، عصر اليوم، مدينة طرطوس حيث التقى قادة الوحدات الأمنية في المحافظة واطّلع على الخطط المتّبعة لضبط الأمن في الساحل، بحسب ما أوردته الوكالة العربية السورية للأنباء (سانا).",
        "ودعت مفوضية الأمم المتحدة السامية لحقوق الإنسان، في بيان اليوم، السلطات السورية إلى التحقيق في تقارير عن «اعتقالات تعسفية» رافقت حملات التمشيط في الساحل، معربة عن قلقها من «تكرار الانتهاكات بحق المدنيين».",
        "ووثّقت الشبكة السورية لحقوق الإنسان، في تقرير نشرته أمس، إحراق مسلحين مجهولين ثلاثة منازل في قرية قرب بانياس الأسبوع الماضي، بعد أن أجبروا ساكنيها على مغادرتها تحت التهديد.",
        "ونفت محافظة طرطوس ما تناقلته حسابات على مواقع التواصل الاجتماعي عن اعتقال الأجهزة الأمنية موظفين في مرفأ طرطوس أمس، مؤكدة أن ما جرى «إجراء إداري روتيني» لا علاقة له بالأحداث الأخيرة.",
        "ومن المقرر أن تعقد اللجنة العليا للحفاظ على السلم الأهلي اجتماعاً مع وجهاء من ريف جبلة يوم الخميس المقبل في مدينة جبلة، بحسب ما قاله عضو في اللجنة طلب عدم الكشف عن اسمه.",
        "وقدّمت منظمة الهلال الأحمر العربي السوري، اليوم، مساعدات غذائية وبطانيات لنحو ٣٠٠ عائلة نزحت من قرى ريف بانياس إلى المدينة، وفق ما أعلنته المنظمة.",
    ],
    entities=[
        ("الأمن العام", "ORG", "General Security (Syria)"),
        ("جبلة", "GPE", "Jableh"),
        ("اللاذقية", "GPE", "Latakia"),
        ("وزارة الداخلية السورية", "ORG", "Ministry of Interior (Syria)"),
        ("ريف جبلة", "LOC", "Jableh countryside"),
        ("قيادة الأمن الداخلي في محافظة اللاذقية", "ORG", "Latakia Internal Security Command"),
        ("القرداحة", "GPE", "Qardaha"),
        ("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights"),
        ("بانياس", "GPE", "Baniyas"),
        ("محافظة طرطوس", "GPE", "Tartus Governorate"),
        ("طرطوس", "GPE", "Tartus"),
        ("الوكالة العربية السورية للأنباء", "ORG", "Syrian Arab News Agency"),
        ("سانا", "ORG", "SANA"),
        ("مفوضية الأمم المتحدة السامية لحقوق الإنسان", "ORG", "Office of the UN High Commissioner for Human Rights"),
        ("الشبكة السورية لحقوق الإنسان", "ORG", "Syrian Network for Human Rights"),
        ("مرفأ طرطوس", "FAC", "Port of Tartus"),
        ("اللجنة العليا للحفاظ على السلم الأهلي", "ORG", "Higher Committee for Preserving Civil Peace (Syria)"),
        ("منظمة الهلال الأحمر العربي السوري", "ORG", "Syrian Arab Red Crescent"),
        ("ريف بانياس", "LOC", "Baniyas countryside"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-12-08", "day",
          A("مسلحون من «فلول النظام البائد»", "Armed loyalists of the former Assad government", "SYR", "armed_group"),
          A("عناصر الأمن العام", "General Security (Syria)", "SYR", "police"), [JABLEH], 4, 2,
          "قُتل أربعة من عناصر الأمن العام وأصيب اثنان آخران",
          S("وزارة الداخلية السورية", "official", "Ministry of Interior (Syria)"), "في كمين نصبه مسلحون"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-12-09", "day",
          GS, A("١٧ مطلوباً", "Wanted suspects (Jableh countryside)", "SYR", "other"), [JABLEH], None, None, "",
          S("قيادة الأمن الداخلي في محافظة اللاذقية", "official", "Latakia Internal Security Command"), "حملة تمشيط واسعة"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-12-09", "day",
          GS, A("مجموعة مسلحة", "Armed loyalists of the former Assad government", "SYR", "armed_group"),
          [L("القرداحة", "Qardaha", "SY", "Latakia", "city", 35.45, 36.06)], 2, None, "مقتل مسلحَين اثنين",
          S("المرصد السوري لحقوق الإنسان", "ngo", "Syrian Observatory for Human Rights"), "قرب بلدة القرداحة"),
        E("COERCE", None, "asserted", "2025-12-09", "day",
          A("السلطات المحلية", "Tartus governorate authorities", "SYR", "government"), None, [BANIYAS], None, None, "",
          S("محافظة طرطوس", "official", "Tartus Governorate"), "حظراً للتجول"),
        E("CONSULT", None, "asserted", "2025-12-09", "day",
          A("وزير الداخلية السوري", "Ministry of Interior (Syria)", "SYR", "government"),
          A("قادة الوحدات الأمنية", "Security commanders (Tartus)", "SYR", "police"),
          [L("طرطوس", "Tartus", "SY", "Tartus", "city", 34.89, 35.89)], None, None, "",
          S("الوكالة العربية السورية للأنباء", "wire", "Syrian Arab News Agency"), "وزار وزير الداخلية السوري"),
        E("REQUEST", None, "asserted", "2025-12-09", "day",
          A("مفوضية الأمم المتحدة السامية لحقوق الإنسان", "Office of the UN High Commissioner for Human Rights", None, "igo"),
          A("السلطات السورية", "Government of Syria", "SYR", "government"), [], None, None, "",
          S("مفوضية الأمم المتحدة السامية لحقوق الإنسان", "official", "Office of the UN High Commissioner for Human Rights"),
          "ودعت مفوضية الأمم المتحدة"),
        E("COERCE", ["Strategic developments", "Looting/property destruction"], "asserted", "2025-12-03", "week",
          A("مسلحين مجهولين", "Unidentified gunmen", None, "armed_group"), None, [BANIYAS], None, None, "",
          S("الشبكة السورية لحقوق الإنسان", "ngo", "Syrian Network for Human Rights"), "إحراق مسلحين مجهولين"),
        E("COERCE", ["Strategic developments", "Arrests"], "denied", "2025-12-08", "day",
          A("الأجهزة الأمنية", "Syrian security services", "SYR", "police"),
          A("موظفين في مرفأ طرطوس", "Port of Tartus employees", "SYR", "civilians"),
          [L("مرفأ طرطوس", "Port of Tartus", "SY", "Tartus", "facility", 34.90, 35.87)], None, None, "",
          S("محافظة طرطوس", "official", "Tartus Governorate"), "ونفت محافظة طرطوس"),
        E("CONSULT", None, "planned", "2025-12-11", "day",
          A("اللجنة العليا للحفاظ على السلم الأهلي", "Higher Committee for Preserving Civil Peace (Syria)", "SYR", "government"),
          A("وجهاء من ريف جبلة", "Notables of the Jableh countryside", "SYR", "other"), [JABLEH], None, None, "",
          S("عضو في اللجنة", "anonymous", "Committee member"), "اجتماعاً مع وجهاء"),
        E("AID", None, "asserted", "2025-12-09", "day",
          A("منظمة الهلال الأحمر العربي السوري", "Syrian Arab Red Crescent", "SYR", "other"),
          A("٣٠٠ عائلة", "Displaced families (Baniyas)", "SYR", "civilians"), [BANIYAS], None, None, "",
          S("منظمة الهلال الأحمر العربي السوري", "ngo", "Syrian Arab Red Crescent"), "مساعدات غذائية وبطانيات"),
    ],
    notes=("Published Tue 2025-12-09 (date line 10:20 PM). Dates: مساء أمس الاثنين → Mon 12-08 (ambush); منذ فجر اليوم / ظهر "
           "اليوم / مساء اليوم / عصر اليوم / في بيان اليوم / اليوم → 12-09; الأسبوع الماضي → Wed 12-03 of the week Mon 12-01 … "
           "Sun 12-07 (week precision; the SNHR report itself was published أمس); اعتقال … أمس → 12-08 (denied event dated by the "
           "alleged arrests); يوم الخميس المقبل → 12-11. Choices: the ambush on a patrol is Battles / Armed clash (armed group vs "
           "state forces); the sweep's arrests are one event at Jableh (the seized weapons are not a separate event). P3 "
           "actor1 = General Security (first named in «بين … و…»). P4 curfew = COERCE with ACLED null (as dev-007), dated by the "
           "decision (today). P5 ministerial visit = CONSULT, SANA speaking for itself (wire). P6 OHCHR call = REQUEST, no place; "
           "«معربة» is participial, not an event. P7 burning of houses = Looting/property destruction, SNHR (ngo). P8 denial by "
           "the governorate of arrests at the port (denied COERCE/Arrests). P10 SARC aid = AID, SARC as ngo source. «الساحل» is "
           "left as a common noun, not an entity. No background paragraph in this article. Coordinates from memory "
           "(approximate)."),
)

# ---------------------------------------------------------------- 004  (published Wed 2025-07-23)  Southern Gaza
T004 = "شهداء بغارات على خانيونس والمواصي وأوامر إخلاء جديدة شرق رفح"
IDF = A("جيش الاحتلال", "Israeli military", "ISR", "military")
RAFAH = L("رفح", "Rafah", "PS", "Gaza Strip", "city", 31.28, 34.25)
A004 = dict(
    id="004_news_item", format="html", published="2025-07-23", title=T004,
    html=dict(
        site="شبكة الجنوب الفلسطينية",
        nav=["الرئيسية", "غزة", "الضفة", "القدس", "عربي ودولي", "تقارير"],
        kicker="غزة",
        byline="خانيونس - مراسلو الشبكة",
        datetime="2025-07-23T21:10",
        time="23/7/2025 - 9:10 مساءً",
        img="/uploads/2025/07/mawasi-tents.jpg",
        caption="خيام نازحين على شاطئ المواصي غرب خانيونس (أرشيف)",
        share=["شارك:", "واتساب", "تيليغرام", "فيسبوك", "نسخ الرابط"],
        tags=["وسوم:", "خانيونس", "رفح", "المساعدات", "الأونروا"],
        related=["الأكثر قراءة", "أسعار الطحين في أسواق دير البلح تقفز مجدداً",
                 "مدارس الإيواء في وسط القطاع تستقبل دفعات جديدة من النازحين"],
        footer=["من نحن", "سياسة الخصوصية", "تابعونا على تطبيق الشبكة", "جميع الحقوق محفوظة © 2025 شبكة الجنوب الفلسطينية"],
    ),
    paras=[
        "استشهد ٨ فلسطينيين، بينهم ثلاثة أطفال، وأصيب آخرون، فجر اليوم الأربعاء، في غارة شنتها طائرات الاحتلال على منزل يؤوي عائلة نازحة في بلدة بني سهيلا شرقي خانيونس، بحسب ما أعلنه الدفاع المدني في غزة.",
        "وقال شهود عيان إن مسيّرة إسرائيلية استهدفت، ظهر اليوم، تجمعاً لمواطنين قرب نقطة لتعبئة المياه في منطقة المواصي غرب خانيونس، ما أدى إلى استشهاد مواطنَين وإصابة امرأة بجروح خطيرة.",
        "وأفاد المركز الفلسطيني للإعلام بأن مدفعية جيش الاحتلال قصفت طوال ساعات النهار الأطراف الشرقية لمدينة دير البلح وسط القطاع، دون أن يُبلَّغ عن إصابات.",
        "وأصدر جيش الاحتلال، مساء أمس الثلاثاء، أوامر إخلاء جديدة لسكان أحياء في شرق مدينة رفح وجنوب مدينة خانيونس، مطالباً إياهم بالتوجه إلى المواصي، وفق ما نشره الناطق باسمه على منصة إكس.",
        "وأعلنت كتائب القسام، الجناح العسكري لحركة حماس، أن مقاتليها استهدفوا دبابة إسرائيلية من طراز «ميركافا» بقذيفة مضادة للدروع شرق مدينة خانيونس صباح اليوم، فيما لم يصدر تعليق عن جيش الاحتلال.",
        "وأعلن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) أن ٤٥ شاحنة محمّلة بالطحين والمستلزمات الطبية عبرت اليوم معبر كرم أبو سالم، مشيراً إلى أن أقل من نصفها وصل إلى المستودعات بسبب القيود الإسرائيلية وانعدام الأمن على الطرق.",
        "وقالت الأونروا إن مسلحين مجهولين استولوا، مساء أمس، على حمولة ثماني شاحنات طحين تابعة لها على طريق صلاح الدين شرقي دير البلح، في حادثة هي الثالثة من نوعها خلال أسبوع.",
        "وأعلنت وزارة الصحة في غزة أن مستشفيات القطاع استقبلت خلال الساعات الأربع والعشرين الماضية ٣٧ شهيداً و١٤٦ مصاباً، لترتفع حصيلة الضحايا منذ بدء الحرب إلى أكثر من ٥٩ ألف شهيد.",
        "وعلى صعيد الوساطة، قال مسؤول مصري طلب عدم الكشف عن هويته إن وفداً من حركة حماس سيصل إلى القاهرة غداً الخميس لاستئناف المباحثات غير المباشرة مع الوسطاء بشأن وقف إطلاق النار وتبادل الأسرى.",
        "وأضاف المسؤول أن الجانب الإسرائيلي قد يوافق على سحب قواته من مناطق في شرق رفح «إذا أُحرز تقدم ملموس في ملف الأسرى»، من دون أن يحدد موعداً لذلك.",
    ],
    entities=[
        ("فلسطينيين", "NORP", "Palestinians"),
        ("بني سهيلا", "GPE", "Bani Suheila"),
        ("خانيونس", "GPE", "Khan Younis"),
        ("الدفاع المدني", "ORG", "Palestinian Civil Defence (Gaza)"),
        ("غزة", "GPE", "Gaza"),
        ("المواصي", "LOC", "al-Mawasi"),
        ("المركز الفلسطيني للإعلام", "ORG", "Palestinian Information Center"),
        ("جيش الاحتلال", "ORG", "Israeli military"),
        ("دير البلح", "GPE", "Deir al-Balah"),
        ("رفح", "GPE", "Rafah"),
        ("إكس", "ORG", "X (Twitter)"),
        ("كتائب القسام", "ORG", "Izz ad-Din al-Qassam Brigades"),
        ("حركة حماس", "ORG", "Hamas"),
        ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ORG", "UN Office for the Coordination of Humanitarian Affairs"),
        ("أوتشا", "ORG", "OCHA"),
        ("معبر كرم أبو سالم", "FAC", "Kerem Shalom crossing"),
        ("الأونروا", "ORG", "UNRWA"),
        ("طريق صلاح الدين", "FAC", "Salah al-Din Road"),
        ("وزارة الصحة", "ORG", "Ministry of Health (Gaza)"),
        ("القاهرة", "GPE", "Cairo"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-07-23", "day",
          A("طائرات الاحتلال", "Israeli military", "ISR", "military"),
          A("عائلة نازحة", "Displaced civilians (Gaza)", "PSE", "civilians"),
          [L("بني سهيلا", "Bani Suheila", "PS", "Gaza Strip", "city", 31.34, 34.32)], 8, None,
          "استشهد ٨ فلسطينيين، بينهم ثلاثة أطفال، وأصيب آخرون",
          S("الدفاع المدني في غزة", "official", "Palestinian Civil Defence (Gaza)"), "استشهد ٨ فلسطينيين"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-07-23", "day",
          A("مسيّرة إسرائيلية", "Israeli military", "ISR", "military"),
          A("تجمعاً لمواطنين", "Civilians (Gaza)", "PSE", "civilians"),
          [L("المواصي", "al-Mawasi", "PS", "Gaza Strip", "region", 31.34, 34.26)], 2, 1,
          "استشهاد مواطنَين وإصابة امرأة بجروح خطيرة", S("شهود عيان", "witness", "Eyewitnesses in al-Mawasi"),
          "وقال شهود عيان إن مسيّرة"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-07-23", "day",
          A("مدفعية جيش الاحتلال", "Israeli military", "ISR", "military"), None,
          [L("دير البلح", "Deir al-Balah", "PS", "Gaza Strip", "city", 31.42, 34.35)], 0, 0, "دون أن يُبلَّغ عن إصابات",
          S("المركز الفلسطيني للإعلام", "media", "Palestinian Information Center"), "مدفعية جيش الاحتلال"),
        E("COERCE", None, "asserted", "2025-07-22", "day",
          IDF, A("سكان أحياء", "Residents of eastern Rafah", "PSE", "civilians"), [RAFAH], None, None, "",
          S("الناطق باسمه", "official", "Israeli military spokesperson"), "أوامر إخلاء جديدة"),
        E("COERCE", None, "asserted", "2025-07-22", "day",
          IDF, A("سكان أحياء", "Residents of southern Khan Younis", "PSE", "civilians"),
          [L("خانيونس", "Khan Younis", "PS", "Gaza Strip", "city", 31.34, 34.30)], None, None, "",
          S("الناطق باسمه", "official", "Israeli military spokesperson"), "أوامر إخلاء جديدة"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2025-07-23", "day",
          A("كتائب القسام", "Izz ad-Din al-Qassam Brigades", "PSE", "armed_group"),
          A("دبابة إسرائيلية", "Israeli military", "ISR", "military"),
          [L("خانيونس", "Khan Younis", "PS", "Gaza Strip", "city", 31.34, 34.30)], None, None, "",
          S("كتائب القسام", "perpetrator_claim", "Izz ad-Din al-Qassam Brigades"), "وأعلنت كتائب القسام"),
        E("AID", None, "asserted", "2025-07-23", "day",
          A("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "UN humanitarian agencies (OCHA)", None, "igo"), None,
          [L("معبر كرم أبو سالم", "Kerem Shalom crossing", "IL", "Southern District", "facility", 31.23, 34.28)],
          None, None, "",
          S("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "official", "UN Office for the Coordination of Humanitarian Affairs"),
          "عبرت اليوم معبر كرم أبو سالم"),
        E("COERCE", ["Strategic developments", "Looting/property destruction"], "asserted", "2025-07-22", "day",
          A("مسلحين مجهولين", "Unidentified gunmen (Gaza)", None, "armed_group"),
          A("شاحنات طحين", "UNRWA", None, "igo"),
          [L("دير البلح", "Deir al-Balah", "PS", "Gaza Strip", "city", 31.42, 34.35)], None, None, "",
          S("الأونروا", "official", "UNRWA"), "وقالت الأونروا إن مسلحين"),
        E("CONSULT", None, "planned", "2025-07-24", "day",
          A("وفداً من حركة حماس", "Hamas", "PSE", "armed_group"),
          A("الوسطاء", "Egyptian mediators", "EGY", "government"),
          [L("القاهرة", "Cairo", "EG", "Cairo", "city", 30.04, 31.24)], None, None, "",
          S("مسؤول مصري", "anonymous", "Egyptian official"), "وفداً من حركة حماس سيصل"),
        E("RETREAT", None, "hypothetical", "2025-07-23", "day",
          A("الجانب الإسرائيلي", "Israeli military", "ISR", "military"), None, [RAFAH], None, None, "",
          S("المسؤول", "anonymous", "Egyptian official"), "قد يوافق على سحب قواته"),
    ],
    notes=("Published Wed 2025-07-23 (time stamp 9:10 PM). Dates: فجر اليوم الأربعاء / ظهر اليوم / طوال ساعات النهار / صباح "
           "اليوم / عبرت اليوم → 07-23; مساء أمس الثلاثاء (evacuation orders) and مساء أمس (aid looting) → 07-22; غداً الخميس → "
           "07-24 (planned Hamas delegation to Cairo). The hypothetical withdrawal (P10) has no date of its own and takes the "
           "publication day. Choices: P2 witnesses (witness); «مواطنَين» dual = 2 killed, «امرأة» = 1 injured. P3 0/0 from «دون أن "
           "يُبلَّغ عن إصابات», source the Palestinian Information Center (another outlet → media). P4 evacuation orders = COERCE "
           "with ACLED null, one event per place (east Rafah, south Khan Younis; al-Mawasi is only the destination). P5 al-Qassam claim on a tank, unconfirmed "
           "(«فيما لم يصدر تعليق») → claimed, Battles / Armed clash at Khan Younis. P6 aid through Kerem Shalom = AID, OCHA as "
           "actor and source (igo). P7 seizure of UNRWA flour trucks = COERCE / Looting/property destruction. P8 the health "
           "ministry's 24-hour and cumulative tolls are aggregates, not coded. P9 the Egyptian official's chain gives an "
           "anonymous source. Coordinates: al-Mawasi and Kerem Shalom as in dev; others from memory (approximate)."),
)
