import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.LoopbackPorts;
import org.beanpress.local.TestHttp;
import org.beanpress.local.TierProcess;

/**
 * Benchmark driver (not a test): the whole worker process, as Elastic Beanstalk starts it (the bundle's
 * {@code bin/run-tier}, BEANPRESS_TIER=worker, its JVM flags), on the embedded services, with the web tier in front.
 * Uploads N copies of one original (each made unique by bytes after the JPEG's end, so none is deduplicated), waits
 * until every one is READY with its variants, and reports images per second end to end and the worker's resident
 * memory: after start-up, and its peak (VmHWM) under the load.
 * <p>
 * Usage: {@code java ... WorkerMemory <unpacked bundle> <original> <count> <log dir>}. BEANPRESS_JAVA_OPTS, when
 * set, reaches the worker's launcher (extra JVM flags, as the environment property does on Elastic Beanstalk).
 */
public class WorkerMemory {

	public static void main(String[] args) {
		try {
			measure(args);
		}
		catch (Exception ex) {
			// the embedded services' threads would keep the JVM, and so the script, waiting
			ex.printStackTrace();
			System.exit(1);
		}
		System.exit(0);
	}

	private static void measure(String[] args) throws Exception {
		var application = Path.of(args[0]).toAbsolutePath();
		var original = Files.readAllBytes(Path.of(args[1]));
		var count = Integer.parseInt(args[2]);
		var logs = Path.of(args[3]).toAbsolutePath();

		var properties = new HashMap<>(EmbeddedServices.properties());
		properties.put("beanpress.tasks.local-schedule", "false");
		var command = List.of("bash", "bin/run-tier");
		try (var web = TierProcess.start("web", command, application, LoopbackPorts.resolve(0), environment(properties, "web"), logs);
				var worker = TierProcess.start("worker", command, application, LoopbackPorts.resolve(0),
						environment(properties, "worker"), logs)) {
			web.awaitReady();
			worker.awaitReady();
			var idle = status(worker.pid(), "VmRSS");
			var peakRss = new AtomicLong(idle);
			var sampler = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					try {
						peakRss.accumulateAndGet(status(worker.pid(), "VmRSS"), Math::max);
						Thread.sleep(50);
					}
					catch (InterruptedException | IOException ex) {
						return;
					}
				}
			});
			sampler.setDaemon(true);
			sampler.start();

			var http = new TestHttp(web.url());
			var bearer = signUp(http, properties.get("beanpress.security.admin-password"));
			var random = new Random(42);
			var ids = new ArrayList<Long>();
			var started = System.nanoTime();
			for (int i = 0; i < count; i++) {
				var unique = new byte[original.length + 16];
				System.arraycopy(original, 0, unique, 0, original.length);
				for (int b = 0; b < 16; b++) {
					unique[original.length + b] = (byte) random.nextInt(256);
				}
				var upload = http.upload("/api/media", "file", "bench-" + i + ".jpg", unique, bearer);
				if (upload.status() != 201) {
					throw new IllegalStateException("upload " + i + ": " + upload.status() + " " + upload.body());
				}
				ids.add(upload.json().get("id").asLong());
			}
			var uploaded = System.nanoTime();
			var deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
			var pending = new ArrayList<>(ids);
			while (!pending.isEmpty()) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException(pending.size() + " images not READY after 10 minutes");
				}
				pending.removeIf(id -> !http.get("/api/media/" + id, bearer).json().get("status").asString().equals("PENDING"));
				Thread.sleep(100);
			}
			var finished = System.nanoTime();
			sampler.interrupt();
			var failed = ids.stream()
				.filter(id -> !http.get("/api/media/" + id, bearer).json().get("status").asString().equals("READY"))
				.count();
			var hwm = status(worker.pid(), "VmHWM");
			System.out.printf("images=%d failed=%d upload_s=%.2f total_s=%.2f images_per_s=%.2f%n", count, failed,
					(uploaded - started) / 1e9, (finished - started) / 1e9, count / ((finished - started) / 1e9));
			System.out.printf("worker_rss_idle_mib=%d worker_rss_peak_sampled_mib=%d worker_vm_hwm_mib=%d%n", idle / 1024,
					peakRss.get() / 1024, hwm / 1024);
		}
	}

	private static Map<String, String> environment(Map<String, String> properties, String tier) {
		var environment = new HashMap<>(TierProcess.environmentOf(properties));
		environment.put("BEANPRESS_TIER", tier);
		return environment;
	}

	/** An author: signed up (a contributor, with an upload quota), then promoted by the admin. */
	private static String[] signUp(TestHttp http, String adminPassword) {
		var username = "bench-" + System.nanoTime();
		var id = http.postJson("/api/accounts", Map.of("username", username, "password", "a benchmark password"))
			.json()
			.get("id")
			.asLong();
		var admin = http.postJson("/api/tokens", "", TestHttp.basic("admin", adminPassword)).json().get("token").asString();
		http.patchJson("/api/users/" + id, Map.of("role", "AUTHOR"), TestHttp.bearer(admin));
		var token = http.postJson("/api/tokens", "", TestHttp.basic(username, "a benchmark password")).json().get("token").asString();
		return TestHttp.bearer(token);
	}

	/** A /proc/PID/status field in KiB. */
	private static long status(long pid, String field) throws IOException {
		for (var line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith(field + ":")) {
				return Long.parseLong(line.replaceAll("[^0-9]", ""));
			}
		}
		throw new IOException("no " + field + " for " + pid);
	}

}
