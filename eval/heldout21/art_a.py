"""heldout21 article specs 001-004 (invented events; real places, institutions and armed groups; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 001  (published Sat 2025-06-14)  Lebanon, Ain al-Hilweh
T001 = "عين الحلوة: ثلاثة قتلى في اشتباكات بين «فتح» و«جند الشام» وهدنة برعاية هيئة العمل المشترك"
CAMP = L("مخيم عين الحلوة", "Ain al-Hilweh refugee camp", "LB", "South Lebanon", "city", 33.54, 35.38)
TAMIR = L("حي التعمير", "al-Ta'mir neighbourhood (Sidon)", "LB", "South Lebanon", "city", 33.55, 35.38)
DARB = L("درب السيم", "Darb es-Sim", "LB", "South Lebanon", "city", 33.53, 35.40)
SIDON = L("صيدا", "Sidon", "LB", "South Lebanon", "city", 33.56, 35.37)
HITTIN = L("حي حطين", "Hittin neighbourhood (Ain al-Hilweh)", "LB", "South Lebanon", "city", 33.54, 35.38)
TAWARI = L("حي الطوارئ", "al-Tawari neighbourhood (Ain al-Hilweh)", "LB", "South Lebanon", "city", 33.54, 35.38)
FATAH = A("حركة فتح", "Fatah", "PSE", "armed_group")
JUND = A("جند الشام", "Jund al-Sham", "PSE", "armed_group")
LAF = "Lebanese Armed Forces"
A001 = dict(
    id="001_news_item", format="text", published="2025-06-14", title=T001,
    head=[T001, "تاريخ النشر: 14-06-2025 | 7:20 مساءً", "صيدا - مكتب الجنوب",
          "عناصر من الجيش اللبناني عند أحد مداخل مخيم عين الحلوة (أرشيف)",
          "شارك الخبر عبر: واتساب - فيسبوك - إكس"],
    foot=["اقرأ أيضاً: الأونروا تحذّر من عجز في موازنة مدارسها جنوبي لبنان",
          "وسوم: عين الحلوة، صيدا، اللاجئون الفلسطينيون",
          "حمّلوا تطبيق «منبر الزهراني» على أندرويد وآيفون",
          "جميع الحقوق محفوظة © منبر الزهراني 2025"],
    paras=[
        "قُتل ٣ عناصر من حركة فتح وأصيب سبعة آخرون بجروح، ليل الخميس، في اشتباكات عنيفة اندلعت إثر هجوم شنّه مسلحون من «جند الشام» على مركز للحركة في حي الطوارئ داخل مخيم عين الحلوة للاجئين الفلسطينيين قرب مدينة صيدا، بحسب ما أفاد به مصدر طبي في مستشفى الهمشري الذي استقبل الضحايا.",
        "وطالت قذائف صاروخية مصدرها الاشتباكات، ليل الخميس أيضاً، حي التعمير المحاذي للمخيم حيث أصيب 4 عسكريين من الجيش اللبناني بجروح طفيفة، وأطراف بلدة درب السيم حيث تضرر منزلان دون تسجيل إصابات، بحسب ما أفاد به شهود عيان لمراسلنا.",
        "ونزحت عشرات العائلات من أحياء المخيم نحو مدينة صيدا، حيث فتحت بلدية صيدا، أمس الجمعة، مدرستين رسميتين لإيوائها ووزعت عليها فرشاً وأغطية ووجبات ساخنة، وفق ما أعلنه رئيس البلدية في تصريح لمراسلنا.",
        "وتوصّلت حركة فتح و«جند الشام»، عصر أمس الجمعة، إلى اتفاق لوقف إطلاق النار خلال اجتماع عقدته هيئة العمل الفلسطيني المشترك في مخيم عين الحلوة، يقضي بسحب المسلحين من الشوارع وتسليم مطلقي النار إلى الجيش اللبناني، وفق ما نقلته الوكالة الوطنية للإعلام عن عضو في الهيئة طلب عدم ذكر اسمه.",
        "وأوقفت قوة من الجيش اللبناني، الذي يفرض طوقاً مشدداً حول المخيم منذ ليل الخميس، شخصين يُشتبه في مشاركتهما بإطلاق النار عند حاجز على المدخل الشمالي لمخيم عين الحلوة فجر اليوم السبت، أثناء محاولتهما مغادرته في سيارة أجرة، وفق ما أفاد به مراسلنا في صيدا.",
        "ونفت حركة فتح، في بيان أصدرته قيادتها في منطقة صيدا اليوم، ما تداولته مواقع إخبارية عن إحراق عناصرها منازل لعائلات محسوبة على «جند الشام» في حي حطين ليل الخميس، مؤكدة أن مقاتليها «التزموا بالرد على مصادر النيران فقط».",
        "في المقابل، زعم «جند الشام»، في بيان تداولته حسابات مقرّبة منه، أن عناصره أسقطوا فجر الجمعة طائرة مسيّرة صغيرة قال إن حركة فتح استخدمتها لرصد مواقعه في حي الطوارئ، وهو ما لم يتسنَّ التأكد منه من مصدر مستقل.",
        "ومن المقرر أن يلتقي وفد من هيئة العمل الفلسطيني المشترك مسؤولين في مديرية المخابرات في الجيش اللبناني في صيدا يوم الاثنين المقبل، لبحث آلية تسليم المطلوبين وتثبيت وقف إطلاق النار، بحسب ما أعلنه أمين سر الهيئة في تصريح صحافي.",
        "وقال مصدر أمني لبناني لمراسلنا إن الجيش قد يغلق مداخل مخيم عين الحلوة كلياً أمام حركة الدخول والخروج إذا لم تُسلّم الفصائل مطلقي النار خلال ثمانٍ وأربعين ساعة، مرجّحاً أن يتم التسليم «قبل انقضاء المهلة».",
        "ويُعدّ عين الحلوة أكبر مخيمات اللاجئين الفلسطينيين في لبنان إذ يقطنه أكثر من 50 ألف نسمة، وقد شهد صيف 2023 جولات قتال مماثلة أودت بحياة نحو 30 شخصاً وأدت إلى نزوح آلاف السكان وتضرر عشرات المباني.",
    ],
    entities=[
        ("حركة فتح", "ORG", "Fatah"),
        ("جند الشام", "ORG", "Jund al-Sham"),
        ("حي الطوارئ", "GPE", "al-Tawari neighbourhood (Ain al-Hilweh)"),
        ("مخيم عين الحلوة", "GPE", "Ain al-Hilweh refugee camp"),
        ("صيدا", "GPE", "Sidon"),
        ("مستشفى الهمشري", "FAC", "al-Hamshari Hospital"),
        ("حي التعمير", "GPE", "al-Ta'mir neighbourhood (Sidon)"),
        ("الجيش اللبناني", "ORG", LAF),
        ("درب السيم", "GPE", "Darb es-Sim"),
        ("بلدية صيدا", "ORG", "Sidon Municipality"),
        ("هيئة العمل الفلسطيني المشترك", "ORG", "Joint Palestinian Action Committee (Lebanon)"),
        ("الوكالة الوطنية للإعلام", "ORG", "National News Agency (Lebanon)"),
        ("حي حطين", "GPE", "Hittin neighbourhood (Ain al-Hilweh)"),
        ("مديرية المخابرات في الجيش اللبناني", "ORG", "Lebanese Army Intelligence Directorate"),
        ("عين الحلوة", "GPE", "Ain al-Hilweh refugee camp"),
        ("لبنان", "GPE", "Lebanon"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-06-12", "day",
          A("مسلحون من «جند الشام»", "Jund al-Sham", "PSE", "armed_group"), FATAH, [CAMP],
          3, 7, "قُتل ٣ عناصر من حركة فتح وأصيب سبعة آخرون بجروح",
          S("مصدر طبي في مستشفى الهمشري", "anonymous", "Medical source, al-Hamshari Hospital"), "قُتل ٣ عناصر من حركة فتح"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-06-12", "day",
          None, A("عسكريين من الجيش اللبناني", LAF, "LBN", "military"), [TAMIR],
          None, 4, "أصيب 4 عسكريين من الجيش اللبناني بجروح طفيفة",
          S("شهود عيان", "witness", "Eyewitnesses"), "وطالت قذائف صاروخية"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-06-12", "day",
          None, None, [DARB], 0, 0, "دون تسجيل إصابات",
          S("شهود عيان", "witness", "Eyewitnesses"), "وطالت قذائف صاروخية"),
        E("AID", None, "asserted", "2025-06-13", "day",
          A("بلدية صيدا", "Sidon Municipality", "LBN", "government"),
          A("عشرات العائلات", "Displaced Palestinian families (Ain al-Hilweh)", "PSE", "civilians"), [SIDON],
          None, None, "", S("رئيس البلدية", "official", "Mayor of Sidon"), "ونزحت عشرات العائلات"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2025-06-13", "day",
          FATAH, JUND, [CAMP], None, None, "",
          S("عضو في الهيئة", "anonymous", "Member of the Joint Palestinian Action Committee (via NNA)"), "وتوصّلت حركة فتح"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-06-14", "day",
          A("قوة من الجيش اللبناني", LAF, "LBN", "military"),
          A("شخصين يُشتبه في مشاركتهما بإطلاق النار", "Shooting suspects (Ain al-Hilweh)", None, "other"), [CAMP],
          None, None, "", OWN, "وأوقفت قوة من الجيش اللبناني"),
        E("COERCE", ["Strategic developments", "Looting/property destruction"], "denied", "2025-06-12", "day",
          FATAH, A("عائلات محسوبة على «جند الشام»", "Families close to Jund al-Sham", "PSE", "civilians"), [HITTIN],
          None, None, "", S("حركة فتح", "official", "Fatah"), "ونفت حركة فتح"),
        E("ASSAULT", ["Strategic developments", "Disrupted weapons use"], "claimed", "2025-06-13", "day",
          JUND, FATAH, [TAWARI], None, None, "",
          S("جند الشام", "perpetrator_claim", "Jund al-Sham"), "زعم «جند الشام»"),
        E("CONSULT", None, "planned", "2025-06-16", "day",
          A("وفد من هيئة العمل الفلسطيني المشترك", "Joint Palestinian Action Committee (Lebanon)", "PSE", "other"),
          A("مديرية المخابرات في الجيش اللبناني", "Lebanese Army Intelligence Directorate", "LBN", "military"), [SIDON],
          None, None, "", S("أمين سر الهيئة", "official", "Secretary of the Joint Palestinian Action Committee"),
          "ومن المقرر أن يلتقي وفد"),
        E("COERCE", None, "hypothetical", "2025-06-14", "day",
          A("الجيش", LAF, "LBN", "military"), None, [CAMP], None, None, "",
          S("مصدر أمني لبناني", "anonymous", "Lebanese security source"), "قد يغلق مداخل"),
    ],
    notes=("Published Sat 2025-06-14; page clock 19:20, later than the only reported same-day act (arrests «فجر اليوم السبت»). "
           "Dates: «ليل الخميس» -> Thu 06-12 (clash, stray shells, the denied house burning); «أمس الجمعة» / «عصر أمس الجمعة» -> 06-13 "
           "(aid, truce); «فجر الجمعة» -> Fri 06-13 (claimed drone downing); «فجر اليوم السبت» -> 06-14; «يوم الاثنين المقبل» -> Mon 06-16 "
           "(planned meeting); the hypothetical closure has no date of its own and takes the publication day. "
           "P1: clash, actor1 the Jund al-Sham gunmen who attacked, actor2 Fatah; both Palestinian factions coded PSE. "
           "P2: one sentence, two places: stray rocket shells on al-Ta'mir (4 soldiers injured) and on Darb es-Sim (explicit no casualties -> 0/0); "
           "no named perpetrator, actor1 null; the source is the witnesses although «لمراسلنا» follows. "
           "P3: displacement itself is not coded; the municipality's shelters and food are AID. "
           "P4: chain «وفق ما نقلته الوكالة الوطنية للإعلام عن عضو في الهيئة» -> innermost speaker, anonymous; the meeting's venue (the camp) is the place. "
           "P5: the army's cordon «الذي يفرض طوقاً ... منذ ليل الخميس» is a background relative clause (an ongoing state), not coded; "
           "only the checkpoint arrests are coded (outlet_own: «وفق ما أفاد به مراسلنا»). "
           "P6: Fatah denies burning houses in Hittin -> denied COERCE / Looting/property destruction, dated by the alleged act. "
           "P7: Jund al-Sham's claim of downing a Fatah drone, unconfirmed -> claimed, Disrupted weapons use. "
           "P8: planned meeting in Sidon (venue given). P9: «قد يغلق ... إذا» -> hypothetical COERCE, no ACLED. "
           "P10: background and aggregates (population, 2023 toll) not coded. Participial clauses not coded: «مؤكدة», «مرجّحاً». "
           "Coordinates are approximate (from memory); Ain al-Hilweh's neighbourhoods share the camp's coordinates."),
)

# ---------------------------------------------------------------- 002  (published Thu 2025-11-13)  Somalia, Puntland, Bari
T002 = "بونتلاند: معارك في جبال علمسكاد وضربة جوية أميركية واعتقالات في بوصاصو"
MISKAAD = L("جبال علمسكاد", "Cal Miskaad mountains", "SO", "Bari", "region", 10.95, 49.55)
BOSASO = L("بوصاصو", "Bosaso", "SO", "Bari", "city", 11.28, 49.18)
QARDHO = L("قرطو", "Qardho", "SO", "Bari", "city", 9.50, 49.09)
PORT = L("ميناء بوصاصو", "Port of Bosaso", "SO", "Bari", "facility", 11.29, 49.19)
QANDALA = L("قندلا", "Qandala", "SO", "Bari", "city", 11.47, 49.87)
ISS = "Islamic State Somalia Province"
A002 = dict(
    id="002_news_item", format="html", published="2025-11-13", title=T002,
    html=dict(
        site="نافذة خليج عدن",
        nav=["الرئيسية", "الصومال", "القرن الأفريقي", "اقتصاد", "تقارير", "فيديو"],
        kicker="أمن",
        byline="بوصاصو - مكتب الشمال الشرقي",
        datetime="2025-11-13T16:40",
        time="الخميس 13 نوفمبر 2025 (22 جمادى الأولى 1447هـ) - 16:40",
        img="/media/2025/11/bari-forces.jpg",
        caption="عناصر من قوات بونتلاند خلال عملية سابقة في إقليم باري (أرشيف)",
        share=["شارك:", "واتساب", "فيسبوك", "تيليغرام"],
        tags=["وسوم:", "بونتلاند", "داعش", "بوصاصو"],
        related=["اقرأ أيضاً", "ارتفاع أسعار الوقود في أسواق جروي", "موسم صيد الروبيان يبدأ على سواحل باري"],
        footer=["من نحن", "اتصل بنا", "حمّل تطبيق الهاتف", "© 2025 نافذة خليج عدن. جميع الحقوق محفوظة"],
    ),
    paras=[
        "قُتل 14 عنصراً من تنظيم «داعش» وأصيب ٤ جنود من قوات دراويش بونتلاند، أمس الأربعاء، في معارك عنيفة اندلعت إثر هجوم شنّته القوات على مخابئ للتنظيم في جبال علمسكاد جنوب شرقي مدينة بوصاصو بإقليم باري، وفق ما نقلته وكالة الأنباء الوطنية الصومالية (صونا) عن الناطق باسم قوات دراويش بونتلاند.",
        "وأعلنت القيادة الأميركية في أفريقيا (أفريكوم)، في بيان مساء أمس، أنها نفذت ليل الثلاثاء ضربة جوية استهدفت تجمعاً لعناصر «داعش» في جبال علمسكاد بالتنسيق مع حكومة ولاية بونتلاند، وأسفرت عن مقتل ثلاثة من عناصر التنظيم، مشيرة إلى أن تقييمها الأولي «لا يشير إلى سقوط ضحايا مدنيين».",
        "وفي سياق متصل، اعتقلت قوة أمن بونتلاند، فجر اليوم الخميس، سبعة مشتبهين بالانتماء إلى التنظيم خلال مداهمات في أحياء مدينة بوصاصو، واثنين آخرين في مدينة قرطو، بحسب ما قال مسؤول أمني لمراسلنا طالباً عدم الكشف عن هويته.",
        "وفي ميناء بوصاصو، أصيب عاملان وحارس بجروح، مساء أمس، جراء انفجار قنبلة يدوية ألقاها مجهول على البوابة الرئيسية للميناء، وفق ما أفاد به شهود عيان لموقع «جاروي أونلاين».",
        "ونفت وزارة الأمن في بونتلاند، في بيان اليوم، ما روّجته حسابات موالية للتنظيم عن انسحاب قوات الدراويش من مواقعها في مديرية قندلا ليل الثلاثاء، مؤكدة أن القوات «تتقدم في عمق السلسلة الجبلية».",
        "في المقابل، زعم تنظيم «داعش»، في بيان نشرته وكالة «أعماق» التابعة له، أن أحد عناصره فجّر سيارة مفخخة فجر اليوم في تجمع لقوات بونتلاند في جبال علمسكاد موقعاً «عشرات القتلى والجرحى»، ولم يصدر أي تأكيد أو نفي من سلطات بونتلاند حتى ساعة إعداد هذا التقرير.",
        "ومن المقرر أن يلتقي رئيس ولاية بونتلاند شيوخ عشائر إقليم باري في مدينة بوصاصو يوم السبت المقبل لبحث تأمين الطرق المؤدية إلى المناطق الجبلية، بحسب ما أعلنه المكتب الإعلامي للرئاسة.",
        "وأوضح مصدر في وزارة الأمن أن بونتلاند قد تطلب من شركائها الدوليين دعماً جوياً إضافياً إذا تحصّن ما تبقى من عناصر التنظيم في الكهوف الوعرة داخل السلسلة الجبلية، مستبعداً أن تطول المعارك «أكثر من أسابيع».",
        "ورحّبت بعثة الأمم المتحدة لتقديم المساعدة الانتقالية في الصومال (أونتمس)، في بيان اليوم، بما وصفته بـ«التقدم الملموس» الذي تحققه قوات بونتلاند في مواجهة التنظيم، داعيةً إلى حماية المدنيين في المناطق الجبلية.",
        "وتشن قوات بونتلاند منذ مطلع العام عملية عسكرية واسعة في سلسلة جبال علمسكاد، تقول السلطات إنها أسفرت حتى الآن عن مقتل أكثر من 300 من عناصر التنظيم، الذي يُقدَّر عدد مقاتليه في الصومال بما بين 600 و1000 مقاتل.",
    ],
    entities=[
        ("داعش", "ORG", ISS),
        ("قوات دراويش بونتلاند", "ORG", "Puntland Dervish Force"),
        ("جبال علمسكاد", "LOC", "Cal Miskaad mountains"),
        ("بوصاصو", "GPE", "Bosaso"),
        ("إقليم باري", "GPE", "Bari region"),
        ("وكالة الأنباء الوطنية الصومالية", "ORG", "Somali National News Agency (SONNA)"),
        ("صونا", "ORG", "Somali National News Agency (SONNA)"),
        ("القيادة الأميركية في أفريقيا", "ORG", "US Africa Command (AFRICOM)"),
        ("أفريكوم", "ORG", "US Africa Command (AFRICOM)"),
        ("بونتلاند", "GPE", "Puntland"),
        ("قوة أمن بونتلاند", "ORG", "Puntland Security Force"),
        ("قرطو", "GPE", "Qardho"),
        ("ميناء بوصاصو", "FAC", "Port of Bosaso"),
        ("جاروي أونلاين", "ORG", "Garowe Online"),
        ("وزارة الأمن في بونتلاند", "ORG", "Puntland Ministry of Security"),
        ("قوات الدراويش", "ORG", "Puntland Dervish Force"),
        ("قندلا", "GPE", "Qandala"),
        ("وزارة الأمن", "ORG", "Puntland Ministry of Security"),
        ("أعماق", "ORG", "Amaq News Agency"),
        ("بعثة الأمم المتحدة لتقديم المساعدة الانتقالية في الصومال", "ORG", "UN Transitional Assistance Mission in Somalia (UNTMIS)"),
        ("أونتمس", "ORG", "UN Transitional Assistance Mission in Somalia (UNTMIS)"),
        ("الصومال", "GPE", "Somalia"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-11-12", "day",
          A("قوات دراويش بونتلاند", "Puntland Dervish Force", "SOM", "military"), A("داعش", ISS, "SOM", "armed_group"), [MISKAAD],
          14, 4, "قُتل 14 عنصراً من تنظيم «داعش» وأصيب ٤ جنود من قوات دراويش بونتلاند",
          S("الناطق باسم قوات دراويش بونتلاند", "official", "Puntland Dervish Force spokesman (via SONNA)"), "قُتل 14 عنصراً"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-11-11", "day",
          A("القيادة الأميركية في أفريقيا", "US Africa Command (AFRICOM)", "USA", "military"), A("داعش", ISS, "SOM", "armed_group"),
          [MISKAAD], 3, None, "مقتل ثلاثة من عناصر التنظيم",
          S("القيادة الأميركية في أفريقيا", "official", "US Africa Command (AFRICOM)"), "وأعلنت القيادة الأميركية"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-11-13", "day",
          A("قوة أمن بونتلاند", "Puntland Security Force", "SOM", "military"),
          A("سبعة مشتبهين بالانتماء إلى التنظيم", "Suspected Islamic State members", "SOM", "armed_group"), [BOSASO],
          None, None, "", S("مسؤول أمني", "anonymous", "Puntland security official"), "اعتقلت قوة أمن بونتلاند"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-11-13", "day",
          A("قوة أمن بونتلاند", "Puntland Security Force", "SOM", "military"),
          A("اثنين آخرين", "Suspected Islamic State members", "SOM", "armed_group"), [QARDHO],
          None, None, "", S("مسؤول أمني", "anonymous", "Puntland security official"), "اعتقلت قوة أمن بونتلاند"),
        E("ASSAULT", ["Explosions/Remote violence", "Grenade"], "asserted", "2025-11-12", "day",
          A("مجهول", "Unidentified attacker", None, "armed_group"), A("عاملان وحارس", "Port workers (Bosaso)", "SOM", "civilians"),
          [PORT], None, 3, "أصيب عاملان وحارس بجروح", S("شهود عيان", "witness", "Eyewitnesses"), "وفي ميناء بوصاصو"),
        E("RETREAT", None, "denied", "2025-11-11", "day",
          A("قوات الدراويش", "Puntland Dervish Force", "SOM", "military"), None, [QANDALA], None, None, "",
          S("وزارة الأمن في بونتلاند", "official", "Puntland Ministry of Security"), "ونفت وزارة الأمن"),
        E("ASSAULT", ["Explosions/Remote violence", "Suicide bomb"], "claimed", "2025-11-13", "day",
          A("داعش", ISS, "SOM", "armed_group"), A("قوات بونتلاند", "Puntland security forces", "SOM", "military"), [MISKAAD],
          None, None, "عشرات القتلى والجرحى", S("داعش", "perpetrator_claim", ISS), "فجّر سيارة مفخخة"),
        E("CONSULT", None, "planned", "2025-11-15", "day",
          A("رئيس ولاية بونتلاند", "President of Puntland", "SOM", "government"),
          A("شيوخ عشائر إقليم باري", "Bari clan elders", "SOM", "other"), [BOSASO], None, None, "",
          S("المكتب الإعلامي للرئاسة", "official", "Puntland presidency media office"), "ومن المقرر أن يلتقي رئيس"),
        E("REQUEST", None, "hypothetical", "2025-11-13", "day",
          A("بونتلاند", "Puntland government", "SOM", "government"),
          A("شركائها الدوليين", "Puntland's international partners", None, "other"), [], None, None, "",
          S("مصدر في وزارة الأمن", "anonymous", "Puntland Ministry of Security source"), "قد تطلب من شركائها"),
        E("SUPPORT", None, "asserted", "2025-11-13", "day",
          A("بعثة الأمم المتحدة لتقديم المساعدة الانتقالية في الصومال", "UN Transitional Assistance Mission in Somalia (UNTMIS)", None, "igo"),
          A("قوات بونتلاند", "Puntland security forces", "SOM", "military"), [], None, None, "",
          S("بعثة الأمم المتحدة لتقديم المساعدة الانتقالية في الصومال", "official", "UNTMIS"), "ورحّبت بعثة الأمم المتحدة"),
    ],
    notes=("Published Thu 2025-11-13; page clock 16:40, later than the same-day acts reported («فجر اليوم الخميس» arrests, the claimed "
           "car bomb «فجر اليوم»). Dates: «أمس الأربعاء» / «مساء أمس» -> 11-12 (clash, grenade); «ليل الثلاثاء» -> Tue 11-11 (AFRICOM "
           "strike; the denied withdrawal); «يوم السبت المقبل» -> Sat 11-15 (planned meeting); the hypothetical request takes the "
           "publication day. P1: chain «وفق ما نقلته وكالة الأنباء الوطنية الصومالية (صونا) عن الناطق باسم ...» -> the spokesman, official; "
           "14 IS fighters killed, 4 Puntland soldiers injured. P2: a state (US) command reporting its own strike -> asserted, official; "
           "«مساء أمس» dates the statement, «ليل الثلاثاء» the strike. P3: one sentence, two places: arrests in Bosaso (7) and Qardho (2). "
           "P4: grenade at the port gate, perpetrator unknown; «عاملان وحارس» -> 3 injured; witnesses speaking to Garowe Online -> witness. "
           "P5: Puntland denies a withdrawal from Qandala district -> denied RETREAT dated by the alleged night. "
           "P6: IS claim of a car bomb via Amaq, explicitly unconfirmed -> claimed Suicide bomb, vague casualties null. "
           "P8: «قد تطلب ... إذا» -> hypothetical REQUEST, no place. P9: UNTMIS welcome -> SUPPORT, no venue so no place; «داعيةً» not coded. "
           "P10: background and aggregates (300 killed since the start of the year; 600-1000 fighters) not coded. "
           "Cal Miskaad's coordinates are a rough centroid between Bosaso and Qandala (search found no coordinates); "
           "Qardho is coded in Bari as the federal map does."),
)

# ---------------------------------------------------------------- 003  (published Sun 2026-08-16)  Western Sahara
T003 = "مقذوفات قرب المحبس والسمارة ومينورسو تنفي إخلاء موقعها"
MAHBES = L("المحبس", "Mahbes", "EH", "Guelmim-Oued Noun", "city", 27.42, -9.05)
SMARA = L("السمارة", "Smara", "EH", "Laayoune-Sakia El Hamra", "city", 26.74, -11.68)
SMARA_AP = L("مطار السمارة", "Smara Airport", "EH", "Laayoune-Sakia El Hamra", "facility", 26.73, -11.70)
FARSIA = L("الفرسية", "Farsia", "EH", "Laayoune-Sakia El Hamra", "city", 27.12, -9.55)
SMARA_CAMP = L("مخيم السمارة", "Smara refugee camp (Tindouf)", "DZ", "Tindouf", "city", 27.48, -7.87)
TINDOUF = L("تندوف", "Tindouf", "DZ", "Tindouf", "city", 27.67, -8.15)
POLISARIO = A("جبهة البوليساريو", "Polisario Front", "ESH", "armed_group")
FAR = A("القوات المسلحة الملكية", "Royal Moroccan Armed Forces", "MAR", "military")
A003 = dict(
    id="003_news_item", format="text", published="2026-08-16", title=T003,
    head=[T003, T003, "الأحد 16 غشت 2026 - 17:10 | آخر تحيين: 18:45", "العيون - قسم الصحراء",
          "دورية للقوات المسلحة الملكية قرب الجدار الدفاعي (أرشيف)",
          "شارك: فيسبوك | واتساب | إكس"],
    foot=["اقرأ أيضاً: موسم صيد الأخطبوط ينطلق في الداخلة وسط توقعات بتراجع المصطادات",
          "الكلمات المفاتيح: المحبس، السمارة، تندوف، مينورسو",
          "تابعونا على تطبيق «صدى الساقية»",
          "© صدى الساقية 2026 - جميع الحقوق محفوظة"],
    paras=[
        "سقطت أربعة مقذوفات، ليل الجمعة، في منطقة خالية على بعد نحو خمسة كيلومترات شرق بلدة المحبس دون أن تخلّف خسائر بشرية أو مادية، وفق ما نقلته وكالة المغرب العربي للأنباء عن السلطات المحلية بإقليم أسا الزاك.",
        "وفي السمارة، أصيب 3 مدنيين بجروح طفيفة، مساء أمس السبت، جراء سقوط مقذوف قرب حي سكني في الجهة الشرقية للمدينة، فيما سقط مقذوف آخر في محيط مطار السمارة دون تسجيل إصابات، بحسب ما أفاد به مصدر أمني مغربي لوسائل إعلام محلية.",
        "ونفت بعثة الأمم المتحدة لتنظيم استفتاء في الصحراء الغربية (مينورسو)، في بيان أصدرته اليوم الأحد، ما تداولته مواقع إخبارية عن إخلاء موقع فريقها في المحبس ليل الجمعة، داعيةً جميع الأطراف إلى «ممارسة أقصى درجات ضبط النفس».",
        "واتهمت وزارة الخارجية المغربية، في بيان مساء أمس، جبهة البوليساريو بالوقوف وراء إطلاق المقذوفات «من الأراضي الجزائرية»، محمّلةً الجزائر «المسؤولية الكاملة» عن أي تصعيد في المنطقة.",
        "في المقابل، رفضت وزارة الخارجية الجزائرية، في بيان نقلته وكالة الأنباء الجزائرية اليوم، ما وصفته بـ«الاتهامات الباطلة» الصادرة عن الرباط، مؤكدةً أن الجزائر «ليست طرفاً في النزاع».",
        "من جهتها، زعمت جبهة البوليساريو، في «بلاغ عسكري» بثته وكالة الأنباء الصحراوية، أن وحداتها قصفت ليل الجمعة «تخندقات» تتمركز فيها القوات المسلحة الملكية في قطاع الفرسية موقعةً قتيلين في صفوف الجنود، وهو ما لم يؤكده أي مصدر مستقل.",
        "وفي مخيم السمارة للاجئين قرب مدينة تندوف، فرّقت عناصر من شرطة البوليساريو، صباح اليوم، وقفة احتجاجية نظّمها مئات اللاجئين أمام مقر إداري للمطالبة باستئناف توزيع الحصص الغذائية كاملة، ما أدى إلى إصابة ٤ محتجين بكدمات، بحسب ما أفاد به شهود من المخيم لمراسلنا.",
        "ومن المقرر أن يزور المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية مدينة تندوف يوم الثلاثاء المقبل للقاء قيادة جبهة البوليساريو، في إطار جولة إقليمية لم يُكشف عن بقية محطاتها، بحسب ما أفادت به مصادر دبلوماسية.",
        "وقال مصدر عسكري مغربي لصحيفة محلية إن القوات المسلحة الملكية قد تستهدف بطائرات مسيّرة منصات الإطلاق شرق الجدار الدفاعي إذا تكرر سقوط المقذوفات قرب المناطق المأهولة، معتبراً أن «الرد سيكون متناسباً».",
        "ويشهد النزاع في الصحراء الغربية توتراً متصاعداً منذ إعلان البوليساريو في نوفمبر 2020 تحلّلها من اتفاق وقف إطلاق النار الموقع عام 1991، وكانت مقذوفات مماثلة قد سقطت على السمارة في أكتوبر 2023 وأودت بحياة مدني وأصابت ثلاثة آخرين.",
    ],
    entities=[
        ("المحبس", "GPE", "Mahbes"),
        ("وكالة المغرب العربي للأنباء", "ORG", "Maghreb Arabe Presse (MAP)"),
        ("إقليم أسا الزاك", "GPE", "Assa-Zag Province"),
        ("السمارة", "GPE", "Smara"),
        ("مطار السمارة", "FAC", "Smara Airport"),
        ("بعثة الأمم المتحدة لتنظيم استفتاء في الصحراء الغربية", "ORG", "MINURSO"),
        ("مينورسو", "ORG", "MINURSO"),
        ("وزارة الخارجية المغربية", "ORG", "Moroccan Ministry of Foreign Affairs"),
        ("جبهة البوليساريو", "ORG", "Polisario Front"),
        ("الجزائر", "GPE", "Algeria"),
        ("وزارة الخارجية الجزائرية", "ORG", "Algerian Ministry of Foreign Affairs"),
        ("وكالة الأنباء الجزائرية", "ORG", "Algeria Press Service (APS)"),
        ("الرباط", "GPE", "Rabat"),
        ("وكالة الأنباء الصحراوية", "ORG", "Sahara Press Service (SPS)"),
        ("القوات المسلحة الملكية", "ORG", "Royal Moroccan Armed Forces"),
        ("الفرسية", "GPE", "Farsia"),
        ("مخيم السمارة", "GPE", "Smara refugee camp (Tindouf)"),
        ("تندوف", "GPE", "Tindouf"),
        ("البوليساريو", "ORG", "Polisario Front"),
        ("الصحراء الغربية", "GPE", "Western Sahara"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2026-08-14", "day",
          None, None, [MAHBES], 0, 0, "دون أن تخلّف خسائر بشرية أو مادية",
          S("السلطات المحلية بإقليم أسا الزاك", "official", "Assa-Zag provincial authorities (via MAP)"), "سقطت أربعة مقذوفات"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2026-08-15", "day",
          None, A("3 مدنيين", "Civilians (Western Sahara)", "ESH", "civilians"), [SMARA], None, 3, "أصيب 3 مدنيين بجروح طفيفة",
          S("مصدر أمني مغربي", "anonymous", "Moroccan security source"), "وفي السمارة، أصيب"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2026-08-15", "day",
          None, None, [SMARA_AP], 0, 0, "دون تسجيل إصابات",
          S("مصدر أمني مغربي", "anonymous", "Moroccan security source"), "وفي السمارة، أصيب"),
        E("RETREAT", None, "denied", "2026-08-14", "day",
          A("بعثة الأمم المتحدة لتنظيم استفتاء في الصحراء الغربية", "MINURSO", None, "igo"), None, [MAHBES], None, None, "",
          S("مينورسو", "official", "MINURSO"), "ونفت بعثة الأمم المتحدة"),
        E("ACCUSE", None, "asserted", "2026-08-15", "day",
          A("وزارة الخارجية المغربية", "Moroccan Ministry of Foreign Affairs", "MAR", "government"), POLISARIO, [], None, None, "",
          S("وزارة الخارجية المغربية", "official", "Moroccan Ministry of Foreign Affairs"), "واتهمت وزارة الخارجية المغربية"),
        E("REJECT", None, "asserted", "2026-08-16", "day",
          A("وزارة الخارجية الجزائرية", "Algerian Ministry of Foreign Affairs", "DZA", "government"),
          A("الرباط", "Government of Morocco", "MAR", "government"), [], None, None, "",
          S("وزارة الخارجية الجزائرية", "official", "Algerian Ministry of Foreign Affairs (via APS)"), "رفضت وزارة الخارجية الجزائرية"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "claimed", "2026-08-14", "day",
          POLISARIO, FAR, [FARSIA], 2, None, "قتيلين في صفوف الجنود",
          S("جبهة البوليساريو", "perpetrator_claim", "Polisario Front"), "زعمت جبهة البوليساريو"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2026-08-16", "day",
          A("مئات اللاجئين", "Sahrawi refugees (Tindouf camps)", "ESH", "protesters"),
          A("عناصر من شرطة البوليساريو", "Polisario police", "ESH", "police"), [SMARA_CAMP],
          None, 4, "إصابة ٤ محتجين بكدمات", S("شهود من المخيم", "witness", "Camp residents"), "وفي مخيم السمارة"),
        E("CONSULT", None, "planned", "2026-08-18", "day",
          A("المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية", "UN Personal Envoy for Western Sahara", None, "igo"),
          A("قيادة جبهة البوليساريو", "Polisario Front", "ESH", "armed_group"), [TINDOUF], None, None, "",
          S("مصادر دبلوماسية", "anonymous", "Diplomatic sources"), "ومن المقرر أن يزور المبعوث"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "hypothetical", "2026-08-16", "day",
          FAR, None, [], None, None, "", S("مصدر عسكري مغربي", "anonymous", "Moroccan military source"), "قد تستهدف بطائرات"),
    ],
    notes=("Published Sun 2026-08-16; page clock 17:10 (updated 18:45), later than the same-day protest «صباح اليوم». "
           "Dates: «ليل الجمعة» -> Fri 08-14 (Mahbes projectiles, the denied evacuation of the MINURSO team site, the claimed shelling "
           "of Farsia); «مساء أمس السبت» / «مساء أمس» -> 08-15 (Smara projectiles, Moroccan accusation); «اليوم» -> 08-16 (Algerian "
           "rejection, camp protest); «يوم الثلاثاء المقبل» -> Tue 08-18; the hypothetical drone strikes take the publication day. "
           "Places in the Moroccan-administered territory are coded country EH with the Moroccan region as admin1 (Mahbes: "
           "Assa-Zag province, Guelmim-Oued Noun; Smara and Farsia: Laayoune-Sakia El Hamra); the Tindouf camps are DZ. "
           "P1: chain «وفق ما نقلته وكالة المغرب العربي للأنباء عن السلطات المحلية» -> official; explicit no casualties -> 0/0; "
           "no perpetrator named in the sentence, actor1 null. P2: one sentence, two places (Smara town, 3 injured; Smara airport, 0/0). "
           "P3: MINURSO denies evacuating its Mahbes team site -> denied RETREAT; «داعيةً» is a participial clause, not coded. "
           "P4: the Moroccan accusation has no venue, so no place; «محمّلةً الجزائر» not coded separately. P5: chain via APS -> the "
           "ministry, official; REJECT aimed at «الرباط». P6: Polisario's communique, unconfirmed -> claimed, 2 soldiers killed (dual). "
           "P7: the dispersal with ٤ injured -> Protest with intervention; camp witnesses -> witness. P8: planned visit to Tindouf. "
           "P9: «قد تستهدف ... إذا» -> hypothetical, the berm is not an entity so no place. P10: background (2020, the 1991 ceasefire, "
           "the 2023 Smara deaths) not coded. Farsia's coordinates are approximate; Mahbes's are from search 2."),
)

# ---------------------------------------------------------------- 004  (published Wed 2024-10-09)  Sudan, Sennar and Blue Nile
T004 = "سنار: مقتل مدنيين بهجوم للدعم السريع على بلدتين ومسيّرات الجيش تضرب سنجة"
MAYERNO = L("مايرنو", "Mayerno", "SD", "Sennar", "city", 13.40, 33.70)
ABUHUJAR = L("أبو حجار", "Abu Hujar", "SD", "Sennar", "city", 12.80, 33.95)
SINGA = L("سنجة", "Singa", "SD", "Sennar", "city", 13.15, 33.93)
GEDAREF = L("القضارف", "Gedaref", "SD", "Gedaref", "city", 14.03, 35.38)
SENNAR = L("سنار", "Sennar", "SD", "Sennar", "city", 13.55, 33.60)
DINDER = L("الدندر", "Dinder", "SD", "Sennar", "city", 13.25, 34.18)
SUKI = L("السوكي", "As-Suki", "SD", "Sennar", "city", 13.33, 33.90)
DAMAZIN = L("الدمازين", "Ad-Damazin", "SD", "Blue Nile", "city", 11.77, 34.35)
RSF = A("قوات الدعم السريع", "Rapid Support Forces", "SDN", "armed_group")
SAF = "Sudanese Armed Forces"
A004 = dict(
    id="004_news_item", format="text", published="2024-10-09", title=T004,
    head=[T004, "الأربعاء 9 أكتوبر (تشرين الأول) 2024 - 16:10 (غرينتش+2)", "القضارف - مكتب الشرق",
          "نازحون من ولاية سنار لدى وصولهم إلى القضارف (أرشيف)",
          "شارك الخبر: واتساب | فيسبوك | تيليغرام"],
    foot=["اقرأ أيضاً: أسعار الذرة ترتفع في أسواق القضارف مع تأخر الحصاد",
          "الكلمات الدلالية: سنار، النيل الأزرق، الدعم السريع، النازحون",
          "حمّل تطبيق «منصة الرهد» لمتابعة الأخبار العاجلة",
          "© 2024 منصة الرهد - جميع الحقوق محفوظة"],
    paras=[
        "قُتل 19 مدنياً في بلدة مايرنو وسبعة آخرون في بلدة أبو حجار بولاية سنار، أمس الثلاثاء، في هجومين متزامنين شنّتهما قوات الدعم السريع على البلدتين، وفق ما أفادت به شبكة أطباء السودان في بيان.",
        "وشنّ الجيش السوداني، فجر اليوم الأربعاء، ضربات بطائرات مسيّرة استهدفت تجمعات لقوات الدعم السريع في مدينة سنجة، ما أسفر عن مقتل ١٢ من عناصرها وتدمير ثلاث مركبات قتالية، بحسب ما أعلنه المتحدث باسم الجيش في بيان.",
        "ووصلت أكثر من 1200 أسرة نازحة من قرى شرق سنار إلى مدينة القضارف منذ ليل الاثنين، وبدأت مفوضية العون الإنساني صباح اليوم توزيع مواد غذائية عليها في أربع مدارس خُصصت لإيوائها، وفق ما أفاد به مصدر في المفوضية لمراسلنا.",
        "وأفادت وكالة السودان للأنباء بأن قافلة تابعة لبرنامج الأغذية العالمي تضم 22 شاحنة محمّلة بالذرة والزيوت والبقوليات وصلت، أمس الثلاثاء، إلى مدينة سنار قادمة من بورتسودان لتوزيع حمولتها على النازحين في المدينة.",
        "وتوصّل الجيش وقوات الدعم السريع، ليل الاثنين، إلى هدنة محلية لمدة 72 ساعة في محلية الدندر تتيح إجلاء الجرحى والمدنيين العالقين، بوساطة قادها زعماء الإدارة الأهلية في المنطقة، بحسب ما أفاد به أحد أعضاء لجنة الوساطة لمراسلنا طالباً عدم ذكر اسمه.",
        "ونفت قوات الدعم السريع، في بيان نشرته على منصة «تيليغرام» اليوم، ما تداولته منظمات محلية عن اختطاف عناصرها نحو ثلاثين امرأة من قرى محلية أبو حجار الأسبوع الماضي، واصفةً تلك الاتهامات بأنها «حملة تضليل».",
        "وزعمت قوات الدعم السريع، في البيان ذاته، أن عناصرها سيطروا فجر اليوم على بلدة السوكي شمال شرقي سنجة بعد معارك مع الجيش، ولم يصدر أي تعليق من الجيش السوداني على ذلك حتى ساعة إعداد هذا التقرير.",
        "ومن المقرر أن يصل وفد من مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إلى مدينة الدمازين، عاصمة ولاية النيل الأزرق، يوم السبت المقبل لتقييم أوضاع آلاف النازحين الذين فروا إليها من ولاية سنار، بحسب ما أعلنته حكومة الولاية.",
        "وقال مصدر عسكري، في تصريح نقلته صحيفة «السوداني»، إن الجيش قد يشن هجوماً واسعاً لاستعادة مدينة سنجة إذا انهارت الهدنة المحلية في الدندر قبل انقضاء مدتها، مرجّحاً أن تتواصل الضربات الجوية «في الأيام المقبلة».",
        "وتسيطر قوات الدعم السريع على سنجة، عاصمة ولاية سنار، منذ أواخر يونيو الماضي، فيما أدت الحرب المستمرة في السودان منذ أبريل 2023 إلى مقتل عشرات الآلاف ونزوح أكثر من عشرة ملايين شخص، بحسب تقديرات أممية.",
    ],
    entities=[
        ("مايرنو", "GPE", "Mayerno"),
        ("أبو حجار", "GPE", "Abu Hujar"),
        ("ولاية سنار", "GPE", "Sennar State"),
        ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
        ("شبكة أطباء السودان", "ORG", "Sudan Doctors Network"),
        ("الجيش السوداني", "ORG", SAF),
        ("سنجة", "GPE", "Singa"),
        ("سنار", "GPE", "Sennar"),
        ("القضارف", "GPE", "Gedaref"),
        ("مفوضية العون الإنساني", "ORG", "Humanitarian Aid Commission (Sudan)"),
        ("وكالة السودان للأنباء", "ORG", "Sudan News Agency (SUNA)"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("بورتسودان", "GPE", "Port Sudan"),
        ("الدندر", "GPE", "Dinder"),
        ("تيليغرام", "ORG", "Telegram"),
        ("السوكي", "GPE", "As-Suki"),
        ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ORG", "UN Office for the Coordination of Humanitarian Affairs (OCHA)"),
        ("الدمازين", "GPE", "Ad-Damazin"),
        ("ولاية النيل الأزرق", "GPE", "Blue Nile State"),
        ("السوداني", "ORG", "Al-Sudani (newspaper)"),
        ("السودان", "GPE", "Sudan"),
    ],
    events=[
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2024-10-08", "day",
          RSF, A("19 مدنياً", "Civilians (Sudan)", "SDN", "civilians"), [MAYERNO], 19, None, "قُتل 19 مدنياً في بلدة مايرنو",
          S("شبكة أطباء السودان", "ngo", "Sudan Doctors Network"), "قُتل 19 مدنياً"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2024-10-08", "day",
          RSF, A("سبعة آخرون", "Civilians (Sudan)", "SDN", "civilians"), [ABUHUJAR], 7, None, "وسبعة آخرون في بلدة أبو حجار",
          S("شبكة أطباء السودان", "ngo", "Sudan Doctors Network"), "قُتل 19 مدنياً"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-10-09", "day",
          A("الجيش السوداني", SAF, "SDN", "military"), RSF, [SINGA], 12, None, "مقتل ١٢ من عناصرها",
          S("المتحدث باسم الجيش", "official", "SAF spokesman"), "وشنّ الجيش السوداني"),
        E("AID", None, "asserted", "2024-10-09", "day",
          A("مفوضية العون الإنساني", "Humanitarian Aid Commission (Sudan)", "SDN", "government"),
          A("أسرة نازحة", "Displaced families from Sennar", "SDN", "civilians"), [GEDAREF], None, None, "",
          S("مصدر في المفوضية", "anonymous", "Humanitarian Aid Commission source"), "ووصلت أكثر من 1200 أسرة"),
        E("AID", None, "asserted", "2024-10-08", "day",
          A("برنامج الأغذية العالمي", "World Food Programme", None, "igo"),
          A("النازحين في المدينة", "Displaced people in Sennar", "SDN", "civilians"), [SENNAR], None, None, "",
          S("وكالة السودان للأنباء", "wire", "Sudan News Agency (SUNA)"), "وأفادت وكالة السودان للأنباء"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2024-10-07", "day",
          A("الجيش", SAF, "SDN", "military"), RSF, [DINDER], None, None, "",
          S("أحد أعضاء لجنة الوساطة", "anonymous", "Member of the Dinder mediation committee"), "وتوصّل الجيش وقوات"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "denied", "2024-10-02", "week",
          RSF, A("نحو ثلاثين امرأة", "Women of Abu Hujar locality", "SDN", "civilians"), [ABUHUJAR], None, None, "",
          S("قوات الدعم السريع", "official", "Rapid Support Forces"), "ونفت قوات الدعم السريع"),
        E("ASSAULT", ["Battles", "Non-state actor overtakes territory"], "claimed", "2024-10-09", "day",
          RSF, A("الجيش", SAF, "SDN", "military"), [SUKI], None, None, "",
          S("قوات الدعم السريع", "perpetrator_claim", "Rapid Support Forces"), "وزعمت قوات الدعم السريع"),
        E("CONSULT", None, "planned", "2024-10-12", "day",
          A("وفد من مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "UN OCHA", None, "igo"),
          A("حكومة الولاية", "Blue Nile State government", "SDN", "government"), [DAMAZIN], None, None, "",
          S("حكومة الولاية", "official", "Blue Nile State government"), "ومن المقرر أن يصل وفد"),
        E("ASSAULT", ["Battles", "Government regains territory"], "hypothetical", "2024-10-09", "day",
          A("الجيش", SAF, "SDN", "military"), None, [SINGA], None, None, "",
          S("مصدر عسكري", "anonymous", "Sudanese military source (via Al-Sudani)"), "قد يشن هجوماً"),
    ],
    notes=("Published Wed 2024-10-09; page clock 16:10 (UTC+2), later than the same-day acts reported (drone strikes «فجر اليوم "
           "الأربعاء», aid «صباح اليوم», the claimed capture «فجر اليوم»). Dates: «أمس الثلاثاء» -> 10-08 (village attacks, WFP convoy); "
           "«ليل الاثنين» -> Mon 10-07 (local truce; also the start of the arrivals in Gedaref, not coded); «الأسبوع الماضي» -> Wed 10-02 "
           "with week precision (the denied abductions); «يوم السبت المقبل» -> Sat 10-12 (planned OCHA visit); the hypothetical offensive "
           "takes the publication day. P1: one sentence, two places: 19 killed in Mayerno, seven in Abu Hujar (two events, "
           "Violence against civilians / Attack; source the Sudan Doctors Network, ngo). P2: the army reporting its own drone strike -> "
           "asserted, official. P3: displacement is not an event; the HAC food distribution is AID (anonymous source). "
           "P4: SUNA speaking for itself -> wire. P5: local 72-hour truce between the army and the RSF brokered by native "
           "administration leaders -> AGREE / Agreement, anonymous mediator. P6: RSF denies abducting women -> denied Abduction, week. "
           "P7: RSF claim of taking As-Suki, no confirmation -> claimed, Non-state actor overtakes territory. P8: planned visit to "
           "Ad-Damazin; source the state government. P9: chain «في تصريح نقلته صحيفة «السوداني»» -> anonymous; «قد يشن ... إذا» -> "
           "hypothetical Government regains territory. P10: background and aggregates not coded. Numbers that are not casualties: "
           "1200 families, 22 trucks, 72 hours, three vehicles, thirty women. Mayerno, Abu Hujar, Dinder and As-Suki coordinates are "
           "approximate (from memory); Singa, Sennar and Ad-Damazin agree with search 6."),
)
