"""Messages for the short summary of what coach understood, said before it plans, and for how
a role was chosen (en, zh). Keys are prefixed by area (``understood.``); see coach.i18n.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "understood.how.number": (
        "you picked option {n} of the {count} I showed",
        "你从我列出的 {count} 个方向中选了第 {n} 个",
    ),
    "understood.how.ordinal": (
        "you picked option {n} of the {count} I showed",
        "你从我列出的 {count} 个方向中选了第 {n} 个",
    ),
    "understood.how.name": (
        "you picked it by name from the {count} I showed",
        "你从我列出的 {count} 个方向中按名称选了它",
    ),
    "understood.how.coach_pick": (
        "my pick, as you asked: the best fit of the {count} I showed",
        "按你的意思由我来选：{count} 个方向中最适合你的一个",
    ),
    "understood.how.default_pick": (
        "you did not name one, so I took the best fit of the {count} I showed; "
        "say so if you want another of them",
        "你没有指定，我先按 {count} 个方向中最适合你的一个来排；想换成另一个，直接告诉我",
    ),
    "understood.how.named_other": (
        "you named it yourself instead of the {count} I showed",
        "你没有选我列出的 {count} 个方向，而是自己指定了它",
    ),
    "understood.how.only_option": (
        "the only role that fits what you said",
        "这是唯一符合你描述的岗位",
    ),
    "understood.summary": (
        "Before I plan, here is what I understood:\n{lines}\nIs this right? Reply 'yes', or say "
        "what to change (for example 'only 6 hours a week' or 'I don't know Python') and I'll "
        "re-plan before the mentor sees it.",
        "制定计划前，先确认我的理解：\n{lines}\n这样理解对吗？回复“对”，或者直接说要改什么"
        "（比如“每周只有6小时”“其实我不会Python”），我会在导师审批前重新规划。",
    ),
    "understood.summary.now": (
        "- Now: {now}",
        "- 现在：{now}",
    ),
    "understood.summary.year": (
        "{role}, {years:g} year",
        "{role}，{years:g} 年",
    ),
    "understood.summary.years": (
        "{role}, {years:g} years",
        "{role}，{years:g} 年",
    ),
    "understood.summary.target": (
        "- Target: {target}",
        "- 目标：{target}",
    ),
    "understood.summary.target_from": (
        "- Target: {target} (from your words \u201c{raw}\u201d: the closest role I have)",
        "- 目标：{target}（根据你说的“{raw}”，这是我这里最接近的岗位）",
    ),
    "understood.summary.target_how": (
        "- Target: {target} ({how})",
        "- 目标：{target}（{how}）",
    ),
    "understood.summary.time": (
        "- Time: {hours:g} h a week{hours_end} for {weeks} weeks{weeks_end}",
        "- 时间：每周 {hours:g} 小时{hours_end}，共 {weeks} 周{weeks_end}",
    ),
    "understood.summary.later": (
        " ({hours:g} h from {day})",
        "（{day} 起每周 {hours:g} 小时）",
    ),
    "understood.summary.low_end": (
        " (the lower end of the {low:g}-{high:g} you gave)",
        "（取你说的 {low:g}-{high:g} 的下限）",
    ),
    "understood.summary.skills": (
        "- Skills I count: {skills}",
        "- 我会算作已有的技能：{skills}",
    ),
    "understood.summary.background": (
        "; carried over from your work and skills: {skills}",
        "；由你的工作经历和技能带来的：{skills}",
    ),
    "understood.summary.background_only": (
        "- Skills I count, from your work: {skills}",
        "- 我会算作已有的技能（来自你的工作经历）：{skills}",
    ),
    "understood.summary.wait": (
        "Before I plan, here is what I understood:\n{lines}\nIs this right? Reply 'yes' and I'll "
        "plan it, or say what to change (another role, for example, or 'only 6 hours a week'); "
        "I'll wait for your answer.",
        "制定计划前，先确认我的理解：\n{lines}\n这样理解对吗？回复“对”我就开始做计划；"
        "或者直接说要改什么（比如换一个方向、“每周只有6小时”）。我等你的回复。",
    ),
    "understood.summary.coding_conflict_wait": (
        "- This role needs coding, though you said you'd rather not. Should I still plan it, or "
        "would you rather aim for a role without coding?",
        "- 这个岗位需要写代码，而你说过不想写代码。还要按它来做计划吗？还是换成不用写代码的方向？",
    ),
    "understood.summary.coding_conflict": (
        "- This role needs coding, though you said you'd rather not; the plan includes it. Say so if you'd rather aim for a role without coding.",
        "- 这个岗位需要写代码，而你说过不想写代码；计划里包含编程。如果想换成不用写代码的方向，告诉我。",
    ),
    "understood.summary.also_wants": (
        "- You also want to learn: {skills}; I add it to the plan after the role's own skills, "
        "as far as your hours allow",
        "- 你还想学：{skills}；我把它加进计划，排在这个岗位本身的技能之后，时间允许就安排",
    ),
    "understood.summary.worry": (
        "- I hear the worry (\u201c{words}\u201d): the plan starts from what you already do "
        "well, so AI becomes part of your work rather than a replacement for it",
        "- 我听到了你的担心（\u201c{words}\u201d）：计划从你已经擅长的事出发，让 AI 成为你工作的一部分，"
        "而不是取代你",
    ),
    "understood.summary.no_skills": (
        "- Skills I count: none yet",
        "- 我会算作已有的技能：暂无",
    ),
    "understood.summary.no_coding": (
        "- You'd rather not code: I keep to that",
        "- 你不想写代码：我会照此安排",
    ),
    "understood.unknown": (
        "not given",
        "未提供",
    ),
    "understood.plan_line": (
        "Why this role: {how}. The roles shown: {options}.",
        "为什么是这个岗位：{how}。当时列出的岗位：{options}。",
    ),
    "understood.plan_option": (
        "{name} ({pct}% fit)",
        "{name}（匹配度 {pct}%）",
    ),
    "understood.sep": (
        ", ",
        "、",
    ),
}
