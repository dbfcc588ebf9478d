"""Read a CV or a job posting from a file on this machine (I/O at the edge).

PDF (pypdf), .docx (python-docx), Markdown and plain text. The file never leaves the machine;
the text handed on is masked first (e-mails, phones, ID and card numbers, as for a remote model),
since its lines become evidence a model may later see. Every failure is a
:class:`DocumentError` with a message in the user's language, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from coach.i18n import t
from coach.llm.privacy import mask_pii

MAX_BYTES = 10 * 1024 * 1024
MAX_PAGES = 60
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}


class DocumentError(Exception):
    """A file that cannot be read as a document; ``message(lang)`` says why and what to do."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values

    def message(self, lang: str) -> str:
        return t(lang, self.key, **self.values)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise DocumentError("fit.doc_encrypted", file=path.name)
            except (NotImplementedError, PdfReadError) as exc:
                raise DocumentError("fit.doc_encrypted", file=path.name) from exc
        pages = reader.pages[:MAX_PAGES]
        return "\n".join(page.extract_text() or "" for page in pages)
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError("fit.doc_unreadable", file=path.name, kind="PDF") from exc


def _docx_text(path: Path) -> str:
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several unrelated types on a bad file
        raise DocumentError("fit.doc_unreadable", file=path.name, kind="DOCX") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _plain_text(data: bytes) -> str:
    from coach.cli_input import decode_line

    return "\n".join(decode_line(line, n)[0] for n, line in enumerate(data.splitlines(), 1))


def read_document(path: Path) -> str:
    """The masked text of the document at ``path``."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError("fit.doc_missing", file=str(path)) from exc
    if not path.is_file():
        raise DocumentError("fit.doc_missing", file=str(path))
    if size > MAX_BYTES:
        raise DocumentError(
            "fit.doc_too_big", file=path.name, mb=round(size / 1e6, 1), limit=MAX_BYTES // 2**20
        )
    suffix = path.suffix.lower()
    with path.open("rb") as fh:
        head = fh.read(8)
    if suffix == ".pdf" or head.startswith(b"%PDF"):
        text = _pdf_text(path)
        if len(text.strip()) < 20:
            raise DocumentError("fit.doc_no_text", file=path.name)
    elif suffix == ".docx":
        text = _docx_text(path)
    elif suffix in TEXT_SUFFIXES or suffix in {".csv", ".rst"}:
        data = path.read_bytes()
        if b"\x00" in data[:4096]:
            raise DocumentError("fit.doc_unreadable", file=path.name, kind=suffix or "text")
        text = _plain_text(data)
        if text.count("\ufffd") > max(3, len(text) // 50):
            raise DocumentError("fit.doc_encoding", file=path.name)
    else:
        raise DocumentError("fit.doc_kind", file=path.name, kind=suffix)
    if not text.strip():
        raise DocumentError("fit.doc_no_text", file=path.name)
    return mask_pii(text)
