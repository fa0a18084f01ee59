package dev.skyway.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Validates the Helm chart without Helm (this machine has no Go toolchain new enough to build it): the values parse,
 * every {@code .Values} path a template uses exists, every template is YAML of the expected shape once its actions are
 * blanked out, the probes point at the actuator's health groups on the port the {@code oidc} profile serves them on,
 * and every environment variable the Deployment sets is one the portal reads.
 */
class HelmChartTests {

    private static final Path CHART = Path.of("..", "deploy", "helm", "skyway-portal");
    private static final Pattern VALUES_PATH = Pattern.compile("\\$?\\.Values((?:\\.[A-Za-z0-9_]+)+)");
    private static final Pattern ENV_NAME = Pattern.compile("^\\s*- name: ([A-Z][A-Z0-9_]*(?:\\{\\{[^}]*}})?)\\s*$",
            Pattern.MULTILINE);

    private static Map<String, Object> values;
    private static Map<String, String> templates;

    @BeforeAll
    static void readChart() throws IOException {
        values = new Yaml().load(Files.readString(CHART.resolve("values.yaml")));
        templates = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(CHART.resolve("templates"))) {
            for (Path file : files.toList()) {
                templates.put(file.getFileName().toString(), Files.readString(file));
            }
        }
    }

    @Test
    void theChartHasTheResourcesOfAProductionDeployment() {
        assertThat(kinds()).containsExactlyInAnyOrder("Deployment", "Service", "Ingress", "ServiceAccount",
                "PodDisruptionBudget");
        Map<String, Object> chart = new Yaml().load(read(CHART.resolve("Chart.yaml")));
        assertThat(chart).containsEntry("apiVersion", "v2").containsEntry("name", "skyway-portal");
        assertThat(values).containsEntry("replicaCount", 2);
    }

    @Test
    void everyValuesPathATemplateUsesExists() {
        List<String> missing = new ArrayList<>();
        templates.forEach((file, text) -> {
            Matcher path = VALUES_PATH.matcher(text);
            while (path.find()) {
                if (!exists(values, path.group(1).substring(1).split("\\."))) {
                    missing.add(file + ": .Values" + path.group(1));
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void theTemplatesActionsAreBalanced() {
        templates.forEach((file, text) -> {
            assertThat(count(text, "{{")).as(file + " {{ vs }}").isEqualTo(count(text, "}}"));
            int opened = count(text, Pattern.compile("\\{\\{-?\\s*(if|range|with|define)\\b"));
            int closed = count(text, Pattern.compile("\\{\\{-?\\s*end\\s*-?}}"));
            assertThat(closed).as(file + ": blocks opened and ended").isEqualTo(opened);
        });
    }

    @Test
    void theDeploymentRunsHardenedWithProbesOnTheActuator() {
        Map<String, Object> deployment = yaml("deployment.yaml");
        Map<String, Object> pod = map(map(map(deployment, "spec"), "template"), "spec");
        Map<String, Object> container = list(pod, "containers").getFirst();

        assertThat(value(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(value(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat(value(container, "readinessProbe", "httpGet", "port")).isEqualTo("management");
        assertThat(list(container, "ports")).anySatisfy(port -> assertThat(port)
                .containsEntry("name", "management").containsEntry("containerPort", 9090));
        assertThat(list(container, "volumeMounts")).anySatisfy(mount -> assertThat(mount)
                .containsEntry("name", "tmp").containsEntry("mountPath", "/tmp"));

        Map<String, Object> podSecurity = map(values, "podSecurityContext");
        assertThat(podSecurity).containsEntry("runAsNonRoot", true).containsEntry("runAsUser", 10001);
        assertThat(map(values, "securityContext")).containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
        assertThat(map(values, "resources")).containsKeys("requests", "limits");
    }

    @Test
    void theProbesMatchTheAppsHealthGroupsAndManagementPort() {
        String app = read(Path.of("src", "main", "resources", "application.yml"));
        String oidc = read(Path.of("src", "main", "resources", "application-oidc.yml"));
        assertThat(app).containsPattern("probes:\\s+enabled: true");
        assertThat(oidc).contains("port: ${MANAGEMENT_SERVER_PORT:9090}");
        assertThat(values).containsEntry("profiles", "oidc");
    }

    @Test
    void theIngressKeepsEachUserOnOnePod() {
        Map<String, Object> ingress = map(values, "ingress");
        assertThat(map(ingress, "annotations"))
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent")
                .containsKey("nginx.ingress.kubernetes.io/session-cookie-name");
        assertThat(value(yaml("ingress.yaml"), "spec", "rules")).isNotNull();
    }

    @Test
    void theServiceAccountCarriesTheIrsaRoleAndSecretsComeFromSecrets() {
        assertThat(templates.get("serviceaccount.yaml")).contains("eks.amazonaws.com/role-arn");
        String deployment = templates.get("deployment.yaml");
        for (String secretVariable : List.of("SPRING_DATASOURCE_PASSWORD", "PORTAL_OIDC_CLIENT_SECRET",
                "PORTAL_AUDIT_KEYS_", "PORTAL_SECRETS_KEYS_")) {
            assertThat(deployment).containsPattern(Pattern.compile(
                    "- name: " + secretVariable + "[^\\n]*\\s+valueFrom:\\s+secretKeyRef:"));
        }
        assertThat(value(yaml("pdb.yaml"), "spec", "minAvailable")).isNotNull();
    }

    @Test
    void everyEnvironmentVariableTheChartSetsIsOneThePortalReads() throws IOException {
        AppSettings settings = AppSettings.read();
        List<String> variables = new ArrayList<>();
        Matcher name = ENV_NAME.matcher(templates.get("deployment.yaml"));
        while (name.find()) {
            variables.add(name.group(1).replaceAll("\\{\\{.*}}", "K1"));
        }
        assertThat(variables).contains("SPRING_DATASOURCE_URL", "PORTAL_OIDC_ISSUER_URI", "PORTAL_AUDIT_KEYS_K1");
        List<String> jvmVariables = List.of("JDK_JAVA_OPTIONS");
        assertThat(variables).filteredOn(v -> !jvmVariables.contains(v)).allSatisfy(variable ->
                assertThat(settings.reads(variable)).as(variable + " is read by the portal").isTrue());
        assertThat(settings.reads("PORTAL_NOSUCH_SETTING")).isFalse();
    }

    /** A template as YAML: whole-line actions dropped, inline ones replaced by a word. */
    static Map<String, Object> yaml(String template) {
        String text = templates.get(template)
                .replaceAll("(?m)^\\s*\\{\\{[^\\n]*}}\\s*$\\n?", "")
                .replaceAll("\\{\\{[^}]*}}", "X");
        return new Yaml().load(text);
    }

    private static List<String> kinds() {
        return templates.keySet().stream().filter(f -> f.endsWith(".yaml"))
                .map(f -> (String) yaml(f).get("kind")).toList();
    }

    private static boolean exists(Map<String, Object> map, String[] path) {
        Object node = map;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> m) || !m.containsKey(key)) {
                return false;
            }
            node = m.get(key);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    private static Object value(Map<String, Object> map, String... path) {
        Object node = map;
        for (String key : path) {
            node = ((Map<?, ?>) node).get(key);
        }
        return node;
    }

    private static int count(String text, String token) {
        return text.split(Pattern.quote(token), -1).length - 1;
    }

    private static int count(String text, Pattern pattern) {
        return (int) pattern.matcher(text).results().count();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
