"""Which skills of a posting's line are one choice (pure): "Go or Java", "Java/Python",
"A 或 B", a list that ends in "or" ("Python, Go or Rust"), a list asked one of ("Java、Go、Python
中至少一种"). The person meets such a requirement with any of them."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

_OR = re.compile(r"^\s*(?:[(（]\s*)?(?:,?\s*or|/|或者?|或是|、或)\s*$", re.IGNORECASE)
"""What joins two choices: "or", "/", "或", also opening a parenthesis ("Python (or Go)")."""
_COMMA = re.compile(r"^\s*[,，、]\s*$")
_ONE_OF = re.compile(
    r"\b(?:(?:at\s+least\s+)?one\s+of|any\s+of|either)\b|(?:中|其中)?(?:至少|任选|任意|任)一[种门个项]|其中一[种门个项]",
    re.IGNORECASE,
)
"""A list the posting asks one of ("one of Java, Go, Python", "Java、Go、Python 中至少一种")."""


def or_groups(line: str, mentions: list[tuple[Any, str]]) -> dict[str, list[str]]:
    """For each skill, the others joined to it by "or" ("Go or Java", "Java/Python", "A 或 B");
    a list that ends in "or" ("Python, Go or Rust") or asks for one of it is one choice."""
    one_of = bool(_ONE_OF.search(line))
    runs: list[list[tuple[str, str]]] = []  # (separator before, skill) per mention of a run
    for (prev, prev_id), (cur, cur_id) in pairwise(mentions):
        gap = line[prev.end : cur.start]
        kind = "or" if _OR.match(gap) else "comma" if _COMMA.match(gap) else None
        if kind is None or prev_id == cur_id:
            continue
        if runs and runs[-1][-1][1] == prev_id:
            runs[-1].append((kind, cur_id))
        else:
            runs.append([("", prev_id), (kind, cur_id)])
    groups: list[list[str]] = []
    for run in runs:
        kinds = [k for k, _ in run[1:]]
        whole = (one_of and "or" not in kinds) or (
            "or" in kinds and all(k == "comma" for k in kinds[:-1]) and kinds[-1] == "or"
        )
        if whole:
            groups.append(list(dict.fromkeys(sid for _, sid in run)))
            continue
        for (_, prev_id), (kind, cur_id) in pairwise(run):
            if kind != "or":
                continue
            if groups and groups[-1][-1] == prev_id:
                groups[-1].append(cur_id)
            else:
                groups.append([prev_id, cur_id])
    return {sid: [o for o in g if o != sid] for g in groups for sid in g}


_NAME = re.compile(r"(?<![A-Za-z0-9_+#.])[A-Z][A-Za-z0-9+#.-]*[A-Za-z0-9+#](?![A-Za-z0-9_+#])")
_PLAIN_WORDS = frozenset(
    [
        "Experience",
        "Familiarity",
        "Knowledge",
        "Strong",
        "Solid",
        "Proficiency",
        "Understanding",
        "Hands-on",
        "Either",
        "Nice",
        "Bonus",
        "Plus",
        "Preferred",
        "Required",
        "Must",
        "The",
        "A",
        "An",
        "And",
        "Or",
        "With",
        "Using",
        "Use",
    ]
)
"""Capitalised words that begin a sentence, never a tool's name."""


def term_alternatives(
    line: str, mentions: list[tuple[Any, str]], terms: list[str]
) -> dict[str, list[str]]:
    """For each skill, the names the knowledge base does not cover that "or" joins to it
    ("Ansible or Terraform", "Terraform/Pulumi", "Ansible或Terraform"): the person meets the
    requirement with one of those too, though coach cannot plan it."""
    out: dict[str, list[str]] = {}
    spans = [(m.start, m.end) for m, _ in mentions]
    named = {
        n.group(0)
        for n in _NAME.finditer(line)
        if not any(n.start() < end and start < n.end() for start, end in spans)
    }
    for term in dict.fromkeys([*terms, *(n for n in named if n not in _PLAIN_WORDS)]):
        for at in re.finditer(rf"(?<![A-Za-z0-9_+#.]){re.escape(term)}(?![A-Za-z0-9_+#])", line):
            for mention, skill_id in mentions:
                if at.end() <= mention.start:
                    gap = line[at.end() : mention.start]
                elif mention.end <= at.start():
                    gap = line[mention.end : at.start()]
                else:
                    continue
                if _OR.match(gap) and term not in out.get(skill_id, []):
                    out.setdefault(skill_id, []).append(term)
    return out
