package app.stepwise.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/** The single profile row (id 1). */
public final class ProfileRepository {

    private final Database db;

    public ProfileRepository(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    /** An empty profile until one is saved. */
    public Profile load() throws StoreException {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT current_level, target_level FROM profile WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? new Profile(Optional.ofNullable(rs.getString(1)), Optional.ofNullable(rs.getString(2)))
                        : Profile.empty();
            }
        });
    }

    public void save(Profile profile) throws StoreException {
        Objects.requireNonNull(profile);
        db.update(c -> Rows.update(c, "INSERT INTO profile(id, current_level, target_level, updated_at) VALUES(1, ?, ?, ?) "
                        + "ON CONFLICT(id) DO UPDATE SET current_level = excluded.current_level, "
                        + "target_level = excluded.target_level, updated_at = excluded.updated_at",
                profile.currentLevelId().orElse(null), profile.targetLevelId().orElse(null), Rows.now()));
    }
}
