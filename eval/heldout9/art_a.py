"""heldout9 article specs 001-004 (invented articles; real places, institutions and public figures)."""
from build_lib import A, L, S, E, OWN

AIR = ["Explosions/Remote violence", "Air/drone strike"]
SHELL = ["Explosions/Remote violence", "Shelling/artillery/missile attack"]
CLASH = ["Battles", "Armed clash"]
ARREST = ["Strategic developments", "Arrests"]

# ---------------------------------------------------------------- 001 Lebanon, Bekaa
ISR_MIL = ("Israeli military", "ISR", "military")
HEZ = ("Hezbollah", "LBN", "armed_group")
L_BRITAL = L("بريتال", "Brital", "LB", "Baalbek-Hermel", "city", 33.95, 36.23)
L_DOURIS = L("دورس", "Douris", "LB", "Baalbek-Hermel", "city", 33.99, 36.19)
L_BAALBEK = L("بعلبك", "Baalbek", "LB", "Baalbek-Hermel", "city", 34.01, 36.21)
L_RAMAT = L("قاعدة رامات دافيد الجوية", "Ramat David Airbase", "IL", "Northern District", "facility", 32.67, 35.18)
L_METULA = L("المطلة", "Metula", "IL", "Northern District", "city", 33.28, 35.58)
L_NABICHIT = L("النبي شيت", "Nabi Chit", "LB", "Baalbek-Hermel", "city", 33.87, 36.11)

