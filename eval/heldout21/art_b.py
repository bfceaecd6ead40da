"""heldout21 article specs 005-008 (invented events; real places, institutions and armed groups; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 005  (published Tue 2025-10-14)  Yemen, Taiz
T005 = "تعز: ضحايا بقنص وقصف حوثي على أحياء المدينة وتبادل محتجزين بإشراف الصليب الأحمر"
THABAT = L("حي ثعبات", "Tha'bat neighbourhood (Taiz)", "YE", "Taizz", "city", 13.58, 44.05)
RAWDAH = L("حي الروضة", "al-Rawdah neighbourhood (Taiz)", "YE", "Taizz", "city", 13.59, 44.03)
JAHMALIYA = L("حي الجحملية", "al-Jahmaliya neighbourhood (Taiz)", "YE", "Taizz", "city", 13.57, 44.04)
QASR = L("جولة القصر", "al-Qasr roundabout crossing (Taiz)", "YE", "Taizz", "facility", 13.59, 44.06)
DHABAB = L("الضباب", "al-Dhabab", "YE", "Taizz", "city", 13.52, 43.95)
TAIZ = L("تعز", "Taiz", "YE", "Taizz", "city", 13.58, 44.02)
HAWBAN = L("الحوبان", "al-Hawban", "YE", "Taizz", "city", 13.62, 44.09)
KADAHA = L("الكدحة", "al-Kadaha", "YE", "Taizz", "city", 13.45, 43.78)
OLDROAD = L("طريق المطار القديم", "Old Airport Road (Taiz)", "YE", "Taizz", "facility", 13.58, 43.99)
ADEN = L("عدن", "Aden", "YE", "Aden", "city", 12.79, 45.03)
HOUTHI = A("جماعة الحوثي", "Houthis (Ansar Allah)", "YEM", "armed_group")
GOVF = A("القوات الحكومية", "Yemeni government forces", "YEM", "military")
A005 = dict(
    id="005_news_item", format="html", published="2025-10-14", title=T005,
    html=dict(
        site="بوابة الحالمة",
        nav=["الرئيسية", "محليات", "اليمن", "عربي ودولي", "رياضة", "منوعات"],
        kicker="تعز",
        byline="تعز - مكتب التحرير",
        datetime="2025-10-14T13:30",
        time="الثلاثاء ٢٢ ربيع الثاني ١٤٤٧هـ | ١٤/١٠/٢٠٢٥م | ١٣:٣٠",
        img="/uploads/2025/10/taiz-jahmaliya.jpg",
        caption="جانب من حي الجحملية شرقي مدينة تعز (أرشيف)",
        share=["مشاركة:", "فيسبوك", "واتساب", "تويتر"],
        tags=["الكلمات الدلالية:", "تعز", "الحوثيون", "المعلمون"],
        related=["الأكثر قراءة", "انقطاع المياه عن أحياء وسط تعز لليوم الثالث", "ارتفاع أسعار الغاز المنزلي في أسواق المدينة"],
        footer=["من نحن", "أعلن معنا", "تطبيق بوابة الحالمة", "جميع الحقوق محفوظة © بوابة الحالمة ٢٠٢٥"],
    ),
    paras=[
        "أصيب ٣ مدنيين، بينهم طفلان، برصاص قناص حوثي استهدفهم مساء أمس أثناء عودتهم من سوق شعبية في حي ثعبات شرقي مدينة تعز، وفق ما أفاد به مصدر طبي في مستشفى الثورة العام.",
        "وقُتل مدنيان في حي الروضة وأصيب 5 آخرون في حي الجحملية، ليل الأحد، جراء قذائف هاون أطلقتها جماعة الحوثي من مواقعها في منطقة الحوبان على الأحياء الشرقية للمدينة، بحسب ما أعلنته السلطة المحلية في محافظة تعز.",
        "وعقدت لجنتان تمثلان السلطة المحلية في تعز وجماعة الحوثي، أمس الاثنين، جولة مباحثات عند منفذ جولة القصر بشأن إعادة فتح طريق المطار القديم غربي المدينة أمام حركة المسافرين، بحسب ما أفادت به قناة «بلقيس» الفضائية.",
        "وأُفرج صباح اليوم عن 18 محتجزاً من الجانبين في عملية تبادل نفّذتها القوات الحكومية وجماعة الحوثي عند خط التماس في منطقة الضباب غربي تعز، بإشراف اللجنة الدولية للصليب الأحمر التي أكدت في بيان «نجاح العملية دون عوائق».",
        "ونفّذ آلاف المعلمين في مدارس مدينة تعز، صباح اليوم، إضراباً شاملاً ووقفة احتجاجية أمام مبنى مكتب التربية والتعليم في المدينة للمطالبة بصرف رواتبهم المتأخرة منذ ثلاثة أشهر، تلبيةً لدعوة نقابة المعلمين اليمنيين.",
        "ونفى محور تعز العسكري، في بيان نقله موقع «المصدر أونلاين»، ما بثّته وسائل إعلام تابعة لجماعة الحوثي عن قصف القوات الحكومية منازل في منطقة الحوبان أمس الاثنين، مؤكداً أن قواته «تلتزم بقواعد الاشتباك».",
        "في المقابل، زعم الحوثيون، عبر قناة «المسيرة» التابعة لهم، أن قواتهم صدّت فجر اليوم هجوماً شنّته القوات الحكومية في جبهة الكدحة غربي تعز وكبّدتها «خسائر في الأرواح والعتاد»، ولم يصدر أي تعليق من الجانب الحكومي على ذلك.",
        "ومن المقرر أن تعيد جماعة الحوثي فتح طريق المطار القديم من جهتها أمام المركبات الخفيفة يوم الخميس المقبل، بحسب ما أعلنه رئيس الفريق الحكومي المفاوض في تصريح صحافي، مشيراً إلى أن العمل جارٍ لإزالة الألغام من جانبي الطريق.",
        "وحذّرت نقابة المعلمين اليمنيين من أن المعلمين قد ينقلون احتجاجاتهم إلى مقر الحكومة في عدن إذا لم تُصرف الرواتب قبل نهاية الشهر الجاري، داعيةً أولياء الأمور إلى «تفهّم» الإضراب.",
        "ويعاني سكان تعز منذ عام 2015 من حصار تفرضه جماعة الحوثي على معظم منافذ المدينة رغم فتح طريق الحوبان العام الماضي، فيما وثّقت منظمات محلية مقتل وإصابة أكثر من 1500 مدني برصاص القناصة منذ ذلك الحين.",
    ],
    entities=[
        ("حي ثعبات", "GPE", "Tha'bat neighbourhood (Taiz)"),
        ("تعز", "GPE", "Taiz"),
        ("مستشفى الثورة العام", "FAC", "al-Thawra General Hospital (Taiz)"),
        ("حي الروضة", "GPE", "al-Rawdah neighbourhood (Taiz)"),
        ("حي الجحملية", "GPE", "al-Jahmaliya neighbourhood (Taiz)"),
        ("جماعة الحوثي", "ORG", "Houthis (Ansar Allah)"),
        ("الحوبان", "GPE", "al-Hawban"),
        ("محافظة تعز", "GPE", "Taiz Governorate"),
        ("جولة القصر", "FAC", "al-Qasr roundabout crossing (Taiz)"),
        ("طريق المطار القديم", "FAC", "Old Airport Road (Taiz)"),
        ("بلقيس", "ORG", "Belqees TV"),
        ("الضباب", "GPE", "al-Dhabab"),
        ("اللجنة الدولية للصليب الأحمر", "ORG", "International Committee of the Red Cross"),
        ("نقابة المعلمين اليمنيين", "ORG", "Yemeni Teachers Syndicate"),
        ("محور تعز العسكري", "ORG", "Taiz Military Axis"),
        ("المصدر أونلاين", "ORG", "Al-Masdar Online"),
        ("الحوثيون", "ORG", "Houthis (Ansar Allah)"),
        ("المسيرة", "ORG", "Al-Masirah TV"),
        ("الكدحة", "GPE", "al-Kadaha"),
        ("عدن", "GPE", "Aden"),
    ],
    events=[
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2025-10-13", "day",
          A("قناص حوثي", "Houthis (Ansar Allah)", "YEM", "armed_group"), A("٣ مدنيين", "Civilians (Yemen)", "YEM", "civilians"),
          [THABAT], None, 3, "أصيب ٣ مدنيين، بينهم طفلان",
          S("مصدر طبي في مستشفى الثورة العام", "anonymous", "Medical source, al-Thawra Hospital"), "أصيب ٣ مدنيين"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-10-12", "day",
          HOUTHI, A("مدنيان", "Civilians (Yemen)", "YEM", "civilians"), [RAWDAH], 2, None, "وقُتل مدنيان في حي الروضة",
          S("السلطة المحلية في محافظة تعز", "official", "Taiz local authority"), "وقُتل مدنيان"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "asserted", "2025-10-12", "day",
          HOUTHI, A("5 آخرون", "Civilians (Yemen)", "YEM", "civilians"), [JAHMALIYA], None, 5, "وأصيب 5 آخرون في حي الجحملية",
          S("السلطة المحلية في محافظة تعز", "official", "Taiz local authority"), "وقُتل مدنيان"),
        E("CONSULT", None, "asserted", "2025-10-13", "day",
          A("السلطة المحلية في تعز", "Taiz local authority", "YEM", "government"), HOUTHI, [QASR], None, None, "",
          S("بلقيس", "media", "Belqees TV"), "وعقدت لجنتان"),
        E("COOPERATE", None, "asserted", "2025-10-14", "day",
          GOVF, HOUTHI, [DHABAB], None, None, "",
          S("اللجنة الدولية للصليب الأحمر", "ngo", "International Committee of the Red Cross"), "وأُفرج صباح اليوم"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-10-14", "day",
          A("آلاف المعلمين", "Teachers (Taiz)", "YEM", "protesters"), None, [TAIZ], None, None, "", OWN, "ونفّذ آلاف المعلمين"),
        E("ASSAULT", ["Explosions/Remote violence", "Shelling/artillery/missile attack"], "denied", "2025-10-13", "day",
          GOVF, None, [HAWBAN], None, None, "",
          S("محور تعز العسكري", "official", "Taiz Military Axis (via Al-Masdar Online)"), "ونفى محور تعز العسكري"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2025-10-14", "day",
          A("الحوثيون", "Houthis (Ansar Allah)", "YEM", "armed_group"), GOVF, [KADAHA],
          None, None, "خسائر في الأرواح والعتاد", S("الحوثيون", "perpetrator_claim", "Houthis (Ansar Allah)"), "زعم الحوثيون"),
        E("CONCEDE", None, "planned", "2025-10-16", "day",
          HOUTHI, None, [OLDROAD], None, None, "",
          S("رئيس الفريق الحكومي المفاوض", "official", "Head of the government negotiating team (Taiz roads)"), "أن تعيد جماعة الحوثي"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2025-10-14", "day",
          A("المعلمين", "Teachers (Taiz)", "YEM", "protesters"), None, [ADEN], None, None, "",
          S("نقابة المعلمين اليمنيين", "official", "Yemeni Teachers Syndicate"), "قد ينقلون احتجاجاتهم"),
    ],
    notes=("Published Tue 2025-10-14; page clock 13:30 (Eastern digits), later than the same-day acts reported («صباح اليوم» "
           "exchange and strike, «فجر اليوم» claim). The Hijri date (22 Rabi' al-Thani 1447) is the Umm al-Qura date for 14 October 2025. "
           "Dates: «مساء أمس» / «أمس الاثنين» -> Mon 10-13 (sniper, road talks, the denied shelling of al-Hawban); «ليل الأحد» -> Sun "
           "10-12 (mortar fire); «يوم الخميس المقبل» -> Thu 10-16 (planned reopening); the hypothetical move of the protest takes the "
           "publication day. P1: a Houthi sniper (adjective «حوثي», not an entity) -> Violence against civilians / Attack, ٣ injured. "
           "P2: one sentence, two places: two killed in al-Rawdah (dual), 5 injured in al-Jahmaliya; al-Hawban is where the mortars "
           "were fired from, not a place of the event. P3: talks at the al-Qasr crossing, source Belqees TV speaking for itself -> media. "
           "P4: the exchange of 18 detainees -> COOPERATE between the two sides (not casualties), ICRC source -> ngo. "
           "P5: teachers' strike and sit-in, no attribution -> outlet_own (the syndicate called it; it is not cited as the source). "
           "P6: chain «في بيان نقله موقع «المصدر أونلاين»» -> the Taiz Axis, official; denied shelling dated by «أمس الاثنين». "
           "P7: Houthi claim via al-Masirah, no confirmation -> claimed Armed clash, vague losses -> null. P8: reopening a road is "
           "CONCEDE (planned); «مشيراً» not coded. P9: «قد ينقلون ... إذا» -> hypothetical PROTEST in Aden; «داعيةً» not coded. "
           "P10: background and the aggregate sniper toll not coded. Neighbourhood and front coordinates are approximate (from memory)."),
)

# ---------------------------------------------------------------- 006  (published Fri 2026-04-17)  Syria, Suwayda
T006 = "السويداء: احتجاج في ساحة الكرامة واشتباكات على أطراف الريف الغربي والإفراج عن مخطوفي طريق دمشق"
KARAMA = L("ساحة الكرامة", "al-Karama Square (Suwayda)", "SY", "As-Suwayda", "facility", 32.71, 36.57)
WALGHA = L("ولغا", "Walgha", "SY", "As-Suwayda", "city", 32.77, 36.50)
MAZRAA = L("المزرعة", "al-Mazraa (Suwayda)", "SY", "As-Suwayda", "city", 32.79, 36.47)
SHAHBA = L("شهبا", "Shahba", "SY", "As-Suwayda", "city", 32.85, 36.63)
SUWAYDA = L("السويداء", "As-Suwayda", "SY", "As-Suwayda", "city", 32.71, 36.57)
WCOUNTRY = L("ريف السويداء الغربي", "Western Suwayda countryside", "SY", "As-Suwayda", "region", 32.75, 36.45)
TRIBAL = "Bedouin tribal gunmen (Suwayda)"
A006 = dict(
    id="006_news_item", format="text", published="2026-04-17", title=T006,
    head=[T006, "نُشر: الجمعة 17 نيسان 2026، 16:02 ● عُدِّل: 18:35", "السويداء - مكتب الجنوب السوري",
          "محتجون في ساحة الكرامة وسط السويداء (أرشيف)",
          "مشاركة: فيسبوك ◦ واتساب ◦ تيليغرام"],
    foot=["اقرأ أيضاً: ارتفاع أسعار المحروقات في أسواق جبل العرب",
          "الوسوم: السويداء، ساحة الكرامة، طريق دمشق",
          "تابعونا على تطبيق «جبل الريان»",
          "© 2026 موقع جبل الريان - جميع الحقوق محفوظة"],
    paras=[
        "تظاهر مئات من أبناء محافظة السويداء، ظهر اليوم الجمعة، في ساحة الكرامة وسط المدينة، مطالبين بتأمين طريق دمشق - السويداء أمام المسافرين والإفراج عن جميع المخطوفين، ومرددين هتافات تندد بـ«الحصار» المفروض على المحافظة.",
        "وقُتل 3 من المسلحين المحليين في محيط بلدة ولغا وأصيب ٦ آخرون قرب بلدة المزرعة، ليل الأربعاء، في اشتباكات مع مسلحين من العشائر البدوية على أطراف ريف السويداء الغربي، بحسب ما أفاد به المرصد السوري لحقوق الإنسان.",
        "واختطف مسلحون مجهولون، مساء أمس الخميس، سائق حافلة ركاب وأربعة من ركابها على طريق دمشق - السويداء قرب مدينة شهبا، واقتادوهم إلى جهة مجهولة، وفق ما أفادت به شبكة «السويداء 24» المحلية.",
        "وأفرج الخاطفون، صباح اليوم، عن الركاب الأربعة والسائق قرب مدينة شهبا بعد وساطة قادها وجهاء من المنطقة ومن دون دفع أي فدية، بحسب ما أعلنته قيادة الأمن الداخلي في محافظة السويداء في بيان.",
        "ونفت وزارة الداخلية السورية، في بيان نقلته الوكالة العربية السورية للأنباء (سانا)، ما تداولته صفحات محلية عن إغلاق عناصرها طريق دمشق - السويداء أمام شاحنات الوقود والطحين الأسبوع الماضي، مؤكدةً أن الطريق «مفتوح أمام الحركة التجارية على مدار الساعة».",
        "في المقابل، أعلنت حركة رجال الكرامة أن مقاتليها استعادوا فجر اليوم السيطرة على تلة استراتيجية قرب بلدة ولغا وقتلوا أربعة من مسلحي العشائر كانوا يتمركزون فيها، وهو ما لم تؤكده أي جهة مستقلة.",
        "ومن المقرر أن تدخل قافلة مساعدات جديدة تابعة لمنظمة الهلال الأحمر العربي السوري إلى مدينة السويداء يوم الأحد المقبل، تضم مواد غذائية وطبية ومحروقات، بحسب ما أفاد به مصدر في المنظمة طلب عدم الكشف عن اسمه.",
        "وقال مصدر في وزارة الداخلية السورية لمراسلنا إن الوزارة قد تنشر وحدات من الأمن الداخلي على خطوط التماس في ريف السويداء الغربي إذا تجددت الاشتباكات خلال الأيام المقبلة، مستبعداً في الوقت نفسه «أي عملية عسكرية» في المحافظة.",
        "وتوعّد مجلس القبائل والعشائر السورية، في بيان اليوم، بـ«الرد بكل الوسائل» على أي استهداف جديد لأبناء العشائر في ريف السويداء، محمّلاً «مجموعات خارجة عن القانون» مسؤولية التصعيد.",
        "وتعيش السويداء حالة توتر منذ مواجهات تموز 2025 الدامية بين مسلحين من الدروز وعشائر بدوية وقوات حكومية، والتي أودت بحياة أكثر من ألف شخص وفق تقديرات حقوقية، فيما بات طريق دمشق - السويداء يوصف محلياً بـ«طريق الموت».",
    ],
    entities=[
        ("محافظة السويداء", "GPE", "As-Suwayda Governorate"),
        ("ساحة الكرامة", "FAC", "al-Karama Square (Suwayda)"),
        ("دمشق", "GPE", "Damascus"),
        ("السويداء", "GPE", "As-Suwayda"),
        ("ولغا", "GPE", "Walgha"),
        ("المزرعة", "GPE", "al-Mazraa (Suwayda)"),
        ("ريف السويداء الغربي", "LOC", "Western Suwayda countryside"),
        ("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights"),
        ("شهبا", "GPE", "Shahba"),
        ("السويداء 24", "ORG", "Suwayda 24"),
        ("الأمن الداخلي", "ORG", "Internal Security Forces (Syria)"),
        ("وزارة الداخلية السورية", "ORG", "Syrian Ministry of Interior"),
        ("الوكالة العربية السورية للأنباء", "ORG", "Syrian Arab News Agency (SANA)"),
        ("سانا", "ORG", "Syrian Arab News Agency (SANA)"),
        ("حركة رجال الكرامة", "ORG", "Men of Dignity movement"),
        ("الهلال الأحمر العربي السوري", "ORG", "Syrian Arab Red Crescent"),
        ("مجلس القبائل والعشائر السورية", "ORG", "Council of Syrian Tribes and Clans"),
        ("ريف السويداء", "LOC", "Suwayda countryside"),
        ("الدروز", "NORP", "Druze"),
    ],
    events=[
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2026-04-17", "day",
          A("مئات من أبناء محافظة السويداء", "Protesters (Suwayda)", "SYR", "protesters"), None, [KARAMA],
          None, None, "", OWN, "تظاهر مئات"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-04-15", "day",
          A("مسلحين من العشائر البدوية", TRIBAL, "SYR", "armed_group"),
          A("المسلحين المحليين", "Local Druze gunmen (Suwayda)", "SYR", "armed_group"), [WALGHA],
          3, None, "وقُتل 3 من المسلحين المحليين في محيط بلدة ولغا",
          S("المرصد السوري لحقوق الإنسان", "ngo", "Syrian Observatory for Human Rights"), "وقُتل 3 من المسلحين"),
        E("ASSAULT", ["Battles", "Armed clash"], "asserted", "2026-04-15", "day",
          A("مسلحين من العشائر البدوية", TRIBAL, "SYR", "armed_group"),
          A("المسلحين المحليين", "Local Druze gunmen (Suwayda)", "SYR", "armed_group"), [MAZRAA],
          None, 6, "وأصيب ٦ آخرون قرب بلدة المزرعة",
          S("المرصد السوري لحقوق الإنسان", "ngo", "Syrian Observatory for Human Rights"), "وقُتل 3 من المسلحين"),
        E("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"], "asserted", "2026-04-16", "day",
          A("مسلحون مجهولون", "Unidentified gunmen", None, "armed_group"),
          A("سائق حافلة ركاب وأربعة من ركابها", "Bus driver and passengers (Damascus-Suwayda road)", "SYR", "civilians"), [SHAHBA],
          None, None, "", S("السويداء 24", "media", "Suwayda 24"), "واختطف مسلحون مجهولون"),
        E("CONCEDE", None, "asserted", "2026-04-17", "day",
          A("الخاطفون", "Kidnappers (Damascus-Suwayda road)", None, "armed_group"),
          A("الركاب الأربعة والسائق", "Bus driver and passengers (Damascus-Suwayda road)", "SYR", "civilians"), [SHAHBA],
          None, None, "", S("قيادة الأمن الداخلي في محافظة السويداء", "official", "Internal Security Command, Suwayda"),
          "وأفرج الخاطفون"),
        E("COERCE", ["Strategic developments", "Other"], "denied", "2026-04-08", "week",
          A("وزارة الداخلية السورية", "Syrian Ministry of Interior", "SYR", "police"), None, [], None, None, "",
          S("وزارة الداخلية السورية", "official", "Syrian Ministry of Interior (via SANA)"), "ونفت وزارة الداخلية السورية"),
        E("ASSAULT", ["Battles", "Non-state actor overtakes territory"], "claimed", "2026-04-17", "day",
          A("حركة رجال الكرامة", "Men of Dignity movement", "SYR", "armed_group"),
          A("مسلحي العشائر", TRIBAL, "SYR", "armed_group"), [WALGHA], 4, None, "قتلوا أربعة من مسلحي العشائر",
          S("حركة رجال الكرامة", "perpetrator_claim", "Men of Dignity movement"), "أعلنت حركة رجال الكرامة"),
        E("AID", None, "planned", "2026-04-19", "day",
          A("الهلال الأحمر العربي السوري", "Syrian Arab Red Crescent", "SYR", "other"), None, [SUWAYDA], None, None, "",
          S("مصدر في المنظمة", "anonymous", "Syrian Arab Red Crescent source"), "أن تدخل قافلة مساعدات"),
        E("MOBILIZE", None, "hypothetical", "2026-04-17", "day",
          A("وحدات من الأمن الداخلي", "Internal Security Forces (Syria)", "SYR", "police"), None, [WCOUNTRY], None, None, "",
          S("مصدر في وزارة الداخلية السورية", "anonymous", "Syrian Ministry of Interior source"), "قد تنشر وحدات"),
        E("THREATEN", None, "asserted", "2026-04-17", "day",
          A("مجلس القبائل والعشائر السورية", "Council of Syrian Tribes and Clans", "SYR", "other"), None, [], None, None, "",
          S("مجلس القبائل والعشائر السورية", "official", "Council of Syrian Tribes and Clans"), "وتوعّد مجلس القبائل"),
    ],
    notes=("Published Fri 2026-04-17; page clock 16:02 (edited 18:35), later than the same-day acts reported («ظهر اليوم الجمعة» "
           "protest, «صباح اليوم» release, «فجر اليوم» claim). Dates: «ليل الأربعاء» -> Wed 04-15 (clashes); «مساء أمس الخميس» -> "
           "04-16 (kidnapping); «الأسبوع الماضي» -> Wed 04-08, week precision (the denied road closure); «يوم الأحد المقبل» -> Sun 04-19 "
           "(planned convoy); the hypothetical deployment takes the publication day. P1: peaceful protest, no attribution -> outlet_own; "
           "«مطالبين», «مرددين» not coded. P2: one sentence, two places: 3 local gunmen killed near Walgha, ٦ injured near al-Mazraa; "
           "SOHR -> ngo; neither side is said to have started the clash, actor1 is the tribal gunmen named after «مع». "
           "P3: abduction near Shahba on the Damascus road; Suwayda 24 speaking for itself -> media. P4: release after mediation by "
           "notables -> CONCEDE by the kidnappers (the mediation is part of the same act, not a separate event). P5: chain via SANA -> "
           "the ministry, official; denied road closure -> COERCE / Strategic developments: Other, no place (a road is not an entity). "
           "P6: Men of Dignity claim, unconfirmed -> claimed Non-state actor overtakes territory, 4 killed (number word). "
           "P7: planned SARC convoy (the name sits behind «لمنظمة», not a fused article). P8: «قد تنشر ... إذا» -> hypothetical MOBILIZE. "
           "P9: tribal council's threat, no place; «محمّلاً» not coded. P10: background (July 2025 toll) not coded. "
           "Walgha and al-Mazraa coordinates are approximate (from memory)."),
)

# ---------------------------------------------------------------- 007  (published Mon 2024-11-18)  South Hebron hills, Masafer Yatta
T007 = "مسافر يطا: هجوم للمستوطنين وهدم منشآت واعتقالات والخارجية الفلسطينية تدين"
MUFAQARA = L("خربة المفقرة", "al-Mufaqara", "PS", "West Bank", "city", 31.40, 35.17)
TUWANI = L("التواني", "at-Tuwani", "PS", "West Bank", "city", 31.41, 35.15)
SUSIYA = L("سوسيا", "Susiya", "PS", "West Bank", "city", 31.39, 35.11)
YATTA = L("يطا", "Yatta", "PS", "West Bank", "city", 31.45, 35.09)
MAON = L("مستوطنة ماعون", "Ma'on settlement", "PS", "West Bank", "city", 31.41, 35.16)
MASAFER = L("مسافر يطا", "Masafer Yatta", "PS", "West Bank", "region", 31.38, 35.15)
JINBA = L("جنبة", "Jinba", "PS", "West Bank", "city", 31.36, 35.17)
SETTLERS = A("عشرات المستوطنين", "Israeli settlers", "ISR", "civilians")
CIVADM = "Israeli Civil Administration"
A007 = dict(
    id="007_news_item", format="html", published="2024-11-18", title=T007,
    html=dict(
        site="شبكة جنوب الخليل",
        nav=["الرئيسية", "فلسطين", "القدس", "الضفة", "أسرى", "رأي"],
        kicker="الضفة الغربية",
        byline="الخليل - مكتب الجنوب",
        datetime="2024-11-18T20:15",
        time="الاثنين 18 تشرين الثاني 2024 – 20:15 بتوقيت القدس",
        img="/files/2024/11/masafer-yatta.jpg",
        caption="مساكن في أحد تجمعات مسافر يطا جنوبي الخليل (أرشيف)",
        share=["شارك:", "فيسبوك", "واتساب", "إكس"],
        tags=["الوسوم:", "مسافر يطا", "الاستيطان", "الخليل"],
        related=["الأكثر قراءة", "موسم قطف الزيتون يتراجع في جنوب الخليل", "ارتفاع أسعار الأعلاف يثقل كاهل مربي المواشي"],
        footer=["من نحن", "سياسة الخصوصية", "حمّل التطبيق", "جميع الحقوق محفوظة © شبكة جنوب الخليل 2024"],
    ),
    paras=[
        "أصيب 4 مواطنين بجروح ورضوض في تجمع خربة المفقرة وشابان في قرية التواني، مساء أمس الأحد، في هجوم شنّه عشرات المستوطنين على تجمعات في مسافر يطا جنوبي الخليل، رشقوا خلاله المنازل بالحجارة وأحرقوا مركبة وحظيرة أغنام، وفق ما أفادت به جمعية الهلال الأحمر الفلسطيني.",
        "وهدمت جرافات الإدارة المدنية الإسرائيلية، صباح اليوم، منزلين في قرية التواني وبئر مياه وغرفة زراعية في قرية سوسيا بذريعة البناء دون ترخيص في المنطقة المصنفة «ج»، بحسب ما أفاد به منسق لجان الحماية والصمود في مسافر يطا.",
        "واعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم، ثلاثة شبان من بلدة يطا بعد دهم منازلهم وتفتيشها، وفق ما نقلته وكالة الأنباء والمعلومات الفلسطينية (وفا) عن نادي الأسير الفلسطيني.",
        "ودانت وزارة الخارجية والمغتربين الفلسطينية، في بيان اليوم، ما وصفته بـ«تصاعد إرهاب المستوطنين» في مسافر يطا، محمّلةً الحكومة الإسرائيلية المسؤولية المباشرة عن الاعتداءات، ومطالبةً المجتمع الدولي بفرض عقوبات على المستوطنين.",
        "ونفى الجيش الإسرائيلي، في رد على استفسار لصحيفة «هآرتس»، أن يكون جنوده قد شاركوا في هجوم المستوطنين على خربة المفقرة مساء أمس، مؤكداً أن قوة من الجيش «وصلت إلى المكان لتفريق المواجهات».",
        "من جهتها، زعمت «كتائب شهداء الأقصى» في بيان مقتضب أن مقاتليها فجّروا ليل السبت عبوة ناسفة بدورية للجيش الإسرائيلي قرب مستوطنة ماعون جنوب شرقي يطا وأصابوا ٣ من جنودها، من دون أن يؤكد الجيش الإسرائيلي وقوع أي هجوم في المنطقة.",
        "ومن المقرر أن يزور وفد من القناصل والدبلوماسيين الأوروبيين تجمعات مسافر يطا يوم الخميس المقبل «للتضامن مع السكان» والاطلاع على أوضاع العائلات المهددة بالترحيل، بحسب ما أعلنته هيئة مقاومة الجدار والاستيطان.",
        "وقال مسؤول في الهيئة لمراسلنا إن الإدارة المدنية الإسرائيلية قد تهدم مدرسة تجمع جنبة إذا لم تقبل المحكمة الإسرائيلية الالتماس الذي قدّمه الأهالي لتجميد أمر الهدم، مرجّحاً صدور القرار «خلال أيام».",
        "ويقطن تجمعات مسافر يطا التسعة عشر أكثر من ألف نسمة، وتسعى السلطات الإسرائيلية منذ ثمانينيات القرن الماضي إلى ترحيلهم بعد إعلان المنطقة «منطقة إطلاق نار» لأغراض التدريب العسكري، فيما وثّقت الأمم المتحدة أكثر من 1400 اعتداء للمستوطنين في الضفة الغربية منذ مطلع العام.",
    ],
    entities=[
        ("خربة المفقرة", "GPE", "al-Mufaqara"),
        ("التواني", "GPE", "at-Tuwani"),
        ("مسافر يطا", "GPE", "Masafer Yatta"),
        ("الخليل", "GPE", "Hebron"),
        ("جمعية الهلال الأحمر الفلسطيني", "ORG", "Palestine Red Crescent Society"),
        ("الإدارة المدنية الإسرائيلية", "ORG", CIVADM),
        ("سوسيا", "GPE", "Susiya"),
        ("لجان الحماية والصمود", "ORG", "Protection and Sumud Committees (Masafer Yatta)"),
        ("يطا", "GPE", "Yatta"),
        ("وكالة الأنباء والمعلومات الفلسطينية", "ORG", "Palestinian News and Information Agency (WAFA)"),
        ("وفا", "ORG", "Palestinian News and Information Agency (WAFA)"),
        ("نادي الأسير الفلسطيني", "ORG", "Palestinian Prisoners' Society"),
        ("وزارة الخارجية والمغتربين الفلسطينية", "ORG", "Palestinian Ministry of Foreign Affairs and Expatriates"),
        ("الجيش الإسرائيلي", "ORG", "Israeli military"),
        ("هآرتس", "ORG", "Haaretz"),
        ("كتائب شهداء الأقصى", "ORG", "Al-Aqsa Martyrs' Brigades"),
        ("مستوطنة ماعون", "GPE", "Ma'on settlement"),
        ("هيئة مقاومة الجدار والاستيطان", "ORG", "Colonization and Wall Resistance Commission"),
        ("جنبة", "GPE", "Jinba"),
        ("الأمم المتحدة", "ORG", "United Nations"),
        ("الضفة الغربية", "GPE", "West Bank"),
    ],
    events=[
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2024-11-17", "day",
          SETTLERS, A("4 مواطنين", "Palestinian civilians", "PSE", "civilians"), [MUFAQARA],
          None, 4, "أصيب 4 مواطنين بجروح ورضوض في تجمع خربة المفقرة",
          S("جمعية الهلال الأحمر الفلسطيني", "ngo", "Palestine Red Crescent Society"), "أصيب 4 مواطنين"),
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2024-11-17", "day",
          SETTLERS, A("شابان", "Palestinian civilians", "PSE", "civilians"), [TUWANI],
          None, 2, "وشابان في قرية التواني",
          S("جمعية الهلال الأحمر الفلسطيني", "ngo", "Palestine Red Crescent Society"), "أصيب 4 مواطنين"),
        E("COERCE", ["Strategic developments", "Looting/property destruction"], "asserted", "2024-11-18", "day",
          A("جرافات الإدارة المدنية الإسرائيلية", CIVADM, "ISR", "government"), None, [TUWANI], None, None, "",
          S("منسق لجان الحماية والصمود في مسافر يطا", "ngo", "Protection and Sumud Committees coordinator"), "وهدمت جرافات"),
        E("COERCE", ["Strategic developments", "Looting/property destruction"], "asserted", "2024-11-18", "day",
          A("جرافات الإدارة المدنية الإسرائيلية", CIVADM, "ISR", "government"), None, [SUSIYA], None, None, "",
          S("منسق لجان الحماية والصمود في مسافر يطا", "ngo", "Protection and Sumud Committees coordinator"), "وهدمت جرافات"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2024-11-18", "day",
          A("قوات الاحتلال الإسرائيلي", "Israeli military", "ISR", "military"),
          A("ثلاثة شبان", "Palestinian civilians", "PSE", "civilians"), [YATTA], None, None, "",
          S("نادي الأسير الفلسطيني", "ngo", "Palestinian Prisoners' Society (via WAFA)"), "واعتقلت قوات الاحتلال"),
        E("ACCUSE", None, "asserted", "2024-11-18", "day",
          A("وزارة الخارجية والمغتربين الفلسطينية", "Palestinian Ministry of Foreign Affairs and Expatriates", "PSE", "government"),
          A("المستوطنين", "Israeli settlers", "ISR", "civilians"), [], None, None, "",
          S("وزارة الخارجية والمغتربين الفلسطينية", "official", "Palestinian Ministry of Foreign Affairs and Expatriates"),
          "ودانت وزارة الخارجية"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2024-11-17", "day",
          A("الجيش الإسرائيلي", "Israeli military", "ISR", "military"), None, [MUFAQARA], None, None, "",
          S("الجيش الإسرائيلي", "official", "Israeli military"), "ونفى الجيش الإسرائيلي"),
        E("ASSAULT", ["Explosions/Remote violence", "Remote explosive/landmine/IED"], "claimed", "2024-11-16", "day",
          A("كتائب شهداء الأقصى", "Al-Aqsa Martyrs' Brigades", "PSE", "armed_group"),
          A("دورية للجيش الإسرائيلي", "Israeli military", "ISR", "military"), [MAON], None, 3, "أصابوا ٣ من جنودها",
          S("كتائب شهداء الأقصى", "perpetrator_claim", "Al-Aqsa Martyrs' Brigades"), "زعمت «كتائب شهداء الأقصى»"),
        E("CONSULT", None, "planned", "2024-11-21", "day",
          A("وفد من القناصل والدبلوماسيين الأوروبيين", "European consuls and diplomats", None, "government"), None, [MASAFER],
          None, None, "", S("هيئة مقاومة الجدار والاستيطان", "official", "Colonization and Wall Resistance Commission"),
          "ومن المقرر أن يزور وفد"),
        E("COERCE", ["Strategic developments", "Looting/property destruction"], "hypothetical", "2024-11-18", "day",
          A("الإدارة المدنية الإسرائيلية", CIVADM, "ISR", "government"), None, [JINBA], None, None, "",
          S("مسؤول في الهيئة", "anonymous", "Colonization and Wall Resistance Commission official"), "قد تهدم مدرسة"),
    ],
    notes=("Published Mon 2024-11-18; page clock 20:15 Jerusalem time, later than the same-day acts reported («صباح اليوم» "
           "demolitions, «فجر اليوم» arrests). Dates: «مساء أمس الأحد» / «مساء أمس» -> Sun 11-17 (settler attack; the denied army part "
           "in it); «ليل السبت» -> Sat 11-16 (claimed IED); «يوم الخميس المقبل» -> Thu 11-21 (planned diplomats' solidarity visit); the "
           "hypothetical demolition takes the publication day. P1: one sentence, two places: 4 injured in al-Mufaqara, two (dual) in "
           "at-Tuwani; a settler mob attack -> Riots / Mob violence as ACLED codes settler violence; settlers' role is coded "
           "«civilians» (no rioter role exists), country ISR; the burnt car and barn are part of the same attack. P2: one sentence, "
           "two places: demolitions in at-Tuwani and Susiya ordered by the Civil Administration -> COERCE / Looting/property "
           "destruction; source the Protection and Sumud Committees coordinator -> ngo. P3: chain «وفق ما نقلته وكالة ... (وفا) عن "
           "نادي الأسير الفلسطيني» -> ngo. P4: condemnation -> ACCUSE with actor2 the settlers; «محمّلةً», «ومطالبةً» not coded. "
           "P5: the army denies its soldiers took part in the attack -> denied ASSAULT (Violence against civilians / Attack), "
           "dated by the attack; the army speaking through a newspaper's query is still the army (official). P6: Al-Aqsa Martyrs' "
           "Brigades claim, explicitly unconfirmed -> claimed IED, ٣ injured. P8: «قد تهدم ... إذا» -> hypothetical COERCE, "
           "anonymous official. P9: background and aggregates (population, 1400 settler attacks this year) not coded. "
           "Hamlet coordinates are approximate (from memory and search 9: 14-24 km south of Hebron)."),
)

# ---------------------------------------------------------------- 008  (published Wed 2025-12-03)  Mauritania-Mali border
T008 = "الحوض الشرقي: مقتل سبعة رعاة في توغل عبر الحدود ونواكشوط تستدعي سفير مالي"
FASSALA = L("فصالة", "Fassala", "MR", "Hodh Ech Chargui", "city", 15.54, -5.52)
BASSIK = L("باسكنو", "Bassikounou", "MR", "Hodh Ech Chargui", "city", 15.87, -5.96)
NKC = L("نواكشوط", "Nouakchott", "MR", "Nouakchott", "city", 18.08, -15.98)
MBERA = L("مخيم امبره", "Mbera refugee camp", "MR", "Hodh Ech Chargui", "city", 15.75, -5.80)
LERE = L("ليري", "Léré", "ML", "Timbuktu", "city", 15.72, -4.91)
NEMA = L("النعمة", "Néma", "MR", "Hodh Ech Chargui", "city", 16.62, -7.26)
GUNMEN = A("مسلحين يرتدون زياً عسكرياً", "Unidentified uniformed gunmen from Mali", None, "armed_group")
MRTGOV = "Government of Mauritania"
A008 = dict(
    id="008_news_item", format="text", published="2025-12-03", title=T008,
    head=[T008, "03 دجمبر 2025 • 18:40 • الأربعاء", "النعمة - مكتب الشرق",
          "قطيع ماشية قرب الحدود الموريتانية المالية (أرشيف)",
          "مشاركة الخبر: واتساب / فيسبوك / إكس"],
    foot=["اقرأ أيضاً: تراجع أسعار الأعلاف في أسواق النعمة مع بداية الموسم البارد",
          "كلمات مفتاحية: فصالة، امبره، مالي، الحدود",
          "تابعوا «صدى الشرق» على يوتيوب وتيك توك",
          "جميع الحقوق محفوظة لموقع صدى الشرق 2025"],
    paras=[
        "قُتل ٥ رعاة موريتانيين قرب بلدة فصالة واثنان آخران في محيط مقاطعة باسكنو بولاية الحوض الشرقي، ليل الاثنين، برصاص مسلحين يرتدون زياً عسكرياً قدموا من الأراضي المالية على متن دراجات نارية واستولوا على عشرات رؤوس الماشية، وفق ما أفاد به شهود عيان من المنطقة لمراسلنا.",
        "واستدعت وزارة الشؤون الخارجية والتعاون والموريتانيين في الخارج، أمس الثلاثاء، سفير مالي إلى مقرها في نواكشوط وأبلغته «احتجاج موريتانيا الشديد» على الحادث، مطالبةً بفتح تحقيق عاجل ومحاسبة المسؤولين، بحسب ما أوردته الوكالة الموريتانية للأنباء.",
        "في المقابل، نفى الجيش المالي، في بيان بثّه التلفزيون الرسمي مساء أمس، أن تكون وحداته قد نفذت أي عملية قرب فصالة ليل الاثنين، مؤكداً أن قواته «تحترم حرمة حدود دول الجوار».",
        "ووصل أكثر من 900 لاجئ فرّوا من مالي إلى مخيم امبره قرب باسكنو خلال الأيام الثلاثة الماضية، حيث وزّعت المفوضية السامية للأمم المتحدة لشؤون اللاجئين، صباح اليوم، خياماً ومواد غذائية على الواصلين الجدد، وفق ما أعلنته المفوضية في بيان.",
        "من جهة أخرى، زعمت جماعة نصرة الإسلام والمسلمين، في بيان نشرته مؤسسة «الزلاقة» التابعة لها، أن مقاتليها هاجموا صباح أمس دورية للجيش المالي قرب بلدة ليري القريبة من الحدود الموريتانية وقتلوا 6 من عناصرها، ولم يصدر أي تعليق رسمي من باماكو على ذلك.",
        "ومن المقرر أن تعقد اللجنة الموريتانية المالية المشتركة اجتماعاً استثنائياً في مدينة النعمة يوم الأحد المقبل لبحث تأمين الشريط الحدودي وتعويض أسر الضحايا، بحسب ما أفاد به مصدر دبلوماسي موريتاني.",
        "وقرّرت السلطات الموريتانية، صباح اليوم، تعليق عبور الشاحنات التجارية القادمة من مالي عبر نقطة فصالة الحدودية حتى إشعار آخر، بحسب ما أعلنه والي الحوض الشرقي في تصريح صحافي.",
        "وأقام الجيش الموريتاني، أمس الثلاثاء، نقطة مراقبة عسكرية جديدة قرب باسكنو لتأمين المراعي المحاذية للحدود، وفق ما نقلته وكالة «الأخبار» المستقلة عن مصدر عسكري.",
        "وقال مصدر في وزارة الخارجية الموريتانية إن نواكشوط قد تتقدم بشكوى رسمية إلى مجلس السلم والأمن الأفريقي إذا لم تتلقَّ رداً من باماكو على طلب التحقيق خلال أسبوع، مستبعداً في الوقت نفسه «أي تصعيد عسكري».",
        "ويستضيف مخيم امبره أكثر من مئة ألف لاجئ من مالي، فيما تكررت خلال العامين الماضيين حوادث مقتل رعاة موريتانيين على الشريط الحدودي أودت بحياة أكثر من 30 شخصاً، بحسب تقديرات محلية.",
    ],
    entities=[
        ("فصالة", "GPE", "Fassala"),
        ("باسكنو", "GPE", "Bassikounou"),
        ("ولاية الحوض الشرقي", "GPE", "Hodh Ech Chargui region"),
        ("وزارة الشؤون الخارجية والتعاون والموريتانيين في الخارج", "ORG", "Mauritanian Ministry of Foreign Affairs"),
        ("مالي", "GPE", "Mali"),
        ("نواكشوط", "GPE", "Nouakchott"),
        ("موريتانيا", "GPE", "Mauritania"),
        ("الوكالة الموريتانية للأنباء", "ORG", "Mauritanian News Agency (AMI)"),
        ("الجيش المالي", "ORG", "Malian Armed Forces"),
        ("مخيم امبره", "GPE", "Mbera refugee camp"),
        ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG", "UNHCR"),
        ("جماعة نصرة الإسلام والمسلمين", "ORG", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
        ("الزلاقة", "ORG", "az-Zallaqa media foundation"),
        ("ليري", "GPE", "Léré"),
        ("باماكو", "GPE", "Bamako"),
        ("النعمة", "GPE", "Néma"),
        ("الحوض الشرقي", "GPE", "Hodh Ech Chargui region"),
        ("الجيش الموريتاني", "ORG", "Mauritanian Armed Forces"),
        ("الأخبار", "ORG", "Alakhbar news agency"),
        ("وزارة الخارجية الموريتانية", "ORG", "Mauritanian Ministry of Foreign Affairs"),
        ("مجلس السلم والأمن الأفريقي", "ORG", "African Union Peace and Security Council"),
    ],
    events=[
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2025-12-01", "day",
          GUNMEN, A("٥ رعاة موريتانيين", "Mauritanian herders", "MRT", "civilians"), [FASSALA],
          5, None, "قُتل ٥ رعاة موريتانيين قرب بلدة فصالة",
          S("شهود عيان من المنطقة", "witness", "Local eyewitnesses"), "قُتل ٥ رعاة"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2025-12-01", "day",
          GUNMEN, A("اثنان آخران", "Mauritanian herders", "MRT", "civilians"), [BASSIK],
          2, None, "واثنان آخران في محيط مقاطعة باسكنو",
          S("شهود عيان من المنطقة", "witness", "Local eyewitnesses"), "قُتل ٥ رعاة"),
        E("ACCUSE", None, "asserted", "2025-12-02", "day",
          A("وزارة الشؤون الخارجية والتعاون والموريتانيين في الخارج", "Mauritanian Ministry of Foreign Affairs", "MRT", "government"),
          A("سفير مالي", "Ambassador of Mali to Mauritania", "MLI", "government"), [NKC], None, None, "",
          S("الوكالة الموريتانية للأنباء", "wire", "Mauritanian News Agency (AMI)"), "واستدعت وزارة"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2025-12-01", "day",
          A("الجيش المالي", "Malian Armed Forces", "MLI", "military"), None, [FASSALA], None, None, "",
          S("الجيش المالي", "official", "Malian Armed Forces"), "نفى الجيش المالي"),
        E("AID", None, "asserted", "2025-12-03", "day",
          A("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "UNHCR", None, "igo"),
          A("الواصلين الجدد", "Malian refugees", "MLI", "civilians"), [MBERA], None, None, "",
          S("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "official", "UNHCR"), "ووصل أكثر من 900 لاجئ"),
        E("ASSAULT", ["Battles", "Armed clash"], "claimed", "2025-12-02", "day",
          A("جماعة نصرة الإسلام والمسلمين", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "MLI", "armed_group"),
          A("دورية للجيش المالي", "Malian Armed Forces", "MLI", "military"), [LERE], 6, None, "وقتلوا 6 من عناصرها",
          S("جماعة نصرة الإسلام والمسلمين", "perpetrator_claim", "JNIM"), "زعمت جماعة نصرة"),
        E("CONSULT", None, "planned", "2025-12-07", "day",
          A("اللجنة الموريتانية المالية المشتركة", "Mauritania-Mali joint commission", "MRT", "government"), None, [NEMA],
          None, None, "", S("مصدر دبلوماسي موريتاني", "anonymous", "Mauritanian diplomatic source"), "أن تعقد اللجنة"),
        E("SANCTION", None, "asserted", "2025-12-03", "day",
          A("السلطات الموريتانية", MRTGOV, "MRT", "government"), A("مالي", "Government of Mali", "MLI", "government"), [FASSALA],
          None, None, "", S("والي الحوض الشرقي", "official", "Governor (wali) of Hodh Ech Chargui"), "وقرّرت السلطات الموريتانية"),
        E("MOBILIZE", ["Strategic developments", "Headquarters or base established"], "asserted", "2025-12-02", "day",
          A("الجيش الموريتاني", "Mauritanian Armed Forces", "MRT", "military"), None, [BASSIK], None, None, "",
          S("مصدر عسكري", "anonymous", "Mauritanian military source (via Alakhbar)"), "وأقام الجيش الموريتاني"),
        E("ACCUSE", None, "hypothetical", "2025-12-03", "day",
          A("نواكشوط", MRTGOV, "MRT", "government"), A("باماكو", "Government of Mali", "MLI", "government"), [], None, None, "",
          S("مصدر في وزارة الخارجية الموريتانية", "anonymous", "Mauritanian Ministry of Foreign Affairs source"), "قد تتقدم بشكوى"),
    ],
    notes=("Published Wed 2025-12-03; page clock 18:40 (Mauritania is on GMT), later than the same-day acts reported («صباح اليوم» "
           "aid distribution and trade suspension). The date line uses the Mauritanian month name «دجمبر» and puts the weekday last. "
           "Dates: «ليل الاثنين» -> Mon 12-01 (herders killed; the denied Malian operation); «أمس الثلاثاء» / «صباح أمس» / «مساء أمس» "
           "-> 12-02 (summons, claimed JNIM attack, new army post; the denial itself was broadcast then); «يوم الأحد المقبل» -> Sun 12-07 "
           "(planned joint commission meeting); the hypothetical complaint takes the publication day. P1: one sentence, two places: "
           "٥ herders killed near Fassala, two near Bassikounou; attackers «مسلحين يرتدون زياً عسكرياً» with no nationality stated "
           "-> country null; the livestock seized is part of the same attack; witnesses -> witness (not outlet_own despite «لمراسلنا»). "
           "P2: summoning the ambassador to protest -> ACCUSE, placed in Nouakchott because the venue (the ministry's seat) is named; "
           "AMI reporting it -> wire; «مطالبةً» not coded. P3: the Malian army denies an operation near Fassala -> denied ASSAULT dated "
           "by the alleged night. P4: the refugees' arrival is not an event; UNHCR's distribution is AID. P5: JNIM claim via az-Zallaqa, "
           "«ولم يصدر أي تعليق» -> claimed Armed clash, 6 soldiers killed. P6: the joint commission is a descriptive phrase, not an entity. "
           "P7: suspending trade across the border -> SANCTION, actor2 Mali. P8: chain «وفق ما نقلته وكالة «الأخبار» المستقلة عن مصدر "
           "عسكري» -> anonymous; a new army post -> MOBILIZE / Headquarters or base established. P9: «قد تتقدم ... إذا» -> hypothetical "
           "ACCUSE. P10: background and aggregates not coded. Coordinates of Fassala, Mbera and Léré are approximate (search 7: Mbera "
           "lies about 50 km from the border and 18-20 km from Bassikounou)."),
)
