package org.beanpress.web.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.beanpress.core.user.Role;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@WebTierTest
class TaxonomyApiTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	TestHttp http;

	Account editor;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		editor = TestAccounts.signUp(http, "cataloguer", Role.EDITOR);
	}

	@Test
	void shouldCreateACategoryAndASubcategoryAndListEachChildAfterItsParent() {
		var name = "Coffee " + editor.username();
		var coffee = create(Map.of("name", name));
		var espresso = create(Map.of("name", "Espresso " + editor.username(), "parent", coffee.get("slug").asString()));

		assertThat(coffee.get("slug").asString()).isEqualTo("coffee-" + editor.username());
		assertThat(coffee.get("url").asString()).isEqualTo("/category/" + coffee.get("slug").asString());
		assertThat(espresso.get("parent").asString()).isEqualTo(coffee.get("slug").asString());
		var listed = new TestHttp("http://localhost:" + port).get("/api/categories").json();
		var slugs = listed.valueStream().map(node -> node.get("slug").asString()).toList();
		assertThat(slugs).contains("uncategorized");
		assertThat(slugs.indexOf(espresso.get("slug").asString()))
			.isEqualTo(slugs.indexOf(coffee.get("slug").asString()) + 1);
	}

	@Test
	void shouldRefuseADuplicateCategorySlugWithAConflict() {
		create(Map.of("name", "Café " + editor.username()));
		var count = countCategories();

		var again = http.postJson("/api/categories", Map.of("name", "cafe " + editor.username()), editor.bearer());

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString())
			.contains("A category with the slug 'cafe-" + editor.username() + "' exists already");
		assertThat(countCategories()).isEqualTo(count);
	}

	@Test
	void shouldRefuseAParentThatIsASubcategoryItselfOrUnknown() {
		var top = create(Map.of("name", "Top " + editor.username())).get("slug").asString();
		var child = create(Map.of("name", "Child " + editor.username(), "parent", top)).get("slug").asString();
		var count = countCategories();

		var grandchild = http.postJson("/api/categories",
				Map.of("name", "Grandchild " + editor.username(), "parent", child), editor.bearer());
		var orphan = http.postJson("/api/categories",
				Map.of("name", "Orphan " + editor.username(), "parent", "no-such-" + editor.username()),
				editor.bearer());

		assertThat(grandchild.status()).isEqualTo(400);
		assertThat(grandchild.json().get("detail").asString()).contains("'" + child + "' is a subcategory itself");
		assertThat(orphan.status()).isEqualTo(400);
		assertThat(orphan.json().get("detail").asString()).contains("Unknown parent category");
		assertThat(countCategories()).isEqualTo(count);
	}

	@Test
	void shouldRefuseCategoriesWithoutANameOrLettersAndAnonymousOnes() {
		var noName = http.postJson("/api/categories", Map.of("slug", "x"), editor.bearer());
		var noLetters = http.postJson("/api/categories", Map.of("name", "!!!"), editor.bearer());
		var anonymous = new TestHttp("http://localhost:" + port).postJson("/api/categories",
				Map.of("name", "Anonymous"));

		assertThat(noName.status()).isEqualTo(400);
		assertThat(noName.json().get("detail").asString()).contains("name: is required");
		assertThat(noLetters.status()).isEqualTo(400);
		assertThat(noLetters.json().get("detail").asString()).contains("needs letters or digits");
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@Test
	void shouldListTagsCreatedByPostsToAnyone() {
		var post = http.postJson("/api/posts", Map.of("title", "Tagged " + editor.username(), "markdown", "x", "status",
				"DRAFT", "tags", List.of("Listed " + editor.username())), editor.bearer());
		assertThat(post.status()).as(post.body()).isEqualTo(201);

		var tags = new TestHttp("http://localhost:" + port).get("/api/tags");

		assertThat(tags.status()).isEqualTo(200);
		assertThat(tags.json().valueStream().map(node -> node.get("slug").asString()))
			.contains("listed-" + editor.username());
	}

	@Test
	void shouldDocumentCategoriesTagsAndThePostFieldsInOpenApi() {
		var docs = http.get("/v3/api-docs").json();

		assertThat(docs.get("paths").propertyNames()).contains("/api/categories", "/api/tags");
		assertThat(docs.get("paths").get("/api/categories").propertyNames()).contains("get", "post");
		assertThat(docs.get("paths").get("/api/categories").get("post").get("responses").propertyNames())
			.contains("201", "400", "409");
		var schemas = docs.get("components").get("schemas");
		assertThat(schemas.get("PostRequest").get("properties").get("tags").get("maxItems").asInt()).isEqualTo(20);
		assertThat(schemas.get("PostRequest").get("properties").get("tags").get("items").get("maxLength").asInt())
			.isEqualTo(50);
		assertThat(schemas.get("PostRequest").get("properties").get("categories").get("maxItems").asInt())
			.isEqualTo(20);
		assertThat(schemas.get("PostView").get("properties").propertyNames()).contains("categories", "tags");
		assertThat(schemas.get("CategoryRequest").get("properties").propertyNames()).contains("name", "slug", "parent");
	}

	private JsonNode create(Map<String, Object> category) {
		var response = http.postJson("/api/categories", category, editor.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private long countCategories() {
		return jdbc.sql("SELECT COUNT(*) FROM terms WHERE kind = 'CATEGORY'").query(Long.class).single();
	}

}
