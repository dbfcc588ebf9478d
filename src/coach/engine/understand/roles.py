"""Which role the user wants, with a confidence: sure (one role), a close call (2-3 candidate
roles to choose from), not in the knowledge base (said plainly, with the closest roles), unsure.
"""

from __future__ import annotations

import re

from coach.engine.coding import needs_coding, refuses_coding
from coach.engine.understand.cues import (
    _FROM_BEFORE,
    _TARGET_CUE,
    _TARGET_RAW_EN,
    _TARGET_RAW_EN_CUT,
    _TARGET_RAW_ZH,
    _UNSURE,
    _ZH_TARGET_CUT,
    EXPLORING,
    NEGATED_WISH,
    SAYS_HAVING,
    STAY_IN_JOB,
    TENTATIVE_TARGET,
    USE_AI,
    VAGUE_TARGET,
    WISHY,
    current_before,
)
from coach.engine.understand.no_code import CANNOT_CODE, no_code_choice, non_coder_builds
from coach.engine.understand.resolve import (
    _AI_WORD,
    _JOB_HEAD,
    _TITLE_END,
    AUGMENTED_ROLE,
    Target,
    resolve_phrase,
)
from coach.engine.understand.spans import (
    CLAUSE_END,
    SENTENCE_END,
    containing,
    masked,
    spans,
    trim_role,
)
from coach.engine.understand.target_kinds import (
    _AI_SIDE_END,
    _EITHER,
    _LEARN_AI,
    _OR,
    _WHICH_KIND,
    _alternatives,
    _applied_target,
    _is_unsure,
    _named_first,
    _only_ai,
    _sentence,
)
from coach.knowledge.lexicon import Mention
from coach.knowledge.loader import KnowledgeBase

_FILLER = re.compile(
    r"\b(?:i\s+guess|i\s+think|maybe|probably|perhaps|hmm+|um+|uh+|well|ok|okay|so|like|idk|"
    r"within|in|by|about|around|the|a|an|ideally|hopefully|something|somehow|yeah|yes|sure|"
    r"role|job|position|please|thanks|thank\s+you|i'?d\s+say|i\s+want|want|to|be|become|"
    r"do|work|as|on|with|stuff|things?|related|kind\s+of|sort\s+of|field|area|space|"
    r"direction|track)\b|吧|呢|啊|嗯|呃|那个|方向|相关|的|想|做|我|大概|可能|也许|吧",
    re.I,
)


_VAGUE_CUT = re.compile(
    r"\s+(?:within|in\s+(?:\d+|a|an|one|two|three|six|twelve)|by|but|so|because|next|this|"
    r"over|after|before|someday|eventually|i\s+guess|maybe|probably|without|except|not)\b.*$",
    re.I,
)


_TECH_WORD = re.compile(
    r"(?<![A-Za-z])(?:data|recommend\w*|search|speech|security|safety|alignment|autonomous|"
    r"self[\s-]driving|trading|quant|annotation|labell?ing|chips?|software|systems?|computer|"
    r"robotics|chat\s*bots?|bots?|assistants?|copilots?)(?![A-Za-z])|系统|识别|驾驶|交易|标注|推荐|搜索|视觉|"
    r"语音|数据|安全|对齐|量化|芯片|软件|聊天机器人|客服|助手|自动化",
    re.I,
)
"""Technical words that make a bare answer to the target question a target ("推荐系统")."""


def _bare(text: str, mention: Mention, asked: str | None) -> bool:
    """A role of the KB given as the whole answer ("AI infra engineer") to any question but
    "what do you do now?": the person is naming where they want to go."""
    rest = re.sub(r"[\W_]+", "", text[: mention.start] + text[mention.end :])
    return asked not in (None, "background") and len(rest) <= 4


