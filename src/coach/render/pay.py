"""The plan's level-and-pay lines (built in :mod:`coach.engine.pay`, shared with the answers
after approval so pay is said one way everywhere)."""

from __future__ import annotations

from coach.engine.pay import MAX_PAY_LINES, PAY_TOPICS, band_shown, cite, pay_lines

__all__ = ["MAX_PAY_LINES", "PAY_TOPICS", "band_shown", "cite", "pay_lines"]
