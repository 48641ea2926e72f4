#!/usr/bin/env python3
"""Rebuilds assets/actors/actors.tsv, the read-only world list of armed actors Spanline ships.

The list is curated here, one entry per actor, each with the public reference that documents it
(the group's Wikipedia article, the US State Department's list of Foreign Terrorist
Organizations, or a news or research page where no encyclopedia article exists). A project adopts
an actor from it when the analyst applies a match, as it adopts a town from the gazetteer.

    python3 assets/actors/build.py

Standard library only. The script checks what it writes and stops on the first kind of error:
a row without its six columns, a kind not in KINDS, a parent that names no row, two rows with
one name, an alias two actors share (compared the way Spanline matches names: ignoring case,
accents, apostrophes, hyphens, the article al-/el-, doubled letters, e/i, o/u and a final h; in
Arabic ignoring the article, vowel marks and the forms of alif, ya and ta marbuta), or an actor
or alias of the default codebook (src/model/default_codebook.rs) missing from the list.

Columns (TAB-separated, after a '# ' header line):
  name       the English name analysts use
  kind       one of KINDS
  parent     the name of its parent or umbrella in this file, or empty
  countries  ISO 3166-1 alpha-3 codes of where it operates, separated by '|'
  aliases    other names, separated by '|': English spellings and abbreviations, Arabic,
             French, other transliterations
  source     a public reference URL
"""

import pathlib
import re
import sys
import unicodedata
from urllib.parse import quote

HERE = pathlib.Path(__file__).parent
OUT = HERE / "actors.tsv"
CODEBOOK = HERE.parent.parent / "src" / "model" / "default_codebook.rs"

KINDS = {
    "militia",
    "insurgent group",
    "jihadist group",
    "rebel group",
    "state force",
    "coalition",
    "front",
    # Not armed: kept only because the default codebook has "Iraqi protesters".
    "civilians",
}

COUNTRIES = {
    "AFG", "ARE", "BEN", "BFA", "BGD", "BHR", "CAF", "CHN", "CMR", "COD", "DZA", "EGY", "ERI",
    "ESH", "ETH", "FRA", "GBR", "IND", "IRN", "IRQ", "ISR", "JOR", "KEN", "LBN", "LBY", "MAR",
    "MLI", "MOZ", "MRT", "NER", "NGA", "PAK", "PSE", "RUS", "RWA", "SAU", "SDN", "SOM", "SSD",
    "SYR", "TCD", "TGO", "TJK", "TUN", "TUR", "UGA", "UKR", "USA", "YEM",
}

FTO = "https://www.state.gov/foreign-terrorist-organizations/"
TRIBUNE_TTP = (
    "https://tribune.com.pk/story/2484659/"
    "pakistan-labels-ttp-as-fitna-al-khawarij-to-expose-its-true-ideology"
)


def wiki(title):
    """The English Wikipedia article of that title."""
    return "https://en.wikipedia.org/wiki/" + quote(title.replace(" ", "_"), safe="_()'/,-.")


# Regions only order the file and count the report; they are not a column.
ME, NAF, EAF, SAHEL, CAF, SAS, WORLD = (
    "Middle East",
    "North Africa",
    "East Africa",
    "Sahel and West Africa",
    "Central and Southern Africa",
    "Afghanistan and Pakistan",
    "Global",
)

ACTORS = []


def actor(region, name, kind, countries, aliases, source, parent=""):
    ACTORS.append(
        {
            "region": region,
            "name": name,
            "kind": kind,
            "parent": parent,
            "countries": countries.split("|"),
            "aliases": aliases,
            "source": source,
        }
    )


# ---------------------------------------------------------------------------------------------
# Middle East: Iraq. The first entries keep the default codebook's actors with their names and
# every alias they have there.
# ---------------------------------------------------------------------------------------------

actor(ME, "Kata'ib Hezbollah", "militia", "IRQ|SYR", [
    "Kataib Hezbollah", "Kataib Hizballah", "Kata'ib Hizballah", "KH", "كتائب حزب الله",
    "Kataib Hizbullah", "Kataeb Hezbollah", "Kataëb Hezbollah", "Hezbollah Brigades",
    "Hizballah Brigades", "كتائب حزب الله العراقي", "حزب الله العراقي",
], wiki("Kata'ib Hezbollah"))

actor(ME, "Asa'ib Ahl al-Haq", "militia", "IRQ|SYR", [
    "Asaib Ahl al-Haq", "AAH", "عصائب أهل الحق",
    "Asa'ib Ahl al-Haqq", "Asaib Ahl al-Haqq", "League of the Righteous", "Khazali Network",
], wiki("Asa'ib Ahl al-Haq"))

actor(ME, "Harakat Hezbollah al-Nujaba", "militia", "IRQ|SYR", [
    "al-Nujaba", "Nujaba", "حركة النجباء", "النجباء",
    "Harakat al-Nujaba", "Harakat Hizballah al-Nujaba", "Hezbollah al-Nujaba", "Nujaba Movement",
    "حركة حزب الله النجباء",
], wiki("Harakat Hezbollah al-Nujaba"))

actor(ME, "Kata'ib Sayyid al-Shuhada", "militia", "IRQ|SYR", [
    "Kataib Sayyid al-Shuhada", "KSS", "كتائب سيد الشهداء",
    "Kataib Sayyed al-Shuhada", "Kataeb Sayyid al-Shuhada",
], wiki("Kata'ib Sayyid al-Shuhada"))

actor(ME, "Badr Organization", "militia", "IRQ|SYR", [
    "Badr Corps", "Badr", "منظمة بدر",
    "Badr Organisation", "Badr Brigades", "فيلق بدر",
], wiki("Badr Organization"))

actor(ME, "Popular Mobilization Forces", "state force", "IRQ", [
    "PMF", "PMU", "Popular Mobilization Units", "Popular Mobilisation Forces", "Hashd al-Shaabi",
    "al-Hashd al-Sha'bi", "Hashed al-Shaabi", "الحشد الشعبي",
    "Popular Mobilisation Units", "Popular Mobilization Commission", "Hashd",
    "هيئة الحشد الشعبي", "Hachd al-Chaabi", "Forces de mobilisation populaire",
], wiki("Popular Mobilization Forces"))

actor(ME, "IRGC Quds Force", "state force", "IRN|IRQ|SYR|LBN|YEM", [
    "Quds Force", "IRGC-QF", "فيلق القدس",
    "Qods Force", "IRGC-Qods Force", "IRGC Qods Force", "قوة القدس", "Force Al-Qods",
], wiki("Quds Force"), parent="Islamic Revolutionary Guard Corps")

actor(ME, "Ashab al-Kahf", "front", "IRQ", [
    "Ashab al-Kahaf", "أصحاب الكهف",
    "Companions of the Cave",
], "https://abcnews.go.com/International/wireStory/"
   "us-military-investigating-claim-iraq-kuwait-border-blast-72299750")

actor(ME, "Usbat al-Thaireen", "front", "IRQ", [
    "Usbat al-Thairen", "عصبة الثائرين",
    "Usbat al-Tha'ireen", "League of the Revolutionaries",
], "https://www.middle-east-online.com/en/new-iran-backed-militia-iraq%E2%80%99s-block")

actor(ME, "Qasim al-Jabarin", "front", "IRQ", [
    "Qassem al-Jabbarin", "Qasim Al-Jabarin", "Qasem al-Jabbarin", "قاصم الجبارين", "قاسم الجبارين",
    "سرية قاصم الجبارين",
], "https://shafaq.com/en/Iraq-News/"
   "Qassem-al-Jabbarin-claims-responsibility-for-the-bomb-attacks-on-the-Global-Coalition")

actor(ME, "Saraya Awliya al-Dam", "front", "IRQ", [
    "Awliya al-Dam", "سرايا أولياء الدم", "أولياء الدم",
    "Saraya Awlia al-Dam", "Guardians of Blood Brigades",
], "https://www.kurdistan24.net/en/story/897231/"
   "iraqi-militia-group-claims-drone-attack-on-us-bases-in-erbil")

actor(ME, "Islamic Resistance in Iraq", "front", "IRQ|SYR", [
    "المقاومة الإسلامية في العراق",
    # The adjective form reports also use: "the Iraqi Islamic Resistance".
    "المقاومة الإسلامية العراقية", "Iraqi Islamic Resistance",
    "Résistance islamique en Irak",
], wiki("Islamic Resistance in Iraq"))

actor(ME, "Iraqi Resistance Coordination Commission", "front", "IRQ", [
    "Iraqi Resistance Co-ordination Commission",
    "Iraqi Resistance Coordination Committee", "Tansiqiya", "al-Tansiqiya",
    "الهيئة التنسيقية للمقاومة العراقية",
], "https://www.globalsecurity.org/military/world/para/iri.htm")

