"""The experience model: what a person's background already gives them, and how fast they learn.

Input is the profile (claimed skills with their evidence, current role, years) and the user's own
words; output is effective skill levels with evidence, the person's fields, how many programming
languages they already use, and a per-skill hours factor. Calibrated against the seeds' figures;
see docs/planning.md ("Experience model").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from coach.engine.fields import FIELD_BY_ID, fields_in
from coach.engine.gaps import effective_levels
from coach.engine.planner.evidence import clause_span as clause_span
from coach.engine.planner.evidence import snippet
from coach.engine.planner.experience_hours import ENGINEER_FACTOR as ENGINEER_FACTOR
from coach.engine.planner.experience_hours import RESEARCH_FIELDS
from coach.engine.planner.experience_hours import hours_factor as hours_factor
from coach.engine.planner.returner import out_of_work, rust, years_away
from coach.engine.planner.statistician import statistician
from coach.i18n import t
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Language, Profile

Levels = dict[str, tuple[int, str]]

EXTRA_LANGUAGES = re.compile(
    r"(?<![A-Za-z0-9_#+])(?:C#|C\+\+|Swift|Ruby|PHP|Scala|Objective-C|Perl|Lua|Dart|Haskell|"
    r"Elixir|Go(?:lang)?|Java|Kotlin|Rust|TypeScript|JavaScript|Python|MATLAB|R)(?![A-Za-z0-9_#+])"
)
"""Programming languages named in the user's words, also those the KB has no skill for (C#)."""
C_LANGUAGE = re.compile(
    r"(?:C语言|嵌入式\s*C(?![+#])|\bembedded C\b|\bC(?=\s*/\s*C\+\+)|\bC(?= (?:and|or) C\+\+)|"
    r"\b(?:in|with|of) C\b(?![+#])|\bC (?:programm\w+|developer|engineer|code|firmware)\b)"
)
"""C as a language: only where the words make it one ("embedded C", "C/C++", "10 years of C")."""
_LIGHTLY = re.compile(r"\b(?:some|a bit of|a little|basic|learning)\s+$|一点|入门|学过一点", re.I)

SIMULATES = re.compile(
    r"\b(?:simulat\w*|numerical|computational|modell?ing|DFT|molecular dynamics)\b|模拟|仿真|计算化学|数值",
    re.I,
)
"""A researcher who simulates or computes in Python already does scientific computing."""

DATA_CODER = re.compile(
    r"\b(?:data (?:engineer|scientist)s?|ml engineers?|machine learning engineers?)\b|"
    r"数据工程师|数据科学家|算法工程师|机器学习工程师",
    re.I,
)
"""Data work that ships code: counted as software work (an analyst's is not)."""

RUNS_PIPELINES = re.compile(
    r"\b(?:snakemake|nextflow|workflow managers?|pipelines? on (?:a |the )?(?:slurm|hpc|cluster)|"
    r"slurm|github|gitlab)\b|流水线|集群上跑",
    re.I,
)
"""A researcher whose code runs as pipelines on a cluster keeps it in a repository (basic Git)."""

LEADS_ENGINEERS = re.compile(
    r"\b(?:principal|staff|lead) (?:software )?engineer|\btech(?:nical)? lead|\barchitect\b|"
    r"\b(?:led|lead|leading|manag(?:e|ed|ing)) (?:a |the |my )?(?:teams?|squads?)\b|"
    r"\bled (?:teams? of )?(?:up to )?\d+ (?:engineers|developers|people)|"
    r"技术负责人|架构师|技术总监|研发总监|技术经理|带(?:过)?(?:技术)?团队|"
    r"带(?:领)?\s*\d+\s*人的?(?:研发|技术|开发|工程)?团队|(?:研发|技术|开发)团队负责人",
    re.I,
)
"""An engineer who leads engineers: technical leadership and system design are their work."""
BUILDS_BACKENDS = re.compile(
    r"\bback-?end\b|\bserver-side\b|\bmicroservices?\b|\bdistributed systems?\b|"
    r"\bgrpc\b|\bevent sourcing\b|后端|服务端|微服务|分布式",
    re.I,
)
"""Back-end work: designing services and their data is what these engineers do."""
SENIOR_YEARS = 8.0
EXPERT_YEARS = 12.0
"""Years of building and leading back-end systems that make system design expert work."""

FIELD_MIN_YEARS = 2.0
"""Field levels count after this many years in it (or when the years are not given: a stated
current job is taken as a real one)."""

