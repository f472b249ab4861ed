package org.beanpress.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;

import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A setting out of bounds stops the worker at start-up, and what it prints names the
 * setting: better than a worker that polls SQS every nanosecond, never runs a job, or
 * loses files.
 */
@NeedsServices
@ExtendWith(OutputCaptureExtension.class)
class SettingsValidationTests {

	@ParameterizedTest
	@CsvSource({ "beanpress.outbox.poll-interval, -1s", "beanpress.outbox.max-retry, 200ms",
			"beanpress.worker.cache-concurrency, 0", "beanpress.worker.image-concurrency, 0",
			"beanpress.worker.poll-timeout, 30s", "beanpress.worker.media.jpeg-quality, 0",
			"beanpress.worker.media.decode-budget-megapixels, 0", "beanpress.worker.media.job-time-limit, 0s",
			"beanpress.worker.retry.first-retry-seconds, -5", "beanpress.media.max-upload-size, 0B",
			"beanpress.media.max-pixels, 0", "beanpress.cache.page-ttl, 0s", "beanpress.tasks.stuck-after, -1m",
			"beanpress.tasks.revisions-per-post, 0", "beanpress.jobs.queue-prefix, prod/",
			"beanpress.datasource.reader.url, mysql://reader" })
	void shouldRefuseToStartWithASettingOutOfBoundsAndNameIt(String property, String value, CapturedOutput output) {
		assertThatException().isThrownBy(() -> start(property, value));

		assertThat(failureReport(output)).contains(property);
	}

	@Test
	void shouldRefuseToStartOnAStorageRootItCannotUse(@TempDir Path folder, CapturedOutput output) throws IOException {
		var notAFolder = Files.writeString(folder.resolve("efs-not-mounted"), "a file where the mount should be");

		assertThatException().isThrownBy(() -> start("beanpress.storage.root", notAFolder.toString()));

		assertThat(failureReport(output)).contains("beanpress.storage.root",
				"must be a folder this process can read and write, or create");
	}

	/**
	 * What Spring Boot prints when start-up fails: each setting, where it came from and
	 * what is wrong with it.
	 */
	private static String failureReport(CapturedOutput output) {
		var text = output.toString();
		var start = text.indexOf("APPLICATION FAILED TO START");
		assertThat(start).as("a start-up failure report").isNotNegative();
		return text.substring(start);
	}

	private static void start(String property, String value) {
		var properties = new LinkedHashMap<>(EmbeddedServices.properties());
		properties.put(property, value);
		// as command-line arguments, so they win over application.properties as
		// environment variables do in AWS
		new SpringApplicationBuilder(WorkerTierApplication.class)
			.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new))
			.close();
	}

}
