"""Messages for the coach area, everyday help after approval (engine/answers_help.py): a week
asked about, ill, stuck, a rejection, a banned tool, a legal question, a presentation... (en,
zh); see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "coach.f.week_past": (
        "Your plan has {weeks} weeks, so there is no week {asked}; its last week:",
        "你的计划一共 {weeks} 周，没有第 {asked} 周；最后一周是：",
    ),
    "coach.f.week": ("Week {week} ({hours} h planned):", "第 {week} 周（计划 {hours} 小时）："),
    "coach.f.unwell": (
        "Sorry you're unwell: rest first, the plan can wait. A week or two off needs no re-plan: "
        "the light weeks in your plan absorb it.",
        "身体要紧，先好好休息，计划可以等。停一两周不需要重新规划：计划里的轻量周可以消化。",
    ),
    "coach.f.unwell_back": (
        "When you're back, pick up with {title}.",
        "恢复后，从这一项接着做：{title}。",
    ),
    "coach.f.stuck": (
        "Getting stuck on {skill} is part of learning it, not a sign you can't: everyone hits "
        "this. What helps:",
        "在{skill}上卡住是学习的一部分，不代表你学不会，每个人都会遇到。可以这样做：",
    ),
    "coach.f.stuck_smaller": (
        "Make it smaller: get the first step of “{goal}” working on a tiny example, then grow it.",
        "把它拆小：先在一个很小的例子上跑通“{goal}”的第一步，再一点点加。",
    ),
    "coach.f.stuck_error": (
        "If it fails with an error, search its exact text and read the library's own guide "
        "again; I can't run or debug code here.",
        "如果是报错，把报错原文拿去搜索，再回看这个库的官方文档；我这里没法运行或调试代码。",
    ),
    "coach.f.stuck_time": (
        "If it takes more than this week's hours, that is what the light weeks in your plan are "
        "for; if it keeps slipping, tell me and I'll re-plan.",
        "如果这一项超出了这周的时间，计划里的轻量周就是留来追进度的；如果一直赶不上，告诉我，我重新安排。",
    ),
    "coach.f.tell_in_job": (
        "Probably yes: your plan is about AI in the job you have, and your project (“{project}”) "
        "is built on that work; a manager who knows can give you real cases, data and time for it.",
        "多半应该说：你的计划就是在现在的工作里用 AI，你的项目“{project}”也是拿这份工作来做的；领导知道了，"
        "才能给你真实案例、数据和时间。",
    ),
    "coach.f.tell_move": (
        "That is your call. What usually works: share the part that helps your current job (for "
        "example a small version of your project, “{project}”, on your team's own problem), and keep a job search "
        "to yourself until you have an offer.",
        "这由你决定。通常可行的做法：先分享对现在工作有帮助的部分（比如用团队自己的问题做一个小版本的项目"
        "“{project}”），找工作的事在拿到 offer 之前不必说。",
    ),
    "coach.f.tell_unknown": (
        "My sources do not cover workplace questions like this; your company's policy on side "
        "projects and on using its data comes first.",
        "我的资料不涉及这类职场问题；单位关于业余项目和使用单位数据的规定优先。",
    ),
    "coach.f.identity": (
        "I'm coach, a program (not a person): I answer from your plan and my sources. Your "
        "mentor, who approves your plan, is a person.",
        "我是 coach，一个程序（不是真人）：我根据你的计划和我的资料来回答。批准你计划的导师是真人。",
    ),
    "coach.f.banned": (
        "Then follow the rule: never put work data into a tool your employer has not approved. "
        "You can still keep learning:",
        "那就遵守规定：不要把工作数据放进单位没批准的工具里。学习照样可以继续：",
    ),
    "coach.f.banned_ask": (
        "Ask IT or your manager whether there is an approved AI tool (many employers have an "
        "internal or enterprise one); use that for real work.",
        "问问信息科或领导有没有单位批准的 AI 工具（很多单位有内部版或企业版）；真实工作用那个。",
    ),
    "coach.f.banned_practise": (
        "Do the plan's exercises at home on made-up or public material, and bring what works "
        "into the approved tool.",
        "计划里的练习在家用虚构或公开的材料做，把有效的做法带到单位批准的工具里用。",
    ),
    "coach.f.banned_plan": ("Your plan covers the rules side too:", "计划里也安排了规则这一块："),
    "coach.f.banned_unknown": (
        "My sources do not cover your employer's policy: it comes first.",
        "我的资料不涉及你们单位的具体规定：以单位规定为准。",
    ),
    "coach.f.criticised": (
        "Fair enough, and worth saying. Every item of your plan ends in something you build, not "
        "a test; this week that is: {build}.",
        "这个意见很中肯，说出来是对的。计划里每一项最后都要做出一个东西，而不是考试；这周要做的是：{build}。",
    ),
    "coach.f.criticised_change": (
        "If a part feels like theory you don't need, tell me which skill and I'll ask your mentor "
        "to cut it or swap it for practice; if it is the load, say “it's too much” and I'll "
        "propose a lighter plan.",
        "如果哪部分让你觉得是用不上的理论，告诉我是哪项技能，我请导师删掉或换成实操；如果是量太大，说一声“太多了”，"
        "我给你一个更轻的方案。",
    ),
    "coach.f.life": (
        "Thanks for telling me: a change like that takes time and energy. Nothing in your plan "
        "has to change because of it; if your hours a week change, tell me the new hours (and "
        "from when) and I'll re-plan from this week for your mentor.",
        "谢谢告诉我：这样的变化很耗时间和精力。计划不必因此改变；如果每周能投入的时间变了，告诉我新的小时数"
        "（从什么时候起），我从本周起重新安排并交给导师。",
    ),
    "coach.f.no_milestone": ("Your plan has no milestones set.", "你的计划没有设定里程碑。"),
    "coach.f.milestone": (
        "Your next milestone is in week {week}: {deliverable}.",
        "你的下一个里程碑在第 {week} 周：{deliverable}。",
    ),
    "coach.f.milestone_check": ("How it is checked: {how}.", "检验方式：{how}。"),
    "coach.f.milestone_after": (
        "The one after it, week {week}: {deliverable}.",
        "再下一个在第 {week} 周：{deliverable}。",
    ),
    "coach.f.tired_today": (
        "Then rest today: one evening off changes nothing in your plan. If you want a small "
        "step anyway, do 20 minutes of the next item; if you are tired most days, say “it's too "
        "much” and I'll propose a lighter plan.",
        "那今天就休息吧：歇一个晚上不影响计划。如果还想动一动，就在下一项上做 20 分钟；如果大多数日子都这么累，说一声"
        "“太多了”，我给你一个更轻的方案。",
    ),
    "coach.f.lang_en": ("English", "英文"),
    "coach.f.lang_zh": ("Chinese", "中文"),
    "coach.f.res_free": (
        "Free material in your plan from here on (in {language} or both languages):",
        "你计划里接下来可以免费用的资料（{language}或中英都有）：",
    ),
    "coach.f.res_lang": (
        "Material in {language} in your plan from here on:",
        "你计划里接下来的{language}资料：",
    ),
    "coach.f.res_none": (
        "My sources list no material of that kind in {language} for what is left of your plan; "
        "practise with the items' own tasks, and search the topic's name with “{language}”.",
        "我的资料里，你剩下的计划没有这类{language}资料；先用每一项自带的练习来学，再用主题名加“{language}”去搜。",
    ),
    "coach.f.res_prices": (
        "My sources do not mark prices: documentation, tutorials and communities are usually "
        "free; courses and books may cost.",
        "我的资料没有标价格：官方文档、教程和社区一般免费，课程和书可能收费。",
    ),
    "coach.f.setback": (
        "I'm sorry, that stings. Rejections are part of every job search, also for people who "
        "get hired in the end; it says little about whether you can do the work.",
        "很遗憾，这确实难受。被拒是每个人找工作都会经历的，最后拿到 offer 的人也一样；这并不说明你做不了这份工作。",
    ),
    "coach.f.setback_feedback": (
        "Ask them for feedback (a short, polite email): one concrete point to work on is worth "
        "more than guessing.",
        "写一封简短礼貌的邮件请对方给点反馈：一条具体的改进点，比自己瞎猜有用得多。",
    ),
    "coach.f.setback_topics": (
        "Practise the interview topics of your plan's role: {topics}.",
        "按计划里这个岗位的面试主题来练：{topics}。",
    ),
    "coach.f.internal": (
        "Worth serious thought: an internal move is often the shortest way into AI work: you keep "
        "your domain knowledge and your network, and the work there counts as experience.",
        "值得认真考虑：内部转岗往往是进入 AI 工作最近的路：你的业务积累和人脉都还在，在那边做的事也算正式经验。",
    ),
    "coach.f.internal_plan": (
        "Ask what the team builds and which skills they want first, then tell me: I'll point your "
        "project at their work and send the change to your mentor.",
        "问清楚这个团队在做什么、最先需要哪些技能，然后告诉我：我把你的项目对准他们的工作，再交导师审批。",
    ),
    "coach.f.skip": (
        "Skip what you already know: tell me (“I already know Python”) and it counts as done. "
        "Otherwise keep it: the later items build on it, and a week behind is what the light "
        "weeks are for.",
        "已经会的可以跳过：告诉我（比如“我已经会Python了”），就算完成。其他的建议别跳：后面的内容以它为基础；"
        "落后一周，计划里的轻量周就是留来追的。",
    ),
    "coach.f.daily": (
        "Your plan counts hours a week, not days: this week is about {hours} h. That is about "
        "{five} h on 5 days, or {three} h on 3 evenings; pick what fits your week and keep it the "
        "same each week.",
        "计划按每周的小时数来排，不按天：这周约 {hours} 小时。可以分成 5 天、每天约 {five} 小时，或者 3 个晚上、每次约 "
        "{three} 小时；选一种适合你的节奏，每周保持一样。",
    ),
    "coach.f.daily_order": ("Do them in this order: {items}.", "按这个顺序做：{items}。"),
    "coach.f.daily_habit": (
        "Start each session where the last one stopped, and end it by writing the next small step.",
        "每次从上次停下的地方接着做，结束前写下下一小步。",
    ),
    "coach.f.not_finishing": (
        "Nothing breaks: the date is a target, not a test. If you fall behind, tell me where you "
        "are: the light weeks absorb small slips, and for more I re-plan from that week, keeping "
        "what you have done, and your mentor approves the new dates.",
        "不会有什么后果：截止日期是目标，不是考试。如果落后了，告诉我你的进度：小的落后由轻量周消化；落后多了，我从那一周起"
        "重新安排，已完成的保留，新日期由导师批准。",
    ),
    "coach.f.for_me": (
        "I don't write documents for you here, but this is what should go in it, from your plan:",
        "我这里不替你写文书，但可以根据你的计划告诉你里面该写什么：",
    ),
    "coach.f.legal": (
        "It depends on where you work: my sources do not cover the law of your country. What they "
        "do say: a person makes the decision, the people affected are told AI is used, and the "
        "tool is checked for unfair bias.",
        "这取决于你所在的地方：我的资料不涉及你们国家的法律。资料里讲到的是：决定由人来做，要告知受影响的人用了 AI，"
        "并检查工具有没有不公平的偏差。",
    ),
    "coach.f.legal_ask": (
        "Before you use it on real people, ask your legal or compliance team.",
        "在真实的人身上用之前，先问问公司的法务或合规部门。",
    ),
    "coach.f.present": (
        "Keep it to three ideas from your own work, each with what it saves and who checks it:",
        "只讲三个来自你自己工作的想法，每个都说清能省下什么、由谁把关：",
    ),
    "coach.f.present_project": (
        "your project, “{title}”, as the first one: the task before and after;",
        "第一个就讲你的项目“{title}”：改造前后的做法；",
    ),
    "coach.f.present_tasks": (
        "two routine tasks of your team that AI can draft while a person checks the result;",
        "团队里两件 AI 可以先出初稿、再由人审核的日常工作；",
    ),
    "coach.f.present_rules": (
        "the rules: what data may go into which tool, and who signs off.",
        "规则：哪些数据可以放进哪个工具，由谁签字负责。",
    ),
    "coach.f.present_shape": (
        "Ask for one small pilot, not a programme: a few weeks on one task, with its numbers.",
        "最后只申请一个小试点，而不是大项目：用几周时间在一件事上试，并拿出数字。",
    ),
    "coach.f.machine": (
        "For what your plan has you build, most likely yes: my sources give no minimum machine.",
        "就你计划里要做的东西来说，多半够用：我的资料没有给出最低配置要求。",
    ),
    "coach.f.machine_fact": ("What they do say: {text}", "资料里提到的是：{text}"),
    "coach.f.machine_rent": (
        "What decides it is the size of the model: small models and fine-tuning with small "
        "adapters fit a consumer card; for anything bigger, rent a cloud GPU by the hour for that "
        "step instead of buying one.",
        "关键看模型大小：小模型、用小适配器做微调，一块消费级显卡就够；更大的，那一步按小时租云端 GPU，不必自己买卡。",
    ),
    "coach.f.network": (
        "My sources do not cover networking itself; what they do say opens doors in hiring is "
        "work you have shipped and can explain.",
        "我的资料不涉及怎么拓展人脉；资料里说在招聘中最能打开门的，是你做出来、讲得清楚的作品。",
    ),
    "coach.f.network_how": (
        "So lead with your project (“{project}”): put it on GitHub with a short write-up, share "
        "it in the communities of the tools you use, and ask people who work on similar things "
        "one specific question about it.",
        "所以先拿你的项目（“{project}”）说话：放到 GitHub 上并附一篇简短说明，发到你所用工具的社区里，再就它向做类似"
        "工作的人请教一个具体问题。",
    ),
    "coach.f.bored_project": (
        "It happens to most people around the middle, and the plan is built for it: your project "
        "starts in week {week}, something real to build rather than more lessons, and the light "
        "weeks give you room.",
        "大多数人到中段都会这样，计划也为此做了安排：你的项目从第 {week} 周开始，那是在做真东西，而不是继续上课；"
        "轻量周也给你留了余地。",
    ),
    "coach.f.bored": (
        "It happens to most people around the middle; the light weeks in your plan give you room.",
        "大多数人到中段都会这样；计划里的轻量周给你留了余地。",
    ),
    "coach.f.bored_tell": (
        "If it starts to drag, tell me early: we can ask your mentor to move the project earlier, "
        "or make the load lighter.",
        "如果开始觉得拖不动了，早点告诉我：可以请导师把项目提前，或者减轻负担。",
    ),
    "coach.f.congrats": ("Congratulations!", "恭喜！"),
}
