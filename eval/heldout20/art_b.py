"""heldout20 article specs 005-008 (invented events; real places, institutions and armed groups; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 005  (published Sat 2024-12-28)  Yemen, al-Dhalea and al-Mahra
T005 = "قتيلان بقصف حوثي على مريس ومسيّرة تستهدف قعطبة وضبط شحنة في منفذ شحن"
HOUTHI = A("الحوثيون", "Houthis (Ansar Allah)", "YEM", "armed_group")
MUREIS = L("مريس", "Mureis", "YE", "Ad Dali'", "city", 13.93, 44.64)
QAATABA = L("قعطبة", "Qaataba", "YE", "Ad Dali'", "city", 13.86, 44.70)
GHAYDAH = L("الغيضة", "Al Ghaydah", "YE", "Al Mahrah", "city", 16.21, 52.18)
SHAHAN = L("منفذ شحن", "Shahan border crossing", "YE", "Al Mahrah", "facility", 17.80, 52.60)
AXIS = A("قيادة محور الضالع", "Al-Dhalea Military Axis", "YEM", "military")
A005 = dict(
    id="005_news_item", format="text", published="2024-12-28", title=T005,
    head=[T005, "2024/12/28م | 21:50", "الضالع - المهرة: مراسلو أصداء الجنوب",
          "جنود في أحد مواقع جبهة مريس شمال الضالع (أرشيف)",
          "شارك الخبر عبر: فيسبوك - واتساب - إكس"],
    foot=["اقرأ أيضاً: تراجع جديد للريال اليمني أمام السعودي في عدن",
          "وسوم: الضالع، المهرة، الحوثيون، منفذ شحن",
          "تابعوا قناتنا على تلغرام لآخر المستجدات",
          "حقوق النشر محفوظة © أصداء الجنوب 2024"],
    paras=[
        "قُتل جنديان وأصيب ٤ آخرون من القوات الحكومية، مساء أمس الجمعة، جراء قصف مدفعي مكثّف شنّه الحوثيون على مواقعهم في جبهة مريس شمالي محافظة الضالع، بحسب ما أفاد به مصدر عسكري.",
        "وفي مديرية قعطبة، استهدفت طائرة مسيّرة مفخخة أطلقها الحوثيون فجر اليوم السبت موقعاً تتمركز فيه القوات المسلحة الجنوبية شمال المدينة، ما أدى إلى إصابة جنديين بجروح، وفق ما أعلنه المركز الإعلامي لمحور الضالع.",
        "في المقابل، زعمت قناة «المسيرة» الناطقة باسم الحوثيين أن دفاعاتهم الجوية أسقطت، صباح اليوم، طائرة استطلاع مسيّرة «تابعة لتحالف العدوان» في أجواء قعطبة، وهو ما لم تؤكده أي جهة عسكرية أو مستقلة.",
        "ودفعت قيادة محور الضالع، ظهر اليوم، بتعزيزات عسكرية إلى جبهتي مريس وقعطبة تحسّباً لأي تصعيد حوثي خلال الساعات المقبلة.",
        "وفي محافظة المهرة، يواصل مئات من أبناء القبائل، اليوم، ولليوم الرابع على التوالي، اعتصامهم أمام مبنى السلطة المحلية في مدينة الغيضة، احتجاجاً على انقطاع الكهرباء وارتفاع أسعار الوقود، وفق ما أفاد به مراسلنا.",
        "والتقى وفد من مشايخ قبائل المهرة، مساء أمس، محافظ المحافظة في الغيضة في مسعى للوساطة بين المعتصمين والسلطة المحلية، بحسب ما أفاد به أحد أعضاء الوفد.",
        "وقال عضو في لجنة الاعتصام إن المعتصمين قد ينقلون اعتصامهم إلى منفذ شحن الحدودي مع سلطنة عُمان «إذا لم تُلبَّ مطالبهم خلال 72 ساعة»، وهو ما قد يشلّ حركة البضائع بين البلدين.",
        "وأعلنت مصلحة الجمارك في منفذ شحن، في بيان اليوم، ضبط شحنة تضم ١٣٠٠ جهاز اتصال لاسلكي ومكوّنات لطائرات مسيّرة كانت مخبأة في شاحنة محمّلة بأدوات منزلية، مرجّحةً أنها كانت في طريقها إلى مناطق سيطرة الحوثيين.",
        "واتهم وزير الإعلام في الحكومة المعترف بها دولياً، في تصريح لوكالة الأنباء اليمنية (سبأ) اليوم، إيران بـ«مواصلة تهريب الأسلحة والتقنيات العسكرية» إلى الحوثيين عبر المنافذ البرية والبحرية، داعياً المجتمع الدولي إلى تشديد الرقابة.",
        "وتشهد جبهات الضالع خروقات شبه يومية منذ إعلان الهدنة الأممية في أبريل 2022، فيما تقول الحكومة إن أكثر من 300 من جنودها قُتلوا في تلك الجبهات منذ ذلك الحين.",
    ],
    entities=[
        ("الحوثيون", "ORG", "Houthis (Ansar Allah)"),
        ("مريس", "GPE", "Mureis"),
        ("الضالع", "GPE", "Al Dhale'e"),
        ("قعطبة", "GPE", "Qaataba"),
        ("القوات المسلحة الجنوبية", "ORG", "Southern Armed Forces"),
        ("المركز الإعلامي لمحور الضالع", "ORG", "Al-Dhalea Military Axis media centre"),
        ("المسيرة", "ORG", "Al-Masirah TV"),
        ("الحوثيين", "ORG", "Houthis (Ansar Allah)"),
        ("محور الضالع", "ORG", "Al-Dhalea Military Axis"),
        ("المهرة", "GPE", "Al Mahrah"),
        ("الغيضة", "GPE", "Al Ghaydah"),
        ("منفذ شحن", "FAC", "Shahan border crossing"),
        ("سلطنة عُمان", "GPE", "Oman"),
        ("مصلحة الجمارك", "ORG", "Yemen Customs Authority"),
        ("وكالة الأنباء اليمنية", "ORG", "Saba News Agency"),
        ("سبأ", "ORG", "Saba News Agency"),
        ("إيران", "GPE", "Iran"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-12-27", "day",
          HOUTHI, A("القوات الحكومية", "Yemeni government forces", "YEM", "military"), [MUREIS], 2, 4,
          "قُتل جنديان وأصيب ٤ آخرون", S("مصدر عسكري", "anonymous", "Yemeni military source"), "قُتل جنديان"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-12-28", "day",
          A("طائرة مسيّرة مفخخة", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("القوات المسلحة الجنوبية", "Southern Armed Forces", "YEM", "military"), [QAATABA], None, 2,
          "إصابة جنديين بجروح", S("المركز الإعلامي لمحور الضالع", "official", "Al-Dhalea Military Axis media centre"),
          "طائرة مسيّرة مفخخة"),
        E("ASSAULT", ["Strategic developments", "Disrupted weapons use"], "claimed", "2024-12-28", "day",
          A("دفاعاتهم الجوية", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("طائرة استطلاع مسيّرة", "Saudi-led coalition", "SAU", "military"), [QAATABA], None, None, "",
          S("قناة «المسيرة»", "perpetrator_claim", "Al-Masirah TV (Houthis)"), "زعمت قناة"),
        E("MOBILIZE", None, "asserted", "2024-12-28", "day", AXIS, None, [MUREIS], None, None, "", OWN, "بتعزيزات عسكرية إلى جبهتي"),
        E("MOBILIZE", None, "asserted", "2024-12-28", "day", AXIS, None, [QAATABA], None, None, "", OWN, "بتعزيزات عسكرية إلى جبهتي"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-12-28", "day",
          A("مئات من أبناء القبائل", "Tribal protesters (al-Mahra)", "YEM", "protesters"), None, [GHAYDAH], None, None, "",
          OWN, "يواصل مئات من أبناء القبائل"),
        E("CONSULT", None, "asserted", "2024-12-27", "day",
          A("وفد من مشايخ قبائل المهرة", "Al-Mahra tribal sheikhs", "YEM", "other"),
          A("محافظ المحافظة", "Governor of al-Mahra", "YEM", "government"), [GHAYDAH], None, None, "",
          S("أحد أعضاء الوفد", "anonymous", "Member of the tribal mediation delegation"), "مسعى للوساطة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2024-12-28", "day",
          A("المعتصمين", "Tribal protesters (al-Mahra)", "YEM", "protesters"), None, [SHAHAN], None, None, "",
          S("عضو في لجنة الاعتصام", "anonymous", "Sit-in committee member"), "قد ينقلون اعتصامهم"),
        E("COERCE", ["Strategic developments", "Disrupted weapons use"], "asserted", "2024-12-28", "day",
          A("مصلحة الجمارك", "Yemen Customs Authority", "YEM", "government"), None, [SHAHAN], None, None, "",
          S("مصلحة الجمارك", "official", "Yemen Customs Authority"), "ضبط شحنة"),
        E("ACCUSE", None, "asserted", "2024-12-28", "day",
          A("وزير الإعلام في الحكومة المعترف بها دولياً", "Yemeni Minister of Information", "YEM", "government"),
          A("إيران", "Government of Iran", "IRN", "government"), [], None, None, "",
          S("وزير الإعلام", "official", "Yemeni Minister of Information"), "إيران بـ«مواصلة"),
    ],
    notes=("Published Sat 2024-12-28, date line year first with «م». P1 Houthi shelling of Mureis «مساء أمس الجمعة» -> 2024-12-27, 2 killed (dual) "
           "/ 4 injured (Eastern digit). P2 Houthi explosive drone on a Southern Armed Forces post in Qaataba «فجر اليوم السبت», 2 injured (dual). "
           "P3 Al-Masirah claims the Houthis downed a coalition drone over Qaataba, marked unconfirmed -> claimed ASSAULT with Strategic developments / "
           "Disrupted weapons use (as dev-013 codes a shoot-down). P4 one sentence, two places: reinforcements to Mureis and Qaataba -> two MOBILIZE. "
           "P5 ongoing sit-in in al-Ghaydah «اليوم» -> peaceful protest. P6 sheikhs' mediation meeting with the governor «مساء أمس» -> CONSULT. "
           "P7 «قد ينقلون اعتصامهم ... إذا» -> hypothetical PROTEST at the Shahan crossing, dated by the report. P8 customs seizure of radios and drone parts "
           "at Shahan «في بيان اليوم» -> COERCE / Disrupted weapons use (the 1,300 radios are not casualties). P9 the information minister's accusation of Iran, "
           "chain via Saba -> official. P10 background. Shahan crossing (17.80, 52.60) is approximate."),
)

# ---------------------------------------------------------------- 006  (published Sun 2024-05-26)  Syria, northern Aleppo
T006 = "قتلى باقتتال فصائلي في الباب واتفاق برعاية «لجنة صلح» وحملة اعتقالات في عفرين"
MURAD = A("فرقة السلطان مراد", "Sultan Murad Division (SNA)", "SYR", "armed_group")
HAMZA = A("فرقة الحمزة", "Hamza Division (SNA)", "SYR", "armed_group")
ALBAB = L("الباب", "al-Bab", "SY", "Aleppo", "city", 36.37, 37.52)
AZAZ = L("أعزاز", "Azaz", "SY", "Aleppo", "city", 36.59, 37.05)
AFRIN = L("عفرين", "Afrin", "SY", "Aleppo", "city", 36.51, 36.87)
JINDERES = L("جنديرس", "Jinderes", "SY", "Aleppo", "city", 36.39, 36.69)
SHEH = L("شيه", "Sheikh al-Hadid (Shiye)", "SY", "Aleppo", "city", 36.50, 36.60)
MILPOL = A("الشرطة العسكرية", "Military Police (Syrian National Army)", "SYR", "police")
A006 = dict(
    id="006_news_item", format="text", published="2024-05-26", title=T006,
    head=[T006, "الساعة الثامنة والنصف مساءً، الأحد 26 أيار 2024", "ريف حلب الشمالي - شبكة الشهباء",
          "عناصر من فصائل المعارضة عند أحد الحواجز في ريف حلب الشمالي (أرشيف)",
          "للمشاركة: فيسبوك | إكس | تلغرام | واتساب"],
    foot=["اقرأ أيضاً: ارتفاع أسعار الخبز في أعزاز بعد رفع سعر الطحين",
          "الوسوم: الباب، عفرين، أعزاز، الجيش الوطني",
          "تابعوا شبكة الشهباء على إنستغرام ويوتيوب",
          "جميع الحقوق محفوظة © شبكة الشهباء الإخبارية 2024"],
    paras=[
        "قُتل ثلاثة عناصر وأصيب خمسة آخرون، ليل السبت، في اقتتال اندلع بين «فرقة السلطان مراد» و«فرقة الحمزة» المنضويتين في «الجيش الوطني السوري» المدعوم من تركيا، داخل أحياء مدينة الباب شرقي حلب، على خلفية خلاف على تقاسم عائدات معبر الحمران، بحسب ما أفاد به المرصد السوري لحقوق الإنسان.",
        "وفي أعزاز، خطف مسلحون مجهولون، مساء أمس، تاجر مواشٍ من أبناء المدينة أثناء عودته من سوق مارع واقتادوه إلى جهة مجهولة، وفق ما رواه أحد أقاربه لمراسلنا.",
        "ونفى المكتب الإعلامي لـ«فرقة الحمزة»، في بيان اليوم، ما تداولته صفحات محلية عن تورّط عناصر من الفرقة في خطف التاجر في أعزاز، مؤكداً أنه «لا علاقة للفرقة بالحادثة من قريب أو بعيد».",
        "وشنّت «الشرطة العسكرية»، فجر اليوم، حملة مداهمات اعتقلت خلالها ١٤ شخصاً في مدينة عفرين و٦ آخرين في بلدة جنديرس، بتهم «التعامل مع الإدارة الذاتية» وحيازة أسلحة غير مرخّصة، بحسب بيان للشرطة.",
        "وتظاهر عشرات من أهالي ناحية شيه، ظهر اليوم، أمام مبنى المجلس المحلي في عفرين، مطالبين بإعادة منازل وأراضٍ زراعية استولى عليها عناصر من «فرقة السلطان سليمان شاه» في الناحية الأسبوع الماضي.",
        "وتوصّلت «لجنة الصلح» التي شكّلها «الفيلق الثالث» للوساطة بين «فرقة السلطان مراد» و«فرقة الحمزة»، فجر اليوم، إلى اتفاق يقضي بوقف فوري لإطلاق النار وسحب المظاهر المسلحة من أحياء الباب وتسليم المتورطين في الاقتتال إلى القضاء العسكري، حسب ما أكده مصدر في اللجنة.",
        "وتنفيذاً للاتفاق، انسحبت مجموعات «فرقة الحمزة» ظهر اليوم من حاجزين كانت قد أقامتهما وسط الباب، فيما سلّمت «فرقة السلطان مراد» ثلاثة من عناصرها المتهمين بإطلاق النار إلى «الشرطة العسكرية»، وفق ما أفاد به مراسلنا.",
        "ويسيطر «الجيش الوطني السوري» على مناطق واسعة من ريف حلب الشمالي منذ العمليتين العسكريتين التركيتين «درع الفرات» عام 2016 و«غصن الزيتون» عام 2018، وتشهد المنطقة اقتتالاً متكرراً بين فصائله على النفوذ والمعابر.",
        "ووثّق المرصد منذ مطلع العام الجاري مقتل 41 شخصاً، بينهم 9 مدنيين، في حوادث اقتتال بين فصائل «الجيش الوطني» في ريف حلب الشمالي.",
    ],
    entities=[
        ("فرقة السلطان مراد", "ORG", "Sultan Murad Division (SNA)"),
        ("فرقة الحمزة", "ORG", "Hamza Division (SNA)"),
        ("الجيش الوطني السوري", "ORG", "Syrian National Army"),
        ("تركيا", "GPE", "Turkey"),
        ("الباب", "GPE", "al-Bab"),
        ("حلب", "GPE", "Aleppo"),
        ("معبر الحمران", "FAC", "al-Hamran crossing"),
        ("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights"),
        ("أعزاز", "GPE", "Azaz"),
        ("مارع", "GPE", "Marea"),
        ("الشرطة العسكرية", "ORG", "Military Police (Syrian National Army)"),
        ("عفرين", "GPE", "Afrin"),
        ("جنديرس", "GPE", "Jinderes"),
        ("الإدارة الذاتية", "ORG", "Autonomous Administration of North and East Syria"),
        ("المجلس المحلي في عفرين", "ORG", "Afrin Local Council"),
        ("شيه", "GPE", "Sheikh al-Hadid (Shiye)"),
        ("فرقة السلطان سليمان شاه", "ORG", "Sultan Suleiman Shah Division (SNA)"),
        ("الفيلق الثالث", "ORG", "Third Legion (SNA)"),
        ("ريف حلب الشمالي", "LOC", "Northern Aleppo countryside"),
        ("المرصد", "ORG", "Syrian Observatory for Human Rights"),
        ("الجيش الوطني", "ORG", "Syrian National Army"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-05-25", "day",
          MURAD, HAMZA, [ALBAB], 3, 5, "قُتل ثلاثة عناصر وأصيب خمسة آخرون",
          S("المرصد السوري لحقوق الإنسان", "ngo", "Syrian Observatory for Human Rights"), "قُتل ثلاثة عناصر"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2024-05-25", "day",
          A("مسلحون مجهولون", "Unidentified gunmen", None, "armed_group"),
          A("تاجر مواشٍ من أبناء المدينة", "Civilians (Azaz)", "SYR", "civilians"), [AZAZ], None, None, "",
          S("أحد أقاربه", "witness", "Relative of the abducted trader"), "خطف مسلحون مجهولون"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "denied", "2024-05-25", "day",
          HAMZA, A("التاجر", "Civilians (Azaz)", "SYR", "civilians"), [AZAZ], None, None, "",
          S("المكتب الإعلامي لـ«فرقة الحمزة»", "official", "Hamza Division media office"), "ونفى المكتب الإعلامي"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-05-26", "day",
          MILPOL, A("١٤ شخصاً", "Civilians (Afrin)", "SYR", "civilians"), [AFRIN], None, None, "",
          S("بيان للشرطة", "official", "Military Police (Syrian National Army)"), "حملة مداهمات"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-05-26", "day",
          MILPOL, A("٦ آخرين", "Civilians (Jinderes)", "SYR", "civilians"), [JINDERES], None, None, "",
          S("بيان للشرطة", "official", "Military Police (Syrian National Army)"), "حملة مداهمات"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-05-26", "day",
          A("عشرات من أهالي ناحية شيه", "Residents of Sheikh al-Hadid (Afrin)", "SYR", "protesters"), None, [AFRIN],
          None, None, "", OWN, "وتظاهر عشرات"),
        E("COERCE", ["Strategic developments", "Looting/property destruction"], "asserted", "2024-05-15", "week",
          A("فرقة السلطان سليمان شاه", "Sultan Suleiman Shah Division (SNA)", "SYR", "armed_group"),
          A("أهالي ناحية شيه", "Residents of Sheikh al-Hadid (Afrin)", "SYR", "civilians"), [SHEH], None, None, "",
          OWN, "وتظاهر عشرات"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2024-05-26", "day",
          MURAD, HAMZA, [ALBAB], None, None, "", S("مصدر في اللجنة", "anonymous", "Member of the reconciliation committee"),
          "إلى اتفاق يقضي"),
        E("RETREAT", None, "asserted", "2024-05-26", "day",
          A("مجموعات «فرقة الحمزة»", "Hamza Division (SNA)", "SYR", "armed_group"), None, [ALBAB], None, None, "", OWN,
          "انسحبت مجموعات"),
        E("COOPERATE", None, "asserted", "2024-05-26", "day",
          MURAD, MILPOL, [ALBAB], None, None, "", OWN, "انسحبت مجموعات"),
    ],
    notes=("Published Sun 2024-05-26 (before the SNA's 2025 absorption into the new army); date line with the clock in words first. "
           "P1 clash between two SNA factions in al-Bab «ليل السبت» -> 2024-05-25, 3 killed / 5 injured in number words, SOHR -> ngo. "
           "P2 kidnapping of a livestock trader in Azaz «مساء أمس»; the relative who told our correspondent is a witness. "
           "P3 the Hamza Division denies involvement -> denied ASSAULT / Abduction dated by the alleged act (2024-05-25), placed at Azaz. "
           "P4 one sentence, two places: Military Police arrests in Afrin (١٤) and Jinderes (٦) «فجر اليوم» -> two COERCE / Arrests. "
           "P5 two events: the protest in Afrin «ظهر اليوم» and the seizure of houses and land in the Shiye subdistrict «الأسبوع الماضي» -> "
           "COERCE / Looting/property destruction, week precision, Wed 2024-05-15. P6 the Third Legion's committee brokers an agreement «فجر اليوم» in al-Bab. "
           "P7 one sentence, two kinds: Hamza groups withdraw from two checkpoints (RETREAT) and Sultan Murad hands three men to the Military Police "
           "(COOPERATE), both in al-Bab, «وفق ما أفاد به مراسلنا» -> outlet_own. P8-P9 background and the SOHR year-to-date toll (aggregate), not events. "
           "The operation names «درع الفرات» / «غصن الزيتون» are not entities (no type fits). Shiye (36.50, 36.60) is approximate."),
)

# ---------------------------------------------------------------- 007  (published Fri 2025-12-05)  Morocco, al-Hoceima and the Rif
T007 = "احتجاجات في الحسيمة وإمزورن بسبب المستشفى الإقليمي وأوضاع البحارة"
HOCEIMA = L("الحسيمة", "Al Hoceima", "MA", "Tanger-Tetouan-Al Hoceima", "city", 35.25, -3.93)
IMZOUREN = L("إمزورن", "Imzouren", "MA", "Tanger-Tetouan-Al Hoceima", "city", 35.15, -3.85)
BENIBOUAYACH = L("بني بوعياش", "Beni Bouayach", "MA", "Tanger-Tetouan-Al Hoceima", "city", 35.10, -3.84)
PORT = L("ميناء الحسيمة", "Port of Al Hoceima", "MA", "Tanger-Tetouan-Al Hoceima", "facility", 35.24, -3.92)
COURT = L("المحكمة الابتدائية بالحسيمة", "Al Hoceima Court of First Instance", "MA", "Tanger-Tetouan-Al Hoceima", "facility", 35.25, -3.94)
PJ = A("عناصر الشرطة القضائية", "Moroccan judicial police", "MAR", "police")
A007 = dict(
    id="007_news_item", format="html", published="2025-12-05", title=T007,
    html=dict(site="منبر الريف", nav=["الرئيسية", "جهات", "سياسة", "مجتمع", "رياضة", "رأي"],
              kicker="الحسيمة", byline="الحسيمة - مكتب الريف",
              datetime="2025-12-05T20:30", time="20h30 - الجمعة 05 دجنبر 2025",
              img="/uploads/2025/12/hoceima-hopital.jpg",
              caption="جانب من وقفة احتجاجية سابقة أمام المستشفى الإقليمي بالحسيمة (أرشيف)",
              share=["شارك:", "فيسبوك", "واتساب", "إكس"],
              tags=["الوسوم:", "الحسيمة", "الريف", "الصحة", "البحارة"],
              related=["الأكثر قراءة", "التساقطات المطرية تنعش آمال فلاحي الإقليم",
                       "تعثر أشغال الطريق الساحلي بين الحسيمة والجبهة"],
              footer=["من نحن", "هيئة التحرير", "سياسة الخصوصية", "تابعوا منبر الريف على فيسبوك وإنستغرام",
                      "© 2025 منبر الريف. جميع الحقوق محفوظة"]),
    paras=[
        "نظّم مئات من ساكنة مدينة الحسيمة، مساء أمس الخميس، وقفة احتجاجية أمام المستشفى الإقليمي تنديداً بـ«تردّي الخدمات الصحية» والخصاص الحاد في الأطر الطبية، رافعين شعارات تطالب بإحداث مستشفى جامعي بالإقليم، قبل أن ينسحبوا في هدوء.",
        "وفي مدينة إمزورن، رشق عشرات الشبان، ليل الخميس، عناصر القوات العمومية بالحجارة وأضرموا النار في حاويات للنفايات بعد منعهم من تنظيم مسيرة ليلية، ما أسفر عن إصابة أربعة عناصر من الأمن بجروح متفاوتة، حسب بلاغ للسلطات المحلية بإقليم الحسيمة.",
        "وأوقفت عناصر الشرطة القضائية، فجر اليوم الجمعة، خمسة شبان يُشتبه في تورّطهم في أعمال الشغب، ثلاثة منهم بإمزورن واثنان ببني بوعياش، حسب ما أفادت به الجمعية المغربية لحقوق الإنسان.",
        "وفي ميناء الحسيمة، منعت القوات العمومية صباح اليوم عشرات البحارة من تنظيم مسيرة نحو مقر مندوبية الصيد البحري احتجاجاً على الخسائر التي تلحقها الدلافين السوداء بشباكهم وتأخر صرف التعويضات، ما أدى إلى إصابة بحّار بجروح طفيفة، وفق ما رواه بحارة كانوا في عين المكان.",
        "وكانت المحكمة الابتدائية بالحسيمة قد أصدرت، مساء الأربعاء، أحكاماً بالحبس النافذ تراوحت بين أربعة وعشرة أشهر في حق ستة شبان من بني بوعياش توبعوا بتهم «العصيان» و«إهانة موظفين عموميين» على خلفية احتجاجات شهر أكتوبر الماضي.",
        "وحمّلت الجمعية المغربية لحقوق الإنسان، في بيان اليوم، السلطات الإقليمية مسؤولية «الاحتقان» الذي تعيشه المنطقة، منددةً بما وصفته بـ«المقاربة الأمنية» في التعامل مع مطالب اجتماعية مشروعة.",
        "وأفادت وكالة المغرب العربي للأنباء بأن وزير الصحة والحماية الاجتماعية سيحلّ بالحسيمة يوم الاثنين المقبل، في زيارة يلتقي خلالها المنتخبين وممثلي المجتمع المدني لبحث وضعية القطاع الصحي بالإقليم.",
        "وأعلنت وزارة الصحة والحماية الاجتماعية، في بلاغ اليوم، تخصيص غلاف مالي قدره 180 مليون درهم لتأهيل المستشفى الإقليمي وتزويده بجهاز للفحص بالرنين المغناطيسي، مع تعيين 14 طبيباً مختصاً بالإقليم قبل نهاية يناير المقبل.",
        "وطالبت جمعيات مهنيي الصيد الساحلي بالحسيمة، في رسالة وجّهتها أمس إلى وزارة الفلاحة والصيد البحري والتنمية القروية والمياه والغابات، بإعلان سواحل الإقليم «منطقة متضررة» وتعويض البحارة عن أضرار الدلافين.",
        "ويعيش إقليم الحسيمة على وقع احتجاجات متفرقة منذ «حراك الريف» الذي اندلع في أكتوبر 2016 إثر وفاة بائع سمك داخل شاحنة لجمع النفايات، وأُدين على خلفيته عشرات النشطاء بأحكام وصلت إلى 20 سنة سجناً.",
    ],
    entities=[
        ("الحسيمة", "GPE", "Al Hoceima"),
        ("إمزورن", "GPE", "Imzouren"),
        ("إقليم الحسيمة", "GPE", "Al Hoceima Province"),
        ("الشرطة القضائية", "ORG", "Moroccan Judicial Police"),
        ("بني بوعياش", "GPE", "Beni Bouayach"),
        ("الجمعية المغربية لحقوق الإنسان", "ORG", "Moroccan Association for Human Rights (AMDH)"),
        ("ميناء الحسيمة", "FAC", "Port of Al Hoceima"),
        ("المحكمة الابتدائية بالحسيمة", "FAC", "Al Hoceima Court of First Instance"),
        ("وكالة المغرب العربي للأنباء", "ORG", "Maghreb Arabe Presse (MAP)"),
        ("وزارة الصحة والحماية الاجتماعية", "ORG", "Moroccan Ministry of Health and Social Protection"),
        ("وزارة الفلاحة والصيد البحري والتنمية القروية والمياه والغابات", "ORG",
         "Moroccan Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests"),
        ("حراك الريف", "ORG", "Hirak Rif movement"),
    ],
    events=[
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-12-04", "day",
          A("مئات من ساكنة مدينة الحسيمة", "Protesters (Al Hoceima)", "MAR", "protesters"), None, [HOCEIMA], None, None, "",
          OWN, "نظّم مئات من ساكنة"),
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2025-12-04", "day",
          A("عشرات الشبان", "Rioters (Imzouren)", "MAR", "protesters"),
          A("عناصر القوات العمومية", "Moroccan public forces", "MAR", "police"), [IMZOUREN], None, 4,
          "إصابة أربعة عناصر من الأمن بجروح متفاوتة",
          S("بلاغ للسلطات المحلية بإقليم الحسيمة", "official", "Al Hoceima provincial authorities"), "رشق عشرات الشبان"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-12-05", "day",
          PJ, A("خمسة شبان", "Suspected rioters (Al Hoceima province)", "MAR", "protesters"), [IMZOUREN], None, None, "",
          S("الجمعية المغربية لحقوق الإنسان", "ngo", "Moroccan Association for Human Rights (AMDH)"), "وأوقفت عناصر الشرطة"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-12-05", "day",
          PJ, A("خمسة شبان", "Suspected rioters (Al Hoceima province)", "MAR", "protesters"), [BENIBOUAYACH], None, None, "",
          S("الجمعية المغربية لحقوق الإنسان", "ngo", "Moroccan Association for Human Rights (AMDH)"), "وأوقفت عناصر الشرطة"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2025-12-05", "day",
          A("عشرات البحارة", "Fishermen (Al Hoceima)", "MAR", "protesters"),
          A("القوات العمومية", "Moroccan public forces", "MAR", "police"), [PORT], None, 1,
          "إصابة بحّار بجروح طفيفة", S("بحارة كانوا في عين المكان", "witness", "Fishermen at the scene"), "عشرات البحارة"),
        E("COERCE", None, "asserted", "2025-12-03", "day",
          A("المحكمة الابتدائية بالحسيمة", "Al Hoceima Court of First Instance", "MAR", "government"),
          A("ستة شبان من بني بوعياش", "Protesters (Beni Bouayach)", "MAR", "protesters"), [COURT], None, None, "",
          OWN, "أحكاماً بالحبس النافذ"),
        E("ACCUSE", None, "asserted", "2025-12-05", "day",
          A("الجمعية المغربية لحقوق الإنسان", "Moroccan Association for Human Rights (AMDH)", "MAR", "other"),
          A("السلطات الإقليمية", "Al Hoceima provincial authorities", "MAR", "government"), [], None, None, "",
          S("الجمعية المغربية لحقوق الإنسان", "ngo", "Moroccan Association for Human Rights (AMDH)"), "مسؤولية «الاحتقان»"),
        E("CONSULT", None, "planned", "2025-12-08", "day",
          A("وزير الصحة والحماية الاجتماعية", "Moroccan Minister of Health and Social Protection", "MAR", "government"),
          A("المنتخبين وممثلي المجتمع المدني", "Al Hoceima elected officials and civil society", "MAR", "other"), [HOCEIMA],
          None, None, "", S("وكالة المغرب العربي للأنباء", "wire", "Maghreb Arabe Presse (MAP)"), "يوم الاثنين المقبل"),
        E("CONCEDE", None, "asserted", "2025-12-05", "day",
          A("وزارة الصحة والحماية الاجتماعية", "Moroccan Ministry of Health and Social Protection", "MAR", "government"), None, [],
          None, None, "", S("وزارة الصحة والحماية الاجتماعية", "official", "Moroccan Ministry of Health and Social Protection"),
          "غلاف مالي"),
        E("REQUEST", None, "asserted", "2025-12-04", "day",
          A("جمعيات مهنيي الصيد الساحلي بالحسيمة", "Al Hoceima coastal fishing associations", "MAR", "other"),
          A("وزارة الفلاحة والصيد البحري والتنمية القروية والمياه والغابات",
            "Moroccan Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests", "MAR", "government"),
          [], None, None, "", S("جمعيات مهنيي الصيد الساحلي بالحسيمة", "official", "Al Hoceima coastal fishing associations"),
          "منطقة متضررة"),
    ],
    notes=("Published Fri 2025-12-05; HTML <time> «20h30 - الجمعة 05 دجنبر 2025» (Moroccan month name, h-clock first). "
           "P1 peaceful sit-in at the provincial hospital «مساء أمس الخميس» -> 2025-12-04 (the hospital is unnamed on purpose, so not an entity). "
           "P2 stone-throwing and burning bins in Imzouren «ليل الخميس» -> Riots / Violent demonstration, 4 security men injured (number word), "
           "source the local authorities' statement. P3 one sentence, two places: 5 arrests, 3 in Imzouren and 2 in Beni Bouayach «فجر اليوم الجمعة», "
           "reported by AMDH (ngo). P4 fishermen's march blocked at the port, one fisherman injured (singular) -> Protest with intervention, witnesses. "
           "P5 court sentences «مساء الأربعاء» -> 2025-12-03, COERCE with ACLED null, placed at the court. P6 AMDH accusation. "
           "P7 MAP reports the minister's visit «يوم الاثنين المقبل» -> planned CONSULT 2025-12-08, wire. P8 the ministry's 180m-dirham pledge -> CONCEDE, "
           "no place (statement). P9 fishing associations' letter «أمس» -> REQUEST 2025-12-04. P10 background (Hirak, 2016), not events."),
)

# ---------------------------------------------------------------- 008  (published Sun 2025-02-16)  Libya, Kufra and Derna
T008 = "قتلى باشتباك مع مسلحين تشاديين جنوب الكفرة ووقفة في درنة للمطالبة بالتعويضات"
KUFRA = L("الكفرة", "Kufra", "LY", "Kufra", "city", 24.18, 23.29)
DERNA = L("درنة", "Derna", "LY", "Derna", "city", 32.77, 22.64)
A008 = dict(
    id="008_news_item", format="text", published="2025-02-16", title=T008,
    head=[T008, "2025.02.16 — 18:45", "بنغازي - الكفرة: قسم الأخبار المحلية",
          "لاجئون سودانيون في أحد مراكز الإيواء بمدينة الكفرة (أرشيف)",
          "شارك هذا المقال: فيسبوك ـ إكس ـ واتساب"],
    foot=["اقرأ أيضاً: نقص الوقود في محطات الجنوب يرفع أسعار النقل",
          "الوسوم: الكفرة، درنة، اللاجئون السودانيون، الحدود الجنوبية",
          "حمّل تطبيق «ليبيا الجنوب نيوز» لمتابعة الأخبار العاجلة",
          "© ليبيا الجنوب نيوز 2025. جميع الحقوق محفوظة"],
    paras=[
        "قُتل 3 من عناصر «كتيبة سبل السلام» وأصيب اثنان آخران، فجر اليوم الأحد، في اشتباك مع مسلحين تشاديين كانوا يستقلّون سيارات رباعية الدفع على بعد نحو 90 كيلومتراً جنوب مدينة الكفرة، بحسب بيان للكتيبة.",
        "وكانت دورية تابعة للكتيبة قد أوقفت، مساء أمس، سائقَين سودانيَّين كانا يقودان شاحنة تقلّ 63 مهاجراً غير نظامي عند البوابة الجنوبية لمدينة الكفرة، وأحالتهما إلى جهاز مكافحة الهجرة غير الشرعية، وفق البيان ذاته.",
        "ووصلت إلى الكفرة، أمس، قافلة من 12 شاحنة محمّلة بالمواد الغذائية والأدوية والأغطية أرسلها الهلال الأحمر الليبي لإغاثة اللاجئين الفارّين من الحرب في السودان والمقيمين في مراكز الإيواء بالمدينة، وفق ما أعلنته الجمعية.",
        "وفي درنة، نظّم العشرات من متضرري فيضان سبتمبر 2023 وقفة احتجاجية ظهر اليوم أمام مقر صندوق التنمية وإعادة إعمار ليبيا في المدينة، مطالبين بصرف التعويضات المتأخرة وتسريع تسليم الوحدات السكنية، قبل أن تفرّقها قوات الأمن، بحسب ما أفاد به مراسلنا.",
        "ونفت مديرية أمن درنة، في بيان اليوم، ما تداوله ناشطون على مواقع التواصل عن إطلاق عناصرها الرصاص الحي على المحتجين، مؤكدة أن تفريق الوقفة تمّ «دون استخدام أي نوع من السلاح».",
        "وتوعّدت القيادة العامة للقوات المسلحة العربية الليبية، في بيان اليوم، بـ«ملاحقة العصابات التشادية المسلحة وتجار البشر» في الصحراء الجنوبية، مؤكدةً أنها لن تسمح بتحويل الحدود إلى «ممر للفوضى».",
        "ووصلت إلى الكفرة، صباح اليوم، تعزيزات عسكرية من «اللواء 128 معزز» التابع للقيادة العامة تضم عشرات الآليات المسلحة، للمشاركة في تأمين الشريط الحدودي، وفق ما أفادت به قناة «ليبيا الحدث».",
        "ومن المقرر أن يزور وفد من الحكومة المكلفة من مجلس النواب الكفرة يوم الثلاثاء المقبل لتفقّد أوضاع اللاجئين ولقاء أعيان المدينة، بحسب ما أعلنه عميد بلدية الكفرة.",
        "وحذّر عميد البلدية من أن المجلس البلدي قد يطلب من الحكومة نقل اللاجئين إلى مخيم خارج المدينة «إذا استمر تدفّقهم بالوتيرة الحالية»، مشيراً إلى أن عددهم تجاوز عدد سكان الكفرة الأصليين.",
        "وتقدّر المفوضية السامية للأمم المتحدة لشؤون اللاجئين عدد السودانيين الذين دخلوا ليبيا منذ اندلاع الحرب في بلادهم في أبريل 2023 بأكثر من 210 آلاف لاجئ، يقيم معظمهم في الكفرة.",
    ],
    entities=[
        ("كتيبة سبل السلام", "ORG", "Subul al-Salam Battalion (LNA)"),
        ("الكفرة", "GPE", "Kufra"),
        ("جهاز مكافحة الهجرة غير الشرعية", "ORG", "Anti-Illegal Immigration Agency (Libya)"),
        ("الهلال الأحمر الليبي", "ORG", "Libyan Red Crescent"),
        ("درنة", "GPE", "Derna"),
        ("صندوق التنمية وإعادة إعمار ليبيا", "ORG", "Development and Reconstruction Fund of Libya"),
        ("مديرية أمن درنة", "ORG", "Derna Security Directorate"),
        ("القيادة العامة للقوات المسلحة العربية الليبية", "ORG", "General Command of the Libyan Arab Armed Forces (LNA)"),
        ("اللواء 128 معزز", "ORG", "128th Reinforced Brigade (LNA)"),
        ("ليبيا الحدث", "ORG", "Libya Al-Hadath TV"),
        ("مجلس النواب", "ORG", "House of Representatives (Libya)"),
        ("بلدية الكفرة", "ORG", "Kufra Municipality"),
        ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG", "UNHCR"),
        ("السودان", "GPE", "Sudan"),
        ("السودانيين", "NORP", "Sudanese"),
        ("ليبيا", "GPE", "Libya"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-02-16", "day",
          A("مسلحين تشاديين", "Chadian armed group", "TCD", "armed_group"),
          A("كتيبة سبل السلام", "Subul al-Salam Battalion (LNA)", "LBY", "military"), [KUFRA], 3, 2,
          "قُتل 3 من عناصر «كتيبة سبل السلام» وأصيب اثنان آخران", S("بيان للكتيبة", "official", "Subul al-Salam Battalion (LNA)"),
          "قُتل 3 من عناصر"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-02-15", "day",
          A("دورية تابعة للكتيبة", "Subul al-Salam Battalion (LNA)", "LBY", "military"),
          A("سائقَين سودانيَّين", "Migrant smugglers (Sudanese)", "SDN", "other"), [KUFRA], None, None, "",
          S("البيان ذاته", "official", "Subul al-Salam Battalion (LNA)"), "سائقَين سودانيَّين"),
        E("AID", None, "asserted", "2025-02-15", "day",
          A("الهلال الأحمر الليبي", "Libyan Red Crescent", "LBY", "other"),
          A("اللاجئين الفارّين من الحرب في السودان", "Sudanese refugees (Kufra)", "SDN", "civilians"), [KUFRA], None, None, "",
          S("الجمعية", "ngo", "Libyan Red Crescent"), "قافلة من 12 شاحنة"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2025-02-16", "day",
          A("العشرات من متضرري فيضان سبتمبر 2023", "Flood victims (Derna)", "LBY", "protesters"),
          A("قوات الأمن", "Derna Security Directorate", "LBY", "police"), [DERNA], None, None, "", OWN, "متضرري فيضان"),
        E("ASSAULT", ["Protests", "Excessive force against protesters"], "denied", "2025-02-16", "day",
          A("عناصرها", "Derna Security Directorate", "LBY", "police"), A("المحتجين", "Flood victims (Derna)", "LBY", "protesters"),
          [DERNA], None, None, "", S("مديرية أمن درنة", "official", "Derna Security Directorate"), "ونفت مديرية أمن درنة"),
        E("THREATEN", None, "asserted", "2025-02-16", "day",
          A("القيادة العامة للقوات المسلحة العربية الليبية", "General Command of the Libyan Arab Armed Forces (LNA)", "LBY", "military"),
          A("العصابات التشادية المسلحة", "Chadian armed groups", "TCD", "armed_group"), [], None, None, "",
          S("القيادة العامة للقوات المسلحة العربية الليبية", "official", "General Command of the Libyan Arab Armed Forces (LNA)"),
          "وتوعّدت القيادة"),
        E("MOBILIZE", None, "asserted", "2025-02-16", "day",
          A("اللواء 128 معزز", "128th Reinforced Brigade (LNA)", "LBY", "military"), None, [KUFRA], None, None, "",
          S("قناة «ليبيا الحدث»", "media", "Libya Al-Hadath TV"), "تعزيزات عسكرية من"),
        E("CONSULT", None, "planned", "2025-02-18", "day",
          A("وفد من الحكومة المكلفة من مجلس النواب", "Government of National Stability (east Libya)", "LBY", "government"),
          A("أعيان المدينة", "Kufra notables", "LBY", "other"), [KUFRA], None, None, "",
          S("عميد بلدية الكفرة", "official", "Mayor of Kufra"), "يوم الثلاثاء المقبل"),
        E("REQUEST", None, "hypothetical", "2025-02-16", "day",
          A("المجلس البلدي", "Kufra Municipal Council", "LBY", "government"),
          A("الحكومة", "Government of National Stability (east Libya)", "LBY", "government"), [], None, None, "",
          S("عميد البلدية", "official", "Mayor of Kufra"), "قد يطلب من الحكومة"),
    ],
    notes=("Published Sun 2025-02-16; date line «2025.02.16 — 18:45» (dotted, year first). P1 clash with Chadian gunmen about 90 km south of Kufra "
           "«فجر اليوم الأحد»: 3 killed (digit) / 2 injured (number word); placed at Kufra, the nearest named place, as ACLED does. "
           "P2 arrest of two Sudanese drivers «مساء أمس» (63 migrants are not casualties). P3 Libyan Red Crescent convoy reached Kufra «أمس» -> AID, "
           "ngo source (as dev-027). P4 Derna flood victims' sit-in dispersed by security forces -> Protest with intervention, outlet_own. "
           "P5 the Derna security directorate denies live fire -> denied ASSAULT with Protests / Excessive force against protesters, dated today. "
           "P6 LNA General Command threat -> THREATEN, no place. P7 reinforcements reach Kufra, reported by Libya Al-Hadath speaking for itself -> media. "
           "P8 planned visit «يوم الثلاثاء المقبل» -> 2025-02-18. P9 «قد يطلب ... إذا» -> hypothetical REQUEST, dated by the report. "
           "P10 UNHCR's cumulative refugee figure is background."),
)
