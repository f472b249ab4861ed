package org.beanpress.core.post;

/** What an author writes, already rendered: the repository stores it as given. */
public record PostContent(String title, String markdown, String html, String excerpt, PostStatus status) {
}
