"""heldout8 article specs 001-004 (Iraq Kurdistan, Lebanon Hermel, Sudan Kordofan, Libya Tripoli)."""
from build_lib import A, L, S, E, OWN

# ---------------------------------------------------------------- 001 Iraq / Kurdistan region salaries
SULAY = L("السليمانية", "Sulaymaniyah", "IQ", "Sulaymaniyah", "city", 35.56, 45.43)
CHAM = L("جمجمال", "Chamchamal", "IQ", "Sulaymaniyah", "city", 35.53, 44.83)
DUHOK = L("دهوك", "Duhok", "IQ", "Duhok", "city", 36.87, 42.99)
BAGHDAD = L("بغداد", "Baghdad", "IQ", "Baghdad", "city", 33.31, 44.36)

A001 = {
    "id": "001_iraq_kurdistan-salaries",
    "format": "text",
    "published": "2025-11-18",
    "title": "تظاهرات في السليمانية واعتقال صحفي في دهوك مع تفاقم أزمة الرواتب في إقليم كردستان",
    "head": [
        "تظاهرات في السليمانية واعتقال صحفي في دهوك مع تفاقم أزمة الرواتب في إقليم كردستان",
        "الثلاثاء 18 تشرين الثاني 2025 - 15:20",
        "السليمانية - هيمن عبد الله",
        "معلمون وموظفون يحتجون أمام مبنى محافظة السليمانية (أرشيف/ شبكة آسو)",
        "+ حجم الخط -",
        "شارك: فيسبوك | إكس | واتساب",
    ],
    "foot": [
        "اقرأ أيضاً: بغداد وأربيل تتبادلان الاتهامات بشأن إيرادات المنافذ الحدودية",
        "الوسوم: إقليم كردستان | الرواتب | السليمانية",
        "جميع الحقوق محفوظة © 2025 شبكة آسو الإخبارية",
    ],
    "paras": [
        "تظاهر آلاف الموظفين والمعلمين، صباح اليوم الثلاثاء، أمام مبنى محافظة السليمانية، احتجاجاً على تأخر صرف رواتبهم للشهر الثالث على التوالي، مطالبين حكومة إقليم كردستان والحكومة الاتحادية في بغداد بإنهاء خلافاتهما المالية.",
        "وفي قضاء جمجمال غربي المحافظة، أطلقت قوات الأسايش الغاز المسيل للدموع، ظهر اليوم، لتفريق مئات المحتجين الذين قطعوا طريق السليمانية - كركوك، ما أدى إلى إصابة سبعة منهم بحالات اختناق، بحسب ما أفاد به شهود عيان. وأوضح الشهود أن المصابين نُقلوا إلى مستشفى جمجمال العام وغادروه بعد تلقي العلاج.",
        "وفي دهوك، اعتقلت قوة أمنية، مساء أمس الاثنين، الصحفي ريبوار حسن من منزله بعد نشره مقاطع مصورة تنتقد تأخر الرواتب، وفق ما أفادت به نقابة صحفيي كردستان.",
        "في المقابل، نفت مديرية أسايش السليمانية، في بيان اليوم، ما تداولته مواقع التواصل الاجتماعي عن اعتقال عدد من منظمي تظاهرة جمجمال، مؤكدة أن عناصرها \"التزموا بضبط النفس\".",
        "وقال المتحدث باسم حكومة الإقليم بيشوا هوراماني إن وفداً برئاسة نائب رئيس الحكومة قوباد طالباني سيتوجه إلى بغداد يوم الخميس المقبل لبحث ملف الرواتب مع وزارة المالية الاتحادية.",
        "من جهته، اتهم الاتحاد الوطني الكردستاني، في بيان مساء أمس، الحزب الديمقراطي الكردستاني بـ\"الاستئثار\" بإيرادات المنافذ الحدودية وحرمان محافظتي السليمانية وحلبجة من حصتهما العادلة.",
        "ويعتمد أكثر من مليون و200 ألف موظف ومتقاعد في الإقليم على الرواتب الحكومية، وتتكرر أزمة تأخر صرفها منذ توقف صادرات النفط عبر ميناء جيهان التركي في آذار/مارس 2023.",
        "وبحث رئيس إقليم كردستان نيجيرفان بارزاني، في اتصال هاتفي اليوم مع رئيس الوزراء العراقي محمد شياع السوداني، سبل تأمين رواتب موظفي الإقليم، مؤكداً ضرورة \"فصل الملف عن الخلافات السياسية\"، بحسب بيان لرئاسة إقليم كردستان.",
        "وهددت نقابة معلمي كردستان، في بيان اليوم، بإعلان إضراب مفتوح عن الدوام في جميع مدارس الإقليم ابتداءً من الأحد المقبل إذا لم تُصرف رواتب شهر أيلول/سبتمبر خلال أيام.",
    ],
    "entities": [
        ("السليمانية", "GPE", "Sulaymaniyah"),
        ("حكومة إقليم كردستان", "ORG", "Kurdistan Regional Government"),
        ("بغداد", "GPE", "Baghdad"),
        ("جمجمال", "GPE", "Chamchamal"),
        ("الأسايش", "ORG", "Asayish (Kurdistan Region security)"),
        ("كركوك", "GPE", "Kirkuk"),
        ("مستشفى جمجمال العام", "FAC", "Chamchamal General Hospital"),
        ("دهوك", "GPE", "Duhok"),
        ("ريبوار حسن", "PER", "Rebwar Hassan (invented)"),
        ("نقابة صحفيي كردستان", "ORG", "Kurdistan Journalists Syndicate"),
        ("مديرية أسايش السليمانية", "ORG", "Sulaymaniyah Asayish Directorate"),
        ("بيشوا هوراماني", "PER", "Peshawa Hawramani"),
        ("قوباد طالباني", "PER", "Qubad Talabani"),
        ("وزارة المالية الاتحادية", "ORG", "Iraqi Ministry of Finance"),
        ("الاتحاد الوطني الكردستاني", "ORG", "Patriotic Union of Kurdistan"),
        ("الحزب الديمقراطي الكردستاني", "ORG", "Kurdistan Democratic Party"),
        ("حلبجة", "GPE", "Halabja"),
        ("ميناء جيهان", "FAC", "Port of Ceyhan"),
        ("إقليم كردستان", "GPE", "Kurdistan Region of Iraq"),
        ("نيجيرفان بارزاني", "PER", "Nechirvan Barzani"),
        ("محمد شياع السوداني", "PER", "Mohammed Shia al-Sudani"),
        ("رئاسة إقليم كردستان", "ORG", "Kurdistan Region Presidency"),
        ("نقابة معلمي كردستان", "ORG", "Kurdistan Teachers Union"),
    ],
    "events": [
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-11-18", "day",
          A("آلاف الموظفين والمعلمين", "Public sector employees and teachers (Kurdistan Region)", "IRQ", "protesters"), None,
          [SULAY], None, None, "", OWN, "تظاهر آلاف الموظفين والمعلمين"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2025-11-18", "day",
          A("مئات المحتجين", "Protesters (Kurdistan Region)", "IRQ", "protesters"),
          A("قوات الأسايش", "Asayish (Kurdistan Region security)", "IRQ", "police"),
          [CHAM], None, 7, "إصابة سبعة منهم بحالات اختناق", S("شهود عيان", "witness", "Eyewitnesses"),
          "أطلقت قوات الأسايش الغاز"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-11-17", "day",
          A("قوة أمنية", "Kurdistan Region security forces", "IRQ", "police"),
          A("الصحفي ريبوار حسن", "Rebwar Hassan (invented)", "IRQ", "media"),
          [DUHOK], None, None, "", S("نقابة صحفيي كردستان", "ngo", "Kurdistan Journalists Syndicate"),
          "اعتقلت قوة أمنية"),
        E("COERCE", ["Strategic developments", "Arrests"], "denied", "2025-11-18", "day",
          A("مديرية أسايش السليمانية", "Sulaymaniyah Asayish Directorate", "IRQ", "police"),
          A("منظمي تظاهرة جمجمال", "Protesters (Kurdistan Region)", "IRQ", "protesters"),
          [CHAM], None, None, "", S("مديرية أسايش السليمانية", "official", "Sulaymaniyah Asayish Directorate"),
          "نفت مديرية أسايش السليمانية"),
        E("CONSULT", None, "planned", "2025-11-20", "day",
          A("قوباد طالباني", "Qubad Talabani", "IRQ", "government"),
          A("وزارة المالية الاتحادية", "Iraqi Ministry of Finance", "IRQ", "government"),
          [BAGHDAD], None, None, "", S("بيشوا هوراماني", "official", "Peshawa Hawramani"),
          "سيتوجه إلى بغداد"),
        E("ACCUSE", None, "asserted", "2025-11-17", "day",
          A("الاتحاد الوطني الكردستاني", "Patriotic Union of Kurdistan", "IRQ", "political_party"),
          A("الحزب الديمقراطي الكردستاني", "Kurdistan Democratic Party", "IRQ", "political_party"),
          [], None, None, "", S("الاتحاد الوطني الكردستاني", "official", "Patriotic Union of Kurdistan"),
          "اتهم الاتحاد الوطني"),
        E("CONSULT", None, "asserted", "2025-11-18", "day",
          A("نيجيرفان بارزاني", "Nechirvan Barzani", "IRQ", "government"),
          A("محمد شياع السوداني", "Mohammed Shia al-Sudani", "IRQ", "government"),
          [], None, None, "", S("رئاسة إقليم كردستان", "official", "Kurdistan Region Presidency"),
          "في اتصال هاتفي اليوم"),
        E("THREATEN", None, "asserted", "2025-11-18", "day",
          A("نقابة معلمي كردستان", "Kurdistan Teachers Union", "IRQ", "other"), None,
          [], None, None, "", S("نقابة معلمي كردستان", "ngo", "Kurdistan Teachers Union"),
          "بإعلان إضراب مفتوح"),
    ],
    "notes": ("Kurdistan salaries crisis, invented events of Tue 2025-11-18. Sulaymaniyah rally = peaceful protest; "
              "Chamchamal road-block dispersed with tear gas = Protest with intervention (no burning tyres or damage, so not a riot), "
              "7 injured (suffocation) as injuries, witness source; the second sentence of that paragraph (hospital) is not an event. "
              "Duhok journalist arrest dated Mon 11-17 (مساء أمس الاثنين), source the journalists' syndicate = ngo. "
              "Asayish denial of arresting organisers = denied Arrests at Chamchamal. Talabani delegation 'الخميس المقبل' = planned CONSULT 2025-11-20 in Baghdad. "
              "PUK accusation of KDP, no place. Barzani-Sudani phone call = CONSULT, no place (the 'فصل الملف' quote is not a separate REQUEST). "
              "Teachers' union strike threat = THREATEN with actor2 null (a union statement, source ngo). "
              "Not coded: the protesters' demands (part of the protest), the 1.2 million employees / oil export halt background sentence."),
}

