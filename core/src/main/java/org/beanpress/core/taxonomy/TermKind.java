package org.beanpress.core.taxonomy;

/** The two ways posts are grouped: categories (hierarchical) and tags (flat). */
public enum TermKind {

	CATEGORY, TAG

}
