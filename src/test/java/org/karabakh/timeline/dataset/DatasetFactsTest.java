package org.karabakh.timeline.dataset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The real dataset's facts, in this one test: the service started on {@code seeds/} ({@link RealDataset})
 * answers with the dataset the articles support. The behaviour tests run on the fixture instead, so editing
 * or adding an event in {@code seeds/} changes what this test expects, and nothing else.
 */
@QuarkusTest
@TestProfile(RealDataset.class)
class DatasetFactsTest {

    @Test
    void shouldCountTwentyOneEventsFiftyFourCitationsFiveSourcesEighteenActorsFivePlacesAndFiveEras() {
        given().when().get("/api/v1/meta")
                .then().statusCode(200)
                .body("counts.events", equalTo(21))
                .body("counts.citations", equalTo(54))
                .body("counts.sources", equalTo(5))
                .body("counts.actors", equalTo(18))
                .body("counts.places", equalTo(5))
                .body("counts.eras", equalTo(5));
    }

    @Test
    void shouldSpanFromTheFirstDayOf1923ToTheLastDayOfSeptember2023() {
        given().when().get("/api/v1/meta")
                .then().statusCode(200)
                .body("span.earliest", equalTo("1923-01-01"))
                .body("span.latest", equalTo("2023-09-30"));
    }

    @Test
    void shouldDateTheAutonomousOblastTo1923WithYearPrecision() {
        given().when().get("/api/v1/events/nkao-established-1923")
                .then().statusCode(200)
                .body("date.start", equalTo("1923"))
                .body("date.precision", equalTo("year"))
                .body("date.earliest", equalTo("1923-01-01"))
                .body("date.latest", equalTo("1923-12-31"))
                .body("citations.sourceId", contains("sputnik-putin-peacekeepers"))
                .body("citations[0].quote", containsString("In 1923, the region was granted the status"));
    }

    @Test
    void shouldDateTheSecessionToFebruary1988WithMonthPrecision() {
        given().when().get("/api/v1/events/secession-and-reunification-movement-1988")
                .then().statusCode(200)
                .body("date.start", equalTo("1988-02"))
                .body("date.precision", equalTo("month"))
                .body("date.display", equalTo("February 1988"))
                .body("date.inferred", equalTo(false))
                .body("citations.sourceId", contains("inforos-hajiyev-peacekeepers", "tass-ayvazyan-briefing",
                        "sputnik-putin-peacekeepers", "putin-escalation-comments"));
    }

    @Test
    void shouldDateTheDeclarationOfIndependenceTo2September1991() {
        given().when().get("/api/v1/events/independence-declared-1991")
                .then().statusCode(200)
                .body("date.start", equalTo("1991-09-02"))
                .body("date.precision", equalTo("day"))
                .body("date.display", equalTo("2 September 1991"))
                .body("citations.sourceId", contains("sputnik-putin-peacekeepers"))
                .body("citations[0].quote", containsString("On September 2, 1991, it declared independence"));
    }

    @Test
    void shouldSpanTheWarFrom1992To1994WithUpTo30000Dead() {
        given().when().get("/api/v1/events/war-1992-1994")
                .then().statusCode(200)
                .body("date.start", equalTo("1992"))
                .body("date.end", equalTo("1994"))
                .body("date.precision", equalTo("year"))
                .body("date.display", equalTo("1992–1994"))
                .body("figures", hasSize(1))
                .body("figures[0].label", equalTo("deaths"))
                .body("figures[0].value", equalTo(30000))
                .body("figures[0].approximation", equalTo("up-to"))
                .body("citations.sourceId", contains("sputnik-putin-peacekeepers", "inforos-hajiyev-peacekeepers",
                        "putin-escalation-comments"))
                .body("citations[0].quote", containsString("up to 30,000 people lost their lives"));
    }

    @Test
    void shouldDateTheCeasefireThatEndedTheWarTo1994() {
        given().when().get("/api/v1/events/ceasefire-1994")
                .then().statusCode(200)
                .body("type", equalTo("ceasefire"))
                .body("date.start", equalTo("1994"))
                .body("date.precision", equalTo("year"))
                .body("citations.sourceId", contains("sputnik-putin-peacekeepers", "putin-escalation-comments"));
    }

    @Test
    void shouldDateTheRenewedHostilitiesTo27September2020FromEveryArticle() {
        given().when().get("/api/v1/events/hostilities-renewed-2020")
                .then().statusCode(200)
                .body("date.start", equalTo("2020-09-27"))
                .body("date.precision", equalTo("day"))
                .body("date.inferred", equalTo(false))
                .body("date.note", containsString("late September 2020"))
                .body("citations.sourceId", contains("inforos-hajiyev-peacekeepers", "tass-ayvazyan-briefing",
                        "gsv-aliyev-interview", "sputnik-putin-peacekeepers", "putin-escalation-comments"));
    }

    @Test
    void shouldCiteTheNinthOfNovemberStatementFromAllFiveArticlesAndExplainTheNightOfTheTenth() {
        given().when().get("/api/v1/events/trilateral-statement-2020-11-09")
                .then().statusCode(200)
                .body("date.start", equalTo("2020-11-09"))
                .body("date.precision", equalTo("day"))
                .body("date.inferred", equalTo(false))
                .body("date.note", containsString("on the night of November 10"))
                .body("citations.sourceId", contains("inforos-hajiyev-peacekeepers", "gsv-aliyev-interview",
                        "tass-ayvazyan-briefing", "sputnik-putin-peacekeepers", "putin-escalation-comments"));
    }

