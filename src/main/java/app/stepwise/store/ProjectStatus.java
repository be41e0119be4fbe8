package app.stepwise.store;

/** Where a portfolio project stands. */
public enum ProjectStatus {
    IDEA, BUILDING, DEPLOYED, DONE
}
