package org.beanpress.worker.task;

import org.beanpress.core.page.PublicPages;
import org.springframework.stereotype.Component;

/**
 * Re-renders the front page into the page cache on a schedule, so it is warm even after
 * Redis lost it (a failover, an eviction) and before the first reader asks.
 */
@Component
class WarmFrontPage implements PeriodicTask {

	private final PublicPages pages;

	WarmFrontPage(PublicPages pages) {
		this.pages = pages;
	}

	@Override
	public String name() {
		return "warm-front-page";
	}

	@Override
	public String run() {
		pages.warmFrontPage();
		return "front page rendered into the cache";
	}

}
