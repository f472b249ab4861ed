package org.beanpress.worker.media;

import org.beanpress.core.job.ImageProcessJob;
import org.beanpress.core.job.JobCodec;
import org.beanpress.worker.job.JobHandler;
import org.springframework.stereotype.Component;

/** {@code image.process} v1: make one media item's variants. */
@Component
class ImageJobHandler implements JobHandler {

	private final MediaProcessor processor;

	ImageJobHandler(MediaProcessor processor) {
		this.processor = processor;
	}

	@Override
	public String type() {
		return ImageProcessJob.TYPE;
	}

	@Override
	public int version() {
		return ImageProcessJob.VERSION;
	}

	@Override
	public void handle(String body) {
		var job = JobCodec.read(body, ImageProcessJob.class);
		processor.process(job.mediaId(), job.regenerate());
	}

}
