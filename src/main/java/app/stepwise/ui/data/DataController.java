package app.stepwise.ui.data;

import app.stepwise.store.Backup;
import app.stepwise.store.Backups;
import app.stepwise.store.PendingRestore;
import app.stepwise.ui.common.Background;
import app.stepwise.ui.common.Banner;
import app.stepwise.ui.common.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Where the data lives and its verified backups: back up now, restore one, open the folder. */
public final class DataController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private final Path dbFile;
    private final Messages messages;
    private final Banner banner;
    private final Background background;
    private final Clock clock;
    private final Consumer<String> openInDesktop;
    private final Runnable quit;

    @FXML private Label folderLabel;
    @FXML private TableView<Backup> backupTable;
    @FXML private Button restore;

    /**
     * @param openInDesktop shows a folder in the system's file manager
     * @param quit closes Stepwise (after a restore was requested, so it happens at the next start)
     */
    public DataController(Path dbFile, Messages messages, Banner banner, Background background, Clock clock,
                          Consumer<String> openInDesktop, Runnable quit) {
        this.dbFile = dbFile;
        this.messages = messages;
        this.banner = banner;
        this.background = background;
        this.clock = clock;
        this.openInDesktop = openInDesktop;
        this.quit = quit;
    }

    @FXML
    private void initialize() {
        folderLabel.setText(messages.get("data.folder", dbFile.getParent()));
        TableColumn<Backup, String> when = new TableColumn<>(messages.get("data.column.when"));
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                LocalDateTime.ofInstant(c.getValue().takenAt(), clock.getZone()).format(WHEN)));
        TableColumn<Backup, String> size = new TableColumn<>(messages.get("data.column.size"));
        size.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                messages.get("data.size", Math.max(1, Math.round(c.getValue().size() / 1024.0)))));
        backupTable.getColumns().setAll(List.of(when, size));
        backupTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(messages.get("data.none"));
        empty.setWrapText(true);
        empty.getStyleClass().addAll("muted", "empty-state");
        backupTable.setPlaceholder(empty);
        restore.disableProperty().bind(backupTable.getSelectionModel().selectedItemProperty().isNull());
        reload();
    }

    @FXML
    private void openFolder() {
        openInDesktop.accept(dbFile.getParent().toUri().toString());
    }

    @FXML
    private void backUpNow() {
        background.run(() -> new Backups(dbFile.getParent()).create(dbFile), made -> {
            banner.info(messages.get("data.backedUp"));
            reload();
        });
    }

    @FXML
    private void restore() {
        Backup chosen = backupTable.getSelectionModel().getSelectedItem();
        String when = LocalDateTime.ofInstant(chosen.takenAt(), clock.getZone()).format(WHEN);
        ButtonType go = new ButtonType(messages.get("data.restore.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("data.restore.text", when), go,
                ButtonType.CANCEL);
        alert.initOwner(backupTable.getScene().getWindow());
        alert.setHeaderText(messages.get("data.restore.header"));
        if (alert.showAndWait().filter(go::equals).isPresent()) {
            background.run(() -> {
                PendingRestore.request(dbFile.getParent(), chosen);
                return chosen;
            }, requested -> Platform.runLater(quit));
        }
    }

    private void reload() {
        background.run(() -> new Backups(dbFile.getParent()).list(), backups -> backupTable.getItems().setAll(backups));
    }
}
