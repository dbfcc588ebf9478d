from pathlib import Path

from coach.graph import build_builder, mermaid

ROOT = Path(__file__).resolve().parents[2]


def test_committed_mermaid_drawing_matches_the_compiled_graph() -> None:
    committed = (ROOT / "graphs" / "coach.mmd").read_text(encoding="utf-8")
    assert committed == mermaid(), "graphs/coach.mmd is stale: run `coach graph > graphs/coach.mmd`"


def test_graph_has_the_designed_nodes() -> None:
    nodes = set(build_builder().nodes)
    assert {
        "route_turn",
        "profiler",
        "researcher",
        "research_candidate",
        "choose_role",
        "planner",
        "reviewer",
        "mentor_review",
        "finalize",
        "coach",
    } <= nodes


def test_unsure_fan_out_joins_at_the_choice_not_the_planner() -> None:
    text = mermaid()
    assert "research_candidate --> choose_role;" in text
    assert "research_candidate --> planner;" not in text
    assert "choose_role -.-> __end__;" in text
    assert "route_turn -.-> choose_role;" in text
