package org.karabakh.timeline.event;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.Fixture;
import org.karabakh.timeline.model.Source;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a list the service has not answered before costs the database: a constant number of statements
 * (the page, the capped count, one batch per association), however many events the page holds, and
 * none of the articles its citations come from.
 */
@QuarkusTest
class EventListQueriesTest {

    @Inject
    SessionFactory database;

    @Inject
    EntityManager events;

    @Test
    void shouldReadAPageOfEveryEventWithAsManyStatementsAsAPageOfOne() {
        // Each request names a window no other test asks for, so neither is answered from memory; both
        // pages are full, so both are counted.
        long onePage = statementsFor("from=1900&to=2100&size=1");
        long everyEventPage = statementsFor("from=1901&to=2100&size=" + Fixture.EVENTS);

        assertThat(everyEventPage).as("statements for a page of %d events against a page of one", Fixture.EVENTS)
                .isEqualTo(onePage);
    }

    @Test
    @TestTransaction
    void shouldReadTheArticleOfACitedSourceOnlyWhenItIsAskedFor() {
        Source cited = events.createQuery("select c.source from Citation c where c.event.id = :id", Source.class)
                .setParameter("id", "war-1992-1994").getResultList().get(0);

        assertThat(cited.title).isNotBlank();
        assertThat(Hibernate.isPropertyInitialized(cited, "body")).as("article read with the source's title").isFalse();
        assertThat(cited.body).contains("1992");
    }

    private long statementsFor(String query) {
        long before = database.getStatistics().getPrepareStatementCount();
        given().get("/api/v1/events?" + query).then().statusCode(200);
        return database.getStatistics().getPrepareStatementCount() - before;
    }
}
