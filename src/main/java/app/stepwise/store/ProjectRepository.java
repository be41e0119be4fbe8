package app.stepwise.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Portfolio projects with their tags, ticked evidence and links to steps and skills. Saving upserts the
 * project row, never {@code INSERT OR REPLACE}: a replace deletes the row first and the cascade would
 * take its children with it.
 */
public final class ProjectRepository {

    private static final String COLUMNS = "id, title, summary, status, repository_url, live_url, started_on, "
            + "finished_on, role, decisions, deployment_notes, created_at";
    private static final String STEP = "STEP";
    private static final String SKILL = "SKILL";
    // created_at is Instant.toString(), whose fraction varies in length, so text order is not time order
    private static final Comparator<Project> OLDEST_FIRST =
            Comparator.comparing(Project::createdAt).thenComparing(Project::id);

    private final Database db;

    public ProjectRepository(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    /** Every project, oldest first (then by id); tags in the order they were given. */
    public List<Project> all() throws StoreException {
        return db.read(c -> load(c, Optional.empty()));
    }

    public Optional<Project> find(String id) throws StoreException {
        Objects.requireNonNull(id);
        return db.read(c -> find(c, id));
    }

    /** Creates or updates the project and replaces its tags, evidence and links, in one transaction. */
    public void save(Project project) throws StoreException {
        Objects.requireNonNull(project);
        db.update(c -> write(c, project));
    }

    /** Deletes the project with its children; returns what was deleted, for undo. */
    public Optional<Project> delete(String id) throws StoreException {
        Objects.requireNonNull(id);
        return db.write(c -> {
            Optional<Project> before = find(c, id);
            Rows.update(c, "DELETE FROM project WHERE id = ?", id);
            return before;
        });
    }

    /** Puts a deleted project back exactly as it was, creation time included (undo of {@link #delete}). */
    public void restore(Project project) throws StoreException {
        save(project);
    }

    private static void write(Connection c, Project p) throws SQLException {
        Rows.update(c, "INSERT INTO project(" + COLUMNS + ", updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT(id) DO UPDATE SET title = excluded.title, summary = excluded.summary, "
                        + "status = excluded.status, repository_url = excluded.repository_url, "
                        + "live_url = excluded.live_url, started_on = excluded.started_on, "
                        + "finished_on = excluded.finished_on, role = excluded.role, decisions = excluded.decisions, "
                        + "deployment_notes = excluded.deployment_notes, created_at = excluded.created_at, "
                        + "updated_at = excluded.updated_at",
                p.id(), p.title(), p.summary(), p.status().name(), p.repositoryUrl().orElse(null),
                p.liveUrl().orElse(null), Rows.text(p.startedOn()), Rows.text(p.finishedOn()), p.role(),
                p.decisions(), p.deploymentNotes(), p.createdAt().toString(), Rows.now());
        for (String table : List.of("project_tag", "project_evidence", "project_link")) {
            Rows.update(c, "DELETE FROM " + table + " WHERE project_id = ?", p.id());
        }
        for (int i = 0; i < p.tags().size(); i++) {
            Rows.update(c, "INSERT INTO project_tag(project_id, position, tag) VALUES(?, ?, ?)", p.id(), i, p.tags().get(i));
        }
        for (EvidenceItem item : p.tickedEvidence()) {
            Rows.update(c, "INSERT INTO project_evidence(project_id, item) VALUES(?, ?)", p.id(), item.name());
        }
        insertLinks(c, p.id(), STEP, p.linkedStepIds());
        insertLinks(c, p.id(), SKILL, p.linkedSkillIds());
    }

    private static void insertLinks(Connection c, String projectId, String kind, Set<String> targets) throws SQLException {
        for (String target : targets) {
            Rows.update(c, "INSERT INTO project_link(project_id, kind, target_id) VALUES(?, ?, ?)", projectId, kind, target);
        }
    }

    private static Optional<Project> find(Connection c, String id) throws SQLException {
        return load(c, Optional.of(id)).stream().findFirst();
    }

    /** Four queries whatever the number of projects: every project, or the one with the given id. */
    private static List<Project> load(Connection c, Optional<String> only) throws SQLException {
        String where = only.isPresent() ? " WHERE project_id = ?" : "";
        List<Object> parameters = only.<List<Object>>map(List::of).orElse(List.of());
        Map<String, List<String>> tags = new HashMap<>();
        for (String[] row : rows(c, "SELECT project_id, tag FROM project_tag" + where + " ORDER BY project_id, position", parameters)) {
            tags.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        Map<String, Set<EvidenceItem>> evidence = new HashMap<>();
        for (String[] row : rows(c, "SELECT project_id, item FROM project_evidence" + where, parameters)) {
            evidence.computeIfAbsent(row[0], k -> EnumSet.noneOf(EvidenceItem.class)).add(EvidenceItem.valueOf(row[1]));
        }
        Map<String, Set<String>> steps = new HashMap<>();
        Map<String, Set<String>> skills = new HashMap<>();
        for (String[] row : rows(c, "SELECT project_id, kind, target_id FROM project_link" + where, parameters)) {
            (STEP.equals(row[1]) ? steps : skills).computeIfAbsent(row[0], k -> new HashSet<>()).add(row[2]);
        }
        List<Project> projects = new ArrayList<>();
        String projectWhere = only.isPresent() ? " WHERE id = ?" : "";
        for (String[] r : rows(c, "SELECT " + COLUMNS + " FROM project" + projectWhere, parameters)) {
            String id = r[0];
            projects.add(new Project(id, r[1], r[2], ProjectStatus.valueOf(r[3]), Optional.ofNullable(r[4]),
                    Optional.ofNullable(r[5]), tags.getOrDefault(id, List.of()), Rows.date(r[6]), Rows.date(r[7]),
                    r[8], r[9], r[10], evidence.getOrDefault(id, Set.of()), steps.getOrDefault(id, Set.of()),
                    skills.getOrDefault(id, Set.of()), Rows.instant(r[11])));
        }
        projects.sort(OLDEST_FIRST);
        return projects;
    }

    /** Lenient like {@link Rows#date}: a hand-edited time puts the project first rather than hiding them all. */

    private static List<String[]> rows(Connection c, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<String[]> rows = new ArrayList<>();
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
