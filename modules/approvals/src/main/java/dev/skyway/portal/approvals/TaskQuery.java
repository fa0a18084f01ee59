package dev.skyway.portal.approvals;

/**
 * Filters for the caller's tasks; every field may be null (no filter).
 *
 * @param text matches the title or subject id, case-insensitive
 */
public record TaskQuery(String subjectType, String environment, String text) {

    public static TaskQuery all() {
        return new TaskQuery(null, null, null);
    }
}
