"""The user's current role in their own words, and their region."""

from __future__ import annotations

import re

from coach.engine.numbers import NUM_EN as _EN_NUM
from coach.engine.numbers import NUM_ZH as _ZH_NUM
from coach.engine.understand.cues import _UNSURE
from coach.engine.understand.role_patterns import (
    _GREETING,
    _I,
    _NOT_TITLE,
    _ROLE_EN,
    _ROLE_EN_BAD_START,
    _ROLE_EN_DOING,
    _ROLE_EN_LEAD,
    _ROLE_EN_LEAD_BAD,
    _ROLE_EN_PAST,
    _ROLE_HERE,
    _ROLE_LABEL,
    _ROLE_NOW,
    _ROLE_NOW_ARTICLE,
    _ROLE_NOW_IN,
    _ROLE_STOP_EN,
    _ROLE_ZH,
    _ROLE_ZH_AT,
    _ROLE_ZH_BAD_START,
    _ROLE_ZH_DO,
    _ROLE_ZH_LEAD,
    _ROLE_ZH_YEARS,
    _TITLE_YEARS,
    _WHOLE_TITLE,
    _ZH_CUT,
)
from coach.engine.understand.spans import SENTENCE_END as _SENTENCE_END
from coach.engine.understand.spans import trim_role as _trim_role
from coach.engine.understand.stages import role_by_doing as _role_by_doing
from coach.text import has_cjk


def _role_end(text: str, m: re.Match[str], role: str) -> int:
    """Where ``role`` (the trimmed words of group ``role``) ends in ``text``."""
    at = text.find(role, m.start("role"))
    return at + len(role) if at >= 0 else m.end("role")


_RUN_A_BUSINESS = re.compile(
    r"\bi\s+(?:run|own|have|opened|started)\s+(?:a|an|my\s+own|our|my|the)\s+(?:small\s+|little\s+|"
    r"family\s+|local\s+|tiny\s+)*(?P<place>(?:[a-z]+\s+){0,2}?(?:bakery|cafe|café|shop|store|"
    r"restaurant|salon|studio|clinic|practice|agency|business|company|firm|bar|gym|farm|"
    r"boutique|workshop|garage|bookstore|bistro|pharmacy|daycare|school))\b|"
    r"我(?:自己)?(?:开了|开着|经营|开)(?:一家|一个|家|个)(?P<zplace>[\u4e00-\u9fff]{1,8}?(?:店|馆|工作室|公司|诊所|餐厅|厂))",
    _I,
)
"""Running one's own business ("I run a small bakery", "我开了一家面包店"): its owner."""
_A_KIND_OF = re.compile(r"\b(?:person|guy|gal|girl|one|type|kind|go-?to)$", _I)


_YES_NO = re.compile(
    r"\W*(?:yes|yeah|yep|yup|ok|okay|sure|right|correct|fine|no|nope|nah|thanks|thank\s+you|"
    r"对|对的|是|是的|好|好的|嗯|行|可以|没错|不是|不对|谢谢)\W*",
    _I,
)
"""A yes or a no answers the question before; it is never a job."""


def _cut_title(raw: str) -> str:
    """The title at the start of ``raw``: up to a stop-word ("at", "for", a figure), unless the
    stop-word sits inside the title's own name (see _WHOLE_TITLE)."""
    cut = _ROLE_STOP_EN.sub("", raw)
    whole = _WHOLE_TITLE.match(raw)
    title = (whole.group("title") or whole.group("head")) if whole else None
    return title.strip() if title and len(title.strip()) > len(cut.strip()) else cut


def _en_role(m: re.Match[str]) -> str | None:
    role = _cut_title(m.group("role"))
    role = _trim_role(" ".join(role.split()[:6]))
    if len(role) < 2 or _ROLE_EN_BAD_START.match(role) or _UNSURE.search(role):
        return None
    if _A_KIND_OF.search(role):
        return None  # "I'm the excel person in my team": what they are known for, not the job
    if re.match(r"^(?:an?|the)\s", role, _I):
        role = role.split(" ", 1)[1]
    return role


