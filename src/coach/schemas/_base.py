"""The base of every contract, and the types they share."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Language = Literal["en", "zh"]
Level = Literal[0, 1, 2, 3]
"""Skill level: 0 none, 1 basic (can follow a tutorial), 2 working (uses it in a job), 3 expert."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")
