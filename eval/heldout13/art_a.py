"""heldout13 article specs 001-004 (invented events; real places, institutions and public figures)."""
from build_lib import A, L, S, E, OWN

# ---------------------------------------------------------------- 001
_YASHBUM = L("وادي يشبم", "Wadi Yashbum", "YE", "Shabwa", "region", 14.38, 47.0)
_SAID = L("الصعيد", "al-Said district", "YE", "Shabwa", "region", 14.42, 46.95)
_HABBAN = L("حبان", "Habban", "YE", "Shabwa", "city", 14.35, 47.08)
_RUDUM = L("رضوم", "Rudum district", "YE", "Shabwa", "region", 14.05, 48.05)
_BALHAF = L("منشأة بلحاف", "Balhaf LNG terminal", "YE", "Shabwa", "facility", 13.98, 48.18)
_ATAQ = L("عتق", "Ataq", "YE", "Shabwa", "city", 14.54, 46.83)
_AZZAN = L("عزان", "Azzan", "YE", "Shabwa", "city", 14.2, 47.42)
_AQAP = A("تنظيم «القاعدة في جزيرة العرب»", "Al-Qaeda in the Arabian Peninsula (AQAP)", "YEM", "armed_group")
_SDF_SH = A("قوات دفاع شبوة", "Shabwa Defence Forces", "YEM", "military")
A001 = dict(
    id="001_news_item", format="text", published="2025-08-14",
    title="«القاعدة» يتبنى هجوماً على قوات دفاع شبوة وتفجير يستهدف أنبوب الغاز إلى بلحاف",
    head=[
        "«القاعدة» يتبنى هجوماً على قوات دفاع شبوة وتفجير يستهدف أنبوب الغاز إلى بلحاف",
        "الخميس ٢٠ صفر ١٤٤٧ هـ - ١٤ أغسطس ٢٠٢٥ م",
        "عتق - «منبر شبوة» - خاص",
        "جنود من قوات دفاع شبوة عند نقطة تفتيش على طريق عتق (أرشيف/ منصات التواصل)",
        "حجم النص: + | -",
    ],
    paras=[
        "أعلن تنظيم «القاعدة في جزيرة العرب»، في بيان نشرته مؤسسة «الملاحم» التابعة له فجر اليوم الخميس، أن مقاتليه هاجموا ليل أمس نقطة عسكرية لقوات دفاع شبوة في وادي يشبم بمديرية الصعيد في محافظة شبوة، زاعماً أنهم أوقعوا «قتلى وجرحى» في صفوفها، في حين لم يصدر أي تعليق من قيادة تلك القوات.",
        "وفي مديرية حبان، قُتل شخصان يُشتبه في انتمائهما إلى التنظيم، عصر أمس الأربعاء، بغارة نفذتها طائرة مسيّرة مجهولة استهدفت سيارة كانا يستقلانها على طريق ترابي شمال مدينة حبان، وفق ما أفاد به شهود عيان لـ«منبر شبوة».",
        "وتعرّض خط أنبوب الغاز الممتد من حقول صافر إلى منشأة بلحاف لتسييل الغاز، فجر اليوم، لتفجير بعبوة ناسفة زرعها مجهولون في منطقة صحراوية بمديرية رضوم، ما أدى إلى اشتعال النيران في جزء من الأنبوب من دون تسجيل إصابات، بحسب مصدر في السلطة المحلية بالمديرية.",
        "ودفعت ألوية العمالقة، صباح اليوم، بتعزيزات عسكرية من مدينة عتق إلى مديرية الصعيد لإسناد قوات دفاع شبوة وتأمين الطرق المؤدية إلى وادي يشبم، بحسب ما أعلنه المركز الإعلامي لألوية العمالقة.",
        "وفي مدينة عتق، تظاهر مئات من الأهالي مساء أمس أمام مبنى السلطة المحلية، احتجاجاً على انقطاع التيار الكهربائي لأكثر من عشرين ساعة يومياً، ورددوا هتافات تطالب بتخصيص حصة من نفط المحافظة لتشغيل محطات التوليد، قبل أن يتفرقوا بهدوء.",
        "وطالب محافظ شبوة، في كلمة ألقاها خلال اجتماع للجنة الأمنية في عتق ظهر اليوم، الحكومة ومجلس القيادة الرئاسي بصرف مخصصات عاجلة لشراء وقود محطات الكهرباء، داعياً أبناء القبائل إلى «عدم الانجرار وراء دعوات التخريب».",
        "في المقابل، قال مصدر قبلي في مديرية رضوم إن أبناء القبائل في المنطقة سيغلقون الطريق المؤدي إلى منشأة بلحاف اعتباراً من يوم السبت المقبل، في حال لم تستجب السلطات لمطالبهم بتوظيف شبابهم في المنشأة وتعويضهم عن أراضيهم.",
        "وأعلنت إدارة أمن محافظة شبوة، اليوم، القبض على ثلاثة متهمين بالتورط في تفجير أنبوب الغاز عند نقطة تفتيش على مدخل مدينة عزان، مشيرة إلى إحالتهم إلى النيابة الجزائية المتخصصة.",
        "وتضم شبوة عدداً من أهم حقول النفط والغاز في اليمن، إضافة إلى منشأة بلحاف المتوقفة عن التصدير منذ عام 2015، وتشهد منذ سنوات هجمات متقطعة لتنظيم القاعدة ونزاعات قبلية على عائدات الثروة.",
    ],
    foot=[
        "اقرأ أيضاً: ارتفاع أسعار الوقود في عتق مع شح الإمدادات",
        "الوسوم: شبوة | القاعدة | الكهرباء",
        "© منبر شبوة ٢٠٢٥ - جميع الحقوق محفوظة",
    ],
    entities=[
        ("القاعدة في جزيرة العرب", "ORG", "Al-Qaeda in the Arabian Peninsula (AQAP)"),
        ("الملاحم", "ORG", "Al-Malahem Media Foundation"),
        ("قوات دفاع شبوة", "ORG", "Shabwa Defence Forces"),
        ("وادي يشبم", "LOC", "Wadi Yashbum"),
        ("الصعيد", "GPE", "al-Said district"),
        ("شبوة", "GPE", "Shabwa"),
        ("حبان", "GPE", "Habban"),
        ("منبر شبوة", "ORG", "Minbar Shabwa (outlet)"),
        ("حقول صافر", "FAC", "Safer oil and gas fields"),
        ("منشأة بلحاف", "FAC", "Balhaf LNG terminal"),
        ("رضوم", "GPE", "Rudum district"),
        ("ألوية العمالقة", "ORG", "Giants Brigades"),
        ("المركز الإعلامي لألوية العمالقة", "ORG", "Giants Brigades media centre"),
        ("عتق", "GPE", "Ataq"),
        ("مجلس القيادة الرئاسي", "ORG", "Presidential Leadership Council (Yemen)"),
        ("إدارة أمن محافظة شبوة", "ORG", "Shabwa Security Directorate"),
        ("عزان", "GPE", "Azzan"),
        ("النيابة الجزائية المتخصصة", "ORG", "Specialised Criminal Prosecution (Yemen)"),
        ("اليمن", "GPE", "Yemen"),
        ("القاعدة", "ORG", "Al-Qaeda"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2025-08-13", "day",
          _AQAP, _SDF_SH, [_YASHBUM], None, None, "قتلى وجرحى",
          S("تنظيم «القاعدة في جزيرة العرب»", "perpetrator_claim", "Al-Qaeda in the Arabian Peninsula (AQAP)"),
          "أن مقاتليه هاجموا ليل أمس"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-08-13", "day",
          A("طائرة مسيّرة مجهولة", "Unidentified drone operator", None, "military"),
          A("شخصان يُشتبه في انتمائهما إلى التنظيم", "Al-Qaeda in the Arabian Peninsula (AQAP)", "YEM", "armed_group"),
          [_HABBAN], 2, None, "قُتل شخصان", S("شهود عيان", "witness", "Eyewitnesses"), "قُتل شخصان يُشتبه"),
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "asserted", "2025-08-14", "day",
          A("مجهولون", "Unidentified assailants", None, "armed_group"), None,
          [_RUDUM], 0, 0, "من دون تسجيل إصابات",
          S("مصدر في السلطة المحلية", "anonymous", "Local authority source (Rudum)"), "وتعرّض خط أنبوب الغاز"),
        E("MOBILIZE", None, "asserted", "2025-08-14", "day",
          A("ألوية العمالقة", "Giants Brigades", "YEM", "military"), None,
          [_SAID], None, None, "",
          S("المركز الإعلامي لألوية العمالقة", "official", "Giants Brigades media centre"), "ودفعت ألوية العمالقة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-08-13", "day",
          A("مئات من الأهالي", "Protesters (Yemen)", "YEM", "protesters"), None,
          [_ATAQ], None, None, "", OWN, "تظاهر مئات من الأهالي"),
        E("REQUEST", None, "asserted", "2025-08-14", "day",
          A("محافظ شبوة", "Governor of Shabwa", "YEM", "government"),
          A("الحكومة", "Government of Yemen", "YEM", "government"),
          [_ATAQ], None, None, "", S("محافظ شبوة", "official", "Governor of Shabwa"), "وطالب محافظ شبوة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2025-08-16", "day",
          A("أبناء القبائل في المنطقة", "Tribesmen of Rudum", "YEM", "protesters"), None,
          [_BALHAF], None, None, "", S("مصدر قبلي", "anonymous", "Tribal source (Rudum)"), "سيغلقون الطريق"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-08-14", "day",
          A("إدارة أمن محافظة شبوة", "Shabwa Security Directorate", "YEM", "police"),
          A("ثلاثة متهمين", "Suspects in the pipeline bombing", "YEM", "other"),
          [_AZZAN], None, None, "",
          S("إدارة أمن محافظة شبوة", "official", "Shabwa Security Directorate"), "القبض على ثلاثة متهمين"),
    ],
    notes=("Published Thu 2025-08-14. 'ليل أمس' -> 08-13 (AQAP's claimed attack; the statement itself came 'فجر اليوم "
           "الخميس'); 'عصر أمس الأربعاء' -> 08-13 (drone strike near Habban); 'مساء أمس' -> 08-13 (Ataq protest); 'فجر اليوم', "
           "'صباح اليوم', 'ظهر اليوم', 'اليوم' -> 08-14; 'يوم السبت المقبل' -> 08-16 (conditional road closure). The AQAP attack "
           "on a Shabwa Defence Forces post is claimed (perpetrator_claim; the sentence says the forces did not comment), coded "
           "Battles/Armed clash, casualties vague -> null. The drone strike has an unidentified operator (actor1 country null, "
           "role military); 'قُتل شخصان' -> 2. The pipeline bombing is an IED with explicit 'من دون تسجيل إصابات' -> 0/0, placed "
           "at the Rudum district (approximate coordinates), not at Balhaf. The Giants Brigades' reinforcements are placed at "
           "their destination (al-Said district, approximate). The governor's demand is placed at Ataq because the text gives "
           "the security committee meeting there; actor2 is the first named addressee (the government); the 'داعياً' clause is "
           "participial and not coded. The tribal road closure depends on 'في حال لم' -> hypothetical PROTEST/Peaceful protest at "
           "the Balhaf facility (the road leads to it). The arrests are dated to the announcement day and placed at the Azzan "
           "checkpoint. Yashbum, al-Said, Rudum and Azzan coordinates are approximate. The last paragraph is background."),
)

