"""Messages for the understand area (en, zh). Keys are prefixed by area; see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "understand.hours_range": (
        "You said {low:g}-{high:g} hours a week; I'll plan on {low:g} so the plan holds in a "
        "busy week.",
        "你说每周 {low:g}-{high:g} 小时；我按 {low:g} 小时来排，忙的时候也能坚持。",
    ),
    "understand.zero_horizon": (
        "Zero weeks leaves no time to learn anything, so I can't plan on it.",
        "0 周没有留出学习的时间，我没法按这个来排。",
    ),
    "understand.hours_parts": (
        "I read your time as {how} = {total} hours a week; say so if you meant otherwise.",
        "我把你的时间算作 {how} = 每周 {total} 小时；如果不是这个意思，告诉我。",
    ),
    "understand.weekend_assumed": (
        "You said a bit more at the weekend without a figure, so I counted each weekend day "
        "like one of your weekdays; tell me if it is more.",
        "你说周末会多一点但没说多少，我先把周末每天按一个工作日的时间算；如果更多，告诉我。",
    ),
    "understand.horizon_range": (
        "You gave {low}-{high} weeks; I'll plan on {low} weeks, the earliest you named, so the "
        "plan is done in time; the weeks up to {high} are slack if life gets in the way.",
        "你给的时间是 {low}-{high} 周；我按最早的 {low} 周来排，保证按时走完；到 {high} 周之前多出来的时间留作缓冲，"
        "万一中途有事也不耽误。",
    ),
    "understand.edge_track": (
        "On-device (edge) AI is not a role of its own here: it is the edge track of {role}. "
        "The core is the same (quantisation, inference optimisation), aimed at chips and NPUs "
        "rather than servers; I plan for {role} and count on-device inference among what you "
        "want to learn.",
        "端侧 AI 在我这里不是单独的岗位，而是{role}的端侧方向：核心能力相同（模型量化、推理优化），"
        "只是部署目标是芯片和 NPU 而不是服务器。我按{role}来规划，并把端侧推理部署记为你想学的内容。",
    ),
    "understand.in_place": (
        "You want AI in the job you have, not a new career: that is upskilling in place. "
        "The closest fit I have is {role}: it keeps your own work and adds using AI well in it "
        "(prompting, judging the output, building it into your workflow), with no coding; "
        "I'll plan for that.",
        "你想在现在的工作里用好 AI，而不是转行：这是在本岗位上提升。我这里最接近的是{role}："
        "保留你自己的工作，加上把 AI 用好（提示词、审核 AI 产出、把它融入工作流程），不需要写代码；"
        "我按这个来规划。",
    ),
    "understand.not_in_kb_first": (
        "I don't have the role '{raw}' in my knowledge base, so I can't plan for it honestly. "
        "The closest roles I do have are {names}; once I know the rest, I'll show you how each "
        "fits you, and you pick one (or name one now).",
        "我的知识库里没有“{raw}”这个岗位，没法据实为它做计划。最接近的是{names}；等我了解完其余情况，"
        "会逐个说明它们和你的匹配度，由你来选（现在直接说也可以）。",
    ),
    "understand.real_job_missing": (
        "You asked whether '{raw}' is a real job: my sources don't describe it as a role of its "
        "own, so I can't tell you how common it is or what it pays.{cover}",
        "你问“{raw}”是不是真实存在的岗位：我的资料里没有把它当作一个独立岗位来描述，所以我没法告诉你它有多常见、"
        "收入如何。{cover}",
    ),
    "understand.real_job_kb": (
        "You asked whether it is a real job: yes, my sources describe it as a role of its own "
        "({role}).",
        "你问这是不是真实的岗位：是的，我的资料里把它作为一个独立岗位来描述（{role}）。",
    ),
    "understand.asked_role_kb": (
        "You asked about '{words}': in my knowledge base that is {role}; say so if you'd rather "
        "aim for it.",
        "你问到“{words}”：在我的知识库里它对应{role}；如果你更想做这个，直接告诉我。",
    ),
    "understand.asked_role_missing": (
        "You asked about '{words}': it is not a role in my knowledge base, so I can't plan for "
        "it honestly.{cover}",
        "你问到“{words}”：我的知识库里没有这个岗位，没法据实为它做计划。{cover}",
    ),
    "understand.role_cover": (
        " What its words name that my sources do cover: {skills}, a skill of {roles}.",
        "它涉及的内容里，我的资料覆盖的是：{skills}，这是{roles}需要的技能。",
    ),
    "understand.role_cover_skills": (
        " What its words name that my sources do cover: {skills}.",
        "它涉及的内容里，我的资料覆盖的是：{skills}。",
    ),
    "understand.hours_lasting": (
        "I'll plan on the {hours:g} hours a week that last; the extra time you have for a while "
        "is a head start, not the plan's pace.",
        "我按能长期坚持的每周 {hours:g} 小时来排；某段时间多出来的时间算作提前量，不作为计划的节奏。",
    ),
    "understand.ask_horizon_in_place": (
        "By when do you want to be using AI well in your work? (for example: '3 months', "
        "'by the summer')",
        "你希望多久之内能在工作里把 AI 用起来？（例如：“3 个月”、“暑假前”）",
    ),
    "understand.years_changed": (
        "Noted: {new:g} years of experience, not {old:g}.",
        "好的，工作年限按 {new:g} 年算，不是 {old:g} 年。",
    ),
    "understand.region.CN": ("China", "中国"),
    "understand.region.US": ("United States", "美国"),
    "understand.region.UK": ("United Kingdom", "英国"),
    "understand.region.DE": ("Germany", "德国"),
    "understand.region.FR": ("France", "法国"),
    "understand.region.NL": ("Netherlands", "荷兰"),
    "understand.region.EU": ("Europe (EU)", "欧洲（欧盟）"),
    "understand.region.SG": ("Singapore", "新加坡"),
    "understand.region.IN": ("India", "印度"),
    "understand.region.JP": ("Japan", "日本"),
    "understand.region.KR": ("South Korea", "韩国"),
    "understand.region.HK": ("Hong Kong", "香港"),
    "understand.region.TW": ("Taiwan", "台湾"),
    "understand.region.CA": ("Canada", "加拿大"),
    "understand.region.AU": ("Australia", "澳大利亚"),
    "understand.region.AE": ("United Arab Emirates", "阿联酋"),
    "understand.region.remote": ("remote roles", "远程岗位"),
    "understand.confirmed": (
        "Thanks for confirming. The plan stands as drafted and waits for the mentor; type /plan "
        "to read it. You can still change the hours, the horizon or the target until then.",
        "好的，已确认。计划按草案提交，正在等导师审批；输入 /plan 可查看。导师审批前仍可修改每周时间、期限或目标。",
    ),
    "understand.what_to_change": (
        "What should I change? Say it in your words, for example 'only 6 hours a week', "
        "'by next summer', 'target: agent engineer' or 'I don't know Python', and I'll re-plan "
        "before the mentor sees it.",
        "要改哪里？直接说就行，比如“每周只有6小时”“明年夏天前”“目标改成智能体工程师”或“其实我不会Python”，"
        "我会在导师审批前重新规划。",
    ),
    "understand.replan": (
        "Noted: I've updated your plan with that change. The new version goes to the mentor.",
        "收到：我已按这个变化更新了计划，新版本会交给导师审核。",
    ),
    # A question asked twice without an answer is not asked a third time (COACHING A1).
    "understand.role_not_said": ("not said", "未说明"),
    "understand.default_background": (
        "I'll go on without your current job for now; tell me any time and I'll re-plan.",
        "你的现职我先不问了，按“未说明”往下走；之后随时告诉我，我会重新规划。",
    ),
    "understand.default_target": (
        "I'll suggest the roles that fit you best, and you pick one.",
        "那我先按你的背景推荐几个最合适的方向，由你来选。",
    ),
    "understand.default_hours": (
        "I'll plan on {hours:g} hours a week for now; say another figure any time.",
        "我先按每周 {hours:g} 小时来排；想改随时告诉我。",
    ),
    "understand.default_horizon": (
        "I'll plan on {weeks} weeks (about a year) for now; say another date any time.",
        "我先按 {weeks} 周（约一年）来排；想改随时告诉我。",
    ),
}
