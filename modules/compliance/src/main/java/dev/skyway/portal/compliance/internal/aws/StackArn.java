package dev.skyway.portal.compliance.internal.aws;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CloudFormation stack's ARN, as a provisioned product's {@code CloudformationStackARN} output gives it:
 * {@code arn:aws:cloudformation:eu-central-1:222222222222:stack/SC-222222222222-pp-abc/0a1b...}. The ARN (the
 * stack id) names the stack unambiguously, even after a stack of the same name replaced it.
 */
public record StackArn(String arn, String partition, String region, String accountId, String stackName) {

    private static final Pattern ARN = Pattern.compile(
            "arn:(aws[a-z-]*):cloudformation:([a-z]{2}(?:-[a-z]+)+-\\d+):(\\d{12}):stack/([^/]+)/.+");

    /** @throws IllegalArgumentException when {@code arn} is not a CloudFormation stack ARN */
    public static StackArn parse(String arn) {
        Matcher m = ARN.matcher(arn == null ? "" : arn.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a CloudFormation stack ARN: " + arn);
        }
        return new StackArn(arn.trim(), m.group(1), m.group(2), m.group(3), m.group(4));
    }

    @Override
    public String toString() {
        return arn;
    }
}