actor(ME, "Rab'allah", "front", "IRQ", [
    "Rab' Allah", "Rabaa Allah", "ربع الله",
], "https://www.mideastcenter.org/post/"
   "rab-allah-a-new-shia-militia-group-in-iraq-threatens-americans")

actor(ME, "Alwiya al-Waad al-Haq", "front", "IRQ", [
    "Alwiya Alwaad Alhaq", "Alwiya Waad al-Haq", "Awliya Wa'ad al-Haq", "True Promise Brigades",
    "Righteous Promise Brigades", "ألوية الوعد الحق",
], "https://understandingwar.org/backgrounder/"
   "iraqi-militant-attack-riyadh-could-signal-larger-shift-iran%E2%80%99s-regional-approach")

actor(ME, "Kata'ib al-Imam Ali", "militia", "IRQ|SYR", [
    "Kataib al-Imam Ali", "Kataib Imam Ali", "Imam Ali Brigades", "كتائب الإمام علي",
], wiki("Kata'ib al-Imam Ali"))

actor(ME, "Harakat Ansar Allah al-Awfiya", "militia", "IRQ|SYR", [
    "Ansar Allah al-Awfiya", "HAAA", "حركة أنصار الله الأوفياء", "أنصار الله الأوفياء",
], FTO)

actor(ME, "Saraya al-Salam", "militia", "IRQ", [
    "Peace Companies", "Peace Brigades", "سرايا السلام",
], wiki("Peace Companies"))

actor(ME, "Mahdi Army", "militia", "IRQ", [
    "Jaysh al-Mahdi", "Jaish al-Mahdi", "جيش المهدي", "Armée du Mahdi",
], wiki("Mahdi Army"))

actor(ME, "Saraya al-Khorasani", "militia", "IRQ|SYR", [
    "Saraya Khorasani", "Saraya Taleaa al-Khorasani", "Saraya Tali'a al-Khurasani",
    "سرايا الخراساني", "سرايا طليعة الخراساني",
], wiki("Saraya al-Khorasani"))

actor(ME, "Liwa Abu al-Fadl al-Abbas", "militia", "SYR|IRQ", [
    "Liwa Abu al-Fadhal al-Abbas", "Abu al-Fadl al-Abbas Brigade", "لواء أبو الفضل العباس",
], wiki("Liwa Abu al-Fadhal al-Abbas"))

actor(ME, "Tribal Mobilization Forces", "militia", "IRQ", [
    "Tribal Mobilisation Forces", "Hashd al-Asha'iri", "Tribal Hashd", "الحشد العشائري",
], wiki("Popular Mobilization Forces"), parent="Popular Mobilization Forces")

actor(ME, "Iraqi Security Forces", "state force", "IRQ", [
    "ISF", "Iraqi forces", "القوات الأمنية العراقية", "القوات العراقية", "forces irakiennes",
], wiki("Iraqi Armed Forces"))

actor(ME, "Iraqi Army", "state force", "IRQ", [
    "الجيش العراقي", "armée irakienne",
], wiki("Iraqi Army"), parent="Iraqi Security Forces")

actor(ME, "Iraqi Counter-Terrorism Service", "state force", "IRQ", [
    "Counter-Terrorism Service", "Counter Terrorism Service", "CTS",
    "Iraqi Special Operations Forces", "ISOF", "Golden Division", "جهاز مكافحة الإرهاب",
    "الفرقة الذهبية",
], wiki("Iraqi Counter Terrorism Service"), parent="Iraqi Security Forces")

actor(ME, "Iraqi Federal Police", "state force", "IRQ", [
    "Iraqi National Police", "الشرطة الاتحادية",
], wiki("Iraqi Police"), parent="Iraqi Security Forces")

actor(ME, "Peshmerga", "state force", "IRQ", [
    "Kurdish Peshmerga", "Peshmerga forces", "peshmergas", "البيشمركة", "قوات البيشمركة",
    "پێشمەرگە",
], wiki("Peshmerga"))

actor(ME, "Kurdistan Workers' Party", "insurgent group", "TUR|IRQ|SYR|IRN", [
    "PKK", "Kurdistan Workers Party", "Partiya Karkerên Kurdistanê", "حزب العمال الكردستاني",
    "Parti des travailleurs du Kurdistan",
], wiki("Kurdistan Workers' Party"))

actor(ME, "People's Defence Forces", "insurgent group", "TUR|IRQ", [
    "HPG", "People's Defense Forces", "Hêzên Parastina Gel",
], wiki("People's Defence Forces"), parent="Kurdistan Workers' Party")

actor(ME, "Sinjar Resistance Units", "militia", "IRQ", [
    "YBŞ", "YBS", "Yekîneyên Berxwedana Şengalê", "وحدات مقاومة سنجار",
], wiki("Sinjar Resistance Units"))

actor(ME, "Kurdistan Free Life Party", "insurgent group", "IRN|IRQ", [
    "PJAK", "Party of Free Life of Kurdistan", "Partiya Jiyana Azad a Kurdistanê",
], wiki("Kurdistan Free Life Party"))

actor(ME, "Ansar al-Sunna", "jihadist group", "IRQ", [
    "Ansar al-Sunnah", "Jaish Ansar al-Sunna", "Jaysh Ansar al-Sunna", "Army of Ansar al-Sunna",
    "جيش أنصار السنة", "أنصار السنة",
], wiki("Ansar al-Sunna"))

actor(ME, "Naqshbandi Army", "insurgent group", "IRQ", [
    "JRTN", "Jaysh Rijal al-Tariqa al-Naqshbandia", "Army of the Men of the Naqshbandi Order",
    "جيش رجال الطريقة النقشبندية",
], wiki("Naqshbandi Army"))

actor(ME, "Iraqi protesters", "civilians", "IRQ", [
    "protesters",
], wiki("2019–2021 Iraqi protests"))

# ---------------------------------------------------------------------------------------------
# Middle East: Syria
# ---------------------------------------------------------------------------------------------

actor(ME, "Islamic State", "jihadist group", "IRQ|SYR", [
    "ISIS", "ISIL", "IS", "Daesh", "Da'esh", "Islamic State of Iraq and the Levant",
    "Islamic State of Iraq and Syria", "داعش", "تنظيم الدولة الإسلامية", "الدولة الإسلامية",
    "تنظيم الدولة",
    "Islamic State of Iraq and al-Sham", "Islamic State group", "Islamic State of Iraq",
    "al-Qaeda in Iraq", "AQI", "الدولة الإسلامية في العراق والشام", "État islamique",
    "Etat islamique", "Daech",
], wiki("Islamic State"))

actor(ME, "Hay'at Tahrir al-Sham", "rebel group", "SYR", [
    "Hayat Tahrir al-Sham", "Tahrir al-Sham", "HTS", "هيئة تحرير الشام", "تحرير الشام",
    "Hayat Tahrir al Sham", "Organization for the Liberation of the Levant",
    "Levant Liberation Committee", "Hayat Tahrir al-Cham", "HTC",
], wiki("Hay'at Tahrir al-Sham"))

actor(ME, "Jabhat al-Nusra", "jihadist group", "SYR", [
    "al-Nusra Front", "Nusra Front", "Jabhat Fatah al-Sham", "جبهة النصرة", "جبهة فتح الشام",
    "al-Nusra", "Jabhat al-Nusra li-Ahl al-Sham", "Jabhat Fateh al-Sham", "Front al-Nosra",
    "Jabhat Fatah al-Cham", "جبهة النصرة لأهل الشام",
], wiki("Al-Nusra Front"), parent="al-Qaeda")

actor(ME, "Syrian Democratic Forces", "coalition", "SYR", [
    "SDF", "قوات سوريا الديمقراطية", "قسد",
    "Forces démocratiques syriennes",
], wiki("Syrian Democratic Forces"))

actor(ME, "People's Protection Units", "militia", "SYR", [
    "YPG", "People's Defense Units", "Yekîneyên Parastina Gel", "وحدات حماية الشعب",
    "Unités de protection du peuple",
], wiki("People's Protection Units"), parent="Syrian Democratic Forces")

actor(ME, "Women's Protection Units", "militia", "SYR", [
    "YPJ", "Yekîneyên Parastina Jin", "وحدات حماية المرأة", "Unités de protection de la femme",
], wiki("Women's Protection Units"), parent="Syrian Democratic Forces")

actor(ME, "Manbij Military Council", "militia", "SYR", [
    "مجلس منبج العسكري",
], wiki("Manbij Military Council"), parent="Syrian Democratic Forces")

actor(ME, "Deir ez-Zor Military Council", "militia", "SYR", [
    "Deir Ezzor Military Council", "مجلس دير الزور العسكري",
], wiki("Deir ez-Zor Military Council"), parent="Syrian Democratic Forces")

