"""Recorded cases for every constraint kind a mentor's request is read as, and for every kind of
turn a person sends after approval (issue 13 item 3, issue 11 item 7).

The constraint kinds are ``coach.engine.constraints.model.ConstraintKind``; the turn kinds are
``coach.engine.turns.TurnKind``. ``tests/unit/test_case_coverage.py`` checks that the recorded
cases, together, replay every one of each (read from the recordings, so a re-recording that no
longer reads a request as its kind fails there, not silently).
"""

from __future__ import annotations

from typing import Any

from case_spec import (
    MENTOR,
    Chat,
    DecisionCrash,
    Late,
    Mentor,
    OpenTurn,
    Resume,
    S,
    ServerDecision,
    Spec,
)

# The turns after approval, one per kind (the kind each is read as, in the comment). An offer
# ("can we go faster?", "I may lose my job") leaves a proposal open: the next turn answers it.
AFTER_EN = [
    "hi there",  # greeting
    "thank you!",  # thanks
    "ok",  # ack
    "Is this realistic for me?",  # realistic
    "What should I do this week?",  # this_week
    "Which book should I read for RAG?",  # resource
    "How do embeddings work?",  # skill_question
    "Can you approve my plan yourself?",  # decision
    "How much do AI application engineers earn?",  # pay
    "How should I prepare my CV for applications?",  # job_search
    "What does my mentor do?",  # mentor
    "I'm worried I'm not smart enough for this.",  # doubt
    "What's the difference between RAG and fine-tuning?",  # compare
    "hmm, interesting",  # general
    "Which vector database should I use, Pinecone or pgvector?",  # tool_choice
    "Is a bootcamp a better path than this plan?",  # alternative
    "They only hire people with a master's degree; without one am I out?",  # credential
    "I feel like giving up.",  # fear
    "Can we go faster?",  # faster (an offer)
    "no thanks",  # decline
    "I already know Python well.",  # known_skill (a check-in: Python done)
    "I got the job!",  # got_job
    "Is an hour a day enough?",  # pace: a question, not a change of hours
]
AFTER_ZH = [
    "新计划有什么变化？",  # changes
    "项目能换成医疗数据吗？",  # project
    "什么时候能学完？",  # timeline
    "把客户数据贴进ChatGPT安全吗？",  # privacy
    "学完能找什么样的工作？",  # job_kind
    "这些对我现在的工作有用吗？",  # useful
    "今天天气怎么样？",  # off_topic
    "太累了，坚持不下去了。",  # discouraged
    "公司要裁员了，我可能会失业。",  # job_loss (an offer: a faster plan)
    "好的",  # confirm: the faster plan is made and goes to the mentor
    "这周我该做什么？",  # this_week, while the new version waits for the mentor
]

