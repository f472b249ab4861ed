package org.beanpress.worker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worker's HTTP side: the health probes that Elastic Beanstalk and the deploy hook
 * read, the metrics, and the periodic tasks the worker daemon posts. A servlet container
 * would cost the worker more memory than these few requests are worth
 * (bench/worker-memory.sh), so the JDK's own server answers them and routes each to the
 * {@link HttpEndpoint} whose path it falls under.
 */
@Component
public class WorkerHttpServer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WorkerHttpServer.class);

	private final WorkerHttpProperties properties;

	private final List<HttpEndpoint> endpoints;

	private final JsonMapper json;

	private final AtomicInteger answering = new AtomicInteger();

	private volatile boolean stopping;

	private volatile HttpServer server;

	private ExecutorService threads;

	WorkerHttpServer(WorkerHttpProperties properties, List<HttpEndpoint> endpoints, JsonMapper json) {
		this.properties = properties;
		// the longest path first, so that a nested path wins over the one it is nested in
		this.endpoints = endpoints.stream()
			.sorted(Comparator.comparing(endpoint -> -endpoint.path().length()))
			.toList();
		this.json = json;
	}

	@Override
	public synchronized void start() {
		var counter = new AtomicInteger();
		threads = Executors.newFixedThreadPool(properties.threads(), task -> {
			var thread = new Thread(task, "worker-http-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			var created = HttpServer.create(listenAddress(), 0);
			created.setExecutor(threads);
			created.createContext("/", this::answer);
			created.start();
			stopping = false;
			server = created;
		}
		catch (IOException ex) {
			threads.shutdown();
			throw new UncheckedIOException("Could not listen on port " + properties.port(), ex);
		}
		log.info("Worker answers HTTP on port {} of {}", server.getAddress().getPort(),
				server.getAddress().getAddress().isAnyLocalAddress() ? "every interface"
						: server.getAddress().getHostString());
	}

	private InetSocketAddress listenAddress() {
		var address = properties.address();
		return (address == null || address.isBlank()) ? new InetSocketAddress(properties.port())
				: new InetSocketAddress(address, properties.port());
	}

	/**
	 * New requests get 503 at once; those being answered get the grace period to finish
	 * (a periodic task that runs past it is cut off, and the worker daemon sends it
	 * again).
	 */
	@Override
	public synchronized void stop() {
		stopping = true;
		var deadline = Instant.now().plus(properties.shutdownGrace());
		while (answering.get() > 0 && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		server.stop(0);
		server = null;
		threads.shutdownNow();
		try {
			threads.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return server != null;
	}

	/** The phase of Spring Boot's own graceful web server shutdown. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}

	/** The port it listens on: the configured one, or the one the system chose for 0. */
	public int port() {
		return server.getAddress().getPort();
	}

	private void answer(HttpExchange exchange) {
		answering.incrementAndGet();
		try (exchange) {
			var reply = stopping ? HttpReply.problem(503, "The worker is shutting down") : route(exchange);
			var body = json.writeValueAsBytes(reply.body());
			exchange.getResponseHeaders().set("Content-Type", reply.contentType());
			exchange.sendResponseHeaders(reply.status(), body.length);
			exchange.getResponseBody().write(body);
		}
		catch (IOException ex) {
			log.debug("Could not answer {} {}: the client went away", exchange.getRequestMethod(),
					exchange.getRequestURI(), ex);
		}
		finally {
			answering.decrementAndGet();
		}
	}

	private HttpReply route(HttpExchange exchange) {
		var path = exchange.getRequestURI().getPath();
		for (var endpoint : endpoints) {
			if (path.equals(endpoint.path()) || path.startsWith(endpoint.path() + "/")) {
				if (!endpoint.method().equals(exchange.getRequestMethod())) {
					exchange.getResponseHeaders().set("Allow", endpoint.method());
					return HttpReply.problem(405, path + " answers " + endpoint.method() + " only");
				}
				var call = new HttpCall(path.substring(endpoint.path().length()),
						exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(),
						exchange.getRemoteAddress().getAddress());
				try {
					return endpoint.handle(call);
				}
				catch (RuntimeException ex) {
					log.error("{} {} failed", exchange.getRequestMethod(), path, ex);
					return HttpReply.problem(500, exchange.getRequestMethod() + " " + path + " failed: "
							+ ex.getClass().getSimpleName() + "; the worker's log has the cause");
				}
			}
		}
		return HttpReply.problem(404, "The worker has nothing at " + path);
	}

}
