package org.beanpress.core.job;

import java.util.UUID;

/**
 * Job contract {@code cache.warm} v1: render a public page into the page cache.
 * {@code page} is {@code post} (with the post's id, and its slug so a deleted post's page
 * can still be evicted), {@code front}, or {@code archive} (with {@code archive} one of
 * {@code category}, {@code tag}, {@code author}, and {@code slug} the term's slug or the
 * author's username). {@code archive} was added at the end and is absent from the other
 * pages, so messages of the first v1 shape still read the same; a worker from before
 * archives sends an archive job to the DLQ, and the page is then rendered on the next
 * reader's miss (the web tier evicts it on every change).
 */
public record CacheWarmJob(String type, int version, UUID jobId, String page, Long postId, String slug,
		String archive) {

	public static final String TYPE = "cache.warm";

	public static final int VERSION = 1;

	public static final String POST = "post";

	public static final String FRONT = "front";

	public static final String ARCHIVE = "archive";

	public static CacheWarmJob post(long postId, String slug) {
		return new CacheWarmJob(TYPE, VERSION, UUID.randomUUID(), POST, postId, slug, null);
	}

	public static CacheWarmJob frontPage() {
		return new CacheWarmJob(TYPE, VERSION, UUID.randomUUID(), FRONT, null, null, null);
	}

	/** The first page of an archive: {@code kind} and {@code name} as in its URL. */
	public static CacheWarmJob archive(String kind, String name) {
		return new CacheWarmJob(TYPE, VERSION, UUID.randomUUID(), ARCHIVE, null, name, kind);
	}

}
