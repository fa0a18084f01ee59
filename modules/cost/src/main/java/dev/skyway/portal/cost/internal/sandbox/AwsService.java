package dev.skyway.portal.cost.internal.sandbox;

/** The AWS services the sandbox organization pays for, with their FOCUS service columns. */
enum AwsService {
    EC2("Amazon Elastic Compute Cloud", "Compute", "Virtual Machines", "AmazonEC2"),
    RDS("Amazon Relational Database Service", "Databases", "Relational Databases", "AmazonRDS"),
    DYNAMODB("Amazon DynamoDB", "Databases", "NoSQL Databases", "AmazonDynamoDB"),
    S3("Amazon Simple Storage Service", "Storage", "Object Storage", "AmazonS3"),
    LAMBDA("AWS Lambda", "Compute", "Serverless Compute", "AWSLambda"),
    EKS("Amazon Elastic Kubernetes Service", "Compute", "Containers", "AmazonEKS"),
    ECS("Amazon Elastic Container Service", "Compute", "Containers", "AmazonECS"),
    ELB("Elastic Load Balancing", "Networking", "Application Networking", "AWSELB"),
    DATA_TRANSFER("AWS Data Transfer", "Networking", "Network Connectivity", "AWSDataTransfer"),
    CLOUDWATCH("Amazon CloudWatch", "Management and Governance", "Observability", "AmazonCloudWatch"),
    CONFIG("AWS Config", "Management and Governance", "Compliance", "AWSConfig"),
    KMS("AWS Key Management Service", "Security", "Secret Management", "awskms"),
    GUARDDUTY("Amazon GuardDuty", "Security", "Threat Detection and Response", "AmazonGuardDuty"),
    SUPPORT("AWS Support (Business)", "Management and Governance", "Support", "AWSSupportBusiness"),
    SAVINGS_PLANS("Savings Plans for AWS Compute usage", "Compute", "Other (Compute)", "ComputeSavingsPlans");

    final String serviceName;
    final String category;
    final String subcategory;
    final String code;

    AwsService(String serviceName, String category, String subcategory, String code) {
        this.serviceName = serviceName;
        this.category = category;
        this.subcategory = subcategory;
        this.code = code;
    }
}
