#!/usr/bin/env python3
"""Checks raadsdoc's JSON Schemas with Python's jsonschema.

Usage: check_schemas.py MANIFEST.json

The manifest is {"schemas": {NAME: PATH}, "valid": [[NAME, YAML], ...],
"invalid": [[NAME, YAML], ...], "invalid_for_editors": [[NAME, YAML], ...]}.
Every schema must be a valid draft 2020-12 schema. Every YAML file is read
twice: as raadsdoc reads it (every scalar a string, PyYAML's BaseLoader)
and as an editor with yaml-language-server reads it (the YAML 1.2 core
schema: null, booleans, integers and floats, but no dates). A "valid" file
must validate both ways; an "invalid" one must fail both ways. Read as
text, a number's range cannot be checked by a pattern, so a number out of
range is "invalid_for_editors": only the YAML 1.2 reading must fail.

Prints one line per problem. Exit status: 0 when all is as expected,
1 when not, 3 when jsonschema or PyYAML is missing.
"""
import json
import re
import sys

try:
    import jsonschema
    import yaml
except ImportError as error:
    print(f"ontbreekt: {error}")
    sys.exit(3)


class Core12Resolver(yaml.resolver.BaseResolver):
    """The implicit types of the YAML 1.2 core schema."""


Core12Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
Core12Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
Core12Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789"))
Core12Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."))


class Core12Constructor(yaml.constructor.SafeConstructor):
    """Integers and floats as YAML 1.2 reads them: 010 is ten, 0o10 eight."""

    def construct_yaml_int(self, node):
        value = self.construct_scalar(node)
        if value.startswith("0o"):
            return int(value[2:], 8)
        if value.startswith("0x"):
            return int(value[2:], 16)
        return int(value, 10)

    def construct_yaml_float(self, node):
        value = self.construct_scalar(node).lower()
        if value.endswith(".inf"):
            return float("-inf") if value.startswith("-") else float("inf")
        if value == ".nan":
            return float("nan")
        return float(value)


Core12Constructor.add_constructor("tag:yaml.org,2002:int", Core12Constructor.construct_yaml_int)
Core12Constructor.add_constructor("tag:yaml.org,2002:float", Core12Constructor.construct_yaml_float)


class Core12Loader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser,
                   yaml.composer.Composer, Core12Constructor, Core12Resolver):
    def __init__(self, stream):
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        Core12Constructor.__init__(self)
        Core12Resolver.__init__(self)


EDITOR = "editor (YAML 1.2)"
READINGS = {"raadsdoc (tekst)": yaml.BaseLoader, EDITOR: Core12Loader}


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        manifest = json.load(file)
    problems = []
    validators = {}
    for name, path in manifest["schemas"].items():
        with open(path, encoding="utf-8") as file:
            schema = json.load(file)
        try:
            jsonschema.Draft202012Validator.check_schema(schema)
        except jsonschema.exceptions.SchemaError as error:
            problems.append(f"{path}: geen geldig draft 2020-12-schema: {error.message}")
            continue
        validators[name] = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    groups = (("geldig", manifest["valid"], READINGS),
              ("ongeldig", manifest["invalid"], READINGS),
              ("ongeldig", manifest["invalid_for_editors"], {EDITOR: READINGS[EDITOR]}))
    for expected, pairs, readings in groups:
        for name, path in pairs:
            validator = validators.get(name)
            if validator is None:
                problems.append(f"{path}: schema {name} ontbreekt of is ongeldig")
                continue
            with open(path, encoding="utf-8-sig") as file:
                text = file.read()
            for reading, loader in readings.items():
                errors = sorted(validator.iter_errors(yaml.load(text, Loader=loader)), key=lambda e: list(e.path))
                if expected == "geldig":
                    for error in errors:
                        location = "/".join(str(part) for part in error.path) or "(bovenste niveau)"
                        problems.append(f"{path} ({reading}): {location}: {error.message}")
                elif not errors:
                    problems.append(f"{path} ({reading}): wordt door schema {name} ten onrechte goedgekeurd")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
