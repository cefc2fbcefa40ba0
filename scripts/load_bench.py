"""Load benchmark of `summarizer serve`: concurrent clients POST the seeds to /api/summary on loopback.

Two phases: "repeated", every client sends the same body (answered from the brief cache after the first), and
"distinct", every request differs (a counter in one title), so each runs the pipeline. Prints errors (must be
0), requests per second and latency percentiles of each, and, as the peer in the same run, the library's own
throughput on the same input in one thread with no HTTP.

    python scripts/load_bench.py --clients 50 --seconds 30
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import re
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from summarizer import summarize, to_dict
from summarizer.ingest import read_reports

ROOT = Path(__file__).resolve().parent.parent


def body_of(seeds: Path) -> bytes:
    reports = read_reports([str(seeds)]).reports
    documents = [
        {"text": r.text, **{k: v for k in ("outlet", "title", "published") if (v := getattr(r, k))}} for r in reports
    ]
    return json.dumps({"documents": documents}).encode()


def start_server(threads: int, workers: int | None) -> tuple[subprocess.Popen[str], str, int]:
    command = [sys.executable, "-m", "summarizer", "serve", "--port", "0", "--threads", str(threads)]
    command += ["--workers", str(workers)] if workers else []
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    assert process.stdout is not None
    match = re.search(r"http://(127\.0\.0\.1):(\d+)/", process.stdout.readline())
    if not match:
        process.kill()
        raise SystemExit("summarizer serve did not start")
    return process, match.group(1), int(match.group(2))


def client(
    host: str, port: int, bodies: Iterator[bytes], deadline: float, latencies: list[float], errors: list[str]
) -> None:
    connection = http.client.HTTPConnection(host, port, timeout=60)
    headers = {"Content-Type": "application/json"}
    while time.perf_counter() < deadline:
        body = next(bodies)
        started = time.perf_counter()
        try:
            connection.request("POST", "/api/summary", body, headers)
            response = connection.getresponse()
            data = response.read()
            if response.status != 200 or b'"brief"' not in data:
                errors.append(f"HTTP {response.status}")
        except (OSError, http.client.HTTPException) as error:
            errors.append(type(error).__name__)
            connection.close()
            connection = http.client.HTTPConnection(host, port, timeout=60)
            continue
        latencies.append(time.perf_counter() - started)
    connection.close()


def library_rate(seeds: Path, seconds: float) -> float:
    """Summaries per second of the library alone, one thread, same input: the peer."""
    reports = read_reports([str(seeds)]).reports
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        to_dict(summarize(reports))
        done += 1
    return done / (time.perf_counter() - started)


def distinct_bodies(body: bytes) -> Iterator[bytes]:
    """The same reports with a counter in the first title: a new cache key, so the pipeline runs each time."""
    data = json.loads(body)
    title = data["documents"][0].get("title") or "report"
    for n in itertools.count():
        data["documents"][0]["title"] = f"{title} #{n}"
        yield json.dumps(data).encode()


class _Shared:
    """One iterator shared by every client thread (generators are not thread-safe on their own)."""

    def __init__(self, items: Iterator[bytes]) -> None:
        self.items, self.lock = items, threading.Lock()

    def __iter__(self) -> _Shared:
        return self

    def __next__(self) -> bytes:
        with self.lock:
            return next(self.items)


def phase(
    host: str, port: int, bodies: Iterator[bytes], clients: int, seconds: float
) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.perf_counter() + seconds
    started = time.perf_counter()
    workers = [
        threading.Thread(target=client, args=(host, port, bodies, deadline, latencies, errors)) for _ in range(clients)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return latencies, errors, time.perf_counter() - started


def report(name: str, latencies: list[float], errors: list[str], elapsed: float) -> None:
    rate = len(latencies) / elapsed
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [float("nan")] * 99
    print(
        f"  {name:<9} {len(latencies):6d} requests, {len(errors)} errors"
        + (f" ({', '.join(sorted(set(errors)))})" if errors else "")
        + f", {rate:6.1f} requests/s, p50 {cuts[49] * 1000:.0f} ms, p90 {cuts[89] * 1000:.0f} ms, "
        f"p99 {cuts[98] * 1000:.0f} ms, max {max(latencies, default=0) * 1000:.0f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each phase")
    parser.add_argument("--threads", type=int, default=4, help="server threads per process")
    parser.add_argument("--workers", type=int, help="server processes (default: the server's, one per core)")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    args = parser.parse_args()

    body = body_of(args.seeds)
    process, host, port = start_server(args.threads, args.workers)
    try:
        phase(host, port, itertools.repeat(body), args.clients, 2.0)  # warm-up: fills each process's cache
        repeated = phase(host, port, itertools.repeat(body), args.clients, args.seconds)
        distinct = phase(host, port, _Shared(distinct_bodies(body)), args.clients, args.seconds)
    finally:
        process.terminate()
        process.wait(timeout=30)

    peer = library_rate(args.seeds, 5.0)
    print(
        f"POST /api/summary, seeds ({len(body) / 1024:.0f} KiB), {args.clients} clients, {args.seconds:.0f} s a phase, "
        f"server processes {args.workers or 'one per core'} x threads {args.threads}"
    )
    report("repeated", *repeated)
    report("distinct", *distinct)
    distinct_rate = len(distinct[0]) / distinct[2]
    print(
        f"peer: the library alone, one thread, no HTTP: {peer:.1f} summaries/s; "
        f"distinct/peer {distinct_rate / peer:.2f}x"
    )
    return 1 if repeated[1] or distinct[1] else 0


if __name__ == "__main__":
    sys.exit(main())