_NOT_TARGET = re.compile(
    r"(?:不是|并不是|并非|而不是|倒不是)\s*(?:要|想)?\s*(?:做|当|成为|去做|转)?\s*(?:一名|一个|个)?\s*$|"
    r"(?:^|[^\w'])not\s+(?:to\s+)?(?:be(?:come)?\s+|do\s+)?(?:an?\s+|the\s+)?$|"
    r"\b(?:rather\s+than|instead\s+of)\s+(?:being\s+|becoming\s+)?(?:an?\s+|the\s+)?$",
    re.I,
)
"""A role said as what the target is not ("目标不是MLOps，是做智能体开发", "not an AI architect, I
want to be ..."): turned down; the role said beside it is the target."""


def _role_targets(text: str, roles: list[Mention], asked: str | None) -> Target | None:
    """A role named after a wish ("I want to become an agent engineer"), or as the answer to
    the target question; a role after "don't want" is avoided, one after "I'm a" is current."""
    sentences = spans(text, SENTENCE_END)
    clauses = spans(text, CLAUSE_END)
    avoid: list[str] = []
    fallback: Mention | None = None
    for mention in roles:
        s_start, _ = containing(sentences, mention.start)
        before = text[s_start : mention.start]
        clause_before = text[containing(clauses, mention.start)[0] : mention.start]
        if NEGATED_WISH.search(clause_before) or _NOT_TARGET.search(clause_before):
            avoid.append(mention.text)
            continue
        if _FROM_BEFORE.search(before[-12:]):
            continue
        after = text[mention.end : mention.end + 40]
        if (_TARGET_CUE.search(before) or _GOAL_AFTER.match(after)) and not current_before(before):
            return Target(
                role_id=mention.id,
                raw=mention.text,
                used=[mention],
                avoid=avoid,
                evidence=_sentence(text, mention.start),
            )
        if (
            fallback is None
            and not current_before(before)
            and (asked == "target" or own_clause(text, mention) or _bare(text, mention, asked))
        ):
            fallback = mention
    if fallback is not None:
        return Target(
            role_id=fallback.id,
            raw=fallback.text,
            used=[fallback],
            avoid=avoid,
            evidence=_sentence(text, fallback.start),
        )
    return Target(avoid=avoid) if avoid else None


_GOAL_AFTER = re.compile(
    r"^\s*(?:is|would\s+be)\s+(?:the|my)\s+(?:goal|target|dream|plan|aim)|^\s*(?:is\s+)?what\s+i\s+want|"
    # "robot foundation models, embodied stuff, that's where I want to end up"
    r"^\s*(?:stuff|things?|work|field|space|area|world)?\s*[,，]?\s*(?:that'?s|that\s+is|this\s+is|is)\s+"
    r"(?:where|what)\s+i\s*(?:'d|would)?\s*(?:want|wanna|like|love|hope|see\s+myself)|"
    r"^\s*(?:就是|是|才是)?我(?:最|真正)?(?:想|希望)(?:去|做|转|走)的(?:方向|领域|路)|"
    r"^\s*[,，]?\s*(?:in|within|by)\s+(?:\d|a\b|an\b|one|two|three|six|nine|twelve|eighteen|next|the)|"
    r"^\s*(?:是我的)?目标|^\s*(?:吧|方向)",
    re.I,
)


def own_clause(text: str, mention: Mention) -> bool:
    """A role said as a clause of its own ("Data engineer, 4 years. MLOps engineer in 6
    months.") that is not the user's current job: read as the target."""
    start, end = containing(spans(text, CLAUSE_END), mention.start)
    rest = (text[start : mention.start] + " " + text[mention.end : end]).strip(" .,，。!?")
    return len(re.sub(r"[\W_]+", "", rest)) <= 12 and start > 0


_TIMES = re.compile(r"\b(?:hours?|hrs?|weeks?|months?|years?|by|within)\b", re.I)
_STATE = re.compile(
    r"(?:(?:job|interview|market|career|work)[\s-]+)?(?:ready|able|done|good|better|hired|"
    r"employable|employed|competent|confident|comfortable|fluent|proficient|independent|free|"
    r"happy|financially|in\s+a\s+position|up\s+to\s+speed|on\s+track|finished|qualified)\b",
    re.I,
)


