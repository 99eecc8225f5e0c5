#!/usr/bin/env python3
"""Writes the seed corpora and dictionaries of the fuzz targets into a folder.

Seeds come from the example inputs (inputs/), the test fixtures
(Tests/RaadsDocTests/Fixtures, the saved findings in fuzz/<target>/ among
them) and the shipped templates; nothing is
committed, so the seeds follow the inputs as they change. Usage:
Fuzz/corpus.py FOLDER (run from the package root).
"""
import glob
import json
import os
import shutil
import sys
import zipfile

out = sys.argv[1]
yaml_files = sorted(glob.glob("inputs/**/*.yaml", recursive=True)
                    + glob.glob("Tests/RaadsDocTests/Fixtures/**/*.yaml", recursive=True))
templates = sorted(glob.glob("templates/**/*.ott", recursive=True)
                   + glob.glob("Tests/RaadsDocTests/Fixtures/**/*.ott", recursive=True))


def seed(target, name, data):
    folder = os.path.join(out, "seeds", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as file:
        file.write(data)


def flat(path):
    return path.replace("/", "_")


for path in yaml_files:
    data = open(path, "rb").read()
    for target in ("YAML", "Render", "RichText"):
        seed(target, flat(path), data)
for path in sorted(glob.glob("docs/*.md")):
    seed("RichText", flat(path), open(path, "rb").read()[:16384])

# The findings kept as regression fixtures, each for its own target.
for path in sorted(glob.glob("Tests/RaadsDocTests/Fixtures/fuzz/*/*")):
    seed(os.path.basename(os.path.dirname(path)), "fuzz_" + os.path.basename(path), open(path, "rb").read())

# Each template as shipped, and once more stored without compression, so
# that mutations reach the XML inside rather than only the deflate stream.
for path in templates:
    seed("Template", flat(path), open(path, "rb").read())
    stored = os.path.join(out, "stored.ott")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info), zipfile.ZIP_STORED)
    seed("Template", "stored_" + flat(path), open(stored, "rb").read())
    os.remove(stored)

# The field names of every kind (from the JSON Schemas in docs/schema) and
# the YAML punctuation raadsdoc treats specially.
keys = set()


def walk(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                keys.update(value.keys())
            walk(value)
    elif isinstance(node, list):
        for value in node:
            walk(value)


for path in glob.glob("docs/schema/*.schema.json"):
    walk(json.load(open(path)))
tokens = [key + ":" for key in sorted(keys)] + ["soort:", "- ", "|", ">", "'", '"', "&a", "*a", "!!str", "%TAG",
                                                "ja", "nee", "\\u0000", "\\x01", "\t", "\r\n", "---", "..."]
markdown = ["**", "*", "~~", "[^1]", "[^1]: ", "](", "![", "](afbeeldingen/kaart.png)", "| --- |", "\n\n", "1. ",
            "- [ ] ", "<b>", "# ", "```", "https://", "mailto:", "javascript:", "\\", "&amp;"]
xml = ["{{inhoud}}", "{{briefhoofd}}", "{{ondertekening}}", "{{bijlagen}}", "<!DOCTYPE", "<text:p>", "</text:p>",
       "office:document-content", "style:name=", "xmlns:", "mimetype", "content.xml", "styles.xml", "settings.xml",
       "META-INF/manifest.xml", "Pictures/", "PK\x03\x04", "PK\x01\x02", "PK\x05\x06"]


def dictionary(name, entries):
    with open(os.path.join(out, name), "w") as file:
        for entry in entries:
            file.write('"' + "".join(c if c.isalnum() or c in " :-_./{}<>=!|*~[]^()&#%" else "\\x%02x" % ord(c)
                                     for c in entry) + '"\n')


dictionary("YAML.dict", tokens + markdown)
dictionary("Render.dict", tokens + markdown)
dictionary("RichText.dict", markdown)
dictionary("Template.dict", xml)
