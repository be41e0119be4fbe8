package app.stepwise.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Calendar days from {@code start} up to but not including {@code endExclusive}: at least one day. Like
 * {@link StudySession#day()} these are days as the user sees them, stored as {@link LocalDate#toString()} text
 * and never converted through a time zone.
 */
public record DateSpan(LocalDate start, LocalDate endExclusive) {

    public DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("a span must end after it starts: " + start + " to " + endExclusive);
        }
    }
}
