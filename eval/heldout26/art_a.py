"""heldout26 article specs 001-004 (invented events; real places, institutions and armed groups; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 001  (published Mon 2025-07-21)
T001 = "الديوانية: قطع طرق واعتصامات احتجاجاً على شحّ المياه ونزاع عشائري يوقع قتيلين في الحمزة"
AFAK = L("عفك", "Afak", "IQ", "Al-Qadisiyyah", "city", 32.06, 45.25)
SHAMIYA = L("الشامية", "Al-Shamiya", "IQ", "Al-Qadisiyyah", "city", 31.96, 44.60)
DIWANIYA = L("الديوانية", "Al-Diwaniyah", "IQ", "Al-Qadisiyyah", "city", 31.99, 44.93)
HAMZA = L("الحمزة", "Al-Hamza (Al-Hamza al-Sharqi)", "IQ", "Al-Qadisiyyah", "city", 31.72, 45.00)
DAGHGHARA = L("الدغارة", "Al-Daghghara", "IQ", "Al-Qadisiyyah", "city", 32.17, 44.94)
FARMERS = "Farmers (Al-Qadisiyyah)"
A001 = dict(
    id="001_news_item", format="text", published="2025-07-21", title=T001,
    head=[T001, "الاثنين 21 تموز 2025 - 10:15", "الديوانية - صوت الفرات الأوسط",
          "أرض زراعية متشققة بسبب الجفاف في ريف المحافظة (أرشيف)",
          "شارك الخبر: فيسبوك | واتساب | تيليغرام"],
    foot=["اقرأ أيضاً: ارتفاع أسعار الخضروات في أسواق الفرات الأوسط مع موجة الحر",
          "الوسوم: الديوانية، المياه، الزراعة، احتجاجات",
          "تابعونا على قناتنا في تيليغرام",
          "جميع الحقوق محفوظة © صوت الفرات الأوسط 2025"],
    paras=[
        "أغلق مئات المزارعين الغاضبين من شحّ مياه الري، صباح اليوم الاثنين، الطريق العام عند مدخل قضاء عفك بالإطارات المحترقة، فيما نظّم العشرات اعتصاماً سلمياً أمام مبنى القائممقامية في قضاء الشامية للمطالبة بإطلاق الحصة المائية للمحافظة، بحسب ما أفاد به شهود عيان لمراسلنا.",
        "وفي مدينة الديوانية، أصيب 6 متظاهرين وثلاثة من عناصر الشرطة بجروح، مساء أمس الأحد، عندما فرّقت قوات مكافحة الشغب بالغاز المسيل للدموع والهراوات محتجين حاولوا اقتحام مبنى مديرية الموارد المائية، وفق ما أفاد به مصدر طبي.",
        "واندلع نزاع عشائري مسلح، ليل السبت، بين مسلحين من عشيرتين متجاورتين في قضاء الحمزة على خلفية خلاف حول حصص المياه في أحد الجداول الزراعية، ما أسفر عن مقتل شخصين وإصابة ٥ آخرين، بحسب مصدر في قيادة شرطة الديوانية.",
        "وذكرت وكالة الأنباء العراقية (واع) أن قوة أمنية اعتقلت، فجر اليوم، ٢٣ مطلوباً من المشاركين في النزاع خلال عمليات دهم في قرى قضاء الحمزة، وضبطت بحوزتهم أسلحة متوسطة وخفيفة.",
        "وتبنّت جماعة «أصحاب الكهف»، في بيان نشرته على تيليغرام، تفجير عبوة ناسفة قالت إنها استهدفت ليل الخميس رتلاً لشركة نقل تتعامل مع التحالف الدولي على الطريق السريع قرب الديوانية، ولم يصدر أي تأكيد رسمي للهجوم.",
        "في المقابل، نفت قيادة شرطة الديوانية، في بيان صدر اليوم، ما تداولته صفحات على مواقع التواصل عن اعتقال ناشطين من منظّمي اعتصام الشامية ليل أمس، مؤكدة أن «لا أحد من المحتجين محتجز لديها».",
        "ووزّعت فرق جمعية الهلال الأحمر العراقي، أمس الأحد، مياه شرب معبأة على ٤٥٠ عائلة في قرى قضاء الدغارة التي جفّت فيها الجداول، وفق ما أعلنته الجمعية في بيان.",
        "ومن المقرر أن يزور وفد من وزارة الموارد المائية مدينة الديوانية يوم الخميس المقبل للقاء شيوخ العشائر وممثلي المزارعين وبحث زيادة الإطلاقات المائية، بحسب ما أعلنه مجلس محافظة الديوانية.",
        "وقال أحد منسّقي الاحتجاجات لمراسلنا إن المزارعين قد يعلنون العصيان المدني ويغلقون الدوائر الحكومية في قضاء الحمزة إذا لم تُطلق الحصص خلال أيام، مشيراً إلى أن «الأرض عطشت والصبر نفد».",
        "وتعاني محافظة الديوانية منذ عام 2021 تراجعاً حاداً في حصصها المائية، ما أدى إلى تقليص المساحات المزروعة بالأرز والحنطة إلى أقل من النصف ونزوح مئات الأسر الريفية نحو المدن، وفق تقديرات محلية.",
    ],
    entities=[
        ("عفك", "GPE", "Afak"),
        ("الشامية", "GPE", "Al-Shamiya"),
        ("الديوانية", "GPE", "Al-Diwaniyah"),
        ("مديرية الموارد المائية", "ORG", "Al-Qadisiyyah Directorate of Water Resources"),
        ("الحمزة", "GPE", "Al-Hamza"),
        ("قيادة شرطة الديوانية", "ORG", "Al-Qadisiyyah Police Command"),
        ("وكالة الأنباء العراقية", "ORG", "Iraqi News Agency"),
        ("واع", "ORG", "Iraqi News Agency"),
        ("أصحاب الكهف", "ORG", "Ashab al-Kahf"),
        ("تيليغرام", "ORG", "Telegram"),
        ("التحالف الدولي", "ORG", "Global Coalition against ISIS"),
        ("جمعية الهلال الأحمر العراقي", "ORG", "Iraqi Red Crescent Society"),
        ("الدغارة", "GPE", "Al-Daghghara"),
        ("وزارة الموارد المائية", "ORG", "Iraqi Ministry of Water Resources"),
        ("مجلس محافظة الديوانية", "ORG", "Al-Qadisiyyah Provincial Council"),
    ],
    events=[
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-07-21", "day",
          A("مئات المزارعين", FARMERS, "IRQ", "protesters"), None, [AFAK],
          None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "أغلق مئات المزارعين"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-07-21", "day",
          A("العشرات", FARMERS, "IRQ", "protesters"), None, [SHAMIYA],
          None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "أغلق مئات المزارعين"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2025-07-20", "day",
          A("محتجين", FARMERS, "IRQ", "protesters"), A("قوات مكافحة الشغب", "Iraqi riot police", "IRQ", "police"), [DIWANIYA],
          None, 9, "أصيب 6 متظاهرين وثلاثة من عناصر الشرطة بجروح",
          S("مصدر طبي", "anonymous", "Medical source"), "أصيب 6 متظاهرين"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-07-19", "day",
          A("مسلحين من عشيرتين متجاورتين", "Tribal fighters (Al-Hamza)", "IRQ", "armed_group"), None, [HAMZA],
          2, 5, "مقتل شخصين وإصابة ٥ آخرين",
          S("مصدر في قيادة شرطة الديوانية", "anonymous", "Source in the Al-Qadisiyyah Police Command"), "واندلع نزاع عشائري"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-07-21", "day",
          A("قوة أمنية", "Iraqi security forces", "IRQ", "police"),
          A("٢٣ مطلوباً", "Tribal fighters (Al-Hamza)", "IRQ", "armed_group"), [HAMZA],
          None, None, "", S("وكالة الأنباء العراقية", "wire", "Iraqi News Agency"), "وذكرت وكالة الأنباء العراقية"),
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "claimed", "2025-07-17", "day",
          A("أصحاب الكهف", "Ashab al-Kahf", "IRQ", "armed_group"),
          A("رتلاً لشركة نقل تتعامل مع التحالف الدولي", "Coalition logistics convoy (contractor)", None, "other"), [DIWANIYA],
          None, None, "", S("أصحاب الكهف", "perpetrator_claim", "Ashab al-Kahf"), "تفجير عبوة ناسفة"),
        E("COERCE", ["Strategic developments", "Arrests"], "denied", "2025-07-20", "day",
          A("قيادة شرطة الديوانية", "Al-Qadisiyyah Police Command", "IRQ", "police"),
          A("ناشطين", "Protest organisers (Al-Shamiya)", "IRQ", "protesters"), [SHAMIYA],
          None, None, "", S("قيادة شرطة الديوانية", "official", "Al-Qadisiyyah Police Command"), "نفت قيادة شرطة الديوانية"),
        E("AID", None, "asserted", "2025-07-20", "day",
          A("فرق جمعية الهلال الأحمر العراقي", "Iraqi Red Crescent Society", "IRQ", "other"),
          A("٤٥٠ عائلة", "Rural families (Al-Daghghara)", "IRQ", "civilians"), [DAGHGHARA],
          None, None, "", S("الجمعية", "ngo", "Iraqi Red Crescent Society"), "ووزّعت فرق جمعية"),
        E("CONSULT", None, "planned", "2025-07-24", "day",
          A("وفد من وزارة الموارد المائية", "Iraqi Ministry of Water Resources", "IRQ", "government"),
          A("شيوخ العشائر", "Tribal sheikhs (Al-Qadisiyyah)", "IRQ", "other"), [DIWANIYA],
          None, None, "", S("مجلس محافظة الديوانية", "official", "Al-Qadisiyyah Provincial Council"), "ومن المقرر أن يزور وفد"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2025-07-21", "day",
          A("المزارعين", FARMERS, "IRQ", "protesters"), None, [HAMZA],
          None, None, "", S("أحد منسّقي الاحتجاجات", "anonymous", "A protest coordinator"), "قد يعلنون العصيان"),
    ],
    notes=("Published Monday 2025-07-21 (plain Iraqi date line, Syriac month «تموز»). Dates: «صباح اليوم الاثنين» -> 07-21 (road blocking at Afak "
           "and sit-in at al-Shamiya: one sentence, one event per place, both peaceful protests, witness source); «مساء أمس الأحد» -> 07-20 (Diwaniyah "
           "dispersal: Protest with intervention, injuries 6 protesters + ثلاثة police = 9, no deaths given -> fatalities null); «ليل السبت» -> Sat 07-19 "
           "(tribal clash in al-Hamza, dual «شخصين» -> 2 killed, ٥ injured); «فجر اليوم» -> 07-21 (arrests; INA speaking for itself -> wire; 23 arrested "
           "is not a casualty figure); Ashab al-Kahf's IED claim «ليل الخميس» -> Thu 07-17 (claimed, the text marks it unconfirmed; no toll); the police "
           "denial of arresting activists is dated by the act «ليل أمس» -> 07-20 and placed at al-Shamiya; Red Crescent water «أمس الأحد» -> 07-20 at "
           "al-Daghghara (450 families are recipients, not casualties; the relative clause «التي جفّت فيها الجداول» is not coded); planned ministry visit "
           "«يوم الخميس المقبل» -> 07-24 in Diwaniyah (venue given); the hypothetical civil disobedience has no date of its own -> publication day, "
           "PROTEST/Peaceful protest at al-Hamza. «مؤكدة» and «مشيراً» not coded; P10 background (since 2021) not coded. Unsure: the contractor convoy "
           "as actor2 role other with no country; the Afak road blocking with burning tyres coded Peaceful protest (no clash reported). Coordinates "
           "from memory (approximate)."),
)

# ---------------------------------------------------------------- 002  (published Wed 2024-08-14)
T002 = "طرابلس: تمرّد في سجن القبة وقطع طرق احتجاجاً على انقطاع الكهرباء وإضراب مفتوح في الدوائر الرسمية"
TABBANEH = L("التبانة", "Bab al-Tabbaneh (Tripoli)", "LB", "North", "city", 34.44, 35.85)
DEIRAMMAR = L("معمل دير عمار الحراري", "Deir Ammar power plant", "LB", "North", "facility", 34.47, 35.90)
QOBBEH = L("سجن القبة", "Qobbeh prison (Tripoli)", "LB", "North", "facility", 34.43, 35.86)
NORTH = L("الشمال", "North Governorate", "LB", "North", "admin1", 34.40, 35.95)
JABAL = L("جبل محسن", "Jabal Mohsen (Tripoli)", "LB", "North", "city", 34.45, 35.84)
TRIPOLI = L("طرابلس", "Tripoli (Lebanon)", "LB", "North", "city", 34.44, 35.83)
A002 = dict(
    id="002_news_item", format="html", published="2024-08-14", title=T002,
    html=dict(
        site="منبر الشمال اللبناني",
        nav=["الرئيسية", "لبنان", "الشمال", "اقتصاد", "رأي", "منوعات"],
        kicker="محليات",
        byline="طرابلس - مكتب الشمال",
        datetime="2024-08-14T18:30",
        time="آخر تحديث: 14 آب 2024 - 18:30",
        img="/media/2024/08/tripoli-prison.jpg",
        caption="مدخل أحد السجون في شمال لبنان (أرشيف)",
        share=["شارك:", "فيسبوك", "إكس", "واتساب"],
        tags=["كلمات مفتاحية:", "طرابلس", "السجون", "الكهرباء"],
        related=["الأكثر قراءة", "ارتفاع أسعار المولدات الخاصة مع تراجع ساعات التغذية", "افتتاح معرض للكتاب في معرض رشيد كرامي"],
        footer=["من نحن", "سياسة الخصوصية", "اتصل بنا", "© 2024 منبر الشمال اللبناني - جميع الحقوق محفوظة"],
    ),
    paras=[
        "قطع محتجون غاضبون من انقطاع التيار الكهربائي، ليل الثلاثاء، طرقاً رئيسية في منطقة التبانة بطرابلس بالإطارات المشتعلة، فيما اعتصم العشرات أمام معمل دير عمار الحراري في قضاء المنية، بحسب ما أفادت به الوكالة الوطنية للإعلام.",
        "وأقدم عشرات السجناء في سجن القبة بطرابلس، ظهر أمس الثلاثاء، على إحراق فرش وأغطية واحتجاز حارسين داخل أحد المباني احتجاجاً على الاكتظاظ وتأخر المحاكمات، قبل أن تقتحم قوة من شعبة المعلومات المبنى وتحرر الحارسين، ما أدى إلى إصابة ٧ سجناء وعسكريَّين بجروح طفيفة، وفق ما أفاد به مصدر أمني.",
        "وبدأت رابطة موظفي الإدارة العامة، صباح اليوم، إضراباً مفتوحاً في الدوائر الرسمية بمحافظة الشمال احتجاجاً على تآكل الرواتب، بحسب ما أعلنته الرابطة في بيان.",
        "وتبنّى حساب منسوب إلى تنظيم «داعش» على تيليغرام هجوماً بقنبلة يدوية قال إن عناصره نفذوه فجر الاثنين على حاجز للجيش اللبناني في منطقة جبل محسن، من دون أن يؤكد الجيش اللبناني وقوع الهجوم.",
        "ونفت المديرية العامة لقوى الأمن الداخلي، في بيان مساء أمس، أن يكون أحد السجناء قد توفي تحت التعذيب في سجن القبة الأسبوع الماضي، واصفة ما نُشر بأنه «عارٍ من الصحة».",
        "وانتهى اجتماع عقده في طرابلس، صباح اليوم، وفد من هيئة علماء المسلمين في لبنان مع إدارة السجن وممثلين عن أهالي الموقوفين بالاتفاق على تسريع جلسات المحاكمة وتحسين الطعام، وفق ما أعلنته الهيئة.",
        "ومن المقرر أن يزور وزير الداخلية سجن القبة يوم الجمعة المقبل للقاء لجنة تمثّل السجناء، بحسب ما أفادت به مصادر في الوزارة.",
        "وقال متحدث باسم أهالي الموقوفين إن العائلات قد تقطع الطريق الدولي عند المدخل الجنوبي لطرابلس إذا لم يُنفَّذ الاتفاق خلال أسبوع، مضيفاً أن «أبناءنا يموتون ببطء».",
        "وطالبت منظمة العفو الدولية، في بيان اليوم، السلطات اللبنانية بفتح تحقيق مستقل في ظروف الاحتجاز داخل السجون، داعيةً إلى الإفراج عن الموقوفين الذين تجاوزت مدة توقيفهم الاحتياطي الحد القانوني.",
        "ويضم سجن القبة، الذي بُني لاستيعاب نحو 300 نزيل، أكثر من 800 سجين حالياً، فيما تعاني السجون منذ الانهيار المالي عام 2019 نقصاً حاداً في الغذاء والدواء.",
    ],
    entities=[
        ("التبانة", "GPE", "Bab al-Tabbaneh"),
        ("طرابلس", "GPE", "Tripoli (Lebanon)"),
        ("معمل دير عمار الحراري", "FAC", "Deir Ammar power plant"),
        ("المنية", "GPE", "Minieh"),
        ("الوكالة الوطنية للإعلام", "ORG", "National News Agency (Lebanon)"),
        ("سجن القبة", "FAC", "Qobbeh prison"),
        ("شعبة المعلومات", "ORG", "ISF Information Branch"),
        ("رابطة موظفي الإدارة العامة", "ORG", "Public Administration Employees League"),
        ("الشمال", "GPE", "North Governorate"),
        ("داعش", "ORG", "Islamic State"),
        ("تيليغرام", "ORG", "Telegram"),
        ("الجيش اللبناني", "ORG", "Lebanese Armed Forces"),
        ("جبل محسن", "GPE", "Jabal Mohsen"),
        ("المديرية العامة لقوى الأمن الداخلي", "ORG", "Lebanese Internal Security Forces"),
        ("هيئة علماء المسلمين في لبنان", "ORG", "Association of Muslim Scholars in Lebanon"),
        ("منظمة العفو الدولية", "ORG", "Amnesty International"),
    ],
    events=[
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-08-13", "day",
          A("محتجون غاضبون من انقطاع التيار الكهربائي", "Residents protesting power cuts (Tripoli)", "LBN", "protesters"), None, [TABBANEH],
          None, None, "", S("الوكالة الوطنية للإعلام", "wire", "National News Agency (Lebanon)"), "قطع محتجون غاضبون"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-08-13", "day",
          A("العشرات", "Residents protesting power cuts (Minieh)", "LBN", "protesters"), None, [DEIRAMMAR],
          None, None, "", S("الوكالة الوطنية للإعلام", "wire", "National News Agency (Lebanon)"), "قطع محتجون غاضبون"),
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2024-08-13", "day",
          A("عشرات السجناء", "Inmates of Qobbeh prison", "LBN", "protesters"), None, [QOBBEH],
          None, 9, "إصابة ٧ سجناء وعسكريَّين بجروح طفيفة",
          S("مصدر أمني", "anonymous", "Security source"), "وأقدم عشرات السجناء"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-08-14", "day",
          A("رابطة موظفي الإدارة العامة", "Public Administration Employees League", "LBN", "protesters"), None, [NORTH],
          None, None, "", S("الرابطة", "ngo", "Public Administration Employees League"), "إضراباً مفتوحاً"),
        E("ASSAULT", ["Explosions/Remote violence", "Grenade"], "claimed", "2024-08-12", "day",
          A("داعش", "Islamic State", None, "armed_group"),
          A("حاجز للجيش اللبناني", "Lebanese Armed Forces", "LBN", "military"), [JABAL],
          None, None, "", S("داعش", "perpetrator_claim", "Islamic State"), "هجوماً بقنبلة يدوية"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2024-08-07", "week",
          A("المديرية العامة لقوى الأمن الداخلي", "Lebanese Internal Security Forces", "LBN", "police"),
          A("أحد السجناء", "Inmate of Qobbeh prison", "LBN", "civilians"), [QOBBEH],
          None, None, "", S("المديرية العامة لقوى الأمن الداخلي", "official", "Lebanese Internal Security Forces"), "توفي تحت التعذيب"),
        E("AGREE", None, "asserted", "2024-08-14", "day",
          A("وفد من هيئة علماء المسلمين في لبنان", "Association of Muslim Scholars in Lebanon", "LBN", "other"),
          A("إدارة السجن", "Qobbeh prison administration", "LBN", "government"), [TRIPOLI],
          None, None, "", S("الهيئة", "ngo", "Association of Muslim Scholars in Lebanon"), "وانتهى اجتماع عقده في طرابلس"),
        E("CONSULT", None, "planned", "2024-08-16", "day",
          A("وزير الداخلية", "Lebanese Minister of Interior", "LBN", "government"),
          A("لجنة تمثّل السجناء", "Inmates' committee (Qobbeh prison)", "LBN", "other"), [QOBBEH],
          None, None, "", S("مصادر في الوزارة", "anonymous", "Sources in the Interior Ministry"), "ومن المقرر أن يزور وزير الداخلية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2024-08-14", "day",
          A("العائلات", "Families of detainees (Tripoli)", "LBN", "protesters"), None, [TRIPOLI],
          None, None, "", S("متحدث باسم أهالي الموقوفين", "anonymous", "Spokesman for detainees' families"), "قد تقطع الطريق الدولي"),
        E("REQUEST", None, "asserted", "2024-08-14", "day",
          A("منظمة العفو الدولية", "Amnesty International", None, "other"),
          A("السلطات اللبنانية", "Government of Lebanon", "LBN", "government"), [],
          None, None, "", S("منظمة العفو الدولية", "ngo", "Amnesty International"), "وطالبت منظمة العفو الدولية"),
    ],
    notes=("Published Wednesday 2024-08-14 (HTML; «آخر تحديث» line with the Levantine month «آب»). Dates: «ليل الثلاثاء» -> Tue 08-13 (power-cut "
           "protests: road blocking in Bab al-Tabbaneh and a sit-in at the Deir Ammar plant, one sentence, one event per place; NNA speaking for itself "
           "-> wire); «ظهر أمس الثلاثاء» -> 08-13 (Qobbeh prison riot: Riots/Violent demonstration, injuries ٧ inmates + dual «عسكريَّين» = 9, no deaths "
           "-> fatalities null; the Information Branch storming is part of the same event, not coded separately); «صباح اليوم» -> 08-14 (open strike "
           "of the public-administration employees' league, placed at admin1 North Governorate as the text gives; union statement -> ngo); IS grenade "
           "claim «فجر الاثنين» -> Mon 08-12 (claimed; the army has not confirmed); the ISF denial of a death under torture is dated by the act "
           "«الأسبوع الماضي» -> Wed 08-07 (week) and carries no casualty numbers; the scholars' mediation ended «صباح اليوم» in an agreement (AGREE, "
           "ACLED null; venue Tripoli); planned ministerial visit «يوم الجمعة المقبل» -> 08-16 at the prison; the families' hypothetical road blocking "
           "has no date -> publication day, placed at Tripoli; Amnesty's request has no place. Participial clauses «واصفة»، «مضيفاً»، «داعيةً» not coded; "
           "P10 background (capacity figures, since 2019) not coded. Unsure: the riot could be coded ASSAULT by a system (ACLED Riots accepts "
           "PROTEST); the strike's place is the governorate. Coordinates from memory (approximate)."),
)

# ---------------------------------------------------------------- 003  (published Fri 2026-04-17)
T003 = "المهرة: قتلى في اشتباكات قرب منفذ شحن وإغلاق منفذ صرفيت وخطف سائقين عمانيين"
SHAHNX = L("منفذ شحن", "Shahn border crossing", "YE", "Al Mahrah", "facility", 17.77, 52.62)
HAT = L("حات", "Hat district", "YE", "Al Mahrah", "city", 17.45, 52.30)
SARFAIT = L("منفذ صرفيت", "Sarfait border crossing", "YE", "Al Mahrah", "facility", 16.68, 53.10)
HAWF = L("حوف", "Hawf", "YE", "Al Mahrah", "city", 16.66, 53.05)
NISHTUN = L("ميناء نشطون", "Nishtun port", "YE", "Al Mahrah", "facility", 15.82, 52.20)
SHAHN = L("شحن", "Shahn district", "YE", "Al Mahrah", "city", 17.70, 52.55)
GHAYDAAP = L("مطار الغيضة", "Al Ghaydah airport", "YE", "Al Mahrah", "facility", 16.19, 52.17)
GHAYDA = L("الغيضة", "Al Ghaydah", "YE", "Al Mahrah", "city", 16.21, 52.18)
SAUDI = A("القوات السعودية", "Saudi Arabian forces in Al Mahrah", "SAU", "military")
LOCAL = "Al Mahrah local authority"
A003 = dict(
    id="003_news_item", format="text", published="2026-04-17", title=T003,
    head=[T003, "2026/04/17", "آخر تحديث: 2026/04/17 - 21:05", "الغيضة - نافذة الشرق اليمني",
          "شاحنات تنتظر العبور عند منفذ حدودي في المحافظة (أرشيف)",
          "شارك عبر: واتساب | فيسبوك | إكس"],
    foot=["اقرأ أيضاً: موسم صيد الشروخ يبدأ متأخراً في سواحل المحافظة",
          "الوسوم: المهرة، المنافذ، سلطنة عمان",
          "حمّل تطبيق «نافذة الشرق اليمني» على هاتفك",
          "جميع الحقوق محفوظة لنافذة الشرق اليمني © 2026"],
    paras=[
        "اندلعت اشتباكات، مساء أمس الخميس، بين مسلحين قبليين وقوات سعودية قرب منفذ شحن الحدودي مع سلطنة عمان، أسفرت عن مقتل ثلاثة من المسلحين وإصابة 4 جنود، فيما تبادل الطرفان إطلاق النار في مديرية حات دون سقوط ضحايا، بحسب ما أفاد به مصدر قبلي لمراسلنا.",
        "وأغلقت السلطة المحلية في محافظة المهرة، صباح اليوم الجمعة، منفذ صرفيت الحدودي أمام حركة المسافرين والشاحنات «حتى إشعار آخر»، وفق ما أعلنته السلطة المحلية في بيان.",
        "واختطف مسلحون مجهولون، ليل الأربعاء، ثلاثة سائقي شاحنات عمانيين قرب مديرية حوف وطالبوا ذويهم بفدية مالية قدرها 200 ألف ريال سعودي، بحسب ما أفاد به أحد أقارب المخطوفين.",
        "وتبنّت جماعة الحوثي، في بيان لمتحدثها العسكري، استهداف ناقلة نفط قالت إنها كانت تحاول التحميل من ميناء نشطون ليل الثلاثاء بطائرتين مسيّرتين، ولم تؤكد أي جهة مستقلة وقوع الهجوم.",
        "ونفى مصدر في السلطة المحلية، في تصريح لقناة «المهرية»، أن تكون القوات السعودية قد شنّت غارة بطائرة مسيّرة على مواقع للمسلحين القبليين في مديرية شحن أمس الخميس.",
        "وأفرجت القوات السعودية، صباح اليوم، عن ٥ من أبناء قبائل المهرة كانت تحتجزهم في مطار الغيضة، في إطار وساطة قادها مشايخ من المحافظة، وفق ما أعلنته لجنة الاعتصام السلمي لأبناء المهرة.",
        "ومن المقرر أن تنظّم اللجنة مسيرة جماهيرية في مدينة الغيضة يوم الأحد المقبل للمطالبة بخروج القوات السعودية من المحافظة، بحسب ما أعلنه متحدث باسمها.",
        "وقال مسؤول في السلطة المحلية لمراسلنا إن الإغلاق قد يمتد إلى منفذ شحن إذا تجددت المواجهات في محيطه، مؤكداً أن القرار «مؤقت واحترازي».",
        "ودعت وزارة الخارجية العمانية، في بيان نقلته وكالة الأنباء العمانية اليوم، إلى «ضبط النفس وتغليب لغة الحوار» في المناطق المحاذية لحدود السلطنة.",
        "وتشهد المهرة، المحاذية لسلطنة عمان، توتراً متصاعداً منذ انتشار القوات السعودية في المحافظة أواخر عام 2017، إذ نظّم أبناؤها عشرات الاعتصامات ضد ما يصفونه بالوجود العسكري الأجنبي.",
    ],
    entities=[
        ("منفذ شحن", "FAC", "Shahn border crossing"),
        ("سلطنة عمان", "GPE", "Oman"),
        ("حات", "GPE", "Hat district"),
        ("المهرة", "GPE", "Al Mahrah"),
        ("منفذ صرفيت", "FAC", "Sarfait border crossing"),
        ("حوف", "GPE", "Hawf"),
        ("جماعة الحوثي", "ORG", "Houthis (Ansar Allah)"),
        ("ميناء نشطون", "FAC", "Nishtun port"),
        ("المهرية", "ORG", "Al-Mahriah TV"),
        ("شحن", "GPE", "Shahn district"),
        ("مطار الغيضة", "FAC", "Al Ghaydah airport"),
        ("لجنة الاعتصام السلمي لأبناء المهرة", "ORG", "Peaceful Sit-in Committee of the Sons of Al Mahrah"),
        ("الغيضة", "GPE", "Al Ghaydah"),
        ("وزارة الخارجية العمانية", "ORG", "Omani Ministry of Foreign Affairs"),
        ("وكالة الأنباء العمانية", "ORG", "Oman News Agency"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-04-16", "day",
          A("مسلحين قبليين", "Mahri tribal fighters", "YEM", "armed_group"),
          A("قوات سعودية", "Saudi Arabian forces in Al Mahrah", "SAU", "military"), [SHAHNX],
          3, 4, "مقتل ثلاثة من المسلحين وإصابة 4 جنود", S("مصدر قبلي", "anonymous", "Tribal source"), "اندلعت اشتباكات"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-04-16", "day",
          A("مسلحين قبليين", "Mahri tribal fighters", "YEM", "armed_group"),
          A("قوات سعودية", "Saudi Arabian forces in Al Mahrah", "SAU", "military"), [HAT],
          0, 0, "دون سقوط ضحايا", S("مصدر قبلي", "anonymous", "Tribal source"), "اندلعت اشتباكات"),
        E("COERCE", None, "asserted", "2026-04-17", "day",
          A("السلطة المحلية في محافظة المهرة", LOCAL, "YEM", "government"), None, [SARFAIT],
          None, None, "", S("السلطة المحلية", "official", LOCAL), "منفذ صرفيت الحدودي أمام"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2026-04-15", "day",
          A("مسلحون مجهولون", "Unidentified gunmen", None, "armed_group"),
          A("ثلاثة سائقي شاحنات عمانيين", "Omani truck drivers", "OMN", "civilians"), [HAWF],
          None, None, "", S("أحد أقارب المخطوفين", "witness", "Relative of the abducted drivers"), "واختطف مسلحون مجهولون"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "claimed", "2026-04-14", "day",
          A("جماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group"),
          A("ناقلة نفط", "Oil tanker at Nishtun port", None, "other"), [NISHTUN],
          None, None, "", S("جماعة الحوثي", "perpetrator_claim", "Houthis (Ansar Allah)"), "وتبنّت جماعة الحوثي"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "denied", "2026-04-16", "day",
          SAUDI, A("مواقع للمسلحين القبليين", "Mahri tribal fighters", "YEM", "armed_group"), [SHAHN],
          None, None, "", S("مصدر في السلطة المحلية", "anonymous", "Source in the Al Mahrah local authority"), "ونفى مصدر في السلطة المحلية"),
        E("CONCEDE", None, "asserted", "2026-04-17", "day",
          SAUDI, A("٥ من أبناء قبائل المهرة", "Mahri tribesmen detained by Saudi forces", "YEM", "civilians"), [GHAYDAAP],
          None, None, "", S("لجنة الاعتصام السلمي لأبناء المهرة", "ngo", "Peaceful Sit-in Committee of the Sons of Al Mahrah"),
          "وأفرجت القوات السعودية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2026-04-19", "day",
          A("اللجنة", "Peaceful Sit-in Committee of the Sons of Al Mahrah", "YEM", "protesters"), None, [GHAYDA],
          None, None, "", S("متحدث باسمها", "ngo", "Spokesman of the Sit-in Committee"), "مسيرة جماهيرية"),
        E("COERCE", None, "hypothetical", "2026-04-17", "day",
          A("السلطة المحلية", LOCAL, "YEM", "government"), None, [SHAHNX],
          None, None, "", S("مسؤول في السلطة المحلية", "anonymous", "Official in the Al Mahrah local authority"), "قد يمتد إلى منفذ شحن"),
        E("REQUEST", None, "asserted", "2026-04-17", "day",
          A("وزارة الخارجية العمانية", "Omani Ministry of Foreign Affairs", "OMN", "government"), None, [],
          None, None, "", S("وزارة الخارجية العمانية", "official", "Omani Ministry of Foreign Affairs"), "ودعت وزارة الخارجية العمانية"),
    ],
    notes=("Published Friday 2026-04-17 (numeric date line «2026/04/17» plus an «آخر تحديث» line). Dates: «مساء أمس الخميس» -> 04-16 (clash near "
           "the Shahn crossing, ثلاثة killed / 4 injured, and an exchange of fire in Hat district with an explicit «دون سقوط ضحايا» -> 0/0: one "
           "sentence, one event per place); «صباح اليوم الجمعة» -> 04-17 (closure of the Sarfait crossing: COERCE, ACLED null, official); «ليل "
           "الأربعاء» -> Wed 04-15 (kidnapping for ransom near Hawf; a relative as witness; the ransom is not a casualty figure); the Houthi claim "
           "«ليل الثلاثاء» -> Tue 04-14 (claimed drone strike on a tanker at Nishtun port; unconfirmed); the denied Saudi drone strike is dated by the "
           "act «أمس الخميس» -> 04-16, sourced to the anonymous local-authority source (innermost speaker, via al-Mahriah TV), placed in Shahn district; "
           "the release of ٥ tribesmen «صباح اليوم» is CONCEDE (ACLED null) at al-Ghaydah airport; planned march «يوم الأحد المقبل» -> 04-19 in "
           "al-Ghaydah (venue given; the committee's spokesman -> ngo); the hypothetical extension of the closure has no date -> publication day, "
           "placed at the Shahn crossing; Oman's call «في بيان نقلته وكالة الأنباء العمانية اليوم» is the ministry's (official), no place. «مؤكداً» "
           "not coded; P10 background (since 2017) not coded. Unsure: the release could be coded differently (e.g. a system may say AGREE); Hat "
           "and the crossing coordinates approximate (Shahn from a public page describing the border town; Hat from memory)."),
)

# ---------------------------------------------------------------- 004  (published Sun 2024-12-15)
T004 = "قنا: 4 قتلى في تجدد خصومة ثأرية بأبوتشت والقبض على ٣١ متهماً وأحكام بالإعدام في قضية ثأر بقوص"
ABUTESHT = L("أبوتشت", "Abu Tesht", "EG", "Qena", "city", 26.12, 32.10)
FARSHUT = L("فرشوط", "Farshut", "EG", "Qena", "city", 26.05, 32.16)
QENA = L("قنا", "Qena (city)", "EG", "Qena", "city", 26.16, 32.72)
NAGHAMMADI = L("نجع حمادي", "Nag Hammadi", "EG", "Qena", "city", 26.05, 32.24)
DISHNA = L("دشنا", "Dishna", "EG", "Qena", "city", 26.12, 32.47)
FAMILIES = "Feuding families (Abu Tesht)"
A004 = dict(
    id="004_news_item", format="text", published="2024-12-15", title=T004,
    head=[T004, "الأحد، 15 ديسمبر 2024 07:30 م", "كتب: قسم المحافظات",
          "سيارات شرطة في أحد شوارع المحافظة (أرشيف)",
          "مشاركة: فيسبوك - واتساب - إكس"],
    foot=["اقرأ أيضاً: بدء موسم حصاد القصب في مراكز شمال المحافظة",
          "كلمات البحث: قنا، الثأر، أبوتشت",
          "لمتابعة أخبار المحافظات تابعونا على صفحتنا",
          "© صدى الصعيد الإخباري 2024 - جميع الحقوق محفوظة"],
    paras=[
        "قُتل 4 أشخاص وأصيب سبعة آخرون، مساء أمس السبت، في تبادل لإطلاق النار بين مسلحين من عائلتين متخاصمتين بإحدى قرى مركز أبوتشت شمال محافظة قنا، فيما امتدت المواجهات إلى قرية مجاورة تابعة لمركز فرشوط دون وقوع إصابات، بحسب ما ذكرته صحيفة «الأهرام» على موقعها الإلكتروني.",
        "وأعلنت وزارة الداخلية، في بيان اليوم، أن قوات الأمن ألقت القبض فجر اليوم على ٣١ متهماً من أفراد العائلتين وضبطت بحوزتهم ١٤ قطعة سلاح ناري خلال حملة موسّعة في قرى مركز أبوتشت.",
        "وقضت محكمة جنايات قنا، صباح اليوم، بالإعدام شنقاً على متهمَين والسجن المؤبد لثلاثة آخرين في قضية قتل ٥ أشخاص من عائلة واحدة بإحدى قرى مركز قوص في خصومة ثأرية عام 2022، وفق ما أفاد به مصدر قضائي.",
        "وتداولت صفحات على مواقع التواصل محسوبة على إحدى العائلتين مقطعاً مصوّراً يتبنّى فيه مسلحون ملثمون إطلاق النار على سيارة شرطة ليل الجمعة قرب مدخل مدينة نجع حمادي، ولم تصدر الأجهزة الأمنية أي تعليق على المقطع.",
        "ونفى مصدر أمني بمديرية أمن قنا، في تصريح لمراسلنا، ما تردد عن مقتل متهم برصاص الشرطة أثناء مداهمة منزله في أبوتشت فجر اليوم، مؤكداً أن المتهم سلّم نفسه طواعية.",
        "وأنهت عائلتان في مركز دشنا، أمس السبت، خصومة ثأرية استمرت ثماني سنوات وأودت بحياة ستة أشخاص، خلال جلسة صلح رعتها لجنة المصالحات بمديرية أمن قنا وحضرها ممثلون عن الأزهر، وفق بيان لمحافظة قنا.",
        "ومن المقرر أن تُعقد جلسة تمهيدية للصلح بين العائلتين المتخاصمتين في أبوتشت يوم الخميس المقبل بمقر ديوان عام المحافظة في مدينة قنا، بحسب ما أفاد به أحد أعضاء لجنة المصالحات.",
        "وقال مصدر أمني إن الأجهزة الأمنية قد تفرض حظراً للتجوال في القرية التي شهدت الاشتباكات بمركز أبوتشت إذا تجددت المواجهات، لافتاً إلى نشر تعزيزات على مداخلها.",
        "وطالبت المبادرة المصرية للحقوق الشخصية، في بيان اليوم، السلطات بالتحقيق في مصادر الأسلحة غير المرخصة المنتشرة في قرى المحافظة، محمّلة الأجهزة المحلية مسؤولية «التراخي» في فض النزاعات مبكراً.",
        "وتشهد محافظات صعيد مصر، ومنها قنا وسوهاج وأسيوط، مئات الخصومات الثأرية منذ عقود، تقول تقديرات حقوقية إنها أودت بحياة أكثر من ألف شخص خلال السنوات العشر الأخيرة.",
    ],
    entities=[
        ("أبوتشت", "GPE", "Abu Tesht"),
        ("قنا", "GPE", "Qena"),
        ("فرشوط", "GPE", "Farshut"),
        ("الأهرام", "ORG", "Al-Ahram"),
        ("وزارة الداخلية", "ORG", "Egyptian Ministry of Interior"),
        ("محكمة جنايات قنا", "ORG", "Qena Criminal Court"),
        ("قوص", "GPE", "Qus"),
        ("نجع حمادي", "GPE", "Nag Hammadi"),
        ("مديرية أمن قنا", "ORG", "Qena Security Directorate"),
        ("دشنا", "GPE", "Dishna"),
        ("الأزهر", "ORG", "Al-Azhar"),
        ("المبادرة المصرية للحقوق الشخصية", "ORG", "Egyptian Initiative for Personal Rights"),
        ("مصر", "GPE", "Egypt"),
        ("سوهاج", "GPE", "Sohag"),
        ("أسيوط", "GPE", "Asyut"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-12-14", "day",
          A("مسلحين من عائلتين متخاصمتين", FAMILIES, "EGY", "armed_group"), None, [ABUTESHT],
          4, 7, "قُتل 4 أشخاص وأصيب سبعة آخرون", S("الأهرام", "media", "Al-Ahram"), "قُتل 4 أشخاص"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-12-14", "day",
          A("مسلحين من عائلتين متخاصمتين", FAMILIES, "EGY", "armed_group"), None, [FARSHUT],
          0, 0, "دون وقوع إصابات", S("الأهرام", "media", "Al-Ahram"), "قُتل 4 أشخاص"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-12-15", "day",
          A("قوات الأمن", "Egyptian police", "EGY", "police"),
          A("٣١ متهماً من أفراد العائلتين", FAMILIES, "EGY", "armed_group"), [ABUTESHT],
          None, None, "", S("وزارة الداخلية", "official", "Egyptian Ministry of Interior"), "ألقت القبض فجر اليوم"),
        E("COERCE", None, "asserted", "2024-12-15", "day",
          A("محكمة جنايات قنا", "Qena Criminal Court", "EGY", "government"),
          A("متهمَين", "Defendants in a vendetta killing case (Qus)", "EGY", "civilians"), [QENA],
          None, None, "", S("مصدر قضائي", "anonymous", "Judicial source"), "وقضت محكمة جنايات قنا"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2024-12-13", "day",
          A("مسلحون ملثمون", "Masked gunmen of a feuding family", "EGY", "armed_group"),
          A("سيارة شرطة", "Egyptian police", "EGY", "police"), [NAGHAMMADI],
          None, None, "", S("مسلحون ملثمون", "perpetrator_claim", "Masked gunmen of a feuding family"), "يتبنّى فيه مسلحون ملثمون"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2024-12-15", "day",
          A("الشرطة", "Egyptian police", "EGY", "police"), A("متهم", "Suspect in the Abu Tesht feud", "EGY", "civilians"), [ABUTESHT],
          None, None, "", S("مصدر أمني بمديرية أمن قنا", "anonymous", "Security source (Qena Security Directorate)"), "ونفى مصدر أمني"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2024-12-14", "day",
          A("عائلتان", "Feuding families (Dishna)", "EGY", "civilians"), None, [DISHNA],
          None, None, "", S("محافظة قنا", "official", "Qena Governorate"), "وأنهت عائلتان"),
        E("CONSULT", None, "planned", "2024-12-19", "day",
          A("العائلتين المتخاصمتين", FAMILIES, "EGY", "civilians"), None, [QENA],
          None, None, "", S("أحد أعضاء لجنة المصالحات", "anonymous", "Member of the reconciliation committee"), "جلسة تمهيدية للصلح"),
        E("COERCE", None, "hypothetical", "2024-12-15", "day",
          A("الأجهزة الأمنية", "Egyptian security services", "EGY", "police"), None, [ABUTESHT],
          None, None, "", S("مصدر أمني", "anonymous", "Security source"), "قد تفرض حظراً للتجوال"),
        E("REQUEST", None, "asserted", "2024-12-15", "day",
          A("المبادرة المصرية للحقوق الشخصية", "Egyptian Initiative for Personal Rights", "EGY", "other"),
          A("السلطات", "Government of Egypt", "EGY", "government"), [],
          None, None, "", S("المبادرة المصرية للحقوق الشخصية", "ngo", "Egyptian Initiative for Personal Rights"), "وطالبت المبادرة المصرية"),
    ],
    notes=("Published Sunday 2024-12-15 (date line «الأحد، 15 ديسمبر 2024 07:30 م»). Dates: «مساء أمس السبت» -> 12-14 (feud clash in an Abu Tesht "
           "village, 4 killed / سبعة injured, and its spread to a Farshut village with «دون وقوع إصابات» -> 0/0: one event per place; al-Ahram speaking "
           "for itself -> media); arrests «فجر اليوم» -> 12-15 (31 arrested and 14 weapons are not casualties); the court sentence «صباح اليوم» is COERCE "
           "with ACLED null, placed at Qena city (the court's seat); the ٥ killed in 2022 belong to the old case, not to this event -> no casualties; "
           "the family gunmen's video claim «ليل الجمعة» -> Fri 12-13 (claimed: a non-state group claiming its own act, no confirmation); the denied "
           "police killing of a suspect is dated by the act «فجر اليوم» -> 12-15 (the source is a security source «لمراسلنا», anonymous); the Dishna "
           "reconciliation «أمس السبت» -> 12-14 (AGREE, Strategic developments/Agreement; «ستة أشخاص» is the feud's past toll, not this event's; source "
           "the governorate statement); planned preliminary session «يوم الخميس المقبل» -> 12-19 at the governorate seat in Qena; hypothetical curfew "
           "(COERCE, ACLED null) -> publication day at Abu Tesht; EIPR's request has no place. «مؤكداً»، «لافتاً»، «محمّلة» not coded; P10 background "
           "not coded. Unsure: the family members' roles (armed_group in the clash and arrests, civilians at the reconciliation tables); the court "
           "sentence's PLOVER. Coordinates from memory (approximate)."),
)
