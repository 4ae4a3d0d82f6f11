package org.karabakh.timeline.event;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same specification against the packaged jar: seeds inside the artifact, started like in production. */
@QuarkusIntegrationTest
class EventResourceIT extends EventResourceTest {
}