# ---------------------------------------------------------------- 002
_TRIPOLI = L("طرابلس", "Tripoli (Lebanon)", "LB", "North", "city", 34.44, 35.84)
_SYRIA_ST = L("شارع سوريا", "Syria Street (Tripoli)", "LB", "North", "facility", 34.448, 35.846)
_TABBANEH = L("باب التبانة", "Bab al-Tabbaneh", "LB", "North", "city", 34.45, 35.838)
_ABDEH = L("العبدة", "al-Abdeh", "LB", "Akkar", "city", 34.52, 35.98)
_HALBA = L("حلبا", "Halba", "LB", "Akkar", "city", 34.54, 36.08)
_MQAYBLEH = L("المقيبلة", "al-Muqaybila (Wadi Khaled)", "LB", "Akkar", "city", 34.62, 36.3)
_BAABDA = L("قصر بعبدا", "Baabda Palace", "LB", "Mount Lebanon", "facility", 33.84, 35.54)
_LAF = "Lebanese Armed Forces"
A002 = dict(
    id="002_news_item", format="html", published="2026-02-02",
    title="قتيل وسبعة جرحى في اشتباكات بين باب التبانة وجبل محسن والجيش ينتشر في طرابلس",
    html=dict(
        site="بوابة الفيحاء",
        nav=["الرئيسية", "لبنان", "الشمال", "سياسة", "اقتصاد", "منوعات"],
        kicker="أمن",
        byline="طرابلس - «بوابة الفيحاء»",
        datetime="2026-02-02T11:40",
        time="الاثنين 2 شباط 2026 - 11:40",
        img="/uploads/2026/02/tripoli-army.jpg",
        caption="آليات للجيش اللبناني في أحد شوارع طرابلس (أرشيف/ الوكالة الوطنية للإعلام)",
        share=["شارك:", "فيسبوك", "واتساب", "إكس", "تيليغرام"],
        tags=["وسوم:", "طرابلس", "الجيش اللبناني", "عكار"],
        related=["اقرأ أيضاً", "كهرباء لبنان: زيادة ساعات التغذية في الشمال الأسبوع المقبل",
                 "مرفأ طرابلس يستقبل أول باخرة قمح منذ أشهر"],
        footer=["من نحن", "اتصل بنا", "سياسة الخصوصية", "© 2026 بوابة الفيحاء. جميع الحقوق محفوظة"],
    ),
    paras=[
        "اندلعت اشتباكات مسلحة، ليل أمس الأحد، بين مسلحين من منطقة باب التبانة وآخرين من جبل محسن في مدينة طرابلس شمالي لبنان، استُخدمت فيها الأسلحة الرشاشة والقذائف الصاروخية، ما أدى إلى مقتل شخص وإصابة سبعة آخرين، بحسب ما أفادت به «الوكالة الوطنية للإعلام».",
        "ونفذ الجيش اللبناني، فجر اليوم الاثنين، انتشاراً واسعاً على محاور القتال في شارع سوريا الفاصل بين المنطقتين، وأقام حواجز ثابتة عند مداخل جبل محسن، وفق بيان لقيادة الجيش - مديرية التوجيه.",
        "وأضافت القيادة في البيان ذاته أن وحدات من الجيش دهمت عدداً من المنازل في باب التبانة، وأوقفت أربعة مطلوبين يُشتبه في مشاركتهم في إطلاق النار، وضبطت بحوزتهم أسلحة حربية وذخائر.",
        "من جهته، اتهم الحزب العربي الديمقراطي، في بيان صباح اليوم، مجموعات مسلحة في باب التبانة بـ«الاعتداء المنظم» على أهالي جبل محسن، مطالباً الدولة بـ«تحمّل مسؤولياتها» في حماية المنطقة.",
        "ودعا مفتي طرابلس والشمال الشيخ محمد إمام، خلال لقاء مع فعاليات المدينة عقده في دار الفتوى بطرابلس ظهر اليوم، الأهالي إلى ضبط النفس وعدم الانجرار إلى «الفتنة»، مطالباً الأجهزة الأمنية بنزع السلاح المتفلت من الأحياء.",
        "وفي محافظة عكار، قطع محتجون، صباح اليوم، الطريق الدولي عند مستديرة العبدة وفي وسط بلدة حلبا بالإطارات المشتعلة، احتجاجاً على الانقطاع الطويل للتيار الكهربائي وارتفاع أسعار المحروقات، قبل أن يعيد الجيش فتح الطريقين من دون تسجيل إشكالات.",
        "وذكرت قناة «إل بي سي آي» أن دورية من فوج الحدود البرية الأول أوقفت، ليل أمس، ستة أشخاص بينهم أربعة سوريين في بلدة المقيبلة بوادي خالد، أثناء محاولتهم تهريب أسلحة خفيفة وذخائر عبر مجرى النهر الكبير الجنوبي.",
        "ومن المقرر أن يعقد المجلس الأعلى للدفاع اجتماعاً برئاسة رئيس الجمهورية جوزاف عون في قصر بعبدا بعد غد الأربعاء، لبحث الوضع الأمني في طرابلس والحدود الشمالية، بحسب ما أفادت به مصادر رسمية.",
        "وشهدت طرابلس بين عامي 2008 و2014 أكثر من عشرين جولة قتال بين باب التبانة ذات الغالبية السنية وجبل محسن ذي الغالبية العلوية، أودت بحياة المئات، قبل أن تنهيها خطة أمنية نفذها الجيش.",
    ],
    entities=[
        ("باب التبانة", "GPE", "Bab al-Tabbaneh"),
        ("جبل محسن", "GPE", "Jabal Mohsen"),
        ("طرابلس", "GPE", "Tripoli (Lebanon)"),
        ("لبنان", "GPE", "Lebanon"),
        ("الوكالة الوطنية للإعلام", "ORG", "National News Agency (Lebanon)"),
        ("الجيش اللبناني", "ORG", "Lebanese Armed Forces"),
        ("شارع سوريا", "FAC", "Syria Street (Tripoli)"),
        ("قيادة الجيش", "ORG", "Lebanese Army Command"),
        ("مديرية التوجيه", "ORG", "Lebanese Army Directorate of Orientation"),
        ("الحزب العربي الديمقراطي", "ORG", "Arab Democratic Party (Lebanon)"),
        ("محمد إمام", "PER", "Mohammad Imam"),
        ("دار الفتوى", "ORG", "Dar al-Fatwa (Tripoli)"),
        ("عكار", "GPE", "Akkar"),
        ("العبدة", "GPE", "al-Abdeh"),
        ("حلبا", "GPE", "Halba"),
        ("إل بي سي آي", "ORG", "LBCI"),
        ("فوج الحدود البرية الأول", "ORG", "Lebanese Army First Land Border Regiment"),
        ("سوريين", "NORP", "Syrians"),
        ("المقيبلة", "GPE", "al-Muqaybila"),
        ("وادي خالد", "GPE", "Wadi Khaled"),
        ("النهر الكبير الجنوبي", "LOC", "Nahr al-Kabir al-Janoubi (river)"),
        ("المجلس الأعلى للدفاع", "ORG", "Higher Defence Council (Lebanon)"),
        ("جوزاف عون", "PER", "Joseph Aoun"),
        ("قصر بعبدا", "FAC", "Baabda Palace"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-02-01", "day",
          A("مسلحين من منطقة باب التبانة", "Armed men from Bab al-Tabbaneh", "LBN", "armed_group"),
          A("آخرين من جبل محسن", "Armed men from Jabal Mohsen", "LBN", "armed_group"),
          [_TRIPOLI], 1, 7, "مقتل شخص وإصابة سبعة آخرين",
          S("الوكالة الوطنية للإعلام", "wire", "National News Agency (Lebanon)"), "اندلعت اشتباكات مسلحة"),
        E("MOBILIZE", None, "asserted", "2026-02-02", "day",
          A("الجيش اللبناني", _LAF, "LBN", "military"), None,
          [_SYRIA_ST], None, None, "", S("قيادة الجيش - مديرية التوجيه", "official", "Lebanese Army Command"),
          "ونفذ الجيش اللبناني"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-02-02", "day",
          A("وحدات من الجيش", _LAF, "LBN", "military"),
          A("أربعة مطلوبين", "Suspected gunmen (Tripoli)", "LBN", "other"),
          [_TABBANEH], None, None, "", S("القيادة", "official", "Lebanese Army Command"), "وأوقفت أربعة مطلوبين"),
        E("ACCUSE", None, "asserted", "2026-02-02", "day",
          A("الحزب العربي الديمقراطي", "Arab Democratic Party (Lebanon)", "LBN", "political_party"),
          A("مجموعات مسلحة في باب التبانة", "Armed men from Bab al-Tabbaneh", "LBN", "armed_group"),
          [], None, None, "", S("الحزب العربي الديمقراطي", "official", "Arab Democratic Party (Lebanon)"),
          "اتهم الحزب العربي الديمقراطي"),
        E("REQUEST", None, "asserted", "2026-02-02", "day",
          A("محمد إمام", "Mohammad Imam", "LBN", "other"),
          A("الأهالي", "Residents of Tripoli", "LBN", "civilians"),
          [_TRIPOLI], None, None, "", S("محمد إمام", "official", "Mohammad Imam (Mufti of Tripoli and the North)"),
          "ودعا مفتي طرابلس"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2026-02-02", "day",
          A("محتجون", "Protesters (Lebanon)", "LBN", "protesters"), A("الجيش", _LAF, "LBN", "military"),
          [_ABDEH], None, None, "", OWN, "قطع محتجون"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2026-02-02", "day",
          A("محتجون", "Protesters (Lebanon)", "LBN", "protesters"), A("الجيش", _LAF, "LBN", "military"),
          [_HALBA], None, None, "", OWN, "قطع محتجون"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-02-01", "day",
          A("دورية من فوج الحدود البرية الأول", _LAF, "LBN", "military"),
          A("ستة أشخاص", "Suspected arms smugglers", None, "other"),
          [_MQAYBLEH], None, None, "", S("قناة «إل بي سي آي»", "media", "LBCI"), "أوقفت، ليل أمس، ستة أشخاص"),
        E("CONSULT", None, "planned", "2026-02-04", "day",
          A("المجلس الأعلى للدفاع", "Higher Defence Council (Lebanon)", "LBN", "government"), None,
          [_BAABDA], None, None, "", S("مصادر رسمية", "anonymous", "Official sources"), "المجلس الأعلى للدفاع اجتماعاً"),
    ],
    notes=("Published Mon 2026-02-02 (HTML). 'ليل أمس الأحد' / 'ليل أمس' -> 02-01 (Tripoli clash, Wadi Khaled arrests); "
           "'فجر اليوم الاثنين', 'صباح اليوم', 'ظهر اليوم' -> 02-02; 'بعد غد الأربعاء' -> 02-04 (planned Higher Defence Council "
           "meeting). The Tabbaneh-Jabal Mohsen clash is one Armed clash placed at Tripoli (the two districts are sides, not "
           "separate places); actor1 is the first-named side; 'مقتل شخص وإصابة سبعة آخرين' -> 1/7; NNA speaking for itself is "
           "wire. The army deployment is MOBILIZE at Syria Street; the arrests in the army's same statement are a separate "
           "event at Bab al-Tabbaneh (source 'القيادة', official). The Arab Democratic Party's accusation has no place; its "
           "'مطالباً' clause is participial. The Mufti's call is placed at Tripoli because the text gives the Dar al-Fatwa "
           "meeting there; the Mufti is role 'other'. The Akkar road blocking is two events (al-Abdeh, Halba), coded Protest "
           "with intervention because the army reopened the roads (no violence). LBCI reporting on its own is media. The Wadi "
           "Khaled smugglers have no single nationality (actor2 country null). Unnamed 'مصادر رسمية' are anonymous. Syria "
           "Street, Bab al-Tabbaneh and al-Muqaybila coordinates are approximate. The last paragraph is history."),
)

