"""heldout14 article specs 001-004 (invented events; real places, institutions and public figures)."""
from build_lib import A, L, S, E, OWN

# ---------------------------------------------------------------- 001
_NIONO = L("نيونو", "Niono", "ML", "Ségou", "city", 14.25, -5.99)
_JNIM = A("جماعة نصرة الإسلام والمسلمين", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "MLI", "armed_group")
_HRW = A("منظمة هيومن رايتس ووتش", "Human Rights Watch", None, "other")
A001 = dict(
    id="001_news_item", format="text", published="2024-10-16",
    title="مقتل ستة جنود في هجوم على موقع للجيش المالي في ديابالي و«نصرة الإسلام والمسلمين» تتبنى",
    head=[
        "مقتل ستة جنود في هجوم على موقع للجيش المالي في ديابالي و«نصرة الإسلام والمسلمين» تتبنى",
        "بقلم: محرر الشؤون الأفريقية",
        "16.10.2024 | 11:42 بتوقيت غرينتش",
        "مدة القراءة: 3 دقائق",
        "استمع إلى الخبر",
        "دورية للجيش المالي على طريق ترابي في منطقة سيغو (أرشيف/ فرانس برس)",
    ],
    paras=[
        "قُتل ستة جنود ماليين وأصيب تسعة آخرون، فجر أمس الثلاثاء، في هجوم شنه مسلحون على موقع للجيش في بلدة ديابالي الواقعة شمال غربي نيونو بمنطقة سيغو وسط مالي، بحسب ما أفاد به مصدر عسكري لوكالة فرانس برس.",
        "وتبنت «جماعة نصرة الإسلام والمسلمين»، المرتبطة بتنظيم القاعدة، الهجوم في بيان نشرته منصة «الزلاقة» التابعة لها مساء أمس، معلنة كذلك تفجير عبوة ناسفة بآلية عسكرية قرب بلدة ماسينا، وهو ما لم يعلق عليه الجيش حتى الآن.",
        "وقالت القوات المسلحة المالية، في بيان تلاه التلفزيون الرسمي مساء أمس، إنها «صدت الهجوم بقوة»، وإن طائراتها المسيّرة قصفت لاحقاً «ملاذات إرهابية» في غابة واغادو شمال ديابالي، ما أسفر عن «القضاء على عدد كبير من الإرهابيين».",
        "وفي سوق نيونو الأسبوعية، اقتاد جنود ماليون برفقة عناصر من مجموعة «فاغنر» الروسية، صباح اليوم الأربعاء، أكثر من عشرين رجلاً من رعاة الفولاني إلى جهة مجهولة، وفق ما رواه ثلاثة من شهود العيان لـ«منبر تمبكتو».",
        "واتهمت منظمة هيومن رايتس ووتش، في تقرير نشرته الأسبوع الماضي، الجيش المالي وحلفاءه الروس بإعدام ما لا يقل عن ٣٢ مدنياً في قرى بمنطقة سيغو منذ مطلع العام، مطالبة السلطات الانتقالية بفتح تحقيق مستقل وعاجل.",
        "في المقابل، رفضت الحكومة الانتقالية في باماكو ما ورد في التقرير، ووصفته في بيان تلاه المتحدث باسمها مساء أمس بأنه «حملة تضليل ممنهجة» تستهدف معنويات الجيش.",
        "وكانت الجماعة قد توعدت، في تسجيل صوتي بُث منتصف الشهر الماضي، بفرض حصار على نيونو والطرق المؤدية إليها إذا واصل الجيش «التنكيل بالرعاة».",
        "ومن المقرر أن يتوجه وفد من المجلس الإسلامي الأعلى في مالي إلى نيونو بعد غد الجمعة للقاء وجهاء المنطقة وبحث سبل «تجنيب السكان ويلات الحصار»، بحسب ما أفاد به مصدر في المجلس.",
        "وأعلن برنامج الأغذية العالمي، اليوم، أنه وزع مساعدات غذائية طارئة على نحو ثلاثة آلاف أسرة نازحة في مدينة سيغو، فرّ معظمها من القرى المحيطة بنيونو خلال الأسابيع الأخيرة.",
        "ويشهد وسط مالي منذ عام 2015 أعمال عنف تشنها جماعات مرتبطة بتنظيمي القاعدة و«داعش»، أودت بحياة آلاف المدنيين والعسكريين وأجبرت مئات الآلاف على النزوح، فيما تعتمد السلطات الانتقالية منذ عام 2021 على مقاتلين روس في عملياتها.",
    ],
    foot=[
        "هل لديك تعليق؟ شاركنا رأيك في خانة التعليقات",
        "التعليقات (0)",
        "الأكثر مشاهدة",
        "ارتفاع أسعار الحبوب في أسواق موبتي مع اقتراب موسم الجفاف",
        "© منبر تمبكتو 2024 - يُسمح بالاقتباس مع ذكر المصدر",
    ],
    entities=[
        ("ديابالي", "GPE", "Diabaly"),
        ("نيونو", "GPE", "Niono"),
        ("سيغو", "GPE", "Ségou"),
        ("مالي", "GPE", "Mali"),
        ("فرانس برس", "ORG", "Agence France-Presse"),
        ("جماعة نصرة الإسلام والمسلمين", "ORG", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
        ("القاعدة", "ORG", "al-Qaeda"),
        ("الزلاقة", "ORG", "Az-Zallaqa (JNIM media outlet)"),
        ("ماسينا", "GPE", "Macina"),
        ("القوات المسلحة المالية", "ORG", "Malian Armed Forces (FAMa)"),
        ("غابة واغادو", "LOC", "Wagadou Forest"),
        ("فاغنر", "ORG", "Wagner Group"),
        ("الفولاني", "NORP", "Fulani"),
        ("منبر تمبكتو", "ORG", "Minbar Timbuktu (outlet)"),
        ("منظمة هيومن رايتس ووتش", "ORG", "Human Rights Watch"),
        ("الجيش المالي", "ORG", "Malian Armed Forces (FAMa)"),
        ("باماكو", "GPE", "Bamako"),
        ("المجلس الإسلامي الأعلى", "ORG", "High Islamic Council of Mali"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("داعش", "ORG", "Islamic State"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-10-15", "day",
          A("مسلحون", "JNIM (claimed the attack)", "MLI", "armed_group"),
          A("جنود ماليين", "Malian Armed Forces (FAMa)", "MLI", "military"),
          [L("ديابالي", "Diabaly", "ML", "Ségou", "city", 14.69, -6.02)], 6, 9,
          "قُتل ستة جنود ماليين وأصيب تسعة آخرون",
          S("مصدر عسكري", "anonymous", "Malian military source (via AFP)"), "قُتل ستة جنود ماليين"),
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "claimed", "2024-10-15", "day",
          _JNIM, A("الجيش", "Malian Armed Forces (FAMa)", "MLI", "military"),
          [L("ماسينا", "Macina", "ML", "Ségou", "city", 13.96, -5.36)], None, None, "",
          S("جماعة نصرة الإسلام والمسلمين", "perpetrator_claim", "JNIM"), "تفجير عبوة ناسفة بآلية"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-10-15", "day",
          A("القوات المسلحة المالية", "Malian Armed Forces (FAMa)", "MLI", "military"),
          A("ملاذات إرهابية", "JNIM", "MLI", "armed_group"),
          [L("غابة واغادو", "Wagadou Forest", "ML", "Ségou", "region", 15.0, -6.8)], None, None,
          "القضاء على عدد كبير من الإرهابيين",
          S("القوات المسلحة المالية", "official", "Malian Armed Forces (FAMa)"), "طائراتها المسيّرة قصفت"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2024-10-16", "day",
          A("جنود ماليون", "Malian Armed Forces (FAMa) with Wagner Group", "MLI", "military"),
          A("رعاة الفولاني", "Fulani herders", "MLI", "civilians"),
          [_NIONO], None, None, "",
          S("ثلاثة من شهود العيان", "witness", "Eyewitnesses"), "اقتاد جنود ماليون"),
        E("ACCUSE", None, "asserted", "2024-10-09", "week",
          _HRW, A("الجيش المالي", "Malian Armed Forces (FAMa)", "MLI", "military"),
          [], None, None, "", S("منظمة هيومن رايتس ووتش", "ngo", "Human Rights Watch"), "واتهمت منظمة هيومن"),
        E("REJECT", None, "asserted", "2024-10-15", "day",
          A("الحكومة الانتقالية", "Transitional Government of Mali", "MLI", "government"), _HRW,
          [], None, None, "", S("الحكومة الانتقالية", "official", "Transitional Government of Mali"), "رفضت الحكومة الانتقالية"),
        E("THREATEN", None, "asserted", "2024-09-15", "month",
          A("الجماعة", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "MLI", "armed_group"),
          A("الجيش", "Malian Armed Forces (FAMa)", "MLI", "military"),
          [], None, None, "", S("الجماعة", "official", "JNIM"), "وكانت الجماعة قد توعدت"),
        E("CONSULT", None, "planned", "2024-10-18", "day",
          A("وفد من المجلس الإسلامي الأعلى", "High Islamic Council of Mali", "MLI", "other"),
          A("وجهاء المنطقة", "Niono notables", "MLI", "civilians"),
          [_NIONO], None, None, "", S("مصدر في المجلس", "anonymous", "Source in the High Islamic Council"), "ومن المقرر أن يتوجه وفد"),
        E("AID", None, "asserted", "2024-10-16", "day",
          A("برنامج الأغذية العالمي", "World Food Programme", None, "igo"),
          A("ثلاثة آلاف أسرة نازحة", "Displaced families (Ségou)", "MLI", "civilians"),
          [L("سيغو", "Ségou", "ML", "Ségou", "city", 13.43, -6.26)], None, None, "",
          S("برنامج الأغذية العالمي", "official", "World Food Programme"), "وزع مساعدات غذائية طارئة"),
    ],
    notes=("Published Wed 2024-10-16. 'فجر أمس الثلاثاء' -> 10-15 (attack on Diabaly); 'مساء أمس' -> 10-15 (JNIM statement "
           "with the claimed IED near Macina, the army statement on the drone strikes, the government's rejection); "
           "'صباح اليوم الأربعاء' / 'اليوم' -> 10-16 (Niono abductions, WFP aid); 'الأسبوع الماضي' -> week of Mon 10-07, "
           "coded Wed 10-09 with week precision (HRW report); 'منتصف الشهر الماضي' -> 2024-09-15, month precision (JNIM's "
           "threat); 'بعد غد الجمعة' -> 10-18 (planned council delegation). JNIM's claim of the Diabaly attack only names "
           "the author of an asserted attack and is not a separate event; its second claim (IED near Macina) is coded "
           "'claimed' because the text says the army has not commented. Army 'صدت الهجوم' is part of the Diabaly clash. "
           "The Niono removals to an unknown destination by soldiers with Wagner are coded ASSAULT + Abduction/forced "
           "disappearance (state forces, whereabouts unknown) rather than Arrests. The HRW executions (32 since the start "
           "of the year) are an aggregate inside an accusation and not coded; the government's rejection is a statement "
           "with no venue ('في باماكو' names the seat of government, not a venue). Wagadou Forest coordinates are "
           "approximate. The last paragraph is background."),
)

# ---------------------------------------------------------------- 002
_ERIGAVO = L("عيرغابو", "Erigavo", "SO", "Sanaag", "city", 10.62, 47.37)
_HARGEISA = L("هرجيسا", "Hargeisa", "SO", "Woqooyi Galbeed", "city", 9.56, 44.06)
A002 = dict(
    id="002_news_item", format="html", published="2025-03-11",
    title="سبعة قتلى في اشتباكات بين قوات أرض الصومال ومسلحي «خاتمة» قرب عيرغابو",
    html=dict(
        site="هرجيسا نيوز بالعربية",
        nav=["الرئيسية", "القرن الأفريقي", "الصومال", "إثيوبيا", "اقتصاد", "تقارير"],
        kicker="أمن ونزاعات",
        byline="عيرغابو - خدمة «هرجيسا نيوز» الإخبارية",
        datetime="2025-03-11T16:20",
        time="الثلاثاء 11 مارس 2025 - 16:20 بتوقيت شرق أفريقيا",
        img="/media/2025/03/erigavo-clashes.jpg",
        caption="مدخل مدينة عيرغابو في إقليم سناغ (أرشيف/ منصات التواصل)",
        share=["انشر الخبر:", "فيسبوك", "إكس", "واتساب", "نسخ الرابط"],
        tags=["موضوعات:", "أرض الصومال", "سناغ", "خاتمة"],
        related=["تقارير ذات صلة", "ما هي إدارة «خاتمة» ولماذا تتنازع مع هرجيسا؟",
                 "ارتفاع أسعار المواشي في أسواق برعو خلال رمضان"],
        footer=["عن الموقع", "سياسة الخصوصية", "راسلنا", "© 2025 هرجيسا نيوز بالعربية - جميع الحقوق محفوظة"],
    ),
    paras=[
        "اندلعت، فجر اليوم الثلاثاء، اشتباكات عنيفة بين قوات أرض الصومال ومسلحين موالين لإدارة «إس إس سي - خاتمة» في الضواحي الشرقية لمدينة عيرغابو، عاصمة إقليم سناغ، أسفرت عن مقتل 7 أشخاص على الأقل، بينهم 3 جنود، وفق ما قاله شيوخ عشائر محليون لإذاعة «صوت أمريكا» بالصومالية.",
        "وأعلنت إدارة «خاتمة»، في بيان مساء أمس، أن مقاتليها نصبوا كميناً لرتل إمداد تابع لقوات أرض الصومال قرب بلدة عيل أفوين جنوب غربي عيرغابو وكبدوه «خسائر فادحة»، في حين لم يصدر أي تعليق من وزارة الدفاع في هرجيسا على الإعلان.",
        "في المقابل، دفعت وزارة الدفاع في أرض الصومال بتعزيزات عسكرية من مدينة برعو إلى عيرغابو، ظهر اليوم، بحسب ما أفاد به شهود عيان على الطريق الرابط بين المدينتين.",
        "وأعلن محافظ إقليم سناغ، في مؤتمر صحافي عقده عصر اليوم في عيرغابو، فرض حظر للتجول في المدينة من السادسة مساءً حتى السادسة صباحاً «إلى حين عودة الهدوء».",
        "وفي هرجيسا، اعتقلت الشرطة، مساء أمس، صحافيَين يعملان لقناة تلفزيونية خاصة بعد بثهما مقابلة مع قائد ميداني في «خاتمة»، بحسب ما أعلنته رابطة صحافيي أرض الصومال في بيان.",
        "واتهم وزير الإعلام في حكومة أرض الصومال، في تصريحات بثها التلفزيون الرسمي اليوم، الحكومة الفيدرالية في مقديشو بتسليح مسلحي «خاتمة» ودفعهم إلى «زعزعة استقرار» الإقليم الشرقي.",
        "غير أن وزارة الداخلية الفيدرالية نفت، في بيان أصدرته ظهر اليوم، أن تكون قد أرسلت «أي سلاح أو مقاتلين» إلى المنطقة، مؤكدة أن الأزمة «شأن محلي يُحل بالحوار».",
        "ودعت الهيئة الحكومية للتنمية (إيغاد)، في بيان اليوم، الطرفين إلى وقف فوري لإطلاق النار والانخراط في «حوار جاد» برعاية شيوخ العشائر.",
        "ودعا حزب كولميه المعارض، في بيان مساء أمس، أنصاره إلى التظاهر في هرجيسا بعد غد الخميس احتجاجاً على ما وصفه بـ«عجز الحكومة» عن حماية الإقليم الشرقي.",
        "ويتنازع أرض الصومال، التي أعلنت انفصالها عن الصومال من جانب واحد عام 1991 ولم تحظ باعتراف دولي، وإدارة «خاتمة» المدعومة من مقديشو السيطرة على أجزاء من الأقاليم الشرقية منذ طرد قوات هرجيسا من مدينة لاسعانود عام 2023.",
    ],
    entities=[
        ("أرض الصومال", "GPE", "Somaliland"),
        ("إس إس سي - خاتمة", "ORG", "SSC-Khatumo administration"),
        ("عيرغابو", "GPE", "Erigavo"),
        ("إقليم سناغ", "GPE", "Sanaag region"),
        ("صوت أمريكا", "ORG", "Voice of America"),
        ("خاتمة", "ORG", "SSC-Khatumo administration"),
        ("عيل أفوين", "GPE", "El Afweyn"),
        ("وزارة الدفاع", "ORG", "Somaliland Ministry of Defence"),
        ("هرجيسا", "GPE", "Hargeisa"),
        ("برعو", "GPE", "Burao"),
        ("رابطة صحافيي أرض الصومال", "ORG", "Somaliland Journalists Association (SOLJA)"),
        ("مقديشو", "GPE", "Mogadishu"),
        ("وزارة الداخلية الفيدرالية", "ORG", "Somali Federal Ministry of Interior"),
        ("الهيئة الحكومية للتنمية", "ORG", "Intergovernmental Authority on Development (IGAD)"),
        ("إيغاد", "ORG", "Intergovernmental Authority on Development (IGAD)"),
        ("حزب كولميه", "ORG", "Kulmiye Party"),
        ("الصومال", "GPE", "Somalia"),
        ("لاسعانود", "GPE", "Las Anod"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-03-11", "day",
          A("قوات أرض الصومال", "Somaliland Armed Forces", "SOM", "military"),
          A("مسلحين موالين لإدارة «إس إس سي - خاتمة»", "SSC-Khatumo militia", "SOM", "armed_group"),
          [_ERIGAVO], 7, None, "مقتل 7 أشخاص على الأقل، بينهم 3 جنود",
          S("شيوخ عشائر محليون", "anonymous", "Local clan elders (via VOA Somali)"), "اشتباكات عنيفة بين قوات"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2025-03-10", "day",
          A("إدارة «خاتمة»", "SSC-Khatumo militia", "SOM", "armed_group"),
          A("رتل إمداد تابع لقوات أرض الصومال", "Somaliland Armed Forces", "SOM", "military"),
          [L("عيل أفوين", "El Afweyn", "SO", "Sanaag", "city", 9.93, 47.22)], None, None, "خسائر فادحة",
          S("إدارة «خاتمة»", "perpetrator_claim", "SSC-Khatumo administration"), "نصبوا كميناً لرتل"),
        E("MOBILIZE", None, "asserted", "2025-03-11", "day",
          A("وزارة الدفاع في أرض الصومال", "Somaliland Armed Forces", "SOM", "military"), None,
          [_ERIGAVO], None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "دفعت وزارة الدفاع في أرض"),
        E("COERCE", None, "asserted", "2025-03-11", "day",
          A("محافظ إقليم سناغ", "Governor of Sanaag (Somaliland)", "SOM", "government"), None,
          [_ERIGAVO], None, None, "", S("محافظ إقليم سناغ", "official", "Governor of Sanaag (Somaliland)"), "فرض حظر للتجول"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-03-10", "day",
          A("الشرطة", "Somaliland Police", "SOM", "police"),
          A("صحافيَين", "Journalists (private TV channel)", "SOM", "media"),
          [_HARGEISA], None, None, "",
          S("رابطة صحافيي أرض الصومال", "ngo", "Somaliland Journalists Association (SOLJA)"), "اعتقلت الشرطة، مساء أمس"),
        E("ACCUSE", None, "asserted", "2025-03-11", "day",
          A("وزير الإعلام في حكومة أرض الصومال", "Somaliland Minister of Information", "SOM", "government"),
          A("الحكومة الفيدرالية", "Federal Government of Somalia", "SOM", "government"),
          [], None, None, "", S("وزير الإعلام في حكومة أرض الصومال", "official", "Somaliland Minister of Information"),
          "واتهم وزير الإعلام"),
        E("AID", None, "denied", "2025-03-11", "day",
          A("وزارة الداخلية الفيدرالية", "Federal Government of Somalia", "SOM", "government"),
          A("مسلحي «خاتمة»", "SSC-Khatumo militia", "SOM", "armed_group"),
          [], None, None, "", S("وزارة الداخلية الفيدرالية", "official", "Somali Federal Ministry of Interior"),
          "غير أن وزارة الداخلية الفيدرالية نفت"),
        E("REQUEST", None, "asserted", "2025-03-11", "day",
          A("الهيئة الحكومية للتنمية", "Intergovernmental Authority on Development (IGAD)", None, "igo"),
          A("الطرفين", "Somaliland forces and SSC-Khatumo", "SOM", "other"),
          [], None, None, "", S("الهيئة الحكومية للتنمية", "official", "IGAD"), "ودعت الهيئة الحكومية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2025-03-13", "day",
          A("أنصاره", "Kulmiye Party supporters", "SOM", "protesters"), None,
          [_HARGEISA], None, None, "", S("حزب كولميه", "official", "Kulmiye Party"), "ودعا حزب كولميه"),
    ],
    notes=("Published Tue 2025-03-11 (HTML). 'فجر اليوم الثلاثاء' / 'ظهر اليوم' / 'عصر اليوم' / 'اليوم' -> 03-11 (Erigavo "
           "clash, reinforcements, curfew, accusation, denial, IGAD call); 'مساء أمس' -> 03-10 (Khatumo's claimed ambush "
           "near El Afweyn, arrests of two journalists in Hargeisa, Kulmiye's call); 'بعد غد الخميس' -> 03-13 (planned "
           "protest). Somaliland actors carry SOM and places SO (Somaliland has no ISO code). The ambush is 'claimed' "
           "(the text says Hargeisa did not comment) and dated on the statement day. The curfew is COERCE with ACLED null "
           "(as dev-007). The federal denial of sending arms or fighters is coded as a denied AID event (military aid), "
           "dated on the day of the accusation it answers, with no place. IGAD's call to 'الطرفين' is one REQUEST. "
           "The governor of Sanaag and the Somaliland information minister are left unnamed. The last paragraph is "
           "background."),
)

# ---------------------------------------------------------------- 003
_ASWAN = L("أسوان", "Aswan", "EG", "Aswan", "city", 24.09, 32.9)
A003 = dict(
    id="003_news_item", format="text", published="2024-06-20",
    title="حملة توقيفات تطال عشرات اللاجئين السودانيين في أسوان وترحيل العشرات عبر أرقين",
    head=[
        "حملة توقيفات تطال عشرات اللاجئين السودانيين في أسوان وترحيل العشرات عبر أرقين",
        "أسوان - «بوابة النوبة»",
        "الخميس 2024/06/20 - 03:10 م",
        "حفظ | نسخ الرابط | إرسال بالبريد",
        "حافلة تقل عائدين سودانيين قرب منفذ أرقين البري (أرشيف/ الأناضول)",
    ],
    paras=[
        "أوقفت قوات الأمن المصرية، مساء أمس الأربعاء، نحو ستين لاجئاً سودانياً خلال حملة مداهمات طالت أحياء عدة في مدينة أسوان، بدعوى عدم حيازتهم تصاريح إقامة سارية، بحسب ما رواه لاجئون شهدوا المداهمات لـ«بوابة النوبة».",
        "وقال مصدر أمني، طلب عدم الكشف عن هويته، إن السلطات رحّلت صباح اليوم الخميس ٤٢ من الموقوفين على متن حافلات عبر منفذ أرقين البري إلى الأراضي السودانية، فيما أُفرج عن آخرين بعد تسوية أوضاعهم.",
        "واتهمت «منصة اللاجئين في مصر»، في بيان اليوم، السلطات بترحيل طالبي لجوء مسجلين لدى مفوضية الأمم المتحدة لشؤون اللاجئين «قسراً» إلى بلد يشهد حرباً، في مخالفة لالتزامات مصر الدولية.",
        "من جهتها، أعلنت المفوضية أنها قدمت، بالتعاون مع الهلال الأحمر المصري، مساعدات نقدية وغذائية لألف ومئتي أسرة سودانية في أسوان خلال الأسبوع الماضي.",
        "وبحث محافظ أسوان، خلال لقائه القنصل العام السوداني في المدينة ظهر اليوم، أوضاع الجالية السودانية وآليات تسوية أوضاع المقيمين بصورة غير نظامية، بحسب بيان صادر عن مكتبه الإعلامي.",
        "وطالبت وزارة الخارجية السودانية، في بيان اليوم، السلطات المصرية بـ«مراعاة الظروف الإنسانية» للفارين من الحرب ووقف عمليات الترحيل إلى حين «تحسن الأوضاع الأمنية».",
        "وكان عشرات اللاجئين السودانيين قد نظموا، عصر أمس، وقفة احتجاجية أمام مكتب المفوضية في مدينة السادس من أكتوبر، قبل أن تفرقهم الشرطة من دون توقيفات، وفق ما أفاد به مراسلنا.",
        "ونفت وزارة الداخلية، في بيان مساء أمس، ما تداولته صفحات على مواقع التواصل الاجتماعي عن تعرض محتجزين سودانيين للضرب داخل قسم شرطة بأسوان، مؤكدة أن «جميع الإجراءات تتم وفق القانون».",
        "وتقول الأمم المتحدة إن مصر استقبلت أكثر من ٥٠٠ ألف سوداني منذ اندلاع الحرب بين الجيش وقوات الدعم السريع في أبريل 2023، يقيم كثير منهم في أسوان والقاهرة والجيزة.",
    ],
    foot=[
        "تابعوا «بوابة النوبة» على واتساب",
        "مواضيع قد تهمك:",
        "افتتاح موسم الحصاد في كوم أمبو وسط ارتفاع أسعار الأسمدة",
        "انقطاع المياه عن قرى غرب أسوان لمدة ١٢ ساعة",
        "جميع الحقوق محفوظة لبوابة النوبة © 2024",
    ],
    entities=[
        ("أسوان", "GPE", "Aswan"),
        ("بوابة النوبة", "ORG", "Bawabat al-Nuba (outlet)"),
        ("منفذ أرقين البري", "FAC", "Argeen land port"),
        ("منصة اللاجئين في مصر", "ORG", "Refugees Platform in Egypt"),
        ("مفوضية الأمم المتحدة لشؤون اللاجئين", "ORG", "UNHCR"),
        ("مصر", "GPE", "Egypt"),
        ("الهلال الأحمر المصري", "ORG", "Egyptian Red Crescent"),
        ("وزارة الخارجية السودانية", "ORG", "Sudanese Ministry of Foreign Affairs"),
        ("السادس من أكتوبر", "GPE", "6th of October City"),
        ("وزارة الداخلية", "ORG", "Egyptian Ministry of Interior"),
        ("الأمم المتحدة", "ORG", "United Nations"),
        ("سوداني", "NORP", "Sudanese"),
        ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
        ("القاهرة", "GPE", "Cairo"),
        ("الجيزة", "GPE", "Giza"),
    ],
    events=[
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-06-19", "day",
          A("قوات الأمن المصرية", "Egyptian security forces", "EGY", "police"),
          A("نحو ستين لاجئاً سودانياً", "Sudanese refugees", "SDN", "civilians"),
          [_ASWAN], None, None, "", S("لاجئون شهدوا المداهمات", "witness", "Refugee eyewitnesses"), "أوقفت قوات الأمن المصرية"),
        E("COERCE", None, "asserted", "2024-06-20", "day",
          A("السلطات", "Egyptian authorities", "EGY", "government"),
          A("٤٢ من الموقوفين", "Sudanese refugees", "SDN", "civilians"),
          [L("منفذ أرقين البري", "Argeen land port", "EG", "Aswan", "facility", 22.0, 31.3)], None, None, "",
          S("مصدر أمني", "anonymous", "Egyptian security source"), "إن السلطات رحّلت"),
        E("ACCUSE", None, "asserted", "2024-06-20", "day",
          A("منصة اللاجئين في مصر", "Refugees Platform in Egypt", "EGY", "other"),
          A("السلطات", "Egyptian authorities", "EGY", "government"),
          [], None, None, "", S("منصة اللاجئين في مصر", "ngo", "Refugees Platform in Egypt"), "واتهمت «منصة اللاجئين"),
        E("AID", None, "asserted", "2024-06-12", "week",
          A("المفوضية", "UNHCR", None, "igo"),
          A("ألف ومئتي أسرة سودانية", "Sudanese refugee families (Aswan)", "SDN", "civilians"),
          [_ASWAN], None, None, "", S("المفوضية", "official", "UNHCR"), "مساعدات نقدية وغذائية"),
        E("CONSULT", None, "asserted", "2024-06-20", "day",
          A("محافظ أسوان", "Governor of Aswan", "EGY", "government"),
          A("القنصل العام السوداني", "Consul General of Sudan in Aswan", "SDN", "government"),
          [_ASWAN], None, None, "", S("مكتبه الإعلامي", "official", "Aswan Governor's media office"), "وبحث محافظ أسوان"),
        E("REQUEST", None, "asserted", "2024-06-20", "day",
          A("وزارة الخارجية السودانية", "Sudanese Ministry of Foreign Affairs", "SDN", "government"),
          A("السلطات المصرية", "Government of Egypt", "EGY", "government"),
          [], None, None, "", S("وزارة الخارجية السودانية", "official", "Sudanese Ministry of Foreign Affairs"),
          "وطالبت وزارة الخارجية السودانية"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2024-06-19", "day",
          A("عشرات اللاجئين السودانيين", "Sudanese refugees", "SDN", "protesters"),
          A("الشرطة", "Egyptian police", "EGY", "police"),
          [L("السادس من أكتوبر", "6th of October City", "EG", "Giza", "city", 29.94, 30.91)], None, None, "",
          OWN, "وقفة احتجاجية أمام مكتب المفوضية"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2024-06-19", "day",
          A("قسم شرطة", "Egyptian police", "EGY", "police"),
          A("محتجزين سودانيين", "Sudanese detainees", "SDN", "civilians"),
          [_ASWAN], None, None, "", S("وزارة الداخلية", "official", "Egyptian Ministry of Interior"), "ونفت وزارة الداخلية"),
    ],
    notes=("Published Thu 2024-06-20. 'مساء أمس الأربعاء' / 'عصر أمس' / 'مساء أمس' -> 06-19 (Aswan arrests, the protest "
           "at the UNHCR office in 6th of October City, the Interior Ministry's denial); 'صباح اليوم الخميس' / 'اليوم' / "
           "'ظهر اليوم' -> 06-20 (deportation via Argeen, the NGO accusation, the governor-consul meeting, Sudan's "
           "request); 'خلال الأسبوع الماضي' -> week of Mon 06-10, coded Wed 06-12 with week precision (UNHCR aid). The "
           "deportation is COERCE with ACLED null (a removal, not an ACLED category). The denied beating is ASSAULT + "
           "Violence against civilians/Attack, dated on the day of the denial, placed in Aswan; the police station "
           "is the alleged actor. The Refugees Platform in Egypt is an NGO (source ngo, role other). 'المفوضية' "
           "(short generic form) is not listed as an entity; the governor is unnamed. The 60 arrested and 42 deported "
           "are head counts, not casualties. The last paragraph is background."),
)

