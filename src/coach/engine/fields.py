"""The field a person works in, read from their own words, and how much each role family puts
that field to use. The ranking of roles for an unsure person weighs it: a nurse or an accountant
is shown the roles that use their domain first, an engineer the engineering roles.

Pure data and functions: a profile in, field ids out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.schemas import Profile


@dataclass(frozen=True)
class WorkField:
    """A kind of work, how to recognise it, and which role families build on it."""

    id: str
    name_en: str
    name_zh: str
    pattern: re.Pattern[str]
    codes: bool
    """People in this field write code as part of the job."""
    families: dict[str, float] = field(default_factory=dict)
    """Role family -> how much a role of that family puts this field to use (0..1)."""
    shows: dict[str, int] = field(default_factory=dict)
    """Skill id -> the level two years or more of this work show (level 1 with fewer years)."""


def _p(en: str, zh: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{en})|(?:{zh})", re.IGNORECASE)


FIELDS: tuple[WorkField, ...] = (
    WorkField(
        "healthcare",
        "healthcare",
        "医疗",
        _p(
            r"nurs(?:e|es|ing)\b|doctor|physician|clinic(?:al|ian)?|hospital|pharmac\w*|"
            r"medic(?:al|ine)|dentist|therapist|paramedic|midwife|icu\b|ward\b|patients?\b",
            r"护士|护理|医生|医师|医院|临床|药剂|药师|医疗|诊所|病房|患者|病人",
        ),
        codes=False,
        families={"non_coding": 1.0, "field": 0.5, "science": 0.3},
        shows={"judgment_review": 2, "communication": 2},
    ),
    WorkField(
        "finance",
        "finance and accounting",
        "财务金融",
        _p(
            r"account(?:ant|ing|s payable|s receivable)\b|audit\w*|bookkeep\w*|financ\w*|"
            r"bank(?:er|ing)?\b|tax\b|cpa\b|controller|payroll|invoic\w*|insurance|actuar\w*",
            r"会计|审计|财务|金融|银行|税务|出纳|保险|精算|记账",
        ),
        codes=False,
        families={"non_coding": 1.0, "field": 0.5, "application": 0.2},
        shows={"judgment_review": 2, "structured_thinking": 1, "data_analysis": 1},
    ),
    WorkField(
        "education",
        "teaching",
        "教育",
        _p(
            r"teach(?:er|ers|ing|es)?\b|taught|lecturer|tutor\w*|school|classroom|"
            r"instructor|educat\w*|professor|curriculum",
            r"老师|教师|教书|教学|讲师|学校|课堂|辅导|培训|教研|班主任|教了",
        ),
        codes=False,
        families={"non_coding": 1.0, "field": 0.5, "application": 0.2},
        shows={"communication": 2, "structured_thinking": 1},
    ),
    WorkField(
        "legal",
        "law",
        "法律",
        _p(
            r"lawyer|attorney|paralegal|legal\b|solicitor|compliance|contracts?\b",
            r"律师|法务|法律|合规|合同",
        ),
        codes=False,
        families={"non_coding": 1.0, "field": 0.4},
        shows={"judgment_review": 2, "structured_thinking": 2},
    ),
    WorkField(
        "business",
        "business, sales and operations",
        "业务、销售与运营",
        _p(
            r"sales\b|marketing|marketer|account manager|customer success|consultant|"
            r"recruit\w*|\bhr\b|human resources|operations|logistics|supply chain|"
            r"project manager|product manager|procurement|retail|barista|admin\w*",
            r"销售|市场|营销|客户|顾问|咨询|招聘|人力|人事|运营|物流|供应链|项目经理|产品经理|采购|行政",
        ),
        codes=False,
        families={"non_coding": 0.9, "field": 0.8, "architecture": 0.2},
        shows={
            "communication": 2,
            "stakeholder_management": 1,
            "business_acumen": 1,
            "structured_thinking": 1,
        },
    ),
    WorkField(
        "design",
        "design and content",
        "设计与内容",
        _p(
            r"designer|ux\b|ui\b|writer|editor|journalist|translator|copywrit\w*",
            r"设计师|设计|编辑|记者|翻译|文案|写作",
        ),
        codes=False,
        families={"non_coding": 1.0, "application": 0.3, "field": 0.3},
        shows={"product_sense": 1},
    ),
    WorkField(
        "science",
        "science and research",
        "科研",
        _p(
            r"research(?:er)?\b|scientist|ph\.?d|postdoc|chemist\w*|biolog\w*|physic(?:s|ist)|"
            r"laborator\w*|\blab\b|genomic\w*|materials?\b|mathematician|bioinformatic\w*",
            r"研究员|科研|博士|博后|化学|生物|物理|实验室|基因|材料|数学家|研究所",
        ),
        codes=False,
        families={"science": 1.0, "embodied": 0.3, "application": 0.3, "non_coding": 0.3},
        shows={"scientific_domain_knowledge": 2, "statistics": 1, "data_analysis": 1},
    ),
    WorkField(
        "hardware",
        "hardware, embedded and robotics",
        "硬件、嵌入式与机器人",
        _p(
            r"embedded|firmware|robot\w*|mechanical|electrical|hardware|fpga|plc\b|"
            r"automation engineer|mechatronic\w*|autonomous driving|automotive",
            r"嵌入式|固件|机器人|机械|电气|硬件|单片机|自动化|自动驾驶|汽车",
        ),
        codes=True,
        families={"embodied": 1.0, "infra": 0.7, "application": 0.4},
    ),
    WorkField(
        "data",
        "data and analytics",
        "数据分析",
        _p(
            r"data (?:analyst|scientist|engineer)|analyst|analytics|\bbi\b|statistician",
            r"数据分析|数据科学|数据工程|分析师|数仓|统计",
        ),
        codes=True,
        families={"application": 0.7, "ops": 0.6, "science": 0.5, "field": 0.6, "agent": 0.5},
        shows={"data_analysis": 2, "statistics": 1},
    ),
    WorkField(
        "ops",
        "operations engineering",
        "运维",
        _p(
            r"\bsre\b|devops|sysadmin|system administrator|site reliability|infrastructure",
            r"运维|系统管理员|基础设施",
        ),
        codes=True,
        families={"ops": 1.0, "infra": 0.7, "application": 0.5, "agent": 0.4},
        shows={"linux": 2},
    ),
    WorkField(
        "qa",
        "software testing",
        "软件测试",
        _p(r"\bqa\b|tester|test engineer|quality assurance|sdet", r"测试"),
        codes=True,
        families={"application": 0.8, "agent": 0.8, "ops": 0.5},
        shows={"software_testing": 2},
    ),
    WorkField(
        "software",
        "software engineering",
        "软件开发",
        _p(
            r"developer|programmer|software|engineer|coder|back-?end|front-?end|full-?stack|"
            r"android|ios\b|web dev\w*|\bdev\b",
            r"开发|程序员|工程师|后端|前端|全栈|码农|架构师",
        ),
        codes=True,
        families={
            "application": 1.0,
            "agent": 0.9,
            "field": 0.6,
            "ops": 0.5,
            "infra": 0.4,
            "architecture": 0.5,
        },
    ),
)
FIELD_BY_ID = {f.id: f for f in FIELDS}
SEASONED_YEARS = 2.0


def _evidence_words(profile: Profile) -> str:
    return " \n ".join(c.evidence for c in profile.skills if c.evidence)


def fields_of(profile: Profile) -> list[WorkField]:
    """The fields the person's words show, in table order (most specific first).

    "Software" only counts when no more specific field matched the same words, so a "test
    engineer" is in testing and a "data engineer" in data, not in generic software work.
    """
    found: list[WorkField] = []
    # Their current role first; the sentences that showed their skills when it says nothing.
    for words in (profile.current_role or "", _evidence_words(profile)):
        found = [f for f in FIELDS if words and f.pattern.search(words)]
        if found:
            break
    specific_tech = [f for f in found if f.codes and f.id != "software"]
    if specific_tech:
        found = [f for f in found if f.id != "software"]
    return found


def field_skills(profile: Profile) -> dict[str, int]:
    """Skills the person's field shows by itself (a nurse's clinical judgment, a teacher's
    communication): each field's levels after two years in it, level 1 with fewer or unknown."""
    years = profile.years_experience
    seasoned = years is not None and years >= SEASONED_YEARS
    out: dict[str, int] = {}
    for work in fields_of(profile):
        for skill_id, level in work.shows.items():
            out[skill_id] = max(out.get(skill_id, 0), level if seasoned else 1)
    return out


