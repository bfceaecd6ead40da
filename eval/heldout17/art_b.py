"""heldout17 article specs 005-008 (invented events; real places and institutions; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 005  (published Fri 2025-11-07)  Lebanon
T005 = "غارة إسرائيلية على مبنى في الضاحية الجنوبية ومسيّرة تستهدف سيارة قرب النبطية"
HRK = L("حارة حريك", "Haret Hreik", "LB", "Mount Lebanon", "city", 33.85, 35.51)
IDF = A("الطيران الحربي الإسرائيلي", "Israeli military", "ISR", "military")
NNA = S("الوكالة الوطنية للإعلام", "wire", "National News Agency (Lebanon)")
A005 = dict(
    id="005_news_item", format="text", published="2025-11-07", title=T005,
    head=[T005, "نشر بتاريخ: الجمعة 07-11-2025 • 20:40", "بيروت - «المشهد الجنوبي»",
          "الدخان يتصاعد من مبنى مستهدف في حارة حريك (أرشيف)", "انشر الخبر: فيسبوك / إكس / واتساب / تلغرام"],
    foot=["مواضيع متعلقة: الجيش يتسلم دفعة جديدة من المساعدات العسكرية",
          "الأكثر تداولاً: زحمة سير خانقة على أوتوستراد الجنوب عند مدخل صيدا",
          "الكلمات المفتاحية: الضاحية، النبطية، اليونيفيل", "تابعونا على إكس وإنستغرام",
          "جميع الحقوق محفوظة © 2025 المشهد الجنوبي"],
    paras=[
        "شنّ الطيران الحربي الإسرائيلي، بعد ظهر اليوم الجمعة، غارة على مبنى سكني في منطقة حارة حريك بالضاحية الجنوبية لبيروت، بعد نحو ساعة من إنذار بالإخلاء نشره المتحدث باسم الجيش الإسرائيلي على منصة إكس، ما أدى إلى تدمير المبنى بالكامل وإصابة ثلاثة أشخاص بجروح طفيفة، وفق ما أفادت به الوكالة الوطنية للإعلام.",
        "وتوعّد وزير الدفاع الإسرائيلي، في تصريح مكتوب مساء اليوم، حزب الله بـ\"ضربات أشد\" إذا لم يُنزع سلاحه، مؤكداً أن إسرائيل \"لن تسمح بإعادة بناء قدراته\".",
        "وفي الجنوب، قُتل شخص وأصيب آخر من المارة، صباح اليوم، بغارة نفذتها مسيّرة إسرائيلية على سيارة على طريق كفررمان - النبطية، بحسب ما أعلنته وزارة الصحة العامة.",
        "من جهته، أعلن الجيش اللبناني، في بيان اليوم، أن وحدة من الهندسة عثرت على منصة صواريخ معدّة للإطلاق في خراج بلدة القليلة جنوب نهر الليطاني وعملت على تفكيكها، مشيراً إلى أنه يواصل انتشاره في المنطقة تنفيذاً للقرار 1701.",
        "وفي بلدة طيردبا في قضاء صور، اعترض عدد من الأهالي، ظهر اليوم، دورية لقوة الأمم المتحدة المؤقتة في لبنان (اليونيفيل) دخلت أحد الأحياء من دون مرافقة الجيش اللبناني، وأجبروها على العودة أدراجها، وفق ما أفاد به شهود عيان.",
        "ودعت اليونيفيل، في بيان مساء اليوم، السكان إلى \"عدم عرقلة عمل حفظة السلام\"، مؤكدة أن دوريتها كانت تنفذ مهمة \"منسّقة مسبقاً مع الجيش اللبناني\".",
        "وكانت وزارة الخارجية والمغتربين قد قدّمت، الأسبوع الماضي، شكوى جديدة إلى مجلس الأمن الدولي ضد إسرائيل، طالبت فيها بإلزامها بوقف خروقها المتكررة للسيادة اللبنانية والانسحاب من النقاط التي لا تزال تحتلها في جنوب لبنان.",
        "وأفاد مصدر عسكري لبناني بأن قيادة الجيش ستدفع بلواء إضافي إلى قضاء بنت جبيل \"في حال أقرّت الحكومة خطة التعزيز المقترحة\" خلال جلستها المقبلة.",
        "وتواصل إسرائيل شنّ غارات شبه يومية على مناطق لبنانية رغم اتفاق وقف إطلاق النار الذي دخل حيّز التنفيذ في 27 تشرين الثاني/نوفمبر 2024، فيما تقول السلطات اللبنانية إن هذه الغارات أودت بحياة أكثر من 300 شخص منذ ذلك الحين.",
    ],
    entities=[
        ("حارة حريك", "GPE", "Haret Hreik"),
        ("الضاحية الجنوبية", "LOC", "Dahiyeh (southern suburbs of Beirut)"),
        ("بيروت", "GPE", "Beirut"),
        ("الجيش الإسرائيلي", "ORG", "Israeli military"),
        ("إكس", "ORG", "X (Twitter)"),
        ("الوكالة الوطنية للإعلام", "ORG", "National News Agency (Lebanon)"),
        ("حزب الله", "ORG", "Hezbollah"),
        ("إسرائيل", "GPE", "Israel"),
        ("كفررمان", "GPE", "Kfar Roummane"),
        ("النبطية", "GPE", "Nabatieh"),
        ("وزارة الصحة العامة", "ORG", "Lebanese Ministry of Public Health"),
        ("الجيش اللبناني", "ORG", "Lebanese Armed Forces"),
        ("القليلة", "GPE", "Qlayleh"),
        ("نهر الليطاني", "LOC", "Litani River"),
        ("طيردبا", "GPE", "Tayr Dibba"),
        ("صور", "GPE", "Tyre"),
        ("قوة الأمم المتحدة المؤقتة في لبنان", "ORG", "United Nations Interim Force in Lebanon (UNIFIL)"),
        ("اليونيفيل", "ORG", "United Nations Interim Force in Lebanon (UNIFIL)"),
        ("وزارة الخارجية والمغتربين", "ORG", "Lebanese Ministry of Foreign Affairs and Emigrants"),
        ("مجلس الأمن الدولي", "ORG", "United Nations Security Council"),
        ("لبنان", "GPE", "Lebanon"),
        ("بنت جبيل", "GPE", "Bint Jbeil"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-11-07", "day", IDF, None,
          [HRK], None, 3, "إصابة ثلاثة أشخاص بجروح طفيفة", NNA, "شنّ الطيران الحربي"),
        E("COERCE", None, "asserted", "2025-11-07", "day",
          A("المتحدث باسم الجيش الإسرائيلي", "Israeli military", "ISR", "military"), None,
          [HRK], None, None, "", NNA, "شنّ الطيران الحربي"),
        E("THREATEN", None, "asserted", "2025-11-07", "day",
          A("وزير الدفاع الإسرائيلي", "Government of Israel", "ISR", "government"),
          A("حزب الله", "Hezbollah", "LBN", "armed_group"),
          [], None, None, "", S("وزير الدفاع الإسرائيلي", "official", "Israeli Minister of Defence"), "وتوعّد وزير الدفاع"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-11-07", "day",
          A("مسيّرة إسرائيلية", "Israeli military", "ISR", "military"), None,
          [L("كفررمان", "Kfar Roummane", "LB", "Nabatieh", "city", 33.37, 35.50)], 1, 1, "قُتل شخص وأصيب آخر من المارة",
          S("وزارة الصحة العامة", "official", "Lebanese Ministry of Public Health"), "قُتل شخص وأصيب آخر"),
        E("COERCE", ["Strategic developments", "Disrupted weapons use"], "asserted", "2025-11-07", "day",
          A("الجيش اللبناني", "Lebanese Armed Forces", "LBN", "military"), None,
          [L("القليلة", "Qlayleh", "LB", "South Lebanon", "city", 33.22, 35.22)], None, None, "",
          S("الجيش اللبناني", "official", "Lebanese Armed Forces"), "عثرت على منصة صواريخ"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-11-07", "day",
          A("عدد من الأهالي", "Residents of Tayr Dibba", "LBN", "protesters"),
          A("دورية لقوة الأمم المتحدة المؤقتة في لبنان", "United Nations Interim Force in Lebanon (UNIFIL)", None, "igo"),
          [L("طيردبا", "Tayr Dibba", "LB", "South Lebanon", "city", 33.28, 35.27)], None, None, "",
          S("شهود عيان", "witness", "Eyewitnesses"), "اعترض عدد من الأهالي"),
        E("REQUEST", None, "asserted", "2025-11-07", "day",
          A("اليونيفيل", "United Nations Interim Force in Lebanon (UNIFIL)", None, "igo"),
          A("السكان", "Residents of southern Lebanon", "LBN", "civilians"),
          [], None, None, "", S("اليونيفيل", "official", "UNIFIL"), "ودعت اليونيفيل"),
        E("ACCUSE", None, "asserted", "2025-10-29", "week",
          A("وزارة الخارجية والمغتربين", "Lebanese Ministry of Foreign Affairs and Emigrants", "LBN", "government"),
          A("إسرائيل", "Government of Israel", "ISR", "government"),
          [], None, None, "", OWN, "شكوى جديدة إلى مجلس الأمن"),
        E("MOBILIZE", None, "hypothetical", "2025-11-07", "day",
          A("قيادة الجيش", "Lebanese Armed Forces", "LBN", "military"), None,
          [L("بنت جبيل", "Bint Jbeil", "LB", "Nabatieh", "city", 33.12, 35.43)], None, None, "",
          S("مصدر عسكري لبناني", "anonymous", "Lebanese military source"), "ستدفع بلواء إضافي"),
    ],
    notes=("Published Fri 2025-11-07, 20:40. P1 one sentence, two events at Haret Hreik «بعد ظهر اليوم»: the air strike (3 lightly "
           "injured, no deaths stated -> null) and the evacuation warning the army spokesperson posted an hour before (COERCE, ACLED "
           "null); both sourced to the National News Agency (wire). P2 the defence minister's threat to Hezbollah (named by title) -> "
           "THREATEN, no place. P3 drone strike on a car on the Kfar Roummane-Nabatieh road: singular «شخص» -> 1 killed, «آخر» -> 1 "
           "injured; victim's affiliation not stated -> actor2 null. P4 the Lebanese army finds and dismantles a launcher near Qlayleh "
           "south of the Litani -> COERCE / Disrupted weapons use (as dev-002), statement day. P5 residents turn back a UNIFIL patrol in "
           "Tayr Dibba -> peaceful PROTEST against UNIFIL (no violence reported; a system may choose Riots/Mob violence). P6 UNIFIL call "
           "-> REQUEST (finite verb; 'مؤكدة' participial). P7 complaint to the Security Council «الأسبوع الماضي» -> ACCUSE against "
           "Israel, week precision -> Wed 2025-10-29; 'طالبت فيها' is the content of the complaint, not a second event. P8 anonymous "
           "source: the army 'will' send a brigade to Bint Jbeil 'if' the cabinet approves -> hypothetical MOBILIZE dated by the report. "
           "P9 aggregate background, not coded. Kfar Roummane, Qlayleh and Tayr Dibba coordinates approximate."),
)

# ---------------------------------------------------------------- 006  (published Thu 2026-04-23)  Morocco, HTML
T006 = "احتجاجات شبابية في عدة مدن مغربية وتوقيفات في الرباط وأعمال شغب في إنزكان"
RBT = L("الرباط", "Rabat", "MA", "Rabat-Salé-Kénitra", "city", 34.02, -6.84)
POL = A("عناصر الأمن الوطني", "Moroccan police (DGSN)", "MAR", "police")
A006 = dict(
    id="006_news_item", format="html", published="2026-04-23", title=T006,
    html=dict(
        site="بوابة الأطلس بريس", nav=["الرئيسية", "وطني", "جهات", "اقتصاد", "رياضة", "فن وثقافة"],
        kicker="مجتمع", byline="الرباط - هيئة التحرير",
        datetime="2026-04-23T19:35:00+01:00", time="23 أبريل 2026 - 19h35",
        img="/wp-content/uploads/2026/04/manif.jpg", caption="شباب يرفعون لافتات خلال وقفة احتجاجية (أرشيف)",
        share=["مشاركة", "فيسبوك", "واتساب", "إكس", "طباعة"],
        tags=["الكلمات المفتاحية", "احتجاجات", "الشباب", "الصحة", "التعليم"],
        related=["مقالات ذات صلة", "تساقطات مطرية مرتقبة بعدد من مناطق المملكة نهاية الأسبوع",
                 "افتتاح الدورة الجديدة للمعرض الدولي للفلاحة بمكناس"],
        footer=["من نحن", "هيئة التحرير", "اتصل بنا", "تابعونا على إنستغرام وتيك توك",
                "جميع الحقوق محفوظة © بوابة الأطلس بريس 2026"],
    ),
    paras=[
        "خرج آلاف الشباب، مساء أمس الأربعاء، في مسيرات ووقفات احتجاجية بعدد من المدن المغربية، استجابة لدعوات أطلقتها مجموعة \"جيل زد 212\" على منصات التواصل الاجتماعي، للمطالبة بتحسين خدمات الصحة والتعليم ومحاربة الفساد.",
        "وفي الرباط، فرّقت عناصر الأمن الوطني بالقوة، مساء أمس، مئات الشباب الذين نظموا وقفة احتجاجية أمام مبنى البرلمان، وأوقفت العشرات منهم، بحسب ما أفاد به شهود عيان.",
        "أما في أكادير، فقد جابت مسيرة شارك فيها نحو ألفي شخص، مساء أمس، شوارع وسط المدينة وصولاً إلى مستشفى الحسن الثاني، ورفع المشاركون شعارات تندد بتردي الخدمات الصحية قبل أن يتفرقوا دون تدخل أمني.",
        "وفي وجدة، نظّم العشرات، مساء أمس، وقفة سلمية أمام مقر الولاية رفعوا خلالها لافتات تطالب بفرص شغل للخريجين، وفق ما أفاد به مراسلنا في المدينة.",
        "وشهدت مدينة إنزكان، ليل الأربعاء، أعمال شغب أضرم خلالها محتجون ملثمون النار في سيارتين للشرطة ووكالة بنكية ورشقوا القوات العمومية بالحجارة، بحسب ما أعلنته السلطات المحلية لعمالة إنزكان آيت ملول.",
        "وقال الناطق الرسمي باسم وزارة الداخلية، في تصريح للتلفزة الرسمية صباح اليوم الخميس، إن 48 عنصراً من القوات العمومية أصيبوا بجروح متفاوتة الخطورة خلال احتجاجات أمس في عدة مدن، فيما جرى توقيف 112 شخصاً وفتح أبحاث قضائية تحت إشراف النيابة العامة.",
        "في المقابل، أعلن رئيس الحكومة، في كلمة بثتها القناة الأولى مساء اليوم، أن الحكومة ستفتح الأسبوع المقبل حواراً مع ممثلي الشباب \"داخل المؤسسات\"، داعياً إلى تقديم المطالب عبر القنوات المنظمة.",
        "وأفرجت النيابة العامة بالرباط، بعد ظهر اليوم، عن 37 من الموقوفين القاصرين وسلّمتهم إلى ذويهم، فيما أُحيل الباقون على المحكمة في حالة سراح.",
        "ودعت مجموعة \"جيل زد 212\"، في منشور على منصة ديسكورد، إلى احتجاجات جديدة في مختلف المدن يوم السبت المقبل، مؤكدة تمسكها بـ\"السلمية\" ورفضها \"كل أشكال التخريب\".",
        "ويقول ناشطون إن الاحتجاجات تعكس استياءً متزايداً في أوساط الشباب من البطالة، التي تجاوزت وفق المندوبية السامية للتخطيط 35 في المئة في صفوف الفئة العمرية بين 15 و24 عاماً.",
    ],
    entities=[
        ("جيل زد 212", "ORG", "GenZ 212 (youth protest movement)"),
        ("الرباط", "GPE", "Rabat"),
        ("الأمن الوطني", "ORG", "General Directorate for National Security (DGSN)"),
        ("أكادير", "GPE", "Agadir"),
        ("مستشفى الحسن الثاني", "FAC", "Hassan II Regional Hospital, Agadir"),
        ("وجدة", "GPE", "Oujda"),
        ("إنزكان", "GPE", "Inezgane"),
        ("عمالة إنزكان آيت ملول", "GPE", "Inezgane-Ait Melloul Prefecture"),
        ("وزارة الداخلية", "ORG", "Moroccan Ministry of Interior"),
        ("النيابة العامة", "ORG", "Moroccan Public Prosecution"),
        ("القناة الأولى", "ORG", "Al Aoula (Moroccan public TV)"),
        ("ديسكورد", "ORG", "Discord"),
        ("المندوبية السامية للتخطيط", "ORG", "High Commission for Planning (Morocco)"),
    ],
    events=[
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2026-04-22", "day",
          A("مئات الشباب", "Protesters (Morocco)", "MAR", "protesters"), POL,
          [RBT], None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "فرّقت عناصر الأمن الوطني"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-04-22", "day",
          POL, A("العشرات منهم", "Protesters (Morocco)", "MAR", "protesters"),
          [RBT], None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "فرّقت عناصر الأمن الوطني"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2026-04-22", "day",
          A("نحو ألفي شخص", "Protesters (Morocco)", "MAR", "protesters"), None,
          [L("أكادير", "Agadir", "MA", "Souss-Massa", "city", 30.42, -9.60)], None, None, "", OWN, "أما في أكادير"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2026-04-22", "day",
          A("العشرات", "Protesters (Morocco)", "MAR", "protesters"), None,
          [L("وجدة", "Oujda", "MA", "Oriental", "city", 34.68, -1.91)], None, None, "", OWN, "وفي وجدة"),
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2026-04-22", "day",
          A("محتجون ملثمون", "Rioters (Morocco)", "MAR", "protesters"),
          A("القوات العمومية", "Moroccan security forces", "MAR", "police"),
          [L("إنزكان", "Inezgane", "MA", "Souss-Massa", "city", 30.36, -9.55)], None, None, "",
          S("السلطات المحلية لعمالة إنزكان آيت ملول", "official", "Inezgane-Ait Melloul local authorities"), "وشهدت مدينة إنزكان"),
        E("CONSULT", None, "planned", "2026-04-29", "week",
          A("رئيس الحكومة", "Government of Morocco", "MAR", "government"),
          A("ممثلي الشباب", "Protesters (Morocco)", "MAR", "protesters"),
          [], None, None, "", S("رئيس الحكومة", "official", "Head of Government of Morocco"), "أعلن رئيس الحكومة"),
        E("CONCEDE", None, "asserted", "2026-04-23", "day",
          A("النيابة العامة", "Moroccan Public Prosecution", "MAR", "government"),
          A("37 من الموقوفين القاصرين", "Protesters (Morocco)", "MAR", "protesters"),
          [RBT], None, None, "", OWN, "وأفرجت النيابة العامة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2026-04-25", "day",
          A("جيل زد 212", "GenZ 212 (youth protest movement)", "MAR", "protesters"), None,
          [], None, None, "", S("جيل زد 212", "official", "GenZ 212 (youth protest movement)"), "إلى احتجاجات جديدة"),
    ],
    notes=("Published Thu 2026-04-23, 19:35 (HTML, Moroccan '19h35' time). P1 is a lead summing up the protests of «مساء أمس "
           "الأربعاء» (04-22) and is not an event; the per-city incidents are. P2 one sentence, two events in Rabat: dispersal -> "
           "Protest with intervention (actor2 the police) and arrests -> COERCE/Arrests («العشرات» is a head count). P3 Agadir march "
           "(«نحو ألفي شخص», no intervention) and P4 Oujda sit-in (the outlet's own correspondent -> outlet_own) are peaceful "
           "protests. P5 Inezgane riot «ليل الأربعاء» -> 04-22: cars and a bank branch burned, stones thrown -> PROTEST + Riots/Violent "
           "demonstration (as dev-005), official source (local authorities). P6 the Interior Ministry's figures (48 members of the "
           "security forces injured, 112 arrested 'in several cities') are aggregates over several places and the text attributes the "
           "injuries to no attack: not coded. P7 the head of government announces dialogue «الأسبوع المقبل» -> planned CONSULT, week "
           "precision -> Wed 2026-04-29, no place. P8 release of 37 minors in Rabat «بعد ظهر اليوم» -> CONCEDE, outlet_own. P9 GenZ 212 "
           "calls protests «يوم السبت المقبل» -> Sat 04-25, planned peaceful PROTEST, no place ('various cities'). P10 opinion and a "
           "statistic, not coded. No person is named; the head of government and the ministry spokesperson appear by title."),
)

# ---------------------------------------------------------------- 007  (published Sun 2024-12-15)  Yemen, Marib and al-Jawf
T007 = "قتلى بهجوم حوثي على مواقع الجيش في صرواح وصاروخ يصيب مدنيين في مأرب"
SRW = L("صرواح", "Sirwah", "YE", "Marib", "city", 15.45, 45.02)
MRB = L("مأرب", "Marib", "YE", "Marib", "city", 15.46, 45.33)
HOUTHI = A("جماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group")
A007 = dict(
    id="007_news_item", format="text", published="2024-12-15", title=T007,
    head=[T007, "15/12/2024م - الساعة 06:20 مساءً", "مأرب - «صدى السد» - خاص",
          "عربة عسكرية في جبهة صرواح غربي مأرب (أرشيف)", "شارك: واتساب ▪ فيسبوك ▪ تلغرام"],
    foot=["اقرأ أيضاً: انخفاض جديد لسعر الريال أمام العملات الأجنبية في عدن",
          "الأكثر قراءة: موسم حصاد التمور يبدأ في وادي حضرموت",
          "الوسوم: مأرب ▪ الجوف ▪ الأسرى", "تابعونا على تلغرام",
          "جميع الحقوق محفوظة © صدى السد 2024"],
    paras=[
        "صدّت قوات الجيش الوطني، فجر اليوم الأحد، هجوماً واسعاً شنّه مسلحو جماعة الحوثي على مواقعها في جبهة صرواح غربي محافظة مأرب، ما أسفر عن مقتل 4 جنود وإصابة 9 آخرين، وفق ما أعلنه المركز الإعلامي للقوات المسلحة.",
        "ونفى مصدر عسكري في المنطقة العسكرية الثالثة ما بثته قناة \"المسيرة\" التابعة للحوثيين اليوم عن سيطرة الجماعة على مواقع جديدة في صرواح، مؤكداً أن الجيش \"يحتفظ بكامل مواقعه\".",
        "وفي مدينة مأرب، أصيب خمسة مدنيين، بينهم طفلان، مساء أمس السبت، جراء سقوط صاروخ باليستي أطلقته جماعة الحوثي على حي سكني شمالي المدينة، بحسب ما أفادت به مصادر طبية في مستشفى هيئة مأرب العام.",
        "وشنّ طيران تحالف دعم الشرعية بقيادة السعودية، ليل السبت، ثلاث غارات على مواقع يتحصن فيها الحوثيون في محيط مدينة الحزم مركز محافظة الجوف، أسفرت عن سقوط قتلى وجرحى، بحسب ما أفاد به سكان محليون.",
        "من جهته، أعلن المتحدث العسكري باسم جماعة الحوثي، في بيان متلفز اليوم، أن الدفاعات الجوية للجماعة أسقطت فجر اليوم طائرة استطلاع أميركية من نوع \"إم كيو-9\" في أجواء محافظة الجوف، وهو ما لم تعلّق عليه القيادة المركزية الأميركية حتى الآن.",
        "وعلى الصعيد السياسي، قال مصدر حكومي مطلع إن جولة جديدة من المفاوضات بين الحكومة والحوثيين بشأن تبادل الأسرى والمحتجزين ستنطلق في العاصمة العُمانية مسقط الأسبوع المقبل، برعاية مكتب المبعوث الأممي الخاص إلى اليمن واللجنة الدولية للصليب الأحمر.",
        "وهدد عضو في المكتب السياسي للجماعة، في تغريدة على منصة إكس اليوم، بـ\"رد موجع\" على أي تصعيد في مأرب والجوف، قائلاً إن \"صبر صنعاء له حدود\".",
        "ووصلت إلى مأرب، صباح اليوم، قافلة مساعدات غذائية مقدمة من مركز الملك سلمان للإغاثة والأعمال الإنسانية تضم 20 شاحنة، ستُوزَّع حمولتها على الأسر النازحة في مخيمات المحافظة، بحسب ما أفادت به وكالة الأنباء اليمنية (سبأ).",
        "ودعا المبعوث الأممي الخاص إلى اليمن، في بيان اليوم، الطرفين إلى \"وقف التصعيد العسكري في مأرب والجوف\" وتهيئة الأجواء لإنجاح جولة مسقط.",
        "ويعيش اليمن هدنة هشة منذ نيسان/أبريل 2022، رغم استمرار المواجهات المتقطعة على خطوط التماس في مأرب والجوف وتعز والضالع، والتي أودت بحياة مئات المقاتلين خلال العام الجاري وفق تقديرات محلية.",
    ],
    entities=[
        ("الجيش الوطني", "ORG", "Yemeni National Army"),
        ("جماعة الحوثي", "ORG", "Houthis (Ansar Allah)"),
        ("صرواح", "GPE", "Sirwah"),
        ("مأرب", "GPE", "Marib"),
        ("المركز الإعلامي للقوات المسلحة", "ORG", "Yemeni Armed Forces Media Center"),
        ("المنطقة العسكرية الثالثة", "ORG", "Third Military Region (Yemen)"),
        ("المسيرة", "ORG", "Al-Masirah TV"),
        ("مستشفى هيئة مأرب العام", "FAC", "Marib General Authority Hospital"),
        ("تحالف دعم الشرعية", "ORG", "Saudi-led Coalition to Support Legitimacy in Yemen"),
        ("السعودية", "GPE", "Saudi Arabia"),
        ("الحزم", "GPE", "Al Hazm"),
        ("الجوف", "GPE", "Al Jawf"),
        ("القيادة المركزية الأميركية", "ORG", "US Central Command"),
        ("الحوثيون", "ORG", "Houthis (Ansar Allah)"),
        ("الحوثيين", "ORG", "Houthis (Ansar Allah)"),
        ("مسقط", "GPE", "Muscat"),
        ("مكتب المبعوث الأممي الخاص إلى اليمن", "ORG", "Office of the UN Special Envoy for Yemen"),
        ("اللجنة الدولية للصليب الأحمر", "ORG", "International Committee of the Red Cross"),
        ("إكس", "ORG", "X (Twitter)"),
        ("صنعاء", "GPE", "Sanaa"),
        ("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "ORG", "King Salman Humanitarian Aid and Relief Centre (KSrelief)"),
        ("وكالة الأنباء اليمنية", "ORG", "Saba News Agency"),
        ("سبأ", "ORG", "Saba News Agency"),
        ("اليمن", "GPE", "Yemen"),
        ("تعز", "GPE", "Taiz"),
        ("الضالع", "GPE", "Al Dhale'e"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-12-15", "day",
          A("مسلحو جماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("قوات الجيش الوطني", "Yemeni government forces", "YEM", "military"),
          [SRW], 4, 9, "مقتل 4 جنود وإصابة 9 آخرين",
          S("المركز الإعلامي للقوات المسلحة", "official", "Yemeni Armed Forces Media Center"), "صدّت قوات الجيش الوطني"),
        E("ASSAULT", ["Battles", "Non-state actor overtakes territory"], "denied", "2024-12-15", "day",
          A("الجماعة", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("الجيش", "Yemeni government forces", "YEM", "military"),
          [SRW], None, None, "", S("مصدر عسكري في المنطقة العسكرية الثالثة", "anonymous", "Yemeni military source (Third Military Region)"),
          "ونفى مصدر عسكري"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-12-14", "day",
          HOUTHI, A("خمسة مدنيين", "Civilians (Yemen)", "YEM", "civilians"),
          [MRB], None, 5, "أصيب خمسة مدنيين، بينهم طفلان",
          S("مصادر طبية", "anonymous", "Medical sources, Marib"), "أصيب خمسة مدنيين"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-12-14", "day",
          A("طيران تحالف دعم الشرعية", "Saudi-led coalition", "SAU", "military"),
          A("الحوثيون", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          [L("الحزم", "Al Hazm", "YE", "Al Jawf", "city", 16.16, 44.78)], None, None, "سقوط قتلى وجرحى",
          S("سكان محليون", "witness", "Local residents"), "وشنّ طيران تحالف"),
        E("ASSAULT", ["Strategic developments", "Disrupted weapons use"], "claimed", "2024-12-15", "day",
          A("الدفاعات الجوية للجماعة", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("طائرة استطلاع أميركية", "United States military", "USA", "military"),
          [L("الجوف", "Al Jawf Governorate", "YE", "Al Jawf", "admin1", 16.7, 45.0)], None, None, "",
          S("المتحدث العسكري باسم جماعة الحوثي", "perpetrator_claim", "Houthi military spokesperson"), "أسقطت فجر اليوم"),
        E("CONSULT", None, "planned", "2024-12-18", "week",
          A("الحكومة", "Government of Yemen", "YEM", "government"), A("الحوثيين", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          [L("مسقط", "Muscat", "OM", "Muscat", "city", 23.59, 58.41)], None, None, "",
          S("مصدر حكومي مطلع", "anonymous", "Yemeni government source"), "جولة جديدة من المفاوضات"),
        E("THREATEN", None, "asserted", "2024-12-15", "day",
          A("عضو في المكتب السياسي للجماعة", "Houthis (Ansar Allah)", "YEM", "armed_group"), None,
          [], None, None, "", S("عضو في المكتب السياسي للجماعة", "official", "Houthi political bureau member"), "وهدد عضو"),
        E("AID", None, "asserted", "2024-12-15", "day",
          A("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "King Salman Humanitarian Aid and Relief Centre (KSrelief)", "SAU", "government"),
          A("الأسر النازحة", "Internally displaced people (Yemen)", "YEM", "civilians"),
          [MRB], None, None, "", S("وكالة الأنباء اليمنية", "wire", "Saba News Agency"), "قافلة مساعدات غذائية"),
        E("REQUEST", None, "asserted", "2024-12-15", "day",
          A("المبعوث الأممي الخاص إلى اليمن", "United Nations", None, "igo"),
          A("الطرفين", "Parties to the Yemen conflict", "YEM", "other"),
          [], None, None, "", S("المبعوث الأممي الخاص إلى اليمن", "official", "UN Special Envoy for Yemen"), "ودعا المبعوث الأممي"),
    ],
    notes=("Published Sun 2024-12-15, 18:20 (date line «06:20 مساءً»). P1 Houthi attack repelled at Sirwah «فجر اليوم» -> Battles/Armed "
           "clash, 4 killed / 9 injured in Western digits, official army media source. P2 an unnamed military source denies al-Masirah's "
           "report that the Houthis took new positions in Sirwah -> denied ASSAULT / Non-state actor overtakes territory, same day "
           "(al-Masirah is only the report denied, not the source). P3 ballistic missile on Marib city «مساء أمس السبت» -> 12-14, 5 "
           "injured, anonymous medical sources. P4 coalition air strikes near al-Hazm «ليل السبت» -> 12-14, vague «قتلى وجرحى» -> null "
           "with casualty_text. P5 Houthi claim of an MQ-9 shot down over al-Jawf «فجر "
           "اليوم», unconfirmed by CENTCOM -> claimed, Disrupted weapons use, placed at the governorate (admin1, approximate centroid). "
           "P6 prisoner-exchange talks in Muscat «الأسبوع المقبل» -> planned CONSULT, week precision -> Wed 12-18. P7 threat by a "
           "political-bureau member (unnamed) -> THREATEN, no place. P8 KSrelief convoy reaches Marib «صباح اليوم» -> AID, Saba for "
           "itself -> wire. P9 UN envoy's call (title only) -> REQUEST, no place. P10 background and aggregate, not coded."),
)

# ---------------------------------------------------------------- 008  (published Wed 2024-11-20)  Gaza, the north
T008 = "شهداء بغارات على جباليا وبيت لاهيا وغارة على مدرسة تؤوي نازحين في مدينة غزة"
JAB = L("مخيم جباليا", "Jabalia refugee camp", "PS", "Gaza Strip", "city", 31.53, 34.49)
BLH = L("بيت لاهيا", "Beit Lahia", "PS", "Gaza Strip", "city", 31.55, 34.50)
A008 = dict(
    id="008_news_item", format="text", published="2024-11-20", title=T008,
    head=[T008, "الأربعاء، 20 تشرين الثاني (نوفمبر) 2024 - 17:50 ت.غ", "غزة - طاقم «نبض القطاع»",
          "نازحون يتفقدون آثار الدمار في مخيم جباليا (أرشيف)", "شارك: واتساب ◦ تلغرام ◦ إكس"],
    foot=["اقرأ أيضاً: تراجع حاد في كميات الطحين المتوفرة بأسواق دير البلح",
          "ذات صلة: بلدية غزة تحذر من تفاقم أزمة تراكم النفايات في الشوارع",
          "الوسوم: شمال غزة | جباليا | المساعدات", "تابعونا عبر قناتنا على تلغرام",
          "© 2024 نبض القطاع - جميع الحقوق محفوظة"],
    paras=[
        "استشهد 19 فلسطينياً وأصيب العشرات، منذ فجر اليوم الأربعاء، في غارات وقصف إسرائيلي على مناطق متفرقة من شمال قطاع غزة ومدينة غزة، وفق ما أفادت به مصادر طبية.",
        "ففي مخيم جباليا، استشهد ثمانية مواطنين، بينهم ثلاثة أطفال، فجر اليوم، بغارة نفذتها طائرة حربية إسرائيلية على منزل لعائلة نازحة وسط المخيم، بحسب ما أفاد به الدفاع المدني في غزة.",
        "وفي بيت لاهيا، استُشهد شاب وأصيبت طفلة، صباح اليوم، بقذائف أطلقتها مدفعية الاحتلال على أطراف البلدة الغربية، وفق ما أفاد به شهود عيان.",
        "وفي مدينة غزة، تعرّضت مدرسة تابعة لوكالة الأونروا تؤوي مئات النازحين في حي التفاح لغارة شنّتها طائرات الاحتلال ظهر اليوم، ما أدى إلى استشهاد أربعة أشخاص وإصابة ١٥ آخرين، بحسب ما أعلنه المكتب الإعلامي الحكومي في غزة.",
        "وزعم الجيش الإسرائيلي، في بيان، أنه استهدف \"مسلحين من حماس كانوا يعملون داخل مجمع قيادة وسيطرة\" أقيم في المدرسة، مدعياً أنه اتخذ خطوات \"لتقليل الضرر بالمدنيين\".",
        "في المقابل، أعلنت كتائب القسام، الجناح العسكري لحركة حماس، أن مقاتليها استهدفوا صباح اليوم دبابة إسرائيلية من نوع \"ميركافا\" بقذيفة \"الياسين 105\" شرقي مخيم جباليا، وأوقعوا طاقمها \"بين قتيل وجريح\"، فيما لم يعلّق جيش الاحتلال على ذلك.",
        "وعلى صعيد المساعدات، دخلت قافلة لبرنامج الأغذية العالمي تضم 11 شاحنة محمّلة بالطحين والمواد الغذائية، مساء أمس الثلاثاء، إلى شمال القطاع عبر معبر زيكيم للمرة الأولى منذ ثلاثة أسابيع، بحسب ما أفادت به وكالة الأنباء الفلسطينية (وفا).",
        "وأصدر المتحدث باسم الجيش الإسرائيلي، صباح اليوم، أوامر جديدة بإخلاء أحياء في بيت لاهيا ومخيم جباليا \"فوراً\" والتوجه جنوباً، في ثالث أمر من نوعه خلال أسبوعين.",
        "ودعت منظمة الصحة العالمية، في بيان مساء أمس، السلطات الإسرائيلية إلى السماح فوراً بإدخال الوقود والإمدادات الطبية إلى مستشفى كمال عدوان في بيت لاهيا، محذّرة من أن المستشفى \"قد يتوقف عن العمل خلال يومين\".",
        "وتقدّر الأونروا أن نحو 130 ألف شخص نزحوا من محافظة شمال غزة منذ بدء العملية العسكرية الإسرائيلية فيها مطلع تشرين الأول/أكتوبر الماضي، فيما لا يزال عشرات الآلاف محاصرين داخلها.",
    ],
    entities=[
        ("فلسطينياً", "NORP", "Palestinians"),
        ("قطاع غزة", "GPE", "Gaza Strip"),
        ("مدينة غزة", "GPE", "Gaza City"),
        ("مخيم جباليا", "GPE", "Jabalia refugee camp"),
        ("الدفاع المدني", "ORG", "Gaza Civil Defence"),
        ("غزة", "GPE", "Gaza"),
        ("بيت لاهيا", "GPE", "Beit Lahia"),
        ("الأونروا", "ORG", "UNRWA"),
        ("حي التفاح", "GPE", "al-Tuffah, Gaza City"),
        ("المكتب الإعلامي الحكومي", "ORG", "Gaza Government Media Office"),
        ("الجيش الإسرائيلي", "ORG", "Israeli military"),
        ("حماس", "ORG", "Hamas"),
        ("كتائب القسام", "ORG", "Izz ad-Din al-Qassam Brigades"),
        ("حركة حماس", "ORG", "Hamas"),
        ("جيش الاحتلال", "ORG", "Israeli military"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("معبر زيكيم", "FAC", "Zikim crossing"),
        ("وكالة الأنباء الفلسطينية", "ORG", "WAFA (Palestinian News and Info Agency)"),
        ("وفا", "ORG", "WAFA (Palestinian News and Info Agency)"),
        ("منظمة الصحة العالمية", "ORG", "World Health Organization"),
        ("مستشفى كمال عدوان", "FAC", "Kamal Adwan Hospital"),
        ("محافظة شمال غزة", "GPE", "North Gaza Governorate"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-11-20", "day",
          A("طائرة حربية إسرائيلية", "Israeli military", "ISR", "military"),
          A("ثمانية مواطنين", "Palestinian civilians", "PSE", "civilians"),
          [JAB], 8, None, "استشهد ثمانية مواطنين، بينهم ثلاثة أطفال",
          S("الدفاع المدني في غزة", "official", "Gaza Civil Defence"), "ففي مخيم جباليا"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-11-20", "day",
          A("مدفعية الاحتلال", "Israeli military", "ISR", "military"), A("شاب", "Palestinian civilians", "PSE", "civilians"),
          [BLH], 1, 1, "استُشهد شاب وأصيبت طفلة", S("شهود عيان", "witness", "Eyewitnesses"), "وفي بيت لاهيا"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-11-20", "day",
          A("طائرات الاحتلال", "Israeli military", "ISR", "military"),
          A("مئات النازحين", "Palestinian civilians", "PSE", "civilians"),
          [L("حي التفاح", "al-Tuffah, Gaza City", "PS", "Gaza Strip", "city", 31.51, 34.48)], 4, 15,
          "استشهاد أربعة أشخاص وإصابة ١٥ آخرين",
          S("المكتب الإعلامي الحكومي في غزة", "official", "Gaza Government Media Office"), "تعرّضت مدرسة تابعة"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2024-11-20", "day",
          A("كتائب القسام", "Hamas (Qassam Brigades)", "PSE", "armed_group"),
          A("دبابة إسرائيلية", "Israeli military", "ISR", "military"),
          [JAB], None, None, "بين قتيل وجريح", S("كتائب القسام", "perpetrator_claim", "Izz ad-Din al-Qassam Brigades"),
          "أعلنت كتائب القسام"),
        E("AID", None, "asserted", "2024-11-19", "day",
          A("برنامج الأغذية العالمي", "World Food Programme", None, "igo"), None,
          [L("معبر زيكيم", "Zikim crossing", "IL", "Southern District", "facility", 31.59, 34.52)], None, None, "",
          S("وكالة الأنباء الفلسطينية", "wire", "WAFA (Palestinian News and Info Agency)"), "دخلت قافلة لبرنامج"),
        E("COERCE", None, "asserted", "2024-11-20", "day",
          A("المتحدث باسم الجيش الإسرائيلي", "Israeli military", "ISR", "military"), None,
          [BLH], None, None, "", OWN, "أوامر جديدة بإخلاء"),
        E("COERCE", None, "asserted", "2024-11-20", "day",
          A("المتحدث باسم الجيش الإسرائيلي", "Israeli military", "ISR", "military"), None,
          [JAB], None, None, "", OWN, "أوامر جديدة بإخلاء"),
        E("REQUEST", None, "asserted", "2024-11-19", "day",
          A("منظمة الصحة العالمية", "World Health Organization", None, "igo"),
          A("السلطات الإسرائيلية", "Government of Israel", "ISR", "government"),
          [], None, None, "", S("منظمة الصحة العالمية", "official", "World Health Organization"), "ودعت منظمة الصحة"),
    ],
    notes=("Published Wed 2024-11-20, 17:50 GMT. P1 is a lead summing up the day's toll in the north and Gaza City: not an event. "
           "P2 Jabalia camp air strike «فجر اليوم», 8 killed in number words, Gaza Civil Defence -> official (as dev-020). P3 Beit Lahia "
           "shelling «صباح اليوم»: singular «شاب» -> 1 killed, «طفلة» -> 1 injured, witnesses. P4 passive «تعرّضت ... لغارة» on an UNRWA "
           "school sheltering IDPs in al-Tuffah «ظهر اليوم» -> 4 killed / ١٥ injured (Eastern digits), Government Media Office -> official. "
           "P5 Israeli army's justification restates P4: not coded. P6 Qassam claim on a tank east of Jabalia camp, not confirmed by "
           "the army -> claimed, Battles/Armed clash (close-range anti-tank fire), «بين قتيل وجريح» -> null. P7 WFP convoy through "
           "Zikim «مساء أمس الثلاثاء» -> 11-19, AID placed at the crossing on the Israeli side (IL, as dev-023 placed Kerem Shalom), WAFA "
           "for itself -> wire. P8 one evacuation order for two places -> two COERCE events (Beit Lahia, Jabalia camp), ACLED null, no "
           "attribution -> outlet_own; «ثالث أمر ... خلال أسبوعين» is an aggregate. P9 WHO call «مساء أمس» -> 11-19 REQUEST to the "
           "Israeli authorities; the hospital is the object of the call, not a venue -> no place. P10 UNRWA displacement estimate: a "
           "count, not an event. Zikim crossing coordinates approximate."),
)