actor(ME, "Syrian Arab Army", "state force", "SYR", [
    "SAA", "Syrian regime forces", "الجيش العربي السوري", "armée arabe syrienne",
], wiki("Syrian Arab Army"))

actor(ME, "Tiger Forces", "state force", "SYR", [
    "25th Special Mission Forces Division", "قوات النمر",
], wiki("Tiger Forces"), parent="Syrian Arab Army")

actor(ME, "Fourth Armoured Division", "state force", "SYR", [
    "4th Armoured Division", "4th Armored Division", "Fourth Armored Division",
    "الفرقة الرابعة المدرعة",
], wiki("4th Armoured Division (Syria)"), parent="Syrian Arab Army")

actor(ME, "National Defence Forces", "militia", "SYR", [
    "NDF", "National Defense Forces", "قوات الدفاع الوطني",
], wiki("National Defence Forces"))

actor(ME, "Syrian National Army", "coalition", "SYR", [
    "Turkish-backed Free Syrian Army", "TFSA", "الجيش الوطني السوري", "Armée nationale syrienne",
], wiki("Syrian National Army"))

actor(ME, "Sultan Murad Division", "rebel group", "SYR", [
    "Sultan Murad Brigade", "فرقة السلطان مراد",
], wiki("Sultan Murad Division"), parent="Syrian National Army")

actor(ME, "Hamza Division", "rebel group", "SYR", [
    "al-Hamza Division", "فرقة الحمزة",
], wiki("Hamza Division"), parent="Syrian National Army")

actor(ME, "Sultan Suleiman Shah Division", "rebel group", "SYR", [
    "Suleiman Shah Brigade", "Amshat", "al-Amshat", "فرقة السلطان سليمان شاه", "العمشات",
], wiki("Sultan Suleiman Shah Division"), parent="Syrian National Army")

actor(ME, "Ahrar al-Sharqiya", "rebel group", "SYR", [
    "Ahrar al-Sharqiyah", "أحرار الشرقية",
], wiki("Ahrar al-Sharqiya"), parent="Syrian National Army")

actor(ME, "Levant Front", "rebel group", "SYR", [
    "al-Jabha al-Shamiya", "Shamiya Front", "الجبهة الشامية",
], wiki("Levant Front"), parent="Syrian National Army")

actor(ME, "National Front for Liberation", "coalition", "SYR", [
    "الجبهة الوطنية للتحرير",
], wiki("National Front for Liberation"), parent="Syrian National Army")

actor(ME, "Sham Legion", "rebel group", "SYR", [
    "Faylaq al-Sham", "فيلق الشام",
], wiki("Sham Legion"), parent="National Front for Liberation")

actor(ME, "Ahrar al-Sham", "rebel group", "SYR", [
    "Harakat Ahrar al-Sham al-Islamiyya", "Ahrar ash-Sham", "حركة أحرار الشام الإسلامية",
    "أحرار الشام",
], wiki("Ahrar al-Sham"), parent="National Front for Liberation")

actor(ME, "Nour al-Din al-Zenki Movement", "rebel group", "SYR", [
    "Nour al-Din al-Zenki", "Harakat Nour al-Din al-Zenki", "Zenki Movement",
    "حركة نور الدين الزنكي",
], wiki("Nour al-Din al-Zenki Movement"), parent="National Front for Liberation")

actor(ME, "Jaysh al-Islam", "rebel group", "SYR", [
    "Jaish al-Islam", "Army of Islam", "جيش الإسلام",
], wiki("Jaysh al-Islam"))

actor(ME, "Jaysh al-Izza", "rebel group", "SYR", [
    "Jaish al-Izza", "Army of Glory", "جيش العزة",
], wiki("Jaysh al-Izza"))

actor(ME, "Free Syrian Army", "rebel group", "SYR", [
    "FSA", "الجيش السوري الحر", "Armée syrienne libre", "ASL",
], wiki("Free Syrian Army"))

actor(ME, "Maghawir al-Thawra", "rebel group", "SYR", [
    "Revolutionary Commando Army", "Syrian Free Army", "جيش مغاوير الثورة", "مغاوير الثورة",
    "جيش سوريا الحرة",
], wiki("Revolutionary Commando Army"))

actor(ME, "Men of Dignity", "militia", "SYR", [
    "Rijal al-Karama", "Men of Dignity Movement", "حركة رجال الكرامة", "رجال الكرامة",
], wiki("Men of Dignity"))

actor(ME, "Hurras al-Din", "jihadist group", "SYR", [
    "Hurras al-Deen", "Huras al-Din", "Tanzim Hurras al-Din",
    "Guardians of Religion Organization", "حراس الدين", "تنظيم حراس الدين",
], wiki("Guardians of Religion Organization"), parent="al-Qaeda")

actor(ME, "Turkistan Islamic Party", "jihadist group", "SYR|AFG|CHN", [
    "Turkestan Islamic Party", "East Turkistan Islamic Movement", "East Turkestan Islamic Movement",
    "ETIM", "الحزب الإسلامي التركستاني",
], wiki("Turkistan Islamic Party"))

actor(ME, "Khalid ibn al-Walid Army", "jihadist group", "SYR", [
    "Jaysh Khalid ibn al-Walid", "Jaish Khalid bin al-Walid", "جيش خالد بن الوليد",
], wiki("Khalid ibn al-Walid Army"), parent="Islamic State")

actor(ME, "Liwa al-Quds", "militia", "SYR", [
    "لواء القدس",
], wiki("Liwa al-Quds"))

actor(ME, "Liwa Fatemiyoun", "militia", "SYR|AFG|IRN", [
    "Fatemiyoun", "Fatemiyoun Division", "Fatemiyoun Brigade", "لواء فاطميون", "فاطميون",
    "لشکر فاطمیون",
], wiki("Liwa Fatemiyoun"))

actor(ME, "Liwa Zainebiyoun", "militia", "SYR|PAK|IRN", [
    "Zainebiyoun Brigade", "Zainebiyoun Division", "Zeinabiyoun Brigade", "Liwa Zainabiyoon",
    "Zainbiyoun Brigade", "Followers of Zainab Brigade", "لواء زينبيون",
], wiki("Liwa Zainebiyoun"))

# ---------------------------------------------------------------------------------------------
# Middle East: Lebanon, Israel and Palestine
# ---------------------------------------------------------------------------------------------

actor(ME, "Hezbollah", "militia", "LBN|SYR", [
    "Hizballah", "Hizbullah", "Lebanese Hezbollah", "Party of God", "حزب الله",
    "Islamic Resistance in Lebanon", "المقاومة الإسلامية في لبنان",
], wiki("Hezbollah"))

actor(ME, "Radwan Force", "militia", "LBN|SYR", [
    "Radwan Unit", "قوة الرضوان",
], wiki("Radwan Force"), parent="Hezbollah")

actor(ME, "Amal Movement", "militia", "LBN", [
    "حركة أمل",
], wiki("Amal Movement"))

actor(ME, "Lebanese Armed Forces", "state force", "LBN", [
    "LAF", "Lebanese army", "الجيش اللبناني", "armée libanaise",
], wiki("Lebanese Armed Forces"))

actor(ME, "United Nations Interim Force in Lebanon", "coalition", "LBN", [
    "UNIFIL", "FINUL", "Force intérimaire des Nations unies au Liban", "اليونيفيل",
    "قوات اليونيفيل",
], wiki("United Nations Interim Force in Lebanon"))

actor(ME, "Hamas", "insurgent group", "PSE|LBN", [
    "Islamic Resistance Movement", "Harakat al-Muqawama al-Islamiya", "حماس", "حركة حماس",
    "حركة المقاومة الإسلامية",
], wiki("Hamas"))

actor(ME, "Izz ad-Din al-Qassam Brigades", "insurgent group", "PSE|LBN", [
    "Qassam Brigades", "al-Qassam Brigades", "Izz al-Din al-Qassam Brigades",
    "Ezzedine al-Qassam Brigades", "Brigades Ezzedine al-Qassam", "Brigades Ezzeddine al-Qassam",
    "كتائب عز الدين القسام", "كتائب القسام",
], wiki("Al-Qassam Brigades"), parent="Hamas")

actor(ME, "Palestinian Islamic Jihad", "insurgent group", "PSE|LBN|SYR", [
    "PIJ", "Islamic Jihad", "Islamic Jihad Movement in Palestine",
    "Harakat al-Jihad al-Islami fi Filastin", "حركة الجهاد الإسلامي في فلسطين",
    "حركة الجهاد الإسلامي", "الجهاد الإسلامي", "Jihad islamique", "Jihad islamique palestinien",
], wiki("Palestinian Islamic Jihad"))

