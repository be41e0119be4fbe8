package app.stepwise.ui.portfolio;

import app.stepwise.ui.common.Messages;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/** Tech-stack tags as removable chips, typed in a field that suggests the technologies the guide names. */
final class TagEditor extends VBox {

    static final int TAG_MAX = 40;

    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final FlowPane chips = new FlowPane(6, 6);
    private final TextField input = new TextField();
    private final Messages messages;

    TagEditor(List<String> suggestions, Messages messages) {
        this.messages = messages;
        setSpacing(6);
        input.setId("projectTagInput");
        input.setPromptText(messages.get("portfolio.tags.prompt"));
        input.setAccessibleText(messages.get("portfolio.tags.accessible"));
        TextFields.bindAutoCompletion(input, suggestions).setOnAutoCompleted(e -> add(e.getCompletion()));
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.COMMA) {
                add(input.getText());
                e.consume();
            }
        });
        input.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                add(input.getText());
            }
        });
        tags.addListener((javafx.collections.ListChangeListener<String>) c -> showChips());
        getChildren().addAll(chips, input);
    }

    TextField input() {
        return input;
    }

    ObservableList<String> tags() {
        return tags;
    }

    void setTags(List<String> newTags) {
        tags.setAll(newTags);
        input.clear();
    }

    private void add(String typed) {
        String tag = typed.replace(",", " ").strip();
        if (tag.isEmpty()) {
            input.clear();
            return;
        }
        if (tag.codePointCount(0, tag.length()) > TAG_MAX) {
            tag = tag.substring(0, tag.offsetByCodePoints(0, TAG_MAX)); // never between the halves of an emoji
        }
        String lower = tag.toLowerCase(Locale.ROOT);
        if (tags.stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).equals(lower))) {
            tags.add(tag);
        }
        input.clear();
    }

    private void showChips() {
        chips.getChildren().clear();
        for (String tag : tags) {
            Label name = new Label(tag);
            Button remove = new Button("×");
            remove.getStyleClass().addAll("flat", "chip-remove");
            remove.setAccessibleText(messages.get("portfolio.tags.remove", tag));
            remove.setOnAction(e -> tags.remove(tag));
            HBox chip = new HBox(2, name, remove);
            chip.getStyleClass().add("chip");
            chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            chips.getChildren().add(chip);
        }
    }
}
