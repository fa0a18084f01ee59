package dev.skyway.portal.provisioning.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import dev.skyway.portal.provisioning.NetworkChoice;
import dev.skyway.portal.provisioning.internal.network.NetworkLookupException;
import dev.skyway.portal.provisioning.internal.network.NetworkTarget;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The pickers' AWS adapter against WireMock speaking EC2's query protocol ({@code Action=DescribeVpcs}, XML with
 * {@code <vpcSet><item>}, {@code NextToken} paging) and SSM's JSON protocol ({@code X-Amz-Target:
 * AmazonSSM.GetParameter}); throttling and access denied in the portal's words; signed in the target account with
 * the credentials of the role assumed there (STS AssumeRole, query protocol too).
 */
class AwsNetworkLookupTests {

    static final String EC2_NS = "http://ec2.amazonaws.com/doc/2016-11-15/";
    static final NetworkTarget TARGET = new NetworkTarget("123456789012", "eu-central-1");

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    AwsClientFactory factory;
    AwsNetworkLookup lookup;
    MemberAccountCredentials member;

    @BeforeEach
    void lookup() {
        // one attempt: throttling is answered once, not retried for seconds
        AwsProperties properties = new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null,
                URI.create(aws.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), 1);
        factory = new AwsClientFactory(properties,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPORTAL", "secret")));
        member = new MemberAccountCredentials(null, null, "skyway");
        lookup = new AwsNetworkLookup(factory.create(Ec2Client.builder()), factory.create(SsmClient.builder()),
                member);
    }

    @AfterEach
    void close() {
        member.close();
        factory.close();
    }

    static MappingBuilder ec2(String action) {
        return post(urlEqualTo("/")).withRequestBody(containing("Action=" + action));
    }

    static ResponseDefinitionBuilder xml(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8").withBody(body);
    }

    static String response(String action, String content) {
        return "<" + action + "Response xmlns=\"" + EC2_NS + "\"><requestId>req-1</requestId>" + content + "</"
                + action + "Response>";
    }

    @Test
    void vpcsArePagedWithNextTokenAndLabelledWithNameAndCidr() {
        aws.stubFor(ec2("DescribeVpcs").withRequestBody(matching("^(?!.*NextToken).*$")).willReturn(xml(response(
                "DescribeVpcs", """
                        <vpcSet><item><vpcId>vpc-0a1b2c3d4e5f67890</vpcId><cidrBlock>10.0.0.0/16</cidrBlock>
                        <tagSet><item><key>Name</key><value>shared</value></item></tagSet></item></vpcSet>
                        <nextToken>page-2</nextToken>"""))));
        aws.stubFor(ec2("DescribeVpcs").withRequestBody(containing("NextToken=page-2")).willReturn(xml(response(
                "DescribeVpcs", """
                        <vpcSet><item><vpcId>vpc-12345678</vpcId><cidrBlock>172.31.0.0/16</cidrBlock></item></vpcSet>
                        """))));

        assertThat(lookup.vpcs(TARGET)).containsExactly(
                new NetworkChoice("vpc-0a1b2c3d4e5f67890", "vpc-0a1b2c3d4e5f67890 | shared | 10.0.0.0/16", null),
                new NetworkChoice("vpc-12345678", "vpc-12345678 | 172.31.0.0/16", null));
    }

