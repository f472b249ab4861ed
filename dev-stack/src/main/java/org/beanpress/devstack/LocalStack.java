package org.beanpress.devstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.beanpress.local.EmbeddedMariaDb;
import org.beanpress.local.EmbeddedRedis;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.EmbeddedSqs;
import org.beanpress.local.LoopbackPorts;
import org.beanpress.local.QueueDefinition;
import org.beanpress.local.TierProcess;

/**
 * The whole system on one machine with only a JDK: MariaDB (MySQL protocol), Redis,
 * ElasticMQ (SQS API) with the job queues and their DLQs, then the web tier and the
 * worker tier as their own processes, configured through environment variables exactly as
 * in Elastic Beanstalk. Everything it keeps lives in one data folder and survives a
 * restart.
 */
public final class LocalStack implements AutoCloseable {

	static final String DATABASE = "beanpress";

	private final List<AutoCloseable> started = new ArrayList<>();

	private TierProcess web;

	private TierProcess worker;

	private EmbeddedRedis redis;

	private Supplier<TierProcess> workerLauncher;

	private LocalStack() {
	}

	public static void main(String[] args) throws InterruptedException {
		var settings = StackSettings.fromEnvironment();
		var stopped = new CountDownLatch(1);
		var stack = start(settings);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Stopping Beanpress...");
			stack.close();
			stopped.countDown();
		}, "local-stack-shutdown"));
		System.out.printf("%nBeanpress is running at %s (admin: admin / %s)%n", stack.webUrl(),
				settings.adminPassword());
		System.out.printf("Data: %s · logs: %s, %s · Ctrl-C stops everything%n%n",
				settings.dataDirectory().toAbsolutePath(), stack.web.log(), stack.worker.log());
		stopped.await();
	}

	/**
	 * Starts everything, in dependency order; if any part fails, what started is stopped
	 * again.
	 */
	static LocalStack start(StackSettings settings) {
		var stack = new LocalStack();
		try {
			stack.startAll(settings);
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	private void startAll(StackSettings settings) {
		var data = settings.dataDirectory().toAbsolutePath();
		var database = track(EmbeddedMariaDb.start(data.resolve("mysql"), settings.databasePort(), DATABASE));
		redis = track(EmbeddedRedis.start(data.resolve("redis"), settings.redisPort()));
		var sqs = track(EmbeddedSqs.start(settings.sqsPort(), queues(settings)));

		var properties = new LinkedHashMap<>(EmbeddedServices.connections(database, redis, sqs));
		properties.put("beanpress.storage.root", data.resolve("storage").toString());
		properties.put("beanpress.security.admin-password", settings.adminPassword());
		var environment = TierProcess.environmentOf(properties);

		var logs = data.resolve("logs");
		web = track(TierProcess.startJar("web-tier", settings.tiersDirectory().resolve("web-tier.jar"),
				LoopbackPorts.resolve(settings.webPort()), environment, logs));
		workerLauncher = () -> TierProcess.startJar("worker-tier", settings.tiersDirectory().resolve("worker-tier.jar"),
				LoopbackPorts.resolve(settings.workerPort()), environment, logs);
		worker = track(workerLauncher.get());
		web.awaitReady();
		worker.awaitReady();
	}

	private static List<QueueDefinition> queues(StackSettings settings) {
		var definitions = QueueDefinition.jobQueues("");
		if (settings.visibilityTimeoutSeconds() == 0) {
			return definitions;
		}
		return definitions.stream()
			.map(queue -> new QueueDefinition(queue.name(), queue.deadLetterQueueName(), queue.maxReceiveCount(),
					settings.visibilityTimeoutSeconds()))
			.toList();
	}

	/**
	 * Kills the worker at once (SIGKILL), as a crashed or terminated instance dies: no
	 * shutdown of any kind.
	 */
	void killWorker() {
		worker.kill();
	}

	/** Stops the worker as a scale-in does (SIGTERM) and waits for it to exit. */
	void stopWorker() {
		worker.close();
	}

	/**
	 * Stops the web tier (SIGTERM) and waits for it to exit, as an outage or a
	 * worker-only deploy leaves it.
	 */
	void stopWeb() {
		web.close();
	}

	/** Starts a new worker process, as Auto Scaling replaces an instance. */
	void startWorker() {
		started.remove(worker);
		worker = track(workerLauncher.get());
		worker.awaitReady();
	}

	String webUrl() {
		return web.url();
	}

	String workerUrl() {
		return worker.url();
	}

	int redisPort() {
		return redis.port();
	}

	/**
	 * Stops the tiers first (gracefully), then the services they use, in reverse order of
	 * start.
	 */
	@Override
	public synchronized void close() {
		for (int i = started.size() - 1; i >= 0; i--) {
			try {
				started.get(i).close();
			}
			catch (Exception ex) {
				System.err.println("Could not stop " + started.get(i) + ": " + ex.getMessage());
			}
		}
		started.clear();
	}

	private <T extends AutoCloseable> T track(T part) {
		started.add(part);
		return part;
	}

}
