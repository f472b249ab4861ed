package org.beanpress.web.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.site.SitemapSection;
import org.beanpress.core.taxonomy.TermKind;
import org.beanpress.core.taxonomy.TermRepository;
import org.beanpress.core.user.Role;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierTest;
import org.beanpress.web.XmlDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The sitemap index, its children and robots.txt, with the default base URL. */
@WebTierTest
class SitemapTests {

	private static final String BASE = "http://127.0.0.1:8080";

	@Value("${local.server.port}")
	int port;

	@Autowired
	TermRepository terms;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	JdbcClient jdbc;

	TestHttp http;

	Account author;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "mapper", Role.AUTHOR);
	}

	@Test
	void shouldListEveryPublicPageInChildSitemapsNamedByTheIndex() {
		var post = publish("Mapped " + author.username());
		var slug = post.get("slug").asString();
		var tag = terms.insert(TermKind.TAG, "mapped-" + System.nanoTime(), "Mapped", null);
		var category = terms.insert(TermKind.CATEGORY, "mapped-" + System.nanoTime(), "Mapped", null);
		terms.assign(post.get("id").asLong(), List.of(tag, category));
		redis.delete(CacheKeys.sitemaps());

		var index = http.get("/sitemap.xml");

		assertThat(index.status()).isEqualTo(200);
		assertThat(index.header("Content-Type")).isEqualTo("application/xml;charset=UTF-8");
		var children = XmlDocuments.texts(XmlDocuments.parse(index.body()), "loc");
		assertThat(children).contains(BASE + "/sitemaps/posts-1.xml", BASE + "/sitemaps/categories-1.xml",
				BASE + "/sitemaps/tags-1.xml", BASE + "/sitemaps/authors-1.xml");
		var urls = new ArrayList<String>();
		for (var child : children) {
			var response = http.get(child.substring(BASE.length()));
			assertThat(response.status()).as(child).isEqualTo(200);
			var document = XmlDocuments.parse(response.body());
			assertThat(document.getDocumentElement().getNamespaceURI())
				.isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
			var locations = XmlDocuments.texts(document, "loc");
			assertThat(locations).as(child).isNotEmpty().allMatch(url -> url.startsWith(BASE + "/"));
			assertThat(XmlDocuments.texts(document, "lastmod")).as(child)
				.hasSameSizeAs(locations)
				.allMatch(lastmod -> lastmod.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
			urls.addAll(locations);
		}
		assertThat(urls).contains(BASE + "/posts/" + slug, BASE + "/tag/" + tag.slug(),
				BASE + "/category/" + category.slug(), BASE + "/author/" + author.username());
	}

	@Test
	void shouldAnswer404ForAPageOutOfRangeOrAnUnknownSitemap() {
		for (var path : List.of("/sitemaps/posts-2.xml", "/sitemaps/posts-0.xml", "/sitemaps/posts-99999999999.xml",
				"/sitemaps/widgets-1.xml", "/sitemaps/posts-x.xml", "/sitemaps/posts.xml", "/sitemaps/POSTS-1.xml")) {
			var response = http.get(path);

			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
		}
	}

	@Test
	void shouldSplitPostsIntoSitemapsOfAtMost50000Urls() {
		var before = jdbc.sql("SELECT COUNT(*) FROM posts WHERE status = 'PUBLISHED'").query(Long.class).single();
		var extra = SitemapSection.URLS_PER_SITEMAP - before + 1;
		// rows from a cross join of digits: the same SQL on MySQL 8 and MariaDB
		jdbc.sql("""
				INSERT INTO posts (slug, title, markdown, html, excerpt, status, author_id, created_at, updated_at,
				                   published_at, version)
				SELECT CONCAT('bulk-', n), 'Bulk', 'x', '<p>x</p>', 'x', 'PUBLISHED', ?, '2001-01-01', '2001-01-01',
				       '2001-01-01', 0
				FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS n
				      FROM (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
				            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8
				            UNION ALL SELECT 9) a
				      CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL
				            SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8
				            UNION ALL SELECT 9) b
				      CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL
				            SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8
				            UNION ALL SELECT 9) c
				      CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL
				            SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8
				            UNION ALL SELECT 9) e
				      CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL
				            SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8
				            UNION ALL SELECT 9) f) numbers
				WHERE n < ?
				""").params(author.id(), extra).update();
		redis.delete(CacheKeys.sitemaps());
		try {
			var children = XmlDocuments.texts(XmlDocuments.parse(http.get("/sitemap.xml").body()), "loc");
			var first = XmlDocuments.texts(XmlDocuments.parse(http.get("/sitemaps/posts-1.xml").body()), "loc");
			var second = XmlDocuments.texts(XmlDocuments.parse(http.get("/sitemaps/posts-2.xml").body()), "loc");

			assertThat(children).contains(BASE + "/sitemaps/posts-1.xml", BASE + "/sitemaps/posts-2.xml")
				.doesNotContain(BASE + "/sitemaps/posts-3.xml");
			assertThat(first).hasSize(SitemapSection.URLS_PER_SITEMAP).doesNotHaveDuplicates();
			assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
			assertThat(http.get("/sitemaps/posts-3.xml").status()).isEqualTo(404);
		}
		finally {
			jdbc.sql("DELETE FROM posts WHERE author_id = ? AND slug LIKE 'bulk-%'").param(author.id()).update();
			redis.delete(CacheKeys.sitemaps());
		}
	}

	@Test
	void shouldListANewPostInTheCachedSitemapRightAfterItIsPublished() {
		http.get("/sitemap.xml");
		http.get("/sitemaps/posts-1.xml");
		assertThat(redis.opsForHash().keys(CacheKeys.sitemaps())).contains("index", "posts-1");
		assertThat(redis.getExpire(CacheKeys.sitemaps())).isPositive();

		var slug = publish("Fresh " + author.username()).get("slug").asString();

		assertThat(http.get("/sitemaps/posts-1.xml").body()).contains(BASE + "/posts/" + slug);
	}

	@Test
	void shouldNameTheSitemapInRobotsTxtAndKeepCrawlersOutOfPrivatePages() {
		var robots = http.get("/robots.txt");

		assertThat(robots.status()).isEqualTo(200);
		assertThat(robots.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
		assertThat(robots.body()).contains("User-agent: *\nAllow: /\n", "Disallow: /editor\n", "Disallow: /library\n",
				"Disallow: /admin\n", "Disallow: /api/\n", "Disallow: /login\n", "Disallow: /signup\n",
				"Sitemap: " + BASE + "/sitemap.xml\n");
	}

	private JsonNode publish(String title) {
		var response = http.postJson("/api/posts", Map.of("title", title, "markdown", "x", "status", "PUBLISHED"),
				author.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

}
