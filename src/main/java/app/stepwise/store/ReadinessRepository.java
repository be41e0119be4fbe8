package app.stepwise.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Readiness history: at most one snapshot per day and target level. Writing a day again overwrites that
 * day only, so the day's last state wins; no other day is ever written, earlier or later, and nothing is
 * filled in for days without a snapshot.
 */
public final class ReadinessRepository {

    private final Database db;

    public ReadinessRepository(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    /**
     * Stores the snapshot as its day's state for its level, replacing what that day had. A day earlier than
     * the newest stored one (a clock set back) is written the same way and leaves the later days as they are.
     */
    public void record(ReadinessSnapshot s, Instant writtenAt) throws StoreException {
        Objects.requireNonNull(s);
        Objects.requireNonNull(writtenAt);
        db.update(c -> Rows.update(c, "INSERT INTO readiness_snapshot(day, level_id, overall, roadmap, skills, "
                        + "portfolio, practice, written_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT(day, level_id) DO UPDATE SET overall = excluded.overall, "
                        + "roadmap = excluded.roadmap, skills = excluded.skills, portfolio = excluded.portfolio, "
                        + "practice = excluded.practice, written_at = excluded.written_at",
                s.day().toString(), s.levelId(), s.overall(), s.roadmap(), s.skills(), s.portfolio(), s.practice(),
                writtenAt.toString()));
    }

    /** The level's snapshots, oldest day first; only that level's, never another's. */
    public List<ReadinessSnapshot> history(String levelId) throws StoreException {
        Objects.requireNonNull(levelId);
        return db.read(c -> {
            List<ReadinessSnapshot> snapshots = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day, overall, roadmap, skills, portfolio, practice "
                    + "FROM readiness_snapshot WHERE level_id = ?")) {
                ps.setString(1, levelId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // lenient like Rows#date: a row edited into nonsense is dropped rather than hiding the history
                        Optional<LocalDate> day = Rows.date(rs.getString(1));
                        double[] parts = {rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)};
                        if (day.isPresent() && Arrays.stream(parts).allMatch(Double::isFinite)) {
                            snapshots.add(new ReadinessSnapshot(day.get(), levelId, rs.getInt(2), parts[0], parts[1],
                                    parts[2], parts[3]));
                        }
                    }
                }
            }
            // as dates, not as text: "+10000-01-01" would sort first as text
            snapshots.sort(Comparator.comparing(ReadinessSnapshot::day));
            return List.copyOf(snapshots);
        });
    }
}
