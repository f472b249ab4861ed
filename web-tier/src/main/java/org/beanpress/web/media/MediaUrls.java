package org.beanpress.web.media;

/**
 * Media are served under /media/ followed by their storage key (by nginx from EFS in AWS,
 * by this app locally).
 */
final class MediaUrls {

	static final String PREFIX = "/media/";

	private MediaUrls() {
	}

	static String of(String storageKey) {
		return PREFIX + storageKey;
	}

}
