"""Reading what a person pipes into ``coach chat``: bytes in, text out, never a traceback.

A line that is not valid UTF-8 is still read: as GB18030 when that decodes it cleanly into
Chinese text (a file saved by a Chinese Windows editor), else with the bad bytes replaced by
U+FFFD. Either way the person is told which line and which bytes, and the turn goes on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from coach.i18n import t

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class DecodeNote:
    """Why a line was not read as plain UTF-8."""

    line: int
    position: int
    bad: bytes
    encoding: str

    def message(self, lang: str) -> str:
        return t(
            lang,
            "fit.stdin_not_utf8",
            line=self.line,
            pos=self.position,
            bad=self.bad.hex(" "),
            encoding=self.encoding,
        )


def decode_line(raw: bytes, number: int) -> tuple[str, DecodeNote | None]:
    """The text of one input line (1-based ``number``) and a note if it was not UTF-8."""
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        position, bad = exc.start, raw[exc.start : exc.end]
    try:
        text = raw.decode("gb18030")
        if _CJK.search(text) and not _CONTROL.search(text):
            return text, DecodeNote(number, position, bad, "GB18030")
    except UnicodeDecodeError:
        pass
    return raw.decode("utf-8", errors="replace"), DecodeNote(number, position, bad, "UTF-8 (�)")


def read_piped_turns(
    stream: IO[str], warn: Callable[[DecodeNote], None] | None = None
) -> Iterator[str]:
    """One turn per line from a pipe (``stream`` is ``sys.stdin``), decoded as above."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # already text (a test harness, an in-memory stream)
        for line in stream:
            yield line.rstrip("\r\n")
        return
    for number, raw in enumerate(buffer, start=1):
        text, note = decode_line(raw, number)
        if number == 1:
            text = text.removeprefix("\ufeff")
        if note is not None and warn is not None:
            warn(note)
        yield text.rstrip("\r\n")


BLOCK_FENCE = '"""'
"""A line of just this, in piped input, opens a block of lines sent as one turn (a pasted CV or
job posting) that the next such line closes. A block never closed ends with the input."""


def group_blocks(turns: Iterable[str]) -> Iterator[str]:
    """Piped turns with each ``\"\"\"`` ... ``\"\"\"`` block joined into one multi-line turn."""
    block: list[str] | None = None
    for turn in turns:
        if turn.strip() == BLOCK_FENCE:
            if block is None:
                block = []
            else:
                yield "\n".join(block)
                block = None
        elif block is not None:
            block.append(turn)
        else:
            yield turn
    if block:
        yield "\n".join(block)


def pasted_lines(fd: int, wait: float = 0.05, limit: int = 2000) -> list[str]:
    """On a terminal: the lines that arrived with the one just read (a paste), read until the
    terminal has been quiet for ``wait`` seconds. A person typing never sends two lines at once."""
    import os
    import select

    lines: list[str] = []
    while len(lines) < limit:
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        text, _ = decode_line(chunk, len(lines) + 2)
        lines.extend(text.splitlines() or [""])
    return lines
