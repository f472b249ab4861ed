package org.beanpress.core.post;

public enum PostStatus {

	DRAFT, PUBLISHED

}
