package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Without the compliance module, or when it fails, no resource's drift is known: no badge, never a broken page. */
class DriftStatesTests {

    final UUID id = UUID.randomUUID();

    @Test
    void unknownWithoutComplianceOrWhenItFails() {
        assertThat(states(null).of(List.of(id))).isEmpty();
        assertThat(states(ids -> {
            throw new IllegalStateException("compliance is down");
        }).of(id)).isEmpty();
        assertThat(states(ids -> Map.of(id, new StackDriftState("DRIFTED", 1, null))).of(id))
                .hasValueSatisfying(s -> assertThat(s.drifted()).isTrue());
        assertThat(DriftStates.pageOf(id)).isEqualTo("compliance/drift?requestId=" + id);
    }

    private static DriftStates states(@Nullable ResourceDrifts drifts) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (drifts != null) {
            beans.addBean("drifts", drifts);
        }
        return new DriftStates(beans.getBeanProvider(ResourceDrifts.class));
    }
}
