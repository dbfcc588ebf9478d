"""The plan as an iCalendar file (RFC 5545) built with the ``icalendar`` library, which folds
long lines at 75 octets and escapes text: one all-day event per item and per milestone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase, load_kb
from coach.render.capped import item_title
from coach.render.common import item_resource, item_url, week_dates, whole
from coach.schemas import Plan


def _event(uid: str, start: datetime, days: int, summary: str, description: str) -> Event:
    event = Event()
    event.add("uid", f"{uid}@coach")
    event.add("dtstamp", datetime.now(UTC))
    event.add("dtstart", start.date())
    event.add("dtend", (start + timedelta(days=days)).date())
    event.add("summary", summary)
    event.add("description", description)
    return event


def plan_ics(plan: Plan, session_id: str, *, kb: KnowledgeBase | None = None) -> str:
    """One all-day event per scheduled item (spanning its weeks) and per milestone."""
    kb = kb if kb is not None else load_kb()
    lang = plan.language
    cal = Calendar()
    cal.add("prodid", "-//coach//plan//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for n, item in enumerate(plan.items()):
        first, _ = week_dates(plan, item.week_start)
        days = 7 * (item.week_end - item.week_start + 1)
        hours = t(lang, "render.hours", hours=whole(item.hours))
        resource, material = item_resource(kb, item, lang)
        if resource and not material:
            resource = t(lang, "render.practise", text=resource)
        summary = t(lang, "render.ics.item", title=item_title(plan, item, kb), hours=hours)
        url = item_url(kb, item) if material else None
        description = "\n".join(x for x in (item.deliverable, resource, url) if x)
        start = datetime.combine(first, datetime.min.time())
        event = _event(f"{session_id}-v{plan.version}-i{n}", start, days, summary, description)
        if url:
            event.add("url", url)  # RFC 5545 URL: the item's material
        cal.add_component(event)
    for n, m in enumerate(plan.milestones):
        _, last = week_dates(plan, m.week)
        start = datetime.combine(last, datetime.min.time())
        summary = t(lang, "render.ics.milestone", text=m.deliverable)
        cal.add_component(
            _event(f"{session_id}-v{plan.version}-m{n}", start, 1, summary, m.how_checked)
        )
    data: bytes = cal.to_ical()
    return data.decode("utf-8")
