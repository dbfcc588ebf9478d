"""Recorded cases for the after-approval turn kinds of the answers lane (issue 11 item 5/7):
a tool weighed, another path, a credential feared, a fear (not a load), a pace weighed, where
the work is going; and a missed week and a span of days said as a window. Registered by
``case_kinds.py`` (``KIND_SPECS += ANSWERS_SPECS``, ``KIND_EXPECT |= ANSWERS_EXPECT``)."""

from __future__ import annotations

from typing import Any

from case_spec import Chat, Mentor, S, Spec

ANSWERS_AFTER_EN = [
    "Our company is rolling out Microsoft Copilot, should I use that instead of Zapier?",  # tool_choice
    "Would a master's in data science be better than this plan?",  # alternative
    "I never finished my degree, does that rule me out?",  # credential
    "Honestly it all feels too hard, I'm scared I'll never learn it",  # fear
    "Is an hour a day enough?",  # pace
    "Is the job market for AI engineers saturated?",  # outlook
    "I didn't get to study at all this week",  # a missed week (a check-in: 1 week behind)
]
ANSWERS_AFTER_ZH = [
    "我们公司用的是钉钉，还需要学扣子吗？",  # tool_choice
    "要不要去读个在职硕士，还是按计划来？",  # alternative
    "听说这行只招名校硕士，我只是本科，是不是没戏？",  # credential
    "感觉太难了，我怕自己学不会",  # fear
    "每天学一小时够吗？",  # pace
    "大模型应用开发前景怎么样？",  # outlook
    "这周加班，一点没学",  # a missed week
    "寒假从1月25号到2月21号，那段时间每周能学14小时",  # a window by its days (a re-plan)
]

ANSWERS_SPECS: list[Spec] = [
    S(
        "en-after-approval-choices",
        "After approval (English): an employer's tool against the plan's, a master's, a missing "
        "degree, a fear that is no load, a pace, the job market, a missed week.",
        Chat(
            [
                "I'm a customer support lead, 6 years, some SQL and Python scripts. I want to "
                "become an AI application engineer, 8 hours a week, within 12 months."
            ]
        ),
        Mentor(approve=True),
        Chat(ANSWERS_AFTER_EN),
        tags=["en", "coach", "approve", "after_approval", "turn_kinds"],
    ),
    S(
        "zh-after-approval-choices",
        "批准后（中文）：单位的工具与计划里的工具、在职硕士、学历担心、怕学不会、每天一小时够不够、前景、这周没学、按日期说的寒假时段。",
        Chat(["我做了5年测试，会Python和SQL，想转大模型应用开发，每周8小时，一年内。"]),
        Mentor(approve=True),
        Chat(ANSWERS_AFTER_ZH),
        tags=["zh", "coach", "approve", "after_approval", "turn_kinds"],
    ),
]

ANSWERS_EXPECT: dict[str, dict[str, Any]] = {
    "en-after-approval-choices": {
        "target_role": "ai_application_engineer",
        "status": "approved",
        "replies_include": [
            "the tool your employer provides",
            "A master's",
            "does not rule you out",
            "only one thing",
            "1 week behind",
        ],
        "allowed_findings": [],
    },
    "zh-after-approval-choices": {
        "target_role": "ai_application_engineer",
        "status": "awaiting_mentor",
        "awaiting_mentor": True,
        "language": "zh",
        "replies_include": ["单位提供的工具", "读硕士", "只做一件事", "落后 1 周", "-01-25"],
        "allowed_findings": [],
    },
}
