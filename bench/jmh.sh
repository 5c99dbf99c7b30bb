#!/usr/bin/env bash
# Runs the JMH microbenchmarks of src/test/java/dev/cinnabar/jmh. Arguments go to JMH, e.g.
#   bench/jmh.sh -f 1 -wi 3 -i 5 Codec        (a benchmark name pattern, forks, iterations)
# The default is one fork of 3 warm-up and 5 measured one-second iterations of every benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -DskipTests test-compile
classpath_file=target/jmh-classpath.txt
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >/dev/null
java=${JAVA:-java}
args=("$@")
if [ ${#args[@]} -eq 0 ]; then
    args=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
fi
exec "$java" -cp "target/test-classes:target/classes:$(cat "$classpath_file")" org.openjdk.jmh.Main "${args[@]}"