# ---------------------------------------------------------------- 003
_BAQUBAH = L("بعقوبة", "Baqubah", "IQ", "Diyala", "city", 33.75, 44.64)
_KHALIS = L("الخالص", "al-Khalis", "IQ", "Diyala", "city", 33.81, 44.53)
A003 = dict(
    id="003_news_item", format="text", published="2024-04-23",
    title="محتجون يقتحمون مجلس محافظة ديالى وحظر للتجوال في بعقوبة",
    head=[
        "محتجون يقتحمون مجلس محافظة ديالى وحظر للتجوال في بعقوبة",
        "محتجون يقتحمون مجلس محافظة ديالى وحظر للتجوال في بعقوبة",
        "الثلاثاء 14 شوال 1445 هـ - 23 نيسان 2024",
        "بعقوبة - صدى ديالى",
        "دخان يتصاعد من بوابة مبنى مجلس المحافظة في بعقوبة (صدى ديالى)",
        "تصغير | تكبير",
    ],
    paras=[
        "اقتحم مئات المحتجين، ظهر اليوم الثلاثاء، مبنى مجلس محافظة ديالى في مدينة بعقوبة وأضرموا النار في بوابته الرئيسية، احتجاجاً على تأجيل جلسة انتخاب المحافظ للمرة الثالثة، قبل أن تتدخل قوات مكافحة الشغب لإخراجهم مستخدمة الغاز المسيل للدموع، ما أدى إلى إصابة ١٤ متظاهراً وثلاثة من عناصر الأمن بجروح، بحسب ما أفاد به مراسلنا.",
        "وأعلنت قيادة شرطة ديالى، عصر اليوم، فرض حظر شامل للتجوال في بعقوبة حتى إشعار آخر، ومنع التجمعات في محيط الدوائر الحكومية.",
        "وفي قضاء الخالص شمال بعقوبة، ألقى مجهولون، ليل أمس الاثنين، قنبلة يدوية على منزل عضو في مجلس المحافظة عن تحالف «نبني»، ما أسفر عن أضرار مادية من دون وقوع إصابات، وفق ما أفاد به مصدر أمني.",
        "واتهم الأمين العام لمنظمة بدر هادي العامري، في بيان اليوم، «أطرافاً سياسية» لم يسمها بتحريض المحتجين و«السعي إلى جرّ ديالى نحو الفوضى»، مؤكداً أن انتخاب المحافظ «شأن يحسمه مجلس المحافظة وحده».",
        "في المقابل، رفض تحالف العزم، في بيان لاحق، اتهامات العامري، معتبراً أن الاحتجاجات «رد فعل طبيعي» على «محاولات الاستئثار بمنصب المحافظ».",
        "وذكرت قناة «الشرقية» أن القوات الأمنية اعتقلت، بعد ظهر اليوم، 22 شخصاً من المشاركين في اقتحام مبنى المجلس، ونقلتهم إلى مقر قيادة الشرطة في بعقوبة.",
        "وطالب المرصد العراقي لحقوق الإنسان، في بيان اليوم، السلطات بالإفراج الفوري عن المعتقلين الذين لم يثبت تورطهم في أعمال العنف، وفتح تحقيق مستقل في «الاستخدام المفرط للقوة» ضد المحتجين.",
        "ومن المقرر أن يصل مستشار الأمن القومي قاسم الأعرجي إلى بعقوبة غداً الأربعاء على رأس وفد حكومي، للقاء القوى السياسية وشيوخ العشائر في المحافظة، بحسب مصدر في مكتب رئيس الوزراء.",
        "وأخفقت القوى الفائزة في انتخابات مجالس المحافظات، التي جرت في 18 كانون الأول 2023، في الاتفاق على اسم محافظ ديالى حتى الآن، بسبب خلافات على توزيع المناصب بين الكتل الشيعية والسنية والكردية.",
    ],
    foot=[
        "الأكثر قراءة: انخفاض مناسيب سد حمرين يهدد الموسم الزراعي",
        "اشترك في قناتنا على تلغرام",
        "صدى ديالى © 2024",
    ],
    entities=[
        ("مجلس محافظة ديالى", "ORG", "Diyala Provincial Council"),
        ("ديالى", "GPE", "Diyala"),
        ("بعقوبة", "GPE", "Baqubah"),
        ("قيادة شرطة ديالى", "ORG", "Diyala Police Command"),
        ("الخالص", "GPE", "al-Khalis"),
        ("نبني", "ORG", "Nabni Alliance"),
        ("منظمة بدر", "ORG", "Badr Organization"),
        ("هادي العامري", "PER", "Hadi al-Amiri"),
        ("العامري", "PER", "Hadi al-Amiri"),
        ("تحالف العزم", "ORG", "Azm Alliance"),
        ("الشرقية", "ORG", "Al Sharqiya TV"),
        ("المرصد العراقي لحقوق الإنسان", "ORG", "Iraqi Observatory for Human Rights"),
        ("قاسم الأعرجي", "PER", "Qasim al-Araji"),
    ],
    events=[
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2024-04-23", "day",
          A("مئات المحتجين", "Protesters (Iraq)", "IRQ", "protesters"),
          A("قوات مكافحة الشغب", "Iraqi riot police", "IRQ", "police"),
          [_BAQUBAH], None, 17, "إصابة ١٤ متظاهراً وثلاثة من عناصر الأمن بجروح", OWN, "اقتحم مئات المحتجين"),
        E("COERCE", None, "asserted", "2024-04-23", "day",
          A("قيادة شرطة ديالى", "Diyala Police Command", "IRQ", "police"), None,
          [_BAQUBAH], None, None, "", S("قيادة شرطة ديالى", "official", "Diyala Police Command"), "فرض حظر شامل للتجوال"),
        E("ASSAULT", ["Explosions/Remote violence", "Grenade"], "asserted", "2024-04-22", "day",
          A("مجهولون", "Unidentified assailants", None, "armed_group"),
          A("عضو في مجلس المحافظة", "Diyala Provincial Council member", "IRQ", "government"),
          [_KHALIS], 0, 0, "من دون وقوع إصابات", S("مصدر أمني", "anonymous", "Security source"), "ألقى مجهولون"),
        E("ACCUSE", None, "asserted", "2024-04-23", "day",
          A("هادي العامري", "Hadi al-Amiri", "IRQ", "political_party"),
          A("«أطرافاً سياسية»", "Unnamed Iraqi political parties", "IRQ", "political_party"),
          [], None, None, "", S("هادي العامري", "official", "Hadi al-Amiri"), "واتهم الأمين العام لمنظمة بدر"),
        E("REJECT", None, "asserted", "2024-04-23", "day",
          A("تحالف العزم", "Azm Alliance", "IRQ", "political_party"),
          A("العامري", "Hadi al-Amiri", "IRQ", "political_party"),
          [], None, None, "", S("تحالف العزم", "official", "Azm Alliance"), "رفض تحالف العزم"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-04-23", "day",
          A("القوات الأمنية", "Iraqi security forces", "IRQ", "military"),
          A("22 شخصاً من المشاركين في اقتحام مبنى المجلس", "Protesters (Iraq)", "IRQ", "protesters"),
          [_BAQUBAH], None, None, "", S("قناة «الشرقية»", "media", "Al Sharqiya TV"), "القوات الأمنية اعتقلت"),
        E("REQUEST", None, "asserted", "2024-04-23", "day",
          A("المرصد العراقي لحقوق الإنسان", "Iraqi Observatory for Human Rights", "IRQ", "other"),
          A("السلطات", "Iraqi authorities", "IRQ", "government"),
          [], None, None, "", S("المرصد العراقي لحقوق الإنسان", "ngo", "Iraqi Observatory for Human Rights"),
          "وطالب المرصد العراقي"),
        E("CONSULT", None, "planned", "2024-04-24", "day",
          A("قاسم الأعرجي", "Qasim al-Araji", "IRQ", "government"),
          A("القوى السياسية", "Diyala political blocs", "IRQ", "political_party"),
          [_BAQUBAH], None, None, "", S("مصدر في مكتب رئيس الوزراء", "anonymous", "Prime Minister's office source"),
          "أن يصل مستشار الأمن القومي"),
    ],
    notes=("Published Tue 2024-04-23. 'ظهر اليوم الثلاثاء', 'عصر اليوم', 'بعد ظهر اليوم', 'اليوم' -> 04-23; 'ليل أمس "
           "الاثنين' -> 04-22 (grenade in al-Khalis); 'غداً الأربعاء' -> 04-24 (planned visit). The storming of the council "
           "building with arson is Riots/Violent demonstration; the riot police's tear gas is part of that event, not a "
           "separate one; injuries add '١٤ متظاهراً وثلاثة من عناصر الأمن' = 17; 'مراسلنا' -> outlet_own. The curfew is COERCE "
           "with ACLED null (as dev-007). The grenade has explicit 'من دون وقوع إصابات' -> 0/0; the targeted council member is "
           "unnamed (actor2 government). Al-Amiri's accusation has no place; its actor2 is the quoted «أطرافاً سياسية»; the "
           "'مؤكداً' clause is participial. Azm's rejection (REJECT, actor2 al-Amiri) has no place. Al Sharqiya reporting "
           "arrests on its own is media; the arrested are protesters. The Iraqi Observatory for Human Rights is ngo. The "
           "planned al-Araji visit has an anonymous PM-office source. The last paragraph is background."),
)