KIND_SPECS: list[Spec] = [
    S(
        "en-mentor-order-resources-note",
        "Mentor: start with one skill, bring one forward, push one back, no books or papers, "
        "and a remark that is no instruction (kept as a note, shown as not applied).",
        Chat(
            [
                "I'm a marketing analyst, 4 years of SQL, Excel and some Python. I want to "
                "become an AI application engineer, 8 hours a week, within 12 months."
            ]
        ),
        Mentor(
            changes="Start with prompt engineering, then bring RAG forward and push Docker back "
            "to the end. No books or papers, she wants hands-on practice. Keep her spirits up, "
            "she is nervous about this."
        ),
        tags=[
            "en",
            "ai_application_engineer",
            "mentor_changes",
            "constraint:start_with",
            "constraint:move_earlier",
            "constraint:move_later",
            "constraint:exclude_resource_kind",
            "constraint:note",
        ],
    ),
    S(
        "en-mentor-horizon-and-project",
        "Mentor, twice: a set horizon and the project last; then a month shorter and a project "
        "topic of the mentor's own.",
        Chat(
            [
                "I'm a data analyst, 5 years of SQL, Python and Tableau. I want to become an AI "
                "application engineer, 10 hours a week, within a year."
            ]
        ),
        Mentor(changes="Make it 9 months instead of a year, and move the capstone to the end."),
        Mentor(
            changes="Shorten the plan by a month. Make the project an assistant that summarises "
            "hospital discharge notes."
        ),
        tags=[
            "en",
            "ai_application_engineer",
            "mentor_changes",
            "constraint:set_horizon",
            "constraint:project_later",
            "constraint:shorten_horizon",
            "constraint:project_field",
            "constraint:project_topic",
        ],
    ),
    S(
        "en-mentor-project-first-then-none",
        "Mentor, twice: a skill before the project and a skill's time given to the project; "
        "then no project at all for now.",
        Chat(
            [
                "I'm a business analyst, 6 years of SQL, Excel and some Python. I want to become "
                "an AI application engineer, 8 hours a week, within 12 months."
            ]
        ),
        Mentor(changes="Do RAG before the project. Skip Docker and give the time to the project."),
        Mentor(changes="No project for now, she needs the fundamentals."),
        tags=[
            "en",
            "ai_application_engineer",
            "mentor_changes",
            "constraint:before_project",
            "constraint:project_time",
            "constraint:no_project",
        ],
    ),
    S(
        "en-mentor-job-search",
        "Mentor: the person was laid off, so the plan ends in a job search, started by a given "
        "week, with its hours set.",
        Chat(
            [
                "I'm a QA engineer, 6 years of Selenium, Java and some Python. I want to become "
                "an AI application engineer, 12 hours a week, within 9 months."
            ]
        ),
        Mentor(
            changes="She was laid off last month, so add a job search at the end. Start the job "
            "search by week 30. Put 10 hours on the job search."
        ),
        tags=[
            "en",
            "ai_application_engineer",
            "mentor_changes",
            "constraint:find_work",
            "constraint:week_anchor",
            "constraint:job_search_hours",
        ],
    ),
    S(
        "en-mentor-profile-target-level",
        "Mentor: a skill the person has that the profile missed, another target role, and one "
        "skill at basic level only.",
        Chat(
            [
                "I'm a backend developer, 6 years of Go and PostgreSQL, some Python. I want to "
                "become an agent engineer, 10 hours a week, within 12 months."
            ]
        ),
        Mentor(
            changes="He already knows Docker well, and switch his target to MLOps engineer. "
            "Just the basics of Kubernetes, no deep dives."
        ),
        tags=[
            "en",
            "mentor_changes",
            "constraint:profile_skill",
            "constraint:set_target",
            "constraint:max_level",
        ],
    ),
    S(
        "en-mentor-min-level",
        "Mentor: a skill taken to a level at least (a typed min_level constraint).",
        Chat(
            [
                "I'm a data analyst, 4 years of SQL and some Python. I want to become an AI "
                "application engineer, 10 hours a week, within 12 months."
            ]
        ),
        Mentor(changes="Take prompt engineering to expert level."),
        tags=["en", "mentor_changes", "constraint:min_level"],
    ),
    S(
        "zh-mentor-no-coding-project",
        "导师：她不写代码；加一个作品集项目（中文）。",
        Chat(
            [
                "我是医院的护士长，10年临床管理经验，会用Excel，想用AI提升工作效率，成为AI增强职场人，每周5小时，6个月。"
            ]
        ),
        Mentor(changes="她不写代码。加一个作品集项目：用AI整理门诊病历摘要的助手。"),
        tags=["zh", "mentor_changes", "constraint:no_coding", "constraint:add_project"],
    ),
    S(
        "en-after-approval-every-turn",
        "After approval, one turn of each kind a person sends (English): greetings, thanks, "
        "questions on the plan, pay, the mentor, doubt, an offer to go faster declined, a skill "
        "already known, a new job.",
        Chat(
            [
                "I'm a frontend developer, 5 years of React, TypeScript and some Python. I want "
                "to become an AI application engineer, 10 hours a week, within 12 months."
            ]
        ),
        Mentor(approve=True),
        Chat(AFTER_EN),
        tags=["en", "coach", "approve", "after_approval", "turn_kinds"],
    ),
    S(
        "zh-after-approval-every-turn",
        "批准后每种回合各一次（中文）：改动、项目、时间线、隐私、岗位、用处、闲聊、疲惫、失业担忧后接受更快的计划、等待导师时的问题。",
        Chat(["我做了6年Java后端，会Spring和MySQL，想转大模型应用开发，每周10小时，一年内。"]),
        Mentor(approve=True),
        Chat(AFTER_ZH),
        tags=["zh", "coach", "approve", "after_approval", "turn_kinds"],
    ),
]

