package org.beanpress.core.job;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox: a job is written in the same transaction as the data it is about, and a relay sends it to
 * SQS later. SQS being down delays jobs; it never loses them.
 */
@Repository
public class OutboxRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json;

	public OutboxRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = JsonMapper.builder().build();
	}

	/** Adds a job for the queue; call inside the transaction that writes the job's data. */
	public void enqueue(JobQueue queue, Object job) {
		var now = clock.instant();
		jdbc.sql("INSERT INTO outbox (queue, body, created_at, attempts, next_attempt_at) VALUES (?, ?, ?, 0, ?)")
			.params(queue.logicalName(), json.writeValueAsString(job), now, now)
			.update();
	}

	public long countPending() {
		return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").query(Long.class).single();
	}

}