    @Test
    void subnetsAndSecurityGroupsAreFilteredByTheChosenVpc() {
        aws.stubFor(ec2("DescribeSubnets").willReturn(xml(response("DescribeSubnets", """
                <subnetSet><item><subnetId>subnet-0aaa1111bbb22222c</subnetId><vpcId>vpc-12345678</vpcId>
                <availabilityZone>eu-central-1a</availabilityZone><cidrBlock>10.0.1.0/24</cidrBlock></item></subnetSet>
                """))));
        aws.stubFor(ec2("DescribeSecurityGroups").willReturn(xml(response("DescribeSecurityGroups", """
                <securityGroupInfo><item><groupId>sg-12345678</groupId><groupName>web</groupName>
                <vpcId>vpc-12345678</vpcId></item></securityGroupInfo>"""))));

        assertThat(lookup.subnets(TARGET, "vpc-12345678")).containsExactly(new NetworkChoice(
                "subnet-0aaa1111bbb22222c", "subnet-0aaa1111bbb22222c | eu-central-1a | 10.0.1.0/24",
                "vpc-12345678"));
        assertThat(lookup.securityGroups(TARGET, "vpc-12345678")).extracting(NetworkChoice::value)
                .containsExactly("sg-12345678");

        aws.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=DescribeSubnets"))
                .withRequestBody(containing("Filter.1.Name=vpc-id"))
                .withRequestBody(containing("Filter.1.Value.1=vpc-12345678")));
        aws.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=DescribeSecurityGroups"))
                .withRequestBody(containing("Filter.1.Value.1=vpc-12345678")));
    }

    @Test
    void keyPairsAndAvailableZones() {
        aws.stubFor(ec2("DescribeKeyPairs").willReturn(xml(response("DescribeKeyPairs", """
                <keySet><item><keyName>ops</keyName></item><item><keyName>ci deploy</keyName></item></keySet>"""))));
        aws.stubFor(ec2("DescribeAvailabilityZones").willReturn(xml(response("DescribeAvailabilityZones", """
                <availabilityZoneInfo><item><zoneName>eu-central-1a</zoneName><zoneId>euc1-az2</zoneId></item>
                </availabilityZoneInfo>"""))));

        assertThat(lookup.keyPairs(TARGET)).extracting(NetworkChoice::value).containsExactly("ops", "ci deploy");
        assertThat(lookup.availabilityZones(TARGET)).containsExactly(
                new NetworkChoice("eu-central-1a", "eu-central-1a | euc1-az2", null));
        aws.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=DescribeAvailabilityZones"))
                .withRequestBody(containing("Filter.1.Name=state")));
    }

    @Test
    void ssmParameterValueOrNothingWhenThereIsNoSuchParameter() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter"))
                .withRequestBody(containing("/aws/service/ami-amazon-linux-latest/al2023"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("""
                                {"Parameter": {"Name": "/aws/service/ami-amazon-linux-latest/al2023",
                                 "Type": "String", "Value": "ami-0abcdef1234567890", "Version": 7}}""")));
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter"))
                .withRequestBody(containing("/nope")).willReturn(aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\": \"ParameterNotFound\", \"message\": \"\"}")));

        assertThat(lookup.parameterValue(TARGET, "/aws/service/ami-amazon-linux-latest/al2023"))
                .contains("ami-0abcdef1234567890");
        assertThat(lookup.parameterValue(TARGET, "/nope")).isEmpty();
    }

    @Test
    void accessDeniedAndThrottlingAreToldInThePortalsWordsWithTheRequestId() {
        aws.stubFor(ec2("DescribeVpcs").willReturn(aResponse().withStatus(403).withBody("""
                <Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to \
                perform this operation.</Message></Error></Errors><RequestID>req-denied</RequestID></Response>""")));
        aws.stubFor(ec2("DescribeKeyPairs").willReturn(aResponse().withStatus(503).withBody("""
                <Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.\
                </Message></Error></Errors><RequestID>req-slow</RequestID></Response>""")));

        assertThatThrownBy(() -> lookup.vpcs(TARGET)).isInstanceOfSatisfying(NetworkLookupException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("The portal's AWS role may not list the VPCs of account 123456789012 "
                    + "in eu-central-1 in Amazon EC2: You are not authorized to perform this operation.");
            assertThat(e.requestId()).isEqualTo("req-denied");
        });
        assertThatThrownBy(() -> lookup.keyPairs(TARGET)).isInstanceOfSatisfying(NetworkLookupException.class,
                e -> assertThat(e.getMessage()).startsWith("Amazon EC2 kept throttling the portal when asked to list the"
                        + " key pairs of account 123456789012"));
    }

    @Test
    void withARoleNameTheCallsAreSignedWithTheRoleAssumedInTheTargetAccount() {
        String expiry = Instant.now().plus(Duration.ofHours(1)).toString();
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=AssumeRole")).willReturn(xml("""
                <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>
                <Credentials><AccessKeyId>ASIAMEMBER</AccessKeyId><SecretAccessKey>s</SecretAccessKey>
                <SessionToken>t</SessionToken><Expiration>%s</Expiration></Credentials>
                <AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/SkywayLookup/skyway</Arn>
                <AssumedRoleId>AROA:skyway</AssumedRoleId></AssumedRoleUser></AssumeRoleResult>
                <ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>"""
                .formatted(expiry))));
        aws.stubFor(ec2("DescribeKeyPairs").willReturn(xml(response("DescribeKeyPairs", "<keySet/>"))));
        try (MemberAccountCredentials roles = new MemberAccountCredentials(factory.create(StsClient.builder()),
                "SkywayLookup", "skyway")) {
            AwsNetworkLookup inMember = new AwsNetworkLookup(factory.create(Ec2Client.builder()),
                    factory.create(SsmClient.builder()), roles);

            assertThat(inMember.keyPairs(TARGET)).isEmpty();
        }

        aws.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=AssumeRole"))
                .withRequestBody(containing("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FSkywayLookup")));
        aws.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=DescribeKeyPairs"))
                .withHeader("Authorization", containing("Credential=ASIAMEMBER/")));
    }
}
