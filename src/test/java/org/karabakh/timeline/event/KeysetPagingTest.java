package org.karabakh.timeline.event;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.Fixture;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** {@code after}: the page that follows an event in the list's order, whatever its position. */
@QuarkusTest
class KeysetPagingTest {

    @Test
    void shouldReturnTheEventsThatFollowTheNamedOne() {
        List<String> all = ids(given().queryParam("size", 100));

        List<String> next = ids(given().queryParam("after", all.get(2)).queryParam("size", 3));

        assertThat(next).containsExactlyElementsOf(all.subList(3, 6));
    }

    @Test
    void shouldFollowTheDescendingOrderToo() {
        List<String> newestFirst = ids(given().queryParam("sort", "-date").queryParam("size", 100));

        assertThat(ids(given().queryParam("sort", "-date").queryParam("after", newestFirst.get(0)).queryParam("size", 100)))
                .containsExactlyElementsOf(newestFirst.subList(1, newestFirst.size()));
    }

    @Test
    void shouldLinkTheNextPageByItsLastEventAndCountTheEventsThatFollow() {
        List<String> all = ids(given().queryParam("size", 100));

        Response page = given().queryParam("after", all.get(0)).queryParam("size", 2).get("/api/v1/events");

        page.then().statusCode(200).body("total", equalTo(Fixture.EVENTS - 1)).body("page", equalTo(0));
        assertThat(page.headers().getValues("Link")).containsExactlyInAnyOrder(
                "</api/v1/events?page=0&size=2>; rel=\"first\"",
                "</api/v1/events?after=" + all.get(2) + "&size=2>; rel=\"next\"");
    }

    @Test
    void shouldOfferNoNextLinkAfterTheLastEvent() {
        List<String> all = ids(given().queryParam("size", 100));

        Response page = given().queryParam("after", all.get(all.size() - 1)).get("/api/v1/events");

        page.then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        assertThat(page.headers().getValues("Link")).noneMatch(link -> link.contains("rel=\"next\""));
    }

    @Test
    void shouldStartAnExportAfterTheNamedEventToo() {
        List<String> all = ids(given().queryParam("size", 100));

        String csv = given().queryParam("after", all.get(all.size() - 2)).queryParam("format", "csv").get("/api/v1/events")
                .then().statusCode(200).header("X-Total-Count", "1").extract().asString();

        assertThat(csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(',')))).containsExactly(all.get(all.size() - 1));
    }

    @Test
    void shouldRejectAnUnknownEvent() {
        given().queryParam("after", "no-such-event").get("/api/v1/events").then().statusCode(400)
                .body("parameter", equalTo("after"))
                .body("detail", org.hamcrest.Matchers.containsString("no-such-event"));
    }

    @Test
    void shouldRejectAfterTogetherWithAPageNumber() {
        List<String> all = ids(given().queryParam("size", 100));

        given().queryParam("after", all.get(0)).queryParam("page", 1).get("/api/v1/events").then().statusCode(400)
                .body("parameter", equalTo("after"));
    }

    private static List<String> ids(io.restassured.specification.RequestSpecification request) {
        return request.get("/api/v1/events").then().statusCode(200).extract().jsonPath().getList("items.id");
    }
}