def field_affinity(fields: list[WorkField], family: str) -> float:
    """How much a role of ``family`` puts the person's fields to use: the best of them (0..1)."""
    return max((f.families.get(family, 0.0) for f in fields), default=0.0)


def writes_code(profile: Profile, fields: list[WorkField], coding_skill_ids: set[str]) -> bool:
    """Whether the person already codes: a coding field, or a programming skill they claimed."""
    if any(f.codes for f in fields):
        return True
    return any(c.skill_id in coding_skill_ids and c.level >= 1 for c in profile.skills)


NO_CODING = "no_coding"
"""The profile constraint saying the person does not want a coding job."""
_NO_CODING = re.compile(
    r"\b(?:do\s*n[o']?t|don'?t|never|not|no|wouldn'?t|won'?t|hate|avoid)\s+"
    r"(?:really\s+|want\s+(?:to\s+)?|like\s+(?:to\s+)?|wish\s+to\s+|plan\s+to\s+|"
    r"interested\s+in\s+|keen\s+on\s+|into\s+)?"
    r"(?:be(?:come)?\s+(?:a\s+)?|do\s+(?:any\s+)?|write\s+(?:any\s+)?|learn\s+(?:to\s+)?)?"
    r"(?:cod(?:e|ing)|programm(?:ing|er)|program|software\s+(?:developer|engineer))\b"
    r"|\bno\s+(?:coding|programming|code)\b|\bnon-?(?:coding|technical)\s+(?:role|job|path)"
    r"|不(?:想|要|愿意?|喜欢|打算)(?:再)?(?:去)?(?:写|学|做|当)?(?:代码|编程|程序员|码农|开发)"
    r"|不(?:写|碰)代码",
    re.IGNORECASE,
)


def refuses_coding(text: str) -> bool:
    """Whether ``text`` says the person does not want to code ("I don't want to become a
    programmer", "no coding please", "不想写代码")."""
    return bool(_NO_CODING.search(text))


_CODING_WORDS = re.compile(r"cod(?:e|ing)|programm|程序员|代码|编程|写程序", re.IGNORECASE)


def avoids_coding(profile: Profile) -> bool:
    """Whether the person said they do not want to code: the ``no_coding`` constraint, a
    refused ("avoid") mention of coding, or their own words anywhere in the profile."""
    if NO_CODING in profile.constraints:
        return True
    # Profiles from the understanding package also carry what the user refused, and the
    # words behind each field; both are the user's own words.
    for want in getattr(profile, "avoid", None) or []:
        raw = str(getattr(want, "raw", "") or "")
        if _CODING_WORDS.search(raw) or refuses_coding(str(getattr(want, "evidence", ""))):
            return True
    words: list[str] = [c.evidence for c in profile.skills]
    words += [str(v) for v in (getattr(profile, "evidence", None) or {}).values()]
    return any(refuses_coding(w) for w in words)
