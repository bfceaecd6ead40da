"""heldout16 article specs 005-008 (invented events; real places and institutions; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 005  (published Sat 2026-03-28, HTML)
T005 = "اتفاق لوقف النار في عين زارة بعد اشتباكات دامية بين الردع واللواء 444"
AINZ = L("عين زارة", "Ain Zara", "LY", "Tripoli", "city", 32.80, 13.25)
TRP = L("طرابلس", "Tripoli", "LY", "Tripoli", "city", 32.89, 13.19)
UNSMIL = A("بعثة الأمم المتحدة للدعم في ليبيا", "UN Support Mission in Libya (UNSMIL)", None, "igo")
SRC_UNSMIL = S("بعثة الأمم المتحدة للدعم في ليبيا", "official", "UN Support Mission in Libya (UNSMIL)")
A005 = dict(
    id="005_news_item", format="html", published="2026-03-28", title=T005,
    html=dict(
        site="بوابة العاصمة الإخبارية", nav=["الرئيسية", "ليبيا", "المغرب العربي", "دولي", "اقتصاد", "منوعات"], kicker="طرابلس",
        byline="طرابلس - قسم الأخبار المحلية", datetime="2026-03-28T09:10", time="السبت 28 مارس 2026 (09:10 GMT+2)",
        img="/img/2026/03/ain-zara.jpg", caption="آليات مسلحة في أحد شوارع جنوب طرابلس (أرشيف/ فرانس برس)",
        share=["انشر:", "فيسبوك", "إكس", "واتساب"],
        tags=["الكلمات الدلالية:", "طرابلس", "عين زارة", "المجلس الرئاسي"],
        related=["الأكثر قراءة", "مصرف ليبيا المركزي يعلن إجراءات جديدة لتوفير السيولة",
                 "انطلاق امتحانات الشهادة الثانوية الأسبوع المقبل", "ارتفاع أسعار الأضاحي في أسواق مصراتة"],
        footer=["عن الموقع", "اتصل بنا", "تابعونا على إنستغرام", "© 2026 بوابة العاصمة الإخبارية - جميع الحقوق محفوظة"]),
    paras=[
        "اندلعت اشتباكات عنيفة بالأسلحة المتوسطة والثقيلة، ليل الخميس، بين جهاز الردع لمكافحة الجريمة المنظمة والإرهاب واللواء 444 قتال في منطقة عين زارة جنوبي العاصمة طرابلس، ما أسفر عن مقتل ٩ أشخاص وإصابة ٢٧ آخرين، بحسب ما أعلنه مركز طب الطوارئ والدعم.",
        "وفي حي الفرناج المجاور، سقطت قذيفة عشوائية على منزل ليل الخميس، ما أدى إلى مقتل طفل وإصابة والدته بجروح، وفق ما رواه جيران العائلة.",
        "وأعلن المجلس الرئاسي، في بيان فجر أمس الجمعة، التوصل في طرابلس إلى اتفاق لوقف فوري لإطلاق النار بين الطرفين، بوساطة من أعيان سوق الجمعة وتاجوراء، يقضي بانسحاب التشكيلات المسلحة من عين زارة وتسليم مواقعها إلى قوة محايدة.",
        "وبدأت وحدات من جهاز الردع، صباح اليوم السبت، الانسحاب من مواقعها في عين زارة وتسليمها إلى قوة تابعة لرئاسة الأركان العامة، بحسب ما أكده مصدر في الجهاز للموقع.",
        "ورحّبت بعثة الأمم المتحدة للدعم في ليبيا، في بيان مساء أمس، بالاتفاق، ودعت الأطراف كافة إلى الالتزام به وتجنيب المدنيين ويلات القتال.",
        "وقالت البعثة إنها ستطلب من مجلس الأمن الدولي فرض عقوبات على كل من يثبت تورطه في تقويض الهدنة، إذا تجددت الاشتباكات في العاصمة.",
        "في الأثناء، دفعت رئاسة الأركان العامة التابعة لحكومة الوحدة الوطنية، صباح اليوم، بأرتال عسكرية إلى منطقة صلاح الدين المحاذية لعين زارة، لتأمين خطوط التماس بين الطرفين، وفق ما بثته قناة ليبيا الأحرار.",
        "ومن المقرر أن يلتقي رئيس المجلس الرئاسي قادة التشكيلات المسلحة في طرابلس غداً الأحد، لبحث ترتيبات أمنية جديدة للعاصمة، بحسب مصادر مقربة من المجلس.",
        "ويرى مراقبون أن الاتفاق يبقى \"هشاً\" ما لم يعالج جذور التنافس على النفوذ بين التشكيلات المسلحة التي تتقاسم السيطرة على أحياء العاصمة منذ سنوات.",
    ],
    entities=[
        ("جهاز الردع لمكافحة الجريمة المنظمة والإرهاب", "ORG", "Special Deterrence Force (Rada)"),
        ("اللواء 444 قتال", "ORG", "444th Combat Brigade"),
        ("عين زارة", "GPE", "Ain Zara"),
        ("طرابلس", "GPE", "Tripoli"),
        ("مركز طب الطوارئ والدعم", "ORG", "Emergency Medicine and Support Centre"),
        ("حي الفرناج", "GPE", "Al-Fernaj"),
        ("المجلس الرئاسي", "ORG", "Presidential Council (Libya)"),
        ("سوق الجمعة", "GPE", "Souq al-Jumaa"),
        ("تاجوراء", "GPE", "Tajoura"),
        ("جهاز الردع", "ORG", "Special Deterrence Force (Rada)"),
        ("رئاسة الأركان العامة", "ORG", "General Staff of the Libyan Army (GNU)"),
        ("بعثة الأمم المتحدة للدعم في ليبيا", "ORG", "UN Support Mission in Libya (UNSMIL)"),
        ("مجلس الأمن الدولي", "ORG", "United Nations Security Council"),
        ("حكومة الوحدة الوطنية", "ORG", "Government of National Unity"),
        ("صلاح الدين", "GPE", "Salah al-Din (Tripoli)"),
        ("قناة ليبيا الأحرار", "ORG", "Libya Alahrar TV"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-03-26", "day",
          A("جهاز الردع لمكافحة الجريمة المنظمة والإرهاب", "Special Deterrence Force (Rada)", "LBY", "armed_group"),
          A("اللواء 444 قتال", "444th Combat Brigade", "LBY", "armed_group"),
          [AINZ], 9, 27, "مقتل ٩ أشخاص وإصابة ٢٧ آخرين",
          S("مركز طب الطوارئ والدعم", "official", "Emergency Medicine and Support Centre"), "اندلعت اشتباكات عنيفة"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2026-03-26", "day",
          None, A("طفل", "Civilians (Libya)", "LBY", "civilians"),
          [L("حي الفرناج", "Al-Fernaj", "LY", "Tripoli", "city", 32.85, 13.21)], 1, 1, "مقتل طفل وإصابة والدته بجروح",
          S("جيران العائلة", "witness", "Neighbours of the family"), "سقطت قذيفة عشوائية"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2026-03-27", "day",
          A("المجلس الرئاسي", "Presidential Council (Libya)", "LBY", "government"),
          A("الطرفين", "Rada and the 444th Combat Brigade", "LBY", "armed_group"),
          [TRP], None, None, "", S("المجلس الرئاسي", "official", "Presidential Council (Libya)"), "اتفاق لوقف فوري"),
        E("RETREAT", ["Strategic developments", "Non-violent transfer of territory"], "asserted", "2026-03-28", "day",
          A("وحدات من جهاز الردع", "Special Deterrence Force (Rada)", "LBY", "armed_group"), None,
          [AINZ], None, None, "", S("مصدر في الجهاز", "anonymous", "Rada source"), "الانسحاب من مواقعها"),
        E("SUPPORT", None, "asserted", "2026-03-27", "day", UNSMIL, None, [], None, None, "", SRC_UNSMIL, "ورحّبت بعثة الأمم المتحدة"),
        E("REQUEST", None, "asserted", "2026-03-27", "day", UNSMIL,
          A("الأطراف كافة", "Libyan parties in Tripoli", "LBY", "other"),
          [], None, None, "", SRC_UNSMIL, "ورحّبت بعثة الأمم المتحدة"),
        E("REQUEST", None, "hypothetical", "2026-03-27", "day",
          A("البعثة", "UN Support Mission in Libya (UNSMIL)", None, "igo"),
          A("مجلس الأمن الدولي", "United Nations Security Council", None, "igo"),
          [], None, None, "", S("البعثة", "official", "UN Support Mission in Libya (UNSMIL)"), "ستطلب من مجلس الأمن"),
        E("MOBILIZE", None, "asserted", "2026-03-28", "day",
          A("رئاسة الأركان العامة", "General Staff of the Libyan Army (GNU)", "LBY", "military"), None,
          [L("صلاح الدين", "Salah al-Din (Tripoli)", "LY", "Tripoli", "city", 32.82, 13.19)], None, None, "",
          S("قناة ليبيا الأحرار", "media", "Libya Alahrar TV"), "بأرتال عسكرية"),
        E("CONSULT", None, "planned", "2026-03-29", "day",
          A("رئيس المجلس الرئاسي", "Presidential Council (Libya)", "LBY", "government"),
          A("قادة التشكيلات المسلحة", "Tripoli armed groups", "LBY", "armed_group"),
          [TRP], None, None, "", S("مصادر مقربة من المجلس", "anonymous", "Sources close to the Presidential Council"),
          "ومن المقرر أن يلتقي"),
    ],
    notes=("Published Sat 2026-03-28 (HTML). Dates: «ليل الخميس» (twice) -> 03-26; «فجر أمس الجمعة», «مساء أمس» -> 03-27; «صباح اليوم السبت», "
           "«صباح اليوم» -> 03-28; «غداً الأحد» -> 03-29. P1 Eastern-digit toll ٩/٢٧. P2 a separate shell on a house in al-Fernaj: "
           "singular «طفل» -> 1 killed, «والدته» -> 1 injured; actor1 unknown (null). P3 ceasefire AGREE placed in Tripoli («في طرابلس»), "
           "actor1 the Presidential Council that announced it, actor2 «الطرفين». P4 Rada's handover of its positions: RETREAT with ACLED "
           "Strategic developments/Non-violent transfer of territory. P5 has two events (SUPPORT and REQUEST) in one sentence. P6 UNSMIL's "
           "conditional request to the UNSC is hypothetical; it takes the day of the statement (03-27). P7 deployment reported by Libya "
           "Alahrar TV (media). P9 an opinion, not coded. Al-Fernaj and Salah al-Din coordinates are approximate."),
)

# ---------------------------------------------------------------- 006  (published Tue 2024-12-03)
T006 = "مقتل عنصرين من \"اليبشة\" بغارة تركية في سنجار وتظاهرة غاضبة في سنوني"
SIN = L("سنجار", "Sinjar", "IQ", "Nineveh", "city", 36.32, 41.87)
BGD = L("بغداد", "Baghdad", "IQ", "Baghdad", "city", 33.31, 44.36)
NOC = A("قيادة عمليات نينوى", "Nineveh Operations Command", "IRQ", "military")
SMC = S("خلية الإعلام الأمني", "official", "Iraqi Security Media Cell")
A006 = dict(
    id="006_news_item", format="text", published="2024-12-03", title=T006,
    head=[T006, "الثلاثاء - 3 - 12 - 2024", "الموصل - منبر نينوى", "طائرة مسيّرة تحلق في أجواء جبل سنجار (أرشيف)",
          "حجم النص: أ+ | أ-"],
    foot=["ذات صلة: افتتاح جسر جديد على نهر دجلة في الموصل", "الأكثر مشاهدة: ارتفاع أسعار الطماطم في أسواق نينوى",
          "وسوم: سنجار، سنوني، تركيا", "تابعونا على منصة إكس", "جميع الحقوق محفوظة © منبر نينوى 2024"],
    paras=[
        "استهدفت طائرة مسيّرة تركية، فجر اليوم الثلاثاء، سيارة رباعية الدفع على أطراف مدينة سنجار غربي محافظة نينوى، ما أسفر عن مقتل عنصرين من وحدات مقاومة سنجار (اليبشة) وإصابة مدني كان يمر بالمكان، وفقاً لمصدر في قائممقامية القضاء.",
        "وعلى إثر الغارة، دفعت قيادة عمليات نينوى صباح اليوم بتعزيزات من الجيش العراقي إلى مداخل سنجار، وفرضت حظراً مؤقتاً على حركة العجلات في القضاء حتى إشعار آخر، بحسب بيان لخلية الإعلام الأمني.",
        "وفي ناحية سنوني، تظاهر المئات من الأهالي ظهر اليوم أمام مبنى مديرية الناحية، منددين بما وصفوه بـ\"صمت بغداد\" إزاء الضربات التركية المتكررة، ومطالبين بإخراج جميع التشكيلات المسلحة من القضاء، وفق ما نقلته قناة كردستان 24.",
        "وزارة الخارجية العراقية، من جهتها، دانت في بيان مساء اليوم \"الاعتداء التركي السافر\" على سيادة البلاد، واستدعت القائم بالأعمال التركي في بغداد لتسليمه مذكرة احتجاج شديدة اللهجة.",
        "وفي بغداد، بحث وفد من حكومة إقليم كردستان، أمس الأول، مع مستشارية الأمن القومي ملف تطبيع الأوضاع في سنجار، بحسب ما نقلته وكالة الأنباء العراقية (واع) عن بيان للمستشارية. وأوضحت المستشارية أن الجانبين سيشكّلان غرفة عمليات مشتركة تضم الجيش العراقي وقوات البيشمركة لإدارة الملف الأمني في سنجار، على أن تباشر عملها مطلع الشهر المقبل.",
        "وحثّت لجنة الأمن والدفاع النيابية، في بيان أمس، الحكومة الاتحادية على تزويد القطعات المنتشرة في سنجار بمنظومات دفاع جوي قادرة على التصدي للطائرات المسيّرة.",
        "ويرى ناشطون إيزيديون أن تكرار الضربات يبدد أي أمل بعودة قريبة لعشرات الآلاف من النازحين الذين لا يزالون يقيمون في مخيمات محافظة دهوك.",
        "ووقّعت بغداد وأربيل في تشرين الأول 2020 اتفاقاً برعاية أممية لتطبيع الأوضاع في سنجار، يقضي بإخراج الفصائل المسلحة من القضاء وتشكيل إدارة محلية جديدة، غير أن معظم بنوده لم يُنفذ حتى الآن.",
    ],
    entities=[
        ("سنجار", "GPE", "Sinjar"),
        ("محافظة نينوى", "GPE", "Nineveh Governorate"),
        ("وحدات مقاومة سنجار", "ORG", "Sinjar Resistance Units (YBS)"),
        ("اليبشة", "ORG", "Sinjar Resistance Units (YBS)"),
        ("قيادة عمليات نينوى", "ORG", "Nineveh Operations Command"),
        ("الجيش العراقي", "ORG", "Iraqi Army"),
        ("خلية الإعلام الأمني", "ORG", "Iraqi Security Media Cell"),
        ("سنوني", "GPE", "Sinuni"),
        ("بغداد", "GPE", "Baghdad"),
        ("كردستان 24", "ORG", "Kurdistan24"),
        ("وزارة الخارجية العراقية", "ORG", "Iraqi Ministry of Foreign Affairs"),
        ("حكومة إقليم كردستان", "ORG", "Kurdistan Regional Government"),
        ("مستشارية الأمن القومي", "ORG", "Iraqi National Security Advisory"),
        ("وكالة الأنباء العراقية", "ORG", "Iraqi News Agency (INA)"),
        ("واع", "ORG", "Iraqi News Agency (INA)"),
        ("قوات البيشمركة", "ORG", "Peshmerga"),
        ("لجنة الأمن والدفاع النيابية", "ORG", "Iraqi Parliament Security and Defence Committee"),
        ("محافظة دهوك", "GPE", "Duhok Governorate"),
        ("أربيل", "GPE", "Erbil"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-12-03", "day",
          A("طائرة مسيّرة تركية", "Turkish military", "TUR", "military"),
          A("وحدات مقاومة سنجار", "Sinjar Resistance Units (YBS)", "IRQ", "armed_group"),
          [SIN], 2, 1, "مقتل عنصرين من وحدات مقاومة سنجار (اليبشة) وإصابة مدني",
          S("مصدر في قائممقامية القضاء", "anonymous", "Sinjar district office source"), "استهدفت طائرة مسيّرة تركية"),
        E("MOBILIZE", None, "asserted", "2024-12-03", "day", NOC, None, [SIN], None, None, "", SMC, "دفعت قيادة عمليات نينوى"),
        E("COERCE", None, "asserted", "2024-12-03", "day", NOC, None, [SIN], None, None, "", SMC, "دفعت قيادة عمليات نينوى"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-12-03", "day",
          A("المئات من الأهالي", "Protesters (Iraq)", "IRQ", "protesters"), None,
          [L("سنوني", "Sinuni", "IQ", "Nineveh", "city", 36.45, 41.64)], None, None, "",
          S("قناة كردستان 24", "media", "Kurdistan24"), "تظاهر المئات من الأهالي"),
        E("ACCUSE", None, "asserted", "2024-12-03", "day",
          A("وزارة الخارجية العراقية", "Iraqi Ministry of Foreign Affairs", "IRQ", "government"),
          A("القائم بالأعمال التركي", "Government of Turkey", "TUR", "government"),
          [BGD], None, None, "", S("وزارة الخارجية العراقية", "official", "Iraqi Ministry of Foreign Affairs"), "واستدعت القائم بالأعمال"),
        E("CONSULT", None, "asserted", "2024-12-01", "day",
          A("وفد من حكومة إقليم كردستان", "Kurdistan Regional Government", "IRQ", "government"),
          A("مستشارية الأمن القومي", "Iraqi National Security Advisory", "IRQ", "government"),
          [BGD], None, None, "", S("مستشارية الأمن القومي", "official", "Iraqi National Security Advisory"), "بحث وفد من حكومة إقليم"),
        E("COOPERATE", None, "planned", "2025-01-15", "month",
          A("الجيش العراقي", "Iraqi Army", "IRQ", "military"), A("قوات البيشمركة", "Peshmerga", "IRQ", "military"),
          [SIN], None, None, "", S("المستشارية", "official", "Iraqi National Security Advisory"), "غرفة عمليات مشتركة"),
        E("REQUEST", None, "asserted", "2024-12-02", "day",
          A("لجنة الأمن والدفاع النيابية", "Iraqi Parliament Security and Defence Committee", "IRQ", "government"),
          A("الحكومة الاتحادية", "Government of Iraq", "IRQ", "government"),
          [], None, None, "", S("لجنة الأمن والدفاع النيابية", "official", "Iraqi Parliament Security and Defence Committee"),
          "وحثّت لجنة الأمن والدفاع"),
    ],
    notes=("Published Tue 2024-12-03. Dates: «فجر اليوم الثلاثاء», «صباح اليوم», «ظهر اليوم», «مساء اليوم» -> 12-03; «أمس» -> 12-02; "
           "«أمس الأول» -> 12-01; «مطلع الشهر المقبل» -> January 2025, coded 2025-01-15 (month). P1 dual «عنصرين» -> 2 killed, singular "
           "«مدني» -> 1 injured; source the unnamed district-office source (anonymous). P2 two events in one sentence: the deployment "
           "(MOBILIZE) and the vehicle-movement ban (COERCE, no ACLED type, like the dev curfew). P3 Sinuni protest reported by Kurdistan24 "
           "(media); the participles «منددين/مطالبين» are not events. P4 subject-first sentence; condemnation plus summons coded as one ACCUSE "
           "placed in Baghdad (where the chargé was summoned). P5: first sentence CONSULT (source the NSA statement, innermost of the INA "
           "chain); second sentence the joint operations room is a planned COOPERATE (not a separate AGREE). P6 the committee's call has no "
           "venue. P7 an opinion, P8 background: not coded. Sinuni coordinates approximate."),
)

# ---------------------------------------------------------------- 007  (published Thu 2025-09-11, HTML)
T007 = "ستة قتلى بغارات إسرائيلية على ميناء الحديدة والحوثيون يعلنون استهداف سفينة في البحر الأحمر"
HOU = A("جماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group")
A007 = dict(
    id="007_news_item", format="html", published="2025-09-11", title=T007,
    html=dict(
        site="تهامة بوست", nav=["الرئيسية", "محليات", "البحر الأحمر", "عربي", "دولي", "تقارير"], kicker="عاجل",
        byline="الحديدة - خاص", datetime="2025-09-11T10:45", time="الخميس 11/9/2025 | 10:45",
        img="/uploads/2025/09/hodeidah-port.jpg", caption="دخان يتصاعد من أرصفة ميناء الحديدة (أرشيف/ رويترز)",
        share=["مشاركة", "واتساب", "فيسبوك", "إكس"],
        tags=["وسوم", "الحديدة", "البحر الأحمر", "الملاحة"],
        related=["أخبار ذات علاقة", "تراجع الصيد في سواحل الخوخة مع ارتفاع أسعار الوقود",
                 "الأمطار الغزيرة تقطع طريق الحديدة - صنعاء"],
        footer=["سياسة النشر", "اتصل بنا", "تابعونا على تيليغرام", "© 2025 تهامة بوست. جميع الحقوق محفوظة"]),
    paras=[
        "قُتل 6 من عمال ميناء الحديدة وأصيب 14 آخرون، مساء أمس الأربعاء، في غارات شنتها مقاتلات إسرائيلية على أرصفة الميناء وخزانات الوقود فيه، وفق ما أعلنته وزارة الصحة في حكومة صنعاء.",
        "وقال الجيش الإسرائيلي، في بيان، إن مقاتلاته أغارت مساء أمس أيضاً على ميناء الصليف شمالي الحديدة، متهماً الحوثيين باستخدام الموانئ لتهريب الأسلحة الإيرانية.",
        "في المقابل، نفى مصدر عسكري إسرائيلي، في حديث لإذاعة الجيش الإسرائيلي، أن تكون المقاتلات قد استهدفت مساء أمس ميناء رأس عيسى النفطي، خلافاً لما أوردته قناة «المسيرة» التابعة للحوثيين.",
        "من جهتها، أعلنت جماعة الحوثي، في بيان تلاه متحدثها العسكري فجر اليوم، أن قواتها استهدفت ليل أمس سفينة تجارية في البحر الأحمر بصاروخ باليستي وطائرتين مسيّرتين، قائلة إنها \"تابعة لشركة تتعامل مع موانئ فلسطين المحتلة\"، وإن \"الإصابة كانت مباشرة\". ولم تُبلغ هيئة عمليات التجارة البحرية البريطانية عن أي حادث في المنطقة حتى ظهر اليوم.",
        "ودعا المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن، في بيان اليوم، جميع الأطراف إلى \"أقصى درجات ضبط النفس\" وتجنيب المنشآت المدنية أي استهداف، محذراً من أن تعطل ميناء الحديدة \"سيفاقم معاناة ملايين اليمنيين\".",
        "وتوعّد المكتب السياسي لجماعة أنصار الله، في بيان مساء أمس، إسرائيل بـ\"رد مؤلم\" على ما وصفه بـ\"العدوان على المنشآت المدنية\"، مؤكداً أن العمليات البحرية \"لن تتوقف\".",
        "وكان مجلس الاتحاد الأوروبي قد أدرج، الأسبوع الماضي، خمسة من قياديي الجماعة وشركتي شحن مرتبطتين بها على قائمة العقوبات، بتهمة \"تهديد حرية الملاحة في البحر الأحمر\".",
        "وفي مسقط، أعلنت وزارة الخارجية العمانية أن جماعة الحوثي أفرجت، الثلاثاء، عن ثلاثة بحارة من طاقم سفينة شحن كانت قد احتجزتهم قبل أشهر، ونُقلوا على متن طائرة عمانية من صنعاء إلى مسقط.",
        "ويشنّ الحوثيون منذ تشرين الثاني/نوفمبر 2023 هجمات على السفن المرتبطة بإسرائيل في البحر الأحمر وخليج عدن، فيما نفذت إسرائيل خلال العامين الأخيرين أكثر من عشر جولات من الغارات على موانئ الحديدة ومحطات الكهرباء في صنعاء.",
    ],
    entities=[
        ("ميناء الحديدة", "FAC", "Port of Hodeidah"),
        ("وزارة الصحة", "ORG", "Houthi-run Ministry of Health"),
        ("صنعاء", "GPE", "Sanaa"),
        ("الجيش الإسرائيلي", "ORG", "Israeli military"),
        ("ميناء الصليف", "FAC", "Port of Salif"),
        ("الحديدة", "GPE", "Hodeidah"),
        ("الحوثيين", "ORG", "Houthis (Ansar Allah)"),
        ("إذاعة الجيش الإسرائيلي", "ORG", "Army Radio (Galei Tzahal)"),
        ("ميناء رأس عيسى", "FAC", "Ras Isa port"),
        ("المسيرة", "ORG", "Al-Masirah TV"),
        ("جماعة الحوثي", "ORG", "Houthis (Ansar Allah)"),
        ("البحر الأحمر", "LOC", "Red Sea"),
        ("فلسطين المحتلة", "GPE", "Israel"),
        ("هيئة عمليات التجارة البحرية البريطانية", "ORG", "UK Maritime Trade Operations (UKMTO)"),
        ("اليمن", "GPE", "Yemen"),
        ("اليمنيين", "NORP", "Yemenis"),
        ("أنصار الله", "ORG", "Houthis (Ansar Allah)"),
        ("إسرائيل", "GPE", "Israel"),
        ("مجلس الاتحاد الأوروبي", "ORG", "Council of the European Union"),
        ("مسقط", "GPE", "Muscat"),
        ("وزارة الخارجية العمانية", "ORG", "Omani Ministry of Foreign Affairs"),
        ("الحوثيون", "ORG", "Houthis (Ansar Allah)"),
        ("خليج عدن", "LOC", "Gulf of Aden"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-09-10", "day",
          A("مقاتلات إسرائيلية", "Israeli military", "ISR", "military"),
          A("عمال ميناء الحديدة", "Civilians (Yemen)", "YEM", "civilians"),
          [L("ميناء الحديدة", "Port of Hodeidah", "YE", "Al Hudaydah", "facility", 14.83, 42.93)], 6, 14,
          "قُتل 6 من عمال ميناء الحديدة وأصيب 14 آخرون",
          S("وزارة الصحة في حكومة صنعاء", "official", "Houthi-run Ministry of Health"), "قُتل 6 من عمال"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-09-10", "day",
          A("الجيش الإسرائيلي", "Israeli military", "ISR", "military"), A("الحوثيين", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          [L("ميناء الصليف", "Port of Salif", "YE", "Al Hudaydah", "facility", 15.31, 42.68)], None, None, "",
          S("الجيش الإسرائيلي", "official", "Israeli military"), "ميناء الصليف"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "denied", "2025-09-10", "day",
          A("المقاتلات", "Israeli military", "ISR", "military"), None,
          [L("ميناء رأس عيسى", "Ras Isa port", "YE", "Al Hudaydah", "facility", 15.21, 42.62)], None, None, "",
          S("مصدر عسكري إسرائيلي", "anonymous", "Israeli military source"), "نفى مصدر عسكري إسرائيلي"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "claimed", "2025-09-10", "day",
          HOU, A("سفينة تجارية", "Merchant vessel", None, "civilians"),
          [L("البحر الأحمر", "Red Sea", "YE", None, "region", 22.0, 38.0)], None, None, "",
          S("جماعة الحوثي", "perpetrator_claim", "Houthis (Ansar Allah)"), "استهدفت ليل أمس سفينة تجارية"),
        E("REQUEST", None, "asserted", "2025-09-11", "day",
          A("المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن", "UN Special Envoy for Yemen", None, "igo"),
          A("جميع الأطراف", "Israel and the Houthis", None, "other"),
          [], None, None, "", S("المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن", "official", "UN Special Envoy for Yemen"),
          "ودعا المبعوث الخاص"),
        E("THREATEN", None, "asserted", "2025-09-10", "day",
          A("المكتب السياسي لجماعة أنصار الله", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("إسرائيل", "Government of Israel", "ISR", "government"),
          [], None, None, "", S("المكتب السياسي لجماعة أنصار الله", "official", "Houthi Political Bureau"), "وتوعّد المكتب السياسي"),
        E("SANCTION", None, "asserted", "2025-09-03", "week",
          A("مجلس الاتحاد الأوروبي", "Council of the European Union", None, "igo"),
          A("خمسة من قياديي الجماعة", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          [], None, None, "", OWN, "قائمة العقوبات"),
        E("CONCEDE", None, "asserted", "2025-09-09", "day",
          HOU, A("ثلاثة بحارة", "Merchant ship crew", None, "civilians"),
          [L("صنعاء", "Sanaa", "YE", "Amanat Al Asimah", "city", 15.35, 44.21)], None, None, "",
          S("وزارة الخارجية العمانية", "official", "Omani Ministry of Foreign Affairs"), "أفرجت، الثلاثاء"),
    ],
    notes=("Published Thu 2025-09-11 (HTML). Dates: «مساء أمس الأربعاء», «مساء أمس» (P2, P3, P6), «ليل أمس» -> 09-10; «فجر اليوم», «اليوم» -> 09-11; "
           "«الثلاثاء» -> 09-09; «الأسبوع الماضي» -> week 09-01..09-07, coded Wed 09-03 (week). P1 casualties in Western digits 6/14, "
           "source the Houthi-run health ministry (official). P2 the Israeli army's own statement of the Salif strike: asserted, official. "
           "P3 an unnamed Israeli military source denies striking Ras Isa: ASSAULT denied (anonymous); Al-Masirah only reported the claim "
           "denied. P4 the Houthi ship claim: claimed (the second sentence says UKMTO reported nothing); missile and drones coded "
           "Shelling/artillery/missile attack as dev-016; at sea coded YE with the Red Sea centre as in dev. P5 the UN envoy's call "
           "(«محذراً» is not an event). P6 threat to Israel. P7 EU listing: SANCTION, week precision, no place. P8 release of three "
           "sailors: CONCEDE placed in Sanaa (where they were released), source the Omani ministry. P9 background and aggregate."),
)

# ---------------------------------------------------------------- 008  (published Thu 2026-06-04)
T008 = "مقتل 14 جندياً بهجوم على موقع عسكري في بانيبانغو وآلاف الفارين نحو بوركينا فاسو"
BANI = L("بانيبانغو", "Banibangou", "NE", "Tillaberi", "city", 15.04, 2.70)
NIA = L("نيامي", "Niamey", "NE", "Niamey", "city", 13.51, 2.11)
CNSP = "National Council for the Safeguard of the Homeland (CNSP)"
A008 = dict(
    id="008_news_item", format="text", published="2026-06-04", title=T008,
    head=[T008, "تحديث: 04 يونيو 2026 / 16:20 GMT", "نيامي - الساحل الأفريقي 24",
          "جنود نيجريون في دورية قرب الحدود مع مالي (أرشيف/ فرانس برس)", "نسخ الرابط | مشاركة عبر البريد"],
    foot=["مواضيع قد تهمك", "انطلاق موسم الزراعة المطرية في منطقة دوسو", "ارتفاع منسوب نهر النيجر في نيامي",
          "الكلمات الرئيسية: النيجر، تيلابيري، الساحل", "تابعوا الساحل الأفريقي 24 على واتساب",
          "© 2026 الساحل الأفريقي 24 | كل الحقوق محفوظة"],
    paras=[
        "أعلن المجلس الوطني لحماية الوطن، الحاكم في النيجر، في بيان تلاه متحدث باسمه عبر التلفزيون الرسمي مساء أمس، مقتل 14 جندياً وإصابة 9 آخرين في هجوم شنه مئات المسلحين على دراجات نارية، فجر الثلاثاء، على موقع متقدم تتمركز فيه وحدات من القوات المسلحة النيجرية في بلدة بانيبانغو بمنطقة تيلابيري.",
        "وتبنّى تنظيم الدولة الإسلامية في الساحل، عبر وكالة «أعماق» التابعة له، كميناً قال إن عناصره نصبوه أمس الأربعاء لرتل عسكري قرب بلدة أيورو على ضفاف نهر النيجر، زاعماً أنه أوقع \"عشرات القتلى\" في صفوف الجنود، من دون أن يصدر أي تأكيد رسمي.",
        "واتهم المجلس العسكري، في البيان ذاته، \"قوى أجنبية\" لم يسمّها بتقديم دعم لوجستي واستخباري للجماعات المسلحة انطلاقاً من أراضي دول مجاورة.",
        "وأعلنت رئاسة أركان القوات المسلحة، اليوم الخميس، أن طائرات مسيّرة تابعة لسلاح الجو نفذت ليل الأربعاء ضربات على \"ملاذات إرهابية\" في محيط بانيبانغو، أسفرت عن \"تحييد عدد كبير من المسلحين\" وتدمير آليات ودراجات نارية.",
        "وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن أكثر من 3 آلاف شخص فرّوا من قرى بلدية بانيبانغو نحو مالي وبوركينا فاسو منذ مطلع الأسبوع. وأفادت منظمة أطباء بلا حدود بأن فرقها المتنقلة قدّمت، أمس، رعاية طبية ومياه شرب لنحو 400 لاجئ نيجري وصلوا إلى بلدة سيبا في شمال شرق بوركينا فاسو.",
        "في غضون ذلك، أعربت كونفدرالية دول الساحل عن \"تضامنها الكامل\" مع النيجر، في بيان صدر عن رئاستها اليوم. وأكدت الكونفدرالية أنها ستدفع بوحدات من قوتها الموحدة إلى منطقة تيلابيري إذا طلبت نيامي ذلك.",
        "وفي العاصمة نيامي، اعتقلت عناصر من الشرطة القضائية، صباح اليوم، صحفيين اثنين بتهمة \"نشر معلومات كاذبة\" بعد تداولهما حصيلة للهجوم تفوق الحصيلة الرسمية، بحسب ما أفادت به منظمة مراسلون بلا حدود.",
        "ومن المقرر أن يعقد المجلس الوطني لحماية الوطن اجتماعاً طارئاً في نيامي بعد غد السبت، لبحث الوضع الأمني في منطقة المثلث الحدودي، بحسب ما أوردته الوكالة النيجرية للأنباء.",
        "وتشهد منطقة تيلابيري، المحاذية لمالي وبوركينا فاسو، هجمات متكررة منذ سنوات قُتل فيها مئات الجنود والمدنيين، وازدادت وتيرتها منذ استيلاء الجيش على السلطة في تموز/يوليو 2023.",
    ],
    entities=[
        ("المجلس الوطني لحماية الوطن", "ORG", CNSP),
        ("النيجر", "GPE", "Niger"),
        ("القوات المسلحة النيجرية", "ORG", "Niger Armed Forces"),
        ("بانيبانغو", "GPE", "Banibangou"),
        ("تيلابيري", "GPE", "Tillaberi"),
        ("تنظيم الدولة الإسلامية في الساحل", "ORG", "Islamic State Sahel Province"),
        ("أعماق", "ORG", "Amaq News Agency"),
        ("أيورو", "GPE", "Ayorou"),
        ("نهر النيجر", "LOC", "Niger River"),
        ("رئاسة أركان القوات المسلحة", "ORG", "General Staff of the Niger Armed Forces"),
        ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG", "UNHCR"),
        ("مالي", "GPE", "Mali"),
        ("بوركينا فاسو", "GPE", "Burkina Faso"),
        ("منظمة أطباء بلا حدود", "ORG", "Médecins Sans Frontières"),
        ("سيبا", "GPE", "Sebba"),
        ("كونفدرالية دول الساحل", "ORG", "Confederation of Sahel States (AES)"),
        ("نيامي", "GPE", "Niamey"),
        ("منظمة مراسلون بلا حدود", "ORG", "Reporters Without Borders"),
        ("المثلث الحدودي", "LOC", "Liptako-Gourma tri-border area"),
        ("الوكالة النيجرية للأنباء", "ORG", "Agence Nigérienne de Presse (ANP)"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-06-02", "day",
          A("مئات المسلحين", "Unidentified armed group (Sahel)", None, "armed_group"),
          A("القوات المسلحة النيجرية", "Niger Armed Forces", "NER", "military"),
          [BANI], 14, 9, "مقتل 14 جندياً وإصابة 9 آخرين", S("المجلس الوطني لحماية الوطن", "official", CNSP), "مقتل 14 جندياً"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2026-06-03", "day",
          A("تنظيم الدولة الإسلامية في الساحل", "Islamic State Sahel Province", None, "armed_group"),
          A("رتل عسكري", "Niger Armed Forces", "NER", "military"),
          [L("أيورو", "Ayorou", "NE", "Tillaberi", "city", 14.73, 0.92)], None, None, "عشرات القتلى",
          S("تنظيم الدولة الإسلامية في الساحل", "perpetrator_claim", "Islamic State Sahel Province"), "كميناً قال إن عناصره"),
        E("ACCUSE", None, "asserted", "2026-06-03", "day",
          A("المجلس العسكري", CNSP, "NER", "government"), A("قوى أجنبية", "Foreign powers", None, "other"),
          [], None, None, "", S("المجلس العسكري", "official", CNSP), "واتهم المجلس العسكري"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2026-06-03", "day",
          A("طائرات مسيّرة تابعة لسلاح الجو", "Niger Air Force", "NER", "military"),
          A("المسلحين", "Unidentified armed group (Sahel)", None, "armed_group"),
          [BANI], None, None, "تحييد عدد كبير من المسلحين",
          S("رئاسة أركان القوات المسلحة", "official", "General Staff of the Niger Armed Forces"), "ملاذات إرهابية"),
        E("AID", None, "asserted", "2026-06-03", "day",
          A("منظمة أطباء بلا حدود", "Médecins Sans Frontières", None, "other"),
          A("400 لاجئ نيجري", "Nigerien refugees", "NER", "civilians"),
          [L("سيبا", "Sebba", "BF", "Sahel", "city", 13.43, 0.53)], None, None, "",
          S("منظمة أطباء بلا حدود", "ngo", "Médecins Sans Frontières"), "وأفادت منظمة أطباء بلا حدود"),
        E("SUPPORT", None, "asserted", "2026-06-04", "day",
          A("كونفدرالية دول الساحل", "Confederation of Sahel States (AES)", None, "igo"),
          A("النيجر", "Government of Niger", "NER", "government"),
          [], None, None, "", S("كونفدرالية دول الساحل", "official", "Confederation of Sahel States (AES)"), "تضامنها الكامل"),
        E("MOBILIZE", None, "hypothetical", "2026-06-04", "day",
          A("الكونفدرالية", "Confederation of Sahel States (AES)", None, "igo"), None,
          [L("تيلابيري", "Tillaberi", "NE", "Tillaberi", "admin1", 14.2, 1.8)], None, None, "",
          S("الكونفدرالية", "official", "Confederation of Sahel States (AES)"), "ستدفع بوحدات"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-06-04", "day",
          A("عناصر من الشرطة القضائية", "Niger Police", "NER", "police"),
          A("صحفيين اثنين", "Journalists (Niger)", "NER", "media"),
          [NIA], None, None, "", S("منظمة مراسلون بلا حدود", "ngo", "Reporters Without Borders"), "صحفيين اثنين"),
        E("CONSULT", None, "planned", "2026-06-06", "day",
          A("المجلس الوطني لحماية الوطن", CNSP, "NER", "government"), None,
          [NIA], None, None, "", S("الوكالة النيجرية للأنباء", "wire", "Agence Nigérienne de Presse (ANP)"), "اجتماعاً طارئاً"),
    ],
    notes=("Published Thu 2026-06-04. Dates: «مساء أمس», «أمس الأربعاء», «ليل الأربعاء», «أمس», «في البيان ذاته» (the statement of «مساء أمس») "
           "-> 06-03; «فجر الثلاثاء» -> 06-02; «اليوم الخميس», «اليوم», «صباح اليوم» -> 06-04; «بعد غد السبت» -> 06-06. P1 the junta's "
           "statement gives the toll 14/9 for the attack on the Banibangou post (Battles/Armed clash; attackers unnamed). P2 IS Sahel's "
           "ambush claim near Ayorou, unconfirmed: claimed, vague «عشرات القتلى» -> null. P3 accusation from the same statement, no place. "
           "P4 drone strikes around Banibangou, vague toll null. P5: the UNHCR displacement sentence is not coded; the MSF aid in Sebba "
           "(Burkina Faso) is AID (ngo). P6: SUPPORT, then the AES's conditional deployment to the Tillaberi region: MOBILIZE hypothetical, "
           "place admin1 Tillaberi (centroid approximate), dated by the statement (today). P7 arrest of two journalists (role media), "
           "source RSF (ngo). P8 planned CNSP meeting, source the national news agency speaking for itself (wire). P9 background."),
)
