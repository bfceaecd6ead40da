"""heldout22 article specs 001-004 (invented events; real places, institutions and armed groups; no public figure named)."""
from build_lib import A, L, S, OWN, E

# ---------------------------------------------------------------- 001  (published Sun 2025-03-16)  Tunisia, Manouba
T001 = "تمرّد في سجن المرناقية يوقع 12 جريحاً ووزارة العدل تستجيب لمطالب النزلاء"
MORN = L("سجن المرناقية", "Mornaguia civil prison", "TN", "Manouba", "facility", 36.76, 9.98)
BORJ = L("سجن برج العامري", "Borj El Amri civil prison", "TN", "Manouba", "facility", 36.71, 9.88)
GUARDS = "Tunisian prison guards"
A001 = dict(
    id="001_news_item", format="text", published="2025-03-16", title=T001,
    head=[T001, "2025-03-16T19:40:00+01:00", "منوبة - مكتب تونس الكبرى",
          "البوابة الرئيسية لسجن المرناقية غربي العاصمة (أرشيف)",
          "انشر الخبر: فيسبوك ◦ إكس ◦ واتساب"],
    foot=["اقرأ أيضاً: ارتفاع أسعار الخضر في أسواق الجملة مع منتصف رمضان",
          "الكلمات المفاتيح: المرناقية، السجون، منوبة",
          "حمّلوا تطبيق «منبر منوبة» على هواتفكم",
          "© منبر منوبة 2025 - جميع الحقوق محفوظة"],
    paras=[
        "أصيب 9 من أعوان السجون و٣ نزلاء بجروح ورضوض، ليل السبت، خلال أعمال شغب اندلعت في جناحين من سجن المرناقية بولاية منوبة، حين أضرم نزلاء النار في الأغطية والأفرشة وحطّموا أبواب الغرف احتجاجاً على رداءة وجبات الإفطار وتعليق الزيارات العائلية، وفق ما أعلنته الهيئة العامة للسجون والإصلاح في بيان.",
        "وامتد الاحتجاج، فجر اليوم الأحد، إلى سجن برج العامري المجاور حيث رفض نحو أربعين نزيلاً العودة إلى غرفهم وأعلنوا إضراباً عن الطعام، قبل أن ينهوا تحركهم بعد ساعات من التفاوض مع إدارة السجن، بحسب ما أفاد به مصدر نقابي لإذاعة «موزاييك أف أم».",
        "وفرّقت وحدات الأمن، ظهر اليوم، تجمّعاً لعشرات من عائلات النزلاء أمام البوابة الرئيسية لسجن المرناقية باستعمال الغاز المسيل للدموع، واعتقلت ثلاثة منهم بتهمة قطع الطريق، وفق ما أفاد به شهود عيان لمراسلنا.",
        "وقررت وزارة العدل، في بيان صدر عصر اليوم، رفع التعليق عن الزيارات العائلية في سجن المرناقية وتحسين وجبات الإفطار والسحور المقدمة للنزلاء بشكل فوري، استجابة لمطالب المحتجين.",
        "ونفت الهيئة العامة للسجون والإصلاح، في بيان ثانٍ، ما تداولته صفحات على مواقع التواصل الاجتماعي عن وفاة نزيل تحت الضرب على أيدي أعوان في سجن المرناقية ليل السبت، مؤكدة أن النزلاء المصابين «يتلقون العلاج في مستشفى شارل نيكول وحالتهم مستقرة».",
        "واتهمت الرابطة التونسية للدفاع عن حقوق الإنسان، في بيان اليوم، السلطات بالتسبب في «اكتظاظ خانق» داخل السجون وحرمان النزلاء من الرعاية الصحية، محمّلةً وزارة العدل مسؤولية ما جرى في المرناقية.",
        "وطالبت الهيئة الوطنية للوقاية من التعذيب، اليوم، وزارة العدل بالسماح لفريق من أعضائها بزيارة سجني المرناقية وبرج العامري «دون إعلام مسبق» للتثبت من ظروف احتجاز المصابين.",
        "ومن المقرر أن يزور وفد من لجنة الحقوق والحريات بمجلس نواب الشعب سجن المرناقية يوم الخميس المقبل للاطلاع على أوضاع النزلاء والاستماع إلى أعوان السجن، بحسب ما أعلنه رئيس اللجنة في تصريح لوكالة تونس إفريقيا للأنباء (وات).",
        "وقال مصدر نقابي إن أعوان السجون قد يدخلون في إضراب عن العمل في كامل الوحدات السجنية إذا لم توفّر الوزارة حماية كافية لهم، مرجّحاً أن تعقد النقابة اجتماعاً لتحديد موعده خلال أيام.",
        "ويُعدّ سجن المرناقية أكبر السجون التونسية إذ يؤوي أكثر من 6 آلاف نزيل في حين لا تتجاوز طاقة استيعابه نحو 4 آلاف، وقد شهد خلال السنوات الماضية إضرابات متكررة عن الطعام واحتجاجات على الاكتظاظ.",
    ],
    entities=[
        ("سجن المرناقية", "FAC", "Mornaguia civil prison"),
        ("ولاية منوبة", "GPE", "Manouba Governorate"),
        ("الهيئة العامة للسجون والإصلاح", "ORG", "General Committee of Prisons and Rehabilitation (Tunisia)"),
        ("سجن برج العامري", "FAC", "Borj El Amri civil prison"),
        ("موزاييك أف أم", "ORG", "Mosaique FM"),
        ("وزارة العدل", "ORG", "Tunisian Ministry of Justice"),
        ("مستشفى شارل نيكول", "FAC", "Charles Nicolle Hospital (Tunis)"),
        ("الرابطة التونسية للدفاع عن حقوق الإنسان", "ORG", "Tunisian League for Human Rights (LTDH)"),
        ("المرناقية", "GPE", "El Mornaguia"),
        ("الهيئة الوطنية للوقاية من التعذيب", "ORG", "National Authority for the Prevention of Torture (INPT)"),
        ("برج العامري", "GPE", "Borj El Amri"),
        ("لجنة الحقوق والحريات", "ORG", "Rights and Freedoms Committee (Tunisian parliament)"),
        ("مجلس نواب الشعب", "ORG", "Assembly of the Representatives of the People (Tunisia)"),
        ("وكالة تونس إفريقيا للأنباء", "ORG", "Tunis Afrique Presse (TAP)"),
        ("وات", "ORG", "Tunis Afrique Presse (TAP)"),
    ],
    events=[
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2025-03-15", "day",
          A("نزلاء", "Mornaguia prison inmates", "TUN", "protesters"), A("أعوان السجون", GUARDS, "TUN", "police"), [MORN],
          None, 12, "أصيب 9 من أعوان السجون و٣ نزلاء بجروح ورضوض",
          S("الهيئة العامة للسجون والإصلاح", "official", "General Committee of Prisons and Rehabilitation"), "أصيب 9 من أعوان السجون"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-03-16", "day",
          A("نحو أربعين نزيلاً", "Borj El Amri prison inmates", "TUN", "protesters"), None, [BORJ],
          None, None, "", S("مصدر نقابي", "anonymous", "Prison guards' union source (via Mosaique FM)"), "وامتد الاحتجاج"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2025-03-16", "day",
          A("عائلات النزلاء", "Inmates' families (Mornaguia)", "TUN", "protesters"),
          A("وحدات الأمن", "Tunisian security forces", "TUN", "police"), [MORN],
          None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "وفرّقت وحدات الأمن"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-03-16", "day",
          A("وحدات الأمن", "Tunisian security forces", "TUN", "police"),
          A("ثلاثة منهم", "Inmates' relatives (Mornaguia)", "TUN", "protesters"), [MORN],
          None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "وفرّقت وحدات الأمن"),
        E("CONCEDE", None, "asserted", "2025-03-16", "day",
          A("وزارة العدل", "Tunisian Ministry of Justice", "TUN", "government"),
          A("المحتجين", "Protesting inmates (Mornaguia)", "TUN", "protesters"), [],
          None, None, "", S("وزارة العدل", "official", "Tunisian Ministry of Justice"), "وقررت وزارة العدل"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "denied", "2025-03-15", "day",
          A("أعوان", GUARDS, "TUN", "police"), A("نزيل", "Mornaguia prison inmate", "TUN", "civilians"), [MORN],
          1, None, "وفاة نزيل",
          S("الهيئة العامة للسجون والإصلاح", "official", "General Committee of Prisons and Rehabilitation"), "ونفت الهيئة العامة"),
        E("ACCUSE", None, "asserted", "2025-03-16", "day",
          A("الرابطة التونسية للدفاع عن حقوق الإنسان", "Tunisian League for Human Rights (LTDH)", "TUN", "other"),
          A("السلطات", "Government of Tunisia", "TUN", "government"), [],
          None, None, "", S("الرابطة التونسية للدفاع عن حقوق الإنسان", "ngo", "LTDH"), "واتهمت الرابطة التونسية"),
        E("REQUEST", None, "asserted", "2025-03-16", "day",
          A("الهيئة الوطنية للوقاية من التعذيب", "National Authority for the Prevention of Torture (INPT)", "TUN", "other"),
          A("وزارة العدل", "Tunisian Ministry of Justice", "TUN", "government"), [],
          None, None, "", S("الهيئة الوطنية للوقاية من التعذيب", "official", "INPT"), "وطالبت الهيئة الوطنية"),
        E("CONSULT", None, "planned", "2025-03-20", "day",
          A("وفد من لجنة الحقوق والحريات بمجلس نواب الشعب", "Rights and Freedoms Committee (Tunisian parliament)", "TUN", "government"),
          None, [MORN], None, None, "",
          S("رئيس اللجنة", "official", "Chair of the Rights and Freedoms Committee (via TAP)"), "ومن المقرر أن يزور وفد"),
        E("PROTEST", ["Protests", "Peaceful protest"], "hypothetical", "2025-03-16", "day",
          A("أعوان السجون", GUARDS, "TUN", "protesters"), None, [], None, None, "",
          S("مصدر نقابي", "anonymous", "Prison guards' union source"), "قد يدخلون في إضراب"),
    ],
    notes=("Published Sun 2025-03-16 (16 Ramadan 1446); the date line is a bare ISO 8601 timestamp «2025-03-16T19:40:00+01:00», "
           "whose clock (19:40) is later than every same-day act («فجر اليوم الأحد», «ظهر اليوم», «عصر اليوم»). "
           "Dates: «ليل السبت» -> Sat 03-15 (riot; the denied beating); «فجر اليوم الأحد» / «ظهر اليوم» / «عصر اليوم» / «اليوم» -> 03-16; "
           "«يوم الخميس المقبل» -> Thu 03-20 (planned visit); the hypothetical strike has no date of its own and takes the publication day. "
           "P1: a prison riot (fires, doors broken) -> PROTEST, Riots / Violent demonstration; inmates as protesters, guards as police; "
           "«9 ... و٣ نزلاء» -> 12 injured; source the Prisons Committee (official). P2: refusal to return to cells and hunger strike at "
           "Borj El Amri, ended by negotiation -> Peaceful protest; «مصدر نقابي لإذاعة موزاييك» -> innermost speaker, anonymous. "
           "P3: one sentence, two kinds at one place: the families' gathering dispersed with tear gas (Protest with intervention) and the "
           "three arrests (Arrests); witnesses, although «لمراسلنا» follows. P4: the ministry lifts the visit ban and improves meals at once "
           "-> CONCEDE, asserted, no place (a decision, no venue). P5: the Prisons Committee denies a death under beating «ليل السبت» -> "
           "denied ASSAULT / Attack, dated by the alleged act, «وفاة نزيل» -> 1 fatality as the text words it. P6: LTDH accusation "
           "(ngo), no place; «محمّلةً» not coded. P7: INPT request to the ministry (a state body -> official), no place. "
           "P8: planned parliamentary visit to the prison; chain «في تصريح لوكالة تونس إفريقيا للأنباء» -> the chair, official. "
           "P9: «قد يدخلون في إضراب ... إذا» -> hypothetical PROTEST, no place; «مرجّحاً» not coded. P10: background (capacity, "
           "earlier hunger strikes) not coded. Coordinates approximate (from memory); Borj El Amri's prison confirmed by a search."),
)

