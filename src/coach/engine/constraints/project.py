"""A mentor's project request ("swap the portfolio project for one on healthcare data"): the
templates the planner may choose from, and whether a plan's project honours the request.

A template of the field asked for, made for the plan's role, is used when one exists; else the
project the planner would choose anyway is built on that field's data, and says so in its title
and description (never silently the old project)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from coach.engine.constraints.model import Constraint
from coach.engine.fields import field_name as field_name
from coach.i18n import t
from coach.knowledge.models import Role, Text
from coach.knowledge.projects import ProjectTemplate
from coach.schemas import Plan


def wanted_field(cons: Sequence[Constraint]) -> str | None:
    """The field the latest project request asks for (None without one)."""
    asked = [c.project_field for c in cons if c.kind == "project_field" and c.project_field]
    return asked[-1] if asked else None


def themed(title: Text, desc: Text, field: str) -> tuple[Text, Text]:
    def one(lang: str, title_s: str, desc_s: str) -> tuple[str, str]:
        name = field_name(field, lang)
        return (
            t(lang, "coach.project_themed", title=title_s, field=name),
            desc_s.rstrip() + " " + t(lang, "coach.project_themed_desc", field=name),
        )

    en_t, en_d = one("en", title.en, desc.en)
    zh_t, zh_d = one("zh", title.zh, desc.zh)
    return Text(en=en_t, zh=zh_t), Text(en=en_d, zh=zh_d)


def project_request(
    cons: Sequence[Constraint],
    templates: Sequence[ProjectTemplate],
    role: Role | None,
    fields: Collection[str],
) -> tuple[Sequence[ProjectTemplate], Role | None, frozenset[str]]:
    """The templates, role and fields the planner's project choice uses under ``cons``."""
    field = wanted_field(cons)
    if field is None or role is None:
        return templates, role, frozenset(fields)
    bare = role.model_copy(update={"projects": []})
    own = [tpl for tpl in templates if field in tpl.fields and role.id in tpl.roles]
    if own:  # the field's own projects; none usable -> the capstone, on the field's data
        return own, bare, frozenset({field})
    generic = [tpl for tpl in templates if role.id in tpl.roles and not tpl.fields]
    sources = [(tpl.id, tpl.title, tpl.description, tpl.skills, tpl.source_id) for tpl in generic]
    sources += [(p.id, p.title, p.description, p.skills, p.source_id) for p in role.projects]
    sources += [
        (tpl.id, tpl.title, tpl.description, tpl.skills, tpl.source_id)
        for tpl in templates
        if role.id in tpl.roles and tpl.fields and tpl not in generic
    ]
    out: list[ProjectTemplate] = []
    for key, title, desc, skills, source in sources:
        new_title, new_desc = themed(title, desc, field)
        out.append(
            ProjectTemplate(
                id=f"{key}@{field}",
                title=new_title,
                description=new_desc,
                roles=[role.id],
                fields=[field],
                skills=list(skills),
                source_id=source,
            )
        )
    return out, bare, frozenset({field})


def themed_capstone(title: Text, desc: Text, cons: Sequence[Constraint]) -> tuple[Text, Text]:
    """The generic capstone's title and description, on the field a request asks for."""
    field = wanted_field(cons)
    return (title, desc) if field is None else themed(title, desc, field)


def project_in_field(plan: Plan, field: str, templates: Sequence[ProjectTemplate]) -> bool:
    """Whether the plan's portfolio project is about ``field`` (a template of that field, or a
    project built on its data)."""
    lang = plan.language
    titles = {tpl.title.get(lang) for tpl in templates if field in tpl.fields}
    name = field_name(field, lang)
    return any(p.title in titles or name in p.title for p in plan.portfolio_projects)
