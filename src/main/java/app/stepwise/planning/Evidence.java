package app.stepwise.planning;

import app.stepwise.store.EvidenceItem;
import app.stepwise.store.Project;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The step-4 evidence a project holds: what the user ticked plus what its fields show by themselves. */
public final class Evidence {

    public static final int TOTAL = EvidenceItem.values().length;

    private Evidence() {
    }

    public static Set<EvidenceItem> held(Project p) {
        Set<EvidenceItem> held = EnumSet.noneOf(EvidenceItem.class);
        for (EvidenceItem ticked : List.of(EvidenceItem.README, EvidenceItem.TESTS, EvidenceItem.CI)) {
            if (p.tickedEvidence().contains(ticked)) {
                held.add(ticked);
            }
        }
        // a demo without a public link (a video, a walkthrough) is ticked by hand
        if (p.tickedEvidence().contains(EvidenceItem.LIVE_DEMO) || p.liveUrl().flatMap(WebLink::openable).isPresent()) {
            held.add(EvidenceItem.LIVE_DEMO);
        }
        if (!p.role().isBlank() && !p.decisions().isBlank()) {
            held.add(EvidenceItem.ROLE_AND_DECISIONS);
        }
        if (!p.deploymentNotes().isBlank()) {
            held.add(EvidenceItem.DEPLOYMENT_NOTES);
        }
        return Collections.unmodifiableSet(held);
    }

    /** What the project still lacks, in the checklist's order. */
    public static List<EvidenceItem> missing(Project p) {
        Set<EvidenceItem> missing = EnumSet.allOf(EvidenceItem.class);
        missing.removeAll(held(p));
        return List.copyOf(missing);
    }

    /** How many of the {@link #TOTAL} items the project holds. */
    public static int score(Project p) {
        return held(p).size();
    }
}
