"""Messages for the checks area (en, zh). Keys are prefixed by area; see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "checks.week_over": (
        "Week {week} has {hours} h scheduled, over its limit of {limit} h.",
        "第 {week} 周安排了 {hours} 小时，超过上限 {limit} 小时。",
    ),
    "checks.weeks_beyond": (
        "Hours are scheduled in week {week}, after the {horizon}-week horizon.",
        "第 {week} 周仍有安排，超出了 {horizon} 周的周期。",
    ),
    "checks.week_beyond": (
        "{what} ends in week {week}, after the {horizon}-week horizon.",
        "“{what}”在第 {week} 周结束，超出了 {horizon} 周的周期。",
    ),
    "checks.week_order": (
        "{what} has week_start after week_end.",
        "“{what}”的开始周晚于结束周。",
    ),
    "checks.total_mismatch": (
        "Total hours {total} do not match the weekly hours, which add up to {sum}.",
        "总学时 {total} 与每周学时之和 {sum} 不一致。",
    ),
    "checks.items_over_total": (
        "Items add up to {items} h, more than the {total} h scheduled.",
        "各学习项合计 {items} 小时，超过已安排的 {total} 小时。",
    ),
    "checks.over_capacity": (
        "{total} h scheduled but only {capacity} h fit in {weeks} weeks.",
        "安排了 {total} 小时，但 {weeks} 周内只有 {capacity} 小时可用。",
    ),
    "checks.thin_buffer": (
        "Only {share}% of the available hours are left as a buffer (aim for at least 10%).",
        "可用时间中只留了 {share}% 作为缓冲（建议至少 10%）。",
    ),
    "checks.gap_uncovered": (
        "Gap {skill} (level {need} needed) is neither planned to that level nor deferred.",
        "技能差距{skill}（需要 {need} 级）既没有安排到该水平，也没有说明推迟。",
    ),
    "checks.deferral_no_reason": (
        "{skill} is deferred without a reason.",
        "{skill}被推迟但没有说明原因。",
    ),
    "checks.prereq_order": (
        "{skill} starts in week {start}, before its prerequisite {pre} ends (week {end}).",
        "{skill}在第 {start} 周开始，早于其前置技能{pre}的结束（第 {end} 周）。",
    ),
    "checks.prereq_sequence": (
        "{skill} is listed before its prerequisite {pre}.",
        "{skill}排在其前置技能{pre}之前。",
    ),
    "checks.prereq_deferred": (
        "{skill} is planned but its prerequisite {pre} is a gap with no item.",
        "{skill}已安排，但其前置技能{pre}是差距却没有安排。",
    ),
    "checks.no_deliverable": (
        "{what} has no deliverable.",
        "“{what}”没有可交付成果。",
    ),
    "checks.no_check": (
        "Milestone in week {week} does not say how it is checked.",
        "第 {week} 周的里程碑没有说明如何检查。",
    ),
    "checks.milestone_gap": (
        "No milestone for {gap} weeks (weeks {a}-{b}); aim for one every 3-6 weeks.",
        "连续 {gap} 周没有里程碑（第 {a}-{b} 周）；建议每 3-6 周一个。",
    ),
    "checks.no_milestones": (
        "The plan has no milestones.",
        "计划没有里程碑。",
    ),
    "checks.unknown_skill": (
        "Unknown skill id {ref} in {where}.",
        "{where}中的技能{ref}不在知识库中。",
    ),
    "checks.unknown_resource": (
        "Unknown resource id {ref}.",
        "资源{ref}不在知识库中。",
    ),
    "checks.resource_mismatch": (
        "Resource {ref} does not teach {skill}.",
        "资源{ref}并不教授{skill}。",
    ),
    "checks.unknown_fact": (
        "Fact {ref} is not in the knowledge base.",
        "事实{ref}不在知识库中。",
    ),
    "checks.where.target": ("the target role", "目标岗位"),
    "checks.where.gaps": ("the skill gaps", "技能差距"),
    "checks.where.deferred": ("the deferred skills", "暂缓的技能"),
    "checks.where.options": ("the options", "备选方案"),
    "checks.where.band": ("the {level} pay band", "{level}薪资区间"),
    "checks.fact_source": (
        "Fact {ref} cites {source}, but the knowledge base gives {expected}.",
        "事实{ref}引用了{source}，但知识库中的来源是{expected}。",
    ),
    "checks.unknown_source": (
        "Source {ref} ({where}) is not in the knowledge base.",
        "{where}引用的来源{ref}不在知识库中。",
    ),
    "checks.unknown_role": (
        "Role {ref} ({where}) is not in the knowledge base.",
        "{where}中的岗位{ref}不在知识库中。",
    ),
    "checks.promise": (
        "A promise about jobs or pay: “{text}”. Plans describe the market, never promise.",
        "出现了对就业或薪资的承诺：“{text}”。计划只描述市场，不做承诺。",
    ),
    "checks.language_text": (
        "Text is not in the user's language ({language}): “{text}”.",
        "文本不是用户使用的语言（{language}）：“{text}”。",
    ),
    "checks.language_share": (
        "Only {share}% of the plan's words are Chinese; the user writes Chinese.",
        "计划中只有 {share}% 的文字是中文，而用户使用中文。",
    ),
    "checks.language_share_en": (
        "{share}% of the plan's words are Chinese; the user writes English.",
        "计划中有 {share}% 的文字是中文，而用户使用英文。",
    ),
    "checks.lang.en": ("English", "英文"),
    "checks.lang.zh": ("Chinese", "中文"),
    "checks.language_field": (
        "The plan is in {plan}, but the user writes {user}.",
        "计划语言为{plan}，但用户使用{user}。",
    ),
    "checks.c_exclude_skill": (
        "{skill} was excluded (by the mentor or the user) but is planned.",
        "{skill}已被排除（导师或用户要求），但计划中仍有安排。",
    ),
    "checks.c_exclude_kind": (
        "Resource {ref} is a {kind}, which the mentor excluded.",
        "资源{ref}属于导师排除的类型（{kind}）。",
    ),
    "checks.c_exclude_topic": (
        "{ref} is about a topic the mentor excluded ({topic}).",
        "{ref}属于导师排除的主题（{topic}）。",
    ),
    "checks.c_hours_from": (
        "Week {week} has {hours} h, over the {limit} h a week asked from {day}.",
        "第 {week} 周安排了 {hours} 小时，超过了自 {day} 起每周 {limit} 小时的要求。",
    ),
    "checks.c_max_hours": (
        "Week {week} has {hours} h, over the mentor's {limit} h a week.",
        "第 {week} 周安排了 {hours} 小时，超过导师要求的每周 {limit} 小时。",
    ),
    "checks.c_horizon": (
        "The horizon is {weeks} weeks; the mentor asked for {asked}.",
        "周期为 {weeks} 周，而导师要求 {asked} 周。",
    ),
    "checks.c_focus": (
        "The mentor asked to focus on {skill}, but the plan neither covers nor defers it.",
        "导师要求重点加强{skill}，但计划中既没有安排也没有说明推迟。",
    ),
    "checks.c_project": (
        "The project was asked for earlier, but it starts in week {project}, after core skills it does not use (from week {core}).",
        "要求提前做项目，但项目在第 {project} 周才开始，晚于与项目无关的核心技能（第 {core} 周起）。",
    ),
    "checks.c_note": (
        "Mentor note kept for review: “{text}”.",
        "保留导师备注供审阅：“{text}”。",
    ),
    "checks.c_note_user": (
        "The user's own constraint, kept for the mentor to read: “{text}”.",
        "用户自己提出的约束，留给导师查看：“{text}”。",
    ),
    "checks.infeasible": (
        "The goal does not fit the hours: {count} skill(s) deferred; {options} option(s) offered.",
        "目标在现有时间内放不下：{count} 项技能推迟，提供了 {options} 个备选方案。",
    ),
    "checks.infeasible_no_options": (
        "The plan is marked infeasible but offers no options.",
        "计划被标记为不可行，却没有提供备选方案。",
    ),
    "checks.infeasible_no_deferral": (
        "The plan is marked infeasible but defers nothing and keeps the project and job search.",
        "计划被标记为不可行，却没有推迟任何内容，项目和求职也都在。",
    ),
    "checks.feasible_with_deferrals": (
        "The plan is marked feasible but defers {skills} for lack of time.",
        "计划被标记为可行，却因时间不足推迟了{skills}。",
    ),
    "checks.core_deferred": (
        "{skill} is deferred or cut short while the less important {other} is scheduled: the "
        "core must come first.",
        "{skill}被推迟或未学到要求水平，而没那么重要的{other}却已安排：核心技能应当优先。",
    ),
    "checks.list_sep": (", ", "、"),
    "checks.coding_for_no_code": (
        "You said you do not want to code, but {role} is a coding role (its core: {skills}): "
        "choose a no-code role such as AI-augmented professional, or confirm you will code.",
        "你说过不想写代码，但“{role}”是需要写代码的岗位（核心：{skills}）："
        "请改选不写代码的方向（例如 AI 增强型职场人），或确认你愿意写代码。",
    ),
    "checks.unfixed.one": (
        " The reviewer could not fix one problem: {finding}. Your mentor sees it before deciding.",
        "审核还有一个问题未能修正：{finding}。导师审批前会看到。",
    ),
    "checks.unfixed.many": (
        " The reviewer could not fix {count} problems (the first: {first}); your mentor sees them"
        " all before deciding.",
        "审核还有 {count} 个问题未能修正（第一个：{first}）；导师审批前会看到全部。",
    ),
    "checks.could_not_fix": (
        "The reviewer could not fix: {findings}",
        "审核未能自动解决：{findings}",
    ),
    "checks.core_late": (
        "The first core skill starts only in week {week} of {horizon}; the core should start "
        "in the first weeks.",
        "第一项核心技能要到第 {week} 周（共 {horizon} 周）才开始；核心技能应在最初几周就开始。",
    ),
    "checks.project_no_ai": (
        "The project “{project}” uses no AI skill: for an AI role the project must show AI work.",
        "作品集项目“{project}”没有用到任何 AI 技能：AI 岗位的项目必须体现 AI 工作。",
    ),
    "checks.project_names_later": (
        "The project “{project}” is described with {skill}, which the plan teaches only after it.",
        "项目“{project}”的描述用到了{skill}，但计划在项目之后才安排它。",
    ),
    "checks.project_unscheduled": (
        "The project “{project}” uses {skill}, which the plan does not teach before it and the "
        "person does not have.",
        "项目“{project}”用到了{skill}，但计划没有在项目之前安排，用户也不具备。",
    ),
    "checks.ambition": ("Not realistic as stated: {text}", "按目前的设想并不现实：{text}"),
    "checks.verdict.ambition": (
        "not realistic as stated (the plan names what is not and what to aim for instead)",
        "按目前的设想并不现实（计划里写明了哪里不现实，以及更现实的目标）",
    ),
}
