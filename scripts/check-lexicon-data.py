#!/usr/bin/env python3
"""Checks the Patronage data files: lexicons (patronage-lexicon/1 YAML) and gold relation files (JSONL).

Usage:
    scripts/check-lexicon-data.py                      # the bundled lexicon and all bundled gold files
    scripts/check-lexicon-data.py --lexicon FILE...    # one or more lexicon files (merged in order)
    scripts/check-lexicon-data.py --gold TEXT_DIR GOLD.jsonl|GOLD_DIR

Lexicon checks: the file parses; `format` is patronage-lexicon/1; required keys are present and no unknown
keys are used (the same key sets as the Swift loader); ids are unique and shaped [a-z0-9-]+; gender, kind and
institution values are valid; roles, heads and event bodies name known offices; group members are known
persons; years lie in 1850-1950 and dates are YYYY, YYYY-MM or YYYY-MM-DD with from <= to; no surface form
(name, surname, variant, alias, nickname) names two persons, two offices, two events or two groups unless it
is listed in INTENDED_SHARED; `cues` is not written in the entity lexicon. When ../shared is present, the
person and office ids that the gold schema and the scorer know must all be in the bundled lexicon.

Gold checks: every line is a JSON object with the fields of shared/gold/SCHEMA.md, `doc` names a file in
TEXT_DIR, `evidence` is an exact substring of that file, years are integers or null with from <= to, and the
person and office ids are in the lexicon (a warning only: the schema allows new ids).

Exit status 0 when there are no errors (warnings do not fail), 1 otherwise. Needs PyYAML.
"""

import argparse
import json
import os
import re
import sys
import unicodedata

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXICON_DIR = os.path.join(ROOT, "Sources", "PatronageExtraction", "Resources", "Lexicon")
ENTITY_LEXICON = os.path.join(LEXICON_DIR, "soviet-1917-1930.yaml")
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
GOLD_SETS = [  # (text dir, gold file or dir), relative to ROOT
    ("Sources/PatronageExtraction/Resources/SampleCorpus", "Tests/Fixtures/sample-corpus-gold.jsonl"),
    ("Tests/Fixtures/dev-texts", "Tests/Fixtures/dev-texts/gold"),
]

FORMAT = "patronage-lexicon/1"
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
YEARS = (1850, 1950)
TOP_KEYS = {"format", "persons", "offices", "events", "groups", "cues"}
PERSON_KEYS = {"id", "name", "gender", "surnames", "variants", "aliases", "nicknames", "initials", "roles", "born",
               "died", "note"}
ROLE_KEYS = {"office", "from", "to"}
OFFICE_KEYS = {"id", "name", "kind", "names", "head", "institution", "temporary", "note"}
EVENT_KEYS = {"id", "names", "from", "to", "body", "note"}
GROUP_KEYS = {"id", "names", "members", "leaders", "from", "to", "note"}
GOLD_KEYS = {"doc", "rel", "source", "target", "office", "from", "to", "evidence", "note"}
RELS = {"appointed", "allied", "opposed", "expelled"}

ROMAN = re.compile(r"^[IVXLC]+$")
COMMON_LAST_WORDS = {"great", "tsar", "general", "comrade", "party", "congress", "wife", "widow", "sister", "man",
                     "the", "first", "second", "third", "elder", "younger"}

# Surface forms deliberately shared by two entries of one kind (folded form -> the ids allowed to share it).
# Empty on purpose: namesakes (Kamenev / S. S. Kamenev, the Kosior brothers, the three Smirnovs) are kept
# apart by qualified `surnames`; the loader's weak last-word keys then let the text's context decide.
INTENDED_SHARED = {}


class Report:
    def __init__(self):
        self.errors = 0
        self.warnings = 0

    def error(self, where, message):
        self.errors += 1
        print(f"{where}: error: {message}")

    def warn(self, where, message):
        self.warnings += 1
        print(f"{where}: warning: {message}")


