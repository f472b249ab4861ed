package org.beanpress.core.post;

/**
 * DRAFT, PENDING_REVIEW and SCHEDULED posts are seen only by their author and editors
 * (readers' queries all ask for PUBLISHED); the worker's publish-scheduled-posts task
 * turns a SCHEDULED post PUBLISHED at its publish_at. PENDING_REVIEW is a draft submitted
 * for an editor to publish or send back.
 */
public enum PostStatus {

	DRAFT, PUBLISHED, SCHEDULED, PENDING_REVIEW

}
