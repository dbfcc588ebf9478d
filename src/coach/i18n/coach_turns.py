"""Messages for the coach area: answers to a choice of tool or path, an ambition, a credential
fear and a fear of not managing, after approval (en, zh); see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "coach.t.use_own": (
        "Yes, where {own} can do the job: use it, the tool your employer provides, rather than "
        "{other}. For work data the sanctioned tool is the safer choice, and it is the one your "
        "colleagues will use.",
        "可以，只要{own}能做到，就用它，不必用{other}：这是你们单位提供的工具，处理工作数据更稳妥，同事们也会用它。",
    ),
    "coach.t.use_own_only": (
        "Yes, where {own} can do the job: use it, the tool your employer provides. For work data "
        "the sanctioned tool is the safer choice, and it is the one your colleagues will use.",
        "可以，只要{own}能做到，就用它：这是你们单位提供的工具，处理工作数据更稳妥，同事们也会用它。",
    ),
    "coach.t.carries_over": (
        "What your plan teaches here is the skill ({skill}), not the brand: build the same "
        "deliverable in it.",
        "计划教的是这项本事（{skill}），不是某个品牌：用它做出同样的成果就行。",
    ),
    "coach.t.unknown_tool": (
        "It depends on where you want to use it: my sources do not cover {tool}, so I cannot "
        "weigh it for you from them.",
        "要看你打算在哪里用：我的资料没有涉及{tool}，无法据此替你评估它。",
    ),
    "coach.t.plan_keeps": (
        "Your plan uses {tool} to teach {skill} because the sources name it in job postings; "
        "the concepts carry over to other tools.",
        "计划用{tool}来教{skill}，因为资料里的招聘要求常点名它；学到的概念换个工具同样适用。",
    ),
    "coach.t.own_work": (
        "Your own work is in {tool}'s world ({role}), so it is where you can apply the skill "
        "first: learn it as the plan has it, then build your project on {tool} if your employer "
        "uses it. Both count.",
        "你自己的工作就在{tool}这一块（{role}），最先能用上的就是它：先按计划学会这项本事，如果单位在用{tool}，项目就做在它上面。两者都算数。",
    ),
    "coach.t.if_asked": (
        "If the jobs you aim at (or your employer) ask for {tool}, learn it on top once the "
        "plan's skill is in place; tell me and I will ask your mentor to add it.",
        "如果你瞄准的岗位（或你的单位）要求{tool}，等计划里的这项本事学到位后再补上它；告诉我，我会请导师加进计划。",
    ),
    "coach.t.same_skill": (
        "Either will do: {tools} are tools for the same skill ({skill}), and the plan teaches the "
        "skill; pick the one your employer or the jobs you want use.",
        "都可以：{tools}是同一项本事（{skill}）的工具，计划教的是这项本事；选你单位或目标岗位在用的那个。",
    ),
    "coach.t.different": (
        "They do different jobs: {a} is for {a_skill}, {b} for {b_skill}; one does not replace "
        "the other.",
        "它们用途不同：{a}属于{a_skill}，{b}属于{b_skill}；一个替代不了另一个。",
    ),
    "coach.t.can_do": (
        "It depends on what {tool} connects to and on your data: my sources do not list {tool}'s "
        "integrations, so check it on a small sample before you build on it.",
        "要看{tool}能接入什么、你的数据是什么格式：我的资料没有列出{tool}的具体功能，动手搭之前先用一小份样本试一下。",
    ),
    "coach.t.can_do_test": (
        "In week {week}, try it on a small, de-identified sample; if {tool} cannot read it "
        "directly, export it first (CSV, or a table or knowledge file) or reach it through its "
        "API.",
        "第 {week} 周用一小份脱敏后的样本试一试；如果{tool}不能直接读取，先导出（CSV，或作为表格、知识库文件上传），或通过它的 API 接入。",
    ),
    "coach.t.which_own": (
        "Start with what the platforms you already use ({own}) offer themselves or approve: the "
        "data stays where it is and their rules are met.",
        "先看你们在用的平台（{own}）自带或官方认可的工具：数据不用搬出平台，也符合平台规则。",
    ),
    "coach.t.which_none": (
        "My sources name no tool for that, and your plan has no building step for it yet.",
        "我的资料没有为此推荐具体工具，你的计划里也还没有相应的搭建环节。",
    ),
    "coach.t.which_plan": (
        "Your plan builds it with {skill}; the tools it reads about: {tools}.",
        "你的计划用{skill}来搭，资料里的工具：{tools}。",
    ),
    "coach.t.which_plan_after": (
        "To build more than they offer (your own knowledge base, your own flow), your plan uses "
        "{skill}; the tools it reads about: {tools}.",
        "需要超出平台自带功能时（自己的知识库、自己的流程），你的计划用{skill}来搭，资料里的工具：{tools}。",
    ),
    "coach.t.in_plan": ("Where your plan has it:", "你的计划里对应的是："),
    "coach.t.path_head": (
        "Not needed for {role}, in my sources: employers there ask for experience and shipped "
        "work first, not a particular degree or course; it can still help, so compare the two:",
        "按我的资料，做{role}并不必须：招聘更看重经验和做出来的东西，而不是某个学位或课程；它有帮助，可以这样比较：",
    ),
    "coach.t.path_degree_role": (
        "It can pay off for {role}: the sources put a scientific background first there. "
        "Compare the two:",
        "对{role}来说可能值得：资料把科学背景放在首位。可以这样比较：",
    ),
    "coach.t.path_cost": (
        "- A master's: usually 1-2 years full-time or 2-3 part-time, with tuition, and you start "
        "applying when it ends.",
        "- 读硕士：全日制一般 1-2 年、在职 2-3 年，要交学费，毕业后才开始投递。",
    ),
    "coach.t.path_plan": (
        "- This plan: {weeks} more weeks at up to {per_week} h a week ({hours} h), no fees, "
        "ending with a project you can show.",
        "- 这份计划：还有 {weeks} 周，每周最多 {per_week} 小时（共 {hours} 小时），不花学费，最后有一个能拿出来的项目。",
    ),
    "coach.t.path_asks": (
        "What the sources say {role} jobs ask for: {text}",
        "资料中{role}岗位的要求：{text}",
    ),
    "coach.t.path_decide": (
        "You need not decide now: finish the project ({title}, by week {week}), then look at "
        "the postings you would apply to (or what your employer values); if they ask for it, "
        "it builds on the plan rather than replacing it.",
        "不必现在决定：先完成项目（{title}，第 {week} 周前），再看你要投的岗位（或单位看重什么）；如果确实要求，它是在这份计划之上再加，而不是替代它。",
    ),
    "coach.t.path_decide_plain": (
        "You need not decide now: keep to the plan and look at the postings you would apply to "
        "(or what your employer values); if they ask for it, it builds on the plan rather than "
        "replacing it.",
        "不必现在决定：先按计划走，再看你要投的岗位（或单位看重什么）；如果确实要求，它是在这份计划之上再加，而不是替代它。",
    ),
    "coach.t.band": ("{level}: ${low}-{high}", "{level}：{low}-{high} 美元"),
    "coach.t.by_date_ok": (
        "By {day}: your plan ends in {end}, so the timing fits.",
        "{day}之前：你的计划在{end}结束，时间上来得及。",
    ),
    "coach.t.by_date_late": (
        "By {day}: your plan runs until {end}, so that date comes before you finish it.",
        "{day}之前：你的计划要到{end}才结束，那个时间点你还没学完。",
    ),
    "coach.t.ambition_not_yet": (
        "Not straight after this plan, to be candid: what you name is above where a newcomer to "
        "{role} starts in my sources. It is a goal for later, with a path to it:",
        "坦白说，刚学完这份计划还达不到：按我的资料，你说的水平高于{role}新人的起点。它可以是后面的目标，路径如下：",
    ),
    "coach.t.ambition_stretch": (
        "A stretch, but not out of reach for {role}; what the sources say:",
        "有难度，但做{role}并非够不着；资料是这样说的：",
    ),
    "coach.t.figure_band": (
        "That figure sits in this band of my sources: {band}.",
        "这个数字在资料里对应：{band}。",
    ),
    "coach.t.start_band": (
        "Where people start in my sources: {band}.",
        "资料里的起步水平：{band}。",
    ),
    "coach.t.asks_years": (
        "What employers ask for: {text} You have {years} year(s) of that so far.",
        "招聘要求：{text}你目前这方面的经验是 {years} 年。",
    ),
    "coach.t.asks": ("What employers ask for: {text}", "招聘要求：{text}"),
    "coach.t.first_step": (
        "A realistic first step: ship AI work in your job as {current} now, then aim for "
        "{near} roles and move up from there.",
        "现实的第一步：现在就在你{current}的工作里做出 AI 成果，先瞄准{near}岗位，再往上走。",
    ),
    "coach.t.first_step_project": (
        "A realistic first step: finish your project ({project}), ship AI work in your job as "
        "{current} meanwhile, apply to {near} roles first and move up from there.",
        "现实的第一步：完成项目（{project}），同时在你{current}的工作里做出 AI 成果，先投{near}岗位，再往上走。",
    ),
    "coach.t.your_job": ("your current job", "目前"),
    "coach.t.cred_phd": (
        "No, you are not out of the running: a PhD is above the master's bar those posts name, "
        "and for {role} what decides is what you can show.",
        "没有没戏：博士学历本身就高于那些岗位说的硕士门槛；做{role}，最终看的是你能拿出来的成果。",
    ),
    "coach.t.cred_master": (
        "No, your degree does not rule you out: for {role} what decides is what you can show.",
        "不会因为学历被排除：做{role}，最终看的是你能拿出来的成果。",
    ),
    "coach.t.cred_none": (
        "No, a missing degree does not rule you out everywhere: some employers screen on it, "
        "but for {role} the sources put experience and shipped work first.",
        "没有学历并不会处处被拒：有些单位会卡学历，但做{role}，资料更看重经验和做出来的东西。",
    ),
    "coach.t.cred_other": (
        "Not ruled out: some employers screen on degrees, but for {role} the sources put "
        "experience and shipped work first.",
        "不至于没戏：有些单位看学历，但做{role}，资料更看重经验和做出来的东西。",
    ),
    "coach.t.cred_years": (
        "Your {years} years as {role} count too: employers weigh experience and what you have "
        "shipped, not only the diploma.",
        "你做{role}的 {years} 年经验同样算数：用人单位看重经验和做出来的东西，不只看文凭。",
    ),
    "coach.t.cred_show": (
        "What to show: your project ({title}, by week {week}), with measured results; that "
        "answers the doubt better than any degree.",
        "拿什么证明：你的项目（{title}，第 {week} 周前完成），附上实测结果；这比学历更能打消疑虑。",
    ),
    "coach.t.fear_head": (
        "That fear is common in a career change, and it does not mean you cannot learn this; "
        "let's make the next step small rather than the plan smaller.",
        "转行时有这种担心很常见，这不代表你学不会；我们把下一步变小，而不是把计划砍小。",
    ),
    "coach.t.fear_have": (
        "You start with more than you think: {skills}.",
        "你的起点比你想的高：{skills}。",
    ),
    "coach.t.fear_small": (
        "This week (week {week}) only one thing: {title}. Spend the first hour on the very first "
        "part of “{deliverable}”, and stop there.",
        "这周（第 {week} 周）只做一件事：{title}。第一个小时只做“{deliverable}”最开头的一小步，做完就停。",
    ),
    "coach.t.fear_pace": (
        "Nobody has to get it right the first time: tell me after the week how it went, and we "
        "adjust from what you tell me.",
        "没有人第一次就做对：这周过完告诉我进展如何，我们根据你的情况再调整。",
    ),
    "coach.t.fear_load": (
        "If it is the time ({hours} h a week) that is too much, tell me the hours that work and I "
        "will propose a lighter plan.",
        "如果是时间（每周 {hours} 小时）太多，告诉我你实际能投入几小时，我再给你一份更轻的计划。",
    ),
    "coach.t.cv_in_job": (
        "Yes, put it on your CV now, under your current job ({role}): the AI workflows you use there, "
        "each with its measured effect (time saved, errors caught) and what a person still "
        "checks; your plan keeps you in this job, so it is a record for your review and "
        "profile, not a job search.",
        "可以，现在就写进简历，放在你现在这份工作（{role}）下面：你在工作中用上的 AI 流程，每条附上实测效果（节省的时间、发现的错误）以及哪些环节仍由人把关；你的计划是留在现在的岗位，所以这是给绩效沟通和个人资料用的记录，不是求职。",
    ),
    "coach.t.job_phase_steps": (
        "Your plan's last phase, “{name}”, runs in weeks {start}-{end}: {steps}",
        "计划的最后阶段“{name}”在第 {start}-{end} 周：{steps}",
    ),
    "coach.t.posting_head": (
        "What the {title} posting asks for first, in its own order, against your plan:",
        "“{title}”这份招聘最先要求的，按它自己的顺序，对照你的计划：",
    ),
    "coach.t.posting_this": ("targeted", "目标岗位"),
    "coach.t.posting_req": (
        "- {skill} ({level}{years}), its words “{words}”: ",
        "- {skill}（{level}{years}），原文“{words}”：",
    ),
    "coach.t.posting_years": (", {years}+ years", "，{years} 年以上"),
    "coach.t.posting_planned": (
        "in your plan, week(s) {weeks} ({hours} h)",
        "计划里在第 {weeks} 周（{hours} 小时）",
    ),
    "coach.t.posting_have": ("you already have it", "你已经具备"),
    "coach.t.posting_missing": ("not in your plan", "计划里没有"),
    "coach.t.posting_nice": ("It only prefers: {skills}.", "它只是加分项：{skills}。"),
    "coach.t.posting_uncovered": (
        "It also names what my sources do not cover: {terms}.",
        "它还提到了我的资料没有涉及的：{terms}。",
    ),
    "coach.t.posting_gap": (
        "Must-haves your plan does not teach: {skills}. If this is the job you want, ask your "
        "mentor to add them (for example “add {skills}”).",
        "这些必备项你的计划没有安排：{skills}。如果这就是你想要的岗位，请导师加进计划（例如“加上{skills}”）。",
    ),
    "coach.t.cv_in_job_plain": (
        "Yes, put it on your CV now, under your current job: the AI workflows you use there, "
        "each with its measured effect (time saved, errors caught) and what a person still "
        "checks; your plan keeps you in this job, so it is a record for your review and "
        "profile, not a job search.",
        "可以，现在就写进简历，放在你现在这份工作下面：你在工作中用上的 AI 流程，每条附上实测效果（节省的时间、发现的错误）以及哪些环节仍由人把关；你的计划是留在现在的岗位，所以这是给绩效沟通和个人资料用的记录，不是求职。",
    ),
    "coach.t.figure_no_band": (
        "My sources give no pay bands in {currency}, so I cannot place that figure; what they do "
        "give:",
        "我的资料没有以{currency}计的薪资区间，没法给这个数字定位；资料里有的是：",
    ),
    "coach.t.path_cost_bootcamp": (
        "- A bootcamp or paid course: usually 3-6 months, with fees; it gives structure and a "
        "cohort, and teaches much of what the plan does.",
        "- 训练营或付费课程：一般 3-6 个月，要交学费；好处是有节奏、有同伴，教的内容和计划多有重合。",
    ),
    "coach.t.path_cost_phd": (
        "- A PhD: usually 4-6 years, and you start applying when it ends.",
        "- 读博：一般 4-6 年，毕业后才开始投递。",
    ),
    "coach.t.laid_off": (
        "I'm sorry; losing a job is hard. You have more time now, so let's use it: the plan "
        "changes from this week.",
        "很抱歉，失业确实不好受。你现在时间多了，我们就用上它：计划从本周起调整。",
    ),
    "coach.t.privacy_company": (
        "Not into a public AI tool: source code, internal documents and client data stay in the "
        "tools your employer approves.",
        "不要放进公共 AI 工具：源代码、内部文件和客户数据，只能放进单位批准的工具里。",
    ),
    "coach.t.privacy_company_how": (
        "Check the policy first; use the company's enterprise account (with training on your "
        "data turned off) or a model it hosts itself, and practise on open-source or made-up "
        "code and documents.",
        "先查清单位的规定；用公司的企业版账号（关闭用你的数据训练）或公司自己部署的模型；练习时用开源或自己编的代码和文档。",
    ),
    "coach.t.path_cost_cert": (
        "- A certificate: weeks to months of exam preparation and a fee; it shows you passed an "
        "exam, not what you can build or run.",
        "- 考证书：几周到几个月的备考，要交报名费；它证明你通过了考试，而不是你能做出、用好什么。",
    ),
    "coach.t.cred_science": (
        "It can matter here: for {role} my sources put a scientific background first (often a "
        "higher degree), and what you can show with it decides.",
        "在这里确实有影响：做{role}，资料把科学背景放在首位（往往是更高学历），最终看你能用它做出什么。",
    ),
    "coach.t.pace_yes": (
        "Yes: {pace} h a week is at least the {plan} h your plan asks; at that pace the rest "
        "({left} h) takes about {need} weeks (the plan has {weeks}).",
        "够：每周 {pace} 小时不少于计划要求的 {plan} 小时；按这个节奏，剩下的 {left} 小时大约 {need} 周学完（计划还有 {weeks} 周）。",
    ),
    "coach.t.pace_near": (
        "Nearly: your plan asks {plan} h a week, and {pace} h is close; at that pace the rest "
        "({left} h) takes about {need} weeks instead of {weeks}, and the light weeks absorb some "
        "of it.",
        "差不多：计划要求每周 {plan} 小时，{pace} 小时已经接近；按这个节奏，剩下的 {left} 小时大约要 {need} 周，而不是 {weeks} 周，轻松周能消化一部分。",
    ),
    "coach.t.pace_short": (
        "Not for the plan as it is: it asks {plan} h a week; at {pace} h the rest ({left} h) "
        "takes about {need} weeks instead of {weeks}.",
        "按现在的计划不够：计划要求每周 {plan} 小时；按每周 {pace} 小时，剩下的 {left} 小时大约要 {need} 周，而不是 {weeks} 周。",
    ),
    "coach.t.pace_offer": (
        "Say “yes” and I'll send a re-plan at {pace} h a week to your mentor (your plan stays in "
        "force until they decide), or keep the plan's pace.",
        "回复“好”，我就按每周 {pace} 小时重新规划并交导师审批（导师决定前，现有计划继续有效）；或者保持计划的节奏。",
    ),
}
