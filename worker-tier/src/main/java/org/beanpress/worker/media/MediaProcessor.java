package org.beanpress.worker.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.MediaStatus;
import org.beanpress.core.media.MediaVariant;
import org.beanpress.core.page.PageWarming;
import org.beanpress.core.storage.SharedStorage;
import org.beanpress.worker.image.ImagePipeline;
import org.beanpress.worker.image.RenderedVariant;
import org.beanpress.worker.image.UnprocessableImageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a PENDING media item into READY with its variants, or FAILED with a reason.
 * <p>
 * No database connection is held, and no row locked, while the pixels are rendered, which
 * may take up to the pipeline's time limit: the row is read, the variants are rendered
 * into a work folder, and only then a short transaction locks the row, checks that it
 * still wants them (it may have been deleted, or a duplicate delivery may have finished
 * it meanwhile), moves the files into place and marks it READY. Idempotent: variant files
 * are named by their content, and a render that finds the row settled is dropped.
 */
@Service
class MediaProcessor {

	private static final Logger log = LoggerFactory.getLogger(MediaProcessor.class);

	private final MediaRepository media;

	private final SharedStorage storage;

	private final ImagePipeline pipeline;

	private final TransactionTemplate transaction;

	private final PageWarming warming;

	MediaProcessor(MediaRepository media, SharedStorage storage, ImagePipeline pipeline,
			TransactionTemplate transaction, PageWarming warming) {
		this.media = media;
		this.storage = storage;
		this.pipeline = pipeline;
		this.transaction = transaction;
		this.warming = warming;
	}

	/**
	 * Makes the variants of PENDING media; with {@code regenerate}, of READY and FAILED
	 * media too.
	 */
	void process(long mediaId, boolean regenerate) {
		var item = media.findById(mediaId).orElse(null);
		if (item == null || !wanted(item, regenerate)) {
			log.info("Media {} is {}; nothing to do", mediaId, (item == null) ? "gone" : item.status());
			return;
		}
		var original = storage.resolve(item.originalKey().value());
		if (!Files.isRegularFile(original) && media.findById(mediaId).isEmpty()) {
			// deleted since it was read, and its files removed: nothing to retry for
			log.info("Media {} was deleted meanwhile; nothing to do", mediaId);
			return;
		}
		if (!Files.isRegularFile(original)) {
			// shared storage hiccup or a file still arriving: let
			// the message come back (the DLQ catches it for good)
			throw new IllegalStateException("The original of media " + item.id() + " is not in shared storage");
		}
		var work = storage.newWorkFolder("job-" + item.id());
		try {
			ImageInfo probed = null;
			try {
				probed = probedAgain(item, original, regenerate);
				var image = (probed != null) ? probed : item.image().orElseThrow();
				var variants = hashed(pipeline.render(original, image, work));
				settle(item, regenerate, probed, current -> ready(current, variants));
			}
			catch (UnprocessableImageException ex) {
				settle(item, regenerate, probed, current -> failed(current, ex.getMessage()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Shared storage failed while processing media " + item.id(), ex);
		}
		finally {
			storage.deleteWorkFolder(work);
		}
	}

	private static boolean wanted(Media item, boolean regenerate) {
		return regenerate || item.status() == MediaStatus.PENDING;
	}

	/**
	 * What the original's header says, read again where the row does not say (uploaded
	 * before it was kept) or a regeneration asks for everything to be made with today's
	 * code; null where the upload's probe stands.
	 */
	private static ImageInfo probedAgain(Media item, Path original, boolean regenerate) throws IOException {
		if (!regenerate && item.image().isPresent()) {
			return null;
		}
		return ImagePipeline.probe(original);
	}

	/**
	 * The rendered variants with the keys that name their content, read before any lock.
	 */
	private List<Placed> hashed(List<RenderedVariant> rendered) throws IOException {
		var placed = new ArrayList<Placed>(rendered.size());
		for (var variant : rendered) {
			placed.add(new Placed(variant, SharedStorage.sha256(variant.file())));
		}
		return placed;
	}

	/**
	 * Writes a job's outcome in one short transaction, with the row locked so that two
	 * deliveries settling at once do it one after the other, unless the media is gone or
	 * no longer wants it (the other delivery finished it).
	 */
	private void settle(Media rendered, boolean regenerate, ImageInfo probed, Consumer<Media> outcome) {
		transaction.executeWithoutResult(status -> media.findByIdForUpdate(rendered.id())
			.filter(current -> wanted(current, regenerate))
			.ifPresentOrElse(current -> {
				if (probed != null) {
					media.recordImage(current.id(), probed);
				}
				outcome.accept(current);
				warming.imageChanged(current.originalKey());
			}, () -> log.info("Media {} was deleted or settled by another delivery meanwhile; this render is dropped",
					rendered.id())));
	}

	private void ready(Media item, List<Placed> placed) {
		var variants = new ArrayList<MediaVariant>(placed.size());
		for (var variant : placed) {
			var rendered = variant.rendered();
			var key = variant.key(item.originalKey());
			// renames within the shared file system, under the row's lock, so that only
			// the delivery that settles the media puts files in place
			storage.moveInto(rendered.file(), key.value());
			variants.add(new MediaVariant(item.id(), rendered.size().sizeName(), key, rendered.width(),
					rendered.height(), rendered.bytes()));
		}
		media.markReady(item.id(), variants);
		log.info("Media {} is READY with {} variants", item.id(), variants.size());
	}

	private void failed(Media item, String reason) {
		media.markFailed(item.id(), reason);
		log.info("Media {} FAILED: {}", item.id(), reason);
	}

	/** A rendered variant and the hash of its file, which its storage key carries. */
	private record Placed(RenderedVariant rendered, String sha256) {

		MediaKey key(MediaKey original) {
			return original.variant(rendered.size().sizeName(), sha256, rendered.format());
		}

	}

}
