package dev.skyway.portal.provisioning;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import dev.skyway.portal.catalog.AwsParameterType;
import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.internal.network.NetworkLookup;
import dev.skyway.portal.provisioning.internal.network.NetworkLookupException;
import dev.skyway.portal.provisioning.internal.network.NetworkTarget;

/**
 * The request form's pickers for AWS-specific parameters, filled from the target account as the CloudFormation
 * console fills them: VPCs, subnets and security groups (of the chosen VPC), key pairs, availability zones, and the
 * value an {@code AWS::SSM::Parameter::Value<...>} parameter resolves to. The region is the portal's (where Service
 * Catalog provisions). For engineers and platform admins (who request products); others get
 * {@link AccessDeniedException}.
 */
@Service
public class NetworkPickers {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private final NetworkLookup lookup;
    private final AwsClientFactory aws;
    private final CurrentUser currentUser;

    NetworkPickers(NetworkLookup lookup, AwsClientFactory aws, CurrentUser currentUser) {
        this.lookup = lookup;
        this.aws = aws;
        this.currentUser = currentUser;
    }

    /** Whether the parameter gets a picker (a list from the account) rather than a text field. */
    public static boolean picks(ParameterDescriptor parameter) {
        return AwsParameterType.of(parameter.type()).filter(NetworkPickers::listed).isPresent();
    }

    /** Whether the parameter names an SSM parameter whose resolved value can be shown. */
    public static boolean resolves(ParameterDescriptor parameter) {
        return parameter.type().startsWith("AWS::SSM::Parameter::Value<");
    }

    /**
     * @param accountId the target account (12 digits)
     * @param vpcId     the VPC chosen on the form, to filter subnets and security groups; absent for all
     * @return the choices, or why there are none (an account id that is not 12 digits, AWS refused, ...)
     */
    public ParameterChoices choices(ParameterDescriptor parameter, String accountId, @Nullable String vpcId) {
        requireRequester();
        Optional<AwsParameterType> type = AwsParameterType.of(parameter.type()).filter(NetworkPickers::listed);
        if (type.isEmpty()) {
            return ParameterChoices.failed(parameter.type() + " has no picker");
        }
        if (accountId == null || !ACCOUNT.matcher(accountId.strip()).matches()) {
            return ParameterChoices.failed("Enter the 12-digit account id to choose from its resources");
        }
        NetworkTarget target = target(accountId);
        String vpc = vpcId == null || vpcId.isBlank() ? null : vpcId;
        try {
            return ParameterChoices.of(switch (type.get()) {
                case VPC_ID -> lookup.vpcs(target);
                case SUBNET_ID -> lookup.subnets(target, vpc);
                case SECURITY_GROUP_ID -> lookup.securityGroups(target, vpc);
                case KEY_PAIR_NAME -> lookup.keyPairs(target);
                case AVAILABILITY_ZONE -> lookup.availabilityZones(target);
                default -> List.of();
            });
        } catch (NetworkLookupException e) {
            return ParameterChoices.failed(e.getMessage());
        }
    }

    /**
     * What CloudFormation will resolve an SSM parameter to, shown read-only.
     *
     * @return the value, or a sentence saying why there is none
     */
    public String resolvedValue(String accountId, String parameterName) {
        requireRequester();
        if (accountId == null || !ACCOUNT.matcher(accountId.strip()).matches()) {
            return "Enter the 12-digit account id to see the value";
        }
        try {
            return lookup.parameterValue(target(accountId), parameterName)
                    .map(value -> "Resolves to " + value + " in " + aws.region().id())
                    .orElse("No SSM parameter " + parameterName + " in account " + accountId.strip());
        } catch (NetworkLookupException e) {
            return e.getMessage();
        }
    }

    private NetworkTarget target(String accountId) {
        return new NetworkTarget(accountId.strip(), aws.region().id());
    }

    /** The kinds the console lists from the account (AMI, instance and volume ids stay text). */
    private static boolean listed(AwsParameterType type) {
        return switch (type) {
            case VPC_ID, SUBNET_ID, SECURITY_GROUP_ID, KEY_PAIR_NAME, AVAILABILITY_ZONE -> true;
            default -> false;
        };
    }

    private void requireRequester() {
        PortalUser user = currentUser.get();
        if (!user.hasAnyRole(Role.ENGINEER, Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Only engineers and platform admins look up resources of accounts");
        }
    }
}
