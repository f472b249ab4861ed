package org.beanpress.core.job;

import java.util.UUID;

/**
 * Job contract {@code image.process} v1: make the variants of one media item. Carries ids, never rows.
 */
public record ImageProcessJob(String type, int version, UUID jobId, long mediaId) {

	public static final String TYPE = "image.process";

	public static final int VERSION = 1;

	public static ImageProcessJob forMedia(long mediaId) {
		return new ImageProcessJob(TYPE, VERSION, UUID.randomUUID(), mediaId);
	}

}
