package app.stepwise.store;

import static app.stepwise.store.DatabaseTest.count;
import static app.stepwise.store.DatabaseTest.exec;
import static app.stepwise.store.DatabaseTest.sqliteCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;

class ProjectRepositoryTest extends RepositoryTestBase {

    private static final String RTL = "واجهة برمجة المهام — ממשק משימות";
    private static final Instant CREATED = Instant.parse("2026-01-05T09:30:15.123456Z");

    private ProjectRepository projects;

    @Override
    void createRepositories(Database db) {
        projects = new ProjectRepository(db);
    }

    private static Project full(String id) {
        String paragraph = "Chose PostgreSQL 🐘 for transactions.\nJWT with refresh tokens.\n\n" + RTL + "\n";
        String repeated = paragraph.repeat(10_000 / paragraph.length());
        String decisions = repeated + "x".repeat(10_000 - repeated.length()); // never cuts an emoji in half
        return new Project(id, "Task API 🚀 " + RTL, "Summary with emoji 👩🏽‍💻 and " + RTL, ProjectStatus.DEPLOYED,
                Optional.of("https://github.com/ana/task-api"), Optional.of("https://tasks.example.com/ü?q=1"),
                List.of("Spring Boot", "PostgreSQL", "Docker", "عربي", "✅ tests"),
                Optional.of(LocalDate.of(2026, 1, 5)), Optional.of(LocalDate.of(2026, 3, 1)),
                "Sole developer", decisions, "Fly.io, health checks\nalerts by email",
                Set.of(EvidenceItem.README, EvidenceItem.CI, EvidenceItem.LIVE_DEMO),
                Set.of("step-3", "step-4"), Set.of("skill.sql", "skill.docker"), CREATED);
    }

    @Test
    void everyFieldSurvivesAReopen() throws Exception {
        Project project = full("p1");
        assertThat(project.decisions()).hasSize(10_000);
        projects.save(project);

        reopen();

        assertThat(projects.find("p1")).contains(project);
        assertThat(projects.all()).containsExactly(project);
        assertThat(projects.find("p1").orElseThrow().tags())
                .containsExactly("Spring Boot", "PostgreSQL", "Docker", "عربي", "✅ tests");
    }

    @Test
    void aBlankProjectRoundTripsWithEmptyOptionalsAndSets() throws Exception {
        Project blank = Project.blank("p0", "Idea", CREATED);
        projects.save(blank);
        assertThat(projects.find("p0")).contains(blank);
        assertThat(projects.find("nope")).isEmpty();
    }

    @Test
    void savingAgainUpdatesInPlaceAndReplacesOnlyItsOwnChildren() throws Exception {
        Project other = full("p2");
        projects.save(full("p1"));
        projects.save(other);
        Project edited = new Project("p1", "Renamed", "", ProjectStatus.DONE, Optional.empty(), Optional.empty(),
                List.of("Go"), Optional.empty(), Optional.empty(), "", "", "", Set.of(EvidenceItem.TESTS),
                Set.of(), Set.of("skill.go"), CREATED);

        projects.save(edited);

        assertThat(projects.find("p1")).contains(edited);
        assertThat(projects.find("p2")).contains(other);
    }

    @Test
    void allIsInCreationOrderThenById() throws Exception {
        // as text "…:00Z" sorts after "…:00.5Z"; as time it is earlier
        Project second = Project.blank("b", "Second", Instant.parse("2026-01-01T10:00:00.500Z"));
        Project first = Project.blank("z", "First", Instant.parse("2026-01-01T10:00:00Z"));
        Project thirdA = Project.blank("a", "Third A", Instant.parse("2026-01-01T10:00:01Z"));
        Project thirdC = Project.blank("c", "Third C", Instant.parse("2026-01-01T10:00:01Z"));
        for (Project p : List.of(thirdC, second, thirdA, first)) {
            projects.save(p);
        }
        assertThat(projects.all()).containsExactly(first, second, thirdA, thirdC);
    }

