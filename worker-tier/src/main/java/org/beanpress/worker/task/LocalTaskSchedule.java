package org.beanpress.worker.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * Outside Elastic Beanstalk there is no worker daemon: the worker runs cron.yaml's
 * schedule itself (the same file, copied into the jar), and {@link TaskRunner}'s lock
 * keeps it to one instance at a time.
 */
@Component
@ConditionalOnBooleanProperty(name = "beanpress.tasks.local-schedule", matchIfMissing = true)
class LocalTaskSchedule {

	private static final Logger log = LoggerFactory.getLogger(LocalTaskSchedule.class);

	private final TaskRunner runner;

	private final TaskScheduler scheduler;

	LocalTaskSchedule(TaskRunner runner, TaskScheduler scheduler) {
		this.runner = runner;
		this.scheduler = scheduler;
	}

	record Entry(String name, String url, String schedule) {
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		for (var entry : entries()) {
			if (runner.task(entry.name()).isEmpty()) {
				throw new IllegalStateException("cron.yaml names a task this worker does not have: " + entry.name());
			}
			// cron.yaml has five fields (minute first);
			// Spring's cron has seconds in front
			var trigger = new CronTrigger("0 " + entry.schedule(), TimeZone.getTimeZone(ZoneOffset.UTC));
			scheduler.schedule(() -> log.info("Scheduled task {}: {}", entry.name(), runner.run(entry.name()).detail()),
					trigger);
		}
	}

	@SuppressWarnings("unchecked")
	static List<Entry> entries() {
		try (var in = new ClassPathResource("beanpress/cron.yaml").getInputStream()) {
			Map<String, Object> yaml = new Yaml().load(in);
			var cron = (List<Map<String, String>>) yaml.get("cron");
			return cron.stream()
				.map(task -> new Entry(task.get("name"), task.get("url"), task.get("schedule")))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read cron.yaml from the classpath", ex);
		}
	}

}
