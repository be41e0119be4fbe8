package app.stepwise.store;

import java.util.Map;

/** Everything stored about the roadmap, read in one go: step rows, milestone rows and notes. */
public record SavedRoadmap(Map<String, StepProgress> steps, Map<String, MilestoneProgress> milestones,
                           Map<String, String> notes) {

    public SavedRoadmap {
        steps = Map.copyOf(steps);
        milestones = Map.copyOf(milestones);
        notes = Map.copyOf(notes);
    }

    public static SavedRoadmap load(ProgressRepository progress, NoteRepository notes) throws StoreException {
        return new SavedRoadmap(progress.allSteps(), progress.allMilestones(), notes.all());
    }
}
