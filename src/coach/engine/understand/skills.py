"""Skill claims from mentions with their cues, and how they merge into a profile."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from coach.engine.numbers import find_years
from coach.engine.understand.cues import (
    _APPLIED_TO,
    _BASIC_AFTER,
    _BASIC_BEFORE,
    _EXPERT_AFTER,
    _EXPERT_BEFORE,
    _LIST_SEP,
    _NEG_AFTER,
    _NEG_BEFORE,
    _NEW_SUBJECT,
    _OTHERS_ASK,
    _RARELY,
    _RECENT,
    _REFUSED_BEFORE,
    _SMALL_USE,
    _WEAK_BEFORE,
    _WISH_BEFORE,
    MEANT,
    NEGATED_WISH,
    WISH_AFTER,
)
from coach.engine.understand.merge import merge_skills
from coach.engine.understand.skill_links import _WISH_LIST, _hedge_covers, _listed_on
from coach.engine.understand.spans import CLAUSE_END, SENTENCE_END, containing, evidence_of, spans
from coach.knowledge.lexicon import Mention


@dataclass
class _Claim:
    skill_id: str
    level: int
    evidence: str
    explicit: bool
    negated: bool
    words: str = ""
    """The words that named the skill ("js", "node")."""
    cued: bool = False
    """The level comes from a hedge said with the mention ("a bit of", "会一点")."""


@dataclass
class Claims:
    has: list[_Claim]
    wants: list[Mention]
    avoid: list[Mention]


# A clause that only elaborates the wish before it: "I want to go into AI agents, maybe
# LangGraph", "想转 LLM infra，就是 serving 和推理优化那块". It carries the wish unless it says
# the person has or does something ("..., I use Docker daily", "...，用过 LangChain").
_ELABORATION = re.compile(
    r"^\s*(?:(?:maybe|perhaps|probably|possibly|like|e\.g\.?|such\s+as|especially|"
    r"particularly|mainly|mostly|including|specifically|i\.e\.?|or|ideally|preferably|with|plus|"
    r"and\s+also|then|and\s+then|later|making|getting|building|helping|turning|so\s+that)(?![a-z])|"
    r"就是|比如|例如|像是|特别是|尤其是|尤其|主要是|包括|具体是|也就是|或者|最好是|带|加上|还要|以及|配合|然后|之后|接着|再)",
    re.I,
)
_ASKS = re.compile(
    r"\b(?:do|does|did|is|are|will|would|should|must|can|could)\s+(?:i|it|they|these|those|this|"
    r"that|you|we|all|both|any|the)\b|\b(?:need|needs|require|requires|involve|involves)\b|"
    r"需要|要不要|都要|得会|要会|要求|是不是|是否|吗|难不难",
    re.I,
)
"""A question about what something takes ("这三个都要写代码吧？", "does it need Python?")."""
_TENTATIVE = re.compile(r"\b(?:maybe|perhaps|possibly|could\s+i)\b|也许|或许|要不|可不可以", re.I)
_HAS_IN_CLAUSE = re.compile(
    r"\b(?:i\s+(?:already\s+|also\s+|still\s+|really\s+|mostly\s+)?(?:use|used|know|knew|did|do|"
    r"have|had|built|wrote|work|worked|ran|run)|"
    r"i'(?:ve|m)|using|daily|years?|experience)\b|用过|做过|写过|会用|熟悉|熟练|精通|经验|年|我(?:会|用|做|写|懂)",
    re.I,
)


_FORGOT_ALL = re.compile(
    r"^[^.;!?\n。；！？]{0,40}?\b(?:forgot|forgotten|lost)\s+(?:all|everything|it\s+all|almost\s+all|"
    r"almost\s+everything|pretty\s+much\s+(?:all|everything)|nearly\s+all)\b|"
    r"^[^。；！？\n]{0,12}(?:全忘|忘光|忘得差不多|都忘了|忘完了|早忘了)",
    re.I,
)


_TOPICS_END = re.compile(
    r"(?:那些|这些|之类(?:的)?|等等?|什么的|方面|方向|相关(?:的)?|\b(?:stuff|things|etc\.?|and\s+so\s+on|"
    r"that\s+kind\s+of\s+thing))\s*[.!?。！？]?\s*$",
    re.I,
)


def _elaborated_wish(
    text: str, clauses: list[tuple[int, int]], clause: tuple[int, int]
) -> str | None:
    """The wish window of the clause this one elaborates, when it does (see _ELABORATION)."""
    body = text[clause[0] : clause[1]]
    if _HAS_IN_CLAUSE.search(body) or _NEW_SUBJECT.search(body):
        return None
    index = clauses.index(clause) if clause in clauses else -1
    if index <= 0:
        return None
    prev_start, prev_end = clauses[index - 1]
    if text[prev_end : clause[0]].strip() not in (",", "，", "、", ":", "：", "-", "—"):
        return None  # only across a comma-like boundary, never across a sentence
    if not _ELABORATION.match(body):
        # "想转端侧AI，就是把模型部署到边缘设备上，量化、推理加速那些": a clause that goes on
        # with the elaboration before it (a list of topics, "那些", "stuff like that")
        if not _TOPICS_END.search(body) or index < 2:
            return None
        return _elaborated_wish(text, clauses, clauses[index - 1])
    window = _NEW_SUBJECT.split(text[prev_start:prev_end])[-1]
    return window if _WISH_BEFORE.search(window) else None


# A turn that only names an activity, with no subject, no job and no years: "building LLM
# agents with tools and evals", "doing RAG". It says what the person would like to do (the
# answer to "what do you want to do?"), not what they have done: a want, never a skill.
_BARE_ACTIVITY = re.compile(
    r"^\W*(?:building|doing|making|creating|developing|designing|training|deploying|"
    r"fine-?tuning|working\s+(?:on|with)|playing\s+with|getting\s+into|learning)\b",
    re.I,
)


# "want to learn X", "想了解X": the learning cue is part of the wish, not a basic level.
_NOT_BUT_MEANT = re.compile(r"(?:\bnot|不是)\s*$", re.I)
"""The "not X" of "actually not MLOps, I meant LLMOps": X turned down as the target."""
_WISH_LEARN = re.compile(
    r"(?:想|希望|打算|准备|要)(?:先|再|多|顺便|也|还|稍微|简单)*(?:了解|学|学习|入门|接触)|"
    r"\b(?:want|wanna|like|love|plan(?:ning)?|hope|hoping|need)\s+to\s+(?:learn|study|start|try)|"
    # "I'd like some SQL", "I'd also like to pick up some Python": the amount is what they want
    r"\b(?:want|wanna|like|love|learn|pick\s+up|get|add|try|study|brush\s+up\s+on|include)"
    r"(?:\s+to\s+(?:learn|pick\s+up|get|add|try|study|do|include))?\s+"
    r"(?:some|a\s+(?:bit|little)(?:\s+bit)?(?:\s+of)?|a\s+few|basic|the\s+basics\s+of)\s*$",
    re.I,
)


def _years_near(text: str, sentence: tuple[int, int]) -> float | None:
    found = find_years(text[sentence[0] : sentence[1]])
    return found[0].value if found else None


def _rarely_before(
    text: str, clause: tuple[int, int], at: int, first_end: dict[int, int | None]
) -> bool:
    """Whether "occasionally", "偶尔" is in the clause before ``at``. The clause's first such
    cue is found once (``first_end`` keeps where it ends, per clause): a clause of many
    mentions stays linear."""
    if clause[0] not in first_end:
        found = _RARELY.search(text[clause[0] : clause[1]])
        first_end[clause[0]] = clause[0] + found.end() if found else None
    end = first_end[clause[0]]
    return end is not None and end <= at


_WISH_REACH = 240
"""How far back in its clause a wish ("I want to learn ...") still governs a skill mention."""


_PART_SEP = re.compile(r"[,，、;；]")
_WORD_AFTER = re.compile(
    r"[\s|:：()（）\-–—/]*(?:\d+(?:\.\d+)?\s*\+?\s*(?:years?|yrs?|年)\s*[|,，)）]?[\s|(（]*)?"
    r"(?P<w>expert|advanced|proficient|intermediate|familiar|basic|beginner|精通|熟练|熟悉|了解|掌握)",
    re.I,
)
_WORD_BEFORE = re.compile(r"(?:熟悉|掌握)\s*(?:使用)?\s*$")
_PART_WORDS = {
    "expert": 3, "advanced": 3, "精通": 3, "proficient": 2, "intermediate": 2, "熟练": 2,
    "熟悉": 2, "掌握": 2, "familiar": 1, "basic": 1, "beginner": 1, "了解": 1,
}  # fmt: skip


def part_level(
    text: str,
    mention: Mention,
    sentence: tuple[int, int],
    seps: list[int],
    years_of: dict[tuple[int, int], float | None],
) -> int | None:
    """The level a skill's own part of a list says ("C++ (11 years), Python (3 yrs)": 3 and
    2; "| Statistics | 4 years | Familiar |": 1; "5年C语言，3年Go开发经验，熟悉Linux": 3, 2, 2):
    its level word after it or "熟悉"/"掌握" right before it, else the years in that part
    alone (5 or more: expert). None when the part says neither. ``seps``: where the text's
    part separators are (sorted); ``years_of``: the years per part, read once."""
    at = bisect.bisect_left(seps, mention.start)
    start = max(seps[at - 1] + 1 if at > 0 else 0, sentence[0])
    after = bisect.bisect_left(seps, mention.end)
    end = min(seps[after] if after < len(seps) else len(text), sentence[1])
    word = _WORD_AFTER.match(text, mention.end, min(end, mention.end + 40))
    if word is not None:
        return _PART_WORDS[word.group("w").lower()]
    if _WORD_BEFORE.search(text, max(start, mention.start - 8), mention.start):
        return 2
    if (start, end) not in years_of:
        found = find_years(text[start:end], bare=True)
        years_of[(start, end)] = found[0].value if found else None
    years = years_of[(start, end)]
    if years is None:
        return None
    return 3 if years >= 5 else 2


def skill_claims(
    text: str,
    mentions: list[Mention],
    blocked: list[tuple[int, int]],
    job_context: bool,
    wish_from: tuple[int, ...] = (),
    asked_target: bool = False,
    job_years: tuple[int, int, float] | None = None,
) -> Claims:
    """Has / wants / not for each skill mention: only "has" mentions become claims (with the
    user's sentence as evidence); wished ones ("I want to learn RAG", "something with vector
    databases", "想学RAG") are wants, and ones under a negated wish ("don't want to code") are
    avoided. A wish carries over a list ("learn RAG, vector databases and LangChain").
    ``job_years``: where the current job's title is and its years ("SAP ABAP consultant, 15
    years"): a skill the title itself names has the job's years (a skill merely said beside
    it, "a few Python scripts", does not)."""
    wanted: list[Mention] = []
    avoided: list[Mention] = []
    wish_end = -1
    sentences = spans(text, SENTENCE_END)
    clauses = spans(text, CLAUSE_END)
    claims: list[_Claim] = []
    previous: _Claim | None = None
    previous_end = -1
    years_of: dict[tuple[int, int], float | None] = {}
    has_in_clause: dict[int, bool] = {}
    elaborated_in: dict[int, str | None] = {}  # per clause: a clause of many mentions stays linear
    rarely_end: dict[int, int | None] = {}
    starts = sorted(m.start for m in mentions)
    seps = [m.start() for m in _PART_SEP.finditer(text)]
    part_years: dict[tuple[int, int], float | None] = {}
    for mention in mentions:
        if any(mention.start < b_end and b_start < mention.end for b_start, b_end in blocked):
            previous = None
            continue
        c_start, c_end = containing(clauses, mention.start)
        window_start = max(c_start, previous_end if previous_end > c_start else c_start)
        before = text[window_start : mention.start][-40:]
        # A wish governs at most _WISH_REACH characters of its clause: bounded windows keep a
        # long clause of many mentions linear.
        clause_before = text[max(c_start, mention.start - _WISH_REACH) : mention.start]
        later = bisect.bisect_left(starts, mention.end)
        next_start = min(starts[later], c_end) if later < len(starts) else c_end
        after = text[mention.end : min(next_start, mention.end + 15)]
        if text[mention.end : mention.end + 2].lstrip()[:1] in ("(", "（"):  # "Git (basic)"
            stop = starts[later] if later < len(starts) else len(text)
            after = text[mention.end : min(stop, mention.end + 15)].lstrip(" (（")
        evidence = evidence_of(text, sentences, mention)
        s_start, s_end = containing(sentences, mention.start)
        end_mark = text[s_start : s_end + 1].rstrip()[-1:]
        asking = end_mark in ("?", "？") or "吗" in text[c_start:c_end]
        clause_text = text[c_start:c_end]
        if asking and not _HAS_IN_CLAUSE.search(clause_text):
            if _ASKS.search(clause_text):
                previous = None  # asking what a role takes is neither having nor wanting it
                continue
            if _TENTATIVE.search(text[s_start : s_end + 1]):
                # "maybe designing AI products or an AI prototyper?": a wish said as a question
                wanted.append(mention)
                previous, previous_end = None, mention.end
                continue

        near = text[max(c_start, mention.start - 16) : mention.start]
        meant = _NOT_BUT_MEANT.search(near) and MEANT.search(text[s_start : s_end + 1])
        if _REFUSED_BEFORE.search(near) or meant:
            avoided.append(mention)  # "不要MLOps，还是原来那个...": turned down, never a skill
            previous, previous_end, wish_end = None, mention.end, mention.end
            continue
        if _APPLIED_TO.search(clause_before) or _OTHERS_ASK.search(clause_before):
            previous = None  # where they would use AI ("用在学校管理和教学上"): not a skill
            continue
        # A wish governs what follows it, up to a new subject ("... and I'm good at Go").
        wish_window = _NEW_SUBJECT.split(clause_before)[-1]
        carried = wish_end >= 0 and bool(_WISH_LIST.match(text[wish_end : mention.start]))
        carried = carried or any(
            e <= mention.start and _listed_on(text[e : mention.start]) for e in wish_from
        )
        wished = (
            _WISH_BEFORE.search(wish_window)
            or WISH_AFTER.match(text[mention.end : mention.end + 40])
            or carried
        )
        wished = wished or (not job_context and bool(_BARE_ACTIVITY.match(text)))
        # Answering "what do you want to do?", a skill named without a having cue is a want.
        if asked_target and c_start not in has_in_clause:
            has_in_clause[c_start] = bool(_HAS_IN_CLAUSE.search(text[c_start:c_end]))
        wished = wished or (asked_target and not has_in_clause[c_start])
        if not wished:
            if c_start not in elaborated_in:
                elaborated_in[c_start] = _elaborated_wish(text, clauses, (c_start, c_end))
            elaborated = elaborated_in[c_start]
            if elaborated is not None:
                wished, wish_window = True, elaborated
        basic_cue = _BASIC_BEFORE.search(before) and not _WISH_LEARN.search(before)
        if wished and not basic_cue:
            negated_wish = NEGATED_WISH.search(wish_window)
            (avoided if negated_wish else wanted).append(mention)
            previous, previous_end, wish_end = None, mention.end, mention.end
            continue
        wish_end = -1

        inherited = (
            previous is not None
            and previous_end > c_start
            and bool(_LIST_SEP.match(text[previous_end : mention.start]))
        )
        level: int
        explicit = True
        negated = False
        cued = False
        if _FORGOT_ALL.match(text[mention.end : mention.end + 60]):
            level, negated = 0, True  # "forgot pretty much everything", "全忘了" ("most" is basic)
        elif _WEAK_BEFORE.search(before):
            level = 1
        elif _NEG_BEFORE.search(before) or _NEG_AFTER.search(after):
            level, negated = 0, True
        elif (
            _BASIC_BEFORE.search(before)
            or _BASIC_AFTER.search(after)
            or _rarely_before(text, (c_start, c_end), mention.start, rarely_end)
            or _SMALL_USE.search(
                text[max(c_start, mention.start - 12) : min(c_end, mention.end + 12)]
            )
        ):
            level, cued = 1, True
        elif _EXPERT_BEFORE.search(before) or _EXPERT_AFTER.search(after):
            level = 3
        elif _hedge_covers(text, previous, previous_end, mention):
            level, cued = 1, True
        elif (
            own := part_level(text, mention, containing(sentences, mention.start), seps, part_years)
        ) is not None:
            level = own  # "C++ (11 years)", "| SQL | 9 years | Expert |", "3年Go开发经验"
        elif inherited and previous is not None:
            level, explicit, negated = previous.level, previous.explicit, previous.negated
            cued = previous.cued
        else:
            sentence = containing(sentences, mention.start)
            if sentence not in years_of:  # once per sentence, not per mention (long lists)
                years_of[sentence] = _years_near(text, sentence)
            years = years_of[sentence]
            if years is not None and _RECENT.search(
                text[max(s_start, mention.start - 40) : mention.start]
            ):
                years = None  # "6年iOS，最近在做接入大模型": the years are not this skill's
            if years is None and job_years is not None:
                in_title = job_years[0] <= mention.start and mention.end <= job_years[1]
                years = job_years[2] if in_title else None
            if years is not None and years >= 5:
                level = 3
            elif years is not None or job_context:
                level, explicit = 2, years is not None
            else:
                level, explicit = 1, False
        if mention.cap is not None:
            level = min(level, mention.cap)
        claim = _Claim(mention.id, level, evidence, explicit, negated, mention.text.lower(), cued)
        claims.append(claim)
        previous, previous_end = claim, mention.end
    return Claims(claims, wanted, avoided)


__all__ = ["Claims", "merge_skills", "skill_claims"]
