"""Reading the answer to a numbered choice of roles: "2", "the second one", "第二个", "推理那个",
a role's name or a word of it, "you pick" / "你帮我选". Pure: the answer and the options in,
the pick (or None when the answer does not say) out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.knowledge.lexicon import Lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import ChoiceHow

_I = re.IGNORECASE
_COACH_PICKS = re.compile(
    r"\byou\s+(?:pick|choose|decide|select)\b|\b(?:pick|choose|decide)\s+for\s+me\b|"
    r"\byour\s+(?:call|choice|pick|suggestion|recommendation)\b|\bup\s+to\s+you\b|"
    r"\bwhatever\s+you\s+(?:think|suggest|recommend)\b|\byou\s+know\s+best\b|"
    r"\bwhat\s+(?:do|would)\s+you\s+(?:think|recommend|suggest)\b|"
    r"\bwhich\s+(?:one\s+)?(?:do|would)\s+you\s+(?:recommend|suggest|pick|choose)\b|"
    r"\b(?:go\s+with|take)\s+(?:the\s+)?(?:top|best|recommended)\b|\bdon'?t\s+mind\b|"
    r"\b(?:any|either)\s+(?:one\s+)?(?:is\s+)?(?:fine|ok|okay)\b|\bno\s+preference\b|"
    r"你(?:帮我|替我|来|给我)?(?:选|挑|定|决定|推荐)|帮我(?:选|挑|定|决定)|听你的|你说了算|你觉得呢|"
    r"都(?:行|可以|好)|随便|无所谓|按你(?:的)?(?:推荐|建议)",
    _I,
)
_GOES_ALONG = re.compile(
    r"(?:ok(?:ay)?|sure|yes|yeah|yep|fine|sounds\s+good|alright|all\s+right|go\s+ahead|"
    # "let's try", "I'll give it a go", "我想试试": willing, no option named
    r"let'?s\s+(?:try|do\s+it|go)|i'?ll\s+(?:give\s+it\s+a\s+(?:try|go|shot)|try)|why\s+not|"
    r"(?:我)?(?:想|可以|愿意)?(?:试试|试一试|试一下)(?:看)?(?:吧)?|"
    r"好的?|好吧|行|可以|嗯+|对|没问题|那就这样|就这样)(?:[\s,，.。!！~]*(?:thanks|thank\s+you|谢谢))?",
    _I,
)
"""A bare "OK" / "好的" to the list: no option named, so the best fit, said so (``default_pick``)."""
_NEGATION = re.compile(
    r"(?:\bnot|\bno|n't|\bnever|\brather\s+not|\bexcept|\bbut\s+not|不要|不是|不想|别|不选|除了|"
    r"没(?:有)?(?:选|说|要)|\b(?:didn'?t|did\s+not|never)\s+(?:pick|choose|say|mean|want|ask\s+for))"
    r"\s*(?:the\s+|really\s+|want\s+|like\s+)?\W{0,2}$",
    _I,
)
_EN_ORDINALS = {
    "first": 1,
    "1st": 1,
    "top": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
}
_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_ZH_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_ORDINAL = re.compile(r"\b(first|1st|top|second|2nd|third|3rd|fourth|4th|fifth|5th)\b", _I)
_LAST = re.compile(r"\b(?:the\s+)?last(?:\s+one)?\b|最后(?:一个|那个|一项)?", _I)
_NUMBER_WORD = re.compile(
    r"(?:\b(?:option|number|no\.?|choice|pick|take|choose|go\s+with|go\s+for|let'?s\s+do|"
    r"just|#)\s*(?:the\s+)?|"
    r"^\W*(?:(?:ok(?:ay)?|hmm+|um+|uh+|well|so|yes|yeah|嗯|好)\W+)*)"
    r"(one|two|three|four|five)\b(?!\s*(?:-\s*)?(?:h\b|hrs?\b|hours?|days?|weeks?|months?|years?|"
    r"more|or\b|to\b))",
    _I,
)
_DIGIT = re.compile(
    r"(?<![\d.])([1-9])(?!\d|\.\d)(?!\s*(?:(?:-|~|to\b|or\b)\s*\d+\s*)?"
    r"(?:h\b|hrs?\b|hours?|小时|个?钟头|天|days?|周|星期|weeks?|个?月|months?|年|years?|%))"
    # "I have 2 kids", "3 projects": a count of things, not an option number.
    r"(?!\s*(?!thanks\b|pls\b|options?\b)[a-z]{2,}s\b)",
    _I,
)
_ZH_ORDINAL = re.compile(
    r"第\s*([一二两三四五1-9])|(?<![\d一二两三四五六七八九十])([一二两三四五])\s*(?:号|项|条|"
    # "一个半小时", "两个月", "三个晚上": a quantity, not an option
    r"个(?![半多]?\s*(?:小时|钟头|钟|月|星期|礼拜|周|晚上|早上|上午|下午|人|孩子|项目|方向|岗位|都)))|"
    r"选\s*([一二两三四五])|"
    r"^\W*(?:就|要)?\s*([一二三四五])\s*(?:吧|吧。)?\W*$"
)
_MIDDLE = re.compile(r"\b(?:the\s+)?middle(?:\s+one)?\b|中间(?:那个|的|一个)?", _I)
_EN_STOP = frozenset(
    [
        "engineer",
        "engineers",
        "ai",
        "the",
        "and",
        "for",
        "of",
        "with",
        "one",
        "role",
        "job",
        "a",
        "an",
        "to",
        "in",
        "on",
        "llm",
        "ml",
        "developer",
        "that",
        "this",
    ]
)
_ZH_STOP = frozenset({"工程", "程师", "开发", "工作", "岗位", "模型", "技术"})
# Words about coding say whether the person codes ("I don't want to code"); they name an option
# ("no-code builder", "低代码") only in words that point at one ("不写代码的那个", "the no-code one").
_CODING_WORDS = frozenset(
    {"code", "coding", "codes", "non", "low", "代码", "编程", "写代", "低代", "码开"}
)
_POINTS = re.compile(r"那(?:一)?个|那项|那种|\bthe\b[\w\s-]{0,20}\bone\b", _I)
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_WORD = re.compile(r"[a-z0-9]+")


_OTHERS = re.compile(
    r"\bnone\s+of\s+(?:these|them|those|the\s+above)\b|\bneither\b|\bsomething\s+else\b|"
    r"\b(?:other|different|more)\s+(?:options|roles|ones|choices|jobs)\b|\banything\s+else\b|"
    r"\bwhat\s+else\b|\b(?:don'?t|do\s+not)\s+(?:like|want)\s+any\b|\bnot\s+(?:interested\s+in\s+)?any\s+of\b|"
    r"都不(?:想|要|喜欢|合适|感兴趣|行|太行)|(?:还有|有没有|换)(?:别的|其他|一批|几个)|别的(?:方向|岗位|选项)|"
    r"其他(?:的)?(?:方向|岗位|选项)",
    _I,
)


def wants_other_options(text: str) -> bool:
    """Whether the answer turns all the options down ("none of these", "something else",
    "都不想要", "有没有别的")."""
    return bool(_OTHERS.search(text))


_QUESTION = re.compile(
    r"^\W*(?:what|how|why|which|is|are|does|do|can|could|would|should|tell\s+me|explain)\b|"
    r"\b(?:difference|differ|compare|comparison|versus|vs\.?|pros\s+and\s+cons)\b|"
    r"区别|差别|不同|对比|比较|哪个(?:更)?(?:好|适合|容易)|什么|怎么|为什么|是不是|吗\s*[？?]?\s*$|"
    r"[吧呢]\s*[？?]",
    _I,
)
# Words about all the options at once ("这三个都要写代码吧", "are all three coding jobs", "both"):
# "三个" in them is a count of the options, never option 3.
_ALL_OPTIONS = re.compile(
    r"(?:这|那)(?:些|\s*[一二两三四五几1-5]\s*(?:个|项|种))(?:岗位|方向|选项|工作)?\s*(?:都|全|里|中)?|"
    r"[一二两三四五几1-5]\s*个\s*(?:都|全)|所有|每(?:一)?个|全部|"
    r"\ball\s+(?:of\s+)?(?:these|them|those|the)?\s*(?:three|two|four|five|options|roles|jobs)?\b|"
    r"\b(?:these|those|the)\s+(?:three|two|four|five)\b|\bboth\b|\beach\s+of\b|\bany\s+of\b",
    _I,
)
_CLAUSE = re.compile(r"[^，,。;；!！?？\n]+[?？]*")


def _pickable(text: str) -> str:
    """``text`` with what cannot pick blanked out (same length, so positions hold): clauses
    that ask a question ("这三个都要写代码吧？") and words about all the options at once."""
    blanked = _ALL_OPTIONS.sub(lambda m: " " * len(m.group()), text)
    out = list(blanked)
    for m in _CLAUSE.finditer(blanked):
        clause = m.group()
        if _QUESTION.search(clause.strip()) and not _COACH_PICKS.search(clause):
            out[m.start() : m.end()] = " " * len(clause)
    return "".join(out)


def asks_about(
    text: str, role_ids: list[str], kb: KnowledgeBase, lexicon: Lexicon | None = None
) -> list[str] | None:
    """The options a question asks about ("what's the difference between 1 and 2?", "第二个
    难吗？"), all of them when it names none; None when the answer is not a question."""
    if not _QUESTION.search(text.strip()) or _COACH_PICKS.search(text):
        return None
    about = _ALL_OPTIONS.sub(lambda m: " " * len(m.group()), text)
    numbers = _numbered(about, len(role_ids))
    named = _named(about, kb, role_ids)
    if lexicon is not None:
        named |= {m.id for m in lexicon.find_roles(about) if m.id in role_ids}
    asked = [r for n, r in enumerate(role_ids, start=1) if n in numbers or r in named]
    return asked or list(role_ids)


@dataclass(frozen=True)
class Pick:
    role_id: str
    how: ChoiceHow


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATION.search(text[max(0, start - 24) : start]))


