"""heldout17 article specs 001-004 (invented events; real places and institutions; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 001  (published Sat 2026-01-17)  Syria, Suwayda
T001 = "قتلى باشتباكات بين فصائل محلية ومسلحي العشائر في السويداء وإعلان اتفاق لوقف إطلاق النار"
SWD = L("السويداء", "As-Suwayda", "SY", "As-Suwayda", "city", 32.71, 36.57)
MQW = L("حي المقوس", "al-Maqwas district, As-Suwayda", "SY", "As-Suwayda", "city", 32.70, 36.59)
DRUZE = A("مسلحين من فصائل محلية درزية", "Druze local armed factions (As-Suwayda)", "SYR", "armed_group")
A001 = dict(
    id="001_news_item", format="text", published="2026-01-17", title=T001,
    head=[T001, "السبت، 17 كانون الثاني/يناير 2026 - 21:40 بتوقيت دمشق", "السويداء - مراسل شبكة حوران والجبل",
          "آليات عسكرية على طريق دمشق - السويداء (أرشيف)", "شارك الخبر عبر: تلغرام • واتساب • فيسبوك"],
    foot=["اقرأ أيضاً: ارتفاع أسعار المحروقات في محافظات الجنوب مع اشتداد البرد",
          "الأكثر قراءة: عودة التيار الكهربائي إلى أحياء في درعا بعد انقطاع دام أسبوعاً",
          "الوسوم: السويداء • العشائر • وقف إطلاق النار", "تابعونا على فيسبوك ويوتيوب",
          "جميع الحقوق محفوظة © 2026 - شبكة حوران والجبل"],
    paras=[
        "اندلعت اشتباكات عنيفة، ليل الخميس، بين مسلحين من فصائل محلية درزية ومقاتلين من العشائر البدوية في حي المقوس شرقي مدينة السويداء، أسفرت عن مقتل سبعة أشخاص وإصابة ١٩ آخرين، بحسب ما أفاد به المرصد السوري لحقوق الإنسان.",
        "وفي بلدة ولغا غربي المدينة، قُتل شابان وأصيبت امرأة، فجر أمس الجمعة، بقذائف هاون أطلقها مسلحون من العشائر على منازل في البلدة، وفق ما أفاد به سكان محليون.",
        "وأعلنت وزارة الدفاع السورية، في بيان صباح اليوم السبت، أن وحدات من الجيش وقوى الأمن الداخلي انتشرت فجر اليوم على مداخل مدينة السويداء وفي أحيائها الشرقية \"لفض الاشتباك وحماية المدنيين\".",
        "وبعد ساعات من الانتشار، استهدفت طائرة مسيّرة إسرائيلية، ظهر اليوم، رتلاً لقوات الحكومة كان متجهاً إلى السويداء قرب بلدة المزرعة، ما أدى إلى مقتل ثلاثة عناصر وإصابة آخرين، وفق ما نقلته الوكالة العربية السورية للأنباء (سانا) عن مصدر عسكري.",
        "وتوعّد الجيش الإسرائيلي، في بيان مساء اليوم، بضرب أي قوات تقترب من القرى الدرزية في جنوب سوريا، قائلاً إنه استهدف \"آليات عسكرية كانت في طريقها لمهاجمة الدروز\".",
        "ودانت وزارة الخارجية والمغتربين السورية، في بيان اليوم، الغارة الإسرائيلية، ووصفتها بأنها \"اعتداء سافر على السيادة السورية\"، مطالبة المجتمع الدولي بإلزام إسرائيل بوقف تدخلها في الشأن الداخلي.",
        "وعلى طريق دمشق - السويداء، تعرّضت حافلة ركاب لكمين نصبه مسلحون مجهولون قرب بلدة براق مساء أمس الجمعة، خُطف خلاله ستة من ركابها بينهم سيدتان، بحسب ما أفادت به شبكة \"السويداء 24\" المحلية.",
        "وفي ساعة متأخرة من مساء اليوم، أعلن محافظ السويداء التوصل إلى اتفاق لوقف إطلاق النار بين الفصائل المحلية ووجهاء العشائر برعاية حكومية، يقضي بوقف القصف المتبادل وفتح ممرات آمنة لإجلاء الجرحى.",
        "ومن المقرر أن يبدأ مقاتلو العشائر الانسحاب من حي المقوس غداً الأحد، على أن تتسلم دوريات مشتركة من قوى الأمن الداخلي وأبناء الحي النقاط التي يخلونها، بحسب مصدر في المحافظة.",
        "وتشهد محافظة السويداء، ذات الغالبية الدرزية، توترات متكررة بين الفصائل المحلية وعشائر البدو منذ سنوات، فيما تتهم فعاليات أهلية السلطات بالتقصير في ضبط الطريق الذي يربطها بالعاصمة.",
    ],
    entities=[
        ("حي المقوس", "GPE", "al-Maqwas district, As-Suwayda"),
        ("السويداء", "GPE", "As-Suwayda"),
        ("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights"),
        ("ولغا", "GPE", "Walgha"),
        ("وزارة الدفاع السورية", "ORG", "Syrian Ministry of Defence"),
        ("قوى الأمن الداخلي", "ORG", "Syrian Internal Security Forces"),
        ("المزرعة", "GPE", "al-Mazraa (As-Suwayda)"),
        ("الوكالة العربية السورية للأنباء", "ORG", "Syrian Arab News Agency (SANA)"),
        ("سانا", "ORG", "Syrian Arab News Agency (SANA)"),
        ("الجيش الإسرائيلي", "ORG", "Israeli military"),
        ("سوريا", "GPE", "Syria"),
        ("الدروز", "NORP", "Druze"),
        ("وزارة الخارجية والمغتربين السورية", "ORG", "Syrian Ministry of Foreign Affairs and Expatriates"),
        ("إسرائيل", "GPE", "Israel"),
        ("دمشق", "GPE", "Damascus"),
        ("براق", "GPE", "Buraq"),
        ("السويداء 24", "ORG", "Suwayda 24 (local news network)"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-01-15", "day",
          DRUZE, A("مقاتلين من العشائر البدوية", "Bedouin tribal fighters (As-Suwayda)", "SYR", "armed_group"),
          [MQW], 7, 19, "مقتل سبعة أشخاص وإصابة ١٩ آخرين",
          S("المرصد السوري لحقوق الإنسان", "ngo", "Syrian Observatory for Human Rights"), "اندلعت اشتباكات عنيفة"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2026-01-16", "day",
          A("مسلحون من العشائر", "Bedouin tribal fighters (As-Suwayda)", "SYR", "armed_group"),
          A("شابان", "Civilians (Syria)", "SYR", "civilians"),
          [L("ولغا", "Walgha", "SY", "As-Suwayda", "city", 32.74, 36.53)], 2, 1, "قُتل شابان وأصيبت امرأة",
          S("سكان محليون", "witness", "Local residents"), "وفي بلدة ولغا"),
        E("MOBILIZE", None, "asserted", "2026-01-17", "day",
          A("وزارة الدفاع السورية", "Syrian Ministry of Defence", "SYR", "military"), None,
          [SWD], None, None, "", S("وزارة الدفاع السورية", "official", "Syrian Ministry of Defence"), "وأعلنت وزارة الدفاع السورية"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2026-01-17", "day",
          A("طائرة مسيّرة إسرائيلية", "Israeli military", "ISR", "military"),
          A("رتلاً لقوات الحكومة", "Syrian government forces", "SYR", "military"),
          [L("المزرعة", "al-Mazraa (As-Suwayda)", "SY", "As-Suwayda", "city", 32.78, 36.48)], 3, None,
          "مقتل ثلاثة عناصر وإصابة آخرين", S("مصدر عسكري", "anonymous", "Syrian military source (via SANA)"),
          "وبعد ساعات من الانتشار"),
        E("THREATEN", None, "asserted", "2026-01-17", "day",
          A("الجيش الإسرائيلي", "Israeli military", "ISR", "military"),
          A("أي قوات", "Syrian government forces", "SYR", "military"),
          [], None, None, "", S("الجيش الإسرائيلي", "official", "Israeli military"), "وتوعّد الجيش الإسرائيلي"),
        E("ACCUSE", None, "asserted", "2026-01-17", "day",
          A("وزارة الخارجية والمغتربين السورية", "Syrian Ministry of Foreign Affairs and Expatriates", "SYR", "government"),
          A("إسرائيل", "Government of Israel", "ISR", "government"),
          [], None, None, "", S("وزارة الخارجية والمغتربين السورية", "official", "Syrian Ministry of Foreign Affairs and Expatriates"),
          "ودانت وزارة الخارجية"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2026-01-16", "day",
          A("مسلحون مجهولون", "Unidentified gunmen", None, "armed_group"),
          A("ستة من ركابها", "Civilians (Syria)", "SYR", "civilians"),
          [L("براق", "Buraq", "SY", "Rif Dimashq", "city", 33.10, 36.47)], None, None, "",
          S("السويداء 24", "media", "Suwayda 24 (local news network)"), "تعرّضت حافلة ركاب"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2026-01-17", "day",
          A("الفصائل المحلية", "Druze local armed factions (As-Suwayda)", "SYR", "armed_group"),
          A("وجهاء العشائر", "Bedouin tribal leaders (As-Suwayda)", "SYR", "other"),
          [SWD], None, None, "", S("محافظ السويداء", "official", "Governor of As-Suwayda"), "أعلن محافظ السويداء"),
        E("RETREAT", None, "planned", "2026-01-18", "day",
          A("مقاتلو العشائر", "Bedouin tribal fighters (As-Suwayda)", "SYR", "armed_group"), None,
          [MQW], None, None, "", S("مصدر في المحافظة", "anonymous", "As-Suwayda governorate source"), "ومن المقرر أن يبدأ مقاتلو"),
        E("COOPERATE", None, "planned", "2026-01-18", "day",
          A("قوى الأمن الداخلي", "Syrian Internal Security Forces", "SYR", "police"),
          A("أبناء الحي", "Residents of al-Maqwas", "SYR", "civilians"),
          [MQW], None, None, "", S("مصدر في المحافظة", "anonymous", "As-Suwayda governorate source"), "ومن المقرر أن يبدأ مقاتلو"),
    ],
    notes=("Published Sat 2026-01-17 (date line 21:40, so evening events of 'today' are before publication). "
           "P1 «ليل الخميس» -> Thu 2026-01-15 (Battles/Armed clash, Eastern-digit injuries ١٩). P2 «فجر أمس الجمعة» -> 01-16: "
           "mortar fire by tribal fighters on houses in Walgha coded Shelling with the civilians as actor2 (dual «شابان» -> 2 killed, "
           "singular «امرأة» -> 1 injured). P3 the Defence Ministry's deployment «فجر اليوم» -> MOBILIZE at As-Suwayda city (the eastern "
           "districts are inside the city, one place). P4 drone strike near al-Mazraa «ظهر اليوم»; source chain SANA <- military source "
           "-> anonymous; «وإصابة آخرين» leaves injuries null. P5 Israeli army threat (actor2 'any forces' = Syrian government forces; "
           "the 'قائلاً' clause restates P4 and is no event). P6 MFA condemnation -> ACCUSE; 'مطالبة' participial, not coded. "
           "P7 abduction near Buraq «مساء أمس الجمعة» -> 01-16, source the local network Suwayda 24 (media); six abducted is a head count, "
           "not casualties. P8 ceasefire -> AGREE placed in As-Suwayda (announced by the governor, no venue given). P9 one sentence, two "
           "planned events for «غداً الأحد» -> 01-18: RETREAT of the tribal fighters and joint-patrol COOPERATE (the handover takes the "
           "same day by context). P10 background, not coded. Buraq coordinates and admin1 (Rif Dimashq) are approximate; al-Mazraa from "
           "a public reference; Walgha and al-Maqwas approximate."),
)

# ---------------------------------------------------------------- 002  (published Wed 2024-06-12)  Gaza mediation, HTML
T002 = "وفد من حماس يلتقي الوسطاء في الدوحة والقاهرة وإسرائيل ترفض تعديلات الحركة على المقترح"
DOH = L("الدوحة", "Doha", "QA", "Doha", "city", 25.29, 51.53)
CAI = L("القاهرة", "Cairo", "EG", "Cairo", "city", 30.04, 31.24)
HAMAS = A("وفد من قيادة حركة المقاومة الإسلامية", "Hamas", "PSE", "armed_group")
A002 = dict(
    id="002_news_item", format="html", published="2024-06-12", title=T002,
    html=dict(
        site="بوابة الخليج والعالم", nav=["الرئيسية", "الخليج", "فلسطين", "دولي", "اقتصاد", "رياضة"],
        kicker="مفاوضات التهدئة", byline="الدوحة - القاهرة: قسم الشؤون العربية",
        datetime="2024-06-12T19:12:00+03:00", time="| 2024-06-12 | 19:12",
        img="/media/2024/06/talks.jpg", caption="مقر وزارة الخارجية القطرية في الدوحة (أرشيف)",
        share=["شارك المقال:", "فيسبوك", "إكس", "تلغرام", "نسخ الرابط"],
        tags=["الوسوم:", "غزة", "الوساطة القطرية", "الوساطة المصرية", "الهدنة"],
        related=["قد يعجبك أيضاً", "أسعار الغاز المسال ترتفع مع موجة الحر المبكرة في آسيا",
                 "افتتاح معرض الدوحة الدولي للكتاب بمشاركة 40 دولة"],
        footer=["عن الموقع", "سياسة الخصوصية", "للإعلان", "تابعونا على قناتنا في يوتيوب",
                "© 2024 بوابة الخليج والعالم - جميع الحقوق محفوظة"],
    ),
    paras=[
        "التقى وفد من قيادة حركة المقاومة الإسلامية (حماس)، مساء أمس الثلاثاء في الدوحة، رئيس مجلس الوزراء وزير الخارجية القطري ومسؤولين مصريين، وبحث معهم رد الحركة على مقترح التهدئة الأخير، بحسب ما أفاد به مصدر مطلع على المحادثات لوكالة فرانس برس.",
        "وانتقل الوفد، صباح اليوم الأربعاء، إلى القاهرة حيث عقد جولة مباحثات مع مسؤولين في جهاز المخابرات العامة المصرية تناولت \"الضمانات المطلوبة لتنفيذ أي اتفاق\"، وفق ما أعلنته الحركة في بيان مقتضب.",
        "في المقابل، رفض مكتب رئيس الوزراء الإسرائيلي، في بيان مساء اليوم، التعديلات التي أدخلتها حماس على المقترح، معتبراً أنها \"تنسف أسس الإطار المتفق عليه\".",
        "ووصل منسق البيت الأبيض لشؤون الشرق الأوسط إلى الدوحة بعد ظهر اليوم قادماً من تل أبيب، في زيارة يلتقي خلالها المسؤولين القطريين لبحث سبل \"سد الفجوات\" بين الطرفين، بحسب ما أوردته وكالة الأنباء القطرية (قنا).",
        "وأعلنت وزارة الخارجية القطرية، في بيان اليوم، أن حماس وإسرائيل توصلتا ليل أمس، خلال مباحثات غير مباشرة في الدوحة، إلى تفاهم على إدخال 200 شاحنة مساعدات يومياً إلى شمال قطاع غزة طوال أي هدنة، فيما لا تزال الخلافات قائمة بشأن مدة وقف إطلاق النار.",
        "ومن المقرر أن يعقد وزراء الخارجية العرب اجتماعاً طارئاً في مقر جامعة الدول العربية بالقاهرة يوم الأحد المقبل لبحث مستجدات المفاوضات، بحسب ما أعلنه الأمين العام المساعد للجامعة.",
        "وكان الاتحاد الأوروبي قد رحّب، الخميس الماضي، بـ\"الجهود الحثيثة\" التي تبذلها قطر ومصر والولايات المتحدة، معرباً عن دعمه الكامل لأي اتفاق يضمن وقفاً دائماً لإطلاق النار.",
        "وقال مسؤول مصري، طلب عدم كشف هويته، لصحيفة \"الشروق\" إن القاهرة ستستضيف جولة موسعة يشارك فيها الوفد الإسرائيلي \"إذا تلقت رداً إيجابياً من الطرفين على الصيغة الجديدة\".",
        "ويرى مراقبون أن التفاهم على ملف المساعدات قد يشكّل مدخلاً لاتفاق أشمل، في حين تتواصل الحرب في قطاع غزة منذ أكثر من ثمانية أشهر وسط أزمة إنسانية غير مسبوقة.",
    ],
    entities=[
        ("حركة المقاومة الإسلامية", "ORG", "Hamas"),
        ("حماس", "ORG", "Hamas"),
        ("الدوحة", "GPE", "Doha"),
        ("فرانس برس", "ORG", "Agence France-Presse"),
        ("القاهرة", "GPE", "Cairo"),
        ("جهاز المخابرات العامة المصرية", "ORG", "Egyptian General Intelligence Service"),
        ("مكتب رئيس الوزراء الإسرائيلي", "ORG", "Israeli Prime Minister's Office"),
        ("البيت الأبيض", "ORG", "White House"),
        ("الشرق الأوسط", "LOC", "Middle East"),
        ("تل أبيب", "GPE", "Tel Aviv"),
        ("وكالة الأنباء القطرية", "ORG", "Qatar News Agency (QNA)"),
        ("قنا", "ORG", "Qatar News Agency (QNA)"),
        ("وزارة الخارجية القطرية", "ORG", "Qatari Ministry of Foreign Affairs"),
        ("إسرائيل", "GPE", "Israel"),
        ("قطاع غزة", "GPE", "Gaza Strip"),
        ("جامعة الدول العربية", "ORG", "League of Arab States"),
        ("الاتحاد الأوروبي", "ORG", "European Union"),
        ("قطر", "GPE", "Qatar"),
        ("مصر", "GPE", "Egypt"),
        ("الولايات المتحدة", "GPE", "United States"),
        ("الشروق", "ORG", "Al-Shorouk (Egyptian newspaper)"),
    ],
    events=[
        E("CONSULT", None, "asserted", "2024-06-11", "day", HAMAS,
          A("رئيس مجلس الوزراء وزير الخارجية القطري", "Government of Qatar", "QAT", "government"),
          [DOH], None, None, "", S("مصدر مطلع على المحادثات", "anonymous", "Source familiar with the talks (via AFP)"),
          "التقى وفد من قيادة"),
        E("CONSULT", None, "asserted", "2024-06-12", "day",
          A("الوفد", "Hamas", "PSE", "armed_group"),
          A("مسؤولين في جهاز المخابرات العامة المصرية", "Egyptian General Intelligence Service", "EGY", "government"),
          [CAI], None, None, "", S("الحركة", "official", "Hamas"), "وانتقل الوفد"),
        E("REJECT", None, "asserted", "2024-06-12", "day",
          A("مكتب رئيس الوزراء الإسرائيلي", "Government of Israel", "ISR", "government"),
          A("حماس", "Hamas", "PSE", "armed_group"),
          [], None, None, "", S("مكتب رئيس الوزراء الإسرائيلي", "official", "Israeli Prime Minister's Office"), "رفض مكتب رئيس الوزراء"),
        E("CONSULT", None, "asserted", "2024-06-12", "day",
          A("منسق البيت الأبيض لشؤون الشرق الأوسط", "United States government", "USA", "government"),
          A("المسؤولين القطريين", "Government of Qatar", "QAT", "government"),
          [DOH], None, None, "", S("وكالة الأنباء القطرية", "wire", "Qatar News Agency (QNA)"), "ووصل منسق البيت الأبيض"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2024-06-11", "day",
          A("حماس", "Hamas", "PSE", "armed_group"), A("إسرائيل", "Government of Israel", "ISR", "government"),
          [DOH], None, None, "", S("وزارة الخارجية القطرية", "official", "Qatari Ministry of Foreign Affairs"), "توصلتا ليل أمس"),
        E("CONSULT", None, "planned", "2024-06-16", "day",
          A("وزراء الخارجية العرب", "League of Arab States (foreign ministers)", None, "igo"), None,
          [CAI], None, None, "", S("الأمين العام المساعد للجامعة", "official", "Arab League Assistant Secretary-General"),
          "ومن المقرر أن يعقد وزراء"),
        E("SUPPORT", None, "asserted", "2024-06-06", "day",
          A("الاتحاد الأوروبي", "European Union", None, "igo"), A("قطر", "Government of Qatar", "QAT", "government"),
          [], None, None, "", S("الاتحاد الأوروبي", "official", "European Union"), "وكان الاتحاد الأوروبي"),
        E("CONSULT", None, "hypothetical", "2024-06-12", "day",
          A("القاهرة", "Government of Egypt", "EGY", "government"), A("الوفد الإسرائيلي", "Government of Israel", "ISR", "government"),
          [CAI], None, None, "", S("مسؤول مصري", "anonymous", "Egyptian official (via Al-Shorouk)"), "وقال مسؤول مصري"),
    ],
    notes=("Published Wed 2024-06-12, 19:12 (evening statements of 'today' precede it). P1 «مساء أمس الثلاثاء» -> 06-11, Hamas "
           "delegation meets the Qatari PM/FM and Egyptian officials in Doha: one CONSULT whose actor2 is the first named; source chain "
           "AFP <- source familiar -> anonymous. P2 Cairo talks with Egyptian intelligence «صباح اليوم»; source «الحركة» (Hamas, "
           "official). P3 Israeli PMO rejects Hamas's amendments -> REJECT, no place. P4 the US envoy's arrival in Doha -> CONSULT "
           "asserted (the visit itself; the meetings are its purpose), QNA speaking for itself -> wire. P5 the Qatari MFA announces an "
           "Israel-Hamas understanding on aid reached «ليل أمس» in Doha -> AGREE 06-11 (the statement is today; the agreement is dated by "
           "its own expression). P6 planned Arab League ministerial meeting «يوم الأحد المقبل» -> Sun 06-16 in Cairo. P7 EU welcome "
           "«الخميس الماضي» -> Thu 06-06, SUPPORT with actor2 Qatar (first named of three). P8 anonymous Egyptian official: Cairo "
           "would host an expanded round 'if' both reply positively -> hypothetical CONSULT dated by the report (today). P9 opinion "
           "and background, not coded. Office-holders are named by title only."),
)

# ---------------------------------------------------------------- 003  (published Tue 2024-10-29)  Iraq, Baghdad
T003 = "جرحى بتفريق محتجين قرب المنطقة الخضراء واعتراض صاروخ قرب السفارة الأميركية في بغداد"
TAH = L("ساحة التحرير", "Tahrir Square, Baghdad", "IQ", "Baghdad", "facility", 33.33, 44.42)
A003 = dict(
    id="003_news_item", format="text", published="2024-10-29", title=T003,
    head=[T003, "الثلاثاء 26 ربيع الآخر 1446 هـ - 29 تشرين الأول 2024 | 20:15", "بغداد - مكتب الرافد نيوز",
          "قوات مكافحة الشغب عند مدخل جسر الجمهورية (أرشيف)", "مشاركة: بريد إلكتروني - واتساب - نسخ الرابط"],
    foot=["اقرأ المزيد: وزارة الكهرباء تعلن خطة لصيانة محطات التوليد قبل حلول الشتاء",
          "الأكثر مشاهدة: المنتخب الوطني يستعد لمواجهة حاسمة في التصفيات الآسيوية",
          "كلمات دلالية: بغداد - المنطقة الخضراء - تظاهرات الخريجين", "تابعوا صفحتنا على إنستغرام",
          "© 2024 الرافد نيوز. جميع الحقوق محفوظة"],
    paras=[
        "أصيب ٣٤ شخصاً، بينهم ١٢ من منتسبي القوات الأمنية، بحالات اختناق وجروح، ظهر اليوم الثلاثاء، عندما فرّقت قوات مكافحة الشغب بالغاز المسيل للدموع والهراوات مئات المحتجين الذين حاولوا عبور جسر الجمهورية باتجاه المنطقة الخضراء وسط بغداد، وفق ما أعلنته وزارة الصحة العراقية.",
        "وأعلنت قيادة عمليات بغداد، في بيان مساء اليوم، اعتقال 17 شخصاً \"من المندسين والمخربين\" بتهمة الاعتداء على القوات الأمنية وإحراق عجلة للشرطة قرب ساحة التحرير، مؤكدة أنهم أُحيلوا إلى القضاء.",
        "وفي تطور منفصل، اعترضت منظومة الدفاع الجوي المنصوبة داخل السفارة الأميركية، فجر اليوم، صاروخاً من طراز كاتيوشا أُطلق باتجاهها، من دون أن يسفر ذلك عن إصابات، بحسب ما أفاد به مصدر أمني عراقي لوكالة رويترز.",
        "وأمر رئيس مجلس الوزراء القائد العام للقوات المسلحة، في بيان صدر عن مكتبه اليوم، بتشكيل لجنة تحقيق عليا في \"التجاوزات\" التي رافقت تفريق المحتجين، ومحاسبة أي منتسب يثبت تورطه في استخدام القوة المفرطة.",
        "في غضون ذلك، أرجأت رئاسة مجلس النواب جلسة كانت مقررة اليوم للتصويت على قانون الموازنة التكميلية إلى يوم السبت المقبل \"بسبب الظروف الأمنية\"، بحسب بيان صادر عن الدائرة الإعلامية للمجلس.",
        "ودعت بعثة الأمم المتحدة لمساعدة العراق (يونامي)، في بيان اليوم، جميع الأطراف إلى التهدئة وضبط النفس، وحثّت السلطات على \"احترام حق التظاهر السلمي\".",
        "وقررت هيئة الإعلام والاتصالات، مساء اليوم، تعليق عمل قناة فضائية محلية لمدة شهر بتهمة \"التحريض على العنف\" خلال تغطيتها للتظاهرات، من دون أن تسمّيها.",
        "ونصب عشرات المحتجين، مساء اليوم، خياماً في ساحة التحرير، معلنين اعتصاماً مفتوحاً \"حتى تلبية مطالبنا\"، وفق ما أفاد به شهود عيان.",
        "ويشهد العراق منذ مطلع الشهر الجاري احتجاجات متفرقة للخريجين العاطلين عن العمل في بغداد ومحافظات الوسط والجنوب، فيما تقول الحكومة إن الموازنة لا تسمح بتعيينات جديدة قبل العام المقبل.",
    ],
    entities=[
        ("جسر الجمهورية", "FAC", "al-Jumhuriya Bridge, Baghdad"),
        ("المنطقة الخضراء", "GPE", "Green Zone (International Zone), Baghdad"),
        ("بغداد", "GPE", "Baghdad"),
        ("وزارة الصحة العراقية", "ORG", "Iraqi Ministry of Health"),
        ("قيادة عمليات بغداد", "ORG", "Baghdad Operations Command"),
        ("ساحة التحرير", "FAC", "Tahrir Square, Baghdad"),
        ("السفارة الأميركية", "FAC", "US Embassy, Baghdad"),
        ("رويترز", "ORG", "Reuters"),
        ("مجلس النواب", "ORG", "Council of Representatives of Iraq"),
        ("بعثة الأمم المتحدة لمساعدة العراق", "ORG", "United Nations Assistance Mission for Iraq (UNAMI)"),
        ("يونامي", "ORG", "United Nations Assistance Mission for Iraq (UNAMI)"),
        ("هيئة الإعلام والاتصالات", "ORG", "Communications and Media Commission (Iraq)"),
        ("العراق", "GPE", "Iraq"),
    ],
    events=[
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2024-10-29", "day",
          A("مئات المحتجين", "Protesters (Iraq)", "IRQ", "protesters"),
          A("قوات مكافحة الشغب", "Iraqi riot police", "IRQ", "police"),
          [L("جسر الجمهورية", "al-Jumhuriya Bridge, Baghdad", "IQ", "Baghdad", "facility", 33.32, 44.41)], None, 34,
          "أصيب ٣٤ شخصاً، بينهم ١٢ من منتسبي القوات الأمنية، بحالات اختناق وجروح",
          S("وزارة الصحة العراقية", "official", "Iraqi Ministry of Health"), "أصيب ٣٤ شخصاً"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-10-29", "day",
          A("قيادة عمليات بغداد", "Baghdad Operations Command", "IRQ", "military"),
          A("17 شخصاً", "Protesters (Iraq)", "IRQ", "protesters"),
          [TAH], None, None, "", S("قيادة عمليات بغداد", "official", "Baghdad Operations Command"), "اعتقال 17 شخصاً"),
        E("ASSAULT", ["Strategic developments", "Disrupted weapons use"], "asserted", "2024-10-29", "day",
          A("منظومة الدفاع الجوي", "United States military", "USA", "military"), None,
          [L("السفارة الأميركية", "US Embassy, Baghdad", "IQ", "Baghdad", "facility", 33.30, 44.39)], 0, 0,
          "من دون أن يسفر ذلك عن إصابات", S("مصدر أمني عراقي", "anonymous", "Iraqi security source (via Reuters)"),
          "اعترضت منظومة الدفاع الجوي"),
        E("ACCUSE", None, "asserted", "2024-10-29", "day",
          A("رئيس مجلس الوزراء القائد العام للقوات المسلحة", "Government of Iraq (Prime Minister)", "IRQ", "government"), None,
          [], None, None, "", S("مكتبه", "official", "Iraqi Prime Minister's office"), "بتشكيل لجنة تحقيق"),
        E("CONSULT", None, "planned", "2024-11-02", "day",
          A("مجلس النواب", "Council of Representatives of Iraq", "IRQ", "government"), None,
          [], None, None, "", S("الدائرة الإعلامية للمجلس", "official", "Iraqi parliament media department"), "أرجأت رئاسة مجلس النواب"),
        E("REQUEST", None, "asserted", "2024-10-29", "day",
          A("بعثة الأمم المتحدة لمساعدة العراق", "United Nations Assistance Mission for Iraq (UNAMI)", None, "igo"),
          A("جميع الأطراف", "Parties to the Baghdad protests", "IRQ", "other"),
          [], None, None, "", S("بعثة الأمم المتحدة لمساعدة العراق", "official", "UNAMI"), "ودعت بعثة الأمم المتحدة"),
        E("SANCTION", None, "asserted", "2024-10-29", "day",
          A("هيئة الإعلام والاتصالات", "Communications and Media Commission (Iraq)", "IRQ", "government"),
          A("قناة فضائية محلية", "Iraqi satellite channel (unnamed)", "IRQ", "media"),
          [], None, None, "", OWN, "وقررت هيئة الإعلام"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-10-29", "day",
          A("عشرات المحتجين", "Protesters (Iraq)", "IRQ", "protesters"), None,
          [TAH], None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "ونصب عشرات المحتجين"),
    ],
    notes=("Published Tue 2024-10-29 (Hijri 26 Rabi' al-Thani 1446 in the date line; time 20:15). P1 the dispersal at al-Jumhuriya "
           "Bridge «ظهر اليوم» -> PROTEST / Protest with intervention (tear gas, batons; no deaths so not Excessive force); injuries 34 in "
           "Eastern digits from the Health Ministry, fatalities not stated -> null. P2 Baghdad Operations Command arrests 17 near Tahrir "
           "Square (statement 'this evening'; the arrests take the statement's day). P3 C-RAM interception at the US Embassy «فجر اليوم» -> "
           "ASSAULT + Strategic developments/Disrupted weapons use with the interceptor as actor1 and no known launcher (as dev-013's "
           "shoot-down); explicit 'no casualties' -> 0/0; source chain Reuters <- Iraqi security source -> anonymous. P4 the PM's order "
           "of an inquiry -> ACCUSE (PLOVER's investigate mode), actor2 null because the text names nobody, no place. P5 the "
           "postponement is coded as the rescheduled session: planned CONSULT «يوم السبت المقبل» -> Sat 11-02, no place in the "
           "sentence. P6 UNAMI call to calm -> REQUEST. P7 suspension of an unnamed channel -> SANCTION, outlet_own. P8 sit-in at Tahrir "
           "Square «مساء اليوم» -> peaceful PROTEST (witnesses), a different place and event from P1. P9 aggregate background, "
           "not coded. Coordinates of the bridge, square and embassy are approximate (a few hundred metres)."),
)

# ---------------------------------------------------------------- 004  (published Thu 2025-04-24)  Sudan, Darfur, HTML
T004 = "مسيّرات للجيش تضرب مطار نيالا والدعم السريع تهاجم معسكراً للنازحين في زالنجي"
NRT = L("نيرتتي", "Nertiti", "SD", "Central Darfur", "city", 12.96, 24.05)
RSF = A("قوات الدعم السريع", "Rapid Support Forces", "SDN", "armed_group")
A004 = dict(
    id="004_news_item", format="html", published="2025-04-24", title=T004,
    html=dict(
        site="نافذة الغرب السوداني", nav=["الرئيسية", "دارفور", "كردفان", "السودان", "تقارير", "منوعات"],
        kicker="دارفور", byline="نيالا - زالنجي: مراسلو النافذة",
        datetime="2025-04-24T17:05:00+02:00", time="منذ 3 ساعات – 24/04/2025",
        img="/uploads/2025/04/nyala.jpg", caption="دخان يتصاعد في سماء نيالا (صورة من منصات التواصل)",
        share=["انشر:", "واتساب", "فيسبوك", "إكس"],
        tags=["كلمات مفتاحية:", "نيالا", "زالنجي", "الجنينة", "أدري"],
        related=["الأكثر قراءة", "ارتفاع أسعار الذرة والدخن في أسواق الضعين",
                 "انقطاع شبكات الاتصال عن مدن دارفور لليوم الخامس"],
        footer=["من نحن", "اتصل بنا", "تابعونا على واتساب", "جميع الحقوق محفوظة © 2025 نافذة الغرب السوداني"],
    ),
    paras=[
        "استهدف الجيش السوداني بطائرات مسيّرة، فجر اليوم الخميس، مطار نيالا الدولي في ولاية جنوب دارفور، ما أدى إلى تدمير طائرة شحن ومخزن للوقود داخل المطار الذي تسيطر عليه قوات الدعم السريع، بحسب ما أفاد به شهود عيان.",
        "وفي ولاية وسط دارفور، قُتل ١٤ نازحاً، بينهم خمسة أطفال، وأصيب ٢٣ آخرون، مساء أمس الأربعاء، في هجوم شنّه مسلحون من قوات الدعم السريع على معسكر الحميدية للنازحين في مدينة زالنجي، وفق ما أعلنته المنسقية العامة للنازحين واللاجئين.",
        "ودانت وزارة الخارجية السودانية، في بيان اليوم، ما وصفته بـ\"المجزرة البشعة\" في المعسكر، وحمّلت قوات الدعم السريع \"المسؤولية الكاملة\" عن استهداف المدنيين العزل.",
        "في المقابل، نفت قوات الدعم السريع، في بيان على منصة تلغرام مساء أمس، ما تداولته منصات محلية عن اختطاف عناصرها عشرات الشبان من أحياء مدينة الجنينة ليل الثلاثاء، واصفة تلك الأنباء بأنها \"حملة تضليل\".",
        "وأعلنت الدعم السريع، في البيان ذاته، سيطرتها الكاملة على بلدة نيرتتي في ولاية وسط دارفور بعد معارك مع قوات حركة جيش تحرير السودان استمرت يومين.",
        "وأفاد سكان فرّوا من نيرتتي بأن مقاتلي الحركة انسحبوا منها مساء أمس باتجاه مرتفعات جبل مرة، وأن عناصر الدعم السريع نهبوا السوق الرئيسي ومحال تجارية بعد دخولها.",
        "وعلى الحدود الغربية، قالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن نحو 3 آلاف لاجئ عبروا خلال الأسبوع الماضي إلى مدينة أدري التشادية، غالبيتهم من النساء والأطفال الفارين من الجنينة ومحيطها.",
        "وقالت منظمة أطباء بلا حدود إن فرقها بدأت، أمس الأول، تشغيل عيادة متنقلة في أدري لتقديم الرعاية الطبية والتطعيم لمئات اللاجئين الجدد، إضافة إلى توزيع مياه الشرب على نحو 1200 أسرة.",
        "ودعا المتحدث باسم الأمين العام للأمم المتحدة، في إفادة صحافية أمس، طرفي النزاع إلى \"وقف استهداف المدنيين والمرافق المدنية فوراً\" والسماح بوصول المساعدات إلى ولايات دارفور دون عوائق.",
        "وتسيطر قوات الدعم السريع منذ أواخر عام 2023 على أربع من عواصم ولايات دارفور الخمس، فيما يحتفظ الجيش والقوات المتحالفة معه بمدينة الفاشر، عاصمة ولاية شمال دارفور، وسط حرب تعصف بالسودان منذ نيسان/أبريل من العام نفسه.",
    ],
    entities=[
        ("الجيش السوداني", "ORG", "Sudanese Armed Forces"),
        ("مطار نيالا الدولي", "FAC", "Nyala International Airport"),
        ("ولاية جنوب دارفور", "GPE", "South Darfur State"),
        ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
        ("ولاية وسط دارفور", "GPE", "Central Darfur State"),
        ("معسكر الحميدية", "GPE", "Hamidiya IDP camp, Zalingei"),
        ("زالنجي", "GPE", "Zalingei"),
        ("المنسقية العامة للنازحين واللاجئين", "ORG", "General Coordination for Displaced Persons and Refugees in Darfur"),
        ("وزارة الخارجية السودانية", "ORG", "Sudanese Ministry of Foreign Affairs"),
        ("تلغرام", "ORG", "Telegram"),
        ("الجنينة", "GPE", "El Geneina"),
        ("الدعم السريع", "ORG", "Rapid Support Forces"),
        ("نيرتتي", "GPE", "Nertiti"),
        ("حركة جيش تحرير السودان", "ORG", "Sudan Liberation Movement/Army"),
        ("جبل مرة", "LOC", "Jebel Marra"),
        ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG", "UNHCR"),
        ("أدري", "GPE", "Adre"),
        ("منظمة أطباء بلا حدود", "ORG", "Médecins Sans Frontières"),
        ("دارفور", "GPE", "Darfur"),
        ("الفاشر", "GPE", "El Fasher"),
        ("ولاية شمال دارفور", "GPE", "North Darfur State"),
        ("السودان", "GPE", "Sudan"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-04-24", "day",
          A("الجيش السوداني", "Sudanese Armed Forces", "SDN", "military"), RSF,
          [L("مطار نيالا الدولي", "Nyala International Airport", "SD", "South Darfur", "facility", 12.05, 24.96)],
          None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "استهدف الجيش السوداني"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2025-04-23", "day",
          A("مسلحون من قوات الدعم السريع", "Rapid Support Forces", "SDN", "armed_group"),
          A("١٤ نازحاً", "Civilians (Sudan)", "SDN", "civilians"),
          [L("معسكر الحميدية", "Hamidiya IDP camp, Zalingei", "SD", "Central Darfur", "city", 12.90, 23.49)], 14, 23,
          "قُتل ١٤ نازحاً، بينهم خمسة أطفال، وأصيب ٢٣ آخرون",
          S("المنسقية العامة للنازحين واللاجئين", "ngo", "General Coordination for Displaced Persons and Refugees in Darfur"),
          "قُتل ١٤ نازحاً"),
        E("ACCUSE", None, "asserted", "2025-04-24", "day",
          A("وزارة الخارجية السودانية", "Sudanese Ministry of Foreign Affairs", "SDN", "government"), RSF,
          [], None, None, "", S("وزارة الخارجية السودانية", "official", "Sudanese Ministry of Foreign Affairs"), "ودانت وزارة الخارجية"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "denied", "2025-04-22", "day",
          RSF, A("عشرات الشبان", "Civilians (Sudan)", "SDN", "civilians"),
          [L("الجنينة", "El Geneina", "SD", "West Darfur", "city", 13.45, 22.45)], None, None, "",
          S("قوات الدعم السريع", "official", "Rapid Support Forces"), "نفت قوات الدعم السريع"),
        E("ASSAULT", ["Battles", "Non-state actor overtakes territory"], "asserted", "2025-04-23", "day",
          A("الدعم السريع", "Rapid Support Forces", "SDN", "armed_group"),
          A("قوات حركة جيش تحرير السودان", "Sudan Liberation Movement/Army", "SDN", "armed_group"),
          [NRT], None, None, "", S("الدعم السريع", "official", "Rapid Support Forces"), "سيطرتها الكاملة على بلدة"),
        E("RETREAT", None, "asserted", "2025-04-23", "day",
          A("مقاتلي الحركة", "Sudan Liberation Movement/Army", "SDN", "armed_group"), None,
          [NRT], None, None, "", S("سكان فرّوا من نيرتتي", "witness", "Residents who fled Nertiti"), "انسحبوا منها مساء أمس"),
        E("COERCE", ["Strategic developments", "Looting/property destruction"], "asserted", "2025-04-23", "day",
          A("عناصر الدعم السريع", "Rapid Support Forces", "SDN", "armed_group"), None,
          [NRT], None, None, "", S("سكان فرّوا من نيرتتي", "witness", "Residents who fled Nertiti"), "انسحبوا منها مساء أمس"),
        E("AID", None, "asserted", "2025-04-22", "day",
          A("منظمة أطباء بلا حدود", "Médecins Sans Frontières", None, "other"),
          A("مئات اللاجئين الجدد", "Sudanese refugees in Chad", "SDN", "civilians"),
          [L("أدري", "Adre", "TD", "Ouaddaï", "city", 13.47, 22.20)], None, None, "",
          S("منظمة أطباء بلا حدود", "ngo", "Médecins Sans Frontières"), "وقالت منظمة أطباء بلا حدود"),
        E("REQUEST", None, "asserted", "2025-04-23", "day",
          A("المتحدث باسم الأمين العام للأمم المتحدة", "United Nations", None, "igo"),
          A("طرفي النزاع", "Parties to the Sudan conflict", "SDN", "other"),
          [], None, None, "", S("المتحدث باسم الأمين العام للأمم المتحدة", "official", "Spokesperson for the UN Secretary-General"),
          "ودعا المتحدث باسم"),
    ],
    notes=("Published Thu 2025-04-24 (HTML; the time element reads «منذ 3 ساعات – 24/04/2025»). P1 army drone strike on Nyala airport "
           "«فجر اليوم» -> Air/drone strike, actor2 the RSF that holds the airport; no casualties stated -> null. P2 RSF attack on "
           "Hamidiya camp «مساء أمس الأربعاء» -> 04-23, Violence against civilians/Attack, 14/23 in Eastern digits; the Darfur IDP "
           "coordination body is an ngo source (as dev-025). P3 MFA condemnation -> ACCUSE. P4 RSF denial of abductions in El Geneina "
           "«ليل الثلاثاء» -> denied ASSAULT/Abduction dated 04-22 (the alleged event), source the RSF itself (official). P5 «في البيان "
           "ذاته» = the RSF statement of «مساء أمس»: takeover of Nertiti -> Non-state actor overtakes territory, asserted because the "
           "residents in P6 confirm the RSF entry. P6 one sentence, two events: SLM/A withdrawal (RETREAT) and RSF looting of the market "
           "(COERCE / Looting/property destruction), both «مساء أمس», witnesses. P7 UNHCR's refugee count in Adre is a count, not an "
           "event. P8 MSF clinic in Adre started «أمس الأول» -> Tue 04-22, AID placed in Chad (TD). P9 UN spokesperson's call «أمس» "
           "-> REQUEST, no place. P10 background. Nertiti and Hamidiya camp coordinates are approximate; Nyala airport east of the city."),
)
