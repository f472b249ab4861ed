package org.beanpress.core.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.beanpress.core.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The transactional outbox: a job is written in the same transaction as the data it is
 * about, and a relay sends it to SQS later. SQS being down delays jobs; it never loses
 * them.
 */
@Repository
public class OutboxRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	public OutboxRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Adds a job for the queue; call inside the transaction that writes the job's data.
	 */
	public void enqueue(JobQueue queue, Object job) {
		var now = clock.instant();
		jdbc.sql("INSERT INTO outbox (queue, body, created_at, attempts, next_attempt_at) VALUES (?, ?, ?, 0, ?)")
			.params(queue.logicalName(), JobCodec.write(job), now, now)
			.update();
	}

	/**
	 * Locks up to {@code limit} unsent rows that are due, oldest first, skipping rows
	 * another relay holds: any number of relays can run, and none sends a row another is
	 * sending. Call inside a transaction.
	 */
	public List<OutboxMessage> claimDue(int limit) {
		return jdbc.sql("""
				SELECT id, queue, body, attempts, created_at FROM outbox
				WHERE sent_at IS NULL AND next_attempt_at <= ?
				ORDER BY next_attempt_at, id LIMIT ?
				FOR UPDATE SKIP LOCKED
				""").params(clock.instant(), limit).query(Rows.of(OutboxMessage.class)).list();
	}

	public void markSent(Collection<Long> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("UPDATE outbox SET sent_at = :now WHERE id IN (:ids)")
				.param("now", clock.instant())
				.param("ids", ids)
				.update();
		}
	}

	/** Counts a failed attempt and puts the row back until {@code retryIn} has passed. */
	public void markFailed(long id, Duration retryIn) {
		jdbc.sql("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?")
			.params(clock.instant().plus(retryIn), id)
			.update();
	}

	/**
	 * Deletes rows sent before {@code cutoff}; they are history once SQS has them.
	 * Returns how many.
	 */
	public int deleteSentBefore(Instant cutoff) {
		return jdbc.sql("DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < ?").param(cutoff).update();
	}

	public long countPending() {
		return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").query(Long.class).single();
	}

	/** When the oldest unsent job was written, if any: the relay's lag. */
	public Optional<Instant> oldestPendingCreatedAt() {
		return jdbc.sql("SELECT MIN(created_at) FROM outbox WHERE sent_at IS NULL")
			.query(LocalDateTime.class)
			.optional()
			.map(time -> time.toInstant(ZoneOffset.UTC));
	}

}
