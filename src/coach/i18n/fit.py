"""Messages for reading input, CV import, job postings and fit reports (en, zh). Prefix ``fit.``."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "fit.stdin_not_utf8": (
        "note: input line {line} is not valid UTF-8 (bytes {bad} at position {pos}); "
        "it was read as {encoding}.",
        "提示：输入第 {line} 行不是有效的 UTF-8（位置 {pos} 的字节 {bad}），已按 {encoding} 读取。",
    ),
}
