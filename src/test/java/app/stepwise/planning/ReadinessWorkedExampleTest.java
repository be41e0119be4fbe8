package app.stepwise.planning;

import static app.stepwise.planning.ProjectBuilder.project;
import static app.stepwise.store.EvidenceItem.CI;
import static app.stepwise.store.EvidenceItem.README;
import static app.stepwise.store.EvidenceItem.TESTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.stepwise.content.ContentException;
import app.stepwise.content.GuideLoader;
import app.stepwise.planning.NextActions.Action;
import app.stepwise.planning.NextActions.Kind;
import app.stepwise.store.MilestoneProgress;
import app.stepwise.store.ProjectStatus;
import app.stepwise.store.StepStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worked example of {@code docs/readiness.md}, on the shipped guide, with the figures typed from the page. */
class ReadinessWorkedExampleTest {

    private static Readiness.Inputs example;

    @BeforeAll
    static void learner() throws ContentException {
        Map<String, MilestoneProgress> milestones = new HashMap<>();
        for (String id : List.of("step-1.one-language", "step-1.data-structures", "step-1.algorithms",
                "step-1.http-fundamentals", "step-1.structured-course", "step-3.api-endpoints", "step-3.docker",
                "step-4.readme", "step-5.join-communities")) {
            milestones.put(id, new MilestoneProgress(id, id.substring(0, 6), true, 0));
        }
        Map.of("step-3.live-projects", 1, "step-4.portfolio-projects", 2, "step-5.open-source-prs", 1,
                "step-6.algorithm-practice", 420, "step-7.startup-projects", 2).forEach((id, count) ->
                milestones.put(id, new MilestoneProgress(id, id.substring(0, 6), false, count)));
        Map<String, StepStatus> steps = Map.of("step-1", StepStatus.DONE, "step-2", StepStatus.SKIPPED,
                "step-3", StepStatus.IN_PROGRESS, "step-4", StepStatus.IN_PROGRESS, "step-5", StepStatus.IN_PROGRESS,
                "step-6", StepStatus.IN_PROGRESS);
        Map<String, Integer> ratings = new HashMap<>(Map.of("skill.languages", 4, "skill.api-design", 2,
                "skill.sql", 3, "skill.nosql", 1, "skill.containers", 2, "skill.cloud", 1, "skill.ci-cd", 1,
                "skill.security", 1, "skill.testing", 2));
        ratings.putAll(Map.of("skill.system-design-communication", 1, "skill.ownership", 2,
                "skill.api-consumer-empathy", 3, "skill.debugging-under-pressure", 1, "skill.code-review-mentoring", 1,
                "skill.prioritisation", 2, "skill.cross-team-collaboration", 1));
        example = new Readiness.Inputs(new GuideLoader().loadBundled(), "level.backend", milestones, steps, ratings,
                List.of(project("task-api", "Task API").status(ProjectStatus.DEPLOYED).ticked(README, TESTS, CI)
                                .live("https://tasks.example.com").build(),
                        project("shop", "Shop").status(ProjectStatus.DEPLOYED).ticked(README).build()),
                420);
    }

    @Test
    void theScoreAndItsParts() {
        Readiness.Score score = Readiness.score(example);
        assertThat(score.roadmap()).isCloseTo(9.0 / 25, within(1e-9));
        assertThat(score.skills()).isCloseTo(25.0 / 41, within(1e-9));
        assertThat(score.portfolio()).isCloseTo(5.0 / 18, within(1e-9));
        assertThat(score.practice()).isCloseTo(0.5, within(1e-9));
        assertThat(score.overall()).isEqualTo(43); // 42.58
    }

    @Test
    void theNextFiveActions() {
        // a rating point is worth 0.25 / 41 = 0.61 points here: 42.58 → 43.19 still shows 43, so no rating makes the list
        assertThat(NextActions.rank(example, 5)).containsExactly(
                new Action(Kind.ADD_PROJECT, "step-4.portfolio-projects", "3", 5),
                new Action(Kind.LOG_PRACTICE, "step-6", "180", 4),
                new Action(Kind.COMPLETE_MILESTONE, "step-3.cloud-deploy", "step-3", 1),
                new Action(Kind.ADD_EVIDENCE, "shop", "TESTS", 1),
                new Action(Kind.ADD_EVIDENCE, "task-api", "ROLE_AND_DECISIONS", 1));
    }
}
