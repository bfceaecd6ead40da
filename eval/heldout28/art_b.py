"""heldout28 article specs 005-008 (invented events; real places, institutions and armed groups; no person named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 005  (published Fri 2025-09-12)
T005 = "اعتداءات على محال ومنازل للسوريين في غازي عنتاب وتوقيف العشرات"
SAHI = L("شاهين بي", "Şahinbey", "TR", "Gaziantep", "city", 37.05, 37.35)
NIZI = L("نزيب", "Nizip", "TR", "Gaziantep", "city", 37.01, 37.79)
ANKA = L("أنقرة", "Ankara", "TR", "Ankara", "city", 39.93, 32.86)
GOV_G = A("ولاية غازي عنتاب", "Gaziantep Governorship", "TUR", "government")
SRC_GOV = S("ولاية غازي عنتاب", "official", "Gaziantep Governorship")
A005 = dict(
    id="005_news_item", format="html", published="2025-09-12", title=T005,
    html=dict(
        site="الأناضول العربي اليوم",
        nav=["الرئيسية", "تركيا", "سوريا", "العالم", "اقتصاد", "منوعات"],
        kicker="تركيا",
        byline="إسطنبول - قسم الشؤون التركية",
        datetime="2025-09-12T22:40:00+03:00",
        time="12.09.2025 - 22:40 (بتوقيت إسطنبول)",
        img="/images/2025/09/gaziantep-street.jpg",
        caption="شارع تجاري في إحدى مدن جنوب تركيا (أرشيف)",
        share=["مشاركة:", "فيسبوك", "إكس", "واتساب", "نسخ الرابط"],
        tags=["الكلمات المفتاحية:", "اللاجئون السوريون", "غازي عنتاب", "تركيا"],
        related=["الأكثر قراءة", "الليرة التركية تتراجع أمام الدولار", "افتتاح خط قطار سريع جديد بين مدينتين في الأناضول"],
        footer=["من نحن", "أعلن معنا", "شروط الاستخدام", "جميع الحقوق محفوظة © 2025 الأناضول العربي اليوم"],
    ),
    paras=[
        "هاجم مئات الشبان، مساء أمس الخميس، محال تجارية ومنازل يملكها لاجئون سوريون في منطقة شاهين بي بولاية غازي عنتاب جنوبي تركيا، وأضرموا النار في عدد منها وفي سيارات تحمل لوحات سورية، إثر انتشار شائعة عن تحرش شاب سوري بطفلة، ما أسفر عن إصابة 5 أشخاص، بحسب ما أفاد به سكان لموقع «تلفزيون سوريا».",
        "وأعلنت ولاية غازي عنتاب، في بيان اليوم الجمعة، توقيف 34 شخصاً في شاهين بي و11 آخرين في بلدة نزيب شرق الولاية بتهمة «التحريض والإضرار بالممتلكات العامة والخاصة»، مؤكدة أن الشاب المتهم بالتحرش موقوف منذ مساء الأربعاء.",
        "وفي نزيب، رشق عشرات الشبان، مساء أمس، حافلة تقل عمالاً سوريين بالحجارة، ما أدى إلى إصابة سائقها، وفق ما أفاد به مراسلنا.",
        "ونفت مديرية أمن غازي عنتاب ما تداولته حسابات على مواقع التواصل الاجتماعي عن مقتل لاجئ سوري طعناً خلال أحداث شاهين بي مساء أمس، مؤكدة أن «لا وفيات» بين المصابين.",
        "وتوعد وزير الداخلية التركي، في تغريدة على منصة إكس اليوم، بملاحقة «كل من يحاول جرّ البلاد إلى الفتنة» ومحاسبة المحرضين على مواقع التواصل.",
        "ودعت وزارة الخارجية السورية، في بيان اليوم، السلطات التركية إلى «حماية المواطنين السوريين وممتلكاتهم» في غازي عنتاب ومحاسبة المعتدين.",
        "ووزعت جمعية الهلال الأحمر التركي، ظهر اليوم، مساعدات عاجلة على 60 عائلة سورية تضررت منازلها في شاهين بي، بحسب ما أعلنته الجمعية على موقعها.",
        "ومن المقرر أن يزور وفد من الحكومة السورية أنقرة يوم الاثنين المقبل لبحث أوضاع اللاجئين مع الجانب التركي، بحسب ما أفاد به مصدر دبلوماسي سوري لوكالة الأناضول.",
        "وقال مسؤول في بلدية غازي عنتاب الكبرى لصحيفة «حرييت» إن البلدية قد تغلق المحال غير المرخصة التي يديرها لاجئون في شاهين بي إذا لم تُسوَّ أوضاعها خلال شهر.",
        "وتستضيف تركيا نحو ثلاثة ملايين لاجئ سوري، يقيم قرابة 400 ألف منهم في ولاية غازي عنتاب، وشهدت مدينة قيصري في صيف عام 2024 أحداثاً مماثلة امتدت إلى ولايات أخرى.",
    ],
    entities=[
        ("شاهين بي", "GPE", "Şahinbey"),
        ("ولاية غازي عنتاب", "GPE", "Gaziantep Province"),
        ("تركيا", "GPE", "Turkey"),
        ("تلفزيون سوريا", "ORG", "Syria TV"),
        ("نزيب", "GPE", "Nizip"),
        ("مديرية أمن غازي عنتاب", "ORG", "Gaziantep Provincial Security Directorate"),
        ("إكس", "ORG", "X (Twitter)"),
        ("وزارة الخارجية السورية", "ORG", "Ministry of Foreign Affairs (Syria)"),
        ("غازي عنتاب", "GPE", "Gaziantep"),
        ("الهلال الأحمر التركي", "ORG", "Turkish Red Crescent (Kızılay)"),
        ("أنقرة", "GPE", "Ankara"),
        ("الأناضول", "ORG", "Anadolu Agency"),
        ("بلدية غازي عنتاب الكبرى", "ORG", "Gaziantep Metropolitan Municipality"),
        ("حرييت", "ORG", "Hürriyet"),
        ("قيصري", "GPE", "Kayseri"),
    ],
    events=[
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2025-09-11", "day",
          A("مئات الشبان", "Rioters (Gaziantep)", "TUR", "protesters"),
          A("لاجئون سوريون", "Syrian refugees (Gaziantep)", "SYR", "civilians"), [SAHI],
          None, 5, "إصابة 5 أشخاص", S("سكان", "witness", "Residents (via Syria TV)"), "هاجم مئات الشبان"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-09-12", "day",
          GOV_G, A("34 شخصاً", "Riot suspects (Şahinbey)", "TUR", "protesters"), [SAHI], None, None, "", SRC_GOV,
          "وأعلنت ولاية غازي عنتاب"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-09-12", "day",
          GOV_G, A("11 آخرين", "Riot suspects (Nizip)", "TUR", "protesters"), [NIZI], None, None, "", SRC_GOV,
          "وأعلنت ولاية غازي عنتاب"),
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2025-09-11", "day",
          A("عشرات الشبان", "Rioters (Nizip)", "TUR", "protesters"),
          A("عمالاً سوريين", "Syrian workers (Nizip)", "SYR", "civilians"), [NIZI], None, 1, "إصابة سائقها", OWN,
          "رشق عشرات الشبان"),
        E("ASSAULT", ["Riots", "Mob violence"], "denied", "2025-09-11", "day",
          None, A("لاجئ سوري", "Syrian refugee (Şahinbey)", "SYR", "civilians"), [SAHI], 1, None, "مقتل لاجئ سوري",
          S("مديرية أمن غازي عنتاب", "official", "Gaziantep Provincial Security Directorate"), "ونفت مديرية أمن"),
        E("THREATEN", None, "asserted", "2025-09-12", "day",
          A("وزير الداخلية التركي", "Minister of the Interior (Turkey)", "TUR", "government"), None, [], None, None, "",
          S("وزير الداخلية التركي", "official", "Minister of the Interior (Turkey)"), "وتوعد وزير الداخلية"),
        E("REQUEST", None, "asserted", "2025-09-12", "day",
          A("وزارة الخارجية السورية", "Ministry of Foreign Affairs (Syria)", "SYR", "government"),
          A("السلطات التركية", "Turkish authorities", "TUR", "government"), [], None, None, "",
          S("وزارة الخارجية السورية", "official", "Ministry of Foreign Affairs (Syria)"), "ودعت وزارة الخارجية"),
        E("AID", None, "asserted", "2025-09-12", "day",
          A("الهلال الأحمر التركي", "Turkish Red Crescent (Kızılay)", "TUR", "other"),
          A("60 عائلة سورية", "Syrian refugee families (Şahinbey)", "SYR", "civilians"), [SAHI], None, None, "",
          S("الجمعية", "ngo", "Turkish Red Crescent (Kızılay)"), "ووزعت جمعية الهلال"),
        E("CONSULT", None, "planned", "2025-09-15", "day",
          A("وفد من الحكومة السورية", "Syrian government delegation", "SYR", "government"),
          A("الجانب التركي", "Government of Turkey", "TUR", "government"), [ANKA], None, None, "",
          S("مصدر دبلوماسي سوري", "anonymous", "Syrian diplomatic source (via Anadolu)"), "ومن المقرر أن يزور وفد"),
        E("COERCE", None, "hypothetical", "2025-09-12", "day",
          A("البلدية", "Gaziantep Metropolitan Municipality", "TUR", "government"), None, [SAHI], None, None, "",
          S("مسؤول في بلدية غازي عنتاب الكبرى", "anonymous", "Municipal official (via Hürriyet)"), "وقال مسؤول في بلدية"),
    ],
    notes=("Published Fri 2025-09-12; Turkish-Arabic date line «12.09.2025 - 22:40 (بتوقيت إسطنبول)» in <time> (dotted d.m.y, no "
           "weekday). Dates: «مساء أمس الخميس» / «مساء أمس» -> 09-11; «اليوم الجمعة» / «اليوم» / «ظهر اليوم» -> 09-12; «يوم الاثنين المقبل» -> "
           "Mon 09-15; «مساء الأربعاء» (the suspect's arrest) sits in a participial clause and is not coded; the hypothetical takes the "
           "publication day. P1: a crowd attacks refugees' shops, homes and cars -> ASSAULT, Riots / Mob violence (rioters role protesters), "
           "5 injured, residents via Syria TV -> witness. P2: one sentence, two places (34 in Şahinbey, 11 in Nizip) -> two arrests, dated by "
           "the statement. P3: stones on a bus of Syrian workers in Nizip -> Mob violence, «إصابة سائقها» -> 1, outlet_own. P4: the police "
           "directorate denies a refugee stabbed to death -> Mob violence, denied, «مقتل لاجئ سوري» -> 1. P5: the interior minister's vow "
           "on X -> THREATEN, no target named, no place. P6: Syrian MFA's call -> REQUEST, no place (Gaziantep is the object, not the venue). "
           "P7: Turkish Red Crescent aid -> ngo («الجمعية»). P8: planned Syrian delegation to Ankara, diplomatic source via Anadolu -> "
           "anonymous. P9: «قد تغلق ... إذا» -> hypothetical COERCE in Şahinbey. P10: background, not coded."),
)

# ---------------------------------------------------------------- 006  (published Sun 2025-03-02)
T006 = "غرق قارب مهاجرين قبالة نواذيبو وتفكيك شبكة تهريب"
NDB = L("نواذيبو", "Nouadhibou", "MR", "Dakhlet Nouadhibou", "city", 20.94, -17.04)
BOUL = L("بولنوار", "Boulanouar", "MR", "Dakhlet Nouadhibou", "city", 21.27, -16.51)
NDB_P = L("ميناء نواذيبو", "Port of Nouadhibou", "MR", "Dakhlet Nouadhibou", "facility", 20.91, -17.05)
NKC = L("نواكشوط", "Nouakchott", "MR", "Nouakchott", "city", 18.09, -15.98)
LEVR = L("خليج ليفرييه", "Baie du Lévrier", "MR", "Dakhlet Nouadhibou", "region", 20.85, -16.95)
DGSN_M = A("الإدارة العامة للأمن الوطني", "Directorate General of National Security (Mauritania)", "MRT", "police")
SRC_DG = S("الإدارة العامة للأمن الوطني", "official", "Directorate General of National Security (Mauritania)")
A006 = dict(
    id="006_news_item", format="text", published="2025-03-02", title=T006,
    head=[T006, "الأحد 2 مارس 2025 - 23:05 (ت.غ)", "نواذيبو - مكتب الشمال",
          "قوارب صيد تقليدية في أحد موانئ الشمال الموريتاني (أرشيف)",
          "شارك: فيسبوك | واتساب | تلغرام"],
    foot=["اقرأ أيضاً: ارتفاع أسعار الأسماك في أسواق العاصمة مع بداية الشهر",
          "الوسوم: الهجرة، نواذيبو، خفر السواحل",
          "© 2025 الصحراء الكبرى نيوز - كل الحقوق محفوظة"],
    paras=[
        "انتشلت فرق خفر السواحل الموريتاني، فجر أمس السبت، جثث 23 مهاجراً وأنقذت ٤١ آخرين، إثر غرق قارب خشبي كان يقلهم باتجاه جزر الكناري الإسبانية على بعد نحو 15 كيلومتراً من سواحل مدينة نواذيبو، بحسب ما أعلنته وزارة الداخلية.",
        "وأعلنت الإدارة العامة للأمن الوطني، في بيان صباح اليوم الأحد، تفكيك شبكة لتهريب المهاجرين وتوقيف 7 من أفرادها في نواذيبو و3 آخرين في بلدة بولنوار، بينهم صاحب القارب الغارق.",
        "ونفت وزارة الداخلية ما أوردته منظمات حقوقية عن ترحيل 300 مهاجر من نواذيبو إلى الحدود مع مالي «دون ماء ولا طعام» يوم الخميس الماضي، مؤكدة أن عمليات الترحيل «تتم وفق القانون وبالتنسيق مع دول المصدر».",
        "واتهمت الجمعية الموريتانية لحقوق الإنسان، في بيان اليوم، السلطات بـ«التعامل الأمني البحت» مع ملف الهجرة وتجاهل ظروف احتجاز المهاجرين في مراكز الإيواء المؤقت.",
        "وسلّم الاتحاد الأوروبي، ظهر اليوم، خفر السواحل الموريتاني زورقي دورية سريعين في ميناء نواذيبو، في إطار شراكة لمكافحة الهجرة غير النظامية، بحسب ما أعلنته بعثته في نواكشوط.",
        "وطالبت وزارة الخارجية السنغالية، في بيان اليوم، السلطات الموريتانية بتسريع إجراءات التعرف على جثث الضحايا وتسليمها إلى ذويهم، مشيرة إلى أن 14 منهم على الأقل يحملون الجنسية السنغالية.",
        "ومن المقرر أن يصل وزير الداخلية الإسباني إلى نواكشوط يوم الثلاثاء المقبل لبحث التعاون في مراقبة السواحل، بحسب ما أفاد به مصدر حكومي للوكالة الموريتانية للأنباء.",
        "وتجمع عشرات من أفراد الجالية المالية، عصر اليوم، أمام مقر ولاية داخلت نواذيبو للمطالبة بتسليم جثث ذويهم، قبل أن ينصرفوا بهدوء، وفق ما أفاد به مراسلنا.",
        "وقال مسؤول في سلطة منطقة نواذيبو الحرة لموقع «الأخبار» إن السلطات قد تحظر إبحار قوارب الصيد التقليدي ليلاً في خليج ليفرييه إذا استمرت رحلات الهجرة من المنطقة.",
        "وتحولت السواحل الموريتانية منذ عام 2023 إلى نقطة انطلاق رئيسية لقوارب المهاجرين نحو جزر الكناري، التي وصلها أكثر من 46 ألف مهاجر عام 2024 وفق أرقام إسبانية.",
    ],
    entities=[
        ("خفر السواحل الموريتاني", "ORG", "Mauritanian Coast Guard"),
        ("جزر الكناري", "LOC", "Canary Islands"),
        ("نواذيبو", "GPE", "Nouadhibou"),
        ("وزارة الداخلية", "ORG", "Ministry of the Interior (Mauritania)"),
        ("الإدارة العامة للأمن الوطني", "ORG", "Directorate General of National Security (Mauritania)"),
        ("بولنوار", "GPE", "Boulanouar"),
        ("مالي", "GPE", "Mali"),
        ("الجمعية الموريتانية لحقوق الإنسان", "ORG", "Mauritanian Association for Human Rights (AMDH)"),
        ("الاتحاد الأوروبي", "ORG", "European Union"),
        ("ميناء نواذيبو", "FAC", "Port of Nouadhibou"),
        ("نواكشوط", "GPE", "Nouakchott"),
        ("وزارة الخارجية السنغالية", "ORG", "Ministry of Foreign Affairs (Senegal)"),
        ("ولاية داخلت نواذيبو", "GPE", "Dakhlet Nouadhibou Region"),
        ("سلطة منطقة نواذيبو الحرة", "ORG", "Nouadhibou Free Zone Authority"),
        ("الأخبار", "ORG", "Alakhbar"),
        ("خليج ليفرييه", "LOC", "Baie du Lévrier"),
    ],
    events=[
        E("AID", None, "asserted", "2025-03-01", "day",
          A("فرق خفر السواحل الموريتاني", "Mauritanian Coast Guard", "MRT", "military"),
          A("٤١ آخرين", "Migrants (shipwreck survivors)", None, "civilians"), [NDB], None, None, "",
          S("وزارة الداخلية", "official", "Ministry of the Interior (Mauritania)"), "انتشلت فرق خفر السواحل"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-03-02", "day",
          DGSN_M, A("7 من أفرادها", "Migrant-smuggling network members (Nouadhibou)", "MRT", "other"), [NDB], None, None, "",
          SRC_DG, "وأعلنت الإدارة العامة"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-03-02", "day",
          DGSN_M, A("3 آخرين", "Migrant-smuggling network members (Boulanouar)", "MRT", "other"), [BOUL], None, None, "",
          SRC_DG, "وأعلنت الإدارة العامة"),
        E("COERCE", None, "denied", "2025-02-27", "day",
          A("وزارة الداخلية", "Ministry of the Interior (Mauritania)", "MRT", "government"),
          A("300 مهاجر", "West African migrants", None, "civilians"), [NDB], None, None, "",
          S("وزارة الداخلية", "official", "Ministry of the Interior (Mauritania)"), "ونفت وزارة الداخلية"),
        E("ACCUSE", None, "asserted", "2025-03-02", "day",
          A("الجمعية الموريتانية لحقوق الإنسان", "Mauritanian Association for Human Rights (AMDH)", "MRT", "other"),
          A("السلطات", "Mauritanian authorities", "MRT", "government"), [], None, None, "",
          S("الجمعية الموريتانية لحقوق الإنسان", "ngo", "Mauritanian Association for Human Rights (AMDH)"), "واتهمت الجمعية"),
        E("AID", None, "asserted", "2025-03-02", "day",
          A("الاتحاد الأوروبي", "European Union", None, "igo"),
          A("خفر السواحل الموريتاني", "Mauritanian Coast Guard", "MRT", "military"), [NDB_P], None, None, "",
          S("بعثته في نواكشوط", "official", "EU Delegation to Mauritania"), "وسلّم الاتحاد الأوروبي"),
        E("REQUEST", None, "asserted", "2025-03-02", "day",
          A("وزارة الخارجية السنغالية", "Ministry of Foreign Affairs (Senegal)", "SEN", "government"),
          A("السلطات الموريتانية", "Mauritanian authorities", "MRT", "government"), [], None, None, "",
          S("وزارة الخارجية السنغالية", "official", "Ministry of Foreign Affairs (Senegal)"), "وطالبت وزارة الخارجية"),
        E("CONSULT", None, "planned", "2025-03-04", "day",
          A("وزير الداخلية الإسباني", "Minister of the Interior (Spain)", "ESP", "government"), None, [NKC], None, None, "",
          S("مصدر حكومي", "anonymous", "Government source (via AMI)"), "ومن المقرر أن يصل وزير"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-03-02", "day",
          A("عشرات من أفراد الجالية المالية", "Malian community members (Nouadhibou)", "MLI", "protesters"), None, [NDB],
          None, None, "", OWN, "وتجمع عشرات من أفراد"),
        E("COERCE", None, "hypothetical", "2025-03-02", "day",
          A("السلطات", "Mauritanian authorities", "MRT", "government"), None, [LEVR], None, None, "",
          S("مسؤول في سلطة منطقة نواذيبو الحرة", "anonymous", "Free Zone official (via Alakhbar)"), "وقال مسؤول في سلطة"),
    ],
    notes=("Published Sun 2025-03-02; Mauritanian date line «الأحد 2 مارس 2025 - 23:05 (ت.غ)» (weekday checked). Dates: «فجر أمس السبت» "
           "-> 03-01; «صباح اليوم الأحد» / «اليوم» / «ظهر اليوم» / «عصر اليوم» -> 03-02; «يوم الخميس الماضي» -> Thu 02-27; «يوم الثلاثاء "
           "المقبل» -> Tue 03-04; the hypothetical takes the publication day. P1: the shipwreck itself is an accident, not coded; the coast "
           "guard's rescue is AID (no casualties of the aid act; the 23 dead are the wreck's), placed at Nouadhibou (the sea point lies "
           "15 km off the city). P2: one sentence, two places (7 in Nouadhibou, 3 in Boulanouar) -> two arrests. P3: the ministry denies a "
           "deportation of 300 migrants -> COERCE, no ACLED type, denied, dated by the alleged act «يوم الخميس الماضي»; «مؤكدة» not coded. "
           "P4: AMDH accusation, no place -> ngo. P5: EU hands over two patrol boats at the port -> AID (equipment), source its delegation "
           "-> official. P6: Senegal's MFA request; «مشيرة» not coded. P7: planned visit of the Spanish minister, government source via AMI "
           "-> anonymous. P8: Malian community's peaceful gathering at the regional seat -> outlet_own. P9: «قد تحظر ... إذا» -> hypothetical "
           "COERCE in Lévrier Bay (region). P10: background, not coded."),
)

# ---------------------------------------------------------------- 007  (published Wed 2024-12-11)
T007 = "أحكام بالمؤبد على 27 متهماً في قضية «تنظيم سري» أمام المحكمة الاتحادية العليا"
AUH = L("أبوظبي", "Abu Dhabi", "AE", "Abu Dhabi", "city", 24.45, 54.38)
AIN = L("العين", "Al Ain", "AE", "Abu Dhabi", "city", 24.21, 55.74)
SHJ = L("الشارقة", "Sharjah", "AE", "Sharjah", "city", 25.35, 55.42)
RAZ = L("سجن الرزين", "Al-Razeen Prison", "AE", "Abu Dhabi", "facility", 23.9, 55.1)
LON = L("لندن", "London", "GB", "England", "city", 51.51, -0.13)
SEC_AE = A("قوات الأمن", "UAE State Security forces", "ARE", "police")
QIST = S("القسط", "ngo", "ALQST for Human Rights")
A007 = dict(
    id="007_news_item", format="html", published="2024-12-11", title=T007,
    html=dict(
        site="بوابة الخليج الجديد",
        nav=["الرئيسية", "الخليج", "حقوق وحريات", "اقتصاد", "مقالات", "ملفات"],
        kicker="حقوق وحريات",
        byline="أبوظبي - قسم الشؤون الخليجية",
        datetime="2024-12-11T21:20",
        time="11 ديسمبر 2024 | 21:20",
        img="/static/uploads/2024/12/court-building.jpg",
        caption="مبنى محكمة في إحدى العواصم الخليجية (أرشيف)",
        share=["شارك:", "إكس", "فيسبوك", "واتساب", "البريد"],
        tags=["الوسوم:", "الإمارات", "القضاء", "حقوق الإنسان"],
        related=["اقرأ أيضاً", "ارتفاع أسعار العقارات في دبي خلال الربع الثالث", "معرض للطيران يستقطب شركات من 90 دولة"],
        footer=["عن البوابة", "سياسة الخصوصية", "اتصل بنا", "© 2024 بوابة الخليج الجديد. جميع الحقوق محفوظة"],
    ),
    paras=[
        "أصدرت دائرة أمن الدولة في المحكمة الاتحادية العليا في أبوظبي، اليوم الأربعاء، أحكاماً بالسجن المؤبد بحق 27 متهماً وبالسجن 15 عاماً بحق 9 آخرين، بتهمة «تأسيس تنظيم سري وتمويله»، وبرّأت 4 متهمين، بحسب ما أوردته وكالة أنباء الإمارات (وام).",
        "وكانت قوات الأمن قد اعتقلت، فجر أمس الثلاثاء، أربعة من أقارب المتهمين في مدينة العين واثنين آخرين في الشارقة، بعد نشرهم تدوينات تنتقد سير المحاكمة، بحسب ما أفادت به منظمة «القسط» الحقوقية.",
        "ونفى مصدر رسمي، في تصريح لصحيفة «الاتحاد»، ما أوردته منظمات حقوقية عن اعتداء حراس سجن الرزين بالضرب على عدد من المتهمين مساء الاثنين الماضي خلال نقلهم إلى المحكمة، مؤكداً أن المتهمين «يتمتعون بكامل حقوقهم».",
        "واتهمت منظمة هيومن رايتس ووتش، في بيان اليوم، السلطات الإماراتية بـ«تحويل القضاء إلى أداة لإسكات المعارضين»، معتبرة أن المحاكمة «افتقرت إلى أبسط معايير العدالة».",
        "ورفضت وزارة الخارجية الإماراتية، في بيان مساء اليوم، ما ورد في بيان هيومن رايتس ووتش، واصفة إياه بأنه «مسيّس ويستند إلى معلومات مضللة».",
        "ودعا مكتب الأمم المتحدة لحقوق الإنسان، في إفادة صحفية اليوم، الإمارات إلى «مراجعة الأحكام» وضمان حق المتهمين في الطعن أمام جهة قضائية مستقلة.",
        "ومن المقرر أن ينظم ناشطون إماراتيون في المنفى وقفة احتجاجية أمام سفارة الإمارات في لندن يوم السبت المقبل تضامناً مع المحكوم عليهم، بحسب ما أعلنته منظمة القسط.",
        "وقال مصدر مطلع لوكالة رويترز إن رئيس الدولة قد يصدر عفواً عن بعض المحكوم عليهم خلال شهر رمضان المقبل إذا تقدمت عائلاتهم بطلبات استرحام.",
        "وأعلنت النيابة العامة الاتحادية، في بيان ظهر اليوم، منع 12 من ذوي المحكوم عليهم من السفر وتجميد حساباتهم المصرفية إلى حين استكمال التحقيقات في «مصادر تمويل التنظيم».",
        "وكانت الدائرة ذاتها قد أصدرت في يوليو الماضي أحكاماً بالسجن المؤبد بحق أكثر من 40 متهماً في قضية مماثلة، انتقدتها منظمات حقوقية دولية.",
    ],
    entities=[
        ("دائرة أمن الدولة", "ORG", "State Security Chamber, Federal Supreme Court"),
        ("المحكمة الاتحادية العليا", "ORG", "Federal Supreme Court (UAE)"),
        ("أبوظبي", "GPE", "Abu Dhabi"),
        ("وكالة أنباء الإمارات", "ORG", "Emirates News Agency"),
        ("وام", "ORG", "WAM"),
        ("العين", "GPE", "Al Ain"),
        ("الشارقة", "GPE", "Sharjah"),
        ("القسط", "ORG", "ALQST for Human Rights"),
        ("الاتحاد", "ORG", "Al Ittihad (newspaper)"),
        ("سجن الرزين", "FAC", "Al-Razeen Prison"),
        ("هيومن رايتس ووتش", "ORG", "Human Rights Watch"),
        ("وزارة الخارجية الإماراتية", "ORG", "Ministry of Foreign Affairs (UAE)"),
        ("مكتب الأمم المتحدة لحقوق الإنسان", "ORG", "UN Human Rights Office (OHCHR)"),
        ("الإمارات", "GPE", "United Arab Emirates"),
        ("لندن", "GPE", "London"),
        ("رويترز", "ORG", "Reuters"),
        ("النيابة العامة الاتحادية", "ORG", "Federal Public Prosecution (UAE)"),
    ],
    events=[
        E("COERCE", None, "asserted", "2024-12-11", "day",
          A("دائرة أمن الدولة في المحكمة الاتحادية العليا", "State Security Chamber, Federal Supreme Court", "ARE", "government"),
          A("27 متهماً", "Defendants in the secret-organisation case", "ARE", "other"), [AUH], None, None, "",
          S("وكالة أنباء الإمارات", "wire", "Emirates News Agency (WAM)"), "أصدرت دائرة أمن الدولة"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-12-10", "day",
          SEC_AE, A("أربعة من أقارب المتهمين", "Defendants' relatives (Al Ain)", "ARE", "civilians"), [AIN], None, None, "",
          QIST, "وكانت قوات الأمن قد اعتقلت"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-12-10", "day",
          SEC_AE, A("اثنين آخرين", "Defendants' relatives (Sharjah)", "ARE", "civilians"), [SHJ], None, None, "",
          QIST, "وكانت قوات الأمن قد اعتقلت"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2024-12-09", "day",
          A("حراس سجن الرزين", "Al-Razeen prison guards", "ARE", "police"),
          A("عدد من المتهمين", "Detained defendants", "ARE", "civilians"), [RAZ], None, None, "",
          S("مصدر رسمي", "anonymous", "Official source (via Al Ittihad)"), "ونفى مصدر رسمي"),
        E("ACCUSE", None, "asserted", "2024-12-11", "day",
          A("هيومن رايتس ووتش", "Human Rights Watch", None, "other"),
          A("السلطات الإماراتية", "UAE authorities", "ARE", "government"), [], None, None, "",
          S("هيومن رايتس ووتش", "ngo", "Human Rights Watch"), "واتهمت منظمة هيومن"),
        E("REJECT", None, "asserted", "2024-12-11", "day",
          A("وزارة الخارجية الإماراتية", "Ministry of Foreign Affairs (UAE)", "ARE", "government"),
          A("هيومن رايتس ووتش", "Human Rights Watch", None, "other"), [], None, None, "",
          S("وزارة الخارجية الإماراتية", "official", "Ministry of Foreign Affairs (UAE)"), "ورفضت وزارة الخارجية"),
        E("REQUEST", None, "asserted", "2024-12-11", "day",
          A("مكتب الأمم المتحدة لحقوق الإنسان", "UN Human Rights Office (OHCHR)", None, "igo"),
          A("الإمارات", "United Arab Emirates", "ARE", "government"), [], None, None, "",
          S("مكتب الأمم المتحدة لحقوق الإنسان", "official", "UN Human Rights Office (OHCHR)"), "ودعا مكتب الأمم المتحدة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2024-12-14", "day",
          A("ناشطون إماراتيون في المنفى", "Emirati activists in exile", "ARE", "protesters"), None, [LON], None, None, "",
          QIST, "ومن المقرر أن ينظم ناشطون"),
        E("CONCEDE", None, "hypothetical", "2024-12-11", "day",
          A("رئيس الدولة", "President of the UAE", "ARE", "government"),
          A("بعض المحكوم عليهم", "Convicted defendants", "ARE", "other"), [], None, None, "",
          S("مصدر مطلع", "anonymous", "Informed source (via Reuters)"), "وقال مصدر مطلع"),
        E("SANCTION", None, "asserted", "2024-12-11", "day",
          A("النيابة العامة الاتحادية", "Federal Public Prosecution (UAE)", "ARE", "government"),
          A("12 من ذوي المحكوم عليهم", "Convicts' relatives", "ARE", "civilians"), [], None, None, "",
          S("النيابة العامة الاتحادية", "official", "Federal Public Prosecution (UAE)"), "وأعلنت النيابة العامة"),
    ],
    notes=("Published Wed 2024-12-11; Gulf date line «11 ديسمبر 2024 | 21:20» in <time> (no weekday). Dates: «اليوم الأربعاء» / «اليوم» / "
           "«ظهر اليوم» / «مساء اليوم» -> 12-11; «فجر أمس الثلاثاء» -> 12-10; «مساء الاثنين الماضي» -> Mon 12-09; «يوم السبت المقبل» -> Sat "
           "12-14; the hypothetical takes the publication day («خلال شهر رمضان المقبل» is its condition window, not a dated act). P1: the "
           "verdict -> COERCE with no ACLED type (a court sentence), placed in Abu Dhabi, WAM speaking for itself -> wire; the acquittal "
           "of 4 is not a separate event. P2: one sentence, two places (4 relatives in Al Ain, 2 in Sharjah) -> two arrests, ALQST -> ngo. "
           "P3: an official source via Al Ittihad denies guards beating defendants -> Violence against civilians / Attack, denied, at the "
           "prison, dated by the alleged act; no number. P4: HRW accusation -> ngo; «معتبرة» not coded. P5: MFA rejects HRW -> REJECT; "
           "«واصفة» not coded. P6: OHCHR call at a briefing, no venue. P7: planned exiles' stand in London, announced by ALQST -> ngo. P8: "
           "«قد يصدر عفواً ... إذا» -> hypothetical CONCEDE, no place. P9: travel ban and frozen accounts -> SANCTION, no place. P10: "
           "background, not coded. The Al-Razeen prison point is an estimate."),
)

# ---------------------------------------------------------------- 008  (published Thu 2026-04-23)
T008 = "توغل إسرائيلي في جباتا الخشب واعتقال رعاة وغارات بمسيّرات في ريف القنيطرة"
JUBA = L("جباتا الخشب", "Jubata al-Khashab", "SY", "Quneitra", "city", 33.23, 35.84)
RAFI = L("الرفيد", "al-Rafid", "SY", "Quneitra", "city", 32.96, 35.88)
HAMI = L("الحميدية", "al-Hamidiyah", "SY", "Quneitra", "city", 33.10, 35.83)
KHAN = L("خان أرنبة", "Khan Arnabah", "SY", "Quneitra", "city", 33.18, 35.89)
HADR = L("حضر", "Hadar", "SY", "Quneitra", "city", 33.27, 35.86)
BAAT = L("مدينة البعث", "Madinat al-Baath", "SY", "Quneitra", "city", 33.12, 35.86)
IDF_D = A("طائرات مسيّرة إسرائيلية", "Israeli military drones", "ISR", "military")
A008 = dict(
    id="008_news_item", format="text", published="2026-04-23", title=T008,
    head=[T008, "23 نيسان/أبريل 2026 - 19:30 بتوقيت دمشق", "القنيطرة - مراسل الجنوب",
          "آليات عسكرية على طريق في ريف القنيطرة (أرشيف)",
          "مشاركة الخبر: فيسبوك | إكس | تلغرام"],
    foot=["اقرأ أيضاً: بدء موسم حصاد القمح في سهل حوران",
          "كلمات مفتاحية: القنيطرة، الجولان، التوغل الإسرائيلي",
          "جميع الحقوق محفوظة لموقع الجنوب السوري 2026"],
    paras=[
        "توغلت قوة إسرائيلية مؤلفة من ثماني آليات عسكرية، فجر اليوم الخميس، في بلدة جباتا الخشب بريف القنيطرة الشمالي، ودهمت عدداً من المنازل واعتقلت ثلاثة رعاة قبل أن تنسحب، بحسب ما أفادت به الوكالة العربية السورية للأنباء (سانا).",
        "واستهدفت طائرات مسيّرة إسرائيلية، ظهر اليوم، سيارة قرب بلدة الرفيد في ريف القنيطرة الجنوبي وموقعاً مهجوراً للجيش السوري قرب بلدة الحميدية، ما أدى إلى مقتل شخصين كانا في السيارة، وفق ما أفاد به مصدر محلي لموقع «تجمع أحرار حوران».",
        "من جهتها، أعلنت «جبهة المقاومة الإسلامية في سوريا - أولي البأس»، في بيان على تلغرام، أن عناصرها فجّروا عبوة ناسفة بدورية إسرائيلية قرب خان أرنبة ليل الثلاثاء وأوقعوا أفرادها بين قتيل وجريح، وهو ما لم يعلّق عليه الجيش الإسرائيلي.",
        "ونفى الجيش الإسرائيلي، في بيان اليوم، ما أوردته وسائل إعلام سورية عن تجريف قواته أراضي زراعية في بلدة حضر أمس الأربعاء، مؤكداً أن قواته «تعمل على إزالة تهديدات أمنية فقط».",
        "واتهمت وزارة الخارجية والمغتربين السورية، في بيان اليوم، إسرائيل بـ«انتهاك اتفاق فض الاشتباك لعام 1974» ومواصلة «سياسة فرض الأمر الواقع» في الجنوب السوري.",
        "ودعت قوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف)، في بيان اليوم، جميع الأطراف إلى «ضبط النفس واحترام خط وقف إطلاق النار».",
        "ووزع الهلال الأحمر العربي السوري، ظهر اليوم، سلالاً غذائية على 85 عائلة نزحت من جباتا الخشب إلى خان أرنبة خلال الأيام الماضية، بحسب ما أعلنته المنظمة.",
        "ومن المقرر أن ينظم أهالي القنيطرة وقفة احتجاجية أمام مبنى المحافظة في مدينة البعث يوم السبت المقبل، للمطالبة بالإفراج عن الرعاة المعتقلين، بحسب ما أعلنته لجان أهلية في بيان.",
        "وقال مسؤول محلي لموقع «عنب بلدي» إن وزارة الدفاع قد تنشر وحدات من الجيش في محيط جباتا الخشب إذا انسحبت القوات الإسرائيلية من التلال المطلة عليها.",
        "وتوغلت القوات الإسرائيلية منذ ديسمبر 2024 في المنطقة العازلة وما وراءها في محافظتي القنيطرة ودرعا، وأقامت ما لا يقل عن تسع نقاط عسكرية، وفق تقديرات محلية.",
    ],
    entities=[
        ("جباتا الخشب", "GPE", "Jubata al-Khashab"),
        ("ريف القنيطرة الشمالي", "LOC", "Northern Quneitra countryside"),
        ("الوكالة العربية السورية للأنباء", "ORG", "Syrian Arab News Agency"),
        ("سانا", "ORG", "SANA"),
        ("الرفيد", "GPE", "al-Rafid"),
        ("ريف القنيطرة الجنوبي", "LOC", "Southern Quneitra countryside"),
        ("الحميدية", "GPE", "al-Hamidiyah"),
        ("تجمع أحرار حوران", "ORG", "Horan Free League"),
        ("جبهة المقاومة الإسلامية في سوريا - أولي البأس", "ORG", "Islamic Resistance Front in Syria (Uli al-Baas)"),
        ("تلغرام", "ORG", "Telegram"),
        ("خان أرنبة", "GPE", "Khan Arnabah"),
        ("الجيش الإسرائيلي", "ORG", "Israel Defense Forces"),
        ("حضر", "GPE", "Hadar"),
        ("وزارة الخارجية والمغتربين السورية", "ORG", "Ministry of Foreign Affairs and Expatriates (Syria)"),
        ("إسرائيل", "GPE", "Israel"),
        ("قوة الأمم المتحدة لمراقبة فض الاشتباك", "ORG", "UN Disengagement Observer Force"),
        ("أندوف", "ORG", "UNDOF"),
        ("الهلال الأحمر العربي السوري", "ORG", "Syrian Arab Red Crescent"),
        ("القنيطرة", "GPE", "Quneitra"),
        ("مدينة البعث", "GPE", "Madinat al-Baath"),
        ("عنب بلدي", "ORG", "Enab Baladi"),
        ("وزارة الدفاع", "ORG", "Ministry of Defence (Syria)"),
        ("درعا", "GPE", "Daraa"),
    ],
    events=[
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-04-23", "day",
          A("قوة إسرائيلية", "Israel Defense Forces", "ISR", "military"),
          A("ثلاثة رعاة", "Shepherds (Jubata al-Khashab)", "SYR", "civilians"), [JUBA], None, None, "",
          S("الوكالة العربية السورية للأنباء", "wire", "Syrian Arab News Agency (SANA)"), "توغلت قوة إسرائيلية"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2026-04-23", "day",
          IDF_D, None, [RAFI], 2, None, "مقتل شخصين كانا في السيارة",
          S("مصدر محلي", "anonymous", "Local source (via Horan Free League)"), "واستهدفت طائرات مسيّرة"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2026-04-23", "day",
          IDF_D, None, [HAMI], None, None, "",
          S("مصدر محلي", "anonymous", "Local source (via Horan Free League)"), "واستهدفت طائرات مسيّرة"),
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "claimed", "2026-04-21", "day",
          A("جبهة المقاومة الإسلامية في سوريا - أولي البأس", "Islamic Resistance Front in Syria (Uli al-Baas)", "SYR", "armed_group"),
          A("دورية إسرائيلية", "Israel Defense Forces", "ISR", "military"), [KHAN], None, None, "أوقعوا أفرادها بين قتيل وجريح",
          S("جبهة المقاومة الإسلامية في سوريا - أولي البأس", "perpetrator_claim", "Islamic Resistance Front in Syria"),
          "فجّروا عبوة ناسفة"),
        E("COERCE", ["Strategic developments", "Looting/property destruction"], "denied", "2026-04-22", "day",
          A("الجيش الإسرائيلي", "Israel Defense Forces", "ISR", "military"), None, [HADR], None, None, "",
          S("الجيش الإسرائيلي", "official", "Israel Defense Forces"), "ونفى الجيش الإسرائيلي"),
        E("ACCUSE", None, "asserted", "2026-04-23", "day",
          A("وزارة الخارجية والمغتربين السورية", "Ministry of Foreign Affairs and Expatriates (Syria)", "SYR", "government"),
          A("إسرائيل", "Israel", "ISR", "government"), [], None, None, "",
          S("وزارة الخارجية والمغتربين السورية", "official", "Ministry of Foreign Affairs and Expatriates (Syria)"),
          "واتهمت وزارة الخارجية"),
        E("REQUEST", None, "asserted", "2026-04-23", "day",
          A("قوة الأمم المتحدة لمراقبة فض الاشتباك", "UN Disengagement Observer Force (UNDOF)", None, "igo"),
          A("جميع الأطراف", "All parties", None, "other"), [], None, None, "",
          S("قوة الأمم المتحدة لمراقبة فض الاشتباك", "official", "UNDOF"), "ودعت قوة الأمم المتحدة"),
        E("AID", None, "asserted", "2026-04-23", "day",
          A("الهلال الأحمر العربي السوري", "Syrian Arab Red Crescent", "SYR", "other"),
          A("85 عائلة", "Displaced families from Jubata al-Khashab", "SYR", "civilians"), [KHAN], None, None, "",
          S("المنظمة", "ngo", "Syrian Arab Red Crescent"), "ووزع الهلال الأحمر"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2026-04-25", "day",
          A("أهالي القنيطرة", "Quneitra residents", "SYR", "protesters"), None, [BAAT], None, None, "",
          S("لجان أهلية", "official", "Quneitra local committees"), "ومن المقرر أن ينظم أهالي"),
        E("MOBILIZE", None, "hypothetical", "2026-04-23", "day",
          A("وزارة الدفاع", "Ministry of Defence (Syria)", "SYR", "military"), None, [JUBA], None, None, "",
          S("مسؤول محلي", "anonymous", "Local official (via Enab Baladi)"), "وقال مسؤول محلي"),
    ],
    notes=("Published Thu 2026-04-23; Syrian date line «23 نيسان/أبريل 2026 - 19:30 بتوقيت دمشق» (bracketed Levantine/Gregorian month, no "
           "weekday). Dates: «فجر اليوم الخميس» / «ظهر اليوم» / «اليوم» -> 04-23; «أمس الأربعاء» -> 04-22; «ليل الثلاثاء» -> Tue 04-21; «يوم "
           "السبت المقبل» -> Sat 04-25; the hypothetical takes the publication day. P1: an incursion with house raids and the detention of "
           "three shepherds -> one COERCE / Arrests (the raid is how the arrests were made), SANA speaking for itself -> wire. P2: one "
           "sentence, two places (a car near al-Rafid, an abandoned post near al-Hamidiyah) -> two drone strikes; the two killed were in "
           "the car -> al-Rafid only (dual «شخصين» -> 2); local source via Horan Free League -> anonymous. P3: the Uli al-Baas front's "
           "claim, unconfirmed («لم يعلّق عليه») -> claimed IED, «بين قتيل وجريح» -> null. P4: the IDF denies bulldozing farmland in Hadar "
           "-> Looting/property destruction, denied, dated by the alleged act; «مؤكداً» not coded. P5: MFA accusation, no place. P6: "
           "UNDOF call, no place. P7: SARC food to displaced families in Khan Arnabah -> ngo («المنظمة»). P8: planned stand at the "
           "governorate building in Madinat al-Baath, announced by local committees -> official. P9: «قد تنشر ... إذا» -> hypothetical "
           "MOBILIZE near Jubata al-Khashab. P10: background, not coded. «الجيش السوري» appears only fused («للجيش السوري»), no entity."),
)
