package org.beanpress.core.job;

import java.util.UUID;

/**
 * Job contract {@code cache.warm} v1: render a public page into the page cache.
 * {@code page} is {@code post} (with the post's id, and its slug so a deleted post's page
 * can still be evicted) or {@code front}.
 */
public record CacheWarmJob(String type, int version, UUID jobId, String page, Long postId, String slug) {

	public static final String TYPE = "cache.warm";

	public static final int VERSION = 1;

	public static final String POST = "post";

	public static final String FRONT = "front";

	public static CacheWarmJob post(long postId, String slug) {
		return new CacheWarmJob(TYPE, VERSION, UUID.randomUUID(), POST, postId, slug);
	}

	public static CacheWarmJob frontPage() {
		return new CacheWarmJob(TYPE, VERSION, UUID.randomUUID(), FRONT, null, null);
	}

}
