"""heldout24 article specs 001-004 (invented events; real places, institutions and armed groups; no person named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 001  (published Tue 2025-11-04)
T001 = "تفجير يستهدف خط أنابيب نفط قرب أميدية وحملة اعتقالات في الأهواز"
OMID = L("أميدية", "Omidiyeh", "IR", "Khuzestan", "city", 30.76, 49.71)
MARUN = L("حقل مارون", "Marun oil field", "IR", "Khuzestan", "facility", 31.05, 49.45)
RAMH = L("رامهرمز", "Ramhormoz", "IR", "Khuzestan", "city", 31.28, 49.60)
AHVAZ = L("الأهواز", "Ahvaz", "IR", "Khuzestan", "city", 31.32, 48.67)
HAMID = L("الحميدية", "Hamidiyeh", "IR", "Khuzestan", "city", 31.48, 48.43)
ABT = L("حقل آب تيمور", "Ab-Teymour oil field", "IR", "Khuzestan", "facility", 31.28, 48.52)
KHUZ = L("خوزستان", "Khuzestan Province", "IR", "Khuzestan", "admin1", 31.3, 49.0)
IRGC = A("الحرس الثوري", "Islamic Revolutionary Guard Corps", "IRN", "military")
ASMLA = "Arab Struggle Movement for the Liberation of Ahvaz (ASMLA)"
A001 = dict(
    id="001_news_item", format="text", published="2025-11-04", title=T001,
    head=[T001, "الثلاثاء، 13 آبان 1404 هـ.ش (4 نوفمبر 2025)", "الأهواز - مكتب الضفة الشرقية",
          "ألسنة اللهب تتصاعد من منشأة نفطية في جنوب غربي إيران (أرشيف)",
          "شارك عبر: واتساب - تيليغرام - إكس"],
    foot=["اقرأ أيضاً: تراجع منسوب نهر كارون إلى أدنى مستوى منذ عقد",
          "الكلمات الدالة: خوزستان، النفط، الأهواز",
          "تابعونا على تيليغرام لمتابعة آخر الأخبار",
          "© 2025 شرفة الخليج - جميع الحقوق محفوظة"],
    paras=[
        "أصيب 3 من عمال الصيانة بحروق، ليل الأحد، إثر انفجار عبوة ناسفة زُرعت تحت خط أنابيب ينقل النفط الخام من حقل مارون قرب مدينة أميدية في محافظة خوزستان جنوب غربي إيران، ما أدى إلى اندلاع حريق استمر ساعات، وفق ما أعلنته الشركة الوطنية لنفط الجنوب في بيان.",
        "ودفع الحرس الثوري، فجر اليوم الثلاثاء، بتعزيزات إلى محيط حقل مارون ومدينة رامهرمز وأقام حواجز على الطرق المؤدية إلى المنشآت النفطية، بحسب ما نقلته وكالة «تسنيم» عن مصدر أمني.",
        "وأعلنت وزارة الاستخبارات، ظهر اليوم، اعتقال سبعة أشخاص في حي الثورة بمدينة الأهواز قالت إنهم «على صلة بالتفجير»، وضبط مواد متفجرة وأجهزة اتصال في منزل كانوا يستخدمونه.",
        "وفرّقت قوات الأمن، عصر اليوم، بالغاز المسيل للدموع تجمعاً لعشرات من ذوي المعتقلين أمام مبنى المحافظة في الأهواز، ما أدى إلى إصابة أربعة منهم بحالات اختناق، وفق ما قاله شهود عيان لقناة «إيران إنترناشيونال».",
        "وتبنّت «حركة النضال العربي لتحرير الأحواز»، في بيان على تيليغرام، هجوماً قالت إن مقاتليها شنّوه بالأسلحة الرشاشة على دورية من الباسيج قرب مدينة الحميدية فجر اليوم، زاعمة مقتل اثنين من عناصرها، وهو ما لم تعلّق عليه السلطات الإيرانية.",
        "ونفت وزارة النفط، في بيان صدر اليوم، ما تداولته حسابات على مواقع التواصل الاجتماعي عن انفجار ثانٍ استهدف أنبوباً للغاز في حقل آب تيمور غربي الأهواز مساء أمس الاثنين، مؤكدة أن الإنتاج في الحقل «يسير بشكل طبيعي».",
        "واتهم محافظ خوزستان، في تصريح للتلفزيون الرسمي اليوم، «أجهزة استخبارات إسرائيلية» بتمويل الخلايا التي تستهدف المنشآت النفطية في المحافظة، متوعداً المنفذين بـ«أشد العقوبات».",
        "ومن المقرر أن يزور وزير النفط حقل مارون يوم الخميس المقبل للاطلاع على أعمال إصلاح الخط والاجتماع بمسؤولي الشركة، بحسب ما أوردته وكالة الجمهورية الإسلامية للأنباء (إرنا).",
        "وقال قائد الحرس الثوري في خوزستان إن قواته قد تنشر وحدات إضافية على امتداد خطوط الأنابيب في المحافظة إذا تكررت الهجمات، مستبعداً في الوقت الحالي فرض حظر للتجول في المدن المجاورة للحقول.",
        "وتضم خوزستان الجزء الأكبر من احتياطيات النفط في إيران، وشهدت خلال السنوات الماضية احتجاجات متكررة على شح المياه والبطالة، إضافة إلى هجمات متفرقة على خطوط الأنابيب تبنّت حركات انفصالية بعضها.",
    ],
    entities=[
        ("حقل مارون", "FAC", "Marun oil field"),
        ("أميدية", "GPE", "Omidiyeh"),
        ("محافظة خوزستان", "GPE", "Khuzestan Province"),
        ("إيران", "GPE", "Iran"),
        ("الشركة الوطنية لنفط الجنوب", "ORG", "National Iranian South Oil Company (NISOC)"),
        ("الحرس الثوري", "ORG", "Islamic Revolutionary Guard Corps (IRGC)"),
        ("رامهرمز", "GPE", "Ramhormoz"),
        ("تسنيم", "ORG", "Tasnim News Agency"),
        ("وزارة الاستخبارات", "ORG", "Ministry of Intelligence (Iran)"),
        ("حي الثورة", "GPE", "Hay al-Thawra (Shelangabad), Ahvaz"),
        ("الأهواز", "GPE", "Ahvaz"),
        ("إيران إنترناشيونال", "ORG", "Iran International"),
        ("حركة النضال العربي لتحرير الأحواز", "ORG", ASMLA),
        ("تيليغرام", "ORG", "Telegram"),
        ("الباسيج", "ORG", "Basij"),
        ("الحميدية", "GPE", "Hamidiyeh"),
        ("وزارة النفط", "ORG", "Ministry of Petroleum (Iran)"),
        ("حقل آب تيمور", "FAC", "Ab-Teymour oil field"),
        ("خوزستان", "GPE", "Khuzestan Province"),
        ("وكالة الجمهورية الإسلامية للأنباء", "ORG", "Islamic Republic News Agency (IRNA)"),
        ("إرنا", "ORG", "Islamic Republic News Agency (IRNA)"),
    ],
    events=[
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "asserted", "2025-11-02", "day",
          None, A("3 من عمال الصيانة", "NISOC maintenance workers", "IRN", "civilians"), [OMID],
          None, 3, "أصيب 3 من عمال الصيانة بحروق",
          S("الشركة الوطنية لنفط الجنوب", "official", "National Iranian South Oil Company"), "أصيب 3 من عمال الصيانة"),
        E("MOBILIZE", None, "asserted", "2025-11-04", "day", IRGC, None, [MARUN], None, None, "",
          S("مصدر أمني", "anonymous", "Security source (via Tasnim)"), "ودفع الحرس الثوري"),
        E("MOBILIZE", None, "asserted", "2025-11-04", "day", IRGC, None, [RAMH], None, None, "",
          S("مصدر أمني", "anonymous", "Security source (via Tasnim)"), "ودفع الحرس الثوري"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-11-04", "day",
          A("وزارة الاستخبارات", "Ministry of Intelligence (Iran)", "IRN", "government"),
          A("سبعة أشخاص", "Bombing suspects (Ahvaz)", "IRN", "other"), [AHVAZ], None, None, "",
          S("وزارة الاستخبارات", "official", "Ministry of Intelligence (Iran)"), "وأعلنت وزارة الاستخبارات"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2025-11-04", "day",
          A("عشرات من ذوي المعتقلين", "Detainees' relatives (Ahvaz)", "IRN", "protesters"),
          A("قوات الأمن", "Iranian security forces", "IRN", "police"), [AHVAZ],
          None, 4, "إصابة أربعة منهم بحالات اختناق", S("شهود عيان", "witness", "Eyewitnesses (via Iran International)"),
          "وفرّقت قوات الأمن"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2025-11-04", "day",
          A("حركة النضال العربي لتحرير الأحواز", ASMLA, "IRN", "armed_group"),
          A("دورية من الباسيج", "Basij", "IRN", "military"), [HAMID],
          2, None, "مقتل اثنين من عناصرها",
          S("حركة النضال العربي لتحرير الأحواز", "perpetrator_claim", ASMLA), "وتبنّت «حركة النضال"),
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "denied", "2025-11-03", "day",
          None, None, [ABT], None, None, "", S("وزارة النفط", "official", "Ministry of Petroleum (Iran)"), "ونفت وزارة النفط"),
        E("ACCUSE", None, "asserted", "2025-11-04", "day",
          A("محافظ خوزستان", "Governor of Khuzestan", "IRN", "government"),
          A("أجهزة استخبارات إسرائيلية", "Israeli intelligence services", "ISR", "government"), [],
          None, None, "", S("محافظ خوزستان", "official", "Governor of Khuzestan"), "واتهم محافظ خوزستان"),
        E("CONSULT", None, "planned", "2025-11-06", "day",
          A("وزير النفط", "Minister of Petroleum (Iran)", "IRN", "government"),
          A("مسؤولي الشركة", "NISOC officials", "IRN", "other"), [MARUN], None, None, "",
          S("وكالة الجمهورية الإسلامية للأنباء", "wire", "Islamic Republic News Agency (IRNA)"), "ومن المقرر أن يزور وزير النفط"),
        E("MOBILIZE", None, "hypothetical", "2025-11-04", "day",
          A("قواته", "Islamic Revolutionary Guard Corps", "IRN", "military"), None, [KHUZ], None, None, "",
          S("قائد الحرس الثوري في خوزستان", "official", "IRGC commander in Khuzestan"), "قد تنشر وحدات إضافية"),
    ],
    notes=("Published Tue 2025-11-04; the date line gives the Solar Hijri date first («13 آبان 1404 هـ.ش», checked with convertdate) "
           "and the Gregorian date in brackets; no clock. Dates: «ليل الأحد» -> Sun 11-02 (pipeline bomb); «مساء أمس الاثنين» -> 11-03 "
           "(the denied second blast); «فجر اليوم الثلاثاء» / «ظهر اليوم» / «عصر اليوم» / «فجر اليوم» / «اليوم» -> 11-04; "
           "«يوم الخميس المقبل» -> Thu 11-06; the hypothetical deployment has no date of its own and takes the publication day. "
           "P1: IED under a crude pipeline near Omidiyeh, 3 workers burned, no perpetrator named -> actor1 null; the company's "
           "statement -> official. P2: one sentence, two places: IRGC reinforcements to the Marun field and Ramhormoz -> two MOBILIZE; "
           "«وكالة تسنيم عن مصدر أمني» -> innermost speaker, anonymous. P3: intelligence ministry arrests 7 in Hay al-Thawra, Ahvaz. "
           "P4: relatives' gathering dispersed with tear gas, «أربعة» suffocation cases -> 4 injured; witnesses, although a channel "
           "carries them. P5: ASMLA claims a machine-gun attack on a Basij patrol near Hamidiyeh, two killed (claimed, unconfirmed "
           "«وهو ما لم تعلّق عليه السلطات») -> Battles / Armed clash. P6: the oil ministry denies a second blast at Ab-Teymour -> denied, "
           "dated by the alleged act. P7: the governor's accusation, no venue -> no place; «متوعداً» not coded. P8: planned visit to "
           "the Marun field; IRNA speaking for itself -> wire. P9: «قد تنشر ... إذا» -> hypothetical MOBILIZE placed at the province "
           "(the pipelines «في المحافظة» = Khuzestan, named in the sentence); the excluded curfew («مستبعداً») is not coded. "
           "P10: background, not coded. Coordinates approximate (from memory); the two oil-field points are rough estimates."),
)

# ---------------------------------------------------------------- 002  (published Mon 2024-10-21)
T002 = "خطف عشرات الركاب على طريق نقمتي والشرطة تحرر 11 منهم"
GEDO = L("غيدو", "Gedo", "ET", "Oromia", "city", 9.02, 37.45)
BAKO = L("باكو", "Bako", "ET", "Oromia", "city", 9.13, 37.05)
AMBO = L("أمبو", "Ambo", "ET", "Oromia", "city", 8.98, 37.85)
GIMBI = L("غيمبي", "Gimbi", "ET", "Oromia", "city", 9.17, 35.83)
AMBO_U = L("جامعة أمبو", "Ambo University", "ET", "Oromia", "facility", 8.99, 37.86)
WSHEWA = L("غرب شوا", "West Shewa Zone", "ET", "Oromia", "region", 9.0, 37.8)
OLA = A("جيش تحرير أورومو", "Oromo Liberation Army (OLA)", "ETH", "armed_group")
A002 = dict(
    id="002_news_item", format="html", published="2024-10-21", title=T002,
    html=dict(
        site="نافذة الهضبة",
        nav=["الرئيسية", "القرن الأفريقي", "شرق أفريقيا", "اقتصاد", "تقارير", "فيديو"],
        kicker="أمن الطرق",
        byline="أديس أبابا - مكتب شرق أفريقيا",
        datetime="2024-10-21T21:50",
        time="11 طِقِمت 2017 بالتقويم الإثيوبي | الاثنين 21 أكتوبر 2024 | 21:50",
        img="/media/2024/10/highway-bus.jpg",
        caption="حافلة ركاب على طريق جبلي غربي البلاد (أرشيف)",
        share=["شارك:", "فيسبوك", "واتساب", "تيليغرام"],
        tags=["وسوم:", "أوروميا", "الخطف", "الطرق"],
        related=["الأكثر قراءة", "ارتفاع أسعار البن في أسواق العاصمة", "افتتاح موسم الحصاد في المرتفعات الوسطى"],
        footer=["من نحن", "اتصل بنا", "حمّل تطبيق «نافذة الهضبة»", "© 2024 نافذة الهضبة - جميع الحقوق محفوظة"],
    ),
    paras=[
        "خطف مسلحون، مساء أمس الأحد، نحو 30 راكباً كانوا على متن حافلتين قرب بلدة غيدو، و12 آخرين من سيارات صغيرة قرب بلدة باكو، على الطريق الرابط بين أديس أبابا ونقمتي في إقليم أوروميا غربي إثيوبيا، وفق ما أفاد به ناجون لخدمة «بي بي سي» باللغة الأمهرية.",
        "وأعلنت الشرطة الفيدرالية الإثيوبية، صباح اليوم الاثنين، أنها حررت 11 من المخطوفين في عملية قرب مدينة أمبو، قُتل خلالها 4 من الخاطفين وأصيب شرطيان اثنان، مشيرة إلى استمرار البحث عن الآخرين.",
        "واتهمت الحكومة الإقليمية في أوروميا، في بيان نشرته اليوم على فيسبوك، «جيش تحرير أورومو»، الذي تسميه أديس أبابا «شني» وتصنفه منظمة إرهابية، بالوقوف وراء عمليتي الخطف.",
        "ونفى جيش تحرير أورومو، في بيان مساء اليوم، أي صلة له بخطف الركاب قرب غيدو أمس، متهماً «ميليشيات موالية للحكومة» بتنفيذ عمليات الخطف لتشويه صورته.",
        "وتبنّى جيش تحرير أورومو، في البيان نفسه، هجوماً قال إن مقاتليه شنوه فجر اليوم على معسكر يتبع الجيش الإثيوبي قرب مدينة غيمبي غربي الإقليم، زاعماً قتل «عشرات الجنود»، وهو ما لم تعلّق عليه قوات الدفاع الوطني الإثيوبية.",
        "وتظاهر مئات من طلاب جامعة أمبو، ظهر اليوم، داخل الحرم الجامعي مطالبين السلطات بتأمين الطرق وإطلاق سراح زملاء لهم بين المخطوفين، قبل أن يتفرقوا بهدوء، بحسب ما أفاد به مراسلنا.",
        "وقررت سلطات منطقة غرب شوا، مساء أمس، حظر سير الحافلات ليلاً على الطريق بين أمبو ونقمتي حتى إشعار آخر.",
        "ومن المقرر أن تبدأ قوات الدفاع الوطني الإثيوبية والشرطة الإقليمية يوم الأربعاء المقبل حملة مشتركة انطلاقاً من أمبو لتأمين الطريق المؤدي إلى نقمتي، بحسب ما قاله مصدر عسكري لوكالة الأنباء الإثيوبية.",
        "وقالت رابطة الناقلين في الإقليم إن أصحاب الحافلات قد يعلنون إضراباً مفتوحاً عن العمل على خطوط غرب أوروميا إذا لم تتوقف عمليات الخطف، داعيةً الحكومة إلى تعويض أسر الضحايا.",
        "ويقدّر ناشطون أن أكثر من 200 شخص خُطفوا على طرق أوروميا منذ مطلع العام، في ظل نزاع مسلح بين الحكومة وجيش تحرير أورومو مستمر منذ 2018، تخللته جولتا مفاوضات في تنزانيا لم تفضيا إلى اتفاق.",
    ],
    entities=[
        ("غيدو", "GPE", "Gedo"),
        ("باكو", "GPE", "Bako"),
        ("أديس أبابا", "GPE", "Addis Ababa"),
        ("نقمتي", "GPE", "Nekemte"),
        ("إقليم أوروميا", "GPE", "Oromia Region"),
        ("إثيوبيا", "GPE", "Ethiopia"),
        ("بي بي سي", "ORG", "BBC"),
        ("الشرطة الفيدرالية الإثيوبية", "ORG", "Ethiopian Federal Police"),
        ("أمبو", "GPE", "Ambo"),
        ("أوروميا", "GPE", "Oromia Region"),
        ("فيسبوك", "ORG", "Facebook"),
        ("جيش تحرير أورومو", "ORG", "Oromo Liberation Army (OLA)"),
        ("شني", "ORG", "Shene (government name for the OLA)"),
        ("الجيش الإثيوبي", "ORG", "Ethiopian army (ENDF)"),
        ("غيمبي", "GPE", "Gimbi"),
        ("قوات الدفاع الوطني الإثيوبية", "ORG", "Ethiopian National Defense Force (ENDF)"),
        ("جامعة أمبو", "FAC", "Ambo University"),
        ("غرب شوا", "GPE", "West Shewa Zone"),
        ("وكالة الأنباء الإثيوبية", "ORG", "Ethiopian News Agency (ENA)"),
        ("تنزانيا", "GPE", "Tanzania"),
    ],
    events=[
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2024-10-20", "day",
          A("مسلحون", "Unidentified gunmen", None, "armed_group"),
          A("نحو 30 راكباً", "Bus passengers (Gedo)", "ETH", "civilians"), [GEDO], None, None, "",
          S("ناجون", "witness", "Survivors (via BBC Amharic)"), "خطف مسلحون"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2024-10-20", "day",
          A("مسلحون", "Unidentified gunmen", None, "armed_group"),
          A("12 آخرين", "Car passengers (Bako)", "ETH", "civilians"), [BAKO], None, None, "",
          S("ناجون", "witness", "Survivors (via BBC Amharic)"), "خطف مسلحون"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2024-10-21", "day",
          A("الشرطة الفيدرالية الإثيوبية", "Ethiopian Federal Police", "ETH", "police"),
          A("الخاطفين", "Kidnappers (Oromia)", "ETH", "armed_group"), [AMBO],
          4, 2, "قُتل خلالها 4 من الخاطفين وأصيب شرطيان اثنان",
          S("الشرطة الفيدرالية الإثيوبية", "official", "Ethiopian Federal Police"), "وأعلنت الشرطة الفيدرالية"),
        E("ACCUSE", None, "asserted", "2024-10-21", "day",
          A("الحكومة الإقليمية في أوروميا", "Oromia Regional Government", "ETH", "government"), OLA, [],
          None, None, "", S("الحكومة الإقليمية في أوروميا", "official", "Oromia Regional Government"), "واتهمت الحكومة الإقليمية"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "denied", "2024-10-20", "day",
          OLA, A("الركاب", "Bus passengers (Gedo)", "ETH", "civilians"), [GEDO], None, None, "",
          S("جيش تحرير أورومو", "official", "Oromo Liberation Army (OLA)"), "ونفى جيش تحرير أورومو"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2024-10-21", "day",
          OLA, A("الجيش الإثيوبي", "Ethiopian National Defense Force", "ETH", "military"), [GIMBI],
          None, None, "عشرات الجنود", S("جيش تحرير أورومو", "perpetrator_claim", "Oromo Liberation Army (OLA)"),
          "وتبنّى جيش تحرير أورومو"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2024-10-21", "day",
          A("مئات من طلاب جامعة أمبو", "Ambo University students", "ETH", "protesters"), None, [AMBO_U],
          None, None, "", OWN, "وتظاهر مئات من طلاب"),
        E("COERCE", None, "asserted", "2024-10-20", "day",
          A("سلطات منطقة غرب شوا", "West Shewa Zone administration", "ETH", "government"), None, [WSHEWA],
          None, None, "", OWN, "وقررت سلطات منطقة غرب شوا"),
        E("COOPERATE", None, "planned", "2024-10-23", "day",
          A("قوات الدفاع الوطني الإثيوبية", "Ethiopian National Defense Force", "ETH", "military"),
          A("الشرطة الإقليمية", "Oromia regional police", "ETH", "police"), [AMBO], None, None, "",
          S("مصدر عسكري", "anonymous", "Military source (via ENA)"), "ومن المقرر أن تبدأ قوات الدفاع"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2024-10-21", "day",
          A("أصحاب الحافلات", "Bus owners (western Oromia)", "ETH", "protesters"), None, [], None, None, "",
          S("رابطة الناقلين في الإقليم", "official", "Oromia transporters' association"), "قد يعلنون إضراباً"),
    ],
    notes=("Published Mon 2024-10-21; the `<time>` date line gives the Ethiopian-calendar date first («11 طِقِمت 2017», Tikimt "
           "11, 2017 E.C. = 2024-10-21, checked with convertdate's Coptic calendar + 276 years), then the Gregorian date and a clock "
           "(21:50) later than every same-day act, the latest being the OLA statement «مساء اليوم». Dates: «مساء أمس الأحد» / «مساء أمس» / «أمس» -> Sun 10-20 (abductions, the "
           "night bus ban, the denied abduction); «صباح اليوم الاثنين» / «اليوم» / «فجر اليوم» / «ظهر اليوم» -> 10-21; «يوم "
           "الأربعاء المقبل» -> Wed 10-23; the hypothetical strike takes the publication day. P1: one sentence, two places "
           "(about 30 bus passengers near Gedo; 12 car passengers near Bako) -> two abductions; survivors -> witness. P2: the "
           "federal police's rescue near Ambo is a clash with the kidnappers (4 killed, «شرطيان اثنان» -> 2 injured), dated by the "
           "report (no own time word). P3: Oromia government accusation against the OLA, no place. P4: the OLA denies the Gedo "
           "abduction -> denied, dated «أمس», actor1 the OLA, source official (an armed group's statement that is not a claim); "
           "«متهماً» not coded. P5: the OLA claims an attack on an army camp near Gimbi, unconfirmed -> claimed, «عشرات الجنود» vague. "
           "P6: peaceful student protest on the Ambo University campus, «بحسب ما أفاد به مراسلنا» -> outlet_own. P7: the zone's "
           "night ban on buses -> COERCE without ACLED type, placed at the zone (West Shewa, kind region), unattributed -> outlet_own. "
           "P8: planned joint army-police campaign from Ambo -> COOPERATE; the military source -> anonymous. P9: «قد يعلنون ... إذا» -> "
           "hypothetical PROTEST, no place. P10: background and an aggregate (200 abducted since January), not coded. "
           "Coordinates approximate (from memory)."),
)

# ---------------------------------------------------------------- 003  (published Wed 2026-02-11)
T003 = "تسعة قتلى في اشتباكات بين منقبين عن الذهب في كوري بوقودي"
KOURI = L("كوري بوقودي", "Kouri Bougoudi", "TD", "Tibesti", "city", 21.9, 17.3)
BARDAI = L("بارداي", "Bardaï", "TD", "Tibesti", "city", 21.35, 17.00)
WOUR = L("وور", "Wour", "TD", "Tibesti", "city", 21.36, 15.95)
FAYA = L("فايا لارجو", "Faya-Largeau", "TD", "Borkou", "city", 17.92, 19.11)
ZOUAR = L("زوار", "Zouar", "TD", "Tibesti", "city", 20.45, 16.53)
CCMSR = "Military Command Council for the Salvation of the Republic (CCMSR)"
MINERS = "Artisanal gold miners (Kouri Bougoudi)"
GENDTD = A("عناصر من الدرك الوطني", "Chadian National Gendarmerie", "TCD", "police")
A003 = dict(
    id="003_news_item", format="text", published="2026-02-11", title=T003,
    head=[T003, "Wed, 11 Feb 2026 19:05:00 +0100", "انجامينا - القسم الأفريقي",
          "منقبون عن الذهب في منطقة جبلية شمالي البلاد (أرشيف)",
          "مشاركة: فيسبوك | واتساب | إكس | نسخ الرابط"],
    foot=["اقرأ أيضاً: ارتفاع أسعار الوقود في أسواق الشمال بعد إغلاق الحدود",
          "وسوم: تيبستي - الذهب - الجيش التشادي",
          "تابعوا صفحتنا على فيسبوك",
          "جميع الحقوق محفوظة © صدى تيبستي 2026"],
    paras=[
        "قُتل 9 من المنقبين عن الذهب وأصيب 14 آخرون، ليل الاثنين، في اشتباكات بالأسلحة النارية اندلعت بين مجموعتين من المنقبين في موقع كوري بوقودي بإقليم تيبستي شمالي تشاد، على خلفية نزاع على آبار تنقيب، وفق ما أعلنه حاكم الإقليم في بيان.",
        "ودفع الجيش التشادي، صباح أمس الثلاثاء، بتعزيزات من بارداي إلى كوري بوقودي، مانحاً المنقبين الأجانب 72 ساعة لمغادرة المنطقة، بحسب ما أفاد به مصدر عسكري لإذاعة فرنسا الدولية.",
        "وأعلن «مجلس القيادة العسكرية لإنقاذ الجمهورية»، المتمرد، في بيان على فيسبوك، أن مقاتليه هاجموا فجر اليوم الأربعاء موقعاً عسكرياً قرب بلدة وور، زاعماً قتل سبعة جنود والاستيلاء على ثلاث سيارات مسلحة، وهو ما لم تعلّق عليه السلطات في انجامينا.",
        "ونفى الناطق باسم الحكومة، في تصريح للتلفزيون الوطني مساء أمس، أن تكون طائرات حربية قد قصفت تجمعات للمنقبين قرب كوري بوقودي ليل الاثنين، مؤكداً أن الجيش «تدخل للفصل بين المتقاتلين فقط».",
        "وعالجت منظمة أطباء بلا حدود، أمس، 12 جريحاً نُقلوا من كوري بوقودي إلى مستشفى بارداي، وفق ما أعلنته المنظمة في بيان.",
        "وأوقف عناصر من الدرك الوطني، صباح اليوم، 23 شخصاً في فايا لارجو وخمسة آخرين في زوار، بينهم أجانب، يُشتبه في تهريب الذهب والأسلحة من كوري بوقودي نحو ليبيا، وفق ما أفاد به مراسلنا.",
        "واتهمت لجنة الدفاع الذاتي في ميسكي، في بيان اليوم، الحكومة بـ«التواطؤ مع شبكات أجنبية» للسيطرة على مواقع الذهب في تيبستي، مطالبةً بسحب القوات من المنطقة.",
        "ومن المقرر أن يصل وزير المناجم إلى بارداي يوم السبت المقبل على رأس وفد حكومي للقاء زعماء قبائل التبو، بحسب ما أوردته الوكالة التشادية للصحافة.",
        "وقال مصدر في وزارة المناجم إن الحكومة قد تعلن إغلاق موقع كوري بوقودي بالكامل أمام التنقيب إذا تجددت الاشتباكات، كما فعلت في مرات سابقة.",
        "ويستقطب موقع كوري بوقودي منذ اكتشاف الذهب فيه عام 2012 آلاف المنقبين من تشاد والسودان وليبيا والنيجر، وشهد خلال السنوات الماضية اشتباكات متكررة خلّفت مئات القتلى.",
    ],
    entities=[
        ("كوري بوقودي", "GPE", "Kouri Bougoudi"),
        ("إقليم تيبستي", "GPE", "Tibesti Province"),
        ("تشاد", "GPE", "Chad"),
        ("الجيش التشادي", "ORG", "Chadian National Army"),
        ("بارداي", "GPE", "Bardaï"),
        ("إذاعة فرنسا الدولية", "ORG", "Radio France Internationale (RFI)"),
        ("مجلس القيادة العسكرية لإنقاذ الجمهورية", "ORG", CCMSR),
        ("فيسبوك", "ORG", "Facebook"),
        ("وور", "GPE", "Wour"),
        ("انجامينا", "GPE", "N'Djamena"),
        ("منظمة أطباء بلا حدود", "ORG", "Médecins Sans Frontières (MSF)"),
        ("مستشفى بارداي", "FAC", "Bardaï hospital"),
        ("الدرك الوطني", "ORG", "Chadian National Gendarmerie"),
        ("فايا لارجو", "GPE", "Faya-Largeau"),
        ("زوار", "GPE", "Zouar"),
        ("ليبيا", "GPE", "Libya"),
        ("لجنة الدفاع الذاتي في ميسكي", "ORG", "Miski self-defence committee"),
        ("تيبستي", "GPE", "Tibesti Province"),
        ("التبو", "NORP", "Tebu (Toubou)"),
        ("الوكالة التشادية للصحافة", "ORG", "Agence Tchadienne de Presse (ATP)"),
        ("وزارة المناجم", "ORG", "Ministry of Mines (Chad)"),
        ("السودان", "GPE", "Sudan"),
        ("النيجر", "GPE", "Niger"),
    ],
    events=[
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2026-02-09", "day",
          A("مجموعتين من المنقبين", MINERS, "TCD", "civilians"), None, [KOURI],
          9, 14, "قُتل 9 من المنقبين عن الذهب وأصيب 14 آخرون", S("حاكم الإقليم", "official", "Governor of Tibesti"),
          "قُتل 9 من المنقبين"),
        E("MOBILIZE", None, "asserted", "2026-02-10", "day",
          A("الجيش التشادي", "Chadian National Army", "TCD", "military"), None, [KOURI], None, None, "",
          S("مصدر عسكري", "anonymous", "Military source (via RFI)"), "ودفع الجيش التشادي"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2026-02-11", "day",
          A("مجلس القيادة العسكرية لإنقاذ الجمهورية", CCMSR, "TCD", "armed_group"),
          A("موقعاً عسكرياً", "Chadian National Army", "TCD", "military"), [WOUR],
          7, None, "قتل سبعة جنود", S("مجلس القيادة العسكرية لإنقاذ الجمهورية", "perpetrator_claim", CCMSR),
          "وأعلن «مجلس القيادة العسكرية"),
        E("ASSAULT", ["Explosions/Remote violence", "Air/drone strike"], "denied", "2026-02-09", "day",
          A("طائرات حربية", "Chadian Air Force", "TCD", "military"), A("تجمعات للمنقبين", MINERS, "TCD", "civilians"),
          [KOURI], None, None, "", S("الناطق باسم الحكومة", "official", "Chadian government spokesperson"), "ونفى الناطق باسم الحكومة"),
        E("AID", None, "asserted", "2026-02-10", "day",
          A("منظمة أطباء بلا حدود", "Médecins Sans Frontières (MSF)", None, "other"),
          A("12 جريحاً", "Injured miners", "TCD", "civilians"), [BARDAI], None, None, "",
          S("منظمة أطباء بلا حدود", "ngo", "MSF"), "وعالجت منظمة أطباء"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-02-11", "day",
          GENDTD, A("23 شخصاً", "Gold and arms smuggling suspects", "TCD", "other"), [FAYA], None, None, "", OWN,
          "وأوقف عناصر من الدرك"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-02-11", "day",
          GENDTD, A("خمسة آخرين", "Gold and arms smuggling suspects", "TCD", "other"), [ZOUAR], None, None, "", OWN,
          "وأوقف عناصر من الدرك"),
        E("ACCUSE", None, "asserted", "2026-02-11", "day",
          A("لجنة الدفاع الذاتي في ميسكي", "Miski self-defence committee", "TCD", "armed_group"),
          A("الحكومة", "Government of Chad", "TCD", "government"), [], None, None, "",
          S("لجنة الدفاع الذاتي في ميسكي", "official", "Miski self-defence committee"), "واتهمت لجنة الدفاع"),
        E("CONSULT", None, "planned", "2026-02-14", "day",
          A("وزير المناجم", "Minister of Mines (Chad)", "TCD", "government"),
          A("زعماء قبائل التبو", "Tebu traditional leaders", "TCD", "other"), [BARDAI], None, None, "",
          S("الوكالة التشادية للصحافة", "wire", "Agence Tchadienne de Presse (ATP)"), "ومن المقرر أن يصل وزير المناجم"),
        E("COERCE", None, "hypothetical", "2026-02-11", "day",
          A("الحكومة", "Government of Chad", "TCD", "government"), None, [KOURI], None, None, "",
          S("مصدر في وزارة المناجم", "anonymous", "Ministry of Mines source"), "قد تعلن إغلاق موقع"),
    ],
    notes=("Published Wed 2026-02-11; the date line is an RFC 2822 (e-mail/RSS) timestamp «Wed, 11 Feb 2026 19:05:00 +0100», "
           "whose clock is later than every same-day act («فجر اليوم الأربعاء», «صباح اليوم»). Dates: «ليل الاثنين» -> Mon 02-09 "
           "(the clash; the denied air strike); «صباح أمس الثلاثاء» / «أمس» -> 02-10; «فجر اليوم الأربعاء» / «صباح اليوم» / «اليوم» "
           "-> 02-11; «يوم السبت المقبل» -> Sat 02-14; the hypothetical closure takes the publication day. P1: a gunfight between two "
           "groups of miners (civilians, no organised armed group named) -> Riots / Mob violence with actor2 null (both sides one "
           "phrase, as heldout22 003); 9 killed, 14 injured; the governor -> official. P2: reinforcements to Kouri Bougoudi; the "
           "72-hour ultimatum is a participial clause («مانحاً»), not coded; RFI chain -> anonymous. P3: CCMSR claim near Wour "
           "(«سبعة جنود» -> 7), unconfirmed -> claimed; the seized vehicles are not an event. P4: the government spokesman denies an air "
           "strike on miners «ليل الاثنين» -> denied, dated by the alleged act. P5: MSF treats 12 wounded in Bardaï -> AID, ngo; the 12 "
           "are recipients, not a casualty count. P6: one sentence, two places: arrests in Faya-Largeau (23; Borkou) and Zouar "
           "(«خمسة») -> two COERCE / Arrests, «وفق ما أفاد به مراسلنا» -> outlet_own. P7: the Miski self-defence committee (a local "
           "armed group) accuses the government, no place; «مطالبةً» not coded. P8: planned ministerial visit to Bardaï; ATP "
           "speaking for itself -> wire. P9: «قد تعلن إغلاق ... إذا» -> hypothetical COERCE (closure of the site), no ACLED type. "
           "P10: background, not coded. Kouri Bougoudi's coordinates are a rough estimate (near the Libyan border); others from memory."),
)

# ---------------------------------------------------------------- 004  (published Fri 2025-12-12)
T004 = "مقتل سائح وإصابة ستة في هجوم على حافلة قرب دهب"
DAHAB = L("دهب", "Dahab", "EG", "South Sinai", "city", 28.50, 34.51)
CATH = L("سانت كاترين", "Saint Catherine", "EG", "South Sinai", "city", 28.56, 33.95)
TOR = L("الطور", "El Tor", "EG", "South Sinai", "city", 28.24, 33.62)
NUWEIBA = L("نويبع", "Nuweiba", "EG", "South Sinai", "city", 29.03, 34.66)
MONAST = L("دير سانت كاترين", "Saint Catherine's Monastery", "EG", "South Sinai", "facility", 28.556, 33.976)
CANYON = L("الوادي الملون", "Coloured Canyon", "EG", "South Sinai", "region", 29.36, 34.63)
SHARM = L("شرم الشيخ", "Sharm el-Sheikh", "EG", "South Sinai", "city", 27.91, 34.33)
GOV_SS = A("محافظة جنوب سيناء", "South Sinai Governorate", "EGY", "government")
A004 = dict(
    id="004_news_item", format="html", published="2025-12-12", title=T004,
    html=dict(
        site="بوابة القناة والبحرين",
        nav=["الرئيسية", "محافظات", "حوادث", "سياحة", "اقتصاد", "رياضة"],
        kicker="جنوب سيناء",
        byline="شرم الشيخ - مكتب القناة وسيناء",
        datetime="2025-12-12T20:15",
        time="الجمعة 12 ديسمبر 2025م | 21 جمادى الآخرة 1447هـ | 3 كيهك 1742ش | 20:15",
        img="/media/2025/12/sinai-road.jpg",
        caption="طريق جبلي في جنوب سيناء (أرشيف)",
        share=["شارك الخبر:", "فيسبوك", "إكس", "واتساب"],
        tags=["كلمات البحث:", "دهب", "السياحة", "جنوب سيناء"],
        related=["اقرأ أيضاً", "ارتفاع نسب الإشغال الفندقي في الغردقة", "بدء موسم الرحلات النيلية بين الأقصر وأسوان"],
        footer=["من نحن", "سياسة الخصوصية", "تطبيق «بوابة القناة والبحرين» على المتاجر",
                "جميع الحقوق محفوظة © 2025 بوابة القناة والبحرين"],
    ),
    paras=[
        "قُتل سائح ألماني وأصيب 6 آخرون، مساء أمس الخميس، عندما فتح مسلح النار على حافلة سياحية قرب مدخل مدينة دهب في محافظة جنوب سيناء، بحسب ما أعلنته وزارة الداخلية المصرية في بيان.",
        "وأعلنت وزارة الداخلية، ظهر اليوم الجمعة، مقتل المسلح واثنين من معاونيه في تبادل لإطلاق النار مع قوات الأمن داخل مخبأ جبلي قرب سانت كاترين، مؤكدة ضبط أسلحة آلية وعبوات ناسفة بحوزتهم.",
        "وتبنّى تنظيم «داعش»، عبر وكالة «أعماق» التابعة له، الهجوم على الحافلة، زاعماً كذلك أن عناصره فجّروا صباح اليوم عبوة ناسفة بسيارة للشرطة قرب مدينة الطور، وهو ما لم تؤكده السلطات المصرية.",
        "ونفى مصدر أمني، في تصريح لصحيفة «الأهرام»، ما تداولته صفحات على مواقع التواصل عن اختطاف سائحين اثنين في نويبع أمس، مؤكداً أن «جميع الأفواج السياحية في المحافظة آمنة».",
        "وقررت محافظة جنوب سيناء، مساء أمس، تعليق الرحلات السياحية إلى دير سانت كاترين والوادي الملون حتى إشعار آخر، وفق ما أعلنه المكتب الإعلامي للمحافظة.",
        "ونظّم عشرات من العاملين في قطاع السياحة، عصر اليوم، وقفة صامتة على ممشى دهب تضامناً مع الضحايا، رافعين لافتات كُتب عليها «دهب آمنة»، بحسب ما أفاد به مراسلنا.",
        "وطالبت وزارة الخارجية الألمانية، في بيان اليوم، السلطات المصرية بـ«تحقيق شامل وسريع» في الهجوم، ناصحةً مواطنيها بتجنب التنقل البري في جنوب سيناء.",
        "ومن المقرر أن يزور وزير السياحة والآثار شرم الشيخ يوم الأحد المقبل لعقد اجتماع مع ممثلي شركات السياحة وسفراء عدد من الدول الأوروبية، بحسب ما أعلنته الوزارة.",
        "وقال مصدر دبلوماسي أوروبي إن دولاً أوروبية قد تعلّق الرحلات الجوية المباشرة إلى مطار شرم الشيخ الدولي إذا ثبت ارتباط الهجوم بخلية منظمة.",
        "وتعتمد جنوب سيناء بشكل شبه كامل على السياحة، وكانت حركة الزوار قد تراجعت بشدة بعد سقوط طائرة ركاب روسية فوق شبه جزيرة سيناء عام 2015، قبل أن تتعافى تدريجياً خلال السنوات الأخيرة.",
    ],
    entities=[
        ("دهب", "GPE", "Dahab"),
        ("محافظة جنوب سيناء", "GPE", "South Sinai Governorate"),
        ("وزارة الداخلية المصرية", "ORG", "Ministry of Interior (Egypt)"),
        ("وزارة الداخلية", "ORG", "Ministry of Interior (Egypt)"),
        ("سانت كاترين", "GPE", "Saint Catherine"),
        ("داعش", "ORG", "Islamic State"),
        ("أعماق", "ORG", "Amaq News Agency"),
        ("الطور", "GPE", "El Tor"),
        ("الأهرام", "ORG", "Al-Ahram"),
        ("نويبع", "GPE", "Nuweiba"),
        ("دير سانت كاترين", "FAC", "Saint Catherine's Monastery"),
        ("الوادي الملون", "LOC", "Coloured Canyon"),
        ("وزارة الخارجية الألمانية", "ORG", "German Federal Foreign Office"),
        ("جنوب سيناء", "GPE", "South Sinai Governorate"),
        ("شرم الشيخ", "GPE", "Sharm el-Sheikh"),
        ("مطار شرم الشيخ الدولي", "FAC", "Sharm el-Sheikh International Airport"),
        ("شبه جزيرة سيناء", "LOC", "Sinai Peninsula"),
    ],
    events=[
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2025-12-11", "day",
          A("مسلح", "Gunman (IS-claimed)", "EGY", "armed_group"), A("حافلة سياحية", "Tourists on a bus", None, "civilians"),
          [DAHAB], 1, 6, "قُتل سائح ألماني وأصيب 6 آخرون",
          S("وزارة الداخلية المصرية", "official", "Ministry of Interior (Egypt)"), "قُتل سائح ألماني"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2025-12-12", "day",
          A("قوات الأمن", "Egyptian security forces", "EGY", "police"),
          A("المسلح واثنين من معاونيه", "IS-linked gunmen (South Sinai)", "EGY", "armed_group"), [CATH],
          3, None, "مقتل المسلح واثنين من معاونيه", S("وزارة الداخلية", "official", "Ministry of Interior (Egypt)"),
          "وأعلنت وزارة الداخلية"),
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "claimed", "2025-12-12", "day",
          A("داعش", "Islamic State", "EGY", "armed_group"), A("سيارة للشرطة", "Egyptian police", "EGY", "police"), [TOR],
          None, None, "", S("داعش", "perpetrator_claim", "Islamic State (via Amaq)"), "وتبنّى تنظيم «داعش»"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "denied", "2025-12-11", "day",
          None, A("سائحين اثنين", "Tourists (Nuweiba)", None, "civilians"), [NUWEIBA], None, None, "",
          S("مصدر أمني", "anonymous", "Security source (via Al-Ahram)"), "ونفى مصدر أمني"),
        E("COERCE", None, "asserted", "2025-12-11", "day", GOV_SS, None, [MONAST], None, None, "",
          S("المكتب الإعلامي", "official", "South Sinai Governorate media office"), "وقررت محافظة جنوب سيناء"),
        E("COERCE", None, "asserted", "2025-12-11", "day", GOV_SS, None, [CANYON], None, None, "",
          S("المكتب الإعلامي", "official", "South Sinai Governorate media office"), "وقررت محافظة جنوب سيناء"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-12-12", "day",
          A("عشرات من العاملين في قطاع السياحة", "Tourism workers (Dahab)", "EGY", "protesters"), None, [DAHAB],
          None, None, "", OWN, "ونظّم عشرات من العاملين"),
        E("REQUEST", None, "asserted", "2025-12-12", "day",
          A("وزارة الخارجية الألمانية", "German Federal Foreign Office", "DEU", "government"),
          A("السلطات المصرية", "Government of Egypt", "EGY", "government"), [], None, None, "",
          S("وزارة الخارجية الألمانية", "official", "German Federal Foreign Office"), "وطالبت وزارة الخارجية الألمانية"),
        E("CONSULT", None, "planned", "2025-12-14", "day",
          A("وزير السياحة والآثار", "Minister of Tourism and Antiquities (Egypt)", "EGY", "government"),
          A("ممثلي شركات السياحة", "Tourism company representatives", "EGY", "other"), [SHARM], None, None, "",
          S("الوزارة", "official", "Ministry of Tourism and Antiquities (Egypt)"), "ومن المقرر أن يزور وزير السياحة"),
        E("SANCTION", None, "hypothetical", "2025-12-12", "day",
          A("دولاً أوروبية", "European governments", None, "government"), None, [], None, None, "",
          S("مصدر دبلوماسي أوروبي", "anonymous", "European diplomatic source"), "قد تعلّق الرحلات الجوية"),
    ],
    notes=("Published Fri 2025-12-12; the `<time>` date line gives three calendars in a row, Gregorian, Hijri (21 Jumada II 1447, "
           "Umm al-Qura via hijridate) and Coptic (3 Koiak 1742, via convertdate), then a clock (20:15) later than every same-day act "
           "(«ظهر اليوم الجمعة», «صباح اليوم», «عصر اليوم»). Dates: «مساء أمس الخميس» / «أمس» / «مساء أمس» -> 12-11; the «اليوم» "
           "forms -> 12-12; «يوم الأحد المقبل» -> Sun 12-14; the hypothetical flight suspension takes the publication day. "
           "P1: a gunman fires on a tourist bus near Dahab: «قُتل سائح» -> 1 killed, 6 injured; actor1 the gunman (IS claims this "
           "attack in P3, so role armed_group, EGY); the interior ministry -> official. P2: security forces kill the gunman and "
           "«اثنين من معاونيه» (3 killed) near Saint Catherine -> Battles / Armed clash, dated by the ministry's report. P3: IS's "
           "claim of the bus attack adds nothing new (already asserted); its further claim of an IED on a police car near El Tor is "
           "unconfirmed -> claimed (the «زاعماً» clause is the claim itself). P4: a security source (via Al-Ahram) denies an abduction "
           "of two tourists in Nuweiba -> denied, anonymous. P5: one sentence, two places: tourist trips suspended to the monastery "
           "and the Coloured Canyon -> two COERCE (no ACLED type; an access restriction like a curfew). P6: a silent vigil on the "
           "Dahab promenade -> Peaceful protest, outlet_own. P7: German request to the Egyptian authorities, no place; «ناصحةً» not "
           "coded. P8: planned meeting in Sharm el-Sheikh. P9: «قد تعلّق ... إذا» -> hypothetical SANCTION by European governments; "
           "the airport is the object, not a venue -> no place. P10: background (the 2015 crash), not coded. Coordinates "
           "approximate (from memory)."),
)
