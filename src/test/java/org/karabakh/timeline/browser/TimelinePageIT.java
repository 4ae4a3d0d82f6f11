package org.karabakh.timeline.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.karabakh.timeline.Fixture;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The timeline page at {@code /}, as a person uses it in headless Chromium, against the packaged app on
 * the fixture seeds. What the page should show is read from the API itself, so these tests check the page
 * against the service rather than against a copy of the fixture's facts.
 */
@QuarkusIntegrationTest
@Tag("browser")
class TimelinePageIT {

    private static final Path AXE = Path.of("src/test/axe/node_modules/axe-core/axe.min.js");
    private static final int DESKTOP = 1280;
    private static final int PHONE = 390;
    private static final String YEAR_EVENT = "nkao-established-1923";
    private static final String SPAN_EVENT = "war-1992-1994";
    private static final String DAY_EVENT = "trilateral-statement-2020-11-09";
    private static final String OPEN_EVENT = "hajiyev-atlantic-council-remarks";
    private static final String INFERRED_EVENT = "ayvazyan-lavrov-briefing-2021-05-06";

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        viewport(DESKTOP, 900);
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    // What the page shows

    @Test
    void shouldShowEveryEventInTheApisChronologicalOrder() {
        open("/");

        assertThat(shownEvents()).hasSize(Fixture.EVENTS).isEqualTo(apiEvents(""));
        assertThat(text("#count")).isEqualTo("All " + Fixture.EVENTS + " events.");
        viewport(DESKTOP, pageHeight());
        Browser.screenshot(driver, "timeline-page-desktop");
    }

    @Test
    void shouldShowTheErasAsBandsWithTheirEventCounts() {
        open("/");

        assertThat(driver.findElements(By.cssSelector("#axis .band"))).hasSize(Fixture.ERAS);
        List<String> legend = driver.findElements(By.cssSelector("#eras li")).stream().map(WebElement::getText).toList();
        assertThat(legend).hasSize(Fixture.ERAS);
        assertThat(legend.get(0)).isEqualTo("Soviet autonomy 1923–1988 · 1 event shown");
        assertThat(legend.get(2)).isEqualTo("The 2020 war and its aftermath September 2020 – September 2023 · 4 events shown");
    }

    @Test
    void shouldDrawAYearAsItsYearAndASpanAsItsSpan() {
        open("/");

        double year = extent(YEAR_EVENT).getWidth();
        assertThat(extent(SPAN_EVENT).getWidth() / year).as("1992–1994 against 1923").isCloseTo(3.0, within(0.1));
        assertThat((double) extent(DAY_EVENT).getWidth()).as("a day against a year").isLessThan(year / 5);
        assertThat(precision(YEAR_EVENT)).isEqualTo("Precision: year");
        assertThat(precision(SPAN_EVENT)).isEqualTo("Precision: span");
        assertThat(precision(DAY_EVENT)).isEqualTo("Precision: day");
    }

    @Test
    void shouldDrawAnAfterDateAsOpenEnded() {
        open("/");

        Rectangle extent = extent(OPEN_EVENT);
        Rectangle track = row(OPEN_EVENT).findElement(By.cssSelector(".track")).getRect();
        assertThat(extent.getX() + extent.getWidth()).as("runs to the end of the axis")
                .isCloseTo(track.getX() + track.getWidth(), within(1));
        assertThat(row(OPEN_EVENT).findElement(By.cssSelector(".extent")).getAttribute("class")).contains("open");
        assertThat(precision(OPEN_EVENT)).isEqualTo("Precision: open-ended →");
    }

    @Test
    void shouldRevealTheReasoningOfAnInferredDateOnDemand() {
        open("/");
        WebElement inferred = row(INFERRED_EVENT).findElement(By.cssSelector("details.inferred"));
        WebElement note = inferred.findElement(By.tagName("p"));
        assertThat(note.isDisplayed()).isFalse();

        inferred.findElement(By.tagName("summary")).click();

        assertThat(note.isDisplayed()).isTrue();
        assertThat(note.getText()).isEqualTo(apiEvent(INFERRED_EVENT).getString("date.note"));
        assertThat(row(YEAR_EVENT).findElements(By.cssSelector("details.inferred"))).as("a stated date").isEmpty();
    }

    // Filters and the URL

    @Test
    void shouldPutTheFiltersInTheUrlAndShowTheMatchingEvents() {
        open("/");

        new Select(driver.findElement(By.name("type"))).selectByValue("statement");
        waitUntilShown();
        driver.findElement(By.name("from")).sendKeys("2021", Keys.ENTER);
        waitUntilShown();

        assertThat(URI.create(driver.getCurrentUrl()).getQuery()).isEqualTo("type=statement&from=2021");
        assertThat(shownEvents()).isNotEmpty().isEqualTo(apiEvents("type=statement&from=2021"));
        assertThat(text("#count")).isEqualTo(apiEvents("type=statement&from=2021").size() + " of " + Fixture.EVENTS
                + " events match the filters.");
    }

