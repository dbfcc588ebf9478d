"""Messages for the app area (en, zh). Keys are prefixed by area; see coach.i18n.

``render.*``: the plan as Markdown and iCalendar (coach.render).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "app.session_open_elsewhere": (
        "Session {session} is open elsewhere (process {pid} on {host}). Close it there, or wait "
        "a moment and try again; nothing was lost.",
        "会话 {session} 正在别处打开（{host} 上的进程 {pid}）。请先在那里关闭，或稍后再试；"
        "内容不会丢失。",
    ),
    "app.waiting_for_session": (
        "Session {session} is open elsewhere; waiting up to {seconds} s…",
        "会话 {session} 正在别处打开；最多等待 {seconds} 秒…",
    ),
    "app.back.waiting": (
        "Welcome back. Where we are: your draft plan for {role} (v{version}) is waiting for a "
        "mentor's approval; nothing is lost. /plan shows it, or ask me anything meanwhile.",
        "欢迎回来。目前进度：你的{role}计划草案（第 {version} 版）正在等导师审批，内容都已保存。"
        "输入 /plan 查看，等待期间也可以随时提问。",
    ),
    "app.back.approved": (
        "Welcome back. Where we are: your plan for {role} is approved. Tell me how it is going "
        "(for example 'finished week 1') or ask me anything; /plan shows it.",
        "欢迎回来。目前进度：你的{role}计划已获批准。告诉我进展（例如“第1周完成了”）或随时提问；"
        "输入 /plan 查看计划。",
    ),
    "app.back.approved_week": (
        "Welcome back. Where we are: your approved plan for {role}, done up to week {week}. "
        "Tell me how it is going or ask me anything; /plan shows it.",
        "欢迎回来。目前进度：你的{role}计划已获批准，已完成到第 {week} 周。告诉我进展或随时提问；"
        "输入 /plan 查看计划。",
    ),
    "app.back.asked": (
        "Welcome back. Where we left off, I had asked you:\n{question}",
        "欢迎回来。上次我们停在这里，我问你的是：\n{question}",
    ),
    "app.back.intake": (
        "Welcome back. Go on where we left off: tell me what you do now, where you want to go, "
        "your hours a week and by when.",
        "欢迎回来。我们接着上次继续：说说你现在的工作、想转的方向、每周几小时、希望多久完成。",
    ),
    "app.not_sent": ("Your last message was not sent.", "你的上一条消息没有发送。"),
    "app.recovered": (
        "The last session was cut off; I finished what was left:",
        "上次会话中断了；我已把未完成的部分补上：",
    ),
    "app.bad_user": (
        "a user name is 1-{limit} characters (got {size})",
        "用户名需为 1-{limit} 个字符（收到 {size} 个）",
    ),
    # ---- header
    "render.title": ("Plan v{version}: {target}", "计划 v{version}：{target}"),
    "render.header": (
        "{status} · {hours} h a week{changes} for {weeks} weeks from {start} · {total} h scheduled",
        "{status} · 每周 {hours} 小时{changes}，共 {weeks} 周，{start} 开始 · 已安排 {total} 小时",
    ),
    "render.header.from": (" ({hours} h from week {week})", "（第 {week} 周起 {hours} 小时）"),
    "render.header.window": (" ({hours} h in weeks {a}-{b})", "（第 {a}-{b} 周 {hours} 小时）"),
    "render.status.intake": ("intake (no plan yet)", "信息收集中（尚无计划）"),
    "render.status.drafting": ("draft", "草案"),
    "render.status.awaiting_mentor": ("awaiting mentor", "等待导师审批"),
    "render.status.awaiting": ("awaiting mentor", "等待导师审批"),
    "render.status.changes_requested": ("changes requested", "导师要求修改"),
    "render.status.approved": ("approved", "已批准"),
    # ---- phases and items
    "render.phase": ("{name} · {weeks} · {hours} h", "{name} · {weeks} · {hours} 小时"),
    "render.phase.weeks": ("weeks {a}-{b}", "第 {a}-{b} 周"),
    "render.phase.week": ("week {a}", "第 {a} 周"),
    "render.review.ambitions": (
        "{severity}: goals not realistic as they stand: {count} (see “Goals to adjust”)",
        "{severity}：{count} 项期望按目前的设想并不现实（见“需要调整的期望”）",
    ),
    "render.weeks": ("W{a}-{b}", "第 {a}-{b} 周"),
    "render.week": ("W{week}", "第 {week} 周"),
    "render.hours": ("{hours} h", "{hours} 小时"),
    "render.practise": ("practise: {text}", "练习：{text}"),
    "render.uses": ("uses {skills}", "用到{skills}"),
    "render.sep": (", ", "、"),
    "render.colon": (": ", "："),
    "render.dot": (" · ", " · "),
    "render.job.resume": (
        "Resume: lead with the portfolio project and what your current job already taught you.",
        "更新简历：以作品集项目和现有工作中已具备的能力开篇。",
    ),
    "render.job.writeup": (
        "Project write-up: architecture, key decisions and trade-offs, measured results.",
        "写好项目说明：架构、关键决策及取舍、实测结果。",
    ),
    "render.job.mock": (
        "Two mock interviews on the interview topics; after each, note what to improve.",
        "围绕面试准备的题目做两次模拟面试，每次记下要改进的地方。",
    ),
    "render.job.apply": (
        "Apply to at least 10 matching roles and track each application.",
        "投递至少 10 个匹配岗位，并记录每份申请的进展。",
    ),
    # ---- sections
    "render.ambitions": ("Goals to adjust", "需要调整的期望"),
    "render.ambition": ("{message} Instead: {alternative}", "{message}建议：{alternative}"),
    "render.strengths": ("What you already bring", "你已具备的能力"),
    "render.strength": ("{name} ({level})", "{name}（{level}）"),
    "render.strengths_line": ("{skills}: {words}", "{skills}：{words}"),
    "render.in_work.show": (
        "Show the workflow to your team or manager on real work.",
        "在真实工作中向团队或上级演示这套流程。",
    ),
    "render.in_work.case": (
        "Write a one-page case: the task, the time saved, what still needs a person.",
        "写一页案例：做了什么、节省了多少时间、哪些环节仍需人来把关。",
    ),
    "render.in_work.cv": (
        "Add what you built to your CV and profile.",
        "把做成的东西写进简历和个人资料。",
    ),
    # ---- a knowledge-base hit as an answer line (nodes/coach_hits.py)
    "render.hit.reading": ("; resources: {titles}", "；资料：{titles}"),
    "render.hit.in_plan": (
        "in your plan in weeks {a}-{b} ({hours} h)",
        "在你的计划第 {a}-{b} 周（{hours} 小时）",
    ),
    "render.hit.not_in_plan": (
        "not in your plan (about {hours} h from zero to working level)",
        "不在你的计划里（从零到熟练约 {hours} 小时）",
    ),
    "render.hit.skill": (
        "- {name}: {where}; {what}{reading}",
        "- {name}：{where}；{what}{reading}",
    ),
    "render.hit.skill_missing": ("- {name}: {where}{reading}", "- {name}：{where}{reading}"),
    "render.hit.fact": ("- {text} (source: “{source}”)", "- {text}（来源：《{source}》）"),
    "render.hit.resource": (
        "- {title} ({kind}, about {hours} h; teaches {taught}; source: “{source}”)",
        "- {title}（{kind}，约 {hours} 小时，讲{taught}；来源：《{source}》）",
    ),
    "render.kind.course": ("course", "课程"),
    "render.kind.book": ("book", "书"),
    "render.kind.docs": ("documentation", "文档"),
    "render.kind.tutorial": ("tutorial", "教程"),
    "render.kind.paper": ("paper", "论文"),
    "render.kind.practice": ("practice", "练习"),
    "render.kind.project": ("project idea", "项目创意"),
    "render.kind.community": ("community", "社区"),
    "render.milestones": ("Milestones", "里程碑"),
    "render.projects": ("Portfolio project", "作品集项目"),
    "render.interview": ("Interview preparation", "面试准备"),
    "render.pay": ("Level and pay", "职级与薪资"),
    "render.deferred": ("Deferred", "暂缓"),
    "render.options": ("Options (the goal does not fit the time)", "备选方案（目标超出可用时间）"),
    "render.notes": ("Notes", "说明"),
    "render.constraints": ("Constraints (yours and your mentor's)", "约束条件（你和导师提出的）"),
    "render.review": ("Reviewer: {verdict}", "审核结论：{verdict}"),
    "render.verdict.pass": ("pass", "通过"),
    "render.verdict.revise": ("revise", "需修改"),
    "render.verdict.infeasible": ("infeasible", "不可行"),
    "render.severity.error": ("Error", "错误"),
    "render.severity.warning": ("Warning", "警告"),
    "render.severity.info": ("Note", "提示"),
    "render.usage": (
        "Model usage: {calls} calls, {input} tokens in, {output} out",
        "模型用量：{calls} 次调用，输入 {input} 个 token，输出 {output} 个",
    ),
    # ---- level and pay
    "render.band": (
        "Pay range: {low}–{high} {currency} a {period}",
        "薪资区间：{low}–{high}{currency}/{period}",
    ),
    "render.band.general": (
        "Pay range for AI engineers in general, {level}: {low}–{high} {currency} a {period}",
        "AI 工程师总体薪资区间，{level}：{low}–{high}{currency}/{period}",
    ),
    "render.band_open.general": (
        "Pay for AI engineers in general, {level}: from {low} {currency} a {period}",
        "AI 工程师总体薪资，{level}：{low}{currency}/{period}起",
    ),
    "render.band.not_role": ("none given for {role} alone", "资料没有单列“{role}”"),
    "render.band_open": (
        "Pay: from {low} {currency} a {period}",
        "薪资：{low}{currency}/{period}起",
    ),
    "render.source": ("source: “{title}”", "来源：《{title}》"),
    "render.source_title": ("“{title}”", "《{title}》"),
    "render.sources_sep": ("; ", "、"),
    "render.level.full": (
        "Your level: {level}: your {years} years in this work all count.",
        "你的级别：{level}：你在这一方向的 {years} 年经验全部计入。",
    ),
    "render.level.partly": (
        "Your level: {level}: your {years} years ({current}) count as about {relevant} in this"
        " field.",
        "你的级别：{level}：你的 {years} 年经验（{current}）在这一方向约折合 {relevant} 年。",
    ),
    "render.level.capped": (
        "Your level: {level}: your {years} years ({current}) count as about {relevant} in this"
        " field; the top level asks for years of AI work itself.",
        "你的级别：{level}：你的 {years} 年经验（{current}）在这一方向约折合 {relevant} 年；"
        "最高级别要求多年的 AI 工作经验本身。",
    ),
    "render.level.unrelated_any": (
        "Your level: {level}: your work so far ({current}) is in another field, so you start here.",
        "你的级别：{level}：你目前的工作（{current}）属于其他领域，转型后从这一级别起步。",
    ),
    "render.level.unrelated": (
        "Your level: {level}: your {years} years ({current}) are in another field, so you"
        " start here.",
        "你的级别：{level}：你的 {years} 年经验（{current}）属于其他领域，转型后从这一级别起步。",
    ),
    "render.level.entry": (
        "Your level: {level}, the lowest level the sources give for {role}; your {years} years"
        " ({current}) count as about {relevant} in this field.",
        "你的级别：{level}，这是资料中“{role}”的最低级别；你的 {years} 年经验（{current}）在这一方向约折合"
        " {relevant} 年。",
    ),
    "render.level.unknown": (
        "Your level: not known (you did not say how many years you have worked), so the range"
        " below is for {level}.",
        "你的级别：未知（你没有说工作了几年），下面的区间按{level}给出。",
    ),
    "render.no_band": (
        "The sources give no pay range for {role}.",
        "资料没有给出“{role}”的薪资区间。",
    ),
    "render.no_band.non_coding": (
        "The sources give no pay range for {role} (a way of working with AI in your own field).",
        "资料没有给出“{role}”的薪资区间（这是在你本行里用 AI 的工作方式）。",
    ),
    "render.level.all": ("all levels", "各级别"),
    "render.level.your_work": ("your work", "你目前的工作"),
    "render.amount": ("{value:,.0f}", "{wan:g} 万"),
    "render.band_note": (" ({note})", "（{note}）"),
    "render.note_sep": ("; ", "；"),
    "render.period.year": ("year", "年"),
    "render.period.month": ("month", "月"),
    "render.currency.USD": ("USD", "美元"),
    "render.currency.CNY": ("CNY", "元"),
    "render.currency.EUR": ("EUR", "欧元"),
    "render.currency_name.USD": ("US dollars", "美元"),
    "render.currency_name.CNY": ("yuan (CNY)", "人民币"),
    "render.region.unspecified": ("region not stated by the source", "来源未注明地区"),
    "render.region.global": ("worldwide", "全球"),
    "render.region.CN": ("China", "中国"),
    "render.region.US": ("United States", "美国"),
    "render.region.CA": ("Canada", "加拿大"),
    "render.region.GB": ("the United Kingdom", "英国"),
    "render.region.UK": ("the United Kingdom", "英国"),
    "render.region.DE": ("Germany", "德国"),
    "render.region.FR": ("France", "法国"),
    "render.region.NL": ("the Netherlands", "荷兰"),
    "render.region.EU": ("the EU", "欧盟"),
    "render.region.IN": ("India", "印度"),
    "render.region.SG": ("Singapore", "新加坡"),
    "render.region.JP": ("Japan", "日本"),
    "render.region.KR": ("South Korea", "韩国"),
    "render.region.AU": ("Australia", "澳大利亚"),
    "render.region.HK": ("Hong Kong", "香港"),
    "render.region.TW": ("Taiwan", "台湾"),
    "render.region.MY": ("Malaysia", "马来西亚"),
    "render.region.AE": ("the UAE", "阿联酋"),
    "render.region.BR": ("Brazil", "巴西"),
    "render.region.CH": ("Switzerland", "瑞士"),
    "render.region.IE": ("Ireland", "爱尔兰"),
    "render.region.ES": ("Spain", "西班牙"),
    "render.region.IT": ("Italy", "意大利"),
    "render.region.PL": ("Poland", "波兰"),
    "render.region.SE": ("Sweden", "瑞典"),
    "render.region.NZ": ("New Zealand", "新西兰"),
    "render.region.VN": ("Vietnam", "越南"),
    "render.region.TH": ("Thailand", "泰国"),
    "render.region.ID": ("Indonesia", "印度尼西亚"),
    "render.region.PH": ("the Philippines", "菲律宾"),
    "render.region.MX": ("Mexico", "墨西哥"),
    "render.region.IL": ("Israel", "以色列"),
    "render.same_as": ("as in {weeks}", "同{weeks}"),
    "render.same_material": ("material as in {weeks}", "资料同{weeks}"),
    "render.see_milestone": ("the {week} milestone", "见{week}里程碑"),
    "render.now.one_year": ("{role}, 1 year", "{role}，1 年"),
    "render.diff.head": (
        "Plan v{start} -> v{latest}: {count} change(s)",
        "计划 v{start} -> v{latest}：{count} 处变化",
    ),
    "render.diff.none": ("Nothing a reader would see changed.", "读者能看到的内容没有变化。"),
    "render.diff.target": ("Target: {old} -> {new}", "目标：{old} -> {new}"),
    "render.diff.hours": ("Hours a week: {old} -> {new}", "每周小时数：{old} -> {new}"),
    "render.diff.weeks": ("Weeks: {old} -> {new}", "周数：{old} -> {new}"),
    "render.diff.start": ("Start: {old} -> {new}", "开始日期：{old} -> {new}"),
    "render.diff.total": ("Hours scheduled: {old} -> {new}", "已安排小时数：{old} -> {new}"),
    "render.diff.feasible": ("Verdict: {old} -> {new}", "可行性：{old} -> {new}"),
    "render.diff.fits": ("fits the time", "时间内可完成"),
    "render.diff.no_fit": ("does not fit the time", "时间内放不下"),
    "render.diff.added": ("+ {name}: {when}", "+ {name}：{when}"),
    "render.diff.changed": ("~ {name}: {old} -> {new}", "~ {name}：{old} -> {new}"),
    "render.diff.removed": (
        "- {name} ({when}): no longer in the plan",
        "- {name}（{when}）：不再在计划中",
    ),
    "render.diff.deferred": (
        "- {name} ({when}): deferred now. {reason}",
        "- {name}（{when}）：改为暂缓。{reason}",
    ),
    "render.diff.newly_deferred": ("Deferred now: {name}. {reason}", "新增暂缓：{name}。{reason}"),
    "render.diff.project": ("Project: {title} ({weeks})", "作品集项目：{title}（{weeks}）"),
    "render.diff.project_moved": (
        "Project {title}: {old} -> {new}",
        "作品集项目《{title}》：{old} -> {new}",
    ),
    "render.diff.project_dropped": ("Project dropped: {title}", "去掉的项目：{title}"),
    "render.diff.option": ("New option: {text}", "新的备选方案：{text}"),
    "render.diff.constraint": ("New constraint: {text}", "新的约束：{text}"),
    "render.diff.user_request": ("New request from the user: {text}", "用户新提的要求：{text}"),
    "render.pay.region_unknown": (
        "The sources' pay ranges are in {currency} for no stated country, and I don't know where"
        " you work: tell me and I'll say which figure applies.",
        "资料中的薪资区间是{currency}，且未注明国家；我还不知道你在哪里工作，告诉我后我再说明哪个数字适用。",
    ),
    "render.pay.no_region": (
        "My sources give no pay figure for {region}: their only ranges are in {currency} for"
        " no stated country, so none is shown as yours.",
        "资料中没有{region}的薪资数字：仅有的区间是{currency}，且未注明国家，不能当作你的薪资参考。",
    ),
    "render.pay.no_region.assumed": (
        "My sources give no pay figure for {region} (assumed from your language; tell me where"
        " you work): their only ranges are in {currency} for no stated country.",
        "资料中没有{region}的薪资数字（地区按对话语言推定，告诉我你在哪里工作即可更正）：仅有的区间是"
        "{currency}，且未注明国家，不能当作你的薪资参考。",
    ),
    "render.grouped.checks.core_deferred": (
        "{skill} are deferred or cut short while the less important {other} is scheduled: the "
        "core must come first.",
        "{skill}被推迟或未学到要求水平，而没那么重要的{other}却已安排：核心技能应当优先。",
    ),
    "render.defer.item": ("{name} ({need} h)", "{name}（约 {need} 小时）"),
    "render.defer.item_more": ("{name} (+{need} h)", "{name}（还需约 {need} 小时）"),
    "render.defer.partial": (
        "{to} level now, {need_level} level after this plan",
        "本计划先到{to}水平，{need_level}水平留到之后",
    ),
    "render.defer.capacity": (
        "core skills that do not fit in {weeks} weeks at {hours} h a week",
        "核心技能，按每周 {hours} 小时、共 {weeks} 周放不下",
    ),
    "render.defer.after_switch": (
        "after you switch (lower priority)",
        "转型之后再学（优先级较低）",
    ),
    "render.defer.needed_by.item": ("{name} (for {other})", "{name}（用于{other}）"),
    "render.defer.needed_by": (
        "only needed for skills that wait too",
        "只在学这些暂缓的技能时需要，一并推迟",
    ),
    "render.defer.prerequisite.item": ("{name} (after {other})", "{name}（需先学{other}）"),
    "render.defer.prerequisite": (
        "their prerequisites are deferred, so they wait too",
        "需要先学的技能已推迟，因此一并推迟",
    ),
    "render.defer.deeper.item": ("{name} (for deeper {other})", "{name}（深入学{other}时需要）"),
    "render.defer.deeper": ("after you switch", "转型之后再学"),
    "render.defer.after_core": (
        "wait until the core fits your hours",
        "等核心技能放得下再学",
    ),
    "render.progress_checks": (
        "A progress check about every {gap} weeks, weeks {first}-{last}: push your notes and"
        " exercises so far to your repository.",
        "第 {first}-{last} 周约每 {gap} 周做一次进度检查：把目前的笔记和练习提交到代码仓库。",
    ),
    "render.progress_check": (
        "Progress check in week {weeks}: your notes and exercises so far, pushed to your "
        "repository.",
        "第 {weeks} 周做进度检查：把目前的笔记和练习提交到你的代码仓库。",
    ),
    "render.progress_checks_few": (
        "Progress checks in weeks {weeks}: your notes and exercises so far, pushed to your "
        "repository.",
        "第 {weeks} 周做进度检查：把目前的笔记和练习提交到你的代码仓库。",
    ),
    "render.progress_checks_few.no_code": (
        "Progress checks in weeks {weeks}: your notes, drafts and exercises so far, shared with "
        "your mentor.",
        "第 {weeks} 周做进度检查：把目前的笔记、草稿和练习分享给导师。",
    ),
    "render.progress_check.no_code": (
        "Progress check in week {weeks}: your notes, drafts and exercises so far, shared with "
        "your mentor.",
        "第 {weeks} 周做进度检查：把目前的笔记、草稿和练习分享给导师。",
    ),
    "render.progress_checks.no_code": (
        "A progress check about every {gap} weeks, weeks {first}-{last}: share your notes,"
        " drafts and exercises so far with your mentor.",
        "第 {first}-{last} 周约每 {gap} 周做一次进度检查：把目前的笔记、草稿和练习分享给导师。",
    ),
    # ---- calendar
    "render.ics.milestone": ("Milestone: {text}", "里程碑：{text}"),
    "render.ics.item": ("{title} ({hours})", "{title}（{hours}）"),
}
