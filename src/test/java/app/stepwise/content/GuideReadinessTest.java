package app.stepwise.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The readiness calibration and the rating scale: what ships, and each validation rule broken once. */
class GuideReadinessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectNode doc;

    @BeforeEach
    void readShippedContent() throws IOException {
        try (InputStream in = GuideLoader.class.getResourceAsStream(GuideLoader.BUNDLED_RESOURCE)) {
            doc = (ObjectNode) JSON.readTree(in);
        }
    }

    // --- what ships

    @Test
    void shippedWeightsThresholdAndCounters() throws ContentException {
        Guide guide = load();
        assertThat(guide.readiness().weights()).isEqualTo(new ReadinessWeights(0.25, 0.25, 0.30, 0.20));
        assertThat(guide.readiness().readyThreshold()).isEqualTo(75);
        Target portfolio = guide.milestone(guide.readiness().portfolioMilestone()).orElseThrow().target().orElseThrow();
        assertThat(portfolio.totalMin()).isEqualTo(3);
        assertThat(portfolio.totalMax()).isEqualTo(5);
        Milestone practice = guide.milestone(guide.readiness().practiceMilestone()).orElseThrow();
        assertThat(practice.target().orElseThrow().totalMin()).isEqualTo(840);
        assertThat(practice.countsMinutes().orElseThrow().step()).isEqualTo("step-6");
    }

    @Test
    void shippedScaleRunsZeroToFiveWithAMeaningForEach() throws ContentException {
        Guide guide = load();
        assertThat(guide.ratingScale()).extracting(RatingLevel::rating).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(guide.ratingScale()).allSatisfy(level -> {
            assertThat(level.title()).isNotBlank().hasSizeLessThan(20);
            assertThat(level.meaning()).endsWith(".");
        });
        assertThat(guide.rating(5).orElseThrow().title()).isEqualTo("Expert");
        assertThat(guide.rating(6)).isEmpty();
    }

    // --- weights

    @Test
    void rejectsNegativeWeight() {
        weights().put("portfolio", 0.70).put("practice", -0.20);
        assertRejected("readiness.weights.practice: must not be negative, found -0.2");
    }

    @Test
    void rejectsWeightsThatDoNotAddUpToOne() {
        weights().put("roadmap", 0.30);
        assertRejected("readiness.weights: the four weights must add up to 1, found 1.05");
    }

    @Test
    void acceptsTheRoundingOfDecimalShares() {
        // 0.1 + 0.2 + 0.3 + 0.4 is 1.0000000000000002 in binary, inside the 1e-9 allowance
        weights().put("roadmap", 0.1).put("skills", 0.2).put("portfolio", 0.3).put("practice", 0.4);
        assertThat(problems()).isEmpty();
    }

    @Test
    void acceptsAZeroWeight() {
        weights().put("practice", 0.0).put("portfolio", 0.50);
        assertThat(problems()).isEmpty();
    }

    @Test
    void rejectsMissingWeightField() {
        weights().remove("practice");
        assertThat(rejected().getMessage()).contains("readiness.weights.practice");
    }

    @Test
    void rejectsMissingWeights() {
        readiness().remove("weights");
        assertRejected("readiness.weights: missing");
    }

    @Test
    void rejectsMissingReadiness() {
        doc.remove("readiness");
        assertRejected("readiness: missing");
    }

    // --- threshold

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 101})
    void rejectsThresholdOutsideOneToHundred(int threshold) {
        readiness().put("readyThreshold", threshold);
        assertRejected("readiness.readyThreshold: must be between 1 and 100, found " + threshold);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void acceptsThresholdAtTheEnds(int threshold) {
        readiness().put("readyThreshold", threshold);
        assertThat(problems()).isEmpty();
    }

    // --- the counters the parts are measured against

    @Test
    void rejectsUnknownPortfolioMilestone() {
        readiness().put("portfolioMilestone", "step-4.nothing");
        assertRejected("readiness.portfolioMilestone: \"step-4.nothing\" is not a milestone id");
    }

    @Test
    void rejectsCheckboxAsPortfolioMilestone() {
        readiness().put("portfolioMilestone", "step-4.readme");
        assertRejected("readiness.portfolioMilestone: \"step-4.readme\" is not a counter (it has no target)");
    }

    @Test
    void rejectsPortfolioTargetOfZero() {
        ((ObjectNode) doc.at("/steps/3/milestones/0/target")).put("min", 0);
        assertRejected("readiness.portfolioMilestone: the target of \"step-4.portfolio-projects\" must come to at"
                + " least 1, found 0");
    }

    @Test
    void rejectsPracticeMilestoneThatDoesNotCountMinutes() {
        readiness().put("practiceMilestone", "step-4.portfolio-projects");
        assertRejected("readiness.practiceMilestone: \"step-4.portfolio-projects\" does not count logged minutes");
    }

    @Test
    void rejectsBlankPracticeMilestone() {
        readiness().put("practiceMilestone", " ");
        assertRejected("readiness.practiceMilestone: must not be blank");
    }

    // --- rating scale

    @Test
    void rejectsScaleWithFiveEntries() {
        scale().remove(5);
        assertRejected("ratingScale: expected exactly 6 entries (ratings 0 to 5), found 5");
    }

    @Test
    void rejectsMissingScale() {
        doc.remove("ratingScale");
        assertRejected("ratingScale: expected exactly 6 entries (ratings 0 to 5), found 0");
    }

    @Test
    void rejectsScaleOutOfOrder() {
        ((ObjectNode) scale().get(2)).put("rating", 3);
        assertRejected("ratingScale[2].rating: expected 2 (the scale runs 0 to 5 in order), found 3");
    }

    @Test
    void rejectsScaleStartingAtOne() {
        for (int i = 0; i < scale().size(); i++) {
            ((ObjectNode) scale().get(i)).put("rating", i + 1);
        }
        assertRejected("ratingScale[0].rating: expected 0 (the scale runs 0 to 5 in order), found 1");
    }

    @Test
    void rejectsBlankMeaningAndMissingTitle() {
        ((ObjectNode) scale().get(4)).put("meaning", "  ");
        ((ObjectNode) scale().get(1)).remove("title");
        assertRejected("ratingScale[4].meaning: must not be blank");
        assertRejected("ratingScale[1].title: missing");
    }

    private ObjectNode readiness() {
        return (ObjectNode) doc.get("readiness");
    }

    private ObjectNode weights() {
        return (ObjectNode) readiness().get("weights");
    }

    private ArrayNode scale() {
        return (ArrayNode) doc.get("ratingScale");
    }

    private Guide load() throws ContentException {
        byte[] json = doc.toString().getBytes(StandardCharsets.UTF_8);
        return new GuideLoader().load(new ByteArrayInputStream(json), "test.json");
    }

    private java.util.List<String> problems() {
        ContentException e = catchThrowableOfType(ContentException.class, this::load);
        return e == null ? java.util.List.of() : e.problems();
    }

    private ContentException rejected() {
        ContentException e = catchThrowableOfType(ContentException.class, this::load);
        assertThat(e).as("content should have been rejected").isNotNull();
        return e;
    }

    private void assertRejected(String problem) {
        assertThat(rejected().problems()).contains(problem);
    }
}
