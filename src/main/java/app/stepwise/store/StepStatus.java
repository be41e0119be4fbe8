package app.stepwise.store;

/** Stored by name: renaming a constant needs a migration. */
public enum StepStatus { NOT_STARTED, IN_PROGRESS, DONE, SKIPPED }
