"""heldout11 article specs 005-008 (invented events; real places, institutions and public figures)."""
from build_lib import A, L, S, E, OWN

# ---------------------------------------------------------------- 005 Iraq / Basra oil fields (HTML)
_BASRA = L("البصرة", "Basra", "IQ", "Basra", "city", 30.51, 47.81)
_SUDANI = "Mohammed Shia al-Sudani"
A005 = dict(
    id="005_iraq_basra-oilfields", format="html", published="2025-06-28",
    title="قتيل و11 جريحاً بتفريق محتجين قرب حقل الرميلة والسوداني يأمر بتوفير وظائف",
    html=dict(
        site="بصرياثا نيوز",
        nav=["الرئيسية", "محليات", "العراق", "اقتصاد", "رياضة", "مقالات"],
        kicker="احتجاجات",
        byline="البصرة - بصرياثا نيوز",
        datetime="2025-06-28T21:15",
        time="السبت 28 حزيران 2025 - 21:15",
        img="/images/2025/06/rumaila-protest.jpg",
        caption="محتجون قرب بوابة حقل الرميلة الشمالي (بصرياثا نيوز)",
        share=["شارك الخبر:", "فيسبوك", "تلغرام", "واتساب"],
        tags=["الوسوم:", "البصرة", "الرميلة", "تظاهرات"],
        related=["الأكثر قراءة", "انخفاض ملحوظ في ساعات تجهيز الكهرباء بالبصرة",
                 "ارتفاع درجات الحرارة إلى 50 مئوية في الجنوب"],
        footer=["من نحن", "أعلن معنا", "شروط الاستخدام", "جميع الحقوق محفوظة © بصرياثا نيوز 2025"],
    ),
    paras=[
        "قُتل متظاهر وأصيب ١١ آخرون، بينهم ثلاثة من عناصر الأمن، عصر أمس الجمعة، عندما أطلقت عناصر من شرطة الطاقة الرصاص الحي لتفريق محتجين حاولوا اقتحام بوابة حقل الرميلة الشمالي غربي البصرة، بحسب ما أفادت به مفوضية حقوق الإنسان في البصرة.",
        "وقال أحد المحتجين لمراسلنا إن المتظاهرين، وأغلبهم من خريجي كليات الهندسة العاطلين عن العمل، يعتصمون منذ أسابيع للمطالبة بتعيينهم في الشركات الأجنبية المشغلة للحقل. وأضاف أن القوة الأمنية «بادرت بإطلاق النار من دون سابق إنذار».",
        "وفي قضاء الزبير، أضرم محتجون غاضبون، صباح اليوم السبت، النار في كرفانات ومركبات تابعة لإحدى الشركات المتعاقدة عند مدخل حقل الزبير النفطي، قبل أن تفرقهم قوات مكافحة الشغب بالغاز المسيل للدموع، وفق مصدر في شرطة البصرة.",
        "ونفت قيادة عمليات البصرة، في بيان مساء أمس، ما تداولته منصات التواصل الاجتماعي عن اعتقال عشرات المحتجين قرب الرميلة، مؤكدة أن «لا موقوفين» على خلفية الاحتجاجات.",
        "وأمر رئيس الوزراء محمد شياع السوداني، مساء أمس، بتشكيل لجنة تحقيق عليا في الحادث وبتخصيص 500 درجة وظيفية لأبناء المناطق المحيطة بالحقول النفطية في المحافظة، بحسب بيان لمكتبه الإعلامي.",
        "ورحّب محافظ البصرة أسعد العيداني، في مؤتمر صحافي عقده اليوم في ديوان المحافظة، بقرارات رئيس الوزراء، داعياً المحتجين إلى «التهدئة وإعطاء الحكومة فرصة».",
        "في المقابل، توعدت تنسيقيات المحتجين، في بيان اليوم، بتوسيع الاعتصامات لتشمل حقلي مجنون وغرب القرنة «وإغلاق بواباتها» إذا لم تنفذ الوعود خلال أسبوع.",
        "واتفقت شركة نفط البصرة مع الشركات الأجنبية العاملة في حقول المحافظة، خلال اجتماع عقد ظهر اليوم في مقر الشركة، على رفع نسبة العمالة المحلية في مشاريعها إلى 30 في المئة.",
        "ومن المقرر أن يصل وزير النفط حيان عبد الغني إلى البصرة غداً الأحد للقاء ممثلي المحتجين وإدارات الشركات العاملة في الحقول، وفق ما أعلنته وزارة النفط.",
        "وتنتج حقول البصرة أكثر من ثلاثة ملايين برميل يومياً تمثل الجزء الأكبر من صادرات العراق النفطية، فيما تشهد المحافظة احتجاجات متكررة على البطالة وتردي الخدمات منذ صيف ٢٠١٨.",
    ],
    entities=[
        ("شرطة الطاقة", "ORG", "Iraqi Energy Police"),
        ("حقل الرميلة الشمالي", "FAC", "North Rumaila oil field"),
        ("البصرة", "GPE", "Basra"),
        ("مفوضية حقوق الإنسان", "ORG", "Iraqi High Commission for Human Rights"),
        ("الزبير", "GPE", "al-Zubair"),
        ("حقل الزبير", "FAC", "Zubair oil field"),
        ("شرطة البصرة", "ORG", "Basra Police Command"),
        ("قيادة عمليات البصرة", "ORG", "Basra Operations Command"),
        ("الرميلة", "FAC", "Rumaila oil field"),
        ("محمد شياع السوداني", "PER", _SUDANI),
        ("أسعد العيداني", "PER", "Asaad al-Eidani"),
        ("مجنون", "FAC", "Majnoon oil field"),
        ("غرب القرنة", "FAC", "West Qurna oil field"),
        ("شركة نفط البصرة", "ORG", "Basra Oil Company"),
        ("حيان عبد الغني", "PER", "Hayan Abdul-Ghani"),
        ("وزارة النفط", "ORG", "Iraqi Ministry of Oil"),
        ("العراق", "GPE", "Iraq"),
    ],
    events=[
        E("PROTEST", ["Protests", "Excessive force against protesters"], "asserted", "2025-06-27", "day",
          A("محتجين", "Protesters (Iraq)", "IRQ", "protesters"), A("شرطة الطاقة", "Iraqi Energy Police", "IRQ", "police"),
          [L("حقل الرميلة الشمالي", "North Rumaila oil field", "IQ", "Basra", "facility", 30.6, 47.32)], 1, 11,
          "قُتل متظاهر وأصيب ١١ آخرون، بينهم ثلاثة من عناصر الأمن",
          S("مفوضية حقوق الإنسان في البصرة", "official", "Iraqi High Commission for Human Rights (Basra office)"),
          "قُتل متظاهر"),
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2025-06-28", "day",
          A("محتجون غاضبون", "Protesters (Iraq)", "IRQ", "protesters"),
          A("قوات مكافحة الشغب", "Iraqi riot police", "IRQ", "police"),
          [L("حقل الزبير", "Zubair oil field", "IQ", "Basra", "facility", 30.35, 47.6)], None, None, "",
          S("مصدر في شرطة البصرة", "anonymous", "Basra police source"), "أضرم محتجون"),
        E("COERCE", ["Strategic developments", "Arrests"], "denied", "2025-06-27", "day",
          A("قيادة عمليات البصرة", "Basra Operations Command", "IRQ", "military"),
          A("عشرات المحتجين", "Protesters (Iraq)", "IRQ", "protesters"),
          [L("الرميلة", "Rumaila oil field", "IQ", "Basra", "facility", 30.45, 47.35)], None, None, "",
          S("قيادة عمليات البصرة", "official", "Basra Operations Command"), "ونفت قيادة عمليات"),
        E("CONCEDE", None, "asserted", "2025-06-27", "day",
          A("محمد شياع السوداني", _SUDANI, "IRQ", "government"),
          A("أبناء المناطق المحيطة بالحقول النفطية", "Residents of Basra oil-field areas", "IRQ", "civilians"),
          [], None, None, "", S("مكتبه الإعلامي", "official", "Iraqi Prime Minister's media office"), "وأمر رئيس الوزراء"),
        E("SUPPORT", None, "asserted", "2025-06-28", "day",
          A("أسعد العيداني", "Asaad al-Eidani", "IRQ", "government"), A("رئيس الوزراء", _SUDANI, "IRQ", "government"),
          [_BASRA], None, None, "", S("أسعد العيداني", "official", "Asaad al-Eidani"), "ورحّب محافظ البصرة"),
        E("THREATEN", None, "asserted", "2025-06-28", "day",
          A("تنسيقيات المحتجين", "Basra oil-field protest coordination committees", "IRQ", "protesters"), None,
          [], None, None, "", S("تنسيقيات المحتجين", "official", "Basra oil-field protest coordination committees"),
          "توعدت تنسيقيات"),
        E("COOPERATE", None, "asserted", "2025-06-28", "day",
          A("شركة نفط البصرة", "Basra Oil Company", "IRQ", "government"),
          A("الشركات الأجنبية العاملة في حقول المحافظة", "Foreign oil companies in Basra", None, "other"),
          [_BASRA], None, None, "", OWN, "واتفقت شركة نفط"),
        E("CONSULT", None, "planned", "2025-06-29", "day",
          A("حيان عبد الغني", "Hayan Abdul-Ghani", "IRQ", "government"),
          A("ممثلي المحتجين", "Protesters (Iraq)", "IRQ", "protesters"),
          [_BASRA], None, None, "", S("وزارة النفط", "official", "Iraqi Ministry of Oil"), "ومن المقرر أن يصل"),
    ],
    notes=("Published Sat 2025-06-28 (HTML, 21:15). 'عصر أمس الجمعة' / 'مساء أمس' -> 06-27 (shooting at North Rumaila, "
           "the operations command's denial, the PM's order); 'صباح اليوم السبت' / 'اليوم' -> 06-28; 'غداً الأحد' -> 06-29 "
           "(planned visit of the oil minister). Live fire killing a protester is Protests/Excessive force against "
           "protesters; actor1 the protesters, actor2 the Energy Police, as dev-005 codes the intervening force. The "
           "singular 'متظاهر' -> 1 killed, '١١' -> 11 injured (three of them security men, included in the count). The "
           "denied event is the arrests (as dev-005), not the shooting. The PM's order of 500 jobs is CONCEDE with no "
           "place; the committee of inquiry is not a separate event. The governor's welcome is SUPPORT at Basra (press "
           "conference). The committees' threat is THREATEN with no place; the conditional spread to Majnoon/West Qurna "
           "is folded into it. Paragraph 2 (a protester's account) and the last paragraph are not coded."),
)

