package app.stepwise.planning;

import static app.stepwise.planning.ProjectBuilder.project;
import static app.stepwise.store.EvidenceItem.CI;
import static app.stepwise.store.EvidenceItem.DEPLOYMENT_NOTES;
import static app.stepwise.store.EvidenceItem.LIVE_DEMO;
import static app.stepwise.store.EvidenceItem.README;
import static app.stepwise.store.EvidenceItem.ROLE_AND_DECISIONS;
import static app.stepwise.store.EvidenceItem.TESTS;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.store.Project;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void aNewProjectHoldsNothingAndMissesAllSixInChecklistOrder() {
        Project blank = project("p", "t").build();
        assertThat(Evidence.TOTAL).isEqualTo(6);
        assertThat(Evidence.held(blank)).isEmpty();
        assertThat(Evidence.score(blank)).isZero();
        assertThat(Evidence.missing(blank)).containsExactly(README, TESTS, CI, LIVE_DEMO, ROLE_AND_DECISIONS, DEPLOYMENT_NOTES);
    }

    @Test
    void everythingHeldScoresSix() {
        Project complete = project("p", "t").ticked(README, TESTS, CI).live("https://tasks.example.com")
                .role("Sole developer").decisions("Postgres for transactions").deploymentNotes("Fly.io, uptime checks")
                .build();
        assertThat(Evidence.held(complete)).containsExactlyInAnyOrder(README, TESTS, CI, LIVE_DEMO, ROLE_AND_DECISIONS,
                DEPLOYMENT_NOTES);
        assertThat(Evidence.score(complete)).isEqualTo(6);
        assertThat(Evidence.missing(complete)).isEmpty();
    }

    @Test
    void aLiveDemoHoldsWithAValidLiveLinkOrATick() {
        assertThat(Evidence.held(project("p", "t").live("https://demo.example.com").build())).containsExactly(LIVE_DEMO);
        assertThat(Evidence.held(project("p", "t").ticked(LIVE_DEMO).build())).containsExactly(LIVE_DEMO);
        assertThat(Evidence.held(project("p", "t").live("javascript:alert(1)").build())).isEmpty();
        assertThat(Evidence.held(project("p", "t").live("   ").build())).isEmpty();
    }

    @Test
    void roleAndDecisionsNeedBothTexts() {
        assertThat(Evidence.held(project("p", "t").role("Backend").build())).isEmpty();
        assertThat(Evidence.held(project("p", "t").decisions("Chose Kafka").build())).isEmpty();
        assertThat(Evidence.held(project("p", "t").role("Backend").decisions("  \n ").build())).isEmpty();
        assertThat(Evidence.held(project("p", "t").role("Backend").decisions("Chose Kafka").build()))
                .containsExactly(ROLE_AND_DECISIONS);
    }

    @Test
    void scoreCountsAMixAndMissingListsTheRestInOrder() {
        // README ticked, CI ticked, deployment notes written = 3; tests, live demo, role+decisions missing
        Project p = project("p", "t").ticked(README, CI).role("Lead").deploymentNotes("Docker on a VPS").build();
        assertThat(Evidence.score(p)).isEqualTo(3);
        assertThat(Evidence.missing(p)).containsExactly(TESTS, LIVE_DEMO, ROLE_AND_DECISIONS);
    }
}
