"""heldout22 article specs 005-008 (invented events; real places, institutions and armed groups; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 005  (published Tue 2025-09-23)  Libya, al-Jufra
T005 = "قتلى بانفجارات في مخزن للذخيرة بقاعدة الجفرة والقيادة العامة تتحدث عن هجوم بمسيّرة"
BASE = L("قاعدة الجفرة الجوية", "al-Jufra Air Base", "LY", "Al Jufrah", "facility", 29.20, 16.00)
HUN = L("هون", "Hun", "LY", "Al Jufrah", "city", 29.12, 15.95)
WADDAN = L("ودان", "Waddan", "LY", "Al Jufrah", "city", 29.16, 16.14)
SOKNA = L("سوكنة", "Sokna", "LY", "Al Jufrah", "city", 29.07, 15.78)
BENGHAZI = L("بنغازي", "Benghazi", "LY", "Benghazi", "city", 32.12, 20.07)
LNA = "Libyan National Army (General Command)"
A005 = dict(
    id="005_news_item", format="text", published="2025-09-23", title=T005,
    head=[T005, "9/23/2025 5:40:12 م", "هون - مكتب الجفرة",
          "مدخل قاعدة الجفرة الجوية (أرشيف)",
          "شارك على: فيسبوك / إكس / واتساب"],
    foot=["طالع أيضاً: ارتفاع أسعار الوقود في أسواق الجنوب الليبي",
          "الكلمات الدالة: الجفرة، هون، ودان",
          "تابعونا على تلغرام",
          "جميع الحقوق محفوظة © بوابة الواحات الإخبارية 2025"],
    paras=[
        "قُتل ٤ عسكريين وأصيب 11 آخرون، ليل الاثنين، في سلسلة انفجارات هزّت مخزناً للذخيرة داخل قاعدة الجفرة الجوية قرب مدينة هون، قالت القيادة العامة للقوات المسلحة العربية الليبية إنها نجمت عن «هجوم بطائرة مسيّرة مجهولة الهوية».",
        "وأضافت القيادة العامة، في البيان ذاته، أن الدفاعات الجوية أسقطت فجر اليوم الثلاثاء طائرة مسيّرة ثانية كانت تحلّق فوق مدينة ودان شمال شرقي القاعدة.",
        "وأجلت فرق الهلال الأحمر الليبي، صباح اليوم، 60 عائلة من المنازل المحاذية للقاعدة في هون، و25 عائلة أخرى من مزارع في ضواحي سوكنة، إلى مدارس ومقار حكومية، وفق ما أعلنه فرع الجمعية في الجفرة.",
        "ونفت وزارة الدفاع في حكومة الوحدة الوطنية، في بيان صدر صباح اليوم، أي علاقة لها بالهجوم على قاعدة الجفرة الجوية ليل الاثنين، مؤكدة أن طائراتها «لم تنفذ أي طلعة جنوب خط سرت - الجفرة».",
        "غير أن الناطق باسم القيادة العامة اتهم، في مؤتمر صحافي عقده في بنغازي ظهر اليوم، حكومة الوحدة الوطنية بـ«التورط» في الهجوم، قائلاً إن المسيّرة «انطلقت من مطار في غرب البلاد».",
        "واعتقلت الأجهزة الأمنية في هون، فجر اليوم، شابين بتهمة تصوير الانفجارات ونشر مقاطع مصوّرة لها على مواقع التواصل الاجتماعي، بحسب ما نقلته «بوابة الوسط» عن مصدر أمني.",
        "ونظّم عشرات من أهالي هون، عصر اليوم، وقفة احتجاجية أمام مقر المجلس البلدي للمطالبة بنقل مخازن الذخيرة بعيداً عن الأحياء السكنية، وفق ما أوردته قناة «ليبيا الحدث».",
        "وقال مصدر عسكري إن القيادة العامة ستبدأ الأسبوع المقبل نقل ما تبقى من مخازن الذخيرة في القاعدة إلى موقع صحراوي جنوب ودان، «استجابة لمطالب الأهالي».",
        "ودعت بعثة الأمم المتحدة للدعم في ليبيا، في بيان اليوم، إلى «تحقيق شفاف» في ملابسات الانفجارات، وحثّت الأطراف الليبية على ضبط النفس وتجنب أي تصعيد.",
        "وتضم قاعدة الجفرة، الواقعة في وسط البلاد، أحد أكبر مستودعات السلاح التابعة للقيادة العامة، وقد تعرضت لغارات جوية متكررة خلال حرب عامي 2019 و2020 قبل توقيع اتفاق وقف إطلاق النار.",
    ],
    entities=[
        ("قاعدة الجفرة الجوية", "FAC", "al-Jufra Air Base"),
        ("هون", "GPE", "Hun"),
        ("القيادة العامة للقوات المسلحة العربية الليبية", "ORG", "General Command of the Libyan Arab Armed Forces (LNA)"),
        ("القيادة العامة", "ORG", "General Command of the Libyan Arab Armed Forces (LNA)"),
        ("ودان", "GPE", "Waddan"),
        ("الهلال الأحمر الليبي", "ORG", "Libyan Red Crescent"),
        ("سوكنة", "GPE", "Sokna"),
        ("الجفرة", "GPE", "al-Jufra"),
        ("وزارة الدفاع", "ORG", "Ministry of Defence (Government of National Unity, Libya)"),
        ("حكومة الوحدة الوطنية", "ORG", "Government of National Unity (Libya)"),
        ("سرت", "GPE", "Sirte"),
        ("بنغازي", "GPE", "Benghazi"),
        ("بوابة الوسط", "ORG", "Al-Wasat (Libya)"),
        ("ليبيا الحدث", "ORG", "Libya Al-Hadath TV"),
        ("بعثة الأمم المتحدة للدعم في ليبيا", "ORG", "UN Support Mission in Libya (UNSMIL)"),
        ("قاعدة الجفرة", "FAC", "al-Jufra Air Base"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-09-22", "day",
          None, A("عسكريين", LNA, "LBY", "military"), [BASE],
          4, 11, "قُتل ٤ عسكريين وأصيب 11 آخرون",
          S("القيادة العامة للقوات المسلحة العربية الليبية", "official", LNA), "قُتل ٤ عسكريين"),
        E("ASSAULT", ["Strategic developments", "Disrupted weapons use"], "asserted", "2025-09-23", "day",
          A("الدفاعات الجوية", LNA, "LBY", "military"), None, [WADDAN],
          None, None, "", S("القيادة العامة", "official", LNA), "وأضافت القيادة العامة"),
        E("AID", None, "asserted", "2025-09-23", "day",
          A("الهلال الأحمر الليبي", "Libyan Red Crescent", "LBY", "other"),
          A("60 عائلة", "Families near al-Jufra base (Hun)", "LBY", "civilians"), [HUN],
          None, None, "", S("فرع الجمعية في الجفرة", "ngo", "Libyan Red Crescent, al-Jufra branch"), "وأجلت فرق الهلال"),
        E("AID", None, "asserted", "2025-09-23", "day",
          A("الهلال الأحمر الليبي", "Libyan Red Crescent", "LBY", "other"),
          A("25 عائلة أخرى", "Farm families (Sokna)", "LBY", "civilians"), [SOKNA],
          None, None, "", S("فرع الجمعية في الجفرة", "ngo", "Libyan Red Crescent, al-Jufra branch"), "وأجلت فرق الهلال"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "denied", "2025-09-22", "day",
          A("حكومة الوحدة الوطنية", "GNU-aligned forces (Libya)", "LBY", "military"), None, [BASE],
          None, None, "", S("وزارة الدفاع", "official", "Ministry of Defence (GNU)"), "ونفت وزارة الدفاع"),
        E("ACCUSE", None, "asserted", "2025-09-23", "day",
          A("الناطق باسم القيادة العامة", LNA, "LBY", "military"),
          A("حكومة الوحدة الوطنية", "Government of National Unity (Libya)", "LBY", "government"), [BENGHAZI],
          None, None, "", S("الناطق باسم القيادة العامة", "official", "LNA spokesman"), "غير أن الناطق"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-09-23", "day",
          A("الأجهزة الأمنية", "Security services (east Libya)", "LBY", "police"),
          A("شابين", "Youths of Hun", "LBY", "civilians"), [HUN],
          None, None, "", S("مصدر أمني", "anonymous", "Security source (via Al-Wasat)"), "واعتقلت الأجهزة الأمنية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-09-23", "day",
          A("عشرات من أهالي هون", "Residents of Hun", "LBY", "protesters"), None, [HUN],
          None, None, "", S("ليبيا الحدث", "media", "Libya Al-Hadath TV"), "ونظّم عشرات"),
        E("MOBILIZE", None, "planned", "2025-10-01", "week",
          A("القيادة العامة", LNA, "LBY", "military"), None, [WADDAN],
          None, None, "", S("مصدر عسكري", "anonymous", "LNA military source"), "ستبدأ الأسبوع المقبل"),
        E("REQUEST", None, "asserted", "2025-09-23", "day",
          A("بعثة الأمم المتحدة للدعم في ليبيا", "UN Support Mission in Libya (UNSMIL)", None, "igo"),
          A("الأطراف الليبية", "Libyan parties", "LBY", "other"), [],
          None, None, "", S("بعثة الأمم المتحدة للدعم في ليبيا", "official", "UNSMIL"), "ودعت بعثة الأمم المتحدة"),
    ],
    notes=("Published Tue 2025-09-23; the date line is in US order with seconds and a 12-hour clock («9/23/2025 5:40:12 م», i.e. 17:40), "
           "later than every same-day act («فجر اليوم», «صباح اليوم», «ظهر اليوم», «عصر اليوم»). Dates: «ليل الاثنين» -> Mon 09-22 (the "
           "explosions; the denied GNU strike); «اليوم» forms -> 09-23; «الأسبوع المقبل» -> Wed 10-01 with week precision (planned move of "
           "the depots). P1: the LNA says the depot blasts were a drone attack by an unknown party -> ASSAULT, Air/drone strike, actor1 null, "
           "4 killed (Eastern digit) and 11 injured; official. P2: air defences down a second drone over Waddan -> ASSAULT, Disrupted weapons use "
           "(as dev-013). P3: one sentence, two places: Red Crescent evacuations in Hun (60 families) and Sokna (25) -> two AID events; "
           "«فرع الجمعية في الجفرة» -> ngo. P4: the GNU defence ministry denies any role -> denied ASSAULT dated by the alleged night; "
           "«مؤكدة» not coded. P5: the LNA spokesman's accusation, venue given (a press conference in Benghazi) -> placed in Benghazi; "
           "«قائلاً» not coded. P6: arrests of two youths for filming; «نقلته «بوابة الوسط» عن مصدر أمني» -> anonymous. P7: residents' "
           "stand at the municipal council, reported by Libya Al-Hadath TV -> media. P8: «ستبدأ الأسبوع المقبل» -> planned MOBILIZE (moving "
           "ammunition stores to a new desert site south of Waddan), no ACLED type for a plan of this kind. P9: UNSMIL's call, no place. "
           "P10: background (the depot, 2019-2020 strikes) not coded. «قاعدة الجفرة» (P10) is listed beside its full name. "
           "Coordinates approximate (from memory)."),
)

# ---------------------------------------------------------------- 006  (published Sun 2025-02-09)  Egypt, Port Said
T006 = "شغب عقب ديربي القناة في بورسعيد وإصابة 23 شخصاً والرابطة تعاقب المصري"
STADIUM = L("استاد بورسعيد", "Port Said Stadium", "EG", "Port Said", "facility", 31.26, 32.29)
PSAID = L("بورسعيد", "Port Said", "EG", "Port Said", "city", 31.27, 32.30)
ISMAILIA = L("الإسماعيلية", "Ismailia", "EG", "Ismailia", "city", 30.60, 32.27)
CAIRO = L("القاهرة", "Cairo", "EG", "Cairo", "city", 30.04, 31.24)
MASRY = A("النادي المصري", "Al-Masry SC", "EGY", "other")
A006 = dict(
    id="006_news_item", format="text", published="2025-02-09", title=T006,
    head=[T006, "السنة 71 - العدد 24831 - الأحد 9 فبراير 2025", "بورسعيد - من مراسلنا",
          "مدرجات استاد بورسعيد قبل انطلاق إحدى المباريات (أرشيف)",
          "شارك عبر: فيسبوك - واتساب - إكس"],
    foot=["اقرأ أيضاً: الأرصاد تتوقع طقساً بارداً على السواحل الشمالية",
          "كلمات البحث: بورسعيد، الدوري، الشغب",
          "تابعوا «القناة اليوم» على واتساب",
          "جميع الحقوق محفوظة لجريدة القناة اليوم 2025"],
    paras=[
        "أصيب 23 شخصاً، بينهم 6 من أفراد الشرطة، مساء أمس السبت، في أعمال شغب اندلعت عقب مباراة النادي المصري ونادي الإسماعيلي على استاد بورسعيد، حين اقتحم مشجعون أرض الملعب وتبادلوا الرشق بالحجارة والشماريخ مع جماهير الفريق الضيف، وفق ما أعلنته هيئة الإسعاف المصرية.",
        "وألقت قوات الأمن، ليل أمس، القبض على 41 مشجعاً داخل استاد بورسعيد وفي محيطه، فيما أوقفت مباحث الإسماعيلية، صباح اليوم، 8 آخرين بتهمة التحريض على العنف عبر مواقع التواصل الاجتماعي، بحسب ما نقلته وكالة أنباء الشرق الأوسط عن مصدر أمني.",
        "وتعرّضت ثلاث حافلات تقل مشجعي الإسماعيلي للرشق بالحجارة عند المدخل الجنوبي لمدينة بورسعيد أثناء مغادرتها ليل أمس، ما أدى إلى تحطم زجاجها وإصابة سائق بجروح في الرأس، وفق ما قاله مشجعون لمراسلنا.",
        "وقررت رابطة الأندية المصرية المحترفة، في اجتماع طارئ عقدته اليوم الأحد، معاقبة النادي المصري بخوض مبارياته المتبقية على ملعبه من دون جمهور حتى نهاية الموسم وتغريمه مليون جنيه.",
        "واتهمت رابطة «ألتراس جرين إيجلز»، في بيان نشرته اليوم على صفحتها في فيسبوك، قوات الأمن بـ«الاعتداء على المشجعين» عند بوابات الاستاد قبل انطلاق المباراة، محمّلةً إياها مسؤولية ما جرى.",
        "ونفت وزارة الداخلية، في بيان اليوم، استخدام قوات الأمن طلقات الخرطوش ضد الجماهير داخل استاد بورسعيد ليل أمس، مؤكدة أن القوات «التزمت بضبط النفس» واكتفت بتأمين خروج جماهير الفريقين.",
        "وأعلن النادي المصري، في بيان اليوم، رفضه العقوبات التي وصفها بـ«القاسية وغير المسبوقة»، وعزمه التظلم منها أمام لجنة الاستئناف في الاتحاد المصري لكرة القدم خلال 48 ساعة.",
        "ومن المقرر أن يستقبل وزير الشباب والرياضة رئيسي الناديين في مقر الوزارة بالقاهرة يوم الثلاثاء المقبل لبحث «ميثاق شرف» لتأمين مباريات الدوري، بحسب ما أفاد به المتحدث باسم الوزارة.",
        "وقال مصدر أمني إن وزارة الداخلية قد تعيد فرض حظر حضور الجماهير في مباريات الدوري كلياً إذا تكررت أعمال الشغب، مرجّحاً أن تُقام مباراة الإياب بين الفريقين «في ملعب محايد».",
        "ويحمل استاد بورسعيد ذكرى أحداث الأول من فبراير 2012 التي قُتل فيها 72 من مشجعي النادي الأهلي عقب مباراة بين الفريقين، وهي الأحداث التي أدت إلى منع حضور الجماهير في الملاعب المصرية لسنوات.",
    ],
    entities=[
        ("النادي المصري", "ORG", "Al-Masry SC"),
        ("نادي الإسماعيلي", "ORG", "Ismaily SC"),
        ("استاد بورسعيد", "FAC", "Port Said Stadium"),
        ("هيئة الإسعاف المصرية", "ORG", "Egyptian Ambulance Organization"),
        ("الإسماعيلية", "GPE", "Ismailia"),
        ("وكالة أنباء الشرق الأوسط", "ORG", "Middle East News Agency (MENA)"),
        ("الإسماعيلي", "ORG", "Ismaily SC"),
        ("بورسعيد", "GPE", "Port Said"),
        ("رابطة الأندية المصرية المحترفة", "ORG", "Egyptian Pro League Association"),
        ("ألتراس جرين إيجلز", "ORG", "Green Eagles Ultras (Al-Masry)"),
        ("فيسبوك", "ORG", "Facebook"),
        ("وزارة الداخلية", "ORG", "Egyptian Ministry of Interior"),
        ("الاتحاد المصري لكرة القدم", "ORG", "Egyptian Football Association"),
        ("القاهرة", "GPE", "Cairo"),
        ("النادي الأهلي", "ORG", "Al Ahly SC"),
    ],
    events=[
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2025-02-08", "day",
          A("مشجعون", "Al-Masry supporters", "EGY", "civilians"),
          A("جماهير الفريق الضيف", "Ismaily supporters", "EGY", "civilians"), [STADIUM],
          None, 23, "أصيب 23 شخصاً، بينهم 6 من أفراد الشرطة",
          S("هيئة الإسعاف المصرية", "official", "Egyptian Ambulance Organization"), "أصيب 23 شخصاً"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-02-08", "day",
          A("قوات الأمن", "Egyptian security forces", "EGY", "police"),
          A("41 مشجعاً", "Football supporters (Port Said)", "EGY", "civilians"), [STADIUM],
          None, None, "", S("مصدر أمني", "anonymous", "Egyptian security source (via MENA)"), "وألقت قوات الأمن"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-02-09", "day",
          A("مباحث الإسماعيلية", "Ismailia criminal investigations police", "EGY", "police"),
          A("8 آخرين", "Football supporters (Ismailia)", "EGY", "civilians"), [ISMAILIA],
          None, None, "", S("مصدر أمني", "anonymous", "Egyptian security source (via MENA)"), "وألقت قوات الأمن"),
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2025-02-08", "day",
          None, A("مشجعي الإسماعيلي", "Ismaily supporters", "EGY", "civilians"), [PSAID],
          None, 1, "إصابة سائق بجروح في الرأس", S("مشجعون", "witness", "Ismaily supporters (eyewitnesses)"), "وتعرّضت ثلاث حافلات"),
        E("SANCTION", None, "asserted", "2025-02-09", "day",
          A("رابطة الأندية المصرية المحترفة", "Egyptian Pro League Association", "EGY", "other"), MASRY, [],
          None, None, "", OWN, "وقررت رابطة الأندية"),
        E("ACCUSE", None, "asserted", "2025-02-09", "day",
          A("ألتراس جرين إيجلز", "Green Eagles Ultras (Al-Masry)", "EGY", "other"),
          A("قوات الأمن", "Egyptian security forces", "EGY", "police"), [],
          None, None, "", S("ألتراس جرين إيجلز", "official", "Green Eagles Ultras"), "واتهمت رابطة"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2025-02-08", "day",
          A("قوات الأمن", "Egyptian security forces", "EGY", "police"),
          A("الجماهير", "Football supporters (Port Said)", "EGY", "civilians"), [STADIUM],
          None, None, "", S("وزارة الداخلية", "official", "Egyptian Ministry of Interior"), "ونفت وزارة الداخلية"),
        E("REJECT", None, "asserted", "2025-02-09", "day",
          MASRY, None, [], None, None, "", S("النادي المصري", "official", "Al-Masry SC"), "وأعلن النادي المصري"),
        E("CONSULT", None, "planned", "2025-02-11", "day",
          A("وزير الشباب والرياضة", "Egyptian Minister of Youth and Sports", "EGY", "government"),
          A("رئيسي الناديين", "Presidents of Al-Masry and Ismaily", "EGY", "other"), [CAIRO],
          None, None, "", S("المتحدث باسم الوزارة", "official", "Ministry of Youth and Sports spokesman"), "ومن المقرر أن يستقبل"),
        E("COERCE", None, "hypothetical", "2025-02-09", "day",
          A("وزارة الداخلية", "Egyptian Ministry of Interior", "EGY", "government"), None, [],
          None, None, "", S("مصدر أمني", "anonymous", "Egyptian security source"), "قد تعيد فرض حظر"),
    ],
    notes=("Published Sun 2025-02-09; the date line is a print-edition line with volume and issue numbers «السنة 71 - العدد 24831 - "
           "الأحد 9 فبراير 2025» and no clock. Dates: «مساء أمس السبت» / «ليل أمس» -> Sat 02-08 (riot, stadium arrests, the bus attack, "
           "the denied birdshot); «صباح اليوم» / «اليوم» -> 02-09; «يوم الثلاثاء المقبل» -> Tue 02-11 (planned meeting); the hypothetical "
           "fan ban takes the publication day. P1: fans invade the pitch and fight the visiting fans -> ASSAULT, Riots / Mob violence, both "
           "sides civilians; 23 injured; the ambulance authority -> official. P2: one sentence, two places and two times: 41 arrests at the "
           "stadium last night and 8 in Ismailia this morning; chain «نقلته وكالة أنباء الشرق الأوسط عن مصدر أمني» -> anonymous. P3: buses "
           "stoned at the entrance of Port Said -> Mob violence, attackers unnamed (actor1 null), one driver injured; fans speaking to our "
           "correspondent -> witness. P4: the league's sanction, no venue given -> no place; unattributed -> outlet_own. P5: the ultras' "
           "accusation on Facebook (official: a group's own statement), no place; «محمّلةً» not coded. P6: the interior ministry denies "
           "birdshot fire on fans inside the stadium «ليل أمس» -> denied ASSAULT / Attack; «مؤكدة» not coded. P7: the club rejects the "
           "sanction -> REJECT, actor2 null (the league is not named in the sentence); 48 hours is not a casualty. P8: planned meeting in "
           "Cairo. P9: «قد تعيد فرض حظر ... إذا» -> hypothetical COERCE (a ban on fans), no ACLED type, no place; «مرجّحاً» not coded. "
           "P10: history (Feb 2012) not coded. «الإسماعيلي» (P3) is listed as the club's short form. Coordinates approximate."),
)

# ---------------------------------------------------------------- 007  (published Wed 2024-07-17)  Ethiopia, Amhara
T007 = "«فانو» تدخل دبرة تابور وغارات بمسيّرات قرب لاليبيلا وولديا"
TABOR = L("دبرة تابور", "Debre Tabor", "ET", "Amhara", "city", 11.85, 38.02)
LALI = L("لاليبيلا", "Lalibela", "ET", "Amhara", "city", 12.03, 39.04)
WOLDIA = L("ولديا", "Woldia", "ET", "Amhara", "city", 11.83, 39.60)
GONDAR = L("غوندر", "Gondar", "ET", "Amhara", "city", 12.61, 37.47)
BAHIRDAR = L("بحر دار", "Bahir Dar", "ET", "Amhara", "city", 11.59, 37.39)
FANO = A("فانو", "Fano militia", "ETH", "armed_group")
ENDF = A("الجيش الإثيوبي", "Ethiopian National Defense Force", "ETH", "military")
A007 = dict(
    id="007_news_item", format="html", published="2024-07-17", title=T007,
    html=dict(
        site="الحبشة اليوم",
        nav=["الرئيسية", "إثيوبيا", "القرن الأفريقي", "السودان", "اقتصاد", "ملفات"],
        kicker="إقليم أمهرة",
        byline="أديس أبابا - مكتب القرن الأفريقي",
        datetime="2024-07-17T16:30",
        time="2024 يوليو 17 - الأربعاء | 16:30",
        img="/files/2024/07/amhara-road.jpg",
        caption="طريق جبلي في شمال إقليم أمهرة (أرشيف)",
        share=["انشر:", "فيسبوك", "إكس", "تلغرام"],
        tags=["الوسوم:", "إثيوبيا", "أمهرة", "فانو"],
        related=["اقرأ أيضاً", "ارتفاع أسعار البن في أسواق أديس أبابا", "سد النهضة يبدأ موسم الملء الجديد"],
        footer=["عن الموقع", "اتصل بنا", "نسختنا على تطبيقات الهاتف", "جميع الحقوق محفوظة © الحبشة اليوم 2024"],
    ),
    paras=[
        "سيطر مسلحون من ميليشيا «فانو»، أمس الثلاثاء، على أجزاء واسعة من مدينة دبرة تابور في إقليم أمهرة شمالي إثيوبيا بعد معارك عنيفة مع الجيش الإثيوبي أسفرت عن مقتل 12 شخصاً على الأقل، بحسب ما أفاد به سكان لموقع «أديس ستاندرد».",
        "وأعلنت وكالة الأنباء الإثيوبية، صباح اليوم الأربعاء، أن الجيش الإثيوبي استعاد السيطرة الكاملة على دبرة تابور بعد «تطهيرها من العناصر المتطرفة»، وأن الحياة بدأت تعود إلى طبيعتها في المدينة.",
        "وشنّ الجيش الإثيوبي، ليل الاثنين، غارات بطائرات مسيّرة على مواقع لمسلحي «فانو» قرب مدينة لاليبيلا، وعلى سوق شعبية في ضواحي مدينة ولديا أسفرت عن مقتل ٧ مدنيين، وفق ما أفادت به مصادر طبية.",
        "وفي غوندر، قُتل ٣ متظاهرين وأصيب آخرون، ظهر أمس، عندما أطلق جنود النار على مسيرة خرجت للاحتجاج على حملة اعتقالات طالت شباناً من المدينة، بحسب ما أعلنته اللجنة الإثيوبية لحقوق الإنسان في بيان.",
        "واعتقلت قوات الأمن في بحر دار، مساء أمس، عشرات الشبان خلال حملة دهم طالت أحياء عدة بتهمة «التعاون مع المتطرفين»، وفق ما قاله أقارب بعض المعتقلين لمراسلنا.",
        "وفرضت القيادة العسكرية المؤقتة في الإقليم، اليوم، حظر تجوال ليلياً في دبرة تابور يبدأ من السادسة مساءً حتى السادسة صباحاً، ومنعت حركة الدراجات النارية في المدينة حتى إشعار آخر.",
        "في المقابل، زعم قائد ميداني في «فانو»، في تسجيل صوتي نُشر على منصة تلغرام، أن مقاتليه نصبوا فجر اليوم كميناً لرتل عسكري قرب ولديا وقتلوا «عشرات الجنود»، وهو ما لم تعلّق عليه الحكومة.",
        "ووصلت إلى لاليبيلا، صباح اليوم، قافلة من 20 شاحنة تابعة لبرنامج الأغذية العالمي محمّلة بالقمح والزيت لنحو 40 ألف نازح، بعد أسبوعين من إغلاق الطريق المؤدي إلى المدينة، بحسب ما أعلنه البرنامج.",
        "ودعا رئيس مفوضية الاتحاد الأفريقي، في بيان اليوم، الحكومة الإثيوبية ومسلحي «فانو» إلى وقف فوري للأعمال العدائية والدخول في «حوار شامل» برعاية أفريقية.",
        "ويشهد إقليم أمهرة منذ أغسطس 2023 مواجهات متقطعة بين الجيش الإثيوبي وميليشيا «فانو» التي قاتلت إلى جانب القوات الحكومية خلال حرب تيغراي، قبل أن تنقلب عليها إثر قرار حل القوات الخاصة الإقليمية.",
    ],
    entities=[
        ("فانو", "ORG", "Fano militia"),
        ("دبرة تابور", "GPE", "Debre Tabor"),
        ("إقليم أمهرة", "GPE", "Amhara Region"),
        ("إثيوبيا", "GPE", "Ethiopia"),
        ("الجيش الإثيوبي", "ORG", "Ethiopian National Defense Force"),
        ("أديس ستاندرد", "ORG", "Addis Standard"),
        ("وكالة الأنباء الإثيوبية", "ORG", "Ethiopian News Agency (ENA)"),
        ("لاليبيلا", "GPE", "Lalibela"),
        ("ولديا", "GPE", "Woldia"),
        ("غوندر", "GPE", "Gondar"),
        ("اللجنة الإثيوبية لحقوق الإنسان", "ORG", "Ethiopian Human Rights Commission (EHRC)"),
        ("بحر دار", "GPE", "Bahir Dar"),
        ("تلغرام", "ORG", "Telegram"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("مفوضية الاتحاد الأفريقي", "ORG", "African Union Commission"),
        ("تيغراي", "GPE", "Tigray"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Non-state actor overtakes territory"], "asserted", "2024-07-16", "day",
          A("مسلحون من ميليشيا «فانو»", "Fano militia", "ETH", "armed_group"), ENDF, [TABOR],
          12, None, "مقتل 12 شخصاً على الأقل", S("سكان", "witness", "Residents (via Addis Standard)"), "سيطر مسلحون"),
        E("ASSAULT", ["Battles", "Government regains territory"], "asserted", "2024-07-17", "day",
          ENDF, A("العناصر المتطرفة", "Fano militia", "ETH", "armed_group"), [TABOR],
          None, None, "", S("وكالة الأنباء الإثيوبية", "wire", "Ethiopian News Agency (ENA)"), "وأعلنت وكالة الأنباء"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-07-15", "day",
          ENDF, A("مسلحي «فانو»", "Fano militia", "ETH", "armed_group"), [LALI],
          None, None, "", S("مصادر طبية", "anonymous", "Medical sources"), "وشنّ الجيش الإثيوبي"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-07-15", "day",
          ENDF, A("مدنيين", "Civilians (Ethiopia)", "ETH", "civilians"), [WOLDIA],
          7, None, "مقتل ٧ مدنيين", S("مصادر طبية", "anonymous", "Medical sources"), "وشنّ الجيش الإثيوبي"),
        E("ASSAULT", ["Protests", "Excessive force against protesters"], "asserted", "2024-07-16", "day",
          A("جنود", "Ethiopian National Defense Force", "ETH", "military"),
          A("متظاهرين", "Protesters (Gondar)", "ETH", "protesters"), [GONDAR],
          3, None, "قُتل ٣ متظاهرين وأصيب آخرون",
          S("اللجنة الإثيوبية لحقوق الإنسان", "official", "Ethiopian Human Rights Commission (EHRC)"), "وفي غوندر"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-07-16", "day",
          A("قوات الأمن", "Ethiopian security forces", "ETH", "police"),
          A("عشرات الشبان", "Youths of Bahir Dar", "ETH", "civilians"), [BAHIRDAR],
          None, None, "", S("أقارب بعض المعتقلين", "witness", "Detainees' relatives"), "واعتقلت قوات الأمن"),
        E("COERCE", None, "asserted", "2024-07-17", "day",
          A("القيادة العسكرية المؤقتة في الإقليم", "Amhara regional command post (ENDF)", "ETH", "military"), None, [TABOR],
          None, None, "", OWN, "وفرضت القيادة العسكرية"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2024-07-17", "day",
          FANO, A("رتل عسكري", "Ethiopian National Defense Force", "ETH", "military"), [WOLDIA],
          None, None, "عشرات الجنود", S("قائد ميداني في «فانو»", "perpetrator_claim", "Fano field commander"), "زعم قائد ميداني"),
        E("AID", None, "asserted", "2024-07-17", "day",
          A("برنامج الأغذية العالمي", "World Food Programme", None, "igo"),
          A("نحو 40 ألف نازح", "Displaced people (Lalibela)", "ETH", "civilians"), [LALI],
          None, None, "", S("البرنامج", "official", "World Food Programme"), "ووصلت إلى لاليبيلا"),
        E("REQUEST", None, "asserted", "2024-07-17", "day",
          A("رئيس مفوضية الاتحاد الأفريقي", "Chairperson of the African Union Commission", None, "igo"),
          A("الحكومة الإثيوبية", "Government of Ethiopia", "ETH", "government"), [],
          None, None, "", S("رئيس مفوضية الاتحاد الأفريقي", "official", "Chairperson of the AU Commission"), "ودعا رئيس مفوضية"),
    ],
    notes=("Published Wed 2024-07-17 (11 Muharram 1446); the `<time>` date line is year-first with a worded month and the weekday after "
           "the date («2024 يوليو 17 - الأربعاء | 16:30»); the clock is later than every same-day act («فجر اليوم», «صباح اليوم»). "
           "Dates: «ليل الاثنين» -> Mon 07-15 (drone strikes); «أمس الثلاثاء» / «ظهر أمس» / «مساء أمس» -> 07-16; «اليوم» forms -> 07-17. "
           "P1: Fano takes large parts of Debre Tabor -> Battles / Non-state actor overtakes territory; 12 killed «على الأقل» -> 12; "
           "«سكان لموقع «أديس ستاندرد»» -> witness (innermost speaker). P2: ENA speaking for itself -> wire; the army's recapture -> "
           "Government regains territory, dated by the report («صباح اليوم الأربعاء»). P3: one sentence, two places: drone strikes on Fano "
           "positions near Lalibela (no casualty figure) and on a market near Woldia (٧ civilians killed); medical sources -> anonymous. "
           "P4: soldiers fire on a march in Gondar, ٣ killed -> ASSAULT, Protests / Excessive force against protesters (as heldout20 coded "
           "live fire on protesters); the EHRC, a state-established commission -> official. P5: arrests in Bahir Dar; detainees' relatives "
           "speaking to our correspondent -> witness. P6: curfew in Debre Tabor -> COERCE with no ACLED type (as dev-007's curfew), "
           "unattributed -> outlet_own. P7: Fano commander's claim of an ambush near Woldia, explicitly not commented on -> claimed, "
           "Armed clash, vague toll «عشرات الجنود» -> null. P8: WFP convoy to Lalibela -> AID (IGO speaking of its own act -> official). "
           "P9: AU Commission chair's call aimed at two parties -> actor2 the first named (the government), no place. P10: background not "
           "coded. The AU chair is named by title only. Coordinates approximate (from memory)."),
)

# ---------------------------------------------------------------- 008  (published Thu 2024-12-05)  Somalia, Bay region
T008 = "الشباب تحرق شاحنات غذاء قرب بورهكبة وقذائف على مطار بيدوا"
BURHA = L("بورهكبة", "Burhakaba", "SO", "Bay", "city", 2.78, 44.08)
BAIDOA = L("بيدوا", "Baidoa", "SO", "Bay", "city", 3.12, 43.65)
BAIDOA_AP = L("مطار بيدوا", "Baidoa airport", "SO", "Bay", "facility", 3.10, 43.63)
DINSOOR = L("دينسور", "Dinsoor", "SO", "Bay", "city", 2.41, 42.98)
AWDINLE = L("أودينلي", "Awdinle", "SO", "Bay", "city", 3.08, 43.82)
SHABAAB = A("حركة الشباب", "Al-Shabaab", "SOM", "armed_group")
SNA = A("الجيش الوطني الصومالي", "Somali National Army", "SOM", "military")
SWS = A("قوات ولاية جنوب الغرب", "South West State forces", "SOM", "military")
A008 = dict(
    id="008_news_item", format="text", published="2024-12-05", title=T008,
    head=[T008, "الخميس 1446/06/04هـ", "بيدوا - مكتب إقليم باي",
          "شاحنات متوقفة على طريق بيدوا - مقديشو (أرشيف)",
          "أرسل الخبر: واتساب ▪ فيسبوك ▪ إكس"],
    foot=["اقرأ أيضاً: تأخر أمطار موسم «الدير» في مناطق الجنوب الغربي",
          "وسوم: بيدوا، الحصار، الجنوب الغربي",
          "تابعونا على قناتنا في يوتيوب",
          "© بوابة الجنوب الغربي 2024 - جميع الحقوق محفوظة"],
    paras=[
        "أحرق مسلحون من حركة الشباب، أمس الأربعاء، ثماني شاحنات محمّلة بالدقيق والسكر قرب بلدة بورهكبة على الطريق الرابط بين بيدوا ومقديشو، واقتادوا سائقيها الثمانية إلى جهة مجهولة، بحسب ما أفاد به سائق تمكن من الفرار.",
        "وسقطت ٣ قذائف هاون أطلقها مسلحو الحركة، ليل الثلاثاء، داخل مطار بيدوا الذي تتمركز فيه قوات تابعة لبعثة الاتحاد الأفريقي الانتقالية في الصومال (أتميس)، ما أدى إلى إصابة جنديين إثيوبيين بجروح، وفق ما أفاد به مصدر عسكري طلب عدم الكشف عن هويته.",
        "وتبنّت حركة الشباب، في بيان نشرته إذاعة «الأندلس» التابعة لها، تفجير عبوة ناسفة صباح اليوم استهدفت رتلاً من الجيش الوطني الصومالي قرب بلدة دينسور، زاعمةً مقتل 5 جنود، وهو ما لم يؤكده الجيش أو ينفه.",
        "واندلعت، فجر اليوم الخميس، اشتباكات بين قوات ولاية جنوب الغرب ومسلحي الحركة قرب بلدة أودينلي شرقي بيدوا، قُتل فيها 4 من عناصر الحركة وجندي واحد، بحسب ما أعلنه وزير الأمن في الولاية في تصريح لإذاعة محلية.",
        "وتظاهر مئات من سكان بيدوا، صباح اليوم، أمام مقر إدارة إقليم باي احتجاجاً على ارتفاع أسعار الدقيق والسكر إلى أكثر من الضعف، مطالبين السلطات بتأمين الطريق إلى مقديشو، وفق ما أفاد به مراسلنا.",
        "وأعلن برنامج الأغذية العالمي، في بيان اليوم، أنه نقل جواً أمس 40 طناً من المساعدات الغذائية إلى مطار بيدوا لتوزيعها على العائلات النازحة في المخيمات المحيطة بالمدينة.",
        "واعتقلت الشرطة في بيدوا، ليل الأربعاء، 11 شخصاً يُشتبه في تعاونهم مع حركة الشباب وتسريب معلومات عن تحركات القوافل، وفق ما أوردته وكالة الأنباء الوطنية الصومالية (صونا).",
        "ونفت وزارة الدفاع الصومالية، في بيان اليوم، ما تداولته مواقع إخبارية عن انسحاب القوات الإثيوبية من قاعدة عسكرية قرب بورهكبة الأسبوع الماضي، مؤكدة أن القوات «لا تزال في مواقعها وفق ترتيبات البعثة الأفريقية».",
        "ومن المقرر أن تبدأ قوات ولاية جنوب الغرب والجيش الوطني الصومالي، يوم السبت المقبل، عملية مشتركة لتأمين الطريق المؤدي إلى بورهكبة وإعادة فتحه أمام الشاحنات التجارية، بحسب ما أعلنه المتحدث باسم إدارة الولاية.",
        "وتفرض حركة الشباب منذ أشهر قيوداً مشددة على حركة الشاحنات بين بيدوا ومقديشو، فيما تقدّر الأمم المتحدة عدد النازحين في محيط بيدوا بأكثر من 800 ألف شخص.",
    ],
    entities=[
        ("حركة الشباب", "ORG", "Al-Shabaab"),
        ("بورهكبة", "GPE", "Burhakaba"),
        ("بيدوا", "GPE", "Baidoa"),
        ("مقديشو", "GPE", "Mogadishu"),
        ("مطار بيدوا", "FAC", "Baidoa airport"),
        ("بعثة الاتحاد الأفريقي الانتقالية في الصومال", "ORG", "African Union Transition Mission in Somalia (ATMIS)"),
        ("أتميس", "ORG", "African Union Transition Mission in Somalia (ATMIS)"),
        ("الأندلس", "ORG", "Radio Andalus (al-Shabaab)"),
        ("الجيش الوطني الصومالي", "ORG", "Somali National Army"),
        ("دينسور", "GPE", "Dinsoor"),
        ("ولاية جنوب الغرب", "GPE", "South West State of Somalia"),
        ("أودينلي", "GPE", "Awdinle"),
        ("إقليم باي", "GPE", "Bay region"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("وكالة الأنباء الوطنية الصومالية", "ORG", "Somali National News Agency (SONNA)"),
        ("صونا", "ORG", "Somali National News Agency (SONNA)"),
        ("وزارة الدفاع الصومالية", "ORG", "Somali Ministry of Defence"),
        ("الأمم المتحدة", "ORG", "United Nations"),
    ],
    events=[
        E("COERCE", ["Strategic developments", "Looting/property destruction"], "asserted", "2024-12-04", "day",
          A("مسلحون من حركة الشباب", "Al-Shabaab", "SOM", "armed_group"), None, [BURHA],
          None, None, "", S("سائق تمكن من الفرار", "witness", "Truck driver who escaped"), "أحرق مسلحون"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2024-12-04", "day",
          A("مسلحون من حركة الشباب", "Al-Shabaab", "SOM", "armed_group"),
          A("سائقيها الثمانية", "Truck drivers (Baidoa-Mogadishu road)", "SOM", "civilians"), [BURHA],
          None, None, "", S("سائق تمكن من الفرار", "witness", "Truck driver who escaped"), "أحرق مسلحون"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-12-03", "day",
          A("مسلحو الحركة", "Al-Shabaab", "SOM", "armed_group"),
          A("جنديين إثيوبيين", "Ethiopian troops (ATMIS)", "ETH", "military"), [BAIDOA_AP],
          None, 2, "إصابة جنديين إثيوبيين بجروح", S("مصدر عسكري", "anonymous", "Military source"), "وسقطت ٣ قذائف"),
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "claimed", "2024-12-05", "day",
          SHABAAB, SNA, [DINSOOR], 5, None, "مقتل 5 جنود",
          S("حركة الشباب", "perpetrator_claim", "Al-Shabaab (via Radio Andalus)"), "وتبنّت حركة الشباب"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-12-05", "day",
          SWS, A("مسلحي الحركة", "Al-Shabaab", "SOM", "armed_group"), [AWDINLE],
          5, None, "قُتل فيها 4 من عناصر الحركة وجندي واحد",
          S("وزير الأمن في الولاية", "official", "South West State security minister"), "واندلعت، فجر اليوم"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-12-05", "day",
          A("مئات من سكان بيدوا", "Residents of Baidoa", "SOM", "protesters"), None, [BAIDOA],
          None, None, "", OWN, "وتظاهر مئات من سكان"),
        E("AID", None, "asserted", "2024-12-04", "day",
          A("برنامج الأغذية العالمي", "World Food Programme", None, "igo"),
          A("العائلات النازحة", "Displaced families (Baidoa)", "SOM", "civilians"), [BAIDOA_AP],
          None, None, "", S("برنامج الأغذية العالمي", "official", "World Food Programme"), "وأعلن برنامج الأغذية"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-12-04", "day",
          A("الشرطة", "Somali Police Force (Baidoa)", "SOM", "police"),
          A("11 شخصاً", "Suspected al-Shabaab collaborators", "SOM", "other"), [BAIDOA],
          None, None, "", S("وكالة الأنباء الوطنية الصومالية", "wire", "Somali National News Agency (SONNA)"), "واعتقلت الشرطة"),
        E("RETREAT", None, "denied", "2024-11-27", "week",
          A("القوات الإثيوبية", "Ethiopian troops (ATMIS)", "ETH", "military"), None, [BURHA],
          None, None, "", S("وزارة الدفاع الصومالية", "official", "Somali Ministry of Defence"), "ونفت وزارة الدفاع"),
        E("COOPERATE", None, "planned", "2024-12-07", "day",
          SWS, SNA, [BURHA], None, None, "",
          S("المتحدث باسم إدارة الولاية", "official", "South West State administration spokesman"), "ومن المقرر أن تبدأ"),
    ],
    notes=("Published Thu 2024-12-05; the date line gives only a numeric Hijri date «الخميس 1446/06/04هـ» (year/month/day; Umm al-Qura: 4 "
           "Jumada al-Akhirah 1446 = Thu 2024-12-05, checked with Python), no Gregorian date and no clock. Dates: «ليل الثلاثاء» -> Tue 12-03 "
           "(mortars on the airport); «أمس الأربعاء» / «أمس» / «ليل الأربعاء» -> Wed 12-04 (trucks burned and drivers taken, WFP airlift, "
           "arrests); «صباح اليوم» / «فجر اليوم الخميس» / «اليوم» -> 12-05; «الأسبوع الماضي» -> Wed 11-27 with week precision (the denied "
           "withdrawal); «يوم السبت المقبل» -> Sat 12-07 (planned joint operation). P1: one sentence, two kinds at one place: trucks burned "
           "(COERCE, Looting/property destruction) and drivers taken (ASSAULT, Abduction/forced disappearance); an escaped driver -> witness. "
           "P2: al-Shabaab mortars on Baidoa airport, two Ethiopian soldiers injured (dual -> 2); military source -> anonymous. "
           "P3: al-Shabaab's IED claim via Radio Andalus, explicitly neither confirmed nor denied -> claimed, its claimed toll 5 kept; "
           "«زاعمةً» is part of the claim. P4: clash near Awdinle, «4 ... وجندي واحد» -> 5 killed; the state minister speaking to a local "
           "radio -> official. P5: price protest in Baidoa, «وفق ما أفاد به مراسلنا» -> outlet_own; «مطالبين» not coded. P6: WFP airlift "
           "«أمس» -> AID at Baidoa airport (official, an IGO on its own act). P7: arrests reported by SONNA speaking for itself -> wire. "
           "P8: the defence ministry denies an Ethiopian withdrawal near Burhakaba -> denied RETREAT, dated by the alleged withdrawal; "
           "«مؤكدة» not coded. P9: planned joint operation to secure the road to Burhakaba -> COOPERATE planned, placed at Burhakaba. "
           "P10: background (restrictions for months, 800,000 displaced) not coded. The AU mission is ATMIS, as in December 2024. "
           "Awdinle's coordinates are a rough estimate east of Baidoa (a search found none); the others are approximate, from memory."),
)
