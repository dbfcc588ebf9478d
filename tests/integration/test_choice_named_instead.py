"""A choice answer that turns the options down and says where instead takes the role it names."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.runner import SessionRunner


def test_none_of_these_with_a_description_plans_the_role_described() -> None:
    graph = build_graph(InMemorySaver(), InMemoryStore())
    r = SessionRunner(graph, "named", Context(start_date=date(2027, 1, 4), today=date(2026, 12, 2)))
    r.send("固件工程师，写了9年C，每周8小时，一年内")
    r.send("大模型相关的吧")
    assert r.values()["choice"]["status"] == "pending"
    r.send("都不想要，我想做的是推理加速和模型量化这类偏底层的")
    values = r.values()
    assert values["profile"]["target_role"] == "ai_infra_engineer"
    assert values["plan"]["target"] == "ai_infra_engineer"
    assert values["profile"]["current_role"] and "固件" in values["profile"]["current_role"]
