"""A portfolio project for a person whose field the field table does not know (a beekeeper, a
sommelier, 一名殡葬师): the domain templates filled from their own words about their work, so
they get a project about what they do rather than another field's template or a bare capstone."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from coach.engine.fields import FIELD_BY_ID
from coach.i18n import t
from coach.knowledge.models import Text
from coach.knowledge.projects import DomainFill, ProjectTemplate, fill_template, written_templates

OWN_FIELD = "own"
"""The field id of the person's own, unnamed field."""
SLOTS = ("documents", "people", "expert", "inputs", "outputs", "data", "team")
MAX_WORDS = 40
_LEAD = re.compile(
    r"^(?:i\s*(?:am|'m)\s+(?:an?\s+)?|i\s+work\s+as\s+(?:an?\s+)?|我(?:是|在做|做)(?:一名|一个|个)?)",
    re.I,
)


def role_words(current_role: str | None) -> str:
    """The person's own name for their work, trimmed ("I'm a beekeeper." -> "beekeeper")."""
    words = _LEAD.sub("", (current_role or "").strip()).strip(" .,;:!?，。；：！？")
    if len(words) > MAX_WORDS:
        words = re.split(r"[,.;，。；]", words)[0][:MAX_WORDS].strip()
    return words


def knows_field(fields: Collection[str]) -> bool:
    return any(f in FIELD_BY_ID for f in fields)


def own_work_templates(current_role: str | None) -> list[ProjectTemplate]:
    """Every field-free domain template filled from the person's words (none without them)."""
    role = role_words(current_role)
    if not role:
        return []
    slots = {
        s: Text(en=t("en", f"plan.own.{s}", role=role), zh=t("zh", f"plan.own.{s}", role=role))
        for s in SLOTS
    }
    fill = DomainFill(field=OWN_FIELD, slots=slots)
    domain = [tpl for tpl in written_templates() if tpl.domain and not tpl.fields]
    return [made for tpl in domain if (made := fill_template(tpl, fill)) is not None]


def _covered(templates: Sequence[ProjectTemplate], fields: Collection[str], role: str) -> bool:
    """Whether a template of one of ``fields`` is written or filled for ``role``."""
    return any(role in tpl.roles and set(tpl.fields) & set(fields) for tpl in templates)


def with_own_work(
    templates: Sequence[ProjectTemplate],
    fields: frozenset[str],
    current_role: str | None,
    role: str | None = None,
) -> tuple[Sequence[ProjectTemplate], frozenset[str]]:
    """The templates and fields for the project choice: with the person's own work as a field
    when none of their fields is known, or (``role``: the target) when no template of their
    fields is written for that role or for their occupation (a vet gets no nurses' handover
    assistant: a project about their own work instead)."""
    known = knows_field(fields)
    if known and (role is None or _covered(templates, fields, role)):
        return templates, fields
    own = own_work_templates(current_role)
    if not own:
        return templates, fields
    return [*templates, *own], fields | {OWN_FIELD}
