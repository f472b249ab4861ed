package org.beanpress.web.comment;

import jakarta.validation.constraints.NotNull;

/** Closes ({@code true}) or reopens ({@code false}) comments on one post. */
record CommentSettingsRequest(@NotNull Boolean closed) {
}
