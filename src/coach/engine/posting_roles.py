"""Which curated role (and which of its tracks) a posting is closest to, by its requirements
(pure). A track ("GPU cluster operations" of the AI infrastructure role) counts as the role's
requirements with what it drops taken out and its own put in, so a posting of Kubernetes, Slurm
and monitoring meets the role through that track, not through the role's CUDA kernels."""

from __future__ import annotations

from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role, Track


def requirements(role: Role, track: Track | None = None) -> dict[str, float]:
    """Skill -> weight of ``role`` as ``track`` changes it (none: the role itself)."""
    own = {r.skill_id: r.weight for r in role.required}
    if track is None:
        return own
    kept = {s: w for s, w in own.items() if s not in track.drop}
    return kept | {r.skill_id: r.weight for r in track.required}


def required_levels(role: Role, track: Track | None = None) -> dict[str, int]:
    """Skill -> level of ``role`` as ``track`` changes it."""
    own = {r.skill_id: int(r.level) for r in role.required}
    if track is None:
        return own
    kept = {s: v for s, v in own.items() if s not in track.drop}
    return kept | {r.skill_id: int(r.level) for r in track.required}


def track_of(role: Role | None, track_id: str | None) -> Track | None:
    return next((tr for tr in role.tracks if tr.id == track_id), None) if role else None


def _coverage(weights: dict[str, float], skill_ids: set[str]) -> float:
    total = sum(weights.values())
    if total <= 0:
        return 0.0
    return round(sum(w for s, w in weights.items() if s in skill_ids) / total, 4)


def best_track(role: Role, skill_ids: set[str]) -> tuple[Track | None, float]:
    """The role's variant ``skill_ids`` cover most (the role itself unless a track does better)."""
    best: tuple[Track | None, float] = (None, _coverage(requirements(role), skill_ids))
    for track in role.tracks:
        share = _coverage(requirements(role, track), skill_ids)
        if share > best[1]:
            best = (track, share)
    return best


def role_coverage(kb: KnowledgeBase, role_id: str, skill_ids: set[str]) -> float:
    """How much of ``role_id``'s requirements (through its best track) ``skill_ids`` cover."""
    role = kb.roles.get(role_id)
    return best_track(role, skill_ids)[1] if role is not None else 0.0


def closest_role(kb: KnowledgeBase, skill_ids: set[str]) -> tuple[str | None, float]:
    """The curated role whose required skills (by weight, through its best track) the posting
    covers most; ties go to the first id."""
    best: tuple[float, str] | None = None
    for role in kb.roles.values():
        share = best_track(role, skill_ids)[1]
        if best is None or share > best[0] or (share == best[0] and role.id < best[1]):
            best = (share, role.id)
    if best is None or best[0] <= 0:
        return None, 0.0
    return best[1], best[0]


def closest_track(kb: KnowledgeBase, role_id: str | None, skill_ids: set[str]) -> str | None:
    """The id of the track of ``role_id`` that ``skill_ids`` fit better than the role, if any."""
    role = kb.roles.get(role_id or "")
    track = best_track(role, skill_ids)[0] if role is not None else None
    return track.id if track is not None else None


def role_name(kb: KnowledgeBase, role_id: str | None, track_id: str | None, lang: str) -> str:
    """The role's name, with the track the posting fits ("… (GPU cluster operations track)")."""
    role = kb.roles.get(role_id or "")
    if role is None:
        return "?"
    name = role.name.zh if lang == "zh" else role.name.en
    track = track_of(role, track_id)
    if track is None:
        return name
    return t(
        lang, "fit.role_track", role=name, track=track.name.zh if lang == "zh" else track.name.en
    )
