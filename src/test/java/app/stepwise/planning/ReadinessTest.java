package app.stepwise.planning;

import static app.stepwise.planning.ProjectBuilder.project;
import static app.stepwise.planning.ReadinessFixture.inputs;
import static app.stepwise.store.EvidenceItem.CI;
import static app.stepwise.store.EvidenceItem.README;
import static app.stepwise.store.EvidenceItem.TESTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.stepwise.store.Project;
import app.stepwise.store.ProjectStatus;
import app.stepwise.store.StepStatus;
import org.junit.jupiter.api.Test;

/** Every expected figure is worked out by hand from the small guide in {@link ReadinessFixture}. */
class ReadinessTest {

    private static final double EXACT = 1e-9;

    @Test
    void nothingDoneScoresZero() {
        assertThat(Readiness.score(inputs().build())).isEqualTo(new Readiness.Score(0, 0, 0, 0, 0));
    }

    @Test
    void everythingDoneScoresHundred() {
        Readiness.Inputs in = inputs()
                .done("s1.a", "s1.b", "s2.a", "s2.b", "s4.readme", "s6.mock")
                .count("s1.c", 4).count("s4.portfolio", 3).count("s6.practice", 840)
                .rating("sk.a", 2).rating("sk.b", 3)
                .projects(full("p1"), full("p2"), full("p3"))
                .minutes(840).build();
        assertThat(Readiness.score(in)).isEqualTo(new Readiness.Score(100, 1, 1, 1, 1));
    }

    @Test
    void skippedStepsAreLeftOutOfBothSides() {
        // 9 milestones, s2's two skipped: 7 counted, s1.a and s1.b complete (s2.a does not count) → 2/7
        Readiness.Score skipped = Readiness.score(inputs().done("s1.a", "s1.b", "s2.a")
                .status("s2", StepStatus.SKIPPED).build());
        assertThat(skipped.roadmap()).isCloseTo(2.0 / 7, within(EXACT));
        assertThat(skipped.overall()).isEqualTo(7); // 0.25 × 2/7 = 7.14 %

        Readiness.Score notSkipped = Readiness.score(inputs().done("s1.a", "s1.b", "s2.a").build());
        assertThat(notSkipped.roadmap()).isCloseTo(3.0 / 9, within(EXACT));
        assertThat(notSkipped.overall()).isEqualTo(8); // 0.25 × 1/3 = 8.33 %
    }

    @Test
    void everyStepSkippedLeavesNothingToDoOnTheRoadmap() {
        Readiness.Inputs in = inputs().status("s1", StepStatus.SKIPPED).status("s2", StepStatus.SKIPPED)
                .status("s4", StepStatus.SKIPPED).status("s6", StepStatus.SKIPPED).build();
        assertThat(Readiness.score(in)).isEqualTo(new Readiness.Score(25, 1, 0, 0, 0));
    }

    @Test
    void aStepMarkedDoneCountsOnlyItsCompleteMilestones() {
        Readiness.Score score = Readiness.score(inputs().status("s1", StepStatus.DONE).done("s1.a").build());
        assertThat(score.roadmap()).isCloseTo(1.0 / 9, within(EXACT));
    }

    @Test
    void aCounterIsCompleteAtTheLowEndOfItsTarget() {
        assertThat(Readiness.score(inputs().count("s1.c", 3).build()).roadmap()).isZero();
        Readiness.Score four = Readiness.score(inputs().count("s1.c", 4).build());
        assertThat(four.roadmap()).isCloseTo(1.0 / 9, within(EXACT));
        assertThat(four.overall()).isEqualTo(3); // 2.78 %
    }

    @Test
    void ratingsAboveTheExpectationAreCapped() {
        // junior expects sk.a 2, sk.b 3, sk.c nothing: min(5, 2) + min(1, 3) = 3 of 5
        Readiness.Score junior = Readiness.score(inputs().rating("sk.a", 5).rating("sk.b", 1).rating("sk.c", 4).build());
        assertThat(junior.skills()).isCloseTo(0.6, within(EXACT));
        assertThat(junior.overall()).isEqualTo(15);

        // mid expects 4, 4, 2: min(5, 4) + min(1, 4) + min(4, 2) = 7 of 10; 0.25 × 0.7 = 17.5 % rounds up
        Readiness.Score mid = Readiness.score(inputs().level("level.mid")
                .rating("sk.a", 5).rating("sk.b", 1).rating("sk.c", 4).build());
        assertThat(mid.skills()).isCloseTo(0.7, within(EXACT));
        assertThat(mid.overall()).isEqualTo(18);
    }

