package org.beanpress.worker.media;

import org.beanpress.core.job.ImageProcessJob;
import org.beanpress.core.job.JobCodec;
import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.OutboxRepository;
import org.beanpress.core.job.RegenerateVariantsJob;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.worker.job.JobHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code media.regenerate} v1: fans out one batch of {@code image.process} (regenerate)
 * jobs and the message for the next batch, in one transaction through the outbox. A
 * redelivered batch sends its jobs again, which is harmless: regenerating is idempotent.
 */
@Component
class RegenerateVariantsJobHandler implements JobHandler {

	static final int BATCH = 200;

	private final MediaRepository media;

	private final OutboxRepository outbox;

	private final TransactionTemplate transaction;

	RegenerateVariantsJobHandler(MediaRepository media, OutboxRepository outbox, TransactionTemplate transaction) {
		this.media = media;
		this.outbox = outbox;
		this.transaction = transaction;
	}

	@Override
	public String type() {
		return RegenerateVariantsJob.TYPE;
	}

	@Override
	public int version() {
		return RegenerateVariantsJob.VERSION;
	}

	@Override
	public void handle(String body) {
		var job = JobCodec.read(body, RegenerateVariantsJob.class);
		transaction.executeWithoutResult(status -> {
			var ids = media.findIdsAfter(job.afterId(), BATCH);
			ids.forEach(id -> outbox.enqueue(JobQueue.IMAGES, ImageProcessJob.regenerate(id)));
			if (ids.size() == BATCH) {
				outbox.enqueue(JobQueue.IMAGES, RegenerateVariantsJob.from(ids.get(ids.size() - 1)));
			}
		});
	}

}
