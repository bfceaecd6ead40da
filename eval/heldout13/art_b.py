"""heldout13 article specs 005-008 (invented events; real places, institutions and public figures)."""
from build_lib import A, L, S, E, OWN

# ---------------------------------------------------------------- 005
_HAMRA = L("حمرة دوم", "Hamra Dom", "EG", "Qena", "city", 26.07, 32.32)
_FAMILIES = A("عائلتين", "Feuding family militias (Hamra Dom)", "EGY", "armed_group")
A005 = dict(
    id="005_news_item", format="text", published="2026-06-10",
    title="3 قتلى و5 مصابين في تجدد خصومة ثأرية بقرية حمرة دوم في نجع حمادي",
    head=[
        "3 قتلى و5 مصابين في تجدد خصومة ثأرية بقرية حمرة دوم في نجع حمادي",
        "كتب: محرر الحوادث",
        "الأربعاء، 10 يونيو 2026 02:15 م",
        "مدخل قرية حمرة دوم بمركز نجع حمادي (أرشيف)",
        "مشاركة: فيسبوك تويتر واتساب",
    ],
    paras=[
        "لقي ثلاثة أشخاص مصرعهم وأصيب خمسة آخرون، مساء أمس الثلاثاء، في تبادل لإطلاق النار بين أفراد من عائلتين بقرية حمرة دوم التابعة لمركز نجع حمادي شمال محافظة قنا، على خلفية خصومة ثأرية قديمة، وفق ما أفاد به مصدر أمني.",
        "وأعلنت وزارة الداخلية، في بيان صباح اليوم الأربعاء، ضبط ٩ متهمين من طرفي الخصومة وبحوزتهم ٤ بنادق آلية وكمية من الذخيرة، في حملة مداهمات نفذتها قوات الأمن بالقرية فجر اليوم.",
        "ودفعت مديرية أمن قنا، منذ ليل أمس، بتعزيزات أمنية مكثفة إلى القرية، وفرضت كردوناً أمنياً حول منازل العائلتين لمنع تجدد الاشتباكات، بحسب ما رصده مراسل «صوت قنا».",
        "وأضرم مجهولون النار، فجر اليوم، في ثلاثة منازل ومحل تجاري تملكها إحدى العائلتين على أطراف القرية، ما أدى إلى احتراقها بالكامل، وفق ما أفاد به شهود عيان.",
        "وقالت وكالة أنباء الشرق الأوسط إن محافظ قنا قرر، اليوم، غلق الأسواق والمحال التجارية في القرية ووقف حركة المعديات النهرية بينها وبين مدينة نجع حمادي لمدة ثلاثة أيام، تحسباً لأي تصعيد.",
        "ومن المقرر أن تعقد لجنة المصالحات بالمحافظة جلسة صلح بين العائلتين بعد غد الجمعة في ساحة مسجد القرية، يقدّم خلالها أحد الطرفين «القودة» للطرف الآخر، بحضور قيادات أمنية وتنفيذية، بحسب مصدر في اللجنة.",
        "وطالب عضو مجلس النواب عن دائرة نجع حمادي، في طلب إحاطة قدّمه اليوم إلى رئيس المجلس، وزير الداخلية بشن حملة موسعة لجمع الأسلحة غير المرخصة من قرى شمال قنا، محذراً من «اتساع دائرة الثأر».",
        "وصرفت مديرية التضامن الاجتماعي بقنا، اليوم، إعانات عاجلة لأسر القتلى والمصابين في القرية، بواقع عشرة آلاف جنيه لكل أسرة.",
        "وتشهد قرى محافظات الصعيد، وفي مقدمتها قنا وسوهاج وأسيوط، خصومات ثأرية متوارثة تحصد سنوياً أرواح العشرات، رغم جهود لجان المصالحات في إنهائها.",
    ],
    foot=[
        "كلمات البحث: قنا - نجع حمادي - خصومة ثأرية",
        "اقرأ أيضاً: ضبط 3 أطنان دقيق مدعم قبل بيعها في السوق السوداء بقوص",
        "جميع الحقوق محفوظة لموقع صوت قنا 2026",
    ],
    entities=[
        ("حمرة دوم", "GPE", "Hamra Dom"),
        ("نجع حمادي", "GPE", "Nag Hammadi"),
        ("قنا", "GPE", "Qena"),
        ("وزارة الداخلية", "ORG", "Egyptian Ministry of Interior"),
        ("مديرية أمن قنا", "ORG", "Qena Security Directorate"),
        ("صوت قنا", "ORG", "Sawt Qena (outlet)"),
        ("وكالة أنباء الشرق الأوسط", "ORG", "Middle East News Agency (MENA)"),
        ("مجلس النواب", "ORG", "House of Representatives (Egypt)"),
        ("مديرية التضامن الاجتماعي بقنا", "ORG", "Qena Social Solidarity Directorate"),
        ("الصعيد", "LOC", "Upper Egypt"),
        ("سوهاج", "GPE", "Sohag"),
        ("أسيوط", "GPE", "Asyut"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-06-09", "day",
          _FAMILIES, _FAMILIES, [_HAMRA], 3, 5, "لقي ثلاثة أشخاص مصرعهم وأصيب خمسة آخرون",
          S("مصدر أمني", "anonymous", "Security source"), "لقي ثلاثة أشخاص مصرعهم"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-06-10", "day",
          A("قوات الأمن", "Egyptian police", "EGY", "police"),
          A("٩ متهمين من طرفي الخصومة", "Feuding family members (Hamra Dom)", "EGY", "other"),
          [_HAMRA], None, None, "", S("وزارة الداخلية", "official", "Egyptian Ministry of Interior"), "ضبط ٩ متهمين"),
        E("MOBILIZE", None, "asserted", "2026-06-09", "day",
          A("مديرية أمن قنا", "Qena Security Directorate", "EGY", "police"), None,
          [_HAMRA], None, None, "", OWN, "ودفعت مديرية أمن قنا"),
        E("COERCE", ["Strategic developments", "Looting/property destruction"], "asserted", "2026-06-10", "day",
          A("مجهولون", "Unidentified assailants", None, "other"),
          A("إحدى العائلتين", "Feuding family (Hamra Dom)", "EGY", "civilians"),
          [_HAMRA], None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "وأضرم مجهولون النار"),
        E("COERCE", None, "asserted", "2026-06-10", "day",
          A("محافظ قنا", "Governor of Qena", "EGY", "government"), None,
          [_HAMRA], None, None, "", S("وكالة أنباء الشرق الأوسط", "wire", "Middle East News Agency (MENA)"),
          "محافظ قنا قرر"),
        E("AGREE", ["Strategic developments", "Agreement"], "planned", "2026-06-12", "day",
          A("العائلتين", "Feuding family militias (Hamra Dom)", "EGY", "armed_group"),
          A("العائلتين", "Feuding family militias (Hamra Dom)", "EGY", "armed_group"),
          [_HAMRA], None, None, "", S("مصدر في اللجنة", "anonymous", "Reconciliation committee source"), "جلسة صلح"),
        E("REQUEST", None, "asserted", "2026-06-10", "day",
          A("عضو مجلس النواب عن دائرة نجع حمادي", "Member of Parliament for Nag Hammadi", "EGY", "political_party"),
          A("وزير الداخلية", "Egyptian Minister of Interior", "EGY", "government"),
          [], None, None, "", S("عضو مجلس النواب عن دائرة نجع حمادي", "official", "Member of Parliament for Nag Hammadi"),
          "وطالب عضو مجلس النواب"),
        E("AID", None, "asserted", "2026-06-10", "day",
          A("مديرية التضامن الاجتماعي بقنا", "Qena Social Solidarity Directorate", "EGY", "government"),
          A("أسر القتلى والمصابين", "Victims' families (Hamra Dom)", "EGY", "civilians"),
          [_HAMRA], None, None, "", OWN, "وصرفت مديرية التضامن"),
    ],
    notes=("Published Wed 2026-06-10. 'مساء أمس الثلاثاء', 'منذ ليل أمس' -> 06-09 (the gunfight; the reinforcements); "
           "'صباح اليوم الأربعاء', 'فجر اليوم', 'اليوم' -> 06-10; 'بعد غد الجمعة' -> 06-12 (planned reconciliation). The "
           "gunfight between two armed families is Battles/Armed clash between communal (family) militias; both sides are the "
           "unnamed 'عائلتين' (actor1 and actor2 the same span, role armed_group); 'ثلاثة ... خمسة' -> 3/5. The arrests are "
           "sourced to the Interior Ministry (official); 9 arrested and 4 rifles are head counts. The reinforcements and "
           "cordon are MOBILIZE; «مراسل «صوت قنا»» is the outlet's own reporter -> outlet_own. The arson of the family's houses "
           "is COERCE + Looting/property destruction (no one hurt), sourced to witnesses. The governor's closure of markets "
           "and ferries is COERCE with ACLED null; MENA speaking for itself is wire. The reconciliation ('القودة') is a planned "
           "AGREE + Agreement. The MP is unnamed on purpose (role political_party); his demand has no place and the 'محذراً' "
           "clause is participial. The solidarity grants are AID placed in the village. Hamra Dom coordinates are "
           "approximate. The last paragraph is background."),
)

