package org.karabakh.timeline.event;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The same specification against the packaged jar, started like in production; failsafe points it at the
 * fixture seeds ({@code quarkus.test.arg-line} in the pom), since the seeds packaged inside it are the real ones.
 */
@QuarkusIntegrationTest
class EventResourceIT extends EventResourceTest {
}
