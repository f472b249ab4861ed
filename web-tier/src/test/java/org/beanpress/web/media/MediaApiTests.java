package org.beanpress.web.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.SqsQueues;
import org.beanpress.core.user.Role;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.TestHttp;
import org.beanpress.local.TestImages;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

@WebTierTest
class MediaApiTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	SqsQueues queues;

	TestHttp http;

	Account owner;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		owner = TestAccounts.signUp(http, "photographer", Role.AUTHOR);
	}

	@Test
	void shouldStoreARealPhotoAsPendingMediaWithItsImageJobInTheOutbox() throws Exception {
		var photo = TestImages.file("gps/DSCN0010.jpg");

		var response = http.upload("/api/media", photo, owner.bearer());

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		var media = response.json();
		assertThat(media.get("status").asString()).isEqualTo("PENDING");
		assertThat(media.get("contentType").asString()).isEqualTo("image/jpeg");
		assertThat(media.get("width").asInt()).isEqualTo(640);
		assertThat(media.get("height").asInt()).isEqualTo(480);
		var url = media.get("url").asString();
		assertThat(url).matches("/media/originals/" + owner.id() + "/[0-9a-f]{64}\\.jpg");
		var stored = EmbeddedServices.storageRoot().resolve(url.substring("/media/".length()));
		assertThat(stored).hasSameBinaryContentAs(photo);
		var job = jdbc.sql("SELECT body FROM outbox WHERE queue = 'images' AND body LIKE ?")
			.param("%\"mediaId\":" + media.get("id").asLong() + ",%")
			.query(String.class)
			.single();
		assertThat(job).contains("\"type\":\"image.process\"", "\"version\":1", "\"jobId\":");
		// what the header said is kept, so the image job decodes without probing again
		assertThat(jdbc.sql("SELECT orientation, progressive, eight_bit_colour FROM media WHERE id = ?")
			.param(media.get("id").asLong())
			.query((row, n) -> List.of(row.getInt(1), row.getBoolean(2), row.getBoolean(3)))
			.single()).containsExactly(1, false, true);
	}

	@Test
	void shouldSendTheImageJobOfAnUploadToTheImagesQueue() {
		var mediaId = http.upload("/api/media", TestImages.file("gps/DSCN0029.jpg"), owner.bearer())
			.json()
			.get("id")
			.asLong();

		var url = queues.url(JobQueue.IMAGES);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> sqs.receiveMessage(request -> request.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
				.join()
				.messages()
				.stream()
				.anyMatch(message -> message.body().contains("\"mediaId\":" + mediaId + ",")));
	}

	@Test
	void shouldServeTheOriginalOnlyToItsOwnerAndAdminsAndKeepItOutOfSharedCaches() {
		var url = http.upload("/api/media", TestImages.file("gps/DSCN0012.jpg"), owner.bearer())
			.json()
			.get("url")
			.asString();
		var ownersBrowser = new TestHttp("http://localhost:" + port);
		ownersBrowser.logIn(owner.username(), owner.password());
		var othersBrowser = new TestHttp("http://localhost:" + port);
		var other = TestAccounts.signUp(othersBrowser, "neighbour", Role.AUTHOR);
		othersBrowser.logIn(other.username(), other.password());
		var adminsBrowser = new TestHttp("http://localhost:" + port);
		adminsBrowser.logIn("admin", "test-admin-password");

		var file = ownersBrowser.get(url);

		assertThat(file.status()).isEqualTo(200);
		assertThat(file.header("Content-Type")).isEqualTo("image/jpeg");
		assertThat(file.header("Cache-Control")).isEqualTo("no-cache, private");
		assertThat(adminsBrowser.get(url).status()).isEqualTo(200);
		// the same answer as for a file that does not exist
		assertThat(new TestHttp("http://localhost:" + port).get(url).status()).isEqualTo(404);
		assertThat(othersBrowser.get(url).status()).isEqualTo(404);
	}

	@Test
	void shouldAnswerTheSameFileTwiceWithTheSameMedia() {
		var photo = TestImages.file("exif/Canon_40D.jpg");
		var first = http.upload("/api/media", photo, owner.bearer());
		var second = http.upload("/api/media", photo, owner.bearer());

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertThat(mediaRows()).isEqualTo(1);
	}

	@Test
	void shouldReportDimensionsAsDisplayedForRotatedPhotos() {
		var media = http.upload("/api/media", TestImages.file("orientation/Landscape_6.jpg"), owner.bearer()).json();

		assertThat(media.get("width").asInt()).isGreaterThan(media.get("height").asInt());
	}

	@Test
	void shouldRefuseAFileThatIsNotAnImageWith415AndStoreNothing() {
		var response = http.upload("/api/media", "file", "evil.jpg", "<html><script>alert(1)</script>".getBytes(),
				owner.bearer());

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.json().get("detail").asString()).contains("JPEG, PNG, GIF or WebP");
		assertNothingStored();
	}

	@Test
	void shouldRefuseAPngBombOverThePixelLimitWith422WithoutDecodingIt() {
		var response = http.upload("/api/media", "file", "bomb.png", pngHeader(100_000, 100_000), owner.bearer());

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("detail").asString()).contains("10000000000 pixels", "limit of 50000000");
		assertNothingStored();
	}

	@Test
	void shouldRefuseATruncatedImageHeaderWith422() {
		var response = http.upload("/api/media", "file", "cut.png", Arrays.copyOf(pngHeader(10, 10), 20),
				owner.bearer());

		assertThat(response.status()).isEqualTo(422);
		assertNothingStored();
	}

	@Test
	void shouldRefuseAnEmptyFileAndAMissingPart() {
		var empty = http.upload("/api/media", "file", "empty.jpg", new byte[0], owner.bearer());
		var wrongField = http.upload("/api/media", "image", "a.jpg", new byte[] { 1, 2, 3 }, owner.bearer());

		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("detail").asString()).contains("empty");
		assertThat(wrongField.status()).isEqualTo(400);
		assertThat(wrongField.json().get("detail").asString()).contains("multipart field 'file'");
		assertNothingStored();
	}

	@Test
	void shouldRefuseAnUploadOverTheByteLimitWith413AndStoreNothing() {
		var tooBig = new byte[21 * 1024 * 1024];
		System.arraycopy(pngHeader(100, 100), 0, tooBig, 0, 33);

		var response = http.upload("/api/media", "file", "big.png", tooBig, owner.bearer());

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("detail").asString()).contains("larger than the upload limit");
		assertNothingStored();
	}

	@Test
	void shouldLeaveNoRowWhenTheFileCannotBeStored() throws IOException {
		// a plain file where the owner's folder must go makes
		// the move into place fail inside the transaction
		var blocker = EmbeddedServices.storageRoot().resolve("originals/" + owner.id());
		Files.createDirectories(blocker.getParent());
		Files.writeString(blocker, "not a folder");
		var outboxBefore = outboxRows();
		try {
			var response = http.upload("/api/media", TestImages.file("gps/DSCN0025.jpg"), owner.bearer());

			assertThat(response.status()).isEqualTo(503);
			assertThat(response.json().get("detail").asString()).contains("could not be stored", "nothing was kept");
			assertThat(mediaRows()).isZero();
			assertThat(outboxRows()).isEqualTo(outboxBefore);
			assertThat(list(EmbeddedServices.storageRoot().resolve("tmp"))).isEmpty();
		}
		finally {
			Files.delete(blocker);
		}
	}

	@Test
	void shouldUploadFromTheLibraryPageWithTheSessionAndItsCsrfHeader() {
		var browser = new TestHttp("http://localhost:" + port);
		browser.logIn(owner.username(), owner.password());
		var page = browser.get("/library").body();
		var header = attribute(page, "data-csrf-header");
		var token = attribute(page, "data-csrf-token");
		var photo = TestImages.file("gps/DSCN0027.jpg");

		var withoutHeader = browser.upload("/api/media", photo);
		var withHeader = browser.upload("/api/media", photo, header, token);

		assertThat(withoutHeader.status()).isEqualTo(403);
		assertThat(withHeader.status()).isEqualTo(201);
		assertThat(browser.get("/library").body()).contains("DSCN0027.jpg", "PENDING");
	}

	@Test
	void shouldRefuseAnonymousUploads() {
		assertThat(http.upload("/api/media", TestImages.file("gps/DSCN0010.jpg")).status()).isEqualTo(401);
	}

	@Test
	void shouldShowMediaOnlyToItsOwner() {
		var id = http.upload("/api/media", TestImages.file("gps/DSCN0021.jpg"), owner.bearer())
			.json()
			.get("id")
			.asLong();
		var stranger = TestAccounts.signUp(http, "stranger", Role.AUTHOR);

		assertThat(http.get("/api/media/" + id, owner.bearer()).json().get("status").asString()).isEqualTo("PENDING");
		assertThat(http.get("/api/media/" + id, stranger.bearer()).status()).isEqualTo(403);
		assertThat(http.get("/api/media/987654321", owner.bearer()).status()).isEqualTo(404);
	}

	@Test
	void shouldNeverServeFilesOutsideTheMediaKeys() {
		for (var path : new String[] { "/media/../pom.xml", "/media/..%2F..%2Fetc/passwd", "/media/%2e%2e/x",
				"/media/tmp/x.part", "/media/originals/UPPER.jpg", "/media/originals/a%5Cb.jpg",
				"/media/nothing.jpg" }) {
			var status = http.get(path).status();
			assertThat(status).as(path).isIn(400, 404);
		}
	}

	private static String attribute(String page, String name) {
		var matcher = Pattern.compile(name + "=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as(name + " on the page").isTrue();
		return matcher.group(1);
	}

	private void assertNothingStored() {
		assertThat(mediaRows()).isZero();
		var ownerFolder = EmbeddedServices.storageRoot().resolve("originals/" + owner.id());
		assertThat(Files.exists(ownerFolder) ? list(ownerFolder) : Stream.empty()).isEmpty();
		assertThat(list(EmbeddedServices.storageRoot().resolve("tmp"))).isEmpty();
	}

	private long outboxRows() {
		return jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single();
	}

	private long mediaRows() {
		return jdbc.sql("SELECT COUNT(*) FROM media WHERE owner_id = ?").param(owner.id()).query(Long.class).single();
	}

	private static Stream<Path> list(Path folder) {
		try (var files = Files.list(folder)) {
			return files.toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A PNG signature and IHDR chunk (with a valid CRC) claiming the given size, and no
	 * pixel data.
	 */
	static byte[] pngHeader(int width, int height) {
		var ihdr = ByteBuffer.allocate(17)
			.put("IHDR".getBytes())
			.putInt(width)
			.putInt(height)
			.put(new byte[] { 8, 6, 0, 0, 0 })
			.array();
		var crc = new CRC32();
		crc.update(ihdr);
		var out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
		out.writeBytes(ihdr);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
		return out.toByteArray();
	}

}
