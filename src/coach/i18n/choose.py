"""Messages for choosing a role and the "what I understood" summary (en, zh).

Keys are prefixed by area (``choose.``); see coach.i18n.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "progress.choose_role": ("Comparing the roles that fit you…", "正在比较适合你的岗位…"),
    # the numbered choice
    "choose.intro": (
        "You're not sure which role to aim for, so here are the three that fit you best{basis}:",
        "你还不确定目标岗位，下面是最适合你的三个方向{basis}：",
    ),
    "choose.intro_close": (
        "Your words fit more than one role{basis}. Which of these did you mean?",
        "你说的方向对应不止一个岗位{basis}。你指的是哪一个？",
    ),
    "choose.intro_again": (
        "Noted. With that, the roles that fit you best are{basis}:",
        "明白了。据此，最适合你的方向是{basis}：",
    ),
    "choose.intro_more": (
        "All right, here are the next roles that fit you{basis}:",
        "好的，下面是接下来比较适合你的方向{basis}：",
    ),
    "choose.intro_all": (
        "Those are all the roles I know well enough to plan for honestly. Of them, these fit you "
        "best{basis}:",
        "我能据实做计划的岗位就是这些了。其中最适合你的是{basis}：",
    ),
    "choose.basis": (" (from what you told me: {facts})", "（根据你说的：{facts}）"),
    "choose.basis_hours": (
        "{hours:g} h a week for {weeks} weeks",
        "每周 {hours:g} 小时、共 {weeks} 周",
    ),
    "choose.option": (
        "{n}. {name}: you already cover about {pct}% of what it asks.",
        "{n}. {name}：你已具备它所需能力的约 {pct}%。",
    ),
    "choose.option_zero": (
        "{n}. {name}: you don't cover any of what it asks yet.",
        "{n}. {name}：它要求的能力你目前还都不具备。",
    ),
    "choose.strengths": ("   Strengths that transfer: {items}.", "   可迁移的强项：{items}。"),
    "choose.strength": ('{skill} ("{words}")', "{skill}（“{words}”）"),
    "choose.strength_via": (
        '{skill}, from {via} ("{words}")',
        "{skill}（由 {via} 迁移：“{words}”）",
    ),
    "choose.no_strengths": (
        "   Strengths that transfer: none of what you named maps onto it yet.",
        "   可迁移的强项：你提到的技能暂时还对不上它的要求。",
    ),
    "choose.gap": (
        "   Biggest gap: {skill} (about {hours} h). Closing every gap takes about {total} h{pace}.",
        "   最大差距：{skill}（约 {hours} 小时）。补齐全部差距约需 {total} 小时{pace}。",
    ),
    "choose.no_gap": (
        "   No real gap: you cover what it asks.",
        "   没有明显差距：它要求的你基本都具备。",
    ),
    "choose.pace": (", about {weeks} weeks at your pace", "，按你的节奏约 {weeks} 周"),
    "choose.pace_over": (
        ", about {weeks} weeks at your pace (more than your {horizon} weeks)",
        "，按你的节奏约 {weeks} 周（超过你计划的 {horizon} 周）",
    ),
    "choose.field": ("It builds on your {field} background", "它能用上你在{field}方面的背景"),
    "choose.coding": (
        "it needs coding, which you said you'd rather not do",
        "它需要写代码，而你说过不想写代码",
    ),
    "choose.no_coding": ("no coding needed", "不需要写代码"),
    "choose.notes_sep": ("; ", "；"),
    "choose.notes_end": (".", "。"),
    "choose.demand": (
        '   What the sources say: "{text}" (source: {source})',
        "   资料怎么说：“{text}”（来源：{source}）",
    ),
    "choose.ask": (
        'Which one would you like to aim for? Answer with its number or name, or say "you pick" '
        "and I'll take the first.",
        "你想选哪一个？回复编号或名称即可；也可以说“你帮我选”，我就选第一个。",
    ),
    "choose.reask": (
        "Sorry, I couldn't tell which one you meant. Which role: {options}? A number or a name "
        'is enough, or say "you pick".',
        "抱歉，我没看出你选的是哪一个。请选：{options}？回复编号或名称即可，也可以说“你帮我选”。",
    ),
    "choose.compare_intro": ("Here is how they compare:", "对比一下："),
    "choose.compare_line": (
        "{n}. {name}: you cover about {pct}% of it; about {total} h to close the gaps{pace}; "
        "{coding}.",
        "{n}. {name}：你已具备约 {pct}%；补齐差距约需 {total} 小时{pace}；{coding}。",
    ),
    "choose.compare_code": ("it needs coding", "需要写代码"),
    "choose.option_short": ("{n} {name}", "{n} {name}"),
    "choose.or": (" or ", "、"),
    "choose.sep": (", ", "、"),
    # how the role was chosen (plan record and summary)
    "choose.how.number": (
        "you picked option {n} of the {count} I showed",
        "你从我列出的 {count} 个方向中选了第 {n} 个",
    ),
    "choose.how.ordinal": (
        "you picked option {n} of the {count} I showed",
        "你从我列出的 {count} 个方向中选了第 {n} 个",
    ),
    "choose.how.name": (
        "you picked it by name from the {count} I showed",
        "你从我列出的 {count} 个方向中按名称选了它",
    ),
    "choose.how.coach_pick": (
        "my pick, as you asked: the best fit of the {count} I showed",
        "按你的意思由我来选：{count} 个方向中最合适的一个",
    ),
    "choose.how.named_other": (
        "you named it yourself instead of the {count} I showed",
        "你没有选我列出的 {count} 个方向，而是自己指定了它",
    ),
    "choose.how.only_option": ("the only role that fits what you said", "这是唯一符合你描述的岗位"),
    # the short summary before planning
    "choose.summary": (
        "Before I plan, here is what I understood:\n{lines}\nIf any of this is wrong, tell me "
        "and I'll re-plan.",
        "制定计划前，先确认我的理解：\n{lines}\n如果有不对的地方，告诉我，我会重新规划。",
    ),
    "choose.summary.now": ("- Now: {now}", "- 现在：{now}"),
    "choose.summary.years": ("{role}, {years:g} years", "{role}，{years:g} 年"),
    "choose.summary.target": ("- Target: {target}", "- 目标：{target}"),
    "choose.summary.target_how": ("- Target: {target} ({how})", "- 目标：{target}（{how}）"),
    "choose.summary.time": (
        "- Time: {hours:g} h a week for {weeks} weeks",
        "- 时间：每周 {hours:g} 小时，共 {weeks} 周",
    ),
    "choose.summary.low_end": (
        " (the lower end of the {low:g}-{high:g} you gave)",
        "（取你说的 {low:g}-{high:g} 的下限）",
    ),
    "choose.summary.skills": ("- Skills I count: {skills}", "- 我会算作已有的技能：{skills}"),
    "choose.summary.background": (
        "; carried over from your work and skills: {skills}",
        "；由你的工作经历和技能带来的：{skills}",
    ),
    "choose.summary.background_only": (
        "- Skills I count, from your work: {skills}",
        "- 我会算作已有的技能（来自你的工作经历）：{skills}",
    ),
    "choose.summary.coding_conflict": (
        "- This role needs coding, though you said you'd rather not; the plan includes it. "
        "Say so if you'd rather aim for a role without coding.",
        "- 这个岗位需要写代码，而你说过不想写代码；计划里包含编程。如果想换成不用写代码的方向，告诉我。",
    ),
    "choose.summary.no_skills": ("- Skills I count: none yet", "- 我会算作已有的技能：暂无"),
    "choose.summary.no_coding": (
        "- You'd rather not code: I keep to that",
        "- 你不想写代码：我会照此安排",
    ),
    "choose.unknown": ("not given", "未提供"),
    # coach profile
    "choose.profile.title": (
        "What coach knows about {user}{session}:",
        "coach 对 {user} 的了解{session}：",
    ),
    "choose.profile.session": (" (session {session})", "（会话 {session}）"),
    "choose.profile.none": (
        "coach knows nothing about {user} yet: start with `coach chat --user {user}`.",
        "coach 还不了解 {user}：先运行 `coach chat --user {user}`。",
    ),
    "choose.profile.words": ('   your words: "{words}"', "   你的原话：“{words}”"),
    "choose.profile.no_words": (
        "   (not from your words in this session)",
        "   （不是来自本会话中你的原话）",
    ),
    "choose.profile.unknown": ("not given yet", "尚未提供"),
    "choose.profile.unsure": ("not sure yet", "还不确定"),
    "choose.profile.field.current_role": ("Now", "现在"),
    "choose.profile.field.years_experience": ("Years of experience", "工作年限"),
    "choose.profile.field.target_role": ("Target role", "目标岗位"),
    "choose.profile.field.target_candidates": ("Roles to choose from", "待选岗位"),
    "choose.profile.field.hours_per_week": ("Hours a week", "每周小时数"),
    "choose.profile.field.horizon_weeks": ("Horizon (weeks)", "期限（周）"),
    "choose.profile.field.region": ("Region", "地区"),
    "choose.profile.field.language": ("Language", "语言"),
    "choose.profile.field.constraints": ("Wishes and limits", "意愿与限制"),
    "choose.profile.field.skills": ("Skills", "技能"),
    "choose.profile.skill": (
        '   - {name} (level {level}): "{words}"',
        "   - {name}（等级 {level}）：“{words}”",
    ),
    "choose.profile.choice": (
        "   chosen from: {options} ({how})",
        "   从以下岗位中选定：{options}（{how}）",
    ),
    "choose.profile.field.transferred": (
        "Skills counted from your work and other skills",
        "由你的工作和其他技能推断的技能",
    ),
    "choose.profile.transferred": (
        "   - {name} (level {level}): {words}",
        "   - {name}（等级 {level}）：{words}",
    ),
    "choose.plan_line": (
        "Why this role: {how}. The roles shown: {options}.",
        "为什么是这个岗位：{how}。当时列出的岗位：{options}。",
    ),
    "choose.plan_option": ("{name} ({pct}% fit)", "{name}（匹配度 {pct}%）"),
}
