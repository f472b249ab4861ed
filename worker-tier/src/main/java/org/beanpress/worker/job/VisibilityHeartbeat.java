package org.beanpress.worker.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.awspring.cloud.sqs.listener.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps a message hidden while its job runs: every half visibility timeout it extends the
 * timeout again, so a long job is never handed to a second worker meanwhile. A worker
 * that dies stops extending, and the message comes back after one timeout. A worker
 * shutting down releases what it could not finish in its bound: it stops after the
 * listener containers (which stop polling and wait for jobs in hand), and makes any
 * message still in hand visible at once, for another worker to take without waiting out
 * the timeout.
 */
@Component
class VisibilityHeartbeat implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(VisibilityHeartbeat.class);

	private volatile ScheduledExecutorService timer = newTimer();

	private final Set<Visibility> inHand = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	void whileRunning(Visibility visibility, int timeoutSeconds, Runnable job) {
		inHand.add(visibility);
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
			inHand.remove(visibility);
		}
	}

	int jobsInHand() {
		return inHand.size();
	}

	/**
	 * Also after a stop: a context can be stopped and started again (Spring's test
	 * framework pauses the contexts it caches), and the listeners need beats then too.
	 */
	@Override
	public synchronized void start() {
		if (timer.isShutdown()) {
			timer = newTimer();
		}
		running = true;
	}

	/**
	 * Runs after the listener containers have stopped and waited for the jobs in hand.
	 */
	@Override
	public synchronized void stop() {
		running = false;
		timer.shutdownNow();
		if (!inHand.isEmpty()) {
			log.warn("Releasing {} unfinished job(s) to the queue at shutdown", inHand.size());
			inHand.forEach(visibility -> visibility.changeToAsync(0).exceptionally(ex -> null).join());
			inHand.clear();
		}
	}

	private static ScheduledExecutorService newTimer() {
		return Executors.newSingleThreadScheduledExecutor(runnable -> {
			var thread = new Thread(runnable, "visibility-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Below the listener containers' phase (Integer.MAX_VALUE), so it stops after them.
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

}
