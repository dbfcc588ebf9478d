"""Messages for the coach area (en, zh): how the mentor's and the user's requests are described as applied, and the reviewer's findings on them. Keys are prefixed by area; see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "coach.constraint.skill_hours": (
        "{skill}: {op} {skill_hours:g} h",
        "{skill}：{op} {skill_hours:g} 小时",
    ),
    "coach.constraint.min_level": (
        "{skill}: to {level_name} level at least",
        "{skill}：至少学到{level_name}水平",
    ),
    "coach.check.min_level": (
        "{skill} was asked to reach {want} level; the plan takes it to {got}.",
        "要求{skill}学到{want}水平；计划只到{got}。",
    ),
    "coach.constraint.skill_hours.untaught": (
        "{skill}: not taught in this plan, so there is nothing to cut",
        "{skill}：本计划不安排这项，无需压缩",
    ),
    "coach.constraint.include_skill": ("Added: {skill}", "已加入：{skill}"),
    "coach.constraint.exclude_skill": ("Skill left out: {skill}", "不安排该技能：{skill}"),
    "coach.constraint.focus_skill": (
        "Core, scheduled early: {skill}",
        "作为核心并提前安排：{skill}",
    ),
    "coach.constraint.start_with": ("Starts with: {skill}", "最先学：{skill}"),
    "coach.constraint.move_earlier": ("Moved earlier: {skill}", "提前安排：{skill}"),
    "coach.constraint.move_later": ("Moved later: {skill}", "推后安排：{skill}"),
    "coach.constraint.exclude_resource_kind": (
        "No resources of kind: {kind}",
        "不使用此类资源：{kind}",
    ),
    "coach.constraint.exclude_topic": ("Topic left out: {topic}", "不安排该主题：{topic}"),
    "coach.constraint.max_hours_per_week": ("{hours:g} h a week", "每周 {hours:g} 小时"),
    "coach.constraint.hours_from": (
        "At most {hours:g} h a week from {day}",
        "自 {day} 起每周最多 {hours:g} 小时",
    ),
    "coach.constraint.extend_horizon": (
        "Horizon extended to {weeks} weeks",
        "周期延长到 {weeks} 周",
    ),
    "coach.constraint.shorten_horizon": (
        "Horizon shortened to {weeks} weeks",
        "周期缩短到 {weeks} 周",
    ),
    "coach.constraint.set_horizon": ("Horizon set to {weeks} weeks", "周期设为 {weeks} 周"),
    "coach.constraint.project_earlier": (
        "Portfolio project as early as it can be: right after the skills it is built with",
        "作品集项目尽量提前：学完它用到的技能后立即开始",
    ),
    "coach.constraint.project_later": (
        "Portfolio project after the other skills",
        "作品集项目放在其他技能之后",
    ),
    "coach.constraint.project_field": (
        "Portfolio project on {field}",
        "作品集项目改为{field}领域",
    ),
    "coach.constraint.add_project": (
        "Portfolio project, about {skill_hours:g} h{topic}",
        "作品集项目，约 {skill_hours:g} 小时{topic}",
    ),
    "coach.constraint.project_topic": (
        "Portfolio project: {topic}",
        "作品集项目改为：{topic}",
    ),
    "coach.project_topic_desc": (
        "Your mentor's project: {topic}. Build it end to end with the skills the plan teaches "
        "before it, and show it working on real (or de-identified) examples.",
        "导师定的项目：{topic}。用计划中在它之前学到的技能从头到尾做出来，"
        "并用真实（或已脱敏）的例子演示它能用。",
    ),
    "coach.check.add_project": (
        "The mentor asked to add a portfolio project, but the plan has none (no free hours).",
        "导师要求加一个作品集项目，但计划里没有（没有空余时间）。",
    ),
    "coach.check.project_topic": (
        "The portfolio project is not the one the mentor asked for: {topic}.",
        "作品集项目不是导师要求的那个：{topic}。",
    ),
    "coach.check.project_topic_needs": (
        "The project asked for needs {skills}, which the plan does not teach before it "
        "(add it, or choose a topic built from what the plan teaches).",
        "导师要求的项目需要{skills}，而计划在项目之前没有安排（可以加上，或换一个用计划所学就能做的题目）。",
    ),
    "coach.project_themed": ("{title}, on {field} data", "{title}（{field}领域数据）"),
    "coach.project_themed_desc": (
        "Built on {field} data (public or de-identified), as your mentor asked.",
        "按导师要求，使用{field}领域的数据（公开或已脱敏）来做。",
    ),
    "coach.constraint.note": ("Not applied (mentor's words): {text}", "未应用（导师原话）：{text}"),
    "coach.constraint.note_user": ("Your note: {text}", "你的备注：{text}"),
    "coach.constraint.user_prefix": ("At your request: ", "按你的要求："),
    "coach.check.hours_max": (
        "{skill} has {got} h; the request allows at most {want} h.",
        "{skill} 安排了 {got} 小时；要求最多 {want} 小时。",
    ),
    "coach.check.hours_min": (
        "{skill} has {got} h; the request asks for {want} h.",
        "{skill} 安排了 {got} 小时；要求 {want} 小时。",
    ),
    "coach.check.missing": (
        "{skill} was asked for but is not in the plan.",
        "要求加入 {skill}，但计划里没有。",
    ),
    "coach.check.starts_after_needs": (
        "{skill} starts in week {week}, not at the very start: it builds on {skills}, which "
        "come first.",
        "{skill}第 {week} 周才开始，不能放在最开头：它要先学{skills}。",
    ),
    "coach.check.nothing_to_move": (
        "{skill} was asked to come later, but the plan does not teach it: nothing to move.",
        "要求把{skill}往后放，但计划里没有这项内容：无需移动。",
    ),
    "coach.check.front_known": (
        "{skill} was asked to come first, but the person already has it at the level the role "
        "needs: the plan does not teach it again.",
        "要求先学{skill}，但此人已达到岗位所需水平：计划不再重复安排。",
    ),
    "coach.check.deferred_why": (
        "{skill} was asked for but is not scheduled: {why} Say how many hours it should get "
        "to have it taught anyway.",
        "要求加入{skill}，但没有安排：{why}如仍要安排，请说明给它多少小时。",
    ),
    "coach.check.deferred": (
        "{skill} was asked for but does not fit the hours: it is deferred (see Deferred).",
        "要求加入 {skill}，但时间不够，已推迟（见“推迟”部分）。",
    ),
    "coach.check.raise_from": (
        "{want} h a week for a time is more than the plan's {got} h: extra hours for part of "
        "the plan are not used, the plan keeps {got} h a week. To use them, ask for {want} h a "
        "week for the whole plan, or a shorter horizon.",
        "一段时间每周 {want} 小时多于计划的 {got} 小时：只在部分时间增加的时间不会被使用，计划仍为每周 {got} 小时。"
        "如要用上，请改为整个计划每周 {want} 小时，或缩短周期。",
    ),
    "coach.check.raise_from_fits": (
        "{want} h a week for a time would buy nothing: the plan's work already fits in {got} h "
        "a week (it ends in week {end} of {weeks}), so the plan keeps {got} h a week. To use "
        "the extra hours, shorten the horizon or add a skill.",
        "一段时间每周 {want} 小时不会带来变化：计划内容按每周 {got} 小时已经排得下（第 {end} 周就结束，共 {weeks} 周），"
        "所以计划仍为每周 {got} 小时。如要用上多出的时间，请缩短周期或加一项技能。",
    ),
    "coach.check.not_early": (
        "{skill} was asked to come first, but “{other}” comes before it and is not needed for it.",
        "要求先安排 {skill}，但“{other}”排在它前面，且不是它的前置。",
    ),
    "coach.check.not_late": (
        "{skill} was asked to come later, but most of the plan still comes after it.",
        "要求推后 {skill}，但计划的大部分内容仍排在它之后。",
    ),
    "coach.check.project_field": (
        "The portfolio project is not about {field} as the mentor asked.",
        "作品集项目没有按导师要求改为{field}领域。",
    ),
    "coach.check.project_later": (
        "The project was asked to come after the core skills, but it starts before them.",
        "要求项目放在核心技能之后，但它排在前面。",
    ),
    "coach.check.weekly": (
        "The plan uses {got} h a week; the request sets {want} h.",
        "计划每周 {got} 小时；要求每周 {want} 小时。",
    ),
    "coach.check.horizon": (
        "The plan lasts {got} weeks; the request makes it {want} weeks.",
        "计划为 {got} 周；要求为 {want} 周。",
    ),
    "coach.constraint.undo": (
        "Put back as it was before your earlier request: {what}",
        "已恢复为之前的样子：{what}",
    ),
    "coach.constraint.undo.last": (
        "Your previous request is taken back: the plan is as it was before it",
        "已撤回你上一次的要求：计划恢复到那之前的样子",
    ),
    "coach.undo.project": ("the portfolio project", "作品集项目"),
    "coach.undo.job_search": ("the job search", "求职准备"),
    "coach.constraint.project_data.deidentified": (
        "The portfolio project uses de-identified data only",
        "作品集项目只用脱敏数据",
    ),
    "coach.constraint.project_data.synthetic": (
        "The portfolio project uses synthetic data only",
        "作品集项目只用模拟（合成）数据",
    ),
    "coach.constraint.project_data.public": (
        "The portfolio project uses public datasets only",
        "作品集项目只用公开数据集",
    ),
    "coach.project_data.deidentified": (
        "Data: de-identified cases only, never real people's records.",
        "数据：只用脱敏后的案例，绝不用真实个人的记录。",
    ),
    "coach.project_data.synthetic": (
        "Data: synthetic (made-up) cases only, in place of any real records named above.",
        "数据：只用模拟（合成）的案例，代替上面提到的任何真实记录。",
    ),
    "coach.project_data.public": (
        "Data: public datasets only, in place of any real records named above.",
        "数据：只用公开数据集，代替上面提到的任何真实记录。",
    ),
    "coach.constraint.place_after": (
        "{what} comes right after {ref}",
        "{what}紧接在{ref}之后",
    ),
    "coach.check.project_data": (
        "The mentor asked the project to use {rule}; the project does not say so.",
        "导师要求项目{rule}；项目说明里没有写明。",
    ),
    "coach.check.place_after_missing": (
        "{what} was asked to come right after {ref}, but the plan has no {missing}.",
        "要求{what}紧接在{ref}之后，但计划里没有{missing}。",
    ),
    "coach.check.place_after": (
        "{what} was asked to come right after {ref} (which ends in week {end}); it starts in "
        "week {got}.",
        "要求{what}紧接在{ref}（第 {end} 周学完）之后；实际第 {got} 周开始。",
    ),
}
