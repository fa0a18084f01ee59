package dev.skyway.portal.platform.identity;

/**
 * What a user may do in the portal. A user can hold several roles. Spring Security authorities are
 * {@code ROLE_<name>}.
 */
public enum Role {
    ENGINEER("Engineer"),
    APPROVER("Approver"),
    FINANCE("Finance"),
    SECURITY("Security"),
    PLATFORM_ADMIN("Platform admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
