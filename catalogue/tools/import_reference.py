#!/usr/bin/env python3
"""One-off bootstrap of the shipped catalogue from the reference data.

Usage: import_reference.py <reference-data-dir> [<catalogue-dir>]

Reads municipalities.csv, regions.csv, employment_areas.csv, ohjaamot.csv and
national_services.csv (see the reference data's README) and writes, in the format
of crates/suunta-core/src/catalogue/raw.rs:

  <catalogue-dir>/geography.json
  <catalogue-dir>/national.json
  <catalogue-dir>/regions/<region-code>.json

<catalogue-dir> defaults to the directory above this script. After the bootstrap,
maintainers edit the JSON files by hand; re-running this script overwrites those
edits. Python 3 standard library only.

Facts come from the CSV cells only. The hand-written tables below hold what the
CSVs cannot: user-facing wording (summaries, what to expect, hours notes written
out in fi/sv/en) and the national services that were added to cover needs the
reference data has no service for, each with the stored source it was read from.
"""

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

VERIFIED_ON = "2026-11-23"
CATALOGUE_FORMAT = "suunta-catalogue/1"
GEOGRAPHY_FORMAT = "suunta-geography/1"
ALAND_REGION = "21"
# Statistics Finland's työllisyysalue code 46 "Ahvenanmaa" is not one of TEM's 45 areas.
ALAND_EMPLOYMENT_CODE = "46"
PTV_YOUNG_PEOPLE = "KR1.3"

OHJAAMO_NEEDS = ["work", "study", "career", "money", "housing", "wellbeing", "everyday", "unsure"]
LANGUAGE_STATUS = {
    "0": "finnish",
    "1": "bilingual_finnish_majority",
    "2": "swedish",
    "3": "bilingual_swedish_majority",
}


def text(fi=None, sv=None, en=None):
    """A Text object without its missing languages."""
    return {lang: value for lang, value in (("fi", fi), ("sv", sv), ("en", en)) if value}


# ---------------------------------------------------------------------------------------------
# Reading the CSV cells
# ---------------------------------------------------------------------------------------------

URL = re.compile(r"https?://[^\s;()]+")
GITHUB_REPO = re.compile(r"GitHub ([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)")


def source_urls(cell):
    """Every URL in a `source` cell, in order; "GitHub owner/repo path" references become the
    repository's URL (the path stays in the cell, which goes to the maintainer note)."""
    urls = [url.rstrip(".,") for url in URL.findall(cell)]
    urls += ["https://github.com/" + repo.rstrip(".,") for repo in GITHUB_REPO.findall(cell)]
    seen = []
    for url in urls:
        if url not in seen:
            seen.append(url)
    return seen


def slug(name):
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def ages(target_group):
    """(min_age, max_age) from a target_group cell: "15-29 ..." is 15..29, "under 30 ..." is
    ..29; anything else is not known."""
    cell = target_group.strip()
    span = re.match(r"(\d+)\s*-\s*(\d+)", cell)
    if span:
        return int(span.group(1)), int(span.group(2))
    under = re.match(r"under (\d+)", cell)
    if under:
        return None, int(under.group(1)) - 1
    return None, None


def maintainer_note(*parts):
    note = " | ".join(f"{label}: {value.strip()}" for label, value in parts if value.strip())
    return note or None


