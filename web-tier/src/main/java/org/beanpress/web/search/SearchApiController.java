package org.beanpress.web.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchApiController {

	private final SearchService search;

	SearchApiController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	@Operation(summary = "Search published posts",
			description = "Full-text search over the title, body and tag names of published posts (never drafts),"
					+ " most relevant first, then newest. Every word of 3 letters or more must be in the post;"
					+ " shorter words, very common words (the, and, ...) and the characters + - \" * @ ( ) < > ~"
					+ " are ignored, so any text gets an answer: with no searchable word, no results and a message."
					+ " Results stop after 10 pages of 10. A q longer than 200 characters, or a page outside 1-10,"
					+ " is answered 400. Open to everyone.")
	SearchView search(
			@Parameter(description = "What to search for, at most 200 characters") @RequestParam(
					required = false) String q,
			@Parameter(description = "Page of results, 1 to 10 (default 1)") @RequestParam(
					required = false) String page) {
		var results = search.search(q, page);
		return SearchView.of(results, SearchService.next("/api/search", q, results).orElse(null));
	}

}
