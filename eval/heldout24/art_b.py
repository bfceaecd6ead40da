"""heldout24 article specs 005-008 (invented events; real places, institutions and armed groups; no person named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 005  (published Wed 2024-11-20)
T005 = "مقتل خمسة مزارعين بهجوم لمسلحين إثيوبيين في الفشقة الصغرى"
FSUGHRA = L("الفشقة الصغرى", "Al-Fashaga al-Sughra", "SD", "Gedaref", "region", 13.5, 36.1)
GEDAREF = L("القضارف", "Gedaref", "SD", "Gedaref", "city", 14.03, 35.39)
GALLABAT = L("القلابات", "Gallabat", "SD", "Gedaref", "city", 12.96, 36.15)
DOKA = L("الدوكة", "Doka", "SD", "Gedaref", "city", 13.52, 35.77)
SAF = A("قيادة الجيش", "Sudanese Armed Forces", "SDN", "military")
A005 = dict(
    id="005_news_item", format="text", published="2024-11-20", title=T005,
    head=[T005, "الأسبوع 47 من 2024 - الأربعاء 20 نوفمبر - 21:40", "القضارف - مكتب الولايات الشرقية",
          "حصاد السمسم في مشروع زراعي شرقي البلاد (أرشيف)",
          "شارك الخبر: فيسبوك | إكس | واتساب"],
    foot=["اقرأ أيضاً: تراجع أسعار الذرة في سوق المحصولات مع بدء الحصاد",
          "الوسوم: الفشقة، الحدود، الحصاد",
          "تابعونا على واتساب وتيليغرام",
          "© 2024 منبر البطانة - جميع الحقوق محفوظة"],
    paras=[
        "قُتل خمسة مزارعين سودانيين وأصيب 8 آخرون، أمس الثلاثاء، في هجوم شنه مسلحون إثيوبيون على مشاريع زراعية في منطقة الفشقة الصغرى شرقي ولاية القضارف، أثناء موسم حصاد السمسم والذرة، بحسب ما أفاد به مزارعون لمراسلنا.",
        "وقال المتحدث باسم الجيش، في بيان صباح اليوم الأربعاء، إن قوات الفرقة الثانية مشاة اشتبكت مع المهاجمين ليل أمس وطاردتهم حتى الشريط الحدودي في الفشقة الصغرى، وقتلت 6 منهم.",
        "ونفى مسؤول في حكومة إقليم أمهرة، في تصريح لوكالة الأنباء الإثيوبية، مشاركة قوات الإقليم في هجوم أمس على الفشقة الصغرى، مؤكداً أن المهاجمين «عصابات خارجة عن القانون».",
        "وفي مدينة القضارف، أعلنت قوات الدعم السريع، في بيان على منصة إكس، أن مسيّراتها استهدفت فجر اليوم مقر قيادة الفرقة الثانية مشاة، زاعمة تدمير «مخازن أسلحة»، فيما لم يصدر أي تعليق عن الجيش.",
        "ودفعت قيادة الجيش، ظهر اليوم، بتعزيزات من القضارف إلى بلدتي القلابات والدوكة لتأمين ما تبقى من الحصاد، وفق ما أعلنه والي القضارف في مؤتمر صحفي.",
        "ووزعت جمعية الهلال الأحمر السوداني، أمس، مواد غذائية وإيوائية على نحو 400 أسرة فرّت من الفشقة الصغرى إلى بلدة الدوكة، بحسب ما أعلنته الجمعية.",
        "واتهمت وزارة الخارجية السودانية، في بيان اليوم، الحكومة الإثيوبية بـ«غض الطرف» عن تحركات الميليشيات في الشريط الحدودي، داعيةً إلى اجتماع عاجل للجنة الحدود المشتركة.",
        "ومن المقرر أن يعتصم مزارعو الفشقة أمام أمانة حكومة الولاية في القضارف يوم الأحد المقبل للمطالبة بحماية مشاريعهم وتعويض المتضررين، بحسب ما أعلنه اتحاد مزارعي القضارف.",
        "وقال قائد ميداني في الجيش إن قواته قد تشن عمليات داخل المناطق المحاذية للحدود لملاحقة الميليشيات إذا تكررت الهجمات، مستبعداً حدوث مواجهة مع الجيش الإثيوبي.",
        "وتمتد الفشقة على نحو مليوني فدان من الأراضي الخصبة، واستعاد الجيش السوداني السيطرة على معظمها أواخر 2020 بعد أكثر من عقدين من استغلالها من قبل مزارعين إثيوبيين، ما أثار توتراً مستمراً بين البلدين.",
    ],
    entities=[
        ("الفشقة الصغرى", "LOC", "Al-Fashaga al-Sughra"),
        ("ولاية القضارف", "GPE", "Gedaref State"),
        ("الفرقة الثانية مشاة", "ORG", "SAF 2nd Infantry Division"),
        ("إقليم أمهرة", "GPE", "Amhara Region"),
        ("وكالة الأنباء الإثيوبية", "ORG", "Ethiopian News Agency (ENA)"),
        ("القضارف", "GPE", "Gedaref"),
        ("قوات الدعم السريع", "ORG", "Rapid Support Forces (RSF)"),
        ("إكس", "ORG", "X"),
        ("القلابات", "GPE", "Gallabat"),
        ("الدوكة", "GPE", "Doka"),
        ("جمعية الهلال الأحمر السوداني", "ORG", "Sudanese Red Crescent Society"),
        ("وزارة الخارجية السودانية", "ORG", "Ministry of Foreign Affairs (Sudan)"),
        ("الفشقة", "LOC", "Al-Fashaga"),
        ("اتحاد مزارعي القضارف", "ORG", "Gedaref Farmers' Union"),
        ("الجيش الإثيوبي", "ORG", "Ethiopian army (ENDF)"),
        ("الجيش السوداني", "ORG", "Sudanese Armed Forces"),
    ],
    events=[
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2024-11-19", "day",
          A("مسلحون إثيوبيون", "Ethiopian militiamen", "ETH", "armed_group"),
          A("خمسة مزارعين سودانيين", "Sudanese farmers (al-Fashaga)", "SDN", "civilians"), [FSUGHRA],
          5, 8, "قُتل خمسة مزارعين سودانيين وأصيب 8 آخرون", S("مزارعون", "witness", "Farmers"), "قُتل خمسة مزارعين"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-11-19", "day",
          A("قوات الفرقة الثانية مشاة", "SAF 2nd Infantry Division", "SDN", "military"),
          A("المهاجمين", "Ethiopian militiamen", "ETH", "armed_group"), [FSUGHRA],
          6, None, "وقتلت 6 منهم", S("المتحدث باسم الجيش", "official", "SAF spokesperson"), "وقال المتحدث باسم الجيش"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2024-11-19", "day",
          A("قوات الإقليم", "Amhara regional forces", "ETH", "military"), None, [FSUGHRA], None, None, "",
          S("مسؤول في حكومة إقليم أمهرة", "anonymous", "Amhara regional government official (via ENA)"), "ونفى مسؤول في حكومة"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "claimed", "2024-11-20", "day",
          A("قوات الدعم السريع", "Rapid Support Forces (RSF)", "SDN", "armed_group"),
          A("مقر قيادة الفرقة الثانية مشاة", "SAF 2nd Infantry Division", "SDN", "military"), [GEDAREF],
          None, None, "", S("قوات الدعم السريع", "perpetrator_claim", "Rapid Support Forces (RSF)"), "أعلنت قوات الدعم السريع"),
        E("MOBILIZE", None, "asserted", "2024-11-20", "day", SAF, None, [GALLABAT], None, None, "",
          S("والي القضارف", "official", "Governor of Gedaref"), "ودفعت قيادة الجيش"),
        E("MOBILIZE", None, "asserted", "2024-11-20", "day", SAF, None, [DOKA], None, None, "",
          S("والي القضارف", "official", "Governor of Gedaref"), "ودفعت قيادة الجيش"),
        E("AID", None, "asserted", "2024-11-19", "day",
          A("جمعية الهلال الأحمر السوداني", "Sudanese Red Crescent Society", "SDN", "other"),
          A("نحو 400 أسرة", "Displaced families from al-Fashaga", "SDN", "civilians"), [DOKA], None, None, "",
          S("جمعية الهلال الأحمر السوداني", "ngo", "Sudanese Red Crescent Society"), "ووزعت جمعية الهلال"),
        E("ACCUSE", None, "asserted", "2024-11-20", "day",
          A("وزارة الخارجية السودانية", "Ministry of Foreign Affairs (Sudan)", "SDN", "government"),
          A("الحكومة الإثيوبية", "Government of Ethiopia", "ETH", "government"), [], None, None, "",
          S("وزارة الخارجية السودانية", "official", "Ministry of Foreign Affairs (Sudan)"), "واتهمت وزارة الخارجية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2024-11-24", "day",
          A("مزارعو الفشقة", "Al-Fashaga farmers", "SDN", "protesters"), None, [GEDAREF], None, None, "",
          S("اتحاد مزارعي القضارف", "official", "Gedaref Farmers' Union"), "ومن المقرر أن يعتصم"),
        E("ASSAULT", ["Battles", "Armed clash"], "hypothetical", "2024-11-20", "day",
          A("قواته", "Sudanese Armed Forces", "SDN", "military"), A("الميليشيات", "Ethiopian militiamen", "ETH", "armed_group"),
          [], None, None, "", S("قائد ميداني في الجيش", "anonymous", "SAF field commander"), "قد تشن عمليات"),
    ],
    notes=("Published Wed 2024-11-20; the date line gives the ISO week first («الأسبوع 47 من 2024», checked with Python's "
           "isocalendar), then the weekday, day and month without the year, and a clock (21:40) later than every same-day act. "
           "Dates: «أمس الثلاثاء» / «ليل أمس» / «أمس» -> 11-19 (the attack, the army's pursuit, the denied Amhara role, the Red "
           "Crescent aid); «فجر اليوم» / «ظهر اليوم» / «اليوم» -> 11-20; «يوم الأحد المقبل» -> Sun 11-24; the hypothetical "
           "operations take the publication day. P1: Ethiopian gunmen kill «خمسة» farmers and wound 8 -> Violence against civilians / "
           "Attack; farmers speaking to our correspondent -> witness. P2: the 2nd Infantry Division's pursuit «ليل أمس», 6 attackers "
           "killed -> Battles / Armed clash; the spokesman -> official. P3: an unnamed Amhara official (via ENA) denies that regional "
           "forces took part in yesterday's attack -> denied, anonymous; actor2 left null (the denial names no victim). P4: the RSF "
           "claims a drone strike on the division's headquarters in Gedaref city, unconfirmed -> claimed. P5: one sentence, two "
           "places: reinforcements to Gallabat and Doka -> two MOBILIZE, the governor -> official. P6: Red Crescent aid in Doka -> "
           "ngo. P7: the foreign ministry's accusation, no place; «داعيةً» not coded. P8: planned sit-in in Gedaref city announced "
           "by the farmers' union -> planned PROTEST, official. P9: «قد تشن ... إذا» -> hypothetical ASSAULT (Armed clash), no "
           "place (the border areas are not named). P10: background, not coded. Coordinates approximate (from memory); the point "
           "for al-Fashaga al-Sughra is a rough estimate."),
)

# ---------------------------------------------------------------- 006  (published Mon 2026-03-09)
T006 = "البحرية الإريترية تطلق النار على صيادين يمنيين قبالة ميدي وتحتجز 11 منهم"
SEA = L("البحر الأحمر", "Red Sea, west of Midi", "YE", "Hajjah", "region", 16.3, 42.45)
MIDI = L("ميدي", "Midi", "YE", "Hajjah", "city", 16.32, 42.80)
MIDI_PORT = L("ميناء ميدي", "Midi port", "YE", "Hajjah", "facility", 16.31, 42.79)
KAMARAN = L("جزيرة كمران", "Kamaran Island", "YE", "Al Hudaydah", "region", 15.35, 42.60)
ASSAB = L("عصب", "Assab", "ER", "Southern Red Sea", "city", 13.01, 42.74)
ERI_BOAT = A("زورق تابع للبحرية الإريترية", "Eritrean Navy", "ERI", "military")
A006 = dict(
    id="006_news_item", format="text", published="2026-03-09", title=T006,
    head=[T006, "يوم الاثنين 9 من شهر مارس سنة 2026 - الساعة 22:40", "ميدي - مراسل الصدى",
          "قوارب صيد راسية في ميناء على ساحل البحر الأحمر (أرشيف)",
          "مشاركة: فيسبوك - واتساب - تيليغرام"],
    foot=["اقرأ أيضاً: ارتفاع أسعار الأسماك في أسواق تهامة خلال رمضان",
          "الوسوم: الصيادون، البحر الأحمر، ميدي",
          "تابعونا على تيليغرام",
          "© صدى الساحل الغربي 2026"],
    paras=[
        "أطلق زورق تابع للبحرية الإريترية النار، فجر أمس الأحد، على قاربي صيد يمنيين في البحر الأحمر على بعد نحو 20 ميلاً بحرياً غربي ميدي بمحافظة حجة، ما أدى إلى إصابة 4 صيادين بجروح، قبل أن يقتاد 11 صياداً آخرين إلى ميناء عصب الإريتري، وفق ما أعلنته الهيئة العامة للمصائد السمكية في البحر الأحمر.",
        "وأعلنت القوات البحرية التابعة لجماعة الحوثي، في بيان نقلته قناة «المسيرة»، أنها أطلقت مساء أمس صاروخاً على «سفينة حربية إريترية» كانت تقترب من جزيرة كمران، وهو ما لم تؤكده أسمرة أو أي جهة مستقلة.",
        "ونفت وزارة الإعلام الإريترية، في بيان اليوم، ما تداولته مواقع يمنية عن إغراق بحريتها قارب صيد ثالثاً قبالة ميدي ليل السبت ومقتل أحد بحارته، مؤكدة أن دورياتها «أوقفت قوارب دخلت المياه الإقليمية بصورة غير قانونية» فقط.",
        "وطالب وزير الزراعة والري والثروة السمكية، في اتصال هاتفي مع نظيره الإريتري اليوم، بالإفراج الفوري عن الصيادين المحتجزين في عصب وإعادة قواربهم.",
        "ونظّم عشرات الصيادين وذووهم، عصر اليوم، وقفة احتجاجية في ميناء ميدي، رافعين صور المحتجزين ومطالبين السلطات بتوفير حماية لقوارب الصيد، وفق ما أفاد به مراسلنا.",
        "ودفعت مصلحة خفر السواحل، مساء أمس، بزوارق دورية إضافية إلى المياه المقابلة لمديرية ميدي، بحسب ما أعلنه قائد المنطقة العسكرية الخامسة.",
        "ومن المقرر أن يصل وفد من اللجنة الدولية للصليب الأحمر إلى عصب الأسبوع المقبل للقاء مسؤولين إريتريين وبحث الإفراج عن الصيادين، بحسب ما أفاد به مصدر في الوزارة.",
        "وقال رئيس جمعية صيادي ميدي إن الصيادين قد يتوقفون عن الإبحار كلياً في موسم الصيد الحالي إذا لم ترافق قواربهم دوريات حماية، محذراً من «كارثة معيشية» في المديرية.",
        "واتهمت منظمة سام للحقوق والحريات، في تقرير صدر اليوم، البحرية الإريترية بارتكاب «انتهاكات ممنهجة» بحق الصيادين اليمنيين، بينها مصادرة القوارب والاحتجاز التعسفي لأشهر.",
        "ويشكو صيادو الساحل الغربي منذ سنوات من احتجاز مئات منهم في إريتريا، فيما تراجع إنتاج الأسماك في المديريات الساحلية لمحافظة حجة بنحو النصف منذ اندلاع الحرب عام 2015.",
    ],
    entities=[
        ("البحرية الإريترية", "ORG", "Eritrean Navy"),
        ("البحر الأحمر", "LOC", "Red Sea"),
        ("ميدي", "GPE", "Midi"),
        ("محافظة حجة", "GPE", "Hajjah Governorate"),
        ("ميناء عصب", "FAC", "Port of Assab"),
        ("الهيئة العامة للمصائد السمكية في البحر الأحمر", "ORG", "General Authority for Fisheries in the Red Sea (Yemen)"),
        ("جماعة الحوثي", "ORG", "Houthi movement (Ansar Allah)"),
        ("المسيرة", "ORG", "Al-Masirah TV"),
        ("جزيرة كمران", "LOC", "Kamaran Island"),
        ("أسمرة", "GPE", "Asmara"),
        ("وزارة الإعلام الإريترية", "ORG", "Ministry of Information (Eritrea)"),
        ("عصب", "GPE", "Assab"),
        ("ميناء ميدي", "FAC", "Midi port"),
        ("مصلحة خفر السواحل", "ORG", "Yemeni Coast Guard Authority"),
        ("المنطقة العسكرية الخامسة", "ORG", "5th Military Region (Yemen)"),
        ("اللجنة الدولية للصليب الأحمر", "ORG", "International Committee of the Red Cross (ICRC)"),
        ("منظمة سام للحقوق والحريات", "ORG", "SAM Organization for Rights and Liberties"),
        ("إريتريا", "GPE", "Eritrea"),
        ("الساحل الغربي", "LOC", "Yemen's west coast (Red Sea coast)"),
    ],
    events=[
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2026-03-08", "day",
          ERI_BOAT, A("قاربي صيد يمنيين", "Yemeni fishermen", "YEM", "civilians"), [SEA],
          None, 4, "إصابة 4 صيادين بجروح",
          S("الهيئة العامة للمصائد السمكية في البحر الأحمر", "official", "General Authority for Fisheries in the Red Sea"),
          "أطلق زورق تابع"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-03-08", "day",
          ERI_BOAT, A("11 صياداً آخرين", "Yemeni fishermen", "YEM", "civilians"), [SEA], None, None, "",
          S("الهيئة العامة للمصائد السمكية في البحر الأحمر", "official", "General Authority for Fisheries in the Red Sea"),
          "أطلق زورق تابع"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "claimed", "2026-03-08", "day",
          A("القوات البحرية التابعة لجماعة الحوثي", "Houthi naval forces", "YEM", "armed_group"),
          A("سفينة حربية إريترية", "Eritrean Navy", "ERI", "military"), [KAMARAN], None, None, "",
          S("القوات البحرية التابعة لجماعة الحوثي", "perpetrator_claim", "Houthi naval forces (via al-Masirah)"),
          "وأعلنت القوات البحرية"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2026-03-07", "day",
          A("بحريتها", "Eritrean Navy", "ERI", "military"), A("قارب صيد ثالثاً", "Yemeni fishermen", "YEM", "civilians"),
          [MIDI], 1, None, "مقتل أحد بحارته",
          S("وزارة الإعلام الإريترية", "official", "Ministry of Information (Eritrea)"), "ونفت وزارة الإعلام"),
        E("REQUEST", None, "asserted", "2026-03-09", "day",
          A("وزير الزراعة والري والثروة السمكية", "Minister of Agriculture, Irrigation and Fisheries (Yemen)", "YEM", "government"),
          A("نظيره الإريتري", "Eritrean counterpart minister", "ERI", "government"), [], None, None, "",
          S("وزير الزراعة والري والثروة السمكية", "official", "Minister of Agriculture, Irrigation and Fisheries (Yemen)"),
          "وطالب وزير الزراعة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2026-03-09", "day",
          A("عشرات الصيادين وذووهم", "Fishermen and relatives (Midi)", "YEM", "protesters"), None, [MIDI_PORT],
          None, None, "", OWN, "ونظّم عشرات الصيادين"),
        E("MOBILIZE", None, "asserted", "2026-03-08", "day",
          A("مصلحة خفر السواحل", "Yemeni Coast Guard Authority", "YEM", "military"), None, [MIDI], None, None, "",
          S("قائد المنطقة العسكرية الخامسة", "official", "Commander of the 5th Military Region"), "ودفعت مصلحة خفر السواحل"),
        E("CONSULT", None, "planned", "2026-03-18", "week",
          A("وفد من اللجنة الدولية للصليب الأحمر", "International Committee of the Red Cross (ICRC)", None, "other"),
          A("مسؤولين إريتريين", "Eritrean officials", "ERI", "government"), [ASSAB], None, None, "",
          S("مصدر في الوزارة", "anonymous", "Ministry source"), "ومن المقرر أن يصل وفد"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2026-03-09", "day",
          A("الصيادين", "Midi fishermen", "YEM", "protesters"), None, [MIDI], None, None, "",
          S("رئيس جمعية صيادي ميدي", "official", "Head of the Midi fishermen's association"), "قد يتوقفون عن الإبحار"),
        E("ACCUSE", None, "asserted", "2026-03-09", "day",
          A("منظمة سام للحقوق والحريات", "SAM Organization for Rights and Liberties", "YEM", "other"),
          A("البحرية الإريترية", "Eritrean Navy", "ERI", "military"), [], None, None, "",
          S("منظمة سام للحقوق والحريات", "ngo", "SAM Organization for Rights and Liberties"), "واتهمت منظمة سام"),
    ],
    notes=("Published Mon 2026-03-09 (20 Ramadan 1447); the date line is worded «يوم الاثنين 9 من شهر مارس سنة 2026» (the day "
           "in digits, «من شهر» and «سنة» around month and year) with a clock (22:40) later than «عصر اليوم». Dates: «فجر أمس "
           "الأحد» / «مساء أمس» -> Sun 03-08 (shooting and detention, the claimed missile, the coast-guard deployment); «ليل السبت» "
           "-> Sat 03-07 (the denied sinking); «اليوم» / «عصر اليوم» -> 03-09; «الأسبوع المقبل» -> the Wednesday of next week, "
           "03-18 (week); the hypothetical fishing stop takes the publication day. P1: one sentence, two kinds at one sea point: "
           "firing on two boats (4 injured; ASSAULT / Violence against civilians / Attack) and 11 fishermen taken to Assab "
           "(COERCE / Arrests, a state navy detaining); at sea -> the nearest coastal state (YE) and the sea point west of Midi; "
           "the fisheries authority -> official. P2: the Houthi naval forces' claimed missile at an Eritrean warship near Kamaran, "
           "unconfirmed («وهو ما لم تؤكده أسمرة») -> claimed. P3: the Eritrean ministry denies sinking a third boat off Midi «ليل "
           "السبت» and «مقتل أحد بحارته» -> denied, 1 fatality as the text words it, placed at Midi (the only place named). P4: the "
           "minister's request to his Eritrean counterpart by phone -> no place. P5: fishermen's stand at Midi port -> outlet_own. "
           "P6: coast-guard deployment off Midi -> MOBILIZE. P7: planned ICRC visit to Assab «الأسبوع المقبل» -> week precision, "
           "anonymous ministry source. P8: «قد يتوقفون عن الإبحار ... إذا» -> hypothetical PROTEST (a work stoppage) placed at Midi; "
           "«محذراً» not coded. P9: SAM accusation (ngo); the aggregate it lists is not coded. P10: background, not coded. "
           "Coordinates approximate (from memory); the sea point is an estimate from «20 ميلاً بحرياً غربي ميدي»."),
)

# ---------------------------------------------------------------- 007  (published Sat 2025-08-09)
T007 = "ثلاثة قتلى بتفجير قرب موكب للزائرين في الرميثة و«داعش» يعلن هجوماً في بادية السماوة"
RUMAITHA = L("الرميثة", "Rumaitha", "IQ", "Muthanna", "city", 31.52, 45.20)
SALMAN = L("السلمان", "Al-Salman", "IQ", "Muthanna", "city", 30.50, 44.54)
KHIDR = L("الخضر", "Al-Khidr", "IQ", "Muthanna", "city", 31.20, 45.54)
SAMAWAH = L("السماوة", "Samawah", "IQ", "Muthanna", "city", 31.31, 45.28)
MUTHANNA = L("المثنى", "Muthanna Governorate", "IQ", "Muthanna", "admin1", 30.3, 45.0)
IRCS = A("جمعية الهلال الأحمر العراقي", "Iraqi Red Crescent Society", "IRQ", "other")
A007 = dict(
    id="007_news_item", format="html", published="2025-08-09", title=T007,
    html=dict(
        site="منبر البادية الجنوبية",
        nav=["الرئيسية", "محليات", "العراق", "اقتصاد", "رياضة", "منوعات"],
        kicker="زيارة الأربعين",
        byline="السماوة - مكتب الفرات الأوسط",
        datetime="2025-08-09T21:40",
        time="Saturday, August 9, 2025 9:40 PM",
        img="/media/2025/08/pilgrims-road.jpg",
        caption="زائرون يسيرون على طريق دولي جنوبي البلاد (أرشيف)",
        share=["شارك:", "واتساب", "تيليغرام", "فيسبوك"],
        tags=["وسوم:", "الأربعين", "المثنى", "الأمن"],
        related=["أخبار ذات صلة", "ارتفاع درجات الحرارة إلى 50 مئوية في المحافظات الجنوبية",
                 "افتتاح مشروع لتحلية المياه في قضاء الخضر"],
        footer=["من نحن", "اتصل بنا", "تطبيق «منبر البادية الجنوبية»", "© 2025 منبر البادية الجنوبية - جميع الحقوق محفوظة"],
    ),
    paras=[
        "قُتل 3 زائرين وأصيب 11 آخرون، ليل الخميس، بانفجار عبوة ناسفة زُرعت قرب موكب خدمي عند مدخل قضاء الرميثة على طريق السماوة - الرميثة في محافظة المثنى، أثناء مرور قوافل الزائرين السائرين إلى كربلاء لإحياء زيارة الأربعين، وفق ما أعلنته خلية الإعلام الأمني.",
        "وأعلن تنظيم «داعش»، في بيان نشرته وكالة «أعماق» مساء أمس، أن عناصره هاجموا فجر أمس الجمعة نقطة تفتيش للشرطة قرب ناحية السلمان في بادية السماوة وقتلوا اثنين من عناصرها، وهو ما لم تعلّق عليه قيادة شرطة المثنى.",
        "وأعلنت قيادة شرطة المثنى، ظهر اليوم السبت، اعتقال أربعة مشتبه بهم في قضاء الخضر، بينهم صاحب سيارة يُعتقد أنها استُخدمت في نقل العبوة.",
        "ودفعت قيادة العمليات المشتركة، فجر اليوم، بفوج من قوات الرد السريع إلى السماوة لتأمين الطريق الدولي الذي يسلكه الزائرون، بحسب ما أفاد به مصدر أمني لوكالة الأنباء العراقية (واع).",
        "ونفت وزارة الداخلية، في بيان اليوم، ما تداولته حسابات على مواقع التواصل الاجتماعي عن إطلاق عناصر من الشرطة النار على زائرين حاولوا اجتياز حاجز قرب السماوة مساء أمس، مؤكدة أن الحادثة «اقتصرت على مشادة كلامية».",
        "وأقامت جمعية الهلال الأحمر العراقي، صباح اليوم، مفرزتين طبيتين على طريق الزائرين في الرميثة والخضر، وعالجت عشرات الحالات الناجمة عن ضربات الشمس، وفق ما أعلنته الجمعية.",
        "وطالب محافظ المثنى، في مؤتمر صحفي عقده في السماوة اليوم، الحكومة الاتحادية بإرسال طائرات مسيّرة لمراقبة البادية، قائلاً إن الحدود مع السعودية «تمتد لمئات الكيلومترات دون تغطية كافية».",
        "ومن المقرر أن يزور وزير الداخلية السماوة غداً الأحد لتفقد خطة تأمين الزيارة والاجتماع بقادة الأجهزة الأمنية في المحافظة، بحسب ما أعلنه المكتب الإعلامي للوزارة.",
        "وقال قائد شرطة المثنى إن السلطات قد تمنع حركة الشاحنات على الطريق الدولي المار بالمثنى خلال أيام الزيارة إذا تكررت الهجمات، مستبعداً إغلاق الطريق أمام الزائرين.",
        "ويسير ملايين الزائرين سنوياً من البصرة ومحافظات الجنوب نحو كربلاء خلال الأيام التي تسبق الأربعين، فيما تنشط خلايا لتنظيم داعش في البادية الممتدة بين المثنى والأنبار رغم إعلان هزيمته عسكرياً عام 2017.",
    ],
    entities=[
        ("الرميثة", "GPE", "Rumaitha"),
        ("السماوة", "GPE", "Samawah"),
        ("محافظة المثنى", "GPE", "Muthanna Governorate"),
        ("كربلاء", "GPE", "Karbala"),
        ("خلية الإعلام الأمني", "ORG", "Security Media Cell (Iraq)"),
        ("داعش", "ORG", "Islamic State"),
        ("أعماق", "ORG", "Amaq News Agency"),
        ("السلمان", "GPE", "Al-Salman"),
        ("بادية السماوة", "LOC", "Samawah desert"),
        ("قيادة شرطة المثنى", "ORG", "Muthanna Police Command"),
        ("الخضر", "GPE", "Al-Khidr"),
        ("قيادة العمليات المشتركة", "ORG", "Joint Operations Command (Iraq)"),
        ("قوات الرد السريع", "ORG", "Rapid Response Forces (Iraq)"),
        ("وكالة الأنباء العراقية", "ORG", "Iraqi News Agency (INA)"),
        ("واع", "ORG", "Iraqi News Agency (INA)"),
        ("وزارة الداخلية", "ORG", "Ministry of Interior (Iraq)"),
        ("جمعية الهلال الأحمر العراقي", "ORG", "Iraqi Red Crescent Society"),
        ("السعودية", "GPE", "Saudi Arabia"),
        ("المثنى", "GPE", "Muthanna Governorate"),
        ("البصرة", "GPE", "Basra"),
        ("الأنبار", "GPE", "Anbar"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "asserted", "2025-08-07", "day",
          None, A("3 زائرين", "Arbaeen pilgrims", "IRQ", "civilians"), [RUMAITHA],
          3, 11, "قُتل 3 زائرين وأصيب 11 آخرون", S("خلية الإعلام الأمني", "official", "Security Media Cell"), "قُتل 3 زائرين"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2025-08-08", "day",
          A("داعش", "Islamic State", "IRQ", "armed_group"), A("نقطة تفتيش للشرطة", "Iraqi police", "IRQ", "police"), [SALMAN],
          2, None, "قتلوا اثنين من عناصرها", S("داعش", "perpetrator_claim", "Islamic State (via Amaq)"), "وأعلن تنظيم «داعش»"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-08-09", "day",
          A("قيادة شرطة المثنى", "Muthanna Police Command", "IRQ", "police"),
          A("أربعة مشتبه بهم", "Bombing suspects (Muthanna)", "IRQ", "other"), [KHIDR], None, None, "",
          S("قيادة شرطة المثنى", "official", "Muthanna Police Command"), "وأعلنت قيادة شرطة المثنى"),
        E("MOBILIZE", None, "asserted", "2025-08-09", "day",
          A("قيادة العمليات المشتركة", "Joint Operations Command (Iraq)", "IRQ", "military"), None, [SAMAWAH],
          None, None, "", S("مصدر أمني", "anonymous", "Security source (via INA)"), "ودفعت قيادة العمليات"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2025-08-08", "day",
          A("عناصر من الشرطة", "Iraqi police", "IRQ", "police"), A("زائرين", "Arbaeen pilgrims", "IRQ", "civilians"),
          [SAMAWAH], None, None, "", S("وزارة الداخلية", "official", "Ministry of Interior (Iraq)"), "ونفت وزارة الداخلية"),
        E("AID", None, "asserted", "2025-08-09", "day", IRCS,
          A("عشرات الحالات", "Arbaeen pilgrims", "IRQ", "civilians"), [RUMAITHA], None, None, "",
          S("جمعية الهلال الأحمر العراقي", "ngo", "Iraqi Red Crescent Society"), "وأقامت جمعية الهلال"),
        E("AID", None, "asserted", "2025-08-09", "day", IRCS,
          A("عشرات الحالات", "Arbaeen pilgrims", "IRQ", "civilians"), [KHIDR], None, None, "",
          S("جمعية الهلال الأحمر العراقي", "ngo", "Iraqi Red Crescent Society"), "وأقامت جمعية الهلال"),
        E("REQUEST", None, "asserted", "2025-08-09", "day",
          A("محافظ المثنى", "Governor of Muthanna", "IRQ", "government"),
          A("الحكومة الاتحادية", "Federal Government of Iraq", "IRQ", "government"), [SAMAWAH], None, None, "",
          S("محافظ المثنى", "official", "Governor of Muthanna"), "وطالب محافظ المثنى"),
        E("CONSULT", None, "planned", "2025-08-10", "day",
          A("وزير الداخلية", "Minister of Interior (Iraq)", "IRQ", "government"),
          A("قادة الأجهزة الأمنية", "Muthanna security commanders", "IRQ", "police"), [SAMAWAH], None, None, "",
          S("المكتب الإعلامي للوزارة", "official", "Ministry of Interior media office"), "ومن المقرر أن يزور وزير الداخلية"),
        E("COERCE", None, "hypothetical", "2025-08-09", "day",
          A("السلطات", "Iraqi authorities", "IRQ", "government"), None, [MUTHANNA], None, None, "",
          S("قائد شرطة المثنى", "official", "Muthanna police chief"), "قد تمنع حركة الشاحنات"),
    ],
    notes=("Published Sat 2025-08-09 (15 Safar 1447, five days before the Arbaeen, 20 Safar = 08-14); the `<time>` date line is in "
           "English, US order with weekday and a 12-hour clock («Saturday, August 9, 2025 9:40 PM»), later than every same-day act. "
           "Dates: «ليل الخميس» -> Thu 08-07 (the IED); «فجر أمس الجمعة» / «مساء أمس» -> 08-08 (the claimed attack; the denied "
           "shooting); «ظهر اليوم السبت» / «فجر اليوم» / «صباح اليوم» / «اليوم» -> 08-09; «غداً الأحد» -> 08-10; the hypothetical "
           "truck ban takes the publication day. P1: IED by a service tent at Rumaitha's entrance, 3 killed, 11 injured, no "
           "perpetrator named -> actor1 null; the Security Media Cell -> official. P2: IS (via Amaq) claims an attack on a police "
           "checkpoint near al-Salman, «اثنين» killed, unconfirmed -> claimed, dated by the claimed act «فجر أمس الجمعة» (the "
           "statement is «مساء أمس»). P3: arrests in al-Khidr. P4: JOC sends a Rapid Response battalion to Samawah; INA chain -> "
           "anonymous. P5: the interior ministry denies police fire on pilgrims near Samawah -> denied. P6: one sentence, two places: "
           "Red Crescent medical posts in Rumaitha and al-Khidr -> two AID, ngo; «عشرات الحالات» are recipients, not casualties. "
           "P7: the governor's request, placed in Samawah because the venue (a press conference there) is given; «قائلاً» not coded. "
           "P8: planned ministerial visit «غداً الأحد». P9: «قد تمنع ... إذا» -> hypothetical COERCE placed at the governorate "
           "(«الطريق الدولي المار بالمثنى»); the excluded road closure («مستبعداً») is not coded. P10: background, not coded. "
           "Coordinates approximate (from memory)."),
)

# ---------------------------------------------------------------- 008  (published Wed 2024-11-13)
T008 = "إسقاط مسيّرتين فوق العقبة وإصابة ثلاثة بشظايا في حي الشلالة"
AQABA = L("العقبة", "Aqaba", "JO", "Aqaba", "city", 29.53, 35.01)
EILAT = L("إيلات", "Eilat", "IL", "Southern District", "city", 29.56, 34.95)
AQ_PORT = L("ميناء العقبة", "Port of Aqaba", "JO", "Aqaba", "facility", 29.50, 35.00)
SBEACH = L("الشاطئ الجنوبي", "South Beach, Aqaba", "JO", "Aqaba", "region", 29.40, 34.97)
QUWEIRA = L("القويرة", "Quweira", "JO", "Aqaba", "city", 29.80, 35.32)
JAF = A("القوات المسلحة الأردنية", "Jordanian Armed Forces", "JOR", "military")
A008 = dict(
    id="008_news_item", format="html", published="2024-11-13", title=T008,
    html=dict(
        site="مرفأ الجنوب الإخباري",
        nav=["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "صحة"],
        kicker="العقبة",
        byline="العقبة - مكتب الجنوب",
        datetime="2024-11-13T21:15",
        time="13.XI.2024 | الأربعاء | 21:15",
        img="/media/2024/11/aqaba-sky.jpg",
        caption="منظر عام لخليج العقبة من الشاطئ الشمالي (أرشيف)",
        share=["انشر:", "فيسبوك", "إكس", "واتساب"],
        tags=["الكلمات المفتاحية:", "العقبة", "المسيّرات", "الدفاع الجوي"],
        related=["مواضيع قد تهمك", "انخفاض أعداد الزوار في وادي رم هذا الشهر", "منخفض جوي يؤثر على المملكة نهاية الأسبوع"],
        footer=["من نحن", "اتصل بنا", "تابعونا على إنستغرام", "© 2024 مرفأ الجنوب الإخباري - جميع الحقوق محفوظة"],
    ),
    paras=[
        "أسقط سلاح الجو الملكي الأردني، ليل الثلاثاء، طائرتين مسيّرتين اخترقتا الأجواء فوق مدينة العقبة، وسقطت شظايا إحداهما على سطح منزل في حي الشلالة ما أدى إلى إصابة 3 أشخاص، بينهم طفلان، بجروح طفيفة، وفق ما أعلنته القوات المسلحة الأردنية في بيان.",
        "وأعلنت «المقاومة الإسلامية في العراق»، في بيان على تيليغرام، أنها أطلقت فجر اليوم الأربعاء طائرات مسيّرة على «هدف حيوي» في إيلات، وهو ما لم يعلّق عليه الجيش الإسرائيلي.",
        "ونفى مصدر عسكري أردني، في تصريح لوكالة الأنباء الأردنية (بترا)، ما تداولته منصات إسرائيلية عن سقوط مسيّرة على ميناء العقبة أمس وإصابة عاملين اثنين، مؤكداً أن الميناء «يعمل بشكل طبيعي».",
        "وقررت سلطة منطقة العقبة الاقتصادية الخاصة، صباح اليوم، إغلاق الشاطئ الجنوبي أمام المتنزهين ليلاً حتى إشعار آخر، وفق ما أعلنه رئيس مجلس مفوضي السلطة.",
        "وتجمّع عشرات من أهالي العقبة، مساء أمس، أمام مبنى المحافظة مطالبين بتوفير ملاجئ وصفارات إنذار في الأحياء السكنية، قبل أن يتفرقوا بهدوء، وفق ما أفاد به مراسلنا.",
        "ونشرت القوات المسلحة الأردنية، فجر اليوم، بطاريات دفاع جوي إضافية في محيط العقبة وبلدة القويرة، وفق ما أفاد به مصدر أمني لقناة «المملكة».",
        "وحذّر الناطق الرسمي باسم الحكومة، في إيجاز صحفي اليوم، من أن الأردن «لن يسمح بأن يكون ساحة حرب لأي طرف»، متوعداً بإسقاط «أي جسم يخترق الأجواء الأردنية».",
        "ومن المقرر أن يعقد مجلس محافظة العقبة جلسة طارئة يوم الأحد المقبل بحضور مديري الدفاع المدني والأمن العام لبحث خطط الإيواء، بحسب ما أعلنه رئيس المجلس.",
        "وقال مصدر في هيئة تنظيم الطيران المدني إن الأردن قد يغلق أجواءه أمام حركة الطيران مؤقتاً إذا تجددت عمليات الإطلاق باتجاه إسرائيل، كما فعل في نيسان الماضي.",
        "وتقع العقبة، المنفذ البحري الوحيد للأردن، على بعد كيلومترات قليلة من إيلات، وسقطت في محيطها خلال العام الماضي شظايا عدة صواريخ ومسيّرات أُطلقت من اليمن والعراق باتجاه إسرائيل.",
    ],
    entities=[
        ("سلاح الجو الملكي الأردني", "ORG", "Royal Jordanian Air Force"),
        ("العقبة", "GPE", "Aqaba"),
        ("حي الشلالة", "GPE", "Al-Shallaleh neighbourhood, Aqaba"),
        ("القوات المسلحة الأردنية", "ORG", "Jordanian Armed Forces"),
        ("المقاومة الإسلامية في العراق", "ORG", "Islamic Resistance in Iraq"),
        ("تيليغرام", "ORG", "Telegram"),
        ("إيلات", "GPE", "Eilat"),
        ("الجيش الإسرائيلي", "ORG", "Israel Defense Forces"),
        ("وكالة الأنباء الأردنية", "ORG", "Jordan News Agency (Petra)"),
        ("بترا", "ORG", "Jordan News Agency (Petra)"),
        ("ميناء العقبة", "FAC", "Port of Aqaba"),
        ("سلطة منطقة العقبة الاقتصادية الخاصة", "ORG", "Aqaba Special Economic Zone Authority (ASEZA)"),
        ("الشاطئ الجنوبي", "LOC", "South Beach, Aqaba"),
        ("القويرة", "GPE", "Quweira"),
        ("المملكة", "ORG", "Al-Mamlaka TV"),
        ("الأردن", "GPE", "Jordan"),
        ("مجلس محافظة العقبة", "ORG", "Aqaba Governorate Council"),
        ("الدفاع المدني", "ORG", "Civil Defence Directorate (Jordan)"),
        ("الأمن العام", "ORG", "Public Security Directorate (Jordan)"),
        ("هيئة تنظيم الطيران المدني", "ORG", "Civil Aviation Regulatory Commission (Jordan)"),
        ("إسرائيل", "GPE", "Israel"),
        ("اليمن", "GPE", "Yemen"),
        ("العراق", "GPE", "Iraq"),
    ],
    events=[
        E("ASSAULT", ["Strategic developments", "Disrupted weapons use"], "asserted", "2024-11-12", "day",
          A("سلاح الجو الملكي الأردني", "Royal Jordanian Air Force", "JOR", "military"), None, [AQABA],
          None, 3, "إصابة 3 أشخاص، بينهم طفلان، بجروح طفيفة",
          S("القوات المسلحة الأردنية", "official", "Jordanian Armed Forces"), "أسقط سلاح الجو"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "claimed", "2024-11-13", "day",
          A("المقاومة الإسلامية في العراق", "Islamic Resistance in Iraq", "IRQ", "armed_group"), None, [EILAT],
          None, None, "", S("المقاومة الإسلامية في العراق", "perpetrator_claim", "Islamic Resistance in Iraq"),
          "وأعلنت «المقاومة الإسلامية"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "denied", "2024-11-12", "day",
          None, A("عاملين اثنين", "Port workers (Aqaba)", "JOR", "civilians"), [AQ_PORT],
          None, 2, "إصابة عاملين اثنين", S("مصدر عسكري أردني", "anonymous", "Jordanian military source (via Petra)"),
          "ونفى مصدر عسكري أردني"),
        E("COERCE", None, "asserted", "2024-11-13", "day",
          A("سلطة منطقة العقبة الاقتصادية الخاصة", "Aqaba Special Economic Zone Authority (ASEZA)", "JOR", "government"),
          None, [SBEACH], None, None, "",
          S("رئيس مجلس مفوضي السلطة", "official", "ASEZA chief commissioner"), "وقررت سلطة منطقة العقبة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-11-12", "day",
          A("عشرات من أهالي العقبة", "Aqaba residents", "JOR", "protesters"), None, [AQABA], None, None, "", OWN,
          "وتجمّع عشرات من أهالي"),
        E("MOBILIZE", None, "asserted", "2024-11-13", "day", JAF, None, [AQABA], None, None, "",
          S("مصدر أمني", "anonymous", "Security source (via Al-Mamlaka)"), "ونشرت القوات المسلحة"),
        E("MOBILIZE", None, "asserted", "2024-11-13", "day", JAF, None, [QUWEIRA], None, None, "",
          S("مصدر أمني", "anonymous", "Security source (via Al-Mamlaka)"), "ونشرت القوات المسلحة"),
        E("THREATEN", None, "asserted", "2024-11-13", "day",
          A("الناطق الرسمي باسم الحكومة", "Jordanian government spokesperson", "JOR", "government"), None, [],
          None, None, "", S("الناطق الرسمي باسم الحكومة", "official", "Jordanian government spokesperson"), "وحذّر الناطق الرسمي"),
        E("CONSULT", None, "planned", "2024-11-17", "day",
          A("مجلس محافظة العقبة", "Aqaba Governorate Council", "JOR", "government"),
          A("مديري الدفاع المدني والأمن العام", "Civil Defence and Public Security directors (Aqaba)", "JOR", "police"), [],
          None, None, "", S("رئيس المجلس", "official", "Head of the Aqaba Governorate Council"), "ومن المقرر أن يعقد مجلس"),
        E("COERCE", None, "hypothetical", "2024-11-13", "day",
          A("الأردن", "Government of Jordan", "JOR", "government"), None, [], None, None, "",
          S("مصدر في هيئة تنظيم الطيران المدني", "anonymous", "Civil Aviation Regulatory Commission source"),
          "قد يغلق أجواءه"),
    ],
    notes=("Published Wed 2024-11-13; the `<time>` date line writes the month in Roman numerals («13.XI.2024»), then the weekday "
           "and a clock (21:15) later than every same-day act. Dates: «ليل الثلاثاء» / «أمس» / «مساء أمس» -> Tue 11-12 (the "
           "interception, the denied port strike, the residents' gathering); «فجر اليوم الأربعاء» / «صباح اليوم» / «فجر اليوم» / "
           "«اليوم» -> 11-13; «يوم الأحد المقبل» -> Sun 11-17; the hypothetical airspace closure takes the publication day. "
           "P1: the air force downs two drones over Aqaba and debris injures 3 («بينهم طفلان») -> ASSAULT, Strategic developments / "
           "Disrupted weapons use (as dev-013), actor2 null (origin unknown); one place (the city; the neighbourhood is inside it). "
           "P2: the Islamic Resistance in Iraq claims drones at Eilat, «وهو ما لم يعلّق عليه الجيش الإسرائيلي» -> claimed. "
           "P3: a military source (via Petra) denies a drone hit on Aqaba port with «عاملين اثنين» injured -> denied, anonymous. "
           "P4: ASEZA closes the South Beach at night -> COERCE, no ACLED type. P5: peaceful gathering at the governorate building "
           "-> outlet_own. P6: one sentence, two places: air-defence batteries around Aqaba and Quweira -> two MOBILIZE; the "
           "Al-Mamlaka chain -> anonymous. P7: the spokesperson's warning -> THREATEN without a target or place; «متوعداً» not coded "
           "separately. P8: planned council session, no venue given -> no place. P9: «قد يغلق ... إذا» -> hypothetical COERCE, no "
           "place; the April closure in the «كما فعل» clause is not coded. P10: background and aggregate, not coded. "
           "«المملكة» is the TV channel (ORG); the kingdom is never called «المملكة» in the body. Coordinates approximate (from memory)."),
)
