"""`summarizer serve`: the app under gunicorn, several processes with a few threads each.

Why these settings (README, "Serving"): the pipeline is CPU-bound Python, so threads share one core through the
GIL and only processes use the others. gunicorn's gthread worker hands a connection to a thread only while it
sends a request: one that stays silent goes back to the poller and is closed after KEEPALIVE seconds,
so idle clients cannot hold the workers, and each process keeps at most WORKER_CONNECTIONS connections.
"""

from __future__ import annotations

import os
import socket
from typing import Any

from gunicorn.app.base import BaseApplication
from gunicorn.workers import gthread

KEEPALIVE = 5  # seconds an idle kept-alive (or silent new) connection is kept
WORKER_CONNECTIONS = 1000  # per process; beyond it new connections wait in the listen backlog
GRACEFUL_TIMEOUT = 10
BACKLOG = 2048
# How long a thread waits for a new connection's first bytes before handing it back to the poller. gunicorn's
# 5 s (not a setting) let 100 silent connections hold 8 threads for a minute; a sender is not cut off by this,
# only parked until its bytes arrive.
FIRST_BYTES_WAIT = 0.1


def default_workers() -> int:
    """One process per core the server may use."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


class _Server(BaseApplication):
    def __init__(self, app: Any, options: dict[str, Any]) -> None:
        self.application = app
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return self.application


def run(app: Any, listener: socket.socket, *, workers: int, threads: int, time_budget: float) -> None:
    """Serve `app` on the bound `listener` until interrupted; the app is loaded once, before forking."""
    gthread.DEFAULT_WORKER_DATA_TIMEOUT = FIRST_BYTES_WAIT
    listener.set_inheritable(True)
    _Server(
        app,
        {
            "bind": [f"fd://{listener.fileno()}"],
            "workers": workers,
            "worker_class": "gthread",
            "threads": threads,
            "worker_connections": WORKER_CONNECTIONS,
            "keepalive": KEEPALIVE,
            # A worker whose main loop stops answering is replaced; requests themselves stop at the time budget.
            "timeout": max(30, int(time_budget * 2)),
            "graceful_timeout": GRACEFUL_TIMEOUT,
            "backlog": BACKLOG,
            "preload_app": True,
            "accesslog": None,
            "errorlog": "-",
            "loglevel": "warning",
            "proc_name": "summarizer",
        },
    ).run()