# What a maintainer requires of each (beyond the recording): the request read as its kinds,
# the plan honouring them, and no reviewer error allowed (the recorder's default allows the
# recorded ones; here none is).
# Guards a replay sees only when a case holds them: a decision after the plan is approved (the
# runner refuses it: nothing waits), a user who mentors others deciding on their own plan.
KIND_SPECS += [
    S(
        "en-late-decision-refused",
        "The mentor approves; a second approval (another mentor's stale screen) reaches the "
        "session after it: nothing waits for a mentor, so it is refused and changes nothing.",
        Chat(
            [
                "I'm a support engineer, 4 years of SQL, Linux and some Python. I want to become "
                "an AI application engineer, 8 hours a week, within 12 months."
            ]
        ),
        Mentor(approve=True),
        Late({"action": "approve", "mentor_id": MENTOR, "plan_version": 1}),
        tags=["en", "ai_application_engineer", "security", "late_decision"],
    ),
    S(
        "en-own-plan-approval-refused",
        "A user who is also a registered mentor approves their own plan: refused, the plan "
        "keeps waiting for another mentor.",
        Chat(
            [
                "I'm a senior data scientist, 9 years of Python, SQL and machine learning, and I "
                "mentor juniors here. I want to become an agent engineer, 6 hours a week, within "
                "a year."
            ]
        ),
        Resume({"action": "approve", "mentor_id": "ana", "plan_version": 1}),
        user="ana",
        user_is_mentor=True,
        tags=["en", "agent_engineer", "security", "self_approval"],
    ),
    S(
        "en-server-caller-not-a-mentor",
        "Through LangGraph Server, a signed-in user without the mentor permission (another "
        "learner) approves the plan: refused as not a mentor; the plan keeps waiting.",
        Chat(
            [
                "I'm a mobile developer, 5 years of Swift and some Python. I want to become an "
                "AI application engineer, 8 hours a week, within 12 months."
            ]
        ),
        ServerDecision(
            {"action": "approve", "mentor_id": "bo", "plan_version": 1},
            identity="bo",
            permissions=["user"],
        ),
        tags=["en", "ai_application_engineer", "security", "server", "not_a_mentor"],
    ),
    S(
        "en-decision-crash-pause-moved",
        "The ledger accepts a mentor's approval, then the mentor's process dies before the "
        "graph gets it; the user's open chat asks a question (a new pause); reopening the "
        "session applies the decision only to the pause it was made for: the plan keeps waiting.",
        Chat(
            [
                "I'm a network engineer, 8 years of Linux, Python scripting and some Ansible. I "
                "want to become an MLOps engineer, 8 hours a week, within 12 months."
            ]
        ),
        DecisionCrash({"action": "approve", "mentor_id": MENTOR, "plan_version": 1}),
        OpenTurn("What should I learn first?"),
        Chat(["How long will the whole plan take?"]),
        tags=["en", "mlops_engineer", "reliability", "crash_resume", "ledger"],
    ),
]

