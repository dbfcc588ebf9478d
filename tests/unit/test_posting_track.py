"""A job posting picks the closest role's track that fits what it asks (issue 14 item 2,
planner side): a cluster-operations posting gets Kubernetes, monitoring and Slurm, not the
inference role's CUDA kernels; a requirement the posting raised keeps its weight in a track."""

from __future__ import annotations

from coach.engine.planner import build_plan
from coach.engine.planner.posting_target import posting_research
from coach.engine.planner.track import posting_track, track_research
from coach.engine.posting import parse_posting
from coach.engine.research import research_role
from coach.knowledge.lexicon import get_lexicon
from tests.unit.plan_helpers import KB, START, person

POSTING = """Site Reliability Engineer, ML Compute Platform
Requirements
- Run large Linux fleets in production
- Kubernetes administration, including GPU scheduling
- Slurm or another batch scheduler
- Automation in Python
- Prometheus and Grafana dashboards and alerting
Nice to have
- CUDA basics
"""
TURNS = [
    "Network operations technician, 6 years: Linux boxes, cabling, bash scripts, a bit of Python."
]


def _research() -> tuple[object, object]:
    posting = parse_posting(POSTING, get_lexicon(KB), KB)
    p = person(TURNS, "ai_infra_engineer", 8, 40)
    return p, posting_research(research_role(KB, p, "ai_infra_engineer"), posting, KB, p)


def test_a_cluster_operations_posting_picks_the_cluster_track() -> None:
    _, research = _research()
    track = posting_track(KB.roles["ai_infra_engineer"], research)  # type: ignore[arg-type]
    assert track is not None and "kubernetes" in {r.skill_id for r in track.required}
    assert "cuda" in track.drop and "cpp" in track.drop


def test_the_plan_for_it_schedules_the_posting_not_gpu_kernels() -> None:
    p, research = _research()
    plan = build_plan(p, research, KB, start_date=START, said=TURNS)  # type: ignore[arg-type]
    hours: dict[str, float] = {}
    for it in plan.items():
        hours[it.skill_id] = hours.get(it.skill_id, 0.0) + it.hours
    assert {"kubernetes", "observability"} <= set(hours)
    assert not {"cpp", "gpu_programming", "triton_kernels"} & set(hours)


def test_no_posting_no_track_from_it() -> None:
    p = person(TURNS, "ai_infra_engineer", 8, 40)
    assert (
        posting_track(KB.roles["ai_infra_engineer"], research_role(KB, p, "ai_infra_engineer"))
        is None
    )


def test_a_raised_requirement_keeps_its_weight_in_a_track() -> None:
    role = KB.roles["ai_infra_engineer"]
    serving = next(tr for tr in role.tracks if tr.id == "serving")
    p = person(TURNS, "ai_infra_engineer", 8, 40)
    research = research_role(KB, p, "ai_infra_engineer")
    own = {r.skill_id: r for r in serving.required}
    skill = next(s for s in own if own[s].weight < 0.95)
    raised = research.model_copy(
        update={
            "required_skills": [
                r.model_copy(update={"weight": 0.95}) if r.skill_id == skill else r
                for r in research.required_skills
            ]
        }
    )
    out = track_research(raised, serving, role)
    assert next(r.weight for r in out.required_skills if r.skill_id == skill) == 0.95


def test_the_plan_and_the_posting_reader_name_the_same_track() -> None:
    """One picker: the track the fit report names is the track the plan targets."""
    posting = parse_posting(POSTING, get_lexicon(KB), KB)
    _, research = _research()
    track = posting_track(KB.roles["ai_infra_engineer"], research)  # type: ignore[arg-type]
    assert posting.closest_role == "ai_infra_engineer"
    assert (track.id if track else None) == posting.closest_track