# ---------------------------------------------------------------- 002  (published Tue 2025-08-12)  Algeria, Bejaia
T002 = "حرائق بجاية: توقيف خمسة مشتبهين بإضرام النار وغضب في بني كسيلة"
ADEKAR = L("أدكار", "Adekar", "DZ", "Bejaia", "city", 36.69, 4.67)
KHERRATA = L("خراطة", "Kherrata", "DZ", "Bejaia", "city", 36.49, 5.28)
KSILA = L("بني كسيلة", "Beni Ksila", "DZ", "Bejaia", "city", 36.88, 4.68)
BEJAIA = L("بجاية", "Bejaia", "DZ", "Bejaia", "city", 36.75, 5.06)
AICH = L("سيدي عيش", "Sidi Aich", "DZ", "Bejaia", "city", 36.61, 4.69)
TICHY = L("تيشي", "Tichy", "DZ", "Bejaia", "city", 36.67, 5.16)
GEND = A("مصالح الدرك الوطني", "Algerian National Gendarmerie", "DZA", "police")
A002 = dict(
    id="002_news_item", format="html", published="2025-08-12", title=T002,
    html=dict(
        site="صوت الصومام",
        nav=["الرئيسية", "الجزائر", "الولايات", "اقتصاد", "رياضة", "صور"],
        kicker="حرائق الغابات",
        byline="بجاية - مكتب الولاية",
        datetime="2025-08-12T17:05",
        time="mardi 12 août 2025 - 17:05",
        img="/media/2025/08/akfadou-fires.jpg",
        caption="ألسنة اللهب في غابة على مرتفعات الصومام (أرشيف)",
        share=["شارك:", "فيسبوك", "واتساب", "إكس"],
        tags=["وسوم:", "بجاية", "الحرائق", "الحماية المدنية"],
        related=["مواضيع ذات صلة", "موسم جني التين يتراجع في القرى الجبلية", "انطلاق امتحانات الدورة الاستدراكية في الجامعات"],
        footer=["من نحن", "اتصل بنا", "تطبيق «صوت الصومام» على أندرويد", "© 2025 صوت الصومام - جميع الحقوق محفوظة"],
    ),
    paras=[
        "أوقفت مصالح الدرك الوطني، أمس الاثنين، ثلاثة أشخاص يُشتبه في إضرامهم النار عمداً في غابة قرب بلدة أدكار، واثنين آخرين في بلدة خراطة، بعد أن رصدتهم كاميرات مراقبة الغابات، وفق ما أعلنته القيادة العامة للدرك الوطني في بيان.",
        "وفي بلدية بني كسيلة، هاجم عشرات من السكان الغاضبين، مساء أمس، مقر البلدية وأضرموا النار في سيارتين تابعتين لها احتجاجاً على ما وصفوه بتأخر وصول فرق الإطفاء إلى قراهم، بحسب ما أفاد به شهود عيان لمراسلنا.",
        "وتجمّع مئات من المتضررين، صباح اليوم الثلاثاء، أمام مقر الولاية وسط مدينة بجاية للمطالبة بتعويضات عاجلة عن المنازل والبساتين التي أتت عليها النيران، قبل أن يتفرقوا بهدوء، وفق ما أفاد به مراسلنا.",
        "ودفع الجيش الوطني الشعبي، فجر اليوم، بوحدات من الهندسة العسكرية وشاحنات إطفاء إلى دائرة سيدي عيش حيث لا تزال ثلاثة حرائق نشطة، بحسب ما أوردته وكالة الأنباء الجزائرية.",
        "ووزّع الهلال الأحمر الجزائري، أمس، مساعدات غذائية وأغطية وأدوية على نحو 300 عائلة فقدت منازلها في بلدية تيشي، وفق ما أعلنته اللجنة الولائية للهلال الأحمر في بجاية.",
        "واتهم وزير الداخلية، في تصريح للصحافة أدلى به في بجاية ظهر اليوم، حركة «الماك» الانفصالية بالوقوف وراء إشعال عدد من الحرائق «في إطار مخطط لزعزعة الاستقرار».",
        "ورفضت «الماك»، في بيان نشرته اليوم على صفحتها في فيسبوك، هذه الاتهامات ووصفتها بأنها «محاولة مكشوفة للتغطية على عجز السلطات عن حماية الغابات والقرى».",
        "ومن المقرر أن يعقد والي بجاية يوم الخميس المقبل اجتماعاً مع رؤساء البلديات المتضررة في مقر الولاية لضبط قوائم المستفيدين من التعويضات، بحسب ما أعلنته خلية الإعلام والاتصال بالولاية.",
        "وطالب التجمع من أجل الثقافة والديمقراطية، في بيان اليوم، الحكومة بإعلان بجاية «ولاية منكوبة» وإيفاد لجنة تحقيق مستقلة في أسباب تأخر تدخل طائرات الإطفاء.",
        "وأتت الحرائق منذ مطلع الشهر الجاري على أكثر من 2400 هكتار من الغابات في الولاية، وفق أرقام المديرية العامة للغابات، فيما لا تزال حرائق صيف 2021 التي خلّفت عشرات القتلى في منطقة القبائل حاضرة في ذاكرة السكان.",
    ],
    entities=[
        ("الدرك الوطني", "ORG", "Algerian National Gendarmerie"),
        ("أدكار", "GPE", "Adekar"),
        ("خراطة", "GPE", "Kherrata"),
        ("القيادة العامة للدرك الوطني", "ORG", "National Gendarmerie Command (Algeria)"),
        ("بني كسيلة", "GPE", "Beni Ksila"),
        ("بجاية", "GPE", "Bejaia"),
        ("الجيش الوطني الشعبي", "ORG", "People's National Army (Algeria)"),
        ("سيدي عيش", "GPE", "Sidi Aich"),
        ("وكالة الأنباء الجزائرية", "ORG", "Algeria Press Service (APS)"),
        ("الهلال الأحمر الجزائري", "ORG", "Algerian Red Crescent"),
        ("تيشي", "GPE", "Tichy"),
        ("الماك", "ORG", "Movement for the Self-Determination of Kabylie (MAK)"),
        ("فيسبوك", "ORG", "Facebook"),
        ("التجمع من أجل الثقافة والديمقراطية", "ORG", "Rally for Culture and Democracy (RCD)"),
        ("المديرية العامة للغابات", "ORG", "Directorate General of Forests (Algeria)"),
        ("منطقة القبائل", "LOC", "Kabylie"),
    ],
    events=[
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-08-11", "day",
          GEND, A("ثلاثة أشخاص يُشتبه في إضرامهم النار", "Arson suspects (Bejaia)", "DZA", "other"), [ADEKAR],
          None, None, "", S("القيادة العامة للدرك الوطني", "official", "National Gendarmerie Command"), "أوقفت مصالح الدرك"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2025-08-11", "day",
          GEND, A("اثنين آخرين", "Arson suspects (Bejaia)", "DZA", "other"), [KHERRATA],
          None, None, "", S("القيادة العامة للدرك الوطني", "official", "National Gendarmerie Command"), "أوقفت مصالح الدرك"),
        E("PROTEST", ["Riots", "Violent demonstration"], "asserted", "2025-08-11", "day",
          A("عشرات من السكان الغاضبين", "Rioters (Beni Ksila)", "DZA", "protesters"), None, [KSILA],
          None, None, "", S("شهود عيان", "witness", "Eyewitnesses"), "وفي بلدية بني كسيلة"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2025-08-12", "day",
          A("مئات من المتضررين", "Fire victims (Bejaia)", "DZA", "protesters"), None, [BEJAIA],
          None, None, "", OWN, "وتجمّع مئات من المتضررين"),
        E("MOBILIZE", None, "asserted", "2025-08-12", "day",
          A("الجيش الوطني الشعبي", "People's National Army (Algeria)", "DZA", "military"), None, [AICH],
          None, None, "", S("وكالة الأنباء الجزائرية", "wire", "Algeria Press Service (APS)"), "ودفع الجيش الوطني"),
        E("AID", None, "asserted", "2025-08-11", "day",
          A("الهلال الأحمر الجزائري", "Algerian Red Crescent", "DZA", "other"),
          A("نحو 300 عائلة", "Fire-affected families (Tichy)", "DZA", "civilians"), [TICHY],
          None, None, "", S("اللجنة الولائية للهلال الأحمر في بجاية", "ngo", "Algerian Red Crescent, Bejaia committee"),
          "ووزّع الهلال الأحمر"),
        E("ACCUSE", None, "asserted", "2025-08-12", "day",
          A("وزير الداخلية", "Algerian Minister of Interior", "DZA", "government"),
          A("الماك", "Movement for the Self-Determination of Kabylie (MAK)", "DZA", "political_party"), [BEJAIA],
          None, None, "", S("وزير الداخلية", "official", "Algerian Minister of Interior"), "واتهم وزير الداخلية"),
        E("REJECT", None, "asserted", "2025-08-12", "day",
          A("الماك", "Movement for the Self-Determination of Kabylie (MAK)", "DZA", "political_party"),
          A("السلطات", "Government of Algeria", "DZA", "government"), [],
          None, None, "", S("الماك", "official", "MAK"), "ورفضت «الماك»"),
        E("CONSULT", None, "planned", "2025-08-14", "day",
          A("والي بجاية", "Wali (governor) of Bejaia", "DZA", "government"),
          A("رؤساء البلديات المتضررة", "Mayors of fire-hit municipalities (Bejaia)", "DZA", "government"), [BEJAIA],
          None, None, "", S("خلية الإعلام والاتصال بالولاية", "official", "Bejaia wilaya communication cell"),
          "ومن المقرر أن يعقد والي"),
        E("REQUEST", None, "asserted", "2025-08-12", "day",
          A("التجمع من أجل الثقافة والديمقراطية", "Rally for Culture and Democracy (RCD)", "DZA", "political_party"),
          A("الحكومة", "Government of Algeria", "DZA", "government"), [],
          None, None, "", S("التجمع من أجل الثقافة والديمقراطية", "official", "RCD"), "وطالب التجمع"),
    ],
    notes=("Published Tue 2025-08-12; the `<time>` date line is in French («mardi 12 août 2025 - 17:05»), clock later than every "
           "same-day act («فجر اليوم», «صباح اليوم الثلاثاء», «ظهر اليوم»). Dates: «أمس الاثنين» / «مساء أمس» / «أمس» -> 08-11 (arrests, "
           "riot, Red Crescent aid); «اليوم» forms -> 08-12; «يوم الخميس المقبل» -> Thu 08-14 (planned meeting). "
           "The wildfires themselves are not events (no actor); only the arrests, protests, deployment, aid and statements are coded. "
           "P1: one sentence, two places: arson suspects arrested in Adekar (3) and Kherrata (2); the Gendarmerie Command's statement -> official. "
           "P2: residents attack the town hall and burn two municipal cars -> PROTEST, Riots / Violent demonstration; witnesses. "
           "P3: peaceful gathering at the wilaya seat in Bejaia city, «وفق ما أفاد به مراسلنا» -> outlet_own. "
           "P4: army engineering units and fire trucks sent to Sidi Aich -> MOBILIZE; APS speaking for itself -> wire. "
           "P5: Red Crescent aid in Tichy; its wilaya committee -> ngo. P6: the interior minister's accusation against the MAK, given "
           "«في بجاية» as the venue -> placed in Bejaia; MAK coded DZA political_party (a separatist movement, not an armed group in this text). "
           "P7: MAK rejects the accusation -> REJECT, no place. P8: planned meeting at the wilaya seat (venue) -> Bejaia. "
           "P9: RCD request to the government, no place. P10: background (burnt area, the 2021 fires) not coded. "
           "«الماك» is listed as the entity (the word «حركة» before the quote marks is generic). Coordinates approximate (from memory)."),
)

