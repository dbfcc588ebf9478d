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
        "planner",
        "reviewer",
        "mentor_review",
        "finalize",
        "coach",
    } <= nodes
