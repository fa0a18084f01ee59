package dev.skyway.portal.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.accounts.OrganizationalUnit;
import dev.skyway.portal.accounts.internal.OrganizationSnapshot.Unit;

/** Paths and depths of OUs (parents first), whatever order the directory listed them in. */
class InventoryWriterTests {

    @Test
    void pathsAreWorkedOutEvenWhenAChildIsListedBeforeItsParent() {
        OrganizationSnapshot snapshot = new OrganizationSnapshot(new Unit("r-1", "Root", null), List.of(
                new Unit("ou-3", "Payments", "ou-2"), new Unit("ou-2", "Prod", "ou-1"),
                new Unit("ou-1", "Workloads", "r-1")), List.of());

        assertThat(InventoryWriter.units(snapshot).values()).containsExactly(
                new OrganizationalUnit("r-1", "Root", null, "Root", 0),
                new OrganizationalUnit("ou-1", "Workloads", "r-1", "Workloads", 1),
                new OrganizationalUnit("ou-2", "Prod", "ou-1", "Workloads/Prod", 2),
                new OrganizationalUnit("ou-3", "Payments", "ou-2", "Workloads/Prod/Payments", 3));
    }

    @Test
    void anOuUnderAnUnknownParentFailsTheSync() {
        OrganizationSnapshot snapshot = new OrganizationSnapshot(new Unit("r-1", "Root", null), List.of(
                new Unit("ou-9", "Orphan", "ou-gone")), List.of());

        assertThatThrownBy(() -> InventoryWriter.units(snapshot)).isInstanceOf(DirectoryException.class)
                .hasMessageContaining("ou-gone");
    }
}
