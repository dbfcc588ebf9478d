"""Messages for the app area (en, zh). Keys are prefixed by area; see coach.i18n."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}
