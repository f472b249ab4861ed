package org.beanpress.worker.task;

import java.time.Clock;

import org.beanpress.core.page.PageWarming;
import org.beanpress.core.post.PostRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the SCHEDULED posts whose time has come, each with its cache jobs in the same
 * transaction (the post's page and the front page are rendered ahead, as for a post
 * published by hand). Readers never publish anything: a due post stays unseen until this
 * runs. Two overlapping runs publish and warm each post once: the conditional UPDATE lets
 * only one of them change it.
 */
@Component
class PublishScheduledPosts implements PeriodicTask {

	private static final int BATCH = 200;

	private final PostRepository posts;

	private final PageWarming warming;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PublishScheduledPosts(PostRepository posts, PageWarming warming, TransactionTemplate transaction, Clock clock) {
		this.posts = posts;
		this.warming = warming;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "publish-scheduled-posts";
	}

	@Override
	public String run() {
		var now = clock.instant();
		int published = 0;
		for (var post : posts.findDue(now, BATCH)) {
			var won = transaction.execute(status -> {
				if (!posts.publishIfDue(post.id(), now)) {
					return false;
				}
				warming.postChanged(post.id(), post.slug());
				return true;
			});
			if (Boolean.TRUE.equals(won)) {
				published++;
			}
		}
		return "published " + published + " scheduled posts";
	}

}
