package org.beanpress.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beanpress.bundle.ConfigurationFiles.option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.MediaKey;
import org.junit.jupiter.api.Test;

/**
 * What Elastic Beanstalk reads besides the jars: every config file and saved
 * configuration parses, uses only options Elastic Beanstalk documents, and says what the
 * stages and tiers need.
 */
class ElasticBeanstalkConfigurationTests {

	private static final String ENVIRONMENT = "aws:elasticbeanstalk:application:environment";

	private static final String SQSD = "aws:elasticbeanstalk:sqsd";

	/** The keys a config file may have (the developer guide's sections). */
	private static final Set<String> CONFIG_FILE_KEYS = Set.of("option_settings", "Resources", "Outputs", "packages",
			"groups", "users", "sources", "files", "commands", "services", "container_commands");

	private static final List<String> STAGES = List.of("dev", "test", "prod");

	private final DocumentedOptions documented = DocumentedOptions.load();

	@Test
	void shouldUseOnlyDocumentedOptionsInEveryConfigFile() {
		assertThat(ConfigurationFiles.ebextensions()).isNotEmpty();
		for (var file : ConfigurationFiles.ebextensions()) {
			var config = ConfigurationFiles.read(file);

			assertThat(CONFIG_FILE_KEYS).as(file.toString()).containsAll(config.keySet());
			assertThat(ConfigurationFiles.optionSettings(config)).as(file.toString())
				.allMatch(setting -> documented.documents(setting.namespace(), setting.option()));
		}
	}

	@Test
	void shouldKeepOneSavedConfigurationPerStageAndTierWithDocumentedOptionsOnly() {
		var names = ConfigurationFiles.savedConfigurations()
			.stream()
			.map(file -> file.getFileName().toString())
			.toList();
		assertThat(names).containsExactlyInAnyOrder("dev-web.cfg.yml", "dev-worker.cfg.yml", "test-web.cfg.yml",
				"test-worker.cfg.yml", "prod-web.cfg.yml", "prod-worker.cfg.yml");

		var platforms = new HashSet<Object>();
		for (var stage : STAGES) {
			for (var tier : List.of("web", "worker")) {
				var config = saved(stage, tier);
				var name = stage + "-" + tier;
				assertThat(config).as(name).containsEntry("AWSConfigurationTemplateVersion", "1.1.0.0");
				assertThat(config.get("EnvironmentTier")).as(name)
					.isEqualTo(tier.equals("web") ? Map.of("Name", "WebServer", "Type", "Standard")
							: Map.of("Name", "Worker", "Type", "SQS/HTTP"));
				assertThat(ConfigurationFiles.savedOptionSettings(config)).as(name)
					.allMatch(setting -> documented.documents(setting.namespace(), setting.option()));
				assertThat(option(config, ENVIRONMENT, "BEANPRESS_TIER")).as(name).isEqualTo(tier);
				assertThat(option(config, ENVIRONMENT, "BEANPRESS_JOBS_QUEUEPREFIX")).as(name)
					.isEqualTo("beanpress-" + stage + "-");
				assertThat(option(config, "aws:elasticbeanstalk:healthreporting:system", "SystemType")).as(name)
					.isEqualTo("enhanced");
				platforms.add(config.get("SolutionStack"));
			}
		}
		assertThat(platforms).as("one platform version for every environment").hasSize(1);
	}

