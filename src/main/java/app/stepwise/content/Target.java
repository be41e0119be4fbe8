package app.stepwise.content;

import java.util.Optional;

/**
 * A numeric goal from the guide, as a range: "4–6 mini projects", "2 live projects within 2–3 months",
 * "one PR per month for three months", "30–60 minutes a day for 4–8 weeks".
 *
 * @param min  the lower end of the amount (per period when {@code per} is set)
 * @param max  the upper end; equal to {@code min} for a single number
 * @param unit what is counted, plural ("mini projects", "minutes")
 * @param per  the period the amount is per ("day", "week", "month"), for rates
 * @param over how long the rate is kept up, or the window to reach the amount in
 */
public record Target(int min, int max, String unit, Optional<String> per, Optional<DurationRange> over) {

    public Target {
        per = per == null ? Optional.empty() : per;
        over = over == null ? Optional.empty() : over;
    }

    /** The smallest total that meets the goal: for a rate, the amount per period times the shortest span. */
    public int totalMin() {
        return per.map(p -> min * periods(p, over.orElseThrow(), over.orElseThrow().min())).orElse(min);
    }

    /** The largest total the guide's range describes. */
    public int totalMax() {
        return per.map(p -> max * periods(p, over.orElseThrow(), over.orElseThrow().max())).orElse(max);
    }

    /** How many {@code per} periods fit in a span; only the pairs the content validator allows. */
    static int periods(String period, DurationRange span, int spanAmount) {
        boolean sameUnit = period.equals("week") && span.unit() == DurationUnit.WEEKS
                || period.equals("month") && span.unit() == DurationUnit.MONTHS;
        if (sameUnit) {
            return spanAmount;
        }
        if (period.equals("day") && span.unit() == DurationUnit.WEEKS) {
            return spanAmount * 7;
        }
        throw new IllegalStateException("A rate per " + period + " cannot run over " + span.unit());
    }
}
