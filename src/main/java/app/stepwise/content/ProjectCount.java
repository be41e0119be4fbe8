package app.stepwise.content;

import java.util.List;
import java.util.Optional;

/**
 * Makes a counter milestone count portfolio projects by itself: the projects whose status is one of
 * {@code statuses}, that have a live link when {@code requiresLiveLink}, and that are linked to
 * {@code linkedStep} when it is given.
 *
 * @param statuses lower-case project statuses: idea, building, deployed, done
 */
public record ProjectCount(List<String> statuses, boolean requiresLiveLink, Optional<String> linkedStep) {

    public ProjectCount {
        statuses = List.copyOf(statuses);
        linkedStep = linkedStep == null ? Optional.empty() : linkedStep;
    }
}