# ---------------------------------------------------------------- 004
_NGOUBOUA = L("نغوبوا", "Ngouboua", "TD", "Lac", "city", 13.53, 14.02)
_BAGASOLA = L("باغاسولا", "Baga Sola", "TD", "Lac", "city", 13.53, 14.32)
_NDJAMENA = L("نجامينا", "N'Djamena", "TD", "N'Djamena", "city", 12.11, 15.04)
_BAGA = L("باغا", "Baga", "NG", "Borno", "city", 13.11, 13.83)
_DARSALAM = L("مخيم دار السلام", "Dar es Salam refugee camp", "TD", "Lac", "city", 13.5, 14.36)
_BOL = L("بول", "Bol", "TD", "Lac", "city", 13.46, 14.71)
_CHAD_ARMY = A("الجيش التشادي", "Chadian National Army", "TCD", "military")
_BH = "Boko Haram (JAS)"
A004 = dict(
    id="004_news_item", format="html", published="2025-11-08",
    title="مقتل ١٢ جندياً تشادياً بهجوم لـ«بوكو حرام» في إقليم البحيرة",
    html=dict(
        site="نافذة أفريقيا",
        nav=["الرئيسية", "أفريقيا", "الساحل", "المغرب العربي", "تقارير", "فيديو"],
        kicker="الساحل الأفريقي",
        byline="نجامينا - نافذة أفريقيا",
        datetime="2025-11-08T13:15",
        time="السبت 17 جمادى الأولى 1447 هـ الموافق 8 نوفمبر 2025",
        img="/media/2025/11/lac-chad-patrol.jpg",
        caption="جنود تشاديون في دورية على ضفاف بحيرة تشاد (أرشيف/ فرانس برس)",
        share=["شارك الخبر", "فيسبوك", "واتساب", "تويتر"],
        tags=["الكلمات المفتاحية:", "تشاد", "بوكو حرام", "بحيرة تشاد"],
        related=["الأكثر قراءة", "النيجر تعلن تمديد حالة الطوارئ في منطقة ديفا",
                 "الكاميرون: عودة آلاف النازحين إلى قراهم في أقصى الشمال"],
        footer=["عن الموقع", "أعلن معنا", "الخصوصية", "جميع الحقوق محفوظة © نافذة أفريقيا 2025"],
    ),
    paras=[
        "قُتل ١٢ جندياً تشادياً وأصيب عشرون آخرون، فجر أمس الجمعة، في هجوم شنه مسلحون من جماعة «بوكو حرام» على موقع للجيش في بلدة نغوبوا بإقليم البحيرة غربي تشاد، بحسب ما أعلنه المتحدث باسم الجيش التشادي.",
        "وأضاف المتحدث أن الطيران الحربي التشادي شنّ، مساء أمس، سلسلة غارات على جزر يتحصن فيها المهاجمون شمال غربي نغوبوا، ما أسفر عن «تحييد عشرات الإرهابيين» وتدمير زوارق وآليات تابعة لهم.",
        "ونفت هيئة الأركان العامة للجيوش، في بيان مساء أمس، ما تداولته صفحات على مواقع التواصل الاجتماعي عن انسحاب وحدات الجيش من مواقعها في محيط بلدة باغاسولا عقب الهجوم، مؤكدة أن القوات «تحتفظ بكامل مواقعها».",
        "وتوعد الرئيس التشادي محمد إدريس ديبي إتنو، خلال زيارته جرحى الهجوم في المستشفى العسكري بنجامينا صباح اليوم السبت، بـ«ملاحقة الإرهابيين حتى آخر جزيرة في البحيرة»، مؤكداً أن «دماء الجنود لن تذهب هدراً».",
        "وقال مصدر عسكري في القوة المتعددة الجنسيات المشتركة لـ«إذاعة فرنسا الدولية» إن وحدات من الجيش النيجيري بدأت، صباح اليوم، عمليات تمشيط منسقة مع الجيش التشادي في منطقة باغا بولاية بورنو على الضفة المقابلة من البحيرة، لقطع طرق انسحاب المهاجمين.",
        "ووزعت المفوضية السامية للأمم المتحدة لشؤون اللاجئين، اليوم، مساعدات غذائية وخياماً على نحو ثلاثة آلاف نازح فروا من الجزر القريبة من نغوبوا إلى مخيم دار السلام قرب باغاسولا، بحسب بيان للمفوضية.",
        "وذكرت «إذاعة فرنسا الدولية» أن امرأة فجّرت حزاماً ناسفاً كانت ترتديه، مساء الخميس الماضي، عند مدخل السوق الأسبوعية في مدينة بول، عاصمة الإقليم، ما أدى إلى مقتلها وإصابة أربعة مدنيين، من دون أن تتبنى أي جهة العملية.",
        "وأعرب رئيس مفوضية الاتحاد الأفريقي محمود علي يوسف، في بيان اليوم، عن «تضامن الاتحاد الكامل» مع تشاد حكومة وشعباً، مؤكداً دعمه جهود دول حوض بحيرة تشاد في مكافحة الإرهاب.",
        "وتنشط جماعة «بوكو حرام» وتنظيم «الدولة الإسلامية في غرب أفريقيا» منذ عام 2015 في الجزر والمستنقعات المتناثرة في بحيرة تشاد، وأودت هجماتهما بحياة مئات الجنود والمدنيين في تشاد والنيجر ونيجيريا والكاميرون.",
    ],
    entities=[
        ("بوكو حرام", "ORG", "Boko Haram (JAS)"),
        ("نغوبوا", "GPE", "Ngouboua"),
        ("إقليم البحيرة", "GPE", "Lac Province"),
        ("تشاد", "GPE", "Chad"),
        ("الجيش التشادي", "ORG", "Chadian National Army"),
        ("هيئة الأركان العامة للجيوش", "ORG", "Chadian General Staff of the Armed Forces"),
        ("باغاسولا", "GPE", "Baga Sola"),
        ("محمد إدريس ديبي إتنو", "PER", "Mahamat Idriss Deby Itno"),
        ("نجامينا", "GPE", "N'Djamena"),
        ("القوة المتعددة الجنسيات المشتركة", "ORG", "Multinational Joint Task Force (MNJTF)"),
        ("إذاعة فرنسا الدولية", "ORG", "Radio France Internationale (RFI)"),
        ("الجيش النيجيري", "ORG", "Nigerian Army"),
        ("باغا", "GPE", "Baga"),
        ("ولاية بورنو", "GPE", "Borno State"),
        ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG", "UNHCR"),
        ("مخيم دار السلام", "GPE", "Dar es Salam refugee camp"),
        ("بول", "GPE", "Bol"),
        ("مفوضية الاتحاد الأفريقي", "ORG", "African Union Commission"),
        ("محمود علي يوسف", "PER", "Mahmoud Ali Youssouf"),
        ("حوض بحيرة تشاد", "LOC", "Lake Chad Basin"),
        ("الدولة الإسلامية في غرب أفريقيا", "ORG", "Islamic State West Africa Province (ISWAP)"),
        ("بحيرة تشاد", "LOC", "Lake Chad"),
        ("النيجر", "GPE", "Niger"),
        ("نيجيريا", "GPE", "Nigeria"),
        ("الكاميرون", "GPE", "Cameroon"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-11-07", "day",
          A("مسلحون من جماعة «بوكو حرام»", _BH, "TCD", "armed_group"), _CHAD_ARMY,
          [_NGOUBOUA], 12, 20, "قُتل ١٢ جندياً تشادياً وأصيب عشرون آخرون",
          S("المتحدث باسم الجيش التشادي", "official", "Chadian army spokesman"), "قُتل ١٢ جندياً"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-11-07", "day",
          A("الطيران الحربي التشادي", "Chadian Air Force", "TCD", "military"),
          A("المهاجمون", _BH, "TCD", "armed_group"),
          [_NGOUBOUA], None, None, "تحييد عشرات الإرهابيين",
          S("المتحدث", "official", "Chadian army spokesman"), "الطيران الحربي التشادي شنّ"),
        E("RETREAT", None, "denied", "2025-11-07", "day",
          A("وحدات الجيش", "Chadian National Army", "TCD", "military"), None,
          [_BAGASOLA], None, None, "",
          S("هيئة الأركان العامة للجيوش", "official", "Chadian General Staff of the Armed Forces"), "ونفت هيئة الأركان"),
        E("THREATEN", None, "asserted", "2025-11-08", "day",
          A("محمد إدريس ديبي إتنو", "Mahamat Idriss Deby Itno", "TCD", "government"),
          A("الإرهابيين", _BH, "TCD", "armed_group"),
          [_NDJAMENA], None, None, "", S("محمد إدريس ديبي إتنو", "official", "Mahamat Idriss Deby Itno"),
          "وتوعد الرئيس التشادي"),
        E("COOPERATE", None, "asserted", "2025-11-08", "day",
          A("الجيش النيجيري", "Nigerian Army", "NGA", "military"), _CHAD_ARMY,
          [_BAGA], None, None, "",
          S("مصدر عسكري في القوة المتعددة الجنسيات المشتركة", "anonymous", "MNJTF military source"),
          "عمليات تمشيط منسقة"),
        E("AID", None, "asserted", "2025-11-08", "day",
          A("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "UNHCR", None, "igo"),
          A("نحو ثلاثة آلاف نازح", "Displaced civilians (Chad)", "TCD", "civilians"),
          [_DARSALAM], None, None, "",
          S("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "official", "UNHCR"), "ووزعت المفوضية"),
        E("ASSAULT", ["Explosions/Remote violence", "Suicide bomb"], "asserted", "2025-11-06", "day",
          None, A("أربعة مدنيين", "Civilians (Chad)", "TCD", "civilians"),
          [_BOL], 1, 4, "مقتلها وإصابة أربعة مدنيين",
          S("إذاعة فرنسا الدولية", "media", "Radio France Internationale (RFI)"), "امرأة فجّرت حزاماً"),
        E("SUPPORT", None, "asserted", "2025-11-08", "day",
          A("محمود علي يوسف", "Mahmoud Ali Youssouf", None, "igo"),
          A("تشاد", "Government of Chad", "TCD", "government"),
          [], None, None, "", S("محمود علي يوسف", "official", "Mahmoud Ali Youssouf"), "وأعرب رئيس مفوضية"),
    ],
    notes=("Published Sat 2025-11-08 (HTML). 'فجر أمس الجمعة', 'مساء أمس' -> 11-07 (attack, air strikes, the denied "
           "withdrawal); 'صباح اليوم السبت', 'صباح اليوم', 'اليوم' -> 11-08; 'مساء الخميس الماضي' -> 11-06 (the most recent "
           "Thursday; Bol suicide bombing). Boko Haram is coded country TCD (its country of operation here), as heldout12 "
           "coded JNIM. The Ngouboua attack on an army post with losses on the army side is Battles/Armed clash; '١٢ ... "
           "وعشرون' -> 12/20. The air strikes 'north-west of Ngouboua' are placed at Ngouboua; 'تحييد عشرات' is vague -> null. "
           "The General Staff's denial is coded as a denied RETREAT at Baga Sola, dated the day the rumour refers to. Deby's "
           "vow is THREATEN placed at N'Djamena (the hospital visit is the venue). The Nigerian sweep coordinated with the "
           "Chadian army is COOPERATE at Baga (Borno); the MNJTF source speaking to RFI is anonymous (innermost speaker). "
           "UNHCR's distribution is AID at the Dar es Salam camp near Baga Sola (approximate coordinates); 3,000 displaced is "
           "a head count. RFI on its own is media; the unclaimed suicide bombing has actor1 null, 'مقتلها وإصابة أربعة مدنيين' "
           "-> 1 killed (the bomber) / 4 injured. The AU Commission chair's solidarity is SUPPORT with no place. The last "
           "paragraph is background."),
)