# ---------------------------------------------------------------- 006 Iraq / Anbar desert
_RUTBA = L("الرطبة", "Rutba", "IQ", "Anbar", "city", 33.04, 40.28)
_ISW = "Islamic State"
A006 = dict(
    id="006_iraq_anbar-rutba", format="text", published="2026-02-11",
    title="مقتل ضابط وثلاثة جنود بهجوم انتحاري قرب الرطبة و«داعش» يتبنى",
    head=[
        "مقتل ضابط وثلاثة جنود بهجوم انتحاري قرب الرطبة و«داعش» يتبنى",
        "11 شباط 2026",
        "آخر تحديث: 11 شباط 2026 - 19:05",
        "الأنبار - «الرافدين اليوم»",
        "نقطة تفتيش للجيش العراقي على الطريق الدولي غربي الأنبار (أرشيف/ واع)",
        "+ الخط -",
    ],
    paras=[
        "قُتل ضابط وثلاثة جنود من الجيش العراقي، فجر اليوم الأربعاء، عندما فجّر انتحاري يرتدي حزاماً ناسفاً نفسه عند نقطة تفتيش قرب قضاء الرطبة غربي محافظة الأنبار، بحسب ما أعلنت خلية الإعلام الأمني. وأوضحت الخلية أن الانتحاري تسلل إلى محيط النقطة سيراً على الأقدام من عمق الصحراء.",
        "وتبنى تنظيم داعش الهجوم في بيان نشرته وكالة أعماق، فيما قال مصدر أمني إن قوة من الجيش فككت، صباح اليوم، عبوة ناسفة ثانية زُرعت على الطريق الدولي قرب النقطة ذاتها.",
        "وفي وادي حوران، قتلت ضربات جوية نفذتها مقاتلات إف-16 تابعة للقوة الجوية العراقية، مساء أمس الثلاثاء، 7 من عناصر التنظيم كانوا يتحصنون في مخبأين، وفق بيان لقيادة العمليات المشتركة.",
        "وأعلن تنظيم داعش، في بيان آخر، أن عناصره فجروا ليل الاثنين عبوة ناسفة بعجلة تابعة للحشد الشعبي قرب قضاء القائم على الحدود السورية وأوقعوا من فيها بين قتيل وجريح، وهو ما لم تؤكده أي جهة رسمية.",
        "وعلى إثر الهجمات، أطلقت قيادة عمليات الأنبار، اعتباراً من ظهر اليوم، عملية تفتيش واسعة بمشاركة قطعات من الحشد الشعبي في الصحراء الممتدة بين الرطبة والحدود الأردنية.",
        "وأعلن جهاز الأمن الوطني العراقي، في بيان اليوم، اعتقال أربعة متهمين بتقديم الدعم اللوجستي لخلايا التنظيم في مدينة الفلوجة، بينهم اثنان يُشتبه في نقلهما الانتحاري إلى الرطبة.",
        "وطالب مجلس محافظة الأنبار، في بيان اليوم، الحكومة الاتحادية بنشر منظومات مراقبة حرارية وكاميرات على طول الطريق الدولي وتعزيز القطعات المنتشرة في المناطق الصحراوية.",
        "وبحث وزير الداخلية العراقي مع نظيره السوري، في اتصال هاتفي مساء أمس، تعزيز التنسيق الأمني على الحدود المشتركة لمنع تسلل عناصر التنظيم.",
        "ولا تزال خلايا التنظيم تنشط في صحراء الأنبار الشاسعة رغم إعلان العراق النصر العسكري عليه أواخر عام 2017، مستغلة وعورة التضاريس وطول الحدود مع سوريا والأردن والسعودية.",
    ],
    foot=[
        "اقرأ أيضاً: مجلس الأنبار يقر خطة لإعادة إعمار المدارس في القائم",
        "تابعونا على تلغرام | إكس | فيسبوك",
        "© 2026 الرافدين اليوم - جميع الحقوق محفوظة",
    ],
    entities=[
        ("الجيش العراقي", "ORG", "Iraqi Army"),
        ("الرطبة", "GPE", "Rutba"),
        ("الأنبار", "GPE", "Anbar"),
        ("خلية الإعلام الأمني", "ORG", "Iraqi Security Media Cell"),
        ("داعش", "ORG", _ISW),
        ("أعماق", "ORG", "Amaq News Agency"),
        ("وادي حوران", "LOC", "Wadi Horan"),
        ("قيادة العمليات المشتركة", "ORG", "Iraqi Joint Operations Command"),
        ("القائم", "GPE", "al-Qaim"),
        ("قيادة عمليات الأنبار", "ORG", "Anbar Operations Command"),
        ("الحشد الشعبي", "ORG", "Popular Mobilization Forces"),
        ("جهاز الأمن الوطني العراقي", "ORG", "Iraqi National Security Service"),
        ("الفلوجة", "GPE", "Fallujah"),
        ("مجلس محافظة الأنبار", "ORG", "Anbar Provincial Council"),
        ("صحراء الأنبار", "LOC", "Anbar Desert"),
        ("العراق", "GPE", "Iraq"),
        ("سوريا", "GPE", "Syria"),
        ("الأردن", "GPE", "Jordan"),
        ("السعودية", "GPE", "Saudi Arabia"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Suicide bomb"], "asserted", "2026-02-11", "day",
          A("داعش", _ISW, "IRQ", "armed_group"), A("الجيش العراقي", "Iraqi Army", "IRQ", "military"),
          [_RUTBA], 4, None, "قُتل ضابط وثلاثة جنود من الجيش العراقي",
          S("خلية الإعلام الأمني", "official", "Iraqi Security Media Cell"), "قُتل ضابط"),
        E("COERCE", ["Strategic developments", "Disrupted weapons use"], "asserted", "2026-02-11", "day",
          A("قوة من الجيش", "Iraqi Army", "IRQ", "military"), None,
          [_RUTBA], None, None, "", S("مصدر أمني", "anonymous", "Iraqi security source"), "فككت"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2026-02-10", "day",
          A("مقاتلات إف-16", "Iraqi Air Force", "IRQ", "military"), A("عناصر التنظيم", _ISW, "IRQ", "armed_group"),
          [L("وادي حوران", "Wadi Horan", "IQ", "Anbar", "region", 33.4, 41.0)], 7, None, "7 من عناصر التنظيم",
          S("قيادة العمليات المشتركة", "official", "Iraqi Joint Operations Command"), "وادي حوران، قتلت"),
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "claimed", "2026-02-09", "day",
          A("تنظيم داعش", _ISW, "IRQ", "armed_group"),
          A("عجلة تابعة للحشد الشعبي", "Popular Mobilization Forces", "IRQ", "military"),
          [L("القائم", "al-Qaim", "IQ", "Anbar", "city", 34.37, 41.09)], None, None, "وأوقعوا من فيها بين قتيل وجريح",
          S("تنظيم داعش", "perpetrator_claim", _ISW), "في بيان آخر"),
        E("MOBILIZE", None, "asserted", "2026-02-11", "day",
          A("قيادة عمليات الأنبار", "Anbar Operations Command", "IRQ", "military"), None,
          [_RUTBA], None, None, "", OWN, "أطلقت قيادة عمليات الأنبار"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-02-11", "day",
          A("جهاز الأمن الوطني العراقي", "Iraqi National Security Service", "IRQ", "police"),
          A("أربعة متهمين", "Suspected Islamic State supporters", "IRQ", "other"),
          [L("الفلوجة", "Fallujah", "IQ", "Anbar", "city", 33.35, 43.78)], None, None, "",
          S("جهاز الأمن الوطني العراقي", "official", "Iraqi National Security Service"), "اعتقال أربعة"),
        E("REQUEST", None, "asserted", "2026-02-11", "day",
          A("مجلس محافظة الأنبار", "Anbar Provincial Council", "IRQ", "government"),
          A("الحكومة الاتحادية", "Government of Iraq", "IRQ", "government"),
          [], None, None, "", S("مجلس محافظة الأنبار", "official", "Anbar Provincial Council"), "وطالب مجلس"),
        E("CONSULT", None, "asserted", "2026-02-10", "day",
          A("وزير الداخلية العراقي", "Iraqi Minister of Interior", "IRQ", "government"),
          A("نظيره السوري", "Syrian Minister of Interior", "SYR", "government"),
          [], None, None, "", OWN, "وبحث وزير الداخلية"),
    ],
    notes=("Published Wed 2026-02-11. 'فجر اليوم الأربعاء' / 'صباح اليوم' / 'ظهر اليوم' -> 02-11; 'مساء أمس الثلاثاء' / "
           "'مساء أمس' -> 02-10 (air strikes in Wadi Horan, the interior ministers' call); 'ليل الاثنين' -> Mon 02-09 "
           "(claimed IED near al-Qaim). The suicide bombing is asserted by the Security Media Cell; ISIS's claim in "
           "paragraph 2 only names its author (actor1 = ISIS, as dev-006) and is not a second event, but the same sentence "
           "holds the defused second IED (Disrupted weapons use, as dev-002). 'ضابط وثلاثة جنود' -> 4 killed; '7' -> 7. "
           "The al-Qaim IED is claimed: the text says no official body confirmed it, so 'بين قتيل وجريح' stays null. The "
           "air force is named only as 'للقوة الجوية العراقية' (fused ل+ال), so it is not an entity; 'للحشد الشعبي' likewise, "
           "but the PMF is listed from its unfused mention in paragraph 5. The ministers are unnamed. Paragraph 1's second "
           "sentence and the last paragraph are not coded."),
)

