package org.beanpress.core.post;

/**
 * DRAFT and SCHEDULED posts are seen only by their author and admins; the worker's
 * publish-scheduled-posts task turns a SCHEDULED post PUBLISHED at its publish_at.
 */
public enum PostStatus {

	DRAFT, PUBLISHED, SCHEDULED

}