# ---------------------------------------------------------------- 004
_KUMAIT = L("كميت", "Kumait", "IQ", "Maysan", "city", 32.04, 46.88)
_AMARAH = L("العمارة", "Amarah", "IQ", "Maysan", "city", 31.84, 47.14)
A004 = dict(
    id="004_news_item", format="text", published="2026-04-11",
    title="أربعة قتلى بنزاع عشائري في كميت واتفاق «عطوة» برعاية وجهاء ميسان",
    head=[
        "أربعة قتلى بنزاع عشائري في كميت واتفاق «عطوة» برعاية وجهاء ميسان",
        "العمارة - «ميسان برس»",
        "السبت | 11 نيسان 2026",
        "عدد المشاهدات: 1,245",
        "طباعة الخبر",
        "قوة أمنية عراقية في أحد شوارع العمارة (أرشيف/ واع)",
    ],
    paras=[
        "قُتل أربعة أشخاص وأصيب ستة آخرون، ليل أمس الجمعة، في نزاع عشائري استُخدمت فيه الأسلحة المتوسطة بين عشيرتين في ناحية كميت شمالي محافظة ميسان، على خلفية خلاف قديم على أراضٍ زراعية، بحسب ما أفاد به مصدر في شرطة المحافظة.",
        "وعلى إثر ذلك، دفعت قيادة شرطة ميسان بقطعات من الشرطة الاتحادية إلى الناحية فجر اليوم السبت، وفرضت طوقاً أمنياً حول القرى التي شهدت الاشتباكات، وفق بيان للقيادة.",
        "وأعلنت القيادة، في البيان ذاته، اعتقال تسعة متهمين بالمشاركة في النزاع وضبط ١٤ قطعة سلاح بينها رشاشات متوسطة، وإحالتهم إلى القضاء.",
        "وفي مدينة العمارة، ألقى مجهولون قنبلة يدوية على منزل ضابط في مديرية شؤون المخدرات ليل الخميس، من دون أن تسفر عن إصابات بشرية، بحسب ما أفادت به قناة «السومرية» المحلية.",
        "ودعا محافظ ميسان، خلال اجتماع أمني طارئ عقده في العمارة ظهر اليوم، شيوخ العشائر إلى «تحكيم لغة العقل» وتسليم المطلوبين، مشدداً على أن «هيبة الدولة خط أحمر».",
        "وأسفرت وساطة قادها وجهاء من عشائر المحافظة، عصر اليوم، عن توقيع ممثلي العشيرتين اتفاق «عطوة» لمدة ثلاثة أشهر يقضي بوقف الأعمال الانتقامية، بحسب ما أفاد به مصدر عشائري.",
        "في المقابل، اتهم نائب عن محافظة ميسان في مجلس النواب، في تصريح صحافي اليوم، الأجهزة الأمنية بـ«التراخي» في تنفيذ قرارات حصر السلاح بيد الدولة، محملاً إياها مسؤولية تكرار النزاعات.",
        "من جهتهم، أبدى شيوخ إحدى العشيرتين، في بيان، استعدادهم لتسليم المتهمين بإطلاق النار إلى القضاء في حال تعهدت الحكومة المحلية بضمان «محاكمة عادلة» لهم.",
        "وتشهد محافظات جنوب العراق، ولا سيما ميسان والبصرة وذي قار، عشرات النزاعات العشائرية سنوياً تُستخدم فيها أسلحة متوسطة وثقيلة، رغم حملات حصر السلاح التي تعلنها الحكومة الاتحادية بين حين وآخر.",
    ],
    foot=[
        "الكلمات الدالة: ميسان | كميت | النزاعات العشائرية",
        "أخبار ذات صلة:",
        "افتتاح جسر جديد على نهر دجلة في قلعة صالح",
        "© ميسان برس 2026 - جميع الحقوق محفوظة",
    ],
    entities=[
        ("كميت", "GPE", "Kumait"),
        ("ميسان", "GPE", "Maysan"),
        ("قيادة شرطة ميسان", "ORG", "Maysan Police Command"),
        ("الشرطة الاتحادية", "ORG", "Iraqi Federal Police"),
        ("العمارة", "GPE", "Amarah"),
        ("مديرية شؤون المخدرات", "ORG", "General Directorate of Narcotics Affairs (Iraq)"),
        ("السومرية", "ORG", "Alsumaria TV"),
        ("مجلس النواب", "ORG", "Council of Representatives of Iraq"),
        ("العراق", "GPE", "Iraq"),
        ("البصرة", "GPE", "Basra"),
        ("ذي قار", "GPE", "Dhi Qar"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-04-10", "day",
          A("عشيرتين", "Clan militia (Kumait)", "IRQ", "armed_group"),
          A("عشيرتين", "Clan militia (Kumait)", "IRQ", "armed_group"),
          [_KUMAIT], 4, 6, "قُتل أربعة أشخاص وأصيب ستة آخرون",
          S("مصدر في شرطة المحافظة", "anonymous", "Maysan police source"), "نزاع عشائري استُخدمت"),
        E("MOBILIZE", None, "asserted", "2026-04-11", "day",
          A("قيادة شرطة ميسان", "Maysan Police Command", "IRQ", "police"), None,
          [_KUMAIT], None, None, "", S("قيادة شرطة ميسان", "official", "Maysan Police Command"), "بقطعات من الشرطة الاتحادية"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-04-11", "day",
          A("القيادة", "Maysan Police Command", "IRQ", "police"),
          A("تسعة متهمين", "Clan fighters (Kumait)", "IRQ", "armed_group"),
          [_KUMAIT], None, None, "", S("القيادة", "official", "Maysan Police Command"), "اعتقال تسعة متهمين"),
        E("ASSAULT", ["Explosions/Remote violence", "Grenade"], "asserted", "2026-04-09", "day",
          A("مجهولون", "Unidentified assailants", None, "armed_group"),
          A("ضابط في مديرية شؤون المخدرات", "Iraqi counter-narcotics officer", "IRQ", "police"),
          [_AMARAH], 0, 0, "من دون أن تسفر عن إصابات بشرية",
          S("السومرية", "media", "Alsumaria TV"), "ألقى مجهولون قنبلة"),
        E("REQUEST", None, "asserted", "2026-04-11", "day",
          A("محافظ ميسان", "Governor of Maysan", "IRQ", "government"),
          A("شيوخ العشائر", "Maysan clan sheikhs", "IRQ", "other"),
          [_AMARAH], None, None, "", S("محافظ ميسان", "official", "Governor of Maysan"), "ودعا محافظ ميسان"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2026-04-11", "day",
          A("ممثلي العشيرتين", "Representatives of the two Kumait clans", "IRQ", "other"), None,
          [_KUMAIT], None, None, "", S("مصدر عشائري", "anonymous", "Tribal source"), "توقيع ممثلي العشيرتين"),
        E("ACCUSE", None, "asserted", "2026-04-11", "day",
          A("نائب عن محافظة ميسان", "Maysan MP", "IRQ", "political_party"),
          A("الأجهزة الأمنية", "Iraqi security forces", "IRQ", "police"),
          [], None, None, "", S("نائب عن محافظة ميسان", "official", "Maysan MP"), "اتهم نائب عن محافظة"),
        E("CONCEDE", None, "hypothetical", "2026-04-11", "day",
          A("شيوخ إحدى العشيرتين", "Sheikhs of one Kumait clan", "IRQ", "other"),
          A("الحكومة المحلية", "Maysan local government", "IRQ", "government"),
          [], None, None, "", S("شيوخ إحدى العشيرتين", "official", "Sheikhs of one Kumait clan"), "أبدى شيوخ إحدى"),
    ],
    notes=("Published Sat 2026-04-11. 'ليل أمس الجمعة' -> 04-10 (Kumait clash); 'فجر اليوم السبت' / 'ظهر اليوم' / 'عصر "
           "اليوم' / 'اليوم' -> 04-11 (reinforcements, arrests, the governor's call in Amarah, the truce, the MP's "
           "accusation); 'ليل الخميس' -> 04-09 (grenade in Amarah). The clash between two clans is Battles/Armed clash "
           "between communal militias; both actors share the span «عشيرتين». The reinforcements and the arrests come "
           "from the same police statement and are two events (MOBILIZE, COERCE+Arrests). The grenade 'من دون أن تسفر "
           "عن إصابات بشرية' is 0/0; Alsumaria is a TV channel speaking for itself (media). The «عطوة» truce is AGREE + "
           "Agreement placed at Kumait; mediators are unnamed notables. The clan sheikhs' offer to hand over the "
           "shooters 'في حال تعهدت…' is CONCEDE, hypothetical, dated on publication day, no place. The MP and the "
           "governor are unnamed. The 14 seized weapons and 9 arrested are head counts. Kumait coordinates are "
           "approximate. The last paragraph is background."),
)
