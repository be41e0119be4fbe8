package app.stepwise.planning;

import static app.stepwise.planning.NextActions.Kind.ADD_EVIDENCE;
import static app.stepwise.planning.NextActions.Kind.ADD_PROJECT;
import static app.stepwise.planning.NextActions.Kind.COMPLETE_MILESTONE;
import static app.stepwise.planning.NextActions.Kind.LOG_PRACTICE;
import static app.stepwise.planning.NextActions.Kind.RATE_SKILL;
import static app.stepwise.planning.ProjectBuilder.project;
import static app.stepwise.planning.ReadinessFixture.inputs;
import static app.stepwise.store.EvidenceItem.CI;
import static app.stepwise.store.EvidenceItem.README;
import static app.stepwise.store.EvidenceItem.TESTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.planning.NextActions.Action;
import app.stepwise.store.StepStatus;
import org.junit.jupiter.api.Test;

/** Gains worked out by hand on {@link ReadinessFixture}'s guide; each comment gives the score before and after. */
class NextActionsTest {

    @Test
    void rankedByGainThenKindThenId() {
        // now 49.05 (see ReadinessTest.allFourPartsTogether)
        // sk.b 2→3: skills 5/5, +5.00 → 54.05 → 54        new project scoring 3: portfolio 8/18, +5.00 → 54
        // s1.b: roadmap 4/7, +3.57 → 52.62 → 53           180 minutes: practice 600/840, +4.29 → 53.33 → 53
        // p1 and p2 one item more each: +1.67 → 50.71 → 51
        assertThat(NextActions.rank(ReadinessTest.mixed(), 10)).containsExactly(
                new Action(RATE_SKILL, "sk.b", "3", 5),
                new Action(ADD_PROJECT, "s4.portfolio", "3", 5),
                new Action(COMPLETE_MILESTONE, "s1.b", "s1", 4),
                new Action(LOG_PRACTICE, "s6", "180", 4),
                new Action(ADD_EVIDENCE, "p1", "ROLE_AND_DECISIONS", 2),
                new Action(ADD_EVIDENCE, "p2", "TESTS", 2));
    }

    @Test
    void theLimitKeepsTheTop() {
        assertThat(NextActions.rank(ReadinessTest.mixed(), 2)).extracting(Action::targetId)
                .containsExactly("sk.b", "s4.portfolio");
        assertThat(NextActions.rank(ReadinessTest.mixed(), 0)).isEmpty();
        assertThatThrownBy(() -> NextActions.rank(ReadinessTest.mixed(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void practiceThatFinishesItsCounterRaisesTheRoadmapToo() {
        // now: practice 700/840 → 16.67 → 17
        // 180 minutes: practice 1 (20) and s6.practice reaches 840, roadmap 1/9 (+2.78) → 22.78 → 23
        // sk.a or sk.b 0→1: skills 1/5 → 21.67 → 22; a new project: portfolio 1/6 → 22; s1.a: 19.44 → 19
        Readiness.Inputs in = inputs().minutes(700).count("s6.practice", 700).build();
        assertThat(NextActions.rank(in, 5)).containsExactly(
                new Action(LOG_PRACTICE, "s6", "180", 6),
                new Action(RATE_SKILL, "sk.a", "1", 5),
                new Action(RATE_SKILL, "sk.b", "1", 5),
                new Action(ADD_PROJECT, "s4.portfolio", "3", 5),
                new Action(COMPLETE_MILESTONE, "s1.a", "s1", 2));
    }

    @Test
    void theNextMilestoneSkipsSkippedStepsAndCountersFedByOtherData() {
        // s1 complete, s2 skipped, s4.portfolio counts projects: the next one kept by hand is s4.readme
        Readiness.Inputs in = inputs().done("s1.a", "s1.b").count("s1.c", 4).status("s2", StepStatus.SKIPPED).build();
        // roadmap 3/7 → 4/7: 10.71 → 14.29, shown as 11 → 14
        assertThat(NextActions.rank(in, 20)).filteredOn(a -> a.kind() == COMPLETE_MILESTONE)
                .containsExactly(new Action(COMPLETE_MILESTONE, "s4.readme", "s4", 3));
    }

    @Test
    void evidenceWrittenRatherThanTickedCountsToo() {
        // everything but deployment notes: 5/6 → portfolio 5/18, 8.33 → 8; with notes 6/18 → 10
        Readiness.Inputs in = inputs().projects(project("p", "P").ticked(README, TESTS, CI)
                .live("https://p.example.com").role("Sole developer").decisions("Queues for e-mail").build()).build();
        assertThat(NextActions.rank(in, 20)).filteredOn(a -> a.kind() == ADD_EVIDENCE)
                .containsExactly(new Action(ADD_EVIDENCE, "p", "DEPLOYMENT_NOTES", 2));
    }

    @Test
    void noNewProjectOnceTheLowEndIsReached() {
        Readiness.Inputs in = inputs().projects(ReadinessTest.readmeOnly("a"), ReadinessTest.readmeOnly("b"),
                ReadinessTest.readmeOnly("c")).build();
        assertThat(NextActions.rank(in, 20)).extracting(Action::kind).doesNotContain(ADD_PROJECT).contains(ADD_EVIDENCE);
    }

    @Test
    void aReadyLearnerWithEverythingDoneHasNothingLeftToGain() {
        Readiness.Inputs in = inputs()
                .done("s1.a", "s1.b", "s2.a", "s2.b", "s4.readme", "s6.mock")
                .count("s1.c", 4).count("s4.portfolio", 3).count("s6.practice", 840)
                .rating("sk.a", 2).rating("sk.b", 3)
                .projects(ReadinessTest.full("p1"), ReadinessTest.full("p2"), ReadinessTest.full("p3"))
                .minutes(840).build();
        assertThat(NextActions.rank(in, 5)).isEmpty();
    }
}
