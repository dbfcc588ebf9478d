"""After approval with a targeted posting (COACHING.md D1, A7-2): a question about one skill
for the job is answered about that skill, with how the posting lists it; an interview date gets
the interview answer, not the posting block; the posting block is never repeated word for word
(the second time, a pointer and its conclusion)."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.nodes.common import MENTORS_NAMESPACE
from coach.runner import SessionRunner

POSTING = """People Analytics & AI Enablement Lead — Northwind Bank (London, hybrid)
Salary: £75,000 – £90,000 + bonus

About the role
You will lead how HR uses AI: build and evaluate LLM-based assistants for HR policy questions, automate reporting, and make sure AI use in people processes is fair and compliant.

Requirements
- 5+ years in HR, HRBP or people analytics
- Strong data skills: SQL, Power BI or Tableau; Python is a plus
- Experience with prompt engineering and evaluating LLM outputs for accuracy and bias
- Knowledge of UK GDPR, the EU AI Act and algorithmic fairness in hiring
- Experience with low-code automation (Power Automate, Zapier)
- Excellent stakeholder management

Nice to have
- Retrieval-augmented generation over policy documents
- Workday or SuccessFactors
"""


def _approved() -> SessionRunner:
    store = InMemoryStore()
    store.put(MENTORS_NAMESPACE, "mei", {"name": "mei"})
    context = Context(start_date=date(2026, 12, 7), today=date(2026, 12, 2))
    runner = SessionRunner(build_graph(InMemorySaver(), store), "posting", context)
    runner.send(POSTING)
    runner.send(
        "I'm an HR business partner, 10 years, Workday, Power BI, Excel, basic SQL. "
        "6 hours a week, about 9 months."
    )
    runner.send("yes")
    runner.resume({"action": "approve", "mentor_id": "mei"})
    return runner


def test_one_skill_for_the_job_the_interview_and_no_repeated_block() -> None:
    runner = _approved()
    python = runner.send("Do I need Python for this job? The posting says it's a plus").replies
    text = python[-1]
    assert "lists Python as a plus, not a must-have" in text, text
    assert "Fit 15%" not in text and "Fit " not in text.split("\n")[0], text
    interview = runner.send(
        "I got an interview for the Northwind role in mid-January! can we focus on what they'll ask?"
    ).replies[-1]
    assert interview.startswith("Congratulations on the interview! 2027-01-11"), interview
    first = runner.send("what matters most for this job?").replies[-1]
    assert "posting asks for first" in first, first
    again = runner.send("how far am I from this job?").replies[-1]
    assert again.startswith("That is what I said just above"), again
    assert again.count("\n") == 1 and "What matters most first" in again, again
