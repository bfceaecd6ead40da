"""heldout12 article specs 001-004 (invented events; real places, institutions and public figures)."""
from build_lib import A, L, S, E, OWN

# ---------------------------------------------------------------- 001 Yemen / Saada border
_THABIT = L("آل ثابت", "Al Thabit (Qatabir district)", "YE", "Sa'dah", "city", 17.18, 43.58)
_SAUDI_GOV = A("السلطات السعودية", "Government of Saudi Arabia", "SAU", "government")
_MIGRANTS = "Ethiopian migrants"
A001 = dict(
    id="001_yemen_saada-border", format="text", published="2025-08-19",
    title="مقتل خمسة مهاجرين إثيوبيين بنيران سعودية في قطابر وقصف يطال قرى حدودية في صعدة",
    head=[
        "مقتل خمسة مهاجرين إثيوبيين بنيران سعودية في قطابر وقصف يطال قرى حدودية في صعدة",
        "الثلاثاء ٢٥ صفر ١٤٤٧هـ - الموافق ١٩ أغسطس ٢٠٢٥م",
        "صعدة - «نافذة الشمال» - خاص",
        "مهاجرون أفارقة يعبرون طريقاً جبلياً قرب الحدود اليمنية السعودية (أرشيف)",
        "تكبير الخط | تصغير الخط | طباعة",
    ],
    paras=[
        "قُتل خمسة مهاجرين إثيوبيين وأصيب ١٢ آخرون، مساء أمس الاثنين، بنيران أطلقها حرس الحدود السعودي على مجموعة من المهاجرين في منطقة آل ثابت بمديرية قطابر شمالي محافظة صعدة، بحسب ما نقلته قناة «المسيرة» عن مصدر طبي في المحافظة.",
        "وتعرضت قرى في مديريتي شدا ومنبه الحدوديتين، فجر اليوم الثلاثاء، لقصف مدفعي وصاروخي من الجانب السعودي ألحق أضراراً بعدد من المنازل والمزارع، وفق ما أعلنه المكتب الإعلامي لمحافظة صعدة التابع لسلطات صنعاء.",
        "وحمّلت وزارة حقوق الإنسان في حكومة صنعاء، في بيان اليوم، السلطات السعودية المسؤولية الكاملة عن «الجرائم المتكررة» بحق المهاجرين وسكان القرى الحدودية، معتبرة أن استهدافهم «يرقى إلى جرائم حرب».",
        "وحذّر عضو المكتب السياسي لجماعة أنصار الله محمد البخيتي، في تغريدة على منصة إكس اليوم، الرياض من أن «صبر اليمنيين على الاعتداءات في المناطق الحدودية لن يطول».",
        "ونقلت فرق جمعية الهلال الأحمر اليمني، ليل أمس، الجرحى من آل ثابت إلى مستشفى الجمهوري في مدينة صعدة، فيما نُقلت جثث القتلى إلى ثلاجة المستشفى بانتظار التعرف على هوياتهم، بحسب ما أفاد به أحد المسعفين.",
        "ودعت المنظمة الدولية للهجرة، في بيان صدر عن مكتبها في اليمن اليوم، السلطات السعودية إلى فتح تحقيق «شفاف ومستقل» في الحادثة وضمان معاملة المهاجرين العالقين على الحدود معاملة إنسانية.",
        "وفي مديرية باقم، أعلنت شرطة محافظة صعدة، اليوم، ضبط ثلاثة مهربين متهمين بنقل مهاجرين أفارقة إلى المناطق الحدودية مقابل مبالغ مالية، وإحالتهم إلى النيابة.",
        "ويسلك آلاف المهاجرين من القرن الأفريقي سنوياً ما يُعرف بـ«الطريق الشرقي» عبر اليمن، فيما وثقت منظمات حقوقية خلال السنوات الماضية مقتل المئات منهم على الحدود اليمنية السعودية.",
    ],
    foot=[
        "اقرأ أيضاً: انخفاض جديد في أسعار الوقود بمحطات صنعاء",
        "تابعونا على تيليغرام وإكس",
        "جميع الحقوق محفوظة © نافذة الشمال ٢٠٢٥",
    ],
    entities=[
        ("حرس الحدود السعودي", "ORG", "Saudi Border Guard"),
        ("آل ثابت", "GPE", "Al Thabit"),
        ("قطابر", "GPE", "Qatabir"),
        ("صعدة", "GPE", "Saada"),
        ("المسيرة", "ORG", "Al-Masirah TV"),
        ("شدا", "GPE", "Shada"),
        ("منبه", "GPE", "Munabbih"),
        ("صنعاء", "GPE", "Sanaa"),
        ("وزارة حقوق الإنسان", "ORG", "Ministry of Human Rights (Sanaa, Houthi-run)"),
        ("أنصار الله", "ORG", "Houthis (Ansar Allah)"),
        ("محمد البخيتي", "PER", "Mohammed al-Bukhaiti"),
        ("إكس", "ORG", "X (Twitter)"),
        ("الرياض", "GPE", "Riyadh"),
        ("اليمنيين", "NORP", "Yemenis"),
        ("جمعية الهلال الأحمر اليمني", "ORG", "Yemen Red Crescent Society"),
        ("مستشفى الجمهوري", "FAC", "Al-Jumhuri Hospital, Saada"),
        ("المنظمة الدولية للهجرة", "ORG", "International Organization for Migration"),
        ("اليمن", "GPE", "Yemen"),
        ("باقم", "GPE", "Baqim"),
        ("شرطة محافظة صعدة", "ORG", "Saada Governorate Police (Houthi-run)"),
        ("القرن الأفريقي", "LOC", "Horn of Africa"),
    ],
    events=[
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2025-08-18", "day",
          A("حرس الحدود السعودي", "Saudi Border Guard", "SAU", "military"),
          A("مجموعة من المهاجرين", _MIGRANTS, "ETH", "civilians"),
          [_THABIT], 5, 12, "قُتل خمسة مهاجرين إثيوبيين وأصيب ١٢ آخرون",
          S("مصدر طبي", "anonymous", "Medical source (Saada)"), "قُتل خمسة مهاجرين"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-08-19", "day",
          A("الجانب السعودي", "Saudi military", "SAU", "military"), None,
          [L("شدا", "Shada", "YE", "Sa'dah", "city", 16.93, 43.40)], None, None, "",
          S("المكتب الإعلامي لمحافظة صعدة", "official", "Saada Governorate media office (Houthi-run)"), "وتعرضت قرى"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-08-19", "day",
          A("الجانب السعودي", "Saudi military", "SAU", "military"), None,
          [L("منبه", "Munabbih", "YE", "Sa'dah", "city", 17.13, 43.30)], None, None, "",
          S("المكتب الإعلامي لمحافظة صعدة", "official", "Saada Governorate media office (Houthi-run)"), "وتعرضت قرى"),
        E("ACCUSE", None, "asserted", "2025-08-19", "day",
          A("وزارة حقوق الإنسان في حكومة صنعاء", "Ministry of Human Rights (Sanaa, Houthi-run)", "YEM", "government"),
          _SAUDI_GOV, [], None, None, "",
          S("وزارة حقوق الإنسان", "official", "Ministry of Human Rights (Sanaa, Houthi-run)"), "وحمّلت وزارة حقوق"),
        E("THREATEN", None, "asserted", "2025-08-19", "day",
          A("محمد البخيتي", "Mohammed al-Bukhaiti", "YEM", "armed_group"),
          A("الرياض", "Government of Saudi Arabia", "SAU", "government"), [], None, None, "",
          S("محمد البخيتي", "official", "Mohammed al-Bukhaiti"), "وحذّر عضو المكتب"),
        E("AID", None, "asserted", "2025-08-18", "day",
          A("جمعية الهلال الأحمر اليمني", "Yemen Red Crescent Society", "YEM", "other"),
          A("الجرحى", _MIGRANTS, "ETH", "civilians"),
          [_THABIT], None, None, "", S("أحد المسعفين", "witness", "A paramedic"), "ونقلت فرق جمعية"),
        E("REQUEST", None, "asserted", "2025-08-19", "day",
          A("المنظمة الدولية للهجرة", "International Organization for Migration", None, "igo"), _SAUDI_GOV,
          [], None, None, "", S("المنظمة الدولية للهجرة", "official", "International Organization for Migration"),
          "ودعت المنظمة الدولية"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-08-19", "day",
          A("شرطة محافظة صعدة", "Saada Governorate Police (Houthi-run)", "YEM", "police"),
          A("ثلاثة مهربين", "Migrant smugglers", "YEM", "other"),
          [L("باقم", "Baqim", "YE", "Sa'dah", "city", 17.37, 43.65)], None, None, "",
          S("شرطة محافظة صعدة", "official", "Saada Governorate Police (Houthi-run)"), "ضبط ثلاثة مهربين"),
    ],
    notes=("Published Tue 2025-08-19. 'مساء أمس الاثنين' and 'ليل أمس' -> 08-18 (shooting at Al Thabit, Red Crescent "
           "evacuation); 'فجر اليوم الثلاثاء' and 'اليوم' -> 08-19. The border-guard shooting of migrants is Violence against "
           "civilians/Attack; the sums are 5 killed (number word) and 12 injured (Eastern digits). The chain 'نقلته قناة "
           "«المسيرة» عن مصدر طبي' has the medical source as innermost speaker -> anonymous. It is placed at the village Al "
           "Thabit (coordinates approximate, Qatabir district), not at the district. The shelling sentence names two districts "
           "(Shada, Munabbih): one event per place, no casualties stated (damage only), actor1 'الجانب السعودي'. Houthi-run "
           "bodies (the Sanaa human-rights ministry, the Saada police, the governorate media office) are coded YEM with role "
           "government/police; al-Bukhaiti (Ansar Allah politburo) is armed_group as dev codes Houthi spokesmen. The "
           "ministry's 'معتبرة' clause is participial and not separate. The evacuation of the wounded is AID at Al Thabit, "
           "source a paramedic (witness). Statements have no place (none given). The last paragraph is background/aggregate "
           "and not coded."),
)