ENGINEER_FIELDS = frozenset({"software", "games", "sre", "databases", "qa", "hardware"})
SCIENCE_DEEPER = {"research_paper_reading": 3, "scientific_domain_knowledge": 3}
"""A PhD with a postdoc reads papers and knows the science at expert level."""


@dataclass(frozen=True)
class Experience:
    """What the person brings: levels with evidence, fields, languages, years."""

    levels: Levels
    fields: frozenset[str]
    languages: tuple[str, ...]
    years: float
    postdoc: bool
    rusty: dict[str, int] = field(default_factory=dict)
    """Skills lowered a level after years away, with their former level (a refresher)."""
    out_of_work: bool = False
    """No job now (laid off, between jobs, years away): the plan ends in finding work."""
    software_work: bool = False
    """Their job is building software: a software field, or data work that ships code (a data
    engineer or scientist); an analyst's SQL or a researcher's scripts are not (B2)."""

    @property
    def engineer(self) -> bool:
        """A working programmer: an engineering field, or a language at working level."""
        return bool(self.fields & ENGINEER_FIELDS) or (
            self.levels.get("programming_fundamentals", (0, ""))[0] >= 2
        )

    @property
    def experienced_engineer(self) -> bool:
        """Years of software work: an engineering field (a researcher or an analyst who codes
        does research or analysis, not software work), 3+ years, working programming."""
        return (
            (self.software_work or bool(self.fields & ENGINEER_FIELDS))
            and self.years >= 3
            and self.level("programming_fundamentals") >= 2
        )

    def level(self, skill_id: str) -> int:
        return self.levels.get(skill_id, (0, ""))[0]


NOT_BACKGROUND = re.compile(
    r"(?:(?<![A-Za-z])(?:gen)?ai(?![A-Za-z])|(?<![A-Za-z])(?:llms?|agent(?:ic)?)(?![A-Za-z])|"
    r"大模型|智能体|人工智能|具身智能)"
    r"[\w /&-]{0,30}?(?:engineers?|developers?|prototypers?|architects?|designers?|specialists?|"
    r"工程师|开发者|开发|架构师|设计师|产品经理)|"
    r"\b(?:not|never|no|isn't|am not|i'm not)\s+(?:a |an |really |much of |the )*"
    r"(?:\w+ ){0,2}(?:engineer|programmer|developer|coder)s?\b|"
    r"(?:不是|不算|并非)[^，。,.!?！？]{0,6}(?:工程师|程序员|开发)",
    re.I,
)
"""Words that name a role without being the person's background: an AI role they may move to
(an AI prototyper, an LLM developer, an AI application engineer) and a role they deny (not
really a programmer): a designer who says either is still a designer, so their fields and the
x0.3 Python and x0.8 software-work multipliers come from what they do. An ML engineer's "ML
engineer" is their background and stays."""


def profile_words(profile: Profile, said: Sequence[str] = ()) -> str:
    """The user's own words about themselves: role, skill evidence, constraints, what they said.

    (A small reader of the profile's raw evidence; the profile has no free-text field of its
    own for background, so the planner node also passes the user's messages as ``said``.)"""
    parts = [profile.current_role or "", *(c.evidence for c in profile.skills)]
    said = [NOT_BACKGROUND.sub(" ", line) for line in said]
    raw = (profile.target_raw or "").strip()
    if len(raw) >= 2:  # the target as they named it ("AI application engineer") is a wish,
        # not their background: its "engineer" must not make a designer a software engineer
        target = re.compile(re.escape(raw), re.I)
        said = [target.sub(" ", line) for line in said]
    return " \n".join([*parts, *profile.constraints, *said])


WANT_CLAUSE = re.compile(
    r"(?:\b(?:i(?:'d| would)? (?:want|like|hope|plan|aim)|wanna|dream|goal|become|move into|"
    r"switch (?:to|into)|transition (?:to|into)|get into|be an?|aim(?:ing)? (?:for|at)|"
    r"target(?:ing)?|land|join|get hired)\b|想|希望|打算|目标|梦想|转型?|进入?大厂)"
    r"[^.!?。！？\n]*",
    re.I,
)
"""A clause about what the person wants, which says nothing about their background."""


def wanted_words(words: str) -> str:
    """Only the clauses about what the person wants ("I want to work at OpenAI")."""
    return " \n".join(m.group(0) for m in WANT_CLAUSE.finditer(words))


