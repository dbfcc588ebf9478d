"""Odd documents: one clear line in en and zh, read by what they are, nothing lost."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from coach.documents import MAX_CHARS, DocumentError, read_document

CV = "Priya Raman\nExperience\nData Analyst, Acme 2019-2024\nSkills: Python, SQL, Tableau\n"


def _error(path: Path) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        read_document(path)
    for lang in ("en", "zh"):
        message = info.value.message(lang)
        assert message and "\n" not in message and path.name in message
    return info.value


def test_an_empty_file_is_said_empty_not_a_scan(tmp_path: Path) -> None:
    for name in ("cv.pdf", "cv.txt", "cv.docx"):
        (tmp_path / name).write_bytes(b"")
        assert _error(tmp_path / name).key == "fit.doc_empty"
    (tmp_path / "blank.md").write_text("  \n\n \t\n", encoding="utf-8")
    assert _error(tmp_path / "blank.md").key == "fit.doc_empty"


def test_a_file_is_read_by_its_bytes_not_its_name(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    (tmp_path / "cv.pdf").write_text(CV, encoding="utf-8")  # text saved as .pdf
    assert "Tableau" in read_document(tmp_path / "cv.pdf")
    import docx

    document = docx.Document()
    for line in CV.splitlines():
        document.add_paragraph(line)
    document.save(str(tmp_path / "real.docx"))
    shutil.copy(tmp_path / "real.docx", tmp_path / "renamed.txt")  # a .docx named .txt
    assert "Tableau" in read_document(tmp_path / "renamed.txt")
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(str(tmp_path / "scan.docx"))  # a scanned PDF named .docx
    assert _error(tmp_path / "scan.docx").key == "fit.doc_no_text"


def test_old_word_images_and_binary_files_get_their_own_line(tmp_path: Path) -> None:
    (tmp_path / "cv.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(500))
    assert _error(tmp_path / "cv.doc").key == "fit.doc_old_word"
    (tmp_path / "cv.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(500))
    assert _error(tmp_path / "cv.jpg").key == "fit.doc_image"
    (tmp_path / "cv.txt").write_bytes(b"\x00\x01\x02" * 400)
    assert _error(tmp_path / "cv.txt").key == "fit.doc_unreadable"
    (tmp_path / "data.bin").write_bytes(b"\x00\x01\x02" * 400)
    assert _error(tmp_path / "data.bin").key == "fit.doc_kind"


def test_a_pdf_library_warning_never_reaches_the_terminal(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    assert _error(tmp_path / "broken.pdf").key == "fit.doc_unreadable"
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


def test_a_very_long_file_is_cut_and_the_cut_is_said(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text((CV * 2000), encoding="utf-8")  # about 5 MB of text
    notes: list[DocumentError] = []
    text = read_document(path, notes)
    assert len(text) <= MAX_CHARS and "Tableau" in text
    assert [n.key for n in notes] == ["fit.doc_cut"]
    assert str(MAX_CHARS) in notes[0].message("en") and str(MAX_CHARS) in notes[0].message("zh")


def test_a_chat_whose_documents_all_fail_remembers_nothing(tmp_path: Path) -> None:
    from datetime import date

    from langgraph.store.memory import InMemoryStore

    from coach.cli_fit import seed_chat
    from coach.nodes.common import user_namespace

    (tmp_path / "scan.pdf").write_bytes(b"")
    store = InMemoryStore()
    errors: list[DocumentError] = []
    shown = seed_chat(store, "ana", tmp_path / "scan.pdf", None, date(2026, 3, 2), errors.append)
    assert shown == [] and [e.key for e in errors] == ["fit.doc_empty"]
    assert store.get(user_namespace("ana"), "profile") is None  # no "welcome back" next


def test_a_posting_pay_is_an_amount_not_any_digit() -> None:
    from coach.engine.posting import parse_posting
    from coach.knowledge.lexicon import get_lexicon
    from coach.knowledge.loader import load_kb

    kb = load_kb()
    lexicon = get_lexicon(kb)
    text = "LLM Engineer\n- Python and RAG\nA hybrid schedule (2 days in the office) and a competitive salary."
    assert parse_posting(text, lexicon, kb).pay is None
    assert parse_posting("LLM Engineer\n- RAG\nSalary: £45,000 – £55,000", lexicon, kb).pay == (
        "£45,000 – £55,000"
    )


def test_a_posting_alone_shows_what_it_asks_not_a_fit_against_nobody(tmp_path: Path) -> None:
    from datetime import date

    from langgraph.store.memory import InMemoryStore

    from coach.cli_fit import seed_chat

    job = tmp_path / "job.txt"
    job.write_text(
        "LLM Engineer\nRequirements\n- 3+ years of Python\n- Experience with RAG\n"
        "- Nice to have: Kubernetes\n",
        encoding="utf-8",
    )
    shown = seed_chat(InMemoryStore(), "bo", None, job, date(2026, 3, 2))
    text = "\n".join(shown)
    assert "Fit:" not in text and "What you have" not in text
    assert "It asks for: " in text and "A plus: Kubernetes" in text


def test_a_docx_cv_template_keeps_its_tables_in_place(tmp_path: Path) -> None:
    import docx

    from coach.cli_fit import import_cv

    document = docx.Document()
    document.add_paragraph("个人简历")
    head = document.add_table(rows=0, cols=2)
    for label, value in [("姓名", "赵强"), ("求职意向", "大模型应用开发")]:
        cells = head.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("工作经历")
    jobs = document.add_table(rows=0, cols=3)
    for row in [("2018.07-至今", "某物流科技公司", "Python 后端开发工程师")]:
        cells = jobs.add_row().cells
        for n, value in enumerate(row):
            cells[n].text = value
    document.add_paragraph("技能")
    document.add_paragraph("Python、Django、PostgreSQL、Docker")
    document.save(str(tmp_path / "cv.docx"))
    text = read_document(tmp_path / "cv.docx")
    assert text.index("2018.07-至今") < text.index("技能")
    from datetime import date

    profile = import_cv(tmp_path / "cv.docx", "zh", date(2026, 3, 2)).profile
    assert profile.current_role == "Python 后端开发工程师"
    assert "llm_basics" not in {s.skill_id for s in profile.skills}  # 求职意向 is a want
