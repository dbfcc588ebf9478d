"""Domain-aware portfolio project templates (``data/projects.yaml``), loaded once.

Two kinds of template:

- a **written** template names its ``fields`` and reads as it is (a nurse's shift-handover
  assistant, a DBA's text-to-SQL assistant);
- a **domain** template (``domain: true``) holds ``{slot}`` placeholders that the person's field
  fills (``data/domains.yaml``: the field's documents, people, inputs, outputs...). It yields one
  concrete template per field whose fill has every slot it uses, for the roles no written template
  of that field already covers. A field may have sub-domain fills chosen by the person's own words
  (a biologist's surrogate model is about assays, a chemist's about DFT).

So every field gets a project of its own for every role with a domain template, without a table
of personas: the rule is the slots.
"""

from __future__ import annotations

import re
import string
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from coach.i18n import format_zh
from coach.knowledge.models import Text

DATA = Path(__file__).parent / "data"
PROJECTS_FILE = DATA / "projects.yaml"
DOMAINS_FILE = DATA / "domains.yaml"


class ProjectTemplate(BaseModel):
    """A portfolio project for people of a field moving into one of ``roles``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: Text
    description: Text
    roles: list[str] = Field(min_length=1)
    fields: list[str] = Field(default_factory=list, description="Empty: fits any field.")
    skills: list[str] = Field(min_length=1)
    source_id: str
    domain: bool = Field(
        default=False,
        description="Title and description hold {slot}s the person's field fills (domains.yaml).",
    )
    match: str = Field(
        default="",
        description="Written for these occupations of its fields only: a regex over the "
        "person's words (a nurses' handover assistant is no vet's project). Empty: anyone.",
    )


class DomainFill(BaseModel):
    """The words of one field (or one sub-domain of it) that fill a domain template's slots."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    field: str
    match: str = Field(
        default="",
        description="A sub-domain: a regex over the person's words (empty: the field's default).",
    )
    slots: dict[str, Text]
    who: str = Field(
        default="",
        description="A default fill written for these occupations of the field only (a regex "
        "over the person's words): someone else of the field gets no project from it, their own "
        "work fills one instead. Empty: the whole field.",
    )


def _yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []


def load_templates_from(path: Path) -> tuple[ProjectTemplate, ...]:
    out = tuple(ProjectTemplate.model_validate(r) for r in _yaml(path))
    ids = [p.id for p in out]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{path.name}: duplicate project ids")
    return out


def load_fills_from(path: Path) -> tuple[DomainFill, ...]:
    return tuple(DomainFill.model_validate(r) for r in _yaml(path))


@cache
def written_templates() -> tuple[ProjectTemplate, ...]:
    """The shipped templates as written (domain templates unfilled)."""
    return load_templates_from(PROJECTS_FILE)


@cache
def domain_fills() -> tuple[DomainFill, ...]:
    return load_fills_from(DOMAINS_FILE)