# ---------------------------------------------------------------- 002 Lebanon / Hermel border with Syria
QASR = L("القصر", "al-Qasr (Hermel)", "LB", "Baalbek-Hermel", "city", 34.42, 36.42)
HAWSH = L("حوش السيد علي", "Hawsh al-Sayyid Ali", "LB", "Baalbek-Hermel", "city", 34.46, 36.39)
HERMEL = L("الهرمل", "Hermel", "LB", "Baalbek-Hermel", "city", 34.39, 36.39)
BEIRUT = L("بيروت", "Beirut", "LB", "Beirut", "city", 33.89, 35.50)

A002 = {
    "id": "002_lebanon_hermel-border",
    "format": "text",
    "published": "2026-02-14",
    "title": "قتيلان بقذائف على القصر والجيش اللبناني يرد على مصادر النيران عند الحدود مع سوريا",
    "head": [
        "قتيلان بقذائف على القصر والجيش اللبناني يرد على مصادر النيران عند الحدود مع سوريا",
        "قتيلان بقذائف على القصر والجيش اللبناني يرد على مصادر النيران عند الحدود مع سوريا",
        "السبت ١٤ شباط ٢٠٢٦ - ١٣:٣٠",
        "بعلبك - «صدى البقاع»",
        "آلية للجيش اللبناني على طريق الهرمل - القاع (أرشيف/ الوكالة الوطنية)",
        "A+ A-",
    ],
    "foot": [
        "مواضيع ذات صلة: الهرمل | الحدود اللبنانية السورية | الجيش اللبناني",
        "جميع الحقوق محفوظة © ٢٠٢٦ صدى البقاع",
    ],
    "paras": [
        "قُتل مواطنان وأصيب أربعة آخرون بجروح، ليل الجمعة، جراء سقوط قذائف صاروخية مصدرها الأراضي السورية على بلدة القصر في قضاء الهرمل، بحسب ما أفادت به «الوكالة الوطنية للإعلام».",
        "وقال الجيش اللبناني، في بيان اليوم السبت، إن وحداته المنتشرة عند الحدود الشمالية الشرقية ردّت بالأسلحة المناسبة على مصادر النيران، بعد تعرض أحد مراكزها في محيط بلدة حوش السيد علي لإطلاق نار من مسلحين داخل الأراضي السورية فجر اليوم.",
        "في المقابل، نفت وزارة الدفاع السورية، في بيان نقلته الوكالة العربية السورية للأنباء (سانا) اليوم، أن تكون وحدات الجيش السوري قد قصفت بلدة القصر أو أي بلدة لبنانية أخرى، متهمة \"عصابات تهريب\" تنشط على جانبي الحدود بإطلاق القذائف لـ\"خلط الأوراق\".",
        "وأفادت مصادر أمنية لبنانية بأن الجيش أوقف، صباح اليوم، ثلاثة سوريين في بلدة القصر للاشتباه في تورطهم بتهريب أسلحة عبر معابر غير شرعية.",
        "ووصلت ظهر اليوم تعزيزات إضافية للجيش إلى منطقة الهرمل، شملت آليات مدرعة وعناصر من فوج الحدود البري الثاني، وفق ما أفاد به مراسل صحيفة «النهار» في البقاع.",
        "وبحث رئيس الجمهورية جوزاف عون، في اتصال هاتفي اليوم مع الرئيس السوري أحمد الشرع، التطورات على الحدود المشتركة، وأكدا ضرورة منع أي تصعيد، بحسب بيان صادر عن الرئاسة اللبنانية.",
        "ومن المقرر أن يزور وفد عسكري سوري بيروت يوم الثلاثاء المقبل لعقد اجتماع مع قيادة الجيش اللبناني، بحسب ما أفاد به مصدر وزاري.",
        "وطالب نواب كتلة «الوفاء للمقاومة» عن دائرة بعلبك - الهرمل، في بيان اليوم، الحكومة بـ\"تحمّل مسؤولياتها في حماية أهالي القرى الحدودية\"، داعين إلى نشر مزيد من وحدات الجيش على طول الحدود.",
        "وتشهد المنطقة الحدودية بين الهرمل وريف القصير منذ مطلع العام الماضي توترات متكررة على خلفية عمليات التهريب، تخللتها مواجهات أسفرت عن عشرات القتلى من الجانبين.",
    ],
    "entities": [
        ("القصر", "GPE", "al-Qasr (Hermel)"),
        ("الهرمل", "GPE", "Hermel"),
        ("الوكالة الوطنية للإعلام", "ORG", "National News Agency (Lebanon)"),
        ("الجيش اللبناني", "ORG", "Lebanese Armed Forces"),
        ("حوش السيد علي", "GPE", "Hawsh al-Sayyid Ali"),
        ("وزارة الدفاع السورية", "ORG", "Syrian Ministry of Defence"),
        ("الوكالة العربية السورية للأنباء", "ORG", "Syrian Arab News Agency (SANA)"),
        ("سانا", "ORG", "Syrian Arab News Agency (SANA)"),
        ("الجيش السوري", "ORG", "Syrian Army"),
        ("سوريين", "NORP", "Syrians"),
        ("فوج الحدود البري الثاني", "ORG", "Lebanese Army Second Land Border Regiment"),
        ("النهار", "ORG", "An-Nahar"),
        ("البقاع", "LOC", "Beqaa"),
        ("جوزاف عون", "PER", "Joseph Aoun"),
        ("أحمد الشرع", "PER", "Ahmed al-Sharaa"),
        ("الرئاسة اللبنانية", "ORG", "Lebanese Presidency"),
        ("بيروت", "GPE", "Beirut"),
        ("الوفاء للمقاومة", "ORG", "Loyalty to the Resistance bloc"),
        ("بعلبك", "GPE", "Baalbek"),
        ("ريف القصير", "LOC", "Qusayr countryside"),
    ],
    "events": [
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2026-02-13", "day",
          None, A("مواطنان", "Civilians (Lebanon)", "LBN", "civilians"),
          [QASR], 2, 4, "قُتل مواطنان وأصيب أربعة آخرون بجروح",
          S("الوكالة الوطنية للإعلام", "wire", "National News Agency (Lebanon)"), "قُتل مواطنان"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-02-14", "day",
          A("مسلحين داخل الأراضي السورية", "Unidentified gunmen (Syrian side of border)", "SYR", "armed_group"),
          A("الجيش اللبناني", "Lebanese Armed Forces", "LBN", "military"),
          [HAWSH], None, None, "", S("الجيش اللبناني", "official", "Lebanese Armed Forces"), "ردّت بالأسلحة المناسبة"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "denied", "2026-02-13", "day",
          A("وحدات الجيش السوري", "Syrian Army", "SYR", "military"), None,
          [QASR], None, None, "", S("وزارة الدفاع السورية", "official", "Syrian Ministry of Defence"), "نفت وزارة الدفاع السورية"),
        E("ACCUSE", None, "asserted", "2026-02-14", "day",
          A("وزارة الدفاع السورية", "Syrian Ministry of Defence", "SYR", "government"),
          A("عصابات تهريب", "Smuggling gangs (Lebanon-Syria border)", None, "armed_group"),
          [], None, None, "", S("وزارة الدفاع السورية", "official", "Syrian Ministry of Defence"), "نفت وزارة الدفاع السورية"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-02-14", "day",
          A("الجيش", "Lebanese Armed Forces", "LBN", "military"),
          A("ثلاثة سوريين", "Suspected arms smugglers", "SYR", "other"),
          [QASR], None, None, "", S("مصادر أمنية لبنانية", "anonymous", "Lebanese security sources"), "ثلاثة سوريين"),
        E("MOBILIZE", None, "asserted", "2026-02-14", "day",
          A("تعزيزات إضافية للجيش", "Lebanese Armed Forces", "LBN", "military"), None,
          [HERMEL], None, None, "", S("مراسل صحيفة «النهار»", "media", "An-Nahar correspondent"), "تعزيزات إضافية للجيش"),
        E("CONSULT", None, "asserted", "2026-02-14", "day",
          A("جوزاف عون", "Joseph Aoun", "LBN", "government"),
          A("أحمد الشرع", "Ahmed al-Sharaa", "SYR", "government"),
          [], None, None, "", S("الرئاسة اللبنانية", "official", "Lebanese Presidency"), "جوزاف عون"),
        E("CONSULT", None, "planned", "2026-02-17", "day",
          A("وفد عسكري سوري", "Syrian military delegation", "SYR", "military"),
          A("قيادة الجيش اللبناني", "Lebanese Armed Forces command", "LBN", "military"),
          [BEIRUT], None, None, "", S("مصدر وزاري", "anonymous", "Lebanese ministerial source"), "وفد عسكري سوري"),
        E("REQUEST", None, "asserted", "2026-02-14", "day",
          A("نواب كتلة «الوفاء للمقاومة»", "Loyalty to the Resistance bloc", "LBN", "political_party"),
          A("الحكومة", "Government of Lebanon", "LBN", "government"),
          [], None, None, "", S("نواب كتلة «الوفاء للمقاومة»", "official", "Loyalty to the Resistance bloc"), "وطالب نواب كتلة"),
    ],
    "notes": ("Lebanon-Syria border at Hermel, invented events; published Sat 2026-02-14. 'ليل الجمعة' shelling of al-Qasr = 2026-02-13, "
              "actor1 null because the sentence only says the fire came from Syrian territory; 2 killed (dual) and 4 injured (word); NNA = wire. "
              "The army's return fire after its post near Hawsh al-Sayyid Ali was shot at = one Battles/Armed clash, actor1 the gunmen (they opened fire). "
              "Syrian MoD statement carried by SANA: innermost speaker the ministry (official); it gives a denied shelling of al-Qasr (same day as the asserted one) "
              "and a participial ACCUSE of smuggling gangs (actor2 country null). Arrest of three Syrians = Arrests, actor2 role other. "
              "Reinforcements = MOBILIZE at Hermel, source An-Nahar's correspondent = media. Aoun-Sharaa call = CONSULT without place. "
              "Syrian military delegation 'يوم الثلاثاء المقبل' = planned CONSULT 2026-02-17 in Beirut. MPs' demand = REQUEST (the participial 'داعين' is part of it). "
              "Not coded: the aggregate sentence on border tensions since last year."),
}