def _zh_role(raw: str) -> str | None:
    role = _ZH_CUT.sub("", raw)
    role = re.sub(r"(?:的)?工作$|的$|出身$|(?:快|近|将近|差不多|大概|已经|有|了)$", "", role)
    role = re.sub(r"^(?:有)?[^，,。]{0,6}?经验的", "", role)
    role = re.sub(r"^(?:做|干|当|从事)(?=To\s?[BC]|[\u4e00-\u9fff]{2})", "", role)  # 做To B产品经理
    head = role.rsplit("的", 1)[-1]
    if head != role and len(head) >= 2:  # "某市一所初中的校长", "做微信小程序的前端": the title
        role = head
    done = re.split(r"(?<=[\u4e00-\u9fff])(?:做|当|干)(?=[\u4e00-\u9fff])", role)[-1]
    if done != role and len(done) >= 2:  # "(在一家做AI的)公司做行政": the job is what they do
        role = done
    role = _trim_role(role)
    if len(role) < 2 or _ROLE_ZH_BAD_START.match(role) or _UNSURE.search(role):
        return None
    return role


# A bare answer to "What do you do now?" that is really time or a goal is no role: "about
# 10 hours a week", "I want to get into AI", "想转AI方向" (the field asked only breaks ties).
_NOT_A_ROLE = re.compile(
    r"^\s*(?:something|anything|stuff|whatever|some\s+kind\s+of)\b|"
    rf"\b{_EN_NUM}\s*(?:-|to)?\s*(?:{_EN_NUM}\s*)?(?:hours?|hrs?|h)\b|\b(?:hours?|hrs?)\s+(?:a|per)\s+"
    r"(?:week|day)|\bper\s+week\b|\ba\s+week\b|\bweekends?\b|\b(?:months?|years?)\s+(?:from\s+now)\b|"
    r"\b(?:want|wanna|would\s+like|'d\s+(?:like|love)|hope|hoping|plan(?:ning)?|looking\s+to|"
    r"trying\s+to|get\s+into|break\s+into|switch(?:ing)?\s+(?:to|into)|become|becoming|"
    r"interested\s+in|dream|goal)\b|小时|钟头|每周|一周|每天|周末|想|希望|打算|准备|目标|转行|转型|感兴趣|"
    # a deadline answering the wrong question is no job: "春节前能入门就行", "yeah march"
    r"\b(?:by|before|until|within|next|in)\s+(?:\w+\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"spring|summer|autumn|fall|winter|year|month)|\b(?:january|february|march|april|june|july|"
    r"august|september|october|november|december|months?|years?|weeks?)\b|"
    r"春节|过年|年底|年前|年后|明年|今年|[前内]就行|之前|以前能|个月|半年|一年|"
    # a span of time ("两年内吧", "3年左右"): a horizon answering the wrong question
    r"(?<![零〇一二两三四五六七八九十百半\d])[零〇一二两三四五六七八九十百半\d]+\s*(?:个)?\s*(?:年|月|周|星期|天)\s*(?:内|之内|以内|左右|吧|后)",
    re.I,
)


_AGE = re.compile(
    r"(?:^\s*(?:(?:hey|hi|hello)\b[\s,!.]*)?(?:1[89]|[2-7]\d)\s*(?:y/?o\b|yrs?\s+old\b)?\s*[,;]|"
    r"\b(?:i'?m|i\s+am)\s+(?:[1-7]\d)(?:\s*(?:years?\s+old|yrs?\s+old|y/?o))?\s*(?:,|;|\.|\band\b)|"
    r"我(?:今年)?(?:[1-7]\d|[二三四五六七]十[一二三四五六七八九]?)岁[了，,。]?|"
    # an age inside the title ("I'm a 52-year-old nurse"): the article stays, the age goes
    r"(?<=\ba\s)(?:1[89]|[2-7]\d)[-\s]?(?:years?|yrs?|y)[-\s]?old\b\s*"
    r"(?=(?!with\b|who\b|and\b|looking\b|trying\b|that\b|mom\b|dad\b)[A-Za-z]))",
    _I,
)
"""An age said first ("I'm 52, COBOL dev for 25 years", "我今年45岁，"): not the job."""