KIND_EXPECT: dict[str, dict[str, Any]] = {
    "en-mentor-order-resources-note": {
        "target_role": "ai_application_engineer",
        "constraints_include": [
            "start_with:prompt_engineering",
            "move_earlier:rag",
            "move_later:docker",
            "exclude_resource_kind",
            "note",
        ],
        "starts_by_week": {"prompt_engineering": 1},
        "before": [("rag", "docker")],
        "max_weekly_hours": 8,
        "awaiting_mentor": True,
        "allowed_findings": [],
    },
    "en-mentor-horizon-and-project": {
        "target_role": "ai_application_engineer",
        "constraints_include": [
            "set_horizon",
            "project_later",
            "shorten_horizon",
            "project_field",
            "project_topic",
        ],
        # 9 months is 39 weeks; a month shorter, 35
        "horizon_weeks": 35,
        "before": [("rag", "portfolio_project")],
        "max_weekly_hours": 10,
        "awaiting_mentor": True,
        "allowed_findings": [],
    },
    "en-mentor-project-first-then-none": {
        "target_role": "ai_application_engineer",
        "constraints_include": ["before_project:rag", "project_time", "no_project"],
        "skills_include": ["rag"],
        "skills_exclude": ["docker"],
        "max_weekly_hours": 8,
        "awaiting_mentor": True,
        "allowed_findings": [],
    },
    # the job search must start by week 30 as asked (the recording has it in week 34, which
    # the reviewer flags and cannot fix: a known failure until the planner honours it)
    "en-mentor-job-search": {
        "target_role": "ai_application_engineer",
        "constraints_include": ["find_work", "week_anchor", "job_search_hours"],
        "max_weekly_hours": 12,
        "awaiting_mentor": True,
        "allowed_findings": [],
    },
    "en-mentor-profile-target-level": {
        "target_role": "mlops_engineer",
        "constraints_include": ["profile_skill:docker", "set_target", "max_level:kubernetes"],
        "skills_include": ["kubernetes", "mlops"],
        "skills_exclude": ["docker"],
        "max_weekly_hours": 10,
        "awaiting_mentor": True,
        "allowed_findings": [],
    },
    "en-mentor-min-level": {
        "target_role": "ai_application_engineer",
        "constraints_include": ["min_level:prompt_engineering"],
        "awaiting_mentor": True,
    },
    "zh-mentor-no-coding-project": {
        "target_role": "ai_augmented_professional",
        "constraints_include": ["no_coding", "add_project"],
        "skills_exclude": ["python"],
        "max_weekly_hours": 5,
        "language": "zh",
        "awaiting_mentor": True,
        "allowed_findings": [],
    },
    # after approval the plan is approved: no answer may say it still waits for a mentor, a
    # remark ("hmm, interesting") is no off-topic request to turn away, and a question on the
    # pace ("is an hour a day enough?") changes no hours
    "en-after-approval-every-turn": {
        "target_role": "ai_application_engineer",
        "status": "approved",
        "max_weekly_hours": 10,
        "replies_include": [
            "only a mentor can approve",
            "no plan can promise an offer",
            "the plan stays as it is",
            "python done",
            "congratulations",
        ],
        "replies_exclude": [
            "waiting for a mentor's decision",
            "outside what I can help with",
            "your situation changed",
        ],
        "allowed_findings": [],
    },
    # the faster plan accepted after the worry about a layoff waits for the mentor; the
    # approved v1 stays in force meanwhile
    "zh-after-approval-every-turn": {
        "target_role": "ai_application_engineer",
        "status": "awaiting_mentor",
        "awaiting_mentor": True,
        "max_weekly_hours": 20,
        "language": "zh",
        "replies_include": ["已批准的计划 v1 继续有效", "脱敏", "无法保证", "减轻"],
        "allowed_findings": [],
    },
    "en-late-decision-refused": {
        "target_role": "ai_application_engineer",
        "status": "approved",
        "awaiting_mentor": False,
        "refused_include": ["not waiting for a mentor"],
        "allowed_findings": [],
    },
    "en-server-caller-not-a-mentor": {
        "target_role": "ai_application_engineer",
        "status": "awaiting_mentor",
        "awaiting_mentor": True,
        "refused_include": ["is not a mentor"],
        "allowed_findings": [],
    },
    "en-decision-crash-pause-moved": {
        "target_role": "mlops_engineer",
        "status": "awaiting_mentor",
        "awaiting_mentor": True,
        "allowed_findings": [],
    },
    "en-own-plan-approval-refused": {
        "target_role": "agent_engineer",
        "status": "awaiting_mentor",
        "awaiting_mentor": True,
        "refused_include": ["own plan"],
        "allowed_findings": [],
    },
}

# The answers lane's after-approval kinds (tool_choice, alternative, credential, fear, pace,
# outlook, a missed week, a window by its days).
from case_kinds_answers import ANSWERS_EXPECT, ANSWERS_SPECS  # noqa: E402

KIND_SPECS += ANSWERS_SPECS
KIND_EXPECT |= ANSWERS_EXPECT
