"""A job posting's text -> its requirements on the knowledge base's skills (pure).

Each line that names a knowledge-base skill (by the same alias lexicon chat turns use) becomes a
requirement, with the posting's words and line as evidence: required, or preferred when the line
or its section says so ("a plus", "nice to have", "优先", "加分"); a level from the line's
wording and years ("3+ years of Python", "精通", "familiarity with"). Terms the knowledge base
does not cover (named tools and acronyms no alias matches) are listed as the posting says them,
never mapped to a skill. The closest curated role is the one whose required skills the posting
covers best; it stands in for what the posting does not say.
"""

from __future__ import annotations

import re
from typing import Any

from coach.engine.pasted import POSTING_HEADING
from coach.engine.posting_either import or_groups, term_alternatives
from coach.engine.posting_items import unnamed_items
from coach.engine.posting_lines import (
    LEVEL_WORD,
    PART_END,
    PREFERRED,
    clause,
    degree_span,
    level,
    own_part,
    preferred,
    steers,
    years,
)
from coach.engine.posting_mentions import mentions_in
from coach.engine.posting_model import MAX_LINES, JobPosting, PostingLine, PostingRequirement
from coach.engine.posting_pay import PostingPay, read_pay
from coach.engine.posting_roles import closest_role, closest_track
from coach.engine.posting_terms import (
    ASKING,
    COMPANY_VOICE,
    examples,
    uncovered_terms,
    without_company_story,
)
from coach.engine.posting_title import AMOUNT, PAY, pay_line, title_of
from coach.engine.posting_weight import emphasis_of, requirement_weight, stronger
from coach.knowledge.lexicon import Lexicon
from coach.knowledge.loader import KnowledgeBase

__all__ = [
    "JobPosting",
    "PostingLine",
    "PostingRequirement",
    "ids_of_title",
    "parse_posting",
    "weighed",
]

_PREFERRED_SECTION = re.compile(
    r"^\s*(?:#+\s*)?(?:nice[\s-]+to[\s-]+have|preferred(?:\s+qualifications)?|bonus(?:\s+points)?|"
    r"pluses|加分项|优先条件|加分)\s*[:：]?\s*$",
    re.IGNORECASE,
)
_REQUIRED_SECTION = re.compile(
    r"^\s*(?:#+\s*)?(?:\*\*)?(?:requirements|required|qualifications|must[\s-]+have|"
    r"what\s+you.+bring|what\s+we(?:'re|\s+are)\s+looking\s+for|who\s+you\s+are|about\s+you|"
    r"your\s+profile|you\s+have|(?:basic|preferred)\s+qualifications|"
    r"minimum\s+qualifications|任职要求|岗位要求|职位要求|任职资格)(?:\*\*)?\s*[:：]?\s*$",
    re.IGNORECASE,
)
_ABOUT_SECTION = re.compile(
    r"^\s*(?:#+\s*)?(?:about\s+(?:us|the\s+company)|what\s+we\s+offer|benefits|perks|"
    r"why\s+join\s+us|compensation|how\s+to\s+apply|公司介绍|关于我们|福利待遇|薪资福利|我们提供)"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)
_LOGISTICS = re.compile(
    r"\b(?:office|offices|located|based\s+in|salary|schedule|benefits?|relocation|visa|pension|"
    r"holidays?|vacation|equity|stipend|insurance|apply|headquarter(?:s|ed))\b|"
    r"工作地点|办公|福利|五险一金|薪资|薪酬|待遇|简历投递",
    re.IGNORECASE,
)
"""A line about the place, the pay or applying: it names no skills (and no uncovered terms)."""
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)、])\s*")
MAX_UNMAPPED = 8
_LEAD_IN = re.compile(r"[:：]\s*$")


_REQ_LABEL = re.compile(
    r"^\s*(?:requirements|qualifications|responsibilities|what\s+you(?:'ll|\s+will)\s+"
    r"(?:do|bring|need)|岗位职责|工作职责|任职要求|岗位要求|职位要求|任职资格|要求|职责)\s*[:：]\s*",
    re.IGNORECASE,
)


