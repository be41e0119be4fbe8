package app.stepwise.planning;

import static app.stepwise.planning.ProjectBuilder.project;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.planning.ProjectRules.Field;
import app.stepwise.planning.ProjectRules.FieldProblem;
import app.stepwise.planning.ProjectRules.Problem;
import org.junit.jupiter.api.Test;

class ProjectRulesTest {

    @Test
    void aTitledProjectWithoutLinksOrDatesIsFine() {
        assertThat(ProjectRules.check(project("p", "Task API").build())).isEmpty();
        assertThat(ProjectRules.TITLE_MAX).isEqualTo(120);
    }

    @Test
    void theTitleIsRequired() {
        assertThat(ProjectRules.check(project("p", "").build())).containsExactly(problem(Field.TITLE, Problem.REQUIRED));
        assertThat(ProjectRules.check(project("p", " \t ").build())).containsExactly(problem(Field.TITLE, Problem.REQUIRED));
    }

    @Test
    void theTitleIsAtMost120CharactersCountingEachEmojiOnce() {
        assertThat(ProjectRules.check(project("p", "a".repeat(120)).build())).isEmpty();
        assertThat(ProjectRules.check(project("p", "a".repeat(121)).build()))
                .containsExactly(problem(Field.TITLE, Problem.TOO_LONG));
        // 120 rockets are 240 UTF-16 chars but 120 characters
        assertThat(ProjectRules.check(project("p", "🚀".repeat(120)).build())).isEmpty();
        assertThat(ProjectRules.check(project("p", "🚀".repeat(121)).build()))
                .containsExactly(problem(Field.TITLE, Problem.TOO_LONG));
    }

    @Test
    void eachLinkIsCheckedAtItsOwnField() {
        assertThat(ProjectRules.check(project("p", "t").repository("javascript:alert(1)").live("http://").build()))
                .containsExactly(problem(Field.REPOSITORY_URL, Problem.SCHEME_NOT_ALLOWED),
                        problem(Field.LIVE_URL, Problem.NO_HOST));
        assertThat(ProjectRules.check(project("p", "t").repository("github.com/ana").live("file:///etc/passwd").build()))
                .containsExactly(problem(Field.REPOSITORY_URL, Problem.NOT_A_LINK),
                        problem(Field.LIVE_URL, Problem.SCHEME_NOT_ALLOWED));
        assertThat(ProjectRules.check(project("p", "t").repository("ftp://x.org").live("").build()))
                .containsExactly(problem(Field.REPOSITORY_URL, Problem.SCHEME_NOT_ALLOWED));
        assertThat(ProjectRules.check(project("p", "t").repository("https://github.com/ana/api")
                .live("https://api.example.com").build())).isEmpty();
    }

    @Test
    void theFinishMayNotComeBeforeTheStart() {
        assertThat(ProjectRules.check(project("p", "t").started(2026, 3, 2).finished(2026, 3, 1).build()))
                .containsExactly(problem(Field.FINISHED_ON, Problem.FINISH_BEFORE_START));
        assertThat(ProjectRules.check(project("p", "t").started(2026, 3, 1).finished(2026, 3, 1).build())).isEmpty();
        assertThat(ProjectRules.check(project("p", "t").finished(2020, 1, 1).build())).isEmpty();
        assertThat(ProjectRules.check(project("p", "t").started(2030, 1, 1).build())).isEmpty();
    }

    @Test
    void everyProblemIsReportedInFieldOrder() {
        assertThat(ProjectRules.check(project("p", "").repository("mailto:a@b.c").live("https:///x")
                .started(2026, 5, 1).finished(2026, 4, 30).build()))
                .containsExactly(problem(Field.TITLE, Problem.REQUIRED),
                        problem(Field.REPOSITORY_URL, Problem.SCHEME_NOT_ALLOWED),
                        problem(Field.LIVE_URL, Problem.NO_HOST),
                        problem(Field.FINISHED_ON, Problem.FINISH_BEFORE_START));
    }

    private static FieldProblem problem(Field field, Problem problem) {
        return new FieldProblem(field, problem);
    }

    @Test
    void onlyTheValidFieldsOfAnEditAreKept() {
        var stored = project("p", "Task API").repository("https://github.com/me/api").started(2026, 1, 5).build();
        var edited = project("p", "").repository("javascript:alert(1)").role("Sole developer")
                .started(2026, 3, 1).finished(2026, 2, 1).build();
        var kept = ProjectRules.keepValid(stored, edited).orElseThrow();
        assertThat(kept.title()).isEqualTo("Task API");
        assertThat(kept.repositoryUrl()).contains("https://github.com/me/api");
        assertThat(kept.startedOn()).contains(java.time.LocalDate.of(2026, 1, 5));
        assertThat(kept.finishedOn()).isEmpty();
        assertThat(kept.role()).isEqualTo("Sole developer");
    }

    @Test
    void aValidEditIsKeptWhole() {
        var stored = project("p", "Task API").build();
        var edited = project("p", "Task API v2").live("https://api.example.org").build();
        assertThat(ProjectRules.keepValid(stored, edited)).contains(edited);
    }
}
