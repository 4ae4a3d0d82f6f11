package org.karabakh.timeline.seed;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the seeds are loaded: until then the API would answer with an empty timeline. */
@Readiness
@ApplicationScoped
public class SeedReadinessCheck implements HealthCheck {

    private final DatasetState state;

    public SeedReadinessCheck(DatasetState state) {
        this.state = state;
    }

    @Override
    public HealthCheckResponse call() {
        return state.loaded()
                .map(loaded -> HealthCheckResponse.named("timeline-seeds").up()
                        .withData("version", loaded.version())
                        .withData("loadedAt", loaded.loadedAt().toString())
                        .build())
                .orElseGet(() -> HealthCheckResponse.named("timeline-seeds").down().build());
    }
}