# ---------------------------------------------------------------- 006
_MAQSOUD = L("الشيخ مقصود", "Sheikh Maqsoud", "SY", "Aleppo", "city", 36.23, 37.16)
_HALAK = L("الهلك", "al-Halak", "SY", "Aleppo", "city", 36.225, 37.175)
_ALEPPO = L("حلب", "Aleppo", "SY", "Aleppo", "city", 36.2, 37.16)
_SHIHAN = L("دوار الشيحان", "Shihan roundabout", "SY", "Aleppo", "facility", 36.235, 37.145)
_JABIRI = L("ساحة سعد الله الجابري", "Saadallah al-Jabiri Square", "SY", "Aleppo", "facility", 36.21, 37.153)
_GS = "Syrian General Security"
A006 = dict(
    id="006_news_item", format="text", published="2025-10-19",
    title="قتيل وجرحى في اشتباكات عند حاجز الشيحان واتفاق لوقف النار في الشيخ مقصود",
    head=[
        "قتيل وجرحى في اشتباكات عند حاجز الشيحان واتفاق لوقف النار في الشيخ مقصود",
        "19/10/2025",
        "آخر تحديث: 19/10/2025 - 16:20",
        "حلب - نبض حلب",
        "ساتر ترابي عند أحد مداخل حي الشيخ مقصود في حلب (أرشيف/ نبض حلب)",
        "طباعة | مشاركة | حفظ",
    ],
    paras=[
        "اندلعت اشتباكات عنيفة، ليل أمس السبت، بين عناصر من الأمن العام ومقاتلين من قوات «الأسايش» التابعة لقوات سوريا الديمقراطية (قسد)، عند حاجز دوار الشيحان على أطراف حي الشيخ مقصود شمالي مدينة حلب، ما أدى إلى مقتل عنصر من الأمن العام وإصابة ستة آخرين من الطرفين، بحسب المرصد السوري لحقوق الإنسان.",
        "وسقطت، فجر اليوم الأحد، قذائف هاون مصدرها مناطق سيطرة «قسد» على حي الهلك المجاور، ما أسفر عن إصابة طفلين بجروح، وفق ما أعلنته مديرية صحة حلب.",
        "ونفت وزارة الدفاع السورية، في بيان صباح اليوم، ما نشرته صفحات مقربة من «قسد» عن قصف طائرات مسيّرة تابعة للجيش مواقع داخل حي الشيخ مقصود ليل أمس، مؤكدة أن وحداتها «لم تنفذ أي عملية عسكرية داخل الأحياء السكنية».",
        "وأعلن محافظ حلب عزام الغريب، في مؤتمر صحافي عقده في مبنى المحافظة ظهر اليوم، التوصل إلى اتفاق مع المجلس العام لحيي الشيخ مقصود والأشرفية يقضي بوقف فوري لإطلاق النار وإزالة السواتر الترابية من مداخل الحيين.",
        "وبموجب الاتفاق، انسحب مقاتلو «الأسايش» صباح اليوم من حاجز دوار الشيحان وسلّموه إلى عناصر الأمن العام من دون أي احتكاك، وفق ما أفاد به مراسلنا.",
        "في المقابل، اتهم مدير المركز الإعلامي لـ«قسد» فرهاد شامي، في تصريح اليوم، «فصائل منفلتة» تعمل ضمن وزارة الدفاع السورية بمحاولة التسلل إلى الحي و«نسف التفاهمات» القائمة، داعياً دمشق إلى «ضبط عناصرها».",
        "ودعا المبعوث الأميركي إلى سوريا توم باراك، في تدوينة على منصة إكس مساء أمس، الحكومة السورية و«قسد» إلى «الالتزام الكامل» باتفاق العاشر من آذار وتجنب أي تصعيد في حلب.",
        "وتجمّع مئات من أهالي حلب، عصر أمس، في ساحة سعد الله الجابري وسط المدينة، مطالبين ببسط سلطة الدولة على جميع أحياء المدينة وإنهاء «المظاهر المسلحة»، قبل أن ينفضّوا بشكل سلمي.",
        "ويخضع حيّا الشيخ مقصود والأشرفية، ذوا الغالبية الكردية، لسيطرة «قسد» منذ عام 2012، وشهدا منذ سقوط نظام بشار الأسد في كانون الأول 2024 توترات متكررة مع السلطات الجديدة في دمشق.",
    ],
    foot=[
        "مواضيع ذات صلة:",
        "محافظة حلب تعلن خطة لإعادة تأهيل الطريق الدائري الشمالي",
        "الوسوم: حلب - الشيخ مقصود - قسد",
        "© 2025 نبض حلب",
    ],
    entities=[
        ("الأمن العام", "ORG", "Syrian General Security"),
        ("الأسايش", "ORG", "Asayish (SDF internal security)"),
        ("قوات سوريا الديمقراطية", "ORG", "Syrian Democratic Forces"),
        ("قسد", "ORG", "Syrian Democratic Forces"),
        ("دوار الشيحان", "FAC", "Shihan roundabout"),
        ("الشيخ مقصود", "GPE", "Sheikh Maqsoud"),
        ("حلب", "GPE", "Aleppo"),
        ("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights"),
        ("الهلك", "GPE", "al-Halak"),
        ("مديرية صحة حلب", "ORG", "Aleppo Health Directorate"),
        ("وزارة الدفاع السورية", "ORG", "Syrian Ministry of Defence"),
        ("عزام الغريب", "PER", "Azzam al-Gharib"),
        ("المجلس العام لحيي الشيخ مقصود والأشرفية", "ORG", "General Council of Sheikh Maqsoud and Ashrafieh"),
        ("فرهاد شامي", "PER", "Farhad Shami"),
        ("دمشق", "GPE", "Damascus"),
        ("سوريا", "GPE", "Syria"),
        ("توم باراك", "PER", "Tom Barrack"),
        ("إكس", "ORG", "X (Twitter)"),
        ("ساحة سعد الله الجابري", "FAC", "Saadallah al-Jabiri Square"),
        ("الأشرفية", "GPE", "Ashrafieh (Aleppo)"),
        ("بشار الأسد", "PER", "Bashar al-Assad"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-10-18", "day",
          A("عناصر من الأمن العام", _GS, "SYR", "police"),
          A("مقاتلين من قوات «الأسايش»", "Asayish (SDF internal security)", "SYR", "armed_group"),
          [_MAQSOUD], 1, 6, "مقتل عنصر من الأمن العام وإصابة ستة آخرين من الطرفين",
          S("المرصد السوري لحقوق الإنسان", "ngo", "Syrian Observatory for Human Rights"), "اندلعت اشتباكات عنيفة"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-10-19", "day",
          A("«قسد»", "Syrian Democratic Forces", "SYR", "armed_group"),
          A("طفلين", "Civilians (Syria)", "SYR", "civilians"),
          [_HALAK], None, 2, "إصابة طفلين بجروح", S("مديرية صحة حلب", "official", "Aleppo Health Directorate"),
          "قذائف هاون"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "denied", "2025-10-18", "day",
          A("طائرات مسيّرة تابعة للجيش", "Syrian Arab Army", "SYR", "military"), None,
          [_MAQSOUD], None, None, "", S("وزارة الدفاع السورية", "official", "Syrian Ministry of Defence"),
          "ونفت وزارة الدفاع السورية"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2025-10-19", "day",
          A("عزام الغريب", "Azzam al-Gharib", "SYR", "government"),
          A("المجلس العام لحيي الشيخ مقصود والأشرفية", "General Council of Sheikh Maqsoud and Ashrafieh", "SYR", "other"),
          [_ALEPPO], None, None, "", S("عزام الغريب", "official", "Azzam al-Gharib"), "التوصل إلى اتفاق"),
        E("RETREAT", ["Strategic developments", "Non-violent transfer of territory"], "asserted", "2025-10-19", "day",
          A("مقاتلو «الأسايش»", "Asayish (SDF internal security)", "SYR", "armed_group"),
          A("عناصر الأمن العام", _GS, "SYR", "police"),
          [_SHIHAN], None, None, "", OWN, "انسحب مقاتلو"),
        E("ACCUSE", None, "asserted", "2025-10-19", "day",
          A("فرهاد شامي", "Farhad Shami", "SYR", "armed_group"),
          A("«فصائل منفلتة»", "Syrian Ministry of Defence factions", "SYR", "armed_group"),
          [], None, None, "", S("فرهاد شامي", "official", "Farhad Shami"), "اتهم مدير المركز الإعلامي"),
        E("REQUEST", None, "asserted", "2025-10-18", "day",
          A("توم باراك", "Tom Barrack", "USA", "government"),
          A("الحكومة السورية", "Government of Syria", "SYR", "government"),
          [], None, None, "", S("توم باراك", "official", "Tom Barrack"), "ودعا المبعوث الأميركي"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-10-18", "day",
          A("مئات من أهالي حلب", "Protesters (Syria)", "SYR", "protesters"), None,
          [_JABIRI], None, None, "", OWN, "وتجمّع مئات من أهالي حلب"),
    ],
    notes=("Published Sun 2025-10-19. 'ليل أمس السبت', 'ليل أمس', 'مساء أمس', 'عصر أمس' -> 10-18 (clash, the denied "
           "drone strike, Barrack's post, the Jabiri Square rally); 'فجر اليوم الأحد', 'صباح اليوم', 'ظهر اليوم', 'اليوم' -> "
           "10-19. The Shihan-checkpoint clash is Battles/Armed clash placed at Sheikh Maqsoud, actor1 General Security "
           "(role police, as an interior-ministry force), SOHR = ngo; 'مقتل عنصر ... وإصابة ستة' -> 1/6. The mortar shells on "
           "al-Halak are attributed to the SDF by the text ('مصدرها مناطق سيطرة «قسد»'); dual 'طفلين' -> 2 injured. The "
           "Defence Ministry's denial is coded as a denied Air/drone strike at Sheikh Maqsoud, dated to the night the rumour "
           "gives. The governor's ceasefire deal is AGREE + Agreement placed at Aleppo (press conference at the governorate). "
           "The Asayish handover of the checkpoint is RETREAT + Non-violent transfer of territory ('مراسلنا' -> outlet_own). "
           "Farhad Shami's accusation has no place; the 'داعياً' clause is participial. Barrack's call has no place (a post on "
           "X); actor2 is the first named addressee. Al-Halak, Shihan roundabout and the square coordinates are approximate. "
           "The last paragraph is background."),
)

