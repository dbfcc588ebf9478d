"""Rules for resources, practice and pay bands (docs/knowledge.md, "Resources" and "Pay").

1. **Kind.** Learning material (course, book, docs, tutorial, paper) is what a plan item lists as
   its resources; a practice or project idea (practice, project, community) is something to do.
   A record typed as learning material whose title reads as a task ("Build a TODO app",
   "Enterprise RAG system: ...", "做一个...") is a project idea in disguise and fails, and a
   skill's ``resources`` list may name learning material only.
   Material tagged ``language: zh`` (a seed document's section, read in Chinese) cites a source
   written in Chinese.
2. **Links.** A resource may link a skill only when its title (either language) or one of its
   ``topics`` names the skill: its id (``_`` read as a space), its English or Chinese name, or
   an alias. Latin terms match as whole words, case-insensitively; Chinese terms as substrings.
3. **Practice.** Every skill has learning material, a ``practice`` text or a practice idea, so
   a plan item always says what to do.
4. **No code.** Material that assumes the reader writes code is marked ``for_coders``; each
   skill a role without coding needs has other material, a practice or a deliverable.
5. **Pay.** A band has an ISO 4217 currency (the schema requires it), a Chinese level label,
   and a band for China (``region: CN``) is in CNY.
6. **Curated material.** The source ``curated_resources`` (well-known public material the
   maintainers list, most of it Chinese) backs learning material only, never a fact, a pay
   band, a requirement or a project; a ``url`` is an ``https://`` address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import REGIONS, Resource, Skill

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")

# A title that starts with one of these reads as a task to do, not as material to learn from.
_TASK_START = re.compile(
    r"^(?:build|make|implement|write|create|develop|run|serve|train|fine-tune|deploy|set up|"
    r"solve|analyse|analyze|reproduce|embed|take on|turn|go deep|measure|review|trace|fit|"
    r"replace|contribute)\b|^(?:做|搭|写|实现|开发|用|把|跑|训练|部署|复现|分析|承担|深入|嵌入|刷)",
    re.IGNORECASE,
)
# ... or it names a project or an app to build anywhere in it.
_PROJECT_WORDS = re.compile(
    r"(?<![a-z])(?:projects?|app|apps|system|demo|service)(?![a-z])|项目|应用|系统|服务",
    re.IGNORECASE,
)
_MATERIAL_WORDS = re.compile(
    r"documentation|docs|guide|course|tutorial|specialization|book|文档|指南|课程|教程|书|《",
    re.IGNORECASE,
)

KNOWN_CURRENCIES = frozenset({"CNY", "USD", "EUR", "GBP", "JPY", "HKD", "SGD"})
REGION_CURRENCY = {"CN": "CNY", "US": "USD"}


def skill_terms(skill: Skill) -> set[str]:
    """The words that name ``skill``: id, names and aliases, case-folded."""
    raw = {skill.id.replace("_", " "), skill.name.en, skill.name.zh, *skill.aliases}
    return {t.strip().casefold() for t in raw if t.strip()}


@cache
def _term_pattern(term: str) -> re.Pattern[str]:
    """A term as a whole word; compiled once (the KB has more terms than ``re``'s own cache
    holds, so ``re.search`` on the string compiled them again on every check)."""
    return re.compile(r"(?<![a-z0-9])" + re.escape(term) + r"(?![a-z0-9])")


def _mentions(text: str, term: str) -> bool:
    text = text.casefold()
    if _CJK.search(term):
        return term in text
    return _term_pattern(term).search(text) is not None


def teaches(resource: Resource, skill: Skill) -> bool:
    """The link rule: the resource's title or a topic names the skill."""
    texts = [resource.title, resource.title_zh, *resource.topics]
    return any(_mentions(text, term) for text in texts for term in skill_terms(skill))


def looks_like_project_idea(resource: Resource) -> bool:
    """A title that reads as a task or names a thing to build rather than material to study."""
    titles = [t for t in (resource.title, resource.title_zh) if t]
    if any(_TASK_START.search(t.strip()) for t in titles):
        return True
    return any(_PROJECT_WORDS.search(t) and not _MATERIAL_WORDS.search(t) for t in titles)


