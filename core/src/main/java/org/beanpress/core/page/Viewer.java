package org.beanpress.core.page;

/**
 * Who looks at a page, as far as the page cares: which media's failure reasons they may
 * see.
 */
public record Viewer(long userId, boolean admin) {

	public boolean mayManage(long ownerId) {
		return admin || ownerId == userId;
	}

}
