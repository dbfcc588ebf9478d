"""Messages for the plan area (en, zh): the plan's judgement: risks, deferrals, ambition checks, options, the rationale and the job-search block. Keys are prefixed by area; see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "plan.job.deliverable.find_work": (
        "A one-page case of the workflow you built, with the time it saves, an updated CV and "
        "profile, and applications to roles in your field that use AI, each one tracked.",
        "一页案例：你做成的流程和它节省的时间；更新后的简历和个人资料；投递本行业用到 AI 的岗位，并逐一记录进展。",
    ),
    "plan.job.check.find_work": (
        "Your mentor reads the case and the CV; at least 10 applications and two conversations "
        "with people who hire in your field are logged.",
        "导师审阅案例和简历；记录了至少 10 份投递，以及与本行业招聘方的两次交流。",
    ),
    "plan.job.step.find_work.case": (
        "Write a one-page case of your project: the task before and after, the time saved, what "
        "a person still checks; it is what you show in interviews.",
        "为你的项目写一页案例：改造前后的做法、节省的时间、哪些环节仍由人把关；面试时就展示它。",
    ),
    "plan.job.step.find_work.cv": (
        "Update your CV and profile: lead with your field experience and the AI workflow you "
        "built, with its measured effect.",
        "更新简历和个人资料：以你的行业经验和你做成的 AI 流程开篇，写明实测效果。",
    ),
    "plan.job.step.find_work.network": (
        "Talk to two people who hire in your field (former colleagues, a recruiter) about the "
        "roles that use AI and what they ask for.",
        "和两位本行业的招聘方（前同事、招聘顾问）聊一聊：哪些岗位用到 AI、他们看重什么。",
    ),
    "plan.job.step.find_work.apply": (
        "Apply to at least 10 roles in your field that use AI tools and track each application.",
        "投递至少 10 个本行业中使用 AI 工具的岗位，并记录每份申请的进展。",
    ),
    "plan.job.deliverable.non_coding": (
        "The workflow is shown to your team or manager on real work, a one-page case with the "
        "time saved is written, and your CV and profile say what you built.",
        "在真实工作中向团队或上级演示这套流程，写一页说明节省了多少时间，并把做成的东西写进简历和个人资料。",
    ),
    "plan.job.check.non_coding": (
        "Your mentor reads the one-page case; one colleague has used the workflow on their own "
        "work and says what to change.",
        "导师审阅这一页说明；至少一位同事在自己的工作中用过这套流程，并提出修改意见。",
    ),
    "plan.job.deliverable": (
        "Resume and project write-ups updated, two mock interviews done, and applications sent to at least 10 matching roles.",
        "更新简历和项目说明，完成两次模拟面试，并向至少 10 个匹配岗位投递申请。",
    ),
    "plan.job.check": (
        "Your mentor reviews the resume and write-ups; notes from each mock interview list what to improve.",
        "导师审阅简历和项目说明；每次模拟面试都有记录，写明需要改进的地方。",
    ),
    "plan.defer.partial": (
        "{to} level now; {need_level} level needs about {need} h more.",
        "本计划先到{to}水平；到{need_level}水平还需约 {need} 小时。",
    ),
    "plan.defer.rest_of_basic": (
        "Just enough of it before {core} now; the rest of basic level (about {need} h) after this plan.",
        "本计划只学够开始{core}所需的部分；其余入门内容（约 {need} 小时）留到之后。",
    ),
    "plan.defer.prerequisite": (
        "Waits for its prerequisite {name}, which is deferred.",
        "需要先学的{name}已推迟，因此一并推迟。",
    ),
    "plan.defer.excluded": (
        "Left out at your mentor's request.",
        "按导师要求不安排。",
    ),
    "plan.defer.excluded_user": (
        "Left out at your request.",
        "按你的要求不安排。",
    ),
    "plan.risk.light_weeks": (
        "Every 4th and the last week are light, a buffer; two weeks behind, ask for a replan.",
        "每 4 周有一个轻量周，最后一周也是，留作缓冲；落后两周就申请重新规划。",
    ),
    "plan.risk.sources": (
        "Pay and market figures are the sources' at their dates, not a promise about your offer.",
        "薪资和市场数据以所引资料及其日期为准，不代表对你录用结果的承诺。",
    ),
    "plan.risk.buffer": (
        "Every 4th week and the last week are light (half load), a buffer for busy weeks; two weeks behind, ask for a replan.",
        "每 4 周有一个轻量周（一半工作量），最后一周也是，留作缓冲；落后两周就申请重新规划。",
    ),
    "plan.risk.market": (
        "Pay and market facts are the cited sources' at their dates, not a promise about your own offer.",
        "薪资和市场信息以所引资料及其日期为准，不代表对你个人录用结果的承诺。",
    ),
    "plan.risk.first_step": (
        "This is a first step: the core at basic level, used in your own work as you go; the deferred items are the next stage.",
        "这是第一步：把核心技能学到入门水平，边学边用在自己的工作里；暂缓的内容是下一阶段。",
    ),
    "plan.risk.no_project": (
        "There is too little time for a portfolio project and a job search in this horizon.",
        "在这个周期内，没有足够时间做作品集项目和求职准备。",
    ),
    "plan.assume.hours": (
        "Hour estimates are the knowledge base's typical hours per skill level.",
        "学时估算采用知识库中各技能等级的典型学时。",
    ),
    "plan.assume.capacity": (
        "You can spend up to {hours} h a week from {start}; the plan uses {total} of about {capacity} h available.",
        "你从 {start} 起每周最多投入 {hours} 小时；计划安排了 {total} 小时（可用约 {capacity} 小时）。",
    ),
    "plan.assume.known": (
        "Skills you already have are not relearned: {skills}.",
        "已掌握的技能不再重复学习：{skills}。",
    ),
    "plan.assume.unknown": (
        "{count} required skill(s) are not in the knowledge base and are not planned.",
        "有 {count} 项要求的技能不在知识库中，未纳入计划。",
    ),
    "plan.assume.revised": (
        "Revised after review: each week is filled to at most 90 % of its budget.",
        "已按审核意见修订：每周最多排满预算的 90%。",
    ),
    "plan.assume.defaults": (
        "Hours per week or horizon were not given; assumed {hours} h a week for {weeks} weeks.",
        "未提供每周时间或周期；暂按每周 {hours} 小时、共 {weeks} 周规划。",
    ),
    "plan.defer.capacity": (
        "A core skill that does not fit in {weeks} weeks at {hours} h a week (needs about {need} h).",
        "核心技能，按每周 {hours} 小时、共 {weeks} 周放不下（约需 {need} 小时）。",
    ),
    "plan.defer.next_stage": (
        "The next stage, after this first step (about {need} h).",
        "入门之后的下一阶段再学（约 {need} 小时）。",
    ),
    "plan.defer.after_switch": (
        "After you switch: lower priority, about {need} h.",
        "转型之后再学：优先级较低，约 {need} 小时。",
    ),
    "plan.defer.waits_for_core": (
        "Waits until the core fits (see the options).",
        "等核心技能放得下再学（见调整建议）。",
    ),
    "plan.defer.after_core": (
        "Waits until the core fits: the core skills do not fit your hours yet (about {need} h).",
        "等核心技能放得下再学：目前核心技能还放不进你的时间（约需 {need} 小时）。",
    ),
    "plan.assume.scaled": (
        "Learning hours are scaled to your experience: {details}.",
        "学时已按你的经验调整：{details}。",
    ),
    "plan.assume.capped": (
        "You offered {asked} h a week; the plan uses {hours} h, the most that stays sustainable "
        "for months.",
        "你提出每周 {asked} 小时；计划按每周 {hours} 小时安排，这是能持续数月的上限。",
    ),
    "plan.assume.just_enough": (
        "Foundations get just enough: {names} to basic level, right before what needs them.",
        "基础只学够用：{names}学到入门水平，紧接着学需要它们的技能。",
    ),
    "plan.factor.languages": (
        "Python x{factor} because you already program in {count} languages",
        "因为你已会 {count} 门编程语言，Python 学时按 {factor} 倍计",
    ),
    "plan.factor.one_language": (
        "Python x{factor} because you already program in another language",
        "因为你已会另一门编程语言，Python 学时按 {factor} 倍计",
    ),
    "plan.factor.engineer": (
        "engineering, infra, data and LLM-application skills x{factor} for {years} years of "
        "software work",
        "因为有 {years} 年软件工作经验，工程、基础设施、数据和大模型应用类技能学时按 {factor} 倍计",
    ),
    "plan.factor.ops": (
        "infra and ops skills x{factor} because you run production systems",
        "因为你维护生产系统，基础设施和运维类技能学时按 {factor} 倍计",
    ),
    "plan.factor.refresh": (
        "skills you had before and let rest x{factor} (a refresher)",
        "以前会、搁置多年的技能按 {factor} 倍计（复习）",
    ),
    "plan.deliverable.toward_project": (
        "{name} tried on five real cases for your project ({title}), with what the AI got wrong noted.",
        "用{name}试做你项目（{title}）的 5 个真实案例，并记下 AI 出错的地方。",
    ),
    "plan.deliverable.toward_project.guarded": (
        "{name} tried on five de-identified real cases for your project ({title}), with what the AI got wrong noted.",
        "用{name}试做你项目（{title}）的 5 个脱敏真实案例，并记下 AI 出错的地方。",
    ),
    "plan.defer.capped": (
        "as far as the {hours} h asked for it reach now; {level} level after this plan",
        "先用要求的 {hours} 小时学到能达到的程度；{level}水平留到本计划之后",
    ),
    "plan.deliverable.beyond_project": (
        "{name} taken further on your project ({title}): a second task from your own work runs through it, with what the AI got wrong noted.",
        "在你的项目（{title}）上把{name}再推进一步：让你工作中的第二项任务也走这条流程，并记下 AI 出错的地方。",
    ),
    "plan.deliverable.beyond_project.guarded": (
        "{name} taken further on your project ({title}): a second task from your own work runs through it on de-identified cases, with what the AI got wrong noted.",
        "在你的项目（{title}）上把{name}再推进一步：让你工作中的第二项任务也用脱敏案例走这条流程，并记下 AI 出错的地方。",
    ),
    "plan.factor.work_skills": (
        "the soft skills and reviewing your work already practises x{factor} for {years} years in it",
        "因为你的工作已经练了 {years} 年，软技能和审核类技能学时按 {factor} 倍计",
    ),
    "plan.factor.research": (
        "ML foundations x{factor} for your research background",
        "因为有科研背景，机器学习基础类技能学时按 {factor} 倍计",
    ),
    "plan.option.longer": (
        "Keep {hours} h a week and extend the plan to {weeks} weeks (about {months} months) so "
        "the core skills fit.",
        "保持每周 {hours} 小时，把周期延长到 {weeks} 周（约 {months} 个月），让核心技能放得下。",
    ),
    "plan.option.more_hours.in_range": (
        "Keep {weeks} weeks and plan on {hours} h a week: that is within the {low}-{high} h you gave.",
        "保持 {weeks} 周不变，按每周 {hours} 小时来排：这在你说的 {low}-{high} 小时之内。",
    ),
    "plan.option.more_hours": (
        "Keep {weeks} weeks and raise your time to {hours} h a week.",
        "保持 {weeks} 周不变，把每周投入提高到 {hours} 小时。",
    ),
    "plan.option.both": (
        "Raise your time to {hours} h a week and extend the plan to {weeks} weeks (about "
        "{months} months).",
        "把每周投入提高到 {hours} 小时，并把周期延长到 {weeks} 周（约 {months} 个月）。",
    ),
    "plan.option.stone_fits": (
        "Aim first for {name}, a nearer role: its core (about {need} h) fits your time.",
        "先以更近的“{name}”为目标：其核心技能约需 {need} 小时，在你的时间内放得下。",
    ),
    "plan.option.stone_longer": (
        "Aim first for {name}, a nearer role: its core needs about {need} h, about "
        "{stone_weeks} weeks at {hours} h a week.",
        "先以更近的“{name}”为目标：其核心技能约需 {need} 小时，按每周 {hours} 小时约需 {stone_weeks} 周。",
    ),
    "plan.risk.infeasible": (
        "The core skills need about {need} h with a project and the job search, but about "
        "{capacity} h fit in {weeks} weeks.",
        "核心技能加上项目和求职约需 {need} 小时，但 {weeks} 周内大约只能安排 {capacity} 小时。",
    ),
    "plan.risk.after_switch": (
        "Scope is cut to what matters: {count} lower-priority skill(s) wait until after you "
        "switch.",
        "范围已收窄到最重要的部分：{count} 项优先级较低的技能留到转型之后。",
    ),
    "plan.rationale": (
        "{role}: {count} skills to build. The core comes first: {core}; foundations "
        "get just enough, right before what needs them.",
        "转向“{role}”共有 {count} 项技能差距。核心技能优先：{core}；基础只学够用，"
        "紧挨着需要它们的技能。",
    ),
    "plan.rationale.find_work": (
        "{role}: {count} skills to build. The core comes first: {core}; foundations "
        "get just enough, right before what needs them; then a project from your own field; "
        "then finding work with it.",
        "转向“{role}”共有 {count} 项技能差距。核心技能优先：{core}；基础只学够用，"
        "紧挨着需要它们的技能；然后做一个来自你所在行业的项目；最后带着它去求职。",
    ),
    "plan.rationale.non_coding": (
        "{role}: {count} skills to build. The core comes first: {core}; foundations "
        "get just enough, right before what needs them; then a project from your own work; "
        "then bringing it into the job you have.",
        "转向“{role}”共有 {count} 项技能差距。核心技能优先：{core}；基础只学够用，"
        "紧挨着需要它们的技能；然后做一个来自你本职工作的项目；最后把它用到现在的工作中。",
    ),
    "plan.risk.beyond": (
        "You asked about {asked}: my sources have no such role, so this plan is for {role}. "
        "Beyond it, {asked} would need {skills}; the plan adds them where your hours allow "
        "(see the items and Deferred).",
        "你问的是“{asked}”：资料里没有这个岗位，所以这份计划是“{role}”。除此之外，“{asked}”"
        "还需要{skills}；计划在时间允许时加进来（见各项和暂缓）。",
    ),
    "plan.risk.ends_early": (
        "The work ends in week {week} of {horizon}: the weeks after are yours, a buffer or a "
        "head start on what is deferred.",
        "计划内容在第 {week} 周（共 {horizon} 周）完成：之后的时间由你安排，可作缓冲，也可提前学暂缓的内容。",
    ),
    "plan.rationale.core_from": ("{skill} from week {week}", "{skill}（第 {week} 周起）"),
    "plan.rationale.core_waits": ("{skill} waits (see Deferred)", "{skill}（暂缓，见下文）"),
    "plan.rationale.no_project": (
        "{role}: {count} skills to build. The core comes first: {core}; foundations "
        "get just enough, right before what needs them. There is no time left for a "
        "portfolio project or a job search in this horizon.",
        "转向“{role}”共有 {count} 项技能差距。核心技能优先：{core}；基础只学够用，"
        "紧挨着需要它们的技能。在这个周期内没有时间再做作品集项目和求职准备。",
    ),
    "plan.ambition.top_lab": (
        "A job at {company} in {months} months from your start is not realistic: the sources put "
        "AI labs like OpenAI and Anthropic at $300K+ a year, the pay of engineers with 4-7 years "
        "of AI work, and even a developer with a base takes about 12 months to switch.",
        "从你现在的基础出发，{months} 个月内进入{company}并不现实：资料显示 OpenAI、Anthropic 等 AI "
        "公司年薪 30 万美元起，对应 4-7 年 AI 工作经验的水平；即使有开发基础的人，转型也要约 12 个月。",
    ),
    "plan.ambition.top_lab.alt": (
        "Aim first for a junior {role} role at a company that ships LLM products; keep {company} "
        "as a goal for after two or three years of shipped AI work.",
        "先瞄准在做大模型产品的公司里的初级{role}岗位；把{company}作为积累两三年 AI 实战经验之后的目标。",
    ),
    "plan.ambition.pay": (
        "{figure} is above every pay band the sources give for your level ({level}): the highest "
        "is {band}.",
        "{figure}高于资料中你这个级别（{level}）的所有薪资区间：最高为 {band}。",
    ),
    "plan.ambition.pay.alt": (
        "Plan on the band for your level ({band}) for the first role; higher pay follows shipped "
        "work and the next level.",
        "第一份工作按你这个级别的区间（{band}）来预期；更高的薪资要靠做出成果、升到下一级。",
    ),
    "plan.ambition.burnout": (
        "{asked} h a week next to the rest of your life leads to burnout within weeks; "
        "learning sticks better at a pace you can keep.",
        "每周 {asked} 小时，再加上生活中的其他事情，几周内就会透支；能长期坚持的节奏学得更扎实。",
    ),
    "plan.ambition.burnout.alt": (
        "The plan uses {hours} h a week; if you have more time, rest, or use it for practice "
        "and real projects rather than more material.",
        "计划按每周 {hours} 小时安排；如果还有余力，用来休息，或用来练习和做真实项目，而不是堆更多资料。",
    ),
    "plan.ambition.timeline": (
        "{months} months is far shorter than the sources' staged paths from your start "
        "(about {path} months: foundations, a side project, then production-readying and the "
        "job search).",
        "{months} 个月远短于资料中从你这个起点出发的分阶段路径（约 {path} 个月：打基础、做项目、"
        "再工程化和求职）。",
    ),
    "plan.ambition.timeline.alt": (
        "Treat the first {months} months as the foundations stage and plan the switch for about "
        "{path} months out.",
        "把前 {months} 个月当作打基础阶段，把真正转型的时间点定在约 {path} 个月之后。",
    ),
    "plan.ambition.seniority": (
        "{role} is a senior role: the sources put it at about {entry}+ years of relevant "
        "experience, and by the end of this plan you would have about {years}.",
        "{role}是资深岗位：资料中大约需要 {entry} 年以上的相关经验，而到计划结束时你大约有 {years} 年。",
    ),
    "plan.ambition.seniority.alt": (
        "Use this plan to move into the AI work closest to what you do now, and aim at {role} "
        "once you have about {entry} years of it.",
        "先用这份计划转到与你现在工作最接近的 AI 岗位，积累到约 {entry} 年相关经验后再冲{role}。",
    ),
    "plan.ambition.company_generic": ("a top AI lab", "顶尖 AI 公司"),
    "plan.defer.needed_by": (
        "Only needed for {name}, which waits too.",
        "只在学{name}时需要，一并推迟。",
    ),
    "plan.defer.later": (
        "Not needed for what this plan takes on; after you switch.",
        "本计划安排的内容暂时用不到，转型之后再学。",
    ),
    "plan.defer.deeper": (
        "Only needed for deeper {name} than this plan takes it; after you switch.",
        "只有把{name}学得更深时才需要，转型之后再学。",
    ),
    "plan.job.step.resume": (
        "Resume: lead with the portfolio project and what your current job already taught you.",
        "更新简历：以作品集项目和现有工作中已具备的能力开篇。",
    ),
    "plan.job.step.writeup": (
        "Project write-up: architecture, key decisions and trade-offs, measured results.",
        "写好项目说明：架构、关键决策及取舍、实测结果。",
    ),
    "plan.job.step.mock": (
        "Two mock interviews on the interview topics; after each, note what to improve.",
        "围绕面试准备的题目做两次模拟面试，每次记下要改进的地方。",
    ),
    "plan.job.step.apply": (
        "Apply to at least 10 matching roles and track each application.",
        "投递至少 10 个匹配岗位，并记录每份申请的进展。",
    ),
    "plan.job.step.non_coding.demo": (
        "Run the workflow on real work for two weeks and show it to your team or manager.",
        "在真实工作中用这套流程跑两周，并向团队或上级演示。",
    ),
    "plan.job.step.non_coding.case": (
        "Write a one-page case: the task before and after, the time saved, what a person still "
        "checks.",
        "写一页案例：改造前后的做法、节省的时间、哪些环节仍由人把关。",
    ),
    "plan.job.step.non_coding.share": (
        "Teach one colleague to use it on their own work and write down what they would change.",
        "教会一位同事在自己的工作中使用，并记下对方的修改建议。",
    ),
    "plan.job.step.non_coding.cv": (
        "Add what you built and its measured effect to your CV and profile; ask for the AI "
        "work in your next review.",
        "把做成的东西和实测效果写进简历和个人资料；在下次绩效沟通时争取负责相关的 AI 工作。",
    ),
}
