package org.beanpress.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import javax.imageio.ImageIO;

import org.beanpress.local.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker killed (SIGKILL) in the middle of image jobs, as a terminated instance dies:
 * the jobs come back after the visibility timeout, a new worker finishes them, and each
 * image ends with exactly one set of variants.
 */
class WorkerCrashTests {

	static final int IMAGES = 5;

	@TempDir
	Path data;

	@Test
	void shouldFinishJobsWhoseWorkerWasKilledWithOneSetOfVariantsEach() throws IOException {
		try (var stack = LocalStack.start(TestStacks.settings(data, "crash-admin", 5))) {
			var http = new TestHttp(stack.webUrl());
			var bearer = TestStacks.Author.signUp(http, "crash", "a crash test password", "crash-admin").bearer();
			var ids = new ArrayList<Long>();
			for (int i = 0; i < IMAGES; i++) {
				var upload = http.upload("/api/media", "file", "big-" + i + ".jpg", bigPhoto(i), bearer);
				assertThat(upload.status()).as(upload.body()).isEqualTo(201);
				ids.add(upload.json().get("id").asLong());
			}

			// a job's work folder exists exactly while it runs: kill the worker then
			var temporary = data.resolve("storage/tmp");
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> runningJobs(temporary) > 0);
			stack.killWorker();

			assertThat(runningJobs(temporary)).as("a job was cut off in the middle").isPositive();
			assertThat(ids).anyMatch(id -> status(http, bearer, id).equals("PENDING"));

			stack.startWorker();
			await().atMost(Duration.ofSeconds(120))
				.until(() -> ids.stream().allMatch(id -> status(http, bearer, id).equals("READY")));
			for (var id : ids) {
				var variants = http.get("/api/media/" + id, bearer).json().get("variants");
				assertThat(variants.valueStream().map(variant -> variant.get("size").asString()))
					.containsExactlyInAnyOrder("thumbnail", "medium", "medium_large", "large", "1536x1536", "2048x2048",
							"scaled");
				for (var variant : variants) {
					assertThat(http.get(variant.get("url").asString()).status()).isEqualTo(200);
				}
			}
		}
	}

	@Test
	void shouldFinishTheJobsInHandWhenStoppedForScaleIn() throws IOException {
		try (var stack = LocalStack.start(TestStacks.settings(data, "scale-in-admin", 0))) {
			var http = new TestHttp(stack.webUrl());
			var bearer = TestStacks.Author.signUp(http, "scalein", "a scale-in password", "scale-in-admin").bearer();
			var ids = new ArrayList<Long>();
			for (int i = 0; i < IMAGES; i++) {
				ids.add(http.upload("/api/media", "file", "scale-" + i + ".jpg", bigPhoto(10 + i), bearer)
					.json()
					.get("id")
					.asLong());
			}
			var temporary = data.resolve("storage/tmp");
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> runningJobs(temporary) > 0);

			stack.stopWorker();

			// the jobs in hand were finished, not dropped half-done;
			// the rest wait in the queue for the next worker
			assertThat(runningJobs(temporary)).isZero();
			assertThat(ids).anyMatch(id -> status(http, bearer, id).equals("READY"));
			stack.startWorker();
			await().atMost(Duration.ofSeconds(120))
				.until(() -> ids.stream().allMatch(id -> status(http, bearer, id).equals("READY")));
		}
	}

	private static String status(TestHttp http, String[] bearer, long id) {
		return http.get("/api/media/" + id, bearer).json().get("status").asString();
	}

	private static long runningJobs(Path temporary) throws IOException {
		if (!Files.isDirectory(temporary)) {
			return 0;
		}
		try (var entries = Files.list(temporary)) {
			return entries.filter(entry -> entry.getFileName().toString().startsWith("job-")).count();
		}
	}

	/**
	 * A 2880x2160 (6 MP) photo-sized JPEG, different for each n so each is its own media
	 * item: above 2560 px, so it gets every size up to "scaled", and its job runs long
	 * enough to be caught in the middle (17 MP, nearly three times the pixels, only made
	 * every render and upload here slower).
	 */
	private static byte[] bigPhoto(int n) throws IOException {
		var image = new BufferedImage(2880, 2160, BufferedImage.TYPE_3BYTE_BGR);
		var graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(30 * n % 256, 90, 160), 2880, 2160,
				new Color(240, 200, 40 * n % 256)));
		graphics.fillRect(0, 0, 2880, 2160);
		graphics.dispose();
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

}
