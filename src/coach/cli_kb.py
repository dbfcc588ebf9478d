"""`coach kb search` and `coach kb stats`: the career knowledge base."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from coach.cli_common import EXIT_ERROR, EXIT_USAGE, err, fail, out

kb_app = typer.Typer(help="Search and inspect the career knowledge base.")


@kb_app.command("search")
def kb_search(
    query: Annotated[str, typer.Argument(help="Words in English, Chinese or both.")],
    k: Annotated[int, typer.Option("-k", help="How many hits.", min=1, max=50)] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """BM25 search over roles, skills, resources and facts."""
    from coach.knowledge.retrieval import get_index
    from coach.nodes.common import clean_text

    query = clean_text(query)
    if not query:
        fail("empty query", EXIT_USAGE)
    hits = get_index().search(query, k=k)
    if as_json:
        sys.stdout.write(json.dumps([h.model_dump() for h in hits], ensure_ascii=False) + "\n")
        return
    if not hits:
        out.print("no matches")
    for h in hits:
        src = f" [{h.source_id}]" if h.source_id else ""
        out.print(f"{h.score:6.2f}  {h.kind:<8} {h.id:<32} {h.title_en} / {h.title_zh}{src}")


@kb_app.command("stats")
def kb_stats(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Counts of roles, skills, resources, facts and sources (and integrity problems)."""
    from coach.knowledge import load_kb
    from coach.knowledge.integrity import check_integrity

    kb = load_kb()
    stats: dict[str, Any] = {**kb.stats(), "version": kb.version}
    problems = check_integrity(kb)
    stats["problems"] = len(problems)
    if as_json:
        sys.stdout.write(json.dumps(stats) + "\n")
    else:
        for key, value in stats.items():
            out.print(f"{key:<10} {value}")
        for problem in problems:
            err.print(f"problem: {problem}")
    if problems:
        raise typer.Exit(EXIT_ERROR)
