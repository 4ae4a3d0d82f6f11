package org.karabakh.timeline.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which databases only this process can reach: a first load into one commits each events file as it goes. */
class DialectsTest {

    @Test
    void shouldTakeAnInMemoryH2DatabaseForThisProcessAlone() {
        assertThat(Dialects.isPrivateInMemory("jdbc:h2:mem:timeline")).isTrue();
        assertThat(Dialects.isPrivateInMemory("jdbc:h2:mem:")).isTrue();
    }

    @Test
    void shouldNotTakeADatabaseOtherProcessesCanOpenForPrivate() {
        assertThat(Dialects.isPrivateInMemory("jdbc:h2:file:/var/lib/timeline/timeline")).isFalse();
        assertThat(Dialects.isPrivateInMemory("jdbc:h2:tcp://db.example:9092/mem:timeline")).isFalse();
        assertThat(Dialects.isPrivateInMemory("jdbc:h2:/var/lib/timeline/timeline")).isFalse();
        assertThat(Dialects.isPrivateInMemory("jdbc:postgresql://localhost:5432/timeline")).isFalse();
    }
}
