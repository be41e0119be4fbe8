package app.stepwise.content;

import java.util.List;

/** The guide's figures about the job market, education routes and emerging specialisations. */
public record MarketFacts(
        int medianSalaryUsd,
        int salaryRangeMinUsd,
        int salaryRangeMaxUsd,
        boolean salaryRangeOpenEnded,
        int growthPercent,
        int growthFromYear,
        int growthToYear,
        int annualOpenings,
        List<EducationRoute> educationRoutes,
        List<JobSearch> jobSearch,
        List<Specialisation> specialisations) {

    public MarketFacts {
        educationRoutes = List.copyOf(educationRoutes);
        jobSearch = List.copyOf(jobSearch);
        specialisations = List.copyOf(specialisations);
    }

    /**
     * An education route with what it costs and how long it takes.
     *
     * @param costUsdMin  lower end of the cost, empty when the guide gives none
     * @param costPer     what the cost is per ("year", "programme"), empty for a total
     */
    public record EducationRoute(String id, String title, String description, java.util.Optional<Integer> costUsdMin,
                                 java.util.Optional<Integer> costUsdMax, java.util.Optional<String> costPer,
                                 List<DurationRange> durations) {
        public EducationRoute {
            costUsdMin = costUsdMin == null ? java.util.Optional.empty() : costUsdMin;
            costUsdMax = costUsdMax == null ? java.util.Optional.empty() : costUsdMax;
            costPer = costPer == null ? java.util.Optional.empty() : costPer;
            durations = durations == null ? List.of() : List.copyOf(durations);
        }
    }

    /** How long a job search usually takes for a seniority. */
    public record JobSearch(String id, String title, DurationRange duration) {
    }

    /** An emerging specialisation the guide names. */
    public record Specialisation(String id, String title, String description) {
    }
}
