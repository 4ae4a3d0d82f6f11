package org.karabakh.timeline.model;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.vocabulary.Coded;
import org.karabakh.timeline.vocabulary.CodedConverter;

@Schema(description = """
        What an actor is: `person` (an individual), `state` (a country or Soviet republic), `organisation` \
        (an international body, think tank or publication), `authority` (a de facto government such as the \
        Nagorno-Karabakh authorities) or `armed-force` (a military contingent).""",
        enumeration = { "person", "state", "organisation", "authority", "armed-force" })
public enum ActorKind implements Coded {
    PERSON("person"),
    STATE("state"),
    ORGANISATION("organisation"),
    AUTHORITY("authority"),
    ARMED_FORCE("armed-force");

    private final String code;

    ActorKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter
    public static class JpaConverter extends CodedConverter<ActorKind> {
        public JpaConverter() {
            super(ActorKind.class);
        }
    }
}
