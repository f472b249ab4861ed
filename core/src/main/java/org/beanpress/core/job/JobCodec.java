package org.beanpress.core.job;

import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job messages as plain JSON with an explicit type and version: no Java type headers, so
 * either tier (or a script) can read and write them.
 */
public final class JobCodec {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private JobCodec() {
	}

	public static String write(Object job) {
		return JSON.writeValueAsString(job);
	}

	/** Reads type, version and job id, or says what is wrong with the message. */
	public static JobEnvelope envelope(String body) {
		JsonNode tree;
		try {
			tree = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new MalformedJobException("The message is not JSON", ex);
		}
		if (tree == null || !tree.isObject()) {
			throw new MalformedJobException("The message is not a JSON object");
		}
		var type = tree.path("type");
		var version = tree.path("version");
		var jobId = tree.path("jobId");
		if (!type.isString() || !version.isInt() || !jobId.isString()) {
			throw new MalformedJobException("The message lacks a string type, an integer version or a string jobId");
		}
		try {
			return new JobEnvelope(type.asString(), version.asInt(), UUID.fromString(jobId.asString()));
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedJobException("The jobId is not a UUID", ex);
		}
	}

	/** Reads the whole job once its envelope has chosen the type. */
	public static <T> T read(String body, Class<T> type) {
		try {
			return JSON.readValue(body, type);
		}
		catch (JacksonException ex) {
			throw new MalformedJobException("The message does not match " + type.getSimpleName(), ex);
		}
	}

}