actor(ME, "Al-Quds Brigades", "insurgent group", "PSE|LBN", [
    "Saraya al-Quds", "Quds Brigades", "سرايا القدس", "Brigades Al-Qods",
], wiki("Al-Quds Brigades"), parent="Palestinian Islamic Jihad")

actor(ME, "Jenin Brigades", "insurgent group", "PSE", [
    "Jenin Brigade", "Jenin Battalion", "كتيبة جنين",
], wiki("Jenin Brigades"))

actor(ME, "Lions' Den", "insurgent group", "PSE", [
    "Areen al-Usud", "Arin al-Usud", "عرين الأسود",
], wiki("Lions' Den (militant group)"))

actor(ME, "Al-Aqsa Martyrs' Brigades", "insurgent group", "PSE", [
    "Al-Aqsa Martyrs Brigade", "Aqsa Martyrs Brigades", "كتائب شهداء الأقصى",
    "Brigades des martyrs d'Al-Aqsa",
], wiki("Al-Aqsa Martyrs' Brigades"))

actor(ME, "Popular Front for the Liberation of Palestine", "insurgent group", "PSE|LBN|SYR", [
    "PFLP", "الجبهة الشعبية لتحرير فلسطين", "Front populaire de libération de la Palestine",
    "FPLP",
], wiki("Popular Front for the Liberation of Palestine"))

actor(ME, "Abu Ali Mustafa Brigades", "insurgent group", "PSE", [
    "Abu Ali Mustapha Brigades", "كتائب الشهيد أبو علي مصطفى", "كتائب أبو علي مصطفى",
], wiki("Abu Ali Mustafa Brigades"), parent="Popular Front for the Liberation of Palestine")

actor(ME, "Democratic Front for the Liberation of Palestine", "insurgent group", "PSE", [
    "DFLP", "الجبهة الديمقراطية لتحرير فلسطين",
], wiki("Democratic Front for the Liberation of Palestine"))

actor(ME, "Popular Resistance Committees", "insurgent group", "PSE", [
    "لجان المقاومة الشعبية",
], wiki("Popular Resistance Committees"))

actor(ME, "Al-Nasser Salah al-Din Brigades", "insurgent group", "PSE", [
    "Nasser Salah al-Din Brigades", "ألوية الناصر صلاح الدين",
], wiki("Popular Resistance Committees"), parent="Popular Resistance Committees")

actor(ME, "Israel Defense Forces", "state force", "ISR|PSE|LBN|SYR", [
    "IDF", "Israeli Defense Forces", "Israeli army", "Israeli military", "Israeli forces",
    "Israeli troops", "Tsahal", "Zahal", "armée israélienne", "الجيش الإسرائيلي",
    "جيش الدفاع الإسرائيلي", "جيش الاحتلال الإسرائيلي", "قوات الاحتلال الإسرائيلي",
], wiki("Israel Defense Forces"))

actor(ME, "Israeli Air Force", "state force", "ISR|PSE|LBN|SYR|YEM|IRN", [
    "Israeli warplanes", "Israeli jets", "Israeli aircraft", "Israeli airstrikes",
    "Israeli air strikes", "الطيران الإسرائيلي", "الطيران الحربي الإسرائيلي",
], wiki("Israeli Air Force"), parent="Israel Defense Forces")

# ---------------------------------------------------------------------------------------------
# Middle East: Yemen, the Gulf, Iran, Turkey, Jordan
# ---------------------------------------------------------------------------------------------

actor(ME, "Houthis", "rebel group", "YEM", [
    "Houthi", "Houthi movement", "Houthi rebels", "Huthis", "Huthi", "Ansar Allah", "Ansarallah",
    "Ansarullah", "الحوثيون", "الحوثيين", "جماعة الحوثي", "أنصار الله", "rebelles houthis",
], wiki("Houthis"))

actor(ME, "al-Qaeda in the Arabian Peninsula", "jihadist group", "YEM", [
    "AQAP", "Al-Qaida in the Arabian Peninsula", "Ansar al-Sharia in Yemen",
    "تنظيم القاعدة في جزيرة العرب", "القاعدة في جزيرة العرب",
    "Al-Qaïda dans la péninsule arabique", "AQPA",
], wiki("Al-Qaeda in the Arabian Peninsula"), parent="al-Qaeda")

actor(ME, "Southern Transitional Council", "militia", "YEM", [
    "STC", "المجلس الانتقالي الجنوبي",
], wiki("Southern Transitional Council"))

actor(ME, "Security Belt Forces", "militia", "YEM", [
    "Security Belt", "قوات الحزام الأمني",
], wiki("Security Belt"), parent="Southern Transitional Council")

actor(ME, "Giants Brigades", "militia", "YEM", [
    "Al-Amalika Brigades", "Southern Giants Brigades", "ألوية العمالقة",
], wiki("Giants Brigades"))

actor(ME, "Saudi-led coalition", "coalition", "YEM|SAU", [
    "Arab coalition", "Saudi-led military coalition", "Coalition to Restore Legitimacy in Yemen",
    "التحالف العربي", "تحالف دعم الشرعية في اليمن", "التحالف بقيادة السعودية", "coalition arabe",
    "coalition menée par l'Arabie saoudite",
], wiki("Saudi-led intervention in the Yemeni civil war"))

actor(ME, "Saudi Arabian Armed Forces", "state force", "SAU|YEM", [
    "Saudi forces", "Saudi military", "القوات المسلحة السعودية",
], wiki("Saudi Arabian Armed Forces"), parent="Saudi-led coalition")

actor(ME, "United Arab Emirates Armed Forces", "state force", "ARE|YEM", [
    "UAE Armed Forces", "Emirati forces", "القوات المسلحة الإماراتية",
], wiki("United Arab Emirates Armed Forces"), parent="Saudi-led coalition")

actor(ME, "Al-Ashtar Brigades", "insurgent group", "BHR", [
    "Saraya al-Ashtar", "سرايا الأشتر",
], wiki("Al-Ashtar Brigades"))

actor(ME, "Islamic Revolutionary Guard Corps", "state force", "IRN|IRQ|SYR|LBN|YEM", [
    "IRGC", "Revolutionary Guards", "Revolutionary Guard", "Iranian Revolutionary Guards", "Revolutionary Guard Corps",
    "Pasdaran", "الحرس الثوري الإيراني", "الحرس الثوري", "سپاه پاسداران انقلاب اسلامی",
    "Gardiens de la révolution", "Corps des gardiens de la révolution islamique",
], wiki("Islamic Revolutionary Guard Corps"))

actor(ME, "Basij", "state force", "IRN", [
    "Basij Resistance Force", "Basij militia", "الباسيج", "بسیج",
], wiki("Basij"), parent="Islamic Revolutionary Guard Corps")

actor(ME, "Islamic Republic of Iran Army", "state force", "IRN", [
    "Artesh", "Iranian army", "الجيش الإيراني", "ارتش",
], wiki("Islamic Republic of Iran Army"))

actor(ME, "Jaish al-Adl", "insurgent group", "IRN|PAK", [
    "Jaish ul-Adl", "Jaysh al-Adl", "Army of Justice", "جيش العدل",
], wiki("Jaish ul-Adl"))

actor(ME, "Turkish Armed Forces", "state force", "TUR|SYR|IRQ", [
    "TSK", "Türk Silahlı Kuvvetleri", "Turkish military", "Turkish army", "Turkish forces",
    "Turkish troops", "الجيش التركي", "القوات التركية", "armée turque",
], wiki("Turkish Armed Forces"))

actor(ME, "Jordanian Armed Forces", "state force", "JOR", [
    "JAF", "Jordan Armed Forces", "Jordanian army", "الجيش الأردني", "القوات المسلحة الأردنية",
], wiki("Jordanian Armed Forces"))

# ---------------------------------------------------------------------------------------------
# North Africa
# ---------------------------------------------------------------------------------------------

actor(NAF, "Egyptian Armed Forces", "state force", "EGY", [
    "Egyptian army", "Egyptian military", "الجيش المصري", "القوات المسلحة المصرية",
    "armée égyptienne",
], wiki("Egyptian Armed Forces"))

actor(NAF, "Islamic State – Sinai Province", "jihadist group", "EGY", [
    "Sinai Province", "Wilayat Sinai", "IS-Sinai", "ISIS-Sinai", "Ansar Bayt al-Maqdis",
    "Ansar Beit al-Maqdis", "ولاية سيناء", "أنصار بيت المقدس",
], wiki("Islamic State – Sinai Province"), parent="Islamic State")

actor(NAF, "Hasm Movement", "insurgent group", "EGY", [
    "HASM", "Harakat Sawa'id Misr", "Harakat Sawa'd Misr", "Arms of Egypt Movement", "حركة حسم",
    "حركة سواعد مصر",
], wiki("Hasm Movement"))

