"""A cluster-operations posting (DOC5-4): the role its requirements say, NCCL is the fleet's
collective communication (not CUDA programming), hardware benchmarks are not LLM evaluation,
"Python (or Go)" is one choice, Latin names right after Chinese text are named."""

from __future__ import annotations

from datetime import date

from coach.engine.pasted import posting_target
from coach.engine.posting import parse_posting
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

CLUSTER_OPS = """Platform Infrastructure Engineer (Training Cluster Operations)
Requirements
- 4+ years running Linux fleets in production
- Kubernetes with the NVIDIA device plugin, and Slurm
- Python (or Go) for automation
- Prometheus and Grafana dashboards; alerting on GPU health
- Run NCCL tests and burn-in benchmarks on new nodes
Nice to have
- CUDA basics
"""


def _read(text: str):  # type: ignore[no-untyped-def]
    kb = load_kb()
    return parse_posting(text, get_lexicon(kb), kb), kb


def test_a_cluster_operations_posting_targets_the_role_its_requirements_say() -> None:
    from coach.engine.pasted import targeted_posting
    from coach.engine.posting_roles import required_levels, track_of

    posting, kb = _read(CLUSTER_OPS)
    update = posting_target(posting, get_lexicon(kb), kb, date(2026, 12, 2))
    stored = targeted_posting(posting, update, kb)
    role = kb.roles[str(update["target_role"])]
    planned = set(required_levels(role, track_of(role, stored.closest_track)))
    assert "kubernetes" in planned or "observability" in planned  # what the job is
    assert not planned & {"cuda", "cpp", "triton_kernels"}  # never the role's kernel work


def test_a_track_that_fits_the_posting_makes_its_role_the_closest() -> None:
    from coach.engine.posting_roles import closest_role, closest_track, role_name
    from coach.knowledge.models import Requirement, Track

    _, kb = _read(CLUSTER_OPS)
    infra = kb.roles["ai_infra_engineer"]
    src = infra.required[0].source_id
    cluster = Track(
        id="fleet_ops",
        name={"en": "fleet operations", "zh": "集群运维"},
        words=["fleet operations"],
        required=[
            Requirement(skill_id=s, level=2, weight=1.0, source_id=src)
            for s in ("kubernetes", "observability", "hpc", "linux", "python")
        ],
        drop=["cuda", "cpp", "triton_kernels", "gpu_programming", "computer_systems"],
    )
    roles = dict(kb.roles) | {infra.id: infra.model_copy(update={"tracks": [cluster]})}
    with_track = kb.model_copy(update={"roles": roles})
    asked = {"kubernetes", "observability", "hpc", "linux", "python", "cloud"}
    assert closest_role(with_track, asked)[0] == "ai_infra_engineer"
    assert closest_track(with_track, "ai_infra_engineer", asked) == "fleet_ops"
    assert "fleet operations" in role_name(with_track, "ai_infra_engineer", "fleet_ops", "en")
    bare = kb.model_copy(
        update={"roles": dict(kb.roles) | {infra.id: infra.model_copy(update={"tracks": []})}}
    )
    assert closest_role(bare, asked)[0] == "mlops_engineer"  # with no such track: the nearest


def test_nccl_tests_are_not_cuda_programming_and_benchmarks_are_not_llm_evals() -> None:
    posting, _ = _read(CLUSTER_OPS)
    required = {r.skill_id for r in posting.requirements if r.required}
    assert "cuda" not in required and "evaluation" not in required
    assert "hpc" in required
    cuda = [r for r in posting.requirements if r.skill_id == "cuda"]
    assert cuda and not cuda[0].required  # "CUDA basics" stays a plus


def test_python_or_go_in_parentheses_is_one_choice() -> None:
    posting, _ = _read(CLUSTER_OPS)
    python = next(r for r in posting.requirements if r.skill_id == "python")
    assert python.alternatives == ["golang"]


def test_latin_names_right_after_chinese_are_named() -> None:
    posting, _ = _read(
        "运维工程师\n任职要求：\n1. 熟悉Ansible或Terraform等自动化工具\n2. 有InfiniBand/RoCE调试经验"
    )
    assert {"Ansible", "InfiniBand", "RoCE"} <= set(posting.uncovered)
    assert "GPU" not in posting.uncovered


def test_a_pasted_postings_lines_are_not_the_persons_own_words() -> None:
    from coach.engine.pasted import own_words

    kb = load_kb()
    lexicon = get_lexicon(kb)
    text = "帮我看看这个岗位\n" + CLUSTER_OPS.replace("Requirements", "任职要求")
    assert "Kubernetes" not in own_words(CLUSTER_OPS, lexicon)
    assert own_words("I run Kubernetes clusters at work", lexicon).startswith("I run")
    assert "Slurm" not in own_words(text, lexicon)


def test_a_feature_the_job_builds_is_no_skill_of_judging_ai_output() -> None:
    posting, _ = _read(
        "大模型应用开发工程师\n岗位职责：\n1. 负责信贷场景下知识库问答与智能审核的后端开发"
    )
    assert "judgment_review" not in {r.skill_id for r in posting.requirements}
    posting, _ = _read("RAG工程师\n任职要求：\n1. 负责文档解析、切分与向量检索")
    assert "technical_writing" not in {r.skill_id for r in posting.requirements}
