"""jieba word segmentation that starts in milliseconds.

jieba keeps its whole dictionary (~500,000 words and prefixes) in one dict that it unmarshals
at start-up (~0.7 s, every process). Here the dictionary is cached on disk split by first
character, and a segmenter reads only the parts for the characters it meets: segmenting a
sentence touches a few dozen parts, an English-only session none. Segmentation is exactly
jieba's (same words, same frequencies, same total), only loaded lazily.

A knowledge base's own words are added on top (``add_word``, as jieba does); what they change
is small (the ``overlay`` and the new ``total``) and is cached with the search index.
"""

from __future__ import annotations

import logging
import marshal
import os
import threading
import zlib
from typing import Any

from coach.knowledge import cache

log = logging.getLogger(__name__)


def _jieba() -> Any:
    """jieba, imported when first needed (an English-only process never loads it)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


_FORMAT = "jieba-shards-1"


def _dictionary_name() -> str:
    """The cache entry of jieba's shipped dictionary (its version and the file's size)."""
    jieba = _jieba()
    path = os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    try:
        stamp = str(os.stat(path).st_size)
    except OSError:
        stamp = "?"
    return f"jieba-{cache.fingerprint(_FORMAT, jieba.__version__, stamp)}.dict"


_PARSED: tuple[dict[str, int], int] | None = None


def _full_dictionary() -> tuple[dict[str, int], int]:
    """jieba's dictionary the slow way (its own loader; the fallback and the cold build),
    parsed at most once per process (nothing writes to it: a segmenter's words go to its
    overlay)."""
    global _PARSED
    jieba = _jieba()
    if jieba.dt.initialized and not isinstance(jieba.dt.FREQ, LazyFreq):
        return jieba.dt.FREQ, int(jieba.dt.total)
    if _PARSED is None:
        tok = jieba.Tokenizer()
        tok.check_initialized()
        _PARSED = tok.FREQ, int(tok.total)
    return _PARSED


def _pack(freq: dict[str, int], total: int) -> bytes:
    shards: dict[str, dict[str, int]] = {}
    for word, count in freq.items():
        if word:
            shards.setdefault(word[0], {})[word] = count
    blobs: list[bytes] = []
    index: dict[str, tuple[int, int, int]] = {}
    offset = 0
    for first, shard in shards.items():
        blob = marshal.dumps(shard)
        index[first] = (offset, len(blob), zlib.crc32(blob))
        blobs.append(blob)
        offset += len(blob)
    header = cache.seal(marshal.dumps((total, index)))
    return len(header).to_bytes(8, "little") + header + b"".join(blobs)


class CorruptCache(Exception):
    """A part of the cached dictionary does not match its checksum."""


class BaseDictionary:
    """jieba's dictionary, read-only, loaded by first character (shared by all segmenters)."""

    def __init__(
        self,
        total: int,
        blob: bytes | None,
        index: dict[str, tuple[int, int, int]],
        body: int,
        name: str | None,
    ) -> None:
        self.total = total
        self._blob = blob
        self._index = index
        self._body = body
        self._name = name
        self._data: dict[str, int] = {}
        self._loaded: set[str] = set()
        self._complete = blob is None
        self._lock = threading.Lock()

    @classmethod
    def from_full(cls, freq: dict[str, int], total: int) -> BaseDictionary:
        base = cls(total, None, {}, 0, None)
        base._data = freq
        return base

    @classmethod
    def from_blob(cls, blob: bytes, name: str | None) -> BaseDictionary | None:
        try:
            size = int.from_bytes(blob[:8], "little")
            header = cache.unseal(blob[8 : 8 + size])
            if header is None:
                return None
            total, index = marshal.loads(header)
            if not isinstance(total, int) or not isinstance(index, dict):
                return None
        except (ValueError, EOFError, TypeError):
            return None
        return cls(total, blob, index, 8 + size, name)

    def lookup(self, key: str) -> int | None:
        if not key:
            return None
        first = key[0]
        if not self._complete and first not in self._loaded:
            self._load(first)
        return self._data.get(key)

    def _load(self, first: str) -> None:
        with self._lock:
            if self._complete or first in self._loaded:
                return
            entry = self._index.get(first)
            if entry is not None and self._blob is not None:
                try:
                    shard = self._read(entry)
                except CorruptCache:
                    self._fall_back()
                    return
                self._data.update(shard)
            self._loaded.add(first)

    def _read(self, entry: tuple[int, int, int]) -> dict[str, int]:
        assert self._blob is not None
        offset, length, crc = entry
        start = self._body + offset
        blob = self._blob[start : start + length]
        if len(blob) != length or zlib.crc32(blob) != crc:
            raise CorruptCache
        try:
            shard = marshal.loads(blob)
        except (ValueError, EOFError, TypeError) as exc:
            raise CorruptCache from exc
        if not isinstance(shard, dict):
            raise CorruptCache
        return shard

    def _fall_back(self) -> None:
        # A damaged part: answer from jieba's own dictionary and let the next process rebuild.
        log.warning("segmenter cache %s is damaged; rebuilding it", self._name)
        if self._name:
            cache.discard(self._name)
        freq, _ = _full_dictionary()
        self._data, self._blob, self._complete = freq, None, True