actor(NAF, "Libyan National Army", "state force", "LBY", [
    "LNA", "Libyan Arab Armed Forces", "LAAF", "Haftar forces", "Haftar's forces",
    "الجيش الوطني الليبي", "القوات المسلحة العربية الليبية", "Armée nationale libyenne", "ANL",
], wiki("Libyan National Army"))

actor(NAF, "Tariq Ben Zeyad Brigade", "militia", "LBY", [
    "Tariq Bin Ziyad Brigade", "Tariq ibn Ziyad Brigade", "TBZ", "كتيبة طارق بن زياد",
], wiki("Tariq Ben Zeyad Brigade"), parent="Libyan National Army")

actor(NAF, "Special Deterrence Force", "militia", "LBY", [
    "RADA Special Deterrence Forces", "Special Deterrence Forces", "قوة الردع الخاصة",
    "جهاز الردع", "جهاز الردع لمكافحة الإرهاب والجريمة المنظمة",
], wiki("RADA Special Deterrence Forces"))

actor(NAF, "Stability Support Apparatus", "militia", "LBY", [
    "Support and Stability Apparatus", "جهاز دعم الاستقرار",
], wiki("Stability Support Apparatus (Libya)"))

actor(NAF, "Tripoli Revolutionaries' Brigade", "militia", "LBY", [
    "Tripoli Revolutionaries Brigade", "TRB", "كتيبة ثوار طرابلس",
], "https://www.libyaherald.com/2021/01/19/"
   "serraj-creates-new-stability-support-apparatus-accountable-directly-to-his-office/")

actor(NAF, "444th Brigade", "state force", "LBY", [
    "444th Combat Brigade", "444th Infantry Brigade", "Brigade 444", "اللواء 444 قتال",
], wiki("Stability Support Apparatus (Libya)"))

actor(NAF, "Ansar al-Sharia in Libya", "jihadist group", "LBY", [
    "Ansar al-Sharia in Benghazi", "Ansar al-Shari'a in Benghazi",
    "أنصار الشريعة في بنغازي", "أنصار الشريعة في ليبيا",
], wiki("Ansar al-Sharia (Libya)"))

actor(NAF, "Ansar al-Sharia in Tunisia", "jihadist group", "TUN", [
    "Ansar al-Shari'a in Tunisia", "أنصار الشريعة في تونس",
], wiki("Ansar al-Sharia (Tunisia)"))

actor(NAF, "Islamic State – Libya Province", "jihadist group", "LBY", [
    "Islamic State in Libya", "ISIS in Libya", "ISIS-Libya", "IS-Libya", "ولاية ليبيا",
], wiki("Islamic State – Libya Province"), parent="Islamic State")

actor(NAF, "al-Qaeda in the Islamic Maghreb", "jihadist group", "DZA|MLI|NER|LBY|TUN|MRT|BFA", [
    "AQIM", "Al-Qaida in the Islamic Maghreb", "Salafist Group for Preaching and Combat", "GSPC",
    "تنظيم القاعدة في بلاد المغرب الإسلامي", "القاعدة في بلاد المغرب الإسلامي",
    "الجماعة السلفية للدعوة والقتال", "Al-Qaïda au Maghreb islamique", "AQMI",
    "Groupe salafiste pour la prédication et le combat",
], wiki("Al-Qaeda in the Islamic Maghreb"), parent="al-Qaeda")

actor(NAF, "Okba Ibn Nafaa Brigade", "jihadist group", "TUN|DZA", [
    "Katibat Okba Ibn Nafaa", "Katibat Uqba ibn Nafi", "Phalange Okba Ibn Nafaâ",
    "كتيبة عقبة بن نافع",
], "https://www.francetvinfo.fr/monde/afrique/politique-africaine/"
   "tunisie-des-habitants-capturent-un-djihadiste-arme-d-un-groupe-lie-a-al-qaida_3059479.html",
   parent="al-Qaeda in the Islamic Maghreb")

actor(NAF, "Polisario Front", "insurgent group", "ESH|DZA|MAR", [
    "Polisario", "Front Polisario", "جبهة البوليساريو", "البوليساريو",
], wiki("Polisario Front"))

# ---------------------------------------------------------------------------------------------
# East Africa: Somalia, Ethiopia, Eritrea, Sudan, South Sudan, Uganda, Kenya
# ---------------------------------------------------------------------------------------------

actor(EAF, "al-Shabaab", "jihadist group", "SOM|KEN|ETH", [
    "Al-Shabab", "al Shabaab", "Shabaab", "Shabab", "Harakat al-Shabaab al-Mujahideen", "HSM",
    "حركة الشباب المجاهدين", "حركة الشباب", "Shebab", "shebabs", "Chabab", "al-Chabab",
], wiki("Al-Shabaab (militant group)"), parent="al-Qaeda")

actor(EAF, "Islamic State – Somalia Province", "jihadist group", "SOM", [
    "Islamic State in Somalia", "ISIS-Somalia", "IS-Somalia", "ISIS Somalia", "Abnaa ul-Calipha",
    "ولاية الصومال", "État islamique en Somalie",
], wiki("Islamic State – Somalia Province"), parent="Islamic State")

actor(EAF, "Somali National Army", "state force", "SOM", [
    "Somali army", "Somali National Armed Forces", "Somali Armed Forces",
    "Xoogga Dalka Soomaaliyeed", "الجيش الصومالي", "armée somalienne",
], wiki("Somali Armed Forces"))

actor(EAF, "Danab Brigade", "state force", "SOM", [
    "Danab", "Danab commandos",
], "https://adf-magazine.com/2023/09/"
   "somalias-quick-strike-danab-forces-wage-fierce-battle-against-al-shabaab",
   parent="Somali National Army")

actor(EAF, "African Union Mission in Somalia", "coalition", "SOM", [
    "AMISOM", "ATMIS", "AUSSOM", "African Union Transition Mission in Somalia",
    "African Union Support and Stabilization Mission in Somalia",
    "Mission de l'Union africaine en Somalie", "بعثة الاتحاد الأفريقي في الصومال",
], wiki("African Union Transition Mission in Somalia"))

actor(EAF, "Kenya Defence Forces", "state force", "KEN|SOM", [
    "KDF", "Kenyan Defence Forces", "Kenyan army", "Kenyan military",
], wiki("Kenya Defence Forces"))

actor(EAF, "Ethiopian National Defense Force", "state force", "ETH|SOM", [
    "ENDF", "Ethiopian National Defence Force", "Ethiopian army", "Ethiopian military",
    "Ethiopian federal forces", "الجيش الإثيوبي", "armée éthiopienne",
], wiki("Ethiopian National Defense Force"))

actor(EAF, "Eritrean Defence Forces", "state force", "ERI|ETH", [
    "EDF", "Eritrean Defense Forces", "Eritrean army", "Eritrean forces", "Eritrean troops",
    "الجيش الإريتري", "armée érythréenne",
], wiki("Eritrean Defence Forces"))

actor(EAF, "Tigray Defense Forces", "rebel group", "ETH", [
    "TDF", "Tigray Defence Forces", "Tigray forces", "Tigrayan forces",
    "Forces de défense du Tigré",
], wiki("Tigray Defense Forces"))

actor(EAF, "Tigray People's Liberation Front", "rebel group", "ETH", [
    "TPLF", "الجبهة الشعبية لتحرير تيغراي", "Front de libération du peuple du Tigré",
], wiki("Tigray People's Liberation Front"))

actor(EAF, "Fano", "militia", "ETH", [
    "Fano militia", "Amhara Fano", "ፋኖ", "فانو",
], wiki("Fano (militia)"))

actor(EAF, "Oromo Liberation Army", "rebel group", "ETH", [
    "OLA", "OLF-Shene", "Shene", "Armée de libération oromo", "جيش تحرير أورومو",
], wiki("Oromo Liberation Army"))

actor(EAF, "Sudanese Armed Forces", "state force", "SDN", [
    "SAF", "Sudanese army", "Sudanese military", "القوات المسلحة السودانية", "الجيش السوداني",
    "Forces armées soudanaises", "armée soudanaise",
], wiki("Sudanese Armed Forces"))

actor(EAF, "Rapid Support Forces", "rebel group", "SDN", [
    "RSF", "قوات الدعم السريع", "الدعم السريع", "Forces de soutien rapide", "FSR",
], wiki("Rapid Support Forces"))

actor(EAF, "Janjaweed", "militia", "SDN|TCD", [
    "Janjawid", "الجنجويد",
], wiki("Janjaweed"))

actor(EAF, "Sudan Liberation Movement/Army", "rebel group", "SDN", [
    "Sudan Liberation Movement", "Sudan Liberation Army", "SLM/A", "SLM", "SLA",
    "حركة تحرير السودان", "حركة جيش تحرير السودان",
], wiki("Sudan Liberation Movement/Army"))

