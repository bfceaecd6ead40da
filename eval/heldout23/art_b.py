"""heldout23 article specs 005-008 (invented events; real places, institutions and armed groups; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 005  (published Tue 2024-09-17)
T005 = "الرقة: قتيلان من «قسد» بمسيّرة تركية قرب عين عيسى و«داعش» يتبنى هجوماً على حاجز في الكرامة"
AINISSA = L("عين عيسى", "Ain Issa", "SY", "Raqqa", "city", 36.39, 38.86)
DAM = L("سد الفرات", "Euphrates Dam (Tabqa Dam)", "SY", "Raqqa", "facility", 35.87, 38.57)
KARAMA = L("الكرامة", "Al-Karamah (Raqqa)", "SY", "Raqqa", "city", 35.99, 39.28)
TABQA = L("الطبقة", "Al-Tabqa", "SY", "Raqqa", "city", 35.84, 38.55)
RAQQA = L("الرقة", "Raqqa", "SY", "Raqqa", "city", 35.95, 39.01)
TELLABYAD = L("تل أبيض", "Tell Abyad", "SY", "Raqqa", "city", 36.70, 38.95)
SDF = "Syrian Democratic Forces"
ASAYISH = "Internal Security Forces (Asayish, NES)"
A005 = dict(
    id="005_news_item", format="html", published="2024-09-17", title=T005,
    html=dict(
        site="نبض الجزيرة السورية",
        nav=["الرئيسية", "سوريا", "الجزيرة والفرات", "تقارير", "حوارات"],
        kicker="شمال شرقي سوريا",
        byline="الرقة - مراسل نبض الجزيرة",
        datetime="2024-09-17T21:10",
        time="الثلاثاء المصادف ١٧ أيلول ٢٠٢٤ – الساعة ٢١:١٠",
        img="/uploads/2024/09/raqqa-checkpoint.jpg",
        caption="حاجز أمني على أحد الطرق في ريف المحافظة (أرشيف)",
        share=["شارك الخبر:", "فيسبوك", "تيليغرام", "واتساب"],
        tags=["كلمات مفتاحية:", "الرقة", "قسد", "المسيّرات التركية"],
        related=["الأكثر قراءة", "انخفاض منسوب نهر الفرات يهدد محطات الري", "افتتاح سوق للماشية في ريف دير الزور"],
        footer=["من نحن", "هيئة التحرير", "اتصل بنا", "© 2024 نبض الجزيرة السورية - جميع الحقوق محفوظة"],
    ),
    paras=[
        "قُتل عنصران من قوات سوريا الديمقراطية (قسد) وأصيب ثالث، مساء أمس الاثنين، بضربة نفذتها طائرة مسيّرة تركية على سيارة عسكرية قرب بلدة عين عيسى شمالي الرقة، فيما استهدفت مسيّرة ثانية نقطة حراسة قرب سد الفرات غربي الرقة دون وقوع إصابات، بحسب ما أفاد به المرصد السوري لحقوق الإنسان.",
        "وتبنّى تنظيم «داعش»، عبر وكالة أعماق التابعة له، هجوماً قال إن عناصره شنّوه ليل الأحد على حاجز لقوى الأمن الداخلي في بلدة الكرامة شرقي الرقة، زاعماً مقتل أربعة من عناصر الحاجز، في حين لم تؤكد «قسد» أو أي مصدر مستقل ذلك.",
        "وفرّقت قوى الأمن الداخلي، ظهر اليوم الثلاثاء، بالرصاص الحي في الهواء وقنابل الغاز تظاهرة نظّمها عشرات من أبناء العشائر وسط مدينة الطبقة احتجاجاً على حملات التجنيد الإجباري، ما أدى إلى إصابة ٣ متظاهرين بجروح طفيفة، بحسب ما أفاد به ناشطون محليون.",
        "وشنّت «قسد»، فجر اليوم، حملة دهم في أحياء مدينة الرقة اعتقلت خلالها 22 شاباً لسوقهم إلى «واجب الدفاع الذاتي»، وفق ما نقلته شبكة الرقة تذبح بصمت عن أهالٍ في المدينة.",
        "ونفى المركز الإعلامي لقوات سوريا الديمقراطية، في بيان مساء أمس، ما تداولته صفحات موالية للنظام عن انسحاب مقاتليه أمس الاثنين من نقاط عسكرية في محيط عين عيسى، مؤكداً أن «جميع النقاط على حالها».",
        "وتوصّل وجهاء من عشائر الرقة وقيادة مجلس الرقة العسكري، خلال اجتماع عُقد في المدينة ظهر اليوم، إلى اتفاق يقضي بالإفراج عن الموقوفين في حملة الدهم مقابل «تنظيم التجنيد بالتنسيق مع العشائر»، بحسب ما أفاد به أحد المشاركين في الاجتماع.",
        "ومن المقرر أن يزور وفد من التحالف الدولي مدينة الطبقة يوم الخميس المقبل للقاء قادة في «قسد» وبحث التصعيد التركي، بحسب ما أفاد به مصدر في الإدارة الذاتية.",
        "وقال قيادي في «قسد» لمراسلنا إن قواته قد ترد بقصف مواقع الجيش الوطني السوري في محيط مدينة تل أبيض إذا تكررت الضربات التركية على مناطق سيطرتها.",
        "واتهمت الإدارة الذاتية لشمال وشرق سوريا، في بيان اليوم، الحكومة التركية بالسعي إلى «ضرب الاستقرار» في المنطقة عبر تصعيد الهجمات بالمسيّرات.",
        "ويتقاسم السيطرة على محافظة الرقة كل من «قسد» وقوات النظام السوري المنتشرة في بلدة معدان وريفها، فيما تسيطر فصائل موالية لتركيا على منطقة تل أبيض منذ عام 2019.",
    ],
    entities=[
        ("قوات سوريا الديمقراطية", "ORG", SDF),
        ("قسد", "ORG", SDF),
        ("عين عيسى", "GPE", "Ain Issa"),
        ("الرقة", "GPE", "Raqqa"),
        ("سد الفرات", "FAC", "Euphrates Dam (Tabqa Dam)"),
        ("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights"),
        ("داعش", "ORG", "Islamic State"),
        ("أعماق", "ORG", "Amaq News Agency"),
        ("قوى الأمن الداخلي", "ORG", ASAYISH),
        ("الكرامة", "GPE", "Al-Karamah (Raqqa)"),
        ("الطبقة", "GPE", "Al-Tabqa"),
        ("الرقة تذبح بصمت", "ORG", "Raqqa is Being Slaughtered Silently"),
        ("المركز الإعلامي لقوات سوريا الديمقراطية", "ORG", "SDF Media Centre"),
        ("مجلس الرقة العسكري", "ORG", "Raqqa Military Council"),
        ("التحالف الدولي", "ORG", "Global Coalition against Daesh"),
        ("الإدارة الذاتية", "ORG", "Autonomous Administration of North and East Syria"),
        ("الجيش الوطني السوري", "ORG", "Syrian National Army"),
        ("تل أبيض", "GPE", "Tell Abyad"),
        ("الإدارة الذاتية لشمال وشرق سوريا", "ORG", "Autonomous Administration of North and East Syria"),
        ("معدان", "GPE", "Maadan"),
        ("تركيا", "GPE", "Turkey"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-09-16", "day",
          A("طائرة مسيّرة تركية", "Turkish military", "TUR", "military"),
          A("قوات سوريا الديمقراطية", SDF, "SYR", "armed_group"), [AINISSA],
          2, 1, "قُتل عنصران من قوات سوريا الديمقراطية (قسد) وأصيب ثالث",
          S("المرصد السوري لحقوق الإنسان", "ngo", "Syrian Observatory for Human Rights"), "قُتل عنصران"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-09-16", "day",
          A("طائرة مسيّرة تركية", "Turkish military", "TUR", "military"), None, [DAM],
          0, 0, "دون وقوع إصابات",
          S("المرصد السوري لحقوق الإنسان", "ngo", "Syrian Observatory for Human Rights"), "قُتل عنصران"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2024-09-15", "day",
          A("داعش", "Islamic State", "SYR", "armed_group"), A("قوى الأمن الداخلي", ASAYISH, "SYR", "police"), [KARAMA],
          4, None, "مقتل أربعة من عناصر الحاجز", S("داعش", "perpetrator_claim", "Islamic State (via Amaq)"),
          "وتبنّى تنظيم «داعش»"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2024-09-17", "day",
          A("عشرات من أبناء العشائر", "Tribal protesters (Tabqa)", "SYR", "protesters"),
          A("قوى الأمن الداخلي", ASAYISH, "SYR", "police"), [TABQA],
          None, 3, "إصابة ٣ متظاهرين بجروح طفيفة", S("ناشطون محليون", "witness", "Local activists"),
          "وفرّقت قوى الأمن الداخلي"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-09-17", "day",
          A("قسد", SDF, "SYR", "armed_group"), A("22 شاباً", "Civilians (Syria)", "SYR", "civilians"), [RAQQA],
          None, None, "", S("أهالٍ في المدينة", "witness", "Residents (via Raqqa is Being Slaughtered Silently)"),
          "حملة دهم في أحياء مدينة الرقة"),
        E("RETREAT", None, "denied", "2024-09-16", "day",
          A("قوات سوريا الديمقراطية", SDF, "SYR", "armed_group"), None, [AINISSA],
          None, None, "", S("المركز الإعلامي لقوات سوريا الديمقراطية", "official", "SDF Media Centre"),
          "ونفى المركز الإعلامي"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2024-09-17", "day",
          A("وجهاء من عشائر الرقة", "Raqqa tribal notables", "SYR", "other"),
          A("مجلس الرقة العسكري", "Raqqa Military Council", "SYR", "armed_group"), [RAQQA],
          None, None, "", S("أحد المشاركين في الاجتماع", "anonymous", "Meeting participant"), "وتوصّل وجهاء"),
        E("CONSULT", None, "planned", "2024-09-19", "day",
          A("وفد من التحالف الدولي", "Global Coalition against Daesh", "USA", "military"),
          A("قسد", SDF, "SYR", "armed_group"), [TABQA],
          None, None, "", S("مصدر في الإدارة الذاتية", "anonymous", "AANES source"), "ومن المقرر أن يزور وفد"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "hypothetical", "2024-09-17", "day",
          A("قسد", SDF, "SYR", "armed_group"), A("الجيش الوطني السوري", "Syrian National Army", "SYR", "armed_group"), [TELLABYAD],
          None, None, "", S("قيادي في «قسد»", "anonymous", "SDF commander"), "قد ترد بقصف"),
        E("ACCUSE", None, "asserted", "2024-09-17", "day",
          A("الإدارة الذاتية لشمال وشرق سوريا", "Autonomous Administration of North and East Syria", "SYR", "government"),
          A("الحكومة التركية", "Government of Turkey", "TUR", "government"), [],
          None, None, "", S("الإدارة الذاتية لشمال وشرق سوريا", "official", "AANES"), "واتهمت الإدارة الذاتية"),
    ],
    notes=("Published Tuesday 2024-09-17 (Iraqi/Syrian «المصادف» date line, Eastern digits and a Levantine month). Dates: Turkish drone strikes «مساء أمس "
           "الاثنين» -> 09-16, one event per place (Ain Issa: dual «عنصران» -> 2 killed, «ثالث» -> 1 injured; Euphrates Dam 0/0); IS claim via Amaq «ليل "
           "الأحد» -> Sun 09-15, marked unconfirmed, claimed toll 4 (number word); Tabqa protest dispersed «ظهر اليوم الثلاثاء» (Protest with intervention: "
           "shots in the air and gas, ٣ injured); Raqqa raids «فجر اليوم» -> arrests, source the residents quoted by the network (innermost speaker -> witness); "
           "SDF denial of a withdrawal «أمس الاثنين» -> 09-16 (denied RETREAT); tribal agreement «ظهر اليوم» in Raqqa; coalition visit «يوم الخميس المقبل» "
           "-> 09-19 in Tabqa; SDF's conditional shelling of SNA positions is hypothetical, dated by publication; the AANES accusation has no place. Not coded: "
           "«زاعماً» and «مؤكداً» clauses, P10 background (Maadan, Tell Abyad control). Non-casualty numbers: 22 arrested. Unsure: the IS claim's 4 dead are "
           "kept as the claimed toll; AANES role government; Karama and Maadan coordinates approximate (from memory), others from memory too."),
)

# ---------------------------------------------------------------- 006  (published Wed 2024-10-16)
T006 = "شرق بوركينا فاسو: 15 قتيلاً بكمين قرب ماتياكوالي و«نصرة الإسلام» تزعم مهاجمة مركز للدرك في كانتشاري"
MATIA = L("ماتياكوالي", "Matiacoali", "BF", "Est", "city", 12.36, 1.03)
KANTCHARI = L("كانتشاري", "Kantchari", "BF", "Est", "city", 12.48, 1.52)
PAMA = L("باما", "Pama", "BF", "Est", "city", 11.25, 0.71)
NADIAGOU = L("نادياغو", "Nadiagou", "BF", "Est", "city", 11.16, 0.84)
GAYERI = L("غايري", "Gayéri", "BF", "Est", "city", 12.65, 0.49)
DIAPAGA = L("دياباغا", "Diapaga", "BF", "Est", "city", 12.07, 1.78)
FADA = L("فادا نغورما", "Fada N'Gourma", "BF", "Est", "city", 12.06, 0.36)
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
BFAF = "Burkina Faso Armed Forces"
A006 = dict(
    id="006_news_item", format="text", published="2024-10-16", title=T006,
    head=[T006, "نشر في: 16 أكتوبر ,2024: 06:40 م GST", "آخر تحديث: 16 أكتوبر ,2024: 09:05 م GST",
          "واغادوغو - وكالات",
          "آلية عسكرية على طريق ترابي في منطقة الساحل (أرشيف)",
          "مشاركة: واتساب | إكس | فيسبوك"],
    foot=["اقرأ أيضاً: أمطار غزيرة تقطع طرقاً في جنوب النيجر",
          "الوسوم: بوركينا فاسو، الساحل، الجماعات المسلحة",
          "© 2024 منصة الأفق الأفريقي"],
    paras=[
        "قُتل 11 جندياً و٤ من متطوعي الدفاع عن الوطن، صباح أمس الثلاثاء، في كمين نصبه مسلحون من جماعة نصرة الإسلام والمسلمين لقافلة تموين عسكرية قرب بلدة ماتياكوالي على الطريق المؤدي إلى فادا نغورما، بحسب ما أفاد به مصدر أمني لوكالة فرانس برس.",
        "وزعمت جماعة نصرة الإسلام والمسلمين، في بيان نشرته مؤسسة الزلاقة التابعة لها، أن مقاتليها هاجموا ليل الأحد مركز الدرك الوطني في بلدة كانتشاري وأحرقوه بعد اشتباك مع عناصره، وهو ما لم يؤكده أي مصدر رسمي أو مستقل.",
        "وأعلن الجيش البوركيني، في بيان اليوم، أن مسيّراته قضت على «عشرات الإرهابيين» في غارات شنّتها فجر اليوم على تجمعات للمسلحين قرب بلدة باما وفي محيط نادياغو القريبة من الحدود مع بنين وتوغو.",
        "واختطف مسلحون مجهولون، مساء أمس، سبعة من سائقي الشاحنات على الطريق الرابط بين فادا نغورما والحدود النيجرية قرب كانتشاري، بحسب ما روى سائق نجا من الحادث لمراسلنا.",
        "ونفت الحكومة الانتقالية، على لسان المتحدث باسمها، تقارير حقوقية تتهم عناصر من متطوعي الدفاع عن الوطن بقتل مدنيين من الفولاني في بلدة غايري الأسبوع الماضي، واصفة إياها بـ«الحملة المغرضة».",
        "وأعلن برنامج الأغذية العالمي أنه نقل جواً، أمس الثلاثاء، 12 طناً من المساعدات الغذائية لصالح سكان بلدة دياباغا التي يحاصرها المسلحون منذ أشهر.",
        "ومن المقرر أن يترأس رئيس المرحلة الانتقالية، يوم السبت المقبل في مدينة فادا نغورما، اجتماعاً أمنياً مع قادة الوحدات العسكرية ومتطوعي الدفاع عن الوطن في الإقليم، بحسب ما أعلنته الإذاعة والتلفزيون البوركيني.",
        "وقال مصدر في الدرك الوطني إن السلطات قد تفرض حظر تجوال ليلياً على مدينة فادا نغورما ومحيطها إذا تواصلت الهجمات على الطرق المؤدية إليها.",
        "وطالبت منظمة العفو الدولية، في بيان اليوم، السلطات البوركينية بفتح تحقيق مستقل وفعّال في مقتل المدنيين في غايري، وبضمان محاسبة المسؤولين عنه.",
        "ويشهد إقليم الشرق في بوركينا فاسو منذ عام 2018 تصاعداً في هجمات الجماعات المسلحة التي تفرض حصاراً على عدد من مدنه، ما أدى إلى نزوح مئات الآلاف من سكانه.",
    ],
    entities=[
        ("متطوعي الدفاع عن الوطن", "ORG", "Volunteers for the Defence of the Homeland (VDP)"),
        ("جماعة نصرة الإسلام والمسلمين", "ORG", JNIM),
        ("ماتياكوالي", "GPE", "Matiacoali"),
        ("فادا نغورما", "GPE", "Fada N'Gourma"),
        ("فرانس برس", "ORG", "Agence France-Presse"),
        ("مؤسسة الزلاقة", "ORG", "Az-Zallaqa Media Foundation"),
        ("الدرك الوطني", "ORG", "Burkina Faso National Gendarmerie"),
        ("كانتشاري", "GPE", "Kantchari"),
        ("الجيش البوركيني", "ORG", BFAF),
        ("باما", "GPE", "Pama"),
        ("نادياغو", "GPE", "Nadiagou"),
        ("بنين", "GPE", "Benin"),
        ("توغو", "GPE", "Togo"),
        ("الفولاني", "NORP", "Fulani"),
        ("غايري", "GPE", "Gayéri"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("دياباغا", "GPE", "Diapaga"),
        ("الإذاعة والتلفزيون البوركيني", "ORG", "Radiodiffusion Télévision du Burkina (RTB)"),
        ("منظمة العفو الدولية", "ORG", "Amnesty International"),
        ("إقليم الشرق", "GPE", "Est Region (Burkina Faso)"),
        ("بوركينا فاسو", "GPE", "Burkina Faso"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-10-15", "day",
          A("مسلحون من جماعة نصرة الإسلام والمسلمين", JNIM, "BFA", "armed_group"),
          A("قافلة تموين عسكرية", BFAF, "BFA", "military"), [MATIA],
          15, None, "قُتل 11 جندياً و٤ من متطوعي الدفاع عن الوطن",
          S("مصدر أمني", "anonymous", "Security source (via AFP)"), "قُتل 11 جندياً"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2024-10-13", "day",
          A("جماعة نصرة الإسلام والمسلمين", JNIM, "BFA", "armed_group"),
          A("الدرك الوطني", "Burkina Faso National Gendarmerie", "BFA", "police"), [KANTCHARI],
          None, None, "", S("جماعة نصرة الإسلام والمسلمين", "perpetrator_claim", JNIM), "وزعمت جماعة نصرة"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-10-16", "day",
          A("الجيش البوركيني", BFAF, "BFA", "military"),
          A("تجمعات للمسلحين", "Jihadist militants (Est region)", "BFA", "armed_group"), [PAMA],
          None, None, "عشرات الإرهابيين", S("الجيش البوركيني", "official", BFAF), "وأعلن الجيش البوركيني"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2024-10-16", "day",
          A("الجيش البوركيني", BFAF, "BFA", "military"),
          A("تجمعات للمسلحين", "Jihadist militants (Est region)", "BFA", "armed_group"), [NADIAGOU],
          None, None, "عشرات الإرهابيين", S("الجيش البوركيني", "official", BFAF), "وأعلن الجيش البوركيني"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2024-10-15", "day",
          A("مسلحون مجهولون", "Unidentified gunmen", None, "armed_group"),
          A("سبعة من سائقي الشاحنات", "Truck drivers", "BFA", "civilians"), [KANTCHARI],
          None, None, "", S("سائق نجا من الحادث", "witness", "Surviving driver"), "واختطف مسلحون مجهولون"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2024-10-09", "week",
          A("عناصر من متطوعي الدفاع عن الوطن", "Volunteers for the Defence of the Homeland (VDP)", "BFA", "armed_group"),
          A("مدنيين من الفولاني", "Fulani civilians", "BFA", "civilians"), [GAYERI],
          None, None, "", S("الحكومة الانتقالية", "official", "Burkina Faso transitional government spokesperson"),
          "ونفت الحكومة الانتقالية"),
        E("AID", None, "asserted", "2024-10-15", "day",
          A("برنامج الأغذية العالمي", "World Food Programme", None, "igo"),
          A("سكان بلدة دياباغا", "Residents of Diapaga", "BFA", "civilians"), [DIAPAGA],
          None, None, "", S("برنامج الأغذية العالمي", "official", "World Food Programme"), "وأعلن برنامج الأغذية"),
        E("CONSULT", None, "planned", "2024-10-19", "day",
          A("رئيس المرحلة الانتقالية", "President of the Transition (Burkina Faso)", "BFA", "government"),
          A("قادة الوحدات العسكرية", BFAF, "BFA", "military"), [FADA],
          None, None, "", S("الإذاعة والتلفزيون البوركيني", "media", "Radiodiffusion Télévision du Burkina (RTB)"),
          "ومن المقرر أن يترأس"),
        E("COERCE", None, "hypothetical", "2024-10-16", "day",
          A("السلطات", "Government of Burkina Faso", "BFA", "government"), None, [FADA],
          None, None, "", S("مصدر في الدرك الوطني", "anonymous", "Gendarmerie source"), "قد تفرض حظر تجوال"),
        E("REQUEST", None, "asserted", "2024-10-16", "day",
          A("منظمة العفو الدولية", "Amnesty International", None, "other"),
          A("السلطات البوركينية", "Government of Burkina Faso", "BFA", "government"), [],
          None, None, "", S("منظمة العفو الدولية", "ngo", "Amnesty International"), "وطالبت منظمة العفو"),
    ],
    notes=("Published Wednesday 2024-10-16 (Gulf-portal date line: «نشر في» / «آخر تحديث» with a comma before the year and the «GST» zone; 06:40 م GST "
           "is 14:40 UTC, later than the «فجر اليوم» strikes). Dates: ambush «صباح أمس الثلاثاء» -> 10-15 (11 soldiers + ٤ VDP = 15 killed; source the "
           "security source quoted by AFP -> anonymous); JNIM's claim «ليل الأحد» -> Sun 10-13, unverified -> claimed, Armed clash (attack and burning of the "
           "gendarmerie post); army drone strikes «فجر اليوم», one event per place (Pama, Nadiagou), each with the shared vague «عشرات الإرهابيين» -> null; "
           "abduction «مساء أمس» -> 10-15 (witness); denied VDP killings «الأسبوع الماضي» -> Wednesday 10-09 of the Monday-Sunday week before publication "
           "(week precision), sourced to the government; WFP airlift «أمس الثلاثاء» -> 10-15 (the siege is an ongoing state in a relative clause, not coded); "
           "security meeting «يوم السبت المقبل» -> 10-19 in Fada N'Gourma (source RTB as media); hypothetical curfew (COERCE, ACLED null) -> publication day; "
           "Amnesty's request has no place. «واصفة» not coded; P10 background. Non-casualty numbers: seven drivers abducted, 12 tonnes. Unsure: VDP role "
           "armed_group (pro-government militia) - a system may say military; the two strike sites are about 17 km apart. Coordinates of Diapaga and "
           "Nadiagou from public pages; the others from memory (approximate). The Est region is coded as it stood in 2024."),
)

# ---------------------------------------------------------------- 007  (published Fri 2026-01-23)
T007 = "الكاف: إصابة ثلاثة عسكريين بانفجار لغم في جبل ورغة وإيقاف ستة مشتبه بهم"
OUERGHA = L("جبل ورغة", "Jebel Ouergha", "TN", "Kef", "region", 36.26, 8.45)
SAKIET = L("ساقية سيدي يوسف", "Sakiet Sidi Youssef", "TN", "Kef", "city", 36.22, 8.36)
KALAAT = L("قلعة سنان", "Kalaat Senan", "TN", "Kef", "city", 35.76, 8.35)
TAJER = L("تاجروين", "Tajerouine", "TN", "Kef", "city", 35.89, 8.55)
DAHMANI = L("الدهماني", "Dahmani", "TN", "Kef", "city", 35.95, 8.83)
NEBEUR = L("نبر", "Nebeur", "TN", "Kef", "city", 36.29, 8.77)
KEF = L("الكاف", "Le Kef", "TN", "Kef", "city", 36.18, 8.71)
GN = "Tunisian National Guard"
A007 = dict(
    id="007_news_item", format="text", published="2026-01-23", title=T007,
    head=[T007, "الكاف في 23 جانفي 2026", "القسم الجهوي",
          "دورية عسكرية على طريق جبلي قرب الحدود الغربية (أرشيف)",
          "شارك المقال: فيسبوك | واتساب"],
    foot=["اقرأ أيضاً: تساقط الثلوج على مرتفعات الشمال الغربي وتعليق الدروس في عدد من المدارس",
          "الكلمات المفاتيح: الكاف، ساقية سيدي يوسف، الألغام",
          "تابعونا على فيسبوك",
          "جميع الحقوق محفوظة © صدى الشمال الغربي 2026"],
    paras=[
        "أصيب ٣ عسكريين بجروح متفاوتة الخطورة، صباح أمس الخميس، إثر انفجار لغم تقليدي الصنع أثناء مرور دورية تمشيط في مرتفعات جبل ورغة بمعتمدية ساقية سيدي يوسف، وفق ما أعلنته وزارة الدفاع الوطني في بلاغ.",
        "ودفعت وحدات الجيش الوطني، مساء أمس، بتعزيزات إضافية إلى منطقة ساقية سيدي يوسف، وأُعلنت المرتفعات المحيطة بها منطقة عمليات عسكرية مغلقة يُمنع دخولها.",
        "وتبنّت كتيبة عقبة بن نافع، الموالية لتنظيم القاعدة في بلاد المغرب الإسلامي، في بيان تناقلته حسابات جهادية على تطبيق تيليغرام، هجوماً قالت إن عناصرها شنّوه ليل الثلاثاء على دورية من الحرس الوطني قرب قلعة سنان، زاعمة إصابة عنصرين، ولم تصدر السلطات أي تعليق على ذلك.",
        "وأوقفت وحدات الحرس الوطني، خلال مداهمات نفذتها فجر اليوم الجمعة، أربعة أشخاص في مدينة تاجروين واثنين آخرين في مدينة الدهماني يُشتبه في تقديمهم دعماً لوجستياً للعناصر المتحصنة بالجبال، بحسب ما أفاد به مصدر أمني لوكالة تونس إفريقيا للأنباء.",
        "ونفت وزارة الداخلية، في بلاغ مساء أمس، ما تداولته صفحات على مواقع التواصل الاجتماعي عن اختطاف مسلحين راعي أغنام في منطقة جبلية تابعة لمعتمدية نبر ليل الأربعاء، مؤكدة أن الراعي «عاد إلى منزله».",
        "ونفّذ عشرات من أهالي ساقية سيدي يوسف، صباح اليوم، وقفة احتجاجية أمام مقر المعتمدية للمطالبة بتعويض مربي الماشية المتضررين من غلق المراعي الجبلية، قبل أن يتفرقوا بهدوء، وفق ما أفاد به مراسلنا.",
        "ومن المقرر أن يعقد والي الكاف، يوم الاثنين المقبل بمقر الولاية، جلسة عمل مع ممثلين عن الاتحاد الجهوي للشغل بالكاف وأهالي المناطق الحدودية لبحث آليات التعويض، وفق بلاغ صادر عن الولاية.",
        "وقال عضو في المكتب التنفيذي للاتحاد الجهوي لمراسلنا إن النقابات قد تنفّذ إضراباً عاماً في مدينة الكاف إذا لم تُصرف التعويضات قبل نهاية الشهر الجاري.",
        "واتهم المنتدى التونسي للحقوق الاقتصادية والاجتماعية، في بيان اليوم، السلطات الجهوية بـ«التقصير» في تأمين سكان المناطق الحدودية وتوفير بدائل لهم.",
        "وتتحصّن مجموعات مسلحة منذ عام 2013 في المرتفعات الغربية المحاذية للحدود مع الجزائر، وقد أودت ألغام زرعتها بحياة عشرات العسكريين والمدنيين، وفق أرقام رسمية.",
    ],
    entities=[
        ("جبل ورغة", "LOC", "Jebel Ouergha"),
        ("ساقية سيدي يوسف", "GPE", "Sakiet Sidi Youssef"),
        ("وزارة الدفاع الوطني", "ORG", "Tunisian Ministry of National Defence"),
        ("الجيش الوطني", "ORG", "Tunisian Armed Forces"),
        ("كتيبة عقبة بن نافع", "ORG", "Okba Ibn Nafaa Brigade"),
        ("تنظيم القاعدة في بلاد المغرب الإسلامي", "ORG", "Al-Qaeda in the Islamic Maghreb (AQIM)"),
        ("تيليغرام", "ORG", "Telegram"),
        ("الحرس الوطني", "ORG", GN),
        ("قلعة سنان", "GPE", "Kalaat Senan"),
        ("تاجروين", "GPE", "Tajerouine"),
        ("الدهماني", "GPE", "Dahmani"),
        ("وكالة تونس إفريقيا للأنباء", "ORG", "Tunis Afrique Presse (TAP)"),
        ("وزارة الداخلية", "ORG", "Tunisian Ministry of Interior"),
        ("نبر", "GPE", "Nebeur"),
        ("الكاف", "GPE", "Le Kef"),
        ("الاتحاد الجهوي للشغل بالكاف", "ORG", "UGTT Kef Regional Union"),
        ("المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "ORG", "Tunisian Forum for Economic and Social Rights (FTDES)"),
        ("الجزائر", "GPE", "Algeria"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "asserted", "2026-01-22", "day",
          None, A("عسكريين", "Tunisian Armed Forces", "TUN", "military"), [OUERGHA],
          None, 3, "أصيب ٣ عسكريين بجروح متفاوتة الخطورة",
          S("وزارة الدفاع الوطني", "official", "Tunisian Ministry of National Defence"), "أصيب ٣ عسكريين"),
        E("MOBILIZE", None, "asserted", "2026-01-22", "day",
          A("وحدات الجيش الوطني", "Tunisian Armed Forces", "TUN", "military"), None, [SAKIET],
          None, None, "", OWN, "ودفعت وحدات الجيش الوطني"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2026-01-20", "day",
          A("كتيبة عقبة بن نافع", "Okba Ibn Nafaa Brigade", "TUN", "armed_group"),
          A("دورية من الحرس الوطني", GN, "TUN", "police"), [KALAAT],
          None, 2, "إصابة عنصرين", S("كتيبة عقبة بن نافع", "perpetrator_claim", "Okba Ibn Nafaa Brigade"),
          "وتبنّت كتيبة عقبة"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-01-23", "day",
          A("وحدات الحرس الوطني", GN, "TUN", "police"), A("أربعة أشخاص", "Suspects (logistics for armed groups)", "TUN", "other"),
          [TAJER], None, None, "", S("مصدر أمني", "anonymous", "Security source (via TAP)"), "وأوقفت وحدات الحرس"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-01-23", "day",
          A("وحدات الحرس الوطني", GN, "TUN", "police"), A("اثنين آخرين", "Suspects (logistics for armed groups)", "TUN", "other"),
          [DAHMANI], None, None, "", S("مصدر أمني", "anonymous", "Security source (via TAP)"), "وأوقفت وحدات الحرس"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "denied", "2026-01-21", "day",
          A("مسلحين", "Unidentified armed militants", None, "armed_group"), A("راعي أغنام", "Shepherd", "TUN", "civilians"),
          [NEBEUR], None, None, "", S("وزارة الداخلية", "official", "Tunisian Ministry of Interior"), "ونفت وزارة الداخلية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2026-01-23", "day",
          A("عشرات من أهالي ساقية سيدي يوسف", "Protesters (Tunisia)", "TUN", "protesters"), None, [SAKIET],
          None, None, "", OWN, "ونفّذ عشرات من أهالي"),
        E("CONSULT", None, "planned", "2026-01-26", "day",
          A("والي الكاف", "Governor of Kef", "TUN", "government"),
          A("الاتحاد الجهوي للشغل بالكاف", "UGTT Kef Regional Union", "TUN", "other"), [KEF],
          None, None, "", S("الولاية", "official", "Kef Governorate administration"), "ومن المقرر أن يعقد والي"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2026-01-23", "day",
          A("النقابات", "Kef trade unions (UGTT)", "TUN", "protesters"), None, [KEF],
          None, None, "", S("عضو في المكتب التنفيذي", "anonymous", "UGTT regional executive member"), "قد تنفّذ إضراباً"),
        E("ACCUSE", None, "asserted", "2026-01-23", "day",
          A("المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "Tunisian Forum for Economic and Social Rights (FTDES)", "TUN", "other"),
          A("السلطات الجهوية", "Kef regional authorities", "TUN", "government"), [],
          None, None, "", S("المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "ngo", "FTDES"), "واتهم المنتدى"),
    ],
    notes=("Published Friday 2026-01-23 (news-agency style date line: town + «في» + day, Tunisian month «جانفي», no clock). Dates: mine blast «صباح أمس "
           "الخميس» -> 01-22 (٣ soldiers injured, no perpetrator named -> actor1 null; placed at Jebel Ouergha, LOC, kind region); reinforcements «مساء أمس» "
           "-> 01-22 (MOBILIZE, unattributed -> outlet_own); Okba Ibn Nafaa's claim «ليل الثلاثاء» -> Tue 01-20, no official comment -> claimed, claimed dual "
           "«إصابة عنصرين» -> 2 injured; arrests «فجر اليوم الجمعة», one event per town (Tajerouine 4, Dahmani 2; the innermost speaker is the security source "
           "quoted by TAP -> anonymous); the denied abduction is dated by the act «ليل الأربعاء» -> 01-21, sourced to the ministry; sit-in «صباح اليوم» "
           "(peaceful, «وفق ما أفاد به مراسلنا» -> outlet_own); meeting «يوم الاثنين المقبل» -> 01-26 at the governorate seat in Le Kef; the union's "
           "conditional general strike is a hypothetical PROTEST dated by publication; FTDES's accusation has no place. «زاعمة» and «مؤكدة» are participial; "
           "P10 background. Unsure: a strike coded as Peaceful protest; the UGTT regional union's role other (as actor2); Jebel Ouergha's coordinates are "
           "approximate (a public page places it in Sakiet Sidi Youssef delegation); the other coordinates are from memory."),
)

# ---------------------------------------------------------------- 008  (published Thu 2025-02-13)
T008 = "البحرين: تفريق تظاهرة في الدراز و«سرايا الأشتر» تتبنى تفجيراً قرب مدينة حمد"
DIRAZ = L("الدراز", "Diraz", "BH", "Northern", "city", 26.22, 50.48)
BANIJAMRA = L("بني جمرة", "Bani Jamra", "BH", "Northern", "city", 26.21, 50.46)
BUDAIYA = L("البديع", "Budaiya", "BH", "Northern", "city", 26.21, 50.45)
HAMAD = L("مدينة حمد", "Hamad Town", "BH", "Northern", "city", 26.11, 50.50)
KARZAKAN = L("كرزكان", "Karzakan", "BH", "Northern", "city", 26.06, 50.48)
NORTHGOV = L("المحافظة الشمالية", "Northern Governorate", "BH", "Northern", "admin1", 26.15, 50.48)
BHRGOV = "Government of Bahrain"
A008 = dict(
    id="008_news_item", format="html", published="2025-02-13", title=T008,
    html=dict(
        site="بوابة اللؤلؤ الإخبارية",
        nav=["الرئيسية", "محليات", "الخليج", "العالم", "اقتصاد", "رياضة"],
        kicker="محليات",
        byline="المنامة - خاص",
        datetime="2025-02-13T22:30",
        time="الخميس | 14 / 8 / 1446هـ | 13 / 2 / 2025م",
        img="/images/2025/02/north-villages.jpg",
        caption="شارع في إحدى قرى الساحل الشمالي الغربي (أرشيف)",
        share=["شارك:", "إكس", "واتساب", "تيليغرام"],
        tags=["الوسوم:", "البحرين", "المحافظة الشمالية", "احتجاجات"],
        related=["اقرأ أيضاً", "ارتفاع أسعار الأسماك في الأسواق المحلية", "افتتاح مهرجان الربيع في حديقة عامة"],
        footer=["من نحن", "اتصل بنا", "شروط الاستخدام", "© 2025 بوابة اللؤلؤ الإخبارية"],
    ),
    paras=[
        "فرّقت قوات الأمن، مساء أمس الأربعاء، بالغاز المسيل للدموع تظاهرة خرج فيها مئات من أهالي قرية الدراز للمطالبة بالإفراج عن المعتقلين السياسيين، ما أدى إلى إصابة ٤ محتجين بحالات اختناق، فيما نظّم العشرات في قرية بني جمرة المجاورة مسيرة مماثلة انفضّت بشكل سلمي، بحسب ما أفاد به شهود عيان.",
        "وأعلنت وزارة الداخلية، في بيان صباح اليوم الخميس، القبض على ٩ أشخاص في منطقة البديع بتهمة «التجمهر وإثارة الشغب» وإحالتهم إلى النيابة العامة.",
        "وتبنّت جماعة سرايا الأشتر، في بيان نشرته على قناتها في تطبيق تيليغرام، تفجير عبوة ناسفة قالت إنها استهدفت ليل الثلاثاء دورية للشرطة قرب مدينة حمد، من دون أن تؤكد السلطات وقوع أي تفجير.",
        "ونفت النيابة العامة، في بيان مساء أمس، ما نشرته حسابات معارضة عن وفاة موقوف جراء تعذيبه على أيدي عناصر الشرطة في أحد مراكز التوقيف بقرية كرزكان الأسبوع الماضي، مؤكدة أن الموقوف «بصحة جيدة».",
        "وأدرجت الحكومة البحرينية، أمس الأربعاء، ستة أشخاص مقيمين في الخارج ومنصتين إعلاميتين على قوائم الإرهاب بتهمة «التحريض على العنف»، وفق ما أوردته وكالة أنباء البحرين (بنا).",
        "ورفضت وزارة الخارجية الإيرانية، في بيان اليوم، اتهامات وجّهتها المنامة إلى طهران بـ«دعم جماعات إرهابية» في البحرين، ووصفتها بأنها «ادعاءات لا أساس لها».",
        "ودعا ائتلاف شباب ثورة 14 فبراير أنصاره إلى التظاهر في قرى المحافظة الشمالية غداً الجمعة، إحياءً لذكرى احتجاجات عام 2011.",
        "وقال مصدر أمني لمراسلنا إن السلطات قد تغلق مداخل قرية الدراز أمام غير سكانها إذا خرجت تظاهرات «غير مرخصة» في القرية.",
        "وطالب معهد البحرين للحقوق والديمقراطية، ومقرّه لندن، في بيان اليوم، السلطات البحرينية بالإفراج الفوري عن الموقوفين في البديع والتحقيق في استخدام الغاز ضد المحتجين في الدراز.",
        "وتشهد قرى في المحافظة الشمالية احتجاجات متفرقة منذ عام 2011، فيما أصدرت محاكم البحرين خلال السنوات الماضية أحكاماً بإسقاط الجنسية عن مئات المعارضين.",
    ],
    entities=[
        ("الدراز", "GPE", "Diraz"),
        ("بني جمرة", "GPE", "Bani Jamra"),
        ("وزارة الداخلية", "ORG", "Bahraini Ministry of Interior"),
        ("البديع", "GPE", "Budaiya"),
        ("النيابة العامة", "ORG", "Public Prosecution (Bahrain)"),
        ("سرايا الأشتر", "ORG", "Saraya al-Ashtar"),
        ("تيليغرام", "ORG", "Telegram"),
        ("مدينة حمد", "GPE", "Hamad Town"),
        ("كرزكان", "GPE", "Karzakan"),
        ("وكالة أنباء البحرين", "ORG", "Bahrain News Agency (BNA)"),
        ("بنا", "ORG", "Bahrain News Agency (BNA)"),
        ("وزارة الخارجية الإيرانية", "ORG", "Iranian Ministry of Foreign Affairs"),
        ("المنامة", "GPE", "Manama"),
        ("طهران", "GPE", "Tehran"),
        ("البحرين", "GPE", "Bahrain"),
        ("ائتلاف شباب ثورة 14 فبراير", "ORG", "February 14 Youth Coalition"),
        ("المحافظة الشمالية", "GPE", "Northern Governorate (Bahrain)"),
        ("معهد البحرين للحقوق والديمقراطية", "ORG", "Bahrain Institute for Rights and Democracy (BIRD)"),
        ("لندن", "GPE", "London"),
    ],
    events=[
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2025-02-12", "day",
          A("مئات من أهالي قرية الدراز", "Protesters (Bahrain)", "BHR", "protesters"),
          A("قوات الأمن", "Bahraini police", "BHR", "police"), [DIRAZ],
          None, 4, "إصابة ٤ محتجين بحالات اختناق", S("شهود عيان", "witness", "Eyewitnesses"), "فرّقت قوات الأمن"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-02-12", "day",
          A("العشرات", "Protesters (Bahrain)", "BHR", "protesters"), None, [BANIJAMRA],
          None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "فرّقت قوات الأمن"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-02-13", "day",
          A("وزارة الداخلية", "Bahraini Ministry of Interior", "BHR", "government"),
          A("٩ أشخاص", "Protesters (Bahrain)", "BHR", "protesters"), [BUDAIYA],
          None, None, "", S("وزارة الداخلية", "official", "Bahraini Ministry of Interior"), "القبض على ٩ أشخاص"),
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "claimed", "2025-02-11", "day",
          A("سرايا الأشتر", "Saraya al-Ashtar", "BHR", "armed_group"), A("دورية للشرطة", "Bahraini police", "BHR", "police"),
          [HAMAD], None, None, "", S("سرايا الأشتر", "perpetrator_claim", "Saraya al-Ashtar"), "وتبنّت جماعة سرايا"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2025-02-05", "week",
          A("عناصر الشرطة", "Bahraini police", "BHR", "police"), A("موقوف", "Detainee (Bahrain)", "BHR", "civilians"),
          [KARZAKAN], None, None, "", S("النيابة العامة", "official", "Public Prosecution (Bahrain)"), "ونفت النيابة العامة"),
        E("SANCTION", None, "asserted", "2025-02-12", "day",
          A("الحكومة البحرينية", BHRGOV, "BHR", "government"),
          A("ستة أشخاص مقيمين في الخارج", "Bahraini opposition figures abroad", "BHR", "other"), [],
          None, None, "", S("وكالة أنباء البحرين", "wire", "Bahrain News Agency (BNA)"), "وأدرجت الحكومة البحرينية"),
        E("REJECT", None, "asserted", "2025-02-13", "day",
          A("وزارة الخارجية الإيرانية", "Iranian Ministry of Foreign Affairs", "IRN", "government"),
          A("المنامة", BHRGOV, "BHR", "government"), [],
          None, None, "", S("وزارة الخارجية الإيرانية", "official", "Iranian Ministry of Foreign Affairs"), "ورفضت وزارة الخارجية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2025-02-14", "day",
          A("أنصاره", "February 14 Youth Coalition supporters", "BHR", "protesters"), None, [NORTHGOV],
          None, None, "", S("ائتلاف شباب ثورة 14 فبراير", "official", "February 14 Youth Coalition"), "ودعا ائتلاف شباب"),
        E("COERCE", None, "hypothetical", "2025-02-13", "day",
          A("السلطات", BHRGOV, "BHR", "government"), None, [DIRAZ],
          None, None, "", S("مصدر أمني", "anonymous", "Security source"), "قد تغلق مداخل"),
        E("REQUEST", None, "asserted", "2025-02-13", "day",
          A("معهد البحرين للحقوق والديمقراطية", "Bahrain Institute for Rights and Democracy (BIRD)", "BHR", "other"),
          A("السلطات البحرينية", BHRGOV, "BHR", "government"), [],
          None, None, "", S("معهد البحرين للحقوق والديمقراطية", "ngo", "BIRD"), "وطالب معهد البحرين"),
    ],
    notes=("Published Thursday 2025-02-13 (date line with the weekday and spaced numeric Hijri and Gregorian dates, «هـ»/«م»; 14 Sha'ban 1446 checked with "
           "Python). Dates: protests «مساء أمس الأربعاء» -> 02-12, one event per village (Diraz: dispersed with gas, ٤ injured -> Protest with intervention; "
           "Bani Jamra: peaceful); the ministry's arrest announcement «صباح اليوم الخميس» dates the arrests (no other time given), Budaiya; the Saraya al-Ashtar "
           "IED claim «ليل الثلاثاء» -> Tue 02-11, authorities do not confirm -> claimed; the denied death under torture «الأسبوع الماضي» -> Wednesday 02-05 "
           "(week), sourced to the Public Prosecution; terrorism listing «أمس الأربعاء» -> 02-12 (SANCTION, no place, BNA as wire); Iran's rejection today "
           "(REJECT, actor2 «المنامة», no place; the earlier Bahraini accusation sits in a relative clause «اتهامات وجّهتها المنامة» and is not coded); the "
           "coalition's call to protest «غداً الجمعة» -> 02-14, planned PROTEST placed in the Northern Governorate (admin1); the hypothetical closure of "
           "Diraz (COERCE, ACLED null) -> publication day; BIRD's request has no place. «مؤكدة» not coded; P10 background. Unsure: the Interior "
           "Ministry as arresting actor has role government (a system may say police); the detained nine are coded protesters. Diraz and Budaiya "
           "coordinates from public pages; the others from memory (approximate)."),
)
