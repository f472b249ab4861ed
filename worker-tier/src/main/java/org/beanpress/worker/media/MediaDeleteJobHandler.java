package org.beanpress.worker.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.beanpress.core.job.JobCodec;
import org.beanpress.core.job.MalformedJobException;
import org.beanpress.core.job.MediaDeleteJob;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.storage.SharedStorage;
import org.beanpress.worker.job.JobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code media.delete} v1: removes the files of deleted media, variants first and the
 * original last, so that an original is never gone while a variant of it is left (a
 * redelivery finishes the rest). The same file may have been uploaded again since (keys
 * name their content): in one transaction the media rows behind the original's key are
 * locked (or the gap where one would go), which makes an upload or a render of that file
 * wait, and a file is removed only while no row uses it. Idempotent: a file already gone
 * is fine, and a failed removal throws, so the job comes back and finishes the rest.
 */
@Component
class MediaDeleteJobHandler implements JobHandler {

	private static final Logger log = LoggerFactory.getLogger(MediaDeleteJobHandler.class);

	private final MediaRepository media;

	private final SharedStorage storage;

	private final TransactionTemplate transaction;

	MediaDeleteJobHandler(MediaRepository media, SharedStorage storage, TransactionTemplate transaction) {
		this.media = media;
		this.storage = storage;
		this.transaction = transaction;
	}

	@Override
	public String type() {
		return MediaDeleteJob.TYPE;
	}

	@Override
	public int version() {
		return MediaDeleteJob.VERSION;
	}

	@Override
	public void handle(String body) {
		var job = JobCodec.read(body, MediaDeleteJob.class);
		var original = key(job.originalKey());
		if (!original.isOriginal() || job.variantKeys() == null) {
			throw new MalformedJobException("A media delete job needs an original's key and the variants' keys");
		}
		var variants = job.variantKeys().stream().map(MediaDeleteJobHandler::key).toList();
		if (variants.stream().anyMatch(variant -> variant.isOriginal() || variant.ownerId() != original.ownerId())) {
			throw new MalformedJobException("A media delete job's variant keys must be variants of its owner");
		}
		var removed = transaction.execute(status -> {
			var reused = !media.lockByOriginalKey(original).isEmpty();
			var count = 0;
			for (var variant : variants) {
				if (!media.isVariantInUse(variant)) {
					count += remove(variant);
				}
			}
			if (!reused) {
				count += remove(original);
			}
			return count;
		});
		log.info("Media {} deleted: {} file(s) removed", job.mediaId(), removed);
	}

	private int remove(MediaKey key) {
		try {
			return Files.deleteIfExists(storage.resolve(key.value())) ? 1 : 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not remove " + key + "; the job comes back to finish", ex);
		}
	}

	private static MediaKey key(String value) {
		return MediaKey.parse(value).orElseThrow(() -> new MalformedJobException("Not a media key: " + value));
	}

}
