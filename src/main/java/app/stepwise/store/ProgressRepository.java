package app.stepwise.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Progress on steps and milestones. Upserts, never {@code INSERT OR REPLACE}: a replace deletes the
 * step row first, and the cascade would take its milestones with it.
 */
public final class ProgressRepository {

    private static final String STEP_COLUMNS = "step_id, status, started_on, finished_on";
    private static final String MILESTONE_COLUMNS = "milestone_id, step_id, done, count";

    private final Database db;

    public ProgressRepository(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    public Map<String, StepProgress> allSteps() throws StoreException {
        return db.read(c -> {
            Map<String, StepProgress> steps = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + STEP_COLUMNS + " FROM step_progress ORDER BY step_id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StepProgress step = step(rs);
                    steps.put(step.stepId(), step);
                }
            }
            return Collections.unmodifiableMap(steps);
        });
    }

    public Map<String, MilestoneProgress> allMilestones() throws StoreException {
        return db.read(c -> {
            Map<String, MilestoneProgress> milestones = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + MILESTONE_COLUMNS + " FROM milestone_progress ORDER BY milestone_id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MilestoneProgress milestone = milestone(rs);
                    milestones.put(milestone.milestoneId(), milestone);
                }
            }
            return Collections.unmodifiableMap(milestones);
        });
    }

    public void saveStep(StepProgress step) throws StoreException {
        Objects.requireNonNull(step);
        db.update(c -> upsertStep(c, step));
    }

    /** Creates the step's row (not started) first if it has none, in the same transaction. */
    public void saveMilestone(MilestoneProgress milestone) throws StoreException {
        Objects.requireNonNull(milestone);
        db.update(c -> {
            ensureStep(c, milestone.stepId());
            upsertMilestone(c, milestone);
        });
    }

    /** Sets the step to not started without dates and deletes its milestones; returns what was there. */
    public StepSnapshot resetStep(String stepId) throws StoreException {
        Objects.requireNonNull(stepId);
        return db.write(c -> {
            StepSnapshot before = new StepSnapshot(stepId, findStep(c, stepId), milestonesOf(c, stepId));
            Rows.update(c, "UPDATE step_progress SET status = 'NOT_STARTED', started_on = NULL, finished_on = NULL, "
                    + "updated_at = ? WHERE step_id = ?", Rows.now(), stepId);
            Rows.update(c, "DELETE FROM milestone_progress WHERE step_id = ?", stepId);
            return before;
        });
    }

    /** Puts back exactly the snapshot's state of its step (undo of {@link #resetStep(String)}). */
    public void restore(StepSnapshot snapshot) throws StoreException {
        Objects.requireNonNull(snapshot);
        db.update(c -> {
            Rows.update(c, "DELETE FROM milestone_progress WHERE step_id = ?", snapshot.stepId());
            if (snapshot.step().isPresent()) {
                upsertStep(c, snapshot.step().get());
            } else {
                Rows.update(c, "DELETE FROM step_progress WHERE step_id = ?", snapshot.stepId());
            }
            for (MilestoneProgress m : snapshot.milestones()) {
                upsertMilestone(c, m);
            }
        });
    }

    private static void upsertStep(Connection c, StepProgress step) throws SQLException {
        Rows.update(c, "INSERT INTO step_progress(" + STEP_COLUMNS + ", updated_at) VALUES(?, ?, ?, ?, ?) "
                        + "ON CONFLICT(step_id) DO UPDATE SET status = excluded.status, started_on = excluded.started_on, "
                        + "finished_on = excluded.finished_on, updated_at = excluded.updated_at",
                step.stepId(), step.status().name(), Rows.text(step.startedOn()), Rows.text(step.finishedOn()), Rows.now());
    }

    private static void ensureStep(Connection c, String stepId) throws SQLException {
        Rows.update(c, "INSERT INTO step_progress(step_id, status, updated_at) VALUES(?, 'NOT_STARTED', ?) "
                + "ON CONFLICT(step_id) DO NOTHING", stepId, Rows.now());
    }

    private static void upsertMilestone(Connection c, MilestoneProgress m) throws SQLException {
        Rows.update(c, "INSERT INTO milestone_progress(" + MILESTONE_COLUMNS + ", updated_at) VALUES(?, ?, ?, ?, ?) "
                        + "ON CONFLICT(milestone_id) DO UPDATE SET step_id = excluded.step_id, done = excluded.done, "
                        + "count = excluded.count, updated_at = excluded.updated_at",
                m.milestoneId(), m.stepId(), m.done() ? 1 : 0, m.count(), Rows.now());
    }

    private static Optional<StepProgress> findStep(Connection c, String stepId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + STEP_COLUMNS + " FROM step_progress WHERE step_id = ?")) {
            ps.setString(1, stepId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(step(rs)) : Optional.empty();
            }
        }
    }

    private static List<MilestoneProgress> milestonesOf(Connection c, String stepId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + MILESTONE_COLUMNS + " FROM milestone_progress WHERE step_id = ? ORDER BY milestone_id")) {
            ps.setString(1, stepId);
            try (ResultSet rs = ps.executeQuery()) {
                List<MilestoneProgress> milestones = new ArrayList<>();
                while (rs.next()) {
                    milestones.add(milestone(rs));
                }
                return milestones;
            }
        }
    }

    private static StepProgress step(ResultSet rs) throws SQLException {
        return new StepProgress(rs.getString(1), StepStatus.valueOf(rs.getString(2)),
                Rows.date(rs.getString(3)), Rows.date(rs.getString(4)));
    }

    private static MilestoneProgress milestone(ResultSet rs) throws SQLException {
        return new MilestoneProgress(rs.getString(1), rs.getString(2), rs.getInt(3) != 0, rs.getInt(4));
    }
}
