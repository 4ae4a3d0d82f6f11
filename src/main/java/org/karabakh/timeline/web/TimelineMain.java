package org.karabakh.timeline.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service's entry point, so that a request target with a malformed percent-escape ({@code ?q=%zz}) gets a
 * problem+json answer naming it ({@link HttpLayerProblems}). Quarkus's root handler would refuse such a target
 * before any route runs, 400 with an empty body, unless {@code vertx.disableURIValidation} is set; it reads the
 * property once, when its class loads, so it is set here, before Quarkus starts. The check it skips is
 * {@code new URI(target)}, which also refuses characters browsers send unencoded in a query ({@code |},
 * {@code [}, {@code ^}); the API decodes those like any other character.
 */
@QuarkusMain
public final class TimelineMain {

    /** Read by Quarkus's root handler ({@code VertxHttpRecorder}); tests set it in the build (pom.xml). */
    static final String DISABLE_URI_VALIDATION = "vertx.disableURIValidation";

    private TimelineMain() {
    }

    public static void main(String... args) {
        System.setProperty(DISABLE_URI_VALIDATION, "true");
        Quarkus.run(args);
    }
}
