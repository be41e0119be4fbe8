package app.stepwise.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/**
 * The single profile row (id 1). Its two halves, the levels ({@link Profile}) and the plan
 * ({@link PlanProfile}), are saved separately: each save writes only its own columns.
 */
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

    /** {@link PlanProfile#empty()} until one is saved. */
    public PlanProfile loadPlan() throws StoreException {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT background_id, start_date, hours_per_week, welcome_done FROM profile WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return PlanProfile.empty();
                }
                int hours = rs.getInt(3);
                Optional<Integer> hoursPerWeek = rs.wasNull() ? Optional.empty() : Optional.of(hours);
                return new PlanProfile(Optional.ofNullable(rs.getString(1)), Rows.date(rs.getString(2)), hoursPerWeek,
                        rs.getInt(4) != 0);
            }
        });
    }

    public void savePlan(PlanProfile plan) throws StoreException {
        Objects.requireNonNull(plan);
        db.update(c -> Rows.update(c, "INSERT INTO profile(id, background_id, start_date, hours_per_week, welcome_done, "
                        + "updated_at) VALUES(1, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT(id) DO UPDATE SET background_id = excluded.background_id, "
                        + "start_date = excluded.start_date, hours_per_week = excluded.hours_per_week, "
                        + "welcome_done = excluded.welcome_done, updated_at = excluded.updated_at",
                plan.backgroundId().orElse(null), Rows.text(plan.startDate()), plan.hoursPerWeek().orElse(null),
                plan.welcomeDone() ? 1 : 0, Rows.now()));
    }
}
