package org.beanpress.core.job;

import java.util.List;
import java.util.UUID;

/**
 * Job contract {@code media.delete} v1: remove the files of a media item whose rows are
 * gone. It carries the storage keys (the rows that held them no longer exist): the
 * variants' and the original's, removed in that order, each only while no row uses it
 * again (the same file uploaded anew).
 */
public record MediaDeleteJob(String type, int version, UUID jobId, long mediaId, String originalKey,
		List<String> variantKeys) {

	public static final String TYPE = "media.delete";

	public static final int VERSION = 1;

	public static MediaDeleteJob of(long mediaId, String originalKey, List<String> variantKeys) {
		return new MediaDeleteJob(TYPE, VERSION, UUID.randomUUID(), mediaId, originalKey, List.copyOf(variantKeys));
	}

}
