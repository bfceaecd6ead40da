"""heldout26 article specs 005-008 (invented events; real places, institutions and armed groups; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 005  (published Tue 2025-10-21)
T005 = "الكفرة: قتلى في اشتباكات قبلية وتحرير مهاجرين محتجزين طلباً للفدية وخطف عمال إغاثة قرب تازربو"
KUFRA = L("الكفرة", "Kufra", "LY", "Kufra", "city", 24.20, 23.29)
KUFRAAP = L("مطار الكفرة", "Kufra airport", "LY", "Kufra", "facility", 24.18, 23.31)
TAZIRBU = L("تازربو", "Tazirbu", "LY", "Kufra", "city", 25.67, 21.07)
MATAN = L("معطن السارة", "Ma'tan as-Sarra", "LY", "Kufra", "city", 21.65, 21.85)
SUBUL = "Subul al-Salam Brigade (LNA)"
A005 = dict(
    id="005_news_item", format="html", published="2025-10-21", title=T005,
    html=dict(
        site="بوابة الواحة الليبية",
        nav=["الرئيسية", "ليبيا", "الجنوب", "اقتصاد", "مجتمع"],
        kicker="الجنوب الشرقي",
        byline="الكفرة - مراسل البوابة",
        datetime="2025-10-21T16:45",
        time="نُشر في 21-10-2025 الساعة 16:45",
        img="/files/2025/10/kufra-street.jpg",
        caption="شارع رئيسي في المدينة الصحراوية (أرشيف)",
        share=["شارك المقال:", "فيسبوك", "واتساب", "إكس"],
        tags=["الوسوم:", "الكفرة", "اللاجئون", "الجنوب الليبي"],
        related=["اقرأ أيضاً", "انطلاق موسم جني التمور في واحات الجنوب", "تحسن إمدادات الوقود إلى محطات المدن الصحراوية"],
        footer=["من نحن", "سياسة النشر", "اتصل بنا", "© 2025 بوابة الواحة الليبية - جميع الحقوق محفوظة"],
    ),
    paras=[
        "اندلعت اشتباكات مسلحة، ليل الأحد، بين مسلحين من قبيلتي التبو والزوية في أحياء جنوبي مدينة الكفرة، أسفرت عن مقتل ٥ أشخاص وإصابة 11 آخرين، فيما سقطت قذيفتا هاون قرب مطار الكفرة دون أن تسفرا عن إصابات، بحسب ما أفاد به مصدر طبي في مستشفى الكفرة العام.",
        "وأعلنت مديرية أمن الكفرة، في بيان اليوم، تحرير ١٧ مهاجراً سودانياً بينهم نساء وأطفال كانت عصابة لتهريب البشر تحتجزهم في مزرعة جنوبي المدينة طلباً للفدية، والقبض على أربعة من أفراد العصابة خلال مداهمة نفذتها فجر اليوم.",
        "وخطف مسلحون مجهولون، مساء أمس الاثنين، ثلاثة عمال إغاثة ليبيين قرب بلدة تازربو شمال غربي الكفرة، وطالبوا ذويهم بفدية مالية مقابل إطلاق سراحهم.",
        "وتبنّت «جبهة الوفاق من أجل التغيير في تشاد» المتمردة، في بيان على فيسبوك، هجوماً قالت إن مقاتليها شنّوه ليل السبت على دورية تابعة لكتيبة سبل السلام قرب منطقة معطن السارة وقتلوا خلاله «عدداً» من عناصرها، ولم يتسنَّ التحقق من ذلك من مصدر مستقل.",
        "ونفى المكتب الإعلامي لكتيبة سبل السلام، في بيان مساء أمس، أن تكون عناصر الكتيبة قد منعت قافلة مساعدات أممية متجهة إلى مخيمات اللاجئين السودانيين من دخول الكفرة يوم الأحد، مؤكداً أن القافلة «تأخرت لأسباب إدارية».",
        "ووصلت إلى الكفرة، صباح اليوم، قافلة تابعة لبرنامج الأغذية العالمي تضم 22 شاحنة محمّلة بالمواد الغذائية لصالح اللاجئين السودانيين في المدينة، وفق ما أعلنه البرنامج في منشور على منصة إكس.",
        "ومن المقرر أن تُجلي طائرة إسعاف تابعة لوزارة الصحة ستة من جرحى الاشتباكات من الكفرة إلى مستشفيات شرق البلاد غداً الأربعاء، بحسب ما أفاد به مصدر في مستشفى الكفرة العام.",
        "وحذّر عميد بلدية الكفرة من أن المجلس البلدي قد يعلن حالة الطوارئ ويغلق المدينة أمام القادمين من الحدود الجنوبية إذا لم تتدخل الحكومة لوقف الاشتباكات، مشيراً إلى أن «المدينة لم تعد تحتمل».",
        "ودعت بعثة الأمم المتحدة للدعم في ليبيا، في بيان اليوم، أطراف النزاع في الكفرة إلى «وقف فوري لإطلاق النار» وحماية المدنيين واللاجئين.",
        "وتستضيف الكفرة، التي يسكنها نحو 60 ألف نسمة، أكثر من 40 ألف لاجئ سوداني وصلوا منذ اندلاع الحرب في السودان عام 2023، فيما تشهد المدينة مواجهات قبلية متقطعة منذ عام 2012.",
    ],
    entities=[
        ("التبو", "NORP", "Tebu"),
        ("الزوية", "NORP", "Zuwayya"),
        ("الكفرة", "GPE", "Kufra"),
        ("مطار الكفرة", "FAC", "Kufra airport"),
        ("مستشفى الكفرة العام", "FAC", "Kufra General Hospital"),
        ("مديرية أمن الكفرة", "ORG", "Kufra Security Directorate"),
        ("تازربو", "GPE", "Tazirbu"),
        ("جبهة الوفاق من أجل التغيير في تشاد", "ORG", "Front for Change and Concord in Chad (FACT)"),
        ("فيسبوك", "ORG", "Facebook"),
        ("كتيبة سبل السلام", "ORG", SUBUL),
        ("معطن السارة", "GPE", "Ma'tan as-Sarra"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("إكس", "ORG", "X (Twitter)"),
        ("وزارة الصحة", "ORG", "Libyan Ministry of Health"),
        ("بلدية الكفرة", "ORG", "Kufra Municipality"),
        ("بعثة الأمم المتحدة للدعم في ليبيا", "ORG", "UN Support Mission in Libya (UNSMIL)"),
        ("السودان", "GPE", "Sudan"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-10-19", "day",
          A("مسلحين من قبيلتي التبو والزوية", "Tebu and Zuwayya tribal fighters", "LBY", "armed_group"), None, [KUFRA],
          5, 11, "مقتل ٥ أشخاص وإصابة 11 آخرين",
          S("مصدر طبي في مستشفى الكفرة العام", "anonymous", "Medical source, Kufra General Hospital"), "اندلعت اشتباكات مسلحة"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-10-19", "day",
          None, None, [KUFRAAP], 0, 0, "دون أن تسفرا عن إصابات",
          S("مصدر طبي في مستشفى الكفرة العام", "anonymous", "Medical source, Kufra General Hospital"), "اندلعت اشتباكات مسلحة"),
        E("COERCE", None, "asserted", "2025-10-21", "day",
          A("مديرية أمن الكفرة", "Kufra Security Directorate", "LBY", "police"),
          A("أربعة من أفراد العصابة", "Human-trafficking gang (Kufra)", None, "other"), [KUFRA],
          None, None, "", S("مديرية أمن الكفرة", "official", "Kufra Security Directorate"), "وأعلنت مديرية أمن الكفرة"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2025-10-20", "day",
          A("مسلحون مجهولون", "Unidentified gunmen", None, "armed_group"),
          A("ثلاثة عمال إغاثة ليبيين", "Libyan aid workers", "LBY", "civilians"), [TAZIRBU],
          None, None, "", OWN, "وخطف مسلحون مجهولون"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2025-10-18", "day",
          A("جبهة الوفاق من أجل التغيير في تشاد", "Front for Change and Concord in Chad (FACT)", "TCD", "armed_group"),
          A("دورية تابعة لكتيبة سبل السلام", SUBUL, "LBY", "military"), [MATAN],
          None, None, "وقتلوا خلاله «عدداً» من عناصرها",
          S("جبهة الوفاق من أجل التغيير في تشاد", "perpetrator_claim", "Front for Change and Concord in Chad (FACT)"), "المتمردة، في بيان على فيسبوك"),
        E("COERCE", None, "denied", "2025-10-19", "day",
          A("عناصر الكتيبة", SUBUL, "LBY", "military"), A("قافلة مساعدات أممية", "UN aid convoy", None, "igo"), [KUFRA],
          None, None, "", S("المكتب الإعلامي لكتيبة سبل السلام", "official", SUBUL), "ونفى المكتب الإعلامي"),
        E("AID", None, "asserted", "2025-10-21", "day",
          A("قافلة تابعة لبرنامج الأغذية العالمي", "World Food Programme", None, "igo"),
          A("اللاجئين السودانيين", "Sudanese refugees in Kufra", "SDN", "civilians"), [KUFRA],
          None, None, "", S("البرنامج", "official", "World Food Programme"), "ووصلت إلى الكفرة"),
        E("AID", None, "planned", "2025-10-22", "day",
          A("طائرة إسعاف تابعة لوزارة الصحة", "Libyan Ministry of Health", "LBY", "government"),
          A("ستة من جرحى الاشتباكات", "Wounded of the Kufra clashes", "LBY", "civilians"), [KUFRA],
          None, None, "", S("مصدر في مستشفى الكفرة العام", "anonymous", "Source at Kufra General Hospital"), "طائرة إسعاف"),
        E("COERCE", None, "hypothetical", "2025-10-21", "day",
          A("المجلس البلدي", "Kufra Municipal Council", "LBY", "government"), None, [KUFRA],
          None, None, "", S("عميد بلدية الكفرة", "official", "Mayor of Kufra"), "قد يعلن حالة الطوارئ"),
        E("REQUEST", None, "asserted", "2025-10-21", "day",
          A("بعثة الأمم المتحدة للدعم في ليبيا", "UN Support Mission in Libya (UNSMIL)", None, "igo"),
          A("أطراف النزاع في الكفرة", "Parties to the Kufra clashes", "LBY", "armed_group"), [],
          None, None, "", S("بعثة الأمم المتحدة للدعم في ليبيا", "official", "UN Support Mission in Libya (UNSMIL)"), "ودعت بعثة الأمم المتحدة"),
    ],
    notes=("Published Tuesday 2025-10-21 (HTML; «نُشر في 21-10-2025 الساعة 16:45»). Dates: «ليل الأحد» -> Sun 10-19 (tribal clash in Kufra, ٥ killed / "
           "11 injured, and two mortar rounds near Kufra airport with «دون أن تسفرا عن إصابات» -> 0/0, shooter not named -> actor1 null: one sentence, one "
           "event per place); the arrest of four gang members «فجر اليوم» -> 10-21 (criminal arrests: COERCE with ACLED null; the 17 freed migrants are "
           "not casualties; their captivity is an ongoing state, not coded); the kidnapping near Tazirbu «مساء أمس الاثنين» -> 10-20 is unattributed -> "
           "outlet_own; FACT's claim «ليل السبت» -> Sat 10-18 (claimed; «عدداً» vague -> null); the denied convoy blocking is dated by the act «يوم "
           "الأحد» -> past Sunday 10-19 (COERCE, ACLED null; the denial itself was «مساء أمس»); the WFP convoy «صباح اليوم» (IGO statement -> official; "
           "22 trucks not casualties); the planned medical evacuation «غداً الأربعاء» -> 10-22, AID placed at Kufra (the origin; the destination is "
           "unnamed), the six wounded are recipients, not a new toll; the mayor's hypothetical state of emergency (COERCE, ACLED null) -> publication "
           "day; UNSMIL's call has no place. «مؤكداً» and «مشيراً» not coded; P10 background (since 2023 and 2012) not coded. Unsure: FACT's country "
           "TCD; the criminal arrests' ACLED null (a system may say Arrests). Coordinates from memory (approximate), Ma'tan as-Sarra roughly."),
)

# ---------------------------------------------------------------- 006  (published Thu 2026-01-29)
T006 = "شرق تشاد: قتيل في مواجهات بين لاجئين وسكان في فرشنة وإغلاق الحدود مع السودان في إقليم وداي"
FARCHANA = L("فرشنة", "Farchana", "TD", "Ouaddaï", "city", 13.63, 21.78)
ADRE = L("أدري", "Adré", "TD", "Ouaddaï", "city", 13.47, 22.20)
OUADDAI = L("وداي", "Ouaddaï Province", "TD", "Ouaddaï", "admin1", 13.60, 21.00)
HADJER = L("حجر حديد", "Hadjer Hadid", "TD", "Ouaddaï", "city", 13.38, 21.42)
A006 = dict(
    id="006_news_item", format="text", published="2026-01-29", title=T006,
    head=[T006, "29 يناير 2026", "أبشة - مكتب الشرق",
          "خيام للاجئين سودانيين قرب الحدود الشرقية (أرشيف)",
          "انشر الخبر: فيسبوك | واتساب"],
    foot=["اقرأ أيضاً: ارتفاع أسعار الذرة في أسواق الإقليم قبل موسم الجفاف",
          "الكلمات الدالة: وداي، اللاجئون، الحدود",
          "تابعوا «نبض أبشة» على واتساب",
          "نبض أبشة © 2026 - جميع الحقوق محفوظة"],
    paras=[
        "اندلعت مواجهات بالعصي والسكاكين، ليل الثلاثاء، بين لاجئين سودانيين وسكان محليين في بلدة فرشنة على خلفية نزاع حول نقطة مياه، أسفرت عن مقتل شخص وإصابة ٩ آخرين، فيما شهد محيط مدينة أدري مواجهات مماثلة لم تسفر عن إصابات، بحسب ما أفاد به شهود عيان.",
        "وأعلنت وزارة الأمن العام والهجرة، في بيان صباح اليوم، إغلاق الحدود مع السودان في إقليم وداي أمام حركة الأفراد والبضائع «حتى إشعار آخر»، مبررة القرار بدواعٍ أمنية.",
        "ومنعت السلطات المحلية في أدري، أمس الأربعاء، قافلة من ٢٦ شاحنة تابعة لبرنامج الأغذية العالمي من العبور إلى إقليم دارفور، وفق ما قاله متحدث باسم البرنامج لوكالة فرانس برس.",
        "وتبنّى مجلس القيادة العسكرية لإنقاذ الجمهورية، وهو حركة تشادية متمردة، في بيان على فيسبوك، هجوماً قال إن مقاتليه شنّوه ليل الاثنين على موقع للجيش التشادي قرب بلدة حجر حديد، مدّعياً قتل «عشرات الجنود»، ولم يصدر أي تعليق من الجيش التشادي.",
        "ونفى المتحدث باسم الحكومة، في تصريح بثّته الإذاعة الوطنية التشادية مساء أمس، أن تكون قوات الأمن قد أطلقت النار على لاجئين حاولوا عبور الحدود قرب أدري الأسبوع الماضي، واصفاً التقارير بأنها «مغرضة».",
        "وأجلت فرق منظمة أطباء بلا حدود، أمس الأربعاء، سبعة من جرحى المواجهات من فرشنة إلى مستشفى مدينة أبشة، بحسب ما أعلنته المنظمة في بيان.",
        "ومن المقرر أن يزور وفد من المفوضية السامية للأمم المتحدة لشؤون اللاجئين مدينة أدري يوم الأحد المقبل للقاء والي إقليم وداي وبحث نقل اللاجئين إلى مخيمات جديدة، بحسب ما ذكرته وكالة الأنباء التشادية.",
        "وقال زعماء محليون في فرشنة لمراسلنا إن السكان قد يقطعون الطريق بين أبشة وأدري إذا لم تُنقل مخيمات اللاجئين بعيداً عن القرى.",
        "وحمّلت منظمة هيومن رايتس ووتش، في تقرير نشرته اليوم، السلطات التشادية مسؤولية «التقصير في حماية اللاجئين» على الحدود الشرقية.",
        "ويستضيف شرق تشاد أكثر من 800 ألف لاجئ سوداني فرّوا من الحرب منذ عام 2023، يقيم معظمهم في مخيمات بإقليم وداي، بحسب أرقام أممية.",
    ],
    entities=[
        ("فرشنة", "GPE", "Farchana"),
        ("أدري", "GPE", "Adré"),
        ("وزارة الأمن العام والهجرة", "ORG", "Chadian Ministry of Public Security and Immigration"),
        ("السودان", "GPE", "Sudan"),
        ("وداي", "GPE", "Ouaddaï Province"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("دارفور", "LOC", "Darfur"),
        ("وكالة فرانس برس", "ORG", "Agence France-Presse"),
        ("مجلس القيادة العسكرية لإنقاذ الجمهورية", "ORG", "Military Command Council for the Salvation of the Republic (CCMSR)"),
        ("فيسبوك", "ORG", "Facebook"),
        ("الجيش التشادي", "ORG", "Chadian National Army"),
        ("حجر حديد", "GPE", "Hadjer Hadid"),
        ("الإذاعة الوطنية التشادية", "ORG", "Radio Nationale Tchadienne"),
        ("أطباء بلا حدود", "ORG", "Médecins Sans Frontières"),
        ("أبشة", "GPE", "Abéché"),
        ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG", "UNHCR"),
        ("وكالة الأنباء التشادية", "ORG", "Agence Tchadienne de Presse"),
        ("هيومن رايتس ووتش", "ORG", "Human Rights Watch"),
        ("تشاد", "GPE", "Chad"),
    ],
    events=[
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2026-01-27", "day",
          A("لاجئين سودانيين", "Sudanese refugees (Farchana)", "SDN", "civilians"),
          A("سكان محليين", "Host community (Farchana)", "TCD", "civilians"), [FARCHANA],
          1, 9, "مقتل شخص وإصابة ٩ آخرين", S("شهود عيان", "witness", "Eyewitnesses"), "اندلعت مواجهات بالعصي"),
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2026-01-27", "day",
          A("لاجئين سودانيين", "Sudanese refugees (Adré)", "SDN", "civilians"),
          A("سكان محليين", "Host community (Adré)", "TCD", "civilians"), [ADRE],
          0, 0, "لم تسفر عن إصابات", S("شهود عيان", "witness", "Eyewitnesses"), "اندلعت مواجهات بالعصي"),
        E("COERCE", None, "asserted", "2026-01-29", "day",
          A("وزارة الأمن العام والهجرة", "Chadian Ministry of Public Security and Immigration", "TCD", "government"), None, [OUADDAI],
          None, None, "", S("وزارة الأمن العام والهجرة", "official", "Chadian Ministry of Public Security and Immigration"),
          "إغلاق الحدود مع السودان"),
        E("COERCE", None, "asserted", "2026-01-28", "day",
          A("السلطات المحلية في أدري", "Adré local authorities", "TCD", "government"),
          A("قافلة من ٢٦ شاحنة تابعة لبرنامج الأغذية العالمي", "World Food Programme convoy", None, "igo"), [ADRE],
          None, None, "", S("متحدث باسم البرنامج", "official", "World Food Programme spokesperson"), "ومنعت السلطات المحلية"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2026-01-26", "day",
          A("مجلس القيادة العسكرية لإنقاذ الجمهورية", "Military Command Council for the Salvation of the Republic (CCMSR)", "TCD", "armed_group"),
          A("موقع للجيش التشادي", "Chadian National Army", "TCD", "military"), [HADJER],
          None, None, "«عشرات الجنود»",
          S("مجلس القيادة العسكرية لإنقاذ الجمهورية", "perpetrator_claim", "Military Command Council for the Salvation of the Republic (CCMSR)"),
          "وتبنّى مجلس القيادة"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2026-01-21", "week",
          A("قوات الأمن", "Chadian security forces", "TCD", "police"), A("لاجئين", "Sudanese refugees", "SDN", "civilians"), [ADRE],
          None, None, "", S("المتحدث باسم الحكومة", "official", "Chadian government spokesperson"), "ونفى المتحدث باسم الحكومة"),
        E("AID", None, "asserted", "2026-01-28", "day",
          A("فرق منظمة أطباء بلا حدود", "Médecins Sans Frontières", None, "other"),
          A("سبعة من جرحى المواجهات", "Wounded of the Farchana clashes", None, "civilians"), [FARCHANA],
          None, None, "", S("المنظمة", "ngo", "Médecins Sans Frontières"), "وأجلت فرق منظمة"),
        E("CONSULT", None, "planned", "2026-02-01", "day",
          A("وفد من المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "UNHCR", None, "igo"),
          A("والي إقليم وداي", "Governor of Ouaddaï Province", "TCD", "government"), [ADRE],
          None, None, "", S("وكالة الأنباء التشادية", "wire", "Agence Tchadienne de Presse"), "ومن المقرر أن يزور وفد"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2026-01-29", "day",
          A("السكان", "Host community (Farchana)", "TCD", "protesters"), None, [FARCHANA],
          None, None, "", S("زعماء محليون", "anonymous", "Local leaders in Farchana"), "قد يقطعون الطريق"),
        E("ACCUSE", None, "asserted", "2026-01-29", "day",
          A("هيومن رايتس ووتش", "Human Rights Watch", None, "other"),
          A("السلطات التشادية", "Government of Chad", "TCD", "government"), [],
          None, None, "", S("هيومن رايتس ووتش", "ngo", "Human Rights Watch"), "وحمّلت منظمة هيومن رايتس ووتش"),
    ],
    notes=("Published Thursday 2026-01-29 (plain date line «29 يناير 2026», no clock). Dates: «ليل الثلاثاء» -> Tue 01-27 (refugee-host clash over a "
           "water point in Farchana, singular «شخص» -> 1 killed, ٩ injured, and a similar clash near Adré with «لم تسفر عن إصابات» -> 0/0: one sentence, "
           "one event per place; sticks and knives -> Riots/Mob violence); the border closure announced «صباح اليوم» -> 01-29 (COERCE, ACLED null, "
           "placed at admin1 Ouaddaï as the text gives); the blocked WFP convoy «أمس الأربعاء» -> 01-28 at Adré (the WFP spokesperson via AFP is the "
           "innermost speaker -> official; 26 trucks not casualties); CCMSR's claim «ليل الاثنين» -> Mon 01-26 (claimed, vague «عشرات الجنود» -> null); "
           "the denied shooting is dated by the act «الأسبوع الماضي» -> Wed 01-21 (week), the denial «مساء أمس» via national radio is the spokesperson's "
           "(official); MSF evacuation «أمس الأربعاء» -> 01-28, AID placed at Farchana (the origin; the seven wounded are recipients, not a new toll); "
           "planned UNHCR visit «يوم الأحد المقبل» -> 02-01 in Adré (ATP speaking for itself -> wire); the hypothetical road blocking has no date -> "
           "publication day, placed at Farchana; HRW's accusation has no place. «مبررة»، «مدّعياً» (content of the claim)، «واصفاً» not coded; P10 "
           "background not coded. Unsure: the evacuation's place (origin) and type (AID); Hadjer Hadid coordinates approximate; Farchana from a public "
           "page (about 120 km east of Abéché); the others from memory."),
)

# ---------------------------------------------------------------- 007  (published Thu 2025-03-13)
T007 = "بيدوا: قتلى بقذائف هاون وحملة اعتقالات واسعة بعد تفجير انتحاري في بورهكبة"
BAIDOA = L("بيدوا", "Baidoa", "SO", "Bay", "city", 3.11, 43.65)
BAIDOAAP = L("مطار بيدوا", "Baidoa airport", "SO", "Bay", "facility", 3.10, 43.63)
BURHAKABA = L("بورهكبة", "Burhakaba", "SO", "Bay", "city", 2.80, 44.08)
BERDALE = L("برديل", "Berdale", "SO", "Bay", "city", 2.98, 44.28)
DINSOOR = L("دينسور", "Dinsoor", "SO", "Bay", "city", 2.41, 42.98)
SHABAAB = A("حركة الشباب", "Al-Shabaab", "SOM", "armed_group")
SWS = "South West State security forces"
A007 = dict(
    id="007_news_item", format="text", published="2025-03-13", title=T007,
    head=[T007, "الخميس 13 مارس 2025 - 11:20", "بيدوا - مراسل مرصد باي",
          "سوق في وسط المدينة (أرشيف)",
          "شارك على: فيسبوك | تيليغرام | إكس"],
    foot=["اقرأ أيضاً: تراجع أسعار الذرة الرفيعة مع بدء موسم الأمطار",
          "وسوم: بيدوا، الأمن، حركة الشباب",
          "تابعوا مرصد باي الإخباري على تيليغرام",
          "جميع الحقوق محفوظة © 2025 مرصد باي الإخباري"],
    paras=[
        "قُتل ٣ مدنيين وأصيب 8 آخرون، ليل الثلاثاء، جراء سقوط قذائف هاون أطلقها مسلحو حركة الشباب على أحياء سكنية في مدينة بيدوا، فيما سقطت قذائف أخرى داخل مطار بيدوا دون وقوع إصابات، بحسب ما أفاد به مسؤول محلي لمراسلنا.",
        "وشنّت قوات الأمن في ولاية جنوب الغرب، فجر اليوم الخميس، حملة اعتقالات طالت أكثر من 40 شخصاً في أحياء بيدوا بعد ثلاثة أيام من تفجير انتحاري في بورهكبة، بحسب ما أعلنته وزارة الأمن الداخلي في الولاية.",
        "وكان انتحاري قد فجّر حزاماً ناسفاً، مساء الاثنين، داخل مطعم مزدحم في مدينة بورهكبة، ما أدى إلى مقتل سبعة أشخاص بينهم أربعة جنود وإصابة أحد عشر آخرين، بحسب ما أفاد به شهود عيان.",
        "وتبنّت حركة الشباب، في بيان بثّته إذاعة الأندلس التابعة لها، كميناً قالت إن مقاتليها نصبوه صباح أمس الأربعاء لقافلة عسكرية إثيوبية قرب بلدة برديل وقتلوا فيه ١٢ جندياً، ولم يصدر أي تعليق من الجانب الإثيوبي.",
        "ونفى مسؤول في إدارة ولاية جنوب الغرب، في تصريح لإذاعة صوت أمريكا، أن تكون القوات الإثيوبية قد انسحبت من بلدة دينسور أمس الأربعاء، مؤكداً أنها «ما زالت في مواقعها».",
        "وأُنجزت في بيدوا، صباح أمس الأربعاء، عملية تبادل للأسرى بين مسلحين من عشيرتين متنازعتين أُفرج خلالها عن ٩ محتجزين من الطرفين، بوساطة قادها شيوخ عشائر ورجال دين.",
        "ومن المقرر أن يعقد رئيس ولاية جنوب الغرب اجتماعاً مع شيوخ عشائر إقليم باي في بيدوا يوم السبت المقبل لبحث تثبيت التهدئة بين العشيرتين، بحسب ما ذكرته وكالة الأنباء الصومالية الرسمية (صونا).",
        "وقال قائد عسكري في الجيش الصومالي لمراسلنا إن قواته قد تشنّ هجوماً على معاقل حركة الشباب في محيط بلدة برديل إذا تكررت الهجمات على القوافل.",
        "واتهمت نقابة الصحفيين الصوماليين، في بيان اليوم، قوات الأمن بمصادرة هواتف ثلاثة صحفيين خلال حملة الاعتقالات، واصفة ذلك بأنه «تضييق على حرية الصحافة».",
        "وتسيطر حركة الشباب منذ سنوات على مساحات واسعة من أرياف إقليم باي، حيث تفرض حصاراً شبه دائم على الطرق المؤدية إلى بيدوا، فيما أودت هجماتها في الإقليم بحياة المئات منذ عام 2017.",
    ],
    entities=[
        ("حركة الشباب", "ORG", "Al-Shabaab"),
        ("بيدوا", "GPE", "Baidoa"),
        ("مطار بيدوا", "FAC", "Baidoa airport"),
        ("ولاية جنوب الغرب", "GPE", "South West State"),
        ("بورهكبة", "GPE", "Burhakaba"),
        ("وزارة الأمن الداخلي", "ORG", "South West State Ministry of Internal Security"),
        ("إذاعة الأندلس", "ORG", "Radio Andalus"),
        ("برديل", "GPE", "Berdale"),
        ("إذاعة صوت أمريكا", "ORG", "Voice of America"),
        ("دينسور", "GPE", "Dinsoor"),
        ("باي", "GPE", "Bay region"),
        ("وكالة الأنباء الصومالية", "ORG", "Somali National News Agency (SONNA)"),
        ("صونا", "ORG", "Somali National News Agency (SONNA)"),
        ("الجيش الصومالي", "ORG", "Somali National Army"),
        ("نقابة الصحفيين الصوماليين", "ORG", "Somali Journalists Syndicate"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-03-11", "day",
          A("مسلحو حركة الشباب", "Al-Shabaab", "SOM", "armed_group"), A("مدنيين", "Civilians (Baidoa)", "SOM", "civilians"), [BAIDOA],
          3, 8, "قُتل ٣ مدنيين وأصيب 8 آخرون", S("مسؤول محلي", "anonymous", "Local official"), "قُتل ٣ مدنيين"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-03-11", "day",
          A("مسلحو حركة الشباب", "Al-Shabaab", "SOM", "armed_group"), None, [BAIDOAAP],
          0, 0, "دون وقوع إصابات", S("مسؤول محلي", "anonymous", "Local official"), "قُتل ٣ مدنيين"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-03-13", "day",
          A("قوات الأمن في ولاية جنوب الغرب", SWS, "SOM", "police"),
          A("أكثر من 40 شخصاً", "Residents of Baidoa", "SOM", "civilians"), [BAIDOA],
          None, None, "", S("وزارة الأمن الداخلي", "official", "South West State Ministry of Internal Security"), "حملة اعتقالات طالت"),
        E("ASSAULT", ["Explosions/Remote violence", "Suicide bomb"], "asserted", "2025-03-10", "day",
          A("انتحاري", "Suicide bomber (unidentified)", None, "armed_group"), None, [BURHAKABA],
          7, 11, "مقتل سبعة أشخاص بينهم أربعة جنود وإصابة أحد عشر آخرين", S("شهود عيان", "witness", "Eyewitnesses"), "وكان انتحاري قد فجّر"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2025-03-12", "day",
          SHABAAB, A("قافلة عسكرية إثيوبية", "Ethiopian National Defense Force", "ETH", "military"), [BERDALE],
          12, None, "قتلوا فيه ١٢ جندياً", S("حركة الشباب", "perpetrator_claim", "Al-Shabaab"), "كميناً قالت إن مقاتليها"),
        E("RETREAT", None, "denied", "2025-03-12", "day",
          A("القوات الإثيوبية", "Ethiopian National Defense Force", "ETH", "military"), None, [DINSOOR],
          None, None, "", S("مسؤول في إدارة ولاية جنوب الغرب", "anonymous", "South West State official"), "انسحبت من بلدة دينسور"),
        E("CONCEDE", None, "asserted", "2025-03-12", "day",
          A("مسلحين من عشيرتين متنازعتين", "Clan militias (Bay)", "SOM", "armed_group"),
          A("٩ محتجزين", "Detainees held by the clan militias", "SOM", "civilians"), [BAIDOA],
          None, None, "", OWN, "عملية تبادل للأسرى"),
        E("CONSULT", None, "planned", "2025-03-15", "day",
          A("رئيس ولاية جنوب الغرب", "President of South West State", "SOM", "government"),
          A("شيوخ عشائر إقليم باي", "Bay clan elders", "SOM", "other"), [BAIDOA],
          None, None, "", S("وكالة الأنباء الصومالية", "wire", "Somali National News Agency (SONNA)"), "ومن المقرر أن يعقد رئيس"),
        E("ASSAULT", ["Battles", "Armed clash"], "hypothetical", "2025-03-13", "day",
          A("الجيش الصومالي", "Somali National Army", "SOM", "military"), SHABAAB, [BERDALE],
          None, None, "", S("قائد عسكري في الجيش الصومالي", "anonymous", "Somali army commander"), "قد تشنّ هجوماً"),
        E("ACCUSE", None, "asserted", "2025-03-13", "day",
          A("نقابة الصحفيين الصوماليين", "Somali Journalists Syndicate", "SOM", "other"),
          A("قوات الأمن", SWS, "SOM", "police"), [],
          None, None, "", S("نقابة الصحفيين الصوماليين", "ngo", "Somali Journalists Syndicate"), "واتهمت نقابة الصحفيين"),
    ],
    notes=("Published Thursday 2025-03-13 (date line «الخميس 13 مارس 2025 - 11:20», East Africa time). Dates: «ليل الثلاثاء» -> Tue 03-11 (mortar fire "
           "on Baidoa, ٣ killed / 8 injured, and on Baidoa airport with «دون وقوع إصابات» -> 0/0: one sentence, one event per place); mass arrests «فجر "
           "اليوم الخميس» -> 03-13 (more than 40 arrested is not a casualty figure; «بعد ثلاثة أيام من تفجير انتحاري» refers to the bombing coded from P3); "
           "the suicide bombing «مساء الاثنين» -> Mon 03-10 in Burhakaba (سبعة killed including four soldiers, أحد عشر injured; unclaimed -> asserted, "
           "actor1 the unnamed bomber); al-Shabaab's claim «صباح أمس الأربعاء» -> 03-12 (claimed ambush near Berdale, ١٢ soldiers claimed killed; no "
           "confirmation); the denied Ethiopian withdrawal from Dinsoor «أمس الأربعاء» -> 03-12 (RETREAT, ACLED null; official via VOA -> anonymous, the "
           "innermost speaker is an unnamed official); the clan prisoner exchange «صباح أمس الأربعاء» in Baidoa is unattributed -> outlet_own, coded "
           "CONCEDE (release of detainees), ACLED null; planned meeting «يوم السبت المقبل» -> 03-15 in Baidoa (SONNA speaking for itself -> wire); the "
           "army commander's hypothetical offensive has no date -> publication day, ASSAULT/Armed clash at Berdale; the journalists' syndicate "
           "accusation has no place. «مؤكداً» and «واصفة» not coded; P10 background (since 2017) not coded. Unsure: the exchange's PLOVER (a system may "
           "say AGREE); Berdale coordinates from a public page (the page gives 2.98, 44.28), Burhakaba from a public page, the others from memory."),
)

# ---------------------------------------------------------------- 008  (published Sat 2026-09-19)
T008 = "جازان: إصابة خمسة بمقذوفات حوثية على قرى الحرث وبدء إجلاء سكان ثلاث قرى حدودية"
HARTH = L("الحرث", "Al-Harth governorate", "SA", "Jazan", "city", 17.00, 43.20)
ARIDAH = L("العارضة", "Al-Aridah governorate", "SA", "Jazan", "city", 17.05, 43.05)
DAYER = L("الداير", "Ad-Dayer", "SA", "Jazan", "city", 17.33, 43.14)
REFINERY = L("مصفاة جازان", "Jazan refinery", "SA", "Jazan", "facility", 16.70, 42.65)
RAZIH = L("رازح", "Razih district", "YE", "Sa'dah", "city", 16.92, 43.27)
HOUTHI = A("جماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group")
A008 = dict(
    id="008_news_item", format="html", published="2026-09-19", title=T008,
    html=dict(
        site="صحيفة الحد الجنوبي الإلكترونية",
        nav=["الرئيسية", "محليات", "المناطق", "الخليج", "العالم"],
        kicker="المناطق",
        byline="جازان - الحد الجنوبي",
        datetime="2026-09-19T14:05",
        time="السبت 19 سبتمبر 2026 - 14:05",
        img="/images/2026/09/jazan-border.jpg",
        caption="طريق جبلي في إحدى المحافظات الحدودية (أرشيف)",
        share=["شارك:", "إكس", "واتساب", "سناب شات"],
        tags=["الوسوم:", "جازان", "الحد الجنوبي", "الدفاع المدني"],
        related=["اقرأ أيضاً", "بدء موسم قطف البن في المرتفعات الجنوبية", "افتتاح طريق جديد يربط المحافظات الجبلية"],
        footer=["من نحن", "الشروط والأحكام", "اتصل بنا", "© 2026 صحيفة الحد الجنوبي الإلكترونية"],
    ),
    paras=[
        "أصيب ٤ مقيمين يمنيين ومواطن سعودي، مساء أمس الجمعة، جراء سقوط مقذوفات عسكرية أطلقتها جماعة الحوثي من داخل الأراضي اليمنية على قرى حدودية في محافظة الحرث، فيما سقطت مقذوفات أخرى في محيط محافظة العارضة دون وقوع إصابات، وفق ما أعلنه الدفاع المدني في منطقة جازان.",
        "وبدأت إمارة منطقة جازان، صباح اليوم السبت، إجلاء سكان ثلاث قرى حدودية في محافظة الحرث إلى مساكن مؤقتة، بحسب ما أعلنته الإمارة في بيان.",
        "وأحبطت دوريات حرس الحدود في قطاع الداير، أمس الجمعة، محاولة تهريب 900 كيلوغرام من نبات القات، وقبضت على ٦ مخالفين لنظام أمن الحدود من الجنسية الإثيوبية، وفق ما ذكرته وكالة الأنباء السعودية (واس).",
        "وأعلن المتحدث العسكري باسم جماعة الحوثي، في بيان متلفز، أن قوات الجماعة استهدفت مصفاة جازان بطائرة مسيّرة ليل الخميس، مدعياً إصابة «أهداف حساسة»، فيما لم يصدر أي تأكيد من الجانب السعودي.",
        "ونفى مصدر عسكري سعودي، في تصريح لقناة «الإخبارية»، أن تكون المدفعية السعودية قد قصفت قرى في مديرية رازح اليمنية ليل الأربعاء، واصفاً ما تبثّه وسائل إعلام الحوثيين بأنه «ادعاءات كاذبة».",
        "وأعلنت وزارة الخزانة الأميركية، في بيان مساء أمس، فرض عقوبات على ٥ أفراد و٣ شركات قالت إنهم يديرون شبكة لتهريب الأسلحة إلى جماعة الحوثي عبر البحر الأحمر.",
        "ومن المقرر أن يتفقّد أمير منطقة جازان القرى الحدودية في محافظة الحرث يوم الاثنين المقبل ويلتقي الأهالي الذين أُجلوا من منازلهم، بحسب ما أفادت به صحيفة «عكاظ».",
        "وقال مسؤول في الدفاع المدني إن عمليات الإجلاء قد تشمل قرى في محافظة العارضة إذا تواصل سقوط المقذوفات خلال الأيام المقبلة.",
        "وتوعّد المكتب السياسي لجماعة الحوثي، في بيان اليوم، بـ«ردّ موجع» على ما وصفه باعتداءات الجيش السعودي على المناطق الحدودية في محافظة صعدة.",
        "وتعرّضت القرى الحدودية في منطقة جازان منذ عام 2015 لقذائف متقطعة مصدرها الأراضي اليمنية، أودت بحسب أرقام رسمية بحياة العشرات ودفعت آلاف السكان إلى النزوح، قبل أن تتراجع خلال التهدئة التي بدأت عام 2022.",
    ],
    entities=[
        ("جماعة الحوثي", "ORG", "Houthis (Ansar Allah)"),
        ("الحرث", "GPE", "Al-Harth governorate"),
        ("العارضة", "GPE", "Al-Aridah governorate"),
        ("الدفاع المدني", "ORG", "Saudi Civil Defense"),
        ("جازان", "GPE", "Jazan"),
        ("إمارة منطقة جازان", "ORG", "Jazan Region Emirate"),
        ("حرس الحدود", "ORG", "Saudi Border Guard"),
        ("الداير", "GPE", "Ad-Dayer"),
        ("وكالة الأنباء السعودية", "ORG", "Saudi Press Agency"),
        ("واس", "ORG", "Saudi Press Agency"),
        ("مصفاة جازان", "FAC", "Jazan refinery"),
        ("الإخبارية", "ORG", "Al-Ekhbariya"),
        ("رازح", "GPE", "Razih district"),
        ("الحوثيين", "ORG", "Houthis (Ansar Allah)"),
        ("وزارة الخزانة الأميركية", "ORG", "US Department of the Treasury"),
        ("البحر الأحمر", "LOC", "Red Sea"),
        ("عكاظ", "ORG", "Okaz"),
        ("الجيش السعودي", "ORG", "Saudi Arabian Army"),
        ("صعدة", "GPE", "Sa'dah"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2026-09-18", "day",
          HOUTHI, A("٤ مقيمين يمنيين ومواطن سعودي", "Civilians (Jazan)", "SAU", "civilians"), [HARTH],
          None, 5, "أصيب ٤ مقيمين يمنيين ومواطن سعودي", S("الدفاع المدني", "official", "Saudi Civil Defense"), "أصيب ٤ مقيمين"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2026-09-18", "day",
          HOUTHI, None, [ARIDAH], 0, 0, "دون وقوع إصابات", S("الدفاع المدني", "official", "Saudi Civil Defense"), "أصيب ٤ مقيمين"),
        E("AID", None, "asserted", "2026-09-19", "day",
          A("إمارة منطقة جازان", "Jazan Region Emirate", "SAU", "government"),
          A("سكان ثلاث قرى حدودية", "Residents of border villages (Al-Harth)", "SAU", "civilians"), [HARTH],
          None, None, "", S("الإمارة", "official", "Jazan Region Emirate"), "إجلاء سكان ثلاث قرى"),
        E("COERCE", None, "asserted", "2026-09-18", "day",
          A("دوريات حرس الحدود", "Saudi Border Guard", "SAU", "police"),
          A("٦ مخالفين لنظام أمن الحدود من الجنسية الإثيوبية", "Ethiopian smugglers", "ETH", "civilians"), [DAYER],
          None, None, "", S("وكالة الأنباء السعودية", "wire", "Saudi Press Agency"), "وأحبطت دوريات حرس الحدود"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "claimed", "2026-09-17", "day",
          A("قوات الجماعة", "Houthis (Ansar Allah)", "YEM", "armed_group"), None, [REFINERY],
          None, None, "", S("المتحدث العسكري باسم جماعة الحوثي", "perpetrator_claim", "Houthi military spokesman"),
          "استهدفت مصفاة جازان"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "denied", "2026-09-16", "day",
          A("المدفعية السعودية", "Saudi Arabian Army artillery", "SAU", "military"), None, [RAZIH],
          None, None, "", S("مصدر عسكري سعودي", "anonymous", "Saudi military source"), "ونفى مصدر عسكري سعودي"),
        E("SANCTION", None, "asserted", "2026-09-18", "day",
          A("وزارة الخزانة الأميركية", "US Department of the Treasury", "USA", "government"),
          A("شبكة لتهريب الأسلحة", "Houthi arms-smuggling network", None, "other"), [],
          None, None, "", S("وزارة الخزانة الأميركية", "official", "US Department of the Treasury"), "فرض عقوبات"),
        E("CONSULT", None, "planned", "2026-09-21", "day",
          A("أمير منطقة جازان", "Governor of Jazan Region", "SAU", "government"),
          A("الأهالي الذين أُجلوا من منازلهم", "Evacuated residents (Al-Harth)", "SAU", "civilians"), [HARTH],
          None, None, "", S("عكاظ", "media", "Okaz"), "ومن المقرر أن يتفقّد"),
        E("AID", None, "hypothetical", "2026-09-19", "day",
          A("الدفاع المدني", "Saudi Civil Defense", "SAU", "government"), None, [ARIDAH],
          None, None, "", S("مسؤول في الدفاع المدني", "anonymous", "Civil Defense official"), "قد تشمل قرى"),
        E("THREATEN", None, "asserted", "2026-09-19", "day",
          A("المكتب السياسي لجماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("الجيش السعودي", "Saudi Arabian Army", "SAU", "military"), [],
          None, None, "", S("المكتب السياسي لجماعة الحوثي", "official", "Houthi political bureau"), "وتوعّد المكتب السياسي"),
    ],
    notes=("Published Saturday 2026-09-19 (HTML; «السبت 19 سبتمبر 2026 - 14:05»). Dates: «مساء أمس الجمعة» -> 09-18 (Houthi projectiles on border "
           "villages of al-Harth, injuries ٤ residents + singular «مواطن» = 5, no deaths -> fatalities null; others near al-Aridah with «دون وقوع "
           "إصابات» -> 0/0: one sentence, one event per place; Civil Defense statement -> official); the evacuation «صباح اليوم السبت» -> 09-19 is "
           "AID (ACLED null) at al-Harth; the smuggling arrests «أمس الجمعة» -> 09-18 at Ad-Dayer (SPA speaking for itself -> wire; criminal arrests -> "
           "ACLED null; 900 kg and six arrested are not casualties); the Houthi claim «ليل الخميس» -> Thu 09-17 (claimed drone strike on the Jazan "
           "refinery, no confirmation); the denied Saudi shelling of Razih is dated by the act «ليل الأربعاء» -> Wed 09-16 and placed in Yemen "
           "(Sa'dah); the Treasury sanctions are dated by the statement «في بيان مساء أمس» -> 09-18, no place; planned visit «يوم الاثنين المقبل» -> "
           "09-21 at al-Harth (Okaz as media); the hypothetical extension of evacuations has no date -> publication day, AID at al-Aridah; the Houthi "
           "political bureau's threat «في بيان اليوم» is an armed group's non-claim statement -> official, no place. «مدعياً» (content of the claim) "
           "and «واصفاً» not coded; P10 background not coded. Unsure: evacuation as AID (a system may say COERCE or MOBILIZE); governorate seats "
           "coded kind city. Coordinates from memory (approximate)."),
)