actor(EAF, "SLM/A-Abdel Wahid", "rebel group", "SDN", [
    "SLA-AW", "SLM-AW", "Sudan Liberation Movement – Abdel Wahid",
    "Sudan Liberation Army – Abdel Wahid",
], wiki("Sudan Liberation Movement/Army"), parent="Sudan Liberation Movement/Army")

actor(EAF, "SLM/A-Minni Minawi", "rebel group", "SDN", [
    "SLA-MM", "SLM-MM", "Sudan Liberation Movement – Minni Minawi",
    "Sudan Liberation Army – Minni Minawi",
], wiki("Sudan Liberation Movement/Army"), parent="Sudan Liberation Movement/Army")

actor(EAF, "Justice and Equality Movement", "rebel group", "SDN", [
    "JEM", "حركة العدل والمساواة", "Mouvement pour la justice et l'égalité",
], wiki("Justice and Equality Movement"))

actor(EAF, "Sudan People's Liberation Movement–North", "rebel group", "SDN", [
    "SPLM-N", "SPLM-North", "SPLA-N", "الحركة الشعبية لتحرير السودان شمال",
], wiki("Sudan People's Liberation Movement–North"))

actor(EAF, "Sudan Shield Forces", "militia", "SDN", [
    "Sudan Shield", "قوات درع السودان", "درع السودان",
], wiki("Sudan Shield Forces"))

actor(EAF, "Al-Bara' ibn Malik Brigade", "militia", "SDN", [
    "Al-Baraa Bin Malik Brigade", "al-Bara ibn Malik Battalion", "Al-Bara' ibn Malik Battalion",
    "كتيبة البراء بن مالك",
], "https://3ayin.com/en/albara/")

actor(EAF, "South Sudan People's Defence Forces", "state force", "SSD", [
    "SSPDF", "South Sudanese army",
], wiki("South Sudan People's Defence Forces"))

actor(EAF, "Sudan People's Liberation Movement-in-Opposition", "rebel group", "SSD", [
    "SPLM-IO", "SPLA-IO", "SPLM/A-IO",
], wiki("Sudan People's Liberation Movement-in-Opposition"))

actor(EAF, "White Army", "militia", "SSD|ETH", [
    "Nuer White Army",
], wiki("Nuer White Army"))

actor(EAF, "Uganda People's Defence Force", "state force", "UGA|SOM|COD", [
    "UPDF", "Uganda People's Defence Forces", "Ugandan army",
], wiki("Uganda People's Defence Force"))

# ---------------------------------------------------------------------------------------------
# Central and Southern Africa
# ---------------------------------------------------------------------------------------------

actor(CAF, "Islamic State – Central Africa Province", "jihadist group", "COD|UGA", [
    "Islamic State Central Africa Province", "ISCAP", "ISIS-DRC", "IS Central Africa",
    "ولاية وسط أفريقيا", "ولاية وسط إفريقيا",
], wiki("Islamic State – Central Africa Province"), parent="Islamic State")

actor(CAF, "Allied Democratic Forces", "jihadist group", "COD|UGA", [
    "ADF", "ADF-Nalu", "Forces démocratiques alliées", "القوات الديمقراطية المتحالفة",
], wiki("Allied Democratic Forces"), parent="Islamic State – Central Africa Province")

actor(CAF, "Islamic State – Mozambique Province", "jihadist group", "MOZ", [
    "Islamic State Mozambique Province", "ISMP", "IS-Mozambique", "ISIS-Mozambique",
    "ولاية موزمبيق",
], wiki("Islamic State – Mozambique Province"), parent="Islamic State")

actor(CAF, "March 23 Movement", "rebel group", "COD", [
    "M23", "M23 rebels", "Mouvement du 23 mars",
], wiki("March 23 Movement"))

actor(CAF, "Armed Forces of the Democratic Republic of the Congo", "state force", "COD", [
    "FARDC", "Forces armées de la République démocratique du Congo", "Congolese army",
    "armée congolaise",
], wiki("Armed Forces of the Democratic Republic of the Congo"))

actor(CAF, "CODECO", "militia", "COD", [
    "Cooperative for the Development of Congo", "Coopérative pour le développement du Congo",
], wiki("CODECO"))

actor(CAF, "Democratic Forces for the Liberation of Rwanda", "rebel group", "COD|RWA", [
    "FDLR", "Forces démocratiques de libération du Rwanda",
], wiki("Democratic Forces for the Liberation of Rwanda"))

actor(CAF, "MONUSCO", "coalition", "COD", [
    "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
], wiki("MONUSCO"))

actor(CAF, "Coalition of Patriots for Change", "coalition", "CAF", [
    "Coalition des patriotes pour le changement",
], wiki("Coalition of Patriots for Change"))

# ---------------------------------------------------------------------------------------------
# The Sahel and West Africa
# ---------------------------------------------------------------------------------------------

actor(SAHEL, "Jama'at Nusrat al-Islam wal-Muslimin", "jihadist group", "MLI|BFA|NER|BEN|TGO", [
    "JNIM", "Jama'at Nasr al-Islam wal Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
    "Group for the Support of Islam and Muslims", "Support Group for Islam and Muslims", "GSIM",
    "Groupe de soutien à l'islam et aux musulmans", "جماعة نصرة الإسلام والمسلمين",
    # Reports drop "Jama'at" ("Le groupe Nusrat Al-Islam Wal Muslimin a revendiqué").
    "Nusrat al-Islam wal-Muslimin", "نصرة الإسلام والمسلمين",
], wiki("Jama'at Nasr al-Islam wal Muslimin"), parent="al-Qaeda in the Islamic Maghreb")

actor(SAHEL, "Ansar Dine", "jihadist group", "MLI", [
    "Ansar Eddine", "Ansar al-Din", "Ansar ad-Din", "أنصار الدين",
], wiki("Ansar Dine"), parent="Jama'at Nusrat al-Islam wal-Muslimin")

actor(SAHEL, "Katiba Macina", "jihadist group", "MLI|BFA", [
    "Macina Liberation Front", "Front de libération du Macina", "FLM", "Katibat Macina",
], wiki("Macina Liberation Front"), parent="Jama'at Nusrat al-Islam wal-Muslimin")

actor(SAHEL, "al-Mourabitoun", "jihadist group", "MLI|NER|DZA|LBY", [
    "Al-Murabitun", "Al-Murabitoun", "Al-Mourabitoune",
], wiki("Al-Mourabitoun"), parent="Jama'at Nusrat al-Islam wal-Muslimin")

actor(SAHEL, "Movement for Oneness and Jihad in West Africa", "jihadist group", "MLI|DZA|NER", [
    "MUJAO", "MUJWA", "Mouvement pour l'unicité et le jihad en Afrique de l'Ouest",
    "حركة التوحيد والجهاد في غرب أفريقيا",
], wiki("Movement for Oneness and Jihad in West Africa"))

actor(SAHEL, "Ansarul Islam", "jihadist group", "BFA|MLI", [
    "Ansaroul Islam", "Ansar ul Islam", "Ansarul Islam lil Ichad wal Jihad",
], wiki("Ansarul Islam"))

actor(SAHEL, "Islamic State Sahel Province", "jihadist group", "MLI|NER|BFA", [
    "Islamic State – Sahel Province", "IS Sahel", "IS-Sahel", "ISSP",
    "Islamic State in the Greater Sahara", "ISGS", "EIGS", "État islamique au Grand Sahara",
    "Etat islamique au Grand Sahara", "État islamique dans le Grand Sahara",
    "État islamique au Sahel", "الدولة الإسلامية في الصحراء الكبرى", "ولاية الساحل",
], wiki("Islamic State – Sahel Province"), parent="Islamic State")

actor(SAHEL, "Islamic State West Africa Province", "jihadist group", "NGA|NER|TCD|CMR", [
    "ISWAP", "Iswap", "Islamic State – West Africa Province",
    "Islamic State's West Africa Province",
    "ولاية غرب أفريقيا", "ولاية غرب إفريقيا", "État islamique en Afrique de l'Ouest",
], wiki("Islamic State – West Africa Province"), parent="Islamic State")

actor(SAHEL, "Boko Haram", "jihadist group", "NGA|NER|TCD|CMR", [
    "JAS", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
    "Jama'at Ahl as-Sunnah lid-Da'wah wa'l-Jihad",
    "جماعة أهل السنة للدعوة والجهاد", "بوكو حرام",
], wiki("Boko Haram"))

actor(SAHEL, "Ansaru", "jihadist group", "NGA", [
    "Jama'atu Ansarul Muslimina fi Biladis Sudan", "جماعة أنصار المسلمين في بلاد السودان",
], wiki("Ansaru"))

