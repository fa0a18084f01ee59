package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.directory.AccountDirectory;
import dev.skyway.portal.platform.directory.TargetAccount;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.TestUsers;

/**
 * The target account's environment, status and owner come from the inventory, not from the request (the engineer
 * erin is in team payments).
 */
class TargetAccountRulesTests {

    static final Map<String, TargetAccount> INVENTORY = Map.of(
            "111111111111", new TargetAccount("111111111111", "prod", "payments", "ACTIVE"),
            "222222222222", new TargetAccount("222222222222", "dev", "checkout", "ACTIVE"),
            "333333333333", new TargetAccount("333333333333", "prod", "payments", "SUSPENDED"),
            "444444444444", new TargetAccount("444444444444", null, "payments", "ACTIVE"));
    static final AccountDirectory DIRECTORY = id -> Optional.ofNullable(INVENTORY.get(id));

    TargetAccountRules rules = new TargetAccountRules(() -> DIRECTORY, AwsMode.AWS, false);

    @Test
    void anEnvironmentThatContradictsTheAccountsIsRefusedNamingEnvironment() {
        assertThat(rules.check("dev", "111111111111")).extracting(RequestViolation::field, RequestViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("environment", "ACCOUNT_ENVIRONMENT"));
        assertThat(rules.check("dev", "111111111111").getFirst().message()).endsWith("which is prod");
        assertThat(rules.check("prod", "111111111111")).isEmpty();
    }

    @Test
    void unknownAccountsAreRefusedInAwsModeNamingAccountIdButTheSandboxTakesAnyId() {
        assertThat(rules.check("dev", "999999999999")).extracting(RequestViolation::field, RequestViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("accountId", "UNKNOWN_ACCOUNT"));
        assertThat(new TargetAccountRules(() -> DIRECTORY, AwsMode.SANDBOX, false).check("dev", "999999999999"))
                .isEmpty();
        assertThat(new TargetAccountRules(() -> null, AwsMode.AWS, false).check("dev", "999999999999"))
                .as("no directory deployed: nothing to check against").isEmpty();
    }

    @Test
    void inactiveAndUntaggedAccountsCannotBeTargeted() {
        assertThat(rules.check("prod", "333333333333")).extracting(RequestViolation::rule)
                .containsExactly("ACCOUNT_NOT_ACTIVE");
        assertThat(rules.check("dev", "444444444444")).extracting(RequestViolation::field, RequestViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("environment", "ACCOUNT_ENVIRONMENT_UNKNOWN"));
    }

    @Test
    void anEngineerTargetsOnlyTheirTeamsAccountsUnlessAdminOrThePolicyAllowsAnyTeam() {
        var erin = TestUsers.user("erin", Role.ENGINEER);
        assertThatCode(() -> rules.requireMayTarget("111111111111", erin)).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.requireMayTarget("222222222222", erin))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("team checkout");

        assertThatCode(() -> rules.requireMayTarget("222222222222", TestUsers.user("ada", Role.PLATFORM_ADMIN)))
                .doesNotThrowAnyException();
        assertThatCode(() -> new TargetAccountRules(() -> DIRECTORY, AwsMode.AWS, true)
                .requireMayTarget("222222222222", erin)).doesNotThrowAnyException();
    }
}
