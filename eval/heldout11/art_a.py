"""heldout11 article specs 001-004 (invented events; real places, institutions and public figures)."""
from build_lib import A, L, S, E, OWN

# ---------------------------------------------------------------- 001 Yemen / Hadramawt
_MASILA = L("حقل المسيلة", "Masila oil field", "YE", "Hadramawt", "facility", 15.42, 49.07)
_MUKALLA = L("المكلا", "Mukalla", "YE", "Hadramawt", "city", 14.54, 49.13)
_HTA = A("حلف قبائل حضرموت", "Hadramawt Tribal Alliance", "YEM", "armed_group")
_HTA_LEAD = A("قيادة الحلف", "Hadramawt Tribal Alliance", "YEM", "armed_group")
A001 = dict(
    id="001_yemen_hadramawt-tribes", format="text", published="2025-10-23",
    title="مسلحو «حلف قبائل حضرموت» يسيطرون على حقل المسيلة ويعلنون إقامة مقر لقواتهم",
    head=[
        "مسلحو «حلف قبائل حضرموت» يسيطرون على حقل المسيلة ويعلنون إقامة مقر لقواتهم",
        "الخميس 1 جمادى الأولى 1447 هـ - 23 أكتوبر 2025",
        "المكلا - «حضرموت بوست»",
        "عناصر مسلحة من أبناء القبائل في هضبة حضرموت (أرشيف/ منصات التواصل)",
        "+ حجم الخط -",
    ],
    paras=[
        "سيطر مسلحون من حلف قبائل حضرموت، فجر اليوم الخميس، على حقل المسيلة النفطي في هضبة حضرموت، بعد اشتباكات استمرت ساعات مع قوات المنطقة العسكرية الثانية قُتل فيها ثلاثة من عناصر الحلف وجندي، بحسب ما أفاد به مصدر قبلي لـ«حضرموت بوست».",
        "وقال المصدر إن مسلحي الحلف أعلنوا تحويل معسكر حماية الشركات المجاور للحقل إلى مقر لقيادة «قوات حماية حضرموت»، ونصبوا نقاط تفتيش على الطرق المؤدية إليه. وأضاف أن الحلف يطالب منذ أشهر بحصة من عائدات النفط وبأن يتولى أبناء المحافظة إدارة ملفها الأمني.",
        "في المقابل، دفعت قيادة المنطقة العسكرية الثانية، صباح اليوم، بتعزيزات من ألوية النخبة الحضرمية من مدينة المكلا باتجاه هضبة حضرموت، وفق ما أفاد به شهود عيان على الطريق الدولي.",
        "واتهم محافظ حضرموت، في مؤتمر صحافي عقده في المكلا ظهر اليوم، قيادة الحلف بـ«الانقلاب على مؤسسات الدولة» وتعريض الاقتصاد الوطني للخطر، مطالباً إياها بسحب مسلحيها من الحقول خلال ٤٨ ساعة.",
        "بدوره، رفض رئيس الحلف الشيخ عمرو بن حبريش، في كلمة مصورة بثها عصر اليوم، مهلة المحافظ، متوعداً بـ«منع تصدير أي برميل» قبل تنفيذ مطالب أبناء حضرموت.",
        "وفي مدينة سيئون، أفادت مصادر محلية بأن مسلحين مجهولين اختطفوا، مساء أمس الأربعاء، ناشطاً في الحراك المدني من أمام منزله واقتادوه إلى جهة مجهولة.",
        "إلى ذلك، قالت مصادر دبلوماسية إن وفداً سعودياً يرأسه قائد قوات تحالف دعم الشرعية في حضرموت سيصل إلى المكلا غداً الجمعة، للقاء قيادة الحلف والسلطة المحلية في محاولة لاحتواء التوتر.",
        "وطالب المجلس الانتقالي الجنوبي، في بيان مساء أمس، مجلس القيادة الرئاسي بـ«تحمل مسؤولياته» وتسليم الملف الأمني في وادي حضرموت إلى قوات النخبة الحضرمية.",
        "وتشهد حضرموت، كبرى محافظات اليمن مساحة، توتراً متصاعداً منذ مطلع العام بين الحلف والسلطة المحلية على خلفية المطالبة بالحكم الذاتي وبحصة من الثروة النفطية للمحافظة، التي كانت تنتج قبل الحرب أكثر من نصف نفط البلاد.",
    ],
    foot=[
        "اقرأ أيضاً: تراجع جديد للريال اليمني أمام العملات الأجنبية في عدن",
        "الوسوم: حضرموت | النفط | حلف القبائل",
        "جميع الحقوق محفوظة © حضرموت بوست 2025",
    ],
    entities=[
        ("حلف قبائل حضرموت", "ORG", "Hadramawt Tribal Alliance"),
        ("حقل المسيلة", "FAC", "Masila oil field"),
        ("هضبة حضرموت", "LOC", "Hadramawt Plateau"),
        ("المنطقة العسكرية الثانية", "ORG", "Yemeni Army Second Military Region"),
        ("حضرموت بوست", "ORG", "Hadramawt Post (outlet)"),
        ("قوات حماية حضرموت", "ORG", "Hadramawt Protection Forces"),
        ("النخبة الحضرمية", "ORG", "Hadrami Elite Forces"),
        ("المكلا", "GPE", "Mukalla"),
        ("حضرموت", "GPE", "Hadramawt"),
        ("عمرو بن حبريش", "PER", "Amr bin Habrish"),
        ("سيئون", "GPE", "Seiyun"),
        ("تحالف دعم الشرعية", "ORG", "Saudi-led Coalition to Support Legitimacy in Yemen"),
        ("المجلس الانتقالي الجنوبي", "ORG", "Southern Transitional Council"),
        ("مجلس القيادة الرئاسي", "ORG", "Presidential Leadership Council (Yemen)"),
        ("وادي حضرموت", "LOC", "Wadi Hadramawt"),
        ("اليمن", "GPE", "Yemen"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Non-state actor overtakes territory"], "asserted", "2025-10-23", "day",
          _HTA, A("قوات المنطقة العسكرية الثانية", "Yemeni Army Second Military Region", "YEM", "military"),
          [_MASILA], 4, None, "قُتل فيها ثلاثة من عناصر الحلف وجندي",
          S("مصدر قبلي", "anonymous", "Tribal source"), "سيطر مسلحون من حلف"),
        E("MOBILIZE", ["Strategic developments", "Headquarters or base established"], "asserted", "2025-10-23", "day",
          A("مسلحي الحلف", "Hadramawt Tribal Alliance", "YEM", "armed_group"), None,
          [_MASILA], None, None, "", S("المصدر", "anonymous", "Tribal source"), "تحويل معسكر حماية"),
        E("MOBILIZE", None, "asserted", "2025-10-23", "day",
          A("قيادة المنطقة العسكرية الثانية", "Yemeni Army Second Military Region", "YEM", "military"), None,
          [L("هضبة حضرموت", "Hadramawt Plateau", "YE", "Hadramawt", "region", 15.2, 48.8)], None, None, "",
          S("شهود عيان", "witness", "Eyewitnesses"), "دفعت قيادة المنطقة"),
        E("ACCUSE", None, "asserted", "2025-10-23", "day",
          A("محافظ حضرموت", "Governor of Hadramawt", "YEM", "government"), _HTA_LEAD,
          [_MUKALLA], None, None, "", S("محافظ حضرموت", "official", "Governor of Hadramawt"), "واتهم محافظ حضرموت"),
        E("REJECT", None, "asserted", "2025-10-23", "day",
          A("عمرو بن حبريش", "Amr bin Habrish", "YEM", "armed_group"),
          A("المحافظ", "Governor of Hadramawt", "YEM", "government"),
          [], None, None, "", S("عمرو بن حبريش", "official", "Amr bin Habrish"), "رفض رئيس الحلف"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2025-10-22", "day",
          A("مسلحين مجهولين", "Unidentified gunmen", None, "armed_group"),
          A("ناشطاً في الحراك المدني", "Civil activist (Seiyun)", "YEM", "civilians"),
          [L("سيئون", "Seiyun", "YE", "Hadramawt", "city", 15.94, 48.79)], None, None, "",
          S("مصادر محلية", "anonymous", "Local sources"), "مسلحين مجهولين اختطفوا"),
        E("CONSULT", None, "planned", "2025-10-24", "day",
          A("وفداً سعودياً", "Saudi-led coalition delegation", "SAU", "military"), _HTA_LEAD,
          [_MUKALLA], None, None, "", S("مصادر دبلوماسية", "anonymous", "Diplomatic sources"), "وفداً سعودياً"),
        E("REQUEST", None, "asserted", "2025-10-22", "day",
          A("المجلس الانتقالي الجنوبي", "Southern Transitional Council", "YEM", "political_party"),
          A("مجلس القيادة الرئاسي", "Presidential Leadership Council (Yemen)", "YEM", "government"),
          [], None, None, "", S("المجلس الانتقالي الجنوبي", "official", "Southern Transitional Council"), "وطالب المجلس الانتقالي"),
    ],
    notes=("Published Thu 2025-10-23. 'فجر اليوم الخميس' -> 10-23 (takeover); 'مساء أمس الأربعاء' and 'مساء أمس' -> 10-22 "
           "(abduction in Seiyun, STC statement); 'غداً الجمعة' -> 10-24 (planned Saudi delegation visit). The takeover of "
           "Masila is Non-state actor overtakes territory (fighting with the 2nd Military Region is stated); its fatalities "
           "add 'ثلاثة ... وجندي' = 4. The first sentence of paragraph 2 (the alliance turns the guard camp into an HQ of the "
           "Hadramawt Protection Forces) is coded MOBILIZE + Headquarters or base established, located at the field; the "
           "checkpoints in the same clause are not a separate event, and the second sentence is background. The governor's "
           "'مطالباً' and bin Habrish's 'متوعداً' clauses are participial and not coded separately. The governor is unnamed "
           "in the text on purpose. The last paragraph is background."),
)

