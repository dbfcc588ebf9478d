"""Messages for the plan area (en, zh). Keys are prefixed by area; see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "plan.level.0": (
        "none",
        "零基础",
    ),
    "plan.level.1": (
        "basic",
        "入门",
    ),
    "plan.level.2": (
        "working",
        "熟练",
    ),
    "plan.level.3": (
        "expert",
        "精通",
    ),
    "plan.phase.foundations": (
        "Foundations",
        "打基础",
    ),
    "plan.phase.core": (
        "Core skills",
        "核心技能",
    ),
    "plan.phase.core_project": (
        "Core skills the project needs",
        "项目所需的核心技能",
    ),
    "plan.phase.core_after": (
        "The rest of the core",
        "其余核心技能",
    ),
    "plan.phase.project": (
        "Portfolio project",
        "作品集项目",
    ),
    "plan.phase.job_search": (
        "Job search and interviews",
        "求职与面试",
    ),
    "plan.item.learn": (
        "{name}: learn to {to} level",
        "{name}：学到{to}水平",
    ),
    "plan.item.deepen": (
        "{name}: from {frm} to {to} level",
        "{name}：从{frm}提升到{to}水平",
    ),
    "plan.item.first_share": (
        "{name}: just enough to start {core}",
        "{name}：先学够开始{core}所需的部分",
    ),
    "plan.item.the_core": ("the core", "核心技能"),
    "plan.item.toward": (
        "{name}: a first part toward {to} level (the rest after this plan)",
        "{name}：先朝{to}水平推进一部分（其余留到之后）",
    ),
    "plan.item.capped_reach": (
        "{name}: to {at} level, then part of the way to {to} (within the {hours} h limit)",
        "{name}：学到{at}水平，再朝{to}水平推进一部分（限定 {hours} 小时内）",
    ),
    "plan.item.capped_toward": (
        "{name}: part of the way to {to} level (within the {hours} h limit)",
        "{name}：朝{to}水平推进一部分（限定 {hours} 小时内）",
    ),
    "plan.item.rest": (
        "{name}: the rest, to {to} level",
        "{name}：补完其余部分，达到{to}水平",
    ),
    "plan.item.deliverable": (
        "A small public project that uses {name} at {to} level, with a README.",
        "一个用到{name}（{to}水平）的小型公开项目，附 README。",
    ),
    "plan.check.code.basic": (
        "It runs from a fresh clone by following its README, and you can explain each step to your mentor.",
        "按照 README 能从全新克隆运行起来，并能向导师讲清每一步。",
    ),
    "plan.check.code.working": (
        "It runs from a fresh clone, its automated tests pass, and a short note explains one design decision and its trade-off.",
        "能从全新克隆运行，自动化测试通过，并有一段简短说明讲清一个设计决策及其取舍。",
    ),
    "plan.check.prompt.basic": (
        "The test cases run on the first draft and on the final prompt; your mentor re-runs two of them and gets the same result.",
        "测试用例分别在初稿和定稿提示词上跑过；导师抽取其中两个重跑，结果一致。",
    ),
    "plan.check.prompt.working": (
        "A before/after table scores the first draft and the final prompt on every test case, including hard and adversarial ones; your mentor re-runs three cases and explains which change helped most.",
        "用对比表给初稿和定稿提示词在每个测试用例（含难例和对抗样例）上打分；导师抽取三个用例重跑，并说明哪一处修改帮助最大。",
    ),
    "plan.check.document.basic": (
        "Your mentor reads it and can explain it back in their own words; every point the deliverable names is covered.",
        "导师读完后能用自己的话复述；成果要求的每一点都有覆盖。",
    ),
    "plan.check.document.working": (
        "Your mentor and one person who does this work review it; it covers every point the deliverable names, with real examples from your field, and their comments are answered in a second version.",
        "由导师和一位从事该工作的人审阅：成果要求的每一点都有覆盖，并配有你所在领域的真实例子；他们的意见在第二版中逐条回应。",
    ),
    "plan.check.talk.basic": (
        "You give it to your mentor; they can retell the main point, and you note the questions you could not answer yet.",
        "你讲给导师听；导师能复述要点，你记下暂时答不上来的问题。",
    ),
    "plan.check.talk.working": (
        "You give it to a small audience without a technical background; they can retell the main point, and you answer their questions or follow up in writing.",
        "你讲给一小群没有技术背景的听众；他们能复述要点，你当场回答提问或会后书面跟进。",
    ),
    "plan.check.review.basic": (
        "Your mentor applies your checklist to five of the outputs you reviewed and reaches the same decisions; every rejection has a written reason.",
        "导师用你的清单复核其中五份已审产出，得出相同结论；每一次否决都有书面理由。",
    ),
    "plan.check.review.working": (
        "Your mentor applies your checklist to five of the outputs you reviewed and reaches the same decisions; every rejection has a written reason, and the checklist has been revised once from what the reviews taught you.",
        "导师用你的清单复核其中五份已审产出，得出相同结论；每一次否决都有书面理由，并根据审核中的收获把清单修订过一次。",
    ),
    "plan.check.automation.basic": (
        "Shown live to your mentor on a real input: it runs end to end and you can explain each step.",
        "用真实输入向导师现场演示：流程能从头跑到尾，你能讲清每一步。",
    ),
    "plan.check.automation.working": (
        "Shown live to your mentor on real inputs: it runs end to end without you, one failure case is handled, the step where a person approves is marked, and the time saved is measured against doing it by hand.",
        "用真实输入向导师现场演示：无需你值守即可从头跑到尾，处理了一种失败情况，标明由人审批的环节，并与手工完成相比测出节省的时间。",
    ),
    "plan.project.deliverable": (
        "{title}: {description} Delivered as a runnable demo with a README and an architecture diagram.",
        "{title}：{description}以可运行的演示交付，附 README 和架构图。",
    ),
    "plan.project.check": (
        "A demo runs from a fresh clone; quality, latency and cost are measured and shown in a before/after table; the key decisions and their trade-offs are written down.",
        "能从全新克隆运行演示；质量、延迟和成本有实测数据，并整理成优化前/后对比表；关键决策及其取舍有书面记录。",
    ),
    "plan.project.deliverable.no_code": (
        "{title}: {description} Delivered as a working demo on real cases from your field, with a one-page write-up and a diagram of the flow.",
        "{title}：{description}以基于你所在领域真实案例的可用演示交付，附一页说明和流程图。",
    ),
    "plan.project.deliverable.guarded": (
        "{title}: {description} Delivered as a runnable demo on de-identified or synthetic data (no names or identifiers reach an AI service), with a README and an architecture diagram.",
        "{title}：{description}在脱敏或合成数据上以可运行的演示交付（姓名和身份信息不进入任何 AI 服务），附 README 和架构图。",
    ),
    "plan.project.check.guarded": (
        "A demo runs from a fresh clone on de-identified data; quality, latency and cost are measured in a before/after table; what a person checks and signs before any output is used is written down.",
        "能从全新克隆在脱敏数据上运行演示；质量、延迟和成本有实测的前后对比表；书面写明任何输出被使用前由谁核对、签字。",
    ),
    "plan.project.deliverable.no_code.guarded": (
        "{title}: {description} Delivered as a working demo on de-identified cases from your field (no names or identifiers go into an AI tool), with a one-page write-up and a diagram of the flow.",
        "{title}：{description}以基于你所在领域脱敏案例的可用演示交付（姓名和身份信息不进入任何 AI 工具），附一页说明和流程图。",
    ),
    "plan.project.check.no_code.guarded": (
        "Shown live to your mentor on de-identified inputs; time spent and error rate before and after are in a table; every AI draft is checked and signed by you before it is used, and that step is written down.",
        "用脱敏后的真实输入向导师现场演示；用对比表列出使用前后的耗时和出错率；每份 AI 草稿都由你核对签字后才使用，并把这一环节写成书面规定。",
    ),
    "plan.project.check.no_code": (
        "Shown live to your mentor on real inputs; time spent and error rate before and after are in a table; the steps that stay with a person, and who signs off, are written down.",
        "用真实输入向导师现场演示；用对比表列出使用前后的耗时和出错率；书面写明哪些环节仍由人负责、由谁最终拍板。",
    ),
    # the slots of a project for a field the table does not know, from the person's own words
    "plan.own.documents": (
        "the manuals, rules and records of your work ({role})",
        "你工作中（{role}）常用的手册、规定和记录",
    ),
    "plan.own.people": ("colleagues in your line of work", "你这一行的同事"),
    "plan.own.expert": ("you, from your own experience", "凭自己经验把关的你"),
    "plan.own.inputs": (
        "the requests and paperwork that reach you each week ({role})",
        "你（{role}）每周收到的请求和单据",
    ),
    "plan.own.outputs": (
        "the replies, reports and records you now write by hand",
        "你现在要手写的回复、报告和记录",
    ),
    "plan.own.data": ("the records your work keeps", "你工作中积累的记录"),
    "plan.own.team": ("the people you work with ({role})", "你（{role}）身边的同事"),
    "plan.capstone.title": (
        "Capstone: {names}",
        "综合项目：{names}",
    ),
    "plan.capstone.description": (
        "Build one end-to-end application that uses {names}; deploy it and measure it.",
        "做一个端到端应用，用上{names}；把它部署起来并做实测。",
    ),
    "plan.phase.job_search.non_coding": ("Bring it into your work", "用到你的工作中"),
    "plan.phase.job_search.find_work": ("Finding work", "求职"),
    "plan.progress.deliverable": (
        "Progress check on {title}: notes and exercises so far pushed to your repository.",
        "进度检查（{title}）：目前的笔记和练习已提交到你的代码仓库。",
    ),
    "plan.deliverable.own_data": (
        "{name} on data from your own research: a simple baseline, a model that beats it, and an honest evaluation.",
        "{name}用在你自己研究的数据上：一个简单基线、一个胜过它的模型，以及如实的评估。",
    ),
    "plan.progress.midway": (
        "Progress check, {title}: the work so far in your repository.",
        "进度检查（{title}）：目前的练习已提交到代码仓库。",
    ),
    "plan.progress.midway.no_code": (
        "Progress check, {title}: notes and drafts so far shared with your mentor.",
        "进度检查（{title}）：目前的笔记和草稿已分享给导师。",
    ),
    "plan.progress.check": (
        "Your mentor looks at the commits and you give a 5-minute walkthrough of what you learned.",
        "导师查看提交记录，你用 5 分钟讲解学到的内容。",
    ),
    "plan.progress.deliverable.no_code": (
        "Progress check on {title}: notes, drafts and exercises so far shared with your mentor.",
        "进度检查（{title}）：目前的笔记、草稿和练习已分享给导师。",
    ),
    "plan.progress.check.no_code": (
        "Your mentor reads the drafts and you give a 5-minute walkthrough of what you learned.",
        "导师阅读草稿，你用 5 分钟讲解学到的内容。",
    ),
    "plan.interview.project": (
        "Walk through your portfolio project: architecture, key decisions, trade-offs and measured results.",
        "讲清你的作品集项目：架构、关键决策、权衡取舍和实测数据。",
    ),
    "plan.interview.skill": (
        "Explain {name} with an example from your own work or project.",
        "结合自己的工作或项目，讲清{name}。",
    ),
    "plan.message": (
        "Your plan for {role}: {weeks} weeks, up to {hours} h a week, {total} h scheduled.",
        "你转向“{role}”的计划：共 {weeks} 周，每周最多 {hours} 小时，已安排 {total} 小时。",
    ),
    "plan.message.infeasible": (
        " The full goal does not fit: {count} skill(s) are deferred; options are attached.",
        "完整目标在现有时间内放不下：{count} 项技能已推迟，附有备选方案。",
    ),
    "plan.message.infeasible_no_project": (
        " The skills fit, but a portfolio project and the job search do not; options are attached.",
        "技能部分放得下，但作品集项目和求职准备放不下，附有备选方案。",
    ),
    "plan.list.sep": (
        ", ",
        "、",
    ),
    # ---- new in the core-first planner
    "plan.phase.supporting": ("Production-readying and supporting skills", "工程化与配套技能"),
    "plan.phase.supporting.non_coding": ("Supporting skills", "配套技能"),
    "plan.strength": ("{name} ({level}): {evidence}", "{name}（{level}）：{evidence}"),
    "plan.evidence.done_in_plan": (
        "done in plan v{version}, {weeks}",
        "已在计划 v{version} 的{weeks}完成",
    ),
    "plan.weeks_span": ("weeks {a}-{b}", "第 {a}-{b} 周"),
    "plan.week_one": ("week {week}", "第 {week} 周"),
    "plan.evidence.field": ("from your background: {words}", "来自你的背景：{words}"),
    "plan.evidence.rusty": (
        "one level lower after {years} years away (a refresher); before: {words}",
        "离开 {years} 年，按低一级计（需要复习）；此前：{words}",
    ),
    "plan.message.ambition": (
        " Some of what you hoped for is not realistic yet; the plan says why and what to aim for "
        "instead.",
        "你的部分期望目前还不现实；计划里写明了原因和更现实的目标。",
    ),
    "plan.project.uses": ("Built with {names}.", "用到：{names}。"),
}
