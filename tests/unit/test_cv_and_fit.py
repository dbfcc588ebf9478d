"""CV import (PDF, .docx, Markdown; en and zh) through the chat understanding, job postings, fit
reports and `coach fit`; unreadable files get a clear message and nothing is taken from them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.documents import DocumentError, read_document
from coach.engine.cv_import import profile_from_cv, years_from_ranges
from coach.engine.fit import fit_report
from coach.engine.posting import parse_posting
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

TODAY = date(2026, 12, 1)
CV_EN = """Dana Li
dana.li@example.com  +1 415 555 0199
Experience
Senior Backend Engineer, Acme Logistics, 2019 - present
Built the pricing service in Python and Go; PostgreSQL, Docker, Kubernetes
Backend Developer, ShopCo, 2015 - 2019
Java and Spring services, REST APIs, SQL
Skills
Python, Go, Java, SQL, Docker, Git
Education
BSc Computer Science, 2015
"""
CV_ZH = """王芳
工作经历
2018.07 - 至今 某银行 数据分析师
负责用SQL和Python做风控报表，熟练使用Excel
技能
SQL、Python、Excel、统计
教育背景
2014 - 2018 本科 统计学
"""
POSTING = """AI Application Engineer
Requirements
- 3+ years of Python
- Experience with RAG and vector databases
- Familiarity with Docker
Nice to have
- Experience with LangChain
- We use Temporal for workflows
"""


def _pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF with real text (Helvetica, ASCII) written by hand."""
    body = (
        "BT /F1 11 Tf 50 780 Td 14 TL "
        + " ".join(
            "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
            for ln in lines
        )
        + " ET"
    )
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(body)} >>\nstream\n{body}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer << /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(out)
    return path


def _import(text: str):  # type: ignore[no-untyped-def]
    kb = load_kb()
    return profile_from_cv(text, get_lexicon(kb), kb, TODAY)


def test_an_english_cv_gives_role_years_and_skills_with_its_lines_as_evidence() -> None:
    result = _import(CV_EN)
    p = result.profile
    assert p.current_role and "Backend Engineer" in p.current_role
    assert p.years_experience is not None and p.years_experience >= 10
    skills = {c.skill_id: c for c in p.skills}
    assert {"python", "golang", "java", "sql", "docker"} <= set(skills)
    for claim in p.skills:
        assert claim.evidence and claim.evidence in " ".join(CV_EN.split())
    assert p.hours_per_week is None and p.horizon_weeks is None


def test_a_chinese_cv_is_read_too() -> None:
    p = _import(CV_ZH).profile
    assert p.current_role and "数据分析" in p.current_role
    assert p.years_experience is not None and 8 <= p.years_experience <= 9
    assert {"sql", "python", "excel"} <= {c.skill_id for c in p.skills}


def test_a_cv_never_gives_a_skill_its_lines_do_not_show() -> None:
    p = _import("Experience\nTeacher, 2010 - 2020\nTaught chemistry to 400 students\n").profile
    assert not {c.skill_id for c in p.skills} & {"python", "rag", "docker", "sql"}


def test_date_ranges_count_overlaps_once() -> None:
    assert years_from_ranges(["2015 - 2019", "2018 - 2020"], TODAY) == 5.0
    assert years_from_ranges(["no dates here"], TODAY) is None


def test_pdf_cv_text_is_read_and_masked(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "cv.pdf", CV_EN.splitlines())
    text = read_document(pdf)
    assert "Acme Logistics" in text and "dana.li@example.com" not in text and "[EMAIL]" in text


