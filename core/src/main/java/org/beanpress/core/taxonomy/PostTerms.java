package org.beanpress.core.taxonomy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The categories and tags a post shows. A post in a subcategory is stored in its parent
 * too (for the parent's archive), but shows only the subcategory.
 */
public record PostTerms(List<Term> categories, List<Term> tags) {

	public static final PostTerms NONE = new PostTerms(List.of(), List.of());

	public static PostTerms of(List<Term> terms) {
		Set<Long> implied = terms.stream()
			.map(Term::parentId)
			.filter(parent -> parent != null)
			.collect(Collectors.toSet());
		return new PostTerms(terms.stream()
			.filter(term -> term.kind() == TermKind.CATEGORY && !implied.contains(term.id()))
			.toList(), terms.stream().filter(term -> term.kind() == TermKind.TAG).toList());
	}

	public List<String> categorySlugs() {
		return categories.stream().map(Term::slug).toList();
	}

	public List<String> tagSlugs() {
		return tags.stream().map(Term::slug).toList();
	}

}
