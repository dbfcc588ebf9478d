"""Messages for reading input, CV import, job postings and fit reports (en, zh). Prefix ``fit.``."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "fit.stdin_not_utf8": (
        "note: input line {line} is not valid UTF-8 (bytes {bad} at position {pos}); "
        "it was read as {encoding}.",
        "提示：输入第 {line} 行不是有效的 UTF-8（位置 {pos} 的字节 {bad}），已按 {encoding} 读取。",
    ),
    "fit.error": ("error: {message}", "错误：{message}"),
    "fit.doc_missing": ("{file}: no such file.", "{file}：文件不存在。"),
    "fit.doc_too_big": (
        "{file} is {mb} MB; coach reads documents up to {limit} MB. Save the CV or posting as a "
        "text or PDF file without images, or paste its text into the chat.",
        "{file} 有 {mb} MB，coach 只读取 {limit} MB 以内的文件。请另存为不含图片的文本或 PDF，"
        "或把内容直接粘贴到对话里。",
    ),
    "fit.doc_encrypted": (
        "{file} is password-protected; coach cannot read it. Save an unprotected copy, or paste "
        "its text into the chat.",
        "{file} 有密码保护，无法读取。请另存一份不加密的副本，或把内容粘贴到对话里。",
    ),
    "fit.doc_no_text": (
        "{file} has no text coach can read (a scanned PDF is an image). Export it as text, or "
        "paste its text into the chat.",
        "{file} 里没有可读取的文字（扫描版 PDF 只是图片）。请导出为文本，或把内容粘贴到对话里。",
    ),
    "fit.doc_empty": (
        "{file} is empty; nothing was read from it. Check that it is the right file, or paste "
        "its text into the chat.",
        "{file} 是空文件，没有读取到任何内容。请确认文件是否正确，或把内容粘贴到对话里。",
    ),
    "fit.doc_old_word": (
        "{file} is an old Word (.doc) file, which coach cannot read. Save it as .docx or PDF, or "
        "paste its text into the chat.",
        "{file} 是旧版 Word（.doc）文件，coach 无法读取。请另存为 .docx 或 PDF，或把内容粘贴到对话里。",
    ),
    "fit.doc_image": (
        "{file} is an image; coach reads text, not pictures (no OCR). Save the CV or posting as "
        "PDF with text, .docx or text, or paste its text into the chat.",
        "{file} 是图片，coach 只能读取文字，不能识别图片（不做 OCR）。请另存为带文字的 PDF、.docx "
        "或文本，或把内容粘贴到对话里。",
    ),
    "fit.doc_cut": (
        "note: {file} is long; coach read its first {chars} characters (about 12 pages) and "
        "left the rest out.",
        "提示：{file} 很长，coach 只读取了前 {chars} 个字符（约 12 页），其余部分未读取。",
    ),
    "fit.doc_unreadable": (
        "{file} could not be read as {kind}; it may be damaged. Try another copy, or paste its text.",
        "无法按 {kind} 读取 {file}，文件可能已损坏。请换一份副本，或把内容粘贴到对话里。",
    ),
    "fit.doc_encoding": (
        "{file} is not in an encoding coach can read (neither UTF-8 nor GB18030). Save it as "
        "UTF-8 text, or paste its text into the chat.",
        "{file} 的编码无法识别（既不是 UTF-8 也不是 GB18030）。请另存为 UTF-8 文本，或把内容粘贴到对话里。",
    ),
    "fit.doc_kind": (
        "{file}: coach reads PDF, .docx, Markdown and text files, not '{kind}'.",
        "{file}：coach 支持 PDF、.docx、Markdown 和文本文件，不支持“{kind}”。",
    ),
    "fit.not_a_cv": (
        "{file} does not look like a CV (it names no skills or jobs coach knows); nothing was "
        "taken from it. Tell me about your work in the chat instead.",
        "{file} 看起来不像简历（没有提到 coach 认识的技能或职位），没有从中读取任何内容。"
        "请直接在对话里介绍你的工作经历。",
    ),
    "fit.not_a_posting": (
        "{file} names no skills coach knows, so it cannot be matched as a job posting.",
        "{file} 没有提到 coach 认识的技能，无法作为职位描述来匹配。",
    ),
    "fit.cv_read": (
        "From your CV ({lines} lines) I understood:\n{summary}",
        "从你的简历（{lines} 行）我了解到：\n{summary}",
    ),
    "fit.cv_break": (
        "note: your CV shows a break since {since} (about {years} years), so what it shows counts "
        "one level lower: a refresh, not learning from scratch.",
        "提示：简历显示你从 {since} 起中断工作（约 {years} 年），所以简历里的技能按低一级计算："
        "是温习，不是从零开始。",
    ),
    "fit.role_after_break": (
        "{role} (career break since {since}, about {years} years)",
        "{role}（{since} 起职业空窗，约 {years} 年）",
    ),
    "fit.role_since_last_job": (
        "{role} (the CV's last job ended {since}, about {years} years ago)",
        "{role}（简历上最近一份工作于 {since} 结束，约 {years} 年前）",
    ),
    "fit.title": ("Fit for {title}", "与“{title}”的匹配"),
    "fit.untitled": ("this posting", "该职位"),
    "fit.score": (
        "Fit: {fit}% · hours to close the required gaps: {hours}",
        "匹配度：{fit}% · 补齐必需技能约需 {hours} 小时",
    ),
    "fit.degree": (
        "It asks for a degree: {degree} (check it against your CV; a plan does not give one).",
        "职位要求学历：{degree}（请对照你的简历自行判断；学习计划无法提供学历）。",
    ),
    "fit.asks": ("It asks for: {skills}", "职位要求：{skills}"),
    "fit.asks_plus": ("A plus: {skills}", "加分项：{skills}"),
    "fit.fit_after_background": (
        "Your fit and the hours to close it follow once you tell me about your work.",
        "说说你的工作经历，我再算出你的匹配度和补齐所需的时间。",
    ),
    "fit.have": ("What you have", "你已具备"),
    "fit.missing": ("What is missing", "尚缺"),
    "fit.uncovered": (
        "The posting also names (not in coach's knowledge base, so not planned): {terms}",
        "职位还提到（coach 知识库未覆盖，因此不会列入计划）：{terms}",
    ),
    "fit.uncovered_shown": (
        "It also names what your CV shows (not in coach's knowledge base, so not planned; you "
        "have these): {terms}",
        "职位还提到你简历上已有的（coach 知识库未覆盖，不会列入计划；你已具备）：{terms}",
    ),
    "fit.closest": (
        "Closest curated role: {role}; it also usually needs: {extra}",
        "最接近的岗位：{role}；该岗位通常还需要：{extra}",
    ),
    "fit.closest_only": ("Closest curated role: {role}", "最接近的岗位：{role}"),
    "fit.closest_far": (
        "No curated role is close to this posting; the nearest, {role}, shares only a small part "
        "of it. Judge the posting by its own requirements above.",
        "coach 的岗位里没有与这个职位接近的；最近的是{role}，但只有一小部分相同。请以上面列出的职位"
        "自身要求为准。",
    ),
    "fit.preferred": ("(a plus)", "（加分项）"),
    "fit.gap": ("level {have} -> {need}, ~{hours} h", "等级 {have} -> {need}，约 {hours} 小时"),
    "fit.about_hours": (" (~{hours} h)", "（约 {hours} 小时）"),
    "fit.rank_line": (
        "{n}. {title} — {fit}%, {hours} h",
        "{n}. {title} — 匹配度 {fit}%，约 {hours} 小时",
    ),
    "fit.ranking": ("Postings ranked by fit", "按匹配度排序的职位"),
    "fit.none": ("nothing yet", "暂无"),
    "fit.posting_target": (
        "Your target is the posting '{title}'; the closest curated role is {role}. {score}",
        "你的目标是职位“{title}”，最接近的岗位是{role}。{score}",
    ),
    "fit.check_posting_coverage": (
        "The plan does not schedule these requirements of the posting: {skills}",
        "计划没有安排职位要求中的这些技能：{skills}",
    ),
    "fit.check_posting_trade": (
        "Meanwhile it spends {hours} h on what the posting does not ask for ({skills}).",
        "同时却在职位没有要求的内容上安排了 {hours} 小时（{skills}）。",
    ),
    "fit.pasted_cv": (
        "I read that as your CV ({lines} lines): now {role}, {years} years; skills it shows: "
        "{skills}. Hours and a deadline are yours to say; a CV does not give them.",
        "我把这段内容当作你的简历读取了（{lines} 行）：现在是{role}，{years} 年；简历里体现的技能："
        "{skills}。每周时间和期限请你自己告诉我，简历里不会有。",
    ),
    "fit.pasted_posting": (
        "I read that as a job posting, '{title}': it requires {required}; closest curated role: "
        "{role}; your fit now: {fit}%, about {hours} h to close the required gaps.",
        "我把这段内容当作职位描述读取了：“{title}”，要求{required}；最接近的岗位：{role}；"
        "目前匹配度 {fit}%，补齐必需技能约需 {hours} 小时。",
    ),
    "fit.pasted_preferred": ("A plus: {skills}.", "加分项：{skills}。"),
    "fit.pasted_uncovered": (
        "It also names what coach's knowledge base does not cover (not planned): {terms}.",
        "职位还提到了 coach 知识库未覆盖的内容（不会列入计划）：{terms}。",
    ),
    "fit.pasted_more": (" and {count} more", " 等（另有 {count} 项）"),
    "fit.doc_skipped": (
        "The chat goes on without that file; tell me about it in your own words, or paste its text.",
        "对话继续，但不使用这个文件；你可以直接描述，或把内容粘贴进来。",
    ),
    "fit.confirm_documents": (
        "Here is what I have from your documents and what you just said:\n{summary}\n"
        "Is this right? Say 'yes', or tell me what to change.",
        "根据你的文件和你刚才说的，我的理解是：\n{summary}\n对吗？回复“是”，或告诉我要改什么。",
    ),
    "fit.or": ("(or {skills})", "（或{skills}）"),
    "fit.or_shown_below": (
        "(or {skill}, which you show at a basic level)",
        "（或{skill}，你已有入门基础）",
    ),
    "fit.role_track": ("{role} ({track} track)", "{role}（{track}方向）"),
    "fit.met_by": ("(or {skill}, which you have)", "（或{skill}，你已具备）"),
    "fit.pay": ("Pay, as the posting states it: {pay}", "职位写明的薪资：{pay}"),
    "fit.pasted_plan_toward": ("I will plan toward it.", "我会按这个职位来做计划。"),
    "fit.years_met": (
        "You meet its '{line}' with the years your CV shows.",
        "职位要求“{line}”：按简历上的年限，你已满足。",
    ),
    "fit.unmapped": (
        "Requirements that match none of coach's skills (judge these yourself; not planned):",
        "与 coach 技能库都对不上的要求（请自行判断，不会列入计划）：",
    ),
    "fit.pasted_unmapped": (
        "{count} of its requirement lines match none of coach's skills, e.g. '{example}'; "
        "judge those yourself.",
        "其中 {count} 条要求与 coach 的技能库都对不上，例如“{example}”，请自行判断。",
    ),
    "fit.pay_yearly": (
        " (about {low}–{high}{currency} a year)",
        "（约合每年 {low}–{high}{currency}）",
    ),
    "fit.pay_yearly_high": (
        " (up to about {high}{currency} a year)",
        "（约合每年最高 {high}{currency}）",
    ),
    "fit.plan_pay": (
        "This job's pay, as its posting states it: {pay}{yearly}. For this job that figure "
        "counts over the sources' general figures for the role.",
        "这个职位写明的薪资：{pay}{yearly}。对这个职位，以它写明的数字为准，资料来源里该岗位的"
        "一般数字仅作对照。",
    ),
    "fit.either_sep": (" or ", "或"),
    "fit.ask_head": (
        "What the {title} posting asks for first, in its own order:",
        "“{title}”最先要求的，按它自己的顺序：",
    ),
    "fit.ask_fit": (
        "Fit {fit}%; about {hours} h to close its required gaps.",
        "匹配度 {fit}%，补齐必需要求约需 {hours} 小时。",
    ),
    "fit.ask_have": ("You already have: {skills}.", "你已具备：{skills}。"),
    "fit.ask_gaps": ("Still missing, in that order: {gaps}.", "还缺的，按这个顺序：{gaps}。"),
    "fit.ask_missing": ("{skill} (about {hours} h)", "{skill}（约 {hours} 小时）"),
    "fit.ask_missing_unplanned": (
        "{skill} (about {hours} h, not in this plan yet)",
        "{skill}（约 {hours} 小时，目前的计划还没有安排）",
    ),
    "fit.ask_missing_planned": (
        "{skill} (about {hours} h, in your plan in weeks {weeks})",
        "{skill}（约 {hours} 小时，计划在第 {weeks} 周）",
    ),
    "fit.ask_shown": (
        "It also names what you have that coach cannot plan: {terms}.",
        "它还提到你已有、但 coach 无法安排学习的：{terms}。",
    ),
    "fit.ask_uncovered": (
        "And what coach's knowledge base does not cover (judge these yourself): {terms}.",
        "以及 coach 技能库没有收录的（请自行判断）：{terms}。",
    ),
    "fit.ask_first": (
        "What matters most first: {skill}, the first must-have you do not have yet.",
        "最先要补的是：{skill}，这是你还没有的第一项必需要求。",
    ),
    "fit.ask_pay_none": (
        "The {title} posting states no pay; the plan's level-and-pay lines give the sources' "
        "general figures for the role.",
        "“{title}”这个职位没有写明薪资；计划里的“级别与薪资”给出的是资料来源中该岗位的一般水平。",
    ),
    "fit.ask_pay": ("The {title} posting states its pay: {pay}", "“{title}”写明的薪资：{pay}"),
    "fit.ask_no_posting": (
        'I don\'t have that posting yet. Paste it here (between two lines of """ if you pipe '
        "it in), or start with `coach chat --job FILE`; I will compare it with your background "
        "and plan toward it.",
        '我还没有这个职位的描述。把职位描述贴在这里（用管道输入时，前后各放一行 """），或者用 '
        "`coach chat --job 文件` 开始；我会把它和你的背景对比，并按它来做计划。",
    ),
    "fit.years": (
        "Years: the posting asks for {asked}+ years; your CV shows {shown} years of work.",
        "年限：职位要求 {asked} 年以上；你的简历显示 {shown} 年工作经验。",
    ),
    "fit.years_asked": (
        "Years: the posting asks for {asked}+ years.",
        "年限：职位要求 {asked} 年以上。",
    ),
    "fit.years_unknown": (
        "Years: the posting asks for {asked}+ years; your CV does not show your years of work.",
        "年限：职位要求 {asked} 年以上；你的简历没有写明工作年限。",
    ),
    "fit.item_years": (
        "{asked}+ years asked; your CV names it in jobs of {shown} years",
        "要求 {asked} 年以上；简历中提到它的工作共 {shown} 年",
    ),
    "fit.item_years_none": (
        "{asked}+ years asked; your CV does not show years of it",
        "要求 {asked} 年以上；简历没有显示这方面的年限",
    ),
    "fit.lines": ("The posting, line by line", "逐条对照职位要求"),
    "fit.line_have": ("you have it", "你已具备"),
    "fit.line_missing": ("missing: {skills}", "尚缺：{skills}"),
    "fit.line_partly": ("you have: {skills}", "已具备：{skills}"),
    "fit.line_not_covered": (
        "not in coach's knowledge base: {terms}",
        "coach 知识库未覆盖：{terms}",
    ),
    "fit.line_shown": ("your CV shows: {terms}", "简历显示你有：{terms}"),
    "fit.line_years_met": ("your years meet it", "你的年限已满足"),
    "fit.line_judge": ("judge this one yourself", "这一条请自行判断"),
    "fit.carries": (
        "What carries over (the posting builds on it, though it does not name it)",
        "可以迁移的能力（职位没有直接写，但用得上）",
    ),
    "fit.level": ("level {level}", "等级 {level}"),
    "fit.level_of": (" (level {have} of {need})", "（现有等级 {have}，需要 {need}）"),
}