    @Test
    void shouldInferTheYearOfTheStatementOf11January2021() {
        given().when().get("/api/v1/events/trilateral-statement-2021-01-11")
                .then().statusCode(200)
                .body("date.start", equalTo("2021-01-11"))
                .body("date.precision", equalTo("day"))
                .body("date.inferred", equalTo(true))
                .body("date.note", containsString("of January 11"))
                .body("citations.sourceId", contains("tass-ayvazyan-briefing", "tass-ayvazyan-briefing"));
    }

    @Test
    void shouldInfer6May2021FromThursday() {
        given().when().get("/api/v1/events/ayvazyan-lavrov-briefing-2021-05-06")
                .then().statusCode(200)
                .body("date.start", equalTo("2021-05-06"))
                .body("date.inferred", equalTo(true))
                .body("date.note", containsString("Thursday"))
                .body("citations", hasSize(4))
                .body("citations.sourceId", everyItem(equalTo("tass-ayvazyan-briefing")));
    }

    @Test
    void shouldKeepLateMay2023AsAMonthWithTheQualifierLate() {
        given().when().get("/api/v1/events/pashinyan-ready-to-recognise-sovereignty-2023")
                .then().statusCode(200)
                .body("date.start", equalTo("2023-05"))
                .body("date.precision", equalTo("month"))
                .body("date.qualifier", equalTo("late"))
                .body("date.display", equalTo("late May 2023"))
                .body("date.inferred", equalTo(true))
                .body("citations.sourceId", contains("sputnik-putin-peacekeepers"));
    }

    @Test
    void shouldInfer19September2023FromTuesday() {
        given().when().get("/api/v1/events/azerbaijani-operation-2023-09-19")
                .then().statusCode(200)
                .body("date.start", equalTo("2023-09-19"))
                .body("date.inferred", equalTo(true))
                .body("date.note", containsString("\"on Tuesday\""))
                .body("citations.sourceId", contains("putin-escalation-comments", "sputnik-putin-peacekeepers",
                        "sputnik-putin-peacekeepers", "sputnik-putin-peacekeepers"));
    }

    @Test
    void shouldInfer20September2023FromWednesday() {
        given().when().get("/api/v1/events/ceasefire-2023-09-20")
                .then().statusCode(200)
                .body("date.start", equalTo("2023-09-20"))
                .body("date.inferred", equalTo(true))
                .body("date.note", containsString("Wednesday 20 September 2023"))
                .body("citations.sourceId", contains("putin-escalation-comments", "putin-escalation-comments"));
    }

    @Test
    void shouldLeaveTheTwoEventsAfter10November2020OpenEnded() {
        given().queryParam("size", "100").when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.findAll { it.date.qualifier == 'after' }.id",
                        contains("hajiyev-atlantic-council-remarks", "residents-return-2020"))
                .body("items.findAll { it.date.qualifier == 'after' }.date.display",
                        everyItem(equalTo("after 10 November 2020")))
                .body("items.findAll { it.date.qualifier == 'after' }.date.latest", everyItem(nullValue()))
                .body("items.findAll { it.date.qualifier == 'after' }.date.inferred", everyItem(equalTo(true)));
    }

    @Test
    void shouldGiveEveryEventAtLeastOneCitation() {
        given().queryParam("size", "100").when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items", hasSize(21))
                .body("items.citations", everyItem(not(empty())));
    }

    @Test
    void shouldCountTheEventsOfEachEraWithNoneInTheFrozenConflict() {
        given().queryParam("groupBy", "era").when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("total", equalTo(21))
                .body("groups.key", contains("soviet-autonomy", "conflict-and-war-1988-1994", "war-2020-and-aftermath",
                        "september-2023-offensive"))
                .body("groups.collect { it.events.size() }", contains(1, 4, 10, 6));
    }

    @Test
    void shouldFindTheSourcesDisagreeOnlyOnTheNinthOfNovemberStatement() {
        given().queryParam("sourcesDisagree", "true").queryParam("size", "100").when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.id", contains("trilateral-statement-2020-11-09"));
    }

    @Test
    void shouldHaveSputnikDisagreeWithTheNinthOfNovemberByTheNightOfTheTenth() {
        given().when().get("/api/v1/events/trilateral-statement-2020-11-09")
                .then().statusCode(200)
                .body("citations.findAll { it.statedDate?.agrees == false }.sourceId",
                        contains("sputnik-putin-peacekeepers"))
                .body("citations[3].statedDate.phrase", equalTo("On the night of November 10"))
                .body("citations[3].statedDate.date.start", equalTo("2020-11-10"));
    }

    @Test
    void shouldAgreeWithLateSeptember2020AndWith2020ForTheRenewedHostilities() {
        given().when().get("/api/v1/events/hostilities-renewed-2020")
                .then().statusCode(200)
                .body("sourcesDisagree", equalTo(false))
                .body("citations.statedDate.phrase", contains("on September 27, 2020", "on September 27, 2020",
                        "on September 27, 2020", "In late September 2020", "in 2020"))
                .body("citations.statedDate.agrees", everyItem(equalTo(true)));
    }

    @Test
    void shouldAnchorTheRepeatedLeadOfTheSputnikArticleAtItsFirstPlace() {
        // The Sputnik article prints its lead sentence twice; the citation selects the first by its prefix.
        String text = given().when().get("/api/v1/sources/sputnik-putin-peacekeepers")
                .then().statusCode(200).extract().jsonPath().getString("text");
        String lead = "Russian President Vladimir Putin said on Wednesday";
        int first = text.indexOf(lead);

        given().when().get("/api/v1/events/putin-wang-yi-remarks-2023-09-20")
                .then().statusCode(200)
                .body("citations[0].anchor.position.start", equalTo(text.codePointCount(0, first)))
                .body("citations[0].anchor.quote.prefix", endsWith("Conflict - Putin\n\n"));
        assertThat(text.indexOf(lead, first + 1)).isPositive();
    }
}
