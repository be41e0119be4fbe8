package app.stepwise.ui.log;

import app.stepwise.content.Guide;
import app.stepwise.store.StudyLogRepository;
import app.stepwise.store.StudySession;
import app.stepwise.ui.common.Background;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The study sessions as the views see them, newest first; every change is saved in the background. */
public final class StudyLogModel {

    private static final Comparator<StudySession> NEWEST_FIRST = Comparator.comparing(StudySession::day)
            .thenComparing(StudySession::createdAt).reversed();

    private final Guide guide;
    private final StudyLogRepository repository;
    private final Background background;
    private final ObservableList<StudySession> sessions = FXCollections.observableArrayList();
    private final ObservableList<StudySession> readOnlySessions = FXCollections.unmodifiableObservableList(sessions);

    public StudyLogModel(Guide guide, StudyLogRepository repository, Background background, List<StudySession> saved) {
        this.guide = guide;
        this.repository = repository;
        this.background = background;
        sessions.setAll(saved);
        sessions.sort(NEWEST_FIRST);
    }

    public Guide guide() {
        return guide;
    }

    /** Newest first; one wrapper for all callers so listeners added to it stay attached. */
    public ObservableList<StudySession> sessions() {
        return readOnlySessions;
    }

    /** Adds a new session or replaces the one with the same id, and saves it. */
    public void save(StudySession session) {
        sessions.removeIf(s -> s.id().equals(session.id()));
        sessions.add(session);
        sessions.sort(NEWEST_FIRST);
        background.run(() -> repository.save(session));
    }

    public void delete(StudySession session, Consumer<StudySession> onDeleted) {
        if (sessions.remove(session)) {
            background.run(() -> repository.delete(session.id()), deleted -> onDeleted.accept(session));
        }
    }

    public void restore(StudySession session) {
        save(session);
    }

    public void reload(Consumer<Throwable> onFailure) {
        background.run(repository::all, saved -> {
            sessions.setAll(saved);
            sessions.sort(NEWEST_FIRST);
        }, onFailure);
    }
}
