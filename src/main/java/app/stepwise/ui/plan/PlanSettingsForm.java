package app.stepwise.ui.plan;

import app.stepwise.content.Guide;
import app.stepwise.planning.HoursPerWeek;
import app.stepwise.store.PlanProfile;
import app.stepwise.ui.common.DisplayText;
import app.stepwise.ui.common.Messages;
import app.stepwise.ui.common.WholeNumberSpinner;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;

/** Background, start date and weekly hours: the fields of the plan settings and of the welcome. */
final class PlanSettingsForm {

    final ComboBox<String> background = new ComboBox<>();
    final DatePicker start = new DatePicker();
    final WholeNumberSpinner hours;
    private final Messages messages;

    PlanSettingsForm(Guide guide, Messages messages) {
        this.messages = messages;
        hours = new WholeNumberSpinner(messages.get("plan.hours.refused"));
        background.setId("planBackground");
        background.getItems().setAll(guide.backgrounds().stream().map(b -> b.id()).toList());
        background.setConverter(DisplayText.of(id -> guide.backgrounds().stream().filter(b -> b.id().equals(id))
                .findFirst().map(b -> b.title()).orElse(id)));
        background.setAccessibleText(messages.get("plan.background"));
        start.setId("planStart");
        start.setAccessibleText(messages.get("plan.start"));
        hours.setId("planHours");
        hours.setAccessibleText(messages.get("plan.hours"));
        hours.setPrefWidth(90);
    }

    void fill(PlanProfile profile, LocalDate today) {
        background.setValue(profile.backgroundId().orElse(PlanModel.DEFAULT_BACKGROUND));
        start.setValue(profile.startDate().orElse(today));
        hours.show(profile.hoursPerWeek().orElse(PlanModel.DEFAULT_HOURS));
    }

    /** The settings as typed, or empty when the weekly hours are outside 1 to 80. */
    Optional<PlanProfile> read(boolean welcomeDone) {
        String typed = hours.getEditor().getText();
        int value = typed == null || typed.isBlank() ? 0 : Integer.parseInt(typed);
        if (!HoursPerWeek.valid(value) || start.getValue() == null || background.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(new PlanProfile(Optional.of(background.getValue()), Optional.of(start.getValue()),
                Optional.of(value), welcomeDone));
    }

    String problem() {
        return messages.get("plan.settings.refused");
    }

    List<Node> labelled() {
        return List.of(label("plan.background", background), background, label("plan.start", start), start,
                label("plan.hours", hours), hours);
    }

    private Label label(String key, Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
