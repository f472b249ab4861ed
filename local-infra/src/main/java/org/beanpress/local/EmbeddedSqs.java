package org.beanpress.local;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.typesafe.config.ConfigFactory;
import org.apache.pekko.actor.ActorSystem;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * ElasticMQ, in this JVM, standing in for Amazon SQS: the SQS API on 127.0.0.1, with the
 * application's queues and their dead-letter queues created up front (as the Beanstalk
 * environment's CloudFormation would).
 *
 * <p>
 * It can be stopped and restarted on the same port, so tests can play an SQS outage.
 */
public final class EmbeddedSqs implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSqs.class);

	private final int port;

	private final List<QueueDefinition> queues;

	private final Map<String, String> queueUrls = new LinkedHashMap<>();

	private SQSRestServer server;

	private ActorSystem actors;

	private EmbeddedSqs(int port, List<QueueDefinition> queues) {
		this.port = port;
		this.queues = queues;
	}

	/**
	 * Starts ElasticMQ on 127.0.0.1 and creates every queue: first its dead-letter queue,
	 * then the queue itself with its visibility timeout and a RedrivePolicy pointing at
	 * that DLQ.
	 * @param port the TCP port, or 0 for a free one
	 * @param queues the queues to create
	 * @return the running server, its queues in place
	 */
	public static EmbeddedSqs start(int port, List<QueueDefinition> queues) {
		EmbeddedSqs sqs = new EmbeddedSqs(LoopbackPorts.resolve(port), List.copyOf(queues));
		sqs.startServer();
		return sqs;
	}

	/**
	 * Returns the SQS endpoint to give the AWS SDK as endpoint override.
	 * @return {@code http://127.0.0.1:PORT}
	 */
	public URI endpoint() {
		return URI.create("http://" + LoopbackPorts.LOOPBACK + ":" + port);
	}

	/**
	 * Returns the TCP port the server listens on (on 127.0.0.1); it stays the same across
	 * {@link #restart()}.
	 * @return the port
	 */
	public int port() {
		return port;
	}

	/**
	 * Returns the URL of a queue or dead-letter queue created at start.
	 * @param queueName the queue's name
	 * @return its URL, such as {@code http://127.0.0.1:PORT/000000000000/NAME}
	 * @throws IllegalArgumentException for a queue that was not defined
	 */
	public synchronized String queueUrl(String queueName) {
		String url = queueUrls.get(queueName);
		if (url == null) {
			throw new IllegalArgumentException("no queue " + queueName + "; known: " + queueUrls.keySet());
		}
		return url;
	}

	/**
	 * Stops the server and waits until the port is released; requests fail until
	 * {@link #restart()}.
	 */
	public synchronized void stop() {
		if (server != null) {
			server.stopAndWait();
			server = null;
			terminate(actors);
			actors = null;
			LOG.info("ElasticMQ on 127.0.0.1:{} stopped", port);
		}
	}

	/**
	 * Starts the server again on the same port and recreates the queues (empty: messages
	 * do not survive). Stops it first if it is running.
	 */
	public synchronized void restart() {
		stop();
		startServer();
	}

	/** Same as {@link #stop()}; calling it again does nothing. */
	@Override
	public void close() {
		stop();
	}

	private synchronized void startServer() {
		long startedAt = System.nanoTime();
		ActorSystem startedActors = actorSystem();
		SQSRestServer started = SQSRestServerBuilder.withActorSystem(startedActors)
			.withInterface(LoopbackPorts.LOOPBACK)
			.withPort(port)
			.start();
		try {
			// throws if the port is taken
			started.waitUntilStarted();
			createQueues();
		}
		catch (RuntimeException e) {
			started.stopAndWait();
			terminate(startedActors);
			throw new IllegalStateException("ElasticMQ did not start on 127.0.0.1:" + port, e);
		}
		server = started;
		actors = startedActors;
		LOG.info("ElasticMQ ready on {} with queues {} after {} ms", endpoint(), queueUrls.keySet(),
				(System.nanoTime() - startedAt) / 1_000_000);
	}

	/**
	 * ElasticMQ's own actor system would stop with the JVM (Pekko's coordinated shutdown
	 * runs as a shutdown hook), in no order with anything else: the local stack stops its
	 * tiers first, and they still poll the queues. This one stops in {@link #stop()}.
	 */
	private static ActorSystem actorSystem() {
		return ActorSystem.create("elasticmq",
				ConfigFactory.parseString("pekko.coordinated-shutdown.run-by-jvm-shutdown-hook = off")
					.withFallback(ConfigFactory.load()));
	}

	private static void terminate(ActorSystem actors) {
		actors.terminate();
		try {
			actors.getWhenTerminated().toCompletableFuture().get(10, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException e) {
			LOG.warn("ElasticMQ's actor system did not terminate: {}", e.toString());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Through the real SQS API with the AWS SDK, so the queues are exactly what a client
	 * would see.
	 */
	private void createQueues() {
		try (SqsClient client = SqsClient.builder()
			// named, not discovered: with a second HTTP client on an
			// application's classpath the SDK refuses to guess which one to use
			.httpClientBuilder(Apache5HttpClient.builder())
			.endpointOverride(endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
			.build()) {
			for (QueueDefinition queue : queues) {
				Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
				attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT,
						Integer.toString(queue.visibilityTimeoutSeconds()));
				if (queue.hasDeadLetterQueue()) {
					String deadLetterUrl = create(client, queue.deadLetterQueueName(), Map.of());
					attributes.put(QueueAttributeName.REDRIVE_POLICY,
							redrivePolicy(queueArn(client, deadLetterUrl), queue.maxReceiveCount()));
				}
				create(client, queue.name(), attributes);
			}
		}
	}

	private String create(SqsClient client, String name, Map<QueueAttributeName, String> attributes) {
		String url = client.createQueue(request -> request.queueName(name).attributes(attributes)).queueUrl();
		queueUrls.put(name, url);
		return url;
	}

	private static String queueArn(SqsClient client, String queueUrl) {
		return client
			.getQueueAttributes(request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
			.attributes()
			.get(QueueAttributeName.QUEUE_ARN);
	}

	private static String redrivePolicy(String deadLetterTargetArn, int maxReceiveCount) {
		return "{\"deadLetterTargetArn\":\"" + deadLetterTargetArn + "\"," + "\"maxReceiveCount\":\"" + maxReceiveCount
				+ "\"}";
	}

}
