package org.beanpress.worker.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.awspring.cloud.sqs.listener.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VisibilityHeartbeatTests {

	final VisibilityHeartbeat heartbeat = new VisibilityHeartbeat();

	/**
	 * Records the extensions asked for; SQS itself is exercised by the worker's
	 * integration tests.
	 */
	final List<Integer> extensions = new CopyOnWriteArrayList<>();

	final Visibility visibility = new Visibility() {
		@Override
		public CompletableFuture<Void> changeToAsync(int seconds) {
			extensions.add(seconds);
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void changeTo(int seconds) {
			changeToAsync(seconds).join();
		}
	};

	@AfterEach
	void stop() {
		heartbeat.stop();
	}

	@Test
	void shouldExtendTheVisibilityEveryHalfTimeoutWhileTheJobRuns() {
		heartbeat.whileRunning(visibility, 2,
				() -> await().atMost(Duration.ofSeconds(10)).until(() -> extensions.size() >= 2));

		assertThat(extensions).containsOnly(2);
	}

	@Test
	void shouldStopExtendingWhenTheJobEnds() {
		heartbeat.whileRunning(visibility, 2,
				() -> await().atMost(Duration.ofSeconds(10)).until(() -> extensions.size() >= 1));
		var afterJob = extensions.size();

		// a job running now on the same heartbeat gets its
		// own beats; the finished one's never come back
		heartbeat.whileRunning(visibility, 60, () -> await().during(Duration.ofMillis(1500)).until(() -> true));

		assertThat(extensions).hasSize(afterJob);
	}

	@Test
	void shouldBeatAgainAfterItsContextIsStoppedAndStartedAgain() {
		heartbeat.start();
		heartbeat.stop();
		heartbeat.start();

		heartbeat.whileRunning(visibility, 2,
				() -> await().atMost(Duration.ofSeconds(10)).until(() -> extensions.size() >= 1));

		assertThat(extensions).containsOnly(2);
		assertThat(heartbeat.isRunning()).isTrue();
	}

	@Test
	void shouldReleaseAJobStillInHandWhenTheWorkerShutsDown() {
		heartbeat.start();
		var finish = new CompletableFuture<Void>();
		var job = CompletableFuture.runAsync(() -> heartbeat.whileRunning(visibility, 60, finish::join));
		await().atMost(Duration.ofSeconds(5)).until(() -> heartbeat.jobsInHand() == 1);

		heartbeat.stop();
		finish.complete(null);
		job.join();

		assertThat(extensions).containsExactly(0);
		assertThat(heartbeat.isRunning()).isFalse();
	}

	@Test
	void shouldStopExtendingWhenTheJobFails() {
		assertThatThrownBy(() -> heartbeat.whileRunning(visibility, 2, () -> {
			throw new IllegalStateException("transient");
		})).hasMessage("transient");

		await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> true);
		assertThat(extensions).isEmpty();
	}

}
