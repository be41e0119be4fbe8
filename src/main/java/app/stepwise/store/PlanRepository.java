package app.stepwise.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The user's own plan: steps whose dates they moved (overrides), and a baseline, the whole plan as it stood
 * when they saved it, to compare against later.
 */
public final class PlanRepository {

    private final Database db;

    public PlanRepository(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    /** The moved steps by step id, in id order. */
    public Map<String, DateSpan> overrides() throws StoreException {
        return db.read(c -> spans(c, "SELECT step_id, start_day, end_day FROM plan_override ORDER BY step_id"));
    }

    /** Moves the step to {@code span}, replacing any earlier move. */
    public void saveOverride(String stepId, DateSpan span) throws StoreException {
        Objects.requireNonNull(stepId);
        Objects.requireNonNull(span);
        db.update(c -> Rows.update(c, "INSERT INTO plan_override(step_id, start_day, end_day) VALUES(?, ?, ?) "
                        + "ON CONFLICT(step_id) DO UPDATE SET start_day = excluded.start_day, end_day = excluded.end_day",
                stepId, span.start().toString(), span.endExclusive().toString()));
    }

    /** Puts the step back on its computed dates; nothing happens if it was not moved. */
    public void clearOverride(String stepId) throws StoreException {
        Objects.requireNonNull(stepId);
        db.update(c -> Rows.update(c, "DELETE FROM plan_override WHERE step_id = ?", stepId));
    }

    /** The saved baseline by step id, in id order; empty if none was saved. */
    public Map<String, DateSpan> baseline() throws StoreException {
        return db.read(c -> spans(c, "SELECT step_id, start_day, end_day FROM plan_baseline ORDER BY step_id"));
    }

    /**
     * When the baseline was saved; empty if there is none. The time is kept on each row, so saving an empty
     * baseline leaves none and no time.
     */
    public Optional<Instant> baselineSavedAt() throws StoreException {
        return db.read(c -> {
            // all rows carry the same time; compared as instants, since Instant.toString() text does not sort as time
            Optional<Instant> latest = Optional.empty();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT saved_at FROM plan_baseline");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Instant> at = instant(rs.getString(1));
                    if (at.isPresent() && (latest.isEmpty() || at.get().isAfter(latest.get()))) {
                        latest = at;
                    }
                }
            }
            return latest;
        });
    }

    /** Replaces the whole baseline with {@code spans}, all saved at {@code savedAt}: all of it or, on failure, none. */
    public void saveBaseline(Map<String, DateSpan> spans, Instant savedAt) throws StoreException {
        Objects.requireNonNull(savedAt);
        // copied and checked before the transaction: TreeMap refuses null keys, the loop null spans
        Map<String, DateSpan> sorted = new TreeMap<>(Objects.requireNonNull(spans));
        sorted.values().forEach(Objects::requireNonNull);
        String at = savedAt.toString();
        db.update(c -> {
            Rows.update(c, "DELETE FROM plan_baseline");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO plan_baseline(step_id, start_day, end_day, saved_at) VALUES(?, ?, ?, ?)")) {
                for (Map.Entry<String, DateSpan> e : sorted.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue().start().toString());
                    ps.setString(3, e.getValue().endExclusive().toString());
                    ps.setString(4, at);
                    ps.executeUpdate();
                }
            }
        });
    }

    private static Map<String, DateSpan> spans(Connection c, String sql) throws SQLException {
        Map<String, DateSpan> spans = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String stepId = rs.getString(1);
                span(rs.getString(2), rs.getString(3)).ifPresent(span -> spans.put(stepId, span));
            }
        }
        return Collections.unmodifiableMap(spans);
    }

    /** Lenient, as {@link Rows#date}: a row edited into nonsense is dropped rather than hiding the whole plan. */
    private static Optional<DateSpan> span(String start, String end) {
        Optional<LocalDate> from = Rows.date(start);
        Optional<LocalDate> to = Rows.date(end);
        if (from.isEmpty() || to.isEmpty() || !to.get().isAfter(from.get())) {
            return Optional.empty();
        }
        return Optional.of(new DateSpan(from.get(), to.get()));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
