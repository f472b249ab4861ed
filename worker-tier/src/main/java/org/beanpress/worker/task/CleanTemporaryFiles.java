package org.beanpress.worker.task;

import java.time.Clock;

import org.beanpress.core.storage.SharedStorage;
import org.springframework.stereotype.Component;

/** Deletes what crashed uploads and jobs left in shared storage's temporary folder. */
@Component
class CleanTemporaryFiles implements PeriodicTask {

	private final SharedStorage storage;

	private final TaskProperties properties;

	private final Clock clock;

	CleanTemporaryFiles(SharedStorage storage, TaskProperties properties, Clock clock) {
		this.storage = storage;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "clean-temporary-files";
	}

	@Override
	public String run() {
		return "deleted " + storage.deleteTemporaryLeftovers(clock.instant().minus(properties.temporaryFileAge()))
				+ " temporary leftovers";
	}

}
