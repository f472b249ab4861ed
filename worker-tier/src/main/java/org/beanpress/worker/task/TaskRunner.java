package org.beanpress.worker.task;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a periodic task by name, at most once at a time across all worker instances: it
 * holds a database named lock (GET_LOCK, on MySQL and MariaDB alike) for the length of
 * the run.
 */
@Component
class TaskRunner {

	private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);

	private final Map<String, PeriodicTask> tasks;

	private final JdbcTemplate jdbc;

	TaskRunner(List<PeriodicTask> tasks, JdbcTemplate jdbc) {
		this.tasks = tasks.stream().collect(Collectors.toMap(PeriodicTask::name, Function.identity()));
		this.jdbc = jdbc;
	}

	/** How a run ended. */
	enum Outcome {

		DONE, UNKNOWN_TASK, ALREADY_RUNNING

	}

	record Run(Outcome outcome, String detail) {
	}

	Run run(String name) {
		var task = tasks.get(name);
		if (task == null) {
			return new Run(Outcome.UNKNOWN_TASK, "There is no periodic task named '" + name + "'");
		}
		return jdbc.execute((ConnectionCallback<Run>) connection -> {
			var lock = "beanpress-task-" + name;
			try (var acquire = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
				acquire.setString(1, lock);
				try (var result = acquire.executeQuery()) {
					if (!result.next() || result.getInt(1) != 1) {
						return new Run(Outcome.ALREADY_RUNNING, "Task '" + name + "' is running on another instance");
					}
				}
			}
			try {
				var detail = task.run();
				log.info("Periodic task {}: {}", name, detail);
				return new Run(Outcome.DONE, detail);
			}
			finally {
				try (var release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
					release.setString(1, lock);
					release.executeQuery().close();
				}
			}
		});
	}

	Optional<PeriodicTask> task(String name) {
		return Optional.ofNullable(tasks.get(name));
	}

}
