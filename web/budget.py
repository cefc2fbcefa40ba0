"""A per-request time budget: work on a request thread that runs past it is stopped with BudgetExceeded.

CPython can raise an exception in another thread at its next bytecode (PyThreadState_SetAsyncExc); a timer
does that to the request's thread when the budget runs out. The pipeline is Python loops over short C calls,
so it stops within a moment of the deadline, its CPU freed for the next request, and the client gets a 503.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def _raise_in(thread: int, exception: type[BaseException] | None) -> None:
    """Make `thread` raise `exception` at its next bytecode; None withdraws a pending one."""
    pending = ctypes.py_object(exception) if exception is not None else ctypes.c_void_p(None)
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), pending)


class BudgetExceeded(Exception):  # noqa: N818 - named for what it means to the client
    """The request took longer than the server's time budget."""


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Run the block with at most `seconds` of wall time (None or 0: no limit); raises BudgetExceeded."""
    if not seconds:
        yield
        return
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _raise_in(target, BudgetExceeded)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
        timer.cancel()
        if state["fired"]:
            _raise_in(target, None)  # withdraw it if the block ended before the exception was delivered
            raise BudgetExceeded(f"the request took more than the server's {seconds:g} s budget")
