package app.stepwise.ui.career;

import app.stepwise.content.Guide;
import app.stepwise.content.MarketFacts;
import app.stepwise.content.MarketFacts.EducationRoute;
import app.stepwise.ui.common.Formats;
import app.stepwise.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The guide's market figures, education routes and emerging specialisations as readable rows. */
final class MarketFactsPane {

    private final Guide guide;
    private final Messages messages;
    private final Formats formats;

    MarketFactsPane(Guide guide, Messages messages, Formats formats) {
        this.guide = guide;
        this.messages = messages;
        this.formats = formats;
    }

    List<Node> nodes() {
        MarketFacts facts = guide.facts();
        List<Node> nodes = new ArrayList<>();
        nodes.add(fact(messages.get("career.facts.median"), formats.usd(facts.medianSalaryUsd())));
        String top = formats.usd(facts.salaryRangeMaxUsd()) + (facts.salaryRangeOpenEnded() ? "+" : "");
        nodes.add(fact(messages.get("career.facts.range"),
                messages.get("format.span", formats.usd(facts.salaryRangeMinUsd()), top)));
        nodes.add(fact(messages.get("career.facts.growth"), messages.get("career.facts.growth.value",
                facts.growthPercent(), Integer.toString(facts.growthFromYear()), Integer.toString(facts.growthToYear()))));
        nodes.add(fact(messages.get("career.facts.openings"),
                messages.get("career.facts.openings.value", formats.number(facts.annualOpenings()))));
        facts.jobSearch().forEach(search -> nodes.add(fact(search.title(), formats.duration(search.duration()))));
        nodes.add(heading("career.facts.education"));
        facts.educationRoutes().forEach(route -> nodes.add(fact(route.title(), routeText(route))));
        nodes.add(heading("career.facts.specialisations"));
        facts.specialisations().forEach(s -> nodes.add(fact(s.title(), s.description())));
        return nodes;
    }

    private String routeText(EducationRoute route) {
        List<String> parts = new ArrayList<>();
        if (!route.durations().isEmpty()) {
            parts.add(route.durations().stream().map(formats::duration)
                    .collect(Collectors.joining(messages.get("career.facts.or"))));
        }
        if (route.costUsdMin().isPresent() && route.costUsdMax().isPresent()) {
            String cost = messages.get("format.span", formats.usd(route.costUsdMin().get()),
                    formats.usd(route.costUsdMax().get()));
            parts.add(route.costPer().map(per -> messages.get("career.facts.costPer", cost, per)).orElse(cost));
        }
        parts.add(route.description());
        return String.join(" · ", parts);
    }

    private Node heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("subsection-title");
        return label;
    }

    private static Node fact(String name, String value) {
        Label title = new Label(name);
        title.getStyleClass().add("fact-name");
        title.setWrapText(true);
        Label text = new Label(value);
        text.setWrapText(true);
        text.getStyleClass().add("fact-value");
        VBox box = new VBox(2, title, text);
        box.getStyleClass().add("fact");
        return box;
    }
}
