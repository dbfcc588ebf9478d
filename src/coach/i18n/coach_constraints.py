"""Messages for the coach area, round 3 of issue 11 (en, zh): week anchors, the job-search
block, corrections of the profile and the target, questions back to the mentor, windows of
fewer hours, and the after-approval answers about life (a lighter plan that fits, the diff of a
waiting version, "I got the job", worries). Keys are prefixed by area; see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "coach.constraint.hours_window": (
        "At most {hours:g} h a week from {day} for {weeks} weeks, then the usual hours",
        "自 {day} 起 {weeks} 周内每周最多 {hours:g} 小时，之后恢复正常",
    ),
    "coach.constraint.week_anchor.max": (
        "{what} starts by week {week} at the latest",
        "{what}最晚第 {week} 周开始",
    ),
    "coach.constraint.week_anchor.set": ("{what} starts in week {week}", "{what}第 {week} 周开始"),
    "coach.constraint.after_end": (
        " (after the plan's last week: nothing in the plan changes)",
        "（在计划结束之后：计划内没有变化）",
    ),
    "coach.constraint.week_anchor.last": (
        "{what} in the plan's last {weeks} weeks",
        "{what}安排在计划的最后 {weeks} 周",
    ),
    "coach.constraint.week_anchor.min": (
        "{what} starts no earlier than week {week}",
        "{what}不早于第 {week} 周开始",
    ),
    "coach.evidence.mentor": ("your mentor: “{text}”", "导师：“{text}”"),
    "coach.block.project": ("The portfolio project", "作品集项目"),
    "coach.block.job_search": ("The job search", "求职准备"),
    "coach.constraint.job_search_hours": (
        "Job search: {op} {skill_hours:g} h",
        "求职准备：{op} {skill_hours:g} 小时",
    ),
    "coach.constraint.job_search_hours.none": (
        "No job-search block (your mentor: not needed)",
        "不安排求职准备（导师：不需要）",
    ),
    "coach.constraint.job_search_hours.half": (
        "Job search shortened to half",
        "求职准备缩短一半",
    ),
    "coach.constraint.profile_skill": (
        "Profile corrected by the mentor: {skill} at level {level} ({level_name})",
        "导师更正了档案：{skill} 为 {level} 级（{level_name}）",
    ),
    "coach.level.0": ("not known", "不会"),
    "coach.level.1": ("basic", "入门"),
    "coach.level.2": ("working", "熟练"),
    "coach.level.3": ("expert", "精通"),
    "coach.constraint.set_target": ("Target changed to: {role}", "目标改为：{role}"),
    "coach.constraint.set_target.unknown": (
        "Not applied: “{text}”: my sources have no such role. Closest: {roles}. Name one of "
        "them and request changes again.",
        "未应用：“{text}”：资料库里没有这个岗位。最接近的是：{roles}。请从中选一个后再次提出修改。",
    ),
    "coach.constraint.find_work": (
        "Ends in a job search (your mentor: the person is not working now)",
        "以求职收尾（导师：此人目前没有工作）",
    ),
    "coach.constraint.no_coding": (
        "No coding-heavy work (your mentor: the person does not code)",
        "不安排重编程内容（导师：此人不写代码）",
    ),
    "coach.ask_back": (
        "To apply these, say which skill, how many hours or which week (e.g. “Python at most "
        "20 h”, “start the project by week 10”), and request changes again.",
        "如需应用，请说明哪项技能、多少小时或第几周（例如“Python 最多 20 小时”“项目第 10 周开始”），再次提出修改。",
    ),
    "coach.check.anchor_missing": (
        "{what} was asked to start by week {week}, but the plan has none.",
        "要求{what}在第 {week} 周开始，但计划里没有。",
    ),
    "coach.check.anchor_max": (
        "{what} was asked to start by week {week}; it starts in week {got}.",
        "要求{what}最晚第 {week} 周开始；实际第 {got} 周开始。",
    ),
    "coach.check.anchor_needs": (
        "It builds on {skills}, which the plan teaches until week {until}.",
        "它要先学{skills}，计划中要学到第 {until} 周。",
    ),
    "coach.check.anchor_after_project": (
        "The job search follows the portfolio project, which runs until week {until}: shorten "
        "the project or start it earlier for an earlier search.",
        "求职要在作品集项目之后，而项目要做到第 {until} 周：想更早求职，请缩短项目或让它更早开始。",
    ),
    "coach.check.anchor_set": (
        "{what} was asked to start in week {week}; it starts in week {got}.",
        "要求{what}第 {week} 周开始；实际第 {got} 周开始。",
    ),
    "coach.check.anchor_min": (
        "{what} was asked to start no earlier than week {week}; it starts in week {got}.",
        "要求{what}不早于第 {week} 周开始；实际第 {got} 周开始。",
    ),
    "coach.check.find_work": (
        "The person is looking for work, but the plan does not end in a job search.",
        "此人正在找工作，但计划的最后没有安排求职。",
    ),
    "coach.check.job_hours": (
        "The job search has {got} h; the request sets {want} h.",
        "求职准备安排了 {got} 小时；要求 {want} 小时。",
    ),
    "coach.check.target": (
        "The mentor changed the target to {want}, but the plan is for {got}.",
        "导师把目标改为{want}，但计划仍是{got}。",
    ),
    "coach.check.profile_skill": (
        "The mentor says the person does not know {skill}, but the plan lists it as a strength.",
        "导师说明此人不会{skill}，但计划仍把它列为优势。",
    ),
    "coach.diff.target": ("Target: {old} -> {new}", "目标：{old} -> {new}"),
    "coach.a.age": (
        "About age: my sources set no age limit for this work; what they count is what you can "
        "show, and the plan ends with a project that shows it.",
        "关于年龄：我的资料里没有这类岗位的年龄限制；看重的是你能拿出来的成果，计划最后的项目就是为此准备的。",
    ),
    "coach.a.age_years": (
        "About age: my sources set no age limit for this work; what they count is what you can "
        "show. Your {years} years as {role} are an asset, not a handicap: domain knowledge that "
        "AI teams lack, and the plan builds on it.",
        "关于年龄：我的资料里没有这类岗位的年龄限制，看重的是你能拿出来的成果。你做{role} {years} 年的经验是优势而不是包袱："
        "这是 AI 团队缺少的行业知识，计划就是在它之上搭建的。",
    ),
    "coach.a.gap": (
        "About the gap: say it in one plain line on your CV and do not apologise for it; the "
        "portfolio project and the recent work in your plan show your skills are current.",
        "关于空窗期：在简历上用一句话如实写明，不必解释太多；计划里的作品集项目和近期的练习能证明你的技能是最新的。",
    ),
    "coach.a.job_kind": (
        "The plan aims at {role} roles: {summary}",
        "这份计划瞄准的是{role}岗位：{summary}",
    ),
    "coach.a.replaced": (
        "About AI replacing your work: what my sources say it takes over first, and what stays "
        "with people (your plan aims at the second):",
        "关于 AI 会不会取代你：我的资料是这样说的——最先被接手的是哪些，仍然留给人的是哪些（你的计划瞄准的是后者）：",
    ),
    "coach.a.sooner": (
        "On a shorter timeline: {weeks} weeks at your {per_week} h a week is about {hours} h, "
        "{share}% of this plan's {total} h. People who switch faster usually put in more hours a "
        "week or start closer to the role; the plan is sized to your hours, not theirs.",
        "关于更短的时间：按你每周 {per_week} 小时，{weeks} 周约 {hours} 小时，是这份计划 {total} 小时的 {share}%。"
        "转得更快的人通常每周投入更多时间，或起点离这个岗位更近；你的计划是按你的时间排的。",
    ),
    "coach.a.field_project": (
        "For {field} work: a portfolio project on {field} data shows it best; ask your mentor to "
        "switch the project to it (e.g. “make the project about {field}”).",
        "想做{field}方向：作品集项目用{field}领域的数据最能说明问题；可以请导师把项目改到这个方向（例如“项目换成{field}方向的”）。",
    ),
    "coach.a.changes": (
        "Plan v{new} (waiting for your mentor) against v{old}, the plan you follow until they "
        "decide:",
        "计划 v{new}（等待导师审批）与你目前执行的 v{old} 相比（导师决定前仍按 v{old} 执行）：",
    ),
    "coach.a.no_changes": (
        "No new version is waiting: your plan is the one your mentor approved.",
        "目前没有待审批的新版本：你执行的就是导师批准的计划。",
    ),
    "coach.a.lighter_deferred": (
        "To keep it doable, these (not core) wait in full or in part until after the switch: "
        "{skills}.",
        "为了可行，这些非核心内容全部或部分放到转型之后再学：{skills}。",
    ),
    "coach.a.lighter_feasible": (
        "I re-planned it to check: the core still fits ({hours} h in all).",
        "我已按此重排核对过：核心技能仍然放得下（共 {hours} 小时）。",
    ),
    "coach.a.lighter_tight": (
        "Even this lighter plan does not fit the core in full; your mentor will see what to cut.",
        "即使减负后核心技能也排不下全部内容；导师会看到需要删减的部分。",
    ),
    "coach.a.lighter_none": (
        "At {hours} h a week the plan is already as light as it gets; tell me how many hours "
        "would work, or take a week off: the plan's light weeks absorb it.",
        "每周 {hours} 小时已经是最轻的安排了；告诉我你实际能投入几小时，或者先休息一周：计划里的轻松周可以消化。",
    ),
    "coach.a.got_job": (
        "Congratulations on the new job as {role}! That is what the plan was for.",
        "恭喜你拿到{role}的工作！这正是这份计划的目标。",
    ),
    "coach.a.got_job_left": (
        "What is left of the plan ({count} item(s), {hours} h) is now learning on the job: "
        "do it at the pace the new work allows.",
        "计划剩下的部分（{count} 项，{hours} 小时）现在变成在职学习：按新工作的节奏来。",
    ),
    "coach.a.got_job_core": (
        "Keep these first, they are the role's core: {items}.",
        "优先保留这些，它们是这个岗位的核心：{items}。",
    ),
    "coach.a.got_job_search": (
        "The job-search block is no longer needed: tell your mentor (or say “skip the job "
        "search”, and they will see a re-plan without it).",
        "求职准备部分已经不需要了：告诉导师（或者说“不用求职准备了”，导师会看到去掉它的新版本）。",
    ),
    "coach.a.checkin_hours": ("Noted: {items}.", "已记录：{items}。"),
    "coach.a.checkin_hours_skill": (
        "{skill} {done} h of the {planned} h planned",
        "{skill} 已学 {done} 小时（计划 {planned} 小时）",
    ),
    "coach.a.checkin_hours_week": (
        "Noted: {hours} h this week. Every hour counts; tell me when a week's items are done.",
        "已记录：本周 {hours} 小时。每一小时都算数；一周的内容完成后告诉我。",
    ),
    "coach.p.logged": ("hours logged: {items}", "已记录的学习时间：{items}"),
    "coach.p.week_work": ("week's work", "本周内容"),
    "coach.a.checkin_behind_many": ("Noted: {behind} weeks behind.", "已记录：落后 {behind} 周。"),
    "coach.a.behind_offer": (
        "That is more than the light weeks absorb. Proposal: keep {hours} h a week and move the "
        "end by {behind} weeks, to {weeks} weeks in all; say “yes” and I'll send it to your "
        "mentor, or tell me the hours that would work.",
        "这超出了轻松周能消化的范围。建议：保持每周 {hours} 小时，结束时间顺延 {behind} 周，共 {weeks} 周；"
        "回复“好的”我就提交导师审批，或者告诉我你实际能投入几小时。",
    ),
    "coach.change.find_work": (
        "you are looking for work now: the plan ends in a job search",
        "你现在在找工作：计划以求职收尾",
    ),
    "coach.change.for_weeks": (
        "for {weeks} weeks, then back to {usual}",
        "持续 {weeks} 周，之后恢复到 {usual} 小时",
    ),
    "coach.constraint.max_level": (
        "{skill}: to {level_name} level only (no deeper pass)",
        "{skill}：只学到{level_name}水平（不再深入）",
    ),
    "coach.check.max_level": (
        "{skill} was asked to stay at level {want}, but the plan takes it to level {got}.",
        "要求 {skill} 只学到 {want} 级，但计划学到了 {got} 级。",
    ),
    "coach.check.max_level_missing": (
        "{skill} was asked at basic level, but the plan has none of it.",
        "要求 {skill} 学到入门水平，但计划里没有安排。",
    ),
    "coach.constraint.before_project": (
        "{skill} comes before the portfolio project",
        "{skill}在作品集项目之前学完",
    ),
    "coach.check.before_project": (
        "{skill} was asked to come before the portfolio project, but it runs to week {end} and "
        "the project starts in week {start}.",
        "要求{skill}在作品集项目之前学完，但它排到第 {end} 周，而项目第 {start} 周就开始了。",
    ),
    "coach.check.before_project_missing": (
        "{skill} was asked to come before the portfolio project, but the plan has none of it.",
        "要求{skill}在作品集项目之前学完，但计划里没有安排。",
    ),
    "coach.constraint.project_time": (
        "The time freed goes to the portfolio project",
        "腾出的时间给作品集项目",
    ),
    "coach.constraint.project_hours": (" (about {hours:g} h)", "（约 {hours:g} 小时）"),
    "coach.constraint.no_project": ("No portfolio project in this plan", "本计划不安排作品集项目"),
    "coach.check.no_project": (
        "The mentor asked for no portfolio project, but the plan has one.",
        "导师要求不安排作品集项目，但计划里有。",
    ),
}
