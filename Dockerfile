# Multi-stage build of the conflict timeline API: build with the Maven wrapper on a JDK 17 image,
# run the packaged Quarkus app on a JRE 17 image as a non-root user. Tests run in CI (.ci/run),
# not here.
#   docker build -t conflict-timeline .
#   docker run --rm -p 8080:8080 conflict-timeline

# Build and run on the same JVM build: a class-data archive (AppCDS) only works on the JVM that wrote it.
ARG JAVA_VERSION=17.0.15_6
FROM eclipse-temurin:${JAVA_VERSION}-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY seeds/ seeds/
# The package step also writes an AppCDS archive (app-cds.jsa) of the classes start-up loads.
RUN ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true

FROM eclipse-temurin:${JAVA_VERSION}-jre
RUN groupadd --system --gid 1001 timeline \
    && useradd --system --uid 1001 --gid timeline --no-create-home --shell /usr/sbin/nologin timeline
WORKDIR /app
COPY --from=build --chown=timeline:timeline /build/target/quarkus-app/ /app/
USER timeline
EXPOSE 8080
# Memory for the packaged dataset (see README, Performance): a small heap with the serial collector
# keeps the process near 200 MB resident; the rendered-answer cache is bounded separately
# (TIMELINE_HTTP_RENDERED_CACHE_BYTES). Override with JAVA_TOOL_OPTIONS; Quarkus settings go in
# environment variables such as TIMELINE_HTTP_CACHE_MAX_AGE or QUARKUS_HTTP_CORS_ORIGINS.
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xms32m -Xmx128m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k"
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app-cds.jsa", "-Xshare:auto", "-jar", "/app/quarkus-run.jar"]