# ---------------------------------------------------------------- 007 Jordan / Ma'an
_MAAN = L("معان", "Ma'an", "JO", "Ma'an", "city", 30.19, 35.73)
_GEND = A("قوات الدرك", "Jordanian Gendarmerie", "JOR", "police")
_PSD = A("مديرية الأمن العام", "Jordan Public Security Directorate", "JOR", "police")
A007 = dict(
    id="007_jordan_maan-fuel", format="text", published="2025-11-17",
    title="مقتل ملازم في الدرك واعتقال ستة في معان بعد احتجاجات على أسعار المحروقات",
    head=[
        "مقتل ملازم في الدرك واعتقال ستة في معان بعد احتجاجات على أسعار المحروقات",
        "الاثنين ١٧ تشرين الثاني ٢٠٢٥",
        "عمّان - «نبض الجنوب»",
        "آخر تحديث: الاثنين ١٧ تشرين الثاني ٢٠٢٥ - ١٦:٢٠",
        "آثار إطارات محترقة عند مدخل مدينة معان (أرشيف)",
        "A+ A-",
    ],
    paras=[
        "أغلق محتجون غاضبون، ليل أمس الأحد، الطريق الصحراوي عند المدخل الشمالي لمدينة معان بالإطارات المشتعلة، ورشقوا قوات الدرك بالحجارة، احتجاجاً على قرار الحكومة رفع أسعار المحروقات، وفق ما أفاد به مراسلنا.",
        "وقالت مديرية الأمن العام، في بيان صباح اليوم، إن ملازماً في قوات الدرك قُتل وأصيب ثلاثة من زملائه برصاص «مطلوبين» أطلقوا النار على القوة من أحد المباني خلال تفريق المحتجين.",
        "وأضافت المديرية أن قوة أمنية مشتركة نفذت فجر اليوم مداهمات في أحياء المدينة أسفرت عن القبض على ستة أشخاص يشتبه في تورطهم في إطلاق النار، وضبط أسلحة أوتوماتيكية.",
        "وفي عمّان، أعلن رئيس الوزراء جعفر حسان، عقب جلسة لمجلس الوزراء اليوم، تثبيت سعر السولار والكاز حتى نهاية العام الجاري. وقال حسان إن الخزينة ستتحمل فرق الكلفة البالغ نحو ١٢ مليون دينار.",
        "في المقابل، أعلنت النقابة العامة لأصحاب السيارات الشاحنة أن سائقيها سيعودون إلى الإضراب الشامل اعتباراً من يوم الأحد المقبل في حال لم تشمل القرارات خفض أجور النقل ورسوم العبور.",
        "وطالبت كتلة حزب جبهة العمل الإسلامي النيابية، في بيان اليوم، الحكومة بالتراجع عن رفع أسعار المحروقات والإفراج عن جميع الموقوفين على خلفية الاحتجاجات.",
        "ودفعت مديرية الأمن العام بتعزيزات إضافية من قوات الدرك، صباح اليوم، إلى مدينة معان، وانتشرت آليات عسكرية عند مداخلها وقرب المباني الحكومية.",
        "واتهم وزير الداخلية مازن الفراية، في تصريحات لقناة «المملكة» ظهر اليوم، «جهات مشبوهة» بمحاولة استغلال الاحتجاجات لإثارة الفوضى، مؤكداً أن الأجهزة الأمنية «لن تتهاون مع كل من يعتدي على رجال الأمن».",
        "وكانت معان ومحافظات جنوبية أخرى قد شهدت في كانون الأول ٢٠٢٢ إضراباً واسعاً لسائقي الشاحنات تخللته أعمال عنف قُتل خلالها نائب مدير شرطة المحافظة وثلاثة من رجال الأمن.",
    ],
    foot=[
        "الأكثر قراءة",
        "الأرصاد: أجواء باردة وفرصة لزخات من المطر في المرتفعات",
        "جميع الحقوق محفوظة © نبض الجنوب ٢٠٢٥",
    ],
    entities=[
        ("الطريق الصحراوي", "FAC", "Desert Highway (Jordan)"),
        ("معان", "GPE", "Ma'an"),
        ("قوات الدرك", "ORG", "Jordanian Gendarmerie"),
        ("مديرية الأمن العام", "ORG", "Jordan Public Security Directorate"),
        ("عمّان", "GPE", "Amman"),
        ("جعفر حسان", "PER", "Jafar Hassan"),
        ("مجلس الوزراء", "ORG", "Jordanian Council of Ministers"),
        ("حسان", "PER", "Jafar Hassan"),
        ("النقابة العامة لأصحاب السيارات الشاحنة", "ORG", "General Union of Truck Owners (Jordan)"),
        ("حزب جبهة العمل الإسلامي", "ORG", "Islamic Action Front"),
        ("مازن الفراية", "PER", "Mazen al-Faraya"),
        ("المملكة", "ORG", "Al-Mamlaka TV"),
    ],
    events=[
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2025-11-16", "day",
          A("محتجون غاضبون", "Protesters (Jordan)", "JOR", "protesters"), _GEND,
          [_MAAN], None, None, "", OWN, "أغلق محتجون"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-11-16", "day",
          A("مطلوبين", "Armed wanted men (Ma'an)", "JOR", "armed_group"), _GEND,
          [_MAAN], 1, 3, "ملازماً في قوات الدرك قُتل وأصيب ثلاثة من زملائه",
          S("مديرية الأمن العام", "official", "Jordan Public Security Directorate"), "إن ملازماً"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-11-17", "day",
          A("قوة أمنية مشتركة", "Jordanian security forces", "JOR", "police"),
          A("ستة أشخاص", "Suspects in the Ma'an shooting", "JOR", "other"),
          [_MAAN], None, None, "", S("المديرية", "official", "Jordan Public Security Directorate"), "القبض على ستة"),
        E("CONCEDE", None, "asserted", "2025-11-17", "day",
          A("جعفر حسان", "Jafar Hassan", "JOR", "government"), None,
          [L("عمّان", "Amman", "JO", "Amman", "city", 31.95, 35.93)], None, None, "",
          S("جعفر حسان", "official", "Jafar Hassan"), "تثبيت سعر"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2025-11-23", "day",
          A("سائقيها", "Jordanian truck drivers", "JOR", "protesters"), None,
          [], None, None, "",
          S("النقابة العامة لأصحاب السيارات الشاحنة", "official", "General Union of Truck Owners (Jordan)"),
          "الإضراب الشامل"),
        E("REQUEST", None, "asserted", "2025-11-17", "day",
          A("كتلة حزب جبهة العمل الإسلامي النيابية", "Islamic Action Front", "JOR", "political_party"),
          A("الحكومة", "Government of Jordan", "JOR", "government"),
          [], None, None, "", S("كتلة حزب جبهة العمل الإسلامي النيابية", "official", "Islamic Action Front"),
          "وطالبت كتلة"),
        E("MOBILIZE", None, "asserted", "2025-11-17", "day",
          _PSD, None, [_MAAN], None, None, "", OWN, "ودفعت مديرية"),
        E("ACCUSE", None, "asserted", "2025-11-17", "day",
          A("مازن الفراية", "Mazen al-Faraya", "JOR", "government"),
          A("جهات مشبوهة", "Unnamed 'suspicious parties'", None, "other"),
          [], None, None, "", S("مازن الفراية", "official", "Mazen al-Faraya"), "واتهم وزير الداخلية"),
    ],
    notes=("Published Mon 2025-11-17. 'ليل أمس الأحد' -> 11-16 (road blocking and stone throwing: Riots/Violent "
           "demonstration; the shooting of the gendarmes happened while dispersing that protest, so it is dated 11-16 too); "
           "'فجر اليوم' / 'صباح اليوم' / 'اليوم' -> 11-17; 'يوم الأحد المقبل' -> Sun 11-23. The gunmen's attack on the "
           "gendarmerie is coded Battles/Armed clash (armed men vs. security forces); 'ملازماً ... قُتل' -> 1 killed, "
           "'ثلاثة' -> 3 injured. The truckers' return to strike is conditional ('في حال لم') -> hypothetical PROTEST with no "
           "place. The cabinet's price freeze is CONCEDE at Amman (where it was announced). The gendarmerie reinforcements "
           "to Ma'an are MOBILIZE (outlet_own). Hassan's cost remark (second sentence of paragraph 4) and the December 2022 strike "
           "(last paragraph, history with deaths) are not coded."),
)

