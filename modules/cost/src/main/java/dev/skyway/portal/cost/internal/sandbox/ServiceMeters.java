package dev.skyway.portal.cost.internal.sandbox;

/** The meter each kind of resource is billed by, at its published us-east-1 price. */
final class ServiceMeters {

    private final PriceList prices;

    ServiceMeters(PriceList prices) {
        this.prices = prices;
    }

    Meter instance(Region region, String type) {
        return prices.meter(AwsService.EC2, region, "BoxUsage:" + type, "RunInstances", "Hrs",
                PriceList.instanceHour(type), "On Demand Linux " + type + " Instance Hour", "Compute Instance");
    }

    Meter volume(Region region) {
        return prices.meter(AwsService.EC2, region, "EBS:VolumeUsage.gp3", "CreateVolume-Gp3", "GB-Mo", 0.08,
                "GB-month of General Purpose (gp3) provisioned storage", "Storage");
    }

    Meter database(Region region, String dbClass, boolean multiAz) {
        double price = PriceList.DB_INSTANCE_HOUR.get(dbClass) * (multiAz ? 2 : 1);
        String deployment = multiAz ? "Multi-AZ" : "Single-AZ";
        return prices.meter(AwsService.RDS, region, (multiAz ? "Multi-AZUsage:" : "InstanceUsage:") + dbClass,
                "CreateDBInstance:0014", "Hrs", price,
                "RDS " + dbClass + " " + deployment + " instance hour (or partial hour) running PostgreSQL",
                "Database Instance");
    }

    Meter storage(Region region) {
        return prices.meter(AwsService.S3, region, "TimedStorage-ByteHrs", "StandardStorage", "GB-Mo", 0.023,
                "GB - first 50 TB / month of storage used", "Storage");
    }

    Meter lambda(Region region) {
        return prices.meter(AwsService.LAMBDA, region, "Lambda-GB-Second", "Invoke", "Lambda-GB-Second",
                0.0000166667, "Lambda-GB-Second of compute", "Serverless");
    }

    Meter cluster(Region region, boolean extendedSupport) {
        return extendedSupport
                ? prices.meter(AwsService.EKS, region, "AmazonEKS-Hours:extendedSupport", "CreateOperation", "Hrs",
                0.60, "hour per EKS cluster in extended support", "Compute")
                : prices.meter(AwsService.EKS, region, "AmazonEKS-Hours:perCluster", "CreateOperation", "Hrs", 0.10,
                "hour per EKS cluster", "Compute");
    }

    Meter dynamo(Region region) {
        return prices.meter(AwsService.DYNAMODB, region, "WriteRequestUnits", "PayPerRequestThroughput",
                "WriteRequestUnits", 0.00000125, "write request unit (on-demand)", "Request");
    }

    Meter loadBalancer(Region region) {
        return prices.meter(AwsService.ELB, region, "LCUUsage", "LoadBalancing:Application", "LCU-Hrs", 0.008,
                "used Application load balancer capacity unit-hour (or partial hour)", "Load Balancer");
    }

    Meter natGateway(Region region) {
        return prices.meter(AwsService.DATA_TRANSFER, region, "NatGateway-Bytes", "NatGateway", "GB", 0.045,
                "GB Data Processed by NAT Gateways", "Data Transfer");
    }

    Meter internetOut(Region region) {
        return prices.meter(AwsService.DATA_TRANSFER, region, "DataTransfer-Out-Bytes", "LoadBalancing-PublicIP-Out",
                "GB", 0.09, "GB - first 10 TB / month data transfer out to the internet", "Data Transfer");
    }

    Meter logs(Region region) {
        return prices.meter(AwsService.CLOUDWATCH, region, "DataProcessing-Bytes", "PutLogEvents", "GB", 0.50,
                "GB - first 10 TB / month of log data ingested", "Logs");
    }

    Meter config(Region region) {
        return prices.meter(AwsService.CONFIG, region, "ConfigurationItemRecorded", "None", "ConfigurationItem",
                0.003, "configuration item recorded", "Configuration Item");
    }

    Meter keys(Region region) {
        return prices.meter(AwsService.KMS, region, "KMS-Keys", "CreateKey", "Keys", 1.00,
                "customer managed key per month", "Key");
    }

    Meter guardDuty(Region region) {
        return prices.meter(AwsService.GUARDDUTY, region, "PaidEventsAnalyzed", "None", "Events", 0.000004,
                "CloudTrail management event analyzed", "Events");
    }
}
