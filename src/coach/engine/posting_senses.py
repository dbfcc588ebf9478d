"""Words of a posting's line that name a skill in another sense (pure): "GPU" for the hardware,
"Triton" beside serving, "NCCL tests" run on a fleet, "benchmarks" of racks, "fleet operations"."""

from __future__ import annotations

import re

_SERVING = re.compile(r"serv|deploy|inference\s+server|部署|推理服务", re.IGNORECASE)


_GPU_WORD = re.compile(r"gpus?|显卡|gpu\s*集群|gpu\s*cluster", re.IGNORECASE)
_GPU_KERNEL = re.compile(r"kernel|cuda|triton|program|编程|算子", re.IGNORECASE)
_GPU_DEVICES = re.compile(
    r"\b(?:npus?|dsps?|mobile|edge\s+devices?|devices?)\b|端侧|边缘设备", re.I
)
"""GPUs named among devices ("edge devices (NPU, DSP, mobile GPUs)"): the hardware a model runs on."""
_GPU_CODE = re.compile(
    r"program|kernel|cuda|triton|optimi[sz]|profil|performance|编程|开发|算子|优化|性能",
    re.IGNORECASE,
)


def gpu_hardware(skill_id: str, words: str, line: str) -> bool:
    """ "GPU" alone for the hardware ("a 4,000-GPU training cluster", "GPU Infrastructure
    Engineer", "GPU集群调度"): no GPU programming unless the line speaks of writing or tuning
    code for it."""
    if skill_id != "gpu_programming" or not _GPU_WORD.fullmatch(words.strip()):
        return False
    if _GPU_DEVICES.search(line) and not _GPU_KERNEL.search(line):
        return True  # a device a model is optimised for, not GPU code
    return not _GPU_CODE.search(line)


_COLLECTIVES = re.compile(r"nccl|rccl|hccl", re.IGNORECASE)
_CUDA_CODE = re.compile(
    r"\bcuda\b|kernel|program|writ\w*\s+(?:custom\s+)?(?:collective|communication)|编程|算子",
    re.IGNORECASE,
)


