"""Topics a request can name that are not one skill (e.g. cloud certifications)."""

from __future__ import annotations

# A text is about a topic when it has a term of every group.
TOPICS: dict[str, tuple[tuple[str, ...], ...]] = {
    "cloud_certification": (
        ("cloud", "aws", "azure", "gcp", "google cloud", "aliyun", "alibaba cloud", "云"),
        ("certif", "cert", "exam", "认证", "证书", "考证", "考试"),
    ),
    "certification": (("certif", "certs", "认证", "证书", "考证"),),
}


def matches_topic(topic: str, text: str) -> bool:
    """Whether ``text`` is about ``topic`` (a term of every group of the topic appears)."""
    low = text.lower()
    groups = TOPICS.get(topic, ())
    return bool(groups) and all(any(term in low for term in group) for group in groups)


# The field a mentor asks the portfolio project to be about ("one on healthcare data",
# "项目换成金融方向的"): the ``fields`` ids of knowledge/data/projects.yaml, with their words.
PROJECT_FIELDS: dict[str, str] = {
    "healthcare": r"health\s*care|health|medical|medicine|clinic\w*|hospital\w*|patients?|"
    r"nurs\w+|pharma\w*|医疗|医学|健康|临床|医院|病人|患者|护理|药",
    "finance": r"financ\w*|fintech|bank\w*|accounting|invoices?|insurance|trading|stocks?|"
    r"credit\s+(?:risk|scoring|approval|decisions?)|loans?|lending|"
    r"金融|财务|银行|会计|发票|保险|证券|股票|信贷|贷款|风控|授信",
    "teaching": r"teach\w*|education\w*|edtech|school|students?|course\s+material|"
    r"教育|教学|学校|学生|课程",
    "games": r"games?|gaming|npc|游戏",
    "sre": r"sre|devops|incidents?|on-?call|monitoring|alert\w*|iot|devices?|运维|故障|告警|物联网|设备",
    "databases": r"databases?|dba|sql|数据库",
    "operations": r"customer\s+(?:service|support)|support\s+tickets?|operations|logistics|"
    r"supply\s+chain|e-?commerce|retail|warehous\w*|shift\s+schedul\w*|客服|运营|物流|供应链|电商|零售|门店|"
    r"仓储|仓库|排班",
    "hr": r"hr|recruit\w*|hiring|human\s+resources|招聘|人力|人事",
    "research": r"research|papers?|literature|科研|论文|文献",
    "science": r"chemistry|molecul\w*|materials?\s+science|physics|biolog\w*|drug|proteins?|"
    r"genom\w*|sequences?|化学|分子|材料(?:科学|研发|模拟|计算)|新材料|物理|生物|药物|蛋白|基因|序列",
    "software": r"code|codebase|cobol|legacy\s+(?:code|systems?)|programs?|pull\s+requests?|"
    r"代码|程序|遗留系统",
}