def _without_names(line: str, mentions: list[tuple[Any, str]]) -> str:
    """``line`` with its skills' names blanked (positions kept): "deep" in "deep learning" or
    "advanced" in "advanced RAG" is the skill's name, not how hard the line asks for it."""
    chars = list(line)
    for m, _ in mentions:
        for i in range(max(0, m.start), min(len(chars), m.end)):
            chars[i] = " " if not chars[i].isdigit() else chars[i]
    return "".join(chars)


def _line_requirements(
    line: str, mentions: list[tuple[Any, str]], preferred_section: bool
) -> list[PostingRequirement]:
    """One requirement per skill the line names: required or "a plus" by its clause (its comma
    part in Chinese), the level by its comma part (else its clause), years by the nearest, and
    its "or" alternatives."""
    either = or_groups(line, mentions)
    out: list[PostingRequirement] = []
    starts = [m.start for m, _ in mentions]
    plain = _without_names(line, mentions)  # "deep learning": the name says no level
    for mention, skill_id in mentions:
        whole = clause(plain, mention.start)
        full = clause(plain, mention.start, PART_END)
        part = own_part(plain, mention.start, mention.end, starts)
        asked = years(part) or years(whole) or years(line)
        said = part if LEVEL_WORD.search(part) or years(part) or part != full else whole
        out.append(
            PostingRequirement(
                skill_id=skill_id,
                words=mention.text,
                line=line[:240],
                level=1 if steers(part) else level(said, asked),
                emphasis=emphasis_of(part if PREFERRED.search(part) else said, asked),
                required=not (preferred_section or preferred(line, mention.start)),
                years=asked,
                alternatives=either.get(skill_id, []),
            )
        )
    return out


def _merge(
    found: dict[str, PostingRequirement],
    listed: set[str],
    req: PostingRequirement,
    listing: bool,
) -> None:
    """Keep ``req`` in ``found`` (one requirement per skill, the strongest ask wins)."""
    skill_id = req.skill_id
    old = prior = found.get(skill_id)
    seen = old.mentions if old is not None else 0
    if old is not None and listing and skill_id not in listed:
        # said first in the job's story ("keep the cluster healthy: ... monitoring"), then
        # listed: it stands where the list puts it, with the list's line
        found.pop(skill_id)  # the list's own "a plus" and level stand over the story's
        if old.required == req.required:
            req = req.model_copy(update={"emphasis": stronger(old.emphasis, req.emphasis)})
        old = None
    if listing:
        listed.add(skill_id)
    if old is None or (req.required, req.level) > (old.required, old.level):
        found[skill_id] = req
    kept = found[skill_id]
    if prior is not None:  # "Python or Node.js" in one line: Node is not a must anywhere
        asks = [r for r in (prior, req) if r.required == kept.required]  # a plus loosens no must
        alts = list(dict.fromkeys(a for r in asks for a in r.alternatives))
        kept = kept.model_copy(update={"alternatives": [a for a in alts if a != skill_id]})
    same = [r for r in (old, req) if r is not None and r.required == kept.required]
    emphasis = stronger(same[0].emphasis, same[-1].emphasis) if same else kept.emphasis
    lines = seen + (0 if prior is not None and prior.line == req.line else 1)
    words = [*(prior.named_as if prior is not None else []), req.words]
    named = [w for n, w in enumerate(words) if w.lower() not in {x.lower() for x in words[:n]}]
    found[skill_id] = kept.model_copy(
        update={"emphasis": emphasis, "mentions": lines, "named_as": named}
    )