A001 = {
    "id": "001_lebanon_bekaa-strikes",
    "format": "text",
    "published": "2024-10-22",
    "title": "غارات إسرائيلية على بريتال ودورس وبعلبك و«حزب الله» يستهدف قاعدة رامات دافيد",
    "head": [
        "غارات إسرائيلية على بريتال ودورس وبعلبك و«حزب الله» يستهدف قاعدة رامات دافيد",
        "الثلاثاء ٢٢ تشرين الأول ٢٠٢٤ - ١٦:٢٠",
        "بعلبك - مراسل «البقاع نيوز»",
        "سيارات الإسعاف في موقع غارة سابقة على أطراف بعلبك (أرشيف/ الوكالة الوطنية للإعلام)",
        "A+ A-",
    ],
    "paras": [
        "قُتل خمسة أشخاص، بينهم طفلان، وأصيب ١١ آخرون بجروح، فجر اليوم الثلاثاء، جراء غارة إسرائيلية استهدفت منزلاً في بلدة بريتال جنوب شرقي مدينة بعلبك، وفق ما أعلنت وزارة الصحة العامة اللبنانية في بيان.",
        "وقالت الوكالة الوطنية للإعلام إن مسيّرة إسرائيلية استهدفت، صباح اليوم، سيارة على طريق بلدة دورس عند المدخل الجنوبي لمدينة بعلبك، ما أدى إلى مقتل شخصين كانا بداخلها.",
        "وفي مدينة بعلبك، أغارت الطائرات الحربية الإسرائيلية، ليل أمس الاثنين، على مبنى سكني وسط المدينة بعد إنذار بالإخلاء نشره المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي، من دون أن تسجل إصابات. وقال شهود عيان إن الغارة سوّت المبنى بالأرض وألحقت أضراراً بمبانٍ مجاورة على بعد مئات الأمتار من قلعة بعلبك الأثرية.",
        "في المقابل، أعلن «حزب الله»، في بيان عصر اليوم، أن مقاتليه استهدفوا قاعدة رامات دافيد الجوية جنوب شرقي مدينة حيفا بصلية من الصواريخ النوعية، «رداً على المجازر التي يرتكبها العدو بحق المدنيين في البقاع».",
        "وأضاف الحزب، في بيان ثانٍ، أن مقاتليه استهدفوا مساء أمس بسرب من المسيّرات الانقضاضية تجمعاً لجنود إسرائيليين في مستوطنة المطلة، «محققين إصابات مؤكدة».",
        "من جهته، قال الجيش الإسرائيلي، في بيان، إن طائراته أغارت ليل أمس على منصة لإطلاق الصواريخ تابعة لـ«حزب الله» قرب بلدة النبي شيت في البقاع، زاعماً أنها استُخدمت في إطلاق صواريخ نحو الجليل الأعلى.",
        "سياسياً، بحث رئيس حكومة تصريف الأعمال نجيب ميقاتي، في اتصال هاتفي اليوم مع المبعوث الأميركي آموس هوكستين، الجهود المبذولة للتوصل إلى وقف لإطلاق النار وتطبيق القرار ١٧٠١، بحسب ما أفاد به مكتبه الإعلامي.",
        "ومن المقرر أن يترأس محافظ بعلبك الهرمل بشير خضر اجتماعاً طارئاً لخلية الأزمة غداً الأربعاء لبحث أوضاع آلاف النازحين من القرى المستهدفة، بحسب ما أعلنت المحافظة.",
        "ومنذ توسيع إسرائيل عملياتها العسكرية في لبنان في ٢٣ أيلول الماضي، قُتل أكثر من ٦٠٠ شخص في محافظة بعلبك الهرمل جراء الغارات، بحسب إحصاءات رسمية، فيما نزح عشرات الآلاف من سكان المنطقة.",
    ],
    "foot": [
        "اقرأ أيضاً: ارتفاع أعداد النازحين من البقاع إلى مراكز الإيواء في زحلة",
        "مواضيع ذات صلة: البقاع | بعلبك | حزب الله",
        "جميع الحقوق محفوظة © ٢٠٢٤ البقاع نيوز",
    ],
    "entities": [
        ("بريتال", "GPE", "Brital"),
        ("بعلبك", "GPE", "Baalbek"),
        ("وزارة الصحة العامة اللبنانية", "ORG", "Lebanese Ministry of Public Health"),
        ("الوكالة الوطنية للإعلام", "ORG", "National News Agency (Lebanon)"),
        ("دورس", "GPE", "Douris"),
        ("الجيش الإسرائيلي", "ORG", "Israeli military"),
        ("أفيخاي أدرعي", "PER", "Avichay Adraee"),
        ("قلعة بعلبك", "FAC", "Baalbek citadel"),
        ("حزب الله", "ORG", "Hezbollah"),
        ("قاعدة رامات دافيد الجوية", "FAC", "Ramat David Airbase"),
        ("حيفا", "GPE", "Haifa"),
        ("البقاع", "LOC", "Beqaa Valley"),
        ("المطلة", "GPE", "Metula"),
        ("النبي شيت", "GPE", "Nabi Chit"),
        ("الجليل الأعلى", "LOC", "Upper Galilee"),
        ("نجيب ميقاتي", "PER", "Najib Mikati"),
        ("آموس هوكستين", "PER", "Amos Hochstein"),
        ("بعلبك الهرمل", "GPE", "Baalbek-Hermel Governorate"),
        ("بشير خضر", "PER", "Bashir Khodr"),
        ("إسرائيل", "GPE", "Israel"),
        ("لبنان", "GPE", "Lebanon"),
    ],
    "events": [
        E("ASSAULT", AIR, "asserted", "2024-10-22", "day",
          A("الجيش الإسرائيلي", *ISR_MIL), A("خمسة أشخاص", "Civilians (Lebanon)", "LBN", "civilians"), [L_BRITAL],
          5, 11, "قُتل خمسة أشخاص، بينهم طفلان، وأصيب ١١ آخرون بجروح",
          S("وزارة الصحة العامة اللبنانية", "official", "Lebanese Ministry of Public Health"), "منزلاً في بلدة بريتال"),
        E("ASSAULT", AIR, "asserted", "2024-10-22", "day",
          A("مسيّرة إسرائيلية", *ISR_MIL), None, [L_DOURIS],
          2, None, "مقتل شخصين",
          S("الوكالة الوطنية للإعلام", "wire", "National News Agency (Lebanon)"), "طريق بلدة دورس"),
        E("ASSAULT", AIR, "asserted", "2024-10-21", "day",
          A("الطائرات الحربية الإسرائيلية", *ISR_MIL), None, [L_BAALBEK],
          0, 0, "من دون أن تسجل إصابات", OWN, "أغارت الطائرات الحربية الإسرائيلية"),
        E("ASSAULT", SHELL, "claimed", "2024-10-22", "day",
          A("حزب الله", *HEZ), A("قاعدة رامات دافيد الجوية", *ISR_MIL), [L_RAMAT],
          None, None, "", S("حزب الله", "perpetrator_claim", "Hezbollah"), "قاعدة رامات دافيد الجوية جنوب"),
        E("ASSAULT", AIR, "claimed", "2024-10-21", "day",
          A("حزب الله", *HEZ), A("تجمعاً لجنود إسرائيليين", *ISR_MIL), [L_METULA],
          None, None, "إصابات مؤكدة", S("الحزب", "perpetrator_claim", "Hezbollah"), "مستوطنة المطلة"),
        E("ASSAULT", AIR, "asserted", "2024-10-21", "day",
          A("الجيش الإسرائيلي", *ISR_MIL), A("حزب الله", *HEZ), [L_NABICHIT],
          None, None, "", S("الجيش الإسرائيلي", "official", "Israeli military"), "النبي شيت"),
        E("CONSULT", None, "asserted", "2024-10-22", "day",
          A("نجيب ميقاتي", "Najib Mikati", "LBN", "government"), A("آموس هوكستين", "Amos Hochstein", "USA", "government"), [],
          None, None, "", S("مكتبه الإعلامي", "official", "Lebanese Prime Minister's media office"), "آموس هوكستين"),
        E("CONSULT", None, "planned", "2024-10-23", "day",
          A("بشير خضر", "Bashir Khodr", "LBN", "government"), None, [],
          None, None, "", S("المحافظة", "official", "Baalbek-Hermel Governorate"), "بشير خضر"),
    ],
    "notes": (
        "Publication Tuesday 2024-10-22. Eight events. The Brital strike's actor1 is the Israeli military (the sentence says "
        "«غارة إسرائيلية»; the army's name is taken from the body, as dev-011 does). Douris: NNA speaking for itself = wire; "
        "dual «شخصين» = 2. Baalbek strike «ليل أمس الاثنين» = 2024-10-21 with an explicit «من دون أن تسجل إصابات» → 0/0; "
        "Adraee's evacuation warning inside that sentence is not coded separately; the witness sentence that follows only "
        "describes the damage of the same strike and is not a second event. Hezbollah's two claims (Ramat David rockets "
        "today, Metula drones «مساء أمس») are `claimed`/perpetrator_claim because no one else in the text confirms them; "
        "Metula's «إصابات مؤكدة» gives no number. The IDF's own Nabi Chit strike is asserted/official. Mikati-Hochstein "
        "call = CONSULT without place; Khodr's crisis-cell meeting «غداً الأربعاء» = planned 2024-10-23, no place named. "
        "Last paragraph (toll since 23 September) is an aggregate, not coded. «الحزب» and «العدو» are not entities."
    ),
}

