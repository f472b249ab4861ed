package org.beanpress.core.comment;

import java.time.Duration;
import java.time.Instant;

import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Comments on posts. Both tiers read them: the web tier to accept comments, the worker
 * tier to render the post page's comment form (open or closed, with or without name and
 * email fields).
 *
 * @param anonymous whether readers without an account may comment (with a name and an
 * email that only moderators see)
 * @param closeAfter comments close this long after a post's publication ({@code 0}:
 * never)
 * @param maxLength the most characters a comment's Markdown may have
 * @param maxLinks the most links a comment may carry (spam carries many)
 * @param perAddress comments one client address may post per {@code window}
 * @param window the window of the per-address limit
 */
@Validated
@ConfigurationProperties("beanpress.comments")
public record CommentProperties(@DefaultValue("true") boolean anonymous,
		@DefaultValue("30d") @DurationMin(seconds = 0) Duration closeAfter, @DefaultValue("5000") @Min(1) int maxLength,
		@DefaultValue("3") @Min(0) int maxLinks, @DefaultValue("10") @Min(1) int perAddress,
		@DefaultValue("1h") @DurationMin(seconds = 1) Duration window) {

	/**
	 * Whether a post published at {@code publishedAt} is past the comment age at
	 * {@code now}.
	 */
	public boolean tooOld(Instant publishedAt, Instant now) {
		return !closeAfter.isZero() && publishedAt != null && publishedAt.plus(closeAfter).isBefore(now);
	}

}