_MISSING = object()


class LazyFreq:
    """The mapping jieba's ``Tokenizer.FREQ`` is used as: base words plus this segmenter's own."""

    __slots__ = ("_base", "_writes")

    def __init__(self, base: BaseDictionary, overlay: dict[str, int] | None = None) -> None:
        self._base = base
        self._writes: dict[str, int] = dict(overlay or {})

    @property
    def overlay(self) -> dict[str, int]:
        """What this segmenter added or changed over the base dictionary."""
        return dict(self._writes)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        return key in self._writes or self._base.lookup(key) is not None

    def __getitem__(self, key: str) -> int:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return int(value)

    def get(self, key: str, default: Any = None) -> Any:
        value = self._writes.get(key, _MISSING)
        if value is not _MISSING:
            return value
        found = self._base.lookup(key)
        return default if found is None else found

    def __setitem__(self, key: str, value: int) -> None:
        self._writes[key] = value


_BASE_LOCK = threading.Lock()
_BASE: BaseDictionary | None = None


def base_dictionary() -> BaseDictionary:
    """jieba's dictionary for this process: from the cache, or built once and cached."""
    global _BASE
    with _BASE_LOCK:
        if _BASE is None:
            name = _dictionary_name()
            blob = cache.read(name)
            base = BaseDictionary.from_blob(blob, name) if blob is not None else None
            if base is None:
                freq, total = _full_dictionary()
                cache.write(name, _pack(freq, total), prefix="jieba-", keep=2)
                base = BaseDictionary.from_full(freq, total)
            _BASE = base
        return _BASE


def make_segmenter(overlay: dict[str, int] | None = None, total: int | None = None) -> Any:
    """A private jieba Tokenizer on the lazily loaded dictionary (plus ``overlay``)."""
    base = base_dictionary()
    seg = _jieba().Tokenizer()
    seg.FREQ = LazyFreq(base, overlay)
    seg.total = base.total if total is None else total
    seg.initialized = True
    return seg


def segmenter_with_words(words: set[str]) -> tuple[Any, dict[str, int], int]:
    """A segmenter with ``words`` added (in sorted order) as jieba's ``add_word`` adds them, with
    the overlay and total that rebuild it (:func:`make_segmenter`)."""
    seg = make_segmenter()
    for word in sorted(words):
        seg.add_word(word)
    return seg, seg.FREQ.overlay, int(seg.total)


_DEFAULT_LOCK = threading.Lock()


def default_segmenter() -> Any:
    """jieba's global segmenter, on the lazily loaded dictionary when nothing loaded it yet
    (so ``jieba.lcut`` anywhere in the process starts fast too)."""
    with _DEFAULT_LOCK:
        dt = _jieba().dt
        if not dt.initialized:
            base = base_dictionary()
            dt.FREQ = LazyFreq(base)
            dt.total = base.total
            dt.initialized = True
        return dt


def reset_for_tests() -> None:
    """Forget this process's dictionary (tests of the cache itself)."""
    global _BASE
    with _BASE_LOCK:
        _BASE = None
