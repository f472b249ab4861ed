package org.beanpress.worker.task;

import java.time.Clock;

import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.storage.SharedStorage;
import org.springframework.stereotype.Component;

/**
 * Deletes variant files a regeneration replaced, once they have been unused long enough
 * for cached pages and CDNs to have moved on to the new ones.
 */
@Component
class DeleteReplacedVariants implements PeriodicTask {

	private static final int BATCH = 1000;

	private final MediaRepository media;

	private final SharedStorage storage;

	private final TaskProperties properties;

	private final Clock clock;

	DeleteReplacedVariants(MediaRepository media, SharedStorage storage, TaskProperties properties, Clock clock) {
		this.media = media;
		this.storage = storage;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "delete-replaced-variants";
	}

	@Override
	public String run() {
		var replaced = media.findReplacedBefore(clock.instant().minus(properties.replacedFileAge()), BATCH);
		for (var key : replaced) {
			storage.delete(key);
			media.forgetReplaced(key);
		}
		return "deleted " + replaced.size() + " replaced variant files";
	}

}
