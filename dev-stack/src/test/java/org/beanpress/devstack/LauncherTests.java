package org.beanpress.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.beanpress.local.LoopbackPorts;
import org.beanpress.local.TestHttp;
import org.beanpress.local.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first README command as a person runs it: the launcher in a JVM of its own, without
 * an admin password set, stopped the way Ctrl-C stops it (a signal, which runs its
 * shutdown hook). One launcher serves every test here; the last one stops it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherTests {

	/**
	 * Before, 35-60 s: the services went first and the tiers waited out 30-s timeouts on
	 * them. Now the tiers and services take 5-6 s on an idle machine; the worker's SQS
	 * listeners wait for their receives in flight, which the local stack keeps to 2 s.
	 */
	static final Duration STOP_BOUND = Duration.ofSeconds(10);

	// a log level, an exception's name, or a stack frame; not ERROR_FOR_... in a SQL mode
	static final Pattern TROUBLE = Pattern.compile("\\bERROR\\b|\\w*Exception\\b|^\\s+at [\\w.$/]+\\(",
			Pattern.MULTILINE);

	static final Pattern RUNNING = Pattern.compile("Beanpress is running at (\\S+) \\((.*)\\)$", Pattern.MULTILINE);

	static final Pattern GENERATED = Pattern.compile("^admin: admin / (\\S+) \\(generated");

	private Path work;

	private final Map<String, Integer> ports = new LinkedHashMap<>();

	private Process launcher;

	private Path output;

	private String webUrl;

	private String printedLogin;

	@BeforeAll
	void startLauncher(@TempDir Path work) throws IOException {
		this.work = work;
		for (var part : List.of("web", "worker", "database", "redis", "sqs")) {
			ports.put(part, LoopbackPorts.resolve(0));
		}
		var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), "-Dbeanpress.stack.data-dir=" + data(),
				"-Dbeanpress.stack.tiers-directory=" + TestStacks.tiersDirectory().toAbsolutePath()));
		ports.forEach((part, port) -> command.add("-Dbeanpress.stack." + part + "-port=" + port));
		command.add(LocalStack.class.getName());
		output = work.resolve("launcher.log");
		var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment().remove("BEANPRESS_STACK_ADMIN_PASSWORD");
		launcher = builder.start();

		await().atMost(Duration.ofSeconds(240)).until(() -> RUNNING.matcher(launcherOutput()).find());
		var running = RUNNING.matcher(launcherOutput());
		assertThat(running.find()).isTrue();
		webUrl = running.group(1);
		printedLogin = running.group(2);
	}

	@AfterAll
	void stopLauncher() {
		if (launcher.isAlive()) {
			launcher.descendants().forEach(ProcessHandle::destroyForcibly);
			launcher.destroyForcibly();
		}
	}

	@Test
	@Order(1)
	void shouldListenOnLoopbackOnly() throws IOException {
		for (var port : ports.entrySet()) {
			assertThat(listeningAddresses(port.getValue())).as(port.getKey())
				.isNotEmpty()
				.allMatch(InetAddress::isLoopbackAddress);
		}
	}

	@Test
	@Order(2)
	void shouldGenerateTheAdminPasswordPrintItAndKeepItForItsOwnerOnly() throws IOException {
		var generated = GENERATED.matcher(printedLogin);
		assertThat(generated.find()).as(printedLogin).isTrue();
		var printedPassword = generated.group(1);
		var kept = data().resolve(AdminPassword.FILE_NAME);
		assertThat(printedPassword).isNotEqualTo("beanpress-admin")
			.hasSizeGreaterThanOrEqualTo(20)
			.isEqualTo(Files.readString(kept).strip());
		assertThat(Files.getPosixFilePermissions(kept)).extracting(Object::toString)
			.containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");

		var http = new TestHttp(webUrl);
		assertThat(http.postJson("/api/tokens", "", TestHttp.basic("admin", printedPassword)).status()).isEqualTo(201);
		assertThat(http.postJson("/api/tokens", "", TestHttp.basic("admin", "beanpress-admin")).status())
			.isEqualTo(401);
	}

	@Test
	@Order(3)
	void shouldStopTiersBeforeTheirServicesQuicklyAndCleanlyAfterLoad() throws IOException, InterruptedException {
		// load: uploads through the outbox, SQS and the worker, and a published post
		var http = new TestHttp(webUrl);
		var generated = GENERATED.matcher(printedLogin);
		assertThat(generated.find()).as(printedLogin).isTrue();
		var bearer = TestStacks.Author.signUp(http, "stopper", "a stopping password", generated.group(1)).bearer();
		var ids = new ArrayList<Long>();
		for (var photo : LocalStackTests.PHOTOS.subList(0, 4)) {
			ids.add(http.upload("/api/media", TestImages.file(photo), bearer).json().get("id").asLong());
		}
		assertThat(http
			.postJson("/api/posts",
					Map.of("title", "Before the stop", "markdown", "Soon **off**", "status", "PUBLISHED"), bearer)
			.status()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(120))
			.until(() -> ids.stream()
				.allMatch(id -> http.get("/api/media/" + id, bearer).json().get("status").asString().equals("READY")));

		var logs = List.of(output, data().resolve("logs/web-tier.log"), data().resolve("logs/worker-tier.log"));
		var before = new LinkedHashMap<Path, Long>();
		for (var log : logs) {
			before.put(log, Files.size(log));
		}
		var children = launcher.descendants().toList();
		assertThat(children).hasSizeGreaterThanOrEqualTo(4);

		long stopping = System.nanoTime();
		// SIGTERM: the JVM runs its shutdown hooks, as for Ctrl-C's SIGINT
		launcher.destroy();
		assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
		var took = Duration.ofNanos(System.nanoTime() - stopping);

		assertThat(took).as("time to stop").isLessThan(STOP_BOUND);
		assertThat(children).noneMatch(ProcessHandle::isAlive);
		for (var log : logs) {
			var written = tail(log, before.get(log));
			assertThat(TROUBLE.matcher(written).find()).as(log + " while stopping:%n%s", written).isFalse();
		}
		assertThat(launcherOutput()).contains("Stopping Beanpress...", "Stopped in");
	}

	private Path data() {
		return work.resolve("data");
	}

	private String launcherOutput() throws IOException {
		return Files.readString(output, StandardCharsets.UTF_8);
	}

	private static String tail(Path log, long from) throws IOException {
		try (var file = new RandomAccessFile(log.toFile(), "r")) {
			file.seek(from);
			var bytes = new byte[(int) (file.length() - from)];
			file.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	/**
	 * The local addresses of the sockets listening on a TCP port, from the kernel's own
	 * tables (Linux, like the embedded MariaDB binaries).
	 */
	private static List<InetAddress> listeningAddresses(int port) throws IOException {
		var addresses = new ArrayList<InetAddress>();
		for (var table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			var lines = Files.readAllLines(Path.of(table));
			for (var line : lines.subList(1, lines.size())) {
				var fields = line.trim().split("\\s+");
				var local = fields[1].split(":");
				// 0A: LISTEN
				if (fields[3].equals("0A") && Integer.parseInt(local[1], 16) == port) {
					addresses.add(InetAddress.getByAddress(networkOrder(HexFormat.of().parseHex(local[0]))));
				}
			}
		}
		return addresses;
	}

	/** The kernel prints each 32-bit word of an address in host (little-endian) order. */
	private static byte[] networkOrder(byte[] printed) {
		var address = new byte[printed.length];
		for (int word = 0; word < printed.length; word += 4) {
			for (int i = 0; i < 4; i++) {
				address[word + i] = printed[word + 3 - i];
			}
		}
		return address;
	}

}