_OTHER_SENSE: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    (  # "NCCL and HPL benchmarks to validate new racks": hardware, not LLM evaluation
        "evaluation",
        re.compile(r"benchmarks?|基准测试|压测", re.IGNORECASE),
        re.compile(r"^(?!.*(?:\bllms?\b|\bmodels?\b|\bai\b|agent|大模型|模型|智能体)).*", re.I),
    ),
    (  # "促销活动 A/B 测试的效果评估", "evaluate campaign results": a business effect, no LLM evals
        "evaluation",
        re.compile(r"(?:效果)?(?:评估|评测)|evaluat\w*|assess\w*", re.IGNORECASE),
        re.compile(
            r"^(?!.*(?:\bllms?\b|\bmodels?\b|\bai\b|agent|prompt|大模型|模型|智能体|提示词)).*"
            r"(?:a/b|\bab\s*(?:测试|test)|实验|促销|活动|campaigns?|promotions?|营销|marketing|"
            r"销量|sales|programs?\b|项目效果|培训效果)",
            re.IGNORECASE,
        ),
    ),
    (  # "文档解析、切分" (document parsing for retrieval): no technical writing
        "technical_writing",
        re.compile(r"文档|documents?|documentation", re.IGNORECASE),
        re.compile(r"解析|切分|分块|检索|向量|pars(?:e|ing)|chunk|retriev|ingest|\brag\b", re.I),
    ),
    (  # "知识库问答与智能审核", "automated document review": a feature built, not judging AI output
        "judgment_review",
        re.compile(r"审核|审查|review", re.IGNORECASE),
        re.compile(
            r"(?:智能|自动化?|AI|模型|机器)\s*(?:审核|审查)|\b(?:automated|ai)\s+review", re.I
        ),
    ),
    (  # "MLflow, Kubeflow or SageMaker for model lifecycle": an MLOps platform, not cloud work
        "cloud",
        re.compile(r"sagemaker|vertex\s*ai|azure\s*ml", re.IGNORECASE),
        re.compile(
            r"mlflow|kubeflow|model\s+(?:registry|lifecycle)|experiment\s+tracking|mlops", re.I
        ),
    ),
    (  # "将机器学习模型封装为服务并上线", "deploying ML models as services": serving, not ML itself
        "ml_fundamentals",
        re.compile(r"机器学习(?:模型)?|(?:machine\s+learning|ml)(?:\s+models?)?", re.IGNORECASE),
        re.compile(
            r"(?:部署|封装|上线)[^，。；,;]{0,6}机器学习模型|机器学习模型(?:的)?(?:部署|封装|上线|服务化)|"
            r"\b(?:deploy\w*|serv\w*|productioni[sz]\w*)\s+(?:\w+\s+){0,2}(?:ml|machine\s+learning)"
            r"\s+models?",
            re.IGNORECASE,
        ),
    ),
    (  # "Zendesk or Salesforce Service Cloud": a CRM product, not a cloud platform
        "cloud",
        re.compile(r"cloud", re.IGNORECASE),
        re.compile(r"(?:service|sales|marketing|commerce|experience|health)\s+cloud\b", re.I),
    ),
    (  # "Postman、JMeter 进行接口测试": the testing tool of the testing the line asks for
        "api_design",
        re.compile(r"postman|insomnia", re.IGNORECASE),
        re.compile(r"测试|\btest(?:s|ing)?\b|\bqa\b", re.IGNORECASE),
    ),
    (  # "ERP系统的功能测试", "regression testing of our CRM": the system under test, not integration
        "systems_integration",
        re.compile(r"erp|crm|oa|sap|saas|业务系统", re.IGNORECASE),
        re.compile(
            r"^(?!.*(?:integrat|对接|集成|connect|sync|migrat|迁移|接入)).*"
            r"(?:测试|\btest(?:s|ing|ers?)?\b|\bqa\b|quality\s+assurance|uat\b)",
            re.IGNORECASE,
        ),
    ),
    (  # "用友ERP" in a finance CV's skills, "Experience with SAP ERP": using the system, no integration
        "systems_integration",
        re.compile(r"erp|crm|oa|sap|用友|金蝶|业务系统", re.IGNORECASE),
        re.compile(
            r"^(?!.*(?:integrat|对接|集成|接口|\bapis?\b|connect|sync|migrat|迁移|接入|implement|"
            r"实施|webhook|middleware|中间件|二次开发|customi[sz]|定制)).*",
            re.IGNORECASE,
        ),
    ),
    (  # "custom WordPress plugins", "浏览器插件": a site's or browser's plugins, not an LLM's tools
        "tool_calling",
        re.compile(r"plug-?ins?|插件", re.IGNORECASE),
        re.compile(
            r"^(?!.*(?:\bllms?\b|\bai\b|agents?|gpt|chatgpt|openai|claude|assistants?|大模型|"
            r"智能体|模型|function\s+calling|工具调用)).*",
            re.IGNORECASE,
        ),
    ),
    (  # "causal inference", "统计推断": statistics, not model inference
        "inference_optimization",
        re.compile(r"inference|推断|推理", re.IGNORECASE),
        re.compile(
            r"\b(?:causal|statistical|bayesian|variational|frequentist)\s+inference\b|"
            r"因果推断|统计推断|贝叶斯推断",
            re.IGNORECASE,
        ),
    ),
    (  # "triaged defects with developers", "与开发人员沟通": the people worked with, no programming
        "programming_fundamentals",
        re.compile(r"developers?|devs?|engineers?|开发人员|研发人员|程序员", re.IGNORECASE),
        re.compile(
            r"\b(?:with|alongside|to|for|between|and)\s+(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+)?"
            r"(?:developers|devs|engineers)\b|(?:与|和|跟|配合|协助|对接)(?:\w{0,4})?(?:开发人员|研发人员|程序员)",
            re.IGNORECASE,
        ),
    ),
    (  # "agents for banking operations teams": the people the work serves, not a skill asked
        "operations_management",
        re.compile(r"operations?|ops", re.IGNORECASE),
        re.compile(
            r"\b(?:for|with|to|support\w*|serv\w*|help\w*)\s+(?:the\s+|our\s+|their\s+)?"
            r"(?:customers?'?\s+)?(?:[\w-]+\s+){0,2}operations\s+(?:teams?|staff|people|managers?)\b",
            re.I,
        ),
    ),
    (  # "automate fleet operations", "on-call operations": running systems, not management
        "operations_management",
        re.compile(r"operations?|ops", re.IGNORECASE),
        re.compile(
            r"automat|fleet|cluster|server|infrastructure|on-?call|linux|script|devops|sre\b|"
            r"自动化|集群|服务器|脚本",
            re.IGNORECASE,
        ),
    ),
)
"""A skill named by a word with another sense in the line around it (no requirement then)."""


def other_sense_in(skill_id: str, line: str) -> bool:
    """Whether ``line`` names ``skill_id`` by a word in another sense ("plugin fixes" of a
    WordPress site), where no alias spans the word."""
    return any(
        skill_id == sid and word.search(line) and context.search(line)
        for sid, word, context in _OTHER_SENSE
    )


def other_sense(skill_id: str, words: str, line: str) -> bool:
    return any(
        skill_id == sid and word.fullmatch(words.strip()) and context.search(line)
        for sid, word, context in _OTHER_SENSE
    )


def collectives(skill_id: str, words: str, line: str) -> str:
    """ "NCCL" (tests, tuning, debugging) is a cluster's collective communication, run and
    measured on the fleet (high-performance computing), not CUDA programming, unless the line
    speaks of writing GPU code."""
    if skill_id == "cuda" and _COLLECTIVES.fullmatch(words.strip()) and not _CUDA_CODE.search(line):
        return "hpc"
    return skill_id