_BEFORE_THAT = re.compile(
    r"\b(?:before\s+that|before\s+this|previously|prior\s+to\s+that|earlier|used\s+to)\b[\s,]*$", _I
)
_PLACE_FIRST = re.compile(
    r"^\s*(?:i'?m\s+|i\s+am\s+|currently\s+)?(?:based|living|located)\s+in\s+[A-Za-z .'-]{2,30}?[,;，]|"
    r"^\s*(?:我?人在|base在?|坐标)\s*(?:(?![做当干从搞])[\u4e00-\u9fffA-Za-z]){1,10}?[，,]",
    _I,
)
"""Where the person lives said first ("based in Bangalore, java dev 6 yrs"): not the job."""


_ZH_PAST = re.compile(r"之前|以前|曾经|原来|早年|过去|此前|先前|当年|早些年|最早")
_ZH_PRESENT = re.compile(r"现在|目前|当前|如今|眼下|这几年")
_ZH_TITLE_END = re.compile(
    r"(?:工程师|程序员|经理|设计师|分析师|老师|教师|会计|护士|医生|律师|顾问|架构师|研究员|专员|主管|"
    r"编辑|总监|负责人|组长|店长|主任|总经理|合伙人|校长|院长|员|师|长)$"
)
_ZH_CLAUSE = re.compile(r"[，,。.;；!！?？\n]")


def _zh_current(text: str, asked: str | None) -> tuple[str, int] | None:
    """The Chinese job title the text says the person has now: one said with 现在/目前 wins,
    one said with 之前/以前 counts only when no other is said ("之前做了5年会计，现在做财务经理
    3年了" is a finance manager; "现在是车间主任，当了4年主任" a workshop director)."""
    found: list[tuple[int, bool, int, int, str, int]] = []
    for n, regex in enumerate([*_ROLE_ZH, _ROLE_ZH_AT, _ROLE_ZH_YEARS, _ROLE_ZH_LEAD]):
        if regex in (_ROLE_ZH_YEARS, _ROLE_ZH_LEAD) and asked == "target":
            continue
        for m in regex.finditer(text):
            role = _zh_role(m.group("role"))
            if role is None:
                continue
            edges = list(_ZH_CLAUSE.finditer(text, 0, m.start("role")))
            lead = text[edges[-1].end() if edges else 0 : m.start("role")]
            rank = 2 if _ZH_PAST.search(lead) else 0 if _ZH_PRESENT.search(lead) else 1
            # a job title ("电气工程师") beats work said as an activity ("做PLC编程8年")
            untitled = not _ZH_TITLE_END.search(role)
            found.append((rank, untitled, n, m.start(), role, _role_end(text, m, role)))
    if not found:
        return None
    *_, role, end = min(found)
    return role, end


