package dev.skyway.portal.compliance;

import org.jspecify.annotations.Nullable;

/**
 * What a finding is about.
 *
 * @param accountId    the 12-digit AWS account id
 * @param region       the region, {@code ""} when the tool names none
 * @param resourceId   the resource's ARN or id; {@code AWS::::Account:<id>} for a result about the account itself
 * @param resourceType e.g. {@code AwsS3Bucket}; absent when the tool does not say
 */
public record FindingResource(String accountId, String region, String resourceId, @Nullable String resourceType) {

    /** The resource id of results about the account itself (Security Hub's form). */
    public static String accountResource(String accountId) {
        return "AWS::::Account:" + accountId;
    }
}