    @Test
    void shouldShowTheSameViewAfterAReload() {
        open("/?actor=armenia&q=Karabakh&to=2021");
        List<String> events = shownEvents();

        driver.navigate().refresh();
        waitUntilShown();

        assertThat(shownEvents()).isNotEmpty().isEqualTo(events).isEqualTo(apiEvents("actor=armenia&q=Karabakh&to=2021"));
        assertThat(driver.findElement(By.name("actor")).getAttribute("value")).isEqualTo("armenia");
        assertThat(driver.findElement(By.name("q")).getAttribute("value")).isEqualTo("Karabakh");
        assertThat(driver.findElement(By.name("to")).getAttribute("value")).isEqualTo("2021");
    }

    @Test
    void shouldGoBackToThePreviousFilters() {
        open("/");
        new Select(driver.findElement(By.name("era"))).selectByValue("september-2023-offensive");
        waitUntilShown();

        driver.navigate().back();
        waitUntilShown();

        assertThat(shownEvents()).isEqualTo(apiEvents(""));
        assertThat(driver.findElement(By.name("era")).getAttribute("value")).isEmpty();
    }

    @Test
    void shouldLinkTheSwaggerUiAndTheExportsOfTheCurrentFilter() {
        open("/?type=statement");

        assertThat(href("API documentation (Swagger UI)")).endsWith("/q/swagger-ui/");
        Map<String, String> exports = Map.of(
                "TimelineJS", "/api/v1/export/timelinejs?type=statement",
                "CSV", "/api/v1/events?type=statement&format=csv",
                "iCalendar", "/api/v1/events?type=statement&format=ics",
                "GeoJSON", "/api/v1/events?type=statement&format=geojson");
        exports.forEach((name, path) -> {
            assertThat(href(name)).as(name).isEqualTo(page(path));
            given().get(path).then().statusCode(200);
        });
    }

    // An event and its citations

