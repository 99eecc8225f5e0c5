#!/usr/bin/env python3
"""Renders raadsinformatiebrieven (raadsdoc's YAML input) to ODT with relatorio.

Usage: relatorio_render.py TEMPLATE.odt OUT_DIR [--deel K/M] [--naam STEM] INPUT...

INPUT is a .yaml file or a folder of them (raadsdoc.yaml, the profile, is
skipped). With --naam STEM only the files of a folder named STEM-<number>.yaml
are letters (the benchmark's variants; the documents they refer to lie beside
them). With --deel K/M the worker takes the K-th of M contiguous parts of
the sorted list, so that M processes split one set of letters between them.

The template (made by make_relatorio_template.py) is loaded once; every
letter is then read with PyYAML (the libyaml loader when present), turned
into the names the template uses and rendered straight to OUT_DIR/NAME.odt,
all in this one process. Prints how many letters it made; exits 1 if any
letter failed or none was made.

The letter's text fields are Markdown. Only what a raadsinformatiebrief like
seed 001 uses is understood here: paragraphs, numbered lists and lines of
<autolinks> ending in a backslash (hard line breaks).
"""

import datetime
import os
import re
import sys
import time

import yaml
from relatorio.templates.opendocument import Template

try:
    Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml
    Loader = yaml.SafeLoader

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
          "augustus", "september", "oktober", "november", "december"]
LIST_ITEM = re.compile(r"^(\d+)\.\s+(.*)$")
AUTOLINK = re.compile(r"^<([^>]+)>\\?$")


def dutch_date(value):
    """A date as "1 augustus 2021"; other text (a concept's "in te vullen") as it is."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value)
        except ValueError:
            return value
    return "%d %s %d" % (value.day, MONTHS[value.month - 1], value.year)


def markdown_blocks(text):
    """Blocks of a text field: alinea, lijst (one per item) and links."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        if all(AUTOLINK.match(line) for line in lines):
            blocks.append({"soort": "links",
                           "urls": [AUTOLINK.match(line).group(1) for line in lines]})
        elif LIST_ITEM.match(lines[0]):
            item = None
            for line in lines:
                match = LIST_ITEM.match(line)
                if match:
                    item = {"soort": "lijst", "nummer": match.group(1) + ".",
                            "tekst": match.group(2)}
                    blocks.append(item)
                else:
                    item["tekst"] += " " + line
        else:
            blocks.append({"soort": "alinea", "tekst": " ".join(lines)})
    return blocks


def section_blocks(sections, numbered, level=1, blocks=None):
    blocks = [] if blocks is None else blocks
    for number, section in enumerate(sections or [], 1):
        heading = section.get("kop", "")
        if level == 1:
            if numbered:
                heading = "%d. %s" % (number, heading)
            blocks.append({"soort": "kop1", "tekst": heading})
        else:
            blocks.append({"soort": "kop2", "tekst": heading})
        if section.get("tekst"):
            blocks.extend(markdown_blocks(section["tekst"]))
        section_blocks(section.get("secties"), numbered, level + 1, blocks)
    return blocks


def context(letter):
    signing = letter.get("ondertekening") or {}
    signatories = [{"naam": s.get("naam", ""), "functie": s.get("functie", "")}
                   for s in signing.get("ondertekenaars") or []]
    signatories += [{"naam": "", "functie": ""}] * max(0, 2 - len(signatories))
    numbered = letter.get("koppen-nummeren") in (True, "ja")
    title = str(letter.get("soort", "")).capitalize()
    subject = letter.get("onderwerp", "")
    return {
        "titel": title,
        "dc_titel": "%s: %s" % (title, subject),
        "datum": dutch_date(letter.get("datum")),
        "kenmerk": str(letter.get("kenmerk", "")),
        "onderwerp": subject,
        "portefeuillehouder": letter.get("portefeuillehouder", ""),
        "blokken": section_blocks(letter.get("secties"), numbered),
        "namens": signing.get("namens", ""),
        "ondertekenaars": signatories,
    }


def input_files(arguments, stem):
    letter = re.compile(re.escape(stem) + r"-\d+\.yaml$" if stem else r".*\.yaml$")
    files = []
    for argument in arguments:
        if os.path.isdir(argument):
            for folder, _, names in os.walk(argument):
                files += [os.path.join(folder, name) for name in names
                          if letter.match(name) and name != "raadsdoc.yaml"]
        else:
            files.append(argument)
    return sorted(files)


def main(argv):
    args = argv[1:]
    part, parts = 1, 1
    if "--deel" in args:
        index = args.index("--deel")
        part, parts = (int(x) for x in args[index + 1].split("/"))
        del args[index:index + 2]
    stem = None
    if "--naam" in args:
        index = args.index("--naam")
        stem = args[index + 1]
        del args[index:index + 2]
    if len(args) < 3:
        sys.exit("gebruik: relatorio_render.py SJABLOON.odt UITMAP [--deel K/M] [--naam STAM] INVOER...")
    template_path, out_dir, inputs = args[0], args[1], args[2:]

    files = input_files(inputs, stem)
    size = -(-len(files) // parts)
    files = files[(part - 1) * size:part * size]
    os.makedirs(out_dir, exist_ok=True)

    start = time.perf_counter()
    with open(template_path, "rb") as source:
        template = Template(source)
    made, failed = 0, 0
    for path in files:
        name = os.path.splitext(os.path.basename(path))[0] + ".odt"
        try:
            with open(path, encoding="utf-8") as handle:
                letter = yaml.load(handle, Loader=Loader)
            with open(os.path.join(out_dir, name), "wb") as out:
                template.generate(**context(letter)).render(out=out)
            made += 1
        except Exception as error:  # report and go on, as raadsdoc batch does
            failed += 1
            if failed <= 3:
                print("relatorio: %s: %s: %s" % (path, type(error).__name__, error),
                      file=sys.stderr)
    seconds = time.perf_counter() - start
    print("relatorio deel %d/%d: %d gemaakt, %d mislukt, %.2f s" %
          (part, parts, made, failed, seconds))
    return 0 if made and not failed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
