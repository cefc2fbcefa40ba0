"""Bounded work and the brief cache, through the test client; the real server against idle connections."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from tests.conftest import ENGLISH, ROOT, SEEDS
from web import create_app
from web.budget import BudgetExceeded, time_budget
from web.cache import BriefCache


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_time_budget_stops_a_busy_loop():
    started = time.perf_counter()
    with pytest.raises(BudgetExceeded), time_budget(0.2):
        while True:
            pass
    assert time.perf_counter() - started < 5


def test_time_budget_leaves_nothing_behind_when_met():
    with time_budget(0.3):
        pass
    time.sleep(0.5)  # a stray exception would be raised here


# The budget's exception is raised in the request's thread at any bytecode: under load it can land inside a
# garbage-collection callback, which Python reports as unraisable (and the budget still ends the request when the
# block returns: `web.budget`). That report is no failure of the code under test.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_summary_over_budget_is_503_with_retry_after():
    client = create_app({"TESTING": True, "SEEDS_DIR": "", "TIME_BUDGET": 0.01}).test_client()
    documents = [f"{text} Paragraph {n}." for n in range(40) for text in ENGLISH]
    response = client.post("/api/summary", json={"documents": documents})
    assert response.status_code == 503 and response.headers["Retry-After"]
    assert response.get_json()["error"]["code"] == "time_budget_exceeded"
    page = client.post("/", data={"text": ENGLISH * 40})
    assert page.status_code == 503 and b"<h1" in page.data


def test_repeated_requests_are_answered_from_the_cache_byte_for_byte():
    app = create_app({"TESTING": True, "SEEDS_DIR": str(SEEDS)})
    client, cache = app.test_client(), app.extensions["brief_cache"]
    body = {"documents": ENGLISH, "options": {"sentences": 2}}
    first = client.post("/api/summary", json=body)
    second = client.post("/api/summary", json=body)
    other = client.post("/api/summary", json={**body, "options": {"sentences": 1}})
    assert first.status_code == second.status_code == other.status_code == 200
    assert first.data == second.data != other.data
    assert (cache.hits, cache.misses) == (1, 2)


def test_cache_is_bounded_and_computes_a_key_once():
    cache = BriefCache(max_bytes=10)
    calls: list[int] = []

    def slow() -> bytes:
        calls.append(1)
        time.sleep(0.2)
        return b"12345"

    threads = [threading.Thread(target=cache.get_or_compute, args=("k", slow)) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    cache.put("a", b"12345")
    cache.put("b", b"12345")  # 15 bytes: "k" goes
    assert cache.get("k") is None and cache.get("b") == b"12345" and len(cache) == 2


def test_idle_connections_do_not_stop_the_server():
    command = [sys.executable, "-m", "summarizer", "serve", "--port", "0", "--workers", "1", "--threads", "2"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT) as server:
        try:
            assert server.stdout is not None
            port = int(re.search(r":(\d+)/", server.stdout.readline()).group(1))
            idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(100)]
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=60) as response:
                assert response.status == 200  # waitress: no answer for minutes past ~98 idle connections
            for connection in idle:
                connection.close()
        finally:
            server.terminate()
            server.wait(timeout=30)


def test_the_default_seeds_are_inside_the_web_package_so_a_wheel_carries_them():
    from web import DEFAULT_SEEDS

    assert DEFAULT_SEEDS.parent.name == "web" and sorted(DEFAULT_SEEDS.glob("*.txt"))
    client = create_app({"TESTING": True}).test_client()
    assert client.get("/api/health").get_json()["seeds"] is True
    assert client.get("/api/summary?sentences=2").status_code == 200
