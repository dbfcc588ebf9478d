"""The labelled utterance corpus: at least 400 items, half Chinese, scored field by field."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from coach.cli import app
from coach.evals.understanding import TARGET_ACCURACY, corpus_files, report, score_corpus
from coach.text import has_cjk

CORPUS = Path(__file__).resolve().parents[2] / "evals" / "understanding"


def _items() -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    for path in corpus_files([CORPUS]):
        items.extend(yaml.safe_load(path.read_text(encoding="utf-8"))["items"])
    return items


def test_corpus_is_big_and_half_chinese() -> None:
    items = _items()
    chinese = [i for i in items if has_cjk(str(i.get("text") or i.get("turns")))]
    assert len(items) >= 400
    assert len(chinese) >= len(items) * 0.45


def test_understanding_is_at_least_97_percent_right_per_field() -> None:
    score = score_corpus([CORPUS])
    print(report(score))
    assert score.fields >= 1000
    assert score.accuracy >= TARGET_ACCURACY, report(score)


def test_cli_scores_a_corpus_and_prints_misses(tmp_path: Path) -> None:
    corpus = tmp_path / "c.yaml"
    corpus.write_text(
        "today: 2026-12-02\nitems:\n"
        "- {text: '每周十小时', expect: {hours: 10}}\n"
        "- {text: 'about 6 hrs', asked: hours_per_week, expect: {hours: 7}}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["eval", "understanding", str(corpus), "--min", "0.4"])
    assert result.exit_code == 0, result.output
    assert "1/2 fields right" in result.output and "expected 7, got 6.0" in result.output
    failing = CliRunner().invoke(app, ["eval", "understanding", str(corpus)])
    assert failing.exit_code == 1
