"""Messages for the app area (en, zh). Keys are prefixed by area; see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "app.session_open_elsewhere": (
        "Session {session} is open elsewhere (process {pid} on {host}). Close it there, or wait "
        "a moment and try again; nothing was lost.",
        "会话 {session} 正在别处打开（{host} 上的进程 {pid}）。请先在那里关闭，或稍后再试；"
        "内容不会丢失。",
    ),
    "app.waiting_for_session": (
        "Session {session} is open elsewhere; waiting up to {seconds} s…",
        "会话 {session} 正在别处打开；最多等待 {seconds} 秒…",
    ),
    "app.not_sent": ("Your last message was not sent.", "你的上一条消息没有发送。"),
    "app.recovered": (
        "The last session was cut off; I finished what was left:",
        "上次会话中断了；我已把未完成的部分补上：",
    ),
}
