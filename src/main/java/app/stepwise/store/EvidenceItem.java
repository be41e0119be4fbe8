package app.stepwise.store;

/**
 * What employers look for in a portfolio project (step 4 of the guide). README, TESTS and CI are ticked by
 * the user; LIVE_DEMO holds with a live link or a ticked demo; ROLE_AND_DECISIONS and DEPLOYMENT_NOTES hold
 * when those texts are written.
 */
public enum EvidenceItem {
    README, TESTS, CI, LIVE_DEMO, ROLE_AND_DECISIONS, DEPLOYMENT_NOTES
}
