package org.beanpress.core.page;

import java.util.LinkedHashMap;
import java.util.stream.Stream;

import org.beanpress.core.job.CacheWarmJob;
import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.OutboxRepository;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.post.PostRepository;
import org.springframework.stereotype.Component;

/**
 * Asks the worker tier to re-render the public pages a change touches, through the outbox
 * in the caller's transaction: the change and its cache jobs commit together.
 */
@Component
public class PageWarming {

	private final OutboxRepository outbox;

	private final PostRepository posts;

	public PageWarming(OutboxRepository outbox, PostRepository posts) {
		this.outbox = outbox;
		this.posts = posts;
	}

	/** A post was published, edited or deleted: its page and the front page change. */
	public void postChanged(long postId, String slug) {
		outbox.enqueue(JobQueue.CACHE, CacheWarmJob.post(postId, slug));
		outbox.enqueue(JobQueue.CACHE, CacheWarmJob.frontPage());
	}

	/**
	 * An image became READY or FAILED, or its alt text or caption changed: the pages of
	 * the published posts showing it change, and the front page when it is a featured
	 * image there.
	 */
	public void imageChanged(MediaKey originalKey) {
		var featuring = posts.findPublishedFeaturing(originalKey);
		var slugs = new LinkedHashMap<Long, String>();
		Stream.concat(posts.findPublishedShowing(originalKey).stream(), featuring.stream())
			.forEach(post -> slugs.put(post.id(), post.slug()));
		slugs.forEach((id, slug) -> outbox.enqueue(JobQueue.CACHE, CacheWarmJob.post(id, slug)));
		if (!featuring.isEmpty()) {
			outbox.enqueue(JobQueue.CACHE, CacheWarmJob.frontPage());
		}
	}

}
