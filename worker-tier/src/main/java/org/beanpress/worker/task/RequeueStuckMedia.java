package org.beanpress.worker.task;

import java.time.Clock;

import org.beanpress.core.job.ImageProcessJob;
import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.OutboxRepository;
import org.beanpress.core.media.MediaRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the image job again for media PENDING too long (a job that reached the DLQ, or a
 * lost message).
 */
@Component
class RequeueStuckMedia implements PeriodicTask {

	private static final int BATCH = 500;

	private final MediaRepository media;

	private final OutboxRepository outbox;

	private final TransactionTemplate transaction;

	private final TaskProperties properties;

	private final Clock clock;

	RequeueStuckMedia(MediaRepository media, OutboxRepository outbox, TransactionTemplate transaction,
			TaskProperties properties, Clock clock) {
		this.media = media;
		this.outbox = outbox;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "requeue-stuck-media";
	}

	@Override
	public String run() {
		var requeued = transaction.execute(status -> {
			var stuck = media.findPendingSince(clock.instant().minus(properties.stuckAfter()), BATCH);
			for (var item : stuck) {
				outbox.enqueue(JobQueue.IMAGES, ImageProcessJob.forMedia(item.id()));
				media.touch(item.id());
			}
			return stuck.size();
		});
		return "requeued " + requeued + " stuck media";
	}

}