_AT_EMPLOYER_ZH = re.compile(
    r"^(?:[^，,。]{1,14}?(?:公司|企业|大厂|厂|团队|实验室|机构|研究院)|"
    r"(?:(?!AI|大模型|算法|工程|开发|应用|模型|智能)[^，,。做当]){1,8})"
    r"(?:里|里面)?(?:做|当|干|担任|去做)(?=.{2,})"
)


_ONLY_AI = re.compile(
    r"(?:(?:something|anything|stuff|work)\s+(?:in|with|around)\s+)?"
    r"(?:(?:ai|a\.i\.|人工智能|AI|智能)\s*){1,2}"
    r"(?:相关(?:的)?|方面|方向|领域|行业|的工作|stuff|things|work|field|space|related|-related)?\s*"
    r"(?:(?:where|that|which|in\s+which|because|so)\b.*)?",
    re.IGNORECASE,
)
"""A target phrase that names only AI ("AI stuff", "AI where my brain counts"); LLM words
("大模型相关", "something with LLMs") point to the LLM roles, a close call."""


def _raw_phrase(
    text: str, asked: str | None, consumed: list[tuple[int, int]], skills: list[Mention]
) -> str | None:
    """The user's words for a target no alias named: after "want to become", "想转", "something
    with", or (when the coach asked for the target) the answer itself, minus times and fillers."""
    for m in _TARGET_RAW_EN.finditer(text):
        if NEGATED_WISH.search(text[max(0, m.start() - 30) : m.start() + 12]):
            continue
        if _STATE.match(m.group("raw")):
            continue  # "I'd like to be job ready by September": a state, not a role
        return trim_role(_TARGET_RAW_EN_CUT.sub("", m.group("raw")))
    for m in VAGUE_TARGET.finditer(text):
        if NEGATED_WISH.search(text[max(0, m.start() - 30) : m.start() + 12]):
            continue
        raw = m.group("raw") or m.group("raw2") or m.group("raw3")
        return trim_role(_VAGUE_CUT.sub("", raw))
    for m in TENTATIVE_TARGET.finditer(text):
        raw = m.group("raw")
        if any(r.search(raw) for r in (_AI_WORD, _JOB_HEAD, _TITLE_END)) and not _TIMES.search(raw):
            return trim_role(raw)
    mz = _TARGET_RAW_ZH.search(text)
    if mz and not NEGATED_WISH.search(text[max(0, mz.start() - 4) : mz.start() + 2]):
        # "我想做的主要是数据新闻": what they want to do is what follows "是"
        raw = re.sub(r"^的(?:主要|其实|就|还)?是", "", _ZH_TARGET_CUT.sub("", mz.group("raw")))
        # "去大模型创业公司做算法研究员": the job is what they would do there
        return trim_role(_AT_EMPLOYER_ZH.sub("", raw) or raw)
    if asked != "target":
        return None
    rest = masked(text, consumed)
    first = SENTENCE_END.split(rest.strip(), maxsplit=1)[0]
    meaning = _FILLER.sub(" ", first)
    if len(re.sub(r"[\W_]+", "", meaning)) < 2 or NEGATED_WISH.search(first):
        return None
    if SAYS_HAVING.match(first) and not WISHY.search(first):
        return None  # "I use SQL a bit for monitoring queries": more background, not a target
    # A bare answer is a target only if it names work: a job title, or something about AI
    # ("inference stuff", "推理加速"); "my shifts are brutal" next to the hours is not.
    named = any(first.find(m.text) >= 0 for m in skills)  # "inferance optimisation" (a typo)
    if not named and not any(
        r.search(first) for r in (_AI_WORD, _TECH_WORD, _JOB_HEAD, _TITLE_END)
    ):
        return None
    return trim_role(" ".join(first.split()))