def _numbered(text: str, n_options: int) -> set[int]:
    """Option numbers (1-based) the text names by number or ordinal, negated ones left out."""
    picks: list[tuple[int, int]] = []
    for m in _ORDINAL.finditer(text):
        picks.append((m.start(), _EN_ORDINALS[m.group(1).lower()]))
    for m in _NUMBER_WORD.finditer(text):
        picks.append((m.start(1), _EN_NUMBERS[m.group(1).lower()]))
    for m in _DIGIT.finditer(text):
        picks.append((m.start(), int(m.group(1))))
    for m in _ZH_ORDINAL.finditer(text):
        g = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        picks.append((m.start(), int(g) if g.isdigit() else _ZH_NUMBERS[g]))
    for m in _LAST.finditer(text):
        picks.append((m.start(), n_options))
    for m in _MIDDLE.finditer(text):
        if n_options == 3:
            picks.append((m.start(), 2))
    return {n for at, n in picks if 1 <= n <= n_options and not _negated(text, at)}


def _keywords(kb: KnowledgeBase, role_id: str) -> set[str]:
    role = kb.roles[role_id]
    names = [role.name.en, role.name.zh, *role.aliases]
    words: set[str] = set()
    for name in names:
        lowered = name.lower()
        words |= {w for w in _WORD.findall(lowered) if len(w) >= 3 and w not in _EN_STOP}
        for run in _CJK.findall(lowered):
            words |= {run[i : i + 2] for i in range(len(run) - 1)} - _ZH_STOP
    return words


