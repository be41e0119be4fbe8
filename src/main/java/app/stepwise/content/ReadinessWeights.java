package app.stepwise.content;

/**
 * How much each of the four parts counts towards the readiness score, as shares of a whole that add up
 * to 1. Stepwise's own calibration, explained in {@code docs/readiness.md}.
 */
public record ReadinessWeights(double roadmap, double skills, double portfolio, double practice) {

    /** How far the sum may miss 1: decimal shares such as 0.3 have no exact binary form. */
    public static final double SUM_TOLERANCE = 1e-9;

    public double sum() {
        return roadmap + skills + portfolio + practice;
    }
}