# ---------------------------------------------------------------- 002 Sudan / Blue Nile
_SPLMN = A("قوات الحركة الشعبية لتحرير السودان - شمال", "SPLM-N (al-Hilu)", "SDN", "armed_group")
_DAMAZIN = L("الدمازين", "Ad-Damazin", "SD", "Blue Nile", "city", 11.79, 34.36)
A002 = dict(
    id="002_sudan_bluenile-kurmuk", format="html", published="2026-02-12",
    title="الجيش يصد هجوماً على الكرمك والحركة الشعبية تعلن السيطرة على ديم منصور",
    html=dict(
        site="الدمازين نيوز",
        nav=["الرئيسية", "السودان", "النيل الأزرق", "تقارير", "اقتصاد", "رأي"],
        kicker="النيل الأزرق",
        byline="الدمازين - الدمازين نيوز",
        datetime="2026-02-12T13:40",
        time="الخميس 12 فبراير 2026 - 01:40 م",
        img="/media/2026/02/kurmuk-front.jpg",
        caption="جنود من الجيش السوداني في إقليم النيل الأزرق (أرشيف/ منصات التواصل)",
        share=["شارك:", "واتساب", "فيسبوك", "إكس", "تيليغرام"],
        tags=["الوسوم:", "الكرمك", "النيل الأزرق", "الدعم السريع"],
        related=["الأكثر قراءة", "ارتفاع أسعار الذرة في أسواق سنار", "عودة التيار الكهربائي إلى أحياء في كوستي"],
        footer=["من نحن", "اتصل بنا", "سياسة الخصوصية", "© 2026 الدمازين نيوز - جميع الحقوق محفوظة"],
    ),
    paras=[
        "صدّت قوات الفرقة الرابعة مشاة في الجيش السوداني، فجر اليوم الخميس، هجوماً واسعاً شنته قوات الحركة الشعبية لتحرير السودان - شمال بقيادة عبد العزيز الحلو، بمساندة قوات الدعم السريع، على مدينة الكرمك الحدودية جنوبي إقليم النيل الأزرق، وكبدتها «خسائر كبيرة في الأرواح والعتاد»، بحسب ما أعلنته الفرقة في بيان.",
        "في المقابل، أعلنت الحركة الشعبية، في بيان نشره المتحدث باسمها على منصة إكس، أن مقاتليها سيطروا صباح اليوم على بلدة ديم منصور والمعسكر التابع للجيش فيها، واستولوا على «كميات كبيرة من الأسلحة والذخائر»، في حين لم يصدر أي تعليق من الجيش على ذلك.",
        "وقال مصدر عسكري لـ«الدمازين نيوز» إن الطيران المسيّر التابع للجيش شن، مساء أمس الأربعاء، غارات على تجمعات لمقاتلي الحركة الشعبية في منطقة يابوس قرب الحدود مع جنوب السودان، ما أدى إلى تدمير عدد من المركبات القتالية.",
        "واستُهدفت محطة كهرباء الدمازين التحويلية، فجر اليوم، بمسيّرات انتحارية أطلقتها قوات الدعم السريع، ما تسبب في انقطاع التيار الكهربائي عن المدينة وعن مدينة الروصيرص المجاورة، دون وقوع إصابات بشرية، وفق ما أعلنته حكومة إقليم النيل الأزرق.",
        "ووصلت إلى مدينة الدمازين، ليل أمس، تعزيزات كبيرة من الجيش والقوات المساندة له قادمة من ولاية سنار، ضمت عشرات المركبات القتالية ومئات الجنود، وفق ما أفاد به مراسلنا.",
        "وأعلنت المفوضية السامية للأمم المتحدة لشؤون اللاجئين، اليوم، أنها وزعت مواد إيواء ومساعدات غذائية على نحو ٣ آلاف أسرة نزحت من الكرمك والقرى المحيطة بها إلى مدينة الروصيرص خلال الأيام الماضية.",
        "واتهم حاكم إقليم النيل الأزرق، في كلمة ألقاها أمام حشد من المستنفرين في مدينة الدمازين ظهر اليوم، «جهات إقليمية» بتمويل الهجوم وتسهيل عبور المقاتلين والأسلحة عبر الحدود، داعياً الشباب إلى الالتحاق بمعسكرات التدريب.",
        "ودعا مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)، في بيان اليوم، أطراف النزاع إلى فتح ممرات آمنة للمدنيين الفارين من مناطق القتال في جنوب الإقليم وتسهيل وصول المساعدات إليهم.",
        "ويشهد إقليم النيل الأزرق مواجهات متقطعة بين الجيش والحركة الشعبية منذ عام 2011، اتسع نطاقها منذ اندلاع الحرب مع قوات الدعم السريع في نيسان/أبريل 2023، ما دفع عشرات الآلاف إلى النزوح نحو إثيوبيا.",
    ],
    entities=[
        ("الفرقة الرابعة مشاة", "ORG", "Sudanese Armed Forces 4th Infantry Division"),
        ("الجيش السوداني", "ORG", "Sudanese Armed Forces"),
        ("الحركة الشعبية لتحرير السودان - شمال", "ORG", "SPLM-N (al-Hilu)"),
        ("عبد العزيز الحلو", "PER", "Abdelaziz al-Hilu"),
        ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
        ("الكرمك", "GPE", "Kurmuk"),
        ("إقليم النيل الأزرق", "GPE", "Blue Nile region"),
        ("الحركة الشعبية", "ORG", "SPLM-N (al-Hilu)"),
        ("إكس", "ORG", "X (Twitter)"),
        ("ديم منصور", "GPE", "Deim Mansour"),
        ("الدمازين نيوز", "ORG", "Damazin News (outlet)"),
        ("يابوس", "GPE", "Yabus"),
        ("جنوب السودان", "GPE", "South Sudan"),
        ("محطة كهرباء الدمازين", "FAC", "Ad-Damazin power transformer station"),
        ("الروصيرص", "GPE", "Ar-Roseires"),
        ("حكومة إقليم النيل الأزرق", "ORG", "Blue Nile regional government"),
        ("الدمازين", "GPE", "Ad-Damazin"),
        ("ولاية سنار", "GPE", "Sennar State"),
        ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG", "UNHCR"),
        ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ORG", "UN OCHA"),
        ("أوتشا", "ORG", "UN OCHA"),
        ("إثيوبيا", "GPE", "Ethiopia"),
    ],
    events=[
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-02-12", "day",
          _SPLMN, A("قوات الفرقة الرابعة مشاة", "Sudanese Armed Forces 4th Infantry Division", "SDN", "military"),
          [L("الكرمك", "Kurmuk", "SD", "Blue Nile", "city", 10.55, 34.28)], None, None,
          "خسائر كبيرة في الأرواح والعتاد",
          S("الفرقة", "official", "Sudanese Armed Forces 4th Infantry Division"), "صدّت قوات الفرقة"),
        E("ASSAULT", ["Battles", "Non-state actor overtakes territory"], "claimed", "2026-02-12", "day",
          A("الحركة الشعبية", "SPLM-N (al-Hilu)", "SDN", "armed_group"),
          A("الجيش", "Sudanese Armed Forces", "SDN", "military"),
          [L("ديم منصور", "Deim Mansour", "SD", "Blue Nile", "city", 10.50, 34.28)], None, None, "",
          S("الحركة الشعبية", "perpetrator_claim", "SPLM-N (al-Hilu)"), "سيطروا صباح اليوم"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2026-02-11", "day",
          A("الطيران المسيّر التابع للجيش", "Sudanese Armed Forces", "SDN", "military"),
          A("تجمعات لمقاتلي الحركة الشعبية", "SPLM-N (al-Hilu)", "SDN", "armed_group"),
          [L("يابوس", "Yabus", "SD", "Blue Nile", "city", 10.0, 34.2)], None, None, "",
          S("مصدر عسكري", "anonymous", "Military source"), "الطيران المسيّر التابع"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "asserted", "2026-02-12", "day",
          A("قوات الدعم السريع", "Rapid Support Forces", "SDN", "armed_group"), None,
          [L("محطة كهرباء الدمازين", "Ad-Damazin power transformer station", "SD", "Blue Nile", "facility", 11.77, 34.38)],
          0, 0, "دون وقوع إصابات بشرية",
          S("حكومة إقليم النيل الأزرق", "official", "Blue Nile regional government"), "واستُهدفت محطة"),
        E("MOBILIZE", None, "asserted", "2026-02-11", "day",
          A("تعزيزات كبيرة من الجيش", "Sudanese Armed Forces", "SDN", "military"), None,
          [_DAMAZIN], None, None, "", OWN, "ووصلت إلى مدينة الدمازين"),
        E("AID", None, "asserted", "2026-02-12", "day",
          A("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "UNHCR", None, "igo"),
          A("٣ آلاف أسرة", "Displaced civilians (Sudan)", "SDN", "civilians"),
          [L("الروصيرص", "Ar-Roseires", "SD", "Blue Nile", "city", 11.85, 34.38)], None, None, "",
          S("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "official", "UNHCR"), "وزعت مواد إيواء"),
        E("ACCUSE", None, "asserted", "2026-02-12", "day",
          A("حاكم إقليم النيل الأزرق", "Governor of Blue Nile region", "SDN", "government"),
          A("جهات إقليمية", "Unnamed regional states", None, "other"),
          [_DAMAZIN], None, None, "", S("حاكم إقليم النيل الأزرق", "official", "Governor of Blue Nile region"),
          "واتهم حاكم إقليم"),
        E("REQUEST", None, "asserted", "2026-02-12", "day",
          A("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "UN OCHA", None, "igo"),
          A("أطراف النزاع", "Parties to the Sudan conflict", "SDN", "other"), [], None, None, "",
          S("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "official", "UN OCHA"), "ودعا مكتب الأمم"),
    ],
    notes=("Published Thu 2026-02-12 (HTML). 'فجر اليوم الخميس', 'صباح اليوم', 'فجر اليوم', 'ظهر اليوم', 'اليوم' -> 02-12; "
           "'مساء أمس الأربعاء' and 'ليل أمس' -> 02-11. The repelled SPLM-N/RSF attack on Kurmuk is Battles/Armed clash with the "
           "attacker (SPLM-N, first named) as actor1; the RSF 'بمساندة' is not a separate event; casualties are vague "
           "('خسائر كبيرة في الأرواح والعتاد') -> null with the text. The SPLM-N seizure of Deim Mansour is claimed: the text "
           "says the army made no comment, so no one confirms it (Non-state actor overtakes territory, perpetrator_claim). "
           "The drone strikes near Yabus come from an unnamed military source (anonymous; Yabus coordinates approximate). "
           "The RSF suicide-drone strike on the Damazin substation is passive ('استُهدفت') and states 'دون وقوع إصابات بشرية' "
           "-> 0 killed / 0 injured; source the Blue Nile government. Reinforcements are MOBILIZE at Damazin, 'مراسلنا' -> "
           "outlet_own; Sennar is only the origin. The governor (left unnamed) accuses in a speech in Damazin, so the "
           "accusation carries that venue; his 'داعياً' clause is participial. OCHA's call has no place. The last paragraph "
           "is background (since 2011 / April 2023) and not coded."),
)

# ---------------------------------------------------------------- 003 Egypt / Minya
_BERSHA = L("البرشا", "Al-Bersha", "EG", "Minya", "city", 27.72, 30.89)
_COPTS = "Coptic Christians (al-Bersha)"
A003 = dict(
    id="003_egypt_minya-bersha", format="text", published="2024-06-04",
    title="حرق منازل لأقباط في قرية بالمنيا وضبط 15 متهماً",
    head=[
        "حرق منازل لأقباط في قرية بالمنيا وضبط 15 متهماً",
        "كتب: محرر الشؤون المحلية",
        "الثلاثاء، 04 يونيو 2024 02:15 م",
        "قوات الأمن تنتشر في أحد شوارع قرية بصعيد مصر (صورة أرشيفية)",
        "مشاركة | فيسبوك | واتساب | إكس",
    ],
    paras=[
        "أقدم عدد من الأهالي الغاضبين في قرية البرشا التابعة لمركز ملوي جنوبي محافظة المنيا، مساء أمس الاثنين، على إضرام النيران في ثلاثة منازل يملكها أقباط ورشق منازل أخرى بالحجارة، على خلفية شائعات عن تحويل أحد المنازل إلى كنيسة، ما أسفر عن إصابة اثنين من أصحاب المنازل بجروح طفيفة، وفق ما أعلنته مطرانية ملوي وأنصنا والأشمونين في بيان.",
        "وأعلنت مديرية أمن المنيا، في بيان اليوم، ضبط ١٥ شخصاً من المتهمين بالاعتداء على المنازل في القرية، وإحالتهم إلى النيابة العامة التي أمرت بحبسهم أربعة أيام على ذمة التحقيق.",
        "وفرضت قوات الأمن طوقاً أمنياً حول القرية منذ فجر اليوم، ونشرت مدرعات وعناصر من قوات الأمن المركزي عند مداخلها وفي محيط منازل الأقباط، بحسب ما أفاد به شهود عيان.",
        "وزار وفد من لجنة حقوق الإنسان في مجلس النواب القرية ظهر اليوم، والتقى الأسر المتضررة واستمع إلى رواياتها عن الأحداث، وفق ما أفاد به مراسل «صدى الصعيد».",
        "ومن المقرر أن يوقّع ممثلو عائلات القرية، بعد غد الخميس، اتفاق صلح في ديوان العمدة بحضور قيادات أمنية وممثلين عن بيت العائلة المصري، بحسب ما أعلنه النائب عن دائرة ملوي في تصريحات صحفية.",
        "ونظم العشرات من أقباط مركز ملوي وقفة صامتة أمام مقر المطرانية في مدينة ملوي، عصر اليوم، رافعين لافتات تطالب بـ«تطبيق القانون» ومحاسبة المعتدين.",
        "وطالبت المبادرة المصرية للحقوق الشخصية، في بيان اليوم، النائب العام بإحالة المعتدين إلى المحاكمة وعدم الاكتفاء بـ«جلسات الصلح العرفية» التي قالت إنها «تكرّس الإفلات من العقاب».",
        "وثمّنت الكنيسة القبطية الأرثوذكسية، في بيان للمتحدث الرسمي باسمها اليوم، «سرعة استجابة» الأجهزة الأمنية في احتواء الأحداث، داعية أبناءها إلى التحلي بالحكمة.",
        "وتتكرر في قرى محافظة المنيا، التي تضم واحدة من أكبر التجمعات القبطية في مصر، أحداث توتر طائفي مماثلة منذ سنوات، غالباً ما تنتهي بجلسات صلح عرفية.",
    ],
    foot=[
        "اقرأ أيضاً: محافظ المنيا يتابع استعدادات استقبال عيد الأضحى",
        "الكلمات المفتاحية: المنيا - ملوي - الأقباط",
        "جميع الحقوق محفوظة لموقع صدى الصعيد 2024",
    ],
    entities=[
        ("البرشا", "GPE", "Al-Bersha"),
        ("ملوي", "GPE", "Mallawi"),
        ("المنيا", "GPE", "Minya"),
        ("أقباط", "NORP", "Copts"),
        ("مطرانية ملوي وأنصنا والأشمونين", "ORG", "Coptic Diocese of Mallawi, Ansena and Ashmunein"),
        ("مديرية أمن المنيا", "ORG", "Minya Security Directorate"),
        ("النيابة العامة", "ORG", "Egyptian Public Prosecution"),
        ("قوات الأمن المركزي", "ORG", "Central Security Forces (Egypt)"),
        ("الأقباط", "NORP", "Copts"),
        ("لجنة حقوق الإنسان", "ORG", "Human Rights Committee of the House of Representatives (Egypt)"),
        ("مجلس النواب", "ORG", "House of Representatives (Egypt)"),
        ("صدى الصعيد", "ORG", "Sada al-Saeed (outlet)"),
        ("بيت العائلة المصري", "ORG", "Egyptian Family House"),
        ("المبادرة المصرية للحقوق الشخصية", "ORG", "Egyptian Initiative for Personal Rights"),
        ("الكنيسة القبطية الأرثوذكسية", "ORG", "Coptic Orthodox Church"),
        ("مصر", "GPE", "Egypt"),
    ],
    events=[
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2024-06-03", "day",
          A("عدد من الأهالي الغاضبين", "Rioters (Egypt)", "EGY", "protesters"),
          A("أقباط", _COPTS, "EGY", "civilians"),
          [_BERSHA], None, 2, "إصابة اثنين من أصحاب المنازل بجروح طفيفة",
          S("مطرانية ملوي وأنصنا والأشمونين", "official", "Coptic Diocese of Mallawi, Ansena and Ashmunein"),
          "أقدم عدد من الأهالي"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-06-04", "day",
          A("مديرية أمن المنيا", "Minya Security Directorate", "EGY", "police"),
          A("١٥ شخصاً من المتهمين", "Rioters (Egypt)", "EGY", "protesters"),
          [_BERSHA], None, None, "", S("مديرية أمن المنيا", "official", "Minya Security Directorate"), "ضبط ١٥ شخصاً"),
        E("MOBILIZE", None, "asserted", "2024-06-04", "day",
          A("قوات الأمن", "Egyptian security forces", "EGY", "police"), None,
          [_BERSHA], None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "وفرضت قوات الأمن"),
        E("CONSULT", None, "asserted", "2024-06-04", "day",
          A("وفد من لجنة حقوق الإنسان في مجلس النواب", "Human Rights Committee of the House of Representatives (Egypt)", "EGY", "government"),
          A("الأسر المتضررة", _COPTS, "EGY", "civilians"),
          [_BERSHA], None, None, "", OWN, "وزار وفد من لجنة"),
        E("AGREE", ["Strategic developments", "Agreement"], "planned", "2024-06-06", "day",
          A("ممثلو عائلات القرية", "Families of al-Bersha", "EGY", "civilians"), None,
          [_BERSHA], None, None, "", S("النائب عن دائرة ملوي", "official", "MP for Mallawi"), "اتفاق صلح في ديوان"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-06-04", "day",
          A("العشرات من أقباط مركز ملوي", "Coptic protesters (Egypt)", "EGY", "protesters"), None,
          [L("ملوي", "Mallawi", "EG", "Minya", "city", 27.73, 30.84)], None, None, "", OWN, "وقفة صامتة"),
        E("REQUEST", None, "asserted", "2024-06-04", "day",
          A("المبادرة المصرية للحقوق الشخصية", "Egyptian Initiative for Personal Rights", "EGY", "other"),
          A("النائب العام", "Public Prosecutor of Egypt", "EGY", "government"), [], None, None, "",
          S("المبادرة المصرية للحقوق الشخصية", "ngo", "Egyptian Initiative for Personal Rights"), "وطالبت المبادرة"),
        E("SUPPORT", None, "asserted", "2024-06-04", "day",
          A("الكنيسة القبطية الأرثوذكسية", "Coptic Orthodox Church", "EGY", "other"),
          A("الأجهزة الأمنية", "Egyptian security forces", "EGY", "police"), [], None, None, "",
          S("الكنيسة القبطية الأرثوذكسية", "official", "Coptic Orthodox Church"), "وثمّنت الكنيسة"),
    ],
    notes=("Published Tue 2024-06-04. 'مساء أمس الاثنين' -> 06-03 (the mob attack); 'اليوم', 'منذ فجر اليوم', 'ظهر اليوم', "
           "'عصر اليوم' -> 06-04; 'بعد غد الخميس' -> 06-06 (planned reconciliation). The attack by villagers on Coptic homes is "
           "Riots/Mob violence (PLOVER ASSAULT); the rioters get role protesters (no rioter role in the schema); injuries "
           "'اثنين' -> 2, no deaths mentioned -> fatalities null. The arrests take the announcement day (no other day given) "
           "and are placed in the village ('في القرية'). The security cordon is MOBILIZE (witnesses). The parliamentary "
           "delegation's visit is CONSULT; 'مراسل «صدى الصعيد»' is the outlet's own reporter -> outlet_own. The "
           "reconciliation signing is a planned AGREE with Strategic developments/Agreement, source the (unnamed) MP for "
           "Mallawi. The vigil in Mallawi town is a separate place from the village. EIPR's demand is ngo; the Coptic Church's "
           "praise of the security services is SUPPORT with no place; its 'داعية' clause is participial. The last paragraph "
           "is background."),
)

# ---------------------------------------------------------------- 004 Kuwait / citizenship
_BAYAN = L("قصر بيان", "Bayan Palace", "KW", "Hawalli", "facility", 29.30, 48.04)
_MOI = A("وزارة الداخلية", "Kuwaiti Ministry of Interior", "KWT", "police")
A004 = dict(
    id="004_kuwait_citizenship-revocation", format="text", published="2024-11-21",
    title="سحب الجنسية من 489 شخصاً والقبض على نائب سابق انتقد القرارات",
    head=[
        "سحب الجنسية من 489 شخصاً والقبض على نائب سابق انتقد القرارات",
        "الخميس 19 جمادى الأولى 1446 - 21 نوفمبر 2024",
        "الكويت - «مرصد الخليج»",
        "الصورة: مبنى مجلس الأمة الكويتي (أرشيف)",
        "حجم الخط: A+ A-",
    ],
    paras=[
        "قرر مجلس الوزراء الكويتي، في اجتماعه الأسبوعي الذي عقده أمس الأربعاء في قصر بيان برئاسة رئيس مجلس الوزراء الشيخ أحمد عبد الله الأحمد الصباح، سحب الجنسية الكويتية من 489 شخصاً، بناءً على توصيات اللجنة العليا لتحقيق الجنسية الكويتية.",
        "وأعلنت وزارة الداخلية، اليوم الخميس، القبض على نائب سابق في مجلس الأمة من منزله في منطقة العديلية، بعد ساعات من نشره تغريدة انتقد فيها قرارات سحب الجنسية، وإحالته إلى النيابة العامة بتهمة «الطعن في صلاحيات الأمير».",
        "وحذرت وزارة الداخلية، في بيان لاحق اليوم، من أنها «ستتخذ الإجراءات القانونية بحق كل من يشارك في أي تجمع غير مرخص».",
        "وكان ناشطون قد دعوا، عبر وسوم انتشرت على منصة إكس، إلى تجمع احتجاجي في ساحة الإرادة المقابلة لمبنى مجلس الأمة مساء الأحد المقبل، رفضاً لقرارات سحب الجنسية.",
        "ونقلت وكالة الأنباء الكويتية (كونا) عن الديوان الأميري أن أمير البلاد الشيخ مشعل الأحمد الجابر الصباح استقبل، صباح اليوم في قصر بيان، النائب الأول لرئيس مجلس الوزراء وزير الداخلية الشيخ فهد يوسف سعود الصباح، واطلع منه على سير عمل اللجنة العليا.",
        "وقال مصدر مسؤول في وزارة الداخلية لـ«مرصد الخليج» إن الجهات المختصة ستوقف صرف الرواتب والمعاشات، اعتباراً من الأول من ديسمبر المقبل، عن كل من سُحبت جنسيته في حال لم يراجع إدارة الجنسية ووثائق السفر قبل نهاية الشهر الجاري.",
        "ورفضت وزارة الخارجية الكويتية، في بيان اليوم، ما ورد في تقرير لمنظمة هيومن رايتس ووتش انتقد قرارات سحب الجنسية، مؤكدة أن مسائل الجنسية «شأن سيادي داخلي لا يقبل التدخل».",
        "وكانت المنظمة قد طالبت، في تقرير نشرته الأسبوع الماضي، السلطات الكويتية بوقف حملة سحب الجنسية «التعسفية» وإعادة الجنسية إلى من سُحبت منهم دون حكم قضائي.",
        "وتقول السلطات إن حملة مراجعة ملفات الجنسية، المستمرة منذ أشهر، تستهدف «تنقية» السجلات من حالات التزوير والازدواجية، فيما تجاوز عدد من سُحبت جنسياتهم منذ بدايتها عشرين ألف شخص.",
    ],
    foot=[
        "الأكثر قراءة: ارتفاع أسعار العقار السكني في الربع الثالث",
        "تابعونا على إنستغرام وإكس",
        "© 2024 مرصد الخليج - جميع الحقوق محفوظة",
    ],
    entities=[
        ("مجلس الوزراء الكويتي", "ORG", "Council of Ministers of Kuwait"),
        ("قصر بيان", "FAC", "Bayan Palace"),
        ("أحمد عبد الله الأحمد الصباح", "PER", "Ahmad Abdullah al-Ahmad al-Sabah"),
        ("اللجنة العليا لتحقيق الجنسية الكويتية", "ORG", "Supreme Committee for the Investigation of Kuwaiti Citizenship"),
        ("وزارة الداخلية", "ORG", "Kuwaiti Ministry of Interior"),
        ("مجلس الأمة", "ORG", "National Assembly of Kuwait"),
        ("العديلية", "GPE", "Adailiya"),
        ("النيابة العامة", "ORG", "Kuwaiti Public Prosecution"),
        ("إكس", "ORG", "X (Twitter)"),
        ("ساحة الإرادة", "FAC", "Al-Irada Square"),
        ("وكالة الأنباء الكويتية", "ORG", "Kuwait News Agency (KUNA)"),
        ("كونا", "ORG", "Kuwait News Agency (KUNA)"),
        ("الديوان الأميري", "ORG", "Amiri Diwan (Kuwait)"),
        ("مشعل الأحمد الجابر الصباح", "PER", "Mishal al-Ahmad al-Jaber al-Sabah"),
        ("فهد يوسف سعود الصباح", "PER", "Fahad Yousef Saud al-Sabah"),
        ("اللجنة العليا", "ORG", "Supreme Committee for the Investigation of Kuwaiti Citizenship"),
        ("مرصد الخليج", "ORG", "Marsad al-Khaleej (outlet)"),
        ("إدارة الجنسية ووثائق السفر", "ORG", "Nationality and Travel Documents Department (Kuwait)"),
        ("وزارة الخارجية الكويتية", "ORG", "Kuwaiti Ministry of Foreign Affairs"),
        ("هيومن رايتس ووتش", "ORG", "Human Rights Watch"),
    ],
    events=[
        E("SANCTION", None, "asserted", "2024-11-20", "day",
          A("مجلس الوزراء الكويتي", "Council of Ministers of Kuwait", "KWT", "government"),
          A("489 شخصاً", "Persons stripped of Kuwaiti nationality", "KWT", "civilians"),
          [_BAYAN], None, None, "", OWN, "قرر مجلس الوزراء"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-11-21", "day",
          _MOI, A("نائب سابق في مجلس الأمة", "Former Kuwaiti MP", "KWT", "political_party"),
          [L("العديلية", "Adailiya", "KW", "Capital", "city", 29.33, 47.99)], None, None, "",
          S("وزارة الداخلية", "official", "Kuwaiti Ministry of Interior"), "القبض على نائب سابق"),
        E("THREATEN", None, "asserted", "2024-11-21", "day",
          _MOI, None, [], None, None, "",
          S("وزارة الداخلية", "official", "Kuwaiti Ministry of Interior"), "وحذرت وزارة الداخلية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2024-11-24", "day",
          A("ناشطون", "Activists (Kuwait)", "KWT", "protesters"), None,
          [L("ساحة الإرادة", "Al-Irada Square", "KW", "Capital", "facility", 29.37, 47.97)], None, None, "", OWN,
          "إلى تجمع احتجاجي"),
        E("CONSULT", None, "asserted", "2024-11-21", "day",
          A("مشعل الأحمد الجابر الصباح", "Mishal al-Ahmad al-Jaber al-Sabah", "KWT", "government"),
          A("فهد يوسف سعود الصباح", "Fahad Yousef Saud al-Sabah", "KWT", "government"),
          [_BAYAN], None, None, "", S("الديوان الأميري", "official", "Amiri Diwan (Kuwait)"), "ونقلت وكالة الأنباء"),
        E("SANCTION", None, "hypothetical", "2024-12-01", "day",
          A("الجهات المختصة", "Government of Kuwait", "KWT", "government"),
          A("كل من سُحبت جنسيته", "Persons stripped of Kuwaiti nationality", "KWT", "civilians"), [], None, None, "",
          S("مصدر مسؤول في وزارة الداخلية", "anonymous", "Kuwaiti Ministry of Interior official"), "ستوقف صرف الرواتب"),
        E("REJECT", None, "asserted", "2024-11-21", "day",
          A("وزارة الخارجية الكويتية", "Kuwaiti Ministry of Foreign Affairs", "KWT", "government"),
          A("هيومن رايتس ووتش", "Human Rights Watch", None, "other"), [], None, None, "",
          S("وزارة الخارجية الكويتية", "official", "Kuwaiti Ministry of Foreign Affairs"), "ورفضت وزارة الخارجية"),
        E("REQUEST", None, "asserted", "2024-11-13", "week",
          A("المنظمة", "Human Rights Watch", None, "other"),
          A("السلطات الكويتية", "Government of Kuwait", "KWT", "government"), [], None, None, "",
          S("المنظمة", "ngo", "Human Rights Watch"), "وكانت المنظمة قد طالبت"),
    ],
    notes=("Published Thu 2024-11-21. 'أمس الأربعاء' -> 11-20 (cabinet decision at Bayan Palace, the meeting venue the text "
           "gives); 'اليوم الخميس', 'اليوم', 'صباح اليوم' -> 11-21; 'مساء الأحد المقبل' -> 11-24 (planned gathering at Irada "
           "Square); 'الأول من ديسمبر المقبل' -> 12-01 (hypothetical stop of salaries, conditional on 'في حال لم'); "
           "'الأسبوع الماضي' -> week of Mon 11-11, coded Wed 11-13 with precision week (HRW report). Revoking citizenship is "
           "SANCTION, ACLED null (not political violence or a demonstration). The ex-MP (unnamed) arrested at Adailiya is "
           "actor2 political_party; the Interior Ministry is coded police both for the arrest and for its warning (THREATEN, "
           "no target named -> actor2 null, no place). KUNA quotes the Amiri Diwan, so the innermost source is the Diwan "
           "(official), not wire. 489 is a head count, not a casualty. The Foreign Ministry's 'مؤكدة' clause is participial. "
           "The last paragraph is an aggregate and not coded."),
)