def _named(text: str, kb: KnowledgeBase, role_ids: list[str]) -> set[str]:
    """Options the text names by a word of their name that no other option shares."""
    keywords = {r: _keywords(kb, r) for r in role_ids}
    lowered = text.lower()
    tokens = set(_WORD.findall(lowered))
    hits: set[str] = set()
    for role_id, words in keywords.items():
        others = set().union(*(w for r, w in keywords.items() if r != role_id))
        for word in sorted(words - others):
            at = lowered.find(word)
            found = word in tokens if word.isascii() else at >= 0
            if found and word in _CODING_WORDS and not _POINTS.search(lowered):
                continue
            if found and not _negated(lowered, at):
                hits.add(role_id)
                break
    return hits


_TAKES = re.compile(
    r"\b(?:i'?d|i\s+would|i'?ll|i\s+will|let'?s|i)\s+(?:take|go\s+with|pick|choose|say)\s+"
    r"(?:option\s+|number\s+|no\.?\s*|#)?(?:\d|one|two|three|the\s+(?:first|second|third|last))\b|"
    r"(?:那|那就|就|还是)(?:选|要)\s*(?:第)?\s*[1-9一二三]",
    re.I,
)
"""A pick said after turning the options down ("none of these exactly, I'd take 3"): it stands."""


