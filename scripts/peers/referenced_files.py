#!/usr/bin/env python3
"""Lists the YAML documents a letter refers to, and those they refer to.

Usage: referenced_files.py LETTER.yaml

Prints, one per line and relative to the letter's folder, every .yaml or
.yml file named by a text value in the letter (a bijlage's `bestand:`, an
akkoord's list of deals) that exists beside it, and so on through the files
found. The benchmark copies them next to its variants, so that raadsdoc finds
what a variant refers to as it would beside the original. Exits 1 with a
message when a reference leaves the letter's folder, since only that folder
is copied.
"""

import os
import sys

import yaml


def texts(value):
    """Every text value in a parsed YAML document."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item)


def main(argv):
    if len(argv) != 2:
        sys.exit("gebruik: referenced_files.py BRIEF.yaml")
    letter = os.path.realpath(argv[1])
    root = os.path.dirname(letter)
    found, pending = set(), [letter]
    while pending:
        document = pending.pop()
        try:
            with open(document, encoding="utf-8") as handle:
                parsed = yaml.safe_load(handle)
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
            sys.exit("%s: niet te lezen als YAML: %s" % (document, error))
        for text in texts(parsed):
            if not text.endswith((".yaml", ".yml")) or "\n" in text:
                continue
            path = os.path.realpath(os.path.join(os.path.dirname(document), text))
            if path == letter or path in found or not os.path.isfile(path):
                continue
            if os.path.commonpath([root, path]) != root:
                sys.exit("%s verwijst naar %s, buiten de map van de brief (%s); de benchmark kopieert "
                         "alleen die map" % (document, text, root))
            found.add(path)
            pending.append(path)
    for path in sorted(found):
        print(os.path.relpath(path, root))


if __name__ == "__main__":
    main(sys.argv)
