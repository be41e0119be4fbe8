package app.stepwise.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Self-assessed skill ratings, every one kept (the history), and evidence: projects and milestones linked
 * to a skill.
 */
public final class SkillRepository {

    /** What a skill's evidence points at. The names are stored; the schema spells them out too. */
    public enum Kind {
        PROJECT, MILESTONE
    }

    // rated_at is Instant.toString(), whose fraction varies in length, so text order is not time order;
    // the id (insertion order) breaks ties between ratings given in the same instant
    private static final Comparator<Row> OLDEST_FIRST =
            Comparator.comparing((Row r) -> r.rating().ratedAt()).thenComparingLong(Row::id);

    private final Database db;

    public SkillRepository(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    /** Adds the rating; earlier ones stay as history. */
    public void rate(SkillRating rating) throws StoreException {
        Objects.requireNonNull(rating);
        db.update(c -> Rows.update(c, "INSERT INTO skill_rating(skill_id, rating, rated_on, rated_at) VALUES(?, ?, ?, ?)",
                rating.skillId(), rating.rating(), rating.ratedOn().toString(), rating.ratedAt().toString()));
    }

    /** The current rating of every rated skill, in skill id order: its latest by time given, then by insertion. */
    public Map<String, Integer> current() throws StoreException {
        return db.read(c -> {
            Map<String, Integer> current = new TreeMap<>();
            for (Row row : query(c, "SELECT id, skill_id, rating, rated_on, rated_at FROM skill_rating")) {
                current.put(row.rating().skillId(), row.rating().rating()); // sorted oldest first: the last one wins
            }
            return Collections.unmodifiableMap(current);
        });
    }

    /** Every rating given on the skill, oldest first; empty if it was never rated. */
    public List<SkillRating> history(String skillId) throws StoreException {
        Objects.requireNonNull(skillId);
        return db.read(c -> query(c, "SELECT id, skill_id, rating, rated_on, rated_at FROM skill_rating WHERE skill_id = ?",
                skillId).stream().map(Row::rating).toList());
    }

    /** Project ids linked to each skill, skills and projects in id order. */
    public Map<String, Set<String>> linkedProjects() throws StoreException {
        return linked(Kind.PROJECT);
    }

    /** Milestone ids linked to each skill, skills and milestones in id order. */
    public Map<String, Set<String>> linkedMilestones() throws StoreException {
        return linked(Kind.MILESTONE);
    }

    /** Links the project or milestone to the skill as evidence; linking it again changes nothing. */
    public void link(String skillId, Kind kind, String targetId) throws StoreException {
        Objects.requireNonNull(skillId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(targetId);
        db.update(c -> Rows.update(c, "INSERT INTO skill_evidence(skill_id, kind, target_id) VALUES(?, ?, ?) "
                + "ON CONFLICT(skill_id, kind, target_id) DO NOTHING", skillId, kind.name(), targetId));
    }

    /** Removes the link; nothing happens if there is none. */
    public void unlink(String skillId, Kind kind, String targetId) throws StoreException {
        Objects.requireNonNull(skillId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(targetId);
        db.update(c -> Rows.update(c, "DELETE FROM skill_evidence WHERE skill_id = ? AND kind = ? AND target_id = ?",
                skillId, kind.name(), targetId));
    }

    private Map<String, Set<String>> linked(Kind kind) throws StoreException {
        return db.read(c -> {
            Map<String, Set<String>> links = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT skill_id, target_id FROM skill_evidence WHERE kind = ? ORDER BY skill_id, target_id")) {
                ps.setString(1, kind.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        links.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                    }
                }
            }
            links.replaceAll((skill, targets) -> Collections.unmodifiableSet(targets));
            return Collections.unmodifiableMap(links);
        });
    }

    /** The rows, oldest first. */
    private static List<Row> query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    // lenient like the study log: a day or time edited into nonsense shows as 1970 and sorts
                    // first rather than hiding every rating
                    rows.add(new Row(rs.getLong(1), new SkillRating(rs.getString(2), rs.getInt(3),
                            Rows.date(rs.getString(4)).orElse(LocalDate.EPOCH), Rows.instant(rs.getString(5)))));
                }
                rows.sort(OLDEST_FIRST);
                return rows;
            }
        }
    }


    private record Row(long id, SkillRating rating) {
    }
}
