package org.beanpress.worker.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.beanpress.core.job.JobCodec;
import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.MediaDeleteJob;
import org.beanpress.core.job.SqsQueues;
import org.beanpress.core.media.ImageProbe;
import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.NewMedia;
import org.beanpress.core.storage.SharedStorage;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.beanpress.local.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/** The worker removing the files of deleted media, against MariaDB and files on disk. */
@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
class MediaDeleteJobTests {

	@Autowired
	UserRepository users;

	@Autowired
	MediaRepository media;

	@Autowired
	SharedStorage storage;

	@Autowired
	MediaProcessor processor;

	@Autowired
	MediaDeleteJobHandler handler;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	SqsQueues queues;

	@Test
	void shouldRemoveTheVariantsAndTheOriginalOfDeletedMediaFromTheQueue() throws IOException {
		var item = ready(PendingMedia.of(photo(), users, storage, media));
		var files = files(item);
		assertThat(files).hasSizeGreaterThan(1).allMatch(Files::isRegularFile);

		var job = deleteRows(item);
		sqs.sendMessage(request -> request.queueUrl(queues.url(JobQueue.IMAGES)).messageBody(job)).join();

		await().atMost(Duration.ofSeconds(30)).until(() -> files.stream().noneMatch(Files::exists));
	}

	@Test
	void shouldFinishAgainWhenRedeliveredAfterTheFilesAreGone() throws IOException {
		var item = ready(PendingMedia.of(photo(), users, storage, media));
		var files = files(item);
		var job = deleteRows(item);
		// a crash after the first variant went: the redelivery removes the rest
		Files.delete(files.get(0));

		handler.handle(job);
		assertThatNoException().isThrownBy(() -> handler.handle(job));

		assertThat(files).noneMatch(Files::exists);
	}

	@Test
	void shouldKeepTheFilesWhenTheSameImageWasUploadedAgainMeanwhile() throws IOException {
		var first = ready(PendingMedia.of(photo(), users, storage, media));
		var job = deleteRows(first);
		var again = ready(media.insertPending(new NewMedia(first.ownerId(), first.originalKey(), "again.jpg",
				ImageProbe.probe(storage.resolve(first.originalKey().value())), first.bytes(), first.sha256())));

		handler.handle(job);

		assertThat(files(again)).hasSizeGreaterThan(1).allMatch(Files::isRegularFile);
	}

	@Test
	void shouldRemoveOnlyTheFilesTheDeletedMediaAloneUsed() throws IOException {
		var kept = ready(PendingMedia.of(photo(), users, storage, media));
		var gone = ready(
				PendingMedia.of(Files.readAllBytes(TestImages.file("gps/DSCN0021.jpg")), users, storage, media));
		var goneFiles = files(gone);

		handler.handle(deleteRows(gone));

		assertThat(goneFiles).noneMatch(Files::exists);
		assertThat(files(kept)).allMatch(Files::isRegularFile);
	}

	private static byte[] photo() throws IOException {
		return Files.readAllBytes(TestImages.file("gps/DSCN0010.jpg"));
	}

	private Media ready(Media pending) {
		processor.process(pending.id(), false);
		return media.findById(pending.id()).orElseThrow();
	}

	/** The original and every variant file of the media. */
	private List<Path> files(Media item) {
		var keys = new ArrayList<MediaKey>();
		keys.add(item.originalKey());
		media.findVariants(List.of(item.id())).forEach(variant -> keys.add(variant.storageKey()));
		return keys.stream().map(key -> storage.resolve(key.value())).toList();
	}

	/** What the web tier does: the rows go, and the job names the files. */
	private String deleteRows(Media item) {
		var variantKeys = media.findVariants(List.of(item.id()))
			.stream()
			.map(variant -> variant.storageKey().value())
			.toList();
		media.delete(item.id());
		return JobCodec.write(MediaDeleteJob.of(item.id(), item.originalKey().value(), variantKeys));
	}

}
