package org.karabakh.timeline.model;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.vocabulary.Coded;
import org.karabakh.timeline.vocabulary.CodedConverter;

/** The fixed vocabulary of event types; {@code GET /api/v1/event-types} lists it with these descriptions. */
@Schema(description = "Kind of event; GET /api/v1/event-types describes each value.",
        enumeration = { "status-change", "declaration", "war", "hostilities", "ceasefire", "agreement", "deployment",
                "military-operation", "statement", "negotiation", "humanitarian" })
public enum EventType implements Coded {
    STATUS_CHANGE("status-change", "Status change", "A change in the legal or administrative status of a territory."),
    DECLARATION("declaration", "Declaration", "A formal declaration by a party, such as of secession or independence."),
    WAR("war", "War", "A sustained, large-scale armed conflict spanning months or years."),
    HOSTILITIES("hostilities", "Hostilities", "An outbreak or resumption of fighting between the parties."),
    CEASEFIRE("ceasefire", "Ceasefire", "An agreed halt to fighting."),
    AGREEMENT("agreement", "Agreement", "A signed statement or agreement between the parties and mediators."),
    DEPLOYMENT("deployment", "Deployment", "Troops or peacekeepers sent to an area."),
    MILITARY_OPERATION("military-operation", "Military operation",
            "An operation launched by one party's armed forces with a declared aim."),
    STATEMENT("statement", "Statement",
            "Public remarks by an official: a speech, interview, briefing or seminar contribution."),
    NEGOTIATION("negotiation", "Negotiation", "Talks between the parties, with or without mediators."),
    HUMANITARIAN("humanitarian", "Humanitarian",
            "What happens to civilians: displacement, return, shelter, protection.");

    private final String code;
    private final String label;
    private final String description;

    EventType(String code, String label, String description) {
        this.code = code;
        this.label = label;
        this.description = description;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    @jakarta.persistence.Converter
    public static class JpaConverter extends CodedConverter<EventType> {
        public JpaConverter() {
            super(EventType.class);
        }
    }
}
