"""Questions of fit after approval (en/zh), answered first (yes / it depends / the sources do not
say), from the plan, the profile and the sources, saying plainly what the sources do not cover:

- working for clients: "going freelance, does the plan still work?", "接私活可以吗", contract work;
- whether a line of work is a job: "Is AI governance a real job?", "AI音乐方向有岗位吗？";
- a language weighed against the plan's: "Swift能不能直接做大模型应用，一定要学Python吗？";
- a tool on the person's hardware: "should I use TensorRT on an RK3588?";
- a question on something the sources lack: "can my ANSYS runs be training data?".
"""

from __future__ import annotations

import re

from coach.engine.answers import (
    Answer,
    with_sources,
)
from coach.engine.answers_care import people_data
from coach.engine.answers_first import FIT_KINDS, help_answer
from coach.engine.answers_help import (
    answer_telling_work,
    core_skills,
    item_lines,
    items_of,
    name_of,
    project_line,
    sep,
)
from coach.engine.answers_pairs import compare_roles, same_item, together
from coach.engine.answers_plan import next_step
from coach.engine.answers_stack import answer_work_stack
from coach.engine.constraints import matches_topic
from coach.engine.turns import skill_mentions
from coach.engine.turns_fit import (
    ROLE_WORD,
    ai_task,
    asked_line_of_work,
    hardware_named,
    languages_named,
    own_data_question,
    unknown_names,
    while_learning,
    works_for_clients,
)
from coach.engine.turns_help import asks_in_plan
from coach.engine.turns_tools import TOOL_SKILLS
from coach.i18n import t
from coach.knowledge.lexicon import Mention, get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan, Profile

_COMPARE = re.compile(r"\b(?:or|vs\.?|versus|better|which)\b|哪个|还是|先学哪|更适合|区别", re.I)
_SETTING_CATEGORIES = frozenset({"domain", "soft"})
_BUILD_CATEGORIES = frozenset(
    {"engineering", "infra", "ml_foundations", "llm_core", "data", "programming"}
)
_DEVICE = re.compile(r"npu|device|edge|board|phone|embedded|端侧|边缘|板|手机|嵌入式", re.I)


def answer_fit(
    kind: str, text: str, plan: Plan, profile: Profile, week: int, kb: KnowledgeBase
) -> Answer | None:
    """The answer to a question of fit, or None when ``text`` is none (or its kind keeps its
    own answer)."""
    if (helped := help_answer(kind, text, plan, week, kb)) is not None:
        return helped  # a week asked, ill, stuck, a rejection, a banned tool...
    if kind == "mentor" and asks_in_plan(text):  # "导师说要加上VLA，计划里有吗？": about VLA
        return _unknown(text, skill_mentions(text, kb), plan, week, kb)
    if kind not in FIT_KINDS:
        return None
    mentions = skill_mentions(text, kb)
    for answer in (
        _clients(text, plan, profile, week, kb),
        answer_telling_work(text, plan, kb),
        _line_of_work(text, plan, profile, week, kb),
        answer_work_stack(text, plan, profile, week, kb),  # "我们公司的系统都是Java写的"
        _language(text, plan, profile, week, kb),
        _hardware(text, mentions, plan, week, kb),
        _own_data(text, plan, week, kb),
        compare_roles(text, plan, kb),
        same_item(text, mentions, plan, kb),
        together(text, mentions, plan, kb),
        None if kind == "tool_choice" else _ai_can(text, mentions, plan, week, kb),
    ):
        if answer is not None:
            return answer
    if matches_topic("certification", text):
        return None  # "要不要考个CPA之外的AI证书？": the certification answer, not "CPA unknown"
    if kind in {"skill_question", "general", "known_skill", "useful"} and re.search(
        r"[?？]|吗|么|呢|\b(?:should|do|does|is|are|can|how|what|which)\b", text, re.I
    ):
        return _unknown(text, mentions, plan, week, kb)
    return None


