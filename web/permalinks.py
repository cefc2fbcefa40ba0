"""Permalinks: a result of pasted reports stored in SQLite under its content address, so it can be shared.

The key is the brief cache's key (reports and options), so the same comparison always gets the same address.
Entries are size-limited, expire after MAX_AGE_DAYS, and the store keeps at most MAX_ENTRIES (oldest out).
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from pathlib import Path

KEY_LENGTH = 32  # hex characters of the SHA-256 content address
MAX_BYTES = 2 * 1024 * 1024  # one stored result (JSON); larger ones get no permalink
MAX_ENTRIES = 10_000
MAX_AGE_DAYS = 30

_SCHEMA = "CREATE TABLE IF NOT EXISTS brief (key TEXT PRIMARY KEY, created REAL NOT NULL, json BLOB NOT NULL)"


class Permalinks:
    """The store at `path`; every call opens its own connection, so processes and threads can share it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=10)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute(_SCHEMA)
        return connection

    def save(self, key: str, data: bytes, now: float | None = None) -> str | None:
        """Store a result under its content address; the key, or None when it is too large to keep."""
        if len(data) > MAX_BYTES:
            return None
        key, now = key[:KEY_LENGTH], time.time() if now is None else now
        with closing(self._connect()) as connection, connection:
            connection.execute("INSERT OR IGNORE INTO brief VALUES (?, ?, ?)", (key, now, data))
            connection.execute("DELETE FROM brief WHERE created < ?", (now - MAX_AGE_DAYS * 86400,))
            connection.execute(
                "DELETE FROM brief WHERE key IN (SELECT key FROM brief ORDER BY created DESC LIMIT -1 OFFSET ?)",
                (MAX_ENTRIES,),
            )
        return key

    def load(self, key: str, now: float | None = None) -> bytes | None:
        """The stored result, or None when unknown, malformed or expired."""
        if len(key) != KEY_LENGTH or any(c not in "0123456789abcdef" for c in key):
            return None
        now = time.time() if now is None else now
        with closing(self._connect()) as connection:
            row = connection.execute(
                "SELECT json FROM brief WHERE key = ? AND created >= ?", (key, now - MAX_AGE_DAYS * 86400)
            ).fetchone()
        return bytes(row[0]) if row else None
