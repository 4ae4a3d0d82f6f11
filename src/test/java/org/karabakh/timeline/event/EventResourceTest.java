package org.karabakh.timeline.event;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.Fixture;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * GET /api/v1/events and /api/v1/events/{id}: the envelope, the event shape and every filter, on the
 * fixture seeds (src/test/resources/fixture-seeds/README.md lists its events, dates and per-year counts).
 */
@QuarkusTest
public class EventResourceTest {

    @Test
    void shouldListTheFirstPageInAnEnvelopeOfTwentyByDefault() {
        given().when().get("/api/v1/events")
                .then().statusCode(200)
                .contentType("application/json")
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("total", equalTo(Fixture.EVENTS))
                .body("items", hasSize(Math.min(20, Fixture.EVENTS)));
    }

    @Test
    void shouldLinkFirstNextAndLastPagesFromThePageZero() {
        int last = (Fixture.EVENTS - 1) / 2;
        String links = given().queryParam("size", "2").when().get("/api/v1/events")
                .then().statusCode(200).extract().headers().getValues("Link").toString();

        assertThat(links).contains("page=0&size=2>; rel=\"first\"", "page=1&size=2>; rel=\"next\"",
                "page=" + last + "&size=2>; rel=\"last\"").doesNotContain("rel=\"prev\"");
    }

    @Test
    void shouldLinkThePreviousPageAndKeepTheFilters() {
        // Three statements, one a page: page 1 has a previous and a next page.
        String links = given().queryParam("type", "statement").queryParam("page", "1").queryParam("size", "1")
                .when().get("/api/v1/events")
                .then().statusCode(200).extract().headers().getValues("Link").toString();

        assertThat(links).contains("type=statement", "page=0&size=1>; rel=\"prev\"", "page=2&size=1>; rel=\"next\"");
    }

    @Test
    void shouldListEveryEventWithItsCitationsWhenSizeIsAHundred() {
        given().queryParam("size", "100").when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items", hasSize(Fixture.EVENTS))
                .body("items.citations", everyItem(not(empty())))
                .body("items.citations.flatten().quote", everyItem(not(equalTo(""))));
    }

    @Test
    void shouldListEventsChronologicallyWithTiesBrokenById() {
        List<String> starts = given().queryParam("size", "100").when().get("/api/v1/events")
                .then().statusCode(200).extract().jsonPath().getList("items.date.earliest");
        List<String> ids = given().queryParam("size", "100").when().get("/api/v1/events")
                .then().extract().jsonPath().getList("items.id");

        for (int i = 1; i < starts.size(); i++) {
            int byDate = starts.get(i - 1).compareTo(starts.get(i));
            assertThat(byDate < 0 || (byDate == 0 && ids.get(i - 1).compareTo(ids.get(i)) < 0))
                    .as("%s before %s", ids.get(i - 1), ids.get(i)).isTrue();
        }
        assertThat(ids.get(0)).isEqualTo("nkao-established-1923");
    }

    @Test
    void shouldReverseTheOrderWhenSortIsMinusDate() {
        List<String> ascending = given().queryParam("size", "100").when().get("/api/v1/events")
                .then().extract().jsonPath().getList("items.id");
        List<String> descending = given().queryParam("size", "100").queryParam("sort", "-date")
                .when().get("/api/v1/events").then().statusCode(200).extract().jsonPath().getList("items.id");

        List<String> reversed = new java.util.ArrayList<>(ascending);
        java.util.Collections.reverse(reversed);
        assertThat(descending).containsExactlyElementsOf(reversed);
    }

    @Test
    void shouldReturnAnEmptyPagePastTheLastOne() {
        given().queryParam("page", "7").when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items", empty())
                .body("total", equalTo(Fixture.EVENTS));
    }

    @Test
    void shouldGiveTheFullEventWithItsDatePrecisionAndFigures() {
        given().when().get("/api/v1/events/war-1992-1994")
                .then().statusCode(200)
                .body("type", equalTo("war"))
                .body("date.start", equalTo("1992"))
                .body("date.end", equalTo("1994"))
                .body("date.precision", equalTo("year"))
                .body("date.display", equalTo("1992–1994"))
                .body("date.earliest", equalTo("1992-01-01"))
                .body("date.latest", equalTo("1994-12-31"))
                .body("date.inferred", equalTo(false))
                .body("era.id", equalTo("conflict-and-war-1988-1994"))
                .body("places[0].id", equalTo("nagorno-karabakh"))
                .body("places[0].lat", equalTo(39.8153f))
                .body("figures[0].value", equalTo(30000))
                .body("figures[0].approximation", equalTo("up-to"))
                .body("figures[0].display", equalTo("up to 30,000 people"))
                .body("citations.sourceId", hasItem("sputnik-putin-peacekeepers"))
                .body("citations[0].quote", containsString("up to 30,000 people lost their lives"));
    }

