"""`coach fit --cv FILE --job FILE [--job FILE2 ...]`, and the CV/posting import `coach chat --cv
--job` uses. No session is needed for `fit`; nothing leaves the machine."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from coach.engine.fit_md import render_fit_md, render_posting_md
from coach.i18n import t

EXIT_USAGE = 2
EXIT_ERROR = 1


def _kb() -> tuple[Any, Any]:
    from coach.knowledge.lexicon import get_lexicon
    from coach.knowledge.loader import load_kb

    kb = load_kb()
    return kb, get_lexicon(kb)


def import_cv(
    path: Path, lang: str, today: date, prior: Any = None, notes: list[Any] | None = None
) -> Any:
    """The CvImport of the CV at ``path`` (raises DocumentError with a clear message; a notice,
    such as a long file cut short, goes to ``notes``)."""
    from coach.documents import DocumentError, read_document
    from coach.engine.cv_import import (
        RUSTY_AFTER_YEARS,
        UNSAID_RUSTY_YEARS,
        looks_like_cv,
        profile_from_cv,
    )
    from coach.engine.pasted import document_text
    from coach.text import language_of

    kb, lexicon = _kb()
    text = document_text(read_document(path, notes), "cv")
    if not looks_like_cv(text, lexicon):
        raise DocumentError("fit.not_a_cv", file=path.name)
    result = profile_from_cv(text, lexicon, kb, today, prior)
    result.profile = result.profile.model_copy(update={"language": language_of(text[:20_000])})
    gap = result.career_break
    rusty = gap is not None and gap.years >= (
        RUSTY_AFTER_YEARS if gap.named else UNSAID_RUSTY_YEARS
    )
    if notes is not None and gap is not None and rusty:
        since = (
            f"{gap.since_year}.{gap.since_month:02d}" if gap.since_month else str(gap.since_year)
        )
        notes.append(DocumentError("fit.cv_break", since=since, years=gap.years))
    return result


def import_posting(path: Path, notes: list[Any] | None = None) -> Any:
    from coach.documents import DocumentError, read_document
    from coach.engine.pasted import document_text
    from coach.engine.posting import parse_posting

    kb, lexicon = _kb()
    posting = parse_posting(document_text(read_document(path, notes), "posting"), lexicon, kb)
    if not posting.requirements:
        raise DocumentError("fit.not_a_posting", file=path.name)
    if posting.title is None:
        posting = posting.model_copy(update={"title": path.stem})
    return posting


def fit_reports(
    cv: Path, jobs: list[Path], today: date, notes: list[Any] | None = None
) -> tuple[Any, list[Any]]:
    """The CV's profile and a fit report per posting, best fit first (then fewer gap hours)."""
    from coach.engine.fit import fit_report
    from coach.engine.posting_pick import posting_target, targeted_posting

    kb, lexicon = _kb()
    cv_read = import_cv(cv, "en", today, notes=notes)
    profile = cv_read.profile

    def as_planned(job: Path) -> Any:  # the role the chat would plan toward names the same role
        posting = import_posting(job, notes)
        update = posting_target(posting, lexicon, kb, today, profile)
        return targeted_posting(posting, update, kb)

    years = cv_read.skill_years
    reports = [fit_report(profile, as_planned(job), kb, years) for job in jobs]
    return profile, sorted(reports, key=lambda r: (-r.fit, r.gap_hours, r.title or ""))


def fit(
    cv: Annotated[Path, typer.Option("--cv", help="Your CV: PDF, .docx, Markdown or text.")],
    job: Annotated[
        list[Path], typer.Option("--job", help="A job posting file; repeat to compare several.")
    ],
    format: Annotated[str, typer.Option("--format", help="md or json.")] = "md",
    lang: Annotated[str, typer.Option("--lang", help="en or zh (default: the CV's).")] = "auto",
) -> None:
    """How your CV fits one or more job postings: what you have, what is missing (with hours),
    what the posting names that coach does not cover. No session; nothing leaves the machine."""
    from coach.documents import DocumentError

    if format not in ("md", "json"):
        typer.echo("error: --format must be md or json", err=True)
        raise typer.Exit(EXIT_USAGE)
    notes: list[DocumentError] = []
    try:
        profile, reports = fit_reports(cv, job, date.today(), notes)
    except DocumentError as exc:
        shown = user_language(lang)
        typer.echo(t(shown, "fit.error", message=exc.message(shown)), err=True)
        raise typer.Exit(EXIT_ERROR) from exc
    if lang not in ("en", "zh"):
        lang = profile.language
    for note in notes:
        typer.echo(note.message(lang), err=True)
    if format == "json":
        typer.echo(json.dumps([r.model_dump(mode="json") for r in reports], ensure_ascii=False))
        return
    parts = [render_fit_md(r, lang) for r in reports]
    if len(reports) > 1:
        head = f"# {t(lang, 'fit.ranking')}\n" + "\n".join(
            t(lang, "fit.rank_line", n=n, title=r.title, fit=round(r.fit * 100), hours=r.gap_hours)
            for n, r in enumerate(reports, 1)
        )
        parts.insert(0, head)
    typer.echo("\n\n".join(parts))