# ---------------------------------------------------------------- 007
_WADHADDAD = L("ود الحداد", "Wad al-Haddad", "SD", "Al Jazirah", "city", 13.87, 33.55)
_TAMBOUL = L("تمبول", "Tamboul", "SD", "Al Jazirah", "city", 14.94, 33.6)
_RUFAA = L("رفاعة", "Rufaa", "SD", "Al Jazirah", "city", 14.77, 33.35)
_MANAGIL = L("المناقل", "Al-Managil", "SD", "Al Jazirah", "city", 14.25, 32.98)
_RSF = A("قوات الدعم السريع", "Rapid Support Forces", "SDN", "armed_group")
A007 = dict(
    id="007_news_item", format="text", published="2024-12-06",
    title="الجيش يعلن استعادة ود الحداد ومقتل ٩ مدنيين بهجوم للدعم السريع على تمبول",
    head=[
        "الجمعة 4 جمادى الآخرة 1446 هـ - 6 ديسمبر 2024",
        "الجيش يعلن استعادة ود الحداد ومقتل ٩ مدنيين بهجوم للدعم السريع على تمبول",
        "بورتسودان - منصة الوسط",
        "شارك: واتساب - فيسبوك - إكس",
        "نازحون من قرى شرق الجزيرة يصلون إلى مدينة المناقل (أرشيف/ منصات التواصل)",
    ],
    paras=[
        "أعلن الجيش السوداني، اليوم الجمعة، أن قواته استعادت السيطرة على مدينة ود الحداد جنوبي ولاية الجزيرة، بعد معارك مع قوات الدعم السريع استمرت منذ مساء أمس، وكبدتها «خسائر كبيرة في الأرواح والعتاد»، بحسب بيان للناطق الرسمي باسم القوات المسلحة.",
        "وفي شرق الجزيرة، قُتل ٩ مدنيين بينهم امرأتان وأصيب ١٦ آخرون، مساء أمس الخميس، حين اقتحم مسلحون من الدعم السريع بلدة تمبول وأطلقوا النار عشوائياً على السكان ونهبوا عدداً من المتاجر، وفق ما أعلنته مجموعة «مؤتمر الجزيرة» الحقوقية.",
        "وفي مدينة رفاعة، اختطف عناصر من الدعم السريع، ليل أمس، سبعة شبان من منازلهم واقتادوهم إلى جهة مجهولة، بحسب ما أفادت به لجان مقاومة رفاعة.",
        "وقصفت قوات الدعم السريع بالمدفعية، صباح اليوم، أحياء سكنية في مدينة المناقل غربي الولاية، ما أدى إلى مقتل طفل وإصابة ثلاثة مدنيين، وفق مصدر طبي في مستشفى المناقل التعليمي.",
        "ووصلت إلى المناقل، أمس، قافلة من ٢٢ شاحنة تابعة لبرنامج الأغذية العالمي محملة بالذرة والبقوليات لصالح آلاف النازحين الفارين من شرق الجزيرة، بحسب ما أعلنته مفوضية العون الإنساني بالولاية.",
        "واتهمت قوات الدعم السريع، في بيان على منصة تليغرام اليوم، الجيش و«كتائب البراء بن مالك» المتحالفة معه بـ«تصفية» مدنيين في ود الحداد على أساس عرقي عقب دخولها المدينة.",
        "وطالبت المنسقة المقيمة للشؤون الإنسانية في السودان كليمنتاين نكويتا سلامي، في بيان اليوم، أطراف النزاع بوقف استهداف المدنيين في ولاية الجزيرة وفتح ممرات آمنة لإيصال المساعدات.",
        "وكان مجلس السلم والأمن التابع للاتحاد الأفريقي قد قرر، الأسبوع الماضي، الإبقاء على تعليق مشاركة السودان في أنشطة الاتحاد إلى حين استعادة الحكم المدني.",
        "وتشهد ولاية الجزيرة منذ سيطرة قوات الدعم السريع على عاصمتها ود مدني في ديسمبر 2023 موجات متكررة من الهجمات على القرى، أدت إلى نزوح مئات الآلاف من سكانها، وفق تقديرات الأمم المتحدة.",
    ],
    foot=[
        "اقرأ أيضاً: ارتفاع أسعار الدقيق في أسواق سنار",
        "الكلمات الدلالية: الجزيرة - الدعم السريع - المناقل",
        "© منصة الوسط 2024",
    ],
    entities=[
        ("الجيش السوداني", "ORG", "Sudanese Armed Forces"),
        ("ود الحداد", "GPE", "Wad al-Haddad"),
        ("ولاية الجزيرة", "GPE", "Al Jazirah State"),
        ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
        ("الجزيرة", "GPE", "Al Jazirah (Gezira)"),
        ("الدعم السريع", "ORG", "Rapid Support Forces"),
        ("تمبول", "GPE", "Tamboul"),
        ("مؤتمر الجزيرة", "ORG", "Gezira Conference (rights group)"),
        ("رفاعة", "GPE", "Rufaa"),
        ("لجان مقاومة رفاعة", "ORG", "Rufaa Resistance Committees"),
        ("المناقل", "GPE", "Al-Managil"),
        ("مستشفى المناقل التعليمي", "FAC", "Managil Teaching Hospital"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("مفوضية العون الإنساني", "ORG", "Humanitarian Aid Commission (Sudan)"),
        ("تليغرام", "ORG", "Telegram"),
        ("كتائب البراء بن مالك", "ORG", "Al-Baraa bin Malik Brigades"),
        ("السودان", "GPE", "Sudan"),
        ("كليمنتاين نكويتا سلامي", "PER", "Clementine Nkweta-Salami"),
        ("مجلس السلم والأمن", "ORG", "African Union Peace and Security Council"),
        ("ود مدني", "GPE", "Wad Madani"),
        ("الأمم المتحدة", "ORG", "United Nations"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Government regains territory"], "asserted", "2024-12-06", "day",
          A("الجيش السوداني", "Sudanese Armed Forces", "SDN", "military"), _RSF,
          [_WADHADDAD], None, None, "خسائر كبيرة في الأرواح والعتاد",
          S("الجيش السوداني", "official", "Sudanese Armed Forces"), "استعادت السيطرة"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2024-12-05", "day",
          A("مسلحون من الدعم السريع", "Rapid Support Forces", "SDN", "armed_group"),
          A("السكان", "Civilians (Sudan)", "SDN", "civilians"),
          [_TAMBOUL], 9, 16, "قُتل ٩ مدنيين بينهم امرأتان وأصيب ١٦ آخرون",
          S("مؤتمر الجزيرة", "ngo", "Gezira Conference (rights group)"), "قُتل ٩ مدنيين"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2024-12-05", "day",
          A("عناصر من الدعم السريع", "Rapid Support Forces", "SDN", "armed_group"),
          A("سبعة شبان", "Civilians (Sudan)", "SDN", "civilians"),
          [_RUFAA], None, None, "", S("لجان مقاومة رفاعة", "ngo", "Rufaa Resistance Committees"), "اختطف عناصر"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-12-06", "day",
          _RSF, A("ثلاثة مدنيين", "Civilians (Sudan)", "SDN", "civilians"),
          [_MANAGIL], 1, 3, "مقتل طفل وإصابة ثلاثة مدنيين",
          S("مصدر طبي في مستشفى المناقل التعليمي", "anonymous", "Medical source (Managil Teaching Hospital)"),
          "وقصفت قوات الدعم السريع"),
        E("AID", None, "asserted", "2024-12-05", "day",
          A("برنامج الأغذية العالمي", "World Food Programme", None, "igo"),
          A("آلاف النازحين", "Displaced civilians (Sudan)", "SDN", "civilians"),
          [_MANAGIL], None, None, "", S("مفوضية العون الإنساني", "official", "Humanitarian Aid Commission (Sudan)"),
          "قافلة من ٢٢ شاحنة"),
        E("ACCUSE", None, "asserted", "2024-12-06", "day",
          _RSF, A("الجيش", "Sudanese Armed Forces", "SDN", "military"),
          [], None, None, "", S("قوات الدعم السريع", "official", "Rapid Support Forces"), "واتهمت قوات الدعم السريع"),
        E("REQUEST", None, "asserted", "2024-12-06", "day",
          A("كليمنتاين نكويتا سلامي", "Clementine Nkweta-Salami", None, "igo"),
          A("أطراف النزاع", "Parties to the Sudan conflict", "SDN", "other"),
          [], None, None, "", S("كليمنتاين نكويتا سلامي", "official", "Clementine Nkweta-Salami"), "وطالبت المنسقة"),
        E("SANCTION", None, "asserted", "2024-11-27", "week",
          A("مجلس السلم والأمن", "African Union Peace and Security Council", None, "igo"),
          A("السودان", "Government of Sudan", "SDN", "government"),
          [], None, None, "", OWN, "مجلس السلم والأمن التابع"),
    ],
    notes=("Published Fri 2024-12-06 (the Hijri + Gregorian date line comes before the headline). 'اليوم الجمعة', 'صباح "
           "اليوم', 'اليوم' -> 12-06; 'مساء أمس الخميس', 'ليل أمس', 'أمس' -> 12-05; 'الأسبوع الماضي' -> week of Mon 11-25, coded "
           "Wed 11-27 with precision week (the AU PSC decision). The recapture of Wad al-Haddad is dated to the announcement "
           "day (the fighting began 'منذ مساء أمس' but the retaking is reported today); its casualty words are vague -> null. "
           "The Tamboul raid is Violence against civilians/Attack (looting in the same clause is detail, not a separate "
           "event); Eastern-digit '٩ ... ١٦' -> 9/16; the Gezira Conference and Rufaa resistance committees are ngo. The Rufaa "
           "abduction (7 taken) has no casualties. The Managil shelling: singular 'طفل' + 'ثلاثة' -> 1 killed / 3 injured. The "
           "WFP convoy is AID at Managil, sourced to the state HAC (official); 22 trucks is a head count. The RSF accusation "
           "(first named target: the army) has no place. The RC/HC's call has no place. The PSC keeping Sudan's suspension "
           "is SANCTION with no place and outlet_own source. Wad al-Haddad and Tamboul coordinates are approximate. The last "
           "paragraph is background."),
)

# ---------------------------------------------------------------- 008
_RANDA = L("راندا", "Randa", "DJ", "Tadjourah", "city", 11.86, 42.66)
_DJIB = L("جيبوتي", "Djibouti (city)", "DJ", "Djibouti", "city", 11.59, 43.15)
_BALBALA = L("بلبلا", "Balbala", "DJ", "Djibouti", "city", 11.56, 43.1)
A008 = dict(
    id="008_news_item", format="html", published="2025-05-20",
    title="«فرود المسلحة» تتبنى هجوماً في تاجورة وجيبوتي تمنح إثيوبيا محطة في ميناء تاجورة",
    html=dict(
        site="مرصد القرن",
        nav=["الرئيسية", "القرن الأفريقي", "الخليج", "اقتصاد", "رأي"],
        kicker="جيبوتي",
        byline="جيبوتي - مرصد القرن",
        datetime="2025-05-20T16:05",
        time="20/05/2025 16:05",
        img="/files/2025/05/tadjourah-port.jpg",
        caption="ميناء تاجورة شمالي جيبوتي (أرشيف/ منصات التواصل)",
        share=["مشاركة", "واتساب", "فيسبوك", "إكس", "نسخ الرابط"],
        tags=["وسوم", "جيبوتي", "إثيوبيا", "فرود"],
        related=["ذات صلة", "إثيوبيا تبحث عن منفذ بحري جديد على البحر الأحمر",
                 "الصومال وجيبوتي تبحثان أمن الملاحة في خليج عدن"],
        footer=["من نحن", "اتصل بنا", "شروط الاستخدام", "حقوق النشر © 2025 مرصد القرن"],
    ),
    paras=[
        "أعلنت «جبهة استعادة الوحدة والديمقراطية - الجناح المسلح» (فرود المسلحة)، في بيان اليوم الثلاثاء، أن مقاتليها هاجموا ليل أمس موقعاً يتمركز فيه الجيش الجيبوتي قرب بلدة راندا في إقليم تاجورة شمالي البلاد، وقتلوا «ما لا يقل عن أربعة جنود»، في حين لم يصدر أي تعليق رسمي من وزارة الدفاع.",
        "واستقبل الرئيس إسماعيل عمر جيله، صباح اليوم في القصر الرئاسي بالعاصمة جيبوتي، رئيس الوزراء الإثيوبي آبي أحمد الذي يزور البلاد في زيارة تستغرق يوماً واحداً، وبحثا تعزيز التعاون في مجالي الموانئ والطاقة، وفق ما أفادت به وكالة الأنباء الجيبوتية.",
        "ووقّع وزيرا خارجية البلدين، في ختام المباحثات، اتفاقاً يمنح إثيوبيا حق تشغيل محطة مخصصة لها في ميناء تاجورة لمدة ثلاثين عاماً، مقابل رسوم سنوية وحصة في مشروعات الطاقة الإثيوبية.",
        "وقالت وزارة التجهيز والنقل إنها ستعلّق، اعتباراً من الأول من يونيو المقبل، تصاريح شركات النقل البري الإثيوبية المتأخرة عن سداد رسوم العبور على ممر جيبوتي - أديس أبابا، في حال لم تسوِّ مستحقاتها قبل نهاية الشهر الجاري.",
        "وفي العاصمة، أعلنت وزارة الداخلية، مساء أمس، توقيف ستة أشخاص في حي بلبلا بتهمة «التخابر مع جماعة مسلحة»، قالت إن بينهم ناشطين في حزب التحالف الجمهوري من أجل التنمية المعارض.",
        "ورفض التحالف الجمهوري من أجل التنمية، في بيان اليوم، الاتهامات الموجهة إلى أعضائه، معتبراً أنها «ذريعة لإسكات المعارضة» قبل الانتخابات الرئاسية المقررة العام المقبل.",
        "وأفرجت النيابة العامة، ظهر اليوم، عن اثنين من الموقوفين لعدم كفاية الأدلة، وفق ما أفاد به مصدر قضائي، فيما مُدد احتجاز الأربعة الآخرين.",
        "ودعا «الاتحاد من أجل الإنقاذ الوطني»، الذي يضم أحزاباً معارضة، أنصاره إلى التجمع أمام قصر العدل في العاصمة بعد غد الخميس، للمطالبة بالإفراج عن بقية الموقوفين.",
        "وتخوض «فرود المسلحة» تمرداً متقطعاً في شمال البلاد منذ تسعينيات القرن الماضي، فيما تمر أكثر من 90 في المئة من تجارة إثيوبيا الخارجية عبر موانئ جيبوتي.",
    ],
    entities=[
        ("جبهة استعادة الوحدة والديمقراطية", "ORG", "Front for the Restoration of Unity and Democracy (FRUD)"),
        ("فرود المسلحة", "ORG", "FRUD-armé"),
        ("الجيش الجيبوتي", "ORG", "Djibouti Armed Forces"),
        ("راندا", "GPE", "Randa"),
        ("تاجورة", "GPE", "Tadjourah"),
        ("وزارة الدفاع", "ORG", "Djibouti Ministry of Defence"),
        ("إسماعيل عمر جيله", "PER", "Ismail Omar Guelleh"),
        ("جيبوتي", "GPE", "Djibouti"),
        ("آبي أحمد", "PER", "Abiy Ahmed"),
        ("وكالة الأنباء الجيبوتية", "ORG", "Agence Djiboutienne d'Information (ADI)"),
        ("إثيوبيا", "GPE", "Ethiopia"),
        ("ميناء تاجورة", "FAC", "Port of Tadjourah"),
        ("وزارة التجهيز والنقل", "ORG", "Djibouti Ministry of Equipment and Transport"),
        ("أديس أبابا", "GPE", "Addis Ababa"),
        ("وزارة الداخلية", "ORG", "Djibouti Ministry of Interior"),
        ("بلبلا", "GPE", "Balbala"),
        ("التحالف الجمهوري من أجل التنمية", "ORG", "Republican Alliance for Development (ARD)"),
        ("النيابة العامة", "ORG", "Public Prosecutor (Djibouti)"),
        ("الاتحاد من أجل الإنقاذ الوطني", "ORG", "Union for National Salvation (USN)"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2025-05-19", "day",
          A("فرود المسلحة", "FRUD-armé", "DJI", "armed_group"),
          A("الجيش الجيبوتي", "Djibouti Armed Forces", "DJI", "military"),
          [_RANDA], 4, None, "ما لا يقل عن أربعة جنود",
          S("جبهة استعادة الوحدة والديمقراطية - الجناح المسلح", "perpetrator_claim", "FRUD-armé"),
          "أن مقاتليها هاجموا"),
        E("CONSULT", None, "asserted", "2025-05-20", "day",
          A("إسماعيل عمر جيله", "Ismail Omar Guelleh", "DJI", "government"),
          A("آبي أحمد", "Abiy Ahmed", "ETH", "government"),
          [_DJIB], None, None, "", S("وكالة الأنباء الجيبوتية", "wire", "Agence Djiboutienne d'Information (ADI)"),
          "واستقبل الرئيس إسماعيل"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2025-05-20", "day",
          A("وزيرا خارجية البلدين", "Government of Djibouti", "DJI", "government"),
          A("إثيوبيا", "Government of Ethiopia", "ETH", "government"),
          [_DJIB], None, None, "", OWN, "ووقّع وزيرا خارجية"),
        E("SANCTION", None, "hypothetical", "2025-06-01", "day",
          A("وزارة التجهيز والنقل", "Djibouti Ministry of Equipment and Transport", "DJI", "government"),
          A("شركات النقل البري الإثيوبية", "Ethiopian trucking companies", "ETH", "other"),
          [], None, None, "", S("وزارة التجهيز والنقل", "official", "Djibouti Ministry of Equipment and Transport"),
          "ستعلّق"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-05-19", "day",
          A("وزارة الداخلية", "Djibouti Ministry of Interior", "DJI", "police"),
          A("ستة أشخاص", "Detainees incl. ARD activists", "DJI", "political_party"),
          [_BALBALA], None, None, "", S("وزارة الداخلية", "official", "Djibouti Ministry of Interior"), "توقيف ستة أشخاص"),
        E("REJECT", None, "asserted", "2025-05-20", "day",
          A("التحالف الجمهوري من أجل التنمية", "Republican Alliance for Development (ARD)", "DJI", "political_party"),
          A("وزارة الداخلية", "Djibouti Ministry of Interior", "DJI", "government"),
          [], None, None, "", S("التحالف الجمهوري من أجل التنمية", "official", "Republican Alliance for Development (ARD)"),
          "ورفض التحالف الجمهوري"),
        E("CONCEDE", None, "asserted", "2025-05-20", "day",
          A("النيابة العامة", "Public Prosecutor (Djibouti)", "DJI", "government"),
          A("اثنين من الموقوفين", "Detainees incl. ARD activists", "DJI", "political_party"),
          [], None, None, "", S("مصدر قضائي", "anonymous", "Judicial source"), "وأفرجت النيابة العامة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2025-05-22", "day",
          A("أنصاره", "Opposition supporters (Djibouti)", "DJI", "protesters"), None,
          [_DJIB], None, None, "", S("الاتحاد من أجل الإنقاذ الوطني", "official", "Union for National Salvation (USN)"),
          "أنصاره إلى التجمع"),
    ],
    notes=("Published Tue 2025-05-20 (HTML). 'ليل أمس', 'مساء أمس' -> 05-19 (FRUD-armé's claimed attack, the Balbala "
           "arrests); 'اليوم الثلاثاء', 'صباح اليوم', 'ظهر اليوم', 'اليوم' -> 05-20; 'بعد غد الخميس' -> 05-22 (planned "
           "gathering); 'الأول من يونيو المقبل' -> 06-01 (conditional suspension). FRUD-armé's attack is claimed (the text "
           "says the Defence Ministry did not comment), Battles/Armed clash near Randa; 'ما لا يقل عن أربعة جنود' -> 4 "
           "killed. Guelleh receiving Abiy is CONSULT at Djibouti city, sourced to the ADI wire. The port deal is AGREE + "
           "Agreement placed at Djibouti city where the talks ended (not at Tadjourah); actor1 is the ministers' phrase coded "
           "as Djibouti's government, actor2 Ethiopia. The transport ministry's suspension depends on 'في حال لم' -> "
           "hypothetical SANCTION without a place. The arrests are announced by the Interior Ministry (role police) and "
           "placed at Balbala; the detainees include party activists (role political_party). ARD's rejection targets the "
           "ministry's accusation; its 'معتبراً' clause is participial. The release of two detainees is CONCEDE (ACLED "
           "null), no place named, anonymous judicial source. The USN's call is a planned PROTEST placed at Djibouti city "
           "('في العاصمة'). Randa coordinates are approximate. The last paragraph is background."),
)