    @Test
    void shouldOpenAnEventWithItsActorsPlacesFiguresAndCitations() {
        open("/");

        row(SPAN_EVENT).findElement(By.cssSelector("button.open")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#event-dialog[open]")));

        JsonPath event = apiEvent(SPAN_EVENT);
        assertThat(text("#event-title")).isEqualTo(event.getString("title"));
        assertThat(texts(dialog, "#event-body h3 + ul li")).contains(
                "Azerbaijan — belligerent (state)", "Nagorno-Karabakh (39.8153, 46.7519)", "deaths: up to 30,000 people");
        assertThat(dialog.findElements(By.cssSelector(".citations > li blockquote")).stream().map(WebElement::getText))
                .containsExactlyElementsOf(event.getList("citations.quote"));
        assertThat(URI.create(driver.getCurrentUrl()).getQuery()).isEqualTo("event=" + SPAN_EVENT);
        Browser.screenshot(driver, "timeline-page-event");
    }

    @Test
    void shouldOpenAnEventAndCloseItAgainWithTheKeyboard() {
        open("/");
        WebElement button = row(DAY_EVENT).findElement(By.cssSelector("button.open"));

        button.sendKeys(Keys.ENTER);
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#event-dialog[open]")));
        assertThat(isInside(driver.switchTo().activeElement(), dialog)).as("focus moves into the dialog").isTrue();

        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        assertThat(driver.switchTo().activeElement()).as("focus returns to the event").isEqualTo(button);
    }

    @Test
    void shouldHighlightTheQuoteInItsArticleWhenACitationIsOpened() {
        open("/?event=" + DAY_EVENT);
        JsonPath event = apiEvent(DAY_EVENT);
        int sputnik = event.getList("citations.sourceId").indexOf("sputnik-putin-peacekeepers");
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#event-dialog[open]")));

        dialog.findElements(By.cssSelector(".citations > li button.in-article")).get(sputnik).click();
        WebElement article = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-dialog[open]")));
        WebElement mark = article.findElement(By.cssSelector("#article-text mark"));

        assertThat(mark.getAttribute("textContent"))
                .isEqualTo(event.getString("citations[" + sputnik + "].anchor.quote.exact"));
        Rectangle shown = article.getRect();
        Rectangle quote = mark.getRect();
        assertThat(quote.getY()).as("scrolled into view").isBetween(shown.getY(), shown.getY() + shown.getHeight());
        assertThat(text("#article-title")).isEqualTo(given().get("/api/v1/sources/sputnik-putin-peacekeepers").path("title"));
        Browser.screenshot(driver, "timeline-page-article");
    }

    /**
     * The position counts code points and JavaScript strings count UTF-16 units: past a character outside
     * the Basic Multilingual Plane the two differ. The quote occurs twice, so only the position tells which.
     */
    @Test
    void shouldLocateAQuoteByCodePointsPastCharactersOutsideTheBasicPlane() {
        open("/");

        String located = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/api.js').then(api => done(JSON.stringify(api.locateQuote('😀 ceasefire, then 😀 ceasefire.',
                  { position: { start: 20, end: 29 }, quote: { exact: 'ceasefire' } }))));
                """);

        assertThat(JsonPath.from(located).getString("before")).isEqualTo("😀 ceasefire, then 😀 ");
        assertThat(JsonPath.from(located).getString("quote")).isEqualTo("ceasefire");
        assertThat(JsonPath.from(located).getString("after")).isEqualTo(".");
    }

    @Test
    void shouldMarkTheEventsWhoseSourcesDisagreeAtAGlance() {
        open("/");

        List<String> disagreeing = apiEvents("sourcesDisagree=true");
        assertThat(disagreeing).as("the fixture has a disagreement").isNotEmpty();
        List<String> flagged = driver.findElements(By.cssSelector("#events > li")).stream()
                .filter(row -> !row.findElements(By.cssSelector(".flag.disagree")).isEmpty())
                .map(row -> row.getAttribute("id").substring("event-".length())).toList();
        assertThat(flagged).isEqualTo(disagreeing);
        assertThat(row(disagreeing.get(0)).findElement(By.cssSelector(".flag.disagree")).getText())
                .isEqualTo("⚠ Sources disagree on the date");
    }

    @Test
    void shouldShowWhichCitationDisagreesWithTheDate() {
        String id = apiEvents("sourcesDisagree=true").get(0);
        open("/?event=" + id);
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#event-dialog[open]")));

        List<Map<String, Object>> citations = apiEvent(id).getList("citations");
        List<String> stated = dialog.findElements(By.cssSelector(".citations > li")).stream()
                .map(li -> li.findElements(By.cssSelector(".stated")).stream().map(WebElement::getText).findFirst().orElse(""))
                .toList();
        String banner = dialog.findElement(By.cssSelector("#event-body .flag.disagree")).getText();
        for (int i = 0; i < citations.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> statedDate = (Map<String, Object>) citations.get(i).get("statedDate");
            if (statedDate == null) {
                assertThat(stated.get(i)).as("citation %d states no date", i).isEmpty();
            } else {
                boolean agrees = Boolean.TRUE.equals(statedDate.get("agrees"));
                assertThat(stated.get(i)).as("citation %d", i)
                        .startsWith(agrees ? "✓ Agrees" : "⚠ Disagrees")
                        .contains("“" + statedDate.get("phrase") + "”");
                if (!agrees) {
                    assertThat(banner).as("the event's disagreement names it").contains("“" + statedDate.get("phrase") + "”");
                }
            }
        }
        assertThat(stated).anyMatch(text -> text.startsWith("⚠ Disagrees"));
    }

    @Test
    void shouldFilterTheEventsWhoseSourcesDisagree() {
        open("/");

        driver.findElement(By.name("sourcesDisagree")).click();
        waitUntilShown();

        assertThat(URI.create(driver.getCurrentUrl()).getQuery()).isEqualTo("sourcesDisagree=true");
        assertThat(shownEvents()).isNotEmpty().hasSizeLessThan(Fixture.EVENTS).isEqualTo(apiEvents("sourcesDisagree=true"));
    }

    // Bad input and HTTP caching

    @ParameterizedTest
    @ValueSource(strings = {"actor=nobody", "from=2020-13", "type=bogus"})
    void shouldShowTheApisProblemForABadFilterUrl(String query) {
        open("/?" + query);

        JsonPath problem = given().get("/api/v1/events?" + query).then().statusCode(400).extract().jsonPath();
        WebElement alert = driver.findElement(By.id("problem"));
        assertThat(alert.isDisplayed()).isTrue();
        assertThat(alert.getAttribute("role")).isEqualTo("alert");
        assertThat(alert.getText()).isEqualTo("Bad Request (400): " + problem.getString("detail"));
        assertThat(driver.findElement(By.name(problem.getString("parameter"))).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(shownEvents()).isEmpty();
        assertThat(scriptErrors()).isEmpty();
        if (query.startsWith("actor")) {
            Browser.screenshot(driver, "timeline-page-problem");
        }
    }

    @Test
    void shouldShowEveryEventAgainWhenTheApiAnswers304() {
        open("/");
        apiStatuses(); // the first load's answers: 200s

        open("/");

        assertThat(apiStatuses()).as("the browser revalidated what it kept").isNotEmpty().containsOnly(304);
        assertThat(shownEvents()).isEqualTo(apiEvents(""));
        assertThat(scriptErrors()).isEmpty();
    }

    // Accessibility and small screens

    @ParameterizedTest
    @CsvSource({"/, 1280", "/, 390", "/?event=" + DAY_EVENT + ", 1280", "/?type=bogus, 1280"})
    void shouldHaveNoSeriousOrCriticalAccessibilityViolations(String path, int width) {
        viewport(width, 900);
        open(path);

        assertThat(seriousViolations()).isEmpty();
    }

    @Test
    void shouldHaveNoSeriousOrCriticalAccessibilityViolationsInAnArticle() {
        open("/?event=" + DAY_EVENT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#event-dialog[open]")))
                .findElement(By.cssSelector("button.in-article")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-dialog[open]")));

        assertThat(seriousViolations()).isEmpty();
    }

    @Test
    void shouldFitAPhoneWidthScreenWithoutScrollingSideways() {
        viewport(PHONE, 900);
        open("/");

        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(PHONE);
        assertThat(shownEvents()).hasSize(Fixture.EVENTS);
        viewport(PHONE, pageHeight());
        Browser.screenshot(driver, "timeline-page-phone");
    }

    // Helpers

    private void open(String path) {
        driver.get(page(path));
        waitUntilShown();
    }

    /** The page has loaded what its URL asks for: the list is not busy and the count is written. */
    private void waitUntilShown() {
        wait.until(d -> Boolean.TRUE.equals(js(
                "return !document.getElementById('events').hasAttribute('aria-busy')"
                        + " && document.getElementById('count').textContent !== ''")));
    }

    private static String page(String path) {
        return "http://localhost:" + RestAssured.port + path;
    }

    private List<String> shownEvents() {
        return driver.findElements(By.cssSelector("#events > li")).stream()
                .map(row -> row.getAttribute("id").substring("event-".length())).toList();
    }

    private static List<String> apiEvents(String query) {
        return given().get("/api/v1/events?size=100&" + query).then().statusCode(200).extract().path("items.id");
    }

    private static JsonPath apiEvent(String id) {
        return given().get("/api/v1/events/" + id).then().statusCode(200).extract().jsonPath();
    }

    private WebElement row(String id) {
        return driver.findElement(By.id("event-" + id));
    }

    private Rectangle extent(String id) {
        return row(id).findElement(By.cssSelector(".extent")).getRect();
    }

    private String precision(String id) {
        return row(id).findElement(By.cssSelector(".precision")).getAttribute("textContent");
    }

    private String text(String selector) {
        return driver.findElement(By.cssSelector(selector)).getText();
    }

    private static List<String> texts(WebElement within, String selector) {
        return within.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private String href(String linkText) {
        return driver.findElement(By.linkText(linkText)).getAttribute("href");
    }

    private boolean isInside(WebElement element, WebElement container) {
        return Boolean.TRUE.equals(js("return arguments[1].contains(arguments[0])", element, container));
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Sets the size of the page's viewport (the window's inner size), whatever the browser's frame takes. */
    private void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        int innerWidth = ((Number) js("return window.innerWidth")).intValue();
        int innerHeight = ((Number) js("return window.innerHeight")).intValue();
        driver.manage().window().setSize(new Dimension(2 * width - innerWidth, 2 * height - innerHeight));
    }

    private int pageHeight() {
        return ((Number) js("return document.documentElement.scrollHeight")).intValue();
    }

    /** Console errors from scripts; the browser's own network line for a 4xx answer is not one. */
    private List<String> scriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource: the server responded with a status of 4"))
                .toList();
    }

    /**
     * The HTTP statuses of the API answers the browser received since the last call, as they came over the
     * wire: Network.responseReceived reports a revalidated answer with the status of the kept one (200), the
     * ExtraInfo event with the server's own (304).
     */
    private List<Integer> apiStatuses() {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> urls = new HashMap<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = json.readTree(entry.getMessage()).path("message");
                JsonNode params = message.path("params");
                switch (message.path("method").asText()) {
                    case "Network.requestWillBeSent" -> urls.put(params.path("requestId").asText(),
                            params.path("request").path("url").asText());
                    case "Network.responseReceivedExtraInfo" -> statuses.put(params.path("requestId").asText(),
                            params.path("statusCode").asInt());
                    default -> { }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return statuses.entrySet().stream()
                .filter(status -> urls.getOrDefault(status.getKey(), "").contains("/api/v1/"))
                .map(Map.Entry::getValue).toList();
    }

    /** Runs axe-core (from npm, see src/test/axe) in the page; the ids and targets of serious and critical violations. */
    private List<String> seriousViolations() {
        assertThat(AXE).as("axe-core from npm (the browser profile runs npm ci)").exists();
        try {
            js(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String violations = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(results => done(JSON.stringify(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`))))
                  .catch(error => done(JSON.stringify(['axe failed: ' + error])));
                """);
        return JsonPath.from(violations).getList("$");
    }
}