def check_resources(kb: KnowledgeBase) -> list[str]:
    out: list[str] = []
    for res in kb.resources.values():
        at = f"resources[{res.id}]"
        if res.is_learning_material and looks_like_project_idea(res):
            out.append(
                f"{at}: typed {res.kind!r} but its title reads as a project or practice idea "
                f"({res.title!r}); type it practice or project"
            )
        if not res.title_zh:
            out.append(f"{at}: has no Chinese title (write title: {{en: ..., zh: ...}})")
        elif not _CJK.search(res.title_zh):
            out.append(f"{at}: Chinese title has no Chinese characters: {res.title_zh!r}")
        source = kb.sources.get(res.source_id)
        if res.language == "zh" and source is not None and source.language != "zh":
            out.append(f"{at}: tagged Chinese but its source {res.source_id!r} is not in Chinese")
        for skill_id in res.skills:
            skill = kb.skills.get(skill_id)
            if skill is not None and not teaches(res, skill):
                out.append(
                    f"{at}: linked to skill {skill_id!r} but neither its title nor a topic "
                    "names that skill"
                )
    for skill in kb.skills.values():
        at = f"skills[{skill.id}].resources"
        for resource_id in skill.resources:
            listed = kb.resources.get(resource_id)
            if listed is None:
                continue  # reported as an unknown reference
            if not listed.is_learning_material:
                out.append(f"{at}: {resource_id!r} is a {listed.kind} idea, not learning material")
            if skill.id not in listed.skills:
                out.append(f"{at}: {resource_id!r} does not list {skill.id!r} among its skills")
    return out


def check_practice(kb: KnowledgeBase) -> list[str]:
    return [
        f"skills[{skill.id}]: no learning material, practice text or practice idea"
        for skill in kb.skills.values()
        if not kb.learning_resources(skill.id)
        and skill.practice is None
        and not kb.practice_ideas(skill.id)
    ]


def check_bands(kb: KnowledgeBase) -> list[str]:
    out: list[str] = []
    for role in kb.roles.values():
        for band in role.salary_bands:
            at = f"roles[{role.id}].salary_bands[{band.level}]"
            if band.currency not in KNOWN_CURRENCIES:
                out.append(f"{at}: unknown currency {band.currency!r}")
            if band.region not in REGIONS:
                out.append(f"{at}: region {band.region!r} is not one of {sorted(REGIONS)}")
            expected = REGION_CURRENCY.get(band.region)
            if expected is not None and band.currency != expected:
                out.append(f"{at}: a {band.region} band should be in {expected}")
            if not _CJK.search(band.level_zh):
                out.append(f"{at}: level_zh (the level in Chinese) is missing")
    for fact in kb.facts.values():
        if fact.region is not None and fact.region not in REGIONS:
            out.append(f"facts[{fact.id}]: region {fact.region!r} is not one of {sorted(REGIONS)}")
    return out


def check_no_code_paths(kb: KnowledgeBase) -> list[str]:
    """A role without coding (family ``non_coding``): each skill it needs has material that
    does not assume code, or something to practise, so its plan never falls back on a
    code-first course."""
    out: list[str] = []
    for role in kb.roles.values():
        if role.family != "non_coding":
            continue
        for req in role.required:
            skill = kb.skills.get(req.skill_id)
            if skill is None:
                continue
            plain = [r for r in kb.learning_resources(skill.id) if not r.for_coders]
            something = skill.practice or kb.practice_ideas(skill.id) or skill.deliverable
            if not plain and not something:
                out.append(
                    f"roles[{role.id}]: {skill.id!r} has only code-first material and "
                    "nothing to practise for a person who does not code"
                )
    for res in kb.resources.values():
        if res.for_coders and not res.is_learning_material:
            out.append(f"resources[{res.id}]: for_coders marks material; a {res.kind} is not")
    return out


CURATED_SOURCE = "curated_resources"
"""The source of the curated public material (rule 6)."""


def check_curated(kb: KnowledgeBase) -> list[str]:
    out: list[str] = []
    for res in kb.resources.values():
        if res.url is not None and not res.url.startswith("https://"):
            out.append(f"resources[{res.id}]: url {res.url!r} is not an https:// address")
        if res.source_id == CURATED_SOURCE and not res.is_learning_material:
            out.append(f"resources[{res.id}]: curated material must be learning material")
    for fact in kb.facts.values():
        if fact.source_id == CURATED_SOURCE:
            out.append(f"facts[{fact.id}]: the curated list of material backs no fact")
    for role in kb.roles.values():
        cited = [b.source_id for b in role.salary_bands] + [r.source_id for r in role.required]
        cited += [p.source_id for p in role.projects] + list(role.source_ids)
        if CURATED_SOURCE in cited:
            out.append(f"roles[{role.id}]: the curated list of material backs no role claim")
    return out


def resource_problems(kb: KnowledgeBase) -> Iterable[str]:
    """Every problem the rules above find."""
    yield from check_resources(kb)
    yield from check_curated(kb)
    yield from check_practice(kb)
    yield from check_bands(kb)
    yield from check_no_code_paths(kb)
