"""The kinds of work a person's words can show (the data behind :mod:`coach.engine.fields`):
how each is recognised, which role families build on it, and the skill levels it shows.
Fields outside software live in :mod:`coach.engine.field_table_work`; the order of
:data:`FIELDS` is the order they are tried in."""

from __future__ import annotations

from coach.engine.field_kind import WorkField
from coach.engine.field_kind import pattern as _p
from coach.engine.field_table_work import WORK_FIELDS

__all__ = ["FIELDS", "WorkField"]

_TECH_FIELDS: tuple[WorkField, ...] = (
    WorkField(
        "research",
        "research",
        "科研",
        _p(
            r"(?<!market )(?<!user )(?<!ux )(?<!customer )research(?:er)?\b|(?<!data )scientist|ph\.?d|postdoc\w*|doctorate|chemist\b|biologist|"
            r"physicist|laborator\w*|\blab\b|mathematician|professor|"
            # quantitative clinical and life-science research is research as a trade
            r"biostatistic\w*|epidemiolog\w*|clinical (?:trials?|research)|pharmacometric\w*|"
            r"(?:at|in|for) an? cro\b",
            r"研究员|科研|博士|博后|实验室|数学家|研究所|生物统计|流行病学|临床试验|临床研究",
        ),
        codes=False,
        families={"science": 1.0, "embodied": 0.3, "application": 0.3, "non_coding": 0.3},
        shows={
            "research_paper_reading": 2,
            "technical_writing": 2,
            "communication": 2,
            "statistics": 1,
            "structured_thinking": 2,
            "data_analysis": 1,
        },
    ),
    WorkField(
        "science",
        "natural sciences",
        "自然科学",
        _p(
            r"chemi\w+|physic(?:s|ist)|biolog\w+|materials? scien\w+|pharma\w*|molecul\w+|"
            r"genomic\w*|bioinformatic\w*|biostatistic\w*|epidemiolog\w*|clinical trials?|"
            r"pharmacometric\w*",
            r"化学|物理|生物|材料|药物|药剂|药学|药师|分子|基因|流行病学|临床试验",
        ),
        codes=False,
        families={"science": 1.0, "embodied": 0.3, "application": 0.3, "non_coding": 0.3},
        shows={"scientific_domain_knowledge": 2, "math_for_ml": 2, "statistics": 2},
        needs="research",
    ),
    WorkField(
        "engineering",
        "civil, structural and process engineering",
        "土木、结构与工艺工程",
        _p(
            r"civil|structural|construction|geotechnical|surveyor|surveying|"
            r"chemical engineer\w*|process engineer\w*|environmental engineer\w*|petroleum|"
            r"mining|hvac|\bmep\b|building services|bridge|highway|water resources|"
            r"quantity surveyor|site engineer|autocad|revit|sap2000|etabs|bim\b",
            r"土木|结构设计|结构工程|建筑(?!设计|师|学)|施工|岩土|测绘|化工|暖通|给排水|桥梁|道路|水利|造价|监理",
        ),
        codes=False,
        families={"field": 0.6, "non_coding": 0.6, "embodied": 0.4, "science": 0.3},
        # an engineer's science is mechanics, materials and simulation (FEM): theirs already
        shows={"structured_thinking": 2, "domain_expertise": 2, "scientific_domain_knowledge": 2},
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
        shows={"programming_fundamentals": 2, "linux": 1},
    ),
    WorkField(
        "databases",
        "databases",
        "数据库",
        _p(
            r"dba\b|database administrator|oracle|postgres\w*|mysql|sql server",
            r"数据库",
        ),
        codes=True,
        families={"application": 0.6, "ops": 0.7, "field": 0.5, "infra": 0.3},
        shows={"sql": 3, "databases": 3, "linux": 1, "programming_fundamentals": 1},
    ),
    WorkField(
        "data",
        "data and analytics",
        "数据分析",
        _p(
            r"data (?:analyst|scientist|engineer)|analyst|analytics|\bbi\b|"
            r"business intelligence|statistician",
            r"数据分析|数据科学|数据工程|分析师|数仓|统计",
        ),
        codes=True,
        families={"application": 0.7, "ops": 0.6, "science": 0.5, "field": 0.6, "agent": 0.5},
        shows={"data_analysis": 2, "statistics": 1, "sql": 2, "excel": 1},
    ),
    WorkField(
        "sre",
        "operations engineering",
        "运维",
        _p(
            r"\bsre\b|devops|linux (?:sysadmin|system administrator)|site reliability|"
            r"infrastructure|platform engineer|on-?call",
            r"运维|基础设施|值班",
        ),
        codes=True,
        families={"ops": 1.0, "infra": 0.7, "application": 0.5, "agent": 0.4},
        shows={
            "linux": 2,
            "git": 2,
            "ci_cd": 2,
            "docker": 2,
            "observability": 2,
            "cloud": 2,
            "programming_fundamentals": 1,
        },
    ),
    WorkField(
        "it_support",
        "IT support and system administration",
        "IT 支持与系统管理",
        _p(
            r"it support|help ?desk|service desk|desktop support|sysadmin|"
            r"system administrator|windows servers?|active directory",
            r"IT支持|IT 支持|桌面支持|网管|系统管理员",
        ),
        codes=False,
        families={"ops": 0.7, "field": 0.5, "application": 0.3, "non_coding": 0.4},
        shows={"programming_fundamentals": 1, "communication": 1},
    ),
    WorkField(
        "qa",
        "software testing",
        "软件测试",
        # the QA of calls, of a call centre's or a contact centre's agents is no software testing
        _p(
            r"(?<!call )(?<!calls )(?<!call-centre )(?<!call-center )(?<!contact-centre )"
            r"(?<!customer )(?<!service )\bqa\b(?! (?:of|on|for) (?:calls|agents|tickets))|"
            r"tester|test engineer|(?<!call )quality assurance(?! of calls)|sdet",
            r"(?<!通话)(?<!话务)(?<!质检)测试",
        ),
        codes=True,
        families={"application": 0.8, "agent": 0.8, "ops": 0.5},
        shows={"software_testing": 2, "programming_fundamentals": 1, "git": 1},
    ),
    WorkField(
        "games",
        "game development",
        "游戏开发",
        _p(r"unity\b|unreal|game dev\w*|game developer|game engine", r"游戏"),
        codes=True,
        families={"application": 0.9, "agent": 0.8, "embodied": 0.5, "infra": 0.4},
        shows={"programming_fundamentals": 2, "oop": 2, "git": 2, "math_for_ml": 1},
    ),
    WorkField(
        "software",
        "software engineering",
        "软件开发",
        _p(
            r"developer|programmer|software|coder|back-?end|front-?end|crawlers?|"
            r"(?:web )?scrap(?:er|ers|ing)|"
            r"full-?stack|android|ios\b|web dev\w*|\bdev\b|(?:software|solutions?|enterprise|"
            r"systems?|cloud|technical|application|data|platform) architect",
            r"开发|程序员|后端|前端|全栈|码农|架构师|爬虫",
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
        shows={
            "programming_fundamentals": 2,
            "git": 2,
            "software_testing": 1,
            "data_structures_algorithms": 1,
            "api_design": 1,
            "linux": 1,
        },
        generic=_p(r"engineer\b(?! manager)", r"工程师"),
    ),
)

FIELDS: tuple[WorkField, ...] = WORK_FIELDS + _TECH_FIELDS