    @Test
    void shouldCiteTheNinthOfNovemberStatementFromEveryArticleAndExplainTheDate() {
        given().when().get("/api/v1/events/trilateral-statement-2020-11-09")
                .then().statusCode(200)
                .body("citations.sourceId", containsInAnyOrder("inforos-hajiyev-peacekeepers", "gsv-aliyev-interview",
                        "tass-ayvazyan-briefing", "sputnik-putin-peacekeepers", "putin-escalation-comments"))
                .body("citations.publisher", hasItem("TASS"))
                .body("date.start", equalTo("2020-11-09"))
                .body("date.note", containsString("night of November 10"))
                .body("actors.findAll { it.role == 'signatory' }.id", contains("putin", "aliyev", "pashinyan"));
    }

    @Test
    void shouldMarkADateWorkedOutFromAWeekdayAsInferred() {
        given().when().get("/api/v1/events/ayvazyan-lavrov-briefing-2021-05-06")
                .then().statusCode(200)
                .body("date.start", equalTo("2021-05-06"))
                .body("date.inferred", equalTo(true))
                .body("date.note", containsString("Thursday"));
    }

    @Test
    void shouldKeepLateMayAsAMonthWithItsQualifier() {
        given().when().get("/api/v1/events/pashinyan-ready-to-recognise-sovereignty-2023")
                .then().statusCode(200)
                .body("date.start", equalTo("2023-05"))
                .body("date.precision", equalTo("month"))
                .body("date.qualifier", equalTo("late"))
                .body("date.display", equalTo("late May 2023"));
    }

    @Test
    void shouldAnswerProblemJsonForAnUnknownEvent() {
        given().when().get("/api/v1/events/battle-of-nowhere")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No event with id 'battle-of-nowhere'."))
                .body("instance", equalTo("/api/v1/events/battle-of-nowhere"));
    }

    @Test
    void shouldReturnWarWhenWindowIsInside1993() {
        ids("from", "1993", "to", "1993").containsExactly("war-1992-1994");
    }

    @Test
    void shouldCoverTheWholeYearWhenToIsAYear() {
        ids("from", "1994-12-31", "to", "1994").containsExactly("war-1992-1994");
    }

    @Test
    void shouldMatchAMonthPrecisionEventWithAMonthWindow() {
        ids("from", "1988-02", "to", "1988-02").containsExactly("secession-and-reunification-movement-1988");
    }

    @Test
    void shouldMatchAMonthPrecisionEventWithADayInsideIt() {
        ids("from", "1988-02-15", "to", "1988-02-15").containsExactly("secession-and-reunification-movement-1988");
    }

    @Test
    void shouldTreatYearAsAOneYearWindow() {
        ids("year", "1988").containsExactly("secession-and-reunification-movement-1988");
    }

    @Test
    void shouldAndYearWithFromAndTo() {
        // year=2020 alone also gives hajiyev-atlantic-council-remarks (after 10 November 2020), and
        // from=2021 alone gives it too: only the intersection of the windows counts.
        ids("year", "2020", "from", "2020-11-09", "to", "2020-11-09").containsExactly("trilateral-statement-2020-11-09");
        ids("year", "2020", "from", "2021").isEmpty();
    }

    @Test
    void shouldKeepOpenEndedEventsInLaterWindows() {
        ids("from", "2022", "to", "2022").containsExactly("hajiyev-atlantic-council-remarks");
    }

    @Test
    void shouldFilterByActorWithRepeatedValuesMeaningAny() {
        ids("actor", "lavrov").containsExactly("ayvazyan-lavrov-briefing-2021-05-06");
        ids("actor", "lavrov", "actor", "hajiyev")
                .containsExactly("hajiyev-atlantic-council-remarks", "ayvazyan-lavrov-briefing-2021-05-06");
    }

