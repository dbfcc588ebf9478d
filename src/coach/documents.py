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


class DocumentError(Exception):
    """A file that cannot be read as a document; ``message(lang)`` says why and what to do."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values

    def message(self, lang: str) -> str:
        return t(lang, self.key, **self.values)


def _pdf_text(path: Path) -> str:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR + 10)  # its warnings are ours to say
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
    """Paragraphs and table rows in the order the document has them (a CV template's job table
    stays under its "工作经历" heading, not after the skills)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several unrelated types on a bad file
        raise DocumentError("fit.doc_unreadable", file=path.name, kind="DOCX") from exc
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = [c.text.strip() for c in row.cells]
                unique = [c for n, c in enumerate(cells) if c and c not in cells[:n]]
                lines.append(" | ".join(unique))
    return "\n".join(lines)


def _plain_text(data: bytes) -> str:
    from coach.cli_input import decode_line

    return "\n".join(decode_line(line, n)[0] for n, line in enumerate(data.splitlines(), 1))


_TEXT_NAMES = {".txt", ".md", ".markdown", ".text", ".csv", ".rst", ".pdf", ".docx", ""}
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # an old Word .doc (or .xls, .ppt)
_IMAGES = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"II*\x00", b"MM\x00*", b"RIFF")
MAX_CHARS = 40_000
"""A CV or posting is read up to this many characters (about 12 pages); the rest is said."""


def _kind(path: Path, head: bytes) -> str:
    """What the file is by its first bytes, whatever its name says ("cv.pdf" saved as text,
    a .docx renamed .txt): pdf, docx, doc, image, text, or its suffix when unknown."""
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(_ZIP):
        return "docx"
    if head.startswith(_OLE):
        return "doc"
    if head.startswith(_IMAGES) or suffix in {".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff"}:
        return "image"
    if suffix in {".rtf", ".pages", ".odt", ".xlsx", ".pptx", ".zip"}:
        return suffix
    if b"\x00" in head and suffix not in _TEXT_NAMES:
        return suffix or "binary"
    return "text"  # a text file's bytes that are not text are said as damaged


def _text_of(path: Path, kind: str) -> str:
    if kind == "pdf":
        text = _pdf_text(path)
        if len(text.strip()) < 20:
            raise DocumentError("fit.doc_no_text", file=path.name)
        return text
    if kind == "docx":
        return _docx_text(path)
    if kind == "text":
        data = path.read_bytes()
        if b"\x00" in data[:4096]:
            raise DocumentError("fit.doc_unreadable", file=path.name, kind=path.suffix or "text")
        text = _plain_text(data)
        if text.count("\ufffd") > max(3, len(text) // 50):
            raise DocumentError("fit.doc_encoding", file=path.name)
        return text
    if kind == "doc":
        raise DocumentError("fit.doc_old_word", file=path.name)
    if kind == "image":
        raise DocumentError("fit.doc_image", file=path.name)
    raise DocumentError("fit.doc_kind", file=path.name, kind=path.suffix or kind)


def read_document(path: Path, notes: list[DocumentError] | None = None) -> str:
    """The masked text of the document at ``path``, read by what it is (its first bytes), up to
    ``MAX_CHARS``; a longer one is cut there and, with ``notes``, a notice is added to say so."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError("fit.doc_missing", file=str(path)) from exc
    if not path.is_file():
        raise DocumentError("fit.doc_missing", file=str(path))
    if size == 0:
        raise DocumentError("fit.doc_empty", file=path.name)
    if size > MAX_BYTES:
        raise DocumentError(
            "fit.doc_too_big", file=path.name, mb=round(size / 1e6, 1), limit=MAX_BYTES // 2**20
        )
    with path.open("rb") as fh:
        head = fh.read(512)
    text = _text_of(path, _kind(path, head))
    if not text.strip():
        raise DocumentError("fit.doc_empty", file=path.name)
    if len(text) > MAX_CHARS:
        cut = text.rfind("\n", 0, MAX_CHARS)
        text = text[: cut if cut > MAX_CHARS // 2 else MAX_CHARS]
        if notes is not None:
            notes.append(DocumentError("fit.doc_cut", file=path.name, chars=MAX_CHARS))
    return mask_pii(text)
