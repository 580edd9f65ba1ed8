package vn.tongket.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One application node as a separate JVM: the packaged jar ({@code target/tongket-*.jar}) started with
 * {@code java -Xmx512m -jar}, the MySQL profile, its own port and engine host name, its log under
 * {@code target/cluster/}. {@link #kill()} is {@code kill -9} (SIGKILL: no shutdown hook, no rollback by the JVM).
 */
final class AppNode implements AutoCloseable {

    static final String ADMIN_PASSWORD = "admin-test";
    private static final Pattern STARTED = Pattern.compile("Started TongketApplication in ([0-9.]+) seconds");

    final String name;
    final int port;
    final Path log;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    double startupSeconds = -1;

    private AppNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts a node on the database and waits until it serves requests (fails after {@code timeoutSeconds}). */
    static AppNode start(String name, int port, String dbUrl, String dbUser, String dbPassword, List<String> extraArgs,
                         int timeoutSeconds) throws Exception {
        Path jar = jar();
        Path log = Path.of("target/cluster/" + name + ".log");
        Files.createDirectories(log.getParent());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-Duser.timezone=Asia/Ho_Chi_Minh", "-jar", jar.toString(),
                "--server.port=" + port, "--spring.profiles.active=mysql",
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        cmd.addAll(extraArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("DB_URL", dbUrl);
        env.put("DB_USER", dbUser);
        env.put("DB_PASSWORD", dbPassword);
        env.put("TONGKET_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("TONGKET_DEMO", "false");
        env.put("TONGKET_MEMBER_PASSWORD", "demo");
        AppNode node = new AppNode(name, port, log, pb.start());
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!node.process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited at start; see " + log);
            }
            Matcher m = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                node.startupSeconds = Double.parseDouble(m.group(1));
                return node;
            }
            Thread.sleep(500);
        }
        node.kill();
        throw new IllegalStateException("node " + name + " not ready after " + timeoutSeconds + " s; see " + log);
    }

    static Path jar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tongket-.*\\.jar")
                            && !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no target/tongket-*.jar: run mvn package first"));
        }
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postMultipart(String path, String fileName, byte[] content) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String boundary = "----tongket" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(300))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Peak resident set size of the node's JVM (VmHWM), e.g. "612345 kB". */
    String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(l -> l.startsWith("VmHWM")).map(l -> l.replace("VmHWM:", "").trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    long pid() {
        return process.pid();
    }

    /** kill -9. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
