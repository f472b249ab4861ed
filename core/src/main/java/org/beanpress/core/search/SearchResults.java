package org.beanpress.core.search;

import java.util.List;

/**
 * One page of a search's results, best first.
 *
 * @param hasNext whether {@code page + 1} has results (never beyond
 * {@link SearchIndex#MAX_PAGES})
 */
public record SearchResults(SearchQuery query, int page, List<SearchHit> hits, boolean hasNext) {

	public SearchResults {
		hits = List.copyOf(hits);
	}

}
