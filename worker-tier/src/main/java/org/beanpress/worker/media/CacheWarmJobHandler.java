package org.beanpress.worker.media;

import org.beanpress.core.job.CacheWarmJob;
import org.beanpress.core.job.JobCodec;
import org.beanpress.core.job.MalformedJobException;
import org.beanpress.core.page.Archive;
import org.beanpress.core.page.PublicPages;
import org.beanpress.worker.job.JobHandler;
import org.springframework.stereotype.Component;

/** {@code cache.warm} v1: render a public page into Redis before readers ask for it. */
@Component
class CacheWarmJobHandler implements JobHandler {

	private final PublicPages pages;

	CacheWarmJobHandler(PublicPages pages) {
		this.pages = pages;
	}

	@Override
	public String type() {
		return CacheWarmJob.TYPE;
	}

	@Override
	public int version() {
		return CacheWarmJob.VERSION;
	}

	@Override
	public void handle(String body) {
		var job = JobCodec.read(body, CacheWarmJob.class);
		switch (job.page()) {
			case CacheWarmJob.FRONT -> pages.warmFrontPage();
			case CacheWarmJob.POST -> {
				if (job.postId() == null || job.slug() == null) {
					throw new MalformedJobException("A post page job needs postId and slug");
				}
				pages.warmPost(job.postId(), job.slug());
			}
			case CacheWarmJob.ARCHIVE -> {
				var kind = Archive.Kind.ofSegment(job.archive())
					.orElseThrow(() -> new MalformedJobException("Unknown archive '" + job.archive() + "'"));
				if (job.slug() == null || job.slug().isBlank()) {
					throw new MalformedJobException("An archive page job needs the archive's slug");
				}
				pages.warmArchive(new Archive(kind, job.slug()));
			}
			default -> throw new MalformedJobException("Unknown page '" + job.page() + "'");
		}
	}

}
