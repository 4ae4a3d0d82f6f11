package org.karabakh.timeline.scale;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.paging.Page;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * What must keep working on a generated dataset larger than the exact-count limit, on either
 * database: everything loads, counts are exact below the limit and flagged above it, filters and
 * word search find what the files hold, and deep pages stay in order.
 */
abstract class ScaleChecks {

    /** Requests to the service under test. */
    abstract RequestSpecification api();

    @Test
    void shouldLoadEveryGeneratedEvent() {
        api().get("/api/v1/meta").then().statusCode(200)
                .body("counts.events", equalTo(GeneratedDataset.EVENTS))
                .body("counts.actors", equalTo(GeneratedDataset.ACTORS));
    }

    @Test
    void shouldSayThatATotalAboveTheCountLimitIsALowerBound() {
        Response answer = api().get("/api/v1/events");

        answer.then().statusCode(200).body("total", equalTo(Page.COUNT_LIMIT)).body("totalExact", equalTo(false))
                .header("X-Total-Count", String.valueOf(Page.COUNT_LIMIT));
        assertThat(answer.headers().getValues("Link")).anyMatch(link -> link.endsWith("rel=\"next\""))
                .noneMatch(link -> link.endsWith("rel=\"last\""));
    }

    @Test
    void shouldCountTheEventsOfOneActorExactly() {
        String actor = GeneratedDataset.actorId(42);

        api().queryParam("actor", actor).queryParam("size", 100).get("/api/v1/events").then().statusCode(200)
                .body("total", equalTo((int) GeneratedDataset.eventsOfActor(actor)))
                .body("totalExact", equalTo(true));
    }

    @Test
    void shouldFindEventsAtAPlaceByItsCyrillicName() {
        GeneratedDataset.NamedPlace place = GeneratedDataset.place(7);

        JsonPath found = api().queryParam("q", place.cyrillicName().toLowerCase(Locale.ROOT)).queryParam("size", 100)
                .get("/api/v1/events").then().statusCode(200).extract().jsonPath();

        List<List<String>> placesOfEachEvent = found.getList("items.places.name");
        assertThat(placesOfEachEvent).isNotEmpty().allSatisfy(names -> assertThat(names).contains(place.name()));
    }

    @Test
    void shouldServeADeepPageInChronologicalOrder() {
        List<String> before = api().queryParam("page", 499).get("/api/v1/events").then().statusCode(200).extract()
                .jsonPath().getList("items.date.earliest");
        List<String> deep = api().queryParam("page", 500).get("/api/v1/events").then().statusCode(200).extract()
                .jsonPath().getList("items.date.earliest");

        assertThat(deep).hasSize(20).isSorted();
        assertThat(deep.get(0)).isGreaterThanOrEqualTo(before.get(before.size() - 1));
    }
}
