"""Messages for the coach area (en, zh). Keys are prefixed by area; see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # fields a project can be about, as requests and plans name them
    "coach.field.healthcare": ("healthcare", "医疗"),
    "coach.field.finance": ("finance", "金融"),
    "coach.field.teaching": ("education", "教育"),
    "coach.field.games": ("games", "游戏"),
    "coach.field.sre": ("operations and reliability", "运维"),
    "coach.field.databases": ("database", "数据库"),
    "coach.field.operations": ("customer-service and operations", "客服与运营"),
    "coach.field.hr": ("recruiting", "招聘"),
    "coach.field.research": ("research", "科研"),
    "coach.field.software": ("software", "软件"),
    "coach.field.science": ("science", "科学"),
    "coach.week_n": ("week {week}", "第 {week} 周"),
    "coach.topic.cloud_certification": ("cloud certifications", "云厂商认证"),
    "coach.topic.certification": ("certifications", "认证考试"),
    "coach.kind.course": ("courses", "课程"),
    "coach.kind.book": ("books", "书籍"),
    "coach.kind.practice": ("practice sites", "练习平台"),
    "coach.kind.docs": ("documentation", "文档"),
    "coach.kind.community": ("communities", "社区"),
    "coach.kind.project": ("guided projects", "项目教程"),
    "coach.kind.paper": ("papers", "论文"),
    "coach.not_applied": (
        "Not applied (not understood), word for word:",
        "未应用（未能理解），原话如下：",
    ),
    "coach.replan.kept": (
        "Weeks 1-{weeks} of plan v{version} are kept as done; the rest is planned from there.",
        "计划 v{version} 的第 1-{weeks} 周按已完成保留，之后的部分重新安排。",
    ),
    "coach.diff.hours": ("Hours a week: {old} -> {new}", "每周小时数：{old} -> {new}"),
    "coach.diff.weeks": ("Weeks: {old} -> {new}", "周数：{old} -> {new}"),
    "coach.diff.total": ("Hours in all: {old} -> {new}", "总小时数：{old} -> {new}"),
    "coach.diff.added": ("Added: {title} ({hours} h)", "新增：{title}（{hours} 小时）"),
    "coach.diff.removed": ("Removed: {title}", "移除：{title}"),
    "coach.diff.moved": (
        "{title}: {old} h from week {old_week} -> {new} h from week {new_week}",
        "{title}：第 {old_week} 周起 {old} 小时 -> 第 {new_week} 周起 {new} 小时",
    ),
    "coach.diff.header": (
        "Changes against the approved plan v{version}:",
        "相对已批准的计划 v{version} 的变化：",
    ),
    # answers after approval
    "coach.a.sources": ("Sources: {ids}", "来源：{ids}"),
    "coach.a.read": ("read: {titles}", "资料：{titles}"),
    "coach.a.practise": (
        "no resource in my sources: practise by building {deliverable}",
        "资料库里暂无资料：通过完成“{deliverable}”来练习",
    ),
    "coach.a.item": (
        "{title}, weeks {start}-{end} ({hours} h); done when: {deliverable}",
        "{title}，第 {start}-{end} 周（{hours} 小时）；完成标准：{deliverable}",
    ),
    "coach.a.item_one": (
        "{title}, week {start} ({hours} h); done when: {deliverable}",
        "{title}，第 {start} 周（{hours} 小时）；完成标准：{deliverable}",
    ),
    "coach.a.week": (
        "This week (week {week}, {hours} h planned):",
        "本周（第 {week} 周，计划 {hours} 小时）：",
    ),
    "coach.a.catch_up": (
        "You are {behind} week(s) behind (it is week {week}), so start here; the light weeks "
        "are there to catch up.",
        "你落后了 {behind} 周（现在是第 {week} 周），先从这里开始；计划里的轻松周可以用来追进度。",
    ),
    "coach.a.phase": ("This week is for: {name}.", "本周安排：{name}。"),
    "coach.a.resources_head": ("Learning material from your plan:", "你计划里的学习资料："),
    "coach.a.core": (
        "{skill} is one of the core skills of {role} in my sources.",
        "在资料来源中，{skill} 是 {role} 的核心技能之一。",
    ),
    "coach.a.required": (
        "{skill} is among the skills {role} asks for in my sources.",
        "在资料来源中，{role} 要求具备 {skill}。",
    ),
    "coach.a.known": (
        "You already have {skill} (your words: “{evidence}”), so the plan does not re-teach it.",
        "你已经掌握 {skill}（你说过：“{evidence}”），所以计划里不再安排。",
    ),
    "coach.a.deferred": (
        "{skill} is not in this plan: {reason}",
        "{skill} 不在这份计划里：{reason}",
    ),
    "coach.a.not_needed": (
        "{skill} is not among the skills {role} asks for in my sources, so your plan leaves it "
        "out.",
        "在资料来源中，{role} 并不要求 {skill}，所以你的计划没有安排它。",
    ),
    "coach.a.cost": (
        "Learning {skill} to working level would take about {hours} h, about {weeks} weeks at "
        "your {per_week} h a week; in this plan it would come out of: {instead}.",
        "把 {skill} 学到熟练约需 {hours} 小时，按你每周 {per_week} 小时约 {weeks} 周；"
        "放进这个计划，就要从这些内容里挤时间：{instead}。",
    ),
    "coach.a.cost_yours": (
        "Learning {skill} to working level would take you about {hours} h (less than the usual "
        "{base} h, for what you already know), about {weeks} weeks at your {per_week} h a week; "
        "in this plan it would come out of: {instead}.",
        "把 {skill} 学到熟练，你大约需要 {hours} 小时（你已有的基础让它少于通常的 {base} 小时），按你每周 "
        "{per_week} 小时约 {weeks} 周；放进这个计划，就要从这些内容里挤时间：{instead}。",
    ),
    "coach.a.ask_mentor": (
        "Worth it after the switch, or earlier if the postings you target ask for it: then say "
        "so and I'll send a re-plan to your mentor.",
        "建议转型后再学；如果你瞄准的岗位明确要求，告诉我，我会把调整后的计划交给导师审批。",
    ),
    "coach.a.feasible": (
        "Realistic, if you keep to the plan: your plan for {role} fits, {weeks} weeks at up to "
        "{per_week} h a week, {hours} h in all.",
        "按计划执行是现实的：你的{role}计划放得下，{weeks} 周，每周最多 {per_week} 小时，共 {hours} 小时。",
    ),
    "coach.a.infeasible": (
        "Not fully realistic in the time you have: as planned, {role} does not fit, {count} "
        "skill(s) are deferred. What would make it fit:",
        "按现在的时间还不太现实：{role}目标放不下，有 {count} 项技能被推迟。可以这样调整：",
    ),
    "coach.a.experience": (
        "What the sources say about the level: {text}",
        "资料对水平的说法：{text}",
    ),
    "coach.a.band": (
        "Pay in the sources: {level}: {low}{high} {currency} ({region}).",
        "资料中的薪资：{level}：{low}{high} {currency}（{region}）。",
    ),
    "coach.a.employer": (
        "My sources have nothing specific on {employer}'s hiring bar, so I can only tell you what "
        "they say about the role and your plan:",
        "我的资料里没有 {employer} 招聘门槛的具体信息，只能告诉你资料对这个岗位和你计划的说法：",
    ),
    "coach.a.no_promise": (
        "No plan can promise an offer; finishing it gives you the skills and a portfolio project "
        "to show.",
        "任何计划都无法保证拿到 offer；完成它，你会有相应的技能和可展示的作品集项目。",
    ),
    "coach.a.lighter": (
        "That sounds hard; let's make it lighter. Proposal: from now on {new} h a week instead "
        "of {old}, and the plan stretches from {old_weeks} to {weeks} weeks; the core skills "
        "stay, and what no longer fits waits for after the switch (the new plan lists it).",
        "听起来很辛苦，我们减轻一些。建议：从现在起每周 {new} 小时（原来 {old} 小时），计划从 "
        "{old_weeks} 周延长到 {weeks} 周；核心技能保留，放不下的内容留到转型之后（新计划会列出）。",
    ),
    "coach.a.lighter_kept": (
        "What you have finished stays done: {kept} week(s).",
        "你已完成的 {kept} 周保留不变。",
    ),
    "coach.a.lighter_confirm": (
        "Say “yes” and I'll send this lighter plan to your mentor (your current plan stays in "
        "force until they decide), or tell me the hours that would work.",
        "回复“好的”，我就把这份减负计划交给导师审批（导师决定前，现有计划继续有效）；"
        "或者告诉我你实际能投入几小时。",
    ),
    "coach.a.mentor_excluded": (
        "Your mentor left {skill} out of the plan: “{words}”.",
        "导师把 {skill} 从计划中去掉了：“{words}”。",
    ),
    "coach.a.welcome": ("Glad to help. Here is where you are:", "不客气。你现在的进度安排："),
    "coach.a.declined": ("OK, the plan stays as it is.", "好的，计划保持不变。"),
    "coach.a.checkin_weeks": (
        "Noted: week {week} done, so weeks 1-{week} count as done ({done} of {weeks} weeks).",
        "已记录：第 {week} 周完成，第 1-{week} 周都算完成（{done}/{weeks} 周）。",
    ),
    "coach.a.checkin_week": (
        "Noted: week {week} done ({done} of {weeks} weeks).",
        "已记录：第 {week} 周完成（{done}/{weeks} 周）。",
    ),
    "coach.a.checkin_skill": ("Noted: {skills} done.", "已记录：{skills} 已完成。"),
    "coach.a.checkin_behind": (
        "Noted: {behind} week(s) behind. Catch up in the light weeks; if it is more than two "
        "weeks, tell me your real hours and I'll re-plan from now.",
        "已记录：落后 {behind} 周。可以利用轻松周追上；如果超过两周，告诉我你实际的时间，我从现在起重新安排。",
    ),
    "coach.a.checkin_on_track": ("Noted: on track. Keep going!", "已记录：进度正常，继续加油！"),
    "coach.a.next": ("Next up (week {week}): {items}.", "接下来（第 {week} 周）：{items}。"),
    "coach.a.finished": (
        "That was the last week of the plan. Well done!",
        "这是计划的最后一周，做得好！",
    ),
    "coach.a.replan": (
        "Your situation changed ({change}). I re-planned from week {week}, keeping week(s) {kept} "
        "as done; the new version v{version} goes to your mentor. Until they decide, your "
        "approved plan v{approved} stays in force.",
        "你的情况有变化（{change}）。我从第 {week} 周起重新安排，第 {kept} 周按已完成保留；新版本 "
        "v{version} 将提交导师审批。导师决定前，已批准的计划 v{approved} 继续有效。",
    ),
    "coach.a.replan_fresh": (
        "Your situation changed ({change}). I re-planned, and the new draft goes to a mentor.",
        "你的情况有变化（{change}），我已重新制定计划，新草案将提交导师审批。",
    ),
    "coach.a.replan_in_force": (
        " Until they decide, your approved plan v{approved} stays in force.",
        "导师决定前，已批准的计划 v{approved} 继续有效。",
    ),
    "coach.a.track_drops": (
        "Your plan follows the {track} track of this role, which does not plan {skill}.",
        "你的计划走的是这个岗位的{track}方向，这个方向不安排{skill}。",
    ),
    "coach.a.setting": (
        "For what you named ({skill}), your plan has:",
        "针对你提到的{skill}，你的计划里安排了：",
    ),
    "coach.a.faster": (
        "At {hours} h a week your plan has {weeks} weeks to go. To get there sooner, give it more "
        "hours or a shorter horizon: say for example “I can do 12 hours a week now” or “I need "
        "to be ready in 3 months”, and I'll re-plan from this week for your mentor (what does "
        "not fit is said, never dropped silently).",
        "按每周 {hours} 小时，你的计划还剩 {weeks} 周。想更快，就多给时间或缩短周期：比如说“现在每周能学 12 "
        "小时”或“3 个月内要准备好”，我会从本周起重新规划并交导师审批（放不下的内容会明确告诉你，不会悄悄删掉）。",
    ),
    "coach.a.switch_unknown": (
        "My sources have no role like that, so I cannot plan for it honestly. The closest roles "
        "I do have: {closest}. Say which one (for example “switch to …”) and I'll re-plan for "
        "your mentor; until then your plan stays as it is.",
        "我的资料里没有这样的岗位，没法据实为它做计划。最接近的岗位有：{closest}。告诉我选哪一个"
        "（例如“换成……”），我会重新规划并交导师审批；在此之前计划保持不变。",
    ),
    "coach.a.retarget": (
        "Sorry, I planned for the wrong role. I withdraw that draft and plan for {role} instead.",
        "抱歉，之前的计划方向不对。我撤回那份草案，改为按{role}重新规划。",
    ),
    "coach.a.lighter_ack": (
        "I'm sorry it got too much: a pace you can keep matters more than the schedule. "
        "Here is a lighter plan. ",
        "很抱歉让你压力这么大：能坚持下去的节奏比原定进度更重要。我把计划调轻了。",
    ),
    "coach.a.waiting": (
        "Your new plan is waiting for a mentor's decision; only a mentor can approve it. Until "
        "then your approved plan stays in force, and I can answer questions.",
        "你的新计划正在等待导师决定，只有导师可以批准。在此之前，已批准的计划继续有效，你可以继续问我问题。",
    ),
    "coach.a.approved_already": (
        "Your plan is already approved: only a mentor can approve a plan, and yours has. If "
        "something should change, tell me and I'll send a new version to your mentor.",
        "你的计划已经批准了：只有导师可以批准计划，你的导师已经批准。如果需要调整，告诉我，我会把新版本交给导师。",
    ),
    "coach.a.waiting_first": (
        "Your plan is waiting for a mentor's decision; only a mentor can approve it. Meanwhile "
        "I can answer questions about the draft.",
        "你的计划正在等待导师决定，只有导师可以批准。在此期间，你可以问我关于草案的问题。",
    ),
    "coach.change.hours": ("hours a week: {old} -> {new}", "每周小时数：{old} -> {new}"),
    "coach.change.weeks": ("weeks: {old} -> {new}", "周数：{old} -> {new}"),
    "coach.change.target": ("target: {old} -> {new}", "目标：{old} -> {new}"),
    "coach.change.from": ("from {day}", "自 {day} 起"),
    "coach.p.head": ("Progress", "进度"),
    "coach.p.weeks": ("weeks {span} of {weeks} done", "已完成第 {span} 周（共 {weeks} 周）"),
    "coach.p.skills": ("done: {skills}", "已完成：{skills}"),
    "coach.p.behind": ("{weeks} week(s) behind", "落后 {weeks} 周"),
    "coach.p.kept": ("weeks {span} kept by the re-plan", "重新规划保留了第 {span} 周"),
    "coach.p.last": ("last check-in: “{text}”", "最近一次汇报：“{text}”"),
    "coach.unfixed": (
        " The reviewer could not fix everything: {errors}. Your mentor sees this before deciding.",
        "审核未能修正的问题：{errors}。导师审批前会看到这些问题。",
    ),
    # turns about the person's own situation (engine/answers_care.py)
    "coach.c.useful": (
        "Yes: the plan is built around your own work.",
        "有用：这份计划就是围绕你自己的工作安排的。",
    ),
    "coach.c.useful_role": (
        "Yes: the plan is built around your own work ({role}), not a generic course.",
        "有用：这份计划围绕你{role}的工作来安排，不是泛泛的课程。",
    ),
    "coach.c.useful_project": (
        "Its project “{title}” (weeks {weeks}) is on your own work, with {skills}:",
        "计划里的项目“{title}”（第 {weeks} 周）就用你自己的工作来做，用到：{skills}。",
    ),
    "coach.c.useful_strengths": (
        "What you already bring counts and is not re-taught: {skills}.",
        "你已有的能力会直接用上，计划不再重复教：{skills}。",
    ),
    "coach.c.useful_try": (
        "A task of your own you wonder about is the best test: try it in the project on your own "
        "(de-identified) data, and the result shows whether it works for you.",
        "你想到的具体工作问题正好拿来检验：在项目里用你自己（脱敏后）的数据试一试，结果会告诉你它在你这里是否管用。",
    ),
    "coach.c.privacy": (
        "Not with anything that identifies a person: do not put names, ID numbers, records or "
        "contact details of patients, customers or colleagues into public AI tools.",
        "凡是能识别到具体个人的信息都不要放：病人、客户、学生或同事的姓名、证件号、记录、联系方式，都不要放进公共 AI 工具。",
    ),
    "coach.c.privacy_how": (
        "De-identify first (remove or replace names, IDs, dates and contact details), practise on "
        "made-up or sample data, and use the tools your employer has approved, following its "
        "policy and the data-protection law that applies (HIPAA, GDPR and the like).",
        "先脱敏（删掉或替换姓名、证件号、日期和联系方式），练习时用虚构或样例数据，工作中只用单位批准的工具，"
        "并遵守单位规定和适用的数据保护法规（如《个人信息保护法》）。",
    ),
    "coach.c.privacy_plan": ("Your plan covers this in:", "你的计划里专门讲这部分："),
    "coach.c.privacy_practice": (
        "Your plan has no item on it; {skill} covers it, practised like this: {practice}",
        "你的计划里没有单列这一项；它属于“{skill}”，可以这样练：{practice}",
    ),
    "coach.c.job_loss": (
        "I'm sorry, that is a hard spot; it makes sense to plan for it now rather than wait.",
        "很抱歉，这确实让人不安；现在就做准备，比等着要好。",
    ),
    "coach.c.faster_offer": (
        "If you can give it more time now: at {hours} h a week the {left} h left take about "
        "{weeks} weeks instead of {old}. Say “yes” and I re-plan from this week for your mentor.",
        "如果你现在能多投入一些时间：每周 {hours} 小时，剩下的 {left} 小时大约 {weeks} 周学完（原来还要 {old} 周）。"
        "回复“好”，我就从本周起重新规划，交导师审批。",
    ),
    "coach.c.faster_own": (
        "Or tell me your own hours and date (“20 hours a week, ready in 3 months”).",
        "也可以直接告诉我你的时间和期限（比如“每周20小时，3个月内”）。",
    ),
    "coach.c.show_years": (
        "In interviews, lead with your {years} years of experience ({role}): that is what sets you apart.",
        "面试时先讲你做{role}的 {years} 年经验：这是你区别于别人的地方。",
    ),
    "coach.c.show_strengths": (
        "Show what you already bring: {skills}.",
        "展示你已有的能力：{skills}。",
    ),
    "coach.c.show_project": (
        "Show the project “{title}” (weeks {weeks}; {skills}), even part-done: what it does on real work.",
        "展示项目“{title}”（第 {weeks} 周；{skills}），哪怕只做了一部分：讲清它在真实工作中做了什么。",
    ),
    "coach.c.job_kind_plain": ("The plan aims at {role} roles.", "这份计划瞄准的是{role}岗位。"),
    "coach.c.job_kind_field": (
        "Most likely in your own field first: roles close to your work ({role}), with AI in it.",
        "最可能的是先在你熟悉的行业里：与你{role}的工作相近、加上 AI 的岗位。",
    ),
    # the targeted posting after approval (nodes/coach_posting.py)
    "coach.p.required": (
        "The {title} posting asks for {skill} as a must-have (its words: “{words}”).",
        "“{title}”这份招聘把{skill}列为必备项（原文：“{words}”）。",
    ),
    "coach.p.plus": (
        "The {title} posting lists {skill} as a plus, not a must-have (its words: “{words}”).",
        "“{title}”这份招聘把{skill}列为加分项，不是必备项（原文：“{words}”）。",
    ),
    "coach.p.musts_first": (
        "Its must-haves come first: {skills}.",
        "先补它的必备项：{skills}。",
    ),
    "coach.p.not_named": (
        "The {title} posting does not name {skill}.",
        "“{title}”这份招聘没有提到{skill}。",
    ),
    "coach.p.same_as_above": (
        "That is what I said just above; in short:",
        "和我上面说的一样，简单说：",
    ),
    "coach.a.behind_kept": (
        "I've noted the {behind} week(s) you lost; they push the end out, they are not a "
        "failure, and the lighter plan starts from where you are.",
        "已记下落下的 {behind} 周：它们只是让结束时间往后推，不算失败；更轻的计划从你现在的进度开始。",
    ),
    "coach.a.interview_replan": (
        "toward your interview: {skills} first, and the project earlier, with the same end date",
        "面向你的面试：先学{skills}，作品集项目提前，结束日期不变",
    ),
    "coach.p.either": (
        "The {title} posting asks for {skill}: either one will do (its words: “{words}”).",
        "“{title}”这份招聘要求{skill}，任选其一即可（原文：“{words}”）。",
    ),
    "coach.a.if_job_goes": (
        "The plan still ends by bringing AI into the job you have; if the job does go, tell me "
        "and it ends with a job search instead.",
        "计划仍以把 AI 用到你现在的工作中收尾；如果工作真的没了，告诉我，我把结尾改成求职。",
    ),
    "coach.a.unfinished": (
        "No problem: week {week} stays open, nothing is marked done. Finish it before the next "
        "week's work ({items}); every 4th week is light, for exactly this. If it keeps slipping, "
        "tell me the hours you really have and I'll re-plan from now.",
        "没关系：第 {week} 周先不记为完成。把它学完再进入下一周（{items}）；每第 4 周是轻量周，就是为这种情况留的。"
        "如果总是完不成，告诉我你实际能投入的小时数，我从现在起重新安排。",
    ),
}