	@Test
	void shouldRunDevOnOneInstanceAndTestAndProdBehindALoadBalancer() {
		assertThat(option(saved("dev", "web"), "aws:elasticbeanstalk:environment", "EnvironmentType"))
			.isEqualTo("SingleInstance");
		for (var stage : List.of("test", "prod")) {
			var web = saved(stage, "web");
			assertThat(option(web, "aws:elasticbeanstalk:environment", "EnvironmentType")).isEqualTo("LoadBalanced");
			assertThat(option(web, "aws:elasticbeanstalk:environment:process:default", "HealthCheckPath"))
				.isEqualTo("/actuator/health/readiness");
			// the web tier scales on request load
			assertThat(option(web, "aws:autoscaling:trigger", "MeasureName")).isIn("RequestCount", "Latency",
					"TargetResponseTime");
		}

		var prod = saved("prod", "web");
		assertThat(option(prod, "aws:autoscaling:asg", "Availability Zones")).isEqualTo("Any 3");
		assertThat(Integer.parseInt(option(prod, "aws:autoscaling:asg", "MinSize"))).isGreaterThanOrEqualTo(2);
		assertThat(option(prod, "aws:elasticbeanstalk:command", "DeploymentPolicy")).isIn("RollingWithAdditionalBatch",
				"Immutable");
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldServeTestAndProdOverHttpsWithACertificateOfTheStagesRegion() {
		for (var stage : List.of("test", "prod")) {
			var web = saved(stage, "web");
			var https = "aws:elbv2:listener:443";
			assertThat(option(web, https, "ListenerEnabled")).as(stage).isEqualTo("true");
			assertThat(option(web, https, "Protocol")).as(stage).isEqualTo("HTTPS");
			// TLS 1.3 and 1.2 only
			assertThat(option(web, https, "SSLPolicy")).as(stage).startsWith("ELBSecurityPolicy-TLS13-1-2-");
			var zones = (String) ((Map<String, Object>) ConfigurationFiles
				.read(Bundle.repositoryRoot().resolve("infra/stages/" + stage + ".json"))
				.get("beanpress")).get("AvailabilityZones");
			var region = zones.split(",")[0].replaceAll("[a-z]$", "");
			assertThat(option(web, https, "SSLCertificateArns")).as(stage)
				.matches("arn:aws:acm:" + region + ":[0-9]{12}:certificate/[0-9a-f-]{36}");
			// port 80 stays, for the redirect
			assertThat(option(web, "aws:elbv2:listener:default", "Protocol")).as(stage).isEqualTo("HTTP");
		}
		assertThat(ConfigurationFiles.savedOptionSettings(saved("dev", "web")))
			.noneMatch(setting -> setting.namespace().startsWith("aws:elbv2:"));
	}

	@Test
	void shouldRedirectWhatCameInOverHttpToHttpsOnTheWebTierOnly() throws IOException {
		var hook = Files.readString(Bundle.repositoryRoot().resolve(".platform/hooks/predeploy/10_nginx_tier.sh"));
		var web = hook.substring(hook.indexOf("web_snippet() {"), hook.indexOf("worker_snippet() {"));
		var worker = hook.substring(hook.indexOf("worker_snippet() {"), hook.indexOf("tier=$(prop BEANPRESS_TIER)"));

		// the load balancer names the listener a request
		// came through; its health checks carry no such header
		// (escaped for the hook's here-document)
		assertThat(web)
			.contains("if (\\$http_x_forwarded_proto = \"http\") {\n    return 301 https://\\$host\\$request_uri;");
		assertThat(worker).doesNotContain("return 301");
	}

	@Test
	void shouldSetTheWorkerDaemonExplicitlyAndLetNothingCutATaskShort() throws IOException {
		var nginxReadTimeout = workerNginxReadTimeoutSeconds();
		var tasksQueue = tasksQueueProperties();
		for (var stage : STAGES) {
			var worker = saved(stage, "worker");
			for (var name : List.of("HttpPath", "VisibilityTimeout", "InactivityTimeout", "ErrorVisibilityTimeout",
					"MaxRetries", "HttpConnections")) {
				assertThat(option(worker, SQSD, name)).as(stage + " " + name).isNotBlank();
			}
			var inactivity = Integer.parseInt(option(worker, SQSD, "InactivityTimeout"));
			var visibility = Integer.parseInt(option(worker, SQSD, "VisibilityTimeout"));
			assertThat(visibility).as("no other instance gets a task still being answered").isGreaterThan(inactivity);
			assertThat(nginxReadTimeout).as("nginx waits longer than the daemon").isGreaterThan(inactivity);
			// the daemon's values override the queue's
			// own: the infrastructure keeps them equal
			assertThat(visibility).isEqualTo(tasksQueue.get("VisibilityTimeout"));
			assertThat(Integer.parseInt(option(worker, SQSD, "MaxRetries")))
				.isEqualTo(tasksQueue.get("maxReceiveCount"));
			// the daemon delivers cron.yaml: the worker's own
			// schedule would run every task a second time
			assertThat(option(worker, ENVIRONMENT, "BEANPRESS_TASKS_LOCALSCHEDULE")).isEqualTo("false");
		}
	}

	@Test
	void shouldLeaveWorkerScalingToQueueDepthWithTheDefaultTriggersNeutralised() {
		for (var stage : List.of("test", "prod")) {
			var worker = saved(stage, "worker");
			assertThat(option(worker, "aws:autoscaling:trigger", "MeasureName")).isEqualTo("CPUUtilization");
			assertThat(Double.parseDouble(option(worker, "aws:autoscaling:trigger", "UpperThreshold")))
				.as("a percentage never exceeds it")
				.isGreaterThanOrEqualTo(100);
			assertThat(Double.parseDouble(option(worker, "aws:autoscaling:trigger", "LowerThreshold")))
				.as("a percentage never falls below it")
				.isLessThanOrEqualTo(0);
		}
		var groupMetrics = ConfigurationFiles.ebextensions()
			.stream()
			.map(ConfigurationFiles::read)
			.filter(config -> config.containsKey("Resources"))
			.map(Object::toString)
			.toList();
		assertThat(groupMetrics).as("backlog per instance needs GroupInServiceInstances")
			.anyMatch(resources -> resources.contains("AWSEBAutoScalingGroup")
					&& resources.contains("GroupInServiceInstances"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldBoundTheWorkersAsTheScalingStackExpects() {
		for (var stage : STAGES) {
			var worker = saved(stage, "worker");
			var parameters = (Map<String, Object>) ConfigurationFiles
				.read(Bundle.repositoryRoot().resolve("infra/stages/" + stage + ".json"))
				.get("worker-scaling");
			// Elastic Beanstalk owns the group's size; the
			// scaling stack's alarms assume the same bounds
			assertThat(option(worker, "aws:autoscaling:asg", "MinSize")).as(stage).isEqualTo(parameters.get("MinSize"));
			assertThat(option(worker, "aws:autoscaling:asg", "MaxSize")).as(stage).isEqualTo(parameters.get("MaxSize"));
		}
	}

	@Test
	void shouldGiveEveryTriggerABreachDurationOfPeriodTimesEvaluationPeriods() {
		for (var file : ConfigurationFiles.savedConfigurations()) {
			var config = ConfigurationFiles.read(file);
			var period = option(config, "aws:autoscaling:trigger", "Period");
			if (period == null) {
				continue;
			}
			var evaluations = option(config, "aws:autoscaling:trigger", "EvaluationPeriods");
			// the rule the options reference states for aws:autoscaling:trigger
			assertThat(Integer.parseInt(option(config, "aws:autoscaling:trigger", "BreachDuration")))
				.as(file.getFileName().toString())
				.isEqualTo(Integer.parseInt(period) * Integer.parseInt(evaluations));
		}
	}

	@Test
	void shouldLetNginxTakeUploadsAsLargeAsTheApplicationDoes() {
		for (var stage : STAGES) {
			assertThat(option(saved(stage, "web"), ENVIRONMENT, "BEANPRESS_MEDIA_MAXUPLOADSIZE"))
				.as("the hook sizes nginx from this property")
				.isEqualTo("20MB");
		}
	}

	@Test
	void shouldLetNginxServeOnlyVariantsFromEfsAndLeaveOriginalsToTheApplication() throws Exception {
		var snippet = webNginxSnippet();
		var original = MediaKey.original(7, "ab".repeat(32), ImageType.JPEG);
		var variant = original.variant("full", "cd".repeat(32), ImageType.JPEG);
		var prefixes = Pattern.compile("location \\^~ (\\S+) \\{").matcher(snippet).results().map(m -> m.group(1));
		var regexes = Pattern.compile("location ~ \"([^\"]+)\"").matcher(snippet).results().map(m -> m.group(1));

		assertThat(prefixes).containsExactly("/media/variants/");
		// whatever no location here matches goes to "location /": the application
		assertThat(regexes).singleElement()
			.matches(regex -> variant.url().matches(regex), "matches a variant's URL")
			.matches(regex -> !original.url().matches(regex), "does not match an original's URL");
		assertThat(snippet).contains("alias /efs/beanpress/$1;", "public, max-age=31536000, immutable");
	}

	/**
	 * What the nginx hook writes for the web tier, from its own function (to the end of
	 * its here-document: the nginx blocks inside close at the start of a line too).
	 */
	private static String webNginxSnippet() throws IOException, InterruptedException {
		var hook = Bundle.repositoryRoot().resolve(".platform/hooks/predeploy/10_nginx_tier.sh");
		var process = new ProcessBuilder("bash", "-c",
				"eval \"$(sed -n '/^web_snippet() {/,/^EOF$/p' \"$0\"; echo '}')\" && web_snippet 20m /efs/beanpress 20MB",
				hook.toString())
			.redirectErrorStream(true)
			.start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		return output;
	}

	private static Map<String, Object> saved(String stage, String tier) {
		return ConfigurationFiles.read(
				Bundle.repositoryRoot().resolve(".elasticbeanstalk/saved_configs/" + stage + "-" + tier + ".cfg.yml"));
	}

	private static int workerNginxReadTimeoutSeconds() throws IOException {
		var hook = Files.readString(Bundle.repositoryRoot().resolve(".platform/hooks/predeploy/10_nginx_tier.sh"));
		var matcher = Pattern.compile("WORKER_PROXY_READ_TIMEOUT=(\\d+)s").matcher(hook);
		assertThat(matcher.find()).as("the worker's proxy_read_timeout in the nginx hook").isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> tasksQueueProperties() {
		var template = ConfigurationFiles.read(Bundle.repositoryRoot().resolve(Path.of("infra", "beanpress.yaml")));
		var resources = (Map<String, Map<String, Object>>) template.get("Resources");
		var properties = (Map<String, Object>) resources.get("TasksQueue").get("Properties");
		var redrive = (Map<String, Object>) properties.get("RedrivePolicy");
		return Map.of("VisibilityTimeout", properties.get("VisibilityTimeout"), "maxReceiveCount",
				redrive.get("maxReceiveCount"));
	}

}
