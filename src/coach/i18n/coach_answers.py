"""Messages for the coach area, the answers after approval (en, zh); see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "coach.b.next": (
        "Your next step (week {week}): {items}.",
        "你的下一步（第 {week} 周）：{items}。",
    ),
    "coach.b.next_phase": (
        "Your next step (week {week}): {name}.",
        "你的下一步（第 {week} 周）：{name}。",
    ),
    "coach.b.ack": (
        "Good. Ask me anything about the plan whenever you need to.",
        "好的。需要时随时问我关于计划的问题。",
    ),
    "coach.b.hello": (
        "Hi! You are in week {week} of {weeks}; {done} week(s) done so far.",
        "你好！你现在在第 {week} 周（共 {weeks} 周），已完成 {done} 周。",
    ),
    "coach.b.can_ask": (
        "Ask me about a skill, whether your goal is realistic, pay or interviews; tell me how it "
        "is going (\u201cfinished week 2\u201d) or if your hours change.",
        "你可以问我某个技能、目标是否现实、薪资或面试；也可以告诉我进度（\u201c第2周完成了\u201d）或时间的变化。",
    ),
    "coach.b.off_topic": (
        "That is outside what I can help with: I am your career coach for the move to {role}, "
        "and my sources cover skills, roles, pay and your plan.",
        "这超出了我能帮忙的范围：我是你转型{role}的职业教练，我的资料只涉及技能、岗位、薪资和你的计划。",
    ),
    "coach.b.phase": (
        "{name}: week(s) {weeks} ({hours} h)",
        "{name}：第 {weeks} 周（{hours} 小时）",
    ),
    "coach.b.timeline": (
        "Your plan runs {weeks} weeks, from {start} to {end}: {hours} h in all at up to "
        "{per_week} h a week.",
        "你的计划共 {weeks} 周，从 {start} 到 {end}：总计 {hours} 小时，每周最多 {per_week} 小时。",
    ),
    "coach.b.project_when": (
        "Your portfolio project, {title}, is in weeks {start}-{end}.",
        "你的作品集项目\u201c{title}\u201d安排在第 {start}-{end} 周。",
    ),
    "coach.b.where": (
        "You are in week {week}: {done} week(s) done, {left} to go.",
        "你现在在第 {week} 周：已完成 {done} 周，还剩 {left} 周。",
    ),
    "coach.b.no_pay": (
        "My sources give no pay figures for {role}, so I cannot tell you what it pays.",
        "我的资料里没有{role}的薪资数据，所以无法告诉你薪资水平。",
    ),
    "coach.b.pay_head": (
        "What the sources say {role} pays (their figures at their dates):",
        "资料中{role}的薪资（以资料发布时的数据为准）：",
    ),
    "coach.b.band": (
        "{level}: {low}{high} {currency} {period} ({region}) [{source}]",
        "{level}：{low}{high} {currency}{period}（{region}）[{source}]",
    ),
    "coach.b.per_year": ("a year", "每年"),
    "coach.b.per_month": ("a month", "每月"),
    "coach.b.level_junior": (
        "With {years} years of work behind you, expect to start near the junior band.",
        "你有 {years} 年工作经验，起步大概在初级区间。",
    ),
    "coach.b.level_mid": (
        "With {years} years of work behind you, the mid-level band is a fair aim once the plan "
        "is done; a first role in a new field often starts a level lower.",
        "你有 {years} 年工作经验，完成计划后以中级区间为目标比较合理；转到新领域的第一份工作常常会低一级。",
    ),
    "coach.b.level_senior": (
        "With {years} years of work behind you, you can aim at the mid to senior bands; a first "
        "role in a new field often starts a level lower.",
        "你有 {years} 年工作经验，可以瞄准中级到高级区间；转到新领域的第一份工作常常会低一级。",
    ),
    "coach.b.level_staff": (
        "With {years} years of work behind you, senior bands are within reach where your past "
        "work counts; a first role in a new field often starts a level lower.",
        "你有 {years} 年工作经验，在过往经验能用上的地方可以争取高级区间；转到新领域的第一份工作常常会低一级。",
    ),
    "coach.b.job_phase": (
        "Your plan's job search runs in weeks {start}-{end}: a CV that leads with your project "
        "and what your current work taught you, a project write-up, two mock interviews, and at "
        "least 10 applications you track.",
        "你计划中的求职阶段在第 {start}-{end} 周：简历以作品集项目和现有工作的收获开头，写好项目总结，做两次模拟面试，"
        "并投递至少 10 个岗位并跟踪。",
    ),
    "coach.b.no_job_phase": (
        "Your plan has no job-search phase in the time you have; the project is what you show.",
        "在现有时间里，你的计划没有单独的求职阶段；作品集项目就是你可以展示的成果。",
    ),
    "coach.b.lead_with": (
        "Lead with your portfolio project: {title}.",
        "以作品集项目为重点展示：{title}。",
    ),
    "coach.b.interview": (
        "Interview topics from your plan: {topics}.",
        "计划中的面试准备主题：{topics}。",
    ),
    "coach.b.source_says": ("The sources say: {text} [{source}]", "资料中说：{text} [{source}]"),
    "coach.b.mentor_none": (
        "Your mentor approved plan v{version} as drafted, without asking for changes.",
        "你的导师按原稿批准了第 {version} 版计划，没有提出修改。",
    ),
    "coach.b.mentor_head": (
        "What your mentor asked for, and how plan v{version} honours it:",
        "导师提出的要求，以及第 {version} 版计划如何落实：",
    ),
    "coach.b.mentor_not_applied": (
        "not applied (not understood): \u201c{text}\u201d",
        "未应用（未能理解）：\u201c{text}\u201d",
    ),
    "coach.b.doubt_head": (
        "Doubt is normal in a career change, and you are not starting from zero. What you already "
        "bring:",
        "转行时有怀疑很正常，而且你不是从零开始。你已经具备的：",
    ),
    "coach.b.strength_background": (
        "{skills}: from your {years} years as {role}",
        "{skills}：来自你 {years} 年的{role}经历",
    ),
    "coach.b.strength_work": ("{skills}: from your work so far", "{skills}：来自你至今的工作经历"),
    "coach.b.strength": ("{skill}: \u201c{words}\u201d", "{skill}：\u201c{words}\u201d"),
    "coach.b.doubt_fits": (
        "The plan was sized to fit: {weeks} weeks at up to {per_week} h a week, one step at a "
        "time; nobody has to be brilliant, only to keep going.",
        "计划是按你的时间排的：{weeks} 周，每周最多 {per_week} 小时，一步一步来；不需要天赋异禀，只需要坚持。",
    ),
    "coach.b.doubt_tight": (
        "The plan is tight in the time you have ({weeks} weeks at {per_week} h a week); "
        "finishing the core still gives you something real to show.",
        "在现有时间里计划比较紧（{weeks} 周，每周 {per_week} 小时）；把核心部分完成，你就有真正能展示的成果。",
    ),
    "coach.b.doubt_lighter": (
        "If it is the load that worries you, say \u201cit's too much\u201d and I will propose a "
        "lighter plan.",
        "如果是负担让你担心，说一声\u201c太多了\u201d，我会给你一个更轻松的方案。",
    ),
    "coach.b.known_not_planned": (
        "Good to know. {skill} is not in your plan, so nothing changes; it will still help you "
        "in the project and in interviews.",
        "好的。{skill} 不在你的计划里，所以计划不变；它在项目和面试中仍然有用。",
    ),
    "coach.b.general": (
        "I have no answer to that in your plan. The closest my sources come:",
        "你的计划里没有这个问题的答案。我的资料中最相关的是：",
    ),
    "coach.b.temporary": (
        "Noted: {hours} h for a short while instead of your usual {usual}. That needs no re-plan: "
        "every 4th week of your plan is a light one, and it absorbs a dip like this.",
        "收到：短期内每周 {hours} 小时，而不是平时的 {usual} 小时。这不需要重新规划：计划里每第 4 周是轻量周，可以消化这样的波动。",
    ),
    "coach.b.temporary_first": (
        "With the time you have, do the one thing that matters most: {title}.",
        "用现有的时间先做最重要的一件事：{title}。",
    ),
    "coach.b.temporary_longer": (
        "If it lasts more than two weeks, tell me the hours that will work from now on and I will "
        "send a re-plan to your mentor.",
        "如果持续超过两周，告诉我以后每周能投入的小时数，我会把重新规划的方案提交给导师。",
    ),
    "coach.b.no_place": (
        "My sources have no pay figures for {place}; the ones they have are for: {regions}.",
        "我的资料里没有{place}的薪资数据；现有数据的地区是：{regions}。",
    ),
    "coach.b.cmp_first_later": (
        "Neither is in your plan now; of the two, {role} asks more for {skill}: learn it first, "
        "after the switch.",
        "这两项目前都不在你的计划里；两者之中，{role}更需要{skill}：转型之后先学它。",
    ),
    "coach.b.cmp_neither": (
        "No, you need neither for {role}: your plan gets you there without them.",
        "不需要：{role}用不到这两项，你的计划不靠它们也能达成目标。",
    ),
    "coach.b.cmp_in_project": (
        "{skill}: your portfolio project ({project}) uses it, so you need enough of it for that",
        "{skill}：你的作品集项目（{project}）要用到它，学到够用即可",
    ),
    "coach.b.cmp_difference": (
        "The difference, in what each one has you build:",
        "区别，看各自要你做出的成果：",
    ),
    "coach.b.cmp_builds": ("{skill}: {what}", "{skill}：{what}"),
    "coach.b.cmp_first": (
        "Learn {skill} first: your plan puts it first, and the rest builds on it.",
        "先学{skill}：你的计划把它排在前面，后面的内容建立在它之上。",
    ),
    "coach.b.cmp_planned": (
        "{skill}: in your plan, week(s) {weeks} ({hours} h)",
        "{skill}：在你的计划第 {weeks} 周（{hours} 小时）",
    ),
    "coach.b.cmp_needed": (
        "{skill}: {role} asks for it in my sources, but it does not fit your plan's hours; it "
        "waits for after the switch",
        "{skill}：资料中{role}需要它，但计划的时间放不下，留到转型之后",
    ),
    "coach.b.cmp_not_needed": (
        "{skill}: not among what {role} asks for in my sources, so your plan leaves it out",
        "{skill}：资料中{role}并不要求，所以计划没有安排",
    ),
    "coach.b.cmp_known": (
        "{skill}: {role} asks for it, and what you already know covers it, so the plan does not "
        "teach it again",
        "{skill}：{role}需要它，你已有的基础已经覆盖，所以计划不再重复安排",
    ),
    "coach.b.cmp_only": (
        "Of these, your plan teaches {skill}: learn that one.",
        "其中你的计划安排的是{skill}：先学它。",
    ),
    "coach.b.no_project": (
        "Your plan has no portfolio project in the time you have; the options in the plan show "
        "what would make room for one.",
        "在现有时间里，你的计划没有作品集项目；计划中的备选方案说明了怎样才能腾出时间。",
    ),
    "coach.b.project": (
        "Your portfolio project is {title}, in week(s) {weeks}, built with {skills}.",
        "你的作品集项目是“{title}”，安排在第 {weeks} 周，用到：{skills}。",
    ),
    "coach.b.project_use_own": (
        "Yes: build your project, {title} (weeks {weeks}), on your own {own}. It must still show "
        "what the plan gives it to show ({skills}); your {own} is the material it works on, "
        "which is stronger in interviews than a sample dataset (de-identify what needs it). "
        "If it changes the project's scope, tell your mentor.",
        "可以：把你的项目“{title}”（第 {weeks} 周）建立在你自己的{own}上。它仍要体现计划安排的能力（{skills}）；"
        "你的{own}就是它处理的材料，比示例数据集在面试中更有说服力（需要的部分请脱敏）。如果这会改变项目范围，请告诉导师。",
    ),
    "coach.b.project_own": (
        "You can shape it around your own work and data (de-identified where needed): the more "
        "it solves a real problem you know, the better it shows in interviews.",
        "你可以围绕自己的工作和数据来做（必要时脱敏）：它越能解决你熟悉的真实问题，面试时越有说服力。",
    ),
    "coach.b.cert": (
        "Your plan has no certificate: it builds the skills and a project you can show. If the "
        "postings you target ask for one, tell me and I will send a re-plan to your mentor.",
        "你的计划里没有安排考证：它培养的是技能和可以展示的项目。如果你瞄准的岗位明确要求证书，告诉我，我会把调整后的计划交给导师审批。",
    ),
    "coach.b.cert_mentor": (
        "Your mentor left certificates out (“{words}”): your plan builds the skills "
        "and a project you can show instead.",
        "导师把考证去掉了（“{words}”）：你的计划改为培养技能和可以展示的项目。",
    ),
    "coach.a.not_realistic": (
        "Not realistic as it stands; the reviewer found in your plan:",
        "按现在的设定还不现实，审核在你的计划里指出：",
    ),
    "coach.a.this_week_lighter": (
        "Your lighter plan (v{version}, {hours} h a week) waits for your mentor; keep to that "
        "pace already this week:",
        "更轻的计划（v{version}，每周 {hours} 小时）正在等导师审批；这周就先按这个节奏来：",
    ),
    "coach.a.other_role": (
        "This plan aims at {target}, not {asked}: it gives you what {target} asks for. For "
        "{asked}, ask your mentor to change the target (e.g. “target {asked}”).",
        "这份计划的目标是{target}，不是{asked}：它教的是{target}需要的。想转{asked}，可以请导师改目标（例如“目标换成{asked}”）。",
    ),
    "coach.a.other_role_unknown": (
        "This plan aims at {target}, not {asked}; my sources have no {asked} role, so I cannot "
        "say what it takes. The closest roles I do have: {closest}.",
        "这份计划的目标是{target}，不是{asked}；我的资料里没有{asked}这个岗位，说不清它要什么。最接近的有：{closest}。",
    ),
    "coach.a.no_material": (
        "my sources list no material for it (no reading list either); practise it by building: "
        "{deliverable}",
        "我的资料里没有这方面的学习资料（也没有书单或论文清单）；可以通过完成这件事来练：{deliverable}",
    ),
    "coach.a.field_already": (
        "Your project is already set in {field} work: no change needed; shape it around your "
        "own cases.",
        "你的项目本来就是{field}方向的，不用改；围绕你自己的真实案例来做就好。",
    ),
    "coach.a.mentor_waiting": (
        "Plan v{version} is with your mentor now; I can't say when they will decide (mentors "
        "review when they can). Until then v{approved} stays in force, and I answer questions "
        "as usual.",
        "第 {version} 版计划正在等导师审批；导师什么时候决定我说不准（导师有空时会审）。在此之前仍按第 "
        "{approved} 版执行，你照常可以问我问题。",
    ),
    "coach.b.temporary_more": (
        "Good: {hours} h a week for a short while instead of your usual {usual}. That needs no "
        "re-plan: use the extra hours to get ahead.",
        "很好：短期内每周 {hours} 小时，比平时的 {usual} 小时多。这不需要重新规划：多出来的时间用来往前赶。",
    ),
    "coach.b.temporary_ahead": (
        "Tell me what you finish (“finished week 4”, “done with RAG”) and I'll count it; if the "
        "extra hours last longer, tell me and I'll re-plan from now.",
        "做完了告诉我（“第4周完成了”“RAG 学完了”），我会记下来；如果多出来的时间会持续更久，告诉我，我从现在起重新安排。",
    ),
    "coach.a.checkin_hours_too": (
        "{hours} h logged this week: a short week that still finished something counts.",
        "本周记录 {hours} 小时：时间少但做完了东西，这就算数。",
    ),
    "coach.b.optional": (
        "Optional: your plan does not schedule it. It helps if you have time beyond your {hours} h "
        "a week, or after the core; what my sources say about it:",
        "可选：你的计划没有安排它。如果每周 {hours} 小时之外还有时间，或者学完核心内容之后，做它会有帮助；资料里是这样说的：",
    ),
    "coach.a.behind_burnout": (
        "I'm sorry it has been that hard; rest matters more than the schedule. If the load is the "
        "problem, say “it's too much” and I'll propose a lighter plan.",
        "很抱歉这段时间这么难；休息比进度更重要。如果是负担太重，说一声“太多了”，我给你一个更轻的方案。",
    ),
}
