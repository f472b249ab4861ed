package org.beanpress.core.post;

/** Enough of a post to name it and link to it, e.g. in a problem that lists posts. */
public record PostLink(long id, String slug, String title, PostStatus status) {

	public boolean isPublished() {
		return status == PostStatus.PUBLISHED;
	}

	/** Where readers find it. */
	public String url() {
		return "/posts/" + slug;
	}

}