def test_docx_cv_is_read(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in CV_ZH.splitlines():
        document.add_paragraph(line)
    document.save(str(tmp_path / "cv.docx"))
    assert "数据分析师" in read_document(tmp_path / "cv.docx")


def _error(path: Path) -> tuple[str | None, bool]:
    """The error's key reading ``path`` (None: read without one), and whether it has a message
    in English and in Chinese."""
    try:
        read_document(path)
    except DocumentError as exc:
        return exc.key, bool(exc.message("en") and exc.message("zh"))
    return None, False


def test_unreadable_documents_get_clear_messages(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)  # a scanned page: no text layer
    writer.write(str(tmp_path / "scan.pdf"))
    assert _error(tmp_path / "scan.pdf") == ("fit.doc_no_text", True)
    locked = PdfWriter()
    locked.append(str(_pdf(tmp_path / "plain.pdf", CV_EN.splitlines())))
    locked.encrypt("secret")
    locked.write(str(tmp_path / "locked.pdf"))
    assert _error(tmp_path / "locked.pdf") == ("fit.doc_encrypted", True)
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(20 * 1024 * 1024)
    assert _error(big) == ("fit.doc_too_big", True)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    assert _error(tmp_path / "broken.pdf") == ("fit.doc_unreadable", True)
    assert _error(tmp_path / "missing.md") == ("fit.doc_missing", True)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG....")
    assert _error(tmp_path / "photo.png") == ("fit.doc_image", True)


def test_posting_requirements_fit_and_uncovered_terms() -> None:
    kb = load_kb()
    posting = parse_posting(POSTING, get_lexicon(kb), kb)
    by_id = {r.skill_id: r for r in posting.requirements}
    assert posting.title == "AI Application Engineer"
    assert by_id["python"].years == 3 and by_id["python"].required
    assert not by_id["agent_frameworks"].required and by_id["docker"].level == 1
    assert "Temporal" in posting.uncovered and posting.closest_role is not None
    report = fit_report(_import(CV_EN).profile, posting, kb)
    have = {i.skill_id for i in report.have}
    missing = {i.skill_id for i in report.missing}
    assert {"python", "docker"} <= have and {"rag", "vector_databases"} <= missing
    assert report.gap_hours == sum(i.gap_hours for i in report.missing if i.required) > 0
    assert 0 < report.fit < 1


def test_coach_fit_ranks_postings_without_a_session(tmp_path: Path) -> None:
    (tmp_path / "cv.md").write_text(CV_EN, encoding="utf-8")
    (tmp_path / "a.md").write_text(POSTING, encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "后端开发工程师\n任职要求：\n3年以上Java开发经验\n熟悉SQL和Docker\n", encoding="utf-8"
    )
    args = ["fit", "--cv", str(tmp_path / "cv.md"), "--job", str(tmp_path / "a.md")]
    args += ["--job", str(tmp_path / "b.md")]
    result = CliRunner().invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    reports = json.loads(result.stdout)
    assert [r["title"] for r in reports] == ["后端开发工程师", "AI Application Engineer"]
    assert reports[0]["fit"] >= reports[1]["fit"]
    md = CliRunner().invoke(app, args)
    assert md.exit_code == 0 and "Temporal" in md.stdout and "h" in md.stdout


def test_coach_fit_says_clearly_when_the_cv_is_not_a_cv(tmp_path: Path) -> None:
    (tmp_path / "recipe.txt").write_text("Mix flour and water. Bake for 40 minutes.\n")
    (tmp_path / "a.md").write_text(POSTING, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["fit", "--cv", str(tmp_path / "recipe.txt"), "--job", str(tmp_path / "a.md")]
    )
    assert result.exit_code == 1 and "does not look like a CV" in result.output
    assert "Traceback" not in result.output


def test_chat_with_a_cv_and_a_posting_confirms_then_plans_against_the_posting(
    tmp_path: Path,
) -> None:
    (tmp_path / "cv.md").write_text(CV_EN, encoding="utf-8")
    (tmp_path / "job.md").write_text(POSTING, encoding="utf-8")
    args = ["chat", "--user", "dana", "--cv", str(tmp_path / "cv.md")]
    args += ["--job", str(tmp_path / "job.md")]
    result = CliRunner().invoke(app, args, input="yes\n10 hours a week\nwithin a year\n")
    assert result.exit_code == 0, result.output
    assert "From your CV" in result.output and "Senior Backend Engineer" in result.output
    assert "Temporal" in result.output  # said, not planned
    assert "waiting for a mentor" in result.output
    session = result.output.split("session: ", 1)[1].split()[0]
    data = json.loads(CliRunner().invoke(app, ["plan", session, "--format", "json"]).stdout)
    assert data["status"] == "awaiting_mentor"
    assert data["plan"]["target"] == "ai_application_engineer"  # the posting's closest role
    scheduled = {i["skill_id"] for ph in data["plan"]["phases"] for i in ph["items"]}
    findings = [f for f in data["review"]["findings"] if f["check"] == "posting_coverage"]
    # Every required posting skill the person lacks is scheduled, or named to the mentor.
    for skill in ("rag", "vector_databases"):
        assert skill in scheduled or any(skill in (f["ref"] or "") for f in findings)


def test_chat_with_an_unreadable_cv_says_so_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "cv.pdf").write_bytes(b"%PDF-1.4 broken")
    result = CliRunner().invoke(app, ["chat", "--cv", str(tmp_path / "cv.pdf")], input="hi\n")
    assert result.exit_code == 0 and "could not be read" in result.output
    assert "The chat goes on" in result.output and "session: " in result.output
    assert "Traceback" not in result.output


def test_chat_document_errors_are_in_the_persons_language(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt("secret")
    writer.write(tmp_path / "locked.pdf")
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.write(tmp_path / "scan.pdf")
    (tmp_path / "big.txt").write_bytes(b"a" * (11 * 1024 * 1024))
    (tmp_path / "latin1.txt").write_bytes(
        ("d\xe9veloppeur \xe0 Lyon, ma\xeetrise " * 30).encode("latin-1")
    )
    (tmp_path / "recipe.txt").write_text("Apple pie\n3 apples\n200 g flour\nBake 40 minutes\n")
    expected = {
        "locked.pdf": "密码保护",
        "scan.pdf": "扫描版",
        "big.txt": "10 MB",
        "latin1.txt": "编码无法识别",
        "recipe.txt": "不像简历",
    }
    for name, words in expected.items():
        args = ["chat", "--lang", "zh", "--user", name.split(".")[0], "--cv", str(tmp_path / name)]
        result = CliRunner().invoke(app, args, input="我是会计，8年\n")
        assert result.exit_code == 0, result.output
        assert words in result.output and "对话继续" in result.output, result.output
        assert "session: " in result.output
