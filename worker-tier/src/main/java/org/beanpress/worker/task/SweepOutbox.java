package org.beanpress.worker.task;

import java.time.Clock;

import org.beanpress.core.job.OutboxRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes outbox rows SQS has had for longer than the retention, so the table stays
 * small.
 */
@Component
class SweepOutbox implements PeriodicTask {

	private final OutboxRepository outbox;

	private final TaskProperties properties;

	private final Clock clock;

	SweepOutbox(OutboxRepository outbox, TaskProperties properties, Clock clock) {
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "sweep-outbox";
	}

	@Override
	public String run() {
		return "deleted " + outbox.deleteSentBefore(clock.instant().minus(properties.outboxRetention()))
				+ " sent outbox rows";
	}

}