# ---------------------------------------------------------------- 008 Somalia / Puntland and Jubaland (HTML)
_CALMISKAAD = L("جبال علمسكاد", "Cal Miskaad mountains", "SO", "Bari", "region", 10.95, 49.55)
_BELEDHAWO = L("بلد حاوو", "Beled Hawo", "SO", "Gedo", "city", 3.93, 41.88)
_FGS = A("الحكومة الفيدرالية", "Federal Government of Somalia", "SOM", "government")
_ISS = "Islamic State Somalia Province"
A008 = dict(
    id="008_somalia_puntland-jubaland", format="html", published="2026-03-29",
    title="بونتلاند تستعيد مواقع من «داعش» في علمسكاد واشتباكات بين قوات جوبالاند والجيش في بلد حاوو",
    html=dict(
        site="القرن الأفريقي اليوم",
        nav=["الرئيسية", "الصومال", "القرن الأفريقي", "تقارير", "حوارات"],
        kicker="الصومال",
        byline="مقديشو - القرن الأفريقي اليوم",
        datetime="2026-03-29T18:40",
        time="الأحد 29 مارس 2026 - 18:40",
        img="/media/2026/03/puntland-forces.jpg",
        caption="جنود من قوات دفاع بونتلاند في جبال علمسكاد (أرشيف/ منصات التواصل)",
        share=["شارك:", "فيسبوك", "إكس", "واتساب", "تلغرام"],
        tags=["كلمات مفتاحية:", "بونتلاند", "جوبالاند", "داعش"],
        related=["تقارير ذات صلة", "بونتلاند تعلن حظر تجوال ليلي في بوصاصو",
                 "نزوح آلاف الأسر من إقليم جدو بسبب الجفاف"],
        footer=["عن الموقع", "اتصل بنا", "الخصوصية", "© 2026 القرن الأفريقي اليوم - جميع الحقوق محفوظة"],
    ),
    paras=[
        "أعلنت قوات دفاع بونتلاند، اليوم الأحد، استعادة السيطرة على آخر معاقل تنظيم داعش في جبال علمسكاد جنوب شرقي مدينة بوصاصو، بعد معارك استمرت ثلاثة أيام أسفرت عن مقتل 18 من مسلحي التنظيم.",
        "وأعلنت القيادة الأمريكية في أفريقيا (أفريكوم)، في بيان، أنها نفذت مساء أمس السبت غارة جوية على عناصر من التنظيم في المنطقة ذاتها بالتنسيق مع الحكومة الفيدرالية الصومالية، مشيرة إلى أن تقييمها الأولي لا يظهر سقوط ضحايا مدنيين.",
        "وفي إقليم جدو، اندلعت اشتباكات عنيفة فجر اليوم بين قوات جوبالاند ووحدات من الجيش الوطني الصومالي في بلدة بلد حاوو الحدودية مع كينيا، قُتل فيها خمسة جنود على الأقل، بحسب ما أفاد به موقع «غروي أونلاين».",
        "وقالت مصادر في إدارة جوبالاند إن القوات الفيدرالية انسحبت من مواقعها داخل البلدة باتجاه الحدود الكينية بعد ساعات من القتال. ولم يصدر تعليق فوري من وزارة الدفاع الصومالية على هذه الرواية.",
        "واتهمت الحكومة الفيدرالية، في بيان لوزارة الإعلام اليوم، رئيس جوبالاند أحمد محمد إسلام (مدوبي) بـ«تقويض وحدة البلاد» والاستقواء بـ«أطراف خارجية».",
        "من جهته، رفض مدوبي، في كلمة أمام شيوخ العشائر في مدينة كسمايو مساء أمس، مطالب مقديشو بإجراء الانتخابات المحلية وفق نظام «الصوت الواحد»، معتبراً أنها «مفروضة من طرف واحد».",
        "ودعا رئيس مفوضية الاتحاد الأفريقي محمود علي يوسف، في بيان اليوم، الحكومة الفيدرالية وإدارة جوبالاند إلى وقف فوري للأعمال العدائية والعودة إلى طاولة الحوار.",
        "وكانت الحكومة الفيدرالية قد علّقت، الأسبوع الماضي، جميع الرحلات الجوية بين مقديشو وكسمايو، ومنعت دخول مسؤولي جوبالاند إلى العاصمة.",
        "ويتحصن فرع تنظيم داعش في الصومال في جبال علمسكاد منذ سنوات، فيما تتصاعد الخلافات بين مقديشو وجوبالاند منذ إعادة انتخاب مدوبي لولاية ثالثة أواخر عام ٢٠٢٤.",
    ],
    entities=[
        ("قوات دفاع بونتلاند", "ORG", "Puntland Defence Forces"),
        ("داعش", "ORG", _ISS),
        ("جبال علمسكاد", "LOC", "Cal Miskaad mountains"),
        ("بوصاصو", "GPE", "Bosaso"),
        ("القيادة الأمريكية في أفريقيا", "ORG", "US Africa Command"),
        ("أفريكوم", "ORG", "US Africa Command"),
        ("جدو", "GPE", "Gedo"),
        ("قوات جوبالاند", "ORG", "Jubaland Security Forces"),
        ("الجيش الوطني الصومالي", "ORG", "Somali National Army"),
        ("بلد حاوو", "GPE", "Beled Hawo"),
        ("كينيا", "GPE", "Kenya"),
        ("غروي أونلاين", "ORG", "Garowe Online"),
        ("جوبالاند", "GPE", "Jubaland"),
        ("وزارة الدفاع الصومالية", "ORG", "Somali Ministry of Defence"),
        ("وزارة الإعلام", "ORG", "Somali Ministry of Information"),
        ("أحمد محمد إسلام", "PER", "Ahmed Mohamed Islam (Madobe)"),
        ("مدوبي", "PER", "Ahmed Mohamed Islam (Madobe)"),
        ("كسمايو", "GPE", "Kismayo"),
        ("مقديشو", "GPE", "Mogadishu"),
        ("مفوضية الاتحاد الأفريقي", "ORG", "African Union Commission"),
        ("محمود علي يوسف", "PER", "Mahmoud Ali Youssouf"),
        ("الصومال", "GPE", "Somalia"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Government regains territory"], "asserted", "2026-03-29", "day",
          A("قوات دفاع بونتلاند", "Puntland Defence Forces", "SOM", "military"),
          A("تنظيم داعش", _ISS, "SOM", "armed_group"),
          [_CALMISKAAD], 18, None, "مقتل 18 من مسلحي التنظيم",
          S("قوات دفاع بونتلاند", "official", "Puntland Defence Forces"), "استعادة السيطرة على آخر"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2026-03-28", "day",
          A("القيادة الأمريكية في أفريقيا", "US Africa Command", "USA", "military"),
          A("عناصر من التنظيم", _ISS, "SOM", "armed_group"),
          [_CALMISKAAD], None, None, "", S("أفريكوم", "official", "US Africa Command"), "غارة جوية"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-03-29", "day",
          A("قوات جوبالاند", "Jubaland Security Forces", "SOM", "military"),
          A("الجيش الوطني الصومالي", "Somali National Army", "SOM", "military"),
          [_BELEDHAWO], 5, None, "قُتل فيها خمسة جنود على الأقل",
          S("غروي أونلاين", "media", "Garowe Online"), "اندلعت اشتباكات"),
        E("RETREAT", None, "asserted", "2026-03-29", "day",
          A("القوات الفيدرالية", "Somali National Army", "SOM", "military"), None,
          [_BELEDHAWO], None, None, "", S("مصادر في إدارة جوبالاند", "anonymous", "Jubaland administration sources"),
          "انسحبت"),
        E("ACCUSE", None, "asserted", "2026-03-29", "day",
          _FGS, A("أحمد محمد إسلام", "Ahmed Mohamed Islam (Madobe)", "SOM", "government"),
          [], None, None, "", S("وزارة الإعلام", "official", "Somali Ministry of Information"), "واتهمت الحكومة"),
        E("REJECT", None, "asserted", "2026-03-28", "day",
          A("مدوبي", "Ahmed Mohamed Islam (Madobe)", "SOM", "government"),
          A("مقديشو", "Federal Government of Somalia", "SOM", "government"),
          [L("كسمايو", "Kismayo", "SO", "Lower Juba", "city", -0.36, 42.55)], None, None, "",
          S("مدوبي", "official", "Ahmed Mohamed Islam (Madobe)"), "رفض مدوبي"),
        E("REQUEST", None, "asserted", "2026-03-29", "day",
          A("محمود علي يوسف", "Mahmoud Ali Youssouf", None, "igo"), _FGS,
          [], None, None, "", S("محمود علي يوسف", "official", "Mahmoud Ali Youssouf"), "ودعا رئيس مفوضية"),
        E("SANCTION", None, "asserted", "2026-03-18", "week",
          _FGS, A("مسؤولي جوبالاند", "Jubaland administration", "SOM", "government"),
          [], None, None, "", OWN, "قد علّقت"),
    ],
    notes=("Published Sun 2026-03-29 (HTML). 'اليوم الأحد' / 'فجر اليوم' -> 03-29; 'مساء أمس السبت' / 'مساء أمس' -> 03-28 "
           "(AFRICOM strike, Madobe's speech in Kismayo); 'الأسبوع الماضي' -> week of Mon 03-16, coded Wednesday 03-18 with "
           "week precision (SANCTION: flight suspension, no place). Puntland's recapture is Government regains territory "
           "dated the announcement day (the three days of fighting are not dated); '18' -> 18 killed. AFRICOM's 'no civilian "
           "casualties' assessment is not a casualty count (null). The Beled Hawo clash is sourced to Garowe Online (media); "
           "actor1 is the first-named side. The federal withdrawal (anonymous Jubaland sources) is RETREAT; the second "
           "sentence of paragraph 4 is not coded. The AU call's actor2 is the first named party. Jubaland (the state) is "
           "listed as GPE from 'إدارة جوبالاند' and the last paragraph; 'قوات جوبالاند' is the ORG. The last paragraph is "
           "background."),
)
