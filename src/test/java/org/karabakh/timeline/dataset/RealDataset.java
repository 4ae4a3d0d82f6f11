package org.karabakh.timeline.dataset;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Boots the service on the real dataset, {@code seeds/} in the project directory, instead of the test
 * profile's fixture. Every test of the real dataset uses this one profile, so they share one boot.
 */
public class RealDataset implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("timeline.seeds.directory", "seeds");
    }
}