# ---------------------------------------------------------------- 003 Sudan / Kordofan
OBEID = L("الأبيض", "El Obeid", "SD", "North Kordofan", "city", 13.18, 30.22)
KADUGLI = L("كادقلي", "Kadugli", "SD", "South Kordofan", "city", 11.01, 29.72)
DILLING = L("الدلنج", "Dilling", "SD", "South Kordofan", "city", 12.05, 29.65)
BARA = L("بارا", "Bara", "SD", "North Kordofan", "city", 13.70, 30.37)
RAHAD = L("الرهد", "Er Rahad", "SD", "North Kordofan", "city", 12.72, 30.65)
ADDIS = L("أديس أبابا", "Addis Ababa", "ET", "Addis Ababa", "city", 9.03, 38.74)
RSF = A("قوات الدعم السريع", "Rapid Support Forces", "SDN", "armed_group")

A003 = {
    "id": "003_sudan_kordofan-obeid",
    "format": "text",
    "published": "2025-12-04",
    "title": "12 قتيلاً بمسيّرة على سوق في الأبيض وقافلة أممية تصل الدلنج المحاصرة",
    "head": [
        "12 قتيلاً بمسيّرة على سوق في الأبيض وقافلة أممية تصل الدلنج المحاصرة",
        "الخميس 4 ديسمبر 2025 - 14:10",
        "الأبيض - وكالات",
        "سوق مدينة الأبيض في ولاية شمال كردفان (أرشيف/ منصات التواصل)",
        "شارك الخبر:",
        "واتساب",
        "فيسبوك",
        "إكس",
    ],
    "foot": [
        "اقرأ أيضاً: ارتفاع أسعار الذرة في أسواق كوستي مع تدفق النازحين",
        "© 2025 سودان الآن - جميع الحقوق محفوظة",
    ],
    "paras": [
        "قُتل 12 مدنياً وأصيب 27 آخرون، صباح اليوم الخميس، في قصف بطائرة مسيّرة تابعة لقوات الدعم السريع استهدف سوقاً شعبية في مدينة الأبيض، عاصمة ولاية شمال كردفان، بحسب ما أفادت به شبكة أطباء السودان. وقالت الشبكة إن بين القتلى ثلاثة أطفال، وإن مستشفى الأبيض التعليمي يعاني نقصاً حاداً في الأدوية وأكياس الدم.",
        "وفي ولاية جنوب كردفان، أعلنت الفرقة 14 مشاة التابعة للجيش أنها صدت، فجر اليوم، هجوماً شنته قوات الدعم السريع والحركة الشعبية لتحرير السودان - شمال على الأطراف الشمالية لمدينة كادقلي، ما أسفر عن مقتل جنديين.",
        "وأعلن برنامج الأغذية العالمي، أمس الأربعاء، وصول قافلة من 18 شاحنة محملة بالذرة والبقوليات إلى مدينة الدلنج المحاصرة، تكفي لإطعام نحو 30 ألفاً من سكانها لمدة شهر، للمرة الأولى منذ أشهر.",
        "وفي بارا شمالي الأبيض، اختطف مسلحون من قوات الدعم السريع، مساء الثلاثاء، ستة من متطوعي غرفة الطوارئ المحلية أثناء توزيعهم وجبات على النازحين، وفق ما أفاد به شهود عيان.",
        "واتهمت حكومة ولاية شمال كردفان، في بيان اليوم، قوات الدعم السريع بـ\"استهداف المدنيين بشكل ممنهج\" في الأسواق ومراكز الإيواء، مؤكدة أن الهجوم \"لن يكسر صمود أهل المدينة\".",
        "في المقابل، أعلنت قوات الدعم السريع، في بيان على منصة تلغرام، أن قواتها سيطرت أمس الأربعاء على مدينة الرهد جنوب شرقي الأبيض بعد معارك مع الجيش السوداني و\"القوات المشتركة\"، وهو ما لم يعلق عليه الجيش حتى الآن.",
        "ودعا مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)، في بيان اليوم، طرفي النزاع إلى فتح ممرات آمنة لإيصال المساعدات إلى كادقلي والدلنج من دون عوائق.",
        "ومن المقرر أن يعقد مجلس السلم والأمن الأفريقي جلسة طارئة في أديس أبابا يوم الاثنين المقبل لبحث التصعيد في كردفان، بحسب ما أفادت به مصادر دبلوماسية.",
        "وتشهد ولايات كردفان الثلاث منذ أشهر تصعيداً عسكرياً متواصلاً دفع أكثر من 40 ألف شخص إلى النزوح نحو الأبيض، وفق تقديرات المنظمة الدولية للهجرة.",
    ],
    "entities": [
        ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
        ("الأبيض", "GPE", "El Obeid"),
        ("ولاية شمال كردفان", "GPE", "North Kordofan State"),
        ("شبكة أطباء السودان", "ORG", "Sudan Doctors Network"),
        ("مستشفى الأبيض التعليمي", "FAC", "El Obeid Teaching Hospital"),
        ("ولاية جنوب كردفان", "GPE", "South Kordofan State"),
        ("الفرقة 14 مشاة", "ORG", "Sudanese Armed Forces 14th Infantry Division"),
        ("الحركة الشعبية لتحرير السودان - شمال", "ORG", "Sudan People's Liberation Movement-North (SPLM-N)"),
        ("كادقلي", "GPE", "Kadugli"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("الدلنج", "GPE", "Dilling"),
        ("بارا", "GPE", "Bara"),
        ("حكومة ولاية شمال كردفان", "ORG", "North Kordofan State government"),
        ("تلغرام", "ORG", "Telegram"),
        ("الرهد", "GPE", "Er Rahad"),
        ("الجيش السوداني", "ORG", "Sudanese Armed Forces"),
        ("القوات المشتركة", "ORG", "Joint Force of the armed struggle movements (Sudan)"),
        ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ORG", "UN Office for the Coordination of Humanitarian Affairs (OCHA)"),
        ("أوتشا", "ORG", "UN Office for the Coordination of Humanitarian Affairs (OCHA)"),
        ("مجلس السلم والأمن الأفريقي", "ORG", "African Union Peace and Security Council"),
        ("أديس أبابا", "GPE", "Addis Ababa"),
        ("كردفان", "GPE", "Kordofan"),
        ("المنظمة الدولية للهجرة", "ORG", "International Organization for Migration"),
    ],
    "events": [
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2025-12-04", "day",
          A("طائرة مسيّرة تابعة لقوات الدعم السريع", "Rapid Support Forces", "SDN", "armed_group"),
          A("12 مدنياً", "Civilians (Sudan)", "SDN", "civilians"),
          [OBEID], 12, 27, "قُتل 12 مدنياً وأصيب 27 آخرون", S("شبكة أطباء السودان", "ngo", "Sudan Doctors Network"),
          "قُتل 12 مدنياً"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-12-04", "day",
          RSF, A("الفرقة 14 مشاة", "Sudanese Armed Forces 14th Infantry Division", "SDN", "military"),
          [KADUGLI], 2, None, "مقتل جنديين", S("الفرقة 14 مشاة", "official", "Sudanese Armed Forces 14th Infantry Division"),
          "الأطراف الشمالية لمدينة كادقلي"),
        E("AID", None, "asserted", "2025-12-03", "day",
          A("برنامج الأغذية العالمي", "World Food Programme", None, "igo"),
          A("30 ألفاً من سكانها", "Civilians (Sudan)", "SDN", "civilians"),
          [DILLING], None, None, "", S("برنامج الأغذية العالمي", "official", "World Food Programme"), "وصول قافلة"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2025-12-02", "day",
          A("مسلحون من قوات الدعم السريع", "Rapid Support Forces", "SDN", "armed_group"),
          A("ستة من متطوعي غرفة الطوارئ المحلية", "Aid volunteers (Sudan)", "SDN", "civilians"),
          [BARA], None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "اختطف مسلحون"),
        E("ACCUSE", None, "asserted", "2025-12-04", "day",
          A("حكومة ولاية شمال كردفان", "North Kordofan State government", "SDN", "government"), RSF,
          [], None, None, "", S("حكومة ولاية شمال كردفان", "official", "North Kordofan State government"), "واتهمت حكومة ولاية"),
        E("ASSAULT", ["Battles", "Non-state actor overtakes territory"], "claimed", "2025-12-03", "day",
          RSF, A("الجيش السوداني", "Sudanese Armed Forces", "SDN", "military"),
          [RAHAD], None, None, "", S("قوات الدعم السريع", "perpetrator_claim", "Rapid Support Forces"), "سيطرت أمس الأربعاء"),
        E("REQUEST", None, "asserted", "2025-12-04", "day",
          A("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "UN Office for the Coordination of Humanitarian Affairs (OCHA)", None, "igo"),
          A("طرفي النزاع", "Parties to the Sudan conflict", "SDN", "other"),
          [], None, None, "", S("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "official", "OCHA"), "فتح ممرات آمنة"),
        E("CONSULT", None, "planned", "2025-12-08", "day",
          A("مجلس السلم والأمن الأفريقي", "African Union Peace and Security Council", None, "igo"), None,
          [ADDIS], None, None, "", S("مصادر دبلوماسية", "anonymous", "Diplomatic sources"), "جلسة طارئة"),
    ],
    "notes": ("Kordofan front, invented events; published Thu 2025-12-04 under a wire dateline. "
              "El Obeid market drone strike: RSF named in the sentence, 12 killed / 27 injured in digits, source Sudan Doctors Network = ngo; "
              "the second sentence of that paragraph (three children, hospital shortages) is detail, not an event. "
              "Kadugli: repelled RSF+SPLM-N attack = one Armed clash, actor1 the first-named attacker (RSF), 2 soldiers killed (dual جنديين), source the division = official. "
              "WFP convoy to besieged Dilling 'أمس الأربعاء' = AID 2025-12-03. Bara: abduction of six volunteers on Tuesday 12-02 = Violence against civilians/Abduction, witness source. "
              "State government accusation = ACCUSE, no place (the participial 'مؤكدة' is not coded). "
              "RSF Telegram claim to have taken Er Rahad on Wednesday = claimed Non-state actor overtakes territory; the army has not commented, so it stays claimed. "
              "OCHA call = REQUEST without place (Kadugli/Dilling are the object, not where it was said). AU PSC session 'الاثنين المقبل' = planned CONSULT 2025-12-08 in Addis Ababa. "
              "Not coded: the IOM displacement aggregate."),
}

# ---------------------------------------------------------------- 004 Libya / Tripoli clashes (HTML)
SOUQ = L("سوق الجمعة", "Souq al-Jumaa", "LY", "Tripoli", "city", 32.89, 13.23)
MITIGA = L("مطار معيتيقة الدولي", "Mitiga International Airport", "LY", "Tripoli", "facility", 32.89, 13.28)
MITIGA2 = L("مطار معيتيقة", "Mitiga International Airport", "LY", "Tripoli", "facility", 32.89, 13.28)
TRIPOLI = L("طرابلس", "Tripoli", "LY", "Tripoli", "city", 32.89, 13.19)
SHUHADA = L("ميدان الشهداء", "Martyrs' Square, Tripoli", "LY", "Tripoli", "facility", 32.90, 13.18)
JANZUR = L("جنزور", "Janzour", "LY", "Tripoli", "city", 32.82, 13.01)
RADA = A("جهاز الردع لمكافحة الجريمة المنظمة والإرهاب", "Special Deterrence Force (Rada)", "LBY", "armed_group")
RADA2 = A("جهاز الردع", "Special Deterrence Force (Rada)", "LBY", "armed_group")
B111 = A("اللواء 111", "111th Brigade", "LBY", "armed_group")

A004 = {
    "id": "004_libya_tripoli-clashes",
    "format": "html",
    "published": "2026-04-13",
    "title": "ثلاثة قتلى في اشتباكات بسوق الجمعة وتعليق الرحلات في مطار معيتيقة",
    "html": {
        "site": "بوابة المغرب الكبير",
        "nav": ["الرئيسية", "ليبيا", "المغرب العربي", "اقتصاد", "رياضة"],
        "kicker": "ليبيا",
        "byline": "طرابلس - بوابة المغرب الكبير",
        "datetime": "2026-04-13T21:40",
        "time": "الاثنين 13 أبريل 2026 - 21:40",
        "img": "/uploads/2026/04/souq-aljumaa.jpg",
        "caption": "آليات مسلحة في أحد شوارع العاصمة الليبية (أرشيف/ رويترز)",
        "share": ["شارك عبر:", "فيسبوك", "إكس", "واتساب"],
        "tags": ["الوسوم:", "طرابلس", "الاشتباكات المسلحة", "جهاز الردع"],
        "related": ["ذات صلة", "الدينار الليبي يتراجع أمام الدولار في السوق الموازية",
                    "المؤسسة الوطنية للنفط تعلن أرقام الإنتاج الشهرية"],
        "footer": ["من نحن", "اتصل بنا", "سياسة الخصوصية", "جميع الحقوق محفوظة لبوابة المغرب الكبير © 2026"],
    },
    "paras": [
        "قُتل ثلاثة أشخاص، بينهم مدني، وأصيب 14 آخرون، في اشتباكات مسلحة اندلعت ليل الأحد بين جهاز الردع لمكافحة الجريمة المنظمة والإرهاب واللواء 111 مجحفل في منطقة سوق الجمعة شرقي العاصمة الليبية طرابلس، بحسب ما أعلنه مركز طب الطوارئ والدعم.",
        "وقالت إدارة مطار معيتيقة الدولي إن قذيفة عشوائية سقطت فجر اليوم الاثنين قرب مدرج المطار من دون أن تسفر عن إصابات، ما دفعها إلى تعليق الرحلات وتحويلها إلى مطار مصراتة الدولي.",
        "وأعلنت وزارة الدفاع في حكومة الوحدة الوطنية، ظهر اليوم، التوصل إلى اتفاق لوقف إطلاق النار بين جهاز الردع واللواء 111 في طرابلس، بوساطة من أعيان سوق الجمعة، يقضي بسحب الآليات المسلحة من الشوارع وعودتها إلى مقارها.",
        "وتظاهر مئات الشبان، عصر اليوم، في ميدان الشهداء وسط طرابلس، مطالبين بإخراج التشكيلات المسلحة من العاصمة ورحيل حكومة عبد الحميد الدبيبة. كما أغلق محتجون غاضبون الطريق الساحلي في منطقة جنزور غربي العاصمة بالإطارات المشتعلة مساء اليوم، قبل أن يعيد عناصر من مديرية أمن طرابلس فتحه.",
        "ودعت بعثة الأمم المتحدة للدعم في ليبيا، في بيان اليوم، جميع الأطراف إلى الالتزام الكامل بوقف إطلاق النار وتجنيب المدنيين تبعات المواجهات.",
        "وتوعد رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، في كلمة متلفزة ليل الأحد، بـ\"إنهاء وجود أي تشكيل مسلح يعمل خارج سلطة الدولة\"، مؤكداً أن \"زمن الميليشيات انتهى\".",
        "من جهته، أعلن جهاز الردع، في بيان، أنه ألقى القبض على خمسة من عناصر \"اللواء 111\" قرب مطار معيتيقة خلال اشتباكات ليل الأحد، نافياً ما تداولته صفحات على مواقع التواصل عن قصفه أحياء سكنية في سوق الجمعة.",
        "وتتقاسم تشكيلات مسلحة متعددة النفوذ في العاصمة منذ سقوط نظام معمر القذافي عام 2011، وتتجدد المواجهات بينها بين حين وآخر رغم الاتفاقات المتكررة.",
        "ومن المقرر أن يعقد المجلس الرئاسي، غداً الثلاثاء، اجتماعاً طارئاً مع قادة الأجهزة الأمنية والعسكرية في طرابلس لبحث ترتيبات أمنية جديدة للعاصمة، بحسب ما أفاد به مصدر في المجلس.",
    ],
    "entities": [
        ("جهاز الردع لمكافحة الجريمة المنظمة والإرهاب", "ORG", "Special Deterrence Force (Rada)"),
        ("اللواء 111 مجحفل", "ORG", "111th Brigade"),
        ("سوق الجمعة", "GPE", "Souq al-Jumaa"),
        ("طرابلس", "GPE", "Tripoli"),
        ("مركز طب الطوارئ والدعم", "ORG", "Emergency Medicine and Support Centre"),
        ("مطار معيتيقة الدولي", "FAC", "Mitiga International Airport"),
        ("مطار مصراتة الدولي", "FAC", "Misrata International Airport"),
        ("وزارة الدفاع", "ORG", "Libyan Ministry of Defence (GNU)"),
        ("حكومة الوحدة الوطنية", "ORG", "Government of National Unity"),
        ("جهاز الردع", "ORG", "Special Deterrence Force (Rada)"),
        ("اللواء 111", "ORG", "111th Brigade"),
        ("ميدان الشهداء", "FAC", "Martyrs' Square, Tripoli"),
        ("عبد الحميد الدبيبة", "PER", "Abdul Hamid Dbeibah"),
        ("جنزور", "GPE", "Janzour"),
        ("مديرية أمن طرابلس", "ORG", "Tripoli Security Directorate"),
        ("بعثة الأمم المتحدة للدعم في ليبيا", "ORG", "UN Support Mission in Libya (UNSMIL)"),
        ("مطار معيتيقة", "FAC", "Mitiga International Airport"),
        ("معمر القذافي", "PER", "Muammar Gaddafi"),
        ("المجلس الرئاسي", "ORG", "Presidential Council (Libya)"),
    ],
    "events": [
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-04-12", "day",
          RADA, A("اللواء 111 مجحفل", "111th Brigade", "LBY", "armed_group"),
          [SOUQ], 3, 14, "قُتل ثلاثة أشخاص، بينهم مدني، وأصيب 14 آخرون",
          S("مركز طب الطوارئ والدعم", "official", "Emergency Medicine and Support Centre"), "قُتل ثلاثة أشخاص"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2026-04-13", "day",
          None, None, [MITIGA], 0, 0, "من دون أن تسفر عن إصابات",
          S("إدارة مطار معيتيقة الدولي", "official", "Mitiga International Airport administration"), "قذيفة عشوائية"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2026-04-13", "day",
          RADA2, B111, [TRIPOLI], None, None, "", S("وزارة الدفاع", "official", "Libyan Ministry of Defence (GNU)"),
          "اتفاق لوقف إطلاق النار"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2026-04-13", "day",
          A("مئات الشبان", "Protesters (Libya)", "LBY", "protesters"), None,
          [SHUHADA], None, None, "", OWN, "وتظاهر مئات الشبان"),
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2026-04-13", "day",
          A("محتجون غاضبون", "Rioters (Libya)", "LBY", "protesters"),
          A("مديرية أمن طرابلس", "Tripoli Security Directorate", "LBY", "police"),
          [JANZUR], None, None, "", OWN, "بالإطارات المشتعلة"),
        E("REQUEST", None, "asserted", "2026-04-13", "day",
          A("بعثة الأمم المتحدة للدعم في ليبيا", "UN Support Mission in Libya (UNSMIL)", None, "igo"),
          A("جميع الأطراف", "Libyan parties", "LBY", "other"),
          [], None, None, "", S("بعثة الأمم المتحدة للدعم في ليبيا", "official", "UN Support Mission in Libya (UNSMIL)"),
          "ودعت بعثة الأمم المتحدة"),
        E("THREATEN", None, "asserted", "2026-04-12", "day",
          A("عبد الحميد الدبيبة", "Abdul Hamid Dbeibah", "LBY", "government"),
          A("أي تشكيل مسلح", "Armed groups in Tripoli", "LBY", "armed_group"),
          [], None, None, "", S("عبد الحميد الدبيبة", "official", "Abdul Hamid Dbeibah"), "وتوعد رئيس حكومة"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-04-12", "day",
          RADA2, A("خمسة من عناصر \"اللواء 111\"", "111th Brigade", "LBY", "armed_group"),
          [MITIGA2], None, None, "", S("جهاز الردع", "official", "Special Deterrence Force (Rada)"), "ألقى القبض على خمسة"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "denied", "2026-04-12", "day",
          RADA2, None, [SOUQ], None, None, "", S("جهاز الردع", "official", "Special Deterrence Force (Rada)"),
          "ألقى القبض على خمسة"),
        E("CONSULT", None, "planned", "2026-04-14", "day",
          A("المجلس الرئاسي", "Presidential Council (Libya)", "LBY", "government"),
          A("قادة الأجهزة الأمنية والعسكرية", "Libyan security and military commanders", "LBY", "military"),
          [TRIPOLI], None, None, "", S("مصدر في المجلس", "anonymous", "Presidential Council source"), "اجتماعاً طارئاً"),
    ],
    "notes": ("Tripoli militia clashes, invented; HTML page published Mon 2026-04-13 (story body in div.story-body). "
              "'ليل الأحد' clash Rada vs 111th Brigade in Souq al-Jumaa = 2026-04-12, 3 killed / 14 injured, source the Emergency Medicine Centre = official. "
              "Shell near the Mitiga runway at dawn Monday = Shelling with actor1/actor2 null, explicit 'no injuries' → 0/0; the flight suspension is a consequence, not coded. "
              "MoD-announced ceasefire between Rada and the 111th Brigade = AGREE + Strategic developments/Agreement at Tripoli (mediators not an actor). "
              "Martyrs' Square rally = peaceful protest (demands not coded separately); Janzour road block with burning tyres reopened by police = Riots/Violent demonstration, actor2 the police; both outlet_own. "
              "UNSMIL call = REQUEST, no place. Dbeibah's televised vow 'ليل الأحد' = THREATEN 2026-04-12, actor2 'any armed formation'. "
              "Rada statement: arrest of five 111th Brigade members near Mitiga during the Sunday-night clashes = Arrests (a security apparatus reporting its own action: asserted, official), "
              "and its participial denial of shelling homes in Souq al-Jumaa = denied Shelling. Presidential Council meeting 'غداً الثلاثاء' = planned CONSULT 2026-04-14. "
              "Not coded: the background sentence on armed groups since 2011."),
}