def _clients(
    text: str, plan: Plan, profile: Profile, week: int, kb: KnowledgeBase
) -> Answer | None:
    """Working for clients (freelance, contracts, an own business): mostly the same skills; what
    changes around them; what the sources do not cover."""
    if not works_for_clients(text):
        return None
    lang = plan.language
    lines = [t(lang, "coach.f.clients", skills=sep(lang).join(core_skills(plan, kb)))]
    if (project := project_line(plan)) is not None:
        lines.append("- " + project + " " + t(lang, "coach.f.clients_project"))
    talk = [i for i in plan.items() if i.skill_id in {"customer_facing", "communication"}]
    if talk:
        lines.append("- " + t(lang, "coach.f.clients_talk_planned", skill=talk[0].title))
    else:
        lines.append("- " + t(lang, "coach.f.clients_talk", role=profile.current_role or "-"))
    lines.append("- " + t(lang, "coach.f.clients_unknown"))
    if while_learning(text):
        lines.append("- " + t(lang, "coach.f.clients_hours", hours=f"{plan.hours_per_week:g}"))
    lines.append(next_step(plan, week))
    role = kb.roles.get(plan.target)
    return with_sources(lang, lines, list(role.source_ids[:1]) if role else [], kb)


def _line_of_work(
    text: str, plan: Plan, profile: Profile, week: int, kb: KnowledgeBase
) -> Answer | None:
    """Whether a line of work is a job: a role the sources know is left to the role answers; a
    skill is said to be one (with the roles that ask for it); else the sources lack it."""
    asked = asked_line_of_work(text)
    if asked is None:
        return None
    from coach.engine.understand.resolve import resolve_phrase

    lexicon = get_lexicon(kb)
    found = resolve_phrase(asked, lexicon.find_skills(asked), kb)
    if lexicon.find_roles(asked):
        return None  # "is forward deployed engineer a real job?": the role answers say
    lang = plan.language
    role_words = ROLE_WORD.search(asked) is not None  # "AI产品经理": a role, not a skill
    skills = [
        m.id
        for m in ([] if role_words else lexicon.find_skills(asked))
        if m.id in kb.skills and kb.skills[m.id].category not in _SETTING_CATEGORIES
    ]  # "护理信息化": a field (the person's domain), no skill to point at
    sources: list[str] = []
    if skills:
        skill = skills[0]
        asking = [r for r in kb.roles.values() if any(x.skill_id == skill for x in r.required)]
        names = sep(lang).join(r.name.get(lang) for r in asking[:3]) or "-"
        lines = [
            t(
                lang,
                "coach.f.work_is_skill",
                asked=asked,
                skill=name_of(kb, skill, lang),
                roles=names,
            )
        ]
        sources += [x.source_id for r in asking[:1] for x in r.required if x.skill_id == skill][:1]
        items = items_of(plan, skill)
        if items:
            more, src = item_lines(plan, items, kb)
            lines += [t(lang, "coach.f.in_plan"), *more]
            sources += src
        else:
            lines.append(t(lang, "coach.f.not_in_plan", skill=name_of(kb, skill, lang)))
        known = next((s for s in profile.skills if s.skill_id in {skill, "domain_expertise"}), None)
        if known is not None and profile.current_role:
            lines.append(t(lang, "coach.f.background", role=profile.current_role))
    else:
        lines = [t(lang, "coach.f.work_unknown", asked=asked, target=plan.target_name)]
        own = kb.roles.get(plan.target)
        family = own.family if own is not None else None
        closest = [  # the closest roles of the plan's own family (a non-coder is not sent to code)
            kb.roles[r].name.get(lang)
            for r in found.candidates
            if r in kb.roles and r != plan.target and kb.roles[r].family == family
        ][:3]
        closest = closest if role_words else []
        if closest:
            lines.append(t(lang, "coach.f.work_closest", roles=sep(lang).join(closest)))
        if (project := project_line(plan)) is not None:
            lines.append(t(lang, "coach.f.work_unknown_project", project=project))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, sources, kb)


