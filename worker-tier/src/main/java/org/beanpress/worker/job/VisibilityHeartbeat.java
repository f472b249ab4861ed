package org.beanpress.worker.job;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.awspring.cloud.sqs.listener.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keeps a message hidden while its job runs: every half visibility timeout it extends the timeout again, so a long
 * job is never handed to a second worker meanwhile. A worker that dies stops extending, and the message comes back
 * after one timeout.
 */
@Component
class VisibilityHeartbeat implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(VisibilityHeartbeat.class);

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		var thread = new Thread(runnable, "visibility-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	void whileRunning(Visibility visibility, int timeoutSeconds, Runnable job) {
		var period = Math.max(1, timeoutSeconds / 2);
		var beat = timer.scheduleAtFixedRate(() -> visibility.changeToAsync(timeoutSeconds).exceptionally(ex -> {
			log.warn("Could not extend a message's visibility: {}", ex.toString());
			return null;
		}), period, period, TimeUnit.SECONDS);
		try {
			job.run();
		}
		finally {
			beat.cancel(false);
		}
	}

	@Override
	public void destroy() {
		timer.shutdownNow();
	}

}
