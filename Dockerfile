# Multi-stage build of the conflict timeline API: build with the Maven wrapper on a JDK 17 image,
# run the packaged Quarkus app on a JRE 17 image as a non-root user. Tests run in CI (.ci/run),
# not here.
#   docker build -t conflict-timeline .
#   docker run --rm -p 8080:8080 conflict-timeline

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY seeds/ seeds/
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 1001 timeline \
    && useradd --system --uid 1001 --gid timeline --no-create-home --shell /usr/sbin/nologin timeline
WORKDIR /app
COPY --from=build --chown=timeline:timeline /build/target/quarkus-app/ /app/
USER timeline
EXPOSE 8080
# JVM options go in JAVA_TOOL_OPTIONS; Quarkus settings in environment variables such as
# TIMELINE_HTTP_CACHE_MAX_AGE or QUARKUS_HTTP_CORS_ORIGINS.
ENTRYPOINT ["java", "-jar", "/app/quarkus-run.jar"]
