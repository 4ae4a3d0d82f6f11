package org.karabakh.timeline.model;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.vocabulary.Coded;
import org.karabakh.timeline.vocabulary.CodedConverter;

@Schema(description = """
        The part an actor plays in an event: `signatory` (signed it), `mediator` (brokered it), `speaker` \
        (made the remarks), `belligerent` (fought), `party` (one of the sides involved), `declarant` (made the \
        declaration), `host` (held the meeting), `interviewer` (conducted or published the interview), \
        `counterpart` (the other official at a meeting), `peacekeeper` (kept or enforced the peace) or \
        `subject` (the event is about it).""",
        enumeration = { "signatory", "mediator", "speaker", "belligerent", "party", "declarant", "host",
                "interviewer", "counterpart", "peacekeeper", "subject" })
public enum Role implements Coded {
    SIGNATORY("signatory"),
    MEDIATOR("mediator"),
    SPEAKER("speaker"),
    BELLIGERENT("belligerent"),
    PARTY("party"),
    DECLARANT("declarant"),
    HOST("host"),
    INTERVIEWER("interviewer"),
    COUNTERPART("counterpart"),
    PEACEKEEPER("peacekeeper"),
    SUBJECT("subject");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter
    public static class JpaConverter extends CodedConverter<Role> {
        public JpaConverter() {
            super(Role.class);
        }
    }
}