actor(SAHEL, "Lakurawa", "jihadist group", "NGA|NER", [
    "Lakurawas", "Lukarawa",
], "https://dailytrust.com/how-lakurawa-members-are-terrorising-us-sokoto-residents/")

actor(SAHEL, "Malian Armed Forces", "state force", "MLI", [
    "FAMa", "Forces armées maliennes", "Malian army", "Malian military", "armée malienne",
    "القوات المسلحة المالية", "الجيش المالي",
], wiki("Malian Armed Forces"))

actor(SAHEL, "Burkina Faso Armed Forces", "state force", "BFA", [
    "Burkinabe Armed Forces", "Burkinabe army", "Burkinabè army", "Burkinabe military",
    "Forces armées du Burkina Faso", "Forces armées burkinabè", "armée burkinabè",
], wiki("Burkina Faso Armed Forces"))

actor(SAHEL, "Volunteers for the Defence of the Homeland", "militia", "BFA", [
    "VDP", "Volunteers for the Defense of the Homeland", "Volontaires pour la défense de la patrie",
], wiki("Volunteers for the Defense of the Homeland"), parent="Burkina Faso Armed Forces")

actor(SAHEL, "Niger Armed Forces", "state force", "NER", [
    "Nigerien army", "Nigerien Armed Forces", "Forces armées nigériennes", "armée nigérienne",
], wiki("Niger Armed Forces"))

actor(SAHEL, "Nigerian Army", "state force", "NGA", [
    "Nigerian military", "Nigerian troops", "armée nigériane",
], wiki("Nigerian Army"))

actor(SAHEL, "Civilian Joint Task Force", "militia", "NGA", [
    "CJTF", "Civilian JTF",
], wiki("Civilian Joint Task Force"))

actor(SAHEL, "Chadian National Army", "state force", "TCD", [
    "Chadian army", "Armée nationale tchadienne", "armée tchadienne", "الجيش الوطني التشادي",
], wiki("Chadian National Army"))

actor(SAHEL, "Coordination of Azawad Movements", "coalition", "MLI", [
    "CMA", "Coordination des mouvements de l'Azawad", "تنسيقية الحركات الأزوادية",
], wiki("Coordination of Azawad Movements"))

actor(SAHEL, "National Movement for the Liberation of Azawad", "rebel group", "MLI", [
    "MNLA", "Mouvement national de libération de l'Azawad",
    "Mouvement national pour la libération de l'Azawad", "الحركة الوطنية لتحرير أزواد",
], wiki("National Movement for the Liberation of Azawad"),
   parent="Coordination of Azawad Movements")

actor(SAHEL, "High Council for the Unity of Azawad", "rebel group", "MLI", [
    "HCUA", "Haut Conseil pour l'unité de l'Azawad", "المجلس الأعلى لوحدة أزواد",
], wiki("High Council for the Unity of Azawad"), parent="Coordination of Azawad Movements")

actor(SAHEL, "Azawad Liberation Front", "rebel group", "MLI", [
    "FLA", "Front de libération de l'Azawad", "جبهة تحرير أزواد",
], wiki("Azawad Liberation Front"))

actor(SAHEL, "Imghad Tuareg and Allies Self-Defense Group", "militia", "MLI", [
    "GATIA", "Groupe d'autodéfense touareg Imghad et alliés",
    "Groupe autodéfense touareg Imghad et alliés",
], wiki("Imghad Tuareg and Allies Self-Defense Group"))

actor(SAHEL, "Dan Na Ambassagou", "militia", "MLI", [
    "Dan Nan Amassagou", "Dana Ambassagou", "Dana Amassagou",
], wiki("Dan Na Ambassagou"))

actor(SAHEL, "MINUSMA", "coalition", "MLI", [
    "United Nations Multidimensional Integrated Stabilization Mission in Mali",
    "Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali",
], wiki("United Nations Multidimensional Integrated Stabilization Mission in Mali"))

# ---------------------------------------------------------------------------------------------
# Afghanistan and Pakistan
# ---------------------------------------------------------------------------------------------

actor(SAS, "al-Qaeda", "jihadist group", "AFG|PAK", [
    "al-Qaida", "al Qaeda", "Al-Qa'ida", "Qaeda", "تنظيم القاعدة", "Al-Qaïda",
], wiki("Al-Qaeda"))

actor(SAS, "al-Qaeda in the Indian Subcontinent", "jihadist group", "AFG|PAK|IND|BGD", [
    "AQIS", "Al-Qaida in the Indian Subcontinent",
    "تنظيم قاعدة الجهاد في شبه القارة الهندية",
], wiki("Al-Qaeda in the Indian Subcontinent"), parent="al-Qaeda")

actor(SAS, "Taliban", "insurgent group", "AFG|PAK", [
    "Afghan Taliban", "Taleban", "Islamic Emirate of Afghanistan", "طالبان",
    "حركة طالبان", "talibans",
], wiki("Taliban"))

actor(SAS, "Hezb-e-Islami", "insurgent group", "AFG|PAK", [
    "Hezb-e Islami", "Hizb-e-Islami", "Hizb-i-Islami", "Hezb-i-Islami", "Hezb-e Islami Gulbuddin",
    "HIG", "Hizb-e-Islami Gulbuddin", "الحزب الإسلامي الأفغاني",
], wiki("Hezb-e Islami Gulbuddin"))

actor(SAS, "Haqqani network", "insurgent group", "AFG|PAK", [
    "HQN", "شبكة حقاني", "réseau Haqqani",
], wiki("Haqqani network"), parent="Taliban")

actor(SAS, "Islamic State Khorasan Province", "jihadist group", "AFG|PAK|IRN|TJK", [
    "ISKP", "ISIS-K", "IS-K", "ISIS-KP", "IS-KP", "Islamic State – Khorasan Province",
    "Islamic State Khorasan", "ولاية خراسان", "داعش خراسان", "État islamique au Khorassan", "EI-K",
], wiki("Islamic State – Khorasan Province"), parent="Islamic State")

actor(SAS, "Tehrik-i-Taliban Pakistan", "insurgent group", "PAK|AFG", [
    "TTP", "Tehreek-e-Taliban Pakistan", "Pakistani Taliban", "Fitna al-Khawarij",
    "تحریک طالبان پاکستان", "حركة طالبان باكستان", "talibans pakistanais",
], wiki("Pakistani Taliban"))

actor(SAS, "Jamaat-ul-Ahrar", "insurgent group", "PAK|AFG", [
    "Jamaat ul-Ahrar",
], wiki("Jamaat-ul-Ahrar"), parent="Tehrik-i-Taliban Pakistan")

actor(SAS, "Hafiz Gul Bahadur Group", "insurgent group", "PAK|AFG", [
    "HGBG", "Gul Bahadur group",
], TRIBUNE_TTP)

actor(SAS, "Lashkar-e-Taiba", "jihadist group", "PAK|IND", [
    "Lashkar-e-Tayyiba", "Lashkar-e-Toiba", "لشكر طيبة",
], wiki("Lashkar-e-Taiba"))

actor(SAS, "The Resistance Front", "front", "IND", [
    "TRF",
], wiki("The Resistance Front"), parent="Lashkar-e-Taiba")

actor(SAS, "Jaish-e-Mohammed", "jihadist group", "PAK|IND", [
    "Jaish-e-Muhammad", "Jaish-e-Mohammad", "جيش محمد",
], wiki("Jaish-e-Mohammed"))

actor(SAS, "Balochistan Liberation Army", "insurgent group", "PAK", [
    "BLA", "Baloch Liberation Army",
], wiki("Balochistan Liberation Army"))

actor(SAS, "Majeed Brigade", "insurgent group", "PAK", [
    "Majid Brigade",
], TRIBUNE_TTP,
   parent="Balochistan Liberation Army")

actor(SAS, "Balochistan Liberation Front", "insurgent group", "PAK", [
    "BLF", "Baloch Liberation Front",
], wiki("Balochistan Liberation Front"))

actor(SAS, "Pakistan Army", "state force", "PAK", [
    "Pakistani army", "Pakistani military", "Pakistan Armed Forces", "الجيش الباكستاني",
    "armée pakistanaise",
], wiki("Pakistan Army"))

actor(SAS, "Afghan National Defense and Security Forces", "state force", "AFG", [
    "ANDSF", "ANSF", "Afghan National Security Forces", "Afghan National Army",
    "Afghan security forces",
], wiki("Afghan Armed Forces"))

actor(SAS, "International Security Assistance Force", "coalition", "AFG", [
    "ISAF",
], wiki("International Security Assistance Force"))

# ---------------------------------------------------------------------------------------------
# Forces that operate across regions
# ---------------------------------------------------------------------------------------------