def _language(
    text: str, plan: Plan, profile: Profile, week: int, kb: KnowledgeBase
) -> Answer | None:
    """A language weighed against the one the plan teaches: the other one can call the model
    APIs; why the plan teaches its language (what builds on it, what the role asks)."""
    planned = [
        s for s in dict.fromkeys(i.skill_id for i in plan.items())
        if s in kb.skills and kb.skills[s].category == "programming"
    ]  # fmt: skip
    named = languages_named(text, kb)
    others = [n for n in named if n[1] not in planned]
    if not planned or not others:
        return None
    lang = plan.language
    mine, other = planned[0], others[0][0]
    said_mine = any(n[1] == mine for n in named)
    if not said_mine and any(m.id in TOOL_SKILLS for m in skill_mentions(text, kb)):
        return None  # "LangGraph or my own agent loop in Go?": a framework weighed, not a language
    if not (said_mine or re.search(r"\b(?:in|with|using)\s+\S+\s*\?|直接|用", text, re.I)):
        return None
    hours = sum(i.hours for i in items_of(plan, mine))
    later = [
        i.title.split(":")[0].split("：")[0]
        for i in plan.items()
        if i.skill_id != mine and mine in kb.skills.get(i.skill_id, kb.skills[mine]).prerequisites
    ]
    role = kb.roles.get(plan.target)
    asked = role is not None and any(r.skill_id == mine for r in role.required)
    both = said_mine and _COMPARE.search(text) is not None  # "Python和Java哪个更适合？"
    lines = [t(lang, "coach.f.lang_both" if both else "coach.f.lang_yes", other=other)]
    why = (
        t(lang, "coach.f.lang_role", role=plan.target_name, language=name_of(kb, mine, lang))
        if asked
        else ""
    )
    if later:
        why += t(lang, "coach.f.lang_later", items=sep(lang).join(dict.fromkeys(later[:3])))
    lines.append(
        t(lang, "coach.f.lang_plan", language=name_of(kb, mine, lang), hours=f"{hours:g}") + why
    )
    lines += _other_cost(others[0][1], other, profile, kb, lang)
    knows = {c.skill_id for c in profile.skills} & {others[0][1]} or not kb.skills.get(others[0][1])
    key = "coach.f.lang_keep" if knows else "coach.f.lang_later_too"
    lines.append(t(lang, key, other=other, language=name_of(kb, mine, lang)))
    sources = [r.source_id for r in (role.required if role else []) if r.skill_id == mine][:1]
    return with_sources(lang, lines, sources, kb)


def _hardware(
    text: str, mentions: list[Mention], plan: Plan, week: int, kb: KnowledgeBase
) -> Answer | None:
    """A tool weighed for the person's hardware that the plan does not teach: what the sources
    file it under, what the plan teaches for devices, and that the sources do not say which
    tools each chip runs."""
    boards = hardware_named(text)
    planned = {i.skill_id for i in plan.items()}
    asked = [m for m in mentions if m.id not in planned and not _DEVICE.search(m.id)]
    if not boards or not asked:
        return None
    lang = plan.language
    tool = text[asked[0].start : asked[0].end]
    device = [
        s for s in dict.fromkeys(i.skill_id for i in plan.items())
        if s in kb.skills and _DEVICE.search(s + " " + " ".join(kb.skills[s].aliases))
    ]  # fmt: skip
    lines = [t(lang, "coach.f.hw_tool", tool=tool, skill=name_of(kb, asked[0].id, lang))]
    sources: list[str] = []
    if device:
        lines.append(t(lang, "coach.f.hw_plan", boards=sep(lang).join(boards)))
        items = items_of(plan, device[0])[-1:]  # where it is taught to the full level
        more, sources = item_lines(plan, items, kb)
        lines += more
    lines.append(t(lang, "coach.f.hw_unknown", boards=sep(lang).join(boards), tool=tool))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, sources, kb)


def _unknown(
    text: str, mentions: list[Mention], plan: Plan, week: int, kb: KnowledgeBase
) -> Answer | None:
    """A question on something the sources lack ("my ANSYS runs"): said so plainly, then what
    the plan covers that is closest (the skills it names in the plan, else the project)."""
    if any(
        m.id in kb.skills and kb.skills[m.id].category not in _SETTING_CATEGORIES for m in mentions
    ):
        return None  # "is RAG useful for our SAP system?": the skill answer, with its setting
    said = _kb_words(kb)
    names = [
        n
        for n in unknown_names(text, mentions)
        if not re.search(rf"\b(?:in|at|from|to|for)\s+{re.escape(n)}", text)
        and n.lower() not in said
    ]  # "jobs in Berlin", "at Acme": a place or an employer; "Kaggle": the sources name it
    if not names:
        return None
    lang = plan.language
    lines = [t(lang, "coach.f.unknown", names=sep(lang).join(names[:2]))]
    more, sources = item_lines(plan, [i for m in mentions for i in items_of(plan, m.id)], kb)
    if more:
        lines += [t(lang, "coach.f.closest"), *more]
    elif (project := project_line(plan)) is not None:
        lines.append(t(lang, "coach.f.closest_project", project=project))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, sources, kb)


