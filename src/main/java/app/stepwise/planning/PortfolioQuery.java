package app.stepwise.planning;

import app.stepwise.store.Project;
import app.stepwise.store.ProjectStatus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Finding projects in the portfolio list: filter by status, tag and text, then sort. */
public final class PortfolioQuery {

    public enum Sort { NEWEST, SCORE, TITLE }

    /** @param text matched case-insensitively against title, summary, tags, role and decisions; blank matches all */
    public record Filter(Optional<ProjectStatus> status, Optional<String> tag, String text, Sort sort) {

        public static final Filter ALL = new Filter(Optional.empty(), Optional.empty(), "", Sort.NEWEST);

        public Filter {
            Objects.requireNonNull(status);
            Objects.requireNonNull(tag);
            Objects.requireNonNull(text);
            Objects.requireNonNull(sort);
        }
    }

    private static final Comparator<Project> BY_TITLE =
            Comparator.comparing(Project::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Project::id);

    private PortfolioQuery() {
    }

    public static List<Project> apply(Filter f, Collection<Project> projects) {
        String text = lower(f.text().strip());
        Optional<String> tag = f.tag().map(String::strip).filter(t -> !t.isEmpty());
        return projects.stream()
                .filter(p -> f.status().map(s -> s == p.status()).orElse(true))
                .filter(p -> tag.map(t -> p.tags().stream().anyMatch(t::equalsIgnoreCase)).orElse(true))
                .filter(p -> text.isEmpty() || searchable(p).anyMatch(s -> lower(s).contains(text)))
                .sorted(order(f.sort()))
                .toList();
    }

    /** When a project happened: its start, or else the day it was logged (in UTC, so the order is the same everywhere). */
    static LocalDate date(Project p) {
        return p.startedOn().orElseGet(() -> LocalDate.ofInstant(p.createdAt(), ZoneOffset.UTC));
    }

    private static Comparator<Project> order(Sort sort) {
        return switch (sort) {
            case NEWEST -> Comparator.comparing(PortfolioQuery::date).thenComparing(Project::createdAt).reversed()
                    .thenComparing(Project::id);
            case SCORE -> Comparator.comparingInt(Evidence::score).reversed().thenComparing(BY_TITLE);
            case TITLE -> BY_TITLE;
        };
    }

    private static Stream<String> searchable(Project p) {
        return Stream.concat(Stream.of(p.title(), p.summary(), p.role(), p.decisions()), p.tags().stream());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
