#!/usr/bin/env bash
# Smoke test: redis-benchmark against the packaged jar on a free port. Fails if the server does not start,
# if any command errors, or if a test does not finish. Not a performance gate: the numbers are printed only.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls target/cinnabar-*.jar 2>/dev/null | grep -v -- '-plain\|\.original' | head -n 1 || true)
if [[ -z "$jar" ]]; then
  echo "bench/smoke.sh: no jar in target/; run ./mvnw package first" >&2
  exit 1
fi

log=$(mktemp)
# The port comes from the environment, as a container would set it (REDIS_PORT binds to redis.port).
# Port 0 for the management side too, so a busy 8080 cannot stop the smoke run.
REDIS_PORT=0 java -jar "$jar" --server.port=0 >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT

port=""
for _ in $(seq 300); do
  port=$(sed -n 's/.*ready to accept connections on [^ ]*:\([0-9][0-9]*\).*/\1/p' "$log" | head -n 1)
  [[ -n "$port" ]] && break
  if ! kill -0 "$pid" 2>/dev/null; then
    cat "$log" >&2
    echo "bench/smoke.sh: the server exited during start-up" >&2
    exit 1
  fi
  sleep 0.2
done
if [[ -z "$port" ]]; then
  cat "$log" >&2
  echo "bench/smoke.sh: the server did not report a port within 60 s" >&2
  exit 1
fi

status=0
for pipeline in 1 16; do
  echo "redis-benchmark -n ${SMOKE_REQUESTS:-200000} -c 50 -P $pipeline"
  # redis-benchmark stops at the first error reply; keep its output to say which.
  out=$(timeout 300 redis-benchmark -p "$port" -t ping,set,get,incr,mset,lpush,rpush,lpop,rpop,sadd,hset,spop,zadd,zpopmin,lrange_100 \
          -n "${SMOKE_REQUESTS:-200000}" -c 50 -r 100000 -P "$pipeline" -q 2>&1 | tr '\r' '\n') || status=1
  grep 'requests per second' <<<"$out" || true
  for test in PING_INLINE PING_MBULK SET GET INCR 'MSET (10 keys)' LPUSH RPUSH LPOP RPOP SADD HSET SPOP ZADD ZPOPMIN \
              'LRANGE_100 (first 100 elements)'; do
    if ! grep -q "^$test: .*requests per second" <<<"$out"; then
      echo "bench/smoke.sh: no result for $test with -P $pipeline" >&2
      status=1
    fi
  done
  if grep -qi 'error' <<<"$out"; then
    grep -i 'error' <<<"$out" | sort | uniq -c >&2
    status=1
  fi
done
exit "$status"
