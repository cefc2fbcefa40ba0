"""A content-addressed cache of briefs: the same reports with the same options give the same bytes.

The key is a SHA-256 of the reports' text and metadata and of the options, so a repeated request (the page's
sample, a client retrying, a load test) is answered without running the pipeline. Bounded by total size,
least recently used out first; one per process, shared by its threads.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import astuple

from summarizer.models import Report
from summarizer.options import Options

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def brief_key(reports: Sequence[Report], options: Options) -> str:
    """The address of a brief: what was asked, never when or by whom."""
    content = [[r.id, r.text, r.outlet, r.title, r.url, r.published] for r in reports]
    canonical = json.dumps([content, astuple(options)], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class BriefCache:
    """Serialised briefs by key, at most `max_bytes` of them."""

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self._pending: dict[str, threading.Event] = {}
        self.hits = self.misses = 0

    def get_or_compute(self, key: str, compute: Callable[[], bytes]) -> bytes:
        """The cached value, else `compute()` once: concurrent callers of one key wait for the first one."""
        value = self.get(key)
        if value is not None:
            return value
        with self._lock:
            waiting = self._pending.get(key)
            if waiting is None:
                self._pending[key] = threading.Event()
        if waiting is not None:
            waiting.wait()
            value = self.get(key)
            if value is not None:
                return value  # else the first caller failed (e.g. over budget): try in turn
        try:
            value = compute()
            self.put(key, value)
            return value
        finally:
            with self._lock:
                done = self._pending.pop(key, None)
            if done is not None:
                done.set()

    def get(self, key: str) -> bytes | None:
        with self._lock:
            value = self._items.get(key)
            if value is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: str, value: bytes) -> None:
        if len(value) > self.max_bytes:
            return
        with self._lock:
            old = self._items.pop(key, None)
            self._size -= len(old) if old is not None else 0
            self._items[key] = value
            self._size += len(value)
            while self._size > self.max_bytes:
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped)

    def __len__(self) -> int:
        return len(self._items)