# A clause that says what the wish just before it means: "想转端侧AI，就是把模型部署到边缘设备
# 上，量化、推理加速那些", "something in AI infra, like quantisation and serving".
_ELABORATES = re.compile(
    r"^\s*[,，:：(（-]?\s*(?:就是|比如|例如|像是|特别是|尤其是|主要是|包括|具体是|也就是|偏|"
    r"(?:like|i\.e\.?|e\.g\.?|such\s+as|especially|mainly|mostly|basically|meaning|"
    r"specifically|things\s+like|stuff\s+like|making|getting|building|helping|turning|"
    r"so\s+that)(?![a-z]))",
    re.I,
)


def _elaborating(text: str, end: int, skills: list[Mention]) -> list[Mention]:
    """Skills named in the clause elaborating the target phrase that ends at ``end``."""
    if not _ELABORATES.match(text[end:]):
        return []
    stop = SENTENCE_END.search(text, end)
    limit = stop.start() if stop else len(text)
    return [m for m in skills if end <= m.start and m.end <= limit]


def find_target(
    text: str,
    roles: list[Mention],
    skills: list[Mention],
    kb: KnowledgeBase,
    asked: str | None,
    consumed: list[tuple[int, int]],
) -> Target:
    """What ``text`` says about the target role (see :class:`Target`)."""
    either = _EITHER.search(text)
    if either is not None and not NEGATED_WISH.search(text[: either.start()]):
        options = _alternatives(text, roles, kb)
        if options:
            return Target(
                raw=text[: either.start()].strip(" ,，"),
                candidates=options,
                evidence=_sentence(text, either.start()),
            )
    named = _role_targets(text, roles, asked)
    if named is not None and named.role_id and _WHICH_KIND.search(text):
        # "an AI engineer but idk which kind": the kind is what they don't know, so the roles
        # that fit them are shown
        return Target(unsure=True, raw=named.raw, avoid=named.avoid, evidence=named.evidence)
    if named is not None and named.role_id:
        at = named.used[0].start if named.used else 0
        sentence = containing(spans(text, SENTENCE_END), at)
        if _OR.search(text[sentence[0] : sentence[1]]):
            # "想转AI产品经理或者AI应用方向，还没想好": a role named beside another wish joined
            # by "or" is a close call between them, never the named one alone
            options = _named_first(_alternatives(text[: sentence[1]], roles, kb), roles)
            if named.role_id in options and len(options) >= 2:
                return Target(raw=named.raw, candidates=options, evidence=named.evidence)
        return named
    avoid = named.avoid if named is not None else []
    if roles and _UNSURE.search(text) and _OR.search(text):
        # "maybe AI product manager or AI application engineer, not sure yet": unsure between
        # the wishes named, a close call among them
        options = _named_first(_alternatives(text, roles, kb), roles)
        unsure = _UNSURE.search(text)
        said = text[: unsure.start()].strip(" ,，;；") if unsure and unsure.start() else text
        if len(options) >= 2:
            return Target(raw=said, candidates=options, avoid=avoid, evidence=_sentence(text, 0))
    if _is_unsure(text, asked):
        return Target(unsure=True, avoid=avoid)
    phrase = _raw_phrase(text, asked, consumed, skills)
    if phrase and _ONLY_AI.fullmatch(phrase.strip(" .,，。")):
        # "AI stuff", "AI where my systems-and-safety brain is worth something": AI and no
        # more, a vague target: the roles that fit the person are shown (never "not in the KB")
        return Target(unsure=True, raw=phrase, avoid=avoid, evidence=_sentence(text, 0))
    if (
        phrase
        and _OR.search(phrase)
        and any(
            _ONLY_AI.fullmatch(_AI_SIDE_END.sub("", side).strip(" .,，。吧"))
            for side in _OR.split(phrase)
        )
    ):
        # "数据分析吧，或者AI那种不用一直做实验的": one of the wishes is AI and no more, so the
        # person is open: the roles that fit them are shown, the other wish weighing in
        return Target(unsure=True, raw=phrase, avoid=avoid, evidence=_sentence(text, 0))
    if not phrase and not roles and _LEARN_AI.search(text):
        # "想学点数据分析或者AI，以后不想一直站实验台": learning AI, no role named: open
        return Target(unsure=True, avoid=avoid, evidence=_sentence(text, 0))
    target = Target(avoid=avoid)
    wh = phrase is not None and phrase.startswith(("什么", "哪"))
    if phrase and len(phrase) >= 2 and not _UNSURE.search(phrase) and not wh:
        at = max(0, text.find(phrase))
        target = resolve_phrase(phrase, skills, kb, _elaborating(text, at + len(phrase), skills))
        if target.role_id is None and not target.candidates and target.not_in_kb:
            # a phrase cut short ("chatbots that answer questions") whose sentence goes on to
            # name the work ("... over a company's internal docs"): read with those skills
            s_end = containing(spans(text, SENTENCE_END), at)[1]
            work = [m for m in skills if at <= m.start and m.end <= s_end]
            again = resolve_phrase(phrase, skills, kb, work) if work else target
            target = again if again.role_id or again.candidates else target
        if target.role_id is None and target.candidates and not target.not_in_kb:
            # a close call: the skills named after the wish in the same sentence ("LLM apps,
            # something with RAG and vector databases") say which of the roles is meant
            s_end = containing(spans(text, SENTENCE_END), at)[1]
            after = [m for m in skills if at + len(phrase) <= m.start and m.end <= s_end]
            if after:
                again = resolve_phrase(phrase, skills, kb, after)
                if again.role_id is not None:
                    target = again
        if target.role_id is not None and _OR.search(phrase):
            # two wishes joined by "or" ("maybe designing AI products or an AI prototyper?")
            # that resolve to different roles are a close call, not the one of the second
            options = _alternatives(phrase, roles, kb)
            if target.role_id in options and len(options) >= 2:
                target = Target(raw=phrase, candidates=options)
        target.avoid = avoid
        target.evidence = _sentence(text, at)
        target.span = (at, at + len(phrase))
    if target.role_id is not None:
        return no_code_choice(text, target, kb)
    if target.candidates and (refuses_coding(text) or CANNOT_CODE.search(text)):
        # a close call for someone who will not or cannot code: the role without coding is
        # offered, first
        if AUGMENTED_ROLE in kb.roles and AUGMENTED_ROLE not in target.candidates:
            target.candidates = [AUGMENTED_ROLE, *target.candidates][:3]
        target.candidates.sort(key=lambda r: r in kb.roles and needs_coding(kb, kb.roles[r]))
    if phrase and _only_ai(phrase, skills, kb) and not target.not_in_kb:
        # "想转AI", "something in AI": no role and no work named, only "AI": as unsure as
        # "not sure", so the roles are ranked for the person, not by the word "AI"
        return Target(unsure=True, raw=phrase, avoid=avoid, evidence=target.evidence)
    applied = _applied_target(text, skills, kb)
    if applied is not None:
        applied.avoid = avoid
        return applied
    exploring = EXPLORING.search(text)
    if exploring is not None:
        # "想用AI减轻备课负担，也想看看有没有机会转行": open to a new role, none named: unsure
        return Target(unsure=True, avoid=avoid, evidence=_sentence(text, exploring.start()))
    # Wanting to use AI in one's own work, with no sure role named: the augmented professional.
    use_ai = USE_AI.search(text)
    clause_start = containing(spans(text, CLAUSE_END), use_ai.start())[0] if use_ai else 0
    stay = STAY_IN_JOB.search(text) if _AI_WORD.search(text) else None
    if use_ai is None and stay is not None:  # "not switching careers, just better with AI"
        use_ai, clause_start = stay, -1
    if use_ai and (
        clause_start < 0 or not NEGATED_WISH.search(text[clause_start : use_ai.start()])
    ):
        return Target(
            role_id=AUGMENTED_ROLE if AUGMENTED_ROLE in kb.roles else None,
            raw=use_ai.group(0),
            avoid=avoid,
            evidence=_sentence(text, use_ai.start()),
        )
    built = None if target.candidates or target.not_in_kb else non_coder_builds(text, skills, kb)
    if built is not None:
        built.avoid = avoid
        return built
    return target


__all__ = ["Target", "find_target", "masked", "resolve_phrase"]
