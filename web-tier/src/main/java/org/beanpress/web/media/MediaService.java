package org.beanpress.web.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.beanpress.core.job.ImageProcessJob;
import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.MediaDeleteJob;
import org.beanpress.core.job.OutboxRepository;
import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageProbe;
import org.beanpress.core.media.MalformedImageException;
import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaProperties;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.NewMedia;
import org.beanpress.core.media.UnsupportedImageException;
import org.beanpress.core.page.PageWarming;
import org.beanpress.core.post.PostLink;
import org.beanpress.core.post.PostRepository;
import org.beanpress.core.storage.ReceivedFile;
import org.beanpress.core.storage.SharedStorage;
import org.beanpress.core.storage.UploadTooLargeException;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.user.CurrentUser;
import org.beanpress.web.user.RoleProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes an upload: streams it to shared storage while hashing it, checks what it really
 * is from its bytes, and records the media row and its image job in one transaction.
 * Whatever fails, no file and no row remain.
 */
@Service
class MediaService {

	private final SharedStorage storage;

	private final MediaRepository media;

	private final OutboxRepository outbox;

	private final MediaProperties limits;

	private final TransactionTemplate transaction;

	private final PostRepository posts;

	private final PageWarming warming;

	private final RoleProperties roles;

	MediaService(SharedStorage storage, MediaRepository media, OutboxRepository outbox, MediaProperties limits,
			TransactionTemplate transaction, PostRepository posts, PageWarming warming, RoleProperties roles) {
		this.roles = roles;
		this.storage = storage;
		this.media = media;
		this.outbox = outbox;
		this.limits = limits;
		this.transaction = transaction;
		this.posts = posts;
		this.warming = warming;
	}

	/**
	 * The stored media and whether this upload created it (false: the owner had uploaded
	 * the same file before).
	 */
	record Upload(Media media, boolean created) {
	}

	Upload upload(CurrentUser owner, InputStream content, String clientFilename) {
		requireQuota(owner);
		var received = receive(content);
		try {
			var info = probe(received);
			var existing = media.findByOwnerAndSha256(owner.id(), received.sha256());
			if (existing.isPresent()) {
				return new Upload(existing.get(), false);
			}
			var row = new NewMedia(owner.id(), MediaKey.original(owner.id(), received.sha256(), info.type()),
					displayName(clientFilename), info, received.bytes(), received.sha256());
			return new Upload(transaction.execute(status -> store(row, received)), true);
		}
		catch (DuplicateKeyException ex) {
			// the same owner sent the same file twice
			// at once; the other request stored it
			return new Upload(media.findByOwnerAndSha256(owner.id(), received.sha256()).orElseThrow(), false);
		}
		finally {
			storage.discard(received);
		}
	}

	/**
	 * A contributor at their quota is refused before the file is stored (413, as for
	 * other limits). Two uploads at once may both pass: the quota bounds storage, not
	 * exactly.
	 */
	private void requireQuota(CurrentUser owner) {
		if (owner.hasUploadQuota() && media.countByOwner(owner.id()) >= roles.contributorUploadQuota()) {
			throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE,
					"A contributor may upload at most " + roles.contributorUploadQuota()
							+ " files and you have reached that; delete some, or ask an admin to make you an author");
		}
	}

	Media find(CurrentUser viewer, long id) {
		var found = media.findById(id).orElseThrow(() -> ProblemException.notFound("There is no media with id " + id));
		if (!viewer.mayManage(found.ownerId())) {
			throw ProblemException.forbidden("Only the owner or an admin may see media " + id);
		}
		return found;
	}

	/**
	 * Changes the alt text and caption (null: unchanged, blank: cleared), and has the
	 * cached pages of the published posts showing the image rendered again.
	 */
	Media updateText(CurrentUser user, long id, MediaTextRequest request) {
		return transaction.execute(status -> {
			var item = manageableForUpdate(user, id);
			media.updateText(id, text(request.altText(), item.altText()), text(request.caption(), item.caption()));
			warming.imageChanged(item.originalKey());
			return media.findById(id).orElseThrow();
		});
	}

	/**
	 * Deletes media no published post shows (409 naming the posts otherwise): its rows go
	 * in one transaction with the job that removes its files, so the files are removed
	 * only once the rows are gone, and always then. Drafts showing it show "Image not
	 * available" from then on, and lose it as their featured image.
	 */
	void delete(CurrentUser user, long id) {
		transaction.executeWithoutResult(status -> {
			var item = manageableForUpdate(user, id);
			var published = posts.lockPostsUsing(id, item.originalKey())
				.stream()
				.filter(PostLink::isPublished)
				.toList();
			if (!published.isEmpty()) {
				var problem = ProblemException.conflict("Media " + id + " is shown by " + published.size()
						+ " published post(s); remove it from them (or unpublish them) first");
				problem.getBody()
					.setProperty("posts",
							published.stream()
								.map(post -> Map.of("id", post.id(), "title", post.title(), "url", post.url()))
								.toList());
				throw problem;
			}
			var variantKeys = media.findVariants(List.of(id))
				.stream()
				.map(variant -> variant.storageKey().value())
				.toList();
			media.delete(id);
			outbox.enqueue(JobQueue.IMAGES, MediaDeleteJob.of(id, item.originalKey().value(), variantKeys));
		});
	}

	private Media manageableForUpdate(CurrentUser user, long id) {
		var item = media.findByIdForUpdate(id)
			.orElseThrow(() -> ProblemException.notFound("There is no media with id " + id));
		if (!user.mayManage(item.ownerId())) {
			throw ProblemException.forbidden("Only the owner or an admin may change media " + id);
		}
		return item;
	}

	/** The new value of a text field: null keeps the current one, blank clears it. */
	private static String text(String requested, String current) {
		if (requested == null) {
			return current;
		}
		return requested.isBlank() ? null : requested.strip();
	}

	List<Media> library(CurrentUser owner, long beforeId, int limit) {
		return media.findByOwner(owner.id(), beforeId, limit);
	}

	MediaView view(Media item) {
		return MediaView.of(item, media.findVariants(List.of(item.id())));
	}

	private Media store(NewMedia row, ReceivedFile received) {
		var stored = media.insertPending(row);
		outbox.enqueue(JobQueue.IMAGES, ImageProcessJob.forMedia(stored.id()));
		if (storage.publish(received, row.originalKey().value())) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						storage.delete(row.originalKey().value());
					}
				}
			});
		}
		return stored;
	}

	private ReceivedFile receive(InputStream content) {
		try (content) {
			var received = storage.receive(content, limits.maxUploadSize().toBytes());
			if (received.bytes() == 0) {
				storage.discard(received);
				throw new ProblemException(HttpStatus.BAD_REQUEST, "The file is empty");
			}
			return received;
		}
		catch (UploadTooLargeException ex) {
			throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ImageInfo probe(ReceivedFile received) {
		ImageInfo info;
		try {
			info = ImageProbe.probe(received.path());
		}
		catch (UnsupportedImageException ex) {
			throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.getMessage());
		}
		catch (MalformedImageException ex) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the stored upload", ex);
		}
		if (info.pixels() > limits.maxPixels()) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT,
					"The image is " + info.width() + " x " + info.height() + " = " + info.pixels()
							+ " pixels, over the limit of " + limits.maxPixels() + " pixels; scale it down first");
		}
		return info;
	}

	/**
	 * The client's file name, kept only to show it: no path, no control characters,
	 * bounded.
	 */
	static String displayName(String clientFilename) {
		if (clientFilename == null) {
			return "upload";
		}
		var name = clientFilename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "upload" : name;
	}

}
