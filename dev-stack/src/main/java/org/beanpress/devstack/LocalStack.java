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

	/** The services, in order of start. */
	private final List<AutoCloseable> started = new ArrayList<>();

	private final List<TierProcess> tiers = new ArrayList<>();

	private AdminPassword adminPassword;

	private boolean closed;

	private TierProcess web;

	private TierProcess worker;

	private EmbeddedRedis redis;

	private Supplier<TierProcess> workerLauncher;

	private LocalStack() {
	}

	public static void main(String[] args) throws InterruptedException {
		var settings = StackSettings.fromEnvironment();
		var stopped = new CountDownLatch(1);
		var stack = new LocalStack();
		// the one hook that stops anything (the embedded services register none), in
		// order; in place before the first part starts, so Ctrl-C during start-up
		// leaves nothing running either
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Stopping Beanpress...");
			long stopping = System.nanoTime();
			stack.close();
			System.out.printf("Stopped in %d ms%n", (System.nanoTime() - stopping) / 1_000_000);
			stopped.countDown();
		}, "local-stack-shutdown"));
		stack.startOrClose(settings);
		System.out.printf("%nBeanpress is running at %s (%s)%n", stack.webUrl(), stack.adminPassword.describe());
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
		stack.startOrClose(settings);
		return stack;
	}

	private void startOrClose(StackSettings settings) {
		try {
			startAll(settings);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	private void startAll(StackSettings settings) {
		var data = settings.dataDirectory().toAbsolutePath();
		adminPassword = AdminPassword.of(settings.adminPassword(), data);
		var database = track(EmbeddedMariaDb.start(data.resolve("mysql"), settings.databasePort(), DATABASE));
		redis = track(EmbeddedRedis.start(data.resolve("redis"), settings.redisPort()));
		var sqs = track(EmbeddedSqs.start(settings.sqsPort(), queues(settings)));

		var properties = new LinkedHashMap<>(EmbeddedServices.connections(database, redis, sqs));
		properties.put("beanpress.storage.root", data.resolve("storage").toString());
		properties.put("beanpress.security.admin-password", adminPassword.value());
		// the web tier where the settings say, the worker (health, metrics, tasks) on
		// loopback: only this machine's tiers and launcher talk to it
		properties.put("server.address", settings.bindAddress());
		properties.put("beanpress.worker.http.address", LoopbackPorts.LOOPBACK);
		// a stopping worker waits for its receives in flight: keep Ctrl-C under 10 s
		properties.put("beanpress.worker.poll-timeout", "2s");
		// feeds, sitemaps and page meta name the address this stack is reached at
		var webPort = LoopbackPorts.resolve(settings.webPort());
		properties.put("beanpress.site.base-url", "http://" + urlHost(settings.bindAddress()) + ":" + webPort);
		var environment = TierProcess.environmentOf(properties);

		var logs = data.resolve("logs");
		web = tier(TierProcess.startJar("web-tier", settings.tiersDirectory().resolve("web-tier.jar"),
				urlHost(settings.bindAddress()), webPort, environment, logs));
		workerLauncher = () -> TierProcess.startJar("worker-tier", settings.tiersDirectory().resolve("worker-tier.jar"),
				LoopbackPorts.LOOPBACK, LoopbackPorts.resolve(settings.workerPort()), environment, logs);
		worker = tier(workerLauncher.get());
		web.awaitReady();
		worker.awaitReady();
	}

	/** How to reach a tier listening on {@code address} from this machine. */
	private static String urlHost(String address) {
		if (address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]")) {
			return "localhost";
		}
		return (address.contains(":") && !address.startsWith("[")) ? "[" + address + "]" : address;
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
		tiers.remove(worker);
		worker = tier(workerLauncher.get());
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
	 * Stops the tiers first, both at once and gracefully (they finish what they hold and
	 * their outbox relays stop, all while their services still answer), then the
	 * services, which no longer depend on each other, at once too.
	 */
	@Override
	public synchronized void close() {
		tiers.forEach(TierProcess::requestStop);
		for (var tier : tiers) {
			tier.close();
		}
		tiers.clear();
		var stopping = started.stream().map(part -> new Thread(() -> stopQuietly(part), "stop-" + part)).toList();
		stopping.forEach(Thread::start);
		for (var thread : stopping) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		started.clear();
		closed = true;
	}

	/** Keeps a started service for {@link #close()}, unless that already ran. */
	private synchronized <T extends AutoCloseable> T track(T part) {
		if (closed) {
			stopNow(part);
		}
		started.add(part);
		return part;
	}

	private synchronized TierProcess tier(TierProcess tier) {
		if (closed) {
			stopNow(tier);
		}
		tiers.add(tier);
		return tier;
	}

	private static void stopNow(AutoCloseable part) {
		stopQuietly(part);
		throw new IllegalStateException("The local stack was stopped while it started");
	}

	private static void stopQuietly(AutoCloseable part) {
		try {
			part.close();
		}
		catch (Exception ex) {
			System.err.println("Could not stop " + part + ": " + ex.getMessage());
		}
	}

}
