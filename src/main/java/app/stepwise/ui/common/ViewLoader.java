package app.stepwise.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML, building its controller with its collaborators (Cryptomator's FxmlLoaderFactory,
 * without a DI framework). A view {@code FooView.fxml} lives beside its controller's package path.
 */
public final class ViewLoader {

    private final Map<Class<?>, Supplier<?>> controllers;
    private final Messages messages;

    public ViewLoader(Map<Class<?>, Supplier<?>> controllers, Messages messages) {
        this.controllers = Map.copyOf(controllers);
        this.messages = messages;
    }

    /** Loads {@code /<package of controllerType>/<viewName>.fxml}. */
    public Parent load(Class<?> controllerType, String viewName) {
        String path = "/" + controllerType.getPackageName().replace('.', '/') + "/" + viewName + ".fxml";
        URL url = controllerType.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Missing view " + path);
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(type -> {
            Supplier<?> supplier = controllers.get(type);
            if (supplier == null) {
                throw new IllegalStateException("No controller registered for " + type.getName());
            }
            return supplier.get();
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + path, e);
        }
    }
}
