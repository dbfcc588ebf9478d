"""Messages of the coach's answers about the person's field and market, their situation and
their story after approval (area ``coach``: engine/answers_market.py, answers_story.py,
answers_life.py)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # a question about the person's field and its market (engine/answers_market.py)
    "coach.m.fear": (
        "It's a fair worry, and it has a concrete answer.",
        "这个担心很正常，而且有具体的答案。",
    ),
    "coach.m.replaced": (
        "Partly, not wholesale. For {field}, AI takes over the repetitive part first (typing, "
        "copying, reformatting); checking the output, handling the exceptions and deciding stay "
        "with people, and so does running the automation.",
        "会取代一部分，但不是整份工作：{field}里重复的部分（录入、搬运、改格式）最先交给 AI；核对结果、"
        "处理例外、拍板决定，以及把自动化跑起来、管起来，仍然要人来做。",
    ),
    "coach.m.replaced_code": (
        "Partly, not wholesale. For {field}, AI takes over the routine work first (boilerplate, "
        "CRUD, simple fixes, standard tests); architecture, integration, diagnosis and turning a "
        "business need into a working system stay with people.",
        "会取代一部分，但不是整份工作：{field}里的常规活（样板代码、增删改查、简单修复、标准测试）最先交给 "
        "AI；架构设计、系统集成、问题诊断、把业务需求变成能运行的系统，仍然要人来做。",
    ),
    "coach.m.sources_say": ("What my sources say:", "资料怎么说："),
    "coach.m.replaced_plan": (
        "That lasting part is what your plan trains: {skills}.",
        "你的计划练的正是留下来的那部分：{skills}。",
    ),
    "coach.m.replaced_project": (
        "Your project ({project}) is the proof that you run the automation rather than compete "
        "with it.",
        "你的项目（{project}）就是证明：你是驾驭自动化的人，而不是和它比速度的人。",
    ),
    "coach.m.replaced_years": (
        "Your {years} years as {role} are an asset here: you know which steps can be automated "
        "and which need a person to check.",
        "你做了 {years} 年{role}，这正是优势：你清楚哪些步骤可以自动化，哪些必须由人把关。",
    ),
    "coach.m.your_work": ("your work", "你的工作"),
    "coach.m.pay_place": (
        "{said} is in {place}.",
        "{said}在{place}。",
    ),
    "coach.m.pay_elsewhere": (
        "What they do give, for no stated country (not a figure for {place}): {band}.",
        "资料给出的是未注明国家的区间（不是{place}的数字）：{band}。",
    ),
    "coach.a.english": (
        "About English: your plan's material is in your language where my sources have it "
        "({titles}), and AI tools answer in your language too; English makes reading docs faster "
        "later, it is not a condition to start.",
        "关于英语：你计划里的学习资料，资料库里有中文版的都优先选了中文（{titles}），常用的大模型工具也能用中文交流；"
        "英语好会让你以后读英文文档更快，但不是开始学的前提。",
    ),
    "coach.a.english_none": (
        "About English: AI tools answer in your language, and your plan asks for no English "
        "exam; English makes reading docs faster later, it is not a condition to start.",
        "关于英语：常用的大模型工具都能用中文交流，你的计划也不要求任何英语考试；英语好会让你以后读英文文档更快，"
        "但不是开始学的前提。",
    ),
    "coach.a.exam": (
        "I'm sorry about the exam; that stings, and it says nothing about whether you can learn "
        "this. If you have a retake coming and need the hours for it, tell me the date and I'll "
        "lighten the plan until then.",
        "考试没过，很遗憾，难受是正常的；但这说明不了你学不学得会这些。如果要补考、需要时间准备，告诉我日期，"
        "我把那之前的计划调轻。",
    ),
    "coach.a.hard_going": (
        "If {title} is hard to follow, try {other} for the same part: a gentler way in counts "
        "just as much.",
        "如果{title}不好懂，同一部分可以换成{other}：换个更好入门的讲法，一样算数。",
    ),
    "coach.a.hard_going_none": (
        "If it is hard to follow, slow down on that part: take one example and rebuild it "
        "yourself; my sources list no gentler material for it.",
        "如果不好懂，就在这部分放慢：挑一个例子自己从头做一遍；资料库里没有更入门的材料。",
    ),
    "coach.a.new_job": (
        "you start a new job: the plan now ends by bringing AI into it, not a job search",
        "你要入职新工作：计划改为以把 AI 用到新工作中收尾，不再安排求职",
    ),
    # quit to study, the hardest part, the career-change story (engine/answers_story.py)
    "coach.q.quit_no": (
        "You don't have to: your plan was sized to fit {hours} h a week beside your job, "
        "{weeks} week(s) from here.",
        "不需要：你的计划就是按每周 {hours} 小时、边工作边学排的，从现在起还有 {weeks} 周。",
    ),
    "coach.q.quit_full": (
        "Full time (about {full} h a week), the {left} h left would take about {weeks} week(s).",
        "如果全职学（每周约 {full} 小时），剩下的 {left} 小时大约 {weeks} 周能学完。",
    ),
    "coach.q.quit_cost": (
        "Weigh that against your income and the months without it, and that your current job "
        "keeps counting as experience (often the part of the story employers like). If you do "
        "decide, tell me your new hours and I'll re-plan from this week for your mentor.",
        "要和收入、几个月没有收入的压力放在一起权衡；现在的工作也一直算作经验（往往正是雇主看重的部分）。"
        "如果决定了，告诉我新的每周小时数，我从本周起重新安排，交导师审批。",
    ),
    "coach.q.hardest": (
        "The heaviest part is {title} ({hours} h, weeks {weeks}): the level the role asks for, "
        "with the most hours of the plan.",
        "最吃力的是{title}（{hours} 小时，第 {weeks} 周）：岗位要求的水平最高，也是计划里花时间最多的部分。",
    ),
    "coach.q.hardest_project": (
        "The other big step is your project, {title} (weeks {weeks}): putting the skills together "
        "on your own material.",
        "另一个大坎是作品集项目《{title}》（第 {weeks} 周）：要把学过的技能用在你自己的材料上串起来。",
    ),
    "coach.q.hardest_how": (
        "What helps: small exercises every week rather than one long session, and asking when "
        "you are stuck for more than an hour (tell me what failed and I'll help).",
        "办法是：每周做小练习，不要攒成一次长时间硬啃；卡住超过一小时就问（告诉我哪里出错，我来帮你）。",
    ),
    "coach.q.story_head": (
        "Tell it as one story, not a break: what you did, what carries over, what you built.",
        "把它讲成一个连贯的故事，而不是断档：你做过什么、哪些能力带了过来、你做出了什么。",
    ),
    "coach.q.story_past": (
        "- What you did: {years} years as {role}, with one concrete result you are proud of.",
        "- 你做过什么：{years} 年{role}，挑一个你最自豪的具体成果。",
    ),
    "coach.q.story_past_role": (
        "- What you did: your work as {role}, with one concrete result you are proud of.",
        "- 你做过什么：你做{role}的经历，挑一个你最自豪的具体成果。",
    ),
    "coach.q.story_carry": (
        "- What carries over: {skills}, each with an example from that work.",
        "- 带过来的能力：{skills}，每项配一个工作里的例子。",
    ),
    "coach.q.story_built": (
        "- What you built: your project, {project}, with what it measured.",
        "- 你做出了什么：你的作品集项目《{project}》，以及它量化的效果。",
    ),
    "coach.q.story_why": (
        "- Why {target}: the problem in your old work that AI solves, which is why you chose it.",
        "- 为什么是{target}：你原来工作里那个能用 AI 解决的问题，正是你选择它的原因。",
    ),
    "coach.c.privacy_minors": (
        "No, not as they are: children's photos, names and records are sensitive personal data "
        "(in China, a child under 14's information is sensitive by law and needs a parent's "
        "separate consent). Write from your own notes with no names, photos or faces in them.",
        "不能原样发：孩子的照片、姓名和记录属于敏感个人信息（按《个人信息保护法》，不满十四周岁未成年人的信息就是敏感个人信息，"
        "需要家长单独同意）。用你自己写的、去掉姓名、照片和人脸的观察记录来让 AI 起草，再逐句核对；并遵守园所或学校的规定。",
    ),
}
