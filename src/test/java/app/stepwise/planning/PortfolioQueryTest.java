package app.stepwise.planning;

import static app.stepwise.planning.ProjectBuilder.project;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.planning.PortfolioQuery.Filter;
import app.stepwise.planning.PortfolioQuery.Sort;
import app.stepwise.store.EvidenceItem;
import app.stepwise.store.Project;
import app.stepwise.store.ProjectStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortfolioQueryTest {

    // scores: api 3 (README, TESTS, CI), shop 1 (live link), pipeline 2 (role+decisions, deployment notes), blog 0
    private final Project api = project("api", "Task API").status(ProjectStatus.DONE).tags("Java", "Spring Boot")
            .ticked(EvidenceItem.README, EvidenceItem.TESTS, EvidenceItem.CI).started(2026, 2, 1).build();
    private final Project shop = project("shop", "e-commerce backend").status(ProjectStatus.DEPLOYED).tags("Go")
            .live("https://shop.example.com").summary("Mock PAYMENTS with Stripe test keys").started(2026, 3, 10).build();
    private final Project pipeline = project("pipe", "Analytics pipeline").status(ProjectStatus.BUILDING)
            .tags("python", "Kafka").role("Data engineer").decisions("Kafka over RabbitMQ for replay")
            .deploymentNotes("Cron on a VPS").created("2026-02-20T08:00:00Z").build(); // no start: created on Feb 20
    private final Project blog = project("blog", "blog engine").status(ProjectStatus.IDEA).tags("Java")
            .created("2026-02-20T07:00:00Z").build(); // same day as the pipeline, an hour earlier
    private final List<Project> all = List.of(api, shop, pipeline, blog);

    @Test
    void noFilterKeepsEverythingNewestFirst() {
        // Mar 10 shop, Feb 20 08:00 pipeline, Feb 20 07:00 blog, Feb 1 api
        assertThat(PortfolioQuery.apply(Filter.ALL, all)).containsExactly(shop, pipeline, blog, api);
    }

    @Test
    void filtersByStatus() {
        assertThat(PortfolioQuery.apply(filter(Optional.of(ProjectStatus.DONE), Optional.empty(), "", Sort.TITLE), all))
                .containsExactly(api);
    }

    @Test
    void filtersByTagIgnoringCase() {
        assertThat(PortfolioQuery.apply(filter(Optional.empty(), Optional.of("JAVA"), "", Sort.TITLE), all))
                .containsExactly(blog, api);
        assertThat(PortfolioQuery.apply(filter(Optional.empty(), Optional.of(" Python "), "", Sort.TITLE), all))
                .containsExactly(pipeline);
        assertThat(PortfolioQuery.apply(filter(Optional.empty(), Optional.of("Spring"), "", Sort.TITLE), all)).isEmpty();
    }

    @Test
    void searchesTitleSummaryTagsRoleAndDecisionsIgnoringCase() {
        assertThat(search("task")).containsExactly(api);           // title
        assertThat(search("payments")).containsExactly(shop);      // summary
        assertThat(search("spring b")).containsExactly(api);       // tag
        assertThat(search("DATA ENGINEER")).containsExactly(pipeline); // role
        assertThat(search("rabbitmq")).containsExactly(pipeline);  // decisions
        assertThat(search("vps")).isEmpty();                        // deployment notes are not searched
        assertThat(search("  ")).hasSize(4);
    }

    @Test
    void filtersCombine() {
        assertThat(PortfolioQuery.apply(filter(Optional.of(ProjectStatus.IDEA), Optional.of("java"), "engine", Sort.NEWEST),
                all)).containsExactly(blog);
        assertThat(PortfolioQuery.apply(filter(Optional.of(ProjectStatus.DONE), Optional.of("go"), "", Sort.NEWEST), all))
                .isEmpty();
    }

    @Test
    void sortsByScoreThenTitle() {
        Project alsoOne = project("z", "Zoo API").live("https://zoo.example.com").build();
        assertThat(PortfolioQuery.apply(filter(Optional.empty(), Optional.empty(), "", Sort.SCORE),
                List.of(blog, alsoOne, shop, pipeline, api))).containsExactly(api, pipeline, shop, alsoOne, blog);
    }

    @Test
    void sortsByTitleIgnoringCase() {
        assertThat(PortfolioQuery.apply(filter(Optional.empty(), Optional.empty(), "", Sort.TITLE), all))
                .containsExactly(pipeline, blog, shop, api);
    }

    private List<Project> search(String text) {
        return PortfolioQuery.apply(filter(Optional.empty(), Optional.empty(), text, Sort.TITLE), all);
    }

    private static Filter filter(Optional<ProjectStatus> status, Optional<String> tag, String text, Sort sort) {
        return new Filter(status, tag, text, sort);
    }
}
