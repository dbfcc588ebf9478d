"""Fields of work outside software (care, money, teaching, law, people, operations, sales,
business, management, design): how each is recognised and the skill levels it shows."""

from __future__ import annotations

from coach.engine.field_kind import NOT_BUILT, WorkField
from coach.engine.field_kind import pattern as _p

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

LIBRARY = WorkField(
    "library",
    "library, archives and information work",
    "图书馆、档案与信息管理",
    _p(
        r"librarians?|(?:public|school|university|academic|law|medical|research|county|city) "
        r"librar(?:y|ies)|library (?:assistant|technician|services|science|work)|archivists?|"
        r"catalogu(?:er|ers|ing)|cataloging|records manag\w*|information specialists?|curators?",
        r"图书馆|馆员|档案|编目|资料员|情报",
    ),
    codes=False,
    families={"non_coding": 1.0, "field": 0.4, "application": 0.3},
    shows={  # cataloguing is structured description; reference work is answering questions
        "communication": 2,
        "structured_thinking": 2,
        "judgment_review": 1,
        "technical_writing": 1,
        "domain_expertise": 2,
    },
)
OFFICE = WorkField(
    "office",
    "office administration and data entry",
    "行政文员与数据录入",
    _p(
        r"data[- ]entry|(?:office|admin(?:istrative)?|data|records|filing|billing) clerks?|"
        r"administrative (?:assistant|officer|coordinator)|admin assistant|"
        r"office (?:manager|administrator|assistant|coordinator)|secretar(?:y|ies)|"
        r"receptionists?|executive assistant|personal assistant|back[- ]office",
        r"文员|录入员|数据录入|行政(?:专员|助理|文员|人员|主管|经理|工作)|前台|秘书|内勤|办公室主任",
    ),
    codes=False,
    families={"non_coding": 1.0, "field": 0.4},
    shows={  # forms and spreadsheets all day, every entry checked against its source
        "excel": 2,
        "communication": 2,
        "structured_thinking": 1,
        "judgment_review": 1,
        "domain_expertise": 2,
    },
)

MAINTENANCE = WorkField(
    "maintenance",
    "equipment maintenance and field service",
    "设备检修与现场运维",
    _p(
        r"(?:wind )?turbine tech\w*|maintenance (?:technician|engineer|tech|planner|supervisor)|"
        r"field (?:technician|service engineer)|service technician|electricians?|"
        r"\bmechanic\b|auto mechanics?|hvac|millwright|condition monitoring|"
        r"predictive maintenance|vibration analys\w*",
        r"检修|设备维护|维修工|维修技师|电工|机修|点检|风电运维|风机运维|运维技师",
    ),
    codes=False,
    families={"non_coding": 0.9, "field": 0.6, "application": 0.2},
    shows={  # inspections, fault finding and work orders: checking and reporting every week
        "domain_expertise": 2,
        "structured_thinking": 1,
        "communication": 1,
        "judgment_review": 1,
        "excel": 1,
    },
)

GOVERNMENT = WorkField(
    "government",
    "government and public administration",
    "政府机关与公共管理",
    _p(
        r"civil servants?|civil service|public sector|government (?:office|department|agency|"
        r"official|officer)|council officer|policy officer|public administration",
        r"公务员|机关|区政府|市政府|县政府|政府办公室|街道办|事业单位|写材料|公文",
    ),
    codes=False,
    families={"non_coding": 1.0, "field": 0.4},
    shows={  # briefings, minutes and official documents, written and checked every week
        "communication": 2,
        "technical_writing": 2,
        "structured_thinking": 2,
        "judgment_review": 1,
        "domain_expertise": 2,
    },
)

HOSPITALITY = WorkField(
    "hospitality",
    "restaurants, kitchens and hospitality",
    "餐饮与酒店服务",
    _p(
        r"(?:head |sous |pastry |line )?chefs?|\b(?:a|line|prep|head) cooks?\b|kitchen manager|"
        r"restaurant|catering|"
        r"hotel (?:manager|staff|reception\w*)|hospitality|barista|bartender|café owner",
        r"厨师|主厨|后厨|餐厅|饭店|餐饮|酒店|咖啡师|调酒师",
    ),
    codes=False,
    families={"non_coding": 1.0, "field": 0.4},
    shows={  # menus, orders and rotas planned and costed every week, a team run on the floor
        "communication": 2,
        "structured_thinking": 2,
        "project_management": 1,
        "excel": 1,
        "domain_expertise": 2,
    },
)

WORK_FIELDS: tuple[WorkField, ...] = (
    OFFICE,  # a clerk in an insurance office or a hospital does the office's work
    LIBRARY,
    WorkField(
        "healthcare",
        "healthcare",
        "医疗",
        _p(
            r"nurs(?:e|es|ing)\b|doctor|physician|clinic(?:al|ian|s)?|hospital|pharmac\w*|"
            r"medic(?:al|ine)|dentist|therapist|paramedic|midwife|icu\b|ward\b|patients?\b|"
            r"veterinar\w*|animal vets?\b|animal hospital|\ban? vet\b",
            r"护士|护理|医生|医师|医院|临床|药剂|药师|医疗|诊所|病房|患者|病人|兽医",
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
            r"dispatch\w*|haulage|trucking|freight|call[- ]cent(?:re|er)s?|contact[- ]cent(?:re|er)s?",
            r"运营|物流|供应链|客服|采购|仓储|车队|运输|调度|货运|呼叫中心",
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
            rf"{NOT_BUILT}设计师|{NOT_BUILT}设计|编辑|记者|翻译|文案|写作|美术|原画|插画|动画师|策划",
        ),
        codes=False,
        families={"non_coding": 1.0, "application": 0.3, "field": 0.3},
        shows={  # writers, editors and translators communicate in writing for a living
            "product_sense": 1,
            "communication": 2,
            "technical_writing": 1,
            "judgment_review": 1,
            "structured_thinking": 1,
            "domain_expertise": 2,
        },
    ),
    MAINTENANCE,
    GOVERNMENT,
    HOSPITALITY,
)
