package org.beanpress.core.media;

/**
 * PENDING until the worker has made the variants; FAILED carries a reason a person can
 * read.
 */
public enum MediaStatus {

	PENDING, READY, FAILED

}