    @Test
    void aSkillTheLevelDoesNotExpectIsLeftOutAndUnratedSkillsCountZero() {
        Readiness.Score score = Readiness.score(inputs().rating("sk.c", 5).build());
        assertThat(score.skills()).isZero();
        assertThat(Readiness.score(inputs().rating("sk.b", 3).build()).skills()).isCloseTo(0.6, within(EXACT));
    }

    @Test
    void noProjectsMeansAnEmptyPortfolio() {
        Readiness.Score score = Readiness.score(inputs().count("s4.portfolio", 0).minutes(420).build());
        assertThat(score.portfolio()).isZero();
        assertThat(score.overall()).isEqualTo(10); // practice alone: 0.20 × 420/840
    }

    @Test
    void portfolioSumsEvidenceSharesOverTheLowEndOfTheTarget() {
        // (4/6 + 1/6) / 3 = 5/18; 0.30 × 5/18 = 8.33 %
        Readiness.Score score = Readiness.score(inputs().projects(strong("p1"), readmeOnly("p2")).build());
        assertThat(score.portfolio()).isCloseTo(5.0 / 18, within(EXACT));
        assertThat(score.overall()).isEqualTo(8);
    }

    @Test
    void onlyTheBestFiveProjectsCountAndTheShareStopsAtOne() {
        Project[] six = new Project[6];
        for (int i = 0; i < six.length; i++) {
            six[i] = project("p" + i, "P").ticked(README, TESTS).build();
        }
        // six projects of 2/6 each: the best five give 10/6, over 3 → 10/18
        Readiness.Score thin = Readiness.score(inputs().projects(six).build());
        assertThat(thin.portfolio()).isCloseTo(10.0 / 18, within(EXACT));
        assertThat(thin.overall()).isEqualTo(17); // 16.67 %

        Readiness.Score many = Readiness.score(inputs()
                .projects(full("a"), full("b"), full("c"), full("d"), readmeOnly("e")).build());
        assertThat(many.portfolio()).isEqualTo(1.0); // 4 + 1/6 over 3, capped
        assertThat(many.overall()).isEqualTo(30);
    }

    @Test
    void practiceFillsAtTheLowestTotalOfTheTarget() {
        assertThat(Readiness.score(inputs().minutes(420).build()).practice()).isCloseTo(0.5, within(EXACT));
        assertThat(Readiness.score(inputs().minutes(1000).build())).isEqualTo(new Readiness.Score(20, 0, 0, 0, 1));
    }

    @Test
    void allFourPartsTogether() {
        Readiness.Score score = Readiness.score(mixed());
        assertThat(score.roadmap()).isCloseTo(3.0 / 7, within(EXACT));
        assertThat(score.skills()).isCloseTo(0.8, within(EXACT));
        assertThat(score.portfolio()).isCloseTo(5.0 / 18, within(EXACT));
        assertThat(score.practice()).isCloseTo(0.5, within(EXACT));
        // 0.25 × 0.428571 + 0.25 × 0.8 + 0.30 × 0.277778 + 0.20 × 0.5 = 0.490476
        assertThat(score.overall()).isEqualTo(49);
    }

    @Test
    void badInputsAreRefused() {
        assertThatThrownBy(() -> inputs().rating("sk.a", 6).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inputs().rating("sk.a", -1).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inputs().level("level.cto").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inputs().minutes(-1).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePracticeStepComesFromTheContent() {
        assertThat(Readiness.practiceStep(ReadinessFixture.GUIDE)).isEqualTo("s6");
    }

    /**
     * s2 skipped; s1.a, s1.c (5 of 4) and s4.readme complete of 7; sk.a 3 (capped at 2) and sk.b 2 of 5;
     * projects scoring 4 and 1; 420 minutes.
     */
    static Readiness.Inputs mixed() {
        return inputs().status("s2", StepStatus.SKIPPED)
                .done("s1.a", "s4.readme").count("s1.c", 5).count("s4.portfolio", 1).count("s6.practice", 420)
                .rating("sk.a", 3).rating("sk.b", 2)
                .projects(strong("p1"), readmeOnly("p2"))
                .minutes(420).build();
    }

    /** README, tests, CI and a live link: 4 of 6. */
    static Project strong(String id) {
        return project(id, "Strong").status(ProjectStatus.DEPLOYED).ticked(README, TESTS, CI)
                .live("https://" + id + ".example.com").build();
    }

    static Project readmeOnly(String id) {
        return project(id, "Thin").ticked(README).build();
    }

    static Project full(String id) {
        return project(id, "Full").status(ProjectStatus.DONE).ticked(README, TESTS, CI)
                .live("https://" + id + ".example.com").role("Sole developer").decisions("Chose PostgreSQL")
                .deploymentNotes("Container on a small VM").build();
    }
}
