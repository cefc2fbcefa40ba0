"""Load benchmark of `summarizer serve`: concurrent clients POST the seeds to /api/summary on loopback.

Prints errors (must be 0), requests per second, latency percentiles, and, as the peer in the same run,
the library's own throughput on the same input in one thread with no HTTP: the ratio shows what the server adds.

    python scripts/load_bench.py --clients 50 --seconds 30
"""

from __future__ import annotations

import argparse
import http.client
import json
import re
import statistics
import subprocess
import sys
import threading
import time
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


def start_server(threads: int) -> tuple[subprocess.Popen[str], str, int]:
    command = [sys.executable, "-m", "summarizer", "serve", "--port", "0", "--threads", str(threads)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    assert process.stdout is not None
    match = re.search(r"http://(127\.0\.0\.1):(\d+)/", process.stdout.readline())
    if not match:
        process.kill()
        raise SystemExit("summarizer serve did not start")
    return process, match.group(1), int(match.group(2))


def client(host: str, port: int, body: bytes, deadline: float, latencies: list[float], errors: list[str]) -> None:
    connection = http.client.HTTPConnection(host, port, timeout=60)
    headers = {"Content-Type": "application/json"}
    while time.perf_counter() < deadline:
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--threads", type=int, default=4, help="server worker threads")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    args = parser.parse_args()

    body = body_of(args.seeds)
    process, host, port = start_server(args.threads)
    latencies: list[float] = []
    errors: list[str] = []
    try:
        deadline = time.perf_counter() + args.seconds
        started = time.perf_counter()
        workers = [
            threading.Thread(target=client, args=(host, port, body, deadline, latencies, errors))
            for _ in range(args.clients)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        elapsed = time.perf_counter() - started
    finally:
        process.terminate()
        process.wait(timeout=10)

    peer = library_rate(args.seeds, 5.0)
    rate = len(latencies) / elapsed
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [float("nan")] * 99
    print(
        f"POST /api/summary, seeds ({len(body) / 1024:.0f} KiB), {args.clients} clients, {elapsed:.1f} s, "
        f"server threads {args.threads}"
    )
    print(f"  requests   {len(latencies)}")
    print(f"  errors     {len(errors)}" + (f" ({', '.join(sorted(set(errors)))})" if errors else ""))
    print(f"  rate       {rate:.1f} requests/s")
    print(
        f"  latency    p50 {cuts[49] * 1000:.0f} ms, p90 {cuts[89] * 1000:.0f} ms, p99 {cuts[98] * 1000:.0f} ms, "
        f"max {max(latencies, default=0) * 1000:.0f} ms"
    )
    print(f"peer: the library alone, one thread, no HTTP: {peer:.1f} summaries/s; server/peer {rate / peer:.2f}x")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
