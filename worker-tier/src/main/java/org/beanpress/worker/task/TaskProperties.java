package org.beanpress.worker.task;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param localSchedule run cron.yaml's schedule in this process (off in an Elastic
 * Beanstalk worker environment, where the daemon delivers the tasks)
 * @param stuckAfter a media item PENDING this long has lost its job, which is sent again
 * @param outboxRetention sent outbox rows are kept this long, for looking back
 * @param temporaryFileAge leftovers of crashed uploads and jobs older than this are
 * deleted
 * @param replacedFileAge variant files replaced by a regeneration are deleted after this
 * long
 * @param revisionsPerPost the newest revisions kept of each post; prune-revisions deletes
 * older ones
 */
@Validated
@ConfigurationProperties("beanpress.tasks")
record TaskProperties(@DefaultValue("true") boolean localSchedule,
		@DefaultValue("15m") @DurationMin(minutes = 1) Duration stuckAfter,
		@DefaultValue("7d") @DurationMin(minutes = 1) Duration outboxRetention,
		@DefaultValue("1d") @DurationMin(minutes = 10) Duration temporaryFileAge,
		@DefaultValue("7d") @DurationMin(minutes = 1) Duration replacedFileAge,
		@DefaultValue("25") @Min(1) int revisionsPerPost) {
}
