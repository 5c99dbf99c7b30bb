#!/usr/bin/env python3
"""Side-by-side benchmark of Cinnabar against Debian's redis-server, in one run.

Both servers run on free loopback ports; redis-benchmark hits them alternately (A B A B ...) over several
rounds so machine drift cancels out, and the table reports medians. Memory per key is measured by
loading the same keys into each. It is a benchmark: it prints figures and asserts nothing.

Usage: bench/compare.py [--rounds N] [--requests N] [--keys N] [--java PATH] [--jvm-opts "..."] [--cinnabar-args "..."]
                        [--quick] [--tests set,get,...] [--control]

Besides ops/s and latency, each row gives the CPU time each server spent per request (user + system, from
/proc): on a shared machine it moves far less between runs than throughput does. The "rounds" column is
the lowest and highest per-round ratio behind the median.

--control runs a second redis-server in Cinnabar's place (an A/A run): its ratios show how far this
machine moves a median between two identical servers, the noise floor against which a row is read.

The cost of the per-command latency histogram: run once as is and once with
--cinnabar-args=--redis.latency-tracking=no, and compare Cinnabar's rows.
"""
import argparse
import csv
import glob
import io
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.sendall(b"PING\r\n")
                if s.recv(16).startswith(b"+PONG"):
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server on port {port} did not answer PING within {timeout}s")


def command(port, *args):
    """Sends one command and returns the raw reply (enough for INFO and simple replies)."""
    payload = b"*%d\r\n" % len(args) + b"".join(
        b"$%d\r\n%s\r\n" % (len(a), a) for a in (x.encode() if isinstance(x, str) else x for x in args))
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(payload)
        data = b""
        s.settimeout(30)
        while True:
            chunk = s.recv(1 << 16)
            data += chunk
            if not chunk or _complete(data):
                return data


def _complete(data):
    if data[:1] == b"$":
        head, _, rest = data.partition(b"\r\n")
        n = int(head[1:])
        return n < 0 or len(rest) >= n + 2
    return data.endswith(b"\r\n")


def info_field(port, field):
    text = command(port, "INFO", "memory").decode(errors="replace")
    m = re.search(rf"^{field}:(\d+)", text, re.M)
    return int(m.group(1)) if m else None


