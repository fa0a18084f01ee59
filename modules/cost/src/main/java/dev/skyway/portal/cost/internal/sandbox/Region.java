package dev.skyway.portal.cost.internal.sandbox;

/** The regions the sandbox organization runs in, with the prefix AWS puts on their usage types. */
enum Region {
    US_EAST_1("us-east-1", "US East (N. Virginia)", ""),
    EU_WEST_1("eu-west-1", "Europe (Ireland)", "EU-"),
    US_WEST_2("us-west-2", "US West (Oregon)", "USW2-");

    final String id;
    final String displayName;
    final String usagePrefix;

    Region(String id, String displayName, String usagePrefix) {
        this.id = id;
        this.displayName = displayName;
        this.usagePrefix = usagePrefix;
    }

    /** How much dearer a service is here than in us-east-1 (roughly as published). */
    double priceFactor(AwsService service) {
        if (this != EU_WEST_1) {
            return 1.0;
        }
        return switch (service) {
            case EC2 -> 1.11;
            case RDS -> 1.10;
            case ELB -> 1.12;
            case CLOUDWATCH -> 1.14;
            case DATA_TRANSFER -> 1.0667;
            default -> 1.0;
        };
    }
}