class LineLoader(yaml.SafeLoader):
    """A safe loader that keeps dates as strings (as the Swift loader does) and records mapping lines."""


LineLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader, node, deep=False):
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def fold(text):
    """Case-, diacritic- and apostrophe-insensitive key of a surface form."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[\u2019\u2018'`\u02bc]", "'", text)
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def is_integer(value):
    return isinstance(value, int) and not isinstance(value, bool)


def is_year(value):
    return isinstance(value, int) and not isinstance(value, bool) and YEARS[0] <= value <= YEARS[1]


def parse_date(value):
    """(year, month, day) of a YYYY, YYYY-MM or YYYY-MM-DD value, or None."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    match = DATE_RE.match(value)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
        return None
    return (year, month or 0, day or 0)


def string_list(report, where, entry, key):
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
        report.error(where, f"{key} must be a list of non-empty strings")
        return []
    if len(set(value)) != len(value):
        report.warn(where, f"{key} repeats a form")
    return value


def check_keys(report, where, entry, allowed, required):
    if not isinstance(entry, dict):
        report.error(where, "expected a mapping")
        return False
    for key in sorted(set(entry) - allowed - {"__line__"}):
        report.error(where, f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
    for key in required:
        if key not in entry:
            report.error(where, f"missing required key {key!r}")
    return all(key in entry for key in required)


def check_id(report, where, value, seen, what):
    if not isinstance(value, str) or not ID_RE.match(value):
        report.error(where, f"{what} id {value!r} must be lowercase letters, digits and single hyphens")
        return
    if value in seen:
        report.error(where, f"duplicate {what} id {value!r} (first at line {seen[value]})")
    else:
        seen[value] = where.rsplit(":", 1)[-1]


def check_span(report, where, entry, dates):
    parsed = {}
    for key in ("from", "to"):
        if key not in entry:
            continue
        value = entry[key]
        if dates:
            date = parse_date(value)
            if date is None:
                report.error(where, f"{key} {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
                continue
            if not YEARS[0] <= date[0] <= YEARS[1]:
                report.error(where, f"{key} year {date[0]} outside {YEARS[0]}-{YEARS[1]}")
            parsed[key] = date
        else:
            if not is_year(value):
                report.error(where, f"{key} {value!r} must be a year in {YEARS[0]}-{YEARS[1]}")
                continue
            parsed[key] = (value, 0, 0)
    if "from" in parsed and "to" in parsed:
        a, b = parsed["from"], parsed["to"]
        if b[0] < a[0] or (b[0] == a[0] and b[1] and a[1] and b[1:] < a[1:]):
            report.error(where, f"from {entry['from']} is after to {entry['to']}")


def load_lexicon(report, path):
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=LineLoader)
    except (OSError, UnicodeDecodeError) as error:
        report.error(path, f"cannot read: {error}")
        return None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        report.error(f"{path}:{mark.line + 1 if mark else '?'}", f"YAML syntax: {getattr(error, 'problem', error)}")
        return None
    if not isinstance(data, dict):
        report.error(path, "the lexicon must be a mapping with a 'format' key")
        return None
    return data


class Lexicon:
    """The merged content of checked lexicon files."""

    def __init__(self):
        self.persons = {}   # id -> entry
        self.offices = {}
        self.events = {}
        self.groups = {}


def check_lexicon(report, path, lexicon, entity_file=True):
    data = load_lexicon(report, path)
    if data is None:
        return
    check_keys(report, f"{path}:1", data, TOP_KEYS, ["format"])
    if data.get("format") != FORMAT:
        report.error(f"{path}:1", f"format must be {FORMAT!r}")
    if entity_file and "cues" in data:
        report.error(f"{path}:1", "cues belong in cues.yaml, not in the entity lexicon")
    sections = {}
    for key in ("persons", "offices", "events", "groups"):
        value = data.get(key, [])
        if not isinstance(value, list):
            report.error(f"{path}:1", f"{key} must be a list")
            value = []
        sections[key] = value

    seen = {"person": {}, "office": {}, "event": {}, "group": {}}
    for entry in sections["offices"]:
        where = f"{path}:{entry.get('__line__', '?') if isinstance(entry, dict) else '?'}"
        if not check_keys(report, where, entry, OFFICE_KEYS, ["id", "name", "kind"]):
            continue
        check_id(report, where, entry["id"], seen["office"], "office")
        if entry["kind"] not in ("post", "body", "party"):
            report.error(where, f"kind {entry['kind']!r} must be post, body or party")
        for flag in ("institution", "temporary"):
            if flag in entry and not isinstance(entry[flag], bool):
                report.error(where, f"{flag} must be true or false")
        string_list(report, where, entry, "names")
        entry["__where__"] = where
        lexicon.offices[entry["id"]] = entry
    for entry in sections["persons"]:
        where = f"{path}:{entry.get('__line__', '?') if isinstance(entry, dict) else '?'}"
        if not check_keys(report, where, entry, PERSON_KEYS, ["id", "name"]):
            continue
        check_id(report, where, entry["id"], seen["person"], "person")
        if "gender" in entry and entry["gender"] not in ("male", "female"):
            report.error(where, f"gender {entry['gender']!r} must be male or female")
        if "gender" not in entry:
            report.warn(where, f"{entry['id']}: no gender (pronouns cannot be resolved to this person)")
        for key in ("surnames", "variants", "aliases", "nicknames", "initials"):
            string_list(report, where, entry, key)
        for key in ("born", "died"):
            if key in entry and not is_integer(entry[key]):
                report.error(where, f"{key} {entry[key]!r} must be an integer year")
        if is_integer(entry.get("born")) and is_integer(entry.get("died")) and entry["died"] < entry["born"]:
            report.error(where, f"died ({entry['died']}) before being born ({entry['born']})")
        if "surnames" in entry and not entry["surnames"]:
            report.error(where, "an empty surnames list falls back to the last word of the name in the loader; "
                                "give a qualified form instead (e.g. 'S. S. Kamenev')")
        for form in [entry["name"]] + entry.get("aliases", []):
            last = form.split(" ")[-1].strip("().,")
            if " " in form and (len(last) < 3 or ROMAN.match(last) or last.lower() in COMMON_LAST_WORDS):
                report.error(where, f"{form!r}: the loader indexes the last word of a name or alias as a weak "
                                    f"surname, and {last!r} is not one; move the form to `surnames`")
        roles = entry.get("roles", [])
        if not isinstance(roles, list):
            report.error(where, "roles must be a list")
            roles = []
        for role in roles:
            role_where = f"{path}:{role.get('__line__', '?') if isinstance(role, dict) else '?'}"
            if check_keys(report, role_where, role, ROLE_KEYS, ["office"]):
                check_span(report, role_where, role, dates=False)
        entry["__where__"] = where
        lexicon.persons[entry["id"]] = entry
    for entry in sections["events"]:
        where = f"{path}:{entry.get('__line__', '?') if isinstance(entry, dict) else '?'}"
        if not check_keys(report, where, entry, EVENT_KEYS, ["id", "names", "from"]):
            continue
        check_id(report, where, entry["id"], seen["event"], "event")
        if not string_list(report, where, entry, "names"):
            report.error(where, "an event needs at least one name")
        check_span(report, where, entry, dates=True)
        entry["__where__"] = where
        lexicon.events[entry["id"]] = entry
    for entry in sections["groups"]:
        where = f"{path}:{entry.get('__line__', '?') if isinstance(entry, dict) else '?'}"
        if not check_keys(report, where, entry, GROUP_KEYS, ["id", "names", "members"]):
            continue
        check_id(report, where, entry["id"], seen["group"], "group")
        if not string_list(report, where, entry, "names"):
            report.error(where, "a group needs at least one name")
        if len(string_list(report, where, entry, "members")) < 2:
            report.error(where, "a group needs at least two members")
        check_span(report, where, entry, dates=False)
        entry["__where__"] = where
        lexicon.groups[entry["id"]] = entry


def check_references(report, lexicon):
    offices = lexicon.offices
    for pid, entry in sorted(lexicon.persons.items()):
        for role in entry.get("roles", []):
            if isinstance(role, dict) and role.get("office") not in offices:
                report.error(entry["__where__"], f"{pid}: role office {role.get('office')!r} is not a known office")
    for oid, entry in sorted(offices.items()):
        head = entry.get("head")
        if head is not None:
            if head not in offices:
                report.error(entry["__where__"], f"{oid}: head {head!r} is not a known office")
            elif offices[head]["kind"] != "post":
                report.error(entry["__where__"], f"{oid}: head {head!r} must be a post")
            if entry["kind"] != "body":
                report.error(entry["__where__"], f"{oid}: only bodies have a head")
    for eid, entry in sorted(lexicon.events.items()):
        if entry.get("body") is not None and entry["body"] not in offices:
            report.error(entry["__where__"], f"{eid}: body {entry['body']!r} is not a known office")
    for gid, entry in sorted(lexicon.groups.items()):
        for member in entry.get("members", []):
            if member not in lexicon.persons:
                report.error(entry["__where__"], f"{gid}: member {member!r} is not a known person")
        if len(set(entry.get("members", []))) != len(entry.get("members", [])):
            report.error(entry["__where__"], f"{gid}: a member is listed twice")
        for leader in entry.get("leaders", []):
            if leader not in entry.get("members", []):
                report.error(entry["__where__"], f"{gid}: leader {leader!r} is not one of its members")


def person_forms(entry):
    forms = [entry["name"]] + entry.get("surnames", []) + entry.get("variants", [])
    forms += entry.get("aliases", []) + entry.get("nicknames", [])
    return forms


def check_surface_forms(report, lexicon):
    tables = [
        ("person", lexicon.persons, person_forms),
        ("office", lexicon.offices, lambda e: [e["name"]] + e.get("names", [])),
        ("event", lexicon.events, lambda e: e.get("names", [])),
        ("group", lexicon.groups, lambda e: e.get("names", [])),
    ]
    owners_by_kind = {}
    for what, entries, forms_of in tables:
        owners = {}
        for eid, entry in sorted(entries.items()):
            for form in forms_of(entry):
                owners.setdefault(fold(form), {})[eid] = entry["__where__"]
        for form, ids in sorted(owners.items()):
            allowed = INTENDED_SHARED.get(form, set())
            if len(ids) > 1 and not set(ids) <= allowed:
                report.error(min(ids.values()), f"{what} surface form {form!r} names {', '.join(sorted(ids))}")
        owners_by_kind[what] = owners
    persons = owners_by_kind["person"]
    for what in ("office", "event", "group"):
        for form in sorted(set(persons) & set(owners_by_kind[what])):
            report.warn(min(persons[form].values()),
                        f"{form!r} names a person ({', '.join(sorted(persons[form]))}) and a {what}")


TITLE_WORDS = {"comrade", "comr.", "respected", "general", "the", "finance", "commissar"}


def surface_key(text):
    """fold() without possessives, quotes and brackets: the key of an entity surface form."""
    text = re.sub(r"'s\b", "", fold(text))
    return re.sub(r"\s+", " ", re.sub(r"[\u201c\u201d\"\[\]]", "", text)).strip()


def person_form_index(lexicon):
    """surface key -> ids, for every name form and every initials + surname combination."""
    index = {}
    for pid, entry in lexicon.persons.items():
        for form in person_forms(entry):
            index.setdefault(surface_key(form), set()).add(pid)
        for initials in entry.get("initials", []):
            for surname in entry.get("surnames", []) + entry.get("variants", []):
                index.setdefault(surface_key(f"{initials} {surname}"), set()).add(pid)
    return index


def surface_covered(surface, pid, forms):
    """Whether a surface form seen in the corpus resolves to `pid` alone (whole, untitled, or by surname)."""
    key = surface_key(surface)
    words = [w for w in key.split() if w not in TITLE_WORDS]
    candidates = [key, " ".join(words)] + ([words[-1]] if words else [])
    return any(forms.get(candidate) == {pid} for candidate in candidates)


def check_shared_coverage(report, lexicon):
    """The ids of the gold schema, the scorer and the shared notes must be in the bundled lexicon."""
    score = os.path.join(SHARED, "eval", "score.py")
    schema = os.path.join(SHARED, "gold", "SCHEMA.md")
    if not (os.path.exists(score) and os.path.exists(schema)):
        print(f"note: {SHARED} not found; skipping the coverage check against the scorer and the gold schema")
        return
    with open(score, encoding="utf-8") as handle:
        source = handle.read()

    def python_list(name):
        match = re.search(name + r"\s*=\s*\[(.*?)\n\]", source, re.S)
        return re.findall(r'"([a-z0-9-]+)"', match.group(1)) if match else []

    def python_dict_values(name):
        match = re.search(name + r"\s*=\s*\{(.*?)\n\}", source, re.S)
        return re.findall(r':\s*"([a-z0-9-]+)"', match.group(1)) if match else []

    person_ids = set(python_list("BUILTIN_PERSON_IDS")) | set(python_dict_values("BUILTIN_PERSON_ALIASES"))
    office_ids = set(python_list("BUILTIN_OFFICE_IDS")) | set(python_list("BUILTIN_INSTITUTION_IDS"))
    office_ids |= set(re.findall(r'^\s*\(r".*?",?\s*\n?\s*"([a-z0-9-]+)"\),?$', source, re.M))
    office_ids |= set(re.findall(r'\s"([a-z][a-z0-9-]+)"\),\s*$', source.split("OFFICE_RULES = [", 1)[1]
                                 .split("OFFICE_SHAPES", 1)[0], re.M))
    with open(schema, encoding="utf-8") as handle:
        text = handle.read()
    persons_part = text.split("Canonical person ids:", 1)[1].split(":", 1)[1].split("(add others", 1)[0]
    person_ids |= set(re.findall(r"\b([a-z][a-z-]+)\b", persons_part))
    offices_part = text.split("Canonical office ids:", 1)[1]
    office_ids |= set(re.findall(r"(?:^|[\s,:])([a-z]+(?:-[a-z]+)*)\s\(", offices_part))
    office_ids |= {"general-secretary", "secretariat", "orgburo", "politburo", "central-committee"}
    for pid in sorted(person_ids - set(lexicon.persons)):
        report.error(ENTITY_LEXICON, f"person id {pid!r} of the scorer or gold schema is missing")
    for oid in sorted(office_ids - set(lexicon.offices)):
        report.error(ENTITY_LEXICON, f"office id {oid!r} of the scorer or gold schema is missing")
    forms = person_form_index(lexicon)
    for name in sorted(os.listdir(os.path.join(SHARED, "gold"))):
        if name.startswith("entities") and name.endswith(".json"):
            with open(os.path.join(SHARED, "gold", name), encoding="utf-8") as handle:
                entities = json.load(handle)
            for oid in sorted(set(entities.get("offices", {})) - set(lexicon.offices)):
                report.warn(name, f"office id {oid!r} seen in the shared gold is not in the lexicon")
            for pid, surfaces in sorted(entities.get("persons", {}).items()):
                if pid not in lexicon.persons:
                    report.error(ENTITY_LEXICON, f"person {pid!r} of shared/gold/{name} is missing")
                    continue
                for surface in surfaces:
                    if not surface_covered(surface, pid, forms):
                        report.warn(name, f"surface form {surface!r} of {pid} is not covered by the lexicon")


def gold_files(path):
    if os.path.isdir(path):
        return sorted(os.path.join(path, n) for n in os.listdir(path) if n.endswith(".jsonl"))
    return [path]


def check_gold(report, text_dir, gold_path, lexicon):
    texts = {}
    if not os.path.isdir(text_dir):
        report.error(text_dir, "text directory not found")
        return 0
    for name in sorted(os.listdir(text_dir)):
        full = os.path.join(text_dir, name)
        if os.path.isfile(full) and not name.startswith("."):
            with open(full, encoding="utf-8") as handle:
                texts[name] = handle.read()
    count = 0
    unknown = {}  # (kind, id) -> first line that uses it
    for path in gold_files(gold_path):
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        for number, line in enumerate(lines, 1):
            where = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                report.error(where, f"bad JSON: {error}")
                continue
            count += 1
            if not isinstance(row, dict):
                report.error(where, "not a JSON object")
                continue
            for key in sorted(set(row) - GOLD_KEYS):
                report.error(where, f"unknown field {key!r}")
            for key in sorted(GOLD_KEYS - {"note"} - set(row)):
                report.error(where, f"missing field {key!r}")
            if row.get("rel") not in RELS:
                report.error(where, f"rel {row.get('rel')!r} must be one of {', '.join(sorted(RELS))}")
            doc = row.get("doc")
            if doc not in texts:
                report.error(where, f"doc {doc!r} is not a file of {text_dir}")
            elif not isinstance(row.get("evidence"), str) or row["evidence"] not in texts[doc]:
                report.error(where, f"evidence is not an exact substring of {doc}: {row.get('evidence')!r}")
            for key in ("from", "to"):
                value = row.get(key)
                if value is not None and not is_integer(value):
                    report.error(where, f"{key} {value!r} must be an integer year or null")
            if is_integer(row.get("from")) and is_integer(row.get("to")) and row["to"] < row["from"]:
                report.error(where, "from is after to")
            if (row.get("from") is None) != (row.get("to") is None):
                report.warn(where, "only one of from/to is null")
            if not isinstance(row.get("target"), str):
                report.error(where, "target must be a person id")
            known = set(lexicon.persons) | set(lexicon.offices)
            for key in ("source", "target"):
                value = row.get(key)
                if isinstance(value, str) and value not in known:
                    unknown.setdefault(("person", value), where)
            office = row.get("office")
            if isinstance(office, str) and office not in lexicon.offices:
                unknown.setdefault(("office", office), where)
            if row.get("rel") in ("allied", "opposed") and office is not None:
                report.error(where, "allied/opposed lines have office null")
    if unknown:
        ids = ", ".join(f"{kind} {value}" for kind, value in sorted(unknown))
        report.warn(gold_path, f"ids not in the lexicon (allowed by the schema; check the spelling): {ids}")
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lexicon", nargs="+", help="lexicon files to check (default: the bundled ones)")
    parser.add_argument("--gold", nargs=2, metavar=("TEXT_DIR", "GOLD"), action="append",
                        help="check a gold JSONL file or directory against its texts")
    args = parser.parse_args()
    report = Report()
    lexicon = Lexicon()
    bundled = args.lexicon is None
    paths = args.lexicon or [ENTITY_LEXICON]
    for path in paths:
        check_lexicon(report, path, lexicon, entity_file=os.path.basename(path) != "cues.yaml")
    check_references(report, lexicon)
    check_surface_forms(report, lexicon)
    if bundled:
        check_shared_coverage(report, lexicon)
    gold_sets = args.gold or ([(os.path.join(ROOT, t), os.path.join(ROOT, g)) for t, g in GOLD_SETS] if bundled else [])
    lines = 0
    for text_dir, gold in gold_sets:
        if os.path.exists(gold):
            lines += check_gold(report, text_dir, gold, lexicon)
        elif args.gold:
            report.error(gold, "gold file not found")
    print(f"{len(lexicon.persons)} persons, {len(lexicon.offices)} offices, {len(lexicon.events)} events, "
          f"{len(lexicon.groups)} groups; {lines} gold lines; {report.errors} errors, {report.warnings} warnings")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
