package dev.skyway.portal.provisioning;

import org.jspecify.annotations.Nullable;

/**
 * One item of a parameter picker, as the CloudFormation console lists it.
 *
 * @param value what the parameter gets (an id or a name)
 * @param label the value with what helps choosing it (Name tag, CIDR, AZ)
 * @param vpcId the VPC a subnet or security group belongs to; absent for other kinds
 */
public record NetworkChoice(String value, String label, @Nullable String vpcId) {
}
