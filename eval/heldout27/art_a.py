"""heldout27 article specs 001-004 (invented events; real places, institutions and armed groups; no person named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 001  (published Tue 2025-08-12)
T001 = "قطع طرق واقتحام بلدية في الشويفات احتجاجاً على حرائق مطمر الكوستا برافا"
COSTA = L("مطمر الكوستا برافا", "Costa Brava landfill", "LB", "Mount Lebanon", "facility", 33.80, 35.48)
CHOU = L("الشويفات", "Choueifat", "LB", "Mount Lebanon", "city", 33.81, 35.51)
SERAIL = L("السراي الحكومي", "Grand Serail (Beirut)", "LB", "Beirut", "facility", 33.90, 35.50)
BHAM = L("برج حمود", "Bourj Hammoud", "LB", "Mount Lebanon", "city", 33.89, 35.54)
ARMY_LB = A("الجيش اللبناني", "Lebanese Armed Forces", "LBN", "military")
CDR = A("مجلس الإنماء والإعمار", "Council for Development and Reconstruction (CDR)", "LBN", "government")
A001 = dict(
    id="001_news_item", format="text", published="2025-08-12", title=T001,
    head=[T001, "الثلاثاء 12 آب 2025 - 20:15", "الشويفات - مكتب جبل لبنان",
          "دخان يتصاعد من مطمر على الساحل الجنوبي لبيروت (أرشيف)",
          "A+ | A- | طباعة"],
    foot=["اقرأ أيضاً: ارتفاع ساعات التقنين في مناطق جبل لبنان مع اشتداد الحر",
          "مواضيع ذات صلة: النفايات | الشويفات | البيئة",
          "جميع الحقوق محفوظة © 2025 منصة الجبل الإخبارية"],
    paras=[
        "قطع عشرات المحتجين من أهالي الشويفات وخلدة، ليل الأحد، الطريق الساحلية المؤدية إلى مطمر الكوستا برافا بالإطارات المشتعلة ومستوعبات النفايات، احتجاجاً على الروائح والحرائق المتكررة في المطمر، قبل أن يعيد الجيش اللبناني فتحها فجراً من دون تسجيل إصابات، وفق ما أفاد به مراسلنا.",
        "وعاد المحتجون، مساء أمس الاثنين، فاقتحموا مبنى بلدية الشويفات وحطموا زجاج مدخله مطالبين بإقفال المطمر نهائياً، ما أدى إلى إصابة عنصرين من شرطة البلدية بجروح طفيفة، بحسب ما نقلته الوكالة الوطنية للإعلام عن شهود عيان. وأوقفت قوى الأمن الداخلي ثلاثة منهم في الشويفات، أُفرج عن اثنين بعد ساعات فيما أحيل الثالث إلى القضاء المختص.",
        "ومن المقرر أن ينفذ أهالي المنطقة اعتصاماً أمام السراي الحكومي في بيروت يوم الخميس المقبل، على ما أعلنه أحد منظمي التحركات لمراسلنا.",
        "في المقابل، اتهم وزير البيئة، في مؤتمر صحافي ظهر اليوم، مجلس الإنماء والإعمار بـ«التلكؤ» في إنشاء معمل للفرز والمعالجة في المطمر منذ أكثر من عامين، محمّلاً الشركة المتعهدة مسؤولية الحرائق. أما قيادة الجيش فنفت، في بيان مقتضب، ما تداولته مواقع التواصل الاجتماعي عن إطلاق عناصرها الرصاص المطاطي على المحتجين على طريق مطمر الكوستا برافا ليل الأحد.",
        "وأعلن مجلس الإنماء والإعمار، في بيان مساء اليوم، التوصل إلى اتفاق مع بلدية الشويفات واتحاد بلديات الضاحية الجنوبية يقضي بوقف استقبال النفايات ليلاً وتركيب أجهزة لرصد الانبعاثات في غضون أسبوعين.",
        "وفي برج حمود شمالي بيروت، نظّم ناشطون من حملة «طلعت ريحتكم» وقفة احتجاجية عصر اليوم عند مدخل مطمر برج حمود - الجديدة، رافعين لافتات تطالب بخطة وطنية للفرز من المصدر، قبل أن ينفضّوا بهدوء.",
        "وقال رئيس بلدية الشويفات لإذاعة «صوت لبنان» إن البلدية قد تلجأ إلى إقفال مداخل المطمر بالجرافات «إذا لم تبدأ الأعمال خلال أسبوعين».",
        "كما طالبت منظمة هيومن رايتس ووتش، في بيان اليوم، الحكومة اللبنانية بنشر نتائج فحوص جودة الهواء في محيط المطمرين. ويعود افتتاح المطمرين إلى عام 2016، بعد أزمة تكدست خلالها أكياس النفايات في شوارع بيروت وجبل لبنان لأشهر وأطلقت موجة احتجاجات واسعة في العام الذي سبقه.",
    ],
    entities=[
        ("الشويفات", "GPE", "Choueifat"),
        ("خلدة", "GPE", "Khaldeh"),
        ("مطمر الكوستا برافا", "FAC", "Costa Brava landfill"),
        ("الجيش اللبناني", "ORG", "Lebanese Armed Forces"),
        ("بلدية الشويفات", "ORG", "Choueifat Municipality"),
        ("الوكالة الوطنية للإعلام", "ORG", "National News Agency (Lebanon)"),
        ("قوى الأمن الداخلي", "ORG", "Internal Security Forces (Lebanon)"),
        ("السراي الحكومي", "FAC", "Grand Serail (Beirut)"),
        ("بيروت", "GPE", "Beirut"),
        ("مجلس الإنماء والإعمار", "ORG", "Council for Development and Reconstruction (CDR)"),
        ("قيادة الجيش", "ORG", "Lebanese Army Command"),
        ("اتحاد بلديات الضاحية الجنوبية", "ORG", "Union of Municipalities of the Southern Suburbs"),
        ("برج حمود", "GPE", "Bourj Hammoud"),
        ("طلعت ريحتكم", "ORG", "You Stink campaign"),
        ("مطمر برج حمود - الجديدة", "FAC", "Bourj Hammoud-Jdeideh landfill"),
        ("صوت لبنان", "ORG", "Voice of Lebanon (radio)"),
        ("هيومن رايتس ووتش", "ORG", "Human Rights Watch"),
        ("جبل لبنان", "GPE", "Mount Lebanon Governorate"),
    ],
    events=[
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2025-08-10", "day",
          A("عشرات المحتجين", "Choueifat and Khaldeh residents protesting the landfill", "LBN", "protesters"), ARMY_LB,
          [COSTA], 0, 0, "من دون تسجيل إصابات", OWN, "قطع عشرات المحتجين"),
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2025-08-11", "day",
          A("المحتجون", "Choueifat residents protesting the landfill", "LBN", "protesters"),
          A("بلدية الشويفات", "Choueifat Municipality", "LBN", "government"), [CHOU], None, 2,
          "إصابة عنصرين من شرطة البلدية بجروح طفيفة", S("شهود عيان", "witness", "Eyewitnesses (via NNA)"), "وعاد المحتجون"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-08-11", "day",
          A("قوى الأمن الداخلي", "Internal Security Forces (Lebanon)", "LBN", "police"),
          A("ثلاثة منهم", "Choueifat protesters", "LBN", "protesters"), [CHOU], None, None, "", OWN, "وأوقفت قوى الأمن الداخلي"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2025-08-14", "day",
          A("أهالي المنطقة", "Choueifat and Khaldeh residents", "LBN", "protesters"), None, [SERAIL], None, None, "",
          S("أحد منظمي التحركات", "anonymous", "A protest organiser"), "ومن المقرر أن ينفذ"),
        E("ACCUSE", None, "asserted", "2025-08-12", "day",
          A("وزير البيئة", "Minister of Environment (Lebanon)", "LBN", "government"), CDR, [], None, None, "",
          S("وزير البيئة", "official", "Minister of Environment (Lebanon)"), "في المقابل، اتهم وزير البيئة"),
        E("ASSAULT", ["Protests", "Excessive force against protesters"], "denied", "2025-08-10", "day",
          A("عناصرها", "Lebanese Armed Forces", "LBN", "military"),
          A("المحتجين", "Landfill protesters", "LBN", "protesters"), [COSTA], None, None, "",
          S("قيادة الجيش", "official", "Lebanese Army Command"), "أما قيادة الجيش"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2025-08-12", "day", CDR,
          A("بلدية الشويفات", "Choueifat Municipality", "LBN", "government"), [], None, None, "",
          S("مجلس الإنماء والإعمار", "official", "Council for Development and Reconstruction (CDR)"), "وأعلن مجلس الإنماء"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-08-12", "day",
          A("ناشطون من حملة «طلعت ريحتكم»", "You Stink campaign activists", "LBN", "protesters"), None, [BHAM],
          None, None, "", OWN, "وفي برج حمود"),
        E("COERCE", None, "hypothetical", "2025-08-12", "day",
          A("البلدية", "Choueifat Municipality", "LBN", "government"), None, [CHOU], None, None, "",
          S("رئيس بلدية الشويفات", "official", "Mayor of Choueifat"), "وقال رئيس بلدية الشويفات"),
        E("REQUEST", None, "asserted", "2025-08-12", "day",
          A("هيومن رايتس ووتش", "Human Rights Watch", None, "other"),
          A("الحكومة اللبنانية", "Government of Lebanon", "LBN", "government"), [], None, None, "",
          S("هيومن رايتس ووتش", "ngo", "Human Rights Watch"), "كما طالبت منظمة"),
    ],
    notes=("Published Tue 2025-08-12; Lebanese date line «الثلاثاء 12 آب 2025 - 20:15» (Levantine month, weekday checked). Dates: «ليل الأحد» "
           "-> Sun 08-10 (the road blocking and the alleged rubber bullets); «مساء أمس الاثنين» -> 08-11 (the storming; the arrests in the next "
           "sentence have no time word and follow it, 08-11); «ظهر اليوم» / «مساء اليوم» / «عصر اليوم» / «اليوم» -> 08-12; «يوم الخميس المقبل» "
           "-> Thu 08-14; the hypothetical takes the publication day. P1: road blocked with burning tyres and bins, reopened by the army "
           "-> one PROTEST, Riots / Violent demonstration (as dev-005), placed at the landfill the road leads to (the towns only say where "
           "the protesters come from); «من دون تسجيل إصابات» -> 0/0; «وفق ما أفاد به مراسلنا» -> outlet_own. P2 S1: municipality stormed, "
           "glass smashed -> Violent demonstration in Choueifat, «عنصرين» (dual) -> 2 injured; «شهود عيان للوكالة الوطنية للإعلام» -> witness "
           "(innermost speaker). P2 S2: three arrests, no attribution -> outlet_own; the release of two is a relative aside, not coded. "
           "P3: planned sit-in at the Grand Serail in Beirut; «أحد منظمي التحركات لمراسلنا» -> anonymous. P4 S1: the environment minister's "
           "accusation; «في مؤتمر صحافي» gives no venue -> no place. P4 S2: the army command denies rubber bullets -> ASSAULT / Excessive force, "
           "denied, dated by the alleged act, placed at the landfill road. P5: CDR agreement with the municipality and the union of "
           "municipalities -> AGREE (Agreement, as dev-004/dev-028), actor2 the first named party, no venue -> no place. P6: peaceful stand "
           "in Bourj Hammoud (outlet_own); «مطمر برج حمود - الجديدة» is a FAC entity but the town is the place. P7: «قد تلجأ ... إذا» -> "
           "hypothetical COERCE (closing the landfill entrances), placed at Choueifat (named in the mayor's title); the radio only carries "
           "the mayor -> official. P8 S1: HRW request -> ngo, no place. P8 S2: background, not coded. «جبل لبنان» appears only in the "
           "background sentence; it is the main region (admin1 Mount Lebanon). Coordinates approximate."),
)

# ---------------------------------------------------------------- 002  (published Sun 2025-02-16)
T002 = "حملة تجنيد قسري في إب: اختطاف طلاب في يريم واشتباكات قبلية في العدين"
YARIM = L("يريم", "Yarim", "YE", "Ibb", "city", 14.30, 44.38)
UDAYN = L("العدين", "Al Udayn", "YE", "Ibb", "city", 13.98, 43.95)
NADIRA = L("النادرة", "An Nadirah", "YE", "Ibb", "city", 13.85, 44.60)
IBB = L("إب", "Ibb", "YE", "Ibb", "city", 13.97, 44.18)
THAWRA = L("مستشفى الثورة العام", "Al-Thawra General Hospital (Ibb)", "YE", "Ibb", "facility", 13.97, 44.17)
HOUTHI = A("جماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group")
A002 = dict(
    id="002_news_item", format="html", published="2025-02-16", title=T002,
    html=dict(
        site="المنبر اليمني",
        nav=["الرئيسية", "أخبار محلية", "تقارير", "حقوق وحريات", "اقتصاد", "رياضة"],
        kicker="أخبار محلية",
        byline="إب - خاص",
        datetime="2025-02-16T21:10:00+03:00",
        time="الأحد، 16 فبراير 2025 - 09:10 مساءً",
        img="/images/2025/02/ibb-city.jpg",
        caption="جانب من مدينة إب القديمة (أرشيف)",
        share=["مشاركة:", "فيسبوك", "إكس", "تيليجرام", "واتساب"],
        tags=["الوسوم:", "إب", "التجنيد", "الطلاب"],
        related=["أخبار ذات صلة", "ارتفاع أسعار الغاز المنزلي في مناطق سيطرة الجماعة", "تعز: افتتاح طريق فرعي بعد إغلاق دام أشهراً"],
        footer=["من نحن", "هيئة التحرير", "اتصل بنا", "جميع الحقوق محفوظة © 2025 المنبر اليمني"],
    ),
    paras=[
        "اختطف مسلحون تابعون لجماعة الحوثي، مساء أمس السبت، 23 طالباً من مدارس مدينة يريم شمالي محافظة إب واقتادوهم إلى جهة مجهولة، ضمن حملة تجنيد قسري تنفذها الجماعة منذ أسابيع لرفد جبهاتها بمقاتلين جدد، وفق ما قاله أولياء أمور عدد منهم لمراسلنا.",
        "وفي مديرية العدين غربي المحافظة، اندلعت ليل السبت اشتباكات بين مسلحين قبليين ومشرفين حوثيين حاولوا اقتياد شبان من إحدى القرى، ما أسفر عن مقتل اثنين من المسلحين الحوثيين وإصابة ٤ من أبناء القرية، بحسب مصادر قبلية. وأضافت المصادر أن الجماعة دفعت صباح اليوم بتعزيزات عسكرية إلى محيط القرية في العدين وفرضت حصاراً عليها، مانعة دخول المواد الغذائية.",
        "غير أن شرطة محافظة إب، التي تديرها الجماعة، نفت في بيان نقلته وكالة «سبأ» بنسختها الصادرة من صنعاء احتجاز أي طالب في يريم، مؤكدة أن الشبان «التحقوا طوعاً بالدورات الصيفية والتعبئة العامة».",
        "إلى ذلك، أعلن المتحدث العسكري باسم جماعة الحوثي، في بيان مساء اليوم، أن مقاتليها هاجموا فجر اليوم مواقع للقوات الحكومية في مديرية النادرة جنوب شرقي المحافظة وقتلوا «أكثر من عشرة» من عناصرها، وهو ما لم تعلّق عليه القوات الحكومية حتى ساعة إعداد هذا الخبر.",
        "واتهمت منظمة مواطنة لحقوق الإنسان، في تقرير أصدرته اليوم، الجماعة بتجنيد ما لا يقل عن 140 طفلاً في مديريات إب خلال الشهرين الماضيين. ويقول سكان إن مشرفي الجماعة يشترطون على الأسر تقديم أحد أبنائها للتجنيد مقابل الحصول على المساعدات الغذائية.",
        "ووزعت اللجنة الدولية للصليب الأحمر، أمس، مواد طبية وجراحية على مستشفى الثورة العام في مدينة إب لمعالجة جرحى الاشتباكات، بحسب ما أعلنته على حسابها في منصة إكس.",
        "ومن المقرر أن يلتقي وفد من مشايخ العدين قيادات في الجماعة بمدينة إب يوم الثلاثاء المقبل لبحث الإفراج عن المحتجزين، بحسب ما أفاد به أحد أعضاء الوفد.",
        "من جهتها، طالبت الحكومة المعترف بها دولياً، على لسان وزير الإعلام، المبعوث الأممي إلى اليمن بإدانة «اختطاف الأطفال وتجنيدهم» علناً. وقال مصدر محلي إن الجماعة قد تغلق مدارس في يريم إذا واصل الأهالي رفض إرسال أبنائهم إلى المعسكرات.",
    ],
    entities=[
        ("جماعة الحوثي", "ORG", "Houthis (Ansar Allah)"),
        ("يريم", "GPE", "Yarim"),
        ("إب", "GPE", "Ibb"),
        ("العدين", "GPE", "Al Udayn"),
        ("شرطة محافظة إب", "ORG", "Ibb Governorate Police (Houthi-run)"),
        ("سبأ", "ORG", "Saba News Agency (Sanaa)"),
        ("صنعاء", "GPE", "Sanaa"),
        ("النادرة", "GPE", "An Nadirah"),
        ("مواطنة لحقوق الإنسان", "ORG", "Mwatana for Human Rights"),
        ("اللجنة الدولية للصليب الأحمر", "ORG", "International Committee of the Red Cross"),
        ("مستشفى الثورة العام", "FAC", "Al-Thawra General Hospital (Ibb)"),
        ("إكس", "ORG", "X (Twitter)"),
        ("اليمن", "GPE", "Yemen"),
    ],
    events=[
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2025-02-15", "day",
          A("مسلحون تابعون لجماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("23 طالباً", "Schoolchildren (Yarim)", "YEM", "civilians"), [YARIM], None, None, "",
          S("أولياء أمور عدد منهم", "witness", "Parents of abducted pupils"), "اختطف مسلحون"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-02-15", "day",
          A("مسلحين قبليين", "Tribal gunmen (Al Udayn)", "YEM", "armed_group"),
          A("مشرفين حوثيين", "Houthis (Ansar Allah)", "YEM", "armed_group"), [UDAYN], 2, 4,
          "مقتل اثنين من المسلحين الحوثيين وإصابة ٤ من أبناء القرية", S("مصادر قبلية", "anonymous", "Tribal sources"),
          "وفي مديرية العدين"),
        E("MOBILIZE", None, "asserted", "2025-02-16", "day", A("الجماعة", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          None, [UDAYN], None, None, "", S("المصادر", "anonymous", "Tribal sources"), "وأضافت المصادر"),
        E("COERCE", None, "asserted", "2025-02-16", "day", A("الجماعة", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("القرية", "Villagers (Al Udayn)", "YEM", "civilians"), [UDAYN], None, None, "",
          S("المصادر", "anonymous", "Tribal sources"), "وأضافت المصادر"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "denied", "2025-02-15", "day",
          A("الجماعة", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("أي طالب", "Schoolchildren (Yarim)", "YEM", "civilians"), [YARIM], None, None, "",
          S("شرطة محافظة إب", "official", "Ibb Governorate Police (Houthi-run)"), "غير أن شرطة"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2025-02-16", "day", HOUTHI,
          A("القوات الحكومية", "Yemeni government forces", "YEM", "military"), [NADIRA], None, None, "«أكثر من عشرة»",
          S("المتحدث العسكري باسم جماعة الحوثي", "perpetrator_claim", "Houthi military spokesman"), "إلى ذلك، أعلن"),
        E("ACCUSE", None, "asserted", "2025-02-16", "day",
          A("مواطنة لحقوق الإنسان", "Mwatana for Human Rights", "YEM", "other"),
          A("الجماعة", "Houthis (Ansar Allah)", "YEM", "armed_group"), [], None, None, "",
          S("منظمة مواطنة لحقوق الإنسان", "ngo", "Mwatana for Human Rights"), "واتهمت منظمة مواطنة"),
        E("AID", None, "asserted", "2025-02-15", "day",
          A("اللجنة الدولية للصليب الأحمر", "International Committee of the Red Cross", None, "other"),
          A("جرحى الاشتباكات", "Wounded civilians (Ibb)", "YEM", "civilians"), [THAWRA], None, None, "",
          S("اللجنة الدولية للصليب الأحمر", "ngo", "International Committee of the Red Cross"), "ووزعت اللجنة الدولية"),
        E("CONSULT", None, "planned", "2025-02-18", "day",
          A("وفد من مشايخ العدين", "Al Udayn tribal elders", "YEM", "other"),
          A("قيادات في الجماعة", "Houthis (Ansar Allah)", "YEM", "armed_group"), [IBB], None, None, "",
          S("أحد أعضاء الوفد", "anonymous", "A delegation member"), "ومن المقرر أن يلتقي"),
        E("REQUEST", None, "asserted", "2025-02-16", "day",
          A("الحكومة المعترف بها دولياً", "Government of Yemen", "YEM", "government"),
          A("المبعوث الأممي إلى اليمن", "UN Special Envoy for Yemen", None, "igo"), [], None, None, "",
          S("وزير الإعلام", "official", "Minister of Information (Yemen)"), "من جهتها، طالبت"),
        E("COERCE", None, "hypothetical", "2025-02-16", "day", A("الجماعة", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("الأهالي", "Yarim residents", "YEM", "civilians"), [YARIM], None, None, "",
          S("مصدر محلي", "anonymous", "Local source"), "وقال مصدر محلي"),
    ],
    notes=("Published Sun 2025-02-16; HTML page, Yemeni «الأحد، 16 فبراير 2025 - 09:10 مساءً» in <time> (weekday checked). Dates: "
           "«مساء أمس السبت» / «أمس» -> 02-15; «ليل السبت» -> Sat 02-15; «صباح اليوم» / «فجر اليوم» / «اليوم» -> 02-16; «يوم الثلاثاء المقبل» -> "
           "Tue 02-18; the undated request and the hypothetical take the publication day. P1: abduction of 23 pupils for forced "
           "recruitment -> Violence against civilians / Abduction; parents speaking to our reporter -> witness; «منذ أسابيع» is an "
           "aggregate, not coded. P2 S1: tribal gunmen vs Houthi supervisors -> Battles / Armed clash, «اثنين» (word) killed and «٤» "
           "(Eastern digit) injured -> 2/4, anonymous. P2 S2: one sentence, two kinds at one place: reinforcements (MOBILIZE) and a siege "
           "(COERCE, no ACLED type); «مانعة» is a participial aside. P3: the Houthi-run police deny holding pupils in Yarim -> denied "
           "abduction, dated by the alleged act, official (the police, carried by Saba). P4: the Houthi spokesman's claim, not confirmed "
           "(«لم تعلّق عليه القوات الحكومية») -> claimed Battles / Armed clash, «أكثر من عشرة» vague -> null with casualty_text. P5 S1: "
           "Mwatana's accusation -> ngo, no place (the districts are the object, not a venue). P5 S2: habitual practice, not coded. P6: ICRC "
           "supplies to the hospital in Ibb -> AID placed at the hospital, ngo. P7: planned meeting in Ibb city -> anonymous. P8 S1: the "
           "government's request to the UN envoy -> official (the minister speaks for it). P8 S2: «قد تغلق ... إذا» -> hypothetical COERCE "
           "at Yarim. Ibb governorate (admin1 Ibb) is the main region. Coordinates approximate."),
)

# ---------------------------------------------------------------- 003  (published Thu 2024-09-26)
T003 = "القبض على 9 منقبين عن الآثار في أخميم ومقتل مسلح في تبادل لإطلاق النار بالبلينا"
AKHMIM = L("أخميم", "Akhmim", "EG", "Sohag", "city", 26.56, 31.75)
BALY = L("البلينا", "Al Balyana", "EG", "Sohag", "city", 26.24, 32.00)
GIRGA = L("جرجا", "Girga", "EG", "Sohag", "city", 26.34, 31.89)
ARABA = L("العرابة المدفونة", "Al-Araba al-Madfuna (Abydos)", "EG", "Sohag", "city", 26.18, 31.92)
PARIS = L("باريس", "Paris", "FR", "Île-de-France", "city", 48.86, 2.35)
SOHAG = L("سوهاج", "Sohag", "EG", "Sohag", "city", 26.56, 31.69)
SOH_SD = A("مديرية أمن سوهاج", "Sohag Security Directorate", "EGY", "police")
A003 = dict(
    id="003_news_item", format="text", published="2024-09-26", title=T003,
    head=[T003, "كتب: قسم المحافظات", "الخميس 26 سبتمبر 2024 08:45 م", "أطلال معبد في إحدى المناطق الأثرية بصعيد مصر (أرشيف)",
          "شارك الخبر: فيسبوك | إكس | واتساب"],
    foot=["اقرأ أيضاً: افتتاح محطة مياه جديدة في طهطا بتكلفة 40 مليون جنيه",
          "كلمات البحث: سوهاج - الآثار - التنقيب",
          "جميع الحقوق محفوظة لبوابة الصعيد اليوم © 2024"],
    paras=[
        "ألقت قوات الأمن، فجر اليوم الخميس، القبض على 9 أشخاص بينهم موظف في منطقة آثار أخميم شرقي مدينة سوهاج، أثناء تنقيبهم عن الآثار داخل منزل في إحدى قرى المركز، وضبطت بحوزتهم تمثالين وعدداً من العملات البرونزية، وفق بيان لوزارة الداخلية.",
        "وكانت قوة من مديرية أمن سوهاج قد تبادلت إطلاق النار، ليل الثلاثاء، مع مسلحين يحرسون موقع حفر غير مشروع في الظهير الصحراوي لمركز البلينا، ما أدى إلى مقتل أحد المسلحين وإصابة شرطيين اثنين، بحسب ما أوردته صحيفة «الأهرام». ونفت المديرية، في بيان مساء أمس، ما تداولته صفحات محلية عن مقتل طفل برصاص الشرطة خلال مواجهات ليل الثلاثاء في البلينا.",
        "وفي مركز جرجا، هاجم أهالٍ غاضبون ظهر أمس الأربعاء منزل رجل يُتهم بالاتجار في الآثار وأضرموا النار في واجهته، بعد انهيار حفرة حفرها أسفل منزل مجاور أودى بحياة شابين، وفق ما قاله شهود عيان لمراسلنا.",
        "ونظّم عشرات من أهالي الموقوفين وقفة احتجاجية أمام مركز شرطة أخميم ظهر اليوم، مطالبين بالإفراج عن ذويهم، قبل أن ينصرفوا دون تدخل أمني، بحسب ما أفاد به مراسلنا. ودفعت مديرية أمن سوهاج، فجر اليوم، بقوات إضافية إلى محيط قرية العرابة المدفونة الأثرية، وفق مصدر أمني.",
        "وسلّمت السلطات الفرنسية، أمس، السفارة المصرية في باريس تمثالاً جنائزياً من الحجر الجيري كان قد هُرّب من سوهاج قبل أكثر من عقد، ضمن تعاون قضائي بين البلدين، بحسب بيان لوزارة السياحة والآثار.",
        "وطالب نائب عن دائرة أخميم في مجلس النواب، في طلب إحاطة قدمه اليوم، الحكومة بتشديد الحراسة على المواقع الأثرية في المحافظة وتعيين خفراء إضافيين. ويعاقب قانون حماية الآثار على التنقيب دون ترخيص بالسجن المشدد، فيما تقدّر جهات رقابية أن آلاف الحفر غير المشروعة تنتشر في قرى الصعيد.",
        "ومن المقرر أن يعقد محافظ سوهاج اجتماعاً مع عُمد ومشايخ قرى أخميم والبلينا في ديوان عام المحافظة بمدينة سوهاج يوم الأحد المقبل، لبحث سبل الحد من الحفر خلسة، بحسب ما أعلنته المحافظة في بيان.",
        "وقال مصدر في محافظة سوهاج لموقع «القاهرة 24» إن الأجهزة التنفيذية قد تلجأ إلى إزالة المنازل المقامة فوق مواقع أثرية في أخميم إذا ثبت حفر أنفاق أسفلها.",
    ],
    entities=[
        ("أخميم", "GPE", "Akhmim"),
        ("سوهاج", "GPE", "Sohag"),
        ("وزارة الداخلية", "ORG", "Ministry of Interior (Egypt)"),
        ("مديرية أمن سوهاج", "ORG", "Sohag Security Directorate"),
        ("البلينا", "GPE", "Al Balyana"),
        ("الأهرام", "ORG", "Al-Ahram"),
        ("جرجا", "GPE", "Girga"),
        ("العرابة المدفونة", "GPE", "Al-Araba al-Madfuna (Abydos)"),
        ("باريس", "GPE", "Paris"),
        ("وزارة السياحة والآثار", "ORG", "Ministry of Tourism and Antiquities (Egypt)"),
        ("مجلس النواب", "ORG", "House of Representatives (Egypt)"),
        ("الصعيد", "LOC", "Upper Egypt"),
        ("محافظة سوهاج", "GPE", "Sohag Governorate"),
        ("القاهرة 24", "ORG", "Cairo 24 (outlet)"),
    ],
    events=[
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-09-26", "day",
          A("قوات الأمن", "Egyptian police", "EGY", "police"),
          A("9 أشخاص", "Suspected illegal antiquities diggers (Akhmim)", "EGY", "other"), [AKHMIM], None, None, "",
          S("وزارة الداخلية", "official", "Ministry of Interior (Egypt)"), "ألقت قوات الأمن"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-09-24", "day", SOH_SD,
          A("مسلحين", "Armed guards of an illegal dig (Al Balyana)", "EGY", "armed_group"), [BALY], 1, 2,
          "مقتل أحد المسلحين وإصابة شرطيين اثنين", S("الأهرام", "media", "Al-Ahram"), "وكانت قوة من مديرية"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2024-09-24", "day",
          A("الشرطة", "Egyptian police", "EGY", "police"), A("طفل", "Child (Al Balyana)", "EGY", "civilians"), [BALY], 1, None,
          "مقتل طفل", S("المديرية", "official", "Sohag Security Directorate"), "ونفت المديرية"),
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2024-09-25", "day",
          A("أهالٍ غاضبون", "Villagers (Girga)", "EGY", "civilians"),
          A("رجل يُتهم بالاتجار في الآثار", "Suspected antiquities trader (Girga)", "EGY", "civilians"), [GIRGA], None, None, "",
          S("شهود عيان", "witness", "Eyewitnesses"), "وفي مركز جرجا"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-09-26", "day",
          A("عشرات من أهالي الموقوفين", "Relatives of the Akhmim detainees", "EGY", "protesters"), None, [AKHMIM], None, None, "",
          OWN, "ونظّم عشرات"),
        E("MOBILIZE", None, "asserted", "2024-09-26", "day", SOH_SD, None, [ARABA], None, None, "",
          S("مصدر أمني", "anonymous", "Security source"), "ودفعت مديرية أمن سوهاج"),
        E("COOPERATE", None, "asserted", "2024-09-25", "day",
          A("السلطات الفرنسية", "Government of France", "FRA", "government"),
          A("السفارة المصرية", "Embassy of Egypt in France", "EGY", "government"), [PARIS], None, None, "",
          S("وزارة السياحة والآثار", "official", "Ministry of Tourism and Antiquities (Egypt)"), "وسلّمت السلطات الفرنسية"),
        E("REQUEST", None, "asserted", "2024-09-26", "day",
          A("نائب عن دائرة أخميم", "Member of parliament for Akhmim", "EGY", "government"),
          A("الحكومة", "Government of Egypt", "EGY", "government"), [], None, None, "",
          S("نائب عن دائرة أخميم", "official", "Member of parliament for Akhmim"), "وطالب نائب"),
        E("CONSULT", None, "planned", "2024-09-29", "day",
          A("محافظ سوهاج", "Governor of Sohag", "EGY", "government"),
          A("عُمد ومشايخ قرى أخميم والبلينا", "Village heads of Akhmim and Al Balyana", "EGY", "civilians"), [SOHAG],
          None, None, "", S("المحافظة", "official", "Sohag Governorate"), "ومن المقرر أن يعقد"),
        E("COERCE", None, "hypothetical", "2024-09-26", "day",
          A("الأجهزة التنفيذية", "Sohag governorate authorities", "EGY", "government"),
          A("المنازل المقامة فوق مواقع أثرية", "Homeowners on antiquities sites (Akhmim)", "EGY", "civilians"), [AKHMIM],
          None, None, "", S("مصدر في محافظة سوهاج", "anonymous", "Sohag governorate source (via Cairo 24)"), "وقال مصدر"),
    ],
    notes=("Published Thu 2024-09-26; Egyptian «كتب:» byline, then «الخميس 26 سبتمبر 2024 08:45 م» (12-hour clock with «م», weekday checked). "
           "Dates: «فجر اليوم الخميس» / «ظهر اليوم» / «فجر اليوم» / «اليوم» -> 09-26; «ليل الثلاثاء» -> Tue 09-24 (the clash and the alleged "
           "killing); «ظهر أمس الأربعاء» / «أمس» -> 09-25; «يوم الأحد المقبل» -> Sun 09-29; the hypothetical takes the publication day. "
           "P1: arrests of 9 diggers in Akhmim, MOI statement -> official. P2 S1: police vs armed guards of a dig -> Battles / Armed clash "
           "(state force vs an unnamed armed group), «أحد المسلحين» -> 1 killed, «شرطيين اثنين» -> 2 injured; the paper is the only "
           "attribution -> media. P2 S2: the directorate denies a child killed by police fire -> denied Violence against civilians / "
           "Attack, dated by the alleged act, «مقتل طفل» -> 1. P3: villagers attack and burn the front of a trader's house -> ASSAULT, "
           "Riots / Mob violence; the two young men killed by the collapse (an accident) are not casualties of the attack. P4 S1: "
           "peaceful stand at the Akhmim police station (outlet_own; the station is descriptive, the town is the place). P4 S2: "
           "reinforcements to Al-Araba al-Madfuna -> MOBILIZE, anonymous. P5: France hands back a smuggled statue -> COOPERATE, placed "
           "in Paris, the ministry's statement -> official. P6 S1: an MP's request (title only) -> no place. P6 S2: law and aggregates, "
           "not coded. P7: planned meeting in Sohag city. P8: «قد تلجأ ... إذا» -> hypothetical COERCE at Akhmim, source via a site -> "
           "anonymous. Sohag governorate (admin1 Sohag) is the main region. Coordinates approximate."),
)

# ---------------------------------------------------------------- 004  (published Sat 2025-11-08)
T004 = "إضراب أطباء الكوت بعد اعتداء على كادر مستشفى الزهراء وقنبلة على عيادة في الحي"
KUT = L("الكوت", "Kut", "IQ", "Wasit", "city", 32.51, 45.82)
ZAHRAA = L("مستشفى الزهراء التعليمي", "Al-Zahraa Teaching Hospital (Kut)", "IQ", "Wasit", "facility", 32.50, 45.83)
HAY = L("الحي", "Al-Hay", "IQ", "Wasit", "city", 32.17, 46.04)
WASIT = L("واسط", "Wasit Governorate", "IQ", "Wasit", "admin1", 32.6, 45.8)
WPOL = A("قيادة شرطة واسط", "Wasit Police Command", "IRQ", "police")
GOV_W = A("محافظ واسط", "Governor of Wasit", "IRQ", "government")
A004 = dict(
    id="004_news_item", format="html", published="2025-11-08", title=T004,
    html=dict(
        site="شبكة دجلة الوسط",
        nav=["الرئيسية", "محليات", "العراق", "صحة", "اقتصاد", "منوعات"],
        kicker="محليات",
        byline="الكوت - مراسل الشبكة",
        datetime="2025-11-08T21:30:00+03:00",
        time="2025/11/08 21:30",
        img="/uploads/2025/11/kut-hospital.jpg",
        caption="مدخل ردهة الطوارئ في أحد مستشفيات الكوت (أرشيف)",
        share=["شارك:", "فيسبوك", "إكس", "واتساب"],
        tags=["الوسوم:", "واسط", "الأطباء", "المستشفيات"],
        related=["ذات صلة", "افتتاح جسر جديد على نهر دجلة في الكوت", "انخفاض مناسيب سدة الكوت مع تراجع الإطلاقات"],
        footer=["من نحن", "اتصل بنا", "سياسة الخصوصية", "جميع الحقوق محفوظة © 2025 شبكة دجلة الوسط"],
    ),
    paras=[
        "اعتدى ذوو مريض توفي في ردهة الطوارئ بمستشفى الزهراء التعليمي في مدينة الكوت، مركز محافظة واسط، ليل الخميس، بالضرب على طبيبين مقيمين وممرضة وحطموا أجهزة في الردهة، ما أسفر عن إصابة الثلاثة بجروح، بحسب بيان لدائرة صحة واسط.",
        "وفي قضاء الحي جنوبي المحافظة، ألقى مجهولون فجر أمس الجمعة قنبلة يدوية على عيادة طبيب جراح، ما ألحق أضراراً بواجهتها دون وقوع إصابات، وفق مصدر في الشرطة. وكان مسلحون من عشيرة المريض المتوفى قد هددوا الطبيب المعالج في الكوت، ليل الخميس، بـ«دكة عشائرية» على منزله، على ما قاله أحد زملائه لمراسلنا.",
        "وأعلن أطباء مستشفيات الكوت، صباح اليوم السبت، إضراباً عن العمل شمل العيادات الاستشارية باستثناء ردهات الطوارئ، احتجاجاً على تكرار الاعتداءات، بحسب ما أفاد به مراسلنا. وقال رئيس فرع نقابة الأطباء في واسط إن الإضراب قد يتسع ليشمل مستشفيات المحافظة كافة إذا لم تُحسم القضية أمام القضاء.",
        "وأعلنت قيادة شرطة واسط، في بيان اليوم، القبض على أربعة من المتهمين بالاعتداء على الكادر الطبي في الكوت وإحالتهم إلى قاضي التحقيق. ونفت القيادة ما تناقلته مواقع محلية عن إطلاق سراح المتهمين بكفالة مساء أمس بعد تدخل وجهاء عشائريين.",
        "ورحّبت نقابة الأطباء العراقيين، في بيان اليوم، بالقبض على المتهمين، وطالبت مجلس النواب بتشريع قانون يشدد عقوبة الاعتداء على الكوادر الصحية ويمنع التسويات العشائرية في مثل هذه القضايا.",
        "ووجّه محافظ واسط بنشر مفارز من الشرطة داخل مستشفيات الكوت والحي على مدار الساعة، بحسب ما نقلته وكالة الأنباء العراقية عن مكتبه الإعلامي.",
        "وتسجل المستشفيات العراقية عشرات الاعتداءات على الكوادر الطبية كل عام، وتقول نقابة الأطباء إن أغلبها ينتهي بتسويات عشائرية خارج المحاكم.",
        "ويرى أطباء في المدينة أن نقص الكوادر والأجهزة في ردهات الطوارئ يضاعف احتقان ذوي المرضى ويجعل الطبيب «الحلقة الأضعف» في المستشفى.",
    ],
    entities=[
        ("مستشفى الزهراء التعليمي", "FAC", "Al-Zahraa Teaching Hospital (Kut)"),
        ("الكوت", "GPE", "Kut"),
        ("واسط", "GPE", "Wasit Governorate"),
        ("دائرة صحة واسط", "ORG", "Wasit Health Directorate"),
        ("الحي", "GPE", "Al-Hay"),
        ("نقابة الأطباء", "ORG", "Iraqi Medical Association"),
        ("قيادة شرطة واسط", "ORG", "Wasit Police Command"),
        ("نقابة الأطباء العراقيين", "ORG", "Iraqi Medical Association"),
        ("مجلس النواب", "ORG", "Council of Representatives of Iraq"),
        ("وكالة الأنباء العراقية", "ORG", "Iraqi News Agency (INA)"),
    ],
    events=[
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2025-11-06", "day",
          A("ذوو مريض", "Relatives of a deceased patient", "IRQ", "civilians"),
          A("طبيبين مقيمين وممرضة", "Medical staff (Kut)", "IRQ", "civilians"), [ZAHRAA], None, 3, "إصابة الثلاثة بجروح",
          S("دائرة صحة واسط", "official", "Wasit Health Directorate"), "اعتدى ذوو مريض"),
        E("ASSAULT", ["Explosions/Remote violence", "Grenade"], "asserted", "2025-11-07", "day", None,
          A("عيادة طبيب جراح", "A surgeon (Al-Hay)", "IRQ", "civilians"), [HAY], 0, 0, "دون وقوع إصابات",
          S("مصدر في الشرطة", "anonymous", "Police source"), "وفي قضاء الحي"),
        E("THREATEN", None, "asserted", "2025-11-06", "day",
          A("مسلحون من عشيرة المريض المتوفى", "Armed clansmen of the deceased patient", "IRQ", "armed_group"),
          A("الطبيب المعالج", "Treating doctor (Kut)", "IRQ", "civilians"), [KUT], None, None, "",
          S("أحد زملائه", "anonymous", "A colleague of the doctor"), "وكان مسلحون من عشيرة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-11-08", "day",
          A("أطباء مستشفيات الكوت", "Doctors of Kut hospitals", "IRQ", "protesters"), None, [KUT], None, None, "",
          OWN, "وأعلن أطباء"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2025-11-08", "day",
          A("الإضراب", "Doctors of Wasit hospitals", "IRQ", "protesters"), None, [WASIT], None, None, "",
          S("رئيس فرع نقابة الأطباء في واسط", "official", "Head of the Iraqi Medical Association's Wasit branch"), "وقال رئيس فرع"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-11-08", "day", WPOL,
          A("أربعة من المتهمين", "Suspects in the hospital assault", "IRQ", "civilians"), [KUT], None, None, "",
          S("قيادة شرطة واسط", "official", "Wasit Police Command"), "وأعلنت قيادة شرطة"),
        E("CONCEDE", None, "denied", "2025-11-07", "day", A("القيادة", "Wasit Police Command", "IRQ", "police"),
          A("المتهمين", "Suspects in the hospital assault", "IRQ", "civilians"), [], None, None, "",
          S("القيادة", "official", "Wasit Police Command"), "ونفت القيادة"),
        E("SUPPORT", None, "asserted", "2025-11-08", "day",
          A("نقابة الأطباء العراقيين", "Iraqi Medical Association", "IRQ", "other"), None, [], None, None, "",
          S("نقابة الأطباء العراقيين", "official", "Iraqi Medical Association"), "ورحّبت نقابة"),
        E("REQUEST", None, "asserted", "2025-11-08", "day",
          A("نقابة الأطباء العراقيين", "Iraqi Medical Association", "IRQ", "other"),
          A("مجلس النواب", "Council of Representatives of Iraq", "IRQ", "government"), [], None, None, "",
          S("نقابة الأطباء العراقيين", "official", "Iraqi Medical Association"), "ورحّبت نقابة"),
        E("MOBILIZE", None, "asserted", "2025-11-08", "day", GOV_W, None, [KUT], None, None, "",
          S("مكتبه الإعلامي", "official", "Governor of Wasit's media office (via INA)"), "ووجّه محافظ"),
        E("MOBILIZE", None, "asserted", "2025-11-08", "day", GOV_W, None, [HAY], None, None, "",
          S("مكتبه الإعلامي", "official", "Governor of Wasit's media office (via INA)"), "ووجّه محافظ"),
    ],
    notes=("Published Sat 2025-11-08; HTML page, Iraqi «2025/11/08 21:30» in <time> (year-first slashes). Dates: «ليل الخميس» -> Thu 11-06 "
           "(the assault and the threat); «فجر أمس الجمعة» / «مساء أمس» -> 11-07; «صباح اليوم السبت» / «اليوم» -> 11-08; the undated "
           "governor's order and the hypothetical take the publication day. P1: a patient's relatives beat two doctors and a nurse -> "
           "ASSAULT, Riots / Mob violence, placed at the hospital; «إصابة الثلاثة» (word) -> 3 injured; the health directorate's "
           "statement -> official. P2 S1: hand grenade on a surgeon's clinic in Al-Hay -> Explosions / Grenade, actor1 null (unknown), "
           "«دون وقوع إصابات» -> 0/0, anonymous. P2 S2: clansmen's threat of a «دكة عشائرية» -> THREATEN at Kut, anonymous. P3 S1: "
           "doctors' strike -> Peaceful protest, outlet_own. P3 S2: «قد يتسع ... إذا» -> hypothetical strike across the governorate -> "
           "admin1 Wasit (the branch head by title -> official). P4 S1: four arrests -> official. P4 S2: the command denies releasing "
           "them on bail -> denied CONCEDE, dated by the alleged release («مساء أمس»), no place. P5: one sentence, two kinds: the "
           "association welcomes the arrests (SUPPORT, actor2 the police) and asks parliament for a law (REQUEST); no place. P6: one "
           "sentence, two places -> two MOBILIZE (Kut, Al-Hay); «وكالة الأنباء العراقية عن مكتبه الإعلامي» -> official (innermost). "
           "P7 (aggregate) and P8 (opinion): not coded. Coordinates approximate."),
)
