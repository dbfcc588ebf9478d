"""Skills a posting's line asks for in words no alias spans (pure): a model's deployment said
apart ("模型在ARM、NPU上的量化与部署"), managing products, and a skill inside another's Chinese
alias ("Java后端开发经验": backend work too)."""

from __future__ import annotations

import re
from typing import Any

from coach.knowledge.lexicon import Lexicon, Mention
from coach.knowledge.loader import KnowledgeBase

_MODEL_DEPLOY = re.compile(r"模型[^，,。；;]{0,30}?(?P<at>部署)|(?P<at2>部署)[^，,。；;]{0,6}?模型")
"""A model's deployment said apart ("模型在ARM、NPU上的量化与部署"): model serving."""


_PRODUCT_WORK = re.compile(
    r"\b(?:manag|own)(?:e|es|ed|ing)?\s+(?:[\w-]+\s+(?:or\s+|and\s+)?){0,3}?products?\b",
    re.IGNORECASE,
)
"""Managing products ("2+ years managing AI or data products"): product sense."""


_LATIN_HEAD = re.compile(r"[A-Za-z][A-Za-z0-9+#.]*\s*(?=[\u4e00-\u9fff])")
_DESCRIBES = re.compile(r"(?:框架|库|工具|语言|平台|引擎|编程)$")


def inner_skills(line: str, found: list[Any], lexicon: Lexicon, kb: KnowledgeBase) -> list[Any]:
    """A skill a Chinese tail of another's alias names ("Go或Java后端开发经验": backend work as
    well as Java), unless the tail only describes the outer one ("PyTorch 深度学习框架", "CUDA
    编程") or is what it builds on."""
    from coach.engine.planner.sequence import ancestors

    ids = {m.id for m in found}
    out: list[Any] = []
    for m in found:
        head = _LATIN_HEAD.match(m.text)
        if head is None or _DESCRIBES.search(m.text) or m.id not in kb.skills:
            continue
        at = m.start + head.end()
        for sub in lexicon.find_skills(line[at : m.end]):
            if sub.id in ids or sub.id not in kb.skills or sub.id in ancestors(m.id, kb):
                continue
            ids.add(sub.id)
            out.append(sub.model_copy(update={"start": sub.start + at, "end": sub.end + at}))
    return out


