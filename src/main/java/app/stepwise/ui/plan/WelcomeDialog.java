package app.stepwise.ui.plan;

import app.stepwise.content.Guide;
import app.stepwise.content.Level;
import app.stepwise.store.PlanProfile;
import app.stepwise.ui.common.DisplayText;
import app.stepwise.ui.common.Messages;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The first-start questions: where you start from, when, how many hours a week, and which level you aim
 * for. Skipping keeps sensible defaults; everything can be changed later in the plan and career views.
 */
public final class WelcomeDialog extends Dialog<ButtonType> {

    /** What the user chose; empty when they skipped. */
    public record Choice(PlanProfile plan, Optional<Level> targetLevel) {
    }

    private final PlanSettingsForm form;
    private final ComboBox<String> target = new ComboBox<>();
    private final ButtonType save;
    private final Guide guide;

    public WelcomeDialog(Window owner, Guide guide, Messages messages, LocalDate today) {
        this.guide = guide;
        initOwner(owner);
        setTitle(messages.get("welcome.title"));
        setHeaderText(messages.get("welcome.header"));
        form = new PlanSettingsForm(guide, messages);
        form.fill(PlanProfile.empty(), today);
        target.setId("welcomeTarget");
        target.getItems().setAll(guide.levels().stream().map(Level::id).toList());
        target.setConverter(DisplayText.of(id -> guide.level(id).map(Level::title).orElse(id)));
        target.setValue(guide.levels().get(0).id());
        target.setAccessibleText(messages.get("career.target.accessible"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        var fields = form.labelled();
        for (int i = 0; i < fields.size(); i += 2) {
            grid.addRow(i / 2, fields.get(i), fields.get(i + 1));
        }
        Label targetLabel = new Label(messages.get("career.target"));
        targetLabel.setLabelFor(target);
        grid.addRow(fields.size() / 2, targetLabel, target);
        Label intro = new Label(messages.get("welcome.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(520);
        getDialogPane().setContent(new VBox(14, intro, grid));
        getDialogPane().setId("welcomeDialog");
        save = new ButtonType(messages.get("welcome.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(messages.get("welcome.skip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, skip);
        Runnable check = () -> getDialogPane().lookupButton(save).setDisable(form.read(true).isEmpty());
        form.hours.getEditor().textProperty().addListener((obs, old, now) -> check.run());
        form.start.valueProperty().addListener((obs, old, now) -> check.run());
        form.background.valueProperty().addListener((obs, old, now) -> check.run());
    }

    /** Whether the dialog was closed with Save (which is only possible with valid settings). */
    public boolean saved(ButtonType pressed) {
        return pressed == save;
    }

    /** The settings and target level as chosen; read after {@link #saved} said Save was pressed. */
    public Choice choice() {
        return new Choice(form.read(true).orElseThrow(), guide.level(target.getValue()));
    }
}
