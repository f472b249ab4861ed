package org.beanpress.web.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.beanpress.core.taxonomy.Term;

/**
 * A category or tag as the API shows it.
 *
 * @param parent the parent category's slug, for a subcategory
 * @param url its archive page
 */
record TermView(String slug, String name, String parent, String url) {

	/** Terms of one list, their parents (if any) being in the list as well. */
	static List<TermView> of(List<Term> terms, String archive) {
		Map<Long, String> slugs = terms.stream().collect(Collectors.toMap(Term::id, Term::slug));
		return terms.stream()
			.map(term -> new TermView(term.slug(), term.name(),
					term.parentId() == null ? null : slugs.get(term.parentId()), archive + term.slug()))
			.toList();
	}

	static TermView category(Term term, String parent) {
		return new TermView(term.slug(), term.name(), parent, "/category/" + term.slug());
	}

}
