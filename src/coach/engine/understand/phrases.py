"""Skills said as a phrase of work rather than by a skill's name: "I lead a team of 4"
(leadership), "PLCs and Simulink" (control systems), "customer demos and workshops"
(customer-facing work), "query tuning" (SQL), "FP&A" (the finance domain). Whether each is had
or wanted is decided as for any skill mention (see :mod:`.skills`)."""

from __future__ import annotations

import re

from coach.knowledge.lexicon import Mention
from coach.knowledge.loader import KnowledgeBase

# Work said as a verb phrase rather than a skill's name: leading a team ("I lead a team of 4",
# "带了5个人的团队", "管理一个8人团队") is leadership.
_PHRASED: list[tuple[str, re.Pattern[str]]] = [
    (
        "technical_leadership",
        re.compile(
            r"\b(?:lead|leads|led|leading|manage|manages|managed|managing|run|runs|ran|head|heads)\s+"
            r"(?:a\s+|the\s+|my\s+|our\s+)?(?:small\s+|\w+\s+)?team(?:\s+of\s+\d+)?|"
            r"带(?:了|过)?(?:一个)?(?:\d+|[一二两三四五六七八九十]+)?(?:个)?(?:人)?(?:的)?[\u4e00-\u9fff]{0,4}?团队|"
            r"管理(?:了|过)?(?:一个)?(?:\d+|[一二两三四五六七八九十]+)?(?:人|个人)?(?:的)?团队|"
            r"(?:带|管)(?:了|过|着)?(?:\d+|[一二两三四五六七八九十]+)(?:多)?个?人(?![的]?团队)",
            re.IGNORECASE,
        ),
    ),
    (
        "control_systems",
        re.compile(
            r"(?<![A-Za-z])(?:PLCs?|SCADA|Simulink|motor\s+control|servo\s+control|"
            r"closed[\s-]loop\s+control)(?![A-Za-z])|电机控制|电机驱动|PLC编程|伺服控制|闭环控制",
            re.IGNORECASE,
        ),
    ),
    (
        "customer_facing",
        re.compile(
            r"\b(?:customer|client)\s+(?:demos?|workshops?|onboarding|calls)\b|\bdemos\s+and\s+workshops\b|"
            r"\bworkshops\s+with\s+(?:customers|clients)\b|给客户(?:做)?(?:演示|培训|方案)|客户演示|客户现场",
            re.IGNORECASE,
        ),
    ),
    (
        "sql",
        re.compile(
            r"\bquery\s+(?:tuning|optimi[sz]ation)\b|SQL调优|慢查询(?:优化)?|索引优化",
            re.IGNORECASE,
        ),
    ),
    (
        "databases",
        re.compile(
            r"(?<![A-Za-z])(?:Oracle|SQL\s+Server|DB2|DBA)(?![A-Za-z])|备份恢复|主从复制|数据库管理员",
            re.IGNORECASE,
        ),
    ),
    (
        "javascript",
        re.compile(
            r"(?<![A-Za-z])(?:vue(?:\.?js)?|angular(?:js)?|jquery|svelte)(?![A-Za-z])",
            re.IGNORECASE,
        ),
    ),
    (
        "product_sense",
        re.compile(
            r"\bproduct\s+(?:manager|management|owner)\b|\b(?:own(?:ed)?|ran|run)\s+(?:the\s+)?roadmaps?\b|"
            r"\bPRDs?\b|产品规划|需求分析|写PRD",
            re.IGNORECASE,
        ),
    ),
    (
        "system_design",
        re.compile(
            r"中台架构|架构师|微服务架构|(?<![A-Za-z])solution\s+architecture(?![A-Za-z])",
            re.IGNORECASE,
        ),
    ),
    (
        "typescript",
        re.compile(
            r"(?<![A-Za-z])(?:js\s*[/、&+和]\s*ts|ts\s*[/、&+和]\s*js)(?![A-Za-z])", re.IGNORECASE
        ),
    ),
    (
        "statistics",
        re.compile(
            r"(?<![A-Za-z])(?:GLMs?|generali[sz]ed\s+linear\s+models?|regression\s+models?|"
            r"survival\s+analysis|actuarial|A/B\s+tests?)(?![A-Za-z])|统计建模|回归分析|精算|假设检验",
            re.IGNORECASE,
        ),
    ),
    (
        "programming_fundamentals",
        re.compile(
            # Programming languages the knowledge base has no skill of its own for.
            r"(?<![A-Za-z])(?:ABAP|COBOL|Fortran|VBA|PL/SQL|Delphi|Perl|PHP|Scala|Lua|Haskell|"
            r"Elixir|Erlang|Clojure|Groovy|Pascal|Visual\s+Basic|VB\.NET|Objective-C|"
            r"PowerShell|RPGLE|Apex\s+(?:triggers?|classes|class|code))(?![A-Za-z])"
            r"|(?<![A-Za-z0-9])(?:C#|F#|\.NET|(?-i:Ruby)|ruby\s+on\s+rails|(?-i:Swift)|ObjC)(?![A-Za-z0-9#])",
            re.IGNORECASE,
        ),
    ),
    (
        "rag",
        re.compile(
            r"\b(?:answer\w*|search\w*|chat\w*)\s+(?:questions\s+)?(?:over|about|from|on|with|across)\s+"
            r"(?:[\w']+\s+){0,3}?(?:docs|documents|documentation|files|pdfs|manuals|wiki|policies)\b|"
            r"(?:根据|基于|针对)[^，。；！？\n]{0,10}(?:文档|资料|手册|制度)(?:来)?(?:回答|问答)",
            re.IGNORECASE,
        ),
    ),
    (
        "domain_expertise",
        re.compile(
            r"(?<![A-Za-z])(?:FP&A|budgeting|financial\s+(?:planning|modell?ing|analysis|reporting)|"
            r"bookkeeping|month[\s-]end\s+close|payroll)(?![A-Za-z])|预算编制|做预算|财务分析|财务报表|记账|报税",
            re.IGNORECASE,
        ),
    ),
]


def phrased_skills(text: str, kb: KnowledgeBase, taken: list[Mention]) -> list[Mention]:
    """Skills ``text`` names by a phrase of work (``_PHRASED``), unless ``taken`` has them there."""
    out: list[Mention] = []
    for skill_id, regex in _PHRASED:
        if skill_id not in kb.skills:
            continue
        for m in regex.finditer(text):
            if not any(t.id == skill_id and t.start < m.end() and m.start() < t.end for t in taken):
                out.append(
                    Mention(
                        kind="skill", id=skill_id, text=m.group(0), start=m.start(), end=m.end()
                    )
                )
    return out
