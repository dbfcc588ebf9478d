"""Messages for the understand area (en, zh). Keys are prefixed by area; see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "understand.not_in_kb": (
        "I don't have the role '{raw}' in my knowledge base, so I can't plan for it honestly. "
        "The closest roles I do have are below; reply with a number, or say 'not sure':\n"
        "{options}",
        "我的知识库里没有“{raw}”这个岗位，没法据实为它做计划。下面是最接近的岗位，"
        "回复序号，或说“不确定”：\n{options}",
    ),
    "understand.hours_range": (
        "You said {low:g}-{high:g} hours a week; I'll plan on {low:g} so the plan holds in a "
        "busy week.",
        "你说每周 {low:g}-{high:g} 小时；我按 {low:g} 小时来排，忙的时候也能坚持。",
    ),
    "understand.hours_parts": (
        "I read your time as {how} = {total} hours a week; say so if you meant otherwise.",
        "我把你的时间算作 {how} = 每周 {total} 小时；如果不是这个意思，告诉我。",
    ),
    "understand.horizon_range": (
        "You gave {low}-{high} weeks; I'll plan on {low} weeks and say what the extra time buys.",
        "你给的时间是 {low}-{high} 周；我按 {low} 周来排。",
    ),
    "understand.replan": (
        "Noted: I've updated your plan with that change. The new version goes to the mentor.",
        "收到：我已按这个变化更新了计划，新版本会交给导师审核。",
    ),
}
