package app.stepwise.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The study log: one row per session. */
public final class StudyLogRepository {

    private static final String COLUMNS = "id, day, minutes, step_id, milestone_id, note, created_at";
    // created_at is Instant.toString(), whose fraction varies in length, so text order is not time order
    private static final Comparator<StudySession> NEWEST_FIRST = Comparator.comparing(StudySession::day)
            .thenComparing(StudySession::createdAt).thenComparing(StudySession::id).reversed();

    private final Database db;

    public StudyLogRepository(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    /** Every session, newest day first, then the most recently created first. */
    public List<StudySession> all() throws StoreException {
        return db.read(c -> {
            List<StudySession> sessions = query(c, "SELECT " + COLUMNS + " FROM study_session");
            sessions.sort(NEWEST_FIRST);
            return List.copyOf(sessions);
        });
    }

    /** Creates the session or updates it in place, keeping its creation time as given. */
    public void save(StudySession session) throws StoreException {
        Objects.requireNonNull(session);
        db.update(c -> Rows.update(c, "INSERT INTO study_session(" + COLUMNS + ", updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT(id) DO UPDATE SET day = excluded.day, minutes = excluded.minutes, "
                        + "step_id = excluded.step_id, milestone_id = excluded.milestone_id, note = excluded.note, "
                        + "created_at = excluded.created_at, updated_at = excluded.updated_at",
                session.id(), session.day().toString(), session.minutes(), session.stepId(),
                session.milestoneId().orElse(null), session.note(), session.createdAt().toString(), Rows.now()));
    }

    /** Deletes the session; returns what was deleted, for undo. */
    public Optional<StudySession> delete(String id) throws StoreException {
        Objects.requireNonNull(id);
        return db.write(c -> {
            Optional<StudySession> before =
                    query(c, "SELECT " + COLUMNS + " FROM study_session WHERE id = ?", id).stream().findFirst();
            Rows.update(c, "DELETE FROM study_session WHERE id = ?", id);
            return before;
        });
    }

    /** Puts a deleted session back exactly as it was (undo of {@link #delete}). */
    public void restore(StudySession session) throws StoreException {
        save(session);
    }

    private static List<StudySession> query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<StudySession> sessions = new ArrayList<>();
                while (rs.next()) {
                    // a day edited into nonsense shows as 1970 (to be fixed or deleted) rather than hiding the log
                    sessions.add(new StudySession(rs.getString(1), Rows.date(rs.getString(2)).orElse(LocalDate.EPOCH),
                            rs.getInt(3), rs.getString(4), Optional.ofNullable(rs.getString(5)), rs.getString(6),
                            Rows.instant(rs.getString(7))));
                }
                return sessions;
            }
        }
    }

}
