"""The kinds of work a person's words can show (the data behind :mod:`coach.engine.fields`):
how each is recognised, which role families build on it, and the skill levels it shows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


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
    needs: str | None = None
    """Another field without which this one shows nothing (a science is a research tool only
    for someone who does research: a biology teacher is not a biologist)."""
    generic: re.Pattern[str] | None = None
    """Words that name this field only when no other field does: a bare "engineer" is a
    software engineer, a "civil engineer" is in civil engineering."""


def _p(en: str, zh: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{en})(?:e?s)?\b|(?:{zh})", re.IGNORECASE)


_NOT_BUILT = "(?<!建筑)(?<!室内)(?<!景观)(?<!规划)(?<!结构)"
"""Design words that an architect's, an interior or a landscape designer's title holds."""

ARCHITECTURE = WorkField(
    "architecture",
    "architecture and the built environment",
    "建筑设计与人居环境",
    _p(
        r"architectural\w*|architecture (?:firm|practice|studio)|building design|revit|"
        r"rhino(?:ceros)?|grasshopper|archicad|sketchup|urban (?:plann|design)\w*|"
        r"landscape architect\w*|interior design\w*|built environment|"
        r"architects? (?:at|in|for) (?:a |an |the )?(?:\w+ )?(?:firm|practice|studio)",
        r"建筑设计|建筑师|建筑学|城市规划|规划设计|景观设计|室内设计",
    ),
    codes=False,
    families={"non_coding": 1.0, "field": 0.5, "application": 0.3},
    shows={"communication": 2, "structured_thinking": 2, "domain_expertise": 2},
)
ERP = WorkField(
    "erp",
    "ERP and SAP consulting",
    "ERP 与 SAP 实施咨询",
    _p(
        # "SAPs" for phase II trials are statistical analysis plans, never the ERP system
        r"(?-i:SAP)(?!s\b)(?!\s+for\s+(?:the\s+)?(?:phase|trial|study))|sap(?=\s+(?:fi|co|hana|abap|erp|mm|sd|basis|consult))|"
        r"s/4 ?hana|abap|erp|fi/co|fico|oracle (?:ebs|e-business|fusion)|netsuite|"
        r"dynamics 365|workday (?:hcm|financials)",
        r"(?<![A-Za-z])(?:SAP|ERP|ABAP)(?![A-Za-z0-9])|用友|金蝶",
    ),
    codes=False,
    families={"field": 0.8, "non_coding": 0.7, "application": 0.5, "agent": 0.5},
    shows={
        "communication": 2,
        "domain_expertise": 2,
        "business_acumen": 2,
        "structured_thinking": 2,
        "customer_facing": 1,
        "stakeholder_management": 1,
    },
)

FIELDS: tuple[WorkField, ...] = (
    WorkField(
        "healthcare",
        "healthcare",
        "医疗",
        _p(
            r"nurs(?:e|es|ing)\b|doctor|physician|clinic(?:al|ian|s)?|hospital|pharmac\w*|"
            r"medic(?:al|ine)|dentist|therapist|paramedic|midwife|icu\b|ward\b|patients?\b",
            r"护士|护理|医生|医师|医院|临床|药剂|药师|医疗|诊所|病房|患者|病人",
        ),
        codes=False,
        families={"non_coding": 1.0, "field": 0.5, "science": 0.3},
        shows={
            "judgment_review": 2,
            "communication": 2,
            "structured_thinking": 2,
            "data_privacy": 1,
            "domain_expertise": 2,
        },
    ),
    WorkField(
        "finance",
        "finance and accounting",
        "财务金融",
        _p(
            r"account(?:ant|ing|s payable|s receivable)\b|audit\w*|bookkeep\w*|financ\w*|"
            # a financial controller, not an air traffic, game or motor controller
            r"bank(?:er|ing)?\b|tax\b|cpa\b|(?<!traffic )(?<!flight )(?<!game )(?<!motor )(?<!plc )"
            r"(?<!logic )(?<!network )(?<!air )controller|payroll|invoic\w*|insurance|actuar\w*|"
            r"teller",
            r"会计|审计|财务|金融|银行|税务|报税|出纳|保险|精算|记账|柜员",
        ),
        codes=False,
        families={"non_coding": 1.0, "field": 0.5, "application": 0.2},
        shows={
            "communication": 2,
            "judgment_review": 2,
            "structured_thinking": 2,
            "data_analysis": 1,
            "excel": 2,
            "domain_expertise": 2,
        },
    ),
    WorkField(
        "teaching",
        "teaching",
        "教育",
        _p(
            r"teach(?:er|ers|ing|es)?\b|taught|lecturer|tutor\w*|"
            r"(?:at|in|for) (?:a |the |my |our )?(?:\w+ )?school\b(?! holidays?| runs?| pick)|classroom|"
            r"instructor|educat\w*|professor|curriculum|head ?teacher|(?:school|vice)[- ]principal|"
            r"principal (?:of|at) (?:a |an |the )?(?:\w+ )?school|dean of \w+",
            r"老师|教师|教书|教学|讲师|学校|课堂|辅导|培训|教研|班主任|教了|校长|教导主任|教务主任",
        ),
        codes=False,
        families={"non_coding": 1.0, "field": 0.5, "application": 0.2},
        shows={
            "communication": 2,
            "structured_thinking": 2,
            "judgment_review": 1,
            "domain_expertise": 2,
        },
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
        shows={
            "communication": 2,
            "judgment_review": 2,
            "structured_thinking": 2,
            "domain_expertise": 2,
        },
    ),
    WorkField(
        "hr",
        "recruiting and HR",
        "招聘与人力资源",
        _p(
            r"recruit\w*|\bhr\b|human resources|talent acquisition|headhunt\w*",
            r"招聘|人力|人事|猎头|(?<![A-Za-z])HR(?![A-Za-z])",
        ),
        codes=False,
        families={"non_coding": 1.0, "field": 0.5},
        shows={
            "communication": 2,
            "judgment_review": 1,
            "structured_thinking": 1,
            "domain_expertise": 2,
        },
    ),
    WorkField(
        "operations",
        "operations and logistics",
        "运营与物流",
        _p(
            # a network's, a data centre's or IT operations are technical work, not this field;
            # a warehouse of goods, not a data warehouse ("SQL against customers' warehouses
            # (Snowflake, BigQuery)")
            r"(?<!network )(?<!it )(?<!noc )(?<!security )(?<!cloud )(?<!platform )(?<!server )"
            r"(?<!system )(?<!systems )(?<!data center )(?<!data centre )(?<!technical )(?<!ml )"
            r"operations|logistics|supply chain|customer service|procurement|"
            r"(?<!data )(?<!data-)warehouse(?!s?\s*\(?(?:snowflake|bigquery|redshift|databricks))|fleet|"
            r"dispatch\w*|haulage|trucking|freight",
            r"运营|物流|供应链|客服|采购|仓储|车队|运输|调度|货运",
        ),
        codes=False,
        families={"non_coding": 0.9, "field": 0.8},
        shows={
            "communication": 2,
            "structured_thinking": 1,
            "project_management": 1,
            "excel": 1,
            "domain_expertise": 2,
        },
    ),
    ERP,
    WorkField(
        "presales",
        "pre-sales and solutions engineering",
        "售前与解决方案",
        _p(
            r"sales engineer\w*|pre-?sales|solutions? (?:engineer|architect|consultant)\w*|"
            r"proofs? of concept|pocs? at customer|customer demos?|demo labs?",
            r"售前|解决方案(?:工程师|架构师|顾问)|技术支持工程师|客户现场",
        ),
        codes=False,
        families={"field": 1.0, "non_coding": 0.6, "application": 0.4, "architecture": 0.3},
        shows={  # they run POCs and demos with customers' stakeholders every week
            "communication": 2,
            "customer_facing": 2,
            "stakeholder_management": 2,
            "business_acumen": 2,
            "rapid_prototyping": 1,
            "structured_thinking": 1,
        },
    ),
    WorkField(
        "business",
        "business, sales and consulting",
        "业务、销售与咨询",
        _p(
            r"sales\b|marketing|marketer|account manager|customer success|consult\w*|"
            r"project manager|product manager|retail|barista|admin\w*|client workshops?|"
            r"customer workshops?|pre-?sales|solutions? engineer",
            r"销售|市场|营销|客户|顾问|咨询|项目经理|产品经理|行政|售前",
        ),
        codes=False,
        families={"non_coding": 0.9, "field": 0.8, "architecture": 0.2},
        shows={
            "communication": 2,
            "stakeholder_management": 1,
            "business_acumen": 1,
            "structured_thinking": 1,
            "customer_facing": 2,
        },
    ),
    ARCHITECTURE,
    WorkField(
        "management",
        "management and team leadership",
        "管理与团队领导",
        _p(
            r"manager|team lead|tech lead|head of|director|supervisor|architect|"
            r"principal engineer|staff engineer|(?:run|lead|manage)s? (?:a |an |the |my )?"
            r"(?:\w+ ){0,2}team|team of \d+|manag(?:e|ing) \d+ people",
            r"经理|主管|总监|负责人|组长|架构师",
        ),
        codes=False,
        families={"non_coding": 0.8, "field": 0.7, "architecture": 0.5},
        shows={  # managers and leads break work down, review others' work and report
            "communication": 2,
            "stakeholder_management": 1,
            "project_management": 1,
            "structured_thinking": 2,
            "judgment_review": 1,
            "domain_expertise": 2,
        },
    ),
    WorkField(
        "design",
        "design and content",
        "设计与内容",
        _p(
            r"designer|ux\b|ui\b|writer|editor|journalist|translator|copywrit\w*|"
            r"artist|animator|illustrator|3d\s+modell?er",
            rf"{_NOT_BUILT}设计师|{_NOT_BUILT}设计|编辑|记者|翻译|文案|写作|美术|原画|插画|动画师|策划",
        ),
        codes=False,
        families={"non_coding": 1.0, "application": 0.3, "field": 0.3},
        shows={  # writers, editors and translators communicate in writing for a living
            "product_sense": 1,
            "communication": 2,
            "technical_writing": 1,
            "judgment_review": 1,
            "domain_expertise": 2,
        },
    ),
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
        _p(r"\bqa\b|tester|test engineer|quality assurance|sdet", r"测试"),
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
