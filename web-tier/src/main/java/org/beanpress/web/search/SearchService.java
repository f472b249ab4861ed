package org.beanpress.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.beanpress.core.search.SearchIndex;
import org.beanpress.core.search.SearchQuery;
import org.beanpress.core.search.SearchResults;
import org.beanpress.web.system.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Search as the page and the API share it: the limits on what may be asked (400 beyond
 * them) and the link to the next page.
 */
@Service
class SearchService {

	private final SearchIndex index;

	SearchService(SearchIndex index) {
		this.index = index;
	}

	SearchResults search(String typed, String page) {
		if (typed != null && typed.codePointCount(0, typed.length()) > SearchQuery.MAX_LENGTH) {
			throw new ProblemException(HttpStatus.BAD_REQUEST,
					"The search text is longer than " + SearchQuery.MAX_LENGTH + " characters; shorten it");
		}
		return index.search(SearchQuery.parse(typed), pageNumber(page));
	}

	/** Where the next page of these results is, under the given path. */
	static Optional<String> next(String path, String typed, SearchResults results) {
		return results.hasNext() ? Optional
			.of(path + "?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&page=" + (results.page() + 1))
				: Optional.empty();
	}

	private static int pageNumber(String page) {
		if (page == null || page.isBlank()) {
			return 1;
		}
		try {
			var number = Integer.parseInt(page.strip());
			if (number >= 1 && number <= SearchIndex.MAX_PAGES) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new ProblemException(HttpStatus.BAD_REQUEST, "page must be a number from 1 to " + SearchIndex.MAX_PAGES
				+ " (search shows the best " + SearchIndex.MAX_PAGES * SearchIndex.PAGE_SIZE + " results)");
	}

}