# ---------------------------------------------------------------- 003  (published Sun 2026-04-19)  Jordan, Karak
T003 = "مشاجرة جماعية في جامعة مؤتة تمتد إلى البلدة وفصل 12 طالباً"
MUTAH_U = L("جامعة مؤتة", "Mutah University", "JO", "Karak", "facility", 31.08, 35.71)
MUTAH = L("مؤتة", "Mutah", "JO", "Karak", "city", 31.10, 35.69)
KARAK = L("الكرك", "Al-Karak", "JO", "Karak", "city", 31.18, 35.70)
AMMAN = L("عمّان", "Amman", "JO", "Amman", "city", 31.95, 35.93)
DARAK = A("قوات الدرك", "Jordanian Gendarmerie Forces", "JOR", "police")
PSD = "Public Security Directorate (Jordan)"
A003 = dict(
    id="003_news_item", format="text", published="2026-04-19", title=T003,
    head=[T003, "الأحد 19/04/26 - 21:10", "الكرك - مكتب الجنوب",
          "مدخل جامعة مؤتة في محافظة الكرك (أرشيف)",
          "شارك: واتساب | فيسبوك | إكس | نسخ الرابط"],
    foot=["اقرأ أيضاً: انخفاض ملموس على درجات الحرارة منتصف الأسبوع",
          "الوسوم: الكرك، الجامعات، العنف الجامعي",
          "تابعونا على قناتنا في واتساب",
          "جميع الحقوق محفوظة © منبر الكرك الإخباري 2026"],
    paras=[
        "أصيب 14 طالباً، ظهر اليوم الأحد، في مشاجرة جماعية استُخدمت فيها الحجارة والأدوات الحادة بين طلبة ينتمون إلى عشيرتين داخل حرم جامعة مؤتة في محافظة الكرك، بحسب ما أفاد به مصدر طبي في مستشفى الكرك الحكومي الذي استقبل المصابين.",
        "وامتدت المواجهات، عصر اليوم، إلى بلدة مؤتة المحاذية للجامعة حيث أحرق شبان غاضبون ثلاث سيارات وواجهة محل تجاري دون وقوع إصابات، وفق ما أفاد به شهود عيان لمراسلنا.",
        "وأعلن الناطق الإعلامي باسم مديرية الأمن العام، في بيان مساء اليوم، أن قوات الدرك اعتقلت 9 طلاب داخل حرم جامعة مؤتة و5 شبان في بلدة مؤتة، وأحالتهم إلى المدعي العام للتحقيق معهم.",
        "وقرر مجلس العمداء في جامعة مؤتة، في جلسة طارئة عقدها مساء اليوم، فصل 12 طالباً ثبت تورطهم في المشاجرة فصلاً نهائياً وتعليق الدوام الوجاهي حتى نهاية الأسبوع.",
        "وتوصّل وجهاء من العشيرتين، في اجتماع عُقد في مبنى المحافظة بمدينة الكرك مساء اليوم، إلى «عطوة أمنية» مدتها ثلاثة أشهر تقضي بوقف أي أعمال انتقامية وتسليم المطلوبين إلى الأجهزة الأمنية، بحسب ما أفاد به مراسلنا.",
        "ونفت مديرية الأمن العام ما تداولته حسابات على مواقع التواصل الاجتماعي عن مداهمة رجال الدرك سكن الطالبات واعتقال عدد منهن في حرم جامعة مؤتة، مؤكدة أن جميع المعتقلين «من الذكور الذين ضُبطوا في موقع المشاجرة».",
        "وطالبت الحملة الوطنية من أجل حقوق الطلبة «ذبحتونا»، في بيان اليوم، وزارة التعليم العالي والبحث العلمي بمراجعة أسس القبول الاستثنائي وتفعيل الأنظمة التأديبية بحق «مثيري الشغب» في الجامعات الرسمية.",
        "ومن المقرر أن يلتقي وزير التعليم العالي رؤساء الجامعات الرسمية في مقر الوزارة في عمّان يوم الثلاثاء المقبل لبحث إجراءات الحد من العنف الجامعي، بحسب ما نقلته وكالة الأنباء الأردنية (بترا) عن مصدر في الوزارة.",
        "وأوضح مصدر أمني أن مديرية الأمن العام قد تنشر قوة دائمة من الدرك عند بوابات جامعة مؤتة إذا تجددت المواجهات بعد انتهاء العطوة، مستبعداً ذلك في ظل «التزام الوجهاء».",
        "وشهدت الجامعات الأردنية خلال العام الجامعي الماضي أكثر من 30 مشاجرة جماعية وفق تقديرات الحملة، فيما يعزو باحثون تكرارها إلى امتداد الخلافات العشائرية إلى داخل الحرم الجامعي.",
    ],
    entities=[
        ("جامعة مؤتة", "FAC", "Mutah University"),
        ("محافظة الكرك", "GPE", "Karak Governorate"),
        ("مستشفى الكرك الحكومي", "FAC", "Karak Governmental Hospital"),
        ("مؤتة", "GPE", "Mutah"),
        ("مديرية الأمن العام", "ORG", PSD),
        ("قوات الدرك", "ORG", "Jordanian Gendarmerie Forces"),
        ("الكرك", "GPE", "Al-Karak"),
        ("الحملة الوطنية من أجل حقوق الطلبة", "ORG", "National Campaign for Student Rights (Thabahtoona)"),
        ("ذبحتونا", "ORG", "National Campaign for Student Rights (Thabahtoona)"),
        ("وزارة التعليم العالي والبحث العلمي", "ORG", "Jordanian Ministry of Higher Education and Scientific Research"),
        ("عمّان", "GPE", "Amman"),
        ("وكالة الأنباء الأردنية", "ORG", "Jordan News Agency (Petra)"),
        ("بترا", "ORG", "Jordan News Agency (Petra)"),
    ],
    events=[
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2026-04-19", "day",
          A("طلبة ينتمون إلى عشيرتين", "Rival clan student groups (Mutah University)", "JOR", "civilians"), None, [MUTAH_U],
          None, 14, "أصيب 14 طالباً", S("مصدر طبي في مستشفى الكرك الحكومي", "anonymous", "Medical source, Karak Governmental Hospital"),
          "أصيب 14 طالباً"),
        E("ASSAULT", ["Riots", "Mob violence"], "asserted", "2026-04-19", "day",
          A("شبان غاضبون", "Rioters (Mutah)", "JOR", "civilians"), None, [MUTAH],
          0, 0, "دون وقوع إصابات", S("شهود عيان", "witness", "Eyewitnesses"), "وامتدت المواجهات"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-04-19", "day",
          DARAK, A("9 طلاب", "Mutah University students", "JOR", "civilians"), [MUTAH_U],
          None, None, "", S("الناطق الإعلامي باسم مديرية الأمن العام", "official", "PSD spokesman"), "وأعلن الناطق الإعلامي"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-04-19", "day",
          DARAK, A("5 شبان", "Youths of Mutah", "JOR", "civilians"), [MUTAH],
          None, None, "", S("الناطق الإعلامي باسم مديرية الأمن العام", "official", "PSD spokesman"), "وأعلن الناطق الإعلامي"),
        E("SANCTION", None, "asserted", "2026-04-19", "day",
          A("مجلس العمداء في جامعة مؤتة", "Mutah University Deans' Council", "JOR", "other"),
          A("12 طالباً", "Mutah University students", "JOR", "civilians"), [MUTAH_U],
          None, None, "", OWN, "وقرر مجلس العمداء"),
        E("AGREE", ["Strategic developments", "Agreement"], "asserted", "2026-04-19", "day",
          A("وجهاء من العشيرتين", "Elders of the two clans (Karak)", "JOR", "other"), None, [KARAK],
          None, None, "", OWN, "وتوصّل وجهاء"),
        E("COERCE", ["Strategic developments", "Arrests"], "denied", "2026-04-19", "day",
          A("رجال الدرك", "Jordanian Gendarmerie Forces", "JOR", "police"),
          A("عدد منهن", "Female students (Mutah University)", "JOR", "civilians"), [MUTAH_U],
          None, None, "", S("مديرية الأمن العام", "official", PSD), "ونفت مديرية الأمن العام"),
        E("REQUEST", None, "asserted", "2026-04-19", "day",
          A("الحملة الوطنية من أجل حقوق الطلبة", "National Campaign for Student Rights (Thabahtoona)", "JOR", "other"),
          A("وزارة التعليم العالي والبحث العلمي", "Jordanian Ministry of Higher Education and Scientific Research", "JOR", "government"), [],
          None, None, "", S("الحملة الوطنية من أجل حقوق الطلبة", "ngo", "Thabahtoona campaign"), "وطالبت الحملة الوطنية"),
        E("CONSULT", None, "planned", "2026-04-21", "day",
          A("وزير التعليم العالي", "Jordanian Minister of Higher Education", "JOR", "government"),
          A("رؤساء الجامعات الرسمية", "Presidents of Jordan's public universities", "JOR", "other"), [AMMAN],
          None, None, "", S("مصدر في الوزارة", "anonymous", "Ministry of Higher Education source (via Petra)"),
          "ومن المقرر أن يلتقي وزير"),
        E("MOBILIZE", None, "hypothetical", "2026-04-19", "day",
          A("مديرية الأمن العام", PSD, "JOR", "police"), None, [MUTAH_U],
          None, None, "", S("مصدر أمني", "anonymous", "Jordanian security source"), "قد تنشر قوة دائمة"),
    ],
    notes=("Published Sun 2026-04-19; the date line uses a two-digit year «الأحد 19/04/26 - 21:10» (day/month/yy); the clock is later "
           "than every same-day act («ظهر اليوم الأحد», «عصر اليوم», «مساء اليوم»). Every act is of the publication day except the planned "
           "ministerial meeting «يوم الثلاثاء المقبل» -> Tue 04-21; the hypothetical deployment takes the publication day; the denied raid on "
           "the women's dormitory has no time word of its own and is dated by the brawl it belongs to (today). "
           "P1: a brawl between two clans' students -> ASSAULT, Riots / Mob violence (no protest); actor2 left null because both sides are "
           "the same phrase; 14 injured, medical source anonymous. P2: arson of cars in Mutah town, explicit no casualties -> 0/0, witnesses. "
           "P3: one sentence, two places: arrests on campus (9) and in Mutah town (5); PSD spokesman -> official. P4: expulsion of 12 students "
           "-> SANCTION at the university (venue of the session), no attribution -> outlet_own. P5: a tribal «عطوة» -> AGREE / Agreement "
           "in Karak city (venue given), «بحسب ما أفاد به مراسلنا» -> outlet_own; actor2 null (the two clans are one phrase). P6: PSD denies "
           "a raid on the women's dormitory and arrests -> denied COERCE / Arrests. P7: Thabahtoona's request (ngo), no place. "
           "P8: planned meeting in Amman; «نقلته ... (بترا) عن مصدر في الوزارة» -> anonymous. P9: «قد تنشر ... إذا» -> hypothetical MOBILIZE "
           "at the university gates; «مستبعداً» not coded. P10: background aggregate (30 brawls) not coded. No clan is named. "
           "Coordinates approximate (from memory)."),
)

