package app.stepwise.ui.roadmap;

import app.stepwise.content.Step;
import app.stepwise.store.StepStatus;
import app.stepwise.ui.common.Formats;
import app.stepwise.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** A step in the list: number, title, status, typical duration and a progress bar. */
final class StepCell extends ListCell<Step> {

    private static final double TITLE_WIDTH = 230;

    private final RoadmapModel model;
    private final Messages messages;
    private final Formats formats;
    private final Label number = new Label();
    private final Text title = new Text();
    private final Label status = new Label();
    private final Label duration = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final VBox box;

    StepCell(RoadmapModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        number.getStyleClass().add("step-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        title.getStyleClass().add("step-title");
        // A Text with a fixed wrapping width reports its real height when the list sizes its cells,
        // so long titles wrap; the step column has a fixed width, which this fits.
        title.setWrappingWidth(TITLE_WIDTH);
        duration.getStyleClass().add("muted");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setMinHeight(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(10, number, title);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox meta = new HBox(8, status, gap, duration);
        meta.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(6, head, meta, progress);
        box.getStyleClass().add("step-cell-box");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Step step, boolean empty) {
        super.updateItem(step, empty);
        if (empty || step == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        StepStatus current = model.step(step.id()).status();
        number.setText(Integer.toString(step.number()));
        title.setText(step.title());
        StatusStyle.apply(status, current, messages);
        duration.setText(formats.duration(step.duration()));
        double fraction = model.fraction(step);
        progress.setProgress(fraction);
        setGraphic(box);
        setAccessibleText(messages.get("roadmap.step.accessible", step.number(), step.title(),
                messages.get(StatusStyle.key(current)), Math.round(fraction * 100)));
    }
}
