"""The command line's help text (en, zh), one key per command and option: ``help.<command
path>`` and ``help.<command path>.<parameter>``; :mod:`coach.cli_help` puts it in place in
the language of the help (``--lang``, ``COACH_LANG``, else the locale)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "help.root": (
        "coach: an agentic career coach. Chat, get a plan a mentor approves, follow it.",
        "coach：智能职业转型教练。聊一聊，拿到一份由导师审批的计划，然后照着执行。",
    ),
    "help.fit": (
        "How your CV fits one or more job postings: what you have, what is missing (with hours),\nwhat the posting names that coach does not cover. No session; nothing leaves the machine.",
        "你的简历与一个或多个职位描述的匹配情况：已具备的、缺少的（含所需小时数），以及职位提到但 coach 未覆盖的内容。不建会话；数据不离开本机。",
    ),
    "help.fit.cv": (
        "Your CV: PDF, .docx, Markdown or text.",
        "你的简历：PDF、.docx、Markdown 或纯文本。",
    ),
    "help.fit.job": (
        "A job posting file; repeat to compare several.",
        "职位描述文件；可重复以比较多个职位。",
    ),
    "help.fit.format": ("md or json.", "md 或 json。"),
    "help.fit.lang": ("en or zh (default: the CV's).", "en 或 zh（默认：跟随简历的语言）。"),
    "help.chat": (
        "Chat with the coach. Works on a terminal or with piped input (one turn per line; a CV or\njob posting pasted on a terminal, or put between two lines of three double quotes in a\npipe, is one turn).\n\nA session has one chat at a time: a second `coach chat --session ID` waits a few seconds\n(COACH_SESSION_WAIT) and then says where the session is open.",
        "与教练对话。可在终端使用，也可用管道输入（每行一轮；在终端粘贴的简历或职位描述，或在管道中放在两行三个双引号之间的内容，算作一轮）。\n\n一个会话同一时间只能有一个对话：第二个 `coach chat --session ID` 会等待几秒（COACH_SESSION_WAIT），然后提示该会话在哪里打开。",
    ),
    "help.chat.session": ("Resume this session id.", "继续这个会话 id。"),
    "help.chat.user": ("Your user name (memory key).", "你的用户名（记忆的键）。"),
    "help.chat.lang": ("auto, en or zh.", "auto、en 或 zh。"),
    "help.chat.model": (
        "'offline' or provider:model (env COACH_MODEL).",
        "'offline' 或 provider:model（环境变量 COACH_MODEL）。",
    ),
    "help.chat.cv": ("Start from your CV (PDF/docx/md).", "从你的简历开始（PDF/docx/md）。"),
    "help.chat.job": ("Target this job posting file.", "以这个职位描述文件为目标。"),
    "help.plan": (
        "Print a session's current plan and its status (or, with --diff, what changed).",
        "打印会话当前的计划及其状态（或用 --diff 查看改动）。",
    ),
    "help.plan.session": ("Session id.", "会话 id。"),
    "help.plan.fmt": ("md, json or ics.", "md、json 或 ics。"),
    "help.plan.diff": ("What changed between two plan versions.", "两个计划版本之间的改动。"),
    "help.plan.since": (
        "With --diff: compare from this version.",
        "与 --diff 一起用：从这个版本开始比较。",
    ),
    "help.sessions": ("List sessions with their status.", "列出会话及其状态。"),
    "help.sessions.as_json": ("Machine-readable output.", "机器可读的输出。"),
    "help.log": (
        "Show a session's event log (user turns, node path, findings, decisions, plans).",
        "显示会话的事件日志（用户发言、节点路径、审核发现、决定、计划）。",
    ),
    "help.log.session": ("Session id.", "会话 id。"),
    "help.log.as_json": ("Raw JSON lines.", "原始 JSON 行。"),
    "help.demo": (
        "A scripted session end to end: chat, plan, review, a mentor's changes and approval.",
        "一个脚本化的完整会话：对话、计划、审核、导师的修改与批准。",
    ),
    "help.demo.lang": ("en or zh.", "en 或 zh。"),
    "help.demo.keep": (
        "Keep the demo session in your data dir.",
        "把演示会话保留在你的数据目录里。",
    ),
    "help.graph": (
        "Print the compiled graph as a Mermaid diagram (graphs/coach.mmd is this output).",
        "以 Mermaid 图打印编译后的图（graphs/coach.mmd 即此输出）。",
    ),
    "help.forget": (
        "Erase a user: their sessions' checkpoints, memory, logs, and their data in the audit.",
        "删除一个用户：其会话的检查点、记忆、日志，以及审计中与其相关的数据。",
    ),
    "help.forget.user": ("The user name to erase.", "要删除的用户名。"),
    "help.forget.yes": ("Do not ask for confirmation.", "不再询问确认。"),
    "help.forget.admin_token": (
        "Needed once an admin exists (env COACH_ADMIN_TOKEN).",
        "设立管理员之后需要（环境变量 COACH_ADMIN_TOKEN）。",
    ),
    "help.profile": (
        "Show what coach knows about a person: every field with their own words as evidence.",
        "显示 coach 对一个人的了解：每个字段及其本人原话作为依据。",
    ),
    "help.profile.user": (
        "The user name (as in `coach chat --user`).",
        "用户名（与 `coach chat --user` 相同）。",
    ),
    "help.profile.session": (
        "Read this session (default: the latest).",
        "读取这个会话（默认：最近一个）。",
    ),
    "help.profile.as_json": ("Machine-readable output.", "机器可读的输出。"),
    "help.kb": ("Search and inspect the career knowledge base.", "搜索和查看职业知识库。"),
    "help.kb.search": (
        "BM25 search over roles, skills, resources and facts.",
        "在岗位、技能、资源和事实中做 BM25 搜索。",
    ),
    "help.kb.search.query": (
        "Words in English, Chinese or both.",
        "英文、中文或中英混合的关键词。",
    ),
    "help.kb.search.k": ("How many hits.", "返回多少条结果。"),
    "help.kb.search.as_json": ("Machine-readable output.", "机器可读的输出。"),
    "help.kb.stats": (
        "Counts of roles, skills, resources, facts and sources (and integrity problems).",
        "岗位、技能、资源、事实和来源的数量（以及完整性问题）。",
    ),
    "help.kb.stats.as_json": ("Machine-readable output.", "机器可读的输出。"),
    "help.mentor": (
        "Mentors: see waiting sessions, approve, edit or request changes.",
        "导师：查看待审批的会话，批准、编辑或提出修改。",
    ),
    "help.mentor.add": (
        "Register a mentor (admin only) and print their secret token, once.",
        "注册一位导师（仅管理员），并一次性打印其密钥令牌。",
    ),
    "help.mentor.add.name": ("Mentor name to register.", "要注册的导师名。"),
    "help.mentor.add.admin_token": (
        "The admin token (env COACH_ADMIN_TOKEN).",
        "管理员令牌（环境变量 COACH_ADMIN_TOKEN）。",
    ),
    "help.mentor.add.lang": (
        "The mentor's language, en or zh (recorded; default en).",
        "导师的语言，en 或 zh（会被记录；默认 en）。",
    ),
    "help.mentor.remove": (
        "Unregister a mentor (admin only): their token stops working.",
        "注销一位导师（仅管理员）：其令牌随即失效。",
    ),
    "help.mentor.remove.name": ("Mentor name.", "导师名。"),
    "help.mentor.remove.lang": (
        "en or zh (default: the mentor's recorded language, else English).",
        "en 或 zh（默认：导师记录的语言，否则英文）。",
    ),
    "help.mentor.queue": (
        "Sessions waiting for a mentor, with user, target, plan version and reviewer verdict.",
        "等待导师审批的会话，含用户、目标、计划版本和审核结论。",
    ),
    "help.mentor.queue.as_json": ("Machine-readable output.", "机器可读的输出。"),
    "help.mentor.queue.lang": (
        "en or zh (default: the mentor's recorded language, else English).",
        "en 或 zh（默认：导师记录的语言，否则英文）。",
    ),
    "help.mentor.review": (
        "Show a waiting plan and its findings, then approve, request changes or edit it.",
        "显示一份待审批的计划及审核发现，然后批准、提出修改或编辑它。",
    ),
    "help.mentor.review.session": ("Session id.", "会话 id。"),
    "help.mentor.review.mentor": ("Your mentor name.", "你的导师名。"),
    "help.mentor.review.token": (
        "Your mentor token (env COACH_MENTOR_TOKEN).",
        "你的导师令牌（环境变量 COACH_MENTOR_TOKEN）。",
    ),
    "help.mentor.review.approve": ("Approve the plan.", "批准这份计划。"),
    "help.mentor.review.request_changes": (
        "Ask for changes (the message).",
        "提出修改（修改意见原文）。",
    ),
    "help.mentor.review.edit": (
        "JSON file of plan fields to replace; the edited plan is re-checked and approved.",
        "要替换的计划字段的 JSON 文件；编辑后的计划会重新检查并直接批准。",
    ),
    "help.mentor.review.plan_version": (
        "The version you reviewed; refused if it changed.",
        "你审阅的版本；若已变化则拒绝。",
    ),
    "help.mentor.review.override": (
        "Accept an edit that fails hard checks (audited).",
        "接受未通过硬性检查的编辑（会记入审计）。",
    ),
    "help.mentor.review.lang": (
        "en or zh (default: the mentor's recorded language, else English).",
        "en 或 zh（默认：导师记录的语言，否则英文）。",
    ),
    "help.mentor.audit": (
        "Every decision and refusal on a session: who, when, which plan version, what changed.",
        "一个会话上的每次决定与拒绝：谁、何时、哪个计划版本、改了什么。",
    ),
    "help.mentor.audit.session": ("Session id.", "会话 id。"),
    "help.mentor.audit.as_json": ("Machine-readable output.", "机器可读的输出。"),
    "help.mentor.audit.lang": (
        "en or zh (default: the mentor's recorded language, else English).",
        "en 或 zh（默认：导师记录的语言，否则英文）。",
    ),
    "help.admin": (
        "Admin: create the admin credential that registers mentors.",
        "管理员：创建用于注册导师的管理员凭据。",
    ),
    "help.admin.init": (
        "Create the admin credential once and print its token (it is stored hashed).",
        "一次性创建管理员凭据并打印其令牌（以哈希形式保存）。",
    ),
    "help.admin.init.rotate": (
        "Replace the admin token (needs the current one).",
        "更换管理员令牌（需要当前令牌）。",
    ),
    "help.admin.init.admin_token": ("Current token.", "当前令牌。"),
    "help.admin.init.lang": (
        "en or zh (default: the mentor's recorded language, else English).",
        "en 或 zh（默认：导师记录的语言，否则英文）。",
    ),
    "help.eval": (
        "Regression evals: `coach eval [PATHS]` replays recorded cases (default evals/cases) offline and fails on regressions against evals/baseline.json; `coach eval record SESSION --name NAME` turns a session into a case.",
        "回归评测：`coach eval [PATHS]` 离线重放已录制的用例（默认 evals/cases），与 evals/baseline.json 相比出现回归即失败；`coach eval record SESSION --name NAME` 把一个会话变成用例。",
    ),
    "help.eval.run": (
        "Replay cases through a fresh graph, score them, compare with the baseline.",
        "用全新的图重放用例、打分，并与基线比较。",
    ),
    "help.eval.run.paths": (
        "Case files or folders (default: evals/cases).",
        "用例文件或文件夹（默认：evals/cases）。",
    ),
    "help.eval.run.report": ("Write a Markdown report here.", "把 Markdown 报告写到这里。"),
    "help.eval.run.junit": ("Write a JUnit XML report here.", "把 JUnit XML 报告写到这里。"),
    "help.eval.run.baseline_path": (
        "Baseline file (default evals/baseline.json).",
        "基线文件（默认 evals/baseline.json）。",
    ),
    "help.eval.run.accept": (
        "Accept plan changes: rewrite those cases and the baseline.",
        "接受计划的变化：重写这些用例和基线。",
    ),
    "help.eval.run.lower_floors": (
        "With --accept: also lower the baseline's soft scores that dropped (printed).",
        "与 --accept 一起用：同时调低基线中下降了的软分数（会打印出来）。",
    ),
    "help.eval.run.jobs": ("Parallel processes.", "并行进程数。"),
    "help.eval.run.langsmith": (
        "Also upload the run as a LangSmith experiment (needs LANGSMITH_API_KEY).",
        "同时把这次运行上传为 LangSmith 实验（需要 LANGSMITH_API_KEY）。",
    ),
    "help.eval.run.dataset": (
        "LangSmith dataset for --langsmith.",
        "--langsmith 使用的 LangSmith 数据集。",
    ),
    "help.eval.record": (
        "Turn a logged session into an eval case (personal data scrubbed), then replay it once.",
        "把一个有日志的会话变成评测用例（去除个人数据），然后重放一次。",
    ),
    "help.eval.record.session": (
        "Session id (see `coach sessions`).",
        "会话 id（见 `coach sessions`）。",
    ),
    "help.eval.record.name": (
        "Case name: evals/cases/NAME.json.",
        "用例名：evals/cases/NAME.json。",
    ),
    "help.eval.record.scrub_employer": (
        "An employer to scrub (repeatable).",
        "要去除的雇主名（可重复）。",
    ),
    "help.eval.record.scrub_name": (
        "A person's name to scrub (repeatable).",
        "要去除的人名（可重复）。",
    ),
    "help.eval.record.out_dir": (
        "Folder for the case (default evals/cases).",
        "用例所在文件夹（默认 evals/cases）。",
    ),
    "help.eval.record.description": ("What this case proves.", "这个用例证明了什么。"),
    "help.eval.record.tag": ("A tag (repeatable).", "一个标签（可重复）。"),
    "help.eval.record.lang": (
        "The --lang the session ran with: auto, en or zh.",
        "会话运行时的 --lang：auto、en 或 zh。",
    ),
    "help.eval.record.overwrite": ("Replace an existing case.", "替换已有的用例。"),
    "help.eval.record.force": (
        "Write the case even if its replay does not pass.",
        "即使重放未通过也写入用例。",
    ),
    "help.eval.understanding": (
        "Per-field accuracy of the offline understanding on a labelled corpus; prints misses.",
        "离线理解在标注语料上的逐字段准确率；打印未命中的条目。",
    ),
    "help.eval.understanding.paths": (
        "Corpus files or folders (default: evals/understanding).",
        "语料文件或文件夹（默认：evals/understanding）。",
    ),
    "help.eval.understanding.quiet": ("Figures only, no misses.", "只显示数字，不列未命中。"),
    "help.eval.understanding.min_accuracy": (
        "Fail (exit 1) below this share of fields right.",
        "字段正确率低于此值时失败（退出码 1）。",
    ),
    "help.eval.postings": (
        "Per-field accuracy of the posting reader on the labelled requirement corpus.",
        "职位描述解析器在标注的要求语料上的逐字段准确率。",
    ),
    "help.eval.postings.paths": (
        "Corpus files or folders (default: evals/postings).",
        "语料文件或文件夹（默认：evals/postings）。",
    ),
    "help.eval.postings.quiet": ("Figures only, no misses.", "只显示数字，不列未命中。"),
    "help.eval.postings.min_accuracy": (
        "Fail (exit 1) below this share of fields right.",
        "字段正确率低于此值时失败（退出码 1）。",
    ),
    "help.eval.personas": (
        "Run the persona suite offline, score COACHING.md's expectations, gate on the baseline.\n\nEach persona goes through the real graph in a fresh in-memory session; the command fails\nwhen an expectation met in the baseline fails now.",
        "离线运行人物用例集，按 COACHING.md 的期望打分，并以基线把关。\n\n每个人物都在一个全新的内存会话中走完真实的图；基线中已满足的期望如果现在失败，命令即失败。",
    ),
    "help.eval.personas.paths": (
        "Persona files or folders (default evals/personas).",
        "人物文件或文件夹（默认 evals/personas）。",
    ),
    "help.eval.personas.baseline_path": (
        "Baseline (default evals/personas/baseline.json).",
        "基线（默认 evals/personas/baseline.json）。",
    ),
    "help.eval.personas.accept": (
        "Record what is met now as the baseline.",
        "把当前满足的期望记录为基线。",
    ),
    "help.eval.personas.report": ("Write Markdown here.", "把 Markdown 写到这里。"),
    "help.eval.personas.junit": ("Write JUnit XML here.", "把 JUnit XML 写到这里。"),
    "help.eval.personas.quiet": ("No per-miss lines.", "不逐条列出未命中。"),
    "help.eval.personas.show": (
        "Also print each conversation and plan stages.",
        "同时打印每段对话和计划的各个阶段。",
    ),
    "help.eval.constraints": (
        "Score mentor-request parsing per constraint (en and zh); fails below --min.",
        "按约束逐条评估导师修改意见的解析（中英文）；低于 --min 即失败。",
    ),
    "help.eval.constraints.paths": (
        "Corpus files or folders (default: evals/constraints).",
        "语料文件或文件夹（默认：evals/constraints）。",
    ),
    "help.eval.constraints.min_accuracy": (
        "Fail below this accuracy (0-1).",
        "准确率低于此值（0-1）时失败。",
    ),
    "help.eval.constraints.verbose": ("List every miss.", "列出每一条未命中。"),
    "help.option.help": ("Show this message and exit.", "显示此帮助并退出。"),
    "help.panel.options": ("Options", "选项"),
    "help.panel.arguments": ("Arguments", "参数"),
    "help.panel.commands": ("Commands", "命令"),
    "help.required": ("[required]", "[必填]"),
    "help.default": ("[default: {}]", "[默认：{}]"),
    "help.envvar": ("[env var: {}]", "[环境变量：{}]"),
}