_PHRASES = (
    (re.compile(r"\bagent\s+(?:workflows?|pipelines?|systems?|orchestration)\b", re.I), "agents"),
    (
        re.compile(
            r"\b(?:with|embed\w*\s+with|alongside)\s+(?:our\s+|their\s+|the\s+)?(?:customers?'?|"
            r"clients?'?)\s+(?:[\w-]+\s+)?teams?\b|"
            r"\b(?:work\w*|partner\w*|embed\w*|sit\w*|engag\w*)\s+(?:directly\s+|closely\s+)?"
            r"with\s+(?:our\s+|their\s+|the\s+)?(?:customers|clients)\b|"
            r"\bon-?site\s+with\s+customers\b|\bcustomer\s+(?:onboarding|escalations?|"
            r"engagements?|deployments?|calls?|meetings?)\b|驻场|深入客户|对接客户|客户沟通",
            re.I,
        ),
        "customer_facing",
    ),
    (
        re.compile(
            r"\bcommunicator\b|\bexplain\w*\s+(?:[\w-]+\s+){0,4}to\s+(?:non-?technical|business|"
            r"executives?)|沟通能力|表达能力",
            re.I,
        ),
        "communication",
    ),
    (
        re.compile(r"\b(?:call|use|invoke)s?\s+(?:external\s+|internal\s+)?tools\b|调用工具", re.I),
        "tool_calling",
    ),
    (
        re.compile(
            r"\bgpu\s+(?:clusters?|fleets?|nodes?|servers?)\b|gpu\s*集群|算力集群|训练集群",
            re.I,
        ),
        "hpc",
    ),
    (
        re.compile(
            r"\b(?:evaluat|assess|grad|judg|measur)\w*\s+(?:the\s+)?(?:model|llm|ai|assistant|"
            r"chatbot|agent)s?'?\s+(?:[\w-]+\s+)?(?:answers?|outputs?|responses?|replies|quality)\b|"
            r"\b(?:evaluat|assess|benchmark)\w*\s+(?:(?:the|our|new|their)\s+)?(?:llms?|ai|genai)"
            r"(?:-based|-powered|\s+based)?\s+(?:assistants?|agents?|chatbots?|copilots?|features?|"
            r"applications?|apps?|tools?)\b|"
            r"评估(?:模型|大模型)(?:的)?(?:回答|输出|效果)|评估(?:大模型|AI|智能体)(?:应用|助手|产品)",
            re.I,
        ),
        "evaluation",
    ),
    (
        re.compile(
            r"\breview\w*\s+(?:the\s+)?(?:model|llm|ai)(?:'s)?\s+(?:outputs?|answers?|drafts?|"
            r"responses?)|\b(?:nurses?|staff|humans?|people|clinicians?|experts?)\s+(?:review|check|"
            r"approve)\s+them\b|审核(?:模型|AI|大模型)(?:的)?(?:输出|结果|回答)",
            re.I,
        ),
        "judgment_review",
    ),
    (
        re.compile(
            r"\b(?:re-?)?design\w*\s+(?:[\w-]+\s+){0,2}workflows?\s+(?:so|where|with|around)\s+"
            r"(?:the\s+)?(?:ai|llms?|agents?|assistants?)\b|人机协同|人机协作",
            re.I,
        ),
        "human_ai_workflow_design",
    ),
    (
        re.compile(
            r"\btrain\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:staff|teams?|users?|colleagues|nurses|"
            r"employees|teachers)\b|培训(?:员工|同事|团队|用户)",
            re.I,
        ),
        "communication",
    ),
    (
        re.compile(r"\b(?:post-?mortems?|runbooks?|design\s+docs?|write-?ups?)\b", re.I),
        "technical_writing",
    ),
    (
        re.compile(
            r"\bintegrat\w*\s+(?:[\w'-]+\s+){0,5}?(?:apis?|systems?)\b|系统对接|接口对接", re.I
        ),
        "systems_integration",
    ),
)
"""A posting's phrases no alias spans: "turn their processes into agent workflows" (AI agents;
"agent" alone is also an insurance agent), "work on-site with customer teams", "customer
onboarding" (customer-facing solution work), "a clear communicator", "agents that call tools",
"operate GPU clusters" (running a cluster: HPC), "write post-mortems", "integrate with their
systems through their APIs" (integration)."""


def said_apart(line: str, found: list[Any]) -> list[Any]:
    """Skills a posting says in words apart, that no alias spans: a model's deployment
    ("模型在ARM、NPU上的量化与部署": model serving), managing products (product sense), agent
    workflows, work with customer teams."""
    out: list[Any] = []
    ids = {m.id for m in found}
    for phrase, skill_id in _PHRASES:
        hit = phrase.search(line)
        if hit is not None and skill_id not in ids:
            ids.add(skill_id)
            out.append(
                Mention(
                    kind="skill", id=skill_id, text=hit.group(0), start=hit.start(), end=hit.end()
                )
            )
    m = _MODEL_DEPLOY.search(line)
    if m is not None and "model_serving" not in ids:
        at = m.start("at") if m.group("at") else m.start("at2")
        out.append(Mention(kind="skill", id="model_serving", text="部署", start=at, end=at + 2))
    p = _PRODUCT_WORK.search(line)
    inside = p is not None and any(p.start() <= f.start < p.end() for f in found)
    if p is not None and "product_sense" not in ids and not inside:
        out.append(
            Mention(kind="skill", id="product_sense", text=p.group(0), start=p.start(), end=p.end())
        )
    return out