def serving_triton(skill_id: str, words: str, line: str) -> bool:
    """ "Triton" next to serving or deployment is NVIDIA's inference server, not Triton kernels."""
    return (
        skill_id == "triton_kernels" and words.lower() == "triton" and bool(_SERVING.search(line))
    )


_AGENT_TOOLS = re.compile(r"\bagents?\b|\btools?\b|智能体|工具调用|function\s+calling", re.I)
_INTEGRATION = re.compile(r"\bintegrat\w*|对接|集成", re.I)


def api_sense(line: str, llm: bool) -> str:
    """What a bare "API(s)"/"接口" asks for by the line around it: the LLM's API beside an LLM
    ("LLM APIs", "有大模型 API 调用经验"), the tools an agent calls ("agents that call tools
    and internal APIs"), an integration ("integrate with their ERP through their APIs"), else
    API design."""
    if llm:
        return "llm_api_integration"
    if _AGENT_TOOLS.search(line):
        return "tool_calling"
    if _INTEGRATION.search(line):
        return "systems_integration"
    return "api_design"


_EDGE = re.compile(
    r"端侧|边缘|设备端|终端侧|嵌入式|(?<![A-Za-z])(?:npus?|dsps?|mcus?|arm|edge|on-?device|mobile|"
    r"embedded|(?:resource-)?constrained\s+(?:hardware|devices?|targets?)|"
    r"microcontrollers?|tflite|tensorflow\s+lite|rknn|jetson|core\s?ml|ncnn|mnn)(?![A-Za-z])|"
    r"手机|移动端",
    re.IGNORECASE,
)
_BARE_DEPLOY = re.compile(
    r"部署|(?:model\s+)?deploy\w*|deployment|(?:model\s+)?deployment|deploy\w*\s+models?", re.I
)


def edge_sense(skill_id: str, words: str, line: str) -> str:
    """Quantising or deploying a model on a device ("负责模型在ARM、NPU上的量化与部署"): the edge
    skills (quantisation for edge devices, on-device inference), not server-side compression
    and serving."""
    if not _EDGE.search(line):
        return skill_id
    if skill_id == "model_compression":
        return "edge_quantization"
    if skill_id == "model_serving" and _BARE_DEPLOY.fullmatch(words.strip()):
        return "edge_inference"
    return skill_id


_NO_BEFORE = re.compile(
    r"(?:\bno|\bnot|\bwithout|\bzero|无需|不需要|不要求|不用|无须)\s*(?:prior\s+|previous\s+|any\s+)?$",
    re.IGNORECASE,
)


def not_asked(line: str, start: int, end: int) -> bool:
    """A skill the line says is not needed, right before it ("Comfortable with Excel; no coding
    required", "无需编程经验", "Python, not Java")."""
    return bool(_NO_BEFORE.search(line[max(0, start - 12) : start]))


_AI_OUTPUT = re.compile(
    r"(?<![A-Za-z])(?:prompts?|llms?|models?|ai|gpt|chatgpt|assistants?|agents?)(?![A-Za-z])|"
    r"提示词|大模型|模型",
    re.IGNORECASE,
)
_TEST_CASES = re.compile(r"test\s+cases?|test\s+sets?|tests?|测试用例|测试集", re.IGNORECASE)
_CLINICAL = re.compile(
    r"(?<![A-Za-z])(?:ward|clinical|patients?|nursing|medical|discharge|care|hospital)(?![A-Za-z])|"
    r"病历|护理|临床|患者|病房|出院",
    re.IGNORECASE,
)


_REGRESSION = re.compile(r"回归测试|regression\s+(?:tests?|testing|suites?)", re.IGNORECASE)
"""Regression tests of a model's answers are LLM evaluation; of a system ("ERP系统的回归测试"),
software testing."""


def ai_output_sense(skill_id: str, words: str, line: str) -> str:
    """Test cases for prompts or a model's answers ("Write prompts and test cases for
    discharge-summary drafting") are LLM evaluation, not software testing; a ward's clinical
    "documentation" is the notes AI drafts there, not technical writing (no skill: ``""``)."""
    if skill_id == "software_testing" and _TEST_CASES.fullmatch(words.strip()):
        return "evaluation" if _AI_OUTPUT.search(line) else skill_id
    if skill_id == "evaluation" and _REGRESSION.fullmatch(words.strip()):
        return skill_id if _AI_OUTPUT.search(line) else "software_testing"
    if skill_id == "technical_writing" and re.fullmatch(r"documentation|文档", words.strip(), re.I):
        return "" if _CLINICAL.search(line) else skill_id
    return skill_id


_OWNED = re.compile(r"\b(?:our|their|its|the\s+company'?s|the\s+client'?s)\s+$", re.IGNORECASE)


def company_owned(skill_id: str, line: str, start: int) -> bool:
    """A field named as the company's own thing ("Integrate the ERP with our e-commerce
    platform"): where the job is, not a field's knowledge the posting asks for."""
    return skill_id == "domain_expertise" and bool(_OWNED.search(line[max(0, start - 24) : start]))