    @Test
    void deleteReturnsWhatWasDeletedAndRestoreBringsItBackExactly() throws Exception {
        Project project = full("p1");
        projects.save(project);

        assertThat(projects.delete("p1")).contains(project);
        assertThat(projects.find("p1")).isEmpty();
        assertThat(childRows()).isZero();
        assertThat(projects.delete("p1")).isEmpty();

        reopen();
        projects.restore(project);

        assertThat(projects.all()).containsExactly(project);
    }

    @Test
    void deletingTheRowCascadesToItsChildrenOnly() throws Exception {
        projects.save(full("p1"));
        projects.save(full("p2"));
        int perProject = childRows() / 2;
        assertThat(perProject).isEqualTo(5 + 3 + 4); // tags, evidence, links

        db.update(c -> exec(c, "DELETE FROM project WHERE id = 'p1'"));

        assertThat(childRows()).isEqualTo(perProject);
        assertThat(rows("project_tag WHERE project_id = 'p1'")).isZero();
    }

    @Test
    void theSchemaRefusesALongOrBlankTitle() throws Exception {
        assertCheckFails(insert("'" + "x".repeat(121) + "'", "NULL", "NULL"));
        assertCheckFails(insert("'   '", "NULL", "NULL"));
        // 120 characters, not bytes: each emoji is one character of four UTF-8 bytes
        db.update(c -> exec(c, insert("'" + "🚀".repeat(120) + "'", "NULL", "NULL")));
        assertThat(rows("project")).isEqualTo(1);
    }

    @Test
    void theSchemaRefusesAFinishBeforeTheStart() throws Exception {
        assertCheckFails(insert("'t'", "'2026-03-02'", "'2026-03-01'"));
        db.update(c -> exec(c, insert("'t'", "'2026-03-01'", "'2026-03-01'")));
        db.update(c -> exec(c, "DELETE FROM project"));
        db.update(c -> exec(c, insert("'t'", "NULL", "'2026-03-01'")));
    }

    @Test
    void theSchemaRefusesUnknownStatusesEvidenceAndLinkKinds() throws Exception {
        assertCheckFails(insert("'t'", "NULL", "NULL").replace("'IDEA'", "'ABANDONED'"));
        db.update(c -> exec(c, insert("'t'", "NULL", "NULL")));
        assertCheckFails("INSERT INTO project_evidence VALUES('p', 'BLOG_POST')");
        assertCheckFails("INSERT INTO project_link VALUES('p', 'LEVEL', 'junior')");
        for (EvidenceItem item : EvidenceItem.values()) { // the migration spells out every item the app has
            db.update(c -> exec(c, "INSERT INTO project_evidence VALUES('p', '" + item.name() + "')"));
        }
    }

    @Test
    void aRefusedSaveChangesNothing() throws Exception {
        Project project = full("p1");
        projects.save(project);
        Project backwards = new Project("p1", "Backwards", "", ProjectStatus.DONE, Optional.empty(), Optional.empty(),
                List.of(), Optional.of(LocalDate.of(2026, 3, 2)), Optional.of(LocalDate.of(2026, 3, 1)), "", "", "",
                Set.of(), Set.of(), Set.of(), CREATED);

        assertThatThrownBy(() -> projects.save(backwards)).isInstanceOf(StoreException.class);

        assertThat(projects.all()).containsExactly(project);
    }

    private static String insert(String title, String startedOn, String finishedOn) {
        return "INSERT INTO project(id, title, summary, status, started_on, finished_on, role, decisions, "
                + "deployment_notes, created_at, updated_at) VALUES('p', " + title + ", '', 'IDEA', " + startedOn + ", "
                + finishedOn + ", '', '', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')";
    }

    private void assertCheckFails(String sql) {
        assertThatThrownBy(() -> db.update(c -> exec(c, sql)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(sqliteCode(e)).isEqualTo(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK));
    }

    private int rows(String table) throws StoreException {
        return db.read(c -> count(c, table));
    }

    private int childRows() throws StoreException {
        return db.read(c -> count(c, "project_tag") + count(c, "project_evidence") + count(c, "project_link"));
    }
}
