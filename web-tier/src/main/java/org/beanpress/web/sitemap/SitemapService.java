package org.beanpress.web.sitemap;

import java.io.StringWriter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.page.PageCache;
import org.beanpress.core.site.Archive;
import org.beanpress.core.site.SiteProperties;
import org.beanpress.core.site.SitemapEntry;
import org.beanpress.core.site.SitemapRepository;
import org.beanpress.core.site.SitemapSection;
import org.beanpress.core.site.SiteUrls;
import org.beanpress.core.site.XmlText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sitemap index and its child sitemaps (sitemaps.org 0.9). Each child lists at most
 * 50,000 URLs of one section, numbered from the counts; it is written row chunk by row
 * chunk, so the posts are never all in memory. Index and children are kept in Redis until
 * their time-to-live ends or a post changes.
 */
@Service
class SitemapService {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final Pattern NAME = Pattern.compile("([a-z]{1,20})-([1-9][0-9]{0,8})");

	private static final String INDEX = "index";

	private final SitemapRepository sitemaps;

	private final SiteUrls urls;

	private final SiteProperties site;

	private final PageCache cache;

	private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

	SitemapService(SitemapRepository sitemaps, SiteUrls urls, SiteProperties site, PageCache cache) {
		this.sitemaps = sitemaps;
		this.urls = urls;
		this.site = site;
		this.cache = cache;
	}

	@Transactional(readOnly = true)
	String index() {
		return cached(INDEX, () -> write(writer -> {
			writer.writeStartElement("sitemapindex");
			writer.writeDefaultNamespace(NAMESPACE);
			for (var section : SitemapSection.values()) {
				for (int page = 1; page <= pages(section); page++) {
					writer.writeStartElement("sitemap");
					element(writer, "loc", urls.sitemap(section.sitemapName(page)));
					writer.writeEndElement();
				}
			}
			writer.writeEndElement();
		}));
	}

	/**
	 * A child sitemap by name ({@code posts-2}); empty for an unknown section or a page
	 * beyond the last.
	 */
	@Transactional(readOnly = true)
	Optional<String> child(String name) {
		var match = NAME.matcher(name);
		if (!match.matches()) {
			return Optional.empty();
		}
		var page = Integer.parseInt(match.group(2));
		return SitemapSection.ofPrefix(match.group(1))
			.filter(section -> page <= pages(section))
			.map(section -> cached(section.sitemapName(page), () -> write(writer -> {
				writer.writeStartElement("urlset");
				writer.writeDefaultNamespace(NAMESPACE);
				var skip = (long) (page - 1) * SitemapSection.URLS_PER_SITEMAP;
				sitemaps.forEach(section, skip, SitemapSection.URLS_PER_SITEMAP, entry -> url(writer, section, entry));
				writer.writeEndElement();
			})));
	}

	/**
	 * How many child sitemaps a section has; the posts always have one (an index lists at
	 * least one sitemap), other sections none while they are empty.
	 */
	private long pages(SitemapSection section) {
		var count = sitemaps.count(section);
		var pages = (count + SitemapSection.URLS_PER_SITEMAP - 1) / SitemapSection.URLS_PER_SITEMAP;
		return section == SitemapSection.POSTS ? Math.max(1, pages) : pages;
	}

	private void url(XMLStreamWriter writer, SitemapSection section, SitemapEntry entry) {
		try {
			writer.writeStartElement("url");
			element(writer, "loc", location(section, entry.name()));
			if (entry.lastModified() != null) {
				// W3C datetime in UTC
				element(writer, "lastmod", entry.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
			}
			writer.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Sitemap entry could not be written", ex);
		}
	}

	private String location(SitemapSection section, String name) {
		return switch (section) {
			case POSTS -> urls.post(name);
			case CATEGORIES -> urls.archive(new Archive(Archive.Kind.CATEGORY, name, name));
			case TAGS -> urls.archive(new Archive(Archive.Kind.TAG, name, name));
			case AUTHORS -> urls.archive(new Archive(Archive.Kind.AUTHOR, name, name));
		};
	}

	private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
		writer.writeStartElement(name);
		writer.writeCharacters(XmlText.clean(text));
		writer.writeEndElement();
	}

	private String cached(String field, Supplier<String> build) {
		var cached = cache.get(CacheKeys.sitemaps(), field);
		if (cached.isPresent()) {
			return cached.get();
		}
		var built = build.get();
		cache.put(CacheKeys.sitemaps(), field, built, site.sitemapTtl());
		return built;
	}

	private interface Body {

		void write(XMLStreamWriter writer) throws XMLStreamException;

	}

	private String write(Body body) {
		var out = new StringWriter();
		try {
			var writer = xml.createXMLStreamWriter(out);
			writer.writeStartDocument("UTF-8", "1.0");
			body.write(writer);
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Sitemap could not be written", ex);
		}
		return out.toString();
	}

}
