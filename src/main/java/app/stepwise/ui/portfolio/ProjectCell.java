package app.stepwise.ui.portfolio;

import app.stepwise.planning.Evidence;
import app.stepwise.store.EvidenceItem;
import app.stepwise.store.Project;
import app.stepwise.ui.common.Messages;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** A project card in the list: title, status, evidence score, tags and what evidence is missing. */
final class ProjectCell extends ListCell<Project> {

    private static final double TEXT_WIDTH = 320;

    private final Messages messages;
    private final Text title = new Text();
    private final Label status = new Label();
    private final Label score = new Label();
    private final Label tags = new Label();
    private final Text missing = new Text();
    private final VBox box;

    ProjectCell(Messages messages) {
        this.messages = messages;
        title.getStyleClass().add("step-title");
        title.setWrappingWidth(TEXT_WIDTH);
        score.getStyleClass().add("score");
        tags.getStyleClass().add("muted");
        tags.setWrapText(true);
        tags.setMaxWidth(TEXT_WIDTH);
        missing.getStyleClass().add("missing-text");
        missing.setWrappingWidth(TEXT_WIDTH);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox meta = new HBox(8, status, gap, score);
        meta.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(5, title, meta, tags, missing);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Project project, boolean empty) {
        super.updateItem(project, empty);
        if (empty || project == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        title.setText(project.title());
        String statusName = messages.get(ProjectEditor.statusKey(project.status()));
        status.setText(statusName);
        status.getStyleClass().setAll("label", "status-badge",
                "project-" + project.status().name().toLowerCase(Locale.ROOT));
        int held = Evidence.score(project);
        score.setText(messages.get("portfolio.card.score", held, Evidence.TOTAL));
        tags.setText(String.join(" · ", project.tags()));
        tags.setVisible(!project.tags().isEmpty());
        tags.setManaged(!project.tags().isEmpty());
        List<EvidenceItem> lacking = Evidence.missing(project);
        String missingText = lacking.isEmpty() ? messages.get("portfolio.card.complete")
                : messages.get("portfolio.card.missing", lacking.stream()
                        .map(item -> messages.get("evidence." + item.name().toLowerCase(Locale.ROOT)))
                        .collect(Collectors.joining(", ")));
        missing.setText(missingText);
        setGraphic(box);
        setAccessibleText(messages.get("portfolio.card.accessible", project.title(), statusName, held,
                Evidence.TOTAL, missingText));
    }
}
