# Cinnabar container image.
#   docker build -t cinnabar .
#   docker run -p 6379:6379 -p 8080:8080 cinnabar
# Settings come as environment variables (REDIS_MAXCLIENTS=...), arguments after the image name
# (--redis.databases=32) or an application.yml mounted at /app/config/application.yml.

# --- build: the Maven wrapper on a full JDK; the jar targets Java 17 bytecode ---------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
# Dependencies in their own layer, so a source change does not download them again.
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -ntp -q -DskipTests package \
    && cp target/cinnabar-*.jar /cinnabar.jar

# --- runtime: a JRE only, non-root ----------------------------------------------------------------
FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 cinnabar \
    && useradd --system --uid 10001 --gid cinnabar --home-dir /app --no-create-home --shell /usr/sbin/nologin cinnabar \
    && mkdir -p /app/config /data \
    && chown cinnabar:cinnabar /data
WORKDIR /app
COPY --from=build /cinnabar.jar /app/cinnabar.jar
USER 10001:10001

# Listen on every interface inside the container (the default, 127.0.0.1, is for a developer's machine).
ENV REDIS_BIND=0.0.0.0
# Compact object headers (Java 24+) cut every object by 4 bytes, which a keyspace of small objects feels.
# Transparent huge pages for the heap: a keyspace read at random misses the TLB far less often.
# Allowing sun.misc.Unsafe's memory access lets Netty use its faster buffers (see README, Performance).
# The heap follows the container's memory limit rather than a fixed -Xmx. Extra flags: JAVA_OPTS.
ENV JVM_OPTS="-XX:+UseShenandoahGC -XX:+UseTransparentHugePages -XX:+UseCompactObjectHeaders --sun-misc-unsafe-memory-access=allow -XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=50 -XX:+ExitOnOutOfMemoryError"
ENV JAVA_OPTS=""

# 6379: RESP (clients); 8080: Actuator (health probes, /actuator/prometheus).
EXPOSE 6379 8080
VOLUME ["/data"]
ENTRYPOINT ["sh", "-c", "exec java $JVM_OPTS $JAVA_OPTS -jar /app/cinnabar.jar \"$@\"", "cinnabar"]
