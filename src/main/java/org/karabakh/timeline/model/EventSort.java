package org.karabakh.timeline.model;

import org.karabakh.timeline.vocabulary.Coded;

/** Event orders: chronological by the first day a date can refer to, ties broken by id. */
public enum EventSort implements Coded {
    DATE("date"),
    DATE_DESCENDING("-date");

    private final String code;

    EventSort(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
