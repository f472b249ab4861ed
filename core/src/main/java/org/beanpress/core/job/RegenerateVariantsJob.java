package org.beanpress.core.job;

import java.util.UUID;

/**
 * Job contract {@code media.regenerate} v1: make the variants of all media again, as a
 * bulk job through the queue. Each message covers one batch of media (ids above
 * {@code afterId}) and sends the next batch's message, so no single message runs long.
 */
public record RegenerateVariantsJob(String type, int version, UUID jobId, long afterId) {

	public static final String TYPE = "media.regenerate";

	public static final int VERSION = 1;

	public static RegenerateVariantsJob from(long afterId) {
		return new RegenerateVariantsJob(TYPE, VERSION, UUID.randomUUID(), afterId);
	}

}
