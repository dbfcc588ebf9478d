"""A small on-disk cache for data derived from the knowledge base (the search index, the word
segmenter's dictionary), so a new process does not rebuild them.

Where: ``COACH_CACHE_DIR`` if set, else ``$COACH_HOME/cache``, else the platform's user cache
dir. Entries are named by a key that hashes everything they are built from (knowledge base
content, library versions, the code that builds them), so a changed knowledge base or upgraded
library simply misses and rebuilds. Writes go to a temporary file renamed into place, so two
processes building at once both leave a whole file (the last rename wins). Every read is
checked (a digest over the payload); a damaged or foreign file reads as a miss, never a crash.
The cache is an optimisation only: when its folder cannot be written, nothing else changes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from contextlib import suppress
from pathlib import Path

log = logging.getLogger(__name__)

CACHE_ENV = "COACH_CACHE_DIR"
_MAGIC = b"COACHC1\n"
_DIGEST = 16


def cache_dir() -> Path:
    """The folder cache entries live in (created on first write)."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    home = os.environ.get("COACH_HOME")
    if home:
        return Path(home) / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("coach", appauthor=False))


def fingerprint(*parts: str | bytes) -> str:
    """A short stable key over ``parts`` (order matters)."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def seal(payload: bytes) -> bytes:
    """``payload`` framed with a magic header and its digest (see :func:`unseal`)."""
    return _MAGIC + hashlib.blake2b(payload, digest_size=_DIGEST).digest() + payload


def unseal(blob: bytes) -> bytes | None:
    """The payload of a sealed blob, or None if it is truncated, damaged or not ours."""
    head = len(_MAGIC) + _DIGEST
    if len(blob) < head or not blob.startswith(_MAGIC):
        return None
    payload = blob[head:]
    if hashlib.blake2b(payload, digest_size=_DIGEST).digest() != blob[len(_MAGIC) : head]:
        return None
    return payload


def read(name: str) -> bytes | None:
    """The bytes of entry ``name``, or None when absent or unreadable."""
    try:
        return (cache_dir() / name).read_bytes()
    except OSError:
        return None


def write(name: str, data: bytes, prefix: str | None = None, keep: int = 1) -> bool:
    """Store entry ``name`` atomically. Of the entries starting with ``prefix`` (other builds of
    the same kind), only the ``keep`` newest stay. False (logged) when the folder is not writable."""
    folder = cache_dir()
    tmp: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, folder / name)
        tmp = None
    except OSError as exc:
        log.debug("cache write %s failed: %s", name, exc)
        return False
    finally:
        if tmp is not None:
            with suppress(OSError):
                os.unlink(tmp)
    if prefix:
        _prune(folder, prefix, keep, name)
    return True


def _prune(folder: Path, prefix: str, keep: int, current: str) -> None:
    entries: list[tuple[float, Path]] = []
    for path in folder.glob(f"{prefix}*"):
        with suppress(OSError):
            entries.append((path.stat().st_mtime, path))
    entries.sort(reverse=True)
    others = [path for _, path in entries if path.name != current]
    for path in others[max(keep - 1, 0) :]:
        with suppress(OSError):
            path.unlink()


def discard(name: str) -> None:
    """Remove entry ``name`` (a damaged one), if it is there."""
    with suppress(OSError):
        (cache_dir() / name).unlink()
