package dev.skyway.portal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds, in the compiled main code of every portal module, each call of an operation on an AWS SDK v2 service client
 * ({@code software.amazon.awssdk.services.<service>.<Name>Client}): direct calls and method references. It reads the
 * class files with ASM (Spring's repackaged copy), so calls through helper lambdas and paginators are seen as the JVM
 * sees them, whatever the source looks like. Credentials providers that call STS behind the scenes
 * ({@code StsAssumeRoleCredentialsProvider}) count as a call of {@code sts:AssumeRole}.
 */
final class AwsSdkCalls {

    /** One operation called from one class. */
    record Call(String caller, String service, String operation) {

        String callerSimpleName() {
            return caller.substring(caller.lastIndexOf('.') + 1).replaceAll("\\$.*", "");
        }
    }

    private static final Pattern CLIENT = Pattern.compile("software/amazon/awssdk/services/([a-z0-9]+)/([A-Za-z0-9]+)Client");
    private static final String ASSUME_ROLE_PROVIDER = "software/amazon/awssdk/services/sts/auth/StsAssumeRoleCredentialsProvider";
    /** Client methods that are not AWS operations. */
    private static final Set<String> NOT_OPERATIONS = Set.of("close", "serviceName", "serviceClientConfiguration",
            "utilities", "waiter", "builder", "create");

    private AwsSdkCalls() {
    }

    /** Every call in the main classes of the portal's modules on the test class path. */
    static List<Call> inPortalMainCode() throws IOException {
        List<Call> calls = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:dev/skyway/portal/**/*.class")) {
            if (isMainCode(resource.getURL().toString())) {
                try (InputStream in = resource.getInputStream()) {
                    calls.addAll(in(in.readAllBytes()));
                }
            }
        }
        return calls;
    }

    /** Main code: a module's {@code target/classes} or its jar, never test classes or test jars. */
    static boolean isMainCode(String url) {
        return url.contains("/target/classes/")
                || url.matches(".*/skyway-[a-z-]+-[^/]*\\.jar!/.*") && !url.matches(".*-tests\\.jar!/.*");
    }

    /** The calls in one class file. */
    static List<Call> in(byte[] classFile) {
        List<Call> calls = new ArrayList<>();
        ClassReader reader = new ClassReader(classFile);
        String caller = reader.getClassName().replace('/', '.');
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                        record(caller, owner, method, calls);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String n, String d, Handle bootstrap, Object... arguments) {
                        for (Object argument : arguments) {
                            if (argument instanceof Handle handle) {
                                record(caller, handle.getOwner(), handle.getName(), calls);
                            }
                        }
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        record(caller, type, "", calls);
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return calls;
    }

    private static void record(String caller, String owner, String method, List<Call> calls) {
        if (owner.equals(ASSUME_ROLE_PROVIDER)) {
            calls.add(new Call(caller, "sts", "AssumeRole"));
            return;
        }
        Matcher client = CLIENT.matcher(owner);
        if (!client.matches() || method.isEmpty() || NOT_OPERATIONS.contains(method) || method.startsWith("<")) {
            return;
        }
        calls.add(new Call(caller, client.group(1), operation(method)));
    }

    /** {@code listAccountsPaginator} and {@code getObjectAsBytes} call {@code ListAccounts} and {@code GetObject}. */
    static String operation(String method) {
        String name = method.replaceFirst("(Paginator|AsBytes)$", "");
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
