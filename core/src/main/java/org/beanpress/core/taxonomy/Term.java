package org.beanpress.core.taxonomy;

/**
 * A category or a tag.
 *
 * @param parentId the parent category, for a subcategory (tags have none)
 */
public record Term(long id, TermKind kind, String slug, String name, Long parentId) {

	public static final String DEFAULT_CATEGORY = "uncategorized";

}
