package app.stepwise.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Free-text notes, one per subject (a step, milestone or skill id). Bodies are stored exactly as given. */
public final class NoteRepository {

    private final Database db;

    public NoteRepository(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    public Map<String, String> all() throws StoreException {
        return db.read(c -> {
            Map<String, String> notes = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT subject_id, body FROM note ORDER BY subject_id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    notes.put(rs.getString(1), rs.getString(2));
                }
            }
            return Collections.unmodifiableMap(notes);
        });
    }

    public Optional<String> get(String subjectId) throws StoreException {
        Objects.requireNonNull(subjectId);
        return db.read(c -> Rows.queryString(c, "SELECT body FROM note WHERE subject_id = ?", subjectId));
    }

    /** A blank body deletes the note. */
    public void save(String subjectId, String body) throws StoreException {
        Objects.requireNonNull(subjectId);
        Objects.requireNonNull(body);
        db.update(c -> {
            if (body.isBlank()) {
                Rows.update(c, "DELETE FROM note WHERE subject_id = ?", subjectId);
            } else {
                Rows.update(c, "INSERT INTO note(subject_id, body, updated_at) VALUES(?, ?, ?) "
                        + "ON CONFLICT(subject_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
                        subjectId, body, Rows.now());
            }
        });
    }
}
