package dev.skyway.portal.compliance;

/** Who may do what in compliance, as the facades' method-security expressions. */
final class Roles {

    /** Import findings and upload frameworks (and, later, approve waivers). */
    static final String SECURITY = "hasAnyRole('SECURITY', 'PLATFORM_ADMIN')";

    /** Read scores and findings: everyone with a role, limited to the accounts they see. */
    static final String READERS = "hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')";

    private Roles() {
    }
}