# ---------------------------------------------------------------- 002 Sudan / South Kordofan
_KADUGLI = L("كادوقلي", "Kadugli", "SD", "South Kordofan", "city", 11.01, 29.72)
_SPLMN = "SPLM-N (al-Hilu)"
A002 = dict(
    id="002_sudan_kadugli-splmn", format="text", published="2024-12-09",
    title="مقتل ٦ مدنيين بقصف على كادوقلي والجيش يستعيد منطقة الكرقل",
    head=[
        "مقتل ٦ مدنيين بقصف على كادوقلي والجيش يستعيد منطقة الكرقل",
        "نُشر بتاريخ: 09/12/2024 - 11:30",
        "كادوقلي - «كردفان اليوم»",
        "شارك | واتساب | فيسبوك | إكس",
        "السوق الكبير في مدينة كادوقلي (أرشيف/ منصات التواصل)",
    ],
    paras=[
        "قُتل ٦ مدنيين، بينهم امرأتان، وأصيب ١٤ آخرون، مساء أمس الأحد، جراء قصف مدفعي نفذته الحركة الشعبية لتحرير السودان - شمال على أحياء سكنية في مدينة كادوقلي، عاصمة ولاية جنوب كردفان، بحسب ما أفادت به وزارة الصحة بالولاية.",
        "وقال مصدر عسكري إن قوات الفرقة الرابعة عشرة مشاة ردت على مصادر النيران، واستعادت فجر اليوم الاثنين السيطرة على منطقة الكرقل الواقعة على الطريق بين كادوقلي والدلنج، بعد معارك قُتل فيها عدد من مقاتلي الحركة.",
        "في المقابل، أعلنت الحركة الشعبية، في بيان، أن مقاتليها أسقطوا طائرة مسيرة تابعة للجيش فوق منطقة كاودا صباح اليوم. ولم يصدر أي تعليق من الجيش على إعلان الحركة.",
        "وفي الدلنج، قالت لجان مقاومة المدينة إن عناصر من قوات الدعم السريع اختطفوا، ليل السبت، ثلاثة تجار على الطريق الرابط بين الدلنج والدبيبات، وطالبوا ذويهم بفدية مالية مقابل الإفراج عنهم.",
        "من جهته، قال برنامج الأغذية العالمي إن قافلة من ٢٢ شاحنة محملة بالذرة والزيوت وصلت إلى كادوقلي أمس، هي الأولى منذ أربعة أشهر، لتوزيعها على نحو ٤٥ ألف نازح.",
        "ودعا والي جنوب كردفان، في تصريح صحافي اليوم، المجتمع الدولي إلى الضغط على قيادة الحركة الشعبية لوقف استهداف المدنيين وفتح الطرق أمام المساعدات الإنسانية.",
        "في المقابل، اتهم رئيس الحركة عبد العزيز الحلو، في رسالة مصورة مساء أمس، الجيش بقصف قرى في محلية هيبان بالطيران الحربي يوم السبت، ما أدى إلى مقتل مدنيين ونفوق مواشٍ.",
        "ونفى الناطق الرسمي باسم القوات المسلحة السودانية، في بيان اليوم، تنفيذ أي غارات على هيبان، مؤكداً أن الطيران الحربي «لا يستهدف إلا مواقع المتمردين وخطوط إمدادهم».",
        "ويعيش أكثر من نصف مليون شخص في كادوقلي والمناطق المحيطة بها أوضاعاً إنسانية قاسية منذ اندلاع الحرب في أبريل ٢٠٢٣، في ظل حصار مزدوج تفرضه الحركة الشعبية وقوات الدعم السريع على الطرق المؤدية إلى المدينة.",
    ],
    foot=[
        "اقرأ أيضاً",
        "ارتفاع جنوني لأسعار الذرة في أسواق الدلنج",
        "كردفان اليوم © 2024",
    ],
    entities=[
        ("الحركة الشعبية لتحرير السودان - شمال", "ORG", _SPLMN),
        ("كادوقلي", "GPE", "Kadugli"),
        ("ولاية جنوب كردفان", "GPE", "South Kordofan State"),
        ("وزارة الصحة", "ORG", "South Kordofan State Ministry of Health"),
        ("الفرقة الرابعة عشرة مشاة", "ORG", "Sudanese Armed Forces 14th Infantry Division"),
        ("الكرقل", "GPE", "El Kurgul"),
        ("الدلنج", "GPE", "Dilling"),
        ("الحركة الشعبية", "ORG", _SPLMN),
        ("كاودا", "GPE", "Kauda"),
        ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
        ("الدبيبات", "GPE", "Ad-Dibeibat"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("جنوب كردفان", "GPE", "South Kordofan"),
        ("عبد العزيز الحلو", "PER", "Abdelaziz al-Hilu"),
        ("هيبان", "GPE", "Heiban"),
        ("القوات المسلحة السودانية", "ORG", "Sudanese Armed Forces"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2024-12-08", "day",
          A("الحركة الشعبية لتحرير السودان - شمال", _SPLMN, "SDN", "armed_group"),
          A("مدنيين", "Civilians (Sudan)", "SDN", "civilians"),
          [_KADUGLI], 6, 14, "قُتل ٦ مدنيين، بينهم امرأتان، وأصيب ١٤ آخرون",
          S("وزارة الصحة بالولاية", "official", "South Kordofan State Ministry of Health"), "قُتل ٦ مدنيين"),
        E("ASSAULT", ["Battles", "Government regains territory"], "asserted", "2024-12-09", "day",
          A("قوات الفرقة الرابعة عشرة مشاة", "Sudanese Armed Forces 14th Infantry Division", "SDN", "military"),
          A("مقاتلي الحركة", _SPLMN, "SDN", "armed_group"),
          [L("الكرقل", "El Kurgul", "SD", "South Kordofan", "city", 11.26, 29.77)], None, None,
          "قُتل فيها عدد من مقاتلي الحركة", S("مصدر عسكري", "anonymous", "Sudanese military source"), "واستعادت فجر اليوم"),
        E("ASSAULT", ["Strategic developments", "Disrupted weapons use"], "claimed", "2024-12-09", "day",
          A("الحركة الشعبية", _SPLMN, "SDN", "armed_group"),
          A("الجيش", "Sudanese Armed Forces", "SDN", "military"),
          [L("كاودا", "Kauda", "SD", "South Kordofan", "city", 11.08, 30.52)], None, None, "",
          S("الحركة الشعبية", "perpetrator_claim", _SPLMN), "أسقطوا طائرة"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2024-12-07", "day",
          A("عناصر من قوات الدعم السريع", "Rapid Support Forces", "SDN", "armed_group"),
          A("ثلاثة تجار", "Civilians (Sudan)", "SDN", "civilians"),
          [L("الدلنج", "Dilling", "SD", "South Kordofan", "city", 12.05, 29.65)], None, None, "",
          S("لجان مقاومة المدينة", "ngo", "Dilling Resistance Committees"), "ثلاثة تجار"),
        E("AID", None, "asserted", "2024-12-08", "day",
          A("برنامج الأغذية العالمي", "World Food Programme", None, "igo"),
          A("نحو ٤٥ ألف نازح", "Displaced people in Kadugli", "SDN", "civilians"),
          [_KADUGLI], None, None, "", S("برنامج الأغذية العالمي", "official", "World Food Programme"), "قافلة من ٢٢"),
        E("REQUEST", None, "asserted", "2024-12-09", "day",
          A("والي جنوب كردفان", "Governor of South Kordofan", "SDN", "government"),
          A("المجتمع الدولي", "International community", None, "other"),
          [], None, None, "", S("والي جنوب كردفان", "official", "Governor of South Kordofan"), "ودعا والي"),
        E("ACCUSE", None, "asserted", "2024-12-08", "day",
          A("عبد العزيز الحلو", "Abdelaziz al-Hilu", "SDN", "armed_group"),
          A("الجيش", "Sudanese Armed Forces", "SDN", "military"),
          [], None, None, "", S("عبد العزيز الحلو", "official", "Abdelaziz al-Hilu"), "اتهم رئيس الحركة"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "denied", "2024-12-07", "day",
          A("القوات المسلحة السودانية", "Sudanese Armed Forces", "SDN", "military"),
          A("مدنيين", "Civilians (Sudan)", "SDN", "civilians"),
          [L("هيبان", "Heiban", "SD", "South Kordofan", "city", 11.21, 30.5)], None, None, "",
          S("الناطق الرسمي باسم القوات المسلحة السودانية", "official", "Sudanese Armed Forces spokesman"), "ونفى الناطق"),
    ],
    notes=("Published Mon 2024-12-09. 'مساء أمس الأحد' / 'أمس' / 'مساء أمس' -> 12-08 (shelling of Kadugli, WFP convoy, "
           "al-Hilu's accusation); 'ليل السبت' and 'يوم السبت' -> 12-07 (RSF abduction near Dilling; the denied strike on "
           "Heiban, dated the day the accusation gives). The drone shoot-down over Kauda is claimed (the next sentence says the "
           "army did not comment). The accusation has no place (dev-024 style); the army's denial is the denied air strike at "
           "Heiban with actor2 the civilians of the accusation. 'عدد من مقاتلي الحركة' is vague -> null with casualty text. "
           "The resistance committees are coded ngo as in dev-024. The governor is unnamed in the text. The last paragraph "
           "(population, siege since 2023) is background."),
)

# ---------------------------------------------------------------- 003 Lebanon / Ain al-Hilweh (HTML)
_AIH = L("مخيم عين الحلوة", "Ain al-Hilweh refugee camp", "LB", "South Lebanon", "city", 33.54, 35.38)
_SIDON = L("صيدا", "Sidon", "LB", "South Lebanon", "city", 33.56, 35.37)
_LAF = A("الجيش اللبناني", "Lebanese Armed Forces", "LBN", "military")
_FATAH = A("حركة فتح", "Fatah", "PSE", "armed_group")
_DIR = S("مديرية التوجيه", "official", "Lebanese Army Directorate of Orientation")
A003 = dict(
    id="003_lebanon_ainalhilweh-clashes", format="html", published="2025-03-04",
    title="قتيلان باشتباكات في عين الحلوة والفصائل تتفق على وقف إطلاق النار",
    html=dict(
        site="بوابة الجنوب",
        nav=["الرئيسية", "لبنان", "فلسطين", "عربي ودولي", "اقتصاد", "رياضة"],
        kicker="مخيمات",
        byline="صيدا - بوابة الجنوب",
        datetime="2025-03-04T20:10",
        time="الثلاثاء 4 آذار 2025 - 20:10",
        img="/uploads/2025/03/ain-hilweh.jpg",
        caption="مدخل مخيم عين الحلوة من جهة صيدا (أرشيف/ الوكالة الوطنية)",
        share=["شارك:", "واتساب", "فيسبوك", "إكس", "نسخ الرابط"],
        tags=["وسوم:", "عين الحلوة", "صيدا", "المخيمات الفلسطينية"],
        related=["اقرأ أيضاً", "الجيش يتسلم دفعة جديدة من السلاح الفلسطيني في البقاع",
                 "الأونروا تحذر من عجز مالي يهدد خدماتها في لبنان"],
        footer=["من نحن", "اتصل بنا", "سياسة الخصوصية", "© 2025 بوابة الجنوب - جميع الحقوق محفوظة"],
    ),
    paras=[
        "قُتل عنصران من حركة فتح وأصيب خمسة أشخاص بينهم طفل، ليل أمس الاثنين، في اشتباكات اندلعت بين مسلحين من الحركة وعناصر من مجموعة «الشباب المسلم» في حي الطيرة بمخيم عين الحلوة للاجئين الفلسطينيين قرب صيدا، بحسب ما أفادت به «الوكالة الوطنية للإعلام».",
        "وأفاد شهود عيان بأن مجهولين ألقوا قنبلة يدوية على مركز للأمن الوطني الفلسطيني عند المدخل الشمالي للمخيم فجر اليوم، من دون أن تسفر عن إصابات. وتسبب الانفجار بأضرار في عدد من المحال التجارية المجاورة.",
        "وفرض الجيش اللبناني طوقاً أمنياً محكماً حول المخيم منذ ساعات الصباح، وأوقف عند أحد حواجزه في صيدا ثلاثة مطلوبين كانوا يحاولون الفرار من المخيم، وفق بيان لمديرية التوجيه في قيادة الجيش.",
        "واتفقت الفصائل الفلسطينية، خلال اجتماع طارئ لهيئة العمل الفلسطيني المشترك عُقد ظهر اليوم في صيدا، على وقف فوري لإطلاق النار وسحب المسلحين من الشوارع وتسليم مطلقي النار إلى الجيش اللبناني.",
        "وكانت حركة فتح قد سلّمت الجيش اللبناني، الخميس الماضي، دفعة من الأسلحة الثقيلة والمتوسطة من مخيم الرشيدية في صور، في إطار خطة حصر السلاح الفلسطيني بيد الدولة.",
        "من جهتها، حمّلت قيادة الأمن الوطني الفلسطيني في لبنان، في بيان اليوم، «جماعات متطرفة» مسؤولية تفجير الوضع، متهمة إياها بالسعي إلى «تعطيل مسار تسليم السلاح».",
        "في المقابل، رفضت مجموعة «الشباب المسلم»، في بيان وزعته على وسائل الإعلام، تسليم أي من عناصرها إلى الجيش اللبناني، معتبرة أن مخرجات الاجتماع «لا تعنيها».",
        "وبحث رئيس الحكومة نواف سلام مع الرئيس الفلسطيني محمود عباس، في اتصال هاتفي مساء اليوم، التطورات في المخيم وسبل تثبيت وقف إطلاق النار، بحسب المكتب الإعلامي لرئاسة الحكومة.",
        "ويضم مخيم عين الحلوة، أكبر المخيمات الفلسطينية في لبنان، أكثر من خمسين ألف لاجئ، وشهد صيف ٢٠٢٣ معارك عنيفة بين حركة فتح ومجموعات إسلامية أودت بحياة العشرات وهجّرت آلاف السكان.",
    ],
    entities=[
        ("حركة فتح", "ORG", "Fatah"),
        ("الشباب المسلم", "ORG", "al-Shabab al-Muslim"),
        ("حي الطيرة", "GPE", "al-Tiri neighbourhood (Ain al-Hilweh)"),
        ("مخيم عين الحلوة", "GPE", "Ain al-Hilweh refugee camp"),
        ("صيدا", "GPE", "Sidon"),
        ("الوكالة الوطنية للإعلام", "ORG", "National News Agency (Lebanon)"),
        ("الجيش اللبناني", "ORG", "Lebanese Armed Forces"),
        ("مديرية التوجيه", "ORG", "Lebanese Army Directorate of Orientation"),
        ("هيئة العمل الفلسطيني المشترك", "ORG", "Joint Palestinian Action Committee"),
        ("مخيم الرشيدية", "GPE", "Rashidieh refugee camp"),
        ("صور", "GPE", "Tyre"),
        ("الأمن الوطني الفلسطيني", "ORG", "Palestinian National Security Forces"),
        ("لبنان", "GPE", "Lebanon"),
        ("نواف سلام", "PER", "Nawaf Salam"),
        ("محمود عباس", "PER", "Mahmoud Abbas"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-03-03", "day",
          _FATAH, A("الشباب المسلم", "al-Shabab al-Muslim", "PSE", "armed_group"),
          [_AIH], 2, 5, "قُتل عنصران من حركة فتح وأصيب خمسة أشخاص بينهم طفل",
          S("الوكالة الوطنية للإعلام", "wire", "National News Agency (Lebanon)"), "قُتل عنصران"),
        E("ASSAULT", ["Explosions/Remote violence", "Grenade"], "asserted", "2025-03-04", "day",
          A("مجهولين", "Unidentified assailants", None, "armed_group"),
          A("مركز للأمن الوطني الفلسطيني", "Palestinian National Security Forces", "PSE", "military"),
          [_AIH], 0, 0, "من دون أن تسفر عن إصابات", S("شهود عيان", "witness", "Eyewitnesses"), "قنبلة يدوية"),
        E("MOBILIZE", None, "asserted", "2025-03-04", "day",
          _LAF, None, [_AIH], None, None, "", dict(_DIR), "طوقاً أمنياً"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-03-04", "day",
          _LAF, A("ثلاثة مطلوبين", "Wanted men from Ain al-Hilweh", "PSE", "other"),
          [_SIDON], None, None, "", dict(_DIR), "طوقاً أمنياً"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2025-03-04", "day",
          A("الفصائل الفلسطينية", "Palestinian factions in Ain al-Hilweh", "PSE", "armed_group"), None,
          [_SIDON], None, None, "", OWN, "واتفقت الفصائل"),
        E("CONCEDE", ["Strategic developments", "Change to group/activity"], "asserted", "2025-02-27", "day",
          _FATAH, _LAF,
          [L("مخيم الرشيدية", "Rashidieh refugee camp", "LB", "South Lebanon", "city", 33.24, 35.21)], None, None, "",
          OWN, "قد سلّمت الجيش"),
        E("ACCUSE", None, "asserted", "2025-03-04", "day",
          A("قيادة الأمن الوطني الفلسطيني في لبنان", "Palestinian National Security Forces", "PSE", "military"),
          A("جماعات متطرفة", "Islamist groups in Ain al-Hilweh", "PSE", "armed_group"),
          [], None, None, "", S("قيادة الأمن الوطني الفلسطيني في لبنان", "official", "Palestinian National Security Forces"),
          "حمّلت قيادة"),
        E("REJECT", None, "asserted", "2025-03-04", "day",
          A("الشباب المسلم", "al-Shabab al-Muslim", "PSE", "armed_group"), None,
          [], None, None, "", S("الشباب المسلم", "official", "al-Shabab al-Muslim"), "رفضت مجموعة"),
        E("CONSULT", None, "asserted", "2025-03-04", "day",
          A("نواف سلام", "Nawaf Salam", "LBN", "government"), A("محمود عباس", "Mahmoud Abbas", "PSE", "government"),
          [], None, None, "", S("المكتب الإعلامي لرئاسة الحكومة", "official", "Lebanese Prime Minister's media office"),
          "وبحث رئيس الحكومة"),
    ],
    notes=("Published Tue 2025-03-04 (HTML, byline time 20:10 so 'مساء اليوم' is possible). 'ليل أمس الاثنين' -> 03-03 "
           "(clash); 'فجر اليوم' -> 03-04 (grenade); 'الخميس الماضي' -> Thu 02-27 (Fatah weapons handover at Rashidieh, "
           "coded CONCEDE + Change to group/activity as a disarmament step). 'عنصران' is a dual -> 2 killed; 'خمسة' -> 5 "
           "injured; the grenade 'من دون أن تسفر عن إصابات' -> 0/0. Paragraph 3 holds two events: the army cordon around the "
           "camp (MOBILIZE) and the arrests at a checkpoint in Sidon. The agreement has no attribution (outlet_own), actor2 "
           "null because no counterpart is named. al-Shabab al-Muslim's refusal is REJECT with no place and actor2 null "
           "(it rejects the meeting's outcome). The camp's population and the 2023 fighting (last paragraph) are background."),
)

# ---------------------------------------------------------------- 004 Tunisia / Sfax migrants
_JEB = L("جبنيانة", "Jebiniana", "TN", "Sfax", "city", 35.03, 10.91)
_NG = A("الإدارة العامة للحرس الوطني", "Tunisian National Guard", "TUN", "police")
_NG_S = S("الإدارة العامة للحرس الوطني", "official", "Tunisian National Guard")
_MIGR = "Sub-Saharan African migrants"
A004 = dict(
    id="004_tunisia_sfax-migrants", format="text", published="2024-10-15",
    title="صفاقس: اعتداء على مهاجرين في جبنيانة وإزالة مخيمات في العامرة",
    head=[
        "صفاقس: اعتداء على مهاجرين في جبنيانة وإزالة مخيمات في العامرة",
        "صفاقس: اعتداء على مهاجرين في جبنيانة وإزالة مخيمات في العامرة",
        "الثلاثاء 15 أكتوبر 2024 - 12:05",
        "صفاقس - مراسل «الجنوب نيوز»",
        "مهاجرون في بساتين الزيتون بمعتمدية العامرة (أرشيف/ فرانس برس)",
        "طباعة | A+ | A-",
    ],
    paras=[
        "هاجم عشرات من سكان معتمدية جبنيانة بولاية صفاقس، ليل الأحد، تجمعاً لمهاجرين من دول أفريقيا جنوب الصحراء في بساتين الزيتون، وأحرقوا خياماً وأمتعة، ما أسفر عن إصابة سبعة مهاجرين بجروح متفاوتة، وفق ما أفاد به المنتدى التونسي للحقوق الاقتصادية والاجتماعية.",
        "وقال الناطق باسم المنتدى رمضان بن عمر إن المهاجمين رددوا شعارات تطالب بترحيل المهاجرين، وإن دوريات الحرس الوطني لم تصل إلى المكان إلا بعد ساعتين. وأضاف أن عشرات المهاجرين فروا إلى الحقول المجاورة خوفاً من تجدد الاعتداءات.",
        "وفي معتمدية العامرة، أزالت وحدات أمنية، فجر أمس الاثنين، مخيمات عشوائية يقيم فيها مئات المهاجرين في بساتين الزيتون، واستخدمت جرافات لهدم الأكواخ وإحراق محتوياتها، بحسب شهود عيان.",
        "وأعلنت الإدارة العامة للحرس الوطني، في بلاغ اليوم، إيقاف ١٢ شخصاً يشتبه في تورطهم في الاعتداء على المهاجرين في جبنيانة، إضافة إلى ثلاثة منظمي رحلات هجرة غير نظامية في مدينة صفاقس.",
        "وأنقذت وحدات الحرس البحري، فجر اليوم، ٤٧ مهاجراً كانوا على متن قارب حديدي بدأ بالغرق قبالة سواحل جزر قرقنة، وفق المصدر ذاته.",
        "واستقبل رئيس الجمهورية قيس سعيد، مساء أمس بقصر قرطاج، وزير الداخلية خالد النوري، وشدد على أن تونس «لن تكون مقراً أو معبراً» للمهاجرين غير النظاميين، وفق بلاغ لرئاسة الجمهورية.",
        "وطالبت منظمة العفو الدولية، في بيان اليوم، السلطات التونسية بفتح تحقيق مستقل في أحداث جبنيانة وبوقف عمليات الترحيل القسري للمهاجرين نحو المناطق الحدودية مع الجزائر وليبيا.",
        "وأعلنت المفوضية الأوروبية، أمس، تخصيص ٣٠ مليون يورو إضافية لتونس لتمويل برامج العودة الطوعية للمهاجرين بالتنسيق مع المنظمة الدولية للهجرة.",
        "ويقدّر المنتدى عدد المهاجرين العالقين في بساتين الزيتون بين العامرة وجبنيانة بأكثر من عشرين ألفاً، بعد أن أخلت السلطات منذ صيف ٢٠٢٣ وسط مدينة صفاقس من المهاجرين ونقلتهم إلى الأرياف.",
    ],
    foot=[
        "كلمات مفتاحية: صفاقس، الهجرة غير النظامية، جبنيانة",
        "تابعونا على فيسبوك وإنستغرام",
        "كل الحقوق محفوظة © الجنوب نيوز 2024",
    ],
    entities=[
        ("جبنيانة", "GPE", "Jebiniana"),
        ("ولاية صفاقس", "GPE", "Sfax Governorate"),
        ("أفريقيا جنوب الصحراء", "LOC", "Sub-Saharan Africa"),
        ("المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "ORG", "Tunisian Forum for Economic and Social Rights (FTDES)"),
        ("رمضان بن عمر", "PER", "Romdhane Ben Amor"),
        ("الحرس الوطني", "ORG", "Tunisian National Guard"),
        ("العامرة", "GPE", "El Amra"),
        ("الإدارة العامة للحرس الوطني", "ORG", "Tunisian National Guard"),
        ("صفاقس", "GPE", "Sfax"),
        ("الحرس البحري", "ORG", "Tunisian Maritime National Guard"),
        ("جزر قرقنة", "LOC", "Kerkennah Islands"),
        ("قيس سعيد", "PER", "Kais Saied"),
        ("قصر قرطاج", "FAC", "Carthage Palace"),
        ("خالد النوري", "PER", "Khaled Nouri"),
        ("تونس", "GPE", "Tunisia"),
        ("رئاسة الجمهورية", "ORG", "Tunisian Presidency"),
        ("منظمة العفو الدولية", "ORG", "Amnesty International"),
        ("الجزائر", "GPE", "Algeria"),
        ("ليبيا", "GPE", "Libya"),
        ("المفوضية الأوروبية", "ORG", "European Commission"),
        ("المنظمة الدولية للهجرة", "ORG", "International Organization for Migration"),
    ],
    events=[
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2024-10-13", "day",
          A("عشرات من سكان معتمدية جبنيانة", "Rioters (Jebiniana residents)", "TUN", "protesters"),
          A("مهاجرين من دول أفريقيا جنوب الصحراء", _MIGR, None, "civilians"),
          [_JEB], None, 7, "إصابة سبعة مهاجرين بجروح متفاوتة",
          S("المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "ngo", "Tunisian Forum for Economic and Social Rights (FTDES)"),
          "هاجم عشرات"),
        E("COERCE", ["Strategic developments", "Looting/property destruction"], "asserted", "2024-10-14", "day",
          A("وحدات أمنية", "Police Forces of Tunisia", "TUN", "police"),
          A("مئات المهاجرين", _MIGR, None, "civilians"),
          [L("العامرة", "El Amra", "TN", "Sfax", "city", 34.97, 10.87)], None, None, "",
          S("شهود عيان", "witness", "Eyewitnesses"), "أزالت وحدات أمنية"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-10-15", "day",
          _NG, A("١٢ شخصاً", "Suspects in the Jebiniana attack", "TUN", "other"),
          [_JEB], None, None, "", dict(_NG_S), "إيقاف ١٢"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-10-15", "day",
          _NG, A("ثلاثة منظمي رحلات هجرة غير نظامية", "Migrant smugglers", "TUN", "other"),
          [L("صفاقس", "Sfax", "TN", "Sfax", "city", 34.74, 10.76)], None, None, "", dict(_NG_S), "إيقاف ١٢"),
        E("AID", None, "asserted", "2024-10-15", "day",
          A("وحدات الحرس البحري", "Tunisian Maritime National Guard", "TUN", "police"),
          A("٤٧ مهاجراً", "Migrants at sea", None, "civilians"),
          [L("جزر قرقنة", "Kerkennah Islands", "TN", "Sfax", "region", 34.71, 11.18)], None, None, "",
          S("المصدر ذاته", "official", "Tunisian National Guard"), "وأنقذت"),
        E("CONSULT", None, "asserted", "2024-10-14", "day",
          A("قيس سعيد", "Kais Saied", "TUN", "government"), A("خالد النوري", "Khaled Nouri", "TUN", "government"),
          [L("قصر قرطاج", "Carthage Palace", "TN", "Tunis", "facility", 36.86, 10.33)], None, None, "",
          S("رئاسة الجمهورية", "official", "Tunisian Presidency"), "واستقبل رئيس الجمهورية"),
        E("REQUEST", None, "asserted", "2024-10-15", "day",
          A("منظمة العفو الدولية", "Amnesty International", None, "other"),
          A("السلطات التونسية", "Government of Tunisia", "TUN", "government"),
          [], None, None, "", S("منظمة العفو الدولية", "ngo", "Amnesty International"), "وطالبت منظمة العفو"),
        E("AID", None, "asserted", "2024-10-14", "day",
          A("المفوضية الأوروبية", "European Commission", None, "igo"), A("تونس", "Government of Tunisia", "TUN", "government"),
          [], None, None, "", S("المفوضية الأوروبية", "official", "European Commission"), "تخصيص ٣٠ مليون"),
    ],
    notes=("Published Tue 2024-10-15. 'ليل الأحد' -> Sun 10-13 (mob attack in Jebiniana: Riots/Mob violence, 'سبعة' -> 7 "
           "injured); 'فجر أمس الاثنين' / 'مساء أمس' / 'أمس' -> 10-14 (bulldozing of the El Amra camps as Looting/property "
           "destruction, the Saied-Nouri meeting at Carthage, the EU funding); 'اليوم' -> 10-15. The National Guard "
           "communique gives two arrest events, one per place (Jebiniana, Sfax), dated the announcement day. The rescue off "
           "Kerkennah is AID with the Guard as source ('المصدر ذاته'). The rioters are coded role protesters (the closest role "
           "for a mob). Saied's 'لن تكون مقراً أو معبراً' is part of the meeting readout, not a separate REJECT. Paragraph 2 "
           "(Ben Amor's detail) and the last paragraph (numbers since 2023) are not coded."),
)
