package app.stepwise.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One logged stretch of study.
 *
 * <p>{@code day} is the calendar day on which the user studied, as they saw it on their own calendar. It is
 * stored as {@link LocalDate#toString()} text and is never converted through a time zone, neither when saved
 * nor when read. That is what keeps streaks and daily totals immune to daylight-saving changes and to the
 * user moving between zones: a session logged for 29 March stays on 29 March wherever the file is opened,
 * and consecutive days are plain calendar arithmetic, not 24-hour periods. Only {@code createdAt} is an
 * instant; it orders sessions of the same day and is never used to find the day.
 *
 * @param minutes     1 to 1440 (the schema refuses anything else)
 * @param stepId      the roadmap step studied (content id)
 * @param milestoneId the milestone the time went to, if any (content id)
 */
public record StudySession(String id, LocalDate day, int minutes, String stepId, Optional<String> milestoneId,
                           String note, Instant createdAt) {

    public StudySession {
        Objects.requireNonNull(id);
        Objects.requireNonNull(day);
        Objects.requireNonNull(stepId);
        Objects.requireNonNull(milestoneId);
        Objects.requireNonNull(note);
        Objects.requireNonNull(createdAt);
    }
}