def slots_of(text: str) -> set[str]:
    """The ``{slot}`` names ``text`` uses."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def matched_sub_domains(fills: tuple[DomainFill, ...], words: str) -> tuple[int, ...]:
    """The index in ``fills`` of the first sub-domain fill of each field that ``words`` match."""
    out: list[int] = []
    seen: set[str] = set()
    for i, fill in enumerate(fills):
        found = fill.match and fill.field not in seen and words
        if found and re.search(fill.match, words, re.IGNORECASE):
            out.append(i)
            seen.add(fill.field)
    return tuple(out)


def not_written_for(
    templates: tuple[ProjectTemplate, ...], fills: tuple[DomainFill, ...], words: str
) -> tuple[str, ...]:
    """The written templates (by id) and default fills (``fill:<index>``) written for other
    occupations than the one ``words`` name (their ``match`` or ``who`` does not match); with no
    words (no person to judge: the catalogue), none."""
    if not words.strip():
        return ()
    out = [t.id for t in templates if t.match and not re.search(t.match, words, re.IGNORECASE)]
    out += [
        f"fill:{i}"
        for i, f in enumerate(fills)
        if f.who and not f.match and not re.search(f.who, words, re.IGNORECASE)
    ]
    return tuple(out)


def _fill_for(
    field: str,
    fills: tuple[DomainFill, ...],
    chosen: tuple[int, ...],
    unfit: tuple[str, ...] = (),
) -> tuple[DomainFill | None, bool]:
    """The field's default fill, with the slots of its ``chosen`` sub-domain laid over it (None
    for a field without a default fill, or one written for another occupation when no
    sub-domain was chosen), and whether a sub-domain was chosen."""
    at = next((i for i, f in enumerate(fills) if f.field == field and not f.match), None)
    if at is None:
        return None, False
    base = fills[at]
    for i in chosen:
        if fills[i].field == field:
            return base.model_copy(update={"slots": {**base.slots, **fills[i].slots}}), True
    return (None if f"fill:{at}" in unfit else base), False


def _filled(tpl: ProjectTemplate, fill: DomainFill, roles: list[str]) -> ProjectTemplate | None:
    texts = {
        "title": tpl.title,
        "description": tpl.description,
    }
    used = set().union(*(slots_of(x.en) | slots_of(x.zh) for x in texts.values()))
    if not used <= set(fill.slots):
        return None  # this field's fill lacks a slot the template needs

    def one(text: Text) -> Text:
        return Text(
            en=text.en.format(**{k: v.en for k, v in fill.slots.items()}),
            zh=format_zh(text.zh, {k: v.zh for k, v in fill.slots.items()}),
        )

    return tpl.model_copy(
        update={
            "id": f"{tpl.id}@{fill.field}",
            "title": one(tpl.title),
            "description": one(tpl.description),
            "roles": roles,
            "fields": [fill.field],
            "domain": False,
        }
    )


def fill_template(tpl: ProjectTemplate, fill: DomainFill) -> ProjectTemplate | None:
    """``tpl`` filled with ``fill`` for all its roles (None when the fill lacks a slot)."""
    return _filled(tpl, fill, list(tpl.roles))


SAME_KIND = 0.6
"""Two templates are the same kind of project when they share at least this share of their
skills (Jaccard): a field's written RAG service stands in for the domain RAG template, not for
the domain agent."""


def _same_kind(a: ProjectTemplate, b: ProjectTemplate) -> bool:
    union = set(a.skills) | set(b.skills)
    return bool(union) and len(set(a.skills) & set(b.skills)) / len(union) >= SAME_KIND


def _narrowed(
    written: ProjectTemplate, domain: list[ProjectTemplate], subs: set[str], every: list[str]
) -> ProjectTemplate | None:
    """``written`` without the fields whose sub-domain the person's words matched, where a
    domain template of the same kind and role will be filled for that sub-domain (a pharmacist's
    project is about prescriptions, not the nurses' handover); None when no field is left."""
    drop = {
        f
        for f in written.fields
        if f in subs
        and any(
            _same_kind(written, d)
            and set(written.roles) & set(d.roles)
            and f in (d.fields or every)
            for d in domain
        )
    }
    if not drop:
        return written
    rest = [f for f in written.fields if f not in drop]
    return written.model_copy(update={"fields": rest}) if rest else None


def expand(
    templates: tuple[ProjectTemplate, ...], fills: tuple[DomainFill, ...], words: str = ""
) -> tuple[ProjectTemplate, ...]:
    """Written templates, and every domain template filled for each field (its ``fields``, or
    every field with a fill) for the roles no written template of that field and of the same
    kind covers. ``words`` (the person's) pick a field's sub-domain fill, which is more specific
    than the field's written template of the same kind and takes its place."""
    chosen = matched_sub_domains(fills, words)
    return _expand(templates, fills, chosen, not_written_for(templates, fills, words))


def _expand(
    templates: tuple[ProjectTemplate, ...],
    fills: tuple[DomainFill, ...],
    chosen: tuple[int, ...],
    unfit: tuple[str, ...] = (),
) -> tuple[ProjectTemplate, ...]:
    every = sorted({f.field for f in fills})
    domain = [t for t in templates if t.domain]
    subs = {fills[i].field for i in chosen}
    written = [
        n
        for w in templates
        if not w.domain
        and w.id not in unfit
        and (n := _narrowed(w, domain, subs, every)) is not None
    ]
    out = list(written)
    for tpl in domain:
        covered = {(r, f) for w in written if _same_kind(w, tpl) for r in w.roles for f in w.fields}
        for field in tpl.fields or every:
            roles = [r for r in tpl.roles if (r, field) not in covered]
            fill = _fill_for(field, fills, chosen, unfit)[0]
            made = _filled(tpl, fill, roles) if roles and fill is not None else None
            if made is not None:
                out.append(made)
    return tuple(out)


@lru_cache(maxsize=64)
def _shipped(chosen: tuple[int, ...], unfit: tuple[str, ...] = ()) -> tuple[ProjectTemplate, ...]:
    return _expand(written_templates(), domain_fills(), chosen, unfit)


def project_templates(words: str = "") -> tuple[ProjectTemplate, ...]:
    """The shipped templates, domain templates filled for every field; ``words`` (the person's
    background) choose sub-domain fills (biology rather than chemistry). Cached by the
    sub-domains chosen, so a new person costs a few regex searches."""
    fills = domain_fills()
    unfit = not_written_for(written_templates(), fills, words)
    return _shipped(matched_sub_domains(fills, words), unfit)
