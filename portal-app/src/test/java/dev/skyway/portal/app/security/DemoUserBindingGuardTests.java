package dev.skyway.portal.app.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

class DemoUserBindingGuardTests {

    @Test
    void loopbackBindingIsAccepted() throws Exception {
        assertThatCode(() -> new DemoUserBindingGuard(InetAddress.getByName("127.0.0.1"), false).afterPropertiesSet())
                .doesNotThrowAnyException();
        assertThatCode(() -> new DemoUserBindingGuard(InetAddress.getByName("::1"), false).afterPropertiesSet())
                .doesNotThrowAnyException();
    }

    @Test
    void allInterfacesOrARemoteAddressIsRefusedUnlessAllowed() throws Exception {
        assertThatThrownBy(() -> new DemoUserBindingGuard(null, false).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("all interfaces");
        assertThatThrownBy(() -> new DemoUserBindingGuard(InetAddress.getByName("10.1.2.3"), false)
                .afterPropertiesSet()).hasMessageContaining("10.1.2.3");
        assertThatCode(() -> new DemoUserBindingGuard(null, true).afterPropertiesSet()).doesNotThrowAnyException();
    }
}
