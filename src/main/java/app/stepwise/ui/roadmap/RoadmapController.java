package app.stepwise.ui.roadmap;

import app.stepwise.content.Milestone;
import app.stepwise.content.Step;
import app.stepwise.planning.StepProgressRules;
import app.stepwise.ui.common.Banner;
import app.stepwise.ui.common.Formats;
import app.stepwise.ui.common.Messages;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The seven steps on the left, the selected step's detail on the right. */
public final class RoadmapController {

    private final RoadmapModel model;
    private final Messages messages;
    private final Formats formats;
    private final Banner banner;
    private final Consumer<Milestone> openSource;
    private StepDetail stepDetail;

    @FXML private ListView<Step> stepList;
    @FXML private Label overallLabel;
    @FXML private ProgressBar overallBar;
    @FXML private ScrollPane detailScroll;
    @FXML private VBox detail;

    public RoadmapController(RoadmapModel model, Messages messages, Formats formats, Banner banner,
                             Consumer<Milestone> openSource) {
        this.model = model;
        this.openSource = openSource;
        this.messages = messages;
        this.formats = formats;
        this.banner = banner;
    }

    @FXML
    private void initialize() {
        stepList.getItems().setAll(model.guide().steps());
        stepList.setCellFactory(list -> new StepCell(model, messages, formats));
        stepDetail = new StepDetail(model, messages, formats, banner, detail, openSource);
        stepList.getSelectionModel().selectedItemProperty().addListener((obs, old, step) -> {
            stepDetail.flushEdits();
            if (step != null) {
                stepDetail.show(step);
                detailScroll.setVvalue(0);
            }
        });
        model.revision().addListener((obs, old, now) -> refresh());
        stepList.getSelectionModel().selectFirst();
        refresh();
    }

    private void refresh() {
        stepList.refresh();
        stepDetail.refresh();
        int total = 0;
        long done = 0;
        for (Step step : model.guide().steps()) {
            total += step.milestones().size();
            done += StepProgressRules.completedCount(step, model.milestones());
        }
        overallLabel.setText(messages.get("roadmap.overall", done, total));
        overallBar.setProgress(total == 0 ? 0 : done / (double) total);
    }

    /** Saves any note still being typed. */
    public void flushEdits() {
        stepDetail.flushEdits();
    }

    /** Shows a step, e.g. when the home view sends the user to its next milestone. */
    public void select(String stepId) {
        model.guide().step(stepId).ifPresent(step -> stepList.getSelectionModel().select(step));
    }
}
