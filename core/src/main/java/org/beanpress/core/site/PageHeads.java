package org.beanpress.core.site;

import java.util.ArrayList;
import java.util.List;

import org.beanpress.core.post.Post;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link PageHead} of each kind of public page. Archive pages (category, tag,
 * author) use {@link #archive}: it offers their own feeds beside the site's.
 */
@Component
public class PageHeads {

	private final SiteUrls urls;

	private final SiteImages images;

	public PageHeads(SiteUrls urls, SiteImages images) {
		this.urls = urls;
		this.images = images;
	}

	/** The first page of the front page. */
	public PageHead front() {
		return new PageHead(urls.home(), null, feeds(Archive.site()), null);
	}

	/** A page of a list that is not its first: no canonical URL of its own. */
	public PageHead olderPage() {
		return new PageHead(null, null, feeds(Archive.site()), null);
	}

	public PageHead archive(Archive archive) {
		var feeds = new ArrayList<>(feeds(Archive.site()));
		if (archive.kind() != Archive.Kind.SITE) {
			feeds.addAll(feeds(archive));
		}
		return new PageHead(urls.archive(archive), null, List.copyOf(feeds), null);
	}

	public PageHead post(Post post) {
		var url = urls.post(post.slug());
		var description = XmlText.clean(post.excerpt());
		var article = new PageHead.Article(XmlText.clean(post.title()), description, url,
				images.lead(post).orElse(null), post.publishedAt());
		return new PageHead(url, description, feeds(Archive.site()), article);
	}

	private List<PageHead.FeedLink> feeds(Archive archive) {
		var title = XmlText.clean(archive.title());
		return List.of(
				new PageHead.FeedLink(FeedFormat.RSS.mediaType(), title + " (RSS)", urls.feed(archive, FeedFormat.RSS)),
				new PageHead.FeedLink(FeedFormat.ATOM.mediaType(), title + " (Atom)",
						urls.feed(archive, FeedFormat.ATOM)));
	}

}
