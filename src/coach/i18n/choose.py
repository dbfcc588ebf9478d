"""Messages for choosing a role: the numbered options with why, the re-ask, the comparison
(en, zh). Keys are prefixed by area (``choose.``); see coach.i18n.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "progress.choose_role": (
        "Comparing the roles that fit you…",
        "正在比较适合你的岗位…",
    ),
    "choose.intro": (
        "You're not sure which role to aim for, so here are the three that fit you best{basis}:",
        "你还不确定目标岗位，下面是最适合你的三个方向{basis}：",
    ),
    "choose.intro_close": (
        "Your words fit more than one role{basis}. Which of these did you mean?",
        "你说的方向对应不止一个岗位{basis}。你指的是哪一个？",
    ),
    "choose.intro_not_in_kb": (
        "I don't have the role '{raw}' in my knowledge base, so I can't plan for it honestly. "
        "These are the closest roles I do have{basis}, each with why:",
        "我的知识库里没有“{raw}”这个岗位，没法据实为它做计划。下面是我有的最接近的岗位{basis}，"
        "逐个说明理由：",
    ),
    "choose.shares": (
        "   What it shares with '{asked}': {skills}.",
        "   与“{asked}”相通的地方：{skills}。",
    ),
    "choose.shares_core": (
        "   What it shares with '{asked}': {skills}, a core skill of this role.",
        "   与“{asked}”相通的地方：{skills}，是这个岗位的核心技能之一。",
    ),
    "choose.shares_none": (
        "   It shares none of the words of '{asked}'; it is here because it fits your background.",
        "   它和“{asked}”的内容没有直接重合；列出它是因为它适合你的背景。",
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
        "Those are all the roles I know well enough to plan for honestly. Of them, these fit you best{basis}:",
        "我能据实做计划的岗位就是这些了。其中最适合你的是{basis}：",
    ),
    "choose.basis": (
        " (from what you told me: {facts})",
        "（根据你说的：{facts}）",
    ),
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
    "choose.strengths": (
        "   Strengths that transfer: {items}.",
        "   可迁移的强项：{items}。",
    ),
    "choose.strength": (
        '{skill} ("{words}")',
        "{skill}（“{words}”）",
    ),
    "choose.strength_via": (
        '{skill}, from {via} ("{words}")',
        "{skill}（由{via}迁移：“{words}”）",
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
    "choose.pace": (
        ", about {weeks} weeks at your pace",
        "，按你的节奏约 {weeks} 周",
    ),
    "choose.pace_over": (
        ", about {weeks} weeks at your pace (more than your {horizon} weeks)",
        "，按你的节奏约 {weeks} 周（超过你计划的 {horizon} 周）",
    ),
    "choose.field": (
        "It builds on your {field} background",
        "它能用上你在{field}方面的背景",
    ),
    "choose.coding": (
        "it needs coding, which you said you'd rather not do",
        "它需要写代码，而你说过不想写代码",
    ),
    "choose.coding_hours": (
        "it needs coding (about {hours} h of programming first), which you said you'd rather not do",
        "它需要写代码（要先学约 {hours} 小时编程），而你说过不想写代码",
    ),
    "choose.programming_first": (
        "it needs programming first: about {hours} h before its own skills",
        "需要先学编程：在它本身的技能之前约 {hours} 小时",
    ),
    "choose.no_coding": (
        "no coding needed",
        "不需要写代码",
    ),
    "choose.notes_sep": (
        "; ",
        "；",
    ),
    "choose.notes_end": (
        ".",
        "。",
    ),
    "choose.demand": (
        '   What the sources say: "{text}" (source: {source})',
        "   资料怎么说：“{text}”（来源：{source}）",
    ),
    "choose.ask": (
        'Which one would you like to aim for? Answer with its number or name, or say "you pick" and I\'ll take the one that fits you best.',
        "你想选哪一个？回复编号或名称即可；也可以说“你帮我选”，我就选最适合你的那个。",
    ),
    "choose.undone": (
        "Sorry, I took that as your pick. Nothing is planned until you choose.",
        "抱歉，我把那句当成了你的选择。在你选定之前，我不会做计划。",
    ),
    "choose.ask_again": (
        'Which role would you like: {options}? A number or a name is enough, or say "you pick".',
        "你想选哪一个：{options}？回复编号或名称即可，也可以说“你帮我选”。",
    ),
    "choose.reask": (
        'Sorry, I couldn\'t tell which one you meant. Which role: {options}? A number or a name is enough, or say "you pick".',
        "抱歉，我没看出你选的是哪一个。请选：{options}？回复编号或名称即可，也可以说“你帮我选”。",
    ),
    "choose.compare_intro": (
        "Here is how they compare:",
        "对比一下：",
    ),
    "choose.compare_line": (
        "{n}. {name}: you cover about {pct}% of it; about {total} h to close the gaps{pace}; {coding}.",
        "{n}. {name}：你已具备约 {pct}%；补齐差距约需 {total} 小时{pace}；{coding}。",
    ),
    "choose.compare_code": (
        "it needs coding",
        "需要写代码",
    ),
    "choose.option_short": (
        "{n} {name}",
        "{n} {name}",
    ),
    "choose.or": (
        " or ",
        "、",
    ),
    "choose.sep": (
        ", ",
        "、",
    ),
    "choose.why": (
        "covers about {pct}% of it; strengths that transfer: {strengths}; biggest gap: {gap}; "
        "about {total} h to close every gap",
        "已具备约 {pct}%；可迁移的强项：{strengths}；最大差距：{gap}；补齐全部差距约需 {total} 小时",
    ),
    "choose.why_none": ("none", "暂无"),
}