def _without_wanted(profile: Profile, kb: KnowledgeBase) -> Profile:
    """The profile without skill claims whose only evidence is what the person wants ("I want
    to build agents that call tools" shows no agents yet: COACHING.md A2)."""
    lexicon = get_lexicon(kb)

    def shown(evidence: str, skill_id: str | None) -> bool:
        rest = WANT_CLAUSE.sub(" ", evidence)
        if rest.strip() == evidence.strip() or skill_id is None:
            return True
        return any(m.id == skill_id for m in lexicon.find_skills(rest))

    kept = [c for c in profile.skills if shown(c.evidence, c.skill_id)]
    return (
        profile if len(kept) == len(profile.skills) else profile.model_copy(update={"skills": kept})
    )


def _fields(words: str) -> frozenset[str]:
    """Every field the person's background shows (engine/fields.py, the one field reader)."""
    return frozenset(f.id for f in fields_in(WANT_CLAUSE.sub(" ", words)))


def _languages(words: str, levels: Mapping[str, tuple[int, str]], kb: KnowledgeBase) -> list[str]:
    named: dict[str, None] = {}
    for m in EXTRA_LANGUAGES.finditer(words):
        if _LIGHTLY.search(words[max(0, m.start() - 12) : m.start()]):
            continue
        name = m.group(0).lower().replace("golang", "go")
        if name == "r" and not re.search(r"\bR\b(?: language|,| and| or|/)", words):
            continue
        named[name] = None
    if C_LANGUAGE.search(words):
        named["c"] = None
    for sid, (level, _) in levels.items():
        skill = kb.skills.get(sid)
        if (
            level >= 2
            and skill is not None
            and skill.category == "programming"
            and sid
            in {"python", "java", "kotlin", "javascript", "typescript", "golang", "rust", "cpp"}
        ):
            named[{"golang": "go", "cpp": "c++"}.get(sid, sid)] = None
    return list(named)


def _years(profile: Profile, words: str) -> float:
    if profile.years_experience is not None:
        return profile.years_experience
    found = [
        float(m.group(1))
        for m in re.finditer(r"(\d+(?:\.\d+)?)\s*(?:\+\s*)?(?:years?|yrs?|年)", words, re.I)
    ]
    return max(found, default=0.0)


def read_experience(profile: Profile, kb: KnowledgeBase, said: Sequence[str] = ()) -> Experience:
    """The person's experience: the profile's effective levels, raised by what their fields show."""
    profile = _without_wanted(profile, kb)
    levels: Levels = dict(effective_levels(profile, kb))
    words = profile_words(profile, said)
    fields = _fields(words)
    years = _years(profile, words)
    postdoc = bool(re.search(r"postdoc|博后|博士后", words, re.I))
    if years >= FIELD_MIN_YEARS or profile.current_role or fields & {"research"}:
        for field in sorted(fields):
            work = FIELD_BY_ID[field]
            if work.needs and work.needs not in fields:
                continue
            said_it = _snippet(words, work.pattern)
            evidence = t(profile.language, "plan.evidence.field", words=said_it)
            for sid, level in work.shows.items():
                if postdoc and sid in SCIENCE_DEEPER:
                    level = SCIENCE_DEEPER[sid]
                _raise(levels, kb, sid, level, evidence)
    languages = _languages(WANT_CLAUSE.sub(" ", words), levels, kb)
    evidence = t(profile.language, "plan.evidence.field", words=_snippet(words, EXTRA_LANGUAGES))
    if len(languages) >= 1 and fields & ENGINEER_FIELDS:
        # one step above their strongest language ("some selenium in java": basic Java, so
        # working programming at most), expert only from years of real use
        strongest = max((levels.get(x, (0, ""))[0] for x in languages), default=0) or 2
        level = min(3 if years >= 5 else 2, strongest + 1)
        _raise(levels, kb, "programming_fundamentals", level, evidence)
    _seniority(levels, kb, words, fields, years, profile.language)
    statistician(levels, kb, WANT_CLAUSE.sub(" ", words), profile.language)
    _close_languages(levels, kb, words, languages, fields, years, profile.language)
    if levels.get("python", (0, ""))[0] >= 2 and {"science", "research"} & fields:
        computes = SIMULATES.search(words) is not None
        evidence = t(profile.language, "plan.evidence.field", words=_snippet(words, SIMULATES))
        _raise(levels, kb, "scientific_computing", 2 if computes else 1, evidence)
    if fields & RESEARCH_FIELDS and RUNS_PIPELINES.search(words):
        evidence = t(profile.language, "plan.evidence.field", words=_snippet(words, RUNS_PIPELINES))
        _raise(levels, kb, "git", 1, evidence)  # pipeline code lives in a repository
    levels, rusty = rust(levels, years_away(words), kb, profile.language)
    jobless = out_of_work(WANT_CLAUSE.sub(" ", words))
    background = WANT_CLAUSE.sub(" ", words)
    ships = bool(fields & ENGINEER_FIELDS) or bool(
        ("data" in fields and DATA_CODER.search(background))
        or (BUILDS_BACKENDS.search(background) and years >= FIELD_MIN_YEARS)
    )
    for denied in (c.skill_id for c in profile.skills if c.level == 0):  # "I don't know Git"
        levels.pop(denied or "", None)  # the person's word beats what their field shows
    from coach.engine.cv_lines import said_basic

    for sid, evidence in said_basic(profile, kb).items():  # "basic SQL": theirs beats it too
        if levels.get(sid, (0, ""))[0] > 1:
            levels[sid] = (1, evidence)
    return Experience(levels, fields, tuple(languages), years, postdoc, rusty, jobless, ships)


