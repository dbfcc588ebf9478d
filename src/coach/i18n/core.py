"""Core messages: intake, session status, progress, truncation (en, zh)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # intake questions: one at a time, in this order
    "ask.background": (
        "What do you do now, and for how long? (for example: 'Java backend developer, 6 years')",
        "你现在做什么工作，做了多久？（例如：“Java 后端开发，6 年”）",
    ),
    "ask.target": (
        "Which role do you want to move into? For example: AI application engineer, agent "
        "engineer, MLOps engineer, forward deployed engineer. If you are not sure, say so and "
        "I will suggest roles that fit you.",
        "你想转向哪个岗位？例如：AI 应用工程师、智能体工程师、MLOps 工程师、前沿部署工程师。"
        "如果还不确定，直接说“不确定”，我会根据你的背景推荐合适的方向。",
    ),
    "ask.hours_per_week": (
        "How many hours a week can you really spend on this, week in, week out?",
        "每周你实际能稳定投入多少小时？",
    ),
    "ask.horizon": (
        "By when do you want to make the switch? (for example: '6 months', 'one year')",
        "你希望在多长时间内完成转型？（例如：“6 个月”、“一年内”）",
    ),
    "ask.confirm": (
        "Welcome back. Here is what I remember about you:\n{summary}\n"
        "Is this still right? Say 'yes', or tell me what changed.",
        "欢迎回来。我记得你的情况是：\n{summary}\n还准确吗？回复“是”，或告诉我有什么变化。",
    ),
    "ask.target_unknown": (
        "I don't know the role '{raw}' yet. Which of these is closest: {roles}? "
        "Or say 'not sure' and I will suggest some.",
        "我还不了解“{raw}”这个岗位。下面哪个最接近：{roles}？也可以说“不确定”，我来推荐。",
    ),
    "noted": ("Got it.", "明白了。"),
    "draft_ready": (
        "Your draft plan for {target} is ready: {weeks} weeks at up to {hours} hours a week, "
        "{total} hours in all. The reviewer's verdict: {verdict}. It is now waiting for a mentor "
        "to approve it; type /plan to read it, or leave and come back with `coach chat --session {session}`.",
        "你转向{target}的计划草案已完成：共 {weeks} 周，每周最多 {hours} 小时，合计 {total} 小时。"
        "审核结论：{verdict}。计划正在等待导师审批；输入 /plan 可查看，也可以先离开，之后用 "
        "`coach chat --session {session}` 回来继续。",
    ),
    "waiting_mentor": (
        "Your plan is waiting for a mentor's approval. Nothing is lost; I'll pick up as soon as "
        "a mentor has decided. (Type /plan to see the draft, /quit to leave.)",
        "你的计划正在等待导师审批，进度都已保存；导师决定后我们继续。（输入 /plan 查看草案，/quit 退出）",
    ),
    "approved": (
        "Your mentor {mentor} approved the plan. Week 1 starts on {start}. Ask me anything about "
        "it, tell me how it's going, or tell me if your hours change.",
        "导师 {mentor} 已批准你的计划，第 1 周从 {start} 开始。你可以随时问我计划相关的问题、"
        "汇报进度，或告诉我时间安排的变化。",
    ),
    "changes_requested": (
        'Your mentor asked for changes: "{message}". I revised the plan and it is back with '
        "the mentor.",
        "导师提出了修改意见：“{message}”。我已修订计划，并重新提交导师审批。",
    ),
    "verdict.pass": ("passed all checks", "通过全部检查"),
    "verdict.revise": ("passed with open findings", "仍有待改进之处"),
    "verdict.infeasible": (
        "not feasible in the time you have (options attached)",
        "在现有时间内不可行（已附备选方案）",
    ),
    "progress.profiler": ("Understanding your background…", "正在了解你的背景…"),
    "progress.researcher": ("Researching the role…", "正在研究目标岗位…"),
    "progress.research_candidate": ("Comparing candidate roles…", "正在比较候选岗位…"),
    "progress.planner": ("Planning…", "正在制定计划…"),
    "progress.reviewer": ("Reviewing the plan…", "正在审核计划…"),
    "progress.mentor_review": ("Sending to a mentor…", "正在提交导师审批…"),
    "progress.finalize": ("Finalising…", "正在定稿…"),
    "progress.coach": ("Thinking…", "正在思考…"),
    "coach.progress_noted": (
        "Noted: you finished week {week}. {next}",
        "已记录：你完成了第 {week} 周。{next}",
    ),
    "coach.next_items": ("Next up: {items}.", "接下来：{items}。"),
    "coach.plan_done": (
        "That was the last week of the plan. Well done!",
        "这是计划的最后一周，做得好！",
    ),
    "coach.replan": (
        "Your situation changed ({change}). I re-planned, and the new draft goes to a mentor.",
        "你的情况有变化（{change}），我已重新制定计划，新草案将提交导师审批。",
    ),
    "coach.answer": (
        "Here is what I know about that:\n{hits}",
        "关于这个问题，我掌握的信息如下：\n{hits}",
    ),
    "coach.no_answer": (
        "I don't have anything on that in my knowledge base. Try asking about a skill, a role, "
        "salaries, or your plan's next steps.",
        "我的知识库里没有这方面的内容。可以问我某项技能、某个岗位、薪资，或计划的下一步。",
    ),
    "coach.plan_week": ("This week (week {week}): {items}.", "本周（第 {week} 周）：{items}。"),
    "truncated": (
        "(Your message was {size} characters; I read the first {limit}.)",
        "（你的消息有 {size} 个字符，我读取了前 {limit} 个。）",
    ),
}
