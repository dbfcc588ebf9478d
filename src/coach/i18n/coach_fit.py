"""Messages for the coach area, questions of fit after approval (engine/answers_fit.py): work
for clients, a line of work, a language, hardware, own data (en, zh); see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "coach.f.project": (
        "your project, {title} (weeks {start}-{end})",
        "你的项目“{title}”（第 {start}-{end} 周）",
    ),
    "coach.f.clients": (
        "Mostly yes: clients pay for the same skills your plan builds ({skills}); what changes "
        "is the work around them:",
        "基本适用：客户买单的正是这份计划练的技能（{skills}）；变的是这些技能之外的事：",
    ),
    "coach.f.clients_project": (
        "becomes your sample for clients: build it as something a client of yours would buy "
        "(tell me the kind of client and I'll ask your mentor to set the project for them).",
        "会成为你给客户看的样品：把它做成你的客户会买的东西（告诉我是哪类客户，我请导师按他们调整项目）。",
    ),
    "coach.f.clients_talk_planned": (
        "Scoping work with clients and explaining it: your plan trains it ({skill}).",
        "和客户谈需求、讲清方案：计划里有这部分（{skill}）。",
    ),
    "coach.f.clients_talk": (
        "Scoping work with clients and explaining it: your plan does not train it; your "
        "experience as {role} is what you bring there.",
        "和客户谈需求、讲清方案：计划里没有专门练，你做{role}的经验就是这方面的底子。",
    ),
    "coach.f.clients_unknown": (
        "My sources cover skills, roles and pay in jobs; they do not cover freelance rates, "
        "contracts or finding clients, so I can't advise on those.",
        "我的资料讲的是岗位的技能、角色和薪资，不涉及接单报价、合同或怎么找客户，这些我给不了建议。",
    ),
    "coach.f.clients_hours": (
        "Paid work takes hours from your {hours} h a week: if it does, tell me the hours you "
        "really have left and I'll re-plan from now.",
        "接活会占用你每周 {hours} 小时的学习时间：如果占了，告诉我实际还剩几小时，我从现在起重新安排。",
    ),
    "coach.f.work_is_skill": (
        "In my sources {asked} is not a role of its own: it is a skill ({skill}) that these roles "
        "ask for: {roles}. So they cannot tell you how many such jobs there are or what they pay.",
        "在我的资料里，{asked}不是一个单独的岗位，而是一项技能（{skill}），这些岗位会要求它：{roles}。"
        "所以我的资料说不清这类岗位有多少、薪资如何。",
    ),
    "coach.f.in_plan": ("In your plan:", "你的计划里："),
    "coach.f.not_in_plan": (
        "Your plan does not teach {skill}; if that is the work you want, say so and I'll send a "
        "re-plan to your mentor.",
        "你的计划没有安排{skill}；如果这正是你想做的，告诉我，我会把调整后的计划交给导师审批。",
    ),
    "coach.f.background": (
        "Your background as {role} is the kind of experience this work builds on.",
        "你做{role}的背景正是这类工作要用到的经验。",
    ),
    "coach.f.work_unknown": (
        "{asked} is not a role in my sources, so I can't tell you how many such jobs there are "
        "or what they pay. Your plan is for {target}; what you learn carries over to companies in "
        "that field.",
        "我的资料里没有“{asked}”这个岗位，说不清这类工作有多少、薪资如何。你的计划面向{target}，学到的东西"
        "可以带到这个领域的公司里用。",
    ),
    "coach.f.work_unknown_project": (
        "If that field is where you want to work, {project} can be set in it: ask and I'll send "
        "it to your mentor.",
        "如果你想在这个领域工作，{project}可以改成这个领域的题目：告诉我，我交给导师审批。",
    ),
    "coach.f.lang_yes": (
        "Yes, {other} can do the model side too: the LLM APIs are web APIs, so you can call them "
        "from {other}.",
        "可以：大模型的接口是 Web API，用 {other} 也能直接调用。",
    ),
    "coach.f.lang_plan": (
        "Your plan still teaches {language} ({hours} h)",
        "但计划里仍安排了 {language}（{hours} 小时）",
    ),
    "coach.f.lang_role": (
        ", because {role} asks for {language} in my sources",
        "，因为资料里的{role}要求 {language}",
    ),
    "coach.f.lang_later": (
        "; and what comes after it in your plan builds on it: {items}.",
        "；计划里后面这些内容都以它为基础：{items}。",
    ),
    "coach.f.lang_keep": (
        "So keep {other} for what you build in it now, and learn {language} to the level the plan "
        "sets; if the postings you target ask for {other} instead, tell me and I'll re-plan.",
        "所以：{other} 继续用在你现在做的东西上，{language} 学到计划要求的程度即可；如果你瞄准的岗位要的是 "
        "{other}，告诉我，我重新安排。",
    ),
    "coach.f.hw_tool": (
        "My sources file {tool} under {skill}, which your plan does not teach.",
        "在我的资料里，{tool} 属于{skill}，你的计划没有安排它。",
    ),
    "coach.f.hw_plan": (
        "For the hardware you name ({boards}), what your plan teaches is this:",
        "针对你说的硬件（{boards}），你的计划安排的是：",
    ),
    "coach.f.hw_unknown": (
        "My sources do not say which tools run on {boards}: check that in the chip vendor's "
        "documentation before you spend time on {tool}.",
        "我的资料没有说明 {boards} 上能跑哪些工具：在花时间学 {tool} 之前，先查芯片厂商的文档确认。",
    ),
    "coach.f.unknown": (
        "My sources do not cover {names}, so I can't answer that part from them.",
        "我的资料没有涉及 {names}，这部分我没法根据资料回答。",
    ),
    "coach.f.closest": ("What your plan covers that is closest:", "你的计划里最相关的是："),
    "coach.f.closest_project": (
        "What your plan covers that is closest: {project}, built on your own data and work.",
        "你的计划里最相关的是{project}，用的正是你自己的数据和工作。",
    ),
    "coach.f.data_yes": (
        "Yes, as a start: your own data is what {project} is built on.",
        "可以，先从它开始：{project}用的就是你自己的数据。",
    ),
    "coach.f.data_how": (
        "Getting it ready (exported, cleaned, split into training and test sets) is part of that "
        "project, with the skills it uses: {skills}.",
        "把数据导出、清洗、划分训练集和测试集，本身就是这个项目的一部分，用到的技能是：{skills}。",
    ),
    "coach.f.data_unknown": (
        "How much data is enough my sources do not say: start with what you have, measure on "
        "held-out cases, and add more where the errors are.",
        "需要多少数据，我的资料没有给出数字：先用手上已有的，留出一部分做测试，误差大的地方再补数据。",
    ),
    "coach.f.work_closest": (
        "The closest roles I do have: {roles}.",
        "我资料里最接近的岗位：{roles}。",
    ),
    "coach.f.ai_can": (
        "Often yes, as a first draft a person checks: that is how AI is used for work like "
        "this ({task}).",
        "很多情况下可以，做成初稿、由人来把关：这类工作（{task}）AI 通常就是这样用的。",
    ),
    "coach.f.ai_can_plan": (
        "Your plan trains exactly that:",
        "你的计划练的正是这个：",
    ),
    "coach.f.ai_can_build": (
        "Building such a system yourself is another skill, {skill} (about {hours} h to working "
        "level), which your plan does not teach; using it well is what the plan covers.",
        "自己开发这样的系统是另一项技能：{skill}（学到熟练约 {hours} 小时），计划没有安排；计划练的是用好它。",
    ),
    "coach.f.ai_can_unknown": (
        "How well it does {task} my sources do not say: try it on a few of your own real cases "
        "and keep only what you would sign off yourself.",
        "它在“{task}”上做得多好，我的资料没有说：先拿几份你自己的真实案例试一试，只留下你自己愿意签字认可的结果。",
    ),
    "coach.f.lang_both": (
        "Both can do it: the LLM APIs are web APIs, so {other} can call them too.",
        "两个都能做：大模型的接口是 Web API，{other} 也能直接调用。",
    ),
    "coach.f.same_item": (
        "Your plan teaches {names} together, as one skill ({skill}):",
        "计划里 {names} 是放在一起学的，属于同一项技能（{skill}）：",
    ),
    "coach.f.same_item_order": (
        "My sources do not rank one before the other: follow the order of the item's material, "
        "and use the one the postings you target name.",
        "我的资料没有说先学哪个：按这一项资料的顺序来，投递的岗位点名要哪个，就多练哪个。",
    ),
    "coach.f.together_order": (
        "Better one after the other: {second} builds on {first}, so your plan has {first} in "
        "weeks {a} and {second} in weeks {b}.",
        "最好先后来学：{second}以{first}为基础，所以计划把{first}放在第 {a} 周，{second}放在第 {b} 周。",
    ),
    "coach.f.together_overlap": (
        "Yes, they can overlap: your plan has {first} in weeks {a} and {second} in weeks {b}, and "
        "neither needs the other first.",
        "可以交叉着学：计划里{first}在第 {a} 周，{second}在第 {b} 周，两者互不依赖。",
    ),
    "coach.f.together_tip": (
        "Whatever the order, finish one small working piece before you start the next: two "
        "half-done things teach less than one done.",
        "不管顺序如何，先做完一个能跑的小东西再开始下一个：两个做了一半的东西，不如一个做完的学到的多。",
    ),
    "coach.f.explain": (
        "In practice, {skill} means you can build this: {build}.",
        "落到实处，{skill}就是能做出这样的东西：{build}。",
    ),
    "coach.f.level_1": ("basic", "入门"),
    "coach.f.level_2": ("working", "熟练"),
    "coach.f.level_3": ("advanced", "精通"),
    "coach.f.need_core": (
        "Yes: in my sources {skill} is core for {role}, asked at {level} level; your plan takes it "
        "to {planned} level ({hours} h).",
        "需要：在我的资料里，{skill}是{role}的核心技能，要求{level}水平；你的计划把它学到{planned}水平（{hours} 小时）。",
    ),
    "coach.f.need_support": (
        "Not at its centre: {role} asks for {skill} at {level} level, as a supporting skill; your "
        "plan gives it {hours} h, to {planned} level, and for a first job that is enough. If you "
        "want it out, tell me and your mentor decides.",
        "不是核心：{role}把{skill}当作辅助技能，要求{level}水平；计划给了它 {hours} 小时，学到{planned}水平，"
        "找第一份工作够用了。如果想去掉，告诉我，由导师决定。",
    ),
    "coach.f.no_ml_needed": (
        "On the ML side: {role} does ask for {skills} in my sources, and your plan teaches it from zero.",
        "关于机器学习：资料里的{role}确实要求{skills}，你的计划会从零教起。",
    ),
    "coach.f.no_ml_fine": (
        "On the ML side: my sources do not ask {role} for machine-learning training skills; it is "
        "software work on top of models, which your plan teaches.",
        "关于机器学习：我的资料没有要求{role}具备训练模型的机器学习技能；这是在模型之上的软件工作，计划里都会教。",
    ),
    "coach.f.startup": ("On start-ups, my sources say: {text}", "关于初创公司，资料里说：{text}"),
    "coach.f.startup_none": (
        "My sources say nothing specific about start-ups: the verdict above is for the role in general.",
        "我的资料没有专门讲初创公司：上面的判断是针对这个岗位总体而言的。",
    ),
    "coach.f.lang_cost_known": (
        "For you {other} to working level is about {hours} h, since you know {known}.",
        "对你来说，{other}学到熟练大约 {hours} 小时，因为你已经会{known}。",
    ),
    "coach.f.lang_cost": (
        "{other} to working level would take about {hours} h.",
        "{other}学到熟练大约需要 {hours} 小时。",
    ),
    "coach.f.lang_libraries": (
        "My sources do not cover the AI libraries and agent frameworks for {other}, so I can't "
        "compare them with the plan's.",
        "我的资料没有涉及 {other} 的 AI 库和智能体框架，没法和计划里用的做比较。",
    ),
    "coach.f.lang_later_too": (
        "So learn {language} to the level the plan sets first; add {other} after, or earlier if "
        "the postings you target ask for it: then tell me and I'll re-plan.",
        "所以先把 {language} 学到计划要求的程度；{other} 之后再补，如果你瞄准的岗位明确要求，告诉我，我提前安排。",
    ),
    "coach.f.roles_ours": (
        "Your plan aims at {role}; the skills the two share are the ones your plan starts with.",
        "你的计划面向{role}；两者共有的技能，正是你计划开头要学的。",
    ),
    "coach.f.roles_other": (
        "Your plan aims at {role}, neither of these; if one of them is what you want, say so and "
        "I'll send a re-plan to your mentor.",
        "你的计划面向{role}，不是这两个；如果你想转向其中一个，告诉我，我把重新规划的方案交给导师。",
    ),
    "coach.f.roles_head": (
        "What each one does, in my sources:",
        "在我的资料里，两者分别是做什么的：",
    ),
    "coach.f.math_fine": (
        "On the maths: my sources do not ask {role} for the maths behind models; nothing in your "
        "plan needs more than the arithmetic of your own work.",
        "关于数学：我的资料没有要求{role}掌握模型背后的数学；你的计划里没有哪一项需要超出你日常工作的计算。",
    ),
    "coach.f.math_needed": (
        "On the maths: {role} does ask for {skills} in my sources; your plan teaches it from the "
        "start, at the level the role needs, with practice on your own data.",
        "关于数学：资料里的{role}确实要求{skills}；你的计划会从头教起，只学到岗位需要的程度，并用你自己的数据练习。",
    ),
    "coach.f.ai_can_people": (
        "But not with identifiable data as it is: names, record numbers and details that point "
        "to a person stay out of a public chatbot. Use the tool your employer approves, or "
        "de-identify first, and you check and sign every line before it is used.",
        "但不能把能识别个人的信息原样放进去：姓名、编号和能指向某个人的细节不能进公共聊天机器人。用单位批准的工具，"
        "或先脱敏；每一行都由你核对、签字后才能用。",
    ),
    "coach.f.no_experience": (
        "On experience: my sources say “{fact}”. Without an internship, your finished project "
        "({project}) with measured results is what stands in for it: put it first on your CV.",
        "关于经验：资料里说“{fact}”。没有实习，就用做完的作品集项目（{project}）和可量化的结果来代替：把它放在简历最前面。",
    ),
    "coach.f.no_experience_plain": (
        "On experience: without an internship, your finished project ({project}) with measured "
        "results is what stands in for it: put it first on your CV.",
        "关于经验：没有实习，就用做完的作品集项目（{project}）和可量化的结果来代替：把它放在简历最前面。",
    ),
    "coach.f.stack_not_needed": (
        "You don't need to learn {language} for this plan: your company's {language} systems can "
        "call an LLM service over its web API like any other service, so the AI part is built "
        "with {build} and plugged in. Enough {language} to read the code and talk with its "
        "developers is what helps.",
        "不需要为这个计划专门学{language}：你们公司的{language}系统可以像调用其他服务一样，通过接口调用大模型服务，"
        "AI 部分用{build}做好再接进去。能看懂{language}代码、和开发同事沟通，就够用了。",
    ),
    "coach.f.stack_known": (
        "Your {language} is an asset here: your company's {language} systems call an LLM "
        "service over its web API like any other service, and you can wire the AI part built "
        "with {build} into them yourself.",
        "你会{language}，这正是优势：你们公司的{language}系统通过接口调用大模型服务，和调用其他服务一样；"
        "用{build}做好的 AI 部分，你可以自己接进去。",
    ),
    "coach.f.stack_later": (
        "Learning {language} to working level (about {hours} h in my sources) is for after the "
        "switch, or for when a job you target asks for it.",
        "把{language}学到熟练（资料估计约 {hours} 小时）可以放到转型之后，或等你瞄准的岗位明确要求时再学。",
    ),
    "coach.f.stack_plan_tools": ("the plan's tools", "计划里的工具"),
    "coach.f.misfit_head": (
        "Fair question: a plan item that does not fit your work is worth raising.",
        "问得好：计划里和你工作对不上的内容，就该提出来。",
    ),
    "coach.f.misfit_core": (
        "{skill} is in your plan because {role} asks for it as a core skill in my sources.",
        "{skill}在计划里，是因为资料里的{role}把它列为核心技能。",
    ),
    "coach.f.misfit_project": (
        "{skill} is in your plan because your project ({project}) uses it.",
        "{skill}在计划里，是因为你的作品集项目（{project}）要用到它。",
    ),
    "coach.f.misfit_support": (
        "{skill} is in your plan as a support for what comes after it, not for its own sake.",
        "{skill}在计划里是为后面的内容打基础，不是为它本身。",
    ),
    "coach.f.misfit_change": (
        "If it still does not fit your work, ask your mentor to take it out or swap it for what "
        "your work needs (for example “take out {skill}”); its {hours} h go to the rest. Until they "
        "decide, do the parts of it you can use.",
        "如果它确实和你的工作对不上，请导师把它去掉或换成你工作需要的内容（例如“去掉{skill}”），它的 {hours} "
        "小时会分给其他内容。导师决定前，先学其中你用得上的部分。",
    ),
    "coach.f.trust_head": (
        "It is a fair worry, and trust is earned the same way it is for any new method: by "
        "showing how each result was reached.",
        "这个担心很正常；信任要靠证明：和任何新方法一样，让人看到每个结论是怎么得出来的。",
    ),
    "coach.f.trust_how": (
        "Let AI do the first pass and you the check; keep every finding traced to its evidence "
        "(the quote, the row, the source); do one piece of work both ways, side by side, and show "
        "where they agree and differ; and sign off each result yourself.",
        "让 AI 做第一遍、你来核对；每条结论都附上依据（原话、数据行、出处）；挑一项工作用新旧两种方法各做一遍，"
        "并排展示哪里一致、哪里不同；每个结果由你签字确认。",
    ),
    "coach.f.trust_plan": ("Your plan trains exactly that:", "你的计划里专门练这一点："),
}
