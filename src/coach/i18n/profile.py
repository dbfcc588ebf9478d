"""Messages for `coach profile` (en, zh). Keys are prefixed by area (``profile.``); see
coach.i18n.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "profile.title": (
        "What coach knows about {user}{session}:",
        "coach 对 {user} 的了解{session}：",
    ),
    "profile.session": (
        " (session {session})",
        "（会话 {session}）",
    ),
    "profile.none": (
        "coach knows nothing about {user} yet: start with `coach chat --user {user}`.",
        "coach 还不了解 {user}：先运行 `coach chat --user {user}`。",
    ),
    "profile.words": (
        '   your words: "{words}"',
        "   你的原话：“{words}”",
    ),
    "profile.no_words": (
        "   (not from your words in this session)",
        "   （不是来自本会话中你的原话）",
    ),
    "profile.line": (
        "- {label}: {value}",
        "- {label}：{value}",
    ),
    "profile.line_head": (
        "- {label}:",
        "- {label}：",
    ),
    "profile.no_skills": (
        "   (none named yet)",
        "   （暂未提到）",
    ),
    "profile.no_coding": (
        "no coding",
        "不写代码",
    ),
    "profile.unknown": (
        "not given yet",
        "尚未提供",
    ),
    "profile.unsure": (
        "not sure yet",
        "还不确定",
    ),
    "profile.field.current_role": (
        "Now",
        "现在",
    ),
    "profile.field.years_experience": (
        "Years of experience",
        "工作年限",
    ),
    "profile.field.target_role": (
        "Target role",
        "目标岗位",
    ),
    "profile.field.target_candidates": (
        "Roles to choose from",
        "待选岗位",
    ),
    "profile.field.hours_per_week": (
        "Hours a week",
        "每周小时数",
    ),
    "profile.field.horizon_weeks": (
        "Horizon (weeks)",
        "期限（周）",
    ),
    "profile.field.region": (
        "Region",
        "地区",
    ),
    "profile.field.language": (
        "Language",
        "语言",
    ),
    "profile.field.constraints": (
        "Wishes and limits",
        "意愿与限制",
    ),
    "profile.field.skills": (
        "Skills",
        "技能",
    ),
    "profile.skill": (
        '   - {name} (level {level}): "{words}"',
        "   - {name}（等级 {level}）：“{words}”",
    ),
    "profile.choice": (
        "   chosen from: {options} ({how})",
        "   从以下岗位中选定：{options}（{how}）",
    ),
    "profile.field.transferred": (
        "Skills counted from your work and other skills",
        "由你的工作和其他技能推断的技能",
    ),
    "profile.transferred": (
        "   - {name} (level {level}): {words}",
        "   - {name}（等级 {level}）：{words}",
    ),
}
