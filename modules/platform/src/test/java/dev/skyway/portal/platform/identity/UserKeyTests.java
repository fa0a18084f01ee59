package dev.skyway.portal.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class UserKeyTests {

    @Test
    void canonicalFormSplitsAtTheFirstHash() {
        UserKey key = UserKey.parse("https://idp.example.com/realms/a#sub#with#hashes");

        assertThat(key.issuer()).isEqualTo("https://idp.example.com/realms/a");
        assertThat(key.subject()).isEqualTo("sub#with#hashes");
        assertThat(UserKey.parse(key.canonical())).isEqualTo(key);
    }

    @Test
    void aBareReferenceNamesALocalDemoUserAndNeverAnOidcUser() {
        assertThat(UserKey.ofReference(" approver ")).isEqualTo(new UserKey("local", "approver"));
        assertThat(UserKey.ofReference("https://idp#alice")).isEqualTo(new UserKey("https://idp", "alice"));
        assertThat(UserKey.local("approver").reference()).isEqualTo("approver");
        assertThat(new UserKey("https://idp", "alice").reference()).isEqualTo("https://idp#alice");
    }

    @Test
    void malformedKeysAreRefused() {
        assertThatThrownBy(() -> UserKey.parse("no-hash")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserKey.parse("#sub")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserKey.parse("iss#")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserKey.ofReference(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void samePersonMeansSameIssuerAndSubjectNotSameUsername() {
        PortalUser alice = new PortalUser("https://a", "1", "alice", null, null, null, Set.of(), Set.of());
        PortalUser otherAlice = new PortalUser("https://b", "1", "alice", null, null, null, Set.of(), Set.of());
        PortalUser renamed = new PortalUser("https://a", "1", "alice.smith", null, null, null, Set.of(), Set.of());

        assertThat(alice.isSamePerson(otherAlice.key())).isFalse();
        assertThat(alice.isSamePerson(renamed.key())).isTrue();
    }
}