    @Test
    void shouldListAndCountTheEventsOfOneActorPageAfterPage() {
        given().queryParam("actor", "russia").queryParam("size", 2).get("/api/v1/events").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains("trilateral-statement-2020-11-09", "ayvazyan-lavrov-briefing-2021-05-06"));
        ids("actor", "russia", "sort", "-date", "after", "ceasefire-2023-09-20")
                .containsExactly("ayvazyan-lavrov-briefing-2021-05-06", "trilateral-statement-2020-11-09");
        given().queryParam("actor", "russia").queryParam("after", "trilateral-statement-2020-11-09")
                .queryParam("size", 1).get("/api/v1/events").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains("ayvazyan-lavrov-briefing-2021-05-06"));
    }

    @Test
    void shouldFilterByPlace() {
        ids("place", "lachin-corridor").containsExactly("trilateral-statement-2020-11-09");
    }

    @Test
    void shouldFilterByEra() {
        ids("era", "soviet-autonomy").containsExactly("nkao-established-1923");
    }

    @Test
    void shouldFilterByTypeWithRepeatedValuesMeaningAny() {
        ids("type", "ceasefire", "type", "war").containsExactly("war-1992-1994", "ceasefire-2023-09-20");
    }

    @Test
    void shouldFilterBySource() {
        ids("source", "tass-ayvazyan-briefing").containsExactly("secession-and-reunification-movement-1988",
                "trilateral-statement-2020-11-09", "ayvazyan-lavrov-briefing-2021-05-06");
    }

    @Test
    void shouldCombineDifferentFiltersWithAnd() {
        // Azerbaijan takes part in 7 events, 2023 has 4 and statements are 3; all three hold for 2.
        given().queryParam("actor", "azerbaijan").queryParam("year", "2023").queryParam("type", "statement")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains("hajiyev-atlantic-council-remarks",
                        "pashinyan-ready-to-recognise-sovereignty-2023"));
    }

    @Test
    void shouldSearchTitlesSummariesQuotesActorsAndPlacesCaseInsensitively() {
        ids("q", "ATLANTIC COUNCIL").containsExactly("hajiyev-atlantic-council-remarks");
        ids("q", "constitutional order").containsExactly("azerbaijani-operation-2023-09-19");
        // Only in the name of the actor russian-peacekeepers, never in an event's own text.
        ids("q", "PEACEKEEPING CONTINGENT").containsExactly("hajiyev-atlantic-council-remarks",
                "ayvazyan-lavrov-briefing-2021-05-06", "ceasefire-2023-09-20");
        ids("q", "lachin").containsExactly("trilateral-statement-2020-11-09");
    }

    @Test
    void shouldSearchAlternativePlaceNamesInAnyScript() {
        ids("q", "лачинский коридор").containsExactly("trilateral-statement-2020-11-09");
        ids("q", "Երևան").containsExactly("ayvazyan-lavrov-briefing-2021-05-06");
        ids("q", "Armenia’s").containsExactly("ayvazyan-lavrov-briefing-2021-05-06");
    }

    @Test
    void shouldMatchWordsThatBeginAWordInAnyOrderAndField() {
        // "peacekeep" begins "peacekeepers"; "arabakh" is inside "Karabakh" but begins no word.
        ids("q", "peacekeep").isNotEmpty();
        ids("q", "arabakh").isEmpty();
        ids("q", "CONTINGENT peacekeeping").containsExactly("hajiyev-atlantic-council-remarks",
                "ayvazyan-lavrov-briefing-2021-05-06", "ceasefire-2023-09-20");
    }

    @Test
    void shouldTreatInjectionLookingTextAsPlainText() {
        given().queryParam("q", "' OR 'zzz'='zzz' --").when().get("/api/v1/events")
                .then().statusCode(200).body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void shouldMatchNothingWithATextOfNoLetterOrDigit() {
        ids("q", "%").isEmpty();
        ids("q", "_").isEmpty();
        ids("q", "' --").isEmpty();
    }

    @Test
    void shouldCountTheFilteredSetInTotal() {
        given().queryParam("era", "war-2020-and-aftermath").queryParam("size", "2").when().get("/api/v1/events")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items", hasSize(2));
    }

    @Test
    void shouldCarryCreationAndUpdateTimes() {
        given().when().get("/api/v1/events/ceasefire-2023-09-20")
                .then().statusCode(200)
                .body("createdAt", not(nullValue()))
                .body("updatedAt", not(nullValue()));
    }

    @Test
    void shouldGiveByteIdenticalJsonForTheSameRequest() {
        Response first = given().queryParam("size", "100").when().get("/api/v1/events");
        Response second = given().queryParam("size", "100").when().get("/api/v1/events");

        assertThat(second.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(first.asByteArray().length).isGreaterThan(10_000);
    }

    @Test
    void shouldMarkAnEventDisagreeingWhenAnArticleStatesADateItsDateDoesNotFallInside() {
        // Sputnik's "On the night of November 10" against the signing on 9 November 2020.
        given().when().get("/api/v1/events/" + Fixture.DISAGREEING_EVENT)
                .then().statusCode(200)
                .body("sourcesDisagree", equalTo(true))
                .body("citations.collect { it.statedDate?.agrees }", contains(true, true, true, false, null))
                .body("citations[" + Fixture.DISAGREEING_CITATION + "].sourceId", equalTo("sputnik-putin-peacekeepers"))
                .body("citations[" + Fixture.DISAGREEING_CITATION + "].statedDate.phrase",
                        equalTo("On the night of November 10"));
    }

    @Test
    void shouldServeTheStatedDateAsAPartialDateWithHowItsYearWasInferred() {
        given().when().get("/api/v1/events/" + Fixture.DISAGREEING_EVENT)
                .then().statusCode(200)
                .body("citations[" + Fixture.DISAGREEING_CITATION + "].statedDate.date.start", equalTo("2020-11-10"))
                .body("citations[" + Fixture.DISAGREEING_CITATION + "].statedDate.date.precision", equalTo("day"))
                .body("citations[" + Fixture.DISAGREEING_CITATION + "].statedDate.date.edtf", equalTo("2020-11-10"))
                .body("citations[" + Fixture.DISAGREEING_CITATION + "].statedDate.date.inferred", equalTo(true))
                .body("citations[" + Fixture.DISAGREEING_CITATION + "].statedDate.date.note",
                        containsString("In late September 2020"));
    }

    @Test
    void shouldAgreeWhenTheStatedYearHoldsTheEventsMonth() {
        // "In 1988" against February 1988.
        given().when().get("/api/v1/events/secession-and-reunification-movement-1988")
                .then().statusCode(200)
                .body("sourcesDisagree", equalTo(false))
                .body("citations[2].statedDate.phrase", equalTo("In 1988"))
                .body("citations[2].statedDate.date.precision", equalTo("year"))
                .body("citations[2].statedDate.agrees", equalTo(true));
    }

    @Test
    void shouldAgreeWhenTheStatedDateIsALateMonthLikeTheEventsDate() {
        given().when().get("/api/v1/events/pashinyan-ready-to-recognise-sovereignty-2023")
                .then().statusCode(200)
                .body("citations[0].statedDate.phrase", equalTo("In late May of this year"))
                .body("citations[0].statedDate.date.display", equalTo("late May 2023"))
                .body("citations[0].statedDate.date.qualifier", equalTo("late"))
                .body("citations[0].statedDate.agrees", equalTo(true));
    }

    @Test
    void shouldStateNoDateForACitationWhoseArticleGivesNone() {
        // "since the last days of the Soviet era" is no date.
        given().when().get("/api/v1/events/secession-and-reunification-movement-1988")
                .then().statusCode(200)
                .body("citations[3].sourceId", equalTo("putin-escalation-comments"))
                .body("citations[3].statedDate", nullValue());
    }

    @Test
    void shouldServeAStatedDateForEveryCitationWhoseArticleDatesTheEvent() {
        List<Object> stated = given().queryParam("size", "100").when().get("/api/v1/events")
                .then().statusCode(200).extract().jsonPath().getList("items.citations.flatten().statedDate");

        assertThat(stated).hasSize(Fixture.CITATIONS).filteredOn(java.util.Objects::nonNull).hasSize(Fixture.STATED_DATES);
    }

    @Test
    void shouldFilterEventsWhoseSourcesDisagree() {
        ids("sourcesDisagree", "true").containsExactly(Fixture.DISAGREEING_EVENT);
    }

    @Test
    void shouldFilterEventsWhoseSourcesAgree() {
        ids("sourcesDisagree", "false").hasSize(Fixture.EVENTS - 1).doesNotContain(Fixture.DISAGREEING_EVENT);
    }

    @Test
    void shouldCombineTheDisagreementFilterWithTheOthers() {
        ids("sourcesDisagree", "true", "type", "statement").isEmpty();
    }

    @Test
    void shouldServeEveryDateInTheExtendedDateTimeFormat() {
        given().queryParam("size", "100").when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.find { it.id == 'war-1992-1994' }.date.edtf", equalTo("1992/1994"))
                .body("items.find { it.id == 'hajiyev-atlantic-council-remarks' }.date.edtf", equalTo("2020-11-10/.."))
                .body("items.find { it.id == 'pashinyan-ready-to-recognise-sovereignty-2023' }.date.edtf",
                        equalTo("2023-05"))
                .body("items.find { it.id == 'nkao-established-1923' }.date.edtf", equalTo("1923"));
    }

    private static org.assertj.core.api.ListAssert<String> ids(String... params) {
        var request = given().queryParam("size", "100");
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        List<String> ids = request.when().get("/api/v1/events")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(0))
                .extract().jsonPath().getList("items.id");
        return assertThat(ids);
    }
}
