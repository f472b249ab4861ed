package org.beanpress.core.job;

import java.util.UUID;

/**
 * Job contract {@code image.process} v1: make the variants of one media item. Carries
 * ids, never rows. With {@code regenerate} the variants of READY (and FAILED) media are
 * made again, e.g. after the size set changed; absent in older messages, it reads as
 * false.
 */
public record ImageProcessJob(String type, int version, UUID jobId, long mediaId, boolean regenerate) {

	public static final String TYPE = "image.process";

	public static final int VERSION = 1;

	public static ImageProcessJob forMedia(long mediaId) {
		return new ImageProcessJob(TYPE, VERSION, UUID.randomUUID(), mediaId, false);
	}

	public static ImageProcessJob regenerate(long mediaId) {
		return new ImageProcessJob(TYPE, VERSION, UUID.randomUUID(), mediaId, true);
	}

}
