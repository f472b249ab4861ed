package org.beanpress.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.LoopbackPorts;
import org.beanpress.local.NeedsServices;
import org.beanpress.local.TestHttp;
import org.beanpress.local.TestImages;
import org.beanpress.local.TierProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle run the way the Java SE platform runs it: unpacked into an empty folder, the
 * Procfile's {@code web} command started once per environment with only environment
 * properties (the tier among them), then driven the way readers, authors and the worker
 * daemon drive it.
 */
@NeedsServices
class ElasticBeanstalkRunTests {

	@TempDir
	Path instance;

	@Test
	void shouldRunBothEnvironmentsFromOneBundleThroughTheProcfile() {
		var application = Bundle.unpack(instance.resolve("current"));
		var command = List.of("bash", "-c", Bundle.webCommand(application));
		var logs = instance.resolve("logs");

		try (var web = TierProcess.start("web", command, application, LoopbackPorts.resolve(0), environment("web"),
				logs);
				var worker = TierProcess.start("worker", command, application, LoopbackPorts.resolve(0),
						environment("worker"), logs)) {
			web.awaitReady();
			worker.awaitReady();
			// the worker carries no Flyway: its launcher
			// ran the web jar's migration first
			assertThat(worker.log()).content()
				.contains("run-tier: migrating the database schema first")
				.contains("Worker answers HTTP on port");
			var author = new TestHttp(web.url());
			var reader = new TestHttp(web.url());
			var daemon = new TestHttp(worker.url());

			// each environment runs its own tier: only the
			// worker answers the daemon's task requests
			assertThat(new TestHttp(web.url())
				.postJson("/tasks/warm-front-page", "", "X-Aws-Sqsd-Taskname", "warm-front-page")
				.status()).isIn(401, 403, 404);

			var bearer = signUp(author);
			var upload = author.upload("/api/media", TestImages.file("exif/jolla.jpg"), bearer);
			assertThat(upload.status()).as(upload.body()).isEqualTo(201);
			var mediaId = upload.json().get("id").asLong();
			var mediaUrl = author.get("/api/media/" + mediaId, bearer).json().get("url").asString();
			var post = author.postJson("/api/posts", Map.of("title", "From the bundle", "markdown",
					"![harbour](" + mediaUrl + ")", "status", "PUBLISHED"), bearer);
			assertThat(post.status()).as(post.body()).isEqualTo(201);
			var slug = post.json().get("slug").asString();

			await().atMost(Duration.ofSeconds(90))
				.until(() -> author.get("/api/media/" + mediaId, bearer).json().get("status").asString(),
						"READY"::equals);
			var variants = author.get("/api/media/" + mediaId, bearer).json().get("variants");
			assertThat(variants.valueStream().map(variant -> variant.get("size").asString())).contains("thumbnail",
					"medium", "large");
			for (var variant : variants) {
				assertThat(reader.getBytes(variant.get("url").asString())).isNotEmpty();
			}
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				var page = reader.get("/posts/" + slug);
				assertThat(page.header("X-Page-Cache")).isEqualTo("HIT");
				assertThat(page.body()).contains("srcset=", "alt=\"harbour\"");
			});

			// a cron.yaml task as the worker daemon delivers it
			var task = daemon.postJson("/tasks/warm-front-page", "", "X-Aws-Sqsd-Taskname", "warm-front-page",
					"X-Aws-Sqsd-Scheduled-At", "2026-11-22T08:00:00Z", "User-Agent", "aws-sqsd/2.4");
			assertThat(task.status()).as(task.body()).isEqualTo(200);
			var front = reader.get("/");
			assertThat(front.header("X-Page-Cache")).isEqualTo("HIT");
			assertThat(front.body()).contains("From the bundle");
		}
	}

	/**
	 * What an environment's properties hold: the embedded services' endpoints in place of
	 * Aurora, Redis and SQS.
	 */
	private static Map<String, String> environment(String tier) {
		var properties = new HashMap<>(EmbeddedServices.properties());
		// on Elastic Beanstalk the worker daemon delivers
		// cron.yaml, so the worker's own schedule is off
		properties.put("beanpress.tasks.local-schedule", "false");
		var environment = new HashMap<>(TierProcess.environmentOf(properties));
		environment.put("BEANPRESS_TIER", tier);
		return environment;
	}

	/**
	 * An author: signed up (as a contributor), then promoted by the admin the embedded
	 * services' properties configure.
	 */
	private static String[] signUp(TestHttp http) {
		var username = "operator-" + System.nanoTime();
		var password = "an operator's password";
		var created = http.postJson("/api/accounts", Map.of("username", username, "password", password));
		assertThat(created.status()).isEqualTo(201);
		var admin = http
			.postJson("/api/tokens", "",
					TestHttp.basic("admin", EmbeddedServices.properties().get("beanpress.security.admin-password")))
			.json()
			.get("token")
			.asString();
		assertThat(http
			.patchJson("/api/users/" + created.json().get("id").asLong(), Map.of("role", "AUTHOR"),
					TestHttp.bearer(admin))
			.status()).isEqualTo(200);
		var token = http.postJson("/api/tokens", "", TestHttp.basic(username, password)).json().get("token").asString();
		return TestHttp.bearer(token);
	}

}
