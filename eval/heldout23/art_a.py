"""heldout23 article specs 001-004 (invented events; real places, institutions and armed groups; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 001  (published Thu 2025-11-27)
T001 = "البيضاء: قتلى مدنيون بقصف حوثي على قيفة و«القاعدة» تتبنى هجوماً بمسيّرة في الصومعة"
WALAD = L("ولد ربيع", "Walad Rabi' district", "YE", "Al Bayda", "city", 14.52, 44.95)
QURAISH = L("القريشية", "Al Quraishiyah district", "YE", "Al Bayda", "city", 14.62, 45.05)
RADAA = L("رداع", "Rada'a", "YE", "Al Bayda", "city", 14.42, 44.84)
SAWMAA = L("الصومعة", "As Sawma'ah district", "YE", "Al Bayda", "city", 13.85, 45.78)
BAYDA = L("البيضاء", "Al Bayda (city)", "YE", "Al Bayda", "city", 13.98, 45.57)
HOUTHI = A("جماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group")
A001 = dict(
    id="001_news_item", format="text", published="2025-11-27", title=T001,
    head=[T001, "[ 27/نوفمبر/2025 - 09:40 م ]", "رداع - مكتب الوسط",
          "آثار قصف سابق على منازل في ريف رداع (أرشيف)",
          "شارك: واتساب | تيليغرام | إكس"],
    foot=["اقرأ أيضاً: أزمة سيولة تشلّ الأسواق في مدن الهضبة الوسطى",
          "الوسوم: البيضاء، رداع، قيفة",
          "تابعوا «مرصد الوسط اليمني» على تيليغرام",
          "© 2025 مرصد الوسط اليمني - جميع الحقوق محفوظة"],
    paras=[
        "قُتل ٤ مدنيين، بينهم طفلان، وأصيب سبعة آخرون بجروح، ليل الثلاثاء، في قصف مدفعي شنّته جماعة الحوثي على قرى في مديرية ولد ربيع بمنطقة قيفة في محافظة البيضاء، فيما سقطت قذائف أخرى على أطراف مديرية القريشية دون أن تسفر عن إصابات، بحسب ما أفاد به سكان محليون لمراسلنا.",
        "وفي مدينة رداع، اندلعت عصر أمس الأربعاء اشتباكات بين مسلحين من قبائل قيفة وعناصر من الحوثيين عند نقطة تفتيش على المدخل الشرقي للمدينة، أسفرت عن مقتل ثلاثة من عناصر الجماعة وإصابة اثنين من المسلحين القبليين، وفق ما أفاد به مصدر قبلي.",
        "واعتقلت جماعة الحوثي، فجر اليوم الخميس، ١٢ شاباً خلال حملة دهم في أحياء مدينة رداع بتهمة «التخابر مع العدوان»، بحسب ما ذكرته منظمة سام للحقوق والحريات في بيان.",
        "وتبنّى تنظيم القاعدة في جزيرة العرب، في بيان نشرته مؤسسة الملاحم التابعة له مساء أمس، هجوماً بطائرة مسيّرة مفخخة قال إن عناصره نفذوه ليل الاثنين على تجمع للحوثيين في مديرية الصومعة وأوقع «قتلى وجرحى»، ولم يتسنَّ التحقق من ذلك من مصدر مستقل.",
        "في المقابل، نفى مصدر أمني في سلطة الحوثيين بمحافظة البيضاء، في تصريح لقناة المسيرة، أن تكون قوات الجماعة قد قصفت مسجداً في قرية بمديرية ولد ربيع أمس الأربعاء، واصفاً ما تداولته مواقع موالية للحكومة بأنه «أخبار مفبركة».",
        "ووزعت فرق اللجنة الدولية للصليب الأحمر، صباح اليوم، سلالاً غذائية ومستلزمات إيواء على ٣٤٠ أسرة نزحت من قرى قيفة إلى مدينة رداع، وفق ما أعلنته اللجنة في بيان مقتضب.",
        "ومن المقرر أن يلتقي وفد من مشايخ قبائل قيفة محافظ البيضاء المعيّن من الحوثيين في مدينة رداع يوم السبت المقبل، لبحث وقف القصف والإفراج عن المعتقلين، بحسب ما أفاد به أحد أعضاء الوفد.",
        "وقال قيادي في المقاومة الشعبية بالبيضاء لمراسلنا إن مقاتليه قد يشنّون هجوماً على مواقع الحوثيين في محيط مدينة البيضاء إذا استمر القصف على قرى قيفة، مؤكداً أن «صبر القبائل نفد».",
        "واتهمت وزارة حقوق الإنسان في الحكومة المعترف بها دولياً، في بيان اليوم، جماعة الحوثي بارتكاب «جرائم حرب» بحق سكان قيفة، داعيةً المبعوث الأممي إلى إدانة الهجمات.",
        "وتشهد منطقة قيفة، الممتدة بين مديريتي ولد ربيع والقريشية، مواجهات متقطعة بين الحوثيين ومسلحين قبليين منذ عام 2014، أودت بحياة المئات ودفعت آلاف الأسر إلى النزوح.",
    ],
    entities=[
        ("جماعة الحوثي", "ORG", "Houthis (Ansar Allah)"),
        ("ولد ربيع", "GPE", "Walad Rabi' district"),
        ("قيفة", "LOC", "Qayfa (tribal area)"),
        ("البيضاء", "GPE", "Al Bayda"),
        ("القريشية", "GPE", "Al Quraishiyah district"),
        ("رداع", "GPE", "Rada'a"),
        ("الحوثيين", "ORG", "Houthis (Ansar Allah)"),
        ("منظمة سام للحقوق والحريات", "ORG", "SAM Organization for Rights and Liberties"),
        ("تنظيم القاعدة في جزيرة العرب", "ORG", "Al-Qaeda in the Arabian Peninsula (AQAP)"),
        ("مؤسسة الملاحم", "ORG", "Al-Malahem Media Foundation"),
        ("الصومعة", "GPE", "As Sawma'ah district"),
        ("المسيرة", "ORG", "Al-Masirah TV"),
        ("اللجنة الدولية للصليب الأحمر", "ORG", "International Committee of the Red Cross"),
        ("المقاومة الشعبية", "ORG", "Popular Resistance (Al Bayda)"),
        ("وزارة حقوق الإنسان", "ORG", "Yemeni Ministry of Human Rights"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-11-25", "day",
          HOUTHI, A("مدنيين", "Civilians (Yemen)", "YEM", "civilians"), [WALAD],
          4, 7, "قُتل ٤ مدنيين، بينهم طفلان، وأصيب سبعة آخرون بجروح",
          S("سكان محليون", "witness", "Local residents"), "قُتل ٤ مدنيين"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-11-25", "day",
          HOUTHI, None, [QURAISH], 0, 0, "دون أن تسفر عن إصابات",
          S("سكان محليون", "witness", "Local residents"), "قُتل ٤ مدنيين"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-11-26", "day",
          A("مسلحين من قبائل قيفة", "Qayfa tribal fighters", "YEM", "armed_group"),
          A("عناصر من الحوثيين", "Houthis (Ansar Allah)", "YEM", "armed_group"), [RADAA],
          3, 2, "مقتل ثلاثة من عناصر الجماعة وإصابة اثنين من المسلحين القبليين",
          S("مصدر قبلي", "anonymous", "Tribal source"), "اندلعت عصر أمس الأربعاء"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-11-27", "day",
          HOUTHI, A("١٢ شاباً", "Civilians (Yemen)", "YEM", "civilians"), [RADAA],
          None, None, "", S("منظمة سام للحقوق والحريات", "ngo", "SAM Organization for Rights and Liberties"),
          "واعتقلت جماعة الحوثي"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "claimed", "2025-11-24", "day",
          A("تنظيم القاعدة في جزيرة العرب", "Al-Qaeda in the Arabian Peninsula (AQAP)", "YEM", "armed_group"),
          A("تجمع للحوثيين", "Houthis (Ansar Allah)", "YEM", "armed_group"), [SAWMAA],
          None, None, "قتلى وجرحى",
          S("تنظيم القاعدة في جزيرة العرب", "perpetrator_claim", "Al-Qaeda in the Arabian Peninsula (AQAP)"),
          "وتبنّى تنظيم القاعدة"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "denied", "2025-11-26", "day",
          A("قوات الجماعة", "Houthis (Ansar Allah)", "YEM", "armed_group"), None, [WALAD],
          None, None, "", S("مصدر أمني في سلطة الحوثيين", "anonymous", "Houthi security source (Al Bayda)"),
          "نفى مصدر أمني في سلطة الحوثيين"),
        E("AID", None, "asserted", "2025-11-27", "day",
          A("فرق اللجنة الدولية للصليب الأحمر", "International Committee of the Red Cross", None, "other"),
          A("٣٤٠ أسرة", "Displaced families from Qayfa", "YEM", "civilians"), [RADAA],
          None, None, "", S("اللجنة", "ngo", "International Committee of the Red Cross"), "ووزعت فرق اللجنة"),
        E("CONSULT", None, "planned", "2025-11-29", "day",
          A("وفد من مشايخ قبائل قيفة", "Qayfa tribal elders", "YEM", "other"),
          A("محافظ البيضاء المعيّن من الحوثيين", "Houthi-appointed governor of Al Bayda", "YEM", "armed_group"), [RADAA],
          None, None, "", S("أحد أعضاء الوفد", "anonymous", "Member of the tribal delegation"), "ومن المقرر أن يلتقي وفد"),
        E("ASSAULT", ["Battles", "Armed clash"], "hypothetical", "2025-11-27", "day",
          A("المقاومة الشعبية", "Popular Resistance (Al Bayda)", "YEM", "armed_group"),
          A("الحوثيين", "Houthis (Ansar Allah)", "YEM", "armed_group"), [BAYDA],
          None, None, "", S("قيادي في المقاومة الشعبية", "anonymous", "Popular Resistance commander"), "قد يشنّون هجوماً"),
        E("ACCUSE", None, "asserted", "2025-11-27", "day",
          A("وزارة حقوق الإنسان", "Yemeni Ministry of Human Rights", "YEM", "government"), HOUTHI, [],
          None, None, "", S("وزارة حقوق الإنسان", "official", "Yemeni Ministry of Human Rights"), "واتهمت وزارة حقوق الإنسان"),
    ],
    notes=("Published Thursday 2025-11-27 (date line in the bracketed day/month-name/year style). Dates: «ليل الثلاثاء» -> Tue 11-25 "
           "(the shelling of Walad Rabi' and al-Quraishiyah, one event per place, 4 killed/7 injured and an explicit 0/0); «عصر أمس الأربعاء» -> 11-26 "
           "(clash in Rada'a, 3 Houthi dead and 2 tribal fighters injured counted together); «فجر اليوم الخميس» -> 11-27 (arrests, NGO source); "
           "AQAP's drone claim: «ليل الاثنين» -> Mon 11-24 (the statement itself was «مساء أمس»; vague «قتلى وجرحى» -> null; the text marks it unverified); "
           "the denied mosque shelling is dated by the act «أمس الأربعاء» -> 11-26 and sourced to the anonymous Houthi security source (innermost speaker, "
           "via al-Masirah); ICRC distribution «صباح اليوم»; planned meeting «يوم السبت المقبل» -> Sat 11-29 in Rada'a (venue given); the hypothetical attack "
           "has no date of its own -> publication day, coded ASSAULT/Armed clash at al-Bayda city; the ministry's accusation has no place (no venue). "
           "Participial clauses not coded: «واصفاً», «مؤكداً», «داعيةً». P10 is background (not coded). Non-casualty numbers: 12 young men arrested, 340 families. "
           "Choices I was unsure of: the Houthi-appointed governor is role armed_group (consistent with other Houthi actors), a system may say government; "
           "the ICRC as actor has role other and source kind ngo. Coordinates of Walad Rabi', al-Quraishiyah and as-Sawma'ah are approximate (from memory); "
           "al-Bayda town from a public page (13.98, 45.57)."),
)

# ---------------------------------------------------------------- 002  (published Mon 2025-05-19)
T002 = "ميناكا: تسعة قتلى مدنيين بهجوم لتنظيم الدولة قرب أندرامبوكان والجيش يعلن غارات مضادة"
ANDER = L("أندرامبوكان", "Anderamboukane", "ML", "Ménaka", "city", 15.42, 3.02)
INEKAR = L("إنيكار", "Inékar", "ML", "Ménaka", "city", 15.95, 3.15)
TIDER = L("تيدرمين", "Tidermène", "ML", "Ménaka", "city", 16.60, 2.42)
MENAKA = L("ميناكا", "Ménaka", "ML", "Ménaka", "city", 15.92, 2.40)
ISSP = "Islamic State Sahel Province"
A002 = dict(
    id="002_news_item", format="html", published="2025-05-19", title=T002,
    html=dict(
        site="منصة الساحل الكبير",
        nav=["الرئيسية", "موريتانيا", "الساحل", "المغرب العربي", "اقتصاد", "رأي"],
        kicker="الساحل",
        byline="نواكشوط - قسم الساحل",
        datetime="2025-05-19T18:25",
        time="اليوم: الاثنين – التاريخ: 19 ماي 2025 – الساعة: 18:25",
        img="/media/2025/05/menaka-patrol.jpg",
        caption="آلية عسكرية عند مدخل مدينة في شمال شرقي مالي (أرشيف)",
        share=["شارك:", "فيسبوك", "واتساب", "إكس"],
        tags=["وسوم:", "مالي", "ميناكا", "الساحل"],
        related=["أخبار ذات صلة", "موجة حر تضرب مدن الشمال المالي", "ارتفاع أسعار الأعلاف في أسواق الحوض الشرقي"],
        footer=["من نحن", "اتصل بنا", "سياسة الخصوصية", "حمّلوا تطبيق «منصة الساحل الكبير»",
                "© 2025 منصة الساحل الكبير. جميع الحقوق محفوظة"],
    ),
    paras=[
        "قُتل 9 مدنيين، بينهم ثلاث نساء، وأصيب ٥ آخرون، فجر أمس الأحد، في هجوم شنّه مسلحون من تنظيم الدولة الإسلامية في الساحل على مخيم للرعاة قرب بلدة أندرامبوكان جنوب شرقي مدينة ميناكا، بحسب ما أفاد به مسؤول محلي طلب عدم ذكر اسمه.",
        "وأعلنت القوات المسلحة المالية، في بيان لهيئة أركانها العامة صباح اليوم، أن غارات نفذتها طائراتها المسيّرة ليل الأحد قضت على 14 عنصراً من «ولاية الساحل» قرب بلدة إنيكار و٦ آخرين في محيط تيدرمين، مشيرة إلى تدمير دراجات نارية ومخازن وقود.",
        "من جهتها، زعمت جماعة نصرة الإسلام والمسلمين، في بيان نشرته مؤسسة الزلاقة التابعة لها، أن مقاتليها قتلوا «العشرات» من عناصر تنظيم الدولة في اشتباكات قرب بلدة تيدرمين يوم السبت، وهو ما لم يتسنَّ التحقق منه من مصدر مستقل.",
        "واعتقلت قوات الأمن المالية في مدينة ميناكا، صباح اليوم الاثنين، سبعة أشخاص يُشتبه في تزويدهم مسلحي التنظيم بالوقود والدراجات النارية، وفق ما أفاد به مصدر أمني لمراسلنا.",
        "ونفى الجيش المالي، في بيان مقتضب مساء أمس، اتهامات أطلقتها حركة إنقاذ أزواد لجنوده بإعدام راعيين اثنين خلال عملية تفتيش في بلدة إنيكار ليل الجمعة، مؤكداً أن وحداته «تلتزم بحماية المدنيين».",
        "ووصلت إلى مدينة ميناكا، أمس الأحد، قافلة من 18 شاحنة تابعة لبرنامج الأغذية العالمي محمّلة بالحبوب والزيوت لصالح نحو ستة آلاف نازح، وفق ما أعلنه مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا).",
        "ومن المنتظر أن يزور وزير المصالحة الوطنية مدينة ميناكا يوم الخميس المقبل على رأس وفد حكومي، للقاء زعماء محليين من الطوارق والفولان وبحث تأمين طرق الرعي، بحسب بيان للحكومة الانتقالية.",
        "وقال مصدر في حركة إنقاذ أزواد إن مقاتلي الحركة قد ينسحبون من مواقعهم حول أندرامبوكان إذا لم يتلقّوا دعماً جوياً من الجيش خلال الأيام المقبلة.",
        "وتوعّد تنظيم الدولة الإسلامية في الساحل، في بيان نشرته حسابات مقرّبة منه اليوم، بمواصلة استهداف «كل من يتعاون مع الجيش المالي» في منطقة ميناكا.",
        "وتشهد منطقة ميناكا منذ مارس 2022 هجمات متكررة لتنظيم الدولة الإسلامية في الساحل أدت إلى نزوح عشرات الآلاف من سكان القرى نحو مدينتي ميناكا وغاو، وفق تقديرات أممية.",
    ],
    entities=[
        ("تنظيم الدولة الإسلامية في الساحل", "ORG", ISSP),
        ("أندرامبوكان", "GPE", "Anderamboukane"),
        ("ميناكا", "GPE", "Ménaka"),
        ("القوات المسلحة المالية", "ORG", "Malian Armed Forces (FAMa)"),
        ("ولاية الساحل", "ORG", ISSP),
        ("إنيكار", "GPE", "Inékar"),
        ("تيدرمين", "GPE", "Tidermène"),
        ("جماعة نصرة الإسلام والمسلمين", "ORG", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
        ("مؤسسة الزلاقة", "ORG", "Az-Zallaqa Media Foundation"),
        ("تنظيم الدولة", "ORG", ISSP),
        ("الجيش المالي", "ORG", "Malian Armed Forces (FAMa)"),
        ("حركة إنقاذ أزواد", "ORG", "Movement for the Salvation of Azawad (MSA)"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ORG", "UN Office for the Coordination of Humanitarian Affairs (OCHA)"),
        ("أوتشا", "ORG", "UN Office for the Coordination of Humanitarian Affairs (OCHA)"),
        ("الطوارق", "NORP", "Tuareg"),
        ("الفولان", "NORP", "Fulani"),
        ("غاو", "GPE", "Gao"),
    ],
    events=[
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2025-05-18", "day",
          A("مسلحون من تنظيم الدولة الإسلامية في الساحل", ISSP, "MLI", "armed_group"),
          A("مدنيين", "Civilians (Mali)", "MLI", "civilians"), [ANDER],
          9, 5, "قُتل 9 مدنيين، بينهم ثلاث نساء، وأصيب ٥ آخرون",
          S("مسؤول محلي", "anonymous", "Local official"), "قُتل 9 مدنيين"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-05-18", "day",
          A("القوات المسلحة المالية", "Malian Armed Forces (FAMa)", "MLI", "military"),
          A("ولاية الساحل", ISSP, "MLI", "armed_group"), [INEKAR],
          14, None, "قضت على 14 عنصراً", S("القوات المسلحة المالية", "official", "Malian Armed Forces (FAMa)"),
          "وأعلنت القوات المسلحة المالية"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-05-18", "day",
          A("القوات المسلحة المالية", "Malian Armed Forces (FAMa)", "MLI", "military"),
          A("ولاية الساحل", ISSP, "MLI", "armed_group"), [TIDER],
          6, None, "و٦ آخرين", S("القوات المسلحة المالية", "official", "Malian Armed Forces (FAMa)"),
          "وأعلنت القوات المسلحة المالية"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2025-05-17", "day",
          A("جماعة نصرة الإسلام والمسلمين", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "MLI", "armed_group"),
          A("عناصر تنظيم الدولة", ISSP, "MLI", "armed_group"), [TIDER],
          None, None, "قتلوا «العشرات»",
          S("جماعة نصرة الإسلام والمسلمين", "perpetrator_claim", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
          "زعمت جماعة نصرة الإسلام"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-05-19", "day",
          A("قوات الأمن المالية", "Malian security forces", "MLI", "police"),
          A("سبعة أشخاص", "Suspected suppliers of IS Sahel", "MLI", "other"), [MENAKA],
          None, None, "", S("مصدر أمني", "anonymous", "Security source"), "واعتقلت قوات الأمن المالية"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2025-05-16", "day",
          A("الجيش المالي", "Malian Armed Forces (FAMa)", "MLI", "military"),
          A("راعيين اثنين", "Civilians (Mali)", "MLI", "civilians"), [INEKAR],
          None, None, "", S("الجيش المالي", "official", "Malian Armed Forces (FAMa)"), "ونفى الجيش المالي"),
        E("AID", None, "asserted", "2025-05-18", "day",
          A("برنامج الأغذية العالمي", "World Food Programme", None, "igo"),
          A("ستة آلاف نازح", "Internally displaced people (Ménaka)", "MLI", "civilians"), [MENAKA],
          None, None, "", S("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "official", "OCHA"), "ووصلت إلى مدينة ميناكا"),
        E("CONSULT", None, "planned", "2025-05-22", "day",
          A("وزير المصالحة الوطنية", "Malian Minister of National Reconciliation", "MLI", "government"),
          A("زعماء محليين", "Tuareg and Fulani community leaders", "MLI", "other"), [MENAKA],
          None, None, "", S("بيان للحكومة الانتقالية", "official", "Malian transitional government"), "ومن المنتظر أن يزور"),
        E("RETREAT", None, "hypothetical", "2025-05-19", "day",
          A("حركة إنقاذ أزواد", "Movement for the Salvation of Azawad (MSA)", "MLI", "armed_group"), None, [ANDER],
          None, None, "", S("مصدر في حركة إنقاذ أزواد", "anonymous", "MSA source"), "قد ينسحبون"),
        E("THREATEN", None, "asserted", "2025-05-19", "day",
          A("تنظيم الدولة الإسلامية في الساحل", ISSP, "MLI", "armed_group"),
          A("كل من يتعاون مع الجيش المالي", "Civilians cooperating with the Malian army", "MLI", "civilians"), [],
          None, None, "", S("تنظيم الدولة الإسلامية في الساحل", "official", ISSP), "وتوعّد تنظيم الدولة"),
    ],
    notes=("Published Monday 2025-05-19 (date line with labelled fields اليوم/التاريخ/الساعة and the Maghrebi month «ماي»). Dates: «فجر أمس الأحد» -> 05-18 "
           "(attack near Anderamboukane, 9 killed / ٥ injured); the army's drone strikes «ليل الأحد» -> 05-18, one event per place (Inékar 14 killed, "
           "Tidermène ٦ killed; the statement itself is «صباح اليوم»); JNIM's claim «يوم السبت» (no «الماضي», past verb) -> past Saturday 05-17, vague "
           "«العشرات» -> null, marked unverified; arrests «صباح اليوم الاثنين»; the MSA allegation denied by the army is dated by the act «ليل الجمعة» -> 05-16 "
           "(dual «راعيين اثنين» not counted as casualties because the act is denied); WFP convoy «أمس الأحد» -> 05-18; minister's visit «يوم الخميس المقبل» "
           "-> 05-22 (planned CONSULT placed in Ménaka); MSA's possible withdrawal is a hypothetical RETREAT dated by publication; IS Sahel's threat «اليوم» (THREATEN, an armed group's statement -> official; no venue -> no place; «منطقة ميناكا» names the target area, not a venue). "
           "Participial clauses not coded («مشيرة», «مؤكداً»). P10 is background. Non-casualty numbers: 18 trucks, six thousand displaced, seven arrested. "
           "Unsure: «قضت على» read as killed; the two JNIM/IS names «تنظيم الدولة» and «ولاية الساحل» are both listed as short forms of IS Sahel. "
           "Coordinates: Anderamboukane, Ménaka and Tidermène from public pages; Inékar approximate (from memory)."),
)

# ---------------------------------------------------------------- 003  (published Sat 2024-06-22)
T003 = "اشتباكات بين قوات «خاتمة» وجيش أرض الصومال قرب عوغ وقصف على لاسعانود"
LASANOD = L("لاسعانود", "Las Anod", "SO", "Sool", "city", 8.48, 47.36)
OOG = L("عوغ", "Oog", "SO", "Sool", "city", 8.93, 46.63)
GUUMAYS = L("غوميس", "Guumays", "SO", "Sool", "city", 8.88, 46.75)
ERIGAVO = L("عيرجابو", "Erigavo", "SO", "Sanaag", "city", 10.62, 47.37)
LAHOSP = L("مستشفى لاسعانود العام", "Las Anod General Hospital", "SO", "Sool", "facility", 8.47, 47.36)
SLARMY = A("جيش أرض الصومال", "Somaliland Armed Forces", "SOM", "military")
A003 = dict(
    id="003_news_item", format="text", published="2024-06-22", title=T003,
    head=[T003, T003, "السبت 22 يونيو 2024 - 08:15 PM", "لاسعانود - مراسلنا",
          "مقاتلون على إحدى جبهات إقليم سول (أرشيف)",
          "حجم الخط: كبير | متوسط | صغير"],
    foot=["اقرأ أيضاً: ارتفاع أسعار المواشي في أسواق بورما قبيل موسم التصدير",
          "الكلمات المفتاحية: سول، لاسعانود، أرض الصومال",
          "© 2024 مرآة القرن الأفريقي"],
    paras=[
        "قُتل ثلاثة مدنيين وأصيب ٨ آخرون، مساء أمس الجمعة، جراء قصف مدفعي استهدف أحياء في الأطراف الغربية لمدينة لاسعانود، فيما سقطت قذائف أخرى قرب بلدة عوغ دون أن تُسجَّل إصابات، بحسب ما أفاد به شهود عيان لمراسلنا.",
        "واندلعت، فجر اليوم السبت، مواجهات عنيفة بالأسلحة الثقيلة بين قوات إدارة إس إس سي-خاتمة وجيش أرض الصومال في منطقة غوميس الواقعة بين عوغ ولاسعانود، أسفرت عن مقتل سبعة مقاتلين من الطرفين، وفق ما أفادت به مصادر عسكرية من الجانبين.",
        "وزعم المتحدث باسم قوات خاتمة، في تسجيل مصوّر بثّه مساء اليوم، أن مقاتليه سيطروا فجر اليوم على قاعدة عسكرية لجيش أرض الصومال قرب غوميس، وهو ما لم يتسنَّ التحقق منه من مصدر مستقل، فيما لم تعلّق هرجيسا على ذلك.",
        "وفي مدينة عيرجابو شمالي البلاد، اعتقلت شرطة أرض الصومال، ليل الخميس، 11 شاباً بتهمة التعاطف مع خاتمة، بحسب ما أفاد به أقارب عدد من المعتقلين.",
        "ونفت حكومة أرض الصومال، في بيان صادر عن وزارة الدفاع اليوم، أن يكون جيشها قد أطلق قذائف على أحياء لاسعانود مساء أمس، متهمة «ميليشيات خاتمة» بقصف مواقعها قرب عوغ.",
        "وسلّمت منظمة أطباء بلا حدود، صباح اليوم، مستشفى لاسعانود العام شحنة من الأدوية والمستلزمات الجراحية لعلاج جرحى القصف، بحسب ما أعلنته المنظمة في بيان.",
        "ومن المقرر أن يصل وفد من الحكومة الفيدرالية برئاسة وزير الداخلية إلى لاسعانود يوم الاثنين المقبل، لإجراء مشاورات مع قيادة خاتمة حول ترتيبات إدارة الإقليم، وفق ما أوردته وكالة الأنباء الصومالية (صونا).",
        "وقال قائد ميداني في جيش أرض الصومال لمراسلنا إن قواته قد تدفع بتعزيزات إضافية نحو عوغ إذا لم تتوقف هجمات قوات خاتمة على مواقعها.",
        "ودعت الهيئة الحكومية للتنمية (إيغاد)، في بيان مساء أمس، الطرفين إلى وقف فوري لإطلاق النار والعودة إلى الحوار.",
        "ويتنازع الطرفان السيطرة على مناطق في إقليمي سول وسناج منذ أن أجبرت قوات خاتمة جيش أرض الصومال على الانسحاب من محيط لاسعانود في أغسطس 2023 بعد أشهر من المعارك.",
    ],
    entities=[
        ("لاسعانود", "GPE", "Las Anod"),
        ("عوغ", "GPE", "Oog"),
        ("إدارة إس إس سي-خاتمة", "ORG", "SSC-Khaatumo administration"),
        ("جيش أرض الصومال", "ORG", "Somaliland Armed Forces"),
        ("غوميس", "GPE", "Guumays"),
        ("خاتمة", "ORG", "SSC-Khaatumo administration"),
        ("هرجيسا", "GPE", "Hargeisa"),
        ("عيرجابو", "GPE", "Erigavo"),
        ("أرض الصومال", "GPE", "Somaliland"),
        ("منظمة أطباء بلا حدود", "ORG", "Médecins Sans Frontières"),
        ("مستشفى لاسعانود العام", "FAC", "Las Anod General Hospital"),
        ("وكالة الأنباء الصومالية", "ORG", "Somali National News Agency (SONNA)"),
        ("صونا", "ORG", "Somali National News Agency (SONNA)"),
        ("الهيئة الحكومية للتنمية", "ORG", "Intergovernmental Authority on Development (IGAD)"),
        ("إيغاد", "ORG", "Intergovernmental Authority on Development (IGAD)"),
        ("سول", "GPE", "Sool region"),
        ("سناج", "GPE", "Sanaag region"),
        ("وزارة الدفاع", "ORG", "Somaliland Ministry of Defence"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-06-21", "day",
          None, A("ثلاثة مدنيين", "Civilians (Somalia)", "SOM", "civilians"), [LASANOD],
          3, 8, "قُتل ثلاثة مدنيين وأصيب ٨ آخرون", S("شهود عيان", "witness", "Eyewitnesses"), "قُتل ثلاثة مدنيين"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-06-21", "day",
          None, None, [OOG], 0, 0, "دون أن تُسجَّل إصابات", S("شهود عيان", "witness", "Eyewitnesses"), "قُتل ثلاثة مدنيين"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-06-22", "day",
          A("قوات إدارة إس إس سي-خاتمة", "SSC-Khaatumo forces", "SOM", "armed_group"), SLARMY, [GUUMAYS],
          7, None, "مقتل سبعة مقاتلين من الطرفين",
          S("مصادر عسكرية من الجانبين", "anonymous", "Military sources on both sides"), "واندلعت، فجر اليوم السبت"),
        E("ASSAULT", ["Battles", "Non-state actor overtakes territory"], "claimed", "2024-06-22", "day",
          A("قوات خاتمة", "SSC-Khaatumo forces", "SOM", "armed_group"), SLARMY, [GUUMAYS],
          None, None, "", S("المتحدث باسم قوات خاتمة", "perpetrator_claim", "SSC-Khaatumo forces spokesman"),
          "وزعم المتحدث باسم قوات خاتمة"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-06-20", "day",
          A("شرطة أرض الصومال", "Somaliland Police", "SOM", "police"),
          A("11 شاباً", "Civilians (Somalia)", "SOM", "civilians"), [ERIGAVO],
          None, None, "", S("أقارب عدد من المعتقلين", "witness", "Relatives of detainees"), "وفي مدينة عيرجابو"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "denied", "2024-06-21", "day",
          A("جيشها", "Somaliland Armed Forces", "SOM", "military"), None, [LASANOD],
          None, None, "", S("حكومة أرض الصومال", "official", "Somaliland government (Ministry of Defence)"),
          "ونفت حكومة أرض الصومال"),
        E("AID", None, "asserted", "2024-06-22", "day",
          A("منظمة أطباء بلا حدود", "Médecins Sans Frontières", None, "other"),
          A("مستشفى لاسعانود العام", "Las Anod General Hospital", "SOM", "other"), [LAHOSP],
          None, None, "", S("منظمة أطباء بلا حدود", "ngo", "Médecins Sans Frontières"), "وسلّمت منظمة أطباء"),
        E("CONSULT", None, "planned", "2024-06-24", "day",
          A("وفد من الحكومة الفيدرالية", "Federal Government of Somalia", "SOM", "government"),
          A("قيادة خاتمة", "SSC-Khaatumo administration", "SOM", "government"), [LASANOD],
          None, None, "", S("وكالة الأنباء الصومالية", "wire", "Somali National News Agency (SONNA)"), "ومن المقرر أن يصل وفد"),
        E("MOBILIZE", None, "hypothetical", "2024-06-22", "day",
          SLARMY, None, [OOG],
          None, None, "", S("قائد ميداني في جيش أرض الصومال", "anonymous", "Somaliland field commander"), "قد تدفع بتعزيزات"),
        E("REQUEST", None, "asserted", "2024-06-21", "day",
          A("الهيئة الحكومية للتنمية", "Intergovernmental Authority on Development (IGAD)", None, "igo"),
          A("الطرفين", "SSC-Khaatumo and Somaliland", "SOM", "other"), [],
          None, None, "", S("الهيئة الحكومية للتنمية", "official", "IGAD"), "ودعت الهيئة الحكومية"),
    ],
    notes=("Published Saturday 2024-06-22 (headline twice; date line with a Latin «PM» clock). Dates: «مساء أمس الجمعة» -> 06-21 (shelling: Las Anod "
           "3 killed / ٨ injured and Oog 0/0, one event per place, shooter not named -> actor1 null); clash «فجر اليوم السبت» at Guumays (7 killed on both sides, "
           "anonymous military sources); the Khaatumo spokesman's claim of taking a base «فجر اليوم» is marked unverified -> claimed, Battles/Non-state actor "
           "overtakes territory; arrests in Erigavo «ليل الخميس» -> Thu 06-20 (relatives -> witness); Somaliland's denial is dated by the act «مساء أمس» -> 06-21; "
           "MSF delivery «صباح اليوم» placed at the hospital (FAC); the planned federal visit «يوم الاثنين المقبل» -> 06-24 (source SONNA as wire); the "
           "hypothetical reinforcement (MOBILIZE) has no date -> publication day; IGAD's call «في بيان مساء أمس» -> 06-21, no place. «متهمة» (participial) "
           "not coded. P10 is background (the 2023 withdrawal is history). Unsure: SSC-Khaatumo's forces are armed_group but its leadership as a party to "
           "federal talks is role government; Somaliland actors get country SOM. Oog and Las Anod coordinates from public pages; Guumays approximate "
           "(about 15 km from Oog towards Las Anod); Erigavo from memory."),
)

# ---------------------------------------------------------------- 004  (published Sun 2026-03-08)
T004 = "مسيّرات «الدعم السريع» تضرب عطبرة والدامر والجيش يتصدى لهجوم على شندي"
ATBARA = L("عطبرة", "Atbara", "SD", "River Nile", "city", 17.70, 33.97)
DAMER = L("الدامر", "Ad-Damer", "SD", "River Nile", "city", 17.59, 33.97)
SHENDI = L("شندي", "Shendi", "SD", "River Nile", "city", 16.69, 33.43)
BERBER = L("بربر", "Berber", "SD", "River Nile", "city", 18.02, 33.98)
METEMMA = L("المتمة", "Al-Matamma", "SD", "River Nile", "city", 16.71, 33.36)
RSF = A("قوات الدعم السريع", "Rapid Support Forces", "SDN", "armed_group")
A004 = dict(
    id="004_news_item", format="text", published="2026-03-08", title=T004,
    head=[T004, "العدد 4127 | السنة السادسة عشرة | الأحد 8 مارس 2026", "عطبرة - مكتب الشمال",
          "حريق في منشأة خدمية إثر هجوم سابق بمسيّرة (أرشيف)",
          "شارك: واتساب | فيسبوك | إكس"],
    foot=["اقرأ أيضاً: ارتفاع أسعار السكر في أسواق الولاية الشمالية",
          "وسوم: نهر النيل، عطبرة، المسيّرات",
          "اشترك في النسخة الورقية من «صدى عطبرة»",
          "جميع الحقوق محفوظة © صدى عطبرة 2026"],
    paras=[
        "استهدفت طائرات مسيّرة أطلقتها قوات الدعم السريع، فجر اليوم الأحد، محطة تحويلية للكهرباء في مدينة عطبرة ومستودعاً للوقود في مدينة الدامر، ما أدى إلى مقتل عاملَين وإصابة 6 آخرين في عطبرة واندلاع حريق في مستودع الدامر من دون إصابات، وفق ما أعلنته حكومة ولاية نهر النيل.",
        "وقال مصدر عسكري لمراسلنا إن الدفاعات الأرضية في الفرقة الثالثة مشاة بمدينة شندي أسقطت، ليل السبت، خمس مسيّرات انتحارية حاولت استهداف مقر الفرقة.",
        "في المقابل، زعم المستشار الإعلامي لقائد قوات الدعم السريع، في تدوينة على منصة إكس صباح اليوم، أن مسيّرات قواته «أصابت أهدافها بدقة» داخل مقر الفرقة الثالثة مشاة في شندي ليل السبت وكبّدت الجيش «خسائر فادحة»، ولم يتسنَّ التحقق من ذلك من مصادر مستقلة.",
        "واعتقلت الخلية الأمنية المشتركة، خلال حملة نفذتها أمس السبت في سوق مدينة بربر، 14 شخصاً يُشتبه في تزويدهم «الدعم السريع» بإحداثيات مواقع حيوية، بحسب ما أعلنته الخلية في بيان.",
        "ونفت قوات الدعم السريع، في بيان مقتضب، أي صلة لها بالهجوم بمسيّرة على سوق مدينة المتمة الخميس الماضي، متهمة الجيش بـ«فبركة» الحادثة.",
        "ووزّعت جمعية الهلال الأحمر السوداني، مساء أمس، وجبات إفطار وسلالاً رمضانية على 900 أسرة نازحة في مراكز الإيواء بمدينة الدامر، بحسب ما أفاد به متطوع في الجمعية.",
        "ومن المقرر أن يلتقي وفد من مفوضية الأمم المتحدة السامية لشؤون اللاجئين والي الولاية في مدينة الدامر يوم الثلاثاء المقبل، لبحث احتياجات أكثر من 40 ألف نازح، وفق ما أعلنته مفوضية العون الإنساني.",
        "وهدّدت لجان مقاومة عطبرة، في بيان اليوم، بتنظيم اعتصام مفتوح أمام مقر محلية عطبرة إذا لم تُتخذ إجراءات عاجلة لحماية المنشآت الخدمية، محمّلة السلطات المسؤولية عن تكرار الهجمات.",
        "واتهمت شبكة أطباء السودان، في بيان اليوم، قوات الدعم السريع بتعمّد استهداف البنى التحتية المدنية في ولاية نهر النيل لـ«إفراغها من سكانها».",
        "وظلت ولاية نهر النيل بمنأى عن المعارك البرية منذ اندلاع الحرب في أبريل 2023، غير أن مدنها تتعرض منذ العام الماضي لهجمات متكررة بالمسيّرات تستهدف محطات الكهرباء ومستودعات الوقود.",
    ],
    entities=[
        ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
        ("عطبرة", "GPE", "Atbara"),
        ("الدامر", "GPE", "Ad-Damer"),
        ("ولاية نهر النيل", "GPE", "River Nile State"),
        ("الفرقة الثالثة مشاة", "ORG", "Sudanese Armed Forces 3rd Infantry Division"),
        ("شندي", "GPE", "Shendi"),
        ("إكس", "ORG", "X (Twitter)"),
        ("بربر", "GPE", "Berber"),
        ("الدعم السريع", "ORG", "Rapid Support Forces"),
        ("المتمة", "GPE", "Al-Matamma"),
        ("جمعية الهلال الأحمر السوداني", "ORG", "Sudanese Red Crescent Society"),
        ("مفوضية الأمم المتحدة السامية لشؤون اللاجئين", "ORG", "UNHCR"),
        ("مفوضية العون الإنساني", "ORG", "Humanitarian Aid Commission (Sudan)"),
        ("لجان مقاومة عطبرة", "ORG", "Atbara Resistance Committees"),
        ("شبكة أطباء السودان", "ORG", "Sudan Doctors Network"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2026-03-08", "day",
          RSF, None, [ATBARA], 2, 6, "مقتل عاملَين وإصابة 6 آخرين في عطبرة",
          S("حكومة ولاية نهر النيل", "official", "River Nile State government"), "استهدفت طائرات مسيّرة"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2026-03-08", "day",
          RSF, None, [DAMER], 0, 0, "من دون إصابات",
          S("حكومة ولاية نهر النيل", "official", "River Nile State government"), "استهدفت طائرات مسيّرة"),
        E("ASSAULT", ["Strategic developments", "Disrupted weapons use"], "asserted", "2026-03-07", "day",
          A("الدفاعات الأرضية", "Sudanese Armed Forces", "SDN", "military"),
          A("خمس مسيّرات انتحارية", "Rapid Support Forces", "SDN", "armed_group"), [SHENDI],
          None, None, "", S("مصدر عسكري", "anonymous", "Military source"), "أسقطت، ليل السبت"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "claimed", "2026-03-07", "day",
          RSF, A("الفرقة الثالثة مشاة", "Sudanese Armed Forces 3rd Infantry Division", "SDN", "military"), [SHENDI],
          None, None, "خسائر فادحة",
          S("المستشار الإعلامي لقائد قوات الدعم السريع", "perpetrator_claim", "RSF commander's media adviser"),
          "زعم المستشار الإعلامي"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-03-07", "day",
          A("الخلية الأمنية المشتركة", "River Nile State joint security cell", "SDN", "police"),
          A("14 شخصاً", "Suspected RSF collaborators", "SDN", "other"), [BERBER],
          None, None, "", S("الخلية الأمنية المشتركة", "official", "River Nile State joint security cell"),
          "واعتقلت الخلية الأمنية"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "denied", "2026-03-05", "day",
          RSF, None, [METEMMA], None, None, "", S("قوات الدعم السريع", "official", "Rapid Support Forces"),
          "ونفت قوات الدعم السريع"),
        E("AID", None, "asserted", "2026-03-07", "day",
          A("جمعية الهلال الأحمر السوداني", "Sudanese Red Crescent Society", "SDN", "other"),
          A("900 أسرة نازحة", "Internally displaced families (River Nile)", "SDN", "civilians"), [DAMER],
          None, None, "", S("متطوع في الجمعية", "anonymous", "Sudanese Red Crescent volunteer"), "ووزّعت جمعية الهلال"),
        E("CONSULT", None, "planned", "2026-03-10", "day",
          A("وفد من مفوضية الأمم المتحدة السامية لشؤون اللاجئين", "UNHCR", None, "igo"),
          A("والي الولاية", "Governor of River Nile State", "SDN", "government"), [DAMER],
          None, None, "", S("مفوضية العون الإنساني", "official", "Humanitarian Aid Commission (Sudan)"), "ومن المقرر أن يلتقي وفد"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2026-03-08", "day",
          A("لجان مقاومة عطبرة", "Atbara Resistance Committees", "SDN", "protesters"), None, [ATBARA],
          None, None, "", S("لجان مقاومة عطبرة", "ngo", "Atbara Resistance Committees"), "وهدّدت لجان مقاومة"),
        E("ACCUSE", None, "asserted", "2026-03-08", "day",
          A("شبكة أطباء السودان", "Sudan Doctors Network", "SDN", "other"), RSF, [],
          None, None, "", S("شبكة أطباء السودان", "ngo", "Sudan Doctors Network"), "واتهمت شبكة أطباء"),
    ],
    notes=("Published Sunday 2026-03-08 (print-style date line: issue number, the paper's year in words, weekday and date). Dates: drone strikes «فجر اليوم "
           "الأحد», one event per place (Atbara: dual «عاملَين» -> 2 killed, 6 injured; Ad-Damer 0/0 «من دون إصابات»); the shoot-down over Shendi «ليل السبت» -> "
           "Sat 03-07 (ASSAULT with Strategic developments/Disrupted weapons use, as dev-013); the RSF adviser's claim of hitting the 3rd Division HQ «ليل السبت» "
           "-> 03-07, claimed, vague «خسائر فادحة» -> null; arrests in Berber «أمس السبت» -> 03-07; the RSF denial is dated by the act «الخميس الماضي» -> Thu 03-05; "
           "Red Crescent iftar meals «مساء أمس» -> 03-07 (anonymous volunteer); UNHCR-governor meeting «يوم الثلاثاء المقبل» -> 03-10 in Ad-Damer; the resistance "
           "committees' conditional sit-in (hypothetical PROTEST, Peaceful protest) has no date -> publication day, placed at Atbara (the locality HQ); "
           "the doctors' accusation has no place. «متهمة», «محمّلة» are participial and not coded. P10 background. Non-casualty numbers: five drones, 14 arrested, "
           "900 families, 40 thousand displaced. Unsure: actor2 of the strikes on infrastructure is null; resistance committees as source are ngo (as dev-024) but "
           "role protesters as actor. Coordinates from memory (approximate)."),
)