def parse_choice(
    text: str, role_ids: list[str], kb: KnowledgeBase, lexicon: Lexicon | None = None
) -> Pick | None:
    """The option ``text`` picks among ``role_ids`` (shown in that order), or None when it does
    not say which. A role of the knowledge base named outright that was not offered is a pick
    too (``named_other``): the person chose it. Two different picks in one answer are None."""
    text = text.strip()
    taken = _TAKES.search(text)
    if taken is not None:  # "none of these is modernisation exactly, I'd take 3"
        text = text[taken.start() :]
    if not text or not role_ids or (taken is None and wants_other_options(text)):
        return None
    if _COACH_PICKS.search(text):
        return Pick(role_ids[0], "coach_pick")
    if _GOES_ALONG.fullmatch(text.strip(" \t,，.。!！~")):
        return Pick(role_ids[0], "default_pick")
    # Only a clause that is neither a question nor about all the options can pick; a negated
    # pick ("我没选第三个", "not the first") is none.
    text = _pickable(text)
    if not text.strip():
        return None
    numbers = _numbered(text, len(role_ids))
    if lexicon is not None:
        mentioned = [
            m.id
            for m in lexicon.find_roles(text)
            if m.id in kb.roles and not _negated(text, m.start)
        ]
    else:
        mentioned = []
    named = _named(text, kb, role_ids) | {r for r in mentioned if r in role_ids}
    picks = {role_ids[n - 1] for n in numbers} | named
    if len(picks) == 1:
        role_id = next(iter(picks))
        return Pick(role_id, "name" if role_id in named and not numbers else _how(numbers, text))
    if not picks:
        others = sorted(set(mentioned) - set(role_ids))
        if len(others) == 1:
            return Pick(others[0], "named_other")
    return None


def pick_candidate(
    text: str, candidates: list[str], kb: KnowledgeBase, lexicon: Lexicon | None = None
) -> str | None:
    """The candidate a reply picks among ``candidates`` (a close call shown as a numbered list),
    read by :func:`parse_choice`, the one reader of such answers; None when it picks none of
    them (a role named outside the list is read as a new target by the understanding)."""
    pick = parse_choice(text, candidates, kb, lexicon)
    return pick.role_id if pick is not None and pick.role_id in candidates else None


_UNDO = re.compile(
    r"\b(?:didn'?t|did\s+not|never|haven'?t|have\s+not)\s+(?:really\s+)?"
    r"(?:pick(?:ed)?|cho(?:o)?se|chosen|select(?:ed)?|go\s+for|ask(?:ed)?\s+for)\b|"
    r"\bnot\s+what\s+i\s+(?:picked|chose|meant|asked\s+for)\b|"
    r"没(?:有)?(?:选|挑|要选|说要选)|不是我选的|我(?:还)?没(?:有)?(?:决定|选好|定)",
    _I,
)


def undoes_pick(text: str, chosen_number: int | None, n_options: int) -> bool:
    """Whether ``text`` takes back the pick read from the last answer ("我没选第三个", "I didn't
    pick that"): it says so, and names no option other than the chosen one."""
    if not _UNDO.search(text):
        return False
    named = _numbered(_UNDO.sub(lambda m: " " * len(m.group()), text), n_options)
    return not named or chosen_number in named or chosen_number is None


def _how(numbers: set[int], text: str) -> ChoiceHow:
    by_number = _DIGIT.search(text) or _NUMBER_WORD.search(text)
    return "number" if by_number and not _ORDINAL.search(text) else "ordinal"
