#!/usr/bin/env python3
"""Copies a raadsdoc.yaml with its file paths made absolute.

Usage: absolute_profile.py PROFILE COPY

The benchmark renders its variants of a letter in a folder of its own, so the
paths in the profile that are relative to the profile's folder (sjabloon,
every sjablonen entry, logo) are resolved against that folder first. The copy
is written by PyYAML: the values are the same, the comments are gone.
"""

import os
import sys

import yaml


def main(argv):
    if len(argv) != 3:
        sys.exit("gebruik: absolute_profile.py PROFIEL KOPIE")
    source, target = argv[1], argv[2]
    folder = os.path.dirname(os.path.abspath(source))
    with open(source, encoding="utf-8") as handle:
        profile = yaml.safe_load(handle)
    if not isinstance(profile, dict):
        sys.exit("%s: geen profiel (geen mapping bovenaan)" % source)

    def absolute(value):
        return os.path.normpath(os.path.join(folder, value)) if isinstance(value, str) else value

    for key in ("sjabloon", "logo"):
        if key in profile:
            profile[key] = absolute(profile[key])
    if isinstance(profile.get("sjablonen"), dict):
        profile["sjablonen"] = {kind: absolute(path) for kind, path in profile["sjablonen"].items()}
    with open(target, "w", encoding="utf-8") as handle:
        yaml.safe_dump(profile, handle, allow_unicode=True, sort_keys=False)


if __name__ == "__main__":
    main(sys.argv)
