"""Scores the labelled posting-requirement corpus (evals/postings/requirements.jsonl), per field
(`coach eval postings` prints the same figures and every miss)."""

from __future__ import annotations

from typer.testing import CliRunner

from coach.cli import app
from coach.evals.postings import report, score_postings

TARGET = 0.9


def test_posting_requirements_corpus_is_understood() -> None:
    score = score_postings()
    print(report(score))
    assert score.items >= 40
    assert score.accuracy >= TARGET, report(score)
    assert all(v and sum(v) / len(v) >= 0.85 for v in score.fields.values()), report(score)


def test_eval_postings_reports_the_accuracy() -> None:
    result = CliRunner().invoke(app, ["eval", "postings", "-q"])
    assert result.exit_code == 0, result.output
    assert "posting requirements:" in result.output and "fields right" in result.output