CLOSE_LANGUAGES = {"c": "cpp", "java": "kotlin", "javascript": "typescript"}
"""A language and its close successor: C++ starts from the C a person writes (syntax, memory,
pointers, toolchain, debugging are the same); Kotlin from Java (the JVM and its libraries);
TypeScript from JavaScript (a typed superset)."""
CLOSE_WORKING_YEARS = 5.0
"""Years of professional work in the close language that give its successor at working level
(2): what is left is the successor's idioms (C++ classes, RAII, templates), weeks not months."""


def _close_languages(
    levels: Levels,
    kb: KnowledgeBase,
    words: str,
    languages: Sequence[str],
    fields: frozenset[str],
    years: float,
    lang: Language,
) -> None:
    """Years in a close language raise its successor: basic after ``FIELD_MIN_YEARS``, working
    after ``CLOSE_WORKING_YEARS`` (a C engineer of 10 years does not learn C++ from the start)."""
    if not fields & ENGINEER_FIELDS or years < FIELD_MIN_YEARS:
        return
    for known, successor in CLOSE_LANGUAGES.items():
        if known not in languages or successor not in kb.skills:
            continue
        pattern = C_LANGUAGE if known == "c" else EXTRA_LANGUAGES
        evidence = t(lang, "plan.evidence.field", words=_snippet(words, pattern))
        _raise(levels, kb, successor, 2 if years >= CLOSE_WORKING_YEARS else 1, evidence)


def _seniority(
    levels: Levels,
    kb: KnowledgeBase,
    words: str,
    fields: frozenset[str],
    years: float,
    lang: Language,
) -> None:
    """What years of engineering show beyond the tools: back-end engineers design services
    (system design 2 after ``SENIOR_YEARS``), engineers who lead engineers lead technically."""
    background = WANT_CLAUSE.sub(" ", words)
    builds = BUILDS_BACKENDS.search(background) is not None  # engineering work, whatever the title
    if not (fields & ENGINEER_FIELDS or builds) or years < FIELD_MIN_YEARS:
        return
    if builds and years >= 5:
        evidence = t(lang, "plan.evidence.field", words=_snippet(words, BUILDS_BACKENDS))
        _raise(levels, kb, "backend_engineering", 2, evidence)
        _raise(levels, kb, "api_design", 2, evidence)  # services are APIs on Linux servers
        _raise(levels, kb, "linux", 1, evidence)
        _raise(levels, kb, "programming_fundamentals", 2, evidence)  # services are code
        _raise(levels, kb, "system_design", 2 if years >= SENIOR_YEARS else 1, evidence)
    if LEADS_ENGINEERS.search(background) and years >= 5:
        evidence = t(lang, "plan.evidence.field", words=_snippet(words, LEADS_ENGINEERS))
        _raise(levels, kb, "technical_leadership", 2, evidence)
        # a principal engineer or director who has designed back-end systems for a decade and
        # more designs systems at expert level (the architect's bar)
        _raise(levels, kb, "system_design", 3 if builds and years >= EXPERT_YEARS else 2, evidence)


def _snippet(words: str, pattern: re.Pattern[str]) -> str:
    """The user's own words that show ``pattern`` (their wishes left out)."""
    return snippet(words, pattern, WANT_CLAUSE)


def _raise(levels: Levels, kb: KnowledgeBase, sid: str, level: int, evidence: str) -> None:
    if sid in kb.skills and levels.get(sid, (0, ""))[0] < level:
        levels[sid] = (level, evidence)