def read_csv(directory, name):
    with open(Path(directory) / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def provenance(sources, source_date, note):
    record = {"sources": sources, "source_date": source_date, "verified_on": VERIFIED_ON,
              "status": "active"}
    if note:
        record["maintainer_note"] = note
    return record


def service(id, kind, name, summary, needs, eligibility, channels, provenance_record,
            description=None, what_to_expect=None, how_to_apply=None, ptv=None):
    """A Service object with its fields in the order of raw.rs, empty optional fields left out."""
    record = {"id": id, "kind": kind, "name": name}
    for key, value in (("summary", summary), ("description", description),
                       ("what_to_expect", what_to_expect), ("how_to_apply", how_to_apply)):
        if value:
            record[key] = value
    record["needs"] = needs
    if ptv:
        record["ptv"] = ptv
    record["eligibility"] = eligibility
    if channels:
        record["channels"] = channels
    record["provenance"] = provenance_record
    return record


def eligibility(area, min_age=None, max_age=None, note=None):
    record = {}
    if min_age is not None:
        record["min_age"] = min_age
    if max_age is not None:
        record["max_age"] = max_age
    record["area"] = area
    if note:
        record["note"] = note
    return record


def channel(id, kind, name=None, address=None, phone=None, url=None, email=None, languages=None,
            access=None, hours=None, note=None):
    record = {"id": id, "kind": kind}
    for key, value in (("name", name), ("address", address), ("phone", phone), ("url", url),
                       ("email", email), ("languages", languages), ("access", access),
                       ("hours", hours), ("note", note)):
        if value:
            record[key] = value
    return record


def hours_note(fi, sv, en):
    return {"note": text(fi, sv, en)}


# ---------------------------------------------------------------------------------------------
# Geography
# ---------------------------------------------------------------------------------------------

GEOGRAPHY_SOURCES = [
    "https://stat.fi/fi/luokitukset/kunta/kunta_1_20250101",
    "https://stat.fi/fi/luokitukset/maakunta/maakunta_1_20250101",
    "https://github.com/Opetushallitus/jod-yksilo-ui/blob/d9bfaebade5c074bce15a4bee5cc7c60964022ef/src/utils/codes/kunta_fi.json",
    "https://github.com/rOpenGov/geofi/blob/de9392bbeac7ce09d13637ec000b8c9e69ce5c52/data/municipality_key_2025.rda",
    "https://github.com/rOpenGov/geofi/blob/de9392bbeac7ce09d13637ec000b8c9e69ce5c52/data/municipality_central_localities_df.rda",
]


def geography(municipalities, regions, areas):
    region_records = [
        {"code": row["region_code"], "name": text(row["name_fi"], row["name_sv"], row["name_en"])}
        for row in sorted(regions, key=lambda row: row["region_code"])
    ]
    area_records = [
        {"code": row["employment_area_code"],
         "name": text(row["name_fi"], row["name_sv"], row["name_en"])}
        for row in sorted(areas, key=lambda row: row["employment_area_code"])
        if row["employment_area_code"] != ALAND_EMPLOYMENT_CODE
    ]
    municipality_records = []
    for row in sorted(municipalities, key=lambda row: row["municipality_code"]):
        status = row["language_status_code"]
        # Without a Swedish name of its own, a Finnish-speaking municipality has no sv name, so
        # the UI falls back to the Finnish one instead of repeating it.
        has_sv = row["name_sv_differs"] == "yes" or status != "0"
        record = {
            "code": row["municipality_code"],
            "name": text(row["name_fi"], row["name_sv"] if has_sv else None),
            "region": row["region_code"],
        }
        if row["region_code"] != ALAND_REGION:
            record["employment_area"] = row["employment_area_code"]
        record["language_status"] = LANGUAGE_STATUS[status]
        record["centre"] = {"lat": float(row["lat"]), "lon": float(row["lon"])}
        municipality_records.append(record)
    return {
        "format": GEOGRAPHY_FORMAT,
        "provenance": provenance(
            GEOGRAPHY_SOURCES,
            "classification 2025-01-01; keys as of 2026-03-02; centres NLS April 2025",
            "Åland (region 21) has no employment area: Statistics Finland's code 46 is not one of "
            "the 45 areas. Tuusula (858) centre from the 2023 geofi extract, converted from "
            "EPSG:3067. Municipality 478's Finnish name is as in the classification.",
        ),
        "regions": region_records,
        "employment_areas": area_records,
        "municipalities": municipality_records,
    }


# ---------------------------------------------------------------------------------------------
# Ohjaamo points
# ---------------------------------------------------------------------------------------------

OHJAAMO_SUMMARY = text(
    "Nuorten ohjauspiste: apua työhön, opiskeluun, rahaan, asumiseen ja jaksamiseen. Sinun ei "
    "tarvitse tietää, mitä apua tarvitset.",
    "Vägledning för unga: hjälp med arbete, studier, pengar, boende och ork. Du behöver inte "
    "veta vilken hjälp du behöver.",
    "Guidance point for young people: help with work, studies, money, housing and wellbeing. You "
    "don't need to know what help you need.",
)
OHJAAMO_WHAT_TO_EXPECT = text(
    "Kerro tilanteestasi. Ohjaaja kuuntelee, auttaa eteenpäin ja tarvittaessa ohjaa sinut "
    "oikealle asiantuntijalle. Tarkista ajantasaiset aukioloajat ennen käyntiä.",
    "Berätta om din situation. En handledare lyssnar, hjälper dig vidare och vid behov till rätt "
    "expert. Kontrollera aktuella öppettider före besöket.",
    "Tell them about your situation. A counsellor listens, helps you forward and, if needed, "
    "refers you to the right specialist. Check current opening hours before you go.",
)
OHJAAMO_AGE_UNKNOWN = text(
    "Ohjaamot palvelevat nuoria, yleensä alle 30-vuotiaita. Tämän pisteen ikäraja ei ole "
    "tiedossa.",
    "Navigatorerna betjänar unga, oftast under 30 år. Åldersgränsen för det här stället är inte "
    "känd.",
    "Ohjaamo points serve young people, usually under 30. This point's age limit is not known.",
)
NO_STREET_NOTE = text(
    "Katuosoite ei ole tiedossa. Tarkista sijainti kunnan verkkosivuilta.",
    "Gatuadressen är inte känd. Kontrollera platsen på kommunens webbplats.",
    "The street address is not known. Check the location on the municipality's website.",
)

# Names where the reference row carries a Swedish (Navigatorn) name or an English unit name.
OHJAAMO_NAMES = {
    "Navigaattori (Ohjaamo Hanko)": text("Navigaattori (Ohjaamo Hanko)", "Navigatorn (Hangö)"),
    "Navigatorn i Sibbo (Ohjaamo Sipoo)": text("Ohjaamo Sipoo", "Navigatorn i Sibbo"),
    "Navigatorn i Borgå (Ohjaamo Porvoo)": text("Ohjaamo Porvoo", "Navigatorn i Borgå"),
    "Navigatorn i Vasa (Ohjaamo Vaasa)": text("Ohjaamo Vaasa", "Navigatorn i Vasa"),
    "Ohjaamotalo Starttipiste, Lippulaiva Library": text(
        "Ohjaamotalo Starttipiste, Lippulaivan kirjasto", None,
        "Ohjaamotalo Starttipiste, Lippulaiva Library"),
}

# Venue cells split into the venue's own name and the explanation the reference data added.
VENUES = {
    "Kamppi": text("Kamppi"),
    "Byströmin talo (Byström building)": text("Byströmin talo", None, "Byström building"),
    "Monari": text("Monari"),
    "Lohja multidisciplinary youth centre (Nuorisokeskus)": text(
        "Nuorisokeskus", None, "Lohja multidisciplinary youth centre"),
    "Kuntala": text("Kuntala"),
    "Nuorten talo (youth house pilot, city centre)": text("Nuorten talo", None, "Youth house"),
    "Turku city centre": text("Turun keskusta", "Åbo centrum", "Turku city centre"),
    "Seurahuone (temporary, during renovation of Forum)": text("Seurahuone"),
    "Nuorisokeskus Vinge (Kokkola youth services)": text("Nuorisokeskus Vinge"),
    "Kauppakeskus Valtari (shopping centre)": text(
        "Kauppakeskus Valtari", None, "Valtari shopping centre"),
    "Lippulaiva Library (Lippulaivan kirjasto)": text(
        "Lippulaivan kirjasto", None, "Lippulaiva Library"),
    "Verksamhetscentret Vägskälet, Nickby": text(None, "Verksamhetscentret Vägskälet, Nickby"),
}

# Streets in the language the source gives them in.
SWEDISH_STREETS = {"Stora Byvägen 9"}

# Per-row facts written out for users: when the hours were reported, caveats about the place,
# and who may come. Keyed by the `name` cell.
OHJAAMO_ROWS = {
    "Ohjaamo Helsinki": {
        "walk_in": True,
        "hours": hours_note(
            "Vuonna 2016 ilmoitettu: ma–pe 10–17. Tarkista nykyiset aukioloajat.",
            "Uppgift från 2016: mån–fre 10–17. Kontrollera aktuella öppettider.",
            "Reported in 2016: Mon–Fri 10–17. Check current hours."),
        "eligibility": text("Helsinkiläisille 15–29-vuotiaille.",
                            "För invånare i Helsingfors i åldern 15–29 år.",
                            "For Helsinki residents aged 15–29."),
    },
    "Byströmin Ohjaamo": {
        "walk_in": True,
        "eligibility": text(
            "Oululaisille alle 30-vuotiaille, heidän vanhemmilleen ja läheisilleen sekä "
            "ammattilaisille.",
            "För unga under 30 år i Uleåborg, deras föräldrar och närstående samt yrkesfolk.",
            "For Oulu residents under 30, their parents and close ones, and professionals."),
    },
    "Ohjaamo Lappeenranta": {
        "hours": hours_note(
            "Vuonna 2016 ilmoitettu: avoinna ti–pe. Tarkista nykyiset aukioloajat.",
            "Uppgift från 2016: öppet tis–fre. Kontrollera aktuella öppettider.",
            "Reported in 2016: open Tue–Fri. Check current hours."),
    },
    "Seinäjoen Ohjaamo": {
        "walk_in": True,
        "hours": hours_note(
            "Ilmoitettu (päiväys ei tiedossa): avoinna neljänä päivänä viikossa, ilman "
            "ajanvarausta. Tarkista nykyiset aukioloajat.",
            "Uppgift (odaterad): öppet fyra dagar i veckan, ingen tidsbokning. Kontrollera "
            "aktuella öppettider.",
            "Reported (undated): open four days a week, no appointment needed. Check current "
            "hours."),
    },
    "Ohjaamo Loppi (Riihimäen seudun Ohjaamo)": {
        "hours": hours_note(
            "Vuonna 2020 ilmoitettu: tiistaisin iltapäivällä. Tarkista nykyiset aukioloajat.",
            "Uppgift från 2020: tisdagar på eftermiddagen. Kontrollera aktuella öppettider.",
            "Reported in 2020: Tuesday afternoons. Check current hours."),
    },
    "Tampereen Ohjaamo": {
        "visit_note": text(
            "Osoite on vuodelta 2017. Tarkista nykyinen osoite.",
            "Adressen är från 2017. Kontrollera den aktuella adressen.",
            "The address is from 2017. Check the current address."),
    },
    "Ohjaamo Jyväskylä": {
        "walk_in": True,
        "hours": hours_note(
            "Vuonna 2019 ilmoitettu: päivittäin päivystysaikana ilman ajanvarausta. Tarkista "
            "nykyiset aukioloajat.",
            "Uppgift från 2019: dagligen under jourtiden utan tidsbokning. Kontrollera aktuella "
            "öppettider.",
            "Reported in 2019: daily during drop-in hours, no appointment needed. Check current "
            "hours."),
        "eligibility": text("Jyväskyläläisille 15–29-vuotiaille.",
                            "För invånare i Jyväskylä i åldern 15–29 år.",
                            "For Jyväskylä residents aged 15–29."),
    },
    "Ohjaamo Loviisa": {
        "visit_note": text(
            "Väliaikaiset tilat Forumin remontin ajan (huhtikuu 2024). Tarkista nykyinen "
            "osoite.",
            "Tillfälliga lokaler under renoveringen av Forum (april 2024). Kontrollera den "
            "aktuella adressen.",
            "Temporary premises during the renovation of Forum (April 2024). Check the current "
            "address."),
    },
    "Hämeenlinnan Ohjaamo": {
        "eligibility": text("Alle 30-vuotiaille, erityisesti 18–29-vuotiaille.",
                            "För unga under 30 år, särskilt 18–29-åringar.",
                            "For people under 30, especially those aged 18–29."),
    },
    "Ohjaamotalo Starttipiste, Lippulaiva Library": {
        "slug": "espoo-lippulaiva",
        "area": ["049", "235"],
        "walk_in": True,
        "hours": hours_note(
            "Syksyn 2026 sarja 8.9.–24.11.2026: ti 15–18. Tarkista nykyiset aukioloajat.",
            "Höstens serie 2026, 8.9–24.11.2026: tis 15–18. Kontrollera aktuella öppettider.",
            "Autumn 2026 series, 8 Sep – 24 Nov 2026: Tue 15–18. Check current hours."),
        "eligibility": text(
            "Espoolaisille ja kauniaislaisille alle 30-vuotiaille.",
            "För unga under 30 år i Esbo och Grankulla.",
            "For residents of Espoo and Kauniainen under 30."),
    },
    "Navigatorn i Sibbo (Ohjaamo Sipoo)": {
        "visit_note": text(
            "Osoite on päiväämättömästä, noin vuosien 2017–2019 lähteestä. Tarkista nykyinen "
            "osoite.",
            "Adressen kommer från en odaterad källa, cirka 2017–2019. Kontrollera den aktuella "
            "adressen.",
            "The address is from an undated source, about 2017–2019. Check the current "
            "address."),
    },
}


def ohjaamo_name(name, languages):
    """The point's name. A point that serves in Swedish needs a Swedish name; where the source
    gives none, the Finnish proper name stands in the Swedish text, untranslated."""
    known = OHJAAMO_NAMES.get(name, text(name))
    if "sv" in languages and "sv" not in known:
        known = dict(known, sv=known["fi"])
        known = text(known.get("fi"), known.get("sv"), known.get("en"))
    return known


def channel_languages(cell):
    """ISO 639-1 codes from a languages cell. A point said to offer Swedish guidance in a
    Finnish-language source is a Finnish-language service that also serves in Swedish."""
    cell = cell.strip()
    if not cell:
        return []
    if cell.startswith("sv guidance offered"):
        return ["fi", "sv"]
    return [code for code in re.findall(r"\b(fi|sv|en)\b", cell.split("(")[0])]


def ohjaamo(row):
    extra = OHJAAMO_ROWS.get(row["name"], {})
    code = row["municipality_code"]
    min_age, max_age = ages(row["target_group"])
    note = extra.get("eligibility")
    if min_age is None and max_age is None:
        note = OHJAAMO_AGE_UNKNOWN

    address = {}
    street = row["street_address"].strip()
    if street:
        address["street"] = text(None, street) if street in SWEDISH_STREETS else text(street)
    if row["postcode"].strip():
        address["postcode"] = row["postcode"].strip()
    if row["post_office"].strip():
        address["post_office"] = text(row["post_office"].strip())
    address["municipality"] = code
    if row["venue"].strip():
        address["venue"] = VENUES[row["venue"].strip()]
    visit_note = extra.get("visit_note") or (None if street else NO_STREET_NOTE)

    languages = channel_languages(row["languages"])
    channels = [channel("visit", "visit", address=address, languages=languages,
                        access="walk_in" if extra.get("walk_in") else None,
                        hours=extra.get("hours"), note=visit_note)]
    if row["web_page"].strip():
        channels.append(channel("web", "web", url=row["web_page"].strip(), languages=languages))
    if row["phone"].strip():
        channels.append(channel("phone", "phone", phone=row["phone"].strip(), languages=languages))
    if row["email"].strip():
        channels.append(channel("email", "email", email=row["email"].strip(), languages=languages))

    return service(
        id="ohjaamo-" + extra.get("slug", slug(row["municipality_name"])),
        kind="ohjaamo",
        name=ohjaamo_name(row["name"], languages),
        summary=OHJAAMO_SUMMARY,
        what_to_expect=OHJAAMO_WHAT_TO_EXPECT,
        needs=OHJAAMO_NEEDS,
        ptv={"target_groups": [PTV_YOUNG_PEOPLE]},
        eligibility=eligibility({"type": "municipalities", "codes": extra.get("area", [code])},
                                min_age, max_age, note),
        channels=channels,
        provenance_record=provenance(
            source_urls(row["source"]), row["source_date"],
            maintainer_note(("Status", row["status_note"]), ("Notes", row["notes"]),
                            ("Target group as given", row["target_group"]),
                            ("Hours as given", row["opening_hours"]),
                            ("Languages as given", row["languages"]),
                            ("Venue as given", row["venue"]))),
    )


# ---------------------------------------------------------------------------------------------
# Employment areas
# ---------------------------------------------------------------------------------------------

TYOMARKKINATORI_URL = "https://tyomarkkinatori.fi/"
TYOMARKKINATORI_SOURCE = ("https://a-kassa.fi/blogit/tyovoimapalvelut-siirtyvat-"
                          "tyollisyysalueille-1-1-2025-mita-tama-tarkoittaa-tyonhakijalle")

EMPLOYMENT_SUMMARY = text(
    "Työnhaku, työnhakijaksi ilmoittautuminen ja urasuunnittelu. Aloita Työmarkkinatorilla.",
    "Jobbsökning, anmälan som arbetssökande och karriärplanering. Börja på Jobbmarknaden.",
    "Job search, registering as a jobseeker and career planning. Start on Työmarkkinatori.",
)
EMPLOYMENT_WHAT_TO_EXPECT = text(
    "Ilmoittaudu työnhakijaksi Työmarkkinatorilla. Työllisyysalue ottaa sinuun yhteyttä ja "
    "sopii kanssasi työnhaun suunnitelmasta. Yhteystiedot löytyvät Työmarkkinatorilta.",
    "Anmäl dig som arbetssökande på Jobbmarknaden. Sysselsättningsområdet kontaktar dig och gör "
    "upp en jobbsökningsplan med dig. Kontaktuppgifterna finns på Jobbmarknaden.",
    "Register as a jobseeker on Työmarkkinatori. The employment area contacts you and agrees a "
    "job-search plan with you. Its contact details are listed on Työmarkkinatori.",
)
TYOMARKKINATORI_NOTE = text(
    "Työnhakijaksi ilmoittautuminen ja työllisyysalueen yhteystiedot.",
    "Anmälan som arbetssökande och sysselsättningsområdets kontaktuppgifter.",
    "Registering as a jobseeker, and the employment area's contact details.",
)

# Caveats on the `web_page` cell, by area code, for the channel note users see.
EMPLOYMENT_WEB_NOTES = {
    "01": text("Espoon työllisyyspalvelujen sivu.", "Esbo sysselsättningstjänsters sida.",
               "A page of Espoo's employment services."),
    "08": text("Helsingin työnhakijoiden sivu.", "Helsingfors sida för arbetssökande.",
               "A page of Helsinki's jobseeker section."),
    "27": text("Äänekosken sivu alueen valmistelusta.",
               "Äänekoski stads sida om förberedelsen av området.",
               "Äänekoski's page on preparing the area."),
    "43": text("Vantaan sivu Suomeen muuttaneille työnhakijoille.",
               "Vanda stads sida för arbetssökande som flyttat till Finland.",
               "Vantaa's page for jobseekers who have moved to Finland."),
}

# Street-named service points, by area code: (channel id, municipality, street, note).
EMPLOYMENT_VISITS = {
    "08": [("visit-malminkatu", "091", "Malminkatu 34", text(
        "Kurssien ja tapaamisten paikka (2026).", "Plats för kurser och möten (2026).",
        "Course and meeting venue (2026)."))],
    "05": [
        ("visit-aittakarinkatu", "684", "Aittakarinkatu", text(
            "Pääkonttori. Katunumero ei ole tiedossa (lähde 2024).",
            "Huvudkontor. Gatunumret är inte känt (källa 2024).",
            "Main office. Street number not known (2024 source).")),
        ("visit-valtakatu", "684", "Valtakatu", text(
            "Katunumero ei ole tiedossa (lähde 2024).",
            "Gatunumret är inte känt (källa 2024).",
            "Street number not known (2024 source).")),
    ],
    "41": [("visit-yliopistonkatu", "853", "Yliopistonkatu 27", text(
        "Vuonna 2023 suunniteltu palvelupiste. Tarkista ajantasainen osoite.",
        "Serviceställe planerat 2023. Kontrollera den aktuella adressen.",
        "Service point as planned in 2023. Check the current address."))],
}


def employment_area(row, municipality_by_name, region_by_name):
    code = row["employment_area_code"]
    channels = [channel("tyomarkkinatori", "web",
                        name=text("Työmarkkinatori", "Jobbmarknaden", "Työmarkkinatori"),
                        url=TYOMARKKINATORI_URL, note=TYOMARKKINATORI_NOTE)]
    if row["web_page"].strip():
        channels.append(channel("web", "web", url=row["web_page"].strip(),
                                note=EMPLOYMENT_WEB_NOTES.get(code)))
    for channel_id, municipality, street, note in EMPLOYMENT_VISITS.get(code, []):
        channels.append(channel(channel_id, "visit",
                                address={"street": text(street), "municipality": municipality},
                                note=note))

    sources = source_urls(row["source"])
    if TYOMARKKINATORI_SOURCE not in sources:
        sources.append(TYOMARKKINATORI_SOURCE)
    record = service(
        id="employment-area-" + code,
        kind="employment",
        name=text("Työllisyysalueen palvelut: " + row["name_fi"],
                  "Sysselsättningsområdets tjänster: " + row["name_sv"],
                  "Employment services: " + row["name_en"]),
        summary=EMPLOYMENT_SUMMARY,
        what_to_expect=EMPLOYMENT_WHAT_TO_EXPECT,
        needs=["work", "career"],
        ptv={"service_classes": ["P10"]},
        eligibility=eligibility({"type": "employment_area", "code": code}),
        channels=channels,
        provenance_record=provenance(
            sources, row["source_date"],
            maintainer_note(("Organisation model", row["organisation_model"]),
                            ("Responsible municipality", row["responsible_municipality"]),
                            ("Service points as given", row["service_points"]),
                            ("Notes", row["notes"]),
                            ("Työmarkkinatori", "named as the main channel and the place that "
                             "lists the areas' contact details (a-kassa.fi, 1.1.2025 reform)"))),
    )
    responsible = row["responsible_municipality"].split(" (")[0].strip()
    home = municipality_by_name.get(responsible)
    region = home["region_code"] if home else region_by_name[row["regions_fi"].split(";")[0]]
    return region, record


# ---------------------------------------------------------------------------------------------
# National services (national_services.csv) and the added services
# ---------------------------------------------------------------------------------------------

WHOLE_COUNTRY = {"type": "whole_country"}
MAINLAND = {"type": "whole_country_except_aland"}
HELPLINE_HOURS_CAVEAT = ("Hours from the Varsinais-Suomen lastensuojelujärjestöt summer listing; "
                         "they may be summer hours.")


def national_rows(rows):
    """The national_services.csv rows as services, by the `service` cell."""
    by_name = {row["service"]: row for row in rows}

    def from_row(row_name, **fields):
        row = by_name.pop(row_name)
        extra_note = fields.pop("extra_note", "")
        note = maintainer_note(("Category", row["category"]),
                               ("Target group as given", row["target_group"]),
                               ("Provider", row["provider"]),
                               ("Description as given", row["description"]),
                               ("Phone hours as given", row["phone_hours"]),
                               ("Chat hours as given", row["chat_hours"]),
                               ("Languages as given", row["languages"]),
                               ("Source cell", row["source"]),
                               ("Caveat", extra_note))
        return service(provenance_record=provenance(source_urls(row["source"]),
                                                    row["source_date"], note), **fields)

    services = [
        from_row(
            "Ohjaamot.fi (national Ohjaamo website)", id="ohjaamot-fi", kind="other",
            name=text("Ohjaamot.fi", "Ohjaamot.fi", "Ohjaamot.fi"),
            summary=text(
                "Ohjaamo-verkoston valtakunnallinen sivusto: etsi lähin Ohjaamo.",
                "Ohjaamo-nätverkets nationella webbplats: hitta närmaste Navigator.",
                "National website of the Ohjaamo network: find your nearest Ohjaamo."),
            needs=["unsure"],
            ptv={"target_groups": [PTV_YOUNG_PEOPLE]},
            eligibility=eligibility(WHOLE_COUNTRY, None, 29),
            channels=[channel("web", "web", url="https://ohjaamot.fi/")],
            extra_note="The map and contact list were described in 2017."),
        from_row(
            "Työmarkkinatori", id="tyomarkkinatori", kind="employment",
            name=text("Työmarkkinatori", "Jobbmarknaden", "Työmarkkinatori"),
            summary=text(
                "Valtakunnallinen verkkopalvelu: ilmoittaudu työnhakijaksi ja etsi avoimia "
                "työpaikkoja.",
                "Nationell webbtjänst: anmäl dig som arbetssökande och sök lediga jobb.",
                "National online service: register as a jobseeker and look for job vacancies."),
            what_to_expect=EMPLOYMENT_WHAT_TO_EXPECT,
            needs=["work", "career"],
            ptv={"service_classes": ["P10"]},
            eligibility=eligibility(MAINLAND, note=text(
                "Ahvenanmaalla työnhakijaksi ilmoittaudutaan AMS:ssä.",
                "På Åland anmäler man sig som arbetssökande hos AMS.",
                "On Åland, jobseekers register with AMS.")),
            channels=[
                channel("web", "web", url=TYOMARKKINATORI_URL),
                channel("vacancies", "web",
                        name=text("Avoimet työpaikat", "Lediga jobb", "Job vacancies"),
                        url="https://tyomarkkinatori.fi/henkiloasiakkaat/avoimet-tyopaikat/"),
            ],
            extra_note="Mainland only: on Åland AMS registers jobseekers (see ams-aland)."),
        from_row(
            "Opintopolku", id="opintopolku", kind="education",
            name=text("Opintopolku", "Studieinfo", "Studyinfo"),
            summary=text(
                "Lähes kaikki peruskoulun jälkeiset koulutukset ja yhteishaut samassa paikassa.",
                "Nästan alla utbildningar efter grundskolan och de gemensamma ansökningarna.",
                "Nearly all education after basic school, and the joint applications, in one "
                "place."),
            needs=["study"],
            eligibility=eligibility(WHOLE_COUNTRY),
            channels=[
                channel("web", "web", url="https://opintopolku.fi/"),
                channel("email", "email", email="neuvonta@opintopolku.fi", note=text(
                    "Neuvonta perusopetuksen jälkeiseen hakuun (tieto vuodelta 2021).",
                    "Rådgivning om ansökan efter grundskolan (uppgift från 2021).",
                    "Advice on applying after basic education (2021 information).")),
            ],
            extra_note="The e-mail address is from a 2021 page."),
        from_row(
            "Osaamispolku", id="osaamispolku", kind="career",
            name=text("Osaamispolku", "Osaamispolku", "Osaamispolku"),
            summary=text(
                "Valtakunnallinen digipalvelu jatkuvaan oppimiseen ja urasuunnitteluun.",
                "Nationell digital tjänst för kontinuerligt lärande och karriärplanering.",
                "National digital service for continuous learning and career planning."),
            needs=["career", "study"],
            eligibility=eligibility(WHOLE_COUNTRY),
            channels=[channel("web", "web", url="https://osaamispolku.fi/")]),
        from_row(
            "Suomi.fi: Ohjaus- ja neuvontapalveluja (guidance and counselling services "
            "directory)", id="suomi-fi-guidance-directory", kind="other",
            name=text("Suomi.fi: Ohjaus- ja neuvontapalveluja",
                      "Suomi.fi: Handlednings- och rådgivningstjänster",
                      "Suomi.fi: Guidance and counselling services"),
            summary=text(
                "Suomi.fi-hakemisto ohjaus- ja neuvontapalveluista eri elämäntilanteisiin.",
                "Suomi.fi-katalog över handlednings- och rådgivningstjänster.",
                "Suomi.fi directory of guidance and counselling services."),
            needs=["everyday", "unsure"],
            eligibility=eligibility(WHOLE_COUNTRY),
            channels=[channel("web", "web",
                              url="https://www.suomi.fi/aihe/ohjaus-ja-neuvontapalveluja",
                              languages=["fi"])]),
        from_row(
            "Sekasin-chat", id="sekasin-chat", kind="helpline",
            name=text("Sekasin-chat", "Sekasin-chatten", "Sekasin chat"),
            summary=text(
                "Nimetön chat 12–29-vuotiaille: puhu mistä tahansa mielen päällä olevasta.",
                "Anonym chatt för 12–29-åringar: prata om vad som helst som du har på hjärtat.",
                "Anonymous chat for 12–29-year-olds: talk about anything on your mind."),
            needs=["wellbeing", "unsure"],
            ptv={"target_groups": [PTV_YOUNG_PEOPLE]},
            eligibility=eligibility(WHOLE_COUNTRY, 12, 29),
            channels=[channel("chat", "chat", url="https://sekasin247.fi/", languages=["fi", "sv"],
                              hours=hours_note(
                                  "Toukokuussa 2025 ilmoitettu: arkisin 9–24, viikonloppuisin "
                                  "15–24. Tarkista ajantasaiset ajat.",
                                  "Uppgift från maj 2025: vardagar 9–24, veckoslut 15–24. "
                                  "Kontrollera aktuella tider.",
                                  "Listed in May 2025: weekdays 9–24, weekends 15–24. Check "
                                  "current hours."),
                              note=text(None,
                                        "Meddelanden på svenska tas emot sedan hösten 2022.",
                                        "Messages in Swedish accepted since autumn 2022."))],
            extra_note=HELPLINE_HOURS_CAVEAT),
        from_row(
            "Lasten ja nuorten puhelin (MLL)", id="mll-lasten-ja-nuorten-puhelin",
            kind="helpline",
            name=text("MLL:n Lasten ja nuorten puhelin", "MLL:s Barn- och ungdomstelefon",
                      "MLL Child and Youth Phone"),
            summary=text(
                "Maksuton ja nimetön puhelin lapsille ja nuorille. Ei näy puhelinlaskussa.",
                "Gratis och anonym telefon för barn och unga. Syns inte på telefonräkningen.",
                "Free, anonymous phone line for children and young people. Not shown on the "
                "phone bill."),
            needs=["wellbeing"],
            eligibility=eligibility(WHOLE_COUNTRY),
            channels=[
                channel("phone", "phone", phone="116 111", languages=["fi"], access="walk_in",
                        hours=hours_note(
                            "Kesän 2025 listauksessa: ma–pe 14–20, la–su 17–20. Tarkista "
                            "ajantasaiset ajat.",
                            "Enligt sommarlistan 2025: mån–fre 14–20, lör–sön 17–20. "
                            "Kontrollera aktuella tider.",
                            "Summer 2025 listing: Mon–Fri 14–20, Sat–Sun 17–20. Check current "
                            "hours.")),
                channel("phone-sv", "phone", name=text("Ruotsinkielinen linja", "Svenska linjen",
                                                       "Swedish line"),
                        phone="0800 96 116", languages=["sv"], access="walk_in",
                        hours=hours_note(
                            "Kesän 2025 listauksessa: ma–ti 14–17, ke–to 14–20. Tarkista "
                            "ajantasaiset ajat.",
                            "Enligt sommarlistan 2025: mån–tis 14–17, ons–tors 14–20. "
                            "Kontrollera aktuella tider.",
                            "Summer 2025 listing: Mon–Tue 14–17, Wed–Thu 14–20. Check current "
                            "hours.")),
            ],
            extra_note=HELPLINE_HOURS_CAVEAT),
        from_row(
            "MLL Nuortennetti: lasten ja nuorten chat", id="mll-nuortennetti-chat",
            kind="helpline",
            name=text("MLL Nuortennetti: lasten ja nuorten chat",
                      "MLL Nuortennetti: chatt för barn och unga",
                      "MLL Nuortennetti: chat for children and young people"),
            summary=text(
                "Nimetön chat lapsille ja nuorille MLL:n Nuortennetissä.",
                "Anonym chatt för barn och unga på MLL:s Nuortennetti.",
                "Anonymous chat for children and young people on MLL's Nuortennetti."),
            description=text(
                "Toukokuussa 2024 ilmoitettu: joka päivä 17–20. Chat löytyy MLL:n "
                "Nuortennetistä.",
                "Uppgift från maj 2024: varje dag 17–20. Chatten finns på MLL:s Nuortennetti.",
                "Listed in May 2024: every day 17–20. The chat is on MLL's Nuortennetti."),
            needs=["wellbeing"],
            eligibility=eligibility(WHOLE_COUNTRY),
            channels=[],
            extra_note="No channel: the chat's web address is not stated in the source. "
                       + HELPLINE_HOURS_CAVEAT),
        from_row(
            "MIELI Kriisipuhelin", id="mieli-kriisipuhelin", kind="crisis",
            name=text("MIELI Kriisipuhelin", "MIELI Kristelefon", "MIELI Crisis Helpline"),
            summary=text(
                "Kriisipuhelin kaikenikäisille, kun elämä tuntuu liian raskaalta.",
                "Kristelefon för alla åldrar när livet känns för tungt.",
                "Crisis helpline for all ages when life feels too heavy."),
            needs=["wellbeing"],
            eligibility=eligibility(WHOLE_COUNTRY),
            channels=[channel("phone", "phone", phone="09 2525 0111", access="walk_in",
                              hours={"always_open": True, "open_on_public_holidays": True})],
            extra_note="Listed as 24/7."),
        from_row(
            "Nollalinja", id="nollalinja", kind="helpline",
            name=text("Nollalinja", "Nollinjen", "Nollalinja"),
            summary=text(
                "Maksuton auttava puhelin lähisuhdeväkivaltaa kokeneille, joka päivä ympäri "
                "vuorokauden.",
                "Gratis hjälptelefon för den som utsatts för våld i nära relationer, dygnet "
                "runt.",
                "Free helpline for violence in close relationships, every day, around the "
                "clock."),
            description=text("Nollalinjalla on myös chat (katso Nollalinjan verkkosivut).",
                             None, "Nollalinja also has a chat (see its website)."),
            needs=["wellbeing"],
            eligibility=eligibility(WHOLE_COUNTRY),
            channels=[channel("phone", "phone", phone="080 005 005", access="walk_in",
                              hours={"always_open": True, "open_on_public_holidays": True})],
            extra_note="Listed as 24/7, every day of the year. The chat's address is not stated."),
        from_row(
            "Apuu-chat", id="apuu-chat", kind="helpline",
            name=text("Apuu-chat", "Apuu-chatten", "Apuu chat"),
            summary=text(
                "Nimetön ja luottamuksellinen chat 7–15-vuotiaille, jotka tuntevat olonsa "
                "turvattomaksi.",
                "Anonym och konfidentiell chatt för 7–15-åringar som känner sig otrygga.",
                "Anonymous, confidential chat for 7–15-year-olds who feel unsafe or "
                "threatened."),
            description=text("Toukokuussa 2025 ilmoitettu: joka päivä 9–22.",
                             "Uppgift från maj 2025: varje dag 9–22.",
                             "Listed in May 2025: every day 9–22."),
            needs=["wellbeing"],
            eligibility=eligibility(WHOLE_COUNTRY, 7, 15),
            channels=[],
            extra_note="No channel: the chat's web address is not stated in the source. "
                       + HELPLINE_HOURS_CAVEAT),
        from_row(
            "Netari (Nettinuorisotalo)", id="netari", kind="youth-work",
            name=text("Netari (Nettinuorisotalo)", "Netari (ungdomsgård på nätet)",
                      "Netari (online youth centre)"),
            summary=text(
                "Nettinuorisotalo: turvallisia verkkotiloja, tekemistä ja tukea chatissa.",
                "Ungdomsgård på nätet: trygga rum, aktiviteter och stöd i chatten.",
                "Online youth centre: safe online spaces, activities and support by chat."),
            needs=["wellbeing"],
            ptv={"target_groups": [PTV_YOUNG_PEOPLE]},
            eligibility=eligibility(WHOLE_COUNTRY, 13, 21, text(
                "Noin 13–21-vuotiaille.", "För cirka 13–21-åringar.", "For about 13–21-year-olds.")),
            channels=[],
            extra_note="No channel: the web address is not stated in the source. Ages are "
                       "'about 13-21'."),
        from_row(
            "Ensi- ja turvakotien liiton lasten ja nuorten chat", id="ensi-ja-turvakotien-chat",
            kind="helpline",
            name=text("Ensi- ja turvakotien liiton lasten ja nuorten chat",
                      "Ensi- ja turvakotien liitto: chatt för barn och unga",
                      "Ensi- ja turvakotien liitto: chat for children and young people"),
            summary=text(
                "Chat lapsille ja nuorille: vanhempien ero, riidat, väkivalta tai turvattomuus "
                "kotona.",
                "Chatt för barn och unga: föräldrarnas skilsmässa, bråk, våld eller otrygghet "
                "hemma.",
                "Chat for children and young people: parents' divorce, conflicts, violence or "
                "insecurity at home."),
            description=text("Toukokuussa 2025 ilmoitettu: arkisin 15–19.",
                             "Uppgift från maj 2025: vardagar 15–19.",
                             "Listed in May 2025: weekdays 15–19."),
            needs=["wellbeing"],
            eligibility=eligibility(WHOLE_COUNTRY),
            channels=[],
            extra_note="No channel: the chat's web address is not stated in the source. "
                       + HELPLINE_HOURS_CAVEAT),
        from_row(
            "Hätänumero 112", id="hatanumero-112", kind="crisis",
            name=text("Hätänumero 112", "Nödnumret 112", "Emergency number 112"),
            summary=text(
                "Soita 112 kiireellisessä hätätilanteessa, kun henki, terveys tai omaisuus on "
                "vaarassa.",
                "Ring 112 i brådskande nödsituationer när liv, hälsa eller egendom är i fara.",
                "Call 112 in an urgent emergency when life, health or property is in danger."),
            needs=["wellbeing"],
            eligibility=eligibility(WHOLE_COUNTRY),
            channels=[channel("phone", "phone", phone="112", access="walk_in",
                              hours={"always_open": True, "open_on_public_holidays": True})]),
    ]
    if by_name:
        raise SystemExit(f"national_services.csv rows without a mapping: {sorted(by_name)}")
    return services


# Services added for needs the reference data has no service for. Each fact below was read
# from the stored copy of the source listed with it (2026-11-23); see catalogue/README.md.
ADDED_NATIONAL = [
    service(
        id="kela-young-people", kind="benefits",
        name=text("Kela: tuet nuorille", "FPA: stöd till unga", "Kela: benefits for young people"),
        summary=text(
            "Kelan tuet asumiseen, opiskeluun ja toimeentuloon, esimerkiksi yleinen asumistuki.",
            "FPA:s stöd för boende, studier och utkomst, till exempel allmänt bostadsbidrag.",
            "Kela's benefits for housing, studies and income, such as general housing "
            "allowance."),
        how_to_apply=text(
            "Hae OmaKelassa (suomeksi ja ruotsiksi) tai lomakkeella. Tarkista ensin laskurilla, "
            "voitko saada tukea.",
            "Ansök i MittFPA (på finska och svenska) eller med blankett. Kontrollera först med "
            "räknaren om du kan få stöd.",
            "Apply in OmaKela (Finnish and Swedish) or with a form. Check first with the "
            "calculator whether you can get a benefit."),
        needs=["money", "housing"],
        eligibility=eligibility(WHOLE_COUNTRY, note=text(
            "Ahvenanmaalla osa tuista haetaan muualta, esimerkiksi työttömyysetuudet AMS:stä.",
            "På Åland söks en del stöd någon annanstans, till exempel arbetslöshetsförmåner hos "
            "AMS.",
            "On Åland some benefits are applied for elsewhere, e.g. unemployment benefits from "
            "AMS.")),
        channels=[
            channel("web", "web", url="https://www.kela.fi/report-changes-young-people",
                    languages=["en"]),
            channel("web-sv", "web", url="https://www.kela.fi/meddela-forandringar-unga",
                    languages=["sv"]),
        ],
        provenance_record=provenance(
            ["https://www.kela.fi/report-changes-young-people",
             "https://www.kela.fi/meddela-forandringar-unga",
             "https://www.kela.fi/web/sgn-fi/asuminen",
             "https://sosiaalivakuutus.fi/sa-har-anvands-sociala-formaner-i-finland-del-9-aland-"
             "har-delvis-egen-lagstiftning-gallande-social-trygghet/"],
            "kela.fi pages not dated (refer to 2025 law changes); sosiaalivakuutus.fi 2022-10-06",
            "Added for the money and housing needs. Whole country: FPA Åland exists "
            "(sosiaalivakuutus.fi 6.10.2022), but on Åland unemployment allowances go through "
            "AMS and family benefits partly through the municipalities. No Finnish-language URL "
            "of the young-people page was in the stored material; the Kela phone numbers were "
            "not found either. Since 1.8.2025 students get the study grant housing supplement "
            "instead of general housing allowance (kela.fi/web/sgn-fi/asuminen).")),
    service(
        id="takuusaatio", kind="other",
        name=text("Takuusäätiö", "Garantistiftelsen", "Takuusäätiö (Guarantee Foundation)"),
        summary=text(
            "Maksutonta neuvontaa velka- ja raha-asioissa sekä apua velkakierteen katkaisemiseen.",
            "Gratis rådgivning om skulder och pengar samt hjälp att bryta en skuldspiral.",
            "Free advice on debt and money matters, and help to break a debt spiral."),
        description=text(
            "Takuusäätiön Velkalinja on maksuton neuvontanumero; numero löytyy säätiön "
            "verkkosivuilta.",
            None,
            "Takuusäätiö's Velkalinja is a free advice line; the number is on the foundation's "
            "website."),
        needs=["money"],
        eligibility=eligibility(WHOLE_COUNTRY),
        channels=[channel("web", "web", url="https://www.takuusaatio.fi/")],
        provenance_record=provenance(
            ["https://demokraatti.fi/velkalinjan-puhelin-pirisee-nyt-ennatystahtia-takuusaatio-"
             "raha-asiat-otettava-puheeksi-kaikissa-tilanteissa",
             "https://www.is.fi/taloussanomat/art-2000009253962.html",
             "https://www.mtkl.fi/mika-askarruttaa/mista-apua-talous-ja-velkaongelmiin/"],
            "is.fi 2022-12; demokraatti.fi and mtkl.fi not dated",
            "Added for the money need (debt advice). The Velkalinja phone number was not in a "
            "citable stored source, so there is no phone channel; the web address appears in "
            "several public GitHub files, not on a stored page of the foundation. Åland coverage "
            "not verified.")),
    service(
        id="infofinland", kind="other",
        name=text("InfoFinland", "InfoFinland", "InfoFinland"),
        summary=text(
            "Monikielistä tietoa Suomeen muuttamisesta ja Suomessa asumisesta.",
            "Information på många språk om att flytta till och bo i Finland.",
            "Information in many languages on moving to and living in Finland."),
        needs=["integration"],
        eligibility=eligibility(WHOLE_COUNTRY),
        channels=[channel("web", "web", url="https://www.infofinland.fi/en", languages=["en"])],
        provenance_record=provenance(
            ["https://infofinland.fi/en/open-data-0",
             "https://infofinland.fi/sv/housing/housing-allowance"],
            "not stated",
            "Added for the integration need. The site's pages were read from stored copies; the "
            "language versions other than en and sv were not checked. Åland newcomers also have "
            "Kompassen (kompassen-aland).")),
]

# Åland's own services: its labour-market and study-service authority and its newcomer desk.
ALAND_SERVICES = [
    service(
        id="ams-aland", kind="employment",
        name=text("Ålands arbetsmarknads- och studieservicemyndighet (AMS)",
                  "Ålands arbetsmarknads- och studieservicemyndighet (AMS)",
                  "Åland labour market and study services authority (AMS)"),
        summary=text(
            "Ahvenanmaan työnhaku, työttömyysetuudet, opintotuki sekä opinto- ja uraohjaus.",
            "Arbetsförmedling, arbetslöshetsersättning, studiestöd och vägledning på Åland.",
            "Åland's employment service: job search, unemployment benefits, study grants and "
            "guidance."),
        how_to_apply=text(
            "Ilmoittaudu työnhakijaksi AMS:ssä, jos olet työtön tai lomautettu.",
            "Anmäl dig som arbetssökande hos AMS om du är arbetslös eller permitterad.",
            "Register as a jobseeker with AMS if you are unemployed or laid off."),
        needs=["work", "career", "study", "money"],
        eligibility=eligibility({"type": "region", "code": ALAND_REGION}),
        channels=[channel("web", "web", url="https://www.ams.ax/", languages=["sv"])],
        provenance_record=provenance(
            ["https://www.ams.ax/om-ams/lagar-och-regler",
             "https://sosiaalivakuutus.fi/sa-har-anvands-sociala-formaner-i-finland-del-9-aland-"
             "har-delvis-egen-lagstiftning-gallande-social-trygghet/",
             "https://www.kst.ax/klienter/utkomststod/formaner-ams-och-fpa",
             "https://www.utbildning.ax/fran-skola-arbetsliv/vagledning",
             "https://www.norden.org/is/info-norden/atvinnuleit-alandseyjum"],
            "sosiaalivakuutus.fi 2022-10-06; kst.ax 2020-12-19; ams.ax not stated",
            "Added so Åland routes to its own authority (Åland is outside the 45 employment "
            "areas). AMS registers jobseekers, handles basic unemployment allowance and labour "
            "market support, study grants (LL 2006:71) and gives vocational guidance. No address, "
            "phone or current opening hours were found in a dated source (a nyan.ax notice gives "
            "weekdays 10-15 but is undated). The web address is the root of the stored ams.ax "
            "page.")),
    service(
        id="kompassen-aland", kind="other",
        name=text("Kompassen", "Kompassen", "Kompassen"),
        summary=text(
            "Neuvontaa Ahvenanmaalle muuttaneille: vastauksia yleisimpiin kysymyksiin.",
            "Rådgivning för dig som är ny på Åland: svar på de vanligaste frågorna.",
            "Guidance for people new to Åland: answers to the most common questions."),
        needs=["integration"],
        eligibility=eligibility({"type": "region", "code": ALAND_REGION}),
        channels=[channel("web", "web", url="https://kompassen.ax/ny-pa-aland", languages=["sv"])],
        provenance_record=provenance(
            ["https://kompassen.ax/ny-pa-aland"],
            "not stated (quotes population figures of 31.12.2017)",
            "Added for the integration need on Åland. The page invites contact ('Ta kontakt med "
            "oss i Kompassen'); contact details were not in the stored excerpt.")),
]


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def write_json(path, value):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(value, handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def catalogue_file(services):
    return {"format": CATALOGUE_FORMAT, "services": sorted(services, key=lambda s: s["id"])}


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    data = Path(argv[1])
    out = Path(argv[2]) if len(argv) == 3 else Path(__file__).resolve().parent.parent

    municipalities = read_csv(data, "municipalities.csv")
    regions = read_csv(data, "regions.csv")
    areas = read_csv(data, "employment_areas.csv")
    write_json(out / "geography.json", geography(municipalities, regions, areas))

    region_of = {row["municipality_code"]: row["region_code"] for row in municipalities}
    municipality_by_name = {row["name_fi"]: row for row in municipalities}
    region_by_name = {row["name_fi"]: row["region_code"] for row in regions}
    by_region = {row["region_code"]: [] for row in regions}

    for row in read_csv(data, "ohjaamot.csv"):
        by_region[region_of[row["municipality_code"]]].append(ohjaamo(row))
    for row in areas:
        if row["employment_area_code"] == ALAND_EMPLOYMENT_CODE:
            continue
        region, record = employment_area(row, municipality_by_name, region_by_name)
        by_region[region].append(record)
    by_region[ALAND_REGION].extend(ALAND_SERVICES)

    ids = [s["id"] for services in by_region.values() for s in services]
    national = national_rows(read_csv(data, "national_services.csv")) + ADDED_NATIONAL
    ids += [s["id"] for s in national]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise SystemExit(f"duplicate service ids: {duplicates}")

    write_json(out / "national.json", catalogue_file(national))
    for region, services in sorted(by_region.items()):
        write_json(out / "regions" / f"{region}.json", catalogue_file(services))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
