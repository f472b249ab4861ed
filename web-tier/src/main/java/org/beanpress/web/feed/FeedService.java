package org.beanpress.web.feed;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.page.PageCache;
import org.beanpress.core.page.ResponsiveImages;
import org.beanpress.core.post.Post;
import org.beanpress.core.post.PostPage;
import org.beanpress.core.post.PostRepository;
import org.beanpress.core.site.Archive;
import org.beanpress.core.site.FeedFormat;
import org.beanpress.core.site.SiteImages;
import org.beanpress.core.site.SiteProperties;
import org.beanpress.core.site.SiteProperties.FeedContent;
import org.beanpress.core.site.SiteUrls;
import org.beanpress.core.site.XmlText;
import org.beanpress.core.taxonomy.Term;
import org.beanpress.core.taxonomy.TermKind;
import org.beanpress.core.taxonomy.TermRepository;
import org.beanpress.core.user.UserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RSS 2.0 and Atom 1.0 feeds of the newest published posts of the site, a category, a tag
 * or an author, written by Rome. Entries carry the post as its page shows it (responsive
 * images, variants only) with every URL absolute, or only its excerpt, by setting. Feeds
 * are kept in Redis until their time-to-live ends or a post changes.
 */
@Service
class FeedService {

	private static final int MAX_SLUG = 200;

	private final PostRepository posts;

	private final TermRepository terms;

	private final UserRepository users;

	private final ResponsiveImages images;

	private final SiteImages siteImages;

	private final SiteUrls urls;

	private final SiteProperties site;

	private final PageCache cache;

	FeedService(PostRepository posts, TermRepository terms, UserRepository users, ResponsiveImages images,
			SiteImages siteImages, SiteUrls urls, SiteProperties site, PageCache cache) {
		this.posts = posts;
		this.terms = terms;
		this.users = users;
		this.images = images;
		this.siteImages = siteImages;
		this.urls = urls;
		this.site = site;
		this.cache = cache;
	}

	/** The site's feed. */
	@Transactional(readOnly = true)
	String siteFeed(FeedFormat format) {
		return feed(Archive.site(), format, () -> posts.findPublished(Optional.empty(), site.feedSize()));
	}

	/** A category's, tag's or author's feed; empty when there is no such archive. */
	@Transactional(readOnly = true)
	Optional<String> archiveFeed(Archive.Kind kind, String slug, FeedFormat format) {
		if (slug == null || slug.isBlank() || slug.length() > MAX_SLUG) {
			return Optional.empty();
		}
		return switch (kind) {
			case CATEGORY -> termFeed(TermKind.CATEGORY, kind, slug, format);
			case TAG -> termFeed(TermKind.TAG, kind, slug, format);
			case AUTHOR -> users.findByUsername(slug)
				.filter(user -> posts.hasPublishedPosts(user.id()))
				.map(user -> feed(new Archive(kind, user.username(), user.username()), format,
						() -> posts.findPublishedByAuthor(user.id(), Optional.empty(), site.feedSize())));
			case SITE -> Optional.of(siteFeed(format));
		};
	}

	private Optional<String> termFeed(TermKind termKind, Archive.Kind kind, String slug, FeedFormat format) {
		return terms.findBySlug(termKind, slug)
			.map(term -> feed(new Archive(kind, term.slug(), term.name()), format,
					() -> posts.findPublishedWithTerm(term.id(), Optional.empty(), site.feedSize())));
	}

	/**
	 * From the cache, else written and cached; keyed by the archive as stored (never by
	 * the address as typed), so other spellings cannot fill the cache.
	 */
	private String feed(Archive archive, FeedFormat format, Supplier<PostPage> newest) {
		var field = CacheKeys.feed(archive.kind().name(), archive.slug(), format.name());
		var cached = cache.get(CacheKeys.feeds(), field);
		if (cached.isPresent()) {
			return cached.get();
		}
		var entries = newest.get().posts();
		var bodies = images.renderAll(entries.stream().map(Post::html).toList(), Optional.empty());
		var xml = write(archive, format, entries, bodies);
		// a feed showing an image still being processed would keep its placeholder
		if (bodies.stream().noneMatch(ResponsiveImages.Body::pending)) {
			cache.put(CacheKeys.feeds(), field, xml, site.feedTtl());
		}
		return xml;
	}

	private String write(Archive archive, FeedFormat format, List<Post> entries, List<ResponsiveImages.Body> bodies) {
		var feed = new SyndFeedImpl();
		feed.setFeedType(format.romeType());
		feed.setEncoding("UTF-8");
		feed.setTitle(XmlText.clean(archive.title()));
		feed.setDescription(XmlText.clean("The newest posts of " + archive.title()));
		feed.setLink(urls.archive(archive));
		feed.setUri(urls.feed(archive, format));
		feed.setLinks(List.of(link("alternate", "text/html", urls.archive(archive)),
				link("self", format.mediaType(), urls.feed(archive, format))));
		feed.setLanguage("en");
		// Atom requires an update time: the newest change among the entries
		feed.setPublishedDate(
				Date.from(entries.stream().map(Post::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH)));
		var termsByPost = terms.findByPosts(entries.stream().map(Post::id).toList());
		feed.setEntries(IntStream.range(0, entries.size())
			.mapToObj(i -> entry(entries.get(i), bodies.get(i).html(),
					termsByPost.getOrDefault(entries.get(i).id(), List.of())))
			.toList());
		try {
			return new SyndFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Feed of " + archive + " could not be written", ex);
		}
	}

	private SyndEntry entry(Post post, String body, List<Term> postTerms) {
		var url = urls.post(post.slug());
		var entry = new SyndEntryImpl();
		entry.setTitle(XmlText.clean(post.title()));
		entry.setLink(url);
		entry.setUri(url);
		entry.setAuthor(XmlText.clean(post.authorName()));
		entry.setPublishedDate(Date.from(post.publishedAt()));
		entry.setUpdatedDate(Date.from(post.updatedAt()));
		entry.setDescription(content("text/plain", post.excerpt()));
		if (site.feedContent() == FeedContent.FULL) {
			entry.setContents(List.of(content("text/html", urls.absolutize(body, url))));
		}
		siteImages.lead(post)
			.ifPresent(image -> entry.setEnclosures(List.of(enclosure(image.url(), image.mediaType(), image.bytes()))));
		entry.setCategories(postTerms.stream().map(FeedService::category).toList());
		return entry;
	}

	private static SyndContent content(String type, String value) {
		var content = new SyndContentImpl();
		content.setType(type);
		content.setValue(XmlText.clean(value));
		return content;
	}

	private static SyndEnclosure enclosure(String url, String type, long length) {
		var enclosure = new SyndEnclosureImpl();
		enclosure.setUrl(url);
		enclosure.setType(type);
		enclosure.setLength(length);
		return enclosure;
	}

	private static SyndCategory category(Term term) {
		var category = new SyndCategoryImpl();
		category.setName(XmlText.clean(term.name()));
		return category;
	}

	private static SyndLink link(String rel, String type, String href) {
		var link = new SyndLinkImpl();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

}
