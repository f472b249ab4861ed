package org.beanpress.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A stand-in {@code aws} command for the operator scripts under infra/bin: it answers
 * {@code cloudformation describe-stacks} with the given stack outputs and
 * {@code secretsmanager get-secret-value} with the given secrets, keeps the option files
 * of {@code elasticbeanstalk update-environment}, and logs every call, one line each.
 */
final class StandInAws {

	private static final String SCRIPT = """
			#!/usr/bin/env bash
			printf '%s\\n' "$*" >>"$STAND_IN/calls.log"
			case "$1 $2" in
			"cloudformation describe-stacks") cat "$STAND_IN/outputs.tsv" ;;
			"secretsmanager get-secret-value")
				while (( $# )); do [[ $1 == --secret-id ]] && id=$2; shift; done
				file="$STAND_IN/secrets/${id//[^A-Za-z0-9]/_}"
				[[ -f $file ]] || { echo "no secret $id" >&2; exit 254; }
				cat "$file" ;;
			"rds-data execute-statement") echo '{}' ;;
			"elasticbeanstalk update-environment")
				while (( $# )); do
					case $1 in
					--environment-name) environment=$2 ;;
					--option-settings) settings=${2#file://} ;;
					--options-to-remove) remove=${2#file://} ;;
					esac
					shift
				done
				cp "$settings" "$STAND_IN/$environment-settings.json"
				cp "$remove" "$STAND_IN/$environment-remove.json" ;;
			*) echo "stand-in aws: unexpected call: $*" >&2; exit 3 ;;
			esac
			""";

	record Run(int status, String output, List<String> calls) {
	}

	private final Path folder;

	StandInAws(Path folder, Map<String, String> outputs, Map<String, String> secrets) {
		this.folder = folder;
		try {
			Files.createDirectories(folder.resolve("secrets"));
			var aws = folder.resolve("bin").resolve("aws");
			Files.createDirectories(aws.getParent());
			Files.writeString(aws, SCRIPT);
			Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));
			Files.writeString(folder.resolve("outputs.tsv"),
					outputs.entrySet()
						.stream()
						.map(output -> output.getKey() + "\t" + output.getValue() + "\n")
						.collect(Collectors.joining()));
			for (var secret : secrets.entrySet()) {
				Files.writeString(folder.resolve("secrets").resolve(secret.getKey().replaceAll("[^A-Za-z0-9]", "_")),
						secret.getValue() + "\n");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs a script of infra/bin with this stand-in first on the PATH. */
	Run run(String script, String... arguments) {
		var command = new ArrayList<>(
				List.of("bash", Bundle.repositoryRoot().resolve("infra/bin/" + script).toString()));
		command.addAll(List.of(arguments));
		try {
			var output = Files.createTempFile(folder, "run", ".log");
			var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
			builder.environment().put("STAND_IN", folder.toString());
			builder.environment().put("PATH", folder.resolve("bin") + ":" + System.getenv("PATH"));
			builder.environment().remove("BEANPRESS_MEDIA_MAXUPLOADSIZE");
			builder.environment().remove("BEANPRESS_SITE_BASEURL");
			var process = builder.start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(script + " did not finish within 60 s");
			}
			var calls = folder.resolve("calls.log");
			return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
					Files.exists(calls) ? Files.readAllLines(calls) : List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Path file(String name) {
		return folder.resolve(name);
	}

	/** The outputs of stack beanpress-dev that the scripts read, with stand-in values. */
	static Map<String, String> stackOutputs() {
		return Map.ofEntries(Map.entry("DatabaseWriterEndpoint", "writer.cluster-x.eu-west-1.rds.amazonaws.com"),
				Map.entry("DatabaseReaderEndpoint", "reader.cluster-ro-x.eu-west-1.rds.amazonaws.com"),
				Map.entry("DatabasePort", "3306"), Map.entry("DatabaseName", "beanpress"),
				Map.entry("DatabaseClusterArn", "arn:aws:rds:eu-west-1:111122223333:cluster:beanpress-dev"),
				Map.entry("DatabaseMasterSecretArn", secretArn("aurora-master")),
				Map.entry("DatabaseWebSecretArn", secretArn("aurora-web")),
				Map.entry("DatabaseWorkerSecretArn", secretArn("aurora-worker")),
				Map.entry("DatabaseMigrationSecretArn", secretArn("aurora-migration")),
				Map.entry("CacheAuthSecretArn", secretArn("redis-auth")),
				Map.entry("AdminPasswordSecretArn", secretArn("admin-password")),
				Map.entry("RedisPrimaryEndpoint", "master.beanpress-dev.x.euw1.cache.amazonaws.com"),
				Map.entry("RedisPort", "6379"), Map.entry("FileSystemId", "fs-0123456789abcdef0"),
				Map.entry("AccessPointId", "fsap-0123456789abcdef0"), Map.entry("QueuePrefix", "beanpress-dev-"),
				Map.entry("MetricsNamespace", "Beanpress"), Map.entry("SubnetIds", "subnet-a,subnet-b,subnet-c"),
				Map.entry("TasksQueueUrl", "https://sqs.eu-west-1.amazonaws.com/111122223333/beanpress-dev-tasks"),
				Map.entry("LoadBalancerSecurityGroupId", "sg-lb"), Map.entry("WebSecurityGroupId", "sg-web"),
				Map.entry("WorkerSecurityGroupId", "sg-worker"),
				Map.entry("WebInstanceProfileName", "beanpress-dev-web"),
				Map.entry("WorkerInstanceProfileName", "beanpress-dev-worker"));
	}

	static String secretArn(String name) {
		return "arn:aws:secretsmanager:eu-west-1:111122223333:secret:beanpress-dev/" + name + "-AbCd12";
	}

}
