package dev.skyway.portal.provisioning;

/**
 * One item of a parameter picker, as the CloudFormation console lists it.
 *
 * @param value what the parameter gets (an id or a name); never null
 * @param label the value with what helps choosing it (Name tag, CIDR, AZ); never null
 * @param vpcId the VPC a subnet or security group belongs to; null for other kinds
 */
public record NetworkChoice(String value, String label, String vpcId) {
}