def _word(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w+#]){re.escape(term)}(?![\w+#])")


def _terms(
    line: str,
    mentions: list[tuple[Any, str]],
    span: tuple[int, int] | None,
    in_requirements: bool,
    found: dict[str, PostingRequirement],
    uncovered: list[str],
    lexicon: Lexicon,
    kb: KnowledgeBase,
) -> tuple[list[str], dict[str, list[str]]]:
    """The terms the KB lacks that ``line`` asks for (added to ``uncovered``), and per skill the
    names it accepts instead ("Ansible or Terraform"), also kept on that skill's requirement."""
    covered = [(m.start, m.end) for m, _ in mentions] + ([span] if span else [])
    # a name the KB knows, read in another sense here ("Postman" of a testing line), is no
    # term the KB lacks
    covered += [(m.start, m.end) for m in lexicon.find_skills(line) if m.id in kb.skills]
    asking = in_requirements or bool(_BULLET.match(line) or ASKING.search(line))
    asking = asking and not COMPANY_VOICE.search(line)
    covered += examples(line, covered)
    terms = uncovered_terms(line, covered) if asking else []
    if asking:  # "scikit-learn, XGBoost, time series forecasting": the item no alias names
        named = [(m.start, m.end) for m, _ in mentions] + ([span] if span else [])
        named += examples(line, named)
        named += [(m.start(), m.end()) for t in terms for m in _word(t).finditer(line)]
        senses = [c for c in covered if c not in named]
        terms += [i for i in unnamed_items(line, named, senses) if i not in terms]
    for term in terms:
        if term not in uncovered:
            uncovered.append(term)
    either = term_alternatives(line, mentions, terms)
    for skill_id, alts in either.items():
        known = found.get(skill_id)
        if known is not None:  # "(PHP or JavaScript)": PHP meets it, whichever line stands
            same = known.line == line[:240] or not known.alternative_terms
            kept = alts if known.line == line[:240] else [*known.alternative_terms, *alts]
            kept = list(dict.fromkeys(kept)) if same or known.required else kept
            found[skill_id] = known.model_copy(update={"alternative_terms": kept})
            uncovered += [a for a in alts if a not in uncovered]
    return terms, either


def _story_only(req: PostingRequirement) -> PostingRequirement:
    """A skill only the job's story names ("bring deep learning models to our devices: deploy
    CNNs"), beside a requirements list that does not: the work touches it, so it is asked at
    basic level, never as hard as the list's own asks."""
    emphasis = "light" if req.emphasis == "light" else "plain"
    return req.model_copy(update={"level": min(req.level, 1), "emphasis": emphasis})


def ids_of_title(title: str | None, lexicon: Lexicon, kb: KnowledgeBase) -> set[str]:
    """The KB skills the posting's title names ("LLM Evaluation Engineer": evaluation)."""
    return {m.id for m in lexicon.find_skills(title or "") if m.id in kb.skills}


def weighed(reqs: list[PostingRequirement], in_title: set[str]) -> list[PostingRequirement]:
    """``reqs`` (in the posting's order) with their place, whether the title names them, and
    the weight the posting gives each."""
    out: list[PostingRequirement] = []
    places = {True: 0, False: 0}
    for n, req in enumerate(reqs, 1):
        places[req.required] += 1
        titled = req.skill_id in in_title
        weight = requirement_weight(
            req.required, req.emphasis, places[req.required], req.mentions, titled
        )
        out.append(req.model_copy(update={"order": n, "in_title": titled, "weight": weight}))
    return out


def parse_posting(text: str, lexicon: Lexicon, kb: KnowledgeBase) -> JobPosting:
    """The requirements, uncovered terms and closest role of the posting ``text``."""
    found: dict[str, PostingRequirement] = {}
    listed: set[str] = set()  # skills named in a requirements list (its order is the posting's)
    musts: set[str] = set()  # named with no "or" in the requirements section: no other will do
    uncovered: list[str] = []
    title: str | None = None
    preferred_section = about_section = False
    pay: str | None = None
    pay_range: PostingPay | None = None
    degree: str | None = None
    in_requirements = False
    unmapped: list[str] = []
    lines: list[PostingLine] = []
    first = True
    cjk = latin = 0
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        cjk += len(re.findall(r"[\u4e00-\u9fff]", line))
        latin += len(re.findall(r"[A-Za-z]", line))
        if _PREFERRED_SECTION.match(line):
            preferred_section, about_section, in_requirements = True, False, True
            continue
        if _REQUIRED_SECTION.match(line):
            preferred_section = about_section = False
            in_requirements = True
            continue
        if _ABOUT_SECTION.match(line):
            about_section = True
            continue
        if POSTING_HEADING.match(line):  # any other section ends "about us" / "benefits"
            about_section = in_requirements = False
            continue
        if pay is None and PAY.search(line) and AMOUNT.search(line):
            pay, pay_range = pay_line(line)
            if pay_range is not None and not first:
                # "Pay range: USD 145,000 - 210,000": the pay, no requirement; a line that
                # says more ("…, $115,000 - $145,000, 4+ years in pre-sales") is read without it
                line = line.replace(pay_range.text, " ") if pay_range.text in line else ""
                if not lexicon.find_skills(line):
                    span = degree_span(line)  # "上海 | 25k-40k·14薪 | 经验3-5年 | 本科"
                    if span is not None and degree is None:
                        degree = line[span[0] : span[1]].strip(" |｜")[:160]
                    continue
        if first:
            if _LEAD_IN.search(line) and not lexicon.find_skills(line):
                continue  # "here is the job I want:" before the posting itself
            first = False
            title, is_title = title_of(line)
            if is_title:
                continue
        if about_section or _LOGISTICS.search(line):
            continue  # the company, the place, the pay: no requirement, no uncovered term
        if not (in_requirements or _BULLET.match(line)):
            line = without_company_story(line, lexicon)  # "Routewise sells AI copilots to …"
            if not line:
                continue
        label = _REQ_LABEL.match(line)
        if label:  # "Requirements: 3+ years of Python" (a one-line paste): the label is no skill
            line, in_requirements = line[label.end() :], True
        span = degree_span(line)
        if span is not None and degree is None:
            degree = _BULLET.sub("", line[span[0] : span[1]]).strip()[:160]
        mentions = mentions_in(line, lexicon, kb, span)
        listing = in_requirements or bool(_BULLET.match(line))
        reqs = _line_requirements(line, mentions, preferred_section)
        for req in reqs:
            _merge(found, listed, req, listing)
        terms, either = _terms(line, mentions, span, in_requirements, found, uncovered, lexicon, kb)
        for req in reqs:  # "Experience with ROS 2", whatever "or" a story line has
            alone = not req.alternatives and not either.get(req.skill_id)
            if in_requirements and req.required and alone:
                musts.add(req.skill_id)
        asked_years = years(line)  # "本科及以上，5年以上财务分析经验": a degree and years
        if listing and (reqs or terms or not span or asked_years) and len(lines) < MAX_LINES:
            ids = list(dict.fromkeys(r.skill_id for r in reqs))
            lines.append(
                PostingLine(
                    text=_BULLET.sub("", line)[:200],
                    skills=ids,
                    terms=terms,
                    alternatives={r.skill_id: r.alternatives for r in reqs if r.alternatives},
                    alternative_terms=either,
                    required=any(r.required for r in reqs) if reqs else not preferred_section,
                    years=asked_years,
                )
            )
        if listing and not mentions and not terms and not span and len(unmapped) < MAX_UNMAPPED:
            unmapped.append(_BULLET.sub("", line)[:140])
    role_id, coverage = closest_role(kb, set(found))
    track_id = closest_track(kb, role_id, set(found))
    if pay is not None and cjk > latin / 3:  # "25-40K" in a Chinese posting: yuan a month
        pay_range = read_pay(pay, chinese=True) or pay_range
    # what the requirements list asks, in its order, before what only the job's story names
    titled = ids_of_title(title, lexicon, kb)
    ordered = [
        _story_only(r.model_copy(update={"alternatives": []}) if r.skill_id in musts else r)
        if listed and r.skill_id not in listed and r.skill_id not in titled
        else (r.model_copy(update={"alternatives": []}) if r.skill_id in musts else r)
        for r in sorted(found.values(), key=lambda r: r.skill_id not in listed)
    ]
    return JobPosting(
        title=title,
        requirements=weighed(ordered, titled),
        uncovered=uncovered,
        unmapped=unmapped,
        closest_role=role_id,
        closest_role_coverage=coverage,
        closest_track=track_id,
        language="zh" if cjk > latin / 3 else "en",
        pay=pay,
        pay_range=pay_range,
        degree=degree,
        lines=lines,
    )
