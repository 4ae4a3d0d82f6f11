package org.karabakh.timeline.seed;

import java.util.List;
import java.util.stream.Collectors;

/** Stops start-up, with nothing of the load committed, listing every problem found in the seeds. */
public class SeedValidationException extends RuntimeException {

    private final transient List<SeedViolation> violations;

    public SeedValidationException(List<SeedViolation> violations) {
        super("The seeds are invalid; nothing was loaded. Fix these " + violations.size() + " problem(s):\n"
                + violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n")));
        this.violations = List.copyOf(violations);
    }

    public List<SeedViolation> violations() {
        return violations;
    }
}