def register(app: typer.Typer) -> None:
    app.command("fit")(fit)


def _seed_profile(store: Any, user: str) -> Any:
    from coach.schemas import Profile
    from coach.store import remembered_profile

    raw = remembered_profile(store, user)
    return Profile.model_validate(raw) if raw is not None else Profile()


def seed_chat(
    store: Any,
    user: str,
    cv: Path | None,
    job: Path | None,
    today: date,
    on_error: Any = None,
) -> list[str]:
    """Before a chat: fold a CV into what coach knows about ``user`` and take a posting as the
    target (its closest curated role; its requirements kept for the reviewer). The profiler then
    confirms what it understood on the first turn. Returns what to show the person.

    A document that cannot be read raises :class:`DocumentError`, or, with ``on_error``, is
    handed to it and left out (the other document is still read)."""
    from coach.documents import DocumentError
    from coach.engine.fit import fit_report
    from coach.nodes.profiler import summarise_profile
    from coach.store import mark_seeded, remember_posting, remember_profile, user_namespace

    user_namespace(user)  # a user id the store refuses fails here, before anything is read
    profile = _seed_profile(store, user)
    shown: list[str] = []
    notes: list[DocumentError] = []
    skill_years: dict[str, float] = {}
    if cv is not None:
        try:
            result = import_cv(cv, profile.language, today, profile, notes)
            profile, skill_years = result.profile, result.skill_years
            summary = summarise_profile(profile, profile.language)
            shown.append(
                t(profile.language, "fit.cv_read", lines=result.lines_read, summary=summary)
            )
        except DocumentError as exc:
            if on_error is None:
                raise
            on_error(exc)
    if job is not None:
        try:
            posting = import_posting(job, notes)
        except DocumentError as exc:
            if on_error is None:
                raise
            on_error(exc)
        else:
            kb, _ = _kb()
            from coach.engine.posting_pick import (
                posting_target,
                targeted_posting,
                with_posting_evidence,
            )

            update: dict[str, Any] = {} if cv is not None else {"language": posting.language}
            target = posting_target(posting, _kb()[1], kb, today, profile)
            posting = targeted_posting(posting, target, kb)
            if skill_years:  # the CV's years per skill travel with the posting to the plan
                posting = posting.model_copy(update={"cv_years": skill_years})
            profile = with_posting_evidence(profile.model_copy(update=update | target), posting)
            remember_posting(store, user, posting.model_dump(mode="json"))
            report = fit_report(profile, posting, kb, skill_years)
            known = bool(profile.current_role or profile.skills)
            shown.append(
                render_fit_md(report, profile.language)
                if known  # a fit against nobody ("you have: nothing yet") would mislead
                else render_posting_md(report, profile.language)
            )
    shown += [note.message(profile.language) for note in notes]
    if not shown:  # nothing could be read: nothing is remembered ("welcome back" would lie)
        return shown
    remember_profile(store, user, profile.model_dump(mode="json"))
    # the profiler confirms "from your documents", not "welcome back"
    mark_seeded(store, user, {"cv": cv is not None, "job": job is not None})
    return shown


def user_language(lang: str, known: str | None = None) -> str:
    """The language to speak before the person has said anything: --lang, else the language
    coach last spoke with them in (``known``, when Chinese), else the system locale (LC_ALL,
    LC_MESSAGES, LANG), else English."""
    import os

    if lang in ("en", "zh"):
        return lang
    if known == "zh":
        return "zh"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def seed_chat_or_fail(
    store: Any, user: str, cv: Path | None, job: Path | None, lang: str = "auto"
) -> list[str]:
    """:func:`seed_chat`, with a document problem said clearly in the person's language; the
    chat still starts (without that document), so nothing is lost."""
    shown_lang = user_language(lang, _seed_profile(store, user).language)

    def said(exc: Any) -> None:
        gap = "" if shown_lang == "zh" else " "
        typer.echo(exc.message(shown_lang) + gap + t(shown_lang, "fit.doc_skipped"), err=True)

    return seed_chat(store, user, cv, job, date.today(), on_error=said)


def postings_cmd(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Corpus files or folders (default: evals/postings).", show_default=False
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Figures only, no misses.")] = False,
    min_accuracy: Annotated[
        float, typer.Option("--min", help="Fail (exit 1) below this share of fields right.")
    ] = 0.9,
) -> None:
    """Per-field accuracy of the posting reader on the labelled requirement corpus."""
    from coach.evals.postings import report, score_postings

    score = score_postings(paths)
    if not score.items:
        typer.echo("error: no posting corpus found", err=True)
        raise typer.Exit(EXIT_USAGE)
    typer.echo(report(score, show_misses=not quiet))
    if score.accuracy < min_accuracy:
        raise typer.Exit(EXIT_ERROR)


def register_eval(eval_app: typer.Typer) -> None:
    """Add ``postings`` to the ``coach eval`` group."""
    eval_app.command("postings")(postings_cmd)
