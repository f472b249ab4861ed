package org.beanpress.core.media;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.beanpress.core.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class MediaRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	public MediaRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Inserts a PENDING media row, with what the upload's header said; the same file from
	 * the same owner raises DuplicateKeyException.
	 */
	public Media insertPending(NewMedia media) {
		var now = clock.instant();
		var image = media.image();
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO media (owner_id, original_key, original_filename, content_type, bytes, width, height, sha256,
										   status, created_at, updated_at, orientation, progressive, eight_bit_colour)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?)
						""")
			.params(media.ownerId(), media.originalKey().value(), media.originalFilename(), image.type().mediaType(),
					media.bytes(), image.displayWidth(), image.displayHeight(), media.sha256(), now, now,
					image.orientation(), image.progressive(), image.eightBitColour())
			.update(keys);
		return new Media(keys.getKey().longValue(), media.ownerId(), media.originalKey(), media.originalFilename(),
				image.type().mediaType(), media.bytes(), image.displayWidth(), image.displayHeight(), media.sha256(),
				MediaStatus.PENDING, null, now, now, image.orientation(), image.progressive(), image.eightBitColour(),
				null, null);
	}

	/**
	 * Keeps what a new probe of the original found (media uploaded before it was kept, or
	 * read with newer code).
	 */
	public void recordImage(long id, ImageInfo image) {
		jdbc.sql("""
				UPDATE media SET width = ?, height = ?, orientation = ?, progressive = ?, eight_bit_colour = ?
				WHERE id = ?
				""")
			.params(image.displayWidth(), image.displayHeight(), image.orientation(), image.progressive(),
					image.eightBitColour(), id)
			.update();
	}

	/** Replaces what readers get instead of, and under, the image; null clears it. */
	public void updateText(long id, String altText, String caption) {
		jdbc.sql("UPDATE media SET alt_text = ?, caption = ?, updated_at = ? WHERE id = ?")
			.params(altText, caption, clock.instant(), id)
			.update();
	}

	/**
	 * Deletes the media row and its variant rows; call with the row locked, after reading
	 * the keys of its files.
	 */
	public void delete(long id) {
		jdbc.sql("DELETE FROM media WHERE id = ?").param(id).update();
	}

	/**
	 * Whether a variant row still uses a file. The look-up locks the rows it finds, and
	 * the index gap where such a row would go, until the transaction ends.
	 */
	public boolean isVariantInUse(MediaKey key) {
		return !jdbc.sql("SELECT id FROM media_variants WHERE storage_key = ? FOR UPDATE")
			.param(key.value())
			.query(Long.class)
			.list()
			.isEmpty();
	}

	/**
	 * Locks the media rows behind an original key until the transaction ends (and the gap
	 * where one would go): a render settling or an upload of the same file waits.
	 */
	public List<Long> lockByOriginalKey(MediaKey originalKey) {
		return jdbc.sql("SELECT id FROM media WHERE original_key = ? FOR UPDATE")
			.param(originalKey.value())
			.query(Long.class)
			.list();
	}

	public Optional<Media> findById(long id) {
		return jdbc.sql("SELECT * FROM media WHERE id = ?").param(id).query(Rows.of(Media.class)).optional();
	}

	/**
	 * Reads and locks a media row until the transaction ends, for the short transaction
	 * that settles a job (never around the work itself): of a job delivered to two
	 * workers at once, the first to settle writes its outcome, and the other then finds
	 * it done.
	 */
	public Optional<Media> findByIdForUpdate(long id) {
		return jdbc.sql("SELECT * FROM media WHERE id = ? FOR UPDATE").param(id).query(Rows.of(Media.class)).optional();
	}

	/**
	 * Replaces the media's variants with these and marks it READY. Files of earlier
	 * variants that the new ones do not reuse are noted as replaced, for the periodic
	 * clean-up to delete once nothing points at them any more.
	 */
	public void markReady(long id, List<MediaVariant> variants) {
		var now = clock.instant();
		var kept = variants.stream().map(variant -> variant.storageKey().value()).toList();
		jdbc.sql("SELECT storage_key FROM media_variants WHERE media_id = ?")
			.param(id)
			.query(String.class)
			.list()
			.stream()
			.filter(key -> !kept.contains(key))
			.forEach(key -> jdbc.sql("""
					INSERT INTO replaced_files (storage_key, replaced_at) VALUES (?, ?)
					ON DUPLICATE KEY UPDATE replaced_at = replaced_at
					""").params(key, now).update());
		jdbc.sql("DELETE FROM media_variants WHERE media_id = ?").param(id).update();
		for (var variant : variants) {
			jdbc.sql("""
					INSERT INTO media_variants (media_id, size_name, storage_key, width, height, bytes)
					VALUES (?, ?, ?, ?, ?, ?)
					""")
				.params(id, variant.sizeName(), variant.storageKey().value(), variant.width(), variant.height(),
						variant.bytes())
				.update();
		}
		jdbc.sql("UPDATE media SET status = 'READY', failure_reason = NULL, updated_at = ? WHERE id = ?")
			.params(now, id)
			.update();
	}

	/** Ids of all media above {@code afterId}, in order (keyset), for bulk jobs. */
	public List<Long> findIdsAfter(long afterId, int limit) {
		return jdbc.sql("SELECT id FROM media WHERE id > ? ORDER BY id LIMIT ?")
			.params(afterId, limit)
			.query(Long.class)
			.list();
	}

	/** Keys of files replaced before {@code cutoff}, oldest first. */
	public List<String> findReplacedBefore(Instant cutoff, int limit) {
		return jdbc.sql("SELECT storage_key FROM replaced_files WHERE replaced_at < ? ORDER BY replaced_at LIMIT ?")
			.params(cutoff, limit)
			.query(String.class)
			.list();
	}

	/** Forgets a replaced file once it is deleted. */
	public void forgetReplaced(String storageKey) {
		jdbc.sql("DELETE FROM replaced_files WHERE storage_key = ?").param(storageKey).update();
	}

	/**
	 * Media still PENDING since before {@code cutoff}: their job was lost or is stuck.
	 */
	public List<Media> findPendingSince(Instant cutoff, int limit) {
		return jdbc.sql("SELECT * FROM media WHERE status = 'PENDING' AND updated_at < ? ORDER BY updated_at LIMIT ?")
			.params(cutoff, limit)
			.query(Rows.of(Media.class))
			.list();
	}

	/**
	 * Notes that a PENDING media's job was sent again, so it is not requeued again at
	 * once.
	 */
	public void touch(long id) {
		jdbc.sql("UPDATE media SET updated_at = ? WHERE id = ?").params(clock.instant(), id).update();
	}

	/** Marks the media FAILED with a reason its owner can read. */
	public void markFailed(long id, String reason) {
		var bounded = reason.length() > 500 ? reason.substring(0, 497) + "..." : reason;
		jdbc.sql("UPDATE media SET status = 'FAILED', failure_reason = ?, updated_at = ? WHERE id = ?")
			.params(bounded, clock.instant(), id)
			.update();
	}

	/** How many media an account has, whatever their state (uk_media_owner_sha). */
	public int countByOwner(long ownerId) {
		return jdbc.sql("SELECT COUNT(*) FROM media WHERE owner_id = ?").param(ownerId).query(Integer.class).single();
	}

	public Optional<Media> findByOwnerAndSha256(long ownerId, String sha256) {
		return jdbc.sql("SELECT * FROM media WHERE owner_id = ? AND sha256 = ?")
			.params(ownerId, sha256)
			.query(Rows.of(Media.class))
			.optional();
	}

	public List<Media> findByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM media WHERE id IN (:ids)").param("ids", ids).query(Rows.of(Media.class)).list();
	}

	/** The media behind a set of original keys (as they appear in post bodies). */
	public List<Media> findByOriginalKeys(Collection<MediaKey> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM media WHERE original_key IN (:keys)")
			.param("keys", keys.stream().map(MediaKey::value).toList())
			.query(Rows.of(Media.class))
			.list();
	}

	/** An owner's media, newest first, with ids below {@code beforeId} (keyset). */
	public List<Media> findByOwner(long ownerId, long beforeId, int limit) {
		return jdbc.sql("SELECT * FROM media WHERE owner_id = ? AND id < ? ORDER BY id DESC LIMIT ?")
			.params(ownerId, beforeId, limit)
			.query(Rows.of(Media.class))
			.list();
	}

	public List<MediaVariant> findVariants(Collection<Long> mediaIds) {
		if (mediaIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM media_variants WHERE media_id IN (:ids) ORDER BY media_id, width")
			.param("ids", mediaIds)
			.query(Rows.of(MediaVariant.class))
			.list();
	}

}