def _own_data(text: str, plan: Plan, week: int, kb: KnowledgeBase) -> Answer | None:
    """Training on the person's own data: that is what the project is built on; how much is
    needed the sources do not say."""
    if not own_data_question(text) or not plan.portfolio_projects:
        return None
    lang = plan.language
    project = plan.portfolio_projects[0]
    lines = [t(lang, "coach.f.data_yes", project=project_line(plan) or "-")]
    skills = sep(lang).join(name_of(kb, s, lang) for s in project.skill_ids[:3])
    lines.append(t(lang, "coach.f.data_how", skills=skills or "-"))
    lines.append(t(lang, "coach.f.data_unknown"))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, [], kb)


_USE_SKILLS = (
    "prompt_engineering",
    "human_ai_workflow_design",
    "judgment_review",
    "llm_api_integration",
)


def _ai_can(
    text: str, mentions: list[Mention], plan: Plan, week: int, kb: KnowledgeBase
) -> Answer | None:
    """ "Can AI write my sales emails?": often, as a draft a person checks; where the plan
    trains it; that the sources do not say how well it does that task."""
    task = ai_task(text)
    if task is None:
        return None
    lang = plan.language
    planned = {i.skill_id for i in plan.items()}
    use = [s for s in _USE_SKILLS if s in planned] + [m.id for m in mentions if m.id in planned]
    lines = [t(lang, "coach.f.ai_can", task=task)]
    if people_data(text):  # "my shift handover notes": patients' data, so not as they are
        lines.append(t(lang, "coach.f.ai_can_people"))
    sources: list[str] = []
    if use:
        more, sources = item_lines(plan, items_of(plan, use[0])[-1:], kb)
        lines += [t(lang, "coach.f.ai_can_plan"), *more]
    build = [
        m.id
        for m in mentions
        if m.id not in planned
        and m.id in kb.skills
        and kb.skills[m.id].category in _BUILD_CATEGORIES
    ]
    if build:  # "我需要学图像识别吗？": building it is another skill
        hours = kb.skills[build[0]].hours.get(2, 0)
        lines.append(
            t(lang, "coach.f.ai_can_build", skill=name_of(kb, build[0], lang), hours=hours)
        )
    lines.append(t(lang, "coach.f.ai_can_unknown", task=task))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, sources, kb)


_WORDS: dict[int, frozenset[str]] = {}


def _kb_words(kb: KnowledgeBase) -> frozenset[str]:
    """Every word the sources' facts and resources use (lower case), so a name they mention is
    not said to be one they lack."""
    if id(kb) not in _WORDS:
        texts = [f"{f.text.en} {f.text.zh}" for f in kb.facts.values()]
        texts += [
            f"{r.title_in('en')} {r.title_in('zh')} {' '.join(r.topics)}"
            for r in kb.resources.values()
        ]
        words = (
            w.lower() for x in texts for w in re.findall(r"[A-Za-z][A-Za-z0-9+.\-]*[A-Za-z0-9]", x)
        )
        _WORDS[id(kb)] = frozenset(words)
    return _WORDS[id(kb)]


def _other_cost(
    skill_id: str, said: str, profile: Profile, kb: KnowledgeBase, lang: str
) -> list[str]:
    """What the other language would cost this person (a language they know that it builds on
    counts), and that the sources do not cover its AI libraries."""
    lines: list[str] = []
    skill = kb.skills.get(skill_id)
    if skill is not None:
        levels = {c.skill_id: c.level for c in profile.skills}
        have = levels.get(skill_id, 0)
        near = [
            (i.skill_id, levels[i.skill_id])
            for i in skill.implies
            if i.skill_id in levels and languages_named(kb.skills[i.skill_id].name.en, kb)
        ]  # a language it builds on (JavaScript for TypeScript), not "programming fundamentals"
        if near and not have:  # knows JavaScript, weighs TypeScript: one level less to go
            have = 1
        cost = max(0, skill.hours.get(2, 0) - (skill.hours.get(have, 0) if have else 0))
        if near:
            known = sep(lang).join(dict.fromkeys(name_of(kb, s, lang) for s, _ in near[:2]))
            lines.append(t(lang, "coach.f.lang_cost_known", other=said, hours=cost, known=known))
        elif cost:
            lines.append(t(lang, "coach.f.lang_cost", other=said, hours=cost))
    lines.append(t(lang, "coach.f.lang_libraries", other=said))
    return lines
