"""People's everyday words for skills, and the role names a target may be said by; split out of
:mod:`coach.knowledge.lexicon`, which matches them.
"""

from __future__ import annotations

from coach.knowledge.loader import KnowledgeBase

EVERYDAY: dict[str, list[str]] = {
    "conversational_ux": ["chatbot", "chat bot", "聊天机器人", "对话机器人", "智能客服"],
    "customer_facing": ["client facing", "client-facing", "面向客户", "跟客户打交道"],
    "software_testing": ["tester", "test engineer", "manual testing", "qa testing", "测试工程师"],
    "backend_engineering": ["laravel", "symfony", "nestjs", "asp.net", "ruby on rails"],
    "statistics": ["stats", "统计学", "SAS", "Stata", "SPSS"],
    "scientific_computing": ["ansys", "abaqus", "comsol", "midas", "有限元", "finite element"],
    # hardware description and digital design: computer architecture at the gate level
    "computer_systems": [
        "verilog",
        "systemverilog",
        "vhdl",
        "rtl",
        "fpga",
        "asic",
        "timing closure",
        "数字电路",
        "数字ic",
        "芯片设计",
    ],
    # testing said of AI is evaluating it ("AI测试", "testing chatbots"), not software testing
    "evaluation": [
        "ai testing",
        "llm testing",
        "model testing",
        "testing ai",
        "testing llms",
        "testing models",
        "testing chatbots",
        "testing ai systems",
        "AI测试",
        "AI产品测试",
        "大模型测试",
        "模型测试",
        "测试大模型",
        "AI评测",
        "大模型评测",
        "大模型评估",
        "模型评测",
        "llm evaluations",
    ],
    # automation built inside business platforms is low-code work
    "low_code_automation": [
        "power automate",
        "process builder",
        "flow builder",
        "salesforce flow",
        "salesforce flows",
        "agentforce",
        "copilot studio",
    ],
    "typescript": ["ts"],  # "react和ts都很熟", "vue/ts": as the other tool words, in a list
    # a designer's research is knowing what users need (the KB has no design skill of its own)
    "product_sense": [
        "user research",
        "usability testing",
        "usability studies",
        "用户研究",
        "用户调研",
        "用户访谈",
        "可用性测试",
    ],
}
"""People's everyday words for a few skills, beside the knowledge base's aliases."""


WIDER_TITLES = frozenset({"machine learning engineer", "ml engineer", "机器学习工程师"})
"""Job titles the knowledge base gives as aliases of a role that is only part of that job: an
ML engineer builds models as often as they run them (MLOps), so said as a target the title is
a job the knowledge base has no role for, offered with the closest roles (issue 9, U5-4)."""


def role_aliases(kb: KnowledgeBase) -> dict[str, list[str]]:
    """Each role's names and aliases that name it (never a wider job title)."""
    return {
        r.id: [a for a in (r.name.en, r.name.zh, *r.aliases) if a.lower() not in WIDER_TITLES]
        for r in kb.roles.values()
    }