actor(WORLD, "United States", "state force", "USA|IRQ|SYR|YEM|SOM|AFG", [
    "US forces", "U.S. forces", "Washington", "US military", "U.S. military", "US troops",
    "U.S. troops", "American forces", "American troops", "US jets", "US warplanes", "US aircraft",
    "US airstrikes", "US air strikes",
    "CENTCOM", "US Central Command", "U.S. Central Command", "AFRICOM", "US Africa Command",
    "U.S. Africa Command", "القوات الأمريكية", "القوات الأميركية", "الجيش الأمريكي",
    "الجيش الأميركي", "forces américaines", "armée américaine",
], wiki("United States Armed Forces"))

actor(WORLD, "Combined Joint Task Force – Operation Inherent Resolve", "coalition", "IRQ|SYR", [
    "CJTF-OIR", "Operation Inherent Resolve", "OIR", "US-led coalition", "U.S.-led coalition",
    "Global Coalition to Defeat ISIS", "Global Coalition against Daesh", "anti-ISIS coalition",
    "international coalition", "التحالف الدولي", "التحالف الدولي ضد داعش",
    "coalition internationale", "coalition internationale antijihadiste",
], wiki("Combined Joint Task Force – Operation Inherent Resolve"))

actor(WORLD, "NATO Mission Iraq", "coalition", "IRQ", [
    "NMI",
], wiki("NATO Mission Iraq"))

actor(WORLD, "British Armed Forces", "state force", "GBR|IRQ|SYR|YEM", [
    "British forces", "British military", "British troops", "UK forces", "UK military",
    "Royal Air Force", "RAF",
], wiki("British Armed Forces"))

actor(WORLD, "French Armed Forces", "state force", "FRA|MLI|NER|BFA|TCD|IRQ|SYR", [
    "French forces", "French army", "French military", "French troops", "Operation Barkhane",
    "Barkhane", "Barkhane force", "Operation Serval", "forces françaises", "armée française",
    "force Barkhane", "opération Barkhane", "opération Serval", "القوات الفرنسية",
    "الجيش الفرنسي",
], wiki("French Armed Forces"))

actor(WORLD, "Russian Armed Forces", "state force", "RUS|UKR|SYR", [
    "Russian forces", "Russian military", "Russian army", "Russian troops", "Russian warplanes",
    "Russian jets", "القوات الروسية", "الجيش الروسي", "armée russe", "forces russes",
], wiki("Russian Armed Forces"))

actor(WORLD, "Wagner Group", "state force", "RUS|UKR|SYR|LBY|SDN|CAF|MLI", [
    "Wagner", "PMC Wagner", "Wagner PMC", "groupe Wagner", "مجموعة فاغنر", "فاغنر",
], wiki("Wagner Group"))

actor(WORLD, "Africa Corps", "state force", "MLI|BFA|NER|LBY", [
    "Russian Africa Corps", "الفيلق الأفريقي",
], "https://threatologist.com/the-research-lab/enter-rsrl/data/organisations/african-corps",
   parent="Russian Armed Forces")


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------

APOSTROPHES = "'’ʼ‘`´"
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def is_arabic(word):
    return any("\u0600" <= c <= "\u06ff" for c in word)


def latin_key(word):
    """A word as Spanline compares it: e as i, o as u, doubled letters single, a final h after
    a vowel dropped."""
    out = ""
    for c in word:
        c = {"e": "i", "o": "u"}.get(c, c)
        if not out or out[-1] != c or c.isdigit():
            out += c
    if len(out) > 3 and out.endswith("h") and out[-2] in "aiu":
        out = out[:-1]
    return out


def arabic_key(word):
    word = ARABIC_MARKS.sub("", word)
    word = word.translate(str.maketrans("أإآٱىةی", "اااايهي"))
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    return word


def is_acronym(text):
    """Five letters or fewer, all capitals: Spanline matches these only as written."""
    letters = [c for c in text if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters)


def match_key(text):
    """How a name is compared when looking for two actors that share one."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c) or is_arabic(c))
    text = text.lower()
    for a in APOSTROPHES:
        text = text.replace(a, "")
    words = [w for w in re.split(r"[^\w]+", text) if w]
    keys = []
    for w in words:
        if w in ("al", "el"):
            continue
        keys.append(arabic_key(w) if is_arabic(w) else latin_key(w))
    return " ".join(keys)


def codebook_actors():
    """(name, aliases) of the default codebook's ACTORS, read from its Rust source."""
    if not CODEBOOK.exists():
        return None
    source = CODEBOOK.read_text(encoding="utf-8")
    start = source.index("const ACTORS")
    block = source[start:source.index("\n];", start)]
    block = "\n".join(line.split("//")[0] for line in block.splitlines())
    found = []
    for m in re.finditer(r'\(\s*"((?:[^"\\]|\\.)*)",\s*"(?:[^"\\]|\\.)*",\s*&\[(.*?)\],?\s*\)',
                         block, re.S):
        aliases = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2))
        found.append((m.group(1), aliases))
    return found


def check(actors):
    errors = []
    names = {}
    for a in actors:
        key = a["name"].casefold()
        if key in names:
            errors.append(f"two rows named {a['name']!r}")
        names[key] = a
        if a["kind"] not in KINDS:
            errors.append(f"{a['name']}: kind {a['kind']!r} is not one of {sorted(KINDS)}")
        for c in a["countries"]:
            if c not in COUNTRIES:
                errors.append(f"{a['name']}: country {c!r} is not a code this list uses")
        if not a["source"].startswith("https://"):
            errors.append(f"{a['name']}: source {a['source']!r} is not a URL")
        fields = [a["name"], a["kind"], a["parent"], *a["countries"], *a["aliases"], a["source"]]
        for f in fields:
            if f != f.strip() or any(ch in f for ch in "\t\n\r") or "|" in f and f != a["source"]:
                errors.append(f"{a['name']}: field {f!r} has a tab, newline, '|' or outer space")
        if len(set(a["aliases"])) != len(a["aliases"]):
            errors.append(f"{a['name']}: an alias is listed twice")
    for a in actors:
        if a["parent"] and a["parent"].casefold() not in names:
            errors.append(f"{a['name']}: parent {a['parent']!r} names no row")
        if a["parent"] == a["name"]:
            errors.append(f"{a['name']} is its own parent")
    for a in actors:
        seen, p = {a["name"]}, a["parent"]
        while p:
            if p in seen:
                errors.append(f"{a['name']}: parents form a cycle")
                break
            seen.add(p)
            p = names[p.casefold()]["parent"] if p.casefold() in names else ""
    # Every written form, name or alias, must point at one actor. Short all-capital forms
    # ("KH", "EDF") match only as written, so two of them clash only when they are the same.
    owners = {}
    for a in actors:
        for text in [a["name"], *a["aliases"]]:
            owners.setdefault(match_key(text), []).append((a["name"], text))
    for key, forms in owners.items():
        clashes = {
            (n1, t1, n2, t2)
            for i, (n1, t1) in enumerate(forms)
            for n2, t2 in forms[i + 1:]
            if n1 != n2 and not (is_acronym(t1) and is_acronym(t2) and t1 != t2)
        }
        for n1, t1, n2, t2 in sorted(clashes):
            errors.append(f"one form, two actors ({key!r}): {n1}: {t1!r}; {n2}: {t2!r}")
    codebook = codebook_actors()
    if codebook is None:
        print(f"note: {CODEBOOK} not found; the default codebook's actors were not checked")
    else:
        if len(codebook) != 19:
            errors.append(f"read {len(codebook)} actors from the default codebook, not 19")
        for name, aliases in codebook:
            row = names.get(name.casefold())
            if row is None or row["name"] != name:
                errors.append(f"default codebook actor {name!r} is missing")
                continue
            for alias in aliases:
                if alias not in row["aliases"]:
                    errors.append(f"{name}: default codebook alias {alias!r} is missing")
    return errors


def rows(actors):
    for a in actors:
        aliases = [x for x in a["aliases"] if x != a["name"]]
        yield [a["name"], a["kind"], a["parent"], "|".join(a["countries"]), "|".join(aliases),
               a["source"]]


def main():
    errors = check(ACTORS)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(1)
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write("# name\tkind\tparent\tcountries\taliases\tsource\n")
        for row in rows(ACTORS):
            assert len(row) == 6
            out.write("\t".join(row) + "\n")
    by_region, by_kind = {}, {}
    for a in ACTORS:
        by_region[a["region"]] = by_region.get(a["region"], 0) + 1
        by_kind[a["kind"]] = by_kind.get(a["kind"], 0) + 1
    print(f"wrote {len(ACTORS)} actors to {OUT}")
    print("by region:", ", ".join(f"{k} {v}" for k, v in by_region.items()))
    print("by kind:", ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())))


if __name__ == "__main__":
    main()
