package org.beanpress.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.beanpress.local.TestHttp;
import org.beanpress.local.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An author's path through the whole local stack (web tier, worker tier, the real queues)
 * in a real browser, one step per test, in order, on one stack: sign up, log in, upload
 * several images at once, write with the live preview, insert an image from the library,
 * publish, and read the post; then the readers' pages at phone and desktop width and an
 * axe-core check of the main pages; then a contributor's draft submitted for review and
 * published by the admin, and a reader's comment held until the post's author approves
 * it. Each step leaves a screenshot in target/browser/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorPathBrowserTests {

	private static final String ADMIN_PASSWORD = "browser-admin-password";

	private static final String USERNAME = "ada";

	private static final String PASSWORD = "a long enough password";

	private static final Duration PROCESSING = Duration.ofSeconds(120);

	// kept when a step fails: the tiers' logs are in it
	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	static Path data;

	LocalStack stack;

	Chromium chromium;

	ChromeDriver browser;

	String postUrl;

	@BeforeAll
	void start() {
		stack = LocalStack.start(TestStacks.settings(data, ADMIN_PASSWORD, 0));
		chromium = Chromium.start();
		browser = chromium.driver();
	}

	@AfterAll
	void stop() {
		try (var stopStack = stack; var stopBrowser = chromium) {
			// both closed, the browser first
		}
	}

	@Test
	@Order(1)
	void shouldSignUpAndBePromotedToAuthorByTheAdmin() {
		open("/signup");
		browser.findElement(By.name("username")).sendKeys(USERNAME);
		browser.findElement(By.name("password")).sendKeys(PASSWORD);
		chromium.screenshot("01-signup");
		browser.findElement(By.cssSelector("main button[type=submit]")).click();

		wait(ExpectedConditions.urlContains("/login"));
		assertThat(text(".notice")).contains("Your account is ready");
		// sign-up may make a contributor, who cannot publish: the admin makes them an
		// author
		var api = new TestHttp(stack.webUrl());
		var own = token(api, USERNAME, PASSWORD);
		var id = api.get("/api/account", own).json().get("id").asLong();
		var promoted = api.patchJson("/api/users/" + id, Map.of("role", "AUTHOR"), token(api, "admin", ADMIN_PASSWORD));
		assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
	}

	@Test
	@Order(2)
	void shouldLogIn() {
		logIn(USERNAME, PASSWORD);

		assertThat(text("h1")).isEqualTo("My posts");
		chromium.screenshot("02-logged-in");
	}

	@Test
	@Order(3)
	void shouldUploadSeveralImagesAtOnceEachWithItsProgressStatusAndError() throws IOException {
		open("/library");
		browser.executeScript("window.stillThisPage = true");
		var notAnImage = Files.writeString(data.resolve("notes.txt"), "not a picture, just words");
		var files = List.of(TestImages.file("gps/DSCN0010.jpg"), TestImages.file("gps/DSCN0021.jpg"), notAnImage);

		browser.findElement(By.cssSelector("#upload input[type=file]"))
			.sendKeys(String.join("\n", files.stream().map(file -> file.toAbsolutePath().toString()).toList()));

		wait(driver -> rows().size() == 3);
		chromium.screenshot("03-uploading");
		assertThat(rows()).allSatisfy(row -> assertThat(row.findElements(By.tagName("progress"))).hasSize(1));
		var refused = row("notes.txt");
		wait(driver -> refused.getDomAttribute("class").contains("failed"));
		assertThat(refused.findElement(By.className("upload-state")).getText())
			.contains("not a JPEG, PNG, GIF or WebP image");
		// the worker makes them READY; the page learns it without being reloaded
		chromium.waiting(PROCESSING)
			.until(driver -> row("DSCN0010.jpg").getDomAttribute("class").contains("ready")
					&& row("DSCN0021.jpg").getDomAttribute("class").contains("ready"));
		assertThat(row("DSCN0010.jpg").findElement(By.tagName("progress")).getDomProperty("value")).isEqualTo("100");
		assertThat(row("DSCN0010.jpg").findElement(By.tagName("img")).getDomAttribute("src"))
			.contains("/media/variants/");
		assertThat(browser.executeScript("return window.stillThisPage === true")).isEqualTo(true);
		chromium.screenshot("04-uploaded");

		// the library lists them now: give each alt text, saved in place
		browser.navigate().refresh();
		var altTexts = Map.of("DSCN0010.jpg", "A quiet street at dusk", "DSCN0021.jpg", "Boats in the harbour");
		for (var item : browser.findElements(By.cssSelector(".media-item"))) {
			var name = item.findElement(By.tagName("span")).getText();
			item.findElement(By.name("altText")).sendKeys(altTexts.get(name));
			item.findElement(By.cssSelector("form.media-text button")).click();
			wait(driver -> item.findElement(By.className("media-text-status")).getText().equals("Saved."));
		}
	}

	@Test
	@Order(4)
	void shouldWriteWithALivePreviewAndInsertAnImageFromTheLibrary() {
		open("/editor/new");
		browser.findElement(By.name("title")).sendKeys("An evening walk");
		var markdown = browser.findElement(By.name("markdown"));
		markdown.sendKeys("We walked **down to the harbour** <script>document.title='owned'</script>\n\n");

		wait(driver -> preview().contains("<strong>down to the harbour</strong>"));
		assertThat(preview()).doesNotContain("<script");
		chromium.screenshot("05-live-preview");

		browser.findElement(By.id("insert-image")).click();
		var picker = browser.findElement(By.id("media-picker"));
		wait(driver -> picker.findElements(By.cssSelector("button.pick")).size() == 2);
		chromium.screenshot("06-image-picker");
		picker.findElements(By.cssSelector("button.pick"))
			.stream()
			.filter(button -> button.getText().contains("A quiet street at dusk"))
			.findFirst()
			.orElseThrow()
			.click();

		assertThat(markdown.getDomProperty("value"))
			.containsPattern("\\n\\n!\\[A quiet street at dusk]\\(/media/originals/");
		wait(driver -> preview().contains("alt=\"A quiet street at dusk\""));
		markdown.sendKeys("The light went quickly.");
		wait(driver -> preview().contains("The light went quickly."));
		assertThat(browser.getTitle()).doesNotContain("owned");
		chromium.screenshot("07-image-inserted");
	}

	@Test
	@Order(5)
	void shouldPublishAndShowThePostWithItsImage() {
		new Select(browser.findElement(By.name("status"))).selectByValue("PUBLISHED");
		browser.findElement(By.cssSelector("#editor button[type=submit]")).click();

		wait(ExpectedConditions.urlContains("saved"));
		browser.findElement(By.linkText("View the post")).click();
		wait(ExpectedConditions.urlContains("/posts/"));
		postUrl = browser.getCurrentUrl();
		assertThat(text("h1")).isEqualTo("An evening walk");
		var image = browser.findElement(By.cssSelector(".content img"));
		assertThat(image.getDomAttribute("alt")).isEqualTo("A quiet street at dusk");
		assertThat(image.getDomAttribute("srcset")).contains("/media/variants/");
		wait(driver -> Boolean.TRUE
			.equals(browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
		chromium.screenshot("08-published-post");
	}

	@Test
	@Order(6)
	void shouldPassTheAccessibilityCheckOnTheMainPages() {
		// the check can fail: a control without a label is critical
		open("/login");
		browser.executeScript("document.querySelector('main').append(document.createElement('input'))");
		assertThat(chromium.seriousAccessibilityViolations()).anyMatch(found -> found.startsWith("label (critical)"));

		var violations = new LinkedHashMap<String, List<String>>();
		check("/editor/new", violations);
		check("/library", violations);
		browser.manage().deleteAllCookies();
		for (var page : List.of("/", postUrl, "/search?q=harbour", "/author/" + USERNAME, "/login", "/signup")) {
			check(page, violations);
		}

		assertThat(violations).as("axe-core violations of impact serious or critical, per page")
			.allSatisfy((page, found) -> assertThat(found).as(page).isEmpty());
	}

	@Test
	@Order(7)
	void shouldLetAKeyboardUserSkipToTheContentWithAVisibleFocus() {
		open("/");
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		var focused = browser.switchTo().activeElement();

		assertThat(focused.getText()).isEqualTo("Skip to content");
		assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
		focused.sendKeys(Keys.ENTER);
		assertThat(browser.getCurrentUrl()).endsWith("#main");
	}

	@Test
	@Order(8)
	void shouldLayOutReadersPagesForAPhoneAndADesktop() {
		for (var width : List.of(390, 1280)) {
			chromium.viewport(width, width < 600 ? 844 : 900);
			var device = width < 600 ? "phone" : "desktop";
			open("/");
			assertThat(text("article h2")).isEqualTo("An evening walk");
			assertNoSidewaysScrolling(device);
			chromium.screenshot("09-front-" + device);
			browser.get(postUrl);
			assertNoSidewaysScrolling(device);
			chromium.screenshot("10-post-" + device);
		}
	}

	@Test
	@Order(9)
	void shouldLetAContributorSubmitADraftThatAnEditorPublishes() {
		browser.manage().deleteAllCookies();
		open("/signup");
		browser.findElement(By.name("username")).sendKeys("cyd");
		browser.findElement(By.name("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("main button[type=submit]")).click();
		wait(ExpectedConditions.urlContains("/login"));
		logIn("cyd", PASSWORD);
		open("/editor/new");
		browser.findElement(By.name("title")).sendKeys("A first draft");
		browser.findElement(By.name("markdown")).sendKeys("Written by a contributor.");
		var status = new Select(browser.findElement(By.name("status")));
		assertThat(status.getOptions()).extracting(option -> option.getDomAttribute("value"))
			.containsExactly("DRAFT", "PENDING_REVIEW");

		browser.findElement(By.cssSelector("#editor button[type=submit]")).click();
		wait(ExpectedConditions.urlContains("saved"));
		browser.findElement(By.xpath("//button[text()='Submit for review']")).click();
		wait(ExpectedConditions.urlContains("submitted"));
		assertThat(text(".notice")).contains("submitted for review");
		chromium.screenshot("11-submitted-for-review");

		// an editor (here the admin) publishes it from the review list
		browser.manage().deleteAllCookies();
		logIn("admin", ADMIN_PASSWORD);
		open("/review");
		chromium.screenshot("12-review-list");
		browser.findElement(By.xpath("//tr[contains(., 'A first draft')]//button[text()='Publish']")).click();
		browser.manage().deleteAllCookies();
		chromium.waiting(PROCESSING).until(driver -> {
			open("/");
			return driver.getPageSource().contains("A first draft");
		});
	}

	@Test
	@Order(10)
	void shouldHoldAReadersCommentUntilThePostsAuthorApprovesIt() {
		browser.manage().deleteAllCookies();
		open(postUrl);
		browser.findElement(By.id("comment-name")).sendKeys("Grace");
		browser.findElement(By.id("comment-email")).sendKeys("grace@example.com");
		browser.findElement(By.id("comment-body")).sendKeys("What a lovely evening.");
		browser.findElement(By.cssSelector("#comment-form button[type=submit]")).click();
		wait(driver -> text(".comment-status").contains("once a moderator approves it"));
		assertThat(browser.findElements(By.cssSelector("#comments .comment"))).isEmpty();
		chromium.screenshot("13-comment-held");

		logIn(USERNAME, PASSWORD);
		open("/editor/comments");
		chromium.screenshot("14-moderation-queue");
		browser.findElement(By.xpath("//tr[contains(., 'What a lovely evening.')]//button[text()='Approve']")).click();

		// readers see it once the worker has rendered the cached page again
		browser.manage().deleteAllCookies();
		chromium.waiting(PROCESSING).until(driver -> {
			open(postUrl);
			return driver.findElements(By.cssSelector("#comments .comment"))
				.stream()
				.anyMatch(comment -> comment.getText().contains("What a lovely evening."));
		});
		chromium.screenshot("15-comment-approved");
	}

	private void logIn(String username, String password) {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(password);
		browser.findElement(By.cssSelector("main button[type=submit]")).click();
		wait(ExpectedConditions.urlContains("/editor"));
	}

	private void check(String page, Map<String, List<String>> violations) {
		open(page);
		violations.put(page, chromium.seriousAccessibilityViolations());
	}

	private void assertNoSidewaysScrolling(String device) {
		assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth"))
			.as("page wider than the %s's screen: %s", device, browser.getCurrentUrl())
			.isLessThanOrEqualTo(0L);
	}

	private void open(String path) {
		browser.get(path.startsWith("http") ? path : stack.webUrl() + path);
	}

	private String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

	private String preview() {
		return browser.findElement(By.id("preview")).getDomProperty("innerHTML");
	}

	private List<WebElement> rows() {
		return browser.findElements(By.cssSelector(".uploads .upload-row"));
	}

	private WebElement row(String filename) {
		return rows().stream()
			.filter(row -> row.findElement(By.className("upload-name")).getText().equals(filename))
			.findFirst()
			.orElseThrow();
	}

	private <T> T wait(Function<? super WebDriver, T> condition) {
		return chromium.waiting(Duration.ofSeconds(15)).until(condition);
	}

	private static String[] token(TestHttp api, String username, String password) {
		var response = api.postJson("/api/tokens", "", TestHttp.basic(username, password));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return TestHttp.bearer(response.json().get("token").asString());
	}

}
