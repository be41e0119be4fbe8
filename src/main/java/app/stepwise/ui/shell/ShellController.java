package app.stepwise.ui.shell;

import app.stepwise.ui.common.Banner;
import app.stepwise.ui.common.Messages;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.ToggleSwitch;

/** The window frame: sidebar navigation, the current view, the theme switch and the banner. */
public final class ShellController {

    private final Map<AppView, Supplier<Parent>> viewFactories;
    private final Map<AppView, Parent> loaded = new EnumMap<>(AppView.class);
    private final Map<AppView, ToggleButton> buttons = new EnumMap<>(AppView.class);
    private final ToggleGroup group = new ToggleGroup();
    private final Messages messages;
    private final Banner banner;
    private final ShellSettings settings;
    private AppView shown;

    @FXML private BorderPane root;
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private ToggleSwitch darkTheme;
    @FXML private javafx.scene.control.Label shortcutHint;

    /** What the shell remembers: the last view and the theme. */
    public record ShellSettings(AppView initialView, boolean dark, Consumer<AppView> onViewShown,
                                Consumer<Boolean> onThemeChanged) {
    }

    public ShellController(Map<AppView, Supplier<Parent>> viewFactories, Messages messages, Banner banner,
                           ShellSettings settings) {
        this.viewFactories = new EnumMap<>(viewFactories);
        this.messages = messages;
        this.banner = banner;
        this.settings = settings;
    }

    @FXML
    private void initialize() {
        for (AppView view : viewFactories.keySet()) {
            ToggleButton button = new ToggleButton(messages.get(view.titleKey()));
            button.setId("nav-" + view.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setAccessibleText(messages.get("nav.button.accessible", messages.get(view.titleKey()),
                    view.shortcutText()));
            button.setOnAction(e -> show(view));
            buttons.put(view, button);
            navigation.getChildren().add(button);
        }
        // A nav button stays pressed: clicking the current one again must not leave no view selected.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        shortcutHint.setText(viewFactories.keySet().stream()
                .map(view -> messages.get("nav.shortcut", view.shortcutText(), messages.get(view.titleKey())))
                .collect(java.util.stream.Collectors.joining("\n")));
        root.setBottom(banner);
        darkTheme.setSelected(settings.dark());
        darkTheme.selectedProperty().addListener((obs, was, dark) -> settings.onThemeChanged().accept(dark));
        shown = settings.initialView();
        show(shown);
    }

    /** Adds Ctrl+1, Ctrl+2 … for the views. */
    public void installShortcuts(Scene scene) {
        for (AppView view : viewFactories.keySet()) {
            scene.getAccelerators().put(new KeyCodeCombination(view.shortcut(), KeyCombination.SHORTCUT_DOWN),
                    () -> show(view));
        }
    }

    public void show(AppView view) {
        Parent node = loaded.computeIfAbsent(view, v -> viewFactories.get(v).get());
        content.getChildren().setAll(node);
        buttons.get(view).setSelected(true);
        if (view != shown) {
            shown = view;
            settings.onViewShown().accept(view);
        }
    }
}
