"""A target stated by contrast: "她的目标不是做AI工程师，是做数据分析师", "不是要转算法，而是做应用".
The role after the "不是" is turned down (see :mod:`.roles`); the clause after it, opened by a
bare "是"/"而是"/"就是", is the wish. It is read as one by writing the wish word in its place,
of the same length, so every position in the turn stays where it was.
"""

from __future__ import annotations

import re

from coach.schemas import Profile

_CONTRAST = re.compile(
    # only a target said by contrast ("目标不是…", "想做的不是…", "不是要当…"): "我不是程序员，
    # 是做财务的" says what the person is
    r"(?P<neg>(?:(?:目标|想做的|要做的|想当的|想要的|想转的|打算)\s*(?:并)?(?:不是|并非)|"
    r"(?:不是|并不是|倒不是)\s*(?:要|想|打算))[^，,。；;！!？?\n]{1,30}?)(?P<sep>[，,、]\s*|\s+)"
    r"(?P<yes>而是|就是|是)(?=\s*(?:要|想)?\s*(?:做|当|成为|转|去|搞)|[\u4e00-\u9fffA-Za-z])"
)
_AS_WISH = {"而是": "想要", "就是": "想要", "是": "想"}


def contrast_as_wish(text: str) -> str:
    """``text`` with the "是" that opens the wished half of a contrast written as "想"."""
    return _CONTRAST.sub(lambda m: m.group("neg") + m.group("sep") + _AS_WISH[m.group("yes")], text)


def own_words(value: str, rewritten: str, original: str) -> str:
    """``value`` (a quote of ``rewritten``) as the person typed it in ``original``."""
    at = rewritten.find(value) if value else -1
    return original[at : at + len(value)] if at >= 0 else value


def profile_in_own_words(profile: Profile, rewritten: str, original: str) -> Profile:
    """The quotes a profile keeps from a rewritten turn, back in the person's own words."""
    if rewritten == original:
        return profile

    def fix(value: str) -> str:
        return own_words(value, rewritten, original)

    return profile.model_copy(
        update={
            "evidence": {k: fix(v) for k, v in profile.evidence.items()},
            "skills": [c.model_copy(update={"evidence": fix(c.evidence)}) for c in profile.skills],
            "wants": [
                w.model_copy(update={"evidence": fix(w.evidence), "raw": fix(w.raw)})
                for w in profile.wants
            ],
            "avoid": [
                w.model_copy(update={"evidence": fix(w.evidence), "raw": fix(w.raw)})
                for w in profile.avoid
            ],
        }
    )
