package org.beanpress.worker.task;

import org.beanpress.core.post.PostRevisionRepository;
import org.springframework.stereotype.Component;

/** Keeps the newest revisions of each post (beanpress.tasks.revisions-per-post). */
@Component
class PruneRevisions implements PeriodicTask {

	private final PostRevisionRepository revisions;

	private final TaskProperties properties;

	PruneRevisions(PostRevisionRepository revisions, TaskProperties properties) {
		this.revisions = revisions;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "prune-revisions";
	}

	@Override
	public String run() {
		return "deleted " + revisions.prune(properties.revisionsPerPost()) + " old post revisions";
	}

}