# ---------------------------------------------------------------- 002 Sudan, Kosti / Port Sudan
SAF = ("Sudanese Armed Forces", "SDN", "military")
RSF = ("Rapid Support Forces", "SDN", "armed_group")
L_KOSTI = L("كوستي", "Kosti", "SD", "White Nile", "city", 13.16, 32.66)
L_FLAMINGO = L("قاعدة فلامنغو البحرية", "Flamingo naval base, Port Sudan", "SD", "Red Sea", "facility", 19.63, 37.23)
L_NAHUD = L("النهود", "En Nahud", "SD", "West Kordofan", "city", 12.70, 28.43)

A002 = {
    "id": "002_sudan_kosti-portsudan-drones",
    "format": "text",
    "published": "2025-10-15",
    "title": "مسيّرات تستهدف محطة كهرباء كوستي وقاعدة فلامنغو في بورتسودان والجيش يعلن التصدي",
    "head": [
        "الأربعاء 23 ربيع الآخر 1447 هـ - 15 أكتوبر 2025",
        "مسيّرات تستهدف محطة كهرباء كوستي وقاعدة فلامنغو في بورتسودان والجيش يعلن التصدي",
        "بورتسودان - «السودان الآن»",
        "عمال إطفاء يحاولون إخماد حريق في منشأة نفطية ببورتسودان (أرشيف/ فرانس برس)",
        "شارك الخبر: واتساب | فيسبوك | إكس",
    ],
    "paras": [
        "استهدفت طائرات مسيّرة، فجر اليوم الأربعاء، محطة التحويل الرئيسية للكهرباء في مدينة كوستي بولاية النيل الأبيض، ما أدى إلى إصابة 3 من عمال المحطة واندلاع حريق كبير وانقطاع التيار الكهربائي عن المدينة، وفق ما أعلنته الشركة السودانية لتوزيع الكهرباء.",
        "وقال الناطق الرسمي باسم القوات المسلحة السودانية العميد نبيل عبد الله، في بيان، إن الدفاعات الأرضية تصدت لعدد من المسيّرات الاستراتيجية التي أطلقتها «ميليشيا الدعم السريع» باتجاه كوستي، وأسقطت ثلاثاً منها قبل بلوغها أهدافها.",
        "وفي بورتسودان، قال مصدر عسكري، طلب عدم ذكر اسمه، لوكالة فرانس برس إن مسيّرة انتحارية أصابت، مساء أمس الثلاثاء، مستودعاً للوقود داخل قاعدة فلامنغو البحرية شمالي المدينة، ما أدى إلى إصابة أربعة من أفراد الحراسة بجروح. وقال سكان إن ألسنة اللهب ظلت تتصاعد من القاعدة حتى ساعات الفجر، فيما سُمع دوي المضادات الأرضية في أحياء عدة من المدينة.",
        "في المقابل، نفت قوات الدعم السريع، في بيان نشرته على منصة تلغرام اليوم، مسؤوليتها عن استهداف محطة الكهرباء في كوستي، وقالت إنها «لا تستهدف المنشآت المدنية».",
        "وأعلن الجيش، في البيان ذاته، أن سلاح الجو نفّذ ليل الاثنين غارات على تجمعات لقوات الدعم السريع في محيط مدينة النهود بولاية غرب كردفان، ما أسفر عن مقتل «العشرات» من عناصرها وتدمير 20 مركبة قتالية.",
        "وطالبت حكومة ولاية النيل الأبيض، في بيان اليوم، الحكومة الاتحادية بتوفير مولدات طارئة لتشغيل مستشفى كوستي التعليمي ومحطات ضخ المياه، بعد توقفها عن العمل جراء انقطاع الكهرباء.",
        "ومن المقرر أن تصل إلى كوستي، يوم السبت المقبل، قافلة تابعة لبرنامج الأغذية العالمي تحمل مولدات ووقوداً لتشغيل المرافق الصحية، بحسب ما أفاد به مصدر في البرنامج.",
        "وتتعرض مدن خاضعة لسيطرة الجيش، بينها بورتسودان وكوستي وعطبرة، منذ أيار/مايو الماضي لهجمات متكررة بالمسيّرات تحمّل الحكومة قوات الدعم السريع مسؤوليتها، ألحقت أضراراً واسعة بمحطات الكهرباء ومستودعات الوقود.",
    ],
    "foot": [
        "اقرأ أيضاً: ارتفاع أسعار الوقود في ولايات الوسط مع تعطل الإمدادات",
        "الوسوم: كوستي | بورتسودان | المسيّرات | الدعم السريع",
        "© 2025 السودان الآن - جميع الحقوق محفوظة",
    ],
    "entities": [
        ("كوستي", "GPE", "Kosti"),
        ("ولاية النيل الأبيض", "GPE", "White Nile State"),
        ("الشركة السودانية لتوزيع الكهرباء", "ORG", "Sudanese Electricity Distribution Company"),
        ("القوات المسلحة السودانية", "ORG", "Sudanese Armed Forces"),
        ("نبيل عبد الله", "PER", "Nabil Abdallah"),
        ("الدعم السريع", "ORG", "Rapid Support Forces"),
        ("بورتسودان", "GPE", "Port Sudan"),
        ("فرانس برس", "ORG", "Agence France-Presse"),
        ("قاعدة فلامنغو البحرية", "FAC", "Flamingo naval base, Port Sudan"),
        ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
        ("تلغرام", "ORG", "Telegram"),
        ("النهود", "GPE", "En Nahud"),
        ("ولاية غرب كردفان", "GPE", "West Kordofan State"),
        ("مستشفى كوستي التعليمي", "FAC", "Kosti Teaching Hospital"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("عطبرة", "GPE", "Atbara"),
    ],
    "events": [
        E("ASSAULT", AIR, "asserted", "2025-10-15", "day",
          None, None, [L_KOSTI], None, 3, "إصابة 3 من عمال المحطة",
          S("الشركة السودانية لتوزيع الكهرباء", "official", "Sudanese Electricity Distribution Company"), "محطة التحويل الرئيسية"),
        E("ASSAULT", ["Strategic developments", "Disrupted weapons use"], "asserted", "2025-10-15", "day",
          A("الدفاعات الأرضية", *SAF), A("ميليشيا الدعم السريع", *RSF), [L_KOSTI], None, None, "",
          S("نبيل عبد الله", "official", "Nabil Abdallah"), "الدفاعات الأرضية تصدت"),
        E("ASSAULT", AIR, "asserted", "2025-10-14", "day",
          None, A("قاعدة فلامنغو البحرية", "Sudanese Navy", "SDN", "military"), [L_FLAMINGO],
          None, 4, "إصابة أربعة من أفراد الحراسة بجروح",
          S("مصدر عسكري", "anonymous", "Sudanese military source (via AFP)"), "مستودعاً للوقود داخل قاعدة"),
        E("ASSAULT", AIR, "denied", "2025-10-15", "day",
          A("قوات الدعم السريع", *RSF), None, [L_KOSTI], None, None, "",
          S("قوات الدعم السريع", "official", "Rapid Support Forces"), "نفت قوات الدعم السريع"),
        E("ASSAULT", AIR, "asserted", "2025-10-13", "day",
          A("سلاح الجو", "Sudanese Air Force", "SDN", "military"), A("قوات الدعم السريع", *RSF), [L_NAHUD],
          None, None, "مقتل «العشرات» من عناصرها", S("الجيش", "official", "Sudanese Armed Forces"), "مدينة النهود"),
        E("REQUEST", None, "asserted", "2025-10-15", "day",
          A("حكومة ولاية النيل الأبيض", "White Nile State government", "SDN", "government"),
          A("الحكومة الاتحادية", "Government of Sudan", "SDN", "government"), [], None, None, "",
          S("حكومة ولاية النيل الأبيض", "official", "White Nile State government"), "مولدات طارئة"),
        E("AID", None, "planned", "2025-10-18", "day",
          A("برنامج الأغذية العالمي", "World Food Programme", None, "igo"), None, [L_KOSTI], None, None, "",
          S("مصدر في البرنامج", "anonymous", "WFP source"), "قافلة تابعة لبرنامج"),
    ],
    "notes": (
        "Publication Wednesday 2025-10-15. Seven events. The Kosti power-station strike has actor1 null: the sentence and "
        "the outlet do not attribute it; the army's statement speaks of drones it shot down (coded separately as "
        "ASSAULT + Disrupted weapons use, actor2 RSF) and the RSF denies the station attack (coded as a `denied` ASSAULT "
        "with the RSF as actor1, same place and day). Port Sudan: «قال مصدر عسكري ... لوكالة فرانس برس» is an anonymous "
        "source inside a wire chain → anonymous; event day «مساء أمس الثلاثاء» = 2025-10-14; four guards injured (word). "
        "The residents' sentence that follows only describes the same fire and is not coded. En Nahud air strikes «ليل "
        "الاثنين» = 2025-10-13, «العشرات» → null fatalities. The White Nile State government's demand to the federal "
        "government is a REQUEST without place. WFP convoy «يوم السبت المقبل» = planned AID 2025-10-18. Last paragraph is "
        "an aggregate since May, not coded. «حكومة ولاية النيل الأبيض» is treated as descriptive (not an entity)."
    ),
}

# ---------------------------------------------------------------- 003 Iraq, Dhi Qar / Maysan / Basra
L_SHATRA = L("الشطرة", "al-Shatra", "IQ", "Dhi Qar", "city", 31.41, 46.17)
L_MAJAR = L("المجر الكبير", "al-Majar al-Kabir", "IQ", "Maysan", "city", 31.57, 47.17)
L_RUMAILA = L("حقل الرميلة النفطي", "Rumaila oil field", "IQ", "Basra", "facility", 30.45, 47.35)
L_NASIRIYAH = L("الناصرية", "Nasiriyah", "IQ", "Dhi Qar", "city", 31.04, 46.26)

A003 = {
    "id": "003_iraq_dhiqar-tribal-basra",
    "format": "text",
    "published": "2025-04-21",
    "title": "قتلى بنزاع عشائري في الشطرة وعملية أمنية واعتقالات.. واحتجاج أمام حقل الرميلة",
    "head": [
        "قتلى بنزاع عشائري في الشطرة وعملية أمنية واعتقالات.. واحتجاج أمام حقل الرميلة",
        "الناصرية - «الجنوب نيوز»",
        "الاثنين 21/04/2025 - 12:35",
        "عناصر من الشرطة العراقية خلال انتشار سابق في ذي قار (أرشيف/ واع)",
        "شارك: فيسبوك | تويتر | واتساب",
    ],
    "paras": [
        "قُتل ثلاثة أشخاص وأصيب سبعة آخرون، ليل أمس الأحد، في نزاع مسلح اندلع بين أفراد من عشيرتين متجاورتين في قضاء الشطرة شمالي محافظة ذي قار، على خلفية خلاف قديم على أراضٍ زراعية، بحسب ما أفاد به مصدر في شرطة المحافظة.",
        "وأوضح المصدر أن الجرحى نُقلوا إلى مستشفى الشطرة العام، وأن حالة اثنين منهم حرجة.",
        "وعلى إثر ذلك، دفعت قيادة شرطة ذي قار، فجر اليوم الاثنين، بتعزيزات من أفواج الطوارئ وقوات الرد السريع إلى الشطرة، وانتشرت القوات في الأحياء التي شهدت المواجهات. وأعلنت القيادة، في بيان لاحق، اعتقال 11 متهماً بالمشاركة في النزاع وضبط أسلحة متوسطة وخفيفة بحوزتهم.",
        "وفي محافظة ميسان المجاورة، أصيب ٤ أشخاص، بينهم امرأة، مساء السبت، بتبادل لإطلاق النار بين مسلحين من عشيرتين في قضاء المجر الكبير جنوبي مدينة العمارة، قبل أن تتدخل قوة من الجيش العراقي لفض النزاع، بحسب مصدر أمني.",
        "وفي البصرة، تظاهر العشرات من خريجي الجامعات العاطلين عن العمل، صباح اليوم، أمام البوابة الرئيسية لحقل الرميلة النفطي شمال غربي المحافظة، مطالبين الشركات النفطية العاملة في الحقل بتوظيفهم، قبل أن ينسحبوا بهدوء بعد وعود من إدارة الحقل بالنظر في مطالبهم.",
        "من جانبه، دعا محافظ البصرة أسعد العيداني، في تصريح صحافي اليوم، وزارة النفط إلى إلزام الشركات الأجنبية بتخصيص نسبة لا تقل عن 50% من فرص العمل لأبناء المحافظة.",
        "ومن المقرر أن يعقد وزير الداخلية عبد الأمير الشمري، بعد غد الأربعاء، اجتماعاً في الناصرية مع شيوخ العشائر وقادة الأجهزة الأمنية لبحث ملف النزاعات العشائرية وحصر السلاح بيد الدولة، بحسب مصدر في الوزارة.",
        "وتشهد محافظات الجنوب، ولا سيما ذي قار وميسان والبصرة، نزاعات عشائرية متكررة تُستخدم فيها أسلحة متوسطة وأحياناً ثقيلة، وتقول وزارة الداخلية إنها سجلت أكثر من 300 نزاع من هذا النوع خلال العام الماضي.",
    ],
    "foot": [
        "اقرأ أيضاً: وزارة الداخلية تطلق حملة لشراء الأسلحة من المواطنين",
        "الوسوم: ذي قار، ميسان، البصرة، النزاعات العشائرية",
        "جميع الحقوق محفوظة © 2025 الجنوب نيوز",
    ],
    "entities": [
        ("الشطرة", "GPE", "al-Shatra"),
        ("ذي قار", "GPE", "Dhi Qar"),
        ("مستشفى الشطرة العام", "FAC", "al-Shatra General Hospital"),
        ("قيادة شرطة ذي قار", "ORG", "Dhi Qar Police Command"),
        ("قوات الرد السريع", "ORG", "Rapid Response Forces"),
        ("ميسان", "GPE", "Maysan"),
        ("المجر الكبير", "GPE", "al-Majar al-Kabir"),
        ("العمارة", "GPE", "Amarah"),
        ("الجيش العراقي", "ORG", "Iraqi Army"),
        ("البصرة", "GPE", "Basra"),
        ("حقل الرميلة النفطي", "FAC", "Rumaila oil field"),
        ("أسعد العيداني", "PER", "Asaad al-Eidani"),
        ("وزارة النفط", "ORG", "Iraqi Ministry of Oil"),
        ("عبد الأمير الشمري", "PER", "Abdul Amir al-Shammari"),
        ("الناصرية", "GPE", "Nasiriyah"),
        ("وزارة الداخلية", "ORG", "Iraqi Ministry of Interior"),
    ],
    "events": [
        E("ASSAULT", CLASH, "asserted", "2025-04-20", "day",
          A("أفراد من عشيرتين متجاورتين", "Tribal militias (Dhi Qar)", "IRQ", "armed_group"), None, [L_SHATRA],
          3, 7, "قُتل ثلاثة أشخاص وأصيب سبعة آخرون",
          S("مصدر في شرطة المحافظة", "anonymous", "Dhi Qar police source"), "عشيرتين متجاورتين"),
        E("MOBILIZE", None, "asserted", "2025-04-21", "day",
          A("قيادة شرطة ذي قار", "Dhi Qar Police Command", "IRQ", "police"), None, [L_SHATRA], None, None, "",
          OWN, "بتعزيزات من أفواج الطوارئ"),
        E("COERCE", ARREST, "asserted", "2025-04-21", "day",
          A("القيادة", "Dhi Qar Police Command", "IRQ", "police"),
          A("11 متهماً", "Suspects in the al-Shatra tribal clash", "IRQ", "other"), [L_SHATRA], None, None, "",
          S("القيادة", "official", "Dhi Qar Police Command"), "اعتقال 11 متهماً"),
        E("ASSAULT", CLASH, "asserted", "2025-04-19", "day",
          A("مسلحين من عشيرتين", "Tribal militias (Maysan)", "IRQ", "armed_group"), None, [L_MAJAR],
          None, 4, "أصيب ٤ أشخاص، بينهم امرأة", S("مصدر أمني", "anonymous", "Iraqi security source"), "المجر الكبير"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-04-21", "day",
          A("العشرات من خريجي الجامعات العاطلين عن العمل", "Unemployed graduates (Basra)", "IRQ", "protesters"), None,
          [L_RUMAILA], None, None, "", OWN, "خريجي الجامعات"),
        E("REQUEST", None, "asserted", "2025-04-21", "day",
          A("أسعد العيداني", "Asaad al-Eidani", "IRQ", "government"), A("وزارة النفط", "Iraqi Ministry of Oil", "IRQ", "government"),
          [], None, None, "", S("أسعد العيداني", "official", "Asaad al-Eidani"), "أسعد العيداني"),
        E("CONSULT", None, "planned", "2025-04-23", "day",
          A("عبد الأمير الشمري", "Abdul Amir al-Shammari", "IRQ", "government"),
          A("شيوخ العشائر", "Tribal sheikhs (Dhi Qar)", "IRQ", "other"), [L_NASIRIYAH], None, None, "",
          S("مصدر في الوزارة", "anonymous", "Iraqi Ministry of Interior source"), "عبد الأمير الشمري"),
    ],
    "notes": (
        "Publication Monday 2025-04-21. Seven events. Tribal fighting is coded Battles/Armed clash with both sides in one "
        "phrase, so actor1 is that phrase and actor2 is null (al-Shatra «ليل أمس الأحد» = 2025-04-20; al-Majar al-Kabir "
        "«مساء السبت» = 2025-04-19, Eastern digit ٤ injured). The army's intervention to break up the Maysan fight is part "
        "of the same event. The hospital follow-up sentence is not coded. Paragraph 3: the reinforcements sentence is "
        "MOBILIZE (outlet's own words), the police statement in the second sentence is Arrests of 11 suspects, located at "
        "al-Shatra from context. Rumaila: graduates protesting and leaving peacefully → Peaceful protest at the field "
        "(facility); their demands are part of the protest. Al-Eidani's call to the Oil Ministry = REQUEST without place. "
        "The Interior Minister's meeting «بعد غد الأربعاء» = planned CONSULT 2025-04-23 in Nasiriyah. Last paragraph "
        "(300 disputes last year) is an aggregate, not coded."
    ),
}

# ---------------------------------------------------------------- 004 Syria, Manbij / Tishreen Dam (HTML)
SDF = ("Syrian Democratic Forces", "SYR", "armed_group")
SNA = ("Syrian National Army (Turkish-backed factions)", "SYR", "armed_group")
L_TISHREEN = L("سد تشرين", "Tishreen Dam", "SY", "Aleppo", "facility", 36.38, 38.18)
L_QALQAL = L("أبو قلقل", "Abu Qalqal", "SY", "Aleppo", "city", 36.43, 38.13)
L_QARAQOZAK = L("جسر قره قوزاق", "Qara Qozak bridge", "SY", "Aleppo", "facility", 36.70, 38.21)
L_SARRIN = L("صرين", "Sarrin", "SY", "Aleppo", "city", 36.62, 38.27)
L_HASAKAH = L("الحسكة", "al-Hasakah", "SY", "al-Hasakah", "city", 36.50, 40.75)
L_DAMASCUS = L("دمشق", "Damascus", "SY", "Damascus", "city", 33.51, 36.29)

A004 = {
    "id": "004_syria_manbij-tishreen",
    "format": "html",
    "published": "2025-01-17",
    "title": "قتلى مدنيون بمسيّرة تركية قرب سد تشرين ومعارك بين «قسد» والفصائل جنوب شرقي منبج",
    "html": {
        "site": "شبكة الفرات الإخبارية",
        "nav": ["الرئيسية", "سوريا", "الجزيرة السورية", "تقارير", "رأي", "فيديو"],
        "kicker": "شمال سوريا",
        "byline": "حلب - شبكة الفرات",
        "datetime": "2025-01-17T19:30",
        "time": "الجمعة 17 كانون الثاني 2025 - 19:30",
        "img": "/uploads/2025/01/tishreen-dam.jpg",
        "caption": "دخان يتصاعد قرب سد تشرين على نهر الفرات (أرشيف/ فرانس برس)",
        "share": ["شارك:", "فيسبوك", "إكس", "واتساب", "تلغرام"],
        "tags": ["وسوم:", "منبج", "سد تشرين", "قسد", "تركيا"],
        "related": ["اقرأ أيضاً", "الإدارة الذاتية تدعو إلى النفير العام لحماية سد تشرين",
                    "خريطة السيطرة في ريف حلب الشرقي بعد شهر من المعارك",
                    "أنقرة: لن نسمح بوجود «ممر إرهابي» على حدودنا الجنوبية"],
        "footer": ["من نحن", "اتصل بنا", "سياسة الخصوصية", "© 2025 شبكة الفرات الإخبارية. جميع الحقوق محفوظة"],
    },
    "paras": [
        "قُتل خمسة مدنيين، بينهم امرأتان، وأصيب 12 آخرون، ظهر اليوم الجمعة، جراء غارة لطائرة مسيّرة تركية استهدفت قافلة لمدنيين متوجهين إلى سد تشرين جنوب شرقي منبج، وفق ما أعلنته الإدارة الذاتية لشمال وشرق سوريا.",
        "وقالت قوات سوريا الديمقراطية (قسد)، في بيان، إن مقاتليها صدّوا ليل الخميس هجوماً شنته فصائل «الجيش الوطني السوري» المدعومة من أنقرة على محور قرية أبو قلقل، وقتلوا 14 من عناصرها. في المقابل، أعلن «الجيش الوطني السوري» أن مقاتليه سيطروا فجر اليوم على تلال مشرفة على جسر قره قوزاق على نهر الفرات، وهو ما لم تؤكده «قسد».",
        "من جهتها، قالت وزارة الدفاع التركية، في بيان اليوم، إن مسيّراتها قصفت أمس الخميس مواقع لـ«وحدات حماية الشعب» في محيط بلدة صرين جنوب كوباني، مؤكدة «تحييد» 9 «إرهابيين».",
        "واتهمت «قسد» تركيا بـ«استهداف المدنيين عمداً» لإنهاء الاعتصام المفتوح الذي ينظمه الأهالي عند السد منذ أكثر من أسبوع.",
        "وفي الحسكة، بحث القائد العام لـ«قسد» مظلوم عبدي، أمس، مع قائد القيادة المركزية الأميركية الجنرال مايكل كوريلا التطورات الميدانية في محيط منبج وسبل منع التصعيد، بحسب ما أعلنه المركز الإعلامي لـ«قسد».",
        "ودعا المبعوث الأممي الخاص إلى سوريا غير بيدرسن، في بيان اليوم، إلى «وقف فوري لإطلاق النار» في محيط سد تشرين، محذراً من أن أي ضرر يلحق بالسد «ستكون له عواقب كارثية» على ملايين السوريين.",
        "ومن المقرر أن تُستأنف يوم الأحد المقبل في دمشق المحادثات بين وفد من «قسد» والإدارة السورية الجديدة بشأن مستقبل مناطق شمال شرقي البلاد، بحسب مصدر كردي مطلع.",
        "وتدور منذ مطلع كانون الأول الماضي معارك متقطعة في ريف منبج ومحيط السد بعد سيطرة الفصائل المدعومة من تركيا على المدينة، وأسفرت المعارك عن مقتل أكثر من 400 شخص، بحسب المرصد السوري لحقوق الإنسان.",
    ],
    "entities": [
        ("سد تشرين", "FAC", "Tishreen Dam"),
        ("منبج", "GPE", "Manbij"),
        ("الإدارة الذاتية لشمال وشرق سوريا", "ORG", "Autonomous Administration of North and East Syria"),
        ("قوات سوريا الديمقراطية", "ORG", "Syrian Democratic Forces"),
        ("قسد", "ORG", "Syrian Democratic Forces"),
        ("الجيش الوطني السوري", "ORG", "Syrian National Army"),
        ("أنقرة", "GPE", "Ankara"),
        ("أبو قلقل", "GPE", "Abu Qalqal"),
        ("جسر قره قوزاق", "FAC", "Qara Qozak bridge"),
        ("نهر الفرات", "LOC", "Euphrates River"),
        ("وزارة الدفاع التركية", "ORG", "Turkish Ministry of National Defence"),
        ("وحدات حماية الشعب", "ORG", "People's Protection Units (YPG)"),
        ("صرين", "GPE", "Sarrin"),
        ("كوباني", "GPE", "Kobani"),
        ("تركيا", "GPE", "Turkey"),
        ("الحسكة", "GPE", "al-Hasakah"),
        ("مظلوم عبدي", "PER", "Mazloum Abdi"),
        ("القيادة المركزية الأميركية", "ORG", "US Central Command"),
        ("مايكل كوريلا", "PER", "Michael Kurilla"),
        ("سوريا", "GPE", "Syria"),
        ("غير بيدرسن", "PER", "Geir Pedersen"),
        ("السوريين", "NORP", "Syrians"),
        ("دمشق", "GPE", "Damascus"),
        ("ريف منبج", "LOC", "Manbij countryside"),
        ("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights"),
    ],
    "events": [
        E("ASSAULT", AIR, "asserted", "2025-01-17", "day",
          A("طائرة مسيّرة تركية", "Turkish military", "TUR", "military"),
          A("قافلة لمدنيين", "Civilians (Syria)", "SYR", "civilians"), [L_TISHREEN],
          5, 12, "قُتل خمسة مدنيين، بينهم امرأتان، وأصيب 12 آخرون",
          S("الإدارة الذاتية لشمال وشرق سوريا", "official", "Autonomous Administration of North and East Syria"),
          "قافلة لمدنيين"),
        E("ASSAULT", CLASH, "asserted", "2025-01-16", "day",
          A("فصائل «الجيش الوطني السوري»", *SNA), A("قسد", *SDF), [L_QALQAL],
          14, None, "قتلوا 14 من عناصرها",
          S("قوات سوريا الديمقراطية", "official", "Syrian Democratic Forces"), "أبو قلقل"),
        E("ASSAULT", ["Battles", "Non-state actor overtakes territory"], "claimed", "2025-01-17", "day",
          A("الجيش الوطني السوري", *SNA), A("قسد", *SDF), [L_QARAQOZAK], None, None, "",
          S("الجيش الوطني السوري", "perpetrator_claim", "Syrian National Army"), "جسر قره قوزاق"),
        E("ASSAULT", AIR, "asserted", "2025-01-16", "day",
          A("وزارة الدفاع التركية", "Turkish military", "TUR", "military"),
          A("وحدات حماية الشعب", "People's Protection Units (YPG)", "SYR", "armed_group"), [L_SARRIN],
          None, None, "«تحييد» 9 «إرهابيين»",
          S("وزارة الدفاع التركية", "official", "Turkish Ministry of National Defence"), "بلدة صرين"),
        E("ACCUSE", None, "asserted", "2025-01-17", "day",
          A("قسد", *SDF), A("تركيا", "Government of Turkey", "TUR", "government"), [], None, None, "",
          S("قسد", "official", "Syrian Democratic Forces"), "استهداف المدنيين عمداً"),
        E("CONSULT", None, "asserted", "2025-01-16", "day",
          A("مظلوم عبدي", "Mazloum Abdi", "SYR", "armed_group"), A("مايكل كوريلا", "Michael Kurilla", "USA", "military"),
          [L_HASAKAH], None, None, "", S("المركز الإعلامي لـ«قسد»", "official", "SDF Media Center"), "مظلوم عبدي"),
        E("REQUEST", None, "asserted", "2025-01-17", "day",
          A("غير بيدرسن", "Geir Pedersen", None, "igo"), None, [], None, None, "",
          S("غير بيدرسن", "official", "Geir Pedersen"), "غير بيدرسن"),
        E("CONSULT", None, "planned", "2025-01-19", "day",
          A("وفد من «قسد»", *SDF), A("الإدارة السورية الجديدة", "Syrian transitional government", "SYR", "government"),
          [L_DAMASCUS], None, None, "", S("مصدر كردي مطلع", "anonymous", "Informed Kurdish source"), "الأحد المقبل"),
    ],
    "notes": (
        "Publication Friday 2025-01-17, HTML page (body in div.story-body). Eight events. Turkish drone strike on the "
        "civilian convoy: located at Tishreen Dam (facility), 5 killed (word) / 12 injured (digits), AANES = official. "
        "Paragraph 2 holds two sentences: the SDF repelling an SNA attack «ليل الخميس» (2025-01-16) is an armed clash "
        "reported by a party to it, asserted/official, actor1 the attacker, 14 killed as the SDF states; the SNA's "
        "capture of hills over Qara Qozak bridge is `claimed` (the text says the SDF did not confirm). Turkish MoD "
        "drone strikes near Sarrin «أمس الخميس» are asserted/official; «تحييد» 9 is not a number of dead, so "
        "fatalities null. The SDF accusation has no place. Abdi-Kurilla meeting «أمس» in al-Hasakah = CONSULT. "
        "Pedersen's call mentions the dam only as its subject → locations []. The Damascus talks «يوم الأحد المقبل» "
        "= planned 2025-01-19. The open sit-in at the dam (ongoing for over a week) and the last paragraph (toll since "
        "December) are background, not coded. «محذراً» is a participial clause of the REQUEST, not a second event."
    ),
}
