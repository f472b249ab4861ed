package org.beanpress.worker.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaProperties;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.MediaStatus;
import org.beanpress.core.media.MediaVariant;
import org.beanpress.core.page.PageWarming;
import org.beanpress.core.storage.SharedStorage;
import org.beanpress.worker.image.ImagePipeline;
import org.beanpress.worker.image.ImagePipelineProperties;
import org.beanpress.worker.image.UnprocessableImageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a PENDING media item into READY with its variants, or FAILED with a reason.
 * Idempotent: the row is locked while the job runs, so a duplicate delivery waits and
 * then finds nothing to do; variant files are written under temporary names and renamed
 * into keys that name their content.
 */
@Service
class MediaProcessor {

	private static final Logger log = LoggerFactory.getLogger(MediaProcessor.class);

	private final MediaRepository media;

	private final SharedStorage storage;

	private final ImagePipeline pipeline;

	private final TransactionTemplate transaction;

	private final PageWarming warming;

	MediaProcessor(MediaRepository media, SharedStorage storage, MediaProperties limits,
			ImagePipelineProperties properties, TransactionTemplate transaction, PageWarming warming) {
		this.media = media;
		this.storage = storage;
		this.pipeline = new ImagePipeline(properties, limits.maxPixels());
		this.transaction = transaction;
		this.warming = warming;
	}

	/**
	 * Makes the variants of PENDING media; with {@code regenerate}, of READY and FAILED
	 * media too.
	 */
	void process(long mediaId, boolean regenerate) {
		transaction.executeWithoutResult(status -> media.findByIdForUpdate(mediaId)
			.ifPresentOrElse(item -> processLocked(item, regenerate),
					() -> log.info("Media {} no longer exists; nothing to do", mediaId)));
	}

	private void processLocked(Media item, boolean regenerate) {
		if (item.status() != MediaStatus.PENDING && !regenerate) {
			log.info("Media {} is {} already; nothing to do", item.id(), item.status());
			return;
		}
		var original = storage.resolve(item.originalKey().value());
		if (!Files.isRegularFile(original)) {
			// shared storage hiccup or a file still arriving: let
			// the message come back (the DLQ catches it for good)
			throw new IllegalStateException("The original of media " + item.id() + " is not in shared storage");
		}
		var work = storage.newWorkFolder("job-" + item.id());
		try {
			var rendered = pipeline.render(original, image(item, original, regenerate), work);
			var variants = new ArrayList<MediaVariant>();
			for (var variant : rendered) {
				var key = item.originalKey()
					.variant(variant.size().sizeName(), SharedStorage.sha256(variant.file()), variant.format());
				storage.moveInto(variant.file(), key.value());
				variants.add(new MediaVariant(item.id(), variant.size().sizeName(), key, variant.width(),
						variant.height(), variant.bytes()));
			}
			media.markReady(item.id(), variants);
			warming.imageChanged(item.originalKey());
			log.info("Media {} is READY with {} variants", item.id(), variants.size());
		}
		catch (UnprocessableImageException ex) {
			media.markFailed(item.id(), ex.getMessage());
			warming.imageChanged(item.originalKey());
			log.info("Media {} FAILED: {}", item.id(), ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Shared storage failed while processing media " + item.id(), ex);
		}
		finally {
			storage.deleteWorkFolder(work);
		}
	}

	/**
	 * What the original's header says: as the upload's probe found it, or read again
	 * where the row does not say (uploaded before it was kept) or a regeneration asks for
	 * everything to be made with today's code.
	 */
	private ImageInfo image(Media item, Path original, boolean regenerate) throws IOException {
		if (!regenerate && item.image().isPresent()) {
			return item.image().get();
		}
		var probed = ImagePipeline.probe(original);
		media.recordImage(item.id(), probed);
		return probed;
	}

}