# ---------------------------------------------------------------- 004  (published Tue 2026-01-20)  Israel, Haifa District (Wadi Ara)
T004 = "مقتل شابين بإطلاق نار في أم الفحم وإضراب شامل في وادي عارة"
UMM = L("أم الفحم", "Umm al-Fahm", "IL", "Haifa District", "city", 32.52, 35.15)
QARA = L("كفر قرع", "Kafr Qara", "IL", "Haifa District", "city", 32.50, 35.05)
BAQA = L("باقة الغربية", "Baqa al-Gharbiyye", "IL", "Haifa District", "city", 32.42, 35.04)
ARA = L("وادي عارة", "Wadi Ara", "IL", "Haifa District", "region", 32.50, 35.10)
JLM = L("القدس", "Jerusalem", "IL", "Jerusalem District", "city", 31.78, 35.21)
A004 = dict(
    id="004_news_item", format="html", published="2026-01-20", title=T004,
    html=dict(
        site="نافذة المثلث",
        nav=["الرئيسية", "محلي", "الداخل", "فلسطين", "رياضة", "منوعات"],
        kicker="العنف والجريمة",
        byline="أم الفحم - مكتب المثلث الشمالي",
        datetime="2026-01-20T22:15",
        time="كانون الثاني 20، 2026 - 22:15",
        img="/uploads/2026/01/umm-el-fahem-strike.jpg",
        caption="مسيرة سابقة ضد العنف والجريمة في أم الفحم (أرشيف)",
        share=["مشاركة:", "فيسبوك", "واتساب", "تلغرام"],
        tags=["وسوم:", "أم الفحم", "الجريمة", "الإضراب"],
        related=["الأكثر قراءة", "افتتاح مركز صحي جديد في عرعرة", "منتخب الشباب يتأهل إلى نهائي الكأس"],
        footer=["من نحن", "سياسة الخصوصية", "حمّل تطبيق «نافذة المثلث»", "© 2026 نافذة المثلث. جميع الحقوق محفوظة"],
    ),
    paras=[
        "قُتل شابان وأصيب ثالث بجروح خطيرة، ليل الاثنين، جراء إطلاق نار استهدف سيارة كانوا يستقلونها عند مدخل حي سكني في مدينة أم الفحم، بحسب ما أفادت به نجمة داود الحمراء التي نقلت المصاب إلى مستشفى هعيمق في العفولة.",
        "وفي كفر قرع، أصيب رجل في الأربعينيات من عمره برصاص مسلحين ملثمين أطلقوا النار عليه أمام منزله صباح اليوم، فيما ألقى مجهولون، فجر اليوم، قنبلة يدوية على منزل في باقة الغربية دون وقوع إصابات، وفق ما أفاد به شهود عيان لمراسلنا.",
        "وأعلنت الشرطة الإسرائيلية، في بيان ظهر اليوم، اعتقال ثلاثة مشتبهين من سكان أم الفحم للتحقيق في جريمة القتل، مشيرة إلى أن خلفيتها «نزاع بين منظمتين إجراميتين».",
        "والتزم سكان بلدات وادي عارة، اليوم الثلاثاء، بالإضراب الشامل الذي دعت إليه لجنة المتابعة العليا لشؤون الجماهير العربية احتجاجاً على تفشي الجريمة، فأغلقت المدارس والمحال التجارية والمؤسسات العامة أبوابها.",
        "وتظاهر مئات من أهالي أم الفحم، عصر اليوم، أمام مركز الشرطة في المدينة قبل أن تفرقهم قوات الشرطة بقنابل الصوت والغاز المسيل للدموع، ما أدى إلى إصابة ٣ متظاهرين بحالات اختناق ورضوض، بحسب ما أعلنته لجنة الحريات المنبثقة عن لجنة المتابعة.",
        "واتهمت اللجنة القطرية لرؤساء السلطات المحلية العربية، في بيان اليوم، الحكومة والشرطة بـ«التقاعس المتعمد» عن ملاحقة منظمات الإجرام وجمع السلاح غير المرخّص من البلدات العربية.",
        "وتوعّد وزير الأمن القومي الإسرائيلي، في تصريح لإذاعة الجيش الإسرائيلي اليوم، بـ«ضرب منظمات الإجرام بيد من حديد»، مؤكداً أن وحدات خاصة ستنتشر «خلال الأيام المقبلة» في البلدات التي تشهد تصاعداً في جرائم القتل.",
        "ومن المقرر أن تنطلق قافلة سيارات احتجاجية من أم الفحم إلى القدس يوم الخميس المقبل، حيث ينظم رؤساء السلطات المحلية العربية وقفة احتجاجية أمام مقر الحكومة، بحسب ما أعلنته لجنة المتابعة في بيانها.",
        "وأعلنت الجبهة الديمقراطية للسلام والمساواة، في بيان اليوم، دعمها الكامل للخطوات الاحتجاجية التي أقرتها لجنة المتابعة، داعيةً إلى توسيعها لتشمل البلدات العربية في الجليل والنقب.",
        "وبحسب معطيات جمعية «مبادرات إبراهيم»، قُتل منذ مطلع العام الجاري 19 شخصاً من المواطنين العرب في جرائم إطلاق نار، بعد عام شهد مقتل أكثر من 200 شخص في المجتمع العربي.",
    ],
    entities=[
        ("أم الفحم", "GPE", "Umm al-Fahm"),
        ("نجمة داود الحمراء", "ORG", "Magen David Adom"),
        ("مستشفى هعيمق", "FAC", "HaEmek Medical Center"),
        ("العفولة", "GPE", "Afula"),
        ("كفر قرع", "GPE", "Kafr Qara"),
        ("باقة الغربية", "GPE", "Baqa al-Gharbiyye"),
        ("الشرطة الإسرائيلية", "ORG", "Israel Police"),
        ("وادي عارة", "LOC", "Wadi Ara"),
        ("لجنة المتابعة العليا لشؤون الجماهير العربية", "ORG", "High Follow-Up Committee for Arab Citizens of Israel"),
        ("لجنة الحريات", "ORG", "Freedoms Committee (High Follow-Up Committee)"),
        ("لجنة المتابعة", "ORG", "High Follow-Up Committee for Arab Citizens of Israel"),
        ("اللجنة القطرية لرؤساء السلطات المحلية العربية", "ORG", "National Committee of Arab Local Council Heads"),
        ("إذاعة الجيش الإسرائيلي", "ORG", "Army Radio (Galei Tzahal)"),
        ("القدس", "GPE", "Jerusalem"),
        ("الجبهة الديمقراطية للسلام والمساواة", "ORG", "Democratic Front for Peace and Equality (Hadash)"),
        ("الجليل", "LOC", "Galilee"),
        ("النقب", "LOC", "Negev"),
        ("مبادرات إبراهيم", "ORG", "The Abraham Initiatives"),
    ],
    events=[
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2026-01-19", "day",
          None, A("شابان", "Arab citizens of Israel (Umm al-Fahm)", "ISR", "civilians"), [UMM],
          2, 1, "قُتل شابان وأصيب ثالث بجروح خطيرة", S("نجمة داود الحمراء", "ngo", "Magen David Adom"), "قُتل شابان"),
        E("ASSAULT", ["Violence against civilians", "Attack"], "asserted", "2026-01-20", "day",
          A("مسلحين ملثمين", "Unidentified gunmen (criminal organisation)", "ISR", "armed_group"),
          A("رجل", "Arab citizen of Israel (Kafr Qara)", "ISR", "civilians"), [QARA],
          None, 1, "أصيب رجل في الأربعينيات من عمره", S("شهود عيان", "witness", "Eyewitnesses"), "وفي كفر قرع"),
        E("ASSAULT", ["Explosions/Remote violence", "Grenade"], "asserted", "2026-01-20", "day",
          A("مجهولون", "Unidentified attackers", None, "armed_group"), None, [BAQA],
          0, 0, "دون وقوع إصابات", S("شهود عيان", "witness", "Eyewitnesses"), "وفي كفر قرع"),
        E("COERCE", ["Strategic developments", "Arrests"], "asserted", "2026-01-20", "day",
          A("الشرطة الإسرائيلية", "Israel Police", "ISR", "police"),
          A("ثلاثة مشتبهين", "Murder suspects (Umm al-Fahm)", "ISR", "other"), [UMM],
          None, None, "", S("الشرطة الإسرائيلية", "official", "Israel Police"), "وأعلنت الشرطة الإسرائيلية"),
        E("PROTEST", ["Protests", "Peaceful protest"], "asserted", "2026-01-20", "day",
          A("سكان بلدات وادي عارة", "Arab residents of Wadi Ara (general strike)", "ISR", "protesters"), None, [ARA],
          None, None, "", OWN, "والتزم سكان بلدات"),
        E("PROTEST", ["Protests", "Protest with intervention"], "asserted", "2026-01-20", "day",
          A("مئات من أهالي أم الفحم", "Protesters (Umm al-Fahm)", "ISR", "protesters"),
          A("قوات الشرطة", "Israel Police", "ISR", "police"), [UMM],
          None, 3, "إصابة ٣ متظاهرين بحالات اختناق ورضوض",
          S("لجنة الحريات", "official", "Freedoms Committee (High Follow-Up Committee)"), "وتظاهر مئات من أهالي"),
        E("ACCUSE", None, "asserted", "2026-01-20", "day",
          A("اللجنة القطرية لرؤساء السلطات المحلية العربية", "National Committee of Arab Local Council Heads", "ISR", "government"),
          A("الحكومة", "Government of Israel", "ISR", "government"), [],
          None, None, "", S("اللجنة القطرية لرؤساء السلطات المحلية العربية", "official", "National Committee of Arab Local Council Heads"),
          "واتهمت اللجنة القطرية"),
        E("THREATEN", None, "asserted", "2026-01-20", "day",
          A("وزير الأمن القومي الإسرائيلي", "Israeli Minister of National Security", "ISR", "government"),
          A("منظمات الإجرام", "Criminal organisations (Arab towns in Israel)", "ISR", "armed_group"), [],
          None, None, "", S("وزير الأمن القومي الإسرائيلي", "official", "Israeli Minister of National Security"), "وتوعّد وزير الأمن"),
        E("PROTEST", ["Protests", "Peaceful protest"], "planned", "2026-01-22", "day",
          A("رؤساء السلطات المحلية العربية", "Arab local council heads", "ISR", "protesters"), None, [JLM],
          None, None, "", S("لجنة المتابعة", "official", "High Follow-Up Committee"), "ومن المقرر أن تنطلق قافلة"),
        E("SUPPORT", None, "asserted", "2026-01-20", "day",
          A("الجبهة الديمقراطية للسلام والمساواة", "Democratic Front for Peace and Equality (Hadash)", "ISR", "political_party"),
          A("لجنة المتابعة", "High Follow-Up Committee for Arab Citizens of Israel", "ISR", "other"), [],
          None, None, "", S("الجبهة الديمقراطية للسلام والمساواة", "official", "Hadash"), "وأعلنت الجبهة الديمقراطية"),
    ],
    notes=("Published Tue 2026-01-20; the `<time>` date line puts the month first («كانون الثاني 20، 2026 - 22:15»); the clock is later "
           "than every same-day act («فجر اليوم», «صباح اليوم», «ظهر اليوم», «عصر اليوم»). Dates: «ليل الاثنين» -> Mon 01-19 (the double "
           "killing); «صباح اليوم» / «فجر اليوم» / «اليوم» -> 01-20; «يوم الخميس المقبل» -> Thu 01-22 (planned convoy and stand). "
           "P1: shooting by unnamed attackers -> ASSAULT, Violence against civilians / Attack, actor1 null; «قُتل شابان وأصيب ثالث» -> 2 killed, "
           "1 injured; Magen David Adom (a national aid society, like the PRCS in dev) -> ngo. P2: one sentence, two places: a man shot in "
           "Kafr Qara (singular -> 1 injured) and a grenade on a house in Baqa al-Gharbiyye (explicit no casualties -> 0/0, Grenade); each "
           "carries its own time word; witnesses although «لمراسلنا» follows. P3: police arrests (official); «مشيرة» not coded. "
           "P4: the general strike in Wadi Ara's towns -> PROTEST, Peaceful protest, placed at the Wadi Ara region; unattributed -> outlet_own. "
           "P5: protest at the police station dispersed with stun grenades and tear gas -> Protest with intervention, ٣ injured; "
           "source the Follow-Up Committee's Freedoms Committee (official). P6: accusation aimed at two parties -> actor2 the first named "
           "(«الحكومة»), no place. P7: the minister's threat, no place; «مؤكداً» (the coming deployment) not coded. P8: planned convoy to a "
           "stand in Jerusalem -> PROTEST planned placed at Jerusalem (where the stand is). P9: Hadash's support -> SUPPORT, actor2 the "
           "Follow-Up Committee; «داعيةً» not coded. P10: aggregates (19 killed this year; over 200 last year) not coded. "
           "Arab citizens of Israel are coded ISR. Coordinates approximate (from memory)."),
)