def find_current_role(text: str, asked: str | None) -> tuple[str | None, int]:
    """The user's current role in their own words, and where it ends in ``text`` (-1 if unknown)."""
    text = _AGE.sub(lambda m: " " * len(m.group(0)), text)
    text = _PLACE_FIRST.sub(lambda m: " " * len(m.group(0)), text)
    now_in = _ROLE_NOW_IN.search(text)
    if now_in is not None and not _ROLE_EN_LEAD_BAD.search(now_in.group("role")):
        return _trim_role(now_in.group("role")), now_in.end("role")
    for regex in [*_ROLE_EN, *_ROLE_EN_DOING]:
        for m in regex.finditer(text):
            if _BEFORE_THAT.search(text[max(0, m.start() - 24) : m.start()]):
                continue  # "before that 4 yrs as a network engineer": an earlier job
            role = _en_role(m)
            if role is not None:
                return role, _role_end(text, m, role)
    owner = _RUN_A_BUSINESS.search(text)
    if owner is not None:  # "I run a small bakery (8 years)": the owner of a bakery
        group = "place" if owner.group("place") else "zplace"
        place = _trim_role(" ".join(owner.group(group).split()))
        if 2 <= len(place) <= 40:
            suffix = "店主" if has_cjk(place) else " owner"
            return place + suffix, owner.end(group)
    for regex in (_TITLE_YEARS, _ROLE_ZH_DO):
        mt = regex.search(text)
        if mt:
            raw = mt.group("role")
            if re.search(r"[\u4e00-\u9fff]", raw):
                junk = (
                    r"了|我|你|以前|之前|曾经|原来|过|其实|时间|改|也|就|还|吧|可以|大概|差不多|最多|周|月|天|小时|"
                    r"^(?:入行|工作|从业|毕业|上班|参加工作|在职)$"
                )
                role = None if re.search(junk, raw) else _zh_role(raw)
            else:
                role = _trim_role(_cut_title(raw))
            named = _WHOLE_TITLE.fullmatch(role or "")  # "Head of Sales and Marketing"
            bad = (
                (_ROLE_EN_LEAD_BAD.search(role or "") and not (named and named.group("head")))
                or _NOT_TITLE.match(role or "")
                or _GREETING.match(role or "")
            )
            if role and not bad and len(role) >= 2 and asked in (None, "background"):
                return role, _role_end(text, mt, role)
    if asked != "target":
        # A bare title opening a sentence; not when the coach asked for the target role.
        for m in _ROLE_EN_LEAD.finditer(text):
            role = _trim_role(" ".join(m.group("role").split()))
            if not _ROLE_EN_LEAD_BAD.search(role) and not _UNSURE.search(role):
                return role, _role_end(text, m, role)
    ml = _ROLE_LABEL.search(text)
    if ml:
        raw = ml.group("role") or ml.group("zrole")
        role = _zh_role(raw) if has_cjk(raw) else _en_role(ml)
        if role is not None:
            return role, _role_end(text, ml, role)
    zh = _zh_current(text, asked)
    if zh is not None:
        return zh
    role, end = _role_by_doing(text)
    if role is not None:
        return role, end
    mh = _ROLE_HERE.search(text)
    if mh:
        role = _trim_role(mh.group("role"))
        if len(role) >= 2 and not _ROLE_EN_LEAD_BAD.search(role):
            return role, _role_end(text, mh, role)
    for regex in (_ROLE_NOW, _ROLE_NOW_ARTICLE):
        mn = regex.search(text)
        if mn:
            role = _trim_role(" ".join(mn.group("role").split()))
            bad = _ROLE_EN_LEAD_BAD.search(role) or _ROLE_EN_BAD_START.match(role)
            if not bad and not _NOT_A_ROLE.search(role):
                return role, _role_end(text, mn, role)
    mp = _ROLE_EN_PAST.search(text)
    if mp and mp.group("ex"):
        return _trim_role(mp.group("ex")), mp.end("ex")
    if mp:
        role = _en_role(mp)
        if role is not None:
            return role, _role_end(text, mp, role)
    if asked == "background" and not _UNSURE.search(text) and not _YES_NO.fullmatch(text):
        first = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
        first = re.split(r"[,，;；(（]", first, maxsplit=1)[0]
        if _NOT_A_ROLE.search(first):
            return None, -1
        first = re.sub(
            r"^\s*(?:i'?m|i\s+am|currently|now)\s+(?:an?\s+|the\s+)?", "", first, flags=_I
        )
        first = re.sub(r"^\s*我?(?:现在|目前)?(?:是|做)(?:一名|一个|一位|名|个)?", "", first)
        first = re.sub(rf"^\s*{_ZH_NUM}\s*(?:多)?\s*年(?:的)?", "", first)
        first = re.sub(rf"\s+(?:with|for)\s+{_EN_NUM}\+?\s*(?:years?|yrs?).*$", "", first, flags=_I)
        first = re.sub(rf"\s*{_ZH_NUM}\s*(?:多)?\s*年.*$", "", first)
        role = _trim_role(" ".join(first.split()))
        bare_years = re.fullmatch(rf"{_EN_NUM}\+?\s*(?:years?|yrs?)", role, _I)
        if 2 <= len(role) <= 60 and not bare_years:
            return role, -1
    return None, -1
