package app.stepwise.content;

import java.util.List;
import java.util.Optional;

/**
 * A rung of the career ladder.
 *
 * @param yearsMax empty for an open-ended range such as "12+"
 */
public record Level(
        String id,
        int rank,
        String title,
        int yearsMin,
        Optional<Integer> yearsMax,
        int salaryMedianUsd,
        int salaryAverageUsd,
        String scope,
        List<String> focusAreas) {

    public Level {
        yearsMax = yearsMax == null ? Optional.empty() : yearsMax;
        focusAreas = List.copyOf(focusAreas);
    }
}
