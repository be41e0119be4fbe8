package app.stepwise.store;

import static app.stepwise.store.DatabaseTest.count;
import static app.stepwise.store.DatabaseTest.exec;
import static app.stepwise.store.DatabaseTest.sqliteCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.store.SkillRepository.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;

class SkillRepositoryTest extends RepositoryTestBase {

    private SkillRepository skills;

    @Override
    void createRepositories(Database db) {
        skills = new SkillRepository(db);
    }

    private static SkillRating rating(String skillId, int rating, String day, String at) {
        return new SkillRating(skillId, rating, LocalDate.parse(day), Instant.parse(at));
    }

    @Test
    void theRecordTakesOnlyZeroToFive() {
        LocalDate day = LocalDate.of(2026, 4, 1);
        Instant at = Instant.parse("2026-04-01T10:00:00Z");
        assertThat(new SkillRating("skill.sql", 0, day, at).rating()).isZero();
        assertThat(new SkillRating("skill.sql", 5, day, at).rating()).isEqualTo(5);
        assertThatThrownBy(() -> new SkillRating("skill.sql", 6, day, at)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SkillRating("skill.sql", -1, day, at)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SkillRating(null, 3, day, at)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SkillRating("skill.sql", 3, null, at)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SkillRating("skill.sql", 3, day, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNewFileHasNoRatingsAndNoEvidence() throws Exception {
        assertThat(skills.current()).isEmpty();
        assertThat(skills.history("skill.sql")).isEmpty();
        assertThat(skills.linkedProjects()).isEmpty();
        assertThat(skills.linkedMilestones()).isEmpty();
    }

    @Test
    void everyRatingIsKeptAndSurvivesAReopen() throws Exception {
        SkillRating first = rating("skill.sql", 2, "2026-03-01", "2026-03-01T09:00:00.123456Z");
        SkillRating second = rating("skill.sql", 4, "2026-03-20", "2026-03-20T18:30:00Z");
        SkillRating java = rating("skill.java", 0, "2026-03-02", "2026-03-02T09:00:00Z");
        skills.rate(first);
        skills.rate(java);
        skills.rate(second);

        reopen();

        assertThat(skills.history("skill.sql")).containsExactly(first, second);
        assertThat(skills.history("skill.java")).containsExactly(java);
        assertThat(skills.current()).containsExactly(Map.entry("skill.java", 0), Map.entry("skill.sql", 4));
        assertThat(rows("skill_rating")).isEqualTo(3);
    }

    @Test
    void ratingTheSameValueAgainIsStillKept() throws Exception {
        skills.rate(rating("skill.git", 3, "2026-03-01", "2026-03-01T09:00:00Z"));
        skills.rate(rating("skill.git", 3, "2026-03-08", "2026-03-08T09:00:00Z"));

        assertThat(skills.history("skill.git")).extracting(SkillRating::ratedOn)
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 8));
    }

    @Test
    void theLatestIsByTimeGivenNotByTextThenByInsertion() throws Exception {
        // as text "…:00.5Z" sorts before "…:00Z"; as time it is later
        SkillRating later = rating("skill.sql", 5, "2026-03-01", "2026-03-01T10:00:00.500Z");
        SkillRating earlier = rating("skill.sql", 1, "2026-03-01", "2026-03-01T10:00:00Z");
        skills.rate(later);
        skills.rate(earlier); // inserted last, given first

        assertThat(skills.current()).containsExactly(Map.entry("skill.sql", 5));
        assertThat(skills.history("skill.sql")).containsExactly(earlier, later);

        // the same instant twice: the one inserted last wins
        SkillRating same1 = rating("skill.css", 2, "2026-03-01", "2026-03-01T10:00:00Z");
        SkillRating same2 = rating("skill.css", 4, "2026-03-01", "2026-03-01T10:00:00Z");
        skills.rate(same1);
        skills.rate(same2);
        assertThat(skills.current()).containsEntry("skill.css", 4);
        assertThat(skills.history("skill.css")).containsExactly(same1, same2);
    }

    @Test
    void historyIsOldestFirstAndOnlyForThatSkill() throws Exception {
        SkillRating march = rating("skill.sql", 2, "2026-03-01", "2026-03-01T09:00:00Z");
        SkillRating may = rating("skill.sql", 4, "2026-05-01", "2026-05-01T09:00:00Z");
        SkillRating april = rating("skill.sql", 3, "2026-04-01", "2026-04-01T09:00:00Z");
        skills.rate(may);
        skills.rate(rating("skill.sql-advanced", 1, "2026-04-15", "2026-04-15T09:00:00Z"));
        skills.rate(march);
        skills.rate(april);

        assertThat(skills.history("skill.sql")).containsExactly(march, april, may);
        assertThat(skills.history("skill.unknown")).isEmpty();
    }

    @Test
    void theDayIsStoredAsPlainDateText() throws Exception {
        // late on the 29th in Berlin is still the 28th in UTC: the day is what the user saw, not the instant's
        skills.rate(rating("skill.sql", 3, "2026-03-29", "2026-03-28T23:30:00Z"));
        Optional<String> stored = db.read(c -> Rows.queryString(c, "SELECT rated_on FROM skill_rating"));
        assertThat(stored).contains("2026-03-29");
    }

    @Test
    void theSchemaRefusesRatingsOutsideZeroToFive() throws Exception {
        assertCheckFails(insertRating(6));
        assertCheckFails(insertRating(-1));
        assertCheckFails("INSERT INTO skill_rating(skill_id, rating, rated_on, rated_at) "
                + "VALUES('skill.sql', 'five', '2026-03-01', '2026-03-01T09:00:00Z')");
        db.update(c -> exec(c, insertRating(0)));
        db.update(c -> exec(c, insertRating(5)));
        assertThat(skills.history("skill.sql")).extracting(SkillRating::rating).containsExactly(0, 5);
    }

    @Test
    void aRefusedRatingLeavesTheHistoryAsItWas() throws Exception {
        SkillRating kept = rating("skill.sql", 3, "2026-03-01", "2026-03-01T09:00:00Z");
        skills.rate(kept);

        assertCheckFails(insertRating(6));

        assertThat(skills.history("skill.sql")).containsExactly(kept);
        assertThat(skills.current()).containsExactly(Map.entry("skill.sql", 3));
    }

    @Test
    void aTimeOrDayEditedIntoNonsenseStillReadsAndSortsFirst() throws Exception {
        SkillRating good = rating("skill.sql", 4, "2026-03-01", "2026-03-01T09:00:00Z");
        skills.rate(good);
        db.update(c -> exec(c, "INSERT INTO skill_rating(skill_id, rating, rated_on, rated_at) "
                + "VALUES('skill.sql', 1, 'someday', 'later')"));

        assertThat(skills.history("skill.sql")).containsExactly(
                new SkillRating("skill.sql", 1, LocalDate.EPOCH, Instant.EPOCH), good);
        assertThat(skills.current()).containsExactly(Map.entry("skill.sql", 4));
    }

    @Test
    void evidenceLinksSurviveAReopenAndProjectsAndMilestonesStayApart() throws Exception {
        skills.link("skill.sql", Kind.PROJECT, "p2");
        skills.link("skill.sql", Kind.PROJECT, "p1");
        skills.link("skill.java", Kind.PROJECT, "p1");
        skills.link("skill.sql", Kind.MILESTONE, "step-2.sql-basics");
        skills.link("skill.sql", Kind.PROJECT, "p1"); // again: no change, no error

        reopen();

        assertThat(skills.linkedProjects()).containsExactly(
                Map.entry("skill.java", Set.of("p1")), Map.entry("skill.sql", Set.of("p1", "p2")));
        assertThat(skills.linkedProjects().get("skill.sql")).containsExactly("p1", "p2");
        assertThat(skills.linkedMilestones()).containsExactly(Map.entry("skill.sql", Set.of("step-2.sql-basics")));
        assertThat(rows("skill_evidence")).isEqualTo(4);
    }

    @Test
    void unlinkRemovesOnlyThatLink() throws Exception {
        skills.link("skill.sql", Kind.PROJECT, "p1");
        skills.link("skill.sql", Kind.MILESTONE, "p1"); // same target id, other kind
        skills.link("skill.sql", Kind.PROJECT, "p2");

        skills.unlink("skill.sql", Kind.PROJECT, "p1");
        skills.unlink("skill.sql", Kind.PROJECT, "p1");
        skills.unlink("skill.never", Kind.MILESTONE, "m");

        reopen();
        assertThat(skills.linkedProjects()).containsExactly(Map.entry("skill.sql", Set.of("p2")));
        assertThat(skills.linkedMilestones()).containsExactly(Map.entry("skill.sql", Set.of("p1")));

        skills.unlink("skill.sql", Kind.PROJECT, "p2");
        assertThat(skills.linkedProjects()).isEmpty(); // no skill left with an empty set
    }

    @Test
    void theSchemaRefusesOtherKindsOfEvidence() throws Exception {
        assertCheckFails("INSERT INTO skill_evidence VALUES('skill.sql', 'STEP', 'step-2')");
        assertCheckFails("INSERT INTO skill_evidence VALUES('skill.sql', 'project', 'p1')");
        assertThat(skills.linkedProjects()).isEmpty();
    }

    @Test
    void whatIsReturnedCannotBeChanged() throws Exception {
        skills.rate(rating("skill.sql", 3, "2026-03-01", "2026-03-01T09:00:00Z"));
        skills.link("skill.sql", Kind.PROJECT, "p1");

        assertThatThrownBy(() -> skills.current().put("skill.x", 1)).isInstanceOf(UnsupportedOperationException.class);
        List<SkillRating> history = skills.history("skill.sql");
        assertThatThrownBy(() -> history.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> skills.linkedProjects().get("skill.sql").add("p9"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private int rows(String table) throws StoreException {
        return db.read(c -> count(c, table));
    }

    private static String insertRating(int rating) {
        return "INSERT INTO skill_rating(skill_id, rating, rated_on, rated_at) VALUES('skill.sql', " + rating
                + ", '2026-03-01', '2026-03-01T09:00:00Z')";
    }

    private void assertCheckFails(String sql) {
        assertThatThrownBy(() -> db.update(c -> exec(c, sql)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(sqliteCode(e)).isEqualTo(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK));
    }
}
