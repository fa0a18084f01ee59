package dev.skyway.portal.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.platform.identity.Role;

class GroupRoleMapperTests {

    private final GroupRoleMapper mapper = new GroupRoleMapper(
            "portal-engineers:ENGINEER, portal-leads:ENGINEER,portal-leads:APPROVER");

    @Test
    void groupsMapToTheirRolesAndUnknownGroupsToNothing() {
        assertThat(mapper.rolesOf(List.of("portal-leads", "everyone"))).containsExactlyInAnyOrder(Role.ENGINEER,
                Role.APPROVER);
        assertThat(mapper.rolesOf(List.of("everyone"))).isEmpty();
    }

    @Test
    void aMappingToAnUnknownRoleFailsAtStartup() {
        assertThatThrownBy(() -> new GroupRoleMapper("admins:ROOT"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown role 'ROOT'");
        assertThatThrownBy(() -> new GroupRoleMapper("admins"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group:ROLE");
    }

    @Test
    void claimsMayBeListsOrCommaSeparatedStrings() {
        assertThat(GroupRoleMapper.claimValues(List.of("a", "b"))).isEqualTo(Set.of("a", "b"));
        assertThat(GroupRoleMapper.claimValues("a, b")).isEqualTo(Set.of("a", "b"));
        assertThat(GroupRoleMapper.claimValues(null)).isEmpty();
    }
}