def rss_bytes(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def resp(*args):
    out = b"*%d\r\n" % len(args)
    for a in args:
        out += b"$%d\r\n%s\r\n" % (len(a), a)
    return out


def pipeline(port, count, request):
    """Sends request(i) for i in range(count) in pipelined batches, as fast as the server takes them; every
    request must have a one-line reply."""
    batch = 10000
    with socket.create_connection(("127.0.0.1", port)) as s:
        for start in range(0, count, batch):
            end = min(start + batch, count)
            s.sendall(b"".join(request(i) for i in range(start, end)))
            lines, carry = 0, b""
            while lines < end - start:
                # A CRLF may straddle two reads: keep the last byte of each read with the next.
                chunk = carry + s.recv(1 << 20)
                lines += chunk.count(b"\r\n")
                carry = chunk[-1:] if chunk.endswith(b"\r") else b""


def load_keys(port, count, value_size, ttl_ms=None):
    """SET key:N value [PX ttl] for N below count."""
    value = b"v" * value_size
    ttl = () if ttl_ms is None else (b"PX", b"%d" % ttl_ms)
    pipeline(port, count, lambda i: resp(b"SET", b"key:%012d" % i, value, *ttl))


# One collection of a million elements per type, filled with pipelined single-element writes.
COLLECTIONS = {
    "hash": lambda i: resp(b"HSET", b"bighash", b"element:%d" % i, b"v" * 16),
    "set": lambda i: resp(b"SADD", b"bigset", b"element:%d" % i),
    "zset": lambda i: resp(b"ZADD", b"bigzset", b"%d" % ((i * 7919) % 1000003), b"element:%d" % i),
}


def java_heap_used(java_home, pid):
    """Bytes of live objects, from a class histogram (which collects first): works with every collector."""
    jcmd = os.path.join(java_home, "bin", "jcmd")
    out = subprocess.run([jcmd, str(pid), "GC.class_histogram"], capture_output=True, text=True, check=True).stdout
    m = re.search(r"^Total\s+\d+\s+(\d+)", out, re.M)
    return int(m.group(1))


class Server:
    def __init__(self, name, argv, port, env=None):
        self.name, self.port = name, port
        self.log = tempfile.NamedTemporaryFile(prefix=f"bench-{name}-", suffix=".log", delete=False)
        self.proc = subprocess.Popen(argv, stdout=self.log, stderr=subprocess.STDOUT, env=env)
        wait_for(port)

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def start_redis(name="redis"):
    port = free_port()
    return Server(name, ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"], port)


def start_cinnabar(java, jvm_opts, gc_log, extra_args):
    jar = sorted(glob.glob(os.path.join(ROOT, "target", "cinnabar-*.jar")))
    if not jar:
        raise SystemExit("no jar in target/: run ./mvnw -DskipTests package first")
    port = free_port()
    argv = [java] + jvm_opts.split() + [f"-Xlog:gc:file={gc_log}", "-jar", jar[-1],
                                        f"--redis.port={port}", "--server.port=0", "--logging.level.root=WARN"]
    argv += extra_args.split()
    return Server("cinnabar", argv, port)


def cpu_seconds(pid):
    """User plus system CPU time the process has used so far, from /proc/<pid>/stat."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bench(server, workload, requests):
    """Runs each test of the workload on its own, so the server's CPU time can be charged to it: CPU
    microseconds per request move far less with the machine's load than ops/s do. (An LRANGE test's
    figure includes the LPUSHes redis-benchmark sends first to fill the list, on both servers alike.)"""
    tests, clients, pipeline, size = workload
    rows = {}
    for test in tests.split(","):
        argv = ["redis-benchmark", "-p", str(server.port), "-t", test, "-c", str(clients), "-P", str(pipeline),
                "-r", "1000000", "-d", str(size), "-n", str(requests), "--csv"]
        before = cpu_seconds(server.proc.pid)
        out = subprocess.run(argv, capture_output=True, text=True, timeout=600).stdout
        cpu_us = (cpu_seconds(server.proc.pid) - before) * 1e6 / requests
        for row in csv.DictReader(io.StringIO(out)):
            # An LRANGE test also reports its "LPUSH (needed to benchmark LRANGE)" row: skip it.
            name = row["test"].split(" ")[0]
            if name == test.upper():
                rows[name] = (float(row["rps"]), float(row["p50_latency_ms"]), float(row["p99_latency_ms"]), cpu_us)
    return rows


def dbsize(port):
    return int(command(port, "DBSIZE")[1:].strip())


def expiry_under_load(server, keys, requests):
    """Loads keys with a 1 s TTL while redis-benchmark runs GETs; reports how long after the last deadline
    the keyspace was empty, and the load's p99 with and without the expiring keys."""
    import threading
    load = ("get", 50, 1, 16)
    baseline = bench(server, load, requests)["GET"][2]
    result = {}

    def run_load():
        result["p99"] = bench(server, load, requests)["GET"][2]

    worker = threading.Thread(target=run_load)
    worker.start()
    load_keys(server.port, keys, 16, ttl_ms=1000)
    last_deadline = time.time() + 1.0
    while dbsize(server.port) > 0 and time.time() < last_deadline + 60:
        time.sleep(0.05)
    emptied = time.time() - last_deadline
    worker.join()
    return emptied, baseline, result["p99"]


# Longer than loading a million keys takes here (~3.5 s), so none expires during the load.
EXPIRY_ALONE_TTL_MS = 5000


def expiry_alone(server, keys, requests):
    """GETs across the deadlines of keys loaded with a 5 s TTL (longer than the load takes, so none expires
    during it), against the same GETs over the same keys with an hour's TTL: the table, the values and the
    deadline index are alike and only the reclaiming differs. Either way the GETs run from the end of the
    load until a second past the last deadline, so the p99 shows what reclaiming costs without the load's
    own traffic (how soon the keys go is the phase above's). Returns (p99 without expiry, p99 across the
    deadlines)."""
    load = ("get", 50, 1, 16)
    rate = bench(server, load, requests)["GET"][0]
    p99 = []
    for ttl_ms in (3_600_000, EXPIRY_ALONE_TTL_MS):
        command(server.port, "FLUSHALL")
        load_keys(server.port, keys, 16, ttl_ms=ttl_ms)
        # The last key was set just now: run until a second past its deadline.
        p99.append(bench(server, load, int(rate * (EXPIRY_ALONE_TTL_MS + 1000) / 1000))["GET"][2])
    command(server.port, "FLUSHALL")
    return p99[0], p99[1]


def gc_pauses(gc_log):
    pauses = []
    if os.path.exists(gc_log):
        for line in open(gc_log):
            m = re.search(r"Pause.* (\d+\.\d+)ms", line)
            # The memory phase forces full collections itself; those are not pauses clients would see.
            if m and "System.gc" not in line and "Diagnostic Command" not in line:
                pauses.append(float(m.group(1)))
    return pauses


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=200000)
    parser.add_argument("--keys", type=int, default=1000000)
    parser.add_argument("--java", default=os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin", "java"))
    parser.add_argument("--jvm-opts", default="-Xms4g -Xmx4g -XX:+AlwaysPreTouch -XX:+UseTransparentHugePages -XX:+UseShenandoahGC")
    parser.add_argument("--cinnabar-args", default="", help="more arguments for Cinnabar, e.g. --cinnabar-args=--redis.latency-tracking=no")
    parser.add_argument("--quick", action="store_true", help="one round, few requests, small key load")
    parser.add_argument("--control", action="store_true",
                        help="a second redis-server in Cinnabar's place: the ratios then show the benchmark's own noise")
    parser.add_argument("--tests", help="only these redis-benchmark tests and phases (expiry, memory), e.g. --tests set,get or --tests expiry")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.requests, args.keys = 1, 20000, 100000

    java_home = os.path.dirname(os.path.dirname(os.path.realpath(args.java)))
    if args.control:
        print("control run: a second redis-server in Cinnabar's place (ratios are control / redis; "
              "no memory phases)")
    else:
        version = subprocess.run([args.java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
        print(f"JDK: {version} ({args.java}) opts: {args.jvm_opts}")
    print(f"redis: {subprocess.run(['redis-server', '--version'], capture_output=True, text=True).stdout.strip()}")
    print(f"machine: {os.cpu_count()} cores; rounds={args.rounds} requests={args.requests}\n")

    gc_log = tempfile.mktemp(prefix="cinnabar-gc-", suffix=".log")
    redis = start_redis()
    if args.control:
        cinnabar = start_redis("control")
    else:
        cinnabar = start_cinnabar(args.java, args.jvm_opts, gc_log, args.cinnabar_args)
    workloads = [
        ("set,get,incr,mset", 50, 1, 16),
        ("set,get,incr,mset", 50, 16, 16),
        ("set,get", 50, 1, 1024),
        ("set,get", 50, 16, 1024),
        ("set,get", 1000, 1, 16),
        ("lpush,rpush,lpop,rpop,sadd,hset,spop,zadd,zpopmin,lrange_100,lrange_600", 50, 1, 16),
        ("lpush,rpush,lpop,rpop,sadd,hset,spop,zadd,zpopmin", 50, 16, 16),
    ]
    # Memory per key compares used_memory with a JVM's live heap: nothing to learn from it in a control run.
    phases = {"expiry": True, "memory": not args.control}
    if args.tests:
        wanted = args.tests.lower().split(",")
        phases = {phase: on and phase in wanted for phase, on in phases.items()}
        workloads = [(",".join(t for t in wl[0].split(",") if t in wanted),) + wl[1:] for wl in workloads]
        workloads = [wl for wl in workloads if wl[0]]
    results = {}
    try:
        # A JVM compiles its hot paths during the first seconds under load; one unmeasured pass over every
        # workload (given to both servers alike) keeps the JIT's work out of the figures.
        for wl in workloads:
            for server in (redis, cinnabar):
                bench(server, wl, args.requests)
        # The servers take turns test by test, so the two figures of a pair are seconds apart and share
        # the machine's state of the moment; which one goes first alternates by round.
        for rnd in range(args.rounds):
            order = [redis, cinnabar] if rnd % 2 == 0 else [cinnabar, redis]
            for wl in workloads:
                for one in wl[0].split(","):
                    for server in order:
                        for test, figures in bench(server, (one,) + wl[1:], args.requests).items():
                            results.setdefault((wl, test), {}).setdefault(server.name, []).append(figures)

        print_table(results, redis.name, cinnabar.name)

        if phases["expiry"]:
            expiry_phases(redis, cinnabar, args)
        if phases["memory"]:
            memory_phases(redis, cinnabar, java_home, args)

        pauses = gc_pauses(gc_log)
        if pauses:
            print(f"\nGC: {len(pauses)} pauses, max {max(pauses):.2f} ms, "
                  f"over 10 ms: {sum(1 for p in pauses if p > 10)}")
    finally:
        redis.stop()
        cinnabar.stop()


def print_table(results, a_name, b_name):
    if not results:
        return
    print(f"{'workload':<28}{'test':<11}{a_name + ' ops/s':>12}{b_name:>10}{'ratio':>7}{'rounds':>11}"
          f"{'p50 r/c ms':>16}{'p99 r/c ms':>16}{'CPU us/req r/c':>17}{'ratio':>7}")
    for (wl, test), by in results.items():
        r, c = by.get(a_name, []), by.get(b_name, [])
        if not r or not c:
            continue
        ratios = [cf[0] / rf[0] for rf, cf in zip(r, c)]
        ratio = statistics.median(ratios)
        spread = f"{min(ratios):.2f}-{max(ratios):.2f}"
        med = lambda xs, i: statistics.median(x[i] for x in xs)
        label = f"-c {wl[1]} -P {wl[2]} -d {wl[3]}"
        # A short run (--quick) can use less CPU than one clock tick: no ratio then.
        cpu_ratios = [cf[3] / rf[3] for rf, cf in zip(r, c) if rf[3] > 0]
        cpu_ratio = f"{statistics.median(cpu_ratios):.2f}" if cpu_ratios else "-"
        print(f"{label:<28}{test:<11}{med(r, 0):>12.0f}{med(c, 0):>10.0f}{ratio:>7.2f}{spread:>11}"
              f"{med(r, 1):>8.3f}/{med(c, 1):<7.3f}{med(r, 2):>8.3f}/{med(c, 2):<7.3f}"
              f"{med(r, 3):>8.2f}/{med(c, 3):<8.2f}{cpu_ratio:>7}")


def expiry_phases(redis, cinnabar, args):
    print(f"\nExpiry under load: {args.keys} keys with a 1 s TTL loaded during GET -c 50")
    for server in (redis, cinnabar):
        command(server.port, "FLUSHALL")
        emptied, base, during = expiry_under_load(server, args.keys, args.requests)
        print(f"  {server.name:<9} keyspace empty {emptied:+.2f} s after the last deadline; "
              f"GET p99 {base:.3f} ms alone, {during:.3f} ms during expiry ({during / base:.2f}x)")

    print(f"\nExpiry alone: {args.keys} keys loaded with a 5 s TTL, GET -c 50 running across the deadline,"
          f" against the same keys with a 1 h TTL; {args.rounds} rounds, medians")
    pairs_of = {redis.name: [], cinnabar.name: []}
    for rnd in range(args.rounds):
        for server in ([redis, cinnabar] if rnd % 2 == 0 else [cinnabar, redis]):
            pairs_of[server.name].append(expiry_alone(server, args.keys, args.requests))
    for server in (redis, cinnabar):
        pairs = pairs_of[server.name]
        base, during = statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)
        ratios = " ".join(f"{p[1] / p[0]:.2f}" for p in pairs)
        print(f"  {server.name:<9} GET p99 {base:.3f} ms without expiry, {during:.3f} ms across the deadline "
              f"(median ratio {statistics.median(p[1] / p[0] for p in pairs):.2f}x; rounds {ratios})")


def memory_phases(redis, cinnabar, java_home, args):
    print(f"\nMemory: {args.keys} keys, 16-byte values")
    command(redis.port, "FLUSHALL")
    command(cinnabar.port, "FLUSHALL")
    before_r, rss_r0 = info_field(redis.port, "used_memory"), rss_bytes(redis.proc.pid)
    before_c, rss_c0 = java_heap_used(java_home, cinnabar.proc.pid), rss_bytes(cinnabar.proc.pid)
    load_keys(redis.port, args.keys, 16)
    load_keys(cinnabar.port, args.keys, 16)
    per_r = (info_field(redis.port, "used_memory") - before_r) / args.keys
    per_c = (java_heap_used(java_home, cinnabar.proc.pid) - before_c) / args.keys
    rss_r = (rss_bytes(redis.proc.pid) - rss_r0) / args.keys
    rss_c = (rss_bytes(cinnabar.proc.pid) - rss_c0) / args.keys
    print(f"  bytes/key  redis used_memory {per_r:.1f}  cinnabar live heap {per_c:.1f}  ratio {per_c / per_r:.2f}")
    print(f"  RSS growth redis {rss_r:.1f}  cinnabar {rss_c:.1f} bytes/key")

    print(f"\nMemory: one collection of {args.keys} elements (\"element:N\"; hash values of 16 bytes)")
    for kind, request in COLLECTIONS.items():
        command(redis.port, "FLUSHALL")
        command(cinnabar.port, "FLUSHALL")
        before_r = info_field(redis.port, "used_memory")
        before_c = java_heap_used(java_home, cinnabar.proc.pid)
        pipeline(redis.port, args.keys, request)
        pipeline(cinnabar.port, args.keys, request)
        per_r = (info_field(redis.port, "used_memory") - before_r) / args.keys
        per_c = (java_heap_used(java_home, cinnabar.proc.pid) - before_c) / args.keys
        print(f"  {kind:<5} bytes/element  redis {per_r:.1f}  cinnabar {per_c:.1f}  ratio {per_c / per_r:.2f}")


if __name__ == "__main__":
    sys.exit(main())
