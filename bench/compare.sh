#!/usr/bin/env bash
# Builds the jar and runs the side-by-side benchmark on JDK 17 and on JDK 25 with compact headers and
# sun.misc.Unsafe's memory access allowed (as the container image runs it).
# Extra arguments go to compare.py (e.g. --quick, --rounds 5).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -DskipTests package
python3 bench/compare.py --java "$(command -v java)" "$@"
JDK25=/usr/lib/jvm/temurin-25-jdk-amd64
if [ -x "$JDK25/bin/java" ]; then
  echo
  python3 bench/compare.py --java "$JDK25/bin/java" \
    --jvm-opts "-Xms4g -Xmx4g -XX:+AlwaysPreTouch -XX:+UseTransparentHugePages -XX:+UseShenandoahGC -XX:+UseCompactObjectHeaders --sun-misc-unsafe-memory-access=allow" "$@"
fi
