"""Messages for the mentor area (en, zh): the mentor and admin commands. Keys are prefixed by
area; see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "mentor.no_admin": (
        "no admin yet: run `coach admin init` once (it prints the admin token)",
        "还没有管理员：先运行一次 `coach admin init`（会打印管理员令牌）",
    ),
    "mentor.needs_admin": (
        "this needs the admin token (--admin-token or COACH_ADMIN_TOKEN)",
        "此操作需要管理员令牌（--admin-token 或 COACH_ADMIN_TOKEN）",
    ),
    "mentor.admin_exists": (
        "an admin already exists; `coach admin init --rotate` replaces its token",
        "管理员已存在；`coach admin init --rotate` 可以更换其令牌",
    ),
    "mentor.admin_token": (
        "admin token (shown once; keep it secret, e.g. in COACH_ADMIN_TOKEN):",
        "管理员令牌（只显示这一次；请妥善保管，例如放在 COACH_ADMIN_TOKEN 中）：",
    ),
    "mentor.bad_name": (
        "a mentor name must be 1-64 printable characters",
        "导师名必须是 1-64 个可打印字符",
    ),
    "mentor.bad_lang": ("--lang must be en or zh", "--lang 只能是 en 或 zh"),
    "mentor.registered": (
        "mentor {name!r} registered; their token (shown once, give it to them only):",
        "导师 {name!r} 已注册；其令牌（只显示这一次，只交给本人）：",
    ),
    "mentor.unknown": ("unknown mentor {name!r}", "没有名为 {name!r} 的导师"),
    "mentor.removed": ("mentor {name!r} removed", "导师 {name!r} 已移除"),
    "mentor.queue_empty": ("no sessions are waiting for a mentor", "没有等待导师审批的会话"),
    "mentor.col.session": ("session", "会话"),
    "mentor.col.user": ("user", "用户"),
    "mentor.col.target": ("target", "目标"),
    "mentor.col.verdict": ("verdict", "审核结论"),
    "mentor.col.plan": ("plan", "计划"),
    "mentor.col.not_applied": ("not applied or not met", "未应用或未做到"),
    "mentor.col.since": ("waiting since", "等待开始于"),
    "mentor.col.n": ("#", "#"),
    "mentor.col.when": ("when", "时间"),
    "mentor.col.who": ("who", "操作人"),
    "mentor.col.action": ("action", "操作"),
    "mentor.col.outcome": ("outcome", "结果"),
    "mentor.col.detail": ("detail", "详情"),
    "mentor.unknown_register": (
        "unknown mentor {name!r}; the admin registers mentors (`coach mentor add`)",
        "没有名为 {name!r} 的导师；导师由管理员注册（`coach mentor add`）",
    ),
    "mentor.token_needed": (
        "a mentor token is needed (--token or COACH_MENTOR_TOKEN); the admin gives it",
        "需要导师令牌（--token 或 COACH_MENTOR_TOKEN），由管理员发放",
    ),
    "mentor.token_wrong": (
        "the token does not belong to {who}; nothing was changed",
        "该令牌不属于{who}；没有做任何更改",
    ),
    "mentor.who_named": ("mentor {name!r}", "导师 {name!r}"),
    "mentor.who_any": ("any registered mentor", "任何已注册的导师"),
    "mentor.too_large": ("{path} is larger than 1 MB", "{path} 超过 1 MB"),
    "mentor.cannot_read": ("cannot read {path}: {why}", "无法读取 {path}：{why}"),
    "mentor.not_utf8": ("{path} is not UTF-8 text", "{path} 不是 UTF-8 文本"),
    "mentor.not_object": (
        "{path} must hold a JSON object of plan fields",
        "{path} 必须是一个包含计划字段的 JSON 对象",
    ),
    "mentor.choose": (
        "approve / changes / edit / skip",
        "approve（批准）/ changes（修改）/ edit（编辑）/ skip（跳过）",
    ),
    "mentor.what_change": ("what should change?", "需要修改什么？"),
    "mentor.edit_path": ("path to a JSON file of plan fields", "计划字段 JSON 文件的路径"),
    "mentor.one_of": (
        "choose one of --approve, --request-changes, --edit",
        "只能选择 --approve、--request-changes、--edit 中的一个",
    ),
    "mentor.not_waiting": (
        "session {session!r} is not waiting for a mentor (status: {status}); nothing was changed",
        "会话 {session!r} 没有在等待导师（状态：{status}）；没有做任何更改",
    ),
    "mentor.no_tty": (
        "no decision given and stdin is not a terminal: pass --approve, --request-changes MSG "
        "or --edit FILE",
        "没有给出决定，且标准输入不是终端：请使用 --approve、--request-changes 消息 或 --edit 文件",
    ),
    "mentor.skipped": ("no decision; the session keeps waiting", "未做决定；会话继续等待"),
    "mentor.nothing_changed": ("{why}; nothing was changed", "{why}；没有做任何更改"),
    "mentor.recorded": (
        "decision recorded: {action} by {who} on plan v{seen}; session status: {status} "
        "(plan now v{version})",
        "决定已记录：{who} 对第 {seen} 版计划执行了 {action}；会话状态：{status}（当前为第 {version} 版）",
    ),
    "mentor.no_audit": (
        "no decisions recorded for session {session}",
        "会话 {session} 没有决定记录",
    ),
    "mentor.no_diff": (
        "session {session} has {count} plan version(s); nothing to compare",
        "会话 {session} 只有 {count} 个计划版本，无可比较",
    ),
    "mentor.since": ("--since must be one of {versions}", "--since 必须是以下之一：{versions}"),
    "mentor.diff_head": (
        "plan v{start} -> v{latest} ({count} field(s) changed)",
        "计划 v{start} -> v{latest}（{count} 个字段有变化）",
    ),
    "mentor.action.approve": ("approve", "批准"),
    "mentor.action.reject": ("request changes", "要求修改"),
    "mentor.action.edit": ("edit", "编辑"),
    "mentor.status.approved": ("approved", "已批准"),
    "mentor.status.awaiting_mentor": ("awaiting_mentor", "等待导师审批"),
    "mentor.status.drafting": ("drafting", "起草中"),
    "mentor.status.intake": ("intake", "了解情况中"),
    "mentor.refused.own_plan": (
        "a user cannot decide on their own plan; nothing was changed",
        "用户不能审批自己的计划；没有做任何更改",
    ),
    "mentor.refused.decided": (
        "already decided{last}; the session is now {status}. Nothing was changed",
        "已经有人做过决定{last}；会话现在的状态是 {status}。没有做任何更改",
    ),
    "mentor.refused.changed": (
        "the plan changed: you saw v{seen_version}, the waiting plan is v{version}{last}. Review "
        "it again; nothing was changed",
        "计划已变化：你看到的是 v{seen_version}，等待审批的是 v{version}{last}。请重新审阅；没有做任何更改",
    ),
    "mentor.refused.moved": (
        "already decided or changed since you looked{last}. Review it again; nothing was changed",
        "在你查看之后已被决定或修改{last}。请重新审阅；没有做任何更改",
    ),
    "mentor.refused.raced": (
        "already decided by another mentor{last}; nothing was changed",
        "另一位导师已经做了决定{last}；没有做任何更改",
    ),
    "mentor.new_version": (
        "New version v{version} (reviewer: {verdict}); your requests as applied:",
        "新版本 v{version}（审核结论：{verdict}）；你的要求应用情况：",
    ),
    "mentor.side.header": (
        "Also changed, though not asked for (to make room or follow the requests):",
        "以下改动并非要求所致（为腾出时间或随要求连带调整）：",
    ),
    "mentor.side.changed": (
        "{skill}: {before} h ({was}) -> {after} h ({now})",
        "{skill}：{before} 小时（{was}）-> {after} 小时（{now}）",
    ),
    "mentor.side.added": (
        "{skill}: added, {hours} h ({level})",
        "{skill}：新增，{hours} 小时（{level}）",
    ),
    "mentor.side.dropped": (
        "{skill}: dropped (was {hours} h)",
        "{skill}：已去掉（原 {hours} 小时）",
    ),
    "mentor.side.more": ("and {count} more (see the plan)", "另有 {count} 处（见计划）"),
    "mentor.infeasible.head": (
        "! This version does not fit in the time (reviewer: infeasible); approving it approves "
        "an infeasible plan:",
        "！本版本在现有时间内放不下（审核结论：不可行），批准即批准一份不可行的计划：",
    ),
    "mentor.infeasible.adds": (
        "What your requests cost in hours:",
        "你的要求所占用或减少的学时：",
    ),
    "mentor.infeasible.floor": (
        "{skill}: {hours} h asked; the version before had {had} h (+{extra} h)",
        "{skill}：要求 {hours} 小时；上一版为 {had} 小时（多 {extra} 小时）",
    ),
    "mentor.infeasible.added": (
        "{skill}: added, {hours} h",
        "{skill}：新加入，{hours} 小时",
    ),
    "mentor.infeasible.window": (
        "{weeks} week(s) with fewer hours from week {week}: about {lost} h less",
        "第 {week} 周起 {weeks} 周减少学时：少约 {lost} 小时",
    ),
    "mentor.infeasible.options": (
        "To make it fit, ask for one of these (or lower a request above):",
        "要放得下，可以提出以下之一（或降低上面的某项要求）：",
    ),
    "mentor.none_applied": (
        "none could be applied as written (see below)",
        "都未能按原话应用（见下）",
    ),
    "mentor.hitl.approve": (
        "Approve plan v{version} for {target} (reviewer verdict: {verdict}).",
        "审批计划 v{version}：{target}（审核结论：{verdict}）。",
    ),
    "mentor.hitl.not_applied": (
        " Not applied: {count} part(s) of the request.",
        "未应用：修改意见中有 {count} 处。",
    ),
    "mentor.hitl.diff": (
        " Changes against the approved plan: {count}.",
        "与已批准计划相比的改动：{count} 处。",
    ),
    "mentor.caveats": (
        "Read, and what they do not do in this version:",
        "已读懂，但在本版本中没有起作用的部分：",
    ),
    "mentor.not_met": (
        "Read but NOT met in this version (see the errors):",
        "已读懂但本版本未能做到（见下方错误）：",
    ),
    "mentor.review_errors": (
        "! The reviewer could not fix {count} error(s) in this plan: {errors}",
        "！审核未能修正本计划的 {count} 个错误：{errors}",
    ),
    "mentor.refused.errors": (
        "not approved: the plan has {count} reviewer error(s): {errors}. Request changes, or "
        "approve anyway with --override (recorded in the audit). Nothing was changed",
        "未批准：本计划有 {count} 个审核错误：{errors}。请提出修改意见，或加 --override "
        "坚持批准（会记入审计）。未做任何改动",
    ),
    "mentor.approve_anyway": (
        "approve despite these errors? (recorded in the audit)",
        "仍然批准、不理会这些错误吗？（会记入审计）",
    ),
    "mentor.hitl.unasked": (
        " Changed though not asked for: {count}.",
        "非要求所致的改动：{count} 处。",
    ),
    "mentor.hitl.errors": (
        " Reviewer errors: {count} (approving needs an explicit override).",
        "审核错误：{count} 个（批准需要明确的 override）。",
    ),
    "mentor.audit_override": (
        "OVERRIDE: approved over {count} reviewer error(s)",
        "强制批准：无视 {count} 个审核错误",
    ),
    "mentor.refused.not_understood": (
        "nothing in this request could be understood: {parts}. No new version was made; the "
        "plan stays as it is, waiting for your decision.",
        "这条修改意见没有一处能读懂：{parts}。没有生成新版本；计划保持原样，等待你的决定。",
    ),
    "mentor.diff.changed": (
        "{title}: {old} h in weeks {old_weeks} -> {new} h in weeks {new_weeks}",
        "{title}：第 {old_weeks} 周 {old} 小时 -> 第 {new_weeks} 周 {new} 小时",
    ),
    "mentor.diff.milestone_lost": (
        "Your milestone is no longer in the plan (past its last week): week {week}: {what}",
        "你加的里程碑已不在计划中（超出了计划的最后一周）：第 {week} 周：{what}",
    ),
    "mentor.override_hint": (
        "A reviewer error you judge wrong is no change to the plan: approve over it with "
        "--approve --override (recorded in the audit log).",
        "你认为审核错误判断有误时，这不是对计划的修改：用 --approve --override 越过它批准（会记入审计日志）。",
    ),
}
