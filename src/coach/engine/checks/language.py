"""Language: the plan is written in the user's language."""

from __future__ import annotations

from collections.abc import Sequence

from coach.engine.checks.common import CJK, LATIN_WORD, finding, num, plan_texts
from coach.i18n import t
from coach.schemas import Finding, Plan, Profile


def cjk_share(text: str) -> float | None:
    """Chinese characters / (Chinese characters + Latin words); None for a text with neither.

    Latin words count once each, so skill names like "LangGraph" inside Chinese text weigh
    little, as they do for a reader."""
    cjk = len(CJK.findall(text))
    words = len(LATIN_WORD.findall(text))
    return cjk / (cjk + words) if cjk + words else None


def _name(lang: str, code: str) -> str:
    """A language's name in ``lang`` ("中文", "English"), never its code."""
    return t(lang, f"checks.lang.{code}") if code in ("en", "zh") else code


def check_language(
    plan: Plan, profile: Profile | None = None, quoted: Sequence[str] = ()
) -> list[Finding]:
    """The plan is in the user's language: for Chinese, most words are Chinese and no long text
    is in English only; for English, (almost) no Chinese. Skill names may be mixed in;
    ``quoted``: words the mentor gave (a project's topic) count in no language."""
    lang = plan.language
    check = "language"
    out: list[Finding] = []
    if profile is not None and profile.language != plan.language:
        user = _name(lang, profile.language)
        msg = t(lang, "checks.language_field", plan=_name(lang, plan.language), user=user)
        out.append(finding(check, "error", msg))
    cjk_total = words_total = 0
    for ref, said in plan_texts(plan):
        text = said
        for words in quoted:
            text = text.replace(words, " ") if words else text
        share = cjk_share(text)
        cjk_total += len(CJK.findall(text))
        words_total += len(LATIN_WORD.findall(text))
        if share is None:
            continue
        wrong = (share == 0 and len(LATIN_WORD.findall(text)) >= 4) if lang == "zh" else share > 0.2
        if wrong:
            msg = t(lang, "checks.language_text", language=_name(lang, lang), text=text[:60])
            out.append(finding(check, "error", msg, ref))
    if cjk_total + words_total:
        share = cjk_total / (cjk_total + words_total)
        if lang == "zh" and share < 0.5:
            out.append(
                finding(check, "error", t(lang, "checks.language_share", share=num(share * 100)))
            )
        if lang == "en" and share > 0.05:
            out.append(
                finding(check, "error", t(lang, "checks.language_share_en", share=num(share * 100)))
            )
    return out
