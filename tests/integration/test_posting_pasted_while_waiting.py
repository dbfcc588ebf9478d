"""A job posting pasted while the first draft waits for the mentor (DOC5-6): its lines are the
job's words, never the person's background; what was read is said before any re-plan."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.runner import SessionRunner

FIRST = "我做了3年微信小程序开发，会JavaScript和TypeScript，想转AI应用工程师，每周6小时，半年内"
POSTING = """AI应用开发工程师（大模型方向）
深圳·南山 | 25-40K·14薪
岗位职责：
1. 负责RAG检索链路的设计与优化，包括文档切分、向量检索、重排序；
2. 使用LangChain/LlamaIndex搭建Agent工作流，对接企业内部系统；
任职要求：
1. 本科及以上，2年以上前端或全栈开发经验；
2. 熟悉Python或Node.js，有TypeScript经验优先；
3. 了解向量数据库（Milvus、Elasticsearch）；
4. 有MySQL数据库使用经验者优先。"""


def _waiting() -> SessionRunner:
    runner = SessionRunner(
        build_graph(InMemorySaver(), InMemoryStore()),
        "zh-posting-waiting",
        Context(start_date=date(2027, 1, 4), today=date(2026, 12, 2)),
    )
    runner.send(FIRST)
    if not runner.awaiting_mentor():
        runner.send("对")
    assert runner.awaiting_mentor()
    return runner


def test_a_pasted_postings_lines_are_never_the_persons_strengths() -> None:
    runner = _waiting()
    result = runner.send(POSTING)
    replies = "\n".join(result.replies)
    assert "职位描述" in replies
    if not runner.awaiting_mentor():
        runner.send("对")
    plan = runner.values()["plan"]
    evidence = " ".join(s.get("evidence", "") for s in plan.get("strengths") or [])
    for line in ("了解向量数据库", "负责RAG检索链路", "MySQL数据库使用经验"):
        assert line not in evidence, plan.get("strengths")
    strengths = {s.get("skill_id") for s in plan.get("strengths") or []}
    assert not {"databases", "sql", "rag", "vector_databases"} & strengths


def test_what_was_read_comes_before_any_word_of_a_new_plan() -> None:
    runner = _waiting()
    replies = runner.send(POSTING).replies
    read = next(i for i, r in enumerate(replies) if "职位描述" in r)
    updated = [i for i, r in enumerate(replies) if "已按这个变化更新了计划" in r]
    assert all(i > read for i in updated), replies


def test_before_and_after_the_paste_the_posting_turns_get_a_fit_answer() -> None:
    runner = _waiting()
    before = "\n".join(runner.send("我看中了这个岗位，帮我看看差多少").replies)
    assert "还没有这个职位的描述" in before and "来源" not in before
    runner.send(POSTING)
    after = "\n".join(runner.send("对，按这个岗位来").replies)
    assert "必需要求" in after and "来源" not in after
    assert after.index("检索增强生成") < after.index("向量数据库")  # the posting's own order
    assert "JavaScript" in after  # "Python或Node.js": the Node.js they have meets it
