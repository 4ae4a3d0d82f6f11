package org.karabakh.timeline.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.karabakh.timeline.support.PackagedApp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;

/**
 * What the HTTP layer (Vert.x, before any JAX-RS code) answers, against the packaged jar: requests
 * it rejects, request limits, CORS headers and connection timeouts. Requests an HTTP client will not
 * send go over a raw socket ({@link RawHttp}). The service runs with a two-second idle timeout so
 * that closing an idle connection can be observed quickly; production uses 30 s.
 */
@QuarkusIntegrationTest
@TestProfile(HttpLayerIT.ShortIdleTimeout.class)
class HttpLayerIT {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(2);

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", IDLE_TIMEOUT.toSeconds() + "s");
        }
    }

    // Host header

    @Test
    void shouldAnswerAProblemForAMalformedHostHeader() throws IOException {
        RawHttp.Response response = RawHttp.exchange(RestAssured.port,
                "GET /api/v1/meta HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n");
        assertProblem(response, 400, "/api/v1/meta");
        assertThat(JsonPath.from(response.body()).getString("detail")).contains("Host");
    }

    @Test
    void shouldAnswerAProblemForTwoHostHeaders() throws IOException {
        RawHttp.Response response = RawHttp.exchange(RestAssured.port,
                "GET /api/v1/meta HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\nConnection: close\r\n\r\n");
        assertProblem(response, 400, "/api/v1/meta");
        assertThat(JsonPath.from(response.body()).getString("detail")).contains("Host");
    }

    @Test
    void shouldNotLogClientMistakesAsErrors() throws IOException, InterruptedException {
        Path log = Path.of("target", "quarkus.log"); // where @QuarkusIntegrationTest sends the app's log
        long before = Files.size(log);
        RawHttp.exchange(RestAssured.port, "GET /api/v1/meta HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n");
        RawHttp.exchange(RestAssured.port, "GET /api/v1/meta HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n");
        get("/api/v1/events?q=%zz");
        given().get("/api/v2");
        Thread.sleep(500); // the log line, if any, is written after the answer
        byte[] all = Files.readAllBytes(log);
        String written = new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
        assertThat(written).doesNotContain(" ERROR ");
    }

    // Malformed URLs and paths nothing serves

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/v1/events?q=%zz            | /api/v1/events      | q    | '%zz' at character 18",
        "/api/v1/events?size=2&q=ab%     | /api/v1/events      | q    | '%' at character 27",
        "/api/v1/events?q%zz=1           | /api/v1/events      |      | '%zz' at character 17",
        "/api/v1/events/%zz              | /api/v1/events/%25zz|      | '%zz' at character 16",
    })
    void shouldAnswerAProblemNamingAMalformedPercentEscape(String target, String instance, String parameter,
            String named) throws IOException {
        RawHttp.Response response = get(target);

        assertProblem(response, 400, instance);
        JsonPath body = JsonPath.from(response.body());
        assertThat(body.getString("parameter")).isEqualTo(parameter);
        assertThat(body.getString("detail")).contains(named).contains("%25");
    }

    /** Browsers leave these unencoded in a query (WHATWG URL); they are characters like any other. */
    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/events?q=a|b", "/api/v1/events?q=[x]", "/api/v1/events?q=x^y" })
    void shouldAcceptCharactersBrowsersSendUnencodedInAQuery(String target) throws IOException {
        assertThat(get(target).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerAProblemForARequestTargetThatIsNotAPath() throws IOException {
        assertProblem(get("*"), 404, "*");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v2", "/API/V1/EVENTS", "/api", "/api/v1x" })
    void shouldAnswerAProblemForAPathUnderApiThatNothingServes(String path) {
        problem(given().get(path), 404)
                .body("instance", equalTo(path))
                .body("detail", containsString(path));
    }

    // Request limits, as stated in the contract

    @ParameterizedTest
    @ValueSource(strings = { "GET", "POST" })
    void shouldAnswerAProblemForABodyOverTheLimit(String method) throws IOException {
        RawHttp.Response response = RawHttp.exchange(RestAssured.port, method + " /api/v1/events HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: application/json\r\nContent-Length: 20971520\r\n\r\n{\"a\":");
        assertProblem(response, 413, "/api/v1/events");
        assertThat(JsonPath.from(response.body()).getString("detail")).contains("65536 bytes");
    }

    @Test
    void shouldServeARequestLineOfExactlyTheLimit() throws IOException {
        assertThat(RawHttp.exchange(RestAssured.port, requestLineOf(4096) + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .status()).isNotEqualTo(414);
    }

    @Test
    void shouldAnswerAProblemForARequestLineOverTheLimit() throws IOException {
        RawHttp.Response response = RawHttp.exchange(RestAssured.port,
                requestLineOf(4097) + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertProblem(response, 414, "/api/v1/meta");
        assertThat(JsonPath.from(response.body()).getString("detail")).contains("4097 bytes", "limit of 4096 bytes");
    }

    @Test
    void shouldLeaveOnlyARequestLineBeyondTheCodecsCeilingToTheCodec() throws IOException {
        assertThat(RawHttp.exchange(RestAssured.port, requestLineOf(70_000) + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .status()).isEqualTo(414);
    }

    @Test
    void shouldServeHeadersJustUnderTheLimit() throws IOException {
        assertThat(RawHttp.exchange(RestAssured.port, requestWithHeaderPadding(15 * 1024)).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerAProblemForHeadersOverTheLimit() throws IOException {
        RawHttp.Response response = RawHttp.exchange(RestAssured.port, requestWithHeaderPadding(17 * 1024));

        assertProblem(response, 431, "/api/v1/meta");
        assertThat(JsonPath.from(response.body()).getString("detail")).contains("limit of 16384 bytes");
    }

    @Test
    void shouldStateTheRequestLimitsInTheContract() {
        String description = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getString("info.description");
        assertThat(description).contains("4096 bytes", "16 KB", "64 KB", "30 s", "percent-escape");
    }

    // CORS: public data, no credentials, one answer for every origin

    @ParameterizedTest
    @ValueSource(strings = { "https://a.example", "null" })
    void shouldAllowEveryOriginWithAWildcardInsteadOfEchoingIt(String origin) {
        given().header("Origin", origin).get("/api/v1/meta").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void shouldSendTheSameCorsHeadersToARequestWithoutOrigin() {
        given().get("/api/v1/events").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Expose-Headers", equalTo("Link,ETag,X-Dataset-Version,X-Total-Count"));
    }

    @Test
    void shouldAnswerAPreflightForAGetFromAnyOrigin() {
        given().header("Origin", "https://a.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/api/v1/events")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", equalToIgnoringCase("if-none-match"))
                .header("Access-Control-Max-Age", equalTo("86400"));
    }

    @Test
    void shouldVaryByOriginWhenTheOperatorListsTheAllowedOrigins() throws Exception {
        try (PackagedApp app = PackagedApp.start(Map.of("quarkus.http.cors.origins", "https://a.example"))) {
            Response withOrigin = given().baseUri(app.baseUri())
                    .header("Origin", "https://a.example").get("/api/v1/meta");
            Response withoutOrigin = given().baseUri(app.baseUri()).get("/api/v1/meta");

            assertThat(withOrigin.header("Access-Control-Allow-Origin")).isEqualTo("https://a.example");
            assertThat(String.join(",", withOrigin.headers().getValues("Vary"))).contains("Origin");
            assertThat(String.join(",", withoutOrigin.headers().getValues("Vary"))).contains("Origin");
        }
    }

    @Test
    void shouldListOptionsAmongTheAllowedMethods() {
        given().delete("/api/v1/events").then().statusCode(405)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    // Connections

    @Test
    void shouldCloseAConnectionThatSendsHalfAHeader() throws IOException {
        try (RawHttp http = RawHttp.connect(RestAssured.port)) {
            http.send("GET /api/v1/meta HTTP/1.1\r\nHost: localhost\r\nX-Half: abc");
            assertThat(http.awaitClose()).isLessThan(IDLE_TIMEOUT.multipliedBy(3));
        }
    }

    @Test
    void shouldCloseAConnectionThatTricklesItsHeaderOneByteAtATime() throws IOException {
        try (RawHttp http = RawHttp.connect(RestAssured.port)) {
            http.send("GET /api/v1/meta HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");
            assertThat(http.trickleUntilClosed(IDLE_TIMEOUT.dividedBy(4))).isLessThan(IDLE_TIMEOUT.multipliedBy(3));
        }
    }

    @Test
    void shouldCloseAConnectionThatSendsNothing() throws IOException {
        try (RawHttp http = RawHttp.connect(RestAssured.port)) {
            assertThat(http.awaitClose()).isLessThan(IDLE_TIMEOUT.multipliedBy(3));
        }
    }

    @Test
    void shouldKeepServingAKeepAliveConnectionThatSendsRequests() throws IOException, InterruptedException {
        try (RawHttp http = RawHttp.connect(RestAssured.port)) {
            for (int i = 0; i < 3; i++) {
                http.send("GET /api/v1/meta HTTP/1.1\r\nHost: localhost\r\n\r\n");
                assertThat(http.read().status()).isEqualTo(200);
                Thread.sleep(IDLE_TIMEOUT.toMillis() / 2);
            }
        }
    }

    private static RawHttp.Response get(String target) throws IOException {
        return RawHttp.exchange(RestAssured.port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    private static String requestLineOf(int length) {
        String start = "GET /api/v1/meta?x=";
        String end = " HTTP/1.1";
        return start + "a".repeat(length - start.length() - end.length()) + end;
    }

    private static String requestWithHeaderPadding(int bytes) {
        return "GET /api/v1/meta HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Pad: " + "a".repeat(bytes) + "\r\n\r\n";
    }

    private static ValidatableResponse problem(Response response, int status) {
        return response.then().statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("about:blank"))
                .body("status", equalTo(status));
    }

    private static void assertProblem(RawHttp.Response response, int status, String instance) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        JsonPath body = JsonPath.from(response.body());
        assertThat(body.getString("type")).isEqualTo("about:blank");
        assertThat(body.getInt("status")).isEqualTo(status);
        assertThat(body.getString("title")).isNotBlank();
        assertThat(body.getString("instance")).isEqualTo(instance);
    }
}
