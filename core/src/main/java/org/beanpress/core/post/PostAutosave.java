package org.beanpress.core.post;

import java.time.Instant;

/**
 * The editor's autosaved copy of one user's unsaved work.
 *
 * @param postId the post being edited, or null for a post not saved yet
 * @param baseVersion the post version the text was edited from (null for a new post):
 * saving the copy later still meets the usual stale-version check
 */
public record PostAutosave(long userId, Long postId, String title, String markdown, Integer baseVersion,
		Instant savedAt) {
}
